package fifteentheval

import (
	"strings"
)

// The contexts: each writes one line of a log source of a seller's mobile,
// identity and finance side, with PII (withPII) or without.

var contextNames = []string{"mobile_crash", "push", "deeplink", "analytics", "kyc", "sms_voice", "tax_invoice", "loyalty", "b2b", "finance", "seller_api", "app_logger", "infra", "ci_secrets"}

func (g *gen) context(ctx string, loc *locale, withPII bool) {
	switch ctx {
	case "mobile_crash":
		g.mobileCrash(loc, withPII)
	case "push":
		g.push(loc, withPII)
	case "deeplink":
		g.deeplink(loc, withPII)
	case "analytics":
		g.analytics(loc, withPII)
	case "kyc":
		g.kyc(loc, withPII)
	case "sms_voice":
		g.smsVoice(loc, withPII)
	case "tax_invoice":
		g.taxInvoice(loc, withPII)
	case "loyalty":
		g.loyalty(loc, withPII)
	case "b2b":
		g.b2b(loc, withPII)
	case "finance":
		g.finance(loc, withPII)
	case "seller_api":
		g.sellerAPI(loc, withPII)
	case "app_logger":
		g.appLogger(loc, withPII)
	case "infra":
		g.infra(loc, withPII)
	case "ci_secrets":
		g.ciSecrets(loc, withPII)
	}
}

// ev writes an event with a timestamp and the given fields.
func (g *gen) ev(kv ...string) string {
	return obj(append([]string{"@timestamp", g.ts()}, kv...)...)
}

// phoneAny writes a person's phone in one of the ways the world writes it.
func (g *gen) phoneAny(pr *person, form string) (*pii, string) {
	var w string
	switch g.n(10) {
	case 0, 1, 2, 3:
		w = pr.phone
	case 4:
		if pr.loc.nativeDigit != 0 {
			w = nativeDigits(pr.phone, pr.loc.nativeDigit)
			form = "native"
		} else if pr.loc.cc == "JP" || pr.loc.cc == "CN" {
			w = fullWidth(pr.phone)
			form = "native"
		} else {
			w = g.intl(pr)
		}
	case 5:
		w = pr.loc.dial + pr.nsn
	default:
		w = g.intl(pr)
	}
	return g.phoneP(w, pr.nsn, form, pr.loc), w
}

func (g *gen) cardAny(form string) (*pii, string) {
	d, is := g.card()
	w := g.groupCard(d, is)
	return g.cardP(w, form), w
}

func (g *gen) ibanAny(loc *locale, form string) (*pii, string) {
	ib := g.iban(loc.ibanCC)
	w := ib
	if g.chance(0.5) {
		w = groupBy(ib, 4, " ")
	}
	return g.ibanP(w, form), w
}

// ---- mobile crash reports ----------------------------------------------------------

func (g *gen) mobileCrash(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(6) {
	case 5: // OkHttp logging interceptor on a debug build
		g.begin("mobile_crash", false, loc)
		if !withPII {
			g.end("I/okhttp.OkHttpClient: <-- " + g.status() + " https://api.seller.example" + g.path() + " (" + g.duration() + ")")
			return
		}
		cd, cw := g.cardAny("json_str")
		g.end("I/okhttp.OkHttpClient: {\"cardNumber\":\"" + g.put(cd, cw) + "\",\"expiry\":\"1" + itoa(g.n(3)) + "/2" + itoa(g.between(7, 9)) + "\",\"amount\":" + g.amount() + "}")
	case 0: // Sentry event as indexed
		g.begin("mobile_crash", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "seller-app-ios", "event.dataset", "sentry.event", "sentry.event_id", g.hex(32), "release", g.appVersion(), "contexts.device.model", g.product(),
				"message", "Fatal error: Unexpectedly found nil while unwrapping an Optional value in OrderDetailViewController "+g.path(), "trace.id", g.traceID()))
			return
		}
		em := g.emailP(pr.email, "field", loc)
		nm := g.nameP(pr, "field")
		ph, pw := g.phoneAny(pr, "url_query")
		crumbs := `[{"category":"navigation","message":"/orders/` + g.amazonOrder() + `"},{"category":"http","data":{"method":"POST","url":"https://api.seller.example/v1/profile?phone=` + g.put(ph, qe(pw)) + `&lang=` + loc.code + `","status_code":` + g.status() + `}}]`
		g.end(g.ev("service.name", "seller-app-ios", "event.dataset", "sentry.event", "user.id", g.digits(8), "user.email", g.put(em, pr.email), "user.username", g.put(nm, pr.full),
			"breadcrumbs", crumbs, "release", g.appVersion(), "contexts.device.model", g.product(), "message", "NSInvalidArgumentException in CheckoutViewController", "trace.id", g.traceID()))
	case 1: // Android Logcat with Crashlytics keys and a data class
		g.begin("mobile_crash", false, loc)
		head := "11-" + two(g.between(1, 28)) + " 09:" + two(g.n(60)) + ":" + two(g.n(60)) + ".456  " + itoa(g.between(1000, 9999)) + "  " + itoa(g.between(1000, 9999))
		if !withPII {
			g.end(head + " E AndroidRuntime: FATAL EXCEPTION: main Process: com.seller.hub, PID: " + itoa(g.between(1000, 30000)) + " java.lang.NullPointerException at com.seller.hub.orders.OrderAdapter.bind(OrderAdapter.kt:" + itoa(g.between(10, 400)) + ") sku=" + g.sku())
			return
		}
		if g.chance(0.5) {
			ph, pw := g.phoneAny(pr, "kv")
			g.end(head + " I FirebaseCrashlytics: Custom key set: buyer_phone = " + g.put(ph, pw) + " (order " + g.shopeeOrder() + ", app " + g.appVersion() + ")")
			return
		}
		nm := g.nameP(pr, "text")
		ad := g.addrP(pr.addr, pr.addr.full, "text", loc)
		g.end(head + " D CheckoutVM: submitOrder(ShippingInfo(recipientName=" + g.put(nm, pr.full) + ", address=" + g.put(ad, pr.addr.full) + ", total=" + g.price() + ", sku=" + g.sku() + "))")
	case 2: // Bugsnag payload kept as a JSON string
		g.begin("mobile_crash", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "seller-app-android", "bugsnag.payload", obj("errorClass", "SocketTimeoutException", "context", g.path(), "app", raw(obj("version", g.appVersion())), "device", raw(obj("id", g.deviceID())))))
			return
		}
		nm := g.nameP(pr, "json_str")
		em := g.emailP(pr.email, "json_str", loc)
		ad := g.addrP(pr.addr, pr.addr.line1, "json_str", loc)
		payload := obj("errorClass", "IllegalStateException", "user", raw(obj("id", g.digits(7), "name", g.put(nm, pr.full), "email", g.put(em, pr.email))),
			"metaData", raw(obj("checkout", raw(obj("line1", g.put(ad, jesc(pr.addr.line1)), "order", g.lazadaOrder(), "total", g.price())))))
		g.end(g.ev("service.name", "seller-app-android", "event.dataset", "bugsnag", "bugsnag.payload", payload, "device.id", g.deviceID()))
	case 3: // Swift os_log line
		g.begin("mobile_crash", false, loc)
		head := "2026-11-" + two(g.between(1, 28)) + " 09:12:33.456789+0800 SellerHub[" + itoa(g.between(100, 999)) + ":" + g.hex(5) + "] "
		if !withPII {
			g.end(head + "[Network] request " + g.path() + " finished status=" + g.status() + " in " + g.duration() + " build " + g.build())
			return
		}
		em := g.emailP(pr.email, "kv", loc)
		pw := g.password()
		cr := g.credP(pw, "kv")
		g.end(head + "[Auth] signIn failed email=" + g.put(em, pr.email) + " password=" + g.put(cr, pw.v) + " attempt=" + itoa(g.between(1, 5)) + " device=" + g.deviceID())
	default: // Crashlytics breadcrumbs as a multi-line block with user context
		g.begin("mobile_crash", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "seller-app-android", "event.dataset", "crashlytics", "message", "Crash in ReturnsFragment\nbreadcrumb: open "+g.path()+"\nbreadcrumb: tap "+g.sku(), "app.version", g.appVersion()))
			return
		}
		nm := g.nameP(pr, "multiline")
		ph, pw := g.phoneAny(pr, "multiline")
		g.end(g.ev("service.name", "seller-app-android", "event.dataset", "crashlytics", "message", "Crash in ProfileFragment\nuser: "+g.put(nm, pr.full)+"\nbreadcrumb: edit phone "+g.put(ph, pw)+"\nbreadcrumb: save "+g.amazonOrder(), "app.version", g.appVersion()))
	}
}

// ---- push notifications ------------------------------------------------------------

func (g *gen) push(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(4) {
	case 0: // FCM legacy send logged with its header
		g.begin("push", false, loc)
		if !withPII {
			g.end("fcm send ok message_id=0:" + g.digits(16) + "%" + g.hex(16) + " campaign=" + g.holiday() + " sent=" + itoa(g.between(10, 9000)))
			return
		}
		k := g.apiKey()
		for k.kind != "fcm_server_key" && g.chance(0.7) {
			k = g.apiKey()
		}
		cr := g.credP(k, "header")
		nm := g.nameP(pr, "json_str")
		ad := g.addrP(pr.addr, pr.addr.line1, "json_str", loc)
		body := obj("to", g.alnum(22)+":APA91b"+g.alnum(30), "notification", raw(obj("title", "📦 "+g.put(nm, pr.full)+", "+pick(g, []string{"your parcel is on its way", "paket kamu sedang dikirim", "tu pedido va en camino"}), "body", "Delivering to "+g.put(ad, jesc(pr.addr.line1))+" today")), "data", raw(obj("order_id", g.tiktokOrder())))
		g.end("POST https://fcm.googleapis.com/fcm/send Authorization: key=" + g.put(cr, k.v) + " body=" + body)
	case 1: // APNs payload as an event field
		g.begin("push", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "notifier", "apns.topic", "com.seller.hub", "apns.payload", obj("aps", raw(obj("alert", raw(obj("title", g.holiday()+" sale starts now", "body", g.product()+" from "+g.price())))))))
			return
		}
		nm := g.nameP(pr, "json_str")
		ph, pw := g.phoneAny(pr, "json_str")
		g.end(g.ev("service.name", "notifier", "apns.topic", "com.seller.hub", "apns.payload", obj("aps", raw(obj("alert", raw(obj("title", loc.hello+" "+g.put(nm, pr.full), "body", "Courier will call "+g.put(ph, pw)+" for "+g.shopeeOrder())))), "order_total", g.price())))
	case 2: // rendered template in the buyer's language
		g.begin("push", false, loc)
		if !withPII {
			g.end("push template rendered template=flash_sale locale=" + loc.code + " text=\"" + g.holiday() + ": " + g.product() + " " + g.price() + "\"")
			return
		}
		nm := g.nameP(pr, "template")
		ad := g.addrP(pr.addr, pr.addr.full, "template", loc)
		g.end("push template rendered template=order_shipped locale=" + loc.code + " text=\"" + loc.hello + " " + g.put(nm, pr.full) + ", " + g.shopeeOrder() + " → " + g.put(ad, pr.addr.full) + " (" + g.price() + ")\"")
	default: // push token registration with e-mail in a header
		g.begin("push", false, loc)
		if !withPII {
			g.end("device registered platform=ios token_len=64 app=" + g.appVersion() + " device=" + g.deviceID())
			return
		}
		em := g.emailP(pr.email, "header", loc)
		g.end("POST /v1/devices 201 X-User-Email: " + g.put(em, pr.email) + " X-Device-Id: " + g.deviceID() + " X-App-Version: " + g.appVersion())
	}
}

// ---- deep links ----------------------------------------------------------------------

func (g *gen) deeplink(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(3) {
	case 0:
		g.begin("deeplink", false, loc)
		if !withPII {
			g.end("deeplink opened url=sellerhub://product/" + g.sku() + "?utm_source=push&utm_campaign=" + qe(g.holiday()) + "&ref=" + g.refCode())
			return
		}
		em := g.emailP(pr.email, "url_query", loc)
		ph, pw := g.phoneAny(pr, "url_query")
		nm := g.nameP(pr, "url_query")
		g.end("deeplink opened url=sellerhub://checkout/confirm?email=" + g.put(em, qe(pr.email)) + "&phone=" + g.put(ph, qe(pw)) + "&name=" + g.put(nm, qe(pr.full)) + "&order=" + g.amazonOrder() + " source=sms")
	case 1:
		g.begin("deeplink", true, loc)
		if !withPII {
			g.end(g.ev("event.dataset", "branch.open", "branch.link", "https://seller.app.link/"+g.alnum(11)+"?$og_title="+qe(g.product()), "device.id", g.deviceID()))
			return
		}
		nm := g.nameP(pr, "url_query")
		ad := g.addrP(pr.addr, pr.addr.full, "url_query", loc)
		g.end(g.ev("event.dataset", "branch.open", "branch.link", "https://seller.app.link/"+g.alnum(11)+"?buyer_name="+g.put(nm, qe(pr.full))+"&ship_to="+g.put(ad, qe(pr.addr.full))+"&total="+qe(g.price()), "device.id", g.deviceID()))
	default: // a magic-link sign-in, double encoded in a redirect
		g.begin("deeplink", false, loc)
		if !withPII {
			g.end("GET /l/redirect?to=" + qe("https://seller.example/orders/"+g.ebayOrder()) + " 302 " + g.duration())
			return
		}
		em := g.emailP(pr.email, "url_query", loc)
		k := g.otp()
		cr := g.credP(k, "url_query")
		inner := "https://seller.example/verify?email=" + qe(pr.email) + "&code=" + k.v
		g.put(em, qe(qe(pr.email)))
		g.put(cr, k.v)
		g.end("GET /l/redirect?to=" + qe(inner) + " 302 " + g.duration() + " trace=" + g.traceID())
	}
}

// ---- analytics SDKs ---------------------------------------------------------------------

func (g *gen) analytics(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(3) {
	case 0: // Segment identify with traits
		g.begin("analytics", true, loc)
		if !withPII {
			g.end(g.ev("segment.type", "track", "segment.event", "Product Viewed", "segment.anonymousId", g.uuid(), "segment.properties.sku", g.sku(), "segment.properties.price", g.price(), "segment.properties.name", g.product()))
			return
		}
		nm := g.nameP(pr, "field")
		em := g.emailP(pr.email, "field", loc)
		ph, pw := g.phoneAny(pr, "field")
		ad := g.addrP(pr.addr, pr.addr.line1, "field", loc)
		g.end(g.ev("segment.type", "identify", "segment.userId", g.digits(9), "segment.traits.name", g.put(nm, pr.full), "segment.traits.email", g.put(em, pr.email),
			"segment.traits.phone", g.put(ph, pw), "segment.traits.address.street", g.put(ad, pr.addr.line1), "segment.traits.plan", "seller_pro", "segment.anonymousId", g.uuid()))
	case 1: // Amplitude event with properties as a string
		g.begin("analytics", true, loc)
		if !withPII {
			g.end(g.ev("amplitude.event_type", "checkout_started", "amplitude.event_properties", obj("cart_value", g.price(), "items", raw(itoa(g.between(1, 9))), "coupon", g.holiday()), "amplitude.device_id", g.deviceID()))
			return
		}
		nm := g.nameP(pr, "json_str")
		ph, pw := g.phoneAny(pr, "json_str")
		g.end(g.ev("amplitude.event_type", "address_saved", "amplitude.user_properties", obj("$set", raw(obj("full_name", g.put(nm, pr.full), "buyer_phone", g.put(ph, pw), "tier", "gold"))), "amplitude.device_id", g.deviceID(), "amplitude.app_version", g.appVersion()))
	default: // GA4 collect hit with the page URL encoded inside
		g.begin("analytics", false, loc)
		if !withPII {
			g.end("GET /g/collect?v=2&tid=G-" + g.upperAlnum(10) + "&cid=" + g.ga4Client() + "&en=page_view&dl=" + qe("https://shop.example/p/"+g.sku()) + " 204")
			return
		}
		em := g.emailP(pr.email, "url_query", loc)
		page := "https://shop.example/checkout/thanks?email=" + qe(pr.email) + "&order=" + g.shopifyOrder()
		g.put(em, qe(qe(pr.email)))
		g.end("GET /g/collect?v=2&tid=G-" + g.upperAlnum(10) + "&cid=" + g.ga4Client() + "&en=purchase&dl=" + qe(page) + "&ep.value=" + g.amount() + " 204")
	}
}

// ---- identity and KYC ---------------------------------------------------------------------

func (g *gen) kyc(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(5) {
	case 0: // document check event
		g.begin("kyc", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "kyc-gateway", "kyc.check_id", g.uuid(), "kyc.status", "approved", "kyc.provider", "onfido", "event.duration", g.seconds()))
			return
		}
		cid := g.cnID()
		id := g.cnidP(cid, "field")
		nm := g.nameP(pr, "echo")
		g.end(g.ev("service.name", "kyc-gateway", "kyc.check_id", g.uuid(), "kyc.document.type", "cn_resident_id", "kyc.document.number", g.put(id, cid), "kyc.applicant.full_name", g.put(nm, pr.full),
			"message", "document check passed for "+g.put(nm, pr.full)+" (id ending "+cid[14:]+")", "kyc.score", "0.97"))
	case 1: // sanctions screening
		g.begin("kyc", false, loc)
		if !withPII {
			g.end("sanctions screening result=NO_MATCH lists=OFAC,UN,EU batch=" + g.uuid() + " screened=" + itoa(g.between(10, 900)) + " took " + g.duration())
			return
		}
		nm := g.nameP(pr, "kv")
		other := g.person(loc)
		nm2 := g.nameP(other, "kv")
		g.end("sanctions screening result=POTENTIAL_MATCH applicant=\"" + g.put(nm, pr.full) + "\" matched=\"" + g.put(nm2, other.full) + "\" list=" + g.sanctionsRef() + " score=0." + itoa(g.between(70, 99)) + " reviewer=" + g.title())
	case 2: // Chinese real-name verification in text
		g.begin("kyc", false, locales[14])
		if !withPII {
			g.end("实名认证回调 status=SUCCESS 流水号=" + g.invoiceNo() + " 耗时=" + g.duration())
			return
		}
		cn := g.person(locales[14])
		cid := g.cnID()
		id := g.cnidP(cid, "text")
		nm := g.nameP(cn, "text")
		ph, pw := g.phoneAny(cn, "text")
		g.end("实名认证成功：姓名 " + g.put(nm, cn.full) + "，身份证号 " + g.put(id, cid) + "，手机 " + g.put(ph, pw) + "，店铺 " + g.brand())
	case 3: // seller onboarding form body
		g.begin("kyc", false, loc)
		if !withPII {
			g.end("POST /seller/onboard 400 body=legal_form=gmbh&country=" + loc.cc + "&category=" + qe(g.product()) + " error=missing_document")
			return
		}
		nm := g.nameP(pr, "form_body")
		ib, iw := g.ibanAny(loc, "form_body")
		ph, pw := g.phoneAny(pr, "form_body")
		g.end("POST /seller/onboard 201 body=shop_name=" + qe(g.company()) + "&owner_name=" + g.put(nm, qe(pr.full)) + "&payout_iban=" + g.put(ib, qe(iw)) + "&contact_phone=" + g.put(ph, qe(pw)) + "&category=" + qe(g.product()))
	default: // selfie liveness with known name echoed
		g.begin("kyc", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "liveness", "message", "liveness check completed similarity=0."+itoa(g.between(80, 99)), "kyc.session", g.uuid()))
			return
		}
		nm := g.nameP(pr, "text")
		g.end(g.ev("service.name", "liveness", "message", "selfie matched document for applicant "+g.put(nm, pr.full)+", similarity 0."+itoa(g.between(80, 99))+", reviewer "+g.title(), "kyc.session", g.uuid()))
	}
}

// ---- SMS and voice gateways ----------------------------------------------------------------

func (g *gen) smsVoice(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(6) {
	case 5: // inbound SMS reply in the buyer's language, code-switching
		g.begin("sms_voice", false, loc)
		if !withPII {
			g.end("inbound sms from shortcode 72" + g.digits(3) + ": STOP")
			return
		}
		ph := g.phoneP("+"+loc.dial+pr.nsn, pr.nsn, "text", loc)
		ad := g.addrP(pr.addr, pr.addr.full, "text", loc)
		g.end("inbound sms from " + g.put(ph, "+"+loc.dial+pr.nsn) + ": \"" + loc.hello + ", " + loc.addrWord + " " + g.put(ad, pr.addr.full) + " pls deliver besok ya, order " + g.anyOrder() + " " + loc.thanks + "\"")
	case 0: // Twilio status callback form body
		g.begin("sms_voice", false, loc)
		if !withPII {
			g.end("POST /twilio/status body=SmsSid=SM" + g.hex(32) + "&SmsStatus=delivered&ErrorCode=&ApiVersion=2010-04-01 " + g.status())
			return
		}
		ph := g.phoneP("+"+loc.dial+pr.nsn, pr.nsn, "form_body", loc)
		k := g.otp()
		cr := g.credP(k, "form_body")
		g.end("POST /twilio/status body=SmsSid=SM" + g.hex(32) + "&SmsStatus=delivered&To=" + g.put(ph, qe("+"+loc.dial+pr.nsn)) + "&Body=" + g.put(cr, qe("Your verification code is "+k.v)) + " " + g.status())
	case 1: // IVR call log
		g.begin("sms_voice", false, loc)
		if !withPII {
			g.end("ivr call_id=" + g.uuid() + " dnis=SIP/queue-" + itoa(g.between(100, 999)) + " menu=2 intent=order_status duration=" + g.seconds())
			return
		}
		ph, pw := g.phoneAny(pr, "kv")
		g.end("ivr call_id=" + g.uuid() + " caller=" + g.put(ph, pw) + " menu=2 intent=order_status order=" + g.anyOrder() + " duration=" + g.seconds())
	case 2: // CDR CSV row
		g.begin("sms_voice", false, loc)
		if !withPII {
			g.end("cdr," + g.uuid() + ",2026-11-14T09:12:33Z,SIP/agent-" + itoa(g.between(1000, 9999)) + ",NO ANSWER,0," + g.status())
			return
		}
		ph := g.phoneP("+"+loc.dial+pr.nsn, pr.nsn, "csv", loc)
		g.end("cdr," + g.uuid() + ",2026-11-14T09:12:33Z," + g.put(ph, "+"+loc.dial+pr.nsn) + ",SIP/agent-" + itoa(g.between(1000, 9999)) + ",ANSWERED," + g.seconds())
	case 3: // voicemail transcript in the buyer's language
		g.begin("sms_voice", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "voicemail", "voicemail.duration", raw(g.seconds()), "voicemail.transcript", "(silence)"))
			return
		}
		nm := g.nameP(pr, "text")
		ph, pw := g.phoneAny(pr, "text")
		g.end(g.ev("service.name", "voicemail", "voicemail.transcript", loc.hello+", "+loc.nameWord+" "+g.put(nm, pr.full)+", "+loc.phoneWord+" "+g.put(ph, pw)+", order "+g.anyOrder()+", "+loc.thanks, "voicemail.duration", raw(g.seconds())))
	default: // SMS gateway request with recipients
		g.begin("sms_voice", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "sms-gw", "sms.batch", g.uuid(), "sms.accepted", raw(itoa(g.between(1, 500)))))
			return
		}
		ph := g.phoneP(pr.loc.dial+pr.nsn, pr.nsn, "json_str", loc)
		nm := g.nameP(pr, "json_str")
		g.end(g.ev("service.name", "sms-gw", "http.request.body.content", obj("sender", "SELLERHUB", "recipients", arr(obj("number", g.put(ph, loc.dial+pr.nsn), "name", g.put(nm, pr.full))), "text", "Pesanan "+g.shopeeOrder()+" sudah dikirim")))
	}
}

// ---- tax and invoicing ------------------------------------------------------------------

func (g *gen) taxInvoice(loc *locale, withPII bool) {
	switch g.n(4) {
	case 0: // fapiao block
		cn := locales[14]
		pr := g.person(cn)
		g.begin("tax_invoice", false, cn)
		if !withPII {
			g.end("数电发票开具成功 发票号码: " + g.invoiceNo() + " 价税合计: " + g.price() + " 开票日期: " + g.date())
			return
		}
		nm := g.nameP(pr, "multiline")
		ad := g.addrP(pr.addr, pr.addr.full, "multiline", cn)
		ph := g.phoneP(pr.phone, pr.nsn, "multiline", cn)
		g.end("发票号码: " + g.invoiceNo() + "\n购买方名称: " + g.company() + "\n购买方地址电话: " + g.put(ad, pr.addr.full) + " " + g.put(ph, pr.phone) + "\n联系人: " + g.put(nm, pr.full) + "\n价税合计: " + g.price())
	case 1: // NF-e XML in a log line
		br := locales[6]
		pr := g.person(br)
		g.begin("tax_invoice", false, br)
		if !withPII {
			g.end("nfe autorizada chave=" + g.nfeKey() + " protocolo=1352" + g.digits(11) + " valor=" + g.price())
			return
		}
		nm := g.nameP(pr, "text")
		ad := g.addrP(pr.addr, pr.addr.line1, "text", br)
		em := g.emailP(pr.email, "text", br)
		g.end("nfe autorizada chave=" + g.nfeKey() + " xml=<dest><xNome>" + g.put(nm, pr.full) + "</xNome><enderDest><xLgr>" + g.put(ad, pr.addr.line1) + "</xLgr><xMun>" + pick(g, []string{"São Paulo", "Salvador", "Recife"}) + "</xMun></enderDest><email>" + g.put(em, pr.email) + "</email></dest>")
	case 2: // GST e-invoice request held as a string
		in := locales[13]
		pr := g.person(in)
		g.begin("tax_invoice", true, in)
		if !withPII {
			g.end(g.ev("service.name", "einvoice", "einvoice.irn", g.hex(64), "einvoice.status", "ACT", "einvoice.ack_no", g.digits(15)))
			return
		}
		ad := g.addrP(pr.addr, pr.addr.line1, "json_str", in)
		ph := g.phoneP(pr.nsn, pr.nsn, "json_str", in)
		em := g.emailP(pr.email, "json_str", in)
		g.end(g.ev("service.name", "einvoice", "einvoice.request", obj("Version", "1.1", "BuyerDtls", raw(obj("Gstin", g.gstin(), "LglNm", g.company(), "Addr1", g.put(ad, pr.addr.line1), "Loc", "Bengaluru", "Pin", raw("560038"), "Ph", g.put(ph, pr.nsn), "Em", g.put(em, pr.email))), "ValDtls", raw(obj("TotInvVal", raw(g.amount()))))))
	default: // EU VAT OSS report row
		pr := g.person(loc)
		g.begin("tax_invoice", false, loc)
		if !withPII {
			g.end("OSS;Q4-2026;" + loc.cc + ";" + g.vatNo() + ";" + g.amount() + ";EUR;" + g.invoiceNo())
			return
		}
		nm := g.nameP(pr, "csv")
		g.end("OSS;Q4-2026;" + loc.cc + ";" + g.put(nm, pr.full) + ";" + g.vatNo() + ";" + g.amount() + ";EUR;" + g.invoiceNo())
	}
}

// ---- loyalty, referral and gift cards -------------------------------------------------------

func (g *gen) loyalty(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(4) {
	case 0:
		g.begin("loyalty", false, loc)
		if !withPII {
			g.end("referral reward credited code=" + g.refCode() + " points=500 campaign=" + qe(g.holiday()))
			return
		}
		em := g.emailP(pr.email, "kv", loc)
		other := g.person(loc)
		nm := g.nameP(other, "kv")
		g.end("referral reward credited referrer=" + g.put(em, pr.email) + " referee=\"" + g.put(nm, other.full) + "\" code=" + g.refCode() + " points=500")
	case 1: // gift card redemption event
		g.begin("loyalty", true, loc)
		if !withPII {
			g.end(g.ev("giftcard.serial", g.giftCardNo(), "giftcard.balance", g.price(), "giftcard.status", "active"))
			return
		}
		k := g.otp()
		cr := g.credP(k, "field")
		nm := g.nameP(pr, "field")
		g.end(g.ev("giftcard.serial", g.giftCardNo(), "giftcard.pin", g.put(cr, k.v), "giftcard.redeemed_by.name", g.put(nm, pr.full), "giftcard.balance", g.price()))
	case 2: // tier change in prose
		g.begin("loyalty", false, loc)
		if !withPII {
			g.end("loyalty tier recalculation done members=" + itoa(g.between(100, 99999)) + " upgraded=" + itoa(g.between(1, 99)) + " at " + g.date())
			return
		}
		nm := g.nameP(pr, "text")
		g.end("Loyalty tier changed for " + g.put(nm, pr.full) + ": Silver -> Gold (points " + itoa(g.between(1000, 40000)) + ", " + g.holiday() + " bonus)")
	default: // profile diff
		g.begin("loyalty", false, loc)
		if !withPII {
			g.end("member profile updated member=" + g.digits(8) + " fields=[marketing_opt_in] by " + g.title())
			return
		}
		ph1, pw1 := g.phoneAny(pr, "diff")
		pr2 := g.person(loc)
		ph2, pw2 := g.phoneAny(pr2, "diff")
		g.end("member " + g.digits(8) + " profile updated: phone changed from " + g.put(ph1, pw1) + " to " + g.put(ph2, pw2) + " via app " + g.appVersion())
	}
}

// ---- B2B wholesale -------------------------------------------------------------------

func (g *gen) b2b(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(3) {
	case 0: // quote as a multi-line block
		g.begin("b2b", false, loc)
		if !withPII {
			g.end("Quote " + g.quoteNo() + "\nItems: " + g.sku() + " x 200 @ " + g.price() + "\nValid until " + g.date())
			return
		}
		nm := g.nameP(pr, "multiline")
		ad := g.addrP(pr.addr, pr.addr.full, "multiline", loc)
		ph, pw := g.phoneAny(pr, "multiline")
		g.end("Quote " + g.quoteNo() + "\nAttn: " + g.put(nm, pr.full) + "\n" + g.company() + "\n" + g.put(ad, pr.addr.full) + "\nTel: " + g.put(ph, pw) + "\nItems: " + g.sku() + " x 200 @ " + g.price())
	case 1: // purchase order event
		g.begin("b2b", true, loc)
		if !withPII {
			g.end(g.ev("po.number", g.poNo(), "po.status", "confirmed", "po.total", g.price(), "po.incoterm", "DAP"))
			return
		}
		nm := g.nameP(pr, "field")
		ad := g.addrP(pr.addr, pr.addr.line1, "field", loc)
		em := g.emailP(pr.email, "field", loc)
		g.end(g.ev("po.number", g.poNo(), "po.buyer_contact.name", g.put(nm, pr.full), "po.buyer_contact.email", g.put(em, pr.email), "po.ship_to.line1", g.put(ad, pr.addr.line1), "po.ship_to.country", loc.cc, "po.total", g.price()))
	default: // rendered e-mail template
		g.begin("b2b", false, loc)
		if !withPII {
			g.end("mail sent template=po_confirmation to=<redacted> subject=\"PO " + g.poNo() + " confirmed\" " + g.duration())
			return
		}
		nm := g.nameP(pr, "template")
		g.end("mail rendered template=po_confirmation body=\"Dear " + g.put(nm, pr.full) + ", thank you for your wholesale order " + g.poNo() + " (" + g.price() + "). Your " + g.title() + " will call you.\"")
	}
}

// ---- finance -----------------------------------------------------------------------------

func (g *gen) finance(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(8) {
	case 7: // a statement printed by pdftotext: values split over lines
		g.begin("finance", false, loc)
		if !withPII {
			g.end("Statement page 2 of 3\nBalance brought forward " + g.price() + "\nClosing balance " + g.price())
			return
		}
		d, is := g.card()
		w := g.groupCard(d, is)
		cut := 8
		if len(w) > 9 && w[4] == ' ' {
			cut = 9
		}
		cd := g.cardP(w, "split")
		nm := g.nameP(pr, "split")
		fam := strings.Fields(pr.full)
		first, rest := fam[0], strings.Join(fam[1:], " ")
		if rest == "" {
			first, rest = pr.full, ""
		}
		g.put(cd, w[:cut])
		g.put(cd, w[cut:])
		g.put(nm, first)
		if rest != "" {
			g.put(nm, rest)
		}
		g.end("Chargeback evidence, card " + w[:cut] + "\n" + w[cut:] + " holder " + first + "\n" + rest + " amount " + g.price() + " case " + g.disputeID())
	case 0: // payout reconciliation
		g.begin("finance", false, loc)
		if !withPII {
			g.end("reconciliation run=" + g.uuid() + " matched=" + itoa(g.between(10, 900)) + " unmatched=" + itoa(g.n(9)) + " payout " + g.payoutID() + " amount " + g.price())
			return
		}
		nm := g.nameP(pr, "text")
		ib, iw := g.ibanAny(loc, "text")
		g.end("payout " + g.payoutID() + " matched: beneficiary " + g.put(nm, pr.full) + " iban " + g.put(ib, iw) + " amount " + g.price() + " on " + g.date())
	case 1: // chargeback dispute with evidence text
		g.begin("finance", true, loc)
		if !withPII {
			g.end(g.ev("dispute.id", g.disputeID(), "dispute.reason", "product_not_received", "dispute.amount", g.price(), "payment.intent", g.piID()))
			return
		}
		nm := g.nameP(pr, "text")
		em := g.emailP(pr.email, "text", loc)
		cd, cw := g.cardAny("text")
		ad := g.addrP(pr.addr, pr.addr.full, "text", loc)
		g.end(g.ev("dispute.id", g.disputeID(), "dispute.evidence.text", "Customer "+g.put(nm, pr.full)+" ("+g.put(em, pr.email)+") claims non-delivery. Card "+g.put(cd, cw)+". Delivered to "+g.put(ad, pr.addr.full)+" on "+g.date()+", tracking "+g.tracking()+".", "dispute.amount", g.price()))
	case 2: // MT940 statement lines
		g.begin("finance", false, loc)
		if !withPII {
			g.end(":20:STMT" + g.digits(8) + "\n:25:" + loc.cc + "/" + g.digits(10) + "\n" + g.lk("mt940_balance", ":60F:C261114EUR"+strings.Replace(itoa(g.between(1, 99999))+"."+two(g.n(100)), ".", ",", 1)))
			return
		}
		nm := g.nameP(pr, "multiline")
		ib := g.iban(loc.ibanCC)
		ip := g.ibanP(ib, "multiline")
		g.end(g.lk("mt940_entry", ":61:2611141114C"+itoa(g.between(1, 9999))+","+two(g.n(100))+"NTRFNONREF") + "\n:86:/BENM/" + g.put(nm, strings.ToUpper(pr.full)) + "/IBAN/" + g.put(ip, ib) + "/REMI/Order " + g.amazonOrder())
	case 3: // CAMT.053 fragment
		g.begin("finance", false, loc)
		if !withPII {
			g.end("camt053 imported msg_id=" + g.uuid() + " entries=" + itoa(g.between(1, 400)))
			return
		}
		nm := g.nameP(pr, "text")
		ib := g.iban(loc.ibanCC)
		ip := g.ibanP(ib, "text")
		g.end("camt053 entry <Ntry><Amt Ccy=\"EUR\">" + g.amount() + "</Amt><RltdPties><Dbtr><Nm>" + g.put(nm, pr.full) + "</Nm></Dbtr><DbtrAcct><Id><IBAN>" + g.put(ip, ib) + "</IBAN></Id></DbtrAcct></RltdPties><RmtInf><Ustrd>" + g.invoiceNo() + "</Ustrd></RmtInf></Ntry>")
	case 4: // CSV bank statement import
		g.begin("finance", false, loc)
		if !withPII {
			g.end("2026-11-14;" + g.amount() + ";EUR;Stripe Payments Europe;" + g.payoutID() + ";" + g.invoiceNo())
			return
		}
		nm := g.nameP(pr, "csv")
		ib, iw := g.ibanAny(loc, "csv")
		g.end("2026-11-14;" + g.amount() + ";EUR;" + g.put(nm, pr.full) + ";" + g.put(ib, iw) + ";" + g.anyOrder())
	case 5: // journal export with a masked card beside the full one
		g.begin("finance", false, loc)
		if !withPII {
			g.end("JE-2026-" + g.digits(6) + " DR 1200 CR 4000 " + g.amount() + " memo=\"refund " + g.disputeID() + "\"")
			return
		}
		d, is := g.card()
		w := g.groupCard(d, is)
		cd := g.cardP(w, "mask_beside")
		nm := g.nameP(pr, "kv")
		g.end("JE-2026-" + g.digits(6) + " DR 1200 CR 4000 " + g.amount() + " memo=\"refund to card ****" + d[len(d)-4:] + " (" + g.put(cd, w) + ")\" holder=\"" + g.put(nm, pr.full) + "\"")
	default: // card in a request body held as a string
		g.begin("finance", true, loc)
		if !withPII {
			g.end(g.ev("http.request.method", "POST", "url.path", g.path(), "http.request.body.content", obj("amount", raw(g.amount()), "currency", "EUR", "order", g.anyOrder())))
			return
		}
		cd, cw := g.cardAny("json_str")
		nm := g.nameP(pr, "json_str")
		g.end(g.ev("http.request.method", "POST", "url.path", g.path(), "http.request.body.content", obj("card", raw(obj("number", g.put(cd, cw), "exp", "0"+itoa(g.between(1, 9))+"/3"+itoa(g.n(3)), "holder", g.put(nm, pr.full))), "amount", raw(g.amount()))))
	}
}

// ---- marketplace seller-centre APIs ---------------------------------------------------------

func (g *gen) sellerAPI(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(6) {
	case 5: // cross-border order cleared by China customs: the buyer's resident id
		cn := locales[14]
		pc := g.person(cn)
		g.begin("seller_api", true, cn)
		if !withPII {
			g.end(g.ev("marketplace", "tmall_global", "customs.declaration_no", g.invoiceNo(), "customs.status", "RELEASED"))
			return
		}
		cid := g.cnID()
		id := g.cnidP(cid, "json_str")
		nm := g.nameP(pc, "json_str")
		ph, pw := g.phoneAny(pc, "json_str")
		g.end(g.ev("marketplace", "tmall_global", "http.request.body.content", obj("order_id", g.tiktokOrder(), "customs", raw(obj("buyer_real_name", g.put(nm, pc.full), "buyer_id_card_no", g.put(id, cid), "buyer_mobile", g.put(ph, pw))), "declared_value", g.price())))
	case 4: // a webhook's payload logged by PHP inside a JSON message: escaped twice
		g.begin("seller_api", true, loc)
		if !withPII {
			g.end(g.ev("service.name", "webhooks", "message", "lazada push "+obj("event", "order_status_update", "data", obj("trade_order_id", g.lazadaOrder(), "status", "shipped"))))
			return
		}
		nm := g.nameP(pr, "json_twice")
		ad := g.addrP(pr.addr, pr.addr.line1, "json_twice", loc)
		ph, pw := g.phoneAny(pr, "json_twice")
		inner := `{"buyer_name":"` + jescU(pr.full) + `","address1":"` + jescU(pr.addr.line1) + `","phone":"` + jescU(pw) + `","trade_order_id":"` + g.lazadaOrder() + `"}`
		twice := func(x string) string { return jesc(jesc(jescU(x))) }
		g.put(nm, twice(pr.full))
		g.put(ad, twice(pr.addr.line1))
		g.put(ph, twice(pw))
		g.end(g.ev("service.name", "webhooks", "message", "lazada push "+obj("event", "order_status_update", "data", inner)))
	case 0: // order detail response
		g.begin("seller_api", true, loc)
		if !withPII {
			g.end(g.ev("marketplace", "shopee", "http.response.status_code", raw(g.status()), "http.response.body.content", obj("order_sn", g.shopeeOrder(), "order_status", "READY_TO_SHIP", "total_amount", raw(g.amount()))))
			return
		}
		nm := g.nameP(pr, "json_str")
		ph, pw := g.phoneAny(pr, "json_str")
		ad := g.addrP(pr.addr, pr.addr.full, "json_str", loc)
		g.end(g.ev("marketplace", pick(g, []string{"shopee", "lazada", "tiktok"}), "http.response.body.content", obj("order_sn", g.shopeeOrder(), "recipient_address", raw(obj("name", g.put(nm, pr.full), "phone", g.put(ph, pw), "full_address", g.put(ad, jesc(pr.addr.full)))), "item_list", arr(obj("item_sku", g.sku(), "model_name", g.product())))))
	case 1: // access log of a signed API call
		g.begin("seller_api", false, loc)
		if !withPII {
			g.end("GET /api/v2/logistics/get_tracking_number?partner_id=" + g.digits(7) + "&shop_id=" + g.digits(9) + "&order_sn=" + g.shopeeOrder() + " " + g.status() + " " + g.duration())
			return
		}
		k := cred{"access_token", g.hex(32), "", false}
		cr := g.credP(k, "url_query")
		g.end("GET /api/v2/order/get_order_detail?partner_id=" + g.digits(7) + "&timestamp=" + g.epochS() + "&access_token=" + g.put(cr, k.v) + "&shop_id=" + g.digits(9) + "&order_sn_list=" + g.shopeeOrder() + " " + g.status() + " " + g.duration())
	case 2: // Mercado Libre buyer object
		g.begin("seller_api", true, loc)
		if !withPII {
			g.end(g.ev("marketplace", "mercadolibre", "order.id", g.meliOrder(), "order.status", "paid", "order.total_amount", g.amount()))
			return
		}
		nm := g.nameP(pr, "field")
		g.put(nm, pr.given)
		g.put(nm, pr.family)
		g.end(g.ev("marketplace", "mercadolibre", "order.id", g.meliOrder(), "order.buyer.first_name", pr.given, "order.buyer.last_name", pr.family, "order.buyer.nickname", strings.ToUpper(g.f.Username())+g.digits(2), "order.total_amount", g.amount()))
	default: // Allegro / eBay checkout
		g.begin("seller_api", true, loc)
		if !withPII {
			g.end(g.ev("marketplace", "allegro", "checkout_form.id", g.allegroOrder(), "checkout_form.status", "READY_FOR_PROCESSING"))
			return
		}
		em := g.emailP(pr.email, "echo", loc)
		nm := g.nameP(pr, "echo")
		g.end(g.ev("marketplace", pick(g, []string{"allegro", "ebay"}), "checkout_form.id", g.allegroOrder(), "buyer.email", g.put(em, pr.email), "buyer.name", g.put(nm, pr.full),
			"message", "order "+g.ebayOrder()+" synced for "+g.put(nm, pr.full)+" <"+g.put(em, pr.email)+">"))
	}
}

// ---- application loggers --------------------------------------------------------------------

func (g *gen) appLogger(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(10) {
	case 9: // Node pino with the request body as a string
		g.begin("app_logger", true, loc)
		if !withPII {
			g.end(g.ev("level", raw("30"), "msg", "request completed", "req.method", "POST", "req.url", g.path(), "res.statusCode", raw(g.status()), "responseTime", raw(itoa(g.between(2, 900)))))
			return
		}
		cd, cw := g.cardAny("json_str")
		em := g.emailP(pr.email, "json_str", loc)
		body := obj("paymentMethod", raw(obj("type", "card", "card", raw(obj("number", g.put(cd, cw), "exp_month", raw(itoa(g.between(1, 12))), "exp_year", raw("2029"))))), "billing_email", g.put(em, pr.email), "orderId", g.anyOrder())
		g.end(g.ev("level", raw("30"), "msg", "incoming request", "req.method", "POST", "req.url", g.path(), "req.body", body))
	case 0: // Python logging
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("2026-11-14 09:12:33,456 INFO [payments.webhook] charge succeeded " + g.piID() + " amount=" + g.price() + " order=" + g.anyOrder())
			return
		}
		nm := g.nameP(pr, "text")
		em := g.emailP(pr.email, "text", loc)
		g.end("2026-11-14 09:12:33,456 INFO [payments.webhook] charge succeeded for customer " + g.put(nm, pr.full) + " <" + g.put(em, pr.email) + "> amount=" + g.price())
	case 1: // Java with MDC
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("2026-11-14 09:12:33.456 [http-nio-8080-exec-4] INFO  c.s.k.KycService - [traceId=" + g.traceID() + " spanId=" + g.spanID() + "] verification queued")
			return
		}
		em := g.emailP(pr.email, "kv", loc)
		ph, pw := g.phoneAny(pr, "kv")
		g.end("2026-11-14 09:12:33.456 [http-nio-8080-exec-4] INFO  c.s.k.KycService - [traceId=" + g.traceID() + " userEmail=" + g.put(em, pr.email) + "] verification submitted phone=" + g.put(ph, pw))
	case 2: // Go slog text
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("time=2026-11-14T09:12:33.456Z level=INFO msg=\"payout created\" payout=" + g.payoutID() + " amount=" + g.amount())
			return
		}
		nm := g.nameP(pr, "kv")
		ib, iw := g.ibanAny(loc, "kv")
		g.end("time=2026-11-14T09:12:33.456Z level=INFO msg=\"bank account added\" seller.name=\"" + g.put(nm, pr.full) + "\" iban=\"" + g.put(ib, iw) + "\" payout=" + g.payoutID())
	case 3: // zap JSON event
		g.begin("app_logger", true, loc)
		if !withPII {
			g.end(g.ev("log.level", "info", "caller", "payout/service.go:88", "message", "payout batch closed", "batch", g.uuid()))
			return
		}
		nm := g.nameP(pr, "field")
		ib, iw := g.ibanAny(loc, "field")
		g.end(g.ev("log.level", "info", "caller", "payout/service.go:88", "message", "bank account verified", "account_holder", g.put(nm, pr.full), "iban", g.put(ib, iw)))
	case 4: // Rust tracing span fields
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("2026-11-14T09:12:33.456Z  INFO kyc::verify{check=" + g.uuid() + "}: document accepted")
			return
		}
		nm := g.nameP(pr, "kv")
		ph, pw := g.phoneAny(pr, "kv")
		g.end("2026-11-14T09:12:33.456Z  INFO kyc::verify{applicant=\"" + g.put(nm, pr.full) + "\" phone=\"" + g.put(ph, pw) + "\"}: document accepted")
	case 5: // PHP monolog with context array
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("[2026-11-14 09:12:33] app.WARNING: SMTP slow {\"host\":\"smtp.mailgun.org\",\"ms\":" + itoa(g.between(100, 9000)) + "} []")
			return
		}
		pw := g.password()
		cr := g.credP(pw, "json_str")
		g.end("[2026-11-14 09:12:33] app.ERROR: SMTP auth failed {\"smtp_user\":\"postmaster@seller.example\",\"smtp_pass\":\"" + g.put(cr, jesc(pw.v)) + "\"} []")
	case 6: // Rails parameters
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("Completed 200 OK in " + g.duration() + " (Views: 3.1ms | ActiveRecord: 1.2ms) order=" + g.anyOrder())
			return
		}
		nm := g.nameP(pr, "kv")
		ph, pw := g.phoneAny(pr, "kv")
		g.end("  Parameters: {\"buyer\"=>{\"name\"=>\"" + g.put(nm, pr.full) + "\", \"phone\"=>\"" + g.put(ph, pw) + "\", \"sku\"=>\"" + g.sku() + "\"}}")
	case 7: // .NET Serilog rendered template
		g.begin("app_logger", true, loc)
		if !withPII {
			g.end(g.ev("@mt", "Order {OrderId} shipped", "@m", "Order "+g.amazonOrder()+" shipped", "level", "Information"))
			return
		}
		nm := g.nameP(pr, "template")
		ad := g.addrP(pr.addr, pr.addr.full, "template", loc)
		g.end(g.ev("@mt", "Customer {CustomerName} updated shipping address to {Address}", "@m", "Customer "+g.put(nm, pr.full)+" updated shipping address to "+g.put(ad, pr.addr.full), "level", "Information"))
	default: // Kotlin / Swift model toString
		g.begin("app_logger", false, loc)
		if !withPII {
			g.end("D/CartRepo: loadCart(Cart(items=3, total=" + g.price() + ", coupon=" + g.holiday() + "))")
			return
		}
		nm := g.nameP(pr, "kv")
		em := g.emailP(pr.email, "kv", loc)
		ph, pw := g.phoneAny(pr, "kv")
		g.end("D/ProfileRepo: saveProfile(Profile(fullName=" + g.put(nm, pr.full) + ", phone=" + g.put(ph, pw) + ", email=" + g.put(em, pr.email) + ", tier=GOLD))")
	}
}

// ---- infrastructure --------------------------------------------------------------------

func (g *gen) infra(loc *locale, withPII bool) {
	pr := g.person(loc)
	switch g.n(7) {
	case 6: // GraphQL mutation adding a card, logged as text
		g.begin("infra", false, loc)
		if !withPII {
			g.end("graphql op=AddPaymentMethod status=error code=CARD_DECLINED took " + g.duration() + " trace=" + g.traceID())
			return
		}
		cd, cw := g.cardAny("json_str")
		nm := g.nameP(pr, "json_str")
		g.end("graphql op=AddPaymentMethod variables={\"input\":{\"cardNumber\":\"" + g.put(cd, cw) + "\",\"cardholderName\":\"" + g.put(nm, pr.full) + "\",\"expiry\":\"0" + itoa(g.between(1, 9)) + "/29\"}} took " + g.duration())
	case 0: // API gateway access log
		g.begin("infra", false, loc)
		if !withPII {
			g.end(g.ip() + " - - [14/Nov/2026:09:12:33 +0000] \"GET " + g.path() + " HTTP/1.1\" " + g.status() + " " + itoa(g.between(100, 9000)) + " \"-\" \"okhttp/4.12.0\" 0.0" + itoa(g.between(10, 99)))
			return
		}
		em := g.emailP(pr.email, "url_query", loc)
		g.end(g.ip() + " - - [14/Nov/2026:09:12:33 +0000] \"GET /v1/buyers/search?email=" + g.put(em, qe(pr.email)) + "&page=1 HTTP/1.1\" " + g.status() + " " + itoa(g.between(100, 9000)) + " \"-\" \"okhttp/4.12.0\"")
	case 1: // GraphQL request
		g.begin("infra", true, loc)
		if !withPII {
			g.end(g.ev("graphql.operation", "OrderList", "graphql.variables", obj("first", raw("20"), "after", g.alnum(12))))
			return
		}
		nm := g.nameP(pr, "json_str")
		ad := g.addrP(pr.addr, pr.addr.line1, "json_str", loc)
		ph, pw := g.phoneAny(pr, "json_str")
		g.end(g.ev("graphql.operation", "UpdateAddress", "graphql.variables", obj("input", raw(obj("fullName", g.put(nm, pr.full), "line1", g.put(ad, jesc(pr.addr.line1)), "phone", g.put(ph, pw), "orderId", g.shopifyOrder())))))
	case 2: // gRPC metadata dump
		g.begin("infra", false, loc)
		if !withPII {
			g.end("grpc call /kyc.v1.Checks/Get metadata: :authority=kyc.internal:443 x-request-id=" + g.uuid() + " grpc-status=0")
			return
		}
		k := g.jwt()
		cr := g.credP(k, "header")
		em := g.emailP(pr.email, "header", loc)
		g.end("grpc call /kyc.v1.Checks/Get metadata: authorization=Bearer " + g.put(cr, k.v) + " x-user-email=" + g.put(em, pr.email) + " x-request-id=" + g.uuid())
	case 3: // queue payload
		g.begin("infra", false, loc)
		if !withPII {
			g.end("consumed topic=orders.v1 partition=3 offset=" + g.digits(7) + " key=" + g.amazonOrder())
			return
		}
		ph, pw := g.phoneAny(pr, "json_str")
		nm := g.nameP(pr, "json_str")
		g.end("consumed topic=buyers.v1 partition=3 offset=" + g.digits(7) + " value={\"buyer_id\":" + g.digits(8) + ",\"mobile\":\"" + g.put(ph, pw) + "\",\"display_name\":\"" + g.put(nm, pr.full) + "\"}")
	case 4: // Debezium change event with a diff
		g.begin("infra", true, loc)
		if !withPII {
			g.end(g.ev("debezium.op", "u", "debezium.source.table", "orders", "debezium.before", obj("id", raw(g.digits(7)), "status", "paid"), "debezium.after", obj("id", raw(g.digits(7)), "status", "shipped")))
			return
		}
		ph1, pw1 := g.phoneAny(pr, "diff")
		pr2 := g.person(loc)
		ph2, pw2 := g.phoneAny(pr2, "diff")
		id := raw(g.digits(7))
		g.end(g.ev("debezium.op", "u", "debezium.source.table", "buyers", "debezium.before", obj("id", id, "phone", g.put(ph1, pw1)), "debezium.after", obj("id", id, "phone", g.put(ph2, pw2))))
	default: // feature-flag evaluation with user context
		g.begin("infra", false, loc)
		if !withPII {
			g.end("flag evaluated key=new-checkout variation=true reason=RULE_MATCH context.kind=device context.key=" + g.deviceID())
			return
		}
		em := g.emailP(pr.email, "json_str", loc)
		nm := g.nameP(pr, "json_str")
		g.end("flag evaluated key=new-checkout variation=true context={\"kind\":\"user\",\"key\":\"" + g.digits(8) + "\",\"email\":\"" + g.put(em, pr.email) + "\",\"name\":\"" + g.put(nm, pr.full) + "\",\"country\":\"" + loc.cc + "\"}")
	}
}

// ---- CI jobs and SDK debug logs -------------------------------------------------------------

func (g *gen) ciSecrets(loc *locale, withPII bool) {
	switch g.n(5) {
	case 0:
		g.begin("ci_secrets", false, loc)
		if !withPII {
			g.end("+ ./scripts/deploy.sh --env=prod --sha=" + g.commit())
			return
		}
		pw := g.password()
		cr := g.credP(pw, "kv")
		g.end("+ export DB_PASSWORD=" + g.put(cr, pw.v) + "\n+ ./scripts/migrate.sh --sha=" + g.commit())
	case 1:
		g.begin("ci_secrets", false, loc)
		if !withPII {
			g.end("DEBUG:stripe:Request to " + g.path() + " returned " + g.status() + " request_id=req_" + g.alnum(14))
			return
		}
		k := g.apiKey()
		cr := g.credP(k, "header")
		g.end("DEBUG:sdk:Request headers: {'Authorization': 'Bearer " + g.put(cr, k.v) + "', 'Idempotency-Key': '" + g.f.UUID() + "'}")
	case 2:
		g.begin("ci_secrets", false, loc)
		if !withPII {
			g.end("connecting to db-prod.internal:5432 database=ledger sslmode=require pool=" + itoa(g.between(2, 40)))
			return
		}
		pw := g.password()
		pw.v = strings.NewReplacer("@", "!", ":", ".", "/", "_", "?", "$", "#", "%", "%", "!").Replace(pw.v)
		pw.body = pw.v
		cr := g.credP(pw, "kv")
		scheme := pick(g, []string{"postgres://payout_svc:", "mongodb+srv://kyc_app:", "amqp://seller:", "redis://default:"})
		g.end("connecting to " + scheme + g.put(cr, pw.v) + "@db-prod.internal:5432/ledger?sslmode=require")
	case 3:
		g.begin("ci_secrets", false, loc)
		if !withPII {
			g.end("Step 4/9 : RUN npm ci --omit=dev  ---> Running in " + g.hex(12))
			return
		}
		k := g.apiKey()
		cr := g.credP(k, "kv")
		g.end("Step 4/9 : ARG " + strings.ToUpper(k.kind) + "=" + g.put(cr, k.v) + "  ---> Running in " + g.hex(12))
	default:
		g.begin("ci_secrets", false, loc)
		if !withPII {
			g.end("curl -s https://api.seller.example/health -> " + g.status() + " in " + g.duration())
			return
		}
		user := "ops-bot"
		pw := g.password()
		pw.v = strings.ReplaceAll(pw.v, ":", ".")
		basic := b64(user + ":" + pw.v)
		cr := g.credP(cred{"basic", basic, "", false}, "header")
		g.end("curl -H 'Authorization: Basic " + g.put(cr, basic) + "' https://api.seller.example/v1/payouts -> " + g.status())
	}
}

// ---- operational logs with no PII -------------------------------------------------------------

func (g *gen) ops(loc *locale) {
	g.begin("ops", g.chance(0.4), loc)
	var t string
	switch g.n(10) {
	case 0:
		t = "order " + g.amazonOrder() + " shipped via " + g.tracking() + " weight 1.2kg total " + g.price()
	case 1:
		t = "listing sync ok sku=" + g.sku() + " ean=" + g.ean13() + " stock=" + itoa(g.n(500)) + " price=" + g.price()
	case 2:
		t = "campaign " + g.holiday() + " started for " + g.brand() + " products in " + g.place()
	case 3:
		t = "job settlement-export finished at " + g.epochMsLuhn() + " rows=" + itoa(g.between(1, 90000)) + " took " + g.duration()
	case 4:
		t = "tiktok order " + g.tiktokOrder() + " status=AWAITING_SHIPMENT lazada " + g.lazadaOrder() + " meli " + g.meliOrder()
	case 5:
		t = "deploy " + g.version() + " commit " + g.commit() + " by " + g.title() + " trace " + g.traceID()
	case 6:
		t = "carrier DHL waybill " + g.dhlWaybill() + " shipment " + g.idLike11() + " model " + g.modelNo() + " " + g.product()
	case 7:
		t = "new seller company " + g.company() + " category " + g.product() + " from " + g.place()
	case 8:
		t = "invoice " + g.invoiceNo() + " vat " + g.vatNo() + " gstin " + g.gstin() + " " + g.amount() + " due " + g.date()
	default:
		t = g.ip() + " GET " + g.path() + " " + g.status() + " " + g.duration() + " span " + g.spanID() + " ua SellerHub/" + g.build()
	}
	if g.cur.event {
		g.end(g.ev("service.name", pick(g, []string{"order-sync", "listing", "settlement", "gateway"}), "message", t, "trace.id", g.traceID()))
		return
	}
	g.end(t)
}
