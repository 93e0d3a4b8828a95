package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// ids21Case is a line, the ids and codes in it that must survive, and the
// PII or secrets in it that must not.
type ids21Case struct {
	in         string
	keep, gone []string
}

// checkIDs21 redacts each case as text (twice: the second pass must agree)
// and checks what survives.
func checkIDs21(t *testing.T, cases []ids21Case) {
	t.Helper()
	r := newDamageRedactor(t)
	for _, c := range cases {
		out := r.String(c.in)
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				t.Errorf("%q damaged:\n in  %q\n out %q", k, c.in, out)
			}
		}
		for _, g := range c.gone {
			if strings.Contains(out, g) {
				t.Errorf("%q leaked:\n in  %q\n out %q", g, c.in, out)
			}
		}
		if twice := r.String(out); twice != out {
			t.Errorf("not idempotent:\n %q\n %q", out, twice)
		}
	}
}

// eventIDs21 redacts a JSON line as the pipeline does and returns the
// event's JSON.
func eventIDs21(t *testing.T, r *Redactor, line string) string {
	t.Helper()
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	return string(ev.JSON())
}

func hexIDs21(rng *rand.Rand, n int) string {
	const hx = "0123456789abcdef"
	b := make([]byte, n)
	for i := range b {
		b[i] = hx[rng.IntN(16)]
	}
	return string(b)
}

func digitsIDs21(rng *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + rng.IntN(10))
	}
	return string(b)
}

// Class: a messaging provider's resource SID (two capitals and 32
// lower-case hex digits, Twilio's "SM…", "MM…", "CA…") is a record's id
// under any key, "sid" included; a secret under "sid" is still a secret.
func TestClassIDs21ProviderSIDStays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 1))
	r := newDamageRedactor(t)
	for _, pre := range []string{"SM", "MM", "CA"} {
		sid := pre + hexIDs21(rng, 32)
		out := eventIDs21(t, r, `{"@timestamp":"2026-02-24T21:12:24.378Z","service.name":"sms-gateway","to":"+447700900123","status":"sent","sid":"`+sid+`"}`)
		if !strings.Contains(out, sid) || strings.Contains(out, "7700900123") {
			t.Errorf("want the SID kept and the number redacted: %s", out)
		}
		checkIDs21(t, []ids21Case{{in: "sms sent sid=" + sid + " to=+447700900123", keep: []string{sid}, gone: []string{"7700900123"}}})
	}
	checkIDs21(t, []ids21Case{{in: "session restored sid=Zq8vK2mP9xR4tW7yB3nD", gone: []string{"Zq8vK2mP9xR4tW7yB3nD"}}})
}

// Class: in a CloudFront access-log row (tab-separated, its host a
// "….cloudfront.net"), the cell after the edge's result type (Hit, Miss,
// RefreshHit, Error…) is x-edge-request-id, not a secret; the query's
// e-mail address is still redacted.
func TestClassIDs21EdgeRequestIDStays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 2))
	const b64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	for _, res := range []string{"Hit", "Miss", "RefreshHit", "Error"} {
		id := make([]byte, 54)
		for i := range id {
			id[i] = b64[rng.IntN(len(b64))]
		}
		rid := string(id) + "=="
		row := strings.Join([]string{"2026-12-06", "08:31:07", "FRA56-P3", "49484", "192.0.2.10", "GET",
			"d111111abcdef8.cloudfront.net", "/newsletter/confirm", "403", "-", "Mozilla/5.0",
			"email=fake.buyer%2540example.com&ref=SO-100200", "-", res, rid, "shop.example.com", "https"}, "\t")
		checkIDs21(t, []ids21Case{{in: row, keep: []string{rid}, gone: []string{"fake.buyer"}}})
	}
}

// Class: an address key's value that is a bare postal code (four to six
// digits, CFDI's "DomicilioFiscalReceptor", "LugarExpedicion") names no
// street and stays; a street under the same key is still an address.
func TestClassIDs21BarePostcodeStays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 3))
	for i := 0; i < 4; i++ {
		cp := digitsIDs21(rng, 5)
		checkIDs21(t, []ids21Case{
			{in: `<cfdi:Receptor Rfc="XAXX010101000" DomicilioFiscalReceptor="` + cp + `" UsoCFDI="S01"/>`, keep: []string{`"` + cp + `"`}},
			{in: `<cfdi:Comprobante Version="4.0" LugarExpedicion="` + cp + `" Moneda="MXN"/>`, keep: []string{`"` + cp + `"`}},
			{in: `{"address":"Calle Falsa 123, Colonia Centro","zip":"` + cp + `"}`, gone: []string{"Calle Falsa"}},
		})
	}
}

// Class: a card network's approval code (ISO 8583 field 38, six capitals
// and digits) under a terminal's bare "auth" key in a record that shows the
// payment's reference numbers (rrn, stan, EMV tags) is no credential; a
// password under "auth" elsewhere still is.
func TestClassIDs21TerminalAuthCodeStays(t *testing.T) {
	for _, code := range []string{"EPU0BU", "1X982V", "DPLF92"} {
		checkIDs21(t, []ids21Case{{
			in:   "EMV approved tid=T0926920 mid=000044319321597 aid=A0000003330101 9F36=0B4E stan=390488 rrn=672849507464 auth=" + code + " pan=XXXX XXXX XXXX 4154",
			keep: []string{"auth=" + code, "rrn=672849507464"},
		}})
	}
	checkIDs21(t, []ids21Case{{in: "proxy login auth=Hx7pQ2vLm9 user=ops", gone: []string{"Hx7pQ2vLm9"}}})
}

// Class: an EMV tag's data is read by its tag: TVR (95), ATC (9F36),
// amounts and other terminal data stay whatever their digits look like;
// the PAN under 5A is still a card.
func TestClassIDs21EMVTagDataStays(t *testing.T) {
	for _, tvr := range []string{"0800800000", "0800408000", "0000008000"} {
		checkIDs21(t, []ids21Case{
			{in: "EMV TLV dump term=POS2586597: 4F=A0000000041010 5A=5555555555554444 9F26=3E991F3F19D3F8DB 9F36=E909 95=" + tvr + " 9F02=000000525413 9C=00",
				keep: []string{"95=" + tvr, "9F02=000000525413"}, gone: []string{"5555555555554444"}},
			{in: "tvr dump 9F36=0B4E 95=" + tvr + " stan=390488", keep: []string{"95=" + tvr}},
		})
	}
	checkIDs21(t, []ids21Case{{in: "callback 95=0612345678 please", gone: []string{"0612345678"}}})
}

// Class: "BIC" (like "SWIFT") in brackets after an IBAN opens the bank's
// code, not the account holder's name; a holder's name there is still a
// name.
func TestClassIDs21BracketedBICStays(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "Pay to IBAN DE89 3704 0044 0532 0130 00 (BIC COBADEFF), reference RF18539007547034", keep: []string{"BIC COBADEFF"}, gone: []string{"0532 0130"}},
		{in: "Pay to IBAN DE89 3704 0044 0532 0130 00 (BIC NBGRGRAA)", keep: []string{"BIC NBGRGRAA"}},
		{in: "refund to IBAN DE89 3704 0044 0532 0130 00 (Jolana Fakeova)", gone: []string{"Fakeova"}},
	})
}

// Class: the fields a fapiao's and a bank's ids are logged under stay ids:
// "fpdm"/"fphm" (pinyin initials of 发票代码/发票号码), an ISO 20022
// "RtgNb" or "routing_number" holding an ABA routing number, "rrn".
func TestClassIDs21IDKeysStay(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: `开票请求 {"fpdm":"064267008505","fphm":"97727991","gmfsj":"13812345678"}`, keep: []string{"064267008505", "97727991"}},
		{in: `<Stmt><RtgNb>026009593</RtgNb><SortCode>94-31-44</SortCode></Stmt>`, keep: []string{"026009593"}},
		{in: `{"routing_number":"076802478","account":"fake"}`, keep: []string{"076802478"}},
		{in: `POS stan=354387 rrn=639336163107 auth=D83JBH`, keep: []string{"639336163107"}},
	})
}

// Class: a ZPL field whose commands include a barcode ("^BC…") encodes a
// parcel's or a pallet's number: its data is no phone; a text field's
// phone on the same label is still a phone.
func TestClassIDs21ZPLBarcodeDataStays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 4))
	for i := 0; i < 4; i++ {
		trk := fmt.Sprintf("%s %s %s", digitsIDs21(rng, 4), digitsIDs21(rng, 4), digitsIDs21(rng, 4))
		label := "^XA\n^FO50,40^A0N,28,28^FDSHIP TO: Fakename Person^FS\n^FO50,160^A0N,24,24^FDTel 0700 144 382^FS\n^FO50,220^BCN,100,Y,N,N^FD" + trk + "^FS\n^XZ"
		checkIDs21(t, []ids21Case{
			{in: label, keep: []string{"^FD" + trk + "^FS"}, gone: []string{"144 382"}},
			{in: "^XA^FO40,40^FDFake Carrier^FS^FO40,80^BCN,90^FD" + trk + "^FS^XZ", keep: []string{trk}},
		})
	}
}

// Class: a cell of three groups of four digits in an export row is a
// carrier's tracking number, not a phone, unless it opens as an Indonesian
// mobile (08xx); the row's phone cell is still a phone.
func TestClassIDs21TrackingCellStays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 5))
	for i := 0; i < 4; i++ {
		trk := fmt.Sprintf("%d%s %s %s", 1+rng.IntN(7), digitsIDs21(rng, 3), digitsIDs21(rng, 4), digitsIDs21(rng, 4))
		row := strings.Join([]string{"#24257", "28.05.2026", "Fakename Person", "fake.person@example.com", "+44 7700 900123", "12 Fake Street, Fakeville", "SKU-LQ-56632-XL", "2775.70", "NZD", trk}, "\t")
		checkIDs21(t, []ids21Case{{in: row, keep: []string{trk}, gone: []string{"7700 900123", "fake.person"}}})
	}
}

// Class: zero-padded digits at the start of a fixed-width record, run
// straight into the next column's letters of any script, are the record's
// key (an AS/400 customer number), not a phone with its 00 prefix; the
// record's phone column is still a phone.
func TestClassIDs21PaddedRecordKeyStays(t *testing.T) {
	for _, name := range []string{"Արամ Ֆեյքյան", "張美玲", "Тетяна Фейкова", "दिनेश फेक", "Fakename Person"} {
		rec := "0054220928" + name + "               Fake Street 115                Fakecity            2943      +447700900123      fake@example.com                     20260120"
		checkIDs21(t, []ids21Case{{in: rec, keep: []string{"0054220928"}, gone: []string{"7700900123"}}})
	}
}

// Class: an ACH entry detail record (a line opening with '6' and a
// transaction code) ends with the addenda indicator and the fifteen-digit
// trace number: an id, not a 00-prefixed phone.
func TestClassIDs21ACHTraceStays(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 6))
	for i := 0; i < 4; i++ {
		// the addenda indicator, then the trace: the originating bank's
		// routing number (US routing numbers open with 0 or 1) and a sequence
		trace := "00" + fmt.Sprint(1+rng.IntN(9)) + digitsIDs21(rng, 13)
		rec := "5220SHOP OPS INC                        1831992106 PPDREFUND    261102260306   1094253090007665\n" +
			"622228191432643027146        0008193043CUST917489     FAKENAME PERSONA      " + trace
		checkIDs21(t, []ids21Case{{in: rec, keep: []string{trace}}})
	}
}

// Class: "change the delivery address of <order id> to <address>": the id
// names the order and stays, the address after "to" is redacted.
func TestClassIDs21AddressOfOrderTo(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "Caller asked to change the delivery address of SO-961369 to Plot 236, Fake Thomas Road, Yaba. Identity verified.", keep: []string{"SO-961369"}, gone: []string{"Fake Thomas"}},
		{in: "please update the shipping address of ORD-271864 to Bulevardul Fakescu 240, Cluj-Napoca", keep: []string{"ORD-271864"}, gone: []string{"Fakescu"}},
	})
}

// Class: an EDIFACT NAD segment's last element, the two-letter country
// code, is no part of the street read through the segment.
func TestClassIDs21EDIFACTCountryStays(t *testing.T) {
	checkIDs21(t, []ids21Case{{
		in:   "UNH+1+ORDERS:D:96A:UN'NAD+DP+++Fakename Person+Apt 4, 88 Fakemines Street, Wexford, S72 Q7H5+Wexford++S72 Q7H5+IE'CTA+IC+:Fakename Person'",
		keep: []string{"+IE'"}, gone: []string{"Fakemines"},
	}})
}

// Class: an SSCC (eighteen digits passing the GS1 check) after its name,
// EDIFACT's "GIN+BJ" or the AI "(00)", and the servicing bank's reference
// after "//" on an MT940 ":61:" line, are ids even when their digits pass
// a card's checks; a card elsewhere in the text is still a card.
func TestClassIDs21PalletAndStatementRefsStay(t *testing.T) {
	rng := rand.New(rand.NewPCG(21, 7))
	sscc := ""
	for n := 0; n < 100000 && sscc == ""; n++ {
		if v := gs1Check("64" + digitsIDs21(rng, 15)); validCard([]byte(v), true) {
			sscc = v // a pallet's code whose digits a card's checks pass too
		}
	}
	if sscc == "" {
		t.Fatal("no SSCC passing a card's checks drawn")
	}
	checkIDs21(t, []ids21Case{
		{in: "^XA^FO40,200^FDSSCC " + sscc + "^FS^XZ", keep: []string{sscc}},
		{in: "CPS+1'PAC+1++PK'GIN+BJ+" + sscc + "'LIN+1++4756774065634:EN'", keep: []string{sscc}},
		{in: "pallet sscc=" + sscc + " loaded", keep: []string{sscc}},
		{in: ":61:2610140222C8901,32NTRFNONREF//4000056655665556\n:86:/REMI/card 4111 1111 1111 1111", keep: []string{"//4000056655665556"}, gone: []string{"4111 1111"}},
	})
}
