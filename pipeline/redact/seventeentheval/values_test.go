package seventeentheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"

	"github.com/brianvoe/gofakeit/v7"
)

// value is one PII value placed in a line, with what the judge looks for.
type value struct {
	kind, text, loc string
	words           []string // matched as whole words, lower-cased
	subs            []string // matched as substrings, lower-cased
	key             string   // kind-specific key (see judge)
	local           string   // e-mail local part that counts on its own
	half            string   // second half of a long credential
	digits          bool     // credential made of digits only
	bounded         []string // digit groups matched with non-digit neighbours
}

type gen struct {
	seed  uint64
	pcg   *rand.PCG
	r     *rand.Rand
	fk    *gofakeit.Faker
	mode  int // 0 real, 1 placeholder
	vals  []value
	looks []look
}

func newGen(seed uint64) *gen {
	p := rand.NewPCG(seed, seed^0x5eedc0de)
	return &gen{seed: seed, pcg: p, r: rand.New(p), fk: gofakeit.NewFaker(p, false)}
}

func (g *gen) pick(s []string) string { return s[g.r.IntN(len(s))] }
func (g *gen) pickS(s string) string  { return g.pick(split(s)) }
func (g *gen) chance(p float64) bool  { return g.r.Float64() < p }
func (g *gen) between(a, b int) int   { return a + g.r.IntN(b-a+1) }
func (g *gen) digitsN(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.r.IntN(10))
	}
	return string(b)
}

// pattern fills # with a digit, X with 2-9, A with an upper-case letter,
// h with a hex digit, c with an upper-case letter or digit, a with a letter or
// digit; a backslash writes the next character as it is.
func (g *gen) pattern(p string) string {
	var b strings.Builder
	esc := false
	for _, c := range p {
		if esc {
			b.WriteRune(c)
			esc = false
			continue
		}
		switch c {
		case '\\':
			esc = true
		case '#':
			b.WriteByte(byte('0' + g.r.IntN(10)))
		case 'X':
			b.WriteByte(byte('2' + g.r.IntN(8)))
		case 'A':
			b.WriteByte(byte('A' + g.r.IntN(26)))
		case 'h':
			b.WriteByte("0123456789abcdef"[g.r.IntN(16)])
		case 'c':
			b.WriteByte("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"[g.r.IntN(34)])
		case 'a':
			b.WriteByte("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"[g.r.IntN(62)])
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

var foldDiacritics = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ä", "ae", "ã", "a", "å", "a", "ą", "a", "ă", "a", "é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ě", "e",
	"í", "i", "î", "i", "ï", "i", "ı", "i", "ó", "o", "ò", "o", "ô", "o", "ö", "oe", "õ", "o", "ő", "o", "ú", "u", "ù", "u", "û", "u", "ü", "ue", "ű", "u", "ů", "u",
	"ç", "c", "č", "c", "ć", "c", "ñ", "n", "ń", "n", "ň", "n", "ł", "l", "ś", "s", "š", "s", "ş", "s", "ș", "s", "ß", "ss", "ž", "z", "ż", "z", "ź", "z",
	"ř", "r", "ý", "y", "ğ", "g", "ț", "t", "ţ", "t", "đ", "d", "ă", "a", "ạ", "a", "ả", "a", "ấ", "a", "ầ", "a", "ơ", "o", "ư", "u", "ễ", "e", "ệ", "e", "ế", "e",
	"ỳ", "y", "ữ", "u", "ứ", "u", "ự", "u", "ồ", "o", "ộ", "o", "ố", "o", "ớ", "o", "ị", "i", "ỉ", "i", "ũ", "u", "ụ", "u", "ỹ", "y", "ả", "a", "ậ", "a", "ằ", "a", "ẩ", "a", "ẫ", "a", "ặ", "a", "ẹ", "e", "ẻ", "e", "ẽ", "e", "ọ", "o", "ỏ", "o", "ổ", "o", "ỗ", "o", "ờ", "o", "ở", "o", "ỡ", "o", "ợ", "o", "ủ", "u", "ừ", "u", "ử", "u", "ỷ", "y", "ỵ", "y", "Đ", "d", "ì", "i", "ò", "o")

func asciiLower(s string) string {
	s = foldDiacritics.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, c := range s {
		if c < 128 && (unicode.IsLetter(c) || c == '-') {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func isParticle(l *locale, w string) bool {
	for _, p := range append(split(l.particles), "de", "la", "van", "der", "den", "bin", "binti", "dela", "del", "da", "dos", "das", "do", "di", "du", "le", "des", "von", "cel") {
		if w == p {
			return true
		}
	}
	return false
}

// person is a buyer, employee or contact of a locale.
type person struct {
	loc            *locale
	given, family  string
	groman, froman string
	full           string
}

func (g *gen) person(l *locale) person {
	var p person
	p.loc = l
	if l.given == "" {
		p.given, p.family = g.fk.FirstName(), g.fk.LastName()
	} else {
		gi, fi := g.r.IntN(len(split(l.given))), g.r.IntN(len(split(l.family)))
		p.given, p.family = split(l.given)[gi], split(l.family)[fi]
		if l.groman != "" {
			p.groman, p.froman = split(l.groman)[gi], split(l.froman)[fi]
		}
		if l.lang == "es" && g.chance(0.6) {
			p.family += " " + g.pickS(l.family)
		}
		if l.code == "pt_BR" && g.chance(0.4) {
			p.family = g.pickS(l.family) + " " + p.family
		}
		if l.code == "vi_VN" {
			p.given = g.pickS("Văn|Thị|Đức|Ngọc|Thanh|Hữu") + " " + p.given
		}
	}
	if p.groman == "" {
		p.groman, p.froman = asciiLower(p.given), asciiLower(p.family)
		p.groman = strings.ReplaceAll(p.groman, " ", "")
		p.froman = strings.ReplaceAll(strings.ReplaceAll(p.froman, " ", ""), "-", "")
	}
	switch {
	case l.nospace:
		p.full = p.family + p.given
	case l.familyFirst:
		p.full = p.family + " " + p.given
	default:
		p.full = p.given + " " + p.family
	}
	return p
}

// nameValue renders a person as a name value, in one of the ways forms and
// agents write it.
func (g *gen) nameValue(p person) value {
	l := p.loc
	text := p.full
	if !l.nospace && !l.substr && l.given != "" || l.code == "en_US" {
		switch g.r.IntN(8) {
		case 0:
			text = strings.ToUpper(p.family) + " " + p.given
		case 1:
			if !l.familyFirst {
				text = p.family + ", " + p.given
			}
		case 2:
			if !l.familyFirst && l.lang != "ar" && l.lang != "he" {
				r := []rune(p.given)
				text = string(r[0]) + ". " + p.family
			}
		}
	}
	v := value{kind: "name", text: text, loc: l.code}
	switch {
	case l.nospace:
		v.subs = append(v.subs, strings.ToLower(p.family+p.given))
		if len([]rune(p.given)) >= 2 {
			v.subs = append(v.subs, strings.ToLower(p.given))
		}
	case l.substr:
		if len([]rune(p.family)) >= 3 {
			v.subs = append(v.subs, p.family)
		}
	default:
		for _, w := range words(p.family) {
			if len([]rune(w)) >= 3 && !isParticle(l, w) {
				v.words = append(v.words, w)
			}
		}
		if l.code == "vi_VN" {
			gw := words(p.given)
			if w := gw[len(gw)-1]; len([]rune(w)) >= 3 {
				v.words = append(v.words, w)
			}
		}
	}
	return v
}

func (g *gen) emailValue(p person) value {
	l := p.loc
	dom := g.pickS(l.domains)
	if g.chance(0.15) {
		dom = g.pickS("gmail.com|outlook.com|proton.me|icloud.com")
	}
	gr, fr := p.groman, p.froman
	if gr == "" {
		gr = "buyer"
	}
	if fr == "" {
		fr = "shop"
	}
	var local string
	switch g.r.IntN(6) {
	case 0:
		local = gr + "." + fr
	case 1:
		local = gr + fr + strconv.Itoa(g.between(1, 99))
	case 2:
		local = gr[:1] + "." + fr + strconv.Itoa(g.between(1970, 2005))
	case 3:
		local = fr + "_" + gr
	case 4:
		local = gr + "." + fr + "+" + g.pickS("shop|orders|rma|amazon|ebay")
	default:
		local = fr + gr[:1] + strconv.Itoa(g.between(10, 999))
	}
	addr := local + "@" + dom
	if g.chance(0.08) {
		addr = strings.ToUpper(addr)
	}
	v := value{kind: "email", text: addr, loc: l.code, key: strings.ToLower(addr)}
	if len(local) >= 6 && strings.IndexFunc(local, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		v.local = strings.ToLower(local)
	}
	return v
}

func (g *gen) phoneValue(l *locale) value {
	t := g.pattern(g.pickS(l.phones))
	var ds []byte
	for i := 0; i < len(t); i++ {
		if t[i] >= '0' && t[i] <= '9' {
			ds = append(ds, t[i])
		}
	}
	if l.zero != 0 && g.chance(0.3) {
		var b strings.Builder
		for _, c := range t {
			if c >= '0' && c <= '9' {
				c = l.zero + (c - '0')
			}
			b.WriteRune(c)
		}
		t = b.String()
	}
	key := string(ds)
	if len(key) > 8 {
		key = key[len(key)-8:]
	}
	return value{kind: "phone", text: t, loc: l.code, key: key}
}

var genericStreet = map[string]bool{}

func (g *gen) addressValue(l *locale) value {
	v := value{kind: "address", loc: l.code}
	if l.code == "ja_JP" {
		town := g.pickS(l.streets)
		block := fmt.Sprintf("%d-%d-%d", g.between(1, 5), g.between(1, 30), g.between(1, 20))
		st := g.pickS(l.cities) + town + block
		if g.chance(0.4) {
			st += " " + g.pickS("ハイツ|メゾン|コーポ|レジデンス") + strconv.Itoa(g.between(101, 909))
		}
		if g.chance(0.6) {
			st = "〒" + g.pattern(l.post) + " " + st
		}
		v.text = st
		v.subs = []string{town}
		v.bounded = []string{block}
		return v
	}
	var s, city string
	if l.code == "en_US" {
		s, city = g.fk.StreetName(), g.fk.City()
	} else {
		s, city = g.pickS(l.streets), g.pickS(l.cities)
	}
	st := strings.ReplaceAll(g.pickS(l.streetFmt), "{s}", s)
	st = strings.Replace(st, "{n}", strconv.Itoa(g.between(1, 240)), 1)
	st = strings.Replace(st, "{n}", strconv.Itoa(g.between(1, 40)), 1)
	full := st
	if g.chance(0.75) {
		f := g.pickS(l.addrFmt)
		f = strings.ReplaceAll(f, "{st}", st)
		f = strings.ReplaceAll(f, "{pc}", g.pattern(l.post))
		full = strings.ReplaceAll(f, "{c}", city)
		full = strings.TrimSpace(strings.ReplaceAll(full, "  ", " "))
	}
	v.text = full
	if l.substr && l.lang != "ko" {
		v.subs = []string{strings.ToLower(s)}
		return v
	}
	stw := words(st)
	for _, w := range words(s) {
		if len([]rune(w)) < 3 || isParticle(l, w) {
			continue
		}
		for _, x := range stw {
			if strings.Contains(x, w) {
				v.words = append(v.words, x)
				break
			}
		}
	}
	return v
}

// cards: issuer, prefixes, length.
var issuers = []struct {
	name     string
	prefixes string
	length   int
}{
	{"visa", "4", 16}, {"mastercard", "51|52|53|54|55|2221|2356|2720", 16}, {"amex", "34|37", 15},
	{"discover", "6011|644|65", 16}, {"jcb", "3528|3541|3566|3589", 16}, {"unionpay", "62", 16},
	{"unionpay19", "62", 19}, {"diners", "36|300|305", 14}, {"maestro", "6759|5018|5020", 16},
	{"mir", "2200|2201|2204", 16}, {"rupay", "6521|6522|508", 16}, {"troy", "9792", 16},
	{"elo", "636368|504175|509048", 16}, {"visa19", "4", 19},
}

func luhnDigit(d string) byte {
	sum := 0
	for i := len(d) - 1; i >= 0; i-- {
		x := int(d[i] - '0')
		if (len(d)-1-i)%2 == 0 {
			x *= 2
			if x > 9 {
				x -= 9
			}
		}
		sum += x
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnOK(d string) bool { return luhnDigit(d[:len(d)-1]) == d[len(d)-1] }

func (g *gen) cardNumber() (string, string) {
	is := issuers[g.r.IntN(len(issuers))]
	d := g.pickS(is.prefixes)
	d += g.digitsN(is.length - 1 - len(d))
	return d + string(luhnDigit(d)), is.name
}

func group(d string, sizes ...int) []string {
	var out []string
	for _, n := range sizes {
		if len(d) <= n {
			break
		}
		out = append(out, d[:n])
		d = d[n:]
	}
	return append(out, d)
}

func (g *gen) cardValue() value {
	d, _ := g.cardNumber()
	t := d
	sep := g.pickS(" | |-")
	switch {
	case g.chance(0.35):
	case len(d) == 15:
		t = strings.Join(group(d, 4, 6), sep)
	case len(d) == 14 && g.chance(0.5):
		t = strings.Join(group(d, 4, 6), sep)
	default:
		t = strings.Join(group(d, 4, 4, 4, 4), sep)
	}
	return value{kind: "card", text: t, key: d[len(d)-8 : len(d)-3]}
}

var ibanSpecs = []struct{ cc, bban string }{
	{"DE", "18n"}, {"FR", "10n11c2n"}, {"ES", "20n"}, {"IT", "1a10n12c"}, {"NL", "4a10n"}, {"GB", "4a14n"},
	{"PL", "24n"}, {"CZ", "20n"}, {"TR", "6n16c"}, {"RO", "4a16c"}, {"HU", "24n"}, {"PT", "21n"},
	{"GR", "7n16c"}, {"BE", "12n"}, {"AT", "16n"}, {"CH", "5n12c"}, {"SA", "2n18c"}, {"IL", "19n"},
	{"UA", "6n19c"}, {"BR", "23n1a1c"}, {"AE", "19n"}, {"SE", "20n"}, {"IE", "4a14n"},
}

func mod97(s string) int {
	m := 0
	for _, c := range s {
		var n int
		if c >= '0' && c <= '9' {
			n = int(c - '0')
			m = (m*10 + n) % 97
		} else {
			n = int(c-'A') + 10
			m = (m*100 + n) % 97
		}
	}
	return m
}

func ibanOK(s string) bool { return len(s) > 4 && mod97(s[4:]+s[:4]) == 1 }

func (g *gen) ibanNumber(cc string) string {
	var spec = ibanSpecs[0]
	found := false
	for _, sp := range ibanSpecs {
		if sp.cc == cc {
			spec, found = sp, true
		}
	}
	if !found {
		spec = ibanSpecs[g.r.IntN(len(ibanSpecs))]
	}
	var b strings.Builder
	f := spec.bban
	for f != "" {
		i := 0
		for f[i] >= '0' && f[i] <= '9' {
			i++
		}
		n, _ := strconv.Atoi(f[:i])
		p := map[byte]string{'n': "#", 'a': "A", 'c': "c"}[f[i]]
		b.WriteString(g.pattern(strings.Repeat(p, n)))
		f = f[i+1:]
	}
	bban := b.String()
	chk := 98 - mod97(bban+spec.cc+"00")
	return fmt.Sprintf("%s%02d%s", spec.cc, chk, bban)
}

func (g *gen) ibanValue(l *locale) value {
	cc := strings.ToUpper(l.code[len(l.code)-2:])
	if g.chance(0.3) {
		cc = ""
	}
	n := g.ibanNumber(cc)
	t := n
	if g.chance(0.55) {
		var parts []string
		for i := 0; i < len(n); i += 4 {
			parts = append(parts, n[i:min(i+4, len(n))])
		}
		t = strings.Join(parts, " ")
	}
	return value{kind: "iban", text: t, key: n[len(n)-10:]}
}

var cnRegions = split("110101|110105|120104|310104|310115|320102|330106|340104|350203|370202|410105|420106|430104|440106|440305|450103|500103|510107|610113|210102")

func cnCheck(d string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	s := 0
	for i := 0; i < 17; i++ {
		s += int(d[i]-'0') * w[i]
	}
	return "10X98765432"[s%11]
}

func (g *gen) cnIDValue() value {
	d := g.pick(cnRegions) + fmt.Sprintf("%04d%02d%02d", g.between(1955, 2006), g.between(1, 12), g.between(1, 28)) + g.digitsN(3)
	d += string(cnCheck(d))
	t := d
	if g.chance(0.1) {
		t = d[:6] + " " + d[6:14] + " " + d[14:]
	}
	if d[17] == 'X' && g.chance(0.3) {
		t = strings.ToLower(t)
		d = strings.ToLower(d)
	}
	return value{kind: "cn_id", text: t, key: d[6:]}
}

// credential generators: key names, vendor, value.
type credSpec struct {
	keys string
	gen  func(g *gen) string
}

func (g *gen) password() string {
	const set = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	n := g.between(10, 18)
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	for i := 0; i < 2; i++ {
		b[g.r.IntN(n)] = "!#%*-_.?"[g.r.IntN(8)]
	}
	b[g.r.IntN(n)] = byte('2' + g.r.IntN(8))
	return string(b)
}

var creds = []credSpec{
	{"zendesk_api_token|api_token|ZENDESK_TOKEN", func(g *gen) string { return g.pattern(strings.Repeat("a", 40)) }},
	{"freshdesk_apikey|apikey|x-api-key", func(g *gen) string { return g.pattern(strings.Repeat("a", 20)) }},
	{"gorgias_api_key|api_key|X-Api-Key", func(g *gen) string { return g.pattern(strings.Repeat("h", 64)) }},
	{"shopify_access_token|X-Shopify-Access-Token|access_token", func(g *gen) string { return "shpat_" + g.pattern(strings.Repeat("h", 32)) }},
	{"netsuite_token_secret|token_secret|consumer_secret", func(g *gen) string { return g.pattern(strings.Repeat("h", 64)) }},
	{"odoo_api_key|apikey|ODOO_PASSWORD", func(g *gen) string { return g.pattern(strings.Repeat("h", 40)) }},
	{"xero_client_secret|client_secret", func(g *gen) string { return g.pattern(strings.Repeat("a", 48)) }},
	{"qbo_refresh_token|refresh_token", func(g *gen) string { return "AB11" + g.pattern(strings.Repeat("a", 46)) }},
	{"twilio_auth_token|auth_token", func(g *gen) string { return g.pattern(strings.Repeat("h", 32)) }},
	{"sendgrid_api_key|SENDGRID_API_KEY", func(g *gen) string {
		return "SG." + g.pattern(strings.Repeat("a", 22)) + "." + g.pattern(strings.Repeat("a", 43))
	}},
	{"easypost_api_key|EASYPOST_KEY", func(g *gen) string { return "EZAK" + g.pattern(strings.Repeat("h", 56)) }},
	{"shipstation_api_secret|api_secret", func(g *gen) string { return g.pattern(strings.Repeat("h", 32)) }},
	{"aws_secret_access_key|AWS_SECRET_ACCESS_KEY", func(g *gen) string { return g.pattern(strings.Repeat("a", 40)) }},
	{"slack_bot_token|SLACK_TOKEN", func(g *gen) string {
		return "xoxb-" + g.digitsN(11) + "-" + g.digitsN(12) + "-" + g.pattern(strings.Repeat("a", 24))
	}},
	{"password|passwd|pwd|user_password|sap_password|RFC_PASSWD", func(g *gen) string { return g.password() }},
	{"smtp_pass|smtp_password|MAIL_PASSWORD", func(g *gen) string { return g.password() }},
	{"db_pass|DB_PASSWORD|pg_pwd", func(g *gen) string { return g.password() }},
	{"sftp_password|sftp_pass|ftp_pwd", func(g *gen) string { return g.password() }},
	{"passphrase|keystore_pass|pfx_password", func(g *gen) string { return g.password() }},
	{"otp|verification_code|otp_code|2fa_code", func(g *gen) string { return g.digitsN(6) }},
	{"saml_signing_secret|idp_secret|oauth_client_secret", func(g *gen) string { return g.pattern(strings.Repeat("a", 36)) }},
	{"webhook_secret|signing_secret|hmac_secret", func(g *gen) string { return "whsec_" + g.pattern(strings.Repeat("a", 32)) }},
	{"basic_auth", func(g *gen) string {
		return base64.StdEncoding.EncodeToString([]byte(g.pickS("erp_sync|wms-api|edi_partner|broker01") + ":" + g.password()))
	}},
}

// credValue returns a credential value and a key that names it.
func (g *gen) credValue() (value, string) {
	c := creds[g.r.IntN(len(creds))]
	t := c.gen(g)
	for t[0] == '0' && len(t) == 6 {
		t = g.digitsN(6)
	}
	v := value{kind: "credential", text: t, key: t}
	if len(t) >= 24 {
		v.half = t[len(t)/2:]
	}
	if strings.Trim(t, "0123456789") == "" {
		v.digits = true
	}
	return v, g.pickS(c.keys)
}

func (g *gen) locale() *locale { return &locales[g.r.IntN(len(locales))] }
