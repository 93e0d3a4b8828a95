package redact

import "testing"

// Directory and calendar formats: iCalendar's CN parameter and LOCATION,
// vCard's FN/N/ADR, an LDAP DN's cn and the LDIF lines of that entry. The
// rooms, groups, certificate authorities, companies (ORG), summaries and
// the DN's ou/dc components stay.
func TestClassDirectoryFormats(t *testing.T) {
	checkClasses(t, []classCase{
		{"icalendar attendee", "invite rejected:\nBEGIN:VEVENT\nUID:0f0e@shop.example\nATTENDEE;CN=Testa Fakeroe;ROLE=REQ-PARTICIPANT:mailto:t@example.com\nSUMMARY:Pickup Window\nEND:VEVENT",
			"Fakeroe", []string{"ATTENDEE;CN=[REDACTED:name];ROLE=REQ-PARTICIPANT", "SUMMARY:Pickup Window"}},
		{"icalendar organizer quoted", "BEGIN:VEVENT\nORGANIZER;CN=\"Fakeroe, Jana\":mailto:j@example.com\nEND:VEVENT",
			"Jana", []string{`ORGANIZER;CN="[REDACTED:name]"`}},
		{"icalendar caseless script", "BEGIN:VEVENT\nATTENDEE;RSVP=TRUE;CN=ფეიქა ტესტაძე:mailto:f@example.com\nEND:VEVENT",
			"ტესტაძე", []string{"RSVP=TRUE;CN=[REDACTED:name]:mailto"}},
		{"icalendar one line", `calendar push failed: ATTENDEE;CN=Jana Fakeová;PARTSTAT=NEEDS-ACTION:mailto:jf@example.cz status=409`,
			"Fakeová", []string{"PARTSTAT=NEEDS-ACTION", "status=409"}},
		{"icalendar location address", "BEGIN:VEVENT\nLOCATION:12 Fake Street\\, Unit 4\\, Testville 4000\nSUMMARY:Courier pickup\nEND:VEVENT",
			"Fake Street", []string{"LOCATION:[REDACTED:address]", "SUMMARY:Courier pickup"}},
		{"icalendar location by parts", "BEGIN:VEVENT\nLOCATION:Fakova 430/26\\, 526 51 Testov 2\nEND:VEVENT",
			"Fakova", []string{"LOCATION:[REDACTED:address]"}},
		{"vcard", "contact import rejected card: BEGIN:VCARD\nVERSION:3.0\nFN:Testa O'Fakeroe\nN:O'Fakeroe;Testa;;;\nORG:Fakeworks GmbH\nADR;TYPE=home:;;12 Fake Street;Testville;;4000;AU\nX-ORDER-ID:5748000000000000001\nEND:VCARD",
			"Fakeroe", []string{"FN:[REDACTED:name]", "N:[REDACTED:name]", "ORG:Fakeworks GmbH", "ADR;TYPE=home:;;[REDACTED:address]", "X-ORDER-ID:5748000000000000001"}},
		{"vcard lower-case particle", "BEGIN:VCARD\nVERSION:4.0\nFN:Lovely dela Fakecruz\nEND:VCARD", "Fakecruz", []string{"VERSION:4.0"}},
		{"ldap add", "slapd[310]: conn=1369 op=2 ADD dn=\"cn=Testa Fakeroe,ou=customers,dc=shop,dc=example\"\nseller_company: Fakeworks S.A.\ncn: Jana Fakeová\nsn: Fakeová\nmobile: +61 400 000 000",
			"Fakeová", []string{`dn="cn=[REDACTED:name],ou=customers,dc=shop,dc=example"`, "seller_company: Fakeworks S.A.", "cn: [REDACTED:name]", "sn: [REDACTED:name]"}},
		{"active directory escaped comma", `bind failed for CN=Fakeroe\, Jana,OU=Users,DC=corp,DC=example`,
			"Jana", []string{"OU=Users,DC=corp,DC=example"}},
		{"ldap cyrillic", `search base "cn=Фейкова Тестія Петрівна,ou=people,dc=shop,dc=example" returned 0`,
			"Фейкова", []string{"ou=people,dc=shop,dc=example", "returned 0"}},
		{"ldif base64", "dn: cn=Testa Fakeroe,ou=people,dc=example\ncn:: VGVzdGEgRmFrZXJvZQ==\nobjectClass: inetOrgPerson",
			"VGVzdGEgRmFrZXJvZQ", []string{"objectClass: inetOrgPerson"}},
	})
	checkClasses(t, []classCase{
		{"a room", "BEGIN:VEVENT\nATTENDEE;CUTYPE=ROOM;CN=Board Room East:mailto:room@example.com\nEND:VEVENT", "", []string{"CN=Board Room East"}},
		{"a meeting location", "BEGIN:VEVENT\nLOCATION:Warehouse Dock B\nSUMMARY:Stocktake Review\nEND:VEVENT", "", []string{"LOCATION:Warehouse Dock B", "SUMMARY:Stocktake Review"}},
		{"a room and a floor", "BEGIN:VEVENT\nLOCATION:Room 4\\, Building 2\\, Level 3\nEND:VEVENT", "", []string{"LOCATION:Room 4\\, Building 2"}},
		{"a group", `memberOf: cn=Domain Admins,cn=Users,dc=corp,dc=example`, "", []string{"cn=Domain Admins"}},
		{"a group container", `added to cn=Night Shift,ou=groups,dc=shop,dc=example`, "", []string{"cn=Night Shift"}},
		{"a certificate authority", `issuer=CN=Fakeca Global Root G2,O=Fakeca Inc,C=US subject=CN=api.shop.example`, "", []string{"CN=Fakeca Global Root G2", "CN=api.shop.example"}},
		{"a trust service", `verify error: CN=Fakeroot Trust Services,O=Fakeroot,C=US`, "", []string{"CN=Fakeroot Trust Services"}},
		{"a key named cn", `lang=en cn=zh-Hans region=cn`, "", []string{"cn=zh-Hans", "region=cn"}},
		{"an organisation's card", "BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Fakeworks Logistics\nEND:VCARD", "", []string{"FN:Fakeworks Logistics"}},
		{"a uid", `dn: uid=jfake,ou=people,dc=example`, "", []string{"uid=jfake,ou=people,dc=example"}},
	})
}

// Rows written without their columns' names: SQL Server's duplicate key,
// PostgreSQL's failing row and an INSERT's positional binds. A name-shaped
// item is a name in a row of a table of people (or their orders and
// shipments) or in a row that holds other PII; shops, carriers, products,
// ids, amounts and the rows of other tables stay.
func TestClassRowTuples(t *testing.T) {
	checkClasses(t, []classCase{
		{"sql server", `SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Customers_Recipient'. Cannot insert duplicate key in object 'dbo.Customers'. The duplicate key value is (Testa Fakeroe, 0f3a9c, 6942e811).`,
			"Fakeroe", []string{"(0x80131904)", "'dbo.Customers'", "6942e811"}},
		{"sql server caseless script", `Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (SKU-0001-256GB, ဖိတ်ခ်စမ်း, 1766000000).`,
			"ဖိတ်ခ်စမ်း", []string{"SKU-0001-256GB", "1766000000"}},
		{"postgres failing row", "ERROR:  null value in column \"region\" of relation \"shipments\" violates not-null constraint\nDETAIL:  Failing row contains (5080000000001, null, 766000000001, Jana dela Fakeová, 01JF6PFRHBW8RRRHZ3JJ99D7X5).",
			"Fakeová", []string{"5080000000001", "01JF6PFRHBW8RRRHZ3JJ99D7X5", `relation "shipments"`}},
		{"a han name", `Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (CP000000001ID, 张测试, CNY 126.357,20).`,
			"张测试", []string{"CP000000001ID", "CNY 126.357,20"}},
		{"oracle positional binds", `ORA-00001: unique constraint (SHOP.UQ_BUYER_NAME) violated SQL: INSERT INTO BUYERS VALUES (:x, :x, :x) binds: :1='Testa Fakeroe', :2='Rs.179 337,02', :3='5715000000000000001'`,
			"Fakeroe", []string{":2='Rs.179 337,02'", ":3='5715000000000000001'"}},
		{"hibernate binds without their statement", `binding parameter [1] as [VARCHAR] - [Testa Fakeroe] binding parameter [2] as [VARCHAR] - [t.fakeroe@example.com] binding parameter [3] as [BIGINT] - [5870000000001]`,
			"Fakeroe", []string{"binding parameter [3] as [BIGINT] - [5870000000001]"}},
		{"another table with other PII", `Cannot insert duplicate key in object 'dbo.Labels'. The duplicate key value is (Testa Fakeroe, +61 400 000 000, 42).`,
			"Fakeroe", []string{", 42)"}},
	})
	checkClasses(t, []classCase{
		{"a table of goods", `Cannot insert duplicate key in object 'dbo.Products'. The duplicate key value is (Fakewood Chair, Oak Brown, 42).`, "", []string{"(Fakewood Chair, Oak Brown, 42)"}},
		{"shops, carriers and products", `Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (Fakeshop Logistik, FK Hi-Fi, Fakemax Pro 270, Fakeco GmbH, Fakeshop Philippines).`,
			"", []string{"Fakeshop Logistik", "FK Hi-Fi", "Fakemax Pro 270", "Fakeco GmbH", "Fakeshop Philippines"}},
		{"a legal form of Latin America", `Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (0f3a9c, Fakevega SAIC, 42).`, "", []string{"Fakevega SAIC"}},
		{"a two-character place", `Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (深圳, 0f3a9c).`, "", []string{"深圳"}},
		{"hibernate binds without other PII", `binding parameter [1] as [VARCHAR] - [Fakewood Chair] binding parameter [2] as [BIGINT] - [42]`, "", []string{"[Fakewood Chair]"}},
		{"hibernate binds under a statement", "update products set title=?, seller_email=? where id=?\nbinding parameter [1] as [VARCHAR] - [Fakewood Chair] binding parameter [2] as [VARCHAR] - [s@example.com]",
			"", []string{"[Fakewood Chair]"}},
		{"binds of another table", `INSERT INTO SKUS VALUES (:x, :x) binds: :1='Fakewood Chair', :2='42'`, "", []string{"Fakewood Chair"}},
	})
}

// The buyer named by an event of commerce: an event's participle or noun
// and "for"/"by", or an order's number and "for" in the buyers' languages,
// then a name that ends its clause. Ways to pay, agents that are no
// person, shops, carriers, a single word and a "for" after no order stay.
func TestClassEventNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"checkout completed", `{"level":"info","message":"checkout completed for Testa Fakeroe","meta":{"orderId":"5789000000000000001"}}`,
			"Fakeroe", []string{`"orderId":"5789000000000000001"`}},
		{"an initial", `checkout completed for B. Fakesanto`, "Fakesanto", nil},
		{"payment by, declined", `DESCRIPTION:payment by Testa Fakeroe declined\, total A$19\,792.44\, order 429-0000000-0000001`,
			"Fakeroe", []string{"declined", "order 429-0000000-0000001"}},
		{"a caseless script", `C: payment by ფეიქა ტესტაძე declined, total 12.00`, "ტესტაძე", []string{"declined, total 12.00"}},
		{"romanian after an order", `C: comanda #78000 pentru Fakescu Testiana, telefon +40 700 000 000`, "Fakescu", []string{"comanda #78000 pentru"}},
		{"german after an order", `Bestellung 4711000 für Jana Fakeová storniert`, "Fakeová", []string{"Bestellung 4711000 für", "storniert"}},
		{"in the name of", `pesanan 872-0000000-0000001 atas nama Testa Fakeroe, no hp +62 800 0000 0000`, "Fakeroe", []string{"atas nama [REDACTED:name], no hp"}},
		{"a han name", `{"message":"checkout completed for 李测试","meta":{"orderId":"5798000000000000001"}}`, "李测试", []string{"5798000000000000001"}},
	})
	checkClasses(t, []classCase{
		{"a way to pay", `order 1234 paid by Credit Card; payment by Bank Transfer declined; paid by PayPal`, "",
			[]string{"paid by Credit Card", "Bank Transfer", "paid by PayPal"}},
		{"an agent", `order cancelled by System Admin; refund initiated by Support Team`, "", []string{"System Admin", "Support Team"}},
		{"a shop", `order #5512 for Fakeshop Logistik confirmed`, "", []string{"Fakeshop Logistik"}},
		{"a campaign", `coupon created for Black Friday Sale`, "", []string{"Black Friday Sale"}},
		{"for after no order", `waiting for Fake Street Festival permits`, "", []string{"Fake Street Festival"}},
		{"a single word", `checkout completed for Fakeshop`, "", []string{"Fakeshop"}},
		{"goods with a measure", `label generated for Rice Cooker 3000W x1`, "", []string{"Rice Cooker"}},
		{"an initial before goods", `label generated for B. 3000W`, "", []string{"for B. 3000W"}},
		{"a han place", `route created for 上海市 hub`, "", []string{"上海市"}},
	})
}

// Whole names in capitals after a role word, an honorific or a
// self-introduction; acronyms, statuses, placeholders and currencies in
// capitals stay.
func TestClassCapsNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"after a role word", `invalid phone number for customer TESTA FAKEROE`, "FAKEROE", nil},
		{"after holder", `card declined (holder WOJTEST FAKEWSKI)`, "FAKEWSKI", []string{"card declined (holder"}},
		{"a hyphen inside", `order created for customer NOUF AL-FAKEIRI (x@example.com)`, "FAKEIRI", nil},
		{"a self-introduction", `[buyer] salam, saya TESTA FAKERAMANIAM. sila hantar`, "FAKERAMANIAM", []string{"sila hantar"}},
	})
	checkClasses(t, []classCase{
		{"an acronym", `customer API KEY rotated`, "", []string{"API KEY"}},
		{"a status", `recipient NOT FOUND`, "", []string{"NOT FOUND"}},
		{"a placeholder", `customer NAME MISSING; buyer TEST USER`, "", []string{"NAME MISSING", "TEST USER"}},
		{"short words", `customer VIP GOLD`, "", []string{"VIP GOLD"}},
		{"a company", `customer FAKEWORKS GMBH`, "", []string{"FAKEWORKS GMBH"}},
	})
}
