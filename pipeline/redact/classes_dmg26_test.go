package redact

import (
	"strconv"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Look-alikes damaged by a pass that read them as PII: a brand named after
// a person under a label naming a business, a signed 64-bit integer read as
// a card, a latitude and longitude under an address-like key. Buyers'
// names and the other values are made up.

func keeps26(t *testing.T, in, out string, keep ...string) {
	t.Helper()
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q damaged:\n in: %s\nout: %s", k, in, out)
		}
	}
}

func masks26(t *testing.T, in, out string, gone ...string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q kept:\n in: %s\nout: %s", g, in, out)
		}
	}
}

// Class: the value of a label naming a business (seller, merchant_name,
// vendor_name, brand_owner, in every way a label is written: key=value,
// JSON, an HTTP header, a Go map, an XML element, an HTML table's cell, a
// form body, a Redis argument, a field name in a sentence, a CSV column)
// is a business's name, even when the brand is named after a person.
func TestDmg26BusinessLabelKeepsPersonNamedBrand(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, keep string }{
		{"X-Seller: Dr. Martens", "Dr. Martens"},
		{"X-Merchant-Name: Ralph Lauren", "Ralph Lauren"},
		{"headers map[X-Seller:[Michael Kors] X-Trace:[abc]]", "Michael Kors"},
		{`fapiao issued: <Seller>Dr. Martens</Seller><BrandOwner>Ralph Lauren</BrandOwner>`, "Dr. Martens"},
		{`fapiao issued: <Seller>Dr. Martens</Seller><BrandOwner>Ralph Lauren</BrandOwner>`, "Ralph Lauren"},
		{`<cfdi:Receptor><VendorName>Ralph Lauren</VendorName></cfdi:Receptor>`, "Ralph Lauren"},
		{`<table><tr><td>merchant_name_2</td><td>Ralph Lauren</td></tr></table>`, "Ralph Lauren"},
		{`<table><tr><td>seller</td><td>Dr. Martens</td></tr></table>`, "Dr. Martens"},
		{`e-invoice rejected merchant_name="Dr. Martens" id=7`, "Dr. Martens"},
		{`HSET inv:9 "seller_vat" "SE5919248601" "seller" "Dr. Martens"`, "Dr. Martens"},
		{`profile upsert pickup_point: Mall (vendor_name Ralph Lauren) event_time=1796137895191`, "Ralph Lauren"},
		{`MerchantName = Ralph Lauren, Total = 12.00`, "Ralph Lauren"},
		{`body=type=send&data%5Bmerchant_name%5D=Dr.+Martens&data%5Bid%5D=7`, "Dr.+Martens"},
		{"merchant_name,segment,full_name\nRalph Lauren,vip,Quillon Varbeck", "Ralph Lauren"},
	} {
		out := r.String(c.in)
		keeps26(t, c.in, out, c.keep)
	}
	// the buyer beside the business is still masked
	in := "<table><tr><td>seller</td><td>Ralph Lauren</td></tr><tr><td>full_name</td><td>Quillon Varbeck</td></tr></table>"
	masks26(t, in, r.String(in), "Quillon Varbeck")
	in = "merchant_name,segment,full_name\nRalph Lauren,vip,Quillon Varbeck"
	masks26(t, in, r.String(in), "Quillon Varbeck")
}

// Class: an event's field whose path ends in a business's label keeps its
// value ("payload.brand_owner", "seller"); a person's name under a person's
// key beside it is masked.
func TestDmg26BusinessFieldKeepsPersonNamedBrand(t *testing.T) {
	r := newDamageRedactor(t)
	dec := event.NewDecoder(nil)
	for _, c := range []struct{ in, keep, gone string }{
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"fattura","seller":"Dr. Martens","full_name":"Quillon Varbeck"}`, "Dr. Martens", "Quillon Varbeck"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"list member updated","payload":{"brand_owner":"Michael Kors","full_name":"Quillon Varbeck"}}`, "Michael Kors", "Quillon Varbeck"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"x","payload":{"vendor_name":"Ralph Lauren"}}`, "Ralph Lauren", ""},
	} {
		var ev event.Event
		if err := dec.Decode([]byte(c.in), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.JSON())
		keeps26(t, c.in, out, c.keep)
		if c.gone != "" {
			masks26(t, c.in, out, c.gone)
		}
	}
}

// luhn26 appends a Luhn check digit to digits.
func luhn26(digits string) string {
	sum := 0
	for i := len(digits) - 1; i >= 0; i-- {
		d := int(digits[i] - '0')
		if (len(digits)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return digits + strconv.Itoa((10-sum%10)%10)
}

// Class: a run of 13 to 19 digits written with a minus sign where a value
// starts is a signed integer (a query fingerprint, a hash code), not a
// card, even when its digits pass Luhn; the same digits unsigned under a
// card key are still masked.
func TestDmg26SignedIntegerIsNoCard(t *testing.T) {
	r := newDamageRedactor(t)
	for _, body := range []string{"421736185280958373", "455638167386047357", "532601605478212604"} {
		n := luhn26(body)
		for _, in := range []string{
			`db.orders.find({ queryid: "-` + n + `", status: "paid" })`,
			"queryid -" + n + " / digest ok",
			`  ["digest"]=>` + "\n" + `  string(20) "-` + n + `"`,
		} {
			out := r.String(in)
			keeps26(t, in, out, "-"+n)
		}
		in := `pan: "` + n[:16] + `"`
		if luhnValid26(n[:16]) {
			masks26(t, in, r.String(in), n[:16])
		}
		in = "card " + luhn26(body[:15])
		masks26(t, in, r.String(in), luhn26(body[:15]))
	}
}

func luhnValid26(n string) bool { return luhn26(n[:len(n)-1]) == n }

// Class: a latitude and longitude under a key that may hold an address
// ("location", "coords") are a point, not an address; an address under the
// same key is still masked.
func TestDmg26LatLongIsNoAddress(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, keep string }{
		{"GET /maps/api/place/autocomplete/json?location=-26.043234%2C33.333963&ts=1 HTTP/1.1", "-26.043234%2C33.333963"},
		{"url.original=https://geo.example/confirm?location=30.477446%2C90.698899&coords=-25.705159%2C63.137035", "30.477446%2C90.698899"},
		{"geocode ok location=18.358830,5.992905 status=200", "18.358830,5.992905"},
	} {
		out := r.String(c.in)
		keeps26(t, c.in, out, c.keep)
	}
	in := "url.original=https://geo.example/confirm?location=30.477446%2C90.698899&formatted_address=House+183%2C+Airport+Road%2C+Sylhet+2958"
	masks26(t, in, r.String(in), "Airport")
}
