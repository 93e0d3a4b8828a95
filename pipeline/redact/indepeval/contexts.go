package indepeval

import (
	"encoding/base64"
	"strings"
)

// fieldPaths are structured fields per kind; some are masked by the
// default field rules, others are left to the detectors.
var fieldPaths = map[string][]string{
	"name":       list("buyer.name|recipient.name|customer.full_name|shipping.address.name|payment.cardholder_name|order.billing.name"),
	"email":      list("buyer.email|customer.email|user.email|order.contact_email|notification.to"),
	"phone":      list("customer.phone|buyer.phone|shipping.address.phone|recipient.mobile|sms.to|order.billing.phone"),
	"address":    list("shipping.address.line1|billing.address.street|customer.address|delivery.addr|order.shipping_address.address1|shipping.address.line2"),
	"card":       list("payment.card_number|payment.card.number|order.payment.pan|checkout.cc|payment.method.number"),
	"iban":       list("payment.iban|payout.bank_account.iban|refund.iban|seller.bank.iban"),
	"cn_id":      list("customer.id_card|buyer.id_number|kyc.resident_id|recipient.identity_no|customs.id_card"),
	"credential": list("auth.password|smtp.password|oauth.client_secret|integration.api_key|stripe.secret_key|user.token|db.password|webhook.secret"),
}

func (b *builder) buildField() {
	var fs []field
	fs = append(fs, field{path: "message", p: txt(pick(b.f, list("order synced|customer updated|payment processed|checkout completed|profile saved")) + " " + b.lookText(b.randClass()))})
	for i := range b.vals {
		fs = append(fs, field{path: pick(b.f, fieldPaths[b.c.PII[i].Kind]), p: new(piece).val(i, b.vals[i])})
	}
	if fs[1].path == fs[len(fs)-1].path && len(fs) == 3 {
		fs[2].path += "_alt"
	}
	c := b.docClass()
	fs = append(fs, field{path: "order." + classKey[c], p: txt(b.look(c))})
	if b.f.IntN(2) == 0 {
		fs = append(fs, field{path: "event.created_ms", raw: b.look("epoch_ms")})
	}
	b.finish(fs)
}

// clauses are free-text triggers; %s is the value.
var clauses = map[string][]string{
	"name":       list("account holder %s|customer: %s|recipient %s|attn %s|收件人 %s|refund approved for customer %s|cardholder %s|收货人：%s|consignee %s|buyer %s left a review"),
	"email":      list("sent receipt to %s|login failed for %s|contact: %s|bounce from %s|password reset requested by %s|newsletter opt-in %s"),
	"phone":      list("call %s|contact %s|SMS to %s failed|phone: %s|WhatsApp %s|手机 %s|courier will call %s|tel %s|mobile %s unreachable|电话 %s"),
	"address":    list("ship to %s (total {amount})|deliver to %s; carrier=UPS|address: %s|收货地址：%s|bill to %s.|shipped order {order} to %s {pipe} tracking {ups}|ship to %s"),
	"card":       list("card %s declined|payment with card %s failed: insufficient funds|charge on %s ({net}) approved|paid with %s|卡号 %s|{net} %s expired|card %s"),
	"iban":       list("IBAN %s|refund to IBAN %s queued|SEPA payout to %s|bank account %s updated|iban: %s"),
	"cn_id":      list("身份证号 %s|实名认证 %s 通过|resident id %s verified|identity %s checked|身份证 %s"),
	"credential": list("login with password %s failed|api key %s rejected|token %s expired|using secret %s|client_secret %s rotated|Authorization: Bearer %s|password: %s|Bearer %s"),
}

func (b *builder) clause(i int) *piece {
	k := b.c.PII[i].Kind
	t := pick(b.f, clauses[k])
	p := new(piece)
	for t != "" {
		j := strings.IndexAny(t, "%{")
		if j < 0 {
			p.add(t)
			break
		}
		p.add(t[:j])
		if t[j] == '%' {
			p.val(i, b.vals[i])
			t = t[j+2:]
			continue
		}
		e := strings.IndexByte(t[j:], '}') + j
		switch t[j+1 : e] {
		case "amount":
			p.add(b.look("amount"))
		case "order":
			p.add(b.look("amazon_order"))
		case "ups":
			p.add(b.look("ups"))
		case "pipe":
			p.add("|")
		case "net":
			p.add(pick(b.f, list("visa|mastercard|amex|jcb|unionpay")))
		}
		t = t[e+1:]
	}
	return p
}

func (b *builder) buildMessage() {
	p := new(piece)
	p.add(pick(b.f, list("checkout: |sync: |[orders] |webhook |")))
	k0, k1 := b.c.PII[0].Kind, b.c.PII[1].Kind
	if (k0 == "name" && k1 == "email" || k0 == "email" && k1 == "name") && b.f.IntN(2) == 0 {
		n, e := 0, 1
		if k0 == "email" {
			n, e = 1, 0
		}
		p.add("synced for ").val(n, b.vals[n]).add(" <").val(e, b.vals[e]).add(">")
	} else {
		p.embed(b.clause(0), ident)
		p.add(pick(b.f, list("; |. | | |, then ")))
		p.embed(b.clause(1), ident)
	}
	p.add(pick(b.f, list(" | | ; |. "))).add(b.lookText(b.randClass()))
	b.finish([]field{{path: "message", p: p}, {path: "order.id", p: txt(b.look("amazon_order"))}})
}

// docMember puts value i under a key that suits its kind.
func (b *builder) docMember(i int) jv {
	v := new(piece).val(i, b.vals[i])
	switch b.c.PII[i].Kind {
	case "name":
		return pick2(b, jstr("holder", v), jobj("customer", jstr("name", v)), jstr("recipient_name", v), jobj("billing", jstr("full_name", v)), jstr("consignee", v), jstr("name", v))
	case "email":
		return pick2(b, jstr("email", v), jobj("customer", jstr("email", v)), jstr("contact_email", v), jstr("username", v))
	case "phone":
		return pick2(b, jstr("phone_number", v), jobj("shipping", jstr("phone", v)), jstr("mobile", v), jstr("tel", v), jstr("phone", v))
	case "address":
		return pick2(b, jstr("line1", v), jstr("line2", v), jstr("address1", v), jstr("street", v), jstr("addr", v), jobj("shipping_address", jstr("address1", v)), jobj("address", jstr("line1", v)))
	case "card":
		return pick2(b, jobj("card", jstr("number", v), jstr("exp", txt("12/27"))), jobj("payment_method", jstr("number", v)), jstr("pan", v), jstr("card_number", v))
	case "iban":
		return pick2(b, jstr("iban", v), jobj("bank", jstr("iban", v)), jobj("payout", jstr("iban", v)))
	case "cn_id":
		return pick2(b, jstr("id_card", v), jstr("id_number", v), jobj("kyc", jstr("id_card", v)), jstr("idcard", v))
	default:
		return pick2(b, jstr("client_secret", v), jstr("smtp_pass", v), jstr("password", v), jstr("api_key", v), jstr("access_token", v), jstr("refresh_token", v), jobj("auth", jstr("secret", v)))
	}
}

func pick2(b *builder, xs ...jv) jv { return xs[b.f.IntN(len(xs))] }

// doc builds a JSON document holding the planted values and look-alikes.
func (b *builder) doc(ascii bool) *piece {
	ms := []jv{jstr("event", txt(pick(b.f, list("orders/create|customer.updated|payment.failed|checkout.completed|refund.requested"))))}
	c := b.docClass()
	ms = append(ms, jobj("order", jstr("id", txt(b.look("shopify_id"))), jstr(classKey[c], txt(b.look(c)))))
	for i := range b.vals {
		ms = append(ms, b.docMember(i))
	}
	c = b.docClass()
	ms = append(ms, jstr(classKey[c], txt(b.look(c))))
	if b.f.IntN(2) == 0 {
		ms = append(ms, jstr("number", txt(b.look("shopify_order"))))
	}
	return jsonDoc(ms, ascii)
}

func (b *builder) buildNested() {
	inner := b.doc(b.f.IntN(3) == 0)
	ascii := b.f.IntN(3) == 0
	var outer []jv
	switch b.f.IntN(3) {
	case 0:
		outer = []jv{jstr("topic", txt("orders")), jstr("payload", inner)}
	case 1:
		outer = []jv{jstr("MessageId", txt(b.look("uuid"))), jstr("Body", inner)}
	default:
		outer = []jv{jstr("type", txt("webhook")), jobj("data", jstr("raw", inner))}
	}
	b.finish([]field{{path: "message", p: txt("queue message " + b.lookText(b.randClass()))},
		{path: pick(b.f, list("event.original|kafka.value|sqs.message")), p: jsonDoc(outer, ascii)}})
}

// queryKey names a query/form parameter per kind.
func (b *builder) queryKey(i int) string {
	switch b.c.PII[i].Kind {
	case "name":
		return pick(b.f, list("name|customer_name|holder|first_last|recipient"))
	case "email":
		return pick(b.f, list("email|customer_email|e|login|to"))
	case "phone":
		return pick(b.f, list("phone|tel|mobile|msisdn|phone_number"))
	case "address":
		return pick(b.f, list("address|addr|ship_to|street|address1"))
	case "card":
		return pick(b.f, list("card_number|pan|cc|card"))
	case "iban":
		return pick(b.f, list("iban|account_iban|payout_iban"))
	case "cn_id":
		return pick(b.f, list("id_card|idno|id_number"))
	default:
		return pick(b.f, list("access_token|api_key|client_secret|token|password|key"))
	}
}

// query builds k=v&… with the values URL-encoded.
func (b *builder) query() *piece {
	esc := queryEsc(b.f.IntN(3) == 0)
	p := new(piece)
	c := b.docClass()
	p.add(classKey[c] + "=" + esc(b.look(c)))
	for i := range b.vals {
		p.add("&"+b.queryKey(i)+"=").embed(new(piece).val(i, b.vals[i]), esc)
	}
	c = b.docClass()
	p.add("&" + classKey[c] + "=" + esc(b.look(c)))
	return p
}

func (b *builder) buildURL() {
	u := new(piece).add(pick(b.f, list("https://shop.example.com/api/v1/checkout?|https://api.example.co.id/v2/customers/lookup?|/webhooks/tiktok/order?|http://10.0.3.7:8080/sync?|https://example.com.br/pedido/confirmar?")))
	u.embed(b.query(), ident)
	if b.f.IntN(3) == 0 {
		m := new(piece).add(pick(b.f, list("GET |POST |redirect to |fetch "))).embed(u, ident).add(" " + b.lookText("http_status"))
		b.finish([]field{{path: "message", p: m}})
		return
	}
	b.finish([]field{{path: "message", p: txt("request completed " + b.lookText("http_status"))}, {path: pick(b.f, list("url.original|url.full|http.request.referrer")), p: u}})
}

func (b *builder) buildForm() {
	var p *piece
	if b.c.PII[0].Kind == "credential" && b.f.IntN(2) == 0 {
		esc := queryEsc(false)
		p = new(piece).add("grant_type=password&username="+esc(b.look("uuid"))+"&password=").embed(new(piece).val(0, b.vals[0]), esc)
		p.add("&"+b.queryKey(1)+"=").embed(new(piece).val(1, b.vals[1]), esc)
	} else {
		p = b.query()
	}
	b.finish([]field{{path: "message", p: txt("POST /account/update " + b.lookText("http_status"))},
		{path: "http.request.mime_type", p: txt("application/x-www-form-urlencoded")},
		{path: pick(b.f, list("http.request.body.content|http.request.body|form.raw")), p: p}})
}

func (b *builder) kvKey(i int) string {
	switch b.c.PII[i].Kind {
	case "name":
		return pick(b.f, list("name|customer|holder|recipient|full_name"))
	case "email":
		return pick(b.f, list("user|email|to|from"))
	case "phone":
		return pick(b.f, list("phone|mobile|tel|msisdn"))
	case "address":
		return pick(b.f, list("address|street|ship_to|addr"))
	case "card":
		return pick(b.f, list("card|cc|card_number|pan"))
	case "iban":
		return pick(b.f, list("iban|account"))
	case "cn_id":
		return pick(b.f, list("id_card|idno|id_number"))
	default:
		return pick(b.f, list("smtp_pass|db_pass|password|api_key|secret|token|client_secret"))
	}
}

func logfmtEsc(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s)
}

func (b *builder) buildKV() {
	p := new(piece).add(pick(b.f, list(`level=info msg="customer updated"|level=warn msg="smtp retry"|msg=sync|component=mailer|level=error msg="db connect failed"`)))
	p.add(" " + b.lookText("amazon_order"))
	for i := range b.vals {
		p.add(" " + b.kvKey(i) + "=")
		v := b.vals[i]
		if strings.ContainsAny(v, " \"=") || b.f.IntN(5) == 0 {
			p.add(`"`).embed(new(piece).val(i, v), logfmtEsc).add(`"`)
		} else {
			p.val(i, v)
		}
	}
	c := b.docClass()
	p.add(" " + classKey[c] + "=" + b.look(c) + " duration_ms=" + pattern(b.f, "M#"))
	b.finish([]field{{path: "message", p: p}})
}

// header returns a header's name and its value (holding value i).
func (b *builder) header(i int) (string, *piece) {
	v := b.vals[i]
	var t string
	switch b.c.PII[i].Kind {
	case "credential":
		t = pick(b.f, list("Authorization: Bearer %s|X-Api-Key: %s|Cookie: session=%s; theme=dark|X-Shopify-Access-Token: %s|Authorization: token %s|X-Auth-Token: %s|Proxy-Authorization: Bearer %s|Authorization: Basic %s"))
		if strings.HasPrefix(t, "Authorization: Basic") {
			// the credential is the base64 of user:secret
			v = base64.StdEncoding.EncodeToString([]byte("svc:" + v))
			b.vals[i] = v
			b.c.PII[i].Value = v
		}
	case "email":
		t = pick(b.f, list("From: %s|X-User-Email: %s|X-Forwarded-Email: %s|Reply-To: %s"))
	default:
		t = pick(b.f, list("X-Customer-Phone: %s|X-Caller-Number: %s|X-Phone: %s"))
	}
	name, rest, _ := strings.Cut(t, ": ")
	before, after, _ := strings.Cut(rest, "%s")
	return name, new(piece).add(before).val(i, v).add(after)
}

func (b *builder) buildHeaders() {
	if b.f.IntN(3) == 0 { // structured header fields
		var fs []field
		fs = append(fs, field{path: "message", p: txt("inbound request " + b.lookText(b.randClass()))})
		for i := range b.vals {
			name, val := b.header(i)
			path := "http.request.headers." + strings.ToLower(name)
			if i == 1 && fs[1].path == path {
				path += "-2"
			}
			fs = append(fs, field{path: path, p: val})
		}
		fs = append(fs, field{path: "http.request.headers.x-request-id", p: txt(b.look("uuid"))})
		b.finish(fs)
		return
	}
	sep := pick(b.f, list("\r\n|\n|; "))
	p := new(piece).add("Host: api.example.com" + sep + "User-Agent: okhttp/4.12.0" + sep)
	p.add("X-Request-Id: " + b.look("uuid") + sep)
	for i := range b.vals {
		name, val := b.header(i)
		p.add(name+": ").embed(val, ident).add(sep)
	}
	p.add("traceparent: 00-" + b.look("trace_id") + "-" + b.look("span_id") + "-01")
	b.finish([]field{{path: "message", p: txt("request headers dumped " + b.lookText("http_status"))}, {path: "http.request.headers", p: p}})
}
