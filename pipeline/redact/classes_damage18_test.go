package redact

import (
	"strings"
	"testing"
)

// Look-alikes of the back office, read by class (damage18_*.go): an event's
// header with a PII word in front ("address book entry edited: …"), a
// phone word a few words before an id or an amount, a header map's next
// field after a recipient's comma, a UN/LOCODE or a warehouse in an XML
// element or after a destination phrase, an amount's decimal comma, a
// production lot, "Pan" inside a product's name, goods in a header-less
// row, occupations side by side, a soft line break of quoted-printable
// inside an id or a value, a network address read by an address key to
// its comma, and a numbered key ("ship to 2:"). Real values of the same
// shapes stay masked. All values are made up.

// checkSurvives fails when r changes s.
func checkSurvives(t *testing.T, r *Redactor, ss []string) {
	t.Helper()
	for _, s := range ss {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %q\n out: %q", s, got)
		}
	}
}

// checkMasked fails when r leaves any of the values of a case in its text.
func checkMasked(t *testing.T, r *Redactor, cases [][]string) {
	t.Helper()
	for _, c := range cases {
		got := r.String(c[0])
		for _, v := range c[1:] {
			if strings.Contains(got, v) {
				t.Errorf("%q survives:\n in:  %q\n out: %q", v, c[0], got)
			}
		}
		if again := r.String(got); again != got {
			t.Errorf("not idempotent:\n once:  %q\n twice: %q", got, again)
		}
	}
}

// Class: a PII word that names the record an event is about ("address
// book", "customer profile", "order contact") followed by the event up to
// a colon heads a message whose fields carry their own labels.
func TestDamage18EventHeaderIsNoKey(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"address book entry edited: job title Judge / src ip: 203.0.113.17 / correlation id f00d",
		"address book entry edited: position Sommelier, product title: Qortex Glove, ticket id FD-000001",
		"address book entry edited: email template rma_approved_v2; event id: 0000-1111",
		"address book entry edited position: Barista, remote_addr: 192.0.2.37",
		"customer profile changed: brand Zyxwv, emp no WH-STAFF-0001",
		"customer master synced: cost center CC-0001. ship date: 18 Jan 2028.",
		"customer not at home: part number XPS-00-0000. status OPEN",
		"order contact updated: shopify order id 6000000000001 / order id #10001",
	})
	checkMasked(t, r, [][]string{
		{"address updated: 12 Qortex Street, Leeds LS1 4AB", "Qortex Street"},
		{"customer changed: Ana Lima", "Lima"},
		{"customer profile changed: name สมหญิง ศรีสุข - status 1", "ศรีสุข"},
		{"customer profile changed: telefone (71) 3900-0001 - status 1", "3900-0001"},
		{"order contact updated: klant Emma Janssen / x", "Janssen"},
		{"customer profile changed: Ana Lima / status 1", "Lima"},
		{"order 825931: address rejected by geocoder: 6734 qortexvár, dózsa györgy út 228. (buyer x)", "qortexvár"},
		{"address updated: qortexton close 12, Leeds", "qortexton"},
	})
}

// Class: the word right before digits names them (an id, a date, a code,
// an amount), whatever phone word ("contact", "call") stands a few words
// earlier.
func TestDamage18IDWordAfterPhoneWord(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"callback scheduled: refund amount 64000.28; visit date: 21.10.2025",
		"agent notes call transcribed: amount 31000.48 USD; ship date 02/03/2027",
		"call transcribed: account code 6400-301; window 08:45-17:00",
		"call transcribed: item upc: 074000000428; status OPEN",
	})
	checkMasked(t, r, [][]string{
		{"please call me at 0812 0000 0001 after 5pm", "0812 0000 0001"},
		{"contact updated: mobile 0812-0000-0002", "0812-0000-0002"},
	})
}

// Class: in a header map written "Key: value, Key: value", the text after
// a comma is the next field, never the rest of a recipient's address.
func TestDamage18HeaderMapFields(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"sshd accepted publickey headers={X-Ship-To: Qortex Fulfilment Centre, X-Manufacturer: Zyxwv, X-Pod: erp-sync-00000-1, X-Status: 422 Unprocessable Entity}",
		"mapping applied headers={X-Supplier: Qortex Line, X-Host: edi-gw-00.int, X-Iban-Status: ADR-0000001, X-Http-Status: HTTP 502}",
	})
	checkMasked(t, r, [][]string{
		{"headers={X-Ship-To: Jane Qortexová, 12 Main Street, Leeds LS1 4AB, X-Host: edi-gw-00.int}", "Main Street"},
	})
}

// Class: a UN/LOCODE or a facility's name is no address, in an XML element
// named for an address, after a destination phrase up to its comma, and
// after a numbered key ("ship to 2:").
func TestDamage18SitesAreNoAddress(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"<CdtTrfTxInf><ShipTo>DEHAM</ShipTo><Checksum>c6c9</Checksum></CdtTrfTxInf>",
		"<VisitDate>28.01.2028</VisitDate><ShipTo>Qortex Hub</ShipTo><ShipDate>20260709</ShipDate>",
		"wave released: SKU SKU-HV-0000-XL, ship to Zyxwv Distribution Center, carton size 75x46x47 mm",
		"SHORT PICK REPORTED\nship to 2: USLGB\nstatus: OPEN",
	})
	checkMasked(t, r, [][]string{
		{"<ShipTo>12 Qortex Street, Leeds LS1 4AB</ShipTo>", "Qortex Street"},
		{"wave released: ship to 7 Qortex Road, Leeds LS1 4AB, carton size 1x2x3 mm", "Qortex Road"},
		{"ship to: 12 Qortex Street, Leeds", "Qortex Street"},
	})
}

// Class: digits on both sides of a comma without a space are one number
// (an amount's decimals), no cell of a row to read as a secret.
func TestDamage18DecimalCommaIsNoCell(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"ST*856*0001~REF*PO*€41.820,45~REF*CN*₺74.214,33~REF*BM*LB-00000-BLK~REF*IA*BILL-00001~SE*9*0001~",
	})
}

// Class: "lot" and one code of letters and four digits or more is a
// production lot, no plot of an address.
func TestDamage18LotCodeIsNoAddress(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"pick list printed: phone model: WH-1000XM5; location B18-R1-L3; lot LOT 00S0000; posting date: 13.03.2026",
		"status HTTP 502, site Qortex Fulfilment Centre, lot L2026-000, x",
	})
	if !lotCode18("lot L2026-913") || lotCode18("Lot 5 Blk 3") || lotCode18("Lot 12A") {
		t.Error("lotCode18")
	}
}

// Class: a one-word intro ("Pan", Polish Mr) capitalised right after a
// capitalised word is inside a product's name.
func TestDamage18IntroInsideGoods(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		`"helpdesk.product":"Grill Pan Air"`,
		`"product_name_2":"Qortex Pizza Pan Pilot"`,
	})
}

// Class: goods in a header-less row (a title ending in a noun of goods, no
// known name's word), and occupations or a company side by side, are no
// person's name.
func TestDamage18RowGoodsAndTrades(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"2025年2月23日,Manager,6503µs,Hairdresser,深圳市海川贸易有限公司",
		"20250208;Qortex Co., Ltd.;8a1e6402;Sailor;Musician;\"Nail Technician\"",
	})
	for _, c := range [][2]string{
		{"ana.fake@example.com;AWAITING_INSPECTION;\"Reliable Pipe\";\"EUR 74946.61\";RET-UV-00001", "Reliable Pipe"},
		{"ana.fake@example.com;VISA_DEBIT;1768994440676;\"Delicate Garden Hose\"", "Delicate Garden Hose"},
	} {
		if got := r.String(c[0]); !strings.Contains(got, c[1]) {
			t.Errorf("goods damaged:\n in:  %q\n out: %q", c[0], got)
		}
	}
	if goodsTitle18("Maria Bag") || !goodsTitle18("Elegant Vacuum Bag") {
		t.Error("goodsTitle18")
	}
}

// Class: a soft line break of quoted-printable inside an id or at the end
// of a value: the text as written holds no phone, name or address there
// unless the decoded body does.
func TestDamage18SoftBreakSplitsValue(t *testing.T) {
	r := newDamageRedactor(t)
	head := "Content-Transfer-Encoding: quoted-printable\r\n\r\nHello,\r\n"
	checkSurvives(t, r, []string{
		head + "AmazonOrderId 124-547=\r\n6207-3745030; awb TBA0000000001",
		head + "rma RMA000001 / contact: Qortex Harbor =\r\nCustoms Brokers; brand: Zyxwv",
		head + "brand: Zyxwv; ship to Qortex Logisti=\r\ncs Park; ship date: 10 Jul 2028",
		head + "rma RMA000002 / remote addr: 10=\r\n.229.246.36 / pod: erp-sync-0",
	})
	checkMasked(t, r, [][]string{
		{head + "customer: Jane Qortexo=\r\nva; phone 0812-0000-=\r\n0003 ok", "Qortexo", "0003"},
		{head + "address Jl. Qortex Subroto Kav. 69, Surabaya 47186 / =\r\nremote addr 192.0.2.1", "Qortex Subroto"},
		{head + "ship to 12 Qortex Str=\r\neet, Leeds", "Qortex"},
		{head + "tarjeta 36388341314554 - enviar a Calle Qortex, 99, 64379 Zaragoza - order re=\r\nf 113-0000000-0000000", "Qortex"},
		{head + "remote addr: 192.0.2.53. address Blk 4 Lot 235 Qortex Ave. tracking =\r\n1Z350MS249997025", "Qortex"},
		{head + "shipping address Flat 157, Qortex Nagar, Chennai 537983, SENDGRID API KEY =\r\nSG.yFfO4ZaQC77tFt8RW8nHBl.mTFPSzQLcv", "Qortex"},
	})
}

// Class: a network address read by an address key up to the next comma is
// no postal address.
func TestDamage18NetworkAddressBeforeComma(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"customer profile changed: remote addr: 172.0.69.77, AmazonOrderId 121-0000000-0000000",
	})
	checkMasked(t, r, [][]string{
		{"attachment stored: remote addr: 192.0.2.221, Siti Qortexa, rma number RMA-2026-000001", "Qortexa"},
	})
}

// Class: the pairs of a MAC address are no key and its value ("ad" is a
// given name's key in Turkish).
func TestDamage18MACPairsAreNoKey(t *testing.T) {
	r := newDamageRedactor(t)
	checkSurvives(t, r, []string{
		"hs_code=9503.00 mac=ad:de:19:ae:f8:73",
		"device_mac=d2:2f:ad:be:69:82&item=Qortex",
	})
	checkMasked(t, r, [][]string{
		{"ad: Ayşe soyad: Qortexoğlu", "Qortexoğlu"},
	})
}
