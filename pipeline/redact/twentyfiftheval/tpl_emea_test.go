package twentyfiftheval

func init() {
	reg("allegro.checkout_form", 3, func(g *gen, c *cas) {
		p := g.person("pl_PL", "pl_PL", "cs_CZ")
		d := p
		if g.chance(0.3) {
			d = g.person(p.L.code)
		}
		c.base(g, "channel-sync", "debug")
		jwt, js := g.jwtFor("https://allegro.pl")
		id := g.lk("uuid")
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.jwt", jwt, js))), K("Accept", L("application/vnd.allegro.public.v1+json"))))
		c.F("url.full", C(L("https://api.allegro.pl/order/checkout-forms/"), c.K("uuid", id)))
		buyer := O(K("id", Ss(g.digitsNZ(8))), K("email", S(c.relay(g, ctxJSON, "allegro", p))), K("login", Ss("Client:"+g.digitsNZ(8))),
			K("firstName", S(c.given(ctxJSON, p, true))), K("lastName", S(c.family(ctxJSON, p, true))), K("companyName", N("null")), K("guest", N("false")),
			K("phoneNumber", S(c.phone(g, ctxJSON, p, g.pick("intl", "natl", "e164")))),
			K("address", O(K("street", S(c.street(ctxJSON, p, true))), K("city", S(L(p.a.city))), K("postCode", S(L(p.a.post))), K("countryCode", Ss(p.L.country)))))
		locker := g.pick("KRA01M", "WAW22A", "POZ08N", "GDA11M", "WRO45H")
		delivery := O(K("address", O(K("firstName", S(c.given(ctxJSON, d, true))), K("lastName", S(c.family(ctxJSON, d, true))), K("street", S(c.street(ctxJSON, d, true))),
			K("city", S(L(d.a.city))), K("zipCode", S(L(d.a.post))), K("countryCode", Ss(d.L.country)), K("phoneNumber", S(c.phone(g, ctxJSON, d, "intl"))))),
			K("method", O(K("id", S(c.LK(g, "uuid"))), K("name", Ss("Allegro Paczkomaty InPost")))),
			K("pickupPoint", opt(g.chance(0.5), O(K("id", Ss(locker)), K("name", Ss("Paczkomat "+locker)), K("address", O(K("street", Ss("ul. Wielicka 28")), K("zipCode", Ss("30-552")), K("city", Ss("Kraków"))))))))
		items := A(O(K("offer", O(K("id", S(c.LK(g, "allegro_offer_id"))), K("name", S(L(g.product()))))), K("quantity", N("1")), K("price", O(K("amount", S(c.LK(g, "amount"))), K("currency", Ss("PLN"))))))
		c.F("http.response.body.content", O(K("id", S(c.K("uuid", id))), K("buyer", buyer), K("delivery", delivery), K("lineItems", items),
			K("summary", O(K("totalToPay", O(K("amount", S(c.LK(g, "amount"))), K("currency", Ss("PLN")))))), K("updatedAt", S(c.LK(g, "iso_datetime")))))
	})

	reg("trendyol.shipment_packages", 3, func(g *gen, c *cas) {
		p := g.person("tr_TR")
		c.base(g, "channel-sync", "info")
		key, sec := g.from(alnum, 20), g.from(alnum, 20)
		b, bs := g.basic(key, sec)
		sid := g.digitsNZ(6)
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Basic "), c.cred(ctxHdr, "cred.basic", b, bs))), K("User-Agent", L(sid+" - SelfIntegration"))))
		c.F("url.full", C(L("https://api.trendyol.com/sapigw/suppliers/"+sid+"/orders?"), Q(K("status", L("Created")), K("startDate", c.LK(g, "epoch_ms")), K("endDate", c.LK(g, "epoch_ms")), K("page", L("0")), K("size", L("50")))))
		on := g.lk("trendyol_order_number")
		ship := O(K("id", N(g.digitsNZ(9))), K("firstName", S(c.given(ctxJSON, p, true))), K("lastName", S(c.family(ctxJSON, p, true))), K("address1", S(c.street(ctxJSON, p, true))),
			K("address2", Ss("")), K("city", S(L(p.a.city))), K("cityCode", N("34")), K("district", S(L(p.a.district))), K("postalCode", S(L(p.a.post))), K("countryCode", Ss("TR")),
			K("phone", N("null")), K("fullName", S(c.nameFull(ctxJSON, p))), K("fullAddress", S(c.addr(g, ctxJSON, p, "native"))))
		inv := optf(g.chance(0.5), func() Txt {
			return O(K("firstName", S(c.given(ctxJSON, p, true))), K("lastName", S(c.family(ctxJSON, p, true))), K("company", S(c.LK(g, "business_personlike"))), K("taxOffice", S(L(p.a.district))), K("taxNumber", S(c.LK(g, "tax_id_vkn"))))
		})
		lines := A(O(K("quantity", N("1")), K("merchantSku", S(c.LK(g, "seller_sku"))), K("productName", S(L(g.product()))), K("amount", c.LK(g, "amount")), K("barcode", S(c.LK(g, "ean13")))))
		c.F("http.response.body.content", O(K("page", N("0")), K("size", N("50")), K("totalElements", N("1")), K("content", A(O(
			K("shipmentAddress", ship), K("orderNumber", S(c.K("trendyol_order_number", on))), K("invoiceAddress", inv),
			K("customerFirstName", S(c.given(ctxJSON, p, true))), K("customerEmail", S(c.relay(g, ctxJSON, "trendyol", p))), K("customerLastName", S(c.family(ctxJSON, p, true))),
			K("id", c.LK(g, "trendyol_package_id")), K("cargoTrackingNumber", c.LK(g, "yurtici_tracking")), K("cargoProviderName", Ss("Yurtiçi Kargo Marketplace")),
			K("lines", lines), K("orderDate", c.LK(g, "epoch_ms")), K("identityNumber", Ss("11111111111")), K("currencyCode", Ss("TRY")))))))
		c.F("message", C(L("Sipariş "), c.K("trendyol_order_number", on), L(" aktarıldı: alıcı "), c.nameFull(ctxMsg, p), L(", adres "), c.addr(g, ctxMsg, p, "native")))
	})

	reg("ozon.posting_fbs", 3, func(g *gen, c *cas) {
		p := g.person("ru_RU")
		native := g.chance(0.85)
		c.base(g, "channel-sync", "info")
		key := g.uuid()
		pn := g.lk("ozon_posting_number")
		c.F("http.request.headers", headers("\n", K("Client-Id", c.LK(g, "store_id")), K("Api-Key", c.cred(ctxHdr, "cred.secret", key, key)), K("Content-Type", L("application/json"))))
		c.F("http.request.body.content", O(K("posting_number", S(c.K("ozon_posting_number", pn))), K("with", O(K("analytics_data", N("false")), K("barcodes", N("true")), K("translit", N(map[bool]string{true: "false", false: "true"}[native]))))))
		var nt Txt
		if native {
			nt = c.nameFull(ctxJSON, p)
		} else {
			nt = c.nameRoman(ctxJSON, p)
		}
		tail := p.a.city + ", " + p.a.line1
		if !native {
			tail = p.a.rcity + ", " + p.a.rline1
		}
		cust := O(K("customer_id", N(g.digitsNZ(8))), K("name", S(nt)), K("phone", S(c.phone(g, ctxJSON, p, g.pick("e164", "noplus")))),
			K("address", O(K("address_tail", S(c.P(ctxJSON, "address", map[bool]string{true: "addr.native", false: "addr.full"}[native], p.L.code, tail))), K("city", S(L(p.city(native)))),
				K("comment", Ss(g.pick("домофон "+g.num(1, 99), "позвонить за час", ""))), K("country", Ss("Россия")), K("zip_code", S(L(p.a.post))), K("latitude", N("55.7"+g.digits(4))), K("longitude", N("37.6"+g.digits(4))), K("pvz_code", N("0")))),
			K("customer_email", Ss("")))
		c.F("http.response.body.content", O(K("result", O(K("posting_number", S(c.K("ozon_posting_number", pn))), K("order_id", N(g.digitsNZ(10))), K("status", Ss("awaiting_packaging")),
			K("customer", cust), K("addressee", O(K("name", S(nt)), K("phone", S(c.phone(g, ctxJSON, p, "e164"))))),
			K("products", A(O(K("price", Ss(g.num(100, 9000)+".0000")), K("offer_id", S(c.LK(g, "seller_sku"))), K("name", S(L(g.product()))), K("sku", N(g.digitsNZ(9))), K("quantity", N("1")), K("currency_code", Ss("RUB"))))),
		))))
		c.F("message", C(L("Ozon: отправление "), c.K("ozon_posting_number", pn), L(" покупатель "), c.nameFull(ctxMsg, p), L(", тел. "), c.phone(g, ctxMsg, p, g.pick("intl", "natl"))))
	})

	reg("wb.dbs_orders", 2, func(g *gen, c *cas) {
		p := g.person("ru_RU")
		c.base(g, "channel-sync", "debug")
		jwt, js := g.jwtFor("wildberries")
		c.F("http.request.headers", headers("\n", K("Authorization", c.cred(ctxHdr, "cred.jwt", jwt, js)), K("Accept", L("application/json"))))
		c.F("url.full", L("https://marketplace-api.wildberries.ru/api/v3/dbs/orders/new"))
		house, flat := g.num(1, 120), g.num(1, 300)
		full := p.a.region + ", " + p.a.city + ", " + p.a.line1
		if p.a.region == "" {
			full = p.a.city + ", " + p.a.line1
		}
		st, _ := splitStreet(p.a.line1)
		ph := p.ph.noplus
		c.F("http.response.body.content", O(K("orders", A(O(
			K("id", c.LK(g, "wb_order_id")), K("rid", S(c.LK(g, "wb_rid"))), K("createdAt", S(c.LK(g, "iso_datetime"))),
			K("address", O(K("fullAddress", S(c.P(ctxJSON, "address", "addr.native", p.L.code, full))), K("city", S(L(p.a.city))), K("street", S(c.P(ctxJSON, "address", "addr.street", p.L.code, st))),
				K("home", Ss(house)), K("flat", Ss(flat)), K("entrance", Ss(g.num(1, 8))))),
			K("user", O(K("fio", S(c.nameFull(ctxJSON, p))), K("phone", c.P(ctxJSON, "phone", "phone.cc_noplus", p.L.code, ph)))),
			K("salePrice", N(g.num(100, 9000)+"00")), K("currencyCode", N("643")), K("article", S(c.LK(g, "seller_sku"))), K("skus", A(S(c.LK(g, "ean13")))), K("nmId", N(g.digitsNZ(8))),
		)))))
		c.FN("wb.user.phone", c.P(ctxField, "phone", "phone.cc_noplus", p.L.code, ph))
	})

	reg("noon.order", 2, func(g *gen, c *cas) {
		p := g.person("ar_AE", "ar_SA")
		native := g.chance(0.5)
		c.base(g, "channel-sync", "info")
		on := g.lk("noon_order_nr")
		c.F("message", C(L("تمت مزامنة الطلب "), c.K("noon_order_nr", on), L(" للعميل "), c.nameFull(ctxMsg, p), L("، الهاتف "), c.phone(g, ctxMsg, p, g.pick("intl", "natl", "native"))))
		sa := O(K("first_name", S(c.given(ctxJSON, p, native))), K("last_name", S(c.family(ctxJSON, p, native))), K("street", S(c.street(ctxJSON, p, native))),
			K("area", S(L(p.district(native)))), K("city", S(L(p.city(native)))), K("phone", S(c.phone(g, ctxJSON, p, g.pick("e164", "intl")))), K("country_code", Ss(p.L.country)))
		c.F("http.response.body.content", O(K("order_nr", S(c.K("noon_order_nr", on))), K("status", Ss("confirmed")),
			K("customer", O(K("first_name", S(c.given(ctxJSON, p, native))), K("last_name", S(c.family(ctxJSON, p, native))))), K("shipping_address", sa),
			K("items", A(O(K("sku", S(c.LK(g, "seller_sku"))), K("partner_sku", S(c.LK(g, "seller_sku"))), K("price", S(c.LK(g, "amount"))), K("currency_code", Ss(p.L.currency)))))))
		c.F("http.request.headers", headers("\n", K("X-Api-Key", func() Txt { k := g.mixed(alnum, 32); return c.cred(ctxHdr, "cred.secret", k, k) }()), K("X-Partner-Id", c.LK(g, "store_id"))))
	})

	reg("jumia.get_orders", 2, func(g *gen, c *cas) {
		p := g.person("en_NG", "en_NG", "sw_KE")
		seller := g.person(p.L.code)
		c.base(g, "channel-sync", "debug")
		tld := map[string]string{"en_NG": "com.ng", "sw_KE": "co.ke"}[p.L.code]
		c.F("url.full", C(L("https://sellercenter-api.jumia."+tld+"/?"), Q(K("Action", L("GetOrders")), K("Format", L("JSON")), K("Timestamp", c.LK(g, "iso_datetime")),
			K("UserID", c.emailPlain(ctxURL, seller)), K("Version", L("1.0")), K("CreatedAfter", c.LK(g, "iso_datetime")), K("Signature", c.LK(g, "sign_hex")))))
		addrObj := func() Txt {
			return O(K("FirstName", S(c.given(ctxJSON, p, true))), K("LastName", S(c.family(ctxJSON, p, true))), K("Phone", S(c.phone(g, ctxJSON, p, g.pick("e164", "natl")))), K("Phone2", Ss("")),
				K("Address1", S(c.street(ctxJSON, p, true))), K("Address2", Ss("")), K("City", S(L(p.a.city))), K("Ward", S(L(p.a.district))), K("Region", S(L(p.a.region))), K("PostCode", Ss("")), K("Country", S(L(p.L.countryN))))
		}
		ord := O(K("OrderId", Ss(g.digitsNZ(8))), K("CustomerFirstName", S(c.given(ctxJSON, p, true))), K("CustomerLastName", S(c.family(ctxJSON, p, true))), K("OrderNumber", S(c.LK(g, "jumia_order_number"))),
			K("PaymentMethod", Ss(g.pick("CashOnDelivery", "JumiaPay"))), K("Price", S(c.LK(g, "amount_currency"))), K("CreatedAt", S(c.LK(g, "date_local"))), K("AddressBilling", addrObj()), K("AddressShipping", addrObj()))
		c.F("http.response.body.content", O(K("SuccessResponse", O(K("Head", O(K("RequestId", Ss("")), K("RequestAction", Ss("GetOrders")), K("ResponseType", Ss("Orders")), K("Timestamp", S(c.LK(g, "iso_datetime"))))),
			K("Body", O(K("Orders", O(K("Order", A(ord))))))))))
	})

	reg("zalando.orders", 2, func(g *gen, c *cas) {
		p := g.person("de_DE", "nl_NL", "fr_FR", "it_IT", "pl_PL", "cs_CZ")
		c.base(g, "channel-sync", "debug")
		jwt, js := g.jwtFor("https://identity.zalando.com")
		mid := g.lk("uuid")
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.jwt", jwt, js))), K("Accept", L("application/vnd.api+json"))))
		sa := func(x *person) Txt {
			st, no := splitStreet(x.a.line1)
			return O(K("first_name", S(c.given(ctxJSON, x, true))), K("last_name", S(c.family(ctxJSON, x, true))), K("address_line_1", S(c.P(ctxJSON, "address", "addr.street", x.L.code, st+" "+no))),
				K("address_line_2", c.street2S(ctxJSON, x, true)), K("zip_code", S(L(x.a.post))), K("city", S(L(x.a.city))), K("country_code", Ss(x.L.country)))
		}
		bill := p
		if g.chance(0.2) {
			bill = g.person(p.L.code)
		}
		c.F("http.response.body.content", O(K("data", A(O(K("type", Ss("Order")), K("id", S(c.LK(g, "uuid"))), K("attributes", O(
			K("order_number", S(c.LK(g, "zalando_order_number"))), K("merchant_order_id", S(c.LK(g, "merchant_order_ref"))), K("locale", Ss(map[string]string{"de_DE": "de-DE", "nl_NL": "nl-NL", "fr_FR": "fr-FR", "it_IT": "it-IT", "pl_PL": "pl-PL", "cs_CZ": "cs-CZ"}[p.L.code])),
			K("order_date", S(c.LK(g, "iso_datetime"))), K("shipping_address", sa(p)), K("billing_address", sa(bill)), K("order_lines_count", N(g.num(1, 4)))))))),
			K("links", O(K("next", S(C(L("https://api.merchants.zalando.com/merchants/"), c.K("uuid", mid), L("/orders?page%5Bcursor%5D="), c.K("cursor_b64json", qEsc(g.lk("cursor_b64json"))))))))))
	})

	reg("bol.order", 2, func(g *gen, c *cas) {
		p := g.person("nl_NL")
		c.base(g, "channel-sync", "info")
		jwt, js := g.jwtFor("https://login.bol.com")
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.jwt", jwt, js))), K("Accept", L("application/vnd.retailer.v10+json"))))
		oid := g.lk("bol_order_id")
		c.F("url.full", C(L("https://api.bol.com/retailer/orders/"), c.K("bol_order_id", oid)))
		det := func(x *person, withMail bool) Txt {
			st, no := splitStreet(x.a.line1)
			hn, ext := no, ""
			for i, r := range no {
				if r < '0' || r > '9' {
					hn, ext = no[:i], no[i:]
					break
				}
			}
			return O(K("salutation", Ss(map[bool]string{true: "FEMALE", false: "MALE"}[x.female])), K("firstName", S(c.given(ctxJSON, x, true))), K("surname", S(c.family(ctxJSON, x, true))),
				K("streetName", S(c.P(ctxJSON, "address", "addr.street", x.L.code, st))), K("houseNumber", Ss(hn)), K("houseNumberExtension", Ss(ext)), K("zipCode", S(L(x.a.post))),
				K("city", S(L(x.a.city))), K("countryCode", Ss("NL")), K("email", opt(withMail, S(c.relay(g, ctxJSON, "bol", x)))), K("language", Ss("nl")))
		}
		c.F("http.response.body.content", O(K("orderId", S(c.K("bol_order_id", oid))), K("pickupPoint", N("false")), K("orderPlacedDateTime", S(c.LK(g, "iso_datetime"))),
			K("shipmentDetails", det(p, true)), K("billingDetails", det(p, true)),
			K("orderItems", A(O(K("orderItemId", Ss(g.digitsNZ(10))), K("ean", S(c.LK(g, "ean13"))), K("quantity", N("1")), K("unitPrice", c.LK(g, "amount")))))))
	})

	reg("cdiscount.soap", 2, func(g *gen, c *cas) {
		p := g.person("fr_FR")
		c.base(g, "channel-sync", "debug")
		tokenID := g.hex(32)
		c.F("http.request.body.content", C(L(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><GetOrderList xmlns="http://www.cdiscount.com"><headerMessage><Context><SiteID>100</SiteID></Context><Localization><Country>Fr</Country></Localization><Security>`),
			XT("TokenId", c.cred(ctxXML, "cred.token", tokenID, tokenID)), L(`</Security><Version>1.0</Version></headerMessage><orderFilter><BeginCreationDate>`), c.LK(g, "iso_datetime"), L(`</BeginCreationDate><States><OrderStateEnum>WaitingForShipmentAcceptation</OrderStateEnum></States></orderFilter></GetOrderList></s:Body></s:Envelope>`)))
		adr := func(tag string, x *person) Txt {
			return X(tag, XT("Address1", c.street(ctxXML, x, true)), XT("Address2", C(c.street2(ctxXML, x, true))), XT("City", L(x.a.city)), XT("Civility", L(map[bool]string{true: "MRS", false: "MR"}[x.female])),
				XT("FirstName", c.given(ctxXML, x, true)), XT("LastName", c.family(ctxXML, x, true)), XT("ZipCode", L(x.a.post)))
		}
		recv := p
		if g.chance(0.3) {
			recv = g.person("fr_FR")
		}
		ord := X("Order", adr("BillingAddress", p), X("Customer", XT("Civility", L("MR")), XT("CustomerId", L(g.digitsNZ(9))), XT("Email", c.relay(g, ctxXML, "cdiscount", p)),
			XT("FirstName", c.given(ctxXML, p, true)), XT("LastName", c.family(ctxXML, p, true)), XT("MobilePhone", c.phone(g, ctxXML, p, "natl")), L("<Phone/>")),
			XT("OrderNumber", c.LK(g, "cdiscount_order_ref")), adr("ShippingAddress", recv), XT("ValidatedTotalAmount", c.LK(g, "amount")))
		c.F("http.response.body.content", C(L(`<s:Envelope xmlns:s="http://schemas.xmlsoap.org/soap/envelope/"><s:Body><GetOrderListResponse xmlns="http://www.cdiscount.com"><GetOrderListResult><OperationSuccess>true</OperationSuccess><OrderList>`), ord, L(`</OrderList></GetOrderListResult></GetOrderListResponse></s:Body></s:Envelope>`)))
	})
}
