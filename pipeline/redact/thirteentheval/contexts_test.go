package thirteentheval

import (
	"fmt"
	"net/url"
	"strings"
)

// plant draws a value of a kind, plants it and returns how it is written,
// with a key a structured log would use for it.
func (g *gen) plant(kind string) (string, string) {
	switch kind {
	case "name":
		n, sh := g.name()
		return g.P("name", sh, n), pick(g, []string{"name", "buyer_name", "customerName", "recipient", "ShipToName", "full_name", "contact"})
	case "phone":
		p, sh := g.phone()
		return g.P("phone", sh, p), pick(g, []string{"phone", "mobile", "tel", "buyerPhone", "contact_number", "whatsapp", "celular", "PhoneNumber"})
	case "email":
		n, _ := g.name()
		e := g.email(n)
		return g.P("email", "email", e), pick(g, []string{"email", "buyer_email", "customerEmail", "e_mail", "contact_email", "Email"})
	case "address":
		full, st, sn := g.address()
		if g.chance(0.3) {
			return g.P("address", "street_line", st, st, sn), pick(g, []string{"address1", "line1", "street", "addr"})
		}
		return g.P("address", "full", full, st, sn), pick(g, []string{"address", "shipping_address", "shipTo", "delivery_address", "adresse", "direccion"})
	case "card":
		num, iss := g.cardNumber()
		return g.P("card", iss, g.cardWritten(num)), pick(g, []string{"card_number", "cardNumber", "pan", "cc", "number", "payment_card"})
	case "iban":
		i := g.iban()
		return g.P("iban", i[:2], g.ibanWritten(i)), pick(g, []string{"iban", "payout_iban", "IBAN", "refund_account", "bank_account"})
	case "cn_id":
		return g.P("cn_id", "resident_id", g.cnID()), pick(g, []string{"id_card", "idNumber", "shenfenzheng", "customs_id", "identity_no"})
	}
	c := g.credential()
	return c.written(g.P("credential", c.shape, c.val)), c.key
}

func (g *gen) lang() phrases {
	if g.chance(0.15) {
		return langs["en"] // code-switching
	}
	return langs[g.loc.lang]
}

// say writes a value of a kind into a sentence of the buyer's language.
func (g *gen) say(kind string) string {
	pr := g.lang()
	switch kind {
	case "name":
		n, _ := g.plant("name")
		switch g.in(4) {
		case 0:
			return pr.iam + " " + n + "."
		case 1:
			return "\n-- \n" + n
		case 2:
			return pr.hi + " " + n + ","
		}
		return n + " (" + pr.order + " " + g.tr("amazon_order") + ")"
	case "phone":
		p, _ := g.plant("phone")
		switch g.in(3) {
		case 0:
			return pr.phone + " " + p
		case 1:
			return "WhatsApp " + p
		}
		return pr.phone + ": " + p + "."
	case "email":
		e, _ := g.plant("email")
		return pr.email + " " + e
	case "address":
		a, _ := g.plant("address")
		if g.chance(0.5) {
			return pr.addr + " " + a + " (" + g.tr("amount") + ")"
		}
		return pr.addr + " " + a + "."
	case "card":
		c, _ := g.plant("card")
		if g.chance(0.3) { // the app's masked copy beside the full number
			return pr.card + " " + maskedCardOf(g) + " → " + c + " exp " + g.fill("0%/2#")
		}
		return pr.card + " " + c + " exp " + g.fill("0%/2#")
	case "iban":
		i, _ := g.plant("iban")
		return "refund → " + pr.iban + " " + i
	case "cn_id":
		i, _ := g.plant("cn_id")
		return pr.id + " " + i
	}
	if g.chance(0.5) {
		code := g.digits(4 + 2*g.in(2))
		return pr.otp + " " + g.P("credential", "otp", code)
	}
	c := g.credential()
	if c.shape == "password" {
		return pr.pw + ": " + g.P("credential", "password", c.val)
	}
	return c.key + "=" + c.written(g.P("credential", c.shape, c.val))
}

func (g *gen) ts() string { return g.tr("date") }

type context struct {
	name string
	free bool
	gen  func(g *gen, ks []string) (string, bool) // line, is an NDJSON event
}

func sayAll(g *gen, ks []string, sep string) string {
	var parts []string
	for _, k := range ks {
		parts = append(parts, g.say(k))
		if g.chance(0.5) {
			parts = append(parts, g.mention())
		}
	}
	return strings.Join(parts, sep)
}

// carry wraps free text in one of the log shapes that carry it.
func (g *gen) carry(ctx, field, text string) (string, bool) {
	svc := pick(g, []string{"helpdesk-sync", "order-sync", "returns-api", "crm-bridge", "notify-worker"})
	switch g.in(5) {
	case 0:
		return string(obj("@timestamp", g.ts(), "service.name", svc, "log.level", "info", "message", ctx+" received for order "+g.tr("woo_order"),
			field, text, "trace.id", g.tr("trace_id"), "order.total", g.tr("amount"), "labels", g.kvs(2, ","))), true
	case 1:
		body := obj("id", g.tr("uuid"), "type", ctx, "data", obj("text", text, "order_id", g.tr("tiktok_order"), "created_at", g.tr("epoch_ms_luhn")))
		return string(obj("@timestamp", g.ts(), "service.name", svc, "message", "webhook delivered", "http.request.method", "POST",
			"http.request.body.content", string(body), "http.response.status_code", 200, "event.duration", g.tr("epoch_us"))), true
	case 2:
		return fmt.Sprintf("%s INFO [%s] %s order=%s tracking=%s %s text=%s", g.ts(), svc, ctx, g.tr("amazon_order"), g.tr("ups"), g.kvs(2, " "), js(text)), false
	case 3:
		return fmt.Sprintf("%s WARN %s pod=%s %s:\n%s\n--- end (%s)", g.ts(), svc, g.tr("pod"), ctx, text, g.tr("duration")), false
	}
	return string(obj("@timestamp", g.ts(), "service.name", svc, "log.level", "warn", "message", ctx+": "+text, "shop.platform", pick(g, []string{"shopee", "lazada", "amazon", "shopify", "tiktok"}),
		"shop.id", g.tr("jumia_order"), "sku", g.tr("sku"))), true
}

var contexts = []context{
	{"buyer_message", true, func(g *gen, ks []string) (string, bool) {
		pr := g.lang()
		t := pr.hi + ", " + pr.order + " " + g.tr("shopee_order") + " " + sayAll(g, ks, " ") + " " + pr.ret + ". " + pr.thanks
		return g.carry("buyer_message", "message_body", t)
	}},
	{"review", true, func(g *gen, ks []string) (string, bool) {
		pr := g.lang()
		t := strings.Repeat("★", 1+g.in(5)) + " " + g.tr("product_name") + ": " + pr.review + " " + sayAll(g, ks, " ")
		return g.carry("review", "review.text", t)
	}},
	{"delivery_note", true, func(g *gen, ks []string) (string, bool) {
		pr := g.lang()
		t := pr.deliver + " " + sayAll(g, ks, "; ") + " — " + g.tr("bin_location")
		return g.carry("delivery_instructions", "shipping.remark", t)
	}},
	{"agent_note", true, func(g *gen, ks []string) (string, bool) {
		t := "Agent note (" + g.tr("request_id") + "): verified buyer, refund " + g.tr("amount") + " approved. " + sayAll(g, ks, " ") + " /" + pick(g, []string{"mk", "JS", "tier2"})
		return g.carry("agent_note", "ticket.internal_note", t)
	}},
	{"chat", true, func(g *gen, ks []string) (string, bool) {
		var b strings.Builder
		for i, k := range ks {
			who := "buyer"
			if i%2 == 1 {
				who = "agent"
			}
			fmt.Fprintf(&b, "[%02d:%02d] %s: %s\n", 9+i, g.in(60), who, g.say(k))
		}
		fmt.Fprintf(&b, "[system] conversation %s closed", g.tr("snowflake"))
		return g.carry("chat_transcript", "chat.transcript", b.String())
	}},
	{"email_body", true, func(g *gen, ks []string) (string, bool) {
		pr := g.lang()
		first := g.say(ks[0])
		rest := sayAll(g, ks[1:], "\n")
		q := strings.ReplaceAll(first, "\n", "\n> ")
		t := "Subject: Re: " + pr.order + " " + g.tr("magento_increment") + "\n\n" + pr.hi + ",\n" + rest + "\n" + pr.thanks + "\n\nOn " + g.ts() + " wrote:\n> " + q + "\n> invoice " + g.tr("invoice_no")
		return g.carry("email_reply", "email.body", t)
	}},
	{"sms_push", true, func(g *gen, ks []string) (string, bool) {
		t := sayAll(g, ks, " ") + " " + g.tr("version")
		p := ""
		if g.chance(0.5) {
			p = "to=" + g.tr("company") + " "
		}
		return g.carry("sms_outbound", "sms.text", p+t)
	}},
	{"call_summary", true, func(g *gen, ks []string) (string, bool) {
		pr := g.lang()
		t := "Call " + g.tr("duration") + ", queue " + g.tr("city") + ". " + pr.call + " — " + sayAll(g, ks, ". ") + " Next: resend " + g.tr("dhl")
		return g.carry("call_summary", "call.summary", t)
	}},
	{"courier_remark", true, func(g *gen, ks []string) (string, bool) {
		t := "EXCEPTION " + g.tr("s10") + " recipient absent; " + sayAll(g, ks, ", ") + "; hub " + g.tr("postcode") + " " + g.tr("local_courier")
		return g.carry("courier_exception", "courier.remark", t)
	}},
	{"fraud_note", true, func(g *gen, ks []string) (string, bool) {
		t := "Fraud review score 0." + g.digits(2) + ": mismatch between billing and shipping. " + sayAll(g, ks, " | ") + " | IP " + g.tr("ipv4") + " device " + g.tr("ulid")
		return g.carry("fraud_review", "risk.note", t)
	}},
	{"spring_mdc", false, func(g *gen, ks []string) (string, bool) {
		if g.chance(0.4) { // logstash-logback-encoder with the buyer in the MDC
			mdc := []any{"traceId", g.tr("trace_id"), "orderId", g.tr("amazon_order")}
			msg := "Synced order for "
			for i, k := range ks {
				v, key := g.plant(k)
				mdc = append(mdc, "buyer."+key, v)
				if i == 0 {
					msg += strings.ToUpper(key) + "=" + v
				}
			}
			return string(obj("@timestamp", g.ts(), "@version", "1", "message", msg, "logger_name", "com.vigil.shop.OrderSyncService", "thread_name", "kafka-listener-"+g.digits(1),
				"level", "INFO", "mdc", obj(mdc...), "stack_hash", hexN(g, 8))), true
		}
		var parts []string
		for _, k := range ks {
			v, key := g.plant(k)
			parts = append(parts, key+"='"+v+"'")
		}
		parts = append(parts, g.kvs(2, ", "))
		return fmt.Sprintf("%s  INFO 1 --- [nio-8080-exec-%d] c.v.shop.OrderSyncService : [traceId=%s, spanId=%s, orderId=%s] synced Buyer{%s, total=%s} in %s",
			g.ts(), 1+g.in(9), g.tr("trace_id"), g.tr("span_id"), g.tr("amazon_order"), strings.Join(parts, ", "), g.tr("amount"), g.tr("duration")), false
	}},
	{"dotnet", false, func(g *gen, ks []string) (string, bool) {
		kv := []any{"@timestamp", g.ts(), "@mt", "Shipment {TrackingNumber} label created for {Recipient}", "TrackingNumber", g.tr("fedex")}
		msg := "Shipment label created"
		for i, k := range ks {
			v, key := g.plant(k)
			kv = append(kv, pascal(key), v)
			if i == 0 && g.chance(0.5) && k != "credential" {
				msg += " for " + v
			}
		}
		kv = append(kv, "message", msg, "SourceContext", "Shop.Fulfilment.LabelService", "ElapsedMilliseconds", g.tr("duration"), "EventId", obj("Id", 2001))
		return string(obj(kv...)), true
	}},
	{"laravel", false, func(g *gen, ks []string) (string, bool) {
		var kv []any
		for _, k := range ks {
			v, key := g.plant(k)
			kv = append(kv, key, v)
		}
		kv = append(kv, "order_id", g.tr("woo_order"), "gateway_ref", g.tr("idempotency_key"))
		for _, p := range g.trapKV(2) {
			kv = append(kv, p[0], p[1])
		}
		return fmt.Sprintf("[%s] production.ERROR: Payment declined for checkout %s {\"customer\":%s,\"exception\":\"[object] (Stripe\\\\Exception\\\\CardException(code: 402): Your card was declined at %s)\"} []",
			g.ts(), g.tr("uuid"), obj(kv...), "/var/www/app/Payments.php:88"), false
	}},
	{"rails", false, func(g *gen, ks []string) (string, bool) {
		var parts []string
		for _, k := range ks {
			v, key := g.plant(k)
			parts = append(parts, fmt.Sprintf("%q=>%q", key, v))
		}
		return fmt.Sprintf("I, [%s #%d]  INFO -- : [%s] Started PATCH \"/admin/orders/%s\" for %s\n  Parameters: {\"order\"=>{%s, \"sku\"=>%q}, \"id\"=>%q}\nCompleted 200 OK in %s",
			g.ts(), 1000+g.in(9000), g.tr("request_id"), g.tr("shopify_order_id"), g.tr("ipv4"), strings.Join(parts, ", "), g.tr("sku"), g.tr("woo_order"), g.tr("duration")), false
	}},
	{"django_celery", false, func(g *gen, ks []string) (string, bool) {
		var parts []string
		for _, k := range ks {
			v, key := g.plant(k)
			parts = append(parts, fmt.Sprintf("'%s': '%s'", key, strings.ReplaceAll(v, "'", "\\'")))
		}
		return fmt.Sprintf("[%s: INFO/ForkPoolWorker-%d] Task orders.tasks.push_to_erp[%s] received: args=('%s',) kwargs={%s, 'ean': '%s', 'retries': 0}",
			g.ts(), 1+g.in(8), g.tr("uuid"), g.tr("mercadolibre_order"), strings.Join(parts, ", "), g.tr("ean13")), false
	}},
	{"nestjs_pino", false, func(g *gen, ks []string) (string, bool) {
		var kv []any
		for _, k := range ks {
			v, key := g.plant(k)
			kv = append(kv, key, v)
		}
		kv = append(kv, "asin", g.tr("asin"), "qty", 2)
		for _, p := range g.trapKV(2) {
			kv = append(kv, p[0], p[1])
		}
		body := obj(kv...)
		if g.chance(0.5) {
			return string(obj("@timestamp", g.ts(), "level", 30, "pid", 17, "hostname", g.tr("pod"), "req", obj("id", g.tr("request_id"), "method", "POST", "url", "/v1/orders", "body", body), "msg", "request completed", "responseTime", 41)), true
		}
		return string(obj("@timestamp", g.ts(), "message", "request completed", "http.request.body.content", string(body), "url.path", "/v1/orders/"+g.tr("allegro_order"))), true
	}},
	{"go_slog", false, func(g *gen, ks []string) (string, bool) {
		if g.chance(0.4) { // slog.JSONHandler with a buyer group
			var grp []any
			for _, k := range ks {
				v, key := g.plant(k)
				grp = append(grp, key, v)
			}
			return string(obj("time", g.ts(), "@timestamp", g.ts(), "level", "INFO", "msg", "marketplace order imported", "order_id", g.tr("tiktok_order"),
				"buyer", obj(grp...), "shop", obj("platform", "tiktok", "region", pick(g, []string{"SG", "MY", "GB", "US"})), "latency", g.tr("duration"))), true
		}
		var b strings.Builder
		fmt.Fprintf(&b, "time=%s level=INFO msg=\"marketplace order imported\" shop=%s order_id=%s", g.ts(), g.tr("company"), g.tr("tiktok_order"))
		for _, k := range ks {
			v, key := g.plant(k)
			if strings.ContainsAny(v, " \"=\n") {
				v = js(v)
			}
			fmt.Fprintf(&b, " buyer.%s=%s", key, v)
		}
		fmt.Fprintf(&b, " partition=%d %s latency=%s %s", g.in(12), g.tr("kafka_offset"), g.tr("duration"), g.kvs(2, " "))
		return b.String(), false
	}},
	{"helpdesk_webhook", false, func(g *gen, ks []string) (string, bool) {
		req := []any{"id", g.tr("jumia_order")}
		var cf []any
		for i, k := range ks {
			v, key := g.plant(k)
			if i%2 == 0 {
				req = append(req, key, v)
			} else {
				cf = append(cf, obj("id", 360000000000+g.in(999999), "title", key, "value", v))
			}
		}
		subj := "Where is my order " + g.tr("woo_order")
		if len(req) > 2 && g.chance(0.5) {
			subj += " - " + req[3].(string) // the requester's first value echoed in the subject
		}
		body := obj("ticket", obj("id", g.in(999999), "subject", subj, "requester", obj(req...), "custom_fields", arr(cf...), "via", obj("channel", "web")))
		return string(obj("@timestamp", g.ts(), "service.name", "zendesk-webhook", "message", "ticket.updated", "http.request.body.content", string(body))), true
	}},
	{"marketplace_msg", false, func(g *gen, ks []string) (string, bool) {
		var msgs []any
		for _, k := range ks {
			v, key := g.plant(k)
			msgs = append(msgs, obj("message_id", g.tr("snowflake"), "from", "buyer", "content", obj("text", key+": "+v), "ts", g.tr("epoch_s")))
		}
		body := obj("request_id", g.tr("request_id"), "response", obj("conversation_id", g.tr("tiktok_order"), "messages", arr(msgs...)))
		inner := js(string(body)) // logged as a string inside a string
		return string(obj("@timestamp", g.ts(), "service.name", "shopee-chat", "message", "GET /api/v2/sellerchat/get_message "+g.tr("status_code"), "http.response.body.content", "{\"raw\":"+inner+"}")), true
	}},
	{"audit_trail", false, func(g *gen, ks []string) (string, bool) {
		var ch []any
		for _, k := range ks {
			if k == "credential" { // a secret rotated: the same kind of secret under the same key
				c := g.credential()
				c2 := g.credential()
				for i := 0; i < 40 && c2.shape != c.shape; i++ {
					c2 = g.credential()
				}
				if c2.shape != c.shape {
					c2 = c
				}
				old := c.written(g.P("credential", c.shape, c.val))
				nw := c.written(g.P("credential", c.shape, c2.val))
				ch = append(ch, obj("field", c.key, "old_value", old, "new_value", nw))
				continue
			}
			old, key := g.plant(k)
			nw, _ := g.plant(k)
			ch = append(ch, obj("field", key, "old_value", old, "new_value", nw))
		}
		return string(obj("@timestamp", g.ts(), "service.name", "admin-audit", "event.action", "customer.update", "message", "customer "+g.tr("magento_increment")+" updated by support",
			"audit", obj("actor", "agent-"+g.digits(3), "changes", arr(ch...), "commit", g.tr("git_sha")))), true
	}},
	{"search_query", false, func(g *gen, ks []string) (string, bool) {
		v, key := g.plant(ks[0])
		q := url.Values{}
		q.Set("query", key+":"+v)
		q.Set("limit", "50")
		q.Set("since_id", g.tr("epoch_ms"))
		line := fmt.Sprintf("%s %s \"GET /admin/api/2026-01/customers/search.json?%s HTTP/1.1\" %d %s", g.tr("ipv4"), g.ts(), q.Encode(), 200, g.tr("duration"))
		for _, k := range ks[1:] {
			v2, _ := g.plant(k)
			line += "\nautocomplete q=" + url.QueryEscape(v2) + " results=" + fmt.Sprint(g.in(9))
		}
		return line, false
	}},
	{"export", false, func(g *gen, ks []string) (string, bool) {
		if g.chance(0.35) { // a batch of rows as a JSON array held in a string
			var rows []any
			for _, k := range ks {
				v, key := g.plant(k)
				rows = append(rows, obj("order", g.tr("shopify_order_id"), key, v, "gtin", g.tr("gtin14"), "paid", g.tr("amount")))
			}
			return string(obj("@timestamp", g.ts(), "service.name", "report-export", "job.name", "daily_orders_export", "job.status", "succeeded",
				"message", fmt.Sprintf("batch %d exported", g.in(99)), "export.rows", string(arr(rows...)), "export.file", "s3://exports/"+g.tr("ulid")+".json")), true
		}
		hdr := []string{"order_id", "tracking", "sku"}
		row := []string{g.tr("amazon_order"), g.tr("usps"), g.tr("sku")}
		for _, k := range ks {
			v, key := g.plant(k)
			hdr = append(hdr, key)
			if strings.ContainsAny(v, ";\"\n") {
				v = "\"" + strings.ReplaceAll(v, "\"", "\"\"") + "\""
			}
			row = append(row, v)
		}
		hdr = append(hdr, "total", "hs_code", "seller_vat")
		row = append(row, g.tr("amount"), g.tr("hs_code"), g.tr("vat_id"))
		return fmt.Sprintf("%s export job %s wrote batch %d:\n%s\n%s", g.ts(), g.tr("ulid"), g.in(99), strings.Join(hdr, ";"), strings.Join(row, ";")), false
	}},
}

func pascal(k string) string {
	parts := strings.FieldsFunc(k, func(r rune) bool { return r == '_' || r == '-' || r == '.' })
	for i, p := range parts {
		if r := []rune(p); len(r) > 0 {
			parts[i] = strings.ToUpper(string(r[0])) + string(r[1:])
		}
	}
	return strings.Join(parts, "")
}

func maskedCardOf(g *gen) string { return g.T("masked_card", maskedCard(g)) }
