package twelftheval

import (
	"encoding/base32"
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Kinds of PII the corpus plants, as vigil's README names them.
const (
	kEmail   = "email"
	kPhone   = "phone"
	kName    = "name"
	kAddress = "address"
	kCard    = "card"
	kIBAN    = "iban"
	kCNID    = "cn_id"
	kCred    = "credential"
)

var allKinds = []string{kEmail, kPhone, kName, kAddress, kCard, kIBAN, kCNID, kCred}

// match modes of a value's fragments
const (
	mText    = iota // case-folded text
	mDigits         // digits, separators removed from the haystack
	mCompact        // case-folded, spaces and dashes removed from the haystack
)

// pv is one planted PII value.
type pv struct {
	kind, class string
	text        string   // as written in the line
	frags       []string // what must not survive (normalised for mode)
	mode        int
	key         string // a natural key for key=value shapes (credentials)
	phrase      string // a sentence with {c} (one-time codes)
	loc         *locale
}

// ---- small random helpers ----

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func chance(r *rand.Rand, p float64) bool { return r.Float64() < p }

const (
	lowerAlnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	alnum      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upperAlnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	hexDigits  = "0123456789abcdef"
	b64chars   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	crockford  = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
)

func randStr(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

func digits(r *rand.Rand, n int) string { return randStr(r, "0123456789", n) }

// fill expands N (digit), M (digit 2-9), A (letter A-Z); other bytes literal.
func fill(r *rand.Rand, pat string) string {
	var sb strings.Builder
	for _, c := range pat {
		switch c {
		case 'N':
			sb.WriteByte(byte('0' + r.IntN(10)))
		case 'M':
			sb.WriteByte(byte('2' + r.IntN(8)))
		case 'A':
			sb.WriteByte(byte('A' + r.IntN(26)))
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func onlyDigits(s string) string {
	var sb strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// windows returns the n-rune windows of s (at most limit from the start
// plus the last few), for fragments of long secrets.
func windows(s string, n int, from int) []string {
	rs := []rune(s)
	if from > 0 && from < len(rs) {
		rs = rs[from:]
	}
	if len(rs) < n {
		if len(rs) == 0 {
			return nil
		}
		return []string{string(rs)}
	}
	var out []string
	last := len(rs) - n
	for i := 0; i <= last; i++ {
		if i >= 48 && i < last-4 {
			continue
		}
		out = append(out, string(rs[i:i+n]))
	}
	return out
}

// ---- check digits ----

func luhnValid(d string) bool {
	sum, alt := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if alt {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		alt = !alt
	}
	return sum%10 == 0
}

// luhnComplete appends the Luhn check digit to body.
func luhnComplete(body string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhnValid(body + string(c)) {
			return body + string(c)
		}
	}
	panic("unreachable")
}

func ibanMod97(s string) int {
	// s: country+check+bban rearranged by the caller
	var sb strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			sb.WriteRune(c)
		case c >= 'A' && c <= 'Z':
			sb.WriteString(strconv.Itoa(int(c-'A') + 10))
		}
	}
	n, _ := new(big.Int).SetString(sb.String(), 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

func ibanValid(iban string) bool {
	iban = strings.ReplaceAll(iban, " ", "")
	if len(iban) < 15 {
		return false
	}
	return ibanMod97(iban[4:]+iban[:4]) == 1
}

// ibanFormats: BBAN shapes, n digits, a letters, c alphanumerics.
var ibanFormats = map[string]string{
	"DE": "18n", "ES": "20n", "NL": "4a10n", "SE": "20n", "PL": "24n", "HU": "24n",
	"RO": "4a16c", "UA": "6n19c", "TR": "5n1n16c", "SA": "2n18c", "EG": "25n",
	"FR": "10n11c2n", "GB": "4a14n", "IT": "1a10n12c", "BE": "12n", "AT": "16n",
	"CH": "5n12c", "PT": "21n", "IE": "4a14n", "FI": "14n", "DK": "14n", "NO": "11n",
	"CZ": "20n", "BR": "23n1a1c", "AE": "3n16n", "LT": "16n", "GR": "7n16c",
}

func ibanBBAN(r *rand.Rand, spec string) string {
	var sb strings.Builder
	num := 0
	for _, c := range spec {
		if c >= '0' && c <= '9' {
			num = num*10 + int(c-'0')
			continue
		}
		for range num {
			switch c {
			case 'n':
				sb.WriteByte(byte('0' + r.IntN(10)))
			case 'a':
				sb.WriteByte(byte('A' + r.IntN(26)))
			case 'c':
				sb.WriteByte(upperAlnum[r.IntN(len(upperAlnum))])
			}
		}
		num = 0
	}
	return sb.String()
}

func makeIBAN(r *rand.Rand, cc string) string {
	bban := ibanBBAN(r, ibanFormats[cc])
	check := 98 - ibanMod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, check, bban)
}

func group4(s string, sep string) string {
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, s[i:min(i+4, len(s))])
	}
	return strings.Join(parts, sep)
}

var cnWeights = []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

const cnCheck = "10X98765432"

func cnIDCheck(body string) byte {
	s := 0
	for i := range 17 {
		s += int(body[i]-'0') * cnWeights[i]
	}
	return cnCheck[s%11]
}

func cnIDValid(id string) bool {
	if len(id) != 18 {
		return false
	}
	for i := range 17 {
		if id[i] < '0' || id[i] > '9' {
			return false
		}
	}
	return unicode.ToUpper(rune(id[17])) == rune(cnIDCheck(id))
}

// ---- people ----

type person struct {
	loc                    *locale
	given, family, family2 [2]string // native, romanised
	middle                 [2]string
	female                 bool
	gIdx                   int
}

func split2(s string) (string, string, string) {
	p := strings.Split(s, "|")
	switch len(p) {
	case 1:
		return p[0], p[0], ""
	case 2:
		return p[0], p[1], ""
	}
	return p[0], p[1], p[2]
}

func familyFor(s string, female bool) [2]string {
	p := strings.Split(s, "|")
	switch len(p) {
	case 1:
		return [2]string{p[0], p[0]}
	case 2:
		return [2]string{p[0], p[1]}
	}
	if female {
		return [2]string{p[2], p[3]}
	}
	return [2]string{p[0], p[1]}
}

func newPerson(r *rand.Rand, l *locale) *person {
	p := &person{loc: l}
	gn, gr, gender := split2(pick(r, l.given))
	p.given = [2]string{gn, gr}
	p.female = gender == "f" || (gender == "" && r.IntN(2) == 0)
	p.family = familyFor(pick(r, l.family), p.female)
	p.family2 = familyFor(pick(r, l.family), p.female)
	for p.family2 == p.family && len(l.family) > 1 {
		p.family2 = familyFor(pick(r, l.family), p.female)
	}
	if len(l.middle) > 0 {
		for range 8 {
			mn, mr, mg := split2(pick(r, l.middle))
			if mg == "" || (mg == "f") == p.female {
				p.middle = [2]string{mn, mr}
				break
			}
		}
	}
	return p
}

func nonLatin(s string) bool {
	for _, c := range s {
		if c > 0x24F && unicode.IsLetter(c) {
			return true
		}
	}
	return false
}

func upperFirstInitial(s string) string {
	c, _ := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(c)) + "."
}

// name renders the person's name in one of the locale's orders, native or
// romanised; class names the shape.
func (p *person) name(r *rand.Rand) (string, string) {
	ord := pick(r, p.loc.orders)
	script := 0
	if nonLatin(p.given[0]+p.family[0]) && r.IntN(2) == 1 {
		script = 1
	}
	upper := chance(r, 0.08)
	if strings.Contains(ord, "0") {
		if script == 1 {
			ord = "F G"
		} else {
			return p.family[0] + p.given[0], "native-nospace"
		}
	}
	fields := strings.Fields(ord)
	var out []string
	for _, f := range fields {
		comma := strings.HasSuffix(f, ",")
		f = strings.TrimSuffix(f, ",")
		var w string
		switch f {
		case "G":
			w = p.given[script]
		case "GI":
			w = upperFirstInitial(p.given[script])
		case "F":
			w = p.family[script]
		case "FU":
			w = strings.ToUpper(p.family[script])
		case "F2":
			w = p.family2[script]
		case "P":
			w = p.middle[script]
		}
		if w == "" {
			continue
		}
		if upper {
			w = strings.ToUpper(w)
		}
		if comma {
			w += ","
		}
		out = append(out, w)
	}
	cls := "latin"
	if nonLatin(p.given[0]) {
		cls = []string{"native", "romanised"}[script]
	}
	if upper {
		cls += "-upper"
	}
	return strings.Join(out, " "), cls + "/" + strings.ReplaceAll(ord, " ", "")
}

var particles = map[string]bool{"van": true, "von": true, "der": true, "den": true, "de": true, "la": true, "del": true,
	"dos": true, "das": true, "da": true, "di": true, "du": true, "bin": true, "bint": true, "al": true, "el": true,
	"dela": true, "ibn": true, "abdel": true, "le": true}

func isWide(c rune) bool {
	return unicode.Is(unicode.Han, c) || unicode.Is(unicode.Hangul, c) || unicode.Is(unicode.Hiragana, c) ||
		unicode.Is(unicode.Katakana, c)
}

// nameFrags: every word of four letters or more that is no particle, and
// every two characters of a CJK or Hangul word; the whole name if none.
func nameFrags(name string) []string {
	var out []string
	for _, w := range strings.FieldsFunc(name, func(c rune) bool { return c == ' ' || c == ',' || c == '.' }) {
		lw := strings.ToLower(w)
		rs := []rune(lw)
		if len(rs) > 0 && isWide(rs[0]) {
			if len(rs) == 1 {
				continue
			}
			out = append(out, windows(lw, 2, 0)...)
			continue
		}
		if particles[lw] {
			continue
		}
		if len(rs) >= 4 {
			out = append(out, lw)
		}
	}
	if len(out) == 0 {
		out = []string{strings.ToLower(name)}
	}
	return out
}

func (p *person) nameValue(r *rand.Rand) *pv {
	n, cls := p.name(r)
	return &pv{kind: kName, class: p.loc.code + "/" + cls, text: n, frags: nameFrags(n), mode: mText, loc: p.loc}
}

var foldMap = map[rune]string{'á': "a", 'à': "a", 'â': "a", 'ã': "a", 'ä': "ae", 'å': "a", 'ç': "c", 'é': "e", 'è': "e",
	'ê': "e", 'ë': "e", 'í': "i", 'î': "i", 'ï': "i", 'ı': "i", 'ñ': "n", 'ó': "o", 'ô': "o", 'õ': "o", 'ö': "oe",
	'ø': "o", 'ú': "u", 'ü': "ue", 'û': "u", 'ş': "s", 'ș': "s", 'ţ': "t", 'ț': "t", 'ğ': "g", 'ł': "l", 'ń': "n",
	'ś': "s", 'ź': "z", 'ż': "z", 'ć': "c", 'ę': "e", 'ą': "a", 'ő': "o", 'ű': "u", 'ă': "a", 'ß': "ss",
	'ė': "e", 'č': "c", 'ž': "z", 'š': "s", 'ř': "r", 'ě': "e", 'ý': "y", 'ů': "u", 'æ': "ae", 'œ': "oe",
	'ầ': "a", 'ễ': "e", 'ạ': "a", 'ặ': "a", 'ứ': "u", 'ư': "u", 'ơ': "o", 'đ': "d", 'ỳ': "y", 'ũ': "u"}

func asciiFold(s string) string {
	var sb strings.Builder
	for _, c := range strings.ToLower(s) {
		if f, ok := foldMap[c]; ok {
			sb.WriteString(f)
		} else if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			sb.WriteRune(c)
		} else if c == ' ' || c == '-' || c == '\'' {
			sb.WriteRune('.')
		}
	}
	return strings.Trim(strings.ReplaceAll(sb.String(), "..", "."), ".")
}

func (p *person) email(r *rand.Rand) *pv {
	g, f := asciiFold(p.given[1]), asciiFold(p.family[1])
	if g == "" {
		g = "buyer"
	}
	if f == "" {
		f = "shop"
	}
	var local, cls string
	switch r.IntN(9) {
	case 0:
		local, cls = g+"."+f, "first.last"
	case 1:
		local, cls = g[:1]+f+strconv.Itoa(70+r.IntN(30)), "initial-last-year"
	case 2:
		local, cls = g+"."+f+"+"+pick(r, []string{"shop", "orders", "amazon", "etsy", "ali"}), "plus-tag"
	case 3:
		local, cls = f+"_"+g+digits(r, 3), "last_first-digits"
	case 4:
		local, cls = strings.ToUpper(g[:1])+g[1:]+"."+strings.ToUpper(f[:1])+f[1:], "mixed-case"
	case 5:
		if nonLatin(p.given[0]) && !strings.ContainsAny(p.given[0], " ") && utf8.RuneCountInString(p.given[0]+p.family[0]) >= 2 {
			local, cls = strings.ReplaceAll(p.family[0]+p.given[0], " ", ""), "native-local"
		} else {
			local, cls = g+f+digits(r, 2), "concat"
		}
	case 6:
		local, cls = strings.ToUpper(g+"."+f), "upper"
	default:
		local, cls = g+"."+f+digits(r, 2), "first.last-digits"
	}
	dom := pick(r, p.loc.domains)
	if len(p.loc.idn) > 0 && chance(r, 0.2) {
		dom, cls = pick(r, p.loc.idn), cls+"+idn"
	}
	if cls == "upper" {
		dom = strings.ToUpper(dom)
	}
	text := local + "@" + dom
	lp := strings.ToLower(local)
	if i := strings.IndexByte(lp, '+'); i > 0 {
		lp = lp[:i]
	}
	return &pv{kind: kEmail, class: cls, text: text, frags: []string{lp, strings.ToLower(text)}, mode: mText, loc: p.loc}
}

// ---- phones ----

var arabDigits = []rune("٠١٢٣٤٥٦٧٨٩")
var bengDigits = []rune("০১২৩৪৫৬৭৮৯")

func toNative(s, script string) string {
	set := arabDigits
	if script == "beng" {
		set = bengDigits
	}
	var sb strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			sb.WriteRune(set[c-'0'])
		} else {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func applyTemplate(tpl, nsn string) string {
	var sb strings.Builder
	i := 0
	for _, c := range tpl {
		if c == 'N' {
			if i < len(nsn) {
				sb.WriteByte(nsn[i])
				i++
			}
			continue
		}
		sb.WriteRune(c)
	}
	if i < len(nsn) {
		sb.WriteString(nsn[i:])
	}
	return sb.String()
}

func groupDigits(nsn string, r *rand.Rand) string {
	var parts []string
	for len(nsn) > 4 {
		n := 3 + r.IntN(2)
		if len(nsn)-n < 2 {
			n = len(nsn)
		}
		parts = append(parts, nsn[:n])
		nsn = nsn[n:]
	}
	if nsn != "" {
		parts = append(parts, nsn)
	}
	return strings.Join(parts, " ")
}

func phoneValue(r *rand.Rand, l *locale) *pv {
	nsn := fill(r, pick(r, l.nsn))
	var text, cls string
	switch k := r.IntN(10); {
	case k < 6:
		tpl := pick(r, l.phones)
		text = applyTemplate(tpl, nsn)
		cls = "local:" + tpl
	case k == 6:
		text, cls = "+"+l.cc+nsn, "e164"
	case k == 7:
		text, cls = "(+"+l.cc+") "+groupDigits(nsn, r), "cc-in-parens"
	case k == 8:
		text, cls = "00"+l.cc+" "+groupDigits(nsn, r), "00-prefix"
	default:
		text, cls = "+"+l.cc+" "+groupDigits(nsn, r), "intl-grouped"
	}
	if l.nativeDigits != "" && chance(r, 0.12) {
		text, cls = toNative(text, l.nativeDigits), cls+"+native-digits"
	}
	return &pv{kind: kPhone, class: l.code + "/" + cls, text: text, frags: windows(nsn, 6, 0), mode: mDigits, loc: l}
}

// ---- addresses ----

func addressValue(r *rand.Rand, l *locale) *pv {
	tpl := pick(r, l.streets)
	cityPat := pick(r, l.cities)
	city, post, _ := strings.Cut(cityPat, "|")
	s := pick(r, l.cores)
	s2 := pick(r, l.cores)
	repl := strings.NewReplacer("{s}", s, "{s2}", s2, "{n}", strconv.Itoa(1+r.IntN(240)),
		"{n2}", strconv.Itoa(100+r.IntN(900)), "{u}", strconv.Itoa(1+r.IntN(40)), "{u2}", strconv.Itoa(1+r.IntN(30)),
		"{c}", city, "{p}", fill(r, post))
	full := repl.Replace(tpl)
	i, j := strings.IndexByte(full, '<'), strings.IndexByte(full, '>')
	street := full[i+1 : j]
	text := full[:i] + street + full[j+1:]
	cls := l.code + "/" + strings.Fields(strings.NewReplacer("<", "", ">", "").Replace(tpl))[0]
	return &pv{kind: kAddress, class: cls, text: text, frags: []string{strings.ToLower(street)}, mode: mText, loc: l}
}

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 13}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2487", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"diners", []string{"36", "300", "305"}, []int{14}},
	{"discover", []string{"6011", "644", "65"}, []int{16}},
	{"jcb", []string{"3528", "3530", "3566", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"maestro", []string{"6759", "5018", "6304", "5020"}, []int{16, 19}},
	{"mir", []string{"2200", "2201", "2202", "2204"}, []int{16}},
	{"elo", []string{"636368", "504175", "509048", "650031"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508500", "607094"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
}

func cardNumber(r *rand.Rand) (string, string) {
	is := pick(r, issuers)
	pre := pick(r, is.prefixes)
	n := pick(r, is.lengths)
	return luhnComplete(pre + digits(r, n-len(pre)-1)), is.name
}

func groupCard(pan string, sep string) string {
	var gs []int
	switch len(pan) {
	case 15:
		gs = []int{4, 6, 5}
	case 14:
		gs = []int{4, 6, 4}
	case 13:
		gs = []int{4, 4, 4, 1}
	case 19:
		gs = []int{4, 4, 4, 4, 3}
	default:
		gs = []int{4, 4, 4, 4}
	}
	var parts []string
	i := 0
	for _, g := range gs {
		parts = append(parts, pan[i:i+g])
		i += g
	}
	return strings.Join(parts, sep)
}

func cardValue(r *rand.Rand) *pv {
	pan, iss := cardNumber(r)
	var text, cls string
	switch r.IntN(6) {
	case 0, 1:
		text, cls = pan, "compact"
	case 2, 3:
		text, cls = groupCard(pan, " "), "spaced"
	case 4:
		text, cls = groupCard(pan, "-"), "dashed"
	default:
		if len(pan) == 19 {
			text, cls = pan[:6]+" "+pan[6:], "6-13"
		} else {
			text, cls = groupCard(pan, " "), "spaced"
		}
	}
	return &pv{kind: kCard, class: iss + "/" + strconv.Itoa(len(pan)) + "/" + cls, text: text, frags: windows(pan, 6, 1), mode: mDigits}
}

// maskedCard is a PAN as applications mask it themselves: not PII, not a trap.
func maskedCard(r *rand.Rand) string {
	pan, _ := cardNumber(r)
	switch r.IntN(3) {
	case 0:
		return pan[:6] + strings.Repeat("*", len(pan)-10) + pan[len(pan)-4:]
	case 1:
		return "**** **** **** " + pan[len(pan)-4:]
	}
	return "XXXX-XXXX-XXXX-" + pan[len(pan)-4:]
}

// ---- IBAN, cn_id ----

func ibanValue(r *rand.Rand, cc string) *pv {
	iban := makeIBAN(r, cc)
	text, cls := iban, "compact"
	if r.IntN(2) == 0 {
		text, cls = group4(iban, " "), "grouped"
	}
	return &pv{kind: kIBAN, class: cc + "/" + cls, text: text, frags: windows(strings.ToLower(iban), 6, 4), mode: mCompact}
}

var cnRegions = []string{"110105", "310115", "440305", "330106", "510107", "420106", "320102", "500103", "370202", "610113"}

func cnIDValue(r *rand.Rand) *pv {
	y, m, d := 1955+r.IntN(50), 1+r.IntN(12), 1+r.IntN(28)
	body := fmt.Sprintf("%s%04d%02d%02d%03d", pick(r, cnRegions), y, m, d, r.IntN(1000))
	id := body + string(cnIDCheck(body))
	text, cls := id, "compact"
	if r.IntN(8) == 0 {
		text, cls = id[:6]+" "+id[6:14]+" "+id[14:], "spaced"
	}
	if id[17] == 'X' {
		cls += "+X"
	}
	return &pv{kind: kCNID, class: cls, text: text, frags: windows(strings.ToLower(id), 6, 6), mode: mCompact}
}

// ---- credentials ----

var pwWords = []string{"Winter", "Sunshine", "Dragon", "Monkey", "Tundra", "Lantern", "Kozak", "Futbol", "Sakura",
	"Istanbul", "Mariposa", "Bolacha", "Schatz", "Chocolat", "Pinguin", "Merdeka", "Falcon", "Harimau"}

func password(r *rand.Rand) (string, string) {
	switch r.IntN(6) {
	case 0:
		return pick(r, pwWords) + strconv.Itoa(1960+r.IntN(60)) + pick(r, []string{"#", "!", "$", "*", "?"}), "word-year-symbol"
	case 1:
		return strings.ToLower(pick(r, pwWords)) + digits(r, 3) + "_" + digits(r, 2), "word-digits"
	case 2:
		return randStr(r, alnum+"!@#%^&*", 14), "random"
	case 3:
		return strings.ToLower(pick(r, pwWords)) + "-" + strings.ToLower(pick(r, pwWords)) + "-" + digits(r, 3), "diceware"
	case 4:
		return pick(r, pwWords) + "." + digits(r, 2) + randStr(r, "ABCDEFGHJK", 2), "word.digits"
	}
	return randStr(r, alnum, 20), "random-alnum"
}

var pwKeys = []string{"password", "passwd", "pwd", "pass", "db_pass", "smtp_pass", "passphrase", "userPassword",
	"new_password", "contraseña", "senha", "Passwort", "wachtwoord", "mot_de_passe", "hasło", "şifre", "пароль",
	"密码", "パスワード", "비밀번호", "kata_sandi", "mat_khau", "clave", "jelszó", "parola", "lösenord", "nenosiri",
	"كلمة_المرور", "รหัสผ่าน", "ftp_password", "sftpPwd", "basic_auth_pass"}

func jwt(r *rand.Rand) (string, string) {
	hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	pl := base64.RawURLEncoding.EncodeToString(fmt.Appendf(nil, `{"sub":"%s","iat":%d,"scope":"orders:read"}`, randStr(r, lowerAlnum, 12), 1764900000+r.IntN(999999)))
	sig := randStr(r, alnum+"-_", 43)
	return hdr + "." + pl + "." + sig, pl[12:] + sig
}

// credValue returns a credential; frags are windows of its secret part.
func credValue(r *rand.Rand, l *locale) *pv {
	v := &pv{kind: kCred, mode: mText, loc: l}
	var secret string
	switch k := r.IntN(18); k {
	case 0, 1, 2:
		pw, cls := password(r)
		v.text, v.class, secret = pw, "password/"+cls, pw
		if chance(r, 0.4) {
			v.key = l.pwKey
		} else {
			v.key = pick(r, pwKeys)
		}
	case 3, 4:
		type vt struct {
			pre, set, key string
			n             int
		}
		t := pick(r, []vt{{"shpat_", hexDigits, "X-Shopify-Access-Token", 32}, {"sk_live_", alnum, "stripe_key", 24},
			{"ghp_", alnum, "GITHUB_TOKEN", 36}, {"xoxb-" + digits(r, 12) + "-", alnum, "slack_token", 24},
			{"AKIA", upperAlnum, "aws_access_key_id", 16}, {"AIza", alnum + "-_", "google_api_key", 35},
			{"glpat-", alnum, "gitlab_token", 20}, {"rzp_live_", alnum, "razorpay_key", 14},
			{"APP_USR-" + digits(r, 16) + "-" + digits(r, 6) + "-", hexDigits, "mp_access_token", 32},
			{"xnd_production_", alnum, "xendit_secret", 40}, {"EAAG", alnum, "fb_access_token", 60},
			{"", alnum, "x-api-key", 40}, {"sq0atp-", alnum + "-_", "square_token", 22}, {"npm_", alnum, "NPM_TOKEN", 36},
			{"SG.", alnum, "sendgrid_api_key", 22}, {"key-", hexDigits, "mailgun_api_key", 32}})
		secret = randStr(r, t.set, t.n)
		v.text, v.class, v.key = t.pre+secret, "vendor/"+strings.TrimRight(t.pre, "_-.0123456789")+"/"+t.key, t.key
		if t.pre == "" {
			v.class = "vendor/apikey-no-prefix"
		}
	case 5:
		secret = randStr(r, hexDigits, pick(r, []int{32, 40, 64}))
		v.text, v.class, v.key = secret, "hex-secret", pick(r, []string{"app_secret", "hmac_key", "signing_key", "clientSecret", "partner_key", "api_secret", "secret_key"})
	case 6:
		secret = randStr(r, b64chars, 40) + "="
		v.text, v.class, v.key = secret, "base64-secret", pick(r, []string{"client_secret", "encryption_key", "appSecret", "consumer_secret", "private_key"})
	case 7:
		secret = randStr(r, alnum, 16)
		user := pick(r, []string{"shop", "app", "etl", "orders_rw", "admin"})
		tpl := pick(r, []string{"postgres://%s:%s@pg-main.internal:5432/orders?sslmode=require", "mysql://%s:%s@10.0.4.21:3306/magento",
			"redis://%s:%s@cache-01:6379/2", "amqp://%s:%s@rabbitmq.prod:5672/shop", "mongodb+srv://%s:%s@cluster0.ab12c.mongodb.net/catalog",
			"smtp://%s:%s@smtp.mailgun.org:587", "sftp://%s:%s@edi.partner.example:22/inbound"})
		v.text, v.class, v.key = fmt.Sprintf(tpl, user, secret), "conn-url/"+strings.SplitN(tpl, ":", 2)[0], pick(r, []string{"dsn", "DATABASE_URL", "url", "broker_url", "conn"})
	case 8:
		user := pick(r, []string{"api", "warehouse", "partner-" + digits(r, 3), "svc_orders"})
		pw := randStr(r, alnum, 18)
		secret = base64.StdEncoding.EncodeToString([]byte(user + ":" + pw))
		v.text, v.class, v.key = "Basic "+secret, "basic", "Authorization"
	case 9:
		if r.IntN(2) == 0 {
			tok, sec := jwt(r)
			v.text, v.class, secret = "Bearer "+tok, "bearer-jwt", sec
		} else {
			secret = randStr(r, alnum+"-._~", 48)
			v.text, v.class = "Bearer "+secret, "bearer-opaque"
		}
		v.key = "Authorization"
	case 10:
		secret = randStr(r, alnum, 32)
		c := pick(r, []string{"session_id=%s", "PHPSESSID=%s", "_shop_session=%s", "connect.sid=s%%3A%s", "laravel_session=%s", "JSESSIONID=%s"})
		v.text, v.class, v.key = fmt.Sprintf(c, secret), "cookie/"+strings.SplitN(c, "=", 2)[0], "Cookie"
	case 11:
		tok, sec := jwt(r)
		v.text, v.class, secret, v.key = tok, "jwt", sec, pick(r, []string{"id_token", "jwt", "access_token", "refresh_token"})
	case 12:
		secret = randStr(r, hexDigits, 64)
		if r.IntN(2) == 0 {
			v.text = "https://labels-prod.s3.eu-west-1.amazonaws.com/awb/" + digits(r, 10) + ".pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA" + randStr(r, upperAlnum, 16) + "%2F20261205%2Feu-west-1%2Fs3%2Faws4_request&X-Amz-Date=20261205T081500Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=" + secret
			v.class = "presigned/s3"
		} else {
			v.text = "https://storage.googleapis.com/invoices-eu/INV-" + digits(r, 6) + ".pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Date=20261205T081500Z&X-Goog-Expires=600&X-Goog-Signature=" + secret
			v.class = "presigned/gcs"
		}
		v.key = "download_url"
	case 13:
		secret = randStr(r, b64chars, 64*4)
		var lines []string
		for i := 0; i < len(secret); i += 64 {
			lines = append(lines, secret[i:i+64])
		}
		v.text = "-----BEGIN PRIVATE KEY-----\n" + strings.Join(lines, "\n") + "\n-----END PRIVATE KEY-----"
		v.class, v.key = "pem", "private_key"
	case 14:
		n := pick(r, []int{6, 6, 6, 4, 8})
		secret = digits(r, n)
		v.text, v.class, v.key, v.phrase = secret, "otp/"+l.lang, pick(r, []string{"otp", "verification_code", "otp_code", "2fa_code", "sms_code"}), l.otp
		v.frags = []string{secret}
		return v
	case 15:
		secret = base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString([]byte(randStr(r, alnum, 20)))
		v.text, v.class, v.key = secret, "totp-seed", pick(r, []string{"totp_secret", "mfa_seed", "otp_secret", "two_factor_secret"})
		if r.IntN(3) == 0 {
			v.text = "otpauth://totp/Shop:buyer" + digits(r, 5) + "?secret=" + secret + "&issuer=Shop"
			v.class, v.key = "otpauth-uri", "provisioning_uri"
		}
	case 16:
		var codes []string
		for range 4 + r.IntN(5) {
			codes = append(codes, randStr(r, lowerAlnum, 5)+"-"+randStr(r, lowerAlnum, 5))
		}
		v.text, v.class, v.key = strings.Join(codes, " "), "recovery-codes", pick(r, []string{"recovery_codes", "backup_codes", "backupCodes"})
		for _, c := range codes {
			v.frags = append(v.frags, windows(c, 6, 0)...)
		}
		return v
	default:
		secret = randStr(r, alnum, 32)
		pre := pick(r, []string{"whsec_", "", "shpss_"})
		v.text, v.class, v.key = pre+secret, "webhook-secret", pick(r, []string{"webhook_secret", "signing_secret", "endpoint_secret", "x-webhook-secret"})
	}
	v.frags = windows(strings.ToLower(secret), 6, 0)
	return v
}

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}
