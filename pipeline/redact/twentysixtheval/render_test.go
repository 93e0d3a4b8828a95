package twentysixtheval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

type enc uint8

const (
	eJSON enc = iota + 1
	ePct      // query: space as %20
	eForm     // form body: space as +
	eQP
	eXML
	eCSV
	eSQL
)

func encode(e enc, s string) string {
	var b strings.Builder
	switch e {
	case eJSON:
		for _, c := range s {
			switch c {
			case '"':
				b.WriteString(`\"`)
			case '\\':
				b.WriteString(`\\`)
			case '\n':
				b.WriteString(`\n`)
			case '\r':
				b.WriteString(`\r`)
			case '\t':
				b.WriteString(`\t`)
			default:
				if c < 0x20 {
					fmt.Fprintf(&b, `\u%04x`, c)
				} else {
					b.WriteRune(c)
				}
			}
		}
	case ePct, eForm:
		for i := 0; i < len(s); i++ {
			c := s[i]
			switch {
			case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '.', c == '_', c == '~':
				b.WriteByte(c)
			case c == ' ' && e == eForm:
				b.WriteByte('+')
			default:
				fmt.Fprintf(&b, "%%%02X", c)
			}
		}
	case eQP:
		for i := 0; i < len(s); i++ {
			c := s[i]
			if c == '\n' {
				b.WriteString("\r\n")
			} else if c >= 0x80 || c == '=' || (c < 0x20 && c != '\t') {
				fmt.Fprintf(&b, "=%02X", c)
			} else {
				b.WriteByte(c)
			}
		}
	case eXML:
		return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
	case eCSV:
		return strings.ReplaceAll(s, `"`, `""`)
	case eSQL:
		return strings.ReplaceAll(s, `'`, `''`)
	}
	return b.String()
}

func encodeChain(chain []enc, s string) string {
	for _, e := range chain {
		s = encode(e, s)
	}
	return s
}

// wrap encodes segments once more, keeping each segment's identity.
func wrap(e enc, ss []seg) []seg {
	out := make([]seg, len(ss))
	for i, s := range ss {
		s.text = encode(e, s.text)
		s.chain = append(append([]enc(nil), s.chain...), e)
		out[i] = s
	}
	return out
}

// unit is one field of an event as the judge sees it.
type unit struct {
	path, ctx, form string
	segs            []seg
	decode          []enc // applied innermost last; judged on the decoded view too
	qp              bool
}

type tcase struct {
	id        int
	loc       *locale
	scene     string
	ctx, form string
	units     []unit
	dead      bool
}

var contexts = []string{"field", "message", "json", "json2", "url_query", "form", "logfmt", "headers", "csv", "chat", "stack", "sql", "email", "xml"}

func cat(parts ...any) []seg {
	var out []seg
	for _, p := range parts {
		switch x := p.(type) {
		case string:
			out = append(out, tmpl(x))
		case []seg:
			out = append(out, x...)
		case seg:
			out = append(out, x)
		}
	}
	return out
}

func maxChain(ss []seg) []enc {
	var m []enc
	for _, s := range ss {
		if len(s.chain) > len(m) {
			m = s.chain
		}
	}
	return m
}

func flatProse(ss []seg) []seg {
	// prose in one line (for headers, logfmt, csv without quoting newlines)
	out := make([]seg, len(ss))
	for i, s := range ss {
		if s.v == nil && s.look == "" {
			s.text = strings.ReplaceAll(s.text, "\n", " ")
			s.raw = s.text
		}
		out[i] = s
	}
	return out
}

func (g *gen) render(c *tcase, sc scene) {
	meta := func(path, slot string) {
		typ, s := g.look(slot, sc.loc)
		c.units = append(c.units, unit{path: path, ctx: "field", segs: []seg{lk(typ, s)}})
	}
	meta("trace.id", "TRACE")
	meta("event.created_ms", "EPOCH")
	meta("event.id", "UUID")
	meta("labels.sku", "SKU")
	add := func(path string, ss []seg) {
		u := unit{path: path, ctx: c.ctx, segs: ss}
		u.decode = maxChain(ss)
		for _, e := range u.decode {
			if e == eQP {
				u.qp = true
			}
		}
		c.units = append(c.units, u)
	}
	prose := sc.prose
	switch c.ctx {
	case "field":
		for _, k := range sc.kvs {
			c.units = append(c.units, unit{path: fieldPrefix(k.v) + k.key, ctx: "field", segs: k.v})
		}
		c.units = append(c.units, unit{path: "message", ctx: "message", segs: cat("cs-relay: ", prose)})
	case "message":
		add("message", prose)
		typ, o := g.order()
		c.units = append(c.units, unit{path: "order.id", ctx: "field", segs: []seg{lk(typ, o)}})
	case "json", "json2":
		doc := cat("{")
		for i, k := range sc.kvs {
			if i > 0 {
				doc = append(doc, tmpl(","))
			}
			doc = append(doc, cat(`"`+k.key+`":"`, wrap(eJSON, k.v), `"`)...)
		}
		ts := g.epochLuhn()
		doc = append(doc, cat(`,"ts":`, lk("epoch_ms", ts), `,"note":"`, wrap(eJSON, prose), `"}`)...)
		if c.ctx == "json" {
			add("http.request.body.content", doc)
		} else {
			add("event.original", cat(`{"level":"info","msg":"webhook relayed","status":`, lk("http_status", strconv.Itoa(200+g.r.IntN(3))), `,"payload":"`, wrap(eJSON, doc), `"}`))
		}
	case "url_query", "form":
		e := eForm
		if c.ctx == "url_query" && g.chance(0.6) {
			e = ePct
		}
		var q []seg
		for i, k := range sc.kvs {
			if i > 0 {
				q = append(q, tmpl("&"))
			}
			q = append(q, cat(k.key+"=", wrap(e, k.v))...)
		}
		q = append(q, cat("&note=", wrap(e, prose), "&v=", lk("version", fmt.Sprintf("%d.%d.%d", 1+g.r.IntN(6), g.r.IntN(20), g.r.IntN(99))))...)
		if c.ctx == "url_query" {
			add("url.full", cat("https://api.shop.example/v2/"+sc.name+"?", q))
		} else {
			add("http.request.body.content", q)
		}
	case "logfmt":
		ss := cat("ts=2026-12-07T09:", strconv.Itoa(10+g.r.IntN(50)), ":00Z level=info svc=", sc.name)
		for _, k := range sc.kvs {
			t := joinText(k.v)
			if strings.ContainsAny(t, " \"=") {
				ss = append(ss, cat(" "+k.key+`="`, wrap(eJSON, k.v), `"`)...)
			} else {
				ss = append(ss, cat(" "+k.key+"=", k.v)...)
			}
		}
		ss = append(ss, cat(` msg="`, wrap(eJSON, flatProse(prose)), `"`)...)
		add("message", ss)
	case "headers":
		ss := cat("POST /v2/" + sc.name + " HTTP/1.1\r\nHost: api.shop.example\r\n")
		for _, k := range sc.kvs {
			ss = append(ss, cat("X-Buyer-"+strings.ReplaceAll(k.key, "_", "-")+": ", k.v, "\r\n")...)
		}
		ss = append(ss, cat("X-Delivery-Note: ", flatProse(prose), "\r\n")...)
		add("http.request.headers", ss)
	case "csv":
		sep := ","
		if g.chance(0.3) {
			sep = "\t"
		}
		var head []string
		var row []seg
		for i, k := range sc.kvs {
			head = append(head, k.key)
			if i > 0 {
				row = append(row, tmpl(sep))
			}
			row = append(row, csvCell(k.v, sep)...)
		}
		head = append(head, "note")
		row = append(row, tmpl(sep))
		row = append(row, csvCell(flatProse(prose), sep)...)
		add("message", cat("export "+sc.name+".csv line 2: ", strings.Join(head, sep), "\n", row))
	case "chat":
		ss := cat("[09:41] system: chat relayed from marketplace\n[09:42] ")
		ss = append(ss, prose...)
		for _, k := range sc.kvs[1:] {
			// a bot's slot filling: it asks by the field's name, the buyer answers
			m := "[09:4" + strconv.Itoa(3+g.r.IntN(6)) + "] "
			ss = append(ss, cat("\n"+m+"bot: "+strings.ReplaceAll(k.key, "_", " ")+"?\n"+m+"buyer: ", k.v)...)
		}
		add("message", ss)
	case "stack":
		var ss []seg
		if g.chance(0.5) {
			ss = cat("com.shop.fulfil.ValidationException: cannot route shipment for ", sc.kvs[0].v, ": ")
			for _, k := range sc.kvs[1:] {
				ss = append(ss, cat(k.key+"='", k.v, "' ")...)
			}
			ss = append(ss, cat("note='", prose, "'\n\tat com.shop.fulfil.Router.route(Router.java:212)\n\tat com.shop.fulfil.Worker.run(Worker.java:88)\nCaused by: java.lang.IllegalStateException: geocoder HTTP 422")...)
		} else {
			ss = cat("Traceback (most recent call last):\n  File \"/app/relay/handlers.py\", line 141, in on_message\n    rec = normalize(payload)\nValueError: unparseable record {")
			for i, k := range sc.kvs {
				if i > 0 {
					ss = append(ss, tmpl(", "))
				}
				ss = append(ss, cat("'"+k.key+"': '", k.v, "'")...)
			}
			ss = append(ss, cat(", 'note': '", prose, "'}")...)
		}
		add("error.stack_trace", ss)
	case "sql":
		var cols []string
		var vals []seg
		for i, k := range sc.kvs {
			cols = append(cols, k.key)
			if i > 0 {
				vals = append(vals, tmpl(", "))
			}
			vals = append(vals, cat("'", wrap(eSQL, k.v), "'")...)
		}
		ss := cat("duplicate key on INSERT INTO cs_"+sc.name+" ("+strings.Join(cols, ", ")+", note) VALUES (", vals, ", '", wrap(eSQL, prose), "')")
		add("db.statement", ss)
	case "email":
		subj := cat("Subject: Re: order ", sc.kvs[0].v, "\r\n")
		body := cat("Hello,\n\n", prose, "\n\n")
		for _, k := range sc.kvs[1:] {
			body = append(body, cat(k.key+": ", k.v, "\n")...)
		}
		body = qpWrap(wrap(eQP, body))
		ss := cat("From: buyer-relay <relay@mail.shop.example>\r\nTo: <cs-inbox@mail.shop.example>\r\n", subj,
			"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n", body)
		add("email.raw", ss)
	case "xml":
		ss := cat(`<?xml version="1.0" encoding="UTF-8"?><shipment type="` + sc.name + `">`)
		for _, k := range sc.kvs {
			ss = append(ss, cat("<"+xmlName(k.key)+">", wrap(eXML, k.v), "</"+xmlName(k.key)+">")...)
		}
		ss = append(ss, cat("<note>", wrap(eXML, prose), "</note></shipment>")...)
		add("http.response.body", ss)
	}
}

// fieldPrefix files a field as a shop's event would: a buyer's value under
// buyer., ids, amounts and goods under order., free text under ticket.
func fieldPrefix(ss []seg) string {
	n, other := 0, false
	for _, s := range ss {
		switch {
		case s.v != nil:
			n++
		case s.look != "":
			other = true
		}
	}
	switch {
	case n == 1 && !other:
		return "buyer."
	case n == 0:
		return "order."
	}
	return "ticket."
}

func xmlName(k string) string {
	if k == "" {
		return "v"
	}
	if c := k[0]; c >= '0' && c <= '9' {
		return "k" + k
	}
	return k
}

func csvCell(ss []seg, sep string) []seg {
	t := joinText(ss)
	if strings.ContainsAny(t, `",`+sep+"\n") {
		return cat(`"`, wrap(eCSV, ss), `"`)
	}
	return ss
}

// qpWrap breaks quoted-printable lines at 76 bytes with soft line breaks,
// inside segments where they fall, never inside an =XX escape.
func qpWrap(ss []seg) []seg {
	col := 0
	out := make([]seg, len(ss))
	for i, s := range ss {
		var b strings.Builder
		t := s.text
		for j := 0; j < len(t); {
			if t[j] == '\r' && j+1 < len(t) && t[j+1] == '\n' {
				b.WriteString("\r\n")
				j += 2
				col = 0
				continue
			}
			n := 1
			if t[j] == '=' {
				n = 3
			}
			if col+n > 75 {
				b.WriteString("=\r\n")
				col = 0
			}
			b.WriteString(t[j:min(j+n, len(t))])
			col += n
			j += n
		}
		s.text = b.String()
		out[i] = s
	}
	return out
}

// line is the case as the JSON line a shipper sends: dotted paths as nested
// objects, HTML characters unescaped.
func (c *tcase) line() []byte {
	root := map[string]any{"@timestamp": "2026-12-07T09:26:00.000Z"}
	put := func(path, v string) {
		m := root
		parts := strings.Split(path, ".")
		for _, p := range parts[:len(parts)-1] {
			sub, ok := m[p].(map[string]any)
			if !ok {
				sub = map[string]any{}
				m[p] = sub
			}
			m = sub
		}
		m[parts[len(parts)-1]] = v
	}
	put("service.name", "shop-"+strings.ReplaceAll(c.scene, "_", "-"))
	put("log.level", "info")
	put("labels.locale", c.loc.code)
	for _, u := range c.units {
		put(u.path, joinText(u.segs))
	}
	var b bytes.Buffer
	e := json.NewEncoder(&b)
	e.SetEscapeHTML(false)
	if err := e.Encode(root); err != nil {
		panic(err)
	}
	return bytes.TrimRight(b.Bytes(), "\n")
}
