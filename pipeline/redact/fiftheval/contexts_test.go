package fiftheval

import (
	"strings"
)

// context renders one log line of a shape; event lines are NDJSON.
type context struct {
	name  string
	event bool
	fn    func(g *gen, p person) string
}

var contexts = []context{
	{"vendor_payload", true, ctxVendorPayload},
	{"json_in_string", true, ctxJSONInString},
	{"json_twice", true, ctxJSONTwice},
	{"otel_attributes", true, ctxOTel},
	{"gelf_datadog_fluentd", true, ctxEnvelope},
	{"access_log_query", false, ctxAccessLog},
	{"form_body", false, ctxFormBody},
	{"multipart", true, ctxMultipart},
	{"http_headers", false, ctxHeaders},
	{"java_dotnet_mdc", false, ctxMDC},
	{"yaml_dump", false, ctxYAML},
	{"proto_text", false, ctxProto},
	{"config_dump", false, ctxConfig},
	{"es_bulk_error", false, ctxESBulk},
	{"exception", false, ctxException},
	{"support_chat", true, ctxChat},
	{"sms_push", true, ctxSMS},
	{"email_message", false, ctxEmail},
	{"csv_export", false, ctxCSV},
	{"sql", false, ctxSQL},
	{"xml_soap", false, ctxXML},
	{"markdown_ticket", false, ctxMarkdown},
	{"logfmt", false, ctxLogfmt},
}

func (g *gen) ts() string {
	return "2024-" + two(g.num(1, 12)) + "-" + two(g.num(1, 28)) + "T" + two(g.num(0, 23)) + ":" + two(g.num(0, 59)) + ":" + two(g.num(0, 59)) + "." + g.digits(3) + "Z"
}

func (g *gen) svc() string {
	return pick(g, []string{"order-sync", "inventory-sync", "payment-callback", "amazon-spapi-client", "shopify-webhooks", "shopee-open-client", "lazada-client", "tiktok-shop-client", "nightly-export", "customer-service"})
}

// mix returns planted values of kinds and n look-alikes, shuffled.
func (g *gen) mix(kinds []string, p person, n int) []kv {
	var out []kv
	for _, k := range kinds {
		out = append(out, g.keyedPII(k, p))
	}
	out = append(out, g.trapKVs(n+2)...)
	g.r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
	return out
}

// prose joins phrases of kinds with look-alikes in between.
func (g *gen) prose(kinds []string, p person) string {
	var parts []string
	parts = append(parts, pick(g, []string{"order", "Order", "sync:", "callback", "ticket"})+" "+g.trapPhrase())
	for _, k := range kinds {
		parts = append(parts, g.phrase(k, p), g.trapPhrase())
	}
	return strings.Join(parts, pick(g, []string{", ", "; ", " - ", " | "}))
}

func kvsToObj(kvs []kv, ascii bool) raw {
	var a []any
	for _, x := range kvs {
		a = append(a, x.k, x.v)
	}
	return jObj(ascii, a...)
}

func envelope(g *gen, msg string, extra ...any) string {
	kv := []any{"@timestamp", g.ts(), "service.name", g.svc(), "log.level", pick(g, []string{"info", "warn", "error", "debug"}), "message", msg, "trace.id", g.trapOf("trace_id")}
	kv = append(kv, extra...)
	return string(J(kv...))
}

// ---- 1. vendor payloads at depth ----

type vendorSchema struct {
	vendor, root                            string
	orderKey, orderType                     string
	buyerObj, nameKey, emailKey             string
	addrObj, addrKey, phoneKey, addrNameKey string
	extraKinds                              []string
}

var vendorSchemas = []vendorSchema{
	{"amazon", "payload.Orders", "AmazonOrderId", "amazon_order", "BuyerInfo", "BuyerName", "BuyerEmail", "ShippingAddress", "AddressLine1", "Phone", "Name", []string{kCred}},
	{"shopify", "order", "id", "shopify_order_id", "customer", "first_name", "email", "shipping_address", "address1", "phone", "name", []string{kCard}},
	{"shopee", "response.order_list", "order_sn", "shopee_sn", "buyer", "buyer_username", "buyer_email", "recipient_address", "full_address", "phone", "name", []string{kCNID}},
	{"lazada", "data", "order_id", "lazada_order", "customer", "customer_first_name", "customer_email", "address_shipping", "address1", "phone", "first_name", []string{kIBAN}},
	{"tiktok", "data.orders", "id", "tiktok_order", "buyer", "buyer_nickname", "buyer_email", "recipient_address", "full_address", "phone_number", "name", []string{kCNID}},
	{"stripe", "data.object", "id", "request_id", "billing_details", "name", "email", "shipping", "line1", "phone", "name", []string{kCard}},
	{"adyen", "notificationItems.NotificationRequestItem", "pspReference", "shopify_order_id", "additionalData", "cardHolderName", "shopperEmail", "deliveryAddress", "street", "telephoneNumber", "name", []string{kCard, kIBAN}},
	{"paypal", "resource", "id", "request_id", "payer", "given_name", "email_address", "purchase_units.shipping", "address_line_1", "phone_number", "full_name", []string{kIBAN}},
}

// nest wraps v in objects along a dotted path; an array level when the
// segment ends in "s" and a coin says so.
func nest(g *gen, path string, v raw) raw {
	segs := strings.Split(path, ".")
	for i := len(segs) - 1; i >= 0; i-- {
		if strings.HasSuffix(segs[i], "list") || strings.HasSuffix(segs[i], "Orders") || strings.HasSuffix(segs[i], "orders") || strings.HasSuffix(segs[i], "Item") {
			v = J(segs[i], []any{v})
		} else {
			v = J(segs[i], v)
		}
	}
	return v
}

func vendorObj(g *gen, p person) (raw, string) {
	s := pick(g, vendorSchemas)
	var fields []any
	fields = append(fields, s.orderKey, g.trapOf(s.orderType))
	if s.vendor == "shopify" {
		fields = append(fields, "name", g.trapOf("shopify_order_name"), "total_price", g.trapOf("amount"))
	}
	buyer := []any{}
	if g.r.IntN(4) > 0 {
		buyer = append(buyer, s.nameKey, g.PN(p, "vendor-"+s.vendor))
	}
	if g.r.IntN(3) > 0 {
		buyer = append(buyer, s.emailKey, g.P(kEmail, "vendor-"+s.vendor, p.email))
	}
	addr := []any{}
	if g.r.IntN(3) > 0 {
		addr = append(addr, s.addrNameKey, g.PN(p, "vendor-addr-"+s.vendor))
	}
	if g.r.IntN(4) > 0 {
		addr = append(addr, s.addrKey, g.PA(g.loc.addr(g), "vendor-"+s.vendor))
	}
	addr = append(addr, "postal_code", g.trapOf("postcode"), "city", g.trapOf("city"))
	if g.r.IntN(4) > 0 {
		pat := pick(g, g.loc.phones)
		addr = append(addr, s.phoneKey, g.P(kPhone, "vendor-"+s.vendor+"/"+pat, g.pattern(pat)))
	}
	fields = append(fields, s.buyerObj, J(buyer...))
	segs := strings.Split(s.addrObj, ".")
	fields = append(fields, segs[0], nest(g, strings.Join(segs[1:], "."), J(addr...)))
	if len(segs) == 1 {
		fields[len(fields)-1] = J(addr...)
	}
	for _, k := range s.extraKinds {
		if g.r.IntN(2) == 0 {
			x := g.keyedPII(k, p)
			fields = append(fields, x.k, x.v)
		}
	}
	for _, t := range g.trapKVs(g.num(2, 4)) {
		fields = append(fields, t.k, t.v)
	}
	return nest(g, s.root, J(fields...)), s.vendor
}

func ctxVendorPayload(g *gen, p person) string {
	o, vendor := vendorObj(g, p)
	return envelope(g, vendor+" order payload received", "shop.platform", vendor, "http.response.status_code", raw(g.trapOf("status_code")), vendor, o)
}

// ---- 2. JSON in a string, once escaped ----

func ctxJSONInString(g *gen, p person) string {
	switch g.r.IntN(3) {
	case 0: // a payment request body with a card, the first class
		c := g.card()
		t, sh := g.cardText(c)
		body := J("amount", raw(g.itoa(100, 99999)), "currency", pick(g, []string{"EUR", "PLN", "THB", "JPY"}), "card", J("number", g.P(kCard, c.issuer+"/"+sh+"/body", t), "exp", two(g.num(1, 12))+"/"+itoa(g.num(26, 33)), "cvc", g.P(kCred, "cvc", g.digits(3))), "billing", J("name", g.PN(p, "body"), "email", g.P(kEmail, "body", p.email)), "idempotency_key", g.trapOf("idempotency_key"))
		return envelope(g, "POST /v1/payments", "http.request.body.content", string(body), "http.request.method", "POST")
	case 1:
		o, vendor := vendorObj(g, p)
		ascii := g.r.IntN(2) == 0
		var s string
		if ascii {
			s = string(JA("resp", o))
		} else {
			s = string(o)
		}
		return envelope(g, vendor+" API response", "http.response.body.content", s, "url.path", "/api/"+vendor+"/orders")
	default:
		obj := kvsToObj(g.mix(g.kinds(g.num(1, 3)), p, g.num(2, 4)), g.r.IntN(3) == 0)
		return envelope(g, "upstream rejected request: "+string(obj), "error.type", "UpstreamError")
	}
}

// ---- 3. JSON twice escaped ----

func ctxJSONTwice(g *gen, p person) string {
	inner := kvsToObj(g.mix(g.kinds(g.num(1, 3)), p, g.num(2, 3)), false)
	mid := J("topic", "orders.v1", "key", g.trapOf("amazon_order"), "payload", string(inner))
	if g.r.IntN(2) == 0 {
		return envelope(g, "dead letter: "+string(mid), "event.action", "dlq")
	}
	return envelope(g, "kafka publish failed", "kafka.record", string(mid), "error.message", "message too large")
}

// ---- 4. OTel attributes as key/value pairs ----

func ctxOTel(g *gen, p person) string {
	var attrs []any
	for _, x := range g.mix(g.kinds(g.num(1, 3)), p, g.num(2, 3)) {
		attrs = append(attrs, J("key", x.k, "value", J("stringValue", x.v)))
	}
	body := g.prose(g.kinds(1), p)
	return string(J("@timestamp", g.ts(), "severityText", "INFO", "body", J("stringValue", body),
		"attributes", attrs, "traceId", g.trapOf("trace_id"), "spanId", g.trapOf("span_id"),
		"resource", J("attributes", []any{J("key", "service.name", "value", J("stringValue", g.svc())), J("key", "k8s.pod.name", "value", J("stringValue", g.trapOf("pod")))})))
}

// ---- 5. GELF, Datadog, Fluentd envelopes ----

func ctxEnvelope(g *gen, p person) string {
	switch g.r.IntN(3) {
	case 0:
		kv := []any{"@timestamp", g.ts(), "version", "1.1", "host", g.trapOf("pod"), "short_message", g.prose(g.kinds(1), p), "level", raw("6")}
		for _, x := range g.mix(g.kinds(g.num(1, 2)), p, 2) {
			kv = append(kv, "_"+x.k, x.v)
		}
		return string(J(kv...))
	case 1:
		x := g.mix(g.kinds(g.num(1, 2)), p, 2)
		return string(J("@timestamp", g.ts(), "ddsource", "java", "ddtags", "env:prod,version:"+g.trapOf("version"), "message", g.prose(g.kinds(1), p),
			"usr", J("id", g.trapOf("shop_id"), "email", g.P(kEmail, "datadog-usr", p.email)), "context", kvsToObj(x, false), "dd", J("trace_id", g.trapOf("epoch_us"))))
	default:
		var b strings.Builder
		b.WriteString("time=" + g.ts() + " level=info msg=\"" + strings.ReplaceAll(g.prose(g.kinds(1), p), `"`, `'`) + "\"")
		for _, x := range g.mix(g.kinds(g.num(1, 2)), p, 2) {
			b.WriteString(" " + logfmtKey(x.k) + "=" + logfmtVal(x.v))
		}
		b.WriteString("\n")
		return string(J("@timestamp", g.ts(), "log", b.String(), "stream", "stdout", "kubernetes", J("pod_name", g.trapOf("pod"), "namespace_name", "shop")))
	}
}

// ---- 6. access logs with queries ----

func query(g *gen, kvs []kv) string {
	mode := g.urlMode()
	var parts []string
	for _, x := range kvs {
		parts = append(parts, urlEnc(x.k, 1)+"="+urlEnc(x.v, mode))
	}
	return strings.Join(parts, "&")
}

func ctxAccessLog(g *gen, p person) string {
	q := query(g, g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 3)))
	path := pick(g, []string{"/api/v2/orders", "/checkout/confirm", "/webhooks/lazada", "/oauth/callback", "/track"})
	ip := g.trapOf("ipv4")
	switch g.r.IntN(3) {
	case 0:
		return ip + " - - [12/Jun/2024:10:" + two(g.num(0, 59)) + ":" + two(g.num(0, 59)) + " +0000] \"GET " + path + "?" + q + " HTTP/1.1\" " + g.trapOf("status_code") + " " + g.itoa(100, 90000) + " \"-\" \"okhttp/4.12.0\" rt=0." + g.digits(3) + " uct=\"0.001\""
	case 1:
		return "[" + g.ts() + "] \"POST " + path + "?" + q + " HTTP/2\" " + g.trapOf("status_code") + " - 0 " + g.itoa(10, 9000) + " " + g.itoa(1, 900) + " " + g.itoa(1, 900) + " \"" + ip + "\" \"Mozilla/5.0\" \"" + g.trapOf("uuid") + "\" \"shop.example\" \"" + g.trapOf("ipv4") + ":8080\""
	default:
		return ip + " - - [12/Jun/2024:10:15:30 +0200] \"GET /thank-you HTTP/1.1\" 200 5120 \"https://shop.example" + path + "?" + q + "\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X)\""
	}
}

// ---- 7. form bodies ----

func ctxFormBody(g *gen, p person) string {
	kvs := g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 3))
	mode := g.urlMode()
	var parts []string
	style := g.r.IntN(3)
	for _, x := range kvs {
		k := x.k
		switch style {
		case 1:
			k = "checkout[shipping][" + k + "]"
		case 2:
			k = "billing[" + k + "]"
		}
		parts = append(parts, urlEnc(k, 2*(style&1))+"="+urlEnc(x.v, mode))
	}
	body := strings.Join(parts, "&")
	switch g.r.IntN(3) {
	case 0:
		return "POST /checkout/submit Content-Type: application/x-www-form-urlencoded body=" + body
	case 1:
		return "Started POST \"/orders\" for " + g.trapOf("ipv4") + " | Parameters: " + body
	default:
		return "curl -X POST https://api.shop.example/v1/customers -d '" + body + "' -H 'Idempotency-Key: " + g.trapOf("uuid") + "'"
	}
}

// ---- 8. multipart ----

func ctxMultipart(g *gen, p person) string {
	boundary := "----WebKitFormBoundary" + g.randStr(alnum, 16)
	var b strings.Builder
	for _, x := range g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 3)) {
		b.WriteString("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + x.k + "\"\r\n\r\n" + x.v + "\r\n")
	}
	b.WriteString("--" + boundary + "--\r\n")
	return envelope(g, "multipart upload rejected", "http.request.body.content", b.String(), "http.request.mime_type", "multipart/form-data; boundary="+boundary)
}

// ---- 9. headers ----

func ctxHeaders(g *gen, p person) string {
	var h []string
	credHdr := func() string {
		switch g.r.IntN(6) {
		case 0:
			user := strings.ToLower(g.f.Username())
			return "Authorization: Basic " + g.P(kCred, "hdr-basic", base64Std(user+":"+g.humanPassword()))
		case 1:
			return "Authorization: Bearer " + g.P(kCred, "hdr-bearer", g.jwt())
		case 2:
			t, sh := g.vendorToken()
			return pick(g, []string{"X-Shopify-Access-Token", "x-api-key", "X-Amz-Access-Token", "Api-Key"}) + ": " + g.P(kCred, "hdr-"+sh, t)
		case 3:
			return "Cookie: _ga=GA1.2." + g.digits(10) + "; PHPSESSID=" + g.P(kCred, "hdr-cookie", g.randStr("abcdefghijklmnopqrstuv0123456789", 26)) + "; lang=" + g.loc.code
		case 4:
			return "X-Lazada-Sign: " + g.P(kCred, "hdr-sign", strings.ToUpper(g.hexStr(64)))
		default:
			return "Proxy-Authorization: Basic " + g.P(kCred, "hdr-proxy-basic", base64Std("svc-sync:"+g.humanPassword()))
		}
	}
	h = append(h, credHdr())
	for _, k := range g.kinds(g.num(1, 2)) {
		if k == kCred {
			h = append(h, credHdr())
			continue
		}
		v, _ := g.value(k, p)
		name := map[string]string{kName: "X-Buyer-Name", kEmail: "X-Customer-Email", kPhone: "X-Recipient-Phone", kAddr: "X-Ship-To", kCard: "X-Card-Number", kIBAN: "X-Payout-IBAN", kCNID: "X-Id-Card"}[k]
		h = append(h, name+": "+v)
	}
	h = append(h, "X-Request-Id: "+g.trapOf("uuid"), "traceparent: "+g.trapOf("traceparent"), "Idempotency-Key: "+g.trapOf("idempotency_key"))
	g.r.Shuffle(len(h), func(i, j int) { h[i], h[j] = h[j], h[i] })
	switch g.r.IntN(3) {
	case 0:
		return "> POST /v1/orders/" + g.trapOf("amazon_order") + " HTTP/1.1\n> Host: sellingpartnerapi-eu.amazon.com\n> " + strings.Join(h, "\n> ") + "\n>"
	case 1:
		var lines []string
		for _, x := range h {
			k, v, _ := strings.Cut(x, ": ")
			lines = append(lines, strings.ToLower(k)+": "+v)
		}
		return "http2 request :method: POST :path: /v2/orders/" + g.trapOf("tiktok_order") + " :authority: open-api.tiktokglobalshop.com " + strings.Join(lines, " ")
	default:
		var parts []string
		for _, x := range h {
			k, v, _ := strings.Cut(x, ": ")
			parts = append(parts, strings.ToLower(k)+":["+v+"]")
		}
		return "grpc call /orders.v1.OrderService/Create failed: code=Unavailable metadata: map[" + strings.Join(parts, " ") + "]"
	}
}

// ---- 10. log4j / logback / Serilog / NLog with MDC ----

func ctxMDC(g *gen, p person) string {
	kvs := g.mix(g.kinds(g.num(1, 2)), p, g.num(1, 2))
	var mdc []string
	for _, x := range kvs {
		mdc = append(mdc, x.k+"="+x.v)
	}
	msg := g.prose(g.kinds(1), p)
	switch g.r.IntN(4) {
	case 0:
		return "2024-06-12 10:15:30.123  INFO 1 --- [pool-3-thread-" + g.itoa(1, 9) + "] c.v.order.OrderSyncService : [" + strings.Join(mdc, ", ") + "] " + msg
	case 1:
		return "2024-06-12T10:15:30,123 WARN  [" + g.trapOf("trace_id") + "] {" + strings.Join(mdc, ", ") + "} com.shop.payment.CallbackHandler - " + msg
	case 2:
		var props []string
		for _, x := range kvs {
			props = append(props, x.k+": \""+x.v+"\"")
		}
		return "[10:15:30 INF] Order " + g.trapOf("lazada_order") + " placed by Customer { " + strings.Join(props, ", ") + " } " + msg
	default:
		return "2024-06-12 10:15:30.1234|INFO|Shop.Checkout.Service|" + msg + "|" + strings.Join(mdc, "|")
	}
}

// ---- 11. YAML ----

func yamlVal(g *gen, v string) string {
	quote := g.r.IntN(3) == 0 // drawn first: both renderings draw alike
	if quote || strings.ContainsAny(v, ":#{}[],&*!|>'\"%@`") {
		return "\"" + strings.ReplaceAll(v, "\"", "\\\"") + "\""
	}
	return v
}

func ctxYAML(g *gen, p person) string {
	var b strings.Builder
	b.WriteString("order dump:\norder:\n  id: " + g.trapOf("shopee_sn") + "\n  created: " + g.trapOf("epoch_ms") + "\n  recipient:\n")
	for _, x := range g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 3)) {
		if x.kind == kAddr && g.r.IntN(2) == 0 {
			b.WriteString("    " + x.k + ": |\n      " + strings.ReplaceAll(x.v, ", ", "\n      ") + "\n")
			continue
		}
		b.WriteString("    " + x.k + ": " + yamlVal(g, x.v) + "\n")
	}
	b.WriteString("  items:\n  - sku: " + g.trapOf("sku") + "\n    qty: " + g.itoa(1, 5) + "\n")
	return b.String()
}

// ---- 12. protobuf text ----

func ctxProto(g *gen, p person) string {
	var b strings.Builder
	b.WriteString("CreateShipmentRequest: order_id: \"" + g.trapOf("tiktok_order") + "\" recipient { ")
	for _, x := range g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 2)) {
		k := strings.Map(func(r rune) rune {
			if r == '-' || r == '.' {
				return '_'
			}
			return r
		}, x.k)
		b.WriteString(k + ": \"" + strings.ReplaceAll(x.v, "\"", "\\\"") + "\" ")
	}
	b.WriteString("} tracking_number: \"" + g.trapOf("ups") + "\"")
	if g.r.IntN(2) == 0 {
		return strings.ReplaceAll(b.String(), " { ", " {\n  ")
	}
	return b.String()
}

// ---- 13. TOML / INI at startup ----

func ctxConfig(g *gen, p person) string {
	var b strings.Builder
	toml := g.r.IntN(2) == 0
	q := func(v string) string {
		if toml {
			return "\"" + v + "\""
		}
		return v
	}
	b.WriteString("loaded configuration:\n[server]\nport = " + g.trapOf("port") + "\nversion = " + q(g.trapOf("version")) + "\n[smtp]\nhost = " + q("smtp.mailgun.org") + "\n")
	x := g.keyedCred()
	b.WriteString(x.k + " = " + q(x.v) + "\n")
	b.WriteString("[support]\n")
	for _, k := range g.kinds(g.num(1, 2)) {
		y := g.keyedPII(k, p)
		b.WriteString(y.k + " = " + q(y.v) + "\n")
	}
	b.WriteString("[warehouse]\nbin = " + q(g.trapOf("bin_location")) + "\n")
	return b.String()
}

// ---- 14. Elasticsearch bulk errors ----

func ctxESBulk(g *gen, p person) string {
	k := pick(g, g.kinds(1))
	y := g.keyedPII(k, p)
	field := pick(g, []string{"buyer.", "shipping.address.", "payment.", "attrs."}) + y.k
	reason := "failed to parse field [" + field + "] of type [long] in document with id '" + g.trapOf("uuid") + "'. Preview of field's value: '" + y.v + "'"
	if g.r.IntN(2) == 0 {
		return "bulk item failed: {\"index\":{\"_index\":\"orders-" + g.trapOf("date") + "\",\"_id\":\"" + g.trapOf("ulid") + "\",\"status\":400,\"error\":{\"type\":\"document_parsing_exception\",\"reason\":\"[1:" + g.itoa(10, 900) + "] " + jsonEsc(reason, false) + "\"}}}"
	}
	return "elasticsearch: mapper_parsing_exception: " + reason + " (index=orders, shard=" + g.itoa(0, 4) + ")"
}

// ---- 15. exceptions and stack traces ----

func ctxException(g *gen, p person) string {
	k := g.kinds(g.num(1, 2))
	switch g.r.IntN(4) {
	case 0:
		return "java.lang.IllegalStateException: Duplicate key " + g.P(kEmail, "exception-dupkey", p.email) + " (attempted merging values Order[id=" + g.trapOf("amazon_order") + ", " + g.phrase(k[0], p) + "])\n\tat java.base/java.util.stream.Collectors.duplicateKeyException(Collectors.java:135)\n\tat com.shop.sync.OrderMerger.merge(OrderMerger.java:" + g.itoa(20, 400) + ")"
	case 1:
		return "Traceback (most recent call last):\n  File \"/app/sync/push.py\", line " + g.itoa(10, 300) + ", in push\n    client.create(order)\nValueError: invalid value for order " + g.trapOf("shopee_sn") + ": " + g.phrase(k[0], p)
	case 2:
		return "System.FormatException: Validation failed for " + g.phrase(k[0], p) + " (order " + g.trapOf("shopify_order_name") + ")\n   at Shop.Payouts.IbanValidator.Validate(String value) in /src/Payouts/IbanValidator.cs:line " + g.itoa(10, 200)
	default:
		return "panic: sync " + g.trapOf("lazada_order") + ": " + g.phrase(k[0], p) + " [recovered]\n\tpanic: runtime error: index out of range [" + g.itoa(1, 9) + "] with length 1\ngoroutine " + g.itoa(1, 9999) + " [running]:\nmain.(*Syncer).push(0xc000123450)\n\t/app/sync.go:" + g.itoa(10, 400) + " +0x1d4"
	}
}

// ---- 16. support chat in the buyer's language ----

func ctxChat(g *gen, p person) string {
	w := g.loc.w
	var parts []string
	parts = append(parts, w.hello)
	for _, k := range g.kinds(g.num(1, 3)) {
		parts = append(parts, g.phrase(k, p))
	}
	parts = append(parts, "#"+g.trapOf(pick(g, []string{"amazon_order", "shopee_sn", "lazada_order", "tiktok_order"})), w.thanks)
	text := strings.Join(parts, pick(g, []string{" ", ". ", "\n", "，"}))
	return string(J("@timestamp", g.ts(), "service.name", "customer-service", "message", "chat message received", "chat", J("channel", pick(g, []string{"line", "whatsapp", "zalo", "messenger", "shopee_chat"}), "from", "buyer", "text", text, "conversation_id", g.trapOf("ulid"))))
}

// ---- 17. SMS and push payloads ----

func ctxSMS(g *gen, p person) string {
	pat := pick(g, g.loc.phones)
	to := g.P(kPhone, "sms-to/"+pat, g.pattern(pat))
	w := g.loc.w
	var body string
	switch g.r.IntN(3) {
	case 0:
		body = "[Shop] " + w.otp + ": " + g.P(kCred, "sms-otp", g.digits(6))
	case 1:
		body = w.hello + " " + g.PN(p, "sms-greeting") + ", " + g.trapOf("dhl") + " " + g.phrase(kAddr, p)
	default:
		body = g.phrase(pick(g, []string{kName, kAddr, kEmail}), p) + " - " + g.trapOf("amount")
	}
	if g.r.IntN(2) == 0 {
		return envelope(g, "sms sent", "sms", J("provider", "twilio", "to", to, "body", body, "sid", "SM"+g.trapOf("trace_id")))
	}
	return envelope(g, "push sent", "push", J("message", J("topic", "orders", "notification", J("title", "Order "+g.trapOf("shopify_order_name"), "body", body)), "data", J("phone", to)))
}

// ---- 18. email messages ----

func ctxEmail(g *gen, p person) string {
	var b strings.Builder
	b.WriteString("smtp: delivery failed, message follows\nTo: \"" + g.PN(p, "mail-to") + "\" <" + g.P(kEmail, "mail-to", p.email) + ">\nFrom: orders@shop.example\nSubject: Order " + g.trapOf("amazon_order") + " shipped\nMessage-ID: <" + g.trapOf("uuid") + "@mail.shop.example>\n\n")
	b.WriteString(g.loc.w.hello + ",\n")
	for _, k := range g.kinds(g.num(1, 2)) {
		b.WriteString(g.phrase(k, p) + "\n")
	}
	b.WriteString(g.trapPhrase() + "\n")
	return b.String()
}

// ---- 19. CSV ----

func csvCell(v string, sep string) string {
	if strings.Contains(v, sep) || strings.Contains(v, "\"") || strings.Contains(v, " ") {
		return "\"" + strings.ReplaceAll(v, "\"", "\"\"") + "\""
	}
	return v
}

func ctxCSV(g *gen, p person) string {
	kvs := g.mix(g.kinds(g.num(2, 4)), p, g.num(2, 3))
	sep := pick(g, []string{",", ";", "\t", "|"})
	var hdr, row []string
	for _, x := range kvs {
		hdr = append(hdr, x.k)
		row = append(row, csvCell(x.v, sep))
	}
	if g.r.IntN(4) == 0 {
		return "export row " + g.itoa(2, 9000) + ": " + strings.Join(row, sep)
	}
	return "orders_export.csv\n" + strings.Join(hdr, sep) + "\n" + strings.Join(row, sep)
}

// ---- 20. SQL with binds ----

func sqlQ(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }

func ctxSQL(g *gen, p person) string {
	kvs := g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 2))
	var cols, vals []string
	for _, x := range kvs {
		cols = append(cols, "`"+strings.ReplaceAll(x.k, "-", "_")+"`")
		vals = append(vals, sqlQ(x.v))
	}
	switch g.r.IntN(4) {
	case 0:
		return "INSERT INTO customers (" + strings.Join(cols, ", ") + ") VALUES (" + strings.Join(vals, ", ") + ")"
	case 1:
		var b strings.Builder
		b.WriteString("Hibernate: update shipping set ? where order_id=?\n")
		for i, x := range kvs {
			b.WriteString("binding parameter [" + itoa(i+1) + "] as [VARCHAR] - [" + x.v + "]\n")
		}
		return b.String()
	case 2:
		var ks, vs []string
		for _, x := range kvs {
			ks, vs = append(ks, x.k), append(vs, x.v)
		}
		return "ERROR: duplicate key value violates unique constraint \"uniq_" + kvs[0].k + "\"\nDETAIL:  Key (" + strings.Join(ks, ", ") + ")=(" + strings.Join(vs, ", ") + ") already exists.\nSTATEMENT: insert into buyers ..."
	default:
		var sets []string
		for _, x := range kvs {
			sets = append(sets, strings.ReplaceAll(x.k, "-", "_")+"="+sqlQ(x.v))
		}
		return "[" + g.itoa(1, 40) + "." + g.digits(2) + "ms] [rows:1] UPDATE `orders` SET " + strings.Join(sets, ",") + " WHERE `id` = " + g.trapOf("shopify_order_id")
	}
}

// ---- 21. XML / SOAP ----

func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", "\"", "&quot;").Replace(s)
}

func xmlName(k string) string {
	var b strings.Builder
	for i, r := range k {
		if r == '-' || r == '.' || r == ' ' || (i == 0 && r >= '0' && r <= '9') {
			b.WriteByte('_')
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

func ctxXML(g *gen, p person) string {
	var b strings.Builder
	b.WriteString("<soap:Envelope xmlns:soap=\"http://schemas.xmlsoap.org/soap/envelope/\"><soap:Body><CreateShipment><OrderRef>" + g.trapOf("rakuten_order") + "</OrderRef>")
	kvs := g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 2))
	if g.r.IntN(2) == 0 {
		b.WriteString("<Recipient")
		for _, x := range kvs {
			b.WriteString(" " + xmlName(x.k) + "=\"" + xmlEsc(x.v) + "\"")
		}
		b.WriteString("/>")
	} else {
		b.WriteString("<Recipient>")
		for _, x := range kvs {
			n := xmlName(x.k)
			b.WriteString("<" + n + ">" + xmlEsc(x.v) + "</" + n + ">")
		}
		b.WriteString("</Recipient>")
	}
	b.WriteString("<Tracking>" + g.trapOf("s10") + "</Tracking></CreateShipment></soap:Body></soap:Envelope>")
	return "SOAP request: " + b.String()
}

// ---- 22. markdown tables in tickets ----

func ctxMarkdown(g *gen, p person) string {
	var b strings.Builder
	b.WriteString("Ticket #" + g.itoa(1000, 99999) + " escalated\n\n| field | value |\n|---|---|\n")
	for _, x := range g.mix(g.kinds(g.num(1, 3)), p, g.num(2, 3)) {
		b.WriteString("| " + x.k + " | " + strings.ReplaceAll(x.v, "|", "\\|") + " |\n")
	}
	return b.String()
}

// ---- 23. logfmt and key=value ----

func logfmtKey(k string) string {
	return strings.Map(func(r rune) rune {
		if r == ' ' || r == '=' || r == '"' {
			return '_'
		}
		return r
	}, k)
}

func logfmtVal(v string) string {
	if strings.ContainsAny(v, " =\"") {
		return "\"" + strings.ReplaceAll(strings.ReplaceAll(v, "\\", "\\\\"), "\"", "\\\"") + "\""
	}
	return v
}

func ctxLogfmt(g *gen, p person) string {
	var b strings.Builder
	b.WriteString("ts=" + g.ts() + " level=" + pick(g, []string{"info", "warn", "error"}) + " svc=" + g.svc() + " msg=\"" + strings.ReplaceAll(g.prose(g.kinds(1), p), "\"", "'") + "\"")
	for _, x := range g.mix(g.kinds(g.num(1, 3)), p, g.num(1, 3)) {
		b.WriteString(" " + logfmtKey(x.k) + "=" + logfmtVal(x.v))
	}
	return b.String()
}
