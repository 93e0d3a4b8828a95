package seventeentheval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
)

type item struct {
	key, text string
	v, l      int    // index of the value or look-alike, -1 for none
	kind      string // PII kind, "" for others
}

// line is one corpus line with what it holds.
type line struct {
	text                string
	ndjson              bool
	ctx, src, form, loc string
	vals                []value
	looks               []look
}

const placeholder = "QZQ"

func (g *gen) txt(it item) string {
	if it.v >= 0 && g.mode == 1 {
		return placeholder
	}
	return it.text
}

func jsq(s string) string {
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	_ = e.Encode(s)
	return strings.TrimSuffix(b.String(), "\n")
}

func (g *gen) ts() string {
	return fmt.Sprintf("2026-12-%02dT%02d:%02d:%02d.%03dZ", g.between(1, 6), g.r.IntN(6), g.r.IntN(60), g.r.IntN(60), g.r.IntN(1000))
}

// ndjson writes an event with the given fields (values already JSON).
func (g *gen) ndjson(c *ctxDef, src, msg string, extra ...[2]string) string {
	var b strings.Builder
	b.WriteString(`{"@timestamp":"` + g.ts() + `","service.name":` + jsq(c.name+"-"+strings.ReplaceAll(src, "_", "-")) +
		`,"log.level":"` + g.pickS("info|info|warn|error|debug") + `","event.dataset":` + jsq(c.name+"."+src) + `,"message":` + jsq(msg))
	for _, kv := range extra {
		b.WriteString("," + jsq(kv[0]) + ":" + kv[1])
	}
	b.WriteString("}")
	return b.String()
}

func allDigits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

// jsonObj renders items as a JSON object, PII grouped under a party object now and then.
func (g *gen) jsonObj(items []item) string {
	var b strings.Builder
	b.WriteString("{")
	nest := g.chance(0.4)
	party := g.pickS("customer|contact|billing|shipTo|requester|employee|consignee")
	first := true
	var inner []string
	for _, it := range items {
		t := g.txt(it)
		val := jsq(t)
		if allDigits(t) && t[0] != '0' && len(t) <= 15 && g.chance(0.4) {
			val = t
		}
		kv := jsq(it.key) + ":" + val
		if nest && it.v >= 0 {
			inner = append(inner, kv)
			continue
		}
		if !first {
			b.WriteString(",")
		}
		first = false
		b.WriteString(kv)
	}
	if len(inner) > 0 {
		if !first {
			b.WriteString(",")
		}
		b.WriteString(jsq(party) + ":{" + strings.Join(inner, ",") + "}")
	}
	b.WriteString("}")
	return b.String()
}

func (g *gen) prefix(c *ctxDef, src string) string {
	t := fmt.Sprintf("2026-12-%02d %02d:%02d:%02d", g.between(1, 6), g.r.IntN(24), g.r.IntN(60), g.r.IntN(60))
	ms := strconv.Itoa(g.between(100, 999))
	lg := c.name + "." + src
	switch src {
	case "python_logging":
		return t + "," + ms + " INFO [" + lg + "] "
	case "log4j":
		return t + "." + ms + " [pool-" + strconv.Itoa(g.between(1, 9)) + "-thread-" + strconv.Itoa(g.between(1, 20)) + "] INFO  c.v." + src + ".SyncJob - "
	case "slog_text":
		return "time=" + strings.Replace(t, " ", "T", 1) + "." + ms + "Z level=INFO msg="
	case "rails":
		return "I, [" + strings.Replace(t, " ", "T", 1) + "." + ms + "123 #" + strconv.Itoa(g.between(1000, 9999)) + "]  INFO -- : "
	case "laravel":
		return "[" + t + "] production.INFO: "
	case "serilog":
		return "[" + t[11:] + " INF] "
	case "rsyslog":
		return "<134>1 " + strings.Replace(t, " ", "T", 1) + "Z " + g.lookText("hostname") + " " + src + " " + strconv.Itoa(g.between(100, 30000)) + " - - "
	case "journald":
		return "Dec 0" + strconv.Itoa(g.between(1, 6)) + " " + t[11:] + " " + g.lookText("hostname") + " " + g.pickS("postfix/smtp|CRON|sshd|backup.sh|sftp-server") + "[" + strconv.Itoa(g.between(100, 30000)) + "]: "
	}
	switch g.r.IntN(5) {
	case 0:
		return t + "," + ms + " " + g.pickS("INFO|WARNING|ERROR") + " " + lg + ": "
	case 1:
		return "time=\"" + strings.Replace(t, " ", "T", 1) + "Z\" level=info component=" + lg + " "
	case 2:
		return "[" + t + "] " + strings.ToUpper(c.name) + ".INFO " + src + " "
	case 3:
		return t + " " + g.pickS("I|W|E") + " " + src + "[" + strconv.Itoa(g.between(100, 30000)) + "]: "
	}
	return ""
}

func kvQuote(s string) string {
	if strings.ContainsAny(s, " \"=,") || s == "" {
		return jsq(s)
	}
	return s
}

func (g *gen) kvPairs(items []item, style int) string {
	var parts []string
	for _, it := range items {
		t := g.txt(it)
		switch style {
		case 0:
			parts = append(parts, it.key+"="+kvQuote(t))
		case 1:
			parts = append(parts, jsq(it.key)+"=>"+jsq(t))
		case 2:
			parts = append(parts, it.key+": "+t)
		}
	}
	switch style {
	case 1:
		return "Parameters: {" + strings.Join(parts, ", ") + "}"
	case 2:
		return strings.Join(parts, ", ")
	}
	return strings.Join(parts, " ")
}

func (g *gen) query(items []item, form bool) string {
	var parts []string
	for _, it := range items {
		t := g.txt(it)
		var e string
		if form || g.chance(0.6) {
			e = url.QueryEscape(t)
		} else {
			e = strings.ReplaceAll(url.PathEscape(t), "@", "%40")
		}
		parts = append(parts, url.QueryEscape(it.key)+"="+e)
	}
	return strings.Join(parts, "&")
}

func (g *gen) label(lx [13]string, it item) string {
	if it.kind != "" && it.kind != "credential" && g.chance(0.7) {
		return kindLabel(lx, it.kind)
	}
	return humanKey(it.key)
}

func (g *gen) prose(lx [13]string, items []item) string {
	var parts []string
	for _, it := range items {
		t := g.txt(it)
		switch {
		case it.kind == "phone" && g.chance(0.3):
			parts = append(parts, lx[7]+" "+t)
		case it.kind == "address" && g.chance(0.3):
			parts = append(parts, lx[8]+" "+t)
		case it.kind == "name" && g.chance(0.3):
			parts = append(parts, t)
		default:
			parts = append(parts, g.label(lx, it)+g.pickS(" |: | ")+t)
		}
	}
	return strings.Join(parts, g.pickS(", |; | / | - |. "))
}

var headerNames = map[string]string{
	"name": "X-Customer-Name|X-Requester-Name|X-Buyer-Name", "email": "X-Customer-Email|X-Requester-Email|X-Forwarded-Email",
	"phone": "X-Callback-Number|X-Caller-Id|X-Customer-Phone", "address": "X-Ship-To|X-Delivery-Address",
	"card": "X-Card-Number|X-Payment-Card", "iban": "X-Payout-Iban|X-Bank-Account", "cn_id": "X-Id-Number|X-Consignee-Id",
}

func headerKey(it item) string {
	if it.kind == "credential" {
		k := strings.ToLower(it.key)
		if k == "authorization" {
			return "Authorization"
		}
		if strings.Contains(k, "key") {
			return "X-Api-Key"
		}
		if strings.Contains(k, "token") {
			return "X-Auth-Token"
		}
		return "X-" + strings.ReplaceAll(title(strings.ReplaceAll(k, "_", " ")), " ", "-")
	}
	return ""
}

func (g *gen) headers(items []item) []string {
	var hs []string
	for _, it := range items {
		t := g.txt(it)
		k := headerKey(it)
		switch {
		case k == "Authorization":
			t = "Basic " + t
		case k == "X-Auth-Token" && g.chance(0.5):
			k, t = "Authorization", "Bearer "+t
		case k != "":
		case it.kind != "":
			k = g.pickS(headerNames[it.kind])
		default:
			k = "X-" + strings.ReplaceAll(title(humanKey(it.key)), " ", "-")
		}
		hs = append(hs, k+": "+t)
	}
	return hs
}

func csvCell(s string, sep string) string {
	if strings.ContainsAny(s, sep+"\"\n ") {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func (g *gen) segment(c *ctxDef, src string, items []item) string {
	style := map[string]int{"edi": 0, "erp": 1, "label": 2, "payroll": 3, "sso": 4}[c.name]
	if _, ok := map[string]bool{"edi": true, "erp": true, "label": true, "payroll": true, "sso": true}[c.name]; !ok {
		style = g.r.IntN(3)
	}
	if c.name == "erp" && src != "sap_idoc" && g.chance(0.5) {
		style = 0
	}
	var b strings.Builder
	switch style {
	case 0:
		b.WriteString("ISA*00*          *00*          *ZZ*SELLEREDI      *ZZ*" + g.pickS("WALMART|TARGETCORP|ZALANDO|BOLCOM") + "   *261206*0412*U*00401*" + g.digitsN(9) + "*0*P*>~ST*" + g.pickS("850|856|810") + "*0001~")
		for _, it := range items {
			t := g.txt(it)
			switch it.kind {
			case "name":
				b.WriteString("N1*ST*" + t + "~")
			case "address":
				b.WriteString("N3*" + t + "~")
			case "phone":
				b.WriteString("PER*IC**TE*" + t + "~")
			case "email":
				b.WriteString("PER*IC**EM*" + t + "~")
			case "":
				b.WriteString("REF*" + g.pickS("PO|BM|CN|ZZ|IA") + "*" + t + "~")
			default:
				b.WriteString("REF*ZZ*" + t + "~")
			}
		}
		b.WriteString("SE*" + strconv.Itoa(len(items)+3) + "*0001~")
	case 1:
		b.WriteString("EDI_DC40 DOCNUM=" + g.lookText("idoc_no") + " MESTYP=" + g.pickS("ORDERS|DEBMAS|INVOIC|CREMAS") + "\n")
		b.WriteString("E1EDKA1 PARVW=" + g.pickS("AG|WE|RE"))
		for _, it := range items {
			k := it.key
			switch it.kind {
			case "name":
				k = "NAME1"
			case "address":
				k = "STRAS"
			case "phone":
				k = "TELF1"
			case "email":
				k = "SMTP_ADDR"
			case "iban":
				k = "IBAN"
			}
			b.WriteString(g.pickS(" |\n| ") + strings.ToUpper(k) + "=" + g.txt(it))
		}
	case 2:
		b.WriteString("^XA^CI28")
		y := 40
		for _, it := range items {
			t := g.txt(it)
			if it.kind == "" && g.chance(0.4) {
				b.WriteString(fmt.Sprintf("^FO40,%d^BCN,80,Y,N,N^FD%s^FS", y, t))
			} else {
				lbl := ""
				if it.kind == "phone" {
					lbl = g.pickS("Tel: |Ph |")
				}
				b.WriteString(fmt.Sprintf("^FO40,%d^A0N,28,28^FD%s%s^FS", y, lbl, t))
			}
			y += 40
		}
		b.WriteString("^PQ1^XZ")
	case 3:
		b.WriteString("<CdtTrfTxInf><PmtId><EndToEndId>PAY-" + g.digitsN(8) + "</EndToEndId></PmtId>")
		for _, it := range items {
			t := g.txt(it)
			switch it.kind {
			case "name":
				b.WriteString("<Cdtr><Nm>" + t + "</Nm></Cdtr>")
			case "iban":
				b.WriteString("<CdtrAcct><Id><IBAN>" + t + "</IBAN></Id></CdtrAcct>")
			case "address":
				b.WriteString("<PstlAdr><AdrLine>" + t + "</AdrLine></PstlAdr>")
			default:
				tag := strings.ReplaceAll(title(humanKey(it.key)), " ", "")
				b.WriteString("<" + tag + ">" + t + "</" + tag + ">")
			}
		}
		b.WriteString("</CdtTrfTxInf>")
	case 4:
		b.WriteString(`<saml:Assertion ID="` + g.lookText("saml_id") + `"><saml:Subject>`)
		for _, it := range items {
			t := g.txt(it)
			switch it.kind {
			case "email":
				b.WriteString(`<saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">` + t + `</saml:NameID>`)
			case "credential":
				b.WriteString(`<ds:SignatureValue>` + t + `</ds:SignatureValue>`)
			default:
				b.WriteString(`<saml:Attribute Name="` + it.key + `"><saml:AttributeValue>` + t + `</saml:AttributeValue></saml:Attribute>`)
			}
		}
		b.WriteString(`</saml:Subject></saml:Assertion>`)
	}
	return b.String()
}

func qpEncode(s string, at bool) string {
	var b strings.Builder
	col := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		var t string
		switch {
		case c == '\n':
			b.WriteString("\r\n")
			col = 0
			continue
		case c == '=' || c >= 127 || (c == '@' && at):
			t = fmt.Sprintf("=%02X", c)
		default:
			t = string(c)
		}
		if col+len(t) > 75 {
			b.WriteString("=\r\n")
			col = 0
		}
		b.WriteString(t)
		col += len(t)
	}
	return b.String()
}

var ocrLabel = strings.NewReplacer("o", "0", "l", "1", "I", "l", "e", "c", "rn", "m", "S", "5")

// ocrNoise garbles a label the way a scanner does.
func ocrNoise(r *rand.Rand, s string) string {
	if r.IntN(2) == 0 {
		s = ocrLabel.Replace(s)
	}
	if r.IntN(3) == 0 && len(s) > 3 {
		k := 1 + r.IntN(len(s)-2)
		if s[k] < 128 && s[k-1] < 128 {
			s = s[:k] + " " + s[k:]
		}
	}
	return s
}

// ocrDigits writes O for 0 in digits before the last eight of a phone.
func ocrPhone(r *rand.Rand, s string) string {
	n := 0
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] >= '0' && s[i] <= '9' {
			n++
			if n > 8 && s[i] == '0' && r.IntN(2) == 0 {
				s = s[:i] + "O" + s[i+1:]
			}
		}
	}
	return s
}

func spoken(r *rand.Rand, s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			b.WriteRune(c)
		} else if c != ' ' && c != '-' && c != '(' && c != ')' && c != '.' {
			if b.Len() > 0 {
				b.WriteString(" ")
			}
			b.WriteRune(c)
		}
	}
	return b.String()
}

// render writes the items in a form; it reports whether the line is NDJSON.
func (g *gen) render(c *ctxDef, src, form string, l *locale, items []item, msg string) (string, bool) {
	lx := lexicon[l.lang]
	wrap := g.chance(0.4)
	emit := func(text string) (string, bool) {
		if wrap {
			return g.ndjson(c, src, text), true
		}
		return text, false
	}
	switch form {
	case "field":
		var ex [][2]string
		for _, it := range items {
			t := g.txt(it)
			val := jsq(t)
			if allDigits(t) && t[0] != '0' && len(t) <= 15 && g.chance(0.4) {
				val = t
			}
			ex = append(ex, [2]string{c.name + "." + strings.TrimPrefix(it.key, c.name+"."), val})
		}
		return g.ndjson(c, src, msg, ex...), true
	case "text":
		return emit(g.prefix(c, src) + msg + ": " + g.prose(lx, items))
	case "json":
		obj := g.jsonObj(items)
		if wrap {
			return g.ndjson(c, src, msg, [2]string{g.pickS("http.request.body.content|payload|event.original|labels.body"), jsq(obj)}), true
		}
		return g.prefix(c, src) + msg + g.pickS(" payload=| body: | ") + obj, false
	case "json2":
		obj := g.jsonObj(items)
		mid := `{"event":` + jsq(src+"."+g.pickS("updated|created|synced")) + `,"id":"` + g.fk.UUID() + `","` + g.pickS("payload|data|body|Message") + `":` + jsq(obj) + `}`
		if wrap || g.chance(0.5) {
			return g.ndjson(c, src, msg, [2]string{g.pickS("event.original|message_raw|sqs.body"), jsq(mid)}), true
		}
		return g.prefix(c, src) + msg + " raw=" + jsq(mid), false
	case "url":
		path := "/" + g.pickS("api/v2|hooks|rest/v1|portal|odata") + "/" + strings.ReplaceAll(src, "_", "-") + "/" + g.pickS("contacts|returns|tickets|vendors|callbacks|lookup")
		q := g.query(items, false)
		if wrap {
			return g.ndjson(c, src, msg, [2]string{"url.original", jsq(path + "?" + q)}, [2]string{"http.response.status_code", g.pickS("200|201|400|502")}), true
		}
		return fmt.Sprintf("%s - - [06/Dec/2026:0%d:%02d:%02d +0000] \"GET %s?%s HTTP/1.1\" %s %d \"-\" \"%s\"", g.lookText("ipv4"), g.r.IntN(6), g.r.IntN(60), g.r.IntN(60), path, q, g.pickS("200|201|404|502"), g.between(80, 9000), g.pickS("NetSuite-Webhook/2.0|Zendesk Webhook|python-requests/2.32|okhttp/4.12")), false
	case "form":
		body := g.query(items, true)
		if wrap {
			return g.ndjson(c, src, msg, [2]string{"http.request.method", `"POST"`}, [2]string{"http.request.body.content", jsq(body)}), true
		}
		return g.prefix(c, src) + "POST /" + strings.ReplaceAll(src, "_", "/") + " Content-Type: application/x-www-form-urlencoded body=" + body, false
	case "kv":
		style := 0
		if src == "rails" {
			style = 1
		} else if src == "serilog" || g.chance(0.15) {
			style = 2
		}
		p := g.prefix(c, src)
		if strings.HasSuffix(p, "msg=") {
			p += jsq(msg) + " "
		} else {
			p += msg + " "
		}
		return emit(p + g.kvPairs(items, style))
	case "header":
		hs := g.headers(items)
		switch g.r.IntN(3) {
		case 0:
			return g.ndjson(c, src, msg, [2]string{"http.request.headers", jsq(strings.Join(hs, "\r\n"))}), true
		case 1:
			return g.prefix(c, src) + msg + " headers={" + strings.Join(hs, ", ") + "}", false
		}
		return g.pickS("GET|POST|PUT") + " /" + src + " HTTP/1.1\r\nHost: " + g.lookText("hostname") + "\r\n" + strings.Join(hs, "\r\n") + "\r\n", false
	case "csv":
		sep := g.pickS(",|;|\t|,")
		var hdr, row []string
		for _, it := range items {
			hdr = append(hdr, it.key)
			row = append(row, csvCell(g.txt(it), sep))
		}
		body := strings.Join(hdr, sep) + "\n" + strings.Join(row, sep)
		if wrap {
			return g.ndjson(c, src, msg+" (row "+strconv.Itoa(g.between(2, 900))+")", [2]string{"log.original", jsq(body)}), true
		}
		if g.chance(0.5) {
			return strings.Join(row, sep), false
		}
		return body, false
	case "block":
		var b strings.Builder
		b.WriteString(strings.ToUpper(msg) + "\n")
		for _, it := range items {
			b.WriteString(g.label(lx, it) + ": " + g.txt(it) + "\n")
		}
		return emit(b.String())
	case "segment":
		return emit(g.segment(c, src, items))
	case "mime":
		var from, rest []item
		for _, it := range items {
			if (it.kind == "email" || it.kind == "name") && len(from) < 2 {
				from = append(from, it)
			} else {
				rest = append(rest, it)
			}
		}
		var h strings.Builder
		h.WriteString("Received: from " + g.lookText("hostname") + " (" + g.lookText("ipv4") + ")\r\n")
		fromLine := "From: "
		for _, it := range from {
			if it.kind == "name" {
				fromLine += `"` + g.txt(it) + `" `
			}
		}
		for _, it := range from {
			if it.kind == "email" {
				fromLine += "<" + g.txt(it) + ">"
				if g.chance(0.4) {
					h.WriteString("Reply-To: " + g.txt(it) + "\r\n")
				}
			}
		}
		if fromLine == "From: " {
			fromLine += "Marketplace Notifications <no-reply@marketplace.example>"
		}
		h.WriteString(fromLine + "\r\nTo: support@seller-shop.example\r\nSubject: " + msg + "\r\nMessage-ID: <" + g.fk.UUID() + "@mail.example>\r\nContent-Type: text/plain; charset=\"UTF-8\"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n")
		body := lx[9] + ",\n" + g.prose(lx, rest)
		h.WriteString(qpEncode(body, g.chance(0.5)))
		if g.chance(0.5) {
			return g.ndjson(c, src, msg, [2]string{"email.raw", jsq(h.String())}), true
		}
		return h.String(), false
	case "ocr":
		nr := rand.New(rand.NewPCG(g.r.Uint64(), 7))
		var b strings.Builder
		b.WriteString(ocrNoise(nr, strings.ToUpper(msg)) + "\n")
		for _, it := range items {
			t := g.txt(it)
			if it.kind == "phone" {
				t = ocrPhone(nr, t)
			}
			b.WriteString(ocrNoise(nr, g.label(lx, it)) + g.pickS(": |:|  | . ") + t + "\n")
		}
		if g.chance(0.5) {
			return g.ndjson(c, src, msg, [2]string{"ocr.text", jsq(b.String())}, [2]string{"ocr.confidence", strconv.Itoa(g.between(61, 99))}), true
		}
		return b.String(), false
	case "transcript":
		nr := rand.New(rand.NewPCG(g.r.Uint64(), 9))
		var b strings.Builder
		sec := g.between(5, 60)
		for _, it := range items {
			t := g.txt(it)
			if (it.kind == "phone" || it.kind == "card" || it.kind == "cn_id") && nr.IntN(2) == 0 {
				t = spoken(nr, t)
			}
			b.WriteString(fmt.Sprintf("[00:%02d:%02d] AGENT: %s?\n", sec/60, sec%60, g.label(lx, it)))
			sec += g.between(3, 15)
			b.WriteString(fmt.Sprintf("[00:%02d:%02d] CUSTOMER: %s\n", sec/60, sec%60, t))
			sec += g.between(3, 15)
		}
		if g.chance(0.6) {
			return g.ndjson(c, src, msg, [2]string{"transcript.text", jsq(b.String())}, [2]string{"call.id", jsq(g.fk.UUID())}), true
		}
		return b.String(), false
	}
	panic("form " + form)
}

// renderChange writes a change record: items[0] old, items[1] new, then others.
func (g *gen) renderChange(c *ctxDef, src string, l *locale, items []item, msg string) (string, bool) {
	lx := lexicon[l.lang]
	old, nw, rest := items[0], items[1], items[2:]
	field := old.key
	actor := g.pickS("ops.admin|cs-agent-" + strconv.Itoa(g.between(10, 99)) + "|finance.lead|system")
	tail := ""
	if len(rest) > 0 {
		tail = " " + g.kvPairs(rest, 0)
	}
	switch g.r.IntN(5) {
	case 0:
		return emit2(g, c, src, fmt.Sprintf("%suser %s changed %s of customer %s from %s to %s%s", g.prefix(c, src), actor, humanKey(field), g.pattern("C-#####"), g.txt(old), g.txt(nw), tail))
	case 1:
		return emit2(g, c, src, fmt.Sprintf("%s%s %s %s %s %s %s%s", g.prefix(c, src), kindLabel(lx, old.kind), lx[4], lx[5], g.txt(old), lx[6], g.txt(nw), tail))
	case 2:
		return g.ndjson(c, src, msg, [2]string{"audit.changes", jsq(`{"` + field + `":[` + jsq(g.txt(old)) + `,` + jsq(g.txt(nw)) + `]}`)}, [2]string{"user.name", jsq(actor)}), true
	case 3:
		return g.ndjson(c, src, msg, [2]string{"audit.field", jsq(field)}, [2]string{"audit.old_value", jsq(g.txt(old))}, [2]string{"audit.new_value", jsq(g.txt(nw))}), true
	}
	return emit2(g, c, src, fmt.Sprintf("%sconfig diff: %s: %s -> %s%s", g.prefix(c, src), field, kvQuote(g.txt(old)), kvQuote(g.txt(nw)), tail))
}

func emit2(g *gen, c *ctxDef, src, s string) (string, bool) {
	if g.chance(0.4) {
		return g.ndjson(c, src, s), true
	}
	return s, false
}

// title upper-cases the first letter of each space-separated word.
func title(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		ws[i] = strings.ToUpper(w[:1]) + w[1:]
	}
	return strings.Join(ws, " ")
}
