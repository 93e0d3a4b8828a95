package redact

import "testing"

// Document layouts (doc31): OCR's dashes between a card's or a phone's
// groups, IBANs wrapped onto the next line of a PDF's text, names in
// capitals glued to a fixed-width row's other values. Every value is made
// up (test cards, the IBAN registry's examples, invented names). The cases
// are checked by checkIDs21 (classes_ids21_test.go): kept, gone, twice
// equals once.

// Class: digit groups parted by em or en dashes (OCR) are a card when they
// pass the card checks, a phone after a country code.
func TestDoc31OCRDashGroups(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "RESIDENT CARD\nCARD NO 2200—1234—5678—9019\nGTIN 3804065871240", gone: []string{"2200—1234—5678—9019", "5678"}, keep: []string{"3804065871240"}},
		{in: "TRACKING NO RR011839006SG\n3540–1234–5678–9016\nLATENCY 1535ms", gone: []string{"3540–1234–5678–9016"}, keep: []string{"RR011839006SG", "1535ms"}},
		{in: "MOBILE (+62) 812—5550—0176\nDATE 03/20/2026", gone: []string{"812—5550—0176"}, keep: []string{"03/20/2026"}},
		{in: "TEL +82 10—5550—0123 ok", gone: []string{"10—5550—0123"}},
		// near misses: a Luhn failure, a date, a range, groups glued to a word
		{in: "LOT 2200—1234—5678—9018 ok", keep: []string{"2200—1234—5678—9018"}},
		{in: "ISSUED 2026—01—15 VALID 2031—01—14", keep: []string{"2026—01—15", "2031—01—14"}},
		{in: "PAGES 12—34 OF 120", keep: []string{"12—34"}},
		{in: "REF A6011—1234—5678—9019 ok", keep: []string{"A6011—1234—5678—9019"}},
	})
}

// Class: an IBAN in groups wrapped onto the next line, the break raw or
// escaped in a string: each line's part is masked, the break kept.
func TestDoc31WrappedIBAN(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "IBAN: FR76 3000 6000\n0112 3456 7890 189         HS CODE: 6065.73.99",
			gone: []string{"FR76 3000 6000", "0112 3456 7890 189"}, keep: []string{"6065.73.99", "IBAN: "}},
		{in: `{"document.text":"BANK ACCOUNT (IBAN) GB29 NWBK 6016\n1331 9268 19          MESSAGE ID: <a1b2@mail.example>"}`,
			gone: []string{"GB29 NWBK 6016", "1331 9268 19"}, keep: []string{"MESSAGE ID: <a1b2@mail.example>"}},
		{in: "BANK KZ86 125K ZT50\r\n0410 0100 TOTAL DUE", gone: []string{"KZ86 125K ZT50", "0410 0100"}, keep: []string{"TOTAL DUE"}},
		// near misses: the checksum fails, the line does not continue the groups
		{in: "IBAN: FR76 3000 6000\n0112 3456 7890 188 end", keep: []string{"FR76 3000 6000", "0112 3456 7890 188"}},
		{in: "ROUTE GB29 NWBK 6016\nHTTP 503 retry", keep: []string{"GB29 NWBK 6016", "HTTP 503"}},
		{in: "SSCC 0031 7304 8554\n3126 4369 0000", keep: []string{"0031 7304 8554", "3126 4369 0000"}},
	})
}

// Class: a name in capitals that a fixed-width row's cell holds beside
// other values parted by one space, in a row that holds other PII.
func TestDoc31FixedWidthGlued(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "H01SHOP  20261207\nrow+x@mail.example edi-gw18.internal   <44da35@mail.partner.example>  req_afqtpil8wykmn   3805.68.85   ¥857900 QUILLAN VARBECK  \nT01000001",
			gone: []string{"QUILLAN VARBECK"}, keep: []string{"3805.68.85", "¥857900", "req_afqtpil8wykmn"}},
		{in: "H01SHOP  20261207\n5298183390359   VARBECK, QUILLAN +44 7700 900123   RE-2025-447429   RE-2024-475316    \nT01000001",
			gone: []string{"VARBECK, QUILLAN", "7700 900123"}, keep: []string{"RE-2025-447429", "RE-2024-475316", "5298183390359"}},
		{in: "H01SHOP  20261207\n832-8407835-1992106    744811887822  a7eefc7025360ad8   RB261477186DE QUILLAN VARBECK row+w@mail.example   ae32bd3904c03560    \nT01000001",
			gone: []string{"QUILLAN VARBECK"}, keep: []string{"RB261477186DE", "ae32bd3904c03560", "744811887822"}},
		// near misses: an Incoterm and its place, capitals in a row
		// without PII (a name too), a town after an address's comma
		{in: "H01SHOP  20261207\nrow+y@mail.example   QUILLAN VARBECK DAP Rotterdam   18.0 kg 25x21x19 cm  \nT01000001",
			gone: []string{"QUILLAN VARBECK"}, keep: []string{"DAP Rotterdam", "18.0 kg 25x21x19 cm"}},
		{in: "H01SHOP  20261207\n744811887822   v0.28.32   RB261477186DE HTTP OK   CONNECTION REFUSED   ae32bd3904c03560    \nT01000001",
			keep: []string{"HTTP OK", "CONNECTION REFUSED", "RB261477186DE"}},
		{in: "H01SHOP  20261207\n744811887822   v0.28.32   RB261477186DE ZEYNEP QUARVELL   ae32bd3904c03560    \nT01000001",
			keep: []string{"ZEYNEP QUARVELL", "RB261477186DE"}},
		{in: "H01SHOP  20261207\nrow+z@mail.example   12 FAKE ROAD, FAKEBURG, OH 42004 NORTH DISTRICT   5.783s   x12_reader.go:251  \nT01000001",
			keep: []string{"5.783s", "x12_reader.go:251"}},
	})
	for _, v := range []string{"MALTE", "KÜHN", "ΑΙΚΑΤΕΡΊΝΗ", "EL-SAYED", "O'NEIL"} {
		if !capsWord31(v) {
			t.Errorf("%q: want a word in capitals", v)
		}
	}
	for _, v := range []string{"Malte", "DAP", "FOB", "A1B2", "-AB", "AB-", "é", "ÉCOLE1"} {
		if capsWord31(v) {
			t.Errorf("%q: want no word in capitals", v)
		}
	}
}
