package heldout

import (
	"fmt"
	"strings"
)

func init() {
	register("xml", 1, genXML)
	register("csv", 1, genCSV)
	register("yaml", 1, genYAML)
	register("graphql", 1, genGraphQL)
}

// splitName splits a full name into given and family parts the way a
// checkout form has them.
func splitName(loc *Locale, full string) (first, last string) {
	if i := strings.LastIndexByte(full, ' '); i > 0 {
		if loc.CC == "CN" || loc.CC == "JP" || loc.CC == "KR" || loc.CC == "VN" {
			j := strings.IndexByte(full, ' ')
			return full[j+1:], full[:j]
		}
		return full[:i], full[i+1:]
	}
	r := []rune(full)
	if len(r) >= 3 && (loc.CC == "CN" || loc.CC == "KR") {
		return string(r[1:]), string(r[:1])
	}
	if len(r) >= 3 && loc.CC == "JP" {
		return string(r[2:]), string(r[:2])
	}
	return full, ""
}

func genXML(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var body, msg string
	switch g.n(7) {
	case 0:
		g.setVariant("soap_authorize")
		pan, _ := g.card()
		pw := g.cred("password").Value
		body = `<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:pay="http://gateway.example/payments/v3"><soapenv:Header><wsse:Security><wsse:UsernameToken><wsse:Username>acme_api</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">` + g.PS(KCred, pw, xesc(pw)) + `</wsse:Password></wsse:UsernameToken></wsse:Security></soapenv:Header><soapenv:Body><pay:Authorize><pay:MerchantRef>` + g.paymentRef() + `</pay:MerchantRef><pay:Amount currency="EUR">` + g.L("amount", g.money(5, 900).plain()) + `</pay:Amount><pay:Card><pay:CardNumber>` + g.P(KCard, pan) + `</pay:CardNumber><pay:ExpiryDate>` + fmt.Sprintf("%02d/%d", g.rng(1, 12), g.rng(25, 31)) + `</pay:ExpiryDate><pay:CardHolderName>` + g.PS(KName, p.Name, xesc(p.Name)) + `</pay:CardHolderName></pay:Card></pay:Authorize></soapenv:Body></soapenv:Envelope>`
		msg = "SOAP request Authorize"
	case 1:
		g.setVariant("ups_shipto")
		_, trk := g.tracking()
		body = `<ShipmentRequest><Shipment><ShipmentIdentificationNumber>` + trk + `</ShipmentIdentificationNumber><ShipTo><Name>` + g.PS(KName, p.Name, xesc(p.Name)) + `</Name><Phone><Number>` + g.P(KPhone, p.Phone) + `</Number></Phone><Address><AddressLine>` + g.PS(KAddr, p.Addr.Line1, xesc(p.Addr.Line1)) + `</AddressLine><City>` + xesc(p.Addr.City) + `</City><PostalCode>` + p.Addr.Zip + `</PostalCode><CountryCode>` + loc.CC + `</CountryCode></Address></ShipTo><Package><Weight>` + fmt.Sprintf("%d.%d", g.rng(0, 30), g.n(10)) + `</Weight></Package></Shipment></ShipmentRequest>`
		msg = "carrier request"
	case 2:
		g.setVariant("sepa_pain001")
		loc = g.localeOf("DE", "FR", "ES", "IT", "NL")
		p = g.person(loc)
		body = `<CdtTrfTxInf><PmtId><EndToEndId>` + g.paymentRef() + `</EndToEndId></PmtId><Amt><InstdAmt Ccy="EUR">` + g.L("amount", g.money(10, 20000).plain()) + `</InstdAmt></Amt><Cdtr><Nm>` + g.PS(KName, p.Name, xesc(p.Name)) + `</Nm><PstlAdr><AdrLine>` + g.PS(KAddr, p.Addr.Line1, xesc(p.Addr.Line1)) + `</AdrLine><PstCd>` + p.Addr.Zip + `</PstCd><TwnNm>` + xesc(p.Addr.City) + `</TwnNm><Ctry>` + loc.CC + `</Ctry></PstlAdr></Cdtr><CdtrAcct><Id><IBAN>` + g.P(KIBAN, g.iban(loc.CC)) + `</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Auszahlung ` + g.orderRef() + `</Ustrd></RmtInf></CdtTrfTxInf>`
		msg = "pain.001 transaction built"
	case 3:
		g.setVariant("amazon_order_report")
		body = `<Order><AmazonOrderID>` + g.amazonOrder() + `</AmazonOrderID><PurchaseDate>` + g.iso() + `</PurchaseDate><BuyerEmail>` + g.P(KEmail, p.Email) + `</BuyerEmail><BuyerName>` + g.PS(KName, p.Name, xesc(p.Name)) + `</BuyerName><ShippingAddress><Name>` + g.PS(KName, p.Name, xesc(p.Name)) + `</Name><AddressFieldOne>` + g.PS(KAddr, p.Addr.Line1, xesc(p.Addr.Line1)) + `</AddressFieldOne><City>` + xesc(p.Addr.City) + `</City><PostalCode>` + p.Addr.Zip + `</PostalCode><CountryCode>` + loc.CC + `</CountryCode><PhoneNumber>` + g.P(KPhone, p.Phone) + `</PhoneNumber></ShippingAddress><Item><ASIN>` + g.asin() + `</ASIN><SKU>` + g.sku() + `</SKU></Item></Order>`
		msg = "report row parsed"
	case 4:
		g.setVariant("soap_fault")
		body = `<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope"><soap:Body><soap:Fault><soap:Code><soap:Value>soap:Sender</soap:Value></soap:Code><soap:Reason><soap:Text xml:lang="en">Customer with e-mail ` + g.P(KEmail, p.Email) + ` and phone ` + g.P(KPhone, p.Phone) + ` already exists</soap:Text></soap:Reason></soap:Fault></soap:Body></soap:Envelope>`
		msg = "ERP returned fault"
	case 5:
		g.setVariant("ceb311_customs")
		loc = g.localeOf("CN")
		p = g.person(loc)
		body = `<ceb:CEB311Message guid="` + strings.ToUpper(g.uuidRaw()) + `" version="1.0"><ceb:Order><ceb:OrderHead><ceb:orderNo>` + g.tiktokOrder() + `</ceb:orderNo><ceb:goodsValue>` + g.L("amount", g.money(10, 5000).plain()) + `</ceb:goodsValue><ceb:buyerRegNo>` + g.str("abcdefghijklmnopqrstuvwxyz0123456789", 10) + `</ceb:buyerRegNo><ceb:buyerName>` + g.P(KName, p.Name) + `</ceb:buyerName><ceb:buyerIdType>1</ceb:buyerIdType><ceb:buyerIdNumber>` + g.P(KCNID, g.cnid()) + `</ceb:buyerIdNumber><ceb:consigneeTelephone>` + g.P(KPhone, p.Phone) + `</ceb:consigneeTelephone><ceb:consigneeAddress>` + g.P(KAddr, p.Addr.Full) + `</ceb:consigneeAddress></ceb:OrderHead></ceb:Order></ceb:CEB311Message>`
		msg = "customs declaration submitted"
	default:
		g.setVariant("xml_attributes")
		body = `<Customer ` + g.L("row_id", `id="`+g.rowID()+`"`) + ` email="` + g.P(KEmail, p.Email) + `" phone="` + g.P(KPhone, p.Phone) + `" name="` + g.PS(KName, p.Name, xesc(p.Name)) + `" tier="gold"/>`
		msg = "ERP customer upsert"
	}
	if g.chance(0.5) {
		return g.ev(g.svc(), g.pick("debug", "info", "error"), msg+": "+body)
	}
	return g.ev(g.svc(), g.pick("debug", "info", "error"), msg, "http", O{"request", O{"method", "POST", "body", O{"content", body}}}, "url.full", g.pick("https://ws.gateway.example/payments/v3", "https://onlinetools.ups.com/api/shipments/v2403/ship", "https://ceb.customs.example/api/ceb311", "https://erp.acme-retail.internal/soap/CustomerService"))
}

func csvq(s string, sep byte) string {
	if strings.IndexByte(s, sep) >= 0 || strings.ContainsAny(s, "\"\n") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func genCSV(g *G) any {
	loc := g.locale()
	var msg string
	switch g.n(7) {
	case 6:
		g.setVariant("cn_customs_manifest")
		loc = g.localeOf("CN")
		var b strings.Builder
		b.WriteString("清关资料校验失败:\n订单号,收件人,身份证号,手机号,收货地址\n")
		for i := 0; i < g.rng(1, 3); i++ {
			p := g.person(loc)
			fmt.Fprintf(&b, "%s,%s,%s,%s,%s\n", g.tiktokOrder(), g.P(KName, p.Name), g.P(KCNID, g.cnid()), g.P(KPhone, p.Phone), csvq(g.P(KAddr, p.Addr.Full), ','))
		}
		msg = strings.TrimSuffix(b.String(), "\n")
	case 0, 1:
		g.setVariant("import_rejected_rows")
		rows := g.rng(1, 3)
		var b strings.Builder
		b.WriteString("import batch " + g.uuid() + ": " + fmt.Sprint(rows) + " rows rejected\nrow,order_id,buyer_name,buyer_email,phone,address,city,zip,reason\n")
		for i := 0; i < rows; i++ {
			p := g.person(loc)
			fmt.Fprintf(&b, "%s,%s,%s,%s,%s,%s,%s,%s,%s\n", g.num(2, 5000), g.orderRef(),
				csvq(g.PS(KName, p.Name, p.Name), ','), g.P(KEmail, p.Email), csvq(g.P(KPhone, p.Phone), ','),
				g.PS(KAddr, p.Addr.Line1, csvq(p.Addr.Line1, ',')), csvq(p.Addr.City, ','), p.Addr.Zip, g.pick("invalid zip", "duplicate order", "unknown SKU", "phone format"))
		}
		msg = strings.TrimSuffix(b.String(), "\n")
	case 2:
		g.setVariant("semicolon_bad_line")
		loc = g.localeOf("DE", "FR", "ES", "IT", "NL", "BR")
		p := g.person(loc)
		msg = "csv: line " + g.num(2, 9000) + ": wrong number of fields: \"" + g.orderRef() + ";" + g.P(KName, p.Name) + ";" + g.P(KPhone, p.Phone) + ";" + g.P(KAddr, p.Addr.Line1) + ";" + p.Addr.Zip + ";" + p.Addr.City + ";" + g.L("amount", g.money(5, 900).eu()) + "\""
	case 3:
		g.setVariant("shopify_export_row")
		p := g.person(loc)
		first, last := splitName(loc, p.Name)
		_ = first
		_ = last
		msg = "export row: Name,Email,Financial Status,Total,Billing Name,Billing Address1,Billing Phone,Lineitem sku\n" + g.shopifyOrderName() + "," + g.P(KEmail, p.Email) + ",paid," + g.L("amount", g.money(5, 900).plain()) + "," + csvq(g.P(KName, p.Name), ',') + "," + g.PS(KAddr, p.Addr.Line1, csvq(p.Addr.Line1, ',')) + "," + csvq(g.P(KPhone, p.Phone), ',') + "," + g.sku()
	case 4:
		g.setVariant("payout_batch_csv")
		loc = g.localeOf("DE", "FR", "ES", "IT", "NL", "GB")
		var b strings.Builder
		b.WriteString("payout file preview:\nbeneficiary_name,iban,amount,currency,reference\n")
		for i := 0; i < g.rng(1, 3); i++ {
			p := g.person(loc)
			fmt.Fprintf(&b, "%s,%s,%s,EUR,%s\n", csvq(g.P(KName, p.Name), ','), g.P(KIBAN, g.iban(loc.CC)), g.L("amount", g.money(10, 9000).plain()), g.paymentRef())
		}
		msg = strings.TrimSuffix(b.String(), "\n")
	default:
		g.setVariant("lazada_tsv")
		loc = g.localeOf("MY", "ID", "TH", "VN", "PH", "SG")
		p := g.person(loc)
		msg = "orders.tsv line " + g.num(2, 900) + " skipped (missing sku):\t" + g.lazadaOrder() + "\t" + g.P(KName, p.Name) + "\t" + g.P(KPhone, p.Phone) + "\t" + g.P(KAddr, p.Addr.Full) + "\t" + g.L("amount", loc.Money(g))
	}
	return g.ev(g.pick("bulk-import", "order-sync", "payout-worker", "report-job"), g.pick("warn", "error", "info"), msg, "file.name", g.pick("orders_", "import_", "payouts_")+g.when().Format("20060102")+g.pick(".csv", ".tsv"))
}

func genYAML(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var msg string
	switch g.n(6) {
	case 0:
		g.setVariant("effective_config")
		c1, c2 := g.cred("shopee_partner_key"), g.cred("lazada_secret")
		pw := g.cred("password").Value
		msg = "effective config:\nshopee:\n  partner_id: " + g.num(1000000, 2999999) + "\n  partner_key: " + g.P(KCred, c1.Value) + "\n  shop_id: " + g.shopeeShopID() + "\nlazada:\n  app_key: \"" + g.num(100000, 999999) + "\"\n  app_secret: " + g.P(KCred, c2.Value) + "\ndatabase:\n  url: postgres://oms:" + g.PS(KCred, pw, urlUserinfoEscape(pw)) + "@" + g.ipv4() + ":5432/oms\n  pool: 20"
	case 1:
		g.setVariant("ruby_to_yaml")
		msg = "--- !ruby/object:Spree::Order\nattributes:\n  id: " + g.rowID() + "\n  number: R" + g.digits(9) + "\n  email: " + g.P(KEmail, p.Email) + "\n  ship_address:\n    firstname: " + g.P(KName, p.Name) + "\n    address1: " + yq(g.P(KAddr, p.Addr.Line1)) + "\n    zipcode: '" + p.Addr.Zip + "'\n    phone: '" + g.P(KPhone, p.Phone) + "'\n  total: '" + g.L("amount", g.money(5, 900).plain()) + "'"
	case 2:
		g.setVariant("k8s_secret")
		sk := g.cred("stripe_sk")
		sh := g.cred("shpat")
		msg = "applying manifest:\napiVersion: v1\nkind: Secret\nmetadata:\n  name: checkout-secrets\n  namespace: shop\nstringData:\n  STRIPE_SECRET_KEY: " + g.PP(KCred, sk.Value, sk.Public) + "\n  SHOPIFY_ACCESS_TOKEN: " + g.PP(KCred, sh.Value, sh.Public) + "\n  SENTRY_RELEASE: " + g.version()
	case 3:
		g.setVariant("pem_block")
		body := pemBody(g)
		msg = "loaded values.yaml:\ntls:\n  cert: /etc/tls/tls.crt\n  key: |\n    -----BEGIN PRIVATE KEY-----\n    " + g.P(KCred, body) + "\n    -----END PRIVATE KEY-----\nreplicas: 3"
	case 4:
		g.setVariant("recipient_block")
		msg = "label payload:\nrecipient:\n  name: " + g.P(KName, p.Name) + "\n  phone: \"" + g.P(KPhone, p.Phone) + "\"\n  address: |\n    " + g.P(KAddr, p.Addr.Line1) + "\n    " + p.Addr.Zip + " " + p.Addr.City + "\nparcel:\n  weight_kg: " + fmt.Sprintf("%d.%d", g.rng(0, 20), g.n(10)) + "\n  tracking: " + g.trackingNo()
	default:
		g.setVariant("compose_env")
		a := g.cred("akia")
		s := g.cred("aws_secret")
		pw := g.cred("password").Value
		msg = "container env:\nenvironment:\n  - DB_PASSWORD=" + g.P(KCred, pw) + "\n  - AWS_ACCESS_KEY_ID=" + g.PP(KCred, a.Value, a.Public) + "\n  - AWS_SECRET_ACCESS_KEY=" + g.P(KCred, s.Value) + "\n  - AWS_REGION=ap-southeast-1"
	}
	return g.ev(g.pick("deployer", "order-sync", "label-service", "config-loader"), g.pick("debug", "info"), msg)
}

// yq quotes a YAML scalar when it needs it.
func yq(s string) string {
	if strings.ContainsAny(s, ":#'\"") || strings.HasPrefix(s, "-") {
		return "'" + strings.ReplaceAll(s, "'", "''") + "'"
	}
	return s
}

// pemBody is the base64 body of a PEM key, lines joined as in an indented
// YAML block.
func pemBody(g *G) string {
	var lines []string
	lines = append(lines, "MIIEv"+g.pick("Q", "g", "w")+"IBADANBgkqhkiG9w0BAQEFAASC"+g.str(b64std, 36))
	for i := 0; i < g.rng(2, 5); i++ {
		lines = append(lines, g.str(b64std, 64))
	}
	lines = append(lines, g.str(b64std, g.rng(8, 40))+"==")
	return strings.Join(lines, "\n    ")
}

func genGraphQL(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	var body any
	var text string
	switch g.n(5) {
	case 0, 1:
		g.setVariant("shopify_customer_update")
		first, last := splitName(loc, p.Name)
		in := O{"id", g.shopifyGID("Customer"), "email", g.P(KEmail, p.Email), "phone", g.P(KPhone, p.Phone), "firstName", g.P(KName, first)}
		if last != "" {
			in = append(in, "lastName", g.P(KName, last))
		}
		in = append(in, "addresses", A{O{"address1", g.P(KAddr, p.Addr.Line1), "city", p.Addr.City, "zip", p.Addr.Zip, "countryCode", loc.CC}})
		body = O{"query", "mutation customerUpdate($input: CustomerInput!) { customerUpdate(input: $input) { customer { id } userErrors { field message } } }", "variables", O{"input", in}}
	case 2:
		g.setVariant("graphql_error_value")
		body = O{"errors", A{O{"message", "Phone has already been taken", "locations", A{O{"line", 2, "column", 3}}, "path", A{"customerCreate"}, "extensions", O{"code", "TAKEN", "value", g.P(KPhone, p.Phone), "email", g.P(KEmail, p.Email)}}}}
	case 3:
		g.setVariant("inline_search_query")
		text = "query { orders(first: 10, query: \"email:" + g.P(KEmail, p.Email) + " AND created_at:>" + g.L("time", g.when().Format("2006-01-02")) + "\") { edges { node { id name totalPriceSet { shopMoney { amount } } } } } }"
		body = O{"query", text, "variables", O{}}
	default:
		g.setVariant("apollo_operation")
		pan, _ := g.card()
		body = O{"operationName", "UpdateShippingAddress", "variables", O{"orderId", g.shopifyGID("Order"), "address", O{"recipientName", g.P(KName, p.Name), "street1", g.P(KAddr, p.Addr.Line1), "postalCode", p.Addr.Zip, "phoneNumber", g.P(KPhone, p.Phone)}, "payment", O{"cardNumber", g.P(KCard, pan), "expiry", fmt.Sprintf("%02d/%d", g.rng(1, 12), g.rng(25, 31))}}}
	}
	if g.chance(0.5) {
		return g.ev(g.pick("shopify-webhooks", "storefront-bff", "graphql-gateway"), "debug", "graphql request", "http.request.body.content", J(body), "graphql.operation.type", "mutation")
	}
	return g.ev(g.pick("shopify-webhooks", "storefront-bff", "graphql-gateway"), "debug", "graphql", "graphql", body)
}
