package redact

import "strings"

// Japan, Ukraine and Russia write the area or operator code in brackets
// inside the number, right after the trunk prefix: "080(4372)4221",
// "03(1234)5678", "0(93)707-88-74", "8(912)345-67-89". The digit reader
// takes a bracket only as a number's first group, so these were split
// into pieces too short to be a phone, after a phone key too. Read as a
// whole: a trunk prefix ("0…" or "8") touching the bracket, one to four
// digits in it, and the subscriber's number after it, in one piece or in
// dashed groups, ten or eleven digits in all, with no letter or digit
// around (a function's call "f0(12)3456" is no number); a script without
// spaces may touch it ("電話080(4372)4221").

// parenPhoneSpans returns the numbers of s written with the area code in
// brackets after the trunk prefix: glued to the subscriber's number
// (parenPhoneAt) when glued is set, and with a space after the bracket
// (parenSpacedPhoneAt, phone15_paren.go).
func parenPhoneSpans(s string, glued bool) []span {
	var out []span
	for off := 0; ; {
		i := strings.IndexByte(s[off:], '(')
		if i < 0 {
			return out
		}
		p := off + i
		off = p + 1
		if e, a := parenPhoneAt(s, p); glued && e > 0 {
			out = append(out, span{start: a, end: e, kind: KindPhone})
			off = e
		} else if a, e, ok := parenSpacedPhoneAt(s, p); ok {
			out = append(out, span{start: a, end: e, kind: KindPhone})
			off = e
		}
	}
}

// parenPhoneAt reads the number whose bracket opens at p; it returns its
// end and start, or 0.
func parenPhoneAt(s string, p int) (end, start int) {
	a := p
	for a > 0 && isDigit(s[a-1]) {
		a--
	}
	lead := p - a
	if lead < 1 || lead > 5 || !(s[a] == '0' || lead == 1 && s[a] == '8') || lead > 1 && s[a+1] == '0' {
		return 0, 0 // a trunk prefix: "0", "8", "080", "03"; not "00" (international)
	}
	if a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == '-' || s[a-1] == '_' || s[a-1] == '+' || s[a-1] == '/') {
		return 0, 0 // inside a word, a version, a path or an international number
	}
	q := p + 1
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	inner := q - p - 1
	if inner < 1 || inner > 4 || q >= len(s) || s[q] != ')' {
		return 0, 0
	}
	digits := lead + inner
	e := q + 1
	groups, last := 0, 0
	for e < len(s) {
		g := e
		for g < len(s) && isDigit(s[g]) {
			g++
		}
		if g == e {
			break
		}
		groups++
		digits += g - e
		last = g - e
		e = g
		if e+1 < len(s) && s[e] == '-' && isDigit(s[e+1]) {
			e++
			continue
		}
		break
	}
	if groups == 0 || groups > 3 || last < 2 || digits < 10 || digits > 11 {
		return 0, 0
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '-' || (s[e] == '.' || s[e] == '(') && e+1 < len(s) && isDigit(s[e+1])) {
		return 0, 0 // the run goes on: "…4221-7", "…4221(0100…" (an id the scanner skipped whole)
	}
	return e, a
}
