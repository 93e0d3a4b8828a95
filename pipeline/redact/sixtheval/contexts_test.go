package sixtheval

import (
	"fmt"
	"strconv"
	"strings"
)

// A context renders one log line (an NDJSON event or a text record) holding
// the values vs and some look-alikes.
type context struct {
	name string
	fn   func(g *gen, vs []pv) (line string, isEvent bool)
}

var contexts = []context{
	{"cdc_debezium", ctxCDC},
	{"kafka_record_dump", ctxKafka},
	{"queue_envelope", ctxQueue},
	{"marketplace_sdk_debug", ctxSDK},
	{"har_entry", ctxHAR},
	{"curl_verbose", ctxCurl},
	{"sentry_bugsnag", ctxSentry},
	{"otel_span", ctxOTel},
	{"go_slog", ctxSlog},
	{"python_logging", ctxPython},
	{"node_pino_winston", ctxNode},
	{"laravel_monolog", ctxLaravel},
	{"rails_parameters", ctxRails},
	{"nginx_error", ctxNginx},
	{"grpc_status", ctxGRPC},
	{"graphql_error", ctxGraphQL},
	{"printf_positional", ctxPrintf},
	{"csv_tsv_export", ctxCSV},
	{"ticket_chat", ctxChat},
	{"rendered_template", ctxTemplate},
	{"key_value", ctxKV},
	{"json_in_string", ctxJSONString},
}

func (g *gen) ts() string {
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", g.rng(1, 5), g.n(24), g.n(60), g.n(60), g.n(1000))
}

// ev wraps fields into an event with the contract's fields.
func (g *gen) ev(service, msg string, rest ...any) string {
	kvs := []any{"@timestamp", g.ts(), "service.name", service, "log.level", g.pick([]string{"info", "warn", "error", "debug"}), "message", msg}
	kvs = append(kvs, rest...)
	kvs = append(kvs, "labels", jo(styleGo, g.looksKV(2)))
	return string(jo(styleGo, kvs...))
}

func ctxCDC(g *gen, vs []pv) (string, bool) {
	st := styleGo
	row := []kv{{k: "id", v: strconv.Itoa(g.rng(10000, 9999999)), num: true}, {k: "order_sn", v: g.lookOf("shopee_sn")}}
	before := make([]kv, 0, len(vs))
	after := g.kvs(vs, true)
	for i, v := range vs {
		// the old row: the same values (an unchanged column) or nothing
		if g.chance(0.5) {
			if after[i].num {
				before = append(before, kv{k: after[i].k, v: g.echoNum(v), num: true})
			} else {
				before = append(before, kv{k: after[i].k, v: g.E(v, v.shown)})
			}
		}
	}
	row = append(row, kv{k: "grand_total", v: g.lookOf("amount")}, kv{k: "updated_at", v: g.lookOf("epoch_us"), num: true})
	op := g.pick([]string{"u", "c", "r"})
	payload := jo(st, "before", jo(st, row, before), "after", jo(st, row, after),
		"source", jo(st, "version", "2.7.3.Final", "connector", g.pick([]string{"mysql", "postgresql"}), "name", "shopdb", "ts_ms", raw(g.lookOf("epoch_ms")), "db", "shop", "table", g.pick([]string{"orders", "order_address", "buyer_profile", "payout_accounts"}), "file", "mysql-bin.00"+g.digits(4), "pos", raw(g.digits(8))),
		"op", op, "ts_ms", raw(g.lookOf("epoch_ms")))
	if g.chance(0.5) {
		return g.ev("order-cdc", "change event captured", "payload", payload, "kafka.offset", raw(g.digits(7))), true
	}
	// Kafka Connect with the schema stripped, logged as a string by a sink task
	return g.ev("es-sink", "failed to index record", "error.message", "document parsing exception", "record.value", string(payload)), true
}

func (g *gen) echoNum(v pv) string {
	s := g.E(v, v.shown)
	switch g.m {
	case modeBackground:
		return "0"
	case modeMarker:
		return strconv.Quote(s)
	}
	return s
}

func ctxKafka(g *gen, vs []pv) (string, bool) {
	val := jo(styleRaw, "order_id", g.lookOf("tiktok_order"), "status", "AWAITING_SHIPMENT", g.kvs(vs, true), "update_time", raw(g.lookOf("epoch_s")))
	hdr := func() string {
		return "traceparent=" + g.lookOf("traceparent") + ",idempotency-key=" + g.lookOf("idempotency_key") + ",content-type=application/json"
	}
	switch g.n(3) {
	case 0:
		return fmt.Sprintf("Topic orders.v1 [%d] at offset %s: key %s: headers: %s: %s", g.n(12), g.digits(6), g.lookOf("tiktok_order"), hdr(), val), false
	case 1:
		return fmt.Sprintf("ConsumerRecord(topic = tiktok.orders, partition = %d, leaderEpoch = 7, offset = %s, CreateTime = %s, serialized key size = 19, serialized value size = %d, headers = RecordHeaders(headers = [RecordHeader(key = trace, value = %s)], isReadOnly = false), key = %s, value = %s)",
			g.n(12), g.digits(7), g.lookOf("epoch_ms"), len(val), g.lookOf("trace_id"), g.lookOf("tiktok_order"), val), false
	}
	return g.ev("kafka-consumer", "poison record skipped", "kafka.topic", "lazada.orders", "kafka.key", g.lookOf("lazada_order"), "kafka.headers", hdr(), "kafka.value", string(val)), true
}

func ctxQueue(g *gen, vs []pv) (string, bool) {
	switch g.n(3) {
	case 0: // SNS notification inside an SQS body: JSON twice in strings
		inner := jo(styleGo, "event", "ORDER_UPDATED", "order", jo(styleGo, "id", g.lookOf("amazon_order"), g.kvs(vs, true)), "sent_at", g.ts())
		sns := jo(styleGo, "Type", "Notification", "MessageId", g.lookOf("uuid"), "TopicArn", "arn:aws:sns:ap-southeast-1:123456789012:orders", "Message", string(inner), "Timestamp", g.ts())
		return g.ev("sqs-worker", "message moved to DLQ after 5 receives", "aws.sqs.message_id", g.lookOf("uuid"), "aws.sqs.body", string(sns)), true
	case 1: // Spring AMQP toString
		var hs []string
		for _, p := range g.kvs(vs, false) {
			hs = append(hs, "x-"+p.k+"="+p.v)
		}
		return fmt.Sprintf("Listener threw exception; Received message (Body:'%s' MessageProperties [headers={%s, x-order=%s}, contentType=application/json, receivedExchange=orders, receivedRoutingKey=order.created, deliveryTag=%d, consumerTag=amq.ctag-%s, consumerQueue=order-sync])",
			jo(styleRaw, "orderNo", g.lookOf("invoice"), "sku", g.lookOf("sku"), "note", g.echoSentence(vs[:len(vs)/2])), strings.Join(hs, ", "), g.lookOf("shopee_sn"), g.rng(1, 900), g.alnum(22)), false
	}
	// Pub/Sub push with JSON data (no base64)
	data := jo(styleGo, g.kvs(vs, true), "orderId", g.lookOf("meli_order"), "ts", raw(g.lookOf("epoch_ms")))
	return g.ev("pubsub-push", "push delivery failed", "pubsub.subscription", "projects/shop-prod/subscriptions/orders-push",
		"pubsub.message", jo(styleGo, "data", data, "attributes", jo(styleGo, "eventType", "ORDER_PAID", "traceId", g.lookOf("trace_id")), "messageId", g.digits(16), "publishTime", g.ts())), true
}

func ctxSDK(g *gen, vs []pv) (string, bool) {
	var b strings.Builder
	half := len(vs) / 2
	q := []kv{{k: "partner_id", v: g.digits(7)}, {k: "timestamp", v: g.lookOf("epoch_s")}, {k: "sign", v: g.lookOf("sha256")}, {k: "shop_id", v: g.digits(9)}}
	for _, v := range vs[:half] {
		q = append(q, kv{k: g.keyFor(v), v: g.P(v)})
	}
	host := g.pick([]string{"https://partner.shopeemobile.com/api/v2/logistics/ship_order", "https://api.lazada.co.th/rest/order/items/get", "https://open-api.tiktokglobalshop.com/order/202309/orders", "https://sellingpartnerapi-fe.amazon.com/orders/v0/orders"})
	fmt.Fprintf(&b, "%s DEBUG %s request: POST %s?%s\n", g.ts(), g.pick([]string{"[ShopeeSDK]", "LazopClient", "tts-sdk-go", "sp-api-client"}), host, formEnc(q))
	fmt.Fprintf(&b, "Headers: {'Content-Type': 'application/json', 'User-Agent': 'shop-sdk/%s', 'X-Request-Id': '%s'}\n", g.lookOf("version"), g.lookOf("request_id"))
	body := jo(styleGo, "order_sn", g.lookOf("shopee_sn"), "package_number", g.lookOf("local_courier"), "recipient_address", jo(styleGo, g.kvs(vs[half:], false)))
	fmt.Fprintf(&b, "Body: %s\n", body)
	fmt.Fprintf(&b, "Response %s in %dms: %s", g.lookOf("status"), g.rng(20, 3000), jo(styleASCII, "request_id", g.lookOf("request_id"), "error", "", "response", jo(styleASCII, "tracking_number", g.lookOf("local_courier"))))
	return b.String(), false
}

func ctxHAR(g *gen, vs []pv) (string, bool) {
	st := styleGo
	var headers, qs []raw
	headers = append(headers, jo(st, "name", "Content-Type", "value", "application/x-www-form-urlencoded"), jo(st, "name", "X-Request-ID", "value", g.lookOf("request_id")))
	var form []kv
	for i, v := range vs {
		switch {
		case v.kind == "credential" && (v.key == "Authorization" || v.key == "authorization" || v.key == "Cookie" || strings.HasPrefix(strings.ToLower(v.key), "x-")):
			headers = append(headers, jo(st, "name", v.key, "value", g.P(v)))
		case i%2 == 0:
			k := g.keyFor(v)
			val := g.P(v)
			qs = append(qs, jo(st, "name", k, "value", val))
			form = append(form, kv{k: k, v: val}) // the same value in the URL's query and the list
		default:
			form = append(form, kv{k: g.keyFor(v), v: g.P(v)})
		}
	}
	form = append(form, kv{k: "order_id", v: g.lookOf("amazon_order")})
	u := "https://checkout.shop.example/api/address/validate?" + formEnc(form[:max(1, len(qs))])
	resp := jo(st, "ok", raw("false"), "code", "ADDR_UNDELIVERABLE", "trace", g.lookOf("trace_id"))
	entry := jo(st, "startedDateTime", g.ts(), "time", raw(strconv.Itoa(g.rng(10, 900))),
		"request", jo(st, "method", "POST", "url", u, "httpVersion", "HTTP/2", "headers", ja(headers...), "queryString", ja(qs...),
			"postData", jo(st, "mimeType", "application/x-www-form-urlencoded", "text", formEnc(form))),
		"response", jo(st, "status", raw(g.lookOf("status")), "content", jo(st, "mimeType", "application/json", "text", string(resp))))
	return g.ev("checkout-web", "HAR entry captured for failed request", "har.entry", entry), true
}

func ctxCurl(g *gen, vs []pv) (string, bool) {
	var b strings.Builder
	var body []kv
	var hdrs []string
	for _, v := range vs {
		if v.kind == "credential" && (v.key == "Authorization" || v.key == "authorization" || v.key == "Cookie" || strings.HasPrefix(strings.ToLower(v.key), "x-")) {
			hdrs = append(hdrs, "> "+v.key+": "+g.P(v))
			continue
		}
		body = append(body, kv{k: g.keyFor(v), v: g.P(v)})
	}
	ip := g.lookOf("ipv4")
	fmt.Fprintf(&b, "*   Trying %s:443...\n* Connected to api.shop.example (%s) port 443 (#0)\n", ip, ip)
	fmt.Fprintf(&b, "> POST /v1/orders/%s/recipient HTTP/2\n> Host: api.shop.example\n> user-agent: curl/8.5.0\n> accept: */*\n", g.lookOf("amazon_order"))
	for _, h := range hdrs {
		b.WriteString(h + "\n")
	}
	js := jo(styleRaw, body, "sku", g.lookOf("sku"))
	fmt.Fprintf(&b, "> content-type: application/json\n> content-length: %d\n>\n} [%d bytes data]\n* We are completely uploaded and fine\n", len(js), len(js))
	fmt.Fprintf(&b, "< HTTP/2 %s\n< date: Sat, 05 Dec 2026 10:11:12 GMT\n< x-request-id: %s\n< x-correlation-id: %s\n< cache-control: no-store\n<\n", g.lookOf("status"), g.lookOf("request_id"), g.lookOf("ulid"))
	b.WriteString(string(js))
	return b.String(), false
}

func ctxSentry(g *gen, vs []pv) (string, bool) {
	st := styleGo
	var user, data, hdr []kv
	var crumbs []raw
	for i, v := range vs {
		switch {
		case v.kind == "email" && i%2 == 0:
			user = append(user, kv{k: "email", v: g.P(v)})
		case v.kind == "name" && i%2 == 0:
			user = append(user, kv{k: "username", v: g.P(v)})
		case v.kind == "credential" && (v.key == "Authorization" || v.key == "Cookie" || v.key == "authorization"):
			hdr = append(hdr, kv{k: v.key, v: g.P(v)})
		case g.chance(0.5):
			crumbs = append(crumbs, jo(st, "category", "log", "level", "info", "message", g.prose(v), "timestamp", raw(g.lookOf("epoch_s"))))
		default:
			data = append(data, kv{k: g.keyFor(v), v: g.P(v)})
		}
	}
	crumbs = append(crumbs, jo(st, "category", "http", "data", jo(st, "url", "/api/orders/"+g.lookOf("shopify_id"), "status_code", raw(g.lookOf("status"))), "type", "http"))
	exc := jo(st, "values", ja(jo(st, "type", "ValidationError", "value", "checkout rejected for order "+g.lookOf("shopify_name")+" ("+g.lookOf("amount")+")", "module", "checkout.views")))
	if g.chance(0.5) {
		sentry := jo(st, "event_id", g.lookOf("trace_id"), "level", "error", "platform", "python", "release", g.lookOf("version"),
			"user", jo(st, "id", g.digits(6), "ip_address", g.lookOf("ipv4"), user),
			"request", jo(st, "url", "https://shop.example/checkout", "method", "POST", "data", jo(st, data), "headers", jo(st, hdr, "X-Request-Id", g.lookOf("request_id"))),
			"breadcrumbs", jo(st, "values", ja(crumbs...)), "exception", exc)
		return g.ev("sentry-relay", "event rejected: payload too large", "sentry.event", sentry), true
	}
	bug := jo(st, "payloadVersion", "5", "events", ja(jo(st, "exceptions", ja(jo(st, "errorClass", "CheckoutError", "message", "cannot charge "+g.lookOf("amount")), exc),
		"user", jo(st, user), "metaData", jo(st, "order", jo(st, "id", g.lookOf("lazada_order"), data, hdr), "breadcrumbs", ja(crumbs...)),
		"app", jo(st, "version", g.lookOf("version"), "releaseStage", "production"))))
	return string(bug), false
}

func ctxOTel(g *gen, vs []pv) (string, bool) {
	st := styleGo
	attr := func(k, v string) raw { return jo(st, "key", k, "value", jo(st, "stringValue", v)) }
	var sattrs, eattrs []raw
	sattrs = append(sattrs, attr("http.method", "POST"), attr("k8s.pod.name", g.lookOf("k8s_pod")))
	for i, v := range vs {
		if i%2 == 0 {
			sattrs = append(sattrs, attr("app."+g.keyFor(v), g.P(v)))
		} else {
			eattrs = append(eattrs, attr("exception.message", "validation failed: "+g.prose(v)))
		}
	}
	eattrs = append(eattrs, attr("exception.type", "InvalidRecipient"))
	span := jo(st, "traceId", g.lookOf("trace_id"), "spanId", g.lookOf("span_id"), "name", "POST /orders/{id}/ship", "startTimeUnixNano", g.lookOf("epoch_ns"),
		"attributes", ja(sattrs...), "events", ja(jo(st, "name", "exception", "timeUnixNano", g.lookOf("epoch_ns"), "attributes", ja(eattrs...))))
	res := jo(st, "attributes", ja(attr("service.name", "fulfilment"), attr("service.version", g.lookOf("version")), attr("host.name", g.lookOf("k8s_pod"))))
	return g.ev("otel-collector", "span dropped by exporter", "otel.resource", res, "otel.span", span), true
}

func ctxSlog(g *gen, vs []pv) (string, bool) {
	kvs := []kv{{k: "order.id", v: g.lookOf("amazon_order")}}
	for _, v := range vs {
		kvs = append(kvs, kv{k: g.pick([]string{"buyer.", "recv.", "billing.", "", "customer."}) + g.keyFor(v), v: g.P(v)})
	}
	kvs = append(kvs, kv{k: "trace_id", v: g.lookOf("trace_id")}, kv{k: "elapsed", v: strconv.Itoa(g.rng(1, 900)) + "ms"})
	if g.chance(0.5) {
		return fmt.Sprintf("time=%s level=%s source=sync/orders.go:%d msg=%q %s", g.ts(), g.pick([]string{"INFO", "WARN", "ERROR"}), g.rng(10, 400), "order synced", logfmt(kvs)), false
	}
	// slog JSONHandler with a group, shipped as an event
	return g.ev("order-sync", "order synced", "attrs", jo(styleGo, kvs), "sku", g.lookOf("sku")), true
}

func ctxPython(g *gen, vs []pv) (string, bool) {
	switch g.n(3) {
	case 0: // structlog ConsoleRenderer
		return fmt.Sprintf("%s [warning  ] payment callback mismatch   order_sn=%s payload=%s shop_id=%s", g.ts(), g.lookOf("shopee_sn"), pyRepr(g.kvs(vs, true)), g.digits(9)), false
	case 1: // logging with extra, %-formatting of a dict
		return fmt.Sprintf("WARNING:payments.webhook:retrying %s after %s extra=%s", g.lookOf("invoice"), g.lookOf("status"), pyRepr([]kv{{k: "detail", v: g.sentence(vs)}, {k: "trace", v: g.lookOf("trace_id")}})), false
	}
	// python-json-logger: ensure_ascii escapes
	return string(jo(styleASCII, "@timestamp", g.ts(), "levelname", "ERROR", "name", "lazada.sync", "message", "update failed for "+g.lookOf("lazada_order"), "extra", jo(styleASCII, g.kvs(vs, true)), "ean", g.lookOf("ean13"))), true
}

func ctxNode(g *gen, vs []pv) (string, bool) {
	if g.chance(0.5) { // pino
		var hdr, q []kv
		for _, v := range vs {
			if v.kind == "credential" {
				hdr = append(hdr, kv{k: strings.ToLower(g.keyFor(v)), v: g.P(v)})
			} else {
				q = append(q, kv{k: g.keyFor(v), v: g.P(v)})
			}
		}
		req := jo(styleRaw, "id", raw(strconv.Itoa(g.rng(1, 99999))), "method", "GET", "url", "/api/orders/lookup?"+formEnc(q), "headers", jo(styleRaw, "host", "shop.example", hdr))
		return string(jo(styleRaw, "@timestamp", g.ts(), "level", raw("40"), "time", raw(g.lookOf("epoch_ms")), "pid", raw(strconv.Itoa(g.rng(10, 99999))), "hostname", g.lookOf("k8s_pod"), "req", req, "res", jo(styleRaw, "statusCode", raw(g.lookOf("status"))), "responseTime", raw("23"), "msg", "request errored")), true
	}
	meta := jo(styleRaw, "orderId", g.lookOf("tiktok_order"), "customer", jo(styleRaw, g.kvs(vs, true)), "version", g.lookOf("version"))
	return fmt.Sprintf("%s warn: [tts-webhook] Order sync finished with warnings %s", g.ts(), meta), false
}

func ctxLaravel(g *gen, vs []pv) (string, bool) {
	st := g.pick2s(stylePHP, styleRaw)
	ctx := jo(st, "customer", jo(st, g.kvs(vs, false)), "userId", raw(strconv.Itoa(g.rng(1, 99999))), "order", g.lookOf("shopify_name"), "exception", "[object] (App\\Exceptions\\PaymentFailed(code: 0): declined at /var/www/app/Services/Pay.php:88)")
	return fmt.Sprintf("[2026-12-05 %02d:%02d:%02d] production.ERROR: Payment failed for invoice %s %s []", g.n(24), g.n(60), g.n(60), g.lookOf("invoice"), ctx), false
}

func (g *gen) pick2s(a, b style) style {
	if g.n(2) == 0 {
		return a
	}
	return b
}

func ctxRails(g *gen, vs []pv) (string, bool) {
	inner := rubyHash(g.kvs(vs, false))
	// nest the hash under a resource key as Rails logs it
	params := fmt.Sprintf("{\"authenticity_token\"=>\"[FILTERED]\", \"order\"=>%s, \"sku\"=>%q, \"commit\"=>\"Place order\"}", inner, g.lookOf("sku"))
	return fmt.Sprintf("I, [%s #%d]  INFO -- : [%s] Processing by CheckoutsController#create as HTML\n  Parameters: %s", g.ts(), g.rng(100, 9999), g.lookOf("uuid"), params), false
}

func ctxNginx(g *gen, vs []pv) (string, bool) {
	q := []kv{{k: "ref", v: g.lookOf("amazon_order")}}
	for _, v := range vs {
		q = append(q, kv{k: g.keyFor(v), v: g.P(v)})
	}
	enc := formEnc(q)
	if g.chance(0.4) {
		enc = pathEnc(q)
	}
	up := g.lookOf("port")
	return fmt.Sprintf("2026/12/05 %02d:%02d:%02d [error] %d#%d: *%s upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: shop.example, request: \"GET /track?%s HTTP/1.1\", upstream: \"http://%s/track?%s\", host: \"shop.example\", referrer: \"https://shop.example/orders/%s\"",
		g.n(24), g.n(60), g.n(60), g.rng(1, 99), g.rng(1, 99), g.digits(7), g.lookOf("ipv4"), enc, up, enc, g.lookOf("shopify_id")), false
}

func ctxGRPC(g *gen, vs []pv) (string, bool) {
	if g.chance(0.5) {
		var fv []string
		for _, v := range vs {
			k := g.keyFor(v)
			fv = append(fv, fmt.Sprintf("field_violations:{field:%q description:%q}", "recipient."+k, "value "+g.P(v)+" is not deliverable"))
		}
		return fmt.Sprintf("rpc error: code = InvalidArgument desc = recipient rejected for %s details = [type.googleapis.com/google.rpc.BadRequest]:{%s} [type.googleapis.com/google.rpc.RequestInfo]:{request_id:%q}", g.lookOf("lazada_order"), strings.Join(fv, " "), g.lookOf("request_id")), false
	}
	var fv []raw
	for _, v := range vs {
		fv = append(fv, jo(styleGo, "field", "shippingAddress."+g.keyFor(v), "description", "invalid: "+g.prose(v)))
	}
	status := jo(styleGo, "code", raw("3"), "message", "invalid shipment request "+g.lookOf("local_courier"), "details", ja(jo(styleGo, "@type", "type.googleapis.com/google.rpc.BadRequest", "fieldViolations", ja(fv...)), jo(styleGo, "@type", "type.googleapis.com/google.rpc.ErrorInfo", "reason", "RECIPIENT_INVALID", "domain", "logistics.shop.example")))
	return g.ev("logistics-gateway", "gRPC call failed", "grpc.method", "/logistics.v1.Shipments/Create", "grpc.status", status, "trace.id", g.lookOf("trace_id")), true
}

func ctxGraphQL(g *gen, vs []pv) (string, bool) {
	st := styleGo
	in := jo(st, g.kvs(vs, true), "lineItems", ja(jo(st, "variantId", "gid://shopify/ProductVariant/"+g.lookOf("shopify_id"), "quantity", raw("1"))))
	var invalid []kv
	if len(vs) > 0 {
		v := vs[0]
		invalid = append(invalid, kv{k: g.keyFor(v), v: g.E(v, v.shown)})
	}
	errs := ja(jo(st, "message", "Variable $input got invalid value; "+g.echoSentence(vs[len(vs)/2:]), "locations", ja(jo(st, "line", raw("1"), "column", raw("21"))), "path", ja(raw(`"checkoutCreate"`)),
		"extensions", jo(st, "code", "BAD_USER_INPUT", "invalidArgs", jo(st, invalid), "requestId", g.lookOf("request_id"))))
	return g.ev("storefront-bff", "graphql error", "graphql.operation", "CheckoutCreate", "graphql.variables", string(jo(st, "input", in)), "graphql.errors", errs), true
}

func ctxPrintf(g *gen, vs []pv) (string, bool) {
	switch g.n(3) {
	case 0: // Go %+v of a struct
		var fs []string
		for _, v := range vs {
			k := g.keyFor(v)
			fs = append(fs, strings.ToUpper(k[:1])+strings.ReplaceAll(k[1:], "_", "")+":"+g.P(v))
		}
		return fmt.Sprintf("sync: cannot map order %s: recipient &{%s Qty:%d Total:%s}", g.lookOf("tiktok_order"), strings.Join(fs, " "), g.rng(1, 9), g.lookOf("amount")), false
	case 1: // positional arguments without keys
		args := []string{strconv.Quote(g.lookOf("amazon_order"))}
		for _, v := range vs {
			args = append(args, strconv.Quote(g.P(v)))
		}
		args = append(args, strconv.Quote(g.lookOf("amount")))
		return fmt.Sprintf("%s WARN  [OrderMapper] could not normalise args=[%s]", g.ts(), strings.Join(args, ", ")), false
	}
	// Java MessageFormat
	var ps []string
	for i, v := range vs {
		ps = append(ps, fmt.Sprintf("{%d}=%s", i+1, g.P(v)))
	}
	return fmt.Sprintf("%s ERROR c.s.f.LabelService - Label for order {0}=%s failed: %s (ean %s)", g.ts(), g.lookOf("rakuten_order"), strings.Join(ps, " "), g.lookOf("ean13")), false
}

func ctxCSV(g *gen, vs []pv) (string, bool) {
	w := g.lw()
	sep := g.pick([]string{",", ";", "\t", "|"})
	hdr := []string{"order_id"}
	row := []string{g.lookOf(g.pick([]string{"shopee_sn", "lazada_order", "amazon_order"}))}
	for _, v := range vs {
		var h string
		switch v.kind {
		case "name":
			h = w.hName
		case "phone":
			h = w.hPhone
		case "address":
			h = w.hAddress
		case "email":
			h = w.hEmail
		default:
			h = g.keyFor(v)
		}
		hdr = append(hdr, h)
		val := g.P(v)
		if strings.Contains(val, sep) || strings.Contains(val, "\"") || strings.Contains(val, "\n") {
			val = `"` + strings.ReplaceAll(val, `"`, `""`) + `"`
		}
		row = append(row, val)
	}
	hdr = append(hdr, "total", "tracking")
	row = append(row, g.lookOf("amount"), g.lookOf(g.pick([]string{"ups", "dhl", "s10", "local_courier"})))
	for i := range row {
		if sep != "," && sep != "\t" {
			continue
		}
		if strings.Contains(row[i], ",") && !strings.HasPrefix(row[i], `"`) && sep == "," {
			row[i] = `"` + row[i] + `"`
		}
	}
	return fmt.Sprintf("import row %d rejected (%s)\n%s\n%s", g.rng(2, 5000), g.pick([]string{"duplicate", "bad encoding", "missing column"}), strings.Join(hdr, sep), strings.Join(row, sep)), false
}

func ctxChat(g *gen, vs []pv) (string, bool) {
	w := g.lw()
	var b strings.Builder
	fmt.Fprintf(&b, "ticket #%s comment by %s: ", g.digits(6), g.pick([]string{"agent.mika", "bot", "cs-team", "customer"}))
	for _, v := range vs {
		switch v.kind {
		case "name":
			b.WriteString(g.pick([]string{"Hi, this is ", "my name is ", "I am ", w.dear + " "}) + g.P(v) + ". ")
		case "phone":
			b.WriteString(g.pick([]string{"pls call me on ", "my number is ", "reach me at ", w.phone + " "}) + g.P(v) + " ")
		case "address":
			b.WriteString(g.pick([]string{"new address: ", "please deliver to ", "I moved, my address is now ", w.address + ": "}) + g.P(v) + " ")
		case "email":
			b.WriteString("email me at " + g.P(v) + " ")
		case "card":
			b.WriteString("I paid with card " + g.P(v) + " but was charged twice ")
		case "iban":
			b.WriteString("refund to my IBAN " + g.P(v) + " ")
		case "cn_id":
			b.WriteString("清关用身份证号 " + g.P(v) + " ")
		default:
			b.WriteString("here is the " + g.prose(v) + " ")
		}
	}
	fmt.Fprintf(&b, "order %s, tracking %s, paid %s", g.lookOf(g.pick(leadLooks)), g.lookOf(g.pick([]string{"ups", "dhl", "local_courier", "s10"})), g.lookOf("amount"))
	return b.String(), false
}

func ctxTemplate(g *gen, vs []pv) (string, bool) {
	w := g.lw()
	var b strings.Builder
	sms := g.chance(0.4)
	if sms {
		fmt.Fprintf(&b, "sms rendered to=%s body=\"[Shop] ", g.pick([]string{"+0000000000", "queued"}))
	} else {
		fmt.Fprintf(&b, "mail rendered template=order_shipped locale=%s subject=\"Your order %s has shipped\" body=\"", g.loc.code, g.lookOf("shopify_name"))
	}
	for _, v := range vs {
		switch v.kind {
		case "name":
			if g.loc.honorific != "" && w.dear == "" {
				b.WriteString(g.P(v) + g.loc.honorific + "、")
			} else {
				d := w.dear
				if d == "" {
					d = "Dear"
				}
				b.WriteString(d + " " + g.P(v) + ", ")
			}
		case "address":
			b.WriteString("your parcel will be delivered to " + g.P(v) + " on " + g.lookOf("date") + ". ")
		case "phone":
			b.WriteString("the courier will call " + g.P(v) + ". ")
		case "credential":
			if strings.HasPrefix(v.form, "otp") {
				b.WriteString(w.otp + ": " + g.P(v) + ". ")
			} else {
				b.WriteString("temporary " + g.prose(v) + ". ")
			}
		default:
			b.WriteString(g.prose(v) + ". ")
		}
	}
	fmt.Fprintf(&b, "Track: %s (%s)\"", g.lookOf(g.pick([]string{"ups", "usps", "s10", "local_courier"})), g.lookOf("company"))
	if !sms && g.chance(0.5) {
		return g.ev("notifier", b.String(), "template.version", g.lookOf("version")), true
	}
	return b.String(), false
}

func ctxKV(g *gen, vs []pv) (string, bool) {
	kvs := []kv{{k: "event", v: "label_print"}, {k: "order_id", v: g.lookOf(g.pick(leadLooks))}}
	kvs = append(kvs, g.kvs(vs, false)...)
	kvs = append(kvs, g.looksKV(g.rng(1, 3))...)
	return logfmt(kvs), false
}

func ctxJSONString(g *gen, vs []pv) (string, bool) {
	half := (len(vs) + 1) / 2
	st := g.pick2s(styleGo, styleASCII)
	once := jo(st, "order", g.lookOf(g.pick(leadLooks)), g.kvs(vs[:half], true))
	twiceInner := jo(st, "recipient", jo(st, g.kvs(vs[half:], false)), "bin", g.lookOf("bin"))
	twice := jo(st, "kind", "fulfilment.retry", "body", string(twiceInner), "hs", g.lookOf("hs_code"))
	return g.ev("fulfilment", "retrying request", "payload", string(once), "envelope.body", string(twice), "vat", g.lookOf("vat")), true
}
