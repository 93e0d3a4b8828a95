package nintheval

import (
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// value is one planted PII value: its kind, its text as written into the
// line, and the fragments whose survival means it leaked.
type value struct {
	kind    string
	text    string
	frags   []string // lower-case text fragments, searched in the decoded views
	compact []string // lower-case fragments searched in the view without separators
}

// ---- check digits ----

func luhnDigit(body string) byte {
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

func luhnValid(s string) bool {
	if len(s) < 2 {
		return false
	}
	return luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

// ibanCheck computes the two check digits of cc+bban.
func ibanCheck(cc, bban string) string {
	n := ibanNumeric(bban + cc + "00")
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%02d", 98-m)
}

func ibanNumeric(s string) *big.Int {
	var b strings.Builder
	for _, c := range strings.ToUpper(s) {
		if c >= 'A' && c <= 'Z' {
			fmt.Fprintf(&b, "%d", c-'A'+10)
		} else {
			b.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	return n
}

func ibanValid(iban string) bool {
	iban = strings.ReplaceAll(iban, " ", "")
	if len(iban) < 15 {
		return false
	}
	n := ibanNumeric(iban[4:] + iban[:4])
	return new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

// cnIDCheck is the ISO 7064 MOD 11-2 check character of 17 digits.
func cnIDCheck(body string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(body[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

// ---- PII generators ----

type issuer struct {
	name     string
	prefixes []string
	length   int
}

var issuers = []issuer{
	{"visa", []string{"4"}, 16}, {"mastercard", []string{"51", "53", "55", "2221", "2720", "23"}, 16},
	{"amex", []string{"34", "37"}, 15}, {"jcb", []string{"3528", "3541", "3566", "3589"}, 16},
	{"unionpay", []string{"62"}, 16}, {"unionpay19", []string{"6212", "6250"}, 19}, {"discover", []string{"6011", "65"}, 16},
	{"diners", []string{"36", "300"}, 14}, {"mir", []string{"2200", "2202", "2204"}, 16}, {"rupay", []string{"6521", "6522", "508"}, 16},
	{"troy", []string{"9792"}, 16}, {"elo", []string{"636368", "504175"}, 16}, {"visa19", []string{"4"}, 19},
}

func cardNumber(r *rand.Rand) (string, issuer) {
	is := pick(r, issuers)
	p := pick(r, is.prefixes)
	body := p + digitsN(r, is.length-len(p)-1)
	return body + string(luhnDigit(body)), is
}

func groupCard(r *rand.Rand, n string, is issuer) string {
	switch r.IntN(6) {
	case 0, 1:
		return n
	case 2:
		if is.length == 15 {
			return n[:4] + " " + n[4:10] + " " + n[10:]
		}
		return group(n, 4, " ")
	case 3:
		if is.length == 15 {
			return n[:4] + "-" + n[4:10] + "-" + n[10:]
		}
		return group(n, 4, "-")
	case 4:
		return group(n, 4, " ")
	default:
		return group(n, 4, "")
	}
}

func group(s string, n int, sep string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += n {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i:min(i+n, len(s))])
	}
	return b.String()
}

var ibanSpecs = map[string]string{ // BBAN shapes: n digit, a upper letter, c alnum
	"DE": "nnnnnnnnnnnnnnnnnn", "GB": "aaaannnnnnnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn",
	"IT": "annnnnnnnnnnnnnnnnnnnnn", "NL": "aaaannnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "BR": "nnnnnnnnnnnnnnnnnnnnnnnac",
	"TR": "nnnnnnnnnnnnnnnnnnnnnn", "AE": "nnnnnnnnnnnnnnnnnnn", "SA": "nnnnnnnnnnnnnnnnnnnn", "IL": "nnnnnnnnnnnnnnnnnnn",
	"AT": "nnnnnnnnnnnnnnnn", "BE": "nnnnnnnnnnnn", "CH": "nnnnnnnnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn",
}

func ibanFor(r *rand.Rand, cc string) string {
	spec, ok := ibanSpecs[cc]
	if !ok {
		cc = pick(r, []string{"DE", "FR", "NL", "AT", "BE", "CH", "IE", "ES", "IT"})
		spec = ibanSpecs[cc]
	}
	var b strings.Builder
	for _, c := range spec {
		switch c {
		case 'n':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'a':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteByte("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[r.IntN(34)])
		}
	}
	bban := b.String()
	return cc + ibanCheck(cc, bban) + bban
}

var cnRegions = []string{"110101", "110105", "310115", "310104", "440305", "440106", "330106", "510107", "420102", "320102", "500103", "610113"}

func cnID(r *rand.Rand) string {
	y := 1955 + r.IntN(50)
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(28)
	body := fmt.Sprintf("%s%04d%02d%02d%03d", pick(r, cnRegions), y, m, d, r.IntN(1000))
	return body + string(cnIDCheck(body))
}

// ---- fragments ----

var particleWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields("van der den de la le da do dos das del di von zu bin binti bint al el ibn y e mr mrs ms dr herr frau mme mlle sr sra señor señora sig. sig.ra dott. dott.ssa pan pani sayın bay bayan encik puan cik tuan dato' bapak ibu sdr. shri smt dhr. mevr. dona lic. ing. prof. miss mdm anh chị ông bà ter st. mc a/l a/p dela los") {
		particleWords[w] = true
	}
}

func isCJK(c rune) bool {
	return unicode.In(c, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

// wordFrags: words of four letters or more (not particles); CJK, kana and
// Hangul words by their two-character windows.
func wordFrags(words []string, min4 int) []string {
	var out []string
	for _, w := range words {
		for _, p := range strings.FieldsFunc(w, func(c rune) bool { return c == ' ' || c == '-' || c == ',' || c == '.' || c == '\'' }) {
			lp := strings.ToLower(p)
			if particleWords[lp] {
				continue
			}
			rs := []rune(lp)
			if len(rs) > 0 && isCJK(rs[0]) {
				for i := 0; i+1 < len(rs); i++ {
					out = append(out, string(rs[i:i+2]))
				}
				continue
			}
			if len(rs) >= min4 {
				out = append(out, lp)
			}
		}
	}
	return out
}

func digitWindows(s string, n int) []string {
	d := asciiDigits(s)
	var out []string
	for i := 0; i+n <= len(d); i++ {
		out = append(out, d[i:i+n])
	}
	if len(d) < n && d != "" {
		out = append(out, d)
	}
	return out
}

func asciiDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if d, ok := digitOf(c); ok {
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String()
}

// digitOf maps ASCII, Arabic-Indic, Extended Arabic-Indic, Devanagari, Thai
// and full-width digits.
func digitOf(c rune) (int, bool) {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0'), true
	case c >= 0x660 && c <= 0x669:
		return int(c - 0x660), true
	case c >= 0x6F0 && c <= 0x6F9:
		return int(c - 0x6F0), true
	case c >= 0x966 && c <= 0x96F:
		return int(c - 0x966), true
	case c >= 0xE50 && c <= 0xE59:
		return int(c - 0xE50), true
	case c >= 0xFF10 && c <= 0xFF19:
		return int(c - 0xFF10), true
	}
	return 0, false
}

func windows(s string, n, max int) []string {
	s = strings.ToLower(s)
	var out []string
	if utf8.RuneCountInString(s) <= n {
		return []string{s}
	}
	rs := []rune(s)
	for i := 0; i+n <= len(rs) && len(out) < max; i++ {
		out = append(out, string(rs[i:i+n]))
	}
	return out
}

func nameValue(p person) value {
	fr := wordFrags(p.words, 4)
	if len(fr) == 0 {
		fr = []string{strings.ToLower(p.display)}
	}
	return value{kind: "name", text: p.display, frags: fr}
}

var streetStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("street road avenue lane drive court close crescent gardens terrace straße weg platz gasse rue avenue boulevard allée impasse calle paseo avda. rua avenida travessa alameda via viale piazza corso jalan lorong highway sector block apartments marg nagar ring north south") {
		streetStop[w] = true
	}
}

func addressValue(a address, text string) value {
	var fr []string
	for _, w := range wordFrags([]string{a.name}, 4) {
		if !streetStop[w] {
			fr = append(fr, w)
		}
	}
	fr = append(fr, strings.ToLower(a.street))
	return value{kind: "address", text: text, frags: fr}
}

func phoneValue(text string) value {
	return value{kind: "phone", text: text, compact: digitWindows(text, 6)}
}

func emailValue(e string) value {
	at := strings.LastIndexByte(e, '@')
	local := strings.ToLower(e[:at])
	fr := []string{local}
	if utf8.RuneCountInString(local) < 4 {
		fr = []string{strings.ToLower(e)}
	}
	return value{kind: "email", text: e, frags: fr}
}

func cardValue(text string) value {
	return value{kind: "card", text: text, compact: digitWindows(text, 6)}
}

func ibanValue(text string) value {
	c := strings.ReplaceAll(text, " ", "")
	return value{kind: "iban", text: text, compact: windows(c[4:], 6, 40)}
}

func cnIDValue(text string) value {
	return value{kind: "cn_id", text: text, compact: digitWindows(text, 6)}
}

// credValue: secret is the whole planted text; body the part whose six
// characters must not survive (a vendor prefix may).
func credValue(text, body string) value {
	if body == "" {
		body = text
	}
	if utf8.RuneCountInString(body) < 6 {
		return value{kind: "credential", text: text, frags: []string{strings.ToLower(body)}}
	}
	return value{kind: "credential", text: text, frags: windows(body, 6, 48)}
}

// ---- credentials ----

const (
	hexAl = "0123456789abcdef"
	b64Al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b32Al = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
)

var pwWords = []string{"Sommer", "Tiger", "Kirsche", "Soleil", "Girasol", "Mango", "Dragon", "Sakura", "Bintang", "Harimau", "Istanbul", "Moskva", "Falcon", "Paloma", "Orchid"}

func password(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0:
		return pick(r, pwWords) + fmt.Sprint(1970+r.IntN(56)) + pick(r, []string{"!", "#", "$", "?", "*"})
	case 1:
		return randFrom(r, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!@#$%^&*", 12+r.IntN(8))
	case 2:
		return strings.ToLower(pick(r, pwWords)) + "-" + strings.ToLower(pick(r, pwWords)) + "-" + digitsN(r, 3)
	case 3:
		return pick(r, pwWords) + "_" + digitsN(r, 4) + randFrom(r, "!?#", 2)
	default:
		return randAlnum(r, 16)
	}
}

func jwt(r *rand.Rand) string {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT","kid":"` + randAlnum(r, 8) + `"}`))
	p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"orders.read"}`, randAlnum(r, 10), 1760000000+r.IntN(9000000))))
	s := randFrom(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 43)
	return h + "." + p + "." + s
}

// token returns a vendor token and the part that must not survive.
func token(r *rand.Rand) (string, string) {
	switch r.IntN(14) {
	case 0:
		b := randFrom(r, hexAl, 32)
		return "shpat_" + b, b
	case 1:
		b := randFrom(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 90)
		return "Atzr|IwEBI" + b, b
	case 2:
		b := randAlnum(r, 99)
		return "sk_live_" + b, b
	case 3:
		b := randAlnum(r, 32)
		return "whsec_" + b, b
	case 4:
		b := randAlnum(r, 24)
		return b, b // Razorpay key secret
	case 5:
		b := randAlnum(r, 80)
		return "AQE" + b, b // Adyen API key shape
	case 6:
		b := randFrom(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 90)
		return "A21AA" + b, b // PayPal access token
	case 7:
		b := randFrom(r, hexAl, 64)
		return b, b // Shopee partner key
	case 8:
		b := randAlnum(r, 40)
		return "ROW_" + b, b // TikTok Shop access token
	case 9:
		b := randFrom(r, hexAl, 32)
		return "50000" + b, b // Lazada access token
	case 10:
		return jwt(r), ""
	case 11:
		b := randAlnum(r, 36)
		return "APP_USR-" + digitsN(r, 16) + "-" + b, b
	case 12:
		b := base64.StdEncoding.EncodeToString([]byte(randAlnum(r, 30)))
		return b, b
	default:
		b := randAlnum(r, 20)
		return "AKIA" + randFrom(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), b
	}
}

func tokenValue(r *rand.Rand) value {
	t, b := token(r)
	if b == "" { // JWT: payload and signature
		i := strings.IndexByte(t, '.')
		b = t[i+1:]
	}
	if strings.HasPrefix(t, "AKIA") {
		b = t[4:]
	}
	return credValue(t, b)
}

func pemKey(r *rand.Rand) string {
	body := base64.StdEncoding.EncodeToString([]byte(randAlnum(r, 150)))
	return "-----BEGIN PRIVATE KEY-----\n" + group(body, 64, "\n") + "\n-----END PRIVATE KEY-----"
}

// ---- look-alikes (traps) ----

type trapGen struct {
	typ string
	gen func(r *rand.Rand) string
}

func amazonOrder(r *rand.Rand) string {
	return fmt.Sprintf("%03d-%07d-%07d", 100+r.IntN(900), r.IntN(10000000), r.IntN(10000000))
}

func epochMsLuhn(r *rand.Rand) string {
	for {
		s := fmt.Sprint(1733000000000 + r.Int64N(60000000000))
		if luhnValid(s) {
			return s
		}
	}
}

func ean13(r *rand.Rand, prefix string) string {
	body := prefix + digitsN(r, 12-len(prefix))
	sum := 0
	for i := 0; i < 12; i++ {
		d := int(body[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		sum += d
	}
	return body + fmt.Sprint((10-sum%10)%10)
}

func s10(r *rand.Rand) string {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	d := digitsN(r, 8)
	sum := 0
	for i := range 8 {
		sum += int(d[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return pick(r, []string{"RR", "LX", "EE", "CP", "UA"}) + d + fmt.Sprint(c) + pick(r, []string{"CN", "DE", "GB", "JP", "SG", "TH"})
}

func uuid(r *rand.Rand) string {
	h := randFrom(r, hexAl, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-a" + h[17:20] + "-" + h[20:]
}

func sha(s string) string { x := sha256.Sum256([]byte(s)); return hex.EncodeToString(x[:]) }

var trapGens = []trapGen{
	{"amazon_order", amazonOrder},
	{"shopify_order_id", func(r *rand.Rand) string { return "5" + digitsN(r, 12) }},
	{"shopify_name", func(r *rand.Rand) string { return "#" + fmt.Sprint(1001+r.IntN(90000)) }},
	{"shopee_sn", func(r *rand.Rand) string {
		return fmt.Sprintf("2%d%02d%02d", 4+r.IntN(2), 1+r.IntN(12), 1+r.IntN(28)) + randFrom(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8)
	}},
	{"lazada_order", func(r *rand.Rand) string { return "6" + digitsN(r, 14) }},
	{"tiktok_order", func(r *rand.Rand) string { return "57" + digitsN(r, 16+r.IntN(2)) }},
	{"rakuten_order", func(r *rand.Rand) string {
		return fmt.Sprintf("%06d-2026%02d%02d-%010d", r.IntN(1000000), 1+r.IntN(12), 1+r.IntN(28), r.Int64N(10000000000))
	}},
	{"meli_order", func(r *rand.Rand) string { return "20000" + digitsN(r, 11) }},
	{"epoch_s", func(r *rand.Rand) string { return fmt.Sprint(1733000000 + r.IntN(60000000)) }},
	{"epoch_ms", func(r *rand.Rand) string { return fmt.Sprint(1733000000000 + r.Int64N(60000000000)) }},
	{"epoch_ms_luhn", epochMsLuhn},
	{"epoch_us", func(r *rand.Rand) string { return fmt.Sprint(1733000000000000 + r.Int64N(60000000000000)) }},
	{"epoch_ns", func(r *rand.Rand) string { return fmt.Sprint(1733000000000000000 + r.Int64N(60000000000000000)) }},
	{"uuid", uuid},
	{"ulid", func(r *rand.Rand) string { return "01J" + randFrom(r, "0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23) }},
	{"trace_id", func(r *rand.Rand) string { return randFrom(r, hexAl, 32) }},
	{"span_id", func(r *rand.Rand) string { return randFrom(r, hexAl, 16) }},
	{"traceparent", func(r *rand.Rand) string {
		return "00-" + randFrom(r, hexAl, 32) + "-" + randFrom(r, hexAl, 16) + "-01"
	}},
	{"git_sha7", func(r *rand.Rand) string { return randFrom(r, hexAl, 7) }},
	{"git_sha40", func(r *rand.Rand) string { return randFrom(r, hexAl, 40) }},
	{"sha256", func(r *rand.Rand) string { return sha(randAlnum(r, 12)) }},
	{"idempotency_key", func(r *rand.Rand) string { return pick(r, []string{"idem_", "idk-", ""}) + uuid(r) }},
	{"request_id", func(r *rand.Rand) string { return pick(r, []string{"req_", "Root=1-"}) + randFrom(r, hexAl, 24) }},
	{"sku", func(r *rand.Rand) string {
		return pick(r, []string{"SKU-", "TS-", "WH", "JP-"}) + digitsN(r, 4) + "-" + pick(r, []string{"BLK", "WHT", "XL", "RED-M", "256GB"})
	}},
	{"asin", func(r *rand.Rand) string { return "B0" + randFrom(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8) }},
	{"ean13", func(r *rand.Rand) string {
		return ean13(r, pick(r, []string{"40", "45", "49", "69", "88", "76", "80"}))
	}},
	{"upc", func(r *rand.Rand) string { return ean13(r, "0")[1:] }},
	{"isbn13", func(r *rand.Rand) string { return ean13(r, "978") }},
	{"ups_1z", func(r *rand.Rand) string {
		return "1Z" + randFrom(r, "ABCDEFGHJKLMNPRSTVWXY0123456789", 6) + digitsN(r, 10)
	}},
	{"usps", func(r *rand.Rand) string { return "9400" + digitsN(r, 18) }},
	{"fedex", func(r *rand.Rand) string { return "7" + digitsN(r, 11) }},
	{"dhl", func(r *rand.Rand) string { return pick(r, []string{"1", "3", "4", "5"}) + digitsN(r, 9) }},
	{"s10", s10},
	{"local_courier", func(r *rand.Rand) string {
		switch r.IntN(5) {
		case 0:
			return "SPXID" + digitsN(r, 12)
		case 1:
			return "JP" + digitsN(r, 10)
		case 2:
			return "SF" + digitsN(r, 13)
		case 3:
			return "TH" + digitsN(r, 11) + "A"
		default:
			return "YT" + digitsN(r, 16)
		}
	}},
	{"invoice_no", func(r *rand.Rand) string {
		return pick(r, []string{"INV-2026-", "FV/2026/11/", "RE-", "NF-e 000.", "FAC-"}) + digitsN(r, 6)
	}},
	{"amount", func(r *rand.Rand) string {
		switch r.IntN(9) {
		case 0:
			return fmt.Sprintf("€%d,%02d", 10+r.IntN(900), r.IntN(100))
		case 1:
			return fmt.Sprintf("R$ %d.%03d,%02d", 1+r.IntN(9), r.IntN(1000), r.IntN(100))
		case 2:
			return fmt.Sprintf("¥%d,%03d", 1+r.IntN(99), r.IntN(1000))
		case 3:
			return fmt.Sprintf("₩%d,%03d", 1+r.IntN(999), r.IntN(1000))
		case 4:
			return fmt.Sprintf("%d.%02d USD", 10+r.IntN(9000), r.IntN(100))
		case 5:
			return fmt.Sprintf("THB %d,%03d.00", 1+r.IntN(99), r.IntN(1000))
		case 6:
			return fmt.Sprintf("Rp %d.%03d", 10+r.IntN(990), r.IntN(1000))
		case 7:
			return fmt.Sprintf("₹%d,%03d.%02d", 1+r.IntN(99), r.IntN(1000), r.IntN(100))
		default:
			return fmt.Sprintf("%d.%02d", 100+r.IntN(99000), r.IntN(100))
		}
	}},
	{"version", func(r *rand.Rand) string { return fmt.Sprintf("v%d.%d.%d", 1+r.IntN(5), r.IntN(30), r.IntN(40)) }},
	{"ipv4", func(r *rand.Rand) string { return fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), 1+r.IntN(254)) }},
	{"port", func(r *rand.Rand) string {
		return fmt.Sprint(pick(r, []int{5432, 6379, 5672, 9092, 8443, 3306, 27017}))
	}},
	{"date", func(r *rand.Rand) string {
		return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02dZ", 1+r.IntN(12), 1+r.IntN(28), r.IntN(24), r.IntN(60), r.IntN(60))
	}},
	{"pod_name", func(r *rand.Rand) string {
		return pick(r, []string{"order-sync", "inventory-sync", "payment-callback", "label-worker"}) + "-" + randFrom(r, "bcdfghjklmnpqrstvwxz2456789", 9) + "-" + randFrom(r, "bcdfghjklmnpqrstvwxz2456789", 5)
	}},
	{"product_name", func(r *rand.Rand) string {
		return pick(r, []string{"iPhone 15 Pro 256GB", "Galaxy S24 Ultra 512GB", "AirPods Pro 2", "Nintendo Switch OLED", "Xiaomi 14T Pro", "Dyson V15 Detect", "Kindle Paperwhite 16GB", "PS5 Slim 1TB", "Redmi Note 13 Pro+ 5G"})
	}},
	{"city", func(r *rand.Rand) string {
		return pick(r, []string{"São Paulo", "München", "Zürich", "Kuala Lumpur", "Ho Chi Minh City", "Guadalajara", "Kraków", "Chiang Mai", "Osaka", "Jeddah"})
	}},
	{"company", func(r *rand.Rand) string {
		return pick(r, []string{"Müller Logistik GmbH", "Yamato Transport Co., Ltd.", "Ninja Van", "J&T Express", "Correios", "Lazada Express", "Kerry Express", "PostNL B.V.", "Poczta Polska S.A."})
	}},
	{"postcode", func(r *rand.Rand) string { return fmt.Sprintf("%05d", 10000+r.IntN(89999)) }},
	{"hs_code", func(r *rand.Rand) string {
		return pick(r, []string{"8517.13.00", "6109.10", "8471.30.01", "3304.99", "9503.00.00"})
	}},
	{"vat_company", func(r *rand.Rand) string {
		return pick(r, []string{"DE" + digitsN(r, 9), "GB" + digitsN(r, 9), "FR" + digitsN(r, 11), "NL" + digitsN(r, 9) + "B01", "PL" + digitsN(r, 10), "ESB" + digitsN(r, 8)})
	}},
	{"bin_location", func(r *rand.Rand) string {
		return fmt.Sprintf("%s-%02d-%02d-%s", pick(r, []string{"A", "B", "C", "MZ"}), 1+r.IntN(40), 1+r.IntN(12), pick(r, []string{"A", "B", "C", "D"}))
	}},
	{"card_masked", func(r *rand.Rand) string {
		return pick(r, []string{"**** **** **** ", "XXXX-XXXX-XXXX-", "•••• ", "ending in "}) + digitsN(r, 4)
	}},
	{"status_code", func(r *rand.Rand) string {
		return fmt.Sprint(pick(r, []int{200, 201, 204, 400, 401, 404, 409, 422, 429, 500, 502, 503}))
	}},
}

var trapByType = func() map[string]trapGen {
	m := map[string]trapGen{}
	for _, t := range trapGens {
		m[t.typ] = t
	}
	return m
}()
