package fiftheval

import (
	"encoding/base64"
	"encoding/hex"
	"math/big"
	"strings"
)

// ---- cards ----

type issuer struct {
	name    string
	prefix  []string
	lengths []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 19}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2720", "23"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "65", "644"}, []int{16}},
	{"jcb", []string{"3528", "3540", "3569", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"diners", []string{"36", "300", "305"}, []int{14}},
	{"mir", []string{"2200", "2202", "2204"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
	{"mada", []string{"588845", "440647", "968208"}, []int{16}},
	{"maestro", []string{"6759", "5018", "6304"}, []int{16, 19}},
}

func luhnCheckDigit(body string) byte {
	sum := 0
	double := true
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if double {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		double = !double
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnValid(n string) bool {
	if len(n) < 2 {
		return false
	}
	return luhnCheckDigit(n[:len(n)-1]) == n[len(n)-1]
}

type card struct {
	issuer, compact string
}

func (g *gen) card() card {
	is := pick(g, issuers)
	p := pick(g, is.prefix)
	n := pick(g, is.lengths)
	body := p + g.digits(n-len(p)-1)
	return card{is.name, body + string(luhnCheckDigit(body))}
}

// grouped writes a card number the ways people and systems print it.
func (g *gen) cardText(c card) (string, string) {
	n := c.compact
	switch g.r.IntN(6) {
	case 0, 1:
		return n, "compact"
	case 2:
		if len(n) == 15 || len(n) == 14 {
			return n[:4] + " " + n[4:10] + " " + n[10:], "4-6-rest"
		}
		return groups(n, 4, " "), "4s-space"
	case 3:
		return groups(n, 4, "-"), "4s-dash"
	case 4:
		return groups(n, 4, " "), "4s-space"
	default:
		if len(n) == 16 {
			return n[:4] + "  " + n[4:8] + "  " + n[8:12] + "  " + n[12:], "4s-2space"
		}
		return groups(n, 4, " "), "4s-space"
	}
}

func groups(s string, k int, sep string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += k {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i:min(i+k, len(s))])
	}
	return b.String()
}

// ---- IBAN ----

// ibanFormats: country → BBAN shape (n digit, a upper letter, c alphanumeric).
var ibanFormats = map[string]string{
	"TR": "nnnnn0cccccccccccccccc",
	"PL": "nnnnnnnnnnnnnnnnnnnnnnnn",
	"CZ": "nnnnnnnnnnnnnnnnnnnn",
	"RO": "aaaacccccccccccccccc",
	"GR": "nnnnnnncccccccccccccccc",
	"IL": "nnnnnnnnnnnnnnnnnnn",
	"FR": "nnnnnnnnnncccccccccccnn",
	"AT": "nnnnnnnnnnnnnnnn",
	"ES": "nnnnnnnnnnnnnnnnnnnn",
	"SE": "nnnnnnnnnnnnnnnnnnnn",
	"PT": "nnnnnnnnnnnnnnnnnnnnn",
	"GB": "aaaannnnnnnnnnnnnn",
	"SA": "nncccccccccccccccccc",
	"DE": "nnnnnnnnnnnnnnnnnn",
	"NL": "aaaannnnnnnnnn",
	"AE": "nnnnnnnnnnnnnnnnnnn",
}

// ibanLengths are the total lengths of the countries above.
var ibanLengths = map[string]int{"TR": 26, "PL": 28, "CZ": 24, "RO": 24, "GR": 27, "IL": 23, "FR": 27, "AT": 20, "ES": 24, "SE": 24, "PT": 25, "GB": 22, "SA": 24, "DE": 22, "NL": 18, "AE": 23}

func ibanMod97(s string) int {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	r := s[4:] + s[:4]
	var num strings.Builder
	for _, c := range r {
		if c >= 'A' && c <= 'Z' {
			num.WriteString(itoa(int(c-'A') + 10))
		} else {
			num.WriteRune(c)
		}
	}
	n, ok := new(big.Int).SetString(num.String(), 10)
	if !ok {
		return -1
	}
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

func (g *gen) iban(cc string) string {
	const up = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	const an = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	var b strings.Builder
	for _, c := range ibanFormats[cc] {
		switch c {
		case 'n':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case 'a':
			b.WriteByte(up[g.r.IntN(26)])
		case 'c':
			if g.r.IntN(3) == 0 {
				b.WriteByte(an[g.r.IntN(26)])
			} else {
				b.WriteByte(byte('0' + g.r.IntN(10)))
			}
		default:
			b.WriteRune(c)
		}
	}
	bban := b.String()
	m := ibanMod97(cc + "00" + bban)
	ck := 98 - m
	cks := itoa(ck)
	if ck < 10 {
		cks = "0" + cks
	}
	return cc + cks + bban
}

func (g *gen) ibanText(compact string) (string, string) {
	switch g.r.IntN(5) {
	case 0, 1:
		return compact, "compact"
	case 2, 3:
		return groups(compact, 4, " "), "groups"
	default:
		return strings.ToLower(groups(compact, 4, " ")), "lower-groups"
	}
}

// ---- Chinese resident id ----

var cnRegions = []string{"110101", "310104", "440305", "510107", "330106", "320102", "420111", "610113", "350203", "370202"}

func cnCheck(first17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(first17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func (g *gen) cnID() string {
	y := g.num(1950, 2005)
	m := g.num(1, 12)
	d := g.num(1, 28)
	two := func(n int) string {
		if n < 10 {
			return "0" + itoa(n)
		}
		return itoa(n)
	}
	body := pick(g, cnRegions) + itoa(y) + two(m) + two(d) + g.digits(3)
	return body + string(cnCheck(body))
}

// ---- credentials ----

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) randStr(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

func (g *gen) hexStr(n int) string { return g.randStr("0123456789abcdef", n) }

// humanPassword makes passwords people choose.
func (g *gen) humanPassword() string {
	words := []string{"Sakura", "Kwiatek", "Soleil", "Sommar", "Leonor", "Tundra", "Dragon", "Bangkok", "Istanbul", "Mariposa", "Kangaroo", "Sunflower", "Pomelo", "Ankara", "Praha"}
	switch g.r.IntN(4) {
	case 0:
		return pick(g, words) + g.itoa(1950, 2024) + pick(g, []string{"!", "#", "$", "@", "?"})
	case 1:
		return g.f.Password(true, true, true, true, false, g.num(10, 18))
	case 2:
		return strings.ToLower(pick(g, words)) + "_" + g.digits(3) + pick(g, []string{"!!", "*", "%"})
	default:
		return g.f.Password(true, true, true, false, false, g.num(12, 20))
	}
}

var passwordKeys = []string{"password", "passwd", "pwd", "passwort", "mot_de_passe", "contraseña", "senha", "şifre", "hasło", "heslo", "parola", "κωδικός", "סיסמה", "пароль", "パスワード", "密碼", "รหัสผ่าน", "mat_khau", "kata_sandi", "lösenord", "nenosiri", "كلمة_المرور", "smtp_pass", "db_pass", "login_pwd", "passphrase", "newPassword", "userPass"}

var secretKeys = []string{"client_secret", "app_secret", "partner_key", "hmac_key", "signingKey", "webhook_secret", "apiKey", "x-api-key", "access_token", "refresh_token", "secret_key", "appSecret", "encryption_key", "private_token", "auth_token", "jwt_secret"}

// cred is one secret and how it is written: the planted value is the
// secret itself; key and pre/post give what surrounds it.
type cred struct {
	value, shape, key string
}

func (g *gen) vendorToken() (string, string) {
	switch g.r.IntN(13) {
	case 0:
		return "shpat_" + g.hexStr(32), "shopify"
	case 1:
		return "sk_live_" + g.randStr(alnum, 24), "stripe"
	case 2:
		return "ghp_" + g.randStr(alnum, 36), "github"
	case 3:
		return "xoxb-" + g.digits(12) + "-" + g.digits(13) + "-" + g.randStr(alnum, 24), "slack"
	case 4:
		return "AKIA" + g.randStr("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), "aws"
	case 5:
		return "Atzr|IwEB" + g.randStr(alnum, 60), "lwa"
	case 6:
		return "SG." + g.randStr(alnum, 22) + "." + g.randStr(alnum, 43), "sendgrid"
	case 7:
		return "glpat-" + g.randStr(alnum, 20), "gitlab"
	case 8:
		return "AIza" + g.randStr(alnum, 35), "google"
	case 9:
		return "whsec_" + g.randStr(alnum, 32), "stripe-whsec"
	case 10:
		return "rzp_live_" + g.randStr(alnum, 14), "razorpay"
	case 11:
		return "xnd_production_" + g.randStr(alnum, 40), "xendit"
	default:
		return "APP_USR-" + g.digits(16) + "-" + g.digits(6) + "-" + g.hexStr(32) + "-" + g.digits(9), "mercadopago"
	}
}

func (g *gen) jwt() string {
	b64 := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	h := b64(`{"alg":"HS256","typ":"JWT"}`)
	p := b64(`{"sub":"` + g.digits(8) + `","iat":` + itoa(1700000000+g.r.IntN(50000000)) + `,"scope":"orders.read"}`)
	sig := base64.RawURLEncoding.EncodeToString([]byte(g.randStr(alnum, 32)))
	return h + "." + p + "." + sig
}

// pemBody is the base64 body of a PEM block, in lines of 64.
func (g *gen) pemBody() string {
	raw := make([]byte, 180)
	for i := range raw {
		raw[i] = byte(g.r.IntN(256))
	}
	return groups(base64.StdEncoding.EncodeToString(raw), 64, "\n")
}

func (g *gen) b64Secret() string {
	raw := make([]byte, 24+g.r.IntN(16))
	for i := range raw {
		raw[i] = byte(g.r.IntN(256))
	}
	return base64.StdEncoding.EncodeToString(raw)
}

func (g *gen) hexSecret() string {
	raw := make([]byte, pick(g, []int{16, 20, 32}))
	for i := range raw {
		raw[i] = byte(g.r.IntN(256))
	}
	return hex.EncodeToString(raw)
}

// ---- Chinese and other check-digit helpers for look-alikes ----

func ean13(body12 string) string {
	sum := 0
	for i := 0; i < 12; i++ {
		d := int(body12[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return body12 + string(byte('0'+(10-sum%10)%10))
}

func upcA(body11 string) string {
	sum := 0
	for i := 0; i < 11; i++ {
		d := int(body11[i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		sum += d
	}
	return body11 + string(byte('0'+(10-sum%10)%10))
}

func s10Check(d8 string) byte {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d8[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		return '0'
	}
	if c == 11 {
		return '5'
	}
	return byte('0' + c)
}
