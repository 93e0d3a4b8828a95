package nintheval

import (
	"fmt"
	"strings"
)

// A context renders one line: an NDJSON event (event true) or plain text.
type context struct {
	name  string
	event bool
	gen   func(b *bld) string
}

var contexts = []context{
	{"shopify_webhook", true, ctxShopify},
	{"amazon_spapi", true, ctxAmazon},
	{"sea_marketplace_k8s", false, ctxSEA},
	{"payment_provider", false, ctxPayment},
	{"job_logfmt", false, ctxLogfmt},
	{"app_framework", false, ctxFramework},
	{"access_log", false, ctxAccess},
	{"http_client_debug", true, ctxHTTPDebug},
	{"sql_orm", false, ctxSQL},
	{"exception", true, ctxException},
	{"notification", true, ctxNotify},
	{"cs_ticket", true, ctxTicket},
	{"shipping_label", false, ctxLabel},
	{"csv_export", false, ctxCSV},
	{"kafka_message", true, ctxKafka},
	{"url_form", false, ctxForm},
}

func ctxShopify(b *bld) string {
	p := b.person()
	st, city := b.addrParts()
	order := obj(
		"id", b.T("shopify_order_id"), "name", js(b.T("shopify_name")), "email", js(b.email(p)),
		"created_at", js(b.T("date")), "total_price", js(b.T("amount")), "currency", js(pick(b.r, []string{"USD", "EUR", "GBP", "JPY", "SGD"})),
		"customer", obj("id", "7"+digitsN(b.r, 12), "first_name", js(b.name(p)), "phone", js(b.phone()), "tags", js("vip")),
		"shipping_address", obj("address1", js(st), "address2", js(pick(b.r, []string{"", "Apt 4", "2F"})), "city", js(city), "zip", js(b.T("postcode")), "country_code", js(b.l.code[3:])),
		"line_items", "["+obj("sku", js(b.T("sku")), "title", js(b.T("product_name")), "quantity", fmt.Sprint(1+b.r.IntN(4)))+"]",
	)
	switch b.r.IntN(3) {
	case 0:
		return b.event("shopify-webhooks", "webhook orders/create verified", "http.request.body.content", js(order),
			"shop.platform", js("shopify"), "event.created_ms", b.T("epoch_ms_luhn"), "http.request.headers.x-shopify-hmac-sha256", js(b.put(credValue(randAlnum(b.r, 43)+"=", ""))))
	case 1:
		return b.event("shopify-webhooks", fmt.Sprintf("order %s (%s) synced for %s <%s>", b.T("shopify_name"), b.T("shopify_order_id"), b.name(p), b.email(p)),
			"shop.platform", js("shopify"), "order.payload", order)
	default:
		return b.event("shopify-webhooks", "customers/update received: "+order, "shop.platform", js("shopify"), "event.action", js("customers/update"))
	}
}

func ctxAmazon(b *bld) string {
	p := b.person()
	st, city := b.addrParts()
	oid := b.T("amazon_order")
	body := obj("payload", obj("AmazonOrderId", js(oid), "BuyerInfo", obj("BuyerEmail", js(b.email(p)), "BuyerName", js(b.name(p))),
		"ShippingAddress", obj("Name", js(b.name(p)), "AddressLine1", js(st), "City", js(city), "PostalCode", js(b.T("postcode")), "Phone", js(b.phone())),
		"OrderTotal", obj("Amount", js(b.T("amount")), "CurrencyCode", js("EUR")), "ASIN", js(b.T("asin"))))
	switch b.r.IntN(3) {
	case 0:
		return b.event("sp-api-client", fmt.Sprintf("GET /orders/v0/orders/%s/address 200 in %dms", oid, 20+b.r.IntN(900)),
			"http.response.body.content", js(body), "url.path", js("/orders/v0/orders/"+oid+"/address"), "http.request.headers.x-amz-access-token", js(b.token()))
	case 1:
		return b.event("sp-api-client", fmt.Sprintf("RDT issued for %s, restricted data: %s", oid, body), "http.response.status_code", "200")
	default:
		return b.event("sp-api-client", "getOrderBuyerInfo ok", "sp_api", obj("request_id", js(b.T("request_id")), "response", body), "shop.platform", js("amazon"))
	}
}

func ctxSEA(b *bld) string {
	p := b.person()
	var inner string
	switch b.r.IntN(4) {
	case 0:
		inner = obj("order_sn", js(b.T("shopee_sn")), "buyer_username", js(strings.ToLower(asciiFold(p.rom))+digitsN(b.r, 2)),
			"recipient_address", obj("name", js(b.name(p)), "phone", js(b.phone()), "full_address", js(b.addrFull()), "zipcode", js(b.T("postcode"))),
			"total_amount", fmt.Sprint(10+b.r.IntN(9000)), "tracking_no", js(b.T("local_courier")))
	case 1:
		inner = obj("order_id", b.T("lazada_order"), "address_shipping", obj("first_name", js(b.name(p)), "phone", js(b.phone()), "address1", js(b.addrFull()), "post_code", js(b.T("postcode"))),
			"customer_email", js(b.email(p)), "voucher", js(b.T("amount")))
	case 2:
		inner = obj("id", js(b.T("tiktok_order")), "buyer_email", js(b.email(p)), "recipient_address", obj("name", js(b.name(p)), "phone_number", js(b.phone()), "full_address", js(b.addrFull())),
			"payment", obj("total_amount", js(b.T("amount")), "currency", js("THB")), "packages", "["+obj("id", js(b.T("tiktok_order")))+"]")
	default:
		inner = obj("order_id", js("2000"+digitsN(b.r, 12)), "buyer", obj("nickname", js(strings.ToUpper(asciiFold(p.rom))), "first_name", js(b.name(p)), "email", js(b.email(p)),
			"phone", obj("area_code", js("11"), "number", js(b.phone()))), "shipping", obj("receiver_address", obj("address_line", js(b.addrFull()))))
	}
	ev := b.event("marketplace-sync", "order detail fetched", "shop.platform", js(pick(b.r, []string{"shopee", "lazada", "tiktok", "mercadolibre"})),
		"http.response.body.content", js(inner), "sync.kind", js("order"))
	// Kubernetes container log: the event as a string, sometimes wrapped again by a shipper.
	k8s := obj("log", js(ev+"\n"), "stream", js("stdout"), "time", js(b.T("date")), "kubernetes", obj("pod_name", js(b.T("pod_name")), "namespace_name", js("sync")))
	if b.r.IntN(3) == 0 {
		return obj("@timestamp", js(b.ts()), "message", js(k8s), "agent", obj("version", js(b.T("version"))))
	}
	return k8s
}

func ctxPayment(b *bld) string {
	p := b.person()
	switch b.r.IntN(5) {
	case 0: // Stripe event
		st, city := b.addrParts()
		return obj("id", js("evt_"+randAlnum(b.r, 24)), "type", js("charge.succeeded"), "data", obj("object", obj(
			"id", js("ch_"+randAlnum(b.r, 24)), "amount", fmt.Sprint(100+b.r.IntN(90000)), "billing_details", obj("name", js(b.name(p)), "email", js(b.email(p)), "phone", js(b.phone()),
				"address", obj("line1", js(st), "city", js(city), "postal_code", js(b.T("postcode")))),
			"payment_method_details", obj("card", obj("brand", js("visa"), "last4", js(digitsN(b.r, 4)), "display", js(b.T("card_masked")), "exp_year", "2029")),
			"metadata", obj("order_id", js(b.T("amazon_order")), "idempotency_key", js(b.T("idempotency_key")))))) + ""
	case 1: // PayPal IPN as logged by a handler
		return "paypal.ipn received: mc_gross=" + qe(b.T("amount")) + "&payer_email=" + qe(b.email(p)) + "&first_name=" + qe(b.name(p)) +
			"&address_street=" + qe(b.addrFull()) + "&contact_phone=" + qe(b.phone()) + "&txn_id=" + randFrom(b.r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 17) +
			"&invoice=" + qe(b.T("invoice_no")) + "&verify_sign=" + qe(b.token())
	case 2: // Adyen notification
		return "adyen webhook " + obj("live", js("true"), "notificationItems", "["+obj("NotificationRequestItem", obj(
			"pspReference", js(randFrom(b.r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 16)), "merchantReference", js(b.T("shopify_name")),
			"additionalData", obj("cardHolderName", js(b.name(p)), "shopperEmail", js(b.email(p)), "cardSummary", js(digitsN(b.r, 4)), "iban", js(b.iban()),
				"hmacSignature", js(b.put(credValue(randAlnum(b.r, 43)+"=", "")))),
			"amount", obj("value", fmt.Sprint(b.r.IntN(99999)), "currency", js("EUR"))))+"]")
	case 3: // Razorpay
		return fmt.Sprintf("[razorpay] payment.captured %s", obj("entity", js("event"), "payload", obj("payment", obj("entity", obj(
			"id", js("pay_"+randAlnum(b.r, 14)), "email", js(b.email(p)), "contact", js(b.phone()), "card", obj("name", js(b.name(p)), "number", js(b.card()), "network", js("Visa")),
			"notes", obj("shipping_address", js(b.addrFull()), "order", js(b.T("invoice_no"))))))))
	default: // a provider's error response logged in full
		return fmt.Sprintf("ERROR charge failed order=%s status=%s provider_response=%s", b.T("amazon_order"), b.T("status_code"),
			obj("error", obj("code", js("card_declined"), "decline_code", js("insufficient_funds"), "payment_method", obj("card_number", js(b.card()), "holder", js(b.name(p)), "cvc", js(digitsN(b.r, 3))))))
	}
}

func ctxLogfmt(b *bld) string {
	p := b.person()
	k1, v1 := b.anyCred()
	parts := []string{
		"ts=" + b.ts(), "level=" + pick(b.r, []string{"info", "warn", "error"}), "job=" + pick(b.r, []string{"order-sync", "inventory-sync", "payout-reconcile"}),
		b.key("order", "id") + "=" + b.T("amazon_order"),
		b.key("buyer", "name") + "=\"" + b.name(p) + "\"",
		b.key("buyer", "phone") + "=" + lfq(b.phone()),
		b.key("ship", "to") + "=\"" + b.addrFull() + "\"",
		"total=" + fmt.Sprintf("%d.%02d", b.r.IntN(9000), b.r.IntN(100)),
		"sku=" + b.T("sku"), "pod=" + b.T("pod_name"),
		k1 + "=" + v1,
		"trace_id=" + b.T("trace_id"), "event_id=" + b.T("ulid"), "ref=" + lfq(b.TR()),
	}
	if b.r.IntN(2) == 0 {
		parts = append(parts, "payout_iban="+strings.ReplaceAll(b.iban(), " ", ""), "vat="+b.T("vat_company"))
	}
	if b.r.IntN(3) == 0 {
		parts = append(parts, "resident_id="+b.cnid())
	}
	b.r.Shuffle(len(parts)-3, func(i, j int) { parts[i+3], parts[j+3] = parts[j+3], parts[i+3] })
	return strings.Join(parts, " ")
}

func ctxFramework(b *bld) string {
	p := b.person()
	if b.r.IntN(8) == 0 { // a configuration dump at start-up
		k, v := b.anyCred()
		return obj("level", js("info"), "msg", js("effective configuration"), "version", js(b.T("version")), "config", obj(
			"applepay.merchant_identity_key", js(b.pem()), "tiktok.app_secret", js(b.hexSecret(40)), k, js(v), "kafka.brokers", js(b.T("ipv4")+":9092"),
			"mail.smtp.password", js(b.pw()), "shopify.webhook_secret", js(b.token())))
	}
	switch b.r.IntN(5) {
	case 0: // Spring Boot
		return fmt.Sprintf("2026-12-05 10:%02d:%02d.%03d  INFO 1 --- [nio-8080-exec-%d] c.v.order.OrderService : Order %s created for customer %s (%s), phone %s, total %s, datasource=%s",
			b.r.IntN(60), b.r.IntN(60), b.r.IntN(1000), 1+b.r.IntN(9), b.T("amazon_order"), b.name(p), b.email(p), b.phone(), b.T("amount"), b.dbURL())
	case 1: // Django
		return fmt.Sprintf("[05/Dec/2026 10:%02d:%02d] WARNING [orders.views:%d] Address validation failed for order %s: '%s' -> %s; customer %s",
			b.r.IntN(60), b.r.IntN(60), 100+b.r.IntN(400), b.T("shopify_name"), b.addrFull(), b.T("status_code"), b.name(p))
	case 2: // winston JSON
		k, v := b.anyCred()
		return obj("level", js("info"), "message", js("checkout completed for "+b.name(p)), "meta", obj("orderId", js(b.T("tiktok_order")), "spanId", js(b.T("span_id")), "customerEmail", js(b.email(p)),
			"shippingAddress", obj("line1", js(b.addrFull())), k, js(v), "requestId", js(b.T("request_id"))), "timestamp", js(b.T("date")))
	case 3: // zap
		return obj("level", js("error"), "ts", b.T("epoch_s")+"."+digitsN(b.r, 6), "caller", js("sync/order.go:"+fmt.Sprint(40+b.r.IntN(300))), "msg", js("upsert order failed"),
			"order", js(b.T("lazada_order")), "buyer", obj("email", js(b.email(p)), "mobile", js(b.phone())), "card", js(b.card()), "error", js("pq: deadlock detected"))
	default: // zerolog with a Go struct dumped
		return fmt.Sprintf(`{"level":"debug","time":%s,"message":%s}`, b.T("epoch_ms"), js(fmt.Sprintf("buyer=&{Name:%s Phone:%s Email:%s Address:%s CardNumber:%s} order=%s",
			b.name(p), b.phone(), b.email(p), b.addrFull(), b.cardCompact(), b.T("shopee_sn"))))
	}
}

func ctxAccess(b *bld) string {
	p := b.person()
	ip := b.T("ipv4")
	switch b.r.IntN(4) {
	case 0:
		return fmt.Sprintf(`%s - - [05/Dec/2026:10:%02d:%02d +0000] "GET /api/v2/orders/lookup?email=%s&phone=%s&order_id=%s&access_token=%s HTTP/1.1" %s %d "-" %q rt=0.%03d`,
			ip, b.r.IntN(60), b.r.IntN(60), qe(b.email(p)), qe(b.phone()), b.T("amazon_order"), qe(b.token()), b.T("status_code"), 100+b.r.IntN(9000), b.f.UserAgent(), b.r.IntN(1000))
	case 1: // ALB
		return fmt.Sprintf(`https 2026-12-05T10:%02d:%02d.%06dZ app/shop-alb/%s %s:%d 10.0.3.7:8080 0.001 0.052 0.000 200 200 512 1024 "POST https://shop.example.com:%s/checkout/address?name=%s&address=%s&tel=%s HTTP/2.0" "Mozilla/5.0" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:ap-southeast-1:%s:targetgroup/shop/%s "%s"`,
			b.r.IntN(60), b.r.IntN(60), b.r.IntN(1000000), randFrom(b.r, hexAl, 16), ip, 1024+b.r.IntN(60000), b.T("port"), qe(b.name(p)), qe(b.addrFull()), qe(b.phone()), digitsN(b.r, 12), randFrom(b.r, hexAl, 16), b.T("request_id"))
	case 2: // nginx with $request_body
		return fmt.Sprintf(`%s [05/Dec/2026:10:%02d:%02d +0000] "POST /api/payments HTTP/1.1" %s body="card_number=%s&exp=%02d%%2F%d&cvv=%s&cardholder=%s&email=%s" upstream=%s:%s`,
			ip, b.r.IntN(60), b.r.IntN(60), b.T("status_code"), qe(b.card()), 1+b.r.IntN(12), 27+b.r.IntN(6), digitsN(b.r, 3), qe(b.name(p)), qe(b.email(p)), b.T("ipv4"), b.T("port"))
	default: // pre-signed label download
		return fmt.Sprintf(`%s - - [05/Dec/2026:10:%02d:%02d +0000] "GET %s HTTP/1.1" 200 %d "-" "label-printer/%s"`,
			ip, b.r.IntN(60), b.r.IntN(60), strings.TrimPrefix(b.presigned(), "https://labels-prod.s3.ap-southeast-1.amazonaws.com"), 20000+b.r.IntN(90000), b.T("version"))
	}
}

func ctxHTTPDebug(b *bld) string {
	p := b.person()
	var auth string
	switch b.r.IntN(3) {
	case 0:
		auth = "Authorization: Bearer " + b.token()
	case 1:
		auth = "Authorization: Basic " + b.basic()
	default:
		auth = "Cookie: _shop_session=" + b.put(credValue(randAlnum(b.r, 40), "")) + "; cart=" + b.T("uuid")
	}
	st, city := b.addrParts()
	body := obj("recipient", obj("fullName", js(b.name(p)), "phoneNumber", js(b.phone()), "email", js(b.email(p))),
		"address", obj("street", js(st), "city", js(city), "zip", js(b.T("postcode"))), "reference", js(b.T("shopify_name")), "weight_kg", "1.2")
	msg := fmt.Sprintf("--> POST https://api.%s/v1/shipments\nContent-Type: application/json\n%s\nIdempotency-Key: %s\nX-Correlation-Id: %s\n\n%s\n<-- %s (%dms) x-request-id: %s",
		pick(b.r, []string{"ninjavan.co", "jtexpress.ph", "sf-express.com", "easypost.com"}), auth, b.T("idempotency_key"), b.T("ulid"), body, b.T("status_code"), b.r.IntN(2000), b.T("request_id"))
	return b.event("label-service", msg, "span.id", js(b.T("span_id")), "http.client.sent_at_us", b.T("epoch_us"), "http.request.method", js("POST"), "url.domain", js("api.carrier.example"))
}

func ctxSQL(b *bld) string {
	p := b.person()
	switch b.r.IntN(5) {
	case 0:
		return fmt.Sprintf(`ERROR:  duplicate key value violates unique constraint "customers_email_key" DETAIL:  Key (email)=(%s) already exists. STATEMENT: INSERT INTO customers (id, email, name, phone) VALUES (%s, '%s', '%s', '%s')`,
			b.email(p), b.T("shopify_order_id"), b.email(p), strings.ReplaceAll(b.name(p), "'", "''"), b.phone())
	case 1:
		return fmt.Sprintf(`[%.1fms] [rows:1] UPDATE "shipping_addresses" SET "line1"='%s',"phone"='%s',"updated_at"='%s' WHERE "order_id" = '%s'`,
			float64(b.r.IntN(900))/10, strings.ReplaceAll(b.addrFull(), "'", "''"), b.phone(), b.T("date"), b.T("tiktok_order"))
	case 2: // Hibernate binds
		return fmt.Sprintf(`binding parameter [1] as [VARCHAR] - [%s] binding parameter [2] as [VARCHAR] - [%s] binding parameter [3] as [VARCHAR] - [%s] binding parameter [4] as [BIGINT] - [%s]`,
			b.name(p), b.email(p), b.iban(), b.T("lazada_order"))
	case 3:
		return fmt.Sprintf(`SequelizeValidationError: insert into "users" ("email","avatar_sha256","password","phone") values ('%s','%s','%s','%s') - notNull Violation: users.country`,
			b.email(p), b.T("sha256"), b.pw(), b.phone())
	default:
		return fmt.Sprintf(`sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) [SQL: INSERT INTO kyc (order_ref, id_number, full_name, address) VALUES (%%(order_ref)s, %%(id_number)s, %%(full_name)s, %%(address)s)] [parameters: {'order_ref': '%s', 'id_number': '%s', 'full_name': '%s', 'address': '%s'}]`,
			b.T("shopee_sn"), b.cnid(), b.name(p), b.addrFull())
	}
}

func ctxException(b *bld) string {
	p := b.person()
	var msg, stack string
	switch b.r.IntN(3) {
	case 0:
		msg = fmt.Sprintf("java.lang.IllegalArgumentException: invalid phone number '%s' for customer %s", b.phone(), b.name(p))
		stack = msg + "\n\tat com.vigil.shop.PhoneValidator.check(PhoneValidator.java:" + fmt.Sprint(30+b.r.IntN(200)) + ")\n\tat com.vigil.shop.OrderSync.run(OrderSync.java:88)\n\tCaused by: libphonenumber.NumberParseException: TOO_LONG for order " + b.T("amazon_order")
	case 1:
		msg = fmt.Sprintf("ValueError: could not geocode address '%s' (order %s)", b.addrFull(), b.T("shopify_name"))
		stack = "Traceback (most recent call last):\n  File \"/app/sync/geo.py\", line " + fmt.Sprint(10+b.r.IntN(300)) + ", in resolve\n    raise ValueError(...)\n" + msg + "\nlocals: {'email': '" + b.email(p) + "', 'recipient': '" + b.name(p) + "'}"
	default:
		msg = fmt.Sprintf("Error: card %s declined (holder %s)", b.card(), b.name(p))
		stack = msg + "\n    at chargeCard (/srv/app/payments/charge.js:" + fmt.Sprint(10+b.r.IntN(200)) + ":13)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  requestId: '" + b.T("request_id") + "',\n  apiKey: '" + b.token() + "'\n}"
	}
	return b.event("order-sync", "unhandled exception in job "+b.T("pod_name"), "error.type", js(strings.SplitN(msg, ":", 2)[0]), "error.message", js(msg),
		"error.stack_trace", js(stack), "job.name", js("order-sync"), "job.status", js("failed"), "event.ingested_ns", js(b.T("epoch_ns")))
}

var otpPhrases = map[string]string{
	"en_US": "Your verification code is %s. Do not share it.", "en_GB": "Your one-time code: %s", "de_DE": "Ihr Bestätigungscode lautet %s", "fr_FR": "Votre code de vérification : %s",
	"es_ES": "Tu código de verificación es %s", "it_IT": "Il tuo codice di verifica è %s", "nl_NL": "Je verificatiecode is %s", "pl_PL": "Twój kod weryfikacyjny: %s",
	"pt_BR": "Seu código de verificação é %s", "es_MX": "Tu código de verificación: %s", "ja_JP": "認証コード：%s", "ko_KR": "[Web발신] 인증번호 [%s]를 입력해주세요",
	"zh_CN": "您的验证码是%s，5分钟内有效", "zh_TW": "您的驗證碼為 %s", "th_TH": "รหัส OTP ของคุณคือ %s", "vi_VN": "Mã xác thực của bạn là %s", "id_ID": "Kode verifikasi Anda: %s",
	"ms_MY": "Kod pengesahan anda ialah %s", "fil_PH": "Ang iyong verification code ay %s", "en_SG": "OTP %s is your one-time password", "ar_AE": "رمز التحقق الخاص بك هو %s",
	"ar_SA": "رمز التحقق: %s", "he_IL": "קוד האימות שלך: %s", "tr_TR": "Doğrulama kodunuz: %s", "ru_RU": "Код подтверждения: %s", "hi_IN": "आपका OTP %s है",
}

func ctxNotify(b *bld) string {
	p := b.person()
	switch b.r.IntN(4) {
	case 0: // SMS
		return b.event("notify", fmt.Sprintf("sms sent to %s via %s: %s", b.phone(), pick(b.r, []string{"twilio", "vonage", "aliyun-sms"}), fmt.Sprintf(otpPhrases[b.l.code], b.otp())),
			"notify.channel", js("sms"), "notify.message_id", js("SM"+randFrom(b.r, hexAl, 32)))
	case 1: // e-mail rendered
		return b.event("notify", "email rendered", "notify.to", js(b.name(p)+" <"+b.email(p)+">"), "notify.subject", js("Your order "+b.T("shopify_name")+" has shipped"),
			"notify.body", js(fmt.Sprintf("Dear %s,\n\nYour parcel %s is on its way to:\n%s\n\nTotal paid: %s (%s)\nTrack: https://t.17track.net/en#nums=%s", b.name(p), b.T("ups_1z"), b.addrFull(), b.T("amount"), b.T("card_masked"), b.T("usps"))))
	case 2: // push payload
		return b.event("notify", "push queued", "push.payload", js(obj("to", js("fcm:"+randAlnum(b.r, 22)), "notification", obj("title", js("Hi "+b.name(p)), "body", js("Order "+b.T("tiktok_order")+" out for delivery")),
			"data", obj("order_id", js(b.T("tiktok_order")), "contact", js(b.phone())))))
	default: // WhatsApp template
		return b.event("notify", fmt.Sprintf("whatsapp template delivery_update to %s params=[%q, %q, %q]", b.phone(), b.name(p), b.T("s10"), b.T("date")), "notify.channel", js("whatsapp"))
	}
}

func ctxTicket(b *bld) string {
	p := b.person()
	t := b.l.ticket
	t = strings.Replace(t, "{N}", b.name(p), 1)
	t = strings.Replace(t, "{A}", b.addrFull(), 1)
	t = strings.Replace(t, "{P}", b.phone(), 1)
	t = strings.Replace(t, "{E}", b.email(p), 1)
	t += " (order " + b.T("amazon_order") + ", " + b.T("product_name") + ")"
	switch b.r.IntN(3) {
	case 0:
		return b.event("helpdesk", "new ticket message", "ticket.id", js("T-"+digitsN(b.r, 7)), "ticket.body", js(t), "ticket.locale", js(b.l.code))
	case 1:
		return b.event("helpdesk", "chat transcript: [buyer] "+t+" [agent] "+pick(b.r, []string{"Thanks, updated.", "Noted!", "OK"}), "shop.platform", js("shopee"))
	default:
		return b.event("helpdesk", "ticket updated", "ticket", obj(b.l.nameKey, js(b.name(p)), b.l.phoneKey, js(b.phone()), b.l.addressKey, js(b.addrFull()), "note", js(t)))
	}
}

func ctxLabel(b *bld) string {
	p := b.person()
	switch b.r.IntN(3) {
	case 0: // FedEx-like
		st, city := b.addrParts()
		shipper := obj("contact", obj("companyName", js(b.T("company"))), "address", obj("city", js(b.T("city"))))
		recip := obj("contact", obj("personName", js(b.name(p)), "phoneNumber", js(b.phone()), "emailAddress", js(b.email(p))),
			"address", obj("streetLines", "["+js(st)+"]", "city", js(city), "postalCode", js(b.T("postcode"))))
		customs := obj("commodities", "["+obj("harmonizedCode", js(b.T("hs_code")), "description", js(b.T("product_name")))+"]")
		return "fedex ship request " + obj("requestedShipment", obj("shipper", shipper, "recipients", "["+recip+"]", "customsClearanceDetail", customs),
			"accountNumber", obj("value", js(digitsN(b.r, 9)))) + " -> tracking " + b.T("fedex")
	case 1: // DHL Express
		st, _ := b.addrParts()
		return fmt.Sprintf("DHL createShipment ok awb=%s receiver.name=%q receiver.phone=%q receiver.address.line1=%q receiver.postal=%s bin=%s",
			b.T("dhl"), b.name(p), b.phone(), st, b.T("postcode"), b.T("bin_location"))
	default: // J&T / SF
		return "label.request " + obj("billCode", js(b.T("local_courier")), "receiver", obj("name", js(b.name(p)), "mobile", js(b.phone()), "prov", js(pick(b.r, b.l.cities)), "address", js(b.addrFull())),
			"sender", obj("name", js(b.T("company")), "postCode", js(b.T("postcode"))), "itemsValue", js(b.T("amount")))
	}
}

func ctxCSV(b *bld) string {
	p := b.person()
	sep := pick(b.r, []string{",", "\t", ";", "|"})
	q := func(s string) string {
		if sep == "," && strings.ContainsAny(s, ",\"") {
			return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
		}
		return s
	}
	row := strings.Join([]string{b.T("amazon_order"), q(b.name(p)), q(b.phone()), b.email(p), q(b.addrFull()), q(b.T("amount")), b.T("sku"), q(b.TR())}, sep)
	switch b.r.IntN(3) {
	case 0:
		return fmt.Sprintf("import orders.csv line %d: invalid postcode %q: %s", 2+b.r.IntN(5000), b.T("postcode"), row)
	case 1:
		hdr := strings.Join([]string{"order_id", "buyer_name", "phone", "email", "ship_address", "total", "sku", "ref"}, sep)
		return "export preview\n" + hdr + "\n" + row
	default:
		return row
	}
}

func ctxKafka(b *bld) string {
	p := b.person()
	loc := b.l
	var val string
	if b.r.IntN(2) == 0 {
		val = obj(b.key("buyer", "full", "name"), js(b.name(p)), b.key("contact", "phone"), js(b.phone()), b.key("email", "address"), js(b.email(p)),
			b.key("delivery", "address"), js(b.addrFull()), b.key("order", "id"), js(b.T("rakuten_order")), b.key("payout", "iban"), js(b.iban()))
	} else {
		val = obj(loc.nameKey, js(b.name(p)), loc.phoneKey, js(b.phone()), loc.addressKey, js(b.addrFull()), "orderNo", js(b.T("meli_order")), "ean", js(b.T("ean13")), "isbn", js(b.T("isbn13")))
	}
	return b.event("order-events-consumer", "consumed record", "kafka.topic", js("orders.v1"), "kafka.partition", fmt.Sprint(b.r.IntN(12)), "kafka.offset", b.T("epoch_s"),
		"kafka.key", js(b.T("ulid")), "kafka.timestamp", b.T("epoch_ms_luhn"), "kafka.value", js(val), "kafka.headers", obj("traceparent", js(b.T("traceparent")), "x-upc", js(b.T("upc"))))
}

func ctxForm(b *bld) string {
	p := b.person()
	k, v := b.anyCred()
	parts := []string{
		"checkout[email]=" + qe(b.email(p)), "checkout[shipping_address][first_name]=" + qe(b.name(p)), "checkout[shipping_address][address1]=" + qe(b.addrFull()),
		"checkout[shipping_address][phone]=" + qe(b.phone()), "checkout[shipping_address][zip]=" + qe(b.T("postcode")), "build_sha=" + b.T("git_sha40"),
		qe(k) + "=" + qe(v), "utm_content=" + qe(b.T("product_name")), "commit=" + b.T("git_sha7"),
	}
	if b.r.IntN(3) == 0 {
		parts = append(parts, "cn_id="+b.cnid(), "ean="+b.T("ean13"))
	}
	b.r.Shuffle(len(parts), func(i, j int) { parts[i], parts[j] = parts[j], parts[i] })
	return fmt.Sprintf("POST /cart/checkout %s form=%s", b.T("status_code"), strings.Join(parts, "&"))
}

// lfq quotes a logfmt value that holds a space.
func lfq(s string) string {
	if strings.ContainsAny(s, " \"=") {
		return `"` + strings.ReplaceAll(s, `"`, `\"`) + `"`
	}
	return s
}
