package redact

import "strings"

// National numbers with the operator or area code in brackets after the
// trunk prefix and a space before the subscriber's number: Turkey writes
// "0(532) 123 45 67", Russia and Kazakhstan "8(912) 345-67-89", Ukraine
// "0(93) 707 88 74", and forms print "0(532) 1234567". The digit reader
// takes a bracket only as a number's first group and parenPhoneAt
// (phone14_shapes.go) only the subscriber's number glued to the bracket,
// so these were left as a lone "0" and short groups, after a phone key
// too. Read as a whole: a trunk prefix touching the bracket, one to four
// digits in it, one space, and groups of two to seven digits joined by
// single spaces or hyphens, ten or eleven digits in all, with no letter,
// digit or decimal part around ("f0(12) 345 67 89" is a call, "0(12) 34
// 56 7" too short).

// parenSpacedPhoneAt reads the number whose bracket opens at p.
func parenSpacedPhoneAt(s string, p int) (int, int, bool) {
	a := p
	for a > 0 && isDigit(s[a-1]) && p-a < 4 {
		a--
	}
	lead := p - a
	if lead < 1 || lead > 3 || !(s[a] == '0' || lead == 1 && s[a] == '8') || lead > 1 && s[a+1] == '0' {
		return 0, 0, false // a trunk prefix: "0", "8", "03"; not "00" (international)
	}
	if a > 0 && (isAlnum(s[a-1]) || strings.IndexByte(".-_+/#$", s[a-1]) >= 0) {
		return 0, 0, false // inside a word, a version, a path, an international number or an amount
	}
	q := p + 1
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	inner := q - p - 1
	if inner < 1 || inner > 4 || q+2 >= len(s) || s[q] != ')' || s[q+1] != ' ' || !isDigit(s[q+2]) {
		return 0, 0, false
	}
	digits := lead + inner
	e := q + 2
	for groups := 0; ; groups++ {
		g := e
		for g < len(s) && isDigit(s[g]) {
			g++
		}
		if n := g - e; n < 2 || n > 7 || groups >= 4 {
			return 0, 0, false
		}
		digits += g - e
		e = g
		if e+1 < len(s) && (s[e] == ' ' || s[e] == '-') && isDigit(s[e+1]) {
			e++
			continue
		}
		break
	}
	if digits < 10 || digits > 11 {
		return 0, 0, false
	}
	if e < len(s) && (isAlnum(s[e]) || (s[e] == '.' || s[e] == ',' || s[e] == '-' || s[e] == '/') && e+1 < len(s) && isDigit(s[e+1])) {
		return 0, 0, false
	}
	return a, e, true
}
