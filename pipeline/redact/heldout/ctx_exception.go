package heldout

import (
	"net/url"
)

func init() {
	register("exception", 1, genException)
	register("stacktrace", 1, genStacktrace)
}

// genException: one-line exception messages (Java, .NET, Python, Go, Node)
// in error.message / message.
func genException(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	order := g.orderRef()
	var typ, msg string
	switch g.n(16) {
	case 0:
		g.setVariant("java_no_default_address")
		typ = "java.lang.IllegalStateException"
		msg = "customer " + g.P(KName, p.Name) + " (" + g.P(KEmail, p.Email) + ") has no default address"
	case 1:
		g.setVariant("psql_duplicate_email")
		typ = "org.postgresql.util.PSQLException"
		msg = `ERROR: duplicate key value violates unique constraint "customers_email_key"` + "\n  Detail: Key (email)=(" + g.P(KEmail, p.Email) + ") already exists."
	case 2:
		g.setVariant("card_declined")
		pan, brand := g.card()
		typ = "com.acme.oms.payment.CardDeclinedException"
		msg = "card " + g.P(KCard, g.cardFmt(pan)) + " (" + brand + ") declined by issuer, response code " + g.pick("05", "51", "54", "61") + ", order " + order + ", amount " + g.amount(loc)
	case 3:
		g.setVariant("constraint_phone")
		typ = "jakarta.validation.ConstraintViolationException"
		msg = "shippingAddress.phone: invalid phone number '" + g.P(KPhone, p.Phone) + "' for country " + loc.CC + ", order " + order
	case 4:
		g.setVariant("payout_iban")
		typ = "com.acme.payout.BeneficiaryRejectedException"
		msg = "payout " + g.uuid() + " to IBAN " + g.P(KIBAN, g.ibanFmt(g.iban(ibanCC(g, loc)))) + " (" + g.P(KName, p.Name) + ") rejected: " + g.pick("account closed", "name mismatch", "AC04 ClosedAccountNumber", "AM05 Duplication")
	case 5:
		g.setVariant("jdbc_password")
		typ = "org.springframework.jdbc.CannotGetJdbcConnectionException"
		pw := g.cred("password").Value
		msg = "Failed to obtain JDBC Connection; nested exception is org.postgresql.util.PSQLException: FATAL: password authentication failed for user \"oms_rw\" (url=jdbc:postgresql://" + g.ipv4() + ":5432/oms?user=oms_rw&password=" + g.PS(KCred, pw, url.QueryEscape(pw)) + "&sslmode=require)"
	case 6:
		g.setVariant("dotnet_geocode")
		typ = "System.InvalidOperationException"
		msg = "Recipient '" + g.P(KName, p.Name) + "' at '" + g.P(KAddr, p.Addr.Full) + "' could not be geocoded (HERE returned 0 results)"
	case 7:
		g.setVariant("python_cnid")
		loc = g.localeOf("CN")
		p = g.person(loc)
		typ = "ValueError"
		msg = "buyer " + g.P(KName, p.Name) + ": resident id " + g.P(KCNID, g.cnid()) + " rejected by customs (age < 18)"
	case 8:
		g.setVariant("python_keyerror_dict")
		typ = "KeyError"
		msg = "'postal_code' while normalising address {'line1': " + pyq(g.P(KAddr, p.Addr.Line1)) + ", 'city': '" + p.Addr.City + "', 'country': '" + loc.CC + "'}"
	case 9:
		g.setVariant("go_wrapped_api_error")
		typ = "*shopee.APIError"
		msg = "push order " + g.shopeeOrder() + ": shopee: POST /api/v2/logistics/ship_order: 400 logistics.invalid_address: recipient phone " + g.P(KPhone, p.Phone) + " does not match region " + loc.CC
	case 10:
		g.setVariant("node_typeerror_input")
		typ = "TypeError"
		ln := g.L("line_number", "address.js:"+g.num(20, 300)+":"+g.num(3, 40))
		msg = "Cannot read properties of undefined (reading 'zip') at normalizeAddress (/app/src/" + ln + ") input=" + J(O{"name", g.P(KName, p.Name), "address1", g.P(KAddr, p.Addr.Line1), "city", p.Addr.City})
	case 11:
		g.setVariant("token_echoed")
		typ = "org.springframework.web.client.HttpClientErrorException$Unauthorized"
		c := g.cred(g.pick("bearer", "lazada_token", "tiktok_token", "shopee_token", "lwa_access"))
		msg = "401 Unauthorized: [{\"error\":\"invalid_token\",\"error_description\":\"The access token " + g.PP(KCred, c.Value, c.Public) + " expired\"}]"
	case 12:
		g.setVariant("redis_url")
		typ = "redis.exceptions.AuthenticationError"
		pw := g.cred("password").Value
		msg = "invalid username-password pair or user is disabled (url=rediss://default:" + g.PS(KCred, pw, url.PathEscape(pw)) + "@cache-" + g.num(1, 9) + ".internal:6380/0)"
	case 13:
		g.setVariant("smtp_rejected")
		typ = "org.springframework.mail.MailSendException"
		msg = "Failed messages: jakarta.mail.SendFailedException: Invalid Addresses;\n  nested exception is:\n\torg.eclipse.angus.mail.smtp.SMTPAddressFailedException: 550 5.1.1 <" + g.P(KEmail, p.Email) + ">: Recipient address rejected: User unknown"
	case 14:
		g.setVariant("kyc_mismatch_zh")
		loc = g.localeOf("CN")
		p = g.person(loc)
		typ = "com.acme.kyc.IdentityMismatchException"
		msg = "身份证号 " + g.P(KCNID, g.cnid()) + " 与姓名 " + g.P(KName, p.Name) + " 不匹配 (订单 " + order + ")"
	default:
		g.setVariant("aws_sdk")
		typ = "software.amazon.awssdk.services.s3.model.S3Exception"
		c := g.cred("akia")
		msg = "The AWS Access Key Id you provided does not exist in our records. (Service: S3, Status Code: 403, Request ID: " + g.str(upAlnum, 16) + ") AWSAccessKeyId=" + g.PP(KCred, c.Value, c.Public)
	}
	text := typ + ": " + msg
	switch g.n(3) {
	case 0:
		return g.ev(g.svc(), "error", text, "error", O{"type", typ, "message", msg}, "order.id", order)
	case 1:
		return g.ev(g.svc(), "error", g.pick("order sync failed", "unhandled exception", "job step failed", "request failed")+" order="+order, "error.type", typ, "error.message", msg)
	}
	return g.ev(g.svc(), "error", text)
}

// ibanCC is the IBAN country for a locale (its own, else a European one).
func ibanCC(g *G, loc *Locale) string {
	switch loc.CC {
	case "DE", "GB", "FR", "ES", "IT", "NL", "BR":
		return loc.CC
	}
	return ""
}

// genStacktrace: multi-line traces in error.stack_trace.
func genStacktrace(g *G) any {
	loc := g.locale()
	p := g.person(loc)
	order := g.orderRef()
	var st, msg string
	switch g.n(6) {
	case 0:
		g.setVariant("java_caused_by")
		msg = "failed to upsert order " + order + " for buyer " + g.P(KEmail, p.Email)
		st = "com.acme.oms.sync.SyncException: " + msg + "\n" + g.javaFrame() + "\n" + g.javaFrame() + "\n" + g.libFrames() +
			"\nCaused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '" + g.P(KPhone, p.Phone) + "' for key 'customers.uk_customer_phone'\n" +
			g.libFrames() + "\n\t... " + g.num(8, 60) + " more"
	case 1:
		g.setVariant("python_locals")
		em := g.P(KEmail, p.Email)
		st = "Traceback (most recent call last):\n  File \"/srv/app/jobs/invoice.py\", line " + g.L("line_number", g.num(40, 400)) + ", in send_invoice\n    mailer.send(to=customer.email, subject=subject)\n" +
			"    customer = <Customer " + g.L("row_id", "id="+g.rowID()) + " name=" + pyq(g.P(KName, p.Name)) + " email=" + pyq(em) + ">\n" +
			"    address = {'line1': " + pyq(g.P(KAddr, p.Addr.Line1)) + ", 'zip': '" + p.Addr.Zip + "'}\n" +
			"  File \"/srv/app/lib/mailer.py\", line " + g.num(20, 200) + ", in send\n    resp.raise_for_status()\n" +
			"requests.exceptions.HTTPError: 422 Client Error: Unprocessable Entity for url: https://api.mailgun.net/v3/mg.acme-retail.com/messages?to=" + url.QueryEscape(em)
		msg = "invoice job failed for order " + order
	case 2:
		g.setVariant("go_panic")
		a := g.P(KAddr, p.Addr.Full)
		st = "panic: address: cannot parse \"" + a + "\" [recovered]\n\tpanic: address: cannot parse \"" + a + "\"\n\ngoroutine " + g.num(7, 900) + " [running]:\ngithub.com/acme/oms/internal/address.MustParse({0xc0001a2000, 0x" + g.hex(2) + "})\n\t/src/internal/address/parse.go:" + g.L("line_number", g.num(30, 300)) + " +0x1c5\ngithub.com/acme/oms/internal/sync.(*Worker).push(0xc000214000, {0x" + g.hex(6) + ", 0xc0000b6000})\n\t/src/internal/sync/worker.go:" + g.num(30, 300) + " +0x2a8"
		msg = "worker crashed, order " + order
	case 3:
		g.setVariant("node_stack_token")
		c := g.cred(g.pick("lazada_token", "tiktok_token", "shopee_token"))
		st = "Error: IllegalAccessToken: access_token " + g.PP(KCred, c.Value, c.Public) + " is invalid or expired\n    at LazadaClient.request (/app/dist/lazada/client.js:" + g.L("line_number", g.num(40, 400)) + ":23)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async OrderPoller.poll (/app/dist/jobs/poller.js:" + g.num(10, 200) + ":19)"
		msg = "poll failed"
	case 4:
		g.setVariant("java_card_mapper")
		pan, _ := g.card()
		st = "java.lang.NumberFormatException: For input string: \"" + g.P(KCard, g.cardFmt(pan)) + "\"\n\tat java.base/java.lang.NumberFormatException.forInputString(NumberFormatException.java:67)\n" + g.javaFrame() + "\n" + g.libFrames()
		msg = "payment callback mapping failed, psp_ref=" + g.paymentRef()
	default:
		g.setVariant("python_cnid_name")
		loc = g.localeOf("CN")
		p = g.person(loc)
		id := g.cnid()
		st = "Traceback (most recent call last):\n  File \"/srv/kyc/verify.py\", line " + g.L("line_number", g.num(40, 400)) + ", in verify\n    raise IdMismatch(f\"{id_no} != {real_name}\")\n" +
			"kyc.errors.IdMismatch: " + g.P(KCNID, id) + " != " + g.P(KName, p.Name)
		msg = "实名校验失败 order=" + order
	}
	return g.ev(g.svc(), "error", msg, "error", O{"stack_trace", st}, "order.id", order)
}
