package twentyfiftheval

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

// A Txt is generated text kept as segments, so the judge knows which bytes a
// PII value or a look-alike wrote. Encodings (JSON, URL, XML, shell) are
// applied segment by segment: every encoding used here is character-wise, so
// the encoded whole is the concatenation of the encoded segments.
type seg struct {
	s    string
	pii  int32 // index+1 into cas.pii; 0: not PII
	look int32 // index+1 into cas.looks; 0: not a look-alike
}

type Txt []seg

// L is template text (also used for neutral values: public support contacts,
// app keys, the parts of a recipient object that are neither judged PII nor
// look-alikes).
func L(parts ...string) Txt {
	s := strings.Join(parts, "")
	if s == "" {
		return nil
	}
	return Txt{{s: s}}
}

// C concatenates.
func C(ts ...Txt) Txt {
	n := 0
	for _, t := range ts {
		n += len(t)
	}
	out := make(Txt, 0, n)
	for _, t := range ts {
		out = append(out, t...)
	}
	return out
}

// Join joins with a literal separator.
func Join(sep string, ts ...Txt) Txt {
	var out Txt
	for i, t := range ts {
		if i > 0 && sep != "" {
			out = append(out, seg{s: sep})
		}
		out = append(out, t...)
	}
	return out
}

func (t Txt) Str() string {
	var b strings.Builder
	for _, s := range t {
		b.WriteString(s.s)
	}
	return b.String()
}

func (t Txt) enc(f func(string) string) Txt {
	out := make(Txt, len(t))
	for i, s := range t {
		out[i] = s
		out[i].s = f(s.s)
	}
	return out
}

// ---- encoders ----

func jsonEsc(s string) string { return jsonEscape(s, false) }

// jsonEscASCII escapes like Python's json.dumps(ensure_ascii=True).
func jsonEscASCII(s string) string { return jsonEscape(s, true) }

func jsonEscape(s string, ascii bool) string {
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

func qEsc(s string) string { return url.QueryEscape(s) }

func xmlEsc(s string) string {
	r := strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;")
	return r.Replace(s)
}

// shEsc escapes for a single-quoted shell argument.
func shEsc(s string) string { return strings.ReplaceAll(s, "'", `'\''`) }

// csvEsc quotes a CSV cell when it needs it: the cell's segments are
// escaped, and the caller adds the quotes (csvCell).
func csvEsc(s string) string { return strings.ReplaceAll(s, `"`, `""`) }

func csvCell(t Txt, sep string) Txt {
	s := t.Str()
	if strings.ContainsAny(s, sep+"\"\n") {
		return C(L(`"`), t.enc(csvEsc), L(`"`))
	}
	return t
}

// ---- JSON builders ----

type kv struct {
	k string
	v Txt
}

func K(k string, v Txt) kv { return kv{k, v} }

// O is a compact JSON object; members with a nil value are left out.
func O(kvs ...kv) Txt { return obj(kvs, ":", ",") }

// Osp is an object as Python's json.dumps writes it (", " and ": ").
func Osp(kvs ...kv) Txt { return obj(kvs, ": ", ", ") }

func obj(kvs []kv, colon, comma string) Txt {
	out := Txt{{s: "{"}}
	first := true
	for _, m := range kvs {
		if m.v == nil {
			continue
		}
		if !first {
			out = append(out, seg{s: comma})
		}
		first = false
		out = append(out, seg{s: `"` + jsonEsc(m.k) + `"` + colon})
		out = append(out, m.v...)
	}
	return append(out, seg{s: "}"})
}

// A is a JSON array.
func A(items ...Txt) Txt {
	out := Txt{{s: "["}}
	for i, it := range items {
		if i > 0 {
			out = append(out, seg{s: ","})
		}
		out = append(out, it...)
	}
	return append(out, seg{s: "]"})
}

// S is a JSON string.
func S(t Txt) Txt { return C(L(`"`), t.enc(jsonEsc), L(`"`)) }

// SA is a JSON string escaped to ASCII.
func SA(t Txt) Txt { return C(L(`"`), t.enc(jsonEscASCII), L(`"`)) }

// Ss is a JSON string of template text.
func Ss(s string) Txt { return S(L(s)) }

// N is a JSON literal (number, true, false, null).
func N(s string) Txt { return L(s) }

// Q is a URL query or form body: keys literal, values percent-encoded
// (space as "+").
func Q(kvs ...kv) Txt { return query(kvs, qEsc) }

func query(kvs []kv, esc func(string) string) Txt {
	var out Txt
	first := true
	for _, m := range kvs {
		if m.v == nil {
			continue
		}
		if !first {
			out = append(out, seg{s: "&"})
		}
		first = false
		out = append(out, seg{s: m.k + "="})
		out = append(out, m.v.enc(esc)...)
	}
	return out
}

// X is an XML element whose content is already XML (children) or text
// (use XT).
func X(tag string, children ...Txt) Txt {
	name := tag
	if i := strings.IndexByte(tag, ' '); i >= 0 {
		name = tag[:i]
	}
	return C(L("<"+tag+">"), C(children...), L("</"+name+">"))
}

// XT is an XML element holding text.
func XT(tag string, t Txt) Txt { return X(tag, t.enc(xmlEsc)) }

// ---- the case: one generated event or raw line ----

type pv struct {
	kind, form, ctx, loc string
	val                  string // the logical value
	judge                string // the part judged (credentials: the secret part)
	field                int    // -1: not placed yet; -2: merged into another instance
}

type lk struct {
	typ, text string
	field     int
}

type fld struct {
	path string
	typ  byte // 's' string, 'n' number, 'a' array (JSON text)
	t    Txt
}

type cas struct {
	tpl    string
	text   bool // a raw line for RedactText (dead letter), judged as field "raw"
	fields []fld
	pii    []*pv
	looks  []*lk
}

func newCase(tpl string) *cas { return &cas{tpl: tpl} }

// P adds a PII value written as is.
func (c *cas) P(ctx, kind, form, loc, val string) Txt {
	if val == "" {
		return nil
	}
	c.pii = append(c.pii, &pv{kind: kind, form: form, ctx: ctx, loc: loc, val: val, judge: val, field: -1})
	return Txt{{s: val, pii: int32(len(c.pii))}}
}

// Cred adds a credential whose judged part is secret (full is what is
// written; secret is the random part of it, without a public prefix).
func (c *cas) Cred(ctx, form, loc, full, secret string) Txt {
	c.pii = append(c.pii, &pv{kind: "credential", form: form, ctx: ctx, loc: loc, val: full, judge: secret, field: -1})
	return Txt{{s: full, pii: int32(len(c.pii))}}
}

// K adds a look-alike.
func (c *cas) K(typ, text string) Txt {
	c.looks = append(c.looks, &lk{typ: typ, text: text, field: -1})
	return Txt{{s: text, look: int32(len(c.looks))}}
}

// place assigns the PII and look-alike records of t to field fi: a record
// already placed in another field is cloned (a new instance); the same PII
// value twice in one field is one instance; a look-alike written twice is two.
func (c *cas) place(fi int, t Txt) Txt {
	t = append(Txt(nil), t...)
	seenLook := map[int32]bool{}
	for i := range t {
		if p := t[i].pii; p > 0 {
			rec := c.pii[p-1]
			// Same kind and value already in this field: one instance.
			merged := false
			for j, o := range c.pii {
				if o.field == fi && o.kind == rec.kind && o.val == rec.val && int32(j+1) != p {
					t[i].pii = int32(j + 1)
					merged = true
					if rec.field == -1 {
						rec.field = -2 // merged into an instance of this field
					}
					break
				}
			}
			if merged {
				continue
			}
			if rec.field == -1 {
				rec.field = fi
			} else if rec.field != fi {
				cp := *rec
				cp.field = fi
				c.pii = append(c.pii, &cp)
				t[i].pii = int32(len(c.pii))
			}
		}
		if l := t[i].look; l > 0 {
			rec := c.looks[l-1]
			if rec.field == -1 && !seenLook[l] {
				rec.field = fi
				seenLook[l] = true
			} else {
				cp := *rec
				cp.field = fi
				c.looks = append(c.looks, &cp)
				t[i].look = int32(len(c.looks))
			}
		}
	}
	return t
}

func (c *cas) F(path string, t Txt) {
	if t == nil {
		return
	}
	fi := len(c.fields)
	c.fields = append(c.fields, fld{path: path, typ: 's', t: c.place(fi, t)})
}

// FN is a number field (t's text must be a JSON number).
func (c *cas) FN(path string, t Txt) {
	fi := len(c.fields)
	c.fields = append(c.fields, fld{path: path, typ: 'n', t: c.place(fi, t)})
}

// FA is an array field (t is JSON array text).
func (c *cas) FA(path string, t Txt) {
	fi := len(c.fields)
	c.fields = append(c.fields, fld{path: path, typ: 'a', t: c.place(fi, t)})
}

// Raw makes the case a raw line (a dead letter, RedactText).
func (c *cas) Raw(t Txt) {
	c.text = true
	c.fields = nil
	c.fields = append(c.fields, fld{path: "raw", typ: 's', t: c.place(0, t)})
}

// event builds the event of a case.
func (c *cas) event(ts time.Time, dec *event.Decoder) (*event.Event, error) {
	ev := &event.Event{Time: ts}
	for _, f := range c.fields {
		s := f.t.Str()
		if !utf8.ValidString(s) {
			return nil, fmt.Errorf("%s: field %s is not UTF-8", c.tpl, f.path)
		}
		switch f.typ {
		case 's':
			ev.Set(f.path, event.StringValue(s))
		case 'n':
			fv, err := strconv.ParseFloat(s, 64)
			if err != nil {
				return nil, fmt.Errorf("%s: field %s: %v", c.tpl, f.path, err)
			}
			ev.Set(f.path, event.Value{Kind: event.Number, Str: s, Num: fv})
		case 'a':
			var tmp event.Event
			line := `{"@timestamp":"2026-12-05T00:00:00Z","x":` + s + `}`
			if err := dec.Decode([]byte(line), &tmp); err != nil {
				return nil, fmt.Errorf("%s: field %s: %v: %s", c.tpl, f.path, err, s)
			}
			v, ok := tmp.Get("x")
			if !ok {
				return nil, fmt.Errorf("%s: field %s: no array", c.tpl, f.path)
			}
			ev.Set(f.path, v)
		}
	}
	return ev, nil
}
