package thirteentheval

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// Kinds of PII the corpus plants.
var kinds = []string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"}

// pii is one planted value.
type pii struct {
	kind, shape, ctx, locale string
	val                      string
	frags                    []frag
}

// trap is one planted look-alike.
type trap struct {
	typ, val string
}

// gen renders one line. It is run twice with the same seed: once with the
// PII values (ph=false) and once with placeholders (ph=true); every random
// draw happens in both runs, so both renderings have the same shape.
type gen struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	ph    bool
	loc   *locale
	ctx   string
	piis  []*pii
	traps []trap
	n     int
}

func newGen(seed uint64, line int, ph bool, loc *locale, ctx string) *gen {
	s := seed*0x9E3779B97F4A7C15 + uint64(line)*0xBF58476D1CE4E5B9 + 1
	return &gen{r: rand.New(rand.NewPCG(s, s^0x94D049BB133111EB)), f: gofakeit.New(s), ph: ph, loc: loc, ctx: ctx}
}

// P plants a PII value and returns it, or its placeholder in the background.
func (g *gen) P(kind, shape, val string, extra ...string) string {
	p := &pii{kind: kind, shape: shape, ctx: g.ctx, locale: g.loc.code, val: val}
	p.frags = fragments(kind, val, extra...)
	g.piis = append(g.piis, p)
	g.n++
	if g.ph {
		return placeholder(kind, g.n)
	}
	return val
}

// placeholder is a neutral word with no digits and no fragment of any value.
func placeholder(kind string, n int) string {
	return "Zq" + strings.Repeat("x", 1+n%3) + "vw"
}

// T plants a look-alike; it is the same in both renderings.
func (g *gen) T(typ, val string) string {
	g.traps = append(g.traps, trap{typ, val})
	return val
}

func (g *gen) in(n int) int          { return g.r.IntN(n) }
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func pick[T any](g *gen, xs []T) T   { return xs[g.r.IntN(len(xs))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.in(10))
	}
	return string(b)
}

func (g *gen) from(alpha string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alpha[g.in(len(alpha))]
	}
	return string(b)
}

const (
	lowerHex = "0123456789abcdef"
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperAl  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b32      = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	lowerAl  = "abcdefghijklmnopqrstuvwxyz0123456789"
)

// fill replaces '#' by a digit, '@' by an upper-case letter, '%' by a digit 1-9.
func (g *gen) fill(pat string) string {
	var b strings.Builder
	for _, c := range pat {
		switch c {
		case '#':
			b.WriteByte(byte('0' + g.in(10)))
		case '%':
			b.WriteByte(byte('1' + g.in(9)))
		case '@':
			b.WriteByte(byte('A' + g.in(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// ---- JSON helpers ----

type raw string

func js(s string) string {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

// obj writes a JSON object with keys in the given order; values are strings,
// raw JSON, ints or bools.
func obj(kv ...any) raw {
	var b strings.Builder
	b.WriteByte('{')
	seen := map[string]int{}
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		k := kv[i].(string)
		// a repeated key would be dropped by the decoder, and its value
		// with it: number the repeats
		if n := seen[k]; n > 0 {
			seen[k]++
			k += "_" + strconv.Itoa(n+1)
		} else {
			seen[k] = 1
		}
		b.WriteString(js(k))
		b.WriteByte(':')
		b.WriteString(jv(kv[i+1]))
	}
	b.WriteByte('}')
	return raw(b.String())
}

func arr(vs ...any) raw {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = jv(v)
	}
	return raw("[" + strings.Join(parts, ",") + "]")
}

func jv(v any) string {
	switch x := v.(type) {
	case raw:
		return string(x)
	case string:
		return js(x)
	case int:
		return strconv.Itoa(x)
	case int64:
		return strconv.FormatInt(x, 10)
	case bool:
		return strconv.FormatBool(x)
	}
	panic(fmt.Sprintf("jv %T", v))
}

// ---- check digits ----

func luhnDigit(body string) byte {
	sum := 0
	dbl := true
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnValid(s string) bool {
	if len(s) < 2 {
		return false
	}
	return luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

func mod97(s string) int {
	m := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			m = (m*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			v := int(c-'A') + 10
			m = (m*100 + v) % 97
		}
	}
	return m
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 15 {
		return false
	}
	return mod97(s[4:]+s[:4]) == 1
}

func makeIBAN(cc, bban string) string {
	c := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, c, bban)
}

var mod112W = []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

func cnCheck(body string) byte {
	s := 0
	for i := 0; i < 17; i++ {
		s += int(body[i]-'0') * mod112W[i]
	}
	return "10X98765432"[s%11]
}

// ---- value generators ----

type issuer struct {
	name   string
	prefix func(g *gen) string
	n      int
}

var issuers = []issuer{
	{"visa16", func(g *gen) string { return "4" }, 16},
	{"visa13", func(g *gen) string { return "4" }, 13},
	{"mastercard", func(g *gen) string { return strconv.Itoa(51 + g.in(5)) }, 16},
	{"mastercard2", func(g *gen) string { return strconv.Itoa(2221 + g.in(500)) }, 16},
	{"amex", func(g *gen) string { return pick(g, []string{"34", "37"}) }, 15},
	{"discover", func(g *gen) string { return "6011" }, 16},
	{"jcb", func(g *gen) string { return strconv.Itoa(3528 + g.in(62)) }, 16},
	{"unionpay16", func(g *gen) string { return "62" + strconv.Itoa(2126+g.in(800)) }, 16},
	{"unionpay19", func(g *gen) string { return "62" + strconv.Itoa(2126+g.in(800)) }, 19},
	{"maestro", func(g *gen) string { return pick(g, []string{"6759", "5018", "5020", "6304"}) }, 16},
	{"maestro19", func(g *gen) string { return pick(g, []string{"6759", "5018"}) }, 19},
	{"mir", func(g *gen) string { return "220" + strconv.Itoa(g.in(5)) }, 16},
	{"elo", func(g *gen) string { return pick(g, []string{"636368", "438935", "504175", "451416"}) }, 16},
	{"rupay", func(g *gen) string { return pick(g, []string{"6080", "6521", "8172", "6070"}) }, 16},
	{"troy", func(g *gen) string { return "9792" }, 16},
	{"diners", func(g *gen) string { return pick(g, []string{"36", "38", "300"}) }, 14},
}

func (g *gen) cardNumber() (string, string) {
	is := issuers[g.in(len(issuers))]
	p := is.prefix(g)
	body := p + g.digits(is.n-1-len(p))
	return body + string(luhnDigit(body)), is.name
}

func groupDigits(s string, sizes []int, sep string) string {
	var parts []string
	i := 0
	for _, n := range sizes {
		if i >= len(s) {
			break
		}
		j := min(i+n, len(s))
		parts = append(parts, s[i:j])
		i = j
	}
	if i < len(s) {
		parts = append(parts, s[i:])
	}
	return strings.Join(parts, sep)
}

// cardWritten writes a card the way it is typed or logged.
func (g *gen) cardWritten(num string) string {
	switch g.in(6) {
	case 0, 1:
		return num
	case 2:
		if len(num) == 15 {
			return groupDigits(num, []int{4, 6, 5}, " ")
		}
		return groupDigits(num, []int{4, 4, 4, 4}, " ")
	case 3:
		return groupDigits(num, []int{4, 4, 4, 4}, "-")
	case 4:
		if len(num) == 19 {
			return groupDigits(num, []int{6, 13}, " ")
		}
		return groupDigits(num, []int{4, 4, 4, 4}, "  ")
	}
	return groupDigits(num, []int{4, 4, 4, 4}, ".")
}

func maskedCard(g *gen) string {
	switch g.in(4) {
	case 0:
		return "**** **** **** " + g.digits(4)
	case 1:
		return g.fill("4#####") + "******" + g.digits(4)
	case 2:
		return "XXXX-XXXX-XXXX-" + g.digits(4)
	}
	return "ending in " + g.digits(4)
}

type ibanSpec struct {
	cc, bban string // bban pattern: # digit, @ letter
}

var ibanSpecs = map[string]ibanSpec{
	"DE": {"DE", "##################"}, "GB": {"GB", "@@@@##############"}, "FR": {"FR", "#######################"},
	"ES": {"ES", "####################"}, "NL": {"NL", "@@@@##########"}, "SE": {"SE", "####################"},
	"PL": {"PL", "########################"}, "CZ": {"CZ", "####################"}, "UA": {"UA", "#########################"},
	"TR": {"TR", "######################"}, "AE": {"AE", "###################"}, "SA": {"SA", "####################"},
	"BR": {"BR", "#######################@#"}, "EG": {"EG", "#########################"}, "PK": {"PK", "@@@@################"},
	"IT": {"IT", "@######################"}, "FI": {"FI", "##############"}, "NO": {"NO", "###########"},
	"BE": {"BE", "############"}, "AT": {"AT", "################"}, "CH": {"CH", "#################"},
	"IE": {"IE", "@@@@##############"}, "PT": {"PT", "#####################"}, "RO": {"RO", "@@@@################"},
	"HU": {"HU", "########################"}, "MA": {"MA", "########################"},
}

var ibanOrder = []string{"DE", "GB", "FR", "ES", "NL", "SE", "PL", "CZ", "UA", "TR", "AE", "SA", "BR", "EG", "PK", "IT", "FI", "NO", "BE", "AT", "CH", "IE", "PT", "RO", "HU", "MA"}

func (g *gen) iban() string {
	cc := g.loc.iban
	if cc == "" || g.chance(0.3) {
		cc = pick(g, ibanOrder)
	}
	return makeIBAN(cc, g.fill(ibanSpecs[cc].bban))
}

func (g *gen) ibanWritten(s string) string {
	if g.in(3) == 0 { // compact one time in three, else in groups of four
		return s
	}
	return groupDigits(s, []int{4, 4, 4, 4, 4, 4, 4, 4}, " ")
}

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "420102", "320102", "350203", "610113"}

func (g *gen) cnID() string {
	y := 1955 + g.in(50)
	m := 1 + g.in(12)
	d := 1 + g.in(28)
	body := fmt.Sprintf("%s%04d%02d%02d%s", pick(g, cnRegions), y, m, d, g.digits(3))
	return body + string(cnCheck(body))
}

// ---- credentials ----

type cred struct {
	key, val, shape string
	wrap            func(v string) string // how it is written around its secret
}

var pwKeys = []string{"password", "passwd", "pwd", "db_pass", "smtp_pass", "passphrase", "userPassword", "Passwort", "mot_de_passe", "contraseña", "senha", "wachtwoord", "lösenord", "hasło", "heslo", "пароль", "şifre", "كلمة_المرور", "nenosiri", "kata_sandi", "mật_khẩu", "รหัสผ่าน", "密码", "パスワード", "비밀번호", "parola", "jelszó", "salasana", "adgangskode", "sandi"}

func (g *gen) password() string {
	w := pick(g, []string{"Sunflower", "tiger", "Mango", "kopi", "Bintang", "Falcon", "winter", "Lisboa", "cerveza", "Kirschbaum", "jollof", "Sakura", "Hanoi", "mamba", "Orchid", "Pelican"})
	switch g.in(4) {
	case 0:
		return w + g.digits(4) + pick(g, []string{"!", "#", "$", "*", "!!", "@"})
	case 1:
		return g.from(alnum, 10+g.in(8))
	case 2:
		return strings.ToLower(w) + "_" + g.digits(2) + pick(g, []string{"?", "&", "."}) + g.from("abcdefghijkmnpqrstuvwxyz", 3)
	}
	return g.from(alnum, 6) + pick(g, []string{"#", "%", "^", "~", "!"}) + g.from(alnum, 8)
}

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func (g *gen) jwt() string {
	h := b64url([]byte(`{"alg":"HS256","typ":"JWT"}`))
	p := b64url([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"orders:read"}`, g.digits(8), 1760000000+g.in(9999999))))
	sig := make([]byte, 32)
	for i := range sig {
		sig[i] = byte(g.in(256))
	}
	return h + "." + p + "." + b64url(sig)
}

// credential draws a secret with the key it is logged under.
func (g *gen) credential() cred {
	switch g.in(19) {
	case 18:
		return cred{key: pick(g, []string{"webhook_secret", "endpoint_secret", "STRIPE_WEBHOOK_SECRET"}), val: "whsec_" + g.from(alnum, 32), shape: "whsec"}
	case 0, 1:
		return cred{key: pick(g, pwKeys), val: g.password(), shape: "password"}
	case 2:
		return cred{key: pick(g, []string{"access_token", "shopify_token", "X-Shopify-Access-Token"}), val: "shpat_" + g.from(lowerHex, 32), shape: "shopify"}
	case 3:
		return cred{key: pick(g, []string{"stripe_key", "api_key", "secretKey"}), val: pick(g, []string{"sk_live_", "rk_live_", "sk_test_"}) + g.from(alnum, 24+g.in(24)), shape: "stripe"}
	case 4:
		return cred{key: pick(g, []string{"client_secret", "app_secret", "hmac_key", "signing_secret"}), val: g.from(lowerHex, 64), shape: "hex64"}
	case 5:
		b := make([]byte, 32)
		for i := range b {
			b[i] = byte(g.in(256))
		}
		return cred{key: pick(g, []string{"webhook_secret", "encryption_key", "appSecret", "aes_key"}), val: base64.StdEncoding.EncodeToString(b), shape: "base64"}
	case 6:
		return cred{key: "Authorization", val: g.jwt(), shape: "jwt", wrap: func(v string) string { return "Bearer " + v }}
	case 7:
		u := pick(g, []string{"svc-orders", "admin", "shop", "integration"})
		pw := g.password()
		return cred{key: "Authorization", val: base64.StdEncoding.EncodeToString([]byte(u + ":" + pw)), shape: "basic", wrap: func(v string) string { return "Basic " + v }}
	case 8:
		pw := g.from(alnum, 12+g.in(8))
		host := pick(g, []string{"pg-orders-01.internal:5432/shop", "mysql.inventory.svc:3306/inv", "redis-cart:6379/0", "rabbitmq.local:5672/%2F", "cluster0.ab1cd.mongodb.net/orders"})
		sch := pick(g, []string{"postgres", "mysql", "redis", "amqp", "mongodb+srv"})
		user := pick(g, []string{"app", "orders_rw", "svc", "etl"})
		return cred{key: pick(g, []string{"dsn", "database_url", "DATABASE_URL", "conn", "broker_url"}), val: pw, shape: "conn_url", wrap: func(v string) string { return sch + "://" + user + ":" + v + "@" + host }}
	case 9:
		return cred{key: pick(g, []string{"cookie", "Cookie", "set-cookie"}), val: g.from(alnum, 32), shape: "cookie", wrap: func(v string) string {
			return pick(g, []string{"session", "PHPSESSID", "_shop_session", "laravel_session", "sessionid"}) + "=" + v + "; lang=en"
		}}
	case 10:
		sig := g.from(lowerHex, 64)
		bucket := pick(g, []string{"invoices-prod", "label-pdfs", "returns-photos"})
		return cred{key: "url", val: sig, shape: "presigned", wrap: func(v string) string {
			return "https://" + bucket + ".s3.eu-west-1.amazonaws.com/2026/12/label.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Date=20261205T101500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + v
		}}
	case 11:
		lines := []string{}
		for i := 0; i < 3; i++ {
			lines = append(lines, g.from(alnum+"+/", 64))
		}
		body := strings.Join(lines, "\n")
		return cred{key: pick(g, []string{"private_key", "signing_key", "sftp_key"}), val: body, shape: "pem", wrap: func(v string) string {
			return "-----BEGIN RSA PRIVATE KEY-----\n" + v + "\n-----END RSA PRIVATE KEY-----"
		}}
	case 12:
		return cred{key: pick(g, []string{"totp_secret", "mfa_seed", "otp_seed", "2fa_secret"}), val: g.from(b32, 32), shape: "totp_seed"}
	case 13:
		var cs []string
		for i := 0; i < 4; i++ {
			cs = append(cs, g.from("abcdefghjkmnpqrstuvwxyz23456789", 5)+"-"+g.from("abcdefghjkmnpqrstuvwxyz23456789", 5))
		}
		return cred{key: pick(g, []string{"recovery_codes", "backup_codes", "codes"}), val: strings.Join(cs, " "), shape: "recovery"}
	case 14:
		return cred{key: pick(g, []string{"github_token", "token", "GITHUB_TOKEN"}), val: "ghp_" + g.from(alnum, 36), shape: "github"}
	case 15:
		return cred{key: pick(g, []string{"aws_access_key_id", "AWS_ACCESS_KEY_ID"}), val: "AKIA" + g.from(upperAl, 16), shape: "aws"}
	case 16:
		return cred{key: pick(g, []string{"slack_token", "bot_token"}), val: "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.from(alnum, 24), shape: "slack"}
	}
	return cred{key: pick(g, []string{"x-api-key", "apikey", "partner_key"}), val: g.from(alnum, 40), shape: "apikey"}
}

func (c cred) written(v string) string {
	if c.wrap != nil {
		return c.wrap(v)
	}
	return v
}

func hexN(g *gen, n int) string { return g.from(lowerHex, n) }
