package redact

import (
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Thirteen-digit Visa numbers are cards after a card's key or word,
// grouped anywhere, and under a card object's bare "number" key (in text
// JSON and in an event's fields), while thirteen-digit ids (under id and
// order keys, in rows, bind parameters and Shopify gids), EAN-13 barcodes
// and epoch milliseconds stay. Diners numbers
// grouped 4-6-4 with dots are cards as with spaces.
func TestThirteenDigitVisaAndDottedDiners(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(13, 7))
	digits := func(n int) string {
		var b strings.Builder
		for range n {
			b.WriteByte(byte('0' + rng.IntN(10)))
		}
		return b.String()
	}
	visa := func() string {
		for {
			v := luhnComplete("4" + digits(11))
			if !upcValid([]byte(v)) {
				return v
			}
		}
	}
	for range 100 {
		v := visa()
		for _, line := range []string{
			`payload={"data":{"object":{"payment_method_details":{"card":{"number":"` + v + `","exp_month":12}}}}}`,
			`card={number=` + v + `, exp=12/29}`,
			"refund issued to card " + v + " after dispute",
			"pan on file " + v[:4] + " " + v[4:8] + " " + v[8:12] + " " + v[12:],
			`{"cc":"` + v + `","status":"declined"}`,
		} {
			if out := r.String(line); strings.Contains(out, v[4:10]) {
				t.Fatalf("card kept:\n in: %q\nout: %q", line, out)
			}
		}
		var ev event.Event
		if err := event.NewDecoder(nil).Decode([]byte(`{"@timestamp":"2026-12-01T00:00:00Z","message":"charge","charge":{"card":{"number":`+v+`}}}`), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		if out := string(ev.AppendJSON(nil)); strings.Contains(out, v[4:10]) {
			t.Fatalf("card kept in an event's card.number: %s", out)
		}

		d := luhnComplete("30" + digits(11))
		dotted := d[:4] + "." + d[4:10] + "." + d[10:]
		if out := r.String("cc: " + dotted + " declined"); strings.Contains(out, d[4:10]) {
			t.Fatalf("dotted Diners kept: %q", out)
		}
	}
	// Look-alikes: thirteen-digit ids under id and order keys, EAN-13
	// barcodes, epoch milliseconds, dotted versions.
	kept := 0
	for range 300 {
		id := visa()
		ean := "4" + digits(11)
		for c := byte('0'); c <= '9'; c++ {
			if upcValid([]byte(ean + string(c))) {
				ean += string(c)
				break
			}
		}
		ms := "17" + digits(11)
		for _, line := range []string{
			`{"order":{"id":` + id + `,"line_items":[{"sku":"A-1"}]}}`,
			"order_id=" + id + " synced",
			"id=" + id + " updated",
			"fulfillment gid://shopify/Fulfillment/" + id + " created",
			"import ok line 12: 5|" + id + "|A-1|" + ms,
			"binding parameter [4] as [BIGINT] - [" + id + "]",
			"scanned ean " + ean + " at bin B-04-2",
			`{"gtin":"` + ean + `","qty":2}`,
			"ts=" + ms + " job done",
		} {
			out := r.String(line)
			if out != line {
				t.Fatalf("look-alike changed:\n in: %q\nout: %q", line, out)
			}
			kept++
		}
	}
	if kept == 0 {
		t.Fatal("no look-alikes checked")
	}
}
