package twentyfiftheval

var seaLocs = []string{"id_ID", "ms_MY", "th_TH", "vi_VN", "tl_PH"}

func init() {
	reg("shopee.get_order_detail", 3, func(g *gen, c *cas) {
		p := g.person("id_ID", "ms_MY", "th_TH", "vi_VN", "tl_PH", "pt_BR", "es_CO", "es_MX")
		native := !p.L.latin || g.chance(0.9)
		c.base(g, "channel-sync", "debug")
		sn := g.lk("shopee_order_sn")
		tok := g.hex(32)
		c.F("url.full", C(L("https://partner.shopeemobile.com/api/v2/order/get_order_detail?"), Q(
			K("partner_id", c.LK(g, "partner_id")), K("timestamp", c.LK(g, "epoch_s")), K("access_token", c.cred(ctxURL, "cred.token", tok, tok)),
			K("shop_id", c.LK(g, "shop_id")), K("sign", c.LK(g, "sign_hex")), K("order_sn_list", C(c.K("shopee_order_sn", sn), L(","), c.LK(g, "shopee_order_sn"))),
			K("response_optional_fields", L("buyer_user_id,buyer_username,recipient_address,total_amount,package_list")))))
		var ph Txt
		if g.chance(0.3) {
			ph = c.K("masked_phone", g.maskedPhone(p))
		} else {
			ph = c.phone(g, ctxJSON, p, g.pick("noplus", "noplus", "natl"))
		}
		var nt Txt
		if native {
			nt = c.nameFull(ctxJSON, p)
		} else {
			nt = c.nameRoman(ctxJSON, p)
		}
		ra := O(K("name", S(nt)), K("phone", S(ph)), K("town", S(L(p.district(native)))), K("district", S(L(p.district(native)))), K("city", S(L(p.city(native)))),
			K("state", S(L(p.region(native)))), K("region", Ss(p.L.country)), K("zipcode", S(L(p.a.post))), K("full_address", S(c.P(ctxJSON, "address", func() string {
				if native && !p.L.latin {
					return "addr.native"
				}
				return "addr.full"
			}(), p.L.code, func() string {
				if native {
					return p.a.one
				}
				return p.a.rone
			}()))))
		c.F("http.response.body.content", O(K("error", Ss("")), K("message", Ss("")), K("request_id", S(c.LK(g, "request_id_hex"))), K("response", O(K("order_list", A(O(
			K("order_sn", S(c.K("shopee_order_sn", sn))), K("region", Ss(p.L.country)), K("currency", Ss(p.L.currency)), K("total_amount", N(g.num(10, 990)+"000")),
			K("buyer_user_id", N(g.digitsNZ(9))), K("buyer_username", S(c.LK(g, "masked_name"))), K("recipient_address", ra),
			K("message_to_seller", Ss(g.pick("", "tolong kirim cepat ya", "please pack well", "giao giờ hành chính", "ฝากไว้ที่ป้อม รปภ."))),
			K("shipping_carrier", Ss(g.pick("SPX Express", "J&T Express", "Ninja Van", "GHN", "Kerry Express"))),
			K("package_list", A(O(K("package_number", S(c.LK(g, "package_number"))), K("logistics_status", Ss("LOGISTICS_READY"))))),
		)))))))
	})

	reg("shopee.token_refresh", 1, func(g *gen, c *cas) {
		c.base(g, "auth", "info")
		pid, sid := g.lk("partner_id"), g.lk("shop_id")
		rt, at, pk := g.hex(32), g.hex(32), g.hex(64)
		c.F("message", logfmt(K("msg", L("loaded shopee credentials")), K("shop_id", c.K("shop_id", sid)), K("partner_id", c.K("partner_id", pid)), K("partner_key", c.cred(ctxKV, "cred.secret", pk, pk)), K("env", L("live"))))
		c.F("http.request.body.content", O(K("refresh_token", S(c.cred(ctxJSON, "cred.token", rt, rt))), K("partner_id", c.K("partner_id", pid)), K("shop_id", c.K("shop_id", sid))))
		c.F("http.response.body.content", O(K("refresh_token", S(c.cred(ctxJSON, "cred.token", rt, rt))), K("access_token", S(c.cred(ctxJSON, "cred.token", at, at))), K("expire_in", N("14400")),
			K("request_id", S(c.LK(g, "request_id_hex"))), K("error", Ss("")), K("message", Ss(""))))
		c.F("url.full", C(L("https://partner.shopeemobile.com/api/v2/auth/access_token/get?"), Q(K("partner_id", c.K("partner_id", pid)), K("timestamp", c.LK(g, "epoch_s")), K("sign", c.LK(g, "sign_hex")))))
	})

	reg("lazada.get_order", 3, func(g *gen, c *cas) {
		p := g.person(seaLocs...)
		native := !p.L.latin || g.chance(0.9)
		c.base(g, "channel-sync", "debug")
		oid := g.lk("lazada_order_id")
		tok := "50000" + g.from(alnum, 50)
		host := map[string]string{"id_ID": "co.id", "ms_MY": "com.my", "th_TH": "co.th", "vi_VN": "vn", "tl_PH": "com.ph"}[p.L.code]
		c.F("url.full", C(L("https://api.lazada."+host+"/rest/order/get?"), Q(K("app_key", L(g.digitsNZ(6))), K("timestamp", c.LK(g, "epoch_ms")), K("sign_method", L("sha256")),
			K("access_token", c.cred(ctxURL, "cred.token", tok, tok[5:])), K("order_id", c.K("lazada_order_id", oid)), K("sign", c.LK(g, "sign_hex_upper")))))
		b := p
		if g.chance(0.25) {
			b = g.person(p.L.code)
		}
		addrObj := func(x *person) Txt {
			return O(K("first_name", S(c.given(ctxJSON, x, native))), K("last_name", S(c.family(ctxJSON, x, native))), K("phone", S(c.phone(g, ctxJSON, x, g.pick("noplus", "natl", "e164")))), K("phone2", Ss("")),
				K("address1", S(c.street(ctxJSON, x, native))), K("address2", S(L(x.district(native)))), K("address3", S(L(x.city(native)))), K("address4", S(L(x.region(native)))), K("address5", Ss("")),
				K("city", S(L(x.city(native)))), K("post_code", S(L(x.a.post))), K("country", S(L(x.L.countryN))))
		}
		c.F("http.response.body.content", O(K("code", Ss("0")), K("request_id", S(c.LK(g, "request_id_hex"))), K("data", O(
			K("order_number", c.K("lazada_order_id", oid)), K("order_id", c.K("lazada_order_id", oid)),
			K("customer_first_name", S(c.given(ctxJSON, p, native))), K("customer_last_name", S(c.family(ctxJSON, p, native))),
			K("address_shipping", addrObj(p)), K("address_billing", addrObj(b)),
			K("price", S(c.LK(g, "amount"))), K("payment_method", Ss(g.pick("COD", "MIXEDCARD", "LAZADA_WALLET"))), K("statuses", A(Ss("pending"))),
			K("created_at", S(c.LK(g, "date_local"))), K("voucher", N("0.00")), K("shipping_fee", N("0.00")),
		))))
	})

	reg("tiktok.order_detail", 3, func(g *gen, c *cas) {
		p := g.person("en_US", "id_ID", "ms_MY", "th_TH", "vi_VN", "tl_PH")
		native := !p.L.latin || g.chance(0.9)
		c.base(g, "channel-sync", "debug")
		oid := g.lk("tiktok_order_id")
		at := "ROW_" + g.from(b64url, 60)
		c.F("url.full", C(L("https://open-api.tiktokglobalshop.com/order/202309/orders?"), Q(K("app_key", L(g.from(lowAlnum, 13))), K("timestamp", c.LK(g, "epoch_s")),
			K("shop_cipher", L("ROW_"+g.from(b64url, 24))), K("ids", c.K("tiktok_order_id", oid)), K("sign", c.LK(g, "sign_hex")))))
		c.F("http.request.headers", headers("\n", K("x-tts-access-token", c.cred(ctxHdr, "cred.token", at, at[4:])), K("content-type", L("application/json")), K("user-agent", c.LK(g, "user_agent"))))
		var ph Txt
		if p.L.code == "en_US" || g.chance(0.4) {
			ph = c.K("masked_phone", g.maskedPhone(p))
		} else {
			ph = c.phone(g, ctxJSON, p, g.pick("e164", "intl"))
		}
		var nt Txt
		if native {
			nt = c.nameFull(ctxJSON, p)
		} else {
			nt = c.nameRoman(ctxJSON, p)
		}
		c.F("http.response.body.content", O(K("code", N("0")), K("message", Ss("Success")), K("request_id", S(c.LK(g, "request_id_hex"))), K("data", O(K("orders", A(O(
			K("id", S(c.K("tiktok_order_id", oid))), K("status", Ss("AWAITING_SHIPMENT")), K("buyer_email", S(c.relay(g, ctxJSON, "tiktok", p))),
			K("recipient_address", O(K("name", S(nt)), K("phone_number", S(ph)), K("full_address", S(c.addr(g, ctxJSON, p, map[bool]string{true: "native", false: "roman"}[native]))),
				K("address_detail", c.street2S(ctxJSON, p, native)), K("address_line1", S(c.street(ctxJSON, p, native))), K("postal_code", S(L(p.a.post))), K("region_code", Ss(p.L.country)),
				K("district_info", A(O(K("address_level_name", Ss("State")), K("address_name", S(L(p.region(native))))), O(K("address_level_name", Ss("City")), K("address_name", S(L(p.city(native))))))))),
			K("user_id", S(L("7494"+g.digits(15)))),
			K("packages", A(O(K("id", S(c.LK(g, "tiktok_package_id")))))),
			K("payment", O(K("total_amount", S(c.LK(g, "amount"))), K("currency", Ss(p.L.currency)))),
			K("create_time", c.LK(g, "epoch_s")),
		)))))))
	})

	reg("rakuten.get_order", 2, func(g *gen, c *cas) {
		p := g.person("ja_JP")
		c.base(g, "channel-sync", "info")
		on := g.lk("rakuten_order_number")
		sec, lic := "SP"+g.digits(6)+"_"+g.from(alnum, 16), "SL"+g.digits(6)+"_"+g.from(alnum, 16)
		b, bs := g.basic(sec, lic)
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("ESA "), c.cred(ctxHdr, "cred.basic", b, bs))), K("Content-Type", L("application/json; charset=utf-8"))))
		recv := p
		if g.chance(0.3) {
			recv = g.person("ja_JP")
		}
		model := func(x *person, withMail bool) Txt {
			post := x.a.post
			return O(K("zipCode1", S(L(post[:3]))), K("zipCode2", S(L(post[4:]))), K("prefecture", S(L(x.a.region))), K("city", S(L(x.a.city))),
				K("subAddress", S(c.P(ctxJSON, "address", "addr.street", x.L.code, x.a.line1+" "+x.a.line2))),
				K("familyName", S(c.family(ctxJSON, x, true))), K("firstName", S(c.given(ctxJSON, x, true))),
				K("phoneNumber1", S(L("0"+x.ph.nsn[:2]))), K("phoneNumber2", S(L(x.ph.nsn[2:6]))), K("phoneNumber3", S(L(x.ph.nsn[6:]))),
				K("emailAddress", optf(withMail, func() Txt { return S(c.relay(g, ctxJSON, "rakuten", x)) })))
		}
		c.F("http.response.body.content", O(K("OrderModelList", A(O(
			K("orderNumber", S(c.K("rakuten_order_number", on))), K("orderDatetime", S(c.LK(g, "iso_datetime"))), K("orderProgress", N("300")),
			K("OrdererModel", model(p, true)),
			K("PackageModelList", A(O(K("basketId", N(g.digitsNZ(10))), K("SenderModel", model(recv, false))))),
			K("totalPrice", N(g.num(5, 300)+"00")),
		))), K("MessageModelList", A(O(K("messageType", Ss("INFO")), K("messageCode", Ss("ORDER_EXT_API_GET_ORDER_INFO_101")), K("message", Ss("受注情報の取得に成功しました。")))))))
		c.F("message", C(L("楽天RMS: 注文 "), c.K("rakuten_order_number", on), L(" を取得しました（注文者: "), c.nameFull(ctxMsg, p), L(" 様、"), c.phone(g, ctxMsg, p, "natl"), L("）")))
	})

	reg("coupang.ordersheets", 2, func(g *gen, c *cas) {
		p := g.person("ko_KR")
		recv := p
		if g.chance(0.35) {
			recv = g.person("ko_KR")
		}
		c.base(g, "channel-sync", "debug")
		vid := g.lk("coupang_vendor_id")
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("CEA algorithm=HmacSHA256, access-key="+g.uuid()+", signed-date="), L(g.when().Format("060102T150405Z")), L(", signature="), c.LK(g, "auth_header_signature"))),
			K("X-Requested-By", c.K("coupang_vendor_id", vid)), K("X-EXTENDED-TIMEOUT", L("90000"))))
		c.F("url.full", C(L("https://api-gateway.coupang.com/v2/providers/openapi/apis/api/v4/vendors/"), c.K("coupang_vendor_id", vid), L("/ordersheets?"),
			Q(K("createdAtFrom", L("2026-12-01")), K("createdAtTo", L("2026-12-05")), K("status", L("ACCEPT")), K("maxPerPage", L("50")))))
		safe := func(x *person) Txt {
			d := "050" + g.num(2, 8) + g.digits(8)
			return c.P(ctxJSON, "phone", "phone.national", x.L.code, d[:4]+"-"+d[4:8]+"-"+d[8:])
		}
		c.F("http.response.body.content", O(K("code", N("200")), K("message", Ss("OK")), K("data", A(O(
			K("shipmentBoxId", N(g.digitsNZ(9))), K("orderId", c.LK(g, "coupang_order_id")), K("orderedAt", S(c.LK(g, "iso_datetime"))),
			K("orderer", O(K("name", S(c.nameFull(ctxJSON, p))), K("email", S(c.LK(g, "masked_email"))), K("safeNumber", S(safe(p))), K("ordererNumber", N("null")))),
			K("receiver", O(K("name", S(c.nameFull(ctxJSON, recv))), K("safeNumber", S(safe(recv))), K("addr1", S(c.P(ctxJSON, "address", "addr.native", recv.L.code, recv.a.line1))),
				K("addr2", S(c.street2(ctxJSON, recv, true))), K("postCode", S(L(recv.a.post))))),
			K("parcelPrintMessage", Ss(g.pick("문 앞에 놓아주세요", "경비실에 맡겨주세요", "배송 전 연락바랍니다", ""))),
			K("orderItems", A(O(K("vendorItemName", S(L(g.product()))), K("shippingCount", N("1")), K("salesPrice", N(g.num(5, 300)+"000")), K("externalVendorSku", S(c.LK(g, "seller_sku")))))),
		))), K("nextToken", Ss(""))))
	})

	reg("tokopedia.order", 2, func(g *gen, c *cas) {
		p := g.person("id_ID")
		recv := p
		if g.chance(0.3) {
			recv = g.person("id_ID")
		}
		c.base(g, "channel-sync", "info")
		inv := g.lk("tokopedia_invoice")
		tok := "c:" + g.from(b64url, 40)
		c.F("url.full", C(L("https://fs.tokopedia.net/v2/fs/"+g.digitsNZ(5)+"/order?"), Q(K("invoice_num", c.K("tokopedia_invoice", inv)))))
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.token", tok, tok[2:]))), K("Content-Type", L("application/json"))))
		c.F("http.response.body.content", O(K("header", O(K("process_time", N("0.0"+g.num(10, 99))), K("messages", Ss("Your request has been processed successfully")))),
			K("data", O(K("order_id", N(g.digitsNZ(10))), K("invoice_number", S(c.K("tokopedia_invoice", inv))),
				K("buyer_info", O(K("buyer_id", N(g.digitsNZ(8))), K("buyer_fullname", S(c.nameFull(ctxJSON, p))), K("buyer_email", S(c.email(g, ctxJSON, p))), K("buyer_phone", S(c.phone(g, ctxJSON, p, g.pick("noplus", "natl")))))),
				K("order_info", O(K("destination", O(K("receiver_name", S(c.nameFull(ctxJSON, recv))), K("receiver_phone", S(c.phone(g, ctxJSON, recv, "natl"))),
					K("address_street", S(c.P(ctxJSON, "address", "addr.street", recv.L.code, recv.a.line1+", "+recv.a.line2))), K("address_district", S(L(recv.a.district))), K("address_city", S(L(recv.a.city))),
					K("address_province", S(L(recv.a.region))), K("address_postal", S(L(recv.a.post))))),
					K("shipping_info", O(K("awb", S(c.LK(g, "jnt_tracking"))), K("logistic_name", Ss("J&T"))))))))))
		c.F("message", C(L("pesanan "), c.K("tokopedia_invoice", inv), L(" dikirim ke "), c.nameFull(ctxMsg, recv), L(" ("), c.phone(g, ctxMsg, recv, "natl"), L("), "), c.addr(g, ctxMsg, recv, "native")))
	})

	reg("flipkart.shipments", 2, func(g *gen, c *cas) {
		p := g.person("en_IN", "en_IN", "hi_IN")
		native := p.L.code == "hi_IN" && g.chance(0.6)
		c.base(g, "channel-sync", "debug")
		tok := g.uuid()
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Bearer "), c.cred(ctxHdr, "cred.token", tok, tok))), K("Content-Type", L("application/json"))))
		c.F("url.full", L("https://api.flipkart.net/sellers/v3/shipments/filter"))
		oid := g.lk("flipkart_order_id")
		lm := ""
		if p.a.rline2 != "" {
			lm = p.street2(native)
		}
		c.F("http.response.body.content", O(K("shipments", A(O(
			K("shipmentId", S(c.LK(g, "uuid"))),
			K("orderItems", A(O(K("orderItemId", S(L(g.digitsNZ(17)))), K("orderId", S(c.K("flipkart_order_id", oid))), K("sku", S(c.LK(g, "seller_sku")))))),
			K("deliveryAddress", O(K("firstName", S(c.given(ctxJSON, p, native))), K("lastName", S(c.family(ctxJSON, p, native))), K("addressLine1", S(c.street(ctxJSON, p, native))),
				K("addressLine2", S(L(p.district(native)))), K("landmark", opt(lm != "", S(c.P(ctxJSON, "address", "addr.street", p.L.code, lm)))), K("city", S(L(p.city(native)))), K("state", S(L(p.region(native)))),
				K("pincode", S(L(p.a.post))), K("contactNumber", S(c.phone(g, ctxJSON, p, g.pick("natl", "e164")))), K("stateCode", Ss("KA")))),
			K("buyerDetails", O(K("firstName", S(c.given(ctxJSON, p, native))), K("lastName", S(c.family(ctxJSON, p, native))))),
		)))))
		c.F("message", logfmt(K("msg", L("flipkart label generated")), K("orderId", c.K("flipkart_order_id", oid)), K("buyer", c.nameRoman(ctxKV, p)), K("pincode", L(p.a.post)), K("mob", c.phone(g, ctxKV, p, "natl")), K("awb", c.LK(g, "delhivery_awb"))))
	})
}
