package twentyseventheval

import (
	"encoding/base64"
	"fmt"
	"math/big"
	"math/rand/v2"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// pii is one sensitive value placed in a case. text is the value itself;
// pre and post wrap it where it is written (a scheme, a DSN around a password).
type pii struct {
	kind, form, loc string
	text            string
	pre, post       string
	key             string // a key a program would log it under
	phrase          string // a free-text clause with %s
	spell           []string
}

const (
	kName  = "name"
	kAddr  = "address"
	kPhone = "phone"
	kEmail = "email"
	kCard  = "card"
	kIBAN  = "iban"
	kCNID  = "cn_id"
	kCred  = "credential"
)

var kinds = []string{kName, kAddr, kPhone, kEmail, kCard, kIBAN, kCNID, kCred}

var keysOf = map[string][]string{
	kName:  {"name", "customer_name", "buyer_name", "recipient", "full_name", "holder_name", "ship_to_name", "contact_person", "bill_name", "consignee"},
	kAddr:  {"address", "shipping_address", "addr", "street", "line1", "address1", "ship_to", "delivery_address", "billing_street", "consignee_address"},
	kPhone: {"phone", "mobile", "tel", "phone_number", "contact_no", "msisdn", "buyer_phone", "whatsapp", "recipient_phone", "cell"},
	kEmail: {"email", "mail", "customer_email", "buyer_email", "contact_email", "reply_to", "login", "notify_email"},
	kCard:  {"card_number", "pan", "card", "cc_number", "number", "payment_card", "acct", "card_no"},
	kIBAN:  {"iban", "payout_iban", "bank_account", "refund_iban", "account_iban", "beneficiary_account", "iban_no"},
	kCNID:  {"id_card", "id_number", "citizen_id", "resident_id", "national_id", "customs_id", "shenfenzheng", "identity_no"},
}

var phrasesOf = map[string][]string{
	kName:  {"synced for %s", "customer %s requested a refund", "Dear %s,", "account holder %s", "recipient: %s", "attn %s", "handed to %s at the door", "收件人 %s", "Empfänger %s", "entregado a %s", "chargeback opened by %s", "login as %s"},
	kAddr:  {"ship to %s (total 41.90)", "delivered to %s;", "address changed to %s.", "Lieferadresse: %s |", "dirección de envío %s;", "pickup from %s, status 200", "配送地址 %s", "return label for %s printed"},
	kPhone: {"call buyer at %s", "SMS sent to %s", "courier will ring %s", "WhatsApp %s notified", "callback requested: %s", "Telefon %s erreicht", "联系电话 %s", "contact no. %s updated"},
	kEmail: {"receipt mailed to %s", "invite bounced for %s", "password reset link sent to %s", "newsletter unsubscribed %s", "correo enviado a %s", "Rechnung an %s"},
	kCard:  {"charged card %s", "payment with %s declined", "card %s saved to vault", "refund to card %s queued", "tarjeta %s rechazada", "卡号 %s 支付失败"},
	kIBAN:  {"refund to IBAN %s", "payout account %s verified", "SEPA mandate for %s", "Rückerstattung auf %s", "virement vers %s"},
	kCNID:  {"customs clearance id %s", "身份证号 %s 校验通过", "importer id %s accepted", "KYC resident id %s", "清关身份证 %s"},
}

// ---- names ----

func genName(r *rand.Rand, p person) *pii {
	l := p.loc
	v := &pii{kind: kName, loc: l.code}
	cjk := strings.HasPrefix(l.code, "zh") || l.code == "ko_KR"
	native := func() string {
		if l.familyFirst {
			if cjk {
				return p.family + p.given
			}
			return p.family + " " + p.given
		}
		return p.given + " " + p.family
	}
	translit := func() string {
		if l.familyFirst {
			return p.latFamily + " " + p.latGiven
		}
		return p.latGiven + " " + p.latFamily
	}
	hon := func(s string) string {
		h := pick(r, l.hon)
		if strings.HasPrefix(h, "~") {
			return s + h[1:]
		}
		return h + s
	}
	switch x := r.IntN(9); x {
	case 0, 1:
		v.form, v.text = "name:native", native()
	case 2:
		v.form, v.text = "name:native+hon", hon(native())
	case 3:
		v.form, v.text = "name:translit", translit()
	case 4:
		h := pick(r, []string{"Mr. ", "Ms. ", "Mrs. ", "Dr. "})
		v.form, v.text = "name:translit+hon", h+translit()
	case 5:
		v.form, v.text = "name:upper", strings.ToUpper(p.latFamily)+", "+p.latGiven
	case 6:
		v.form, v.text = "name:lower", strings.ToLower(translit())
	case 7:
		v.form, v.text = "name:comma", p.latFamily+", "+p.latGiven
	default:
		if l.latGiven != nil {
			v.form, v.text = "name:mixed", native()+" ("+translit()+")"
		} else {
			v.form, v.text = "name:initial", p.latGiven[:1]+". "+p.latFamily
		}
	}
	return v
}

// ---- emails ----

func slug(s string) string {
	s = strings.ToLower(asciiFold(s))
	var b strings.Builder
	for _, c := range s {
		if c >= 'a' && c <= 'z' || c >= '0' && c <= '9' {
			b.WriteRune(c)
		}
	}
	if b.Len() == 0 {
		return "user"
	}
	return b.String()
}

func genEmail(r *rand.Rand, p person) *pii {
	g, f := slug(p.latGiven), slug(p.latFamily)
	d := pick(r, p.loc.domains)
	v := &pii{kind: kEmail, loc: p.loc.code}
	switch r.IntN(6) {
	case 0:
		v.form, v.text = "email:plain", g+"."+f+"@"+d
	case 1:
		v.form, v.text = "email:tag", g+"."+f+"+"+pick(r, []string{"shop", "orders", "amz", "2026"})+"@"+d
	case 2:
		v.form, v.text = "email:upper", strings.ToUpper(g[:1]+f)+"@"+strings.ToUpper(d)
	case 3:
		v.form, v.text = "email:digits", f+g[:1]+fmt.Sprint(1950+r.IntN(60))+"@"+d
	case 4:
		v.form, v.text = "email:corp", g+"_"+f+"@"+pick(r, []string{"mail.", "corp.", "eu."})+slug(p.latFamily)+"-trading.co"
	default:
		v.form, v.text = "email:underscore", f+"_"+g+fmt.Sprint(r.IntN(99))+"@"+d
	}
	return v
}

// ---- phones ----

func fillN(pat, nsn string) string {
	var b strings.Builder
	i := 0
	for _, c := range pat {
		if c == 'N' {
			b.WriteByte(nsn[i])
			i++
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func genPhone(r *rand.Rand, l *locale) *pii {
	pre := pick(r, l.prefixes)
	nsn := pre + digits(r, l.nsnLen-len(pre))
	v := &pii{kind: kPhone, loc: l.code}
	if r.IntN(2) == 0 {
		pat := pick(r, l.natFmt)
		// the patterns count the trunk separately where it is written
		v.form, v.text = "phone:national", fillN(pat, nsn)
		return v
	}
	pat := pick(r, l.intlFmt)
	switch {
	case strings.HasPrefix(pat, "(+"):
		v.form = "phone:paren"
	case strings.HasPrefix(pat, "00"):
		v.form = "phone:00"
	case !strings.HasPrefix(pat, "+"):
		v.form = "phone:noplus"
	case !strings.Contains(pat, " ") && !strings.Contains(pat, "-"):
		v.form = "phone:e164"
	default:
		v.form = "phone:intl"
	}
	v.text = fillN(pat, nsn)
	return v
}

// ---- addresses ----

func genAddress(r *rand.Rand, f *gofakeit.Faker, l *locale) *pii {
	v := &pii{kind: kAddr, loc: l.code}
	if l.fake {
		switch r.IntN(3) {
		case 0:
			v.form, v.text = "address:full", f.Street()+", "+f.City()+", "+f.StateAbr()+" "+f.Zip()
		case 1:
			v.form, v.text = "address:unit", f.Street()+" Apt "+fmt.Sprint(1+r.IntN(40))+", "+f.City()+", "+f.StateAbr()+" "+f.Zip()
		default:
			v.form, v.text = "address:street", f.Street()
		}
		return v
	}
	if r.IntN(4) == 0 {
		v.form = "address:street"
		s := pick(r, l.streets)
		n := fmt.Sprint(1 + r.IntN(240))
		switch {
		case strings.HasPrefix(l.code, "zh") || l.code == "ja_JP":
			v.text = pick(r, l.cities) + s + n + "号"
		case l.code == "ko_KR" || l.code == "en_GB" || l.code == "en_AU" || l.code == "en_NG" || l.code == "fr_FR" || l.code == "fil_PH" || l.code == "en_IN" || l.code == "sw_KE":
			v.text = n + " " + s
		default:
			v.text = s + " " + n
		}
		return v
	}
	v.form = "address:full"
	t := pick(r, l.addrFmt)
	t = strings.ReplaceAll(t, "{n}", fmt.Sprint(1+r.IntN(240)))
	t = strings.ReplaceAll(t, "{u}", fmt.Sprint(1+r.IntN(30)))
	t = strings.ReplaceAll(t, "{s}", pick(r, l.streets))
	t = strings.ReplaceAll(t, "{c}", pick(r, l.cities))
	t = strings.ReplaceAll(t, "{st}", pick(r, []string{"NSW", "VIC", "QLD", "CA", "TX"}))
	t = strings.ReplaceAll(t, "{z}", fillPattern(r, l.zip))
	v.text = t
	return v
}

// ---- cards ----

type issuer struct {
	name     string
	prefixes []string
	lengths  []int
}

var issuers = []issuer{
	{"visa", []string{"4"}, []int{16, 16, 16, 19}},
	{"mastercard", []string{"51", "52", "53", "54", "55", "2221", "2298", "2720", "2305"}, []int{16}},
	{"amex", []string{"34", "37"}, []int{15}},
	{"discover", []string{"6011", "644", "649", "65"}, []int{16}},
	{"jcb", []string{"3528", "3543", "3566", "3589"}, []int{16}},
	{"unionpay", []string{"62", "6212", "6228"}, []int{16, 19}},
	{"diners", []string{"36", "300", "305", "38"}, []int{14}},
	{"maestro", []string{"6759", "5018", "5020", "6304"}, []int{16, 19}},
	{"mir", []string{"2200", "2201", "2202", "2204"}, []int{16}},
	{"rupay", []string{"6521", "6522", "508"}, []int{16}},
	{"elo", []string{"636368", "504175", "509048"}, []int{16}},
	{"troy", []string{"9792"}, []int{16}},
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

func group(s string, sizes []int, sep string) string {
	var parts []string
	i := 0
	for _, n := range sizes {
		if i >= len(s) {
			break
		}
		j := min(i+n, len(s))
		parts = append(parts, s[i:j])
		i = j
	}
	if i < len(s) {
		parts = append(parts, s[i:])
	}
	return strings.Join(parts, sep)
}

func genCard(r *rand.Rand) *pii {
	is := pick(r, issuers)
	p := pick(r, is.prefixes)
	n := pick(r, is.lengths)
	body := p + digits(r, n-1-len(p))
	num := body + string(luhnDigit(body))
	v := &pii{kind: kCard, loc: "-", form: "card:" + is.name}
	var sizes []int
	switch n {
	case 15:
		sizes = []int{4, 6, 5}
	case 14:
		sizes = []int{4, 6, 4}
	default:
		sizes = []int{4, 4, 4, 4}
	}
	switch r.IntN(3) {
	case 0:
		v.text = num
		v.form += ":compact"
	case 1:
		v.text = group(num, sizes, " ")
		v.form += ":spaced"
	default:
		v.text = group(num, sizes, "-")
		v.form += ":dashed"
	}
	return v
}

// ---- IBANs ----

// ibanSpecs: BBAN pattern, n digit, a upper letter, c alphanumeric (upper + digit).
var ibanSpecs = map[string]string{
	"DE": "18n", "FR": "10n11c2n", "GB": "4a14n", "ES": "20n", "IT": "1a10n12c", "NL": "4a10n", "BE": "12n", "PL": "24n",
	"PT": "21n", "CH": "5n12c", "AT": "16n", "SE": "20n", "NO": "11n", "DK": "14n", "FI": "14n", "IE": "4a14n", "TR": "5n1n16c",
	"SA": "2n18c", "AE": "3n16n", "BR": "23n1a1c", "RO": "4a16c", "HU": "24n", "CZ": "20n", "GR": "7n16c", "IL": "19n",
	"UA": "6n19c", "RU": "14n15c", "EG": "25n", "IR": "22n", "LU": "3n13c", "HR": "17n", "LT": "16n", "KZ": "3n13c", "MT": "4a5n18c",
}

var ibanCountries = []string{"DE", "FR", "GB", "ES", "IT", "NL", "BE", "PL", "PT", "CH", "AT", "SE", "NO", "DK", "FI", "IE", "TR", "SA", "AE", "BR", "RO", "HU", "CZ", "GR", "IL", "UA", "RU", "EG", "IR", "LU", "HR", "LT", "KZ", "MT"}

func genBBAN(r *rand.Rand, spec string) string {
	var b strings.Builder
	n := 0
	for _, c := range spec {
		if c >= '0' && c <= '9' {
			n = n*10 + int(c-'0')
			continue
		}
		for range n {
			switch c {
			case 'n':
				b.WriteByte(byte('0' + r.IntN(10)))
			case 'a':
				b.WriteByte(byte('A' + r.IntN(26)))
			default:
				if r.IntN(3) == 0 {
					b.WriteByte(byte('A' + r.IntN(26)))
				} else {
					b.WriteByte(byte('0' + r.IntN(10)))
				}
			}
		}
		n = 0
	}
	return b.String()
}

func ibanNumeric(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= 'A' && c <= 'Z' {
			b.WriteString(fmt.Sprint(int(c-'A') + 10))
		} else {
			b.WriteRune(c)
		}
	}
	return b.String()
}

func ibanCheck(cc, bban string) string {
	n, _ := new(big.Int).SetString(ibanNumeric(bban+cc+"00"), 10)
	m := new(big.Int).Mod(n, big.NewInt(97)).Int64()
	return fmt.Sprintf("%02d", 98-m)
}

func ibanValid(s string) bool {
	s = strings.ReplaceAll(s, " ", "")
	n, ok := new(big.Int).SetString(ibanNumeric(s[4:]+s[:4]), 10)
	return ok && new(big.Int).Mod(n, big.NewInt(97)).Int64() == 1
}

func genIBAN(r *rand.Rand, l *locale) *pii {
	cc := l.iban
	if r.IntN(2) == 0 {
		cc = pick(r, ibanCountries)
	}
	bban := genBBAN(r, ibanSpecs[cc])
	s := cc + ibanCheck(cc, bban) + bban
	v := &pii{kind: kIBAN, loc: l.code, form: "iban:" + cc}
	if r.IntN(2) == 0 {
		v.text = s
		v.form += ":compact"
	} else {
		v.text = group(s, []int{4, 4, 4, 4, 4, 4, 4, 4}, " ")
		v.form += ":grouped"
	}
	return v
}

// ---- Chinese resident ids ----

var cnRegions = []string{"110101", "110105", "310104", "310115", "440305", "440106", "510107", "330106", "320102", "420111", "500103", "610113", "370202", "350203", "210102", "430104"}

func cnCheck(s string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := range 17 {
		sum += int(s[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func genCNID(r *rand.Rand) *pii {
	for {
		y, m, d := 1950+r.IntN(56), 1+r.IntN(12), 1+r.IntN(28)
		body := fmt.Sprintf("%s%04d%02d%02d%03d", pick(r, cnRegions), y, m, d, r.IntN(1000))
		c := cnCheck(body)
		v := &pii{kind: kCNID, loc: "zh_CN", text: body + string(c)}
		if c == 'X' {
			v.form = "cn_id:x"
		} else {
			v.form = "cn_id:digit"
			if r.IntN(8) == 0 {
				continue // keep X-ended ids frequent
			}
		}
		return v
	}
}

// ---- credentials ----

const alnum = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"

func rnd(r *rand.Rand, set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[r.IntN(len(set))]
	}
	return string(b)
}

var humanWords = []string{"Sunshine", "Dragon", "Mariposa", "Kartoffel", "Tulipan", "Sakura", "Moonlight", "Kapibara", "Pelican", "Orchid", "Falcon", "Cerveza"}

func genCred(r *rand.Rand, f *gofakeit.Faker) *pii {
	v := &pii{kind: kCred, loc: "-"}
	switch r.IntN(12) {
	case 0, 1:
		v.form = "credential:password"
		if r.IntN(2) == 0 {
			v.text = f.Password(true, true, true, true, false, 10+r.IntN(8))
			v.text = pwdR.Replace(v.text)
		} else {
			v.text = pick(r, humanWords) + fmt.Sprint(1960+r.IntN(66)) + pick(r, []string{"!", "#", "$", "*", "."})
		}
		v.key = pick(r, []string{"password", "passwd", "db_pass", "smtp_password", "pwd", "passphrase", "client_secret", "new_password", "admin_pass", "mysql_pwd"})
		v.phrase = pick(r, []string{"password reset to %s", "temporary password %s issued", "login failed with password=%s", "smtp auth pass %s"})
	case 2, 3:
		v.form = "credential:vendor"
		switch r.IntN(10) {
		case 0:
			v.text = "sk_live_" + rnd(r, alnum, 24)
		case 1:
			v.text = "ghp_" + rnd(r, alnum, 36)
		case 2:
			v.text = "AKIA" + rnd(r, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
		case 3:
			v.text = "xoxb-" + digits(r, 11) + "-" + digits(r, 12) + "-" + rnd(r, alnum, 24)
		case 4:
			v.text = "AIza" + rnd(r, alnum+"-_", 35)
		case 5:
			v.text = "shpat_" + rnd(r, "0123456789abcdef", 32)
		case 6:
			v.text = "glpat-" + rnd(r, alnum+"-_", 20)
		case 7:
			v.text = "SG." + rnd(r, alnum+"-_", 22) + "." + rnd(r, alnum+"-_", 43)
		case 8:
			v.text = "hf_" + rnd(r, alnum, 34)
		default:
			v.text = "npm_" + rnd(r, alnum, 36)
		}
		v.key = pick(r, []string{"api_key", "apikey", "x-api-key", "access_token", "stripe_key", "token", "secret_key", "partner_key"})
		v.phrase = pick(r, []string{"using key %s", "rotated token %s", "webhook signed with %s"})
	case 4:
		v.form = "credential:bearer"
		v.pre = "Bearer "
		v.text = rnd(r, alnum+"-_", 40+r.IntN(20))
		v.key = "authorization"
		v.phrase = "upstream rejected Authorization: Bearer %s"
		v.phrase = "upstream rejected Authorization: %s"
	case 5:
		v.form = "credential:basic"
		v.pre = "Basic "
		v.text = base64.StdEncoding.EncodeToString([]byte(slug(f.FirstName()) + ":" + pick(r, humanWords) + fmt.Sprint(r.IntN(9999))))
		v.key = "authorization"
		v.phrase = "proxy sent Authorization: %s"
	case 6, 7:
		v.form = "credential:jwt"
		h := base64.RawURLEncoding.EncodeToString([]byte(`{"alg":"HS256","typ":"JWT"}`))
		p := base64.RawURLEncoding.EncodeToString([]byte(fmt.Sprintf(`{"sub":"%d","exp":%d,"scope":"orders"}`, r.IntN(1e6), 1760000000+r.IntN(1e7))))
		v.text = h + "." + p + "." + rnd(r, alnum+"-_", 43)
		v.key = pick(r, []string{"token", "id_token", "access_token", "jwt", "session_token"})
		v.phrase = "session token %s expired"
	case 8, 9:
		v.form = "credential:dsn"
		v.text = pick(r, humanWords) + rnd(r, alnum, 6) + pick(r, []string{"!", "", "9", "*"})
		scheme := pick(r, []string{"postgres://shop_rw:", "mysql://orders:", "redis://:", "amqp://svc-refunds:", "mongodb+srv://catalog:"})
		v.pre = scheme
		v.post = pick(r, []string{"@pg-3.internal:5432/shop", "@10.20.0.7:3306/orders?tls=true", "@cache-1:6379/0", "@mq.internal:5672/%2F", "@cluster0.ab12c.mongodb.net/catalog"})
		v.key = pick(r, []string{"dsn", "database_url", "DATABASE_URL", "redis_url", "broker_url"})
		v.phrase = "connecting to %s"
	default:
		v.form = "credential:otp"
		v.text = digits(r, 6)
		v.key = pick(r, []string{"otp", "verification_code", "otp_code", "mfa_code", "2fa_code"})
		v.phrase = pick(r, []string{"your verification code is %s", "OTP %s sent to buyer", "código de verificación: %s", "验证码 %s", "Ihr Bestätigungscode lautet %s"})
	}
	return v
}

var pwdR = strings.NewReplacer("'", "#", "\"", "%", "\\", "!", " ", "_", ",", ".", "&", "$", "=", "@", "?", "*", "{", "(", "}", ")", "[", "(", "]", ")", "<", "^", ">", "~", "|", "!", ";", ":", "/", "-", "`", "+")
