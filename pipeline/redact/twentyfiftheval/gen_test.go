package twentyfiftheval

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// gen holds the generator's randomness: one PCG stream for structure and one
// gofakeit faker (English people, products, companies) seeded from it.
type gen struct {
	r  *rand.Rand
	fk *gofakeit.Faker
}

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, seed^0x2525_2525_2525_2525)), fk: gofakeit.New(seed*7919 + 25)}
}

func (g *gen) n(k int) int               { return g.r.IntN(k) }
func (g *gen) rng(lo, hi int) int        { return lo + g.r.IntN(hi-lo+1) }
func (g *gen) chance(p float64) bool     { return g.r.Float64() < p }
func (g *gen) pick(xs ...string) string  { return xs[g.r.IntN(len(xs))] }
func (g *gen) pickS(xs []string) string  { return xs[g.r.IntN(len(xs))] }
func (g *gen) dgt() byte                 { return byte('0' + g.r.IntN(10)) }
func (g *gen) num(lo, hi int) string     { return strconv.Itoa(g.rng(lo, hi)) }
func (g *gen) pad(n, width int) string   { return fmt.Sprintf("%0*d", width, n) }
func (g *gen) padr(lo, hi, w int) string { return g.pad(g.rng(lo, hi), w) }
func (g *gen) money(lo, hi float64) float64 {
	return float64(int((lo+(hi-lo)*g.r.Float64())*100)) / 100
}

func (g *gen) digits(k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = g.dgt()
	}
	return string(b)
}

// digitsNZ: k digits, the first not zero.
func (g *gen) digitsNZ(k int) string {
	return string(byte('1'+g.r.IntN(9))) + g.digits(k-1)
}

const (
	upAlnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	lowAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upper    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lowHex   = "0123456789abcdef"
	upHex    = "0123456789ABCDEF"
	b64url   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

func (g *gen) from(set string, k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

// mixed: k characters of set with at least one digit and one letter (keys
// and tokens of all-letter or all-digit randomness are rare and odd).
func (g *gen) mixed(set string, k int) string {
	for {
		s := g.from(set, k)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			return s
		}
	}
}

func (g *gen) hex(k int) string  { return g.mixed(lowHex, k) }
func (g *gen) hexU(k int) string { return g.mixed(upHex, k) }

func (g *gen) bytes(n int) []byte {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(g.r.IntN(256))
	}
	return b
}

func (g *gen) b64(n int) string    { return base64.StdEncoding.EncodeToString(g.bytes(n)) }
func (g *gen) b64url(n int) string { return base64.RawURLEncoding.EncodeToString(g.bytes(n)) }

func (g *gen) uuid() string {
	h := g.from(lowHex, 32)
	return h[:8] + "-" + h[8:12] + "-4" + h[13:16] + "-" + string("89ab"[g.n(4)]) + h[17:20] + "-" + h[20:]
}

// ---- checksums ----

func luhnValid(d string) bool {
	sum, alt := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if alt {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
		alt = !alt
	}
	return sum%10 == 0
}

// luhnComplete appends the Luhn check digit.
func luhnComplete(d string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhnValid(d + string(c)) {
			return d + string(c)
		}
	}
	panic("unreachable")
}

// cardLike reports digits a card detector may rightly claim: a Luhn-valid
// number of 13–19 digits with a card issuer's prefix and one of its lengths
// (the definition of a card). Look-alikes are kept out of it, except
// the shapes the issue names as look-alikes (epoch ms; ids under id keys).
func cardLike(d string) bool {
	n := len(d)
	if n < 13 || n > 19 || !luhnValid(d) {
		return false
	}
	p2, _ := strconv.Atoi(d[:2])
	p4, _ := strconv.Atoi(d[:4])
	p6, _ := strconv.Atoi(d[:6])
	switch {
	case d[0] == '4':
		return n == 13 || n == 16 || n == 19
	case p2 >= 51 && p2 <= 55, p4 >= 2221 && p4 <= 2720:
		return n == 16
	case p2 == 34 || p2 == 37:
		return n == 15
	case p2 == 36 || p2 == 38 || p2 == 39 || (p4 >= 3000 && p4 <= 3059):
		return n >= 14 && n <= 19
	case p4 >= 3528 && p4 <= 3589:
		return n >= 16 && n <= 19
	case p2 == 62 || p2 == 81:
		return n >= 16 && n <= 19
	case p4 == 6011 || p2 == 65 || (p6 >= 622126 && p6 <= 622925) || (p4 >= 6440 && p4 <= 6499):
		return n >= 16 && n <= 19
	case p2 == 50 || (p2 >= 56 && p2 <= 69):
		return n >= 12 && n <= 19
	case p4 >= 2200 && p4 <= 2204:
		return n >= 16 && n <= 19
	case p4 == 9792:
		return n == 16
	case p2 == 60 || p2 == 82:
		return n == 16
	}
	return false
}

// eanComplete appends the GS1 check digit (EAN-13, UPC-A, GTIN-14).
func eanComplete(d string) string {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			x *= 3
		}
		sum += x
	}
	return d + strconv.Itoa((10-sum%10)%10)
}

// ibanFor returns a valid IBAN of country cc with a BBAN made of pattern
// ("n" digit, "a" capital letter, "c" digit or capital, other runes literal).
func (g *gen) ibanFor(cc, pattern string) string {
	var b strings.Builder
	for _, r := range pattern {
		switch r {
		case 'n':
			b.WriteByte(g.dgt())
		case 'a':
			b.WriteByte(upper[g.n(26)])
		case 'c':
			if g.chance(0.85) {
				b.WriteByte(g.dgt())
			} else {
				b.WriteByte(upper[g.n(26)])
			}
		default:
			b.WriteRune(r)
		}
	}
	bban := b.String()
	return cc + ibanCheck(cc, bban) + bban
}

func ibanCheck(cc, bban string) string {
	num := ibanNumeric(bban + cc + "00")
	n, _ := new(big.Int).SetString(num, 10)
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%02d", 98-m)
}

func ibanNumeric(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= 'A' && r <= 'Z' {
			b.WriteString(strconv.Itoa(int(r-'A') + 10))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 15 {
		return false
	}
	n, ok := new(big.Int).SetString(ibanNumeric(s[4:]+s[:4]), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func group4(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += 4 {
		if i > 0 {
			b.WriteByte(' ')
		}
		e := i + 4
		if e > len(s) {
			e = len(s)
		}
		b.WriteString(s[i:e])
	}
	return b.String()
}

var ibanBBAN = map[string]string{
	"DE": "nnnnnnnnnnnnnnnnnn", "NL": "aaaannnnnnnnnn", "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
	"IT": "annnnnnnnnncccccccccccc", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "TR": "nnnnn0nnnnnnnnnnnnnnnn",
	"RO": "aaaacccccccccccccccc", "CZ": "nnnnnnnnnnnnnnnnnnnn", "GR": "nnnnnnnnnnnnnnnnnnnnnnn",
	"AE": "nnnnnnnnnnnnnnnnnnn", "SA": "nnnnnnnnnnnnnnnnnnnn", "BR": "nnnnnnnnnnnnnnnnnnnnnnnac",
	"UA": "nnnnnnnnnnnnnnnnnnnnnnnnn", "IL": "nnnnnnnnnnnnnnnnnnn", "ES": "nnnnnnnnnnnnnnnnnnnn",
	"EG": "nnnnnnnnnnnnnnnnnnnnnnnnn", "KZ": "nnnccccccccccccc", "BE": "nnnnnnnnnnnn",
}

// cnID returns a Chinese resident id with a valid region, birth date and
// ISO 7064 MOD 11-2 check character.
func (g *gen) cnID() string {
	regions := []string{"110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "510107", "320102", "420106", "350203", "370202", "610113"}
	y := g.rng(1962, 2004)
	m := g.rng(1, 12)
	d := g.rng(1, 28)
	body := g.pickS(regions) + fmt.Sprintf("%04d%02d%02d", y, m, d) + g.digits(3)
	return body + cnCheck(body)
}

func cnCheck(body string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	s := 0
	for i := 0; i < 17; i++ {
		s += int(body[i]-'0') * w[i]
	}
	return string("10X98765432"[s%11])
}

// cnIDValid checks a resident id as the issue defines one: a province code,
// a valid birth date and the check character.
func cnIDValid(s string) bool {
	if len(s) != 18 || allDigits(s[:17]) != s[:17] {
		return false
	}
	switch s[:2] {
	case "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
		"41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65", "71", "81", "82":
	default:
		return false
	}
	y, _ := strconv.Atoi(s[6:10])
	m, _ := strconv.Atoi(s[10:12])
	d, _ := strconv.Atoi(s[12:14])
	if y < 1900 || y > 2030 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return cnCheck(s[:17]) == strings.ToUpper(s[17:])
}

// ---- cards ----

type cardBrand struct {
	name     string
	prefixes []string
	length   int
}

var cardBrands = map[string]cardBrand{
	"visa":       {"Visa", []string{"4"}, 16},
	"mastercard": {"Mastercard", []string{"51", "52", "53", "54", "55", "2221", "2300", "2520", "2720"}, 16},
	"amex":       {"American Express", []string{"34", "37"}, 15},
	"jcb":        {"JCB", []string{"3528", "3540", "3566", "3589"}, 16},
	"unionpay":   {"UnionPay", []string{"62"}, 16},
	"unionpay19": {"UnionPay", []string{"62"}, 19},
	"discover":   {"Discover", []string{"6011", "65"}, 16},
	"diners":     {"Diners Club", []string{"36", "38"}, 14},
	"elo":        {"Elo", []string{"636368", "438935", "504175", "451416", "509048"}, 16},
	"hipercard":  {"Hipercard", []string{"606282"}, 16},
	"rupay":      {"RuPay", []string{"6521", "6522", "8172", "508500"}, 16},
	"mir":        {"Mir", []string{"2200", "2202", "2204"}, 16},
	"troy":       {"Troy", []string{"9792"}, 16},
	"mada":       {"mada", []string{"588845", "446404", "440647"}, 16},
}

func (g *gen) card(brand string) (number string, b cardBrand) {
	b = cardBrands[brand]
	for {
		p := g.pickS(b.prefixes)
		d := luhnComplete(p + g.digits(b.length-len(p)-1))
		if cardLike(d) {
			return d, b
		}
	}
}

// cardForm writes a card number grouped as printed or compact.
func (g *gen) cardForm(d string) (string, string) {
	switch {
	case g.chance(0.45):
		return d, "card.compact"
	case len(d) == 15:
		return d[:4] + " " + d[4:10] + " " + d[10:], "card.grouped"
	case len(d) == 14:
		return d[:4] + " " + d[4:10] + " " + d[10:], "card.grouped"
	default:
		sep := g.pick(" ", " ", "-")
		var parts []string
		for i := 0; i < len(d); i += 4 {
			e := min(i+4, len(d))
			parts = append(parts, d[i:e])
		}
		return strings.Join(parts, sep), "card.grouped"
	}
}

// ---- credentials: (written, secret part) ----

func (g *gen) jwt(alg string, claims string) (string, string) {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"` + alg + `","typ":"JWT","kid":"` + g.hex(8) + `"}`))
	p := base64.RawURLEncoding.EncodeToString([]byte(claims))
	s := g.b64url([]int{32, 48, 64}[g.n(3)])
	tail := p + "." + s
	return h + "." + tail, tail
}

func (g *gen) password() string {
	words := []string{"Mango", "Tucan", "Verano", "Sakura", "Kopi", "Cebola", "Berlin", "Orzel", "Simit", "Zefir", "Durian", "Baobab", "Kiwi", "Lotus", "Cactus", "Pampa"}
	syms := []string{"!", "#", "$", "*", "@", "%", "&", "?"}
	switch g.n(4) {
	case 0:
		return g.pickS(words) + g.num(1970, 2026) + g.pickS(syms)
	case 1:
		return g.fk.Password(true, true, true, true, false, g.rng(12, 18))
	case 2:
		return g.pickS(words) + g.pickS(syms) + g.pickS(words) + g.digits(2)
	default:
		return g.mixed(alnum, g.rng(14, 20))
	}
}

// basic returns a Basic credential over user:password.
func (g *gen) basic(user, pass string) (string, string) {
	b := base64.StdEncoding.EncodeToString([]byte(user + ":" + pass))
	return b, b
}
