package indepeval

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/brianvoe/gofakeit/v7"
)

// Planted is one PII value planted in a line.
type Planted struct {
	Kind    string // redact kind name: email, phone, card, iban, cn_id, credential, name, address
	Context string // where it was planted (see Contexts)
	Value   string // the value as generated
	// Forms are the spellings of Value exactly as they occur in Case.Line
	// (after every level of JSON escaping and URL encoding).
	Forms []string
}

// Case is one log line with what was planted in it.
type Case struct {
	Line       []byte
	PII        []Planted
	LookAlikes []string // values that must survive verbatim
	// LookAlikeClasses[i] names the class of LookAlikes[i].
	LookAlikeClasses []string
}

// Kinds are the planted kinds.
var Kinds = list("email|phone|card|iban|cn_id|credential|name|address")

// Contexts are the planting contexts.
var Contexts = list("field|message|json_in_string|json_nested_twice|url_query|form_body|kv|headers|echo")

var contextKinds = map[string][]string{
	"headers": list("credential|email|phone"),
	"echo":    list("name|phone|address|email|card"),
}

func kindsFor(ctx string) []string {
	if k, ok := contextKinds[ctx]; ok {
		return k
	}
	return Kinds
}

// ---- pieces: text that remembers where planted spellings are ----

type mark struct {
	idx   int // index into Case.PII
	spell string
}

type piece struct {
	b     strings.Builder
	marks []mark
}

func (p *piece) add(s string) *piece { p.b.WriteString(s); return p }

func (p *piece) val(idx int, spell string) *piece {
	p.b.WriteString(spell)
	p.marks = append(p.marks, mark{idx, spell})
	return p
}

// embed appends q transformed by esc, a character-wise escaping, so that
// every spelling in q maps to esc(spelling) in p.
func (p *piece) embed(q *piece, esc func(string) string) *piece {
	p.b.WriteString(esc(q.b.String()))
	for _, m := range q.marks {
		p.marks = append(p.marks, mark{m.idx, esc(m.spell)})
	}
	return p
}

func (p *piece) String() string { return p.b.String() }

func txt(s string) *piece { return new(piece).add(s) }

func ident(s string) string { return s }

// jsonEsc escapes s for the inside of a JSON string, character by
// character; with ascii set every non-ASCII rune becomes \uXXXX.
func jsonEsc(s string, ascii bool) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '"':
			b.WriteString(`\"`)
		case r == '\\':
			b.WriteString(`\\`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case r < 0x20:
			fmt.Fprintf(&b, `\u%04x`, r)
		case ascii && r > 0x7e:
			if r > 0xffff {
				r -= 0x10000
				fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(r>>10), 0xdc00+(r&0x3ff))
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

func jsonEscFn(ascii bool) func(string) string {
	return func(s string) string { return jsonEsc(s, ascii) }
}

// queryEsc is url.QueryEscape; with pct20 spaces become %20 instead of +.
func queryEsc(pct20 bool) func(string) string {
	return func(s string) string {
		e := url.QueryEscape(s)
		if pct20 {
			e = strings.ReplaceAll(e, "+", "%20")
		}
		return e
	}
}

// ---- JSON documents built from pieces ----

// jv is a JSON member: a string piece, a nested object or a raw literal.
type jv struct {
	key string
	str *piece
	obj []jv
	raw string
}

func jstr(k string, p *piece) jv { return jv{key: k, str: p} }
func jobj(k string, m ...jv) jv  { return jv{key: k, obj: m} }

func jsonDoc(members []jv, ascii bool) *piece {
	p := new(piece)
	writeObj(p, members, ascii)
	return p
}

func writeObj(p *piece, members []jv, ascii bool) {
	p.add("{")
	for i, m := range members {
		if i > 0 {
			p.add(",")
		}
		p.add(`"` + jsonEsc(m.key, ascii) + `":`)
		switch {
		case m.obj != nil:
			writeObj(p, m.obj, ascii)
		case m.str != nil:
			p.add(`"`).embed(m.str, jsonEscFn(ascii)).add(`"`)
		default:
			p.add(m.raw)
		}
	}
	p.add("}")
}

// ---- the generator ----

type builder struct {
	f    *gofakeit.Faker
	loc  *locale
	c    *Case
	vals []string // planted values by index
	net  []string // card network per value ("" otherwise)
}

func (b *builder) look(class string) string {
	v, _ := lookAlike(b.f, class)
	b.c.LookAlikes = append(b.c.LookAlikes, v)
	b.c.LookAlikeClasses = append(b.c.LookAlikeClasses, class)
	return v
}

// lookText returns a look-alike written in its usual text context, or,
// one time in four, in neutral text.
func (b *builder) lookText(class string) string {
	v, ctx := lookAlike(b.f, class)
	if class == "http_status" {
		v = strings.ReplaceAll(pick(b.f, list("status=%s|HTTP %s|returned %s")), "%s", v)
		ctx = "%s"
	} else if b.f.IntN(4) == 0 {
		ctx = pick(b.f, list("batch %s processed|value %s|(%s)|%s ok|after %s"))
	}
	b.c.LookAlikes = append(b.c.LookAlikes, v)
	b.c.LookAlikeClasses = append(b.c.LookAlikeClasses, class)
	return strings.ReplaceAll(ctx, "%s", v)
}

func (b *builder) randClass() string {
	return pick(b.f, lookAlikeClasses)
}

// docClass picks a class that can be a JSON/query value (not http_status).
func (b *builder) docClass() string {
	for {
		if c := b.randClass(); c != "http_status" {
			return c
		}
	}
}

var classKey = map[string]string{
	"amazon_order": "order_id", "shopify_order": "number", "shopify_id": "order_id", "tiktok_order": "order_id",
	"epoch_ms": "ts", "epoch_s": "created", "uuid": "request_id", "trace_id": "trace_id", "span_id": "span_id",
	"sku": "sku", "ups": "tracking_number", "fedex": "tracking", "dhl": "waybill", "upu": "tracking_no",
	"ean13": "gtin", "amount": "total", "version": "version", "ipv4": "ip", "iso_time": "at",
}

func newValue(f *gofakeit.Faker, l *locale, kind string) (string, string) {
	switch kind {
	case "email":
		return email(f, l), ""
	case "phone":
		return l.phone(f), ""
	case "card":
		return card(f)
	case "iban":
		return iban(f), ""
	case "cn_id":
		return cnID(f), ""
	case "credential":
		v, _ := credential(f)
		return v, ""
	case "name":
		return l.name(f), ""
	default:
		return l.address(f), ""
	}
}

// Generate returns n cases, deterministic for a seed.
func Generate(seed int64, n int) []Case {
	f := gofakeit.New(uint64(seed))
	cases := make([]Case, 0, n)
	for i := 0; i < n; i++ {
		ctx := Contexts[i%len(Contexts)]
		ks := kindsFor(ctx)
		j := i / len(Contexts)
		k1 := ks[j%len(ks)]
		k2 := ks[(j+1+f.IntN(len(ks)-1))%len(ks)]
		b := &builder{f: f, loc: &locales[f.IntN(len(locales))], c: &Case{}}
		for n, k := range []string{k1, k2} {
			v, nw := newValue(f, b.loc, k)
			for try := 0; n == 1 && try < 200 && overlaps(k1, b.vals[0], k, v); try++ {
				l := b.loc
				if try >= 20 { // e.g. Thai name and address: take another locale
					l = &locales[f.IntN(len(locales))]
				}
				v, nw = newValue(f, l, k)
			}
			b.c.PII = append(b.c.PII, Planted{Kind: k, Context: ctx, Value: v})
			b.vals = append(b.vals, v)
			b.net = append(b.net, nw)
		}
		b.build(ctx)
		cases = append(cases, *b.c)
	}
	return cases
}

// line encodes the top-level fields and records every form.
type field struct {
	path string
	p    *piece
	raw  string
}

func (b *builder) finish(fields []field) {
	ascii := b.f.IntN(4) == 0
	all := []field{
		{path: "@timestamp", p: txt(fmt.Sprintf("2025-%02d-%02dT%02d:%02d:%02d.%03dZ", 1+b.f.IntN(12), 1+b.f.IntN(28), b.f.IntN(24), b.f.IntN(60), b.f.IntN(60), b.f.IntN(1000)))},
		{path: "service.name", p: txt(pick(b.f, list("checkout-api|order-sync|shopify-webhooks|tiktok-connector|payment-gateway|notifier|fulfillment|crm-sync")))},
		{path: "log.level", p: txt(pick(b.f, list("info|warn|error|debug")))},
	}
	all = append(all, fields...)
	all = append(all, field{path: "trace.id", p: txt(b.look("trace_id"))})
	line := new(piece).add("{")
	for i, fl := range all {
		if i > 0 {
			line.add(",")
		}
		line.add(`"` + fl.path + `":`)
		if fl.p == nil {
			line.add(fl.raw)
			continue
		}
		line.add(`"`).embed(fl.p, jsonEscFn(ascii)).add(`"`)
	}
	line.add("}")
	b.c.Line = []byte(line.String())
	for _, m := range line.marks {
		p := &b.c.PII[m.idx]
		dup := false
		for _, s := range p.Forms {
			dup = dup || s == m.spell
		}
		if !dup {
			p.Forms = append(p.Forms, m.spell)
		}
	}
}

func (b *builder) build(ctx string) {
	switch ctx {
	case "field":
		b.buildField()
	case "message":
		b.buildMessage()
	case "json_in_string":
		b.finish([]field{{path: "message", p: txt("webhook received " + b.lookText(b.randClass()))},
			{path: pick(b.f, list("http.request.body.content|http.response.body.content|webhook.payload")), p: b.doc(b.f.IntN(3) == 0)}})
	case "json_nested_twice":
		b.buildNested()
	case "url_query":
		b.buildURL()
	case "form_body":
		b.buildForm()
	case "kv":
		b.buildKV()
	case "headers":
		b.buildHeaders()
	default:
		b.buildEcho()
	}
}
