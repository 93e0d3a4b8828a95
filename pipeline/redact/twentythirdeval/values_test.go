package twentythirdeval

import (
	"encoding/base64"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"unicode"
)

// Kinds of PII the corpus holds.
const (
	kName       = "name"
	kEmail      = "email"
	kPhone      = "phone"
	kAddress    = "address"
	kCard       = "card"
	kIBAN       = "iban"
	kCNID       = "cn_id"
	kCredential = "credential"
)

var allKinds = []string{kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCredential}

// value is one PII value written into a line.
type value struct {
	kind, text string
	parts      []string // name and address: distinctive words, lower case
	substr     []string // judged as substrings (Chinese, Thai)
	style      string   // issuer, IBAN country, credential style
	loc        string
}

// look is a look-alike that must survive.
type look struct {
	typ, text string
}

// B builds one line; it is run twice from the same random state, once with
// values and once with placeholders.
type B struct {
	r      *rand.Rand
	ph     bool
	vals   []value
	looks  []look
	L      *locale
	person *person
}

type person struct {
	given, family, latG, latF string
	gi, fi                    int
}

func (b *B) n(k int) int         { return b.r.Intn(k) }
func (b *B) p(f float64) bool    { return b.r.Float64() < f }
func pick[T any](b *B, xs []T) T { return xs[b.r.Intn(len(xs))] }

func (b *B) placeholder() string {
	i := len(b.vals)
	return "QZXV" + string(rune('a'+i%26)) + string(rune('a'+(i/26)%26)) + "QZ"
}

// put records a value and returns its text or a placeholder.
func (b *B) put(v value) string {
	v.loc = b.L.code
	ph := b.placeholder()
	b.vals = append(b.vals, v)
	if b.ph {
		return ph
	}
	return v.text
}

// K records a look-alike; one shorter than three characters is written but
// not judged.
func (b *B) K(typ, text string) string {
	if len(text) >= 3 {
		b.looks = append(b.looks, look{typ, text})
	} else {
		b.looks = append(b.looks, look{"", text})
	}
	return text
}

// U takes back the look-alike just recorded, for a value the line writes
// only in part.
func (b *B) U(s string) string {
	b.looks = b.looks[:len(b.looks)-1]
	return s
}

func under(s string) string { return strings.ReplaceAll(s, "_", " ") }

// who picks this line's buyer.
func (b *B) who() *person {
	if b.person != nil {
		return b.person
	}
	L := b.L
	gi, fi := b.n(len(L.given)), b.n(len(L.family))
	p := &person{given: under(L.given[gi]), family: under(L.family[fi]), gi: gi, fi: fi}
	p.latG, p.latF = latin(L.latGiven, L.given, gi), latin(L.latFamily, L.family, fi)
	b.person = p
	return p
}

// other starts a new buyer for the rest of the line.
func (b *B) other() { b.person = nil }

func latin(lat, nat []string, i int) string {
	var s string
	if lat != nil && i < len(lat) {
		s = lat[i]
	} else {
		s = nat[i]
	}
	s = strings.ToLower(under(s))
	var o strings.Builder
	for _, r := range s {
		switch {
		case r >= 'a' && r <= 'z':
			o.WriteRune(r)
		case r == ' ' || r == '-':
		default:
			if f, ok := fold[r]; ok {
				o.WriteString(f)
			}
		}
	}
	if o.Len() == 0 {
		return "user"
	}
	return o.String()
}

var fold = map[rune]string{'á': "a", 'à': "a", 'â': "a", 'ä': "a", 'ã': "a", 'å': "a", 'ā': "a", 'ą': "a", 'ă': "a", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e", 'ē': "e", 'ę': "e", 'ė': "e", 'í': "i", 'ì': "i", 'î': "i", 'ï': "i", 'ī': "i", 'į': "i", 'ı': "i", 'ó': "o", 'ò': "o", 'ô': "o", 'ö': "o", 'õ': "o", 'ő': "o", 'ú': "u", 'ù': "u", 'û': "u", 'ü': "u", 'ū': "u", 'ų': "u", 'ű': "u", 'ç': "c", 'č': "c", 'ć': "c", 'š': "s", 'ş': "s", 'ș': "s", 'ž': "z", 'ż': "z", 'ř': "r", 'ň': "n", 'ñ': "n", 'ņ': "n", 'ď': "d", 'đ': "d", 'ť': "t", 'ț': "t", 'ğ': "g", 'ġ': "g", 'ģ': "g", 'ķ': "k", 'ļ': "l", 'ł': "l", 'ý': "y", 'ə': "a", 'ħ': "h", 'ð': "d", 'þ': "th", 'æ': "ae", 'ø': "o", 'ơ': "o", 'ư': "u", 'ạ': "a", 'ả': "a", 'ấ': "a", 'ầ': "a", 'ậ': "a", 'ắ': "a", 'ằ': "a", 'ễ': "e", 'ệ': "e", 'ế': "e", 'ề': "e", 'ọ': "o", 'ỏ': "o", 'ố': "o", 'ồ': "o", 'ộ': "o", 'ớ': "o", 'ờ': "o", 'ợ': "o", 'ụ': "u", 'ủ': "u", 'ứ': "u", 'ừ': "u", 'ự': "u", 'ị': "i", 'ỉ': "i", 'ỹ': "y", 'ỳ': "y", 'ẹ': "e", 'ẻ': "e", 'ṣ': "s"}

// nameParts gives the distinctive parts of a name.
func (b *B) nameParts(p *person) (parts, sub []string) {
	L := b.L
	switch {
	case L.nospace:
		sub = append(sub, p.family+p.given)
		if len([]rune(p.given)) >= 2 {
			sub = append(sub, p.given)
		}
		return nil, sub
	case L.substr:
		sub = append(sub, p.family)
	}
	for _, w := range strings.FieldsFunc(p.family, func(r rune) bool { return r == ' ' || r == '-' || r == '\'' }) {
		lw := lowerFold(w)
		if particles[lw] || letterCount(w) < 3 {
			continue
		}
		if !L.substr {
			parts = append(parts, lw)
		}
	}
	if L.viet {
		parts = append(parts, lowerFold(p.given))
	}
	return parts, sub
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) {
			n++
		}
	}
	return n
}

// Name writes the buyer's full name in one of the shapes systems print it.
func (b *B) Name() string {
	p := b.who()
	parts, sub := b.nameParts(p)
	var s string
	switch {
	case b.L.nospace:
		s = p.family + p.given
	case b.L.familyFirst:
		s = p.family + " " + p.given
	default:
		switch b.n(6) {
		case 0:
			s = strings.ToUpper(p.family) + " " + p.given
		case 1:
			s = p.family + ", " + p.given
		default:
			s = p.given + " " + p.family
		}
	}
	if b.p(0.06) && !b.L.nospace {
		s = strings.ToLower(s)
	}
	return b.put(value{kind: kName, text: s, parts: parts, substr: sub})
}

// Family writes the family name alone (a salutation, a surname column).
func (b *B) Family() string {
	p := b.who()
	parts, sub := b.nameParts(p)
	if b.L.nospace {
		return b.Name()
	}
	if b.L.viet {
		parts = parts[:len(parts)-1]
	}
	if len(parts) == 0 && len(sub) == 0 {
		return b.Name()
	}
	return b.put(value{kind: kName, text: p.family, parts: parts, substr: sub})
}

func (b *B) emailText() string {
	p := b.who()
	g, f := p.latG, p.latF
	d := pick(b, b.L.mail)
	var l string
	switch b.n(7) {
	case 0:
		l = g + "." + f
	case 1:
		l = g + f + strconv.Itoa(70+b.n(30))
	case 2:
		l = g[:1] + "." + f
	case 3:
		l = f + "_" + g
	case 4:
		l = g + "-" + f + "+shop"
	case 5:
		l = f + strconv.Itoa(1+b.n(999))
	default:
		l = g + "." + f + strconv.Itoa(b.n(100))
	}
	if b.p(0.08) {
		l = strings.ToUpper(l[:1]) + l[1:]
		d = strings.ToUpper(d)
	}
	return l + "@" + d
}

// Email writes an address of the buyer.
func (b *B) Email() string { return b.put(value{kind: kEmail, text: b.emailText()}) }

func digitsFrom(b *B, pat string) string {
	var o strings.Builder
	for _, c := range pat {
		if c == 'X' {
			o.WriteByte(byte('0' + b.n(10)))
		} else {
			o.WriteRune(c)
		}
	}
	return o.String()
}

func native(s string, zero rune) string {
	var o strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			o.WriteRune(zero + c - '0')
		} else {
			o.WriteRune(c)
		}
	}
	return o.String()
}

func onlyDigits(s string) string {
	var o strings.Builder
	for _, c := range s {
		if d := digitVal(c); d >= 0 {
			o.WriteByte(byte('0' + d))
		}
	}
	return o.String()
}

// phoneText writes one of the buyer's phone numbers in a shape people type
// or systems print.
func (b *B) phoneText(style int) string {
	L := b.L
	nsn := digitsFrom(b, pick(b, L.mob))
	flat := strings.NewReplacer(" ", "", "-", "", "/", "", ".", "").Replace(nsn)
	trunk := strings.ReplaceAll(L.trunk, " ", "")
	if style < 0 {
		style = b.n(11)
	}
	var s string
	switch style {
	case 0:
		s = L.trunk + nsn
		if L.trunk != "" && b.p(0.5) {
			s = L.trunk + " " + nsn
		}
	case 1:
		s = "+" + L.cc + flat
	case 2:
		s = "+" + L.cc + " " + nsn
	case 3:
		s = "(+" + L.cc + ") " + nsn
	case 4:
		s = "00" + L.cc + " " + nsn
	case 5:
		s = trunk + flat
	case 6:
		s = "+" + L.cc + "-" + strings.NewReplacer(" ", "-").Replace(nsn)
	case 7:
		s = "+" + L.cc + "." + strings.NewReplacer(" ", ".", "-", ".").Replace(nsn)
	case 8:
		s = "tel:+" + L.cc + flat
	case 9:
		s = "+" + L.cc + " " + nsn
		if L.zero != 0 {
			s = native(trunk+nsn, L.zero)
		}
	default:
		s = L.cc + flat
	}
	return s
}

// Phone writes a phone number of the buyer.
func (b *B) Phone() string { return b.put(value{kind: kPhone, text: b.phoneText(-1)}) }

// PhoneE164 writes the number as E.164 (SMS gateways, identity providers).
func (b *B) PhoneE164() string {
	return b.put(value{kind: kPhone, text: b.phoneText(1)})
}

func fillPat(b *B, pat string) string {
	var o strings.Builder
	for _, c := range pat {
		switch c {
		case '9':
			o.WriteByte(byte('0' + b.n(10)))
		case 'A':
			o.WriteByte(byte('A' + b.n(26)))
		default:
			o.WriteRune(c)
		}
	}
	return o.String()
}

var streetStop = map[string]bool{"road": true, "street": true, "avenue": true, "heol": true, "stryd": true, "ffordd": true, "lôn": true, "triq": true, "san": true, "the": true, "gamzi": true, "jan": true, "de": true}

// Address writes the buyer's address in the locale's format.
func (b *B) Address() string {
	L := b.L
	st := under(pick(b, L.streets))
	num := strconv.Itoa(1 + b.n(180))
	city := under(pick(b, L.cities))
	s := strings.NewReplacer("{S}", st, "{N}", num, "{P}", fillPat(b, L.post), "{C}", city).Replace(L.addrFmt)
	s = strings.TrimRight(strings.TrimSpace(s), ",")
	var parts, sub []string
	if L.nospace || L.substr {
		sub = append(sub, st)
	} else {
		for _, w := range strings.FieldsFunc(st, func(r rune) bool { return r == ' ' || r == '-' }) {
			lw := lowerFold(w)
			if letterCount(w) >= 3 && !streetStop[lw] && !particles[lw] {
				// the whole word that holds the street's name (Kerkstraat)
				for _, x := range strings.FieldsFunc(lowerFold(s), func(r rune) bool { return r == ' ' || r == ',' || r == '-' }) {
					if strings.HasPrefix(x, lw) && x != lw && isPlainWord(x) {
						lw = x
						break
					}
				}
				parts = append(parts, lw)
			}
		}
	}
	if len(parts) == 0 && len(sub) == 0 {
		sub = append(sub, st)
	}
	return b.put(value{kind: kAddress, text: s, parts: parts, substr: sub})
}

// ---- cards ----

type issuer struct {
	name    string
	prefix  []string
	lengths []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2720", "2304"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "644", "65"}, []int{16}},
	{"jcb", []string{"3528", "3540", "3589"}, []int{16}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"diners", []string{"36", "300", "305"}, []int{14}},
	{"maestro", []string{"6759", "5018", "5020"}, []int{16}},
	{"mir", []string{"2200", "2202", "2204"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"elo", []string{"636368", "504175", "627780"}, []int{16}},
}

func luhnOK(d string) bool {
	sum, dbl := 0, false
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if dbl {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
		dbl = !dbl
	}
	return sum%10 == 0
}

func luhnComplete(b *B, prefix string, n int) string {
	d := []byte(prefix)
	for len(d) < n-1 {
		d = append(d, byte('0'+b.n(10)))
	}
	for c := byte('0'); c <= '9'; c++ {
		if luhnOK(string(d) + string(c)) {
			return string(d) + string(c)
		}
	}
	panic("luhn")
}

func groupCard(d string, sep string) string {
	var gs []int
	switch len(d) {
	case 15:
		gs = []int{4, 6, 5}
	case 14:
		gs = []int{4, 6, 4}
	default:
		for i := 0; i < len(d); i += 4 {
			gs = append(gs, min(4, len(d)-i))
		}
	}
	var o []string
	i := 0
	for _, g := range gs {
		o = append(o, d[i:i+g])
		i += g
	}
	return strings.Join(o, sep)
}

// Card writes a Luhn-valid card number of a random issuer.
func (b *B) Card() string {
	is := issuers[b.n(len(issuers))]
	d := luhnComplete(b, pick(b, is.prefix), pick(b, is.lengths))
	s := d
	switch b.n(4) {
	case 1:
		s = groupCard(d, " ")
	case 2:
		s = groupCard(d, "-")
	}
	return b.put(value{kind: kCard, text: s, style: is.name})
}

// ---- IBAN ----

var ibanFmt = map[string]string{
	"LT": "9999999999999999", "LV": "AAAA9999999999999", "EE": "9999999999999999", "RO": "AAAA9999999999999999",
	"HU": "999999999999999999999999", "CZ": "99999999999999999999", "SI": "999999999999999", "UA": "9999999999999999999999999",
	"GE": "AA9999999999999999", "AZ": "AAAA99999999999999999999", "TR": "9999909999999999999999", "GR": "99999999999999999999999",
	"EG": "9999999999999999999999999", "SA": "99999999999999999999", "IS": "9999999999999999999999", "MT": "AAAA99999999999999999999999",
	"PT": "999999999999999999999", "NL": "AAAA9999999999", "BE": "999999999999", "CH": "99999999999999999", "DE": "999999999999999999",
	"IE": "AAAA99999999999999", "ES": "99999999999999999999", "IT": "A9999999999999999999999", "BY": "AAAA9999999999999999999999",
	"FR": "99999999999999999999999",
}

var ibanCountries = []string{"LT", "LV", "EE", "RO", "HU", "CZ", "SI", "UA", "GE", "AZ", "TR", "GR", "EG", "SA", "IS", "MT", "PT", "NL", "BE", "CH", "DE", "IE", "ES", "IT", "BY", "FR"}

func mod97(s string) int {
	// s: rearranged IBAN, letters as numbers
	r := 0
	for _, c := range s {
		var v string
		if c >= 'A' && c <= 'Z' {
			v = strconv.Itoa(int(c-'A') + 10)
		} else {
			v = string(c)
		}
		for _, d := range v {
			r = (r*10 + int(d-'0')) % 97
		}
	}
	return r
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 5 {
		return false
	}
	return mod97(s[4:]+s[:4]) == 1
}

func makeIBAN(b *B, cc string) string {
	bban := fillPat(b, ibanFmt[cc])
	if cc == "BE" {
		n, _ := strconv.Atoi(bban[:10])
		k := n % 97
		if k == 0 {
			k = 97
		}
		bban = bban[:10] + fmt.Sprintf("%02d", k)
	}
	chk := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, bban)
}

func group4(s string) string {
	var o []string
	for i := 0; i < len(s); i += 4 {
		o = append(o, s[i:min(i+4, len(s))])
	}
	return strings.Join(o, " ")
}

// IBAN writes an account of one of the corpus's countries; the buyer's own
// country when it issues IBANs, else any.
func (b *B) IBAN() string {
	cc := strings.ToUpper(b.L.code[3:])
	if _, ok := ibanFmt[cc]; !ok || b.p(0.4) {
		cc = pick(b, ibanCountries)
	}
	s := makeIBAN(b, cc)
	if b.p(0.35) {
		s = group4(s)
	}
	return b.put(value{kind: kIBAN, text: s, style: cc})
}

// ---- cn_id ----

var cnRegions = []string{"110101", "110105", "310115", "310104", "440305", "440106", "330106", "510107", "420111", "320102", "370202", "350203", "610113", "500103", "120104", "210102", "430104", "530102"}

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func cnValid(s string) bool { return len(s) == 18 && cnCheck(s[:17]) == s[17] }

// CNID writes an 18-character resident id; about one in five ends in X.
func (b *B) CNID() string {
	wantX := b.p(0.2)
	var s string
	for i := 0; i < 200; i++ {
		y, m, d := 1955+b.n(50), 1+b.n(12), 1+b.n(28)
		s17 := fmt.Sprintf("%s%04d%02d%02d%03d", pick(b, cnRegions), y, m, d, b.n(1000))
		s = s17 + string(cnCheck(s17))
		if !wantX || s[17] == 'X' {
			break
		}
	}
	return b.put(value{kind: kCNID, text: s})
}

// ---- credentials ----

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
const hexd = "0123456789abcdef"
const b64c = alnum + "+/"

func rs(b *B, set string, n int) string {
	o := make([]byte, n)
	for i := range o {
		o[i] = set[b.n(len(set))]
	}
	return string(o)
}

var pwWords = sp("Sunflower Marmalade Lantern Harbour Juniper Falcon Cobalt Meadow Tiger Saffron Granite Velvet Orchid Copper Monsoon Pepper Glacier Tundra Walnut Cactus Zephyr Mango Violet Thunder Raven")

func (b *B) humanPassword() string {
	switch b.n(4) {
	case 0:
		return pick(b, pwWords) + strconv.Itoa(1960+b.n(60)) + string("!#$*?"[b.n(5)])
	case 1:
		return strings.ToLower(pick(b, pwWords)) + "_" + strconv.Itoa(10+b.n(90)) + "!"
	case 2:
		return rs(b, alnum, 5) + string("&%@#"[b.n(4)]) + rs(b, alnum, 6)
	default:
		return pick(b, pwWords) + "." + pick(b, pwWords) + strconv.Itoa(10+b.n(90))
	}
}

func (b *B) jwt() string {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","kid":"` + rs(b, hexd, 8) + `","typ":"JWT"}`))
	p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d,"scope":"checkout"}`, rs(b, alnum, 12), 1790000000+b.n(9000000), 1800000000+b.n(9000000))))
	return "eyJ" + h[3:] + "." + p + "." + rs(b, alnum+"-_", 43)
}

// Cred writes a credential of a named style and returns the text to put in
// the line (for basic: the base64 user:password).
func (b *B) Cred(style string) string {
	var s string
	switch style {
	case "jwt":
		s = b.jwt()
	case "bearer_opaque":
		s = rs(b, alnum, 40)
	case "basic":
		s = base64.StdEncoding.EncodeToString([]byte(b.emailTextOrUser() + ":" + b.humanPassword()))
	case "session":
		s = rs(b, hexd, 32)
	case "session_b64":
		s = rs(b, alnum+"-_", 48)
	case "api_key":
		s = rs(b, alnum, 32)
	case "password":
		s = b.humanPassword()
	case "ldap_bind":
		s = b.humanPassword()
	case "radius":
		s = b.humanPassword()
	case "smtp_plain":
		s = base64.StdEncoding.EncodeToString([]byte("\x00" + b.emailTextOrUser() + "\x00" + b.humanPassword()))
	case "aws_secret":
		s = rs(b, b64c, 40)
	case "gcp_key":
		s = "AIza" + rs(b, alnum+"-_", 35)
	case "azure_key":
		s = rs(b, b64c, 86) + "=="
	case "github":
		s = "ghp_" + rs(b, alnum, 36)
	case "gitlab":
		s = "glpat-" + rs(b, alnum+"-_", 20)
	case "slack":
		s = fmt.Sprintf("xoxb-%d-%d-%s", 100000000000+b.n(800000000000), 1000000000000+b.n(800000000000), rs(b, alnum, 24))
	case "stripe":
		s = "sk_live_" + rs(b, alnum, 99)[:24+b.n(60)]
	case "client_secret":
		s = rs(b, alnum+"~._-", 40)
	case "whsec":
		s = "whsec_" + rs(b, alnum, 32)
	case "psk":
		s = pick(b, pwWords) + "-" + pick(b, pwWords) + "-" + strconv.Itoa(100+b.n(900)) + "-" + rs(b, alnum, 6)
	case "wifi":
		s = strings.ToLower(pick(b, pwWords)) + strconv.Itoa(1000+b.n(9000)) + strings.ToLower(pick(b, pwWords))
	case "otp":
		s = fmt.Sprintf("%06d", b.n(1000000))
	case "recovery":
		s = rs(b, "abcdefghjkmnpqrstuvwxyz23456789", 5) + "-" + rs(b, "abcdefghjkmnpqrstuvwxyz23456789", 5)
	case "pem_line":
		s = "MII" + rs(b, b64c, 61)
	case "refresh":
		s = "v1." + rs(b, alnum+"-_", 60)
	case "amz_sig":
		s = rs(b, hexd, 64)
	case "twilio":
		s = rs(b, hexd, 32)
	case "sendgrid":
		s = "SG." + rs(b, alnum+"-_", 22) + "." + rs(b, alnum+"-_", 43)
	case "npm":
		s = "npm_" + rs(b, alnum, 36)
	case "db_password":
		s = rs(b, alnum, 10) + string("!@#%^"[b.n(5)]) + rs(b, alnum, 8)
	default:
		panic("style " + style)
	}
	return b.put(value{kind: kCredential, text: s, style: style})
}

var credStyles = sp("jwt bearer_opaque basic session session_b64 api_key password ldap_bind radius smtp_plain aws_secret gcp_key azure_key github gitlab slack stripe client_secret whsec psk wifi otp recovery pem_line refresh amz_sig twilio sendgrid npm db_password")

func (b *B) emailTextOrUser() string {
	if b.p(0.5) {
		return b.emailText()
	}
	p := b.who()
	return p.latG + "." + p.latF
}

// AWSKeyID is an access key id: counted neither as a credential nor as a
// look-alike (it is a credential only beside its secret).
func (b *B) AWSKeyID() string { return "AKIA" + rs(b, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16) }

// Free writes a phrase of the buyer's language (no PII).
// The phrase is sometimes typed with a doubled or a missing space.
func (b *B) Free(i int) string {
	w := b.L.words[i%len(b.L.words)]
	switch b.n(8) {
	case 0:
		w = strings.Replace(w, " ", "  ", 1)
	case 1:
		if k := strings.LastIndexByte(w, ' '); k > 0 {
			w = w[:k] + w[k+1:]
		}
	}
	return w
}
