package twentyeightheval

import (
	"strings"
)

// ---- SMS gateway delivery reports ----

func buildSMS(b *builder, t string) {
	g := b.g
	b.hdr("sms-gateway")
	// the first phone of the case is the recipient, the rest goes in the text
	b.field("sms.report")
	enc := identK
	encL := ident
	if t == "json_dlr" {
		enc = liftK(encJSON)
		encL = encJSON
		b.lit(`{"messageId":"` + g.hex(24) + `","status":"DELIVERED","errorCode":0,"text":"`)
	} else {
		b.lit("id:" + g.digits(10) + " sub:001 dlvrd:001 submit date:2612071530 done date:2612071531 stat:DELIVRD err:000 text:")
	}
	var phones []item
	var rest []item
	for _, it := range b.c.items {
		if it.p && b.c.ps[it.i].kind == "phone" && len(phones) == 0 {
			phones = append(phones, it)
		} else {
			rest = append(rest, it)
		}
	}
	saved := b.c.items
	b.c.items = rest
	b.textItems(g.pick([]string{" ", ". ", " | "}), enc, encL)
	b.c.items = saved
	for _, it := range phones {
		p := b.c.ps[it.i]
		v := p.raw
		if t == "json_dlr" {
			b.lit(`","to":"`)
			b.pv(it.i, encJSON(v))
			b.lit(`","from":"VIGILSHOP"}`)
		} else {
			b.lit(" destination_addr:")
			b.pv(it.i, v)
			b.lit(" source_addr:VIGILSHOP")
		}
	}
	if len(phones) == 0 {
		if t == "json_dlr" {
			b.lit(`","from":"VIGILSHOP"}`)
		}
	}
}

// ---- MIME mail as logged by the mail service ----

func buildMIME(b *builder, t string) {
	g := b.g
	b.hdr("mail-ingest")
	b.field("email.raw")
	bnd := "----=_Part_" + g.digits(6) + "_" + g.digits(9)
	b.lit("Return-Path: <bounces@mail.partner.example>\r\nFrom: Partner Support <support@partner.example>\r\n")
	var body []item
	for _, it := range b.c.items {
		if it.p {
			p := b.c.ps[it.i]
			if p.kind == "name" && g.r.IntN(2) == 0 {
				b.lit("To: ")
				if isASCII(p.raw) && g.r.IntN(2) == 0 {
					b.lit(`"`)
					b.pv(it.i, p.raw)
					b.lit(`"`)
				} else if g.r.IntN(2) == 0 {
					b.pv(it.i, encWordB(p.raw))
				} else {
					b.pv(it.i, encWordQ(p.raw))
				}
				b.lit(" <orders@vigilshop.example>\r\n")
				continue
			}
			if p.kind == "email" && g.r.IntN(2) == 0 {
				b.lit(g.pick([]string{"Reply-To: ", "Cc: "}) + "<")
				b.pv(it.i, p.raw)
				b.lit(">\r\n")
				continue
			}
		} else {
			l := b.c.ls[it.i]
			if l.typ == "message_id" {
				b.lit("Message-ID: ")
				b.lv(it.i, l.raw)
				b.lit("\r\n")
				continue
			}
		}
		body = append(body, it)
	}
	b.lit("Subject: =?UTF-8?B?UmU6IFlvdXIgb3JkZXI=?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=\"" + bnd + "\"\r\n\r\n--" + bnd + "\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
	saved := b.c.items
	b.c.items = body
	quote := ""
	if t == "reply_chain" {
		b.lit("Thanks, we will check.\r\n\r\nOn Mon, 7 Dec 2026 at 15:30, Customer wrote:\r\n")
		quote = "> "
	}
	b.textItems("\r\n"+quote, liftK(encQP), encQP)
	b.c.items = saved
	b.lit("\r\n\r\n-- \r\nPartner Support Team\r\n--" + bnd + "--")
}

// ---- customer-service chat ----

func buildChat(b *builder, t string) {
	g := b.g
	b.hdr("cs-chat-export")
	b.field("chat.transcript")
	enc, encL := identK, ident
	switch t {
	case "html":
		enc, encL = liftK(encHTML), encHTML
		b.lit(`<div class="conv"><p class="agent">Hi, how can I help?</p>`)
	case "markdown":
		b.lit("**Agent (Mia):** Hi, how can I help?\n")
	default:
		b.lit("[15:30:02] agent: Hi, how can I help?\n")
	}
	for _, it := range b.c.items {
		switch t {
		case "html":
			b.lit(`<p class="customer">`)
		case "markdown":
			b.lit(g.pick([]string{"**Customer:** ", "> ", "- "}))
		default:
			b.litf("[15:31:%02d] customer: ", g.r.IntN(60))
		}
		if !it.p {
			l := b.c.ls[it.i]
			b.lit(encL(g.pick([]string{"it's about ", "ref ", "my "}) + strings.ReplaceAll(lookKeys[l.typ], "_", " ") + " "))
			b.lv(it.i, encL(l.raw))
		} else {
			p := b.c.ps[it.i]
			if p.kind == "credential" {
				pre, post := b.credText(it.i)
				b.lit(encL(pre))
				b.pv(it.i, enc(p.kind, p.raw))
				b.lit(encL(post))
			} else {
				chatPh := map[string][]string{
					"name": {"my name is ", "it's ", "order is under "}, "address": {"please send it to ", "my address is ", "new address: "},
					"phone": {"you can call me on ", "my number is ", "whatsapp "}, "email": {"my email is ", "send it to "},
					"card": {"i paid with ", "card used: "}, "iban": {"refund to my IBAN ", "my iban is "}, "cn_id": {"my id card number is ", "身份证号码 "},
				}
				b.lit(encL(g.pick(chatPh[p.kind])))
				if t == "markdown" && g.r.IntN(3) == 0 {
					b.lit("`")
					b.pv(it.i, p.raw)
					b.lit("`")
				} else {
					b.pv(it.i, enc(p.kind, p.raw))
				}
			}
		}
		switch t {
		case "html":
			b.lit("</p>")
		default:
			b.lit("\n")
		}
	}
	if t == "html" {
		b.lit("</div>")
	}
}

// ---- tickets (Zendesk / Jira-like JSON) ----

func buildTicket(b *builder, t string) {
	g := b.g
	b.hdr("helpdesk-sync")
	b.field("ticket.payload")
	if t == "zendesk" {
		b.lit(`{"ticket":{"id":1` + g.digits(6) + `,"status":"open","subject":"Where is my parcel?","comment":{"html_body":"<p>`)
	} else {
		b.lit(`{"key":"CS-` + g.digits(4) + `","fields":{"summary":"Return request","description":"h3. Details\n`)
	}
	enc := func(_, s string) string {
		if t == "zendesk" {
			return encJSON(encHTML(s))
		}
		return encJSON(s)
	}
	encL := func(s string) string {
		if t == "zendesk" {
			return encJSON(encHTML(s))
		}
		return encJSON(s)
	}
	sep := `</p><p>`
	if t == "jira" {
		sep = `\n* `
	}
	b.textItems(sep, enc, encL)
	if t == "zendesk" {
		b.lit(`</p>"},"via":{"channel":"email"}}}`)
	} else {
		b.lit(`"}}`)
	}
}

// ---- voice-call transcripts (ASR) ----

func buildASR(b *builder, t string) {
	g := b.g
	b.hdr("voice-transcriber")
	b.field("call.transcript")
	if t == "call" {
		b.lit("agent thank you for calling vigil shop how can i help customer ")
	} else {
		b.lit("voicemail hi this is about my order ")
	}
	for n, it := range b.c.items {
		if n > 0 {
			b.lit(g.pick([]string{" um ", " and ", " uh yes ", " okay "}))
		}
		if !it.p {
			l := b.c.ls[it.i]
			b.lit(strings.ReplaceAll(lookKeys[l.typ], "_", " ") + " ")
			b.lv(it.i, l.raw)
			continue
		}
		p := b.c.ps[it.i]
		var v, pre string
		switch p.kind {
		case "name":
			pre, v = g.pick([]string{"my name is ", "this is ", "its under "}), asrText(p.raw)
		case "address":
			pre, v = g.pick([]string{"the address is ", "deliver it to ", "i live at "}), asrText(p.raw)
		case "phone":
			pre, v = g.pick([]string{"my number is ", "call me back on ", "phone "}), g.spokenDigits(p.raw, 6)
		case "email":
			pre, v = g.pick([]string{"my email is ", "email "}), spokenEmail(p.raw)
		case "card":
			pre, v = g.pick([]string{"the card number is ", "card "}), g.spokenDigits(p.raw, 3)
		case "iban":
			pre = g.pick([]string{"my iban is ", "refund to "})
			c := strings.ReplaceAll(p.raw, " ", "")
			v = strings.ToLower(c[:2]) + " " + g.spokenDigits(c[2:4], 5) + " " + strings.ToLower(c[4:])
		case "cn_id":
			pre = g.pick([]string{"my id number is ", "id card "})
			v = g.spokenDigits(p.raw[:17], 4) + " " + strings.ToLower(p.raw[17:])
		case "credential":
			pre, _ = b.credText(it.i)
			pre = asrText(pre) + " "
			v = p.raw
			if p.form == "otp" {
				v = g.spokenDigits(p.raw, 7)
			}
		}
		b.lit(pre)
		b.pv(it.i, v)
	}
}

// ---- OCR of labels and ID documents ----

func buildOCR(b *builder, t string) {
	g := b.g
	b.hdr("ocr-intake")
	b.field("ocr.text")
	if t == "label_ocr" {
		b.lit("PRIORITY\nSHIP TO\n")
	} else {
		b.lit("RESIDENT IDENTITY CARD / 居民身份证\n")
	}
	lab := map[string][]string{
		"name": {"", "NAME ", "姓名 "}, "address": {"", "ADDRESS ", "住址 "}, "phone": {"TEL ", "PH ", ""},
		"email": {"", "EMAIL "}, "card": {"CARD NO ", ""}, "iban": {"IBAN ", ""}, "cn_id": {"公民身份号码 ", "ID NO ", ""},
	}
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			b.lit(strings.ToUpper(strings.ReplaceAll(lookKeys[l.typ], "_", " ")) + " ")
			b.lv(it.i, l.raw)
			b.lit("\n")
			continue
		}
		p := b.c.ps[it.i]
		if p.kind == "credential" {
			pre, post := b.credText(it.i)
			b.lit(strings.ToUpper(pre))
			b.pv(it.i, p.raw)
			b.lit(post + "\n")
			continue
		}
		v := g.ocrText(p.kind, p.raw)
		if p.kind == "address" && g.r.IntN(2) == 0 {
			v = strings.ReplaceAll(v, ", ", "\n")
		}
		b.lit(g.pick(lab[p.kind]))
		b.pv(it.i, v)
		b.lit("\n")
	}
}

// ---- SOAP marketplace notifications ----

func buildSOAP(b *builder, t string) {
	g := b.g
	b.hdr("marketplace-soap")
	b.field("soap.envelope")
	b.lit(`<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:ns2="urn:marketplace:orders:v2" xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"><soapenv:Header>`)
	var credIt []item
	var rest []item
	for _, it := range b.c.items {
		if it.p && b.c.ps[it.i].kind == "credential" && len(credIt) == 0 && b.c.ps[it.i].form == "password" {
			credIt = append(credIt, it)
		} else {
			rest = append(rest, it)
		}
	}
	for _, it := range credIt {
		b.lit(`<wsse:Security><wsse:UsernameToken><wsse:Username>partner_` + g.digits(4) + `</wsse:Username><wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">`)
		b.pv(it.i, encXML(b.c.ps[it.i].raw))
		b.lit(`</wsse:Password></wsse:UsernameToken></wsse:Security>`)
	}
	b.lit(`</soapenv:Header><soapenv:Body><ns2:OrderNotification>`)
	cdata := t == "soap_cdata"
	tagOf := map[string]string{"name": "BuyerName", "address": "ShippingAddress", "phone": "Phone", "email": "BuyerEmail", "card": "CardNumber", "iban": "RefundIBAN", "cn_id": "IdentityNumber"}
	for _, it := range rest {
		if !it.p {
			l := b.c.ls[it.i]
			tag := "ns2:" + strings.ReplaceAll(strings.Title(strings.ReplaceAll(lookKeys[l.typ], "_", " ")), " ", "") //nolint:staticcheck
			b.lit("<" + tag + ">")
			b.lv(it.i, encXML(l.raw))
			b.lit("</" + tag + ">")
			continue
		}
		p := b.c.ps[it.i]
		tag, pre, post := "", "", ""
		if p.kind == "credential" {
			var k string
			k, pre, post = credKV(p.form, b.c.credLabel[it.i])
			tag = "ns2:" + strings.NewReplacer("-", "", "_", "").Replace(k)
		} else {
			tag = "ns2:" + tagOf[p.kind]
		}
		if cdata && !strings.Contains(p.raw, "]]>") {
			b.lit("<" + tag + "><![CDATA[" + pre)
			b.pv(it.i, p.raw)
			b.lit(post + "]]></" + tag + ">")
		} else {
			b.lit("<" + tag + ">" + encXML(pre))
			b.pv(it.i, encXML(p.raw))
			b.lit(encXML(post) + "</" + tag + ">")
		}
	}
	b.lit(`</ns2:OrderNotification></soapenv:Body></soapenv:Envelope>`)
}

// ---- vCard and iCalendar ----

func buildVCard(b *builder, t string) {
	g := b.g
	b.hdr("contact-sync")
	b.field("attachment.content")
	if t == "vcard" {
		b.lit("BEGIN:VCARD\r\nVERSION:3.0\r\n")
	} else {
		b.lit("BEGIN:VCALENDAR\r\nPRODID:-//Partner Carrier//Delivery Slots//EN\r\nBEGIN:VEVENT\r\nDTSTART:20261208T090000Z\r\n")
	}
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			if t == "vcard" {
				b.lit("X-" + strings.ToUpper(strings.ReplaceAll(lookKeys[l.typ], "_", "-")) + ":")
			} else {
				b.lit("X-" + strings.ToUpper(strings.ReplaceAll(lookKeys[l.typ], "_", "-")) + ":")
			}
			b.lv(it.i, encVCard(l.raw))
			b.lit("\r\n")
			continue
		}
		p := b.c.ps[it.i]
		v := encVCard(p.raw)
		switch p.kind {
		case "name":
			if t == "vcard" {
				b.lit("FN:")
			} else {
				b.lit("ATTENDEE;ROLE=REQ-PARTICIPANT;CN=")
				v = `"` + p.raw + `"`
				b.pv(it.i, v)
				b.lit(":mailto:noreply@carrier.example\r\n")
				continue
			}
		case "address":
			if t == "vcard" {
				b.lit("ADR;TYPE=HOME:;;")
				b.pv(it.i, v)
				b.lit(";;;;\r\n")
				continue
			}
			b.lit("LOCATION:")
		case "phone":
			if t == "vcard" {
				b.lit("TEL;TYPE=CELL:")
			} else {
				b.lit("DESCRIPTION:Courier will call ")
			}
		case "email":
			if t == "vcard" {
				b.lit("EMAIL;TYPE=INTERNET:")
			} else {
				b.lit("ORGANIZER;CN=Buyer:mailto:")
			}
		case "card":
			b.lit("NOTE:COD card ")
		case "iban":
			b.lit(g.pick([]string{"NOTE:refund IBAN ", "X-IBAN:"}))
		case "cn_id":
			b.lit(g.pick([]string{"NOTE:身份证 ", "X-NATIONAL-ID:"}))
		case "credential":
			pre, post := b.credText(it.i)
			b.lit("NOTE:" + encVCard(pre))
			b.pv(it.i, v)
			b.lit(encVCard(post) + "\r\n")
			continue
		}
		b.pv(it.i, v)
		b.lit("\r\n")
	}
	if t == "vcard" {
		b.lit("END:VCARD")
	} else {
		b.lit("END:VEVENT\r\nEND:VCALENDAR")
	}
}

// ---- spreadsheet exports ----

func buildCSV(b *builder, t string) {
	b.hdr("report-export")
	b.field("export.chunk")
	sep := ","
	if t == "csv_semicolon" {
		sep = ";"
	}
	var hdr []string
	for _, it := range b.c.items {
		if it.p {
			p := b.c.ps[it.i]
			if p.kind == "credential" {
				k, _, _ := credKV(p.form, b.c.credLabel[it.i])
				hdr = append(hdr, k)
			} else {
				hdr = append(hdr, b.key(p.kind))
			}
		} else {
			hdr = append(hdr, lookKeys[b.c.ls[it.i].typ])
		}
	}
	b.lit(strings.Join(hdr, sep) + "\r\n")
	for n, it := range b.c.items {
		if n > 0 {
			b.lit(sep)
		}
		if !it.p {
			l := b.c.ls[it.i]
			if strings.ContainsAny(l.raw, sep+`"`) || b.g.r.IntN(2) == 0 {
				b.lit(`"`)
				b.lv(it.i, encCSV(l.raw))
				b.lit(`"`)
			} else {
				b.lv(it.i, l.raw)
			}
			continue
		}
		p := b.c.ps[it.i]
		v := p.raw
		pre, post := "", ""
		if p.kind == "credential" {
			_, pre, post = credKV(p.form, b.c.credLabel[it.i])
		}
		if t == "csv_multiline" && p.kind == "address" {
			v = strings.ReplaceAll(v, ", ", "\n")
		}
		b.lit(`"` + encCSV(pre))
		b.pv(it.i, encCSV(v))
		b.lit(encCSV(post) + `"`)
	}
}

func buildFixed(b *builder, t string) {
	b.hdr("legacy-batch")
	b.field("record")
	b.lit("H01VIGILSHOP  20261207\n")
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			b.lv(it.i, l.raw)
			b.lit(strings.Repeat(" ", 1+b.g.r.IntN(4)))
			continue
		}
		p := b.c.ps[it.i]
		v := p.raw
		if p.kind == "name" || p.kind == "address" {
			v = strings.ToUpper(v)
		}
		if p.kind == "credential" {
			_, pre, post := credKV(p.form, b.c.credLabel[it.i])
			b.lit(pre)
			b.pv(it.i, v)
			b.lit(post + " ")
			continue
		}
		b.pv(it.i, v)
		b.lit(padRight("", 1+b.g.r.IntN(6)))
	}
	b.lit("\nT01000001")
}

// ---- plain messages ----

func buildMessage(b *builder, t string) {
	g := b.g
	b.hdr("partner-integration")
	switch t {
	case "free_text":
		b.field("message")
		b.lit(g.pick([]string{"partner order synced: ", "return processed, ", "customs hold released; ", "refund issued "}))
		b.textItems(g.pick([]string{", ", "; ", " "}), identK, ident)
	case "logfmt":
		b.field("message")
		b.lit("msg=\"partner callback\"")
		for _, it := range b.c.items {
			if !it.p {
				l := b.c.ls[it.i]
				b.lit(" " + lookKeys[l.typ] + "=")
				q := strings.ContainsAny(l.raw, " \"")
				if q {
					b.lit(`"`)
					b.lv(it.i, strings.ReplaceAll(l.raw, `"`, `\"`))
					b.lit(`"`)
				} else {
					b.lv(it.i, l.raw)
				}
				continue
			}
			p := b.c.ps[it.i]
			var k, pre, post string
			if p.kind == "credential" {
				k, pre, post = credKV(p.form, b.c.credLabel[it.i])
			} else {
				k = b.key(p.kind)
			}
			b.lit(" " + k + "=")
			if strings.ContainsAny(p.raw+pre+post, " \"") || g.r.IntN(3) == 0 {
				b.lit(`"` + pre)
				b.pv(it.i, strings.ReplaceAll(p.raw, `"`, `\"`))
				b.lit(post + `"`)
			} else {
				b.lit(pre)
				b.pv(it.i, p.raw)
				b.lit(post)
			}
		}
	default:
		b.field("message")
		b.litf("webhook delivery failed (attempt %d/5), will retry; payload=", 1+g.r.IntN(5))
		b.lit(`{"topic":"orders/updated"`)
		b.kvItems(`,"`, `":"`, `"`, liftK(encJSON), encJSON)
		b.lit("}")
	}
}

// ---- structured event fields ----

func buildField(b *builder, t string) {
	g := b.g
	b.hdr("order-sync")
	paths := map[string][]string{
		"name":    {"buyer.name", "shipping.recipient", "customer.full_name", "partner.contact.name"},
		"address": {"shipping.address.line1", "buyer.address", "delivery.street", "customs.consignee.address"},
		"phone":   {"buyer.phone", "shipping.phone", "customer.mobile", "sms.to"},
		"email":   {"buyer.email", "customer.contact_email", "notification.to"},
		"card":    {"payment.card.number", "payment.pan", "gateway.card_number"},
		"iban":    {"refund.iban", "payout.iban", "payment.account"},
		"cn_id":   {"buyer.id_number", "customs.importer.id", "kyc.document_number"},
	}
	for _, it := range b.c.items {
		if !it.p {
			l := b.c.ls[it.i]
			b.field(g.pick([]string{"order.", "partner.", "shipment.", "labels."}) + lookKeys[l.typ])
			b.lv(it.i, l.raw)
			continue
		}
		p := b.c.ps[it.i]
		if p.kind == "credential" {
			k, pre, post := credKV(p.form, b.c.credLabel[it.i])
			b.field(g.pick([]string{"partner.", "http.request.headers.", "config."}) + strings.ToLower(k))
			b.lit(pre)
			b.pv(it.i, p.raw)
			b.lit(post)
			continue
		}
		b.field(g.pick(paths[p.kind]))
		b.pv(it.i, p.raw)
	}
}
