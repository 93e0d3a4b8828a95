package twentyfirsteval

import (
	"fmt"
	"strings"
)

var tmplsExports = []tmpl{
	{"exports", "cron_mail", "mime", true, func(b *B) string {
		var rows []string
		for i := 0; i < 1+b.intn(2); i++ {
			p := b.person(b.loc)
			rows = append(rows, fmt.Sprintf("%s;%s;%s;%s", b.lk("customer_ref", "C"+b.digits(6)), b.nameVal(p, ""), b.emailOf(p), b.phone()))
		}
		return fmt.Sprintf("From: root@erp01.shop-ops.internal (Cron Daemon)\nTo: ops@shop-ops.net\nSubject: Cron <erp@erp01> /opt/erp/bin/export_dunning.sh\nDate: %s\nX-Cron-Env: <SHELL=/bin/sh>\n\nexported %d customers with overdue invoices:\n%s\ndone in %ss",
			b.rfc5322(), len(rows), strings.Join(rows, "\n"), b.num2())
	}},
	{"exports", "customer_csv", "csv", true, func(b *B) string {
		var rows = []string{"customer_id,first_name,last_name,email,phone,street,postcode,city,country,created_at"}
		for i := 0; i < 1+b.intn(3); i++ {
			p := b.person(b.loc)
			a := b.address(b.loc)
			rows = append(rows, fmt.Sprintf("%s,%s,%s,%s,%s,\"%s\",%s,%s,%s,%s", b.lk("customer_id", b.nzdigits(7)), b.namePart(p, p.given), b.namePart(p, p.family), b.emailOf(p), b.phone(), b.addrVal(a, "street"), a.postcode, a.city, b.country(), b.isoTime()))
		}
		return strings.Join(rows, "\n")
	}},
	{"exports", "orders_tsv", "tsv", true, func(b *B) string {
		p := b.person(b.loc)
		return strings.Join([]string{b.orderID(), b.dateAny(), b.nameVal(p, ""), b.emailOf(p), b.phone(), b.addr(), b.sku(), b.lk("amount", b.num2()), b.currency(), b.tracking()}, "\t")
	}},
	{"exports", "as400_fixed", "fixed_width", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf("%s%s%s%s%s%s%s%s",
			b.lk("customer_no", fmt.Sprintf("%010d", b.between(1, 99999999))), pad(b.nameVal(p, "upper"), 30), pad(b.addrVal(a, "street"), 35), pad(a.city, 20), pad(a.postcode, 10), pad(b.phoneStyle(b.pickP("national_compact|e164|national_spaced")), 18), pad(b.email(), 40), b.lk("date_yyyymmdd", "2026"+fmt.Sprintf("%02d%02d", 1+b.intn(12), 1+b.intn(28))))
	}},
	{"exports", "xlsx_cells", "text", true, func(b *B) string {
		p := b.person(b.loc)
		r := 2 + b.intn(500)
		return fmt.Sprintf("sheet 'Returns' row %d: A%d=%s B%d='%s' C%d='%s' D%d='%s' E%d=%s F%d='%s'",
			r, r, b.orderID(), r, b.nameVal(p, ""), r, b.phone(), r, b.iban(), r, b.lk("amount", b.num2()), r, b.addr())
	}},
	{"exports", "payroll_semicolon", "csv_semicolon", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("%s;%s;%s;%s;%s;%s", b.lk("employee_number", "E"+b.digits(5)), b.nameVal(p, "comma"), b.iban(), b.bic(), strings.ReplaceAll(b.num2(), ".", ","), b.storeName())
	}},
	{"exports", "ini_export", "ini", true, func(b *B) string {
		return fmt.Sprintf("[export]\ntarget = sftp://%s@files.partner.net/in\npassword = %s\nschedule = 0 3 * * *\nnotify = %s\nlast_run = %s\nrows = %d",
			b.svcAccount(), b.cred("sftp_password", b.password()), b.email(), b.isoTime(), b.intn(90000))
	}},
}

var tmplsMiddleware = []tmpl{
	{"middleware", "rabbitmq_dump", "text", true, func(b *B) string {
		p := b.person(b.loc)
		body := obj("event", "order.created", "order_id", b.orderID(), "customer", raw(obj("name", b.nameVal(p, ""), "email", b.emailOf(p), "phone", b.phone())), "shipping_address", b.addr(), "total", raw(b.lk("amount", b.num2())))
		return fmt.Sprintf("Exchange: orders.topic\nRouting key: order.created.%s\nProperties: message_id=%s, correlation_id=%s, delivery_mode=2, headers={x-death-count: %d, x-first-death-queue: erp.orders}\nPayload (%d bytes): %s",
			strings.ToLower(b.pickS("ro hu cz gr ua tr")), b.uuid(), b.traceID(), b.intn(5), 200+b.intn(800), body)
	}},
	{"middleware", "sqs_dead_letter", "json_twice", false, func(b *B) string {
		p := b.person(b.loc)
		inner := obj("type", "refund.requested", "buyer", raw(obj("name", b.nameVal(p, ""), "iban", b.iban(), "email", b.emailOf(p))), "amount", raw(b.lk("amount", b.num2())))
		return b.nd("service.name", "dlq-inspector", "sqs.MessageId", b.uuid(), "sqs.ReceiptHandle", b.lk("receipt_handle", "AQEB"+b.alnum(40)), "sqs.ApproximateReceiveCount", "5", "sqs.Body", jstr(inner), "error.message", b.errCode())
	}},
	{"middleware", "nats_msg", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("[%d] %s [TRC] %s - cid:%d - <<- [MSG pos.sales.%s %d %d]\n<<- [%s]",
			b.intn(9999), b.isoTime(), b.ip()+":"+b.port(), b.intn(999), b.lk("store_code", "ST"+b.digits(3)), b.intn(99), 100+b.intn(900),
			obj("receipt", b.receiptNo(), "card_pan", b.card(), "holder", b.nameVal(p, "upper"), "loyalty_phone", b.phone()))
	}},
	{"middleware", "avro_java", "java_tostring", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("Consumed record schemaId=%d offset=%d: CustomerUpdated{customerId=%s, firstName='%s', lastName='%s', email='%s', phone='%s', address=Address{street='%s', city='%s'}, iban='%s', updatedAt=%s}",
			b.between(1, 900), b.intn(9000000), b.uuid(), b.namePart(p, p.given), b.nameVal(p, ""), b.emailOf(p), b.phone(), b.addr(), b.city(), b.iban(), b.epochMsLuhn())
	}},
	{"middleware", "amqp_uri", "logfmt", true, func(b *B) string {
		return fmt.Sprintf("ts=%s level=error component=consumer msg=\"connection lost\" uri=amqps://%s:%s@mq.shop-ops.internal:5671/erp retry_in=%ds queue=%s",
			b.isoTime(), b.svcAccount(), b.cred("amqp_password", b.password()), 1+b.intn(60), b.pickS("erp.orders edi.inbound pos.sales"))
	}},
	{"middleware", "activemq_jms", "http_headers", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("JMSMessageID: ID:%s-%d-%d\nJMSDestination: queue://fiscal.receipts\nJMSTimestamp: %s\nx-tenant: %s\nx-customer-name: %s\nx-customer-email: %s\nx-api-key: %s\nbody: %s",
			b.lk("jms_id", "broker-"+b.digits(5)+"-"+b.epochSec()), 1+b.intn(9), b.intn(9000), b.epochMsLuhn(), b.company(), b.nameVal(p, ""), b.emailOf(p), b.cred("api_key", b.alnum(32)), obj("receipt", b.receiptNo(), "total", b.amount()))
	}},
}

var tmplsDisputes = []tmpl{
	{"disputes", "evidence_text", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("Compelling evidence for dispute %s (reason %s): the cardholder %s (%s) placed order %s from IP %s with device fingerprint %s; AVS result %s, CVV result %s. Parcel %s was delivered on %s to %s and signed by %s. The customer called us from %s on %s.",
			b.lk("dispute_id", "dp_"+b.alnum(24)), b.lk("reason_code", b.pickS("10.4 13.1 4853 4837")), b.nameVal(p, ""), b.emailOf(p), b.orderID(), b.ip(), b.lk("device_fingerprint", "fp_"+b.hex(24)), b.pickS("Y Z A N"), b.pickS("M N P"),
			b.tracking(), b.dateAny(), b.addr(), b.nameVal(p, "initial"), b.phone(), b.dateAny())
	}},
	{"disputes", "chargeback_json", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		return b.nd("service.name", "disputes", "dispute.id", b.lk("dispute_id", "du_"+b.alnum(20)), "dispute.reason_code", b.lk("reason_code", b.pickS("10.4 13.1 4853")), "dispute.amount", b.amount(), "cardholder_name", b.nameVal(p, "upper"),
			"card_number", b.card(), "card.last4_masked", b.maskedPAN(), "billing_address", b.addr(), "shipping.tracking", b.tracking(), "avs_result", "Y", "cvv_result", "M", "customer_email", b.emailOf(p), "evidence_due_by", b.isoTime())
	}},
	{"disputes", "evidence_yaml", "yaml", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("dispute: %s\nnetwork: %s\ncustomer_name: %s\ncustomer_phone: %s\nshipping_address: %s\nproof_of_delivery:\n  carrier: %s\n  tracking: %s\n  photo_ref: %s\nrefund_iban: %s\nnotes: |\n  %s",
			b.lk("dispute_id", "CB-"+b.digits(8)), b.pickS("visa mastercard amex"), b.nameVal(p, ""), b.phone(), b.addr(), b.company(), b.tracking(), b.uuid(), b.iban(), b.free(b.loc.late))
	}},
	{"disputes", "device_kv", "kv", true, func(b *B) string {
		return fmt.Sprintf("risk.device id=%s os=%s browser_ua=\"%s\" ip=%s geo=%s email=%s phone=%s card_bin=%s score=%s decision=%s",
			b.lk("device_id", b.hex(40)), b.pickS("iOS Android Windows"), b.ua(), b.ip(), b.latlong(), b.email(), b.phone(), b.lk("card_bin", b.pickS("411111 540000 376000 220000 979200")), b.percent(), b.pickS("review accept"))
	}},
}

var tmplsDocuments = []tmpl{
	{"documents", "pdf_invoice", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("INVOICE %s\nDate: %s\nSeller: %s  VAT %s\nBill to:\n%s\n%s\nPhone: %s\nE-mail: %s\n\nItem            Qty   Price\n%s  1   %s\nTotal due: %s\nPay to IBAN %s (BIC %s), reference %s",
			b.invoiceNo(), b.dateAny(), b.company(), b.vatID(), b.nameVal(p, ""), b.addr(), b.phone(), b.emailOf(p), b.product(), b.amount(), b.amount(), b.iban(), b.bic(), b.lk("payment_reference", "RF"+b.digits(2)+b.upalnum(10)))
	}},
	{"documents", "ocr_id_cn", "text", true, func(b *B) string {
		b.loc = localeByCode["zh_CN"]
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf("OCR result (confidence %s):\n姓名 %s\n性别 %s 民族 汉\n出生 %s\n住址 %s\n公民身份号码 %s\n签发机关 %s公安局",
			b.percent(), b.nameVal(p, ""), b.pickS("男 女"), b.lk("date_cn", fmt.Sprintf("%d年%d月%d日", 1960+b.intn(40), 1+b.intn(12), 1+b.intn(28))), b.addrVal(a, ""), b.cnid(), a.city)
	}},
	{"documents", "realname_check", "ndjson", false, func(b *B) string {
		b.loc = localeByCode[b.pickP("zh_CN|zh_HK")]
		p := b.person(b.loc)
		return b.nd("service.name", "kyc-realname", "request.id", b.uuid(), "realname.name", b.nameVal(p, ""), "realname.id_number", b.cnid(), "realname.mobile", b.phoneStyle("national_compact"), "result", b.pickS("一致 不一致"), "merchant.uscc", b.uscc(), "cost_ms", raw(fmt.Sprint(b.intn(900))))
	}},
	{"documents", "ocr_invoice", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("[ocr page 1/%d] Rechnung / Invoice No %s .... Kunde: %s | Anschrift: %s | Tel.: %s | Kartenzahlung %s | Summe %s | USt-IdNr %s",
			1+b.intn(3), b.invoiceNo(), b.nameVal(p, ""), b.addr(), b.phone(), b.maskedPAN(), b.amount(), b.vatID())
	}},
	{"documents", "zpl_label", "text", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf("^XA\n^FO50,40^A0N,28,28^FDSHIP TO: %s^FS\n^FO50,80^A0N,28,28^FD %s^FS\n^FO50,120^A0N,28,28^FD%s %s^FS\n^FO50,160^A0N,24,24^FDTel %s^FS\n^FO50,220^BCN,100,Y,N,N^FD%s^FS\n^FO50,360^A0N,20,20^FDFrom: %s, %s^FS\n^XZ",
			b.nameVal(p, ""), b.addrVal(a, "street"), a.postcode, a.city, b.phone(), b.tracking(), b.company(), b.warehouse())
	}},
	{"documents", "fax_to_mail", "mime", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("From: \"Fax Gateway\" <fax@shop-ops.net>\nSubject: Fax from %s (%d pages)\nX-Fax-CSID: %s\nX-Fax-Job: %s\n\nOCR:\n%s\n%s %s\n%s\nIBAN: %s",
			b.phone(), 1+b.intn(5), b.phone(), b.lk("fax_job", "J"+b.digits(8)), b.company(), b.pickP("Order form signed by|Return form from"), b.nameVal(p, ""), b.addr(), b.iban())
	}},
}

// clean lines hold look-alikes only.
var tmplsClean = []tmpl{
	{"mail", "clean_postfix", "syslog", true, func(b *B) string {
		return fmt.Sprintf("%s mx1 postfix/smtpd[%s]: %s: client=%s[%s], sasl_method=PLAIN, sasl_username=%s, orig_queue_id=%s, %s, %s",
			b.syslogTime(), b.pid(), b.queueID(), b.lk("hostname", "relay.partner.net"), b.ip(), b.svcAccount(), b.queueID(), b.smtpStatus(), b.spf())
	}},
	{"telephony", "clean_sip_bye", "sip", true, func(b *B) string {
		return fmt.Sprintf("BYE sip:%s SIP/2.0\nVia: SIP/2.0/UDP %s;branch=%s\nCall-ID: %s\nCSeq: %s\nReason: Q.850;cause=16\n\n%s", b.lk("sip_contact", "ivr@"+b.ip()), b.ip(), b.branch(), b.callID(), b.cseq(), b.sipResp())
	}},
	{"edi", "clean_997", "x12", true, func(b *B) string {
		return fmt.Sprintf("ST*997*%s~AK1*PO*%s~AK2*850*%s~AK5*A~AK9*A*1*1*1~SE*6*%s~GE*1*%s~N1*SF*%s*9*%s~", b.stCtl(), b.gsCtl(), b.stCtl(), "0001", b.gsCtl(), b.trap("shipfrom", b.companyTrap()), b.gln())
	}},
	{"banking", "clean_camt_header", "xml", true, func(b *B) string {
		return fmt.Sprintf(`<GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm></GrpHdr><Stmt><Id>%s</Id><Acct><Id><Othr><Id>%s</Id></Othr></Id><Svcr><FinInstnId><BICFI>%s</BICFI></FinInstnId></Svcr></Acct><Bal><Amt Ccy="%s">%s</Amt></Bal><Cdtr><Nm>%s</Nm></Cdtr><CdtrSchmeId>%s</CdtrSchmeId><RtgNb>%s</RtgNb><SortCode>%s</SortCode></Stmt>`,
			b.mtRef(), b.isoTime(), b.uetr(), b.acct(), b.bic(), b.currency(), b.num2(), b.trap("creditor_company", b.companyTrap()), b.creditorID(), b.aba(), b.sortCode())
	}},
	{"erp", "clean_idoc_status", "kv", true, func(b *B) string {
		return fmt.Sprintf("IDOC %s status=53 MESTYP=INVOIC partner=%s gln=%s duns=%s vat=%s cnpj=%s rfc=%s gstin=%s uscc=%s doc=%s material=%s",
			b.idoc(), b.trap("supplier", b.companyTrap()), b.gln(), b.duns(), b.vatID(), b.cnpj(), b.rfcMX(), b.gstin(), b.uscc(), b.sapDoc(), b.material())
	}},
	{"pos", "clean_emv", "kv", true, func(b *B) string {
		return fmt.Sprintf("EMV approved tid=%s mid=%s aid=%s 9F26=%s 9F36=%s 95=%s stan=%s rrn=%s auth=%s pan=%s amount=%s receipt=%s card_type=%s",
			b.terminalID(), b.merchantID(), b.aid(), b.arqc(), b.atc(), b.tvr(), b.stan(), b.rrn(), b.authCode(), b.maskedPAN(), b.amount(), b.receiptNo(), b.trap("key", b.pickS("VISA MASTERCARD AMEX")))
	}},
	{"helpdesk", "clean_macro", "text", true, func(b *B) string {
		return fmt.Sprintf("macro preview: Dear %s, your order %s (%s) ships from %s with %s, tracking %s. Contact: %s / %s. — %s",
			b.placeholder(), b.orderID(), b.product(), b.warehouse(), b.company(), b.tracking(), b.placeholder(), b.masked(), b.roleDisplay())
	}},
	{"edge", "clean_access", "url_query", true, func(b *B) string {
		return fmt.Sprintf("%s - - [06/Dec/2026:%02d:%02d:%02d +0000] \"GET /api/orders/%s?sku=%s&ean=%s&trace=%s HTTP/2.0\" %s %d \"-\" \"%s\"",
			b.ip(), b.intn(24), b.intn(60), b.intn(60), b.orderID(), b.sku(), b.ean13(), b.traceID(), b.httpStatus(), b.intn(9000), b.ua())
	}},
	{"directory", "clean_ad", "ldif", true, func(b *B) string {
		return fmt.Sprintf("dn: %s\nobjectGUID: %s\nobjectSid: %s\ncn: %s\nrealm: %s\nwhenChanged: %s\n", b.ldapDN(), b.guid(), b.sid(), b.svcAccount(), b.realm(), b.isoTime())
	}},
	{"syslog", "clean_audit", "syslog", true, func(b *B) string {
		return fmt.Sprintf("%s%s erp01 audispd: node=erp01 type=USER_LOGIN msg=%s: pid=%s uid=0 auid=%s ses=%d msg='op=login id=%s exe=\"/usr/sbin/sshd\" addr=%s terminal=ssh res=success' key=%s",
			b.syslogPRI(), b.syslogTime(), b.auditSerial(), b.pid(), b.pid(), b.intn(999), b.pid(), b.ip(), b.svcAccount())
	}},
	{"exports", "clean_stock_csv", "csv", true, func(b *B) string {
		return fmt.Sprintf("sku,ean,warehouse,qty,price,currency,updated\n%s,%s,%s,%d,%s,%s,%s\n%s,%s,%s,%d,%s,%s,%s", b.sku(), b.ean13(), b.warehouse(), b.intn(900), b.num2(), b.currency(), b.epochSec(), b.sku(), b.ean13(), b.warehouse(), b.intn(900), b.num2(), b.currency(), b.epochMsLuhn())
	}},
	{"middleware", "clean_kafka", "ndjson", false, func(b *B) string {
		return b.nd("service.name", "order-events", "order.id", b.orderID(), "sku", b.sku(), "gtin", b.ean13(), "qty", raw(fmt.Sprint(1+b.intn(9))), "amount", b.amount(), "trace.id", b.traceID(), "span.id", b.spanID(), "event.created", b.epochMsLuhn(), "geo", b.latlong(), "customer.name", b.placeholder(), "customer.phone", b.masked())
	}},
	{"disputes", "clean_dispute", "kv", true, func(b *B) string {
		return fmt.Sprintf("dispute status=%s order=%s tracking=%s amount=%s currency=%s masked_card=%s arn=%s reason=%s", b.pickS("won lost open"), b.orderID(), b.tracking(), b.amount(), b.currency(), b.maskedPAN(), b.lk("arn", "7"+b.digits(22)), b.lk("reason_code", "13.1"))
	}},
	{"documents", "clean_label", "text", true, func(b *B) string {
		return fmt.Sprintf("^XA^FO40,40^FD%s^FS^FO40,80^BCN,90^FD%s^FS^FO40,200^FDSSCC %s^FS^FO40,240^FD%s %s^FS^XZ", b.company(), b.tracking(), b.lk("sscc", b.sscc()), b.storeName(), b.city())
	}},
}
