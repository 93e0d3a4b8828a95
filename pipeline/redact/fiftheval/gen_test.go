package fiftheval

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// The eight kinds of the redactor's documentation.
const (
	kEmail = "email"
	kPhone = "phone"
	kCard  = "card"
	kIBAN  = "iban"
	kCNID  = "cn_id"
	kCred  = "credential"
	kName  = "name"
	kAddr  = "address"
)

var allKinds = []string{kEmail, kPhone, kCard, kIBAN, kCNID, kCred, kName, kAddr}

// planted is one PII value written into a line.
type planted struct {
	kind, ctx, loc, shape string
	value                 string
	street                string   // address: the street line
	words                 []string // name: its words
}

// trap is one look-alike written into a line.
type trap struct {
	typ, ctx, value string
}

// gen renders one line. It is run twice per line from the same seed: with
// the PII (bg false) and with every PII value replaced by a placeholder
// (bg true, the background). Every random draw happens in both runs, so the
// two renderings differ only where PII was planted.
type gen struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	bg    bool
	ctx   string
	loc   *locale
	pii   []planted
	traps []trap
}

func newGen(seed uint64, line int, bg bool) *gen {
	s := seed*1_000_003 + uint64(line)
	return &gen{
		r:  rand.New(rand.NewPCG(s, s^0x9e3779b97f4a7c15)),
		f:  gofakeit.New(s | 1),
		bg: bg,
	}
}

// P plants a value of a kind and returns what the line holds: the value, or
// in the background the redactor's own marker.
func (g *gen) P(kind, shape, v string) string {
	g.pii = append(g.pii, planted{kind: kind, ctx: g.ctx, loc: g.loc.code, shape: shape, value: v})
	if g.bg {
		return "[REDACTED:" + kind + "]"
	}
	return v
}

func (g *gen) PA(a address, shape string) string {
	g.pii = append(g.pii, planted{kind: kAddr, ctx: g.ctx, loc: g.loc.code, shape: shape, value: a.full, street: a.street})
	if g.bg {
		return "[REDACTED:address]"
	}
	return a.full
}

func (g *gen) PN(p person, shape string) string {
	g.pii = append(g.pii, planted{kind: kName, ctx: g.ctx, loc: g.loc.code, shape: shape + "/" + p.shape, value: p.name, words: p.words})
	if g.bg {
		return "[REDACTED:name]"
	}
	return p.name
}

// T records a look-alike and returns it.
func (g *gen) T(typ, v string) string {
	g.traps = append(g.traps, trap{typ: typ, ctx: g.ctx, value: v})
	return v
}

// ---- encodings ----

func jsonEsc(s string, ascii bool) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte("0123456789abcdef"[c>>4])
			b.WriteByte("0123456789abcdef"[c&15])
		case ascii && c >= 0x80:
			var buf [2]rune
			rs := buf[:1]
			rs[0] = c
			if c >= 0x10000 {
				c -= 0x10000
				rs = buf[:2]
				rs[0] = 0xD800 + (c>>10)&0x3FF
				rs[1] = 0xDC00 + c&0x3FF
			}
			for _, r := range rs {
				b.WriteString(`\u`)
				for sh := 12; sh >= 0; sh -= 4 {
					b.WriteByte("0123456789abcdef"[(r>>sh)&15])
				}
			}
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// J builds a compact JSON object from alternating keys and values: string
// values are quoted, raw values (nested objects, numbers) written as is.
type raw string

func J(kv ...any) raw {
	return jObj(false, kv...)
}

func JA(kv ...any) raw { return jObj(true, kv...) }

func jObj(ascii bool, kv ...any) raw {
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(`"` + jsonEsc(kv[i].(string), ascii) + `":`)
		b.WriteString(jVal(kv[i+1], ascii))
	}
	b.WriteByte('}')
	return raw(b.String())
}

func jVal(v any, ascii bool) string {
	switch x := v.(type) {
	case string:
		return `"` + jsonEsc(x, ascii) + `"`
	case raw:
		return string(x)
	case []any:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = jVal(e, ascii)
		}
		return "[" + strings.Join(parts, ",") + "]"
	case int:
		return itoa(x)
	case bool:
		if x {
			return "true"
		}
		return "false"
	case nil:
		return "null"
	}
	panic("jVal: unsupported type")
}

const hexU = "0123456789ABCDEF"

// urlEnc encodes for a query or form: mode 0 is form encoding (space as
// +), 1 is %20 with unreserved kept, 2 encodes every byte that is not a
// letter or digit, 3 is form encoding applied twice.
func urlEnc(s string, mode int) string {
	if mode == 3 {
		return urlEnc(urlEnc(s, 0), 0)
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
			b.WriteByte(c)
		case mode != 2 && (c == '-' || c == '_' || c == '.' || c == '~'):
			b.WriteByte(c)
		case mode == 0 && c == ' ':
			b.WriteByte('+')
		default:
			b.WriteByte('%')
			b.WriteByte(hexU[c>>4])
			b.WriteByte(hexU[c&15])
		}
	}
	return b.String()
}

func (g *gen) urlMode() int { return pick(g, []int{0, 0, 1, 1, 2, 3}) }

// ---- keyed values ----

type kv struct {
	k, v, kind string
}

var keysByKind = map[string][]string{
	kName:  {"name", "buyer_name", "recipientName", "consignee", "shipping_name", "full_name", "customer", "holder", "receiver", "受取人", "收件人", "ชื่อผู้รับ", "ten_nguoi_nhan", "nama_penerima", "alici_adi", "odbiorca", "prijemce", "destinatar", "παραλήπτης", "נמען", "получатель", "destinataire", "Empfaenger", "destinatario", "mottagare", "destinatario_nome", "jina", "اسم_المستلم", "contact_person", "BuyerName", "ship_to_name", "cardholder_name"},
	kEmail: {"email", "buyer_email", "BuyerEmail", "e-mail", "correo", "mail", "メールアドレス", "電子郵件", "อีเมล", "eposta", "adres_email", "courriel", "E-Mail-Adresse", "epost", "البريد_الإلكتروني", "contact", "reply_to", "notify"},
	kPhone: {"phone", "tel", "mobile", "phoneNumber", "PhoneNumber", "telefon", "telefone", "電話番号", "手機", "เบอร์โทร", "so_dien_thoai", "no_hp", "cep_telefonu", "telefono", "τηλέφωνο", "טלפון", "телефон", "téléphone", "Telefonnummer", "mobilnummer", "telemovel", "simu", "رقم_الجوال", "contact_number", "msisdn", "whatsapp", "recipient_phone", "ship_phone"},
	kAddr:  {"address1", "AddressLine1", "street", "shipping_address", "addr", "住所", "收件地址", "ที่อยู่", "dia_chi", "alamat", "adres", "ulica", "adresa", "adresa_livrare", "διεύθυνση", "כתובת", "адрес", "adresse", "Anschrift", "direccion", "gatuadress", "morada", "anwani", "العنوان", "line1", "full_address", "delivery_address"},
	kCard:  {"card_number", "cardNumber", "pan", "cc", "number", "card", "payment_card", "ccnum", "カード番号", "卡號"},
	kIBAN:  {"iban", "IBAN", "payout_iban", "bank_account", "konto", "numer_konta", "cuenta", "hesap_no", "bankAccount", "refund_iban"},
	kCNID:  {"id_card", "idCardNo", "身份证号", "shenfenzheng", "identity_number", "national_id", "cert_no", "buyer_id_number"},
}

// value plants one value of kind and returns it as the line writes it.
func (g *gen) value(kind string, p person) (string, string) {
	switch kind {
	case kName:
		return g.PN(p, "kv"), "name"
	case kEmail:
		return g.P(kEmail, "kv", p.email), "email"
	case kPhone:
		pat := pick(g, g.loc.phones)
		return g.P(kPhone, g.loc.code+":"+pat, g.pattern(pat)), "phone"
	case kAddr:
		return g.PA(g.loc.addr(g), "kv"), "address"
	case kCard:
		c := g.card()
		t, sh := g.cardText(c)
		return g.P(kCard, c.issuer+"/"+sh, t), "card"
	case kIBAN:
		cc := g.loc.ibanCC
		if g.r.IntN(4) == 0 {
			cc = pick(g, []string{"DE", "NL", "AE", "FR", "ES", "PL"})
		}
		t, sh := g.ibanText(g.iban(cc))
		return g.P(kIBAN, cc+"/"+sh, t), "iban"
	case kCNID:
		return g.P(kCNID, "kv", g.cnID()), "cn_id"
	}
	panic("value: " + kind)
}

// keyedPII returns a key and a planted value of kind.
func (g *gen) keyedPII(kind string, p person) kv {
	if kind == kCred {
		return g.keyedCred()
	}
	v, _ := g.value(kind, p)
	return kv{pick(g, keysByKind[kind]), v, kind}
}

func (g *gen) keyedCred() kv {
	switch g.r.IntN(15) {
	case 14:
		return kv{pick(g, []string{"private_key", "signing_key_pem", "sftp_key"}), "-----BEGIN PRIVATE KEY-----\n" + g.P(kCred, "pem", g.pemBody()) + "\n-----END PRIVATE KEY-----", kCred}
	case 0, 1, 7, 8:
		return kv{pick(g, passwordKeys), g.P(kCred, "password-key", g.humanPassword()), kCred}
	case 2, 9, 10:
		t, sh := g.vendorToken()
		return kv{pick(g, secretKeys), g.P(kCred, "vendor-"+sh, t), kCred}
	case 3, 11:
		return kv{pick(g, secretKeys), g.P(kCred, "hex-under-key", g.hexSecret()), kCred}
	case 4, 12:
		return kv{pick(g, secretKeys), g.P(kCred, "b64-under-key", g.b64Secret()), kCred}
	case 5, 13:
		return kv{pick(g, []string{"access_token", "id_token", "authToken", "x-amz-access-token"}), g.P(kCred, "jwt", g.jwt()), kCred}
	default:
		scheme := pick(g, []string{"postgres", "mysql", "mongodb+srv", "redis", "amqp"})
		user := pick(g, []string{"app", "shop_rw", "sync", "admin", "orders"})
		pw := g.humanPassword()
		if scheme == "redis" {
			user = ""
		}
		return kv{pick(g, []string{"dsn", "database_url", "DATABASE_URL", "broker_url", "mongo_uri"}), scheme + "://" + user + ":" + g.P(kCred, "db-url/"+scheme, pw) + "@" + pick(g, []string{"db-primary.internal", "10.0.3.17", "orders-db"}) + ":" + pick(g, []string{"5432", "3306", "27017", "6379", "5672"}) + "/" + pick(g, []string{"shop", "orders", "0", "vhost"}), kCred}
	}
}

// ---- PII in prose ----

// phrase writes one value of kind into a sentence fragment in the buyer's
// language or the service's English.
func (g *gen) phrase(kind string, p person) string {
	w := g.loc.w
	switch kind {
	case kName:
		switch g.r.IntN(8) {
		case 0:
			return w.recipient + ": " + g.PN(p, "recipient-word")
		case 1:
			return w.customer + " " + g.PN(p, "customer-word")
		case 2:
			return "synced for " + g.PN(p, "display-name") + " <" + g.P(kEmail, "angle", p.email) + ">"
		case 3:
			return w.hello + " " + g.PN(p, "greeting")
		case 4:
			return w.myName + " " + g.PN(p, "my-name")
		case 5:
			return "account holder " + g.PN(p, "holder")
		case 6:
			return "recipient " + g.PN(p, "recipient-en")
		default:
			return "Dear " + g.PN(p, "dear") + ","
		}
	case kAddr:
		a := g.loc.addr(g)
		switch g.r.IntN(5) {
		case 0:
			return w.address + ": " + g.PA(a, "local-word")
		case 1:
			return "ship to " + g.PA(a, "ship-to") + " (total " + g.T("amount", g.amount()) + ")"
		case 2:
			return w.myAddr + " " + g.PA(a, "my-address")
		case 3:
			return "deliver to " + g.PA(a, "deliver-to") + "; carrier=" + pick(g, []string{"UPS", "DHL", "J&T", "Yamato", "Kerry"})
		default:
			return "address changed to " + g.PA(a, "changed-to") + " by buyer"
		}
	case kPhone:
		pat := pick(g, g.loc.phones)
		v := g.pattern(pat)
		switch g.r.IntN(5) {
		case 0:
			return w.phone + ": " + g.P(kPhone, "local-word/"+pat, v)
		case 1:
			return w.myPhone + " " + g.P(kPhone, "my-number/"+pat, v)
		case 2:
			return "call back on " + g.P(kPhone, "call-back/"+pat, v)
		case 3:
			return "whatsapp " + g.P(kPhone, "whatsapp/"+pat, v)
		default:
			return "contact " + g.P(kPhone, "contact/"+pat, v)
		}
	case kEmail:
		switch g.r.IntN(3) {
		case 0:
			return "reply to " + g.P(kEmail, "reply-to", p.email)
		case 1:
			return "contact: " + g.P(kEmail, "contact", p.email)
		default:
			return "(" + g.P(kEmail, "parens", p.email) + ")"
		}
	case kCard:
		c := g.card()
		t, sh := g.cardText(c)
		switch g.r.IntN(4) {
		case 0:
			return "card " + g.P(kCard, c.issuer+"/"+sh+"/card-word", t)
		case 1:
			return "paid with " + strings.ToUpper(c.issuer) + " " + g.P(kCard, c.issuer+"/"+sh+"/brand", t)
		case 2:
			return "payment declined for " + g.P(kCard, c.issuer+"/"+sh+"/bare", t)
		default:
			return "pan=" + g.P(kCard, c.issuer+"/"+sh+"/pan", t)
		}
	case kIBAN:
		cc := g.loc.ibanCC
		t, sh := g.ibanText(g.iban(cc))
		switch g.r.IntN(3) {
		case 0:
			return "refund to IBAN " + g.P(kIBAN, cc+"/"+sh+"/word", t)
		case 1:
			return "payout account " + g.P(kIBAN, cc+"/"+sh+"/account", t)
		default:
			return "iban: " + g.P(kIBAN, cc+"/"+sh+"/key", t)
		}
	case kCNID:
		switch g.r.IntN(3) {
		case 0:
			return "身份证号：" + g.P(kCNID, "cn-word", g.cnID())
		case 1:
			return "customs id " + g.P(kCNID, "customs", g.cnID())
		default:
			return "清关证件 " + g.P(kCNID, "bare", g.cnID())
		}
	case kCred:
		switch g.r.IntN(9) {
		case 0:
			code := g.digits(pick(g, []int{4, 6, 6, 8}))
			return w.otp + ": " + g.P(kCred, "otp", code)
		case 1:
			return "Authorization: Bearer " + g.P(kCred, "bearer-jwt", g.jwt())
		case 2:
			t, sh := g.vendorToken()
			return "using token " + g.P(kCred, "vendor-bare-"+sh, t)
		case 3:
			return w.password + ": " + g.P(kCred, "password-local-word", g.humanPassword())
		case 4:
			user := strings.ToLower(g.f.Username())
			pw := g.humanPassword()
			b := base64Std(user + ":" + pw)
			return "Authorization: Basic " + g.P(kCred, "basic", b)
		case 5:
			return "dial tcp: connecting to postgres://sync:" + g.P(kCred, "db-url-prose", g.humanPassword()) + "@orders-db:5432/orders"
		case 6:
			return "presigned " + "https://shop-exports.s3.amazonaws.com/report.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=" + g.T("date_compact", "20240612T101500Z") + "&X-Amz-Expires=900&X-Amz-Signature=" + g.P(kCred, "signed-url", g.hexStr(64))
		case 7:
			return "Set-Cookie: _shop_session=" + g.P(kCred, "cookie", g.randStr(alnum+"%", 48)) + "; Path=/; HttpOnly"
		default:
			return "smtp_pass=" + g.P(kCred, "smtp-pass", g.humanPassword())
		}
	}
	panic("phrase: " + kind)
}

func base64Std(s string) string {
	const enc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b := []byte(s)
	var out strings.Builder
	for i := 0; i < len(b); i += 3 {
		var n uint32
		k := min(3, len(b)-i)
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint32(b[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= k {
				out.WriteByte(enc[(n>>(18-6*j))&63])
			} else {
				out.WriteByte('=')
			}
		}
	}
	return out.String()
}

// kinds picks n distinct kinds, weighted towards the person kinds.
func (g *gen) kinds(n int) []string {
	pool := []string{kName, kName, kEmail, kPhone, kPhone, kAddr, kAddr, kCard, kIBAN, kCNID, kCred, kCred}
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		k := pick(g, pool)
		if !seen[k] {
			seen[k] = true
			out = append(out, k)
		}
	}
	return out
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }
