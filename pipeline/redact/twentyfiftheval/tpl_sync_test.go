package twentyfiftheval

import (
	"strings"
)

// The integration layer's own logging.

// multilang is a log line in the seller's or the buyer's language: {O} an
// order id, {N} the name, {P} the phone, {A} the address.
var multilang = map[string]string{
	"es_AR": "Pedido {O} sincronizado: comprador {N}, tel. {P}, envío a {A}",
	"es_PE": "Se actualizó la dirección del pedido {O}: {A} (cliente {N}, celular {P})",
	"es_MX": "No se pudo generar la guía del pedido {O} para {N}: dirección {A}, teléfono {P}",
	"es_CO": "Pedido {O}: el comprador {N} pidió entregar en {A}; contacto {P}",
	"pt_BR": "pedido {O} sincronizado para {N} ({P}), entrega em {A}",
	"ja_JP": "注文 {O} の配送先 {N} 様（{A}、電話 {P}）へのラベル作成に失敗しました",
	"ko_KR": "주문 {O} 수취인 {N} 연락처 {P} 주소 {A} 배송 준비 완료",
	"zh_CN": "订单 {O} 同步失败：收件人 {N}，电话 {P}，地址 {A}",
	"pl_PL": "Zamówienie {O}: kupujący {N}, tel. {P}, adres dostawy: {A}",
	"hi_IN": "ऑर्डर {O} ग्राहक {N} (मोबाइल {P}) के पते {A} पर भेजा गया",
	"en_IN": "Order {O} out for delivery to {N}, {A}, mobile {P}",
	"tr_TR": "Sipariş {O} için alıcı {N}, telefon {P}, teslimat adresi: {A}",
	"ru_RU": "Заказ {O}: получатель {N}, тел. {P}, адрес доставки: {A}",
	"uk_UA": "Замовлення {O}: отримувач {N}, тел. {P}, адреса: {A}",
	"ar_AE": "الطلب {O}: العميل {N}، الهاتف {P}، عنوان التوصيل: {A}",
	"ar_SA": "تم شحن الطلب {O} إلى {N} على العنوان {A}، جوال {P}",
	"id_ID": "Pesanan {O} atas nama {N} ({P}) dikirim ke {A}",
	"ms_MY": "Pesanan {O} untuk {N}, no. telefon {P}, alamat penghantaran: {A}",
	"tl_PH": "Ang order {O} ni {N} ay ipapadala sa {A}, cp {P}",
	"vi_VN": "Đơn hàng {O}: người nhận {N}, SĐT {P}, địa chỉ giao hàng: {A}",
	"th_TH": "คำสั่งซื้อ {O} ผู้รับ {N} โทร {P} ที่อยู่จัดส่ง {A}",
	"de_DE": "Bestellung {O} an {N} versendet, Lieferadresse: {A}, Tel. {P}",
	"nl_NL": "Bestelling {O} voor {N} verzonden naar {A}, telefoon {P}",
	"fr_FR": "Commande {O} expédiée à {N}, adresse de livraison : {A}, tél. {P}",
	"it_IT": "Ordine {O} spedito a {N}, indirizzo: {A}, cellulare {P}",
	"cs_CZ": "Objednávka {O}: příjemce {N}, tel. {P}, doručovací adresa: {A}",
	"ro_RO": "Comanda {O} pentru {N} a fost expediată la adresa {A}, telefon {P}",
	"el_GR": "Η παραγγελία {O} στάλθηκε στον/στην {N}, διεύθυνση: {A}, τηλ. {P}",
	"he_IL": "הזמנה {O} נשלחה אל {N}, כתובת: {A}, טלפון {P}",
	"en_NG": "Order {O}: deliver to {N}, {A}. Call {P} on arrival",
	"sw_KE": "Oda {O} ya {N} itatumwa kwa anwani {A}, simu {P}",
	"en_US": "Order {O} shipped to {N} at {A}, phone {P}",
}

// fill expands a format whose placeholders are {X}.
func fill(format string, parts map[string]Txt) Txt {
	var out Txt
	for {
		i := strings.IndexByte(format, '{')
		if i < 0 {
			break
		}
		j := strings.IndexByte(format[i:], '}')
		if j < 0 {
			break
		}
		out = append(out, L(format[:i])...)
		out = append(out, parts[format[i+1:i+j]]...)
		format = format[i+j+1:]
	}
	return append(out, L(format)...)
}

var orderTypes = []string{"amazon_order_id", "shopee_order_sn", "meli_order_id", "tiktok_order_id", "shopify_order_name", "lazada_order_id", "rakuten_order_number", "ozon_posting_number", "trendyol_order_number", "flipkart_order_id", "ebay_order_id", "coupang_order_id", "bol_order_id", "jumia_order_number", "noon_order_nr", "tokopedia_invoice"}

var mapErr = []string{
	`cannot map field {F} value "{V}" for order {O}: {R}`,
	`não foi possível mapear o campo {F} valor '{V}' (pedido {O})`,
	`no se pudo mapear el campo {F} con valor "{V}" del pedido {O}`,
	`字段 {F} 的值「{V}」无法映射（订单 {O}）`,
	`フィールド {F} の値 "{V}" をマッピングできません（注文 {O}）`,
	`не удалось сопоставить поле {F} со значением «{V}» (заказ {O})`,
	`{F} alanı '{V}' değeriyle eşlenemedi (sipariş {O})`,
	`mapping failed: field={F} value={V} order={O}`,
}

func init() {
	reg("sync.multilang", 6, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "channel-sync", "info")
		native := !p.L.latin && g.chance(0.7)
		var nt Txt
		if native {
			nt = c.nameFull(ctxMsg, p)
		} else {
			nt = c.name(g, ctxMsg, p, "any")
		}
		av, af := g.addrLine(p, map[bool]string{true: "native", false: "roman"}[native])
		c.F("message", fill(multilang[p.L.code], map[string]Txt{
			"O": c.LK(g, g.pickS(orderTypes)), "N": nt, "P": c.phone(g, ctxMsg, p, ""), "A": c.P(ctxMsg, "address", af, p.L.code, av),
		}))
		c.F("labels.channel", L(g.pick("amazon", "shopee", "meli", "tiktok", "shopify", "lazada", "rakuten", "ozon", "trendyol", "allegro")))
	})

	reg("sync.mapping_error", 4, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "channel-sync", "error")
		var f string
		var v Txt
		switch g.n(5) {
		case 0:
			f, v = "recipient_address.phone", c.phone(g, ctxMsg, p, g.pick("natl", "noplus", "native"))
		case 1:
			f, v = "shipping_address.address1", c.street(ctxMsg, p, !p.L.latin && g.chance(0.5))
		case 2:
			f, v = "buyer.name", c.name(g, ctxMsg, p, "any")
		case 3:
			f, v = "receiver_address.street_name", c.addr(g, ctxMsg, p, "any")
		default:
			f, v = "customer.email", c.email(g, ctxMsg, p)
		}
		c.F("message", fill(g.pickS(mapErr), map[string]Txt{"F": L(f), "V": v, "O": c.LK(g, g.pickS(orderTypes)), "R": L(g.pick("invalid country code", "value too long", "unsupported characters", "field is required"))}))
		c.F("error.type", L("MappingError"))
	})

	reg("sync.java_stack", 3, func(g *gen, c *cas) {
		p := g.person(seaLocs...)
		c.base(g, "channel-sync", "error")
		sn := g.lk("shopee_order_sn")
		ph := c.phone(g, ctxStack, p, g.pick("natl", "noplus"))
		tr := C(L("com.acme.channels.shopee.MappingException: cannot map field recipient_address.phone value '"), ph, L("' for order "), c.K("shopee_order_sn", sn), L(": invalid region "+p.L.country+`
	at com.acme.channels.shopee.OrderMapper.mapRecipient(OrderMapper.java:212)
	at com.acme.channels.shopee.OrderMapper.map(OrderMapper.java:88)
	at com.acme.sync.OrderSyncJob.run(OrderSyncJob.java:57)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
Caused by: java.lang.IllegalArgumentException: not a number: `), ph, L(`
	at com.acme.phone.E164.parse(E164.java:41)
	... 4 more
Recipient: `), Osp(K("name", S(c.nameFull(ctxStack, p))), K("full_address", S(c.addr(g, ctxStack, p, "native"))), K("zipcode", S(L(p.a.post)))))
		c.F("error.stack_trace", tr)
		c.F("message", C(L("mapping failed for order "), c.K("shopee_order_sn", sn), L(": cannot map field recipient_address.name value '"), c.nameFull(ctxMsg, p), L("'")))
	})

	reg("sync.python_traceback", 3, func(g *gen, c *cas) {
		p := g.person(seaLocs...)
		native := !p.L.latin
		c.base(g, "channel-sync", "error")
		d := pyRepr(K("first_name", PS(c.given(ctxPyRepr, p, native))), K("last_name", PS(c.family(ctxPyRepr, p, native))), K("phone", PS(c.phone(g, ctxPyRepr, p, "noplus"))),
			K("address1", PS(c.street(ctxPyRepr, p, native))), K("city", PS(L(p.city(native)))), K("post_code", PS(L(p.a.post+" "))), K("country", PS(L(p.L.countryN))))
		c.F("error.stack_trace", C(L("Traceback (most recent call last):\n  File \"/app/sync/lazada.py\", line "+g.num(100, 300)+", in map_address\n    addr = Address(**payload[\"address_shipping\"])\npydantic_core._pydantic_core.ValidationError: 1 validation error for Address\npost_code\n  String should match pattern '^\\d{5}$' [type=string_pattern_mismatch, input_value='"+p.a.post+" ', input_type=str]\npayload[\"address_shipping\"] = "), d))
		c.F("message", C(L("lazada order "), c.LK(g, "lazada_order_id"), L(" skipped: ValidationError")))
	})

	reg("sync.reconcile_diff", 3, func(g *gen, c *cas) {
		p := g.person("pt_BR", "es_AR", "es_MX", "de_DE", "fr_FR", "it_IT", "pl_PL", "nl_NL", "tr_TR", "en_US", "id_ID", "ms_MY", "tl_PH", "en_NG")
		c.base(g, "reconciliation", "info")
		a := g.lk("shopify_order_name")
		b := g.lk("merchant_order_ref")
		oldSt := p.a.line1
		newSt := p.a.line1
		if p.a.line2 != "" {
			newSt += " " + p.a.line2
		} else {
			newSt = strings.Replace(oldSt, ",", "", 1) + " " + g.pick("apto 1", "Piso 2", "Whg. 3", "bl. 4")
		}
		oldPh, _ := g.phoneAs(p, "natl")
		newPh, _ := g.phoneAs(p, "e164")
		diff := C(L("--- shopify "), c.K("shopify_order_name", a), L("\n+++ erp "), c.K("merchant_order_ref", b), L("\n@@ shipping_address @@\n- address1: "),
			c.P(ctxDiff, "address", "addr.street", p.L.code, oldSt), L("\n+ address1: "), c.P(ctxDiff, "address", "addr.street", p.L.code, newSt),
			L("\n  city: "+p.a.city+"\n- phone: "), c.P(ctxDiff, "phone", "phone.national", p.L.code, oldPh), L("\n+ phone: "), c.P(ctxDiff, "phone", "phone.e164", p.L.code, newPh),
			L("\n- name: "), c.P(ctxDiff, "name", "name.full", p.L.code, p.full()), L("\n+ name: "), c.P(ctxDiff, "name", "name.caps", p.L.code, p.caps()))
		c.F("reconcile.diff", diff)
		c.F("message", C(L("reconciliation: 3 fields differ between shopify "), c.K("shopify_order_name", a), L(" and erp "), c.K("merchant_order_ref", b)))
	})

	reg("sync.pagination", 3, func(g *gen, c *cas) {
		c.base(g, "channel-sync", "debug")
		nt := g.lk("next_token")
		c.F("message", C(L("fetched page "+g.num(2, 9)+"/"+g.num(10, 40)+" of orders (100 items) next_token="), c.K("next_token", nt), L(" took="+g.num(200, 2000)+"ms")))
		c.F("url.full", C(L(amzHost(g)+"/orders/v0/orders?"), Q(K("MarketplaceIds", c.LK(g, "marketplace_id")), K("CreatedAfter", c.LK(g, "iso_datetime")), K("NextToken", c.K("next_token", nt)))))
		dom := g.lk("shop_domain")
		c.F("http.response.headers.link", C(L("<https://"), c.K("shop_domain", dom), L("/admin/api/"), c.LK(g, "api_version"), L("/orders.json?limit=250&page_info="), c.K("cursor_b64json", strings.TrimRight(g.lk("cursor_b64json"), "=")), L(`>; rel="next"`)))
		c.F("labels.last_order", c.LK(g, g.pickS(orderTypes)))
		c.F("labels.last_updated", c.LK(g, "epoch_ms_luhn"))
		c.F("labels.window_start", c.LK(g, "epoch_s"))
	})

	reg("sync.oauth_log", 3, func(g *gen, c *cas) {
		c.base(g, "auth", "info")
		prov := g.pick("ebay", "allegro", "zalando", "bol", "walmart", "tiktok", "lazada", "mercadolibre")
		var cid Txt
		var sec, secJ string
		switch prov {
		case "ebay":
			cid = L("AcmeCros-sync-PRD-" + g.hex(9) + "-" + g.hex(8))
			sec = "PRD-" + g.hex(12) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4) + "-" + g.hex(4)
			secJ = sec[4:]
		case "tiktok", "lazada":
			cid = L(g.from(lowAlnum, 13))
			sec = g.hex(40)
			secJ = sec
		case "mercadolibre":
			cid = c.LK(g, "app_id")
			sec = g.mixed(alnum, 32)
			secJ = sec
		default:
			cid = c.LK(g, "uuid")
			sec = g.mixed(alnum, g.rng(32, 64))
			secJ = sec
		}
		rt := g.from(b64url, g.rng(40, 80))
		c.F("message", logfmt(K("msg", L("oauth refresh ok")), K("provider", L(prov)), K("client_id", cid), K("client_secret", c.cred(ctxKV, "cred.secret", sec, secJ)),
			K("refresh_token", c.cred(ctxKV, "cred.token", rt, rt)), K("expires_in", L("3600")), K("scope", L("orders:read fulfillment:write"))))
	})

	reg("sync.customers_csv", 3, func(g *gen, c *cas) {
		c.base(g, "import", "debug")
		rows := []Txt{L("First Name,Last Name,Email,Accepts Email Marketing,Default Address Company,Default Address Address1,Default Address Address2,Default Address City,Default Address Province Code,Default Address Country Code,Default Address Zip,Default Address Phone,Phone,Total Spent,Total Orders,Tax Exempt")}
		for i, n := 0, g.rng(2, 3); i < n; i++ {
			p := g.person(shopifyLocs...)
			native := p.nativeScript() && g.chance(0.4)
			ph := c.phone(g, ctxCSV, p, g.pick("e164", "intl"))
			rows = append(rows, Join(",", csvCell(c.given(ctxCSV, p, native), ","), csvCell(c.family(ctxCSV, p, native), ","), c.email(g, ctxCSV, p), L(g.pick("yes", "no")), L(""),
				csvCell(c.street(ctxCSV, p, native), ","), csvCell(C(c.street2(ctxCSV, p, native)), ","), csvCell(L(p.city(native)), ","), L(""), L(p.L.country), csvCell(L(p.a.post), ","), csvCell(ph, ","), csvCell(ph, ","),
				c.LK(g, "amount"), L(g.num(1, 40)), L("no")))
		}
		c.F("import.chunk", Join("\n", rows...))
		c.F("message", L("customers.csv: rows "+g.num(1, 500)+"-"+g.num(501, 900)+" staged"))
	})

	reg("sync.http_dump", 3, func(g *gen, c *cas) {
		p := g.person()
		user := "acme_" + g.from(lowAlnum, 6)
		pass := g.password()
		b, bs := g.basic(user, pass)
		body, ep := carrierPayload(g, c, ctxJSON, p)
		i := strings.IndexByte(ep, '/')
		dump := C(L("POST /"+ep[i+1:]+" HTTP/1.1\r\nHost: "+ep[:i]+"\r\nUser-Agent: "), c.LK(g, "user_agent"), L("\r\nContent-Length: "+g.num(300, 900)+"\r\nAuthorization: Basic "), c.cred(ctxHdr, "cred.basic", b, bs),
			L("\r\nContent-Type: application/json\r\nX-Request-Id: "), c.LK(g, "uuid"), L("\r\nAccept-Encoding: gzip\r\n\r\n"), body)
		if g.chance(0.4) {
			c.Raw(C(L("httputil.DumpRequestOut: "), dump))
			return
		}
		c.base(g, "shipping", "debug")
		c.F("http.request.dump", dump)
		c.F("message", L("outgoing request dumped (debug)"))
	})

	reg("sync.structured", 4, func(g *gen, c *cas) {
		p := g.person()
		native := !p.L.latin && g.chance(0.5)
		c.base(g, "channel-sync", "info")
		c.F("message", L(g.pick("order synced", "order imported", "shipment created", "address updated")))
		c.F("order.id", c.LK(g, g.pickS(orderTypes)))
		var nt Txt
		if native {
			nt = c.nameFull(ctxField, p)
		} else {
			nt = c.name(g, ctxField, p, "any")
		}
		c.F(g.pick("buyer.name", "recipient.name", "customer.full_name", "ship_to.name"), nt)
		if g.chance(0.8) {
			c.F(g.pick("buyer.email", "customer.email", "order.buyer_email"), c.email(g, ctxField, p))
		}
		c.F(g.pick("buyer.phone", "recipient.phone", "customer.phone", "ship_to.phone"), c.phone(g, ctxField, p, ""))
		c.F(g.pick("shipping.address.line1", "ship_to.address1", "recipient.street", "shipping.address.street"), c.street(ctxField, p, native))
		c.F(g.pick("shipping.address.city", "ship_to.city"), L(p.city(native)))
		c.F("shipping.address.postal_code", L(p.a.post))
		c.F("order.total", c.LK(g, "amount_currency"))
		c.F("order.created", c.LK(g, "iso_datetime"))
		if g.chance(0.15) {
			cd, _, _ := c.card(g, ctxField, p)
			c.F("payment.card.number", cd)
		}
	})

	reg("sync.sentry_params", 2, func(g *gen, c *cas) {
		p := g.person()
		native := !p.L.latin && g.chance(0.5)
		c.base(g, "channel-sync", "warning")
		c.F("message", L("order %s could not be shipped to %s (%s): %s"))
		var nt Txt
		if native {
			nt = c.nameFull(ctxArr, p)
		} else {
			nt = c.nameRoman(ctxArr, p)
		}
		c.FA("logentry.params", A(S(c.LK(g, g.pickS(orderTypes))), S(nt), S(c.phone(g, ctxArr, p, "")), S(c.LK(g, "plain_phrase"))))
		c.F("logentry.message", L("order %s could not be shipped to %s (%s): %s"))
	})

	reg("deadletter.sdk_debug", 3, func(g *gen, c *cas) {
		rt, rts := g.lwaRefresh()
		cs, css := g.lwaSecret()
		switch g.n(3) {
		case 0:
			c.Raw(C(L("send: b'POST /auth/o2/token HTTP/1.1\\r\\nHost: api.amazon.com\\r\\nUser-Agent: "), c.LK(g, "user_agent"), L("\\r\\nContent-Type: application/x-www-form-urlencoded;charset=UTF-8\\r\\n\\r\\n"),
				Q(K("grant_type", L("refresh_token")), K("refresh_token", c.cred(ctxForm, "cred.token", rt, rts)), K("client_id", c.LK(g, "lwa_client_id")), K("client_secret", c.cred(ctxForm, "cred.secret", cs, css))), L("'")))
		case 1:
			p := g.person(amzLocs...)
			c.Raw(C(L("DEBUG:urllib3.connectionpool:"+amzHost(g)+":443 \"GET /orders/v0/orders/"), c.LK(g, "amazon_order_id"), L("/buyerInfo HTTP/1.1\" 200 "+g.num(200, 900)+"\nDEBUG:sp_api:response "),
				O(K("payload", O(K("BuyerEmail", S(c.relay(g, ctxJSON, "amazon", p))), K("BuyerName", S(c.nameRoman(ctxJSON, p))))))))
		default:
			p := g.person()
			c.Raw(C(L(`{"level":"error","ts":`), c.LK(g, "epoch_s"), L(`.`+g.digits(6)+`,"msg":"dead letter","queue":"orders.sync","payload":`), S(O(K("order", S(c.LK(g, g.pickS(orderTypes)))),
				K("recipient", O(K("name", S(c.nameRoman(ctxJSON2, p))), K("phone", S(c.phone(g, ctxJSON2, p, "e164"))), K("address", S(c.addr(g, ctxJSON2, p, "roman"))))))), L(`}`)))
		}
	})

	reg("sync.inventory", 6, func(g *gen, c *cas) {
		c.base(g, "inventory", "info")
		var lines []Txt
		for i, n := 0, g.rng(2, 4); i < n; i++ {
			lines = append(lines, O(K("sku", S(c.LK(g, "seller_sku"))), K("asin", S(c.LK(g, "asin"))), K("fnsku", S(c.LK(g, "fnsku"))), K("gtin", S(c.LK(g, g.pick("ean13", "upc", "jan", "gtin14", "isbn13")))),
				K("fulfillable", N(g.num(0, 900))), K("fc", S(c.LK(g, "fc_code"))), K("warehouse", S(c.LK(g, "warehouse_id")))))
		}
		c.F("http.request.body.content", O(K("items", A(lines...)), K("updated_at", S(c.LK(g, "iso_datetime")))))
		c.F("message", C(L("inventory pushed to "), L(g.pick("amazon", "shopee", "meli", "allegro", "trendyol")), L(" ("+itoa(len(lines))+" skus), category "), c.LK(g, "category_id"), L(", shipped from "), c.LK(g, "city_alone")))
	})

	reg("sync.tracking_update", 6, func(g *gen, c *cas) {
		c.base(g, "fulfillment", "info")
		var rows []Txt
		for i, n := 0, g.rng(2, 4); i < n; i++ {
			rows = append(rows, logfmt(K("order", c.LK(g, g.pickS(orderTypes))), K("carrier", L(g.pick("UPS", "FedEx", "DHL", "USPS", "Correios", "J&T", "SPX", "Ninja Van", "Yamato", "CJ", "DPD", "InPost", "Delhivery", "Aramex"))),
				K("tracking", c.LK(g, g.pick("ups_tracking", "fedex_tracking", "usps_tracking", "dhl_tracking", "correios_tracking", "jnt_tracking", "spx_tracking", "ninjavan_tracking", "yamato_tracking", "cj_tracking", "dpd_tracking", "inpost_tracking", "delhivery_awb", "aramex_awb", "s10_tracking"))),
				K("status", L(g.pick("IN_TRANSIT", "DELIVERED", "OUT_FOR_DELIVERY"))), K("at", c.LK(g, "iso_datetime"))))
		}
		c.F("message", Join("\n", rows...))
		c.F("labels.batch", c.LK(g, "uuid"))
	})

	reg("sync.price_update", 4, func(g *gen, c *cas) {
		c.base(g, "pricing", "info")
		c.F("message", C(L("repriced "), c.LK(g, "seller_sku"), L(" from "), c.LK(g, "amount_currency"), L(" to "), c.LK(g, "amount_currency"), L(" (min "), c.LK(g, "amount"), L(", buybox "), c.LK(g, "amount"), L(") on "), c.LK(g, "marketplace_id")))
		c.F("pricing.rule", L("beat-lowest-"+g.num(1, 5)+"pct"))
		c.F("pricing.version", c.LK(g, "semver"))
		c.F("pricing.weight", c.LK(g, "weight"))
		c.F("pricing.dimensions", c.LK(g, "dimensions"))
		c.F("pricing.nfe", c.LK(g, "nfe_key"))
		c.F("client.ip", c.LK(g, "ipv4"))
		c.F("pricing.awb", c.LK(g, "awb_cargo"))
	})

	reg("messaging.buyer_message", 2, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "messaging", "info")
		text := shipNote(g, c, ctxJSON, p)
		c.F("http.request.body.content", O(K("text", S(C(text, L(" "), c.LK(g, "template_var")))), K("attachments", A())))
		c.F("url.full", C(L(amzHost(g)+"/messaging/v1/orders/"), c.LK(g, "amazon_order_id"), L("/messages/confirmDeliveryDetails?marketplaceIds="), c.LK(g, "marketplace_id")))
	})
}

// shipNotes: the shipping notice sent to the buyer, in the buyer's
// language: {N} the given name, {O} the order, {T} the tracking number, {S}
// the shop's public support contact (neutral: neither PII nor look-alike).
var shipNotes = map[string]string{
	"pt_BR": "Olá {N}, seu pedido {O} foi enviado. Rastreio: {T}. Dúvidas? {S}",
	"es_AR": "Hola {N}, tu pedido {O} fue despachado. Seguimiento: {T}. Ayuda: {S}",
	"es_MX": "Hola {N}, tu pedido {O} fue enviado. Guía: {T}. Ayuda: {S}",
	"es_CO": "Hola {N}, tu pedido {O} fue despachado. Guía: {T}. Ayuda: {S}",
	"es_PE": "Hola {N}, tu pedido {O} está en camino. Seguimiento: {T}. Ayuda: {S}",
	"de_DE": "Hallo {N}, Ihre Bestellung {O} wurde versandt. Sendungsnummer: {T}. Hilfe: {S}",
	"fr_FR": "Bonjour {N}, votre commande {O} a été expédiée. Suivi : {T}. Aide : {S}",
	"it_IT": "Ciao {N}, il tuo ordine {O} è stato spedito. Tracking: {T}. Assistenza: {S}",
	"pl_PL": "Dzień dobry {N}, zamówienie {O} zostało wysłane. Numer przesyłki: {T}. Pomoc: {S}",
	"tr_TR": "Merhaba {N}, {O} numaralı siparişiniz kargoya verildi. Takip: {T}. Destek: {S}",
	"id_ID": "Halo {N}, pesanan {O} sudah dikirim. Resi: {T}. Bantuan: {S}",
	"ms_MY": "Hai {N}, pesanan {O} telah dihantar. Nombor penjejakan: {T}. Bantuan: {S}",
	"tl_PH": "Hi {N}, naipadala na ang order mo {O}. Tracking: {T}. Tulong: {S}",
	"ja_JP": "{N} 様、ご注文 {O} を発送しました。お問い合わせ番号: {T}。サポート: {S}",
	"ko_KR": "{N}님, 주문 {O} 상품이 발송되었습니다. 운송장 {T}. 고객센터 {S}",
	"zh_CN": "{N}您好，您的订单 {O} 已发货，运单号 {T}。客服：{S}",
	"ru_RU": "Здравствуйте, {N}! Заказ {O} передан в доставку, трек-номер {T}. Поддержка: {S}",
	"uk_UA": "Вітаємо, {N}! Замовлення {O} відправлено, ТТН {T}. Підтримка: {S}",
	"vi_VN": "Chào {N}, đơn hàng {O} đã được giao cho đơn vị vận chuyển, mã vận đơn {T}. Hỗ trợ: {S}",
	"th_TH": "สวัสดีค่ะ คุณ {N} คำสั่งซื้อ {O} จัดส่งแล้ว เลขพัสดุ {T} ติดต่อ {S}",
	"ar_AE": "مرحباً {N}، تم شحن طلبك {O}. رقم التتبع {T}. للمساعدة: {S}",
	"ar_SA": "مرحباً {N}، تم شحن طلبك {O}. رقم التتبع {T}. للمساعدة: {S}",
	"he_IL": "שלום {N}, ההזמנה {O} נשלחה. מספר מעקב {T}. תמיכה: {S}",
	"el_GR": "Γεια σας {N}, η παραγγελία {O} στάλθηκε. Αριθμός αποστολής {T}. Υποστήριξη: {S}",
	"cs_CZ": "Dobrý den {N}, objednávka {O} byla odeslána. Sledování: {T}. Podpora: {S}",
	"ro_RO": "Bună ziua {N}, comanda {O} a fost expediată. AWB: {T}. Suport: {S}",
	"nl_NL": "Hoi {N}, je bestelling {O} is verzonden. Track & trace: {T}. Hulp: {S}",
	"hi_IN": "नमस्ते {N}, आपका ऑर्डर {O} भेज दिया गया है। ट्रैकिंग {T}। सहायता: {S}",
	"sw_KE": "Habari {N}, oda yako {O} imetumwa. Nambari ya ufuatiliaji {T}. Msaada: {S}",
}

var supportContacts = []string{"help@casa-bonita.example", "suporte@loja-verde.example", "+1 415 555 0100", "0800 555 0199", "support@acme-crossborder.example", "+44 20 7946 0958"}

func shipNote(g *gen, c *cas, ctx string, p *person) Txt {
	f, ok := shipNotes[p.L.code]
	if !ok {
		f = "Hi {N}, your order {O} has shipped. Tracking: {T}. Help: {S}"
	}
	var n Txt
	if p.L.code == "ja_JP" || p.L.code == "zh_CN" || p.L.code == "ko_KR" {
		n = c.nameFull(ctx, p)
	} else {
		n = c.given(ctx, p, true)
	}
	return fill(f, map[string]Txt{"N": n, "O": c.LK(g, g.pickS(orderTypes)), "T": c.LK(g, g.pick("s10_tracking", "spx_tracking", "jnt_tracking", "correios_tracking", "ups_tracking", "yamato_tracking", "cj_tracking", "dhl_tracking")), "S": L(g.pickS(supportContacts))})
}

func init() {
	reg("amz.settlement_tsv", 3, func(g *gen, c *cas) {
		c.base(g, "report-ingest", "debug")
		sid := g.lk("sp_report_id")
		rows := []Txt{L("settlement-id\tsettlement-start-date\tsettlement-end-date\tdeposit-date\ttotal-amount\tcurrency\ttransaction-type\torder-id\tmerchant-order-id\tshipment-id\tmarketplace-name\tamount-type\tamount-description\tamount\tfulfillment-id\tposted-date\torder-item-code\tsku\tquantity-purchased")}
		cur := g.pick("USD", "EUR", "BRL", "JPY", "INR", "MXN", "PLN", "TRY", "AED", "SAR")
		for i, n := 0, g.rng(4, 6); i < n; i++ {
			rows = append(rows, Join("\t", c.K("sp_report_id", sid), L(""), L(""), L(""), L(""), L(cur), L(g.pick("Order", "Refund", "ServiceFee")), c.LK(g, "amazon_order_id"), c.LK(g, "merchant_order_ref"),
				c.LK(g, "fba_shipment_id"), L("Amazon."+g.pick("com", "de", "com.br", "co.jp", "in", "com.mx", "pl", "com.tr", "ae", "sa")), L("ItemPrice"), L(g.pick("Principal", "Tax", "Shipping", "Commission")),
				c.LK(g, "amount"), L(g.pick("AFN", "MFN")), c.LK(g, "iso_datetime"), c.LK(g, "order_item_code"), c.LK(g, "seller_sku"), L(g.num(1, 4))))
		}
		c.F("report.chunk", Join("\n", rows...))
		c.F("message", C(L("settlement report "), c.K("sp_report_id", sid), L(" parsed ("+itoa(len(rows)-1)+" rows)")))
	})

	reg("carrier.tracking_webhook", 3, func(g *gen, c *cas) {
		c.base(g, "tracking", "info")
		trk := g.lk(g.pick("dhl_tracking", "ups_tracking", "fedex_tracking", "s10_tracking", "correios_tracking", "jnt_tracking", "ninjavan_tracking", "cj_tracking", "inpost_tracking", "aramex_awb"))
		var cps []Txt
		for i, n := 0, g.rng(3, 5); i < n; i++ {
			cps = append(cps, O(K("checkpoint_time", S(c.LK(g, "iso_datetime"))), K("city", S(c.LK(g, "city_alone"))), K("country_iso3", Ss(g.pick("CHN", "DEU", "BRA", "IDN", "POL", "TUR", "ARE", "USA"))),
				K("message", Ss(g.pick("Arrived at sort facility", "Departed facility", "Customs clearance completed", "Out for delivery", "Shipment information received"))), K("tag", Ss(g.pick("InTransit", "InfoReceived", "OutForDelivery"))),
				K("coordinates", S(c.LK(g, "latlon")))))
		}
		msg := O(K("id", S(c.LK(g, "request_id_hex"))), K("tracking_number", S(c.K("tracking_number", trk))),
			K("slug", Ss(g.pick("dhl", "ups", "fedex", "china-post", "correios", "jtexpress", "ninjavan", "cj-korea", "inpost", "aramex"))),
			K("tag", Ss("InTransit")), K("expected_delivery", S(c.LK(g, "date_local"))), K("order_id", S(c.LK(g, g.pickS(orderTypes)))), K("checkpoints", A(cps...)))
		c.F("http.request.body.content", O(K("event", Ss("tracking_update")), K("event_id", S(c.LK(g, "uuid"))), K("ts", c.LK(g, "epoch_s")), K("msg", msg)))
		c.F("http.request.headers", headers("\n", K("aftership-hmac-sha256", c.LK(g, "hmac_b64")), K("content-type", L("application/json"))))
	})
}

func init() {
	reg("sync.config_dump", 2, func(g *gen, c *cas) {
		c.base(g, "settlement-upload", "error")
		user := "acme_" + g.from(lowAlnum, 5)
		pw := g.password()
		host := g.pick("sftp.partner.example", "edi.marketplace.example", "ftp.carrier.example")
		switch g.n(3) {
		case 0:
			c.F("error.stack_trace", C(L("com.jcraft.jsch.JSchException: Auth fail for SftpConfig{host='"+host+"', port=22, user='"+user+"', password='"), c.cred(ctxStack, "cred.password", pw, pw),
				L("', remoteDir='/inbound/settlements'}\n\tat com.jcraft.jsch.Session.connect(Session.java:519)\n\tat com.acme.sync.settlement.SftpUploader.upload(SftpUploader.java:64)\n\tat com.acme.sync.settlement.SettlementJob.run(SettlementJob.java:31)")))
			c.F("message", C(L("settlement upload failed for report "), c.LK(g, "sp_report_id")))
		case 1:
			c.F("message", C(L("SFTP login to "+host+" failed for user "+user+" with password '"), c.cred(ctxMsg, "cred.password", pw, pw), L("' (attempt "+g.num(1, 3)+"/3)")))
		default:
			sec := g.mixed(alnum, g.rng(32, 48))
			c.F("oauth.client_id", c.LK(g, "uuid"))
			c.F("oauth.client_secret", c.cred(ctxField, "cred.secret", sec, sec))
			c.F("oauth.token_url", L("https://"+g.pick("allegro.pl/auth/oauth/token", "login.bol.com/token", "api.zalando.com/oauth2/token")))
			c.F("message", L("oauth client loaded"))
		}
	})
}
