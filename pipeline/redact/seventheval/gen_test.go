package seventheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

type kind int

const (
	kEmail kind = iota
	kPhone
	kName
	kAddress
	kCard
	kIBAN
	kCNID
	kCred
	numKinds
)

var kindNames = [numKinds]string{"email", "phone", "name", "address", "card", "iban", "cn_id", "credential"}

// planted is one PII value written into a line.
type planted struct {
	kind  kind
	class string // the value's shape, for the leak classes
	text  string // as written into the line
	// fragments, normalised: text (JSON/URL undone, lower case), digits
	// (digits of any script, separators removed) and alnum (lower case,
	// spaces and dashes removed).
	textFr, digitFr, alnumFr []string
}

// trapRec is one look-alike written into a line.
type trapRec struct{ typ, val string }

// ctx renders one line. The same seed renders the same line twice: with
// the PII (bg false) and with placeholders (bg true); every random draw is
// made in both, so the two renderings differ only where PII was planted.
type ctx struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	bg    bool
	loc   *locale
	vals  []planted
	traps []trapRec
}

func newCtx(seed uint64, line int, loc *locale, bg bool) *ctx {
	s := seed*1_000_003 + uint64(line)
	return &ctx{r: rand.New(rand.NewPCG(s, s^0x9e3779b97f4a7c15)), f: gofakeit.New(s), bg: bg, loc: loc}
}

func (c *ctx) plant(p planted) string {
	c.vals = append(c.vals, p)
	if c.bg {
		return "[REDACTED:" + kindNames[p.kind] + "]"
	}
	return p.text
}

// again writes the last planted value once more (the same value echoed).
func (c *ctx) again() string {
	p := c.vals[len(c.vals)-1]
	if c.bg {
		return "[REDACTED:" + kindNames[p.kind] + "]"
	}
	return p.text
}

func (c *ctx) trap(typ, val string) string {
	c.traps = append(c.traps, trapRec{typ, val})
	return val
}

// ---------- names ----------

var particleSet = map[string]bool{}

func init() {
	for _, l := range locales {
		for _, p := range l.particles {
			particleSet[strings.ToLower(p)] = true
		}
		for _, p := range append(append([]string{}, l.honorPre...), l.honorPost...) {
			particleSet[strings.ToLower(strings.TrimSpace(p))] = true
		}
	}
	for _, p := range []string{"de", "la", "del", "da", "dos", "do", "das", "von", "zu", "el", "ben", "bin", "binte", "d/o", "s/o", "al"} {
		particleSet[p] = true
	}
}

func scriptOf(s string) string {
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Hangul, r):
			return "cjk"
		case unicode.Is(unicode.Arabic, r), unicode.Is(unicode.Hebrew, r), unicode.Is(unicode.Thai, r), unicode.Is(unicode.Bengali, r), unicode.Is(unicode.Telugu, r), unicode.Is(unicode.Devanagari, r):
			return "abugida"
		}
	}
	return "latin"
}

// sigWords are the words of a name or street that identify it: not a
// particle or honorific, at least 4 letters (3 in Arabic, Hebrew and Indic
// scripts and Thai, 2 in CJK and Hangul); the whole string when none is.
func sigWords(s string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == '-' || r == '\'' || r == '’' || r == '.' || r == ',' || r == '،'
	}) {
		lw := strings.ToLower(w)
		if particleSet[lw] {
			continue
		}
		min := 4
		switch scriptOf(w) {
		case "cjk":
			min = 2
		case "abugida":
			min = 3
		}
		if utf8.RuneCountInString(w) >= min {
			out = append(out, lw)
		}
	}
	if len(out) == 0 {
		out = []string{strings.ToLower(s)}
	}
	return out
}

type person struct {
	given, family   string // native
	rGiven, rFamily string
}

func (c *ctx) person() person {
	l := c.loc
	g, f := c.pick(l.given), c.pick(l.family)
	return person{native(g), native(f), roman(g), roman(f)}
}

func (p person) full(l *locale) string {
	if l.familyFirst {
		j := l.joiner
		if l.script == "hangul" || (l.script == "cjk" && j == "") {
			j = ""
		}
		if l.code == "vi_VN" {
			j = " "
		}
		return p.family + j + p.given
	}
	return p.given + " " + p.family
}

// name plants a person's name in the locale's order and script, sometimes
// with an honorific, sometimes romanised or upper-cased as forms do.
func (c *ctx) name() string {
	p := c.person()
	l := c.loc
	full := p.full(l)
	class := "name/" + l.script
	switch x := c.r.IntN(10); {
	case x == 0 && p.rGiven != p.given:
		full = strings.ToUpper(p.rFamily[:1]) + p.rFamily[1:] + " " + strings.ToUpper(p.rGiven[:1]) + p.rGiven[1:]
		class = "name/romanised"
	case x == 1 && l.script == "latin":
		full = strings.ToUpper(full)
		class = "name/upper"
	case x == 2 && len(l.honorPre) > 0:
		full = c.pick(l.honorPre) + " " + full
		class = "name/honorific"
	case x == 3 && len(l.honorPost) > 0:
		full += c.pick(l.honorPost)
		class = "name/honorific"
	}
	words := sigWords(p.full(l))
	if l.script == "cjk" || l.script == "hangul" {
		words = sigWords(p.given + " " + p.family)
	}
	if class == "name/romanised" {
		words = sigWords(p.rGiven + " " + p.rFamily)
	}
	words = dropCities(words)
	return c.plant(planted{kind: kName, class: class, text: full, textFr: normFrags(words)})
}

var cityWords = map[string]bool{}

func init() {
	for _, l := range locales {
		for _, ci := range l.cities {
			cityWords[strings.ToLower(ci)] = true
		}
	}
}

func dropCities(ws []string) []string {
	var out []string
	for _, w := range ws {
		if !cityWords[w] {
			out = append(out, w)
		}
	}
	if len(out) == 0 {
		return ws
	}
	return out
}

// ---------- emails ----------

var translit = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ã", "a", "ä", "ae", "é", "e", "è", "e", "ê", "e", "í", "i", "ó", "o", "ô", "o", "õ", "o", "ö", "oe", "ú", "u", "ü", "ue", "ç", "c", "ñ", "n", "ł", "l", "ś", "s", "ż", "z", "ź", "z", "ć", "c", "ń", "n", "ę", "e", "ą", "a", "ß", "ss",
	"ă", "a", "đ", "d", "ơ", "o", "ư", "u", "ị", "i", "ễ", "e", "ọ", "o", "ạ", "a", "ả", "a", "ố", "o", "ầ", "a", "ồ", "o", "ế", "e", "ờ", "o", "ễ", "e", "ứ", "u", "ắ", "a", "ặ", "a", "ủ", "u", "ỳ", "y", "ý", "y", "ữ", "u", "ổ", "o", "ấ", "a", "ậ", "a", "ể", "e", "ệ", "e", "ỹ", "y", "ũ", "u", "ỗ", "o", "ộ", "o", "ớ", "o", "ợ", "o", "ừ", "u", "ự", "u", "ử", "u", "ỷ", "y", "ẩ", "a", "ẫ", "a", "ẵ", "a", "ẳ", "a", "ằ", "a", "ỉ", "i", "ĩ", "i", "ì", "i", "ò", "o", "ù", "u", "ụ", "u", "ẹ", "e", "ẻ", "e", "ẽ", "e", "ỏ", "o", "'", "", " ", "")

func slug(s string) string { return translit.Replace(strings.ToLower(s)) }

func (c *ctx) email() string {
	p := c.person()
	g, f := slug(p.rGiven), slug(p.rFamily)
	if g == "" {
		g = "user"
	}
	var local string
	class := "email/plain"
	switch c.r.IntN(7) {
	case 0:
		local = g + "." + f
	case 1:
		local = g + f + fmt.Sprint(c.num(70, 2009))
	case 2:
		local = g[:1] + "." + f
	case 3:
		local = f + "_" + g + fmt.Sprint(c.num(1, 99))
	case 4:
		local = g + "." + f + "+" + c.pick([]string{"shop", "orders", "tiktok", "shopee", "promo"})
		class = "email/plus-tag"
	case 5:
		local = strings.ReplaceAll(strings.ToLower(c.f.Username()), " ", "")
	default:
		local = g + "-" + f[:min(3, len(f))] + c.digitsN(2)
	}
	dom := c.pick(c.loc.domains)
	if c.chance(0.15) {
		dom = c.pick([]string{"shop-mail.example", "buyers.example.net", "mail.example.org"})
	}
	for _, r := range dom {
		if r > 127 {
			class = "email/idn"
			break
		}
	}
	addr := local + "@" + dom
	if c.chance(0.05) {
		addr = strings.ToUpper(local[:1]) + local[1:] + "@" + dom
		class = "email/mixed-case"
	}
	base := local
	if i := strings.IndexByte(base, '+'); i >= 0 {
		base = base[:i]
	}
	fr := base
	if utf8.RuneCountInString(base) < 4 {
		fr = local + "@" + dom
	}
	return c.plant(planted{kind: kEmail, class: class, text: addr, textFr: normFrags([]string{fr})})
}

// ---------- phones ----------

var digitSets = map[string][10]rune{
	"arabic":  {'٠', '١', '٢', '٣', '٤', '٥', '٦', '٧', '٨', '٩'},
	"persian": {'۰', '۱', '۲', '۳', '۴', '۵', '۶', '۷', '۸', '۹'},
	"bengali": {'০', '১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯'},
	"thai":    {'๐', '๑', '๒', '๓', '๔', '๕', '๖', '๗', '๘', '๙'},
	"full":    {'０', '１', '２', '３', '４', '５', '６', '７', '８', '９'},
	"deva":    {'०', '१', '२', '३', '४', '५', '६', '७', '८', '९'},
	"telugu":  {'౦', '౧', '౨', '౩', '౪', '౫', '౬', '౭', '౮', '౯'},
}

func toNative(s, set string) string {
	ds := digitSets[set]
	var b strings.Builder
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			b.WriteRune(ds[r-'0'])
		case set == "full" && r == '-':
			b.WriteRune('－')
		case set == "full" && r == '+':
			b.WriteRune('＋')
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// phoneRaw returns a number of the line's country as people type it, its
// national digits and its shape class.
func (c *ctx) phoneRaw() (text, nat, class string) {
	l := c.loc
	pl := l.phones[0]
	if len(l.phones) > 1 && c.chance(0.3) {
		pl = l.phones[c.r.IntN(len(l.phones))]
	}
	var nb strings.Builder
	for _, ch := range pl.nat {
		if ch == 'D' {
			nb.WriteByte(byte('0' + c.r.IntN(10)))
		} else {
			nb.WriteRune(ch)
		}
	}
	nat = nb.String()
	f := c.pick(pl.fmts)
	var b strings.Builder
	i := 0
	for _, ch := range f {
		if ch == 'X' && i < len(nat) {
			b.WriteByte(nat[i])
			i++
		} else {
			b.WriteRune(ch)
		}
	}
	text = b.String()
	class = "phone/national"
	if strings.HasPrefix(f, "+") || strings.HasPrefix(f, "(+") || strings.HasPrefix(f, "00") {
		class = "phone/international"
	} else if f[0] != '0' && f[0] != '(' && strings.Count(f, "X") > len(strings.TrimLeft(pl.nat, "0123456789"))+2 && len(f) > 0 && !strings.HasPrefix(pl.nat, f[:1]) {
		class = "phone/cc-no-plus"
	}
	if strings.Count(f, "X") < len(nat) {
		// a format shorter than the plan would truncate the number
		text += nat[i:]
	}
	if len(l.ext) > 0 && c.chance(0.08) {
		text += " " + c.pick(l.ext) + " " + fmt.Sprint(c.num(10, 4999))
		class = "phone/extension"
	}
	if l.digits != "" && c.chance(0.3) {
		text = toNative(text, l.digits)
		class = "phone/native-digits"
	}
	return text, nat, class
}

func (c *ctx) phone() string {
	text, nat, class := c.phoneRaw()
	return c.plant(planted{kind: kPhone, class: class, text: text, digitFr: windows(nat, 6, 0)})
}

// windows returns every n-long window of s (at most max, evenly spread,
// when max > 0).
func windows(s string, n, max int) []string {
	if len(s) <= n {
		return []string{s}
	}
	var out []string
	cnt := len(s) - n + 1
	step := 1
	if max > 0 && cnt > max {
		step = cnt / max
	}
	for i := 0; i+n <= len(s); i += step {
		out = append(out, s[i:i+n])
	}
	if last := s[len(s)-n:]; out[len(out)-1] != last {
		out = append(out, last)
	}
	return out
}

// ---------- addresses ----------

func (c *ctx) address() string {
	text, frags := c.loc.addr(c)
	p := planted{kind: kAddress, class: "address/" + c.loc.script, text: text}
	for _, f := range frags {
		if strings.HasPrefix(f, "#") {
			p.digitFr = append(p.digitFr, windows(f[1:], 5, 0)...)
			p.class = "address/po-box"
			continue
		}
		p.textFr = append(p.textFr, normFrags(dropCities(sigWords(f)))...)
	}
	return c.plant(p)
}

// ---------- cards ----------

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 13, 19}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2300", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "644", "65"}, []int{16, 19}},
	{"jcb", []string{"3528", "3540", "3589"}, []int{16, 19}},
	{"unionpay", []string{"62"}, []int{16, 17, 18, 19}},
	{"diners", []string{"300", "305", "36", "38"}, []int{14}},
	{"maestro", []string{"5018", "5020", "6759", "6761"}, []int{16, 19}},
	{"elo", []string{"636368", "438935", "504175", "451416", "636297"}, []int{16}},
	{"hipercard", []string{"606282"}, []int{16}},
	{"mir", []string{"2200", "2201", "2202", "2204"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"mada", []string{"588845", "440647", "446404"}, []int{16}},
}

func luhnDigit(payload string) byte {
	sum := 0
	dbl := true
	for i := len(payload) - 1; i >= 0; i-- {
		d := int(payload[i] - '0')
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

func (c *ctx) cardPAN() (string, string) {
	is := issuers[c.r.IntN(len(issuers))]
	p := c.pick(is.prefixes)
	n := is.lengths[c.r.IntN(len(is.lengths))]
	body := p + c.digitsN(n-1-len(p))
	return body + string(luhnDigit(body)), is.name
}

func groupDigits(s string, sizes []int, sep string) string {
	var parts []string
	for _, n := range sizes {
		if len(s) == 0 {
			break
		}
		if n > len(s) {
			n = len(s)
		}
		parts = append(parts, s[:n])
		s = s[n:]
	}
	if s != "" {
		parts = append(parts, s)
	}
	return strings.Join(parts, sep)
}

func (c *ctx) card() string {
	pan, _ := c.cardPAN()
	text := pan
	class := "card/compact"
	switch c.r.IntN(6) {
	case 1, 2:
		sep := c.pick([]string{" ", "-", " ", ".", "\u00a0"})
		sizes := []int{4, 4, 4, 4, 4}
		switch len(pan) {
		case 15:
			sizes = []int{4, 6, 5}
		case 14:
			sizes = []int{4, 6, 4}
		}
		text = groupDigits(pan, sizes, sep)
		class = "card/grouped"
		if sep == "." || sep == "\u00a0" {
			class = "card/grouped-odd-sep"
		}
	case 3:
		if len(pan) == 19 {
			text = groupDigits(pan, []int{6, 13}, " ")
			class = "card/6-13"
		}
	}
	return c.plant(planted{kind: kCard, class: class, text: text, digitFr: windows(pan, 6, 0)})
}

// ---------- IBANs ----------

// ibanFormats: country, BBAN structure (n digits, a upper letters, c alnum).
var ibanFormats = []struct{ cc, bban string }{
	{"IT", "1a10n12c"}, {"AT", "16n"}, {"PL", "24n"}, {"GR", "7n16c"}, {"BR", "23n1a1c"},
	{"AE", "3n16n"}, {"IL", "19n"}, {"PT", "21n"}, {"SA", "2n18c"}, {"TR", "5n1n16c"},
	{"CH", "5n12c"}, {"DE", "18n"}, {"FR", "10n11c2n"}, {"ES", "20n"}, {"EG", "25n"},
	{"PK", "4a16c"}, {"QA", "4a21c"}, {"JO", "4a4n18c"}, {"CR", "18n"}, {"MU", "4a19n3a"},
}

func (c *ctx) bban(spec string) string {
	var b strings.Builder
	n := 0
	for _, ch := range spec {
		if ch >= '0' && ch <= '9' {
			n = n*10 + int(ch-'0')
			continue
		}
		for i := 0; i < n; i++ {
			switch ch {
			case 'n':
				b.WriteByte(byte('0' + c.r.IntN(10)))
			case 'a':
				b.WriteByte(byte('A' + c.r.IntN(26)))
			case 'c':
				if c.chance(0.7) {
					b.WriteByte(byte('0' + c.r.IntN(10)))
				} else {
					b.WriteByte(byte('A' + c.r.IntN(26)))
				}
			}
		}
		n = 0
	}
	return b.String()
}

func mod97(s string) int {
	r := 0
	for _, ch := range s {
		switch {
		case ch >= '0' && ch <= '9':
			r = (r*10 + int(ch-'0')) % 97
		case ch >= 'A' && ch <= 'Z':
			v := int(ch-'A') + 10
			r = (r*100 + v) % 97
		}
	}
	return r
}

func ibanOf(cc, bban string) string {
	chk := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, bban)
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 5 {
		return false
	}
	return mod97(s[4:]+s[:4]) == 1
}

func (c *ctx) iban() string {
	f := ibanFormats[c.r.IntN(len(ibanFormats))]
	ib := ibanOf(f.cc, c.bban(f.bban))
	text := ib
	class := "iban/compact"
	if c.chance(0.45) {
		text = groupDigits(ib, []int{4, 4, 4, 4, 4, 4, 4, 4, 4}, " ")
		class = "iban/grouped"
	}
	return c.plant(planted{kind: kIBAN, class: class, text: text, alnumFr: windows(strings.ToLower(ib), 6, 0)})
}

// ---------- Chinese resident ids ----------

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510104", "330106", "320102", "420106", "500103", "610113", "370202", "350203", "210102", "430104", "120101", "530102"}

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func (c *ctx) cnID() string {
	y, m, d := c.num(1950, 2006), c.num(1, 12), c.num(1, 28)
	s := fmt.Sprintf("%s%04d%02d%02d%03d", c.pick(cnRegions), y, m, d, c.num(1, 999))
	id := s + string(cnCheck(s))
	class := "cn_id/digit"
	if id[17] == 'X' {
		class = "cn_id/x"
		if c.chance(0.3) {
			id = id[:17] + "x"
			class = "cn_id/lower-x"
		}
	}
	return c.plant(planted{kind: kCNID, class: class, text: id, alnumFr: windows(strings.ToLower(id), 6, 0)})
}

// ---------- credentials ----------

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (c *ctx) randFrom(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[c.r.IntN(len(set))]
	}
	return string(b)
}

func (c *ctx) hexN(n int) string { return c.randFrom("0123456789abcdef", n) }

func (c *ctx) password() string {
	words := []string{"Sunflower", "mango", "Tigre", "Kaffee", "Bulan", "Sakura", "Gol", "Pirata", "Dragon", "Oceano", "hanuman", "Mariposa", "Zaytoun", "Kimchi", "Orzel"}
	switch c.r.IntN(5) {
	case 0:
		return c.pick(words) + fmt.Sprint(c.num(1960, 2025)) + c.pick([]string{"!", "#", "$", "*", ""})
	case 1:
		return c.f.Password(true, true, true, false, false, c.num(10, 18))
	case 2:
		return strings.ToLower(c.pick(words)) + "-" + strings.ToLower(c.pick(words)) + "-" + strings.ToLower(c.pick(words)) + fmt.Sprint(c.r.IntN(10))
	case 3:
		return c.randFrom(alnum+"!#$*_", c.num(12, 24))
	default:
		return c.pick(words) + "_" + c.digitsN(c.num(2, 4)) + c.pick([]string{"!!", ".", "#"})
	}
}

func b64url(b []byte) string { return base64.RawURLEncoding.EncodeToString(b) }

func (c *ctx) jwt() string {
	h := b64url([]byte(`{"alg":"` + c.pick([]string{"HS256", "RS256", "ES256"}) + `","typ":"JWT"}`))
	p := b64url([]byte(fmt.Sprintf(`{"sub":"%d","iat":%d,"scope":"orders.read","jti":"%s"}`, c.num(10000, 9999999), 1764900000+c.r.IntN(900000), c.hexN(16))))
	sig := make([]byte, 32)
	for i := range sig {
		sig[i] = byte(c.r.IntN(256))
	}
	return h + "." + p + "." + b64url(sig)
}

func (c *ctx) pemBody(n int) string {
	raw := make([]byte, n)
	for i := range raw {
		raw[i] = byte(c.r.IntN(256))
	}
	s := base64.StdEncoding.EncodeToString(raw)
	var lines []string
	for len(s) > 64 {
		lines = append(lines, s[:64])
		s = s[64:]
	}
	return strings.Join(append(lines, s), "\n")
}

// credFree returns a credential as it stands in free text, with its own
// context words kept outside the planted value.
func (c *ctx) credFree() string {
	pre, sec, post, class := c.credParts()
	return pre + c.plantCred(sec, class) + post
}

func (c *ctx) plantCred(sec, class string) string {
	core := sec
	for _, p := range []string{"sk_live_", "sk_test_", "rk_live_", "whsec_", "shpat_", "shpss_", "ghp_", "glpat-", "xoxb-", "AKIA", "AIza", "APP_USR-", "xnd_production_", "rzp_live_", "SG.", "Atzr|", "EAAG", "sq0atp-"} {
		if strings.HasPrefix(core, p) {
			core = core[len(p):]
			break
		}
	}
	fr := windows(core, 6, 8)
	if strings.HasPrefix(core, "-----BEGIN") {
		lines := strings.Split(core, "\n")
		fr = nil
		for _, ln := range lines[1 : len(lines)-1] {
			if len(ln) >= 16 {
				fr = append(fr, ln[4:10], ln[len(ln)-8:len(ln)-2])
			}
		}
	}
	return c.plant(planted{kind: kCred, class: class, text: sec, textFr: normFrags(fr)})
}

// credParts draws one credential: what precedes it, the secret, what
// follows, and its class.
func (c *ctx) credParts() (pre, sec, post, class string) {
	l := c.loc
	switch c.r.IntN(17) {
	case 0:
		return c.pick(l.pwKeys) + "=", c.password(), "", "credential/password-local-key"
	case 1:
		return "Authorization: Bearer ", c.randFrom(alnum+"-_", c.num(32, 64)), "", "credential/bearer"
	case 2:
		u := slug(roman(c.pick(l.given)))
		return "Authorization: Basic ", base64.StdEncoding.EncodeToString([]byte(u + ":" + c.password())), "", "credential/basic"
	case 3:
		return "", c.pick([]string{"sk_live_", "rk_live_", "whsec_"}) + c.randFrom(alnum, 32), "", "credential/stripe"
	case 4:
		return "", c.pick([]string{"shpat_", "shpss_"}) + c.hexN(32), "", "credential/shopify"
	case 5:
		db := c.pick([]string{"postgres://shop_rw:%s@pg-orders.internal:5432/orders", "mysql://app:%s@10.2.3.4:3306/shop?tls=true", "amqp://sync:%s@rabbitmq:5672/%%2Fshop", "redis://:%s@redis-cart:6379/2", "mongodb+srv://catalog:%s@cluster0.x1y2z.mongodb.net/catalog?retryWrites=true"})
		i := strings.Index(db, "%s")
		return strings.ReplaceAll(db[:i], "%%", "%"), c.randFrom(alnum, c.num(12, 20)), strings.ReplaceAll(db[i+2:], "%%", "%"), "credential/url-password"
	case 6:
		return "", c.jwt(), "", "credential/jwt"
	case 7:
		return "X-Amz-Credential=AKIA" + strings.ToUpper(c.randFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)) + "%2F20261205%2Fap-southeast-1%2Fs3%2Faws4_request&X-Amz-Signature=", c.hexN(64), "", "credential/presigned-url"
	case 8:
		kind := c.pick([]string{"PRIVATE KEY", "RSA PRIVATE KEY", "OPENSSH PRIVATE KEY", "ENCRYPTED PRIVATE KEY"})
		return "", "-----BEGIN " + kind + "-----\n" + c.pemBody(c.num(90, 200)) + "\n-----END " + kind + "-----", "", "credential/pem"
	case 9:
		return l.otpPhrase + " ", c.digitsN(6), "", "credential/otp"
	case 10:
		return "otpauth://totp/Shop:buyer?secret=", c.randFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), "&issuer=Shop", "credential/totp-seed"
	case 11:
		return "Cookie: _shopify_y=" + c.hexN(8) + "; session_id=", c.randFrom(alnum, 40), "; lang=" + l.code, "credential/cookie"
	case 12:
		k := c.pick([]string{"app_secret", "signing_key", "hmacKey", "client_secret", "encryption_key", "partner_key", "webhook_secret", "X-Api-Key"})
		v := c.hexN(64)
		if c.chance(0.4) {
			raw := make([]byte, 32)
			for i := range raw {
				raw[i] = byte(c.r.IntN(256))
			}
			v = base64.StdEncoding.EncodeToString(raw)
		}
		return k + ": ", v, "", "credential/hex-b64-key"
	case 13:
		return `Authorization: Digest username="ops", realm="shop", nonce="` + c.hexN(16) + `", uri="/api/orders", response="`, c.hexN(32), `"`, "credential/digest"
	case 14:
		return "", c.pick([]string{"ghp_", "glpat-", "xoxb-", "APP_USR-", "xnd_production_", "rzp_live_", "sq0atp-", "EAAG"}) + c.randFrom(alnum, 36), "", "credential/vendor-token"
	case 15:
		return "recovery codes: ", c.randFrom("abcdefghjkmnpqrstuvwxyz23456789", 5) + "-" + c.randFrom("abcdefghjkmnpqrstuvwxyz23456789", 5), "", "credential/recovery-code"
	default:
		return "", "Atzr|IwEB" + c.randFrom(alnum+"-_", 120), "", "credential/lwa-refresh"
	}
}

// credKV returns a key and a planted secret value suited to key-value
// shapes (JSON, form bodies, dumps).
func (c *ctx) credKV() (string, string) {
	l := c.loc
	switch c.r.IntN(8) {
	case 0, 1:
		return c.pick(append(l.pwKeys, "db_pass", "smtp_password", "passphrase", "pwd")), c.plantCred(c.password(), "credential/password-key")
	case 2:
		return c.pick([]string{"access_token", "refresh_token", "accessToken", "id_token"}), c.plantCred(c.jwt(), "credential/jwt-key")
	case 3:
		return c.pick([]string{"client_secret", "apikey", "x-api-key", "app_secret", "partner_key", "signing_secret"}), c.plantCred(c.hexN(c.pick2(32, 64)), "credential/hex-key")
	case 4:
		return c.pick([]string{"otp", "verification_code", "otp_code", "2fa_code"}), c.plantCred(c.digitsN(6), "credential/otp-key")
	case 5:
		return c.pick([]string{"totp_secret", "mfa_seed"}), c.plantCred(c.randFrom("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32), "credential/totp-key")
	case 6:
		return c.pick([]string{"api_key", "stripe_key", "shopify_token"}), c.plantCred(c.pick([]string{"sk_live_", "shpat_"})+c.randFrom(alnum, 32), "credential/vendor-key")
	default:
		return c.pick([]string{"session", "sessionid", "connect.sid", "PHPSESSID"}), c.plantCred(c.randFrom(alnum, 32), "credential/session")
	}
}

func (c *ctx) pick2(a, b int) int {
	if c.chance(0.5) {
		return a
	}
	return b
}
