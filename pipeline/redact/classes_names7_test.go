package redact

import "testing"

// Described fields: a validation error names the rejected field in one
// member and embeds the value in another ("field"/"description",
// "path"/"message", "loc"/"msg", Go's %+v). The field's path gives the
// value's kind; the framing words, the ids and the members that describe
// no PII stay.
func TestClassDescribedFields(t *testing.T) {
	checkClasses(t, []classCase{
		{"grpc text format", `rpc error: code = InvalidArgument desc = rejected for 806600000000001 details = [type.googleapis.com/google.rpc.BadRequest]:{field_violations:{field:"recipient.receiver" description:"value Testa Fakeyan is not deliverable"}} [type.googleapis.com/google.rpc.RequestInfo]:{request_id:"Root=1-405a321b-96ee4635"}`,
			"Fakeyan", []string{"value [REDACTED:name] is not deliverable", "806600000000001", "Root=1-405a321b-96ee4635"}},
		{"grpc json, a role word of another script before the name", `{"fieldViolations":[{"field":"shippingAddress.buyerName","description":"invalid: ստացող Ֆեյք Տեստյան"}]}`,
			"Տեստյան", []string{"invalid: ստացող [REDACTED:name]"}},
		{"grpc json, a label before the name", `{"fieldViolations":[{"field":"shippingAddress.receiver","description":"invalid: klientas: Testė Fakaitė"}]}`,
			"Fakaitė", []string{"invalid: klientas: [REDACTED:name]"}},
		{"a caseless script", `{field:"recipient.full_name" description:"value ფეიქა ტესტაძე is not deliverable"}`,
			"ტესტაძე", []string{"value [REDACTED:name] is not deliverable"}},
		{"family name first", `{Field:shipping.buyer_name Description:value FAKEROE, Jana is not deliverable}`,
			"Jana", []string{"Field:shipping.buyer_name", "[REDACTED:name] is not deliverable"}},
		{"graphql path array", `{"errors":[{"path":["createOrder","input","recipientName"],"message":"Invalid value Jana Fakeroe for recipientName"}]}`,
			"Fakeroe", []string{"Invalid value [REDACTED:name] for recipientName"}},
		{"pydantic loc", `{"detail":[{"loc":["body","shipping","full_name"],"msg":"value Jana Fakeroe rejected","type":"value_error"}]}`,
			"Fakeroe", []string{`"type":"value_error"`}},
		{"an address", `{"field":"recipient.street","description":"value 42 Fake Ave, apt 1, Testville is not deliverable"}`,
			"Testville", []string{"value [REDACTED:address] is not deliverable"}},
		{"a secret", `{"field":"recipient.pwd","description":"value Fakepw7593$ is not deliverable"}`,
			"Fakepw7593", []string{"value [REDACTED:credential] is not deliverable"}},
		{"escaped json", `{"log":"{\"field\":\"buyer.last_name\",\"message\":\"invalid: for Jana Fakeroe\"}"}`,
			"Fakeroe", []string{`\"field\":\"buyer.last_name\"`}},
	})
	// Look-alikes: fields that name no PII, descriptions with no value,
	// company names and error reasons stay.
	checkClasses(t, []classCase{
		{"a status field", `{"field":"order.status","description":"value Bad Request is not allowed"}`, "", []string{"Bad Request"}},
		{"no value in the description", `{"field":"recipient.name","description":"must not be empty"} {"field":"recipient.name","description":"Name is required"}`,
			"", []string{"must not be empty", "Name is required"}},
		{"a company", `{"field":"buyer.company_name","description":"value Fakeworks GmbH is not deliverable"}`, "", []string{"Fakeworks GmbH"}},
		{"a company under a name field", `{"field":"buyer.name","description":"value Fakeworks GmbH is not deliverable"}`, "", []string{"Fakeworks GmbH"}},
		{"an order id field", `{"field":"order.order_id","description":"value 171-0000000-0000001 is not valid"}`, "", []string{"171-0000000-0000001"}},
		{"an error reason", `{"field":"recipient.name","reason":"RECIPIENT_INVALID","domain":"logistics.example"}`, "", []string{"RECIPIENT_INVALID", "logistics.example"}},
	})
	checkEventClasses(t, []classCase{
		{"in an event", `{"@timestamp":"2026-01-01T00:00:00Z","grpc":{"status":{"code":3,"details":[{"fieldViolations":[{"field":"shippingAddress.nombre","description":"invalid: for Testa Fakeroe"},{"field":"shippingAddress.sku","description":"value SKU-4411-BLK is not deliverable"}]}]}}}`,
			"Fakeroe", []string{"invalid: for [REDACTED:name]", `"field":"shippingAddress.nombre"`, "SKU-4411-BLK"}},
	})
}

// Name keys of more languages, in their scripts and romanised, whole and as
// a key's last part, in Go's %+v, Python dicts, JSON and events; short or
// common words only as a whole key.
func TestClassNameKeysMoreLanguages(t *testing.T) {
	checkClasses(t, []classCase{
		{"lithuanian in go %+v", `sync: cannot map order 570900000000000001: recipient &{Vardas:Testė Fakaitė Qty:4 Total:Kz 639 940,05}`,
			"Fakaitė", []string{"Qty:4", "570900000000000001", "Total:Kz 639 940,05"}},
		{"georgian romanised", `payload={'saxeli': 'ფეიქა ტესტაძე', 'shop': 'Fakeshop'}`, "ტესტაძე", []string{"Fakeshop"}},
		{"kazakh romanised", `payload={'aty_zhoni': 'Фейк Тестов', 'qty': 2}`, "Тестов", []string{"'qty': 2"}},
		{"mongolian", `{"ovog_ner":"Фейкийн Тест","order":"171-0000000-0000001"}`, "Фейкийн", []string{"171-0000000-0000001"}},
		{"icelandic tail", `{"recipient.fullt_nafn":"Fake Testsdóttir"}`, "Testsdóttir", nil},
		{"amharic", `{"sim":"ፈይክ ተስት","ስም":"ፈይክ ተስት"}`, "ተስት", nil},
		{"zulu", `&{Igama:Fake Testhembu Qty:7}`, "Testhembu", []string{"Qty:7"}},
		{"khmer key", `{"ឈ្មោះ":"ហេង ថេស្ដ"}`, "ថេស្ដ", nil},
	})
	checkClasses(t, []classCase{
		{"not a name key", `{"результаты":"Все Хорошо","thread":"Night Worker","partner":"Fake Corp"}`, "", []string{"Все Хорошо", "Night Worker", "Fake Corp"}},
		{"an ICCID under sim", `{"sim":"89014103211118510720"}`, "", []string{"89014103211118510720"}},
	})
	checkEventClasses(t, []classCase{
		{"a flattened key in an event", `{"@timestamp":"2026-01-01T00:00:00Z","extra.nafn":"Fake Testsdóttir","ean":"8161567222532"}`,
			"Testsdóttir", []string{"8161567222532"}},
	})
}

// Greetings, honorifics and role words of more languages: the name after
// them is the reader's, in scripts with and without case (Georgian's
// everyday letters are read as caseless).
func TestClassGreetingsMoreLanguages(t *testing.T) {
	checkClasses(t, []classCase{
		{"georgian after an english greeting", `body="Dear ფეიქა ტესტაძე, Track: 9400551851600000000000 (DPD Belgium NV)"`,
			"ტესტაძე", []string{"9400551851600000000000", "DPD Belgium NV"}},
		{"khmer", `body="ជូនចំពោះ ហេង ថេស្ដ, Track: 1ZLYUU287300000000"`, "ថេស្ដ", []string{"1ZLYUU287300000000"}},
		{"icelandic", `body="[Shop] Kæri/Kæra Fake Testsson, Track: 1Z5PT2D28100000000"`, "Testsson", []string{"1Z5PT2D28100000000"}},
		{"mongolian", `body="[Shop] Эрхэм Фейкийн Тест, Track: NLMYA3320900000"`, "Фейкийн", []string{"NLMYA3320900000"}},
		{"yoruba", `body="on 2026-11-04. Ẹ kú àárọ̀ Fákẹ́ Tẹ́sítì, Track: SF2979800000"`, "Tẹ́sítì", []string{"2026-11-04", "SF2979800000"}},
		{"hindi", `body="प्रिय फेक टेस्ट, Track: SPXID0415000000"`, "टेस्ट", []string{"SPXID0415000000"}},
		{"kazakh", `body="[Shop] Құрметті Фейк Тестова, Track: EE134380835GE"`, "Тестова", []string{"EE134380835GE"}},
		{"armenian", `body="Հարգելի Ֆեյք Տեստյան, Track: EE399701177SG"`, "Տեստյան", []string{"EE399701177SG"}},
		{"lithuanian abbreviation", `body="Gerb. Testė Fakaitė, Track: LK279988218CN"`, "Fakaitė", []string{"LK279988218CN"}},
		{"amharic", `body="ውድ ፈይክ ተስት, order 4411"`, "ተስት", []string{"order 4411"}},
		{"armenian role word and a label", `rejected: հաճախորդ: Ֆեյք Տեստյան | (order 114-0000000-0000001)`, "Տեստյան", []string{"114-0000000-0000001"}},
		{"amharic role word", `address check for 260801Z5ECXWYF: ተቀባይ ፈይክ ተስት; tracking SF8144000000000`, "ተስት", []string{"260801Z5ECXWYF", "SF8144000000000"}},
	})
	// A greeting word that opens no letter keeps what follows.
	checkClasses(t, []classCase{
		{"a greeting before goods", `body="Dear customer, your Rice Cooker 3000W x1 has shipped"`, "", []string{"Rice Cooker 3000W x1"}},
		{"salam as a product", `sku=SALAM-12 qty=3`, "", []string{"SALAM-12"}},
	})
}

// Positional arguments: a name-shaped item of an argument list that also
// carries other PII of the record (quoted items, numbered placeholders
// rendered in place) is a name; the same item in a list without other PII
// stays, as do HTTP phrases, statuses, shops, companies and ids.
func TestClassPositionalNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"quoted list with a phone", `WARN  [OrderMapper] could not normalise args=["171-0000000-0000001", "Fake Testauskas", "+370 600 00000", "68381.31 ETB"]`,
			"Testauskas", []string{"171-0000000-0000001", "68381.31 ETB", "[OrderMapper]"}},
		{"placeholders with a phone and an address", `Label for order {0}=429077-20261122-0000000001 failed: {1}=ហេង ថេស្ដ {2}=(+855) 97 0000 001 {3}=#92E40, Street 8705, Toul Tom Poung (ean 8513434923385)`,
			"ថេស្ដ", []string{"{0}=429077-20261122-0000000001", "(ean 8513434923385)"}},
		{"family name first", `Label for order {0}=377489-20260715-0000000001 failed: {1}=fake@example.com {3}=FAKEROE, Jana (ean 8575319727990)`,
			"FAKEROE", []string{"(ean 8575319727990)"}},
		{"han characters", `WARN args=["402-0000000-0000001", "欧阳测试", "fake@example.com", "₸ 953 910"]`, "欧阳测试", []string{"₸ 953 910"}},
		{"python tuple", `args=('Fake Testsson', 'fake@example.com', 42)`, "Testsson", nil},
		{"json array", `{"args":["Fake Testo","fake@example.com"],"n":3}`, "Testo", []string{`"n":3`}},
	})
	checkClasses(t, []classCase{
		{"no other pii", `could not normalise args=["171-0000000-0000001", "Fake Testo", "68381.31 ETB"]`, "", []string{"Fake Testo"}}, // (with a name's evidence, "…auskas", it is a name: names27_args.go)
		{"look-alikes beside pii", `args=["402-0000000-0000001", "Bad Request", "Order Sync", "Siem Reap Hub", "Fakeworks GmbH", "Tefal Ingenio 3pc", "北京市", "fake@example.com"]`,
			"", []string{"Bad Request", "Order Sync", "Siem Reap Hub", "Fakeworks GmbH", "Tefal Ingenio 3pc", "北京市", "402-0000000-0000001"}},
		{"an object is no list", `{"shop":"Fake Mart","buyer_email":"fake@example.com","carrier":"Night Owl"}`, "", []string{"Night Owl"}},
	})
}

// "FAMILY, Given" after introductions, role words, greetings and keys: the
// family name in capitals (one to three words), the given name after the
// comma; and dotted keys in text whose path names a person's name.
func TestClassFamilyCommaGiven(t *testing.T) {
	checkClasses(t, []classCase{
		{"my name is", `comment by cs-team: my name is FAKEPUT, Ayesha. I paid with card 4111 1111 1111 1111`, "Ayesha", []string{"I paid with card"}},
		{"this is", `comment by agent: Hi, this is FAKEMINI, Thandeka. my number is +27 82 000 0000`, "Thandeka", []string{"my number is"}},
		{"role word, apostrophe", `callback for 616659-20260827-0000000001: recipient O'FAKERKE, Gráinne (total Kz 698 020,61)`,
			"Gráinne", []string{"616659-20260827-0000000001", "(total Kz 698 020,61)"}},
		{"placed by, before a dash", `placed by TCHIFAKE, Nzinga - tracking 785906852677`, "Nzinga", []string{"- tracking 785906852677"}},
		{"two-word family name in a query", `GET /track?ref=114-0000000-0000001&naam=DE+FAKER%2C+Griet HTTP/1.1`, "Griet", []string{"ref=114-0000000-0000001", "HTTP/1.1"}},
		{"given name stops before an order word", `account holder FAKESSON, Ebba Order 12345`, "Ebba", []string{"Order 12345"}},
	})
	checkClasses(t, []classCase{
		{"dotted keys", `msg="order synced" customer.shimei="テスト 太郎" recv.name="Fake Testo" billing.sim="ፈይክ ተስት" customer.oruko="Fákẹ́ Tẹ́sítì" buyer.chhmuoh="ហេង ថេស្ដ" order.id=503-0000000-0000001`,
			"Testo", []string{"order.id=503-0000000-0000001"}},
		{"dotted keys that name no person", `app.name="Order Sync" k8s.pod.name=order-sync-7f9 host.name=web-1 service.name="Checkout Web"`,
			"", []string{`app.name="Order Sync"`, "order-sync-7f9", "web-1", `"Checkout Web"`}},
		{"carriers in capitals", `carriers: DHL, UPS via hub`, "", []string{"DHL, UPS"}},
	})
}

// A bare "name" under an object of arguments, inputs or a record's values
// ("invalidArgs.name", "data.name", "extra.name"), and a name/value pair
// named "name" (HAR query and form parameters), hold a person's name when
// the value is shaped like one; ids, slugs and statuses stay.
func TestClassBareNameInArguments(t *testing.T) {
	checkEventClasses(t, []classCase{
		{"graphql invalid args", `{"@timestamp":"2026-01-01T00:00:00Z","graphql":{"errors":[{"message":"Variable $input got invalid value","extensions":{"code":"BAD_USER_INPUT","invalidArgs":{"name":"Fake Testsheng"}}}]}}`,
			"Testsheng", []string{"BAD_USER_INPUT"}},
		{"queue message data", `{"@timestamp":"2026-01-01T00:00:00Z","pubsub":{"message":{"data":{"name":"Фейк Тестов","orderId":"2000000000000001"}}}}`,
			"Тестов", []string{"2000000000000001"}},
		{"har query parameter", `{"@timestamp":"2026-01-01T00:00:00Z","har":{"entry":{"request":{"queryString":[{"name":"name","value":"Fake Testnach"},{"name":"ref","value":"114-0000000-0000001"}]}}}}`,
			"Testnach", []string{"114-0000000-0000001"}},
	})
	checkEventClasses(t, []classCase{
		{"slugs and statuses stay", `{"@timestamp":"2026-01-01T00:00:00Z","data":{"name":"order-sync"},"extra":{"name":"Bad Request"},"args":{"name":"Order Sync"},"app":{"name":"Checkout Web"},"har":{"queryString":[{"name":"name","value":"summer-sale"}]}}`,
			"", []string{"order-sync", "Bad Request", "Order Sync", "Checkout Web", "summer-sale"}},
	})
}

// "for <Name>" opening a clause of a message: two to four capitalised or
// caseless words that end the clause; goods, shops, sales, statuses and a
// "for" inside a clause stay.
func TestClassForName(t *testing.T) {
	checkClasses(t, []classCase{
		{"after a colon, before a lower-case word", `'detail': 'inventory push 904976-20261101-0000000001 rejected: for Fake Yong Sheng tracking 1903970000'`,
			"Sheng", []string{"tracking 1903970000", "904976-20261101-0000000001"}},
		{"after a semicolon, caseless", `refund 260312QZ3S6N24 queued: paid with card; for ფეიქა ტესტაძე; IBAN pending (total 72684.38 GEL)`,
			"ტესტაძე", []string{"; IBAN pending", "260312QZ3S6N24"}},
		{"apostrophe, before a dash", `rejected: for Darragh O'Fakerke - see ticket (total 58302.13)`, "Fakerke", []string{"- see ticket", "(total 58302.13)"}},
		{"at the end", `validation failed: for Фейкийн Тест`, "Фейкийн", []string{"validation failed: for "}},
	})
	checkClasses(t, []classCase{
		{"look-alikes", `rejected: for Black Friday Sale; waiting for Amazon Seller Central, for Order 1234, for Fakeworks GmbH | for Tefal Ingenio 3pc; for Bad Request`,
			"", []string{"Black Friday Sale", "Amazon Seller Central", "Order 1234", "Fakeworks GmbH", "Tefal Ingenio 3pc", "Bad Request"}},
		{"inside a clause", `waiting for Jane Fakeroe to confirm`, "", []string{"Jane Fakeroe"}},
	})
}

// Introductions and greetings after a role word's colon are read as such
// ("customer: I am …", "customer: Ẹ kú àárọ̀ …"), "dear" words of more
// languages precede a name wherever they stand, and "FAMILY, Given" after
// "for" or a greeting ends its clause before a word in lower case.
func TestClassPhrasesAfterRoles(t *testing.T) {
	checkClasses(t, []classCase{
		{"i am after a role word", `ticket #855953 comment by customer: I am Fake Sosa. order 2000006969987842, tracking 5074541305`,
			"Sosa", []string{"I am ", "order 2000006969987842", "tracking 5074541305"}},
		{"greeting after a role word", `ticket #276513 comment by customer: Ẹ kú àárọ̀ Fákẹ́ Tẹ́sítì. order #53490`, "Tẹ́sítì", []string{"Ẹ kú àárọ̀ ", "order #53490"}},
		{"dear inside a sentence", `here is the token=x Հարգելի Ֆեյք Տեստյան. order 572870473655402147`, "Տեստյան", []string{"order 572870473655402147"}},
		{"lithuanian abbreviation in a clause", `retrying callback for 2000066521036880: Gerb. Fake Urbonas at 1758476479578`, "Urbonas", []string{"at 1758476479578"}},
		{"yoruba recipient", `label created for 171-0000000-0000001: olùgbà Fákẹ́ Tẹ́sítì - Cookie: x`, "Tẹ́sítì", []string{"171-0000000-0000001"}},
		{"greeting, family first, combining marks", `callback for 811355-20260306-0000000001: Ẹ kú àárọ̀ FÁṢỌLÁ, Fákẹ́ tracking UA526516679LT`,
			"Fákẹ́", []string{"tracking UA526516679LT"}},
		{"for, two-letter family name", `callback for 657062713283154: for NG, Fake Min sku MUG-9506-RED qty 1`, "Fake Min", []string{"sku MUG-9506-RED qty 1"}},
		{"for, family name with a diacritic", `callback for 2000008141518654: for ŽUKAFAKĖ, Testas (total ¥71,448)`, "Testas", []string{"(total ¥71,448)"}},
	})
	checkClasses(t, []classCase{
		{"carriers", `carriers: for DHL, UPS and more; for UPS, FedEx`, "", []string{"for DHL, UPS and more", "for UPS, FedEx"}},
		{"an order's status", `sync: for ORDER, Pending review`, "", []string{"ORDER, Pending"}},
	})
}

// A name quoted right after a role word (`buyer "Jane Roe"`, escaped in
// JSON, in any script).
func TestClassQuotedAfterRole(t *testing.T) {
	checkClasses(t, []classCase{
		{"escaped quotes in json", `{"category":"log","level":"info","message":"buyer \"Noémie Fakeier\"","timestamp":1741178419}`,
			"Fakeier", []string{`"timestamp":1741178419`, `"category":"log"`}},
		{"han", `{"message":"buyer \"欧阳测试\""}`, "欧阳测试", nil},
		{"family first", `recipient 'FAKEROE, Jana' confirmed`, "Jana", []string{"confirmed"}},
	})
}

// An event's array of strings that holds other PII (Sentry's
// logentry.params, a job's args) has its name-shaped items masked; an
// array without other PII keeps them.
func TestClassArrayArgNames(t *testing.T) {
	checkEventClasses(t, []classCase{
		{"sentry params", `{"@timestamp":"2026-01-01T00:00:00Z","sentry":{"logentry":{"message":"order %s for %s at %s","params":["171-0000000-0000001","Jane Fakeroe","+44 7700 900123"]}}}`,
			"Fakeroe", []string{"171-0000000-0000001", "order %s for %s at %s"}},
	})
	checkEventClasses(t, []classCase{
		{"no other pii", `{"@timestamp":"2026-01-01T00:00:00Z","job":{"args":["Jane Fakeroe","Order Sync","171-0000000-0000001"]}}`,
			"", []string{"Jane Fakeroe", "Order Sync"}},
		{"look-alikes beside pii", `{"@timestamp":"2026-01-01T00:00:00Z","job":{"args":["Bad Request","Fakeworks GmbH","fake@example.com"]}}`,
			"", []string{"Bad Request", "Fakeworks GmbH"}},
	})
}
