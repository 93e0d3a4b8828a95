package heldout

import (
	"fmt"
	"strings"
)

func init() {
	register("webhook_json", 1.5, genWebhook)
}

// planted name parts of a person, as a checkout form splits them
func (g *G) nameParts(p Person) (first, last any) {
	f, l := splitName(p.Loc, p.Name)
	first = g.P(KName, f)
	if l == "" {
		return first, ""
	}
	return first, g.P(KName, l)
}

func (g *G) shopifyAddress(p Person) O {
	first, last := g.nameParts(p)
	var a2 any
	if p.Addr.Line2 != "" {
		a2 = g.P(KAddr, p.Addr.Line2)
	}
	return O{"first_name", first, "address1", g.P(KAddr, p.Addr.Line1), "phone", g.P(KPhone, p.Phone), "city", p.Addr.City, "zip", p.Addr.Zip, "province", p.Addr.Region, "country", p.Loc.CC, "last_name", last, "address2", a2, "company", nil, "name", g.P(KName, p.Name), "country_code", p.Loc.CC}
}

func genWebhook(g *G) any {
	var payload O
	var topic, svc string
	switch g.n(9) {
	case 8:
		g.setVariant("cn_3pl_consignment")
		loc := g.localeOf("CN")
		p := g.person(loc)
		_, trk := g.tracking()
		payload = O{"logisticsOrderCode", trk, "tradeOrderId", g.tiktokOrder(), "receiver", O{"name", g.P(KName, p.Name), "mobile", g.P(KPhone, p.Phone), "idCardNo", g.P(KCNID, g.cnid()), "province", p.Addr.City, "detailAddress", g.P(KAddr, p.Addr.Line1), "zipCode", p.Addr.Zip}, "declaredValue", g.L("amount", g.money(10, 3000).plain()), "currency", "CNY"}
		topic, svc = "consignment.create", "fulfilment-api"
	case 0:
		g.setVariant("shopify_orders_create")
		loc := g.localeOf("US", "GB", "DE", "FR", "AU", "NL", "IT", "ES", "BR", "MX", "JP", "SG")
		p := g.person(loc)
		em := g.P(KEmail, p.Email)
		first, last := g.nameParts(p)
		payload = O{"id", Num(g.shopifyOrderID()), "admin_graphql_api_id", g.shopifyGID("Order"), "browser_ip", g.ipv4(), "contact_email", em, "created_at", g.iso(), "currency", "USD", "current_total_price", g.L("amount", g.money(5, 900).plain()), "email", em, "name", g.shopifyOrderName(), "phone", g.P(KPhone, p.Phone),
			"customer", O{"id", Num(g.pick("6", "7") + g.digits(12)), "email", em, "first_name", first, "last_name", last, "verified_email", true},
			"shipping_address", g.shopifyAddress(p),
			"line_items", A{O{"id", Num(g.digits(14)), "sku", g.sku(), "price", g.L("amount", g.money(1, 300).plain()), "quantity", g.rng(1, 4), "title", g.pick("Classic Tee", "Canvas Tote", "Trail Runner 2", "Ceramic Mug")}}}
		if g.chance(0.5) {
			payload = append(payload, "billing_address", g.shopifyAddress(p))
		}
		topic, svc = "orders/create", "shopify-webhooks"
	case 1:
		g.setVariant("shopee_order_detail")
		loc := g.localeOf("ID", "MY", "TH", "VN", "PH", "SG", "BR", "MX")
		p := g.person(loc)
		carrier, trk := g.tracking()
		payload = O{"request_id", g.hex(32), "error", "", "message", "", "response", O{"order_list", A{O{"order_sn", g.shopeeOrder(), "region", loc.CC, "currency", "IDR", "cod", g.chance(0.5), "total_amount", Num(g.num(10000, 2000000)), "order_status", "READY_TO_SHIP", "shipping_carrier", carrier, "create_time", Num(g.epochS()), "buyer_user_id", Num(g.ndigits(9)), "buyer_username", g.pick("mimi", "shopper", "kiki", "lucky", "cutie") + "_" + g.str("abcdefghijklmnopqrstuvwxyz0123456789", 5),
			"recipient_address", O{"name", g.P(KName, p.Name), "phone", g.P(KPhone, p.Phone), "town", "", "district", "", "city", p.Addr.City, "state", p.Addr.Region, "region", loc.CC, "zipcode", p.Addr.Zip, "full_address", g.P(KAddr, p.Addr.Full)},
			"item_list", A{O{"item_id", Num(g.shopeeItemID()), "model_sku", g.sku(), "model_quantity_purchased", g.rng(1, 3)}},
			"package_list", A{O{"package_number", "OFG" + g.digits(15), "tracking_number", trk}}}}}}
		topic, svc = "order.get_order_detail", "shopee-connector"
	case 2:
		g.setVariant("lazada_get_orders")
		loc := g.localeOf("MY", "ID", "TH", "VN", "PH", "SG")
		p := g.person(loc)
		addr := func() O {
			o := O{"first_name", g.P(KName, p.Name), "last_name", "", "phone", g.P(KPhone, p.Phone), "phone2", "", "address1", g.P(KAddr, p.Addr.Line1)}
			if p.Addr.Line2 != "" {
				o = append(o, "address2", g.P(KAddr, p.Addr.Line2))
			} else {
				o = append(o, "address2", "")
			}
			return append(o, "city", p.Addr.City, "post_code", p.Addr.Zip, "country", p.Addr.Country)
		}
		oid := g.lazadaOrder()
		payload = O{"data", O{"count", 1, "orders", A{O{"order_id", Num(oid), "order_number", Num(oid), "customer_first_name", g.P(KName, p.Name), "customer_last_name", "", "price", g.L("amount", g.money(5, 900).plain()), "payment_method", g.pick("COD", "MIXEDCARD", "LAZADA_WALLET"), "statuses", A{"pending"}, "created_at", g.L("time", g.when().Format("2006-01-02 15:04:05 +0800")), "address_billing", addr(), "address_shipping", addr()}}}, "code", "0", "request_id", g.hex(26)}
		topic, svc = "/orders/get", "lazada-connector"
	case 3:
		g.setVariant("tiktok_order_detail")
		loc := g.localeOf("TH", "VN", "MY", "ID", "PH", "SG", "US", "GB")
		p := g.person(loc)
		carrier, trk := g.tracking()
		payload = O{"code", 0, "data", O{"orders", A{O{"id", g.tiktokOrder(), "status", "AWAITING_SHIPMENT", "buyer_email", g.P(KEmail, g.str("abcdefghijklmnopqrstuvwxyz0123456789", 8)+"@scs.tiktokw.us"), "buyer_message", "",
			"recipient_address", O{"name", g.P(KName, p.Name), "phone_number", g.P(KPhone, p.Phone), "full_address", g.P(KAddr, p.Addr.Full), "postal_code", p.Addr.Zip, "region_code", loc.CC, "district_info", A{O{"address_level_name", "Province", "address_name", p.Addr.City}}},
			"payment", O{"currency", "THB", "total_amount", g.L("amount", g.num(100, 9000))}, "line_items", A{O{"id", g.ndigits(19), "seller_sku", g.sku()}}, "tracking_number", trk, "shipping_provider", carrier}}}, "message", "Success", "request_id", g.when().Format("20060102150405") + g.str(upAlnum, 18)}
		topic, svc = "ORDER_STATUS_CHANGE", "tiktok-connector"
	case 4:
		g.setVariant("amazon_order_address")
		loc := g.localeOf("US", "GB", "DE", "FR", "IT", "ES", "JP", "AU", "MX", "BR", "SG", "NL")
		p := g.person(loc)
		if g.chance(0.5) {
			ph := p.Phone
			if g.chance(0.3) {
				ph += " ext. " + g.digits(5)
			}
			sa := O{"Name", g.P(KName, p.Name), "AddressLine1", g.P(KAddr, p.Addr.Line1)}
			if p.Addr.Line2 != "" {
				sa = append(sa, "AddressLine2", g.P(KAddr, p.Addr.Line2))
			}
			sa = append(sa, "City", strings.ToUpper(p.Addr.City), "StateOrRegion", p.Addr.Region, "PostalCode", p.Addr.Zip, "CountryCode", loc.CC, "Phone", g.P(KPhone, ph), "AddressType", "Residential")
			payload = O{"payload", O{"AmazonOrderId", g.amazonOrder(), "ShippingAddress", sa}}
		} else {
			payload = O{"payload", O{"AmazonOrderId", g.amazonOrder(), "BuyerEmail", g.P(KEmail, g.str("abcdefghijklmnopqrstuvwxyz0123456789", 14)+"@marketplace.amazon."+g.pick("com", "de", "co.uk", "co.jp")), "BuyerName", g.P(KName, p.Name), "PurchaseOrderNumber", g.pick("", "PO-"+g.digits(6))}}
		}
		topic, svc = "getOrderAddress", "amazon-spapi-poller"
	case 5:
		g.setVariant("stripe_event")
		loc := g.locale()
		p := g.person(loc)
		payload = O{"id", g.L("payment_ref", "evt_"+g.pick("3", "1")+g.str(alnumSet, 23)), "object", "event", "type", "payment_intent.succeeded", "data", O{"object", O{"id", g.paymentRef(), "amount", Num(g.num(100, 99999)), "currency", g.pick("usd", "eur", "sgd", "gbp"), "receipt_email", g.P(KEmail, p.Email),
			"shipping", O{"name", g.P(KName, p.Name), "phone", g.P(KPhone, p.Phone), "address", O{"line1", g.P(KAddr, p.Addr.Line1), "line2", nil, "city", p.Addr.City, "postal_code", p.Addr.Zip, "country", loc.CC}},
			"payment_method_details", O{"card", O{"brand", "visa", "exp_month", g.rng(1, 12), "exp_year", g.rng(2025, 2031), "funding", "credit"}}}}, "created", Num(g.epochS())}
		topic, svc = "payment_intent.succeeded", "payment-callback"
	case 6:
		g.setVariant("adyen_notification")
		loc := g.localeOf("DE", "FR", "NL", "ES", "IT", "GB")
		p := g.person(loc)
		ad := O{"shopperEmail", g.P(KEmail, p.Email), "shopperName", g.P(KName, p.Name)}
		if g.chance(0.5) {
			ad = append(ad, "iban", g.P(KIBAN, g.iban(loc.CC)), "ownerName", g.P(KName, p.Name), "paymentMethodVariant", "sepadirectdebit")
		} else {
			pan, _ := g.card()
			ad = append(ad, "cardHolderName", g.P(KName, p.Name), "cardBin", pan[:6], "cardSummary", pan[len(pan)-4:], "cardNumber", g.P(KCard, pan))
		}
		payload = O{"live", "false", "notificationItems", A{O{"NotificationRequestItem", O{"additionalData", ad, "amount", O{"currency", "EUR", "value", Num(g.num(100, 99999))}, "eventCode", "AUTHORISATION", "eventDate", g.iso(), "merchantAccountCode", "AcmeECOM", "merchantReference", g.orderRef(), "pspReference", g.L("payment_ref", g.pick("88", "85")+g.digits(14)), "success", "true"}}}}
		topic, svc = "AUTHORISATION", "payment-callback"
	default:
		g.setVariant("midtrans_notification")
		loc := g.localeOf("ID")
		p := g.person(loc)
		first, last := g.nameParts(p)
		payload = O{"transaction_time", g.L("time", g.when().Format("2006-01-02 15:04:05")), "transaction_status", "settlement", "transaction_id", g.L("payment_ref", g.uuidRaw()), "status_code", "200", "signature_key", g.hex(128), "payment_type", "bank_transfer", "order_id", g.shopeeOrder(), "gross_amount", g.L("amount", fmt.Sprintf("%d.00", g.rng(10, 5000)*1000)), "va_numbers", A{O{"bank", "bca", "va_number", g.digits(11)}},
			"customer_details", O{"first_name", first, "last_name", last, "email", g.P(KEmail, p.Email), "phone", g.P(KPhone, p.Phone), "shipping_address", O{"address", g.P(KAddr, p.Addr.Line1), "city", p.Addr.City, "postal_code", p.Addr.Zip}}}
		topic, svc = "payment.notification", "payment-callback"
	}
	switch g.n(4) {
	case 0:
		return g.ev(svc, "debug", "webhook received topic="+topic, "webhook.topic", topic, "payload", payload)
	case 1:
		return g.ev(svc, "debug", "webhook received", "http.request.body.content", J(payload), "webhook.topic", topic)
	case 2:
		// a Python service logs json.dumps(body) (ensure_ascii)
		return g.ev(svc, "debug", "raw body", "http.request.body.content", JASCII(payload), "webhook.topic", topic)
	}
	return g.ev(svc, "info", "webhook "+topic+" body="+J(payload))
}
