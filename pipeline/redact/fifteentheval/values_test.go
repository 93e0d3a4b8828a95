package fifteentheval

import (
	"math/big"
	"strings"
	"unicode/utf8"
)

// person is one made-up buyer, seller or staff member of a locale.
type person struct {
	loc           *locale
	given, family string
	full          string // as the locale writes it
	email         string
	phone         string // national form
	nsn           string // national significant number
	addr          address
}

type address struct{ line1, full, core string }

func (g *gen) person(loc *locale) *person {
	p := &person{loc: loc, given: pick(g, loc.given), family: pick(g, loc.family)}
	switch {
	case loc.familyFirst && loc.cc == "RU" && g.chance(0.5):
		p.full = p.given + " " + p.family
	case loc.familyFirst:
		p.full = p.family + loc.joinName + p.given
	default:
		p.full = p.given + " " + p.family
	}
	p.email = g.emailFor(p)
	p.phone = g.fill(pick(g, loc.mobiles))
	p.nsn = nsnOf(p.phone, loc)
	p.addr = g.address(loc)
	return p
}

// nsnOf strips a national form's trunk prefix.
func nsnOf(national string, loc *locale) string {
	d := onlyDigits(national)
	switch {
	case loc.cc == "RU" && len(d) == 11 && d[0] == '8':
		return d[1:]
	case strings.HasPrefix(d, "0"):
		return d[1:]
	}
	return d
}

// intl writes a national number with its country code, as people do.
func (g *gen) intl(p *person) string {
	nat := p.phone
	rest := nat
	switch {
	case p.loc.cc == "RU":
		rest = strings.TrimSpace(strings.TrimPrefix(nat, "8"))
	case strings.HasPrefix(nat, "0("):
		rest = "(" + nat[2:]
	case strings.HasPrefix(nat, "0"):
		rest = nat[1:]
	}
	switch g.n(6) {
	case 0:
		return "+" + p.loc.dial + p.nsn
	case 1:
		return "(+" + p.loc.dial + ") " + rest
	case 2:
		return "+" + p.loc.dial + "-" + strings.ReplaceAll(rest, " ", "-")
	}
	return "+" + p.loc.dial + " " + rest
}

func (g *gen) emailFor(p *person) string {
	gv, fm := foldASCII(firstWord(p.given)), foldASCII(lastWord(p.family))
	if gv == "" || fm == "" || len(gv) < 2 {
		gv, fm = strings.ToLower(foldASCII(g.f.Username())), ""
	}
	var local string
	switch g.n(6) {
	case 0:
		local = gv + "." + fm
	case 1:
		local = gv + "_" + fm + g.digits(2)
	case 2:
		local = fm + "." + gv + g.digits(4)
	case 3:
		local = gv[:1] + fm + g.digits(3)
	case 4:
		local = gv + fm + "+shop"
	default:
		local = gv + g.digits(2) + "." + fm
	}
	local = strings.Trim(strings.ReplaceAll(local, "..", "."), "._")
	if len(local) < 6 {
		local += g.digits(3)
	}
	return local + "@" + pick(g, p.loc.mailHosts)
}

func firstWord(s string) string { return strings.Fields(s)[0] }
func lastWord(s string) string  { f := strings.Fields(s); return f[len(f)-1] }

func (g *gen) address(loc *locale) address {
	st := pick(g, loc.streets)
	c := pick(g, loc.cities)
	post := g.fill(c.post)
	n := itoa(g.between(1, 480))
	u := itoa(g.between(1, 40))
	var l1, full string
	switch loc.addrFmt {
	case 0:
		l1 = n + " " + st.name + pick(g, []string{"", ", Apt " + u, " Unit " + u})
		full = l1 + ", " + c.name + " " + post
	case 1:
		l1 = pick(g, []string{"", "Flat " + u + ", "}) + n + " " + st.name
		full = l1 + ", " + c.name + " " + post
	case 2:
		l1 = st.name + " " + n + pick(g, []string{"", "a", "-A", "-2"})
		full = l1 + ", " + post + " " + c.name
	case 3:
		l1 = n + pick(g, []string{"", " bis"}) + " " + st.name
		full = l1 + ", " + post + " " + c.name
	case 4:
		l1 = st.name + " " + n + ", " + itoa(g.between(1, 9)) + "º " + pick(g, []string{"A", "B", "C", "izq."})
		full = l1 + ", " + post + " " + c.name
	case 5:
		l1 = st.name + " " + n + pick(g, []string{"", " Int. " + u}) + ", Col. " + pick(g, []string{"Juárez", "Del Valle", "Roma Norte", "Condesa", "Narvarte"})
		full = l1 + ", C.P. " + post + ", " + c.name
	case 6:
		l1 = st.name + ", " + n + pick(g, []string{"", " - apto " + u, ", casa 2", " - bloco B"})
		full = l1 + ", " + pick(g, []string{"Centro", "Pinheiros", "Boa Viagem", "Batel"}) + ", " + c.name + ", " + post
	case 7:
		l1 = st.name + ", " + n
		full = l1 + ", " + post + " " + c.name
	case 8:
		l1 = st.name + " " + n + pick(g, []string{"", " m. " + u, "/" + u})
		full = l1 + ", " + post + " " + c.name
	case 9:
		l1 = st.name + " No: " + n + pick(g, []string{"", " D: " + u, " Daire " + u})
		full = l1 + ", " + post + " " + c.name
	case 10:
		l1 = st.name + ", д. " + n + pick(g, []string{"", ", кв. " + u, ", корп. 2, кв. " + u})
		full = post + ", " + c.name + ", " + l1
	case 11:
		l1 = n + " " + st.name + "، حي " + pick(g, []string{"العليا", "الملز", "النسيم", "الروضة", "الشاطئ"})
		full = l1 + "، " + c.name + " " + post
	case 12:
		l1 = pick(g, []string{"Flat ", "House No. ", "#"}) + n + ", " + st.name
		full = l1 + ", " + pick(g, []string{"Indiranagar", "Koregaon Park", "Malviya Nagar", "Salt Lake"}) + ", " + c.name + " " + post
	case 13:
		l1 = st.name + n + "号" + itoa(g.between(1, 20)) + "栋" + itoa(g.between(101, 2402)) + "室"
		full = c.name + l1
	case 14:
		l1 = st.name + itoa(g.between(1, 30)) + "-" + itoa(g.between(1, 20)) + pick(g, []string{"", " メゾン桜" + u + "0" + itoa(g.between(1, 9)), " パークハイツ" + n})
		full = post + " " + c.name + l1
	case 15:
		l1 = st.name + " " + n + pick(g, []string{"", ", " + itoa(g.between(101, 120)) + "동 " + itoa(g.between(101, 2504)) + "호"})
		full = c.name + " " + l1
	case 16:
		l1 = n + "/" + itoa(g.between(1, 99)) + " หมู่ " + itoa(g.between(1, 12)) + " " + st.name
		full = l1 + " " + c.name + " " + post
	case 17:
		l1 = n + " " + st.name + ", Phường " + itoa(g.between(1, 15))
		full = l1 + ", " + c.name
	case 18:
		l1 = st.name + " No. " + n + ", RT " + g.fill("00#") + "/RW " + g.fill("00#")
		full = l1 + ", " + c.name + " " + post
	case 19:
		l1 = "Blk " + itoa(g.between(1, 40)) + " Lot " + itoa(g.between(1, 30)) + ", " + st.name
		full = l1 + ", Brgy. " + pick(g, []string{"San Isidro", "Malinta", "Poblacion", "Bagong Silang"}) + ", " + c.name + " " + post
	case 20:
		l1 = "Blk " + n + " " + st.name + " #" + g.fill("##-###")
		full = l1 + ", Singapore " + post
	default:
		l1 = "No. " + n + ", " + st.name
		full = l1 + ", " + post + " " + c.name
	}
	return address{line1: l1, full: full, core: st.core}
}

// ---- PII constructors ---------------------------------------------------------

func (g *gen) newPII(kind, form string, loc *locale, value string) *pii {
	p := &pii{kind: kind, form: form, value: value}
	if loc != nil {
		p.locale = loc.code
	} else if g.cur != nil {
		p.locale = g.cur.locale
	}
	return p
}

// nameP is a person's name: its needles are its distinctive parts.
func (g *gen) nameP(pr *person, form string) *pii {
	p := g.newPII("name", form, pr.loc, pr.full)
	p.needles = nameNeedles(pr.given, pr.family)
	return p
}

func nameNeedles(given, family string) []needle {
	var ns []needle
	add := func(w string, min int) {
		if isCaselessScript(w) {
			if utf8.RuneCountInString(w) >= 2 {
				ns = append(ns, needle{w, mSub})
			}
			return
		}
		if particles[strings.ToLower(w)] || utf8.RuneCountInString(w) < min {
			return
		}
		ns = append(ns, needle{w, mWord})
	}
	for _, w := range strings.Fields(family) {
		add(w, 3)
	}
	for _, w := range strings.Fields(given) {
		add(w, 4)
	}
	if isCaselessScript(family + given) {
		ns = append(ns, needle{strings.ReplaceAll(family+given, " ", ""), mSub})
	}
	if len(ns) == 0 { // every part short: the whole name must go
		ns = append(ns, needle{family + " " + given, mSub}, needle{given + " " + family, mSub})
	}
	return ns
}

func (g *gen) emailP(addr, form string, loc *locale) *pii {
	p := g.newPII("email", form, loc, addr)
	p.needles = []needle{{strings.ToLower(addr), mSub}}
	local := strings.ToLower(addr[:strings.IndexByte(addr, '@')])
	if len(local) >= 6 {
		p.needles = append(p.needles, needle{local + "@", mSub})
	}
	return p
}

func (g *gen) phoneP(written, nsn, form string, loc *locale) *pii {
	p := g.newPII("phone", form, loc, written)
	p.needles = []needle{{nsn, mDigits}}
	return p
}

func (g *gen) addrP(a address, written, form string, loc *locale) *pii {
	p := g.newPII("address", form, loc, written)
	mode := uint8(mWord)
	if isCaselessScript(a.core) {
		mode = mSub
	}
	p.needles = []needle{{a.core, mode}}
	return p
}

func (g *gen) cardP(number, form string) *pii {
	p := g.newPII("card", form, nil, number)
	p.needles = []needle{{onlyDigits(number), mDigits}}
	return p
}

func (g *gen) ibanP(iban, form string) *pii {
	p := g.newPII("iban", form, nil, iban)
	c := strings.ReplaceAll(iban, " ", "")
	p.needles = []needle{{c, mAlnum}, {c[4:], mAlnum}}
	return p
}

func (g *gen) cnidP(id, form string) *pii {
	p := g.newPII("cn_id", form, nil, id)
	p.needles = []needle{{strings.ToUpper(id), mAlnum}}
	return p
}

// credP is a secret; body is its random part (the needle beside the whole).
func (g *gen) credP(c cred, form string) *pii {
	p := g.newPII("credential", form, nil, c.v)
	if c.otp {
		p.needles = []needle{{c.v, mDigitTo}}
		return p
	}
	p.needles = []needle{{c.v, mExact}}
	if c.body != "" && c.body != c.v && len(c.body) >= 12 {
		p.needles = append(p.needles, needle{c.body, mExact})
	}
	return p
}

// ---- cards, IBANs, resident ids ------------------------------------------------

func luhnOK(d string) bool {
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

// luhnComplete appends the check digit to a partial number.
func luhnComplete(partial string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhnOK(partial + string(c)) {
			return partial + string(c)
		}
	}
	return ""
}

type issuer struct {
	name   string
	prefix []string
	length int
}

var issuers = []issuer{
	{"visa", []string{"4"}, 16}, {"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2345", "2720"}, 16},
	{"amex", []string{"34", "37"}, 15}, {"discover", []string{"6011", "65", "644"}, 16}, {"jcb", []string{"3528", "3543", "3566", "3589"}, 16},
	{"unionpay", []string{"62"}, 16}, {"unionpay19", []string{"62"}, 19}, {"diners", []string{"36", "300", "305"}, 14},
	{"mir", []string{"2200", "2202", "2204"}, 16}, {"rupay", []string{"6070", "6522", "508"}, 16}, {"elo", []string{"636368", "504175", "438935"}, 16},
	{"troy", []string{"9792"}, 16}, {"mada", []string{"588845", "440647", "968208"}, 16}, {"visa", []string{"4"}, 16}, {"mastercard", []string{"5"}, 16},
}

// card returns a Luhn-valid number of a real issuer, compact.
func (g *gen) card() (string, issuer) {
	is := pick(g, issuers)
	pre := pick(g, is.prefix)
	if is.name == "mastercard" && pre == "5" {
		pre = "5" + itoa(g.between(1, 5))
	}
	return luhnComplete(pre + g.digits(is.length-len(pre)-1)), is
}

// groupCard writes a number as people and forms group it.
func (g *gen) groupCard(d string, is issuer) string {
	switch g.n(5) {
	case 0, 1:
		return d
	case 2:
		if len(d) == 15 {
			return d[:4] + " " + d[4:10] + " " + d[10:]
		}
		if len(d) == 14 {
			return d[:4] + " " + d[4:10] + " " + d[10:]
		}
		return groupBy(d, 4, " ")
	case 3:
		if len(d) == 15 {
			return d[:4] + "-" + d[4:10] + "-" + d[10:]
		}
		return groupBy(d, 4, "-")
	}
	return groupBy(d, 4, " ")
}

func groupBy(s string, k int, sep string) string {
	var parts []string
	for len(s) > k {
		parts = append(parts, s[:k])
		s = s[k:]
	}
	return strings.Join(append(parts, s), sep)
}

// ibanSpec is a country's BBAN layout: 'n' digit, 'a' capital, 'c' either.
var ibanSpec = map[string]string{
	"GB": "aaaannnnnnnnnnnnnn", "DE": "nnnnnnnnnnnnnnnnnn", "FR": "nnnnnnnnnncccccccccccnn", "ES": "nnnnnnnnnnnnnnnnnnnn",
	"IT": "annnnnnnnnncccccccccccc", "NL": "aaaannnnnnnnnn", "PL": "nnnnnnnnnnnnnnnnnnnnnnnn", "TR": "nnnnn0cccccccccccccccc",
	"SA": "nnccccccccccccccccc0", "BR": "nnnnnnnnnnnnnnnnnnnnnnnac", "AE": "nnnnnnnnnnnnnnnnnnn", "CH": "nnnnncccccccccccc",
	"BE": "nnnnnnnnnnnn", "AT": "nnnnnnnnnnnnnnnn", "PT": "nnnnnnnnnnnnnnnnnnnnn", "IE": "aaaannnnnnnnnnnnnn", "LT": "nnnnnnnnnnnnnnnn",
}

func (g *gen) iban(cc string) string {
	spec, ok := ibanSpec[cc]
	if !ok {
		cc = pick(g, []string{"DE", "GB", "NL", "AE", "CH", "BE", "AT", "PT", "IE", "LT"})
		spec = ibanSpec[cc]
	}
	var b strings.Builder
	for _, c := range spec {
		switch c {
		case 'n':
			b.WriteByte(byte('0' + g.n(10)))
		case 'a':
			b.WriteByte(byte('A' + g.n(26)))
		case 'c':
			if g.chance(0.7) {
				b.WriteByte(byte('0' + g.n(10)))
			} else {
				b.WriteByte(byte('A' + g.n(26)))
			}
		default:
			b.WriteRune(c)
		}
	}
	bban := b.String()
	check := 98 - mod97(bban+cc+"00")
	return cc + two(check) + bban
}

func two(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// mod97 computes the IBAN remainder with letters as 10..35.
func mod97(s string) int {
	var b strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(itoa(int(c-'A') + 10))
		} else {
			b.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

// ibanLength is the IBAN registry's total length per country, kept apart
// from ibanSpec so that the generator's layouts are checked against it.
var ibanLength = map[string]int{"GB": 22, "DE": 22, "FR": 27, "ES": 24, "IT": 27, "NL": 18, "PL": 28, "TR": 26, "SA": 24, "BR": 29,
	"AE": 23, "CH": 21, "BE": 16, "AT": 20, "PT": 25, "IE": 22, "LT": 20}

func ibanValid(iban string) bool {
	c := strings.ReplaceAll(iban, " ", "")
	if len(c) < 15 {
		return false
	}
	return mod97(c[4:]+c[:4]) == 1
}

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "330106", "510107", "420111", "320102", "370202", "500103"}

// cnID returns an 18-character resident id with a valid check character.
func (g *gen) cnID() string {
	y := g.between(1958, 2006)
	m := g.between(1, 12)
	d := g.between(1, 28)
	body := pick(g, cnRegions) + itoa(y) + two(m) + two(d) + g.fill("###")
	return body + cnCheck(body)
}

func cnCheck(body string) string {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(body[i]-'0') * w[i]
	}
	return string("10X98765432"[sum%11])
}

// ---- credentials ----------------------------------------------------------------

type cred struct {
	kind    string // what it is, for a key name
	v, body string
	otp     bool
}

var pwWords = []string{"Tundra", "Lantern", "Mango", "Falcon", "Harbor", "Velvet", "Cobalt", "Saffron", "Nebula", "Pepper", "Orchid", "Granite", "Monsoon", "Kestrel"}
var dicewords = []string{"maple", "orbit", "cactus", "willow", "pebble", "quartz", "tundra", "ember", "violet", "sprocket", "lagoon", "marble"}

func (g *gen) password() cred {
	var v string
	switch g.n(5) {
	case 0:
		v = pick(g, pwWords) + itoa(g.between(1970, 2026)) + pick(g, []string{"!", "#", "$", "*", "@"})
	case 1:
		v = g.f.Password(true, true, true, true, false, g.between(12, 20))
		v = strings.NewReplacer(`"`, "!", `\`, "#", "'", "*", " ", "_", "&", "%", "<", "^", ">", "~", ",", ".", ";", ":", "=", "-", "+", "_", "?", "$", "/", "|").Replace(v)
	case 2:
		v = pick(g, dicewords) + "-" + pick(g, dicewords) + "-" + pick(g, dicewords) + "-" + g.digits(2)
	case 3:
		v = strings.ToLower(pick(g, pwWords)) + "_" + g.digits(4) + pick(g, []string{"!!", "?", "#"})
	default:
		v = g.alnum(6) + pick(g, []string{"!", "@", "%", "^"}) + g.alnum(8)
	}
	return cred{kind: "password", v: v, body: v}
}

func (g *gen) apiKey() cred {
	switch g.n(16) {
	case 0:
		b := g.alnum(24)
		return cred{"stripe_secret_key", "sk_live_" + b, b, false}
	case 1:
		b := g.alnum(32)
		return cred{"webhook_secret", "whsec_" + b, b, false}
	case 2:
		b := g.alnum(36)
		return cred{"github_token", "ghp_" + b, b, false}
	case 3:
		b := g.upperAlnum(16)
		return cred{"aws_access_key_id", "AKIA" + b, b, false}
	case 4:
		b := g.charset(40, alnumSet+"/+")
		return cred{"aws_secret_access_key", b, b, false}
	case 5:
		b := g.alnum(24)
		return cred{"slack_token", "xoxb-" + g.digits(11) + "-" + g.digits(13) + "-" + b, b, false}
	case 6:
		b := g.charset(35, alnumSet+"-_")
		return cred{"google_api_key", "AIza" + b, b, false}
	case 7:
		b := g.charset(43, alnumSet+"-_")
		return cred{"sendgrid_key", "SG." + g.charset(22, alnumSet+"-_") + "." + b, b, false}
	case 8:
		b := g.hex(32)
		return cred{"auth_token", b, b, false}
	case 9:
		return g.jwt()
	case 10:
		b := g.hex(32)
		return cred{"shopify_token", "shpat_" + b, b, false}
	case 11:
		b := g.charset(35, alnumSet+"-_")
		return cred{"telegram_bot_token", g.digits(10) + ":AA" + b, b, false}
	case 12:
		b := g.alnum(24)
		return cred{"razorpay_key_secret", b, b, false}
	case 13:
		b := g.hex(64)
		return cred{"partner_key", b, b, false}
	case 14:
		b := g.charset(140, alnumSet+"-_")
		return cred{"fcm_server_key", "AAAA" + g.alnum(7) + ":APA91b" + b, b, false}
	}
	b := g.digits(16) + "-" + g.hex(6)
	return cred{"mp_access_token", "APP_USR-" + g.digits(16) + "-" + g.digits(6) + "-" + g.hex(32) + "-" + g.digits(9), b, false}
}

func (g *gen) jwt() cred {
	h := strings.TrimRight(base64URL(`{"alg":"RS256","typ":"JWT","kid":"`+g.hex(8)+`"}`), "=")
	p := strings.TrimRight(base64URL(`{"sub":"`+g.digits(9)+`","iat":17`+g.digits(8)+`,"scope":"seller.read"}`), "=")
	sig := g.charset(86, alnumSet+"-_")
	return cred{"id_token", h + "." + p + "." + sig, sig, false}
}

func base64URL(s string) string {
	return strings.NewReplacer("+", "-", "/", "_").Replace(b64(s))
}

func (g *gen) otp() cred {
	k := pick(g, []int{6, 6, 6, 4, 5, 8})
	v := itoa(g.between(1, 9)) + g.digits(k-1)
	return cred{"otp", v, v, true}
}

// anyCred is a secret of any shape.
func (g *gen) anyCred() cred {
	switch g.n(5) {
	case 0, 1:
		return g.password()
	case 2:
		return g.otp()
	}
	return g.apiKey()
}
