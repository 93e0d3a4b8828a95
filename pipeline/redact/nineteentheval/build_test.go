package nineteentheval

import (
	"fmt"
	"math/rand/v2"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"
)

// placeholder stands for a value in a line's second build.
const placeholder = "‹v›"

// B builds one line. A line is built twice from the same random state, once
// with its values (ph false) and once with placeholders (ph true); every
// random draw happens in both builds whatever the values hold.
type B struct {
	r      *rand.Rand
	ph     bool
	l      *locale
	ctx    string
	form   string
	rec    string
	vals   []*value
	looks  []*look
	person *person
	c      *context
}

func (b *B) put(v *value) string {
	b.vals = append(b.vals, v)
	if b.ph {
		return placeholder
	}
	return v.text
}

// L places a look-alike of type t.
func (b *B) L(t string) string {
	g, ok := lookGen[t]
	if !ok {
		panic("no look-alike type " + t)
	}
	s := g(b.r)
	b.looks = append(b.looks, &look{typ: t, text: s})
	return s
}

func (b *B) newPerson() person {
	p := newPerson(b.r, b.l)
	b.person = &p
	return p
}

// name places a new person's name.
func (b *B) name() string {
	p := b.newPerson()
	return b.put(p.value(nameText(b.r, b.l, p)))
}

// email places an address, made from the current person's name when there is
// one.
func (b *B) email() string { return b.put(newEmail(b.r, b.l, b.person)) }
func (b *B) phone() string { return b.put(newPhone(b.r, b.l, b.form == "transcript")) }
func (b *B) addr() string  { return b.put(newAddress(b.r, b.l)) }
func (b *B) iban() string  { return b.put(newIBAN(b.r, b.l)) }
func (b *B) cnid() string  { return b.put(newCNID(b.r, b.r.IntN(5) == 0)) }
func (b *B) cred(style string) string {
	return b.put(newCred(b.r, style))
}
func (b *B) card() string {
	v := newCard(b.r)
	sp := b.r.IntN(2) == 0
	if b.form == "transcript" && sp {
		v.text = regroup(v.canon, " ", 4, 4, 4, 4)
	}
	return b.put(v)
}
func (b *B) credOf(styles ...string) string { return b.cred(pick(b.r, styles)) }

// fld is one key and its text in a record.
type fld struct{ k, v string }

func (b *B) ts() string {
	return fmt.Sprintf("2026-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+b.r.IntN(12), 1+b.r.IntN(28), b.r.IntN(24), b.r.IntN(60), b.r.IntN(60), b.r.IntN(1000))
}

// ---- encoders ----

func jstr(s string) string {
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

func jobj(fs []fld) string {
	var sb strings.Builder
	sb.WriteByte('{')
	for i, f := range fs {
		if i > 0 {
			sb.WriteByte(',')
		}
		sb.WriteString(jstr(f.k))
		sb.WriteByte(':')
		sb.WriteString(jstr(f.v))
	}
	sb.WriteByte('}')
	return sb.String()
}

func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

func qesc(s string) string { return url.QueryEscape(s) }

func camel(k string, upperFirst bool) string {
	parts := strings.FieldsFunc(k, func(r rune) bool { return r == '_' || r == '.' || r == '-' })
	var sb strings.Builder
	for i, p := range parts {
		if i == 0 && !upperFirst {
			sb.WriteString(p)
			continue
		}
		r, n := utf8.DecodeRuneInString(p)
		sb.WriteRune(unicode.ToUpper(r))
		sb.WriteString(p[n:])
	}
	return sb.String()
}

func label(k string) string {
	parts := strings.FieldsFunc(k, func(r rune) bool { return r == '_' || r == '.' || r == '-' })
	if len(parts) == 0 {
		return k
	}
	s := strings.Join(parts, " ")
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func header(k string) string {
	parts := strings.FieldsFunc(k, func(r rune) bool { return r == '_' || r == '.' || r == '-' })
	for i, p := range parts {
		r, n := utf8.DecodeRuneInString(p)
		parts[i] = string(unicode.ToUpper(r)) + p[n:]
	}
	return strings.Join(parts, "-")
}

var services = map[string][]string{
	"lastmile": {"driver-app-gw", "pod-service", "pickup-booking"}, "customs": {"customs-broker", "clearance-api"},
	"warehouse": {"wms-core", "label-print", "asn-intake"}, "returns": {"rma-service", "warranty-claims"},
	"seller_kyc": {"seller-onboarding", "kyc-review"}, "payouts": {"payout-engine", "bank-file-sftp", "recon"},
	"b2b": {"b2b-quotes", "procurement"}, "mail": {"mail-relay", "bounce-processor"}, "voice_sms": {"sms-gw", "ivr", "callcentre-stt"},
	"contacts": {"contact-sync", "calendar-sync"}, "telemetry": {"otel-collector", "fluent-bit", "vector"},
	"exports": {"batch-export", "report-builder"}, "documents": {"ocr-extract", "pdf-text"}, "audit": {"admin-audit", "backoffice"},
	"lockers": {"locker-api", "pudo-network"},
}

// ndjson writes an event line: base fields, then the record's.
func (b *B) ndjson(msg string, fs []fld) string {
	base := []fld{{"@timestamp", b.ts()}, {"log.level", pick(b.r, []string{"info", "warn", "error", "debug"})}, {"service.name", pick(b.r, services[b.ctx])}, {"event.dataset", b.ctx + "." + b.rec}}
	if msg != "" {
		base = append(base, fld{"message", msg})
	}
	return jobj(append(base, fs...))
}

var textFields = []string{"message", "message", "message", "log.original", "error.message", "event.original"}

// wrap puts a text line into an event's text field about 40 % of the time.
func (b *B) wrap(text string) (string, bool) {
	if b.r.IntN(5) < 2 {
		return b.ndjson("", []fld{{pick(b.r, textFields), text}}), true
	}
	b.r.IntN(len(textFields))
	return text, false
}

var paths = map[string][]string{
	"lastmile": {"/v1/pod/confirm", "/driver/stops/update", "/pickup/book"}, "customs": {"/api/declarations", "/broker/consignee"},
	"warehouse": {"/wms/asn", "/labels/print"}, "returns": {"/returns/create", "/rma/approve"}, "seller_kyc": {"/sellers/onboard", "/kyc/submit"},
	"payouts": {"/payouts/bank-details", "/refunds/bank"}, "b2b": {"/b2b/quote", "/po/approve"}, "mail": {"/mail/bounce", "/unsubscribe"},
	"voice_sms": {"/sms/dlr", "/ivr/callback"}, "contacts": {"/carddav/sync", "/caldav/invite"}, "telemetry": {"/v1/traces", "/v1/logs"},
	"exports": {"/exports/download", "/reports/run"}, "documents": {"/ocr/result", "/docs/extract"}, "audit": {"/admin/audit", "/admin/users/update"},
	"lockers": {"/lockers/reserve", "/lockers/open"},
}

// render writes a record in the line's form; it reports whether the line is
// an NDJSON event.
func (b *B) render(fs []fld) (string, bool) {
	r := b.r
	switch b.form {
	case "ndjson":
		return b.ndjson(pick(r, []string{"shipment updated", "record saved", "request handled", "state changed", "sync done"}), fs), true
	case "json_string":
		key := pick(r, []string{"http.request.body.content", "payload", "webhook.body", "kafka.value"})
		return b.ndjson("payload received", []fld{{key, jobj(fs)}}), true
	case "json_twice":
		inner := jobj(fs)
		mid := jobj([]fld{{"type", b.ctx + "." + b.rec}, {"attempt", fmt.Sprint(1 + r.IntN(5))}, {"data", inner}})
		return b.ndjson(pick(r, []string{"webhook retry: ", "dead-lettered: ", "outbox publish: "})+mid, nil), true
	case "url_query":
		var q []string
		for _, f := range fs {
			q = append(q, qesc(f.k)+"="+qesc(f.v))
		}
		u := pick(r, paths[b.ctx]) + "?" + strings.Join(q, "&")
		ip := fmt.Sprintf("10.%d.%d.%d", r.IntN(256), r.IntN(256), r.IntN(256))
		st := pick(r, []string{"200", "302", "400", "404"})
		if r.IntN(5) < 2 {
			return b.ndjson("", []fld{{"url.original", u}, {"http.response.status_code", st}}), true
		}
		return fmt.Sprintf(`%s - - [06/Dec/2026:%02d:%02d:%02d +0000] "GET %s HTTP/1.1" %s %d "-" "okhttp/4.12.0"`, ip, r.IntN(24), r.IntN(60), r.IntN(60), u, st, 200+r.IntN(4000)), false
	case "form_body":
		var q []string
		for _, f := range fs {
			q = append(q, qesc(f.k)+"="+qesc(f.v))
		}
		return b.wrap(fmt.Sprintf("POST %s content-type=application/x-www-form-urlencoded body=%s", pick(r, paths[b.ctx]), strings.Join(q, "&")))
	case "logfmt":
		var sb strings.Builder
		fmt.Fprintf(&sb, "ts=%s level=%s msg=%q", b.ts(), pick(r, []string{"info", "warn", "error"}), b.ctx+" "+b.rec)
		for _, f := range fs {
			v := f.v
			if strings.ContainsAny(v, " \"=") {
				v = jstr(v)
			}
			sb.WriteString(" " + f.k + "=" + v)
		}
		return b.wrap(sb.String())
	case "http_headers":
		var sb strings.Builder
		fmt.Fprintf(&sb, "%s %s HTTP/1.1\nHost: api.%s.example\n", pick(r, []string{"POST", "PUT", "PATCH"}), pick(r, paths[b.ctx]), b.ctx)
		for _, f := range fs {
			k := header(f.k)
			if !strings.EqualFold(k, "authorization") {
				k = "X-" + k
			}
			sb.WriteString(k + ": " + f.v + "\n")
		}
		return b.wrap(strings.TrimSuffix(sb.String(), "\n"))
	case "printed_obj":
		typ := camel(b.rec, true)
		var parts []string
		switch r.IntN(3) {
		case 0:
			for _, f := range fs {
				parts = append(parts, camel(f.k, true)+":"+f.v)
			}
			return b.wrap(fmt.Sprintf("%s: &{%s}", pick(r, []string{"saving", "enqueue", "got"}), strings.Join(parts, " ")))
		case 1:
			for _, f := range fs {
				parts = append(parts, camel(f.k, false)+"='"+f.v+"'")
			}
			return b.wrap(fmt.Sprintf("%s{%s}", typ, strings.Join(parts, ", ")))
		default:
			for _, f := range fs {
				parts = append(parts, strings.ReplaceAll(strings.ReplaceAll(f.k, ".", "_"), "-", "_")+"="+pyrepr(f.v))
			}
			return b.wrap(fmt.Sprintf("%s(%s)", typ, strings.Join(parts, ", ")))
		}
	case "csv":
		sep := pick(r, []string{";", ",", "\t"})
		hdr := r.IntN(3) > 0
		ml := r.IntN(3) == 0
		var hs, vs []string
		for _, f := range fs {
			hs = append(hs, f.k)
			v := f.v
			if ml && sep != "\t" && strings.Contains(v, ", ") {
				v = strings.Replace(v, ", ", "\n", 1)
			}
			quote := r.IntN(4) == 0
			if strings.ContainsAny(v, sep+"\"\n") || quote {
				if sep == "\t" {
					v = strings.NewReplacer("\t", " ", "\n", " ").Replace(v)
				} else {
					v = `"` + strings.ReplaceAll(v, `"`, `""`) + `"`
				}
			}
			vs = append(vs, v)
		}
		line := strings.Join(vs, sep)
		if hdr {
			line = strings.Join(hs, sep) + "\n" + line
		}
		return b.wrap(line)
	case "syslog":
		var sd []string
		for _, f := range fs {
			v := strings.NewReplacer(`\`, `\\`, `"`, `\"`, `]`, `\]`).Replace(f.v)
			sd = append(sd, strings.ReplaceAll(f.k, ".", "_")+`="`+v+`"`)
		}
		return b.wrap(fmt.Sprintf("<%d>1 %s %s %s %d %s [%s@32473 %s] %s", 128+r.IntN(60), b.ts(), pick(r, []string{"wh-ams-01", "edge-fra-3", "hub-waw-2"}), pick(r, services[b.ctx]), 1000+r.IntN(60000), pick(r, []string{"ID47", "AUDIT", "SHIP", "-"}), b.ctx, strings.Join(sd, " "), b.rec))
	case "winevent":
		var sb strings.Builder
		fmt.Fprintf(&sb, `<Event xmlns="http://schemas.microsoft.com/win/2004/08/events/event"><System><Provider Name="Vigil%s"/><EventID>%d</EventID><TimeCreated SystemTime="%s"/><Computer>%s</Computer></System><EventData>`, camel(b.ctx, true), 1000+r.IntN(9000), b.ts(), pick(r, []string{"WH-PRN-04", "CUST-SRV-1", "FIN-APP-02"}))
		for _, f := range fs {
			fmt.Fprintf(&sb, `<Data Name="%s">%s</Data>`, camel(f.k, true), xmlEsc(f.v))
		}
		sb.WriteString("</EventData></Event>")
		return b.wrap(sb.String())
	case "otlp":
		if r.IntN(3) == 0 {
			var ls []string
			for _, f := range fs {
				ls = append(ls, strings.NewReplacer(".", "_", "-", "_").Replace(f.k)+"="+jstr(f.v))
			}
			return b.wrap(fmt.Sprintf("%s{%s} %d", pick(r, []string{"shipment_events_total", "delivery_attempts_total", "payout_failures_total", "sms_sent_total"}), strings.Join(ls, ","), 1+r.IntN(40)))
		}
		var at []string
		for _, f := range fs {
			at = append(at, `{"key":`+jstr(f.k)+`,"value":{"stringValue":`+jstr(f.v)+`}}`)
		}
		return b.wrap(fmt.Sprintf(`{"resourceSpans":[{"resource":{"attributes":[{"key":"service.name","value":{"stringValue":%s}}]},"scopeSpans":[{"scope":{"name":"vigil.%s"},"spans":[{"traceId":"%s","spanId":"%s","name":%s,"attributes":[%s]}]}]}]}`,
			jstr(pick(r, services[b.ctx])), b.ctx, hexs(r, 32), hexs(r, 16), jstr(b.rec), strings.Join(at, ",")))
	case "zpl":
		var sb strings.Builder
		if r.IntN(4) == 0 {
			sb.WriteString("N\n")
			for i, f := range fs {
				fmt.Fprintf(&sb, "A50,%d,0,3,1,1,N,\"%s\"\n", 40+i*40, f.v)
			}
			sb.WriteString("P1")
		} else {
			sb.WriteString("^XA^CI28")
			for i, f := range fs {
				fmt.Fprintf(&sb, "^FO40,%d^A0N,28,28^FD%s^FS", 40+i*36, f.v)
			}
			sb.WriteString("^XZ")
		}
		return b.wrap(sb.String())
	case "ocr":
		var sb strings.Builder
		if r.IntN(2) == 0 {
			for i := 0; i < len(fs); i += 2 {
				left := label(fs[i].k) + ": " + fs[i].v
				sb.WriteString(left)
				if i+1 < len(fs) {
					sb.WriteString(strings.Repeat(" ", max(3, 44-utf8.RuneCountInString(left))))
					sb.WriteString(label(fs[i+1].k) + ": " + fs[i+1].v)
				}
				sb.WriteString("\n")
			}
		} else {
			for i := 0; i < len(fs); i += 3 {
				end := min(i+3, len(fs))
				var l1, l2 strings.Builder
				for _, f := range fs[i:end] {
					wd := max(utf8.RuneCountInString(label(f.k)), utf8.RuneCountInString(f.v)) + 4
					l1.WriteString(label(f.k) + strings.Repeat(" ", wd-utf8.RuneCountInString(label(f.k))))
					l2.WriteString(f.v + strings.Repeat(" ", wd-utf8.RuneCountInString(f.v)))
				}
				sb.WriteString(strings.TrimRight(l1.String(), " ") + "\n" + strings.TrimRight(l2.String(), " ") + "\n")
			}
		}
		return b.wrap(strings.TrimSuffix(sb.String(), "\n"))
	case "transcript":
		var sb strings.Builder
		t := r.IntN(30)
		who := pick(r, []string{"Caller", "Customer", "Driver", "Seller"})
		fmt.Fprintf(&sb, "[00:00:%02d] Agent: thank you for calling, how can I help?\n", t)
		for _, f := range fs {
			t += 3 + r.IntN(20)
			fmt.Fprintf(&sb, "[00:%02d:%02d] Agent: can you confirm the %s?\n", t/60%60, t%60, strings.ToLower(label(f.k)))
			t += 2 + r.IntN(9)
			fmt.Fprintf(&sb, "[00:%02d:%02d] %s: %s %s\n", t/60%60, t%60, who, pick(r, []string{"yes, it's", "sure,", "it is", "uh,", "okay so"}), f.v)
		}
		return b.wrap(strings.TrimSuffix(sb.String(), "\n"))
	}
	panic("no renderer for form " + b.form)
}

func pyrepr(s string) string {
	if strings.Contains(s, "'") {
		return `"` + s + `"`
	}
	return "'" + s + "'"
}
