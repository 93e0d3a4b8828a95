package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Street addresses are also found by their shape, without a key or a
// trigger: a house number next to a street name that says it is one.
//
//	69 Queen Street, Brisbane QLD 4000        number, name, street type
//	Rua Augusta, 1594 - Laranjeiras           street type, name, number
//	Mozartstraße 109b, 90402 Nürnberg         a name that ends in a type
//
// The address then runs over the comma-separated parts that follow
// (unit, postcode and city), up to a part that starts in lower case, a
// clause end, a quote or a bracket.

var (
	// streetAfter are street types written after the name (lower case).
	streetAfter = setOf("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard",
		"blvd", "way", "court", "ct", "place", "pl", "terrace", "tce", "crescent", "cres", "close", "parade",
		"highway", "hwy", "grove", "square", "sq", "walk", "row", "mews", "gardens", "park", "hill", "circuit")
	// streetBefore are street types written before the name (lower case,
	// a final full stop dropped).
	streetBefore = setOf("rua", "avenida", "av", "avda", "calle", "c/", "plaza", "paseo", "rambla", "via", "viale",
		"piazza", "corso", "vicolo", "largo", "rue", "boulevard", "bd", "chemin", "allée", "impasse", "jalan", "jl",
		"lorong", "lrg", "soi", "thanon", "đường", "phố", "ngõ", "ngách", "block", "blk", "lot", "unit", "travessa",
		"alameda", "estrada", "carrera", "camino", "avenue")
	// streetSuffixes end one-word street names (Mozartstraße, Keizersgracht).
	streetSuffixes = []string{"straße", "strasse", "str.", "weg", "gracht", "laan", "plein", "allee", "platz",
		"gasse", "damm", "kade", "singel", "dijk", "steeg", "markt", "ring"}
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// houseNumber returns the end of a house number at p (1–5 digits, an
// optional letter or "-II"/"/12"), or 0.
func houseNumber(s string, p int) int {
	e := p
	for e < len(s) && isDigit(s[e]) && e-p < 6 {
		e++
	}
	if e == p || e-p > 5 || e < len(s) && isDigit(s[e]) {
		return 0
	}
	if e < len(s) && isAlpha(s[e]) && (e+1 == len(s) || !isAlnum(s[e+1])) {
		e++ // 109b
	}
	if e+1 < len(s) && (s[e] == '-' || s[e] == '/') && isAlnum(s[e+1]) {
		f := e + 1
		for f < len(s) && isAlnum(s[f]) && f-e < 5 {
			f++
		}
		if f == len(s) || !isAlnum(s[f]) {
			e = f // 43-II, 15/452
		}
	}
	if e < len(s) && isWord(s[e]) {
		return 0
	}
	return e
}

// capWord returns the end of a capitalised (or non-Latin) word at p, or 0.
func capWord(s string, p int) int {
	if p >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	if !unicode.IsUpper(r) && !(r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r)) {
		return 0
	}
	e := p
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '-' && r != '.' {
			break
		}
		e += n
	}
	for e > p && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	return e
}

// street is called at a word s[i:j] and redacts the street address it is
// part of; it returns the address's end, or 0.
func (sc *scanner) street(i, j int) int {
	s := sc.s
	var buf [16]byte
	if j-i > len(buf) {
		return sc.streetSuffix(i, j)
	}
	w := string(lower(buf[:0], s[i:j]))
	if streetBefore[w] && (isUpper(s[i]) || s[i] >= 0x80) {
		// Rua Augusta, 1594 / Via del Corso 105 / Jalan Gasing / Lot 8157
		k := j
		if k < len(s) && s[k] == '.' {
			k++
		}
		names := 0
		for names < 5 && k+1 < len(s) && s[k] == ' ' {
			if e := houseNumber(s, k+1); e > 0 {
				return sc.streetRun(i, e)
			}
			e := capWord(s, k+1)
			if e == 0 {
				q := k + 1
				for q < len(s) && isAlpha(s[q]) {
					q++
				}
				if !particles[s[k+1:q]] || q == k+1 {
					break
				}
				e = q
			} else {
				names++
			}
			k = e
			if k+2 < len(s) && s[k] == ',' && s[k+1] == ' ' {
				if e := houseNumber(s, k+2); e > 0 && names > 0 {
					return sc.streetRun(i, e)
				}
			}
		}
		if names > 0 && (w == "jalan" || w == "jl" || w == "lorong" || w == "soi" || w == "thanon") {
			return sc.streetRun(i, k) // Jalan Gasing: the type says enough
		}
		return 0
	}
	if streetAfter[w] && isUpper(s[i]) {
		// 69 Queen Street: a number, then one to four capitalised words.
		p := i
		for words := 0; words < 4; words++ {
			if p < 2 || s[p-1] != ' ' {
				return 0
			}
			q := p - 1
			st := q
			for st > 0 && (isWord(s[st-1]) || s[st-1] >= 0x80 || s[st-1] == '-' || s[st-1] == '/' || s[st-1] == '\'') {
				st--
			}
			if st == q {
				return 0
			}
			if e := houseNumber(s, st); e == q && words > 0 {
				if st > 0 && (isWord(s[st-1]) || s[st-1] == '#' || s[st-1] == '$') {
					return 0
				}
				return sc.streetRun(st, j)
			}
			if capWord(s, st) != q {
				return 0
			}
			p = st
		}
		return 0
	}
	return sc.streetSuffix(i, j)
}

// streetSuffix handles a one-word street name and its number: Mozartstraße
// 109b, Keizersgracht 43-II.
func (sc *scanner) streetSuffix(i, j int) int {
	s := sc.s
	if !isUpper(s[i]) {
		return 0
	}
	e := j
	for e < len(s) && (s[e] >= 0x80 || isAlpha(s[e])) {
		_, n := utf8.DecodeRuneInString(s[e:])
		e += n
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e-i < 6 {
		return 0
	}
	ok := false
	for _, suf := range streetSuffixes {
		if e-i > len(suf)+2 && strings.EqualFold(s[e-len(suf):e], suf) {
			ok = true
			break
		}
	}
	if !ok || e+1 >= len(s) || s[e] != ' ' {
		return 0
	}
	if n := houseNumber(s, e+1); n > 0 {
		return sc.streetRun(i, n)
	}
	return 0
}

// streetRun emits the address from st, the street ending at e, extended
// over the comma-separated parts that follow it.
func (sc *scanner) streetRun(st, e int) int {
	s := sc.s
	for e+2 < len(s) && e-st < 240 {
		p := e
		switch {
		case s[p] == ',' && s[p+1] == ' ':
			p += 2
		case s[p] == ' ' && (isDigit(s[p+1]) || isUpper(s[p+1]) || s[p+1] == '#' || s[p+1] >= 0x80):
			p++
		case s[p] == ' ' && s[p+1] == '-' && p+2 < len(s) && s[p+2] == ' ':
			p += 3 // "1594 - Laranjeiras"
		default:
			goto done
		}
		if p >= len(s) || !(isDigit(s[p]) || isUpper(s[p]) || s[p] == '#' || s[p] >= 0x80) ||
			lookAlikeNext(s, p) || moneyNext(s, p) || nextIsKey(s, p-1) || isMarkerAt(s, p) {
			goto done
		}
		q := p
		for q < len(s) && s[q] > ' ' && s[q] != ',' && s[q] != ';' && s[q] != '|' && s[q] != '"' && s[q] != '\'' &&
			s[q] != ')' && s[q] != '(' && s[q] != '}' && s[q] != ']' && s[q] != '\n' && s[q] != '\\' && s[q] != '<' {
			q++
		}
		if q == p {
			goto done
		}
		e = q
		for e > p && s[e-1] == '.' && !(e-p <= 5 && isUpper(s[p])) {
			e--
		}
	}
done:
	if !sc.emit(st, e, KindAddress, 0) {
		return 0
	}
	return e
}
