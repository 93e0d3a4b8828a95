package twentyeightheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

// Kinds, in report order.
var kinds = []string{"name", "address", "phone", "email", "card", "iban", "cn_id", "credential"}

// pii is one generated value of a kind; form says how it is written.
type pii struct {
	kind, form, loc string
	raw             string
	// extra holds a second part of the same person that travels with it
	// (e.g. the label of an OTP), unused by the judge.
	person *person
}

type person struct {
	loc              *locale
	given, family    string
	latGiven, latFam string
	nonLatin         bool
}

type gen struct {
	r  *rand.Rand
	fk *gofakeit.Faker
}

func (g *gen) pick(xs []string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

func (g *gen) fillPat(p string) string {
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

func (g *gen) newPerson(l *locale) *person {
	p := &person{loc: l}
	i, j := g.r.IntN(len(l.given)), g.r.IntN(len(l.family))
	p.given, p.family = l.given[i], l.family[j]
	if l.code == "en_US" || l.code == "en_AU" {
		if g.r.IntN(2) == 0 {
			p.given, p.family = g.fk.FirstName(), g.fk.LastName()
		}
	}
	if l.latGiven != nil {
		p.nonLatin = true
		p.latGiven, p.latFam = l.latGiven[i], l.latFamily[j]
	} else {
		p.latGiven, p.latFam = asciiFold(p.given), asciiFold(p.family)
	}
	return p
}

var foldMap = map[rune]string{'ä': "ae", 'ö': "oe", 'ü': "ue", 'ß': "ss", 'Ä': "Ae", 'Ö': "Oe", 'Ü': "Ue", 'ł': "l", 'Ł': "L", 'ø': "o", 'đ': "d", 'Đ': "D", 'ı': "i", 'İ': "I", 'ș': "s", 'ț': "t", 'Ș': "S", 'ş': "s", 'Ş': "S", 'ğ': "g", 'ç': "c", 'ñ': "n", 'Ñ': "N"}

// asciiFold strips diacritics the way a partner's ASCII-only system would.
func asciiFold(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c < 128 {
			b.WriteRune(c)
			continue
		}
		if f, ok := foldMap[c]; ok {
			b.WriteString(f)
			continue
		}
		if unicode.Is(unicode.Mn, c) {
			continue
		}
		if base, ok := latinBase(c); ok {
			b.WriteRune(base)
		}
	}
	return b.String()
}

func latinBase(c rune) (rune, bool) {
	groups := []struct {
		base rune
		set  string
	}{{'a', "àáâãåāăąạảấầẩẫậắằẳẵặ"}, {'e', "èéêëēėęěẹẻẽếềểễệ"}, {'i', "ìíîïīįịỉĩ"}, {'o', "òóôõōőọỏốồổỗộớờởỡợơ"}, {'u', "ùúûūůűųụủứừửữựưũ"}, {'c', "ćč"}, {'s', "śšṣ"}, {'z', "źżž"}, {'n', "ńň"}, {'r', "řŕ"}, {'y', "ýỳỷỹỵ"}, {'d', "ď"}, {'t', "ť"}, {'e', "ẹ́"},
		{'A', "ÀÁÂÃÅĀĂĄ"}, {'E', "ÈÉÊËĒĖĘĚẸ"}, {'I', "ÌÍÎÏĪ"}, {'O', "ÒÓÔÕŌŐỌ"}, {'U', "ÙÚÛŪŮŰ"}, {'C', "ĆČ"}, {'S', "ŚŠ"}, {'Z', "ŹŻŽ"}, {'R', "Ř"}, {'N', "Ň"}}
	for _, gr := range groups {
		if strings.ContainsRune(gr.set, c) {
			return gr.base, true
		}
	}
	return 0, false
}

func joinName(a, b string) string {
	if b == "" {
		return a
	}
	if a == "" {
		return b
	}
	return a + " " + b
}

func (g *gen) name(p *person) pii {
	l := p.loc
	cjk := l.code == "zh_CN" || l.code == "zh_TW" || l.code == "ja_JP"
	forms := []string{"plain", "family_first", "hon", "upper", "translit", "translit+hon", "lower", "family_comma"}
	f := forms[g.r.IntN(len(forms))]
	var v string
	switch f {
	case "plain":
		if l.familyFirst {
			v = joinName(p.family, p.given)
		} else {
			v = joinName(p.given, p.family)
		}
		if cjk {
			v = p.family + p.given
		}
	case "family_first":
		v = joinName(p.family, p.given)
		if cjk {
			v = p.family + " " + p.given
		}
	case "hon":
		h := g.pick(l.hon)
		switch l.code {
		case "ja_JP", "zh_CN", "zh_TW":
			v = p.family + p.given + h
		case "ko_KR":
			v = p.family + p.given + " " + h
		default:
			v = h + " " + joinName(p.given, p.family)
		}
	case "upper":
		v = strings.ToUpper(joinName(p.given, p.family))
		if p.nonLatin {
			v = strings.ToUpper(joinName(p.latFam, p.latGiven))
		}
	case "translit":
		if l.familyFirst {
			v = joinName(p.latFam, p.latGiven)
		} else {
			v = joinName(p.latGiven, p.latFam)
		}
	case "translit+hon":
		v = g.pick([]string{"Mr. ", "Ms. ", "Mrs ", "Dr "}) + joinName(p.latGiven, p.latFam)
	case "lower":
		v = strings.ToLower(joinName(p.latGiven, p.latFam))
	case "family_comma":
		if p.family == "" {
			v = p.given
		} else {
			v = p.latFam + ", " + p.latGiven
		}
	}
	if p.nonLatin && (f == "plain" || f == "family_first" || f == "hon") {
		f += "+script"
	}
	return pii{kind: "name", form: f, loc: l.code, raw: v, person: p}
}

func (g *gen) address(p *person) pii {
	l := p.loc
	st := g.pick(l.streets)
	city := g.pick(l.cities)
	if (l.code == "en_US" || l.code == "en_AU") && g.r.IntN(2) == 0 {
		st = g.fk.StreetName() + " " + g.pick([]string{"St", "Ave", "Rd", "Dr"})
		city = g.fk.City()
	}
	v := l.addrFmt
	v = strings.ReplaceAll(v, "{st}", st)
	v = strings.ReplaceAll(v, "{no}", strconv.Itoa(1+g.r.IntN(298)))
	v = strings.ReplaceAll(v, "{pc}", g.fillPat(l.pcPat))
	v = strings.ReplaceAll(v, "{city}", city)
	f := "full"
	switch g.r.IntN(6) {
	case 0:
		v = strings.ToUpper(v)
		f = "upper"
	case 1:
		// street line only (line1)
		if i := strings.IndexAny(v, ",،"); i > 0 {
			v = strings.TrimSpace(v[:i])
		}
		f = "line1"
	}
	return pii{kind: "address", form: f, loc: l.code, raw: v, person: p}
}

// phone returns the raw number; asr/ocr spellings are made by the context.
func (g *gen) phone(p *person) pii {
	l := p.loc
	n := strings.Count(l.natPat, "#")
	d := g.digits(n)
	fill := func(pat string) string {
		var b strings.Builder
		k := 0
		for _, c := range pat {
			if c == '#' {
				b.WriteByte(d[k])
				k++
			} else {
				b.WriteRune(c)
			}
		}
		return b.String()
	}
	nat, intl := fill(l.natPat), fill(l.intlPat)
	f := []string{"national", "intl", "e164", "cc_nospace", "intl_paren"}[g.r.IntN(5)]
	var v string
	switch f {
	case "national":
		v = nat
	case "intl":
		v = intl
	case "e164":
		v = "+" + digitsOnly(intl)
	case "cc_nospace":
		v = digitsOnly(intl)
	case "intl_paren":
		sp := strings.IndexByte(intl, ' ')
		v = "(" + intl[:sp] + ")" + intl[sp:]
	}
	return pii{kind: "phone", form: f, loc: l.code, raw: v, person: p}
}

func digitsOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

func (g *gen) email(p *person) pii {
	l := p.loc
	gv := strings.ToLower(strings.ReplaceAll(asciiFold(p.latGiven), " ", ""))
	fm := strings.ToLower(strings.ReplaceAll(strings.ReplaceAll(asciiFold(p.latFam), " ", ""), "'", ""))
	if fm == "" {
		fm = "my"
	}
	dom := g.pick(l.domains)
	f := []string{"dot", "initial", "plus", "digits", "upper", "underscore"}[g.r.IntN(6)]
	var local string
	switch f {
	case "dot":
		local = gv + "." + fm
	case "initial":
		local = gv[:1] + fm
	case "plus":
		local = gv + "+" + g.pick([]string{"shop", "orders", "amz", "ebay"})
	case "digits":
		local = fm + gv + strconv.Itoa(g.r.IntN(99)+1)
	case "upper":
		local = strings.ToUpper(gv + "." + fm)
		dom = strings.ToUpper(dom)
	case "underscore":
		local = gv + "_" + fm + strconv.Itoa(1960+g.r.IntN(45))
	}
	return pii{kind: "email", form: f, loc: l.code, raw: local + "@" + dom, person: p}
}

func luhnComplete(prefix string, n int, g *gen) string {
	s := prefix + g.digits(n-len(prefix)-1)
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 0 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return s + strconv.Itoa((10-sum%10)%10)
}

func luhnValid(s string) bool {
	sum := 0
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
		if (len(s)-1-i)%2 == 1 {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
	}
	return sum%10 == 0
}

func (g *gen) card(l *locale) pii {
	type iss struct {
		name     string
		prefixes []string
		lens     []int
	}
	issuers := []iss{
		{"visa", []string{"4"}, []int{16}},
		{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2720", "2300"}, []int{16}},
		{"amex", []string{"34", "37"}, []int{15}},
		{"discover", []string{"6011", "65", "644"}, []int{16}},
		{"jcb", []string{"3528", "3540", "3589"}, []int{16}},
		{"unionpay", []string{"62"}, []int{16, 17, 18, 19}},
		{"diners", []string{"36", "38"}, []int{14}},
		{"mir", []string{"2200", "2202", "2204"}, []int{16}},
		{"maestro", []string{"6759", "5018", "6304"}, []int{16, 19}},
	}
	is := issuers[g.r.IntN(len(issuers))]
	num := luhnComplete(g.pick(is.prefixes), is.lens[g.r.IntN(len(is.lens))], g)
	f := []string{"compact", "spaced", "dashed"}[g.r.IntN(3)]
	v := num
	if f != "compact" {
		sep := " "
		if f == "dashed" {
			sep = "-"
		}
		var groups []int
		switch len(num) {
		case 15:
			groups = []int{4, 6, 5}
		case 14:
			groups = []int{4, 6, 4}
		default:
			for k := len(num); k > 0; k -= 4 {
				groups = append(groups, min(4, k))
			}
		}
		var parts []string
		k := 0
		for _, n := range groups {
			parts = append(parts, num[k:k+n])
			k += n
		}
		v = strings.Join(parts, sep)
	}
	return pii{kind: "card", form: is.name + ":" + f, loc: l.code, raw: v}
}

var ibanSpecs = map[string]string{ // n digits, a upper letters, c alnum
	"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n",
	"BE": "12n", "PL": "24n", "PT": "21n", "AT": "16n", "CH": "5n12c", "SA": "2n18c", "TR": "5n1n16c",
	"AE": "3n16n", "BR": "23n1a1c", "RO": "4a16c", "HU": "24n", "CZ": "20n", "SE": "20n", "GR": "7n16c",
	"IL": "19n", "UA": "6n19c", "KZ": "3n13c", "DK": "14n", "NO": "11n", "FI": "14n", "IE": "4a14n",
	"EG": "25n", "PK": "4a16c", "LU": "3n13c", "QA": "4a21c", "HR": "17n", "BG": "4a6n8c", "LT": "16n",
}

func (g *gen) bban(spec string) string {
	var b strings.Builder
	for len(spec) > 0 {
		i := 0
		for spec[i] >= '0' && spec[i] <= '9' {
			i++
		}
		n, _ := strconv.Atoi(spec[:i])
		t := spec[i]
		spec = spec[i+1:]
		for k := 0; k < n; k++ {
			switch t {
			case 'n':
				b.WriteByte(byte('0' + g.r.IntN(10)))
			case 'a':
				b.WriteByte(byte('A' + g.r.IntN(26)))
			default:
				if g.r.IntN(3) == 0 {
					b.WriteByte(byte('A' + g.r.IntN(26)))
				} else {
					b.WriteByte(byte('0' + g.r.IntN(10)))
				}
			}
		}
	}
	return b.String()
}

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

func (g *gen) ibanFor(cc string) string {
	b := g.bban(ibanSpecs[cc])
	chk := 98 - mod97(b+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, b)
}

var ibanCountries = func() []string {
	cs := []string{"DE", "FR", "GB", "ES", "IT", "NL", "BE", "PL", "PT", "AT", "CH", "SA", "TR", "AE", "BR", "RO", "HU", "CZ", "SE", "GR", "IL", "UA", "KZ", "DK", "NO", "FI", "IE", "EG", "PK", "LU", "QA", "HR", "BG", "LT"}
	return cs
}()

func (g *gen) iban(l *locale) pii {
	cc := l.iban
	if g.r.IntN(2) == 0 {
		cc = g.pick(ibanCountries)
	}
	v := g.ibanFor(cc)
	f := "compact"
	if g.r.IntN(2) == 0 {
		f = "grouped"
		var parts []string
		for k := 0; k < len(v); k += 4 {
			parts = append(parts, v[k:min(k+4, len(v))])
		}
		v = strings.Join(parts, " ")
	}
	return pii{kind: "iban", form: cc + ":" + f, loc: l.code, raw: v}
}

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "420102", "320583", "500103", "610113", "210102", "370202"}

func (g *gen) cnID(l *locale) pii {
	y := 1950 + g.r.IntN(56)
	m := 1 + g.r.IntN(12)
	d := 1 + g.r.IntN(28)
	s := fmt.Sprintf("%s%04d%02d%02d%03d", g.pick(cnRegions), y, m, d, g.r.IntN(1000))
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	s += string("10X98765432"[sum%11])
	f := "plain"
	if s[17] == 'X' {
		f = "x_check"
		if g.r.IntN(3) == 0 {
			s = s[:17] + "x"
			f = "x_lower"
		}
	}
	return pii{kind: "cn_id", form: f, loc: l.code, raw: s}
}

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) rnd(n int, set string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

// credential returns the secret itself; label says how it is introduced.
// The context writes the label (key, scheme, phrase) around it.
func (g *gen) credential(l *locale) (pii, string) {
	b64u := alnum + "-_"
	forms := []string{"password", "stripe", "github", "aws", "jwt", "bearer", "basic", "dsn", "otp", "slack", "google", "shopify", "sendgrid", "gitlab", "api_key_hex", "client_secret"}
	f := forms[g.r.IntN(len(forms))]
	var v, label string
	switch f {
	case "password":
		words := []string{"Sommer", "Tulpen", "Kalinka", "Sunshine", "Mariposa", "Dragon", "Lotus", "Sakura", "Pelikan"}
		v = g.pick(words) + strconv.Itoa(1950+g.r.IntN(70)) + g.pick([]string{"!", "#", "$", "*", "?"})
		if g.r.IntN(2) == 0 {
			v = g.rnd(6, alnum) + g.pick([]string{"%", "&", "!"}) + g.rnd(6, alnum)
		}
		label = g.pick([]string{"password", "passwd", "pwd", "sftp_password", "db_pass", "Passwort", "contraseña", "mot_de_passe"})
	case "stripe":
		v = g.pick([]string{"sk_live_", "sk_test_", "rk_live_", "whsec_"}) + g.rnd(24+g.r.IntN(8), alnum)
		label = "api_key"
	case "github":
		v = g.pick([]string{"ghp_", "gho_", "ghs_"}) + g.rnd(36, alnum)
		label = "token"
	case "aws":
		v = "AKIA" + g.rnd(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		label = "aws_access_key_id"
	case "jwt":
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		body := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","iat":%d,"scope":"orders"}`, g.r.IntN(1e6), 1.7e9+g.r.IntN(1e8))))
		v = h + "." + body + "." + g.rnd(43, b64u)
		label = "id_token"
	case "bearer":
		v = g.rnd(32+g.r.IntN(16), alnum)
		label = "Bearer"
	case "basic":
		v = base64.StdEncoding.EncodeToString([]byte(strings.ToLower(g.pick([]string{"partner", "edi", "wh_api", "merchant"})) + ":" + g.rnd(12, alnum)))
		label = "Basic"
	case "dsn":
		v = g.rnd(14, alnum)
		label = "dsn"
	case "otp":
		v = g.digits(6)
		label = "otp"
	case "slack":
		v = "xoxb-" + g.digits(11) + "-" + g.digits(12) + "-" + g.rnd(24, alnum)
		label = "slack_token"
	case "google":
		v = "AIza" + g.rnd(35, b64u)
		label = "key"
	case "shopify":
		v = "shpat_" + g.rnd(32, "0123456789abcdef")
		label = "X-Shopify-Access-Token"
	case "sendgrid":
		v = "SG." + g.rnd(22, b64u) + "." + g.rnd(43, b64u)
		label = "smtp_pass"
	case "gitlab":
		v = "glpat-" + g.rnd(20, alnum)
		label = "private_token"
	case "api_key_hex":
		v = g.rnd(40, "0123456789abcdef")
		label = g.pick([]string{"x-api-key", "apikey", "partner_key", "app_secret"})
	case "client_secret":
		v = g.rnd(28, alnum+"~.")
		label = "client_secret"
	}
	return pii{kind: "credential", form: f, loc: l.code, raw: v}, label
}
