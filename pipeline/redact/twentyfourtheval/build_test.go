package twentyfourtheval

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"unicode/utf8"
)

type lk struct{ typ, s string }

// builder writes one line; run twice from the same random state, once with
// values and once with placeholders in their place.
type builder struct {
	r     *rand.Rand
	ph    bool
	loc   *locale
	vals  []val
	looks []lk
	form  string
	json  bool
}

func placeholder(i int) string {
	return "Qzx" + string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "xzQ"
}

func (b *builder) put(v val) string {
	i := len(b.vals)
	b.vals = append(b.vals, v)
	if b.ph {
		return placeholder(i)
	}
	return v.text
}

func (b *builder) name() string             { return b.put(genName(b.r, b.loc)) }
func (b *builder) email() string            { return b.put(genEmail(b.r, b.loc, nil)) }
func (b *builder) phone() string            { return b.put(genPhone(b.r, b.loc, "")) }
func (b *builder) phoneAs(st string) string { return b.put(genPhone(b.r, b.loc, st)) }
func (b *builder) addr() string             { return b.put(genAddress(b.r, b.loc)) }
func (b *builder) card() string             { return b.put(genCard(b.r, "")) }
func (b *builder) iban() string             { return b.put(genIBAN(b.r, "")) }
func (b *builder) cnid() string             { return b.put(genCNID(b.r, b.r.IntN(8) == 0)) }
func (b *builder) cred(st string) string    { return b.put(genCred(b.r, st)) }
func (b *builder) pw() string               { return b.put(genURLPassword(b.r)) }

// person returns a name and an e-mail address derived from it.
func (b *builder) person() (string, string) {
	n := genName(b.r, b.loc)
	e := genEmail(b.r, b.loc, &n)
	return b.put(n), b.put(e)
}

// L writes a look-alike of type typ.
func (b *builder) L(typ string) string {
	g, ok := looks[typ]
	if !ok {
		panic("no look-alike " + typ)
	}
	s := g(b.r)
	b.looks = append(b.looks, lk{typ, s})
	return s
}

// T writes a trap of type typ.
func (b *builder) T(typ string) string {
	s := pick(b.r, traps[typ])
	b.looks = append(b.looks, lk{typ, s})
	return s
}

// words gives n words of the locale's free text, sometimes run together.
func (b *builder) words(n int) string {
	var ws []string
	for i := 0; i < n; i++ {
		ws = append(ws, pick(b.r, b.loc.words))
	}
	sep := " "
	if b.r.IntN(6) == 0 {
		sep = "  "
	}
	return strings.Join(ws, sep)
}

func (b *builder) ts() string  { return b.L("ts_rfc3339") }
func (b *builder) pod() string { return b.L("pod_name") }
func (b *builder) n(lo, hi int) string {
	return strconv.Itoa(lo + b.r.IntN(hi-lo+1))
}
func (b *builder) of(xs ...string) string { return xs[b.r.IntN(len(xs))] }
func (b *builder) chance(k int) bool      { return b.r.IntN(k) == 0 }

// jq quotes s as a JSON string.
func jq(s string) string {
	var sb strings.Builder
	sb.WriteByte('"')
	for i := 0; i < len(s); {
		c, w := utf8.DecodeRuneInString(s[i:])
		switch {
		case c == '"':
			sb.WriteString(`\"`)
		case c == '\\':
			sb.WriteString(`\\`)
		case c == '\n':
			sb.WriteString(`\n`)
		case c == '\r':
			sb.WriteString(`\r`)
		case c == '\t':
			sb.WriteString(`\t`)
		case c < 0x20:
			sb.WriteString(`\u00`)
			sb.WriteByte(hexd[c>>4])
			sb.WriteByte(hexd[c&15])
		default:
			sb.WriteString(s[i : i+w])
		}
		i += w
	}
	sb.WriteByte('"')
	return sb.String()
}

// inner drops jq's quotes: the escaped text alone.
func inner(s string) string { q := jq(s); return q[1 : len(q)-1] }

// wrap puts text into an NDJSON event's message about 40 % of the time.
func (b *builder) wrap(svc, text string) string {
	if b.r.IntN(5) >= 2 {
		return text
	}
	b.json = true
	key := b.of("message", "message", "message", "log", "error.message")
	return "{\"@timestamp\":" + jq(tsAt(b.r).Format("2006-01-02T15:04:05.000Z")) + ",\"log.level\":" + jq(b.of("info", "warn", "error", "debug")) +
		",\"service.name\":" + jq(svc) + ",\"kubernetes.pod.name\":" + jq(b.pod()) + ",\"trace.id\":" + jq(b.L("trace_id")) + ",\"span.id\":" + jq(b.L("span_id")) + ",\"host.name\":" + jq(b.L("node_name")) + ",\"" + key + "\":" + jq(text) + "}"
}

// csvCell quotes a cell that holds a comma or a quote, as CSV writers do.
func csvCell(s string) string {
	if strings.ContainsAny(s, ",\"") {
		return "\"" + strings.ReplaceAll(s, "\"", "\"\"") + "\""
	}
	return s
}
