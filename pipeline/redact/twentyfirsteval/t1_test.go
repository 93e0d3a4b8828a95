package twentyfirsteval

import (
	"fmt"
	"strings"
)

// tmpl is one shape of line a context's systems print.
type tmpl struct {
	ctx, name, form string
	text            bool // a text form: wrapped in an NDJSON event's field about 40 % of the time
	fn              func(b *B) string
}

// nd writes an NDJSON event with its time first.
func (b *B) nd(kv ...any) string {
	return obj(append([]any{"@timestamp", b.ts()}, kv...)...)
}

// free writes what a customer types in their own words: lower case, little
// punctuation, spacing typos now and then.
func (b *B) free(parts ...string) string {
	s := strings.Join(parts, " ")
	if b.chance(0.5) {
		s = strings.ToLower(s[:1]) + s[1:]
	}
	if b.chance(0.3) {
		s = strings.ReplaceAll(s, ", ", " ")
	}
	if b.chance(0.2) {
		s = strings.Replace(s, " ", "  ", 1)
	}
	return s
}

var shopMail = f("orders@shop-ops.net no-reply@notify.shop-ops.net support@shop-ops.net billing@shop-ops.net")

var tmplsMail = []tmpl{
	{"mail", "postfix_smtp", "syslog", true, func(b *B) string {
		host := b.pickS("mx1 mx2 relay-out01 smtp-eu")
		return fmt.Sprintf("%s %s postfix/smtp[%s]: %s: to=<%s>, relay=%s[%s]:25, delay=%s, delays=0.1/0/0.6/0.4, dsn=%s, status=%s (%s)",
			b.syslogTime(), host, b.pid(), b.queueID(), b.email(), b.pickS("mx.yahoo.ro gmail-smtp-in.l.google.com mx1.seznam.cz mail.t-online.de mx.naver.com"), b.ip(), b.num2(), b.dsnStatus(),
			b.pickS("sent deferred bounced"), b.smtpStatus()+" Ok: queued as "+b.queueID())
	}},
	{"mail", "postfix_qmgr", "syslog", true, func(b *B) string {
		q := b.queueID()
		p := b.person(b.loc)
		return fmt.Sprintf("%s mx1 postfix/cleanup[%s]: %s: message-id=%s\n%s mx1 postfix/qmgr[%s]: %s: from=<%s>, size=%d, nrcpt=1 (queue active)\n%s mx1 postfix/local[%s]: %s: to=<%s>, orig_to=<%s>, relay=local, status=sent (delivered to mailbox)",
			b.syslogTime(), b.pid(), q, b.messageID(), b.syslogTime(), b.pid(), q, b.emailOf(p), 1000+b.intn(90000), b.syslogTime(), b.pid(), q, b.pick(shopMail), b.pick(shopMail))
	}},
	{"mail", "exim_mainlog", "text", true, func(b *B) string {
		id := b.upalnum(6) + "-" + b.upalnum(6) + "-" + b.upalnum(2)
		s := fmt.Sprintf("2026-12-06 %02d:%02d:%02d %s <= %s H=(%s) [%s] P=esmtpsa X=TLS1.3:TLS_AES_256_GCM_SHA384:256 A=dovecot_plain:%s S=%d id=%s",
			b.intn(24), b.intn(60), b.intn(60), id, b.email(), b.pickS("laptop-ana desktop-01 android-phone"), b.ip(), b.email(), 2000+b.intn(50000), b.messageID())
		if b.chance(0.5) {
			s += fmt.Sprintf("\n2026-12-06 %02d:%02d:%02d %s ** %s R=dnslookup T=remote_smtp H=%s [%s]: %s",
				b.intn(24), b.intn(60), b.intn(60), id, b.email(), b.pickS("mx.hotmail.com mx.mail.ru mx.ukr.net"), b.ip(), b.smtpStatus()+" Requested action not taken: mailbox unavailable")
		}
		return s
	}},
	{"mail", "bounce_dsn", "mime", true, func(b *B) string {
		e := b.email()
		return fmt.Sprintf("Reporting-MTA: dns; mx1.shop-ops.net\nX-Postfix-Queue-ID: %s\nArrival-Date: %s\n\nFinal-Recipient: rfc822; %s\nOriginal-Recipient: rfc822;%s\nAction: failed\nStatus: %s\nRemote-MTA: dns; %s\nDiagnostic-Code: smtp; %s <%s>: Recipient address rejected: User unknown in virtual mailbox table",
			b.queueID(), b.rfc5322(), e, e, b.dsnStatus(), b.ip(), b.smtpStatus(), e)
	}},
	{"mail", "ses_event", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		e := b.emailOf(p)
		hdr := fmt.Sprintf("\"%s\" <%s>", b.nameVal(p, ""), e)
		return b.nd("service.name", "ses-events", "event.dataset", "aws.ses", "eventType", b.pickS("Bounce Delivery Complaint Open"), "mail.messageId", b.lk("message_id", b.hex(16)+"-"+b.uuidS()+"-000000"),
			"mail.source", b.pick(shopMail), "mail.destination", raw("["+jstr(e)+"]"), "mail.commonHeaders.to", raw("["+jstr(hdr)+"]"),
			"mail.commonHeaders.subject", "Your order "+b.amazonOrder()+" has shipped", "bounce.bouncedRecipients", raw(`[{"emailAddress":`+jstr(e)+`,"status":`+jstr(b.dsnStatus())+`,"action":"failed"}]`),
			"mail.sendingAccountId", b.lk("account_number", b.nzdigits(12)))
	}},
	{"mail", "sendgrid_webhook", "ndjson", false, func(b *B) string {
		ev := []string{}
		for i := 0; i < 1+b.intn(2); i++ {
			ev = append(ev, obj("email", b.email(), "timestamp", raw(b.epochSec()), "event", b.pickS("delivered processed open click dropped"), "sg_event_id", b.lk("sg_event_id", b.alnum(22)), "sg_message_id", b.lk("sg_message_id", b.alnum(22)+".filter"+b.digits(4)+"p1mdw1-"+b.digits(5)+"-"+b.HEX(8)+"-"+b.digits(2)+".0"), "order_id", b.orderID(), "ip", b.ip(), "useragent", b.ua()))
		}
		return b.nd("service.name", "mail-webhooks", "provider", "sendgrid", "events", raw("["+strings.Join(ev, ",")+"]"))
	}},
	{"mail", "mailgun_webhook", "json_in_string", true, func(b *B) string {
		p := b.person(b.loc)
		body := obj("signature", raw(obj("timestamp", b.epochSec(), "token", b.hex(50))), "event-data", raw(obj("event", b.pickS("failed delivered complained"), "recipient", b.emailOf(p), "id", b.lk("mailgun_event_id", b.alnum(22)),
			"message", raw(obj("headers", raw(obj("to", b.nameVal(p, "")+" <"+b.emailOf(p)+">", "message-id", b.lk("message_id", b.epochSec()+"."+b.hex(16)+"@mg.shopnotify.com"), "subject", "Factura "+b.invoiceNo())))),
			"delivery-status", raw(obj("code", raw(b.pickS("550 552 421")), "message", b.smtpStatus()+" mailbox full")))))
		return "mailgun webhook received: " + body
	}},
	{"mail", "postmark_bounce", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		return b.nd("service.name", "mail-webhooks", "RecordType", "Bounce", "ID", raw(b.lk("postmark_id", b.nzdigits(10))), "Type", b.pickS("HardBounce SoftBounce SpamComplaint"), "TypeCode", raw("1"), "MessageID", b.uuid(),
			"Email", b.emailOf(p), "From", b.pick(shopMail), "Description", "The server was unable to deliver your message (ex: unknown user, mailbox not found).", "Details", b.smtpStatus()+" user unknown", "BouncedAt", b.isoTime(), "Tag", "order-confirmation", "MessageStream", "outbound")
	}},
	{"mail", "mime_headers", "mime", true, func(b *B) string {
		p := b.person(b.loc)
		e := b.emailOf(p)
		from := fmt.Sprintf("From: \"%s\" <%s>", b.nameVal(p, ""), e)
		if b.chance(0.4) {
			from = fmt.Sprintf("From: %s <%s>", b.nameVal(p, ""), e)
		}
		return fmt.Sprintf("Return-Path: <%s>\nReceived: from %s (%s [%s])\n\tby mx1.shop-ops.net (Postfix) with ESMTPS id %s\n\tfor <%s>; %s\nDKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\th=from:to:subject:date; bh=%s;\n\tb=%s\nAuthentication-Results: mx1.shop-ops.net; %s smtp.mailfrom=%s; %s\n%s\nReply-To: %s\nTo: %s\nX-Original-To: %s\nSubject: Re: Order %s - where is my parcel?\nDate: %s\nMessage-ID: %s",
			e, b.pickS("mail-ej1 mail-wm1 out.mail"), b.pick(b.loc.domains), b.ip(), b.queueID(), b.pick(shopMail), b.rfc5322(), b.pick(b.loc.domains), b.dkimSel(), b.dkimB(), b.dkimB(), b.spf(), b.pick(b.loc.domains), b.spf(),
			from, e, b.roleDisplay()+" <support@shop-ops.net>", "support@shop-ops.net", b.orderID(), b.rfc5322(), b.messageID())
	}},
	{"mail", "quoted_reply", "email_quoted", true, func(b *B) string {
		p := b.person(b.loc)
		l := b.loc
		return fmt.Sprintf("%s\n\n%s %s %s\n%s %s\n\n%s\n%s\n%s\n\nOn %s, %s <%s> wrote:\n> Dear %s,\n> your order %s was handed to %s, tracking %s.\n> Kind regards, %s",
			b.free(l.hello+",", l.late), b.free(l.callme), b.phone(), "", b.free(l.shipto), b.addr(), l.thanks, b.nameVal(p, ""), b.phone(),
			b.rfc5322(), b.roleDisplay(), "support@shop-ops.net", b.roleWord(), b.orderID(), b.company(), b.tracking(), b.roleDisplay())
	}},
	{"mail", "smtp_auth_plain", "text", true, func(b *B) string {
		user := b.pickS("erp-mailer invoices@shop-ops.net edi-notify pos-reports")
		pw := b.password()
		tok := b.b64("\x00" + user + "\x00" + pw)
		return fmt.Sprintf("C: EHLO erp01.shop-ops.internal\nS: 250-smtp.shop-ops.net Hello [%s]\nS: 250-AUTH PLAIN LOGIN\nC: AUTH PLAIN %s\nS: 235 2.7.0 Authentication successful\nC: MAIL FROM:<%s>\nS: 250 2.1.0 Ok\nC: RCPT TO:<%s>\nS: %s\n# debug: decoded credentials user=%s password=%s",
			b.ip(), b.cred("smtp_auth_plain", tok), user, b.email(), b.smtpStatus(), user, b.cred("smtp_password", pw))
	}},
	{"mail", "smtp_auth_login", "text", true, func(b *B) string {
		pw := b.password()
		return fmt.Sprintf("send: 'ehlo [%s]\\r\\n'\nreply: b'250-AUTH LOGIN PLAIN'\nsend: 'AUTH LOGIN %s\\r\\n'\nreply: b'334 UGFzc3dvcmQ6'\nsend: '%s\\r\\n'\nreply: b'235 2.7.0 Accepted'\nsend: 'mail FROM:<%s> size=%d\\r\\n'\nreply: b'%s'",
			b.ip(), b.b64("reports@shop-ops.net"), b.cred("smtp_auth_login", b.b64(pw)), b.pick(shopMail), 1000+b.intn(9000), b.smtpStatus())
	}},
	{"mail", "esp_keys", "yaml", true, func(b *B) string {
		switch b.intn(3) {
		case 0:
			return fmt.Sprintf("mail:\n  provider: sendgrid\n  api_key: %s\n  from: %s\n  template_id: d-%s\n  %s", b.cred("sendgrid_key", "SG."+b.alnum(22)+"."+b.alnum(43)), b.pick(shopMail), b.lk("template_id", b.hex(32)), b.keyTrap())
		case 1:
			return fmt.Sprintf("mail:\n  provider: mailgun\n  domain: mg.shopnotify.com\n  api_key: %s\n  webhook_signing_key: %s\n  region: eu", b.cred("mailgun_key", "key-"+b.hex(32)), b.cred("webhook_secret", b.hex(32)))
		default:
			return fmt.Sprintf("smtp:\n  host: email-smtp.eu-west-1.amazonaws.com\n  port: 587\n  username: %s\n  password: %s\n  postmark_server_token: %s", "AKIA"+b.upalnum(16), b.cred("ses_smtp_password", "B"+b.alnum(43)), b.cred("postmark_token", b.uuidS()))
		}
	}},
}

var tmplsTelephony = []tmpl{
	{"telephony", "sip_invite", "sip", true, func(b *B) string {
		p := b.person(b.loc)
		n := b.phoneStyle("e164")
		return fmt.Sprintf("INVITE sip:ivr-support@pbx.shop-ops.local SIP/2.0\nVia: SIP/2.0/UDP %s:5060;branch=%s\nMax-Forwards: 70\nFrom: \"%s\" <sip:%s@sbc.carrier.net>;tag=%s\nTo: <sip:ivr-support@pbx.shop-ops.local>\nP-Asserted-Identity: <sip:%s@sbc.carrier.net;user=phone>\nCall-ID: %s\nCSeq: %s\nContact: <sip:%s@%s:5060>\nUser-Agent: %s\nContent-Type: application/sdp\n\nv=0\no=- %s 1 IN IP4 %s\nc=IN IP4 %s\nm=audio %s RTP/AVP 0 8 101",
			b.ip(), b.branch(), b.nameVal(p, ""), n, b.sipTag(), n, b.callID(), b.cseq(), n, b.ip(), b.lk("user_agent", "FreeSWITCH-mod_sofia/1.10."+fmt.Sprint(b.intn(12))), b.epochSec(), b.ip(), b.ip(), b.rtpPort())
	}},
	{"telephony", "sip_register", "sip", true, func(b *B) string {
		ext := fmt.Sprint(100 + b.intn(900))
		return fmt.Sprintf("REGISTER sip:pbx.shop-ops.local SIP/2.0\nVia: SIP/2.0/TLS %s:5061;branch=%s\nFrom: <sip:%s@pbx.shop-ops.local>;tag=%s\nTo: <sip:%s@pbx.shop-ops.local>\nCall-ID: %s\nCSeq: %s\nAuthorization: Digest username=\"%s\", realm=\"pbx.shop-ops.local\", nonce=\"%s\", uri=\"sip:pbx.shop-ops.local\", response=\"%s\", algorithm=MD5\nExpires: 3600\n\n%s",
			b.ip(), b.branch(), ext, b.sipTag(), ext, b.callID(), b.cseq(), ext, b.hex(32), b.cred("sip_digest", b.hex(32)), b.sipResp())
	}},
	{"telephony", "asterisk_conf", "ini", true, func(b *B) string {
		p := b.person(b.loc)
		ext := fmt.Sprint(200 + b.intn(700))
		return fmt.Sprintf("[%s]\ntype=friend\nhost=dynamic\nsecret=%s\ncallerid=\"%s\" <%s>\ncontext=store-%s\nmailbox=%s@default\n\n; voicemail.conf\n[default]\n%s => %s,%s,%s",
			ext, b.cred("asterisk_secret", b.password()), b.nameVal(p, ""), ext, b.lk("store_code", "ST"+b.digits(3)), ext, ext, b.cred("voicemail_pin", b.otp(4+b.intn(3))), b.nameVal(p, ""), b.emailOf(p))
	}},
	{"telephony", "asterisk_cdr", "csv_noheader", true, func(b *B) string {
		p := b.person(b.loc)
		n := b.phoneStyle(b.pickP("e164|national_compact"))
		return fmt.Sprintf("\"%s\",\"%s\",\"%s\",\"from-trunk\",\"\"\"%s\"\" <%s>\",\"PJSIP/trunk-%s\",\"PJSIP/%d-%s\",\"Dial\",\"PJSIP/%d,30\",\"2026-12-06 %02d:%02d:%02d\",\"2026-12-06 %02d:%02d:%02d\",\"2026-12-06 %02d:%02d:%02d\",%s,%s,\"%s\",\"DOCUMENTATION\",\"%s\",\"\"",
			b.lk("accountcode", "acct"+b.digits(4)), n, b.pickS("100 200 support sales"), b.nameVal(p, "upper"), n, b.hex(8), 200+b.intn(99), b.hex(8), 200+b.intn(99),
			b.intn(24), b.intn(60), b.intn(60), b.intn(24), b.intn(60), b.intn(60), b.intn(24), b.intn(60), b.intn(60), b.duration(), b.lk("cdr_duration", fmt.Sprint(b.intn(3000))), b.pickP("ANSWERED|NO_ANSWER|BUSY|FAILED"), b.uniqueID())
	}},
	{"telephony", "voicemail_transcript", "text", true, func(b *B) string {
		l := b.loc
		p := b.person(l)
		return fmt.Sprintf("New voicemail from %s (%s) on %s, duration %s, mailbox %d\nTranscript (%s): %s",
			b.phone(), b.nameVal(p, ""), b.rfc5322(), b.duration(), 200+b.intn(700), l.code,
			b.free(l.hello, l.name, b.nameVal(p, ""), l.late, b.orderID(), l.callme, b.phone(), l.thanks))
	}},
	{"telephony", "ivr_log", "kv", true, func(b *B) string {
		return fmt.Sprintf("ivr=%s call_id=%s caller=%s menu=%s dtmf_order=%s lang=%s verified=%s otp_sent_to=%s otp=%s result=%s",
			b.pickS("orders returns payments"), b.callID(), b.phoneStyle("e164"), b.pickS("1-2 1-3-1 2"), b.orderID(), b.loc.code, b.pickS("true false"), b.phoneStyle("e164"), b.cred("ivr_otp", b.otp(6)), b.pickP("transfer_agent|hangup|resolved"))
	}},
	{"telephony", "sms_dlr", "kv", true, func(b *B) string {
		otp := b.otp(6)
		return fmt.Sprintf("smpp: deliver_sm source_addr=%s dest_addr=SHOPOPS esm_class=0x04 short_message=\"id:%s sub:001 dlvrd:001 submit date:%s done date:%s stat:DELIVRD err:000 text:Your code is %s\"",
			b.phoneStyle(b.pickP("e164|cc_nospace")), b.lk("smsc_message_id", b.HEX(10)), b.yymmdd()+"1554", b.yymmdd()+"1555", b.cred("sms_otp", otp))
	}},
	{"telephony", "sms_gateway", "ndjson", false, func(b *B) string {
		l := b.loc
		return b.nd("service.name", "sms-gateway", "provider", b.pickS("twilio vonage messagebird infobip"), "to", b.phoneStyle("e164"), "status", b.pickS("delivered sent undelivered"), "sid", b.lk("message_sid", "SM"+b.hex(32)),
			"body", l.thanks+"! "+b.free("your verification code is")+" "+b.cred("sms_otp", b.otp(6))+". "+b.pickS("Do not share it. Nu îl împărtășiți."), "price", b.amount(), "api_secret_hint", b.masked())
	}},
	{"telephony", "sms_provider_creds", "ini", true, func(b *B) string {
		return fmt.Sprintf("[twilio]\naccount_sid = %s\nauth_token = %s\n\n[vonage]\napi_key = %s\napi_secret = %s\n\n[messagebird]\naccess_key = %s\n%s",
			b.lk("twilio_account_sid", "AC"+b.hex(32)), b.cred("twilio_token", b.hex(32)), b.hex(8), b.cred("vonage_secret", b.alnum(16)), b.cred("messagebird_key", b.alnum(25)), b.keyTrap())
	}},
	{"telephony", "whatsapp_webhook", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		wa := b.phoneStyle("cc_nospace")
		return b.nd("service.name", "wa-business", "object", "whatsapp_business_account", "entry", raw(`[{"id":"`+b.lk("waba_id", b.nzdigits(15))+`","changes":[{"field":"messages","value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":`+jstr(b.nameVal(p, ""))+`},"wa_id":`+jstr(wa)+`}],"messages":[{"from":`+jstr(wa)+`,"id":`+jstr(b.lk("wamid", "wamid.HBgL"+b.upalnum(24)+"AA=="))+`,"timestamp":"`+b.epochSec()+`","type":"text","text":{"body":`+jstr(b.free(b.loc.late, b.orderID(), b.loc.shipto, b.addr()))+`}}]}}]}]`))
	}},
	{"telephony", "telegram_update", "json_in_string", true, func(b *B) string {
		p := b.person(b.loc)
		u := obj("update_id", raw(b.nzdigits(9)), "message", raw(obj("message_id", raw(fmt.Sprint(b.intn(9000))), "from", raw(obj("id", raw(b.nzdigits(10)), "first_name", b.namePart(p, p.given), "last_name", b.namePart(p, p.family), "username", b.nameVal(p, ""), "language_code", b.loc.code[:2])),
			"contact", raw(obj("phone_number", b.phoneStyle("cc_nospace"), "first_name", b.namePart(p, p.given))), "date", raw(b.epochSec()))))
		return fmt.Sprintf("telegram bot %s update: %s", b.cred("telegram_bot_token", b.nzdigits(10)+":AA"+b.from("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-", 33)), u)
	}},
	{"telephony", "viber_line", "json_twice", false, func(b *B) string {
		p := b.person(b.loc)
		in := obj("event", "message", "sender", raw(obj("id", b.lk("viber_user_id", b.alnum(22)+"=="), "name", b.nameVal(p, ""), "country", b.country())), "message", raw(obj("type", "text", "text", b.free(b.loc.callme, b.phone()))), "message_token", raw(b.nzdigits(18)))
		return b.nd("service.name", "chat-hub", "channel", b.pickS("viber line"), "payload", jstr(in))
	}},
}

func ediEsc(s string) string {
	return strings.NewReplacer("?", "??", "+", "?+", ":", "?:", "'", "?'").Replace(s)
}

func pad(s string, n int) string {
	r := []rune(s)
	if len(r) >= n {
		return string(r[:n])
	}
	return s + strings.Repeat(" ", n-len(r))
}

var tmplsEDI = []tmpl{
	{"edi", "x12_850", "x12", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		sender := b.pickS("SHOPOPS ACMERETAIL NORDICMALL")
		ctl := b.isaCtl()
		sec := "          "
		auth := "00"
		if b.chance(0.5) {
			auth = "01"
			sec = b.cred("edi_van_password", b.upalnum(10))
		}
		return fmt.Sprintf("ISA*00*          *%s*%s*%s*%s*ZZ*%s*261206*1554*U*00401*%s*0*P*>~GS*PO*%s*%s*20261206*1554*%s*X*004010~ST*850*%s~BEG*00*DS*%s**20261206~N1*SF*%s*9*%s~N1*ST*%s~N3*%s~N4*%s**%s*%s~PER*IC*%s*TE*%s*EM*%s~PO1*1*2*EA*%s**EN*%s*VP*%s~CTT*1~SE*9*%s~GE*1*%s~IEA*1*%s~",
			auth, sec, b.x12Qual(), pad(sender, 15), pad("PARTNERVAN", 15), ctl, sender, "PARTNERVAN", b.gsCtl(), b.stCtl(), b.lk("po_number", "PO"+b.digits(8)), b.company(), b.gln(),
			b.nameVal(p, "upper"), b.addrVal(a, "street"), a.city, a.postcode, b.country(), b.nameVal(p, ""), b.phone(), b.email(), b.num2(), b.ean13(), b.sku(), "0001", "1", ctl)
	}},
	{"edi", "x12_856", "x12", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		return fmt.Sprintf("ST*856*%s~BSN*00*%s*20261206*1554~HL*1**S~TD5**2*%s~REF*CN*%s~N1*SF*%s*UL*%s~N1*ST*%s*92*%s~N3*%s~N4*%s**%s*%s~HL*2*1*O~PRF*%s~HL*3*2*I~LIN**UP*%s~SN1**%d*EA~MAN*GM*%s~SE*14*%s~",
			b.stCtl(), b.lk("shipment_id", "SH"+b.digits(9)), b.pickS("UPSN FDEG DHLE"), b.tracking(), b.company(), b.gln(), b.nameVal(p, "upper"), b.lk("ship_to_code", b.digits(6)), b.addrVal(a, "street"), a.city, a.postcode, b.country(),
			b.lk("po_number", "PO"+b.digits(8)), b.lk("upc", b.digits(12)), 1+b.intn(9), b.lk("sscc", "00"+b.sscc()), "0001")
	}},
	{"edi", "x12_810_940", "x12", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("ST*%s*%s~BIG*20261206*%s**%s~N1*BT*%s~N3*%s~PER*BD*%s*TE*%s~IT1*1*1*EA*%s**VP*%s~TDS*%s~SAC*C*D240***%s~CTT*1~SE*9*%s~",
			b.pickS("810 940"), b.stCtl(), b.invoiceNo(), b.lk("po_number", "PO"+b.digits(8)), b.nameVal(p, ""), b.addr(), b.nameVal(p, ""), b.phone(), b.num2(), b.sku(), b.lk("amount", b.digits(5)), b.lk("amount", b.digits(4)), "0001")
	}},
	{"edi", "edifact_orders", "edifact", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		e := b.emailText(p)
		for strings.Contains(e, "+") {
			e = b.emailText(p)
		}
		ev := b.val("email", "", e, emailChecks(e))
		ph := b.phoneStyle(b.pickP("national_spaced|national_compact|e164"))
		return fmt.Sprintf("UNA:+.? 'UNB+UNOC:3+%s:14+%s:14+%s:1554+%s'UNH+1+%s'BGM+220+%s+9'DTM+137:%s:102'NAD+SU+%s::9++%s'NAD+DP+++%s+%s+%s++%s+%s'CTA+IC+:%s'COM+%s:TE'COM+%s:EM'FTX+DEL+++%s'LIN+1++%s:EN'QTY+21:%d'UNS+S'UNT+12+1'UNZ+1+%s'",
			b.gln(), b.gln(), b.yymmdd(), b.unbRef(), b.edifactCode(), b.lk("po_number", "PO"+b.digits(8)), "20"+b.yymmdd(), b.gln(), ediEsc(b.companyTrap()),
			ediEsc(b.nameVal(p, "")), ediEsc(b.addrVal(a, "street")), ediEsc(a.city), a.postcode, b.country(), ediEsc(b.nameVal(p, "")), ediEsc(ph), ev, ediEsc(b.free(b.loc.callme)), b.ean13(), 1+b.intn(9), "1")
	}},
	{"edi", "edifact_invoic", "edifact", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("UNH+%s+INVOIC:D:96A:UN:EAN008'BGM+380+%s+9'DTM+3:%s:102'RFF+ON:%s'NAD+IV+%s::9++%s'RFF+VA:%s'NAD+BY+++%s'FII+BF+%s:%s+%s:25:5'MOA+86:%s'TAX+7+VAT+++:::%s'UNT+11+%s'",
			b.unbRef(), b.invoiceNo(), "20"+b.yymmdd(), b.lk("po_number", "PO"+b.digits(8)), b.gln(), ediEsc(b.companyTrap()), b.vatID(), ediEsc(b.nameVal(p, "")), b.iban(), ediEsc(b.nameVal(p, "upper")), b.bic(), b.num2(), fmt.Sprint(5+b.intn(20)), "1")
	}},
	{"edi", "edifact_desadv", "edifact", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("UNH+1+%s'BGM+351+%s+9'NAD+CZ+%s::9'NAD+ST+++%s+%s'COM+%s:TE'CPS+1'PAC+1++PK'GIN+BJ+%s'LIN+1++%s:EN'",
			b.edifactCode(), b.lk("despatch_number", "DA"+b.digits(7)), b.gln(), ediEsc(b.nameVal(p, "")), ediEsc(b.addr()), ediEsc(b.phone()), b.lk("sscc", b.sscc()), b.ean13())
	}},
	{"edi", "as2_mdn", "text", true, func(b *B) string {
		return fmt.Sprintf("AS2 [%s] outbound message %s to %s: MDN received\nDisposition: automatic-action/MDN-sent-automatically; processed\nReceived-Content-MIC: %s, sha-256\nOriginal-Message-ID: %s\nconfig reload: as2.partner.%s.password=%s sftp.password=%s van.mailbox=%s van.mailbox.password=%s",
			b.lk("as2_id", "SHOPOPS-AS2"), b.messageID(), b.lk("as2_id", b.pickS("WALMART-EDI ZALANDO-AS2 METRO-AS2")), b.lk("mic", b.b64(b.hex(32))), b.messageID(), b.pickS("metro zalando emag"), b.cred("as2_password", b.password()), b.cred("sftp_password", b.password()), b.lk("van_mailbox", "MBX"+b.digits(6)), b.cred("van_password", b.upalnum(8)))
	}},
}

func (b *B) sscc() string {
	s := b.digits(1) + b.pickS("590 594 400 869") + b.digits(13)
	return s + string(mod10GS1(s))
}
