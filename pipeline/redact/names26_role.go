package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An honorific in lower case between a role word and the name. Hungarian
// writes "junior" and "widow" abbreviated and in lower case before the
// family name ("vevő ifj. Varga Ádám", "címzett özv. Kiss Jánosné"), as
// Spanish and Filipino writers do with theirs at times ("para kay gng.
// …"); the name readers after a role word stop at a word in lower case.

// skipHonorific26 returns the position after a lower-case honorific
// abbreviation (a word of honorificSet ending in '.') and its space at k,
// when a capitalised word follows; k otherwise.
func skipHonorific26(s string, k int) int {
	e := k
	for e < len(s) && e-k < 8 && s[e] != ' ' && s[e] != '.' {
		e++
	}
	if e == k || e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return k
	}
	r, _ := utf8.DecodeRuneInString(s[k:])
	if !unicode.IsLower(r) && !unicode.Is(unicode.Arabic, r) {
		return k
	}
	var buf [16]byte
	if !honorificSet[string(lowerHigh(append(buf[:0], s[k:e+1]...)))] {
		return k
	}
	n, _ := utf8.DecodeRuneInString(s[e+2:])
	if !unicode.IsUpper(n) && !(n >= 0x600 && unicode.IsLetter(n)) {
		return k
	}
	return e + 2
}

// A buyer named in Latin letters after a role word of a script without
// case. An order's line in Sinhala or Burmese names a buyer whose name the
// shop holds romanised: "<order> … <customer> Kasun Perera, <phone> …",
// "<buyer> Min Htet Aung <phone> …". The role word is the evidence; the
// name is one to four capitalised words that end where a contact word or
// a comma follows, as caselessNameAfter asks of a name in the script.
// iCalendar escapes a comma in its text ("චමින්ද රණසිංහ\, දුරකථන …"):
// the escaped comma ends a name as a comma does, in either script.

// romanNameAfterRole26 returns the end of such a name at a, or a.
func romanNameAfterRole26(s string, a int) int {
	if a < len(s) && s[a] >= 0x80 {
		return caselessEscapedComma26(s, a)
	}
	e, words := a, 0
	for p := a; p < len(s) && words < 4; {
		w := n14WordAt(s, p)
		if w.k != n14Cap || w.b <= p || !gluedWord25(s, w) {
			break
		}
		words++
		e = w.b
		if e+1 < len(s) && s[e] == ' ' && isUpper(s[e+1]) {
			p = e + 1
			continue
		}
		break
	}
	if words == 0 {
		return a
	}
	if nameEndsAt26(s, e) {
		return e
	}
	return a
}

// caselessEscapedComma26 is caselessNameAfter's reading for a name in the
// script that ends at an escaped comma ("\,").
func caselessEscapedComma26(s string, a int) int {
	e, words := a, 0
	for p := a; p < len(s) && words < 4; {
		q := p
		for q < len(s) {
			r, w := utf8.DecodeRuneInString(s[q:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != 0x200C && r != 0x200D {
				break
			}
			if r < 0x80 || unicode.IsUpper(r) || unicode.IsLower(r) || unicode.Is(unicode.Han, r) {
				return a
			}
			q += w
		}
		if q == p {
			break
		}
		words++
		e = q
		if q+1 < len(s) && s[q] == ' ' {
			p = q + 1
			continue
		}
		break
	}
	if words == 0 || words > 3 || !(e+1 < len(s) && s[e] == '\\' && s[e+1] == ',') {
		return a
	}
	return e
}

// nameEndsAt26 reports a comma (ASCII, Arabic, Burmese, escaped) or a
// contact word of caselessRoleWords' scripts after a space at e.
func nameEndsAt26(s string, e int) bool {
	if e >= len(s) {
		return false
	}
	if s[e] == ',' || strings.HasPrefix(s[e:], "\\,") || strings.HasPrefix(s[e:], "،") || strings.HasPrefix(s[e:], "၊") {
		return true
	}
	if s[e] != ' ' {
		return false
	}
	for _, c := range contactWords {
		if strings.HasPrefix(s[e+1:], c) && c[0] >= 0x80 {
			return true
		}
	}
	return false
}
