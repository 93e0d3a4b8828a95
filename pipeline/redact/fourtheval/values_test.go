package fourtheval

import (
	"encoding/base64"
	"fmt"
	"strings"
	"unicode"
)

var kinds = []string{"email", "phone", "card", "iban", "cn_id", "credential", "name", "address"}

// strictKinds must never leak (the zero-leak kinds).
var strictKinds = map[string]bool{"card": true, "iban": true, "cn_id": true, "credential": true}

// ---- names ----

func newName(g *gen, pr person) *pii {
	p := &pii{Kind: "name", Loc: g.loc.code, Sub: "full", Text: pr.Full, Form: g.loc.code + " " + pr.Script + " " + pr.Form}
	switch x := g.n(100); {
	case x < 12 && pr.Given != "":
		p.Sub, p.Text, p.Form = "given", pr.Given, g.loc.code+" "+pr.Script+" given only"
	case x < 25 && pr.Family != "":
		p.Sub, p.Text, p.Form = "family", pr.Family, g.loc.code+" "+pr.Script+" family only"
	}
	return p
}

// ---- phones ----

func newPhone(g *gen) *pii {
	pl := g.loc.phone
	var mob, land []numType
	for _, t := range pl.types {
		if t.mobile {
			mob = append(mob, t)
		} else {
			land = append(land, t)
		}
	}
	t := pick(g, mob)
	kind := "mobile"
	if len(land) > 0 && g.p(0.25) {
		t, kind = pick(g, land), "landline"
	}
	pre := pick(g, t.pre)
	nsn := pre + g.digits(t.n-len(pre))
	intl := g.p(0.45)
	pat := pick(g, t.nat)
	if intl {
		pat = pick(g, t.intl)
	}
	text, lit := renderPattern(pat, nsn)
	form := "nat"
	if intl {
		form = "intl"
	}
	return &pii{Kind: "phone", Loc: g.loc.code, Text: text, Digits: onlyDigits(text[len(lit):]),
		Form: fmt.Sprintf("%s %s %s", g.loc.code, kind, form), Shape: pat}
}

// renderPattern fills '#' with the digits of nsn; it returns the text and
// the literal prefix before the first '#'.
func renderPattern(pat, nsn string) (string, string) {
	var b strings.Builder
	i := 0
	lit := -1
	for k, r := range pat {
		if r == '#' {
			if lit < 0 {
				lit = k
			}
			b.WriteByte(nsn[i])
			i++
		} else {
			b.WriteRune(r)
		}
	}
	if i != len(nsn) {
		panic(fmt.Sprintf("phone pattern %q does not fit %d digits", pat, len(nsn)))
	}
	return b.String(), pat[:lit]
}

// ---- emails ----

var asciiFold = strings.NewReplacer(
	"á", "a", "à", "a", "â", "a", "ä", "a", "ã", "a", "å", "a", "æ", "ae", "ç", "c", "é", "e", "è", "e", "ê", "e", "ë", "e",
	"í", "i", "ì", "i", "î", "i", "ï", "i", "ñ", "n", "ó", "o", "ò", "o", "ô", "o", "ö", "o", "õ", "o", "ø", "o", "ő", "o",
	"ú", "u", "ù", "u", "û", "u", "ü", "u", "ű", "u", "ß", "ss", "ā", "a", "ī", "i", "ō", "o", "ū", "u", "'", "", "’", "",
	"Á", "A", "É", "E", "Í", "I", "Ó", "O", "Ö", "O", "Ú", "U", "Ü", "U", "Ø", "O", "Å", "A", "Æ", "AE", "Ñ", "N", "Ő", "O", "Ű", "U", "Ā", "A")

func emailPart(s string) string {
	s = strings.ToLower(asciiFold.Replace(s))
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 && (unicode.IsLetter(r) || unicode.IsDigit(r)) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func newEmail(g *gen, pr person) *pii {
	gv, fm := emailPart(strings.Fields(pr.GivenR + " x")[0]), emailPart(pr.FamR)
	if gv == "" {
		gv = "user"
	}
	if fm == "" {
		fm = "mail"
	}
	y := fmt.Sprint(g.rng(1960, 2006))
	var local, form string
	switch g.n(11) {
	case 0:
		local, form = gv+"."+fm, "given.family"
	case 1:
		local, form = gv+fm, "givenfamily"
	case 2:
		local, form = gv[:1]+"."+fm, "g.family"
	case 3:
		local, form = fm+"."+gv, "family.given"
	case 4:
		local, form = gv+"_"+fm+g.digits(2), "given_family99"
	case 5:
		local, form = gv+"."+fm+"+"+pick(g, L("shop;orders;shopee;lazada;amazon;ml;promo")), "plus-tag"
	case 6:
		local, form = gv+y, "given-year"
	case 7:
		local, form = gv[:1]+fm+g.digits(g.rng(1, 3)), "initial-family-digits"
	case 8:
		local, form = pick(g, L("mamba;sunflower;kopi;blue.sky;night.owl;chef;travel;gamer;lucky;tiger;dragon;queen;star"))+"."+fm+g.digits(2), "nickname"
	case 9:
		local, form = emailPart(g.f.Username()), "gofakeit username"
	default:
		local, form = capFirst(gv)+"."+capFirst(fm), "Capitalised"
	}
	dom := pick(g, g.loc.domains)
	if g.p(0.15) {
		dom = strings.ToLower(g.f.DomainName())
		form += " corporate"
	}
	if g.p(0.03) && pr.Script != "latin" {
		local, form = strings.ReplaceAll(pr.Given, " ", "")+"."+strings.ReplaceAll(pr.Family, " ", ""), "unicode local part"
	}
	text := local + "@" + dom
	if g.p(0.05) {
		text = strings.ToUpper(text[:1]) + text[1:]
	}
	return &pii{Kind: "email", Loc: g.loc.code, Text: text, Form: form}
}

// ---- addresses ----

func newAddress(g *gen, ctx string) *pii {
	a := g.loc.address(g)
	text, variant := a.full, "full"
	switch {
	case (ctx == "email" || ctx == "chat" || ctx == "php") && g.p(0.3):
		text, variant = strings.Join(nonEmpty(a.lines), "\n"), "multiline"
	case (ctx == "field" || ctx == "json_string" || ctx == "graphql" || ctx == "xml" || ctx == "sql" || ctx == "csv" || ctx == "form") && g.p(0.35):
		text, variant = a.line1, "line1"
	case g.p(0.1):
		text, variant = a.line1, "line1"
	}
	p := &pii{Kind: "address", Loc: g.loc.code, Text: text, Form: a.form + " " + variant, street: a.street, locality: a.locality}
	p.idents = map[string]bool{}
	for _, s := range append([]string{a.street}, a.idents...) {
		for _, t := range tokens(normText(s)) {
			p.idents[t] = true
		}
	}
	return p
}

func nonEmpty(xs []string) []string {
	var out []string
	for _, x := range xs {
		if strings.TrimSpace(x) != "" {
			out = append(out, x)
		}
	}
	return out
}

// ---- cards ----

type issuer struct {
	brand string
	pre   []string
	lens  []int
}

func rangeStr(a, b int) []string {
	var out []string
	for i := a; i <= b; i++ {
		out = append(out, fmt.Sprint(i))
	}
	return out
}

var issuers = map[string]issuer{
	"visa":       {"Visa", L("4"), []int{16}},
	"mastercard": {"Mastercard", append(L("51;52;53;54;55"), rangeStr(2221, 2720)...), []int{16}},
	"amex":       {"Amex", L("34;37"), []int{15}},
	"discover":   {"Discover", append(L("6011;65"), rangeStr(644, 649)...), []int{16}},
	"jcb":        {"JCB", rangeStr(3528, 3589), []int{16}},
	"diners":     {"Diners", L("36;300;301;302;303;304;305;38"), []int{14}},
	"unionpay":   {"UnionPay", L("62"), []int{16, 19}},
	"maestro":    {"Maestro", L("5018;5020;5038;6304;6759;6761;6763"), []int{16, 19}},
	"elo":        {"Elo", L("401178;401179;431274;438935;451416;457393;504175;506699;509048;627780;636297;636368"), []int{16}},
	"hipercard":  {"Hipercard", L("606282"), []int{16}},
	"mir":        {"Mir", rangeStr(2200, 2204), []int{16}},
	"dankort":    {"Dankort", L("5019"), []int{16}},
	"bancontact": {"Bancontact", L("6703"), []int{16, 19}},
	"meeza":      {"Meeza", L("507803;507808;507809;507810"), []int{16}},
	"cabal":      {"Cabal", L("604201;604202;603522;589657"), []int{16}},
	"naranja":    {"Naranja", L("589562"), []int{16}},
	"verve":      {"Verve", append(rangeStr(506099, 506198), rangeStr(650002, 650027)...), []int{16, 19}},
	"prostir":    {"ПРОСТІР", L("9804"), []int{16}},
}

func newCard(g *gen) *pii {
	name := pick(g, g.loc.cards)
	is := issuers[name]
	pre := pick(g, is.pre)
	n := pick(g, is.lens)
	body := pre + g.digits(n-len(pre)-1)
	num := body + string(luhnDigit(body))
	var text, grp string
	sep := " "
	if g.p(0.2) {
		sep = "-"
	}
	switch x := g.n(100); {
	case x < 45:
		text, grp = num, "compact"
	default:
		switch n {
		case 15:
			text = group(num, sep, 4, 6, 5)
		case 14:
			text = group(num, sep, 4, 6, 4)
		default:
			text = group(num, sep, 4)
		}
		grp = "grouped" + sep
	}
	return &pii{Kind: "card", Loc: g.loc.code, Text: text, Digits: num, issuer: is.brand, Form: fmt.Sprintf("%s %d %s", name, n, grp)}
}

// ---- IBAN ----

type ibanSpec struct {
	spec  string // comma list of <n><n|a|c>
	banks []string
}

var ibanSpecs = map[string]ibanSpec{
	"PK": {"4a,16c", L("SCBL;HABB;MUCB;UNIL;ALFH;MEZN;BAHL;NBPA")},
	"EG": {"4n,4n,17n", nil},
	"UA": {"6n,19c", nil},
	"HU": {"24n", nil},
	"FI": {"14n", nil},
	"NO": {"11n", nil},
	"DK": {"14n", nil},
	"BR": {"8n,5n,10n,1a,1c", nil},
	"IT": {"1a,5n,5n,12c", nil},
	"CH": {"5n,12c", nil},
	"BE": {"12n", nil},
	"NL": {"4a,10n", L("ABNA;RABO;INGB;TRIO;KNAB;SNSB;ASNB;BUNQ")},
	"DE": {"18n", nil},
	"FR": {"5n,5n,11c,2n", nil},
	"GB": {"4a,6n,8n", L("NWBK;BARC;HBUK;LOYD;MIDL;MONZ;REVO")},
	"IE": {"4a,6n,8n", L("AIBK;BOFI;IPBS")},
	"ES": {"20n", nil},
	"AE": {"3n,16n", nil},
	"SA": {"2n,18c", nil},
	"QA": {"4a,21c", L("QNBA;DOHB;CBQA")},
	"KW": {"4a,22c", L("NBOK;CBKU;GULB")},
	"PL": {"24n", nil},
}

func newIBAN(g *gen) *pii {
	cc := pick(g, g.loc.ibanCC)
	sp := ibanSpecs[cc]
	var b strings.Builder
	for i, part := range strings.Split(sp.spec, ",") {
		var k int
		var t byte
		fmt.Sscanf(part[:len(part)-1], "%d", &k)
		t = part[len(part)-1]
		if i == 0 && t == 'a' && len(sp.banks) > 0 {
			b.WriteString(pick(g, sp.banks))
			continue
		}
		switch t {
		case 'n':
			b.WriteString(g.digits(k))
		case 'a':
			b.WriteString(g.from(upperA, k))
		case 'c':
			if g.p(0.85) {
				b.WriteString(g.digits(k))
			} else {
				b.WriteString(g.from(upperAN, k))
			}
		}
	}
	bban := b.String()
	chk := 98 - mod97(bban+cc+"00")
	iban := fmt.Sprintf("%s%02d%s", cc, chk, bban)
	text, form := iban, "compact"
	if g.p(0.4) {
		text, form = group(iban, " ", 4), "groups of four"
	}
	return &pii{Kind: "iban", Loc: g.loc.code, Text: text, Form: cc + " " + form, Digits: iban}
}

// ---- cn_id ----

var cnRegions = L("110101;110105;110108;120101;310101;310104;310115;320102;320506;330102;330106;340104;350203;370202;410105;420106;430104;440103;440106;440304;440305;450103;500103;510104;510107;520102;530102;610113;620102;210102;220102;230103")

func cnCheck(s17 string) byte {
	w := []int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}
	sum := 0
	for i := 0; i < 17; i++ {
		sum += int(s17[i]-'0') * w[i]
	}
	return "10X98765432"[sum%11]
}

func newCNID(g *gen) *pii {
	y := g.rng(1955, 2004)
	m := g.rng(1, 12)
	d := g.rng(1, 28)
	s17 := fmt.Sprintf("%s%04d%02d%02d%03d", pick(g, cnRegions), y, m, d, g.rng(1, 999))
	id := s17 + string(cnCheck(s17))
	text, form := id, "compact"
	switch x := g.n(100); {
	case x < 10:
		text, form = id[:6]+" "+id[6:14]+" "+id[14:], "6-8-4"
	case x < 14 && id[17] == 'X':
		text, form = strings.ToLower(id), "lower x"
	}
	if id[17] == 'X' {
		form += " X"
	}
	return &pii{Kind: "cn_id", Loc: g.loc.code, Text: text, Digits: onlyDigits(id), Form: form}
}

// ---- credentials ----

type credForm struct {
	name    string
	weight  int
	gen     func(g *gen) (text, secret string)
	keys    []string // key phrases
	pw      bool     // password-like: the locale's password keys apply
	hdr     []string // header names
	hdrPfx  string   // value prefix in Authorization-like headers
	clauses []string
}

func b64(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }

var pwWords = L("Winter;Summer;Kimchi;Manila;Sakura;Pancit;Mango;Dragon;Hunter;Kopi;Tiger;Falcon;Samba;Tango;Bacalhau;Fjord;Hygge;Paprika;Kozak;Bogota;Pampa;Maple;Kiwi;Jollof;Cumbia;Lasagna;Matcha;Biryani;Koshary;Halo;Sunshine;Welcome;Monkey;Shadow;Pinoy;Chocolate;Futbol;Azteca;Inca;Sisu")

func jwt(g *gen) (string, string) {
	hdr := pick(g, L("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9;eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6IjEifQ;eyJ0eXAiOiJKV1QiLCJhbGciOiJFUzI1NiJ9"))
	claims := fmt.Sprintf(`{"sub":"%d","iat":%d,"exp":%d,"scope":"%s","jti":"%s"}`, g.rng(10000, 99999999), g.epoch(), g.epoch()+3600, pick(g, L("orders:read;checkout;admin;seller.api")), g.hex(16))
	pl := strings.TrimRight(base64.URLEncoding.EncodeToString([]byte(claims)), "=")
	sig := g.from(b64url, pick(g, []int{43, 43, 86, 342}))
	return hdr + "." + pl + "." + sig, pl + sig
}

var credForms = []*credForm{
	{name: "password human", weight: 14, pw: true, gen: func(g *gen) (string, string) {
		w := pick(g, pwWords)
		if g.p(0.3) {
			w = strings.ToLower(w)
		}
		s := w + pick(g, []string{fmt.Sprint(g.rng(2019, 2026)), g.digits(g.rng(2, 4)), ""}) + pick(g, L("!;@;#;$;*;.;!!;_")) + pick(g, []string{"", g.digits(2)})
		if len(s) < 8 {
			s += g.digits(8 - len(s))
		}
		return s, s
	}, hdr: L("X-Password;X-Admin-Password;X-Db-Password"), clauses: L("password=%s;pwd: %s;password: %s;login failed with password %s;passwd=%s;new password %s;SMTP_PASSWORD=%s;DB_PASS=%s")},
	{name: "password random", weight: 8, pw: true, gen: func(g *gen) (string, string) {
		s := g.f.Password(true, true, true, g.p(0.6), false, g.rng(10, 22))
		return s, s
	}, hdr: L("X-Password;X-Api-Password"), clauses: L("password=%s;pwd=%s;mysql -u shop -p%s;--password=%s;password: %s")},
	{name: "api key hex", weight: 5, gen: func(g *gen) (string, string) { s := g.hex(32); return s, s },
		keys: L("api key;x api key;api-key;secret key;datadog api key;mailchimp api key;algolia admin key;app secret;client secret;partner key;apikey"), hdr: L("X-Api-Key;Api-Key;X-Auth-Key;DD-API-KEY"), clauses: L("api_key=%s;X-Api-Key: %s;apiKey=%s;DD_API_KEY=%s;secret_key: %s")},
	{name: "api key base62", weight: 5, gen: func(g *gen) (string, string) { s := g.from(b62, g.rng(32, 48)); return s, s },
		keys: L("api key;access key;app secret;consumer secret;webhook secret;signing secret;shared secret;partner key;secret;private key"), hdr: L("X-Api-Key;X-Partner-Key;X-Auth-Token"), clauses: L("api_key=%s;consumer_secret=%s;X-Api-Key: %s;app_secret: %s;partner_key=%s;secret=%s")},
	{name: "jwt", weight: 9, gen: jwt,
		keys: L("access token;id token;jwt;token;auth token;refresh token;authorization"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("Bearer %s;token=%s;jwt=%s;id_token %s;%s;Authorization: Bearer %s")},
	{name: "bearer opaque", weight: 5, gen: func(g *gen) (string, string) { s := g.from(b64url, g.rng(32, 64)); return s, s },
		keys: L("access token;oauth token;token;bearer token;authorization"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("Authorization: Bearer %s;Bearer %s;access_token=%s;oauth_token=%s")},
	{name: "aws access key id", weight: 3, gen: func(g *gen) (string, string) {
		s := g.from("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)
		return g.pk("AKIA", "ASIA") + s, s
	}, keys: L("aws access key id;access key id;aws key"), hdr: L("X-Aws-Access-Key-Id"), clauses: L("AWS key %s;aws_access_key_id=%s;%s;Credential=%s/20240518/ap-southeast-1/s3/aws4_request;AWS_ACCESS_KEY_ID=%s")},
	{name: "aws secret key", weight: 3, gen: func(g *gen) (string, string) { s := g.from(b62+"/+", 40); return s, s },
		keys: L("aws secret access key;secret access key;aws secret"), hdr: L("X-Aws-Secret"), clauses: L("aws_secret_access_key=%s;AWS_SECRET_ACCESS_KEY=%s;secretAccessKey: %s")},
	{name: "github token", weight: 3, gen: func(g *gen) (string, string) {
		if g.p(0.3) {
			s := g.from(b62, 22) + "_" + g.from(b62, 59)
			return "github_pat_" + s, s
		}
		s := g.from(b62, 36)
		return g.pk("ghp_", "gho_", "ghs_", "ghu_") + s, s
	}, keys: L("github token;gh token;token;ci token"), hdr: L("Authorization"), hdrPfx: "token ", clauses: L("%s;GITHUB_TOKEN=%s;token %s;git clone https://x-access-token:%s@github.com/shop/infra.git")},
	{name: "gitlab token", weight: 2, gen: func(g *gen) (string, string) { s := g.from(b64url, 20); return "glpat-" + s, s },
		keys: L("gitlab token;private token"), hdr: L("PRIVATE-TOKEN"), clauses: L("%s;PRIVATE-TOKEN: %s;GITLAB_TOKEN=%s")},
	{name: "slack token", weight: 2, gen: func(g *gen) (string, string) {
		s := g.digits(11) + "-" + g.digits(13) + "-" + g.from(b62, 24)
		return g.pk("xoxb-", "xoxp-") + s, s
	}, keys: L("slack token;slack bot token;bot token"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("%s;SLACK_BOT_TOKEN=%s;slack token %s")},
	{name: "slack webhook url", weight: 2, gen: func(g *gen) (string, string) {
		s := g.from(b62, 24)
		return "https://hooks.slack.com/services/T0" + g.from(upperAN, 8) + "/B0" + g.from(upperAN, 8) + "/" + s, s
	}, keys: L("webhook url;slack webhook;alert webhook"), hdr: L("X-Webhook-Url"), clauses: L("posting alert to %s;webhook=%s;%s")},
	{name: "stripe key", weight: 4, gen: func(g *gen) (string, string) {
		if g.p(0.2) {
			s := g.from(b62, 32)
			return "whsec_" + s, s
		}
		s := g.from(b62, pick(g, []int{24, 99}))
		return g.pk("sk_live_", "rk_live_", "sk_test_") + s, s
	}, keys: L("stripe secret key;stripe api key;stripe key;secret key;webhook secret"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("%s;stripe key %s;STRIPE_SECRET_KEY=%s;using %s")},
	{name: "shopify token", weight: 3, gen: func(g *gen) (string, string) { s := g.hex(32); return g.pk("shpat_", "shpss_", "shpca_") + s, s },
		keys: L("shopify access token;access token;admin api token"), hdr: L("X-Shopify-Access-Token"), clauses: L("%s;X-Shopify-Access-Token: %s;SHOPIFY_TOKEN=%s")},
	{name: "google api key", weight: 2, gen: func(g *gen) (string, string) { s := g.from(b64url, 35); return "AIza" + s, s },
		keys: L("google api key;maps key;firebase api key;key"), hdr: L("X-Goog-Api-Key"), clauses: L("%s;key=%s;GOOGLE_MAPS_API_KEY=%s")},
	{name: "sendgrid key", weight: 2, gen: func(g *gen) (string, string) {
		s := g.from(b64url, 22) + "." + g.from(b64url, 43)
		return "SG." + s, s
	}, keys: L("sendgrid api key;smtp password;mail api key"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("%s;SENDGRID_API_KEY=%s;smtp password %s")},
	{name: "twilio auth token", weight: 2, gen: func(g *gen) (string, string) { s := g.hex(32); return s, s },
		keys: L("auth token;twilio auth token;twilio token"), hdr: L("X-Twilio-Auth-Token"), clauses: L("TWILIO_AUTH_TOKEN=%s;auth_token=%s;authToken: %s")},
	{name: "mailgun key", weight: 1, gen: func(g *gen) (string, string) { s := g.hex(32); return "key-" + s, s },
		keys: L("mailgun api key;mailgun key"), hdr: L("X-Mailgun-Key"), clauses: L("%s;MAILGUN_API_KEY=%s")},
	{name: "openai key", weight: 2, gen: func(g *gen) (string, string) { s := g.from(b64url, 64); return "sk-proj-" + s, s },
		keys: L("openai api key;llm key"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("%s;OPENAI_API_KEY=%s")},
	{name: "anthropic key", weight: 1, gen: func(g *gen) (string, string) { s := g.from(b64url, 93); return "sk-ant-api03-" + s + "AA", s },
		keys: L("anthropic api key;x api key"), hdr: L("x-api-key"), clauses: L("%s;ANTHROPIC_API_KEY=%s")},
	{name: "npm token", weight: 1, gen: func(g *gen) (string, string) { s := g.from(b62, 36); return "npm_" + s, s },
		keys: L("npm token;auth token"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("//registry.npmjs.org/:_authToken=%s;NPM_TOKEN=%s")},
	{name: "pypi token", weight: 1, gen: func(g *gen) (string, string) { s := g.from(b64url, 70); return "pypi-AgEIcHlwaS5vcmc" + s, s },
		keys: L("pypi token;twine password"), hdr: L("X-Pypi-Token"), clauses: L("%s;TWINE_PASSWORD=%s")},
	{name: "azure connection string", weight: 2, gen: func(g *gen) (string, string) {
		s := g.from(b62+"+/", 86) + "=="
		return "DefaultEndpointsProtocol=https;AccountName=" + pick(g, L("shopmedia;ordersblob;invoicesprod;cdnassets")) + ";AccountKey=" + s + ";EndpointSuffix=core.windows.net", s
	}, keys: L("connection string;storage connection;azure storage connection string"), hdr: L("X-Storage-Connection"), clauses: L("%s;connecting with %s;AZURE_STORAGE_CONNECTION_STRING=%s")},
	{name: "digitalocean token", weight: 1, gen: func(g *gen) (string, string) { s := g.hex(64); return "dop_v1_" + s, s },
		keys: L("digitalocean token;do token"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("%s;DIGITALOCEAN_TOKEN=%s")},
	{name: "mercadopago token", weight: 2, gen: func(g *gen) (string, string) {
		s := g.digits(16) + "-" + g.digits(6) + "-" + g.hex(32) + "-" + g.digits(9)
		return "APP_USR-" + s, s
	}, keys: L("access token;mp access token;mercadopago token"), hdr: L("Authorization"), hdrPfx: "Bearer ", clauses: L("%s;MP_ACCESS_TOKEN=%s;access_token=%s")},
	{name: "xendit key", weight: 1, gen: func(g *gen) (string, string) { s := g.from(b62, 60); return "xnd_production_" + s, s },
		keys: L("xendit secret key;xendit key"), hdr: L("X-Xendit-Key"), clauses: L("%s;XENDIT_SECRET_KEY=%s")},
	{name: "razorpay secret", weight: 1, gen: func(g *gen) (string, string) { s := g.from(b62, 24); return s, s },
		keys: L("razorpay key secret;key secret"), hdr: L("X-Razorpay-Secret"), clauses: L("key_secret=%s;RAZORPAY_KEY_SECRET=%s")},
	{name: "telegram bot token", weight: 2, gen: func(g *gen) (string, string) {
		s := "AA" + g.from(b64url, 33)
		return g.digits(g.rng(9, 10)) + ":" + s, s
	}, keys: L("bot token;telegram bot token;telegram token"), hdr: L("X-Telegram-Bot-Token"), clauses: L("POST https://api.telegram.org/bot%s/sendMessage;bot token %s;TELEGRAM_BOT_TOKEN=%s")},
	{name: "database url", weight: 4, gen: func(g *gen) (string, string) {
		pw := g.f.Password(true, true, true, false, false, g.rng(10, 18))
		user := pick(g, L("shop;app;orders_rw;admin;svc_checkout;root"))
		switch g.n(5) {
		case 0:
			return fmt.Sprintf("postgres://%s:%s@db-%d.internal:5432/shop?sslmode=require", user, pw, g.rng(1, 9)), pw
		case 1:
			return fmt.Sprintf("mongodb+srv://%s:%s@cluster0.%s.mongodb.net/orders", user, pw, g.from(lowerAN, 5)), pw
		case 2:
			return fmt.Sprintf("redis://:%s@redis-master:6379/0", pw), pw
		case 3:
			return fmt.Sprintf("amqp://%s:%s@rabbitmq:5672/shop", user, pw), pw
		}
		return fmt.Sprintf("mysql://%s:%s@tcp(mysql:3306)/shop", user, pw), pw
	}, keys: L("database url;dsn;mongo uri;redis url;broker url;connection string;db url"), hdr: L("X-Db-Url"), clauses: L("connecting to %s;DATABASE_URL=%s;dsn=%s;dial %s: connection refused")},
	{name: "basic auth", weight: 3, gen: func(g *gen) (string, string) {
		s := b64(pick(g, L("api;admin;shop;merchant;ops")) + ":" + g.f.Password(true, true, true, false, false, g.rng(10, 16)))
		return s, s
	}, keys: L("authorization;basic auth"), hdr: L("Authorization"), hdrPfx: "Basic ", clauses: L("Authorization: Basic %s;authorization=Basic %s")},
	{name: "pem private key", weight: 2, gen: func(g *gen) (string, string) {
		var lines []string
		for i := 0; i < g.rng(3, 5); i++ {
			lines = append(lines, g.from(b62+"+/", 64))
		}
		body := "MII" + strings.Join(lines, "\n")
		typ := g.pk("RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY")
		return "-----BEGIN " + typ + "-----\n" + body + "\n-----END " + typ + "-----", strings.Join(lines, "")
	}, keys: L("private key;signing key;tls key;ssh key"), hdr: L("X-Private-Key"), clauses: L("loaded signing key %s;private_key=%s;key material: %s")},
	{name: "session cookie", weight: 5, gen: func(g *gen) (string, string) {
		switch g.n(6) {
		case 0:
			s := g.from(b64url, g.rng(32, 48))
			return "session=" + s, s
		case 1:
			s := g.from(lowerAN, 26)
			return "PHPSESSID=" + s, s
		case 2:
			s := g.from(upperHex, 32)
			return "JSESSIONID=" + s, s
		case 3:
			s := g.from(b64url, 32) + "." + g.from(b64url, 43)
			return "connect.sid=s%3A" + s, s
		case 4:
			s := g.from(b62+"+/", 80) + "--" + g.hex(40)
			return "_shop_session=" + s, s
		}
		s := "eyJpdiI6Ij" + g.from(b62, 90)
		return "laravel_session=" + s, s
	}, keys: L("cookie;set cookie;request cookie"), hdr: L("Cookie;Set-Cookie"), clauses: []string{"Cookie: %s", "Set-Cookie: %s; Path=/; HttpOnly", "cookie %s"}},
	{name: "otp", weight: 3, gen: func(g *gen) (string, string) { s := g.digits(6); return s, s },
		keys: L("otp;otp code;verification code;sms code;one time password;2fa code"), hdr: L("X-Otp;X-2fa-Code"), clauses: L("OTP %s;your verification code is %s;OTP: %s. Do not share it;인증번호 [%s];código de verificación: %s;otp=%s")},
	{name: "webhook signature", weight: 2, gen: func(g *gen) (string, string) {
		if g.p(0.5) {
			s := g.from(b62+"+/", 43) + "="
			return s, s
		}
		s := g.hex(64)
		return fmt.Sprintf("t=%d,v1=%s", g.epoch(), s), s
	}, keys: L("signature;hmac;x shopify hmac sha256;stripe signature"), hdr: L("X-Shopify-Hmac-Sha256;Stripe-Signature;X-Signature"), clauses: L("X-Shopify-Hmac-Sha256: %s;Stripe-Signature: %s;signature=%s;hmac %s")},
	{name: "oauth client secret", weight: 3, gen: func(g *gen) (string, string) { s := g.from(b62, g.rng(32, 40)); return s, s },
		keys: L("client secret;oauth client secret;consumer secret;app secret"), hdr: L("X-Client-Secret"), clauses: L("client_secret=%s;grant_type=client_credentials&client_id=shop-sync&client_secret=%s;clientSecret: %s")},
}

var credTotal = func() int {
	t := 0
	for _, f := range credForms {
		t += f.weight
	}
	return t
}()

func newCred(g *gen) *pii {
	x := g.n(credTotal)
	var f *credForm
	for _, c := range credForms {
		if x < c.weight {
			f = c
			break
		}
		x -= c.weight
	}
	text, secret := f.gen(g)
	return &pii{Kind: "credential", Loc: g.loc.code, Text: text, Secret: secret, Sub: f.name, Form: f.name, cred: f}
}
