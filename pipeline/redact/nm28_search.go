package redact

import "strings"

// A person's name typed into a search box, quoted in a log's text
// (`search.query user=agent-4 q="Given Family 114-6316310-6356859"`):
// support staff look a buyer up by the name and the order's number
// together. names14's reader takes a query that is a name and nothing
// else; this one reads the name that opens a quoted query before an
// order's number (digits and dashes alone, six digits or more), which
// says the query looks a buyer up: a brand, a product or a holiday typed
// with a model's code, or a name with a place, stay. The name's run is read as names14 reads a
// signature's (n14Joins: a third capitalised word joins only when the
// lexicon knows it, a particle, an initial, capitals beside capitals; a
// change of script ends it); it is a name when its shape is strong
// (names14_shape.go), or two or three capitalised words in a search of
// customers. Searches for goods and places ("Nike Air Max 270", "Rue de
// Rivoli", "Lyon Part-Dieu") open with no person's run.

// quotedSearch28 returns the name that opens the quoted query v (the text
// between the quotes), as offsets in v.
func quotedSearch28(v string, people bool) (int, int, bool) {
	if len(v) < 3 || len(v) > 120 || strings.IndexByte(v, '@') >= 0 || strings.IndexByte(v, ':') >= 0 {
		return 0, 0, false
	}
	var buf [6]n14Word
	run := buf[:0]
	p := 0
	for p < len(v) && len(run) < len(buf) {
		w := n14WordAt(v, p)
		if w.k == 0 || w.b < len(v) && v[w.b] != ' ' || n14Plain(v, w) && (len(run) == 0 || run[len(run)-1].k != n14Part) {
			break
		}
		if !n14Joins(v, run, w) || len(run) > 0 && (w.k == n14Caseless) != (run[len(run)-1].k == n14Caseless) {
			break // (a script's change ends the name: "조민준 Orchard Road")
		}
		run = append(run, w)
		p = w.b
		if p < len(v) && v[p] == ' ' {
			p++
		}
	}
	for len(run) > 0 && run[len(run)-1].k == n14Part {
		run = run[:len(run)-1]
	}
	if len(run) == 0 || len(run) == len(buf) {
		return 0, 0, false
	}
	e := run[len(run)-1].b
	if e+1 >= len(v) || !orderNumber28(v[e+1:]) {
		return 0, 0, false // a query of a name alone is names14's; a name and a place, a brand and a model, a holiday stay
	}
	if st := n14Strength(v, run); st == 2 || st == 1 && people {
		return run[0].a, e, true
	}
	return 0, 0, false
}

// quotedSearchSpan28 reads the quoted query that opens at the quote q
// (after a search key's "=").
func quotedSearchSpan28(s string, q int) (span, bool) {
	c := strings.IndexByte(s[q+1:], '"')
	if c <= 0 || c > 120 || strings.IndexByte(s[q+1:q+1+c], '\n') >= 0 {
		return span{}, false
	}
	people := strings.Contains(s, "customer") || strings.Contains(s, "buyer") || strings.Contains(s, "contact") || strings.Contains(s, "recipient")
	if a, b, ok := quotedSearch28(s[q+1:q+1+c], people); ok {
		return span{start: q + 1 + a, end: q + 1 + b, kind: KindName}, true
	}
	return span{}, false
}

// orderNumber28 reports that v opens with an order's number: digits and
// dashes alone, six digits or more ("114-6316310-6356859", "5784394476").
func orderNumber28(v string) bool {
	d := 0
	for i := 0; i < len(v) && v[i] != ' '; i++ {
		switch {
		case isDigit(v[i]):
			d++
		case v[i] == '-' && i > 0:
		default:
			return false
		}
	}
	return d >= 6
}
