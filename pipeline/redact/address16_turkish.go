package redact

import (
	"unicode"
	"unicode/utf8"
)

// Turkish street addresses write the street's name, then its type, then
// the house number behind "No:" and the flat behind "D:", then the
// district and the province joined by a slash:
//
//	Halaskargazi Cad. No: 38 D: 1, Konak/İzmir
//	Kızılay Mah. Bağdat Cad. No: 61 D: 25, Çankaya/Ankara
//	Abdi İpekçi Cd. No:7, 34367 Şişli/İstanbul
//	Menekşe Sok. 12/4, Kadıköy
//
// The types are read after the name (street.go), but the "69 Queen Street"
// reader wants the number before them. Here a street type of Turkey
// (caddesi, sokak, bulvarı and their abbreviations) after one to four
// capitalised words, then a number (after "No" with a colon or a full stop,
// or at once), is a street; the address then runs over its parts as any
// other (streetRun). A type alone, a lower-case word before it or no number
// after it is no address: "Cad. list", "the Sok. column". Inside a bracket
// left open on its line (a tuple's or a row's values: "Failing row contains
// (…, İstiklal Cad. No: 258 D: 12, …, Coimbatore, …)") the street is left
// to the readers of tuples, which take its cells one by one.

// trStreetTypes are Turkey's street types written after the name (lower
// case, a final full stop dropped).
var trStreetTypes = setOf("cad", "caddesi", "cd", "sok", "sokak", "sokağı", "sk", "bulvarı", "blv", "bulv")

// turkishStreet is called at a Turkish street type s[i:j]; it returns the
// address's end, or 0.
func (sc *scanner) turkishStreet(i, j int) int {
	s := sc.s
	// the number after the type: "Cad. No: 38", "Sok. No.12", "Cd. 7"
	p := j
	if p < len(s) && s[p] == '.' {
		p++
	}
	if p >= len(s) || s[p] != ' ' {
		return 0
	}
	p++
	labelled := false
	if p+2 < len(s) && s[p] == 'N' && s[p+1] == 'o' && (s[p+2] == ':' || s[p+2] == '.') {
		p += 3
		labelled = true
		if p < len(s) && s[p] == ' ' {
			p++
		}
	}
	if !labelled && (j-i <= 3 && s[j] != '.' || isUpper(s[i+1])) {
		return 0 // "CD 51020-010" (a distribution centre), "SK 12": an abbreviation needs its full stop or "No:"
	}
	e := houseNumber(s, p)
	if e == 0 {
		return 0
	}
	// the flat and the floor: " D: 1", " Kat: 3", " Daire:12"
	for k := 0; k < 2; k++ {
		q := e
		for _, u := range []string{" D:", " D.", " Daire:", " Kat:"} {
			if len(s)-e > len(u) && s[e:e+len(u)] == u {
				q = e + len(u)
				break
			}
		}
		if q == e {
			break
		}
		if q < len(s) && s[q] == ' ' {
			q++
		}
		f := houseNumber(s, q)
		if f == 0 {
			break
		}
		e = f
	}
	// one to four capitalised words before the type ("Abdi İpekçi"), and
	// a quarter before them ("Kızılay Mah.")
	st := i
	for words := 0; words < 5; words++ {
		if st < 2 || s[st-1] != ' ' {
			break
		}
		q := st - 1
		b := q
		for b > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:b])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '.' && r != '\'' && r != '-' {
				break
			}
			b -= n
		}
		if b == q || capWord(s, b) == 0 || b > 0 && isWord(s[b-1]) {
			break
		}
		st = b
	}
	if st == i || inOpenBracket(s, st) {
		return 0
	}
	return sc.streetRun(st, e)
}
