package redact

import "testing"

// A display name or a subject written as RFC 2047 encoded words is read
// decoded: the encoded words that carry a name go whole (B and Q, UTF-8 and
// Latin-1, several words joined, a line folded between them, in a JSON
// string); a subject of no PII, a boundary and a message id stay.
func TestMM31EncodedWords(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"To: =?UTF-8?B?RmVubmEgUXVpc3RvcnA=?= <orders@shop.example>\r\nSubject: hi", "RmVubmEgUXVpc3RvcnA"},
		{"To: =?ISO-8859-1?Q?Br=FCnnhild_Oswaldt?= <orders@shop.example>\r\nSubject: hi", "Br=FCnnhild_Oswaldt"},
		{"To: =?UTF-8?B?w5NybGEgTsOtbWhuZWFjaA==?= <orders@shop.example>", "w5NybGEgTsOtbWhuZWFjaA"},
		{"Cc: =?UTF-8?B?0KLQtdGB0YLQvtCy0LAg0JPQsNC90L3QsA==?= <cc@shop.example>", "0KLQtdGB0YLQvtCy0LAg0JPQsNC90L3QsA"},
		{"To: =?UTF-8?Q?Fenna?=\r\n =?UTF-8?Q?_Quistorp?= <orders@shop.example>", "Quistorp"},
		{`{"raw":"From: a@shop.example\r\nTo: =?UTF-8?B?RmVubmEgUXVpc3RvcnA=?= <orders@shop.example>\r\nSubject: =?UTF-8?B?UmU6IFlvdXIgb3JkZXI=?=\r\n`, "RmVubmEgUXVpc3RvcnA"},
		{"Subject: =?UTF-8?B?UsO8Y2tydWYgYW4=?= =?UTF-8?B?ICs0OSAxNTIzIDQ1Njc4OTA=?=\r\nX-Id: 1", "ICs0OSAxNTIzIDQ1Njc4OTA"},
	}, []struct{ in, value string }{
		{"To: =?UTF-8?B?RmVubmEgUXVpc3RvcnA=?= <orders@shop.example>\r\nSubject: =?UTF-8?B?UmU6IFlvdXIgb3JkZXI=?=\r\n", "Subject: =?UTF-8?B?UmU6IFlvdXIgb3JkZXI=?="},
		{"Subject: =?UTF-8?B?UsO8Y2tydWYgYW4=?= =?UTF-8?B?ICs0OSAxNTIzIDQ1Njc4OTA=?=\r\nX-Id: 1", "=?UTF-8?B?UsO8Y2tydWYgYW4=?="},
		{"Message-ID: <5e1f0a.77@mail.shop.example>\r\nTo: =?UTF-8?B?RmVubmEgUXVpc3RvcnA=?= <orders@shop.example>", "<5e1f0a.77@mail.shop.example>"},
		{"Content-Type: multipart/alternative; boundary=\"----=_Part_1234_5678.9012\"\r\nTo: =?UTF-8?B?RmVubmEgUXVpc3RvcnA=?= <o@shop.example>", "----=_Part_1234_5678.9012"},
		{"Subject: =?UTF-8?Q?Sendung_unterwegs?= (3 Pakete)", "=?UTF-8?Q?Sendung_unterwegs?="},
		{"Subject: =?X-UNKNOWN?B?RmVubmEgUXVpc3RvcnA=?= ok", "=?X-UNKNOWN?B?RmVubmEgUXVpc3RvcnA=?="},
		{"checksum=?sha256?=abc", "checksum=?sha256?=abc"},
	})
}

// A quoted-printable body logged inside a JSON string (its line breaks
// escaped, the string cut off) is read decoded as a raw one is; the
// boundary written "=3D" stays.
func TestMM31EscapedQP(t *testing.T) {
	head := `{"email.raw":"Subject: hi\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`
	cred27Check(t, []struct{ in, secret string }{
		{head + `boundary ----=3D_Part_61_72.1\r\ndeliver to Lindenstra=C3=9Fe 12, 10115 Berl=\r\nin\r\nsku A-1`, "Lindenstra=C3=9Fe 12"},
		{head + `ship-to: =CE=9F=CE=B4=CF=8C=CF=82 =CE=A4=CE=AD=CF=83=CF=84 12, 105 51 =CE=91=CE=B8=CE=AE=CE=BD=CE=B1\r\norder id 5`, "=CE=9F=CE=B4=CF=8C=CF=82"},
	}, []struct{ in, value string }{
		{head + `boundary ----=3D_Part_61_72.1\r\ndeliver to Lindenstra=C3=9Fe 12, 10115 Berl=\r\nin\r\nsku A-1`, "----=3D_Part_61_72.1"},
		{head + `amount 1619,77 z=C5=82\r\ngtin 6905790874180\r\n`, "6905790874180"},
	})
}

// Partner XML's phone numbers named by a communication-means code
// (schemeID="TE"/"AL"/"FX") or by a phone element around a CDATA section
// go, however they are grouped; an e-mail's code, an SSCC or an order id
// in a CDATA section stay.
func TestMM31CommXML(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`<Communication><ID schemeID="TE">49301234567</ID></Communication><Date>20240511</Date>`, "49301234567"},
		{`<Communication><ID schemeID="AL">+36 30 555 0199</ID></Communication>`, "30 555 0199"},
		{`{"xml":"<Communication><ID schemeID=\"FX\">4940555012</ID></Communication>"}`, "4940555012"},
		{`<ns2:Phone><![CDATA[380675550123]]></ns2:Phone><ns2:Sku>A-1</ns2:Sku>`, "380675550123"},
		{`<ns2:BuyerMobile><![CDATA[5511955501234]]></ns2:BuyerMobile>`, "5511955501234"},
	}, []struct{ in, value string }{
		{`<Communication><ID schemeID="EM">4940555012</ID></Communication>`, "4940555012"},
		{`<ns2:Sscc><![CDATA[00356772201051458187]]></ns2:Sscc>`, "00356772201051458187"},
		{`<ns2:OrderId><![CDATA[5829252173730]]></ns2:OrderId>`, "5829252173730"},
		{`<ID schemeID="TE">v2.17.8</ID>`, "v2.17.8"},
	})
}

// An address line named for its place in the address (<Line>, <Line1>,
// UBL's <cbc:Line>) right inside an address's element goes; a <Line> of
// goods stays.
func TestMM31AddressLine(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`<Consignee><Address><Line>Havelgasse 12, 1010 Wien</Line></Address></Consignee>`, "Havelgasse 12"},
		{`<cac:AddressLine><cbc:Line>1464 Szeged</cbc:Line></cac:AddressLine>`, "1464 Szeged"},
		{"<PostalAddress>\n  <Line1>4 Quarry Lane, Leeds LS2 7EX</Line1>\n</PostalAddress>", "4 Quarry Lane"},
	}, []struct{ in, value string }{
		{`<Product><Line>Jasmine Green Tea 200g</Line></Product>`, "Jasmine Green Tea 200g"},
		{`<Invoice><Line>3</Line><Amount>12.50</Amount></Invoice>`, "<Line>3</Line>"},
	})
}
