package redact

import "strings"

// A name written family first with a comma under a key ("Family, Given",
// "van der Family, Given", "dela Cruz, Given Second M.") is the key's whole
// value. A reader that stops the value at its comma leaves the given name,
// and in a query or a form body, where the value is read decoded
// ("recipient=Quintero+Ospina%2C+Sebasti%C3%A1n&order=…"), the tail readers
// of plain text (names14_tail.go) do not run. A name's span that is a
// key's value and stops before ", " takes in up to three capitalised words
// or initials after it when they run to the value's end (the end of the
// text or the line, '&', a quote, a bracket, the record's next key=value
// pair): "customer=van der Meulen, Julia HTTP/1.1", "X-Contact-Person:
// dela Cruz, Mark Anthony M.\n".

// extendKeyedGiven18 extends the scanner's name spans that are keys'
// values over a given name after their comma.
func (sc *scanner) extendKeyedGiven18() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName || x.end+2 >= len(s) || s[x.end] != ',' || s[x.end+1] != ' ' || !keyedAt18(s, x.start) {
			continue
		}
		limit := len(s)
		if i+1 < len(sc.spans) {
			limit = sc.spans[i+1].start
		}
		if e := givenToValueEnd18(s, x.end, limit); e > x.end {
			x.end = e
		}
	}
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName || x.start < 3 || s[x.start-1] != ' ' {
			continue
		}
		lo := 0
		if i > 0 {
			lo = sc.spans[i-1].end
		}
		if a := familyBefore18(s, x.start, lo); a < x.start {
			x.start = a
		}
	}
}

// familyBefore18 returns the start of a family name written before the
// given name a reader found at a ("Phạm [name]", "PHẠM [name]",
// "NAVARRO [name]"): one word, capitalised or in capitals, that the names'
// lexicon knows as a family name and that opens its clause; a otherwise.
// Markets that write the family name first (Vietnam, Korea, China,
// Hungary) and exports in capitals put it there, and a reader that starts
// a name at a known given name leaves it.
func familyBefore18(s string, a, lo int) int {
	q := a - 1
	g := q
	for g > lo && s[g-1] != ' ' && s[g-1] != '\n' && s[g-1] != '"' && s[g-1] != '\'' && s[g-1] != '>' && s[g-1] != '(' && s[g-1] != '=' && s[g-1] != ':' && s[g-1] != ',' && s[g-1] != ';' && s[g-1] != '|' && s[g-1] != '\t' {
		g--
	}
	if g == q || q-g > 24 || !isUpperStart18(s[g:q]) || nameWordEnd(s, g) != q {
		return a
	}
	w := s[g:q]
	if lexClass(w)&lexFamily == 0 || plainWord(w) || !clauseOpens14(s, g, false) {
		return a
	}
	return g
}

// keyedAt18 reports a value at a that follows a key's '=' or ':' (a quote
// and spaces between).
func keyedAt18(s string, a int) bool {
	p := a
	if p > 0 && (s[p-1] == '"' || s[p-1] == '\'') {
		p--
	}
	for n := 0; n < 2 && p > 0 && s[p-1] == ' '; n++ {
		p--
	}
	if p == 0 {
		return false
	}
	switch s[p-1] {
	case '=':
		return p < 2 || s[p-2] != '=' && s[p-2] != '!'
	case ':':
		return p == len(s) || s[p] != '/'
	}
	return false
}

// givenToValueEnd18 returns the end of one to three capitalised words or
// initials after the comma at e (before limit) that run to the value's
// end, or e.
func givenToValueEnd18(s string, e, limit int) int {
	p := e + 1
	if p >= limit || s[p] != ' ' {
		return e // "Family,Given" is two cells of a row as often
	}
	p++
	end := e
	for n := 0; n < 3 && p < limit; n++ {
		if !capOrCaseless(s[p:]) {
			return e
		}
		q := nameWordEnd(s, p)
		if q < limit && s[q] == '.' && q-p <= 2 {
			q++ // an initial ("M.")
		}
		if q <= p || q > limit || q-p > 40 {
			return e
		}
		end = q
		if q >= limit || s[q] != ' ' || q+1 < limit && (!capOrCaseless(s[q+1:]) || pairAfter(s, q+1)) {
			break
		}
		p = q + 1
	}
	if end == e || !valueEndsAt18(s, end) {
		return e
	}
	return end
}

// valueEndsAt18 reports the end of a key's value at p: the text's or the
// line's end, '&', a quote, a bracket or a separator, or a space before the
// record's next key=value pair or a request line's protocol.
func valueEndsAt18(s string, p int) bool {
	if p >= len(s) {
		return true
	}
	switch s[p] {
	case '&', '"', '\'', '\n', '\r', '\\', '|', ';', ')', ']', '}', '>', '<', ',', '\t':
		return true
	case ' ':
		return p+1 < len(s) && (pairAfter(s, p+1) || strings.HasPrefix(s[p+1:], "HTTP/") || s[p+1] == '|')
	}
	return false
}
