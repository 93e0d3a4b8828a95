package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// "Family, Given" in a message. Records, labels and exports write a
// person family name first with a comma, and messages built from them
// carry it into a sentence as written:
//
//	label printed for Family, Given
//	order 205-… synced for de Family, Given, carrier rejected address …
//	return authorised for Family, Given (RMA …)
//	Hi dela Family, Given S.,
//
// Readers of "FAMILY, Given" want the family name in capitals
// (names_comma.go); a family name written capitalised is a city's before
// its country or state as often ("Lyon, France"). The shape is taken when
// the given name after the comma is one the names' lexicon knows as a
// given name and the family name has evidence of its own: the lexicon
// knows it, a particle leads it ("de", "van der", "dela"), or a word that
// introduces a person stands before it ("for", "by", "attn", "recipient",
// a greeting). The given name runs to one to three capitalised words or
// initials and must end the clause; the family name is one to three words
// (particles inside), the first after a word in lower case, a punctuation
// mark or the text's start.

// mayHoldCommaName18 is commaNameSpans18's cheap test.
func mayHoldCommaName18(s string) bool {
	return len(s) >= 8 && strings.Contains(s, ", ")
}

// personIntro18 are words that introduce a person's name before it.
var personIntro18 = setOf("for", "by", "attn", "attn.", "recipient", "customer", "buyer", "consignee", "client",
	"hi", "hello", "dear", "hoi", "hallo", "hola", "olá", "ola", "bonjour", "ciao", "halo", "g'day", "para", "pour",
	"für", "voor", "per", "dla", "untuk", "kay", "cho")

// commaNameSpans18 returns the "Family, Given" names of s.
func commaNameSpans18(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := indexRare(s[off:], ", ")
		if i < 0 {
			break
		}
		c := off + i
		off = c + 2
		a, e, ok := commaName18(s, c)
		if !ok || overlaps(have, a, e) || overlaps(out, a, e) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindName})
		off = e
	}
	return out
}

// commaName18 reads "Family, Given" around the comma at c: the name's
// bounds and whether it is one.
func commaName18(s string, c int) (a, e int, ok bool) {
	g := c + 2
	if g >= len(s) || !isUpperStart18(s[g:]) {
		return 0, 0, false
	}
	gw := nameWordEnd(s, g)
	if gw <= g || lexClass(s[g:gw])&lexGiven == 0 {
		return 0, 0, false
	}
	e = givenEnd(s, g)
	if e < gw || !clauseEnds(s, e) {
		return 0, 0, false
	}
	// the words before the comma, nearest first
	type word struct{ a, b int }
	var ws [5]word
	n := 0
	for p := c; n < len(ws) && p > 0; {
		st := p
		for st > 0 && s[st-1] != ' ' {
			st--
		}
		if st == p {
			break
		}
		ws[n] = word{st, p}
		n++
		if st == 0 || s[st-1] != ' ' || st >= 2 && s[st-2] == ' ' {
			break // the text's start, a bracket or a quote, a column's gap
		}
		p = st - 1
	}
	if n == 0 || !isUpperStart18(s[ws[0].a:ws[0].b]) || nameWordEnd(s, ws[0].a) != ws[0].b {
		return 0, 0, false
	}
	last := s[ws[0].a:ws[0].b]
	// the family name: capitalised words, particles before them
	k, particle := 1, false
	for ; k < n && k < 3; k++ {
		w := s[ws[k].a:ws[k].b]
		var buf [16]byte
		lw := ""
		if len(w) <= len(buf) {
			lw = string(lower(buf[:0], w))
		}
		if particles[lw] || particleWord(lw) {
			particle = true
			continue
		}
		if !particle && isUpperStart18(w) && nameWordEnd(s, ws[k].a) == ws[k].b {
			continue
		}
		break
	}
	a = ws[k-1].a
	if w := s[a:ws[k-1].b]; k > 1 && !isUpperStart18(w) && !particle {
		return 0, 0, false
	}
	// the word before the family name: lower case, punctuation or nothing
	intro := false
	if k < n {
		prev := strings.TrimRight(s[ws[k].a:ws[k].b], ",:")
		lp := strings.ToLower(prev)
		intro = personIntro18[lp]
		if isUpperStart18(prev) && !intro {
			return 0, 0, false // the family name goes on before: a longer proper noun
		}
	}
	fam := s[a:c]
	if !particle && !intro && lexClass(last)&lexFamily == 0 {
		return 0, 0, false
	}
	core := fam
	for {
		sp := strings.IndexByte(core, ' ')
		if sp < 0 || isUpperStart18(core) {
			break
		}
		core = core[sp+1:] // "de Vries": the particles lead, the words after are read
	}
	if !roleName(core + ", " + s[g:e]) {
		return 0, 0, false // a company, a team, a place's noun
	}
	return a, e, true
}

// isUpperStart18 reports a word that starts with a capital of a cased
// script.
func isUpperStart18(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}
