package redact

import (
	"encoding/base64"
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// SMTP AUTH in protocol transcripts: the initial response after
// `AUTH PLAIN`/`AUTH XOAUTH2`, and the client's answers to `334`
// challenges (`AUTH LOGIN`, CRAM-MD5) in the shapes mail libraries and
// servers log (`C:`/`S:`, `>>>`/`<<<`, swaks's `~>`/`<~`, Python's
// `send:`/`reply:`, bare lines). The challenges, reply codes, commands,
// queue and message ids are kept.
func TestClassSMTPAuth(t *testing.T) {
	b64 := base64.StdEncoding.EncodeToString
	plain := b64([]byte("\x00fake-sender\x00Fake-Pass-0000"))
	user, pass := b64([]byte("fake-sender")), b64([]byte("FakePassword0000!"))
	userCh, passCh := b64([]byte("Username:")), b64([]byte("Password:"))
	transcript := "S: 220 mx.example.test ESMTP\nC: EHLO worker-1\nC: AUTH LOGIN\nS: 334 " + userCh + "\nC: " + user + "\nS: 334 " + passCh + "\nC: " + pass +
		"\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<noreply@example.test>\nS: 250 2.1.0 Ok\nS: 250 2.0.0 Ok: queued as 4F2A1C0B3D\n"
	checkClasses(t, []classCase{
		{"auth plain initial response", "S: 220 mx.example.test ESMTP\nC: AUTH PLAIN " + plain + "\nS: 235 2.7.0 Authentication successful", plain,
			[]string{"AUTH PLAIN ", "235 2.7.0 Authentication successful"}},
		{"auth plain on a postfix line", "postfix/smtp[4301]: > mx.example.test[192.0.2.7]:587: AUTH PLAIN " + plain, plain, []string{"AUTH PLAIN", "192.0.2.7"}},
		{"auth login password", transcript, pass, []string{"334 " + userCh, "334 " + passCh, "235 2.7.0", "queued as 4F2A1C0B3D", "EHLO worker-1"}},
		{"auth login user name", transcript, "C: " + user, nil},
		{"arrows", "<<< 334 " + passCh + "\n>>> " + pass + "\n<<< 235 Authentication successful", pass, []string{"<<< 334 " + passCh, "235 Authentication"}},
		{"swaks", "<~  334 " + passCh + "\n ~> " + pass + "\n<~  235 2.7.0 ok", pass, []string{"334 " + passCh}},
		{"python smtplib", "reply: b'334 " + passCh + "\\r\\n'\nreply: retcode (334); Msg: b'" + passCh + "'\nsend: '" + pass + "\\r\\n'\nreply: b'235 2.7.0 Accepted\\r\\n'", pass, []string{"Msg: b'" + passCh + "'"}},
		{"bare lines", "334 " + passCh + "\n" + pass + "\n235 2.7.0 Authentication successful", pass, []string{"334 " + passCh}},
		{"empty challenge", "C: AUTH PLAIN\nS: 334 \nC: " + plain + "\nS: 235 ok", plain, []string{"AUTH PLAIN"}},
	})
	checkClasses(t, []classCase{
		{"a reply after a 334 is no answer", "S: 334 " + passCh + "\nS: 535 5.7.8 Error: authentication failed", "", []string{"535 5.7.8 Error: authentication failed", "334 " + passCh}},
		{"a command after a 334", "S: 334 " + userCh + "\nC: QUIT", "", []string{"C: QUIT"}},
		{"an attachment's base64 is not an answer", "Content-Transfer-Encoding: base64\n\n" + b64([]byte("%PDF-1.4 fake attachment body that is long enough")), "", []string{b64([]byte("%PDF-1.4 fake attachment body that is long enough"))}},
		{"a status 334 in an access log", "GET /orders/334 HTTP/1.1 200 334\nGET /orders/335 HTTP/1.1 200 512", "", []string{"/orders/334", "200 512"}},
		{"the word auth in prose", "auth plain text fallback disabled for order 171-1234567-1234567", "", []string{"order 171-1234567-1234567"}},
	})
}

// A set of recovery codes written as one value separated by spaces, under
// a key of any language, a vCard or iCalendar property, a bound value or a
// positional argument: the whole run is the secret, not its first code.
func TestClassRecoveryCodeRuns(t *testing.T) {
	const codes = "ab1cd-2ef3g hj4km-5np6q rs7tu-8vw9x"
	checkClasses(t, []classCase{
		{"under a key", "backup_codes=" + codes + ", carrier=DHL", "rs7tu-8vw9x", []string{", carrier=DHL"}},
		{"under a spanish key", "codigos_recuperacion: " + codes + "\nnext: 1", "hj4km", []string{"next: 1"}},
		{"erlang binary", `<<"backup_codes">> => <<"` + codes + `"/utf8>>,<<"upc">> => <<"012345678905"/utf8>>`, "hj4km", []string{"012345678905"}},
		{"vcard property", "X-SECRET:" + codes + "\nX-ORDER-ID:171-1234567-1234567", "rs7tu", []string{"171-1234567-1234567"}},
		{"oracle bind", "binds: :1='" + codes + "', :2='171-1234567-1234567'", "ab1cd", []string{"171-1234567-1234567"}},
		{"positional argument", "args=('" + codes + "', 'req_71e049e0-33c9')", "hj4km", []string{"req_71e049e0-33c9"}},
		{"pipe group", "{shop.example|Mozilla/5.0|" + codes + "}", "ab1cd", []string{"Mozilla/5.0"}},
		{"upper case, three groups", "codes: AB12-CD34-EF56 GH78-JK9L-MN2P", "GH78-JK9L", nil},
		{"two codes", "codes: ab1cd-2ef3g hj4km-5np6q", "hj4km", nil},
	})
	checkClasses(t, []classCase{
		{"hyphenated words", "flags: check-email reset-token sign-in", "", []string{"check-email reset-token"}},
		{"uuids", "ids 0af76519-16cd-43dd-8448-eb211c80319c 1bf76519-16cd-43dd-8448-eb211c80319c", "", []string{"0af76519-16cd-43dd"}},
		{"dates", "from 2026-12-05 to 2026-12-06", "", []string{"2026-12-05 to 2026-12-06"}},
		{"one code alone after a plain word", "sku abc12-def34 shipped", "", []string{"abc12-def34"}},
		{"skus of mixed shapes", "items SKU-4411-BLK SKU-4412-RED", "", []string{"SKU-4411-BLK SKU-4412-RED"}},
		{"request ids", "rid-c0bb735b-3258 rid-d0bb735b-3259", "", []string{"rid-c0bb735b-3258"}},
	})
}

// One-time codes whose phrase ends in a copula or a topic marker, glued
// or not, and the codes for signing in, activating or a single use.
func TestClassOTPCopula(t *testing.T) {
	checkClasses(t, []classCase{
		{"italian è", "SMS: il tuo codice di verifica è 402913, valido 5 minuti", "402913", []string{"valido 5 minuti"}},
		{"spanish es", "tu código de verificación es 771204", "771204", nil},
		{"portuguese é", "O seu código de verificação é 660182", "660182", nil},
		{"vietnamese là", "Mã xác minh của bạn là 918273", "918273", nil},
		{"swedish är", "Din verifieringskod är 550417", "550417", nil},
		{"tagalog ay", "Ang iyong verification code ay 204861", "204861", nil},
		{"swahili ni", "Nambari yako ya uthibitisho ni 839201", "839201", nil},
		{"polish to", "Twój kod weryfikacyjny to 662019", "662019", nil},
		{"chinese glued", "您的验证码是731094，5分钟内有效", "731094", []string{"5分钟内有效"}},
		{"japanese glued", "認証コードは482019です", "482019", nil},
		{"korean topic marker", "인증번호는 593018 입니다", "593018", nil},
		{"burmese topic marker", "သင်၏ အတည်ပြုကုဒ်မှာ 318204 ဖြစ်သည်", "318204", nil},
		{"ukrainian login code", "sms_text='код для входу 710394'", "710394", nil},
		{"arabic activation code", "كود التفعيل 582041", "582041", nil},
		{"turkish one-time password", "tek kullanımlık şifreniz 112093", "112093", nil},
		{"english sign-in code", "Your sign-in code 480213", "480213", nil},
		{"hebrew copula", "קוד האימות שלך הוא 300917", "300917", nil},
		{"german lautet", "via sms: Ihr Bestätigungscode lautet 0619", "0619", nil},
		{"tamil code word last", "உங்கள் சரிபார்ப்புக் குறியீடு 253604", "253604", nil},
		{"sinhala code word last", "ඔබගේ සත්‍යාපන කේතය 120019", "120019", nil},
	})
	checkClasses(t, []classCase{
		{"an amount after is", "the total is 1200 EUR", "", []string{"is 1200"}},
		{"a parcel after lautet", "Ihre Sendungsnummer lautet 1234", "", []string{"lautet 1234"}},
		{"a status after is", "order status is 4001", "", []string{"is 4001"}},
		{"an order after a verification clause", "verification failed for order 123456", "", []string{"order 123456"}},
		{"a login count", "login attempts 3 of 5 for seller 99812", "", []string{"seller 99812"}},
		{"chinese order number", "您的订单号是20261205", "", []string{"20261205"}},
		{"error code", "error code is 5003 (timeout)", "", []string{"5003"}},
	})
}

// "Password", PIN and access-code keys in more languages and scripts, as a
// key's tail (Han script, Japanese, Arabic, Hebrew's other spelling) or
// head first ("pass_nueva"); "passport" and "passenger" stay.
func TestClassPasswordKeys8(t *testing.T) {
	checkClasses(t, []classCase{
		{"portuguese palavra-passe", `{"PalavraPasse":"Fake!Pw0rd-001","order":"9"}`, "Fake!Pw0rd-001", []string{`"order":"9"`}},
		{"traditional chinese login password", "登入密碼=FakePw0rd001 sku=K-77", "FakePw0rd001", []string{"sku=K-77"}},
		{"japanese pin", `1764965752.336891 [0 192.0.2.13:6379] "HSET" "checkout:0af76519" "暗証番号" "FakePin0000x" "updated_at" "1764397923111"`, "FakePin0000x", []string{"1764397923111"}},
		{"german access code", `{"Zugangscode":"FAKEcode0000aa","version":26}`, "FAKEcode0000aa", []string{`"version":26`}},
		{"hebrew other spelling", `{"filter":{"סיסמא":"FakePw0rd001x"}}`, "FakePw0rd001x", nil},
		{"arabic secret number", `{"الرقم_السري":"Fake#Pin0000"}`, "Fake#Pin0000", nil},
		{"spanish new pass", "GET /checkout?order=1&pass_nueva=fake_0000%21%21&cur=EUR", "fake_0000", []string{"&cur=EUR"}},
		{"english pass confirm", "passConfirm=FakePw0rd001 ok", "FakePw0rd001", []string{"ok"}},
		{"romanised bengali", "sku=TSH-6918-42&gopon_shongket=Fake2017&qty=9", "Fake2017", []string{"sku=TSH-6918-42", "&qty=9"}},
		{"romanised greek", "?synthimatiko=fake-sunflower-0&order=#98331", "fake-sunflower-0", []string{"order=#98331"}},
		{"persian", `{"کلمهعبور":"fakeFAKE75S"}`, "fakeFAKE75S", nil},
	})
	checkClasses(t, []classCase{
		{"passport number", "passport=X1234567 nationality=PT", "", []string{"X1234567"}},
		{"passenger", "passenger=3 class=economy", "", []string{"passenger=3"}},
		{"pass-through", "passthrough=true mode=fast", "", []string{"passthrough=true"}},
	})
}

// A one-time code named by a message template's placeholder ({OtpCode},
// {2faCode}) is found in the rendering even though it is six digits.
func TestClassTemplateOTP(t *testing.T) {
	r := newDefault(t)
	ev := event.Event{Fields: []event.Field{
		{Path: "messageTemplate", Value: event.StringValue("Order {OrderId} updated: {OtpCode} / {Qty}")},
		{Path: "message", Value: event.StringValue(`Order "5431198816592" updated: "604213" / "120000"`)},
	}}
	r.Event(&ev)
	got := ev.Fields[1].Value.Str
	if strings.Contains(got, "604213") {
		t.Errorf("one-time code kept: %s", got)
	}
	for _, k := range []string{"5431198816592", "120000"} {
		if !strings.Contains(got, k) {
			t.Errorf("%s lost: %s", k, got)
		}
	}
}

// Vendors' token prefixes: Square, Meta, Mercado Pago of any length; a
// Square application id and a Mercado Pago public key are public.
func TestClassVendorTokens8(t *testing.T) {
	checkClasses(t, []classCase{
		{"square access token", "token sq0atp-FAKEfake0000FAKEfake00 used", "FAKEfake0000", []string{"used"}},
		{"square client secret", "secret=sq0csp-FAKEfake0000FAKEfake0000FAKEfake0000FAKEfak ok", "FAKEfake0000", []string{"ok"}},
		{"meta access token", "pick list printed for EAAGfake0000FAKEfake0000FAKEfake0000Zz (seller X)", "EAAGfake0000", []string{"(seller X)"}},
		{"mercado pago short token", "payment APP_USR-fake0000FAKEfake0000FAKEfake00 rejected", "fake0000FAKE", []string{"rejected"}},
	})
	checkClasses(t, []classCase{
		{"square application id", "app sq0idp-FAKEfake0000FAKEfake00 ok", "", []string{"sq0idp-FAKEfake0000FAKEfake00"}},
		{"mercado pago public key", "pk APP_USR-0af76519-16cd-43dd-8448-eb211c80319c", "", []string{"APP_USR-0af76519-16cd-43dd-8448-eb211c80319c"}},
		{"a word starting EAA", "EAAPROCESSINGSTATUSCODEVALUESXYZ1 done", "", []string{"EAAPROCESSINGSTATUSCODEVALUESXYZ1"}},
	})
}

// A single recovery code after the phrase that names it, in the shops'
// languages.
func TestClassRecoveryPhrase(t *testing.T) {
	checkClasses(t, []classCase{
		{"english", "outbound|8080||api.svc.cluster.local recovery codes: ab1cd-2ef3g", "ab1cd-2ef3g", []string{"cluster.local"}},
		{"spanish", "códigos de recuperación: hj4km-5np6q (seller X)", "hj4km-5np6q", []string{"(seller X)"}},
		{"russian", "коды восстановления: rs7tu-8vw9x", "rs7tu-8vw9x", nil},
	})
	checkClasses(t, []classCase{
		{"a sku after another phrase", "pick list printed for abc12-def34 (seller X)", "", []string{"abc12-def34"}},
		{"a masked card after a backup word", "backup card XXXX-XXXX-XXXX-4821 charged", "", []string{"XXXX-XXXX-XXXX-4821"}},
	})
}

// Phones of chat platforms and marketplaces: WhatsApp's wa_id, a number
// under a phone object or array (twice-nested JSON too), and dotted
// national mobiles; IPv4 addresses and order numbers stay.
func TestClassPhones8(t *testing.T) {
	checkClasses(t, []classCase{
		{"whatsapp wa_id", `{"contacts":[{"profile":{"name":"x"},"wa_id":"15550000000"}],"id":"wamid.0af7651916cd"}`, "15550000000", []string{"wamid.0af7651916cd"}},
		{"number under a phone object", `x {"phone":{"area_code":"11","number":"84900000000"},"order":"9"}`, "84900000000", []string{`"area_code":"11"`, `"order":"9"`}},
		{"number under a phone object, twice nested", `{"message":"{\"log\":\"{\\\"phone\\\":{\\\"area_code\\\":\\\"11\\\",\\\"number\\\":\\\"84900000000\\\"}}\"}"}`, "84900000000", nil},
		{"number in a phones array", `x {"phones":[{"type":"home","number":"84900000000"}]}`, "84900000000", nil},
		{"dotted swedish mobile", "order 1 till X, mobil 070.000.00.00", "070.000.00.00", nil},
		{"dotted mobile under a phone key", `{"phone_number":"063.000.75.69"}`, "063.000.75.69", nil},
		{"dotted philippine mobile", "para kay X, cp 0999.000.0000", "0999.000.0000", nil},
		{"urdu phone word", "آرڈر 2000268533588103 گاہک X فون 923000000009", "923000000009", []string{"2000268533588103"}},
		{"sinhala phone word", "ඇණවුම 602254716460124 පාරිභෝගික X, දුරකථන 94700000099", "94700000099", []string{"602254716460124"}},
		{"filipino cp_number key", `{"ticket.cp_number":"639000000011","zip":"1000"}`, "639000000011", []string{`"zip":"1000"`}},
	})
	checkClasses(t, []classCase{
		{"number under an order object", `{"order":{"x":1,"number":"84900000000"}}`, "", []string{"84900000000"}},
		{"ipv4", "peer 10.32.140.230 ok, dns 192.168.1.1", "", []string{"10.32.140.230", "192.168.1.1"}},
		{"zero-padded ipv4 octets", "from 010.001.002.003", "", []string{"010.001.002.003"}},
		{"version", "agent v1.2.3.4", "", []string{"1.2.3.4"}},
		{"card under a card object", `{"card":{"number":"4111111111111111"}}`, "4111111111111111", nil},
	})
}

// Keys given in the shapes of more runtimes: an XML element's name and
// value attributes, Erlang and Elixir binaries in a map; and one-time
// codes named as activation or single-use codes before a colon.
func TestClassKeyShapes8(t *testing.T) {
	checkClasses(t, []classCase{
		{"xml name and value attributes", `<r><Attr name="jelszó" value="Fake_00%"/><Consignee gtin="5900240057206"/></r>`, "Fake_00%", []string{"5900240057206"}},
		{"xml property", `<property name="db.password" value="Fake0000pw"/>`, "Fake0000pw", nil},
		{"erlang binary map", `payload: #{<<"user_pwd">> => <<"Fake_00%"/utf8>>,<<"ordersn">> => <<"251105FAKE00"/utf8>>}`, "Fake_00%", []string{"251105FAKE00"}},
		{"elixir binary, cjk key", `%{<<"密码">> => <<"Fake2009$"/utf8>>}`, "Fake2009$", nil},
		{"arabic activation code", `"text":"كود التفعيل: 804412"`, "804412", nil},
		{"hungarian one-time code", `"text":"egyszer használatos kód: 147402"`, "147402", nil},
	})
	checkClasses(t, []classCase{
		{"xml attributes of goods", `<Item name="colour" value="red"/><Qty value="3"/>`, "", []string{`value="red"`, `value="3"`}},
		{"erlang binary of an order", `#{<<"ordersn">> => <<"251105FAKE00"/utf8>>}`, "", []string{"251105FAKE00"}},
		{"activation error code", "activation failed, status: 5003", "", []string{"5003"}},
	})
}

// Secrets without a key in Oracle's bind list and in a bracketed list
// separated by ", " (SQL Server's duplicate key value); ids, UUIDs,
// versions and amounts in the same lists stay.
func TestClassListSecrets8(t *testing.T) {
	checkClasses(t, []classCase{
		{"oracle binds", "SQL: INSERT INTO BUYERS VALUES (:x, :x) binds: :1='867-1221420-6611573', :2='FakeKEYa0b1c2D3e4F5g6H7i8J9k0LmNoPqRsTu'", "FakeKEYa0b1c2", []string{"867-1221420-6611573"}},
		{"mssql duplicate key, middle item", "The duplicate key value is (2612054FAKE0, LBC619816232509, v0.16.15, CBcd7y3QvLfDlMLXGNeVcV1KvldJ8mCa).", "CBcd7y3Qv", []string{"2612054FAKE0", "LBC619816232509", "v0.16.15"}},
		{"mssql duplicate key, first item", "The duplicate key value is (Fakering1956$, 1f206a4a-65ab, 9782344874219).", "Fakering1956$", []string{"1f206a4a-65ab", "9782344874219"}},
		{"base32 seed in a list", "The duplicate key value is (5198692556434, FAKEFAKEFAKE2QRJBVA5OVNVD6SCSXAB, 1765836662756).", "FAKEFAKEFAKE2QRJ", []string{"5198692556434", "1765836662756"}},
	})
	checkClasses(t, []classCase{
		{"ids in a list", "The duplicate key value is (0af76519-16cd-43dd-8448-eb211c80319c, 171-1234567-1234567, iPhone15ProMax).", "", []string{"0af76519-16cd-43dd-8448-eb211c80319c", "171-1234567-1234567", "iPhone15ProMax"}},
		{"a call's arguments", "main.handle(0xc000123456, 0x1f, {0x0, 0x0})", "", []string{"0xc000123456"}},
		{"named bind of an id", "binds: :order_id='2612054FAKE00'", "", []string{"2612054FAKE00"}},
	})
}

// GitHub Actions' step debug log: the evaluated expression names the
// result on the next line.
func TestClassCIDebugResults(t *testing.T) {
	const log = "##[debug]Evaluating: env.PARTNER_SECRET\n##[debug]Result: 'c6dd2dbebb5869bab602a85005088671'\n" +
		"##[debug]Evaluating: secrets.DEPLOY\n##[debug]Result: 'FakeDeployValue01'\n" +
		"##[debug]Evaluating: env.BUYER_PHONE\n##[debug]Result: '+44 20 7946 0000'\n" +
		"##[debug]Evaluating: env.HTTP_STATUS\n##[debug]Result: '429'\n" +
		"##[debug]Evaluating: github.sha\n##[debug]Result: '6c9d9a30c5504c73a2c0515ce0e2ff23fa6f15b3'\n"
	checkClasses(t, []classCase{
		{"env secret", log, "c6dd2dbebb5869bab602a85005088671", []string{"Result: '429'", "6c9d9a30c5504c73a2c0515ce0e2ff23fa6f15b3"}},
		{"secrets context", log, "FakeDeployValue01", nil},
		{"env phone", log, "7946 0000", nil},
	})
}
