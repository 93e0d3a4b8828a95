package tentheval

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

// placeholder stands for a PII value in the background rendering: not a
// letter or digit, so it separates what stands on either side of it.
const placeholder = "§"

type fragForm uint8

const (
	formSqueezed fragForm = iota // digits/alnum windows in the squeezed text
	formWord                     // a whole word in the words text
	formSub                      // a substring of the words text (scripts without spaces)
	formNorm                     // a substring of the normalised text (e-mail local parts)
)

type frag struct {
	s    string
	form fragForm
}

type plant struct {
	kind, val, ctx, loc string
	frags               []frag
}

type look struct{ typ, val, ctx string }

// gen renders one line. It draws the same random numbers whether it renders
// the real line or its background (bg): only P's return value differs.
type gen struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	bg    bool
	loc   *locale
	ctx   string
	pii   []*plant
	looks []*look
	seen  map[string]bool
}

func newGen(seed uint64, line int, bg bool) *gen {
	src := rand.NewPCG(seed, uint64(line)*0x9E3779B97F4A7C15+1)
	g := &gen{r: rand.New(src), bg: bg, seen: map[string]bool{}}
	g.f = gofakeit.NewFaker(src, false)
	return g
}

// P plants a PII value of a kind with its default fragments.
func (g *gen) P(kind, v string) string { return g.PF(kind, v, v) }

// PN plants part of a name; a part too short to judge (a one-letter
// family name, an empty one) is written but not counted.
func (g *gen) PN(v string) string {
	if len(wordFrags(v, false)) == 0 {
		if g.bg {
			return placeholder
		}
		return v
	}
	return g.P("name", v)
}

// PF plants v, computing the fragments from core (the secret part of a
// credential, the street of an address).
func (g *gen) PF(kind, v, core string) string {
	key := kind + "\x00" + v
	if !g.seen[key] {
		g.seen[key] = true
		pl := &plant{kind: kind, val: v, ctx: g.ctx, loc: g.loc.code}
		if !g.bg {
			pl.frags = fragsOf(kind, core)
		}
		g.pii = append(g.pii, pl)
	}
	if g.bg {
		return placeholder
	}
	return v
}

// PA plants an address (its street words are the fragments) and returns its
// text, or only its street line when line1 is set.
func (g *gen) PA(a address, line1 bool) string {
	v := a.text
	if line1 {
		v = a.line1
	}
	key := "address\x00" + v
	if !g.seen[key] {
		g.seen[key] = true
		var fs []frag
		for _, s := range a.frags {
			fs = append(fs, wordFrags(s, true)...)
		}
		g.pii = append(g.pii, &plant{kind: "address", val: v, ctx: g.ctx, loc: g.loc.code, frags: fs})
	}
	if g.bg {
		return placeholder
	}
	return v
}

// L registers a look-alike that must survive.
func (g *gen) L(typ, v string) string {
	key := "L" + typ + "\x00" + v
	if !g.seen[key] {
		g.seen[key] = true
		g.looks = append(g.looks, &look{typ: typ, val: v, ctx: g.ctx})
	}
	return v
}

func (g *gen) n(k int) int           { return g.r.IntN(k) }
func (g *gen) chance(p float64) bool { return g.r.Float64() < p }
func (g *gen) one(xs ...string) string {
	return xs[g.r.IntN(len(xs))]
}

// ---- fragments ----

var particles = map[string]bool{}

func init() {
	for _, w := range strings.Fields("van der den de la del los las di da dos das du le von zu ter bin binti bint al el mc mac st ibn ben bat y e d' dela ma. mr mrs ms dr herr frau mme mlle sig sig.ra dott sr sra dña lic ing bpk ibu kak encik puan cik engr shri smt chief alhaji bay bayan sayın pan pani anh chị ông bà") {
		particles[strings.Trim(w, ".")] = true
	}
}

var streetStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields("street road avenue lane blvd station suite house high flat calle avda avenida rua travessa bloco jalan jln lorong menara tower residence villa office near behind beside plot off opp colony apt unit blk lot brgy cad. mah. sok. sokak cadde via corso piazza rue boulevard bâtiment ulica strasse straße gatan vasagatan taman phường quận đường hẻm số طريق شارع مبنى dpto piso") {
		streetStop[w] = true
	}
}

func isTightScript(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul, unicode.Thai)
}

// wordFrags: the words of a name or street that identify it: four runes or
// more and no particle; whole tokens in scripts written without spaces.
func wordFrags(s string, street bool) []frag {
	var out []frag
	low := normLower(s)
	toks := strings.FieldsFunc(low, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)) })
	for _, t := range toks {
		rs := []rune(t)
		if len(rs) == 0 || particles[t] || (street && streetStop[t]) {
			continue
		}
		if isTightScript(rs[0]) {
			if len(rs) >= 2 {
				out = append(out, frag{t, formSub})
			}
			continue
		}
		if len(rs) >= 4 && !allDigits(t) {
			out = append(out, frag{t, formWord})
		}
	}
	if len(out) == 0 {
		w := strings.Join(toks, " ")
		if len([]rune(w)) >= 4 {
			out = append(out, frag{w, formWord})
		}
	}
	return out
}

func allDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return s != ""
}

// windows: every run of six consecutive characters of the squeezed value's
// runs (digit runs for phones and cards, letter-and-digit runs otherwise).
func windows(v string, digitsOnly bool, w int) []frag {
	sq := squeeze(normLower(v))
	var runs []string
	cur := []rune{}
	for _, r := range sq {
		ok := unicode.IsDigit(r)
		if !digitsOnly {
			ok = ok || unicode.IsLetter(r) || unicode.IsMark(r)
		}
		if ok {
			cur = append(cur, r)
			continue
		}
		if len(cur) > 0 {
			runs = append(runs, string(cur))
		}
		cur = cur[:0]
	}
	if len(cur) > 0 {
		runs = append(runs, string(cur))
	}
	var out []frag
	seen := map[string]bool{}
	longest := ""
	for _, run := range runs {
		rs := []rune(run)
		if len(rs) > len([]rune(longest)) {
			longest = run
		}
		for i := 0; i+w <= len(rs); i++ {
			s := string(rs[i : i+w])
			if !seen[s] {
				seen[s] = true
				out = append(out, frag{s, formSqueezed})
			}
		}
	}
	if len(out) == 0 && len([]rune(longest)) >= 3 {
		out = append(out, frag{longest, formSqueezed})
	}
	if len(out) == 0 {
		// short pieces between symbols (Aa.AA*9a_Aa): the value as written
		out = append(out, frag{normLower(v), formNorm})
	}
	return out
}

func fragsOf(kind, core string) []frag {
	switch kind {
	case "name":
		return wordFrags(core, false)
	case "address":
		return wordFrags(core, true)
	case "email":
		local := core
		if i := strings.LastIndexByte(core, '@'); i > 0 {
			local = core[:i]
		}
		if i := strings.IndexByte(local, '+'); i > 0 {
			local = local[:i]
		}
		if len([]rune(local)) < 4 {
			local = core
		}
		return []frag{{normLower(local), formNorm}}
	case "phone", "card":
		return windows(core, true, 6)
	default: // iban, cn_id, credential
		return windows(core, false, 6)
	}
}

// ---- people ----

type person struct {
	full, given, family, rom string
	email, phone             string
	addr                     address
}

var asciiFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "ae", "ã", "a", "å", "a", "ą", "a", "ă", "a", "ạ", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ế", "e", "ệ", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ı", "i", "İ", "I", "ị", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "oe", "õ", "o", "ø", "o", "ő", "o", "ọ", "o", "ơ", "o", "ộ", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "ue", "ư", "u", "ữ", "u",
	"ç", "c", "ć", "c", "č", "c", "ñ", "n", "ń", "n", "ś", "s", "š", "s", "ş", "s", "ß", "ss",
	"ź", "z", "ż", "z", "ž", "z", "ł", "l", "ğ", "g", "đ", "d", "Đ", "D", "ý", "y",
	"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ö", "Oe", "Ú", "U", "Ü", "Ue", "Ç", "C", "Ş", "S", "Ł", "L", "Å", "A", "Ä", "Ae", "Ž", "Z",
)

var cyr = map[rune]string{'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ж': "zh", 'з': "z", 'и': "i", 'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t", 'у': "u", 'ф': "f", 'х': "kh", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ы': "y", 'э': "e", 'ю': "yu", 'я': "ya", 'ь': "", 'ъ': ""}

func romanise(s string) string {
	s = asciiFold.Replace(s)
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case cyr[r] != "":
			b.WriteString(cyr[r])
		}
	}
	return b.String()
}

func (g *gen) person() person {
	l := g.loc
	var p person
	i, j := 0, 0
	if len(l.given) == 0 {
		p.given, p.family = g.f.FirstName(), g.f.LastName()
	} else {
		i, j = g.n(len(l.given)), g.n(len(l.family))
		p.given, p.family = l.given[i], l.family[j]
	}
	switch {
	case p.family == "":
		p.full = p.given
	case l.familyFirst && l.noSpace:
		p.full = p.family + p.given
	case l.familyFirst:
		p.full = p.family + " " + p.given
	default:
		mid := ""
		if len(l.particles) > 0 && g.chance(0.3) {
			mid = " " + pick(g.r, l.particles)
			if strings.HasSuffix(mid, "'") {
				mid += ""
			}
		}
		if l.code == "en_US" && g.chance(0.3) {
			mid = " " + string(rune('A'+g.n(26))) + "."
		}
		sep := " "
		if strings.HasSuffix(mid, "'") {
			p.full = p.given + mid + p.family
		} else {
			p.full = p.given + mid + sep + p.family
		}
	}
	if len(l.romGiven) > 0 {
		p.rom = l.romGiven[i] + " " + l.romFamily[j]
		if l.familyFirst {
			p.rom = strings.ToUpper(l.romFamily[j]) + " " + l.romGiven[i]
		}
	} else {
		p.rom = romanise(p.full)
	}
	switch g.n(10) {
	case 0:
		p.full = strings.ToUpper(p.full)
	case 1:
		if len(l.romGiven) > 0 {
			p.full = p.rom
		}
	}
	if len(l.honor) > 0 && g.chance(0.15) {
		h := pick(g.r, l.honor)
		switch {
		case l.noSpace || l.code == "ja_JP":
			p.full += g.one("", " ") + h
		case l.code == "th_TH":
			p.full = h + p.full
		default:
			p.full = h + " " + p.full
		}
	}
	// e-mail
	base := romanise(strings.ReplaceAll(p.rom, " ", "."))
	base = strings.Map(func(r rune) rune {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r) || r == '.') {
			return r
		}
		return -1
	}, base)
	base = strings.Trim(strings.ReplaceAll(base, "..", "."), ".")
	if len(base) < 4 {
		base += dg(g.r, 3)
	}
	switch g.n(6) {
	case 0:
		base += "+" + g.one("shop", "orders", "amz", "lazada", "2026")
	case 1:
		base = strings.ReplaceAll(base, ".", "_") + dg(g.r, 2)
	case 2:
		base = strings.ToUpper(base[:1]) + base[1:]
	}
	dom := pick(g.r, l.domains)
	if g.chance(0.04) {
		dom = g.one("bücher-shop.de", "почта.рф", "例え.jp", "शॉप.भारत", "café.fr")
	}
	p.email = base + "@" + dom
	if g.chance(0.05) {
		p.email = strings.ToUpper(p.email)
	}
	p.phone = g.phone()
	p.addr = g.address()
	return p
}

// ---- phones ----

func localDigits(s string, zero rune) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return zero + (r - '0')
		}
		return r
	}, s)
}

func group(d string, gs []int, sep string) string {
	var parts []string
	for k, n := range gs {
		if len(d) == 0 {
			break
		}
		if k == len(gs)-1 || n > len(d) {
			n = len(d)
		}
		parts = append(parts, d[:n])
		d = d[n:]
	}
	if len(d) > 0 {
		parts = append(parts, d)
	}
	return strings.Join(parts, sep)
}

func (g *gen) nsn() string {
	l := g.loc
	pre := strings.ReplaceAll(pick(g.r, l.mobile), " ", "")
	return pre + dg(g.r, max(l.nsn-len(pre), 4))
}

func (g *gen) phone() string {
	l := g.loc
	n := g.nsn()
	nat := l.trunk + n
	gs := pick(g.r, l.groups)
	var s string
	switch l.code {
	case "en_US":
		switch g.n(5) {
		case 0:
			s = fmt.Sprintf("(%s) %s-%s", n[:3], n[3:6], n[6:])
		case 1:
			s = fmt.Sprintf("%s.%s.%s", n[:3], n[3:6], n[6:])
		case 2:
			s = fmt.Sprintf("+1 %s-%s-%s", n[:3], n[3:6], n[6:])
		case 3:
			s = fmt.Sprintf("1-%s-%s-%s ext. %d", n[:3], n[3:6], n[6:], 10+g.n(900))
		default:
			s = "+1" + n
		}
		return s
	case "pt_BR":
		if g.chance(0.5) {
			return fmt.Sprintf("(%s) %s-%s", n[:2], n[2:7], n[7:])
		}
		return fmt.Sprintf("+55 %s %s-%s", n[:2], n[2:7], n[7:])
	}
	switch g.n(9) {
	case 0:
		s = "+" + l.cc + n
	case 1:
		s = "+" + l.cc + " " + group(n, gs, " ")
	case 2:
		s = group(nat, gs, " ")
	case 3:
		s = group(nat, gs, "-")
	case 4:
		s = "(+" + l.cc + ") " + group(n, gs, " ")
	case 5:
		s = "00" + l.cc + " " + group(n, gs, ".")
	case 6:
		if l.trunk == "0" {
			s = "+" + l.cc + " (0)" + group(n, gs, " ")
		} else {
			s = "+" + l.cc + "-" + group(n, gs, "-")
		}
	case 7:
		s = "(" + nat[:min(4, len(nat)-4)] + ") " + group(nat[min(4, len(nat)-4):], []int{3, 4}, " ")
	default:
		s = group(nat, gs, ".")
	}
	if l.digits != 0 && g.chance(0.4) {
		s = localDigits(s, l.digits)
	}
	return s
}

// ---- addresses ----

func (g *gen) address() address {
	l := g.loc
	a := l.street(g.r, g)
	a.city = pick(g.r, l.cities)
	a.post = l.postcode(g.r)
	switch l.code {
	case "ja_JP", "zh_CN", "zh_TW", "ko_KR":
		a.text = a.post + " " + a.city + a.line1
	case "en_US":
		a.text = fmt.Sprintf("%s, %s, %s %s", a.line1, a.city, g.one("OH", "OR", "TX", "IL"), a.post)
	case "en_GB", "en_SG", "en_NG", "ar_AE", "fil_PH", "hi_IN", "ms_MY":
		a.text = a.line1 + ", " + a.city + " " + a.post
	case "pt_BR":
		a.text = a.line1 + ", " + a.city + " - " + g.one("BA", "PR", "PE", "SP") + ", CEP " + a.post
	case "ru_RU":
		a.text = a.post + ", г. " + a.city + ", " + a.line1
	default:
		a.text = a.line1 + ", " + a.post + " " + a.city
	}
	return a
}

// ---- payment data ----

func luhnDigit(d string) byte {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnOK(d string) bool {
	if len(d) < 2 {
		return false
	}
	return luhnDigit(d[:len(d)-1]) == d[len(d)-1]
}

type issuer struct {
	name    string
	prefix  []string
	lengths []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 19}},
	{"mastercard", []string{"51", "53", "55", "2221", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "65"}, []int{16}},
	{"jcb", []string{"3528", "3543", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"diners", []string{"36", "305"}, []int{14}},
	{"elo", []string{"636368", "504175"}, []int{16}},
	{"mir", []string{"2200", "2202"}, []int{16}},
	{"rupay", []string{"6521", "6522"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
}

func (g *gen) cardDigits() (string, issuer) {
	is := pick(g.r, issuers)
	pre := pick(g.r, is.prefix)
	n := pick(g.r, is.lengths)
	d := pre + dg(g.r, n-1-len(pre))
	return d + string(luhnDigit(d)), is
}

func (g *gen) card() string {
	d, is := g.cardDigits()
	switch {
	case g.chance(0.35):
		return d
	case is.name == "amex":
		return d[:4] + " " + d[4:10] + " " + d[10:]
	case is.name == "diners":
		return d[:4] + "-" + d[4:10] + "-" + d[10:]
	default:
		return group(d, []int{4, 4, 4, 4, 4}, g.one(" ", "-", " "))
	}
}

func maskedCard(d string) string {
	switch len(d) % 3 {
	case 0:
		return d[:6] + strings.Repeat("*", len(d)-10) + d[len(d)-4:]
	case 1:
		return "**** **** **** " + d[len(d)-4:]
	}
	return "XXXX-XXXX-XXXX-" + d[len(d)-4:]
}

var ibanSpecs = map[string]string{ // BBAN shape: n digits, a upper letters, c alnum
	"DE": "8n10n", "GB": "4a6n8n", "FR": "5n5n11c2n", "ES": "4n4n2n10n", "IT": "1a5n5n12c", "NL": "4a10n",
	"PL": "8n16n", "TR": "5n1n16c", "SA": "2n18c", "AE": "3n16n", "BR": "8n5n10n1a1c", "SE": "3n17n",
	"PT": "4n4n11n2n", "BE": "3n7n2n", "CH": "5n12c", "AT": "5n11n", "NO": "4n6n1n",
}

var ibanCountries = []string{"DE", "GB", "FR", "ES", "IT", "NL", "PL", "TR", "SA", "AE", "BR", "SE", "PT", "BE", "CH", "AT", "NO"}

func mod97(s string) int {
	rem := 0
	for _, r := range s {
		var v int
		if r >= 'A' && r <= 'Z' {
			v = int(r-'A') + 10
			rem = (rem*100 + v) % 97
			continue
		}
		v = int(r - '0')
		rem = (rem*10 + v) % 97
	}
	return rem
}

func ibanValid(iban string) bool {
	s := strings.ReplaceAll(iban, " ", "")
	if len(s) < 15 {
		return false
	}
	return mod97(s[4:]+s[:4]) == 1
}

func (g *gen) ibanCompact(cc string) string {
	spec := ibanSpecs[cc]
	var b strings.Builder
	for i := 0; i < len(spec); {
		j := i
		for spec[j] >= '0' && spec[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(spec[i:j])
		for k := 0; k < n; k++ {
			switch spec[j] {
			case 'n':
				b.WriteByte(byte('0' + g.n(10)))
			case 'a':
				b.WriteByte(byte('A' + g.n(26)))
			default:
				if g.chance(0.5) {
					b.WriteByte(byte('A' + g.n(26)))
				} else {
					b.WriteByte(byte('0' + g.n(10)))
				}
			}
		}
		i = j + 1
	}
	bban := b.String()
	check := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, check, bban)
}

func (g *gen) iban() string {
	cc := pick(g.r, ibanCountries)
	s := g.ibanCompact(cc)
	if g.chance(0.5) {
		return group(s, []int{4, 4, 4, 4, 4, 4, 4, 4, 4}, " ")
	}
	return s
}

var cnWeights = []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

func cnCheck(d17 string) byte {
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(d17[i]-'0') * cnWeights[i]
	}
	return "10X98765432"[sum%11]
}

func (g *gen) cnID() string {
	region := g.one("110101", "310104", "440305", "330106", "510107", "420111", "320102")
	d := fmt.Sprintf("%s%04d%02d%02d%s", region, 1950+g.n(55), 1+g.n(12), 1+g.n(28), dg(g.r, 3))
	return d + string(cnCheck(d))
}

// ---- secrets ----

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) rs(n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.n(len(set))]
	}
	return string(b)
}

func (g *gen) hexs(n int) string { return g.rs(n, "0123456789abcdef") }

func (g *gen) b64url(n int) string { return g.rs(n, alnum+"-_") }

func (g *gen) jwt() (tok, core string) {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT","kid":"` + g.hexs(8) + `"}`))
	p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"orders"}`, g.hexs(12), 1760000000+g.n(9999999))))
	s := g.b64url(43)
	return h + "." + p + "." + s, p + "." + s
}

func (g *gen) password() string {
	switch g.n(6) {
	case 0:
		return g.one("Winter", "Summer", "Tundra", "Mariposa", "Kirschblüte", "Sakura", "Istanbul") + fmt.Sprint(1960+g.n(60)) + g.one("#", "!", "!!", "$", "@")
	case 1:
		return g.f.Password(true, true, true, true, false, 12+g.n(8))
	case 2:
		return g.one("lantern", "velvet", "copper", "harbor") + "-" + g.one("fish", "moon", "river") + "-" + dg(g.r, 3)
	case 3:
		return g.rs(10+g.n(10), alnum)
	case 4:
		return g.f.Password(true, true, true, false, false, 16)
	}
	return g.one("kozak", "gatito", "mimi", "tigre") + dg(g.r, 3) + "_" + dg(g.r, 2)
}

// vendorToken returns a credential value, the key it is usually logged
// under, and the part of it that is secret.
func (g *gen) vendorToken() (val, key, core string) {
	switch g.n(16) {
	case 0:
		v := "shpat_" + g.hexs(32)
		return v, "X-Shopify-Access-Token", v
	case 1:
		v := "Atzr|IwEBI" + g.b64url(90)
		return v, "refresh_token", v
	case 2:
		v := "sk_live_" + g.rs(24+g.n(70), alnum)
		return v, "stripe_secret_key", v
	case 3:
		v := "whsec_" + g.rs(32, alnum)
		return v, "webhookSecret", v
	case 4:
		v := "AQE" + g.rs(20, alnum) + "." + g.rs(40, alnum)
		return v, "x-API-key", v
	case 5:
		v := "rzp_live_" + g.rs(14, alnum)
		s := g.rs(24, alnum)
		return v + ":" + s, "razorpay_credentials", s
	case 6:
		v := g.hexs(64)
		return v, "partner_key", v
	case 7:
		v := "APP_USR-" + dg(g.r, 16) + "-" + dg(g.r, 6) + "-" + g.hexs(32) + "-" + dg(g.r, 9)
		return v, "access_token", v
	case 8:
		v := "AKIA" + g.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		return v, "aws_access_key_id", v
	case 9:
		v := g.rs(40, alnum+"+/")
		return v, "aws_secret_access_key", v
	case 10:
		v := g.rs(32, alnum)
		return v, "app_secret", v
	case 11:
		v := "E" + g.b64url(79)
		return v, "client_secret", v
	case 12:
		v := g.rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		return v, "totp_seed", v
	case 13:
		v := g.rs(5, "abcdefghijklmnopqrstuvwxyz0123456789") + "-" + g.rs(5, "abcdefghijklmnopqrstuvwxyz0123456789")
		return v, "recovery_code", v
	case 14:
		v := "SG." + g.b64url(22) + "." + g.b64url(43)
		return v, "sendgrid_api_key", v
	}
	v := "xnd_production_" + g.rs(40, alnum)
	return v, "secretKey", v
}

func (g *gen) basic() (hdr, core string) {
	b := base64.StdEncoding.EncodeToString([]byte(g.one("svc_orders", "api", "shopee-bot", "wms") + ":" + g.password()))
	return "Basic " + b, strings.TrimRight(b, "=")
}

func (g *gen) dbURL() (url, pw string) {
	pw = g.rs(12+g.n(10), alnum)
	switch g.n(5) {
	case 0:
		return "postgres://orders_rw:" + pw + "@pg-primary.internal:5432/shop?sslmode=require", pw
	case 1:
		return "mysql://root:" + pw + "@tcp(mysql-0.db:3306)/inventory", pw
	case 2:
		return "amqp://sync:" + pw + "@rabbitmq.svc:5672/%2Forders", pw
	case 3:
		return "redis://:" + pw + "@redis-master:6379/2", pw
	}
	return "mongodb+srv://app:" + pw + "@cluster0.ab12c.mongodb.net/catalog", pw
}

func (g *gen) pem() (block, core string) {
	raw := make([]byte, 180)
	for i := range raw {
		raw[i] = byte(g.n(256))
	}
	body := base64.StdEncoding.EncodeToString(raw)
	var lines []string
	for len(body) > 64 {
		lines = append(lines, body[:64])
		body = body[64:]
	}
	lines = append(lines, body)
	return "-----BEGIN RSA PRIVATE KEY-----\n" + strings.Join(lines, "\n") + "\n-----END RSA PRIVATE KEY-----", strings.Join(lines, "\n")
}

func (g *gen) otp() string { return dg(g.r, pick(g.r, []int{6, 6, 6, 4, 8})) }

var otpPhrase = map[string]string{
	"en_US": "Your verification code is", "en_GB": "Your one-time code is", "de_DE": "Ihr Bestätigungscode lautet", "fr_FR": "Votre code de vérification est",
	"es_ES": "Tu código de verificación es", "it_IT": "Il tuo codice di verifica è", "nl_NL": "Je verificatiecode is", "pl_PL": "Twój kod weryfikacyjny to",
	"pt_BR": "Seu código de verificação é", "es_MX": "Tu código de verificación es", "ja_JP": "認証コード:", "ko_KR": "인증번호", "zh_CN": "验证码：",
	"zh_TW": "驗證碼：", "th_TH": "รหัส OTP ของคุณคือ", "vi_VN": "Mã xác thực của bạn là", "id_ID": "Kode verifikasi Anda:", "ms_MY": "Kod pengesahan anda:",
	"fil_PH": "Ang iyong OTP ay", "en_SG": "OTP", "ar_SA": "رمز التحقق:", "ar_AE": "Your OTP is", "tr_TR": "Doğrulama kodunuz:", "ru_RU": "Код подтверждения:",
	"hi_IN": "Your OTP is", "es_AR": "Tu código de verificación es", "sv_SE": "Din verifieringskod är", "en_NG": "Your OTP is",
}

// ---- look-alikes ----

func (g *gen) amazonOrder() string {
	return g.L("amazon_order", fmt.Sprintf("%03d-%s-%s", 100+g.n(900), dg(g.r, 7), dg(g.r, 7)))
}
func (g *gen) shopifyID() string { return g.L("shopify_order", "5"+dg(g.r, 12)) }
func (g *gen) shopifyName() string {
	return g.L("shopify_name", "#"+fmt.Sprint(1001+g.n(80000)))
}
func (g *gen) shopeeSN() string {
	return g.L("shopee_sn", fmt.Sprintf("2%d%02d%02d", 5+g.n(2), 1+g.n(12), 1+g.n(28))+g.rs(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
}
func (g *gen) lazadaOrder() string { return g.L("lazada_order", fmt.Sprint(5+g.n(4))+dg(g.r, 14)) }
func (g *gen) tiktokOrder() string {
	return g.L("tiktok_order", "57"+dg(g.r, 16+g.n(2)))
}
func (g *gen) rakutenOrder() string {
	return g.L("rakuten_order", dg(g.r, 6)+"-2026"+fmt.Sprintf("%02d%02d", 1+g.n(12), 1+g.n(28))+"-"+dg(g.r, 10))
}
func (g *gen) meliOrder() string { return g.L("meli_order", "20000"+dg(g.r, 11)) }

func (g *gen) orderID() (platform, id string) {
	switch g.n(7) {
	case 0:
		return "amazon", g.amazonOrder()
	case 1:
		return "shopify", g.shopifyID()
	case 2:
		return "shopee", g.shopeeSN()
	case 3:
		return "lazada", g.lazadaOrder()
	case 4:
		return "tiktok", g.tiktokOrder()
	case 5:
		return "rakuten", g.rakutenOrder()
	}
	return "mercadolibre", g.meliOrder()
}

func (g *gen) epoch() string {
	switch g.n(5) {
	case 0:
		return g.L("epoch_s", fmt.Sprint(1764000000+g.n(9000000)))
	case 1, 2:
		// milliseconds, half of them Luhn-valid
		d := fmt.Sprint(1764000000000 + g.r.Int64N(9000000000))
		if g.chance(0.5) {
			d = d[:12] + string(luhnDigit(d[:12]))
		}
		return g.L("epoch_ms", d)
	case 3:
		return g.L("epoch_us", fmt.Sprint(1764000000000000+g.r.Int64N(9000000000000)))
	}
	return g.L("epoch_ns", fmt.Sprint(1764000000000000000+g.r.Int64N(9000000000000000)))
}

func (g *gen) uuid() string    { return g.L("uuid", g.f.UUID()) }
func (g *gen) traceID() string { return g.L("trace_id", g.hexs(32)) }
func (g *gen) spanID() string  { return g.L("span_id", g.hexs(16)) }
func (g *gen) traceparent() string {
	return g.L("traceparent", "00-"+g.hexs(32)+"-"+g.hexs(16)+"-01")
}
func (g *gen) ulid() string {
	return g.L("ulid", "01J"+g.rs(23, "0123456789ABCDEFGHJKMNPQRSTVWXYZ"))
}
func (g *gen) gitSHA() string {
	if g.chance(0.5) {
		return g.L("git_sha", g.hexs(7))
	}
	return g.L("git_sha", g.hexs(40))
}
func (g *gen) sha256() string { return g.L("sha256", g.hexs(64)) }
func (g *gen) requestID() string {
	return g.L("request_id", g.one("req_", "rid-", "")+g.rs(20, "abcdefghijklmnopqrstuvwxyz0123456789"))
}
func (g *gen) idemKey() string { return g.L("idempotency_key", "idem-"+g.hexs(8)+"-"+dg(g.r, 6)) }
func (g *gen) sku() string {
	return g.L("sku", g.one("SKU-", "", "TSH-", "MUG-")+dg(g.r, 4)+"-"+g.one("BLK", "RED", "XL", "M", "32GB"))
}
func (g *gen) asin() string { return g.L("asin", "B0"+g.rs(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")) }
func (g *gen) ean13() string {
	d := g.one("400", "590", "690", "880", "789") + dg(g.r, 9)
	return g.L("ean13", d+string(eanCheck(d)))
}
func (g *gen) upc() string {
	d := "0" + dg(g.r, 11)
	return g.L("upc", d[1:]+string(eanCheck(d)))
}
func (g *gen) isbn() string {
	d := "978" + dg(g.r, 9)
	return g.L("isbn", d+string(eanCheck(d)))
}

func eanCheck(d string) byte { // d has 12 digits (EAN-13) or 12 with a leading 0 (UPC)
	sum := 0
	for i := 0; i < len(d); i++ {
		x := int(d[i] - '0')
		if i%2 == 1 {
			x *= 3
		}
		sum += x
	}
	return byte('0' + (10-sum%10)%10)
}

func s10Check(d8 string) byte {
	w := []int{8, 6, 4, 2, 3, 5, 9, 7}
	sum := 0
	for i := 0; i < 8; i++ {
		sum += int(d8[i]-'0') * w[i]
	}
	c := 11 - sum%11
	if c == 10 {
		c = 0
	} else if c == 11 {
		c = 5
	}
	return byte('0' + c)
}

func (g *gen) tracking() (carrier, no string) {
	switch g.n(8) {
	case 0:
		return "UPS", g.L("tracking_ups", "1Z"+g.rs(6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")+dg(g.r, 10))
	case 1:
		return "USPS", g.L("tracking_usps", "9400"+dg(g.r, 18))
	case 2:
		return "FedEx", g.L("tracking_fedex", dg(g.r, 12))
	case 3:
		return "DHL", g.L("tracking_dhl", dg(g.r, 10))
	case 4:
		d := dg(g.r, 8)
		return "PostNL", g.L("tracking_s10", g.one("LK", "RR", "CP", "EE")+d+string(s10Check(d))+g.one("CN", "NL", "DE", "JP", "BR"))
	case 5:
		return "J&T", g.L("tracking_local", "JT"+dg(g.r, 13))
	case 6:
		return "Ninja Van", g.L("tracking_local", "NVSG"+g.rs(8, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
	}
	return "Yamato", g.L("tracking_local", dg(g.r, 4)+"-"+dg(g.r, 4)+"-"+dg(g.r, 4))
}

func (g *gen) amount() string {
	a := float64(g.n(500000)) / 100
	var s string
	switch g.n(14) {
	case 0:
		s = fmt.Sprintf("€%s", deNum(a))
	case 1:
		s = fmt.Sprintf("¥%s", thousands(int(a*10), ","))
	case 2:
		s = "R$ " + deNum(a)
	case 3:
		s = fmt.Sprintf("%.2f USD", a)
	case 4:
		s = "₩" + thousands(int(a*100), ",")
	case 5:
		s = fmt.Sprintf("฿%.2f", a)
	case 6:
		s = "Rp " + thousands(int(a*100), ".")
	case 7:
		s = fmt.Sprintf("RM %.2f", a)
	case 8:
		s = fmt.Sprintf("AED %.2f", a)
	case 9:
		s = "₺" + deNum(a)
	case 10:
		s = thousands(int(a), " ") + " ₽"
	case 11:
		s = "₹" + thousands(int(a), ",")
	case 12:
		s = fmt.Sprintf("%.2f", a)
	default:
		s = fmt.Sprintf("£%.2f", a)
	}
	return g.L("amount", s)
}

func thousands(n int, sep string) string {
	s := fmt.Sprint(n)
	var parts []string
	for len(s) > 3 {
		parts = append([]string{s[len(s)-3:]}, parts...)
		s = s[:len(s)-3]
	}
	parts = append([]string{s}, parts...)
	return strings.Join(parts, sep)
}

func deNum(a float64) string {
	i := int(a)
	c := int((a-float64(i))*100 + 0.5)
	return fmt.Sprintf("%s,%02d", thousands(i, "."), c%100)
}

func (g *gen) money() (cur, val string) {
	cur = g.one("USD", "EUR", "JPY", "BRL", "MXN", "THB", "IDR", "SGD", "AED", "TRY", "INR", "KRW", "PLN")
	return cur, g.L("amount", fmt.Sprintf("%d.%02d", 1+g.n(4000), g.n(100)))
}

func (g *gen) version() string {
	return g.L("version", fmt.Sprintf("%d.%d.%d", 1+g.n(9), g.n(30), g.n(50)))
}
func (g *gen) ip() string { return g.L("ip", g.f.IPv4Address()) }
func (g *gen) status() string {
	return g.L("status", g.one("200", "201", "204", "400", "401", "404", "409", "422", "429", "500", "502", "503"))
}
func (g *gen) port() string {
	return g.L("port", fmt.Sprint(g.one("5432", "6379", "8080", "9092", "3306", "15672", "8443")))
}
func (g *gen) ts() string {
	return g.L("date", fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+g.n(12), 1+g.n(28), g.n(24), g.n(60), g.n(60), g.n(1000)))
}
func (g *gen) date() string {
	return g.L("date", fmt.Sprintf("%02d/%02d/2026", 1+g.n(28), 1+g.n(12)))
}
func (g *gen) pod() string {
	return g.L("pod", g.one("order-sync", "inventory-sync", "payment-callback", "label-printer", "notify-worker")+"-"+g.rs(9, "bcdfghjklmnpqrstvwxz2456789")+"-"+g.rs(5, "bcdfghjklmnpqrstvwxz2456789"))
}
func (g *gen) product() string {
	return g.L("product", g.one("iPhone 15 Pro Max 256GB", "Galaxy S24 Ultra", "AirPods Pro 2", "Nintendo Switch OLED", "Xiaomi Redmi Note 13", "Dyson V15 Detect", "Kindle Paperwhite 11th Gen", "Logitech MX Master 3S", "Samsung 980 PRO 2TB", "Anker 737 PowerCore 24K", "Levi's 501 W32 L34", "Nike Air Max 90", "Tefal Ingenio 22-piece", "Sony WH-1000XM5"))
}
func (g *gen) city() string { return g.L("city", g.f.City()) }
func (g *gen) company() string {
	return g.L("company", strings.ReplaceAll(g.f.Company(), "+", " & "))
}
func (g *gen) postcodeLook() string {
	return g.L("postcode", g.loc.postcode(g.r))
}
func (g *gen) hsCode() string {
	return g.L("hs_code", g.one("8517.13.00", "6109.10.00", "8471.30", "9503.00.00", "3304.99", "6403.99.90"))
}
func (g *gen) vat() string {
	return g.L("company_vat", g.one("DE", "GB", "FR", "NL", "IT", "ES", "PL")+dg(g.r, 9))
}
func (g *gen) bin() string {
	return g.L("bin_location", fmt.Sprintf("%c-%02d-%02d-%c", 'A'+rune(g.n(8)), 1+g.n(40), 1+g.n(12), 'A'+rune(g.n(4))))
}
func (g *gen) invoice() string {
	return g.L("invoice", g.one("INV-", "FV/", "RE-", "NF-e ")+"2026"+g.one("-", "/")+dg(g.r, 6))
}

// some look-alike, chosen at random, for filler
func (g *gen) anyLook() string {
	switch g.n(22) {
	case 0:
		return g.amazonOrder()
	case 1:
		return g.tiktokOrder()
	case 2:
		return g.epoch()
	case 3:
		return g.uuid()
	case 4:
		return g.traceID()
	case 5:
		return g.ulid()
	case 6:
		return g.gitSHA()
	case 7:
		return g.sha256()
	case 8:
		return g.sku()
	case 9:
		return g.asin()
	case 10:
		return g.ean13()
	case 11:
		_, t := g.tracking()
		return t
	case 12:
		return g.amount()
	case 13:
		return g.version()
	case 14:
		return g.invoice()
	case 15:
		return g.hsCode()
	case 16:
		return g.vat()
	case 17:
		return g.bin()
	case 18:
		return g.upc()
	case 19:
		return g.isbn()
	case 20:
		return g.rakutenOrder()
	}
	return g.lazadaOrder()
}

var _ = hex.EncodeToString
