package twentyfirsteval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// check modes: how a value's part is looked for in the judged output.
const (
	mSub     = iota // case-folded substring
	mExact          // exact substring
	mWord           // case-folded word, not inside an e-mail address or identifier
	mDigits         // digits inside one run of digits and separators
	mCompact        // substring once spaces and dashes are removed, upper case
	mNum            // a number of its own
)

type check struct {
	mode uint8
	s    string
}

type value struct {
	kind, style, text string
	checks            []check
}

type look struct{ typ, text string }

type line struct {
	ctx, tmpl, form, loc string
	ndjson               bool
	text                 string
	vals                 []value
	looks                []look
}

// B builds one line. It is run twice from the same random state: once
// writing values, once writing placeholders in their place.
type B struct {
	r     *rand.Rand
	ph    bool
	loc   *locale
	vals  []value
	looks []look
	n     int
}

func (b *B) intn(n int) int          { return b.r.IntN(n) }
func (b *B) chance(p float64) bool   { return b.r.Float64() < p }
func (b *B) pick(xs []string) string { return xs[b.r.IntN(len(xs))] }
func (b *B) pickS(s string) string   { return b.pick(f(s)) }
func (b *B) between(lo, hi int) int  { return lo + b.r.IntN(hi-lo+1) }
func (b *B) digits(n int) string     { return b.from("0123456789", n) }
func (b *B) hex(n int) string        { return b.from("0123456789abcdef", n) }
func (b *B) HEX(n int) string        { return b.from("0123456789ABCDEF", n) }
func (b *B) alnum(n int) string {
	return b.from("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n)
}
func (b *B) lower(n int) string    { return b.from("abcdefghijklmnopqrstuvwxyz", n) }
func (b *B) upper(n int) string    { return b.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ", n) }
func (b *B) lowalnum(n int) string { return b.from("abcdefghijklmnopqrstuvwxyz0123456789", n) }
func (b *B) upalnum(n int) string  { return b.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", n) }
func (b *B) from(set string, n int) string {
	rs := []rune(set)
	out := make([]rune, n)
	for i := range out {
		out[i] = rs[b.r.IntN(len(rs))]
	}
	return string(out)
}
func (b *B) nzdigits(n int) string { return b.from("123456789", 1) + b.digits(n-1) }

// val records a value and returns it, or its placeholder.
func (b *B) val(kind, style, text string, checks []check) string {
	b.n++
	b.vals = append(b.vals, value{kind: kind, style: style, text: text, checks: checks})
	if b.ph {
		return "VALUE" + strconv.Itoa(b.n)
	}
	return text
}

// lk records a look-alike and returns it.
func (b *B) lk(typ, text string) string {
	b.looks = append(b.looks, look{typ, text})
	return text
}

// ---- names ----

var particles = map[string]bool{"van": true, "der": true, "de": true, "du": true, "le": true, "la": true, "von": true, "bin": true, "binti": true, "da": true, "dos": true, "das": true, "del": true, "el": true, "al": true, "te": true, "mc": true, "o": true}

func letters(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

type person struct {
	given, family, full string
	checks              []check
	latin               bool
}

var viMiddle = f("Văn Thị Minh Ngọc Hữu Thanh Đức Quốc")

func (b *B) person(l *locale) person {
	g, fam := b.pick(l.given), b.pick(l.family)
	p := person{given: g, family: fam, latin: l.script == "latin"}
	switch l.order {
	case "gf":
		p.full = g + " " + fam
	case "fg":
		p.full = fam + " " + g
	case "cjk":
		p.full = fam + g
	case "vi":
		p.full = fam + " " + b.pick(viMiddle) + " " + g
	}
	switch {
	case l.order == "cjk":
		p.checks = append(p.checks, check{mSub, strings.ToLower(p.full)})
		if utf8.RuneCountInString(g) >= 2 {
			p.checks = append(p.checks, check{mSub, strings.ToLower(g)})
		}
	case l.script == "thai":
		p.checks = append(p.checks, check{mSub, fam})
	default:
		for _, w := range strings.Fields(fam) {
			if particles[strings.ToLower(w)] || letters(w) < 3 {
				continue
			}
			p.checks = append(p.checks, check{mWord, strings.ToLower(w)})
		}
		if l.order == "vi" {
			p.checks = append(p.checks, check{mWord, strings.ToLower(g)})
		}
	}
	return p
}

// nameVal writes a person's name in one of the shapes systems print.
func (b *B) nameVal(p person, style string) string {
	s := p.full
	switch style {
	case "upper":
		if p.latin && strings.ToLower(strings.ToUpper(s)) == strings.ToLower(s) {
			s = strings.ToUpper(s)
		}
	case "comma":
		if p.latin && !strings.Contains(p.full, p.family+p.given) {
			s = p.family + ", " + p.given
		}
	case "emv":
		if p.latin && strings.ToLower(strings.ToUpper(s)) == strings.ToLower(s) {
			s = strings.ToUpper(p.family + "/" + p.given)
		}
	case "initial":
		if p.latin {
			r, _ := utf8.DecodeRuneInString(p.given)
			s = string(r) + ". " + p.family
		}
	}
	if len(p.checks) == 0 {
		p.checks = []check{{mSub, strings.ToLower(s)}}
	}
	return b.val("name", style, s, p.checks)
}

// namePart writes a part of a person's name (a given name in its own field,
// a family name alone): a value when the judge reads it as distinctive.
func (b *B) namePart(p person, s string) string {
	fs := forms(s)
	var cs []check
	for _, c := range p.checks {
		if c.in(fs[0]) {
			cs = append(cs, c)
		}
	}
	if len(cs) == 0 {
		return s
	}
	return b.val("name", "part", s, cs)
}

func (b *B) name(style string) string { return b.nameVal(b.person(b.loc), style) }

// ---- e-mail ----

var fold = strings.NewReplacer("ă", "a", "â", "a", "î", "i", "ș", "s", "ț", "t", "á", "a", "é", "e", "í", "i", "ó", "o", "ö", "o", "ő", "o", "ú", "u", "ü", "u", "ű", "u",
	"č", "c", "ď", "d", "ě", "e", "ň", "n", "ř", "r", "š", "s", "ť", "t", "ů", "u", "ý", "y", "ž", "z", "ç", "c", "ğ", "g", "ı", "i", "ş", "s", "õ", "o", "ä", "a",
	"ā", "a", "ē", "e", "ģ", "g", "ī", "i", "ķ", "k", "ļ", "l", "ņ", "n", "ū", "u", "ð", "d", "þ", "th", "æ", "ae", "ã", "a", "ê", "e", "ô", "o", "ñ", "n", "à", "a",
	"è", "e", "ì", "i", "ò", "o", "ù", "u", "ə", "e", "'", "", "ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ẩ", "a", "ậ", "a", "ắ", "a", "ằ", "a", "ặ", "a", "đ", "d",
	"ẹ", "e", "ế", "e", "ề", "e", "ể", "e", "ệ", "e", "ị", "i", "ọ", "o", "ố", "o", "ồ", "o", "ổ", "o", "ộ", "o", "ơ", "o", "ớ", "o", "ờ", "o", "ở", "o", "ợ", "o",
	"ụ", "u", "ủ", "u", "ư", "u", "ứ", "u", "ừ", "u", "ử", "u", "ữ", "u", "ự", "u", "ỳ", "y", "ỹ", "y", "ỷ", "y", "ṣ", "s", "ẹ́", "e", "ọ̀", "o", "ß", "ss", "İ", "i", "Ş", "s", "Ç", "c", "Ö", "o", "Ü", "u", "Á", "a", "É", "e", "Ó", "o", "Ú", "u", "Ž", "z", "Š", "s", "Č", "c", "Ā", "a", "Ē", "e", "Ī", "i", "Þ", "th", "Ð", "d", "Ə", "e")

func asciiOnly(s string) string {
	s = strings.ToLower(fold.Replace(s))
	var o strings.Builder
	for _, r := range s {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			o.WriteRune(r)
		}
	}
	return o.String()
}

var handles = f("nino tamo shop buyer maka gio sun star kiwi mango lotus tiger happy river sky pixel")

func (b *B) emailText(p person) string {
	var local string
	g, fm := asciiOnly(p.given), asciiOnly(p.family)
	if g == "" || fm == "" || len(g)+len(fm) < 4 {
		g, fm = b.pick(handles), b.lower(b.between(2, 5))
	}
	switch b.intn(6) {
	case 0:
		local = g + "." + fm
	case 1:
		local = g + fm + b.digits(2)
	case 2:
		local = string(g[0]) + fm + strconv.Itoa(b.between(1960, 2004))
	case 3:
		local = fm + "_" + g
	case 4:
		local = g + "." + fm + "+shop"
	default:
		local = fm + "." + g + b.digits(b.between(1, 3))
	}
	return local + "@" + b.pick(b.loc.domains)
}

func emailChecks(addr string) []check {
	cs := []check{{mSub, strings.ToLower(addr)}}
	local := addr[:strings.IndexByte(addr, '@')]
	plain := true
	for _, r := range local {
		if !unicode.IsLetter(r) {
			plain = false
		}
	}
	if len(local) >= 6 && !plain {
		cs = append(cs, check{mSub, strings.ToLower(local)})
	}
	return cs
}

func (b *B) emailOf(p person) string {
	a := b.emailText(p)
	if b.chance(0.08) {
		a = strings.ToUpper(a[:1]) + a[1:]
	}
	return b.val("email", "", a, emailChecks(a))
}

func (b *B) email() string { return b.emailOf(b.person(b.loc)) }

// ---- phones ----

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

func (b *B) nsn(l *locale) string {
	p := b.pick(l.mob)
	return p + b.digits(l.nsn-len(p))
}

var phoneStyles = strings.Fields("e164 intl_spaced intl_dashed national_spaced national_dashed national_dotted national_compact intl_00 cc_bracket trunk_bracket tel_uri sip_uri native cc_nospace")

func nativeDigits(s string, zero rune) string {
	var o strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			o.WriteRune(zero + (r - '0'))
		} else {
			o.WriteRune(r)
		}
	}
	return o.String()
}

func (b *B) phoneText(l *locale, style string) string {
	n := b.nsn(l)
	natl := l.trunk + n
	switch style {
	case "e164":
		return "+" + l.cc + n
	case "intl_spaced":
		return "+" + l.cc + " " + group(n, l.intl, " ")
	case "intl_dashed":
		return "+" + l.cc + "-" + group(n, l.intl, "-")
	case "national_spaced":
		return group(natl, l.nat, " ")
	case "national_dashed":
		return group(natl, l.nat, "-")
	case "national_dotted":
		return group(natl, l.nat, ".")
	case "national_compact":
		return natl
	case "intl_00":
		return "00" + l.cc + " " + group(n, l.intl, " ")
	case "cc_bracket":
		return "(+" + l.cc + ") " + group(n, l.intl, " ")
	case "trunk_bracket":
		if l.trunk == "0" {
			return "+" + l.cc + " (0) " + group(n, l.intl, " ")
		}
		return "+" + l.cc + " " + group(n, l.intl, " ")
	case "tel_uri":
		return "tel:+" + l.cc + n
	case "sip_uri":
		return "sip:+" + l.cc + n + "@" + b.pickS("sbc.voip-carrier.net pbx.shop-ops.local gw1.sipgate.de trunk.twilio.com")
	case "native":
		if l.zero != 0 {
			return nativeDigits(group(natl, l.nat, " "), l.zero)
		}
		return group(natl, l.nat, " ")
	case "cc_nospace":
		return l.cc + n
	}
	return "+" + l.cc + n
}

func phoneChecks(text string, zero rune) []check {
	if k := strings.IndexByte(text, '@'); k >= 0 {
		text = text[:k]
	}
	d := digitsOf(foldDigits(text))
	if len(d) > 8 {
		d = d[len(d)-8:]
	}
	return []check{{mDigits, d}}
}

func digitsOf(s string) string {
	var o strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			o.WriteByte(s[i])
		}
	}
	return o.String()
}

func (b *B) phoneStyle(style string) string {
	if style == "" {
		style = b.pick(phoneStyles)
	}
	t := b.phoneText(b.loc, style)
	return b.val("phone", style, t, phoneChecks(t, b.loc.zero))
}

func (b *B) phone() string { return b.phoneStyle("") }

// ---- addresses ----

var genericStreet = map[string]bool{"street": true, "road": true, "rua": true, "avenida": true, "travessa": true, "mawatha": true, "jalan": true, "main": true, "ko'chasi": true}

type address struct {
	street, number, postcode, city, full string
	checks                               []check
}

func (b *B) postcode(l *locale) string {
	var o strings.Builder
	for _, r := range l.post {
		switch r {
		case '9':
			o.WriteString(b.digits(1))
		case 'A':
			o.WriteString(b.upper(1))
		default:
			o.WriteRune(r)
		}
	}
	return o.String()
}

func (b *B) address(l *locale) address {
	a := address{street: b.pick(l.streets), city: b.pick(l.cities), postcode: b.postcode(l)}
	a.number = strconv.Itoa(b.between(1, 240))
	if l.code == "ja_JP" {
		a.number = fmt.Sprintf("%d-%d-%d", b.between(1, 5), b.between(1, 30), b.between(1, 20))
	}
	tpl := b.pick(l.addr)
	a.full = strings.NewReplacer("{S}", a.street, "{N}", a.number, "{P}", a.postcode, "{C}", a.city).Replace(tpl)
	switch l.script {
	case "cjk", "thai":
		if l.code == "ko_KR" {
			a.checks = append(a.checks, check{mWord, a.street})
		} else {
			a.checks = append(a.checks, check{mSub, a.street})
		}
		if l.code == "ja_JP" {
			a.checks = append(a.checks, check{mSub, a.number})
		}
	default:
		for _, w := range strings.FieldsFunc(a.street, func(r rune) bool { return r == ' ' || r == '-' }) {
			lw := strings.ToLower(w)
			if particles[lw] || genericStreet[lw] || letters(w) < 3 {
				continue
			}
			a.checks = append(a.checks, check{mWord, lw})
		}
	}
	if len(a.checks) == 0 {
		a.checks = []check{{mSub, strings.ToLower(a.street)}}
	}
	return a
}

func (b *B) addrVal(a address, style string) string {
	s := a.full
	if style == "street" {
		s = strings.SplitN(a.full, ",", 2)[0]
		if !strings.Contains(s, a.street) {
			s = a.full
		}
	}
	return b.val("address", style, s, a.checks)
}

func (b *B) addr() string { return b.addrVal(b.address(b.loc), "") }

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", f("4"), []int{16}},
	{"mastercard", f("51 52 53 54 55 2221 2299 2345 2720"), []int{16}},
	{"amex", f("34 37"), []int{15}},
	{"discover", f("6011 644 645 649 65"), []int{16}},
	{"jcb", f("3528 3530 3562 3589"), []int{16}},
	{"diners", f("36 300 305"), []int{14}},
	{"unionpay", f("6212 6228 6258"), []int{16, 19}},
	{"maestro", f("6759 5018 5020 6304"), []int{16}},
	{"mir", f("2200 2201 2202 2204"), []int{16}},
	{"rupay", f("6521 6522"), []int{16}},
	{"troy", f("9792"), []int{16}},
	{"elo", f("636368 504175"), []int{16}},
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

func luhnOK(s string) bool { return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1] }

func (b *B) pan() (string, string) {
	is := issuers[b.intn(len(issuers))]
	p := b.pick(is.prefixes)
	n := is.lengths[b.intn(len(is.lengths))]
	body := p + b.digits(n-1-len(p))
	return body + string(luhnDigit(body)), is.name
}

func cardChecks(pan string) []check {
	return []check{{mDigits, pan[len(pan)-8 : len(pan)-3]}}
}

func (b *B) cardStyle(style string) string {
	pan, is := b.pan()
	t := pan
	switch style {
	case "spaced":
		if len(pan) == 15 {
			t = pan[:4] + " " + pan[4:10] + " " + pan[10:]
		} else {
			t = group(pan, []int{4, 4, 4, 4, 4}, " ")
		}
	case "dashed":
		t = group(pan, []int{4, 4, 4, 4, 4}, "-")
	case "emv5a":
		t = pan
		if len(t)%2 == 1 {
			t += "F"
		}
	case "track2":
		t = pan + "D" + fmt.Sprintf("%02d%02d", b.between(27, 31), b.between(1, 12)) + b.pickS("101 201 221 120") + b.digits(b.between(8, 13))
		if len(t)%2 == 1 {
			t += "F"
		}
	}
	return b.val("card", is, t, cardChecks(pan))
}

func (b *B) card() string {
	return b.cardStyle(b.pickS("compact compact spaced dashed"))
}

// ---- IBAN ----

var ibanSpecs = map[string]string{
	"AT": "16n", "BE": "12n", "CH": "17n", "CZ": "20n", "DE": "18n", "DK": "14n", "EE": "16n", "ES": "20n", "FI": "14n", "FR": "23n",
	"GB": "4a14n", "GR": "23n", "HU": "24n", "IE": "4a14n", "IS": "22n", "IT": "1a22n", "LT": "16n", "LU": "16n", "LV": "4a13n", "NL": "4a10n",
	"NO": "11n", "PL": "24n", "PT": "21n", "RO": "4a16n", "SE": "20n", "SI": "15n", "SK": "20n", "TR": "22n", "SA": "20n", "AE": "19n",
	"AZ": "4a20n", "GE": "2a16n", "UA": "25n", "MA": "24n", "KZ": "16n", "HR": "17n", "BG": "4a14n",
}
var ibanBanks = map[string]string{"GB": "NWBK BARC HBUK LOYD", "IE": "AIBK BOFI ULSB", "LV": "HABA PARX UNLA", "NL": "ABNA INGB RABO TRIO", "RO": "BTRL RNCB BRDE INGB",
	"AZ": "NABZ AIIB PAHA", "GE": "TB BG", "BG": "BNBG UNCR STSA", "IT": "X A K"}

var ibanCountries []string

func init() {
	for c := range ibanSpecs {
		ibanCountries = append(ibanCountries, c)
	}
	sortStrings(ibanCountries)
}

func mod97(s string) int {
	m := 0
	for _, r := range s {
		var v int
		if r >= '0' && r <= '9' {
			v = int(r - '0')
			m = (m*10 + v) % 97
		} else {
			v = int(r-'A') + 10
			m = (m*100 + v) % 97
		}
	}
	return m
}

func ibanOK(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return len(s) > 4 && mod97(s[4:]+s[:4]) == 1
}

func (b *B) ibanText(cc string) string {
	spec := ibanSpecs[cc]
	var bban strings.Builder
	num := 0
	for _, r := range spec {
		switch {
		case r >= '0' && r <= '9':
			num = num*10 + int(r-'0')
		case r == 'a':
			if bk, ok := ibanBanks[cc]; ok && num <= 4 {
				bk := b.pickS(bk)
				for len(bk) < num {
					bk += b.upper(1)
				}
				bban.WriteString(bk[:num])
			} else {
				bban.WriteString(b.upper(num))
			}
			num = 0
		case r == 'n':
			bban.WriteString(b.digits(num))
			num = 0
		}
	}
	bb := bban.String()
	chk := 98 - mod97(bb+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, bb)
}

func (b *B) ibanStyle(cc, style string) string {
	if cc == "" {
		if b.loc.iban != "" && b.chance(0.4) {
			cc = b.loc.iban
		} else {
			cc = b.pick(ibanCountries)
		}
	}
	ib := b.ibanText(cc)
	t := ib
	if style == "" {
		style = b.pickS("compact grouped")
	}
	if style == "grouped" {
		t = group(ib, []int{4, 4, 4, 4, 4, 4, 4, 4, 4}, " ")
	}
	return b.val("iban", cc, t, []check{{mCompact, ib[len(ib)-10:]}})
}

func (b *B) iban() string { return b.ibanStyle("", "") }

// ---- Chinese resident ids ----

var cnRegions = f("110101 110105 110108 120101 130102 140105 210102 220102 230103 310101 310104 310115 320102 320506 330106 330203 340104 350203 360102 370102 410105 420106 430104 440106 440305 440606 450103 460106 500103 510107 520102 530102 610113 620102 630104 640104 650102")

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func (b *B) cnidText() string {
	wantX := b.chance(0.15)
	for {
		s := b.pick(cnRegions) + fmt.Sprintf("%04d%02d%02d", b.between(1955, 2004), b.between(1, 12), b.between(1, 28)) + b.digits(3)
		c := cnCheck(s)
		if wantX && c != 'X' {
			continue
		}
		return s + string(c)
	}
}

func (b *B) cnid() string {
	t := b.cnidText()
	return b.val("cn_id", "", t, []check{{mCompact, t[6:]}})
}

// ---- credentials ----

func credChecks(s string) []check {
	allDigits := s != ""
	for _, r := range s {
		if r < '0' || r > '9' {
			allDigits = false
		}
	}
	if allDigits {
		return []check{{mNum, s}}
	}
	if len(s) >= 24 {
		return []check{{mExact, s[len(s)/2:]}}
	}
	return []check{{mExact, s}}
}

func (b *B) cred(style, s string) string { return b.val("credential", style, s, credChecks(s)) }

var pwWords = f("Winter Summer Lantern Harbor Falcon Granite Meadow Copper Orchid Tundra Velvet Comet Maple Saffron Cobalt Juniper Marble Ember Kestrel Paprika")

func (b *B) password() string {
	switch b.intn(4) {
	case 0:
		return b.pick(pwWords) + strconv.Itoa(b.between(1970, 2026)) + b.pickS("! # $ * ?")
	case 1:
		return b.from("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#%&*+", b.between(12, 20))
	case 2:
		return b.pick(pwWords) + "-" + strings.ToLower(b.pick(pwWords)) + "-" + b.digits(2)
	default:
		return b.alnum(b.between(10, 16)) + b.pickP("@|!|%|_")
	}
}

func (b *B) b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

func (b *B) jwt() string {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT","kid":"` + b.hex(8) + `"}`))
	p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iss":"https://idp.shop-ops.net","aud":"erp-gateway","exp":%d,"scope":"orders:read"}`, b.hex(12), 1790000000+b.intn(9000000))))
	return h + "." + p + "." + b.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 86)
}

func (b *B) otp(n int) string { return b.nzdigits(n) }

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// ---- JSON helpers ----

type raw string

// obj writes a JSON object from key, value pairs; a raw value is written as is.
func obj(kv ...any) string {
	var o []byte
	o = append(o, '{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			o = append(o, ',')
		}
		o = event.AppendString(o, kv[i].(string))
		o = append(o, ':')
		switch v := kv[i+1].(type) {
		case raw:
			o = append(o, v...)
		case string:
			o = event.AppendString(o, v)
		case int:
			o = strconv.AppendInt(o, int64(v), 10)
		}
	}
	return string(append(o, '}'))
}

func jstr(s string) string { return string(event.AppendString(nil, s)) }
