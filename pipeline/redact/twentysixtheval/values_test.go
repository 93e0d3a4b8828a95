package twentysixtheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

// PII kinds of the issue.
const (
	kName       = "name"
	kAddress    = "address"
	kPhone      = "phone"
	kEmail      = "email"
	kCard       = "card"
	kIBAN       = "iban"
	kCNID       = "cn_id"
	kCredential = "credential"
)

var kinds = []string{kName, kAddress, kPhone, kEmail, kCard, kIBAN, kCNID, kCredential}

// val is one PII value with what the judge looks for.
type val struct {
	kind, form, locale string
	raw                string
	tokens             []string // name: tokens; address: street, number
	digits             string   // phone/card/cn_id/iban: compact digits (iban: upper alnum)
	secret             string   // credential: the secret part
}

// gen holds the deterministic sources of one corpus.
type gen struct {
	r  *rand.Rand
	fk *gofakeit.Faker
}

func newGen(seed uint64) *gen {
	return &gen{r: rand.New(rand.NewPCG(seed, seed^0x26c0ffee)), fk: gofakeit.New(seed)}
}

func (g *gen) pick(s []string) string { return s[g.r.IntN(len(s))] }
func (g *gen) chance(p float64) bool  { return g.r.Float64() < p }

// fill replaces # with random digits.
func (g *gen) fill(p string) string {
	var b strings.Builder
	for _, c := range p {
		if c == '#' {
			b.WriteByte(byte('0' + g.r.IntN(10)))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func (g *gen) alnum(n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

const (
	hexl   = "0123456789abcdef"
	upnum  = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
	b62    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	digits = "0123456789"
)

func onlyDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if d, ok := digitVal(c); ok {
			b.WriteByte(byte('0' + d))
		}
	}
	return b.String()
}

// digitVal reads a digit of any script the corpus writes.
func digitVal(c rune) (int, bool) {
	if c >= '0' && c <= '9' {
		return int(c - '0'), true
	}
	if c >= '０' && c <= '９' {
		return int(c - '０'), true
	}
	if unicode.IsDigit(c) {
		for _, z := range []rune{'٠', '۰', '०', '০', '๐', '௦'} {
			if c >= z && c <= z+9 {
				return int(c - z), true
			}
		}
	}
	return 0, false
}

func toScript(s, script string) string {
	if script == "" {
		return s
	}
	ds := []rune(script)
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(ds[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// fullWidthLetters writes Latin letters as an IME in full-width mode types them.
func fullWidthLetters(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= 'A' && c <= 'Z', c >= 'a' && c <= 'z':
			b.WriteRune(c - 'A' + 'Ａ')
		case c == ' ':
			b.WriteRune('　')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			b.WriteRune('０' + (c - '0'))
		case c == '-':
			b.WriteRune('－')
		case c == '+':
			b.WriteRune('＋')
		case c == ' ':
			b.WriteRune('　')
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// person is one buyer of a case, put together from parts.
type person struct {
	loc                                 *locale
	given, family, givenL, familyL, hon string
	honSuffix                           bool
}

func (g *gen) person(l *locale) person {
	p := person{loc: l}
	if l.code == "en_US" {
		p.given, p.family = g.fk.FirstName(), g.fk.LastName()
	} else {
		i, j := g.r.IntN(len(l.given)), g.r.IntN(len(l.family))
		p.given, p.family = l.given[i], l.family[j]
		if l.givenL != nil {
			p.givenL, p.familyL = l.givenL[i], l.familyL[j]
		}
	}
	if p.givenL == "" {
		p.givenL, p.familyL = p.given, p.family
	}
	if len(l.honSuf) > 0 && (len(l.honPre) == 0 || g.chance(0.5)) {
		p.hon, p.honSuffix = g.pick(l.honSuf), true
	} else if len(l.honPre) > 0 {
		p.hon = g.pick(l.honPre)
	}
	return p
}

var stopTokens = map[string]bool{"de": true, "da": true, "do": true, "dos": true, "das": true, "del": true, "della": true, "di": true, "du": true,
	"la": true, "le": true, "van": true, "von": true, "der": true, "den": true, "bin": true, "binti": true, "al": true, "el": true, "a/p": true, "an": true}

func nameTokens(s string) []string {
	f := strings.FieldsFunc(s, func(c rune) bool { return c == ' ' || c == '-' || c == '\'' || c == '　' || c == ',' || c == '.' })
	var out []string
	for _, t := range f {
		if len([]rune(t)) < 2 || stopTokens[strings.ToLower(t)] {
			continue
		}
		out = append(out, t)
	}
	return out
}

// nameVal writes the person's name in one of the forms people type.
// It returns the text before the value (an honorific), the value, and the text after.
func (g *gen) nameVal(p person, forceLatin bool) (pre string, v *val, post string) {
	l := p.loc
	native := l.givenL != nil && l.code != "en_US" && p.given != p.givenL
	form := "latin"
	var s string
	switch {
	case native && !forceLatin && g.chance(0.65):
		form = "native"
		if l.famFirst {
			s = p.family + l.join + p.given
		} else {
			s = p.given + " " + p.family
		}
	default:
		if native {
			form = "translit"
		}
		if l.famFirst && g.chance(0.5) {
			s = p.familyL + " " + p.givenL
			form += "+famfirst"
		} else {
			s = p.givenL + " " + p.familyL
		}
		if l.fullw && g.chance(0.15) {
			s = fullWidthLetters(s)
			form += "+fullwidth"
		} else if g.chance(0.12) {
			s = strings.ToUpper(s)
			form += "+caps"
		} else if g.chance(0.06) {
			s = strings.ToLower(s)
			form += "+lower"
		}
	}
	if g.chance(0.08) && !native {
		// "Family, Given" as agents and forms write it
		s = p.familyL + ", " + p.givenL
		form = "comma"
	}
	if p.hon != "" && g.chance(0.45) {
		if p.honSuffix {
			post = p.hon
			if !strings.ContainsAny(p.hon, "様さん님씨先生女士小姐") {
				post = " " + p.hon
			}
		} else {
			pre = p.hon + " "
		}
		form += "+hon"
	}
	toks := nameTokens(s)
	if strings.HasPrefix(form, "native") && l.join == "" {
		// a name written without spaces: its family and given names apart
		toks = append(nameTokens(p.family), nameTokens(p.given)...)
	}
	if len(toks) == 0 {
		toks = []string{s}
	}
	return pre, &val{kind: kName, form: form, locale: l.code, raw: s, tokens: toks}, post
}

// givenVal is the given name alone ("Hi Budi").
func (g *gen) givenVal(p person) *val {
	s := p.given
	form := "given"
	if p.loc.givenL != nil && g.chance(0.4) {
		s, form = p.givenL, "given+translit"
	}
	toks := nameTokens(s)
	if len(toks) == 0 {
		return nil
	}
	return &val{kind: kName, form: form, locale: p.loc.code, raw: s, tokens: toks}
}

func (g *gen) address(l *locale) *val {
	var street, city, post string
	if l.code == "en_US" {
		street = g.fk.StreetName() + " " + g.fk.StreetSuffix()
		city = g.fk.City() + ", " + g.fk.StateAbr()
		post = g.fk.Zip()
	} else {
		street, city, post = g.pick(l.streets), g.pick(l.cities), g.fill(g.pick(l.post))
	}
	num := g.fill(g.pick(l.numFmt))
	num = strings.TrimLeft(num, "0")
	if num == "" || !strings.ContainsAny(num[:1], "123456789") {
		num = "1" + num
	}
	f := g.pick(l.addrFmt)
	unit := ""
	if len(l.unitFmt) > 0 {
		unit = g.fill(g.pick(l.unitFmt))
	}
	land := ""
	if len(l.lands) > 0 {
		land = g.pick(l.lands)
	}
	s := strings.NewReplacer("{S}", street, "{N}", num, "{C}", city, "{P}", post, "{U}", unit, "{L}", land).Replace(f)
	form := "full"
	if strings.Contains(f, "{L}") {
		form = "landmark"
	}
	key := street
	if strings.Contains(f, "ص.ب") {
		form, key = "pobox", city
	}
	return &val{kind: kAddress, form: form, locale: l.code, raw: s, tokens: []string{key, num}}
}

var connector = map[string]string{"en_US": " then ", "fil_PH": " tapos ", "id_ID": " lalu ", "es_MX": " y luego ", "pt_BR": " e ", "de_DE": " und dann ", "ms_MY": " lepas tu ", "en_IN": " phir ", "ar_EG": " w ba3d kda "}

func (g *gen) phone(l *locale) *val {
	pat := g.pick(l.phones)
	s := g.fill(pat)
	if l.code == "en_US" && g.chance(0.3) {
		s = g.fk.PhoneFormatted()
	}
	form := "local"
	switch {
	case strings.HasPrefix(s, "+") || strings.HasPrefix(s, "(+") || strings.HasPrefix(s, "00"):
		form = "intl"
	case !strings.ContainsAny(s, " -.()/"):
		form = "compact"
	}
	d := onlyDigits(s)
	switch {
	case l.digits != "" && g.chance(0.3):
		s = toScript(s, l.digits)
		form = "native-digits"
	case l.fullw && g.chance(0.25):
		s = fullWidth(s)
		form = "fullwidth"
	case connector[l.code] != "" && g.chance(0.15) && strings.Count(s, " ") >= 2:
		i := strings.LastIndexByte(s, ' ')
		s = s[:i] + connector[l.code] + s[i+1:]
		form = "words"
	}
	return &val{kind: kPhone, form: form, locale: l.code, raw: s, digits: d}
}

var asciiFold = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "ae", "ã", "a", "å", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "í", "i", "ì", "i", "î", "i", "ï", "i",
	"ó", "o", "ò", "o", "ô", "o", "ö", "oe", "õ", "o", "ú", "u", "ù", "u", "û", "u", "ü", "ue", "ñ", "n", "ç", "c", "ß", "ss", "ł", "l", "ś", "s", "ż", "z", "ź", "z", "ń", "n", "ę", "e", "ą", "a", "ć", "c",
	"ş", "s", "ğ", "g", "ı", "i", "ø", "o", "æ", "ae", "ő", "o", "ű", "u", "Ł", "L", "Ś", "S", "Ż", "Z", "Ç", "C", "Ş", "S", "İ", "I", "Ö", "O", "Ü", "U", "Ä", "A", "Å", "A", "É", "E", "Á", "A", "Í", "I", "Ó", "O", "Ú", "U", "'", "", " ", "", "-", "")

func (g *gen) email(p person) *val {
	gv := strings.ToLower(asciiFold.Replace(p.givenL))
	fv := strings.ToLower(asciiFold.Replace(p.familyL))
	var local string
	switch g.r.IntN(5) {
	case 0:
		local = gv + "." + fv
	case 1:
		local = gv + fv + strconv.Itoa(g.r.IntN(90)+10)
	case 2:
		local = gv[:1] + "_" + fv + strconv.Itoa(1960+g.r.IntN(45))
	case 3:
		local = fv + "." + gv + strconv.Itoa(g.r.IntN(9)+1)
	default:
		local = gv + "." + fv + "+shop"
	}
	local = strings.Map(func(c rune) rune {
		if c < 128 {
			return c
		}
		return -1
	}, local)
	if len(local) < 4 {
		local += "x" + strconv.Itoa(g.r.IntN(900)+100)
	}
	var dom string
	if p.loc.code == "en_US" {
		dom = g.pick([]string{"gmail.com", "yahoo.com", "outlook.com", g.fk.DomainName()})
	} else {
		dom = g.pick(p.loc.mail)
	}
	form := "plain"
	if strings.Contains(local, "+") {
		form = "subaddress"
	}
	if g.chance(0.1) {
		local = strings.ToUpper(local[:1]) + local[1:]
		form = "capital"
	}
	return &val{kind: kEmail, form: form, locale: p.loc.code, raw: local + "@" + dom, secret: local}
}

func luhnCheck(body string) byte {
	sum := 0
	dbl := true
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
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
	return len(s) > 1 && luhnCheck(s[:len(s)-1]) == s[len(s)-1]
}

type issuer struct {
	name   string
	prefix []string
	n      int
}

var issuers = []issuer{
	{"visa", []string{"4"}, 16}, {"mastercard", []string{"51", "53", "55", "2221", "2720"}, 16}, {"amex", []string{"34", "37"}, 15},
	{"jcb", []string{"3528", "3545", "3589"}, 16}, {"unionpay", []string{"62"}, 16}, {"unionpay19", []string{"62"}, 19}, {"discover", []string{"6011", "65"}, 16},
	{"diners", []string{"36"}, 14}, {"mir", []string{"2200", "2202"}, 16}, {"rupay", []string{"6521", "6080"}, 16}, {"troy", []string{"9792"}, 16}, {"elo", []string{"636368", "504175"}, 16},
}

func (g *gen) card(l *locale) *val {
	is := issuers[g.r.IntN(len(issuers))]
	p := g.pick(is.prefix)
	body := p + g.alnum(is.n-1-len(p), digits)
	d := body + string(luhnCheck(body))
	s := d
	form := is.name + "+compact"
	switch g.r.IntN(4) {
	case 0, 1:
		var groups []int
		switch is.n {
		case 15:
			groups = []int{4, 6, 5}
		case 14:
			groups = []int{4, 6, 4}
		case 19:
			groups = []int{4, 4, 4, 4, 3}
		default:
			groups = []int{4, 4, 4, 4}
		}
		sep := " "
		if g.chance(0.4) {
			sep = "-"
		}
		var parts []string
		i := 0
		for _, n := range groups {
			parts = append(parts, d[i:i+n])
			i += n
		}
		s = strings.Join(parts, sep)
		form = is.name + "+grouped"
	}
	if l.fullw && g.chance(0.2) {
		s = fullWidth(s)
		form = is.name + "+fullwidth"
	}
	return &val{kind: kCard, form: form, locale: l.code, raw: s, digits: d}
}

var ibanLen = map[string]int{"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "TR": 26, "GR": 27, "SA": 24, "IL": 23, "SE": 24, "BR": 29, "UA": 29, "EG": 29, "GE": 22, "AE": 23, "PT": 25}

func mod97(s string) int {
	m := 0
	for _, c := range s {
		var v int
		if c >= 'A' && c <= 'Z' {
			v = int(c-'A') + 10
			m = (m*100 + v) % 97
			continue
		}
		v = int(c - '0')
		m = (m*10 + v) % 97
	}
	return m
}

func (g *gen) iban(l *locale) *val {
	cc := l.iban
	if cc == "" {
		cc = g.pick([]string{"DE", "FR", "NL", "GB", "AE", "ES"})
	}
	n := ibanLen[cc] - 4
	var bban string
	switch cc {
	case "GB":
		bban = g.pick([]string{"NWBK", "BARC", "HBUK", "LOYD"}) + g.alnum(n-4, digits)
	case "NL":
		bban = g.pick([]string{"ABNA", "RABO", "INGB", "TRIO"}) + g.alnum(n-4, digits)
	case "IT":
		bban = string("ABCDEFGHJKLMNPX"[g.r.IntN(15)]) + g.alnum(n-1, digits)
	case "GE":
		bban = g.pick([]string{"TB", "BG", "NB"}) + g.alnum(n-2, digits)
	case "BR":
		bban = g.alnum(n-2, digits) + "C1"
	default:
		bban = g.alnum(n, digits)
	}
	chk := 98 - mod97(bban+cc+"00")
	compact := fmt.Sprintf("%s%02d%s", cc, chk, bban)
	s := compact
	form := cc + "+compact"
	if g.chance(0.55) {
		var parts []string
		for i := 0; i < len(compact); i += 4 {
			parts = append(parts, compact[i:min(i+4, len(compact))])
		}
		s = strings.Join(parts, " ")
		form = cc + "+grouped"
	}
	return &val{kind: kIBAN, form: form, locale: l.code, raw: s, digits: compact}
}

var cnRegions = []string{"110101", "310104", "440305", "330106", "510107", "320102", "420111", "370202"}

func (g *gen) cnid() *val {
	y := 1958 + g.r.IntN(48)
	m := 1 + g.r.IntN(12)
	d := 1 + g.r.IntN(28)
	body := fmt.Sprintf("%s%04d%02d%02d%03d", g.pick(cnRegions), y, m, d, g.r.IntN(1000))
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(body[i]-'0') * w[i]
	}
	id := body + string("10X98765432"[sum%11])
	form := "plain"
	if strings.HasSuffix(id, "X") {
		form = "x-check"
	}
	if g.chance(0.1) {
		id = strings.ToLower(id)
	}
	return &val{kind: kCNID, form: form, locale: "zh_CN", raw: id, digits: strings.ToUpper(id)}
}

var pwWords = []string{"Sakura", "Manila", "bintang", "Mariposa", "sonnenschein", "Galatasaray", "jakarta", "Tigre", "kucing", "Lumpia", "Fenerbahce", "Dragon", "cerveza", "Matahari", "Limau", "Pilipinas"}

// credential returns the text before the secret (its scheme or key, template),
// the secret as a value, and the credential's form.
func (g *gen) credential(l *locale) (pre string, v *val) {
	var s, form string
	switch g.r.IntN(9) {
	case 0, 1:
		form = "password"
		w := g.pick(pwWords)
		switch g.r.IntN(3) {
		case 0:
			s = w + strconv.Itoa(1970+g.r.IntN(40)) + g.pick([]string{"!", "#", "@", "*"})
		case 1:
			s = strings.ToLower(w) + "_" + strconv.Itoa(10+g.r.IntN(89)) + g.pick([]string{"!!", "$", "."})
		default:
			s = g.alnum(4, b62) + g.pick([]string{"&", "%", "#"}) + g.alnum(7, b62)
		}
	case 2:
		form = "otp"
		s = g.alnum(6, digits)
	case 3:
		form = "bearer"
		pre = "Bearer "
		s = g.alnum(40, b62)
	case 4:
		form = "jwt"
		hdr := "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
		pl := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","iat":%d}`, g.r.IntN(1e8), 1790000000+g.r.IntN(1e7))))
		pre = hdr
		s = pl + "." + g.alnum(43, b62)
	case 5:
		form = "vendor"
		switch g.r.IntN(5) {
		case 0:
			pre, s = "shpat_", g.alnum(32, hexl)
		case 1:
			pre, s = "sk_live_", g.alnum(24, b62)
		case 2:
			pre, s = "AKIA", g.alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		case 3:
			pre, s = "xnd_production_", g.alnum(40, b62)
		default:
			pre, s = "rzp_live_", g.alnum(14, b62)
		}
	case 6:
		form = "basic"
		pre = "Basic "
		s = base64.StdEncoding.EncodeToString([]byte("cod-agent" + strconv.Itoa(g.r.IntN(90)) + ":" + g.pick(pwWords) + strconv.Itoa(g.r.IntN(9000)+1000)))
	case 7:
		form = "api_key"
		s = g.alnum(32, b62)
	default:
		form = "dsn"
		pre = "postgres://cod_reports:"
		s = strings.ToLower(g.pick(pwWords)) + g.alnum(6, b62)
	}
	return pre, &val{kind: kCredential, form: form, locale: l.code, raw: s, secret: s}
}
