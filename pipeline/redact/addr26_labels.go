package redact

import (
	"strings"
	"unicode/utf8"
)

// Back-office messages print a label and its value with a spaced dash as
// often as with a colon ("adresse - chaussée …, 6464 Charleroi", "Adresse
// - Limmatquai 108, 8455 Zug", "पता - 63, Lokmanya Tilak Marg, …"). After an
// address label of addressLabels18, label26Dash skips that dash so that the
// value is read as it is after a bare label.

// label26Dash returns where the value after a label that ends at k starts:
// after a dash (hyphen, en or em dash) and a space, else k.
func label26Dash(s string, k int) int {
	for _, d := range []string{"- ", "– ", "— "} {
		if len(s)-k > len(d)+4 && s[k:k+len(d)] == d {
			return k + len(d)
		}
	}
	return k
}

// India writes the PIN code after the town or the state with a spaced dash
// ("…, Pune, Maharashtra - 861997", "…, Kochi - 919541"), where a reader of
// the address ends it: extendPinTail26 takes the six digits into an address
// span, or a marker of one, that ends right before " - ".
func (sc *scanner) extendPinTail26() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind == KindAddress {
			if e := pinTail26(s, x.end); e > x.end && (i+1 == len(sc.spans) || sc.spans[i+1].start >= e) {
				x.end = e
			}
		}
	}
	for k := indexRare(s, "[REDACTED:address] - "); k >= 0; {
		m := k + len("[REDACTED:address]")
		if e := pinTail26(s, m); e > m && !overlapsAny(sc.spans, m, e) {
			sc.mergeSpans([]span{{start: m + 3, end: e, kind: KindAddress}})
		}
		n := indexRare(s[m:], "[REDACTED:address] - ")
		if n < 0 {
			break
		}
		k = m + n
	}
}

// pinTail26 returns the end of " - " and a PIN code of six digits at e (not
// followed by a letter, a digit or a decimal part), or e.
func pinTail26(s string, e int) int {
	if e+9 > len(s) || s[e:e+3] != " - " || s[e+3] < '1' || s[e+3] > '9' {
		return e
	}
	q := e + 3
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if q-e-3 != 6 || q < len(s) && (isAlnum(s[q]) || s[q] >= 0x80 || (s[q] == '.' || s[q] == ',') && q+1 < len(s) && isDigit(s[q+1])) {
		return e
	}
	return q
}

// lowerStreetTypes26 are street types written first and in lower case in
// Romance addresses ("rue des Lilas 4", "chaussée Lebeau 151", "avenida da
// Liberdade 12"): after an address label they begin its value.
var lowerStreetTypes26 = setOf("rue", "chaussée", "avenue", "boulevard", "chemin", "allée", "impasse", "quai",
	"place", "calle", "avenida", "rua", "travessa", "estrada", "alameda", "paseo", "carrer", "strada", "viale",
	"piazza", "corso", "via", "vicolo", "largo", "cours", "route")

// lowerStreet26 reports a value that begins with such a type, then a
// capitalised word or a particle before one, and holds a house number in
// its first six words.
func lowerStreet26(v string) bool {
	fs := strings.Fields(v)
	if len(fs) < 3 || !lowerStreetTypes26[fs[0]] {
		return false
	}
	n := 1
	for n < len(fs) && n < 3 && particles[fs[n]] {
		n++
	}
	if n >= len(fs) || !isUpper(fs[n][0]) && fs[n][0] < 0x80 {
		return false
	}
	for _, f := range fs[n+1 : min(len(fs), 6)] {
		if isDigit(f[0]) {
			return true
		}
	}
	return false
}

// Hebrew marks an abbreviation and a foreign sound with a geresh, typed as
// an apostrophe after the letter ("רח' הרצל 173" for רחוב, "ז'בוטינסקי"):
// hebrewGeresh26 reports one at e, after a Hebrew letter of a value that
// starts at k, so that the value goes on.
func hebrewGeresh26(s string, k, e int) bool {
	if e-k < 2 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[k:e])
	return r >= 0x05D0 && r <= 0x05EA
}
