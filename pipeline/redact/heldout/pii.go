package heldout

import (
	"encoding/base64"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 16, 16, 19}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2320", "2500", "2720"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "65", "644", "649"}, []int{16}},
	{"jcb", []string{"3528", "3530", "3566", "3589"}, []int{16}},
	{"unionpay", []string{"62", "6212", "6228", "6222"}, []int{16, 19}},
	{"diners", []string{"36", "38", "300", "305"}, []int{14}},
	{"maestro", []string{"5018", "5020", "6304", "6759", "6761"}, []int{16, 19}},
	{"elo", []string{"636368", "438935", "504175", "451416", "509048"}, []int{16}},
	{"hipercard", []string{"606282"}, []int{16}},
	{"mir", []string{"2200", "2201", "2202", "2204"}, []int{16}},
}

// testCards are the test PANs that end up in real logs all the time.
var testCards = []string{"4111111111111111", "4242424242424242", "5555555555554444", "5105105105105100", "378282246310005", "371449635398431", "6011111111111117", "3530111333300000", "4000056655665556", "2223003122003222", "4917610000000000", "6200000000000005", "36227206271667"}

func luhnDigit(body string) byte {
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
	return len(s) > 1 && luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

// card returns a Luhn-valid PAN (compact) and its brand.
func (g *G) card() (string, string) {
	if g.chance(0.08) {
		c := pickOf(g, testCards)
		return c, "test"
	}
	is := pickOf(g, issuers)
	p := pickOf(g, is.prefixes)
	n := pickOf(g, is.lengths)
	body := p + g.digits(n-1-len(p))
	return body + string(luhnDigit(body)), is.name
}

// cardFmt spells a compact PAN the way people and systems write it.
func (g *G) cardFmt(pan string) string {
	switch g.n(6) {
	case 0, 1:
		return pan
	case 2, 3:
		return groupCard(pan, " ")
	case 4:
		return groupCard(pan, "-")
	}
	if len(pan) == 16 {
		return pan[:4] + " " + pan[4:8] + " " + pan[8:12] + " " + pan[12:]
	}
	return groupCard(pan, " ")
}

func groupCard(pan, sep string) string {
	var parts []string
	switch len(pan) {
	case 15:
		parts = []string{pan[:4], pan[4:10], pan[10:]}
	case 14:
		parts = []string{pan[:4], pan[4:10], pan[10:]}
	default:
		for i := 0; i < len(pan); i += 4 {
			j := min(i+4, len(pan))
			parts = append(parts, pan[i:j])
		}
	}
	return strings.Join(parts, sep)
}

// ---- IBAN ----

type ibanSpec struct {
	cc  string
	fmt string // 9 digit, A upper letter, X alnum (upper)
}

var ibanSpecs = []ibanSpec{
	{"DE", "999999999999999999"},
	{"GB", "AAAA99999999999999"},
	{"FR", "9999999999XXXXXXXXXXX99"},
	{"ES", "99999999999999999999"},
	{"IT", "A9999999999XXXXXXXXXXXX"},
	{"NL", "AAAA9999999999"},
	{"BE", "999999999999"},
	{"AT", "9999999999999999"},
	{"CH", "99999XXXXXXXXXXXX"},
	{"PL", "999999999999999999999999"},
	{"PT", "999999999999999999999"},
	{"IE", "AAAA99999999999999"},
	{"SE", "99999999999999999999"},
	{"DK", "99999999999999"},
	{"LU", "999XXXXXXXXXXXXX"},
	{"FI", "99999999999999"},
	{"BR", "99999999999999999999999AX"},
	{"AE", "9999999999999999999"},
	{"SA", "99XXXXXXXXXXXXXXXXXX"},
	{"TR", "99999X9999999999999999"},
	{"NO", "99999999999"},
	{"CZ", "99999999999999999999"},
	{"HU", "9999999999999999999999999"},
}

func ibanCheck(cc, bban string) string {
	s := bban + cc + "00"
	rem := 0
	for _, c := range s {
		var v int
		if c >= '0' && c <= '9' {
			v = int(c - '0')
			rem = (rem*10 + v) % 97
		} else {
			v = int(c-'A') + 10
			rem = (rem*100 + v) % 97
		}
	}
	return fmt.Sprintf("%02d", 98-rem)
}

func ibanOK(s string) bool {
	s = strings.ToUpper(strings.ReplaceAll(s, " ", ""))
	if len(s) < 5 {
		return false
	}
	r := s[4:] + s[:4]
	rem := 0
	for _, c := range r {
		if c >= '0' && c <= '9' {
			rem = (rem*10 + int(c-'0')) % 97
		} else {
			rem = (rem*100 + int(c-'A') + 10) % 97
		}
	}
	return rem == 1
}

// iban returns a valid compact IBAN of country cc ("" = any).
func (g *G) iban(cc string) string {
	var sp ibanSpec
	if cc == "" {
		sp = pickOf(g, ibanSpecs)
	} else {
		for _, s := range ibanSpecs {
			if s.cc == cc {
				sp = s
			}
		}
		if sp.cc == "" {
			sp = pickOf(g, ibanSpecs)
		}
	}
	var b strings.Builder
	for _, c := range sp.fmt {
		switch c {
		case '9':
			b.WriteByte(digitsSet[g.n(10)])
		case 'A':
			b.WriteByte(upperSet[g.n(26)])
		case 'X':
			if g.chance(0.8) {
				b.WriteByte(digitsSet[g.n(10)])
			} else {
				b.WriteByte(upperSet[g.n(26)])
			}
		}
	}
	bban := b.String()
	return sp.cc + ibanCheck(sp.cc, bban) + bban
}

func (g *G) ibanFmt(iban string) string {
	switch g.n(5) {
	case 0, 1:
		return iban
	case 4:
		if g.chance(0.5) {
			return strings.ToLower(groupIBAN(iban))
		}
	}
	return groupIBAN(iban)
}

func groupIBAN(s string) string {
	var parts []string
	for i := 0; i < len(s); i += 4 {
		parts = append(parts, s[i:min(i+4, len(s))])
	}
	return strings.Join(parts, " ")
}

// ---- Chinese resident id ----

var cnRegions = []string{"110101", "110105", "110108", "310104", "310115", "440305", "440106", "330106", "510107", "320102", "420111", "500103", "610113", "210102", "370202", "350203", "430104", "120101", "230103", "530102", "650102", "220104", "410105", "130102", "360102", "450103", "520102", "620102", "640104", "150102", "460106", "540102", "630102", "340104", "140105"}

func cnidCheck(body string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(body[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func (g *G) cnid() string {
	d := time.Date(1950, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, g.n(365*56))
	body := pickOf(g, cnRegions) + d.Format("20060102") + g.digits(3)
	id := body + string(cnidCheck(body))
	if strings.HasSuffix(id, "X") && g.chance(0.15) {
		id = id[:17] + "x"
	}
	return id
}

// ---- emails ----

func (g *G) email(loc *Locale, first, last string) string {
	f, l := latin(first), latin(last)
	if f == "" {
		f = g.pick("mimi", "kiki", "bunny", "shopper", "happy", "cutie", "lucky")
	}
	if l == "" {
		l = g.pick("cute", "shop", "id", "sun", "moon")
	}
	var local string
	switch g.n(12) {
	case 0, 1:
		local = f + "." + l
	case 2:
		local = f + l + g.num(1, 99)
	case 3:
		local = f[:1] + l
	case 4:
		local = f + "_" + l + g.num(70, 2005)
	case 5:
		local = l + "." + f + g.num(1, 9)
	case 6:
		local = f + "." + l + "+" + g.pick("shop", "orders", "amazon", "shopee", "promo")
	case 7:
		local = f + g.digits(4)
	case 8:
		if loc.CC == "CN" && g.chance(0.7) {
			return g.ndigits(g.rng(6, 10)) + "@" + g.pick("qq.com", "qq.com", "163.com")
		}
		local = l + f
	case 9:
		// Amazon's anonymised relay and TikTok's masked mailboxes.
		if g.chance(0.5) {
			return g.str("abcdefghijklmnopqrstuvwxyz0123456789", g.rng(12, 16)) + "@marketplace.amazon." + g.pick("com", "de", "co.uk", "co.jp", "fr", "com.mx", "com.br", "sg", "com.au")
		}
		local = f + "." + l + g.digits(2)
	case 10:
		local = strings.ToUpper(f[:1]) + f[1:] + "." + strings.ToUpper(l[:1]) + l[1:]
	default:
		local = f + "-" + l
	}
	dom := pickOf(g, loc.Mail)
	if g.chance(0.1) {
		dom = g.pick("acme-retail.com", "northwind.io", "contoso.co", "tailspin-toys.net", "fabrikam.asia")
	}
	return local + "@" + dom
}

// ---- credentials ----

// Cred is a secret and the public vendor prefix it starts with.
type Cred struct {
	Kind, Value, Public string
}

func (g *G) b64(n int) string { return g.str(b64url, n) }

func (g *G) jwt() string {
	hdr := g.pick(`{"alg":"HS256","typ":"JWT"}`, `{"alg":"RS256","typ":"JWT","kid":"`+g.hex(16)+`"}`, `{"typ":"JWT","alg":"ES256"}`)
	iat := g.when().Unix()
	claims := fmt.Sprintf(`{"sub":"%d","shop":"%s","scope":"%s","iat":%d,"exp":%d}`, g.rng(10000, 9999999), g.pick("acme-store", "tokoku", "lazmall-seller", "tts-seller"), g.pick("orders.read", "orders.write inventory.write", "read_all"), iat, iat+3600)
	enc := base64.RawURLEncoding
	sig := g.b64(43)
	if strings.Contains(hdr, "RS256") {
		sig = g.b64(86)
	}
	return enc.EncodeToString([]byte(hdr)) + "." + enc.EncodeToString([]byte(claims)) + "." + sig
}

func (g *G) password() string {
	switch g.n(6) {
	case 0:
		return g.pick("Summer", "Winter", "Autumn", "Spring", "Welcome", "Shopee", "Lazada", "Monday", "Jakarta", "Bangkok", "Berlin", "Dragon", "Sunshine") + g.num(2019, 2026) + g.pick("!", "#", "$", "", "@1", "?")
	case 1:
		return g.pick("P@ssw0rd", "Adm1n", "Qwerty", "Letmein", "Passw0rd", "Changeme") + g.digits(g.rng(2, 4)) + g.pick("!", "#", "")
	case 2:
		return g.str("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789!#$%^*", g.rng(10, 20))
	case 3:
		w := []string{"correct", "horse", "battery", "staple", "mango", "river", "purple", "tiger", "coffee", "window", "planet", "yellow"}
		return pickOf(g, w) + "-" + pickOf(g, w) + "-" + pickOf(g, w) + g.digits(2)
	case 4:
		return g.str(alnumSet, g.rng(12, 32))
	}
	return g.pick("hunter", "trustno", "iloveyou", "sayang", "matkhau", "mima") + g.digits(g.rng(3, 6))
}

// cred draws a credential of kind k ("" = any).
func (g *G) cred(k string) Cred {
	if k == "" {
		k = g.pick("jwt", "bearer", "shpat", "shpss", "lwa_refresh", "lwa_access", "stripe_sk", "stripe_rk", "whsec", "ghp", "xoxb", "akia", "aws_secret", "aiza", "shopee_partner_key", "shopee_token", "lazada_secret", "lazada_token", "tiktok_secret", "tiktok_token", "password", "basic", "session", "api_key")
	}
	switch k {
	case "jwt":
		return Cred{k, g.jwt(), ""}
	case "bearer":
		return Cred{k, g.b64(g.rng(32, 64)), ""}
	case "shpat", "shpss", "shpca":
		return Cred{k, k + "_" + g.hex(32), k + "_"}
	case "lwa_refresh":
		return Cred{k, "Atzr|IwEBI" + g.b64(g.rng(180, 320)), "Atzr|"}
	case "lwa_access":
		return Cred{k, "Atza|IwEBI" + g.b64(g.rng(180, 300)), "Atza|"}
	case "stripe_sk":
		p := g.pick("sk_live_", "sk_test_")
		return Cred{k, p + g.str(alnumSet, g.pick2(24, 99)), p}
	case "stripe_rk":
		p := g.pick("rk_live_", "rk_test_")
		return Cred{k, p + g.str(alnumSet, g.pick2(24, 99)), p}
	case "whsec":
		return Cred{k, "whsec_" + g.str(alnumSet, 32), "whsec_"}
	case "ghp":
		p := g.pick("ghp_", "gho_", "ghs_")
		return Cred{k, p + g.str(alnumSet, 36), p}
	case "xoxb":
		p := g.pick("xoxb-", "xoxp-")
		return Cred{k, p + g.digits(12) + "-" + g.digits(13) + "-" + g.str(alnumSet, 24), p}
	case "akia":
		p := g.pick("AKIA", "ASIA")
		return Cred{k, p + g.str("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16), p}
	case "aws_secret":
		return Cred{k, g.str(b64std, 40), ""}
	case "aiza":
		return Cred{k, "AIza" + g.str(b64url, 35), "AIza"}
	case "shopee_partner_key":
		return Cred{k, g.hex(64), ""}
	case "shopee_token":
		return Cred{k, g.hex(32), ""}
	case "lazada_secret":
		return Cred{k, g.str(alnumSet, 32), ""}
	case "lazada_token":
		return Cred{k, "50000" + g.str(alnumSet, 52), ""}
	case "tiktok_secret":
		return Cred{k, g.hex(40), ""}
	case "tiktok_token":
		p := g.pick("ROW_", "TTP_")
		return Cred{k, p + g.b64(g.rng(60, 90)), p}
	case "password":
		return Cred{k, g.password(), ""}
	case "basic":
		u := g.pick("api", "admin", "integration", "warehouse", "svc-orders", "partner")
		return Cred{k, base64.StdEncoding.EncodeToString([]byte(u + ":" + g.password())), ""}
	case "hmac":
		if g.chance(0.5) {
			return Cred{k, strings.ToUpper(g.hex(64)), ""}
		}
		return Cred{k, g.hex(64), ""}
	case "session":
		return Cred{k, g.pick("s%3A", "") + g.b64(g.rng(32, 48)), ""}
	case "api_key":
		return Cred{k, g.str(alnumSet, g.rng(24, 40)), ""}
	}
	panic("cred kind " + k)
}

func (g *G) pick2(a, b int) int {
	if g.chance(0.5) {
		return a
	}
	return b
}

// ---- people ----

// Person is a buyer with all her PII, in one locale.
type Person struct {
	Loc          *Locale
	Name         string
	First, Last  string // latin, for emails
	Email, Phone string
	Addr         AddrParts
}

func (g *G) person(loc *Locale) Person {
	full, f, l := loc.Name(g)
	p := Person{Loc: loc, Name: full, First: f, Last: l}
	p.Email = g.email(loc, f, l)
	p.Phone = loc.Phone(g)
	p.Addr = loc.Addr(g)
	return p
}

// firstWord returns the first space-separated part of s.
func firstWord(s string) string {
	if i := strings.IndexByte(s, ' '); i > 0 {
		return s[:i]
	}
	return s
}

var _ = strconv.Itoa
