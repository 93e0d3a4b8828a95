package twentyfourtheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// val is one PII value as printed, with what the judge looks for.
type val struct {
	kind    string
	text    string
	style   string // issuer, country, credential style, phone format
	key     string // what must not survive (digits, tail, whole)
	local   string // e-mail local part counted on its own
	numOnly bool   // a credential of digits only
	parts   []part // name and address parts
}

type part struct {
	s   string
	sub bool // judged as a substring, not a word
}

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func digits(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

const (
	alnum    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upalnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	lowalnum = "abcdefghijklmnopqrstuvwxyz0123456789"
	hexd     = "0123456789abcdef"
	b64      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64url   = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

func rs(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

// mixed draws from set but makes sure the result has a digit, an upper and
// a lower letter, as generated keys do.
func mixed(r *rand.Rand, set string, n int) string {
	for {
		s := rs(r, set, n)
		if strings.ContainsAny(s, "0123456789") && strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") && strings.ContainsAny(s, "abcdefghijklmnopqrstuvwxyz") {
			return s
		}
	}
}

var particles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "bin": true, "binti": true, "la": true, "del": true, "da": true, "dos": true, "von": true, "bn": true, "dela": true}

// ---- names

func genName(r *rand.Rand, l *locale) val {
	for {
		if v := genName1(r, l); len(v.parts) > 0 {
			return v
		}
	}
}

func genName1(r *rand.Rand, l *locale) val {
	g := pick(r, l.given)
	var fam string
	for {
		fam = pick(r, l.family)
		if !particles[strings.ToLower(fam)] {
			break
		}
	}
	if (l.code == "es_MX" || l.code == "es_CO" || l.code == "es_CL") && r.IntN(2) == 0 {
		fam2 := pick(r, l.family)
		if fam2 != fam {
			fam += " " + fam2
		}
	}
	if l.code == "en_ZA" && r.IntN(6) == 0 {
		fam = "van der " + fam
	}
	if l.code == "fil_PH" && r.IntN(5) == 0 {
		fam = "dela " + fam
	}
	v := val{kind: "name"}
	switch l.order {
	case orderCJK:
		v.text = fam + g
		v.parts = []part{{fam + g, true}}
		if utf8.RuneCountInString(g) >= 2 {
			v.parts = append(v.parts, part{g, true})
		}
	case orderSub:
		v.text = fam + " " + g
		if l.code == "my_MM" {
			v.text = g + " " + fam
		}
		v.parts = []part{{fam, true}}
	case orderFG:
		v.text = fam + " " + g
		v.parts = famParts(fam)
	default:
		v.text = g + " " + fam
		if r.IntN(8) == 0 && isLatin(fam) {
			v.text = strings.ToUpper(fam) + ", " + g
		}
		v.parts = famParts(fam)
	}
	return v
}

func famParts(fam string) []part {
	var ps []part
	for _, w := range strings.FieldsFunc(fam, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsMark(c) }) {
		if particles[strings.ToLower(w)] || utf8.RuneCountInString(w) < 3 {
			continue
		}
		ps = append(ps, part{strings.ToLower(w), false})
	}
	return ps
}

func isLatin(s string) bool {
	for _, c := range s {
		if unicode.IsLetter(c) && !unicode.Is(unicode.Latin, c) {
			return false
		}
	}
	return true
}

var asciiFold = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "n", "ã", "a", "õ", "o", "ç", "c", "â", "a", "ê", "e", "ô", "o", "ł", "l", "ś", "s", "ź", "z", "ż", "z", "ą", "a", "ę", "e", "ć", "c", "ń", "n", "ä", "a", "ö", "o", "ü", "u", "å", "a", "ø", "o", "æ", "ae", "š", "s", "č", "c", "ž", "z", "ď", "d", "ľ", "l", "ť", "t", "ý", "y", "ő", "o", "ß", "ss", "è", "e", "ë", "e", "ï", "i", "à", "a", "ć", "c", "đ", "d", "í", "i")

// ---- e-mail

func genEmail(r *rand.Rand, l *locale, name *val) val {
	var local string
	if name != nil && isLatin(name.text) && r.IntN(3) > 0 {
		ws := strings.FieldsFunc(strings.ToLower(asciiFold.Replace(strings.ToLower(name.text))), func(c rune) bool { return c == ' ' || c == ',' || c == '\'' })
		if len(ws) >= 2 {
			switch r.IntN(4) {
			case 0:
				local = ws[0] + "." + ws[len(ws)-1]
			case 1:
				local = ws[0][:1] + ws[len(ws)-1] + digits(r, 2)
			case 2:
				local = ws[0] + "_" + ws[len(ws)-1] + digits(r, 1+r.IntN(3))
			default:
				local = ws[len(ws)-1] + "." + ws[0] + digits(r, 2)
			}
		}
	}
	if local == "" {
		if len(l.roman) > 0 {
			local = pick(r, l.roman)
		} else {
			local = strings.ToLower(asciiFold.Replace(strings.ToLower(pick(r, l.given)))) + digits(r, 2+r.IntN(3))
		}
		if r.IntN(2) == 0 {
			local += digits(r, 1+r.IntN(3))
		}
	}
	if r.IntN(10) == 0 {
		local += "+shop"
	}
	dom := pick(r, l.domains)
	if r.IntN(25) == 0 {
		dom = "example.com" // reserved-domain fixtures are counted as buyers' addresses
	}
	addr := local + "@" + dom
	if r.IntN(12) == 0 {
		addr = strings.ToUpper(addr[:1]) + addr[1:]
	}
	v := val{kind: "email", text: addr, key: strings.ToLower(addr)}
	if len(local) >= 6 && strings.IndexFunc(local, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 {
		v.local = strings.ToLower(local)
	}
	return v
}

// ---- phones

func group(s string, gs []int, sep string) string {
	var b strings.Builder
	i := 0
	for k, g := range gs {
		if i >= len(s) {
			break
		}
		if k > 0 {
			b.WriteString(sep)
		}
		e := i + g
		if k == len(gs)-1 || e > len(s) {
			e = len(s)
		}
		b.WriteString(s[i:e])
		i = e
	}
	return b.String()
}

func nativeDigits(s string, zero rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(zero + c - '0')
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var phoneStyles = []string{"national", "national_dash", "national_dot", "e164", "intl_spaced", "cc_bracket", "00_prefix", "compact_national", "tel_uri", "intl_dash", "native", "fullwidth"}

func genPhone(r *rand.Rand, l *locale, style string) val {
	pre := pick(r, l.prefixes)
	nsn := pre + digits(r, l.nsn-len(pre))
	if style == "" {
		style = pick(r, phoneStyles)
	}
	if style == "native" && l.native == 0 {
		style = "national"
	}
	nat := func(sep string) string {
		g := group(nsn, l.groups, sep)
		if l.trunk == "8" {
			return l.trunk + sep + g
		}
		if l.trunk != "" {
			return l.trunk + g
		}
		if l.cc == "1" && sep == " " {
			return "(" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:]
		}
		return g
	}
	var t string
	switch style {
	case "national":
		t = nat(" ")
	case "national_dash":
		t = nat("-")
	case "national_dot":
		t = nat(".")
	case "e164":
		t = "+" + l.cc + nsn
	case "intl_spaced":
		t = "+" + l.cc + " " + group(nsn, l.groups, " ")
	case "cc_bracket":
		t = "(+" + l.cc + ") " + group(nsn, l.groups, " ")
	case "00_prefix":
		t = "00" + l.cc + " " + group(nsn, l.groups, " ")
	case "compact_national":
		t = l.trunk + nsn
	case "tel_uri":
		t = "tel:+" + l.cc + "-" + group(nsn, l.groups, "-")
	case "intl_dash":
		t = "+" + l.cc + "-" + group(nsn, l.groups, "-")
	case "native":
		t = nativeDigits(nat(" "), l.native)
	case "fullwidth":
		t = nativeDigits("+"+l.cc+" "+group(nsn, l.groups, " "), 0xFF10)
	}
	k := nsn
	if len(k) > 8 {
		k = k[len(k)-8:]
	}
	return val{kind: "phone", text: t, key: k, style: style}
}

// ---- addresses

func genAddress(r *rand.Rand, l *locale) val {
	st := pick(r, l.streets)
	i, j := strings.Index(st, "{"), strings.Index(st, "}")
	keyw := st[i+1 : j]
	street := st[:i] + keyw + st[j+1:]
	num := strconv.Itoa(1 + r.IntN(480))
	if l.code == "ja_JP" {
		num = fmt.Sprintf("%d-%d-%d", 1+r.IntN(6), 1+r.IntN(30), 1+r.IntN(20))
	}
	pc := pattern(r, l.pc)
	city := pick(r, l.cities)
	t := strings.NewReplacer("{s}", street, "{n}", num, "{p}", pc, "{c}", city).Replace(l.addr)
	v := val{kind: "address", text: t}
	longest := ""
	for _, w := range strings.FieldsFunc(keyw, func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsMark(c) }) {
		if utf8.RuneCountInString(w) > utf8.RuneCountInString(longest) {
			longest = w
		}
	}
	switch l.code {
	case "ja_JP":
		v.parts = []part{{keyw, true}, {num, true}}
	case "zh_TW", "km_KH", "my_MM":
		v.parts = []part{{keyw, true}}
	default:
		v.parts = []part{{strings.ToLower(longest), false}}
	}
	return v
}

func pattern(r *rand.Rand, p string) string {
	var b strings.Builder
	for _, c := range p {
		switch c {
		case '#':
			b.WriteByte(byte('0' + r.IntN(10)))
		case 'A':
			b.WriteByte(byte('A' + r.IntN(26)))
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// ---- cards

type issuer struct {
	name     string
	prefixes []string
	lens     []int
}

var issuers = []issuer{
	{"visa", f("4"), []int{16}},
	{"mastercard", f("51 52 53 54 55 2221 2300 2720"), []int{16}},
	{"amex", f("34 37"), []int{15}},
	{"discover", f("6011 644 65"), []int{16}},
	{"jcb", f("3528 3530 3589"), []int{16}},
	{"diners", f("36 300 305"), []int{14}},
	{"unionpay", f("62"), []int{16, 19}},
	{"maestro", f("6759 6761"), []int{16}},
	{"mir", f("2200 2201 2202 2204"), []int{16}},
	{"elo", f("636368 438935 504175"), []int{16}},
	{"hipercard", f("606282"), []int{16}},
	{"troy", f("9792"), []int{16}},
	{"rupay", f("6521 6522 508"), []int{16}},
}

func luhnDigit(s string) byte {
	sum := 0
	dbl := true
	for i := len(s) - 1; i >= 0; i-- {
		d := int(s[i] - '0')
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

func genCard(r *rand.Rand, iss string) val {
	var is issuer
	if iss == "" {
		is = pick(r, issuers)
	} else {
		for _, x := range issuers {
			if x.name == iss {
				is = x
			}
		}
	}
	pre := pick(r, is.prefixes)
	n := pick(r, is.lens)
	body := pre + digits(r, n-1-len(pre))
	pan := body + string(luhnDigit(body))
	t := pan
	switch r.IntN(4) {
	case 0:
		t = group(pan, []int{4, 4, 4, 4, 3}, " ")
		if n == 15 {
			t = group(pan, []int{4, 6, 5}, " ")
		} else if n == 14 {
			t = group(pan, []int{4, 6, 4}, " ")
		}
	case 1:
		t = group(pan, []int{4, 4, 4, 4, 3}, "-")
	}
	return val{kind: "card", text: t, key: pan[len(pan)-8 : len(pan)-3], style: is.name}
}

// ---- IBAN

var ibanBBAN = map[string]string{
	"DE": "##################", "AT": "################", "CH": "#################", "PL": "########################",
	"SK": "####################", "HR": "#################", "BG": "AAAA######AAAAAAAA", "RS": "##################",
	"MK": "###AAAAAAAAAA##", "AL": "########AAAAAAAAAAAAAAAA", "FI": "##############", "SE": "####################",
	"NO": "###########", "DK": "##############", "KZ": "###AAAAAAAAAAAAA", "BR": "#######################A#",
	"IL": "###################", "PK": "AAAA################", "MN": "################", "FR": "#######################",
	"ES": "####################", "NL": "AAAA##########", "GB": "AAAA##############", "PT": "#####################",
	"BE": "############", "IE": "AAAA##############", "CZ": "####################", "RO": "AAAA################",
	"TR": "######################", "SA": "######################", "AE": "#####################",
}

var ibanCountries = f("DE AT CH PL SK HR BG RS MK AL FI SE NO DK KZ BR IL PK MN FR ES NL GB PT BE IE CZ RO TR SA AE")

func mod97(s string) int {
	m := 0
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			n := int(c-'A') + 10
			m = (m*100 + n) % 97
		} else {
			m = (m*10 + int(c-'0')) % 97
		}
	}
	return m
}

func ibanOK(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	return len(s) > 4 && mod97(s[4:]+s[:4]) == 1
}

func genIBAN(r *rand.Rand, cc string) val {
	if cc == "" {
		cc = pick(r, ibanCountries)
	}
	bban := pattern(r, ibanBBAN[cc])
	chk := 98 - mod97(bban+cc+"00")
	ib := fmt.Sprintf("%s%02d%s", cc, chk, bban)
	t := ib
	if r.IntN(2) == 0 {
		var b strings.Builder
		for i := 0; i < len(ib); i += 4 {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(ib[i:min(i+4, len(ib))])
		}
		t = b.String()
	}
	return val{kind: "iban", text: t, key: ib[len(ib)-10:], style: cc}
}

// ---- Chinese resident ids

var cnRegions = f("110101 110105 310104 310115 440305 440106 510107 330106 420102 320102 370202 210102 610113 500103 120101 350203 430104 410105")

func cnCheck(s string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func genCNID(r *rand.Rand, wantX bool) val {
	for {
		y := 1950 + r.IntN(56)
		m := 1 + r.IntN(12)
		d := 1 + r.IntN(28)
		body := fmt.Sprintf("%s%04d%02d%02d%s", pick(r, cnRegions), y, m, d, digits(r, 3))
		c := cnCheck(body)
		if wantX != (c == 'X') {
			continue
		}
		id := body + string(c)
		return val{kind: "cn_id", text: id, key: id[6:]}
	}
}

// ---- credentials

var credStyles = f("aws_akid aws_secret github_pat github_fine gitlab_pat stripe_live whsec slack_bot npm_token google_api sendgrid jwt hex32 hex64 password_human password_random basic_auth otp recovery_code azure_key private_key vault_token dckr_pat do_token hf_token pypi_token twilio_sk datadog_key session_id bearer_opaque amz_signature telegram_bot shopify_token")

func genCred(r *rand.Rand, style string) val {
	if style == "" {
		style = pick(r, credStyles)
	}
	var t string
	switch style {
	case "aws_akid":
		t = pick(r, f("AKIA ASIA")) + rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
	case "aws_secret":
		t = mixed(r, alnum+"+/", 40)
	case "github_pat":
		t = pick(r, f("ghp_ gho_ ghs_ ghu_")) + mixed(r, alnum, 36)
	case "github_fine":
		t = "github_pat_11" + rs(r, upalnum, 20) + "_" + mixed(r, alnum, 59)
	case "gitlab_pat":
		t = pick(r, f("glpat- glcbt- gldt-")) + mixed(r, alnum+"_-", 20)
	case "stripe_live":
		t = pick(r, f("sk_live_ rk_live_ sk_test_")) + mixed(r, alnum, 24+r.IntN(75))
	case "whsec":
		t = "whsec_" + mixed(r, alnum, 32)
	case "slack_bot":
		t = "xoxb-" + digits(r, 12) + "-" + digits(r, 13) + "-" + mixed(r, alnum, 24)
	case "npm_token":
		t = "npm_" + mixed(r, alnum, 36)
	case "google_api":
		t = "AIza" + mixed(r, alnum+"_-", 35)
	case "sendgrid":
		t = "SG." + mixed(r, b64url, 22) + "." + mixed(r, b64url, 43)
	case "jwt":
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"RS256","typ":"JWT","kid":"` + rs(r, hexd, 8) + `"}`))
		pl := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"exp":%d,"scope":"orders:read"}`, rs(r, hexd, 12), 1790000000+r.IntN(9000000), 1800000000+r.IntN(9000000))))
		t = h + "." + pl + "." + mixed(r, b64url, 43)
	case "hex32":
		t = rs(r, hexd, 32)
	case "hex64":
		t = rs(r, hexd, 64)
	case "password_human":
		t = pick(r, f("Invierno Primavera Tequila Sakura Kangaroo Mariposa Jaguar Sunflower Pelican Borboleta Fjord Aurora Kiwi Tundra Cactus")) + strconv.Itoa(1960+r.IntN(66)) + pick(r, f("! # $ * . !!"))
	case "password_random":
		t = mixed(r, alnum+"!#$%^*-_=~", 14+r.IntN(10))
	case "basic_auth":
		u := pick(r, f("deploy ci-bot svc_orders admin registry grafana metrics backup"))
		pw := mixed(r, alnum, 18)
		t = base64.StdEncoding.EncodeToString([]byte(u + ":" + pw))
	case "otp":
		t = digits(r, pick(r, []int{6, 6, 6, 4, 8}))
		return val{kind: "credential", text: t, key: t, numOnly: true, style: style}
	case "recovery_code":
		t = rs(r, lowalnum, 5) + "-" + rs(r, lowalnum, 5)
	case "azure_key":
		t = mixed(r, alnum+"+/", 86) + "=="
	case "private_key":
		t = "MII" + pick(r, f("EvQIBADANBgkqhkiG9w0BAQEFAASC EpAIBAAKCAQEA EowIBAAKCAQEA")) + mixed(r, b64, 40)
	case "vault_token":
		t = "hvs." + mixed(r, alnum+"_-", 90)
	case "dckr_pat":
		t = "dckr_pat_" + mixed(r, alnum+"_-", 27)
	case "do_token":
		t = "dop_v1_" + rs(r, hexd, 64)
	case "hf_token":
		t = "hf_" + mixed(r, alnum, 34)
	case "pypi_token":
		t = "pypi-AgEIcHlwaS5vcmc" + mixed(r, b64url, 60)
	case "twilio_sk":
		t = "SK" + rs(r, hexd, 32)
	case "datadog_key":
		t = rs(r, hexd, 32)
	case "session_id":
		t = mixed(r, b64url, 32)
	case "bearer_opaque":
		t = mixed(r, alnum, 40)
	case "amz_signature":
		t = rs(r, hexd, 64)
	case "telegram_bot":
		t = digits(r, 10) + ":AA" + mixed(r, alnum+"_-", 33)
	case "shopify_token":
		t = pick(r, f("shpat_ shpss_ shpca_")) + rs(r, hexd, 32)
	}
	k := t
	if len(t) >= 24 {
		k = t[len(t)/2:]
	}
	return val{kind: "credential", text: t, key: k, style: style}
}

// url-safe password for connection strings
func genURLPassword(r *rand.Rand) val {
	var t string
	if r.IntN(3) == 0 {
		t = pick(r, f("Orchid Lantern Cobalt Jacaranda Baobab Saguaro Nopal Juniper")) + strconv.Itoa(10+r.IntN(89)) + pick(r, f("_ - . ~"))
	} else {
		t = mixed(r, alnum+"_-.~", 16+r.IntN(12))
	}
	k := t
	if len(t) >= 24 {
		k = t[len(t)/2:]
	}
	return val{kind: "credential", text: t, key: k, style: "url_password"}
}
