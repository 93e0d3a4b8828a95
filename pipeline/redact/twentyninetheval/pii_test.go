package twentyninetheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

var kinds = []string{"name", "address", "phone", "email", "card", "iban", "cn_id", "credential"}

// pii is one value to be redacted; pre/post are literal text that belongs
// to its context (a "Bearer " prefix, a DSN's user and host).
type pii struct {
	kind, form, loc string
	key             string
	pre, val, post  string
}

type person struct {
	given, family, tGiven, tFamily string
}

func newPerson(r *rand.Rand, f *gofakeit.Faker, l *locale) person {
	if l.code == "en_US" {
		g, fa := f.FirstName(), f.LastName()
		return person{g, fa, g, fa}
	}
	g, tg := split2(pick(r, l.given))
	fa, tf := split2(pick(r, l.family))
	return person{g, fa, tg, tf}
}

func caseless(code string) bool {
	switch code[:2] {
	case "ja", "ko", "zh", "ar", "fa", "he", "hi", "bn", "th":
		return true
	}
	return false
}

func nativeName(l *locale, p person) string {
	switch l.code[:2] {
	case "ja", "zh":
		return p.family + p.given
	case "ko":
		return p.family + p.given
	}
	if l.famFirst {
		return p.family + " " + p.given
	}
	return p.given + " " + p.family
}

func withHon(l *locale, s string) string {
	if l.hon == "" {
		return s + " san"
	}
	if strings.HasPrefix(l.hon, "+") {
		return s + l.hon[1:]
	}
	return strings.TrimSuffix(l.hon, "+") + s
}

var emojis = []string{"🌸", "🐱", "✨", "💜", "🇯🇵", "👩‍💻", "🙏", "⭐"}

func genName(r *rand.Rand, f *gofakeit.Faker, l *locale) (string, string) {
	p := newPerson(r, f, l)
	nat := nativeName(l, p)
	tr := p.tGiven + " " + p.tFamily
	if l.famFirst {
		tr = strings.ToUpper(p.tFamily) + " " + p.tGiven
	}
	switch r.IntN(9) {
	case 0:
		return nat, "native"
	case 1:
		return tr, "translit"
	case 2:
		return withHon(l, nat), "native+hon"
	case 3:
		return withHon(l, p.tFamily+" "+p.tGiven), "translit+hon"
	case 4:
		return pick(r, emojis) + " " + nat, "emoji"
	case 5:
		if caseless(l.code) {
			return p.family + " " + p.tGiven, "mixed_script"
		}
		return strings.ToUpper(nat), "upper"
	case 6:
		if hasNFD(nat) {
			return nfd(nat), "nfd"
		}
		return strings.ToLower(tr), "lower"
	case 7:
		if caseless(l.code) {
			if l.code[:2] == "ar" || l.code[:2] == "fa" || l.code[:2] == "he" {
				return "\u200f" + nat + "\u200f", "bidi_mark"
			}
			return p.family + "\u200b" + p.given, "zwsp"
		}
		return p.given + "\u00a0" + p.family, "nbsp"
	default:
		return nat + " (" + tr + ")", "native+translit"
	}
}

func genAddress(r *rand.Rand, f *gofakeit.Faker, l *locale) (string, string) {
	if l.code == "en_US" {
		a := f.Address()
		s := fmt.Sprintf("%s, %s, %s %s", a.Street, a.City, f.StateAbr(), a.Zip)
		if r.IntN(3) == 0 {
			return strings.ToUpper(s), "upper"
		}
		return s, "local"
	}
	n := fmt.Sprint(1 + r.IntN(199))
	n2 := fmt.Sprint(1 + r.IntN(29))
	s := l.addr
	s = strings.ReplaceAll(s, "{s}", pick(r, l.streets))
	s = strings.ReplaceAll(s, "{c}", pick(r, l.cities))
	s = strings.ReplaceAll(s, "{z}", fillDigits(r, l.zip))
	s = strings.ReplaceAll(s, "{n2}", n2)
	s = strings.ReplaceAll(s, "{n}", n)
	switch r.IntN(5) {
	case 0:
		if l.zero != '0' {
			return toScript(s, l.zero), "native_digits"
		}
		if caseless(l.code) {
			return fullWidth(s), "fullwidth"
		}
	case 1:
		return strings.ReplaceAll(s, " ", "\u00a0"), "nbsp"
	case 2:
		if hasNFD(s) {
			return nfd(s), "nfd"
		}
	}
	return s, "local"
}

var seps = []string{"\u00a0", "\u2011", "\u2010", "\u2013", "・", "\u2009", "\u202f", ".", "／"}

func genPhone(r *rand.Rand, l *locale) (string, string) {
	nat := fillDigits(r, l.mobile)
	rest := nat
	switch {
	case strings.HasPrefix(rest, "8 "):
		rest = rest[2:]
	case strings.HasPrefix(rest, "(0"):
		rest = "(" + rest[2:]
	case strings.HasPrefix(rest, "0"):
		rest = rest[1:]
	}
	intl := "+" + l.cc + " " + rest
	switch r.IntN(10) {
	case 0, 1:
		return nat, "national"
	case 2:
		return intl, "intl"
	case 3:
		return "+" + l.cc + digitsOnly(rest, true), "e164"
	case 4:
		if l.zero != '0' {
			return toScript(nat, l.zero), "native_digits"
		}
		return fullWidth(nat), "fullwidth"
	case 5:
		s := pick(r, seps)
		return strings.NewReplacer(" ", s, "-", s).Replace(nat), "odd_sep"
	case 6:
		return "(+" + l.cc + ") " + rest, "cc_paren"
	case 7:
		d := digitsOnly(nat, true)
		return d[:3] + "\u200b" + d[3:], "zwsp"
	case 8:
		return fullWidth(intl), "fullwidth_intl"
	default:
		return "\u200e" + intl + "\u200e", "lrm"
	}
}

// punycode (RFC 3492) for IDN e-mail domains.
func punyLabel(s string) string {
	rs := []rune(s)
	var out []byte
	for _, c := range rs {
		if c < 0x80 {
			out = append(out, byte(c))
		}
	}
	b := len(out)
	h := b
	if b > 0 {
		out = append(out, '-')
	}
	n, delta, bias := rune(128), 0, 72
	digit := func(d int) byte {
		if d < 26 {
			return byte('a' + d)
		}
		return byte('0' + d - 26)
	}
	for h < len(rs) {
		m := rune(0x7fffffff)
		for _, c := range rs {
			if c >= n && c < m {
				m = c
			}
		}
		delta += int(m-n) * (h + 1)
		n = m
		for _, c := range rs {
			if c < n {
				delta++
			}
			if c == n {
				q := delta
				for k := 36; ; k += 36 {
					t := k - bias
					if t < 1 {
						t = 1
					} else if t > 26 {
						t = 26
					}
					if q < t {
						break
					}
					out = append(out, digit(t+(q-t)%(36-t)))
					q = (q - t) / (36 - t)
				}
				out = append(out, digit(q))
				// adapt
				d := delta
				if h == b {
					d /= 700
				} else {
					d /= 2
				}
				d += d / (h + 1)
				k := 0
				for d > 455 {
					d /= 35
					k += 36
				}
				bias = k + 36*d/(d+38)
				delta = 0
				h++
			}
		}
		delta++
		n++
	}
	return "xn--" + string(out)
}

func punyDomain(d string) string {
	parts := strings.Split(d, ".")
	for i, p := range parts {
		for _, c := range p {
			if c >= 0x80 {
				parts[i] = punyLabel(p)
				break
			}
		}
	}
	return strings.Join(parts, ".")
}

func asciiLocal(s string) string {
	var b strings.Builder
	for _, c := range strings.ToLower(s) {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		} else if c == ' ' || c == '-' {
			b.WriteByte('.')
		}
	}
	return strings.Trim(b.String(), ".")
}

func genEmail(r *rand.Rand, f *gofakeit.Faker, l *locale) (string, string) {
	p := newPerson(r, f, l)
	dom := pick(r, l.domains)
	loc := asciiLocal(p.tGiven) + "." + asciiLocal(p.tFamily)
	if r.IntN(3) == 0 {
		loc = asciiLocal(p.tFamily) + fmt.Sprint(r.IntN(100))
	}
	idn := punyDomain(dom) != dom
	if idn {
		if r.IntN(2) == 0 {
			return loc + "@" + punyDomain(dom), "idn_punycode"
		}
		return loc + "@" + dom, "idn_unicode"
	}
	switch r.IntN(7) {
	case 0:
		return strings.ToUpper(loc + "@" + dom), "upper"
	case 1:
		return loc + "+shop" + fmt.Sprint(r.IntN(9)) + "@" + dom, "subaddr"
	case 2:
		if caseless(l.code) || l.code[:2] == "ru" || l.code[:2] == "el" {
			return strings.ReplaceAll(p.given, " ", "") + "@" + dom, "unicode_local"
		}
	case 3:
		return loc + "＠" + strings.ReplaceAll(dom, ".", "．"), "fullwidth_at"
	case 4:
		return fullWidth(loc + "@" + dom), "fullwidth"
	}
	return loc + "@" + dom, "ascii"
}

func luhnDigit(s string) byte {
	sum := 0
	dbl := true
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
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

var issuers = []struct {
	name   string
	prefix []string
	n      int
}{
	{"visa", []string{"4"}, 16}, {"mc", []string{"51", "53", "55", "2221", "2720"}, 16},
	{"amex", []string{"34", "37"}, 15}, {"jcb", []string{"3528", "3543", "3589"}, 16},
	{"unionpay", []string{"62"}, 16}, {"unionpay19", []string{"62"}, 19},
	{"discover", []string{"6011", "65"}, 16}, {"diners", []string{"36"}, 14},
	{"mir", []string{"2200", "2204"}, 16}, {"troy", []string{"9792"}, 16}, {"rupay", []string{"6521", "6522"}, 16},
}

func genCard(r *rand.Rand, l *locale) (string, string) {
	is := pick(r, issuers)
	s := pick(r, is.prefix)
	for len(s) < is.n-1 {
		s += string(byte('0' + r.IntN(10)))
	}
	s += string(luhnDigit(s))
	var grouped string
	switch is.n {
	case 15:
		grouped = s[:4] + " " + s[4:10] + " " + s[10:]
	case 14:
		grouped = s[:4] + " " + s[4:10] + " " + s[10:]
	default:
		var g []string
		for i := 0; i < len(s); i += 4 {
			g = append(g, s[i:min(i+4, len(s))])
		}
		grouped = strings.Join(g, " ")
	}
	form := is.name + ":"
	switch r.IntN(7) {
	case 0, 1:
		return grouped, form + "grouped"
	case 2:
		return s, form + "compact"
	case 3:
		return strings.ReplaceAll(grouped, " ", "-"), form + "dash"
	case 4:
		return fullWidth(grouped), form + "fullwidth"
	case 5:
		if l.zero != '0' {
			return toScript(grouped, l.zero), form + "native_digits"
		}
		return strings.ReplaceAll(grouped, " ", "\u00a0"), form + "nbsp"
	default:
		return strings.ReplaceAll(grouped, " ", "\u2009"), form + "thin"
	}
}

var ibanFmt = map[string]string{
	"DE": "##################", "FR": "#######################", "ES": "####################",
	"IT": "A######################", "NL": "ABNA##########", "GB": "NWBK##############",
	"TR": "######################", "AE": "###################", "SA": "##################",
	"EG": "#########################", "IL": "###################", "PL": "########################",
	"GR": "#######################", "UA": "#########################", "BR": "#######################P1",
	"SE": "####################", "CZ": "####################", "HU": "########################",
	"IR": "######################", "VN": "", "RU": "", "PT": "#####################",
	"BE": "############", "AT": "################", "CH": "#################", "SI": "###############",
}

var ibanCountries = []string{"DE", "FR", "ES", "IT", "NL", "GB", "TR", "AE", "SA", "EG", "IL", "PL", "GR", "UA", "BR", "SE", "CZ", "HU", "IR", "PT", "BE", "AT", "CH", "SI"}

func ibanCheck(cc, bban string) string {
	s := bban + cc + "00"
	rem := 0
	for _, c := range s {
		var v int
		if c >= '0' && c <= '9' {
			v = int(c - '0')
			rem = (rem*10 + v) % 97
		} else {
			v = int(c-'A') + 10
			rem = (rem*100 + v) % 97
		}
	}
	return fmt.Sprintf("%02d", 98-rem)
}

func genIBAN(r *rand.Rand, l *locale) (string, string) {
	cc := l.iban
	if cc == "" || ibanFmt[cc] == "" || r.IntN(3) == 0 {
		cc = pick(r, ibanCountries)
	}
	bban := fillDigits(r, ibanFmt[cc])
	iban := cc + ibanCheck(cc, bban) + bban
	var g []string
	for i := 0; i < len(iban); i += 4 {
		g = append(g, iban[i:min(i+4, len(iban))])
	}
	grouped := strings.Join(g, " ")
	switch r.IntN(5) {
	case 0, 1:
		return grouped, cc + ":grouped"
	case 2:
		return iban, cc + ":compact"
	case 3:
		return fullWidth(grouped), cc + ":fullwidth"
	default:
		return strings.ReplaceAll(grouped, " ", "\u00a0"), cc + ":nbsp"
	}
}

var cnAreas = []string{"110101", "310104", "440305", "330106", "510107", "420102", "320102", "500103"}

func genCNID(r *rand.Rand) (string, string) {
	y := 1960 + r.IntN(45)
	s := fmt.Sprintf("%s%04d%02d%02d%03d", pick(r, cnAreas), y, 1+r.IntN(12), 1+r.IntN(28), r.IntN(1000))
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	s += string("10X98765432"[sum%11])
	switch r.IntN(5) {
	case 0, 1:
		return s, "compact"
	case 2:
		return s[:6] + " " + s[6:14] + " " + s[14:], "spaced"
	case 3:
		return fullWidth(s), "fullwidth"
	default:
		return strings.ToLower(s[:17]) + strings.ToLower(s[17:]), "lower_x"
	}
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func rstr(r *rand.Rand, n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

var pwKeys = []string{"password", "passwd", "パスワード", "비밀번호", "密码", "كلمة_المرور", "пароль", "şifre", "contraseña", "senha", "mot_de_passe", "smtp_pass", "db_pwd"}
var otpKeys = []string{"otp", "verification_code", "認証コード", "인증번호", "验证码", "رمز_التحقق", "код", "mã_OTP"}
var unicodePw = []string{"さくら", "사랑해", "我爱你", "كلمة", "Пароль", "şifrem", "contraseña", "ελπίδα", "סיסמה", "पासवर्ड"}

func genCredential(r *rand.Rand) pii {
	p := pii{kind: "credential"}
	switch r.IntN(9) {
	case 0:
		p.key, p.form = pick(r, pwKeys), "password"
		p.val = rstr(r, 6, alnum) + "!" + rstr(r, 4, alnum)
	case 1:
		p.key, p.form = pick(r, pwKeys), "password_unicode"
		p.val = pick(r, unicodePw) + fmt.Sprint(1000+r.IntN(9000)) + "!"
	case 2:
		p.key, p.form = pick(r, []string{"api_key", "x-api-key", "apikey", "client_secret", "secret"}), "vendor_key"
		p.val = pick(r, []string{"sk_live_", "rk_live_", "ghp_", "glpat-", "xoxb-", "AKIA", "SG."}) + rstr(r, 28, alnum)
	case 3:
		p.key, p.form, p.pre = "Authorization", "bearer", "Bearer "
		p.val = rstr(r, 40, alnum+"-_")
	case 4:
		p.key, p.form, p.pre = "Authorization", "basic", "Basic "
		p.val = base64.StdEncoding.EncodeToString([]byte("shop:" + rstr(r, 12, alnum)))
	case 5:
		p.key, p.form = pick(r, []string{"id_token", "token", "access_token", "jwt"}), "jwt"
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		b := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","exp":%d}`, r.IntN(1e6), 1790000000+r.IntN(1e6))))
		p.val = h + "." + b + "." + rstr(r, 43, alnum+"-_")
	case 6:
		p.key, p.form = "dsn", "dsn"
		p.pre = pick(r, []string{"postgres://shop_app:", "mysql://orders:", "redis://default:", "amqp://relay:"})
		p.val = rstr(r, 14, alnum)
		p.post = "@db-" + fmt.Sprint(r.IntN(9)) + ".internal:5432/shop"
	case 7:
		p.key, p.form = pick(r, otpKeys), "otp"
		p.val = fillDigits(r, "######")
	default:
		p.key, p.form = pick(r, otpKeys), "otp_fullwidth"
		p.val = fullWidth(fillDigits(r, "######"))
	}
	return p
}

var keyNames = map[string][]string{
	"name":    {"name", "buyer_name", "recipient", "full_name", "氏名", "收件人", "이름", "الاسم", "שם", "नाम", "ชื่อ", "ho_ten", "фио", "όνομα", "ad_soyad", "nombre", "nome", "display_name"},
	"address": {"address", "shipping_address", "line1", "addr", "住所", "收货地址", "주소", "العنوان", "כתובת", "पता", "ที่อยู่", "dia_chi", "адрес", "διεύθυνση", "adres", "direccion", "endereco", "street"},
	"phone":   {"phone", "mobile", "tel", "電話番号", "手机号", "전화번호", "جوال", "טלפון", "फ़ोन", "เบอร์โทร", "sdt", "телефон", "τηλέφωνο", "telefon", "celular", "contact_number"},
	"email":   {"email", "mail", "buyer_email", "メール", "邮箱", "이메일", "البريد", "אימייל", "ईमेल", "อีเมล", "почта", "e_posta", "correo"},
	"card":    {"card_number", "pan", "card", "カード番号", "卡号", "카드번호", "رقم_البطاقة", "номер_карты", "kart_no", "tarjeta", "cartao"},
	"iban":    {"iban", "refund_iban", "bank_account", "IBAN", "رقم_الآيبان", "счет", "hesap_iban", "cuenta"},
	"cn_id":   {"id_no", "身份证号", "resident_id", "证件号码", "id_card", "kyc_id"},
}

func genPII(r *rand.Rand, f *gofakeit.Faker, l *locale, kind string) pii {
	p := pii{kind: kind, loc: l.code}
	switch kind {
	case "name":
		p.val, p.form = genName(r, f, l)
	case "address":
		p.val, p.form = genAddress(r, f, l)
	case "phone":
		p.val, p.form = genPhone(r, l)
	case "email":
		p.val, p.form = genEmail(r, f, l)
	case "card":
		p.val, p.form = genCard(r, l)
	case "iban":
		p.val, p.form = genIBAN(r, l)
	case "cn_id":
		p.val, p.form = genCNID(r)
	case "credential":
		c := genCredential(r)
		c.loc = l.code
		return c
	}
	p.key = pick(r, keyNames[kind])
	return p
}
