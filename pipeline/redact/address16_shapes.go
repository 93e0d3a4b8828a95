package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Street addresses whose street name carries no street type, read from
// their house number by what stands around it:
//
//	220 Lý Tự Trọng, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội
//	Lindenhof 92a, 10435 Berlin
//	Overtoom 197 A, 3011 AB Rotterdam
//	Villa 68, Street 26, Al Wasl Road, Umm Suqeim 3, Dubai
//
// A Vietnamese address names its ward and district after the street
// (Phường, Quận, Xã, Huyện, Thị trấn): a number and capitalised words
// before ", Phường …" are a street. A German or Dutch street written
// without a type is a capitalised word, a house number and, after a comma,
// the postcode and the town: five digits and a capitalised word, or four
// digits, two capitals and a capitalised word. An Emirati address numbers
// the villa or flat and the street: a unit word and its number, then
// "Street" and a number. The address then runs over its parts as any
// other (streetRun).
//
// What stays: a number before a capitalised word that is not followed by a
// ward or district ("12 Galaxy S24, 3 Pro"), a word of numbered things
// before the number and a postcode-shaped number after it ("Order 12,
// 10435 units", "Version 2, 10000 Users" has no town), and a unit alone
// ("Villa 12" with no numbered street), and a number inside a bracket left
// open on its line (a tuple's values, read cell by cell elsewhere).

// vnDivisions open the part after a Vietnamese street: ward, district,
// commune, rural district, township.
var vnDivisions = []string{"Phường ", "Quận ", "Xã ", "Huyện ", "Thị trấn ", "Thị xã ", "P. ", "Q. "}

// numberedUnitWords number a villa, a flat or a building before its street.
var numberedUnitWords = setOf("villa", "flat", "apartment", "apt", "office", "shop", "building", "bldg", "unit", "house")

// numberedThings are words that number things, not streets, before a
// number ("Order 12", "Version 2").
var numberedThings = setOf("order", "version", "invoice", "item", "items", "page", "step", "batch", "ticket", "case",
	"line", "row", "build", "release", "sprint", "level", "table", "gate", "platform", "terminal", "room", "seat",
	"chapter", "section", "part", "box", "lot", "pack", "size", "model", "series", "day", "week", "year", "top",
	"rank", "score", "total", "qty", "count", "attempt", "retry", "node", "shard", "worker", "pod", "port", "slot")

// numberStreet16 is called at a digit: it redacts an address of the shapes
// above that starts with, or at the word before, the number at i, and
// returns its end, or 0.
func (sc *scanner) numberStreet16(i int) int {
	s := sc.s
	if i > 0 && (isWord(s[i-1]) || s[i-1] == '#' || s[i-1] == '.' || s[i-1] == '-' || s[i-1] == '/') {
		return 0
	}
	h := sc.houseAt(i)
	if h == 0 {
		h = hsNumber(s, i)
	}
	if h == 0 || h+2 >= len(s) || s[h] != ',' && s[h] != ' ' || inOpenBracket(s, i) {
		return 0
	}
	if e := sc.vnStreet(i, h); e > 0 {
		return e
	}
	if i >= 2 && s[i-1] == ' ' {
		if e := sc.postcodeStreet(i, h); e > 0 {
			return e
		}
		if e := sc.unitStreet(i, h); e > 0 {
			return e
		}
	}
	return 0
}

// vnStreet reads "220 Lý Tự Trọng, Phường Tràng Tiền, …" from its number
// at i, which ends at h.
func (sc *scanner) vnStreet(i, h int) int {
	s := sc.s
	e, words := h, 0
	for words < 6 && e+1 < len(s) && s[e] == ' ' {
		c := capWord(s, e+1)
		if c == 0 {
			break
		}
		e, words = c, words+1
	}
	if words == 0 || e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return 0
	}
	for _, d := range vnDivisions {
		if strings.HasPrefix(s[e+2:], d) {
			return sc.streetRun(i, e)
		}
	}
	return 0
}

// postcodeStreet reads "Lindenhof 92a, 10435 Berlin" and "Overtoom 197 A,
// 3011 AB Rotterdam" at the number i..h after a capitalised word.
func (sc *scanner) postcodeStreet(i, h int) int {
	s := sc.s
	q := i - 1
	b := q
	for b > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:b])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		b -= n
	}
	if q-b < 4 || capWord(s, b) != q || b > 0 && (isWord(s[b-1]) || s[b-1] == '#' || s[b-1] == '@') {
		return 0
	}
	if allUpperWord(s[b:q]) {
		return 0 // "SKU 12", "ORDER 5"
	}
	var buf [16]byte
	if w := string(lower(buf[:0], s[b:q])); q-b <= len(buf) && (numberedThings[w] || unitWords[w] || numberedUnitWords[w]) {
		return 0 // "Order 12, …"; "…, Appt 45, 20250 Casablanca": a unit, the street is before it
	}
	e := h
	for _, u := range []string{" A", " B", " C", " hs", " HS", " bis", " I", " II", " III", " huis", " boven"} {
		if strings.HasPrefix(s[e:], u+",") {
			e += len(u)
			break
		}
	}
	if e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' {
		return 0
	}
	p := e + 2
	d := p
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	switch d - p {
	case 5: // 10435 Berlin
	case 4: // 3011 AB Rotterdam
		if d+3 >= len(s) || s[d] != ' ' || !isUpper(s[d+1]) || !isUpper(s[d+2]) {
			return 0
		}
		d += 3
	default:
		return 0
	}
	if d+1 >= len(s) || s[d] != ' ' || capWord(s, d+1) == 0 {
		return 0
	}
	if b < sc.lastEnd {
		return 0
	}
	return sc.streetRun(b, e)
}

// unitStreet reads "Villa 68, Street 26, Al Wasl Road, …" at the number
// i..h after a unit word.
func (sc *scanner) unitStreet(i, h int) int {
	s := sc.s
	q := i - 1
	b := q
	for b > 0 && isAlpha(s[b-1]) {
		b--
	}
	var buf [12]byte
	if q-b < 3 || q-b > len(buf) || !isUpper(s[b]) || !numberedUnitWords[string(lower(buf[:0], s[b:q]))] {
		return 0
	}
	p := h
	if p+2 >= len(s) || s[p] != ',' || s[p+1] != ' ' {
		return 0
	}
	p += 2
	ok := false
	for _, w := range []string{"Street ", "St ", "St. ", "Road ", "Rd "} {
		if strings.HasPrefix(s[p:], w) && houseNumber(s, p+len(w)) > 0 {
			ok = true
			break
		}
	}
	if !ok {
		return 0
	}
	st := b
	if st < sc.lastEnd {
		st = i // "مرحبا، Villa 99, …": the unit word was read before
	}
	return sc.streetRun(st, h)
}

// allUpperWord reports a word of capitals alone.
func allUpperWord(w string) bool {
	for k := 0; k < len(w); k++ {
		if w[k] >= 'a' && w[k] <= 'z' || w[k] >= 0x80 {
			return false
		}
	}
	return true
}

// hsNumber returns the end of a Dutch house number with its floor glued
// to it ("232hs", "12HS": huis, the ground floor), or 0.
func hsNumber(s string, p int) int {
	e := p
	for e < len(s) && isDigit(s[e]) && e-p < 6 {
		e++
	}
	if e == p || e-p > 5 || e+2 > len(s) || !(s[e:e+2] == "hs" || s[e:e+2] == "HS") {
		return 0
	}
	if e+2 < len(s) && isWord(s[e+2]) {
		return 0
	}
	return e + 2
}
