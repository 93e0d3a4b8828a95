package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// classCase is one value that must go ("gone") and the text around it that
// must stay ("keep"). Values are made up; checksums are computed where they
// matter.
type classCase struct {
	name, in, gone string
	keep           []string
}

func checkClasses(t *testing.T, cases []classCase) {
	t.Helper()
	r := newDefault(t)
	for _, c := range cases {
		got := r.String(c.in)
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

// Secrets under keys the scanner did not read as keys: quoted in
// backticks (MySQL), starting with digits, with "hmac" inside, or written
// in more languages; and vendor tokens by their prefix.
func TestClassCredentialKeys(t *testing.T) {
	checkClasses(t, []classCase{
		{"mysql backtick key", "UPDATE `users` SET `api_secret` = 'Qm7vX2pLr9sT', `plan` = 'gold' WHERE `id` = 3", "Qm7vX2pLr9sT", []string{"`plan` = 'gold'", "`id` = 3"}},
		{"mysql backtick name key", "SELECT * FROM `o` WHERE `buyer_name` = 'Irma Falk' AND `sku` = 'K-77'", "Irma", []string{"`sku` = 'K-77'"}},
		{"key starting with digits", "req(2faCode=550213) ok", "550213", []string{"ok"}},
		{"key starting with digits, dotted path", "user.2fa_code=550213 status=200", "550213", []string{"status=200"}},
		{"key starting with digits, quoted", `{"2fa_code"=>"550213", "qty"=>2}`, "550213", []string{`"qty"=>2`}},
		{"hmac with its algorithm after it", `{"x_vendor_hmac_sha256":"Zm9vYmFyYmF6cXV4Cg1234567890abcd="}`, "Zm9vYmFy", nil},
		{"hmac header", "X-Store-Hmac-Sha256: QUJDREVGR0hJSktMTU5PUFFSU1RVVldY= | next", "QUJDREVG", []string{"| next"}},
		{"spanish access password", `{"clave_acceso":"Rk82mQzL1p","order":"9"}`, "Rk82mQzL1p", []string{`"order":"9"`}},
		{"spanish access password, camel case", "claveAcceso=Rk82mQzL1p&lang=es", "Rk82mQzL1p", []string{"&lang=es"}},
		{"malay password phrase after a role word", "Pelanggan: Kata laluan: Hv72kQpz0Wm", "Hv72kQpz0Wm", []string{"Kata laluan"}},
		{"arabic password loanword", "الباسورد: Hv72kQpz0Wm. تم", "Hv72kQpz0Wm", nil},
		{"urdu password loanword", "پاس ورڈ: Hv72kQpz0Wm - x", "Hv72kQpz0Wm", nil},
		{"korean password loanword", "패스워드: Hv72kQpz0Wm", "Hv72kQpz0Wm", nil},
		{"telegram token in a bot URL", "POST https://api.telegram.org/bot123456789:AAFakeFakeFakeFakeFakeFakeFake12345/sendMessage", "AAFakeFake", []string{"/sendMessage", "api.telegram.org"}},
		{"telegram token in a row", "row: 3\t123456789:AAFakeFakeFakeFakeFakeFakeFake12345\tok", "AAFakeFake", []string{"\tok"}},
		{"mercado pago token", "token APP_USR-0000000000000000-000000-00000000000000000000000000000000-000000 used", "APP_USR-0000", []string{"used"}},
		{"xendit key", "key xnd_development_FakeFakeFakeFakeFakeFakeFakeFakeFake0000 ok", "FakeFake", []string{"ok"}},
		{"google api key with a dash early", "AIzaFAKE-fake_FAKEfakeFAKEfakeFAKEfak ok", "fake_FAKE", []string{"ok"}},
		{"url password in json-escaped slashes", `{"dsn":"redis:\/\/:Pw0rdFake9@cache:6379\/0","x":"https:\/\/shop.example\/a"}`, "Pw0rdFake9", []string{`https:\/\/shop.example\/a`, "cache:6379"}},
		{"chat webhook in json-escaped slashes", `{"hook":"https:\/\/hooks.slack.com\/services\/T000FAKE\/B000FAKE\/FakeFakeFakeFake"}`, "FakeFakeFakeFake", nil},
		{"hibernate 6 bound parameter", "insert into acct (email, api_secret) values (?, ?)\nbinding parameter (1:VARCHAR) <- [x@example.com]\nbinding parameter (2:VARCHAR) <- [Zr81mQ]", "Zr81mQ", nil},
		{"cell of a pipe row", "skipped row 4: 9|B0FAKE1234|Qm7vX2pLr9sTk4Wd-zP_Fake1|ok", "Qm7vX2pLr9sTk4Wd", []string{"9|B0FAKE1234|", "|ok"}},
	})
	// Look-alikes next to the same shapes stay.
	checkClasses(t, []classCase{
		{"order ids in a pipe row", "row 4: 9|B0FAKE1234|113-1234567-1234567|INV/2024/01/5|ok", "", []string{"B0FAKE1234", "113-1234567-1234567", "INV/2024/01/5"}},
		{"timestamp after a glued date", "at 2026-11-25T10:00:00Z 3ds2=ok", "", []string{"2026-11-25T10:00:00Z", "3ds2=ok"}},
		{"bot word without a token", "bot 12345 replied: ok", "", []string{"bot 12345"}},
		{"plain url with escaped slashes", `{"u":"https:\/\/shop.example\/orders\/12"}`, "", []string{`https:\/\/shop.example\/orders\/12`}},
		{"hmac algorithm named without a value", "signing with hmac_algorithm=sha256", "", []string{"sha256"}},
	})
}

// Look-alikes the scanner used to take for PII: cells of CSV columns
// named for goods, sellers, places and hosts; companies and amounts after
// role words; marketplace order ids of card length after an order's word;
// product codes after their key; the query parameter after a bearer token.
func TestClassLookAlikesKept(t *testing.T) {
	checkClasses(t, []classCase{
		{"product column under a header", "import preview\nRow|Buyer Name|Item Title|Order Id\n1|Irma Falk|Vintage Desk Lamp|OD100200300400500600", "Irma", []string{"Vintage Desk Lamp", "OD100200300400500600"}},
		{"seller and city columns", "rows:\nqty\tseller_company\twarehouse_city\tbuyer_email\n2\tNorthwind Trading Limited\tPort Elsa\tfake.buyer@example.com", "fake.buyer", []string{"Northwind Trading Limited", "Port Elsa"}},
		{"network address columns", "export\nqty,remote addr,peer address,line1\n3,10.1.2.3,10.9.8.7:9092,12 Fake Street", "Fake Street", []string{"10.1.2.3", "10.9.8.7:9092"}},
		{"idempotency key column", "export\nqty,idempotency key,request cookie\n1,7d6f2a90-1111-4222-8333-944445555666,sid=Qm7vX2pLr9sTk4Wd", "Qm7vX2pLr9sTk4Wd", []string{"7d6f2a90-1111-4222-8333-944445555666"}},
		{"two-column header with a secret", "order_id,api_key\n5550001112223334,Qm7vX2pLr9sTk4WdZz81", "Qm7vX2pLr9sTk4WdZz81", []string{"5550001112223334"}},
		{"company in a header-less row", "row 5: 5;Irma Falk;+49 30 1234567;Nordwind Handels GmbH;ok", "Irma", []string{"Nordwind Handels GmbH"}},
		{"company after a role word", "buyer Andes Importadora Ltda. paid", "", []string{"Andes Importadora Ltda."}},
		{"amount after a role word", "Customer wrote: £4,022.90 to my IBAN", "", []string{"£4,022.90"}},
		{"amount with a currency code after a role word", "Customer wrote: SEK 20 445,15 refund", "", []string{"SEK 20 445,15"}},
		{"program and version after a role word", "client Chrome/121.0.6167.85 timed out", "", []string{"Chrome/121.0.6167.85"}},
		{"order id of Diners length after pedido", "Coupang pedido 36747116707476 ok", "", []string{"36747116707476"}},
		{"order id of Amex length after an order key", "lazada_order_id=376065580609906 ok", "", []string{"376065580609906"}},
		{"upc with a leading zero after its key", "upc_a=085843722067 gtin12=036000291452", "", []string{"085843722067", "036000291452"}},
		{"upc after its word", "UPC 080005433362 mapped", "", []string{"080005433362"}},
		{"query parameter after a bearer token", "/cb?auth_header=Bearer Qm7vX2pLr9sTk4Wd&item_id=19882456436", "Qm7vX2pLr9sTk4Wd", []string{"&item_id=19882456436"}},
	})
	// The same shapes still go where they are PII.
	checkClasses(t, []classCase{
		{"amex after a card key", "order.ccNumber=378282246310005 ok", "378282246310005", []string{"ok"}},
		{"diners after a number key", `{"card":{"number":"30569309025904"}}`, "30569309025904", nil},
		{"person whose name holds a legal form's letters", "recipient Tan Mei Ling, parcel 3", "Mei Ling", []string{"parcel 3"}},
		{"name column under a header", "import\nqty|Buyer Name|Item Title\n1|Irma Falk|Desk Lamp", "Irma", []string{"Desk Lamp"}},
	})
}

// Clauses that ran into addresses and names: a speech verb before a colon,
// a new clause after " - ", an amount after an address, a shipping word
// inside a service's name.
func TestClassClauseEnds(t *testing.T) {
	checkClasses(t, []classCase{
		{"what a customer wrote is no name", "ticket 12: Customer wrote: please refund EUR 12,50 to my IBAN", "", []string{"please refund EUR 12,50"}},
		{"a label still is", "Customer Name: Irma Falk", "Irma", nil},
		{"address ends before a clause after a dash", "address: 4/17 Fake Road, Riverton, Lakeside 9041 - invoice F2024-00017, done", "Fake Road", []string{"- invoice F2024-00017"}},
		{"address ends before a warehouse clause", "shipped order to Rua Fictícia, 12 - casa 3 - Centro - warehouse Campinas", "Fictícia", []string{"warehouse Campinas"}},
		{"a unit after a dash is the address's", "shipped order to Rua Fictícia, 12 - casa 3 - Centro", "casa 3", nil},
		{"address ends at full-width punctuation", "已寄往Flat 2, 9 Fake Road, Kowloon（合計HK$ 1,234.50）", "Fake Road", []string{"（合計HK$ 1,234.50）"}},
		{"address ends at a currency sign", "已发往Room 5, No. 8 Fake Road, Shanghai，¥4,114.60", "Fake Road", []string{"¥4,114.60"}},
		{"shipping inside a service name", "INFO [shipping-label] kubectl apply (applied to postgres-4)", "", []string{"postgres-4"}},
		{"shipping as a verb", "order 5 shipped to 12 Fake Street, Springfield; ok", "Fake Street", []string{"; ok"}},
	})
}

// A message template names its values: one named as an id ({ItemId}) is
// not taken for a phone number because of its digits, one named as PII is
// redacted.
func TestClassTemplateIDs(t *testing.T) {
	r := newDefault(t)
	ev := event.Event{Fields: []event.Field{
		{Path: "@mt", Value: event.StringValue("Refund issued {OrderId}, {Phone}, {ItemId}")},
		{Path: "@m", Value: event.StringValue(`Refund issued "OD100200300400500600", "13800001111", "15449609560"`)},
	}}
	r.Event(&ev)
	got := ev.Fields[1].Value.Str
	if !strings.Contains(got, "15449609560") {
		t.Errorf("item id redacted: %s", got)
	}
	if strings.Contains(got, "13800001111") {
		t.Errorf("phone kept: %s", got)
	}
}

// Checksummed numbers the scanner missed: in a form body pasted with raw
// spaces around '+'-joined pieces, an IBAN whose length is not its
// country's under an "iban" key, a resident id before a digit-led key.
func TestClassChecksummedPieces(t *testing.T) {
	checkClasses(t, []classCase{
		{"resident id in a '+' piece of a form body", "To=1&Body=parcel+held - customs+ID+110101+19900307+7758 - ok&x=1", "19900307", []string{"&x=1"}},
		{"card in a '+' piece", "To=1&Body=x | Visa+4111+1111+1111+1111. tracking%3D1Z999", "1111+1111", []string{"tracking%3D1Z999"}},
		{"iban in a '+' piece", "From=2&Body=refund. payout+to+DE89+3704+0044+0532+0130+00. ok", "3704", []string{"ok"}},
		{"iban one digit too long after its key", `{"payout_iban":"DE813704004405320130000"}`, "DE8137", nil},
		{"resident id before a digit-led key", "id_number=110101199003077758 2fa_code=550213", "110101199003077758", []string{"id_number="}},
	})
	checkClasses(t, []classCase{
		{"plus signs in a version", "To=1&Body=built with gcc+clang+lld 12", "", []string{"gcc+clang+lld 12"}},
		{"a mod-97 miss after iban stays", "iban check failed for DE00123456789012345678901", "", []string{"DE00123456789012345678901"}},
	})
	r := newDefault(t)
	ev := event.Event{Fields: []event.Field{{Path: "payout.iban", Value: event.StringValue("DE81 3704 0044 0532 0130 000")}}}
	r.Event(&ev)
	if got := ev.Fields[0].Value.Str; strings.Contains(got, "DE81") {
		t.Errorf("payout.iban kept: %s", got)
	}
}

// Secrets written without a key the scanner knew: a one-time password
// after "verification code" in languages that put the noun first, a
// password as an XML attribute after a role word, a secret that starts
// with '/' after "Key:", a key in JSON that escapes slashes, cells of
// rows holding word-and-symbol passwords, random tokens with dots, the
// first cell after a message's colon, two-cell rows, session cookies.
func TestClassCredentialShapes(t *testing.T) {
	checkClasses(t, []classCase{
		{"spanish verification code", "código de verificación: 550213, resource", "550213", []string{"resource"}},
		{"french verification code", "Code de vérification 550213 envoyé", "550213", []string{"envoyé"}},
		{"russian verification code", "код подтверждения 550213", "550213", nil},
		{"password attribute after a role element", `<Recipient Password="Fjord42!x" Sku="K-1"/>`, "Fjord42!x", []string{`Sku="K-1"`}},
		{"secret starting with a slash after a colon key", "Contact:{SecretAccessKey:/FAKEfake0FAKEfake1FAKEfake2FAKEfake3Zz Pan:x}", "FAKEfake0", []string{"Pan:x"}},
		{"account key in escaped-slash JSON", `{"cs":"AccountName=x;AccountKey=Ab\/Cd0FakeFakeFake\/Fake+Fake==;EndpointSuffix=core.windows.net"}`, "Cd0FakeFakeFake", []string{"EndpointSuffix=core.windows.net"}},
		{"word, digits and symbols in a row", "failed at row 9: JJD000000000000000001,Tundra0857!!,10.0.0.7:8080", "Tundra0857", []string{"JJD000000000000000001", "10.0.0.7:8080"}},
		{"word and a symbol in a pipe row", "skipped row 3: lanternfish#|INV/20240507/MPL/1|ok", "lanternfish#", []string{"INV/20240507/MPL/1"}},
		{"random token with dots in a row", "parsed row 7: 9\tQWErt40.Z0mp!z.2TYM\t2000707825838018", "QWErt40", []string{"2000707825838018"}},
		{"first cell after a message's colon", "parsed row 26: Q4DVDc6Gq5t8JysQ6OZKh14nc5X\t6933715598843\tok", "Q4DVDc6Gq5t8", []string{"6933715598843"}},
		{"two-cell record", "5503625643890;6XgMwQdYgPJIwNbGOsxiRH9m5", "6XgMwQdYgP", []string{"5503625643890"}},
		{"php session cookie in a row", "line 9: 2000155450141294\tPHPSESSID=07b57bdb1cd8a358c7c9835183\t250712UD4WLZR7", "07b57bdb1cd8", []string{"250712UD4WLZR7"}},
		{"cookie value ends at the row's pipe", "3|PHPSESSID=mw4xg8fd2prt0hcx21n4mmesj2|572387836873508027|OD791905280889379504", "mw4xg8fd", []string{"572387836873508027", "OD791905280889379504"}},
		{"header with digits in its names", "export\nAddress1\tRequest Cookie\tIsbn13\n12 Fake St\tsid=Qm7vX2pLr9sTk4Wd\t9781234567897", "Qm7vX2pLr9sTk4Wd", []string{"9781234567897"}},
		{"header whose name starts with digits", "file\ntime_unix_nano|2fa_code|origin_city\n1730419996112607873|550213|Lviv", "550213", []string{"1730419996112607873", "Lviv"}},
	})
	checkClasses(t, []classCase{
		{"hosts, classes and versions in a row", "a;com.shop.OrderService;ip-10-1-2-3.eu-west-1.compute.internal;Section#4;v1.2.3-rc.1;x", "", []string{"com.shop.OrderService", "ip-10-1-2-3.eu-west-1.compute.internal", "Section#4", "v1.2.3-rc.1"}},
		{"stripe object id in a row", "line 5: JP7340475829,cs_live_11FQXo9ZhQtLECGuZnn6PqSN,581018355202", "", []string{"cs_live_11FQXo9ZhQtLECGuZnn6PqSN"}},
		{"amazon token keeps its pipe", "access_token=Atzr|IwEBIFakeFakeFakeFakeFakeFakeFake ok", "IwEBIFake", []string{"ok"}},
		{"a number and a date in a record", "5503625643890;2024-01-02", "", []string{"5503625643890;2024-01-02"}},
	})
}

// Keys and values in other scripts the scanner could not read: JSON that
// escapes them as \uXXXX, a bracketed key of a form body, a field path in
// capitalised Cyrillic; a private key whose spaces a form wrote as '+';
// row cells that start with a symbol.
func TestClassEscapedAndForeignKeys(t *testing.T) {
	checkClasses(t, []classCase{
		{"password key escaped as \\u", `{"s":{"\u043d\u043e\u0432\u0438\u0439\u041f\u0430\u0440\u043e\u043b\u044c":"Fjord42_x","sku":"K-1"}}`, "Fjord42_x", []string{`"sku":"K-1"`}},
		{"phone key escaped as \\u", `{"\u043c\u043e\u0431\u0456\u043b\u044c\u043d\u0438\u0439":"+380 97 000 0000"}`, "000 0000", nil},
		{"bracketed password key in another script", "checkout[كلمةالمرور]=Fjord42_xQ&utf8=1", "Fjord42_xQ", []string{"&utf8=1"}},
		{"form-encoded private key", "tls_key=-----BEGIN+RSA+PRIVATE+KEY-----\nMIIBFakeFakeFake\n-----END+RSA+PRIVATE+KEY-----&page=6", "MIIBFakeFakeFake", []string{"&page=6"}},
		{"cell starting with a slash", "import line 12: 245-8289883-0849427,/FAKEfake0FAKEfake1FAKEfake2FAKEfake3Zz", "FAKEfake0", []string{"245-8289883-0849427"}},
		{"cell starting with an at sign", "577434372976137\t@9FakeQwsn9uPu", "9FakeQwsn9uPu", []string{"577434372976137"}},
		{"two cells after a message's colon", "import line 39: 160-8843619-1631921;Tundra1970@", "Tundra1970", []string{"160-8843619-1631921"}},
		{"digits, letters and a symbol in a cell", "line 17: 660-4650414-4376424\t190cm04b!fUs9\t1737663206993", "190cm04b", []string{"1737663206993"}},
	})
	checkClasses(t, []classCase{
		{"escaped text without a key", `{"note":"\u0417\u0430\u043a\u0430\u0437 12"}`, "", []string{`\u0417\u0430\u043a\u0430\u0437 12`}},
		{"email in a row is still an email", "a,fake.buyer@example.com,c", "fake.buyer", []string{"a,", ",c"}},
	})
	r := newDefault(t)
	ev := event.Event{Fields: []event.Field{{Path: "Доставка.Одержувач.НовийПароль", Value: event.StringValue("Fjord42_x")}}}
	r.Event(&ev)
	if got := ev.Fields[0].Value.Str; strings.Contains(got, "Fjord42_x") {
		t.Errorf("Cyrillic password field kept: %s", got)
	}
}

// Names under the keys, role words, greetings and phrases of more
// languages: account holders, full and family names, contacts; "received
// by", "in the name of", "for the attention of"; Nordic, Dutch, Filipino
// and Malay honorifics.
func TestClassNameWords(t *testing.T) {
	checkClasses(t, []classCase{
		{"finnish account holder key", `{"tilinomistaja":"Aino Fakenen","sku":"K-1"}`, "Fakenen", []string{`"sku":"K-1"`}},
		{"german account holder key", "kontoinhaber=Lena+Fakemann&page=5", "Fakemann", []string{"&page=5"}},
		{"dutch account holder in a dict", "{'rekeninghouder': ['Sanne Fakedijk'], 'id': ['7']}", "Fakedijk", []string{"'id': ['7']"}},
		{"spanish business name key", `params.razonSocial="Lucía Fakerez" ip=10.0.0.1`, "Fakerez", []string{"ip=10.0.0.1"}},
		{"hungarian recipient key", "{'címzett': 'Réka Fakács', 'isbn13': '9781234567897'}", "Fakács", []string{"9781234567897"}},
		{"malay family name key", `{"nama_keluarga"=>"Fakeri"}`, "Fakeri", nil},
		{"family name in French", "NomDeFamille=Fakerand&TimeUnixNano=1725365265593888526", "Fakerand", []string{"TimeUnixNano=1725365265593888526"}},
		{"korean account holder", "예금주 Kim Fakeho, 송장 9405117808112721219131", "Fakeho", []string{"9405117808112721219131"}},
		{"norwegian greeting", "Betaling avvist. Kjære Ola Fakedal, kort", "Fakedal", []string{"kort"}},
		{"danish greeting", "Kære Mette Fakesen", "Fakesen", nil},
		{"received by in Spanish", "entrega confirmada - recibió Lucía Fakeama Condori", "Fakeama", []string{"entrega confirmada"}},
		{"signed for by", "Invoice sent. signed for by Ana Fakelima", "Fakelima", []string{"Invoice sent."}},
		{"in the name of, in Spanish", "Devolución solicitada a nombre de Carlos Fakestillo; móvil", "Fakestillo", []string{"móvil"}},
		{"for the attention of, in Dutch", "Stationsweg 81, Utrecht - t.a.v. Daan Fakevries", "Fakevries", nil},
		{"filipino honorific", `text="Fraud check passed. Sir Ramon Fakevilla"`, "Fakevilla", nil},
		{"greeting with a comma", "[09:53] Customer: hi, Minji Fakekim", "Fakekim", []string{"[09:53] Customer:"}},
		{"ukrainian role word", "помилка - клієнт Олег Фейков", "Фейков", nil},
	})
	checkClasses(t, []classCase{
		{"contact key holding a phone", `{"contacto":"+34 600 000 000","sku":"K-1"}`, "000 000", []string{`"sku":"K-1"`}},
		{"greeting before a lower-case word", "hei kaikki, tilaus 5 lähetetty", "", []string{"hei kaikki, tilaus 5 lähetetty"}},
		{"this is, then no name", "c'est ok pour la commande 5", "", []string{"c'est ok pour la commande 5"}},
	})
}

// Goods after a greeting or role word are no name: a measure or a
// quantity follows them.
func TestClassGoodsAfterGreeting(t *testing.T) {
	checkClasses(t, []classCase{
		{"goods with a power rating", "[14:58] Kunde: hei Turbo Rice Cooker 3000W x1", "", []string{"Turbo Rice Cooker 3000W x1"}},
		{"goods with a quantity", "[06:33] Customer: hi Runner Boost 22 x1", "", []string{"Runner Boost 22 x1"}},
		{"goods with a length", "customer Steel Ruler 850mm", "", []string{"Steel Ruler 850mm"}},
	})
	checkClasses(t, []classCase{
		{"a name before a phone stays a name", "recipient Ana Fakelima 0812 3456 7890", "Fakelima", nil},
		{"a name before a count stays a name", "customer Ana Fakelima 2 items", "Fakelima", []string{"2 items"}},
	})
}

// Addresses after "my (new) address is" in the buyers' languages, after
// the events that name one ("pickup scheduled at"), and starting with a
// street type in lower case; an address's own "No:" label does not end it.
func TestClassAddressPhrases(t *testing.T) {
	checkClasses(t, []classCase{
		{"english self-declaration", "Hello, this is Jan. My new address is ulica Fakeowa 139C, 26-176 Wrocław</p>", "Fakeowa", []string{"</p>"}},
		{"turkish self-declaration with a No label", `Adresim değişti: Fakeçiçek Sk. No: 186 D: 6, 41610 Nilüfer/Bursa"}`, "186 D: 6", []string{`"}`}},
		{"russian self-declaration", "Мой новый адрес: г. Фейкоград, пр-т Фейковый, д. 106, кв. 172, 111412", "Фейковый", nil},
		{"arabic self-declaration", "عنواني الجديد: 7227 شارع التزييف، حي النسيم، الرياض 34233", "التزييف", nil},
		{"polish address word then 'to'", "mój nowy adres to al. Fakowa 1/19, 57-642 Poznań", "Fakowa", nil},
		{"pickup event", "Pickup scheduled at 12 Fake Street, Leeds LS1 6HW tomorrow", "Fake Street", nil},
		{"return label event", "Return label generated from Flat 21, Fake Mews, 140 Fakegate, Leeds LS1 6HW, parcel NVMYQDL03USPGQ", "Fakegate", []string{"parcel NVMYQDL03USPGQ"}},
	})
	checkClasses(t, []classCase{
		{"an event without an address", "address validation failed for order 12345", "", []string{"order 12345"}},
		{"a greeting, then a sentence", "Hello. My order 5 is late", "", []string{"Hello. My order 5 is late"}},
		{"network addresses", "My IP address is 10.0.0.1 today", "", []string{"10.0.0.1"}},
	})
}

// Self-introductions in chats: "my name is" and "this is" in more
// languages, a name touching a word of a script without spaces, a name
// ended by the Arabic comma, and "меня зовут" after a greeting.
func TestClassSelfIntroductions(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish greeting and name", "Klient napisał: Dzień dobry, Joanna Fakeska, mój e-mail: x", "Fakeska", []string{"mój e-mail"}},
		{"portuguese", "Olá, chamo-me Matilde Fakes, podem ligar-me", "Fakes", []string{"podem ligar-me"}},
		{"vietnamese", "Khách viết: Em là Pham Fakelan, địa chỉ mới", "Fakelan", nil},
		{"romanian", "Salut, sunt Andreea Fakeescu, noua mea adresă", "Fakeescu", nil},
		{"hebrew this is", "היי, זה Noa Fakeham, הכתובת", "Fakeham", nil},
		{"russian after a greeting", "Здравствуйте, Меня зовут Natalya Fakeova, перезвоните", "Fakeova", []string{"Меня зовут", "перезвоните"}},
		{"chinese touching the name", "买家留言：我是Sun Fakechao，x", "Fakechao", []string{"，x"}},
		{"japanese name before its phrase", "こんにちは、吉田莉子と申します。", "莉子", []string{"と申します"}},
		{"arabic comma ends the name", "كتب العميل: نورة بن خالد الفلاني، يرجى الاتصال بي", "الفلاني", []string{"، يرجى الاتصال بي"}},
		{"arabic I am", "كتب العميل: مرحبا، أنا Haifa Fakeari، عنواني", "Fakeari", nil},
	})
}

// Mobiles written with their country code and no '+', in groups; Chinese
// and Nigerian ones of 13 digits; Russian ones with the trunk 8 in
// groups; a Latin name ends before a word of another script.
func TestClassPhonesWithoutPlus(t *testing.T) {
	checkClasses(t, []classCase{
		{"portuguese mobile with its code", "podem ligar-me para o 351 910 000 001?", "910 000 001", []string{"?"}},
		{"hong kong mobile with dashes", "請打852-6000-0001給我", "6000-0001", []string{"給我"}},
		{"romanian mobile in groups", "Cod de verificare trimis la 40 740 000 001", "740 000 001", nil},
		{"nigerian mobile in groups", `Shipment created 157356281547124, "234 800 000 0001"`, "800 000 0001", []string{"157356281547124"}},
		{"chinese mobile with 86", "callback requested: 8613800000001", "8613800000001", nil},
		{"russian mobile with trunk 8", "import: 5683063713612,8-900-000-00-01,3SAJHN7848915", "900-000-00-01", []string{"5683063713612", "3SAJHN7848915"}},
		{"thai honorific, Latin name, Thai word", "ผู้รับ: คุณSomchai Fakedee โทร 0812345678", "Fakedee", []string{"โทร"}},
	})
	checkClasses(t, []classCase{
		{"amounts in groups", "price 1 234 567 890 total 40 123 456 789", "", []string{"1 234 567 890", "40 123 456 789"}},
		{"an id of thirteen digits", "order 5683063713612 shipped", "", []string{"5683063713612"}},
	})
}

// Addresses after the shipping phrases of more languages, under street and
// address keys of more languages, and street types written after the name
// (Hungarian, Turkish) or as a suffix (Finnish, Norwegian); an address ends
// before a sentence in lower case.
func TestClassStreetWords(t *testing.T) {
	checkClasses(t, []classCase{
		{"spanish dispatch phrase", "Error de sincronización: despachar a Cl. 5 # 74-57, Apto 354, Cali", "74-57", nil},
		{"filipino ship phrase", "Return request. padala sa #86 Fake Street, Brgy. Lahug, Davao City", "Fake Street", nil},
		{"malay ship phrase", "penghantaran ke C-30-7, Menara Palsu, Jalan USJ 9/5, 10250 Georgetown", "Menara Palsu", nil},
		{"norwegian ship phrase", "Retur forespurt. leveres til Fakegata 20B, 7011 Trondheim", "Fakegata", nil},
		{"finnish street address word", "Synkronointi epäonnistui: katuosoite Fakekatu 81, 33100 Tampere", "Fakekatu", nil},
		{"hungarian street after the name", "Fizetés elutasítva: kiszállítás ide: Petőfi Fake utca 95/C. fszt. 3, 1052 Budapest", "95/C", nil},
		{"danish street key", "<Receiver><Vejnavn>Fakebrogade 78, 3. mf., 8000 Aarhus C</Vejnavn>", "Fakebrogade", []string{"</Vejnavn>"}},
		{"ukrainian street key", `{"вулиця":"вул. Фейкова, 14, кв. 68, м. Вінниця, 21050"}`, "Фейкова", nil},
		{"arabic ship phrase", "العميل: شحن إلى عمارة 16، شقة 11، 76 شارع فيك", "شارع فيك", nil},
	})
	checkClasses(t, []classCase{
		{"a sentence after the address", "(delivery address Fakestrasse 39. call later, PayPal T1RX5JQ0FR2RXW04J)", "Fakestrasse", []string{"PayPal T1RX5JQ0FR2RXW04J"}},
		{"a node after a double full stop", "dirección de entrega Blvd. Fake 1146, 44100 Guadalajara, Jal.. on node aks-nodepool1-1", "Blvd. Fake", []string{"on node aks-nodepool1-1"}},
		{"a ship phrase without an address", "enviar a revisión el pedido 12", "", []string{"enviar a revisión el pedido 12"}},
	})
}

// Korean road-name addresses: a space before the building number, and the
// building and its unit after a comma; an order id before and a tracking
// number after stay.
func TestClassKoreanAddress(t *testing.T) {
	checkClasses(t, []classCase{
		{"building number after a space", "주문 503-9150206-3802271, 부산광역시 송파구 가짜대로 341 (한남동)", "가짜대로", []string{"503-9150206-3802271"}},
		{"building and unit after a comma", "배송지가 서울특별시 마포구 가짜북로 90, 현대오피스텔 320호(으)로 변경", "320호", nil},
		{"tracking number after the address", "수령인: 홍길동: 경기도 성남시 분당구 가짜역로 2, 송장번호 740078993433 ok", "가짜역로", []string{"740078993433"}},
	})
}

// A value found once by its context is redacted where the same text
// repeats it (a statement and its bound values); greetings written for
// either gender; more name keys.
func TestClassEchoesAndGreetings(t *testing.T) {
	checkClasses(t, []classCase{
		{"bound values repeat the statement's", `WHERE "given_name" = 'Li Fakeing' LIMIT 1; args=('8509946059', 'Li Fakeing', 1)`, "Fakeing", []string{"'8509946059'"}},
		{"spanish greeting for either gender", "Error de sincronización - Estimado/a Luis Fakerres Quispe", "Fakerres", nil},
		{"portuguese greeting for either gender", "Envio criado: Prezado(a) Ana Clara Fakelopes", "Fakelopes", nil},
		{"finnish dear", "origin zip 90100 - Hyvä Elina Fakeinen", "Fakeinen", []string{"origin zip 90100"}},
		{"german contact person key", `{"ansprechpartner":"Lea Fakemüller","status":"200"}`, "Fakemüller", []string{`"status":"200"`}},
		{"hungarian family name key", `{"családnév":"Fakeóth"}`, "Fakeóth", nil},
	})
	checkClasses(t, []classCase{
		{"a word inside a path is no echo", "recipient=Customer gid://shopify/Customer/1530098084477", "", []string{"gid://shopify/Customer/1530098084477"}},
	})
}

// A given and a family name logged side by side as positional arguments,
// quoted plainly or inside a JSON string, in any script.
func TestClassQuotedNamePair(t *testing.T) {
	checkClasses(t, []classCase{
		{"latin pair", `Customer registered "OD814548911847845618", "Małgorzata", "Fakeowski", "342-4518066-0700901"`, "Fakeowski", []string{"OD814548911847845618", "342-4518066-0700901"}},
		{"pair inside a JSON string", `{"m":"Order placed \"OD246131411767853251\", \"Astrid\", \"Fakesson\""}`, "Fakesson", []string{"OD246131411767853251"}},
		{"pair in a script without case", `Shipment created "5293558363672", "欣怡", "陳"`, "欣怡", []string{"5293558363672"}},
	})
	checkClasses(t, []classCase{
		{"words in capitals are no pair", `Charge "12", "EUR", "USD"`, "", []string{`"EUR", "USD"`}},
		{"a pair not in a list", `status "Approved" "Visa" done`, "", []string{`"Approved" "Visa"`}},
	})
}

// Phones by context in SMS gateway logs ("to=", Twilio's "To="), as the
// value of an object whose type names a phone, after Nordic, Swiss and
// Portuguese phone words and keys (also in the Belgian and Swiss slash
// format), and with
// the country codes of Chile, Peru, Sweden, Switzerland and Belgium
// written without '+' (eleven digits: no FedEx or DHL number has that length).
func TestClassPhoneContexts(t *testing.T) {
	checkClasses(t, []classCase{
		{"sms gateway to=", "sms.send provider=infobip to=22 789 6632 status=queued", "789 6632", []string{"status=queued"}},
		{"twilio form To=", "twilio request body=To=4700000001&From=%2B14155550100&Body=hi", "4700000001", []string{"&Body=hi"}},
		{"type and value", `{"type":"whatsapp","value":"923000000001"}`, "923000000001", nil},
		{"norwegian phone word", "[06:24] Kunde: tlf 48000001", "48000001", nil},
		{"swiss phone key", `{"natel":"079/000 38 69"}`, "000 38 69", nil},
		{"belgian slash format after its key", `"tél"=>"0476/92.74.76"`, "92.74.76", nil},
		{"chilean mobile", "call 56900000001 now", "56900000001", []string{"now"}},
		{"ukrainian mobile after its key", `"тел": "380970000001"`, "380970000001", nil},
	})
	checkClasses(t, []classCase{
		{"to= outside an sms text", "range from=1700000000 to=1700003600", "", []string{"from=1700000000 to=1700003600"}},
		{"a value of another type", `{"type":"order","value":"923000000001"}`, "", []string{"923000000001"}},
		{"a date with one slash", "batch 04/2024.11 done", "", []string{"04/2024.11"}},
	})
}

// "Delivery address:", "sent to the address", "could not verify the
// address" in more languages; an address's own "No: 37" does not stop the
// test that an address begins.
func TestClassAddressEvents(t *testing.T) {
	checkClasses(t, []classCase{
		{"czech could not verify", "Adresu Fakehradská 1628/117, 843 76 Plzeň se nepodařilo ověřit", "Fakehradská", []string{"se nepodařilo ověřit"}},
		{"russian sent to", "Заказ 2000557061836097 отправлен по адресу г. Фейкоград, ул. Чехова, д. 134, кв. 290", "Чехова", []string{"2000557061836097"}},
		{"vietnamese delivery address", "Địa chỉ giao hàng: 31 Lý Fake Kiệt, Phường Bến Nghé, Quận 7, Đà Nẵng", "Fake Kiệt", nil},
		{"greek sent to", "στάλθηκε στη διεύθυνση Πανεπιστημίου 181, 414 63 Αθήνα (σύνολο EUR 640,63)", "Πανεπιστημίου", []string{"(σύνολο EUR 640,63)"}},
		{"turkish pickup with a No label", "Pickup scheduled at Göztepe Mah., Fakepaşa Blv. No: 37 D: 3, 82011 Çankaya/Ankara tomorrow", "Fakepaşa", nil},
	})
	checkClasses(t, []classCase{
		{"the word without an address", "Adresa nu a putut fi validată", "", []string{"Adresa nu a putut fi validată"}},
	})
}

// Password labels with words after them, bracketed keys with a dash or
// with letters beyond ASCII, and a digit-led key in PHP's var_dump.
func TestClassPasswordLabels(t *testing.T) {
	checkClasses(t, []classCase{
		{"spanish label of two words", "via Cafetera Ltda., Clave acceso: Fjord8616!!57", "Fjord8616", []string{"Cafetera Ltda."}},
		{"german label, new password", "[01:48] Kunde: Passwort neu: Fjord2021#10", "Fjord2021", []string{"[01:48] Kunde:"}},
		{"bracketed key with diacritics", "customer[Upc]=110050683396&customer[Jelszó]=fjord2026.62&customer[Time]=1", "fjord2026", []string{"customer[Upc]=110050683396", "&customer[Time]=1"}},
		{"bracketed key with a dash", "order[Api-key]=2ec787b078f9584dd76815cbfcdc5774&order[StripeId]=pi_3", "2ec787b078f9", []string{"&order[StripeId]=pi_3"}},
		{"digit-led key in var_dump", "$_POST = array(3) {\n  [\"2fa_code\"]=>\n  string(6) \"550213\"\n  [\"id\"]=>\n  int(4017567851083)\n}", "550213", []string{"int(4017567851083)"}},
	})
	checkClasses(t, []classCase{
		{"a clause after the label's words is kept", "Passwort neu: Fjord2021#10 gesetzt", "Fjord2021", []string{"gesetzt"}},
	})
}

// Found on other seeds of the fourth corpus: a key in another script in
// backticks or joined by '-', the Italian "chiave", short word-and-symbol
// passwords in rows, and a Latin address followed by a clause in another
// script.
func TestClassOtherSeeds(t *testing.T) {
	checkClasses(t, []classCase{
		{"cyrillic key in backticks", "WHERE `новий_пароль` = 'fjord08!!65' AND `commit` = '2245eab'", "fjord08", []string{"`commit` = '2245eab'"}},
		{"italian key label", "[16:42] Cliente: Chiave: Fjord3229.", "Fjord3229", []string{"[16:42] Cliente:"}},
		{"urdu key joined by a dash", `{"پاس-ورڈ":"TZI0KfTu!h*rD8_9du","x":1}`, "TZI0KfTu", []string{`"x":1`}},
		{"short password in a row", "line 5416: Mansoura;Fjord!55;128096-20251116-0035925594", "Fjord!55", []string{"128096-20251116-0035925594"}},
		{"latin address, then another script", "liefern an Rue du Fake 11b, 3011 Bern - 收件人身份证 110101199003077758, item", "110101199003077758", []string{", item"}},
	})
	checkClasses(t, []classCase{
		{"a short reference in a row", "line 9: Mansoura;Item#123;ok", "", []string{"Item#123"}},
	})
}

// E-mail addresses next to text of another script and with a top-level
// domain in another script.
func TestClassEmailScripts(t *testing.T) {
	checkClasses(t, []classCase{
		{"ascii address inside japanese text", "領収書をfake612@example.comに送信しました", "fake612", []string{"領収書を", "に送信しました"}},
		{"cyrillic domain and tld", "UserEmail:фейк.фейков@пример.рф FlipkartOrderId:OD5", "фейк.фейков", []string{"FlipkartOrderId:OD5"}},
		{"greek local part", `{"email_πελάτη":"σοφία.φέικ@παράδειγμα.gr","x":1}`, "φέικ", []string{`"x":1`}},
	})
	checkClasses(t, []classCase{
		{"a handle without a domain", "follow @fakeshop on 例え", "", []string{"@fakeshop"}},
	})
}

// A gift message that opens with "for" in the buyers' languages and ends
// with '!' names the person it is for.
func TestClassCardGreetings(t *testing.T) {
	checkClasses(t, []classCase{
		{"german", "Für Gianluca Fakebieri!", "Fakebieri", []string{"Für", "!"}},
		{"french", "Pour Océane Fakebonnet!", "Fakebonnet", nil},
		{"in a JSON field", `{"gift_message":"Para Ana Fakelima!"}`, "Fakelima", nil},
	})
	checkClasses(t, []classCase{
		{"a sale", "For Sale!", "", []string{"For Sale!"}},
		{"not at the start", "thanks for Ana Fakelima!", "", []string{"thanks for"}},
	})
}

// "Delivery failed at" and "changed to" before an address; an abbreviation
// followed by its number does not end an address.
func TestClassAddressFailedAt(t *testing.T) {
	checkClasses(t, []classCase{
		{"dutch delivery failed at", "bezorging mislukt op Lange Fakehout 211-II, 5624 YC Eindhoven, klant gebeld op 06", "Fakehout", []string{"klant gebeld op"}},
		{"spanish delivery failed at", "entrega fallida en Gran Fake 12, bajo, 28057 Madrid: el repartidor llamó", "Gran Fake", []string{"el repartidor llamó"}},
		{"german changed to", "Rechnungsanschrift geändert auf Fakeliner Straße 100b, 60311 Frankfurt am Main durch x", "Fakeliner", []string{"durch x"}},
		{"an abbreviation before its number", "Dirección: Calle Fake 2384 Depto. 374, Col. Polanco, C.P. 44630, Guadalajara", "Polanco", nil},
	})
}

// A Python traceback names the values of its exception's message in the
// f-string of the line that raised it.
func TestClassTracebackFString(t *testing.T) {
	checkClasses(t, []classCase{
		{"name placeholder", "Traceback (most recent call last):\n  File \"/app/kyc.py\", line 12, in check\n    raise IdMismatch(f\"{id_no} != {real_name}\")\nkyc.errors.IdMismatch: 110101199003077758 != 欧阳伟强", "欧阳伟强", []string{"kyc.errors.IdMismatch:", "!="}},
		{"address placeholder", "    raise GeoError(f'cannot geocode {shipping_address} for {order_id}')\napp.GeoError: cannot geocode 12 Fake Street, Leeds for 5550001", "Fake Street", []string{"for 5550001"}},
	})
	checkClasses(t, []classCase{
		{"placeholders that name no PII", "    raise Timeout(f\"{host} after {secs}s\")\napp.Timeout: db-1 after 30s", "", []string{"app.Timeout: db-1 after 30s"}},
	})
}

// A stream position in a row of them (vigil's own "partitions assigned"
// line) is no secret; a password with a slash and an '@' still is.
func TestClassStreamCoordinates(t *testing.T) {
	r, err := New(Config{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{
		`{"partitions":"logs/4@686,logs/5@1000,logs/6@earliest"}`,
		`{"partitions":"orders.v2/11@73410922,orders.v2/12@73410995"}`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("%s -> %s", s, got)
		}
	}
	const secret = `{"rows":"admin,Tr0ub4dor/3@xK9!qLmZ,ok"}`
	if got := r.String(secret); got == secret {
		t.Errorf("a password with '/' and '@' kept: %s", got)
	}
}
