package fourtheval

import (
	"math/rand/v2"
	"net/url"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/brianvoe/gofakeit/v7"
	"github.com/vigilops/vigil/event"
)

// placeholder stands in for every PII value when a case is rendered a second
// time without its PII (the "blank" rendering the judge uses as background).
const placeholder = "PIIPLACEHOLDER"

// pii is one planted value of one kind.
type pii struct {
	Kind  string // email, phone, card, iban, cn_id, credential, name, address
	Loc   string // locale code
	Form  string // generator's shape label (leak classes are grouped by it)
	Shape string // phone: the pattern it was written in
	Sub   string // name: full|given|family; credential: form name
	Text  string // the value as written into the log

	Digits string // phone, card, cn_id: digits the judge looks for
	Secret string // credential: the secret part

	street   string          // address: street line
	idents   map[string]bool // address: identifying tokens (street names, buildings)
	locality []string        // address: city, district, postcode, region (not judged)

	cred   *credForm
	issuer string // card brand word
	Female bool

	used  bool
	frags []frag
	bad   int // fragments hidden by background (diagnostics)
}

// look is one look-alike value that must survive.
type look struct {
	Type  string
	Value string
	Num   bool // may be written as a bare JSON number
}

// lookUse is a look-alike as it was written into one case.
type lookUse struct {
	Type string
	Text string // exactly as it appears in the stored text
}

// tcase is one log line (an NDJSON event or a plain text line).
type tcase struct {
	ID   int
	Ctx  string
	Sub  string
	Loc  string
	Lang string
	Text bool // plain text line (Redactor.String) rather than an event
	Line string

	PII   []*pii
	Looks []*lookUse
}

// item is one thing to place into a context: a PII value or a look-alike.
type item struct {
	p     *pii
	l     *look
	key   []string // key words for key/value shapes
	local bool     // key in the locale's language
}

type gen struct {
	r     *rand.Rand
	f     *gofakeit.Faker
	blank bool
	c     *tcase
	loc   *locale
	lg    *lang // language of free text in this case
	ln    string
}

func newGen(seed uint64, id int, blank bool) *gen {
	s := seed*0x9E3779B97F4A7C15 + uint64(id)*0xBF58476D1CE4E5B9 + 1
	return &gen{
		r:     rand.New(rand.NewPCG(seed, uint64(id)+0x5bd1e995)),
		f:     gofakeit.NewFaker(rand.NewPCG(s, s^0x94D049BB133111EB), false),
		blank: blank,
	}
}

func (g *gen) n(k int) int            { return g.r.IntN(k) }
func (g *gen) rng(a, b int) int       { return a + g.r.IntN(b-a+1) }
func (g *gen) p(x float64) bool       { return g.r.Float64() < x }
func pick[T any](g *gen, xs []T) T    { return xs[g.r.IntN(len(xs))] }
func (g *gen) pk(xs ...string) string { return xs[g.r.IntN(len(xs))] }

func (g *gen) digits(k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = byte('0' + g.n(10))
	}
	return string(b)
}

// nzdigits returns k digits, the first not zero.
func (g *gen) nzdigits(k int) string {
	if k == 0 {
		return ""
	}
	return string(rune('1'+g.n(9))) + g.digits(k-1)
}

func (g *gen) from(alpha string, k int) string {
	b := make([]byte, k)
	for i := range b {
		b[i] = alpha[g.n(len(alpha))]
	}
	return string(b)
}

const (
	lowerHex = "0123456789abcdef"
	upperHex = "0123456789ABCDEF"
	upperAN  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	lowerAN  = "abcdefghijklmnopqrstuvwxyz0123456789"
	b62      = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	b64url   = b62 + "-_"
	b64std   = b62 + "+/"
	upperA   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
)

func (g *gen) hex(k int) string { return g.from(lowerHex, k) }

// put writes a PII value (or the placeholder in the blank rendering) and
// registers it with the case the first time.
func (g *gen) put(p *pii, enc func(string) string) string {
	if !g.blank && !p.used {
		p.used = true
		g.c.PII = append(g.c.PII, p)
	}
	s := p.Text
	if g.blank {
		s = placeholder
	}
	if enc != nil {
		s = enc(s)
	}
	return s
}

// la writes a look-alike through enc and registers the encoded text.
func (g *gen) la(l *look, enc func(string) string) string {
	s := l.Value
	if enc != nil {
		s = enc(s)
	}
	if !g.blank {
		g.c.Looks = append(g.c.Looks, &lookUse{Type: l.Type, Text: s})
	}
	return s
}

// laReg registers reg(value) but returns the raw value: for writers (JSON)
// that encode it themselves.
func (g *gen) laReg(l *look, reg func(string) string) string {
	s := l.Value
	r := s
	if reg != nil {
		r = reg(s)
	}
	if !g.blank {
		g.c.Looks = append(g.c.Looks, &lookUse{Type: l.Type, Text: r})
	}
	return s
}

// val writes an item's value.
func (g *gen) val(it *item, enc func(string) string) string {
	if it.p != nil {
		return g.put(it.p, enc)
	}
	return g.la(it.l, enc)
}

// ---- JSON writer (ordered objects, no HTML escaping) ----

type jraw string

type jobj struct {
	k []string
	v []any
}

// add appends a member; a key already present gets a numeric suffix (JSON
// objects keep each key once).
func (o *jobj) add(k string, v any) *jobj {
	for n := 2; o.has(k); n++ {
		k = strings.TrimRight(k, "0123456789") + strconv.Itoa(n)
	}
	o.k = append(o.k, k)
	o.v = append(o.v, v)
	return o
}

func (o *jobj) has(k string) bool {
	for _, kk := range o.k {
		if kk == k {
			return true
		}
	}
	return false
}

func (o *jobj) get(k string) *jobj {
	for i, kk := range o.k {
		if kk == k {
			if c, ok := o.v[i].(*jobj); ok {
				return c
			}
		}
	}
	c := &jobj{}
	o.add(k, c)
	return c
}

func appendJSON(b []byte, v any, ascii bool) []byte {
	switch x := v.(type) {
	case string:
		return appendJStr(b, x, ascii)
	case jraw:
		return append(b, x...)
	case *jobj:
		b = append(b, '{')
		for i := range x.k {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJStr(b, x.k[i], ascii)
			b = append(b, ':')
			b = appendJSON(b, x.v[i], ascii)
		}
		return append(b, '}')
	case []any:
		b = append(b, '[')
		for i, it := range x {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSON(b, it, ascii)
		}
		return append(b, ']')
	case nil:
		return append(b, "null"...)
	case bool:
		return strconv.AppendBool(b, x)
	case int:
		return strconv.AppendInt(b, int64(x), 10)
	}
	panic("appendJSON: unsupported type")
}

func appendJStr(b []byte, s string, ascii bool) []byte {
	if !ascii {
		return event.AppendString(b, s)
	}
	b = append(b, '"')
	b = append(b, jsonASCII(s)...)
	return append(b, '"')
}

// jsonASCII escapes like PHP's json_encode default: non-ASCII as \uXXXX and
// "/" as "\/".
func jsonASCII(s string) string {
	var sb strings.Builder
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			sb.WriteByte('\\')
			sb.WriteRune(r)
		case r == '/':
			sb.WriteString(`\/`)
		case r == '\n':
			sb.WriteString(`\n`)
		case r == '\r':
			sb.WriteString(`\r`)
		case r == '\t':
			sb.WriteString(`\t`)
		case r < 0x20:
			sb.WriteString(`\u00`)
			sb.WriteByte(lowerHex[r>>4])
			sb.WriteByte(lowerHex[r&0xf])
		case r < 0x80:
			sb.WriteRune(r)
		case r > 0xFFFF:
			r -= 0x10000
			writeU(&sb, 0xD800+(r>>10))
			writeU(&sb, 0xDC00+(r&0x3FF))
		default:
			writeU(&sb, r)
		}
	}
	return sb.String()
}

func writeU(sb *strings.Builder, r rune) {
	sb.WriteString(`\u`)
	for sh := 12; sh >= 0; sh -= 4 {
		sb.WriteByte(lowerHex[(r>>sh)&0xf])
	}
}

// jsonContent is s as it appears between the quotes of a JSON string.
func jsonContent(s string) string {
	b := event.AppendString(nil, s)
	return string(b[1 : len(b)-1])
}

func toJSON(v any) string { return string(appendJSON(nil, v, false)) }

// ---- key styles ----

type kstyle int

const (
	kSnake kstyle = iota
	kCamel
	kPascal
	kKebab
	kUpper
	kTitleKebab
	kSpaced
	kTitleSpaced
	kJoined
)

func capFirst(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

func styleKey(w []string, st kstyle) string {
	ws := make([]string, 0, len(w))
	for _, x := range w {
		if st != kSpaced && st != kTitleSpaced {
			x = strings.NewReplacer("'", "", ".", "", "’", "").Replace(x)
		}
		if x != "" {
			ws = append(ws, x)
		}
	}
	switch st {
	case kSnake:
		return strings.Join(ws, "_")
	case kCamel:
		for i := 1; i < len(ws); i++ {
			ws[i] = capFirst(ws[i])
		}
		return strings.Join(ws, "")
	case kPascal:
		for i := range ws {
			ws[i] = capFirst(ws[i])
		}
		return strings.Join(ws, "")
	case kKebab:
		return strings.Join(ws, "-")
	case kUpper:
		return strings.ToUpper(strings.Join(ws, "_"))
	case kTitleKebab:
		for i := range ws {
			ws[i] = capFirst(ws[i])
		}
		return strings.Join(ws, "-")
	case kSpaced:
		return strings.Join(ws, " ")
	case kTitleSpaced:
		for i := range ws {
			ws[i] = capFirst(ws[i])
		}
		return strings.Join(ws, " ")
	case kJoined:
		return strings.Join(ws, "")
	}
	return strings.Join(ws, "_")
}

func words(s string) []string { return strings.Fields(s) }

// ---- encoders ----

func qEsc(s string) string { return url.QueryEscape(s) }

// qEsc20 escapes like JavaScript's encodeURIComponent (spaces as %20).
func qEsc20(s string) string { return strings.ReplaceAll(url.QueryEscape(s), "+", "%20") }

// qLoose is what careless clients send: spaces as +, nothing else escaped
// except & = # and +.
func qLoose(s string) string {
	return strings.NewReplacer("%", "%25", "+", "%2B", "&", "%26", "=", "%3D", "#", "%23", " ", "+").Replace(s)
}

func xmlEsc(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&quot;", "'", "&apos;").Replace(s)
}

func xmlText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func sqlLit(s string) string { return "'" + strings.ReplaceAll(s, "'", "''") + "'" }

func pyQuote(s string) string {
	q := "'"
	if strings.Contains(s, "'") && !strings.Contains(s, `"`) {
		q = `"`
	}
	s = strings.ReplaceAll(s, `\`, `\\`)
	if q == "'" {
		s = strings.ReplaceAll(s, "'", `\'`)
	}
	s = strings.ReplaceAll(s, "\n", `\n`)
	return q + s + q
}

func rbQuote(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "#{", `\#{`).Replace(s) + `"`
}

func goQuote(s string) string { return strconv.Quote(s) }

func dq(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s) + `"`
}

func logfmtVal(s string) string {
	if s == "" || strings.ContainsAny(s, " =\"\t\n\\") {
		return dq(s)
	}
	return s
}

func csvField(s string, sep byte) string {
	if strings.ContainsAny(s, "\"\n\r") || strings.IndexByte(s, sep) >= 0 {
		return `"` + strings.ReplaceAll(s, `"`, `""`) + `"`
	}
	return s
}

func oneLine(s string) string { return strings.ReplaceAll(s, "\n", ", ") }

// ---- checksums ----

func luhnDigit(body string) byte {
	sum := 0
	dbl := true
	for i := len(body) - 1; i >= 0; i-- {
		d := int(body[i] - '0')
		if dbl {
			d *= 2
			if d > 9 {
				d -= 9
			}
		}
		sum += d
		dbl = !dbl
	}
	return byte('0' + (10-sum%10)%10)
}

func luhnOK(s string) bool {
	if len(s) < 2 {
		return false
	}
	return luhnDigit(s[:len(s)-1]) == s[len(s)-1]
}

func mod97(s string) int {
	r := 0
	for _, c := range s {
		var v int
		switch {
		case c >= '0' && c <= '9':
			v = int(c - '0')
			r = (r*10 + v) % 97
		case c >= 'A' && c <= 'Z':
			v = int(c-'A') + 10
			r = (r*100 + v) % 97
		}
	}
	return r
}

func onlyDigits(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// group splits s into groups of the given sizes (the last repeats).
func group(s string, sep string, sizes ...int) string {
	var parts []string
	i, k := 0, 0
	for i < len(s) {
		n := sizes[min(k, len(sizes)-1)]
		e := min(i+n, len(s))
		parts = append(parts, s[i:e])
		i = e
		k++
	}
	return strings.Join(parts, sep)
}

// ---- time ----

// epoch returns a Unix time in seconds between 2024-01-01 and 2026-06-30.
func (g *gen) epoch() int64 { return 1704067200 + int64(g.n(78_000_000)) }
