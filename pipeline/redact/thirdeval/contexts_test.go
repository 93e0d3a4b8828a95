package thirdeval

import (
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
)

// Log shapes ("contexts"). Every renderer takes its randomness from c.r only,
// and never branches on a value's content, so rendering a case twice — with
// the values and with placeholders — gives the same event around them.

var contexts = L("field|message|json_body|json_nested2|url_query|form_body|headers|framework|dotnet|node|tostring|logfmt|kv|csv|sql|k8s|smtp|sms|webhook|shipping|chat|echo")

var ctxKinds = map[string][]string{
	"shipping": {kName, kPhone, kAddr, kEmail},
	"sms":      {kPhone, kName, kAddr, kEmail, kCred},
	"smtp":     {kEmail, kName, kPhone, kAddr, kCred, kCard},
}

var lookContexts = L("field|message|json_body|json_nested2|url_query|form_body|headers|framework|dotnet|node|tostring|logfmt|kv|csv|sql|k8s|webhook|shipping")

// ---- JSON writing ----

type kv struct {
	k string
	v any // string, rawJ, []kv, []any, int
}

type rawJ string

func jquote(b *strings.Builder, s string, ascii bool) {
	b.WriteByte('"')
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			b.WriteString(`\u00`)
			b.WriteByte(hexd[r>>4])
			b.WriteByte(hexd[r&15])
		case ascii && r >= 0x80:
			if r > 0xFFFF {
				r -= 0x10000
				w4(b, 0xD800+(r>>10))
				w4(b, 0xDC00+(r&0x3FF))
			} else {
				w4(b, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
}

func w4(b *strings.Builder, r rune) {
	b.WriteString(`\u`)
	for sh := 12; sh >= 0; sh -= 4 {
		b.WriteByte(hexd[(r>>sh)&15])
	}
}

func jstr(s string) string {
	var b strings.Builder
	jquote(&b, s, false)
	return b.String()
}

func jwrite(b *strings.Builder, v any, ascii bool) {
	switch x := v.(type) {
	case string:
		jquote(b, x, ascii)
	case rawJ:
		b.WriteString(string(x))
	case int:
		b.WriteString(strconv.Itoa(x))
	case []kv:
		b.WriteByte('{')
		seen := map[string]bool{}
		for i, p := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			k := p.k
			for seen[k] {
				k += "_2"
			}
			seen[k] = true
			jquote(b, k, ascii)
			b.WriteByte(':')
			jwrite(b, p.v, ascii)
		}
		b.WriteByte('}')
	case []any:
		b.WriteByte('[')
		for i, e := range x {
			if i > 0 {
				b.WriteByte(',')
			}
			jwrite(b, e, ascii)
		}
		b.WriteByte(']')
	default:
		panic("jwrite")
	}
}

func jobj(ascii bool, kvs []kv) string {
	var b strings.Builder
	jwrite(&b, kvs, ascii)
	return b.String()
}

// nest puts kvs under a dotted path of objects.
func nest(path string, kvs []kv) []kv {
	if path == "" {
		return kvs
	}
	parts := strings.Split(path, ".")
	for i := len(parts) - 1; i >= 0; i-- {
		kvs = []kv{{parts[i], kvs}}
	}
	return kvs
}

// ---- render context ----

type rc struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	loc   *locale
	lg    *lang // language of free text
	llg   *lang // the locale's own language (localized keys)
	ph    bool
	looks []look
	text  bool
	idx   int
	// headers: the value behind each item (nil for look-alikes)
	hdrVals []*value
}

type item struct {
	key, s string
	num    bool
	look   bool // a look-alike, not a PII value
}

func (c *rc) val(v *value) *value {
	if c.ph {
		return v.ph
	}
	return v
}

func (c *rc) lookOf(typ string) string {
	sp := lookSpecs[typ]
	s := sp.gen(c.r, c.f, c.loc)
	c.looks = append(c.looks, look{typ: typ, s: s, num: isDigits(s) && len(s) < 16})
	return s
}

var orderTypes = L("amazon_order|shopify_name|shopee_order|tiktok_order|flipkart_order|lazada_order|meli_order|shopify_id")

func (c *rc) order() string { return c.lookOf(pick(c.r, orderTypes)) }

func (c *rc) lookItem(typ string) item {
	sp := lookSpecs[typ]
	k := pick(c.r, sp.keys)
	s := c.lookOf(typ)
	l := c.looks[len(c.looks)-1]
	return item{key: k, s: s, num: l.num && c.r.IntN(2) == 0, look: true}
}

func (c *rc) companions(n int) []item {
	var out []item
	for range n {
		out = append(out, c.lookItem(pick(c.r, companionTypes)))
	}
	return out
}

func (c *rc) key(v *value) string {
	if v.kind == kCred {
		return pick(c.r, credKeys[v.sub])
	}
	if lk := c.llg.keys[v.kind]; len(lk) > 0 && c.r.IntN(10) < 3 {
		return pick(c.r, lk)
	}
	return pick(c.r, keyNames[v.kind])
}

var nameSplit = [][2]string{{"firstName", "lastName"}, {"first_name", "last_name"}, {"given_name", "surname"}, {"givenName", "familyName"}, {"FirstName", "LastName"}, {"fname", "lname"}, {"imie", "nazwisko"}, {"ad", "soyad"}, {"имя", "фамилия"}, {"vorname", "nachname"}, {"prenom", "nom"}, {"nome", "apelido"}, {"名", "姓"}, {"jmeno", "prijmeni"}, {"nama_depan", "nama_belakang"}}

var (
	line1Keys  = L("line1|address1|addressLine1|street|street1|address_line_1|streetAddress|AddressLine1|adres_satiri|ulica|улица|rua")
	line2Keys  = L("line2|address2|addressLine2|address_line_2|district")
	cityKeys   = L("city|town|locality|City|sehir|miasto|город")
	postalKeys = L("postalCode|postcode|zip|zipCode|postal_code|pincode|plz|PLZ|posta_kodu|kod_pocztowy")
)

func (c *rc) valueItems(v *value) []item {
	x := c.val(v)
	switch {
	case v.kind == kName && v.splittable && c.r.IntN(3) == 0:
		p := pick(c.r, nameSplit)
		return []item{{key: p[0], s: x.given}, {key: p[1], s: x.family}}
	case v.kind == kAddr && c.r.IntN(5) < 2:
		its := []item{{key: pick(c.r, line1Keys), s: x.addr.line1}}
		if v.addr.line2 != "" {
			its = append(its, item{key: pick(c.r, line2Keys), s: x.addr.line2})
		}
		its = append(its, item{key: pick(c.r, cityKeys), s: x.addr.city})
		if v.addr.postal != "" {
			its = append(its, item{key: pick(c.r, postalKeys), s: x.addr.postal})
		}
		return its
	}
	k := c.key(v)
	it := item{key: k, s: x.s}
	if v.digits && !strings.HasPrefix(v.s, "0") && c.r.IntN(3) == 0 {
		it.num = true
		if c.ph {
			it.s = "0"
		}
	}
	return []item{it}
}

// caseItems: an order-like id first, the values, then more companions.
func (c *rc) caseItems(vals []*value) []item {
	its := []item{c.lookItem(pick(c.r, orderTypes))}
	for _, v := range vals {
		its = append(its, c.valueItems(v)...)
	}
	return append(its, c.companions(c.r.IntN(3))...)
}

func (c *rc) lookItems() []item {
	n := 2 + c.r.IntN(3)
	var its []item
	for range n {
		its = append(its, c.lookItem(pick(c.r, lookTypes)))
	}
	return its
}

func itemsKV(its []item) []kv {
	out := make([]kv, 0, len(its))
	for _, it := range its {
		if it.num {
			out = append(out, kv{it.key, rawJ(it.s)})
		} else {
			out = append(out, kv{it.key, it.s})
		}
	}
	return out
}

var services = L("checkout-api|order-sync|payments|notifier|shipping-label|crm-bridge|sms-gateway|mailer|webhook-receiver|storefront-bff|returns-service|fulfilment")

func (c *rc) ts() string {
	t := time.Date(2025, 3, 10, 6, 0, 0, 0, time.UTC).Add(time.Duration(c.idx) * 1733 * time.Millisecond)
	return t.Format("2006-01-02T15:04:05.000Z")
}

func (c *rc) event(fields []kv) string {
	head := []kv{{"@timestamp", c.ts()}}
	svc := pick(c.r, services)
	lvl := pick(c.r, L("info|info|warn|error|debug"))
	if c.r.IntN(2) == 0 {
		head = append(head, kv{"log", []kv{{"level", lvl}}}, kv{"service", []kv{{"name", svc}}})
	} else {
		head = append(head, kv{"level", lvl}, kv{"service", svc})
	}
	return jobj(false, append(head, fields...))
}

// msgEvent puts free text into an event's message (or returns it as a text
// line for String, a quarter of the time).
func (c *rc) msgEvent(msg string, extra ...kv) string {
	if c.r.IntN(4) == 0 {
		c.text = true
		return c.ts() + " " + strings.ToUpper(pick(c.r, L("info|warn|error"))) + " [" + pick(c.r, services) + "] " + msg
	}
	k := pick(c.r, L("message|message|message|message|msg|log|error.message|event.original"))
	return c.event(append(nest("", []kv{{k, msg}}), extra...))
}

func fill(tpl string, vals map[string]func() string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(tpl, '{')
		if i < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		j := strings.IndexByte(tpl[i:], '}')
		if j < 0 {
			b.WriteString(tpl)
			return b.String()
		}
		name := tpl[i+1 : i+j]
		if f, ok := vals[name]; ok {
			b.WriteString(tpl[:i])
			b.WriteString(f())
		} else {
			b.WriteString(tpl[:i+j+1])
		}
		tpl = tpl[i+j+1:]
	}
}

func (c *rc) fillers(v string) map[string]func() string {
	return map[string]func() string{
		"v":     func() string { return v },
		"order": c.order,
		"amt":   func() string { return c.lookOf("amount") },
		"trk":   func() string { return c.lookOf("tracking") },
	}
}

var credTpl = map[string][]string{
	"password":    L("SMTP login failed: user=orders@shop.example {k}={v}|db connect with {k}='{v}' failed|reset: temporary {pw}: {v}|config reloaded, {k}={v}|{pw}={v}|user admin changed {pw} to {v}"),
	"apikey":      L("using api key {v} for provider|{k}={v}|webhook secret rotated to {v}|call failed with token {v}: 401|X-Api-Key: {v}"),
	"generic-key": L("{k}={v}|{k}: {v}|loaded {k} {v} from env|rotating {k} ({v})"),
	"conn":        L("connecting to {v}|db connect failed: dial {v}: i/o timeout|{k}={v}|running migrations against {v}"),
	"bearer":      L("outgoing request headers: Authorization: {v}|401 for Authorization={v}|auth header \"{v}\" rejected"),
	"basic":       L("outgoing request headers: Authorization: {v}|401 for Authorization={v}|auth header \"{v}\" rejected"),
	"jwt":         L("token {v} expired|{k}={v}|refresh failed for jwt {v}|Authorization: Bearer {v}"),
	"pem":         L("loaded signing key:\n{v}|{k}={v}"),
	"cookie":      L("Cookie: {v}|request cookies: {v}"),
	"aws":         L("aws_secret_access_key={v}|AWS credentials loaded: secret={v}|{k}: {v}"),
}

func (c *rc) credText(v *value) string {
	x := c.val(v)
	tpl := pick(c.r, credTpl[v.sub])
	k := pick(c.r, credKeys[v.sub])
	return fill(tpl, map[string]func() string{"v": func() string { return x.s }, "k": func() string { return k }, "pw": func() string { return c.llg.pw }})
}

// sentence renders the value in a message of the case's language.
func (c *rc) sentence(v *value) string {
	if v.kind == kCred {
		return c.credText(v)
	}
	x := c.val(v)
	return fill(pick(c.r, c.lg.templates(v.kind)), c.fillers(x.s))
}

// ---- escaping for other syntaxes ----

func rubyQ(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func pyQ(s string) string {
	return `'` + strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`).Replace(s) + `'`
}

func sqlQ(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func logfmtV(s string) string {
	if s != "" && !strings.ContainsAny(s, " \"=\n\t\\") {
		return s
	}
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func csvF(s string, sep byte, always bool) string {
	if always || strings.ContainsAny(s, string(sep)+"\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func words(k string) []string {
	var out []string
	var cur []rune
	prevLower := false
	for _, r := range k {
		switch {
		case r == '_' || r == '-' || r == '.' || r == ' ':
			if len(cur) > 0 {
				out = append(out, string(cur))
			}
			cur, prevLower = nil, false
		case unicode.IsUpper(r) && prevLower:
			out = append(out, string(cur))
			cur = []rune{r}
			prevLower = false
		default:
			cur = append(cur, r)
			prevLower = unicode.IsLower(r)
		}
	}
	if len(cur) > 0 {
		out = append(out, string(cur))
	}
	return out
}

func title(w string) string {
	r, n := utf8.DecodeRuneInString(w)
	return string(unicode.ToUpper(r)) + strings.ToLower(w[n:])
}

func toSnake(k string) string { return strings.ToLower(strings.Join(words(k), "_")) }
func toUpperSnake(k string) string {
	return strings.ToUpper(strings.Join(words(k), "_"))
}
func toPascal(k string) string {
	var b strings.Builder
	for _, w := range words(k) {
		b.WriteString(title(w))
	}
	return b.String()
}
func toHeader(k string) string {
	ws := words(k)
	for i, w := range ws {
		ws[i] = title(w)
	}
	h := strings.Join(ws, "-")
	if !strings.HasPrefix(h, "X-") && isASCII(h) {
		h = "X-" + h
	}
	return h
}

func qEsc(s string, mode int) string {
	switch mode {
	case 0:
		return url.QueryEscape(s)
	case 1:
		return strings.ReplaceAll(url.PathEscape(s), "+", "%2B")
	default: // light: what a hand-written client escapes
		return strings.NewReplacer("%", "%25", "&", "%26", "=", "%3D", "#", "%23", " ", "%20", "+", "%2B", "\n", "%0A", "?", "%3F").Replace(s)
	}
}

func query(its []item, mode int) string {
	var ps []string
	for _, it := range its {
		ps = append(ps, url.QueryEscape(it.key)+"="+qEsc(it.s, mode))
	}
	return strings.Join(ps, "&")
}

// ---- item-based renderers ----

var containers = L("order|shipping|checkout|payload|data|user|profile|contact|recipient|billTo|delivery|account|payer|beneficiary|kunde|müşteri|klient|заказчик|cliente|client|pelanggan|khách_hàng|ลูกค้า|顧客|客户|request.body|ctx|details|attributes|extra|context|order.shipTo|event.data|req.body|input")

var maskedContainer = map[string]bool{"buyer": true, "customer": true, "recipient": true}

var neutralMsgs = L("checkout completed|order synced|webhook received|profile updated|label purchased|refund processed|customer created|payment captured|return requested|cart recovered")

func (c *rc) renderItems(ctx string, its []item) string {
	switch ctx {
	case "field":
		path := ""
		if c.r.IntN(4) > 0 {
			path = pick(c.r, containers)
		}
		msg := []kv{{"message", pick(c.r, neutralMsgs)}}
		if c.r.IntN(3) == 0 {
			msg = nil
		}
		// The default config masks whole containers such as recipient.*;
		// look-alikes stay out of them (at the top level).
		if maskedContainer[strings.Split(path, ".")[0]] {
			var vs, ls []item
			for _, it := range its {
				if it.look {
					ls = append(ls, it)
				} else {
					vs = append(vs, it)
				}
			}
			return c.event(append(append(msg, itemsKV(ls)...), nest(path, itemsKV(vs))...))
		}
		return c.event(append(msg, nest(path, itemsKV(its))...))
	case "json_body":
		ascii := c.r.IntN(4) == 0
		path := ""
		if c.r.IntN(2) == 0 {
			path = pick(c.r, containers)
		}
		body := jobj(ascii, nest(path, itemsKV(its)))
		method := pick(c.r, L("POST|PUT|PATCH"))
		p := pick(c.r, L("/api/v1/orders|/api/v2/checkout|/customers|/graphql|/v1/shipments|/webhooks/payments|/api/profile"))
		switch c.r.IntN(6) {
		case 0, 1:
			return c.event([]kv{{"message", "request"}, {"http", []kv{{"request", []kv{{"method", method}, {"body", []kv{{"content", body}}}}}}}, {"url", []kv{{"path", p}}}})
		case 2:
			return c.event([]kv{{"message", "incoming request"}, {pick(c.r, L("body|payload|requestBody|request_body|raw|data")), body}})
		case 3:
			return c.msgEvent(method + " " + p + " payload=" + body)
		case 4:
			return c.event([]kv{{"message", method + " " + p + " failed: 422 Unprocessable Entity, request body: " + body}})
		default:
			return c.event([]kv{{"event", []kv{{"original", body}}}, {"message", "raw event"}})
		}
	case "json_nested2":
		ascii := c.r.IntN(4) == 0
		inner := jobj(ascii, nest(pick(c.r, L("|customer|order|data")), itemsKV(its)))
		outer := jobj(false, []kv{{"type", pick(c.r, L("webhook|job|outbox_event|sqs_message"))}, {"id", c.lookOf("uuid")}, {pick(c.r, L("payload|body|data|Message")), inner}})
		switch c.r.IntN(3) {
		case 0:
			return c.event([]kv{{"message", outer}})
		case 1:
			return c.event([]kv{{"message", "dead letter"}, {"body", outer}})
		default:
			return c.msgEvent("consumer received: " + outer)
		}
	case "url_query":
		q := query(its, c.r.IntN(3))
		p := pick(c.r, L("/track|/api/v1/customers/search|/checkout/confirm|/unsubscribe|/callback|/oauth/callback|/pay/return|/api/orders"))
		u := "https://" + pick(c.r, L("shop.example.com|api.store.example|m.example.co|checkout.example.net")) + p + "?" + q
		switch c.r.IntN(6) {
		case 0, 1:
			return c.event([]kv{{"message", "GET " + p}, {"url", []kv{{"original", u}}}, {"http", []kv{{"response", []kv{{"status_code", rawJ("200")}}}}}})
		case 2:
			return c.event([]kv{{"message", "query"}, {"url", []kv{{"path", p}, {"query", q}}}})
		case 3:
			return c.msgEvent(`203.0.113.` + num(c.r, 2, 250) + ` - - [10/Mar/2025:10:22:33 +0300] "GET ` + p + "?" + q + ` HTTP/1.1" 200 ` + num(c.r, 200, 9000) + ` "-" "Mozilla/5.0 (Linux; Android 14) Mobile"`)
		case 4:
			return c.event([]kv{{"message", "redirect"}, {pick(c.r, L("request_uri|referrer|location|redirect_url|callbackUrl")), u}})
		default:
			return c.msgEvent("fetch " + u + " -> 302")
		}
	case "form_body":
		body := query(its, pick(c.r, []int{0, 0, 2}))
		switch c.r.IntN(4) {
		case 0, 1:
			return c.event([]kv{{"message", "form post"}, {"http", []kv{{"request", []kv{{"method", "POST"}, {"mime_type", "application/x-www-form-urlencoded"}, {"body", []kv{{"content", body}}}}}}}})
		case 2:
			return c.msgEvent("POST " + pick(c.r, L("/login|/register|/checkout|/contact")) + " form: " + body)
		default:
			return c.event([]kv{{"message", "callback"}, {pick(c.r, L("request_body|form|post_data")), body}})
		}
	case "headers":
		return c.headers(its)
	case "framework":
		return c.framework(its)
	case "dotnet":
		return c.dotnet(its)
	case "node":
		return c.node(its)
	case "tostring":
		return c.tostring(its)
	case "logfmt":
		var b strings.Builder
		b.WriteString("time=" + c.ts() + " level=info msg=" + logfmtV(pick(c.r, neutralMsgs)))
		for _, it := range its {
			b.WriteString(" " + toSnake(it.key) + "=" + logfmtV(it.s))
		}
		return c.msgEvent(b.String())
	case "kv":
		return c.kvLine(its)
	case "csv":
		return c.csv(its)
	case "sql":
		return c.sql(its)
	case "k8s":
		return c.k8s(its)
	case "webhook":
		return c.webhook(its)
	}
	panic("ctx " + ctx)
}

var headerFor = map[string][]string{
	kEmail: L("X-User-Email|From|X-Customer-Email|X-Forwarded-Email|X-Auth-Request-Email"),
	kPhone: L("X-User-Phone|X-Msisdn|X-Caller-Id|X-Customer-Phone"),
	kName:  L("X-User-Name|X-Customer-Name|X-Display-Name"),
	kAddr:  L("X-Ship-To|X-Delivery-Address"),
	kCard:  L("X-Card-Number|X-Debug-Pan"),
	kIBAN:  L("X-Iban|X-Payout-Account"),
	kCNID:  L("X-Id-Card|X-Id-Number"),
}

var credHeader = map[string][]string{
	"password": L("X-Password|X-Api-Password|X-Db-Password"), "apikey": L("X-Api-Key|X-Auth-Token|api-key|X-Shopify-Access-Token|X-Access-Token"),
	"generic-key": L("X-Api-Key|X-Api-Secret|X-Client-Secret|X-Signature"), "conn": L("X-Database-Url|X-Dsn"), "bearer": L("Authorization|Proxy-Authorization"),
	"basic": L("Authorization"), "jwt": L("X-Id-Token|X-Jwt-Assertion|X-Amzn-Oidc-Data"), "pem": L("X-Client-Key|X-Private-Key"), "cookie": L("Cookie"), "aws": L("X-Aws-Secret-Access-Key"),
}

func (c *rc) headerName(it item, v *value) string {
	if v == nil {
		return toHeader(it.key)
	}
	if v.kind == kCred {
		return pick(c.r, credHeader[v.sub])
	}
	if c.r.IntN(3) == 0 {
		return toHeader(it.key)
	}
	return pick(c.r, headerFor[v.kind])
}

// headers renders items as HTTP headers. Items that carry values are
// marked by headerOwner (set by the caller through c.hdrVals).
func (c *rc) headers(its []item) string {
	type h struct{ k, v string }
	var hs []h
	hs = append(hs, h{"Host", "api.shop.example"}, h{"User-Agent", "okhttp/4.12.0"})
	for i, it := range its {
		var v *value
		if i < len(c.hdrVals) {
			v = c.hdrVals[i]
			if i > 0 && c.hdrVals[i-1] == v {
				v = nil // a later part of a split value: named by its key
			}
		}
		s := it.s
		if strings.Contains(s, "\n") {
			s = strings.ReplaceAll(s, "\n", `\n`)
		}
		hs = append(hs, h{c.headerName(it, v), s})
	}
	hs = append(hs, h{"X-Request-Id", c.lookOf("uuid")})
	switch c.r.IntN(5) {
	case 0: // raw dump in a message
		var b strings.Builder
		b.WriteString("POST /api/v1/orders HTTP/1.1\n")
		for _, x := range hs {
			b.WriteString(x.k + ": " + x.v + "\n")
		}
		return c.msgEvent(b.String())
	case 1: // structured
		var kvs []kv
		for _, x := range hs {
			kvs = append(kvs, kv{strings.ToLower(x.k), x.v})
		}
		return c.event([]kv{{"message", "request headers"}, {"http", []kv{{"request", []kv{{"headers", kvs}}}}}})
	case 2: // Go http.Header
		var ps []string
		for _, x := range hs {
			ps = append(ps, x.k+":["+x.v+"]")
		}
		return c.msgEvent("outgoing request headers=map[" + strings.Join(ps, " ") + "]")
	case 3: // Node / axios
		var ps []string
		for _, x := range hs {
			ps = append(ps, pyQ(strings.ToLower(x.k))+": "+pyQ(x.v))
		}
		return c.msgEvent("AxiosError: Request failed with status code 401 config.headers: { " + strings.Join(ps, ", ") + " }")
	default: // curl
		var ps []string
		for _, x := range hs {
			ps = append(ps, "-H "+pyQ(x.k+": "+x.v))
		}
		return c.msgEvent("replay: curl -X POST https://api.shop.example/v1/orders " + strings.Join(ps, " "))
	}
}

func (c *rc) framework(its []item) string {
	switch c.r.IntN(3) {
	case 0: // Rails
		var ps []string
		for _, it := range its {
			ps = append(ps, rubyQ(toSnake(it.key))+"=>"+rubyQ(it.s))
		}
		inner := "{" + strings.Join(ps, ", ") + "}"
		msg := "Started POST \"/orders\" for 203.0.113.7 at 2025-03-10 10:22:33 +0300\nProcessing by OrdersController#create as JSON\n  Parameters: {\"" + pick(c.r, L("order|customer|checkout|user")) + "\"=>" + inner + ", \"authenticity_token\"=>\"[FILTERED]\"}"
		return c.msgEvent(msg)
	case 1: // Laravel
		ascii := c.r.IntN(3) == 0
		return c.msgEvent("[2025-03-10 10:22:33] production.INFO: " + pick(c.r, L("Checkout request|Customer updated|Webhook payload")) + " " + jobj(ascii, itemsKV(its)) + " []")
	default: // Django / Python dict
		var ps []string
		for _, it := range its {
			v := pyQ(it.s)
			if it.num {
				v = it.s
			}
			ps = append(ps, pyQ(toSnake(it.key))+": "+v)
		}
		return c.msgEvent("django.request: POST /api/orders/ data={" + strings.Join(ps, ", ") + "}")
	}
}

func (c *rc) dotnet(its []item) string {
	act := pick(c.r, L("Order placed|Customer registered|Payment failed|Shipment created|Refund issued"))
	var mt, m strings.Builder
	mt.WriteString(act)
	m.WriteString(act)
	var props []kv
	for i, it := range its {
		p := toPascal(it.key)
		if p == "" || !isASCII(p) {
			p = "Prop" + strconv.Itoa(i)
		}
		sep := " "
		if i > 0 {
			sep = ", "
		}
		mt.WriteString(sep + "{" + p + "}")
		if it.num {
			m.WriteString(sep + it.s)
			props = append(props, kv{p, rawJ(it.s)})
		} else {
			m.WriteString(sep + `"` + it.s + `"`)
			props = append(props, kv{p, it.s})
		}
	}
	if c.r.IntN(3) == 0 {
		return c.msgEvent("info: Shop.Checkout.OrderService[0]\n      " + m.String())
	}
	head := []kv{{"@t", c.ts()}, {"@mt", mt.String()}, {"@m", m.String()}, {"SourceContext", "Shop.Checkout.OrderService"}}
	return c.event(append(head, props...))
}

func (c *rc) node(its []item) string {
	if c.r.IntN(2) == 0 { // pino
		return jobj(false, []kv{{"@timestamp", c.ts()}, {"level", rawJ("30")}, {"time", rawJ(c.lookOf("epoch_ms"))}, {"pid", rawJ(num(c.r, 10, 9000))}, {"hostname", c.lookOf("k8s_pod")},
			{"req", []kv{{"id", rawJ(num(c.r, 1, 999))}, {"method", "POST"}, {"url", "/api/checkout"}, {"body", itemsKV(its)}}}, {"msg", "request completed"}})
	}
	return jobj(false, []kv{{"@timestamp", c.ts()}, {"level", "info"}, {"message", pick(c.r, neutralMsgs)}, {"meta", itemsKV(its)}, {"service", "storefront-bff"}})
}

func (c *rc) tostring(its []item) string {
	typ := pick(c.r, L("Customer|Order|ShippingAddress|PaymentRequest|UserDto|Recipient|Account"))
	var ps []string
	style := c.r.IntN(5)
	for _, it := range its {
		k := it.key
		switch style {
		case 0: // Kotlin data class / Lombok
			ps = append(ps, k+"="+it.s)
		case 1: // Java classic
			ps = append(ps, k+"='"+it.s+"'")
		case 2: // Python dataclass
			ps = append(ps, toSnake(k)+"="+pyQ(it.s))
		case 3: // Go %+v
			ps = append(ps, toPascal(k)+":"+it.s)
		default: // C# record
			ps = append(ps, toPascal(k)+" = "+it.s)
		}
	}
	var s string
	switch style {
	case 0:
		s = typ + "(id=" + num(c.r, 1, 99999) + ", " + strings.Join(ps, ", ") + ")"
	case 1:
		s = typ + "{id=" + num(c.r, 1, 99999) + ", " + strings.Join(ps, ", ") + "}"
	case 2:
		s = typ + "(" + strings.Join(ps, ", ") + ")"
	case 3:
		s = "&{ID:" + num(c.r, 1, 99999) + " " + strings.Join(ps, " ") + "}"
	default:
		s = typ + " { " + strings.Join(ps, ", ") + " }"
	}
	return c.msgEvent(pick(c.r, L("Saving |Mapped entity: |Received |DEBUG c.s.o.OrderService - Processing |Validation failed for ")) + s)
}

func (c *rc) kvLine(its []item) string {
	style := c.r.IntN(5)
	var ps []string
	for _, it := range its {
		switch style {
		case 0:
			ps = append(ps, it.key+"='"+it.s+"'")
		case 1:
			ps = append(ps, it.key+": "+it.s)
		case 2:
			ps = append(ps, it.key+" => "+it.s)
		case 3:
			ps = append(ps, "["+it.key+"="+it.s+"]")
		default:
			ps = append(ps, it.key+"=\""+it.s+"\"")
		}
	}
	sep := ", "
	if style == 1 {
		sep = " | "
	}
	if style == 3 {
		sep = " "
	}
	return c.msgEvent(pick(c.r, L("Checkout request: |order.update |[CRM] |audit: |sync row ")) + strings.Join(ps, sep))
}

func (c *rc) csv(its []item) string {
	sep := pick(c.r, []byte{',', ';', '\t', ','})
	always := c.r.IntN(4) == 0
	var hs, vs []string
	for _, it := range its {
		hs = append(hs, toSnake(it.key))
		vs = append(vs, csvF(it.s, sep, always))
	}
	row := strings.Join(vs, string(sep))
	if c.r.IntN(2) == 0 {
		row = strings.Join(hs, string(sep)) + "\n" + row
	}
	switch c.r.IntN(3) {
	case 0:
		return c.msgEvent("import " + pick(c.r, L("customers.csv|orders_export.tsv|returns.csv")) + " line " + num(c.r, 2, 5000) + ": " + row)
	case 1:
		c.text = true
		return row
	default:
		return c.event([]kv{{"message", "csv row rejected"}, {"row", row}})
	}
}

func (c *rc) sql(its []item) string {
	var cols, vals []string
	for _, it := range its {
		cols = append(cols, toSnake(it.key))
		if it.num {
			vals = append(vals, it.s)
		} else {
			vals = append(vals, sqlQ(it.s))
		}
	}
	tbl := pick(c.r, L("customers|orders|shipments|users|payouts|addresses"))
	var s string
	switch c.r.IntN(5) {
	case 0:
		s = "INSERT INTO " + tbl + " (" + strings.Join(cols, ", ") + ") VALUES (" + strings.Join(vals, ", ") + ")"
	case 1:
		var sets []string
		for i := range cols {
			sets = append(sets, cols[i]+" = "+vals[i])
		}
		s = "UPDATE " + tbl + " SET " + strings.Join(sets, ", ") + " WHERE id = " + num(c.r, 1, 99999)
	case 2: // Rails ActiveRecord with binds
		var ph, binds []string
		for i := range cols {
			ph = append(ph, "$"+strconv.Itoa(i+1))
			binds = append(binds, "[\""+cols[i]+"\", "+rubyQ(its[i].s)+"]")
		}
		s = "  Customer Create (1.4ms)  INSERT INTO \"" + tbl + "\" (\"" + strings.Join(cols, "\", \"") + "\") VALUES (" + strings.Join(ph, ", ") + ") RETURNING \"id\"  [" + strings.Join(binds, ", ") + "]"
	case 3: // Hibernate
		var ls []string
		for i := range cols {
			ls = append(ls, "binding parameter ["+strconv.Itoa(i+1)+"] as [VARCHAR] - ["+its[i].s+"]")
		}
		s = "Hibernate: insert into " + tbl + " (" + strings.Join(cols, ", ") + ") values (" + strings.Repeat("?, ", len(cols)-1) + "?)\n" + strings.Join(ls, "\n")
	default: // Go / pgx
		var ws, args []string
		for i := range cols {
			ws = append(ws, cols[i]+" = $"+strconv.Itoa(i+1))
			args = append(args, jstr(its[i].s))
		}
		s = "query=\"SELECT id FROM " + tbl + " WHERE " + strings.Join(ws, " AND ") + "\" args=[" + strings.Join(args, ",") + "] duration=" + num(c.r, 1, 90) + "ms"
	}
	return c.msgEvent(s)
}

func (c *rc) k8s(its []item) string {
	pod := c.lookOf("k8s_pod")
	var env []string
	for _, it := range its {
		env = append(env, toUpperSnake(it.key)+"="+it.s)
	}
	switch c.r.IntN(4) {
	case 0:
		return c.msgEvent("Warning  Failed  3m12s (x4 over 5m)  kubelet  Error: container \"worker\" in pod " + pod + " exited 1; env: " + strings.Join(env, " "))
	case 1:
		var b strings.Builder
		b.WriteString("Name: " + pod + "\nContainers:\n  app:\n    Environment:\n")
		for _, it := range its {
			b.WriteString("      " + toUpperSnake(it.key) + ":  " + it.s + "\n")
		}
		return c.msgEvent(b.String())
	case 2:
		return c.event([]kv{{"kind", "Event"}, {"reason", "BackOff"}, {"involvedObject", []kv{{"kind", "Pod"}, {"namespace", "shop"}}}, {"message", "Back-off restarting failed container app in pod " + pod + "; last log: " + strings.Join(env, ", ")}})
	default:
		var ps []string
		for _, it := range its {
			ps = append(ps, "--from-literal="+toUpperSnake(it.key)+"="+it.s)
		}
		return c.msgEvent("kubectl create secret generic app-env -n shop " + strings.Join(ps, " ") + " (applied to " + pod + ")")
	}
}

func (c *rc) webhook(its []item) string {
	var body []kv
	switch c.r.IntN(5) {
	case 0: // Stripe-like
		body = []kv{{"id", "evt_1" + rs(c.r, alnum, 23)}, {"type", "charge.succeeded"}, {"data", []kv{{"object", []kv{{"object", "charge"}, {"currency", "eur"}, {"billing_details", itemsKV(its)}, {"payment_method_details", []kv{{"card", []kv{{"brand", "visa"}, {"last4", dig(c.r, 4)}}}}}}}}}}
	case 1: // Razorpay-like
		body = []kv{{"entity", "event"}, {"event", "payment.captured"}, {"payload", []kv{{"payment", []kv{{"entity", append([]kv{{"currency", "INR"}, {"method", "card"}}, itemsKV(its)...)}}}}}}
	case 2: // Xendit-like
		body = append([]kv{{"status", "PAID"}, {"bank_code", "BCA"}, {"payment_channel", "VIRTUAL_ACCOUNT"}}, itemsKV(its)...)
	case 3: // PayPal-like
		body = []kv{{"event_type", "PAYMENT.CAPTURE.COMPLETED"}, {"resource", []kv{{"payer", itemsKV(its)}, {"status", "COMPLETED"}}}}
	default: // M-Pesa / Paystack-like
		body = []kv{{"event", "charge.success"}, {"data", []kv{{"gateway_response", "Approved"}, {"customer", itemsKV(its)}}}}
	}
	if c.r.IntN(2) == 0 {
		return c.event([]kv{{"message", "webhook received"}, {"webhook", body}})
	}
	return c.event([]kv{{"message", "webhook received"}, {pick(c.r, L("body|payload|raw_body|http.request.body.content")), jobj(c.r.IntN(4) == 0, body)}})
}

// ---- free-text renderers ----

func (c *rc) renderMessage(v *value) string {
	s := c.sentence(v)
	if c.r.IntN(3) == 0 {
		s = pick(c.r, L("[OrderService] |WARN |notify: |job=sync ")) + s
	}
	return c.msgEvent(s)
}

var chatOther = map[string][]string{
	kCard: L("Customer wrote: I paid with my card {v} but order {order} still shows unpaid|Customer wrote: card number is {v}, exp 08/27, please charge again|买家留言：我的卡号是{v}，请重新扣款|Müşteri yazdı: kart numaram {v}, tekrar deneyin|Klient napisał: numer mojej karty {v}, proszę spróbować ponownie"),
	kIBAN: L("Customer wrote: please refund {amt} to my IBAN {v}|Kunde schrieb: meine IBAN ist {v}, bitte erstatten|Klient napisał: proszę o zwrot na konto {v}|Müşteri yazdı: iade için IBAN {v}"),
	kCNID: L("买家留言：我的身份证号是{v}，请帮我清关|Customer wrote: my ID for customs is {v}|顧客留言：身分證字號{v}|买家留言：身份证{v}，订单{order}"),
	kCred: L("Customer wrote: my password {v} doesn't work anymore|Customer wrote: I can't log in, tried password {v} twice|Customer wrote: here is my api key {v}, please check the integration|Customer wrote: my login is orders@shop.example and the password is {v}"),
}

func (c *rc) renderChat(vals []*value) string {
	main := vals[0]
	var txt string
	if len(vals) == 1 {
		x := c.val(main)
		txt = fill(pick(c.r, chatOther[main.kind]), c.fillers(x.s))
	} else {
		other := vals[1]
		ph := map[string]string{kName: "{name}", kPhone: "{phone}", kEmail: "{email}", kAddr: "{addr}"}
		want := ph[other.kind]
		if main.kind != kName {
			want = ph[main.kind]
		}
		var cands []string
		for _, lg := range []*lang{c.lg, langs["en"]} {
			for _, t := range lg.chat {
				n := strings.Count(t, "{name}") + strings.Count(t, "{phone}") + strings.Count(t, "{email}") + strings.Count(t, "{addr}")
				if strings.Contains(t, "{name}") && strings.Contains(t, want) && n == 2 {
					cands = append(cands, t)
				}
			}
			if len(cands) > 0 {
				break
			}
		}
		f := c.fillers("")
		for _, v := range vals {
			x := c.val(v)
			f[strings.Trim(ph[v.kind], "{}")] = func() string { return x.s }
		}
		txt = fill(pick(c.r, cands), f)
	}
	switch c.r.IntN(4) {
	case 0:
		return c.event([]kv{{"message", "ticket updated"}, {"ticket", []kv{{"id", c.lookOf("metric")}, {"channel", pick(c.r, L("whatsapp|email|web|line|telegram"))}, {"body", txt}}}})
	case 1:
		return c.event([]kv{{"message", "conversation part created"}, {"data", []kv{{"item", []kv{{"type", "conversation_part"}, {"body", "<p>" + txt + "</p>"}}}}}})
	default:
		return c.msgEvent("[zendesk] ticket " + c.lookOf("metric") + " comment: " + txt)
	}
}

func (c *rc) renderSMTP(vals []*value) string {
	main := vals[0]
	x := c.val(main)
	qid := rs(c.r, "0123456789ABCDEF", 10)
	var line string
	switch main.kind {
	case kEmail:
		switch c.r.IntN(3) {
		case 0:
			line = "postfix/smtp[" + num(c.r, 1000, 30000) + "]: " + qid + ": to=<" + x.s + ">, relay=mx.example.net[198.51.100.7]:25, delay=1.2, dsn=2.0.0, status=sent (250 2.0.0 OK " + c.lookOf("epoch_s") + ")"
		case 1:
			line = "postfix/smtpd[" + num(c.r, 1000, 30000) + "]: NOQUEUE: reject: RCPT from unknown[203.0.113.9]: 550 5.1.1 <" + x.s + ">: Recipient address rejected: User unknown"
		default:
			line = "postfix/qmgr[" + num(c.r, 1000, 30000) + "]: " + qid + ": from=<" + x.s + ">, size=" + num(c.r, 900, 90000) + ", nrcpt=1 (queue active)"
		}
	case kName:
		e := c.val(vals[1])
		line = pick(c.r, L("To|From|Reply-To")) + ": \"" + x.s + "\" <" + e.s + ">\nSubject: " + pick(c.r, L("Your order|Order confirmation|Shipping update")) + " " + c.order()
	case kCred:
		if main.sub == "password" {
			line = "smtp auth user=orders@shop.example pass=" + x.s + " failed: 535 5.7.8 Authentication failed"
		} else {
			line = "mailer config: " + pick(c.r, credKeys[main.sub]) + "=" + x.s
		}
	default:
		line = "mail body: " + c.sentence(main)
	}
	if c.r.IntN(2) == 0 {
		c.text = true
		return "Mar 10 10:22:33 mail-1 " + line
	}
	return c.event([]kv{{"message", line}, {"process", []kv{{"name", "postfix"}}}})
}

func (c *rc) renderSMS(vals []*value) string {
	main := vals[0]
	if main.kind == kPhone {
		x := c.val(main)
		switch c.r.IntN(4) {
		case 0:
			return c.msgEvent("sms.send provider=twilio to=" + x.s + " from=+14155550100 sid=SM" + rs(c.r, hexd, 32) + " status=queued")
		case 1:
			var n any = x.s
			if main.digits && !strings.HasPrefix(main.s, "0") {
				n = rawJ(x.s)
				if c.ph {
					n = rawJ("0")
				}
			}
			return c.event([]kv{{"message", "AT callback"}, {"SMSMessageData", []kv{{"Message", "Sent to 1/1 Total Cost: KES 0.8000"}, {"Recipients", []any{[]kv{{"statusCode", rawJ("101")}, {"number", n}, {"status", "Success"}, {"messageId", "ATXid_" + rs(c.r, hexd, 32)}}}}}}})
		case 2:
			return c.msgEvent("POST https://api.sms.example/send body=Recipient=" + url.QueryEscape(x.s) + "&Body=" + url.QueryEscape("Kodunuz "+dig(c.r, 6)) + "&AppSid=" + rs(c.r, alnum, 8))
		default:
			return c.event([]kv{{"message", "otp dispatched"}, {"sms", []kv{{"to", x.s}, {"template", "otp_v2"}, {"provider", "msg91"}}}})
		}
	}
	to := c.val(vals[1])
	body := c.sentence(main)
	if c.r.IntN(2) == 0 {
		return c.msgEvent("sms.send to=" + to.s + " body=" + logfmtV(body))
	}
	return c.event([]kv{{"message", "sms queued"}, {"sms", []kv{{"to", to.s}, {"body", body}}}})
}

func (c *rc) renderShipping(vals []*value) string {
	v := vals[0]
	x := c.val(v)
	switch c.r.IntN(3) {
	case 0:
		lbl := "LABEL " + c.lookOf("tracking") + "\nSHIP TO:\n" + x.s + "\nREF " + c.order() + "\nWEIGHT " + num(c.r, 1, 30) + "." + dig(c.r, 1) + " KG"
		return c.msgEvent(lbl)
	case 1:
		its := c.valueItems(v)
		var ps []string
		for _, it := range its {
			ps = append(ps, toSnake(it.key)+"='"+it.s+"'")
		}
		return c.msgEvent("AddressValidation request " + strings.Join(ps, " ") + " country=" + strings.ToUpper(c.loc.code) + " result=" + pick(c.r, L("CORRECTED|VALID|AMBIGUOUS")) + " candidates=" + num(c.r, 1, 4))
	default:
		its := c.valueItems(v)
		body := jobj(false, []kv{{"shipTo", itemsKV(its)}, {"packages", []any{[]kv{{"weight", rawJ(num(c.r, 1, 30) + ".5")}}}}, {"serviceCode", "EXPRESS"}, {"reference", c.order()}})
		return c.event([]kv{{"message", "carrier request"}, {"http", []kv{{"request", []kv{{"body", []kv{{"content", body}}}}}}}})
	}
}

var echoPaths = map[string][]string{
	kName: L("buyer.name|customer.full_name|recipient.name"), kEmail: L("customer.email|buyer.email|user.email"), kPhone: L("customer.phone|buyer.phone|recipient.mobile"),
	kAddr: L("shipping.address.street|shipping.address.line1|billing.address.line1"), kCard: L("payment.card_number"), kIBAN: L("customer.iban|payout.iban"),
	kCNID: L("customer.id_card|buyer.id_number"), kCred: L("integration.password|smtp.password|auth.token|db.secret"),
}

func (c *rc) renderEcho(v *value) string {
	x := c.val(v)
	path := pick(c.r, echoPaths[v.kind])
	parts := strings.Split(path, ".")
	field := nest(strings.Join(parts[:len(parts)-1], "."), []kv{{parts[len(parts)-1], x.s}})
	cp := x.s
	switch c.r.IntN(6) {
	case 0:
		cp = strings.ToUpper(cp)
	case 1:
		if v.kind == kPhone || v.kind == kCard {
			cp = onlyDigits(cp)
			if c.ph {
				cp = "Zzq"
			}
		}
	}
	ord := c.order()
	var extra kv
	switch c.r.IntN(4) {
	case 0:
		extra = kv{"message", pick(c.r, L("order "+ord+" synced for "+cp+"|"+cp+" updated their profile|retrying webhook "+ord+" ("+cp+")|duplicate account: "+cp+"|sync: "+cp+" -> crm"))}
	case 1:
		extra = kv{"url", []kv{{"original", "https://crm.example/api/search?q=" + url.QueryEscape(cp) + "&order=" + ord}}}
	case 2:
		extra = kv{"body", jobj(c.r.IntN(2) == 0, []kv{{pick(c.r, L("q|term|value|text|note|comment")), cp}, {"order", ord}})}
	default:
		extra = kv{"error", []kv{{"message", "validation failed for value " + cp + " in order " + ord}}}
	}
	return c.event(append(field, extra))
}

// ---- look-alike cases in free-text shapes ----

func (c *rc) lookMessage() string {
	n := 2 + c.r.IntN(2)
	var ps []string
	for range n {
		t := pick(c.r, lookTypes)
		ph := pick(c.r, lookSpecs[t].phrases)
		ps = append(ps, fill(ph, map[string]func() string{"x": func() string { return c.lookOf(t) }}))
	}
	return c.msgEvent(strings.Join(ps, "; "))
}

func (c *rc) lookShipping() string {
	lbl := "LABEL " + c.lookOf("tracking") + "\nFROM WAREHOUSE " + c.lookOf("city") + "\nZONE " + c.lookOf("postcode") + "\nREF " + c.order() + "\nCOD " + c.lookOf("amount")
	return c.msgEvent(lbl)
}

// renderCase renders a case, with its values or with placeholders.
func renderCase(cs *caseT, ph bool) (string, []look, bool) {
	r := rand.New(rand.NewPCG(cs.seed, 0x5e11))
	c := &rc{r: r, f: gofakeit.NewFaker(rand.NewPCG(cs.seed, 0xfa4e), false), loc: cs.loc, ph: ph, idx: cs.idx}
	c.lg = langs[pick(r, cs.loc.langs)]
	c.llg = langs[cs.loc.langs[0]]
	var line string
	if len(cs.vals) == 0 {
		switch cs.ctx {
		case "message":
			line = c.lookMessage()
		case "shipping":
			line = c.lookShipping()
		default:
			line = c.renderItems(cs.ctx, c.lookItems())
		}
		return line, c.looks, c.text
	}
	switch cs.ctx {
	case "message":
		line = c.renderMessage(cs.vals[0])
	case "chat":
		line = c.renderChat(cs.vals)
	case "smtp":
		line = c.renderSMTP(cs.vals)
	case "sms":
		line = c.renderSMS(cs.vals)
	case "shipping":
		line = c.renderShipping(cs.vals)
	case "echo":
		line = c.renderEcho(cs.vals[0])
	case "headers":
		its := []item{c.lookItem(pick(c.r, orderTypes))}
		c.hdrVals = []*value{nil}
		for _, v := range cs.vals {
			vi := c.valueItems(v)
			its = append(its, vi...)
			for range vi {
				c.hdrVals = append(c.hdrVals, v)
			}
		}
		line = c.renderItems("headers", its)
	default:
		line = c.renderItems(cs.ctx, c.caseItems(cs.vals))
	}
	return line, c.looks, c.text
}
