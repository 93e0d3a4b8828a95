package eightheval

import (
	"fmt"
	"strings"
)

type context struct {
	name   string
	render func(c *cx) string
	ndjson bool
}

var contexts = []context{
	{"php_print_r", phpPrintR, false},
	{"ruby_inspect", rubyInspect, false},
	{"java_kotlin_tostring", javaToString, false},
	{"csharp_anonymous", csharpAnon, false},
	{"elixir_erlang_term", elixirTerm, false},
	{"config_dump", configDump, false},
	{"xml_attributes", xmlAttrs, false},
	{"ldap_vcard", ldapVcard, false},
	{"task_queue_args", taskQueue, false},
	{"ci_job_env", ciEnv, false},
	{"postgres_error", pgError, false},
	{"mssql_oracle_error", mssqlOracle, false},
	{"smtp_transcript", smtpTranscript, false},
	{"sms_dlr", smsDLR, true},
	{"chat_webhook", chatWebhook, true},
	{"zpl_label", zplLabel, false},
	{"pdf_invoice_text", pdfInvoice, false},
	{"haproxy_log", haproxy, false},
	{"fluentbit_record", fluentbit, true},
	{"alertmanager", alertmanager, true},
	{"kubernetes", kubernetes, false},
	{"protobuf_json", protobufJSON, true},
	{"multipart_body", multipart, false},
	{"cloudflare_logpush", cloudflare, true},
	{"icalendar", icalendar, false},
}

func (c *cx) stamp() string {
	return fmt.Sprintf("[2026-12-05 %02d:%02d:%02d]", c.f.IntN(24), c.f.IntN(60), c.f.IntN(60))
}

func phpPrintR(c *cx) string {
	r := c.record()
	var b strings.Builder
	if c.f.Bool() {
		fmt.Fprintf(&b, "%s production.ERROR: %s callback payload Array\n(\n", c.stamp(), pick(c.f, []string{"Shopee", "Lazada", "TikTok Shop", "PayMongo"}))
		for i, x := range r {
			if i == 1 && c.f.Bool() {
				b.WriteString("    [buyer_info] => Array\n        (\n")
				fmt.Fprintf(&b, "            [%s] => %s\n", x.key, x.val)
				b.WriteString("        )\n\n")
				continue
			}
			fmt.Fprintf(&b, "    [%s] => %s\n", x.key, x.val)
		}
		b.WriteString(")\n")
		return b.String()
	}
	fmt.Fprintf(&b, "%s local.DEBUG: var_dump($order):\narray(%d) {\n", c.stamp(), len(r))
	for _, x := range r {
		fmt.Fprintf(&b, "  [\"%s\"]=>\n  string(%d) \"%s\"\n", x.key, len(x.val), x.val)
	}
	b.WriteString("}\n")
	return b.String()
}

func rubyInspect(c *cx) string {
	r := c.record()
	var parts []string
	style := c.f.IntN(3)
	for _, x := range r {
		switch style {
		case 0:
			parts = append(parts, rbq(x.key)+"=>"+rbq(x.val))
		case 1:
			parts = append(parts, ":"+x.key+"=>"+rbq(x.val))
		default:
			parts = append(parts, x.key+": "+rbq(x.val))
		}
	}
	h := "{" + strings.Join(parts, ", ") + "}"
	switch c.f.IntN(3) {
	case 0:
		return fmt.Sprintf("I, [2026-12-05T10:%02d:%02d.%06d #%d]  INFO -- : Processing by Webhooks::OrdersController#create as JSON params=%s", c.f.IntN(60), c.f.IntN(60), c.f.IntN(999999), 1000+c.f.IntN(9000), h)
	case 1:
		return fmt.Sprintf("%s pid=%d tid=%s class=OrderSyncJob jid=%s INFO: start args=[%s]", c.ts(), 1000+c.f.IntN(9000), c.f.LetterN(6), hexStr(c.f, 24), h)
	}
	return fmt.Sprintf("#<Order id: %s, shipping: %s, state: \"paid\">", c.look("shopify_id"), h)
}

func javaToString(c *cx) string {
	r := c.record()
	var parts []string
	for _, x := range r {
		parts = append(parts, x.key+"="+x.val)
	}
	if c.f.Bool() {
		return fmt.Sprintf("%s WARN  [order-sync-%d] c.v.s.OrderMapper - unmapped attributes {%s}", c.ts(), c.f.IntN(8), strings.Join(parts, ", "))
	}
	cls := pick(c.f, []string{"ShippingLabelRequest", "BuyerDto", "CheckoutEvent", "PayoutCommand"})
	return fmt.Sprintf("%s ERROR [DefaultDispatcher-worker-%d] RetryPolicy: giving up after 3 attempts on %s(%s)", c.ts(), 1+c.f.IntN(9), cls, strings.Join(parts, ", "))
}

func csharpAnon(c *cx) string {
	r := c.record()
	var parts []string
	for _, x := range r {
		parts = append(parts, pascal(x.key)+" = "+x.val)
	}
	return fmt.Sprintf("%s [%s] Marketplace.Sync.OrderHandler: Mapped order { %s }", c.ts(), pick(c.f, []string{"INF", "WRN", "ERR"}), strings.Join(parts, ", "))
}

func elixirTerm(c *cx) string {
	r := c.record()
	var parts []string
	if c.f.Bool() {
		for _, x := range r {
			parts = append(parts, x.key+": "+rbq(x.val))
		}
		return fmt.Sprintf("%s [error] GenServer Shop.Fulfilment.Worker terminating\n** (FunctionClauseError) no function clause matching in Shop.Label.build/1\nLast message: {:print, %%{%s}}", c.stamp()[1:20], strings.Join(parts, ", "))
	}
	for _, x := range r {
		parts = append(parts, `<<"`+x.key+`">> => <<"`+strings.ReplaceAll(x.val, `"`, `\"`)+`"/utf8>>`)
	}
	return fmt.Sprintf("=ERROR REPORT==== 5-Dec-2026::10:%02d:%02d.%03d ===\nbad_order_payload: #{%s}", c.f.IntN(60), c.f.IntN(60), c.f.IntN(1000), strings.Join(parts, ","))
}

func configDump(c *cx) string {
	r := c.record()
	var b strings.Builder
	switch c.f.IntN(3) {
	case 0:
		b.WriteString("loaded config (yaml):\nintegration:\n  shopee:\n")
		for _, x := range r {
			v := x.val
			if strings.ContainsAny(v, ":#\n\"'") || c.f.Bool() {
				v = js(v)
			}
			fmt.Fprintf(&b, "    %s: %s\n", x.key, v)
		}
	case 1:
		b.WriteString("effective settings (toml):\n[notify.contact]\n")
		for _, x := range r {
			fmt.Fprintf(&b, "%s = %s\n", x.key, js(x.val))
		}
	default:
		b.WriteString("; dumped by settings --show\n[fulfilment]\n")
		for _, x := range r {
			fmt.Fprintf(&b, "%s=%s\n", x.key, oneLine(x.val))
		}
	}
	return b.String()
}

func xmlAttrs(c *cx) string {
	r := c.record()
	var b strings.Builder
	fmt.Fprintf(&b, "%s DEBUG outbound carrier request: <?xml version=\"1.0\"?><ShipmentRequest xmlns=\"urn:carrier:v2\"><Consignee", c.ts())
	var rest []fld
	for _, x := range r {
		if strings.ContainsAny(x.key, " ") || !isXMLName(x.key) {
			rest = append(rest, x)
			continue
		}
		fmt.Fprintf(&b, " %s=\"%s\"", x.key, xmlEsc(x.val))
	}
	b.WriteString("/>")
	for _, x := range rest {
		fmt.Fprintf(&b, "<Attr name=\"%s\" value=\"%s\"/>", xmlEsc(x.key), xmlEsc(x.val))
	}
	b.WriteString("</ShipmentRequest>")
	return b.String()
}

func isXMLName(k string) bool {
	for i, r := range k {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || i > 0 && (r >= '0' && r <= '9' || r == '-')) {
			return false
		}
	}
	return k != ""
}

var vcardProp = map[string]string{"name": "FN", "phone": "TEL;TYPE=cell", "email": "EMAIL;TYPE=internet", "address": "ADR;TYPE=home", "credential": "X-SECRET"}
var ldapAttr = map[string]string{"name": "cn", "phone": "mobile", "email": "mail", "address": "postalAddress", "credential": "userPassword"}

func ldapVcard(c *cx) string {
	r := c.record()
	var b strings.Builder
	if c.f.Bool() {
		b.WriteString("BEGIN:VCARD\r\nVERSION:3.0\r\n")
		for _, x := range r {
			p := vcardProp[x.kind]
			if p == "" {
				p = "X-" + strings.ToUpper(strings.ReplaceAll(x.key, "_", "-"))
			}
			v := strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`).Replace(x.val)
			if x.kind == "address" {
				v = ";;" + v + ";;;;"
			}
			fmt.Fprintf(&b, "%s:%s\r\n", p, v)
		}
		b.WriteString("END:VCARD")
		return fmt.Sprintf("%s WARN contact import rejected card: %s", c.ts(), b.String())
	}
	var cn string
	for _, x := range r {
		if x.kind == "name" {
			cn = x.val
		}
	}
	if cn == "" {
		cn = "svc-" + c.f.LetterN(5)
	}
	dnEsc := strings.NewReplacer(`\`, `\\`, ",", `\,`, "+", `\+`, `"`, `\"`, "<", `\<`, ">", `\>`, ";", `\;`)
	fmt.Fprintf(&b, "%s slapd[%d]: conn=%d op=%d ADD dn=\"cn=%s,ou=customers,dc=shop,dc=example\"\n", c.ts(), 100+c.f.IntN(900), c.f.IntN(9999), c.f.IntN(9), dnEsc.Replace(cn))
	for _, x := range r {
		a := ldapAttr[x.kind]
		if a == "" {
			a = x.key
		}
		fmt.Fprintf(&b, "%s: %s\n", a, oneLine(x.val))
	}
	return b.String()
}

func taskQueue(c *cx) string {
	r := c.record()
	var args, kwargs []string
	for _, x := range r {
		if c.f.IntN(3) == 0 {
			args = append(args, pyq(x.val))
		} else {
			kwargs = append(kwargs, pyq(x.key)+": "+pyq(x.val))
		}
	}
	if c.f.IntN(3) == 0 {
		return fmt.Sprintf("[2026-12-05, %02d:%02d:%02d UTC] {taskinstance.py:%d} INFO - Exporting env vars: AIRFLOW_CTX_DAG_ID=marketplace_payouts AIRFLOW_CTX_TASK_ID=notify_buyer\nop_kwargs=%s msg=%s", c.f.IntN(24), c.f.IntN(60), c.f.IntN(60), 1000+c.f.IntN(900), "{"+strings.Join(append(kwargs, args...), ", ")+"}", pyq(c.sentence()))
	}
	return fmt.Sprintf("[2026-12-05 %02d:%02d:%02d,%03d: %s/ForkPoolWorker-%d] Task shop.tasks.%s[%s] %s: args=(%s) kwargs={%s}", c.f.IntN(24), c.f.IntN(60), c.f.IntN(60), c.f.IntN(1000),
		pick(c.f, []string{"INFO", "ERROR", "WARNING"}), 1+c.f.IntN(8), pick(c.f, []string{"send_receipt", "sync_order", "print_label", "refund"}), c.look("uuid"), pick(c.f, []string{"received", "raised unexpected: ValueError", "retry in 60s"}), strings.Join(args, ", "), strings.Join(kwargs, ", "))
}

func ciEnv(c *cx) string {
	r := c.record()
	var b strings.Builder
	fmt.Fprintf(&b, "Running with gitlab-runner 17.%d.0 (%s)\n  on shop-runner-%d\n$ env | sort\n", c.f.IntN(9), c.look("git_sha7"), c.f.IntN(9))
	style := c.f.IntN(3)
	for _, x := range r {
		k := upperSnake(x.key)
		switch style {
		case 0:
			fmt.Fprintf(&b, "%s=%s\n", k, x.val)
		case 1:
			fmt.Fprintf(&b, "+ export %s='%s'\n", k, strings.ReplaceAll(x.val, "'", `'\''`))
		default:
			fmt.Fprintf(&b, "##[debug]Evaluating: env.%s\n##[debug]Result: '%s'\n", k, x.val)
		}
	}
	fmt.Fprintf(&b, "CI_PIPELINE_ID=%d\n", 100000+c.f.IntN(900000))
	return b.String()
}

func pgError(c *cx) string {
	r := c.record()
	var cols, vals []string
	for _, x := range r {
		cols = append(cols, x.key)
		vals = append(vals, oneLine(x.val))
	}
	pid := 1000 + c.f.IntN(60000)
	switch c.f.IntN(3) {
	case 0:
		return fmt.Sprintf("2026-12-05 10:%02d:%02d.%03d UTC [%d] shop@orders ERROR:  duplicate key value violates unique constraint \"buyers_%s_key\"\n2026-12-05 10:%02d:%02d UTC [%d] shop@orders DETAIL:  Key (%s)=(%s) already exists.",
			c.f.IntN(60), c.f.IntN(60), c.f.IntN(1000), pid, cols[0], c.f.IntN(60), c.f.IntN(60), pid, strings.Join(cols, ", "), strings.Join(vals, ", "))
	case 1:
		return fmt.Sprintf("2026-12-05 10:%02d:%02d UTC [%d] ERROR:  null value in column \"region\" of relation \"shipments\" violates not-null constraint\nDETAIL:  Failing row contains (%s, null, %s).", c.f.IntN(60), c.f.IntN(60), pid, c.look("shopify_id"), strings.Join(vals, ", "))
	}
	q := func(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
	return fmt.Sprintf("2026-12-05 10:%02d:%02d.%03d UTC,\"shop_app\",\"orders\",%d,\"%s\",%s.%x,3,\"INSERT\",2026-12-05 10:00:01 UTC,4/%d,0,ERROR,23505,%s,%s,,,,,%s,,,\"psycopg\",\"client backend\",,0",
		c.f.IntN(60), c.f.IntN(60), c.f.IntN(1000), pid, c.look("ip_port"), hexStr(c.f, 8), pid, c.f.IntN(99999),
		q("duplicate key value violates unique constraint \"buyers_"+cols[0]+"_key\""), q("Key ("+strings.Join(cols, ", ")+")=("+strings.Join(vals, ", ")+") already exists."),
		q("INSERT INTO buyers ("+strings.Join(cols, ", ")+") VALUES ($1, $2, $3)"))
}

func mssqlOracle(c *cx) string {
	r := c.record()
	var vals, binds []string
	for i, x := range r {
		vals = append(vals, oneLine(x.val))
		binds = append(binds, fmt.Sprintf(":%d='%s'", i+1, strings.ReplaceAll(oneLine(x.val), "'", "''")))
	}
	if c.f.Bool() {
		return fmt.Sprintf("%s Microsoft.Data.SqlClient.SqlException (0x80131904): Violation of UNIQUE KEY constraint 'UQ_Buyers_%s'. Cannot insert duplicate key in object 'dbo.Buyers'. The duplicate key value is (%s).\nThe statement has been terminated.\n   ClientConnectionId:%s Error Number:2627,State:1,Class:14",
			c.ts(), pascal(r[0].key), strings.Join(vals, ", "), c.look("uuid"))
	}
	return fmt.Sprintf("%s ORA-00001: unique constraint (SHOP.UQ_BUYER_%s) violated\nORA-06512: at \"SHOP.PKG_SYNC\", line %d\nSQL: INSERT INTO BUYERS VALUES (%s) binds: %s", c.ts(), strings.ToUpper(r[0].key), 10+c.f.IntN(900), strings.Repeat(":x, ", len(r)-1)+":x", strings.Join(binds, ", "))
}

func smtpTranscript(c *cx) string {
	var b strings.Builder
	from := c.f.LetterN(6) + "@notify.shop.example"
	fmt.Fprintf(&b, "%s postfix/smtp[%d]: %s: session transcript:\nS: 220 mx.shop.example ESMTP\nC: EHLO worker-%d\n", c.ts(), 1000+c.f.IntN(9000), strings.ToUpper(hexStr(c.f, 10)), c.f.IntN(9))
	if c.f.IntN(3) == 0 {
		p, _ := credential(c.f, c.l)
		if p.shape == "password_key" {
			fmt.Fprintf(&b, "C: AUTH PLAIN %s\n", c.P(pii{kind: "credential", shape: "smtp_auth_plain", text: b64("\x00notify\x00" + p.text), frags: windows(strings.ToLower(b64("\x00notify\x00"+p.text)), 6)}))
		} else {
			fmt.Fprintf(&b, "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: %s\nS: 334 UGFzc3dvcmQ6\nC: %s\n", b64("notify"), c.P(pii{kind: "credential", shape: "smtp_auth_login", text: b64(p.text[:min(len(p.text), 24)]), frags: windows(strings.ToLower(b64(p.text[:min(len(p.text), 24)])), 6)}))
		}
	}
	rcpt := c.value("email")
	name := c.value("name")
	fmt.Fprintf(&b, "C: MAIL FROM:<%s>\nS: 250 2.1.0 Ok\nC: RCPT TO:<%s>\nS: 250 2.1.5 Ok\nC: DATA\nS: 354 End data with <CR><LF>.<CR><LF>\n", from, rcpt.val)
	fmt.Fprintf(&b, "C: To: \"%s\" <%s>\nC: Subject: Order %s shipped via %s\nC: Message-ID: <%s@shop.example>\n", name.val, rcpt.val, c.look("amazon_order"), c.look("ups"), c.look("uuid"))
	fmt.Fprintf(&b, "C: \nC: %s\n", c.sentence())
	for _, x := range c.record() {
		fmt.Fprintf(&b, "C: %s: %s\n", strings.ReplaceAll(x.key, "_", " "), oneLine(x.val))
	}
	b.WriteString("C: .\nS: 250 2.0.0 Ok: queued")
	return b.String()
}

func b64(s string) string {
	const enc = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
	var b strings.Builder
	for i := 0; i < len(s); i += 3 {
		var n uint32
		k := min(3, len(s)-i)
		for j := 0; j < 3; j++ {
			n <<= 8
			if j < k {
				n |= uint32(s[i+j])
			}
		}
		for j := 0; j < 4; j++ {
			if j <= k {
				b.WriteByte(enc[(n>>(18-6*j))&63])
			} else {
				b.WriteByte('=')
			}
		}
	}
	return b.String()
}

func (c *cx) envelope(service, level, msg string, extra ...string) string {
	s := fmt.Sprintf(`{"@timestamp":%s,"service":{"name":%s},"log":{"level":%s},"trace":{"id":%s},"message":%s`, js(c.ts()), js(service), js(level), js(c.look("trace_id")), js(msg))
	for _, e := range extra {
		s += "," + e
	}
	return s + "}"
}

func smsDLR(c *cx) string {
	to := c.value("phone")
	r := c.record()
	var text string
	if c.f.IntN(3) == 0 {
		p := pii{kind: "credential", shape: "otp_sms"}
		code := itoa(100000 + c.f.IntN(900000))
		p.text = fmt.Sprintf(pick(c.f, otpPhrases[c.l.lang]), code)
		p.frags = []string{code}
		text = c.P(p)
	} else {
		text = c.sentence()
	}
	dlr := fmt.Sprintf(`"sms":{"provider":%s,"message_id":%s,"to":%s,"status":"DELIVRD","err":"000","text":%s,"meta":%s}`,
		js(pick(c.f, []string{"twilio", "infobip", "africastalking", "semaphore", "8x8"})), js(c.look("uuid")), js(to.val), js(text), jsObj(r))
	return c.envelope("sms-gateway", "info", "delivery receipt id:"+c.look("request_id")+" stat:DELIVRD dest:"+to.val, dlr)
}

func chatWebhook(c *cx) string {
	name := c.value("name")
	from := c.value("phone")
	waID := from.val // WhatsApp's wa_id: country code and number, no '+'
	if c.m == modePII {
		waID = c.l.cc + c.vals[len(c.vals)-1].nsn
	}
	text := c.sentence()
	var body string
	switch c.f.IntN(3) {
	case 0:
		body = fmt.Sprintf(`{"object":"whatsapp_business_account","entry":[{"id":"%s","changes":[{"value":{"messaging_product":"whatsapp","contacts":[{"profile":{"name":%s},"wa_id":%s}],"messages":[{"from":%s,"id":"wamid.%s","timestamp":"%s","text":{"body":%s},"type":"text"}]},"field":"messages"}]}]}`,
			digits(c.f, 15), js(name.val), js(waID), js(from.val), hexStr(c.f, 24), c.look("epoch_s"), js(text))
	case 1:
		body = fmt.Sprintf(`{"destination":"U%s","events":[{"type":"message","message":{"type":"text","id":"%s","text":%s},"timestamp":%s,"source":{"type":"user","userId":"U%s"},"replyToken":"%s","deliveryContext":{"isRedelivery":false},"x_contact":{"displayName":%s,"phone":%s}}]}`,
			hexStr(c.f, 32), digits(c.f, 18), js(text), c.look("epoch_ms_luhn"), hexStr(c.f, 32), hexStr(c.f, 32), js(name.val), js(from.val))
	default:
		body = fmt.Sprintf(`{"event":"chat.message","channel":"kakao_bizmessage","user_key":"%s","content":%s,"profile":{"nickname":%s,"phone_number":%s},"sent_at":%s}`,
			c.f.LetterN(12), js(text), js(name.val), js(from.val), c.look("epoch_ms_luhn"))
	}
	extra := fmt.Sprintf(`"http":{"request":{"method":"POST","body":{"content":%s}}},"url":{"path":"/webhooks/chat","query":%s}`, js(body), js("shop="+c.look("k8s_pod")))
	if c.f.Bool() {
		r := c.record()
		extra += `,"labels":` + jsObj(r)
	}
	return c.envelope("chat-inbox", "info", "inbound chat webhook "+c.look("request_id"), extra)
}

func zplLabel(c *cx) string {
	name := c.value("name")
	addr := c.value("address")
	tel := c.value("phone")
	trk := c.look(pick(c.f, []string{"ups", "dhl", "s10", "local_courier", "fedex"}))
	return fmt.Sprintf("%s label-printer: sending ZPL to 10.4.%d.%d:9100 ^XA^CI28^CF0,28^FO30,30^FDShip To:^FS^FO30,65^FD%s^FS^FO30,100^FB700,3,0,L^FD%s^FS^FO30,200^FDTel: %s^FS^FO30,240^FDRef %s / %s^FS^BY3^FO30,290^BCN,120,Y,N,N^FD%s^FS^FO500,30^FDWeight %s kg^FS^XZ",
		c.ts(), c.f.IntN(256), c.f.IntN(256), name.val, oneLine(addr.val), tel.val, c.look("amazon_order"), c.look("sku"), trk, fmt.Sprintf("%d.%d", c.f.IntN(30), c.f.IntN(10)))
}

func pdfInvoice(c *cx) string {
	name := c.value("name")
	addr := c.value("address")
	r := c.record()
	pad := func(s string, n int) string {
		if k := runeLen(s); k < n {
			return s + strings.Repeat(" ", n-k)
		}
		return s + "  "
	}
	var b strings.Builder
	fmt.Fprintf(&b, "%s invoice-parser: extracted text (pdftotext -layout) page 1/1:\n", c.ts())
	fmt.Fprintf(&b, "%s%s\n", pad("BILL TO", 44), "INVOICE "+c.look("invoice_no"))
	fmt.Fprintf(&b, "%s%s\n", pad(name.val, 44), "Date: "+c.look("date"))
	fmt.Fprintf(&b, "%s%s\n", pad(oneLine(addr.val), 44), "Order: "+c.look("amazon_order"))
	for _, x := range r {
		fmt.Fprintf(&b, "%s%s\n", pad(x.key+": "+oneLine(x.val), 44), "VAT reg. "+c.look("vat_no"))
	}
	fmt.Fprintf(&b, "%-30s%6s%16s\n", c.look("product"), itoa(1+c.f.IntN(5)), c.look("amount"))
	fmt.Fprintf(&b, "%36s%16s", "TOTAL", c.look("amount"))
	return b.String()
}

func haproxy(c *cx) string {
	r := c.record()
	var q []string
	var hdr []string
	for _, x := range r {
		if strings.EqualFold(x.key, "authorization") || strings.EqualFold(x.key, "cookie") || x.kind == "credential" && c.f.Bool() {
			hdr = append(hdr, oneLine(x.val))
			continue
		}
		q = append(q, formEscape(x.key)+"="+formEscape(oneLine(x.val)))
	}
	return fmt.Sprintf("Dec  5 10:%02d:%02d lb1 haproxy[%d]: %s [05/Dec/2026:10:%02d:%02d.%03d] fe_https~ be_api/api%d 0/0/1/%d/%d %s %d - - ---- %d/%d/3/1/0 0/0 {shop.example|Mozilla/5.0|%s} \"GET /api/v2/orders/lookup?%s HTTP/1.1\"",
		c.f.IntN(60), c.f.IntN(60), 1000+c.f.IntN(9000), c.look("ip_port"), c.f.IntN(60), c.f.IntN(60), c.f.IntN(1000), c.f.IntN(6), c.f.IntN(300), c.f.IntN(400), c.look("status"), 200+c.f.IntN(9000), c.f.IntN(50), c.f.IntN(50), strings.Join(hdr, "|"), strings.Join(q, "&"))
}

func fluentbit(c *cx) string {
	r := c.record()
	r2 := c.record()
	logLine := c.sentence()
	return fmt.Sprintf(`{"date":%d.%06d,"@timestamp":%s,"log":%s,"stream":"stdout","kubernetes":{"pod_name":%s,"namespace_name":"shop","labels":{"app":"order-sync","pod-template-hash":%s},"container_image":"registry.shop.example/order-sync:%s"},"record":{"attrs":%s,"ctx":{"buyer_ref":%s,"shipment":%s}},"service":{"name":"fluent-bit"}}`,
		1764900000+c.f.IntN(90000), c.f.IntN(999999), js(c.ts()), js(logLine), js(c.look("k8s_pod")), js(c.f.LetterN(10)), c.look("version"), jsObj(r), js(c.look("ulid")), jsObj(r2))
}

func alertmanager(c *cx) string {
	r := c.record()
	var labels []string
	for _, x := range r {
		labels = append(labels, js(x.key)+":"+js(oneLine(x.val)))
	}
	desc := "Payout failed: " + c.sentence()
	body := fmt.Sprintf(`{"receiver":"ops-pager","status":"firing","alerts":[{"status":"firing","labels":{"alertname":"PayoutFailed","severity":"critical","pod":%s,%s},"annotations":{"summary":"payout to seller failed","description":%s},"startsAt":%s,"fingerprint":%s}],"groupKey":"{}:{alertname=\"PayoutFailed\"}","externalURL":"http://alertmanager:9093"}`,
		js(c.look("k8s_pod")), strings.Join(labels, ","), js(desc), js(c.ts()), js(c.look("span_id")))
	if c.f.Bool() {
		return c.envelope("alert-relay", "warn", "forwarding alertmanager webhook", `"alertmanager":`+body)
	}
	return c.envelope("alert-relay", "warn", "forwarding alertmanager webhook", `"http":{"request":{"body":{"content":`+js(body)+`}}}`)
}

func kubernetes(c *cx) string {
	r := c.record()
	if c.f.Bool() {
		var env strings.Builder
		for _, x := range r {
			fmt.Fprintf(&env, "      %s:  %s\n", upperSnake(x.key), oneLine(x.val))
		}
		return fmt.Sprintf("$ kubectl describe pod %s -n shop\nName:             %s\nNamespace:        shop\nNode:             ip-%s.ec2.internal/%s\nContainers:\n  app:\n    Image:          registry.shop.example/label-printer:%s\n    State:          Waiting\n      Reason:       CrashLoopBackOff\n    Environment:\n%sEvents:\n  Warning  BackOff  2m (x%d over 10m)  kubelet  Back-off restarting failed container",
			c.look("k8s_pod"), c.look("k8s_pod"), fmt.Sprintf("10-%d-%d-%d", c.f.IntN(256), c.f.IntN(256), c.f.IntN(256)), c.look("ipv4"), c.look("version"), env.String(), 2+c.f.IntN(40))
	}
	var kv []string
	for _, x := range r {
		kv = append(kv, upperSnake(x.key)+"="+oneLine(x.val))
	}
	return fmt.Sprintf(`{"kind":"Event","apiVersion":"v1","metadata":{"name":%s,"namespace":"shop"},"involvedObject":{"kind":"Pod","name":%s},"reason":"Failed","message":%s,"type":"Warning","count":%d,"@timestamp":%s}`,
		js(c.look("k8s_pod")+"."+hexStr(c.f, 16)), js(c.look("k8s_pod")), js("Error: container app exited 1; last log: config check failed for "+strings.Join(kv, " ")), 1+c.f.IntN(30), js(c.ts()))
}

func protobufJSON(c *cx) string {
	r := c.record()
	var parts []string
	for _, x := range r {
		parts = append(parts, js(camel(x.key))+":"+js(x.val))
	}
	any := fmt.Sprintf(`{"@type":"type.googleapis.com/shop.fulfilment.v1.%s",%s}`, pick(c.f, []string{"CreateShipmentRequest", "BuyerProfile", "RefundInstruction"}), strings.Join(parts, ","))
	return c.envelope("fulfilment-grpc", "error", "rpc error: code = InvalidArgument desc = validation failed", `"grpc":{"method":"/shop.fulfilment.v1.Fulfilment/CreateShipment","status_code":3,"details":[`+any+`]}`, `"request_id":`+js(c.look("request_id")))
}

func camel(k string) string {
	p := pascal(k)
	for i, r := range p {
		return strings.ToLower(string(r)) + p[i+len(string(r)):]
	}
	return p
}

func multipart(c *cx) string {
	r := c.record()
	bd := "----WebKitFormBoundary" + c.f.LetterN(16)
	var b strings.Builder
	fmt.Fprintf(&b, "%s DEBUG request body (multipart/form-data; boundary=%s):\r\n", c.ts(), bd)
	for _, x := range r {
		fmt.Fprintf(&b, "--%s\r\nContent-Disposition: form-data; name=\"%s\"\r\n\r\n%s\r\n", bd, x.key, x.val)
	}
	fmt.Fprintf(&b, "--%s\r\nContent-Disposition: form-data; name=\"label\"; filename=\"%s.pdf\"\r\nContent-Type: application/pdf\r\n\r\n%%PDF-1.7 (binary omitted)\r\n--%s--", bd, c.look("local_courier"), bd)
	return b.String()
}

func cloudflare(c *cx) string {
	r := c.record()
	var q, hdr, ck []string
	for _, x := range r {
		switch {
		case x.kind == "credential" && (strings.EqualFold(x.key, "cookie") || strings.EqualFold(x.key, "set-cookie")):
			ck = append(ck, js("session")+":"+js(x.val))
		case x.kind == "credential" || x.kind == "phone" && c.f.Bool():
			hdr = append(hdr, js("x-"+strings.ToLower(strings.ReplaceAll(x.key, "_", "-")))+":"+js(x.val))
		default:
			q = append(q, urlEscape(x.key)+"="+urlEscape(x.val))
		}
	}
	return fmt.Sprintf(`{"@timestamp":%s,"service":{"name":"cloudflare"},"ClientIP":%s,"ClientRequestHost":"shop.example","ClientRequestMethod":"GET","ClientRequestURI":%s,"EdgeResponseStatus":%s,"RayID":%s,"RequestHeaders":{%s},"Cookies":{%s},"WAFAction":"log"}`,
		js(c.ts()), js(c.look("ipv4")), js("/api/track?"+strings.Join(q, "&")), c.look("status"), js(hexStr(c.f, 16)+"-SIN"), strings.Join(hdr, ","), strings.Join(ck, ","))
}

func icalendar(c *cx) string {
	esc := strings.NewReplacer(`\`, `\\`, ",", `\,`, ";", `\;`, "\n", `\n`)
	org := c.value("email")
	name := c.value("name")
	loc := c.value("address")
	var b strings.Builder
	fmt.Fprintf(&b, "%s WARN calendar-sync: invite for pickup rejected by provider (status %s):\nBEGIN:VEVENT\nUID:%s@shop.example\nDTSTART:20261207T090000Z\n", c.ts(), c.look("status"), c.look("uuid"))
	fmt.Fprintf(&b, "ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s\nLOCATION:%s\nDESCRIPTION:%s\n", name.val, org.val, esc.Replace(loc.val), esc.Replace(c.sentence()))
	for _, x := range c.record() {
		fmt.Fprintf(&b, "X-SHOP-%s:%s\n", strings.ToUpper(strings.ReplaceAll(x.key, "_", "-")), esc.Replace(x.val))
	}
	b.WriteString("END:VEVENT")
	return b.String()
}
