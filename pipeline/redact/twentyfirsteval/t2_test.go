package twentyfirsteval

import (
	"fmt"
	"strings"
)

func mtUpper(s string) string { return strings.ToUpper(s) }

var tmplsBanking = []tmpl{
	{"banking", "mt940", "swift_mt", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("{1:F01%sAXXX0000000000}{2:I940%sXN}{4:\n:20:%s\n:25:%s\n:28C:%d/1\n:60F:C%s%s%s\n:61:%s%sC%sNTRF%s//%s\n:86:/EREF/%s/REMI/Order %s/NAME/%s/IBAN/%s/BIC/%s\n:62F:C%s%s%s\n-}",
			b.pick(bankCodes), b.pick(bankCodes), b.mtRef(), b.ibanStyle("", "compact"), 100+b.intn(200), b.yymmdd(), b.currency(), strings.ReplaceAll(b.num2(), ".", ","),
			b.yymmdd(), b.lk("date_mmdd", fmt.Sprintf("%02d%02d", 1+b.intn(12), 1+b.intn(28))), strings.ReplaceAll(b.num2(), ".", ","), b.lk("mt_reference", "NONREF"), b.lk("bank_reference", b.digits(16)),
			b.e2e(), b.orderID(), b.nameVal(p, "upper"), b.ibanStyle("", "compact"), b.bic(), b.yymmdd(), b.currency(), strings.ReplaceAll(b.num2(), ".", ","))
	}},
	{"banking", "mt103", "swift_mt", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		p2 := b.person(b.loc)
		return fmt.Sprintf(":20:%s\n:23B:CRED\n:32A:%s%s%s\n:50K:/%s\n%s\n%s\n:52A:%s\n:59:/%s\n%s\n%s\n:70:/RFB/%s REFUND CARD %s\n:71A:SHA\n:121:%s",
			b.mtRef(), b.yymmdd(), b.currency(), strings.ReplaceAll(b.num2(), ".", ","), b.ibanStyle("", "compact"), b.company(), b.city(), b.bic(),
			b.ibanStyle("", "compact"), b.nameVal(p, "upper"), b.addrVal(a, ""), b.invoiceNo(), b.cardStyle("compact"), b.uetr()) + fmt.Sprintf("\n:72:/ACC/BENEFICIARY CONTACT %s %s", b.nameVal(p2, "upper"), b.phone())
	}},
	{"banking", "camt053", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf(`<Ntry><Amt Ccy="%s">%s</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>%s</Dt></BookgDt><NtryDtls><TxDtls><Refs><EndToEndId>%s</EndToEndId><MndtId>%s</MndtId></Refs><RltdPties><Dbtr><Nm>%s</Nm><PstlAdr><StrtNm>%s</StrtNm><BldgNb>%s</BldgNb><PstCd>%s</PstCd><TwnNm>%s</TwnNm><Ctry>%s</Ctry></PstlAdr></Dbtr><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct><Cdtr><Nm>%s</Nm><Id><PrvtId><Othr><Id>%s</Id></Othr></PrvtId></Id></Cdtr></RltdPties><RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>`,
			b.currency(), b.num2(), b.lk("date", "2026-12-0"+fmt.Sprint(1+b.intn(9))), b.e2e(), b.mandateRef(), xmlEsc(b.nameVal(p, "")), xmlEsc(b.val("address", "street_elem", a.street, a.checks)), a.number, a.postcode, xmlEsc(a.city), b.country(),
			b.ibanStyle("", "compact"), xmlEsc(b.trap("creditor_company", b.companyTrap())), b.creditorID(), xmlEsc("Order "+b.orderID()+" & invoice "+b.invoiceNo()))
	}},
	{"banking", "pain001", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf(`<?xml version="1.0" encoding="UTF-8"?><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn><GrpHdr><MsgId>%s</MsgId><CreDtTm>%s</CreDtTm><NbOfTxs>1</NbOfTxs></GrpHdr><PmtInf><DbtrAcct><Id><IBAN>%s</IBAN></Id></DbtrAcct><CdtTrfTxInf><PmtId><EndToEndId>%s</EndToEndId></PmtId><Amt><InstdAmt Ccy="%s">%s</InstdAmt></Amt><CdtrAgt><FinInstnId><BICFI>%s</BICFI></FinInstnId></CdtrAgt><Cdtr><Nm>%s</Nm><CtctDtls><EmailAdr>%s</EmailAdr><MobNb>%s</MobNb></CtctDtls></Cdtr><CdtrAcct><Id><IBAN>%s</IBAN></Id></CdtrAcct><RmtInf><Ustrd>Refund %s</Ustrd></RmtInf></CdtTrfTxInf></PmtInf></CstmrCdtTrfInitn></Document>`,
			b.lk("msg_id", "PAY-"+b.digits(10)), b.isoTime(), b.ibanStyle("", "compact"), b.e2e(), b.currency(), b.num2(), b.bic(), xmlEsc(b.nameVal(p, "")), b.emailOf(p), b.phoneStyle(b.pickP("intl_dashed|e164")), b.ibanStyle("", "compact"), b.orderID())
	}},
	{"banking", "sepa_mandate", "yaml", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("mandate:\n  reference: %s\n  creditor_id: %s\n  creditor_name: %s\n  debtor:\n    name: %s\n    address: %s\n    iban: %s\n    bic: %s\n    email: %s\n  signed_at: %s\n  sequence: %s\n  %s",
			b.mandateRef(), b.creditorID(), b.trap("creditor_company", b.companyTrap()), b.nameVal(p, ""), b.addr(), b.ibanStyle("", "grouped"), b.bic(), b.emailOf(p), b.dateAny(), b.pickS("FRST RCUR OOFF"), b.keyTrap())
	}},
	{"banking", "nacha", "fixed_width", true, func(b *B) string {
		p := b.person(b.loc)
		nm := b.nameVal(p, "upper")
		return fmt.Sprintf("5220SHOP OPS INC                        %s PPDREFUND    %s%s   1%s%s\n622%s%s%s%s%s0%s",
			b.lk("company_id", "1"+b.digits(9)), b.yymmdd(), b.yymmdd(), b.digits(8), b.lk("batch_number", fmt.Sprintf("%07d", 1+b.intn(9999))),
			b.aba(), pad(b.acct(), 17), fmt.Sprintf("%010d", b.between(100, 9999999)), pad(b.lk("individual_id", "CUST"+b.digits(6)), 15), pad(nm, 22), b.lk("trace_number", b.digits(15)))
	}},
	{"banking", "bacs_row", "csv_noheader", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("%s,%s,%s,%s,99,%s,%s", b.sortCode(), b.acct(), b.nameVal(p, "upper"), strings.ReplaceAll(b.num2(), ".", ""), b.lk("bacs_reference", "RFND"+b.digits(8)), b.yymmdd())
	}},
	{"banking", "payout_recon", "csv", true, func(b *B) string {
		var rows []string
		rows = append(rows, "payout_id,order_id,amount,currency,beneficiary_name,iban,bic,status,email")
		for i := 0; i < 1+b.intn(2); i++ {
			p := b.person(b.loc)
			rows = append(rows, fmt.Sprintf("%s,%s,%s,%s,\"%s\",%s,%s,%s,%s", b.lk("payout_id", "po_"+b.alnum(14)), b.orderID(), b.num2(), b.currency(), b.nameVal(p, "comma"), b.iban(), b.bic(), b.pickS("paid failed pending"), b.emailOf(p)))
		}
		return strings.Join(rows, "\n")
	}},
	{"banking", "h2h_config", "yaml", true, func(b *B) string {
		return fmt.Sprintf("bank_h2h:\n  host: sftp.%s\n  user: %s\n  password: %s\n  api_key: %s\n  pgp_passphrase: \"%s\"\n  account_iban: %s\n  %s",
			b.pickS("bt.ro otpbank.hu kb.cz eurobank.gr privatbank.ua"), b.svcAccount(), b.cred("sftp_password", b.password()), b.cred("bank_h2h_key", b.alnum(40)), b.cred("pgp_passphrase", b.password()), b.iban(), b.keyTrap())
	}},
	{"banking", "refund_log", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		return b.nd("service.name", "refund-worker", "log.level", "info", "message", "refund queued for "+b.nameVal(p, "")+" to "+b.iban(), "refund.amount", raw(b.lk("amount", b.num2())), "refund.currency", b.currency(), "order.id", b.orderID(), "card.masked", b.maskedPAN(), "card_type", b.trap("key", "VISA"), "trace.id", b.traceID())
	}},
}

func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

var tmplsERP = []tmpl{
	{"erp", "sap_idoc", "fixed_width", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf("EDI_DC40  %s ORDERS05 ORDERS SAPPRD LS  SHOPOPS\nE1EDK01   %s %s\nE1EDKA1   AG%s%s\nE1EDKA1   WE%s%s%s%s%s\nE1EDKA1   WE TELF1=%s SMTP_ADDR=%s\nE1EDP01   000010 %s %s EA",
			b.idoc(), b.currency(), b.lk("po_number", b.sapDoc()), pad(b.lk("kunnr", "00"+b.digits(8)), 18), pad(b.trap("supplier", b.companyTrap()), 35),
			pad(b.lk("kunnr", "00"+b.digits(8)), 18), pad(b.nameVal(p, "upper"), 35), pad(b.addrVal(a, "street"), 35), pad(a.city, 20), a.postcode,
			b.phone(), b.email(), b.material(), b.lk("quantity", fmt.Sprint(1+b.intn(50))))
	}},
	{"erp", "bapi_dump", "kv", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf("BAPI_CUSTOMER_CREATEFROMDATA1 PI_PERSONALDATA-FIRSTNAME='%s' PI_PERSONALDATA-LASTNAME='%s' PI_PERSONALDATA-STREET='%s' PI_PERSONALDATA-CITY='%s' PI_PERSONALDATA-POSTL_COD1='%s' PI_PERSONALDATA-TEL1_NUMBR='%s' PI_PERSONALDATA-E_MAIL='%s' PI_COPYREFERENCE-SALESORG='%s' RETURN-TYPE='S' CUSTOMERNO='%s'",
			b.namePart(p, p.given), b.namePart(p, p.family), b.addrVal(a, "street"), a.city, a.postcode, b.phone(), b.emailOf(p), b.lk("sales_org", "S"+b.digits(3)), b.lk("kunnr", "00"+b.digits(8)))
	}},
	{"erp", "odoo_write", "python_repr", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("%s INFO shopdb odoo.models: res.partner(%d,).write({'name': '%s', 'email': '%s', 'phone': '%s', 'street': '%s', 'vat': '%s', 'ref': '%s', 'property_account_receivable_id': %d, 'bank_ids': [(0, 0, {'acc_number': '%s'})]})",
			b.lk("timestamp", fmt.Sprintf("2026-12-%02d %02d:%02d:%02d,%03d", 1+b.intn(28), b.intn(24), b.intn(60), b.intn(60), b.intn(1000))), 1000+b.intn(90000), b.nameVal(p, ""), b.emailOf(p), b.phone(), b.addr(), b.vatID(), b.lk("customer_ref", "C"+b.digits(6)), 100+b.intn(900), b.iban())
	}},
	{"erp", "netsuite_customer", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		return b.nd("service.name", "netsuite-sync", "recordType", "customer", "id", b.lk("internal_id", b.nzdigits(6)), "entityid", b.lk("entity_id", "CUST-"+b.digits(6)), "firstname", b.namePart(p, p.given), "lastname", b.namePart(p, p.family), "companyname", b.nameVal(p, ""), "email", b.emailOf(p), "phone", b.phone(),
			"defaultaddress", b.addr(), "subsidiary", b.company(), "terms", "Net 30", "creditlimit", raw(b.lk("amount", fmt.Sprint(1000*(1+b.intn(50))))), "lastmodifieddate", b.isoTime())
	}},
	{"erp", "dynamics_odata", "json_twice", false, func(b *B) string {
		p := b.person(b.loc)
		in := obj("@odata.etag", "W/\""+b.lk("etag", b.digits(8))+"\"", "accountid", b.guid(), "fullname", b.nameVal(p, ""), "emailaddress1", b.emailOf(p), "telephone1", b.phone(), "address1_line1", b.addr(), "creditonhold", raw("false"), "revenue", raw(b.lk("amount", b.num2())))
		return b.nd("service.name", "dynamics-connector", "log.level", "debug", "message", "PATCH contacts("+b.uuidS()+") replayed", "request.body", jstr(in))
	}},
	{"erp", "fapiao", "json_in_string", true, func(b *B) string {
		b.loc = localeByCode["zh_CN"]
		p := b.person(b.loc)
		body := obj("fpdm", b.lk("fapiao_code", "0"+b.digits(11)), "fphm", b.lk("fapiao_number", b.digits(8)), "kprq", b.dateAny(), "xsfmc", b.company(), "xsfnsrsbh", b.uscc(),
			"gmfmc", b.nameVal(p, ""), "gmfnsrsbh", b.cnid(), "gmfdzdh", b.addr()+" "+b.phoneStyle("national_compact"), "gmfyhzh", "招商银行 "+b.acct(), "hjje", b.lk("amount", b.num2()), "jshj", b.lk("amount", b.num2()))
		return "诺诺开票接口请求 " + body
	}},
	{"erp", "nfe", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf(`<NFe xmlns="http://www.portalfiscal.inf.br/nfe"><infNFe Id="NFe%s" versao="4.00"><emit><CNPJ>%s</CNPJ><xNome>%s</xNome></emit><dest><xNome>%s</xNome><enderDest><xLgr>%s</xLgr><nro>%s</nro><xMun>%s</xMun><CEP>%s</CEP><fone>%s</fone></enderDest><email>%s</email></dest><total><ICMSTot><vNF>%s</vNF></ICMSTot></total></infNFe></NFe>`,
			b.lk("nfe_key", b.digits(44)), b.cnpj(), xmlEsc(b.company()), xmlEsc(b.nameVal(p, "")), xmlEsc(b.val("address", "street_elem", a.street, a.checks)), a.number, xmlEsc(a.city), a.postcode, b.phoneStyle("national_compact"), b.email(), b.num2())
	}},
	{"erp", "cfdi", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf(`<cfdi:Comprobante xmlns:cfdi="http://www.sat.gob.mx/cfd/4" Version="4.0" Serie="A" Folio="%s" Fecha="%s" Total="%s" Moneda="MXN"><cfdi:Emisor Rfc="%s" Nombre="%s" RegimenFiscal="601"/><cfdi:Receptor Rfc="XAXX010101000" Nombre="%s" DomicilioFiscalReceptor="%s" UsoCFDI="S01"/><cfdi:Complemento><tfd:TimbreFiscalDigital UUID="%s"/></cfdi:Complemento></cfdi:Comprobante>`,
			b.lk("folio", b.digits(6)), b.lk("timestamp", b.ts()[:19]), b.num2(), b.rfcMX(), xmlEsc(b.company()), xmlEsc(b.nameVal(p, "upper")), b.lk("postcode_fiscal", b.digits(5)), b.uuid())
	}},
	{"erp", "peppol_ubl", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf(`<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"><cbc:ID>%s</cbc:ID><cbc:IssueDate>%s</cbc:IssueDate><cac:AccountingSupplierParty><cac:Party><cbc:EndpointID schemeID="0088">%s</cbc:EndpointID><cac:PartyName><cbc:Name>%s</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty><cac:AccountingCustomerParty><cac:Party><cac:PostalAddress><cbc:StreetName>%s</cbc:StreetName><cbc:CityName>%s</cbc:CityName><cbc:PostalZone>%s</cbc:PostalZone></cac:PostalAddress><cac:PartyTaxScheme><cbc:CompanyID>%s</cbc:CompanyID></cac:PartyTaxScheme><cac:Contact><cbc:Name>%s</cbc:Name><cbc:Telephone>%s</cbc:Telephone><cbc:ElectronicMail>%s</cbc:ElectronicMail></cac:Contact></cac:Party></cac:AccountingCustomerParty><cac:PaymentMeans><cbc:PaymentMeansCode>58</cbc:PaymentMeansCode><cac:PayeeFinancialAccount><cbc:ID>%s</cbc:ID></cac:PayeeFinancialAccount></cac:PaymentMeans><cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="%s">%s</cbc:PayableAmount></cac:LegalMonetaryTotal></Invoice>`,
			b.invoiceNo(), b.lk("date", "2026-12-"+fmt.Sprintf("%02d", 1+b.intn(28))), b.gln(), xmlEsc(b.company()), xmlEsc(b.addrVal(a, "street")), xmlEsc(a.city), a.postcode, b.vatID(), xmlEsc(b.nameVal(p, "")), b.phone(), b.emailOf(p), b.iban(), b.currency(), b.num2())
	}},
	{"erp", "credit_note_rows", "csv_semicolon", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("document;date;customer;email;amount;vat_rate;reason\n%s;%s;%s;%s;%s;%s;%s", b.lk("credit_note", "CN-"+b.digits(7)), b.dateAny(), b.nameVal(p, ""), b.emailOf(p), strings.ReplaceAll(b.num2(), ".", ","), b.percent(), b.pickS("damaged returned duplicate"))
	}},
}

var tmplsPOS = []tmpl{
	{"pos", "receipt", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("      %s\n   %s\nBON %s  CASA %s  %s\n%s x1 %s\nEAN %s\nTOTAL %s\nCARD %s\nAID %s  AUTH %s\nRRN %s  STAN %s\nMID %s TID %s\nLOYALTY: %s  %s\n%s",
			b.storeName(), b.lk("vat_id_store", "CUI RO"+b.digits(8)), b.receiptNo(), fmt.Sprint(1+b.intn(9)), b.dateAny(), b.product(), b.amount(), b.ean13(), b.amount(), b.maskedPAN(), b.aid(), b.authCode(), b.rrn(), b.stan(), b.merchantID(), b.terminalID(),
			b.nameVal(p, b.pickS("upper initial")), b.phone(), b.free(b.loc.thanks))
	}},
	{"pos", "emv_tlv", "kv", true, func(b *B) string {
		p := b.person(b.loc)
		pan := b.cardStyle("emv5a")
		trk := pan + "D" + fmt.Sprintf("%02d%02d", 27+b.intn(4), 1+b.intn(12)) + "201" + b.digits(10)
		if len(trk)%2 == 1 {
			trk += "F"
		}
		return fmt.Sprintf("EMV TLV dump term=%s: 4F=%s 5A=%s 5F20=%s 57=%s 5F24=%s 9F26=%s 9F36=%s 95=%s 9F02=%s 9F1A=%s 5F2A=%s 9C=00",
			b.terminalID(), b.aid(), pan, b.nameVal(p, "emv"), trk, b.yymmdd(), b.arqc(), b.atc(), b.tvr(), b.lk("amount", fmt.Sprintf("%012d", b.between(100, 999999))), b.lk("country_numeric", b.pickS("0642 0348 0203 0300 0804 0792")), b.lk("currency_numeric", b.pickS("0946 0978 0840")))
	}},
	{"pos", "loyalty_lookup", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		return b.nd("service.name", "loyalty-api", "event.action", "member.lookup", "store.id", b.storeName(), "terminal.id", b.terminalID(), "member.name", b.nameVal(p, ""), "member.phone", b.phone(), "member.email", b.emailOf(p),
			"member.tier", b.pickS("gold silver bronze"), "member.points", raw(fmt.Sprint(b.intn(90000))), "member.card", b.lk("loyalty_card", "LC"+b.digits(10)), "display_name", b.roleWord())
	}},
	{"pos", "click_collect", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("[click&collect] order %s ready at %s locker %s for %s (%s), pickup code %s, notify via SMS to %s, expires %s",
			b.orderID(), b.storeName(), b.lk("locker_id", "L"+b.digits(3)), b.nameVal(p, ""), b.emailOf(p), b.cred("pickup_code", b.otp(6)), b.phone(), b.isoTime())
	}},
	{"pos", "giftcard", "logfmt", true, func(b *B) string {
		return fmt.Sprintf("level=info msg=\"gift card activated\" store=%s terminal=%s card=%s pin=%s amount=%s purchaser_email=%s receipt=%s",
			b.lk("store_code", "ST"+b.digits(3)), b.terminalID(), b.lk("giftcard_number", "GC-"+b.upalnum(4)+"-"+b.upalnum(4)+"-"+b.upalnum(4)), b.cred("giftcard_pin", b.otp(4+b.intn(5))), b.amount(), b.email(), b.receiptNo())
	}},
	{"pos", "store_config", "ini", true, func(b *B) string {
		return fmt.Sprintf("[store]\nid = %s\nname = %s\nswitchboard = %s\n\n[pos]\nmanager_user = %s\nmanager_password = %s\nsync_user = %s\n\n[wifi]\nssid = SHOP-STAFF\nwpa_passphrase = %s\n\n[payments]\nmerchant_id = %s\nterminal_id = %s\n%s",
			b.lk("store_code", "ST"+b.digits(3)), b.storeName(), b.phoneStyle("national_spaced"), b.lk("staff_id", "mgr"+b.digits(3)), b.cred("pos_manager_password", b.password()), b.svcAccount(), b.cred("wifi_passphrase", b.password()), b.merchantID(), b.terminalID(), b.keyTrap())
	}},
	{"pos", "till_refund", "go_struct", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("till: refund approved: &pos.Refund{ID:%s Store:%s Customer:%s Phone:%s Card:%s Amount:%s Reason:%s Approver:%s}",
			b.lk("refund_id", "rf_"+b.alnum(12)), b.lk("store_code", "ST"+b.digits(3)), b.nameVal(p, ""), b.phone(), b.card(), b.lk("amount", b.num2()), b.pickS("damaged wrong-size"), b.roleWord())
	}},
}
