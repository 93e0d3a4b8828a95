package twentyfiftheval

import (
	"strings"
)

// Carriers, payments, payouts, customs and tax calls made while an order
// syncs.

// carrierPayload is a label request's recipient block in the carrier's shape
// for the buyer's country.
func carrierPayload(g *gen, c *cas, ctx string, p *person) (Txt, string) {
	native := !p.L.latin && g.chance(0.4)
	switch p.L.code {
	case "pt_BR":
		st, no := splitStreet(p.a.line1)
		return O(K("idCorreios", Ss(g.digitsNZ(8))), K("destinatario", O(K("nome", S(c.nameFull(ctx, p))), K("celular", S(c.phone(g, ctx, p, "natl"))), K("email", S(c.emailPlain(ctx, p))),
			K("endereco", O(K("cep", S(L(strings.ReplaceAll(p.a.post, "-", "")))), K("logradouro", S(c.P(ctx, "address", "addr.street", p.L.code, strings.TrimSuffix(st, ",")))), K("numero", Ss(strings.Fields(no + " 0")[0])),
				K("complemento", c.street2S(ctx, p, true)), K("bairro", S(L(p.a.district))), K("cidade", S(L(p.a.city))), K("uf", Ss(p.a.region)))))),
			K("codigoServico", Ss("03220")), K("pesoInformado", Ss(g.num(100, 9000)))), "api.correios.com.br/prepostagem/v1/prepostagens"
	case "id_ID", "ms_MY", "th_TH", "vi_VN", "tl_PH":
		var nt Txt
		if native {
			nt = c.nameFull(ctx, p)
		} else {
			nt = c.nameRoman(ctx, p)
		}
		return O(K("service_type", Ss("Parcel")), K("service_level", Ss("Standard")), K("requested_tracking_number", S(c.LK(g, "ninjavan_tracking"))),
			K("to", O(K("name", S(nt)), K("phone_number", S(c.phone(g, ctx, p, g.pick("e164", "natl")))), K("email", S(c.emailPlain(ctx, p))),
				K("address", O(K("address1", S(c.street(ctx, p, native))), K("address2", c.street2S(ctx, p, native)), K("area", S(L(p.district(native)))), K("city", S(L(p.city(native)))),
					K("state", S(L(p.region(native)))), K("postcode", S(L(p.a.post))), K("country", Ss(p.L.country)))))),
			K("parcel_job", O(K("is_pickup_required", N("false")), K("delivery_start_date", S(c.LK(g, "iso_datetime")))))), "api.ninjavan.co/" + strings.ToLower(p.L.country) + "/4.2/orders"
	case "en_IN", "hi_IN":
		return O(K("shipments", A(O(K("name", S(c.nameRoman(ctx, p))), K("add", S(c.P(ctx, "address", "addr.full", p.L.code, p.a.rline1+", "+p.a.rdistrict))), K("pin", S(L(p.a.post))),
			K("city", S(L(p.a.rcity))), K("state", S(L(p.a.rregion))), K("country", Ss("India")), K("phone", S(c.phone(g, ctx, p, "natl"))), K("order", S(c.LK(g, "flipkart_order_id"))), K("payment_mode", Ss(g.pick("Prepaid", "COD")))))),
			K("pickup_location", O(K("name", Ss("WH-BLR-01"))))), "track.delhivery.com/api/cmu/create.json"
	case "de_DE", "nl_NL", "fr_FR", "it_IT", "pl_PL", "cs_CZ", "ro_RO", "el_GR":
		st, no := splitStreet(p.street(false))
		return O(K("receiver", O(K("name", O(K("firstName", S(c.given(ctx, p, false))), K("lastName", S(c.family(ctx, p, false))))),
			K("address", O(K("street", S(c.P(ctx, "address", "addr.street", p.L.code, strings.TrimSuffix(st, ",")))), K("houseNumber", Ss(strings.Fields(no + " 0")[0])), K("postalCode", S(L(p.a.post))), K("city", S(L(p.city(false)))), K("countryCode", Ss(p.L.country)))),
			K("email", S(c.emailPlain(ctx, p))), K("phoneNumber", S(c.phone(g, ctx, p, g.pick("e164", "intl")))))),
			K("shipper", O(K("name", Ss("Acme Cross-Border Fulfilment")), K("address", O(K("street", Ss("Gewerbepark")), K("houseNumber", Ss("7")), K("postalCode", Ss("04435")), K("city", S(c.LK(g, "city_alone"))), K("countryCode", Ss("DE")))))),
			K("product", Ss("DHL_PAKET")), K("weight", O(K("value", N(g.num(1, 20))), K("uom", Ss("kg"))))), "api.dhl.com/parcel/de/shipping/v2/orders"
	case "tr_TR":
		return O(K("cargoKey", S(c.LK(g, "trendyol_order_number"))), K("invoiceKey", S(c.LK(g, "merchant_order_ref"))), K("receiverCustName", S(c.nameFull(ctx, p))), K("receiverAddress", S(c.addr(g, ctx, p, "native"))),
			K("cityName", S(L(p.a.city))), K("townName", S(L(p.a.district))), K("receiverPhone1", S(c.phone(g, ctx, p, "natl"))), K("emailAddress", S(c.emailPlain(ctx, p)))), "ws.yurticikargo.com/KOPSWebServices/ShippingOrderDispatcherServices"
	}
	var nt Txt
	if native {
		nt = c.nameFull(ctx, p)
	} else {
		nt = c.nameRoman(ctx, p)
	}
	lines := []Txt{S(c.street(ctx, p, native))}
	if t := c.street2(ctx, p, native); t != nil {
		lines = append(lines, S(t))
	}
	return O(K("labelResponseOptions", Ss("URL_ONLY")), K("requestedShipment", O(
		K("shipper", O(K("contact", O(K("companyName", Ss("Acme Cross-Border Fulfilment")), K("phoneNumber", Ss("+1 415 555 0100")))), K("address", O(K("city", S(c.LK(g, "city_alone"))), K("countryCode", Ss("CN")))))),
		K("recipients", A(O(K("contact", O(K("personName", S(nt)), K("phoneNumber", S(c.phone(g, ctx, p, ""))), K("emailAddress", S(c.emailPlain(ctx, p))))),
			K("address", O(K("streetLines", A(lines...)), K("city", S(L(p.city(native)))), K("stateOrProvinceCode", S(L(p.region(native)))), K("postalCode", S(L(p.a.post))), K("countryCode", Ss(p.L.country))))))),
		K("pickupType", Ss("USE_SCHEDULED_PICKUP")), K("serviceType", Ss("INTERNATIONAL_PRIORITY")),
		K("requestedPackageLineItems", A(O(K("weight", O(K("units", Ss("KG")), K("value", N(g.num(1, 20)))))))))), K("accountNumber", O(K("value", Ss(g.digitsNZ(9)))))), "apis.fedex.com/ship/v1/shipments"
}

func init() {
	reg("carrier.retry_backoff", 4, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "shipping", "warn")
		body, ep := carrierPayload(g, c, ctxJSON, p)
		st := g.pick("503 Service Unavailable", "502 Bad Gateway", "429 Too Many Requests", "504 Gateway Timeout")
		c.F("message", C(L("retry "+g.num(1, 4)+"/5 in "+g.num(1, 9)+"."+g.num(0, 9)+"s after "+st+" from POST https://"+ep+"; payload="), body))
		c.F("event.duration", L(g.num(100, 30000)+"000000"))
		c.F("labels.order_id", c.LK(g, g.pick("amazon_order_id", "shopee_order_sn", "meli_order_id", "tiktok_order_id", "shopify_order_name", "lazada_order_id")))
	})

	reg("carrier.label_zpl", 2, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "shipping", "debug")
		typ := g.pick("ups_tracking", "dhl_tracking", "fedex_tracking", "s10_tracking", "dpd_tracking")
		trk := g.lk(typ)
		nm := c.P(ctxZPL, "name", "name.caps", p.L.code, p.caps())
		st := c.P(ctxZPL, "address", "addr.street", p.L.code, strings.ToUpper(fold(p.a.rline1)))
		z := C(L("^XA^CF0,30^FO50,40^FDSHIP TO:^FS^FO50,80^FD"), nm, L("^FS^FO50,115^FD"), st, L("^FS^FO50,150^FD"+strings.ToUpper(fold(p.a.post+" "+p.a.rcity))+"^FS^FO50,185^FDTEL "),
			c.phone(g, ctxZPL, p, "e164"), L("^FS^BY3,2,120^FO50,240^BC^FD"), c.K(typ, trk), L("^FS^FO50,380^FDREF "), c.LK(g, "merchant_order_ref"), L("^FS^XZ"))
		c.F("label.zpl", z)
		c.F("message", C(L("label created: tracking "), c.K(typ, trk), L(" ("+g.pick("UPS", "DHL", "FedEx", "China Post", "DPD")+")")))
	})

	reg("sms.notify", 2, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "notifications", "info")
		sid := "AC" + g.hex(32)
		tok := g.hex(32)
		b, bs := g.basic(sid, tok)
		body := shipNote(g, c, ctxForm, p)
		c.F("http.request.body.content", Q(K("To", c.phone(g, ctxForm, p, "e164")), K("From", L("+1415555"+g.digits(4))), K("Body", body), K("StatusCallback", L("https://hooks.example/sms/status"))))
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("Basic "), c.cred(ctxHdr, "cred.basic", b, bs))), K("Content-Type", L("application/x-www-form-urlencoded"))))
		c.F("url.full", L("https://api.twilio.com/2010-04-01/Accounts/"+sid+"/Messages.json"))
	})

	reg("geocode.address", 2, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "address-validation", "debug")
		key := g.from(b64url, 35)
		c.F("url.full", C(L("https://maps.googleapis.com/maps/api/geocode/json?"), Q(K("address", c.addr(g, ctxURL, p, "any")), K("region", L(strings.ToLower(p.L.country))), K("key", c.cred(ctxURL, "cred.token", "AIza"+key, key)))))
		c.F("message", C(L("geocode "), c.LK(g, "http_status"), L(" status="+g.pick("OK", "ZERO_RESULTS", "OK")+" partial_match="+g.pick("true", "false"))))
	})

	// ---- payments ----

	reg("pay.iyzico", 2, func(g *gen, c *cas) {
		p := g.person("tr_TR")
		c.base(g, "payments", "debug")
		ak := "sandbox-" + g.from(alnum, 32)
		card, _, _ := c.cardDigits(g, ctxJSON, p)
		buyer := O(K("id", Ss("BY"+g.digits(6))), K("name", S(c.given(ctxJSON, p, true))), K("surname", S(c.family(ctxJSON, p, true))), K("gsmNumber", S(c.phone(g, ctxJSON, p, "e164"))),
			K("email", S(c.email(g, ctxJSON, p))), K("identityNumber", Ss("74300864791")), K("registrationAddress", S(c.addr(g, ctxJSON, p, "native"))), K("ip", S(c.LK(g, "ipv4"))),
			K("city", S(L(p.a.city))), K("country", Ss("Turkey")), K("zipCode", S(L(p.a.post))))
		c.F("http.request.body.content", O(K("locale", Ss("tr")), K("conversationId", S(c.LK(g, "conversation_id"))), K("price", Ss("1.0")), K("paidPrice", S(c.LK(g, "amount"))), K("currency", Ss("TRY")),
			K("installment", N("1")), K("basketId", S(c.LK(g, "merchant_order_ref"))),
			K("paymentCard", O(K("cardHolderName", S(c.nameFull(ctxJSON, p))), K("cardNumber", S(card)), K("expireMonth", Ss(g.padr(1, 12, 2))), K("expireYear", Ss(g.num(2027, 2032))), K("cvc", Ss(g.digits(3))), K("registerCard", Ss("0")))),
			K("buyer", buyer), K("shippingAddress", O(K("contactName", S(c.nameFull(ctxJSON, p))), K("city", S(L(p.a.city))), K("country", Ss("Turkey")), K("address", S(c.addr(g, ctxJSON, p, "native"))), K("zipCode", S(L(p.a.post)))))))
		c.F("http.request.headers", headers("\n", K("Authorization", C(L("IYZWS "), c.cred(ctxHdr, "cred.secret", ak, ak[8:]), L(":"), c.K("auth_header_signature", g.b64(32)))), K("x-iyzi-rnd", L(g.digits(12)))))
	})

	reg("pay.cielo", 2, func(g *gen, c *cas) {
		p := g.person("pt_BR")
		c.base(g, "payments", "debug")
		mk := g.from(upAlnum, 40)
		card, brand, _ := c.cardDigits(g, ctxJSON, p)
		c.F("http.request.headers", headers("\n", K("MerchantId", c.LK(g, "uuid")), K("MerchantKey", c.cred(ctxHdr, "cred.secret", mk, mk)), K("Content-Type", L("application/json"))))
		c.F("http.request.body.content", O(K("MerchantOrderId", S(c.LK(g, "merchant_order_ref"))), K("Customer", O(K("Name", S(c.nameFull(ctxJSON, p))), K("Email", S(c.emailPlain(ctxJSON, p))),
			K("Address", O(K("Street", S(c.street(ctxJSON, p, true))), K("Complement", c.street2S(ctxJSON, p, true)), K("ZipCode", S(L(p.a.post))), K("City", S(L(p.a.city))), K("State", Ss(p.a.region)), K("Country", Ss("BRA")))))),
			K("Payment", O(K("Type", Ss("CreditCard")), K("Amount", N(g.num(1000, 99999))), K("Installments", N(g.num(1, 10))), K("SoftDescriptor", Ss("LOJA*PEDIDO")),
				K("CreditCard", O(K("CardNumber", S(card)), K("Holder", S(c.P(ctxJSON, "name", "name.caps", p.L.code, p.caps()))), K("ExpirationDate", Ss(g.padr(1, 12, 2)+"/"+g.num(2027, 2033))), K("SecurityCode", Ss(g.digits(3))), K("Brand", Ss(brand))))))))
	})

	reg("pay.payu_form", 2, func(g *gen, c *cas) {
		p := g.person("en_IN", "hi_IN")
		c.base(g, "payments", "debug")
		card, _, _ := c.cardDigits(g, ctxForm, p)
		c.F("http.request.body.content", Q(K("key", L(g.from(alnum, 6))), K("txnid", c.LK(g, "merchant_order_ref")), K("amount", c.LK(g, "amount")), K("productinfo", L(g.product())),
			K("firstname", c.given(ctxForm, p, false)), K("email", c.emailPlain(ctxForm, p)), K("phone", c.phone(g, ctxForm, p, "natl")), K("surl", L("https://shop.example/payu/success")),
			K("furl", L("https://shop.example/payu/failure")), K("hash", c.K("sign_hex", g.hex(128))), K("pg", L("CC")), K("bankcode", L("CC")), K("ccnum", card),
			K("ccname", c.P(ctxForm, "name", "name.caps", p.L.code, p.caps())), K("ccvv", L(g.digits(3))), K("ccexpmon", L(g.padr(1, 12, 2))), K("ccexpyr", L(g.num(2027, 2033)))))
		c.F("url.full", L("https://secure.payu.in/_payment"))
	})

	reg("pay.card_declined", 3, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "payments", "warn")
		card, brand, _ := c.card(g, ctxMsg, p)
		oid := c.LK(g, g.pick("amazon_order_id", "shopify_order_name", "meli_order_id", "woo_order_id", "merchant_order_ref"))
		switch g.n(3) {
		case 0:
			c.F("message", C(L("charge declined for card "), card, L(" exp "+g.padr(1, 12, 2)+"/"+g.num(27, 33)+" holder "), c.P(ctxMsg, "name", "name.caps", p.L.code, p.caps()), L(" (order "), oid, L("): do_not_honor")))
		case 1:
			c.F("message", C(L(brand+" "), card, L(" refused by issuer ("+g.pick("insufficient_funds", "expired_card", "05 Do not honor", "51")+") for "), oid, L(", amount "), c.LK(g, "amount_currency")))
		default:
			c.F("message", C(L("payment.authorize failed: "), logfmt(K("card_number", card), K("exp", L(g.padr(1, 12, 2)+"/"+g.num(27, 33))), K("amount", c.LK(g, "amount")), K("currency", L(p.L.currency)), K("order", oid))))
			for _, r := range c.pii {
				if r.kind == "card" && r.ctx == ctxMsg {
					r.ctx = ctxKV
				}
			}
		}
		c.F("payment.psp_reference", c.LK(g, "payment_ref"))
	})

	reg("pay.stripe_curl", 1, func(g *gen, c *cas) {
		p := g.person("en_US", "de_DE", "fr_FR", "nl_NL", "it_IT", "pl_PL", "ja_JP", "pt_BR", "es_MX", "en_IN", "ms_MY")
		sk, sks := g.stripeKey()
		card, _, _ := c.cardDigits(g, ctxCurl, p)
		line := C(L("curl https://api.stripe.com/v1/payment_methods -u "), c.cred(ctxCurl, "cred.token", sk, sks), L(": -d type=card -d \"card[number]\"="), card,
			L(" -d \"card[exp_month]\"="+g.num(1, 12)+" -d \"card[exp_year]\"="+g.num(2027, 2033)+" -d \"billing_details[name]\"=\""), c.nameRoman(ctxCurl, p), L("\" -d \"billing_details[email]\"="), c.emailPlain(ctxCurl, p))
		if g.chance(0.5) {
			c.Raw(line)
			return
		}
		c.base(g, "payments", "debug")
		c.F("message", C(L("stripe debug: "), line))
	})

	reg("pay.authnet_query", 1, func(g *gen, c *cas) {
		p := g.person("en_US", "es_MX", "en_NG", "tl_PH")
		c.base(g, "payments", "debug")
		card, _, _ := c.cardDigits(g, ctxURL, p)
		tk := g.from(alnum, 16)
		c.F("url.full", C(L("https://secure.gateway.example/gateway/transact.dll?"), Q(K("x_login", L(g.from(alnum, 10))), K("x_tran_key", c.cred(ctxURL, "cred.secret", tk, tk)), K("x_type", L("AUTH_CAPTURE")),
			K("x_amount", c.LK(g, "amount")), K("x_card_num", card), K("x_exp_date", L(g.padr(1, 12, 2)+g.num(27, 33))), K("x_first_name", c.given(ctxURL, p, false)), K("x_last_name", c.family(ctxURL, p, false)),
			K("x_address", c.street(ctxURL, p, false)), K("x_zip", L(p.a.post)), K("x_invoice_num", c.LK(g, "merchant_order_ref")))))
		c.F("message", C(L("gateway response "), c.LK(g, "http_status"), L(" code=2 reason=27 (AVS mismatch)")))
	})

	reg("pay.card_pyrepr", 1, func(g *gen, c *cas) {
		p := g.person()
		c.base(g, "payments", "error")
		card, _, _ := c.card(g, ctxPyRepr, p)
		d := pyRepr(K("order_id", PS(c.LK(g, g.pick("shopee_order_sn", "tokopedia_invoice", "lazada_order_id")))), K("card", pyRepr(K("number", PS(card)), K("exp", PS(L(g.padr(1, 12, 2)+"/"+g.num(27, 33)))), K("holder", PS(c.nameRoman(ctxPyRepr, p))))),
			K("amount", c.LK(g, "amount")), K("email", PS(c.emailPlain(ctxPyRepr, p))))
		c.F("error.stack_trace", C(L("Traceback (most recent call last):\n  File \"/app/payments/gateway.py\", line "+g.num(40, 300)+", in charge\n    resp = self._client.post(\"/v1/charges\", json=payload)\n  File \"/usr/local/lib/python3.12/site-packages/httpx/_client.py\", line 1144, in post\n    return self.request(\"POST\", url, json=json)\nhttpx.ReadTimeout: timed out\n\nDuring handling of the above exception, another exception occurred:\n\nTraceback (most recent call last):\n  File \"/app/payments/gateway.py\", line "+g.num(300, 400)+", in charge\n    raise ChargeError(f\"charge failed for {payload!r}\")\npayments.errors.ChargeError: charge failed for "), d))
		c.F("message", L("ChargeError: charge failed (timeout)"))
	})

	reg("pay.card_soap", 1, func(g *gen, c *cas) {
		p := g.person("es_AR", "es_PE", "es_CO", "ro_RO", "el_GR", "cs_CZ", "uk_UA")
		c.base(g, "payments", "debug")
		card, brand, _ := c.card(g, ctxXML, p)
		c.F("http.request.body.content", C(L(`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"><soapenv:Body><ns2:AuthorizeRequest xmlns:ns2="urn:gateway">`),
			XT("ns2:MerchantReference", c.LK(g, "merchant_order_ref")), X("ns2:Card", XT("ns2:Number", card), XT("ns2:Brand", L(brand)), XT("ns2:HolderName", c.nameRoman(ctxXML, p)), XT("ns2:Expiry", L(g.padr(1, 12, 2)+"/"+g.num(27, 33)))),
			XT("ns2:Amount", c.LK(g, "amount")), XT("ns2:Currency", L(p.L.currency)), L(`</ns2:AuthorizeRequest></soapenv:Body></soapenv:Envelope>`)))
		c.F("message", C(L("gateway SOAP fault: "), c.LK(g, "plain_phrase")))
	})

	// ---- payouts and refunds (IBAN) ----

	euLocs := []string{"de_DE", "nl_NL", "fr_FR", "it_IT", "pl_PL", "tr_TR", "ro_RO", "cs_CZ", "el_GR", "he_IL", "ar_AE", "ar_SA", "pt_BR", "uk_UA"}

	reg("payout.sepa_xml", 2, func(g *gen, c *cas) {
		c.base(g, "payouts", "info")
		var txs []Txt
		for i, n := 0, g.rng(1, 2); i < n; i++ {
			p := g.person(euLocs...)
			iban, _ := c.iban(g, ctxXML, p)
			ib := c.pii[len(c.pii)-1]
			if ib.form == "iban.grouped" {
				ib.val = strings.ReplaceAll(ib.val, " ", "")
				ib.judge = ib.val
				ib.form = "iban.compact"
				iban = Txt{{s: ib.val, pii: int32(len(c.pii))}}
			}
			txs = append(txs, X("CdtTrfTxInf", X("PmtId", XT("EndToEndId", c.LK(g, "merchant_order_ref"))), X(`Amt`, XT(`InstdAmt Ccy="EUR"`, c.LK(g, "amount"))),
				X("Cdtr", XT("Nm", c.nameRoman(ctxXML, p))), X("CdtrAcct", X("Id", XT("IBAN", iban))), X("RmtInf", XT("Ustrd", C(L("Refund order "), c.LK(g, g.pick("amazon_order_id", "bol_order_id", "zalando_order_number", "allegro_offer_id")))))))
		}
		c.F("payout.batch.document", C(L(`<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.03"><CstmrCdtTrfInitn><GrpHdr><MsgId>`), c.LK(g, "uuid"), L(`</MsgId><CreDtTm>`), c.LK(g, "iso_datetime"),
			L(`</CreDtTm><NbOfTxs>`+itoa(len(txs))+`</NbOfTxs></GrpHdr><PmtInf>`), C(txs...), L(`</PmtInf></CstmrCdtTrfInitn></Document>`)))
		c.F("message", L("SEPA refund batch generated ("+itoa(len(txs))+" transfers)"))
	})

	reg("payout.csv", 2, func(g *gen, c *cas) {
		c.base(g, "payouts", "debug")
		rows := []Txt{L("payee_name;iban;bic;amount;currency;reference;created_at")}
		for i, n := 0, g.rng(2, 3); i < n; i++ {
			p := g.person(euLocs...)
			iban, _ := c.iban(g, ctxCSV, p)
			rows = append(rows, Join(";", csvCell(c.nameRoman(ctxCSV, p), ";"), iban, L(g.from(upper, 4)+p.L.country+g.from(upAlnum, 2)), c.LK(g, "amount"), L(p.L.currency), c.LK(g, "merchant_order_ref"), c.LK(g, "iso_datetime")))
		}
		c.F("payout.file.chunk", Join("\n", rows...))
		c.F("message", L("payout file parsed: "+itoa(len(rows)-1)+" rows"))
	})

	reg("refund.iban_json", 2, func(g *gen, c *cas) {
		p := g.person("tr_TR", "tr_TR", "pl_PL", "nl_NL", "de_DE", "ro_RO", "uk_UA")
		c.base(g, "returns", "info")
		iban, _ := c.iban(g, ctxJSON, p)
		c.F("http.response.body.content", O(K("claimId", S(c.LK(g, "uuid"))), K("orderNumber", S(c.LK(g, g.pick("trendyol_order_number", "allegro_offer_id", "bol_order_id")))),
			K("customer", O(K("fullName", S(c.nameFull(ctxJSON, p))), K("iban", S(iban)), K("bankName", Ss(g.pick("Ziraat Bankası", "PKO BP", "ING", "Deutsche Bank", "Banca Transilvania", "Monobank"))))),
			K("amount", S(c.LK(g, "amount"))), K("reason", Ss("COD return")), K("createdDate", c.LK(g, "epoch_ms"))))
	})

	reg("payout.iban_msg", 2, func(g *gen, c *cas) {
		p := g.person(euLocs...)
		c.base(g, "payouts", "info")
		iban, _ := c.iban(g, ctxMsg, p)
		nm := c.nameFull(ctxMsg, p)
		switch p.L.code {
		case "de_DE":
			c.F("message", C(L("Erstattung an IBAN "), iban, L(" (Kontoinhaber "), nm, L(") für Bestellung "), c.LK(g, "zalando_order_number"), L(" veranlasst")))
		case "pl_PL":
			c.F("message", C(L("Zwrot na rachunek "), iban, L(", właściciel: "), nm, L(", kwota "), c.LK(g, "amount_currency")))
		case "tr_TR":
			c.F("message", C(L("İade "), iban, L(" IBAN'ına gönderildi, alıcı "), nm, L(", tutar "), c.LK(g, "amount_currency")))
		case "fr_FR":
			c.F("message", C(L("Remboursement vers l'IBAN "), iban, L(" au nom de "), nm, L(" (commande "), c.LK(g, "cdiscount_order_ref"), L(")")))
		default:
			c.F("message", C(L("refund to IBAN "), iban, L(" (account holder "), nm, L(") scheduled for "), c.LK(g, "iso_datetime")))
		}
	})

	reg("payout.iban_kv", 1, func(g *gen, c *cas) {
		p := g.person(euLocs...)
		c.base(g, "payouts", "debug")
		iban, _ := c.iban(g, ctxKV, p)
		c.F("message", logfmt(K("msg", L("payout.create")), K("iban", iban), K("holder", c.nameRoman(ctxKV, p)), K("amount", c.LK(g, "amount")), K("currency", L(p.L.currency)), K("payout_id", c.LK(g, "uuid"))))
	})

	reg("payout.onboarding_form", 1, func(g *gen, c *cas) {
		p := g.person(euLocs...)
		c.base(g, "seller-onboarding", "debug")
		iban, _ := c.iban(g, ctxForm, p)
		c.F("http.request.body.content", Q(K("seller_id", c.LK(g, "amazon_seller_id")), K("account_holder", c.nameFull(ctxForm, p)), K("iban", iban), K("bic", L(g.from(upper, 4)+p.L.country+g.from(upAlnum, 2))),
			K("email", c.emailPlain(ctxForm, p)), K("phone", c.phone(g, ctxForm, p, "e164")), K("vat_id", c.LK(g, "tax_id_vat_eu"))))
		c.F("url.full", L("https://partners.example/onboarding/bank-account"))
	})

	reg("payout.iban_field", 1, func(g *gen, c *cas) {
		p := g.person(euLocs...)
		c.base(g, "payouts", "info")
		iban, _ := c.iban(g, ctxField, p)
		c.F("payout.iban", iban)
		c.F("payout.holder", c.nameFull(ctxField, p))
		c.F("payout.amount", c.LK(g, "amount"))
		c.F("message", L("payout scheduled"))
	})

	// ---- customs (Chinese resident ids) ----

	reg("customs.ceb_xml", 3, func(g *gen, c *cas) {
		p := g.person("zh_CN")
		recv := p
		if g.chance(0.3) {
			recv = g.person("zh_CN")
		}
		c.base(g, "customs", "info")
		id := c.cnid(g, ctxXML)
		x := X(`ceb:CEB311Message xmlns:ceb="http://www.chinaport.gov.cn/ceb" guid="`+g.uuid()+`" version="1.0"`, X("ceb:Order", X("ceb:OrderHead",
			XT("ceb:orderNo", c.LK(g, g.pick("shopee_order_sn", "tiktok_order_id", "amazon_order_id"))), XT("ceb:ebpCode", L(g.from(upAlnum, 10))), XT("ceb:goodsValue", c.LK(g, "amount")), XT("ceb:currency", L("142")),
			XT("ceb:buyerRegNo", L(g.from(lowAlnum, 10))), XT("ceb:buyerName", c.nameFull(ctxXML, p)), XT("ceb:buyerTelephone", c.phone(g, ctxXML, p, "natl")),
			XT("ceb:buyerIdType", L("1")), XT("ceb:buyerIdNumber", id),
			XT("ceb:consignee", c.nameFull(ctxXML, recv)), XT("ceb:consigneeTelephone", c.phone(g, ctxXML, recv, "natl")), XT("ceb:consigneeAddress", c.addr(g, ctxXML, recv, "native")))))
		c.F("customs.message", x)
		c.F("message", C(L("CEB311 declared, logisticsNo "), c.LK(g, "s10_tracking")))
	})

	reg("customs.payment_declare", 2, func(g *gen, c *cas) {
		p := g.person("zh_CN")
		c.base(g, "customs", "debug")
		idv := g.cnID()
		id := c.cnidOf(g, ctxURL, idv)
		c.F("url.full", C(L("https://mapi.alipay.com/gateway.do?"), Q(K("service", L("alipay.acquire.customs")), K("partner", L("2088"+g.digits(12))), K("_input_charset", L("utf-8")),
			K("out_request_no", c.LK(g, "merchant_order_ref")), K("trade_no", L("2026"+g.digits(24))), K("merchant_customs_code", L(g.from(upAlnum, 10))), K("amount", c.LK(g, "amount")),
			K("customs_place", L("HANGZHOU_ZONGSHU")), K("buyer_name", c.nameFull(ctxURL, p)), K("buyer_id_no", id), K("sign", c.LK(g, "sign_hex")), K("sign_type", L("MD5")))))
		c.F("message", C(L("customs declare ok order="), c.LK(g, "merchant_order_ref"), L(" cert_no="), c.cnidOf(g, ctxKV, idv), L(" name="), c.nameFull(ctxKV, p)))
	})

	reg("customs.identity_mismatch", 2, func(g *gen, c *cas) {
		p := g.person("zh_CN")
		c.base(g, "customs", "warn")
		idv := g.cnID()
		c.F("message", C(L("身份证号 "), c.cnidOf(g, ctxMsg, idv), L(" 与姓名 "), c.nameFull(ctxMsg, p), L(" 不一致（订单 "), c.LK(g, g.pick("shopee_order_sn", "tiktok_order_id", "lazada_order_id")), L("），请买家重新提交")))
		c.F("http.request.body.content", O(K("identity", O(K("name", S(c.nameFull(ctxJSON, p))), K("id_number", S(c.cnidOf(g, ctxJSON, idv))), K("mobile", S(c.phone(g, ctxJSON, p, "natl"))))), K("order_no", S(c.LK(g, "merchant_order_ref")))))
		c.F("customs.buyer_id_number", c.cnidOf(g, ctxField, idv))
	})

	// ---- tax ----

	reg("tax.avalara", 2, func(g *gen, c *cas) {
		p := g.person("en_US", "en_US", "es_MX", "de_DE", "fr_FR", "en_IN")
		c.base(g, "tax", "debug")
		c.F("http.request.body.content", O(K("type", Ss("SalesOrder")), K("companyCode", Ss("ACMECB")), K("date", S(c.LK(g, "iso_datetime"))), K("customerCode", S(c.emailPlain(ctxJSON, p))),
			K("addresses", O(K("shipFrom", O(K("line1", Ss("1 Warehouse Way")), K("city", S(c.LK(g, "city_alone"))), K("country", Ss("CN")))),
				K("shipTo", O(K("line1", S(c.street(ctxJSON, p, true))), K("city", S(L(p.a.city))), K("region", S(L(p.a.region))), K("postalCode", S(L(p.a.post))), K("country", Ss(p.L.country)))))),
			K("lines", A(O(K("number", Ss("1")), K("quantity", N("1")), K("amount", c.LK(g, "amount")), K("taxCode", Ss("PC040100")), K("itemCode", S(c.LK(g, "seller_sku"))))))))
		c.F("message", C(L("tax calculated: "), c.LK(g, "amount_currency"), L(" on order "), c.LK(g, g.pick("walmart_po_id", "ebay_order_id", "shopify_order_name"))))
	})

	reg("tax.vies", 1, func(g *gen, c *cas) {
		c.base(g, "tax", "info")
		c.F("message", C(L("VIES checkVat "), c.LK(g, "tax_id_vat_eu"), L(" -> valid=true name=\""), c.LK(g, "business_personlike"), L("\" requestDate="), c.LK(g, "date_local")))
		c.F("tax.hs_code", c.LK(g, "hs_code"))
	})
}
