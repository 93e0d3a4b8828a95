package twentyeightheval

import (
	"fmt"
	"strings"
)

type ctxDef struct {
	name  string
	tmpls []string
	build func(b *builder, t string)
}

var contexts = []ctxDef{
	{"edi_x12", []string{"850", "856", "810"}, buildX12},
	{"edifact", []string{"ORDERS", "DESADV", "INVOIC"}, buildEDIFACT},
	{"zpl", []string{"zpl", "epl"}, buildLabel},
	{"customs_xml", []string{"wco_dec", "commercial_invoice"}, buildCustomsXML},
	{"pdf_text", []string{"invoice_columns", "wrapped"}, buildPDF},
	{"gateway_form", []string{"form_body", "query_string"}, buildGatewayForm},
	{"gateway_json", []string{"json_body", "json_nested", "xml_callback"}, buildGatewayJSON},
	{"sms_dlr", []string{"smpp_dlr", "json_dlr"}, buildSMS},
	{"mime_mail", []string{"mime_qp", "reply_chain"}, buildMIME},
	{"chat", []string{"markdown", "html", "plain"}, buildChat},
	{"ticket", []string{"zendesk", "jira"}, buildTicket},
	{"asr", []string{"call", "voicemail"}, buildASR},
	{"ocr", []string{"label_ocr", "id_ocr"}, buildOCR},
	{"soap", []string{"soap_escaped", "soap_cdata"}, buildSOAP},
	{"vcard_ical", []string{"vcard", "ical"}, buildVCard},
	{"csv", []string{"csv_comma", "csv_semicolon", "csv_multiline"}, buildCSV},
	{"fixed_width", []string{"fixed"}, buildFixed},
	{"message", []string{"free_text", "logfmt", "webhook_retry"}, buildMessage},
	{"field", []string{"structured"}, buildField},
}

func (b *builder) hdr(svc string) {
	b.field("service.name")
	b.lit(svc)
	b.field("log.level")
	b.lit(b.g.pick([]string{"info", "warn", "error", "debug"}))
}

// ---- EDI X12 ----

func buildX12(b *builder, t string) {
	g := b.g
	// separators: the ISA declares them; pick ones no value uses.
	all := ""
	for _, p := range b.c.ps {
		all += p.raw
	}
	for _, l := range b.c.ls {
		all += l.raw
	}
	el, term := "*", "~"
	for _, e := range []string{"*", "|", "^", "\x1d"} {
		if !strings.Contains(all, e) {
			el = e
			break
		}
	}
	for _, e := range []string{"~", "\n", "!", "\x1c"} {
		if !strings.Contains(all, e) && e != el {
			term = e
			break
		}
	}
	if g.r.IntN(3) == 0 && !strings.Contains(all, "\n") {
		term = "~\n"
	}
	up := g.r.IntN(2) == 0
	enc := func(kind, s string) string {
		if up && (kind == "name" || kind == "address" || kind == "email") {
			return strings.ToUpper(s)
		}
		return s
	}
	seg := func(parts ...string) string { return strings.Join(parts, el) + term }
	b.hdr("edi-x12-gateway")
	b.field("message")
	b.litf("inbound %s from partner %s: ", t, g.pick([]string{"WALMART", "TARGETCORP", "ACMEDIST", "NORDLOG"}))
	b.lit(seg("ISA", "00", "          ", "00", "          ", "ZZ", "SENDER123      ", "ZZ", "VIGILSHOP      ", "261207", "1530", "U", "00401", g.digits(9), "0", "P", ">"))
	b.lit(seg("GS", map[string]string{"850": "PO", "856": "SH", "810": "IN"}[t], "SENDER123", "VIGILSHOP", "20261207", "1530", g.digits(4), "X", "004010"))
	b.lit(seg("ST", t, "0001"))
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			switch l.typ {
			case "ups_1z", "s10", "carrier_num":
				b.lit("REF" + el + "CN" + el)
			case "ean13":
				b.lit("LIN" + el + el + "EN" + el)
			case "sku":
				b.lit("LIN" + el + el + "VP" + el)
			case "sscc":
				b.lit("MAN" + el + "GM" + el)
			case "gln":
				b.lit("N1" + el + "SF" + el + "WAREHOUSE 3" + el + "UL" + el)
			case "duns":
				b.lit("N1" + el + "VN" + el + "SUPPLIER" + el + "1" + el)
			case "edi_control":
				b.lit("REF" + el + "TN" + el)
			default:
				b.lit("REF" + el + "ZZ" + el + strings.ToUpper(lookKeys[l.typ]) + el)
			}
			b.lv(it.i, l.raw)
			b.lit(term)
			continue
		}
		p := b.c.ps[it.i]
		switch p.kind {
		case "name":
			b.lit("N1" + el + g.pick([]string{"ST", "BT", "BY"}) + el)
		case "address":
			b.lit("N3" + el)
		case "phone":
			b.lit("PER" + el + "IC" + el + "RECEIVING" + el + g.pick([]string{"TE", "CP"}) + el)
		case "email":
			b.lit("PER" + el + "IC" + el + el + "EM" + el)
		case "card":
			b.lit("NTE" + el + "PMT" + el + "CARD ")
		case "iban":
			b.lit("NTE" + el + "PMT" + el + "REMIT TO IBAN ")
		case "cn_id":
			b.lit("REF" + el + "SY" + el)
		case "credential":
			pre, _ := b.credText(it.i)
			b.lit("MSG" + el + pre)
		}
		b.pv(it.i, enc(p.kind, p.raw))
		if p.kind == "credential" {
			_, post := b.credText(it.i)
			b.lit(post)
		}
		b.lit(term)
	}
	b.lit(seg("SE", fmt.Sprint(4+len(b.c.items)), "0001"))
	b.lit(seg("GE", "1", g.digits(4)))
	b.lit(seg("IEA", "1", g.digits(9)))
}

// ---- EDIFACT ----

func buildEDIFACT(b *builder, t string) {
	g := b.g
	up := g.r.IntN(2) == 0
	enc := func(kind, s string) string {
		if up && (kind == "name" || kind == "address") {
			s = strings.ToUpper(s)
		}
		return encEDIFACT(s)
	}
	nl := ""
	if g.r.IntN(2) == 0 {
		nl = "\n"
	}
	b.hdr("edifact-translator")
	b.field("edi.raw")
	b.lit("UNA:+.? 'UNB+UNOC:3+4012345000009:14+VIGILSHOP:ZZ+261207:1530+" + g.digits(8) + "'" + nl)
	b.lit("UNH+1+" + t + ":D:96A:UN:EAN008'" + nl + "BGM+220+PO" + g.digits(7) + "+9'" + nl)
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			switch l.typ {
			case "ean13":
				b.lit("LIN+1++")
				b.lv(it.i, encEDIFACT(l.raw))
				b.lit(":EN'")
			case "sku":
				b.lit("PIA+1+")
				b.lv(it.i, encEDIFACT(l.raw))
				b.lit(":SA'")
			case "sscc":
				b.lit("GIN+BJ+")
				b.lv(it.i, encEDIFACT(l.raw))
				b.lit("'")
			case "date":
				b.lit("DTM+137:")
				b.lv(it.i, encEDIFACT(l.raw))
				b.lit(":102'")
			case "gln":
				b.lit("NAD+SU+")
				b.lv(it.i, encEDIFACT(l.raw))
				b.lit("::9'")
			default:
				b.lit("RFF+" + g.pick([]string{"ON", "CR", "ZZZ", "AAK"}) + ":")
				b.lv(it.i, encEDIFACT(l.raw))
				b.lit("'")
			}
			b.lit(nl)
			continue
		}
		p := b.c.ps[it.i]
		switch p.kind {
		case "name":
			b.lit("NAD+" + g.pick([]string{"BY", "DP", "IV", "CN"}) + "+++")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit("'")
		case "address":
			b.lit("NAD+DP+++RECIPIENT+")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit("'")
		case "phone":
			b.lit("CTA+IC+:RECEIVING'" + nl + "COM+")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit(":" + g.pick([]string{"TE", "AL"}) + "'")
		case "email":
			b.lit("COM+")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit(":EM'")
		case "card":
			b.lit("FTX+PMT+++CARD ")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit("'")
		case "iban":
			b.lit("FII+" + g.pick([]string{"BF", "RB", "PB"}) + "+")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit("'")
		case "cn_id":
			b.lit("RFF+AHP:")
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit("'")
		case "credential":
			pre, post := b.credText(it.i)
			b.lit("FTX+AAI+++" + encEDIFACT(pre))
			b.pv(it.i, enc(p.kind, p.raw))
			b.lit(encEDIFACT(post) + "'")
		}
		b.lit(nl)
	}
	b.litf("UNT+%d+1'UNZ+1+%s'", 3+len(b.c.items), g.digits(8))
}

// ---- ZPL / EPL labels ----

func buildLabel(b *builder, t string) {
	g := b.g
	up := g.r.IntN(2) == 0
	b.hdr("label-print-proxy")
	b.field("printer.job")
	y := 30
	emit := func(text string, i int, isP bool, pre, post string) {
		var enc func(string) string
		if t == "zpl" {
			enc = encZPL
			b.litf("^FO40,%d^A0N,28,28^FH^FD%s", y, encZPL(pre))
		} else {
			enc = func(s string) string { return strings.ReplaceAll(s, `"`, `\"`) }
			b.litf(`A40,%d,0,3,1,1,N,"%s`, y, enc(pre))
		}
		if isP {
			b.pv(i, enc(text))
		} else {
			b.lv(i, enc(text))
		}
		if t == "zpl" {
			b.lit(encZPL(post) + "^FS\n")
		} else {
			b.lit(enc(post) + "\"\n")
		}
		y += 35
	}
	if t == "zpl" {
		b.lit("^XA\n^CI28\n")
	} else {
		b.lit("N\nq812\nQ1218,24\n")
	}
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			if (l.typ == "ups_1z" || l.typ == "sscc" || l.typ == "s10") && t == "zpl" {
				b.litf("^FO40,%d^BCN,100,Y,N,N^FD", y)
				b.lv(it.i, encZPL(l.raw))
				b.lit("^FS\n")
				y += 120
				continue
			}
			emit(l.raw, it.i, false, strings.ToUpper(strings.ReplaceAll(lookKeys[l.typ], "_", " "))+": ", "")
			continue
		}
		p := b.c.ps[it.i]
		v := p.raw
		if up && (p.kind == "name" || p.kind == "address") {
			v = strings.ToUpper(v)
		}
		switch p.kind {
		case "name":
			emit(v, it.i, true, g.pick([]string{"", "SHIP TO: ", "ATTN "}), "")
		case "address":
			emit(v, it.i, true, "", "")
		case "phone":
			emit(v, it.i, true, g.pick([]string{"TEL ", "PH: ", "Tel.: "}), "")
		case "email":
			emit(v, it.i, true, "", "")
		case "card":
			emit(v, it.i, true, "COD CARD ", "")
		case "iban":
			emit(v, it.i, true, "RETURN REFUND IBAN ", "")
		case "cn_id":
			emit(v, it.i, true, "ID ", "")
		case "credential":
			pre, post := b.credText(it.i)
			if p.form == "otp" {
				pre = "DELIVERY PIN "
			}
			emit(v, it.i, true, pre, post)
		}
	}
	if t == "zpl" {
		b.lit("^XZ")
	} else {
		b.lit("P1")
	}
}

// ---- customs XML ----

func buildCustomsXML(b *builder, t string) {
	g := b.g
	b.hdr("customs-broker-sync")
	b.field("customs.document")
	if t == "wco_dec" {
		b.lit(`<?xml version="1.0" encoding="UTF-8"?><Declaration xmlns="urn:wco:datamodel:WCO:DEC-DMS:2"><FunctionCode>9</FunctionCode>`)
	} else {
		b.lit(`<?xml version="1.0"?><CommercialInvoice><Header><Issuer>Vigil Shop GmbH</Issuer></Header>`)
	}
	tags := map[string][]string{
		"name":    {"<Importer><Name>|</Name></Importer>", "<Consignee><Name>|</Name></Consignee>", `<Party role="buyer"><PersonName>|</PersonName></Party>`},
		"address": {"<Consignee><Address><Line>|</Line></Address></Consignee>", "<DeliveryAddress>|</DeliveryAddress>"},
		"phone":   {`<Communication><ID schemeID="TE">|</ID></Communication>`, "<ContactPhone>|</ContactPhone>"},
		"email":   {`<Communication><ID schemeID="EM">|</ID></Communication>`, "<Email>|</Email>"},
		"card":    {"<PaymentMeans><CardNumber>|</CardNumber></PaymentMeans>", "<Payment><Card>|</Card></Payment>"},
		"iban":    {"<PayerAccount><IBAN>|</IBAN></PayerAccount>", "<RefundAccount>|</RefundAccount>"},
		"cn_id":   {`<Importer><ID schemeID="CN-RIC">|</ID></Importer>`, "<ConsigneeTaxID>|</ConsigneeTaxID>"},
	}
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			tag := strings.ReplaceAll(strings.Title(strings.ReplaceAll(lookKeys[l.typ], "_", " ")), " ", "") //nolint:staticcheck
			switch l.typ {
			case "hs_code":
				tag = "TariffClassification"
			case "weight_dim":
				tag = "GrossMassMeasure"
			case "incoterm":
				tag = "TradeTerms"
			}
			b.lit("<" + tag + ">")
			b.lv(it.i, encXML(l.raw))
			b.lit("</" + tag + ">")
			continue
		}
		p := b.c.ps[it.i]
		if p.kind == "credential" {
			k, pre, post := credKV(p.form, b.c.credLabel[it.i])
			k = strings.NewReplacer("-", "", "_", "").Replace(k)
			b.lit(`<Submitter><Auth type="` + k + `">` + encXML(pre))
			b.pv(it.i, encXML(p.raw))
			b.lit(encXML(post) + "</Auth></Submitter>")
			continue
		}
		tg := strings.SplitN(g.pick(tags[p.kind]), "|", 2)
		b.lit(tg[0])
		b.pv(it.i, encXML(p.raw))
		b.lit(tg[1])
	}
	if t == "wco_dec" {
		b.lit("</Declaration>")
	} else {
		b.lit("</CommercialInvoice>")
	}
}

// ---- text extracted from PDF ----

func buildPDF(b *builder, t string) {
	g := b.g
	b.hdr("invoice-pdf-extractor")
	b.field("document.text")
	b.lit("COMMERCIAL INVOICE                                  PAGE 1 OF 1\n")
	labels := map[string][]string{
		"name": {"CONSIGNEE: ", "SOLD TO: ", "BUYER "}, "address": {"SHIP TO:\n", "DELIVERY ADDRESS: "},
		"phone": {"TEL: ", "PHONE NO. "}, "email": {"E-MAIL: ", "EMAIL "}, "card": {"PAID BY CARD ", "CARD NO. "},
		"iban": {"IBAN: ", "BANK ACCOUNT (IBAN) "}, "cn_id": {"ID NO. ", "CONSIGNEE ID "},
	}
	var left []func()
	var right []func()
	for _, it := range b.c.items {
		it := it
		if !it.p {
			l := b.c.ls[it.i]
			right = append(right, func() {
				b.lit(strings.ToUpper(strings.ReplaceAll(lookKeys[l.typ], "_", " ")) + ": ")
				b.lv(it.i, l.raw)
			})
			continue
		}
		p := b.c.ps[it.i]
		left = append(left, func() {
			v := p.raw
			if p.kind == "name" || p.kind == "address" || p.kind == "email" {
				v = strings.ToUpper(v)
			}
			if p.kind == "credential" {
				pre, post := b.credText(it.i)
				b.lit(strings.ToUpper(pre))
				b.pv(it.i, v)
				b.lit(post)
				return
			}
			if t == "wrapped" && p.kind == "address" {
				v = strings.ReplaceAll(v, ", ", ",\n")
			}
			if t == "wrapped" && p.kind == "iban" && strings.Count(v, " ") > 3 {
				k := strings.Index(v[10:], " ") + 10
				v = v[:k] + "\n" + v[k+1:]
			}
			b.lit(g.pick(labels[p.kind]))
			b.pv(it.i, v)
		})
	}
	n := max(len(left), len(right))
	for k := 0; k < n; k++ {
		if k < len(left) {
			left[k]()
		}
		if k < len(right) {
			b.lit("    " + strings.Repeat(" ", g.r.IntN(12)))
			right[k]()
		}
		b.lit("\n")
	}
	b.lit("TOTAL DUE                                   THANK YOU FOR YOUR BUSINESS")
}

// ---- payment gateway form callbacks ----

func buildGatewayForm(b *builder, t string) {
	b.hdr("payment-callback")
	if t == "form_body" {
		b.field("http.request.body.content")
		b.lit("merchant_id=M" + b.g.digits(6) + "&status=captured")
	} else {
		b.field("url.original")
		b.lit("https://shop.example/payment/return?merchant_id=M" + b.g.digits(6))
	}
	b.kvItems("&", "=", "", liftK(encURL), encURL)
}

// ---- payment gateway JSON / XML callbacks ----

func buildGatewayJSON(b *builder, t string) {
	b.hdr("payment-webhook")
	switch t {
	case "json_body":
		b.field("http.request.body.content")
		b.lit(`{"event":"payment.captured","data":{"gateway":"adyen"`)
		b.kvItems(`,"`, `":"`, `"`, func(_, s string) string { return encJSON(s) }, encJSON)
		b.lit(`},"signature":"` + b.g.hex(64) + `"}`)
	case "json_nested":
		b.field("http.request.body.content")
		b.lit(`{"type":"wallet.callback","payload":"{\"wallet\":\"gcash\"`)
		b.kvItems(`,\"`, `\":\"`, `\"`, func(_, s string) string { return encJSON(encJSON(s)) }, func(s string) string { return encJSON(encJSON(s)) })
		b.lit(`}","sig":"` + b.g.hex(40) + `"}`)
	default:
		b.field("http.request.body.content")
		b.lit(`<?xml version="1.0"?><notification><merchantAccount>VigilShopEU</merchantAccount>`)
		for _, it := range b.c.items {
			if !it.p {
				l := b.c.ls[it.i]
				k := lookKeys[l.typ]
				b.lit("<" + k + ">")
				b.lv(it.i, encXML(l.raw))
				b.lit("</" + k + ">")
				continue
			}
			p := b.c.ps[it.i]
			var k, pre, post string
			if p.kind == "credential" {
				k, pre, post = credKV(p.form, b.c.credLabel[it.i])
			} else {
				k = b.key(p.kind)
			}
			b.lit("<" + k + ">" + encXML(pre))
			b.pv(it.i, encXML(p.raw))
			b.lit(encXML(post) + "</" + k + ">")
		}
		b.lit("</notification>")
	}
}
