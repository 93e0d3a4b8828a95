package heldout

import (
	"net/url"
	"strings"
	"unicode"
)

func init() {
	register("field", 1.5, genField)
	register("echo", 1.5, genEcho)
}

// orderFields are the ordinary non-PII fields of an order event.
func (g *G) orderFields() O {
	o := O{"order.id", g.orderRef()}
	if g.chance(0.5) {
		o = append(o, "order.total", g.amount(nil))
	}
	if g.chance(0.4) {
		_, trk := g.tracking()
		o = append(o, "tracking.number", trk)
	}
	if g.chance(0.4) {
		o = append(o, "item.sku", g.sku())
	}
	if g.chance(0.3) {
		o = append(o, "event.created", Num(g.epochMs()))
	}
	if g.chance(0.2) {
		o = append(o, "item.ean", g.ean13())
	}
	if g.chance(0.15) {
		o = append(o, "item.upc", g.upc12())
	}
	return o
}

func genField(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var f O
	msg := g.pick("order updated", "buyer synced", "shipment created", "payment captured", "address validated", "checkout step completed")
	switch g.n(11) {
	case 0:
		g.setVariant("buyer_object")
		b := O{"name", g.P(KName, p.Name), "email", g.P(KEmail, p.Email), "phone", g.P(KPhone, p.Phone)}
		if g.chance(0.3) {
			b = append(O{"id", Num(g.num(1000, 99999999))}, b...) // masked by the buyer.* default: not judged
		}
		f = O{"buyer", b}
	case 1:
		g.setVariant("customer_dotted")
		first, last := g.nameParts(p)
		f = O{"customer.first_name", first, "customer.last_name", last, "customer.email", g.P(KEmail, p.Email), "customer.phone", g.P(KPhone, p.Phone)}
		if g.chance(0.3) {
			f = append(f, "customer.id", Num(g.num(1000, 99999999))) // masked by customer.*: not judged
		}
	case 2:
		g.setVariant("recipient")
		f = O{"recipient", O{"name", g.P(KName, p.Name), "phone", g.P(KPhone, p.Phone), "address", g.P(KAddr, p.Addr.Full)}}
	case 3:
		g.setVariant("shipping_billing_address")
		sa := O{"line1", g.P(KAddr, p.Addr.Line1)}
		if p.Addr.Line2 != "" {
			sa = append(sa, "line2", g.P(KAddr, p.Addr.Line2))
		}
		sa = append(sa, "city", p.Addr.City, "postcode", p.Addr.Zip, "country", loc.CC)
		f = O{"shipping", O{"address", sa, "method", g.pick("standard", "express", "cod")}}
		if g.chance(0.5) {
			p2 := g.person(loc)
			f = append(f, "billing.address.street", g.P(KAddr, p2.Addr.Line1), "billing.address.zip", p2.Addr.Zip)
		}
	case 4:
		g.setVariant("payment_card")
		pan, brand := g.card()
		f = O{"payment", O{"card_number", g.P(KCard, g.cardFmt(pan)), "brand", brand, "amount", g.amount(loc), "psp_reference", g.paymentRef()}}
		if g.chance(0.5) {
			f = append(f, "payment.cardholder_name", g.P(KName, p.Name))
		}
	case 5:
		g.setVariant("secrets_fields")
		switch g.n(4) {
		case 0:
			f = O{"user.name", g.pick("svc-orders", "admin", "warehouse01"), "user.password", g.P(KCred, g.cred("password").Value)}
		case 1:
			c := g.cred(g.pick("jwt", "bearer", "shpat", "lazada_token", "tiktok_token"))
			f = O{"auth.token", g.PP(KCred, c.Value, c.Public), "auth.scheme", "Bearer"}
		case 2:
			c := g.cred(g.pick("api_key", "shopee_partner_key", "stripe_sk", "aiza"))
			f = O{"api", O{"token", g.PP(KCred, c.Value, c.Public), "endpoint", "/api/v2/orders"}}
		default:
			c := g.cred("session")
			f = O{"http.request.cookies.session_id", g.P(KCred, c.Value), "http.request.method", "POST"}
		}
	case 6:
		g.setVariant("non_default_contact")
		f = O{"order.contact_email", g.P(KEmail, p.Email), "order.contact_phone", g.P(KPhone, p.Phone), "delivery.receiver_name", g.P(KName, p.Name), "order.ship_to", g.P(KAddr, p.Addr.Full)}
	case 7:
		g.setVariant("kyc_payout")
		if g.chance(0.5) {
			cl := g.localeOf("CN")
			pc := g.person(cl)
			f = O{"kyc.id_number", g.P(KCNID, g.cnid()), "kyc.real_name", g.P(KName, pc.Name), "kyc.status", "verified"}
		} else {
			f = O{"payout.iban", g.P(KIBAN, g.ibanFmt(g.iban(ibanCC(g, loc)))), "payout.account_holder", g.P(KName, p.Name), "payout.amount", g.amount(loc)}
		}
	case 8:
		g.setVariant("numbers_and_keys")
		pan, _ := g.card()
		k := g.cred(g.pick("api_key", "lazada_secret"))
		var mob any = g.P(KPhone, digitsOnly(p.Phone))
		if !strings.HasPrefix(digitsOnly(p.Phone), "0") {
			mob = Num(mob.(string)) // a JSON number, as some exporters write phones
		}
		f = O{"consignee.mobile", mob, "payment.pan", Num(g.P(KCard, pan)), "merchant.api_key", g.P(KCred, k.Value)}
	case 9:
		g.setVariant("arrays")
		p2 := g.person(loc)
		f = O{"notify.to", A{g.P(KEmail, p.Email), g.P(KEmail, p2.Email)}, "order.recipients", A{O{"name", g.P(KName, p.Name), "phone", g.P(KPhone, p.Phone)}, O{"name", g.P(KName, p2.Name), "phone", g.P(KPhone, p2.Phone)}}}
	default:
		g.setVariant("order_note")
		f = O{"order.note", g.pick("please call ", "bitte anrufen ", "tolong hubungi ", "請致電 ", "gọi trước ") + g.P(KPhone, p.Phone) + g.pick(" before delivery", " vor Zustellung", " sebelum kirim", "", " trước khi giao"), "order.gift_message", g.pick("Happy birthday ", "Für ", "Untuk ", "To ") + g.P(KName, p.Name) + "!"}
	}
	ev := g.ev(g.svc(), "info", msg, f...)
	return append(ev, g.orderFields()...)
}

var accentPairs = []string{
	"áàâäãåāă", "a", "éèêëēěẹẻẽếềểễệ", "e", "íìîïīĩỉị", "i", "óòôöõøōọỏốồổỗộơớờởỡợ", "o",
	"úùûüūũủụưứừửữự", "u", "ýỳỷỹỵÿ", "y", "ñń", "n", "çč", "c", "đ", "d", "ạảấầẩẫậắằẳẵặ", "a", "šś", "s", "žź", "z", "ł", "l",
}

var accentMap = func() map[rune]string {
	m := map[rune]string{'ß': "ss"}
	for i := 0; i < len(accentPairs); i += 2 {
		for _, r := range accentPairs[i] {
			m[r] = accentPairs[i+1]
			if u := unicode.ToUpper(r); u != r {
				m[u] = strings.ToUpper(accentPairs[i+1])
			}
		}
	}
	return m
}()

// stripAccents folds Latin diacritics (what a legacy system does to a name).
func stripAccents(s string) string {
	var b strings.Builder
	for _, r := range s {
		if x, ok := accentMap[r]; ok {
			b.WriteString(x)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// intlLocal is a mobile number both in international form and in its
// national form with the trunk 0.
func (g *G) intlLocal() (intl, local string) {
	switch g.n(10) {
	case 0:
		n := "8" + g.pick("12", "13", "21", "52", "57") + g.digits(8)
		return "+62 " + n[:3] + "-" + n[3:7] + "-" + n[7:], "0" + n
	case 1:
		n := "7700" + g.digits(6)
		return "+44 " + n[:4] + " " + n[4:], "0" + n[:4] + " " + n[4:]
	case 2:
		n := g.pick("151", "160", "176") + g.digits(8)
		return "+49 " + n[:3] + " " + n[3:], "0" + n[:3] + " " + n[3:]
	case 3:
		n := g.pick("81", "89", "92") + g.digits(7)
		return "+66 " + n[:2] + " " + n[2:5] + " " + n[5:], "0" + n[:2] + "-" + n[2:5] + "-" + n[5:]
	case 4:
		n := g.pick("912", "903", "988") + g.digits(6)
		return "+84 " + n[:3] + " " + n[3:6] + " " + n[6:], "0" + n
	case 5:
		n := g.pick("12", "16", "19") + g.digits(7)
		return "+60 " + n[:2] + "-" + n[2:5] + " " + n[5:], "0" + n[:2] + "-" + n[2:]
	case 6:
		n := g.pick("917", "927", "998") + g.digits(7)
		return "+63 " + n[:3] + " " + n[3:6] + " " + n[6:], "0" + n
	case 7:
		n := g.pick("90", "80") + g.digits(8)
		return "+81 " + n[:2] + "-" + n[2:6] + "-" + n[6:], "0" + n[:2] + "-" + n[2:6] + "-" + n[6:]
	case 8:
		n := "6" + g.digits(8)
		return "+33 " + n[:1] + " " + n[1:3] + " " + n[3:5] + " " + n[5:7] + " " + n[7:], "0" + n
	}
	n := "4" + g.digits(8)
	return "+61 " + n[:3] + " " + n[3:6] + " " + n[6:], "0" + n
}

func genEcho(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var f O
	var msg string
	switch g.n(12) {
	case 11:
		g.setVariant("cnid_lower_x_echo")
		loc = g.localeOf("CN")
		id := g.cnid()
		f = O{"buyer.id_card", g.P(KCNID, id)}
		msg = "customs rejected id " + g.E(KCNID, id, strings.ToLower(id)[:6]+" "+strings.ToLower(id)[6:14]+" "+strings.ToLower(id)[14:]) + " for order " + g.orderRef()
	case 0:
		g.setVariant("email_upper_in_message")
		e := g.P(KEmail, p.Email)
		f = O{"buyer.email", e}
		msg = "sent order confirmation to " + g.E(KEmail, p.Email, strings.ToUpper(p.Email))
	case 1:
		g.setVariant("phone_digits_in_message")
		f = O{"customer.phone", g.P(KPhone, p.Phone)}
		d := digitsOnly(p.Phone)
		msg = "SMS gateway rejected destination " + g.E(KPhone, p.Phone, d) + " (code 21211)"
		if g.chance(0.5) {
			f = append(f, "url.query", "to="+g.PS(KPhone, p.Phone, url.QueryEscape(p.Phone))+"&body=order+shipped")
		}
	case 2:
		g.setVariant("first_name_greeting")
		f = O{"buyer.name", g.P(KName, p.Name)}
		fn := firstWord(p.Name)
		if loc.Script && !strings.Contains(p.Name, " ") {
			fn = p.Name
		}
		msg = g.pick("Hi ", "Hola ", "Olá ", "Hallo ", "Halo ", "Xin chào ") + g.E(KName, p.Name, fn) + ", your order " + g.orderRef() + " is on its way"
		if g.chance(0.5) {
			f = append(f, "url.query", "name="+g.PS(KName, p.Name, url.QueryEscape(p.Name))+"&lang="+loc.Lang)
		}
	case 3:
		g.setVariant("address_lower_in_note")
		f = O{"shipping.address.line1", g.P(KAddr, p.Addr.Line1), "shipping.address.city", p.Addr.City}
		f = append(f, "order.note", "leave parcel at "+g.E(KAddr, p.Addr.Line1, strings.ToLower(p.Addr.Line1))+" if nobody is home")
		msg = "delivery instructions saved"
	case 4:
		g.setVariant("card_regrouped")
		pan, _ := g.card()
		f = O{"payment.card_number", g.P(KCard, pan)}
		f = append(f, "error.message", "card "+g.E(KCard, pan, groupCard(pan, " "))+" declined: do not honor")
		msg = "charge failed"
	case 5:
		g.setVariant("cjk_recipient")
		loc = g.localeOf("CN", "JP", "KR")
		p = g.person(loc)
		f = O{"recipient.name", g.P(KName, p.Name), "recipient.phone", g.P(KPhone, p.Phone)}
		msg = g.pick("收件人：", "お届け先: ", "수령인: ") + g.E(KName, p.Name, p.Name) + " / " + g.E(KPhone, p.Phone, p.Phone)
	case 6:
		g.setVariant("email_in_body_and_url")
		e := g.P(KEmail, p.Email)
		f = O{"customer.email", e, "http.request.body.content", J(O{"email", e, "order", g.orderRef(), "consent", true}), "url.full", "https://api.acme-retail.com/v1/subscribe?email=" + g.PS(KEmail, p.Email, url.QueryEscape(p.Email)) + "&src=checkout"}
		msg = "newsletter opt-in"
	case 7:
		g.setVariant("name_upper_and_folded")
		loc = g.localeOf("ES", "MX", "BR", "FR", "DE", "VN", "IT")
		p = g.person(loc)
		f = O{"customer.name", g.P(KName, p.Name)}
		up := strings.ToUpper(p.Name)
		fo := stripAccents(p.Name)
		msg = "label printed for " + g.E(KName, p.Name, up) + "; carrier name field (ASCII only): " + g.E(KName, p.Name, fo)
	case 8:
		g.setVariant("phone_intl_vs_trunk")
		intl, local := g.intlLocal()
		f = O{"buyer.phone", g.P(KPhone, intl)}
		msg = "courier will call " + g.E(KPhone, intl, local) + " before delivery"
	case 9:
		g.setVariant("password_echoed")
		pw := g.cred("password").Value
		f = O{"user.password", g.P(KCred, pw), "user.name", g.pick("svc-erp", "ops", "reporting")}
		f = append(f, "error.message", "login failed for user with password "+g.E(KCred, pw, pw))
		msg = "ERP login failed"
	default:
		g.setVariant("address_ascii_json_body")
		f = O{"shipping.address.street", g.P(KAddr, p.Addr.Line1), "shipping.address.zip", p.Addr.Zip}
		f = append(f, "http.request.body.content", JASCII(O{"street", g.E(KAddr, p.Addr.Line1, p.Addr.Line1), "zip", p.Addr.Zip, "country", loc.CC}))
		msg = "geocoder miss"
	}
	ev := g.ev(g.svc(), "info", msg, f...)
	return append(ev, g.orderFields()...)
}
