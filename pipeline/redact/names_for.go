package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// "for <Name>" opening a clause of a message about an order: "inventory
// push … rejected: for Jane Roe tracking …", "refund queued: paid with …;
// for Jane Roe; IBAN …", "validation failed: for Jane Roe". The clause
// starts the text or follows ": ", "; ", ", " or "| "; the name is two to
// four words, each capitalised or of a script without case (particles
// inside), and ends the clause: the text's end, a punctuation mark, a dash,
// a bracket or a word in lower case ("sku", "tracking", "at"). Words of
// goods, shops, statuses and HTTP phrases are no name ("for Black Friday
// Sale" stays only by luck: "Sale" is such a word).

// forNameSpans returns the names after a clause-opening "for" in s.
func forNameSpans(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "for ")
		if off == 0 && strings.HasPrefix(s, "For ") {
			i = 0 // "For Jane Roe: …" at the text's start
		}
		if i < 0 {
			break
		}
		i += off
		off = i + 4
		if !clauseStart(s, i) {
			continue
		}
		a := i + 4
		b := forNameEnd(s, a)
		if b <= a || overlaps(have, a, b) || overlaps(out, a, b) {
			continue
		}
		out = append(out, span{start: a, end: b, kind: KindName})
		off = b
	}
	return out
}

// clauseStart reports a clause that starts at i: the text's start, or
// after ": ", "; ", ", ", "| " or a quote.
func clauseStart(s string, i int) bool {
	if i == 0 {
		return true
	}
	switch s[i-1] {
	case '"', '\'', '\n':
		return true
	case ' ':
		return i >= 2 && strings.IndexByte(":;,|", s[i-2]) >= 0
	}
	return false
}

// forNameEnd returns the end of a name of two to four words at a that ends
// its clause, or a.
func forNameEnd(s string, a int) int {
	if e := forFamilyGiven(s, a); e > a {
		return e
	}
	var wb [6]string
	words := wb[:0] // (on the stack: most calls read no name)
	p, end := a, a
	for p < len(s) && len(words) < 6 {
		e := p
		for e < len(s) && s[e] != ' ' && (strings.IndexByte(",;:|.()[]<>\"'\\!?\n", s[e]) < 0 ||
			s[e] == '\'' && e > p && e+1 < len(s) && (isAlpha(s[e+1]) || s[e+1] >= 0x80)) {
			e++ // (an apostrophe inside a name: "O'Rourke")
		}
		w := s[p:e]
		if w == "" {
			break
		}
		if len(words) > 0 && particles[w] && e < len(s) && s[e] == ' ' {
			words = append(words, w)
			p = e + 1
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !(r < 0x80 && isUpper(byte(r)) || r >= 0x80 && unicode.IsLetter(r) && (!unicode.IsLower(r) || unicode.Is(unicode.Georgian, r))) {
			break
		}
		words = append(words, w)
		end = e
		if e+1 < len(s) && s[e] == ' ' {
			p = e + 1
			continue
		}
		break
	}
	for len(words) > 0 && particles[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) < 2 || len(words) > 5 || !argWords(words) && !capsName(s[a:end]) { // ("… for PHẠM THU TRANG")
		return a
	}
	if !clauseEnds(s, end) {
		return a
	}
	return end
}

// clauseEnds reports a clause that ends at e: the text's end, a
// punctuation mark, or a space before a dash, a bracket or a word in
// lower case.
func clauseEnds(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	c := s[e]
	return strings.IndexByte(",;|.()[]<>\"'\\!?\n", c) >= 0 || c == ':' && (e+1 == len(s) || s[e+1] == ' ') ||
		c == ' ' && e+1 < len(s) && (s[e+1] >= 'a' && s[e+1] <= 'z' || strings.IndexByte("-(<[|", s[e+1]) >= 0)
}

// forFamilyGiven returns the end of "FAMILY, Given" at a ("for NG, Hui Min
// sku …", "for ŽUKAUSKAITĖ, Mindaugas (total …)") ending its clause, or a.
func forFamilyGiven(s string, a int) int {
	c := strings.IndexByte(s[a:min(len(s), a+48)], ',')
	if c <= 0 {
		return a
	}
	c += a
	fam := s[a:c]
	if !capsFamily(fam) && !(len(fam) == 2 && isUpper(fam[0]) && isUpper(fam[1])) {
		return a // (a family name of two capitals: "NG", "LI", "WU")
	}
	if !argWords(strings.Fields(fam)) {
		return a // "ORDER, Status …"
	}
	g := givenAfter(s, c)
	if g < 0 {
		return a
	}
	e := givenEnd(s, g)
	if e <= g || !hasLowerOrHigh(s[g:e]) || !clauseEnds(s, e) {
		return a
	}
	for _, w := range strings.Fields(s[g:e]) {
		if innerCapital(w) {
			return a // "UPS, FedEx": brands, not a given name
		}
	}
	return e
}

// innerCapital reports an ASCII capital inside a word that no name prefix
// or joint explains ("FedEx", "PayPal"; not "McKenzie", "O'Neil",
// "Anne-Marie").
func innerCapital(w string) bool {
	for i := 1; i < len(w); i++ {
		if !isUpper(w[i]) {
			continue
		}
		p := w[:i]
		if w[i-1] == '\'' || w[i-1] == '-' || strings.HasSuffix(p, "Mc") || strings.HasSuffix(p, "Mac") {
			continue
		}
		return true
	}
	return false
}
