package sixtheval

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// mode selects how a planted PII value is rendered: as itself, as the
// background placeholder, or as vigil's own marker (the judge's oracle).
type mode uint8

const (
	modeReal mode = iota
	modeBackground
	modeMarker
)

// placeholder stands in for a PII value in the background rendering. It has no
// digits, no word of four letters a fragment could match, and needs no escaping
// in any of the contexts.
const placeholder = "qqzqq"

// pv is one PII value before it is planted.
type pv struct {
	kind    string
	shown   string   // the text written into the line
	frags   []string // lower-cased fragments; any of them surviving is a leak
	compact bool     // fragments are searched in the compact view (separators removed)
	key     string   // preferred key for this value ("" = from the kind's key table)
	form    string   // sub-shape, for the report (credential flavour, phone format…)
}

// item is a planted PII value, as the judge sees it.
type item struct {
	kind, loc, ctx, form string
	shown                string
	frags                []string
	compact              bool
}

// look is a planted look-alike that must survive.
type look struct {
	typ, ctx, val string
}

type gen struct {
	f       *gofakeit.Faker
	m       mode
	loc     *locale
	ctx     string
	items   []item
	looks   []look
	echoing bool // P renders without planting (a second occurrence)
}

// echoSentence writes a sentence about values already planted.
func (g *gen) echoSentence(vs []pv) string {
	g.echoing = true
	defer func() { g.echoing = false }()
	return g.sentence(vs)
}

func newGen(seed uint64, line int, m mode) *gen {
	return &gen{f: gofakeit.NewFaker(rand.NewPCG(seed, uint64(line)*0x9e3779b97f4a7c15+1), false), m: m}
}

func (g *gen) n(k int) int                    { return g.f.IntN(k) }
func (g *gen) chance(p float64) bool          { return g.f.Float64() < p }
func (g *gen) pick(xs []string) string        { return xs[g.f.IntN(len(xs))] }
func (g *gen) rng(lo, hi int) int             { return lo + g.f.IntN(hi-lo+1) }
func (g *gen) digits(k int) string            { return g.f.DigitN(uint(k)) }
func (g *gen) hexs(k int) string              { return g.charset(k, "0123456789abcdef") }
func (g *gen) alnum(k int) string             { return g.charset(k, alnumSet) }
func (g *gen) upperAlnum(k int) string        { return g.charset(k, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") }
func (g *gen) lowerAlnum(k int) string        { return g.charset(k, "abcdefghijkmnpqrstuvwxyz0123456789") }
func (g *gen) fmtf(f string, a ...any) string { return fmt.Sprintf(f, a...) }

const alnumSet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func (g *gen) charset(k int, set string) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = set[g.f.IntN(len(set))]
	}
	return string(b)
}

// P plants v and returns its rendering for the current mode.
func (g *gen) P(v pv) string {
	if g.echoing {
		return g.E(v, v.shown)
	}
	g.items = append(g.items, item{kind: v.kind, loc: g.loc.code, ctx: g.ctx, form: v.form, shown: v.shown, frags: v.frags, compact: v.compact})
	return g.E(v, v.shown)
}

// E renders another occurrence (an echo, possibly in another form) of a value
// already planted, without counting it again.
func (g *gen) E(v pv, form string) string {
	switch g.m {
	case modeBackground:
		return placeholder
	case modeMarker:
		return "[REDACTED:" + v.kind + "]"
	}
	return form
}

// PNum plants v where the line holds it as a bare JSON number.
func (g *gen) PNum(v pv) string {
	s := g.P(v)
	switch g.m {
	case modeBackground:
		return "0"
	case modeMarker:
		return strconv.Quote(s)
	}
	return s
}

// L plants a look-alike and returns it (it is the same in every mode).
func (g *gen) L(typ, val string) string {
	g.looks = append(g.looks, look{typ: typ, ctx: g.ctx, val: val})
	return val
}

// ---- fragments ----

var particles = map[string]bool{"binti": true, "bint": true, "kyzy": true, "uulu": true, "ogly": true, "qizi": true, "della": true, "van der": true, "dos": true, "das": true, "ibn": true, "abu": true}

// streetTypes are street-type words that are not distinctive.
var streetTypes = map[string]bool{"avenue": true, "avenida": true, "road": true, "street": true, "largo": true, "crescent": true, "estate": true, "drive": true, "lane": true, "boulevard": true, "ring": true, "lorong": true, "north": true, "market": true, "ጎዳና": true, "даңғылы": true, "chowk": true, "mall": false}

func isCJK(r rune) bool {
	return unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul)
}

func isSyllabic(r rune) bool {
	return unicode.In(r, unicode.Ethiopic, unicode.Khmer, unicode.Myanmar, unicode.Sinhala)
}

// wordFrags splits s into words and returns those that identify it: words
// of four letters or more (Latin, Cyrillic, Georgian, Armenian, Devanagari…),
// three syllables in syllabic scripts, and every two adjacent CJK characters.
func wordFrags(s string, stop map[string]bool) []string {
	var out []string
	var w []rune
	flush := func() {
		if len(w) == 0 {
			return
		}
		word := strings.ToLower(string(w))
		w = w[:0]
		if stop[word] || particles[word] {
			return
		}
		rs := []rune(word)
		switch {
		case isCJK(rs[0]):
			for i := 0; i+1 < len(rs); i++ {
				if isCJK(rs[i]) && isCJK(rs[i+1]) {
					out = append(out, string(rs[i:i+2]))
				}
			}
		case isSyllabic(rs[0]):
			if len(rs) >= 3 {
				out = append(out, word)
			}
		default:
			if len(rs) >= 4 {
				out = append(out, word)
			}
		}
	}
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '’' {
			if len(w) > 0 && isCJK(r) != isCJK(w[len(w)-1]) {
				flush()
			}
			w = append(w, r)
			continue
		}
		flush()
	}
	flush()
	return out
}

// compactOf removes the separators the compact view removes.
func compactOf(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if isSep(r) {
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func isSep(r rune) bool {
	switch r {
	case ' ', '-', '.', '/', '(', ')', '\t', '\n', '\r', '\u00a0', '－', '（', '）', '\u202f':
		return true
	}
	return false
}

// windows returns the k-rune windows of s, at most max of them, spread evenly.
func windows(s string, k, max int) []string {
	rs := []rune(s)
	if len(rs) <= k {
		return []string{s}
	}
	n := len(rs) - k + 1
	step := 1
	if n > max {
		step = (n + max - 1) / max
	}
	var out []string
	for i := 0; i < n; i += step {
		out = append(out, string(rs[i:i+k]))
	}
	if last := string(rs[n-1:]); out[len(out)-1] != last {
		out = append(out, last)
	}
	return out
}

// alnumWindows returns 6-rune windows of the letters-and-digits runs of s
// (compacted), skipping windows that cross any other character.
func alnumWindows(s string, max int) []string {
	c := compactOf(s)
	var runs []string
	start := -1
	for i, r := range c {
		ok := r < utf8.RuneSelf && (r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
		if ok && start < 0 {
			start = i
		}
		if !ok && start >= 0 {
			runs = append(runs, c[start:i])
			start = -1
		}
	}
	if start >= 0 {
		runs = append(runs, c[start:])
	}
	var out []string
	for _, r := range runs {
		if len(r) >= 6 {
			out = append(out, windows(r, 6, max)...)
		}
	}
	if len(out) > max {
		step := (len(out) + max - 1) / max
		var o []string
		for i := 0; i < len(out); i += step {
			o = append(o, out[i])
		}
		out = o
	}
	return out
}

func digitRunes(s string) string {
	var b strings.Builder
	for _, r := range s {
		if unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// ---- values ----

// expand fills '#' with digits and '@' with upper-case letters; digits follow
// the script of the first non-ASCII digit in the pattern (Devanagari, Khmer,
// full-width).
func (g *gen) expand(p string) string {
	var zero rune = '0'
	for _, r := range p {
		if unicode.IsDigit(r) && r > 0x7f {
			zero = r - rune(digitValue(r))
			break
		}
	}
	var b strings.Builder
	for _, r := range p {
		switch {
		case r == '#':
			b.WriteRune(zero + rune(g.n(10)))
		case r == '@':
			b.WriteByte(byte('A' + g.n(26)))
		case r >= '0' && r <= '9' && zero != '0':
			b.WriteRune(zero + (r - '0'))
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func digitValue(r rune) int {
	for z := r; z >= r-9; z-- {
		if !unicode.IsDigit(z - 1) {
			return int(r - z)
		}
	}
	return 0
}

type person struct {
	given, family   string
	rgiven, rfamily string
}

func (g *gen) person() person {
	l := g.loc
	i, j := g.n(len(l.given)), g.n(len(l.family))
	p := person{given: l.given[i], family: l.family[j]}
	if l.rgiven != nil {
		p.rgiven, p.rfamily = l.rgiven[i], l.rfamily[j]
	}
	return p
}

// name renders a person's name: local script and order mostly, sometimes
// romanised, sometimes "FAMILY, Given" as forms and CRMs write it.
func (g *gen) name(p person) pv {
	given, family, sep, ff := p.given, p.family, g.loc.sep, g.loc.familyFirst
	form := "local"
	if p.rgiven != "" && g.chance(0.35) {
		given, family, sep, form = p.rgiven, p.rfamily, " ", "romanised"
		if g.chance(0.5) {
			ff = false
		}
	}
	var s string
	switch {
	case form != "romanised" && g.loc.sep == "" && ff:
		s = family + given
	case g.chance(0.1) && sep == " ":
		s, form = strings.ToUpper(family)+", "+given, form+"-comma"
	case ff:
		s = family + sep + given
	default:
		s = given + sep + family
	}
	fr := wordFrags(s, nil)
	if len(fr) == 0 {
		fr = []string{strings.ToLower(s)}
	}
	return pv{kind: "name", shown: s, frags: fr, form: form}
}

func (g *gen) phone() pv {
	pat := g.pick(g.loc.phones)
	main, ext := pat, ""
	if i := strings.IndexByte(pat, '|'); i >= 0 {
		main, ext = pat[:i], pat[i+1:]
	}
	m := g.expand(main)
	s := m
	if ext != "" {
		s += g.expand(ext)
	}
	form := "national"
	if strings.HasPrefix(main, "+") || strings.HasPrefix(main, "(+") || strings.HasPrefix(main, "00") {
		form = "international"
	} else if strings.HasPrefix(main, g.loc.cc) && len(digitRunes(m)) > 9 {
		form = "cc-no-plus"
	}
	if ext != "" {
		form += "+ext"
	}
	for _, r := range m {
		if r > 0x7f && unicode.IsDigit(r) {
			form = "local-digits"
			break
		}
	}
	return pv{kind: "phone", shown: s, frags: windows(digitRunes(m), 6, 12), compact: true, form: form}
}

var emailWords = []string{"sunny", "falcon", "mango", "river", "pixel", "amber", "cobalt", "willow", "maple", "orbit", "lotus", "ember", "quartz", "meadow", "harbor", "nimbus", "saffron", "tundra", "juniper", "zephyr"}

func (g *gen) email() pv {
	var local string
	switch g.n(4) {
	case 0:
		local = g.pick(emailWords) + g.digits(g.rng(2, 4))
	case 1:
		local = g.pick(emailWords) + "." + g.pick(emailWords) + g.digits(2)
	case 2:
		local = strings.ToLower(g.f.Username()) + g.digits(2)
	default:
		local = g.pick(emailWords) + "_" + g.lowerAlnum(4)
	}
	frag := local
	form := "plain"
	if g.chance(0.2) {
		local += "+" + g.pick([]string{"shopee", "orders", "tiktok", "amz", "lzd"})
		form = "plus-tag"
	}
	d := g.pick(g.loc.domains)
	for _, r := range d {
		if r > 0x7f {
			form = "idn"
			break
		}
	}
	if g.chance(0.08) {
		local = strings.ToUpper(local[:1]) + local[1:]
		frag = strings.ToLower(frag)
	}
	return pv{kind: "email", shown: local + "@" + d, frags: []string{strings.ToLower(frag)}, form: form}
}

func (g *gen) address() pv {
	l := g.loc
	pat := g.pick(l.addr)
	st := g.pick(l.streets)
	city := g.pick(l.cities)
	dist := city
	if len(l.districts) > 0 {
		dist = g.pick(l.districts)
	}
	r := strings.NewReplacer("{s}", st, "{n}", strconv.Itoa(g.rng(1, 240)), "{u}", strconv.Itoa(g.rng(1, 60)), "{b}", strconv.Itoa(g.rng(2, 9999)),
		"{d}", dist, "{c}", city, "{p}", g.expand(l.postcode))
	s := r.Replace(pat)
	var fr []string
	form := "street"
	if strings.Contains(pat, "{s}") {
		fr = wordFrags(st, streetTypes)
	} else {
		form = "po-box"
		head, _, _ := strings.Cut(s, ",")
		fr = []string{strings.ToLower(head)}
	}
	if len(fr) == 0 {
		fr = []string{strings.ToLower(st)}
	}
	return pv{kind: "address", shown: s, frags: fr, form: form}
}

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 19}},
	{"mastercard", []string{"51", "53", "55", "2221", "2475", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "65", "644"}, []int{16}},
	{"jcb", []string{"3528", "3566", "3589"}, []int{16, 19}},
	{"unionpay", []string{"62", "6212", "6250"}, []int{16, 19}},
	{"diners", []string{"36", "300", "305"}, []int{14}},
	{"mir", []string{"2200", "2202", "2204"}, []int{16}},
	{"rupay", []string{"60", "6521", "508"}, []int{16}},
	{"verve", []string{"5061", "650002"}, []int{16, 19}},
	{"uzcard", []string{"8600"}, []int{16}},
	{"humo", []string{"9860"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
	{"elo", []string{"636368", "504175"}, []int{16}},
}

func luhnCheck(payload string) byte {
	sum := 0
	dbl := true
	for i := len(payload) - 1; i >= 0; i-- {
		d := int(payload[i] - '0')
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

func (g *gen) cardDigits() (string, string) {
	is := issuers[g.n(len(issuers))]
	pre := g.pick(is.prefixes)
	n := is.lengths[g.n(len(is.lengths))]
	body := pre + g.digits(n-1-len(pre))
	return body + string(luhnCheck(body)), is.name
}

func (g *gen) card() pv {
	d, iss := g.cardDigits()
	var s, form string
	switch g.n(6) {
	case 0:
		s, form = d, "compact"
	case 1:
		s, form = group(d, 4, " "), "spaced"
	case 2:
		s, form = group(d, 4, "-"), "dashed"
	case 3:
		if len(d) == 15 {
			s = d[:4] + " " + d[4:10] + " " + d[10:]
		} else {
			s = d[:4] + " " + d[4:10] + " " + d[10:]
		}
		form = "4-6-rest"
	case 4:
		s, form = group(d, 4, "."), "dotted"
	default:
		s, form = group(d, 4, "\u00a0"), "nbsp"
	}
	return pv{kind: "card", shown: s, frags: windows(d, 6, 14), compact: true, form: iss + "/" + form}
}

func group(s string, k int, sep string) string {
	var b strings.Builder
	for i := 0; i < len(s); i += k {
		if i > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i:min(i+k, len(s))])
	}
	return b.String()
}

// ---- IBAN ----

func mod97(s string) int {
	r := 0
	for _, c := range s {
		switch {
		case c >= '0' && c <= '9':
			r = (r*10 + int(c-'0')) % 97
		case c >= 'A' && c <= 'Z':
			r = (r*100 + int(c-'A'+10)) % 97
		}
	}
	return r
}

func (g *gen) ibanFor(cc string) string {
	f := ibanFormats[cc]
	var b strings.Builder
	for _, c := range f {
		switch c {
		case '9':
			b.WriteByte(byte('0' + g.n(10)))
		case 'A':
			b.WriteByte(byte('A' + g.n(26)))
		default:
			if g.n(3) == 0 {
				b.WriteByte(byte('A' + g.n(26)))
			} else {
				b.WriteByte(byte('0' + g.n(10)))
			}
		}
	}
	bban := b.String()
	if cc == "BE" { // Belgian BBAN carries its own mod-97 check
		n, _ := strconv.ParseUint(bban[:10], 10, 64)
		c := n % 97
		if c == 0 {
			c = 97
		}
		bban = bban[:10] + fmt.Sprintf("%02d", c)
	}
	chk := 98 - mod97(bban+cc+"00")
	return fmt.Sprintf("%s%02d%s", cc, chk, bban)
}

func (g *gen) iban() pv {
	cc := g.loc.iban
	if cc == "" || g.chance(0.3) {
		cc = g.pick(ibanCountries)
	}
	ib := g.ibanFor(cc)
	s, form := ib, "compact"
	switch g.n(3) {
	case 0:
		s, form = group(ib, 4, " "), "grouped"
	case 1:
		if g.chance(0.3) {
			s, form = strings.ToLower(group(ib, 4, " ")), "lower"
		}
	}
	return pv{kind: "iban", shown: s, frags: windows(strings.ToLower(ib[4:]), 6, 10), compact: true, form: cc + "/" + form}
}

// ---- Chinese resident id ----

var cnWeights = []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

func cnCheck(first17 string) byte {
	s := 0
	for i := 0; i < 17; i++ {
		s += int(first17[i]-'0') * cnWeights[i]
	}
	return "10X98765432"[s%11]
}

func (g *gen) cnID() pv {
	y, m := g.rng(1950, 2006), g.rng(1, 12)
	d := g.rng(1, 28)
	body := g.pick(cnRegions) + fmt.Sprintf("%04d%02d%02d", y, m, d) + g.digits(3)
	id := body + string(cnCheck(body))
	s, form := id, "compact"
	if g.chance(0.15) {
		s, form = id[:6]+" "+id[6:14]+" "+id[14:], "spaced"
	} else if id[17] == 'X' && g.chance(0.4) {
		s, form = id[:17]+"x", "lower-x"
	}
	return pv{kind: "cn_id", shown: s, frags: windows(strings.ToLower(id), 6, 13), compact: true, form: form}
}

// ---- credentials ----

// credential returns a secret and how it is written: the key it stands under
// (if any) and the text around it is chosen by the context; pv.key carries the
// natural key, pv.form the flavour.
func (g *gen) credential() pv {
	l := g.loc
	core, shown, key, form := "", "", "", ""
	switch g.n(20) {
	case 0, 1: // password under a key in the buyer's or staff's language
		core = g.password()
		key = g.pick([]string{l.w.passKey, "password", "passwd", "smtp_pass", "db_pass", "passphrase", "pwd", "contrasena", "senha", "пароль", "parola", "lozinka", "heslo", "jelszo", "salasana", "wachtwoord", "mot_de_passe", "Kennwort", "パスワード", "密码", "비밀번호", "lykilord", "slaptazodis", "parool"})
		shown, form = core, "password"
	case 2: // vendor tokens
		pre := g.pick([]string{"shpat_", "shpss_", "sk_live_", "rk_live_", "whsec_", "ghp_", "glpat-", "xoxb-", "SG.", "npm_", "hf_", "xnd_production_", "APP_USR-", "rzp_live_"})
		core = g.alnum(g.rng(24, 40))
		if pre == "xoxb-" {
			core = g.digits(11) + "-" + g.digits(12) + "-" + g.alnum(24)
		}
		shown = pre + core
		key, form = g.pick([]string{"access_token", "X-Shopify-Access-Token", "api_key", "token", "apiKey", "secret_key", "Stripe-Key"}), "vendor:"+strings.TrimRight(pre, "_-.")
	case 3: // marketplace tokens with no well-known prefix
		switch g.n(4) {
		case 0:
			core, form = g.hexs(32), "shopee-token"
			shown = core
		case 1:
			core, form = "50000"+g.digits(3)+g.alnum(28), "lazada-token"
			shown = core
		case 2:
			core, form = "ROW_"+g.alnum(40), "tiktok-token"
			shown = core
			core = core[4:]
		default:
			core, form = g.alnum(6)+"|"+g.alnum(60), "amazon-lwa"
			shown = "Atzr|" + core
		}
		key = g.pick([]string{"access_token", "refresh_token", "x-tts-access-token", "x-amz-access-token", "accessToken"})
	case 4: // hex/base64 secrets under key-ish names
		if g.chance(0.5) {
			core = g.hexs(g.pick2(32, 64))
		} else {
			b := make([]byte, 32)
			for i := range b {
				b[i] = byte(g.n(256))
			}
			core = base64.StdEncoding.EncodeToString(b)
		}
		shown = core
		key, form = g.pick([]string{"partner_key", "app_secret", "hmac_key", "signingKey", "encryption_key", "webhook_signing_secret", "client_secret", "appSecret", "AES_KEY", "jwt_secret"}), "keyed-secret"
	case 5: // connection URLs
		core = g.password()
		user := g.pick([]string{"shop", "orders_rw", "svc_sync", "admin", "guest"})
		switch g.n(4) {
		case 0:
			shown = "postgres://" + user + ":" + urlUserinfo(core) + "@pg-orders.internal:5432/shop?sslmode=require"
		case 1:
			shown = "amqp://" + user + ":" + urlUserinfo(core) + "@rabbitmq.queue.svc:5672/orders"
		case 2:
			shown = "redis://:" + urlUserinfo(core) + "@cache-01.internal:6379/2"
		default:
			shown = "mongodb+srv://" + user + ":" + urlUserinfo(core) + "@cluster0.ab1cd.mongodb.net/shop?retryWrites=true"
		}
		key, form = g.pick([]string{"DATABASE_URL", "dsn", "broker_url", "REDIS_URL", "conn"}), "conn-url"
	case 6: // Basic
		cred := g.pick([]string{"shop", "api", "sync", "webhook"}) + ":" + g.password()
		core = base64.StdEncoding.EncodeToString([]byte(cred))
		shown, key, form = "Basic "+core, "Authorization", "basic"
	case 7: // Bearer JWT
		hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		pl := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","shop":%d,"exp":%d}`, g.lowerAlnum(10), g.rng(1000, 99999), 1764900000+g.n(9999999))))
		sig := g.charset(43, alnumSet+"-_")
		core = pl + "." + sig
		shown, key, form = "Bearer "+hdr+"."+core, "Authorization", "bearer-jwt"
	case 8: // opaque bearer
		core = g.alnum(g.rng(28, 48))
		shown, key, form = "Bearer "+core, "authorization", "bearer-opaque"
	case 9: // Digest
		core = g.hexs(32)
		shown = fmt.Sprintf(`Digest username="svc-sync", realm="api", nonce="%s", uri="/v2/orders", response="%s", qop=auth, nc=00000001, cnonce="%s"`, g.hexs(16), core, g.hexs(8))
		key, form = "Authorization", "digest"
	case 10: // cookies
		core = g.charset(g.rng(26, 40), alnumSet+"%")
		core = strings.ReplaceAll(core, "%", "")
		name := g.pick([]string{"_shop_session", "PHPSESSID", "laravel_session", "connect.sid", "JSESSIONID", "sessionid"})
		shown = name + "=" + core + "; cart_count=3; locale=" + g.loc.code
		key, form = "Cookie", "cookie"
	case 11: // pre-signed URLs
		switch g.n(3) {
		case 0:
			core = g.hexs(64)
			shown = fmt.Sprintf("https://labels-%s.s3.ap-southeast-1.amazonaws.com/awb/%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20261205%%2Fap-southeast-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261205T101112Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s", g.lowerAlnum(5), g.digits(10), g.upperAlnum(16), core)
		case 1:
			core = g.hexs(128)
			shown = fmt.Sprintf("https://storage.googleapis.com/invoices-prod/%s.pdf?X-Goog-Algorithm=GOOG4-RSA-SHA256&X-Goog-Credential=signer%%40shop.iam.gserviceaccount.com%%2F20261205%%2Fauto%%2Fstorage%%2Fgoog4_request&X-Goog-Date=20261205T101112Z&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature=%s", g.digits(8), core)
		default:
			core = g.alnum(43)
			shown = fmt.Sprintf("https://shopexports.blob.core.windows.net/reports/%s.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-06T10:00:00Z&sig=%s%%3D", g.digits(6), core)
		}
		key, form = "download_url", "presigned-url"
	case 12: // PEM / PKCS8
		b := make([]byte, g.rng(150, 400))
		for i := range b {
			b[i] = byte(g.n(256))
		}
		body := base64.StdEncoding.EncodeToString(append([]byte{0x30, 0x82}, b...))
		core = body
		kind := g.pick([]string{"PRIVATE KEY", "RSA PRIVATE KEY", "EC PRIVATE KEY", "ENCRYPTED PRIVATE KEY"})
		shown = "-----BEGIN " + kind + "-----\n" + wrap(body, 64) + "\n-----END " + kind + "-----"
		key, form = g.pick([]string{"private_key", "privateKey", "tls_key", "signing_key_pem"}), "pem"
	case 13, 14: // OTP
		core = g.digits(g.pick2(6, g.pick2(4, 8)))
		shown, key, form = core, g.pick([]string{"otp", "otp_code", "verification_code", "sms_code", "2fa_code", "code"}), "otp"
	case 15: // TOTP seed
		core = g.charset(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
		if g.chance(0.5) {
			shown = "otpauth://totp/Shop%20Admin:" + g.pick(emailWords) + "?secret=" + core + "&issuer=ShopAdmin&digits=6"
		} else {
			shown = core
		}
		key, form = g.pick([]string{"totp_secret", "mfa_seed", "otp_secret", "authenticator_key"}), "totp-seed"
	case 16: // recovery codes
		core = g.lowerAlnum(5) + "-" + g.lowerAlnum(5)
		shown, key, form = core, g.pick([]string{"recovery_code", "backup_code", "recoveryCodes"}), "recovery-code"
	case 17: // AWS key pair
		core = g.charset(40, alnumSet+"/+")
		shown, key, form = core, g.pick([]string{"aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secretAccessKey"}), "aws-secret"
	case 18: // webhook URL with token in path
		core = g.alnum(24)
		shown = "https://hooks.slack.com/services/T" + g.upperAlnum(8) + "/B" + g.upperAlnum(10) + "/" + core
		key, form = "webhook_url", "webhook-url"
	default: // API key headers
		core = g.lowerAlnum(g.rng(32, 40))
		shown, key, form = core, g.pick([]string{"x-api-key", "X-Api-Key", "apikey", "Ocp-Apim-Subscription-Key", "x-partner-key"}), "api-key"
	}
	fr := alnumWindows(core, 16)
	if len(fr) == 0 || form == "otp" {
		fr = []string{compactOf(core)}
	}
	return pv{kind: "credential", shown: shown, frags: fr, compact: true, key: key, form: form}
}

func (g *gen) pick2(a, b int) int {
	if g.n(2) == 0 {
		return a
	}
	return b
}

func (g *gen) password() string {
	switch g.n(5) {
	case 0:
		return g.f.Password(true, true, true, true, false, g.rng(10, 18))
	case 1:
		return strings.ToUpper(g.pick(emailWords)[:1]) + g.pick(emailWords)[1:] + g.digits(4) + g.pick([]string{"!", "#", "$", "@", "%", "&"})
	case 2:
		return g.f.Password(true, true, true, false, false, g.rng(12, 20))
	case 3:
		return g.pick(emailWords) + "-" + g.pick(emailWords) + "-" + g.digits(3)
	default:
		return g.alnum(g.rng(10, 16)) + "*"
	}
}

func urlUserinfo(s string) string {
	var b strings.Builder
	for _, c := range []byte(s) {
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.' || c == '~' {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func wrap(s string, k int) string {
	var parts []string
	for i := 0; i < len(s); i += k {
		parts = append(parts, s[i:min(i+k, len(s))])
	}
	return strings.Join(parts, "\n")
}

var _ = hex.EncodeToString
