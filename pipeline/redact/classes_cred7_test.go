package redact

import (
	"strings"
	"testing"
)

// A messaging client's record printed by its toString or repr carries a
// record key (an order's or a customer's id) under a bare "key": Java
// Kafka's ConsumerRecord, ProducerRecord and RecordHeader, Kafka Connect's
// ConnectRecord, Python's namedtuple, and a consumer's one-line format
// that puts the key after the record's offset. The key is no secret, and
// its digits (a TikTok Shop order id passes Luhn with a Maestro prefix) no
// card or phone; the record's value is still read.
func TestClassRecordKeys(t *testing.T) {
	const luhnID = "5770000000000000011" // 19 digits, Luhn-valid, a Maestro prefix
	checkClasses(t, []classCase{
		{"java consumer record", "ConsumerRecord(topic = shop.orders, partition = 2, leaderEpoch = 4, offset = 88123, CreateTime = 1767000000000, serialized key size = 19, serialized value size = 90, headers = RecordHeaders(headers = [RecordHeader(key = trace, value = 0af7651916cd43dd8448eb211c80319c)], isReadOnly = false), key = " + luhnID + ", value = {\"order_id\":\"" + luhnID + "\",\"buyer_email\":\"fake.buyer@example.com\"})",
			"fake.buyer@example.com", []string{"key = " + luhnID + ",", "RecordHeader(key = trace,", "CreateTime = 1767000000000", "0af7651916cd43dd8448eb211c80319c"}},
		{"java producer record", "send failed: ProducerRecord(topic=orders, partition=null, headers=RecordHeaders(headers = [], isReadOnly = false), key=" + luhnID + ", value={\"password\":\"Wombat!!42x\"}, timestamp=null)",
			"Wombat!!42x", []string{"key=" + luhnID + ","}},
		{"python consumer record", "ConsumerRecord(topic='orders', partition=0, offset=7, timestamp=1767000000000, timestamp_type=0, key=b'" + luhnID + "', value=b'{}', headers=[], checksum=None)",
			"", []string{"key=b'" + luhnID + "'"}},
		{"kafka connect record", "ConnectRecord{topic='orders', kafkaPartition=1, key=" + luhnID + ", keySchema=Schema{INT64}, value=Struct{status=PAID}}",
			"", []string{"key=" + luhnID + ","}},
		{"one-line consumer format", "Topic orders.v2 [3] at offset 42117: key " + luhnID + ": headers: content-type=application/json: {\"status\":\"PAID\"}",
			"", []string{"key " + luhnID + ":"}},
		{"partition, offset and key fields", "partition: 3, offset: 42117, key: " + luhnID + ", value: {\"status\":\"PAID\"}",
			"", []string{"key: " + luhnID + ","}},
		{"record key holding a word", "RecordHeader(key = correlation, value = [55, 50])", "", []string{"key = correlation,"}},
	})
	// Outside a record, a bare key is still read as before: a secret's
	// shape is redacted, a card is a card.
	checkClasses(t, []classCase{
		{"a key in a config dump", "config(key = sk_live_FAKEfake0000FAKEfake00)", "FAKEfake0000", nil},
		{"card after the word key", "the key 4111111111111111 was used", "4111111111111111", nil},
		{"an offset far from the key", "offset 12 processed; then somebody pasted the key 4111111111111111 here", "4111111111111111", nil},
		{"a key after a colon and a space", "activation key: 48291375", "48291375", nil},
	})
}

// An address read from a shipping phrase ends before the date or time
// that follows it ("delivered to … on 14.11.2026"), in the languages'
// prepositions, numeric and CJK dates, clock times and epoch times.
func TestClassAddressEndsBeforeDate(t *testing.T) {
	checkClasses(t, []classCase{
		{"english, dotted date", "your parcel will be delivered to 12 Fake Street, Springfield 4000 on 14.11.2026. Track: 1ZFAKE0000000000",
			"Fake Street", []string{"on 14.11.2026. Track: 1ZFAKE0000000000"}},
		{"english, iso date", "your parcel will be delivered to 139 Fake Road, Ikoyi, Lagos State on 2026-07-28. Track: x", "Fake Road", []string{"on 2026-07-28."}},
		{"german, day and month", "Ihr Paket wird geliefert an Fakeweg 5, 12345 Berlin am 14.11. zugestellt", "Fakeweg", []string{"am 14.11."}},
		{"french, slashed date", "colis livré à 3 rue Fictive, 69001 Lyon le 14/11/2026", "rue Fictive", []string{"le 14/11/2026"}},
		{"clock time", "shipped to 12 Fake Street, Springfield at 14:30 today", "Fake Street", []string{"at 14:30 today"}},
		{"epoch milliseconds", "ship to app. 17, 164 avenue Fictive, Laval, QC H5U 4E8 at 1748764838470", "avenue Fictive", []string{"1748764838470"}},
		{"date without a preposition", "shipped to 12 Fake Street, Springfield 2026-07-28", "Fake Street", []string{"2026-07-28"}},
		{"cjk date", "shipped to 12 Fake Street, Springfield on 2026年11月27日", "Fake Street", []string{"2026年11月"}},
	})
	checkClasses(t, []classCase{
		{"a unit written with a slash stays in the address", "shipped to Fakestraat 12/3, 1234 AB Utrecht; carrier=PostNL", "Fakestraat 12/3", []string{"carrier=PostNL"}},
		{"a number after a preposition is no date", "shipped to 12 Fake Street, Unit 4 on 3 floor, Springfield; ok", "on 3 floor", []string{"; ok"}},
	})
}

func TestDateAhead(t *testing.T) {
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"on 14.11.2026.", true}, {"am 14.11.", true}, {"le 14/11/2026", true}, {"2026-07-28", true},
		{"on 2026-13-01", false}, {"12/3", false}, {"on 3 floor", false}, {"14.11.", false},
		{"at 25:00", false}, {"at 09:15", true}, {"at 1748764838470", true}, {"at 174876483847", false},
		{"于2026年11月", true}, {"2026年", true}, {"Main 14.11.2026", false},
	} {
		if got := dateAhead(c.in, 0); got != c.want {
			t.Errorf("dateAhead(%q) = %v, want %v", c.in, got, c.want)
		}
	}
}

// A one-time code under a bare "code" key is told from an error code by
// its value (4 to 8 digits as a string or a logfmt/struct value, never a
// JSON number) and its record: a URL's query, or a record that holds a
// buyer's data or is a buyer's object, and is no error envelope.
func TestClassOTPUnderBareCode(t *testing.T) {
	checkClasses(t, []classCase{
		{"logfmt beside an e-mail", "level=info msg=\"order synced\" order.id=112-0000000-0000001 billing.mail=fake.buyer@example.com code=241159 trace_id=4bf92f3577b34da6a3ce929d0e0e4736",
			"241159", []string{"order.id=112-0000000-0000001", "trace_id=4bf92f3577b34da6a3ce929d0e0e4736"}},
		{"logfmt beside a phone key", "event=label_print order_id=114-0000000-0000002 mobile_no=09170000000 code=486513 seller_sku=BAG-4633-128G", "486513", []string{"seller_sku=BAG-4633-128G"}},
		{"a buyer's dotted code", "msg=\"order synced\" customer_name=\"Fake Buyer\" buyer.code=0862 elapsed=195ms", "0862", []string{"elapsed=195ms"}},
		{"go struct with a phone", "cannot map order 577000000000000001: recipient &{Telemovel:+244 900 000 000 Code:7035 Qty:4}", "7035", []string{"Qty:4", "577000000000000001"}},
		{"url query", "GET /track?ref=171-0000000-0000003&code=471965&lang=en HTTP/1.1", "471965", []string{"ref=171-0000000-0000003", "&lang=en"}},
		{"escaped json beside a phone", `{\"recipientPhone\":\"+374 10 000000\",\"code\":\"218950\",\"sku\":\"K-77\"}`, "218950", []string{`\"sku\":\"K-77\"`}},
		{"json in a string beside an address", `payload="{\"code\":\"014380\",\"address\":\"12 Fake Street, Springfield\"}"`, "014380", nil},
		{"a header's X- prefix", "Received message [headers={x-code=7220, x-celular=+598 91 564 817, x-order=241205FAKEM6M4}]", "7220", []string{"x-order=241205FAKEM6M4"}},
	})
	checkClasses(t, []classCase{
		{"error envelope with a phone", `{"error":{"code":"40001","message":"invalid phone","phone":"0917 000 0000"}}`, "", []string{`"code":"40001"`}},
		{"json number", `{"code":36009004,"message":"ok","phone":"0917 000 0000"}`, "", []string{`"code":36009004`}},
		{"logfmt without a buyer", "level=error code=4001 status=500 path=/orders", "", []string{"code=4001"}},
		{"grpc code", "rpc error: code = InvalidArgument desc = order 113-0000000-0000004 not found", "", []string{"code = InvalidArgument", "113-0000000-0000004"}},
		{"error word", `{"code":"ORDER_NOT_FOUND","email":"fake.buyer@example.com"}`, "", []string{"ORDER_NOT_FOUND"}},
		{"http status", "code: 429 phone=0917 000 0000", "", []string{"code: 429"}},
		{"a code of another kind", "postal_code=520470 phone=0917 000 0000 country_code=65", "", []string{"postal_code=520470", "country_code=65"}},
	})
}

// A one-time code after its phrase without a colon ("verification code
// 1992", "OTP 498575") and after the phrase in more of the buyers'
// languages (Armenian, Zulu, Icelandic, Mongolian…).
func TestClassOTPPhrasesMore(t *testing.T) {
	checkClasses(t, []classCase{
		{"english without a colon", "shipment 112-0000000-0000005 handed over: verification code 1992 sku CBL-7805-BLK qty 7", "1992", []string{"112-0000000-0000005", "sku CBL-7805-BLK qty 7"}},
		{"otp without a colon", "notify buyer - OTP 498575 (total 876.59 EUR)", "498575", []string{"(total 876.59 EUR)"}},
		{"armenian without a colon", "refund queued: հաստատման կոդ 55426635 - address", "55426635", []string{"- address"}},
		{"zulu", "body=\"ikhodi yokuqinisekisa: 3069. Track: 9400100000000000000000\"", "3069.", []string{"Track: 9400100000000000000000"}},
		{"icelandic compound", "body=\"staðfestingarkóði: 739348. the courier will call\"", "739348", nil},
		{"mongolian", "body=\"баталгаажуулах код: 200032. Track: LK000000000KZ\"", "200032", []string{"LK000000000KZ"}},
		{"georgian", "SMS: დადასტურების კოდი: 518204", "518204", nil},
		{"kazakh without a colon", "here is the растау коды 716406 order #70280", "716406", []string{"order #70280"}},
		{"yoruba", "shipment 251007FAKE2SR0 handed over: kóòdù ìjẹ́rìísí: 98815823 at 1763520476642", "98815823", []string{"1763520476642"}},
		{"khmer in one word", "here is the លេខកូដផ្ទៀងផ្ទាត់ 103187 my number is", "103187", nil},
	})
	checkClasses(t, []classCase{
		{"error code", "error code 4001 returned", "", []string{"4001"}},
		{"status code and a year", "status code 2024 and code 1234", "", []string{"2024", "1234"}},
		{"confirmed order", "confirmed order 12345 ok", "", []string{"12345"}},
		{"a code with decimals", "verification code 1992.50 EUR charged", "", []string{"1992.50"}},
	})
}

// In an event, a bare "code" field is read with its siblings: beside a
// buyer's phone, e-mail or name it is a one-time code; in an error
// object, or as a number, it stays.
func TestEventOTPUnderBareCode(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct {
		name, in, gone string
		keep           []string
	}{
		{"pubsub data beside an e-mail", `{"msg":"push failed","data":{"code":"13189003","notify_email":"fake.buyer@example.com","orderId":"2000079177508686"}}`, "13189003", []string{"2000079177508686"}},
		{"customer object", `{"customer":{"code":"78628155","customer_name":"Fake Buyer"},"version":"3.2.166"}`, "78628155", []string{"3.2.166"}},
		{"cdc row beside a card", `{"after":{"id":763630,"code":"740726","card_number":"4111111111111111"}}`, "740726", []string{"763630"}},
		{"error object", `{"error":{"code":"40001","message":"bad phone","phone":"0917 000 0000"}}`, "", []string{"40001"}},
		{"no buyer", `{"data":{"code":"4001","status":"FAILED"}}`, "", []string{"4001"}},
		{"a number", `{"data":{"code":36009004,"phone":"0917 000 0000"}}`, "", []string{"36009004"}},
		{"a dotted key alone under its object", `{"attrs":{"order.id":"171-0000000-0000001","recv.code":"4138","idCardNo":"fake"}}`, "4138", []string{"171-0000000-0000001"}},
		{"har query parameter pair", `{"har":{"request":{"queryString":[{"name":"code","value":"0680"},{"name":"page","value":"2"}]}}}`, `"0680"`, []string{`"2"`}},
		{"a query pair of another name", `{"har":{"request":{"queryString":[{"name":"zip","value":"06800"}]}}}`, "", []string{"06800"}},
	} {
		ev := decode(t, `{"@timestamp":"2026-11-25T08:03:00Z",`+c.in[1:])
		r.Event(ev)
		got := string(ev.AppendJSON(nil))
		if c.gone != "" && strings.Contains(got, c.gone) {
			t.Errorf("%s: kept %q: %s", c.name, c.gone, got)
		}
		for _, k := range c.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: lost %q: %s", c.name, k, got)
			}
		}
	}
}

// Secrets as numbered message-format arguments ("{1}=…") and as quoted
// positional arguments: word-and-symbol passwords, random keys of both
// cases, and long random keys of one case (lower-case letters and digits).
// Ids, versions, SKUs, digests and pod names in the same places stay.
func TestClassIndexedArgSecrets(t *testing.T) {
	checkClasses(t, []classCase{
		{"random key of both cases", "Label for order {0}=559364-20260901-0000000001 failed: {1}=Vd37FakeXjZ1ebQq {2}=x (ean 4006381333931)", "Vd37FakeXjZ1ebQq", []string{"{0}=559364-20260901-0000000001", "(ean 4006381333931)"}},
		{"symbols inside", "Label for order {0}=1 failed: {1}=c3-2WFakeNy*58rd6 (ean 4006381333931)", "c3-2WFakeNy", nil},
		{"word, digits, symbol", "Label for order {0}=1 failed: {1}=Wombat0112% (ean 4006381333931)", "Wombat0112", nil},
		{"lower-case random key", "Label for order {0}=1 failed: {1}=e1ny15yvfake8iv5ihc5vecsfx0zy8bi2m5 {2}=x", "e1ny15yvfake8iv5", nil},
		{"lower-case random key as a quoted argument", `could not normalise args=["203-0000000-0000001", "a3q02wfrg8nfakeyn8qf3ty62r3fpqrqhf36p", "12.50"]`, "a3q02wfrg8n", []string{"203-0000000-0000001", `"12.50"`}},
	})
	checkClasses(t, []classCase{
		{"look-alikes as numbered arguments", "Label for order {0}=416481-20260507-0000000001 failed: {1}=35982539 {2}=PHN-9067-128G {3}=v2.4.1 {4}=1ZFAKE0000000000 {5}=iPhone15ProMax {6}=payment-callback-k7y73dn7ci-etgba {7}=0af7651916cd43dd8448eb211c80319c {8}=ORDER_NOT_FOUND",
			"", []string{"{1}=35982539", "PHN-9067-128G", "v2.4.1", "1ZFAKE0000000000", "iPhone15ProMax", "payment-callback-k7y73dn7ci-etgba", "0af7651916cd43dd8448eb211c80319c", "ORDER_NOT_FOUND"}},
		{"hex digest and an idempotency key as quoted arguments", `args=["9e107d9d372bb6826bd81d3542a419d62fd4e1c6", "idem_as1xynzgp7a68xhyg73uqjyd", "01HZX3FAKE0000000000000000"]`,
			"", []string{"9e107d9d372bb6826bd81d3542a419d62fd4e1c6", "idem_as1xynzgp7a68xhyg73uqjyd", "01HZX3FAKE0000000000000000"}},
		{"a sentence's words", "mapping {0}=order failed: {1}=customer_not_found", "", []string{"customer_not_found"}},
	})
}

// "Password" as a label or key in more of the buyers' languages (Zulu,
// Mongolian in Cyrillic and romanised, Yoruba, Amharic romanised…), and
// Amazon LWA tokens whose body holds a second '|'.
func TestClassPasswordWordsAndLWA(t *testing.T) {
	checkClasses(t, []classCase{
		{"zulu label", `{"message":"iphasiwedi: iLFakeRKRaWg5v53JfjX","timestamp":1746978007}`, "iLFakeRKRaWg5v53JfjX", []string{"1746978007"}},
		{"mongolian label", "label created for 5661723393075: нууц үг: Fake1368#; sku PHN-0450-XL", "Fake1368#", []string{"5661723393075", "sku PHN-0450-XL"}},
		{"mongolian romanised key", `payload="{\"order\":\"978133-20260512-0000000001\",\"nuuts_ug\":\"Fake7121@\"}"`, "Fake7121@", []string{"978133-20260512-0000000001"}},
		{"yoruba label", `{"message":"ọ̀rọ̀ aṣínà: 8F.P!dFake*HOo!l0I*"}`, "8F.P!dFake", nil},
		{"amharic romanised key", "address check for 24121128GW9RTM: yeyilef_qal=5v.2FakeZk at 1741455910317", "5v.2FakeZk", []string{"24121128GW9RTM", "1741455910317"}},
		{"lwa token with two pipes after a key", "note: refresh_token=Atzr|Fake3u|SLVPwD0hxVHESyeoXDYqjTDt6NK7b1ptEQWjtJa4iGn9gYUqh55fLFvSe4Cr sku SHOE-4556-RED qty 3",
			"SLVPwD0hxVHESyeo", []string{"sku SHOE-4556-RED qty 3"}},
		{"lwa token in a go struct", "recipient &{X-amz-access-token:Atzr|Fake0|vgAxivfRn4XCxqYSl4KDyFg9BVKtW6diGgn1vZvm0hAKkOqMfo5YwRH8bOzz Qty:4}", "vgAxivfRn4XCxqYSl", []string{"Qty:4"}},
	})
	checkClasses(t, []classCase{
		{"a pipe after a token ends it", "token=abcdef123456|2000087873692782|ok", "", []string{"|2000087873692782|ok"}},
	})
}

// Credentials written on their own as positional arguments by their
// shape: an HTTP Digest parameter list without its header, a TOTP seed in
// base32, a recovery code of two groups of five; and a pre-signed link's
// signature after an '&' escaped in JSON held in a string.
func TestClassPositionalCredentialShapes(t *testing.T) {
	checkClasses(t, []classCase{
		{"digest as a numbered argument", `Label for order {0}=935356-20260820-0000000001 failed: {1}=Digest username="svc-sync", realm="api", nonce="5472be6b16cf0e72", uri="/v2/orders", response="1a3e6cd06da1172ed86642b4f725f4fc", qop=auth, nc=00000001, cnonce="ae50b6b5" (ean 4006381333931)`,
			"1a3e6cd06da1172ed86642b4f725f4fc", []string{"(ean 4006381333931)", "{0}=935356-20260820-0000000001"}},
		{"digest as a quoted argument", `args=["402-0000000-0000001", "Digest username=\"svc\", realm=\"api\", nonce=\"0daf7a77eb584775\", uri=\"/v2/orders\", response=\"6edc875a67fd80a9fe6275d841fc3071\", qop=auth", "72.871,31 €"]`,
			"6edc875a67fd80a9fe6275d841fc3071", []string{"402-0000000-0000001", "72.871,31 €"}},
		{"base32 seed", `args=["114-0000000-0000001", "6VWYYWVSB7VKFAKEHCVKVVOFWHROM3EV", "51716.43 GEL"]`, "6VWYYWVSB7VKFAKE", []string{"51716.43 GEL"}},
		{"recovery code", `args=["171-0000000-0000001", "30cwb-fsb91", "¥38,565"]`, "30cwb-fsb91", []string{"¥38,565"}},
		{"recovery code as a numbered argument", "Label for order {0}=1 failed: {2}=g1rpk-sb46p (ean 4006381333931)", "g1rpk-sb46p", nil},
		{"signature after an escaped ampersand", `{"Message":"{\\\"download_url\\\":\\\"https://x.blob.core.windows.net/r/1.csv?sv=2022-11-02\\\\u0026se=2026-12-06T10:00:00Z\\\\u0026sig=3m2wFAKEpg0JkM8HTLQhGXATB84lvnPoFWH3wmbNxo%3D\\\"}"}`,
			"3m2wFAKEpg0JkM8H", []string{"sv=2022-11-02", "se=2026-12-06T10:00:00Z"}},
	})
	checkClasses(t, []classCase{
		{"a ulid, a sku in capitals, a digest word", `args=["01HZX3K8Q9ABCDEFGHJKMNPQRS", "PHONECASEBLUE2024", "ABCDEFGHJKLMNPQR", "V4HZ4RBFJGXXGN72", "Digest mismatch"]`,
			"", []string{"01HZX3K8Q9ABCDEFGHJKMNPQRS", "PHONECASEBLUE2024", "ABCDEFGHJKLMNPQR", "V4HZ4RBFJGXXGN72", "Digest mismatch"}},
		{"a host and a version", `args=["web-12", "v1.2-rc.3", "SKU-12345"]`, "", []string{"web-12", "v1.2-rc.3", "SKU-12345"}},
	})
}

// A bare "code" in JSON redacted as it streams (AppendJSON) is read as in
// text.
func TestClassOTPUnderBareCodeJSON(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, gone, keep string }{
		{`{"input":{"code":"014380","address":"12 Fake Street, Springfield"}}`, "014380", ""},
		{`{"input":{"code":"059065","ibanNumber":"DE89370400440532013000","phone":"087-0000000"}}`, "059065", ""},
		{`{"error":{"code":"40001","message":"x","address":"12 Fake Street, Springfield"}}`, "", `"code":"40001"`},
		{`{"input":{"code":"4001","sku":"K-77"}}`, "", `"code":"4001"`},
	} {
		got := r.RedactText(c.in)
		if c.gone != "" && strings.Contains(got, c.gone) {
			t.Errorf("%s: kept %q: %s", c.in, c.gone, got)
		}
		if c.keep != "" && !strings.Contains(got, c.keep) {
			t.Errorf("%s: lost %q: %s", c.in, c.keep, got)
		}
	}
}

// The number after a software callback ("payment callback …", "retrying
// callback for …") is a webhook's order or payment id, not a phone nor
// (at 17 to 19 digits) a card; a phone callback keeps its number masked.
func TestClassCallbackIDs(t *testing.T) {
	const luhnID = "5770000000000000011"
	checkClasses(t, []classCase{
		{"payment callback with a phone after", "payment callback 5565000000001 verified: (mobile +92 362 712 8723)", "712 8723", []string{"payment callback 5565000000001 verified"}},
		{"retrying callback for an id", "retrying callback for 790874624542825: tel 0917 940 4315", "940 4315", []string{"790874624542825"}},
		{"a long id after a webhook callback", "webhook callback " + luhnID + " queued", "", []string{luhnID}},
	})
	checkClasses(t, []classCase{
		{"a phone callback", "Customer callback requested: 600000001", "600000001", nil},
		{"a callback to a phone", "customer callback 0917 940 4315 please", "940 4315", nil},
	})
}

// A quoted CSV cell keeps its line breaks and separators: a PEM key
// exported whole, a cookie with ';' in a ';' row. The cells after it keep
// their columns, so an amount or a tracking number after the secret is
// not read as the secret's column or as a phone.
func TestClassCSVQuotedCells(t *testing.T) {
	checkClasses(t, []classCase{
		{"pem over several lines", "import row 2146 rejected (duplicate)\norder_id,tls_key,total,tracking\n26020570N7MNED,\"-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIIXryyF+3Surs+sKNF0j1Pd3XflfXSCkv2nLKQTWUUvu+sDLJUfhfFAKEFAKEF\n-----END ENCRYPTED PRIVATE KEY-----\",\"Kz 951 380,96\",SF408694759057",
			"MIIIXryyF", []string{`"Kz 951 380,96",SF408694759057`, "26020570N7MNED"}},
		{"webhook url in a pipe row", "171-0000000-0000001|https://hooks.slack.com/services/TFAKE0001/BFAKE0001/uLI8jSKi7pyvFAKEJlLdLpL6lyd|₸ 259 860|1ZQ17XHY5748033472",
			"uLI8jSKi7pyvFAKE", []string{"|₸ 259 860|1ZQ17XHY5748033472"}},
		{"cookie with semicolons in a semicolon row", "import row 2275 rejected (missing column)\norder_id;Cookie;total;tracking\n250109K0TTYXKP;\"laravel_session=tRmFg1IMcmmFAKEV66WWVS2bSDVJoboo; cart_count=3; locale=is_IS\";9190.91 GEL;3297825865",
			"tRmFg1IMcmm", []string{"9190.91 GEL;3297825865"}},
	})
}

func TestCSVRowLen(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"a,b\nc", 3}, {"a,\"b\nc\",d\ne", 9}, {"a,\"b\nc\",d", 9}, {"a,\"open\nb\nc", 7}, {"abc", 3},
	} {
		if got := csvRowLen(c.in); got != c.want {
			t.Errorf("csvRowLen(%q) = %d, want %d", c.in, got, c.want)
		}
	}
}
