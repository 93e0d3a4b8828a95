package redact

import (
	"encoding/base64"
	"strconv"
	"strings"
	"testing"
)

// eanComplete appends the EAN-13 check digit to twelve digits.
func eanComplete(body string) string {
	sum := 0
	for k := 0; k < 12; k++ {
		v := int(body[k] - '0')
		if k%2 == 1 {
			v *= 3
		}
		sum += v
	}
	return body + string(byte('0'+(10-sum%10)%10))
}

// visa13Fake returns a Luhn-valid thirteen-digit number from 4 whose
// EAN-13 check digit is wrong (no barcode), built from seed digits.
func visa13Fake(t *testing.T, seed string) string {
	t.Helper()
	for k := 0; k < 10; k++ {
		v := luhnComplete("4" + seed[:10] + string(byte('0'+k)))
		if !upcValid([]byte(v)) {
			return v
		}
	}
	t.Fatalf("no Visa-13 look-alike from %q", seed)
	return ""
}

// Thirteen-digit Visa numbers in one piece, where no card word stands
// before them, and the look-alike rule that keeps ids, barcodes, phones
// and cells of rows of ids.
func TestClassVisa13Lone(t *testing.T) {
	v := visa13Fake(t, "0000123456")
	w := visa13Fake(t, "9876501234")
	ean := eanComplete("400638133393")      // a German GS1 prefix: a barcode, whatever its Luhn
	grouped := luhnComplete("421000000012") // EAN-valid or not, grouped 4-4-4-1 it is a card
	g := grouped[:4] + " " + grouped[4:8] + " " + grouped[8:12] + " " + grouped[12:]
	checkClasses(t, []classCase{
		{"toString Number", "ShippingAddress{id=5900000000001, Number='" + v + "', createdAt=2026-06-09}", v, []string{"id=5900000000001", "createdAt=2026-06-09"}},
		{"form number", "sku=BR-1&number=" + v + "&qty=9", v, []string{"sku=BR-1", "&qty=9"}},
		{"xml Number", "<ns2:Number>" + v + "</ns2:Number><ns2:Weight>0.2</ns2:Weight>", v, []string{"<ns2:Weight>0.2</ns2:Weight>"}},
		{"prose with a card word", "visa " + w + " declined (seller Example Ltd)", w, []string{"(seller Example Ltd)"}},
		{"prose with an expiry", "paid with " + w + " exp 09/29 by the buyer", w, []string{"09/29"}},
		{"ical property, grouped 4-4-4-1", "X-SHOP-CARD:" + g + "\nX-SHOP-ISBN:9780000000002", grouped[:4] + " " + grouped[4:8], []string{"9780000000002"}},
		{"php var_dump under a payment card key", "array(2) {\n  [\"payment_card\"]=>\n  string(13) \"" + v + "\"\n}", v, []string{"payment_card"}},
		{"a tuple with a card word", "card rejected, values (10.0.0.1, " + v + ", 200)", v, []string{"10.0.0.1", "200)"}},
	})
	checkClasses(t, []classCase{
		{"shopify gid", `{"id":"gid://shopify/Order/` + v + `"}`, "", []string{v}},
		{"order id key", "order_id=" + v + " status=paid", "", []string{v}},
		{"order word", "order " + v + " synced", "", []string{v}},
		{"id key", `{"id":` + v + `,"ok":true}`, "", []string{v}},
		{"order_number key", `{"order_number":"` + v + `"}`, "", []string{v}},
		{"url path", "GET /admin/orders/" + v + "/fulfillments.json 200", "", []string{v}},
		{"anchor", "see #" + v + " for details", "", []string{v}},
		{"EAN-13 barcode", "scanned " + ean + " at bin A-1", "", []string{ean}},
		{"a card word inside another word", "cardboard box 12 for ref " + w + ", discard old", "", []string{w}},
		{"tracking number", "tracking number " + w + " in transit", "", []string{w}},
		{"prose without a card word", "pick list printed for " + w + " (seller Example Ltd)", "", []string{w}},
		{"a date is no expiry", "shipped 05/12/2026 order ref " + w, "", []string{w}},
		{"row of ids without a card word", "import ok line 2790: 5|" + v + "|a7cc|249-1234567-1234567", "", []string{v}},
		{"csv cell", `"Main St 1",e72ed02207d69300,` + v + `,OD3251906954`, "", []string{v}},
		{"hibernate bigint", "binding parameter [4] as [BIGINT] - [" + v + "]", "", []string{v}},
		{"epoch ms", "ts=1765333534425 ok", "", []string{"1765333534425"}},
	})
	r := newDefault(t)
	for _, in := range []string{"sms to " + luhnComplete("491510000000") + " sent", "call +" + v + " now"} {
		if got := r.String(in); strings.Contains(got, "[REDACTED:card]") {
			t.Errorf("a phone read as a card: %q", got) // a German mobile without its '+', a number after '+'
		}
	}
}

// Credential keys the key readers did not read: a zero-width non-joiner
// inside an Indic key, a key of two words in a non-Latin script, an
// elided Italian key, "2FA" keys in SQL, XML and object dumps, a
// passphrase of words in an object's dump, and an authentication scheme
// before the secret under a credential's key.
func TestClassCredentialKeys9(t *testing.T) {
	const te = "పాస్\u200cవర్డ్" // Telugu "password", written with a ZWNJ
	checkClasses(t, []classCase{
		{"telugu key in a python dict", "payload={'phone': 'x', '" + te + "': 'Zq7Lm2Pr9x', 'sku': 'SKU-1'}", "Zq7Lm2Pr9x", []string{"'sku': 'SKU-1'"}},
		{"telugu xml element", "<ns2:" + te + ">Fake_12#</ns2:" + te + "><ns2:Weight>7.7</ns2:Weight>", "Fake_12", []string{"<ns2:Weight>7.7"}},
		{"telugu sd-param", `[order@32473 id="ABC1" ` + te + `="Fake2001!" bin="B-1"]`, "Fake2001", []string{`bin="B-1"`, `id="ABC1"`}},
		{"telugu key in prose", "pick list printed for " + te + "=Fake2000* (seller X)", "Fake2000", []string{"(seller X)"}},
		{"greek two-word key", `{"filter":{"κωδικός πρόσβασης":"Fake1972#","orders.id":"1"}}`, "Fake1972", []string{`"orders.id":"1"`, "κωδικός πρόσβασης"}},
		{"greek two-word key, escaped json", `"message":"{\"κωδικός πρόσβασης\":\"Fake1972#\",\"n\":\"1\"}"`, "Fake1972", []string{`\"n\":\"1\"`}},
		{"greek two words in prose", "κωδικός πρόσβασης: Fake_pw_1", "Fake_pw_1", []string{"κωδικός πρόσβασης"}},
		{"vietnamese key in json", `{"mật khẩu":"Fake1979","x":1}`, "Fake1979", []string{`"x":1`}},
		{"vietnamese key in escaped json", `{\"mật khẩu\":\"Fake1979\",\"x\":1}`, "Fake1979", []string{`\"x\":1`}},
		{"malay key in a python dict", "{'kata sandi': 'Fake1979', 'x': 1}", "Fake1979", []string{"'x': 1"}},
		{"go struct, a secret's key after a name", "panic: x: &{ID:5791 Buyer:{FullName:ANA SEPÚLVEDA Contraseña:Aq*BVfakeht71R6Z} Items:[{SKU:2576 Qty:2}]}", "Aq*BV", []string{"Items:[{SKU:2576 Qty:2}]"}},
		{"go struct, a han secret's key after a name", "panic: x: &{ID:1 Buyer:{Holder:鈴木 翔太様 暗証番号:NDZfake3CBSA2oq9$N8S} Items:[]}", "NDZfake", []string{"Items:[]"}},
		{"arabic two-word key", `{"كلمة المرور":"Fake_pw_2","x":1}`, "Fake_pw_2", []string{`"x":1`}},
		{"italian parola chiave", "payload={'holder': 'x', 'parola_chiave': 'Fake_8543#', 'sku': 'S'}", "Fake_8543", []string{"'sku': 'S'"}},
		{"italian parola d'ordine", "Profile{id=1, ParolaD'ordine='fake-kaffee-orzel9', createdAt=2026-10-11}", "kaffee", []string{"createdAt=2026-10-11", "id=1"}},
		{"2fa in sql set", "UPDATE customers SET 2fa_code = '120456', updated_at = '2026-04-02' WHERE order_ref = '1';", "120456", []string{"2026-04-02", "order_ref = '1'"}},
		{"2fa xml element", "<ns2:2faCode>120456</ns2:2faCode><ns2:Weight>2</ns2:Weight>", "120456", []string{"<ns2:Weight>2"}},
		{"2fa secret in an anonymous type", "Mapped order { Ordersn = 251103ABCD, 2faSecret = JBSWY3DPEHPK3PXPJBSWY3DP }", "JBSWY3DP", []string{"Ordersn = 251103ABCD"}},
		{"passphrase in an anonymous type", "Mapped order { Addr1 = x, Heslo = Old fake1979*, TsNs = 1765000000000000000 }", "fake1979", []string{"TsNs = 1765000000000000000"}},
		{"passphrase at the object's end", "User(id = 7, password = two fake words)", "fake words", []string{"id = 7"}},
		{"basic scheme under a password key", "userPassword: Basic ZmFrZTpmYWtlZmFrZQ==\ncreated_at: 1765516749", "ZmFrZTpmYWtl", []string{"created_at: 1765516749"}},
		{"basic scheme under a vcard secret", "X-SECRET:Basic ZmFrZTpmYWtlZmFrZQ==\nX-REMOTE-IP:10.0.0.4", "ZmFrZTpmYWtl", []string{"10.0.0.4"}},
		{"digest with icalendar's escaped commas", `X-SHOP-AUTHORIZATION:Digest username="fake"\, realm="api"\, nonce="65a75e4e"\, uri="/v1/orders"\, response="ce8fa93069ac7b77e937510e577284ba"` + "\nX-SHOP-HS-CODE:2794.12.06", "ce8fa93069ac", []string{"2794.12.06"}},
	})
	checkClasses(t, []classCase{
		{"a word with an apostrophe in prose", "the buyer's l'adresse='Rue 1' ok", "", []string{"buyer's"}},
		{"2fa as prose", "2FA enabled for the shop at 10:00", "", []string{"2FA enabled", "10:00"}},
		{"2fa status key", "2fa_enabled=true order=12", "", []string{"order=12"}},
		{"hex starting with 2f", "trace=2fa3b4c5d6e7f8a9 ok", "", []string{"2fa3b4c5d6e7f8a9"}},
		{"object dump without a secret", "Mapped order { Addr1 = x, Note = two words here, TsNs = 1 }", "", []string{"Note = two words here"}},
		{"a scheme word in a non-secret value", "grade: Basic Plan", "", []string{"Basic Plan"}},
		{"greek two words, not a key", `{"note":"κωδικός προϊόντος"}`, "", nil},
	})
	if got := newDefault(t).String("2fa_enabled=true"); !strings.Contains(got, "true") {
		t.Errorf("a 2FA flag lost its value: %q", got)
	}
}

// One-time codes in sign-in messages without a word for "code", the
// French verifying stem with its accent, multi-word credential labels
// before a colon, CI debug expressions in upper case with diacritics.
func TestClassCredentialPhrases9(t *testing.T) {
	checkClasses(t, []classCase{
		{"use to sign in", "Use 480213 to sign in to Example Shop. Do not share it.", "480213", []string{"Example Shop"}},
		{"enter to verify", "enter 73019 to verify your phone", "73019", []string{"verify your phone"}},
		{"spanish use to sign in", "Usa 480213 para iniciar sesión en Example", "480213", []string{"iniciar sesión"}},
		{"indonesian use to sign in", "Gunakan 480213 untuk masuk ke akun Anda", "480213", nil},
		{"japanese sign-in particle", "ログインには 480213 を入力してください", "480213", []string{"を入力"}},
		{"french verifying stem with its accent", `"sms.text":"votre code de vérification est 740310. valid 5 min."`, "740310", []string{"valid 5 min"}},
		{"otp seed label", "C: otp seed: JBSWY3DPEHPK3PXPJBSWY3DP\nC: ts us: 1766331611954138", "JBSWY3DP", []string{"1766331611954138"}},
		{"upper-case label of words", "C: SECRET KEY BASE: ZmFrZWZha2VmYWtlZmFrZQ==\nC: .", "ZmFrZWZh", nil},
		{"recovery codes label in prose", "Callback rejected for payment idem-1: recovery codes: abcde-fghij", "abcde-fghij", []string{"idem-1"}},
		{"ci debug, turkish key in capitals", "##[debug]Evaluating: env.ŞIFRE\n##[debug]Result: 'fake_61x'\n##[debug]Evaluating: env.GTIN", "fake_61x", []string{"env.GTIN"}},
		{"ci debug, romanian key in capitals", "##[debug]Evaluating: env.PAROLĂ\n##[debug]Result: 'Fake2023#'", "Fake2023", nil},
		{"thai otp with possessive and copula", `"sms.text":"รหัส otp ของคุณคือ 6283. do not share it."`, "6283", []string{"do not share it"}},
		{"thai otp in capitals", `"sms.text":"รหัส OTP ของคุณคือ 4103. "`, "4103", nil},
		{"vietnamese otp with possessive and copula", "mã xác minh của bạn là 628301", "628301", nil},
		{"portuguese label of two words", "C: palavra passe: Fake1963?\nC: .", "Fake1963", nil},
		{"french label of three words", "C: mot de passe: Fake1963?", "Fake1963", nil},
		{"ruby symbol key in han", `{:upc=>"709927065306", :密码=>"fake_28@@", :hs_code=>"1517.24.43"}`, "fake_28", []string{"709927065306", "1517.24.43"}},
		{"swahili key in an icalendar property", "X-SHOP-NENOSIRI:Fake1951*\nX-SHOP-TRACKING:9400692336157504813152", "Fake1951", []string{"9400692336157504813152"}},
		{"spanish recovery codes in a query", "GET /x?a=1&codigos_recuperacion=abcde-fghij+klmno-pqrst&b=2 HTTP/1.1", "klmno", []string{"&b=2"}},
	})
	checkClasses(t, []classCase{
		{"use a quantity", "use 2500 to cover shipping", "", []string{"2500"}},
		{"a verb without a purpose", "use 480213 as the order reference", "", []string{"480213"}},
		{"a purpose without a verb", "order 480213 to sign in later", "", []string{"480213"}},
		{"japanese count", "ログインには 3 回失敗しました", "", []string{"3 回"}},
		{"partition key label", "C: partition key: orders-7", "", []string{"orders-7"}},
		{"error code label", "C: error code: E4021", "", []string{"E4021"}},
		{"random seed label", "test run: random seed: 918273", "", []string{"918273"}},
		{"ci debug, not a secret", "##[debug]Evaluating: env.HTTP_STATUS\n##[debug]Result: '404'", "", []string{"'404'"}},
	})
}

// Secrets without a key: a password of a word, '_' and digits with a
// symbol in a tuple or a positional argument, short human passwords in a
// database's tuple, the last of HAProxy's captured headers, the value of
// SQL Server's duplicate key when the constraint names a secret's column,
// and an SMTP client's base64 answer logged as a record of its own.
func TestClassKeylessSecrets9(t *testing.T) {
	checkClasses(t, []classCase{
		{"postgres failing row", "DETAIL:  Failing row contains (5800000000001, null, 833100000000, Idea1986*, 3543).", "Idea1986", []string{"5800000000001", "3543)"}},
		{"word, underscore, digits, symbol", "The duplicate key value is (troop_15!, 72-31).", "troop_15", []string{"72-31"}},
		{"python positional", "op_kwargs={'ts': '1765413930', 'mustering_84@@', 'f949da45791c2dc6'} msg='x'", "mustering", []string{"f949da45791c2dc6", "1765413930"}},
		{"generated password in a headerless row", "export row 12: SKU-1|58Rd_!paRmM_v|3", "paRmM", []string{"SKU-1|", "|3"}},
		{"haproxy capture, password", `lb1 haproxy[3318]: 172.24.0.1:8080 [05/Dec/2026:10:51:30.828] fe~ be/api1 0/0/1/152/276 503 7063 - - ---- 1/2/3/1/0 0/0 {shop.example|Mozilla/5.0|Panther2014!} "GET /api HTTP/1.1"`, "Panther2014", []string{"shop.example|Mozilla/5.0|", `"GET /api HTTP/1.1"`}},
		{"haproxy capture, base64 key", `0/0 {shop.example|Mozilla/5.0|YSiv1qfyLiyPwCYBcONlfW4JSrf0lNlgn+9giZSa/Qs=} "GET /a HTTP/1.1"`, "YSiv1qfy", []string{"Mozilla/5.0"}},
		{"haproxy capture, totp seed", `0/0 {shop.example|Mozilla/5.0|JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP} "GET /a HTTP/1.1"`, "JBSWY3DP", nil},
		{"mssql constraint names the column", "Violation of UNIQUE KEY constraint 'UQ_Buyers_Contraseña'. Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (plain words here).", "plain words", []string{"UQ_Buyers_Contraseña", "dbo.Buyers"}},
		{"mssql constraint of two parts", "Violation of UNIQUE KEY constraint 'UQ_Buyers_Api_Token'. The duplicate key value is (tok-1, 2).", "tok-1", []string{", 2)"}},
		{"smtp answer as a record", "2026-12-05T10:00:03Z mailer C: RmFrZVBhc3N3b3JkMDAwMCE=", "RmFrZVBhc3N3", []string{"mailer C: "}},
		{"smtp user name as a record", "2026-12-05T10:00:01Z mailer C: ZmFrZS11c2Vy", "ZmFrZS11c2Vy", nil},
		{"smtp short padded user name", "2026-12-05T10:00:01Z mailer C: ZmFrZQ==", "ZmFrZQ==", nil},
		{"postfix client answer", "postfix/smtp[4301]: > mx.example.test[192.0.2.7]:587: RmFrZVBhc3N3b3JkMDAwMCE=", "RmFrZVBhc3N3", []string{"192.0.2.7"}},
		{"python smtplib send", `send: 'RmFrZVBhc3N3b3JkMDAwMCE=\r\n'`, "RmFrZVBhc3N3", nil},
	})
	checkClasses(t, []classCase{
		{"mssql constraint on an order id", "Violation of UNIQUE KEY constraint 'UQ_Buyers_OrderId'. The duplicate key value is (262-8937215-1861935, 2).", "", []string{"262-8937215-1861935"}},
		{"mssql constraint on an email", "Violation of UNIQUE KEY constraint 'UQ_Buyers_Ean'. The duplicate key value is (4006381333931, 2).", "", []string{"4006381333931"}},
		{"haproxy capture, host and agent", `0/0 {shop.example|curl/8.4.0} "GET /a HTTP/1.1"`, "", []string{"shop.example|curl/8.4.0"}},
		{"haproxy capture, request id", `0/0 {shop.example|Mozilla/5.0|9b2f0c1e-4d7a-4c55-9a51-2f4b8e6d1c3a} "GET /a HTTP/1.1"`, "", []string{"9b2f0c1e-4d7a-4c55-9a51-2f4b8e6d1c3a"}},
		{"an object id with a prefix", "args=('pi_3DUVfakeFAKE1234', 'x')", "", []string{"pi_3DUVfakeFAKE1234"}},
		{"identifier with digits", "(batch_2024, 3)", "", []string{"batch_2024"}},
		{"smtp command record", "2026-12-05T10:00:04Z mailer C: QUIT", "", []string{"C: QUIT"}},
		{"smtp challenge record", "2026-12-05T10:00:02Z mailer S: 334 UGFzc3dvcmQ6", "", []string{"334 UGFzc3dvcmQ6"}},
		{"a word after C:", "2026-12-05T10:00:04Z chat C: thanks", "", []string{"C: thanks"}},
		{"a commit after C:", "deploy C: 3f2a1c0b", "", []string{"3f2a1c0b"}},
		{"a short code in a chat", "2026-12-05T10:00:04Z chat C: SKU12345", "", []string{"SKU12345"}},
		{"a queue id", "2026-12-05T10:00:04Z mailer S: 250 2.0.0 Ok: queued as 4F2A1C0B3D", "", []string{"4F2A1C0B3D"}},
	})
}

// The look-alikes the card and credential readers of this file must keep,
// in the places those readers look: error codes and statuses, marketplace
// order and tracking ids, epoch times (a Luhn-valid millisecond one too),
// Snowflake ids, SMTP replies and message ids, base64 of no secret, git
// SHAs and hashes, constraint names that name no secret.
func TestClassLookAlikes9(t *testing.T) {
	ms := "1765333534425"
	for !luhn([]byte(ms)) {
		ms = strconv.FormatInt(mustAtoi(t, ms)+1, 10)
	}
	b64 := base64.StdEncoding.EncodeToString([]byte("shipment label v2 for warehouse 7"))
	checkClasses(t, []classCase{
		{"error code and status", "ERROR 1062 (23000) status=409 code=E4021 payment declined", "", []string{"1062", "status=409", "E4021"}},
		{"amazon, shopee, lazada, tiktok ids", "orders 171-1234567-1234567, 260522TBVH5H1M, 412345678901234, 576543210987654321 synced", "", []string{"171-1234567-1234567", "260522TBVH5H1M", "412345678901234", "576543210987654321"}},
		{"tracking numbers", "tracking 1Z999AA10123456784 / 9400111899223856920001 / RR123456785CN", "", []string{"1Z999AA10123456784", "9400111899223856920001", "RR123456785CN"}},
		{"epoch times, luhn-valid ms", "ts=" + ms + " t_us=1765333534425123 t_ns=1765333534425123456 s=1765333534", "", []string{ms, "1765333534425123", "1765333534425123456", "1765333534"}},
		{"snowflake ids", `{"id":"1790453452368445440","channel_id":"1234567890123456789"}`, "", []string{"1790453452368445440", "1234567890123456789"}},
		{"smtp replies and message ids", "S: 250 2.0.0 Ok: queued as 4F2A1C0B3D\nC: Message-ID: <0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9@shop.example>\nS: 221 2.0.0 Bye", "", []string{"queued as 4F2A1C0B3D", "0f1e2d3c-4b5a-6978-8695-a4b3c2d1e0f9@shop.example", "221 2.0.0 Bye"}},
		{"base64 of no secret in a body", "Content-Transfer-Encoding: base64\n\n" + b64, "", []string{b64}},
		{"base64 payload under a data key", `{"data":"` + b64 + `","type":"label"}`, "", []string{b64}},
		{"git shas and hashes", "deploy 3f2a1c0b9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a sha256=9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "", []string{"3f2a1c0b9e8d7f6a5b4c3d2e1f0a9b8c7d6e5f4a", "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"}},
		{"constraint names of no secret", `ERROR: duplicate key value violates unique constraint "orders_external_id_key" DETAIL: Key (external_id)=(171-1234567-1234567) already exists.`, "", []string{"orders_external_id_key", "171-1234567-1234567"}},
		{"sql server constraint of no secret", "Violation of UNIQUE KEY constraint 'UQ_Orders_TrackingNo'. The duplicate key value is (1Z999AA10123456784).", "", []string{"1Z999AA10123456784"}},
	})
}

func mustAtoi(t *testing.T, s string) int64 {
	t.Helper()
	v, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}
