package twelftheval

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A context is a log shape PII is written into. Each takes the line's
// items and returns the line and whether it is an NDJSON event.
type context struct {
	name   string
	render func(b *bld, its []item) (string, bool)
}

var contexts = []context{
	{"ecs_fields", ctxFields},
	{"message", ctxMessage},
	{"json_in_string", ctxJSONString},
	{"json_twice", ctxJSONTwice},
	{"url_query", ctxQuery},
	{"form_body", ctxForm},
	{"logfmt", ctxLogfmt},
	{"access_log", ctxAccess},
	{"headers", ctxHeaders},
	{"sql", ctxSQL},
	{"exception", ctxException},
	{"dump", ctxDump},
	{"csv", ctxCSV},
	{"template", ctxTemplate},
	{"transcript", ctxTranscript},
	{"otel", ctxOTel},
	{"xml", ctxXML},
	{"config", ctxConfig},
	{"webhook", ctxWebhook},
}

func level(b *bld) string { return b.pick("info", "INFO", "warn", "error", "debug", "WARNING") }

// fieldPath: where a structured field of this kind lives.
func fieldPath(b *bld, it item) string {
	switch it.v.kind {
	case kName:
		return b.pick("buyer.name", "customer.full_name", "order.shipTo.name", "consignee", "payload.receiver_name", "recipient.name", "shipping.address.name", "billing.fullName", "kyc.holder")
	case kEmail:
		return b.pick("buyer.email", "user.email", "order.contact.email", "customer_email", "notify.to", "payload.buyerEmail")
	case kPhone:
		return b.pick("buyer.phone", "customer.mobile", "shipping.address.phone", "order.receiver.tel", "sms.to", "payload.phoneNumber", "courier.contact_no")
	case kAddress:
		return b.pick("shipping.address.street", "shipping.address.line1", "billing.address.address1", "order.shipTo.addressLine1", "dest.addr", "payload.receiverAddress", "delivery.street")
	case kCard:
		return b.pick("payment.card_number", "payment.card.number", "card.pan", "psp.request.cc", "payment.method.number")
	case kIBAN:
		return b.pick("payout.iban", "refund.iban", "bank.account", "sepa.debtor_account", "payment.method.iban")
	case kCNID:
		return b.pick("customs.id_card", "kyc.id_number", "buyer.identity_no", "declaration.cert_no")
	}
	return b.pick("auth."+it.v.key, "config."+it.v.key, "partner."+it.v.key, "http.request.headers."+strings.ToLower(it.v.key), it.v.key)
}

func ctxFields(b *bld, its []item) (string, bool) {
	o := b.ecsBase(level(b))
	oid := b.orderID()
	msg := b.pick("order "+oid+" imported", "upsert customer for order "+oid, "sync ok", "payment captured for "+oid,
		"label created "+b.tracking(), "refund processed", "buyer profile updated")
	if k := its[0].v.kind; (k == kName || k == kEmail || k == kPhone || k == kAddress) && b.chance(0.4) {
		// the value a field holds, echoed in the message
		msg = "order " + oid + ": " + b.phrase(its[0])
		if k == kPhone && b.chance(0.5) {
			// the same number in another spelling
			msg += " (normalised " + b.Alt(its[0].v, "+"+b.loc.cc+its[0].v.frags[0][:0]+digitsAfterCC(its[0].v, b.loc.cc)) + ")"
		}
	}
	o.s("message", msg)
	o.s("shop.platform", pick(b.r, platforms))
	if b.chance(0.5) {
		o.s("order.id", oid)
	}
	for _, it := range its {
		p := fieldPath(b, it)
		if b.chance(0.25) && it.v.kind == kPhone {
			// a phone object as some APIs send it
			o.o(p, (&obj{}).s("country_code", "+"+b.loc.cc).s("number", b.P(it.v)))
			continue
		}
		if b.chance(0.15) {
			o.raw(p+"s", arr((&obj{}).s("type", "primary").s("value", b.P(it.v)).String()))
			continue
		}
		if (it.v.kind == kPhone || it.v.kind == kCard) && onlyDigits(it.v.text) == it.v.text && it.v.text[0] != '0' && b.chance(0.3) {
			// digits logged as a JSON number
			o.raw(p, b.P(it.v))
			if b.bg {
				o.vals[len(o.vals)-1] = jq(b.P(it.v))
			}
			continue
		}
		o.s(p, b.P(it.v))
	}
	o.s("amount", b.T("amount"))
	return o.String(), true
}

func ctxMessage(b *bld, its []item) (string, bool) {
	o := b.ecsBase(level(b))
	var parts []string
	for _, it := range its {
		parts = append(parts, b.phrase(it))
	}
	oid := b.orderID()
	sep := b.pick("; ", ", ", " | ", " — ", ". ")
	msg := b.pick("order "+oid+": ", "["+oid+"] ", "", "sync "+pick(b.r, platforms)+" "+oid+" ") + strings.Join(parts, sep)
	if b.chance(0.4) {
		msg += " (total " + b.T("amount") + ")"
	}
	o.s("message", msg)
	o.s("event.action", b.pick("order-sync", "notify", "payment-callback", "label", "customer-update"))
	if b.chance(0.5) {
		o.s("order_id", oid)
	}
	return o.String(), true
}

// payload builds a marketplace-style order JSON holding the items.
func payload(b *bld, its []item, depth int) string {
	o := &obj{}
	if b.chance(0.25) {
		o.ascii = true // a logger that writes non-ASCII as \uXXXX
	}
	o.s(b.pick("order_id", "orderId", "OrderID", "id"), b.orderID())
	o.s("created", b.T("epoch_ms"))
	buyer := &obj{ascii: o.ascii}
	addr := &obj{ascii: o.ascii}
	other := &obj{ascii: o.ascii}
	for _, it := range its {
		k := b.keyFor(it.v)
		switch it.v.kind {
		case kName, kEmail, kPhone, kCNID:
			buyer.s(k, b.P(it.v))
		case kAddress:
			addr.s(b.pick("line1", "address1", "street", "addr", "address_line_1"), b.P(it.v))
			addr.s("city", b.T("city")).s("postal_code", b.T("postcode"))
		case kCard:
			if b.chance(0.5) {
				other.o("card", (&obj{}).s("number", b.P(it.v)).s("exp", fmt.Sprintf("%02d/%d", b.n(1, 12), b.n(27, 32))).s("brand", "auto"))
			} else {
				other.s(k, b.P(it.v))
			}
		default:
			other.s(k, b.P(it.v))
		}
	}
	if len(buyer.keys) > 0 {
		o.o(b.pick("buyer", "customer", "recipient", "shipTo", "receiver"), buyer)
	}
	if len(addr.keys) > 0 {
		o.o(b.pick("shipping_address", "address", "shippingAddress", "dest"), addr)
	}
	for i := range other.keys {
		o.raw(other.keys[i], other.vals[i])
	}
	o.raw("items", arr((&obj{}).s("sku", b.T("sku")).raw("qty", strconv.Itoa(b.n(1, 5))).s("ean", b.T("ean13")).String()))
	o.s("total", b.T("amount"))
	return o.String()
}

func ctxJSONString(b *bld, its []item) (string, bool) {
	o := b.ecsBase(level(b))
	o.s("message", b.pick("POST /v2/orders 201", "outgoing request", "webhook received", "request failed with 422"))
	o.s("http.request.method", "POST")
	o.s("url.path", b.pick("/v2/orders", "/api/checkout", "/orders/import", "/notify"))
	body := payload(b, its, 1)
	if len(its) >= 2 && b.chance(0.3) {
		// a batch of two orders
		h := len(its) / 2
		body = "[" + payload(b, its[:h], 1) + "," + payload(b, its[h:], 1) + "]"
	}
	if b.chance(0.2) {
		// a container runtime's line around a Node service's JSON
		return b.tsRFC() + " stdout F " + (&obj{}).raw("level", "30").s("time", b.T("epoch_ms")).s("msg", "marketplace response").s("body", body).String(), false
	}
	if b.chance(0.5) {
		o.s("http.request.body.content", body)
	} else {
		o.o("http", (&obj{}).o("response", (&obj{}).raw("status_code", b.T("status")).s("body", body)))
	}
	return o.String(), true
}

func ctxJSONTwice(b *bld, its []item) (string, bool) {
	o := b.ecsBase(level(b))
	inner := payload(b, its, 2)
	env := (&obj{}).s("type", b.pick("order.created", "ORDER_STATUS_CHANGE", "shipment.update")).s("payload", inner).s("partition", b.T("kafka_partition")).s("offset", b.T("kafka_offset"))
	o.s("message", b.pick("consumed record", "dead-lettered record", "replaying"))
	o.s(b.pick("kafka.value", "event.original", "record"), env.String())
	return o.String(), true
}

func ctxQuery(b *bld, its []item) (string, bool) {
	var q []string
	q = append(q, "order_id="+qe(b.orderID()))
	for _, it := range its {
		v := b.P(it.v)
		if strings.HasPrefix(it.v.class, "pem") {
			v = strings.ReplaceAll(v, "\n", "")
		}
		q = append(q, qe(b.keyFor(it.v))+"="+b.pick(qe(v), strings.ReplaceAll(url_path(v), "%20", "+")))
	}
	q = append(q, "ts="+b.T("epoch_s"))
	u := "https://" + b.pick("api.shop.example", "partner.marketplace.example", "track.carrier.example") + b.pick("/v1/customers/lookup", "/callback", "/notify", "/geo/validate") + "?" + strings.Join(q, "&")
	if b.chance(0.5) {
		o := b.ecsBase(level(b))
		o.s("message", "outbound call")
		o.s("url.full", u)
		o.raw("http.response.status_code", b.T("status"))
		return o.String(), true
	}
	return fmt.Sprintf("%s INFO  [http-client] GET %s -> %s in %sms", b.tsRFC(), u, b.T("status"), b.T("latency")), false
}

func url_path(s string) string { return strings.ReplaceAll(qe(s), "+", "%20") }

func ctxForm(b *bld, its []item) (string, bool) {
	var q []string
	for _, it := range its {
		k := b.keyFor(it.v)
		if b.chance(0.4) {
			k = "checkout[" + k + "]"
		}
		q = append(q, qe(k)+"="+qe(b.P(it.v)))
	}
	q = append(q, "order="+qe(b.orderID()), "amount="+qe(b.T("amount")))
	body := strings.Join(q, "&")
	if b.chance(0.5) {
		o := b.ecsBase(level(b))
		o.s("message", "form submitted")
		o.s("http.request.body.content", body)
		o.s("http.request.mime_type", "application/x-www-form-urlencoded")
		return o.String(), true
	}
	return fmt.Sprintf("%s [%s] POST /checkout/submit body=%s", b.tsRFC(), b.pick("php-fpm", "rails", "django"), body), false
}

func logfmtVal(s string) string {
	if strings.ContainsAny(s, " \"=\n") {
		return strconv.Quote(s)
	}
	return s
}

func ctxLogfmt(b *bld, its []item) (string, bool) {
	switch b.r.IntN(3) {
	case 0: // RFC 5424 with structured data
		var sd []string
		for _, it := range its {
			v := strings.NewReplacer(`\`, `\\`, `"`, `\"`, `]`, `\]`, "\n", " ").Replace(b.P(it.v))
			sd = append(sd, strings.ReplaceAll(b.keyFor(it.v), " ", "_")+`="`+v+`"`)
		}
		return fmt.Sprintf(`<134>1 %s %s %s %d ORDER [order@32473 id="%s" %s] shipment booked, weight %d g`, b.tsRFC(), b.T("host"),
			pick(b.r, services), b.n(100, 65000), b.orderID(), strings.Join(sd, " "), b.n(100, 30000)), false
	case 1: // Go slog text handler, grouped keys
		parts := []string{"time=" + b.tsRFC(), "level=" + b.pick("INFO", "WARN", "ERROR"), "msg=" + strconv.Quote(b.pick("checkout completed", "address verified", "refund issued"))}
		parts = append(parts, "order.id="+b.orderID())
		for _, it := range its {
			parts = append(parts, b.pick("buyer.", "customer.", "ship_to.", "req.")+b.keyFor(it.v)+"="+logfmtVal(b.P(it.v)))
		}
		parts = append(parts, "latency_ms="+b.T("latency"))
		return strings.Join(parts, " "), false
	}
	parts := []string{"time=" + b.tsRFC(), "level=" + b.pick("info", "warn", "error"), "msg=" + strconv.Quote(b.pick("order synced", "customer updated", "notify sent", "payment callback"))}
	parts = append(parts, "order_id="+b.orderID())
	for _, it := range its {
		parts = append(parts, b.keyFor(it.v)+"="+logfmtVal(b.P(it.v)))
	}
	parts = append(parts, "duration="+b.T("duration"), "trace_id="+b.T("trace_id"))
	return strings.Join(parts, " "), false
}

func ctxAccess(b *bld, its []item) (string, bool) {
	var q []string
	for _, it := range its {
		q = append(q, qe(b.keyFor(it.v))+"="+qe(b.P(it.v)))
	}
	path := b.pick("/account/verify", "/api/v1/address/validate", "/unsubscribe", "/track") + "?" + strings.Join(q, "&")
	ip := b.T("ipv4")
	return fmt.Sprintf(`%s - - [%s] "GET %s HTTP/1.1" %s %d "https://shop.example/checkout" "%s" rt=%s uct="0.001" upstream=%s:%s`,
		ip, b.ts.Format("02/Jan/2006:15:04:05 -0700"), path, b.T("status"), b.n(200, 90000), b.f.UserAgent(), b.T("latency"), b.T("ipv4"), b.T("port")), false
}

func ctxHeaders(b *bld, its []item) (string, bool) {
	var hs []string
	hs = append(hs, "POST /v3/orders/"+b.orderID()+"/notes HTTP/1.1", "Host: "+b.pick("api.bol.com", "api.allegro.pl", "open.jd.com", "sellingpartnerapi-eu.amazon.com"))
	for _, it := range its {
		k := it.v.key
		if it.v.kind != kCred {
			k = "X-" + strings.ReplaceAll(titleWords(strings.ReplaceAll(b.keyFor(it.v), "_", " ")), " ", "-")
		}
		v := b.P(it.v)
		if it.v.class == "pem" {
			v = strings.ReplaceAll(v, "\n", "\\n")
		}
		hs = append(hs, k+": "+v)
	}
	hs = append(hs, "X-Request-Id: "+b.T("request_id"), "Idempotency-Key: "+b.T("idem_key"))
	if b.chance(0.5) {
		o := b.ecsBase("debug")
		o.s("message", "request headers")
		o.s("http.request.headers_dump", strings.Join(hs, "\r\n"))
		return o.String(), true
	}
	for i := range hs {
		hs[i] = "> " + hs[i]
	}
	return "* upstream request\n" + strings.Join(hs, "\n"), false
}

func sqlQ(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func ctxSQL(b *bld, its []item) (string, bool) {
	var cols, vals []string
	for _, it := range its {
		cols = append(cols, strings.ToLower(strings.ReplaceAll(b.keyFor(it.v), "-", "_")))
		vals = append(vals, sqlQ(b.P(it.v)))
	}
	switch b.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s LOG:  duration: %s ms  statement: INSERT INTO customers (order_id, %s) VALUES (%s, %s)",
			b.ts.Format("2006-01-02 15:04:05.000 MST"), b.T("latency"), strings.Join(cols, ", "), sqlQ(b.orderID()), strings.Join(vals, ", ")), false
	case 1:
		var sets []string
		for i := range cols {
			sets = append(sets, cols[i]+" = "+vals[i])
		}
		return fmt.Sprintf("# Query_time: %s  Lock_time: 0.000012 Rows_sent: 0  Rows_examined: 1\nUPDATE sales_order_address SET %s WHERE parent_id = %s;",
			b.T("latency"), strings.Join(sets, ", "), b.T("order_magento")), false
	case 2:
		var ps []string
		for i, v := range vals {
			ps = append(ps, fmt.Sprintf("$%d = %s", i+2, v))
		}
		return fmt.Sprintf("%s ERROR:  duplicate key value violates unique constraint \"customers_pkey\"\nDETAIL:  parameters: $1 = %s, %s",
			b.ts.Format("2006-01-02 15:04:05 UTC"), sqlQ(b.orderID()), strings.Join(ps, ", ")), false
	}
	var lines []string
	for i, v := range vals {
		lines = append(lines, fmt.Sprintf("binding parameter [%d] as [VARCHAR] - [%s]", i+1, strings.Trim(v, "'")))
	}
	o := b.ecsBase("trace")
	o.s("message", "insert into buyer_contact (order_ref, "+strings.Join(cols, ", ")+") values (?"+strings.Repeat(", ?", len(cols))+")\n"+strings.Join(lines, "\n"))
	o.s("logger_name", "org.hibernate.orm.jdbc.bind")
	return o.String(), true
}

func ctxException(b *bld, its []item) (string, bool) {
	var parts []string
	for _, it := range its {
		parts = append(parts, b.keyFor(it.v)+" '"+b.P(it.v)+"'")
	}
	oid := b.orderID()
	switch b.r.IntN(3) {
	case 0:
		o := b.ecsBase("error")
		o.s("message", "failed to push order "+oid)
		o.s("error.type", "com.shop.carrier.ValidationException")
		o.s("error.message", "invalid consignee: "+strings.Join(parts, ", "))
		o.s("error.stack_trace", "com.shop.carrier.ValidationException: invalid consignee: "+strings.Join(parts, ", ")+
			"\n\tat com.shop.carrier.AramexClient.createShipment(AramexClient.java:214)\n\tat com.shop.sync.ShipmentJob.run(ShipmentJob.java:88)")
		return o.String(), true
	case 1:
		return "Traceback (most recent call last):\n  File \"/app/sync/orders.py\", line 142, in push\n    client.create(order)\n" +
			"ValueError: rejected by marketplace for order " + oid + ": " + strings.Join(parts, "; "), false
	}
	return fmt.Sprintf("%s ERR sync order %s: upsert buyer (%s): pq: duplicate key value violates unique constraint \"buyers_email_key\"",
		b.tsRFC(), oid, strings.Join(parts, ", ")), false
}

func ctxDump(b *bld, its []item) (string, bool) {
	var s string
	oid := b.orderID()
	switch b.r.IntN(5) {
	case 0: // Python repr
		var kv []string
		kv = append(kv, "'order_id': '"+oid+"'")
		for _, it := range its {
			kv = append(kv, "'"+b.keyFor(it.v)+"': '"+strings.ReplaceAll(b.P(it.v), "\n", `\n`)+"'")
		}
		s = "DEBUG celery task args: {" + strings.Join(kv, ", ") + "}"
	case 1: // PHP print_r
		var kv []string
		for _, it := range its {
			kv = append(kv, "    ["+b.keyFor(it.v)+"] => "+b.P(it.v))
		}
		s = "[" + b.ts.Format("02-Jan-2006 15:04:05") + "] Array\n(\n    [increment_id] => " + b.T("order_magento") + "\n" + strings.Join(kv, "\n") + "\n)"
	case 2: // Ruby hash
		var kv []string
		for _, it := range its {
			kv = append(kv, "\""+b.keyFor(it.v)+"\"=>"+strconv.Quote(b.P(it.v)))
		}
		s = "Parameters: {\"order\"=>{\"id\"=>\"" + oid + "\", " + strings.Join(kv, ", ") + "}}"
	case 3: // Go %+v
		var kv []string
		for _, it := range its {
			k := strings.ReplaceAll(titleWords(strings.ReplaceAll(b.keyFor(it.v), "_", " ")), " ", "")
			kv = append(kv, k+":"+b.P(it.v))
		}
		s = "buyer=&{OrderID:" + oid + " " + strings.Join(kv, " ") + " Retries:" + strconv.Itoa(b.n(0, 3)) + "}"
	default: // Java / Kotlin toString
		var kv []string
		for _, it := range its {
			kv = append(kv, b.keyFor(it.v)+"="+b.P(it.v))
		}
		s = "Recipient(orderRef=" + oid + ", " + strings.Join(kv, ", ") + ")"
	}
	if b.chance(0.4) {
		o := b.ecsBase("debug")
		o.s("message", s)
		return o.String(), true
	}
	return s, false
}

func ctxCSV(b *bld, its []item) (string, bool) {
	sep := b.pick(",", ";", "\t", "|")
	hdr := []string{"order_id"}
	row := []string{b.orderID()}
	for _, it := range its {
		hdr = append(hdr, b.keyFor(it.v))
		v := b.P(it.v)
		if strings.ContainsAny(v, sep+"\"\n") || b.chance(0.3) {
			v = "\"" + strings.ReplaceAll(v, "\"", "\"\"") + "\""
		}
		row = append(row, v)
	}
	hdr = append(hdr, "total", "tracking")
	row = append(row, b.T("amount"), b.tracking())
	if b.chance(0.5) {
		return "export batch " + b.T("uuid") + " row " + strconv.Itoa(b.n(2, 5000)) + ": " + strings.Join(row, sep), false
	}
	return strings.Join(hdr, sep) + "\n" + strings.Join(row, sep), false
}

func ctxTemplate(b *bld, its []item) (string, bool) {
	var lines []string
	var nameText string
	for _, it := range its {
		if it.v.kind == kName && nameText == "" {
			nameText = b.P(it.v)
			lines = append(lines, strings.ReplaceAll(b.loc.hello, "{n}", nameText)+",")
			continue
		}
		if ml, ok := multiLine(it.v); ok && b.chance(0.3) {
			// an address block over several lines
			lines = append(lines, b.loc.rcpt+":", b.Alt(it.v, ml))
			continue
		}
		lines = append(lines, b.phrase(it))
	}
	lines = append(lines, "Order "+b.orderID()+" · "+b.T("amount"), "Tracking: "+b.tracking())
	body := strings.Join(lines, "\n")
	switch b.r.IntN(4) {
	case 3: // a structured logger's template and its properties
		o := &obj{}
		o.s("@timestamp", b.tsRFC())
		o.s("@mt", "Shipment {TrackingNumber} for {OrderId} handed to carrier, recipient {@Recipient}")
		props := &obj{}
		for _, it := range its {
			props.s(strings.ReplaceAll(titleWords(strings.ReplaceAll(b.keyFor(it.v), "_", " ")), " ", ""), b.P(it.v))
		}
		o.s("TrackingNumber", b.tracking()).s("OrderId", b.orderID()).o("Recipient", props)
		o.s("SourceContext", "Shop.Fulfilment.CarrierHandoff").s("message", "Shipment handed to carrier").s("log.level", "Information")
		return o.String(), true
	case 0:
		o := b.ecsBase("info")
		o.s("message", "rendered template order_shipped."+b.loc.lang)
		o.s("notification.body", body)
		o.s("notification.channel", b.pick("sms", "email", "push", "line", "whatsapp"))
		return o.String(), true
	case 1:
		o := b.ecsBase("info")
		o.s("message", "push payload")
		o.s("payload", (&obj{}).s("title", b.pick("📦 ", "🚚 ", "")+strings.SplitN(body, "\n", 2)[0]).s("body", body).String())
		return o.String(), true
	}
	return "[notify-sms] provider=" + b.pick("twilio", "vonage", "infobip", "msg91", "aliyun-sms") + " text=" + strconv.Quote(body), false
}

func ctxTranscript(b *bld, its []item) (string, bool) {
	var lines []string
	lines = append(lines, fmt.Sprintf("[%s] agent: order %s, how can I help?", b.ts.Format("15:04"), b.orderID()))
	for _, it := range its {
		v := b.P(it.v)
		switch {
		case it.v.kind == kEmail && b.chance(0.5):
			lines = append(lines, "C: RCPT TO:<"+v+">", "S: 250 2.1.5 OK")
		case it.v.kind == kName && b.chance(0.4):
			lines = append(lines, `To: "`+v+`"`, "X-Mailer-Id: "+b.T("request_id"), "Subject: Your order "+b.orderID()+" has shipped")
		case it.v.class == "basic" && b.chance(0.6):
			lines = append(lines, "C: AUTH PLAIN "+strings.TrimPrefix(v, "Basic "), "S: 235 2.7.0 Authentication successful")
		default:
			lines = append(lines, fmt.Sprintf("[%s] customer: %s", b.ts.Format("15:04"), b.phrase(item{v: it.v})))
		}
	}
	lines = append(lines, fmt.Sprintf("[%s] agent: thanks, ticket %s updated", b.ts.Format("15:04"), b.T("request_id")))
	if b.chance(0.5) {
		o := b.ecsBase("info")
		o.s("message", "chat transcript")
		o.s("transcript", strings.Join(lines, "\n"))
		return o.String(), true
	}
	return strings.Join(lines, "\n"), false
}

func ctxOTel(b *bld, its []item) (string, bool) {
	o := b.ecsBase("info")
	o.s("message", "span end")
	o.s("span.id", b.T("span_id"))
	var attrs []string
	attrs = append(attrs, (&obj{}).s("key", "order.id").o("value", (&obj{}).s("stringValue", b.orderID())).String())
	for _, it := range its {
		k := b.pick("customer.", "enduser.", "app.buyer.", "") + b.keyFor(it.v)
		attrs = append(attrs, (&obj{}).s("key", k).o("value", (&obj{}).s("stringValue", b.P(it.v))).String())
	}
	attrs = append(attrs, (&obj{}).s("key", "http.status_code").o("value", (&obj{}).raw("intValue", b.T("status"))).String())
	o.raw("attributes", arr(attrs...))
	return o.String(), true
}

func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func ctxXML(b *bld, its []item) (string, bool) {
	var els []string
	for _, it := range its {
		tag := strings.ReplaceAll(titleWords(strings.ReplaceAll(b.keyFor(it.v), "_", " ")), " ", "")
		if it.v.kind == kCred {
			tag = "Password"
			if !strings.HasPrefix(it.v.class, "password") {
				tag = strings.ReplaceAll(it.v.key, "-", "")
			}
		}
		els = append(els, "<"+tag+">"+xmlEsc(b.P(it.v))+"</"+tag+">")
	}
	x := `<?xml version="1.0" encoding="UTF-8"?><soap:Envelope><soap:Body><CreateShipment><Reference>` + b.orderID() +
		`</Reference><Consignee>` + strings.Join(els, "") + `</Consignee><Weight>` + strconv.Itoa(b.n(1, 30)) + `.` + strconv.Itoa(b.n(0, 9)) +
		`</Weight><HSCode>` + b.T("hs_code") + `</HSCode></CreateShipment></soap:Body></soap:Envelope>`
	if b.chance(0.5) {
		o := b.ecsBase("debug")
		o.s("message", "SOAP request to "+b.pick("Aramex", "Estafeta", "Correios", "PostNL", "Canada Post"))
		o.s("soap.request", x)
		return o.String(), true
	}
	return b.tsRFC() + " DEBUG [carrier-soap] >> " + x, false
}

func ctxConfig(b *bld, its []item) (string, bool) {
	var lines []string
	lines = append(lines, "config loaded from /etc/shop/"+b.pick("app.yaml", "connector.yml", ".env"))
	yaml := b.chance(0.5)
	for _, it := range its {
		k := b.keyFor(it.v)
		if it.v.kind != kCred {
			k = b.pick("owner_", "store_", "support_", "contact_", "") + k
		}
		v := b.P(it.v)
		if yaml {
			if it.v.class == "pem" {
				lines = append(lines, "  "+k+": |\n    "+strings.ReplaceAll(v, "\n", "\n    "))
			} else {
				lines = append(lines, "  "+k+": "+strconv.Quote(v))
			}
		} else {
			lines = append(lines, strings.ToUpper(strings.ReplaceAll(k, "-", "_"))+"="+strings.ReplaceAll(v, "\n", `\n`))
		}
	}
	lines = append(lines, "  kafka_partitions: "+strconv.Itoa(b.n(3, 48)), "  shop_id: "+b.T("uuid"), "  build: "+b.T("git_sha"))
	return strings.Join(lines, "\n"), false
}

func ctxWebhook(b *bld, its []item) (string, bool) {
	o := b.ecsBase("info")
	vendor := b.pick("klarna", "mollie", "iyzico", "paytm", "alipay", "wechatpay", "pix", "boleto", "konbini", "ideal", "blik", "mpesa", "trendyol", "noon", "jumia")
	o.s("message", vendor+" webhook "+b.pick("payment.succeeded", "ORDER_CREATED", "refund.completed", "STK_PUSH_RESULT"))
	pl := &obj{}
	pl.s(b.pick("transactionId", "out_trade_no", "payment_id", "MpesaReceiptNumber", "paymentId"), b.T("request_id"))
	pl.s("amount", b.T("amount"))
	for _, it := range its {
		k := b.keyFor(it.v)
		switch b.r.IntN(3) {
		case 0:
			pl.o(b.pick("payer", "billing", "customer", "debtor"), (&obj{}).s(k, b.P(it.v)))
		case 1:
			pl.raw(b.pick("metadata", "extra", "CallbackMetadata"), arr((&obj{}).s("Name", k).s("Value", b.P(it.v)).String()))
		default:
			pl.s(k, b.P(it.v))
		}
	}
	pl.s("created_at", b.T("epoch_s"))
	o.o("payload", pl)
	o.s("webhook.signature_verified", "true")
	return o.String(), true
}

// titleWords capitalises the first letter of each space-separated word.
func titleWords(s string) string {
	ws := strings.Split(s, " ")
	for i, w := range ws {
		if w != "" {
			c, n := utf8.DecodeRuneInString(w)
			ws[i] = string(unicode.ToUpper(c)) + w[n:]
		}
	}
	return strings.Join(ws, " ")
}

// digitsAfterCC is a phone's national number in ASCII digits, for the E.164
// spelling of a number written otherwise.
func digitsAfterCC(v *pv, cc string) string {
	d := digitView(v.text)
	d = strings.TrimPrefix(d, "00")
	d = strings.TrimPrefix(d, cc)
	return strings.TrimLeft(d, "0")
}

// multiLine writes an address as a block: a line break at each comma that
// is not inside its street line.
func multiLine(v *pv) (string, bool) {
	if v.kind != kAddress {
		return "", false
	}
	low := strings.ToLower(v.text)
	i := strings.Index(low, v.frags[0])
	if len(low) != len(v.text) || i < 0 {
		return "", false
	}
	j := i + len(v.frags[0])
	br := strings.NewReplacer("، ", "\n", ", ", "\n", "，", "\n")
	return br.Replace(v.text[:i]) + v.text[i:j] + br.Replace(v.text[j:]), true
}
