package redact

import "testing"

// A CSV column whose header is a person's role key or a word for a
// customer that the key tables do not read as a name's key
// ("importer_of_record", "deliver_to", "legal_representative",
// "employee_name", "client", "客户"): its cells are names when shaped as
// one. Companies, warehouses and job titles under the same headers stay.
func TestClassRoleColumns18(t *testing.T) {
	checkClasses(t, []classCase{
		{"importer of record", "receiver_id,importer_of_record,doc_number\nR-1,\"Kyla Fakewashington\",BILL-78984", "Fakewashington", []string{"BILL-78984"}},
		{"deliver_to, family first", "telephone,weight,deliver_to,amazon_order_id\n\"+31 6 12345678\",\"68.3 lb\",\"Fakejanssen, Mila\",113-2818431-5047499", "Fakejanssen", []string{"113-2818431-5047499", "68.3 lb"}},
		{"legal representative, arabic", "phone;legal_representative;ticket_id\n+966501234567;\"الفيكي, عبدالله\";ZD-90056", "الفيكي", []string{"ZD-90056"}},
		{"employee name, hangul", "account_code;contact_email;employee_name;position\n\"GL 920715\";a@example.com;조가짜;Contractor", "조가짜", []string{"Contractor", "GL 920715"}},
		{"client column", "client,order,total\nJonas Fakewagner,SO-1,12.50", "Fakewagner", []string{"SO-1", "12.50"}},
		// look-alikes that stay
		{"importer company", "importer_of_record,mobile\n\"Fakelopez Customs Brokers LLC\",+34 612 345 678", "", []string{"Fakelopez Customs Brokers LLC"}},
		{"deliver_to warehouse", "deliver_to,sku\n\"DC Fakeln Park\",SKU-1", "", []string{"DC Fakeln Park"}},
		{"owner team", "owner,team,status\nPlatform Team,payments,ACTIVE", "", []string{"Platform Team"}},
		{"a brand's owner", "brand_owner,segment,vid\nMichael Fakekors,Nordstan,232927319", "", []string{"Michael Fakekors"}},
	})
}

// The label of an OCR line that names the document's person with a word
// the key tables do not read as a name's key ("client", "klient",
// "khách hàng", "客户", "ลูกค้า", "ügyfél"), as written or garbled by the
// scanner ("k1icnt", "cli ent", "bi11 t0", "rcccivcr", "t0 namc"). A
// company, a job title or a warehouse on such a line stays.
func TestClassOCRPersonLabels18(t *testing.T) {
	checkClasses(t, []classCase{
		{"garbled klient", "LABEL CREATED\nk1icnt:Fakowalczyk, Szymon\nport of loading:GBFXT\n", "Fakowalczyk", []string{"GBFXT"}},
		{"client, clean", "SCAN ATTACHED\ninvoice no . FV/2026/12/35335\nclient: Andrei Fakegheorghiu\nh s code: 6109.10.0010\n", "Fakegheorghiu", []string{"6109.10.0010"}},
		{"client split by a space", "SCAN ATTACHED\ncli ent:Andrei Fakegheorghiu\ntotal . $55,998.44\n", "Fakegheorghiu", []string{"$55,998.44"}},
		{"bill to garbled", "ID SCAN VERIFIED\nbi11 t0 . Isla Fakerowntree\ntariff c0 dc  6109.10.0010\n", "Fakerowntree", []string{"6109.10.0010"}},
		{"receiver garbled", "RELEASED BY CUSTOMS\nnet weight: 581.7 kg\nrcccivcr: Sofia Fakerusso\n", "Fakerusso", []string{"581.7 kg"}},
		{"to name garbled", "LABEL RENDERED\nt0 namc . Kiss Fakebence\nd ims . 67x36x57 mm\n", "Fakebence", []string{"67x36x57 mm"}},
		{"vietnamese label", "REPRINT REQUESTED\nkhách hàng . Đặng Giả Quang\nawb . 9400 1162 0348 7353 5253 02\n", "Giả", []string{"9400 1162 0348 7353 5253 02"}},
		{"thai label with vowel signs", "LABEL PRINTED\nลูกค้า:ธนพล ปลอมทอง\nhub  Magellan Cross-Dock\n", "ปลอมทอง", []string{"Magellan Cross-Dock"}},
		{"chinese label", "LOW CONFIDENCE FIELDS\n客户:欧阳假名\nean:8726542647832\n", "欧阳假名", []string{"8726542647832"}},
		{"hungarian label", "SEPA FILE CREATED\nügyfél:Kiss Fakezsófia\nro le . Mechanic\n", "Fakezsófia", []string{"Mechanic"}},
		// look-alikes that stay
		{"client version", "LOW CONFIDENCE FIELDS\nclient ver sion:v7.15.3\nean:8726542647832\n", "", []string{"v7.15.3"}},
		{"client, a company", "SCAN ATTACHED\nclient: Fakenord Logistik GmbH\nean:8726542647832\n", "", []string{"Fakenord Logistik GmbH"}},
		{"client, a job title", "SCAN ATTACHED\nc1icnt . Garbage Collector\nean:8726542647832\n", "", []string{"Garbage Collector"}},
	})
}

// A person's name changed in a back-office record written as a sentence:
// the field (a name's key, a person's role key or a word for a customer)
// before "from" or before the verb, the old and new values after the words
// of "from" and "to", in the staff's languages; a name's marker on one side
// is evidence for the other. Changes of companies, carriers and statuses,
// and moves between places, stay.
func TestClassNameChangeSentence18(t *testing.T) {
	checkClasses(t, []classCase{
		{"contact name of a customer", `user cs-agent-29 changed contact name of customer C-33491 from Fakegomez Pereyra, Mateo to Thiago Fakeaguirre contact="Garbage Collector" staff_id=E522287`, "Fakegomez", []string{"staff_id=E522287", "C-33491", "Garbage Collector"}},
		{"the new side", `user cs-agent-29 changed contact name of customer C-33491 from Fakegomez Pereyra, Mateo to Thiago Fakeaguirre contact="Garbage Collector" staff_id=E522287`, "Fakeaguirre", nil},
		{"customer changed", "customer changed from FAKERICHARDS Deangelo to Fakewhite, Hugh sales_record=67-11898-59319", "Fakewhite", []string{"sales_record=67-11898-59319"}},
		{"primary contact, capitals", "user finance.lead changed primary contact of customer C-41860 from FAKEGLOVER Danny to Karen Fakeedwards tiktok_order_id=577829668762398290", "FAKEGLOVER", []string{"577829668762398290"}},
		{"vietnamese", "khách hàng đã đổi từ Bùi Giả Hùng thành Đặng Giả Khánh ticket=GRG-42859", "Khánh", []string{"ticket=GRG-42859"}},
		{"greek", "πελάτης άλλαξε από Δημήτρης Ψευδίδης σε Ελένη Ψευδοπούλου case_id=ZD-62553", "Ψευδοπούλου", []string{"case_id=ZD-62553"}},
		{"indonesian", "pelanggan diubah dari Nurul Palsuwan menjadi Siti Palsuputra company=\"Nordwind Logistik GmbH\"", "Palsuputra", []string{"Nordwind Logistik GmbH"}},
		{"italian", "cliente modificato da Leonardo Fintorusso a L. Fintoricci rma=RMA-2026-790303", "Fintoricci", []string{"rma=RMA-2026-790303"}},
		{"han names", "user ops.admin changed full name of customer C-20565 from 張假文 to 林假欣 correlation_id=28a09ccd", "林假欣", []string{"correlation_id=28a09ccd"}},
		{"beside a marker", "user ops.admin changed BillAddr Name of customer C-46522 from [REDACTED:name] to Siti Fakesetiawan due_date=10.04.2028", "Fakesetiawan", []string{"due_date=10.04.2028"}},
		// look-alikes that stay
		{"a company's change", "user ops.admin changed company of customer C-1 from Acme Fakefoods to Beta Fakelabs ref=1", "", []string{"Acme Fakefoods", "Beta Fakelabs"}},
		{"a carrier's change", "user ops.admin changed carrier of order 1234 from Royal Mail to Parcel Force ref=1", "", []string{"Royal Mail", "Parcel Force"}},
		{"a status", "status changed from Awaiting Pickup to In Transit", "", []string{"Awaiting Pickup", "In Transit"}},
		{"a move", "warehouse moved from Berlin Spandau to Hamburg Nord", "", []string{"Berlin Spandau", "Hamburg Nord"}},
	})
}

// Items of a message's list end at a full stop right after a value found
// on the same pass (an e-mail's own dots hide it) or after a number's unit
// ("272.1 lb."): the name item after it is read as an item.
func TestClassItemStops18(t *testing.T) {
	checkClasses(t, []classCase{
		{"after an e-mail", "message routed to queue: telefono +39 347 123 4567. e-mail francesco.f@example.com. Fakeferrari, Francesco. remote addr 192.160.197.212", "Fakeferrari", []string{"192.160.197.212"}},
		{"initial after an e-mail", "sshd accepted publickey: e-mail l.m@example.com. L. Fakemeijer. host: edi-gw-60.int. phone number: +31 6 12345678", "Fakemeijer", []string{"edi-gw-60.int"}},
		{"after a unit", "label rendered: telephone +351 912 345 678. site DC Lincoln Park. gross weight 272.1 lb. H. Fakerodrigues", "Fakerodrigues", []string{"272.1 lb", "DC Lincoln Park"}},
		// look-alikes that stay
		{"a product after a unit", "label rendered: telephone +351 912 345 678. gross weight 272.1 lb. Wine Rack Stone", "", []string{"Wine Rack Stone"}},
	})
}

// "Family, Given" as a key's whole value ends at the value's end, not at
// its comma: in a query or a form body read decoded, and in a header.
func TestClassKeyedGivenAfterComma18(t *testing.T) {
	checkClasses(t, []classCase{
		{"form body", "POST /checkout/submit body=card_number=4111111111111111&recipient=Fakequintero+Ospina%2C+Sebasti%C3%A1n&order=402-4695786-3047404", "Sebasti", []string{"order=402-4695786-3047404"}},
		{"query, particles", "GET /x?customer=van+der+Fakemeulen%2C+Julia HTTP/1.1", "Julia", []string{"HTTP/1.1"}},
		{"plain query", "recipient=Fakequintero Ospina, Sebastián&order=402-4695786-3047404", "Sebastián", []string{"order=402-4695786-3047404"}},
		{"header", "> X-Contact-Person: dela Fakecruz, Mark Anthony M.\n> X-Request-Id: rid-kkt9", "Anthony", []string{"rid-kkt9"}},
		// look-alikes that stay
		{"a list after a name", "customer=Jane Fakeroe, Order 5 shipped", "", []string{"Order 5 shipped"}},
		{"the next cell of a row", "export row 84814: Jane Fakeroe,RuPay,13.1", "", []string{"RuPay"}},
	})
}

// "Family, Given" in a message: a given name the lexicon knows after the
// comma, ending the clause, and a family name with evidence (the lexicon
// knows it, a particle leads it, or "for", "by", a role or a greeting
// stands before it). Places before their country stay.
func TestClassCommaName18(t *testing.T) {
	checkClasses(t, []classCase{
		{"after for", "order 53399508-1093: label printed for Fakebakker, Sem, carrier rejected address", "Fakebakker", []string{"carrier rejected address"}},
		{"particle, bracket after", "return authorised for de Fakevries, Daan (RMA RE-494565)", "Fakevries", []string{"RMA RE-494565"}},
		{"greeting, particle", "Hi dela Fakecruz, Kristine S.,\nOrder 1", "Fakecruz", []string{"Order 1"}},
		{"after a role word", "recipient Fakejansen, Sanne\nOrder 302", "Fakejansen", []string{"Order 302"}},
		// look-alikes that stay
		{"a city and its country", "meeting held in Lyon, France today", "", []string{"Lyon, France"}},
		{"a city and its state", "office in Austin, Texas, USA", "", []string{"Austin, Texas"}},
		{"a firm then a name", "Acme Foods, Emma Watson brand", "", []string{"Acme Foods"}},
	})
}

// A header-less row that holds a buyer's contact or payment data holds
// the buyer's name anywhere among its cells: taken with evidence beyond
// shape (a script other than Latin, "Family, Given", an initial). Products
// and the town after an address stay.
func TestClassRowEvidenceNames18(t *testing.T) {
	checkClasses(t, []classCase{
		{"family first, far from the phone", "6906731287778,\"+54 9 11 5555 0101\",Z07-85-32,\"LOT 69E8527\",SO-354649,\"Fakeherrera Acosta, Benjamín\"", "Fakeherrera", []string{"Z07-85-32", "SO-354649"}},
		{"han name after an e-mail", "buyer@example.com;AWAITING_INSPECTION;\"Reliable Pipe\";\"EUR 74946.61\";RET-UV-28474;欧阳假怡", "欧阳假怡", []string{"Reliable Pipe", "RET-UV-28474"}},
		{"initial", "uNaNECAuSProWJ7nkKbeYShz4ivubS2xQKg5ijx1TyqB3ZHP,\"B. Fakesetiawan\",\"Gutenberg Hub\",Singer,buyer@example.com", "Fakesetiawan", []string{"Gutenberg Hub", "Singer"}},
		// look-alikes that stay
		{"a product", "buyer@example.com;AWAITING_INSPECTION;\"Reliable Pipe\";RET-UV-28474", "", []string{"Reliable Pipe"}},
		{"no contact data", "6906731287778,Z07-85-32,SO-354649,\"Fakeherrera Acosta, Benjamín\"", "", []string{"Fakeherrera Acosta, Benjamín"}},
	})
}

// An event's bare "name" under a parent that is a person's role
// ("ocr.extracted.name"), and a mail's "sender" beside a sibling that holds
// a person's phone, e-mail, address, card or IBAN, when the value has
// evidence of a person's name beyond its shape. A product's extracted name
// and a sender beside no person's data stay.
func TestClassRoleFields18(t *testing.T) {
	checkEventClasses(t, []classCase{
		{"extracted name, family first", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","ocr.extracted.name":"Fakowski, Filip","ocr.gtin":"8449268479371"}`, "Fakowski", []string{"8449268479371"}},
		{"extracted name, initial", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","ocr.extracted.name":"I. Fakegreaves"}`, "Fakegreaves", nil},
		{"sender beside a phone", `{"@timestamp":"2026-12-01T00:00:00Z","message":"bounce processed","mail.sender":"Fakehoffmann, Lukas","mail.telephone":"+49 170 1234567","mail.hostname":"ip-10-0-08-227"}`, "Fakehoffmann", []string{"ip-10-0-08-227"}},
		{"sender beside an e-mail, thai", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","mail.sender":"ปิยะนุช ปลอมดี","mail.sender_email":"p@example.com"}`, "ปลอมดี", nil},
		// look-alikes that stay
		{"a product's extracted name", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","product.extracted.name":"Wireless Mouse"}`, "", []string{"Wireless Mouse"}},
		{"a sender alone", `{"@timestamp":"2026-12-01T00:00:00Z","message":"x","mail.sender":"Fakebrand, Outlet","mail.hostname":"ip-10-0-08-227"}`, "", []string{"Fakebrand, Outlet"}},
	})
}

// A family name the lexicon knows, written before the given name a reader
// found and opening its clause ("Phạm [name]", "NAVARRO [name]"), is the
// name's: markets that write the family name first and exports in
// capitals put it there.
func TestClassFamilyBefore18(t *testing.T) {
	checkClasses(t, []classCase{
		{"vietnamese in capitals", "label.name=PHẠM Ngọc Thảo phone=+84 912 345 678", "PHẠM", []string{"phone="}},
		{"spanish in capitals", "edi.name=NAVARRO GONZÁLEZ Pablo x=1", "NAVARRO", []string{"x=1"}},
		// look-alikes that stay
		{"a greeting", "Dear Ngọc Thảo, your parcel 1Z999 shipped", "", []string{"Dear", "1Z999"}},
	})
}

// A bare "name" key after a message's verb in the past ("employee record
// updated Name=…") is the record's person, not a thing's name, though the
// verb holds a thing's word ("upDATEd"). A thing's label before "name"
// ("product name=") still holds none.
func TestClassNameAfterVerb18(t *testing.T) {
	checkClasses(t, []classCase{
		{"updated Name", `employee record updated Name="Rodrigo Fakefonseca" etag=sha256:9dac855d0f`, "Fakefonseca", []string{"etag=sha256:9dac855d0f"}},
		{"updated name", `order updated name="Jane Fakeroe" x=1`, "Fakeroe", []string{"x=1"}},
		// look-alikes that stay
		{"a product's name", `product name="Wireless Mouse" x=1`, "", []string{"Wireless Mouse"}},
	})
}
