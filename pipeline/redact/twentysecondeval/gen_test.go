package twentysecondeval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// Kinds of PII the corpus plants.
const (
	kName    = "name"
	kEmail   = "email"
	kPhone   = "phone"
	kAddress = "address"
	kCard    = "card"
	kIBAN    = "iban"
	kCNID    = "cn_id"
	kCred    = "credential"
)

var allKinds = []string{kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCred}

// match modes of a value's keys
const (
	mSub      = iota // substring, case-folded
	mWord            // word, case-folded
	mNameWord        // word, not inside an identifier
	mDigits          // inside one run of digits and separators
	mCompact         // spaces and dashes removed, upper case
	mExact           // substring, case kept
	mNumber          // a number of its own
)

type val struct {
	kind, sub string
	text      string
	keys      []string
	mode      int
	ctx, tmpl string
	form, loc string
}

type look struct {
	typ, text string
	ctx, tmpl string
}

type line struct {
	ctx, tmpl, form, loc string
	text                 string
	ndjson               bool
	textForm, wrapped    bool
	vals                 []*val
	looks                []*look
}

// B builds one line. Built twice from the same random state: once with values,
// once with a placeholder in their place.
type B struct {
	r     *rand.Rand
	ph    bool
	L     *locale
	vals  []*val
	looks []*look
	fake  *gofakeit.Faker
}

const placeholder = "VAL"

func (b *B) add(v *val) string {
	b.vals = append(b.vals, v)
	if b.ph {
		return placeholder
	}
	return v.text
}

// la records a look-alike and returns its text.
func (b *B) la(typ string) string {
	g, ok := lookGens[typ]
	if !ok {
		panic("no look-alike generator " + typ)
	}
	s := g(b)
	b.looks = append(b.looks, &look{typ: typ, text: s})
	return s
}

// laf records a look-alike written through f (upper case, a prefix...).
func (b *B) laf(typ string, f func(string) string) string {
	s := f(lookGens[typ](b))
	b.looks = append(b.looks, &look{typ: typ, text: s})
	return s
}

// trap records a clean value under a PII-looking key.
func (b *B) trap(typ, s string) string {
	b.looks = append(b.looks, &look{typ: "trap_" + typ, text: s})
	return s
}

func (b *B) n(k int) int      { return b.r.IntN(k) }
func (b *B) p(f float64) bool { return b.r.Float64() < f }
func pick[T any](b *B, xs []T) T {
	return xs[b.r.IntN(len(xs))]
}
func (b *B) rng(lo, hi int) int { return lo + b.r.IntN(hi-lo+1) }

const (
	digs   = "0123456789"
	hexl   = "0123456789abcdef"
	alnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b32    = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"
	b64    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	lower  = "abcdefghijklmnopqrstuvwxyz"
	upper  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

func (b *B) str(set string, n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteByte(set[b.r.IntN(len(set))])
	}
	return sb.String()
}

// pat fills a pattern: 9 digit, A upper letter, a lower letter, x hex, c alnum upper; others literal.
func (b *B) pat(p string) string {
	var sb strings.Builder
	for _, c := range p {
		switch c {
		case '9':
			sb.WriteByte(digs[b.n(10)])
		case 'A':
			sb.WriteByte(upper[b.n(26)])
		case 'a':
			sb.WriteByte(lower[b.n(26)])
		case 'x':
			sb.WriteByte(hexl[b.n(16)])
		case 'c':
			sb.WriteByte(upnum[b.n(36)])
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

// ---------- encodings used by templates ----------

// jq returns s as a JSON string literal (quotes included), HTML left alone.
func jq(s string) string {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(buf.String(), "\n")
}

// je returns s JSON-escaped without quotes.
func je(s string) string { q := jq(s); return q[1 : len(q)-1] }

// jobj renders ordered key/value pairs as a JSON object; values that start
// with one of `{["0123456789tfn-` and parse as JSON are written raw.
func jobj(kv ...string) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(jq(kv[i]))
		sb.WriteByte(':')
		v := kv[i+1]
		if strings.HasPrefix(v, "\x00") {
			sb.WriteString(v[1:])
		} else {
			sb.WriteString(jq(v))
		}
	}
	sb.WriteByte('}')
	return sb.String()
}

// raw marks a jobj value to be written as is.
func raw(s string) string { return "\x00" + s }

func pctEnc(s string) string {
	const hexu = "0123456789ABCDEF"
	var sb strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.', c == '~':
			sb.WriteByte(c)
		case c == ' ':
			sb.WriteByte('+')
		default:
			sb.WriteByte('%')
			sb.WriteByte(hexu[c>>4])
			sb.WriteByte(hexu[c&15])
		}
	}
	return sb.String()
}

func pyRepr(s string) string { return "'" + strings.ReplaceAll(s, "'", "\\'") + "'" }

// ---------- names ----------

type person struct {
	given, family, full string
	familyFirst         bool
}

var particles = map[string]bool{"van": true, "de": true, "bin": true, "binti": true, "dela": true, "del": true, "da": true, "dos": true, "von": true, "la": true, "le": true, "el": true}

func (b *B) person() person {
	L := b.L
	var g, f string
	if L.code == "en_US" {
		g, f = b.fake.FirstName(), b.fake.LastName()
	} else {
		g, f = pick(b, L.given), pick(b, L.family)
	}
	p := person{given: g, family: f}
	switch L.style {
	case styleNoSpace:
		if L.code == "my_MM" {
			p.family = ""
			p.full = g
		} else {
			p.full = f + g
			p.familyFirst = true
		}
	case styleSubstr:
		p.full = f + " " + g
		p.familyFirst = true
	default:
		if (L.code == "es_MX" || L.code == "es_CO") && b.p(0.5) {
			f2 := pick(b, L.family)
			if f2 != f {
				p.family = f + " " + f2
			}
		}
		if L.code == "fil_PH" && b.p(0.15) {
			p.family = "dela " + f
		}
		p.full = g + " " + p.family
	}
	return p
}

func nameKeys(L *locale, p person) ([]string, int) {
	switch L.style {
	case styleNoSpace:
		ks := []string{p.full}
		if utf8.RuneCountInString(p.given) >= 2 && p.given != p.full {
			ks = append(ks, p.given)
		}
		return ks, mSub
	case styleSubstr:
		return []string{p.family}, mSub
	}
	var ks []string
	for _, w := range strings.FieldsFunc(p.family, func(r rune) bool { return r == ' ' || r == '-' }) {
		if particles[strings.ToLower(w)] {
			continue
		}
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		if n >= 3 {
			ks = append(ks, w)
		}
	}
	return ks, mNameWord
}

// name records p's name written whole (or in the given form) as a value.
func (b *B) name(p person) string { return b.nameAs(p, p.full) }

func (b *B) nameAs(p person, written string) string {
	ks, m := nameKeys(b.L, p)
	if len(ks) == 0 {
		return written
	}
	return b.add(&val{kind: kName, sub: b.L.code, text: written, keys: ks, mode: m})
}

// family records the family name alone (Latin and Cyrillic style locales).
func (b *B) familyOnly(p person) string {
	if b.L.style != styleWords {
		return b.name(p)
	}
	return b.nameAs(p, p.family)
}

// nameVariant writes the name in one of the forms people and systems use.
func (b *B) nameVariant(p person) string {
	if b.L.style != styleWords {
		return b.name(p)
	}
	switch b.n(6) {
	case 0:
		return b.nameAs(p, strings.ToUpper(p.family)+", "+p.given)
	case 1:
		return b.nameAs(p, p.family+", "+p.given)
	case 2:
		return b.nameAs(p, strings.ToLower(p.full))
	}
	return b.name(p)
}

// ---------- e-mail ----------

var asciiFold = strings.NewReplacer("å", "a", "ä", "a", "ö", "o", "ø", "o", "æ", "ae", "é", "e", "è", "e", "ê", "e", "ë", "e", "á", "a", "à", "a", "â", "a", "ã", "a",
	"í", "i", "ï", "i", "î", "i", "ó", "o", "ô", "o", "õ", "o", "ú", "u", "ü", "u", "û", "u", "ñ", "n", "ç", "c", "ł", "l", "ś", "s", "ź", "z", "ż", "z", "ć", "c", "ń", "n",
	"ą", "a", "ę", "e", "č", "c", "š", "s", "ž", "z", "ď", "d", "ť", "t", "ľ", "l", "ĺ", "l", "ŕ", "r", "ň", "n", "ý", "y", "đ", "dj", "ß", "ss", "'", "", " ", ".", "-", "")

func (b *B) emailText(p *person) string {
	L := b.L
	var local string
	if len(L.roman) > 0 || p == nil {
		src := L.roman
		if len(src) == 0 {
			src = []string{"shopper", "buyer", "kunde", "cliente"}
		}
		local = pick(b, src)
		switch b.n(3) {
		case 0:
			local += fmt.Sprint(b.rng(70, 99))
		case 1:
			local = b.str(lower, 1) + "." + local
		default:
			local += "_" + b.str(lower, 2) + fmt.Sprint(b.n(100))
		}
	} else {
		g := asciiFold.Replace(strings.ToLower(p.given))
		f := asciiFold.Replace(strings.ToLower(p.family))
		switch b.n(4) {
		case 0:
			local = g + "." + f
		case 1:
			local = g[:1] + f + fmt.Sprint(b.rng(1, 99))
		case 2:
			local = f + "_" + g + fmt.Sprint(b.rng(1970, 2006))
		default:
			local = g + "." + f + "+shop"
		}
	}
	d := pick(b, L.domains)
	if b.p(0.08) {
		return strings.ToUpper(local) + "@" + strings.ToUpper(d)
	}
	return local + "@" + d
}

func (b *B) email(p *person) string {
	e := b.emailText(p)
	return b.add(emailVal(e))
}

func emailVal(e string) *val {
	l := strings.ToLower(e)
	ks := []string{l}
	local := l[:strings.IndexByte(l, '@')]
	if utf8.RuneCountInString(local) >= 6 {
		for _, r := range local {
			if !unicode.IsLetter(r) {
				ks = append(ks, local)
				break
			}
		}
	}
	return &val{kind: kEmail, text: e, keys: ks, mode: mSub}
}

// ---------- phone ----------

func group(s string, g []int, sep string) string {
	var parts []string
	i := 0
	for k, n := range g {
		if i >= len(s) {
			break
		}
		if k == len(g)-1 || i+n > len(s) {
			parts = append(parts, s[i:])
			i = len(s)
			break
		}
		parts = append(parts, s[i:i+n])
		i += n
	}
	if i < len(s) {
		parts = append(parts, s[i:])
	}
	return strings.Join(parts, sep)
}

func nativeDigits(s string, zero rune) string {
	var sb strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			sb.WriteRune(zero + r - '0')
		} else {
			sb.WriteRune(r)
		}
	}
	return sb.String()
}

func (b *B) phoneText() (string, string) {
	L := b.L
	nsn := b.nsnFill(pick(b, L.nsn))
	nat := L.trunk + nsn
	var s string
	switch b.n(12) {
	case 0:
		s = group(nat, L.natGrp, " ")
	case 1:
		s = group(nat, L.natGrp, "-")
	case 2:
		s = group(nat, L.natGrp, ".")
	case 3:
		s = nat
	case 4:
		s = "+" + L.cc + nsn
	case 5:
		s = "+" + L.cc + " " + group(nsn, L.intlGrp, " ")
	case 6:
		s = "(+" + L.cc + ") " + group(nsn, L.intlGrp, " ")
	case 7:
		s = "00" + L.cc + " " + group(nsn, L.intlGrp, " ")
	case 8:
		s = "tel:+" + L.cc + "-" + group(nsn, L.intlGrp, "-")
	case 9:
		s = "+" + L.cc + "-" + group(nsn, L.intlGrp, "-")
	case 10:
		if L.trunk == "0" {
			s = "+" + L.cc + " (" + L.trunk + ")" + group(nsn, L.intlGrp, " ")
		} else {
			s = "+" + L.cc + " " + group(nsn, L.intlGrp, ".")
		}
	default:
		s = group(nat, L.natGrp, " ")
		if L.cc == "1" {
			s = "(" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:]
		}
		if L.code == "pt_BR" {
			s = "(" + nsn[:2] + ") " + nsn[2:7] + "-" + nsn[7:]
		}
		if L.code == "ru_RU" || L.code == "kk_KZ" {
			s = "8 (" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:8] + "-" + nsn[8:]
		}
	}
	if L.digits != 0 && b.p(0.2) {
		s = nativeDigits(s, L.digits)
	}
	return s, nsn
}

func (b *B) phone() string {
	s, nsn := b.phoneText()
	k := nsn
	if len(k) > 8 {
		k = k[len(k)-8:]
	}
	return b.add(&val{kind: kPhone, sub: b.L.code, text: s, keys: []string{k}, mode: mDigits})
}

// nsnFill fills a number pattern: '#' is a random digit; in a pattern
// without '#', the 9s after the last other digit (and after the first
// digit at least) are random.
func (b *B) nsnFill(p string) string {
	if !strings.Contains(p, "#") {
		i := strings.LastIndexFunc(p, func(r rune) bool { return r != '9' })
		if i < 0 {
			i = 0
		}
		p = p[:i+1] + strings.Repeat("#", len(p)-i-1)
	}
	var sb strings.Builder
	for i := 0; i < len(p); i++ {
		if p[i] == '#' {
			sb.WriteByte(digs[b.n(10)])
		} else {
			sb.WriteByte(p[i])
		}
	}
	return sb.String()
}

// ---------- address ----------

func (b *B) address() string {
	L := b.L
	st := pick(b, L.streets)
	num := fmt.Sprint(b.rng(1, 240))
	city := strings.ReplaceAll(pick(b, L.cities), "_", " ")
	pc := b.pat(L.pcFmt)
	blk := fmt.Sprintf("%d-%d-%d", b.rng(1, 5), b.rng(1, 30), b.rng(1, 20))
	f := pick(b, L.addrFmt)
	s := strings.NewReplacer("{s}", st, "{n}", num, "{pc}", pc, "{c}", city, "{b}", blk).Replace(f)
	mode := mWord
	keys := []string{st}
	switch L.code {
	case "ja_JP":
		mode = mSub
		keys = []string{st, blk}
	case "zh_TW", "km_KH", "my_MM":
		mode = mSub
	}
	return b.add(&val{kind: kAddress, sub: L.code, text: s, keys: keys, mode: mode})
}

// ---------- cards ----------

type issuer struct {
	name    string
	prefix  []string
	lengths []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 13}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2720", "23"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "644", "65"}, []int{16}},
	{"jcb", []string{"3528", "3540", "3566", "3589"}, []int{16}},
	{"diners", []string{"300", "305", "36", "38"}, []int{14}},
	{"unionpay", []string{"62"}, []int{16, 19}},
	{"maestro", []string{"5018", "5020", "6304", "6759"}, []int{16, 19}},
	{"mir", []string{"2200", "2201", "2202", "2204"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
	{"elo", []string{"401178", "438935", "504175", "636368"}, []int{16}},
	{"hipercard", []string{"606282"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"verve", []string{"5060", "5061"}, []int{19}},
	{"dankort", []string{"5019"}, []int{16}},
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

func luhnOK(s string) bool {
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

func (b *B) cardNumber() (string, string) {
	is := issuers[b.n(len(issuers))]
	pre := pick(b, is.prefix)
	n := pick(b, is.lengths)
	body := pre + b.str(digs, n-1-len(pre))
	return body + string(luhnDigit(body)), is.name
}

func (b *B) card() string {
	num, is := b.cardNumber()
	s := num
	switch b.n(4) {
	case 0:
		if len(num) == 15 {
			s = num[:4] + " " + num[4:10] + " " + num[10:]
		} else {
			s = group(num, []int{4, 4, 4, 4, 4}, " ")
		}
	case 1:
		s = group(num, []int{4, 4, 4, 4, 4}, "-")
	}
	return b.add(&val{kind: kCard, sub: is, text: s, keys: []string{num[len(num)-8 : len(num)-3]}, mode: mDigits})
}

// cardRaw records a card written as digits only (JSON numbers, SQL literals).
func (b *B) cardRaw() string {
	num, is := b.cardNumber()
	return b.add(&val{kind: kCard, sub: is, text: num, keys: []string{num[len(num)-8 : len(num)-3]}, mode: mDigits})
}

// ---------- IBAN ----------

var ibanBBAN = map[string]string{
	"SE": "99999999999999999999", "NO": "99999999999", "DK": "99999999999999", "FI": "99999999999999",
	"PL": "999999999999999999999999", "SK": "99999999999999999999", "HR": "99999999999999999",
	"RS": "999999999999999999", "BG": "AAAA999999cccccccc", "KZ": "999ccccccccccccc", "IL": "9999999999999999999",
	"PK": "AAAA9999999999999999", "BR": "99999999999999999999999A9", "CH": "99999999999999999", "AT": "9999999999999999",
	"ES": "99999999999999999999", "BE": "999999999999", "FR": "9999999999ccccccccccc99", "DE": "999999999999999999",
	"GB": "AAAA99999999999999", "NL": "AAAA9999999999", "IT": "A9999999999cccccccccccc", "PT": "999999999999999999999",
	"IE": "AAAA99999999999999", "RO": "AAAAcccccccccccccccc", "CZ": "99999999999999999999", "SA": "99cccccccccccccccccc",
	"AE": "9999999999999999999", "TR": "999990cccccccccccccccc", "LT": "9999999999999999", "EE": "9999999999999999",
}

var ibanCountries = func() []string {
	var cs []string
	for _, c := range []string{"SE", "NO", "DK", "FI", "PL", "SK", "HR", "RS", "BG", "KZ", "IL", "PK", "BR", "CH", "AT", "ES", "BE", "FR", "DE", "GB", "NL", "IT", "PT", "IE", "RO", "CZ", "SA", "AE", "TR", "LT", "EE"} {
		cs = append(cs, c)
	}
	return cs
}()

func mod97(s string) int {
	// s: IBAN rearranged, letters as numbers
	m := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			m = (m*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			v := int(c-'A') + 10
			m = (m*100 + v) % 97
		}
	}
	return m
}

func ibanOK(s string) bool {
	s = strings.ToUpper(strings.NewReplacer(" ", "", "-", "").Replace(s))
	if len(s) < 5 {
		return false
	}
	return mod97(s[4:]+s[:4]) == 1
}

func (b *B) ibanText(cc string) string {
	bban := b.pat(ibanBBAN[cc])
	chk := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, bban)
}

func (b *B) iban() string {
	cc := b.L.iban
	if cc == "" || b.p(0.5) {
		cc = pick(b, ibanCountries)
	}
	s := b.ibanText(cc)
	k := s[len(s)-10:]
	if b.p(0.45) {
		s = group(s, []int{4, 4, 4, 4, 4, 4, 4, 4}, " ")
	}
	return b.add(&val{kind: kIBAN, sub: cc, text: s, keys: []string{k}, mode: mCompact})
}

// ---------- cn_id ----------

var cnRegions = sp("110101 110105 110108 120101 130102 140105 210102 220102 310101 310104 310115 320102 320106 330102 330106 340102 350102 360102 370102 410102 420102 420111 430102 440103 440106 440305 440306 450102 500101 510104 510107 520102 530102 610102 620102")

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func (b *B) cnidText() string {
	wantX := b.p(0.12)
	for {
		y := b.rng(1955, 2005)
		m := b.rng(1, 12)
		d := b.rng(1, 28)
		s := fmt.Sprintf("%s%04d%02d%02d%03d", pick(b, cnRegions), y, m, d, b.n(1000))
		c := cnCheck(s)
		if wantX && c != 'X' {
			continue
		}
		return s + string(c)
	}
}

func (b *B) cnid() string {
	s := b.cnidText()
	return b.add(&val{kind: kCNID, text: s, keys: []string{s[6:]}, mode: mCompact})
}

// ---------- credentials ----------

func credVal(style, s string) *val {
	v := &val{kind: kCred, sub: style, text: s, mode: mExact}
	allDig := true
	for _, c := range s {
		if c < '0' || c > '9' {
			allDig = false
		}
	}
	switch {
	case allDig:
		v.mode = mNumber
		v.keys = []string{s}
	case len(s) >= 24:
		v.keys = []string{s[len(s)/2:]}
	default:
		v.keys = []string{s}
	}
	return v
}

func (b *B) jwt() string {
	hdr := "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6I" + b.str(b64url, 10)
	return hdr + "." + "eyJ" + b.str(b64url, b.rng(60, 140)) + "." + b.str(b64url, 86)
}

var passWords = sp("Sommar Vinter Kaffe Tulipan Jaguar Kirsche Mango Falcon Orkide Tiger Paloma Lotus Kiwi Zebra")

func (b *B) password() string {
	switch b.n(4) {
	case 0:
		return pick(b, passWords) + fmt.Sprint(b.rng(1950, 2026)) + string("!#$%&*?"[b.n(7)])
	case 1:
		return b.str(alnum, 3) + "-" + b.str(alnum, 4) + "-" + b.str(alnum, 4)
	case 2:
		return b.str(alnum+"!@#%^*", b.rng(12, 20))
	}
	return strings.ToLower(pick(b, passWords)) + "." + strings.ToLower(pick(b, passWords)) + fmt.Sprint(b.rng(10, 99))
}

// secret generates a credential of a style and records it.
func (b *B) secret(style string) string {
	return b.add(credVal(style, b.secretText(style)))
}

func (b *B) secretText(style string) string {
	switch style {
	case "password", "smtp_password":
		return b.password()
	case "db_password", "redis_auth":
		if b.p(0.5) {
			return b.str(alnum, b.rng(16, 28))
		}
		return strings.ToLower(pick(b, passWords)) + "." + strings.ToLower(pick(b, passWords)) + fmt.Sprint(b.rng(10, 99))
	case "aws_access_key":
		return "AKIA" + b.str(upnum, 16)
	case "aws_secret":
		return b.str(b64[:62]+"/+", 40)
	case "gcp_api_key":
		return "AIza" + b.str(b64url, 35)
	case "azure_account_key":
		return b.str(b64, 86) + "=="
	case "stripe_secret":
		return "sk_live_" + b.str(alnum, 99)
	case "stripe_restricted":
		return "rk_live_" + b.str(alnum, 24)
	case "stripe_webhook":
		return "whsec_" + b.str(alnum, 32)
	case "paypal_secret":
		return "E" + b.str(b64url, 79)
	case "paypal_token":
		return "A21AA" + b.str(b64url, 92)
	case "github_token":
		return "ghp_" + b.str(alnum, 36)
	case "gitlab_token":
		return "glpat-" + b.str(b64url, 20)
	case "slack_token":
		return "xoxb-" + b.str(digs, 12) + "-" + b.str(digs, 13) + "-" + b.str(alnum, 24)
	case "sendgrid":
		return "SG." + b.str(b64url, 22) + "." + b.str(b64url, 43)
	case "shopify_token":
		return "shpat_" + b.str(hexl, 32)
	case "npm_token":
		return "npm_" + b.str(alnum, 36)
	case "do_token":
		return "dop_v1_" + b.str(hexl, 64)
	case "oauth_client_secret":
		return b.str(alnum+"-_", 40)
	case "refresh_token":
		return "rt_" + b.str(b64url, 48)
	case "access_token":
		return "ya29." + b.str(b64url, 120)
	case "jwt":
		return b.jwt()
	case "bearer":
		return b.str(b64url, 43)
	case "basic":
		return b.str(b64[:62], b.rng(20, 36)) + "="
	case "session_id":
		return b.str(hexl, 32) + b.str(alnum, 8)
	case "csrf":
		return b.str(b64url, 43)
	case "reset_token":
		return b.str(b64url, 32)
	case "magic_link":
		return b.str(b64url, 40)
	case "totp_seed":
		return b.str(b32, 32)
	case "otp":
		return b.str(digs, 6)
	case "recovery_code":
		return b.str(lower+"0123456789", 5) + "-" + b.str(lower+"0123456789", 5)
	case "ssh_key_line":
		return b.str(b64, 70)
	case "k8s_secret":
		return b.str(alnum, 28)
	case "app_secret":
		return "base64:" + b.str(b64, 43) + "="
	case "api_key":
		return b.str(alnum, 32)
	case "twilio_auth":
		return b.str(alnum, 32)
	case "mailgun_key":
		return "key-" + b.str(alnum, 32)
	}
	panic("secret style " + style)
}

var credStyles = sp("password db_password smtp_password redis_auth aws_access_key aws_secret gcp_api_key azure_account_key stripe_secret stripe_restricted stripe_webhook paypal_secret paypal_token github_token gitlab_token slack_token sendgrid shopify_token npm_token do_token oauth_client_secret refresh_token access_token jwt bearer basic session_id csrf reset_token magic_link totp_seed otp recovery_code ssh_key_line k8s_secret app_secret api_key twilio_auth mailgun_key")

// ---------- line wrapping ----------

var services = sp("checkout-api order-sync storefront-web payment-gateway notification-svc catalog-indexer returns-worker admin-console auth-service fulfilment-bridge")
var levels = sp("ERROR WARN INFO DEBUG error warn info debug")

func (b *B) ts() string {
	return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", b.rng(1, 12), b.rng(1, 28), b.n(24), b.n(60), b.n(60), b.n(1000))
}

// wrap puts a text form into an NDJSON event's message (or another text field).
func (b *B) wrap(text string) (string, bool) {
	if !b.p(0.4) {
		return text, false
	}
	field := pick(b, []string{"message", "message", "message", "error.message", "error.stack_trace", "log.original"})
	out := jobj("@timestamp", b.la("iso_time"), "log.level", pick(b, levels), "service.name", b.la("service"),
		"trace.id", b.la("trace_id"), field, text)
	return out, true
}
