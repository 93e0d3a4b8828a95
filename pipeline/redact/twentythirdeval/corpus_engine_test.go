package twentythirdeval

import (
	"fmt"
	"math/rand"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// tmpl is one kind of record a context emits.
type tmpl struct {
	ctx, name, form string
	f               func(b *B) string
}

type line struct {
	text                 string
	nd, wrapped          bool
	ctx, tmpl, form, loc string
	vals                 []value
	looks                []look
}

// Contexts and the kinds each can plausibly carry.
var ctxKinds = map[string][]string{
	"proxy":      {kName, kEmail, kPhone, kAddress, kCard, kCredential},
	"cdn":        {kName, kEmail, kPhone, kAddress, kCard, kCredential},
	"waf":        {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCredential},
	"gateway":    {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCredential},
	"siem":       {kName, kEmail, kPhone, kAddress, kCredential},
	"ids":        {kName, kEmail, kPhone, kAddress, kCard, kCNID, kCredential},
	"mailsec":    {kName, kEmail, kPhone, kAddress, kCredential},
	"dlp":        {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCNID, kCredential},
	"fraud":      {kName, kEmail, kPhone, kAddress, kCard, kCredential},
	"identity":   {kName, kEmail, kPhone, kAddress, kCNID, kCredential},
	"cloudaudit": {kName, kEmail, kPhone, kIBAN, kCNID, kCredential},
	"network":    {kName, kEmail, kPhone, kCredential},
	"incident":   {kName, kEmail, kPhone, kAddress, kCard, kIBAN, kCredential},
	"scanners":   {kName, kEmail, kPhone, kAddress, kCredential},
}

var ctxOrder = []string{"proxy", "cdn", "waf", "gateway", "siem", "ids", "mailsec", "dlp", "fraud", "identity", "cloudaudit", "network", "incident", "scanners"}

// ---- encoders ----

type raw string

// js writes s as a JSON string, without HTML escaping.
func js(s string) string {
	o := make([]byte, 0, len(s)+8)
	o = append(o, '"')
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			o = append(o, '\\', c)
		case c == '\n':
			o = append(o, '\\', 'n')
		case c == '\r':
			o = append(o, '\\', 'r')
		case c == '\t':
			o = append(o, '\\', 't')
		case c < 0x20:
			o = append(o, fmt.Sprintf("\\u%04x", c)...)
		default:
			o = append(o, c)
		}
	}
	return string(append(o, '"'))
}

// jo writes a JSON object from key, value pairs; values are strings, raw
// JSON, ints or bools.
func jo(kv ...any) string {
	var o strings.Builder
	o.WriteByte('{')
	for i := 0; i+1 < len(kv); i += 2 {
		if i > 0 {
			o.WriteByte(',')
		}
		o.WriteString(js(kv[i].(string)))
		o.WriteByte(':')
		switch v := kv[i+1].(type) {
		case string:
			o.WriteString(js(v))
		case raw:
			o.WriteString(string(v))
		case int:
			o.WriteString(strconv.Itoa(v))
		case bool:
			o.WriteString(strconv.FormatBool(v))
		default:
			panic(fmt.Sprintf("jo %T", v))
		}
	}
	o.WriteByte('}')
	return o.String()
}

func ja(items ...string) raw { return raw("[" + strings.Join(items, ",") + "]") }

// jin writes s as the inside of a JSON string (escaped once, no quotes).
func jin(s string) string { q := js(s); return q[1 : len(q)-1] }

func qe(s string) string  { return url.QueryEscape(s) }
func qe2(s string) string { return url.QueryEscape(url.QueryEscape(s)) }

func xe(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;").Replace(s)
}

// cefv escapes a CEF extension value.
func cefv(s string) string { return strings.NewReplacer(`\`, `\\`, "=", `\=`, "\n", `\n`).Replace(s) }

// nx escapes a value as nginx does in a log variable.
func nx(s string) string { return strings.ReplaceAll(s, `"`, `\x22`) }

// Event writes an NDJSON event with its @timestamp first.
func (b *B) Event(kv ...any) string {
	return jo(append([]any{"@timestamp", b.when().Format(time.RFC3339Nano)}, kv...)...)
}

// ---- build ----

func lineSeed(seed int64, i, attempt int) int64 {
	return seed*1_000_003 + int64(i)*131 + int64(attempt)
}

func runTemplate(t *tmpl, L *locale, seed int64, ph bool) (string, *B, bool) {
	r := rand.New(&splitmix{uint64(seed)})
	wrap := r.Float64() < 0.4
	b := &B{r: r, ph: ph, L: L}
	text := t.f(b)
	if isEvent(text) {
		wrap = false
	}
	if wrap {
		text = b.Event("message", text, "event.dataset", t.ctx+"."+t.name, "host.name", "sec-collector-"+strconv.Itoa(1+b.n(9)),
			"trace.id", b.Trace(), "observer.ip", b.IP(), "agent.version", b.Version())
	}
	return text, b, wrap
}

// buildLine builds line i: rebuilt while the placeholder version shows a
// value; look-alikes holding a value or a part of one are dropped.
func buildLine(seed int64, i int, t *tmpl, L *locale) (line, bool) {
	for attempt := 0; attempt < 8; attempt++ {
		s := lineSeed(seed, i, attempt)
		text, b, wrap := runTemplate(t, L, s, false)
		ptext, pb, _ := runTemplate(t, L, s, true)
		if len(pb.vals) != len(b.vals) {
			panic("placeholder run differs: " + t.name)
		}
		pv := views(ptext)
		bad := false
		for k := range b.vals {
			if leaked(&b.vals[k], pv) {
				bad = true
				break
			}
		}
		if bad {
			continue
		}
		ln := line{text: text, nd: isEvent(text), wrapped: wrap, ctx: t.ctx, tmpl: t.name, form: t.form, loc: L.code, vals: b.vals}
		for _, l := range b.looks {
			if l.typ == "" {
				continue
			}
			lv := []*view{{s: foldDigits(l.text)}}
			if strings.ContainsAny(l.text, "%+\\&") {
				lv = views(l.text)
			}
			ok := true
			for k := range b.vals {
				if leaked(&b.vals[k], lv) || strings.Contains(b.vals[k].text, l.text) {
					ok = false
					break
				}
			}
			if ok {
				ln.looks = append(ln.looks, l)
			}
		}
		return ln, true
	}
	return line{}, false
}

const corpusLines = 9000

// generate builds the corpus for a seed.
func generate(seed int64, n int) []line {
	r := rand.New(&splitmix{uint64(seed)})
	ts := templates()
	var out []line
	for i := 0; i < n; i++ {
		t := ts[i%len(ts)]
		L := locales[r.Intn(len(locales))]
		if ln, ok := buildLine(seed, i, t, L); ok {
			out = append(out, ln)
		}
	}
	return out
}

func isEvent(s string) bool { return strings.HasPrefix(s, `{"@timestamp"`) }
