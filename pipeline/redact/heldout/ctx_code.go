package heldout

import (
	"fmt"
	"strings"
)

func init() {
	register("sql", 1, genSQL)
	register("python_repr", 1, genPython)
	register("go_struct", 1, genGoStruct)
}

func (g *G) sqlID() string {
	n := g.rowID()
	return g.L("row_id", "id = "+n)
}

// genSQL: slow-query logs, ORM bind logging, Postgres parameter details.
func genSQL(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var stmt, msg string
	db := g.pick("mysql", "postgresql")
	dur := fmt.Sprintf("%d.%03d", g.rng(500, 30000), g.n(1000))
	switch g.n(13) {
	case 0:
		g.setVariant("update_phone_email")
		stmt = "UPDATE customers SET phone='" + sqlq(g.P(KPhone, p.Phone)) + "', email='" + sqlq(g.P(KEmail, p.Email)) + "', updated_at='" + g.iso() + "' WHERE " + g.sqlID()
	case 1:
		g.setVariant("insert_shipping_address")
		vals := []string{g.lazadaOrder(), "'" + sqlq(g.P(KName, p.Name)) + "'", "'" + sqlq(g.P(KAddr, p.Addr.Line1)) + "'"}
		if p.Addr.Line2 != "" {
			vals = append(vals, "'"+sqlq(g.P(KAddr, p.Addr.Line2))+"'")
		} else {
			vals = append(vals, "NULL")
		}
		vals = append(vals, "'"+sqlq(p.Addr.City)+"'", "'"+p.Addr.Zip+"'", "'"+loc.CC+"'")
		stmt = "INSERT INTO shipping_addresses (order_id, recipient, line1, line2, city, postcode, country) VALUES (" + strings.Join(vals, ", ") + ")"
	case 2:
		g.setVariant("select_by_email")
		stmt = "SELECT o.id, o.total, o.status FROM orders o JOIN customers c ON c.id = o.customer_id WHERE c.email = '" + sqlq(g.P(KEmail, p.Email)) + "' AND o.created_at > '" + g.L("time", g.when().Format("2006-01-02")) + "' ORDER BY o.created_at DESC LIMIT 50"
	case 3:
		g.setVariant("insert_payout")
		stmt = "INSERT INTO payouts (seller_id, iban, holder_name, amount, currency) VALUES (" + g.lazadaSellerID() + ", '" + g.P(KIBAN, g.iban(ibanCC(g, loc))) + "', '" + sqlq(g.P(KName, p.Name)) + "', " + g.L("amount", g.money(10, 90000).plain()) + ", 'EUR')"
	case 4:
		g.setVariant("rotate_secret")
		c := g.cred(g.pick("api_key", "lazada_secret", "tiktok_secret", "shopee_partner_key", "whsec", "stripe_sk"))
		stmt = "UPDATE api_clients SET client_secret = '" + g.PP(KCred, c.Value, c.Public) + "', rotated_at = NOW() WHERE client_id = '" + g.uuid() + "'"
	case 5:
		g.setVariant("insert_kyc")
		loc = g.localeOf("CN")
		p = g.person(loc)
		stmt = "INSERT INTO kyc_records (buyer_id, id_number, real_name, verified_at) VALUES (" + g.rowID() + ", '" + g.P(KCNID, g.cnid()) + "', '" + g.P(KName, p.Name) + "', '" + g.iso() + "')"
	case 6:
		g.setVariant("legacy_card_lookup")
		pan, _ := g.card()
		stmt = "SELECT id, status, amount FROM payment_attempts WHERE card_number = '" + g.P(KCard, pan) + "' AND merchant_ref = '" + g.paymentRef() + "'"
	case 7:
		g.setVariant("pg_parameters")
		db = "postgresql"
		stmt = "UPDATE buyers SET full_name = $1, phone = $2, default_address = $3 WHERE id = $4"
		msg = "duration: " + dur + " ms  execute <unnamed>: " + stmt + "\nDETAIL:  parameters: $1 = '" + sqlq(g.P(KName, p.Name)) + "', $2 = '" + sqlq(g.P(KPhone, p.Phone)) + "', $3 = '" + sqlq(g.P(KAddr, p.Addr.Full)) + "', " + g.L("row_id", "$4 = '"+g.rowID()+"'")
		return g.ev("order-sync", "warn", msg, "db.system", db, "db.name", "oms")
	case 8:
		g.setVariant("mysql_slowlog")
		db = "mysql"
		stmt = "SELECT * FROM customers WHERE phone = '" + sqlq(g.P(KPhone, p.Phone)) + "' OR email = '" + sqlq(g.P(KEmail, p.Email)) + "'"
		msg = "# Time: " + g.iso() + "\n# User@Host: oms_ro[oms_ro] @  [" + g.ipv4() + "]  Id: " + g.num(1000, 999999) + "\n# Query_time: " + fmt.Sprintf("%d.%06d", g.rng(1, 40), g.n(1000000)) + "  Lock_time: 0.000" + g.digits(3) + " Rows_sent: " + g.num(0, 5) + "  Rows_examined: " + g.num(10000, 9000000) + "\nSET timestamp=" + g.epochS() + ";\n" + stmt + ";"
		return g.ev("mysql-slowlog", "warn", msg, "db.system", db)
	case 9:
		g.setVariant("hibernate_binder")
		// one bind parameter per line, as Hibernate's BasicBinder logs them
		var val string
		typ := "VARCHAR"
		switch g.n(5) {
		case 0:
			val = g.P(KName, p.Name)
		case 1:
			val = g.P(KEmail, p.Email)
		case 2:
			val = g.P(KPhone, p.Phone)
		case 3:
			val = g.P(KAddr, p.Addr.Line1)
		default:
			pan, _ := g.card()
			val = g.P(KCard, pan)
		}
		msg = "binding parameter [" + g.num(1, 9) + "] as [" + typ + "] - [" + val + "]"
		return g.ev("order-sync", "trace", msg, "log.logger", "org.hibernate.orm.jdbc.bind", "thread.name", "http-nio-8080-exec-"+g.num(1, 20))
	case 10:
		g.setVariant("mongo_slow_query")
		db = "mongodb"
		return g.ev("customer-db", "info", "Slow query", "mongo", O{"c", "COMMAND", "attr", O{"ns", "shop.customers", "command", O{"find", "customers", "filter", O{"$or", A{O{"email", g.P(KEmail, p.Email)}, O{"phone", g.P(KPhone, p.Phone)}}}, "limit", 1}, "planSummary", "COLLSCAN", "durationMillis", Num(g.num(200, 9000))}})
	case 11:
		g.setVariant("create_user_password")
		pw := g.cred("password").Value
		stmt = "CREATE USER 'report_" + g.pick("ro", "bi", "etl") + "'@'%' IDENTIFIED BY '" + g.PS(KCred, pw, sqlq(pw)) + "'"
	default:
		g.setVariant("update_address_json")
		stmt = "UPDATE orders SET shipping = '" + sqlq(J(O{"name", g.P(KName, p.Name), "address1", g.P(KAddr, p.Addr.Line1), "zip", p.Addr.Zip})) + "'::jsonb WHERE " + g.sqlID()
	}
	switch g.n(3) {
	case 0:
		return g.ev(g.svc(), "warn", "slow query ("+dur+" ms)", "db", O{"system", db, "statement", stmt, "rows_affected", Num(g.num(0, 3))}, "event.duration", Num(g.digits(9)))
	case 1:
		return g.ev(g.svc(), "debug", stmt, "db.system", db)
	}
	return g.ev(g.svc(), "error", "query failed: "+g.pick("deadlock detected", "lock wait timeout exceeded", "duplicate key value")+": "+stmt, "db.system", db)
}

// genPython: Python reprs and dict dumps.
func genPython(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var msg string
	switch g.n(12) {
	case 0:
		g.setVariant("shopify_payload_dict")
		msg = "payload: {'id': " + g.shopifyOrderID() + ", 'email': " + pyq(g.P(KEmail, p.Email)) + ", 'shipping_address': {'address1': " + pyq(g.P(KAddr, p.Addr.Line1)) + ", 'city': " + pyq(p.Addr.City) + ", 'zip': '" + p.Addr.Zip + "', 'phone': " + pyq(g.P(KPhone, p.Phone)) + "}, 'total_price': '" + g.L("amount", g.money(5, 900).plain()) + "'}"
	case 1:
		g.setVariant("dataclass_repr")
		msg = "upserting Customer(" + g.L("row_id", "id="+g.rowID()) + ", name=" + pyq(g.P(KName, p.Name)) + ", email=" + pyq(g.P(KEmail, p.Email)) + ", phone=None, addresses=[Address(line1=" + pyq(g.P(KAddr, p.Addr.Line1)) + ", city=" + pyq(p.Addr.City) + ", postcode='" + p.Addr.Zip + "')])"
	case 2:
		g.setVariant("celery_args")
		msg = "Task notify.tasks.send_sms[" + g.uuid() + "] received: args=(" + pyq(g.P(KPhone, p.Phone)) + ", 'order " + g.orderRef() + " shipped') kwargs={'buyer_name': " + pyq(g.P(KName, p.Name)) + "}"
	case 3:
		g.setVariant("django_querydict")
		pan, _ := g.card()
		msg = "POST /checkout/pay/ <QueryDict: {'card_number': [" + pyq(g.P(KCard, g.cardFmt(pan))) + "], 'cvv': ['" + g.digits(3) + "'], 'exp': ['" + fmt.Sprintf("%02d/%d", g.rng(1, 12), g.rng(25, 31)) + "'], 'holder': [" + pyq(g.P(KName, p.Name)) + "]}>"
	case 4:
		g.setVariant("requests_send_bytes")
		c := g.cred("basic")
		msg = "send: b'POST /v2/payouts HTTP/1.1\\r\\nHost: api.xendit.co\\r\\nUser-Agent: python-requests/2.31.0\\r\\nAuthorization: Basic " + g.P(KCred, c.Value) + "\\r\\nContent-Type: application/json\\r\\nIdempotency-key: " + g.uuid() + "\\r\\n\\r\\n'"
	case 5:
		g.setVariant("payout_kwargs")
		msg = "create_payout called with kwargs={'iban': " + pyq(g.P(KIBAN, g.ibanFmt(g.iban(ibanCC(g, loc))))) + ", 'beneficiary': " + pyq(g.P(KName, p.Name)) + ", 'amount': Decimal('" + g.L("amount", g.money(10, 9000).plain()) + "'), 'reference': '" + g.paymentRef() + "'}"
	case 6:
		g.setVariant("sqlalchemy_params")
		msg = "(psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"uq_customers_email\"\n[SQL: INSERT INTO customers (email, full_name, phone) VALUES (%(email)s, %(full_name)s, %(phone)s) RETURNING customers.id]\n[parameters: {'email': " + pyq(g.P(KEmail, p.Email)) + ", 'full_name': " + pyq(g.P(KName, p.Name)) + ", 'phone': " + pyq(g.P(KPhone, p.Phone)) + "}]\n(Background on this error at: https://sqlalche.me/e/20/gkpj)"
	case 7:
		g.setVariant("pydantic_error")
		msg = "1 validation error for ShippingAddress\nphone\n  value is not a valid phone number [type=value_error, input_value=" + pyq(g.P(KPhone, p.Phone)) + ", input_type=str]\n    For further information visit https://errors.pydantic.dev/2.6/v/value_error"
	case 8:
		g.setVariant("py2_unicode_escapes")
		loc = g.localeOf("CN", "JP", "KR", "TH", "VN")
		p = g.person(loc)
		n, a := p.Name, p.Addr.Line1
		msg = "legacy sync row: {u'name': u'" + g.PS(KName, n, pyEscape(n)) + "', u'address': u'" + g.PS(KAddr, a, pyEscape(a)) + "', u'order_id': " + g.lazadaOrder() + "L}"
	case 9:
		g.setVariant("kyc_namedtuple")
		loc = g.localeOf("CN")
		p = g.person(loc)
		msg = "IdentityCheck(id_number=" + pyq(g.P(KCNID, g.cnid())) + ", name=" + pyq(g.P(KName, p.Name)) + ", result=<Result.MISMATCH: 2>)"
	case 10:
		g.setVariant("partner_config_dict")
		c := g.cred(g.pick("shopee_partner_key", "lazada_secret", "tiktok_secret"))
		msg = "loaded channel config {'partner_id': " + g.num(1000000, 2999999) + ", 'partner_key': " + pyq(g.PP(KCred, c.Value, c.Public)) + ", 'shop_id': " + g.shopeeShopID() + ", 'region': '" + loc.CC + "'}"
	default:
		g.setVariant("logging_extra_tuple")
		msg = "address mismatch for order %s: %r != %r" + " -- args=(" + pyq(g.orderRef()) + ", " + pyq(g.P(KAddr, p.Addr.Full)) + ", " + pyq(g.P(KAddr, p.Addr.Line1+", "+p.Addr.Zip)) + ")"
	}
	return g.ev(g.svc(), g.pick("info", "debug", "warning", "error"), msg, "log.origin.file.name", g.pick("tasks.py", "views.py", "sync.py", "client.py"), "process.pid", Num(g.num(100, 60000)))
}

// pyEscape writes s as a Python 2 unicode literal body (\uXXXX escapes).
func pyEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r < 0x80 {
			b.WriteRune(r)
		} else {
			fmt.Fprintf(&b, "\\u%04x", r)
		}
	}
	return b.String()
}

// genGoStruct: Go %v / %+v / %#v dumps, maps and headers.
func genGoStruct(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var msg string
	switch g.n(11) {
	case 0:
		g.setVariant("plusv_buyer")
		msg = "sync: upsert failed for {" + g.L("row_id", "ID:"+g.rowID()) + " Name:" + g.P(KName, p.Name) + " Email:" + g.P(KEmail, p.Email) + " Phone:" + g.P(KPhone, p.Phone) + " Address:{Street:" + g.P(KAddr, p.Addr.Line1) + " City:" + p.Addr.City + " Zip:" + p.Addr.Zip + "} CreatedAt:" + g.L("time", g.when().Format("2006-01-02 15:04:05 +0000 UTC")) + "}: context deadline exceeded"
	case 1:
		g.setVariant("hashv_buyer")
		msg = "buyer=&model.Buyer{ID:0x" + g.hex(4) + ", Name:" + goq(g.P(KName, p.Name)) + ", Email:" + goq(g.P(KEmail, p.Email)) + ", Phone:" + goq(g.P(KPhone, p.Phone)) + ", Verified:false}"
	case 2:
		g.setVariant("plain_v")
		msg = "recipient {" + g.rowID() + " " + g.P(KName, p.Name) + " " + g.P(KPhone, p.Phone) + " {" + g.P(KAddr, p.Addr.Line1) + " " + p.Addr.City + " " + p.Addr.Zip + "}} has no delivery slot"
	case 3:
		g.setVariant("http_header_map")
		c := g.cred(g.pick("jwt", "bearer", "lwa_access"))
		k := g.cred(g.pick("api_key", "aiza", "lazada_secret"))
		msg = "outgoing request headers: map[Accept:[application/json] Authorization:[Bearer " + g.PP(KCred, c.Value, c.Public) + "] User-Agent:[vigilshop/" + g.version() + "] X-Api-Key:[" + g.PP(KCred, k.Value, k.Public) + "]]"
	case 4:
		g.setVariant("url_values_map")
		pan, _ := g.card()
		msg = "payment form: map[card_number:[" + g.P(KCard, pan) + "] cvv:[" + g.digits(3) + "] exp:[" + fmt.Sprintf("%02d%d", g.rng(1, 12), g.rng(25, 31)) + "] holder:[" + g.P(KName, p.Name) + "] order:[" + g.orderRef() + "]]"
	case 5:
		g.setVariant("q_error")
		msg = "invalid recipient " + goq(g.P(KName, p.Name)) + ": address " + goq(g.P(KAddr, p.Addr.Line1)) + " has no postcode (order " + g.orderRef() + ")"
	case 6:
		g.setVariant("config_dump")
		c := g.cred("shopee_partner_key")
		c2 := g.cred("lazada_secret")
		pw := g.cred("password").Value
		msg = "config loaded: {Shopee:{PartnerID:" + g.num(1000000, 2999999) + " PartnerKey:" + g.P(KCred, c.Value) + " ShopID:" + g.shopeeShopID() + "} Lazada:{AppKey:" + g.num(100000, 999999) + " AppSecret:" + g.P(KCred, c2.Value) + "} DB:{DSN:postgres://oms:" + g.PS(KCred, pw, urlUserinfoEscape(pw)) + "@" + g.ipv4() + ":5432/oms?sslmode=require}}"
	case 7:
		g.setVariant("payout_struct")
		msg = "payout queued: {PayoutID:" + g.uuid() + " Amount:" + g.L("amount", g.money(10, 9000).plain()) + " Currency:EUR IBAN:" + g.P(KIBAN, g.iban(ibanCC(g, loc))) + " Holder:" + g.P(KName, p.Name) + "}"
	case 8:
		g.setVariant("kyc_struct")
		loc = g.localeOf("CN")
		p = g.person(loc)
		msg = "kyc request &kyc.Request{IDNumber:" + goq(g.P(KCNID, g.cnid())) + ", RealName:" + goq(g.P(KName, p.Name)) + ", Mobile:" + goq(g.P(KPhone, p.Phone)) + "}"
	case 9:
		g.setVariant("card_struct")
		pan, _ := g.card()
		msg = "tokenize card &payment.Card{Number:" + goq(g.P(KCard, g.cardFmt(pan))) + ", ExpMonth:" + g.num(1, 12) + ", ExpYear:" + g.num(2025, 2031) + ", Holder:" + goq(g.P(KName, p.Name)) + "}"
	default:
		g.setVariant("slice_of_structs")
		p2 := g.person(loc)
		msg = "batch notify: [{To:" + g.P(KEmail, p.Email) + " Name:" + g.P(KName, p.Name) + "} {To:" + g.P(KEmail, p2.Email) + " Name:" + g.P(KName, p2.Name) + "}]"
	}
	return g.ev(g.svc(), g.pick("info", "debug", "warn", "error"), msg, "caller", g.pick("sync/worker.go:", "channel/shopee.go:", "payment/handler.go:", "notify/mail.go:")+g.num(20, 700))
}

// urlUserinfoEscape escapes a password for the userinfo of a URL.
func urlUserinfoEscape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || strings.IndexByte("-._~!$&'()*+,;=", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}
