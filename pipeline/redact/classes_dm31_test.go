package redact

import (
	"strings"
	"testing"
)

// dm31: look-alikes taken by readers of labels, blocks, rows and EDI.
// All values are made up.

func dm31Redact(t *testing.T, in string) string {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r.RedactText(in)
}

func dm31Check(t *testing.T, in string, keep, gone []string) {
	t.Helper()
	out := dm31Redact(t, in)
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("lost %q\n in: %q\nout: %q", k, in, out)
		}
	}
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("leaked %q\n in: %q\nout: %q", g, in, out)
		}
	}
}

// A secret in an X12 segment's free text ends at the segment's terminator.
func TestDM31X12SecretEndsAtSegment(t *testing.T) {
	in := "ISA*00*          *00*          *ZZ*SENDERX        *ZZ*RECEIVERX      *261207*1530*U*00401*000000001*0*P*>~" +
		"GS*PO*SENDERX*RECEIVERX*20261207*1530*1*X*004010~ST*850*0001~" +
		"MSG*Authorization: Bearer zq8TfakeTOKENvalue0123456789abcdEF~REF*ZZ*UPSTREAM_STATUS*HTTP 503~" +
		"REF*ZZ*HANDLER*com.example.edi.Reader.parse~REF*ZZ*AMOUNT*€1296~SE*5*0001~GE*1*1~IEA*1*000000001~"
	dm31Check(t, in, []string{"HTTP 503", "com.example.edi.Reader.parse", "€1296"}, []string{"zq8TfakeTOKENvalue0123456789abcdEF"})
}

// A token with a '~' and no tagged segment after it stays whole.
func TestDM31X12TildeInsideSecret(t *testing.T) {
	in := "ISA*00*          *00*          *ZZ*SENDERX        *ZZ*RECEIVERX      *261207*1530*U*00401*000000001*0*P*>~" +
		"ST*850*0001~MSG*password: Fake~pass~word99 end~SE*3*0001~"
	out := dm31Redact(t, in)
	if strings.Contains(out, "word99") {
		t.Errorf("secret's tail leaked: %q", out)
	}
}

// A label printer's field of a status, an amount or goods is no address.
func TestDM31LabelFields(t *testing.T) {
	in := "^XA\n^CI28\n^FO40,30^A0N,28,28^FH^FDSHIP TO: Testa, Maria^FS\n" +
		"^FO40,65^A0N,28,28^FH^FDVia Finta 12, 00100 Roma^FS\n" +
		"^FO40,100^A0N,28,28^FH^FDUPSTREAM STATUS: HTTP 404^FS\n" +
		"^FO40,135^A0N,28,28^FH^FDAMOUNT: 1.204,50 €^FS\n" +
		"^FO40,170^A0N,28,28^FH^FDPACKAGE: 4.2 kg 30x20x10 cm^FS\n^XZ"
	dm31Check(t, in, []string{"UPSTREAM STATUS: HTTP 404", "AMOUNT: 1.204,50 €", "PACKAGE: 4.2 kg 30x20x10 cm"},
		[]string{"Testa, Maria", "Via Finta 12"})
}

// EPL labels are read the same way.
func TestDM31EPLStatus(t *testing.T) {
	in := "N\nq812\nA40,30,0,3,1,1,N,\"COD CARD 4111 1111 1111 1111\"\n" +
		"A40,65,0,3,1,1,N,\"UPSTREAM STATUS: HTTP 502\"\nA40,100,0,3,1,1,N,\"SPAN ID: 0a1b2c3d4e5f6a7b\"\nP1"
	dm31Check(t, in, []string{"UPSTREAM STATUS: HTTP 502"}, []string{"4111 1111 1111 1111"})
}

// A label whose only other PII is a party heading's name: the name.
func TestDM31LabelShipToAlone(t *testing.T) {
	in := "^XA\n^FO40,30^A0N,28,28^FH^FDINVOICE NO: INV-2026-000123^FS\n" +
		"^FO40,65^A0N,28,28^FH^FDSHIP TO: MARIA GARCIA^FS\n" +
		"^FO40,100^A0N,28,28^FH^FDSKU: AB-CDE-1234-XL^FS\n^XZ"
	dm31Check(t, in, []string{"INV-2026-000123", "AB-CDE-1234-XL"}, []string{"MARIA GARCIA"})
}

// OCR'd lines of a label under a party heading: the document's fields
// are read past, the party's lines are still the block.
func TestDM31BlockLabelledLines(t *testing.T) {
	in := "PRIORITY\nSHIP TO\nPRODUCT Linen Throw Blanket\nAMOUNT 1.050,59 €\nJANA NOVAKOVA\nLIPOVA 12\n110 00 PRAHA 1\n"
	dm31Check(t, in, []string{"PRODUCT Linen Throw Blanket", "AMOUNT 1.050,59 €"}, []string{"JANA NOVAKOVA", "LIPOVA 12"})
	in = "SHIP TO\nDUNS 27-478-6573\nLATENCY 3861ms\nBOUNDARY ----=_Part_1_2.3\n"
	dm31Check(t, in, []string{"27-478-6573", "3861ms", "----=_Part_1_2.3"}, nil)
}

func TestDM31LabelValueLine(t *testing.T) {
	for v, want := range map[string]bool{
		"AMOUNT 1.050,59 €":                 true,
		"AMOUNT €417,77":                    true,
		"TOTAL 7563.07 EUR":                 true,
		"PACKAGE 19.0 kg 81x37x13 cm":       true,
		"LATENCY 3861ms":                    true,
		"INCOTERMS FOB Hamburg":             true,
		"UPSTREAM STATUS: HTTP 404":         true,
		"MESSAGE ID <a1b2.c3@mail.example>": true,
		"DUNS 90-810-9807":                  true,
		"PRODUCT Linen Throw Blanket":       true,
		"SHOP Casa Verde Moda":              true,
		"PRICE JOHN":                        false, // a family name in capitals
		"HASHEMI ALI":                       false,
		"SHIP TO: Jana Nováková":            false,
		"TEL 0612 345 678":                  false,
		"NAME Jana Nováková":                false,
		"ADDRESS Lipová 12, Praha":          false,
		"SHOP NO 12, MG ROAD, PUNE":         false, // a shop's number in an address
		"ORDER NO 12, Station Road":         false,
	} {
		if got := labelValueLine31(v); got != want {
			t.Errorf("labelValueLine31(%q) = %v, want %v", v, got, want)
		}
	}
}

// D-U-N-S numbers grouped 2-3-4 are no phone; the same groups led by a
// trunk 0 are.
func TestDM31DUNS(t *testing.T) {
	if !dunsShaped31("27-478-6573") || dunsShaped31("02-123-4567") || dunsShaped31("27-478-657") {
		t.Error("dunsShaped31")
	}
	if labelPhone20("27-478-6573") || !labelPhone20("02-123-4567") {
		t.Error("labelPhone20 on D-U-N-S and a trunk-0 number")
	}
	row := "ORD-000001   JANA NOVAKOVA   jana.novakova@example.com   27-478-6573   2026-11-21\n"
	dm31Check(t, row, []string{"27-478-6573", "ORD-000001"}, []string{"jana.novakova@example.com"})
}

// An EDIFACT RFF segment's data is a reference, never a phone; a COM
// segment's phone is still one.
func TestDM31EDIFACTRef(t *testing.T) {
	in := "UNA:+.? 'UNB+UNOC:3+4000000000009:14+RECEIVERX:ZZ+261207:1530+1'UNH+1+ORDERS:D:96A:UN:EAN008'" +
		"RFF+AAK:046696393'RFF+ZZZ:07-388-9761'CTA+IC+:RECEIVING'COM+(?+48) 545 306 792:TE'UNT+5+1'UNZ+1+1'"
	dm31Check(t, in, []string{"046696393", "07-388-9761"}, []string{"545 306 792"})
}

// A street cell read at three spaces keeps the id cells before it.
func TestDM31StreetCellIDs(t *testing.T) {
	if v := "4006381333931  ul. Fakowa 26/35"; idCellsBefore31(v, 0, len(v)) != 15 {
		t.Errorf("idCellsBefore31 kept the id cell")
	}
	if v := "12  ul. Fakowa 26/35"; idCellsBefore31(v, 0, len(v)) != 0 {
		t.Errorf("idCellsBefore31 cut a house number")
	}
}

// A US address that fills its column runs into the name's column.
func TestDM31OverflowName(t *testing.T) {
	row := "608211357446872 591-0683167-4346425   296 W 34TH ST, DAYTON, OH 42004 TYRONE TESTPERSON     18.166s  630181740563930\n"
	dm31Check(t, row, []string{"18.166s", "630181740563930", "591-0683167-4346425"}, []string{"TYRONE TESTPERSON", "34TH ST"})
	if !ordinal31("34TH") || !ordinal31("2nd") || ordinal31("34TX") || ordinal31("TH") {
		t.Error("ordinal31")
	}
}
