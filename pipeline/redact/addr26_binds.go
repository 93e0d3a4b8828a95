package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Oracle's positional binds (oracle_binds.go) print each value between
// apostrophes without escaping the ones inside it, which Uzbek streets and
// many names hold ("Shota Rustaveli ko'chasi, 45-uy", "O'Brien"); and a
// street line may lead with its house number (the US: "32744 New
// Ruechester") or quote its name (Bulgaria: "ул. „Раковски“ № 34").

// oracleBindEnd26 returns where the bind that starts at a ends, given the
// first apostrophe e after it: an apostrophe between two letters is inside
// a word when the bind's closing apostrophe (before ", :N=" or "]") follows
// within the same value.
func oracleBindEnd26(s string, a, e int) int {
	for e+1 < len(s) && e > a && wordApostrophe26(s, e) {
		n := strings.IndexByte(s[e+1:], '\'')
		if n < 0 {
			return e
		}
		next := e + 1 + n
		if strings.ContainsAny(s[e+1:next], ",]") && !strings.Contains(s[e+1:next], ", ") {
			return e
		}
		e = next
		if bindCloseAt26(s, e) {
			return e
		}
	}
	return e
}

// wordApostrophe26 reports an apostrophe at e between two letters.
func wordApostrophe26(s string, e int) bool {
	r1, _ := utf8.DecodeLastRuneInString(s[:e])
	r2, _ := utf8.DecodeRuneInString(s[e+1:])
	return unicode.IsLetter(r1) && unicode.IsLetter(r2)
}

// bindCloseAt26 reports a bind's closing apostrophe at e: the list's end or
// the next bind follows.
func bindCloseAt26(s string, e int) bool {
	t := s[e+1:]
	if strings.HasPrefix(t, "]") || strings.HasPrefix(t, ")") || t == "" {
		return true
	}
	if strings.HasPrefix(t, ", :") && len(t) > 3 && isDigit(t[3]) {
		return true
	}
	return false
}

// streetLine26 reports a street line that streetLine does not read: the
// house number first and two capitalised words or more ("32744 New
// Ruechester", "118 Dundas St"), or a name in typographic quotes with the
// number after "№" ("ул. „Раковски“ № 34").
func streetLine26(v string) bool {
	fs := strings.Fields(v)
	if len(fs) < 2 || len(fs) > 8 || len(v) > 120 {
		return false
	}
	if d := countDigits(fs[0]); d >= 1 && d <= 5 && d == len(fs[0]) && len(fs) >= 3 {
		long := false
		for _, f := range fs[1:] {
			if !isUpper(f[0]) || hasDigitByte(f) {
				return false
			}
			long = long || len(f) >= 4
		}
		return long
	}
	if strings.ContainsAny(v, "„“«»") {
		return streetLine(strings.NewReplacer("„", "", "“", "", "«", "", "»", "", "№ ", "").Replace(v))
	}
	// a house number with its word's suffix: "45-uy" (Uzbek), "46-үй" (Kazakh)
	for i, f := range fs {
		if i > 0 && suffixedHouse26(strings.TrimRight(f, ",.")) {
			fs[i] = f[:strings.IndexByte(f, '-')]
			return streetLine(strings.Join(fs, " "))
		}
	}
	return false
}

// suffixedHouse26 reports a house number joined by a dash to a short word
// of its language (one to three letters): "45-uy", "46-үй", "12-A".
func suffixedHouse26(f string) bool {
	d := strings.IndexByte(f, '-')
	if d < 1 || d > 5 || countDigits(f[:d]) != d {
		return false
	}
	w := f[d+1:]
	n := utf8.RuneCountInString(w)
	return n >= 1 && n <= 3 && strings.IndexFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }) < 0
}
