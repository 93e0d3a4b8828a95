package fourtheval

import (
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
)

// A context renders a case's items into one log line, the way a real
// service would write them.
type ctxDef struct {
	name string
	fn   func(g *gen, its []*item)
}

var contexts = []ctxDef{
	{"field", ctxField},
	{"message", ctxMessage},
	{"json_string", ctxJSONString},
	{"json_twice", ctxJSONTwice},
	{"url_query", ctxURL},
	{"form_body", ctxForm},
	{"headers", ctxHeaders},
	{"logfmt", ctxLogfmt},
	{"tostring", ctxToString},
	{"python_repr", ctxPyRepr},
	{"ruby_hash", ctxRuby},
	{"php_dump", ctxPHP},
	{"go_struct", ctxGoStruct},
	{"sql", ctxSQL},
	{"csv", ctxCSV},
	{"email", ctxEmail},
	{"sms_push", ctxSMS},
	{"stack_trace", ctxStack},
	{"chat", ctxChat},
	{"syslog", ctxSyslog},
	{"graphql", ctxGraphQL},
	{"xml", ctxXML},
}

// ---- shared pieces ----

var hello = map[string]string{"en": "hi", "es": "hola", "pt": "oi", "it": "ciao", "de": "grüezi", "fr": "bonjour", "nl": "hoi", "fi": "hei", "nb": "hei", "da": "hej", "hu": "szia", "uk": "добрий день", "ar": "السلام عليكم", "ur": "assalam o alaikum", "bn": "assalamu alaikum", "ko": "안녕하세요", "ms": "salam", "fil": "hello po"}

var services = L("checkout-api;order-sync;payment-gateway;notifier;crm-bridge;marketplace-connector;label-service;support-desk;fulfilment-worker;returns-api;kyc-service;payout-worker")

func (g *gen) ts() time.Time { return g.epochAt() }

func (g *gen) envelope() *jobj {
	o := &jobj{}
	o.add("@timestamp", g.ts().Format("2006-01-02T15:04:05.000Z"))
	if g.p(0.6) {
		o.add("log.level", g.pk("info", "info", "warn", "error", "debug"))
	} else {
		o.add("level", g.pk("INFO", "WARN", "ERROR"))
	}
	if g.p(0.7) {
		o.add("service.name", pick(g, services))
	} else {
		o.get("service").add("name", pick(g, services))
	}
	return o
}

func (g *gen) finishEvent(o *jobj) { g.c.Line = toJSON(o) }

func (g *gen) finishText(s string) {
	g.c.Text = true
	g.c.Line = s
}

func (g *gen) kst() kstyle { return pick(g, []kstyle{kSnake, kSnake, kCamel, kCamel, kPascal, kKebab}) }

func (g *gen) sep() string { return g.pk(", ", ", ", "; ", " | ", " - ", ". ") }

func split(its []*item) (ps, ls []*item) {
	for _, it := range its {
		if it.p != nil {
			ps = append(ps, it)
		} else {
			ls = append(ls, it)
		}
	}
	return
}

// jval is an item's value for a JSON writer: PII through put, look-alikes
// registered with reg (how the raw value will appear in the stored text).
func (g *gen) jval(it *item, reg func(string) string) any {
	if it.p != nil {
		v := g.put(it.p, nil)
		coin := g.p(0.25)
		if coin && !g.blank && (it.p.Kind == "phone" || it.p.Kind == "card") && onlyDigits(v) == v {
			return jraw(v)
		}
		return v
	}
	v := g.laReg(it.l, reg)
	if it.l.Num && g.p(0.5) && v[0] != '0' {
		return jraw(v)
	}
	return v
}

// fill puts v into a template with "%s", encoding the template's text too.
func fill(tpl, v string, enc func(string) string) string {
	i := strings.Index(tpl, "%s")
	if i < 0 {
		panic("template without %s: " + tpl)
	}
	a, b := tpl[:i], tpl[i+2:]
	if enc != nil {
		a, b = enc(a), enc(b)
	}
	return a + v + b
}

// clause renders an item as a phrase of free text in the case's language.
func (g *gen) clause(it *item, enc func(string) string) string {
	lg := g.lg
	if it.l != nil {
		t := laByName[it.l.Type]
		v := g.la(it.l, enc)
		tpl := laClause(g, t, lg, "\x00")
		return fill(strings.Replace(tpl, "\x00", "%s", 1), v, enc)
	}
	p := it.p
	tpl := g.piiTemplate(p, false)
	if p.Kind == "phone" && g.loc.nativeDigits != "" && lg.code != "en" && g.p(0.12) && (g.c.Ctx == "chat" || g.c.Ctx == "message" || g.c.Ctx == "sms_push") {
		if !p.used {
			p.Form += " native digits"
		}
		nd := g.loc.nativeDigits
		inner := enc
		enc2 := func(s string) string {
			s = nativeNum(s, nd)
			if inner != nil {
				s = inner(s)
			}
			return s
		}
		return fill(tpl, g.put(p, enc2), enc)
	}
	return fill(tpl, g.put(p, enc), enc)
}

// piiTemplate picks a trigger phrase for p; chat asks for self-introductions.
func (g *gen) piiTemplate(p *pii, chat bool) string {
	lg := g.lg
	en := langs["en"]
	var tpl string
	switch p.Kind {
	case "credential":
		tpl = pick(g, p.cred.clauses)
		if p.cred.pw && lg.code != "en" && g.p(0.5) {
			tpl = capFirst(pick(g, lg.keys["password"])) + ": %s"
		}
	case "name":
		switch {
		case chat && g.p(0.6):
			tpl = pick(g, lg.intro)
		case g.p(0.25):
			if p.Female {
				tpl = pick(g, lg.honF)
			} else {
				tpl = pick(g, lg.honM)
			}
		default:
			tpl = pick(g, lg.clauses["name"])
		}
	case "cn_id":
		if g.p(0.6) {
			tpl = pick(g, cnIDClauses)
		} else {
			tpl = pick(g, lg.clauses["cn_id"])
		}
	default:
		cl := lg.clauses[p.Kind]
		if len(cl) == 0 || g.p(0.2) {
			cl = en.clauses[p.Kind]
		}
		tpl = pick(g, cl)
	}
	return strings.Replace(tpl, "{brand}", p.issuer, 1)
}

func (g *gen) clauses(its []*item, enc func(string) string) string {
	var parts []string
	for _, it := range its {
		parts = append(parts, g.clause(it, enc))
	}
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			b.WriteString(g.sep())
		}
		b.WriteString(p)
	}
	return b.String()
}

func (g *gen) opener() string { return pick(g, g.lg.open) }

// keyIn is an item's key in style st.
func keyIn(it *item, st kstyle) string { return styleKey(it.key, st) }

var parentPaths = [][]string{
	{"customer"}, {"buyer"}, {"recipient"}, {"order", "shipping"}, {"data", "customer info"}, {"payload", "receiver"},
	{"checkout", "contact"}, {"delivery"}, {"consignee"}, {"user", "profile"}, {"account"}, {"billing"}, {"payment"},
	{"kyc"}, {"beneficiary"}, {"sender"}, {"attributes"}, {"metadata"}, {"extra"}, {"ctx"}, {"params"}, {"request", "body"},
	{"event", "data", "object"}, {"order", "buyer info"}, {"fulfillment", "destination"},
}

var localParents = map[string][][]string{
	"es":  {{"pedido", "cliente"}, {"datos", "destinatario"}, {"envio", "datos contacto"}},
	"pt":  {{"pedido", "cliente"}, {"dados", "destinatario"}, {"entrega"}},
	"it":  {{"ordine", "cliente"}, {"spedizione", "destinatario"}},
	"de":  {{"bestellung", "kunde"}, {"lieferung", "empfaenger"}},
	"fr":  {{"commande", "client"}, {"livraison", "destinataire"}},
	"nl":  {{"bestelling", "klant"}, {"levering", "ontvanger"}},
	"fi":  {{"tilaus", "asiakas"}, {"toimitus"}},
	"nb":  {{"ordre", "kunde"}, {"levering", "mottaker"}},
	"da":  {{"ordre", "kunde"}, {"levering", "modtager"}},
	"hu":  {{"rendeles", "vevo"}, {"szallitas", "cimzett"}},
	"uk":  {{"замовлення", "клієнт"}, {"доставка", "одержувач"}},
	"ar":  {{"الطلب", "العميل"}, {"الشحن", "المستلم"}},
	"ur":  {{"order", "customer"}, {"delivery", "receiver"}},
	"bn":  {{"order", "customer"}, {"delivery", "prapok"}},
	"ko":  {{"주문", "수령인"}, {"배송", "받는분"}},
	"ms":  {{"pesanan", "pelanggan"}, {"penghantaran", "penerima"}},
	"fil": {{"order", "customer"}, {"delivery", "receiver"}},
}

func (g *gen) parent() []string {
	if lp := localParents[g.loc.lang]; len(lp) > 0 && g.p(0.3) {
		return pick(g, lp)
	}
	return pick(g, parentPaths)
}

// nest builds nested objects under path in o.
func nest(o *jobj, path []string, st kstyle) *jobj {
	cur := o
	for _, s := range path {
		cur = cur.get(styleKey(words(s), st))
	}
	return cur
}

// ---- contexts ----

func ctxField(g *gen, its []*item) {
	o := g.envelope()
	ps, ls := split(its)
	st := g.kst()
	sub := g.pk("nested", "nested", "flat", "array")
	g.c.Sub = sub
	par := g.parent()
	switch sub {
	case "nested":
		obj := nest(o, par, st)
		for _, it := range ps {
			obj.add(keyIn(it, st), g.jval(it, nil))
		}
	case "flat":
		pfx := ""
		for _, s := range par {
			pfx += styleKey(words(s), st) + "."
		}
		for _, it := range ps {
			o.add(pfx+keyIn(it, st), g.jval(it, nil))
		}
	default:
		arrKey := styleKey(words(g.pk("recipients", "contacts", "parties", "addresses", "customers")), st)
		var arr []any
		for _, it := range ps {
			e := &jobj{}
			if g.p(0.3) && (it.p.Kind == "phone" || it.p.Kind == "email") {
				e.add("type", map[string]string{"phone": g.pk("mobile", "phone", "whatsapp"), "email": "email"}[it.p.Kind])
				e.add("value", g.jval(it, nil))
			} else {
				e.add(keyIn(it, st), g.jval(it, nil))
			}
			arr = append(arr, e)
		}
		if len(arr) == 0 {
			arr = []any{}
		}
		o.add(arrKey, arr)
	}
	meta := o
	if g.p(0.6) {
		meta = o.get(styleKey(words(g.pk("order", "meta", "labels", "context", "shipment")), st))
	}
	for _, it := range ls {
		meta.add(keyIn(it, st), g.jval(it, nil))
	}
	msg := g.opener()
	// Echo: a value masked by its field also appears in the message.
	for _, it := range ps {
		k := it.p.Kind
		if (k == "name" || k == "address" || k == "email" || k == "phone") && g.p(0.35) {
			msg += ": " + g.clause(it, nil)
			g.c.Sub += "+echo"
			break
		}
	}
	o.add("message", msg)
	g.finishEvent(o)
}

func ctxMessage(g *gen, its []*item) {
	o := g.envelope()
	msg := g.clauses(its, nil)
	switch g.n(4) {
	case 0:
		msg = g.opener() + ": " + msg
	case 1:
		msg = "[" + pick(g, services) + "] " + g.opener() + " - " + msg
	case 2:
		msg = g.opener() + " (" + msg + ")"
	}
	f := g.pk("message", "message", "message", "error.message", "event.reason", "log.message")
	g.c.Sub = f
	o.add(f, msg)
	g.finishEvent(o)
}

// bodyAll builds the JSON object a request body, webhook or job would carry.
func (g *gen) bodyAll(its []*item, st kstyle, reg func(string) string) *jobj {
	ps, ls := split(its)
	o := &jobj{}
	placed := map[*item]bool{}
	for _, it := range ls {
		if g.p(0.5) {
			o.add(keyIn(it, st), g.jval(it, reg))
			placed[it] = true
		}
	}
	obj := o
	if g.p(0.7) {
		obj = nest(o, g.parent(), st)
	}
	for _, it := range ps {
		obj.add(keyIn(it, st), g.jval(it, reg))
	}
	for _, it := range ls {
		if !placed[it] {
			obj.add(keyIn(it, st), g.jval(it, reg))
		}
	}
	return o
}

func ctxJSONString(g *gen, its []*item) {
	o := g.envelope()
	st := g.kst()
	ascii := g.p(0.2)
	reg := jsonContent
	if ascii {
		reg = jsonASCII
		g.c.Sub = "ascii-escaped"
	} else {
		g.c.Sub = "utf8"
	}
	b := g.bodyAll(its, st, reg)
	s := string(appendJSON(nil, b, ascii))
	if g.p(0.3) {
		o.add("message", g.pk("request body: ", "upstream responded: ", "payload=", "publishing ")+s)
	} else {
		o.add("message", g.opener())
		o.add(g.pk("http.request.body.content", "http.response.body.content", "payload", "request_body", "event.original", "data"), s)
	}
	g.finishEvent(o)
}

func ctxJSONTwice(g *gen, its []*item) {
	o := g.envelope()
	st := g.kst()
	reg := func(s string) string { return jsonContent(jsonContent(s)) }
	inner := string(appendJSON(nil, g.bodyAll(its, st, reg), false))
	mid := &jobj{}
	switch g.n(3) {
	case 0:
		g.c.Sub = "sns"
		mid.add("Type", "Notification").add("MessageId", g.f.UUID()).add("TopicArn", "arn:aws:sns:ap-southeast-1:"+g.digits(12)+":orders").add("Message", inner).add("Timestamp", g.ts().Format(time.RFC3339))
	case 1:
		g.c.Sub = "kafka-connect"
		mid.add("schema", (&jobj{}).add("type", "string").add("optional", false)).add("payload", inner)
	default:
		g.c.Sub = "webhook-envelope"
		mid.add("event", g.pk("order.updated", "customer.created", "shipment.label_created")).add("id", "evt_"+g.from(b62, 20)).add("data", inner)
	}
	s := toJSON(mid)
	o.add(g.pk("message", "sqs.body", "event.original", "kafka.value"), s)
	g.finishEvent(o)
}

func ctxURL(g *gen, its []*item) {
	encName := g.pk("query", "encodeURIComponent", "loose")
	enc := map[string]func(string) string{"query": qEsc, "encodeURIComponent": qEsc20, "loose": qLoose}[encName]
	st := pick(g, []kstyle{kSnake, kCamel, kSnake, kJoined})
	path := g.pk("/api/v1/customers/search", "/checkout/confirm", "/track", "/webhooks/marketplace", "/orders/export", "/account/update", "/callback", "/api/v2/shipments", "/pay/return")
	var params []string
	for _, it := range its {
		if it.p != nil && it.p.Kind == "email" && g.p(0.2) && !strings.Contains(path, "@") {
			path = "/api/v2/customers/" + g.put(it.p, url.PathEscape) + "/orders"
			continue
		}
		params = append(params, qEsc(keyIn(it, st))+"="+g.val(it, enc))
	}
	params = append(params, "page="+fmt.Sprint(g.rng(1, 9)))
	q := strings.Join(params, "&")
	g.c.Sub = encName
	if g.p(0.5) {
		ua := g.pk("Mozilla/5.0 (Linux; Android 14; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36", "okhttp/4.12.0", "Shopee/3.21 (iPhone; iOS 17.4)", "python-requests/2.31.0", "curl/8.5.0")
		line := fmt.Sprintf(`%s - - [%s] "%s %s?%s HTTP/1.1" %d %d "-" "%s"`, fmt.Sprintf("10.%d.%d.%d", g.n(256), g.n(256), g.rng(1, 254)), g.ts().Format("02/Jan/2006:15:04:05 -0700"), g.pk("GET", "GET", "POST"), path, q, 200, g.rng(100, 90000), ua)
		g.c.Sub += " access-log"
		g.finishText(line)
		return
	}
	o := g.envelope()
	full := "https://shop.example" + path + "?" + q
	switch g.n(3) {
	case 0:
		o.add("url.original", full)
	case 1:
		o.add("url.path", path)
		o.add("url.query", q)
	default:
		o.add("http.request.referrer", full)
	}
	o.add("message", g.pk("GET ", "POST ", "redirect to ")+path)
	g.finishEvent(o)
}

func ctxForm(g *gen, its []*item) {
	sub := g.pk("plain", "plain", "rails-brackets", "rails-encoded")
	g.c.Sub = sub
	st := pick(g, []kstyle{kSnake, kCamel, kPascal})
	enc := qEsc
	if g.p(0.25) {
		enc = qEsc20
	}
	obj := styleKey(words(g.pk("order", "customer", "checkout", "user", "payment")), kSnake)
	var params []string
	for _, it := range its {
		k := keyIn(it, st)
		switch sub {
		case "rails-brackets":
			k = obj + "[" + k + "]"
		case "rails-encoded":
			k = qEsc(obj + "[" + k + "]")
		default:
			k = qEsc(k)
		}
		params = append(params, k+"="+g.val(it, enc))
	}
	params = append(params, "utf8=%E2%9C%93", "commit="+g.pk("Place+order", "Save", "Continue"))
	body := strings.Join(params, "&")
	if g.p(0.3) {
		g.finishText(fmt.Sprintf("%s POST %s Content-Type: application/x-www-form-urlencoded body=%s", g.ts().Format("2006-01-02 15:04:05"), g.pk("/checkout", "/account", "/sms/callback", "/payouts"), body))
		return
	}
	o := g.envelope()
	o.add("http.request.method", "POST")
	o.add("url.path", g.pk("/checkout", "/account/address", "/sms/inbound", "/payouts/new"))
	o.add("http.request.body.content", body)
	o.add("message", g.opener())
	g.finishEvent(o)
}

func shSingle(s string) string { return strings.ReplaceAll(s, "'", `'\''`) }

func nodeQ(s string) string {
	return "'" + strings.NewReplacer(`\`, `\\`, "'", `\'`, "\n", `\n`).Replace(s) + "'"
}

func ctxHeaders(g *gen, its []*item) {
	sub := g.pk("raw", "curl", "gomap", "node")
	g.c.Sub = sub
	type hv struct{ name, val string }
	var hs []hv
	hs = append(hs, hv{"Host", "api.shop.example"}, hv{"Accept", "application/json"})
	if g.p(0.5) {
		hs = append(hs, hv{"User-Agent", g.pk("okhttp/4.12.0", "Go-http-client/2.0", "axios/1.6.8", "Shopify-Captain-Hook")})
	}
	var enc func(string) string
	switch sub {
	case "curl":
		enc = shSingle
	case "node":
		enc = func(s string) string { return strings.NewReplacer(`\`, `\\`, "'", `\'`, "\n", `\n`).Replace(s) }
	default:
		enc = func(s string) string { return strings.ReplaceAll(s, "\n", " ") }
	}
	for _, it := range its {
		var name string
		pfx := ""
		if it.p != nil && it.p.Kind == "credential" {
			name = pick(g, it.p.cred.hdr)
			if name == "Authorization" {
				pfx = it.p.cred.hdrPfx
			}
		} else if it.l != nil {
			switch it.l.Type {
			case "uuid", "request id":
				name = g.pk("X-Request-Id", "X-Correlation-Id", "Idempotency-Key")
			case "traceparent":
				name = "traceparent"
			case "trace id":
				name = g.pk("X-B3-TraceId", "X-Trace-Id", "X-Amzn-Trace-Id")
			default:
				name = "X-" + styleKey(it.key, kTitleKebab)
			}
		} else {
			name = "X-" + styleKey(it.key, kTitleKebab)
		}
		hs = append(hs, hv{name, pfx + g.val(it, enc)})
	}
	var s string
	switch sub {
	case "raw":
		var lines []string
		lines = append(lines, g.pk("POST", "GET", "PUT")+" "+g.pk("/v1/orders", "/api/customers", "/webhooks/sms", "/oauth/token")+" HTTP/1.1")
		for _, h := range hs {
			lines = append(lines, h.name+": "+h.val)
		}
		s = strings.Join(lines, g.pk("\r\n", "\n"))
	case "curl":
		var b strings.Builder
		fmt.Fprintf(&b, "curl -sS -X %s 'https://api.shop.example%s'", g.pk("POST", "GET"), g.pk("/v1/orders", "/api/customers/lookup", "/v2/payouts"))
		for _, h := range hs[1:] {
			fmt.Fprintf(&b, " -H '%s: %s'", h.name, h.val)
		}
		s = b.String()
	case "gomap":
		sort.Slice(hs, func(i, j int) bool { return hs[i].name < hs[j].name })
		var parts []string
		for _, h := range hs {
			parts = append(parts, h.name+":["+h.val+"]")
		}
		s = "map[" + strings.Join(parts, " ") + "]"
	default:
		var parts []string
		for _, h := range hs {
			k := strings.ToLower(h.name)
			if strings.ContainsAny(k, "-") {
				k = "'" + k + "'"
			}
			parts = append(parts, k+": '"+h.val+"'")
		}
		s = "{ " + strings.Join(parts, ", ") + " }"
	}
	if sub == "curl" && g.p(0.4) {
		g.finishText(s)
		return
	}
	o := g.envelope()
	if g.p(0.5) {
		o.add("message", g.pk("outgoing request ", "request headers: ", "retrying with headers ")+s)
	} else {
		o.add("message", g.opener())
		o.add(g.pk("http.request.headers", "request.headers", "debug.headers"), s)
	}
	g.finishEvent(o)
}

func ctxLogfmt(g *gen, its []*item) {
	st := pick(g, []kstyle{kSnake, kSnake, kCamel})
	dotted := g.p(0.3)
	pfx := ""
	if dotted {
		pfx = styleKey(words(pick(g, parentPaths)[0]), st) + "."
	}
	var parts []string
	parts = append(parts, "time="+g.ts().Format(time.RFC3339Nano), "level="+g.pk("info", "warn", "error"), "msg="+logfmtVal(g.opener()))
	for _, it := range its {
		var v string
		if it.p != nil {
			v = g.put(it.p, logfmtVal)
		} else {
			v = logfmtVal(g.la(it.l, nil))
		}
		k := keyIn(it, st)
		if it.p != nil {
			k = pfx + k
		}
		parts = append(parts, k+"="+v)
	}
	s := strings.Join(parts, " ")
	if g.p(0.7) {
		g.c.Sub = "text"
		g.finishText(s)
		return
	}
	g.c.Sub = "event"
	o := g.envelope()
	o.add("message", s)
	g.finishEvent(o)
}

func className(g *gen) string {
	return g.pk("Order", "Customer", "ShippingInfo", "PaymentRequest", "Recipient", "Address", "Contact", "PayoutRequest", "KycProfile", "SmsMessage", "Shipment")
}

func ctxToString(g *gen, its []*item) {
	sub := g.pk("kotlin", "lombok", "intellij", "record")
	g.c.Sub = sub
	ps, ls := split(its)
	render := func(name string, xs []*item, inner string) string {
		var parts []string
		for _, it := range xs {
			k := keyIn(it, kCamel)
			var v string
			if sub == "intellij" {
				if it.p != nil {
					v = "'" + g.put(it.p, nil) + "'"
				} else {
					v = g.la(it.l, nil)
					if !it.l.Num {
						v = "'" + v + "'"
					}
				}
			} else {
				v = g.val(it, nil)
			}
			parts = append(parts, k+"="+v)
		}
		if inner != "" {
			parts = append(parts, inner)
		}
		switch sub {
		case "intellij":
			return name + "{" + strings.Join(parts, ", ") + "}"
		case "record":
			return name + "[" + strings.Join(parts, ", ") + "]"
		}
		return name + "(" + strings.Join(parts, ", ") + ")"
	}
	in := render(className(g), ps, "")
	out := render(className(g), ls, styleKey(words(g.pk("customer", "recipient", "details", "contact", "payload")), kCamel)+"="+in)
	msg := fmt.Sprintf(g.pk("Saving %s", "Received %s", "Publishing event %s", "Validation failed for %s", "Created %s", "Cache miss, loaded %s"), out)
	if g.p(0.15) {
		g.finishText(g.ts().Format("2006-01-02 15:04:05.000") + "  INFO 1 --- [nio-8080-exec-" + fmt.Sprint(g.rng(1, 9)) + "] c.s.o." + className(g) + "Service : " + msg)
		return
	}
	o := g.envelope()
	o.add("message", msg)
	o.add("log.logger", "com.shop."+strings.ToLower(className(g))+"."+className(g)+"Service")
	g.finishEvent(o)
}

func pyVal(g *gen, it *item) string {
	if it.p != nil {
		return g.put(it.p, pyQuote)
	}
	v := g.la(it.l, nil)
	if it.l.Num {
		return v
	}
	return pyQuote(v)
}

func ctxPyRepr(g *gen, its []*item) {
	sub := g.pk("dict", "dataclass", "querydict", "kwargs")
	g.c.Sub = sub
	var parts []string
	for _, it := range its {
		k := keyIn(it, kSnake)
		switch sub {
		case "dataclass":
			parts = append(parts, k+"="+pyVal(g, it))
		case "querydict":
			var v string
			if it.p != nil {
				v = g.put(it.p, pyQuote)
			} else {
				v = pyQuote(g.la(it.l, nil))
			}
			parts = append(parts, pyQuote(k)+": ["+v+"]")
		default:
			parts = append(parts, pyQuote(k)+": "+pyVal(g, it))
		}
	}
	var s string
	switch sub {
	case "dataclass":
		s = className(g) + "(" + strings.Join(parts, ", ") + ")"
	case "querydict":
		s = "<QueryDict: {" + strings.Join(parts, ", ") + "}>"
	case "kwargs":
		s = "send_notification(args=(" + fmt.Sprint(g.rng(1000, 99999)) + ",), kwargs={" + strings.Join(parts, ", ") + "})"
	default:
		s = "{" + strings.Join(parts, ", ") + "}"
	}
	msg := fmt.Sprintf(g.pk("payload=%s", "Creating customer %s", "Task received: %s", "cleaned_data=%s", "extra=%s"), s)
	if g.p(0.3) {
		g.finishText(g.ts().Format("2006-01-02 15:04:05,000") + " " + g.pk("INFO", "WARNING", "ERROR") + " [" + g.pk("checkout.views", "orders.tasks", "kyc.forms") + "] " + msg)
		return
	}
	o := g.envelope()
	o.add("message", msg)
	g.finishEvent(o)
}

func ctxRuby(g *gen, its []*item) {
	sub := g.pk("string-keys", "symbols", "ruby34", "sidekiq")
	g.c.Sub = sub
	var parts []string
	for _, it := range its {
		k := keyIn(it, kSnake)
		var v string
		if it.p != nil {
			v = g.put(it.p, rbQuote)
		} else {
			v = g.la(it.l, nil)
			if !it.l.Num {
				v = rbQuote(v)
			}
		}
		switch sub {
		case "symbols":
			if strings.ContainsAny(k, "-' ") || !isASCII(k) {
				parts = append(parts, ":"+rbQuote(k)+"=>"+v)
			} else {
				parts = append(parts, ":"+k+"=>"+v)
			}
		case "ruby34":
			if strings.ContainsAny(k, "-' ") || !isASCII(k) {
				parts = append(parts, rbQuote(k)+": "+v)
			} else {
				parts = append(parts, k+": "+v)
			}
		default:
			parts = append(parts, rbQuote(k)+"=>"+v)
		}
	}
	h := "{" + strings.Join(parts, ", ") + "}"
	var msg string
	switch sub {
	case "sidekiq":
		msg = fmt.Sprintf("Performing %sJob (Job ID: %s) from Sidekiq(default) enqueued at %s with arguments: %s", className(g), g.f.UUID(), g.ts().Format(time.RFC3339), h)
	default:
		msg = fmt.Sprintf(g.pk("Parameters: %s", "params=%s", "customer=%s", "attributes: %s"), h)
	}
	if g.p(0.4) {
		g.finishText(fmt.Sprintf("I, [%s #%d]  INFO -- : %s", g.ts().Format("2006-01-02T15:04:05.000000"), g.rng(100, 9999), msg))
		return
	}
	o := g.envelope()
	o.add("message", msg)
	g.finishEvent(o)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func ctxPHP(g *gen, its []*item) {
	sub := g.pk("print_r", "var_dump", "json_encode", "monolog")
	g.c.Sub = sub
	st := pick(g, []kstyle{kSnake, kCamel})
	var s string
	switch sub {
	case "print_r":
		var b strings.Builder
		b.WriteString("Array\n(\n")
		for _, it := range its {
			fmt.Fprintf(&b, "    [%s] => %s\n", keyIn(it, st), g.val(it, nil))
		}
		b.WriteString(")\n")
		s = b.String()
	case "var_dump":
		var b strings.Builder
		fmt.Fprintf(&b, "array(%d) {\n", len(its))
		for _, it := range its {
			fmt.Fprintf(&b, "  [%q]=>\n", keyIn(it, st))
			if it.l != nil && it.l.Num {
				fmt.Fprintf(&b, "  int(%s)\n", g.la(it.l, nil))
				continue
			}
			v := g.val(it, nil)
			fmt.Fprintf(&b, "  string(%d) \"%s\"\n", len(v), v)
		}
		b.WriteString("}\n")
		s = b.String()
	case "json_encode":
		s = string(appendJSON(nil, g.bodyAll(its, st, jsonASCII), true))
	default:
		b := g.bodyAll(its, st, jsonContent)
		s = fmt.Sprintf("[%s] production.%s: %s %s []", g.ts().Format("2006-01-02 15:04:05"), g.pk("INFO", "ERROR", "WARNING"), g.opener(), toJSON(b))
		if g.p(0.5) {
			g.finishText(s)
			return
		}
		o := g.envelope()
		o.add("message", s)
		g.finishEvent(o)
		return
	}
	o := g.envelope()
	if g.p(0.5) {
		o.add("message", g.pk("Request data: ", "$_POST = ", "debug: ")+s)
	} else {
		o.add("message", g.opener())
		o.add(g.pk("context.dump", "php.debug", "request.post"), s)
	}
	g.finishEvent(o)
}

func ctxGoStruct(g *gen, its []*item) {
	sub := g.pk("plus-v", "plus-v", "sharp-v")
	g.c.Sub = sub
	ps, ls := split(its)
	field := func(it *item) string {
		k := keyIn(it, kPascal)
		if sub == "sharp-v" {
			if it.p != nil {
				return k + ":" + g.put(it.p, goQuote)
			}
			if it.l.Num {
				return k + ":" + g.la(it.l, nil)
			}
			return k + ":" + goQuote(g.la(it.l, nil))
		}
		return k + ":" + g.val(it, nil)
	}
	var in, out []string
	for _, it := range ps {
		in = append(in, field(it))
	}
	for _, it := range ls {
		out = append(out, field(it))
	}
	inner := styleKey(words(g.pk("customer", "recipient", "contact", "payee")), kPascal)
	var s string
	if sub == "sharp-v" {
		s = "&sync." + className(g) + "{" + strings.Join(append(out, inner+":sync."+className(g)+"{"+strings.Join(in, ", ")+"}"), ", ") + "}"
	} else {
		s = "{" + strings.Join(append(out, inner+":{"+strings.Join(in, " ")+"}"), " ") + "}"
	}
	msg := fmt.Sprintf(g.pk("sync payload: %s", "failed to push %s", "enqueue %s", "marshal %s"), s)
	if g.p(0.4) {
		g.finishText(fmt.Sprintf("E%s %7d %s:%d] %s", g.ts().Format("0102 15:04:05.000000"), g.rng(1, 99), g.pk("sync.go", "push.go", "worker.go"), g.rng(20, 400), msg))
		return
	}
	o := g.envelope()
	o.add("message", msg)
	g.finishEvent(o)
}

func sqlVal(g *gen, it *item) string {
	if it.p != nil {
		return g.put(it.p, sqlLit)
	}
	v := g.la(it.l, func(s string) string { return strings.ReplaceAll(s, "'", "''") })
	if it.l.Num && g.p(0.6) && v[0] != '0' {
		return v
	}
	return "'" + v + "'"
}

func ctxSQL(g *gen, its []*item) {
	sub := g.pk("mysql-general", "gorm", "rails", "django", "hibernate5", "hibernate6", "postgres", "prisma", "p6spy", "sqlalchemy", "sequelize")
	g.c.Sub = sub
	table := g.pk("customers", "orders", "shipments", "payouts", "users", "addresses", "kyc_documents", "refunds")
	var cols []string
	for _, it := range its {
		cols = append(cols, keyIn(it, kSnake))
	}
	q := func(c string) string {
		switch sub {
		case "gorm", "mysql-general":
			return "`" + c + "`"
		case "rails", "django", "sequelize", "prisma":
			return `"` + c + `"`
		}
		return c
	}
	var qc []string
	for _, c := range cols {
		qc = append(qc, q(c))
	}
	inline := func() string {
		var vs []string
		for _, it := range its {
			vs = append(vs, sqlVal(g, it))
		}
		if g.p(0.6) {
			return fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", q(table), strings.Join(qc, ","), strings.Join(vs, ","))
		}
		var sets []string
		for i := range vs {
			sets = append(sets, qc[i]+" = "+vs[i])
		}
		if g.p(0.5) {
			return fmt.Sprintf("UPDATE %s SET %s WHERE %s = %d", q(table), strings.Join(sets, ", "), q("id"), g.rng(1, 999999))
		}
		return fmt.Sprintf("SELECT * FROM %s WHERE %s LIMIT 1", q(table), strings.Join(sets, " AND "))
	}
	ph := func(i int, style string) string {
		switch style {
		case "?":
			return "?"
		case "%":
			return "%(" + cols[i] + ")s"
		}
		return fmt.Sprintf("$%d", i+1)
	}
	placeholders := func(style string) string {
		var ps []string
		for i := range its {
			ps = append(ps, ph(i, style))
		}
		return fmt.Sprintf("INSERT INTO %s (%s) VALUES (%s)", q(table), strings.Join(qc, ", "), strings.Join(ps, ", "))
	}
	var s string
	switch sub {
	case "mysql-general":
		s = fmt.Sprintf("%s\t%5d Query\t%s", g.ts().Format("2006-01-02T15:04:05.000000Z"), g.rng(10, 9999), inline())
	case "gorm":
		s = fmt.Sprintf("[%.3fms] [rows:%d] %s", float64(g.rng(100, 99999))/1000, g.rng(0, 3), inline())
	case "sequelize":
		s = "Executing (default): " + inline() + ";"
	case "p6spy":
		s = fmt.Sprintf("p6spy - %d|%d|statement|connection %d|url jdbc:postgresql://db/shop|%s|%s", g.ts().UnixMilli(), g.rng(0, 40), g.rng(1, 20), strings.ToLower(placeholders("?")), inline())
	case "rails":
		var bs []string
		for i, it := range its {
			var v string
			if it.p != nil {
				v = g.put(it.p, rbQuote)
			} else {
				v = g.la(it.l, nil)
				if !it.l.Num {
					v = rbQuote(v)
				}
			}
			bs = append(bs, "["+rbQuote(cols[i])+", "+v+"]")
		}
		s = fmt.Sprintf("%s Create (%.1fms)  %s RETURNING \"id\"  [%s]", capFirst(strings.TrimSuffix(table, "s")), float64(g.rng(1, 90))/10, placeholders("$"), strings.Join(bs, ", "))
	case "django":
		var vs []string
		for _, it := range its {
			vs = append(vs, pyVal(g, it))
		}
		s = fmt.Sprintf("(%.3f) %s; args=(%s); alias=default", float64(g.rng(1, 900))/1000, inline(), strings.Join(vs, ", "))
	case "hibernate5", "hibernate6":
		var lines []string
		lines = append(lines, "Hibernate: "+strings.ToLower(placeholders("?")))
		for i, it := range its {
			typ := "VARCHAR"
			if it.l != nil && it.l.Num {
				typ = "BIGINT"
			}
			v := g.val(it, nil)
			if sub == "hibernate5" {
				lines = append(lines, fmt.Sprintf("binding parameter [%d] as [%s] - [%s]", i+1, typ, v))
			} else {
				lines = append(lines, fmt.Sprintf("binding parameter (%d:%s) <- [%s]", i+1, typ, v))
			}
		}
		s = strings.Join(lines, "\n")
	case "postgres":
		var ps []string
		for i, it := range its {
			ps = append(ps, fmt.Sprintf("$%d = %s", i+1, sqlVal(g, it)))
		}
		s = fmt.Sprintf("LOG:  execute <unnamed>: %s\nDETAIL:  parameters: %s", placeholders("$"), strings.Join(ps, ", "))
	case "prisma":
		var vs []string
		for _, it := range its {
			if it.p != nil {
				vs = append(vs, g.put(it.p, func(s string) string { return `"` + jsonContent(s) + `"` }))
			} else {
				vs = append(vs, `"`+g.la(it.l, jsonContent)+`"`)
			}
		}
		s = fmt.Sprintf("prisma:query %s\nParams: [%s]\nDuration: %dms", placeholders("$"), strings.Join(vs, ","), g.rng(1, 80))
	default: // sqlalchemy
		var vs []string
		for i, it := range its {
			vs = append(vs, pyQuote(cols[i])+": "+pyVal(g, it))
		}
		s = fmt.Sprintf("%s\n[generated in %.5fs] {%s}", placeholders("%"), float64(g.rng(10, 900))/100000, strings.Join(vs, ", "))
	}
	if g.p(0.35) {
		g.finishText(s)
		return
	}
	o := g.envelope()
	if g.p(0.5) {
		o.add("message", s)
	} else {
		o.add("message", g.pk("query", "slow query", "db error"))
		o.add(g.pk("db.statement", "sql.query", "query"), s)
	}
	g.finishEvent(o)
}

func ctxCSV(g *gen, its []*item) {
	seps := []byte{',', ';', '\t', '|'}
	sep := pick(g, seps)
	header := g.p(0.6)
	hst := pick(g, []kstyle{kSpaced, kTitleSpaced, kSnake})
	var hs, vs []string
	extra := g.p(0.5)
	if extra {
		hs = append(hs, styleKey(words(g.pk("qty", "status", "row")), hst))
		vs = append(vs, fmt.Sprint(g.rng(1, 9)))
	}
	for _, it := range its {
		hs = append(hs, csvField(keyIn(it, hst), sep))
		if it.p != nil {
			vs = append(vs, g.put(it.p, func(s string) string { return csvField(s, sep) }))
		} else {
			vs = append(vs, csvField(g.la(it.l, nil), sep))
		}
	}
	row := strings.Join(vs, string(sep))
	var s string
	sepName := map[byte]string{',': "comma", ';': "semicolon", '\t': "tab", '|': "pipe"}[sep]
	if header {
		g.c.Sub = sepName + " with header"
		s = strings.Join(hs, string(sep)) + "\n" + row
	} else {
		g.c.Sub = sepName + " no header"
		s = row
	}
	if g.p(0.45) {
		if header {
			g.finishText(s)
		} else {
			g.finishText(fmt.Sprintf("%s import %s line %d: %s", g.ts().Format("2006-01-02 15:04:05"), g.pk("rejected", "ok", "duplicate"), g.rng(2, 9000), s))
		}
		return
	}
	o := g.envelope()
	if header {
		o.add("message", g.pk("export chunk", "import preview", "csv upload"))
		o.add(g.pk("file.content", "csv.chunk", "upload.preview"), s)
	} else {
		o.add("message", fmt.Sprintf("%s row %d: %s", g.pk("import failed at", "skipped", "parsed"), g.rng(2, 9000), s))
	}
	g.finishEvent(o)
}

func ctxEmail(g *gen, its []*item) {
	ps, ls := split(its)
	var nameIt, mailIt *item
	var rest []*item
	for _, it := range ps {
		switch {
		case it.p.Kind == "name" && nameIt == nil && it.p.Sub == "full":
			nameIt = it
		case it.p.Kind == "email" && mailIt == nil:
			mailIt = it
		default:
			rest = append(rest, it)
		}
	}
	if g.p(0.3) && mailIt != nil {
		// Postfix: cleanup logs the subject (header_checks), smtp the delivery.
		g.c.Sub = "postfix"
		qid := g.from(upperHex, 10)
		subj := g.opener()
		if len(rest)+len(ls) > 0 || nameIt != nil {
			all := append(append([]*item{}, rest...), ls...)
			if nameIt != nil {
				all = append([]*item{nameIt}, all...)
			}
			subj += " " + g.clauses(all, nil)
		}
		s := fmt.Sprintf("postfix/cleanup[%d]: %s: info: header Subject: %s from localhost[127.0.0.1]; from=<no-reply@shop.example> to=<%s> proto=ESMTP\npostfix/smtp[%d]: %s: to=<%s>, relay=%s[%s]:25, delay=%.1f, dsn=2.0.0, status=sent (250 2.0.0 OK %d)",
			g.rng(1000, 99999), qid, subj, g.put(mailIt.p, nil), g.rng(1000, 99999), qid, g.put(mailIt.p, nil), g.pk("gmail-smtp-in.l.google.com", "mx1.naver.com", "mx.ukr.net", "mta7.am0.yahoodns.net"), g.f.IPv4Address(), float64(g.rng(1, 90))/10, g.epoch())
		g.finishText(s)
		return
	}
	g.c.Sub = "mime"
	var h []string
	h = append(h, `From: "`+g.pk("Shop", "Loja", "Tienda", "Kedai", "상점")+` Support" <no-reply@shop.example>`)
	switch {
	case nameIt != nil && mailIt != nil:
		h = append(h, `To: "`+g.put(nameIt.p, nil)+`" <`+g.put(mailIt.p, nil)+`>`)
	case mailIt != nil:
		h = append(h, "To: <"+g.put(mailIt.p, nil)+">")
	case nameIt != nil:
		h = append(h, `To: "`+g.put(nameIt.p, nil)+`" <c-`+g.digits(6)+`@relay.shop.example>`)
	default:
		h = append(h, "To: <relay-"+g.digits(6)+"@relay.shop.example>")
	}
	subj := g.opener()
	if len(ls) > 0 && g.p(0.5) {
		subj += " " + g.clause(ls[0], nil)
		ls = ls[1:]
	}
	h = append(h, "Subject: "+subj, "Date: "+g.ts().Format(time.RFC1123Z), "Message-ID: <"+g.f.UUID()+"@mail.shop.example>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8", "Content-Transfer-Encoding: 8bit")
	var body []string
	if nameIt != nil && g.p(0.6) {
		tpl := g.piiTemplate(nameIt.p, false)
		body = append(body, fill(tpl, g.put(nameIt.p, nil), nil))
	} else {
		body = append(body, capFirst(hello[g.lg.code])+",")
	}
	all := append(append([]*item{}, rest...), ls...)
	for _, it := range all {
		body = append(body, g.clause(it, nil))
	}
	body = append(body, capFirst(pick(g, g.lg.thanks)))
	s := strings.Join(h, "\r\n") + "\r\n\r\n" + strings.Join(body, "\n")
	if g.p(0.4) {
		g.finishText(s)
		return
	}
	o := g.envelope()
	o.add("message", g.pk("mail queued", "sending email", "email rendered"))
	o.add(g.pk("email.raw", "mail.body", "event.original"), s)
	g.finishEvent(o)
}

func ctxSMS(g *gen, its []*item) {
	ps, ls := split(its)
	var to *item
	var rest []*item
	for _, it := range ps {
		if it.p.Kind == "phone" && to == nil {
			to = it
		} else {
			rest = append(rest, it)
		}
	}
	body := func(enc func(string) string) string {
		all := append(append([]*item{}, rest...), ls...)
		s := ""
		if g.p(0.5) {
			s = g.opener() + ". "
			if enc != nil {
				s = enc(s)
			}
		}
		return s + g.clauses(all, enc)
	}
	sub := g.pk("twilio-json", "twilio-form", "gateway-line", "fcm")
	if to == nil && sub != "fcm" && g.p(0.5) {
		sub = "fcm"
	}
	g.c.Sub = sub
	toVal := func(enc func(string) string) string {
		if to != nil {
			return g.put(to.p, enc)
		}
		v := "+1415" + g.digits(7)
		if enc != nil {
			v = enc(v)
		}
		return v
	}
	switch sub {
	case "twilio-json":
		o := g.envelope()
		o.add("message", "POST /2010-04-01/Accounts/AC"+g.hex(32)+"/Messages.json")
		o.get("sms").add("To", toVal(nil)).add("From", g.pk("SHOPNOW", "+14155550100", "MYSHOP")).add("Body", body(nil)).add("MessagingServiceSid", "MG"+g.hex(32))
		g.finishEvent(o)
	case "twilio-form":
		s := "To=" + toVal(qEsc) + "&From=" + qEsc("+1415"+g.digits(7)) + "&Body=" + body(qEsc) + "&StatusCallback=" + qEsc("https://shop.example/sms/status")
		o := g.envelope()
		o.add("message", "twilio request")
		o.add("http.request.body.content", s)
		g.finishEvent(o)
	case "gateway-line":
		s := fmt.Sprintf("%s sms.send provider=%s to=%s status=%s text=%s", g.ts().Format(time.RFC3339), g.pk("globelabs", "infobip", "smsglobal", "turbosms", "ssl-wireless", "twilio"), toVal(nil), g.pk("queued", "sent", "failed"), dq(body(nil)))
		g.finishText(s)
	default:
		m := &jobj{}
		msg := m.get("message")
		msg.add("token", g.from(b64url, 22)+":APA91b"+g.from(b64url, 134))
		msg.get("notification").add("title", g.opener()).add("body", body(nil))
		if to != nil {
			msg.get("data").add("phone", g.put(to.p, nil))
		}
		o := g.envelope()
		o.add("message", "fcm send")
		o.add(g.pk("push.payload", "http.request.body.content"), toJSON(m))
		g.finishEvent(o)
	}
}

func ctxStack(g *gen, its []*item) {
	sub := g.pk("java", "python", "go", "dotnet", "node")
	g.c.Sub = sub
	kv := g.p(0.4)
	var msg string
	if kv {
		var parts []string
		for _, it := range its {
			parts = append(parts, keyIn(it, kCamel)+"="+g.val(it, nil))
		}
		msg = strings.Join(parts, ", ")
	} else {
		msg = g.clauses(its, nil)
	}
	var first, trace string
	switch sub {
	case "java":
		ex := g.pk("com.shop.checkout.ValidationException", "java.lang.IllegalArgumentException", "com.shop.payments.PaymentDeclinedException", "org.springframework.web.client.HttpClientErrorException$BadRequest")
		first = ex + ": " + g.pk("Invalid request: ", "Cannot process ", "400 Bad Request: ") + msg
		trace = first + "\n\tat com.shop.checkout.OrderService.validate(OrderService.java:" + fmt.Sprint(g.rng(40, 900)) + ")\n\tat com.shop.checkout.OrderController.create(OrderController.java:" + fmt.Sprint(g.rng(20, 300)) + ")\n\tat java.base/java.lang.Thread.run(Thread.java:1583)"
	case "python":
		ex := g.pk("ValueError", "shop.errors.ValidationError", "KeyError", "requests.exceptions.HTTPError")
		first = ex + ": " + msg
		trace = "Traceback (most recent call last):\n  File \"/app/shop/views.py\", line " + fmt.Sprint(g.rng(20, 600)) + ", in create_order\n    customer = service.register(data)\n  File \"/app/shop/service.py\", line " + fmt.Sprint(g.rng(20, 600)) + ", in register\n    raise " + strings.SplitN(ex, ":", 2)[0] + "(msg)\n" + first
	case "go":
		first = "panic: " + g.pk("sync failed: ", "unexpected response: ", "invalid payload: ") + msg
		trace = first + "\n\ngoroutine " + fmt.Sprint(g.rng(1, 900)) + " [running]:\nmain.(*Syncer).Push(0xc000" + g.hex(6) + ")\n\t/app/sync.go:" + fmt.Sprint(g.rng(20, 400)) + " +0x" + g.hex(3) + "\nmain.main()\n\t/app/main.go:41 +0x1d"
	case "dotnet":
		first = "System." + g.pk("ArgumentException", "FormatException", "InvalidOperationException") + ": " + msg
		trace = first + "\n   at Shop.Payments.PayoutService.Validate(Payout p) in /src/Shop.Payments/PayoutService.cs:line " + fmt.Sprint(g.rng(20, 400)) + "\n   at Shop.Api.Controllers.PayoutsController.Post(PayoutRequest req)"
	default:
		first = g.pk("Error", "TypeError", "ValidationError") + ": " + msg
		trace = first + "\n    at Object.charge (/app/src/pay.js:" + fmt.Sprint(g.rng(10, 300)) + ":" + fmt.Sprint(g.rng(2, 40)) + ")\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)"
	}
	if g.p(0.3) {
		g.finishText(trace)
		return
	}
	o := g.envelope()
	o.add("message", g.pk("unhandled exception", "request failed", "job failed"))
	if g.p(0.6) {
		// error.message repeats the first line: the same values twice.
		o.add("error.message", strings.TrimPrefix(first, "panic: "))
	}
	o.add("error.stack_trace", trace)
	g.finishEvent(o)
}

func ctxChat(g *gen, its []*item) {
	ps, ls := split(its)
	lg := g.lg
	sub := g.pk("transcript", "ticket")
	g.c.Sub = sub
	var lines []string
	t := g.ts()
	stamp := func() string {
		t = t.Add(time.Duration(g.rng(5, 120)) * time.Second)
		return t.Format("15:04")
	}
	cust := lg.cust
	agent := lg.agent + " " + fmt.Sprint(g.rng(100, 999))
	if len(ls) > 0 {
		lines = append(lines, fmt.Sprintf("[%s] %s: %s", stamp(), cust, hello[lg.code]+" "+g.clause(ls[0], nil)))
		ls = ls[1:]
	}
	for _, it := range ps {
		tpl := g.piiTemplate(it.p, true)
		v := g.put(it.p, nil)
		if it.p.Kind == "phone" && g.loc.nativeDigits != "" && lg.code != "en" && g.p(0.12) {
			if !g.blank {
				it.p.Form += " native digits"
			}
			v = nativeNum(v, g.loc.nativeDigits)
		}
		lines = append(lines, fmt.Sprintf("[%s] %s: %s", stamp(), cust, fill(tpl, v, nil)))
		if g.p(0.5) {
			lines = append(lines, fmt.Sprintf("[%s] %s: %s", stamp(), agent, capFirst(pick(g, lg.thanks))))
		}
	}
	for _, it := range ls {
		lines = append(lines, fmt.Sprintf("[%s] %s: %s", stamp(), agent, g.clause(it, nil)))
	}
	s := strings.Join(lines, "\n")
	if sub == "ticket" {
		o := g.envelope()
		o.add("message", "ticket "+g.pk("created", "updated", "escalated"))
		tk := o.get("ticket")
		tk.add("id", jraw(fmt.Sprint(g.rng(10000, 999999)))).add("channel", g.pk("whatsapp", "web_widget", "email", "line", "messenger", "zalo"))
		tk.add("description", s)
		g.finishEvent(o)
		return
	}
	if g.p(0.3) {
		g.finishText(s)
		return
	}
	o := g.envelope()
	o.add("message", s)
	g.finishEvent(o)
}

func sdEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "]", `\]`, "\n", " ").Replace(s)
}

func ctxSyslog(g *gen, its []*item) {
	sub := g.pk("rfc3164", "rfc5424", "klog", "cri")
	g.c.Sub = sub
	host := g.pk("web-1", "ip-10-0-1-12", "shop-prod-3", "worker-7")
	app := pick(g, services)
	t := g.ts()
	var s string
	switch sub {
	case "rfc3164":
		s = fmt.Sprintf("<%d>%s %s %s[%d]: %s", g.pk2(134, 131, 132), t.Format(time.Stamp), host, app, g.rng(100, 60000), g.opener()+": "+g.clauses(its, func(x string) string { return strings.ReplaceAll(x, "\n", " ") }))
	case "rfc5424":
		var sd []string
		for _, it := range its {
			var v string
			if it.p != nil {
				v = g.put(it.p, sdEsc)
			} else {
				v = g.la(it.l, sdEsc)
			}
			sd = append(sd, styleKey(it.key, kSnake)+`="`+v+`"`)
		}
		s = fmt.Sprintf("<%d>1 %s %s %s %d %s [order@32473 %s] %s", g.pk2(134, 131, 132), t.Format("2006-01-02T15:04:05.000Z"), host, app, g.rng(100, 60000), g.pk("ORDER", "PAY", "SHIP"), strings.Join(sd, " "), g.opener())
	case "klog":
		var kv []string
		for _, it := range its {
			kv = append(kv, styleKey(it.key, kCamel)+"="+dq(g.val(it, nil)))
		}
		s = fmt.Sprintf("I%s %7d %s:%d] %q %s", t.Format("0102 15:04:05.000000"), 1, g.pk("handler.go", "controller.go", "reconcile.go"), g.rng(20, 500), g.opener(), strings.Join(kv, " "))
	default:
		inner := &jobj{}
		inner.add("level", g.pk("info", "warn", "error")).add("msg", g.opener())
		for _, it := range its {
			inner.add(styleKey(it.key, kSnake), g.jval(it, jsonContent))
		}
		s = fmt.Sprintf("%s %s F %s", t.Format("2006-01-02T15:04:05.000000000Z"), g.pk("stdout", "stderr"), toJSON(inner))
	}
	g.finishText(s)
}

func (g *gen) pk2(xs ...int) int { return xs[g.n(len(xs))] }

func ctxGraphQL(g *gen, its []*item) {
	sub := g.pk("variables-fields", "body-string", "inline-args")
	g.c.Sub = sub
	op := g.pk("UpdateShippingAddress", "CreateCustomer", "PlaceOrder", "RequestPayout", "SubmitKyc")
	switch sub {
	case "variables-fields":
		o := g.envelope()
		o.add("graphql.operation", op)
		in := o.get("graphql").get("variables").get("input")
		for _, it := range its {
			in.add(keyIn(it, kCamel), g.jval(it, nil))
		}
		o.add("message", "graphql request")
		g.finishEvent(o)
	case "body-string":
		vars := &jobj{}
		in := vars.get("input")
		for _, it := range its {
			in.add(keyIn(it, kCamel), g.jval(it, jsonContent))
		}
		b := (&jobj{}).add("operationName", op).add("variables", vars).add("query", "mutation "+op+"($input: "+op+"Input!) { "+strings.ToLower(op[:1])+op[1:]+"(input: $input) { id errors { field message } } }")
		o := g.envelope()
		o.add("message", "graphql "+op)
		o.add("http.request.body.content", toJSON(b))
		g.finishEvent(o)
	default:
		var args []string
		for _, it := range its {
			var v string
			if it.p != nil {
				v = g.put(it.p, func(s string) string { return `"` + jsonContent(s) + `"` })
			} else if it.l.Num && g.p(0.5) {
				v = g.la(it.l, nil)
			} else {
				v = `"` + g.la(it.l, jsonContent) + `"`
			}
			args = append(args, keyIn(it, kCamel)+": "+v)
		}
		q := "mutation { " + strings.ToLower(op[:1]) + op[1:] + "(input: {" + strings.Join(args, ", ") + "}) { id } }"
		o := g.envelope()
		o.add("message", "graphql query")
		o.add("graphql.query", q)
		g.finishEvent(o)
	}
}

func ctxXML(g *gen, its []*item) {
	sub := g.pk("soap", "plain", "attributes")
	g.c.Sub = sub
	st := pick(g, []kstyle{kPascal, kCamel})
	ps, ls := split(its)
	tag := func(it *item) string {
		t := keyIn(it, st)
		if t == "" || strings.ContainsAny(t[:1], "0123456789-.") {
			t = "f" + t
		}
		return t
	}
	var s string
	switch sub {
	case "attributes":
		var attrs []string
		for _, it := range its {
			attrs = append(attrs, tag(it)+`="`+g.val(it, xmlEsc)+`"`)
		}
		s = `<?xml version="1.0" encoding="UTF-8"?><` + className(g) + " " + strings.Join(attrs, " ") + "/>"
	default:
		var b strings.Builder
		pfx := ""
		root := className(g)
		if sub == "soap" {
			pfx = "ns2:"
			b.WriteString(`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns2="http://ws.shop.example/shipping"><soapenv:Header/><soapenv:Body><ns2:Create` + root + `Request>`)
		} else {
			b.WriteString("<" + strings.ToLower(root) + ">")
		}
		for _, it := range ls {
			fmt.Fprintf(&b, "<%s%s>%s</%s%s>", pfx, tag(it), g.val(it, xmlText), pfx, tag(it))
		}
		b.WriteString("<" + pfx + "Receiver>")
		for _, it := range ps {
			fmt.Fprintf(&b, "<%s%s>%s</%s%s>", pfx, tag(it), g.val(it, xmlText), pfx, tag(it))
		}
		b.WriteString("</" + pfx + "Receiver>")
		if sub == "soap" {
			b.WriteString(`</ns2:Create` + root + "Request></soapenv:Body></soapenv:Envelope>")
		} else {
			b.WriteString("</" + strings.ToLower(root) + ">")
		}
		s = b.String()
	}
	if g.p(0.3) {
		g.finishText(g.ts().Format("2006-01-02 15:04:05.000") + " DEBUG [ws-client] request: " + s)
		return
	}
	o := g.envelope()
	if g.p(0.5) {
		o.add("message", g.pk("SOAP request: ", "outbound xml ", "carrier request ")+s)
	} else {
		o.add("message", g.pk("carrier call", "soap call"))
		o.add(g.pk("http.request.body.content", "soap.request", "xml.payload"), s)
	}
	g.finishEvent(o)
}
