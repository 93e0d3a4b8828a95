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
	if n7Off {
		return nil
	}
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
	var words []string
	p, end := a, a
	for p < len(s) && len(words) < 6 {
		e := p
		for e < len(s) && s[e] != ' ' && (strings.IndexByte(",;|.()[]<>\"'\\!?\n", s[e]) < 0 ||
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
	if len(words) < 2 || len(words) > 5 || !argWords(words) {
		return a
	}
	// The clause ends after the name.
	if end < len(s) {
		c := s[end]
		switch {
		case strings.IndexByte(",;|.()[]<>\"'\\!?\n", c) >= 0:
		case c == ' ' && end+1 < len(s) && (s[end+1] >= 'a' && s[end+1] <= 'z' || strings.IndexByte("-(<[|", s[end+1]) >= 0):
		default:
			return a
		}
	}
	return end
}
