package sixteentheval

import (
	"sort"
	"strings"
	"unicode/utf8"
)

// contextNames in a fixed order, so the corpus is the same for a seed.
func contextNames() []string {
	var out []string
	for k := range contexts {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// build generates the corpus: piiLines lines carrying PII (contexts and
// locales in turn, templates at random) and as many clean lines.
func build(seed uint64, piiLines int) []line {
	g := newGen(seed)
	ctxs := contextNames()
	out := make([]line, 0, 2*piiLines)
	for i := 0; i < piiLines; i++ {
		ctx := ctxs[i%len(ctxs)]
		g.loc = locales[(i/len(ctxs)+i)%len(locales)]
		ts := contexts[ctx]
		t := ts[g.r.IntN(len(ts))]
		out = append(out, g.emit(ctx, t.id, func() (string, bool) { return t.fn(g, g.person()) }))
		// A clean line after each: about half the stream carries no PII.
		g.loc = locales[g.r.IntN(len(locales))]
		c := g.r.IntN(len(cleanTmpls))
		out = append(out, g.emit("ops", "clean"+string(rune('a'+c)), func() (string, bool) { return cleanTmpls[c](g) }))
	}
	return out
}

func (g *gen) emit(ctx, id string, fn func() (string, bool)) line {
	g.cur = &line{ctx: ctx, tmpl: id, locale: g.loc.code}
	text, ev := fn()
	l := *g.cur
	l.text, l.event = text, ev
	l.looks = dropCollisions(l.looks, l.pii)
	return l
}

// dropCollisions forgets look-alikes that hold a PII part of the same line
// (a street name reused as a place), so a redactor is not asked to do both.
func dropCollisions(looks []lookVal, pii []piiVal) []lookVal {
	out := looks[:0]
	for _, lk := range looks {
		clash := false
		for _, p := range pii {
			if strings.Contains(lk.value, p.value) || strings.Contains(p.value, lk.value) {
				clash = true
			}
			for _, part := range p.parts {
				if utf8.RuneCountInString(part) >= 3 && strings.Contains(strings.ToLower(lk.value), strings.ToLower(part)) {
					clash = true
				}
			}
		}
		if !clash {
			out = append(out, lk)
		}
	}
	return out
}
