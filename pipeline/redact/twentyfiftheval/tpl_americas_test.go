package twentyfiftheval

import "strings"

var meliLocs = []string{"es_AR", "pt_BR", "es_MX", "es_CO", "es_PE"}

func init() {
	reg("meli.shipment", 3, func(g *gen, c *cas) {
		p := g.person(meliLocs...)
		c.base(g, "channel-sync", "debug")
		tok, ts := g.meliToken()
		sid := g.lk("meli_shipment_id")
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.token", tok, ts))), K("x-format-new", L("true"))))
		c.F("url.full", C(L("https://api.mercadolibre.com/shipments/"), c.K("meli_shipment_id", sid)))
		st, no := splitStreet(p.a.line1)
		st = strings.TrimSuffix(st, ",")
		ra := O(K("id", N(g.digitsNZ(10))), K("address_line", S(c.street(ctxJSON, p, true))), K("street_name", S(c.P(ctxJSON, "address", "addr.street", p.L.code, st))), K("street_number", Ss(strings.Fields(no + " 0")[0])),
			K("comment", c.street2S(ctxJSON, p, true)), K("zip_code", S(L(p.a.post))), K("city", O(K("name", S(L(p.a.city))))), K("state", O(K("name", S(L(p.a.region))))),
			K("country", O(K("id", Ss(p.L.country)), K("name", S(L(p.L.countryN))))), K("neighborhood", O(K("name", S(L(p.a.district))))),
			K("receiver_name", S(c.nameFull(ctxJSON, p))), K("receiver_phone", S(c.phone(g, ctxJSON, p, g.pick("natl", "noplus", "natl")))))
		c.F("http.response.body.content", O(K("id", c.K("meli_shipment_id", sid)), K("status", Ss("ready_to_ship")), K("substatus", Ss("printed")), K("tracking_number", S(c.LK(g, g.pick("correios_tracking", "meli_shipment_id")))),
			K("receiver_address", ra), K("order_id", c.LK(g, "meli_order_id")), K("date_created", S(c.LK(g, "iso_datetime")))))
	})

	reg("meli.billing_info", 2, func(g *gen, c *cas) {
		p := g.person(meliLocs...)
		c.base(g, "channel-sync", "debug")
		oid := g.lk("meli_order_id")
		st, no := splitStreet(p.a.line1)
		doc := g.pick("tax_id_cuit", "tax_id_cnpj", "tax_id_rfc", "tax_id_ruc")
		asArray := g.chance(0.5)
		ctx := ctxJSON
		if asArray {
			ctx = ctxArr
		}
		info := A(
			O(K("type", Ss("FIRST_NAME")), K("value", S(c.given(ctx, p, true)))),
			O(K("type", Ss("LAST_NAME")), K("value", S(c.family(ctx, p, true)))),
			O(K("type", Ss("BUSINESS_NAME")), K("value", S(c.LK(g, "business_personlike")))),
			O(K("type", Ss("STREET_NAME")), K("value", S(c.P(ctx, "address", "addr.street", p.L.code, strings.TrimSuffix(st, ","))))),
			O(K("type", Ss("STREET_NUMBER")), K("value", Ss(strings.Fields(no + " 0")[0]))),
			O(K("type", Ss("CITY_NAME")), K("value", S(L(p.a.city)))),
			O(K("type", Ss("ZIP_CODE")), K("value", S(L(p.a.post)))),
			O(K("type", Ss("DOC_NUMBER")), K("value", S(c.LK(g, doc)))),
		)
		if asArray {
			c.FA("meli.billing_info.additional_info", info)
		} else {
			c.F("http.response.body.content", O(K("billing_info", O(K("doc_type", Ss(map[string]string{"tax_id_cuit": "CUIT", "tax_id_cnpj": "CNPJ", "tax_id_rfc": "RFC", "tax_id_ruc": "RUC"}[doc])), K("additional_info", info)))))
		}
		c.F("message", C(L("billing info for order "), c.K("meli_order_id", oid), L(" loaded")))
	})

	reg("meli.oauth", 1, func(g *gen, c *cas) {
		c.base(g, "auth", "debug")
		sec := g.mixed(alnum, 32)
		rt, rts := g.meliRefresh()
		at, ats := g.meliToken()
		cid := g.lk("app_id")
		c.F("http.request.body.content", Q(K("grant_type", L("refresh_token")), K("client_id", c.K("app_id", cid)), K("client_secret", c.cred(ctxForm, "cred.secret", sec, sec)), K("refresh_token", c.cred(ctxForm, "cred.token", rt, rts))))
		c.F("http.response.body.content", O(K("access_token", S(c.cred(ctxJSON, "cred.token", at, ats))), K("token_type", Ss("Bearer")), K("expires_in", N("21600")), K("scope", Ss("offline_access read write")),
			K("user_id", N(g.digitsNZ(9))), K("refresh_token", S(c.cred(ctxJSON, "cred.token", rt, rts)))))
		c.F("url.full", L("https://api.mercadolibre.com/oauth/token"))
	})

	reg("ebay.fulfillment_order", 2, func(g *gen, c *cas) {
		p := g.person("en_US", "en_US", "de_DE", "it_IT", "fr_FR", "pl_PL")
		c.base(g, "channel-sync", "debug")
		tok, ts := g.ebayToken()
		oid := g.lk("ebay_order_id")
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.token", tok, ts))), K("X-EBAY-C-MARKETPLACE-ID", L("EBAY_"+p.L.country))))
		c.F("url.full", C(L("https://api.ebay.com/sell/fulfillment/v1/order/"), c.K("ebay_order_id", oid)))
		ca := func(x *person) Txt {
			return O(K("addressLine1", S(c.street(ctxJSON, x, true))), K("city", S(L(x.a.city))), K("stateOrProvince", S(L(x.a.region))), K("postalCode", S(L(x.a.post))), K("countryCode", Ss(x.L.country)))
		}
		rel := c.relay(g, ctxJSON, "ebay", p)
		ship := p
		if g.chance(0.3) {
			ship = g.person(p.L.code)
		}
		c.F("http.response.body.content", O(K("orderId", S(c.K("ebay_order_id", oid))), K("creationDate", S(c.LK(g, "iso_datetime"))),
			K("buyer", O(K("username", Ss("shopper_"+g.digitsNZ(6))), K("taxAddress", O(K("postalCode", S(L(p.a.post))), K("countryCode", Ss(p.L.country)))),
				K("buyerRegistrationAddress", O(K("fullName", S(c.nameFull(ctxJSON, p))), K("contactAddress", ca(p)), K("primaryPhone", O(K("phoneNumber", S(c.phone(g, ctxJSON, p, ""))))), K("email", S(rel)))))),
			K("fulfillmentStartInstructions", A(O(K("shippingStep", O(K("shipTo", O(K("fullName", S(c.nameFull(ctxJSON, ship))), K("contactAddress", ca(ship)), K("primaryPhone", O(K("phoneNumber", S(c.phone(g, ctxJSON, ship, ""))))), K("email", S(rel)))),
				K("shippingCarrierCode", Ss(g.pick("USPS", "DHL", "Hermes", "UPS")))))))),
			K("pricingSummary", O(K("total", O(K("value", S(c.LK(g, "amount"))), K("currency", Ss(p.L.currency))))))))
	})

	reg("etsy.receipt", 2, func(g *gen, c *cas) {
		p := g.person("en_US", "en_US", "de_DE", "fr_FR", "it_IT", "nl_NL", "en_IN")
		c.base(g, "channel-sync", "debug")
		ks := g.from(lowAlnum, 24)
		uid := g.digitsNZ(9)
		otok := g.from(b64url, 64)
		rid := g.lk("etsy_receipt_id")
		c.F("http.request.headers", headers("\n", K("x-api-key", c.cred(ctxHdr, "cred.secret", ks, ks)), K("Authorization", C(L("Bearer "+uid+"."), c.cred(ctxHdr, "cred.token", otok, otok)))))
		c.F("url.full", C(L("https://openapi.etsy.com/v3/application/shops/"+g.digitsNZ(8)+"/receipts/"), c.K("etsy_receipt_id", rid)))
		fa := p.full() + "\n" + p.a.line1 + "\n" + p.a.city + ", " + p.a.region + " " + p.a.post + "\n" + p.L.countryN
		c.F("http.response.body.content", O(K("receipt_id", c.K("etsy_receipt_id", rid)), K("receipt_type", N("0")), K("buyer_user_id", N(g.digitsNZ(9))), K("buyer_email", S(c.email(g, ctxJSON, p))),
			K("name", S(c.nameFull(ctxJSON, p))), K("first_line", S(c.street(ctxJSON, p, true))), K("second_line", c.street2S(ctxJSON, p, true)), K("city", S(L(p.a.city))), K("state", S(L(p.a.region))),
			K("zip", S(L(p.a.post))), K("status", Ss("Paid")), K("formatted_address", S(c.P(ctxJSON, "address", "addr.full", p.L.code, fa))), K("country_iso", Ss(p.L.country)),
			K("grandtotal", O(K("amount", N(g.num(500, 90000))), K("divisor", N("100")), K("currency_code", Ss(p.L.currency))))))
	})

	reg("walmart.orders", 2, func(g *gen, c *cas) {
		p := g.person("en_US", "en_US", "en_US", "es_MX")
		c.base(g, "channel-sync", "debug")
		jwt, js := g.jwtFor("walmart")
		po := g.lk("walmart_po_id")
		c.F("http.request.headers", headers("\n", K("WM_SEC.ACCESS_TOKEN", c.cred(ctxHdr, "cred.jwt", jwt, js)), K("WM_QOS.CORRELATION_ID", c.LK(g, "uuid")), K("WM_SVC.NAME", L("Walmart Marketplace")), K("Accept", L("application/json"))))
		ph := p.ph.nsn
		pa := O(K("name", S(c.nameFull(ctxJSON, p))), K("address1", S(c.street(ctxJSON, p, true))), K("address2", c.street2S(ctxJSON, p, true)), K("city", S(L(p.a.city))), K("state", S(L(p.a.region))),
			K("postalCode", S(L(p.a.post))), K("country", Ss("USA")), K("addressType", Ss("RESIDENTIAL")))
		lines := A(O(K("lineNumber", Ss("1")), K("item", O(K("productName", S(L(g.product()))), K("sku", S(c.LK(g, "seller_sku"))))),
			K("charges", O(K("charge", A(O(K("chargeType", Ss("PRODUCT")), K("chargeAmount", O(K("currency", Ss("USD")), K("amount", c.LK(g, "amount")))))))))))
		ord := O(K("purchaseOrderId", S(c.K("walmart_po_id", po))), K("customerOrderId", S(c.LK(g, "walmart_customer_order_id"))), K("customerEmailId", S(c.relay(g, ctxJSON, "walmart", p))),
			K("orderDate", c.LK(g, "epoch_ms")), K("shippingInfo", O(K("phone", S(c.P(ctxJSON, "phone", "phone.national", p.L.code, ph))), K("estimatedDeliveryDate", c.LK(g, "epoch_ms")), K("methodCode", Ss("Value")), K("postalAddress", pa))),
			K("orderLines", O(K("orderLine", lines))))
		c.F("http.response.body.content", O(K("list", O(K("meta", O(K("totalCount", N("1")), K("limit", N("10")), K("nextCursor", S(C(L("?limit=10&hasMoreElements=true&soIndex=1&poIndex="), c.K("walmart_po_id", po), L("&createdStartDate=2026-12-01")))))),
			K("elements", O(K("order", A(ord))))))))
	})

	reg("woo.webhook", 3, func(g *gen, c *cas) {
		p := g.person("pt_BR", "pt_BR", "es_AR", "es_MX", "es_CO", "de_DE", "it_IT", "pl_PL", "tr_TR", "ro_RO", "cs_CZ", "nl_NL", "fr_FR", "en_NG", "sw_KE", "en_US", "el_GR", "he_IL", "uk_UA")
		native := p.nativeScript() && g.chance(0.5)
		c.base(g, "woocommerce", "info")
		c.F("http.request.headers", headers("\n", K("X-WC-Webhook-Source", L("https://loja-"+g.from(lowAlnum, 6)+".example/")), K("X-WC-Webhook-Topic", L("order.created")), K("X-WC-Webhook-Resource", L("order")),
			K("X-WC-Webhook-Event", L("created")), K("X-WC-Webhook-Signature", c.LK(g, "hmac_b64")), K("X-WC-Webhook-ID", L(g.num(1, 40))), K("X-WC-Webhook-Delivery-ID", c.LK(g, "uuid"))))
		ship := p
		if g.chance(0.3) {
			ship = g.person(p.L.code)
		}
		addr := func(x *person, contact bool) Txt {
			return O(K("first_name", S(c.given(ctxJSON, x, native))), K("last_name", S(c.family(ctxJSON, x, native))), K("company", Ss("")), K("address_1", S(c.street(ctxJSON, x, native))),
				K("address_2", c.street2S(ctxJSON, x, native)), K("city", S(L(x.city(native)))), K("state", S(L(x.region(native)))), K("postcode", S(L(x.a.post))), K("country", Ss(x.L.country)),
				K("email", optf(contact, func() Txt { return S(c.email(g, ctxJSON, x)) })), K("phone", optf(contact, func() Txt { return S(c.phone(g, ctxJSON, x, "")) })))
		}
		oid := g.lk("woo_order_id")
		c.F("http.request.body.content", O(K("id", c.K("woo_order_id", oid)), K("status", Ss("processing")), K("currency", Ss(p.L.currency)), K("total", S(c.LK(g, "amount"))),
			K("billing", addr(p, true)), K("shipping", addr(ship, false)), K("payment_method", Ss(g.pick("bacs", "pix", "cod", "stripe"))), K("customer_note", Ss("")),
			K("meta_data", A(O(K("id", N(g.num(100, 9999))), K("key", Ss("_billing_persontype")), K("value", Ss("1"))), O(K("id", N(g.num(100, 9999))), K("key", Ss("_wc_order_attribution_source_type")), K("value", Ss("organic"))))),
			K("line_items", A(O(K("id", N(g.num(100, 9999))), K("name", S(L(g.product()))), K("sku", S(c.LK(g, "seller_sku"))), K("total", S(c.LK(g, "amount"))))))))
		c.F("message", C(L("woocommerce order.created #"), c.K("woo_order_id", oid), L(" queued")))
	})

	reg("woo.rest_query_auth", 2, func(g *gen, c *cas) {
		p := g.person("pt_BR", "es_AR", "de_DE", "it_IT", "pl_PL", "tr_TR", "fr_FR", "en_US", "ro_RO")
		c.base(g, "woocommerce", "debug")
		ck, cks := g.wooKey("ck_")
		cs, css := g.wooKey("cs_")
		var search Txt
		if g.chance(0.5) {
			search = c.emailPlain(ctxURL, p)
		} else {
			search = c.nameFull(ctxURL, p)
		}
		c.F("url.full", C(L("https://loja-"+g.from(lowAlnum, 6)+".example/wp-json/wc/v3/orders?"), Q(K("consumer_key", c.cred(ctxURL, "cred.token", ck, cks)), K("consumer_secret", c.cred(ctxURL, "cred.secret", cs, css)),
			K("per_page", L("50")), K("after", c.LK(g, "iso_datetime")), K("search", search))))
		c.F("message", C(L("GET /wp-json/wc/v3/orders -> "), c.LK(g, "http_status"), L(" ("+g.num(0, 50)+" orders, "+g.num(50, 900)+"ms)")))
	})

	reg("magento.stacktrace", 2, func(g *gen, c *cas) {
		p := g.person("de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "pt_BR", "es_MX", "en_US", "tr_TR", "ro_RO")
		c.base(g, "magento", "error")
		st := c.street(ctxMsg, p, true)
		c.F("message", C(L(`main.CRITICAL: Invalid value of "`), st, L(`" provided for the street field.`)))
		inc := g.lk("magento_increment_id")
		payload := O(K("firstname", S(c.given(ctxStack, p, true))), K("lastname", S(c.family(ctxStack, p, true))), K("street", A(S(c.street(ctxStack, p, true)), c.street2S(ctxStack, p, true))),
			K("city", S(L(p.a.city))), K("postcode", S(L(p.a.post))), K("country_id", Ss(p.L.country)), K("telephone", S(c.phone(g, ctxStack, p, ""))), K("email", S(c.email(g, ctxStack, p))))
		tr := C(L(`Magento\Framework\Exception\LocalizedException: Invalid value of "`), c.street(ctxStack, p, true), L(`" provided for the street field. in /var/www/html/vendor/magento/module-quote/Model/QuoteAddressValidator.php:126
Stack trace:
#0 /var/www/html/vendor/magento/module-checkout/Model/ShippingInformationManagement.php(190): Magento\Quote\Model\QuoteAddressValidator->validate(Object(Magento\Quote\Model\Quote\Address))
#1 [internal function]: Magento\Checkout\Model\ShippingInformationManagement->saveAddressInformation(`+g.num(1000, 99999)+`, Object(Magento\Checkout\Model\ShippingInformation))
#2 /var/www/html/app/code/Acme/ChannelSync/Model/OrderImporter.php(88): call_user_func_array(Array, Array)
#3 /var/www/html/app/code/Acme/ChannelSync/Cron/Import.php(41): Acme\ChannelSync\Model\OrderImporter->import('`), c.K("magento_increment_id", inc), L(`')
#4 {main}
Payload: `), payload)
		c.F("error.stack_trace", tr)
		c.F("magento.order.increment_id", c.K("magento_increment_id", inc))
	})
}
