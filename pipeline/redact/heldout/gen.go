package heldout

import (
	"math/rand/v2"
	"strings"
	"time"

	"github.com/brianvoe/gofakeit/v7"
)

// The kinds, spelled as the redactor's markers spell them.
const (
	KEmail = "email"
	KPhone = "phone"
	KCard  = "card"
	KIBAN  = "iban"
	KCNID  = "cn_id"
	KCred  = "credential"
	KName  = "name"
	KAddr  = "address"
)

// AllKinds in report order.
var AllKinds = []string{KEmail, KPhone, KCard, KIBAN, KCNID, KCred, KName, KAddr}

// Planted is one PII value planted in a case.
type Planted struct {
	Kind    string
	Context string
	Locale  string
	Value   string
	// Spellings are the exact texts the value was written as (before any
	// JSON, URL, SQL or XML encoding the context applies).
	Spellings []string
	// Alts are other spellings of the same value written elsewhere in the
	// event (upper case, digits only, first name alone, without accents);
	// the judge checks each of them too.
	Alts []string
	// Public is a vendor's public token prefix ("shpat_", "sk_live_"): a
	// 6-char window entirely inside it is not a leak.
	Public string
}

// Look is a look-alike that must survive verbatim.
type Look struct {
	Class string
	Value string
}

// Case is one log line.
type Case struct {
	ID       int
	Context  string
	Variant  string
	Line     string // the JSON log line
	Template string // the same line with every planted value replaced by "¤"
	PII      []*Planted
	Looks    []Look

	tmplText *Text // Template, prepared once
}

// TemplateText is the case's template prepared for searching.
func (c *Case) TemplateText() *Text {
	if c.tmplText == nil {
		c.tmplText = NewText(c.Template)
	}
	return c.tmplText
}

// placeholder stands for a planted value in the template rendering.
const placeholder = "¤"

// G draws one case. A case is drawn twice from the same seed: once for real
// and once as its template (planted values replaced by placeholder), so
// the generator code must consume randomness independently of the values
// it has planted (it always does: values are drawn, then P()'d).
type G struct {
	r       *rand.Rand
	f       *gofakeit.Faker
	tmpl    bool
	ctx     string
	variant string
	loc     *Locale
	pii     []*Planted
	byVal   map[string]*Planted
	looks   []Look
}

func newG(seed uint64, id int, tmpl bool) *G {
	return &G{
		r:     rand.New(rand.NewPCG(seed, uint64(id)*0x9E3779B97F4A7C15+1)),
		f:     gofakeit.New(seed ^ uint64(id)*0x51ED27),
		tmpl:  tmpl,
		byVal: map[string]*Planted{},
	}
}

// P plants v as a value of kind and returns the text to write.
func (g *G) P(kind, v string) string {
	return g.plant(kind, v, "", v)
}

// PS plants v, written as spelling (an encoded form of v).
func (g *G) PS(kind, v, spelling string) string {
	return g.plant(kind, v, "", spelling)
}

// PP plants a credential with a public vendor prefix.
func (g *G) PP(kind, v, public string) string {
	return g.plant(kind, v, public, v)
}

func (g *G) plant(kind, v, public, spelling string) string {
	if v == "" {
		panic("empty planted value")
	}
	if g.tmpl {
		return placeholder
	}
	key := kind + "\x00" + v
	p := g.byVal[key]
	if p == nil {
		loc := ""
		if g.loc != nil {
			loc = g.loc.Code
		}
		p = &Planted{Kind: kind, Context: g.ctx, Locale: loc, Value: v, Public: public}
		g.byVal[key] = p
		g.pii = append(g.pii, p)
	}
	p.addSpelling(spelling)
	return spelling
}

// E writes another spelling of an already planted value v (upper case,
// digits only, first name alone...).
func (g *G) E(kind, v, spelling string) string {
	if g.tmpl {
		return placeholder
	}
	p := g.byVal[kind+"\x00"+v]
	if p == nil {
		panic("E of a value never planted: " + kind)
	}
	p.addSpelling(spelling)
	if spelling != v {
		dup := false
		for _, a := range p.Alts {
			dup = dup || a == spelling
		}
		if !dup {
			p.Alts = append(p.Alts, spelling)
		}
	}
	return spelling
}

func (p *Planted) addSpelling(s string) {
	for _, x := range p.Spellings {
		if x == s {
			return
		}
	}
	p.Spellings = append(p.Spellings, s)
}

// L writes a look-alike of class.
func (g *G) L(class, v string) string {
	if !g.tmpl {
		for _, l := range g.looks {
			if l.Class == class && l.Value == v {
				return v
			}
		}
		g.looks = append(g.looks, Look{class, v})
	}
	return v
}

// --- randomness helpers ---

func (g *G) n(n int) int              { return g.r.IntN(n) }
func (g *G) rng(lo, hi int) int       { return lo + g.r.IntN(hi-lo+1) }
func (g *G) chance(p float64) bool    { return g.r.Float64() < p }
func (g *G) pick(xs ...string) string { return xs[g.r.IntN(len(xs))] }
func pickOf[T any](g *G, xs []T) T    { return xs[g.r.IntN(len(xs))] }

const (
	digitsSet = "0123456789"
	hexSet    = "0123456789abcdef"
	upperSet  = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	lowerSet  = "abcdefghijklmnopqrstuvwxyz"
	alnumSet  = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
	upAlnum   = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
	b64url    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
	b64std    = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
)

func (g *G) str(set string, n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = set[g.r.IntN(len(set))]
	}
	return string(b)
}

func (g *G) digits(n int) string { return g.str(digitsSet, n) }

// ndigits is n digits not starting with 0.
func (g *G) ndigits(n int) string { return string("123456789"[g.n(9)]) + g.digits(n-1) }

func (g *G) hex(n int) string { return g.str(hexSet, n) }

// when is a random moment of 2024–2025.
func (g *G) when() time.Time {
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	return base.Add(time.Duration(g.r.Int64N(int64(2 * 365 * 24 * time.Hour)))).Truncate(time.Millisecond)
}

// --- text helpers ---

func digitsOnly(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			b.WriteByte(s[i])
		}
	}
	return b.String()
}

// fill replaces {slot} in t by m[slot].
func fill(t string, m map[string]string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		k := t[i+1 : i+j]
		v, ok := m[k]
		if !ok {
			panic("fill: no slot " + k + " in " + t)
		}
		b.WriteString(t[:i])
		b.WriteString(v)
		t = t[i+j+1:]
	}
}

// slots lists the {slot} names of t.
func slots(t string) map[string]bool {
	out := map[string]bool{}
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			return out
		}
		out[t[i+1:i+j]] = true
		t = t[i+j+1:]
	}
}
