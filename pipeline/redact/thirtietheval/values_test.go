package thirtietheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// gen carries the corpus's random sources: one PCG stream and a gofakeit
// faker seeded from it, so the whole corpus follows from the seed.
type gen struct {
	r  *rand.Rand
	fk *gofakeit.Faker
}

func newGen(seed uint64) *gen {
	r := rand.New(rand.NewPCG(seed, seed^0x7e57da7a))
	return &gen{r: r, fk: gofakeit.New(r.Uint64())}
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) chance(p float64) bool   { return g.r.Float64() < p }

// fill replaces '#' with a digit and 'A' with an upper-case letter.
func (g *gen) fill(p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case '#':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case 'A':
			b.WriteByte(byte('A' + g.r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// fillDigits replaces '#' with a digit and leaves letters alone.
func (g *gen) fillDigits(p string) string {
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

func toNative(s, digits string) string {
	if digits == "" {
		return s
	}
	nd := []rune(digits)
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(nd[c-'0'])
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

// asciiDigits returns the digits of s (any script's decimal digits) as ASCII.
func asciiDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if unicode.IsDigit(c) {
			if c >= '0' && c <= '9' {
				b.WriteRune(c)
			} else if d := digitValue(c); d >= 0 {
				b.WriteByte(byte('0' + d))
			}
		}
	}
	return b.String()
}

// nativeDigitsOnly returns the digits of s as they are written.
func nativeDigitsOnly(s string) string {
	var b strings.Builder
	for _, c := range s {
		if unicode.IsDigit(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func digitValue(c rune) int {
	for _, set := range []string{"٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹", "०१२३४५६७८९", "০১২৩৪৫৬৭৮৯", "๐๑๒๓๔๕๖๗๘๙", "０１２３４５６７８９"} {
		i := 0
		for _, d := range set {
			if d == c {
				return i
			}
			i++
		}
	}
	return -1
}

func hasNative(s string) bool {
	for _, c := range s {
		if c > 127 && unicode.IsDigit(c) {
			return true
		}
	}
	return false
}

func isLatin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

// ---------- people ----------

type person struct {
	loc           *locale
	given, family string
	rgiven, rfam  string // romanised (== given/family for Latin script)
	email         string
}

func (g *gen) person(l *locale) person {
	var p person
	p.loc = l
	i, j := g.r.IntN(len(l.given)), g.r.IntN(len(l.family))
	if l.faker && g.chance(0.6) {
		p.given, p.family = g.fk.FirstName(), g.fk.LastName()
	} else {
		p.given, p.family = l.given[i], l.family[j]
	}
	p.rgiven, p.rfam = p.given, p.family
	if l.rgiven != nil && p.given == l.given[i] {
		p.rgiven, p.rfam = l.rgiven[i%len(l.rgiven)], l.rfamily[j%len(l.rfamily)]
	}
	return p
}

var nameForms = []string{"full", "full", "lower", "upper", "initial", "family_initial", "given_only", "nick", "family_first", "hon", "translit", "translit+hon", "greeting", "possessive"}

// name returns a name value and its form.
func (g *gen) name(p person, form string) (string, string, string) {
	l := p.loc
	full := func(gv, fm string, ff bool) string {
		if ff {
			if !isLatin(gv) && (strings.HasPrefix(l.code, "zh") || strings.HasPrefix(l.code, "ja")) {
				return fm + gv
			}
			return fm + " " + gv
		}
		return gv + " " + fm
	}
	pre, post := "", ""
	var v string
	switch form {
	case "full":
		v = full(p.given, p.family, l.famFirst)
	case "lower":
		v = strings.ToLower(full(p.rgiven, p.rfam, l.famFirst))
	case "upper":
		v = strings.ToUpper(full(p.rgiven, p.rfam, l.famFirst && g.chance(0.5)))
	case "initial":
		r, _ := utf8.DecodeRuneInString(p.rgiven)
		v = string(r) + ". " + p.rfam
		if g.chance(0.4) {
			v = strings.ToLower(v)
		}
	case "family_initial":
		r, _ := utf8.DecodeRuneInString(p.rgiven)
		v = p.rfam + " " + string(r) + "."
	case "given_only", "greeting":
		v = p.given
		if g.chance(0.3) {
			v = strings.ToLower(p.rgiven)
		}
	case "nick":
		rs := []rune(p.rgiven)
		if len(rs) > 4 {
			rs = rs[:3+g.r.IntN(2)]
		}
		v = string(rs)
		if g.chance(0.5) {
			v = strings.ToLower(v)
		}
		if len([]rune(v)) < 3 {
			v = p.rgiven
		}
	case "family_first":
		v = full(p.given, p.family, true)
		if isLatin(v) && g.chance(0.5) {
			v = strings.ToUpper(p.family) + " " + p.given
		}
	case "hon":
		if len(l.honSuf) > 0 {
			v = p.family
			post = g.pick(l.honSuf)
			if strings.HasPrefix(l.code, "ko") {
				v = p.family + p.given
				post = " " + post
			}
		} else if len(l.hon) > 0 {
			pre = g.pick(l.hon) + " "
			v = p.family
			if g.chance(0.4) {
				v = full(p.given, p.family, l.famFirst)
			}
		} else {
			v = full(p.given, p.family, l.famFirst)
		}
	case "translit":
		v = full(p.rgiven, p.rfam, l.famFirst && g.chance(0.5))
	case "translit+hon":
		v = p.rfam
		pre = g.pick([]string{"Mr. ", "Ms. ", "Mrs. ", "Dr. ", "Dear Mr. "})
		if len(l.honSuf) > 0 {
			pre = ""
			post = g.pick([]string{"-san", " sama", "-ssi", " xiansheng", " nim"})
		}
	case "possessive":
		v = full(p.given, p.family, l.famFirst)
		if g.chance(0.5) {
			v = p.given
		}
	}
	return pre, v, post
}

// ---------- addresses ----------

var addrForms = []string{"local", "local", "lower", "no_keys", "with_flat"}

func (g *gen) address(l *locale, form string) string {
	f := g.pick(l.addr)
	if form == "with_flat" {
		for _, a := range l.addr {
			if strings.Contains(a, "{flat}") {
				f = a
			}
		}
	}
	no := strconv.Itoa(1 + g.r.IntN(240))
	if g.chance(0.15) {
		no += string(rune('a' + g.r.IntN(4)))
	}
	zip := g.fill(l.zip)
	st, city := g.pick(l.streets), g.pick(l.cities)
	if l.faker && g.chance(0.5) {
		st = g.fk.Street()
		st = st[strings.IndexByte(st, ' ')+1:]
	}
	rep := strings.NewReplacer("{no}", no, "{st}", st, "{city}", city, "{zip}", zip, "{flat}", l.flat)
	v := g.fillDigits(rep.Replace(f))
	switch form {
	case "lower":
		v = strings.ToLower(v)
	case "no_keys":
		v = strings.ReplaceAll(v, ",", "")
		v = strings.ReplaceAll(v, "، ", " ")
	}
	return v
}

// ---------- phones ----------

var phoneForms = []string{"intl", "national", "national", "compact", "split_words", "spelled", "native"}

var spelled = map[string][]string{
	"en": sp("zero|one|two|three|four|five|six|seven|eight|nine"),
	"es": sp("cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve"),
	"de": sp("null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun"),
	"fr": sp("zéro|un|deux|trois|quatre|cinq|six|sept|huit|neuf"),
	"pt": sp("zero|um|dois|três|quatro|cinco|seis|sete|oito|nove"),
	"id": sp("nol|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan"),
}

func (g *gen) phone(l *locale, form, lang string) (string, string) {
	switch form {
	case "intl":
		return g.fill(g.pick(l.phIntl)), form
	case "compact":
		v := g.fill(g.pick(l.phNat))
		return strings.Map(func(r rune) rune {
			if unicode.IsDigit(r) || r == '+' {
				return r
			}
			return -1
		}, v), form
	case "split_words":
		v := asciiDigits(g.fill(g.pick(l.phNat)))
		if len(v) < 8 {
			v += g.fill("###")
		}
		h := len(v) / 2
		return v[:h] + g.pick([]string{" then ", " - ", " / ", " and "}) + v[h:], form
	case "spelled":
		w, ok := spelled[lang]
		if !ok {
			w = spelled["en"]
		}
		v := asciiDigits(g.fill(g.pick(l.phNat)))
		parts := make([]string, len(v))
		for i := range v {
			parts[i] = w[v[i]-'0']
		}
		return strings.Join(parts, " "), form
	case "native":
		v := g.fill(g.pick(l.phNat))
		if l.digits != "" {
			return toNative(v, l.digits), form
		}
		form = "national"
		return v, form
	}
	v := g.fill(g.pick(l.phNat))
	if hasNative(v) {
		v = toNative(v, l.digits)
		form = "native"
	}
	return v, form
}

// ---------- e-mail ----------

var emailForms = []string{"plain", "plain", "plus", "upper", "at_dot", "bracket"}

func asciiFold(s string) string {
	rep := strings.NewReplacer("ä", "ae", "ö", "oe", "ü", "ue", "ß", "ss", "é", "e", "è", "e", "ë", "e", "ç", "c", "ã", "a", "á", "a", "à", "a", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ł", "l", "ą", "a", "ę", "e", "ś", "s", "ż", "z", "ź", "z", "ń", "n", "ć", "c", "ş", "s", "ğ", "g", "ı", "i", "İ", "i", "â", "a", "ô", "o", "ê", "e", "å", "a", "ø", "o", "ő", "o", "ű", "u", "ị", "i", "ễ", "e", "ầ", "a", "ạ", "a", "ư", "u", "ơ", "o", "đ", "d", "Đ", "d", "ả", "a", "ọ", "o", "ứ", "u", "ắ", "a", "ấ", "a", "ậ", "a", "ồ", "o", "ỳ", "y", "'", "", "/", "")
	s = rep.Replace(strings.ToLower(s))
	return strings.Map(func(r rune) rune {
		if r < 128 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			return r
		}
		if r == ' ' || r == '-' {
			return '.'
		}
		return -1
	}, s)
}

func (g *gen) email(p person, form string) string {
	gv, fm := asciiFold(p.rgiven), asciiFold(p.rfam)
	if gv == "" {
		gv = "user"
	}
	if fm == "" {
		fm = "x"
	}
	var local string
	switch g.r.IntN(5) {
	case 0:
		local = gv + "." + fm
	case 1:
		local = gv[:1] + fm + strconv.Itoa(g.r.IntN(99))
	case 2:
		local = fm + "_" + gv + strconv.Itoa(1960+g.r.IntN(45))
	case 3:
		local = gv + strconv.Itoa(100+g.r.IntN(900))
	default:
		local = gv + fm[:1] + "." + g.fk.Noun()
	}
	local = strings.Trim(strings.ReplaceAll(local, "..", "."), ".")
	dom := g.pick(p.loc.domains)
	if g.chance(0.2) {
		dom = strings.ToLower(strings.ReplaceAll(g.fk.DomainName(), " ", ""))
	}
	switch form {
	case "plus":
		return local + "+" + g.pick([]string{"shop", "orders", "amzn", "etsy"}) + "@" + dom
	case "upper":
		return strings.ToUpper(local + "@" + dom)
	case "at_dot":
		return local + " at " + strings.ReplaceAll(dom, ".", " dot ")
	case "bracket":
		return local + " [at] " + strings.ReplaceAll(dom, ".", " [dot] ")
	}
	return local + "@" + dom
}

// ---------- cards ----------

type issuer struct {
	name   string
	prefix []string
	length int
	group  []int
}

var issuers = []issuer{
	{"visa", sp("4"), 16, []int{4, 4, 4, 4}},
	{"mastercard", sp("51|52|53|54|55|2221|2720|2500"), 16, []int{4, 4, 4, 4}},
	{"amex", sp("34|37"), 15, []int{4, 6, 5}},
	{"discover", sp("6011|65|644"), 16, []int{4, 4, 4, 4}},
	{"jcb", sp("3528|3543|3566|3589"), 16, []int{4, 4, 4, 4}},
	{"unionpay", sp("62"), 16, []int{4, 4, 4, 4}},
	{"unionpay19", sp("62"), 19, []int{4, 4, 4, 4, 3}},
	{"diners", sp("36|38"), 14, []int{4, 6, 4}},
	{"mir", sp("2200|2202|2204"), 16, []int{4, 4, 4, 4}},
	{"elo", sp("636368|504175"), 16, []int{4, 4, 4, 4}},
	{"maestro", sp("6759|5018"), 16, []int{4, 4, 4, 4}},
	{"troy", sp("9792"), 16, []int{4, 4, 4, 4}},
}

func luhnDigit(body string) byte {
	sum := 0
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if (len(body)-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnOK(s string) bool {
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

var cardForms = []string{"grouped", "grouped", "compact", "dashed", "split"}

// card returns the card in one or two parts (split: two messages) and its form.
func (g *gen) card(form string) ([]string, string) {
	is := issuers[g.r.IntN(len(issuers))]
	num := g.pick(is.prefix)
	for len(num) < is.length-1 {
		num += strconv.Itoa(g.r.IntN(10))
	}
	num += string(luhnDigit(num))
	group := func(sep string) string {
		var parts []string
		i := 0
		for _, n := range is.group {
			parts = append(parts, num[i:i+n])
			i += n
		}
		return strings.Join(parts, sep)
	}
	f := "card:" + form + ":" + is.name
	switch form {
	case "compact":
		return []string{num}, f
	case "dashed":
		return []string{group("-")}, f
	case "split":
		h := 8
		return []string{num[:h], num[h:]}, f
	}
	return []string{group(" ")}, f
}

// ---------- IBAN ----------

var ibanSpecs = []struct{ cc, bban string }{
	{"DE", "##################"}, {"GB", "AAAA##############"}, {"FR", "#######################"}, {"ES", "####################"},
	{"IT", "A######################"}, {"NL", "AAAA##########"}, {"BE", "############"}, {"PL", "########################"},
	{"PT", "#####################"}, {"AT", "################"}, {"CH", "#################"}, {"SE", "####################"},
	{"TR", "######################"}, {"SA", "####################"}, {"AE", "###################"}, {"BR", "#######################A#"},
	{"EG", "#########################"}, {"IL", "###################"}, {"GR", "#######################"}, {"HU", "########################"},
	{"RO", "AAAA################"}, {"UA", "#########################"}, {"KZ", "################"}, {"PK", "AAAA################"},
	{"FI", "##############"}, {"DK", "##############"}, {"NO", "###########"}, {"IE", "AAAA##############"}, {"HR", "#################"},
	{"CZ", "####################"}, {"QA", "AAAA#####################"}, {"MA", "########################"},
}

// ibanLen is the registry's length per country.
var ibanLen = map[string]int{"DE": 22, "GB": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "BE": 16, "PL": 28, "PT": 25, "AT": 20, "CH": 21, "SE": 24,
	"TR": 26, "SA": 24, "AE": 23, "BR": 29, "EG": 29, "IL": 23, "GR": 27, "HU": 28, "RO": 24, "UA": 29, "KZ": 20, "PK": 24, "FI": 18, "DK": 18,
	"NO": 15, "IE": 22, "HR": 21, "CZ": 24, "QA": 29, "MA": 28}

func mod97(s string) int {
	m := 0
	for _, c := range s {
		var v int
		if c >= '0' && c <= '9' {
			v = int(c - '0')
			m = (m*10 + v) % 97
		} else {
			v = int(c-'A') + 10
			m = (m*100 + v) % 97
		}
	}
	return m
}

var ibanForms = []string{"grouped", "grouped", "compact", "lower_grouped"}

func (g *gen) iban(form string) (string, string) {
	sp := ibanSpecs[g.r.IntN(len(ibanSpecs))]
	bban := g.fill(sp.bban)
	chk := 98 - mod97(bban+sp.cc+"00")
	v := fmt.Sprintf("%s%02d%s", sp.cc, chk, bban)
	if mod97(v[4:]+v[:4]) != 1 || len(v) != ibanLen[sp.cc] {
		panic("iban " + v)
	}
	f := "iban:" + form + ":" + sp.cc
	switch form {
	case "compact":
		return v, f
	}
	var parts []string
	for i := 0; i < len(v); i += 4 {
		parts = append(parts, v[i:min(i+4, len(v))])
	}
	out := strings.Join(parts, " ")
	if form == "lower_grouped" {
		out = strings.ToLower(out)
	}
	return out, f
}

// ---------- cn_id ----------

var cnRegions = sp("110101|110105|310104|310115|440305|440106|510107|330106|320102|420111|610113|500103|120104|210102|370202")

func (g *gen) cnID() (string, string) {
	y := 1950 + g.r.IntN(56)
	m := 1 + g.r.IntN(12)
	d := 1 + g.r.IntN(28)
	body := fmt.Sprintf("%s%04d%02d%02d%03d", g.pick(cnRegions), y, m, d, g.r.IntN(1000))
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	s := 0
	for i, c := range body {
		s += int(c-'0') * w[i]
	}
	ck := "10X98765432"[s%11]
	v := body + string(ck)
	f := "cn_id:plain"
	if ck == 'X' {
		f = "cn_id:X"
		if g.chance(0.3) {
			v = body + "x"
			f = "cn_id:x_lower"
		}
	}
	return v, f
}

// ---------- credentials ----------

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) rnd(n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

var credForms = []string{"password", "password", "password", "apikey", "bearer", "basic", "jwt", "dsn", "otp"}

var pwWords = sp("Sunflower|Tigerlily|Marmalade|Kangaroo|Pistachio|Blueberry|Dragonfly|Hurricane|Mandarina|Schmetterling|Papillon|Girassol|Lavanda|Sakura|Corazon")

// cred returns the secret, the text before and after it when the form fixes
// them ("" when the template's phrase is used), and the form.
func (g *gen) cred(form string) (pre, v, post, f string) {
	f = "credential:" + form
	switch form {
	case "password":
		switch g.r.IntN(4) {
		case 0:
			v = g.pick(pwWords) + strconv.Itoa(1970+g.r.IntN(56)) + g.pick(sp("!|#|$|*|!!|?"))
		case 1:
			v = g.fk.Password(true, true, true, true, false, 10+g.r.IntN(8))
			v = strings.NewReplacer(`"`, "", `\`, "", "'", "", "<", "", ">", "", "&", "", " ", "", "=", "", "%", "", ",", "", ";", "").Replace(v)
		case 2:
			v = strings.ToLower(g.pick(pwWords)) + "_" + g.fill("####") + g.pick(sp("!|.|@"))
		default:
			v = g.fk.Noun() + "-" + g.fk.Adjective() + "-" + g.fill("###")
			v = strings.ReplaceAll(v, " ", "")
		}
		return "", v, "", f
	case "apikey":
		switch g.r.IntN(9) {
		case 0:
			v = "sk_live_" + g.rnd(24, alnum)
		case 1:
			v = "ghp_" + g.rnd(36, alnum)
		case 2:
			v = "xoxb-" + g.fill("###########") + "-" + g.fill("#############") + "-" + g.rnd(24, alnum)
		case 3:
			v = "AKIA" + g.rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		case 4:
			v = "glpat-" + g.rnd(20, alnum)
		case 5:
			v = "shpat_" + g.rnd(32, "0123456789abcdef")
		case 6:
			v = "SG." + g.rnd(22, alnum) + "." + g.rnd(43, alnum)
		case 7:
			v = "AIza" + g.rnd(35, alnum)
		default:
			v = "hf_" + g.rnd(34, alnum)
		}
		return "", v, "", f
	case "bearer":
		return "Authorization: Bearer ", g.rnd(40, alnum+"-_"), "", f
	case "basic":
		u := strings.ToLower(g.fk.FirstName())
		pw := g.pick(pwWords) + g.fill("##") + "!"
		return "Authorization: Basic ", base64.StdEncoding.EncodeToString([]byte(u + ":" + pw)), "", f
	case "jwt":
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","exp":%d}`, g.r.IntN(1e7), 1.7e9+g.r.IntN(1e8))))
		return "token=", h + "." + p + "." + g.rnd(43, alnum+"-_"), "", f
	case "dsn":
		v = g.pick(pwWords) + g.fill("####") + g.pick(sp("!|#|$|_x"))
		return g.pick(sp("postgres://app:|mysql://shop_rw:|redis://default:|amqp://svc:")), v, "@" + g.pick(sp("db-1.internal|10.2.0.14|pg.prod.local|mq-2")) + g.pick(sp(":5432/orders|:3306/shop|:6379|/vhost")), f
	case "otp":
		return "", g.fill(g.pick(sp("######|####|########"))), "", f
	}
	return "", "", "", f
}
