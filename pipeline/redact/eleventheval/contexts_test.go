package eleventheval

import (
	"fmt"
	"strings"
)

// context is one platform or transport, written as a real service on a busy day.
type context struct {
	name string
	fn   func(b *B) (string, bool) // the line, and whether it is an NDJSON event
}

var contexts = []context{
	{"woocommerce", ctxWoo},
	{"magento", ctxMagento},
	{"shopware_prestashop", ctxShopware},
	{"bigcommerce", ctxBigCommerce},
	{"sap_idoc", ctxIDoc},
	{"odoo_netsuite", ctxOdoo},
	{"3pl_shipment", ctx3PL},
	{"helpdesk", ctxHelpdesk},
	{"messaging", ctxMessaging},
	{"mail_events", ctxMail},
	{"graphql", ctxGraphQL},
	{"grpc", ctxGRPC},
	{"curl_har", ctxCurlHAR},
	{"cloud_json", ctxCloudJSON},
	{"cloud_text", ctxCloudText},
	{"logger_json", ctxLoggerJSON},
	{"logger_text", ctxLoggerText},
	{"spreadsheet", ctxSheet},
	{"sql_batch", ctxSQL},
	{"message_queue", ctxMQ},
}

// ---- planting helpers ----

func (b *B) pName(p person) string  { return b.P(kName, p.nameClass, p.name) }
func (b *B) pPhone(p person) string { return b.P(kPhone, p.phoneClass, p.phone) }
func (b *B) pEmail(p person) string { return b.P(kEmail, p.emailClass, p.email) }
func (b *B) pAddr(p person) string {
	return b.PE(kAddr, p.addr.class, p.addr.line, p.addr.line, p.addr.frags)
}
func (b *B) pStreet(p person) string {
	return b.PE(kAddr, p.addr.class+"/street", p.addr.street, p.addr.street, p.addr.frags)
}

// pFirst plants the given name alone (a form's first_name); a one-letter
// given name (Chinese) is written with the family name.
func (b *B) pFirst(p person) string {
	if runeLen(p.first) < 2 {
		return b.pName(p)
	}
	return b.P(kName, p.nameClass+"/first", p.first)
}

// pRest plants what follows the given name (last_name), or the whole name.
func (b *B) pRest(p person) string {
	if rest, ok := strings.CutPrefix(p.name, p.first+" "); ok && runeLen(rest) >= 2 {
		return b.P(kName, p.nameClass+"/last", rest)
	}
	if runeLen(p.first) < 2 {
		return ""
	}
	return b.pName(p)
}

func (b *B) pCard() string {
	n, iss := b.card()
	g, gc := b.groupCard(n)
	return b.PE(kCard, iss+"/"+gc, n, g, nil)
}

// pCardPair plants a card and returns it with its masked form beside it.
func (b *B) pCardPair() (string, string) {
	n, iss := b.card()
	g, gc := b.groupCard(n)
	return b.PE(kCard, iss+"/"+gc, n, g, nil), maskCard(n)
}

func (b *B) pIBAN(l *locale) string {
	ib := b.iban(l.ibanCC)
	if b.chance(0.5) {
		return b.PE(kIBAN, ib[:2]+"/grouped", ib, groupIBAN(ib), nil)
	}
	return b.PE(kIBAN, ib[:2]+"/compact", ib, ib, nil)
}

func (b *B) pCNID() string { return b.P(kCNID, "cn_id", b.cnID()) }

func (b *B) pCred(p person) (string, secret) {
	s := b.credential(p.loc, strings.ToLower(translit.Replace(strings.Fields(p.latin)[0])), b.pick([]string{"db-primary.internal", "rabbitmq.svc", "redis-cache", "smtp.mailgun.org", "10.0.4.12"}))
	return b.cred(s), s
}

// pCredKV plants a credential and returns the key it is logged under.
func (b *B) pCredKV(p person) (string, string) {
	out, s := b.pCred(p)
	k := s.key
	if k == "" {
		switch {
		case strings.HasPrefix(s.class, "basic"), strings.HasPrefix(s.class, "bearer"):
			k = "Authorization"
		case strings.HasPrefix(s.class, "url/"):
			k = b.pick([]string{"dsn", "DATABASE_URL", "broker_url", "conn"})
		case s.class == "presigned":
			k = "label_url"
		case strings.HasPrefix(s.class, "otp-sms"):
			k = "sms_text"
		case s.class == "totp-uri":
			k = "otpauth_uri"
		default:
			k = b.pick([]string{"api_key", "x-api-key", "access_token", "apiSecret", "client_secret", "token"})
		}
	}
	return k, out
}

func (b *B) ts() string { return b.now().Format("2006-01-02T15:04:05.000Z07:00") }

// ev renders a JSON event with the contract's envelope.
func (b *B) ev(svc, lvl, msg string, kv ...string) string {
	base := []string{"@timestamp", q(b.ts()), "service.name", q(svc), "log.level", q(lvl)}
	if msg != "" {
		base = append(base, "message", q(msg))
	}
	base = append(base, "trace.id", q(b.trap("trace-id")))
	return obj(append(base, kv...)...)
}

// phrase is a sentence in the buyer's language.
func phrase(l *locale, key string) string {
	lang := l.code[:2]
	if m, ok := phrases[key]; ok {
		if s, ok := m[lang]; ok {
			return s
		}
		return m["en"]
	}
	return key
}

var phrases = map[string]map[string]string{
	// %[1]s name, %[2]s order, %[3]s phone
	"complaint": {
		"en": "Hello, this is %[1]s. My order %[2]s has not arrived yet, please call me on %[3]s.",
		"es": "Hola, soy %[1]s. Mi pedido %[2]s todavía no llegó, por favor llámenme al %[3]s.",
		"ar": "مرحبا، أنا %[1]s. طلبي رقم %[2]s لم يصل بعد، يرجى الاتصال بي على %[3]s.",
		"fr": "Bonjour, je suis %[1]s. Ma commande %[2]s n'est toujours pas arrivée, merci de m'appeler au %[3]s.",
		"sv": "Hej, det är %[1]s. Min beställning %[2]s har inte kommit, ring mig på %[3]s.",
		"nb": "Hei, dette er %[1]s. Bestillingen min %[2]s har ikke kommet, ring meg på %[3]s.",
		"da": "Hej, det er %[1]s. Min ordre %[2]s er ikke kommet, ring til mig på %[3]s.",
		"fi": "Hei, täällä %[1]s. Tilaukseni %[2]s ei ole vielä saapunut, soittakaa numeroon %[3]s.",
		"cs": "Dobrý den, jsem %[1]s. Moje objednávka %[2]s ještě nedorazila, zavolejte mi na %[3]s.",
		"hu": "Jó napot, %[1]s vagyok. A %[2]s számú rendelésem még nem érkezett meg, hívjanak a %[3]s számon.",
		"ro": "Bună ziua, sunt %[1]s. Comanda mea %[2]s nu a ajuns încă, vă rog sunați-mă la %[3]s.",
		"el": "Γεια σας, είμαι ο/η %[1]s. Η παραγγελία μου %[2]s δεν έχει φτάσει, καλέστε με στο %[3]s.",
		"bg": "Здравейте, аз съм %[1]s. Поръчката ми %[2]s още не е пристигнала, моля обадете ми се на %[3]s.",
		"kk": "Сәлеметсіз бе, мен %[1]s. %[2]s тапсырысым әлі келмеді, маған %[3]s нөміріне хабарласыңыз.",
		"uz": "Assalomu alaykum, men %[1]s. %[2]s buyurtmam hali kelmadi, iltimos %[3]s raqamiga qo'ng'iroq qiling.",
		"bn": "হ্যালো, আমি %[1]s। আমার অর্ডার %[2]s এখনও আসেনি, অনুগ্রহ করে %[3]s নম্বরে কল করুন।",
		"ne": "नमस्ते, म %[1]s हुँ। मेरो अर्डर %[2]s अझै आएको छैन, कृपया मलाई %[3]s मा फोन गर्नुहोस्।",
		"de": "Hallo, hier ist %[1]s. Meine Bestellung %[2]s ist noch nicht angekommen, bitte rufen Sie mich unter %[3]s an.",
		"ja": "%[1]sです。注文%[2]sがまだ届いていません。%[3]sまでお電話ください。",
		"zh": "您好，我是%[1]s。我的订单%[2]s还没有到，请拨打%[3]s联系我。",
	},
	// %[1]s name, %[2]s address
	"shipto": {
		"en": "shipping label created for %[1]s, %[2]s",
		"es": "etiqueta generada para %[1]s, %[2]s",
		"ar": "تم إنشاء ملصق الشحن لـ %[1]s، %[2]s",
		"fr": "étiquette créée pour %[1]s, %[2]s",
		"sv": "fraktsedel skapad för %[1]s, %[2]s",
		"nb": "fraktbrev opprettet for %[1]s, %[2]s",
		"da": "fragtbrev oprettet til %[1]s, %[2]s",
		"fi": "lähetysetiketti luotu: %[1]s, %[2]s",
		"cs": "štítek vytvořen pro %[1]s, %[2]s",
		"hu": "címke elkészült: %[1]s, %[2]s",
		"ro": "AWB generat pentru %[1]s, %[2]s",
		"el": "δημιουργήθηκε ετικέτα για %[1]s, %[2]s",
		"bg": "товарителница за %[1]s, %[2]s",
		"kk": "жөнелту жапсырмасы: %[1]s, %[2]s",
		"uz": "yorliq yaratildi: %[1]s, %[2]s",
		"bn": "শিপিং লেবেল তৈরি: %[1]s, %[2]s",
		"ne": "ढुवानी लेबल: %[1]s, %[2]s",
		"de": "Versandetikett erstellt für %[1]s, %[2]s",
		"ja": "配送ラベル作成: %[1]s 様、%[2]s",
		"zh": "已生成面单：收件人%[1]s，地址%[2]s",
	},
}

// sqlq escapes a value for a single-quoted SQL literal. The planted
// value's written form follows (the judge reads the text as written).
func sqlq(s string) string { return strings.ReplaceAll(s, "'", "''") }

// ---- contexts ----

func ctxWoo(b *B) (string, bool) {
	p := b.person(b.loc)
	id := b.trap("order-woo")
	total := b.trap("amount")
	sig := secret{out: b64(b.from(alnum, 32)), class: "base64/wc-signature"}
	billing := obj("first_name", q(b.pFirst(p)), "last_name", q(b.pRest(p)), "company", q(b.trap("company")),
		"address_1", q(b.pStreet(p)), "address_2", q(""), "city", q(b.trap("city")), "postcode", q(b.trap("postcode")),
		"country", q(strings.ToUpper(p.loc.code[3:])), "email", q(b.pEmail(p)), "phone", q(b.pPhone(p)))
	body := obj("id", id, "parent_id", "0", "number", q(id), "order_key", q("wc_order_"+b.from(alnum, 13)), "status", q("processing"),
		"currency", q("EUR"), "date_created", q(b.trap("date")), "total", q(total), "customer_id", fmt.Sprint(b.between(100, 99999)),
		"billing", billing, "shipping", obj("first_name", q(b.pFirst(p)), "address_1", q(b.pStreet(p)), "postcode", q(b.trap("postcode"))),
		"payment_method", q("stripe"), "transaction_id", q("pi_"+b.from(alnum, 24)),
		"line_items", arr(obj("id", fmt.Sprint(b.between(1000, 9999)), "name", q(b.trap("product")), "sku", q(b.trap("sku")), "quantity", "1", "total", q(b.trap("amount")))),
		"meta_data", arr(obj("id", "88", "key", q("_wc_gla_ean"), "value", q(b.trap("ean13"))), obj("id", "89", "key", q("_wc_gla_upc"), "value", q(b.trap("upc")))))
	msg := fmt.Sprintf("Webhook delivery (order.created) #%s to https://erp.example.internal/hooks/woo responded %s in %s", id, b.trap("status"), b.trap("duration"))
	if b.chance(0.4) {
		msg = fmt.Sprintf("order #%s paid by %s <%s> total %s", id, b.pName(p), b.pEmail(p), total)
	}
	return b.ev("woo-webhooks", "info", msg,
		"http.request.method", q("POST"), "url.path", q("/wp-json/wc/v3/webhooks/"+b.digits(3)+"/deliveries"),
		"http.request.headers", obj("x-wc-webhook-signature", q(b.cred(sig)), "x-wc-webhook-id", q(b.digits(2)), "x-wc-webhook-delivery-id", q(b.trap("uuid"))),
		"http.request.body.content", q(body), "shop.platform", q("woocommerce"), "shop.id", q("store-"+b.digits(3))), true
}

func ctxMagento(b *B) (string, bool) {
	p := b.person(b.loc)
	inc := b.trap("order-magento")
	ctxj := obj("order_increment_id", q(inc), "customer_email", q(b.pEmail(p)),
		"billing_address", obj("firstname", q(b.pFirst(p)), "lastname", q(b.pRest(p)), "street", arr(q(b.pStreet(p)), q("")), "city", q(b.trap("city")), "postcode", q(b.trap("postcode")), "telephone", q(b.pPhone(p))),
		"grand_total", q(b.trap("amount")), "quote_id", fmt.Sprint(b.between(10000, 999999)))
	ts := "[" + b.now().Format("2006-01-02T15:04:05.000000-07:00") + "]"
	switch b.intn(3) {
	case 0:
		card, masked := b.pCardPair()
		return fmt.Sprintf("%s main.CRITICAL: Payment capture failed for order %s: Gateway rejected card %s (stored as %s). %s []\n#0 /var/www/html/vendor/magento/module-sales/Model/Order/Payment.php(%s): Magento\\Payment\\Model\\Method\\Adapter->capture()\n#1 /var/www/html/generated/code/Magento/Sales/Model/Order/Payment/Interceptor.php(%s): Magento\\Sales\\Model\\Order\\Payment->capture()",
			ts, inc, card, b.T("masked-card", masked), ctxj, b.digits(3), b.digits(2)), false
	case 1:
		return fmt.Sprintf("%s main.INFO: Sales order %s placed by %s, ship to %s (grand total %s) %s {\"uid\":\"%s\"}",
			ts, inc, b.pName(p), b.pAddr(p), b.trap("amount"), ctxj, b.from(hexchars, 7)), false
	default:
		return fmt.Sprintf("%s report.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '%s-1' for key 'SALES_ORDER_INCREMENT_ID_STORE_ID', query was: INSERT INTO `sales_order_address` (`parent_id`, `firstname`, `lastname`, `street`, `telephone`, `email`) VALUES (%s, '%s', '%s', '%s', '%s', '%s') {\"exception\":\"[object] (Zend_Db_Statement_Exception(code: 23000))\"} []",
			ts, inc, b.trap("latency"), sqlq(b.pFirst(p)), sqlq(b.pRest(p)), sqlq(b.pStreet(p)), b.pPhone(p), b.pEmail(p)), false
	}
}

func ctxShopware(b *B) (string, bool) {
	p := b.person(b.loc)
	if b.chance(0.5) {
		// Shopware business event log (monolog JSON shipped with @timestamp)
		c := obj("orderNumber", q(b.trap("order-woo")), "salesChannelId", q(strings.ReplaceAll(b.f.UUID(), "-", "")),
			"customer", obj("firstName", q(b.pFirst(p)), "lastName", q(b.pRest(p)), "email", q(b.pEmail(p)), "customerNumber", q(b.digits(5))),
			"billingAddress", obj("street", q(b.pStreet(p)), "zipcode", q(b.trap("postcode")), "city", q(b.trap("city")), "phoneNumber", q(b.pPhone(p))),
			"amountTotal", b.fillD("¹⁰⁰.⁰⁰"), "stateMachineState", q("open"))
		return b.ev("shopware", "info", "checkout.order.placed", "channel", q("business_events"), "level", "200", "context", c, "extra", obj("uid", q(b.from(hexchars, 7)), "memory_peak_usage", q(b.digits(2)+" MB"))), true
	}
	// PrestaShop's SQL error echoed in its log
	iban := ""
	if p.loc.ibanCC != "" {
		iban = b.pIBAN(p.loc)
	}
	return fmt.Sprintf("%s [PrestaShop] ERROR %s: Unknown column 'vat_number' in 'field list' | INSERT INTO `ps_address` (`id_customer`, `alias`, `firstname`, `lastname`, `address1`, `postcode`, `city`, `phone_mobile`, `iban`) VALUES ('%s', 'Mon adresse', '%s', '%s', '%s', '%s', '%s', '%s', '%s') | request_id=%s",
		b.ts(), b.trap("invoice"), b.digits(4), sqlq(b.pFirst(p)), sqlq(b.pRest(p)), sqlq(b.pStreet(p)), b.trap("postcode"), sqlq(b.trap("city")), b.pPhone(p), iban, b.trap("request-id")), false
}

func ctxBigCommerce(b *B) (string, bool) {
	p := b.person(b.loc)
	oid := b.trap("order-woo")
	resp := obj("id", oid, "customer_id", fmt.Sprint(b.between(1, 9999)), "status", q("Awaiting Fulfillment"), "total_inc_tax", q(b.trap("amount")),
		"billing_address", obj("first_name", q(b.pFirst(p)), "last_name", q(b.pRest(p)), "street_1", q(b.pStreet(p)), "city", q(b.trap("city")), "zip", q(b.trap("postcode")), "phone", q(b.pPhone(p)), "email", q(b.pEmail(p))),
		"payment_provider_id", q(b.trap("uuid")), "products", arr(obj("isbn", q(b.trap("isbn")), "sku", q(b.trap("sku")))), "ip_address", q(b.trap("ip")), "external_order_id", q(b.trap("order-amazon")))
	hook := obj("scope", q("store/order/created"), "store_id", q(b.digits(10)), "data", obj("type", q("order"), "id", oid), "hash", q(b.trap("git-sha")), "created_at", b.trap("epoch-s"), "producer", q("stores/"+b.from(lowerAN, 10)))
	return b.ev("bigcommerce-sync", "debug", "GET /v2/orders/"+oid+" -> "+b.trap("status"),
		"webhook", hook, "http.response.body.content", q(resp), "event.duration", b.trap("epoch-ns"), "http.request.headers.x-auth-token", q(b.cred(b.vendorToken()))), true
}

func ctxIDoc(b *B) (string, bool) {
	p := b.person(b.loc)
	docnum := "0000000" + b.digits(9)
	if b.chance(0.5) {
		// flat file: fixed-width segments
		pad := func(s string, n int) string {
			if runeLen(s) >= n {
				return s
			}
			return s + strings.Repeat(" ", n-runeLen(s))
		}
		var rows []string
		rows = append(rows, "EDI_DC40  "+b.digits(3)+docnum+" 740 3ORDERS05 ORDERS  SAPERP  LS  "+b.trap("order-woo"))
		rows = append(rows, "E2EDK01005"+b.digits(3)+docnum+" "+pad(b.trap("amount"), 18)+"EUR")
		rows = append(rows, "E2EDKA1003"+b.digits(3)+docnum+" WE "+pad(b.pName(p), 35)+pad(b.pStreet(p), 35)+pad(b.trap("postcode"), 10)+pad(b.trap("city"), 35)+pad(b.pPhone(p), 30))
		if p.loc.ibanCC != "" {
			rows = append(rows, "E2EDK28000"+b.digits(3)+docnum+" "+strings.ToUpper(p.loc.code[3:])+" "+pad(b.pIBAN(p.loc), 34)+pad(b.pName(p), 35))
		}
		rows = append(rows, "E2EDP19001"+b.digits(3)+docnum+" 002 "+pad(b.trap("gtin14"), 35)+b.trap("hs-code"))
		return "idoc inbound " + docnum + " status 51: Application document not posted\n" + strings.Join(rows, "\n"), false
	}
	iban := ""
	if p.loc.ibanCC != "" {
		iban = "<E1EDK28 SEGMENT=\"1\"><BCOUN>" + strings.ToUpper(p.loc.code[3:]) + "</BCOUN><ACNUM>" + b.pIBAN(p.loc) + "</ACNUM><ACNAM>" + b.pName(p) + "</ACNAM></E1EDK28>"
	}
	x := "<?xml version=\"1.0\"?><ORDERS05><IDOC BEGIN=\"1\"><EDI_DC40 SEGMENT=\"1\"><DOCNUM>" + docnum + "</DOCNUM><MESTYP>ORDERS</MESTYP><CREDAT>" + b.now().Format("20060102") + "</CREDAT></EDI_DC40>" +
		"<E1EDK01 SEGMENT=\"1\"><BELNR>" + b.trap("order-amazon") + "</BELNR><CURCY>EUR</CURCY></E1EDK01>" +
		"<E1EDKA1 SEGMENT=\"1\"><PARVW>WE</PARVW><NAME1>" + b.pName(p) + "</NAME1><STRAS>" + b.pStreet(p) + "</STRAS><PSTLZ>" + b.trap("postcode") + "</PSTLZ><ORT01>" + b.trap("city") + "</ORT01><TELF1>" + b.pPhone(p) + "</TELF1><SMTP_ADDR>" + b.pEmail(p) + "</SMTP_ADDR></E1EDKA1>" + iban +
		"<E1EDP01 SEGMENT=\"1\"><POSEX>000010</POSEX><MENGE>2</MENGE><MATNR>" + b.trap("sku") + "</MATNR><E1EDP19><IDTNR>" + b.trap("ean13") + "</IDTNR></E1EDP19></E1EDP01></IDOC></ORDERS05>"
	return b.ev("sap-pi-bridge", "error", "IDoc "+docnum+" rejected by partner profile", "idoc.xml", q(x), "host.name", q(b.trap("host"))), true
}

func ctxOdoo(b *B) (string, bool) {
	p := b.person(b.loc)
	if b.chance(0.5) {
		args := obj("name", q(b.pName(p)), "street", q(b.pStreet(p)), "zip", q(b.trap("postcode")), "city", q(b.trap("city")),
			"phone", q(b.pPhone(p)), "email", q(b.pEmail(p)), "vat", q(b.trap("vat-id")), "ref", q(b.trap("invoice")))
		if p.loc.ibanCC != "" {
			args = strings.TrimSuffix(args, "}") + `,"bank_ids":[[0,0,{"acc_number":` + q(b.pIBAN(p.loc)) + `}]]}`
		}
		rpc := obj("jsonrpc", q("2.0"), "method", q("call"), "params", obj("service", q("object"), "method", q("execute_kw"),
			"args", arr(q("prod_db"), fmt.Sprint(b.between(2, 40)), q(b.cred(secret{out: b.from(hexchars, 40), class: "hex/odoo-apikey", core: ""})), q("res.partner"), q("create"), arr(args))), "id", fmt.Sprint(b.between(1, 99999)))
		return b.ev("odoo-connector", "warn", "JSON-RPC create res.partner failed: ValidationError", "rpc.request", q(rpc), "event.duration", b.trap("latency")+"000000"), true
	}
	ns := obj("recordType", q("salesorder"), "externalId", q(b.trap("order-shopify")), "entity", obj("internalid", q(b.digits(6))),
		"custbody_buyer_name", q(b.pName(p)), "custbody_buyer_phone", q(b.pPhone(p)), "email", q(b.pEmail(p)),
		"shipaddress", q(b.pAddr(p)), "total", b.fillD("¹⁰⁰⁰.⁰⁰"), "memo", q("Shopify order "+b.trap("order-shopify")+" via Celigo"))
	return b.ev("netsuite-restlet", "error", "RESTlet returned INVALID_FLD_VALUE for custbody_buyer_phone", "netsuite.payload", ns, "kafka.partition", fmt.Sprint(b.intn(12)), "kafka.offset", b.trap("kafka-offset")), true
}

func ctx3PL(b *B) (string, bool) {
	p := b.person(b.loc)
	track := b.trap(b.pick([]string{"track-ups", "track-usps", "track-fedex", "track-dhl", "track-s10", "track-postnord", "track-local"}))
	cons := []string{"name", q(b.pName(p)), "company", q(""), "address1", q(b.pStreet(p)), "zip", q(b.trap("postcode")), "city", q(b.trap("city")),
		"country", q(strings.ToUpper(p.loc.code[3:])), "phone", q(b.pPhone(p)), "email", q(b.pEmail(p))}
	if p.loc.code == "zh_CN" || b.chance(0.25) {
		cons = append(cons, "id_number", q(b.pCNID()), "id_type", q("resident_id"))
	}
	body := obj("shipment", obj("reference", q(b.trap("order-shopee")), "service", q("express"), "consignee", obj(cons...),
		"parcels", arr(obj("tracking_number", q(track), "weight_kg", q(fmt.Sprintf("%d.%02d", b.intn(20), b.intn(100))), "hs_code", q(b.trap("hs-code")), "declared_value", q(b.trap("amount")), "bin", q(b.trap("bin"))))))
	msg := "3PL rejected shipment " + track + ": consignee phone invalid"
	if b.chance(0.5) {
		msg = fmt.Sprintf(phrase(p.loc, "shipto"), b.pName(p), b.pAddr(p)) + " [" + track + "]"
	}
	return b.ev("wms-3pl-bridge", "warn", msg, "http.request.method", q("POST"), "url.domain", q("api.3pl.example"), "http.request.body.content", q(body),
		"http.response.status_code", b.trap("status"), "labels.pod", q(b.trap("pod"))), true
}

func ctxHelpdesk(b *B) (string, bool) {
	p := b.person(b.loc)
	order := b.trap(b.pick([]string{"order-amazon", "order-meli", "order-jumia", "order-allegro", "order-tiktok"}))
	desc := fmt.Sprintf(phrase(p.loc, "complaint"), b.pName(p), order, b.pPhone(p))
	if b.chance(0.4) {
		desc += " Card: " + b.pCard()
	}
	if p.loc.ibanCC != "" && b.chance(0.3) {
		desc += " IBAN " + b.pIBAN(p.loc)
	}
	switch b.intn(3) {
	case 0: // Zendesk
		t := obj("ticket", obj("id", fmt.Sprint(b.between(10000, 999999)), "subject", q("Order "+order), "description", q(desc),
			"requester", obj("name", q(b.pName(p)), "email", q(b.pEmail(p))), "tags", arr(q("refund"), q(p.loc.code)), "via", obj("channel", q("email"))))
		return b.ev("zendesk-bridge", "info", "ticket.created", "webhook.body", q(t), "shop.region", q(p.loc.code[3:])), true
	case 1: // Freshdesk: description_text and HTML description
		t := obj("freshdesk_webhook", obj("ticket_id", fmt.Sprint(b.between(1000, 99999)), "ticket_description", q("<div>"+desc+"</div>"),
			"ticket_contact_name", q(b.pName(p)), "ticket_contact_email", q(b.pEmail(p)), "ticket_contact_phone", q(b.pPhone(p)), "ticket_due_by", q(b.trap("date"))))
		return b.ev("freshdesk-bridge", "info", "", "http.request.body.content", q(t), "http.response.status_code", b.trap("status")), true
	default: // Intercom conversation part, logged as text by a Rails worker
		return fmt.Sprintf("I, [%s #%s]  INFO -- : [IntercomWorker] conversation.user.replied conversation_id=%s user={\"name\"=>\"%s\", \"email\"=>\"%s\"} body=\"<p>%s</p>\" request_id=%s",
			b.ts(), b.digits(4), b.digits(12), b.pName(p), b.pEmail(p), desc, b.trap("request-id")), false
	}
}

func ctxMessaging(b *B) (string, bool) {
	p := b.person(b.loc)
	switch b.intn(3) {
	case 0: // Twilio status callback, form-encoded body in a debug line; the SMS holds an OTP in the buyer's language
		code := b.digits(6)
		body := "SmsSid=SM" + b.from(hexchars, 32) + "&SmsStatus=delivered&MessageStatus=delivered&To=" + b.PE(kPhone, p.phoneClass+"/urlenc", p.phone, qe(p.phoneE164), nil) +
			"&From=%2B" + b.digits(11) + "&AccountSid=AC" + b.from(hexchars, 32) + "&Body=" + b.PE(kCred, "otp-sms/"+p.loc.code[:2]+"/urlenc", code, qe(fmt.Sprintf(p.loc.otp, code)), nil)
		return fmt.Sprintf("%s DEBUG twilio-status POST /callbacks/twilio/status %s body=%s latency=%sms", b.ts(), b.trap("status"), body, b.trap("latency")), false
	case 1: // Viber / Zalo / Kakao webhook
		msg := fmt.Sprintf(phrase(p.loc, "complaint"), b.pName(p), b.trap("order-shopee"), b.pPhone(p))
		w := obj("event", q("message"), "timestamp", b.trap("epoch-ms"), "message_token", b.trap("snowflake"),
			"sender", obj("id", q(b.from(b64url, 22)+"=="), "name", q(b.pName(p)), "language", q(p.loc.code[:2]), "country", q(p.loc.code[3:])),
			"message", obj("type", q("text"), "text", q(msg)))
		return b.ev(b.pick([]string{"viber-bot", "zalo-oa", "kakao-channel"}), "info", "inbound message", "webhook.payload", w), true
	default: // Twilio WhatsApp inbound JSON with an address pasted
		w := obj("From", q("whatsapp:"+b.P(kPhone, "wa/e164", p.phoneE164)), "ProfileName", q(b.pName(p)), "Body", q(fmt.Sprintf(phrase(p.loc, "shipto"), b.pName(p), b.pAddr(p))),
			"WaId", q(b.P(kPhone, "wa/waid", strings.TrimPrefix(p.phoneE164, "+"))), "NumMedia", q("0"), "MessageSid", q("SM"+b.from(hexchars, 32)))
		return b.ev("whatsapp-inbound", "info", "", "http.request.body.content", q(w), "http.response.status_code", b.trap("status")), true
	}
}

func ctxMail(b *B) (string, bool) {
	p := b.person(b.loc)
	q2 := b.person(localeByCode[b.pick([]string{"en_US", "de_DE", p.loc.code})])
	if b.chance(0.5) { // SendGrid event webhook: a batch
		evs := arr(
			obj("email", q(b.pEmail(p)), "timestamp", b.trap("epoch-s"), "event", q("delivered"), "sg_event_id", q(b.from(b64url, 22)), "sg_message_id", q(b.from(b64url, 22)+".filter"+b.digits(4)+"-"+b.digits(5)), "order_id", q(b.trap("order-woo"))),
			obj("email", q(b.pEmail(q2)), "timestamp", b.trap("epoch-s"), "event", q("bounce"), "reason", q("550 5.1.1 <"+b.pEmail(q2)+">: Recipient address rejected"), "status", q("5.1.1")),
		)
		return b.ev("sendgrid-events", "info", "processed 2 events", "http.request.body.content", q(evs)), true
	}
	// Mailgun: signed event
	sig := secret{out: b.from(hexchars, 64), class: "hex/mailgun-signature"}
	sig.core = sig.out
	m := obj("signature", obj("timestamp", q(b.trap("epoch-s")), "token", q(b.cred(secret{out: b.from(hexchars, 50), core: "", class: "hex/mailgun-token"})), "signature", q(b.cred(sig))),
		"event-data", obj("event", q("failed"), "severity", q("permanent"), "recipient", q(b.pEmail(p)), "message", obj("headers", obj("to", q(b.pName(p)+" <"+b.pEmail(p)+">"), "message-id", q("<"+b.from(crock, 26)+"@mg.shop.example>"), "subject", q("Tu pedido "+b.trap("order-meli")))),
			"delivery-status", obj("code", "550", "message", q("mailbox unavailable")), "id", q(b.from(b64url, 22)), "storage", obj("key", q(b.trap("ulid")), "url", q("https://storage.eu.mailgun.net/v3/domains/mg.shop.example/messages/"+b.from(b64url, 40)))))
	return b.ev("mailgun-events", "warn", "", "webhook.body", q(m)), true
}

func ctxGraphQL(b *B) (string, bool) {
	p := b.person(b.loc)
	var vars string
	if b.chance(0.3) {
		vars = obj("input", obj("email", q(b.pEmail(p)), "password", q(b.P(kCred, "password/graphql", b.password())), "acceptsMarketing", "true"))
	} else {
		vars = obj("customerAccessToken", q(b.cred(secret{out: b.from(hexchars, 32), class: "hex/storefront-token"})),
			"address", obj("firstName", q(b.pFirst(p)), "lastName", q(b.pRest(p)), "address1", q(b.pStreet(p)), "city", q(b.trap("city")), "zip", q(b.trap("postcode")), "phone", q(b.pPhone(p)), "country", q(p.loc.code[3:])))
	}
	req := obj("operationName", q("CustomerAddressCreate"), "query", q("mutation CustomerAddressCreate($customerAccessToken: String!, $address: MailingAddressInput!) { customerAddressCreate(customerAccessToken: $customerAccessToken, address: $address) { customerUserErrors { code field message } } }"),
		"variables", vars, "extensions", obj("traceId", q(b.trap("trace-id")), "persistedQuery", obj("version", "1", "sha256Hash", q(b.from(hexchars, 64)))))
	return b.ev("storefront-gateway", "info", "graphql "+b.trap("duration"), "http.request.body.content", q(req), "http.response.status_code", b.trap("status"), "host.name", q(b.trap("pod"))), true
}

func ctxGRPC(b *B) (string, bool) {
	p := b.person(b.loc)
	key, tok := b.pCredKV(p)
	customs := ""
	if b.chance(0.2) {
		customs = " x-customs-id:[" + b.pCNID() + "]"
	}
	return fmt.Sprintf("%s ERROR grpc: server: finished call: /checkout.v1.PaymentService/Authorize code=InvalidArgument duration=%s error=\"rpc error: code = InvalidArgument desc = card %s declined for %s\" metadata=map[:authority:[payments.svc:%s] "+strings.ToLower(key)+":[%s] x-buyer-email:[%s] x-buyer-phone:[%s] x-request-id:[%s] grpc-timeout:[%s]"+customs+"] details=[type.googleapis.com/google.rpc.BadRequest field_violations:{field:\"billing.address.line1\" description:\"%s is not deliverable\"} type.googleapis.com/google.rpc.RequestInfo request_id:\"%s\"]",
		b.ts(), b.trap("duration"), b.pCard(), b.pName(p), b.trap("port"), tok, b.pEmail(p), b.pPhone(p), b.trap("request-id"), b.trap("latency")+"m", b.pStreet(p), b.trap("idempotency")), false
}

func ctxCurlHAR(b *B) (string, bool) {
	p := b.person(b.loc)
	if b.chance(0.5) {
		key, tok := b.pCredKV(p)
		data := obj("shipping_address", obj("name", q(b.pName(p)), "address1", q(b.pStreet(p)), "zip", q(b.trap("postcode")), "phone", q(b.pPhone(p))), "sku", q(b.trap("sku")), "qty", "1")
		return fmt.Sprintf("%s DEBUG [http-client] replay: curl -sS -X POST 'https://api.marketplace.example/v3/orders/%s/ship?email=%s&notify=1' -H '"+key+": %s' -H 'Content-Type: application/json' -H 'X-Request-Id: %s' --data-raw '%s'",
			b.ts(), b.trap("order-amazon"), b.PE(kEmail, p.emailClass+"/urlenc", p.email, qe(p.email), nil), tok, b.trap("request-id"), data), false
	}
	form := "name=" + b.PE(kName, p.nameClass+"/urlenc", p.name, qe(p.name), nil) + "&address=" + b.PE(kAddr, p.addr.class+"/urlenc", p.addr.line, qe(p.addr.line), p.addr.frags) + "&order=" + b.trap("order-woo")
	entry := obj("startedDateTime", q(b.ts()), "time", b.trap("latency"),
		"request", obj("method", q("POST"), "url", q("https://checkout.shop.example/api/address?phone="+b.PE(kPhone, p.phoneClass+"/urlenc", p.phone, qe(p.phone), nil)+"&v="+b.trap("version")),
			"headers", arr(obj("name", q("Cookie"), "value", q(b.cred(secret{out: "session_id=" + b.from(hexchars, 32), core: "", class: "cookie/har"}))), obj("name", q("X-Trace"), "value", q(b.trap("trace-id")))),
			"queryString", arr(obj("name", q("email"), "value", q(b.pEmail(p)))),
			"postData", obj("mimeType", q("application/x-www-form-urlencoded"), "text", q(form))),
		"response", obj("status", b.trap("status"), "content", obj("size", b.digits(4), "etag", q(b.trap("sha256")), "text", q(`{"error":"address_invalid","field":"phone"}`))))
	return b.ev("checkout-e2e", "debug", "HAR captured for failed checkout", "har.entry", q(entry)), true
}

func ctxCloudJSON(b *B) (string, bool) {
	p := b.person(b.loc)
	switch b.intn(4) {
	case 0: // GCP Cloud Logging
		jp := obj("message", q(fmt.Sprintf("refund issued to %s for order %s (%s)", b.pName(p), b.trap("order-tiktok"), b.trap("amount"))),
			"buyer", obj(p.loc.nameKey, q(b.pName(p)), p.loc.phoneKey, q(b.pPhone(p)), "mail", q(b.pEmail(p)), p.loc.addrKey, q(b.pAddr(p))), "refund", obj("iban", q(ifIBAN(b, p)), "amount", q(b.trap("amount"))))
		return b.ev("refund-worker", "info", "", "jsonPayload", jp, "resource", obj("type", q("k8s_container"), "labels", obj("pod_name", q(b.trap("pod")), "namespace_name", q("shop"))), "logging.googleapis.com/spanId", q(b.trap("span-id"))), true
	case 1: // Azure Application Insights
		cd := obj("{OriginalFormat}", q("Order {OrderId} shipped to {Recipient} at {Address}"), "OrderId", q(b.trap("order-jumia")), "Recipient", q(b.pName(p)), "Address", q(b.pAddr(p)), "CustomerPhone", q(b.pPhone(p)))
		return b.ev("fulfilment-fn", "info", "Order shipped", "customDimensions", cd, "operation_Id", q(b.trap("trace-id")), "cloud_RoleInstance", q(b.trap("host"))), true
	case 2: // OpenTelemetry log record
		attrs := arr(obj("key", q("customer.email"), "value", obj("stringValue", q(b.pEmail(p)))), obj("key", q("customer.phone"), "value", obj("stringValue", q(b.pPhone(p)))),
			obj("key", q("order.id"), "value", obj("stringValue", q(b.trap("order-shopify")))), obj("key", q("http.status_code"), "value", obj("intValue", q(b.trap("status")))))
		rec := obj("timeUnixNano", q(b.trap("epoch-ns")), "body", obj("stringValue", q("address verified for "+b.pName(p))), "attributes", attrs, "traceId", q(b.trap("trace-id")))
		return b.ev("otel-collector", "info", "", "resourceLogs", arr(obj("scopeLogs", arr(obj("logRecords", arr(rec)))))), true
	default: // Graylog GELF
		card := b.pCard()
		return b.ev("gelf-input", "error", "", "version", q("1.1"), "host", q(b.trap("host")), "short_message", q("payment declined card="+card),
			"full_message", q("PaymentDeclined: issuer response 05\n  at Checkout.Authorize(card="+card+", holder="+b.pName(p)+")\n  at Worker.Run() in /app/Worker.cs:line "+b.digits(3)), "_buyer_phone", q(b.pPhone(p)), "_order", q(b.trap("order-magento")), "level", "3"), true
	}
}

func ifIBAN(b *B, p person) string {
	if p.loc.ibanCC == "" {
		return b.pIBAN(localeByCode[b.pick([]string{"de_DE", "sv_SE", "cs_CZ"})])
	}
	return b.pIBAN(p.loc)
}

func ctxCloudText(b *B) (string, bool) {
	p := b.person(b.loc)
	switch b.intn(4) {
	case 0: // AWS Lambda
		return fmt.Sprintf("%s\t%s\tERROR\tInvoke Error \t{\"errorType\":\"ValidationError\",\"errorMessage\":\"phone %s for %s rejected by carrier\",\"order\":\"%s\",\"stack\":[\"ValidationError: phone rejected\",\"    at validate (/var/task/index.js:%s:17)\"]}\nREPORT RequestId: %s\tDuration: %s ms\tBilled Duration: %s ms\tMemory Size: 512 MB",
			b.ts(), b.trap("uuid"), b.pPhone(p), b.pName(p), b.trap("order-amazon"), b.digits(2), b.trap("uuid"), b.trap("latency")+"."+b.digits(2), b.trap("latency")), false
	case 1: // Heroku router
		return fmt.Sprintf("%s heroku[router]: at=info method=POST path=\"/webhooks/orders?email=%s&phone=%s\" host=shop-api.herokuapp.com request_id=%s fwd=\"%s\" dyno=web.%d connect=%sms service=%sms status=%s bytes=%s protocol=https",
			b.ts(), b.PE(kEmail, p.emailClass+"/urlenc", p.email, qe(p.email), nil), b.PE(kPhone, p.phoneClass+"/urlenc", p.phone, qe(p.phone), nil), b.trap("uuid"), b.trap("ip"), b.between(1, 9), b.digits(1), b.trap("latency"), b.trap("status"), b.digits(4)), false
	case 2: // journald export format
		return fmt.Sprintf("__CURSOR=s=%s;i=%s\n__REALTIME_TIMESTAMP=%s\n_SYSTEMD_UNIT=order-sync.service\n_PID=%s\nPRIORITY=3\nMESSAGE=order %s: address rejected by geocoder: %s (buyer %s, %s)\n_HOSTNAME=%s",
			b.from(hexchars, 32), b.digits(5), b.trap("epoch-us"), b.digits(5), b.trap("order-woo"), b.pAddr(p), b.pName(p), b.pPhone(p), b.trap("host")), false
	default: // Windows Event Log XML
		return fmt.Sprintf("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='ShopConnector'/><EventID>%s</EventID><Level>2</Level><TimeCreated SystemTime='%s'/><Computer>%s</Computer></System><EventData><Data Name='OrderId'>%s</Data><Data Name='CustomerName'>%s</Data><Data Name='CustomerEmail'>%s</Data><Data Name='ShipTo'>%s</Data><Data Name='Amount'>%s</Data></EventData></Event>",
			b.digits(4), b.ts(), b.trap("host"), b.trap("order-woo"), b.pName(p), b.pEmail(p), b.pAddr(p), b.trap("amount")), false
	}
}

func ctxLoggerJSON(b *B) (string, bool) {
	p := b.person(b.loc)
	switch b.intn(3) {
	case 0: // .NET ILogger via Serilog compact JSON
		return b.ev("Shop.Payments", "info", "", "@mt", q("Customer {CustomerName} changed phone to {Phone} and IBAN to {Iban}"), "CustomerName", q(b.pName(p)), "Phone", q(b.pPhone(p)),
			"Iban", q(ifIBAN(b, p)), "SourceContext", q("Shop.Payments.PayoutService"), "RequestId", q(b.trap("request-id")), "ElapsedMilliseconds", b.trap("latency")), true
	case 1: // pino
		key, tok := b.pCredKV(p)
		return b.ev("checkout-node", "info", "request completed", "level", "30", "time", b.trap("epoch-ms"), "pid", b.digits(4), "hostname", q(b.trap("pod")),
			"req", obj("id", b.digits(5), "method", q("POST"), "url", q("/api/checkout?ref="+b.trap("order-woo")), "headers", obj(strings.ToLower(key), q(tok), "x-forwarded-for", q(b.trap("ip")))),
			"res", obj("statusCode", b.trap("status")), "body", obj("customer", obj("fullName", q(b.pName(p)), "email", q(b.pEmail(p)))), "responseTime", b.trap("latency")), true
	default: // log4j2 JSON layout with a stack trace
		key, pw := b.pCredKV(p)
		return b.ev("erp-sync-java", "error", "Failed to sync customer "+b.pEmail(p), "loggerName", q("com.shop.erp.CustomerSync"), "thread", q("pool-3-thread-"+b.digits(1)),
			"thrown", obj("name", q("java.sql.SQLException"), "message", q("ORA-12899: value too large for column \"ERP\".\"CUSTOMER\".\"STREET\" (actual: 61, maximum: 60) binds: [:1='"+b.pName(p)+"', :2='"+b.pStreet(p)+"', :3='"+b.pPhone(p)+"']"),
				"extendedStackTrace", q("java.sql.SQLException: ORA-12899\n\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:509)\n\tat com.shop.erp.CustomerSync.push(CustomerSync.java:"+b.digits(3)+")")),
			"contextMap", obj("orderId", q(b.trap("order-allegro")), key, q(pw), "kafkaPartition", fmt.Sprint(b.intn(12)), "kafkaOffset", b.trap("kafka-offset")), "endOfBatch", "false"), true
	}
}

func ctxLoggerText(b *B) (string, bool) {
	p := b.person(b.loc)
	switch b.intn(3) {
	case 0: // Rust tracing
		key, tok := b.pCredKV(p)
		return fmt.Sprintf("%s  INFO checkout{order_id=%s buyer.email=%s}: payment::adyen: authorised card=%s amount=%s psp_ref=%s "+key+"=%q elapsed=%s",
			b.now().Format("2006-01-02T15:04:05.000000Z"), b.trap("order-shopify"), b.pEmail(p), b.pCard(), b.trap("amount"), b.from(upperAN, 16), tok, b.trap("duration")), false
	case 1: // Python structlog, key=value
		iban := ifIBAN(b, p)
		return fmt.Sprintf("%s [info     ] payout_scheduled               customer_name='%s' iban=%s amount='%s' %s=%s batch=%s version=%s",
			b.now().Format("2006-01-02 15:04:05"), b.pName(p), iban, b.trap("amount"), b.pick(p.loc.pwKeys), b.P(kCred, "password/"+p.loc.code[:2], b.password()), b.trap("ulid"), b.trap("version")), false
	default: // Python traceback with locals
		return fmt.Sprintf("Traceback (most recent call last):\n  File \"/srv/app/sync/orders.py\", line %s, in push_order\n    resp = client.create_shipment(order_id=%q, recipient=%q, phone=%q, street=%q)\n  File \"/srv/app/clients/courier.py\", line %s, in create_shipment\n    raise CourierError(f\"{resp.status_code} {resp.text}\")\nclients.courier.CourierError: %s {\"message\":\"invalid recipient\",\"tracking\":%q}",
			b.digits(3), b.trap("order-jumia"), b.pName(p), b.pPhone(p), b.pStreet(p), b.digits(3), b.trap("status"), b.trap("track-local")), false
	}
}

func ctxSheet(b *B) (string, bool) {
	sep := b.pick([]string{"\t", ";", ","})
	l := b.loc
	hdr := []string{"order", l.nameKey, l.phoneKey, l.addrKey, "email", "total", "sku"}
	withID := l.code == "zh_CN" || b.chance(0.1)
	if withID {
		hdr = append(hdr, "身份证号")
	}
	rows := []string{strings.Join(hdr, sep)}
	n := b.between(2, 4)
	for i := 0; i < n; i++ {
		p := b.person(l)
		addr := b.pAddr(p)
		if sep == "," || (sep == ";" && strings.Contains(addr, ";")) {
			addr = "\"" + addr + "\""
		}
		amount := b.trap("amount")
		if sep == "," && strings.Contains(amount, ",") {
			amount = "\"" + amount + "\""
		}
		cells := []string{b.trap("order-meli"), b.pName(p), b.pPhone(p), addr, b.pEmail(p), amount, b.trap("sku")}
		if withID {
			cells = append(cells, b.pCNID())
		}
		rows = append(rows, strings.Join(cells, sep))
	}
	return "ticket #" + b.digits(6) + " comment by agent: pasted from the seller's spreadsheet (" + b.trap("date") + "):\n" + strings.Join(rows, "\n"), false
}

func ctxSQL(b *B) (string, bool) {
	l := b.loc
	if b.chance(0.5) {
		var rows []string
		n := b.between(2, 4)
		for i := 0; i < n; i++ {
			p := b.person(l)
			iban := `\N`
			if l.ibanCC != "" {
				iban = b.pIBAN(l)
			}
			rows = append(rows, strings.Join([]string{b.trap("order-woo"), b.pName(p), b.pEmail(p), b.pPhone(p), b.pStreet(p), b.trap("postcode"), iban, b.trap("date")}, "\t"))
		}
		return "pg_restore: executing COPY public.customers (id, full_name, email, phone, street, postcode, iban, created) FROM stdin;\n" + strings.Join(rows, "\n") + "\n\\.\nCOPY " + fmt.Sprint(n) + " (" + b.trap("duration") + ")", false
	}
	var vals []string
	n := b.between(2, 3)
	for i := 0; i < n; i++ {
		p := b.person(l)
		esc := func(s string) string { return strings.ReplaceAll(s, "'", "''") }
		vals = append(vals, fmt.Sprintf("(%s, '%s', '%s', '%s', '%s', %s, '%s')", b.trap("order-tiktok"), b.PE(kName, p.nameClass, p.name, esc(p.name), nil), b.pPhone(p), b.PE(kAddr, p.addr.class, p.addr.line, esc(p.addr.line), p.addr.frags), b.pCard(), b.fillD("¹⁰.⁰⁰"), b.trap("uuid")))
	}
	return "ERROR:  duplicate key value violates unique constraint \"orders_buyers_pkey\"\nSTATEMENT:  INSERT INTO orders_buyers (order_id, buyer_name, buyer_phone, ship_address, card_number, total, idempotency_key) VALUES " + strings.Join(vals, ", ") + ";", false
}

func ctxMQ(b *B) (string, bool) {
	p := b.person(b.loc)
	switch b.intn(3) {
	case 0: // RabbitMQ delivery dump (Python pika repr)
		body := obj("order", q(b.trap("order-shopee")), "buyer", obj("name", q(b.pName(p)), "phone", q(b.pPhone(p)), "address", q(b.pAddr(p))), "total", q(b.trap("amount")))
		return fmt.Sprintf("%s WARNING consumer: requeue delivery_tag=%s redelivered=True exchange='orders' routing_key='order.paid' properties=<BasicProperties(['content_type=application/json', 'headers={'x-buyer-email': '%s', 'x-retry': %d}', 'message_id=%s'])> body=b'%s'",
			b.ts(), b.digits(5), b.pEmail(p), b.intn(5), b.trap("uuid"), body), false
	case 1: // SQS event batch
		inner := obj("orderId", q(b.trap("order-amazon")), "shipTo", obj("name", q(b.pName(p)), "line1", q(b.pStreet(p)), "postalCode", q(b.trap("postcode")), "phone", q(b.pPhone(p))), "asin", q(b.trap("asin")))
		rec := obj("messageId", q(b.trap("uuid")), "receiptHandle", q(b.from(b64url, 60)), "body", q(inner),
			"attributes", obj("ApproximateReceiveCount", q("3"), "SentTimestamp", q(b.trap("epoch-ms"))),
			"messageAttributes", obj("buyerEmail", obj("stringValue", q(b.pEmail(p)), "dataType", q("String"))), "md5OfBody", q(b.from(hexchars, 32)), "eventSource", q("aws:sqs"))
		return b.ev("sqs-order-consumer", "error", "batch item failed", "Records", arr(rec)), true
	default: // Pub/Sub push
		attrs := obj("customer_phone", q(b.pPhone(p)), "customer_name", q(b.pName(p)), "event_type", q("ORDER_PAID"), "gtin", q(b.trap("gtin14")))
		msg := obj("message", obj("attributes", attrs, "data", q(b64(`{"amount":"`+b.fillD("¹⁰.⁰⁰")+`"}`)), "messageId", q(b.trap("snowflake")), "publishTime", q(b.ts())), "subscription", q("projects/shop-prod/subscriptions/orders-push"))
		return b.ev("pubsub-push", "info", "push received", "http.request.body.content", q(msg), "labels.pod", q(b.trap("pod"))), true
	}
}
