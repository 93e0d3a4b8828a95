package sixteentheval

import (
	"encoding/json"
	"fmt"
	"math/big"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// A value the redactor must remove, as written into one line.
type piiVal struct {
	kind   string   // name, email, phone, address, card, iban, cn_id, credential
	form   string   // how it is written: field, text, json_str, json2, query, form, kv, header, csv, multiline, template, diff, partial, split, script
	value  string   // the value as generated (before any encoding)
	parts  []string // name and address: the distinctive parts a reader could use
	locale string
}

// A look-alike that must survive intact.
type lookVal struct {
	typ   string
	value string
}

// line is one log line of the corpus.
type line struct {
	ctx    string
	tmpl   string // template id, for leak classes
	locale string
	event  bool // NDJSON event (decoded and redacted with Event) or plain text
	text   string
	pii    []piiVal
	looks  []lookVal
}

// gen builds the corpus from one seed.
type gen struct {
	r    *rand.Rand
	f    *gofakeit.Faker
	loc  *locale
	cur  *line
	base time.Time
	seq  int
}

func newGen(seed uint64) *gen {
	return &gen{
		r:    rand.New(rand.NewPCG(seed, seed*0x9e3779b97f4a7c15+1)),
		f:    gofakeit.New(seed),
		base: time.Date(2026, 3, 1, 0, 0, 0, 0, time.UTC),
	}
}

func (g *gen) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }
func (g *gen) chance(p float64) bool    { return g.r.Float64() < p }

// P records a PII value in the current line and returns it as written.
func (g *gen) P(kind, form, v string, parts ...string) string {
	g.cur.pii = append(g.cur.pii, piiVal{kind: kind, form: form, value: v, parts: parts, locale: g.loc.code})
	return v
}

// L records a look-alike in the current line and returns it.
func (g *gen) L(typ, v string) string {
	g.cur.looks = append(g.cur.looks, lookVal{typ: typ, value: v})
	return v
}

// person is one fake buyer, reviewer, creator or subscriber of a locale.
type person struct {
	given, family   string // native script
	rgiven, rfamily string // roman, for e-mail
	full            string // as the locale writes it
	parts           []string
	email           string
	phone           string
	street          string
	address         string
	addrParts       []string
}

var particles = map[string]bool{"van": true, "der": true, "den": true, "de": true, "da": true, "dos": true, "del": true, "bin": true, "binti": true,
	"al": true, "von": true, "la": true, "le": true, "a/p": true, "a/l": true, "văn": true, "thị": true, "dela": true}

// nameParts are the words of a name a reader could identify someone by.
func nameParts(full string) []string {
	var out []string
	for _, w := range strings.Fields(full) {
		lw := strings.ToLower(w)
		if particles[lw] {
			continue
		}
		n := utf8.RuneCountInString(w)
		r, _ := utf8.DecodeRuneInString(w)
		caseless := unicode.In(r, unicode.Han, unicode.Hangul, unicode.Hiragana, unicode.Katakana)
		if n >= 3 || (caseless && n >= 2) {
			out = append(out, w)
		}
	}
	return out
}

func scriptOf(s string) string {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r < 0x250:
		return "latin"
	case unicode.Is(unicode.Arabic, r):
		return "arabic"
	case unicode.Is(unicode.Devanagari, r):
		return "deva"
	}
	return "other"
}

func (g *gen) person() *person {
	l := g.loc
	gi := g.r.IntN(len(l.given))
	var fi int
	switch {
	case l.paired:
		fi = gi % len(l.family)
	default:
		for tries := 0; ; tries++ {
			fi = g.r.IntN(len(l.family))
			if l.gendered && fi%2 != gi%2 {
				fi ^= 1
			}
			gn, _ := split(l.given[gi])
			fn, _ := split(l.family[fi])
			if scriptOf(gn) == scriptOf(fn) || tries > 30 {
				break
			}
		}
	}
	p := &person{}
	p.given, p.rgiven = split(l.given[gi])
	p.family, p.rfamily = split(l.family[fi])
	switch l.order {
	case western:
		p.full = p.given + " " + p.family
	case eastern:
		p.full = p.family + " " + p.given
		if g.chance(0.4) {
			p.full = p.family + p.given
		}
	case fused:
		p.full = p.family + p.given
		if l.lang == "ko" && g.chance(0.3) {
			p.full = p.family + " " + p.given
		}
	case hispanic:
		f2, _ := split(l.family[g.r.IntN(len(l.family))])
		if f2 != p.family && g.chance(0.6) {
			p.family = p.family + " " + f2
		}
		p.full = p.given + " " + p.family
	case vietnamese:
		mid := g.pick("Văn", "Thị", "Minh", "Ngọc", "Đức", "Thanh")
		p.full = p.family + " " + mid + " " + p.given
	}
	// A reader identifies someone by the family name (and, in Vietnamese, by
	// the given name, since few family names are shared by most people);
	// names written without a space are checked whole.
	p.parts = nameParts(p.family)
	if l.order == vietnamese {
		p.parts = nameParts(p.family + " " + p.given)
	}
	if l.order == fused || (l.order == eastern && !strings.Contains(p.full, " ")) {
		p.parts = []string{strings.ReplaceAll(p.full, " ", "")}
		if utf8.RuneCountInString(p.given) >= 2 {
			p.parts = append(p.parts, p.given)
		}
	}
	if len(p.parts) == 0 {
		p.parts = []string{p.full}
	}
	p.email = g.email(p)
	p.phone = l.phone(g)
	p.street = l.streets[g.r.IntN(len(l.streets))]
	p.address = l.addr(g, p.street)
	p.addrParts = addrParts(l, p.street, p.address)
	return p
}

// addrParts: the street's distinctive words; for Japanese addresses, the
// town and the block number that follows it.
func addrParts(l *locale, street, addr string) []string {
	if l.lang == "ja" {
		i := strings.Index(addr, street)
		return []string{street, addr[i+len(street):]}
	}
	var out []string
	for _, w := range strings.Fields(street) {
		if utf8.RuneCountInString(w) < 4 && !(scriptOf(w) == "other" && utf8.RuneCountInString(w) >= 2) {
			continue
		}
		// In scripts written with spaces, the word as the address writes it
		// (Schillerstr., Hornsgatan): a street type glued to the name.
		if r, _ := utf8.DecodeRuneInString(w); !unicode.In(r, unicode.Han, unicode.Hangul, unicode.Thai, unicode.Hiragana, unicode.Katakana) {
			for _, tok := range strings.Fields(addr) {
				if strings.Contains(tok, w) {
					w = strings.Trim(tok, ",.;")
					break
				}
			}
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		out = []string{street}
	}
	return out
}

func (g *gen) email(p *person) string {
	gv, fv := strings.ToLower(fold(p.rgiven)), strings.ToLower(fold(p.rfamily))
	var local string
	switch g.r.IntN(6) {
	case 0:
		local = gv + "." + fv
	case 1:
		local = gv + fv + strconv.Itoa(num(g, 1, 99))
	case 2:
		local = gv[:1] + fv + strconv.Itoa(num(g, 70, 2008))
	case 3:
		local = fv + "_" + gv
	case 4:
		local = gv + "." + fv + "+" + g.pick("shop", "promo", "tiktok", "reviews")
	default:
		local = strings.ToLower(g.f.Username()) + strconv.Itoa(num(g, 1, 999))
	}
	dom := g.loc.domains[g.r.IntN(len(g.loc.domains))]
	if g.chance(0.15) {
		local = strings.ToUpper(local[:1]) + local[1:]
	}
	return local + "@" + dom
}

// ---- cards, IBANs, Chinese ids ----

func luhnOK(s string) bool {
	sum, alt := 0, false
	for i := len(s) - 1; i >= 0; i-- {
		c := int(s[i] - '0')
		if alt {
			c *= 2
			if c > 9 {
				c -= 9
			}
		}
		sum += c
		alt = !alt
	}
	return sum%10 == 0
}

func luhnComplete(prefix string, n int, g *gen) string {
	s := prefix + d(g, n-len(prefix)-1)
	for c := byte('0'); c <= '9'; c++ {
		if luhnOK(s + string(c)) {
			return s + string(c)
		}
	}
	panic("unreachable")
}

type issuer struct {
	name   string
	prefix func(g *gen) string
	length int
}

var issuers = []issuer{
	{"visa", func(g *gen) string { return "4" }, 16},
	{"mastercard", func(g *gen) string { return strconv.Itoa(num(g, 51, 55)) }, 16},
	{"mastercard2", func(g *gen) string { return strconv.Itoa(num(g, 2221, 2720)) }, 16},
	{"amex", func(g *gen) string { return g.pick("34", "37") }, 15},
	{"discover", func(g *gen) string { return g.pick("6011", "65") }, 16},
	{"jcb", func(g *gen) string { return strconv.Itoa(num(g, 3528, 3589)) }, 16},
	{"unionpay", func(g *gen) string { return "62" + strconv.Itoa(num(g, 2126, 2925))[:2] }, 16},
	{"unionpay19", func(g *gen) string { return "62" + strconv.Itoa(num(g, 12, 28)) }, 19},
	{"diners", func(g *gen) string { return g.pick("36", "38") }, 14},
	{"elo", func(g *gen) string { return g.pick("636368", "504175", "451416") }, 16},
	{"mir", func(g *gen) string { return "220" + strconv.Itoa(num(g, 0, 4)) }, 16},
	{"rupay", func(g *gen) string { return g.pick("6521", "6522", "508") }, 16},
	{"troy", func(g *gen) string { return "9792" }, 16},
}

func (g *gen) card() (digits, written, brand string) {
	is := issuers[g.r.IntN(len(issuers))]
	digits = luhnComplete(is.prefix(g), is.length, g)
	return digits, g.groupCard(digits), is.name
}

func (g *gen) groupCard(s string) string {
	switch g.r.IntN(4) {
	case 0:
		return s
	case 1, 2:
		sep := g.pick(" ", " ", "-")
		switch len(s) {
		case 15:
			return s[:4] + sep + s[4:10] + sep + s[10:]
		case 14:
			return s[:4] + sep + s[4:10] + sep + s[10:]
		}
		var b strings.Builder
		for i := 0; i < len(s); i += 4 {
			if i > 0 {
				b.WriteString(sep)
			}
			b.WriteString(s[i:min(i+4, len(s))])
		}
		return b.String()
	}
	return s
}

// bban patterns: n digits, a upper-case letters.
var ibanFormats = map[string]string{
	"DE": "n18", "GB": "a4n14", "FR": "n23", "ES": "n20", "IT": "a1n22", "NL": "a4n10", "PL": "n24", "TR": "n22",
	"BR": "n23a2", "AE": "n19", "SE": "n20", "BE": "n12", "AT": "n16", "CH": "n17", "PT": "n21", "IE": "a4n14",
}

func (g *gen) bban(format string) string {
	var b strings.Builder
	for i := 0; i < len(format); {
		kind := format[i]
		j := i + 1
		for j < len(format) && format[j] >= '0' && format[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(format[i+1 : j])
		for k := 0; k < n; k++ {
			if kind == 'a' {
				b.WriteByte(byte('A' + g.r.IntN(26)))
			} else {
				b.WriteByte(byte('0' + g.r.IntN(10)))
			}
		}
		i = j
	}
	return b.String()
}

func ibanDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(strconv.Itoa(int(c-'A') + 10))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func mod97(s string) int {
	n, _ := new(big.Int).SetString(ibanDigits(s), 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

func ibanValid(iban string) bool {
	iban = strings.ReplaceAll(iban, " ", "")
	if len(iban) < 15 {
		return false
	}
	return mod97(iban[4:]+iban[:4]) == 1
}

func (g *gen) iban(cc string) (compact, written string) {
	if cc == "" {
		cc = g.pick("DE", "FR", "ES", "NL", "BE", "AT", "IT", "PT", "IE", "CH")
	}
	b := g.bban(ibanFormats[cc])
	check := 98 - mod97(b+cc+"00")
	compact = fmt.Sprintf("%s%02d%s", cc, check, b)
	written = compact
	if g.chance(0.55) {
		var sb strings.Builder
		for i := 0; i < len(compact); i += 4 {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(compact[i:min(i+4, len(compact))])
		}
		written = sb.String()
	}
	return compact, written
}

var cnRegions = []string{"110101", "110105", "310104", "310115", "440106", "440305", "330106", "510107", "420102", "320102"}

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func (g *gen) cnID() string {
	birth := time.Date(1955, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.r.IntN(365*50))
	s := cnRegions[g.r.IntN(len(cnRegions))] + birth.Format("20060102") + d(g, 3)
	return s + string(cnCheck(s))
}

// ---- credentials ----

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
const hexd = "0123456789abcdef"

func (g *gen) rs(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

// secret returns a credential value and the label a system would give it.
func (g *gen) secret() (label, v string) {
	switch g.r.IntN(16) {
	case 0:
		return "klaviyo_private_key", "pk_" + g.rs(hexd, 34)
	case 1:
		return "mailchimp_api_key", g.rs(hexd, 32) + "-us" + strconv.Itoa(num(g, 2, 21))
	case 2:
		return "brevo_api_key", "xkeysib-" + g.rs(hexd, 64) + "-" + g.rs(alnum, 16)
	case 3:
		return "sendgrid_key", "SG." + g.rs(alnum, 22) + "." + g.rs(alnum, 43)
	case 4:
		return "meta_access_token", "EAAG" + g.rs(alnum, 120)
	case 5:
		return "stripe_secret", "sk_live_" + g.rs(alnum, 24)
	case 6:
		return "shopify_token", "shpat_" + g.rs(hexd, 32)
	case 7:
		return "twilio_auth_token", g.rs(hexd, 32)
	case 8:
		return "jwt", "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + g.rs(alnum, 48) + "." + g.rs(alnum, 43)
	case 9:
		return "aws_secret_access_key", g.rs(alnum, 30) + "/" + g.rs(alnum, 9)
	case 10:
		return "line_channel_token", g.rs(alnum, 60) + "+" + g.rs(alnum, 40) + "/" + g.rs(alnum, 20) + "="
	case 11:
		return "wechat_appsecret", g.rs(hexd, 32)
	case 12:
		return "webhook_secret", "whsec_" + g.rs(alnum, 32)
	case 13:
		return "github_token", "ghp_" + g.rs(alnum, 36)
	case 14:
		return "tiktok_access_token", "act." + g.rs(alnum, 40) + "!" + d(g, 4) + ".va"
	}
	return "password", g.password()
}

func (g *gen) password() string {
	switch g.r.IntN(4) {
	case 0:
		w := g.f.Noun()
		return strings.ToUpper(w[:1]) + w[1:] + strconv.Itoa(num(g, 1960, 2025)) + g.pick("!", "#", "$", "*", "@")
	case 1:
		return g.f.Password(true, true, true, true, false, num(g, 10, 18))
	case 2:
		return strings.ToLower(g.f.Adjective()) + "-" + strings.ToLower(g.f.Noun()) + "-" + strings.ToLower(g.f.Noun()) + strconv.Itoa(num(g, 1, 99))
	}
	return g.rs(alnum, 12) + g.pick("!", "%", "&", "?") + d(g, 2)
}

// ---- look-alikes ----

var lookTypes = []string{"amazon_order", "shopify_order", "shopify_id", "tiktok_order", "shopee_order", "lazada_order", "ebay_order", "meli_order",
	"allegro_order", "epoch_ms_luhn", "uuid", "trace_id", "span_id", "commit_sha", "sku", "ean13", "gtin14", "tracking_ups", "tracking_usps",
	"tracking_dhl", "tracking_sf", "tracking_jt", "amount", "date", "version", "ipv4", "ipv6", "status", "product", "model", "place",
	"company", "brand", "job_title", "holiday", "http_path", "campaign_id", "id_phone_shape", "id_card_shape", "ulid"}

func eanCheck(s string) byte {
	sum := 0
	for i := 0; i < len(s); i++ {
		c := int(s[i] - '0')
		if (len(s)-i)%2 == 1 {
			c *= 3
		}
		sum += c
	}
	return byte('0' + (10-sum%10)%10)
}

var products = []string{"iPhone 15 Pro Max", "Galaxy S24 Ultra", "AirPods Pro 2", "Dyson V15 Detect", "Kindle Paperwhite", "Nintendo Switch OLED", "Stanley Quencher 40oz",
	"Sony WH-1000XM5", "Xiaomi Redmi Note 13", "Laneige Lip Sleeping Mask", "COSRX Snail Mucin", "Owala FreeSip", "Apple Watch Series 10", "Garmin Forerunner 265"}
var models = []string{"SM-S928B", "WH-1000XM5", "A2894", "MQ8N3LL/A", "RTX 4070", "XR-55A80L", "DJI Mini 4 Pro", "ThinkPad X1 Carbon Gen 12", "Pixel 9 Pro", "Vivo X100"}
var places = []string{"Victoria Station", "Santa Monica", "Orchard Road", "Paseo de la Reforma", "Avenida Paulista", "Sukhumvit Soi 11", "Shibuya Crossing", "Kings Cross",
	"Alexanderplatz", "Jurong East", "Marina Bay Sands", "Bukit Bintang", "Champs-Élysées", "Grand Bazaar", "Fifth Avenue", "Nanjing Road", "Myeongdong", "Ben Thanh Market"}
var companies = []string{"Morgan Stanley", "Johnson & Johnson", "Marks & Spencer", "Hugo Boss", "Tommy Hilfiger", "Calvin Klein", "Ralph Lauren", "Louis Vuitton", "Ted Baker",
	"Charlotte Tilbury", "Kate Spade", "Michael Kors", "Estée Lauder", "Paula's Choice", "Victoria's Secret", "Ben & Jerry's", "Jack Daniels", "Dr. Martens"}
var jobTitles = []string{"Account Manager", "Head of Growth", "CRM Specialist", "Community Manager", "Brand Ambassador", "Data Protection Officer", "Customer Success Lead", "Creator Partnerships Manager"}
var holidays = []string{"Black Friday", "Cyber Monday", "Singles' Day", "Prime Day", "Mother's Day", "Valentine's Day", "Boxing Day", "Hari Raya", "Chuseok", "Diwali", "Lunar New Year", "Ramadan"}

func (g *gen) look(typ string) string {
	v := g.lookValue(typ)
	return g.L(typ, v)
}

func (g *gen) lookValue(typ string) string {
	switch typ {
	case "amazon_order":
		return fmt.Sprintf("%s-%s-%s", g.pick("111", "112", "113", "114", "702", "503", "249"), d(g, 7), d(g, 7))
	case "shopify_order":
		return "#" + strconv.Itoa(num(g, 1001, 98765))
	case "shopify_id":
		return g.pick("5", "6", "4") + d(g, 12)
	case "tiktok_order":
		return "57" + d(g, 16)
	case "shopee_order":
		return "2" + strconv.Itoa(num(g, 40101, 61231))[1:] + strings.ToUpper(g.rs("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 8))
	case "lazada_order":
		return "3" + d(g, 14)
	case "ebay_order":
		return fmt.Sprintf("%s-%s-%s", d(g, 2), d(g, 5), d(g, 5))
	case "meli_order":
		return "2000" + d(g, 12)
	case "allegro_order":
		return g.f.UUID()
	case "epoch_ms_luhn":
		ms := g.base.Add(time.Duration(g.r.IntN(300*24*3600)) * time.Second).UnixMilli()
		s := strconv.FormatInt(ms, 10)
		for !luhnOK(s) {
			ms++
			s = strconv.FormatInt(ms, 10)
		}
		return s
	case "uuid":
		return g.f.UUID()
	case "trace_id":
		return g.rs(hexd, 32)
	case "span_id":
		return g.rs(hexd, 16)
	case "commit_sha":
		return g.rs(hexd, []int{40, 7}[g.r.IntN(2)])
	case "sku":
		return fmt.Sprintf("%s-%s-%d", g.pick("TSH", "SKN", "MUG", "LIP", "BAG", "SNK"), strings.ToUpper(g.rs("ABCDEFGHKLMNPRSTUVWXYZ", 3)), num(g, 100, 99999))
	case "ean13":
		s := g.pick("400", "450", "880", "690", "789", "841", "500") + d(g, 9)
		return s + string(eanCheck(s))
	case "gtin14":
		s := "1" + d(g, 12)
		return s + string(eanCheck(s))
	case "tracking_ups":
		return "1Z" + strings.ToUpper(g.rs("0123456789ABCDEFGHJKLMNPRSTUVWXYZ", 16))
	case "tracking_usps":
		return "9400" + d(g, 18)
	case "tracking_dhl":
		return "JD01" + d(g, 16)
	case "tracking_sf":
		return "SF" + d(g, 13)
	case "tracking_jt":
		return "JX" + d(g, 10)
	case "amount":
		return g.amount()
	case "date":
		return g.base.AddDate(0, 0, g.r.IntN(300)).Format(g.pick("2006-01-02", "02/01/2006", "2006年1月2日", "Jan 2, 2006"))
	case "version":
		return fmt.Sprintf("v%d.%d.%d", num(g, 1, 9), num(g, 0, 40), num(g, 0, 99))
	case "ipv4":
		return fmt.Sprintf("%d.%d.%d.%d", num(g, 11, 223), num(g, 0, 255), num(g, 0, 255), num(g, 1, 254))
	case "ipv6":
		return g.f.IPv6Address()
	case "status":
		return strconv.Itoa([]int{200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 422, 429, 500, 502, 503}[g.r.IntN(15)])
	case "product":
		return products[g.r.IntN(len(products))]
	case "model":
		return models[g.r.IntN(len(models))]
	case "place":
		return places[g.r.IntN(len(places))]
	case "company":
		if g.chance(0.3) {
			return g.f.Company()
		}
		return companies[g.r.IntN(len(companies))]
	case "brand":
		return g.pick("Nike", "Adidas", "Uniqlo", "Zara", "Innisfree", "Shiseido", "Lululemon", "Gymshark", "SHEIN", "Temu", "Anker", "Xiaomi")
	case "job_title":
		if g.chance(0.3) {
			return g.f.JobTitle() + " " + g.pick("Manager", "Lead")
		}
		return jobTitles[g.r.IntN(len(jobTitles))]
	case "holiday":
		return holidays[g.r.IntN(len(holidays))]
	case "http_path":
		return fmt.Sprintf("/api/%s/%s/%d/%s", g.pick("v1", "v2", "2024-10"), g.pick("campaigns", "flows", "reviews", "orders", "audiences"), num(g, 1000, 999999), g.pick("send", "metrics", "reply", "items", "export"))
	case "campaign_id":
		return g.pick("cmp_", "flow_", "seg_", "exp_") + strings.ToUpper(g.rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 10))
	case "id_phone_shape":
		return g.pick("13", "15", "18") + d(g, 9)
	case "id_card_shape":
		// 16 digits that pass Luhn but start with 7, which no card scheme
		// issues (8 and 9 are RuPay's and national schemes').
		return luhnComplete("7"+d(g, 2), 16, g)
	case "ulid":
		return "01H" + strings.ToUpper(g.rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 23))
	}
	panic("look " + typ)
}

func (g *gen) amount() string {
	a := num(g, 1, 4999)
	c := num(g, 0, 99)
	switch g.r.IntN(12) {
	case 0:
		return fmt.Sprintf("$%d.%02d", a, c)
	case 1:
		return fmt.Sprintf("€%d,%02d", a, c)
	case 2:
		return fmt.Sprintf("R$ %d,%02d", a, c)
	case 3:
		return fmt.Sprintf("¥%d,%03d", num(g, 1, 99), num(g, 0, 999))
	case 4:
		return fmt.Sprintf("%d.%03d.000 ₫", num(g, 1, 9), num(g, 0, 999))
	case 5:
		return fmt.Sprintf("฿%d.%02d", a, c)
	case 6:
		return fmt.Sprintf("Rp %d.%03d", num(g, 10, 999), num(g, 0, 999))
	case 7:
		return fmt.Sprintf("₹%d,%03d", num(g, 1, 99), num(g, 0, 999))
	case 8:
		return fmt.Sprintf("%d,%02d zł", a, c)
	case 9:
		return fmt.Sprintf("AED %d.%02d", a, c)
	case 10:
		return fmt.Sprintf("%d.%02d USD", a, c)
	}
	return fmt.Sprintf("£%d.%02d", a, c)
}

// ---- encodings ----

func jsonStr(s string) string { b, _ := json.Marshal(s); return string(b) }

// jsonInner is s escaped for a JSON string, without the quotes.
func jsonInner(s string) string { j := jsonStr(s); return j[1 : len(j)-1] }

// obj renders ordered key/value pairs as a JSON object; values that are
// already JSON (raw) start with a marker byte.
type kv struct {
	k string
	v any
}

func obj(pairs ...kv) string {
	var b strings.Builder
	b.WriteByte('{')
	for i, p := range pairs {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(jsonStr(p.k))
		b.WriteByte(':')
		switch v := p.v.(type) {
		case rawJSON:
			b.WriteString(string(v))
		case int:
			b.WriteString(strconv.Itoa(v))
		case bool:
			b.WriteString(strconv.FormatBool(v))
		default:
			b.WriteString(jsonStr(fmt.Sprint(v)))
		}
	}
	b.WriteByte('}')
	return b.String()
}

type rawJSON string

func qe(s string) string { return url.QueryEscape(s) }

func (g *gen) ts() string {
	g.seq++
	return g.base.Add(time.Duration(g.seq)*1731*time.Millisecond + time.Duration(g.r.IntN(999))*time.Millisecond).Format("2006-01-02T15:04:05.000Z")
}

// mask writes a partial mask of a value, as systems print beside the full one.
func maskPartial(s string) string {
	digits := onlyDigits(s)
	if len(digits) >= 4 {
		return "****" + digits[len(digits)-4:]
	}
	r := []rune(s)
	if len(r) > 2 {
		return string(r[:1]) + strings.Repeat("*", len(r)-2) + string(r[len(r)-1:])
	}
	return "**"
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	return b.String()
}
