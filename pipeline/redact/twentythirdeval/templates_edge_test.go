package twentythirdeval

import (
	"fmt"
	"strconv"
	"strings"
)

// ---- proxy ----

func tNginxBody(b *B) string {
	ip, clf := b.IP(), b.CLF()
	path := b.Path()
	var body string
	switch b.n(4) {
	case 3:
		body = "cardholder=" + qe(b.Name()) + "&number=" + b.Card() + "&exp=09%2F29&email=" + qe(b.Email())
	case 0:
		body = "email=" + qe(b.Email()) + "&password=" + qe(b.Cred("password")) + "&remember=1"
	case 1:
		body = "{\"login\":\"" + b.Email() + "\",\"pass\":\"" + b.Cred("password") + "\",\"captcha\":\"ok\"}"
	default:
		body = "name=" + qe(b.Name()) + "&phone=" + qe(b.Phone()) + "&ship_to=" + qe(b.Address()) + "&sku=" + b.SKU()
	}
	return fmt.Sprintf(`%s - %s [%s] "%s %s HTTP/1.1" %s %s "https://%s/cart" "%s" rt=%s uct="0.001" upstream=%s req_id=%s body="%s"`,
		ip, b.Trap("template", "-"), clf, b.Method(), path, b.Status(), b.Bytes(), b.SNI(), b.UA(), b.RT(), b.Upstream(), b.ReqID(), nx(body))
}

func tNginxCookie(b *B) string {
	ip := b.IP()
	sess := b.Cred("session")
	var q string
	if b.p(0.5) {
		q = "?return_to=" + qe("https://www.shop.example/account?login_hint="+qe(b.Email()))
	} else {
		q = "?ref=" + b.U(b.OrderShopify())[1:] + "&ts=" + b.EpochMsLuhn()
	}
	return fmt.Sprintf(`%s %s - [%s] "GET /account%s HTTP/2.0" %s %s "-" "%s" "%s" cookie_session="%s" cookie_cart="%s" http_x_customer_phone="%s" ssl=%s/%s`,
		b.SNI(), ip, b.CLF(), q, b.Status(), b.Bytes(), b.UA(), b.Trace(), sess, b.UUID(), b.Phone(), b.TLS(), b.Cipher())
}

func tHAProxy(b *B) string {
	var auth string
	if b.p(0.4) {
		auth = "Basic " + b.Cred("basic")
	} else {
		auth = "Bearer " + b.Cred("jwt")
	}
	return fmt.Sprintf(`%s haproxy[%s]: %s:%d [%s] fe_https~ be_checkout/app%d 0/0/1/%d/%d %s %s - - ---- 12/12/3/1/0 0/0 {%s|%s|%s} {%s} "POST %s HTTP/1.1"`,
		b.Syslog(), b.PID(), b.IP(), 30000+b.n(30000), b.CLF(), 1+b.n(6), b.n(90), b.n(200), b.Status(), b.Bytes(),
		b.UA(), auth, b.Email(), b.ReqID(), b.Path())
}

func tEnvoy(b *B) string {
	return b.Event("upstream_cluster", "outbound|8080||checkout.shop.svc.cluster.local", "method", b.Method(), "path", b.Path()+"?customer="+qe(b.Email()),
		"response_code", raw(b.Status()), "bytes_sent", raw(b.Bytes()), "x_forwarded_for", b.IP(), "request_id", b.UUID(), "authority", b.SNI(),
		"x-user-name", b.Name(), "x-api-key", b.Cred("api_key"), "traceparent", b.TraceParent(), "user_agent", b.UA(),
		"log_format", b.Trap("template", "%REQ(X-USER)%"), "upstream_host", b.Upstream(), "duration", raw(strconv.Itoa(b.n(900))))
}

func tIIS(b *B) string {
	hdr := "#Software: Microsoft Internet Information Services 10.0\n#Version: 1.0\n#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Cookie) sc-status sc-substatus time-taken\n"
	q := "email=" + qe(b.Email()) + "&tel=" + qe(b.Phone()) + "&order=" + b.OrderAmz()
	user := b.Trap("role", "-")
	if b.p(0.4) {
		user = b.Email()
	}
	return hdr + fmt.Sprintf("%s %s %s %s /checkout/confirm.aspx %s %s %s %s %s ASP.NET_SessionId=%s %s 0 %d",
		b.U(b.ISO())[:10], b.U(b.ISO())[11:19], b.IP(), b.Method(), q, b.Port(), user, b.IP(), strings.ReplaceAll(b.UA(), " ", "+"), b.Cred("session"), b.Status(), b.n(3000))
}

func tTraefik(b *B) string {
	return b.Event("ClientHost", b.IP(), "RequestMethod", b.Method(), "RequestPath", b.Path(), "DownstreamStatus", raw(b.Status()),
		"RequestHost", b.SNI(), "request_Cookie", "_shop_sess="+b.Cred("session_b64")+"; consent=1; _ga=GA1.2."+b.Epoch(),
		"request_X-Customer-Email", b.Email(), "request_X-Delivery-Address", b.Address(), "Duration", raw(b.Bytes()), "RouterName", "storefront@kubernetescrd",
		"TLSVersion", b.TLS())
}

func tCaddy(b *B) string {
	return b.Event("level", "info", "logger", "http.log.access.log0", "msg", "handled request",
		"request", raw(jo("remote_ip", b.IP(), "proto", "HTTP/2.0", "method", b.Method(), "host", b.SNI(), "uri", "/api/v2/address?name="+qe(b.Name())+"&phone="+qe(b.Phone()),
			"headers", raw(jo("Authorization", ja(js("Bearer "+b.Cred("bearer_opaque"))), "User-Agent", ja(js(b.UA())))))),
		"status", raw(b.Status()), "size", raw(b.Bytes()), "duration", raw(b.RT()))
}

// ---- cdn ----

func tCloudFront(b *B) string {
	hdr := "#Version: 1.0\n#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id\n"
	var q string
	switch b.n(3) {
	case 0:
		q = "email=" + qe(b.Email()) + "&mobile=" + qe(b.Phone())
	case 1:
		q = "return_to=" + qe2("https://www.shop.example/checkout?email="+b.Email()+"&name="+b.Name())
	default:
		q = "cardnumber=" + b.Card() + "&exp=09%2F29"
	}
	return hdr + strings.Join([]string{b.U(b.ISO())[:10], b.U(b.ISO())[11:19], pick(b, sp("FRA56-P1 AMS1-C1 OTP50-C1 IST50-P2 SIN2-C1")), b.Bytes(), b.IP(), b.Method(), "d1x2y3z4.cloudfront.net",
		b.Path(), b.Status(), "-", qe(b.UA()), q, "session-token=" + b.Cred("session"), "Miss", b.CFID()}, "\t")
}

func tLogpush(b *B) string {
	return b.Event("RayID", b.Ray(), "ClientIP", b.IP(), "ClientASN", raw(b.U(b.ASN())[2:]), "ClientCountry", strings.ToLower(b.U(b.GeoCC())),
		"ClientRequestHost", b.SNI(), "ClientRequestURI", "/api/v1/orders/search?phone="+qe(b.Phone())+"&page=2", "EdgeResponseStatus", raw(b.Status()),
		"RequestHeaders", raw(jo("cookie", "cf_clearance="+b.Cred("session_b64"), "x-customer-name", b.Name())), "EdgeStartTimestamp", raw(b.EpochMsLuhn()),
		"JA3Hash", b.JA3(), "BotScore", raw(strconv.Itoa(b.n(99))), "WAFAction", "unknown")
}

func tFastly(b *B) string {
	return fmt.Sprintf(`<134>%s cache-fra-eddf8230%d shop-edge[%s]: %s "%s" "-" %s "%s %s?email=%s&promo=WINTER26" %s %s "%s" name="%s" ua="%s" tls=%s`,
		b.Syslog(), b.n(99), b.PID(), b.IP(), b.CLF(), b.GeoCity(), b.Method(), b.Path(), qe(b.Email()), b.Status(), b.Bytes(), b.ReqID(), b.Name(), b.UA(), b.TLS())
}

func tAkamai(b *B) string {
	inner := jo("cp", "1189", "reqId", b.ReqID(), "reqTimeSec", b.Epoch(), "cliIP", b.IP(), "reqMethod", b.Method(), "reqPath", b.Path(),
		"queryStr", "tel="+qe2(b.Phone())+"&addr="+qe2(b.Address()), "statusCode", b.Status(), "reqHost", b.SNI(), "UA", qe(b.UA()),
		"cookie", "AKA_A2=A; sess="+b.Cred("session"), "country", b.GeoCC())
	return b.Event("message", inner, "stream", "datastream2-edge-eu")
}

func tEdgeFn(b *B) string {
	payload := jo("fullName", b.Name(), "shipping", jo("line1", b.Address()), "email", b.Email(), "card", b.Card(), "cvc", "***")
	return fmt.Sprintf("%s [edge-fn checkout-validate] console.log: validating payload %s region=%s ray=%s duration_ms=%d", b.ISO(), payload, b.GeoCC(), b.Ray(), b.n(80))
}

// ---- waf ----

func tModSec(b *B) string {
	bd := rs(b, "abcdef0123456789", 8)
	var o strings.Builder
	fmt.Fprintf(&o, "--%s-A--\n[%s] %s %s %d %s 443\n", bd, b.CLF(), b.UUID(), b.IP(), 30000+b.n(30000), b.IP())
	fmt.Fprintf(&o, "--%s-B--\nPOST /checkout/pay HTTP/1.1\nHost: %s\nUser-Agent: %s\nCookie: PHPSESSID=%s; cart=%s\nContent-Type: application/x-www-form-urlencoded\n", bd, b.SNI(), b.UA(), b.Cred("session"), b.UUID())
	email, card, name := b.Email(), b.Card(), b.Name()
	fmt.Fprintf(&o, "\n--%s-C--\ncardholder=%s&email=%s&pan=%s&exp=11%%2F28&amount=%s\n", bd, qe(name), qe(email), qe(card), qe(b.Amount()))
	fmt.Fprintf(&o, "\n--%s-F--\nHTTP/1.1 403 Forbidden\nContent-Length: %s\n", bd, b.Bytes())
	fmt.Fprintf(&o, "\n--%s-H--\nMessage: Warning. Matched \"Operator `Rx' with parameter ...\" against variable `ARGS:email' (Value: `%s' ) [file \"/etc/modsecurity/crs/REQUEST-942-APPLICATION-ATTACK-SQLI.conf\"] [id \"%s\"] [msg \"SQL Injection Attack Detected\"] [data \"Matched Data: %s found within ARGS:email: %s\"] [severity \"CRITICAL\"] [ver \"%s\"]\n",
		bd, email, b.Rule(), email, email, b.Trap("product", "OWASP_CRS/4.7.0"))
	fmt.Fprintf(&o, "Apache-Handler: proxy-server\nStopwatch: %s %d (- - -)\nProducer: %s\n\n--%s-Z--\n", b.EpochMsLuhn(), b.n(90000), b.Trap("product", "ModSecurity v3.0.12"), bd)
	return o.String()
}

func tAWSWAF(b *B) string {
	args := "iban=" + qe(b.IBAN()) + "&holder=" + qe(b.Name()) + "&amount=" + b.U(b.Amount())[:3]
	hdrs := ja(jo("name", "Host", "value", b.SNI()), jo("name", "x-api-key", "value", b.Cred("api_key")), jo("name", "User-Agent", "value", b.UA()))
	return b.Event("timestamp", raw(b.EpochMsLuhn()), "formatVersion", raw("1"), "webaclId", b.ARN(), "terminatingRuleId", "AWS-AWSManagedRulesSQLiRuleSet",
		"action", "BLOCK", "httpRequest", raw(jo("clientIp", b.IP(), "country", b.GeoCC(), "headers", hdrs, "uri", "/api/v3/payouts", "args", args, "httpMethod", "POST", "requestId", b.AmznID())),
		"labels", ja(jo("name", "awswaf:managed:aws:sql-database:SQLi_QueryArguments")), "ja3Fingerprint", b.JA3())
}

func tCFFirewall(b *B) string {
	var md string
	switch b.n(3) {
	case 0:
		md = b.Phone()
	case 1:
		md = b.Email()
	default:
		md = b.Card()
	}
	return b.Event("action", "managed_challenge", "clientIP", b.IP(), "clientAsn", b.ASN(), "rayName", b.Ray(), "ruleId", rs(b, hexd, 32),
		"source", "firewallManaged", "clientRequestPath", b.Path(), "clientRequestQuery", "?q="+qe(md), "matchedData", md, "userAgent", b.UA(),
		"description", b.Trap("product", "Cloudflare Bot Management"), "kind", "firewall")
}

func tTurnstile(b *B) string {
	return fmt.Sprintf(`%s turnstile verdict success=false error-codes=[timeout-or-duplicate] action=signup cdata=%s hostname=%s remoteip=%s score=%s for signup of %s <%s> (phone %s, address %s) ja3=%s`,
		b.ISO(), b.UUID(), b.SNI(), b.IP(), b.Risk(), b.Name(), b.Email(), b.Phone(), b.Address(), b.JA3())
}

func tRateLimit(b *B) string {
	return fmt.Sprintf(`%s [error] %s#0: *%s limiting requests, excess: %d.%03d by zone "login", client: %s, server: %s, request: "POST /account/login?username=%s&password=%s HTTP/1.1", host: "%s", referrer: "https://%s/account/login?tel=%s"`,
		strings.NewReplacer("-", "/", "T", " ").Replace(b.U(b.ISO())[:19]), b.PID(), b.Counter(), b.n(50), b.n(1000), b.IP(), b.SNI(), qe(b.Email()), qe(b.Cred("password")), b.SNI(), b.SNI(), qe(b.Phone()))
}

// ---- gateway ----

func tAPIGWExec(b *B) string {
	id := b.AmznID()
	body := jo("realName", b.Name(), "idNumber", b.CNID(), "mobile", b.Phone(), "address", b.Address())
	return fmt.Sprintf("(%s) Extended Request Id: %s\n(%s) Method request path: {}\n(%s) Method request headers: {x-api-key=%s, User-Agent=%s, X-Forwarded-For=%s}\n(%s) Method request body before transformations: %s\n(%s) Endpoint response status: %s",
		id, rs(b, alnum, 16)+"=", id, id, b.Cred("api_key"), b.UA(), b.IP(), id, body, id, b.Status())
}

func tKong(b *B) string {
	body := jo("payout", jo("iban", b.IBAN(), "holder", b.Name()), "contact", b.Email())
	return b.Event("service", raw(jo("name", "payouts-v3", "host", b.Host())), "route", raw(jo("paths", ja(js("/api/v3/payouts")))),
		"request", raw(jo("method", "POST", "uri", "/api/v3/payouts?apikey="+b.Cred("api_key"), "headers", raw(jo("authorization", "Bearer "+b.Cred("jwt"), "user-agent", b.UA())), "body", body)),
		"response", raw(jo("status", raw(b.Status()), "size", raw(b.Bytes()))), "consumer", raw(jo("username", b.Trap("role", "svc_backup"))), "client_ip", b.IP(),
		"latencies", raw(jo("kong", raw(strconv.Itoa(b.n(20))), "proxy", raw(strconv.Itoa(b.n(400))))))
}

func tApigee(b *B) string {
	return fmt.Sprintf(`<14>1 %s apigee-mp-%d edge-proxy %s - [origin@47450 env="prod" proxy="identity-verify-v1" client_ip="%s"] verify request idCard=%s name="%s" mobile=%s result=MATCH trace=%s`,
		b.ISO(), 1+b.n(8), b.PID(), b.IP(), b.CNID(), b.Name(), b.Phone(), b.Trace())
}

func tMirror(b *B) string {
	body := jo("beneficiary", jo("name", b.Name(), "iban", b.IBAN(), "address", b.Address()), "reference", b.OrderAmz(), "amount", b.Amount())
	return fmt.Sprintf("POST /api/v3/payouts HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\nContent-Type: application/json\r\nX-Request-ID: %s\r\nX-Forwarded-For: %s\r\n\r\n%s\r\n\r\nHTTP/1.1 %s\r\nx-amzn-RequestId: %s\r\nContent-Length: %s\r\n",
		b.SNI(), b.Cred("bearer_opaque"), b.UUID(), b.IP(), body, b.Status(), b.AmznID(), b.Bytes())
}

func tAPIMTwice(b *B) string {
	inner := jo("card", jo("number", b.Card(), "holder", b.Name()), "billing", jo("email", b.Email(), "phone", b.Phone()))
	mid := jo("source", "forward-request", "elapsed", b.RT(), "request", jo("method", "POST", "url", "https://"+b.SNI()+"/payments", "body", inner))
	return b.Event("category", "GatewayLogs", "operationName", "Microsoft.ApiManagement/GatewayLogs", "correlationId", b.UUID(),
		"properties", raw(jo("traceRecords", mid, "backendResponseCode", raw(b.Status()), "clientIp", b.IP())), "resourceId", b.Resource())
}

func tTyk(b *B) string {
	return fmt.Sprintf(`time="%s" level=warning msg="Attempted access with invalid key." api_id=%s api_name=shop-public key=%s org_id=%s origin=%s path=/api/v1/customers/search?email=%s prefix=auth-mgr phone=%q`,
		b.ISO(), rs(b, hexd, 24), b.Cred("api_key"), rs(b, hexd, 24), b.IP(), qe(b.Email()), b.Phone())
}

// ---- siem ----

func tCEF(b *B) string {
	return fmt.Sprintf(`%s siem-relay CEF:0|Imperva Inc.|Attack Analytics|%s|%s|Credential stuffing|8|rt=%s src=%s spt=%d suser=%s duser=%s cs1Label=card_brand cs1=%s request=https://%s/account/login?phone\=%s cs2Label=Rule cs2=%s msg=%s requestClientApplication=%s %s`,
		b.Syslog(), b.Version(), b.SID(), b.EpochMsLuhn(), b.IP(), 30000+b.n(30000), cefv(b.Email()), cefv(b.Name()), b.Trap("key", "visa"), b.SNI(), qe(b.Phone()), b.Rule(), cefv("login burst from "+b.GeoCity()), b.UA(), b.Trap("key", "suser=system"))
}

func tLEEF(b *B) string {
	return fmt.Sprintf("LEEF:2.0|Okta|SSO|%s|user.session.start|^|devTime=%s^src=%s^usrName=%s^identSrc=%s^realName=%s^phone=%s^sev=%d^cat=%s",
		b.Version(), b.ISO(), b.IP(), b.Email(), b.IP(), b.Name(), b.PhoneE164(), 1+b.n(9), b.Category())
}

func tRFC5424(b *B) string {
	return fmt.Sprintf(`<86>1 %s auth-gw-%d sshd-portal %s ID47 [origin@32473 ip="%s" software="%s"][meta@32473 user="%s" mail="%s" tel="%s"] Accepted keyboard-interactive/pam for customer portal session %s`,
		b.ISO(), 1+b.n(9), b.PID(), b.IP(), b.Trap("product", "Wazuh"), b.Name(), b.Email(), b.Phone(), b.UUID())
}

func tWinEvent(b *B) string {
	id := b.EventID()
	user := b.Email()
	return fmt.Sprintf(`<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Microsoft-Windows-Security-Auditing" Guid="{54849625-5478-4994-a5ba-3e3b0328c30d}"/><EventID>%s</EventID><TimeCreated SystemTime="%s"/><EventRecordID>%d</EventRecordID><Computer>ADFS01.corp.shop.example</Computer></System><EventData><Data Name="SubjectUserName">%s</Data><Data Name="TargetUserName">%s</Data><Data Name="TargetDomainName">CUSTOMERS</Data><Data Name="WorkstationName">-</Data><Data Name="IpAddress">%s</Data><Data Name="IpPort">%d</Data><Data Name="LogonProcessName">Advapi</Data><Data Name="ProcessId">0x%x</Data><Data Name="DisplayName">%s</Data></EventData></Event>`,
		id, b.ISO(), 100000+b.n(900000), b.Trap("role", "SYSTEM"), user, b.IP(), 1024+b.n(60000), b.n(9000), xe(b.Name()))
}

func tAuditd(b *B) string {
	return fmt.Sprintf(`type=USER_LOGIN msg=audit(%s.%03d:%d): pid=%s uid=0 auid=4294967295 ses=4294967295 subj=unconfined msg='op=login acct="%s" exe="/usr/sbin/sshd" hostname=? addr=%s terminal=ssh res=failed' UID="root" AUID="unset"`+"\n"+
		`type=USER_AUTH msg=audit(%s.%03d:%d): pid=%s uid=0 msg='op=PAM:authentication grantors=? %s exe="/usr/sbin/sshd" addr=%s res=failed'`,
		b.Epoch(), b.n(1000), b.n(99999), b.PID(), b.Email(), b.IP(), b.Epoch(), b.n(1000), b.n(99999), b.PID(), b.Trap("key", `acct="root"`), b.IP())
}

func tHEC(b *B) string {
	ev := jo("message", "password reset requested for "+b.Name()+" via SMS to "+b.Phone(), "user", jo("email", b.Email()), "src_ip", b.IP(), "session", b.Counter())
	return b.Event("time", raw(b.Epoch()), "host", b.Host(), "source", "shop:auth", "sourcetype", "_json", "index", "edge_security", "event", raw(ev))
}

func tJournald(b *B) string {
	return fmt.Sprintf("__CURSOR=s=%s;i=%x\n__REALTIME_TIMESTAMP=%s000\n_HOSTNAME=%s\n_PID=%s\nSYSLOG_IDENTIFIER=oauth2-proxy\nPRIORITY=6\nMESSAGE=%s - %s [%s] %s GET %s \"/oauth2/callback?code=%s\" HTTP/1.1 \"%s\" 302 24 0.%03d\nUSER_EMAIL=%s\n",
		rs(b, hexd, 32), b.n(1<<20), b.EpochMsLuhn(), b.Host(), b.PID(), b.IP(), b.Email(), b.CLF(), b.SNI(), "-", b.Cred("client_secret"), b.UA(), b.n(1000), b.Email())
}

func tFluentBit(b *B) string {
	log := fmt.Sprintf(`{"level":"warn","msg":"address validation failed","customer":"%s","address":"%s","phone":"%s","trace_id":"%s"}`, jin(b.Name()), jin(b.Address()), jin(b.Phone()), b.Trace())
	return b.Event("@metadata", raw(jo("beat", "filebeat", "version", b.Version())), "log", log, "kubernetes.pod_name", "address-svc-6d9f7b-"+rs(b, "abcdefghjkmnpqrstuvwxyz", 5),
		"stream", "stderr")
}
