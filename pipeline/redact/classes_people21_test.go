package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of people21_*.go. The people, streets and numbers
// are made up ("Fake…", "Test…") and drawn from a seeded generator; the
// phones and IBANs are the documentation ranges and test numbers.

var p21Given = []string{"Jana", "Ilze", "Kadri", "Nikos", "Harriet", "Mateo", "Zuzana", "Tomás", "Aigerim", "Leonor"}
var p21Family = []string{"Fakeová", "Testere", "Fakeberg", "Mockley", "Placeholt", "Dummer", "Fakeworth", "Sampleton"}

func p21Person(rng *rand.Rand) (given, family string) {
	return p21Given[rng.Intn(len(p21Given))], p21Family[rng.Intn(len(p21Family))]
}

type p21Case struct {
	in         string
	gone, kept []string
}

func p21Run(t *testing.T, cases []p21Case) {
	t.Helper()
	r := newDefault(t)
	for _, c := range cases {
		out := r.String(c.in)
		for _, g := range c.gone {
			if strings.Contains(out, g) {
				t.Errorf("%q survives in\n  %q\n→ %q", g, c.in, out)
			}
		}
		for _, k := range c.kept {
			if !strings.Contains(out, k) {
				t.Errorf("%q damaged in\n  %q\n→ %q", k, c.in, out)
			}
		}
		if again := r.String(out); again != out {
			t.Errorf("not idempotent:\n  %q\n→ %q", out, again)
		}
	}
}

// Class: an LDIF entry of a person's object class names the person in its
// cn, sn and givenName attributes whatever its dn says; a service entry
// (another class) keeps its account's name.
func TestPeople21LDIFPersonEntry(t *testing.T) {
	rng := rand.New(rand.NewSource(2101))
	var cases []p21Case
	for i := 0; i < 6; i++ {
		g, f := p21Person(rng)
		uid := fmt.Sprintf("u%06d", rng.Intn(1e6))
		cases = append(cases, p21Case{
			in:   fmt.Sprintf("dn: uid=%s,ou=people,dc=shop,dc=example\nobjectClass: inetOrgPerson\ncn: %s %s\nsn: %s\ngivenName: %s\nemployeeNumber: E%05d\n", uid, g, f, f, g, rng.Intn(1e5)),
			gone: []string{"sn: " + f, "givenName: " + g},
			kept: []string{"uid=" + uid, "employeeNumber: E"},
		})
	}
	cases = append(cases, p21Case{
		in:   "dn: cn=svc-backup,ou=services,dc=shop,dc=example\nobjectClass: applicationProcess\ncn: svc-backup\ndescription: Returns Team\n",
		kept: []string{"cn: svc-backup", "Returns Team"},
	})
	p21Run(t, cases)
}

// Class: a ZPL text field that opens with a party's heading and a colon
// holds the party's name after it.
func TestPeople21ZPLHeadingField(t *testing.T) {
	rng := rand.New(rand.NewSource(2102))
	var cases []p21Case
	for _, h := range []string{"SHIP TO", "Deliver to", "Empfänger", "Destinatario"} {
		g, f := p21Person(rng)
		cases = append(cases, p21Case{
			in:   fmt.Sprintf("^XA\n^FO50,40^A0N,28,28^FD%s: %s %s^FS\n^FO50,80^A0N,28,28^FDTeststraße %d^FS\n^FO50,160^A0N,24,24^FDTel +49 30 901820^FS\n^XZ", h, g, f, 1+rng.Intn(200)),
			gone: []string{f},
			kept: []string{h + ":"},
		})
	}
	p21Run(t, cases)
}

// Class: EMV tag 5F20 is the cardholder's name ("FAMILY/GIVEN", any
// script); the other tags stay.
func TestPeople21EMVCardholderTag(t *testing.T) {
	cases := []p21Case{
		{in: "EMV TLV dump term=T1234567: 4F=A0000000041010 5F20=FAKEBERG/ILZE 5F24=261231 9F36=00A1", gone: []string{"FAKEBERG"}, kept: []string{"4F=A0000000041010", "5F24=261231", "9F36=00A1"}},
		{in: "EMV TLV dump term=T7654321: 4F=A0000003330101 5F20=王小明 9F36=01B2", gone: []string{"王小明"}, kept: []string{"9F36=01B2"}},
		{in: "EMV TLV dump term=T7654321: 5F20=ĐỖ/VY 9F36=01B2", gone: []string{"ĐỖ/VY"}, kept: []string{"9F36=01B2"}},
	}
	p21Run(t, cases)
}

// Class: a till receipt's member line names the member after its label,
// up to the column gap; a tier stays.
func TestPeople21ReceiptMemberLine(t *testing.T) {
	cases := []p21Case{
		{in: "RRN 000000000000  STAN 000001\nLOYALTY: J. Fakeberg  000000000000\nthank you", gone: []string{"Fakeberg"}, kept: []string{"LOYALTY:", "STAN 000001"}},
		{in: "MID 000000000000001 TID T0000001\nMember: ILZE TESTERE  0000\n", gone: []string{"TESTERE"}, kept: []string{"TID T0000001"}},
		{in: "LOYALTY: Gold\nTotal 12.00", kept: []string{"LOYALTY: Gold"}},
	}
	p21Run(t, cases)
}

// Class: a display name in quotes before a number in angle brackets is a
// caller (Asterisk's callerid, a CDR's clid), and the full name of an
// Asterisk voicemail box; a role's display name stays.
func TestPeople21CallerDisplayName(t *testing.T) {
	cases := []p21Case{
		{in: "[642]\ntype=friend\ncallerid=\"Kadri Fakeworth\" <642>\ncontext=store-ST454", gone: []string{"Fakeworth"}, kept: []string{"<642>", "store-ST454"}},
		{in: `"acct7556","+15550100","sales","from-trunk","""KADRI MOCKLEY"" <+15550100>","PJSIP/trunk-bd12712f"`, gone: []string{"MOCKLEY"}, kept: []string{"PJSIP/trunk-bd12712f"}},
		{in: "; voicemail.conf\n[default]\n642 => 0000,Nikos Dummer,nikos@example.com", gone: []string{"Dummer"}},
		{in: `callerid="Customer Service" <100>`, kept: []string{"Customer Service"}},
	}
	p21Run(t, cases)
}

// Class: the SWIFT MT beneficiary (:59:) is a person's name and address
// lines; the ordering customer (:50K:), a shop's own name, stays.
func TestPeople21SwiftBeneficiary(t *testing.T) {
	cases := []p21Case{
		{in: ":20:REF0001\n:50K:/GB82WEST12345698765432\nNorthwind Trading\nRiga\n:59:/DE89370400440532013000\nZUZANA FAKEOVÁ\nTestová 12, 110 00 Praha\n:70:/RFB/INV-0001\n:71A:SHA",
			gone: []string{"FAKEOVÁ", "Testová"}, kept: []string{"Northwind Trading", "Riga", ":70:/RFB/INV-0001"}},
	}
	p21Run(t, cases)
}

// Class: a spreadsheet's cell dump names the buyer in a quoted cell of a
// row whose other cells hold PII; ids and amounts stay.
func TestPeople21SheetCells(t *testing.T) {
	cases := []p21Case{
		{in: "sheet 'Returns' row 53: A53=PO5927478785 B53='Leonor Sampleton' C53='+44 20 7946 0958' D53='DE89370400440532013000' E53=1337.62 F53='26/2, Fake Place Mawatha, Testville'",
			gone: []string{"Sampleton", "Fake Place"}, kept: []string{"A53=PO5927478785", "E53=1337.62"}},
		{in: "sheet 'Stock' row 9: A9=SKU-1 B9='Blue Shirt' C9=12 D9=4.50", kept: []string{"Blue Shirt"}},
	}
	p21Run(t, cases)
}

// Class: a fixed-width record whose first column (a record number padded
// to its width) runs into the name, in a row that holds other PII.
func TestPeople21GluedFixedWidthName(t *testing.T) {
	cases := []p21Case{
		{in: "0073563819HARRIET PLACEHOLT              Fake Avenue 12                    Testtown            76380     +44 20 7946 0958     harriet@example.com",
			gone: []string{"PLACEHOLT"}, kept: []string{"0073563819"}},
	}
	p21Run(t, cases)
}

// Class: a sender's name ending a line after "from"/"by" above an address
// line, as a form or a letter writes them.
func TestPeople21SenderAboveAddress(t *testing.T) {
	cases := []p21Case{
		{in: "OCR:\nNorthwind Trading\nReturn form from Mateo Dummer\nTestová 93, Testville 763334\nIBAN: DE89370400440532013000",
			gone: []string{"Dummer", "Testová"}, kept: []string{"Northwind Trading", "Return form from"}},
		{in: "the item was shipped by Royal Mail\n12 pcs", kept: []string{"Royal Mail", "12 pcs"}},
	}
	p21Run(t, cases)
}

// Class: the new side of an address change whose old side was redacted,
// after at most two references and "to".
func TestPeople21AddressChangeTo(t *testing.T) {
	cases := []p21Case{
		{in: "Caller asked to change the delivery address Fakestraße 12, 10115 Berlin #78113 to Testová 70, 621 62 Testov. Identity verified.",
			gone: []string{"Testová"}, kept: []string{"#78113", "Identity verified"}},
	}
	p21Run(t, cases)
}

// Class: telephony's caller display name in brackets after the caller's
// number.
func TestPeople21CallerInBrackets(t *testing.T) {
	cases := []p21Case{
		{in: "New voicemail from 5550 1234 (Kadri Fakeberg) on Wed, 19 Sep 2026 19:35:50 -0500, mailbox 272", gone: []string{"Fakeberg"}, kept: []string{"mailbox 272"}},
		{in: "call from +44 20 7946 0958 (Harriet Mockley) lasted 00:02:11", gone: []string{"Mockley"}, kept: []string{"00:02:11"}},
	}
	p21Run(t, cases)
}

// Class: a signature under a line that is only a closing word, in the
// buyers' languages, in a message that holds other PII.
func TestPeople21ClosingSignature(t *testing.T) {
	cases := []p21Case{
		{in: "mi pedido aun no llega\nllamen al +51 912 345 678\n\ngracias\nMateo Fakeworth\n+51 912 345 678", gone: []string{"Fakeworth"}},
		{in: "pakk ei ole kohale, helistage +372 5123 4567\n\naitäh\nKadri Testere", gone: []string{"Testere"}},
	}
	p21Run(t, cases)
}

// Class: one to three words of a script without case after a capitalised
// role word of a Latin line.
func TestPeople21LatinRoleCaseless(t *testing.T) {
	cases := []p21Case{
		{in: "Inbound call from +86 138 0013 8000. Caller 王小明 asked to change the delivery address.", gone: []string{"王小明"}, kept: []string{"asked to change"}},
		{in: "Caller ፍቅርተ ወልደሚካኤል asked for a refund", gone: []string{"ወልደሚካኤል"}, kept: []string{"asked for a refund"}},
	}
	p21Run(t, cases)
}

// Class: a UK payment file's row (sort code, account number, then the
// account's name), written without a header.
func TestPeople21SortCodeRow(t *testing.T) {
	cases := []p21Case{
		{in: "40-47-84,10833401,ILZE FAKEBERG,127366,99,RFND54729978,260115", gone: []string{"FAKEBERG"}, kept: []string{"40-47-84", "RFND54729978"}},
	}
	p21Run(t, cases)
}

// Class: a recipient written as a list after "for": name, address, then
// the phone that closes it.
func TestPeople21RecipientList(t *testing.T) {
	cases := []p21Case{
		{in: "DEBUG shipping label for Ọláolúwa Fakeṣọlá, Ilé 31, Fake Street, Testville, tel +234 803 000 0000, weight 2.5 kg, carrier Northwind Express",
			gone: []string{"Fakeṣọlá", "Fake Street"}, kept: []string{"weight 2.5 kg", "Northwind Express"}},
		{in: "report for Q3, 2026 totals, phone support costs", kept: []string{"Q3, 2026 totals"}},
	}
	p21Run(t, cases)
}

// Class (table words): NF-e's street element, a fapiao's buyer key,
// delivery requests and "my name is" in more buyers' languages.
func TestPeople21TableWords(t *testing.T) {
	cases := []p21Case{
		{in: "<enderDest><xLgr>Fakeberg</xLgr><nro>124</nro><xMun>Testville</xMun></enderDest>", gone: []string{"Fakeberg"}, kept: []string{"<nro>124</nro>"}},
		{in: `{"fphm":"00000001","xsfmc":"Northwind Trading","gmfmc":"王小明"}`, gone: []string{"王小明"}, kept: []string{"Northwind Trading"}},
		{in: `{"fphm":"00000001","gmfmc":"北京星辰科技有限公司"}`, kept: []string{"北京星辰科技有限公司"}},
		{in: "tere\nsaatke palun aadressile Testi tn 99-5, Tallinn 43086", gone: []string{"Testi tn"}},
		{in: "aitäh minu nimi on Kadri Fakeberg palun helistage", gone: []string{"Fakeberg"}},
	}
	p21Run(t, cases)
}
