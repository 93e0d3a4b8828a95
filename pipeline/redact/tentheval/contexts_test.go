package tentheval

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
)

// raw is JSON text placed as is by obj.
type raw string

// obj renders an object with its keys in the order given.
func obj(kv ...any) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(js(kv[i].(string)))
		b.WriteByte(':')
		switch v := kv[i+1].(type) {
		case raw:
			b.WriteString(string(v))
		case string:
			b.WriteString(js(v))
		default:
			x, _ := json.Marshal(v)
			b.Write(x)
		}
	}
	b.WriteByte('}')
	return b.String()
}

func arr(items ...string) raw { return raw("[" + strings.Join(items, ",") + "]") }

func js(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
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
		case r < 0x20, r == 0x2028, r == 0x2029:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// jsASCII escapes everything beyond ASCII as \uXXXX, as PHP's json_encode and
// Python's json.dumps do by default.
func jsASCII(s string) string {
	var b strings.Builder
	for _, r := range js(s) {
		if r < 0x80 {
			b.WriteRune(r)
			continue
		}
		if r > 0xFFFF {
			r1, r2 := (r-0x10000)>>10+0xD800, (r-0x10000)&0x3FF+0xDC00
			fmt.Fprintf(&b, `\u%04x\u%04x`, r1, r2)
			continue
		}
		fmt.Fprintf(&b, `\u%04x`, r)
	}
	return b.String()
}

type context struct {
	name  string
	event bool
	fn    func(g *gen) string
}

var contexts = []context{
	{"shopify_webhook", true, ctxShopify},
	{"amazon_spapi", true, ctxAmazon},
	{"sea_marketplace_json", false, ctxSEA},
	{"payment_event", true, ctxPayment},
	{"logfmt_sync", false, ctxLogfmt},
	{"spring_boot_trace", false, ctxSpring},
	{"django_traceback", false, ctxDjango},
	{"winston_json", true, ctxWinston},
	{"zap_json", true, ctxZap},
	{"access_log", false, ctxAccess},
	{"http_client_debug", false, ctxHTTPDebug},
	{"sql_orm_error", false, ctxSQL},
	{"notification", true, ctxNotify},
	{"cs_chat", true, ctxChat},
	{"carrier_api", true, ctxCarrier},
	{"csv_export", false, ctxCSV},
	{"kafka_message", true, ctxKafka},
	{"k8s_container", true, ctxK8s},
	{"urlencoded_form", false, ctxForm},
	{"config_dump", false, ctxConfig},
}

func (g *gen) head(svc string) []any {
	return []any{"@timestamp", g.ts(), "service.name", svc, "log.level", g.one("info", "info", "warn", "error", "debug"),
		"trace.id", g.traceID(), "transaction.id", g.spanID(), "host.name", g.pod(), "service.version", g.version(),
		"labels", raw(obj("batch_ref", g.anyLook(), "ref", g.anyLook(), "warehouse_bin", g.bin(), "dest_city", g.city()))}
}

func ev(head []any, kv ...any) string { return obj(append(head, kv...)...) }

func ctxShopify(g *gen) string {
	p := g.person()
	id, name := g.shopifyID(), g.shopifyName()
	cur, tot := g.money()
	addr := obj("first_name", g.PN(p.given), "last_name", g.PN(p.family), "address1", g.PA(p.addr, true),
		"address2", g.one("", "Apt "+fmt.Sprint(1+g.n(30))), "city", g.city(), "zip", g.postcodeLook(), "country_code", g.loc.code[len(g.loc.code)-2:],
		"phone", g.P("phone", p.phone), "company", g.company())
	body := obj("id", raw(id), "name", name, "email", g.P("email", p.email), "total_price", tot, "currency", cur,
		"created_at", g.ts(), "shipping_address", raw(addr), "billing_address", raw(addr),
		"line_items", arr(obj("sku", g.sku(), "title", g.product(), "price", g.amount(), "variant_id", raw("4"+dg(g.r, 13)))),
		"customer", raw(obj("id", raw("7"+dg(g.r, 12)), "email", g.P("email", p.email), "phone", g.P("phone", p.phone))))
	h := g.head("shopify-webhooks")
	switch g.n(3) {
	case 0:
		return ev(h, "message", "webhook orders/create received for "+name+" ("+g.P("name", p.full)+")", "http.request.body.content", body,
			"http.request.headers.x-shopify-hmac-sha256", g.P("credential", g.rs(43, alnum)+"="), "shop.platform", "shopify")
	case 1:
		tok := "shpat_" + g.hexs(32)
		return ev(h, "message", fmt.Sprintf("customers/update id=%s email=%s", g.shopifyID(), g.P("email", p.email)),
			"event.original", body, "shopify.access_token", g.P("credential", tok), "shop.id", g.f.Word()+"-store.myshopify.com")
	}
	return ev(h, "message", "order webhook "+name+" payload", "webhook", raw(body), "X-Shopify-Webhook-Id", g.uuid())
}

func ctxAmazon(g *gen) string {
	p := g.person()
	oid := g.amazonOrder()
	resp := obj("payload", raw(obj("AmazonOrderId", oid, "BuyerInfo", raw(obj("BuyerEmail", g.P("email", p.email), "BuyerName", g.P("name", p.full))),
		"ShippingAddress", raw(obj("Name", g.P("name", p.full), "AddressLine1", g.PA(p.addr, true), "City", g.city(), "PostalCode", g.postcodeLook(), "Phone", g.P("phone", p.phone))),
		"OrderTotal", raw(obj("Amount", g.amount(), "CurrencyCode", "EUR")), "PurchaseDate", g.ts(), "ASIN", g.asin())))
	tok, _, _ := g.vendorToken()
	h := g.head("amazon-sp-client")
	if g.chance(0.5) {
		return ev(h, "message", "GET /orders/v0/orders/"+oid+"/buyerInfo -> "+g.status(), "http.response.body.content", resp,
			"http.request.headers.x-amz-access-token", g.P("credential", "Atza|IwEBI"+g.b64url(80)), "url.path", "/orders/v0/orders/"+oid, "shop.platform", "amazon")
	}
	return ev(h, "message", fmt.Sprintf("SP-API getOrder %s ok in %dms, buyer=%s", oid, 20+g.n(900), g.P("name", p.full)), "sp.response", raw(resp),
		"lwa.refresh_token", g.P("credential", "Atzr|IwEBI"+g.b64url(90)), "client.secret_ref", tok[:0]+"vault:sp-api/"+g.f.Word())
}

func ctxSEA(g *gen) string {
	p := g.person()
	var plat, body string
	switch g.n(4) {
	case 0:
		plat = "shopee"
		body = obj("order_sn", g.shopeeSN(), "buyer_username", g.f.Username(), "recipient_address", raw(obj("name", g.P("name", p.full), "phone", g.P("phone", p.phone),
			"full_address", g.PA(p.addr, false), "town", g.city(), "zipcode", g.postcodeLook())), "total_amount", g.amount(), "create_time", raw(g.epoch()))
	case 1:
		plat = "lazada"
		body = obj("order_id", raw(g.lazadaOrder()), "address_shipping", raw(obj("first_name", g.P("name", p.full), "phone", g.P("phone", p.phone),
			"address1", g.PA(p.addr, true), "city", g.city(), "post_code", g.postcodeLook())), "price", g.amount(), "created_at", g.ts())
	case 2:
		plat = "tiktok"
		body = obj("code", raw("0"), "message", "Success", "data", raw(obj("order_list", arr(obj("id", g.tiktokOrder(), "recipient_address", raw(obj("name", g.P("name", p.full),
			"phone_number", g.P("phone", p.phone), "full_address", g.PA(p.addr, false), "postal_code", g.postcodeLook())), "buyer_email", g.P("email", p.email),
			"payment", raw(obj("total_amount", g.amount(), "currency", "THB")))))), "request_id", g.requestID())
	default:
		plat = "mercadolibre"
		body = obj("id", raw(g.meliOrder()), "buyer", raw(obj("id", raw(dg(g.r, 9)), "nickname", strings.ToUpper(g.f.Username()), "first_name", g.PN(p.given), "last_name", g.PN(p.family))),
			"shipping", raw(obj("receiver_address", raw(obj("address_line", g.PA(p.addr, true), "city", raw(obj("name", g.city())), "zip_code", g.postcodeLook(), "receiver_phone", g.P("phone", p.phone))))),
			"total_amount", raw(fmt.Sprintf("%d.%02d", g.n(9000), g.n(100))))
	}
	return fmt.Sprintf("%s DEBUG [%s-order-sync] [%s] order detail response: %s", g.ts(), plat, g.requestID(), body)
}

func ctxPayment(g *gen) string {
	p := g.person()
	card := g.card()
	h := g.head("payments")
	switch g.n(4) {
	case 0:
		body := obj("id", "evt_"+g.rs(24, alnum), "type", "charge.succeeded", "data", raw(obj("object", raw(obj("id", "ch_"+g.rs(24, alnum), "amount", raw(fmt.Sprint(g.n(90000))),
			"billing_details", raw(obj("name", g.P("name", p.full), "email", g.P("email", p.email), "phone", g.P("phone", p.phone),
				"address", raw(obj("line1", g.PA(p.addr, true), "postal_code", g.postcodeLook())))),
			"payment_method_details", raw(obj("card", raw(obj("brand", "visa", "last4", card[len(card)-4:], "exp_year", raw("2029"))))))))))
		return ev(h, "message", "stripe webhook charge.succeeded "+g.amazonOrder(), "http.request.body.content", body,
			"stripe.signature", sig(g), "stripe.webhook_secret", g.P("credential", "whsec_"+g.rs(32, alnum)))
	case 1:
		body := obj("live", "true", "notificationItems", arr(obj("NotificationRequestItem", raw(obj("pspReference", g.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
			"merchantReference", g.shopifyName(), "amount", raw(obj("value", raw(fmt.Sprint(g.n(90000))), "currency", "EUR")),
			"additionalData", raw(obj("cardHolderName", g.P("name", p.full), "cardSummary", card[len(card)-4:], "shopperEmail", g.P("email", p.email),
				"hmacSignature", g.P("credential", g.rs(43, alnum)+"="))))))))
		return ev(h, "message", "adyen notification AUTHORISATION for "+g.P("name", p.full), "adyen.raw", body, "adyen.ApiKey", g.P("credential", "AQE"+g.rs(30, alnum)))
	case 2:
		form := url.Values{}
		form.Set("payer_email", g.P("email", p.email))
		form.Set("first_name", g.PN(p.given))
		form.Set("last_name", g.PN(p.family))
		form.Set("address_street", g.PA(p.addr, true))
		form.Set("txn_id", g.rs(17, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"))
		form.Set("mc_gross", g.amount())
		form.Set("invoice", g.invoice())
		form.Set("contact_phone", g.P("phone", p.phone))
		return ev(h, "message", "paypal IPN verified", "http.request.body.content", form.Encode(), "url.path", "/ipn/paypal")
	}
	full := g.P("card", card)
	return ev(h, "message", fmt.Sprintf("razorpay payment.captured pay_%s order_%s card=%s holder=%s", g.rs(14, alnum), g.rs(14, alnum), full, g.P("name", p.full)),
		"razorpay.payload", obj("payment", raw(obj("entity", raw(obj("card", raw(obj("number", full, "name", g.P("name", p.full), "last4", card[len(card)-4:])),
			"email", g.P("email", p.email), "contact", g.P("phone", p.phone), "amount", raw(fmt.Sprint(g.n(90000)))))))),
		"razorpay.key_secret", g.P("credential", g.rs(24, alnum)), "masked_pan", maskedCard(strings.NewReplacer(" ", "", "-", "").Replace(card)))
}

func q(s string) string {
	if strings.ContainsAny(s, " \"=") {
		return js(s)
	}
	return s
}

func ctxLogfmt(g *gen) string {
	var lines []string
	for k := 0; k < 1+g.n(3); k++ {
		p := g.person()
		plat, oid := g.orderID()
		switch g.n(4) {
		case 0:
			lines = append(lines, fmt.Sprintf("time=%s level=info msg=%s platform=%s order_id=%s buyer_name=%s buyer_phone=%s total=%s trace_id=%s",
				g.ts(), q("order synced"), plat, oid, q(g.P("name", p.full)), q(g.P("phone", p.phone)), g.amount(), g.traceID()))
		case 1:
			lines = append(lines, fmt.Sprintf("ts=%s lvl=warn caller=sync/address.go:%d msg=%s order=%s %s=%s postcode=%s",
				g.epoch(), 10+g.n(300), q("address normalised with fallback"), oid, g.loc.addrKey, q(g.PA(p.addr, false)), g.postcodeLook()))
		case 2:
			dsn, pw := g.dbURL()
			lines = append(lines, fmt.Sprintf("level=error msg=%s err=%s dsn=%s retry_in=%ds job=%s",
				q("db connect failed for "+oid), q("dial tcp "+g.ip()+":"+g.port()+": i/o timeout"), q(g.PF("credential", dsn, pw)), 1+g.n(30), g.pod()))
		default:
			lines = append(lines, fmt.Sprintf("level=info msg=%s email=%s %s=%s sku=%s qty=%d smtp_pass=%s",
				q("notify buyer "+g.P("name", p.full)+" order "+oid), g.P("email", p.email), g.loc.passKey, q(g.P("credential", g.password())), g.sku(), 1+g.n(5), q(g.P("credential", g.password()))))
		}
	}
	return strings.Join(lines, "\n")
}

func ctxSpring(g *gen) string {
	p := g.person()
	oid := g.amazonOrder()
	card := g.card()
	exc := g.one("org.springframework.web.client.HttpClientErrorException$BadRequest", "com.shop.sync.AddressValidationException", "java.lang.IllegalStateException")
	msg := ""
	switch g.n(3) {
	case 0:
		msg = fmt.Sprintf("400 Bad Request: \"{\"error\":\"invalid card\",\"card\":{\"number\":\"%s\",\"holder\":\"%s\"}}\"", g.P("card", card), g.P("name", p.full))
	case 1:
		msg = fmt.Sprintf("cannot geocode address '%s' for customer %s (order %s, total %s)", g.PA(p.addr, false), g.P("name", p.full), oid, g.amount())
	default:
		msg = fmt.Sprintf("Duplicate phone %s for customer id=%s email=%s", g.P("phone", p.phone), g.uuid(), g.P("email", p.email))
	}
	return fmt.Sprintf("%s ERROR 1 --- [nio-8080-exec-%d] c.s.sync.OrderSyncService : Order %s failed [traceId=%s spanId=%s]\n%s: %s\n\tat com.shop.sync.OrderSyncService.sync(OrderSyncService.java:%d)\n\tat com.shop.sync.OrderSyncJob.run(OrderSyncJob.java:%d)\n\tat java.base/java.lang.Thread.run(Thread.java:1583)",
		g.ts(), 1+g.n(20), oid, g.traceID(), g.spanID(), exc, msg, 40+g.n(400), 20+g.n(100))
}

func ctxDjango(g *gen) string {
	p := g.person()
	cn := g.cnID()
	v := ""
	switch g.n(3) {
	case 0:
		v = fmt.Sprintf("ValidationError: {'id_card_no': ['%s does not match real_name %s']}", g.P("cn_id", cn), g.P("name", p.full))
	case 1:
		v = fmt.Sprintf("stripe.error.CardError: Request req_%s: Your card was declined. card_number=%s", g.rs(14, alnum), g.P("card", g.card()))
	default:
		v = fmt.Sprintf("IntegrityError: duplicate key value violates unique constraint \"customer_email_key\"\nDETAIL:  Key (email)=(%s) already exists.", g.P("email", p.email))
	}
	return fmt.Sprintf("[%s] ERROR django.request: Internal Server Error: /api/orders/%s/customs\nTraceback (most recent call last):\n  File \"/app/orders/views.py\", line %d, in post\n    customs.submit(order, iban=%s)\n  File \"/app/orders/customs.py\", line %d, in submit\n    raise ValidationError(errors)\n%s",
		g.ts(), g.lazadaOrder(), 10+g.n(300), js(g.P("iban", g.iban())), 10+g.n(200), v)
}

func ctxWinston(g *gen) string {
	p := g.person()
	_, oid := g.orderID()
	h := []any{"@timestamp", g.ts(), "level", g.one("info", "warn", "error"), "service", "checkout-api", "requestId", g.requestID(), "ctx", raw(obj("cartId", g.uuid(), "ref", g.anyLook(), "promo", g.anyLook(), "ip", g.ip()))}
	switch g.n(3) {
	case 0:
		return ev(h, "message", "POST /api/checkout 201 "+fmt.Sprint(20+g.n(500))+"ms", "req", raw(obj("body", raw(obj("customerName", g.P("name", p.full), "shippingAddress", raw(obj("line1", g.PA(p.addr, true), "postalCode", g.postcodeLook(), "city", g.city())),
			"contactPhone", g.P("phone", p.phone), "cardNumber", g.P("card", g.card()), "cvv", g.P("card", dg(g.r, 3)))),
			"headers", raw(obj("authorization", "Bearer "+g.P("credential", g.b64url(40)), "cookie", "connect.sid="+g.P("credential", "s%3A"+g.b64url(32)+"."+g.b64url(27)), "x-request-id", g.uuid())))), "orderId", oid)
	case 1:
		return ev(h, "message", fmt.Sprintf("password reset requested for %s (%s)", g.P("email", p.email), g.P("name", p.full)), "orderId", oid, "meta", raw(obj("newPassword", g.P("credential", g.password()), "ip", g.ip(), "ua", "Mozilla/5.0")))
	}
	tok, core := g.jwt()
	return ev(h, "message", "session refreshed", "orderId", oid, "userEmail", g.P("email", p.email), "jwt", g.PF("credential", tok, core), "expiresAt", g.epoch())
}

func ctxZap(g *gen) string {
	p := g.person()
	_, oid := g.orderID()
	h := []any{"@timestamp", g.ts(), "level", g.one("info", "error"), "logger", "inventory.sync", "caller", "sync/worker.go:" + fmt.Sprint(10+g.n(400)), "batch", g.anyLook(), "ref", g.anyLook(), "dur_ns", g.epoch()}
	switch g.n(3) {
	case 0:
		return ev(h, "msg", "upsert customer", "customer", raw(obj("Name", g.P("name", p.full), "Phone", g.P("phone", p.phone), "Email", g.P("email", p.email))), "order", oid, "latency", fmt.Sprintf("%d.%dms", g.n(900), g.n(10)))
	case 1:
		val, key, core := g.vendorToken()
		return ev(h, "msg", "marketplace client init", "config", raw(obj(key, g.PF("credential", val, core), "endpoint", "https://api."+g.one("shopee", "lazada", "tiktokglobalshop")+".com", "timeout", "30s")), "version", g.version(), "order", oid)
	}
	return ev(h, "msg", "refund failed", "error", fmt.Sprintf("payout to IBAN %s rejected: account holder %s mismatch", g.P("iban", g.iban()), g.P("name", p.full)), "order", oid, "amount", g.amount())
}

func ctxAccess(g *gen) string {
	p := g.person()
	var qs string
	switch g.n(4) {
	case 0:
		qs = "/account/verify?email=" + url.QueryEscape(g.P("email", p.email)) + "&code=" + g.P("credential", g.otp()) + "&utm_source=sms"
	case 1:
		qs = "/track?order=" + g.amazonOrder() + "&phone=" + url.QueryEscape(g.P("phone", p.phone)) + "&lang=" + g.loc.code
	case 2:
		qs = "/api/v2/orders?" + "access_token=" + g.P("credential", g.rs(32, alnum)) + "&since=" + g.epoch() + "&sku=" + g.sku()
	default:
		qs = "/checkout/address?name=" + url.QueryEscape(g.P("name", p.full)) + "&line1=" + url.QueryEscape(g.PA(p.addr, true)) + "&zip=" + url.QueryEscape(g.postcodeLook())
	}
	if g.chance(0.5) {
		return fmt.Sprintf("%s - - [05/Dec/2026:%02d:%02d:%02d +0000] \"GET %s HTTP/1.1\" %s %d \"-\" \"Mozilla/5.0\" %s", g.ip(), g.n(24), g.n(60), g.n(60), qs, g.status(), 200+g.n(9000), g.traceparent())
	}
	return fmt.Sprintf("https %s app/shop-alb/%s %s:%d 10.0.%d.%d:8080 0.001 0.0%d 0.000 %s %s 312 1024 \"GET https://shop.example:443%s HTTP/2.0\" \"okhttp/4.12\" - - arn:aws:elasticloadbalancing \"Root=1-%s-%s\"",
		g.ts(), g.hexs(16), g.ip(), 1024+g.n(60000), g.n(255), g.n(255), g.n(9), g.status(), g.status(), qs, g.hexs(8), g.hexs(24))
}

func ctxHTTPDebug(g *gen) string {
	p := g.person()
	oid := g.amazonOrder()
	var auth string
	if g.chance(0.5) {
		hdr, core := g.basic()
		auth = "Basic " + g.PF("credential", hdr[6:], core)
	} else {
		tok, core := g.jwt()
		auth = "Bearer " + g.PF("credential", tok, core)
	}
	body := obj("shipTo", raw(obj("name", g.P("name", p.full), "street1", g.PA(p.addr, true), "phone", g.P("phone", p.phone), "email", g.P("email", p.email))), "reference", oid, "weight_g", raw(fmt.Sprint(100+g.n(5000))))
	return fmt.Sprintf("--> POST https://api.carrier.example/v1/shipments\nContent-Type: application/json\nAuthorization: %s\nX-Request-Id: %s\nIdempotency-Key: %s\n\n%s\n--> END POST (%d-byte body)\n<-- %s Created (%dms)\nX-Trace: %s",
		auth, g.requestID(), g.idemKey(), body, len(body), g.status(), g.n(900), g.traceID())
}

func ctxSQL(g *gen) string {
	p := g.person()
	oid := g.amazonOrder()
	switch g.n(3) {
	case 0:
		return fmt.Sprintf("ERROR:  duplicate key value violates unique constraint \"buyers_phone_key\"\nDETAIL:  Key (phone)=(%s) already exists.\nSTATEMENT:  INSERT INTO buyers (name, email, phone, address, created_at) VALUES ('%s', '%s', '%s', '%s', '%s') -- order %s",
			g.P("phone", p.phone), strings.ReplaceAll(g.P("name", p.full), "'", "''"), g.P("email", p.email), g.P("phone", p.phone), strings.ReplaceAll(g.PA(p.addr, false), "'", "''"), g.ts(), oid)
	case 1:
		return fmt.Sprintf("Hibernate: update orders set ship_name=?, ship_line1=?, total=? where id=?\nbinding parameter [1] as [VARCHAR] - [%s]\nbinding parameter [2] as [VARCHAR] - [%s]\nbinding parameter [3] as [NUMERIC] - [%s]\nbinding parameter [4] as [VARCHAR] - [%s]",
			g.P("name", p.full), g.PA(p.addr, true), g.amount(), oid)
	}
	return fmt.Sprintf("gorm: record not found [%.3fms] [rows:0] SELECT * FROM `payouts` WHERE iban = '%s' AND holder = '%s' AND shop_id = %d ORDER BY `payouts`.`id` LIMIT 1 /* %s */",
		float64(g.n(9000))/1000, g.P("iban", g.iban()), g.P("name", p.full), 1000+g.n(9000), oid)
}

func ctxNotify(g *gen) string {
	p := g.person()
	h := g.head("notify-worker")
	_, trk := g.tracking()
	switch g.n(3) {
	case 0:
		body := fmt.Sprintf("%s %s,\n\n%s %s. Tracking: %s\n%s\n", g.one("Dear", "Hi", "Hallo", "Bonjour"), g.P("name", p.full), "your order ships to", g.PA(p.addr, false), trk, g.company())
		return ev(h, "message", "email rendered to "+g.P("email", p.email), "email.to", g.P("email", p.email), "email.subject", "Order "+g.shopifyName()+" shipped", "email.body", body)
	case 1:
		return ev(h, "message", "sms sent", "sms.to", g.P("phone", p.phone), "sms.text", fmt.Sprintf("%s %s. %s", otpPhrase[g.loc.code], g.P("credential", g.otp()), g.one("Do not share it.", "Valid 5 min.", "")), "provider", g.one("twilio", "vonage", "infobip"), "sms.id", "SM"+g.hexs(32), "shipment", trk)
	}
	// an FCM registration token addresses a device: neither PII nor a look-alike here
	push := obj("to", "fcm:"+g.b64url(22)+":APA91b"+g.b64url(100), "notification", raw(obj("title", "📦 "+g.PN(p.given), "body", "Order "+g.amazonOrder()+" delivered to "+g.PA(p.addr, true))))
	return ev(h, "message", "push payload "+trk, "push.raw", push, "push.id", g.ulid())
}

func ctxChat(g *gen) string {
	p := g.person()
	oid := g.amazonOrder()
	h := g.head("cs-desk")
	txt := fmt.Sprintf("%s %s. Order %s: please send to %s, phone %s.", g.loc.greet, g.P("name", p.full), oid, g.PA(p.addr, false), g.P("phone", p.phone))
	if g.chance(0.3) {
		txt += " " + g.one("IBAN for refund:", "Refund to", "Rückerstattung an") + " " + g.P("iban", g.iban())
	}
	kv := []any{"message", "ticket " + fmt.Sprint(100000+g.n(900000)) + " new reply", "ticket.body", txt, "ticket.channel", g.one("line", "whatsapp", "email", "zalo", "kakao")}
	if g.chance(0.5) {
		kv = append(kv, "ticket.fields", raw(obj(g.loc.nameKey, g.P("name", p.full), g.loc.phoneKey, g.P("phone", p.phone), g.loc.addrKey, g.PA(p.addr, false))))
	}
	if g.chance(0.3) {
		kv = append(kv, "ticket.requester", g.P("email", p.email))
	}
	return ev(h, kv...)
}

func ctxCarrier(g *gen) string {
	p := g.person()
	carrier, trk := g.tracking()
	req := obj("carrier", carrier, "service", g.one("EXPRESS", "ECONOMY", "COD"), "consignee", raw(obj("contact_name", g.P("name", p.full), "tel", g.P("phone", p.phone),
		"address", raw(obj("street", g.PA(p.addr, true), "postcode", g.postcodeLook(), "city", g.city())))), "declared_value", g.amount(), "hs_code", g.hsCode(), "shipper_vat", g.vat(), "pick_bin", g.bin())
	h := g.head("label-printer")
	if g.chance(0.5) {
		return ev(h, "message", "label created "+trk, "carrier.request", req, "carrier.api_key", g.P("credential", g.hexs(32)))
	}
	return ev(h, "message", "label create failed: "+g.status(), "carrier.request", jsASCII(req), "tracking", trk)
}

func ctxCSV(g *gen) string {
	var b strings.Builder
	b.WriteString("import orders.csv: 3 rows rejected\nline,order_id,buyer_name,phone,email,address,total,error\n")
	for k := 0; k < 3; k++ {
		p := g.person()
		_, oid := g.orderID()
		fmt.Fprintf(&b, "%d,%s,\"%s\",%s,%s,\"%s\",%s,%s\n", 2+g.n(900), oid, g.P("name", p.full), g.P("phone", p.phone), g.P("email", p.email), g.PA(p.addr, false), g.amount(),
			csvErr(g))
	}
	if g.chance(0.3) {
		fmt.Fprintf(&b, "payout export\tholder\tiban\n%s\t%s\t%s", g.invoice(), g.P("name", g.person().full), g.P("iban", g.iban()))
	}
	return strings.TrimRight(b.String(), "\n")
}

func ctxKafka(g *gen) string {
	p := g.person()
	_, oid := g.orderID()
	var val string
	if !g.chance(0.3) {
		val = obj("eventType", "OrderCreated", "orderId", oid, "buyer", raw(obj("fullName", g.P("name", p.full), "email", g.P("email", p.email), "mobile", g.P("phone", p.phone))),
			"shipTo", raw(obj("addressLine", g.PA(p.addr, false))), "occurredAt", g.ts())
	} else {
		val = obj("eventType", "CustomsDeclared", "orderId", oid, "declarant", raw(obj("name", g.P("name", p.full), "idCardNo", g.P("cn_id", g.cnID()))), "hs", g.hsCode())
	}
	h := g.head("order-events-consumer")
	return ev(h, "message", fmt.Sprintf("consumed orders.v1 partition=%d offset=%d", g.n(12), g.n(9000000)), "kafka.key", oid, "kafka.value", val, "kafka.headers", raw(obj("traceparent", g.traceparent())))
}

func ctxK8s(g *gen) string {
	p := g.person()
	_, oid := g.orderID()
	var inner string
	if !g.chance(0.3) {
		inner = obj("level", "info", "ts", g.epoch(), "msg", "address updated for "+oid, "payload", obj("recipient", g.P("name", p.full), "phone", g.P("phone", p.phone), "addr", g.PA(p.addr, false)))
	} else {
		dsn, pw := g.dbURL()
		inner = obj("level", "error", "ts", g.epoch(), "msg", "startup for "+oid+": DATABASE_URL="+g.PF("credential", dsn, pw), "version", g.version())
	}
	return obj("@timestamp", g.ts(), "log", inner+"\n", "stream", "stdout", "kubernetes", raw(obj("pod_name", g.pod(), "namespace_name", "shop", "container_image", "registry.example/order-sync:"+g.version())))
}

func ctxForm(g *gen) string {
	p := g.person()
	f := url.Values{}
	f.Set("checkout[email]", g.P("email", p.email))
	f.Set("checkout[shipping_address][first_name]", g.PN(p.given))
	f.Set("checkout[shipping_address][last_name]", g.PN(p.family))
	f.Set("checkout[shipping_address][address1]", g.PA(p.addr, true))
	f.Set("checkout[shipping_address][zip]", g.postcodeLook())
	f.Set("checkout[shipping_address][phone]", g.P("phone", p.phone))
	f.Set("checkout[total]", g.amount())
	f.Set("authenticity_token", g.P("credential", g.b64url(86)+"=="))
	if g.chance(0.4) {
		f.Set("card_number", g.P("card", g.card()))
	}
	return fmt.Sprintf("%s INFO  POST /checkouts/%s body=%s", g.ts(), g.hexs(32), f.Encode())
}

func sig(g *gen) string {
	h := g.hexs(64)
	return g.PF("credential", "t="+fmt.Sprint(1764000000+g.n(9000000))+",v1="+h, h)
}

func csvErr(g *gen) string {
	switch g.n(3) {
	case 0:
		return "invalid postcode"
	case 1:
		return "duplicate order"
	}
	return "sku not found " + g.sku()
}

func ctxConfig(g *gen) string {
	val, key, core := g.vendorToken()
	pem, pemCore := g.pem()
	sigHex := g.hexs(64)
	akid := "AKIA" + g.rs(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
	presigned := fmt.Sprintf("https://labels-%s.s3.amazonaws.com/%s/%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20261205%%2Fap-southeast-1%%2Fs3%%2Faws4_request&X-Amz-Date=20261205T%02d%02d00Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s",
		g.one("sg", "eu", "us"), "2026", g.amazonOrder(), g.P("credential", akid), g.n(24), g.n(60), g.PF("credential", sigHex, sigHex))
	cfg := obj("env", "production", "version", g.version(), strings.ToUpper(key), g.PF("credential", val, core),
		"label", raw(obj("bucketUrl", presigned, "signingKey", g.PF("credential", pem, pemCore))),
		"mail", raw(obj("smtp-host", "smtp."+g.f.DomainName(), "smtp-port", raw(g.port()), g.loc.passKey, g.P("credential", g.password()))),
		"mfa", raw(obj("totp_seed", g.P("credential", g.rs(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), "recovery_codes", arr(js(g.P("credential", g.rs(5, "abcdefghijkmnpqrstuvwxyz23456789")+"-"+g.rs(5, "abcdefghijkmnpqrstuvwxyz23456789")))))),
		"support", raw(obj("owner", g.P("name", g.person().full), "oncall_phone", g.P("phone", g.phone()))))
	if g.chance(0.5) {
		return fmt.Sprintf("%s  INFO 1 --- [           main] c.s.config.ConfigDump : effective configuration: %s", g.ts(), cfg)
	}
	return fmt.Sprintf("time=%s level=debug msg=\"config loaded\" config=%s", g.ts(), js(cfg))
}
