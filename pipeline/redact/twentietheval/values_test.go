package twentietheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
)

// kind is what a planted value is.
type kind int

const (
	kName kind = iota
	kEmail
	kPhone
	kAddress
	kCard
	kIBAN
	kCNID
	kCred
	numKinds
)

var kindNames = [numKinds]string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"}

// value is one planted PII value and what the judge looks for.
type value struct {
	kind  kind
	text  string // as written into the line
	style string // issuer, country, credential style, phone style
	loc   string
	words []string // matched as whole words, case-folded
	subs  []string // matched as substrings, case-folded
	tail  string   // phone/card digits, iban/cn_id tail
	code  bool     // credential of digits only
}

// look is one look-alike that must survive.
type look struct {
	typ  string
	text string
}

// builder writes one line; it is run twice from the same random state, once
// with values and once with placeholders.
type builder struct {
	r     *rand.Rand
	ph    bool
	loc   *locale
	vals  []value
	looks []look
}

func placeholder(i int) string {
	return "Qph" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "w"
}

func (b *builder) put(v value) string {
	b.vals = append(b.vals, v)
	if b.ph {
		return placeholder(len(b.vals) - 1)
	}
	return v.text
}

func (b *builder) intn(n int) int { return b.r.IntN(n) }
func (b *builder) chance(p float64) bool {
	return b.r.Float64() < p
}
func pick[T any](b *builder, xs []T) T { return xs[b.r.IntN(len(xs))] }

func (b *builder) digits(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(byte('0' + b.r.IntN(10)))
	}
	return sb.String()
}

const (
	alnum   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	lowalnu = "abcdefghijklmnopqrstuvwxyz0123456789"
	hexdig  = "0123456789abcdef"
	upalnu  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b64set  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64url  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	lowers  = "abcdefghijklmnopqrstuvwxyz"
	uppers  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

func (b *builder) chars(set string, n int) string {
	out := make([]byte, n)
	for i := range out {
		out[i] = set[b.r.IntN(len(set))]
	}
	return string(out)
}

// mixed returns n characters of set holding at least one digit and one letter.
func (b *builder) mixed(set string, n int) string {
	for {
		s := b.chars(set, n)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, lowers+uppers) {
			return s
		}
	}
}

// ---- names ----

var particles = map[string]bool{"van": true, "von": true, "de": true, "den": true, "der": true, "da": true, "das": true, "dos": true, "du": true, "del": true, "della": true, "di": true, "le": true, "la": true, "bin": true, "binti": true, "bint": true, "al": true, "el": true, "ter": true, "ten": true, "zu": true, "y": true, "e": true, "ibn": true, "abu": true, "dela": true, "delos": true}

type nameParts struct {
	given, family string
}

func (b *builder) nameParts() nameParts {
	l := b.loc
	np := nameParts{given: pick(b, l.given), family: pick(b, l.family)}
	if l.double && b.chance(0.35) {
		f2 := pick(b, l.family)
		if f2 != np.family {
			np.family += " " + f2
		}
	}
	if l.hyphen && b.chance(0.12) {
		f2 := pick(b, l.family)
		if f2 != np.family {
			np.family += "-" + f2
		}
	}
	return np
}

// name plants a person's name in local order. style: "" local order,
// "lower", "upper", "comma" (Family, Given), "family" (family name alone,
// for scripts written without spaces the whole name).
func (b *builder) name(style string) string {
	np := b.nameParts()
	return b.putName(np, style)
}

func (b *builder) putName(np nameParts, style string) string {
	l := b.loc
	var s string
	switch {
	case l.nospace && l.famFirst:
		s = np.family + np.given
	case l.nospace:
		s = np.given + np.family
	case l.famFirst:
		s = np.family + " " + np.given
	default:
		s = np.given + " " + np.family
	}
	if !l.nospace {
		switch style {
		case "comma":
			s = np.family + ", " + np.given
		case "family":
			s = np.family
		}
	}
	switch style {
	case "lower":
		s = strings.ToLower(s)
	case "upper":
		s = strings.ToUpper(s)
	}
	v := value{kind: kName, text: s, loc: l.code, style: l.script}
	switch {
	case l.subFamily:
		v.subs = append(v.subs, strings.ToLower(np.family))
	case l.nospace:
		v.subs = append(v.subs, strings.ToLower(np.family+np.given))
		if len([]rune(np.given)) >= 2 {
			v.subs = append(v.subs, strings.ToLower(np.given))
		}
	default:
		for _, w := range strings.FieldsFunc(np.family, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' }) {
			lw := strings.ToLower(w)
			if particles[lw] || len([]rune(lw)) < 3 {
				continue
			}
			v.words = append(v.words, lw)
		}
		if len(v.words) == 0 {
			v.words = append(v.words, strings.ToLower(np.family))
		}
	}
	return b.put(v)
}

// ---- emails ----

var deaccent = strings.NewReplacer(
	"ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z",
	"á", "a", "ä", "a", "č", "c", "ď", "d", "é", "e", "í", "i", "ĺ", "l", "ľ", "l", "ň", "n", "ô", "o", "ŕ", "r", "š", "s", "ť", "t", "ú", "u", "ý", "y", "ž", "z",
	"đ", "d", "ö", "o", "å", "a", "ø", "o", "æ", "ae", "ė", "e", "į", "i", "ū", "u", "ų", "u", "ü", "u", "ß", "ss",
	"è", "e", "ê", "e", "ë", "e", "à", "a", "â", "a", "ç", "c", "î", "i", "ï", "i", "ò", "o", "ù", "u", "û", "u", "ã", "a", "õ", "o", "ñ", "n", "ì", "i",
	" ", "", "-", "", "'", "",
)

func asciiOK(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_') {
			return false
		}
	}
	return s != ""
}

func (b *builder) emailText() string {
	l := b.loc
	var g, f string
	np := b.nameParts()
	g = deaccent.Replace(strings.ToLower(np.given))
	f = deaccent.Replace(strings.ToLower(np.family))
	if !asciiOK(g) || !asciiOK(f) {
		g, f = pick(b, l.roman), pick(b, l.roman)
	}
	var local string
	switch b.intn(7) {
	case 0:
		local = g + "." + f
	case 1:
		local = g + f + b.digits(2)
	case 2:
		local = g[:1] + f + strconv.Itoa(1960+b.intn(47))
	case 3:
		local = f + "_" + g
	case 4:
		local = g + "." + f + b.digits(1+b.intn(3))
	case 5:
		local = f + g[:1] + b.digits(3)
	default:
		local = g + "_" + b.chars(lowers, 3) + b.digits(2)
	}
	dom := pick(b, l.domains)
	if b.chance(0.15) {
		dom = pick(b, []string{"gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.com"})
	}
	e := local + "@" + dom
	if b.chance(0.06) {
		e = strings.ToUpper(e[:1]) + e[1:]
	}
	return e
}

func (b *builder) email() string {
	e := b.emailText()
	v := value{kind: kEmail, text: e, loc: b.loc.code}
	return b.put(v)
}

// ---- phones ----

var nativeZero = map[string]rune{"arab": 0x660, "fa": 0x6F0, "ur": 0x6F0, "deva": 0x966, "beng": 0x9E6, "khmr": 0x17E0, "mymr": 0x1040, "fw": 0xFF10}

func nativeDigits(s string, zero rune) string {
	var sb strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			sb.WriteRune(zero + (r - '0'))
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func group(d string, sizes []int, sep string) string {
	var parts []string
	i := 0
	for _, n := range sizes {
		if i >= len(d) {
			break
		}
		j := i + n
		if j > len(d) {
			j = len(d)
		}
		parts = append(parts, d[i:j])
		i = j
	}
	if i < len(d) {
		parts = append(parts, d[i:])
	}
	return strings.Join(parts, sep)
}

var phoneStyles = []string{"national", "e164", "e164_spaced", "bracket_cc", "00", "compact", "dashed", "dotted", "national_spaced", "native"}

// phoneText returns a phone in one of the forms people type and its digits.
func (b *builder) phoneText(style string) (string, string) {
	l := b.loc
	nsn := pick(b, l.mobile) + ""
	for len(nsn) < l.nsn {
		nsn += string(rune('0' + b.intn(10)))
	}
	nat := l.trunk + nsn
	if style == "" {
		style = pick(b, phoneStyles)
	}
	if style == "native" && l.native == "" {
		style = "national_spaced"
	}
	var s string
	switch style {
	case "national":
		s = l.trunk + group(nsn, l.groups, " ")
		if l.paren {
			t := l.trunk
			if t != "" {
				t += " "
			}
			s = t + "(" + nsn[:l.groups[0]] + ") " + group(nsn[l.groups[0]:], l.groups[1:], "-")
		}
	case "e164":
		s = "+" + l.cc + nsn
	case "e164_spaced":
		s = "+" + l.cc + " " + group(nsn, l.groups, " ")
	case "bracket_cc":
		s = "(+" + l.cc + ") " + group(nsn, l.groups, " ")
	case "00":
		s = "00" + l.cc + " " + group(nsn, l.groups, " ")
	case "compact":
		s = nat
	case "dashed":
		s = l.trunk + group(nsn, l.groups, "-")
	case "dotted":
		s = l.trunk + group(nsn, l.groups, ".")
	case "national_spaced":
		s = l.trunk + group(nsn, l.groups, " ")
	case "native":
		s = nativeDigits(l.trunk+group(nsn, l.groups, " "), nativeZero[l.native])
	}
	return s, nsn
}

func (b *builder) phone(style string) string {
	s, nsn := b.phoneText(style)
	t := nsn
	if len(t) > 8 {
		t = t[len(t)-8:]
	}
	return b.put(value{kind: kPhone, text: s, loc: b.loc.code, tail: t, style: style})
}

// ---- addresses ----

var genericStreet = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`ul ul. ulica ulice aleja al. al aleje os. osiedle plac pl. nám. námestie ulitsa ulitsa ul trg ulica bul. bulevar bulevard булевард ул. улица ulice gata gatan vägen väg vej vei veien gade gaden alle allé tie katu kuja polku gatvė g. pr. prospektas str. straße strasse gasse weg platz ring rue avenue av. ave boulevard bd chemin place rua avenida travessa praça alameda calle av carrera calzada paseo camino street st st. road rd rd. drive dr lane ln crescent cres close terrace parade highway way avenue blvd extension ext brgy. barangay barabara mtaa road sarak sadak rasta marg nagar khiaban kh. kuche kucheh shari sharia شارع rehov רחוב sadak saint sainte san santa são st-laurent sankt sveti sv. via viale piazza vicolo corso lungolago jalan jln lorong lor. persiaran cmh. даңғылы көшесі даңғ көш. гудамж гудамжны дүүрэг jl. de la du des del das do dos da las los le les`) {
		genericStreet[strings.ToLower(w)] = true
	}
}

// address plants a full postal address in the locale's format. style:
// "" full, "line1" street and number only, "lower".
func (b *builder) address(style string) string {
	l := b.loc
	street := pick(b, l.streets)
	num := strconv.Itoa(1 + b.intn(180))
	if b.chance(0.2) && l.script == "latin" {
		num += pick(b, []string{"a", "b", "/2", "/14", "A", "-3"})
	}
	city := pick(b, l.cities)
	pc := b.pattern(l.postcode)
	block := strconv.Itoa(1+b.intn(9)) + "-" + strconv.Itoa(1+b.intn(30)) + "-" + strconv.Itoa(1+b.intn(20))
	v := value{kind: kAddress, loc: l.code, style: l.script}
	f := l.afmt
	if style == "line1" {
		f = l.line1
	}
	s := strings.NewReplacer("{S}", street, "{N}", num, "{C}", city, "{P}", pc, "{B}", block).Replace(f)
	if style == "lower" {
		s = strings.ToLower(s)
	}
	v.text = s
	if l.subStreet {
		core := street
		if l.streetCore != nil {
			core = l.streetCore(street)
		}
		v.subs = append(v.subs, strings.ToLower(core))
		if strings.Contains(f, "{B}") {
			v.subs = append(v.subs, block)
		}
	} else {
		for _, w := range strings.FieldsFunc(street, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' || r == '’' }) {
			lw := strings.ToLower(w)
			if genericStreet[lw] || len([]rune(lw)) < 3 || strings.ContainsAny(lw, "0123456789") {
				continue
			}
			v.words = append(v.words, lw)
		}
		if len(v.words) == 0 {
			for _, w := range strings.Fields(street) {
				if lw := strings.ToLower(w); !genericStreet[lw] && len([]rune(lw)) >= 2 {
					v.words = append(v.words, lw)
				}
			}
		}
	}
	return b.put(v)
}

// pattern fills a postcode pattern: 9 digit, A letter, anything else as is.
func (b *builder) pattern(p string) string {
	var sb strings.Builder
	for _, c := range p {
		switch c {
		case '9':
			sb.WriteByte(byte('0' + b.intn(10)))
		case 'A':
			sb.WriteByte(uppers[b.intn(26)])
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// ---- cards ----

type issuer struct {
	name    string
	prefix  []string
	lengths []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 13}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2320", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "644", "65"}, []int{16}},
	{"jcb", []string{"3528", "3540", "3566", "3589"}, []int{16}},
	{"diners", []string{"36", "300", "305", "38"}, []int{14}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"maestro", []string{"6759", "5018", "5020", "6304"}, []int{16, 19}},
	{"mir", []string{"2200", "2202", "2204"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
	{"elo", []string{"636368", "438935", "504175"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"verve", []string{"5061", "6500"}, []int{16, 19}},
	{"dankort", []string{"5019"}, []int{16}},
	{"hipercard", []string{"606282"}, []int{16}},
}

func luhnOK(d string) bool {
	sum := 0
	dbl := false
	for i := len(d) - 1; i >= 0; i-- {
		n := int(d[i] - '0')
		if dbl {
			n *= 2
			if n > 9 {
				n -= 9
			}
		}
		sum += n
		dbl = !dbl
	}
	return sum%10 == 0
}

func (b *builder) cardDigits() (string, string) {
	is := pick(b, issuers)
	p := pick(b, is.prefix)
	n := pick(b, is.lengths)
	d := p + b.digits(n-len(p)-1)
	for c := 0; c < 10; c++ {
		if luhnOK(d + string(rune('0'+c))) {
			d += string(rune('0' + c))
			break
		}
	}
	return d, is.name
}

// card plants a card number; style "" picks compact, spaced or dashed.
func (b *builder) card(style string) string {
	d, is := b.cardDigits()
	if style == "" {
		style = pick(b, []string{"compact", "spaced", "spaced", "dashed"})
	}
	s := d
	sizes := []int{4, 4, 4, 4, 3}
	if len(d) == 15 {
		sizes = []int{4, 6, 5}
	} else if len(d) == 14 {
		sizes = []int{4, 6, 4}
	}
	switch style {
	case "spaced":
		s = group(d, sizes, " ")
	case "dashed":
		s = group(d, sizes, "-")
	}
	return b.put(value{kind: kCard, text: s, style: is, tail: d[len(d)-8 : len(d)-3], loc: b.loc.code})
}

// ---- IBANs ----

type ibanSpec struct{ cc, bban string }

// bban patterns: n digit, a upper letter, c upper alnum (with count before).
var ibanSpecs = []ibanSpec{
	{"DE", "18n"}, {"FR", "10n11c2n"}, {"ES", "20n"}, {"IT", "1a10n12c"}, {"NL", "4a10n"}, {"BE", "12n"},
	{"AT", "16n"}, {"CH", "5n12c"}, {"PL", "24n"}, {"SK", "20n"}, {"HR", "17n"}, {"RS", "18n"},
	{"BG", "4a6n8c"}, {"FI", "14n"}, {"SE", "20n"}, {"NO", "11n"}, {"DK", "14n"}, {"LT", "16n"},
	{"PT", "21n"}, {"BR", "23n1a1c"}, {"SA", "2n18c"}, {"AE", "3n16n"}, {"IL", "19n"}, {"PK", "4a16c"},
	{"KZ", "3n13c"}, {"TR", "5n1n16c"}, {"EG", "25n"}, {"GB", "4a14n"}, {"IE", "4a14n"}, {"LU", "3n13c"},
	{"CZ", "20n"}, {"HU", "24n"}, {"RO", "4a16c"}, {"GR", "7n16c"},
}

var localIBAN = map[string][]string{"pl_PL": {"PL"}, "sk_SK": {"SK"}, "hr_HR": {"HR"}, "sr_RS": {"RS"}, "bg_BG": {"BG"}, "fi_FI": {"FI"}, "sv_SE": {"SE"}, "nb_NO": {"NO"}, "da_DK": {"DK"}, "lt_LT": {"LT"}, "de_AT": {"AT"}, "de_CH": {"CH"}, "it_CH": {"CH"}, "fr_BE": {"BE"}, "pt_BR": {"BR"}, "ur_PK": {"PK"}, "he_IL": {"IL"}, "kk_KZ": {"KZ"}, "ar_EG": {"EG"}}

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

func ibanValid(s string) bool {
	s = strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(s))
	if len(s) < 15 {
		return false
	}
	r := s[4:] + s[:4]
	rem := 0
	for _, c := range r {
		switch {
		case c >= '0' && c <= '9':
			rem = (rem*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			rem = (rem*100 + int(c-'A') + 10) % 97
		default:
			return false
		}
	}
	return rem == 1
}

func (b *builder) ibanCompact() (string, string) {
	var sp ibanSpec
	if cs, ok := localIBAN[b.loc.code]; ok && b.chance(0.6) {
		c := pick(b, cs)
		for _, s := range ibanSpecs {
			if s.cc == c {
				sp = s
			}
		}
	} else {
		sp = pick(b, ibanSpecs)
	}
	var sb strings.Builder
	p := sp.bban
	for len(p) > 0 {
		i := 0
		for p[i] >= '0' && p[i] <= '9' {
			i++
		}
		n, _ := strconv.Atoi(p[:i])
		switch p[i] {
		case 'n':
			sb.WriteString(b.digits(n))
		case 'a':
			sb.WriteString(b.chars(uppers, n))
		case 'c':
			sb.WriteString(b.chars(upalnu, n))
		}
		p = p[i+1:]
	}
	bban := sb.String()
	return sp.cc + ibanCheck(sp.cc, bban) + bban, sp.cc
}

func (b *builder) iban(style string) string {
	c, cc := b.ibanCompact()
	if style == "" {
		style = pick(b, []string{"compact", "compact", "spaced"})
	}
	s := c
	if style == "spaced" {
		s = group(c, []int{4, 4, 4, 4, 4, 4, 4, 4}, " ")
	}
	return b.put(value{kind: kIBAN, text: s, style: cc, tail: c[len(c)-10:], loc: b.loc.code})
}

// ---- Chinese resident ids ----

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "330106", "510107", "420106", "320102", "370202", "610113", "500103", "120101", "350203", "430104", "210102", "230103", "530102", "410105", "340104", "360102", "450103", "520102", "130102", "140105", "150102", "220102", "460105", "620102"}

func cnCheck(d17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(d17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func cnValid(s string) bool {
	if len(s) != 18 {
		return false
	}
	for i := 0; i < 17; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	ok := false
	for _, r := range cnRegions {
		ok = ok || r == s[:6]
	}
	y, _ := strconv.Atoi(s[6:10])
	m, _ := strconv.Atoi(s[10:12])
	d, _ := strconv.Atoi(s[12:14])
	return ok && y >= 1940 && y <= 2010 && m >= 1 && m <= 12 && d >= 1 && d <= 28 && cnCheck(s[:17]) == strings.ToUpper(s[17:])[0]
}

func (b *builder) cnidText(wantX bool) string {
	for {
		d := pick(b, cnRegions) + fmt.Sprintf("%04d%02d%02d", 1950+b.intn(57), 1+b.intn(12), 1+b.intn(28)) + b.digits(3)
		c := cnCheck(d)
		if wantX && c != 'X' {
			continue
		}
		return d + string(c)
	}
}

func (b *builder) cnid() string {
	s := b.cnidText(b.chance(0.12))
	if s[17] == 'X' && b.chance(0.3) {
		s = s[:17] + "x"
	}
	return b.put(value{kind: kCNID, text: s, tail: strings.ToUpper(s[6:]), loc: b.loc.code})
}

// ---- credentials ----

// credStyles name the credentials the corpus writes.
var credStyles = []string{
	"openai_key", "anthropic_key", "google_api_key", "hf_token", "groq_key", "pinecone_key", "qdrant_key",
	"elastic_apikey", "algolia_admin", "db_url_password", "pgpassword", "k8s_secret_b64", "k8s_secret_plain",
	"tf_sensitive", "aws_secret", "aws_access_key_id", "gcp_private_key_id", "oauth_client_secret", "refresh_token",
	"jwt", "bearer", "basic", "webhook_secret", "session_cookie", "otp", "recovery_code", "airflow_conn",
	"dbt_password", "chat_password", "slack_token", "github_pat", "stripe_key", "kafka_sasl", "datadog_key",
	"snowflake_password", "gcp_private_key",
}

func (b *builder) password() string {
	switch b.intn(4) {
	case 0:
		return b.mixed(alnum, 12+b.intn(8))
	case 1:
		w := pick(b, []string{"Lato", "Kavi", "Sunce", "Orel", "Tiger", "Morze", "Fjord", "Sakura", "Nube", "Vento", "Koala", "Mango"})
		return w + b.digits(2+b.intn(3)) + pick(b, []string{"!", "#", "$", "%", "*", "?"}) + b.chars(uppers, 2)
	case 2:
		return b.mixed(alnum, 6) + pick(b, []string{"-", "_", "."}) + b.mixed(alnum, 8)
	default:
		return b.chars(uppers, 1) + b.chars(lowers, 5) + b.digits(4) + pick(b, []string{"!", "@", "#", "^"})
	}
}

// credText returns a credential's secret of the given style.
func (b *builder) credText(style string) string {
	switch style {
	case "openai_key":
		return "sk-proj-" + b.mixed(b64url, 48+b.intn(40))
	case "anthropic_key":
		return "sk-ant-api03-" + b.mixed(b64url, 86) + "AA"
	case "google_api_key":
		return "AIza" + b.mixed(b64url, 35)
	case "hf_token":
		return "hf_" + b.mixed(alnum[:52]+"0123456789", 34)
	case "groq_key":
		return "gsk_" + b.mixed(alnum, 52)
	case "pinecone_key":
		return "pcsk_" + b.mixed(alnum, 6) + "_" + b.mixed(alnum, 60)
	case "qdrant_key", "datadog_key":
		return b.mixed(hexdig, 32)
	case "elastic_apikey":
		return base64.StdEncoding.EncodeToString([]byte(b.mixed(alnum, 20) + ":" + b.mixed(b64url, 22)))
	case "algolia_admin":
		return b.mixed(hexdig, 32)
	case "aws_secret":
		return b.mixed(alnum+"+/", 40)
	case "aws_access_key_id":
		return "AKIA" + b.mixed(upalnu, 16)
	case "gcp_private_key_id":
		return b.mixed(hexdig, 40)
	case "oauth_client_secret":
		return "GOCSPX-" + b.mixed(b64url, 28)
	case "refresh_token":
		return "1//0" + b.mixed(b64url, 96)
	case "jwt":
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"%s"}`, b.mixed(lowalnu, 12), 1760000000+b.intn(9000000), pick(b, []string{"orders:read", "chat", "admin", "cdp:write"}))))
		return h + "." + p + "." + b.mixed(b64url, 43)
	case "bearer":
		return b.mixed(b64url, 40+b.intn(24))
	case "basic":
		return base64.StdEncoding.EncodeToString([]byte(pick(b, []string{"etl", "svc-search", "airflow", "reporting", "cdp-sync", "admin"}) + ":" + b.password()))
	case "webhook_secret":
		return "whsec_" + b.mixed(alnum, 32)
	case "session_cookie":
		return b.mixed(alnum, 64)
	case "gcp_private_key":
		return "MII" + b.mixed(b64set, 61)
	case "kafka_sasl", "k8s_secret_plain":
		return b.password()
	case "k8s_secret_b64":
		return b64(b.password())
	case "otp":
		return b.digits(6)
	case "recovery_code":
		return b.chars(lowalnu, 5) + "-" + b.chars(lowalnu, 5)
	case "slack_token":
		return "xoxb-" + b.digits(12) + "-" + b.digits(13) + "-" + b.mixed(alnum, 24)
	case "github_pat":
		return "ghp_" + b.mixed(alnum, 36)
	case "stripe_key":
		return pick(b, []string{"sk_live_", "rk_live_"}) + b.mixed(alnum, 48)
	default: // passwords of every kind
		return b.password()
	}
}

func (b *builder) cred(style string) string {
	s := b.credText(style)
	v := value{kind: kCred, text: s, style: style, loc: b.loc.code}
	if style == "otp" {
		v.code = true
	}
	return b.put(v)
}

// otp for the k8s "decoded and base64" pair
func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
