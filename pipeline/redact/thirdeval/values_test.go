package thirdeval

import (
	"encoding/base64"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

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

var kinds = []string{kEmail, kPhone, kCard, kIBAN, kCNID, kCred, kName, kAddr}

// value is one generated PII value.
type value struct {
	kind, loc, sub string
	s              string  // as written
	given, family  string  // names: the parts, for split fields
	addr           address // addresses: the parts
	digits         bool    // s is ASCII digits only (may be written as a JSON number)
	splittable     bool    // names: a needle survives splitting into given/family fields
	needles        []needle
	ph             *value // the placeholder twin used for the baseline
	isPH           bool
}

func (v *value) placeholder() *value {
	p := &value{kind: v.kind, loc: v.loc, sub: v.sub, isPH: true, s: "Zzq", given: "Zzq", family: "Zzq", digits: v.digits, splittable: v.splittable}
	p.addr = address{full: "Zzq", line1: "Zzq", city: "Zzq", postal: "Zzq"}
	if v.addr.line2 != "" {
		p.addr.line2 = "Zzq"
	}
	return p
}

// parts returns every string of the value (to keep look-alikes from
// overlapping it).
func (v *value) parts() []string {
	return []string{v.s, v.given, v.family, v.addr.full, v.addr.line1, v.addr.line2, v.addr.city, v.addr.postal}
}

func newValue(kind string, loc *locale, r *rand.Rand, f *gofakeit.Faker) *value {
	var v *value
	for range 20 {
		switch kind {
		case kName:
			v = genName(r, f, loc)
		case kEmail:
			v = genEmail(r, f, loc)
		case kPhone:
			v = genPhone(r, loc)
		case kCard:
			v = genCard(r, loc)
		case kIBAN:
			v = genIBAN(r, loc)
		case kCNID:
			v = genCNID(r)
		case kCred:
			v = genCred(r, f, loc)
		case kAddr:
			v = genAddr(r, f, loc)
		}
		if len(v.needles) > 0 {
			break
		}
	}
	if len(v.needles) == 0 {
		panic("no needles for " + kind + " " + v.s)
	}
	v.kind, v.loc = kind, loc.code
	v.ph = v.placeholder()
	return v
}

// ---- names ----

func isCJK(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r)
}

func isThai(r rune) bool { return unicode.Is(unicode.Thai, r) }

var particles = map[string]bool{"bin": true, "binti": true, "bint": true, "ibn": true, "van": true, "der": true, "den": true, "dos": true, "das": true, "del": true, "von": true, "les": true}

func tokens(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !(unicode.IsLetter(r) || unicode.IsMark(r)) })
}

func letterCount(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

// textNeedles: CJK runs give 2-character windows, Thai words themselves,
// other words of >= minLetters letters themselves (whole-word match).
func textNeedles(s string, minLetters int, coarse []string) []needle {
	var out []needle
	seen := map[string]bool{}
	add := func(n needle) {
		low := strings.ToLower(n.s)
		if seen[low] {
			return
		}
		for _, c := range coarse {
			if c != "" && strings.Contains(strings.ToLower(c), low) {
				return
			}
		}
		seen[low] = true
		out = append(out, n)
	}
	for _, tok := range strings.Fields(s) {
		rs := []rune(tok)
		// CJK runs inside the token
		var run []rune
		flush := func() {
			if len(run) >= 2 {
				for i := 0; i+2 <= len(run); i++ {
					add(needle{mSub, string(run[i : i+2])})
				}
			}
			run = run[:0]
		}
		for _, r := range rs {
			if isCJK(r) {
				run = append(run, r)
			} else {
				flush()
			}
		}
		flush()
	}
	for _, tok := range tokens(s) {
		rs := []rune(tok)
		if len(rs) == 0 || isCJK(rs[0]) {
			continue
		}
		if isThai(rs[0]) {
			if len(rs) >= 3 {
				add(needle{mSub, tok})
			}
			continue
		}
		if letterCount(tok) >= minLetters && !particles[strings.ToLower(tok)] {
			add(needle{mWord, tok})
		}
	}
	return out
}

func nameNeedles(display string) []needle {
	nd := textNeedles(display, 3, nil)
	// a CJK name written with a space between one-character parts
	hasSingle := false
	for _, t := range strings.Fields(display) {
		rs := []rune(t)
		if len(rs) == 1 && isCJK(rs[0]) {
			hasSingle = true
		}
	}
	if hasSingle {
		nd = append(nd, needle{mSub, display})
	}
	return nd
}

func names(r *rand.Rand, f *gofakeit.Faker, loc *locale, roman bool) (string, string) {
	if loc.first == nil {
		return f.FirstName(), f.LastName()
	}
	if roman {
		return pick(r, loc.rfirst), pick(r, loc.rlast)
	}
	return pick(r, loc.first), pick(r, loc.last)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func genName(r *rand.Rand, f *gofakeit.Faker, loc *locale) *value {
	roman := loc.rfirst != nil && r.IntN(5) < 2
	g, fam := names(r, f, loc, roman)
	var s string
	switch {
	case !roman && loc.familyFirst && loc.code != "vn":
		if loc.code == "jp" && r.IntN(2) == 0 {
			s = fam + " " + g
		} else {
			s = fam + g
		}
	case !roman && loc.code == "vn":
		s = fam + " " + pick(r, L("Văn|Thị|Minh|Ngọc|Hữu|Thanh|Đức")) + " " + g
	case loc.code == "vn" || (roman && loc.familyFirst):
		switch r.IntN(4) {
		case 0:
			s = g + " " + fam
		case 1:
			s = strings.ToUpper(fam) + " " + g
		default:
			s = fam + " " + g
		}
	case loc.code == "ru" && !roman && r.IntN(2) == 0:
		s = fam + " " + g + " " + pick(r, L("Сергеевна|Ивановна|Петровна|Сергеевич|Алексеевич|Николаевич|Дмитриевна"))
	case (loc.code == "sa" || loc.code == "ae") && r.IntN(3) == 0:
		g2, _ := names(r, f, loc, roman)
		if roman {
			s = g + " bin " + g2 + " " + fam
		} else {
			s = g + " بن " + g2 + " " + fam
		}
	case loc.code == "pt" && r.IntN(2) == 0:
		g2, fam2 := names(r, f, loc, false)
		s = g + " " + g2 + " " + pick(r, L("da |dos |de |")) + fam2 + " " + fam
	default:
		switch r.IntN(10) {
		case 0:
			if isASCII(fam) {
				s = strings.ToUpper(fam) + " " + g
			} else {
				s = g + " " + fam
			}
		case 1:
			s = fam + ", " + g
		case 2:
			s = g + " " + string([]rune(pick(r, L("A|B|C|D|E|J|K|M|S|T")))[0]) + ". " + fam
		default:
			s = g + " " + fam
		}
	}
	v := &value{sub: "roman", s: s, given: g, family: fam}
	if !roman {
		v.sub = "local"
	}
	v.needles = nameNeedles(s)
	for _, n := range v.needles {
		low := strings.ToLower(n.s)
		if strings.Contains(strings.ToLower(g), low) || strings.Contains(strings.ToLower(fam), low) {
			v.splittable = true
		}
	}
	return v
}

// ---- emails ----

var fold = strings.NewReplacer(
	"ç", "c", "ş", "s", "ğ", "g", "ı", "i", "İ", "I", "ö", "o", "ü", "u", "Ç", "C", "Ş", "S", "Ö", "O", "Ü", "U", "Ğ", "G",
	"ą", "a", "ć", "c", "ę", "e", "ł", "l", "ń", "n", "ó", "o", "ś", "s", "ź", "z", "ż", "z", "Ł", "L", "Ś", "S", "Ż", "Z",
	"á", "a", "č", "c", "ď", "d", "é", "e", "ě", "e", "í", "i", "ň", "n", "ř", "r", "š", "s", "ť", "t", "ú", "u", "ů", "u", "ý", "y", "ž", "z", "Č", "C", "Ř", "R", "Š", "S", "Ž", "Z",
	"å", "a", "ä", "a", "Å", "A", "Ä", "A", "ë", "e", "è", "e", "ê", "e", "É", "E", "Ê", "E", "â", "a", "à", "a", "î", "i", "ï", "i", "ô", "o", "û", "u", "ù", "u", "Î", "I", "ã", "a", "õ", "o",
	"ă", "a", "ș", "s", "ț", "t", "Ș", "S", "Ț", "T", "ß", "ss",
	"ả", "a", "ạ", "a", "ấ", "a", "ầ", "a", "ậ", "a", "ắ", "a", "ằ", "a", "ặ", "a", "đ", "d", "Đ", "D", "ẹ", "e", "ế", "e", "ề", "e", "ệ", "e", "ị", "i", "ỉ", "i", "ọ", "o", "ố", "o", "ồ", "o", "ộ", "o", "ơ", "o", "ớ", "o", "ờ", "o", "ợ", "o", "ủ", "u", "ụ", "u", "ư", "u", "ứ", "u", "ừ", "u", "ự", "u", "ỳ", "y", "ỹ", "y", "ễ", "e", "ễ", "e", "ữ", "u", "ử", "u", "ẫ", "a", "ẩ", "a", "ỗ", "o", "ổ", "o", "ở", "o", "ỡ", "o", "ẻ", "e", "ẽ", "e", "ỏ", "o", "ũ", "u", "ĩ", "i",
	"'", "", " ", "",
)

func asciiName(s string) string {
	s = fold.Replace(s)
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && (unicode.IsLetter(r) || r == '-') {
			b.WriteRune(unicode.ToLower(r))
		}
	}
	return strings.Trim(b.String(), "-")
}

func genEmail(r *rand.Rand, f *gofakeit.Faker, loc *locale) *value {
	var g, fam string
	if loc.rfirst != nil {
		g, fam = pick(r, loc.rfirst), pick(r, loc.rlast)
	} else {
		g, fam = names(r, f, loc, false)
	}
	a, b := asciiName(g), asciiName(fam)
	if a == "" {
		a = "user"
	}
	if b == "" {
		b = "mail"
	}
	var local string
	sub := "plain"
	switch r.IntN(12) {
	case 0:
		local = a + b
	case 1:
		local = a[:1] + "." + b
	case 2:
		local = a + "_" + b
	case 3:
		local = b + "." + a
	case 4:
		local = a + dig(r, 2+r.IntN(3))
	case 5:
		local = a + "." + b + "+" + pick(r, L("shop|orders|amazon|trendyol|allegro|noon|shopee|news"))
		sub = "plus"
	case 6:
		local = a + "-" + b + num(r, 70, 99)
	default:
		local = a + "." + b
	}
	dom := pick(r, loc.domains)
	switch {
	case loc.code == "cn" && r.IntN(3) == 0:
		local = nz(r, 8+r.IntN(3))
		dom = "qq.com"
		sub = "numeric"
	case r.IntN(12) == 0 && (loc.rfirst != nil || !isASCII(g+fam)):
		// Unicode local part (and sometimes domain)
		ng, nf := names(r, f, loc, false)
		local = strings.ToLower(strings.ReplaceAll(ng, " ", "")) + "." + strings.ToLower(strings.ReplaceAll(nf, " ", ""))
		if loc.familyFirst && loc.code != "vn" {
			local = nf + ng
		}
		sub = "unicode"
		if r.IntN(2) == 0 {
			dom = map[string]string{"tr": "örnek.com.tr", "ru": "почта.рф", "de": "müller-shop.de", "cn": "例子.中国", "jp": "例え.jp", "gr": "παράδειγμα.gr", "se": "exempel-åsa.se", "pl": "sklep-łódź.pl"}[loc.code]
			if dom == "" {
				dom = pick(r, loc.domains)
			}
		}
	}
	switch r.IntN(10) {
	case 0:
		if isASCII(local) {
			local, dom = strings.ToUpper(local), strings.ToUpper(dom)
			sub += "+upper"
		}
	case 1:
		if isASCII(local) && local != "" {
			local = strings.ToUpper(local[:1]) + local[1:]
		}
	}
	mailbox := local
	if i := strings.IndexByte(local, '+'); i > 0 {
		mailbox = local[:i]
	}
	v := &value{sub: sub, s: local + "@" + dom}
	if len([]rune(mailbox)) >= 3 {
		v.needles = []needle{{mFold, mailbox}}
	}
	return v
}

// ---- phones ----

var extWords = []string{" dahili ", " wewn. ", " доб. ", " ext", " x", " poste ", " #", " 转 ", " ต่อ "}

func genPhone(r *rand.Rand, loc *locale) *value {
	s := loc.phone(r)
	main := s
	sub := "national"
	for _, w := range extWords {
		if i := strings.Index(main, w); i > 0 {
			main = main[:i]
			sub = "extension"
		}
	}
	d := onlyDigits(main)
	switch {
	case sub == "extension":
	case strings.HasPrefix(s, "+") || strings.HasPrefix(s, "(+"):
		sub = "+cc"
	case strings.HasPrefix(s, "00"):
		sub = "00cc"
	case strings.ContainsRune(s, '０'):
		sub = "fullwidth"
	case strings.HasPrefix(s, "0") || strings.HasPrefix(s, "(0") || strings.HasPrefix(s, "8 (") || strings.HasPrefix(s, "8-") || (strings.HasPrefix(s, "8") && len(d) == 11 && loc.code == "ru"):
		sub = "trunk"
	default:
		sub = "no-prefix" // national without trunk, or country code without '+'
	}
	if sub != "extension" && sub != "fullwidth" {
		if d == strings.TrimPrefix(s, "+") {
			sub += "/compact"
		} else {
			sub += "/grouped"
		}
	}
	v := &value{sub: sub, s: s, digits: d == s}
	v.needles = []needle{{mDigits, d}}
	return v
}

// ---- cards ----

func luhnDigit(partial string) byte {
	sum := 0
	double := true
	for i := len(partial) - 1; i >= 0; i-- {
		d := int(partial[i] - '0')
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
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

func cardPrefix(r *rand.Rand, issuer string) (string, int) {
	switch issuer {
	case "visa":
		if r.IntN(20) == 0 {
			return "4", 19
		}
		return "4", 16
	case "mastercard":
		if r.IntN(3) == 0 {
			return strconv.Itoa(2221 + r.IntN(500)), 16
		}
		return "5" + num(r, 1, 5), 16
	case "amex":
		return pick(r, L("34|37")), 15
	case "diners":
		return pick(r, L("36|300|301|305|38")), 14
	case "discover":
		return pick(r, L("6011|65|644|649")), 16
	case "jcb":
		return strconv.Itoa(3528 + r.IntN(62)), 16
	case "unionpay":
		if r.IntN(4) == 0 {
			return "62" + num(r, 10, 99), 19
		}
		return "62" + num(r, 10, 99), 16
	case "maestro":
		p := pick(r, L("5018|5020|5038|5893|6304|6759|6761|6763"))
		if r.IntN(4) == 0 {
			return p, 19
		}
		return p, 16
	case "mir":
		return "220" + num(r, 0, 4), 16
	case "rupay":
		return pick(r, L("6070|6080|6521|6522|5085|8172|8200")), 16
	case "troy":
		return "9792", 16
	case "verve":
		p := pick(r, L("5060|5061|5078|6500"))
		if r.IntN(3) == 0 {
			return p, 19
		}
		return p, 16
	case "mada":
		return pick(r, L("588845|440647|968208|446404")), 16
	}
	return "4", 16
}

var allIssuers = L("visa|mastercard|amex|diners|discover|jcb|unionpay|maestro|mir|rupay|troy|verve|mada")

func genCard(r *rand.Rand, loc *locale) *value {
	issuer := pick(r, loc.cards)
	if r.IntN(10) < 3 {
		issuer = pick(r, allIssuers)
	}
	if issuer == "isracard" {
		issuer = "visa"
	}
	p, n := cardPrefix(r, issuer)
	body := p + dig(r, n-len(p)-1)
	d := body + string(luhnDigit(body))
	var s string
	sub := issuer
	switch r.IntN(20) {
	case 0, 1, 2, 3, 4, 5, 6, 7:
		s = d
	case 8, 9, 10, 11, 12, 13, 14:
		s = cardGroups(d, " ")
	case 15, 16, 17, 18:
		s = cardGroups(d, "-")
	default:
		s = cardGroups(d, "  ")
	}
	v := &value{sub: sub, s: s, digits: s == d}
	v.needles = []needle{{mDigits, d}}
	return v
}

func cardGroups(d, sep string) string {
	switch len(d) {
	case 15:
		return grp(d, sep, 4, 6, 5)
	case 14:
		return grp(d, sep, 4, 6, 4)
	default:
		return grp(d, sep, 4, 4, 4, 4, 4)
	}
}

// ---- IBANs ----

type ibanSpec struct {
	cc   string
	bban string // n = digit, a = upper letter, c = alphanumeric
}

var ibanSpecs = map[string]ibanSpec{
	"DE": {"DE", "nnnnnnnnnnnnnnnnnn"},
	"GB": {"GB", "aaaannnnnnnnnnnnnn"},
	"TR": {"TR", "nnnnn0nnnnnnnnnnnnnnnn"},
	"PL": {"PL", "nnnnnnnnnnnnnnnnnnnnnnnn"},
	"CZ": {"CZ", "nnnnnnnnnnnnnnnnnnnn"},
	"SE": {"SE", "nnnnnnnnnnnnnnnnnnnn"},
	"AE": {"AE", "nnnnnnnnnnnnnnnnnnn"},
	"SA": {"SA", "nnnnnnnnnnnnnnnnnnnn"},
	"IL": {"IL", "nnnnnnnnnnnnnnnnnnn"},
	"GR": {"GR", "nnnnnnnnnnnnnnnnnnnnnnn"},
	"RO": {"RO", "aaaacccccccccccccccc"},
	"PT": {"PT", "nnnnnnnnnnnnnnnnnnnnn"},
	"FR": {"FR", "nnnnnnnnnnnnnnnnnnnnnnn"},
	"NL": {"NL", "aaaannnnnnnnnn"},
	"ES": {"ES", "nnnnnnnnnnnnnnnnnnnn"},
	"IT": {"IT", "annnnnnnnnnnnnnnnnnnnnn"},
}

var ibanForeign = L("DE|GB|FR|NL|ES|IT|PL|SE|AE|TR")

func ibanCheck(cc, bban string) string {
	re := bban + cc + "00"
	m := 0
	for _, c := range re {
		var v int
		if c >= '0' && c <= '9' {
			v = int(c - '0')
			m = (m*10 + v) % 97
		} else {
			v = int(c-'A') + 10
			m = (m*100 + v) % 97
		}
	}
	ch := 98 - m
	if ch < 10 {
		return "0" + strconv.Itoa(ch)
	}
	return strconv.Itoa(ch)
}

func genIBAN(r *rand.Rand, loc *locale) *value {
	cc := loc.iban
	if cc == "" || r.IntN(5) == 0 {
		cc = pick(r, ibanForeign)
	}
	sp := ibanSpecs[cc]
	var b strings.Builder
	banks := []string{"NWBK", "BARC", "HBUK", "LOYD", "BTRL", "RNCB", "INGB", "BRDE", "ABNA", "RABO"}
	bank := pick(r, banks)
	li := 0
	for _, c := range sp.bban {
		switch c {
		case 'n':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'a':
			b.WriteByte(bank[li%4])
			li++
		case 'c':
			b.WriteByte(byte('0' + r.IntN(10)))
		default:
			b.WriteRune(c)
		}
	}
	bban := b.String()
	iban := cc + ibanCheck(cc, bban) + bban
	s := iban
	sub := "compact"
	switch x := r.IntN(40); {
	case x < 21:
		var g []string
		for i := 0; i < len(iban); i += 4 {
			g = append(g, iban[i:min(i+4, len(iban))])
		}
		s = strings.Join(g, " ")
		sub = "grouped"
	case x == 39:
		s = strings.ToLower(iban)
		sub = "lowercase"
	}
	v := &value{sub: cc + "/" + sub, s: s}
	v.needles = []needle{{mDigits, iban}}
	return v
}

// ---- Chinese resident ids ----

var cnRegions = L("110101|110105|110108|310101|310104|310115|440106|440305|440304|330106|320102|510104|510107|420106|610113|120101|500103|370202|350203|210102|230103|410105|430102|450103|530102")

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func genCNID(r *rand.Rand) *value {
	wantX := r.IntN(5) == 0
	var id string
	for {
		y := 1950 + r.IntN(56)
		m := 1 + r.IntN(12)
		d := 1 + r.IntN(28)
		s17 := pick(r, cnRegions) + strconv.Itoa(y) + pad2(m) + pad2(d) + dig(r, 3)
		c := cnCheck(s17)
		if wantX && c != 'X' {
			continue
		}
		id = s17 + string(c)
		break
	}
	s := id
	sub := "plain"
	if strings.HasSuffix(id, "X") {
		sub = "X"
		if r.IntN(6) == 0 {
			s = strings.TrimSuffix(id, "X") + "x"
			sub = "lower-x"
		}
	}
	if r.IntN(12) == 0 {
		s = s[:6] + " " + s[6:14] + " " + s[14:]
		sub += "/grouped"
	}
	v := &value{sub: sub, s: s, digits: onlyDigits(s) == s}
	v.needles = []needle{{mDigits, id[:17]}}
	return v
}

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// ---- credentials ----

const (
	alnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	hexd   = "0123456789abcdef"
	b64    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

func rs(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

// mixed: a random alphanumeric string that holds letters and digits.
func mixed(r *rand.Rand, n int) string {
	s := rs(r, alnum, n)
	return s[:n-2] + string(rune('a'+r.IntN(26))) + dig(r, 1)
}

var pwWords = map[string][]string{
	"tr": L("Kedi|Galatasaray|Istanbul|Bahar|Deniz|Yildiz"), "pl": L("Warszawa|Kotek|Wiosna|Legia|Zima"), "ru": L("лето|Спартак|kotik|Moskva|zima"),
	"de": L("Sommer|Schalke|Hamburg|Blume"), "pt": L("Benfica|Lisboa|Saudade"), "in": L("Cricket|Mumbai|Ganesh"), "jp": L("sakura|Tokyo|neko"),
	"cn": L("woaini|Beijing|Long"), "ng": L("Naija|Lagos|Eagles"), "ke": L("Harambee|Nairobi|Simba"), "id": L("Jakarta|Garuda|Sayang"),
}

func genCred(r *rand.Rand, f *gofakeit.Faker, loc *locale) *value {
	v := &value{}
	sec := ""
	switch x := r.IntN(100); {
	case x < 24:
		v.sub = "password"
		switch r.IntN(4) {
		case 0, 1:
			sec = f.Password(true, true, true, r.IntN(2) == 0, false, 10+r.IntN(10))
		case 2:
			ws := pwWords[loc.code]
			if ws == nil {
				ws = L("Summer|Winter|Dragon|Sunshine|Monkey|Liverpool")
			}
			sec = pick(r, ws) + num(r, 1970, 2026) + pick(r, L("!|#|$|*|?|@|!!|"))
		default:
			sec = mixed(r, 12+r.IntN(8))
		}
		v.s = sec
	case x < 54:
		v.sub = "apikey"
		pre, body := "", ""
		switch r.IntN(18) {
		case 0:
			pre, body = "sk_live_", rs(r, alnum, 24+r.IntN(75))
		case 1:
			pre, body = "rk_live_", rs(r, alnum, 24+r.IntN(30))
		case 2:
			pre, body = "whsec_", rs(r, alnum, 32)
		case 3:
			pre, body = "ghp_", rs(r, alnum, 36)
		case 4:
			pre, body = "github_pat_", rs(r, alnum, 22)+"_"+rs(r, alnum, 59)
		case 5:
			pre, body = "xoxb-", nz(r, 12)+"-"+nz(r, 13)+"-"+rs(r, alnum, 24)
		case 6:
			pre, body = "AIza", rs(r, b64url, 35)
		case 7:
			pre, body = "shpat_", rs(r, hexd, 32)
		case 8:
			pre, body = "glpat-", rs(r, b64url, 20)
		case 9:
			pre, body = "SG.", rs(r, b64url, 22)+"."+rs(r, b64url, 43)
		case 10:
			pre, body = "xnd_production_", rs(r, alnum, 40)
		case 11:
			pre, body = "sk-proj-", rs(r, b64url, 48)
		case 12:
			pre, body = "npm_", rs(r, alnum, 36)
		case 13:
			pre, body = "key-", rs(r, hexd, 32)
		case 14:
			pre, body = "sk_live_", rs(r, hexd, 40)
		case 15:
			body = rs(r, hexd, pick(r, []int{32, 40, 64}))
		case 16:
			body = rs(r, b64, 40)
		default:
			body = mixed(r, 24+r.IntN(16))
		}
		if pre == "" {
			v.sub = "generic-key"
		}
		v.s, sec = pre+body, body
	case x < 66:
		v.sub = "conn"
		user := pick(r, L("app|shop_rw|orders|admin|svc_checkout|sa|postgres|root"))
		pw := mixed(r, 14+r.IntN(10))
		host := pick(r, L("db-primary.internal|10.0.3.17|orders-db.c9xk2.eu-central-1.rds.amazonaws.com|mysql-0.mysql|pg.prod.svc.cluster.local"))
		switch r.IntN(9) {
		case 0:
			v.s = "postgres://" + user + ":" + pw + "@" + host + ":5432/shop?sslmode=require"
		case 1:
			v.s = "postgresql://" + user + ":" + pw + "@" + host + "/orders"
		case 2:
			v.s = "mysql://" + user + ":" + pw + "@" + host + ":3306/shop"
		case 3:
			v.s = "mongodb+srv://" + user + ":" + pw + "@cluster0.ab1cd.mongodb.net/shop?retryWrites=true&w=majority"
		case 4:
			v.s = "redis://:" + pw + "@redis-master.cache.svc:6379/0"
		case 5:
			v.s = "amqp://" + user + ":" + pw + "@rabbitmq.messaging:5672/%2F"
		case 6:
			v.s = "Server=tcp:sql-prod.database.windows.net,1433;Database=orders;User ID=" + user + ";Password=" + pw + ";Encrypt=True;"
		case 7:
			v.s = "jdbc:mysql://" + host + ":3306/shop?user=" + user + "&password=" + pw + "&useSSL=true"
		default:
			v.s = "smtps://" + user + "%40mg.shop.example:" + pw + "@smtp.mailgun.org:465"
		}
		sec = pw
	case x < 74:
		v.sub = "bearer"
		switch r.IntN(3) {
		case 0:
			sec = "ya29." + rs(r, b64url, 60+r.IntN(40))
		case 1:
			sec = "EAAG" + rs(r, alnum, 80+r.IntN(60))
		default:
			sec = rs(r, alnum, 32+r.IntN(32))
		}
		v.s = "Bearer " + sec
	case x < 82:
		v.sub = "jwt"
		hdr := pick(r, L("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9|eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjEifQ|eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9"))
		payload := base64.RawURLEncoding.EncodeToString([]byte(`{"sub":"` + nz(r, 9) + `","sid":"` + rs(r, alnum, 16) + `","iat":` + nz(r, 10) + `,"exp":` + nz(r, 10) + `}`))
		sig := rs(r, b64url, 43)
		v.s = hdr + "." + payload + "." + sig
		v.needles = []needle{{mChars, payload}, {mChars, sig}}
		return v
	case x < 87:
		v.sub = "basic"
		sec = base64.StdEncoding.EncodeToString([]byte(pick(r, L("admin|api|shop|merchant")) + ":" + mixed(r, 14)))
		v.s = "Basic " + sec
	case x < 92:
		v.sub = "pem"
		kind := pick(r, L("RSA PRIVATE KEY|PRIVATE KEY|EC PRIVATE KEY|OPENSSH PRIVATE KEY"))
		var lines []string
		n := 4 + r.IntN(6)
		for i := range n {
			l := rs(r, b64, 64)
			if i == 0 {
				l = "MII" + l[3:]
			}
			lines = append(lines, l)
		}
		v.s = "-----BEGIN " + kind + "-----\n" + strings.Join(lines, "\n") + "\n-----END " + kind + "-----"
		for _, l := range lines {
			v.needles = append(v.needles, needle{mChars, l})
		}
		return v
	case x < 96:
		v.sub = "cookie"
		switch r.IntN(4) {
		case 0:
			sec = rs(r, alnum, 32)
			v.s = "session_id=" + sec + "; theme=dark; lang=" + loc.code
		case 1:
			sec = rs(r, b64url, 40)
			v.s = "laravel_session=" + sec + "; XSRF-TOKEN=" + rs(r, hexd, 8)
		case 2:
			sec = rs(r, hexd, 26)
			v.s = "PHPSESSID=" + sec
		default:
			sec = rs(r, alnum, 24) + "." + rs(r, b64url, 27)
			v.s = "connect.sid=s%3A" + sec + "; _ga=GA1.2.1234.5678"
		}
	default:
		v.sub = "aws"
		sec = rs(r, b64, 40)
		v.s = sec
	}
	v.needles = []needle{{mChars, sec}}
	return v
}

// ---- addresses ----

var streetWords = map[string]bool{"street": true, "road": true, "avenue": true, "lane": true, "drive": true, "blvd": true, "boulevard": true, "court": true, "place": true, "way": true}

func genAddr(r *rand.Rand, f *gofakeit.Faker, loc *locale) *value {
	roman := loc.rfirst != nil && r.IntN(5) < 2
	var a address
	if loc.addr == nil {
		stn := f.StreetName()
		line := f.StreetNumber() + " " + stn + " " + f.StreetSuffix()
		if r.IntN(3) == 0 {
			line += pick(r, L(" Apt | Suite | Unit #")) + num(r, 1, 40) + pick(r, L("|B|C"))
		}
		c, st, z := f.City(), f.StateAbr(), f.Zip()
		a = address{full: line + ", " + c + ", " + st + " " + z, line1: line, city: c, postal: z, streetNames: []string{stn}, coarse: []string{c, st}}
	} else {
		a = loc.addr(r, roman)
	}
	v := &value{sub: "local", s: a.full, addr: a}
	if roman {
		v.sub = "roman"
	}
	for _, n := range a.streetNames {
		if n == "" {
			continue
		}
		for _, nd := range textNeedles(n, 4, a.coarse) {
			if !streetWords[strings.ToLower(nd.s)] {
				v.needles = append(v.needles, nd)
			}
		}
	}
	return v
}
