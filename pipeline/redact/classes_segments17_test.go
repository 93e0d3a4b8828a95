package redact

import (
	"strings"
	"testing"
)

// Values inside machine formats: X12 segments, ZPL label fields, SAML
// assertions, quoted-printable e-mail bodies and the display names of a
// raw e-mail's address headers. All values are made up.

// segCase is a text, the values that must not survive and those that must.
type segCase struct {
	in         string
	gone, kept []string
}

func checkSegCases(t *testing.T, cases []segCase) {
	t.Helper()
	r := newDamageRedactor(t)
	for _, c := range cases {
		got := r.String(c.in)
		for _, v := range c.gone {
			if strings.Contains(got, v) {
				t.Errorf("kept %q:\n in:  %s\n out: %s", v, c.in, got)
			}
		}
		for _, v := range c.kept {
			if !strings.Contains(got, v) {
				t.Errorf("damaged %q:\n in:  %s\n out: %s", v, c.in, got)
			}
		}
	}
}

const x12Head = "ISA*00*          *00*          *ZZ*FAKESELLER     *ZZ*FAKEBUYER      *261206*0412*U*00401*000000417*0*P*>~ST*856*0001~"

func TestSegments17X12Parties(t *testing.T) {
	checkSegCases(t, []segCase{
		// a ship-to party: name, street, city and postcode; the contact's
		// name and phone without '+' by the PER qualifier
		{x12Head + "N1*ST*Fakename Fakeson~N3*Fakeweg 12*Apt 3~N4*Fakestadt*FS*99123*DE~PER*IC*Fakira Fakeova*TE*821099990000~REF*BM*080000000005~SE*7*0001~",
			[]string{"Fakename Fakeson", "Fakeweg 12", "Fakira Fakeova", "821099990000"},
			[]string{"REF*BM*080000000005~", "SE*7*0001~", "*000000417*", "N4*Fakestadt*FS*99123*DE~"}},
		// names in scripts without case, and a family-first name with a comma
		{x12Head + "N1*ST*山田花子~N3*東京都新宿区偽町1-2-3~SE*4*0001~", []string{"山田花子", "偽町1-2-3"}, []string{"SE*4*0001~"}},
		{x12Head + "N1*BT*דנה פייק~SE*3*0001~", []string{"דנה פייק"}, nil},
		{x12Head + "N1*BY*Fakeova, Fakira~SE*3*0001~", []string{"Fakeova"}, nil},
		// a street with no N1 before it is still a party's
		{x12Head + "N3*ul. Fakowa 125/12, 43-228 Fakowo~REF*PO*FAKE-0042~SE*4*0001~", []string{"Fakowa 125/12"}, []string{"REF*PO*FAKE-0042~"}},
		// other separators, given by the ISA header
		{"ISA|00|          |00|          |ZZ|FAKESELLER     |ZZ|FAKEBUYER      |261206|0412|U|00401|000000417|0|P|:\nN1|ST|Fakename Fakeson\nN3|Fakeweg 12\nSE|4|0001\n",
			[]string{"Fakename Fakeson", "Fakeweg 12"}, []string{"SE|4|0001"}},
	})
}

func TestSegments17X12StaysSilent(t *testing.T) {
	checkSegCases(t, []segCase{
		// a supplier's and a carrier's party are a business's
		{x12Head + "N1*SU*Fakeworks Trading~N2*Fakeworks Export Dept~N1*CA*Fake Freight Lines~N4*Fakestadt*FS*99123*DE~SE*6*0001~", nil,
			[]string{"Fakeworks Trading", "Fakeworks Export Dept", "Fake Freight Lines", "Fakestadt", "99123"}},
		// ids in REF segments are no phones, and a street does not run on
		// into the next segment
		{x12Head + "REF*BM*085924131689~REF*IA*00348104570197735811~N3*Fakeweg 12, 99123 Fakestadt~REF*PO*USLGB~REF*CN*9400 1434 2591 5835 7468 38~SE*7*0001~", []string{"Fakeweg 12"},
			[]string{"085924131689", "00348104570197735811", "REF*PO*USLGB~", "9400 1434 2591 5835 7468 38"}},
	})
}

const zplHead = "^XA^CI28"

func zplTestField(y int, v string) string {
	return "^FO40," + itoa3(y) + "^A0N,28,28^FD" + v + "^FS"
}

func zplTestBarcode(y int, v string) string {
	return "^FO40," + itoa3(y) + "^BCN,80,Y,N,N^FD" + v + "^FS"
}

func itoa3(n int) string {
	return string([]byte{byte('0' + n/100%10), byte('0' + n/10%10), byte('0' + n%10)})
}

func TestSegments17ZPLLabel(t *testing.T) {
	checkSegCases(t, []segCase{
		// the recipient's fields in any order, beside a labelled phone
		{zplHead + zplTestField(40, "Fakeweg 12, 99123 Fakestadt") + zplTestBarcode(80, "1Z999AA10123456784") + zplTestField(120, "Anna Fakemann") + zplTestField(160, "Tel: +49 151 0000 0000") + "^PQ1^XZ",
			[]string{"Fakeweg 12", "Fakemann", "0000 0000"}, []string{"1Z999AA10123456784"}},
		{zplHead + zplTestField(40, "Via Fakeria, 88, 00100 Fakopoli") + zplTestField(80, "Lorenzo Fakeri") + zplTestField(120, "851.4 KGM") + zplTestField(160, "04/27/2025") + "^PQ1^XZ",
			[]string{"Fakeria", "Fakeri"}, []string{"851.4 KGM", "04/27/2025"}},
		// scripts without case, a Japanese address of divisions and numbers
		{zplHead + zplTestField(40, "東京都新宿区偽町2-29-12") + zplTestField(80, "佐藤花子") + zplTestField(120, "Tel: 03-0000-0000") + "^PQ1^XZ",
			[]string{"偽町2-29-12", "佐藤花子"}, nil},
		{zplHead + zplTestField(40, "Ph +972 55-000-0000") + zplTestField(80, "דנה פייק") + zplTestField(120, "13 Sep 2027") + "^PQ1^XZ",
			[]string{"דנה פייק"}, []string{"13 Sep 2027"}},
		// a name beside a phone written alone: the recipient
		{zplHead + zplTestField(40, "0917-000-0000") + zplTestField(80, "Kestrel Fake Inc.") + zplTestField(120, "Maria Fakeino") + "^PQ1^XZ",
			[]string{"Fakeino", "0917-000-0000"}, []string{"Kestrel Fake Inc."}},
	})
}

func TestSegments17ZPLStaysSilent(t *testing.T) {
	checkSegCases(t, []segCase{
		// a label without a recipient's phone or address keeps its fields
		{zplHead + zplTestField(40, "Anna Fakemann") + zplTestField(80, "Hub Fakeville Terminal") + "^PQ1^XZ", nil, []string{"Anna Fakemann", "Hub Fakeville Terminal"}},
		// a recipient's label keeps its companies, sites, goods, statuses,
		// dates, weights and barcodes
		{zplHead + zplTestField(40, "Fakeweg 12, 99123 Fakestadt") + zplTestField(80, "Fakeford Distribution Center") + zplTestField(120, "Pacific Fake Freight Ltd") + zplTestField(160, "HTTP 502") + zplTestField(200, "2026年1月12日") + zplTestField(240, "49x19x41 in") + zplTestField(280, "087182605728") + zplTestBarcode(320, "Anna Fakemann") + "^PQ1^XZ",
			[]string{"Fakeweg 12"}, []string{"Fakeford Distribution Center", "Pacific Fake Freight Ltd", "HTTP 502", "2026年1月12日", "49x19x41 in", "087182605728", "Anna Fakemann"}},
	})
}

func TestSegments17SAML(t *testing.T) {
	attr := func(name, v string) string {
		return `<saml:Attribute Name="` + name + `"><saml:AttributeValue>` + v + `</saml:AttributeValue></saml:Attribute>`
	}
	checkSegCases(t, []segCase{
		{`<saml:Assertion ID="_f00d"><saml:Subject>` + attr("displayName", "Fakira Fakeova") + attr("telephoneNumber", "36700000000") + attr("role", "Fake Engineer") + `</saml:Subject></saml:Assertion>`,
			[]string{"Fakeova", "36700000000"}, []string{`Name="displayName"`, `Name="telephoneNumber"`, "Fake Engineer"}},
		// OIDs, claim URIs, FriendlyName, joined attribute names, LDAP's cn
		{`<saml2:Attribute Name="urn:oid:2.5.4.4" FriendlyName="sn"><saml2:AttributeValue>Fakerova</saml2:AttributeValue></saml2:Attribute>`, []string{"Fakerova"}, []string{"urn:oid:2.5.4.4"}},
		{`<Attribute Name="urn:oid:2.5.4.42"><AttributeValue>Fakira</AttributeValue></Attribute>`, []string{">Fakira<"}, nil},
		{`<saml:Attribute Name="http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname"><saml:AttributeValue>Fakerova</saml:AttributeValue></saml:Attribute>`, []string{"Fakerova"}, nil},
		{`<saml:Attribute Name="givenName_sn"><saml:AttributeValue>B. Fakerama</saml:AttributeValue></saml:Attribute>`, []string{"Fakerama"}, nil},
		{`<saml:Attribute Name="cn"><saml:AttributeValue>林偽明</saml:AttributeValue></saml:Attribute>`, []string{"林偽明"}, nil},
		// the signature's value as a credential; the certificate stays
		{`<ds:Signature><ds:SignatureValue>c2lnbmF0dXJlLWZha2UtZmFrZS1mYWtl</ds:SignatureValue><ds:KeyInfo><ds:X509Data><ds:X509Certificate>MIIFakeCertificateFake</ds:X509Certificate></ds:X509Data></ds:KeyInfo></ds:Signature>`,
			[]string{"c2lnbmF0dXJlLWZha2UtZmFrZS1mYWtl"}, []string{"MIIFakeCertificateFake"}},
	})
}

func TestSegments17SAMLStaysSilent(t *testing.T) {
	attr := func(name, v string) string {
		return `<saml:Attribute Name="` + name + `"><saml:AttributeValue>` + v + `</saml:AttributeValue></saml:Attribute>`
	}
	in := `<saml:Assertion ID="_f00d"><saml:Subject>` + attr("phone_model", "XPS-60-9672") + attr("ship_to", "Fakeford Distribution Center") +
		attr("vendor_name", "Fake Freight Ltd") + attr("session_index", "_0dc3fa50442b463b457b0b9ca0ea0323cf539869") + attr("customer_name", "Scrum Master") +
		`<saml:NameID Format="urn:oasis:names:tc:SAML:2.0:nameid-format:persistent">a7c3f1e2-fake-id</saml:NameID></saml:Subject></saml:Assertion>`
	checkSegCases(t, []segCase{{in, nil, []string{"XPS-60-9672", "Fakeford Distribution Center", "Fake Freight Ltd", "_0dc3fa50442b463b457b0b9ca0ea0323cf539869", "Scrum Master", "a7c3f1e2-fake-id", `Name="customer_name"`}}})
}

const qpHead = "From: Fake Notifications <no-reply@shop.example>\r\nTo: support@shop.example\r\nSubject: ticket\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"

func TestSegments17QuotedPrintable(t *testing.T) {
	checkSegCases(t, []segCase{
		// a secret and a card broken by soft line breaks
		{qpHead + "Saludos,\r\ntel=C3=A9fono: +34 600 00 00 00 / pwd bFkj8=\r\nrFak3* / card 4111 1111 11=\r\n11 1111 / ok", []string{"rFak3*", "bFkj8", "1111 1111"}, []string{"Saludos,"}},
		// a street written with escapes ("=C5=82" is "ł")
		{qpHead + "Z powa=C5=BCaniem,\r\nadres: ul. Fak=\r\nowa 44/12, 15-558 =C5=81=C3=B3d=C5=BA / tracking LX456654040CN", []string{"ul. Fak", "owa 44/12"}, []string{"LX456654040CN"}},
		// an e-mail address with its '@' escaped
		{qpHead + "reply to fakira.fakeova=40example.com please", []string{"fakira.fakeova"}, nil},
	})
}

func TestSegments17QPStaysSilent(t *testing.T) {
	in := qpHead + "request id 290a5c74-d8eb-42c4-bf6b-49571657b991; rma number RMA-2026-107882=\r\n; brand: Fakeio; total =E2=82=AC93=\r\n.470,25; sku FK-2231-BL"
	checkSegCases(t, []segCase{{in, nil, []string{"290a5c74-d8eb-42c4-bf6b-49571657b991", "RMA-2026-107882", "Fakeio", "FK-2231-BL"}}})
}

func TestSegments17MailboxNames(t *testing.T) {
	checkSegCases(t, []segCase{
		{"Received: from fake-gw (10.0.0.1)\r\nFrom: \"Álvaro Fakero Fakández\" \r\nTo: support@shop.example\r\n", []string{"Fakero"}, nil},
		{`{"email.raw":"From: \"Kiss Fakó\" \r\nTo: support@shop.example\r\n"}`, []string{"Fakó"}, nil},
		// services, shops and firms are no persons
		{"From: \"Fake Shop Support\" \r\nCc: \"Fakeworks GmbH\" \r\nSubject: \"Fakira Fakeova\" asked again\r\n", nil,
			[]string{"Fake Shop Support", "Fakeworks GmbH", "Fakira Fakeova"}},
	})
}

func TestSegments17OCRLabels(t *testing.T) {
	checkSegCases(t, []segCase{
		// labels garbled by the scanner: digits for letters, 'c' for 'e', a
		// space inside; values after a column gap, a spaced full stop or a
		// colon with no space
		{"REPRINT REQUESTED\nc 1icntc  Fakira Fakeova\nship date  07/02/2028\n", []string{"Fakeova"}, []string{"07/02/2028"}},
		{"RELEA5ED BY CU5TOM5\nKundc  J. Fakewicz\nnct wcight . 608.3 KGM\n", []string{"Fakewicz"}, []string{"608.3 KGM"}},
		{"ENTRY FILED\nte1ef0n:502 000 507\nNam e:Fakira Fakeova\nadres . ul. Fakowa 153/12, 57-562 Fakowo\nH5C0dc  8517.13.00\n", []string{"502 000 507", "Fakowa 153/12", "Fakeova"}, []string{"8517.13.00"}},
		{"LABEL RENDERED\ncontact phone: OO39 3000000827\nparcel . 1Z999AA10123456784\n", []string{"3000000827"}, []string{"1Z999AA10123456784"}},
		{"ID SCAN\nkund e:Fakowski, Jan\nc0ntaincr . CMAU9365719\n", []string{"Fakowski"}, []string{"CMAU9365719"}},
		{"OVERTIME APPROVED\nshipstation api sccrct . 8299e74752ae0967313477378c0691f4\nstaff id  E510412\n", []string{"8299e74752ae0967313477378c0691f4"}, []string{"E510412"}},
	})
}

func TestSegments17OCRStaysSilent(t *testing.T) {
	in := "COMMERCIAL INVOICE GENERATED\npassw0rd  p01icy:rma_approved_v2\npassword policy  ADR-0048213\naddrcss  id: address_book_v4\nsupp 1icr namc:Fakeworks Logistics Ltd\nsitc  Hub Fakeville Terminal\nph0nc m0dc1: BP-964X\nemail template . password_reset_v3\n"
	checkSegCases(t, []segCase{{in, nil, []string{"rma_approved_v2", "ADR-0048213", "address_book_v4", "Fakeworks Logistics Ltd", "Hub Fakeville Terminal", "BP-964X", "password_reset_v3"}}})
}
