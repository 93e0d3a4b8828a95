package nineteentheval

import (
	"encoding/base64"
	"fmt"
	"math/rand/v2"
	"strings"
	"unicode"
	"unicode/utf8"
)

// value is one PII value placed in a line, with what the judge looks for.
type value struct {
	kind   string
	style  string // issuer, country, credential style, phone format
	text   string // as written in the line
	canon  string // digits or characters the checksum runs over
	key    string // email address, phone/card digits, IBAN/cn_id tail, credential
	local  string // e-mail local part judged on its own
	words  []string
	subs   []string
	digits bool // a credential of digits only
}

// look is one look-alike that must survive.
type look struct {
	typ  string
	text string
}

const letters = "abcdefghijklmnopqrstuvwxyz"
const upper = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
const digitsS = "0123456789"
const alnum = letters + upper + digitsS

func pick[T any](r *rand.Rand, xs []T) T { return xs[r.IntN(len(xs))] }

func rs(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

func fill(r *rand.Rand, pat string) string {
	var sb strings.Builder
	for _, c := range pat {
		switch c {
		case '#', '9':
			sb.WriteByte(byte('0' + r.IntN(10)))
		case 'A':
			sb.WriteByte(upper[r.IntN(26)])
		case 'a':
			sb.WriteByte(letters[r.IntN(26)])
		default:
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func onlyDigits(s string) string {
	var sb strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

var particles = map[string]bool{"van": true, "de": true, "der": true, "den": true, "da": true, "das": true, "dos": true, "del": true, "la": true, "le": true, "bin": true, "binti": true, "von": true, "di": true, "du": true, "ter": true, "ten": true, "al": true, "el": true, "ní": true, "ó": true, "mac": true, "nic": true}

// wordsOf returns the words of s of three letters or more, particles left out,
// case-folded.
func wordsOf(s string) []string {
	var out []string
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }) {
		lf := strings.ToLower(f)
		if utf8.RuneCountInString(f) >= 3 && !particles[lf] {
			out = append(out, lf)
		}
	}
	return out
}

// ---- names ----

type person struct {
	given, family, full string
	words, subs         []string
}

func newPerson(r *rand.Rand, l *locale) person {
	for {
		if p := drawPerson(r, l); len(p.words)+len(p.subs) > 0 {
			return p
		}
	}
}

func drawPerson(r *rand.Rand, l *locale) person {
	g, f := pick(r, l.given), pick(r, l.family)
	p := person{given: g, family: f}
	switch {
	case l.noSpace:
		p.full = f + g
		p.subs = []string{p.full}
		if utf8.RuneCountInString(g) >= 2 {
			p.subs = append(p.subs, g)
		}
	case l.famSub:
		p.full = g + " " + f
		p.subs = []string{f}
	case l.famFirst:
		p.full = f + " " + g
		p.words = wordsOf(f)
	default:
		p.full = g + " " + f
		p.words = wordsOf(f)
	}
	if l.code == "vi_VN" {
		mid := pick(r, []string{"Văn", "Thị", "Minh", "Đức", "Ngọc", "Quốc"})
		p.full = f + " " + mid + " " + g
		p.words = append(wordsOf(f), wordsOf(g)...)
	}
	return p
}

func (p person) value(text string) *value {
	return &value{kind: "name", text: text, words: p.words, subs: p.subs}
}

// nameText writes a person's name in one of the ways systems print it.
func nameText(r *rand.Rand, l *locale, p person) string {
	if l.noSpace || l.famSub || l.script != "latin" {
		return p.full
	}
	switch r.IntN(10) {
	case 0:
		if up := strings.ToUpper(p.full); strings.ToLower(up) == strings.ToLower(p.full) {
			return up
		}
	case 1:
		if !l.famFirst {
			return p.family + ", " + p.given
		}
	case 2:
		return pick(r, []string{"Mr ", "Ms ", "Dr ", "Mrs "}) + p.full
	}
	return p.full
}

// ---- e-mail ----

var mailDomains = []string{"gmail.com", "yahoo.co.uk", "outlook.com", "hotmail.fr", "web.de", "gmx.at", "seznam.cz", "libero.it", "mail.ru", "ukr.net", "163.com", "qq.com", "naver.com", "yahoo.co.jp", "icloud.com", "proton.me", "orange.fr", "t-online.de", "freemail.hu", "abv.bg", "eircom.net", "rediffmail.com", "gmx.net", "inbox.lv", "posteo.de", "wp.pl", "virgilio.it", "sapo.pt", "yandex.ru", "foxmail.com"}

var bizDomains = []string{"kargo-hizli.com.tr", "nordfracht.de", "atlas-trading.co.uk", "sunrise-imports.com.sg", "vertex-supply.nl", "donau-handel.at", "brisa-moda.es", "ozon-partner.ru", "andes-export.pe", "lagos-gadgets.ng", "kaveri-textiles.in", "baltic-parts.lv"}

func translit(s string) string {
	var sb strings.Builder
	for _, c := range strings.ToLower(s) {
		if c < 128 && (unicode.IsLetter(c) || unicode.IsDigit(c)) {
			sb.WriteRune(c)
			continue
		}
		switch c {
		case 'á', 'à', 'ä', 'â', 'ã', 'å', 'ā', 'ă':
			sb.WriteByte('a')
		case 'é', 'è', 'ë', 'ê', 'ě', 'ē', 'ę':
			sb.WriteByte('e')
		case 'í', 'ì', 'ï', 'î', 'ī', 'ı', 'İ':
			sb.WriteByte('i')
		case 'ó', 'ò', 'ö', 'ô', 'õ', 'ő', 'ō', 'ø':
			sb.WriteByte('o')
		case 'ú', 'ù', 'ü', 'û', 'ů', 'ű', 'ū':
			sb.WriteByte('u')
		case 'ç', 'č', 'ć':
			sb.WriteByte('c')
		case 'ş', 'š', 'ș', 'ś':
			sb.WriteByte('s')
		case 'ž', 'ź', 'ż':
			sb.WriteByte('z')
		case 'ñ', 'ň', 'ņ':
			sb.WriteByte('n')
		case 'ř':
			sb.WriteByte('r')
		case 'ğ', 'ģ':
			sb.WriteByte('g')
		case 'ý':
			sb.WriteByte('y')
		case 'ð', 'ď', 'đ':
			sb.WriteByte('d')
		case 'þ':
			sb.WriteString("th")
		case 'ț', 'ť':
			sb.WriteByte('t')
		case 'ļ', 'ł':
			sb.WriteByte('l')
		case 'ķ':
			sb.WriteByte('k')
		case 'ß':
			sb.WriteString("ss")
		case 'ạ', 'ả', 'ấ', 'ầ', 'ậ', 'ắ', 'ặ':
			sb.WriteByte('a')
		case 'ễ', 'ệ', 'ế', 'ề':
			sb.WriteByte('e')
		case 'ơ', 'ờ', 'ở', 'ồ', 'ộ', 'ố', 'ọ':
			sb.WriteByte('o')
		case 'ư', 'ừ', 'ứ', 'ụ', 'ủ':
			sb.WriteByte('u')
		case 'ị', 'ỉ':
			sb.WriteByte('i')
		}
	}
	return sb.String()
}

var romanGiven = w("wei lan hiro yuki minji jisoo ahmed fatima giorgi nino aram ani suman priya somchai nong hao ming")
var romanFamily = w("chen wang tanaka sato kim park almansoori alkaabi beridze lomidze petrosyan sargsyan shrestha thapa srisuk wongsa liu zhao")

func newEmail(r *rand.Rand, l *locale, p *person) *value {
	var g, f string
	if p != nil {
		g, f = translit(p.given), translit(p.family)
	}
	if g == "" || f == "" {
		g, f = pick(r, romanGiven), pick(r, romanFamily)
	}
	var local string
	switch r.IntN(8) {
	case 0:
		local = g + "." + f
	case 1:
		local = g[:1] + f + fmt.Sprint(r.IntN(90)+10)
	case 2:
		local = f + "_" + g + fmt.Sprint(1960+r.IntN(45))
	case 3:
		local = g + f[:min(3, len(f))] + fmt.Sprint(r.IntN(1000))
	case 4:
		local = g + "+orders" + fmt.Sprint(r.IntN(100))
	case 5:
		local = f + "." + g[:1] + fmt.Sprint(r.IntN(10))
	case 6:
		local = g + "-" + f
	default:
		local = g + fmt.Sprint(r.IntN(9000)+100)
	}
	dom := pick(r, mailDomains)
	if r.IntN(5) == 0 {
		dom = pick(r, bizDomains)
	}
	addr := local + "@" + dom
	text := addr
	if r.IntN(12) == 0 {
		text = strings.ToUpper(addr)
	}
	v := &value{kind: "email", text: text, key: strings.ToLower(addr)}
	if len(local) >= 6 && strings.IndexFunc(local, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 {
		v.local = strings.ToLower(local)
	}
	return v
}

// ---- phones ----

func nativeDigits(s string, zero rune) string {
	var sb strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			sb.WriteRune(zero + c - '0')
		} else {
			sb.WriteRune(c)
		}
	}
	return sb.String()
}

func regroup(d string, sep string, sizes ...int) string {
	var parts []string
	for _, n := range sizes {
		if len(d) <= n {
			break
		}
		parts = append(parts, d[:n])
		d = d[n:]
	}
	parts = append(parts, d)
	return strings.Join(parts, sep)
}

// newPhone writes a mobile number of the locale in one of the forms people
// type; spoken writes it as it is dictated.
func newPhone(r *rand.Rand, l *locale, spoken bool) *value {
	nsnF := fill(r, l.mobile)
	nsn := onlyDigits(nsnF)
	var text, style string
	if spoken {
		d := l.trunk + nsn
		if r.IntN(3) == 0 {
			d = l.cc + nsn
			text = "plus " + strings.Join(strings.Split(d, ""), " ")
		} else {
			switch r.IntN(2) {
			case 0:
				text = strings.Join(strings.Split(d, ""), " ")
			default:
				text = regroup(d, " ", 3, 3, 2, 2, 2)
			}
		}
		style = "dictated"
	} else {
		switch r.IntN(11) {
		case 0:
			text, style = l.trunk+nsnF, "national"
		case 1:
			text, style = "+"+l.cc+nsn, "e164"
		case 2:
			text, style = "+"+l.cc+" "+nsnF, "intl"
		case 3:
			text, style = "(+"+l.cc+") "+nsnF, "bracket"
		case 4:
			text, style = "00"+l.cc+" "+nsnF, "00"
		case 5:
			text, style = l.trunk+nsn, "compact"
		case 6:
			text, style = "+"+l.cc+"-"+regroup(nsn, "-", 3, 3), "dashed"
		case 7:
			text, style = l.trunk+regroup(nsn, ".", 3, 3, 2), "dotted"
		case 8:
			text, style = "+"+l.cc+" "+regroup(nsn, " ", 2, 3, 2), "spaced"
		case 9:
			if l.native != 0 {
				text, style = nativeDigits(l.trunk+nsnF, l.native), "native"
			} else {
				text, style = "+"+l.cc+" ("+l.trunk+") "+nsnF, "trunk_bracket"
			}
		default:
			text, style = l.trunk+nsnF, "national"
		}
	}
	all := l.cc + nsn
	k := nsn
	if len(k) > 8 {
		k = k[len(k)-8:]
	}
	return &value{kind: "phone", style: style, text: text, canon: all, key: k}
}

// ---- addresses ----

func newAddress(r *rand.Rand, l *locale) *value {
	st := pick(r, l.streets)
	typ := ""
	if len(l.types) > 0 && l.types[0] != "" {
		typ = pick(r, l.types)
	}
	var S string
	v := &value{kind: "address"}
	joinTight := l.script == "cjk" || l.script == "thai"
	switch {
	case typ == "" || l.typePos == "none":
		S = st
	case l.typePos == "joined":
		S = st + typ
	case l.typePos == "prefix" && joinTight:
		S = typ + st
	case l.typePos == "prefix":
		S = typ + " " + st
	default:
		S = st + " " + typ
	}
	n := fmt.Sprint(r.IntN(180) + 1)
	n2 := fmt.Sprint(r.IntN(40) + 1)
	u := fmt.Sprint(r.IntN(9) + 1)
	pc := fill(r, l.post)
	city := pick(r, l.cities)
	rep := strings.NewReplacer("{n}", n, "{n2}", n2, "{u}", u, "{S}", S, "{c}", city, "{p}", pc, "{d}", pick(r, []string{"浦东新区", "天河区", "南山区", "西湖区", "武侯区", "鼓楼区"}), "{L}", string(rune('A'+r.IntN(6))))
	v.text = strings.TrimSpace(rep.Replace(l.afmt))
	switch {
	case l.code == "ja_JP":
		v.subs = []string{st, n + "-" + n2 + "-" + u}
	case l.script == "cjk" && l.code != "ko_KR", l.script == "thai":
		v.subs = []string{S}
	case l.typePos == "joined":
		v.words = wordsOf(S)
	default:
		v.words = wordsOf(st)
	}
	return v
}

// ---- cards ----

type issuer struct {
	name   string
	prefix []string
	length int
}

var issuers = []issuer{
	{"visa", []string{"4"}, 16},
	{"mastercard", []string{"51", "52", "53", "54", "55"}, 16},
	{"mastercard2", []string{"2221", "2300", "2500", "2720"}, 16},
	{"amex", []string{"34", "37"}, 15},
	{"discover", []string{"6011", "644", "65"}, 16},
	{"jcb", []string{"3528", "3540", "3589"}, 16},
	{"unionpay", []string{"62"}, 16},
	{"unionpay19", []string{"62"}, 19},
	{"diners", []string{"36"}, 14},
	{"maestro", []string{"6759", "5018"}, 16},
	{"mir", []string{"2200", "2202", "2204"}, 16},
	{"troy", []string{"9792"}, 16},
	{"elo", []string{"636368", "504175"}, 16},
	{"hiper", []string{"637095"}, 16},
}

func luhnOK(d string) bool {
	sum := 0
	for i := 0; i < len(d); i++ {
		c := int(d[len(d)-1-i] - '0')
		if i%2 == 1 {
			c *= 2
			if c > 9 {
				c -= 9
			}
		}
		sum += c
	}
	return sum%10 == 0
}

func luhnComplete(body string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhnOK(body + string(c)) {
			return body + string(c)
		}
	}
	panic("luhn")
}

func newCard(r *rand.Rand) *value {
	is := pick(r, issuers)
	pre := pick(r, is.prefix)
	d := luhnComplete(pre + rs(r, digitsS, is.length-len(pre)-1))
	var text string
	switch r.IntN(5) {
	case 0, 1:
		text = d
	case 2:
		if is.length == 15 {
			text = d[:4] + " " + d[4:10] + " " + d[10:]
		} else if is.length == 14 {
			text = d[:4] + " " + d[4:10] + " " + d[10:]
		} else {
			text = regroup(d, " ", 4, 4, 4, 4)
		}
	case 3:
		text = regroup(d, "-", 4, 4, 4, 4)
	default:
		text = regroup(d, " ", 4, 4, 4, 4)
	}
	return &value{kind: "card", style: is.name, text: text, canon: d, key: d[len(d)-8 : len(d)-3]}
}

// ---- IBAN ----

// ibanSpecs: country, BBAN shape (9 digit, A capital, C capital or digit).
var ibanSpecs = [][2]string{
	{"DE", "999999999999999999"}, {"FR", "9999999999CCCCCCCCCCC99"}, {"ES", "99999999999999999999"},
	{"IT", "A9999999999CCCCCCCCCCCC"}, {"NL", "AAAA9999999999"}, {"BE", "999999999999"},
	{"PT", "999999999999999999999"}, {"GB", "AAAA99999999999999"}, {"IE", "AAAA99999999999999"},
	{"AT", "9999999999999999"}, {"CH", "99999CCCCCCCCCCCC"}, {"PL", "999999999999999999999999"},
	{"CZ", "99999999999999999999"}, {"HU", "999999999999999999999999"}, {"RO", "AAAACCCCCCCCCCCCCCCC"},
	{"GR", "9999999CCCCCCCCCCCCCCCC"}, {"TR", "999990CCCCCCCCCCCCCCCC"}, {"UA", "999999CCCCCCCCCCCCCCCCCCC"},
	{"EE", "9999999999999999"}, {"LV", "AAAACCCCCCCCCCCCC"}, {"IS", "9999999999999999999999"},
	{"AE", "9999999999999999999"}, {"GE", "AA9999999999999999"}, {"SA", "99CCCCCCCCCCCCCCCCCC"},
	{"MA", "999999999999999999999999"}, {"SE", "99999999999999999999"}, {"DK", "99999999999999"},
	{"FI", "99999999999999"}, {"LT", "9999999999999999"}, {"HR", "9999999999999999999"},
	{"BG", "AAAA999999CCCCCCCC"}, {"SI", "999999999999999"}, {"LU", "999CCCCCCCCCCCCC"},
}

func ibanCheck(cc, bban string) string {
	s := bban + cc + "00"
	rem := 0
	for _, c := range s {
		var n int
		if c >= '0' && c <= '9' {
			n = int(c - '0')
			rem = (rem*10 + n) % 97
		} else {
			n = int(c-'A') + 10
			rem = (rem*100 + n) % 97
		}
	}
	return fmt.Sprintf("%02d", 98-rem)
}

func ibanValid(s string) bool {
	if len(s) < 15 {
		return false
	}
	t := s[4:] + s[:4]
	rem := 0
	for _, c := range t {
		if c >= '0' && c <= '9' {
			rem = (rem*10 + int(c-'0')) % 97
		} else if c >= 'A' && c <= 'Z' {
			rem = (rem*100 + int(c-'A') + 10) % 97
		} else {
			return false
		}
	}
	return rem == 1
}

func newIBAN(r *rand.Rand, l *locale) *value {
	spec := pick(r, ibanSpecs)
	if l != nil && l.iban != "" && r.IntN(2) == 0 {
		for _, s := range ibanSpecs {
			if s[0] == l.iban {
				spec = s
			}
		}
	}
	var sb strings.Builder
	for _, c := range spec[1] {
		switch c {
		case '9':
			sb.WriteByte(digitsS[r.IntN(10)])
		case 'A':
			sb.WriteByte(upper[r.IntN(26)])
		case 'C':
			if r.IntN(4) == 0 {
				sb.WriteByte(upper[r.IntN(26)])
			} else {
				sb.WriteByte(digitsS[r.IntN(10)])
			}
		default:
			sb.WriteRune(c)
		}
	}
	bban := sb.String()
	iban := spec[0] + ibanCheck(spec[0], bban) + bban
	text := iban
	if r.IntN(2) == 0 {
		text = regroup(iban, " ", 4, 4, 4, 4, 4, 4, 4)
	}
	return &value{kind: "iban", style: spec[0], text: text, canon: iban, key: iban[len(iban)-10:]}
}

// ---- Chinese resident ids ----

var cnRegions = []string{"110101", "110105", "120101", "310104", "310115", "320102", "330106", "370202", "420102", "440106", "440305", "500103", "510104", "610113", "210102", "350203", "430104", "450103"}

func cnCheck(d17 string) byte {
	wts := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(d17[i]-'0') * wts[i]
	}
	return "10X98765432"[sum%11]
}

func cnValid(s string) bool { return len(s) == 18 && cnCheck(s[:17]) == s[17] }

func newCNID(r *rand.Rand, wantX bool) *value {
	var id string
	for tries := 0; ; tries++ {
		y := 1950 + r.IntN(56)
		m := 1 + r.IntN(12)
		d := 1 + r.IntN(28)
		body := fmt.Sprintf("%s%04d%02d%02d%03d", pick(r, cnRegions), y, m, d, r.IntN(1000))
		id = body + string(cnCheck(body))
		if !wantX || id[17] == 'X' || tries > 60 {
			break
		}
	}
	text := id
	switch r.IntN(6) {
	case 0:
		text = id[:6] + " " + id[6:14] + " " + id[14:]
	case 1:
		text = strings.ToLower(id)
	}
	return &value{kind: "cn_id", text: text, canon: id, key: id[6:]}
}

// ---- credentials ----

var credStyles = []string{"carrier_api_key", "oauth_client_secret", "broker_password", "sftp_password", "smtp_auth_plain", "smtp_auth_login", "sms_auth_token", "webhook_secret", "otlp_api_key", "db_password", "jwt", "bearer", "basic", "delivery_pin", "otp", "locker_code", "rma_pin", "aws_key", "stripe_key", "shopify_token", "ebics_password", "totp_seed", "session_cookie", "sendgrid_key"}

var pwWords = w("Hafen Kiwi Lotus Condor Falke Tamarind Orchid Mistral Sirocco Pelican Juniper Nordlicht Cobalt Saffron Zephyr Quokka Marlin Tundra Basalt Caramel")

func humanPassword(r *rand.Rand) string {
	switch r.IntN(4) {
	case 0:
		return pick(r, pwWords) + fmt.Sprint(1970+r.IntN(55)) + pick(r, []string{"!", "#", "$", "*", "?"})
	case 1:
		return strings.ToLower(pick(r, pwWords)) + "_" + rs(r, digitsS, 3) + pick(r, []string{"!", "@", "%"})
	case 2:
		return rs(r, alnum, 6) + pick(r, []string{"#", "!", "&"}) + rs(r, alnum, 6)
	default:
		return pick(r, pwWords) + "." + pick(r, pwWords) + rs(r, digitsS, 2)
	}
}

func b64u(r *rand.Rand, n int) string {
	return rs(r, alnum+"-_", n)
}

func newCred(r *rand.Rand, style string) *value {
	var t string
	switch style {
	case "carrier_api_key":
		t = rs(r, alnum, 32)
	case "oauth_client_secret":
		t = b64u(r, 40)
	case "broker_password", "sftp_password", "db_password", "ebics_password":
		t = humanPassword(r)
	case "smtp_auth_plain":
		t = base64.StdEncoding.EncodeToString([]byte("\x00" + pick(r, romanGiven) + "@" + pick(r, bizDomains) + "\x00" + humanPassword(r)))
	case "smtp_auth_login":
		t = base64.StdEncoding.EncodeToString([]byte(humanPassword(r)))
	case "sms_auth_token":
		t = rs(r, "0123456789abcdef", 32)
	case "webhook_secret":
		t = "whsec_" + rs(r, alnum, 32)
	case "otlp_api_key":
		t = rs(r, "0123456789abcdef", 32)
	case "jwt":
		hdr := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		body := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"shipments:write"}`, rs(r, alnum, 12), 1760000000+r.IntN(9000000))))
		t = hdr + "." + body + "." + b64u(r, 43)
	case "bearer":
		t = rs(r, alnum, 28) + b64u(r, 12)
	case "basic":
		t = base64.StdEncoding.EncodeToString([]byte(pick(r, []string{"sftp-", "api-", "edi-", "broker-"}) + rs(r, letters, 6) + ":" + humanPassword(r)))
	case "delivery_pin":
		t = rs(r, digitsS, 4+r.IntN(3))
	case "otp":
		t = rs(r, digitsS, 6)
	case "locker_code":
		t = rs(r, digitsS, 6+r.IntN(3))
	case "rma_pin":
		t = rs(r, digitsS, 5+r.IntN(2))
	case "aws_key":
		t = rs(r, alnum+"/+", 40)
	case "stripe_key":
		t = "sk_live_" + rs(r, alnum, 24)
	case "shopify_token":
		t = "shpat_" + rs(r, "0123456789abcdef", 32)
	case "totp_seed":
		t = rs(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 32)
	case "session_cookie":
		t = rs(r, "0123456789abcdef", 40)
	case "sendgrid_key":
		t = "SG." + b64u(r, 22) + "." + b64u(r, 43)
	default:
		panic(style)
	}
	for t[0] == '0' && onlyDigits(t) == t {
		t = fmt.Sprint(1+r.IntN(9)) + t[1:]
	}
	v := &value{kind: "credential", style: style, text: t, key: t}
	if len(t) >= 24 {
		v.key = t[len(t)/2:]
	}
	v.digits = onlyDigits(t) == t
	return v
}
