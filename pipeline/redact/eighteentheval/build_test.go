package eighteentheval

import (
	"fmt"
	"html"
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// look is a planted look-alike; need is how often it stands in the line
// (the fewest times it is seen in any form that shows it, in the line and in
// its placeholder version).
type look struct {
	typ, text string
	need      int
}

// item is one key and what is written under it: a value (or its
// placeholder, with a credential's surroundings) or a look-alike.
type item struct {
	key  string
	val  string
	kind string // PII kind, "" for look-alikes and traps
	la   string // look-alike type
	bare bool   // a JSON literal (true/false), not a string
}

type builder struct {
	r     *rand.Rand
	ph    bool
	loc   *locData
	ctx   *ctxDef
	vals  []value
	looks []look
	svc   string
	when  time.Time
}

// V plants a value: its text, or a placeholder in the placeholder build.
func (b *builder) V(v value) string {
	b.vals = append(b.vals, v)
	if b.ph {
		return "Qqv" + strings.ReplaceAll(v.kind, "_", "")
	}
	return v.text
}

// L plants a look-alike.
func (b *builder) L(typ, s string) string {
	b.looks = append(b.looks, look{typ: typ, text: s})
	return s
}

func (b *builder) pick(s []string) string { return s[b.r.IntN(len(s))] }
func (b *builder) chance(n int) bool      { return b.r.IntN(100) < n }

// ---- items ----

func (b *builder) piiItems(kind string) []item {
	L := b.loc
	keys := b.ctx.keys[kind]
	key := ""
	if len(keys) > 0 {
		key = b.pick(keys)
	}
	def := map[string]string{"name": "name", "email": "email", "phone": "phone", "address": "address", "card": "card_number", "iban": "iban", "cn_id": "id_number"}
	if key == "" {
		key = def[kind]
	}
	switch kind {
	case "name":
		v := genName(b.r, L)
		if i := strings.IndexByte(key, ' '); i > 0 && (L.script == "latin" || L.script == "other") {
			g, f := b.pick(L.given), b.pick(L.family)
			fv := value{kind: "name", style: L.script, text: f}
			for _, w := range strings.Fields(f) {
				if runeLen(w) >= 3 && !particles[strings.ToLower(w)] {
					fv.words = append(fv.words, strings.ToLower(w))
				}
			}
			if len(fv.words) == 0 {
				fv.words = []string{strings.ToLower(f)}
			}
			return []item{{key: key[:i], val: g, la: ""}, {key: key[i+1:], val: b.V(fv), kind: "name"}}
		}
		if strings.Contains(key, " ") {
			key = key[:strings.IndexByte(key, ' ')]
		}
		return []item{{key: key, val: b.V(v), kind: kind}}
	case "email":
		return []item{{key: key, val: b.V(genEmail(b.r, L)), kind: kind}}
	case "phone":
		return []item{{key: key, val: b.V(genPhone(b.r, L)), kind: kind}}
	case "address":
		return []item{{key: key, val: b.V(genAddress(b.r, L)), kind: kind}}
	case "card":
		return []item{{key: key, val: b.V(genCard(b.r)), kind: kind}}
	case "iban":
		return []item{{key: key, val: b.V(genIBAN(b.r, b.pick(ibanCountries))), kind: kind}}
	case "cn_id":
		return []item{{key: key, val: b.V(genCNID(b.r)), kind: kind}}
	case "credential":
		c := genCred(b.r, b.pick(b.ctx.creds), L)
		return []item{{key: b.pick(c.keys), val: c.before + b.V(credValue(c)) + c.after, kind: kind, la: c.style}}
	}
	panic(kind)
}

func (b *builder) lookItem(typ string) item {
	lt := lookByName[typ]
	return item{key: b.pick(lt.keys), val: b.L(typ, lt.gen(b.r)), la: typ}
}

func (b *builder) trapItem(name string) item {
	for _, t := range traps {
		if t.name == name {
			v := t.gen(b.r)
			return item{key: b.pick(t.keys), val: b.L(name, v), la: name, bare: name == "trap_phone_verified" && b.chance(50)}
		}
	}
	panic(name)
}

// ---- encoders ----

func jq(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for _, c := range s {
		switch c {
		case '"':
			sb.WriteString(`\"`)
		case '\\':
			sb.WriteString(`\\`)
		case '\n':
			sb.WriteString(`\n`)
		case '\r':
			sb.WriteString(`\r`)
		case '\t':
			sb.WriteString(`\t`)
		default:
			if c < 0x20 {
				fmt.Fprintf(&sb, `\u%04x`, c)
			} else {
				sb.WriteRune(c)
			}
		}
	}
	sb.WriteByte('"')
	return sb.String()
}

type kvp struct{ k, raw string }

func jobj(ps []kvp) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, p := range ps {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(jq(p.k))
		sb.WriteByte(':')
		sb.WriteString(p.raw)
	}
	sb.WriteByte('}')
	return sb.String()
}

func itemsJSON(its []item) string {
	var ps []kvp
	for _, it := range its {
		if it.bare {
			ps = append(ps, kvp{it.key, it.val})
		} else {
			ps = append(ps, kvp{it.key, jq(it.val)})
		}
	}
	return jobj(ps)
}

func ident(k string) string {
	var sb strings.Builder
	for _, c := range k {
		if unicode.IsLetter(c) || unicode.IsDigit(c) {
			sb.WriteRune(c)
		} else {
			sb.WriteByte('_')
		}
	}
	s := strings.Trim(sb.String(), "_")
	if s == "" {
		return "field"
	}
	return s
}

func camel(k string) string {
	parts := strings.FieldsFunc(ident(k), func(c rune) bool { return c == '_' })
	for i := 1; i < len(parts); i++ {
		parts[i] = strings.ToUpper(parts[i][:1]) + parts[i][1:]
	}
	return strings.Join(parts, "")
}

func pascal(k string) string {
	c := camel(k)
	if c == "" {
		return "Field"
	}
	r := []rune(c)
	r[0] = unicode.ToUpper(r[0])
	return string(r)
}

// ---- events ----

func (b *builder) event(extra ...kvp) string {
	ps := []kvp{{"@timestamp", jq(b.when.Format("2006-01-02T15:04:05.000Z07:00"))},
		{"log.level", jq(b.pick([]string{"info", "info", "warn", "error", "debug"}))},
		{"service.name", jq(b.svc)}, {"event.dataset", jq(b.ctx.name)}}
	ps = append(ps, extra...)
	if b.chance(70) {
		ps = append(ps, kvp{"trace.id", jq(b.L("trace_id", fromSet(b.r, hexLow, 32)))})
	}
	return jobj(ps)
}

// ---- labels ----

func (b *builder) label(it item, english bool) string {
	lx := b.loc.lex
	if !english {
		switch it.kind {
		case "name":
			return lx[lxName]
		case "phone":
			return lx[lxPhone]
		case "address":
			return lx[lxAddress]
		case "email":
			return lx[lxEmail]
		case "credential":
			if it.la == "otp" || it.la == "pin" {
				return lx[lxCode]
			}
		}
	}
	switch it.kind {
	case "name":
		return b.pick([]string{"customer", "buyer", "name:", "recipient", "cardholder"})
	case "phone":
		return b.pick([]string{"phone", "tel:", "mobile", "callback number", "WhatsApp"})
	case "address":
		return b.pick([]string{"ship to", "address:", "deliver to", "billing address"})
	case "email":
		return b.pick([]string{"email", "e-mail:", "reply-to", "contact"})
	case "card":
		return b.pick([]string{"card", "card number", "PAN", "paid with card"})
	case "iban":
		return b.pick([]string{"IBAN", "refund to IBAN", "account"})
	case "cn_id":
		if b.loc.code == "zh_CN" || b.loc.code == "zh_TW" {
			return b.pick([]string{"身份证号", "身份证"})
		}
		return b.pick([]string{"ID no.", "resident id", "id_card"})
	case "credential":
		switch it.la {
		case "otp":
			return b.pick([]string{"OTP", "verification code", "code"})
		case "pin":
			return "PIN"
		case "bearer", "basic":
			return "Authorization:"
		}
		return it.key + "="
	}
	return it.key
}

func (b *builder) laText(it item) string {
	if it.la == "trap_phone_verified" || strings.HasPrefix(it.la, "trap_") {
		return it.key + "=" + it.val
	}
	return b.pick([]string{it.key + " " + it.val, it.key + "=" + it.val, it.key + ": " + it.val, "(" + it.key + " " + it.val + ")"})
}

// ---- forms ----

func (b *builder) render(form string, its []item) (text string, ev bool, tmpl string) {
	intro := b.pick(b.ctx.intros)
	switch form {
	case "field":
		var ps []kvp
		parent := b.pick([]string{"", "", "customer", "data", "payload"})
		var nested []item
		for _, it := range its {
			// a customer object holds the buyer's own data; a data or
			// payload object holds anything
			own := it.kind != "" || it.la == ""
			if parent != "" && (parent != "customer" || own) && !strings.Contains(it.key, ".") && it.key == ident(it.key) {
				nested = append(nested, it)
				continue
			}
			raw := jq(it.val)
			if it.bare {
				raw = it.val
			}
			ps = append(ps, kvp{it.key, raw})
		}
		if len(nested) > 0 {
			ps = append(ps, kvp{parent, itemsJSON(nested)})
		}
		ps = append([]kvp{{"message", jq(intro)}}, ps...)
		return b.event(ps...), true, "field:" + map[bool]string{true: "flat", false: "nested"}[parent == ""]
	case "json_str":
		k := b.pick([]string{"payload", "request.body", "http.request.body.content", "data", "body"})
		return b.event(kvp{"message", jq(intro)}, kvp{k, jq(itemsJSON(its))}), true, "json_str:" + k
	case "json2":
		inner := itemsJSON(its)
		mid := jobj([]kvp{{"type", jq(strings.ReplaceAll(intro, " ", "_"))}, {"attempt", strconv.Itoa(1 + b.r.IntN(3))}, {"body", jq(inner)}})
		if b.chance(50) {
			return b.event(kvp{"message", jq(intro + " " + mid)}), true, "json2:message"
		}
		return b.event(kvp{"message", jq(intro)}, kvp{"event.original", jq(mid)}), true, "json2:original"
	case "xml":
		var sb strings.Builder
		root := b.pick([]string{"dest", "cfdi:Receptor", "CessionarioCommittente", "Buyer"})
		sb.WriteString("<" + root + ">")
		for _, it := range its {
			tag := pascal(it.key)
			sb.WriteString("<" + tag + ">" + html.EscapeString(it.val) + "</" + tag + ">")
		}
		sb.WriteString("</" + root + ">")
		return b.wrap(intro+": "+sb.String(), "xml:"+root)
	}
	var s, t string
	switch form {
	case "text":
		s, t = b.freeText(intro, its)
	case "url":
		s, t = b.urlLine(its)
	case "form":
		s, t = b.formBody(intro, its)
	case "kv":
		s, t = b.kvLine(intro, its)
	case "header":
		s, t = b.headers(its)
	case "sql":
		s, t = b.sql(its)
	case "graphql":
		s, t = b.graphql(its)
	case "object":
		s, t = b.object(intro, its)
	case "yaml":
		s, t = b.yaml(its)
	case "proto":
		s, t = b.proto(its)
	case "chat":
		s, t = b.chat(its)
	case "html":
		s, t = b.htmlMail(its)
	case "csv":
		s, t = b.csv(its)
	default:
		panic(form)
	}
	return b.wrap(s, t)
}

// wrap puts about 40 % of text lines into an event's text field.
func (b *builder) wrap(s, t string) (string, bool, string) {
	if b.chance(40) {
		k := b.pick([]string{"message", "message", "message", "error.message", "log.original", "http.request.body.content"})
		return b.event(kvp{k, jq(s)}), true, t
	}
	return s, false, t
}

func (b *builder) freeText(intro string, its []item) (string, string) {
	L := b.loc
	if b.chance(55) {
		// the buyer's own words
		var parts []string
		for _, it := range its {
			if it.kind != "" {
				sep := b.pick([]string{": ", " ", ": ", " - "})
				if L.script == "cjk" && L.code != "ko_KR" {
					sep = b.pick([]string{"：", ":", " "})
				}
				lbl := b.label(it, false)
				if strings.HasSuffix(lbl, "=") {
					sep = ""
				}
				parts = append(parts, lbl+sep+it.val)
			} else {
				parts = append(parts, b.laText(it))
			}
		}
		join := b.pick([]string{", ", ". ", "; ", " / "})
		if L.script == "cjk" && L.code != "ko_KR" {
			join = b.pick([]string{"，", "。", " "})
		}
		s := L.lex[lxHello] + b.pick([]string{", ", "! ", " "}) + strings.Join(parts, join) + b.pick([]string{". ", " ", "! "}) + L.lex[lxThanks]
		return s, "text:buyer"
	}
	var parts []string
	for _, it := range its {
		if it.kind != "" {
			lbl := b.label(it, true)
			if !strings.HasSuffix(lbl, "=") {
				lbl += " "
			}
			parts = append(parts, lbl+it.val)
		} else {
			parts = append(parts, b.laText(it))
		}
	}
	return b.svc + ": " + intro + " - " + strings.Join(parts, b.pick([]string{", ", " ", "; "})), "text:ops"
}

func (b *builder) urlLine(its []item) (string, string) {
	q := make([]string, 0, len(its))
	for _, it := range its {
		q = append(q, url.QueryEscape(ident(it.key))+"="+url.QueryEscape(it.val))
	}
	path := b.pick([]string{"/api/v2/" + b.ctx.name + "/lookup", "/webhooks/" + b.svc, "/maps/api/place/autocomplete/json", "/v1/track", "/checkout/confirm", "/unsubscribe"})
	full := path + "?" + strings.Join(q, "&")
	if b.chance(50) {
		ip := b.L("ipv4", lookByName["ipv4"].gen(b.r))
		st := b.L("status_code", lookByName["status_code"].gen(b.r))
		return fmt.Sprintf(`%s - - [%s] "GET %s HTTP/1.1" %s %d "-" "%s"`, ip, b.when.Format("02/Jan/2006:15:04:05 -0700"), full, st, 200+b.r.IntN(9000), b.pick([]string{"okhttp/4.12.0", "Mozilla/5.0", "curl/8.5.0"})), "url:access"
	}
	return "url.original=https://" + b.svc + ".shop.example" + full, "url:original"
}

func (b *builder) formBody(intro string, its []item) (string, string) {
	q := []string{"type=" + url.QueryEscape(strings.ReplaceAll(intro, " ", "_")), "fired_at=" + url.QueryEscape(b.when.Format("2006-01-02 15:04:05"))}
	for _, it := range its {
		k := it.key
		if b.chance(40) && !strings.Contains(k, "[") {
			k = "data[" + ident(k) + "]"
		}
		q = append(q, url.QueryEscape(k)+"="+url.QueryEscape(it.val))
	}
	return "POST /hooks/" + b.svc + " content-type=application/x-www-form-urlencoded body=" + strings.Join(q, "&"), "form:body"
}

func kvQuote(v string) string {
	if v == "" || strings.ContainsAny(v, " \"=\t\n") {
		return strconv.Quote(v)
	}
	return v
}

func (b *builder) kvLine(intro string, its []item) (string, string) {
	parts := []string{"time=" + b.when.Format(time.RFC3339), "level=" + b.pick([]string{"info", "warn", "error"}), "svc=" + b.svc, "msg=" + strconv.Quote(intro)}
	for _, it := range its {
		parts = append(parts, ident(it.key)+"="+kvQuote(it.val))
	}
	return strings.Join(parts, " "), "kv:logfmt"
}

func headerName(k string) string {
	parts := strings.FieldsFunc(ident(k), func(c rune) bool { return c == '_' })
	for i, p := range parts {
		parts[i] = strings.ToUpper(p[:1]) + p[1:]
	}
	return "X-" + strings.Join(parts, "-")
}

func (b *builder) headers(its []item) (string, string) {
	var hs []string
	for _, it := range its {
		k := headerName(it.key)
		if strings.EqualFold(it.key, "authorization") || strings.EqualFold(it.key, "proxy-authorization") || strings.EqualFold(it.key, "x-api-key") {
			k = it.key
		}
		hs = append(hs, k+": "+it.val)
	}
	if b.chance(35) {
		// Go's printed http.Header
		var ps []string
		for _, h := range hs {
			i := strings.Index(h, ": ")
			ps = append(ps, h[:i]+":["+h[i+2:]+"]")
		}
		return "outbound request headers=map[" + strings.Join(ps, " ") + "]", "header:gomap"
	}
	nl := b.pick([]string{"\n", "\r\n"})
	return "POST /v1/" + b.ctx.name + " HTTP/1.1" + nl + "Host: api." + b.svc + ".example" + nl + strings.Join(hs, nl) + nl + "Content-Type: application/json", "header:dump"
}

func sqlLit(v string) string { return "'" + strings.ReplaceAll(v, "'", "''") + "'" }

func (b *builder) sql(its []item) (string, string) {
	table := b.pick([]string{"customers", "buyers", "contacts", "payment_methods", "kyc_applicants", "orders", "subscribers"})
	var cols, lits []string
	for _, it := range its {
		cols = append(cols, ident(strings.ReplaceAll(it.key, ".", "_")))
		lits = append(lits, sqlLit(it.val))
	}
	switch b.r.IntN(6) {
	case 0:
		return fmt.Sprintf("# Time: %s\n# Query_time: %.6f  Lock_time: 0.000012 Rows_sent: 0  Rows_examined: %d\nINSERT INTO %s (%s) VALUES (%s);",
			b.when.Format("2006-01-02T15:04:05.000000Z"), 0.5+b.r.Float64()*3, b.r.IntN(90000), table, strings.Join(cols, ", "), strings.Join(lits, ", ")), "sql:insert"
	case 1:
		var sets []string
		for i := range cols {
			sets = append(sets, cols[i]+" = "+lits[i])
		}
		return fmt.Sprintf("LOG:  duration: %.3f ms  statement: UPDATE %s SET %s WHERE id = %d", 100+b.r.Float64()*900, table, strings.Join(sets, ", "), 1000+b.r.IntN(999999)), "sql:update"
	case 2:
		var ph, binds []string
		for i, it := range its {
			ph = append(ph, cols[i]+" = $"+strconv.Itoa(i+1))
			binds = append(binds, `["`+cols[i]+`", `+strconv.Quote(it.val)+`]`)
		}
		return fmt.Sprintf("  %s Load (%.1fms)  SELECT \"%s\".* FROM \"%s\" WHERE %s LIMIT $%d  [%s, [\"LIMIT\", 1]]", pascal(table), 0.3+b.r.Float64()*20, table, table,
			strings.Join(ph, " AND "), len(its)+1, strings.Join(binds, ", ")), "sql:orm"
	case 3:
		var fs []string
		for i, it := range its {
			fs = append(fs, camel(cols[i])+": "+strconv.Quote(it.val))
		}
		return fmt.Sprintf("db.%s.find({ %s }).limit(1)  planSummary: COLLSCAN docsExamined:%d millis:%d", table, strings.Join(fs, ", "), b.r.IntN(99999), 100+b.r.IntN(900)), "sql:mongo"
	case 4:
		var args []string
		for i, it := range its {
			args = append(args, strconv.Quote(cols[i]), strconv.Quote(it.val))
		}
		return fmt.Sprintf("%d.%06d [0 10.0.%d.%d:%d] \"HSET\" \"%s:%d\" %s", b.when.Unix(), b.r.IntN(999999), b.r.IntN(255), b.r.IntN(255), 40000+b.r.IntN(20000), strings.TrimSuffix(table, "s"), b.r.IntN(999999), strings.Join(args, " ")), "sql:redis"
	}
	var conds []string
	for i := range cols {
		conds = append(conds, cols[i]+" = "+lits[i])
	}
	return fmt.Sprintf("SELECT id, status FROM %s WHERE %s; -- %s rows=1", table, strings.Join(conds, " AND "), b.svc), "sql:select"
}

func (b *builder) graphql(its []item) (string, string) {
	op := b.L("graphql_op", lookByName["graphql_op"].gen(b.r))
	if b.chance(50) {
		var args []string
		for _, it := range its {
			args = append(args, camel(it.key)+": "+strconv.Quote(it.val))
		}
		return fmt.Sprintf("graphql query=\"mutation %s { customerUpdate(input: {%s}) { customer { id } userErrors { field message } } }\"", op, strings.Join(args, ", ")), "graphql:inline"
	}
	var ps []kvp
	for _, it := range its {
		ps = append(ps, kvp{camel(it.key), jq(it.val)})
	}
	body := jobj([]kvp{{"operationName", jq(op)}, {"query", jq("mutation " + op + "($input: CustomerInput!) { customerUpdate(input: $input) { customer { id } } }")},
		{"variables", jobj([]kvp{{"input", jobj(ps)}})}})
	return "POST /graphql " + body, "graphql:variables"
}

func (b *builder) object(intro string, its []item) (string, string) {
	cls := b.pick(b.ctx.objs)
	lang := b.pick([]string{"go", "java", "python", "ruby", "php_r", "php_dump", "rust", "csharp"})
	var sb strings.Builder
	switch lang {
	case "go":
		sb.WriteString("&{")
		for i, it := range its {
			if i > 0 {
				sb.WriteByte(' ')
			}
			sb.WriteString(pascal(it.key) + ":" + it.val)
		}
		sb.WriteString("}")
		return fmt.Sprintf("%s: %s: failed to process %s: %s", b.svc, intro, strings.ToLower(cls), sb.String()), "object:go"
	case "java":
		sb.WriteString(cls + "{")
		for i, it := range its {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(camel(it.key) + "='" + it.val + "'")
		}
		sb.WriteString("}")
		return fmt.Sprintf("%s: cannot map %s\n\tat com.shop.%s.%sService.handle(%sService.java:%d)", intro, sb.String(), b.ctx.name, cls, cls, 40+b.r.IntN(400)), "object:java"
	case "python":
		sb.WriteString(cls + "(")
		for i, it := range its {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(ident(strings.ToLower(it.key)) + "=" + pyRepr(it.val))
		}
		sb.WriteString(")")
		return fmt.Sprintf("Traceback (most recent call last):\n  File \"/app/%s/handlers.py\", line %d, in process\nValueError: invalid payload %s", b.ctx.name, 20+b.r.IntN(300), sb.String()), "object:python"
	case "ruby":
		sb.WriteString("#<" + cls + " id: " + strconv.Itoa(b.r.IntN(99999)))
		for _, it := range its {
			sb.WriteString(", " + ident(strings.ToLower(it.key)) + ": " + strconv.Quote(it.val))
		}
		sb.WriteString(">")
		return "ActiveRecord::RecordInvalid: Validation failed for " + sb.String(), "object:ruby"
	case "php_r":
		sb.WriteString("Array\n(\n")
		for _, it := range its {
			sb.WriteString("    [" + ident(it.key) + "] => " + it.val + "\n")
		}
		sb.WriteString(")\n")
		return "[" + b.when.Format("02-Jan-2006 15:04:05 UTC") + "] PHP Notice: " + intro + " " + sb.String(), "object:php_print_r"
	case "php_dump":
		sb.WriteString(fmt.Sprintf("array(%d) {\n", len(its)))
		for _, it := range its {
			sb.WriteString(fmt.Sprintf("  [%q]=>\n  string(%d) %q\n", ident(it.key), len(it.val), it.val))
		}
		sb.WriteString("}")
		return sb.String(), "object:php_var_dump"
	case "rust":
		sb.WriteString(cls + " { ")
		for i, it := range its {
			if i > 0 {
				sb.WriteString(", ")
			}
			sb.WriteString(ident(strings.ToLower(it.key)) + ": " + strconv.Quote(it.val))
		}
		sb.WriteString(" }")
		return fmt.Sprintf("thread 'tokio-runtime-worker' panicked at src/%s.rs:%d:%d: unexpected %s", b.ctx.name, 10+b.r.IntN(300), 5+b.r.IntN(40), sb.String()), "object:rust"
	}
	sb.WriteString("{ ")
	for i, it := range its {
		if i > 0 {
			sb.WriteString(", ")
		}
		sb.WriteString(pascal(it.key) + " = " + it.val)
	}
	sb.WriteString(" }")
	return "fail: Shop." + pascal(b.ctx.name) + "[0] " + intro + " " + sb.String(), "object:csharp"
}

func pyRepr(s string) string {
	if strings.ContainsRune(s, '\'') {
		return strconv.Quote(s)
	}
	return "'" + strings.ReplaceAll(s, "\\", "\\\\") + "'"
}

func (b *builder) yaml(its []item) (string, string) {
	var sb strings.Builder
	switch b.r.IntN(3) {
	case 0:
		sb.WriteString(b.pick([]string{"config loaded:\n", "---\n", "apiVersion: v1\nkind: Secret\nmetadata:\n  name: " + b.svc + "\n"}))
		for _, it := range its {
			v := it.val
			if b.chance(50) || strings.ContainsAny(v, ":#'") {
				v = strconv.Quote(v)
			}
			sb.WriteString("  " + ident(it.key) + ": " + v + "\n")
		}
		return sb.String(), "yaml:yaml"
	case 1:
		sb.WriteString("[" + b.ctx.name + "]\n")
		for _, it := range its {
			sb.WriteString(ident(it.key) + " = " + strconv.Quote(it.val) + "\n")
		}
		return sb.String(), "yaml:toml"
	}
	sb.WriteString("+ cat .env\n")
	for _, it := range its {
		v := it.val
		if strings.ContainsAny(v, " #") {
			v = strconv.Quote(v)
		}
		sb.WriteString(strings.ToUpper(ident(it.key)) + "=" + v + "\n")
	}
	return sb.String(), "yaml:env"
}

func (b *builder) proto(its []item) (string, string) {
	msg := strings.ToLower(b.pick(b.ctx.objs))
	if b.chance(30) {
		var ps []string
		for _, it := range its {
			ps = append(ps, strings.ToLower(strings.ReplaceAll(ident(it.key), "_", "-"))+": "+it.val)
		}
		return "grpc: /customer.v1.CustomerService/Update metadata: " + strings.Join(ps, "; "), "proto:metadata"
	}
	var sb strings.Builder
	sb.WriteString("request: " + msg + " {")
	nl := b.chance(50)
	for _, it := range its {
		if nl {
			sb.WriteString("\n  ")
		} else {
			sb.WriteString(" ")
		}
		sb.WriteString(ident(strings.ToLower(it.key)) + ": " + strconv.Quote(it.val))
	}
	if nl {
		sb.WriteString("\n}")
	} else {
		sb.WriteString(" }")
	}
	return sb.String(), "proto:text"
}

var emojis = []string{"🙏", "😊", "👍", "📦", "❤️", "🔥", "✨", "😅", "🛍️", "🙂"}

func (b *builder) chat(its []item) (string, string) {
	L := b.loc
	var sb strings.Builder
	if b.chance(40) {
		sb.WriteString("@" + b.pick([]string{"shop_admin", "cs_team", "host", "seller", "admin"}) + " ")
	}
	sb.WriteString(L.lex[lxHello] + " " + b.pick(emojis) + "\n")
	for _, it := range its {
		if it.kind != "" {
			lbl := b.label(it, false)
			if !strings.HasSuffix(lbl, "=") {
				lbl += ": "
			}
			sb.WriteString(lbl + it.val)
		} else {
			sb.WriteString(b.laText(it))
		}
		if b.chance(30) {
			sb.WriteString(" " + b.pick(emojis))
		}
		sb.WriteString("\n")
	}
	sb.WriteString(L.lex[lxPlease] + " " + b.pick(emojis) + " " + L.lex[lxThanks])
	return sb.String(), "chat:message"
}

func (b *builder) htmlMail(its []item) (string, string) {
	L := b.loc
	var sb strings.Builder
	sb.WriteString("<html><body><p>" + html.EscapeString(L.lex[lxHello]) + ",</p><table>")
	for _, it := range its {
		v := html.EscapeString(it.val)
		if it.kind == "email" && b.chance(40) {
			v = strings.ReplaceAll(v, "@", "&#64;")
		}
		if it.kind == "email" && b.chance(40) {
			v = `<a href="mailto:` + v + `">` + v + `</a>`
		}
		lbl := it.key
		if it.kind != "" {
			lbl = b.label(it, false)
		}
		sb.WriteString("<tr><td>" + html.EscapeString(lbl) + "</td><td>" + v + "</td></tr>")
	}
	sb.WriteString("</table><p>" + html.EscapeString(L.lex[lxThanks]) + " &amp; " + html.EscapeString(b.pick([]string{"see you soon", "happy shopping", "best regards"})) + "</p></body></html>")
	return "mail body (text/html): " + sb.String(), "html:mail"
}

func csvCell(v string) string {
	if strings.ContainsAny(v, ",\"\n") {
		return `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
	}
	return v
}

func (b *builder) csv(its []item) (string, string) {
	var hs, cs []string
	for _, it := range its {
		hs = append(hs, ident(it.key))
		cs = append(cs, csvCell(it.val))
	}
	if b.chance(50) {
		return strings.Join(hs, ",") + "\n" + strings.Join(cs, ","), "csv:header"
	}
	return "export row " + strconv.Itoa(b.r.IntN(99999)) + ": " + strings.Join(cs, ","), "csv:row"
}
