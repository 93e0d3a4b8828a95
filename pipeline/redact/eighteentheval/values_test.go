package eighteentheval

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// value is one piece of PII planted in a line, with what the judge looks for.
type value struct {
	kind   string // name, email, phone, address, card, iban, cn_id, credential
	style  string // issuer, country, credential style, name script
	text   string // as written in the line
	words  []string
	subs   []string
	run    string // phone, card: digits that must not survive in one run
	strip  string // iban, cn_id: characters that must not survive, spaces and dashes removed
	digits bool   // credential of digits only: leaks as a number of its own
}

var kinds = []string{"name", "email", "phone", "address", "card", "iban", "cn_id", "credential"}

func pick[T any](r *rand.Rand, s []T) T { return s[r.IntN(len(s))] }

func digitsN(r *rand.Rand, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + r.IntN(10))
	}
	return string(b)
}

func fromSet(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

const (
	alnum  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	lowAln = "abcdefghijklmnopqrstuvwxyz0123456789"
	hexLow = "0123456789abcdef"
	upAln  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b64set = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	b64url = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
)

// ---- names ----

var particles = map[string]bool{"van": true, "der": true, "de": true, "da": true, "dos": true, "del": true, "la": true, "le": true,
	"bin": true, "binti": true, "bint": true, "von": true, "di": true, "du": true, "al": true, "el": true, "ibn": true, "ter": true, "den": true}

func runeLen(s string) int { return utf8.RuneCountInString(s) }

func genName(r *rand.Rand, L *locData) value {
	g, f := pick(r, L.given), pick(r, L.family)
	v := value{kind: "name", style: L.script}
	switch L.script {
	case "cjk":
		v.text = f + g
		if L.code == "ja_JP" && r.IntN(4) == 0 {
			v.text = f + "　" + g
			v.subs = []string{g}
		} else {
			v.subs = []string{f + g}
			if runeLen(g) >= 2 {
				v.subs = append(v.subs, g)
			}
		}
		if L.code == "ko_KR" {
			v.subs = []string{f + g, g}
		}
		return v
	case "thai":
		v.text = g + " " + f
		if r.IntN(5) == 0 {
			v.text = "คุณ" + g + " " + f
		}
		v.subs = []string{f}
		return v
	case "khmer":
		v.text = f + " " + g
		v.subs = []string{f}
		return v
	case "vi":
		v.text = f + " " + g
		if r.IntN(6) == 0 {
			v.text = strings.ToUpper(v.text)
		}
		gw := strings.Fields(g)
		v.words = append(v.words, strings.ToLower(f), strings.ToLower(gw[len(gw)-1]))
		return v
	}
	fam := f
	switch r.IntN(10) {
	case 0:
		v.text = strings.ToUpper(g + " " + f)
	case 1:
		if L.script == "latin" {
			v.text = f + ", " + g
		} else {
			v.text = g + " " + f
		}
	default:
		v.text = g + " " + f
	}
	for _, w := range strings.Fields(fam) {
		if runeLen(w) >= 3 && !particles[strings.ToLower(w)] {
			v.words = append(v.words, strings.ToLower(w))
		}
	}
	return v
}

var asciiFold = strings.NewReplacer("á", "a", "à", "a", "â", "a", "ã", "a", "ä", "a", "å", "a", "ą", "a", "æ", "ae",
	"é", "e", "è", "e", "ê", "e", "ë", "e", "ę", "e", "ė", "e", "í", "i", "ì", "i", "î", "i", "ï", "i", "į", "i",
	"ó", "o", "ò", "o", "ô", "o", "õ", "o", "ö", "o", "ø", "o", "ú", "u", "ù", "u", "û", "u", "ü", "u", "ū", "u", "ų", "u",
	"ç", "c", "č", "c", "ć", "c", "ñ", "n", "ń", "n", "š", "s", "ś", "s", "ž", "z", "ź", "z", "ż", "z", "ł", "l", "đ", "d",
	"ý", "y", "'", "", "-", "", " ", "", "Á", "a", "É", "e", "Ó", "o", "Ú", "u", "Ł", "l", "Š", "s", "Ž", "z", "Č", "c", "Ö", "o", "Ä", "a", "Å", "a", "Ø", "o", "Ü", "u", "Đ", "d")

func asciiName(s string) string {
	s = asciiFold.Replace(strings.ToLower(s))
	var b strings.Builder
	for _, c := range s {
		if c < 128 && unicode.IsLetter(c) {
			b.WriteRune(c)
		}
	}
	return b.String()
}

var plainDomains = []string{"gmail.com", "outlook.com", "yahoo.com", "proton.me", "icloud.com"}

func genEmail(r *rand.Rand, L *locData) value {
	var g, f string
	if L.script == "latin" {
		g, f = asciiName(pick(r, L.given)), asciiName(strings.TrimPrefix(strings.TrimPrefix(pick(r, L.family), "bin "), "binti "))
	} else if L.script == "vi" {
		g, f = pick(r, L.roman), asciiName(pick(r, L.family))
	} else {
		g, f = pick(r, L.roman), pick(r, L.roman)
	}
	if g == "" {
		g = "buyer"
	}
	if f == "" {
		f = "shop"
	}
	var local string
	switch r.IntN(8) {
	case 0:
		local = g + "." + f
	case 1:
		local = g[:1] + f + strconv.Itoa(r.IntN(99)+1)
	case 2:
		local = g + "_" + f + strconv.Itoa(1970+r.IntN(36))
	case 3:
		local = f + "." + g + strconv.Itoa(r.IntN(900)+10)
	case 4:
		local = g + strconv.Itoa(r.IntN(9000)+100)
	case 5:
		local = g + "." + f + "+shop"
	case 6:
		local = g + "-" + f[:min(len(f), 4)] + strconv.Itoa(r.IntN(90)+10)
	default:
		local = g + f[:min(len(f), 3)] + "." + strconv.Itoa(r.IntN(99))
	}
	dom := pick(r, L.dom)
	if r.IntN(6) == 0 {
		dom = pick(r, plainDomains)
	}
	if r.IntN(9) == 0 {
		local = strings.ToUpper(local[:1]) + local[1:]
	}
	addr := local + "@" + dom
	v := value{kind: "email", style: "email", text: addr, subs: []string{strings.ToLower(addr)}}
	if len(local) >= 6 && strings.IndexFunc(local, func(c rune) bool { return !unicode.IsLetter(c) }) >= 0 {
		v.subs = append(v.subs, strings.ToLower(local))
	}
	return v
}

// ---- phones ----

func groupDigits(d, spec, sep string) string {
	var parts []string
	i := 0
	gs := strings.Split(spec, "-")
	for k, g := range gs {
		n, _ := strconv.Atoi(g)
		if k == len(gs)-1 || i+n > len(d) {
			n = len(d) - i
		}
		if n <= 0 {
			break
		}
		parts = append(parts, d[i:i+n])
		i += n
	}
	if i < len(d) {
		parts = append(parts, d[i:])
	}
	return strings.Join(parts, sep)
}

func nativeDigits(s string, zero rune) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			b.WriteRune(zero + (c - '0'))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func genPhone(r *rand.Rand, L *locData) value {
	pre := pick(r, L.pre)
	nsn := pre + digitsN(r, L.nlen-len(pre))
	if L.code == "en_US" || L.code == "fr_CA" {
		nsn = nsn[:3] + string(rune('2'+r.IntN(8))) + nsn[4:]
	}
	sep := pick(r, []string{" ", " ", "-", "-", ".", ""})
	if L.code == "ja_JP" || L.code == "ko_KR" || L.code == "zh_TW" {
		sep = pick(r, []string{"-", "-", " ", ""})
	}
	natd := L.trunk + nsn
	var text, style string
	switch r.IntN(11) {
	case 0, 1, 2:
		text, style = "+"+L.cc+" "+groupDigits(nsn, L.intl, sep), "e164"
	case 3, 4, 5:
		text, style = groupDigits(natd, L.nat, sep), "national"
		if L.cc == "1" && r.IntN(2) == 0 {
			text = "(" + nsn[:3] + ") " + nsn[3:6] + "-" + nsn[6:]
		}
		if L.code == "pt_BR" && r.IntN(2) == 0 {
			text = "(" + nsn[:2] + ") " + nsn[2:7] + "-" + nsn[7:]
		}
	case 6:
		text, style = "(+"+L.cc+") "+groupDigits(nsn, L.intl, " "), "bracket"
	case 7:
		text, style = "00"+L.cc+" "+groupDigits(nsn, L.intl, sep), "00"
	case 8:
		text, style = "+"+L.cc+nsn, "compact"
	case 9:
		text, style = natd, "compact"
	default:
		text, style = "+"+L.cc+"-"+groupDigits(nsn, L.intl, "-"), "dashed"
	}
	if L.zero != 0 && r.IntN(7) == 0 {
		text, style = nativeDigits(text, L.zero), "native"
	}
	all := nsn
	if len(all) > 8 {
		all = all[len(all)-8:]
	}
	return value{kind: "phone", style: style, text: text, run: all}
}

// ---- addresses ----

var genericStreet = map[string]bool{"calle": true, "carrera": true, "avenida": true, "street": true, "road": true, "jalan": true,
	"rua": true, "place": true, "nagar": true, "marg": true, "sarani": true, "bukit": true, "tun": true, "sultan": true, "tengku": true,
	"grande": true, "allée": true, "velká": true, "булевар": true, "цара": true, "кнеза": true, "краљице": true}

func genAddress(r *rand.Rand, L *locData) value {
	st := pick(r, L.streets)
	n := strconv.Itoa(r.IntN(240) + 1)
	unit := ""
	if r.IntN(3) == 0 {
		switch L.code {
		case "en_US":
			unit = pick(r, []string{", Apt " + strconv.Itoa(r.IntN(30)+1) + string(rune('A'+r.IntN(4))), " Unit " + strconv.Itoa(r.IntN(400)+100), " #" + strconv.Itoa(r.IntN(300)+2)})
		case "en_AU":
			unit = strconv.Itoa(r.IntN(20)+1) + "/"
		case "fil_PH":
			unit = "Unit " + strconv.Itoa(r.IntN(30)+1) + "B, "
		case "ms_MY":
			unit = "No. "
		case "pl_PL", "hr_HR", "lt_LT":
			unit = "/" + strconv.Itoa(r.IntN(60)+1)
		case "es_MX", "es_CO", "pt_BR":
			unit = pick(r, []string{" Int. 4", " apto " + strconv.Itoa(r.IntN(900)+101), " Depto. 12", " casa 2"})
		case "sv_SE", "da_DK", "nb_NO", "fi_FI", "de_CH":
			unit = pick(r, []string{" lgh 1102", ", 3. tv", " B", " A 12", " 2. OG"})
		case "kk_KZ":
			unit = ", кв. " + strconv.Itoa(r.IntN(120)+1)
		case "ko_KR":
			unit = ", " + strconv.Itoa(r.IntN(20)+1) + "층"
		case "he_IL":
			unit = " דירה " + strconv.Itoa(r.IntN(30)+1)
		}
	}
	block := fmt.Sprintf("%d-%d-%d", r.IntN(5)+1, r.IntN(30)+1, r.IntN(20)+1)
	if r.IntN(3) == 0 {
		block = fmt.Sprintf("%d丁目%d-%d", r.IntN(5)+1, r.IntN(30)+1, r.IntN(20)+1)
	}
	rep := strings.NewReplacer("{n}", n, "{s}", st, "{t}", pick(r, L.types), "{u}", unit, "{c}", pick(r, L.cities),
		"{p}", postcode(r, L.post), "{j}", block, "{d}", pick(r, []string{"一", "二", "三", "四", "五"}),
		"{f}", strconv.Itoa(r.IntN(20)+2), "{b}", strconv.Itoa(r.IntN(12)+1), "{u2}", strconv.Itoa(r.IntN(20)+1)+"0"+strconv.Itoa(r.IntN(9)+1))
	text := strings.TrimSpace(rep.Replace(L.addr))
	v := value{kind: "address", style: L.code, text: text}
	switch L.script {
	case "cjk", "thai", "khmer":
		if L.code != "ko_KR" {
			v.subs = []string{strings.ToLower(st)}
			if L.code == "ja_JP" {
				v.subs = append(v.subs, block)
			}
			return v
		}
	}
	for _, w := range strings.Fields(strings.NewReplacer("-", " ", "'", " ").Replace(st)) {
		lw := strings.ToLower(w)
		if runeLen(w) >= 3 && !genericStreet[lw] && !particles[lw] {
			v.words = append(v.words, lw)
		}
	}
	if len(v.words) == 0 {
		v.words = []string{strings.ToLower(st)}
	}
	return v
}

func postcode(r *rand.Rand, pat string) string {
	var b strings.Builder
	for _, c := range pat {
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

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	length   int
}

var issuers = []issuer{
	{"visa", []string{"4"}, 16},
	{"mastercard", []string{"51", "52", "53", "54", "55"}, 16},
	{"mastercard2", []string{"2221", "2300", "2500", "2720"}, 16},
	{"amex", []string{"34", "37"}, 15},
	{"discover", []string{"6011", "65"}, 16},
	{"jcb", []string{"3528", "3540", "3566", "3589"}, 16},
	{"diners", []string{"36", "38"}, 14},
	{"unionpay", []string{"62"}, 16},
	{"unionpay19", []string{"62"}, 19},
	{"mir", []string{"2200", "2201", "2202", "2204"}, 16},
	{"rupay", []string{"6521", "6522", "508"}, 16},
	{"troy", []string{"9792"}, 16},
	{"elo", []string{"636368", "504175", "451416"}, 16},
	{"hipercard", []string{"606282"}, 16},
	{"maestro", []string{"6759", "5018", "5020"}, 16},
}

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

func luhnComplete(body string) string {
	for c := byte('0'); c <= '9'; c++ {
		if luhnOK(body + string(c)) {
			return body + string(c)
		}
	}
	panic("luhn")
}

// isCard reports whether d is a card number of one of the issuers above.
func isCard(d string) bool {
	if !luhnOK(d) {
		return false
	}
	for _, is := range issuers {
		for _, p := range is.prefixes {
			if strings.HasPrefix(d, p) && len(d) == is.length {
				return true
			}
		}
	}
	return false
}

func genCard(r *rand.Rand) value {
	is := issuers[r.IntN(len(issuers))]
	p := pick(r, is.prefixes)
	d := luhnComplete(p + digitsN(r, is.length-len(p)-1))
	text := d
	switch r.IntN(5) {
	case 0, 1:
		switch is.length {
		case 15:
			text = d[:4] + " " + d[4:10] + " " + d[10:]
		case 14:
			text = d[:4] + " " + d[4:10] + " " + d[10:]
		default:
			text = groupDigits(d, "4-4-4-4-4", " ")
		}
	case 2:
		text = groupDigits(d, "4-4-4-4-4", "-")
	}
	return value{kind: "card", style: is.name, text: text, run: d[len(d)-8 : len(d)-3]}
}

// ---- IBAN ----

var ibanFormats = map[string]string{
	"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "NL": "4a10n", "ES": "20n", "IT": "1a10n12c", "BE": "12n",
	"AT": "16n", "CH": "5n12c", "SE": "20n", "DK": "14n", "NO": "11n", "FI": "14n", "PL": "24n", "HR": "17n",
	"RS": "18n", "BG": "4a6n8c", "SK": "20n", "LT": "16n", "BR": "23n1a1c", "SA": "2n18c", "AE": "19n",
	"IL": "19n", "KZ": "3n13c", "PK": "4a16n", "EG": "25n", "TR": "5n1n16c", "PT": "21n", "IE": "4a14n",
}

var ibanCountries = func() []string {
	var out []string
	for _, c := range []string{"DE", "FR", "GB", "NL", "ES", "IT", "BE", "AT", "CH", "SE", "DK", "NO", "FI", "PL", "HR", "RS", "BG", "SK", "LT", "BR", "SA", "AE", "IL", "KZ", "PK", "EG", "TR", "PT", "IE"} {
		out = append(out, c)
	}
	return out
}()

func ibanMod97(s string) int {
	s = s[4:] + s[:4]
	var b strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(strconv.Itoa(int(c-'A') + 10))
		} else {
			b.WriteRune(c)
		}
	}
	n, _ := new(big.Int).SetString(b.String(), 10)
	return int(new(big.Int).Mod(n, big.NewInt(97)).Int64())
}

func genIBAN(r *rand.Rand, cc string) value {
	f := ibanFormats[cc]
	var bban strings.Builder
	for i := 0; i < len(f); {
		j := i
		for f[j] >= '0' && f[j] <= '9' {
			j++
		}
		n, _ := strconv.Atoi(f[i:j])
		switch f[j] {
		case 'n':
			bban.WriteString(digitsN(r, n))
		case 'a':
			bban.WriteString(fromSet(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ", n))
		case 'c':
			bban.WriteString(fromSet(r, upAln, n))
		}
		i = j + 1
	}
	s := cc + "00" + bban.String()
	chk := 98 - ibanMod97(s)
	s = fmt.Sprintf("%s%02d%s", cc, chk, bban.String())
	text := s
	if r.IntN(2) == 0 {
		text = groupDigits(s, "4-4-4-4-4-4-4-4", " ")
	}
	return value{kind: "iban", style: cc, text: text, strip: s[len(s)-10:]}
}

// ---- Chinese resident id ----

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "320102", "420102",
	"610113", "500103", "120101", "370202", "350203", "210102", "530102", "450102", "430104", "410105", "230103", "360102"}

func cnCheck(d17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(d17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func genCNID(r *rand.Rand) value {
	y := 1955 + r.IntN(50)
	m := 1 + r.IntN(12)
	d := 1 + r.IntN(28)
	body := fmt.Sprintf("%s%04d%02d%02d%03d", pick(r, cnRegions), y, m, d, r.IntN(999)+1)
	s := body + string(cnCheck(body))
	text := s
	if r.IntN(8) == 0 {
		text = s[:6] + " " + s[6:14] + " " + s[14:]
	}
	if s[17] == 'X' && r.IntN(5) == 0 {
		text = strings.Replace(text, "X", "x", 1)
	}
	return value{kind: "cn_id", style: map[bool]string{true: "x", false: "digit"}[s[17] == 'X'], text: text, strip: s[6:]}
}

// ---- credentials ----

// cred is a credential as written: the secret between what surrounds it.
type cred struct {
	style          string
	keys           []string
	before, secret string
	after          string
}

func jwt(r *rand.Rand) string {
	h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
	p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%s","iat":%d,"scope":"orders:read payments:write"}`, fromSet(r, hexLow, 12), 1764900000+r.IntN(9999999))))
	return h + "." + p + "." + fromSet(r, b64url, 43)
}

var credStyles = []string{"stripe_sk", "stripe_rk", "whsec", "adyen", "razorpay", "xendit", "midtrans", "mercadopago",
	"paymongo", "klaviyo", "mailchimp", "hubspot", "braze", "segment", "sentry_dsn", "db_url", "redis_auth", "env_password",
	"jwt", "bearer", "basic", "otp", "pin", "recovery", "telegram_bot", "meta_token", "line_token", "twilio", "sendgrid",
	"google_api", "aws_secret", "k8s_secret", "stream_key"}

func genCred(r *rand.Rand, style string, L *locData) cred {
	c := cred{style: style}
	switch style {
	case "stripe_sk":
		c.keys, c.secret = []string{"stripe_secret_key", "STRIPE_SECRET_KEY", "secretKey", "api_key"}, "sk_live_"+fromSet(r, alnum, 24+r.IntN(75))
	case "stripe_rk":
		c.keys, c.secret = []string{"restricted_key", "STRIPE_RESTRICTED_KEY", "stripe.apiKey"}, "rk_live_"+fromSet(r, alnum, 24+r.IntN(60))
	case "whsec":
		c.keys, c.secret = []string{"webhook_secret", "signing_secret", "STRIPE_WEBHOOK_SECRET", "endpointSecret"}, "whsec_"+fromSet(r, alnum, 32)
	case "adyen":
		c.keys, c.secret = []string{"x-api-key", "ADYEN_API_KEY", "adyen.apiKey"}, "AQE"+fromSet(r, alnum, 3)+"hmfxL"+fromSet(r, alnum, 40)+"=-"+fromSet(r, alnum, 20)+"/"+fromSet(r, alnum, 12)+"="
	case "razorpay":
		c.keys, c.secret = []string{"key_secret", "RAZORPAY_KEY_SECRET", "razorpay.keySecret"}, fromSet(r, alnum, 24)
	case "xendit":
		c.keys, c.secret = []string{"xendit_secret_key", "XENDIT_SECRET_KEY", "secret_api_key"}, "xnd_production_"+fromSet(r, alnum, 50)
	case "midtrans":
		c.keys, c.secret = []string{"server_key", "MIDTRANS_SERVER_KEY", "serverKey"}, "Mid-server-"+fromSet(r, b64url, 24)
	case "mercadopago":
		c.keys, c.secret = []string{"access_token", "MP_ACCESS_TOKEN", "accessToken"}, fmt.Sprintf("APP_USR-%s-%s-%s-%s", digitsN(r, 16), digitsN(r, 6), fromSet(r, hexLow, 32), digitsN(r, 9))
	case "paymongo":
		c.keys, c.secret = []string{"paymongo_secret_key", "PAYMONGO_SECRET", "secret_key"}, "sk_live_"+fromSet(r, alnum, 24)
	case "klaviyo":
		c.keys, c.secret = []string{"klaviyo_private_key", "KLAVIYO_API_KEY", "Authorization: Klaviyo-API-Key"}, "pk_"+fromSet(r, hexLow, 34)
	case "mailchimp":
		c.keys, c.secret = []string{"mailchimp_api_key", "MAILCHIMP_API_KEY", "apikey"}, fromSet(r, hexLow, 32)+"-us"+strconv.Itoa(r.IntN(21)+1)
	case "hubspot":
		c.keys, c.secret = []string{"hubspot_token", "HUBSPOT_ACCESS_TOKEN", "private_app_token"}, fmt.Sprintf("pat-%s-%s-%s-%s-%s-%s", pick(r, []string{"na1", "eu1"}), fromSet(r, hexLow, 8), fromSet(r, hexLow, 4), fromSet(r, hexLow, 4), fromSet(r, hexLow, 4), fromSet(r, hexLow, 12))
	case "braze":
		c.keys, c.secret = []string{"braze_api_key", "BRAZE_REST_API_KEY", "api_key"}, fmt.Sprintf("%s-%s-%s-%s-%s", fromSet(r, hexLow, 8), fromSet(r, hexLow, 4), fromSet(r, hexLow, 4), fromSet(r, hexLow, 4), fromSet(r, hexLow, 12))
	case "segment":
		c.keys, c.secret = []string{"writeKey", "SEGMENT_WRITE_KEY", "segment_write_key"}, fromSet(r, alnum, 32)
	case "sentry_dsn":
		c.keys = []string{"dsn", "SENTRY_DSN", "sentry.dsn"}
		c.before, c.secret, c.after = "https://"+fromSet(r, hexLow, 32)+":", fromSet(r, hexLow, 32), fmt.Sprintf("@o%d.ingest.sentry.io/%d", 100000+r.IntN(899999), 4500000+r.IntN(99999))
	case "db_url":
		c.keys = []string{"DATABASE_URL", "dsn", "datasource.url", "db_url"}
		c.before = pick(r, []string{"postgres://", "postgresql://", "mysql://", "mongodb+srv://"}) + pick(r, []string{"app_rw", "orders_svc", "payments", "crm_sync", "admin"}) + ":"
		c.secret = fromSet(r, alnum, 10+r.IntN(12)) + pick(r, []string{"!", "", "#", "_9", ""})
		c.after = "@" + pick(r, []string{"db-payments.internal:5432/orders", "10.20.4.11:3306/crm", "cluster0.x7k2p.mongodb.net/shop", "pg-replica-2.svc:5432/ledger"})
	case "redis_auth":
		c.keys, c.before, c.secret = []string{"cmd", "command"}, "AUTH ", fromSet(r, alnum, 16+r.IntN(16))
	case "env_password":
		c.keys, c.secret = []string{"DB_PASSWORD", "SMTP_PASSWORD", "password", "REDIS_PASSWORD", "admin_password", "passwd"}, pick(r, []string{"", "Summer", "Kopi", "Tr0pic", "Bl4ck"})+fromSet(r, alnum, 8+r.IntN(8))+pick(r, []string{"!", "@", "", "#2026", "$"})
	case "jwt":
		c.keys, c.secret = []string{"id_token", "access_token", "jwt", "session_token"}, jwt(r)
	case "bearer":
		c.keys, c.before, c.secret = []string{"Authorization", "authorization"}, "Bearer ", fromSet(r, alnum, 40+r.IntN(24))
	case "basic":
		u := pick(r, []string{"merchant_api", "ops", "sync-bot", "finance", "partner-" + digitsN(r, 4)})
		p := fromSet(r, alnum, 10+r.IntN(10))
		c.keys, c.before, c.secret = []string{"Authorization", "authorization", "Proxy-Authorization"}, "Basic ", base64.StdEncoding.EncodeToString([]byte(u+":"+p))
	case "otp":
		c.keys, c.secret = []string{"otp", "verification_code", "code", "otp_code", "pin_code"}, digitsN(r, 4+r.IntN(5))
		if c.secret[0] == '0' || strings.HasPrefix(c.secret, "20") || strings.HasPrefix(c.secret, "19") {
			c.secret = strconv.Itoa(3+r.IntN(6)) + c.secret[1:]
		}
	case "pin":
		c.keys, c.secret = []string{"pin", "card_pin", "wallet_pin", "PIN"}, strconv.Itoa(3+r.IntN(6))+digitsN(r, 3+r.IntN(3))
	case "recovery":
		c.keys, c.secret = []string{"recovery_code", "backup_code", "recovery_codes"}, fromSet(r, "abcdefghjkmnpqrstuvwxyz23456789", 5)+"-"+fromSet(r, "abcdefghjkmnpqrstuvwxyz23456789", 5)
	case "telegram_bot":
		c.keys, c.secret = []string{"bot_token", "TELEGRAM_BOT_TOKEN", "token"}, strconv.Itoa(5000000000+r.IntN(999999999))+":AA"+fromSet(r, b64url, 33)
	case "meta_token":
		c.keys, c.secret = []string{"access_token", "WHATSAPP_TOKEN", "page_access_token"}, "EAAG"+fromSet(r, alnum, 100+r.IntN(80))
	case "line_token":
		c.keys, c.secret = []string{"channel_access_token", "LINE_CHANNEL_TOKEN", "channelAccessToken"}, fromSet(r, b64set, 100)+"/"+fromSet(r, alnum, 20)+"="
	case "twilio":
		c.keys, c.secret = []string{"auth_token", "TWILIO_AUTH_TOKEN", "twilio.authToken"}, fromSet(r, hexLow, 32)
	case "sendgrid":
		c.keys, c.secret = []string{"SENDGRID_API_KEY", "sendgrid_key", "apiKey"}, "SG."+fromSet(r, b64url, 22)+"."+fromSet(r, b64url, 43)
	case "google_api":
		c.keys, c.secret = []string{"key", "api_key", "GOOGLE_MAPS_API_KEY", "places_key"}, "AIza"+fromSet(r, b64url, 35)
	case "aws_secret":
		c.keys, c.secret = []string{"aws_secret_access_key", "AWS_SECRET_ACCESS_KEY", "secretAccessKey"}, fromSet(r, b64set, 40)
	case "k8s_secret":
		c.keys, c.secret = []string{"data.password", "data.api-key", "stringData.token"}, base64.StdEncoding.EncodeToString([]byte(fromSet(r, alnum, 18+r.IntN(10))))
	case "stream_key":
		c.keys, c.secret = []string{"stream_key", "rtmp_key", "streamKey"}, "live_"+digitsN(r, 9)+"_"+fromSet(r, alnum, 30)
	default:
		panic(style)
	}
	return c
}

func credValue(c cred) value {
	v := value{kind: "credential", style: c.style, text: c.secret}
	allDigits := strings.IndexFunc(c.secret, func(x rune) bool { return x < '0' || x > '9' }) < 0
	switch {
	case allDigits:
		v.digits = true
	case len(c.secret) >= 24:
		v.subs = []string{c.secret[len(c.secret)/2:]}
	default:
		v.subs = []string{c.secret}
	}
	return v
}
