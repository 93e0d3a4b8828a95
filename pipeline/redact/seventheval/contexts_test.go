package seventheval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A context renders one log line of a shape real services emit. event
// tells whether the line is an NDJSON event (redacted with Event) or plain
// text (redacted with String).
type context struct {
	name  string
	event bool
	fn    func(c *ctx) string
}

// jq quotes s as a JSON string (no HTML escaping), jb the same without the
// quotes.
func jq(s string) string {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func jb(s string) string { q := jq(s); return q[1 : len(q)-1] }

func ue(s string) string { return url.QueryEscape(s) }

func (c *ctx) ts() string {
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", c.num(1, 5), c.r.IntN(24), c.r.IntN(60), c.r.IntN(60), c.r.IntN(1000))
}

// pii plants a value of a kind drawn for the slot (any of the eight).
func (c *ctx) pii(k kind) string {
	switch k {
	case kEmail:
		return c.email()
	case kPhone:
		return c.phone()
	case kName:
		return c.name()
	case kAddress:
		return c.address()
	case kCard:
		return c.card()
	case kIBAN:
		return c.iban()
	case kCNID:
		return c.cnID()
	default:
		return c.credFree()
	}
}

var kvKeys = [numKinds][]string{
	kEmail:   {"email", "buyer_email", "contact_email", "e_mail", "correo", "emailAddress"},
	kPhone:   {"phone", "tel", "mobile", "contact_number", "phoneNumber", "whatsapp"},
	kName:    {"name", "full_name", "recipient", "customer_name", "holder", "ship_to_name"},
	kAddress: {"address", "line1", "address1", "street", "addr", "ship_to"},
	kCard:    {"card_number", "pan", "cc", "number", "cardNo"},
	kIBAN:    {"iban", "payout_iban", "account_iban", "bank_account"},
	kCNID:    {"id_card", "shenfenzheng", "id_number", "national_id", "身份证号"},
	kCred:    {"password"},
}

// kv returns a key suited to a kind (local keys of the line's locale half
// the time) and a planted value.
func (c *ctx) kv(k kind) (string, string) {
	if k == kCred {
		return c.credKV()
	}
	keys := kvKeys[k]
	switch k {
	case kPhone:
		if c.chance(0.5) {
			keys = c.loc.phoneKeys
		}
	case kName:
		if c.chance(0.5) {
			keys = c.loc.nameKeys
		}
	case kAddress:
		if c.chance(0.5) {
			keys = c.loc.addrKeys
		}
	}
	key := c.pick(keys)
	return key, c.pii(k)
}

// kindMix draws n kinds, people's kinds more often than payment data.
func (c *ctx) kindMix() kind {
	w := []int{16, 18, 20, 16, 8, 6, 4, 12}
	t := 0
	for _, x := range w {
		t += x
	}
	v := c.r.IntN(t)
	for i, x := range w {
		if v < x {
			return kind(i)
		}
		v -= x
	}
	return kCred
}

func camel(s string) string {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '_' || r == '-' || r == ' ' })
	for i, p := range parts {
		if r, n := utf8.DecodeRuneInString(p); n > 0 {
			parts[i] = string(unicode.ToUpper(r)) + p[n:]
		}
	}
	return strings.Join(parts, "")
}

var contexts = []context{
	{"java_exception", true, func(c *ctx) string {
		oid := c.order()
		cls := c.pick([]string{"Customer", "ShippingAddress", "BuyerProfile", "PaymentInstrument"})
		var fields []string
		fields = append(fields, "id="+c.t("shopify_order"))
		for n := c.num(1, 3); n > 0; n-- {
			k, v := c.kv(c.kindMix())
			fields = append(fields, camel(k)+"='"+v+"'")
		}
		fields = append(fields, "createdAt="+c.t("date"))
		obj := cls + "{" + strings.Join(fields, ", ") + "}"
		msg := fmt.Sprintf("Failed to sync order %s: com.vigilshop.sync.ValidationException: invalid %s %s\n\tat com.vigilshop.sync.OrderMapper.map(OrderMapper.java:%d)\n\tat com.vigilshop.sync.OrderSyncJob.run(OrderSyncJob.java:%d)\nCaused by: java.lang.IllegalStateException: %s rejected by %s",
			oid, strings.ToLower(cls), obj, c.num(20, 400), c.num(20, 400), cls, c.pick([]string{"Shopee", "Lazada", "TikTok Shop", "Amazon SP-API"}))
		return fmt.Sprintf(`{"@timestamp":%s,"log.level":"ERROR","service.name":"order-sync","message":%s,"error.type":"com.vigilshop.sync.ValidationException","trace.id":%s,"labels.sku":%s,"host.name":%s,"labels.vendor":%s,"labels.ship_from_city":%s}`,
			jq(c.ts()), jq(msg), jq(c.t("trace_id")), jq(c.product()), jq(c.t("pod")), jq(c.misc()), jq(c.t("city")))
	}},
	{"logback", false, func(c *ctx) string {
		thread := c.pick([]string{"http-nio-8080-exec-", "scheduling-", "kafka-consumer-"}) + fmt.Sprint(c.num(1, 12))
		var msg string
		switch c.r.IntN(4) {
		case 0:
			msg = fmt.Sprintf("Order %s created for %s (%s), total %s", c.order(), c.name(), c.email(), c.t("amount"))
		case 1:
			k1, v1 := c.kv(c.kindMix())
			msg = fmt.Sprintf("Updating buyer profile: %s=%s, sku=%s, traceId=%s", k1, v1, c.product(), c.t("trace_id"))
		case 2:
			msg = fmt.Sprintf("Callback rejected for payment %s: %s", c.t("idempotency"), c.credFree())
		default:
			msg = fmt.Sprintf("Label request for %s: shipTo=%s, phone=%s, awb=%s, origin hub %s", c.order(), c.address(), c.phone(), c.tracking(), c.t("city"))
		}
		return fmt.Sprintf("%s %-5s 1 --- [%s] c.v.s.%s : %s", strings.Replace(c.ts()[:23], "T", " ", 1), c.pick([]string{"INFO", "WARN", "DEBUG"}), thread, c.pick([]string{"OrderSyncService", "LabelClient", "PaymentCallbackController"}), msg)
	}},
	{"serilog_es", true, func(c *ctx) string {
		k1, k2 := c.kindMix(), c.kindMix()
		n1, v1 := c.kv(k1)
		n2, v2 := c.kv(k2)
		p1, p2 := camel(n1), camel(n2)
		if p1 == p2 {
			p2 += "2"
		}
		oid := c.order()
		tmpl := fmt.Sprintf("Order {OrderId} updated: {%s} / {%s}", p1, p2)
		msg := fmt.Sprintf("Order %q updated: %q / %q", oid, v1, v2)
		return fmt.Sprintf(`{"@timestamp":%s,"level":"Warning","messageTemplate":%s,"message":%s,"fields":{"OrderId":%s,%s:%s,%s:%s,"SourceContext":"Shop.Sync.Orders","RequestId":%s,"Amount":%s}}`,
			jq(c.ts()), jq(tmpl), jq(msg), jq(oid), jq(p1), jq(v1), jq(p2), jq(v2), jq(c.t("request_id")), jq(c.t("amount_plain")))
	}},
	{"ecs_http_body", true, func(c *ctx) string {
		var body string
		if c.chance(0.5) {
			n1, v1 := c.kv(c.kindMix())
			n2, v2 := c.kv(c.kindMix())
			inner := fmt.Sprintf(`{"order_id":%s,%s:%s,"shipping":{%s:%s},"total":%s}`, jq(c.order()), jq(n1), jq(v1), jq(n2), jq(v2), jq(c.t("amount_plain")))
			body = inner
		} else {
			n1, v1 := c.kv(c.kindMix())
			n2, v2 := c.kv(c.kindMix())
			body = fmt.Sprintf("sku=%s&%s=%s&%s=%s&qty=%d", ue(c.product()), ue(n1), ue(v1), ue(n2), ue(v2), c.num(1, 9))
		}
		q := fmt.Sprintf("ref=%s&ts=%s", c.anyID(), c.epoch())
		orig := fmt.Sprintf("POST /api/checkout?%s HTTP/1.1", q)
		return fmt.Sprintf(`{"@timestamp":%s,"ecs.version":"8.11.0","event.dataset":"checkout.access","http.request.method":"POST","url.path":"/api/checkout","url.query":%s,"http.request.body.content":%s,"http.response.status_code":%s,"event.original":%s,"agent.type":"filebeat"}`,
			jq(c.ts()), jq(q), jq(body), c.t("status"), jq(orig))
	}},
	{"syslog5424", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		sd := fmt.Sprintf(`[order@32473 id="%s" %s="%s" bin="%s"]`, c.order(), strings.ReplaceAll(n1, " ", "_"), strings.ReplaceAll(v1, `"`, `\"`), c.t("bin_location"))
		msg := fmt.Sprintf("pick list printed for %s", c.pii(c.kindMix()))
		return fmt.Sprintf("<%d>1 %s wms-%s picker %d PICK %s %s (seller %s, %s)", c.num(130, 190), c.ts(), c.t("warehouse_code"), c.num(100, 9999), sd, msg, c.t("company"), c.t("company_vat"))
	}},
	{"envoy_access", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		path := fmt.Sprintf("/v2/buyers/lookup?%s=%s&order=%s", ue(n1), ue(v1), c.order())
		auth := "-"
		if c.chance(0.5) {
			auth = c.credFree()
		}
		return fmt.Sprintf(`[%s] "GET %s HTTP/2" %s - via_upstream - "-" 0 %d %d %d "%s" "okhttp/4.12.0" "%s" "buyer-api.shop.internal" "%s" outbound|8080||buyer-api.default.svc.cluster.local %s`,
			c.ts(), path, c.t("status"), c.num(100, 9000), c.num(1, 900), c.num(1, 900), c.t("ipv4"), c.t("request_id"), c.t("host_port"), auth)
	}},
	{"lambda_apigw", true, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		n2, v2 := c.kv(c.kindMix())
		body := fmt.Sprintf(`{"order":%s,%s:%s,"items":[{"sku":%s}]}`, jq(c.order()), jq(n1), jq(v1), jq(c.product()))
		hdr := `"User-Agent":"Shopee-Open-Platform"`
		if c.chance(0.4) {
			hdr = `"Authorization":` + jq("Bearer "+c.plantCred(c.randFrom(alnum, 40), "credential/apigw-bearer"))
		}
		ev := fmt.Sprintf(`{"resource":"/webhooks/{proxy+}","path":"/webhooks/order","httpMethod":"POST","headers":{%s,"X-Amzn-Trace-Id":%s,"traceparent":%s},"queryStringParameters":{%s:%s},"requestContext":{"requestId":%s,"requestTimeEpoch":%s},"body":%s,"isBase64Encoded":false}`,
			hdr, jq(c.t("request_id")), jq(c.t("traceparent")), jq(n2), jq(v2), jq(c.t("uuid")), c.t("epoch_ms"), jq(body))
		line := fmt.Sprintf("%s\t%s\tINFO\tEVENT: %s", c.ts(), c.t("uuid"), ev)
		return fmt.Sprintf(`{"@timestamp":%s,"service.name":"webhook-lambda","cloud.provider":"aws","aws.cloudwatch.log_group":"/aws/lambda/webhook-order","message":%s}`, jq(c.ts()), jq(line))
	}},
	{"apache_combined", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		n2, v2 := c.kv(c.kindMix())
		q := fmt.Sprintf("/checkout/confirm?order=%s&%s=%s&%s=%s&cur=%s", ue(c.order()), ue(n1), ue(v1), ue(n2), ue(v2), c.pick([]string{"EUR", "BRL", "THB", "JPY"}))
		ref := fmt.Sprintf("https://shop.example/cart?utm_source=%s&v=%s", c.pick([]string{"line", "kakao", "whatsapp"}), c.t("git_sha7"))
		return fmt.Sprintf(`%s - - [%02d/Dec/2026:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" %s %d "%s" "Mozilla/5.0 (Linux; Android 14; SM-A556B) Chrome/131.0"`,
			c.t("ipv4"), c.num(1, 5), c.r.IntN(24), c.r.IntN(60), c.r.IntN(60), q, c.t("status"), c.num(200, 90000), ref)
	}},
	{"soap_label", false, func(c *ctx) string {
		el := func(k kind) string {
			n, v := c.kv(k)
			tag := camel(n)
			if strings.ContainsAny(tag, " '") || tag == "" {
				tag = "Value"
			}
			v = strings.NewReplacer("&", "&amp;", "<", "&lt;").Replace(v)
			return fmt.Sprintf("<ns2:%s>%s</ns2:%s>", tag, v, tag)
		}
		return fmt.Sprintf(`SOAP request to carrier: <soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ns2:CreateShipment><ns2:Reference>%s</ns2:Reference><ns2:ShipTo><ns2:PersonName>%s</ns2:PersonName>%s%s</ns2:ShipTo><ns2:Weight>%d.%d</ns2:Weight><ns2:HsCode>%s</ns2:HsCode><ns2:TrackingNumber>%s</ns2:TrackingNumber></ns2:CreateShipment></soapenv:Body></soapenv:Envelope>`,
			c.order(), c.name(), el(kAddress), el(c.kindMix()), c.num(0, 30), c.num(0, 9), c.t("hs_code"), c.tracking())
	}},
	{"payment_ipn", false, func(c *ctx) string {
		if c.chance(0.5) {
			return fmt.Sprintf("IPN received: mc_gross=%s&invoice=%s&first_name=%s&payer_email=%s&address_street=%s&address_zip=%s&txn_id=%s&payer_status=verified&verify_sign=%s",
				ue(c.t("amount_plain")), ue(c.t("invoice")), ue(c.name()), ue(c.email()), ue(c.address()), ue(c.loc.postcode(c)), c.t("ulid"), ue(c.plantCred(c.randFrom(alnum+"-.", 56), "credential/ipn-verify-sign")))
		}
		n1, v1 := c.kv(c.kindMix())
		return fmt.Sprintf(`webhook payment.succeeded %s payload={"id":%s,"type":"charge.succeeded","created":%s,"data":{"object":{"amount":%s,"billing_details":{"name":%s,%s:%s},"payment_method_details":{"card":{"number":%s,"exp_month":%d}}}}}`,
			c.t("uuid"), jq("evt_"+c.t("ulid")), c.t("epoch_s"), c.t("amount_plain"), jq(c.name()), jq(n1), jq(v1), jq(c.card()), c.num(1, 12))
	}},
	{"edifact", false, func(c *ctx) string {
		esc := strings.NewReplacer("?", "??", "'", "?'", "+", "?+", ":", "?:")
		var com string
		if c.chance(0.5) {
			com = fmt.Sprintf("COM+%s:TE'", esc.Replace(c.phone()))
		} else {
			com = fmt.Sprintf("COM+%s:EM'", esc.Replace(c.email()))
		}
		extra := ""
		if c.chance(0.5) {
			extra = fmt.Sprintf("FII+BF+%s'", esc.Replace(c.iban()))
		}
		return fmt.Sprintf("EDI outbound IFTMIN: UNH+%d+IFTMIN:D:04A:UN'BGM+610+%s+9'RFF+ON:%s'NAD+CN+++%s+%s+%s++%s+%s'%s%sGID+1+%d:CT'MEA+WT+AAB+KGM:%d'UNT+9+%d'",
			c.num(1, 9999), c.t("invoice"), c.order(), esc.Replace(c.name()), esc.Replace(c.address()), c.pick(c.loc.cities), c.loc.postcode(c), strings.ToUpper(c.loc.code[3:]), com, extra, c.num(1, 9), c.num(1, 40), c.num(1, 9999))
	}},
	{"redis_monitor", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		n2, v2 := c.kv(c.kindMix())
		esc := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) }
		return fmt.Sprintf(`%d.%06d [0 %s] "HSET" "checkout:%s" "%s" "%s" "%s" "%s" "updated_at" "%s"`,
			1764900000+c.r.IntN(100000), c.r.IntN(1000000), c.t("host_port"), c.t("uuid"), esc(n1), esc(v1), esc(n2), esc(v2), c.epoch())
	}},
	{"sql_slowlog", false, func(c *ctx) string {
		q := func(s string) string { return strings.ReplaceAll(s, "'", "''") }
		var stmt string
		switch c.r.IntN(3) {
		case 0:
			n1, v1 := c.kv(c.kindMix())
			col := strings.ReplaceAll(strings.ToLower(n1), " ", "_")
			stmt = fmt.Sprintf("UPDATE customers SET %s = '%s', updated_at = '%s' WHERE order_ref = '%s';", col, q(v1), c.t("date"), c.order())
		case 1:
			stmt = fmt.Sprintf("SELECT id, status FROM orders WHERE buyer_email = '%s' AND marketplace_order_id = '%s' LIMIT 1;", q(c.email()), c.order())
		default:
			n1, v1 := c.kv(c.kindMix())
			col := strings.ReplaceAll(strings.ToLower(n1), " ", "_")
			stmt = fmt.Sprintf("INSERT INTO shipments (awb, consignee, %s, sku) VALUES ('%s', '%s', '%s', '%s');", col, c.tracking(), q(c.name()), q(v1), c.product())
		}
		return fmt.Sprintf("# Time: %s\n# User@Host: shop_rw[shop_rw] @ [%s]  Id: %d\n# Query_time: %d.%06d  Lock_time: 0.000%03d Rows_sent: 1  Rows_examined: %d\nSET timestamp=%s;\n%s",
			c.ts(), c.t("ipv4"), c.num(1000, 99999), c.num(1, 9), c.r.IntN(1000000), c.r.IntN(1000), c.num(1000, 900000), c.t("epoch_s"), stmt)
	}},
	{"mongo_log", true, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		n2, v2 := c.kv(c.kindMix())
		line := fmt.Sprintf(`{"t":{"$date":%s},"s":"I","c":"COMMAND","id":51803,"ctx":"conn%d","msg":"Slow query","attr":{"type":"command","ns":"shop.buyers","command":{"find":"buyers","filter":{%s:%s,"orders.id":%s},"projection":{%s:1},"$db":"shop"},"planSummary":"IXSCAN { email: 1 }","docsExamined":%d,"durationMillis":%d,"lsid":{"id":{"$uuid":%s}},"update":{"$set":{%s:%s}}}}`,
			jq(c.ts()), c.num(1, 9999), jq(n1), jq(v1), jq(c.order()), jq(n1), c.num(1, 5000), c.num(100, 9000), jq(c.t("uuid")), jq(n2), jq(v2))
		return fmt.Sprintf(`{"@timestamp":%s,"service.name":"mongod","log.file.path":"/var/log/mongodb/mongod.log","message":%s,"host.name":%s}`, jq(c.ts()), jq(line), jq(c.t("pod")))
	}},
	{"es_slowlog", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		src := fmt.Sprintf(`{"size":20,"query":{"bool":{"must":[{"match":{"customer.%s":{"query":%s}}},{"term":{"order.marketplace_id":%s}}],"filter":[{"range":{"@timestamp":{"gte":%s}}}]}}}`, n1, jq(v1), jq(c.order()), jq(c.t("date")))
		return fmt.Sprintf("[%s][WARN ][i.s.s.query              ] [es-data-%d] [orders-2026.12][%d] took[%d.%dms], took_millis[%d], total_hits[%d hits], stats[], search_type[QUERY_THEN_FETCH], total_shards[6], source[%s], id[%s],",
			c.ts()[:23], c.num(0, 5), c.num(0, 5), c.num(500, 3000), c.r.IntN(10), c.num(500, 3000), c.num(0, 40), src, c.t("request_id"))
	}},
	{"go_panic", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		n2, v2 := c.kv(c.kindMix())
		return fmt.Sprintf("panic: label: unexpected carrier reply for %s: &{ID:%s Buyer:{%s:%s %s:%s} Items:[{SKU:%s Qty:%d}] Total:%s}\n\ngoroutine %d [running]:\nmain.(*labeler).print(0xc000%s, {0xc0001%s, 0x%x})\n\t/src/labeler/print.go:%d +0x1a4",
			c.tracking(), c.order(), camel(n1), v1, camel(n2), v2, c.product(), c.num(1, 5), c.misc(), c.num(1, 900), c.hexN(6), c.hexN(5), c.num(10, 200), c.num(10, 500))
	}},
	{"python_traceback", false, func(c *ctx) string {
		n1, v1 := c.kv(c.kindMix())
		n2, v2 := c.kv(c.kindMix())
		pyq := func(s string) string {
			return "'" + strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), "'", `\'`) + "'"
		}
		return fmt.Sprintf("Traceback (most recent call last):\n  File \"/app/sync/lazada.py\", line %d, in push_order\n    resp = client.execute(payload)\n    locals: order_id=%s payload={%s: %s, %s: %s, 'sku': %s, 'ts': %s}\n  File \"/app/sync/client.py\", line %d, in execute\nlazop.ApiException: IllegalParameter for buyer <Buyer name=%s tracking=%s>",
			c.num(10, 400), pyq(c.order()), pyq(n1), pyq(v1), pyq(n2), pyq(v2), pyq(c.product()), c.epoch(), c.num(10, 400), pyq(c.name()), pyq(c.tracking()))
	}},
	{"mail_headers", false, func(c *ctx) string {
		nm := c.name()
		em := c.email()
		cc := ""
		if c.chance(0.3) {
			cc = fmt.Sprintf("\r\nCc: %s", c.email())
		}
		return fmt.Sprintf("smtp: message queued %s\r\nFrom: \"Shop Support\" <support@shop.example>\r\nTo: \"%s\" <%s>%s\r\nSubject: Your order %s has shipped (%s, NF-e %s)\r\nMessage-ID: <%s@mail.shop.example>\r\nX-Mailer: vigil-notify %s",
			c.t("ulid"), strings.ReplaceAll(nm, `"`, ``), em, cc, c.order(), c.tracking(), c.t("nfe_key"), c.t("uuid"), c.t("version"))
	}},
	{"cs_transcript", true, func(c *ctx) string {
		l := c.loc
		var turn string
		switch c.r.IntN(4) {
		case 0:
			turn = fmt.Sprintf(l.chatPhone, c.phone())
		case 1:
			turn = fmt.Sprintf(l.chatAddr, c.address())
		case 2:
			turn = fmt.Sprintf(l.chatName, c.name())
		default:
			turn = fmt.Sprintf(l.chatName, c.name()) + " " + c.pick([]string{"order", "#", "pedido", "订单"}) + " " + c.order()
		}
		agent := fmt.Sprintf("agent: ticket %s, parcel %s, refund %s, %s", c.t("invoice"), c.tracking(), c.t("amount"), c.misc())
		return fmt.Sprintf(`{"@timestamp":%s,"service.name":"cs-chat","labels.locale":%s,"message":%s,"chat.agent_note":%s,"chat.conversation_id":%s}`,
			jq(c.ts()), jq(l.code), jq("["+c.ts()[11:16]+"] buyer: "+turn), jq(agent), jq(c.t("uuid")))
	}},
	{"audit_diff", true, func(c *ctx) string {
		n1, old := c.kv(c.kindMix())
		k := c.vals[len(c.vals)-1].kind
		nv := c.pii(k)
		diff := fmt.Sprintf("%s: %q -> %q", n1, old, nv)
		before := fmt.Sprintf(`{%s:%s,"version":%d}`, jq(n1), jq(old), c.num(1, 40))
		after := fmt.Sprintf(`{%s:%s,"version":%d}`, jq(n1), jq(c.again()), c.num(41, 80))
		return fmt.Sprintf(`{"@timestamp":%s,"event.action":"buyer.update","audit.actor":%s,"audit.target":%s,"audit.before":%s,"audit.after":%s,"message":%s}`,
			jq(c.ts()), jq("ops-"+c.t("git_sha7")), jq(c.order()), jq(before), jq(after), jq("profile changed "+diff))
	}},
	{"jwt_claims", true, func(c *ctx) string {
		tok := c.plantCred(c.jwt(), "credential/jwt-raw")
		claims := fmt.Sprintf(`{"iss":"https://auth.shop.example","sub":%s,"email":%s,"name":%s,"phone_number":%s,"exp":%s,"amr":["otp"]}`,
			jq(c.t("uuid")), jq(c.email()), jq(c.name()), jq(c.phone()), c.t("epoch_s"))
		return fmt.Sprintf(`{"@timestamp":%s,"service.name":"auth-gw","message":%s,"auth.token":%s,"trace.id":%s}`,
			jq(c.ts()), jq("jwt decoded: "+claims), jq(tok), jq(c.t("trace_id")))
	}},
}
