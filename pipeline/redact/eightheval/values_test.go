package eightheval

import (
	"crypto/sha256"
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// pii is one planted value: its kind, its text as written, and the
// fragments whose survival (after decoding) counts as a leak.
type pii struct {
	kind   string
	shape  string // sub-class for the leak report
	text   string
	frags  []string // lower-case; checked in the decoded text
	dfrags []string // checked in the compact stream (digits and letters, separators dropped)
	locale string
	nsn    string // a phone's national significant number
}

var kinds = []string{"email", "phone", "name", "address", "card", "iban", "cn_id", "credential"}

// particles are parts of names that are not counted as fragments.
var particles = map[string]bool{"da": true, "dos": true, "de": true, "das": true, "del": true, "dela": true, "los": true,
	"sr.": true, "sra.": true, "dra.": true, "lic.": true, "dr.": true, "ing.": true, "mgr.": true, "mudr.": true,
	"dl.": true, "dna.": true, "ifj.": true, "sayın": true, "пан": true, "пані": true, "bapak": true, "sdr.": true,
	"gng.": true, "engr.": true, "chief": true, "alhaji": true, "mrs.": true, "mama": true, "daw": true,
	"الأستاذ": true, "السيدة": true, "bw.": true, "bi.": true, "ibu": true}

func nameFrags(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' || r == ',' || r == '.' }) {
		lw := strings.ToLower(w)
		if particles[lw] || particles[lw+"."] {
			continue
		}
		if utf8.RuneCountInString(w) >= 4 {
			out = append(out, lw)
		}
	}
	if len(out) == 0 {
		t := s
		for _, h := range []string{"ဒေါ်", "ဦး"} {
			t = strings.TrimPrefix(t, h)
		}
		out = []string{strings.ToLower(t)}
	}
	return out
}

// windows returns the n-character windows of s (all of them for short
// strings, non-overlapping chunks for long ones).
func windows(s string, n int) []string {
	r := []rune(s)
	if len(r) <= n {
		return []string{s}
	}
	step := 1
	if len(r) > 48 {
		step = n
	}
	out := make([]string, 0, (len(r)-n)/step+1)
	for i := 0; i+n <= len(r); i += step {
		out = append(out, string(r[i:i+n]))
	}
	return out
}

// compact folds digits of any script to ASCII, lower-cases, and drops the
// separators people put inside numbers.
func compact(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		case unicode.IsDigit(r):
			b.WriteRune('0' + rune(digitVal(r)))
		case r == ' ' || r == '-' || r == '.' || r == '(' || r == ')' || r == '/' || r == 0xa0 || r == 0x202f || r == 0x2009 || r == '\u200f' || r == '\u200e':
		default:
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return b.String()
}

func digitVal(r rune) int {
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}

func nativeDigits(s string, zero rune) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(zero + (r - '0'))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func group(s string, gs []int, sep string) string {
	var parts []string
	i := 0
	for k, g := range gs {
		if i >= len(s) {
			break
		}
		if k == len(gs)-1 || i+g > len(s) {
			parts = append(parts, s[i:])
			i = len(s)
			break
		}
		parts = append(parts, s[i:i+g])
		i += g
	}
	if i < len(s) {
		parts = append(parts, s[i:])
	}
	return strings.Join(parts, sep)
}

// phone writes a mobile of the locale in one of the ways people type it.
func (l *locale) phone(f *gofakeit.Faker) pii {
	pre := pick(f, l.mobile)
	nsn := pre + digits(f, l.nsnLen-len(pre))
	nat := l.trunk + nsn
	var s, shape string
	sep := pick(f, []string{" ", " ", "-", ".", ""})
	switch f.IntN(10) {
	case 0, 1:
		s, shape = "+"+l.cc+" "+group(nsn, l.intGroup, sep), "intl"
	case 2:
		s, shape = "+"+l.cc+nsn, "e164"
	case 3, 4:
		s, shape = group(nat, l.natGroup, sep), "national"
		if l.code == "hu_HU" {
			s = "06 " + nsn[:2] + "/" + group(nsn[2:], []int{3, 4}, " ")
		}
		if l.code == "tr_TR" {
			s = "0 (" + nsn[:3] + ") " + group(nsn[3:], []int{3, 2, 2}, " ")
		}
		if l.code == "uk_UA" && f.Bool() {
			s = "+380 (" + nsn[:2] + ") " + group(nsn[2:], []int{3, 2, 2}, "-")
		}
	case 5:
		s, shape = "(+"+l.cc+") "+group(nsn, l.intGroup, " "), "paren_cc"
	case 6:
		s, shape = "00"+l.cc+" "+group(nsn, l.intGroup, " "), "00"
	case 7:
		s, shape = l.cc+nsn, "cc_no_plus"
	case 8:
		s, shape = group(nat, l.natGroup, sep)+" "+pick(f, []string{l.extWord, "ext.", "x"})+" "+strconv.Itoa(10+f.IntN(900)), "ext"
	default:
		s, shape = "+"+l.cc+" "+group(nsn, l.intGroup, " "), "intl"
		if l.native != 0 {
			s, shape = nativeDigits(group(nat, l.natGroup, " "), l.native), "native_digits"
			if f.Bool() {
				s = nativeDigits("+"+l.cc+" "+group(nsn, l.intGroup, " "), l.native)
			}
		}
	}
	return pii{kind: "phone", shape: shape, text: s, dfrags: windows(nsn, 6), locale: l.code, nsn: nsn}
}

func (l *locale) email(f *gofakeit.Faker) pii {
	local := strings.ToLower(f.Username())
	switch f.IntN(4) {
	case 0:
		local = strings.ToLower(f.Noun()) + "." + strings.ToLower(f.Adjective()) + strconv.Itoa(f.IntN(99))
	case 1:
		local = strings.ToLower(f.LetterN(1)) + strings.ToLower(f.Noun()) + strconv.Itoa(1960+f.IntN(45))
	}
	local = strings.Map(func(r rune) rune {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.' || r == '_') {
			return r
		}
		return -1
	}, local)
	if len(local) < 4 {
		local += strconv.Itoa(100 + f.IntN(900))
	}
	full := local
	shape := "plain"
	if f.IntN(5) == 0 {
		full += "+" + pick(f, []string{"shop", "orders", "promo", "tiktok", "lazada"})
		shape = "plus_tag"
	}
	dom := pick(f, l.domains)
	if strings.IndexFunc(dom, func(r rune) bool { return r >= 0x80 }) >= 0 {
		shape = "idn"
	}
	return pii{kind: "email", shape: shape, text: full + "@" + dom, frags: []string{local + "@", local}, locale: l.code}
}

func luhnDigit(s string) byte {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnValid(s string) bool {
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

type issuer struct {
	name   string
	prefix []string
	lens   []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 13, 19}},
	{"mastercard", []string{"51", "53", "55", "2221", "2720", "2368"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "65", "644"}, []int{16}},
	{"jcb", []string{"3528", "3566", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 17, 19}},
	{"diners", []string{"36", "38", "300"}, []int{14}},
	{"maestro", []string{"6759", "5018", "6304"}, []int{16, 19}},
	{"mir", []string{"2200", "2202", "2204"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
}

func cardNumber(f *gofakeit.Faker) (string, string) {
	is := pick(f, issuers)
	p := pick(f, is.prefix)
	n := pick(f, is.lens)
	body := p + digits(f, n-len(p)-1)
	return body + string(luhnDigit(body)), is.name
}

func card(f *gofakeit.Faker, loc string) pii {
	num, iss := cardNumber(f)
	var s string
	switch f.IntN(7) {
	case 0:
		s = num
	case 1:
		s = group(num, []int{4, 4, 4, 4, 4}, "-")
	case 2:
		if len(num) == 15 {
			s = group(num, []int{4, 6, 5}, " ")
		} else if len(num) == 14 {
			s = group(num, []int{4, 6, 4}, " ")
		} else {
			s = group(num, []int{4, 4, 4, 4, 4}, " ")
		}
	case 3:
		s = group(num, []int{4, 4, 4, 4, 4}, "\u00a0")
	case 4:
		s = group(num, []int{4, 4, 4, 4, 4}, ".")
	case 5:
		s = group(num, []int{6, 20}, " ")
	default:
		s = group(num, []int{4, 4, 4, 4, 4}, " ")
	}
	return pii{kind: "card", shape: iss, text: s, dfrags: windows(num, 6), locale: loc}
}

var ibanLen = map[string]int{"PT": 25, "ES": 24, "CR": 22, "RO": 24, "CZ": 24, "HU": 28, "TR": 26, "UA": 29, "SE": 24,
	"EG": 29, "PK": 24, "AE": 23, "SA": 24, "DE": 22, "GB": 22, "FR": 27, "NO": 15, "DK": 18, "BE": 16, "CH": 21}

func ibanCheck(cc, bban string) string {
	var b strings.Builder
	for _, r := range bban + cc + "00" {
		if r >= 'A' && r <= 'Z' {
			b.WriteString(strconv.Itoa(int(r-'A') + 10))
		} else {
			b.WriteRune(r)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%02d", 98-m)
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 5 {
		return false
	}
	var b strings.Builder
	for _, r := range s[4:] + s[:4] {
		if r >= 'A' && r <= 'Z' {
			b.WriteString(strconv.Itoa(int(r-'A') + 10))
		} else {
			b.WriteRune(r)
		}
	}
	n, ok := new(big.Int).SetString(b.String(), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func iban(f *gofakeit.Faker, l *locale) pii {
	cc := pick(f, l.iban)
	n := ibanLen[cc] - 4
	var bban string
	switch cc {
	case "RO", "PK":
		bban = strings.ToUpper(f.LetterN(4)) + digits(f, n-4)
	case "GB":
		bban = strings.ToUpper(f.LetterN(4)) + digits(f, n-4)
	case "TR":
		bban = digits(f, 5) + "0" + digits(f, n-6)
	default:
		bban = digits(f, n)
	}
	s := cc + ibanCheck(cc, bban) + bban
	out, shape := s, "compact"
	if f.IntN(2) == 0 {
		out, shape = group(s, []int{4, 4, 4, 4, 4, 4, 4, 4}, " "), "grouped"
	}
	return pii{kind: "iban", shape: cc + "/" + shape, text: out, dfrags: windows(strings.ToLower(s), 6), locale: l.code}
}

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "320102", "420111", "610113", "500103"}

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func cnID(f *gofakeit.Faker, loc string) pii {
	d := fmt.Sprintf("%04d%02d%02d", 1950+f.IntN(56), 1+f.IntN(12), 1+f.IntN(28))
	s := pick(f, cnRegions) + d + digits(f, 3)
	s += string(cnCheck(s))
	shape := "plain"
	if s[17] == 'X' {
		shape = "x_check"
		if f.Bool() {
			s = s[:17] + "x"
			shape = "x_lower"
		}
	}
	return pii{kind: "cn_id", shape: shape, text: s, dfrags: windows(strings.ToLower(s), 6), locale: loc}
}

const alnum = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"

func randStr(f *gofakeit.Faker, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[f.IntN(len(set))]
	}
	return string(b)
}

func hexStr(f *gofakeit.Faker, n int) string { return randStr(f, "0123456789abcdef", n) }

func humanPassword(f *gofakeit.Faker) string {
	w := f.Noun()
	if len(w) < 4 {
		w += f.Noun()
	}
	w = strings.ToUpper(w[:1]) + w[1:]
	switch f.IntN(4) {
	case 0:
		return w + strconv.Itoa(1950+f.IntN(75)) + pick(f, []string{"!", "#", "$", "*", "?"})
	case 1:
		return f.Password(true, true, true, true, false, 14)
	case 2:
		return strings.ToLower(w) + "_" + strconv.Itoa(10+f.IntN(89)) + pick(f, []string{"!", "@@", "%"})
	default:
		return randStr(f, alnum, 18)
	}
}

// secretKV is a credential written as key and value (the key belongs to the
// context; the value is what must not survive).
type secretKV struct{ key, val, secret string }

// credential draws one credential; key is "" when the value carries its own
// context (a URL, a header line, a PEM block).
func credential(f *gofakeit.Faker, l *locale) (pii, string) {
	var key, val, sec, shape string
	switch f.IntN(22) {
	case 0, 1:
		sec = humanPassword(f)
		key, val, shape = pick(f, []string{l.pwKey, "password", "smtp_pass", "db_pass", "passwd", "user_pwd", "Passwort", "contraseña", "senha", "mot_de_passe", "parolă", "heslo", "jelszó", "şifre", "lösenord", "пароль", "كلمة_السر", "密码", "kata_sandi", "nenosiri"}), sec, "password_key"
	case 2:
		sec = "shpat_" + hexStr(f, 32)
		key, val, shape = pick(f, []string{"X-Shopify-Access-Token", "shopify_token", "access_token"}), sec, "shopify"
	case 3:
		sec = pick(f, []string{"sk_live_", "rk_live_", "whsec_"}) + randStr(f, alnum, 28)
		key, val, shape = pick(f, []string{"stripe_key", "STRIPE_SECRET", "webhook_signing_secret"}), sec, "stripe"
	case 4:
		sec = pick(f, []string{"ghp_", "glpat-", "xoxb-", "npm_", "hf_"}) + randStr(f, alnum, 36)
		key, val, shape = pick(f, []string{"GITHUB_TOKEN", "ci_token", "NPM_TOKEN", "slack_bot_token"}), sec, "vendor_token"
	case 5:
		sec = "AKIA" + randStr(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
		key, val, shape = "aws_access_key_id", sec, "aws_key_id"
	case 6:
		sec = randStr(f, alnum+"/+", 40)
		key, val, shape = pick(f, []string{"aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"}), sec, "aws_secret"
	case 7:
		sec = hexStr(f, pick(f, []int{32, 40, 64}))
		key, val, shape = pick(f, []string{"app_secret", "hmac_key", "signing_key", "client_secret", "apikey", "x-api-key", "partner_secret", "lazada_app_secret", "tiktok_app_secret", "shopee_partner_key"}), sec, "hex_secret"
	case 8:
		raw := make([]byte, 32)
		for i := range raw {
			raw[i] = byte(f.IntN(256))
		}
		sec = base64.StdEncoding.EncodeToString(raw)
		key, val, shape = pick(f, []string{"encryption_key", "jwt_secret", "SECRET_KEY_BASE", "master_key", "session_secret"}), sec, "b64_secret"
	case 9:
		sec = humanPassword(f)
		scheme := pick(f, []string{"postgres", "postgresql", "mysql", "amqp", "amqps", "redis", "rediss", "mongodb+srv", "mongodb"})
		user := pick(f, []string{"app", "shop_rw", "orders", "celery", "admin"})
		u := scheme + "://" + user + ":" + urlEscape(sec) + "@" + pick(f, []string{"db-primary.internal", "10.20.3.14", "rabbitmq.shop.svc", "cluster0.ab12c.mongodb.net", "cache-1.internal"})
		if scheme != "mongodb+srv" {
			u += ":" + pick(f, []string{"5432", "3306", "5672", "6379", "27017"})
		}
		u += pick(f, []string{"/shop", "/orders?sslmode=require", "/0", "/%2F", ""})
		key, val, shape = pick(f, []string{"DATABASE_URL", "broker_url", "REDIS_URL", "MONGO_URI", "dsn", ""}), u, "conn_url"
	case 10:
		user := strings.ToLower(f.FirstName())
		sec = base64.StdEncoding.EncodeToString([]byte(user + ":" + humanPassword(f)))
		key, val, shape = "Authorization", "Basic "+sec, "basic"
	case 11:
		sec = randStr(f, alnum+"-._~", 40)
		key, val, shape = pick(f, []string{"Authorization", "authorization"}), "Bearer "+sec, "bearer"
	case 12:
		sec = hexStr(f, 32)
		key, val, shape = "Authorization", fmt.Sprintf(`Digest username="%s", realm="api", nonce="%s", uri="/v1/orders", response="%s"`, strings.ToLower(f.FirstName()), hexStr(f, 16), sec), "digest"
	case 13:
		sec = randStr(f, alnum, 32)
		key, val, shape = pick(f, []string{"Cookie", "cookie", "Set-Cookie"}), pick(f, []string{"PHPSESSID=", "_shop_session=", "laravel_session=", "connect.sid=s%3A"})+sec+"; path=/", "cookie"
	case 14:
		sec = jwt(f)
		key, val, shape = pick(f, []string{"id_token", "jwt", "Authorization", "refresh_token"}), sec, "jwt"
		if key == "Authorization" {
			val = "Bearer " + sec
		}
		sec = sec[strings.LastIndexByte(sec, '.')+1:]
	case 15:
		sec = hexStr(f, 64)
		key, val, shape = "", fmt.Sprintf("https://%s.s3.%s.amazonaws.com/labels/%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20261205%%2Fap-southeast-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261205T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",
			pick(f, []string{"shop-labels", "invoices-prod"}), pick(f, []string{"ap-southeast-1", "eu-central-1"}), hexStr(f, 12), randStr(f, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), sec), "presigned_url"
	case 16:
		body := make([]byte, 600)
		for i := range body {
			body[i] = byte(f.IntN(256))
		}
		b64 := base64.StdEncoding.EncodeToString(body)
		sec = b64
		typ := pick(f, []string{"RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"})
		var lines []string
		for i := 0; i < len(b64); i += 64 {
			lines = append(lines, b64[i:min(i+64, len(b64))])
		}
		key, val, shape = pick(f, []string{"private_key", "ssh_key", "", "tls.key"}), "-----BEGIN "+typ+"-----\n"+strings.Join(lines, "\n")+"\n-----END "+typ+"-----", "pem"
	case 17:
		sec = strconv.Itoa(100000 + f.IntN(900000))
		if f.IntN(4) == 0 {
			sec = strconv.Itoa(1000 + f.IntN(9000))
		}
		key, val, shape = "", fmt.Sprintf(pick(f, otpPhrases[l.lang]), sec), "otp"
	case 18:
		raw := make([]byte, 20)
		for i := range raw {
			raw[i] = byte(f.IntN(256))
		}
		sec = base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(raw)
		if f.Bool() {
			key, val = pick(f, []string{"totp_secret", "mfa_seed", "otp_seed", "2fa_secret"}), sec
		} else {
			key, val = "", fmt.Sprintf("otpauth://totp/Shop:%s?secret=%s&issuer=Shop", strings.ToLower(f.FirstName()), sec)
		}
		shape = "totp_seed"
	case 19:
		var codes []string
		for i := 0; i < 3; i++ {
			codes = append(codes, strings.ToLower(randStr(f, "abcdefghjkmnpqrstuvwxyz23456789", 5)+"-"+randStr(f, "abcdefghjkmnpqrstuvwxyz23456789", 5)))
		}
		sec = strings.Join(codes, " ")
		key, val, shape = pick(f, []string{"recovery_codes", "backup_codes", "codigos_recuperacion"}), sec, "recovery_codes"
	case 20:
		sec = strconv.Itoa(100000000+f.IntN(900000000)) + ":AA" + randStr(f, alnum+"_-", 33)
		key, val, shape = "", "https://api.telegram.org/bot"+sec+"/sendMessage", "telegram_bot"
	default:
		sec = randStr(f, alnum, 32)
		key, val, shape = pick(f, []string{"LINE_CHANNEL_SECRET", "kakao_admin_key", "whatsapp_app_secret", "channel_access_token", "fb_verify_token"}), sec, "chat_secret"
	}
	p := pii{kind: "credential", shape: shape, text: val, locale: l.code}
	if shape == "recovery_codes" {
		for _, c := range strings.Fields(sec) {
			p.frags = append(p.frags, strings.ToLower(c))
		}
	} else {
		p.frags = windows(strings.ToLower(sec), 6)
		if shape == "password_key" || shape == "conn_url" || shape == "otp" {
			p.frags = windows(strings.ToLower(sec), min(6, len(sec)))
		}
	}
	return p, key
}

func urlEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~') {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func formEscape(s string) string { return strings.ReplaceAll(urlEscape(s), "%20", "+") }

func jwt(f *gofakeit.Faker) string {
	enc := base64.RawURLEncoding
	h := enc.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	p := enc.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","scope":"orders:read","iat":%d}`, f.IntN(1e9), 1764900000+f.IntN(1e6))))
	sig := sha256.Sum256([]byte(randStr(f, alnum, 20)))
	return h + "." + p + "." + enc.EncodeToString(sig[:])
}

var otpPhrases = map[string][]string{
	"pt":  {"O seu código de verificação é %s", "código OTP: %s"},
	"es":  {"Tu código de verificación es %s", "código de seguridad: %s"},
	"ro":  {"Codul de verificare: %s", "codul tău OTP este %s"},
	"cs":  {"Váš ověřovací kód je %s", "kód pro ověření: %s"},
	"hu":  {"Az ellenőrző kódja: %s", "egyszer használatos kód: %s"},
	"tr":  {"Doğrulama kodunuz: %s", "tek kullanımlık şifreniz %s"},
	"uk":  {"Ваш код підтвердження: %s", "код для входу %s"},
	"sv":  {"Din verifieringskod är %s", "engångskod: %s"},
	"ar":  {"رمز التحقق الخاص بك هو %s", "كود التفعيل: %s"},
	"ur":  {"آپ کا تصدیقی کوڈ %s ہے", "OTP: %s"},
	"ta":  {"உங்கள் சரிபார்ப்புக் குறியீடு %s", "OTP %s"},
	"si":  {"ඔබගේ සත්‍යාපන කේතය %s", "OTP code %s"},
	"id":  {"Kode verifikasi Anda: %s", "kode OTP %s, jangan berikan ke siapa pun"},
	"fil": {"Ang iyong verification code ay %s", "OTP mo: %s"},
	"my":  {"သင်၏ အတည်ပြုကုဒ်မှာ %s ဖြစ်သည်", "OTP %s"},
	"zh":  {"您的验证码是%s，5分钟内有效", "验证码：%s"},
	"sw":  {"Nambari yako ya uthibitisho ni %s", "msimbo wa OTP: %s"},
	"en":  {"Your verification code is %s", "one-time passcode: %s"},
}
