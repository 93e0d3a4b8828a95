package redact

import "testing"

// Names under the keys of back-office documents that say what part the
// person plays, not that they hold a name: a label's "to_name", a pick
// list's "deliver_to", an invoice's "bill_to", a customs entry's
// "importer_of_record", a vendor's "legal_representative", a payroll
// record's "employee_name", a directory's "cn" and joined "givenName_sn",
// an X12 party flattened to "N1_ST", an ERP's "partner_name". Companies,
// warehouses, ports and job titles under the same keys stay.
func TestClassNameRoleKeys17(t *testing.T) {
	checkClasses(t, []classCase{
		{"to_name in kv", `label created to_name="Jonas Fakewagner" carrier=DHL weight=1.2`, "Fakewagner", []string{"carrier=DHL"}},
		{"deliver_to, family in capitals", `pick printed deliver_to="FAKEBINTI Amira" slot=09:45-13:15`, "FAKEBINTI", []string{"slot=09:45-13:15"}},
		{"bill_to, family first", `{"payload":"{\"bill_to\":\"Fakemedina, Benjamín\",\"po\":\"PO93959938\"}"}`, "Fakemedina", []string{"PO93959938"}},
		{"importer of record, hebrew", `entry filed importer_of_record="תמר פייקמן" hs=8471.30`, "פייקמן", []string{"hs=8471.30"}},
		{"legal representative in a URL", "/hooks/supplier/contacts?legal_representative=Hugo+Fakeménez&serial=0FT4659AR89J", "Fakeménez", []string{"0FT4659AR89J"}},
		{"employee name, malay", `employee record updated employee_name="Amir bin Fakerahman" payout=queued`, "Fakerahman", []string{"payout=queued"}},
		{"N1_ST, thai", "810 invoice sent N1_ST: วรวุฒิ เฟคดี, UPC: 010983309236", "เฟคดี", []string{"010983309236"}},
		{"cn, cyrillic", `{"contact":{"cn":"Марія Фейкова","upn":"x@example.com"}}`, "Фейкова", nil},
		{"partner name, han", `{"customer":{"partner_name":"陳詠菲","number":"12"}}`, "陳詠菲", nil},
		// look-alikes that stay
		{"bill_to company", `{"bill_to":"Kestrel Fakeparts Inc.","po":"PO1"}`, "", []string{"Kestrel Fakeparts Inc."}},
		{"importer company", `importer_of_record="Fakelopez Customs Brokers LLC" hs=8471.30`, "", []string{"Fakelopez Customs Brokers LLC"}},
		{"deliver_to warehouse", `deliver_to="DC Fakeln Park" slot=1`, "", []string{"DC Fakeln Park"}},
		{"deliver_to port", `deliver_to=NLRTM slot=1`, "", []string{"NLRTM"}},
		{"cn of a group in a DN", "member added to cn=Night Shift,ou=groups,dc=shop,dc=example", "", []string{"cn=Night Shift"}},
		{"cn of a certificate", `tls handshake cn=api.fakeshop.example issuer=R3`, "", []string{"cn=api.fakeshop.example"}},
		{"partner company", `{"partner_name":"Fakenord Logistik GmbH","number":"12"}`, "", []string{"Fakenord Logistik GmbH"}},
		{"sender brand", `config loaded sender=Fakey Lauren password=x`, "", []string{"sender=Fakey Lauren"}},
	})
	checkEventClasses(t, []classCase{
		{"event to_name", `{"@timestamp":"2026-12-01T00:00:00Z","message":"reprint requested","label.to_name":"Lefèvre, Léa","label.tracking":"LX417086075CN"}`, "Lefèvre", []string{"LX417086075CN"}},
		{"event givenName_sn", `{"@timestamp":"2026-12-01T00:00:00Z","message":"login succeeded","sso.givenName_sn":"N. binti Fakehassan"}`, "Fakehassan", nil},
		{"event N1_ST, han", `{"@timestamp":"2026-12-01T00:00:00Z","message":"850 received","edi.N1_ST":"张欣菲","edi.pol":"KRPUS"}`, "张欣菲", []string{"KRPUS"}},
		// look-alikes that stay
		{"event deliver_to job title", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","wms.deliver_to":"Warehouse Manager"}`, "", []string{"Warehouse Manager"}},
		{"event givenName_sn of a service", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","sso.givenName_sn":"svc_order_sync"}`, "", []string{"svc_order_sync"}},
	})
}

// A bare "name" of a flattened event ("wms.name", "audit.name") beside a
// sibling that holds a person's phone, e-mail, address or card. The same
// key holding a product's or a warehouse's name, or standing beside no
// person's data, stays.
func TestClassNameSiblings17(t *testing.T) {
	checkEventClasses(t, []classCase{
		{"beside a phone", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","wms.name":"FAKEDOOLEY, Donna","wms.phone_number":"+1 555 201 3344"}`, "FAKEDOOLEY", nil},
		{"beside an address, arabic", `{"@timestamp":"2026-12-01T00:00:00Z","message":"pick list printed","wms.name":"محمد الفيكي","wms.shipping_address":"12 Fake Street"}`, "الفيكي", nil},
		{"beside an e-mail, family first", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","label.name":"Fakewagner, Jonas","label.contact_email":"j@example.com"}`, "Fakewagner", nil},
		{"beside a card, han", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","ocr.name":"伊藤陽菲","ocr.cc_number":"4111111111111111"}`, "伊藤陽菲", nil},
		// look-alikes that stay
		{"product name beside a phone", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","wms.name":"Glass Decanter","wms.phone_number":"+1 555 201 3344"}`, "", []string{"Glass Decanter"}},
		{"warehouse beside a phone", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","wms.name":"Kepler Fulfilment Centre","wms.phone_number":"+1 555 201 3344"}`, "", []string{"Kepler Fulfilment Centre"}},
		{"no person's data", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","audit.name":"Amelia Fakethornton","audit.ticket_id":"FD-181901"}`, "", []string{"Amelia Fakethornton"}},
	})
}

// Names as items of a message's list (" / ", " - ", "; ", ", ", ". "), bare
// in a list that holds other PII or after a person's label without a
// colon ("contact name", "buyer name", "customer"), in several scripts and
// orders. Products, companies, warehouses, job titles and a thing's label
// stay; a list without PII keeps its bare items.
func TestClassNameItems17(t *testing.T) {
	checkClasses(t, []classCase{
		{"greek, between full stops", "xero synced. IBAN DE89 3704 0044 0532 0130 00. Κώστας Φέικης. eventTimeMs 1766788544257", "Φέικης", []string{"eventTimeMs 1766788544257"}},
		{"family first between slashes", "W-8BEN received: port of loading NLRTM / Fakeionescu, Ștefan / remit to iban: DE89 3704 0044 0532 0130 00 / ticket: CASE-9", "Fakeionescu", []string{"NLRTM", "CASE-9"}},
		{"korean between commas", "carrier label created: weight 101.9 KGM, 최서페, client ip: 203.12.151.186, 회신 번호 010-1234-5678", "최서페", []string{"101.9 KGM", "203.12.151.186"}},
		{"initial after a message's verb", "label printed on zebra-03: F. bin Fakeosman. order ref: 169-7551975-5588516. telefon +60 12-345 6789", "Fakeosman", []string{"169-7551975-5588516"}},
		{"thai between dashes", "held for inspection: โทร: 081 234 5678 - กมลชนก เฟคดี - pol GBFXT", "เฟคดี", []string{"pol GBFXT"}},
		{"family in capitals", "backup completed / card 4111 1111 1111 1111 / contact name FAKESECA Rodrigo", "FAKESECA", nil},
		{"buyer name, hangul", "refund: phone 010-1234-5678. buyer name 이하페. emp no: EMP-92509", "이하페", []string{"EMP-92509"}},
		{"polish label with a colon", "tax id DE874260274. klient: Hanna Fakeńska. karta: 4111 1111 1111 1111", "Fakeńska", []string{"DE874260274"}},
		{"an initial and a family name", "reprint requested: order ref 138-6891486-5906732. D. Fakefield. phone +1 415 555 2671", "Fakefield", []string{"138-6891486-5906732"}},
		// look-alikes that stay
		{"products and companies in a list with PII", "phone +1 415 555 2671 / Glass Decanter / Warehouse Manager / Kestrel Fakeparts / Fakemann & Söhne GmbH", "", []string{"Glass Decanter", "Warehouse Manager", "Kestrel Fakeparts", "Fakemann & Söhne GmbH"}},
		{"warehouse in a list with PII", "street 12 Main Street. site DC Fakeln Park. gross weight 272.1 lb", "", []string{"DC Fakeln Park", "272.1 lb"}},
		{"thing label's value", "phone +1 415 555 2671 / supplier: Donna Fakeparts / brand: Anker", "", []string{"supplier: Donna Fakeparts"}},
		{"speaker tag", "[00:00:33] AGENT: item description?\n[00:00:40] CUSTOMER: Quick Tack\n[00:00:44] AGENT: phone +1 415 555 2671?", "", []string{"Quick Tack"}},
		{"csv cell", "job_title,street\n\"Dog Walker\",\"12 Main Street\"", "", []string{"Dog Walker"}},
		{"no PII in the list", "deploy finished / Κώστας Φέικης / version v1.2.3", "", []string{"Κώστας Φέικης"}},
		{"cities in a list with PII", "refund → IBAN DE89 3704 0044 0532 0130 00; 名古屋市中区; hub 43172", "", []string{"名古屋市中区"}},
		{"a person's town", "recipient absent; x@example.com, Κώστας Φέικης, Νέα Σμύρνη; hub 43172", "Φέικης", []string{"Νέα Σμύρνη"}},
	})
}
