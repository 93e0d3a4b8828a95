package fourteentheval

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

// Kinds of personal values, as the redactor's README names them.
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

// person is one fake buyer with every value written in the ways the world
// writes it. A blank person answers every form with a placeholder, so that a
// line can be rendered a second time without its personal values.
type person struct {
	blank                               bool
	loc                                 *locale
	given, family, full, fullLatinOrder string
	email                               string
	nsn                                 string // national significant number
	phone                               map[string]string
	addr                                address
	card                                card
	iban                                string
	cnid                                string
	secret                              map[string]string // credential forms → whole written token
	secretCore                          map[string]string // credential forms → the secret part
}

type address struct {
	number, street, unit, district, city, post string
	line1, full                                string
	lines                                      []string // for blocks on several lines
}

type card struct {
	brand, digits  string
	spaced, dashed string
	exp            string
}

const placeholder = "QQQQ"

func pick(r *rand.Rand, s string) string {
	l := split(s)
	if len(l) == 0 {
		return ""
	}
	return l[r.IntN(len(l))]
}

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

// fill replaces each '#' of f by the next digit of d, each 'A' by a letter.
func fill(r *rand.Rand, f, d string) string {
	var b strings.Builder
	i := 0
	for _, c := range f {
		switch c {
		case '#':
			if d == "" {
				b.WriteByte(byte('0' + r.IntN(10)))
			} else {
				b.WriteByte(d[i])
				i++
			}
		case 'A':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// toNative rewrites ASCII digits in the digits whose zero is z.
func toNative(s string, z rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(z + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// newPerson builds a buyer of locale l from r, with gofakeit f for the parts
// no locale table holds (passwords, user handles).
func newPerson(r *rand.Rand, f *gofakeit.Faker, l *locale) *person {
	p := &person{loc: l, phone: map[string]string{}, secret: map[string]string{}, secretCore: map[string]string{}}
	gi, fi := r.IntN(len(split(l.given))), r.IntN(len(split(l.family)))
	p.given, p.family = split(l.given)[gi], split(l.family)[fi]
	sep := l.sep
	if !l.famFirst && sep == "" {
		sep = " "
	}
	if l.famFirst {
		p.full = p.family + sep + p.given
	} else {
		p.full = p.given + sep + p.family
	}
	p.fullLatinOrder = p.given + " " + p.family
	p.email = makeEmail(r, f, l, p, fi)
	p.makePhone(r)
	p.addr = makeAddress(r, l)
	// A street or district named after a person (Võ Thị Sáu) would make the
	// buyer's family name appear inside the address: the judge could not
	// tell which of the two survived, so such pairs are drawn again.
	for i := 0; i < 20 && addrHoldsName(p); i++ {
		p.addr = makeAddress(r, l)
	}
	p.card = makeCard(r)
	p.iban = makeIBAN(r, l.iban)
	p.cnid = makeCNID(r)
	p.makeSecrets(r, f)
	return p
}

func asciiFold(s string) string {
	repl := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", "ê", "e", "á", "a", "à", "a", "ã", "a", "â", "a", "í", "i", "ó", "o", "ô", "o", "õ", "o", "ú", "u", "ç", "c", "ñ", "n", "ł", "l", "ś", "s", "ń", "n", "ą", "a", "ę", "e", "ż", "z", "ź", "z", "ć", "c", "ı", "i", "ş", "s", "ğ", "g", "Ö", "O", "Ç", "C", "Ş", "S", "İ", "I")
	s = strings.ToLower(repl.Replace(s))
	var b strings.Builder
	for _, c := range s {
		if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			b.WriteRune(c)
		} else if c == ' ' || c == '-' {
			b.WriteByte('.')
		}
	}
	return strings.Trim(b.String(), ".")
}

func makeEmail(r *rand.Rand, f *gofakeit.Faker, l *locale, p *person, fi int) string {
	var fam, giv string
	if l.roman != "" {
		fam = split(l.roman)[fi]
		giv = strings.ToLower(f.Username())
		giv = strings.Map(func(c rune) rune {
			if c < 128 && unicode.IsLetter(c) {
				return c
			}
			return -1
		}, giv)
		if len(giv) > 8 {
			giv = giv[:8]
		}
	} else {
		fam, giv = asciiFold(p.family), asciiFold(p.given)
	}
	dom := pick(r, l.domains)
	switch r.IntN(6) {
	case 0:
		return giv + "." + fam + "@" + dom
	case 1:
		return fam + giv[:1] + digits(r, 2) + "@" + dom
	case 2:
		return giv + "." + fam + "+shop@" + dom
	case 3:
		return strings.ToUpper(giv[:1]) + giv[1:] + "." + strings.ToUpper(fam[:1]) + fam[1:] + "@" + dom
	case 4:
		return giv + "_" + fam + digits(r, 4) + "@" + dom
	}
	return fam + "." + giv + digits(r, 2) + "@" + dom
}

func (p *person) makePhone(r *rand.Rand) {
	l := p.loc
	pre := pick(r, l.mob)
	p.nsn = pre + digits(r, l.nsn-len(pre))
	nat := fill(r, l.natFmt, p.nsn)
	p.phone["national"] = nat
	p.phone["intl"] = "+" + l.cc + " " + fill(r, l.intlFmt, p.nsn)
	p.phone["e164"] = "+" + l.cc + p.nsn
	p.phone["paren_cc"] = "(+" + l.cc + ") " + fill(r, l.intlFmt, p.nsn)
	p.phone["cc_nospace"] = l.cc + p.nsn
	p.phone["dashed_intl"] = "+" + l.cc + "-" + strings.NewReplacer(" ", "-").Replace(fill(r, l.intlFmt, p.nsn))
	if l.native != 0 {
		p.phone["native"] = toNative(nat, l.native)
	} else {
		p.phone["native"] = nat
	}
}

func makeAddress(r *rand.Rand, l *locale) address {
	a := address{
		number:   strconv.Itoa(1 + r.IntN(398)),
		street:   pick(r, l.streets),
		unit:     strconv.Itoa(1 + r.IntN(40)),
		district: pick(r, l.districts),
		city:     pick(r, l.cities),
		post:     fill(r, l.postFmt, ""),
	}
	if l.tag == "ja-JP" {
		a.number = fmt.Sprintf("%d-%d-%d", 1+r.IntN(5), 1+r.IntN(30), 1+r.IntN(20))
	}
	rep := strings.NewReplacer("{n}", a.number, "{s}", a.street, "{u}", a.unit, "{d}", a.district, "{c}", a.city, "{p}", a.post)
	a.full = rep.Replace(l.addrFmt)
	// The first line: everything before the second comma-separated part
	// that names the city or postcode.
	// The first line runs to the part that holds the street; the rest is
	// the second line.
	a.line1, a.lines = a.full, []string{a.full}
	for _, sep := range []string{", ", "، "} {
		parts := strings.Split(a.full, sep)
		if len(parts) < 2 {
			continue
		}
		for i := range parts {
			if strings.Contains(parts[i], a.street) && i+1 < len(parts) {
				a.line1 = strings.Join(parts[:i+1], sep)
				a.lines = []string{a.line1, strings.Join(parts[i+1:], sep)}
				break
			}
		}
		break
	}
	return a
}

// Card issuers with real prefixes and lengths.
var issuers = []struct {
	brand  string
	prefix []string
	length int
}{
	{"visa", []string{"4"}, 16},
	{"mastercard", []string{"51", "53", "55", "2221", "2720", "2367"}, 16},
	{"amex", []string{"34", "37"}, 15},
	{"discover", []string{"6011", "65"}, 16},
	{"jcb", []string{"3528", "3543", "3589"}, 16},
	{"unionpay", []string{"62"}, 16},
	{"unionpay19", []string{"62"}, 19},
	{"diners", []string{"36", "38"}, 14},
	{"mir", []string{"2200", "2202", "2204"}, 16},
	{"elo", []string{"636368", "504175"}, 16},
	{"maestro", []string{"6759", "6763"}, 19},
	{"visa19", []string{"4"}, 19},
}

func luhnDigit(partial string) byte {
	sum := 0
	dbl := true
	for i := len(partial) - 1; i >= 0; i-- {
		d := int(partial[i] - '0')
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
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

func makeCard(r *rand.Rand) card {
	is := issuers[r.IntN(len(issuers))]
	pre := is.prefix[r.IntN(len(is.prefix))]
	body := pre + digits(r, is.length-1-len(pre))
	d := body + string(luhnDigit(body))
	c := card{brand: is.brand, digits: d, exp: fmt.Sprintf("%02d/%02d", 1+r.IntN(12), 27+r.IntN(6))}
	c.spaced, c.dashed = groupCard(d, " "), groupCard(d, "-")
	return c
}

func groupCard(d, sep string) string {
	var parts []string
	switch len(d) {
	case 15:
		parts = []string{d[:4], d[4:10], d[10:]}
	case 14:
		parts = []string{d[:4], d[4:10], d[10:]}
	default:
		for i := 0; i < len(d); i += 4 {
			parts = append(parts, d[i:min(i+4, len(d))])
		}
	}
	return strings.Join(parts, sep)
}

// IBAN lengths and BBAN shapes ('#' digit, 'A' letter) per country.
var ibanShapes = map[string]string{
	"DE": "##################", "GB": "AAAA##############", "FR": "#######################",
	"ES": "####################", "IT": "A######################", "NL": "AAAA##########",
	"PL": "########################", "TR": "######################", "SA": "####################",
	"BR": "#######################AA", "BE": "############", "AT": "################",
	"CH": "#################", "PT": "#####################", "AE": "###################",
	"LT": "################", "IE": "AAAA##############",
}

var ibanOthers = []string{"DE", "NL", "BE", "AT", "CH", "PT", "AE", "LT", "IE", "FR"}

func mod97(s string) int {
	rem := 0
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			v := int(c-'A') + 10
			rem = (rem*100 + v) % 97
		} else {
			rem = (rem*10 + int(c-'0')) % 97
		}
	}
	return rem
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	if len(s) < 15 {
		return false
	}
	return mod97(s[4:]+s[:4]) == 1
}

func makeIBAN(r *rand.Rand, cc string) string {
	if cc == "" {
		cc = ibanOthers[r.IntN(len(ibanOthers))]
	}
	bban := fill(r, ibanShapes[cc], "")
	chk := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, bban)
}

func groupIBAN(s string) string {
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, s[i:min(i+4, len(s))])
	}
	return strings.Join(parts, " ")
}

var cnRegions = []string{"110105", "310104", "440305", "330106", "510107", "420106", "320102", "370202"}

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func makeCNID(r *rand.Rand) string {
	s := fmt.Sprintf("%s%04d%02d%02d%03d", cnRegions[r.IntN(len(cnRegions))], 1958+r.IntN(47), 1+r.IntN(12), 1+r.IntN(28), r.IntN(1000))
	return s + string(cnCheck(s))
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func randStr(r *rand.Rand, n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

var humanWords = []string{"Sunflower", "Pelangi", "Mariposa", "Tigre", "Kaffee", "Bonbon", "Sakura", "Dragon", "Caramelo", "Lumière", "Cebola", "Pantera"}

func (p *person) makeSecrets(r *rand.Rand, f *gofakeit.Faker) {
	set := func(form, whole, core string) { p.secret[form], p.secretCore[form] = whole, core }
	pw := f.Password(true, true, true, true, false, 14)
	set("password", pw, pw)
	hp := humanWords[r.IntN(len(humanWords))] + strconv.Itoa(1970+r.IntN(40)) + string("!#*$"[r.IntN(4)])
	set("human_password", hp, hp)
	sk := "sk_live_" + randStr(r, 24, alnum)
	set("stripe", sk, sk)
	sh := "shpat_" + randStr(r, 32, "0123456789abcdef")
	set("shopify", sh, sh)
	hex := randStr(r, 40, "0123456789abcdef")
	set("hex_key", hex, hex)
	h1 := base64url(r, 36)
	h2 := base64url(r, 80)
	h3 := base64url(r, 43)
	jwt := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + h1 + h2[:20] + "." + h3
	set("jwt", jwt, jwt)
	tok := randStr(r, 40, alnum+"-_")
	set("bearer", "Bearer "+tok, tok)
	dbpw := f.Password(true, true, true, false, false, 16)
	set("conn", "postgres://shop_rw:"+dbpw+"@db-orders.internal:5432/orders", dbpw)
	otp := digits(r, 6)
	set("otp", otp, otp)
	wh := "whsec_" + randStr(r, 32, alnum)
	set("webhook", wh, wh)
	cs := randStr(r, 48, alnum)
	set("client_secret", cs, cs)
	ak := "AKIA" + randStr(r, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
	set("aws", ak, ak)
}

func base64url(r *rand.Rand, n int) string {
	return randStr(r, n, alnum+"-_")
}

// name forms: how the buyer's name is written.
func (p *person) Name(form string) string {
	if p.blank {
		return placeholder
	}
	switch form {
	case "latin_order":
		return p.fullLatinOrder
	case "upper":
		return strings.ToUpper(p.full)
	case "family_comma":
		return p.family + ", " + p.given
	case "title":
		if p.loc.tag == "ja-JP" {
			return p.full + "様"
		}
		return honorific(p.loc) + p.full
	}
	return p.full
}

func honorific(l *locale) string {
	switch l.tag[:2] {
	case "de":
		return "Frau "
	case "fr":
		return "Mme "
	case "es", "pt":
		return "Sra. "
	}
	return "Ms "
}

func (p *person) Email(form string) string {
	if p.blank {
		return placeholder
	}
	if form == "upper" {
		return strings.ToUpper(p.email)
	}
	return p.email
}

func (p *person) Phone(form string) string {
	if p.blank {
		return placeholder
	}
	return p.phone[form]
}

func (p *person) Addr(form string) string {
	if p.blank {
		return placeholder
	}
	switch form {
	case "line1":
		return p.addr.line1
	case "lines":
		return strings.Join(p.addr.lines, "\n")
	case "street":
		return p.addr.number + " " + p.addr.street
	}
	return p.addr.full
}

func (p *person) Card(form string) string {
	if p.blank {
		return placeholder
	}
	switch form {
	case "spaced":
		return p.card.spaced
	case "dashed":
		return p.card.dashed
	}
	return p.card.digits
}

func (p *person) IBAN(form string) string {
	if p.blank {
		return placeholder
	}
	if form == "grouped" {
		return groupIBAN(p.iban)
	}
	return p.iban
}

func (p *person) CNID() string {
	if p.blank {
		return placeholder
	}
	return p.cnid
}

func (p *person) Secret(form string) string {
	if p.blank {
		return placeholder
	}
	return p.secret[form]
}

func addrHoldsName(p *person) bool {
	a := fold(p.addr.full)
	for _, n := range nameNeedles(p) {
		if countWord(a, fold(n.s)) > 0 || (n.view == viewFold && strings.Contains(a, fold(n.s))) {
			return true
		}
	}
	return false
}
