package redact

import (
	"strings"
	"unicode/utf8"
)

// A name after its field's identifier in prose. Validation and exception
// messages quote a field by its identifier and then its value, with a
// space and no '=' or ':' between:
//
//	ValidationError: {'id_card_no': ['… does not match real_name Given Family']}
//	mismatch: holder_name Given Family differs from card
//	lookup failed for buyerName Given Family
//
// The identifier is written as code writes it, with an underscore or an
// inner capital ("real_name", "buyerName"), so the word "name" of prose
// does not count; it names a person as a key would (keyClass), and the
// value after it is shaped as a person's name (names_roles.go): two to
// five capitalised or caseless words, particles inside, up to a word in
// lower case, a punctuation mark or a quote.

// mayHoldIdentName is the cheap test before identNameSpans.
func mayHoldIdentName(s string, tp *textPairs) bool {
	return strings.IndexByte(s, '_') >= 0 || tp.contains("Name ")
}

// identNameSpans returns the names after a name field's identifier in s.
func identNameSpans(s string) []span {
	var out []span
	nu, nc := -2, -2 // the next '_' and "Name " at or after p (-1: none; -2: not looked for)
	for p := 0; p < len(s); {
		if nu != -1 && nu < p {
			if nu = strings.IndexByte(s[p:], '_'); nu >= 0 {
				nu += p
			}
		}
		if nc != -1 && nc < p {
			if nc = strings.Index(s[p:], "Name "); nc >= 0 {
				nc += p
			}
		}
		if nu < 0 && nc < 0 {
			break
		}
		i := nu
		if nu < 0 || nc >= 0 && nc < nu {
			i = nc
		}
		a, b := i, i
		for a > 0 && i-a < 40 && (isWord(s[a-1]) || s[a-1] >= 0x80) {
			a--
		}
		for b < len(s) && b-i < 40 && (isWord(s[b]) || s[b] >= 0x80) {
			b++
		}
		p = b + 1
		if b+1 >= len(s) || s[b] != ' ' || a == i && s[i] == '_' || a > 0 && (s[a-1] == '.' || s[a-1] == '/') {
			continue
		}
		if s[i] == 'N' && (a == i || !isLowerASCII(s[i-1])) {
			continue // "Name" at a word's start: prose, not "buyerName"
		}
		var buf [64]byte
		if keyClass(normKey(buf[:0], s[a:b])) != keyName {
			continue
		}
		vs := b + 1
		ve := identNameEnd(s, vs)
		if ve > vs && roleName(s[vs:ve]) {
			out = append(out, span{vs, ve, KindName, 0})
			p = ve
		}
	}
	return out
}

// identNameEnd returns the end of the name-shaped words at k: up to five
// words, each starting with a capital or a letter beyond ASCII (particles
// inside), ending before a word in lower case, a punctuation mark or a
// quote.
func identNameEnd(s string, k int) int {
	e, words := k, 0
	for p := k; p < len(s) && words < 6; {
		we := nameWordEnd(s, p)
		if we == p {
			break
		}
		if words == 0 && we-p <= 2 && we+2 < len(s) && s[we] == '.' && s[we+1] == ' ' && isUpper(s[p]) {
			we++ // an abbreviated first name: "Ma. Lourdes …"
		}
		w := s[p:we]
		if words > 0 && (strings.HasPrefix(w, "d'") || strings.HasPrefix(w, "l'")) && len(w) > 3 && isUpper(w[2]) {
			w = w[2:] // "d'Beaumarchais"
		}
		if !(isUpper(w[0]) || w[0] >= 0x80) && !(words > 0 && particles[w]) {
			break
		}
		words++
		if !particles[w] {
			e = we
		}
		if we >= len(s) || s[we] != ' ' {
			break
		}
		p = we + 1
	}
	return e
}

// caselessNameEnd returns the end of one to three words of a script
// without case at k that end their clause ("… for 이민준", "… for สมชาย
// ใจดี."), or k: a name whose capitals cannot show where it ends is taken
// only when the clause ends with it. Han is left to hanName, kana are
// words, and Hangul must read as a name (greetedSentenceName).
func caselessNameEnd(s string, k int) int {
	e, words := k, 0
	for p := k; p < len(s) && words < 4; {
		q := p
		for q < len(s) && s[q] >= 0x80 {
			_, w := utf8.DecodeRuneInString(s[q:])
			q += w
		}
		if q == p {
			break
		}
		words++
		e = q
		if q+1 < len(s) && s[q] == ' ' && s[q+1] >= 0x80 {
			p = q + 1
			continue
		}
		break
	}
	if words == 0 || words > 3 || !clauseEnds(s, e) {
		return k
	}
	v := s[k:e]
	if !caselessWords(v) || hasKana(v) || noticeTail(v) || hangulOnly(v) && !greetedSentenceName(v, true) {
		return k
	}
	return e
}
