package fourteentheval

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/vigilops/vigil/event"
)

// q writes s as a JSON string literal.
func q(s string) string { return string(event.AppendString(nil, s)) }

// qq writes s as a JSON string holding a JSON string: escaped twice.
func qq(s string) string { return q(q(s)) }

func pct(s string) string { return url.QueryEscape(s) }

// obj writes a JSON object from key and raw-JSON value pairs, in order.
func obj(kv ...string) string {
	var b strings.Builder
	b.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			b.WriteByte(',')
		}
		b.WriteString(q(kv[i]))
		b.WriteByte(':')
		b.WriteString(kv[i+1])
	}
	b.WriteByte('}')
	return b.String()
}

// context renders lines of one kind of log: with personal values, or clean.
type context struct {
	name  string
	pii   func(e *em) (string, bool) // line, is NDJSON
	clean func(e *em) (string, bool)
}

var contexts = []context{
	{"helpdesk", helpdeskPII, helpdeskClean},
	{"messaging", messagingPII, messagingClean},
	{"email", emailPII, emailClean},
	{"chat", chatPII, chatClean},
	{"returns_fraud", returnsPII, returnsClean},
	{"payments", paymentsPII, paymentsClean},
	{"erp_export", erpPII, erpClean},
	{"shipping", shippingPII, shippingClean},
	{"applog", applogPII, applogClean},
	{"access", accessPII, accessClean},
	{"infra", infraPII, infraClean},
	{"search_audit", auditPII, auditClean},
	{"form_body", formPII, formClean},
}

// anyPhone picks how the buyer typed the phone.
func anyPhone(e *em) string {
	return e.Phone(e.pick("national", "national", "intl", "e164", "paren_cc", "dashed_intl", "native"))
}

func anyName(e *em) string {
	return e.Name(e.pick("full", "full", "full", "latin_order", "upper", "title"))
}

func anyCard(e *em) string { return e.Card(e.pick("compact", "spaced", "dashed")) }

// buyerSays is a sentence in the buyer's language, English mixed in.
func buyerSays(e *em) string {
	l := e.loc
	switch e.r.IntN(6) {
	case 0:
		return fmt.Sprintf("%s, %s %s. %s %s", l.hello, l.where, e.L("amazon_order"), l.phoneIs, anyPhone(e))
	case 1:
		return fmt.Sprintf("%s! %s %s, %s. %s", l.hello, l.shipTo, e.Addr(e.pick("full", "line1")), l.phoneIs+" "+anyPhone(e), l.thanks)
	case 2:
		return fmt.Sprintf("%s, order %s pls. %s %s — %s", l.hello, e.L("shopee_order"), l.mailIs, e.Email("plain"), anyName(e))
	case 3:
		return fmt.Sprintf("%s %s. I paid %s on %s but tracking %s shows nothing. %s %s", l.where, e.L("tiktok_order"), e.L("amount"), e.L("date"), e.L("tracking_spx"), l.phoneIs, anyPhone(e))
	case 4:
		return fmt.Sprintf("%s, saya/ich/je %s: %s. Call me %s. %s", l.hello, l.shipTo, e.Addr("full"), anyPhone(e), anyName(e))
	}
	if e.r.IntN(3) == 0 {
		return fmt.Sprintf("%s, bought the %s %s in your %s sale (%s). Size wrong, exchange pls. %s — %s, %s", l.hello, e.L("brand_name"), e.L("product"), e.L("holiday"), e.L("amount"), l.thanks, anyName(e), anyPhone(e))
	}
	return fmt.Sprintf("%s %s. %s %s\n-- \n%s\n%s", l.hello, l.where, l.mailIs, e.Email("plain"), anyName(e), anyPhone(e))
}

func helpdeskPII(e *em) (string, bool) {
	tid := e.n(100000, 999999)
	switch e.r.IntN(4) {
	case 0:
		return obj("@timestamp", q(e.Ts()), "service.name", q("helpdesk-sync"), "event.action", q("ticket.created"),
			"ticket.id", fmt.Sprint(tid), "ticket.subject", q("Order "+e.L("amazon_order")+" not received"),
			"requester.name", q(anyName(e)), "requester.email", q(e.Email("plain")),
			"ticket.description", q(buyerSays(e)), "message", q(fmt.Sprintf("ticket %d created for %s via email", tid, e.Name("full")))), true
	case 1:
		return fmt.Sprintf("%s INFO macro.render macro=\"Refund approved\" ticket=%d output=\"Dear %s,\\n\\nYour refund of %s for order %s was approved on %s. It will reach your card ending %s in 5-10 days.\\nIf you have questions call us or reply; we have %s on file.\\n\\n%s, %s\"",
			e.Ts(), tid, e.Name(e.pick("full", "title")), e.L("amount"), e.L("shopify_order"), e.L("date"), e.digits(4), anyPhone(e), e.L("job_title"), e.L("company")), false
	case 2:
		return obj("@timestamp", q(e.Ts()), "service.name", q("crm-bridge"), "event.action", q("ticket.comment.internal"),
			"ticket.id", fmt.Sprint(tid), "comment.author", q("agent-"+e.digits(3)),
			"comment.body", q(fmt.Sprintf("Called buyer on %s, confirmed new address %s. Customer %s asked to keep %s (%s) for %s.", anyPhone(e), e.Addr("full"), e.Name("full"), e.L("product"), e.L("sku"), e.L("holiday")))), true
	}
	payload := obj("ticket", obj("id", fmt.Sprint(tid), "status", q("open"), "via", q("web"),
		"requester", obj("name", q(anyName(e)), "email", q(e.Email("plain")), "phone", q(anyPhone(e))),
		"custom_fields", fmt.Sprintf("[{\"id\":360001,\"value\":%s},{\"id\":360002,\"value\":%s}]", q(e.L("amazon_order")), q(e.L("amount")))))
	return obj("@timestamp", q(e.Ts()), "service.name", q("zendesk-webhook"), "http.request.body.content", q(payload), "http.response.status_code", e.L("status")), true
}

func helpdeskClean(e *em) (string, bool) {
	tid := e.n(100000, 999999)
	if e.r.IntN(2) == 0 {
		return obj("@timestamp", q(e.Ts()), "service.name", q("helpdesk-sync"), "event.action", q("ticket.updated"),
			"ticket.id", fmt.Sprint(tid), "ticket.tags", fmt.Sprintf("[%s,%s]", q("late_delivery"), q(strings.ToLower(strings.ReplaceAll(lookalike(e, "holiday"), " ", "_")))),
			"message", q(fmt.Sprintf("ticket %d assigned to %s queue; order %s, SLA breach at %s", tid, e.L("job_title"), e.L("amazon_order"), e.L("date")))), true
	}
	return fmt.Sprintf("%s WARN helpdesk.sla ticket=%d order=%s carrier=%q tracking=%s first_reply_minutes=%d trace_id=%s", e.Ts(), tid, e.L("ebay_order"), e.L("company"), e.L("tracking_ups"), e.n(5, 900), e.L("trace_id")), false
}

func messagingPII(e *em) (string, bool) {
	cid := e.L("numeric_id")
	switch e.r.IntN(3) {
	case 0:
		msg := obj("conversation_id", q(cid), "sender", obj("role", q("buyer"), "name", q(anyName(e))),
			"content", q(buyerSays(e)), "order_sn", q(e.L("shopee_order")))
		return obj("@timestamp", q(e.Ts()), "service.name", q("marketplace-chat"), "marketplace", q("shopee"), "message", q("buyer message received"), "event.original", q(msg)), true
	case 1:
		return obj("@timestamp", q(e.Ts()), "service.name", q("marketplace-chat"), "marketplace", q("mercadolibre"), "conversation.id", q(cid),
			"message", q(fmt.Sprintf("reply sent to pack %s", e.L("meli_order"))),
			"reply.text", q(fmt.Sprintf("Hola %s, ya despachamos tu pedido por %s.\n\n> El %s, %s escribió:\n> %s", e.Given(), e.L("company"), e.L("date"), e.Name("full"), buyerSays(e)))), true
	}
	att := obj("file_name", q("IMG_"+e.digits(8)+".jpg"), "size", fmt.Sprint(e.n(20000, 3000000)), "uploaded_by", q(e.Email("plain")))
	return obj("@timestamp", q(e.Ts()), "service.name", q("tiktok-shop-im"), "conversation.id", q(cid), "order_id", q(e.L("tiktok_order")),
		"message", q(fmt.Sprintf("attachment from %s: %s", e.Name("full"), att)), "attachments", "["+att+"]"), true
}

func messagingClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		return fmt.Sprintf("%s INFO im.template sent template=%q order=%s vars={\"order\":\"%s\",\"eta\":\"%s\",\"carrier\":\"%s\"} status=%s", e.Ts(), e.pick("shipped_v3", "review_request", "delay_notice"), e.L("ebay_order"), e.L("shopee_order"), e.L("date"), e.L("company"), e.L("status")), false
	}
	return obj("@timestamp", q(e.Ts()), "service.name", q("marketplace-chat"), "marketplace", q(e.pick("lazada", "shopee", "allegro")),
		"message", q(fmt.Sprintf("synced %d conversations for orders %s, %s in %dms", e.n(1, 80), e.L("lazada_order"), e.L("allegro_order"), e.n(20, 900))),
		"http.response.status_code", e.L("status")), true
}

func emailPII(e *em) (string, bool) {
	switch e.r.IntN(3) {
	case 0:
		raw := fmt.Sprintf("From: %s <%s>\r\nTo: support@shop.example\r\nSubject: Re: Order %s\r\nMessage-ID: <%s@mail.example>\r\n\r\n%s", anyName(e), e.Email("plain"), e.L("shopify_order"), e.L("uuid"), buyerSays(e))
		return obj("@timestamp", q(e.Ts()), "service.name", q("inbound-parse"), "email.subject", q("Re: Order"), "message", q("inbound email parsed"), "email.raw", q(raw)), true
	case 1:
		return fmt.Sprintf("%s postfix/smtp[%d]: %s: to=<%s>, relay=mx.%s[%s]:25, dsn=5.1.1, status=bounced (host said: 550 5.1.1 <%s>: Recipient address rejected: User unknown)", e.Ts(), e.n(1000, 40000), strings.ToUpper(hex(e, 10)), e.Email("plain"), "mail.example", e.L("ipv4"), e.Email("plain")), false
	}
	body := fmt.Sprintf("Hi %s,\nThanks for your order %s placed on %s.\n\nShipping to:\n%s\n%s\n%s\n\n%s x1   %s\nTotal: %s",
		e.Given(), e.L("shopify_order"), e.L("date"), e.Name("full"), e.Addr("lines"), anyPhone(e), e.L("product"), e.L("amount"), e.L("amount"))
	return obj("@timestamp", q(e.Ts()), "service.name", q("mailer"), "message", q("rendered order_confirmation"), "mail.template", q("order_confirmation_v"+fmt.Sprint(e.n(2, 9))), "mail.body", q(body)), true
}

func emailClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		body := fmt.Sprintf("Your %s order %s has shipped with %s.\nTracking: %s\nItems: %s (%s) x%d\nTotal: %s", e.L("holiday"), e.L("shopify_order"), e.L("company"), e.L("tracking_ups"), e.L("product"), e.L("sku"), e.n(1, 4), e.L("amount"))
		return obj("@timestamp", q(e.Ts()), "service.name", q("mailer"), "message", q("rendered shipping_update preview"), "mail.template", q("shipping_update"), "mail.body", q(body)), true
	}
	return fmt.Sprintf("%s postfix/qmgr[%d]: %s: from=<noreply@shop.example>, size=%d, nrcpt=1 (queue active) campaign=%q", e.Ts(), e.n(1000, 40000), strings.ToUpper(hex(e, 10)), e.n(2000, 90000), e.L("holiday")), false
}

func chatPII(e *em) (string, bool) {
	h, m := e.n(8, 21), e.n(0, 50)
	name := e.Name("full")
	t := fmt.Sprintf("[%02d:%02d] %s: %s\n[%02d:%02d] Agent Sam: Sure, can you confirm your phone and e-mail?\n[%02d:%02d] %s: %s / %s\n[%02d:%02d] Agent Sam: Thanks %s, I sent a verification code.\n[%02d:%02d] %s: code is %s",
		h, m, name, buyerSays(e), h, m+1, h, m+2, name, anyPhone(e), e.Email("plain"), h, m+3, e.Given(), h, m+4, name, e.Secret("otp"))
	if e.r.IntN(2) == 0 {
		return t, false
	}
	return obj("@timestamp", q(e.Ts()), "service.name", q("livechat"), "chat.id", q(e.L("uuid")), "message", q("transcript archived"), "chat.transcript", q(t)), true
}

func chatClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		return obj("@timestamp", q(e.Ts()), "service.name", q("livechat"), "message", q(fmt.Sprintf("chat %s closed by %s after %ds, csat=%d, tags=[%s]", e.L("uuid"), e.L("job_title"), e.n(30, 3000), e.n(1, 5), e.L("holiday"))), "chat.queue", q(e.L("place"))), true
	}
	h, m := e.n(8, 21), e.n(0, 50)
	return fmt.Sprintf("[%02d:%02d] Bot: Your order %s ships with %s, tracking %s.\n[%02d:%02d] Bot: %s deals end on %s.", h, m, e.L("shopify_order"), e.L("company"), e.L("tracking_upu"), h, m+1, e.L("holiday"), e.L("date")), false
}

func returnsPII(e *em) (string, bool) {
	switch e.r.IntN(3) {
	case 0:
		return obj("@timestamp", q(e.Ts()), "service.name", q("rma"), "rma.id", q(fmt.Sprintf("RMA-2026-%06d", e.n(1, 999999))),
			"rma.reason", q("damaged"), "reviewer.note", q(fmt.Sprintf("Buyer %s sent photos; item %s (%s) cracked. Refund %s to IBAN %s, holder %s.", e.Name("full"), e.L("product"), e.L("ean13"), e.L("amount"), e.IBAN(e.pick("compact", "grouped")), e.Name("latin_order")))), true
	case 1:
		return fmt.Sprintf("%s fraud-review decision=hold score=%d order=%s note=\"card %s (%s, exp %s) used by %s from %s with 3 addresses incl. %s; phone %s\"",
			e.Ts(), e.n(60, 99), e.L("amazon_order"), anyCard(e), e.Brand(), e.Exp(), anyName(e), e.L("ipv4"), e.Addr("line1"), anyPhone(e)), false
	}
	return fmt.Sprintf("%s INFO returns.label created rma=RMA-%d carrier=%s tracking=%s\n  from: %s, %s\n  reason: \"%s\"", e.Ts(), e.n(10000, 99999), e.L("company"), e.L("tracking_dhl"), e.Name("full"), e.Addr("full"), buyerSays(e)), false
}

func returnsClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		return fmt.Sprintf("%s fraud-review decision=approve score=%d order=%s rule=%q velocity=%d ip=%s device=%s", e.Ts(), e.n(1, 40), e.L("tiktok_order"), e.pick("new_device", "mismatch_bin_country", "high_value"), e.n(1, 9), e.L("ipv4"), e.L("span_id")), false
	}
	return obj("@timestamp", q(e.Ts()), "service.name", q("rma"), "message", q(fmt.Sprintf("RMA approved for %s, restock %s (%s) at %s, refund %s", e.L("amazon_order"), e.L("sku"), e.L("model"), e.L("place"), e.L("amount"))), "event.duration", fmt.Sprint(e.n(1000, 900000))), true
}

func paymentsPII(e *em) (string, bool) {
	switch e.r.IntN(5) {
	case 0:
		body := obj("amount", fmt.Sprint(e.n(100, 900000)), "currency", q(strings.ToLower(e.pick(currencies...))),
			"card", obj("number", q(anyCard(e)), "exp", q(e.Exp()), "cvc", q(e.digits(3)), "name", q(e.Name("upper"))), "metadata", obj("order_id", q(e.L("shopify_gid"))))
		return obj("@timestamp", q(e.Ts()), "service.name", q("payment-gw"), "url.path", q("/v1/charges"), "http.request.body.content", q(body), "http.response.status_code", e.L("status"), "trace.id", q(e.L("trace_id"))), true
	case 1:
		if e.r.IntN(2) == 0 {
			return fmt.Sprintf("%s DEBUG [3ds] authentication result=Y masked_pan=%s pan=%s exp=%s cardholder=%q eci=05 ds_trans_id=%s", e.Ts(), "****"+e.digits(4), e.Card(e.pick("compact", "spaced")), e.Exp(), e.Name("upper"), e.L("uuid")), false
		}
		return fmt.Sprintf("%s INFO [3ds] challenge required acs=%s card=%s cardholder=%q amount=%s eci=05 txn=%s", e.Ts(), e.L("ipv4"), e.Card("compact"), e.Name("upper"), e.L("amount"), e.L("uuid")), false
	case 2:
		payout := obj("payout", obj("id", q("po_"+hex(e, 24)), "amount", q(e.L("amount")), "destination", obj("iban", q(e.IBAN("compact")), "account_holder", q(anyName(e)), "bic", q("DEUTDEFFXXX"))))
		return obj("@timestamp", q(e.Ts()), "service.name", q("payouts"), "message", q("payout webhook"), "event.original", qq(payout)), true
	case 3:
		return fmt.Sprintf("%s gateway=xendit event=ewallet.capture channel=%s account_mobile=%s amount=%s ref=%s api_key=%s", e.Ts(), e.pick("OVO", "DANA", "GCASH", "SHOPEEPAY"), e.Phone(e.pick("e164", "cc_nospace", "national")), e.L("amount"), e.L("invoice"), e.Secret(e.pick("stripe", "hex_key", "client_secret"))), false
	}
	return fmt.Sprintf("%s SEPA credit transfer received: %s from IBAN %s (%s), remittance \"%s %s\"", e.Ts(), e.L("amount"), e.IBAN("grouped"), e.Name("family_comma"), e.L("invoice"), e.L("amazon_order")), false
}

func paymentsClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		return obj("@timestamp", q(e.Ts()), "service.name", q("payment-gw"), "message", q(fmt.Sprintf("charge succeeded for order %s: %s", e.L("shopify_gid"), e.L("amount"))),
			"event.id", q(e.L("epoch_ms_luhn")), "payment.psp_reference", q(e.L("numeric_id")), "http.response.status_code", e.L("status")), true
	}
	return fmt.Sprintf("%s INFO settlement batch=%s count=%d gross=%s fees=%s created_ms=%s version=%s", e.Ts(), e.L("uuid"), e.n(10, 900), e.L("amount"), e.L("amount"), e.L("epoch_ms_luhn"), e.L("version")), false
}

func erpPII(e *em) (string, bool) {
	switch e.r.IntN(4) {
	case 0:
		return fmt.Sprintf("order_id,sku,qty,customer_name,email,phone,ship_address,total\n%s,%s,%d,\"%s\",%s,%s,\"%s\",%s",
			e.L("amazon_order"), e.L("sku"), e.n(1, 5), e.Name("full"), e.Email("plain"), anyPhone(e), e.Addr("full"), e.L("amount")), false
	case 1:
		return strings.Join([]string{e.L("lazada_order"), e.L("ean13"), e.Name("full"), anyPhone(e), e.Addr("full"), e.L("date")}, "\t"), false
	case 2:
		return fmt.Sprintf("%-20s%-30s%-40s%-16s%-34s%s", e.L("numeric_id"), e.Name("upper"), e.Addr("line1"), e.Phone("national"), e.Email("upper"), e.L("date")), false
	}
	return fmt.Sprintf("<Order><Id>%s</Id><Customer><Name>%s</Name><Email>%s</Email><Tel>%s</Tel><TaxId>%s</TaxId></Customer><Ship><Street>%s</Street></Ship><Total currency=\"%s\">%s</Total></Order>",
		e.L("tiktok_order"), e.Name("full"), e.Email("plain"), anyPhone(e), e.CNID("plain"), e.Addr("line1"), e.pick(currencies...), e.L("amount")), false
}

func erpClean(e *em) (string, bool) {
	if e.r.IntN(3) == 0 {
		return strings.Join([]string{e.L("meli_order"), e.L("sku"), e.L("ean13"), e.L("amount"), e.L("date"), e.L("company")}, "\t"), false
	}
	if e.r.IntN(2) == 0 {
		return fmt.Sprintf("sku,ean,product,qty,price,warehouse\n%s,%s,\"%s\",%d,%s,%s", e.L("sku"), e.L("ean13"), e.L("product"), e.n(0, 500), e.L("amount"), e.L("place")), false
	}
	return fmt.Sprintf("<StockMove><Sku>%s</Sku><Ean>%s</Ean><Model>%s</Model><Qty>%d</Qty><Date>%s</Date></StockMove>", e.L("sku"), e.L("ean13"), e.L("model"), e.n(1, 99), e.L("date")), false
}

func shippingPII(e *em) (string, bool) {
	switch e.r.IntN(3) {
	case 0:
		return fmt.Sprintf("SHIP TO:\n%s\n%s\nTel: %s\n\nREF %s   %s   %s", e.Name(e.pick("full", "upper")), e.Addr("lines"), anyPhone(e), e.L("shopify_order"), e.L("tracking_upu"), e.L("amount")), false
	case 1:
		return obj("@timestamp", q(e.Ts()), "service.name", q("label-service"), "carrier", q(e.L("company")),
			"shipment.recipient.name", q(anyName(e)), "shipment.recipient.phone", q(anyPhone(e)), "shipment.recipient.address.line1", q(e.Addr("line1")),
			"message", q(fmt.Sprintf("label %s printed for %s, %s", e.L("tracking_ups"), e.Name("full"), e.Addr("full")))), true
	}
	return fmt.Sprintf("CN23 customs declaration %s\nSender: %s, %s\nRecipient: %s\n%s\nContents: %s HS 851830 value %s\nRecipient ID: %s", e.L("tracking_upu"), e.L("company"), e.L("place"), e.Name("full"), e.Addr("lines"), e.L("product"), e.L("amount"), e.CNID("plain")), false
}

func shippingClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		return fmt.Sprintf("MANIFEST %s\nCarrier: %s\nDepot: %s\nParcels: %d  Weight: %d.%d kg\nFirst: %s  Last: %s\nCutoff: %s 17:00", e.L("invoice"), e.L("company"), e.L("place"), e.n(1, 400), e.n(1, 900), e.n(0, 9), e.L("tracking_dhl"), e.L("tracking_spx"), e.L("date")), false
	}
	return fmt.Sprintf("%s INFO carrier-sync carrier=%q tracking=%s status=in_transit hub=%q eta=%s weight_g=%d", e.Ts(), e.L("company"), e.L("tracking_usps"), e.L("place"), e.L("date"), e.n(80, 30000)), false
}

func applogPII(e *em) (string, bool) {
	switch e.r.IntN(9) {
	case 0: // Python logging
		return fmt.Sprintf("%s,%03d INFO [orders.sync] Synced order %s for customer %s <%s>, phone=%s", e.Ts()[:19], e.n(0, 999), e.L("amazon_order"), e.Name("full"), e.Email("plain"), anyPhone(e)), false
	case 1: // structlog
		return fmt.Sprintf("%s [info     ] buyer_updated   buyer_name='%s' email='%s' order_id=%s request_id=%s", e.Ts(), e.Name("full"), e.Email("plain"), e.L("ebay_order"), e.L("uuid")), false
	case 2: // pino
		return obj("@timestamp", q(e.Ts()), "level", "30", "time", e.L("epoch_ms_luhn"), "pid", fmt.Sprint(e.n(1, 9999)), "hostname", q("checkout-7f9c"), "msg", q("address validated for "+e.Name("full")),
			"shipping", obj("address1", q(e.Addr("line1")), "zip", q(e.Post()), "phone", q(anyPhone(e)))), true
	case 3: // logback with MDC
		return fmt.Sprintf("%s INFO  [http-nio-8080-exec-%d] [traceId=%s customerEmail=%s] c.s.o.OrderService - order %s paid with card %s by %s", e.Ts(), e.n(1, 40), e.L("trace_id"), e.Email("plain"), e.L("amazon_order"), anyCard(e), e.Name("full")), false
	case 4: // Go slog text
		return fmt.Sprintf("time=%s level=INFO msg=\"buyer contact updated\" buyer.name=%q buyer.phone=%q order=%s smtp_pass=%s", e.Ts(), e.Name("full"), anyPhone(e), e.L("shopify_order"), e.Secret("password")), false
	case 5: // Rust tracing
		return fmt.Sprintf("%s  INFO order{id=%s}: payout::bank: queued payout iban=%q holder=%q amount=%s", e.Ts(), e.L("tiktok_order"), e.IBAN("compact"), e.Name("latin_order"), e.L("amount")), false
	case 6: // PHP Monolog
		return fmt.Sprintf("[%s] app.INFO: Customer registered {\"email\":%s,\"name\":%s,\"telephone\":%s,\"password\":%s} []", e.Ts(), q(e.Email("plain")), q(e.Name("full")), q(anyPhone(e)), q(e.Secret("human_password"))), false
	case 7: // Rails / Lograge
		return fmt.Sprintf("method=POST path=/checkout format=html controller=CheckoutController action=create status=%s duration=%d.%02d params={\"order\"=>{\"email\"=>\"%s\", \"ship_address\"=>\"%s\", \"card_number\"=>\"%s\"}}", e.L("status"), e.n(10, 900), e.n(0, 99), e.Email("plain"), e.Addr("full"), e.Card("compact")), false
	}
	// .NET Serilog compact JSON
	return obj("@timestamp", q(e.Ts()), "@t", q(e.Ts()), "@mt", q("Customer {CustomerName} changed phone to {Phone}"), "CustomerName", q(e.Name("full")), "Phone", q(anyPhone(e)), "OrderId", q(e.L("amazon_order")), "SourceContext", q("Shop.Crm.CustomerService")), true
}

func applogClean(e *em) (string, bool) {
	switch e.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s,%03d INFO [orders.sync] Synced %d orders in %dms (last %s, %s)", e.Ts()[:19], e.n(0, 999), e.n(1, 500), e.n(5, 9000), e.L("amazon_order"), e.L("version")), false
	case 1:
		return obj("@timestamp", q(e.Ts()), "level", "30", "time", e.L("epoch_ms_luhn"), "msg", q("catalog price updated"), "sku", q(e.L("sku")), "product", q(e.L("product")), "brand", q(e.L("brand_name")), "price", q(e.L("amount"))), true
	case 2:
		return fmt.Sprintf("time=%s level=INFO msg=\"request done\" path=%s status=%s trace_id=%s span_id=%s commit=%s", e.Ts(), e.L("http_path"), e.L("status"), e.L("trace_id"), e.L("span_id"), e.L("commit")), false
	}
	return fmt.Sprintf("%s INFO  [scheduler-1] c.s.p.PromoService - %s promo for %s starts %s, owner %s", e.Ts(), e.L("holiday"), e.L("brand_name"), e.L("date"), e.L("job_title")), false
}

func accessPII(e *em) (string, bool) {
	switch e.r.IntN(4) {
	case 0:
		return fmt.Sprintf("%s - - [05/Dec/2026:%02d:%02d:%02d +0000] \"GET /account/lookup?email=%s&phone=%s&order=%s HTTP/1.1\" %s %d \"-\" \"Mozilla/5.0\"",
			e.L("ipv4"), e.n(0, 23), e.n(0, 59), e.n(0, 59), pct(e.Email("plain")), pct(anyPhone(e)), e.L("amazon_order"), e.L("status"), e.n(200, 9000)), false
	case 1:
		return fmt.Sprintf("[%s] \"POST /checkout/confirm?name=%s&city=%s HTTP/2\" %s - %d %d \"%s\" upstream=%s x-request-id=%s", e.Ts(), pct(e.Name("full")), pct(e.L("place")), e.L("status"), e.n(100, 900), e.n(100, 9000), e.L("ipv6"), e.L("ipv4"), e.L("uuid")), false
	case 2:
		return fmt.Sprintf("curl -X POST 'https://api.pay.example/v1/tokens' -H 'Authorization: %s' -H 'Content-Type: application/json' -d '{\"card\":{\"number\":\"%s\",\"exp\":\"%s\"},\"billing\":{\"name\":\"%s\",\"line1\":\"%s\"}}'", e.Secret("bearer"), anyCard(e), e.Exp(), e.Name("full"), e.Addr("line1")), false
	}
	if e.r.IntN(2) == 0 {
		return fmt.Sprintf("* Connected to %s port 443\n> GET /admin/api/2026-01/orders/%s.json HTTP/1.1\n> Host: shop-%s.myshopify.com\n> X-Shopify-Access-Token: %s\n> Authorization: Bearer %s\n> Cookie: _session_id=%s; locale=%s\n> X-Request-Id: %s\n< HTTP/1.1 %s",
			e.L("ipv4"), e.L("numeric_id"), e.digits(4), e.Secret("shopify"), e.Secret("jwt"), e.Secret("hex_key"), e.loc.tag, e.L("uuid"), e.L("status")), false
	}
	har := obj("request", obj("method", q("GET"), "url", q("https://shop.example/api/otp/verify?code="+e.Secret("otp")+"&msisdn="+pct(e.Phone("e164"))),
		"headers", "["+obj("name", q("x-api-key"), "value", q(e.Secret("shopify")))+"]"), "response", obj("status", e.L("status")))
	return obj("@timestamp", q(e.Ts()), "service.name", q("har-capture"), "message", q("HAR entry"), "event.original", q(har)), true
}

func accessClean(e *em) (string, bool) {
	return fmt.Sprintf("%s - - [05/Dec/2026:%02d:%02d:%02d +0000] \"GET %s?page=%d&sku=%s HTTP/1.1\" %s %d \"-\" \"okhttp/4.12\" rt=%d.%03d", e.L("ipv4"), e.n(0, 23), e.n(0, 59), e.n(0, 59), e.L("http_path"), e.n(1, 40), e.L("sku"), e.L("status"), e.n(200, 9000), e.n(0, 2), e.n(0, 999)), false
}

func infraPII(e *em) (string, bool) {
	switch e.r.IntN(5) {
	case 0:
		return fmt.Sprintf("java.lang.IllegalStateException: charge declined\n\tat com.shop.pay.PaymentService.charge(PaymentService.java:%d) [args: %s, \"%s\", %s]\n\tat com.shop.pay.CheckoutController.confirm(CheckoutController.java:%d)", e.n(40, 400), e.Card("compact"), e.Name("full"), e.L("amount"), e.n(40, 400)), false
	case 1:
		return fmt.Sprintf("%s LOG:  statement: INSERT INTO customers (name, email, phone, address, created_at) VALUES ('%s', '%s', '%s', '%s', '%s')", e.Ts(), strings.ReplaceAll(e.Name("full"), "'", "''"), e.Email("plain"), anyPhone(e), strings.ReplaceAll(e.Addr("full"), "'", "''"), e.L("date")), false
	case 2:
		return fmt.Sprintf("%s redis> HSET buyer:%s name \"%s\" phone \"%s\" id_card \"%s\" last_order \"%s\"", e.Ts(), e.L("numeric_id"), e.Name("full"), anyPhone(e), e.CNID("plain"), e.L("tiktok_order")), false
	case 3:
		return fmt.Sprintf("%s INFO config loaded: env=production version=%s DATABASE_URL=%s SMTP_PASS=%s STRIPE_KEY=%s WEBHOOK_SECRET=%s AWS_ACCESS_KEY_ID=%s", e.Ts(), e.L("version"), e.Secret("conn"), e.Secret("human_password"), e.Secret("stripe"), e.Secret("webhook"), e.Secret("aws")), false
	}
	msg := fmt.Sprintf("Job sync-buyer-%s failed: env SHOPIFY_TOKEN=%s, buyer %s", e.digits(6), e.Secret("shopify"), e.Email("plain"))
	return obj("@timestamp", q(e.Ts()), "kubernetes.namespace", q("shop"), "kubernetes.event.reason", q("BackOff"), "message", q(msg), "container.image.tag", q(lookalike(e, "commit")[:7])), true
}

func infraClean(e *em) (string, bool) {
	switch e.r.IntN(3) {
	case 0:
		return obj("@timestamp", q(e.Ts()), "kubernetes.namespace", q("shop"), "kubernetes.event.reason", q("Pulled"), "message", q(fmt.Sprintf("Successfully pulled image \"registry.example/orders:%s\" in %dms", e.L("version"), e.n(100, 9000))), "container.image.tag", q(e.L("commit"))), true
	case 1:
		return fmt.Sprintf("%s LOG:  duration: %d.%03d ms  statement: UPDATE orders SET status='shipped', tracking='%s' WHERE id='%s'", e.Ts(), e.n(0, 900), e.n(0, 999), e.L("tracking_dhl"), e.L("amazon_order")), false
	}
	return fmt.Sprintf("%s INFO config loaded: env=production version=%s region=ap-southeast-1 workers=%d cache_ttl=%ds feature.%s=true", e.Ts(), e.L("version"), e.n(2, 64), e.n(10, 3600), strings.ToLower(strings.ReplaceAll(lookalike(e, "holiday"), " ", "_"))), false
}

// alt runs f with the second buyer, for the old side of a change.
func (e *em) alt(p, real *person, f func()) {
	op, or := e.p, e.real
	e.p, e.real = p, real
	f()
	e.p, e.real = op, or
}

func auditPII(e *em) (string, bool) {
	switch e.r.IntN(3) {
	case 0:
		var old string
		e.alt(e.p2, e.real2, func() { old = anyPhone(e) })
		return fmt.Sprintf("%s audit user=agent-%d customer=%s field=phone: phone changed from %s to %s", e.Ts(), e.n(1, 90), e.L("numeric_id"), old, anyPhone(e)), false
	case 1:
		var old string
		e.alt(e.p2, e.real2, func() { old = e.Addr("full") })
		return obj("@timestamp", q(e.Ts()), "service.name", q("crm-audit"), "message", q("customer address updated"),
			"audit.change", q(fmt.Sprintf("address: \"%s\" -> \"%s\"", old, e.Addr("full"))), "audit.actor", q(e.L("job_title"))), true
	}
	var query string
	switch e.r.IntN(4) {
	case 0:
		query = anyName(e) + " " + e.L("place")
	case 1:
		query = anyPhone(e)
	case 2:
		query = e.Email("plain")
	default:
		query = e.Name("full") + " " + e.L("amazon_order")
	}
	return fmt.Sprintf("%s search.query user=agent-%d q=%q results=%d took=%dms", e.Ts(), e.n(1, 90), query, e.n(0, 40), e.n(1, 300)), false
}

func auditClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		var query string
		switch e.r.IntN(3) {
		case 0:
			query = e.L("product")
		case 1:
			query = e.L("brand_name") + " " + e.L("model")
		default:
			query = e.L("holiday") + " deals"
		}
		return fmt.Sprintf("%s search.query user=buyer q=%q results=%d took=%dms", e.Ts(), query, e.n(0, 400), e.n(1, 300)), false
	}
	return fmt.Sprintf("%s audit user=agent-%d order=%s field=status: status changed from %s to %s", e.Ts(), e.n(1, 90), e.L("amazon_order"), e.pick("paid", "packed"), e.pick("shipped", "delivered")), false
}

func formPII(e *em) (string, bool) {
	switch e.r.IntN(3) {
	case 0:
		body := "From=" + pct(e.Phone("e164")) + "&To=%2B15005550006&Body=" + pct(buyerSays(e)) + "&MessageSid=SM" + hex(e, 32)
		return obj("@timestamp", q(e.Ts()), "service.name", q("sms-webhook"), "message", q("inbound SMS"), "http.request.body.content", q(body)), true
	case 1:
		return fmt.Sprintf("%s POST /checkout body: email=%s&first_name=%s&last_name=%s&address1=%s&phone=%s&card_number=%s&cvv=%s&sku=%s", e.Ts(), pct(e.Email("plain")), pct(e.Given()), pct(e.Family()), pct(e.Addr("line1")), pct(anyPhone(e)), pct(anyCard(e)), e.digits(3), e.L("sku")), false
	}
	return fmt.Sprintf("%s POST /login body: username=%s&password=%s&remember=1 status=%s", e.Ts(), pct(e.Email("plain")), pct(e.Secret(e.pick("password", "human_password"))), e.L("status")), false
}

func formClean(e *em) (string, bool) {
	if e.r.IntN(2) == 0 {
		return obj("@timestamp", q(e.Ts()), "service.name", q("webhooks"), "message", q("order webhook"), "http.request.body.content", q("order_id="+e.L("lazada_order")+"&status=shipped&tracking="+e.L("tracking_spx")+"&ts="+e.L("epoch_ms_luhn")+"&total="+pct(e.L("amount")))), true
	}
	return fmt.Sprintf("%s POST /cart/add body: sku=%s&qty=%d&variant=%s&utm_campaign=%s status=%s", e.Ts(), e.L("sku"), e.n(1, 9), e.L("ean13"), pct(e.L("holiday")), e.L("status")), false
}
