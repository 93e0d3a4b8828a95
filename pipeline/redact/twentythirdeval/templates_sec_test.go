package twentythirdeval

import (
	"fmt"
	"strconv"
	"strings"
)

// ---- ids ----

func tEveAlert(b *B) string {
	var body string
	if b.p(0.5) {
		body = "email=" + qe(b.Email()) + "&password=" + qe(b.Cred("password"))
	} else {
		body = "cc_name=" + qe(b.Name()) + "&cc_number=" + b.Card() + "&cc_exp=0929"
	}
	pp := "POST /account/login HTTP/1.1\r\nHost: " + b.SNI() + "\r\nUser-Agent: " + b.UA() + "\r\nContent-Type: application/x-www-form-urlencoded\r\n\r\n" + body
	return b.Event("event_type", "alert", "src_ip", b.IP(), "src_port", raw(strconv.Itoa(30000+b.n(30000))), "dest_ip", b.IP(), "dest_port", raw("80"), "proto", "TCP",
		"flow_id", raw(strconv.Itoa(1000000000000000+b.n(900000000))), "community_id", "1:"+rs(b, alnum, 27)+"=",
		"alert", raw(jo("action", "allowed", "gid", raw("1"), "signature_id", raw(b.SID()), "rev", raw("3"), "signature", "ET POLICY Cleartext Password over HTTP", "category", "Potential Corporate Privacy Violation", "severity", raw("2"))),
		"http", raw(jo("hostname", b.SNI(), "url", b.Path(), "http_method", "POST", "status", raw(b.Status()))), "payload_printable", pp)
}

func tEveSMTP(b *B) string {
	from := b.Email()
	b.other()
	to := b.Email()
	return b.Event("event_type", "smtp", "src_ip", b.IP(), "dest_ip", b.IP(), "dest_port", raw("25"),
		"smtp", raw(jo("helo", "mail.shop.example", "mail_from", "<"+from+">", "rcpt_to", ja(js("<"+to+">")))),
		"email", raw(jo("status", "PARSE_DONE", "from", b.Name()+" <"+from+">", "to", ja(js(to)), "subject", "Re: order "+b.OrderAmz()+" - "+b.Free(3), "message_id", b.MsgID())))
}

func tZeekHTTP(b *B) string {
	hdr := "#separator \\x09\n#set_separator\t,\n#path\thttp\n#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h\tid.resp_p\tmethod\thost\turi\treferrer\tuser_agent\tstatus_code\tusername\tpassword\n#types\ttime\tstring\taddr\tport\taddr\tport\tstring\tstring\tstring\tstring\tstring\tcount\tstring\tstring\n"
	uri := b.Path() + "?email=" + qe(b.Email()) + "&phone=" + qe(b.Phone())
	return hdr + strings.Join([]string{b.Epoch() + "." + fmt.Sprintf("%06d", b.n(1000000)), "C" + rs(b, alnum, 17), b.IP(), strconv.Itoa(30000 + b.n(30000)), b.IP(), "80",
		b.Method(), b.SNI(), uri, "-", b.UA(), b.Status(), b.Email(), b.Cred("password")}, "\t")
}

func tZeekSMTP(b *B) string {
	hdr := "#fields\tts\tuid\tid.orig_h\tid.resp_h\thelo\tmailfrom\trcptto\tfrom\tto\tsubject\tlast_reply\n"
	from := b.Email()
	return hdr + strings.Join([]string{b.Epoch() + ".0", "C" + rs(b, alnum, 17), b.IP(), b.IP(), "mx.shop.example", from, b.Email(), "\"" + b.Name() + "\" <" + from + ">", "support@shop.example",
		"Adres " + b.Address(), "250 2.0.0 Ok: queued as " + b.QueueID()}, "\t")
}

func tTcpdump(b *B) string {
	body := jo("realName", b.Name(), "idCard", b.CNID(), "mobile", b.Phone())
	return fmt.Sprintf("%s.%06d IP %s.%d > %s.80: Flags [P.], seq 1:%d, ack 1, win 502, length %d\nE..%s@.@.\nPOST /api/v1/kyc/verify HTTP/1.1\nHost: %s\nAuthorization: Basic %s\nContent-Type: application/json\n\n%s\n",
		b.U(b.ISO())[11:19], b.n(1000000), b.IP(), 30000+b.n(30000), b.IP(), 200+b.n(900), 200+b.n(900), rs(b, "abcdefghijkl", 3), b.SNI(), b.Cred("basic"), body)
}

func tZeekDNS(b *B) string {
	p := b.who()
	q := p.latG + "-" + p.latF + ".customers.shop.example"
	return strings.Join([]string{b.Epoch() + ".12", "C" + rs(b, alnum, 17), b.IP(), strconv.Itoa(30000 + b.n(30000)), b.IP(), "53", "udp", strconv.Itoa(b.n(65535)), q, "1", "C_INTERNET", b.RType(), "NOERROR", "F", "T", b.IP(), b.TTL(), b.Trap("key", "user=-")}, "\t")
}

// ---- mailsec ----

func tPostfix(b *B) string {
	q := b.QueueID()
	return fmt.Sprintf("%s mx2 postfix/smtp[%s]: %s: to=<%s>, relay=mx.%s[%s]:25, delay=%d.%d, delays=0.1/0/0.5/0.3, dsn=2.0.0, status=sent (250 2.0.0 OK %s)\n%s mx2 postfix/cleanup[%s]: %s: message-id=%s",
		b.Syslog(), b.PID(), q, b.Email(), pick(b, b.L.mail), b.IP(), b.n(9), b.n(9), b.Epoch(), b.Syslog(), b.PID(), q, b.MsgID())
}

func tExim(b *B) string {
	e := b.Email()
	return fmt.Sprintf("%s %s <= %s H=(%s) [%s]:%d P=esmtpsa X=%s:%s CV=no A=dovecot_plain:%s S=%s id=%s T=\"%s\"",
		strings.Replace(b.U(b.ISO())[:19], "T", " ", 1), rs(b, alnum, 6)+"-"+rs(b, alnum, 6)+"-"+rs(b, alnum, 2), e, b.Host(), b.IP(), 30000+b.n(30000), b.TLS(), b.Cipher(), e, b.Bytes(), b.MsgID(), "Bestellung "+b.OrderShopify()+" "+b.Name())
}

func tMsgTrace(b *B) string {
	return b.Event("Received", b.ISO(), "SenderAddress", b.Email(), "RecipientAddress", "care@shop.example", "Subject", b.Free(3)+" - "+b.Name()+" "+b.Phone(),
		"Status", "Quarantined", "ToIP", b.IP(), "FromIP", b.IP(), "Size", raw(b.Bytes()), "MessageTraceId", b.UUID(), "MessageId", b.MsgID(), "Policy", b.Trap("product", "Proofpoint TAP"))
}

func qpSoft(s string) string {
	ws := strings.Fields(s)
	var o strings.Builder
	n := 0
	for i, w := range ws {
		if i > 0 {
			if n > 50 {
				o.WriteString("=20=\n")
				n = 0
			} else {
				o.WriteByte(' ')
			}
		}
		o.WriteString(w)
		n += len(w) + 1
	}
	return o.String()
}

func tQuarantine(b *B) string {
	name, from := b.Name(), b.Email()
	first := b.Free(0) + " " + b.Free(1) + "=20=\n" + b.Phone() + " " + b.Free(2) + "=20=\n" + b.Address()
	return fmt.Sprintf("Quarantine notice %s\nFrom: \"%s\" <%s>\nTo: care@shop.example\nReply-To: %s\nSubject: %s\nMessage-ID: %s\nAuthentication-Results: mx.shop.example; spf=%s smtp.mailfrom=%s; dkim=none header.s=%s\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: quoted-printable\n\n%s\n",
		b.QueueID(), name, from, from, b.Free(3), b.MsgID(), b.SPF(), pick(b, b.L.mail), b.Selector(), first)
}

func tDMARCruf(b *B) string {
	return fmt.Sprintf("Feedback-Type: auth-failure\nUser-Agent: %s\nVersion: 1\nOriginal-Mail-From: %s\nArrival-Date: %s\nSource-IP: %s\nAuthentication-Results: mx.shop.example; dmarc=fail (p=reject) header.from=shop.example\nDKIM-Domain: shop.example\nDKIM-Selector: %s\n\nFrom: %s <%s>\nTo: %s\nSubject: =?UTF-8?B?%s?= %s\n",
		b.Trap("product", "OpenDMARC-Filter v1.4.2"), b.Email(), b.ISO(), b.IP(), b.Selector(), b.Name(), b.Email(), b.Email(), rs(b, alnum, 24), b.OrderAmz())
}

func tSMTPAuth(b *B) string {
	if b.p(0.5) {
		return fmt.Sprintf("%s mx-submit smtpd[%s]: < %s EHLO client.local\n> 250-AUTH PLAIN LOGIN\n< AUTH PLAIN %s\n> 235 2.7.0 Authentication successful\n< MAIL FROM:<%s>\n",
			b.Syslog(), b.PID(), b.IP(), b.Cred("smtp_plain"), b.Email())
	}
	return fmt.Sprintf("%s mx-submit smtpd[%s]: debug: client=%s sasl_method=LOGIN sasl_username=%s password=%s reply=535 5.7.8 Error: authentication failed",
		b.Syslog(), b.PID(), b.IP(), b.Email(), b.Cred("password"))
}

// ---- dlp ----

func tDLPIncident(b *B) string {
	var ex string
	switch b.n(5) {
	case 0:
		ex = b.Free(0) + " " + b.Name() + " " + b.Free(1) + " " + b.Phone()
	case 1:
		ex = "IBAN " + b.IBAN() + " " + b.Name()
	case 2:
		ex = b.Free(2) + ": " + b.Address() + ", card " + b.Card()
	case 3:
		ex = "身份证 " + b.CNID() + " " + b.Name()
	default:
		ex = "api_key=" + b.Cred("api_key") + " " + b.Email()
	}
	return b.Event("incident_id", "INC-"+strconv.Itoa(100000+b.n(900000)), "policy", raw(jo("name", b.Trap("key", "edge-pii-outbound"), "severity", b.Severity())),
		"channel", pick(b, sp("web_upload email_attachment chat_export")), "matched_excerpt", ex, "file", raw(jo("name", "export_"+b.Epoch()+".xlsx", "sha256", b.SHA256())),
		"user", b.Trap("role", "svc_backup"), "src_ip", b.IP())
}

func tCASBCSV(b *B) string {
	var o strings.Builder
	if b.p(0.5) {
		o.WriteString("alert_id,detected_at,app,user,matched_type,matched_value,action\n")
	}
	for i := 0; i < 2; i++ {
		var typ, v string
		switch b.n(4) {
		case 0:
			typ, v = "IBAN", b.IBAN()
		case 1:
			typ, v = "PHONE", b.Phone()
		case 2:
			typ, v = "CREDIT_CARD", b.Card()
		default:
			typ, v = "EMAIL", b.Email()
		}
		fmt.Fprintf(&o, "%s,%s,%s,%s,%s,\"%s\",%s\n", b.UUID(), b.ISO(), pick(b, sp("Dropbox GoogleDrive Slack WeTransfer")), b.Trap("role", "nobody"), typ, v, "block")
	}
	return strings.TrimSuffix(o.String(), "\n")
}

func tDSAR(b *B) string {
	return b.Event("request_id", "DSAR-"+b.UUID(), "type", pick(b, sp("access erasure rectification")), "subject", raw(jo("name", b.Name(), "email", b.Email(), "phone", b.Phone(), "postal_address", b.Address())),
		"verified_by", "email_otp", "otp_sent", b.Cred("otp"), "received", b.ISO(), "deadline", b.ISO(), "status", "open", "iban_present", raw(b.Trap("key", "false")))
}

func tConsentCSV(b *B) string {
	return strings.Join([]string{b.UUID(), b.ISO(), b.Email(), b.Phone(), "marketing_email=granted", "analytics=denied", b.IP(), b.Version(), b.Trap("masked", "****1234")}, ";")
}

func tSetCookie(b *B) string {
	return fmt.Sprintf("HTTP/1.1 302 Found\nLocation: /account?welcome=1\nSet-Cookie: shop_session=%s; Path=/; Secure; HttpOnly; SameSite=Lax; Max-Age=1209600\nSet-Cookie: _shop_email=%s; Path=/; Expires=Wed, 09 Dec 2026 10:18:14 GMT\nSet-Cookie: consent_id=%s; Path=/\nX-Request-ID: %s\n",
		b.Cred("session_b64"), qe(b.Email()), b.UUID(), b.ReqID())
}

// ---- fraud ----

func tDevice(b *B) string {
	return b.Event("event", "velocity_check", "device_id", b.DeviceID(), "fingerprint", b.JA4(), "account", raw(jo("email", b.Email(), "phone", b.Phone())),
		"ip", b.IP(), "asn", b.ASN(), "geo", raw(jo("city", b.GeoCity(), "country", b.GeoCC(), "latlon", b.LatLon())), "risk_score", raw(b.Risk()),
		"orders_24h", raw(strconv.Itoa(b.n(20))), "order_id", b.OrderAmz(), "card_brand", b.Trap("key", "mastercard"))
}

func tATO(b *B) string {
	return fmt.Sprintf("[ATO] %s: %s (%s) logged in from %s %s/%s, then changed phone to %s and shipping to %s; risk %s; %s",
		b.ISO(), b.Name(), b.Email(), b.IP(), b.GeoCity(), b.ASN(), b.Phone(), b.Address(), b.Risk(), b.Free(4))
}

func tStuffing(b *B) string {
	var o strings.Builder
	fmt.Fprintf(&o, "credential stuffing report %s window=%s..%s source_asn=%s tried=%d\n", b.UUID(), b.ISO(), b.ISO(), b.ASN(), 100+b.n(900))
	for i := 0; i < 3; i++ {
		b.other()
		fmt.Fprintf(&o, "%s:%s\n", b.Email(), b.Cred("password"))
	}
	return o.String()
}

func tThreeDS(b *B) string {
	inner := jo("threeDSServerTransID", b.UUID(), "acctNumber", b.Card(), "cardholderName", b.Name(), "email", b.Email(), "mobilePhone", raw(jo("cc", b.L.cc, "subscriber", onlyDigits(b.phoneText(5))[len(strings.ReplaceAll(b.L.trunk, " ", "")):])), "purchaseAmount", b.Amount())
	msg := "3DS AReq forwarded: " + js(inner)
	return b.Event("message", msg, "challenge", "frictionless", "eci", "05", "acs", "acs.bank.example")
}

func tChargeback(b *B) string {
	return fmt.Sprintf(`<chargebackAlert><alertId>%s</alertId><received>%s</received><cardholder>%s</cardholder><pan>%s</pan><reasonCode>10.4</reasonCode><amount currency="EUR">%s</amount><orderId>%s</orderId><email>%s</email><ip>%s</ip></chargebackAlert>`,
		b.UUID(), b.ISO(), xe(b.Name()), b.Card(), b.U(b.Amount())[:4], b.OrderAmz(), b.Email(), b.IP())
}

// ---- identity ----

func tOkta(b *B) string {
	return b.Event("eventType", "user.session.start", "actor", raw(jo("id", "00u"+rs(b, alnum, 17), "type", "User", "alternateId", b.Email(), "displayName", b.Name())),
		"client", raw(jo("ipAddress", b.IP(), "userAgent", raw(jo("rawUserAgent", b.UA())), "geographicalContext", raw(jo("city", b.GeoCity(), "country", b.GeoCC())))),
		"outcome", raw(jo("result", "FAILURE", "reason", "INVALID_CREDENTIALS")), "debugContext", raw(jo("debugData", raw(jo("requestUri", "/oauth2/v1/authorize?login_hint="+qe(b.Email())+"&state="+b.UUID(), "threatSuspected", "false")))),
		"uuid", b.UUID(), "token_type", b.Trap("key", "Bearer"))
}

func tSAML(b *B) string {
	return fmt.Sprintf(`<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" IssueInstant="%s" Version="2.0"><saml2:Issuer>https://idp.shop.example</saml2:Issuer><saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">%s</saml2:NameID></saml2:Subject><saml2:AttributeStatement><saml2:Attribute Name="displayName"><saml2:AttributeValue>%s</saml2:AttributeValue></saml2:Attribute><saml2:Attribute Name="mobile"><saml2:AttributeValue>%s</saml2:AttributeValue></saml2:Attribute><saml2:Attribute Name="postalAddress"><saml2:AttributeValue>%s</saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion>`,
		rs(b, hexd, 32), b.ISO(), b.Email(), xe(b.Name()), b.Phone(), xe(b.Address()))
}

func tSCIM(b *B) string {
	p := b.who()
	body := jo("schemas", ja(js("urn:ietf:params:scim:schemas:core:2.0:User")), "userName", b.Email(), "name", raw(jo("givenName", p.given, "familyName", b.Family())),
		"phoneNumbers", ja(jo("value", b.Phone(), "type", "mobile")), "addresses", ja(jo("streetAddress", b.Address(), "type", "home")), "password", b.Cred("password"), "nationalId", b.CNID())
	return fmt.Sprintf("%s INFO scim-bridge POST /scim/v2/Users from %s status=%s body=%s", b.ISO(), b.IP(), b.Status(), body)
}

func tLDAP(b *B) string {
	p := b.who()
	return fmt.Sprintf("%s ldap1 slapd[%s]: conn=%d op=1 BIND dn=\"uid=%s.%s,ou=customers,dc=shop,dc=example\" method=128\n%s ldap1 slapd[%s]: conn=%d op=2 SRCH base=\"ou=customers,dc=shop,dc=example\" scope=2 filter=\"(&(mail=%s)(telephoneNumber=%s)(cn=%s))\"\n%s ldap1 slapd[%s]: conn=%d op=1 debug bindpw=%s",
		b.Syslog(), b.PID(), 1000+b.n(9000), p.latG, p.latF, b.Syslog(), b.PID(), 1000+b.n(9000), b.Email(), b.Phone(), b.Name(), b.Syslog(), b.PID(), b.n(9000), b.Cred("ldap_bind"))
}

func tRadius(b *B) string {
	n := b.n(900)
	return fmt.Sprintf("(%d) Received Access-Request Id %d from %s:%d to %s:1812 length %d\n(%d)   User-Name = \"%s\"\n(%d)   User-Password = \"%s\"\n(%d)   NAS-IP-Address = %s\n(%d)   Calling-Station-Id = \"%s\"\n(%d)   Called-Station-Id = \"%s\"\n(%d) Login incorrect (pap: Cleartext password does not match \"known good\" password)",
		n, b.n(255), b.IP(), 30000+b.n(30000), b.IP(), 100+b.n(200), n, b.Email(), n, b.Cred("radius"), n, b.IP(), n, b.PhoneE164(), n, b.MAC(), n)
}

func tVPN(b *B) string {
	return fmt.Sprintf("%s vpn-gw charon[%s]: 09[IKE] IKE_SA vpn-partner[%d] established between %s[%s]...%s[%s] user=%s psk=%s group=%s",
		b.Syslog(), b.PID(), b.n(999), b.IP(), b.SNI(), b.IP(), b.Email(), b.Email(), b.Cred("psk"), b.Trap("key", "name=edge-waf-policy"))
}

func tKeycloak(b *B) string {
	return b.Event("type", "LOGIN_ERROR", "realmId", "shop", "clientId", "storefront", "ipAddress", b.IP(), "error", "invalid_user_credentials",
		"details", raw(jo("auth_method", "openid-connect", "redirect_uri", "https://www.shop.example/cb?return_to="+qe2("/account?email="+b.Email()), "username", b.Email(), "code_id", b.UUID())),
		"client_secret", b.Cred("client_secret"), "sessionId", b.UUID())
}

var otpText = map[string]string{"lt_LT": "Jūsų patvirtinimo kodas", "ro_RO": "Codul tău de verificare este", "tr_TR": "Doğrulama kodunuz", "uk_UA": "Ваш код підтвердження", "pt_PT": "O seu código de verificação é", "vi_VN": "Mã xác minh của bạn là", "id_ID": "Kode verifikasi Anda", "hu_HU": "Az ellenőrző kódod", "cs_CZ": "Váš ověřovací kód je", "el_GR": "Ο κωδικός επαλήθευσης είναι", "zh_CN": "您的验证码是", "th_TH": "รหัส OTP ของคุณคือ"}

func tSMSMFA(b *B) string {
	txt := otpText[b.L.code]
	if txt == "" {
		txt = "Your shop verification code is"
	}
	if b.p(0.5) {
		return fmt.Sprintf("%s sms-gw INFO submit_sm id=%s to=%s sender=SHOP text=\"%s %s. Do not share it.\" status=DELIVRD parts=1 cost=0.0%d",
			b.ISO(), b.UUID(), b.PhoneE164(), txt, b.Cred("otp"), 1+b.n(9))
	}
	return fmt.Sprintf("%s mfa-svc WARN challenge=%s user=%s factor=sms phone=%s recovery_codes=[%s %s] refresh_token=%s attempts=%s",
		b.ISO(), b.UUID(), b.Email(), b.Phone(), b.Cred("recovery"), b.Cred("recovery"), b.Cred("refresh"), b.Counter())
}

// ---- cloudaudit ----

func tCloudTrail(b *B) string {
	acct := b.Account()
	var rp, re string
	switch b.n(3) {
	case 0:
		rp = jo("secretId", "prod/payments/stripe", "secretString", b.Cred("stripe"))
		re = jo("aRN", b.ARN(), "versionId", b.UUID())
	case 1:
		rp = jo("userName", "ci-deployer")
		re = jo("accessKey", raw(jo("accessKeyId", b.AWSKeyID(), "secretAccessKey", b.Cred("aws_secret"), "status", "Active")))
	default:
		rp = jo("bucketName", "shop-edge-logs", "key", "exports/buyers/"+b.Email()+"/invoice-"+b.U(b.OrderShopify())[1:]+".pdf")
		re = "null"
	}
	return b.Event("eventVersion", "1.09", "userIdentity", raw(jo("type", "AssumedRole", "arn", b.RoleARN(acct), "accountId", acct, "accessKeyId", "ASIA"+rs(b, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16))),
		"eventTime", b.ISO(), "eventSource", "secretsmanager.amazonaws.com", "eventName", pick(b, sp("PutSecretValue CreateAccessKey GetObject")), "awsRegion", "eu-central-1",
		"sourceIPAddress", b.IP(), "userAgent", "aws-cli/2.17.1", "requestParameters", raw(rp), "responseElements", raw(re), "requestID", b.UUID(), "eventID", b.UUID(),
		"secret_arn", b.Trap("key", "arn:aws:secretsmanager:eu-central-1:"+acct+":secret:prod/edge/waf-Ab12Cd"))
}

func tGCPAudit(b *B) string {
	return b.Event("logName", "projects/shop-prod/logs/cloudaudit.googleapis.com%2Fdata_access", "protoPayload", raw(jo("@type", "type.googleapis.com/google.cloud.audit.AuditLog",
		"methodName", "shop.identity.v1.RealName.Verify", "authenticationInfo", raw(jo("principalEmail", "kyc-svc@shop-prod.iam.gserviceaccount.com")),
		"requestMetadata", raw(jo("callerIp", b.IP())), "request", raw(jo("fullName", b.Name(), "residentId", b.CNID(), "mobile", b.Phone())), "resourceName", b.Resource())),
		"insertId", rs(b, alnum, 12), "severity", "NOTICE")
}

func tS3Access(b *B) string {
	key := "exports/buyers/" + qe(b.Email()) + "/statement.pdf"
	return fmt.Sprintf(`%s shop-edge-logs [%s] %s %s %s REST.GET.OBJECT %s "GET /shop-edge-logs/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F20261103%%2Feu-central-1%%2Fs3%%2Faws4_request&X-Amz-Signature=%s HTTP/1.1" %s - %s %s %d %d "-" "%s" - %s SigV4 %s AuthHeader shop-edge-logs.s3.eu-central-1.amazonaws.com %s`,
		rs(b, hexd, 64), b.CLF(), b.IP(), b.RoleARN(b.Account()), strings.ToUpper(rs(b, hexd, 16)), key, key, b.AWSKeyID(), b.Cred("amz_sig"), b.Status(), b.Bytes(), b.Bytes(), b.n(90), b.n(90), b.UA(), rs(b, alnum, 56), b.Cipher(), b.TLS())
}

func tAzureActivity(b *B) string {
	rb := jo("properties", jo("beneficiaryIban", b.IBAN(), "beneficiaryName", b.Name(), "notifyEmail", b.Email()))
	return b.Event("operationName", "MICROSOFT.LOGIC/WORKFLOWS/TRIGGERS/RUN/ACTION", "category", "Administrative", "resultType", "Success", "callerIpAddress", b.IP(),
		"correlationId", b.UUID(), "properties", raw(jo("requestbody", rb, "statusCode", "OK", "serviceRequestId", b.UUID())), "resourceId", b.Resource())
}

func tVault(b *B) string {
	return fmt.Sprintf("%s [WARN] vault-agent: template rendered with value: kv/data/shop/payments -> {\"stripe_key\":\"%s\",\"twilio_auth_token\":\"%s\",\"webhook_secret\":\"%s\"} (lease %s, ttl %ss)",
		b.ISO(), b.Cred("stripe"), b.Cred("twilio"), b.Cred("whsec"), b.UUID(), b.TTL())
}

// ---- network ----

func tACME(b *B) string {
	return fmt.Sprintf("%s acme-client: CSR subject: CN=%s, O=%s, L=%s, emailAddress=%s; SANs: DNS:%s, DNS:%s; serial %s; sha256 fingerprint %s; issuer CN=R11,O=Let's Encrypt,C=US",
		b.ISO(), b.Name(), b.Company(), b.GeoCity(), b.Email(), b.SNI(), b.Host(), b.Serial(), b.Fingerprint())
}

func tX509(b *B) string {
	return fmt.Sprintf("Certificate:\n    Serial Number:\n        %s\n    Subject: C = %s, CN = %s, emailAddress = %s\n    X509v3 Subject Alternative Name:\n        email:%s, URI:spiffe://shop.example/ns/checkout/sa/%s, DNS:%s\n    Signature Algorithm: ecdsa-with-SHA256 (%s)\n",
		b.Serial(), b.GeoCC(), b.Name(), b.Email(), b.Email(), pick(b, sp("storefront payments edge-gw")), b.SNI(), b.Trap("key", "token_type=Bearer"))
}

func tMeshClean(b *B) string {
	return fmt.Sprintf("%s istio-proxy mTLS peer=spiffe://cluster.local/ns/payments/sa/checkout san=%s issuer_serial=%s ja4=%s tls=%s cipher=%s upstream=%s status=%s traceparent=%s user=%s",
		b.ISO(), b.SNI(), b.Serial(), b.JA4(), b.TLS(), b.Cipher(), b.Upstream(), b.Status(), b.TraceParent(), b.Trap("template", "%REQ(X-USER)%"))
}

func tIstioText(b *B) string {
	return fmt.Sprintf(`[%s] "%s /api/v1/customers?phone=%s&name=%s HTTP/2" %s - via_upstream - "-" 0 %s %d %d "%s" "%s" "%s" "%s" "%s" outbound|8080||customers.shop.svc.cluster.local %s`,
		b.ISO(), b.Method(), qe(b.Phone()), qe(b.Name()), b.Status(), b.Bytes(), b.n(900), b.n(900), b.IP(), b.UA(), b.UUID(), b.SNI(), b.Upstream(), b.IP())
}

func tWiFi(b *B) string {
	return fmt.Sprintf("%s wlc-store-07 hostapd: wlan1: STA %s IEEE 802.11: authenticated; guest portal: phone=%s name=\"%s\" issued voucher; store SSID shop-guest passphrase=%s",
		b.Syslog(), b.MAC(), b.Phone(), b.Name(), b.Cred("wifi"))
}

// ---- incident ----

var analyst = map[string]string{"lt_LT": "analitiko pastaba", "ro_RO": "notă analist", "hu_HU": "elemzői megjegyzés", "cs_CZ": "poznámka analytika", "uk_UA": "нотатка аналітика", "tr_TR": "analist notu", "el_GR": "σημείωση αναλυτή", "vi_VN": "ghi chú của chuyên viên", "id_ID": "catatan analis", "pt_PT": "nota do analista", "th_TH": "บันทึกนักวิเคราะห์", "zh_CN": "分析师备注"}

func tTicket(b *B) string {
	note := analyst[b.L.code]
	if note == "" {
		note = "analyst note"
	}
	return fmt.Sprintf("SEC-%d [%s] %s: %s — customer %s reported: \"%s\" evidence pasted: phone %s, card %s used from %s (%s), ship to %s. Related %s %s",
		1000+b.n(9000), b.Severity(), note, b.Free(4), b.Name(), b.Free(3), b.Phone(), b.Card(), b.IP(), b.ASN(), b.Address(), b.Mitre(), b.CVE())
}

func tPlaybook(b *B) string {
	return b.Event("playbook", "ato-containment", "run_id", b.UUID(), "step", "reset-credentials",
		"inputs", raw(jo("victim_email", b.Email(), "victim_name", b.Name(), "ioc_ip", b.IP(), "technique", b.Mitre())),
		"outputs", raw(jo("temp_password", b.Cred("password"), "sessions_revoked", raw(b.Counter()))), "ticket", "SEC-"+strconv.Itoa(1000+b.n(9000)))
}

func tIOCcsv(b *B) string {
	return fmt.Sprintf("indicator,type,first_seen,confidence,tags,victim\n%s,ipv4,%s,%d,%s,%s\n%s,sha256,%s,%d,%s,\"%s\"\n%s,domain,%s,80,phishing,%s",
		b.IP(), b.ISO(), b.n(100), b.Category(), b.Email(), b.SHA256(), b.ISO(), b.n(100), b.Mitre(), b.Name(), "login-"+rs(b, "abcdefghij", 6)+".example", b.ISO(), b.Phone())
}

func tSOARTwice(b *B) string {
	ev := jo("evidence", "buyer "+b.Name()+" iban "+b.IBAN()+" card "+b.Card(), "reporter", b.Email())
	body := jo("webhook", "soar", "payload", ev)
	return b.Event("message", "webhook received", "body", body, "soar.case", "CASE-"+strconv.Itoa(b.n(99999)), "sha1", b.SHA1())
}

// ---- scanners ----

func tGitleaks(b *B) string {
	var rule, sec string
	switch b.n(8) {
	case 0:
		rule, sec = "aws-secret-access-key", b.Cred("aws_secret")
	case 1:
		rule, sec = "gcp-api-key", b.Cred("gcp_key")
	case 2:
		rule, sec = "github-pat", b.Cred("github")
	case 3:
		rule, sec = "slack-bot-token", b.Cred("slack")
	case 4:
		rule, sec = "azure-storage-key", b.Cred("azure_key")
	case 5:
		rule, sec = "gitlab-pat", b.Cred("gitlab")
	case 6:
		rule, sec = "sendgrid-api-token", b.Cred("sendgrid")
	default:
		rule, sec = "npm-access-token", b.Cred("npm")
	}
	return b.Event("RuleID", rule, "Description", "Detected a secret", "StartLine", raw(strconv.Itoa(1+b.n(400))), "File", "deploy/edge/values-"+b.GeoCC()+".yaml",
		"Secret", sec, "Commit", b.SHA1(), "Author", b.Trap("role", "nginx"), "Entropy", raw(fmt.Sprintf("%d.%d", 3+b.n(3), b.n(10))), "Fingerprint", b.SHA1()+":deploy/edge/values.yaml:"+rule)
}

func tTruffle(b *B) string {
	return fmt.Sprintf("Found verified result 🐷🔑\nDetector Type: AWS\nDecoder Type: PLAIN\nRaw result: %s\nResource_type: Access key\nAccount: %s\nFile: infra/edge/terraform.tfvars\nLine: %d\nCommit: %s\nsecret_key = \"%s\"\n-----BEGIN RSA PRIVATE KEY-----\n%s\n",
		b.AWSKeyID(), b.Account(), 1+b.n(300), b.SHA1(), b.Cred("aws_secret"), b.Cred("pem_line"))
}

func tPentest(b *B) string {
	b.other()
	return fmt.Sprintf("Finding PT-%d (%s, %s): IDOR on /api/v1/orders/{id}\nRequest:\nGET /api/v1/orders/%s HTTP/1.1\nHost: %s\nCookie: session=%s\n\nResponse:\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n%s\n",
		b.n(99), b.CWE(), b.Severity(), b.OrderAmz(), b.SNI(), b.Cred("session"), jo("order", b.OrderAmz(), "buyer", jo("name", b.Name(), "email", b.Email(), "phone", b.Phone(), "address", b.Address()), "total", b.Amount()))
}

func tDrift(b *B) string {
	return fmt.Sprintf("config drift on %s (%s): .env changed\n- SMTP_PASSWORD=%s\n+ SMTP_PASSWORD=%s\n  TWILIO_AUTH_TOKEN=%s\n  OIDC_CLIENT_SECRET=%s\n  SUPPORT_CONTACT=%s\n  REGION=eu-central-1\n  PASSWORD_POLICY=%s",
		b.Host(), b.Version(), b.Cred("db_password"), b.Cred("db_password"), b.Cred("twilio"), b.Cred("client_secret"), b.Email(), b.Trap("key", "min12"))
}

func tContainerScan(b *B) string {
	return fmt.Sprintf("%s trivy: image registry.shop.example/edge/waf-sidecar:%s (%s) %s %s severity=%s pkg=openssl installed=%s fixed=%s digest=sha256:%s %s %s",
		b.ISO(), b.Version(), b.Trap("product", "Suricata 7.0.6"), b.CVE(), b.CWE(), b.Severity(), b.Version(), b.Version(), b.SHA256(), b.Trap("masked", pick(b, trapMasked)), b.Trap("template", pick(b, trapTemplates)))
}

// ---- extra traps and clean lines ----

func tCleanProxy(b *B) string {
	return fmt.Sprintf(`%s - %s [%s] "%s %s?sku=%s&ean=%s HTTP/1.1" %s %s "-" "%s" rt=%s order=%s track=%s ts=%s amount=%s %s %s`,
		b.IP(), b.Trap("template", "$remote_user"), b.CLF(), b.Method(), b.Path(), b.SKU(), b.EAN(), b.Status(), b.Bytes(), b.UA(), b.RT(), b.OrderTikTok(), b.Tracking(), b.EpochMsLuhn(), b.Amount(),
		b.Trap("key", pick(b, trapKeys)), b.Trap("role", pick(b, trapRoles)))
}

func tCleanSIEM(b *B) string {
	return b.Event("rule", raw(jo("id", b.Rule(), "mitre", b.Mitre(), "level", raw(strconv.Itoa(b.n(15))))), "source", raw(jo("ip", b.IP6(), "cidr", b.CIDR(), "mac", b.MAC())),
		"order_id", b.OrderAmz(), "store", b.Store(), "product", b.Product(), "ean", b.EAN(), "tracking", b.Tracking(), "span_id", b.Span(), "md5", b.MD5(),
		"kid", b.Kid(), "user", b.Trap("role", pick(b, trapRoles)), "masked_card", b.Trap("masked", pick(b, trapMasked)), "tmpl", b.Trap("template", pick(b, trapTemplates)),
		"vendor", b.Trap("product", pick(b, trapProducts)), "lat_lon", b.LatLon(), "country", b.Country(), "ts", raw(b.Epoch()))
}
