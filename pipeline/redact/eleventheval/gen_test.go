package eleventheval

import (
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// The PII kinds planted; they are the redactor's kind names.
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

// placeholder stands for a PII value in the background rendering.
const placeholder = "~"

// planted is one PII value put into a line.
type planted struct {
	kind, class string
	val         string   // the value as the buyer's data holds it
	frags       []string // explicit fragments (addresses, credentials); nil: derived from val by kind
	emitted     string   // the text written into the line (encoded form)
}

// trapVal is one look-alike put into a line.
type trapVal struct{ typ, val string }

// B renders one line. The same B state (seeded the same) is used twice:
// once with PII (bg false) and once with placeholders (bg true). P and T do
// not consume randomness, so both renderings draw the same values.
type B struct {
	rng   *rand.Rand
	f     *gofakeit.Faker
	bg    bool
	loc   *locale
	pii   []planted
	traps []trapVal
}

// P plants a PII value: val is the value, out the text written (val itself
// when out is empty).
func (b *B) P(kind, class, val string) string { return b.PE(kind, class, val, val, nil) }

// PE plants val written as out, with explicit fragments frags (may be nil).
func (b *B) PE(kind, class, val, out string, frags []string) string {
	if b.bg {
		return placeholder
	}
	b.pii = append(b.pii, planted{kind: kind, class: class, val: val, frags: frags, emitted: out})
	return out
}

// T records a look-alike and returns it.
func (b *B) T(typ, val string) string {
	if !b.bg {
		b.traps = append(b.traps, trapVal{typ, val})
	}
	return val
}

func (b *B) intn(n int) int          { return b.rng.IntN(n) }
func (b *B) chance(p float64) bool   { return b.rng.Float64() < p }
func (b *B) pick(xs []string) string { return xs[b.rng.IntN(len(xs))] }
func (b *B) between(lo, hi int) int  { return lo + b.rng.IntN(hi-lo+1) }

// digits returns n random decimal digits.
func (b *B) digits(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + b.rng.IntN(10)))
	}
	return sb.String()
}

const (
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	lowerAN  = "abcdefghijklmnopqrstuvwxyz0123456789"
	upperAN  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	hexchars = "0123456789abcdef"
	b32      = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	crock    = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
	b64url   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

func (b *B) from(set string, n int) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = set[b.rng.IntN(len(set))]
	}
	return string(out)
}

// fill replaces X by a digit, A by an upper-case letter, C by an upper-case
// letter or digit; other bytes are kept.
func (b *B) fill(pat string) string {
	var sb strings.Builder
	for _, r := range pat {
		switch r {
		case 'X':
			sb.WriteByte(byte('0' + b.rng.IntN(10)))
		case 'A':
			sb.WriteByte(byte('A' + b.rng.IntN(26)))
		case 'C':
			sb.WriteByte(upperAN[b.rng.IntN(36)])
		case 'N':
			sb.WriteByte(byte('1' + b.rng.IntN(9)))
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// fillD replaces ⁰ by a digit and ¹ by a non-zero digit.
func (b *B) fillD(pat string) string {
	var sb strings.Builder
	for _, r := range pat {
		switch r {
		case '⁰':
			sb.WriteByte(byte('0' + b.rng.IntN(10)))
		case '¹':
			sb.WriteByte(byte('1' + b.rng.IntN(9)))
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

// ---- encodings ----

// q quotes s as a JSON string (no HTML escaping).
func q(s string) string {
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(sb.String(), "\n")
}

// qa quotes s as a JSON string with every non-ASCII rune as \uXXXX.
func qa(s string) string {
	out := q(s)
	var sb strings.Builder
	for _, r := range out {
		if r < 0x80 {
			sb.WriteRune(r)
			continue
		}
		if r > 0xFFFF {
			r1, r2 := utf16Pair(r)
			fmt.Fprintf(&sb, `\u%04x\u%04x`, r1, r2)
			continue
		}
		fmt.Fprintf(&sb, `\u%04x`, r)
	}
	return sb.String()
}

func utf16Pair(r rune) (rune, rune) {
	r -= 0x10000
	return 0xD800 + (r>>10)&0x3FF, 0xDC00 + r&0x3FF
}

// obj renders an ordered JSON object from key, raw-JSON-value pairs.
func obj(kv ...string) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(q(kv[i]))
		sb.WriteByte(':')
		sb.WriteString(kv[i+1])
	}
	sb.WriteByte('}')
	return sb.String()
}

func arr(items ...string) string { return "[" + strings.Join(items, ",") + "]" }

func qe(s string) string { return url.QueryEscape(s) }
func pe(s string) string { return url.PathEscape(s) }

// ---- check digits ----

func luhnSum(s string) int {
	sum, dbl := 0, false
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
	return sum
}

func luhnValid(s string) bool { return len(s) > 1 && luhnSum(s)%10 == 0 }

// luhnComplete appends the Luhn check digit to body.
func luhnComplete(body string) string {
	s := luhnSum(body + "0")
	return body + strconv.Itoa((10-s%10)%10)
}

func mod97(s string) int {
	r := 0
	for _, c := range s {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
			r = (r*10 + v) % 97
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
			r = (r*100 + v) % 97
		}
	}
	return r
}

func ibanValid(iban string) bool {
	iban = strings.ReplaceAll(strings.ToUpper(iban), " ", "")
	if len(iban) < 15 {
		return false
	}
	return mod97(iban[4:]+iban[:4]) == 1
}

func ibanMake(cc, bban string) string {
	c := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, c, bban)
}

var cnWeights = []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

func cnCheck(body17 string) byte {
	s := 0
	for i := 0; i < 17; i++ {
		s += int(body17[i]-'0') * cnWeights[i]
	}
	return "10X98765432"[s%11]
}

func cnValid(id string) bool { return len(id) == 18 && cnCheck(id[:17]) == id[17] }

func ean13Complete(body12 string) string {
	s := 0
	for i := 0; i < 12; i++ {
		d := int(body12[i] - '0')
		if i%2 == 1 {
			d *= 3
		}
		s += d
	}
	return body12 + strconv.Itoa((10-s%10)%10)
}

// gtinComplete computes the GS1 check digit for any length.
func gtinComplete(body string) string {
	s := 0
	for i := 0; i < len(body); i++ {
		d := int(body[len(body)-1-i] - '0')
		if i%2 == 0 {
			d *= 3
		}
		s += d
	}
	return body + strconv.Itoa((10-s%10)%10)
}

// s10Complete completes a UPU S10 item id's 8-digit serial.
func s10Complete(serial8 string) string {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	s := 0
	for i := 0; i < 8; i++ {
		s += int(serial8[i]-'0') * w[i]
	}
	c := 11 - s%11
	switch c {
	case 10:
		c = 0
	case 11:
		c = 5
	}
	return serial8 + strconv.Itoa(c)
}

// ---- cards ----

type issuer struct {
	name    string
	prefix  []string
	lengths []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 19}},
	{"visa13", []string{"4"}, []int{13}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2500", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "65"}, []int{16}},
	{"jcb", []string{"3528", "3540", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"maestro", []string{"6759", "5018", "5020", "6304"}, []int{16, 19}},
	{"mir", []string{"2200", "2201", "2202", "2204"}, []int{16}},
	{"elo", []string{"636368", "438935", "504175", "451416", "509091"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"verve", []string{"506099", "506118", "650002"}, []int{16, 19}},
	{"diners", []string{"36", "38"}, []int{14}},
}

// card returns a Luhn-valid number and its issuer.
func (b *B) card() (string, string) {
	is := issuers[b.intn(len(issuers))]
	p := b.pick(is.prefix)
	n := is.lengths[b.intn(len(is.lengths))]
	return luhnComplete(p + b.digits(n-len(p)-1)), is.name
}

// groupCard writes a card number the ways people and systems do.
func (b *B) groupCard(n string) (string, string) {
	switch b.intn(5) {
	case 0:
		return n, "compact"
	case 1, 2:
		sep := " "
		if b.chance(0.4) {
			sep = "-"
		}
		var parts []string
		switch len(n) {
		case 15:
			parts = []string{n[:4], n[4:10], n[10:]}
		case 14:
			parts = []string{n[:4], n[4:10], n[10:]}
		default:
			for i := 0; i < len(n); i += 4 {
				parts = append(parts, n[i:min(i+4, len(n))])
			}
		}
		return strings.Join(parts, sep), "grouped"
	case 3:
		if len(n) == 19 {
			return n[:6] + " " + n[6:], "grouped-6"
		}
		return n, "compact"
	default:
		return n, "compact-field"
	}
}

func maskCard(n string) string {
	if b := len(n); b > 10 {
		return n[:6] + strings.Repeat("*", b-10) + n[b-4:]
	}
	return n
}

// ---- IBAN ----

// ibanFormats: country code → BBAN pattern (X digit, A letter, C alnum).
var ibanFormats = map[string]string{
	"SE": "XXXXXXXXXXXXXXXXXXXX",      // 24
	"NO": "XXXXXXXXXXX",               // 15
	"DK": "XXXXXXXXXXXXXX",            // 18
	"FI": "XXXXXXXXXXXXXX",            // 18
	"CZ": "XXXXXXXXXXXXXXXXXXXX",      // 24
	"HU": "XXXXXXXXXXXXXXXXXXXXXXXX",  // 28
	"RO": "AAAACCCCCCCCCCCCCCCC",      // 24
	"GR": "XXXXXXXCCCCCCCCCCCCCCCC",   // 27
	"BG": "AAAAXXXXXXCCCCCCCC",        // 22
	"KZ": "XXXCCCCCCCCCCCCC",          // 20
	"EG": "XXXXXXXXXXXXXXXXXXXXXXXXX", // 29
	"DE": "XXXXXXXXXXXXXXXXXX",        // 22
	"FR": "XXXXXXXXXXCCCCCCCCCCCXX",   // 27 (Moroccan buyers paid out to French accounts)
	"ES": "XXXXXXXXXXXXXXXXXXXX",      // 24
}

func (b *B) iban(cc string) string {
	f, ok := ibanFormats[cc]
	if !ok {
		cc = b.pick([]string{"DE", "ES", "FR"})
		f = ibanFormats[cc]
	}
	return ibanMake(cc, b.fill(f))
}

func groupIBAN(s string) string {
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, s[i:min(i+4, len(s))])
	}
	return strings.Join(parts, " ")
}

// ---- Chinese resident id ----

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "320102", "420111", "610113", "500103"}

func (b *B) cnID() string {
	y := b.between(1950, 2005)
	m := b.between(1, 12)
	d := b.between(1, 28)
	body := fmt.Sprintf("%s%04d%02d%02d%s", b.pick(cnRegions), y, m, d, b.digits(3))
	return body + string(cnCheck(body))
}

// ---- text helpers ----

func isHanKana(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hangul, r)
}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func b64(s string) string    { return base64.StdEncoding.EncodeToString([]byte(s)) }
func b64u(s string) string   { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
func hexOf(bs []byte) string { return hex.EncodeToString(bs) }

// shapeMask turns letters into a/A and digits into 9.
func shapeMask(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case unicode.IsDigit(r):
			sb.WriteByte('9')
		case unicode.IsUpper(r):
			sb.WriteByte('A')
		case unicode.IsLetter(r):
			sb.WriteByte('a')
		default:
			sb.WriteRune(r)
		}
	}
	return sb.String()
}
