package redact

import (
	"strings"
	"testing"
)

// checkEventClasses is checkClasses for events: the JSON line is decoded,
// redacted with Event and re-encoded.
func checkEventClasses(t *testing.T, cases []classCase) {
	t.Helper()
	r := newDefault(t)
	for _, c := range cases {
		ev := decode(t, c.in)
		r.Event(ev)
		got := string(ev.AppendJSON(nil))
		if c.gone != "" && strings.Contains(got, c.gone) {
			t.Errorf("%s: %q kept %q: %q", c.name, c.in, c.gone, got)
		}
		for _, k := range c.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q lost %q: %q", c.name, c.in, k, got)
			}
		}
	}
}

// Keys given out of band: OpenTelemetry attribute pairs, AWS-style tags and
// name/value lists, multipart/form-data parts. The pair's key is a name (a
// bare "key" or "name" says nothing of a secret or a person there) and the
// value is read under it. A record's bare "key" holding an id is no secret.
func TestClassKeysOutOfBand(t *testing.T) {
	checkClasses(t, []classCase{
		{"otel pair in text", `span attrs: [{"key":"shipping_address","value":{"stringValue":"12 Fakeway Road, Testville"}},{"key":"tracking_number","value":{"stringValue":"1234567890"}}]`,
			"Fakeway", []string{`"key":"shipping_address"`, `"key":"tracking_number"`, "1234567890"}},
		{"otel pair, escaped twice", `{"log":"{\"attributes\":[{\"key\":\"db.password\",\"value\":{\"stringValue\":\"Qm7v-Fake-Pw9\"}},{\"key\":\"order.id\",\"value\":{\"intValue\":\"4006381333931\"}}]}"}`,
			"Qm7v-Fake-Pw9", []string{`\"key\":\"db.password\"`, "4006381333931"}},
		{"name/value list", `env: [{"name":"SMTP_PASSWORD","value":"Fake!Secret42"},{"name":"LOG_LEVEL","value":"debug"}]`,
			"Fake!Secret42", []string{`"name":"SMTP_PASSWORD"`, `"value":"debug"`}},
		{"aws tags", `tags=[{"Key":"owner_phone","Value":"+44 7700 900123"},{"Key":"team","Value":"fulfilment"}]`,
			"900123", []string{`"Key":"owner_phone"`, "fulfilment"}},
		{"multipart part, escaped line breaks", `body="--XyZ\r\nContent-Disposition: form-data; name=\"recipient_name\"\r\n\r\nJana Fakeová\r\n--XyZ\r\nContent-Disposition: form-data; name=\"tracking_number\"\r\n\r\n0961775867\r\n--XyZ--"`,
			"Fakeová", []string{`name=\"recipient_name\"`, `name=\"tracking_number\"`, "0961775867"}},
		{"multipart part, real line breaks", "--XyZ\r\nContent-Disposition: form-data; name=\"passwort\"\r\n\r\nfake_Pw_2031!\r\n--XyZ\r\nContent-Disposition: form-data; name=\"shopId\"\r\n\r\n0962063\r\n--XyZ--\r\n",
			"fake_Pw_2031", []string{`name="passwort"`, `name="shopId"`, "0962063"}},
		{"kafka record key", `dead letter: {"topic":"orders.v1","key":"403-1234567-1234567","payload":"{}"}`, "", []string{"403-1234567-1234567"}},
		{"cache key", `cache miss key="orders:10042" ttl=30`, "", []string{"orders:10042"}},
		{"vendor signature header", "x-lazada-sign: 04C289AF6ACCC36E463A9C4D8D99F53C9112EB13349B61D3C1B4412EC6FF235A\r\nx-design: 42", "04C289AF6ACC", []string{"x-design: 42"}},
	})
	checkClasses(t, []classCase{
		{"a bare key holding a secret", `{"key":"sk_live_FAKEfake0000000000000000"}`, "FAKEfake0000", nil},
		{"a bare key holding random text", `{"key":"Xq7fAKEk3yZ9Lm2Pq"}`, "Xq7fAKEk3yZ9Lm2Pq", nil},
		{"a person's name with a value", `{"name":"Jane Fakeroe","value":3}`, "", []string{`"value":3`}},
	})
	checkEventClasses(t, []classCase{
		{"otel attributes in an event", `{"@timestamp":"2026-01-01T00:00:00Z","attributes":[{"key":"recipient_name","value":{"stringValue":"Jana Fakeová"}},{"key":"tracking_number","value":{"stringValue":"1234567890"}},{"key":"service.name","value":{"stringValue":"order-sync"}}]}`,
			"Fakeová", []string{`"key":"recipient_name"`, "1234567890", `"key":"service.name"`, "order-sync"}},
		{"otel password attribute", `{"@timestamp":"2026-01-01T00:00:00Z","attributes":[{"key":"smtp.pass","value":{"stringValue":"Fake#Pw#2031"}}]}`, "Fake#Pw#2031", []string{`"key":"smtp.pass"`}},
		{"kafka key in an event", `{"@timestamp":"2026-01-01T00:00:00Z","kafka":{"record":{"key":"403-1234567-1234567","topic":"orders.v1"}}}`, "", []string{"403-1234567-1234567"}},
	})
}

// Values in markdown tables (a two-column table of fields and values, or
// columns under a header) and in Elasticsearch's mapping errors, which
// quote the value of the field they name.
func TestClassTablesAndPreviews(t *testing.T) {
	checkClasses(t, []classCase{
		{"field/value table, name", "Ticket #4242 escalated\n\n| field | value |\n|---|---|\n| recipientName | Jana Fakeová |\n| order_id | 4006381333931 |\n", "Fakeová", []string{"| recipientName |", "| order_id | 4006381333931 |"}},
		{"field/value table, password with an escaped bar", "| key | value |\n| --- | --- |\n| passwd | fake\\|pw_927% |\n| tracking_no | 1Z0FAKE00000000000 |", "pw_927", []string{"| passwd |", "1Z0FAKE00000000000"}},
		{"field/value table, address in another script", "| Feld | Wert |\n|:--|:--|\n| 住所 | 東京都港区芝公園4-2-8 フェイクビル |\n| sku | SNK-270-903 |", "芝公園", []string{"SNK-270-903"}},
		{"columns under a header", "| Order | Customer Name | Phone |\n|---|---|---|\n| #1001 | Pita Fakeroa | +64 21 000 0000 |", "Fakeroa", []string{"| #1001 |"}},
		{"es preview of a name", "elasticsearch: mapper_parsing_exception: failed to parse field [shipping.address.buyer_name] of type [long] in document with id 'f81c19de-2242-404e-9a46-236b5f3c340c'. Preview of field's value: 'Paweł Fakewski' (index=orders, shard=0)", "Fakewski", []string{"f81c19de-2242-404e-9a46-236b5f3c340c", "(index=orders, shard=0)"}},
		{"es preview of an address with an apostrophe, escaped in JSON", `bulk item failed: {"index":{"error":{"reason":"[1:516] failed to parse field [attrs.street] of type [long] in document with id '9fbc6c12'. Preview of field's value: 'Flat 3, 116 King's Fake Road'"}}}`, "Fake Road", []string{"'9fbc6c12'", `'"}}}`}},
	})
	checkClasses(t, []classCase{
		{"a table of goods", "| item | qty |\n|---|---|\n| Diamond Pencil | 2 |", "", []string{"Diamond Pencil"}},
		{"a field/value table of ids", "| field | value |\n|---|---|\n| tracking_number | 1Z0FAKE00000000000 |\n| status | shipped |", "", []string{"1Z0FAKE00000000000", "shipped"}},
		{"es preview of an id field", "failed to parse field [order.sku] of type [long] in document with id 'x'. Preview of field's value: 'SNK-270-903'", "", []string{"SNK-270-903"}},
		{"a pipe that is no table", "a | b\n|---| c", "", []string{"a | b"}},
	})
}

// Look-alikes the redactor ate: TikTok Shop's 18- and 19-digit order ids
// that pass Luhn under an order's key, an idempotency key after the words
// "idempotency key:", and an amount after a dash at the end of an SMS
// taken with the name or address before it.
func TestClassLookAlikesFifth(t *testing.T) {
	// A 19-digit number starting 57 that passes Luhn reads as a Maestro
	// card; under an order's key it is an order id.
	id := luhnComplete("571396041205987026")
	checkClasses(t, []classCase{
		{"order id in proto text", `CreateShipmentRequest: order_id: "` + id + `" recipient {`, "", []string{id}},
		{"order id in a multipart part", "--XyZ\r\nContent-Disposition: form-data; name=\"tts_order_id\"\r\n\r\n" + id + "\r\n--XyZ--\r\n", "", []string{id}},
		{"order id in a table", "| field | value |\n|---|---|\n| tts_order_id | " + id + " |\n", "", []string{id}},
		{"order id in logfmt", "sync ok tts_order_id=" + id + " status=200", "", []string{id}},
		{"idempotency key after its words", "sync: (idempotency key: idem_e35f224b939d4778aebdbe9a87c8c85d); ok", "", []string{"idem_e35f224b939d4778aebdbe9a87c8c85d"}},
		{"partition key after its words", "rebalance partition key: 7f3a9c21b4d84e0f9a1b2c3d4e5f6a7b moved", "", []string{"7f3a9c21b4d84e0f9a1b2c3d4e5f6a7b"}},
		{"rand after a name", "Penerima: Budi Fakesantoso - R 69 419.54", "Fakesantoso", []string{"R 69 419.54"}},
		{"rupee sign after a name", "收件人: Leung Chi Fakekeung - ₹47715.87", "Fakekeung", []string{"₹47715.87"}},
		{"dong after an address", "Delivery address: Unit 30, 96 Fakaranda Ave, Sandton, Johannesburg, 2196 - 8.205.700 ₫", "Fakaranda", []string{"8.205.700 ₫"}},
		{"koruna after an address", "Adres dostawy: ul. Fakowska 58/53, 00-068 Kraków - 75 025 Kč", "Fakowska", []string{"75 025 Kč"}},
	})
	checkClasses(t, []classCase{
		{"a card under a card key stays a card", "card_number=" + luhnComplete("601100000000000000"), luhnComplete("601100000000000000")[:12], nil},
		{"an api key after its words", "api key: Xq7fAKEk3yZ9Lm2PqR8s", "Xq7fAKEk3yZ9Lm2PqR8s", nil},
		{"a dash that is part of an address", "ship to Block 5 - 12 Fake Street, Springfield", "Fake Street", nil},
	})
	ev := `{"@timestamp":"2026-01-01T00:00:00Z","tiktok":{"data":{"orders":[{"id":"` + id + `","tts_order_id":"` + id + `"}]}}}`
	checkEventClasses(t, []classCase{{"order ids in an event", ev, "", []string{`"id":"` + id + `"`, `"tts_order_id":"` + id + `"`}}})
}

// luhnComplete appends the Luhn check digit to digits.
func luhnComplete(digits string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhn([]byte(digits + string(c))) {
			return digits + string(c)
		}
	}
	return digits
}

// A chat message joins its parts with full-width commas or ends with an
// order reference: a value read without quotes ends there, and what
// follows is read on its own.
func TestClassChatBreaks(t *testing.T) {
	checkClasses(t, []classCase{
		{"secret before a full-width comma", "Hola，smtp_pass=p0cFakeAoy59oLE，#2504259JYVMVQ4，gracias", "p0cFakeAoy59oLE", []string{"#2504259JYVMVQ4", "gracias"}},
		{"address before an order reference", "meine neue Adresse ist Fakestraße 73/7/3, 1140 Wien #919-8911923-9670284 danke", "Fakestraße", []string{"#919-8911923-9670284"}},
		{"a secret before the next query parameter, the card after it", "POST /track?mot_de_passe=Fake2012%40&%E5%8D%A1%E8%99%9F=3782%20822463%2010005&order_sn=2508087CS7H1FS HTTP/2", "822463", []string{"&order_sn=2508087CS7H1FS"}},
		{"a token before a card whose spaces were encoded twice", "GET /cb?access_token=eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJmYWtlIn0.ZmFrZXNpZ25hdHVyZWZha2U&%E3%82%AB%E3%83%BC%E3%83%89=3782%2B822463%2B10005&x-request-id=req_1 HTTP/1.1", "822463", []string{"&x-request-id=req_1"}},
		{"what follows the break is still read", "Hola，smtp_pass=p0cFakeAoy59oLE，whatsapp +34 686 000 000，gracias", "686 000 000", []string{"gracias"}},
	})
	checkClasses(t, []classCase{
		{"a unit number in an address is no order reference", "deliver to Blk 159 Fakepines St 81 #22-962, Singapore 565466", "Fakepines", nil},
		{"the unit goes with the address", "deliver to Blk 159 Fakepines St 81 #22-962, Singapore 565466", "#22-962", nil},
	})
}

// One-time codes after the phrase for "verification code" inflected,
// with an article or a possessive, in the buyers' languages.
func TestClassOTPInflected(t *testing.T) {
	checkClasses(t, []classCase{
		{"english with is", "[Shop] Your verification code is: 076672", "076672", []string{"[Shop] Your verification code is:"}},
		{"english without a colon", "Your one-time passcode is 4471 - do not share it", "4471", []string{"do not share it"}},
		{"turkish possessive", "[Shop] doğrulama kodunuz: 744832", "744832", []string{"doğrulama kodunuz:"}},
		{"romanian article", "[Shop] codul de verificare: 318726", "318726", nil},
		{"hebrew with article and possessive", "[Shop] קוד האימות שלך: 558197", "558197", nil},
		{"swahili", "[Shop] nambari ya uthibitisho: 051736", "051736", nil},
		{"vietnamese", "[Shop] Mã xác thực: 490796", "490796", nil},
		{"japanese full-width colon", "認証コード：493021", "493021", nil},
		{"after a full-width comma, with an accent in the word for code", "paid with VISA 4111 1111 1111 1111，código de verificación: 905844，#57988000", "905844", []string{"#57988000"}},
		{"a greeting and a name before the phrase", "שלום שלום Jana Fakeová קוד האימות שלך: 00521052 #230301", "00521052", []string{"#230301"}},
	})
	checkClasses(t, []classCase{
		{"an order after a verification word", "verification failed for order: 12345678", "", []string{"12345678"}},
		{"a time", "verification started at: 2024-05-01 12:30", "", []string{"2024-05-01 12:30"}},
		{"a count", "confirmed orders: 1500, pending: 12", "", nil},
		{"an amount", "confirmation total: 1.500,00 EUR", "", []string{"1.500,00"}},
	})
}

// A message that opens with a greeting names its reader before the first
// comma, in the buyers' languages, after an honorific too.
func TestClassGreetingNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish", "Dzień dobry Paweł Fakowski-Nowak, paczka 1Z0FAKE00000000000 wysłana", "Fakowski", []string{"Dzień dobry", "1Z0FAKE00000000000"}},
		{"romanian upper-case family name", `{"body":"Bună ziua FAKESCU Bogdan, comanda a fost expediată"}`, "FAKESCU", []string{"Bună ziua", "comanda"}},
		{"czech with a title", "Dobrý den Ing. Jana Fakeová, zásilka doručena", "Fakeová", []string{"Dobrý den Ing.", "zásilka"}},
		{"russian capitalised greeting", "Здравствуйте Фейкова Ольга, заказ отправлен", "Фейкова", []string{"Здравствуйте", "заказ"}},
		{"chinese", "您好 陳假名, 收件地址已更新", "陳假名", []string{"您好"}},
		{"swahili", "Habari Fakeprono Kamau, 9264077585", "Fakeprono", []string{"Habari"}},
		{"austrian with a capital in the greeting and a title", "Grüß Gott Mag. Katharina Fakebauer, Lieferung morgen", "Fakebauer", []string{"Grüß Gott Mag.", "Lieferung morgen"}},
		{"english with sir", "Hello sir FAKEJUN IYER, your parcel is on its way", "FAKEJUN", []string{"Hello sir", "your parcel"}},
		{"family name first, given at the end", "ValueError: invalid value for order 1234: Dear Fakebrown, Amelia", "Amelia", []string{"ValueError: invalid value for order 1234: Dear"}},
		{"family name first, given after a comma", "Howzit van der Fakemerwe, Annelie, parcel shipped", "Annelie", []string{"Howzit", "parcel shipped"}},
	})
	checkClasses(t, []classCase{
		{"a greeting to a team", "Hi team, the nightly export failed", "", []string{"Hi team, the nightly export failed"}},
		{"a greeting to everyone", "Hola a todos, el pedido 1234 salió", "", []string{"Hola a todos, el pedido 1234 salió"}},
		{"after a comma and a log field", "ticket job_id=01JWRX52DFKWFWNCRYDNAHJWV6, Grüß Gott Mag. Lena Fakemüller, traceparent=00-b6", "Fakemüller", []string{"traceparent=00-b6"}},
		{"after a bar", "callback postcode=560038 | Chào shop FAKEHAN Minh Trang, (order: 674549243721923)", "FAKEHAN", []string{"(order: 674549243721923)"}},
		{"a name that ends the text", "Hello Jana Fakeová", "Fakeová", []string{"Hello "}},
		{"a name before a dash", "sync: (order: 5784) - Grüß Gott Mag. Lukas Fakesteiner - idempotency key idem_1", "Fakesteiner", []string{"- idempotency key idem_1"}},
		{"a name before a full stop", "Dobrý den. Dobrý den Eva Fakečerná. moje nová adresa", "Fakečerná", []string{"moje nová adresa"}},
		{"an initial is no full stop", "Dear John A. Fakesmith", "Fakesmith", nil},
		{"a line after the given name", "Hola FAKEGUEZ SÁNCHEZ, Carmen\ncommit=26a424726a76e12185a46a68f479d6ce20484448", "FAKEGUEZ", []string{"commit=26a424726a76e12185a46a68f479d6ce20484448"}},
		{"a greeting that names no one", "Hello, the nightly export failed", "", []string{"Hello, the nightly export failed"}},
	})
}

// A YAML block scalar holds its key's value on the indented lines under it.
func TestClassYAMLBlocks(t *testing.T) {
	checkClasses(t, []classCase{
		{"address block", "order dump:\norder:\n  recipient:\n    gatuadress: |\n      ul. Fakowska 37/5\n      21-765 Wrocław\n  items:\n  - sku: CASE-IP15-556\n", "Fakowska", []string{"    gatuadress: |\n", "  items:\n  - sku: CASE-IP15-556"}},
		{"folded name in a list", "buyers:\n- full_name: >-\n    Jana\n    Fakeová\n- sku: SNK-270-903\n", "Fakeová", []string{"- sku: SNK-270-903"}},
		{"secret block", "smtp:\n  password: |\n    Fake!Pw!2031\n  host: mail.example\n", "Fake!Pw!2031", []string{"host: mail.example"}},
	})
	checkClasses(t, []classCase{
		{"a block of notes", "order:\n  notes: |\n    leave at the door\n    ring twice\n", "", []string{"leave at the door", "ring twice"}},
	})
}

// PostgreSQL's DETAIL line names the values of a violated key by its
// column list; an address's commas do not shift the columns after it.
func TestClassPostgresKeyDetail(t *testing.T) {
	checkClasses(t, []classCase{
		{"secret column", "ERROR: duplicate key value violates unique constraint \"uniq_status\"\nDETAIL:  Key (status, gtin, private_token, shopify_order_id)=(502, 4006381333931, tPZfFAKEXA0qNnGpvwSD+B8Lh, 5828972475472) already exists.", "tPZfFAKEXA0", []string{"(502, 4006381333931, ", ", 5828972475472) already exists."}},
		{"name column", "DETAIL:  Key (hs_code, postal_tracking, prijemce)=(6403.99, EE859616491CN, Nomvula van der Fakemerwe) already exists.", "Fakemerwe", []string{"(6403.99, EE859616491CN, "}},
		{"address with commas, then more columns", "DETAIL:  Key (orderNumber, addr, email_address, gtin12)=(133445519481322, Fake Lane Plaza, Moi Avenue, 4th Floor, Nairobi, x@example.com, 088654578632) already exists.", "Fake Lane", []string{"(133445519481322, ", ", 088654578632) already exists."}},
		{"a name column before an address with commas", "DETAIL:  Key (ordersn, name, adresa, asin)=(250415NMZHVW6W, Bogdan Fakescu, Str. Victoriei nr. 135, bl. A3, Sector 6, București 021502, B0B0HJC6Z8) already exists.", "Fakescu", []string{"(250415NMZHVW6W, ", ", B0B0HJC6Z8) already exists."}},
		{"phone column of a foreign key", "DETAIL:  Key (buyer_phone)=(+84 97 000 00 00) is not present in table \"buyers\".", "97 000 00 00", []string{"is not present in table"}},
	})
	checkClasses(t, []classCase{
		{"ids only", "DETAIL:  Key (order_id, sku)=(2000524365415863, SNK-270-903) already exists.", "", []string{"(2000524365415863, SNK-270-903)"}},
		{"a product code is no phone", "DETAIL:  Key (addr, gtin12)=(Fake Lane Plaza, Moi Avenue, Nairobi, 088654578632) already exists.", "", []string{", 088654578632) already exists."}},
		{"a tracking number in a table is no phone", "| field | value |\n|---|---|\n| tracking_number | 0961775867 |\n", "", []string{"| 0961775867 |"}},
	})
}

// A password in a connection URL that ends with '?' (a URL's query mark to
// a parser), and a password label of two words whose second word was read
// as the value.
func TestClassURLPasswordAndLabels(t *testing.T) {
	checkClasses(t, []classCase{
		{"question mark in a password", "dsn=postgres://app:Fakeroo1999?@orders-db:5432/shop ok", "Fakeroo1999", []string{"@orders-db:5432/shop ok"}},
		{"greek two-word label", "order (order_sn: 241013B77VM1JC), κωδικός πρόσβασης: fake_386%, (item: PlayStation 5 Slim)", "fake_386", []string{"(item: PlayStation 5 Slim)", "πρόσβασης"}},
	})
	checkClasses(t, []classCase{
		{"a port before a query", "see http://host:8080?x=1 done", "", []string{"http://host:8080?x=1"}},
		{"a query with an email after a port", "see https://shop.example:8443?next=ok done", "", []string{"https://shop.example:8443?next=ok"}},
		{"a single-word password before a colon", "password: Sunshine: login failed", "Sunshine", []string{"login failed"}},
	})
}

// "My new address is" with the copula, the familiar pronoun, no colon, a
// dash or a capitalised noun.
func TestClassAddressPhrasesMore(t *testing.T) {
	checkClasses(t, []classCase{
		{"hebrew with the copula", "sync ok - הכתובת החדשה שלי היא רחוב פייק 152 דירה 28, תל אביב 9399418", "פייק", []string{"sync ok - הכתובת החדשה שלי היא"}},
		{"turkish without a colon", "Merhaba, yeni adresim Fakeköy Mah. Gül Sok. No: 86 D: 19, 34191 Çankaya/Ankara", "Fakeköy", []string{"yeni adresim"}},
		{"vietnamese familiar pronoun", "callback | địa chỉ mới của mình là 387 Fakễn Huệ, Phường Bến Nghé, Quận 6", "Fakễn", []string{"địa chỉ mới của mình là"}},
		{"swahili delivery address", "Habari Anwani ya kupeleka: Fakeng Lane Plaza, Ngong Road, 5th Floor, Nairobi #136934152978083 asante", "Fakeng", []string{"#136934152978083 asante"}},
		{"cantonese", "我新地址係 香港灣仔假道644號2樓B室", "假道644號", nil},
	})
	checkClasses(t, []classCase{
		{"no address after the phrase", "yeni adresim yok", "", []string{"yeni adresim yok"}},
	})
}

// Keys in other scripts written unquoted before a quoted value, as
// protobuf's text format prints them.
func TestClassScriptKeysProtoText(t *testing.T) {
	checkClasses(t, []classCase{
		{"japanese recipient", `CreateShipmentRequest: order_id: "5760217248" recipient { 受取人: "Bogdan Fakescu" gtin12: "089133792969" }`, "Fakescu", []string{`gtin12: "089133792969"`}},
		{"russian recipient", `recipient { получатель: "Camille Fakelaurent" hub: "Jeddah" }`, "Fakelaurent", []string{`hub: "Jeddah"`}},
		{"greek recipient", `recipient { παραλήπτης: "Tiago Fakeira" tracking_no: "9400427544278104955062" }`, "Fakeira", []string{"9400427544278104955062"}},
		{"hebrew phone", `recipient { טלפון: "0040 790 000 208" }`, "790 000 208", nil},
	})
	checkClasses(t, []classCase{
		{"a key in another script that names no person", `item { 商品名: "Galaxy S24 Ultra" }`, "", []string{"Galaxy S24 Ultra"}},
	})
}

// A mail header's quoted display name, whatever its case and commas.
func TestClassMailDisplayNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"upper case", "smtp: delivery failed\nTo: \"FAKENOU ELENI\" <fakenou.eleni@example.gr>\nFrom: orders@shop.example", "FAKENOU", []string{"To: \"", "\" <"}},
		{"family name, comma, given names", "To: \"FAKÍGUEZ PÉREZ, José Antonio\" <jose@example.es>", "FAKÍGUEZ", nil},
		{"after an earlier pass", "To: \"FAKENOU ELENI\" <[REDACTED:email]>", "FAKENOU", nil},
	})
	checkClasses(t, []classCase{
		{"quotes without an address", "said \"HELLO WORLD\" <b>", "", []string{"HELLO WORLD"}},
	})
}

// A bracketed key written URL-encoded ("checkout%5Bshipping%5D%5Bawb%5D=")
// names the digits after it as the decoded key would.
func TestClassEncodedBracketKeys(t *testing.T) {
	checkClasses(t, []classCase{
		{"waybill", "-d 'checkout%5Bshipping%5D%5Bawb%5D=0088836268&x=1'", "", []string{"%5Bawb%5D=0088836268&"}},
		{"tracking with an encoded underscore", "body=checkout%5Bshipping%5D%5Btracking%5Fno%5D=0978841445&x=1", "", []string{"=0978841445&"}},
		{"phone", "-d 'checkout%5Bshipping%5D%5Btel%5D=0978841445&x=1'", "0978841445", nil},
	})
}

// A title read as the name it precedes takes the capitalised words after
// its full stop.
func TestClassTitleBeforeName(t *testing.T) {
	checkClasses(t, []classCase{
		{"czech engineer after my name is", "Dobrý den. jmenuji se Ing. Tomáš Fakeřák. #220428S3QPXGB6. děkuji", "Fakeřák", []string{"#220428S3QPXGB6. děkuji"}},
		{"after a role word and before a full-width comma", "recipient Ing. Eva Fakeová，#573105059249762204，děkuji", "Fakeová", []string{"#573105059249762204"}},
	})
	checkClasses(t, []classCase{
		{"lower-case words after the title", "recipient Dr. unknown, ok", "", []string{"unknown, ok"}},
	})
}
