package twentyfiftheval

import (
	"sort"
	"strings"
)

type tpl struct {
	id string
	w  int // instances per round
	fn func(g *gen, c *cas)
}

var templates []tpl

func reg(id string, w int, fn func(g *gen, c *cas)) { templates = append(templates, tpl{id, w, fn}) }

func sortedTemplates() []tpl {
	out := append([]tpl(nil), templates...)
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out
}

var amzLocs = []string{"en_US", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "tr_TR", "ar_AE", "ar_SA", "ja_JP", "en_IN", "pt_BR", "es_MX"}

func amzHost(g *gen) string {
	return "https://sellingpartnerapi-" + g.pick("na", "eu", "fe") + ".amazon.com"
}

// amzNative: Amazon.co.jp returns Japanese; Amazon.ae/.sa sometimes Arabic.
func amzNative(g *gen, p *person) bool {
	switch p.L.code {
	case "ja_JP":
		return g.chance(0.85)
	case "ar_AE", "ar_SA":
		return g.chance(0.35)
	}
	return false
}

func init() {
	reg("amz.order_address", 3, func(g *gen, c *cas) {
		p := g.person(amzLocs...)
		native := amzNative(g, p)
		c.base(g, "channel-sync", "info")
		oid := g.lk("amazon_order_id")
		c.F("message", C(L("SP-API GET /orders/v0/orders/"), c.K("amazon_order_id", oid), L("/address -> "), c.K("http_status", "200"), L(" in "+g.num(80, 900)+"ms")))
		c.F("url.full", C(L(amzHost(g)+"/orders/v0/orders/"), c.K("amazon_order_id", oid), L("/address")))
		var nt Txt
		if native {
			nt = c.nameFull(ctxJSON, p)
		} else {
			nt = c.name(g, ctxJSON, p, "roman")
		}
		body := O(K("payload", O(
			K("AmazonOrderId", S(c.K("amazon_order_id", oid))),
			K("ShippingAddress", O(
				K("Name", S(nt)),
				K("AddressLine1", S(c.street(ctxJSON, p, native))),
				K("AddressLine2", c.street2S(ctxJSON, p, native)),
				K("City", S(L(p.city(native)))),
				K("StateOrRegion", S(L(p.region(native)))),
				K("PostalCode", S(L(p.a.post))),
				K("CountryCode", Ss(p.L.country)),
				K("Phone", S(c.phone(g, ctxJSON, p, ""))),
				K("AddressType", Ss(g.pick("Residential", "Commercial"))),
			)),
		)))
		c.F("http.response.body.content", body)
		c.F("http.response.headers.x-amzn-RequestId", c.LK(g, "amzn_request_id"))
		c.F("amazon.marketplace_id", c.LK(g, "marketplace_id"))
	})

	reg("amz.buyer_info", 2, func(g *gen, c *cas) {
		p := g.person(amzLocs...)
		native := amzNative(g, p)
		c.base(g, "channel-sync", "info")
		oid := g.lk("amazon_order_id")
		relay := g.relayEmail("amazon")
		var nt Txt
		if native {
			nt = c.nameFull(ctxKV, p)
		} else {
			nt = c.name(g, ctxKV, p, "roman")
		}
		c.F("message", logfmt(
			K("level", L("info")), K("msg", L("buyer info fetched")), K("order_id", c.K("amazon_order_id", oid)),
			K("buyer_email", c.P(ctxKV, "email", "email.relay", p.L.code, relay)), K("buyer_name", nt),
			K("marketplace", c.LK(g, "marketplace_id")), K("took_ms", L(g.num(40, 700))),
		))
		var nt2 Txt
		if native {
			nt2 = c.nameFull(ctxJSON, p)
		} else {
			nt2 = c.nameRoman(ctxJSON, p)
		}
		buyerTax := Txt(nil)
		if g.chance(0.3) {
			buyerTax = O(K("CompanyLegalName", S(c.LK(g, "business_personlike"))), K("TaxingRegion", Ss(p.L.country)),
				K("TaxClassifications", A(O(K("Name", Ss("VATNumber")), K("Value", S(c.LK(g, "tax_id_vat_eu")))))))
		}
		c.F("http.response.body.content", O(K("payload", O(
			K("AmazonOrderId", S(c.K("amazon_order_id", oid))),
			K("BuyerEmail", S(c.P(ctxJSON, "email", "email.relay", p.L.code, relay))),
			K("BuyerName", S(nt2)),
			K("BuyerTaxInfo", buyerTax),
			K("PurchaseOrderNumber", opt(g.chance(0.2), S(c.LK(g, "merchant_order_ref")))),
		))))
	})

	reg("amz.report_tsv", 2, func(g *gen, c *cas) {
		c.base(g, "report-ingest", "debug")
		rid := g.lk("sp_report_id")
		c.F("message", C(L("GET_FLAT_FILE_ORDER_REPORT_DATA_SHIPPING reportId="), c.K("sp_report_id", rid), L(" chunk "+g.num(1, 4)+"/"+g.num(5, 9)+" parsed")))
		c.F("amazon.report.document_id", c.LK(g, "feed_document_id"))
		hdr := "amazon-order-id\torder-item-id\tpurchase-date\tbuyer-email\tbuyer-name\tbuyer-phone-number\tsku\tproduct-name\tquantity-purchased\tcurrency\titem-price\tship-service-level\trecipient-name\tship-address-1\tship-address-2\tship-city\tship-state\tship-postal-code\tship-country\tship-phone-number"
		rows := []Txt{L(hdr)}
		for i, n := 0, g.rng(1, 3); i < n; i++ {
			p := g.person(amzLocs...)
			native := amzNative(g, p)
			var nt Txt
			if native {
				nt = c.nameFull(ctxCSV, p)
			} else {
				nt = c.nameRoman(ctxCSV, p)
			}
			ph := c.phone(g, ctxCSV, p, g.pick("e164", "natl", "intl"))
			row := Join("\t",
				c.LK(g, "amazon_order_id"), L(g.digitsNZ(14)), c.LK(g, "iso_datetime"), c.relay(g, ctxCSV, "amazon", p), nt, ph,
				c.LK(g, "seller_sku"), L(strings.ReplaceAll(g.product(), "\t", " ")), L(g.num(1, 3)), L(p.L.currency), c.LK(g, "amount"), L(g.pick("Standard", "Expedited", "SecondDay")),
				nt, c.street(ctxCSV, p, native), C(c.street2(ctxCSV, p, native)), L(p.city(native)), L(p.region(native)), L(p.a.post), L(p.L.country), ph)
			rows = append(rows, row)
		}
		c.F("report.chunk", Join("\n", rows...))
	})

	reg("amz.sqs_envelope", 2, func(g *gen, c *cas) {
		p := g.person(amzLocs...)
		native := amzNative(g, p)
		c.base(g, "order-fanout", "info")
		oid := g.lk("amazon_order_id")
		var nt Txt
		if native {
			nt = c.nameFull(ctxJSON2, p)
		} else {
			nt = c.name(g, ctxJSON2, p, "roman")
		}
		inner := O(K("event", Ss("order.synced")), K("source", Ss("amazon")), K("order", O(
			K("id", S(c.K("amazon_order_id", oid))),
			K("marketplace_id", S(c.LK(g, "marketplace_id"))),
			K("buyer", O(K("name", S(nt)), K("email", S(c.relay(g, ctxJSON2, "amazon", p))))),
			K("ship_to", O(K("line1", S(c.street(ctxJSON2, p, native))), K("city", S(L(p.city(native)))), K("postal_code", S(L(p.a.post))), K("country", Ss(p.L.country)), K("phone", S(c.phone(g, ctxJSON2, p, ""))))),
			K("total", O(K("amount", S(c.LK(g, "amount"))), K("currency", Ss(p.L.currency)))),
			K("purchase_date", S(c.LK(g, "iso_datetime"))),
		)))
		env := O(K("Type", Ss("Notification")), K("MessageId", S(c.LK(g, "uuid"))), K("TopicArn", S(c.LK(g, "sns_topic_arn"))),
			K("Message", S(inner)), K("Timestamp", S(c.LK(g, "iso_datetime"))), K("SignatureVersion", Ss("1")),
			K("Signature", S(c.K("sig_b64", g.b64([]int{128, 256}[g.n(2)])))),
			K("SigningCertURL", Ss("https://sns.us-east-1.amazonaws.com/SimpleNotificationService-"+g.hex(32)+".pem")))
		c.F("sqs.body", env)
		c.F("sqs.message_id", c.LK(g, "uuid"))
		c.F("sqs.receipt_handle", c.LK(g, "sqs_receipt"))
		c.F("message", C(L("consumed order.synced for "), c.K("amazon_order_id", oid), L(" attempt="+g.num(1, 3))))
	})

	reg("amz.mfn_throttle", 2, func(g *gen, c *cas) {
		seller := g.person(amzLocs...)
		c.base(g, "channel-sync", "warn")
		oid := g.lk("amazon_order_id")
		body := O(K("ShipmentRequestDetails", O(
			K("AmazonOrderId", S(c.K("amazon_order_id", oid))),
			K("ItemList", A(O(K("OrderItemId", Ss(g.digitsNZ(14))), K("Quantity", N("1"))))),
			K("ShipFromAddress", O(
				K("Name", S(c.nameRoman(ctxJSON, seller))),
				K("AddressLine1", S(c.street(ctxJSON, seller, false))),
				K("Email", S(c.emailPlain(ctxJSON, seller))),
				K("City", S(L(seller.city(false)))),
				K("PostalCode", S(L(seller.a.post))),
				K("CountryCode", Ss(seller.L.country)),
				K("Phone", S(c.phone(g, ctxJSON, seller, "e164"))),
			)),
			K("PackageDimensions", O(K("Length", N(g.num(5, 60))), K("Width", N(g.num(5, 40))), K("Height", N(g.num(2, 30))), K("Unit", Ss("centimeters")))),
			K("Weight", O(K("Value", N(g.num(100, 9000))), K("Unit", Ss("g")))),
			K("ShippingServiceOptions", O(K("DeliveryExperience", Ss("DeliveryConfirmationWithoutSignature")), K("CarrierWillPickUp", N("false")))),
		)))
		c.F("message", C(L("SP-API 429 QuotaExceeded on POST /mfn/v0/shipments (order "), c.K("amazon_order_id", oid), L("); retry "+g.num(1, 5)+"/6 in "+g.num(1, 8)+".0s; body="), body))
		c.F("http.response.body.content", L(`{"errors":[{"code":"QuotaExceeded","message":"You exceeded your quota for the requested resource.","details":""}]}`))
		c.F("http.response.headers", headers("\n", K("x-amzn-RequestId", c.LK(g, "amzn_request_id")), K("x-amzn-RateLimit-Limit", L("0.0167")), K("X-Amzn-Trace-Id", c.LK(g, "amzn_trace_id"))))
	})

	reg("amz.lwa_refresh", 2, func(g *gen, c *cas) {
		c.base(g, "auth", "debug")
		rt, rts := g.lwaRefresh()
		cs, css := g.lwaSecret()
		at, ats := g.lwaAccess()
		c.F("message", C(L("LWA token refresh for seller "), c.LK(g, "amazon_seller_id"), L(" region="+g.pick("na", "eu", "fe"))))
		c.F("http.request.body.content", Q(K("grant_type", L("refresh_token")), K("refresh_token", c.cred(ctxForm, "cred.token", rt, rts)),
			K("client_id", c.LK(g, "lwa_client_id")), K("client_secret", c.cred(ctxForm, "cred.secret", cs, css))))
		if g.chance(0.7) {
			c.F("http.response.body.content", O(K("access_token", S(c.cred(ctxJSON, "cred.token", at, ats))), K("refresh_token", S(c.cred(ctxJSON, "cred.token", rt, rts))), K("token_type", Ss("bearer")), K("expires_in", N("3600"))))
		} else {
			c.F("http.response.body.content", L(`{"error_description":"The request has an invalid grant parameter : refresh_token","error":"invalid_grant"}`))
		}
		c.F("url.full", L("https://api.amazon.com/auth/o2/token"))
	})

	reg("mws.list_orders_xml", 2, func(g *gen, c *cas) {
		p := g.person(amzLocs...)
		native := amzNative(g, p)
		c.base(g, "mws-legacy", "debug")
		tok := g.uuid()
		c.F("url.full", C(L("https://mws.amazonservices.com/Orders/2013-09-01?"), Q(
			K("AWSAccessKeyId", L("AKIA"+g.from(upAlnum, 16))), K("Action", L("ListOrders")), K("SellerId", c.LK(g, "amazon_seller_id")),
			K("MWSAuthToken", c.cred(ctxURL, "cred.token", "amzn.mws."+tok, tok)), K("SignatureVersion", L("2")), K("SignatureMethod", L("HmacSHA256")),
			K("Timestamp", c.LK(g, "iso_datetime")), K("Version", L("2013-09-01")), K("Signature", c.LK(g, "hmac_b64")),
			K("MarketplaceId.Id.1", c.LK(g, "marketplace_id")), K("CreatedAfter", c.LK(g, "iso_datetime")))))
		oid := g.lk("amazon_order_id")
		var nt Txt
		if native {
			nt = c.nameFull(ctxXML, p)
		} else {
			nt = c.nameRoman(ctxXML, p)
		}
		x := X(`ListOrdersResponse xmlns="https://mws.amazonservices.com/Orders/2013-09-01"`, X("ListOrdersResult", X("Orders", X("Order",
			XT("AmazonOrderId", c.K("amazon_order_id", oid)),
			XT("PurchaseDate", c.LK(g, "iso_datetime")),
			XT("OrderStatus", L("Unshipped")),
			XT("BuyerEmail", c.relay(g, ctxXML, "amazon", p)),
			XT("BuyerName", nt),
			X("ShippingAddress",
				XT("Name", nt),
				XT("AddressLine1", c.street(ctxXML, p, native)),
				opt(p.street2(native) != "", XT("AddressLine2", c.street2(ctxXML, p, native))),
				XT("City", L(p.city(native))), XT("StateOrRegion", L(p.region(native))), XT("PostalCode", L(p.a.post)), XT("CountryCode", L(p.L.country)),
				XT("Phone", c.phone(g, ctxXML, p, ""))),
			X("OrderTotal", XT("CurrencyCode", L(p.L.currency)), XT("Amount", c.LK(g, "amount"))),
			XT("MarketplaceId", c.LK(g, "marketplace_id")),
		))), X("ResponseMetadata", XT("RequestId", c.LK(g, "uuid"))))
		c.F("http.response.body.content", C(L(`<?xml version="1.0"?>`), x))
	})

	reg("amz.feed_report", 3, func(g *gen, c *cas) {
		c.base(g, "feeds", "info")
		fid := g.lk("sp_report_id")
		c.F("message", C(L("feed "), c.K("sp_report_id", fid), L(" POST_ORDER_FULFILLMENT_DATA processed: "+g.num(1, 50)+" ok, 1 error")))
		var msgs []Txt
		for i, n := 0, g.rng(1, 3); i < n; i++ {
			msgs = append(msgs, X("Message", XT("MessageID", L(itoa(i+1))), X("OrderFulfillment",
				XT("AmazonOrderID", c.LK(g, "amazon_order_id")), XT("MerchantFulfillmentID", c.LK(g, "merchant_order_ref")), XT("FulfillmentDate", c.LK(g, "iso_datetime")),
				X("FulfillmentData", XT("CarrierName", L(g.pick("UPS", "DHL", "Correios", "Yamato", "DPD"))), XT("ShippingMethod", L("Standard")), XT("ShipperTrackingNumber", c.LK(g, g.pick("ups_tracking", "dhl_tracking", "correios_tracking", "yamato_tracking", "dpd_tracking")))),
				X("Item", XT("AmazonOrderItemCode", L(g.digitsNZ(14))), XT("Quantity", L("1"))))))
		}
		c.F("amazon.feed.document", C(L(`<?xml version="1.0" encoding="UTF-8"?><AmazonEnvelope><Header><DocumentVersion>1.01</DocumentVersion><MerchantIdentifier>`), c.LK(g, "amazon_seller_id"), L(`</MerchantIdentifier></Header><MessageType>OrderFulfillment</MessageType>`), C(msgs...), L(`</AmazonEnvelope>`)))
		c.F("amazon.feed.processing_report", C(L("ResultCode=Error MessageID=1 ResultMessageCode=18028 ResultDescription="), c.LK(g, "plain_phrase"), L(" (feedDocumentId "), c.LK(g, "feed_document_id"), L(")")))
	})
}
