package twentyseventheval

import (
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// enc is a context's encoding of a value; every enc here maps text piece by
// piece, so enc(a+b) == enc(a)+enc(b) and a value's spelling is enc(value).
type enc func(string) string

func encRaw(s string) string { return s }

func encJSON(s string) string {
	var b strings.Builder
	for _, c := range s {
		switch {
		case c == '"':
			b.WriteString(`\"`)
		case c == '\\':
			b.WriteString(`\\`)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < 0x20:
			fmt.Fprintf(&b, `\u%04x`, c)
		default:
			b.WriteRune(c)
		}
	}
	return b.String()
}

// encJSONASCII is Python's json.dumps default (ensure_ascii=True).
func encJSONASCII(s string) string {
	var b strings.Builder
	for _, c := range encJSON(s) {
		if c < 0x80 {
			b.WriteRune(c)
			continue
		}
		if c > 0xffff {
			c -= 0x10000
			fmt.Fprintf(&b, `\u%04x\u%04x`, 0xd800+(c>>10), 0xdc00+(c&0x3ff))
			continue
		}
		fmt.Fprintf(&b, `\u%04x`, c)
	}
	return b.String()
}

func encJSON2(s string) string { return encJSON(encJSON(s)) }

func encURL(s string) string { return url.QueryEscape(s) }

var (
	singleR = strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`)
	doubleR = strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`)
	sdR     = strings.NewReplacer(`\`, `\\`, `"`, `\"`, `]`, `\]`)
	cefR    = strings.NewReplacer(`\`, `\\`, `=`, `\=`, "\n", `\n`)
)

func encSingle(s string) string { return singleR.Replace(s) }

func encDouble(s string) string { return doubleR.Replace(s) }

func encGoQ(s string) string { q := strconv.Quote(s); return q[1 : len(q)-1] }

func encSD(s string) string { return sdR.Replace(s) }

func encCEF(s string) string { return cefR.Replace(s) }

// encRedis is redis-cli MONITOR's repr: non-printable and non-ASCII bytes as \xNN.
func encRedis(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c < 0x20 || c >= 0x7f:
			fmt.Fprintf(&b, `\x%02x`, c)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

func encCSV(s string) string { return strings.ReplaceAll(s, `"`, `""`) }

func encGQLinJSON(s string) string { return encJSON(encDouble(s)) }

// ---- the builder: a case is written segment by segment ----

type spellAt struct {
	p *pii
	s string
}

type lookAt struct {
	l *look
	s string
}

type fieldB struct {
	path         string
	num          bool
	full, masked strings.Builder
	spells       []spellAt
	looks        []lookAt
}

type bld struct {
	fields []*fieldB
	cur    *fieldB
}

func (b *bld) field(path string) {
	b.cur = &fieldB{path: path}
	b.fields = append(b.fields, b.cur)
}

func (b *bld) lit(s string) {
	b.cur.full.WriteString(s)
	b.cur.masked.WriteString(s)
}

func (b *bld) val(p *pii, e enc) {
	s := e(p.pre) + e(p.text) + e(p.post)
	b.cur.full.WriteString(s)
	b.cur.masked.WriteString("\x00")
	b.cur.spells = append(b.cur.spells, spellAt{p, e(p.text)})
}

func (b *bld) lk(l *look, e enc) {
	s := e(l.text)
	b.cur.full.WriteString(s)
	b.cur.masked.WriteString(s)
	b.cur.looks = append(b.cur.looks, lookAt{l, s})
}

// item is one thing a template writes: a PII value or a look-alike, under a key.
type item struct {
	p   *pii
	l   *look
	key string
}

func (b *bld) item(it item, e enc) {
	if it.p != nil {
		b.val(it.p, e)
	} else {
		b.lk(it.l, e)
	}
}

func (it item) phrase(alt int) string {
	if it.p != nil {
		if it.p.phrase != "" {
			return it.p.phrase
		}
		ps := phrasesOf[it.p.kind]
		return ps[alt%len(ps)]
	}
	return it.l.phrase
}

// sentence writes the item inside its free-text phrase.
func (b *bld) sentence(it item, alt int, e enc) {
	ph := it.phrase(alt)
	i := strings.Index(ph, "%s")
	b.lit(e(ph[:i]))
	b.item(it, e)
	b.lit(e(ph[i+2:]))
}

// dump writes items as open+key+close+quote+value+quote, separated by sep.
func (b *bld) dump(items []item, ks func(string) string, open, close, quote, sep string, e enc) {
	for i, it := range items {
		if i > 0 {
			b.lit(sep)
		}
		b.lit(open + ks(it.key) + close + quote)
		b.item(it, e)
		b.lit(quote)
	}
}

// ---- key styles ----

func words(k string) []string {
	return strings.FieldsFunc(k, func(r rune) bool { return r == '_' || r == '-' })
}

func snake(k string) string { return strings.Join(words(strings.ToLower(k)), "_") }
func kebab(k string) string { return strings.Join(words(strings.ToLower(k)), "-") }

func camel(k string) string {
	ws := words(strings.ToLower(k))
	for i := 1; i < len(ws); i++ {
		ws[i] = title(ws[i])
	}
	return strings.Join(ws, "")
}

func pascal(k string) string { return title(camel(k)) }

func title(w string) string {
	if w == "" {
		return w
	}
	r, n := utf8.DecodeRuneInString(w)
	return strings.ToUpper(string(r)) + w[n:]
}

func header(k string) string {
	ws := words(strings.ToLower(k))
	for i := range ws {
		ws[i] = title(ws[i])
	}
	h := strings.Join(ws, "-")
	if h == "Authorization" {
		return h
	}
	return "X-" + h
}

func ident(k string) string { return k }
