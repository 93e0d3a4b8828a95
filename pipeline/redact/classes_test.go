package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Each case is one class of value that must go (the values are made up and
// checksums generated where they matter); the want strings are what must
// survive around it.
func TestClassesInText(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct {
		name, in, gone string
		keep           []string
	}{
		{"card in JSON body after number key", `{"card":{"number":"4299 1912 1344 8573","exp":"08/30"}}`, "4299 1912", []string{`"exp":"08/30"`}},
		{"compact card after number key", `{"number":"4299191213448573"}`, "4299191213448573", nil},
		{"amex 4-6-5 after id word", "payment ref 3479-943194-14674 ok", "943194", []string{"payment ref"}},
		{"unionpay after order_no", "order_no=6212345678901232 ok", "6212345678901232", []string{"order_no="}},
		{"smtp_pass", "smtp_pass=Tr0ub4dor&x=1", "Tr0ub4dor", []string{"&x=1"}},
		{"db_pass", "db_pass: s3cr3t-v4lue", "s3cr3t-v4lue", nil},
		{"passphrase", `"passphrase":"correct horse battery"`, "correct horse", nil},
		{"client_secret", "client_secret=ab12cd34ef56", "ab12cd34ef56", nil},
		{"x-api-key header", "X-Api-Key: 9f8e7d6c5b4a", "9f8e7d6c5b4a", nil},
		{"camelCase apiKey", `{"apiKey":"live_abcdef123456"}`, "live_abcdef123456", nil},
		{"country code in brackets", "phone (+62) 818 4316 953 ok", "4316", []string{"ok"}},
		{"country code in brackets, no word", "call me at (65) 9870 2284", "9870", nil},
		{"trunk 0 with local grouping", "tel 0917 940 4315", "940 4315", nil},
		{"BR mobile", "+55 71 5014-5664", "5014", nil},
		{"ES mobile", "llamar al 612 345 678 hoy", "345", []string{"hoy"}},
		{"IN mobile", "reach 98765 43210 today", "43210", []string{"today"}},
		{"phone key by its parts", `{"contact_number":"628828265605"}`, "628828265605", nil},
		{"url-encoded email", "https://x.example/cb?email=thomas.davis%2Bshop%40example.com&ok=1", "thomas.davis", []string{"&ok=1"}},
		{"url-encoded phone", "phone=%28020%29+2708+7505&lang=en", "2708", []string{"&lang=en"}},
		{"form body name", "name=Sophie+M%C3%BCller&qty=2", "Sophie", []string{"&qty=2"}},
		{"account holder", "account holder Sophie Koch verified", "Sophie Koch", []string{"verified"}},
		{"display name before email", "synced for Lim Jia Hui <lim.jh@example.sg>", "Lim Jia Hui", []string{"synced for"}},
		{"malay patronymic", "Name:Siti Aminah binte Karim Email:x", "Karim", []string{"Email:x"}},
		{"indian patronymic in struct", "{To:a Name:Ravi a/l Muthu}", "Muthu", nil},
		{"role word with diacritics", "Người nhận: Lê Văn Tám, giao hàng", "Tám", []string{"giao hàng"}},
		{"thai role word after a verb", "ติดต่อผู้ซื้อ สมพร ใจดี ไม่ได้", "สมพร", nil},
		{"indonesian buyer", "Gagal menghubungi pembeli Rina Wati di nomor", "Rina Wati", []string{"di nomor"}},
		{"dutch sent to", "bestelling 12 verzonden naar Daan de Vries vandaag", "Daan", []string{"vandaag"}},
		{"shopper key", `{"shopperName":"Inès Marchal"}`, "Inès", nil},
		{"dutch address word", "adres: Kerkweg 12, klant gebeld", "Kerkweg", []string{"klant gebeld"}},
		{"street after a quote", "args=('1', '88 Harbour Road, Cairns QLD 4870')", "Harbour", []string{"'1'"}},
		{"french street in lower case", "{73 quai des Brumes Nice 06007}", "Brumes", nil},
		{"vietnamese street", "    Số 12 đường Lê Lợi", "Lợi", nil},
		{"thai road fused with its name", "    77/3 ถนนพหลโยธิน", "พหลโยธิน", nil},
		{"abbreviation inside an address", "'Av. Juárez 88 Depto. 4, Col. Roma, C.P. 06700'", "Roma", nil},
		{"unit in lower case", "'Rua Verde, 55, casa 2 - Centro'", "casa 2", nil},
		{"unit before the street", `"Flat 3, 12 Mill Lane, Leeds LS1 1AA"`, "Flat 3", nil},
		{"url query street", "GET /autocomplete?q=Kerkstraat+12+hs&country=NL", "Kerkstraat", []string{"&country=NL"}},
		{"header-less row", "wrong number of fields: 2410X;Marco Bianchi;328 0264065;Via Roma 5;90133", "Marco", []string{"2410X", "90133"}},
		{"tsv row", "skipped:\t8407663\tAisha binti Omar\t60132738978\tJalan Ipoh 3\tRM 5", "60132738978", []string{"8407663", "RM 5"}},
		{"postgres bind parameters", "UPDATE b SET full_name = $1, phone = $2 WHERE id = $3\nDETAIL:  parameters: $1 = 'Tomás Vidal', $2 = '6597716666', $3 = '42'", "Vidal", []string{"$3 = '42'"}},
		{"holder in brackets after IBAN", "payout to IBAN DE89370400440532013000 (Greta Lang) rejected", "Greta", []string{"rejected"}},
		{"patronymic in a display name", `To: "Kavitha a/p Raman" <kr@example.my>`, "Kavitha", nil},
		{"greeting", "Olá Beatriz Souza, seu pedido saiu para entrega", "Beatriz", []string{"seu pedido"}},
		{"birthday card", "Happy birthday Lena Vogt!", "Lena", nil},
		{"gift card greeting", "To Inès Marchal!", "Inès", nil},
		{"french shipped to", "commande 23 expédiée à Manon Petit, adresse", "Manon", []string{"adresse"}},
		{"vietnamese phone word", "SĐT: 0988.084.964 (đơn 25)", "084", []string{"đơn 25"}},
		{"mobile without plus", "recipient {1 Ana 6561359840 {x}}", "6561359840", nil},
		{"vietnamese mobile without plus", "Người nhận - 84773028455 - giao", "84773028455", nil},
		{"recipient", "recipient Ana Paula Lima, parcel 3", "Ana Paula", []string{", parcel 3"}},
		{"attn with particles", "attn: María José Pérez de la Cruz", "Pérez de la Cruz", nil},
		{"honorific", "Dear Mr. John Smith, your order", "John Smith", []string{"your order"}},
		{"address key line1", `{"line1":"Av. Paseo de la Reforma 603, Col. Del Valle"}`, "Reforma", nil},
		{"address key addr", "addr=Dorfstr. 88&city=x", "Dorfstr", []string{"&city="}},
		{"address ends before the amount", "ship to 69 Queen Street, Brisbane QLD 4000 (total 9112.23)", "Queen", []string{"(total 9112.23)"}},
		{"address ends at a currency", "deliver to Rua das Flores, 2017 - apto 88 R$ 129,90", "Flores", []string{"R$ 129,90"}},
		{"address ends at an amount", "ship to 15 Orchard Rd, Singapore 238841 1,299.00 SGD", "Orchard", []string{"1,299.00 SGD"}},
		{"abbreviated name keys", "msg=done fname=Ilse lname=Brandt qty=2", "Brandt", []string{"qty=2", "fname="}},
		{"romanised name key", "env: SHOP=7 XINGMING=王芳 REGION=x", "王芳", []string{"REGION=x"}},
		{"key with diacritics in a dict", "data={'müşteri_adı': 'Ece Kaya', 'qty': '2'}", "Ece Kaya", []string{"'qty': '2'"}},
		{"recipient key in Romanian", "check nume_destinatar='Ioan Pop' country=RO", "Ioan", []string{"country=RO"}},
		{"role word used as a key", "synced покупатель=\"Олег Седов\" ok", "Седов", []string{"ok"}},
		{"addressee header", "curl -H 'X-Addressee: Nora Field' -H 'X-Trace: 12ab'", "Nora", []string{"X-Trace: 12ab"}},
		{"key = value pairs after a name", "Dto { FirstName = Olu, LastName = Ade, Code = 7 }", "Ade", []string{"Code = 7", "LastName = "}},
		{"rails bind pairs", `[["id", "77"], ["api_secret", "Zq81kLm0pX"], ["buyer_name", "Tia Moss"]]`, "Zq81kLm0pX", []string{`["id", "77"]`}},
		{"rails bind name", `[["buyer_name", "Tia Moss"], ["sku", "A-1"]]`, "Tia Moss", []string{`["sku", "A-1"]`}},
		{"python tuple pair", `("passphrase", 'w1nter-Fox')`, "w1nter-Fox", nil},
		{"thai name key in JSON", `{"ship":{"ชื่อ":"Anan Sook"}}`, "Anan", nil},
		{"password word, then 'to'", "admin changed 密碼 to Hv72kQpz0Wm", "Hv72kQpz0Wm", []string{"changed"}},
		{"latin password word, then 'to'", "admin changed hasło to Hv72kQpz0Wm", "Hv72kQpz0Wm", nil},
		{"two-word password word", "admin changed kata sandi to p.Q7!xw*L2", "p.Q7!xw", nil},
		{"password word the cheap filter missed", "sms body=\"nenosiri=Hv72kQpz0Wm\"", "Hv72kQpz0Wm", nil},
		{"basic credentials anywhere", `auth header "Basic dmlnaWw6czNjcjN0" rejected`, "dmlnaWw6czNjcjN0", []string{"rejected"}},
		{"npm token", "publish with npm_0123456789abcdefghijABCDEFGHIJklmnop failed", "npm_0123", []string{"failed"}},
		{"mailgun key", "mg key-0123456789abcdef0123456789abcdef", "0123456789abcdef", nil},
		{"positional random key", `Refund issued "#1234", "pQ8mZr2TnW5xLk9B", 77`, "pQ8mZr2TnW5xLk9B", []string{`"#1234"`, "77"}},
		{"positional human password", `Customer registered "#1234", "Autumn1988!"`, "Autumn1988!", []string{`"#1234"`}},
		{"bound parameter", "binding parameter [2] as [VARCHAR] - [kR4vPq9ZmT2x]", "kR4vPq9ZmT2x", []string{"[VARCHAR]"}},
		{"cell of a header-less row", "row: 5521,Qz7hK2mWp9Lx,1700000000000", "Qz7hK2mWp9Lx", []string{"5521,", "1700000000000"}},
		{"header after a message colon", "import.csv line 9: shop_id,api_secret,created\n88,7c2f0a9e1b3d4c5f6a7b8c9d0e1f2a3b,2026-01-02", "7c2f0a9e1b3d", []string{"88,", "2026-01-02"}},
		{"family name first after a role", "account holder Novak, Irena, amount 5", "Irena", []string{"amount 5"}},
		{"family name first, URL-encoded", "form: a=1&name=Popescu,%20Irina&b=2", "Irina", []string{"&b=2"}},
		{"subject of a verb of contact", "WARN [svc] Okafor, Chidi called about order 123", "Chidi", []string{"WARN", "called about order 123"}},
		{"subject with particles", "Ana de Souza Lima wrote: please cancel", "Souza", []string{"wrote: please cancel"}},
		{"address word inside a key", `{"teslimat_adresi":"Atatürk Cd. No: 5, Konak/İzmir"}`, "Atatürk", nil},
		{"address key in capitals of another script", "АдресДоставки:ul. Mira, d. 5, Omsk CreatedAt:1", "Mira", []string{"CreatedAt:1"}},
		{"french elision before a space", "ship to 42 rue de l' Étang, 63320 Riom (total 5)", "Étang", []string{"(total 5)"}},
		{"place after a house number and a comma", "ship to 272, place de la Mairie, Lyon order_id=55", "Mairie", []string{"order_id=55"}},
		{"street type in lower case after a comma", "Account { Street = 12, rue Victor Hugo, app. 3, City = Lyon }", "Victor", []string{"City = Lyon"}},
		{"simplified password word", "admin changed 密码 to Hv72kQpz0Wm", "Hv72kQpz0Wm", nil},
		{"vendor prefix before a positional key", `Order placed "#12", "abc_live_Q2w9Er7tY4uI1oP6aS3d"`, "Q2w9Er7tY4uI1oP6aS3d", []string{`"#12"`}},
		{"country code and bracketed area code run together", `"12", "+7(912)3456789", 5`, "3456789", []string{`"12"`}},
		{"phone key in another language with a suffix", `{"telefonNo":"05321234567"}`, "05321234567", nil},
		{"phone verb", "Courier tried calling 234 803 555 0142 twice", "555 0142", []string{"twice"}},
		{"slack webhook url", "post to https://hooks.slack.com/services/T0AAAA111/B0BBBB222/abcdEFGHijklMNOPqrst failed", "abcdEFGH", []string{"failed"}},
		{"rails bracketed key", "checkout[user_password]=Fjord42_x&checkout[sku]=A-1", "Fjord42_x", []string{"checkout[sku]=A-1"}},
		{"php print_r key", "    [ship_to_name] => Ilona Varga\n    [sku] => A-1", "Ilona", []string{"[sku] => A-1"}},
		{"basic auth key", "order.basicAuth=dmlnaWw6czNjcjN0 x=1", "dmlnaWw6czNjcjN0", []string{"x=1"}},
		{"password key in Danish", "{Kodeord:Fjord42!!x}", "Fjord42", nil},
		{"one-time password in prose", "your verification code is 482910, valid 5 min", "482910", []string{"valid 5 min"}},
		{"one-time password after OTP", "OTP: 7731 sent", "7731", []string{"sent"}},
		{"one-time password in Korean", "인증번호 [482910] 입력", "482910", nil},
		{"area code before a slash, then a dash", "tel 06 20/123-4567 ok", "123-4567", []string{"ok"}},
		{"national card scheme", "paid with 9804 0000 0000 0009 ok", "0000 0009", []string{"ok"}},
		{"chinese trigger before a fat arrow", "req: id => 5, 姓名 => 李雷, ts => 1", "李雷", []string{"ts => 1"}},
	} {
		got := r.String(c.in)
		if strings.Contains(got, c.gone) {
			t.Errorf("%s: %q kept %q: %q", c.name, c.in, c.gone, got)
		}
		for _, k := range c.keep {
			if !strings.Contains(got, k) {
				t.Errorf("%s: %q lost %q: %q", c.name, c.in, k, got)
			}
		}
	}
}

// Look-alikes after the same keys and words stay.
func TestClassesKeepIDs(t *testing.T) {
	r := newDefault(t)
	for _, s := range []string{
		`{"number":"114-3941689-8772232"}`, // Amazon order id
		`{"order_number":"1700000000000"}`, // epoch ms
		"idempotency_key=ord-7781-a partition_key=s12",
		"tracking 1Z999AA10123456784 order #1001",
		"remote_addr=10.1.2.3 ip_address=10.0.0.8",
		"customer Service replied, buyer ID 4411",
		"ship to 12 Main St (total 15.00)",
		"đơn hàng 3366 đã giao, địa chỉ: Số 2 đường Lê Lợi, mã vận đơn SPXVN084709596523",
		"rows: a;b;c;d;e",
		"12 rue tests passed; 5 quai deployments",
		"ean 8412345678905, epoch 1712345678901, ids 2358737784 44987999811",
		"To Be Shipped, To Do",
		`args: ["iPhone15ProMax", "pi_3DUV43PyTI0Y39pYAR6", "PaymentFailedV2", "Chrome/114.0.5735.90"]`,
		"idempotency key 5215e80b-decf-4aa6-9132-e9ebe34d0b02 reused",
		"form: amount=39 983,12%20EUR&qty=2",
		"Customer Service called about order 5; ERROR Support Team replied",
		"ip_adresi=10.0.0.9",
		"Name: ip-10-1-2-3.eu-west-1.compute.internal",
		"parcel (tracking 9400 1118 9922 3397 4288 51) left",
		"-H 'X-Upc: 036000291452' -H 'X-Ean: 0036000291452'",
		"status code 500 returned; error code 4001; order code 99812",
		"[09:15] Customer: Mi pedido a Valencia llegó roto",
		"invoice 01/02-2025 and 05/123-45 x",
	} {
		got := r.String(s)
		for _, w := range []string{"114-3941689-8772232", "1700000000000", "ord-7781-a", "s12", "1Z999AA10123456784", "#1001", "10.1.2.3", "10.0.0.8", "Service", "4411", "15.00", "SPXVN084709596523", "a;b;c;d;e", "12 rue tests", "5 quai deployments", "2358737784", "44987999811", "8412345678905", "1712345678901", "To Be Shipped",
			"iPhone15ProMax", "pi_3DUV43PyTI0Y39pYAR6", "PaymentFailedV2", "Chrome/114.0.5735.90", "5215e80b-decf-4aa6-9132-e9ebe34d0b02", "12%20EUR",
			"Customer Service called", "Support Team replied", "10.0.0.9",
			"ip-10-1-2-3", "9400 1118 9922 3397 4288 51", "036000291452", "0036000291452",
			"code 500", "code 4001", "code 99812", "Valencia", "01/02-2025", "05/123-45"} {
			if strings.Contains(s, w) && !strings.Contains(got, w) {
				t.Errorf("%q lost %q: %q", s, w, got)
			}
		}
	}
}

// A value a field rule masks is redacted wherever else it appears in the
// event: in another case, URL-encoded, JSON-escaped, or by its digits.
func TestKnownValuesEverywhere(t *testing.T) {
	r := newDefault(t)
	in := `{"@timestamp":"2026-01-01T00:00:00Z",` +
		`"message":"order 1 synced for Juan González (JUAN GONZÁLEZ); Juan called from 0812-3456-7890 / 6281234567890",` +
		`"buyer":{"name":"Juan González","phone":"+62 812-3456-7890"},` +
		`"shipping":{"address":{"street":"Jl. Melati 12","city":"Bandung"}},` +
		`"http.request.body.content":"{\"customerName\":\"Juan Gonz\\u00e1lez\",\"note\":\"deliver near Jl. Melati 12\"}",` +
		`"url.query":"who=Juan+Gonz%C3%A1lez&tel=%2B62+812+3456+7890","contact":6281234567890,"order.id":"114-3941689-8772232"}`
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	out := string(ev.AppendJSON(nil))
	for _, leak := range []string{"Juan", "JUAN", "Gonz", "3456", "7890", "Melati", "Bandung"} {
		if strings.Contains(out, leak) {
			t.Errorf("%q survived: %s", leak, out)
		}
	}
	if !strings.Contains(out, "114-3941689-8772232") {
		t.Errorf("the order id was damaged: %s", out)
	}
}

// Digits under an id key stay, as a JSON string as well as a number.
func TestIDKeyDigitStrings(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{`{"itemId":"13912345678"}`, `{"itemId":13912345678}`} {
		out, _ := r.AppendJSON(nil, []byte(in))
		if !strings.Contains(string(out), "13912345678") {
			t.Errorf("%s: the id was taken: %s", in, out)
		}
	}
	out, _ := r.AppendJSON(nil, []byte(`{"itemId":"4111111111111111"}`))
	if strings.Contains(string(out), "4111111111111111") {
		t.Errorf("a card under an id key was kept: %s", out)
	}
}
