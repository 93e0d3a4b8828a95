package twentyfirsteval

import (
	"fmt"
	"net/url"
	"strings"
)

var tmplsHelpdesk = []tmpl{
	{"helpdesk", "ticket_created", "ndjson", false, func(b *B) string {
		l := b.loc
		p := b.person(l)
		return b.nd("service.name", "helpdesk-bridge", "ticket.id", b.lk("ticket_id", fmt.Sprint(100000+b.intn(900000))), "ticket.via", b.pickS("email phone web"), "ticket.requester.name", b.nameVal(p, ""), "ticket.requester.email", b.emailOf(p),
			"ticket.subject", "Re: "+b.orderID(), "ticket.description", b.free(l.hello, l.late, b.orderID(), l.shipto, b.addr(), l.callme, b.phone(), l.thanks, b.nameVal(p, "")), "ticket.priority", b.pickS("normal high"), "ticket.assignee", b.roleDisplay())
	}},
	{"helpdesk", "email_thread", "email_quoted", true, func(b *B) string {
		l := b.loc
		p := b.person(l)
		return fmt.Sprintf("%s\n%s %s\n\n%s\n\n-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s <%s>\nSubject: Ticket #%s\n\n> %s %s,\n> %s\n> %s %s\n>\n> -- \n> %s | %s",
			b.free(l.hello), b.free(l.shipto), b.addr(), b.nameVal(p, ""), b.roleDisplay()+" <support@shop-ops.net>", b.rfc5322(), b.nameVal(p, ""), b.emailOf(p), b.lk("ticket_id", fmt.Sprint(100000+b.intn(900000))),
			"Dear", b.roleWord(), "we need the delivery address again for order "+b.orderID()+".", "Reference", b.uuid(), b.roleDisplay(), b.company())
	}},
	{"helpdesk", "phone_ticket", "text", true, func(b *B) string {
		l := b.loc
		p := b.person(l)
		return fmt.Sprintf("Inbound call %s from %s at %s. Caller %s asked to change the delivery address of %s to %s. Identity verified with OTP %s sent to %s. Callback requested on %s. Agent: %s",
			b.callID(), b.phone(), b.isoTime(), b.nameVal(p, ""), b.orderID(), b.addr(), b.cred("support_otp", b.otp(6)), b.email(), b.phone(), b.roleWord())
	}},
	{"helpdesk", "agent_note", "text", true, func(b *B) string {
		l := b.loc
		p := b.person(l)
		return fmt.Sprintf("internal note (%s): %s — %s %s %s; customer %s wrote: \"%s\"",
			b.roleWord(), b.lk("ticket_id", fmt.Sprint(100000+b.intn(900000))), b.pickP("refund issued for|replacement sent for|chargeback risk on"), b.orderID(), b.amount(), b.nameVal(p, "comma"),
			b.free(l.late, l.callme, b.phone(), l.address, b.addr()))
	}},
	{"helpdesk", "macro", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("macro %s applied: \"Hi %s, we have updated the address on %s. If anything is wrong reply to this e-mail or call us.\" rendered for %s <%s>, phone on file %s",
			b.lk("macro_id", "m-"+b.digits(5)), b.placeholder(), b.orderID(), b.nameVal(p, ""), b.emailOf(p), b.phone())
	}},
	{"helpdesk", "csat_reply", "url_query", true, func(b *B) string {
		l := b.loc
		p := b.person(l)
		q := url.Values{}
		comment := b.free(l.thanks, l.name, b.nameVal(p, ""), l.callme, b.phone())
		q.Set("ticket", b.lk("ticket_id", fmt.Sprint(100000+b.intn(900000))))
		q.Set("score", fmt.Sprint(1+b.intn(5)))
		q.Set("comment", comment)
		q.Set("email", b.emailOf(p))
		return fmt.Sprintf("%s - - [06/Dec/2026:%02d:%02d:%02d +0000] \"GET /csat/submit?%s HTTP/1.1\" %s %d \"-\" \"%s\"", b.ip(), b.intn(24), b.intn(60), b.intn(60), q.Encode(), b.httpStatus(), 200+b.intn(4000), b.ua())
	}},
}

var tmplsEdge = []tmpl{
	{"edge", "nginx_query", "url_query", true, func(b *B) string {
		q := url.Values{}
		q.Set("email", b.email())
		q.Set("phone", b.phone())
		q.Set("order", b.orderID())
		return fmt.Sprintf("%s - - [06/Dec/2026:%02d:%02d:%02d +0100] \"GET /api/v2/customers/lookup?%s HTTP/1.1\" %s %d \"https://backoffice.shop-ops.net/customers\" \"%s\" rt=%s uct=0.001",
			b.ip(), b.intn(24), b.intn(60), b.intn(60), q.Encode(), b.httpStatus(), 100+b.intn(9000), b.ua(), b.num2())
	}},
	{"edge", "apache_reset", "url_query", true, func(b *B) string {
		return fmt.Sprintf("%s - - [06/Dec/2026:%02d:%02d:%02d +0000] \"GET /account/reset?token=%s&email=%s&utm_source=%s HTTP/1.1\" %s %d \"-\" \"%s\"",
			b.ip(), b.intn(24), b.intn(60), b.intn(60), b.cred("reset_token", b.alnum(32)), url.QueryEscape(b.email()), b.pickS("newsletter sms"), b.httpStatus(), b.intn(9000), b.ua())
	}},
	{"edge", "waf_block", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		body := url.Values{}
		body.Set("name", b.nameVal(p, ""))
		body.Set("card_number", b.card())
		body.Set("cvv", b.otp(3))
		body.Set("address", b.addr())
		return b.nd("service.name", "waf", "action", "BLOCK", "terminatingRuleId", b.pickS("942100 941160 AWS-AWSManagedRulesSQLiRuleSet"), "httpRequest.clientIp", b.ip(), "httpRequest.uri", "/checkout/submit", "httpRequest.httpMethod", "POST",
			"httpRequest.requestId", b.uuid(), "httpRequest.body", body.Encode(), "httpRequest.country", b.country())
	}},
	{"edge", "cloudfront", "tsv", true, func(b *B) string {
		qs := "email=" + url.QueryEscape(url.QueryEscape(b.email())) + "&ref=" + b.orderID()
		return strings.Join([]string{"2026-12-06", fmt.Sprintf("%02d:%02d:%02d", b.intn(24), b.intn(60), b.intn(60)), b.lk("edge_location", b.pickS("FRA56-P3 OTP50-C1 BUD50-P1 SIN2-C1")), fmt.Sprint(b.intn(90000)), b.ip(), "GET", b.lk("cf_host", "d"+b.lowalnum(13)+".cloudfront.net"), "/newsletter/confirm", b.httpStatus(), "-", strings.ReplaceAll(b.ua(), " ", "%20"), qs, "-", b.pickS("Hit Miss"), b.lk("cf_request_id", b.alnum(24)+"=="), "shop-ops.net", "https"}, "\t")
	}},
	{"edge", "har_entry", "ndjson", false, func(b *B) string {
		p := b.person(b.loc)
		post := obj("email", b.emailOf(p), "password", b.cred("login_password", b.password()), "remember", raw("true"))
		return b.nd("service.name", "har-capture", "har.request.method", "POST", "har.request.url", "https://shop-ops.net/api/session", "har.request.headers", raw(`[{"name":"Cookie","value":`+jstr("sessionid="+b.cred("session_cookie", b.lowalnum(32))+"; _ga="+"GA1.2."+b.nzdigits(9)+"."+fmt.Sprint(b.epochS()))+`},{"name":"User-Agent","value":`+jstr(b.ua())+`}]`),
			"har.request.postData.text", post, "har.response.status", raw(b.httpStatus()), "har.timings.wait", raw(b.lk("timing_ms", b.num2())))
	}},
	{"edge", "curl_verbose", "http_headers", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("*   Trying %s:443...\n* Connected to api.sendgrid.com port 443\n> POST /v3/mail/send HTTP/2\n> Host: api.sendgrid.com\n> user-agent: %s\n> authorization: Bearer %s\n> content-type: application/json\n>\n< HTTP/2 %s\n< x-message-id: %s\n< date: %s\n{\"personalizations\":[{\"to\":[{\"email\":\"%s\",\"name\":\"%s\"}]}],\"subject\":\"Order %s\"}",
			b.ip(), b.ua(), b.cred("sendgrid_key", "SG."+b.alnum(22)+"."+b.alnum(43)), b.httpStatus(), b.lk("sg_message_id", b.alnum(22)), b.rfc5322(), b.emailOf(p), b.nameVal(p, ""), b.orderID())
	}},
	{"edge", "fastly_basic", "http_headers", true, func(b *B) string {
		user := b.pickS("partner-metro edi-upload shop-b2b")
		pw := b.password()
		return fmt.Sprintf("GET /b2b/catalog.xml HTTP/1.1\nHost: b2b.shop-ops.net\nAuthorization: Basic %s\nX-Forwarded-For: %s\nFastly-Client-IP: %s\nX-Request-ID: %s\nUser-Agent: %s\nCookie: JSESSIONID=%s",
			b.cred("basic_auth", b.b64(user+":"+pw)), b.ip(), b.ip(), b.uuid(), b.ua(), b.cred("session_cookie", b.HEX(32)))
	}},
}

var tmplsDirectory = []tmpl{
	{"directory", "ldif_person", "ldif", true, func(b *B) string {
		p := b.person(b.loc)
		a := b.address(b.loc)
		uid := strings.ToLower(b.lower(1) + asciiOnly(p.family))
		if len(uid) < 3 {
			uid = "u" + b.digits(6)
		}
		return fmt.Sprintf("dn: uid=%s,%s\nobjectClass: inetOrgPerson\ncn: %s\nsn: %s\ngivenName: %s\nmail: %s\ntelephoneNumber: %s\nmobile: %s\npostalAddress: %s$%s$%s\nemployeeNumber: %s\nobjectGUID:: %s\n",
			uid+b.digits(2), b.ldapDN(), b.nameVal(p, ""), b.namePart(p, p.family), b.namePart(p, p.given), b.emailOf(p), b.phone(), b.phone(), b.addrVal(a, "street"), a.postcode, a.city, b.lk("employee_number", "E"+b.digits(5)), b.lk("object_guid", b.b64(b.hex(16))))
	}},
	{"directory", "ldif_service", "ldif", true, func(b *B) string {
		return fmt.Sprintf("dn: cn=%s,%s\nobjectClass: applicationProcess\ncn: %s\ndescription: %s\ntelephoneNumber: %s\nuserPassword: %s\npwdPolicySubentry: cn=default,ou=policies,dc=shop,dc=internal\n",
			b.svcAccount(), b.ldapDN(), b.svcAccount(), b.roleDisplay(), b.phoneStyle("intl_spaced"), b.cred("ldap_password", b.password()))
	}},
	{"directory", "ldapsearch_cmd", "text", true, func(b *B) string {
		return fmt.Sprintf("+ ldapsearch -x -H ldaps://%s:636 -D \"cn=%s,%s\" -w '%s' -b \"%s\" \"(mail=%s)\" cn telephoneNumber\n# numResponses: %d",
			b.lk("ldap_host", "dc01."+strings.ToLower(b.pickS("CORP.SHOP.INTERNAL RETAIL.EXAMPLE.NET AD.WAREHOUSE.LOCAL"))), b.svcAccount(), b.ldapDN(), b.cred("ldap_bind_password", b.password()), b.ldapDN(), b.email(), 1+b.intn(3))
	}},
	{"directory", "scim_user", "json_in_string", true, func(b *B) string {
		p := b.person(b.loc)
		u := obj("schemas", raw(`["urn:ietf:params:scim:schemas:core:2.0:User"]`), "id", b.uuid(), "externalId", b.lk("external_id", "00u"+b.alnum(17)), "userName", b.emailOf(p),
			"name", raw(obj("givenName", b.namePart(p, p.given), "familyName", b.namePart(p, p.family), "formatted", b.nameVal(p, ""))), "phoneNumbers", raw(`[{"value":`+jstr(b.phone())+`,"type":"work"}]`), "addresses", raw(`[{"streetAddress":`+jstr(b.addr())+`,"type":"work"}]`), "active", raw("true"))
		return "SCIM PUT /scim/v2/Users/" + b.uuidS() + " body=" + u
	}},
	{"directory", "saml_assertion", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf(`<saml2:Assertion xmlns:saml2="urn:oasis:names:tc:SAML:2.0:assertion" ID="_%s" IssueInstant="%s" Version="2.0"><saml2:Issuer>https://idp.shop-ops.net/realms/staff</saml2:Issuer><saml2:Subject><saml2:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">%s</saml2:NameID></saml2:Subject><saml2:AttributeStatement><saml2:Attribute Name="displayName"><saml2:AttributeValue>%s</saml2:AttributeValue></saml2:Attribute><saml2:Attribute Name="telephoneNumber"><saml2:AttributeValue>%s</saml2:AttributeValue></saml2:Attribute><saml2:Attribute Name="role"><saml2:AttributeValue>%s</saml2:AttributeValue></saml2:Attribute><saml2:Attribute Name="department"><saml2:AttributeValue><![CDATA[%s]]></saml2:AttributeValue></saml2:Attribute></saml2:AttributeStatement></saml2:Assertion>`,
			b.hex(32), b.isoTime(), b.emailOf(p), xmlEsc(b.nameVal(p, "")), b.phone(), b.roleWord(), b.roleDisplay())
	}},
	{"directory", "windows_4738", "xml", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf(`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><EventID>%s</EventID><TimeCreated SystemTime="%s"/><EventRecordID>%s</EventRecordID><Computer>DC01.%s</Computer></System><EventData><Data Name="TargetUserName">%s</Data><Data Name="TargetDomainName">%s</Data><Data Name="TargetSid">%s</Data><Data Name="DisplayName">%s</Data><Data Name="UserPrincipalName">%s</Data><Data Name="HomeDirectory">-</Data><Data Name="SubjectUserName">%s</Data></EventData></Event>`,
			b.eventID(), b.isoTime(), b.lk("record_id", b.nzdigits(7)), strings.ToLower(b.pickS("CORP.SHOP.INTERNAL RETAIL.EXAMPLE.NET AD.WAREHOUSE.LOCAL")), b.lk("sam_account", "u"+b.digits(6)), b.lk("domain", "SHOPCORP"), b.sid(), xmlEsc(b.nameVal(p, "")), b.emailOf(p), b.svcAccount())
	}},
	{"directory", "kerberos_ktpass", "text", true, func(b *B) string {
		return fmt.Sprintf("C:\\> ktpass /princ HTTP/erp.%s@%s /mapuser %s /crypto AES256-SHA1 /ptype KRB5_NT_PRINCIPAL /pass %s /out C:\\keytabs\\erp.keytab\nTargeting domain controller: dc01\nKey created. Output keytab to C:\\keytabs\\erp.keytab: Keytab version: 0x502 keysize 85 vno 3 etype 0x12 (AES256-SHA1) keylength 32 (0x%s)",
			strings.ToLower(b.pickS("CORP.SHOP.INTERNAL RETAIL.EXAMPLE.NET AD.WAREHOUSE.LOCAL")), b.realm(), b.svcAccount(), b.cred("keytab_password", b.password()), b.lk("key_hex_prefix", b.hex(8)))
	}},
	{"directory", "oidc_client", "yaml", true, func(b *B) string {
		return fmt.Sprintf("oidc:\n  issuer: https://idp.shop-ops.net/realms/staff\n  client_id: %s\n  client_secret: %s\n  redirect_uri: https://erp.shop-ops.net/oauth2/callback\n  saml_sp_signing_key_ref: %s\n  %s",
			b.lk("client_id", b.uuidS()), b.cred("oidc_client_secret", b.alnum(32)), b.trap("key", "vault/idp/sp-key"), b.keyTrap())
	}},
}

var tmplsSyslog = []tmpl{
	{"syslog", "rfc5424_sd", "syslog", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("%s1 %s %s %s %s %s [meta customer=\"%s\" phone=\"%s\" order=\"%s\"][origin ip=\"%s\"] loyalty lookup ok points=%d",
			b.syslogPRI(), b.isoTime(), b.lk("hostname", "pos-gw-0"+fmt.Sprint(1+b.intn(9))), "pos-sync", b.pid(), b.lk("msgid", "ID"+b.digits(2)), b.nameVal(p, ""), b.phone(), b.orderID(), b.ip(), b.intn(9000))
	}},
	{"syslog", "rfc3164_sudo", "syslog", true, func(b *B) string {
		return fmt.Sprintf("%s%s erp01 sudo[%s]: erpadm : TTY=pts/%d ; PWD=/opt/erp ; USER=root ; COMMAND=/usr/bin/mysql -u shop -p%s -h %s erp -e \"select * from customers where email='%s'\"",
			b.syslogPRI(), b.syslogTime(), b.pid(), b.intn(9), b.cred("mysql_password", b.password()), b.ip(), b.email())
	}},
	{"syslog", "journald", "ndjson", false, func(b *B) string {
		dsn := fmt.Sprintf("postgres://%s:%s@db01.shop-ops.internal:5432/erp?sslmode=require", b.svcAccount(), b.cred("db_dsn_password", b.password()))
		return b.nd("__REALTIME_TIMESTAMP", b.lk("epoch_us", b.epochSec()+b.digits(6)), "_PID", b.pid(), "_SYSTEMD_UNIT", "edi-gateway.service", "SYSLOG_IDENTIFIER", "edi-gateway", "PRIORITY", "3",
			"MESSAGE", "connect failed to "+dsn+": "+b.errno()+" (customer sync for "+b.email()+")")
	}},
	{"syslog", "auditd_execve", "kv", true, func(b *B) string {
		return fmt.Sprintf("type=EXECVE msg=%s: argc=5 a0=\"curl\" a1=\"-u\" a2=\"api:%s\" a3=\"-d\" a4=\"to=%s\"\ntype=SYSCALL msg=%s: arch=c000003e syscall=59 success=yes exit=0 pid=%s auid=1001 ses=%d comm=\"curl\" exe=\"/usr/bin/curl\" key=\"outbound-mail\"",
			b.auditSerial(), b.cred("mailgun_key", "key-"+b.hex(32)), b.email(), b.auditSerial(), b.pid(), 1+b.intn(900))
	}},
	{"syslog", "windows_logon", "xml", true, func(b *B) string {
		return fmt.Sprintf(`<Event><System><Provider Name="Microsoft-Windows-Security-Auditing"/><EventID>%s</EventID><Computer>POS-%s</Computer></System><EventData><Data Name="SubjectUserSid">%s</Data><Data Name="TargetUserName">%s</Data><Data Name="LogonType">%d</Data><Data Name="IpAddress">%s</Data><Data Name="IpPort">%s</Data><Data Name="WorkstationName">%s</Data></EventData></Event>`,
			b.eventID(), b.digits(3), b.sid(), b.svcAccount(), 2+b.intn(9), b.ip(), b.port(), b.lk("hostname", "TILL-"+b.digits(2)))
	}},
	{"syslog", "app_debug", "text", true, func(b *B) string {
		p := b.person(b.loc)
		return fmt.Sprintf("%s %s[%s]: DEBUG shipping label for %s, %s, tel %s, weight %s kg, carrier %s",
			b.syslogTime(), b.lk("hostname", "label-svc"), b.pid(), b.nameVal(p, ""), b.addr(), b.phone(), b.num2(), b.company())
	}},
}
