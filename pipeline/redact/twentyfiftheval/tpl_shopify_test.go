package twentyfiftheval

var shopifyLocs = []string{"en_US", "pt_BR", "es_MX", "es_AR", "es_CO", "de_DE", "fr_FR", "it_IT", "nl_NL", "pl_PL", "tr_TR", "ja_JP", "ko_KR", "en_IN", "id_ID", "ms_MY", "tl_PH", "vi_VN", "th_TH", "ar_AE", "he_IL", "en_NG", "sw_KE", "ro_RO", "cs_CZ", "el_GR", "uk_UA"}

// shopifyNative: stores in Japan, Korea, Thailand, Greece, Israel, Ukraine
// and the Gulf receive checkout data in the buyer's script.
func shopifyNative(g *gen, p *person) bool { return p.nativeScript() && g.chance(0.6) }

func shopifyAddress(g *gen, c *cas, ctx string, p *person, native bool, withPhone bool) Txt {
	return O(
		K("first_name", S(c.given(ctx, p, native))),
		K("last_name", S(c.family(ctx, p, native))),
		K("name", S(func() Txt {
			if native {
				return c.nameFull(ctx, p)
			}
			return c.nameRoman(ctx, p)
		}())),
		K("company", N("null")),
		K("address1", S(c.street(ctx, p, native))),
		K("address2", c.street2S(ctx, p, native)),
		K("city", S(L(p.city(native)))),
		K("province", S(L(p.region(native)))),
		K("zip", S(L(p.a.post))),
		K("country", S(L(p.L.countryN))),
		K("country_code", Ss(p.L.country)),
		K("phone", optf(withPhone, func() Txt { return S(c.phone(g, ctx, p, "")) })),
	)
}

func init() {
	reg("shopify.webhook_orders_create", 3, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		native := shopifyNative(g, p)
		c.base(g, "shopify-webhooks", "info")
		topic := g.pick("orders/create", "orders/updated", "orders/paid")
		c.F("http.request.headers", headers("\n",
			K("X-Shopify-Topic", L(topic)), K("X-Shopify-Hmac-Sha256", c.LK(g, "hmac_b64")), K("X-Shopify-Shop-Domain", c.LK(g, "shop_domain")),
			K("X-Shopify-API-Version", c.LK(g, "api_version")), K("X-Shopify-Webhook-Id", c.LK(g, "webhook_id")), K("X-Shopify-Triggered-At", c.LK(g, "iso_datetime"))))
		oid := g.lk("shopify_order_id")
		var items []Txt
		for i, n := 0, g.rng(1, 3); i < n; i++ {
			items = append(items, O(K("id", c.LK(g, "shopify_line_item_id")), K("sku", S(c.LK(g, "seller_sku"))), K("vendor", S(c.LK(g, "brand_personlike"))),
				K("title", S(L(g.product()))), K("price", S(c.LK(g, "amount"))), K("quantity", N(g.num(1, 3)))))
		}
		body := O(
			K("id", C(c.K("shopify_order_id", oid))),
			K("admin_graphql_api_id", S(C(L("gid://shopify/Order/"), c.K("shopify_order_id", oid)))),
			K("name", S(c.LK(g, "shopify_order_name"))),
			K("email", S(c.email(g, ctxJSON, p))),
			K("created_at", S(c.LK(g, "iso_datetime"))),
			K("currency", Ss(p.L.currency)),
			K("total_price", S(c.LK(g, "amount"))),
			K("customer", O(K("id", N(g.digitsNZ(13))), K("email", S(c.emailPlain(ctxJSON, p))), K("first_name", S(c.given(ctxJSON, p, native))), K("last_name", S(c.family(ctxJSON, p, native))), K("phone", S(c.phone(g, ctxJSON, p, "e164"))))),
			K("shipping_address", shopifyAddress(g, c, ctxJSON, p, native, true)),
			K("line_items", A(items...)),
			K("discount_codes", opt(g.chance(0.4), A(O(K("code", S(c.LK(g, "discount_code"))), K("amount", S(c.LK(g, "amount"))), K("type", Ss("percentage")))))),
		)
		c.F("http.request.body.content", body)
		c.F("message", C(L("webhook "+topic+" accepted for order "), c.K("shopify_order_id", oid), L(" ("+g.num(1, 40)+"ms)")))
	})

	reg("shopify.hmac_fail", 2, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		native := shopifyNative(g, p)
		c.base(g, "shopify-webhooks", "warn")
		body := O(K("id", N(g.digitsNZ(13))), K("email", S(c.email(g, ctxJSON, p))), K("first_name", S(c.given(ctxJSON, p, native))), K("last_name", S(c.family(ctxJSON, p, native))),
			K("phone", S(c.phone(g, ctxJSON, p, "e164"))), K("default_address", O(K("address1", S(c.street(ctxJSON, p, native))), K("city", S(L(p.city(native)))), K("zip", S(L(p.a.post))), K("country_code", Ss(p.L.country)))),
			K("updated_at", S(c.LK(g, "iso_datetime"))))
		c.F("message", C(L("webhook rejected: HMAC mismatch topic=customers/update shop="), c.LK(g, "shop_domain"), L(" header="), c.LK(g, "hmac_b64"),
			L(" computed="), c.LK(g, "hmac_b64"), L(" body="), body))
		c.F("http.response.status_code", c.K("http_status", "401"))
	})

	reg("shopify.graphql_customer_update", 2, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		native := shopifyNative(g, p)
		c.base(g, "shopify-admin", "warn")
		gid := g.lk("shopify_gid")
		c.F("http.request.body.content", O(
			K("query", Ss("mutation customerUpdate($input: CustomerInput!) { customerUpdate(input: $input) { customer { id } userErrors { field message } } }")),
			K("variables", O(K("input", O(
				K("id", S(c.K("shopify_gid", gid))),
				K("email", S(c.email(g, ctxGQL, p))),
				K("phone", S(c.phone(g, ctxGQL, p, "natl"))),
				K("firstName", S(c.given(ctxGQL, p, native))),
				K("lastName", S(c.family(ctxGQL, p, native))),
				K("addresses", A(O(K("address1", S(c.street(ctxGQL, p, native))), K("address2", c.street2S(ctxGQL, p, native)), K("city", S(L(p.city(native)))), K("zip", S(L(p.a.post))), K("countryCode", Ss(p.L.country))))),
			)))),
		))
		phrase := g.pick("Phone is invalid", "Enter a valid phone number", "phone number format not supported")
		c.F("http.response.body.content", O(K("data", O(K("customerUpdate", O(K("customer", N("null")), K("userErrors", A(O(K("field", A(Ss("input"), Ss("phone"))), K("message", S(c.K("plain_phrase", phrase)))))))))),
			K("extensions", O(K("cost", O(K("requestedQueryCost", N("10")), K("actualQueryCost", N("10")), K("throttleStatus", O(K("maximumAvailable", N("2000.0")), K("currentlyAvailable", N(g.num(1500, 1990))), K("restoreRate", N("100.0"))))))))))
		c.F("message", C(L("customerUpdate userErrors for "), c.K("shopify_gid", gid), L(": input.phone: "), c.K("plain_phrase", phrase), L(` (value "`), c.phone(g, ctxMsg, p, "natl"), L(`")`)))
	})

	reg("shopify.graphql_orders", 2, func(g *gen, c *cas) {
		c.base(g, "shopify-admin", "debug")
		cur := g.lk("cursor_b64json")
		c.F("http.request.body.content", O(K("query", Ss(`query($cursor:String){orders(first:50, after:$cursor, query:"updated_at:>2026-12-01"){edges{cursor node{id name email phone shippingAddress{name address1 address2 city zip phone}}} pageInfo{hasNextPage endCursor}}}`)),
			K("variables", O(K("cursor", S(c.K("cursor_b64json", cur)))))))
		var edges []Txt
		for i, n := 0, g.rng(1, 3); i < n; i++ {
			p := g.person(shopifyLocs...)
			native := shopifyNative(g, p)
			var nt Txt
			if native {
				nt = c.nameFull(ctxGQL, p)
			} else {
				nt = c.name(g, ctxGQL, p, "roman")
			}
			edges = append(edges, O(K("cursor", S(c.LK(g, "cursor_b64json"))), K("node", O(
				K("id", S(c.LK(g, "shopify_gid"))), K("name", S(c.LK(g, "shopify_order_name"))), K("email", S(c.email(g, ctxGQL, p))), K("phone", N("null")),
				K("shippingAddress", O(K("name", S(nt)), K("address1", S(c.street(ctxGQL, p, native))), K("address2", c.street2S(ctxGQL, p, native)), K("city", S(L(p.city(native)))), K("zip", S(L(p.a.post))), K("phone", S(c.phone(g, ctxGQL, p, ""))))),
			))))
		}
		c.F("http.response.body.content", O(K("data", O(K("orders", O(K("edges", A(edges...)), K("pageInfo", O(K("hasNextPage", N("true")), K("endCursor", S(c.LK(g, "cursor_b64json"))))))))),
			K("extensions", O(K("cost", O(K("requestedQueryCost", N("252")), K("actualQueryCost", N(g.num(20, 250)))))))))
		c.F("message", C(L("orders page fetched after="), c.K("cursor_b64json", cur)))
	})

	reg("shopify.bulk_jsonl", 2, func(g *gen, c *cas) {
		c.base(g, "shopify-bulk", "debug")
		var lines []Txt
		for i, n := 0, g.rng(2, 3); i < n; i++ {
			p := g.person(shopifyLocs...)
			native := shopifyNative(g, p)
			og := g.lk("shopify_gid")
			var nt Txt
			if native {
				nt = c.nameFull(ctxJSONL, p)
			} else {
				nt = c.name(g, ctxJSONL, p, "roman")
			}
			lines = append(lines, O(K("id", S(c.K("shopify_gid", og))), K("name", S(c.LK(g, "shopify_order_name"))), K("createdAt", S(c.LK(g, "iso_datetime"))),
				K("email", S(c.email(g, ctxJSONL, p))), K("phone", S(c.phone(g, ctxJSONL, p, "e164"))),
				K("shippingAddress", O(K("name", S(nt)), K("address1", S(c.street(ctxJSONL, p, native))), K("city", S(L(p.city(native)))), K("zip", S(L(p.a.post))), K("countryCodeV2", Ss(p.L.country)))),
				K("totalPriceSet", O(K("shopMoney", O(K("amount", S(c.LK(g, "amount"))), K("currencyCode", Ss(p.L.currency))))))))
			lines = append(lines, O(K("id", S(c.LK(g, "shopify_gid"))), K("sku", S(c.LK(g, "seller_sku"))), K("quantity", N(g.num(1, 4))), K("__parentId", S(c.K("shopify_gid", og)))))
		}
		c.F("shopify.bulk.chunk", Join("\n", lines...))
		c.F("message", C(L("bulk operation "), c.LK(g, "shopify_gid"), L(" COMPLETED objectCount="+g.num(100, 90000)+" url=https://storage.googleapis.com/shopify-tiers-assets-prod-us-east1/bulk-operation-outputs/"),
			L(g.from(lowAlnum, 28)), L("-final?GoogleAccessId=assets-us-prod%40shopify-tiers.iam.gserviceaccount.com&Expires="), c.LK(g, "epoch_s"), L("&Signature="), c.K("sig_b64", qEsc(g.b64(96)))))
	})

	reg("shopify.customer_search", 2, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		native := shopifyNative(g, p)
		c.base(g, "shopify-admin", "debug")
		dom := g.lk("shop_domain")
		tok, sec := g.shpat()
		var q Txt
		switch g.n(3) {
		case 0:
			q = C(L("email:"), c.emailPlain(ctxURL, p))
		case 1:
			q = C(L("phone:"), c.phone(g, ctxURL, p, "e164"))
		default:
			q = C(L("name:"), c.nameRoman(ctxURL, p))
		}
		c.F("url.full", C(L("https://"), c.K("shop_domain", dom), L("/admin/api/"), c.LK(g, "api_version"), L("/customers/search.json?"), Q(K("query", q), K("fields", L("id,email,first_name,last_name,phone,orders_count")))))
		c.F("http.request.headers", headers("\n", K("X-Shopify-Access-Token", c.cred(ctxHdr, "cred.token", tok, sec)), K("Accept", L("application/json")), K("User-Agent", c.LK(g, "user_agent"))))
		c.F("http.response.body.content", O(K("customers", A(O(K("id", N(g.digitsNZ(13))), K("email", S(c.emailPlain(ctxJSON, p))), K("first_name", S(c.given(ctxJSON, p, native))), K("last_name", S(c.family(ctxJSON, p, native))),
			K("phone", S(c.phone(g, ctxJSON, p, "e164"))), K("orders_count", N(g.num(1, 30))), K("state", Ss("enabled")))))))
	})

	reg("shopify.curl_debug", 2, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		native := shopifyNative(g, p)
		dom := g.lk("shop_domain")
		tok, sec := g.shpat()
		cid := g.digitsNZ(13)
		body := O(K("customer", O(K("id", N(cid)), K("email", S(c.email(g, ctxCurl, p))), K("phone", S(c.phone(g, ctxCurl, p, "e164"))),
			K("addresses", A(O(K("address1", S(c.street(ctxCurl, p, native))), K("city", S(L(p.city(native)))), K("zip", S(L(p.a.post))), K("first_name", S(c.given(ctxCurl, p, native))), K("last_name", S(c.family(ctxCurl, p, native)))))))))
		line := C(L("curl -X PUT 'https://"), c.K("shop_domain", dom), L("/admin/api/"), c.LK(g, "api_version"), L("/customers/"+cid+".json' -H 'X-Shopify-Access-Token: "),
			c.cred(ctxCurl, "cred.token", tok, sec), L("' -H 'Content-Type: application/json' -d '"), body.enc(shEsc), L("'"))
		if g.chance(0.5) {
			c.Raw(C(L("DEBUG shopify_api.rest: request as curl: "), line))
			return
		}
		c.base(g, "shopify-admin", "debug")
		c.F("message", C(L("request as curl: "), line))
	})

	reg("shopify.fulfillment", 2, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		native := shopifyNative(g, p)
		c.base(g, "fulfillment", "info")
		name := g.lk("shopify_order_name")
		trk := g.lk("ups_tracking")
		var nt Txt
		if native {
			nt = c.nameFull(ctxMsg, p)
		} else {
			nt = c.name(g, ctxMsg, p, "roman")
		}
		c.F("message", C(L("fulfillment created for order "), c.K("shopify_order_name", name), L(" ("), c.LK(g, "shopify_gid"), L("): tracking "), c.K("ups_tracking", trk), L(" via UPS; notified customer "), nt, L(" <"), c.emailPlain(ctxMsg, p), L(">")))
		c.F("http.request.body.content", O(K("fulfillment", O(K("line_items_by_fulfillment_order", A(O(K("fulfillment_order_id", N(g.digitsNZ(13)))))),
			K("tracking_info", O(K("number", S(c.K("ups_tracking", trk))), K("company", Ss("UPS")), K("url", S(C(L("https://www.ups.com/track?tracknum="), c.K("ups_tracking", trk)))))),
			K("notify_customer", N("true"))))))
	})

	reg("shopify.note_attributes", 1, func(g *gen, c *cas) {
		p := g.person(shopifyLocs...)
		gift := g.person(p.L.code)
		native := shopifyNative(g, p)
		c.base(g, "shopify-webhooks", "info")
		var nt Txt
		if native {
			nt = c.nameFull(ctxArr, gift)
		} else {
			nt = c.nameRoman(ctxArr, gift)
		}
		c.FA("shopify.order.note_attributes", A(
			O(K("name", Ss("gift_recipient")), K("value", S(nt))),
			O(K("name", Ss("recipient_phone")), K("value", S(c.phone(g, ctxArr, gift, "")))),
			O(K("name", Ss("delivery_window")), K("value", Ss(g.pick("09:00-12:00", "14:00-18:00", "sábado", "土曜午前")))),
			O(K("name", Ss("template")), K("value", S(c.LK(g, "template_var")))),
		))
		c.F("shopify.order.name", c.LK(g, "shopify_order_name"))
		c.F("message", C(L("gift order "), c.LK(g, "shopify_order_id"), L(" has "+g.num(3, 4)+" note attributes")))
	})
}
