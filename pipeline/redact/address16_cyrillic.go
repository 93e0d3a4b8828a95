package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Russian, Ukrainian and other Cyrillic street addresses write the street
// type first, in lower case and mostly abbreviated, then the name, then the
// house after "д." (дом) and the flat after "кв.":
//
//	ул. Тверская, д. 9, кв. 112, Санкт-Петербург, 191025
//	пр-т Мира 15, кв. 4
//	вул. Хрещатик, буд. 22
//
// A street type of this list at a word's start, one to three capitalised
// words, then a house number (after "д.", "дом", "буд." or at once, after
// a comma or a space) is a street; the address then runs over its parts as
// any other (streetRun). A type with no number after its name is not read:
// "ул. Тверская" alone names a place, not a buyer's address.

// cyrStreetTypes are street types written before the name, with the full
// stop or space that follows them.
var cyrStreetTypes = []string{"ул. ", "улица ", "пр. ", "просп. ", "проспект ", "пр-т ", "пер. ", "переулок ",
	"ш. ", "шоссе ", "наб. ", "набережная ", "бул. ", "б-р ", "бульвар ", "пл. ", "площадь ", "мкр. ",
	"вул. ", "вулиця ", "пров. ", "бульв. "}

// cyrHouseWords come before the house number.
var cyrHouseWords = []string{"д. ", "дом ", "буд. ", "д.", "будинок "}

// mayStartCyrStreet is the cheap test at a non-ASCII byte: the first byte
// of a Cyrillic letter at a word's start.
func mayStartCyrStreet(s string, i int) bool {
	return (s[i] == 0xD0 || s[i] == 0xD1) && (i == 0 || !isWord(s[i-1]) && s[i-1] < 0x80)
}

// cyrStreet reads a Cyrillic street address at i; it returns its end, or 0.
func (sc *scanner) cyrStreet(i int) int {
	s := sc.s
	p := -1
	for _, t := range cyrStreetTypes {
		if strings.HasPrefix(s[i:], t) {
			p = i + len(t)
			break
		}
	}
	if p < 0 {
		return 0
	}
	e, words := p, 0
	for words < 3 && e < len(s) {
		r, _ := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsUpper(r) {
			break
		}
		c := capWord(s, e)
		if c == 0 {
			break
		}
		e, words = c, words+1
		if e < len(s) && s[e] == ' ' {
			if r2, _ := utf8.DecodeRuneInString(s[e+1:]); unicode.IsUpper(r2) {
				e++
				continue
			}
		}
		break
	}
	if words == 0 {
		return 0
	}
	q := e
	if strings.HasPrefix(s[q:], ", ") {
		q += 2
	} else if q < len(s) && s[q] == ' ' {
		q++
	} else {
		return 0
	}
	for _, h := range cyrHouseWords {
		if strings.HasPrefix(s[q:], h) {
			q += len(h)
			break
		}
	}
	h := houseNumber(s, q)
	if h == 0 || inOpenBracket(s, i) {
		return 0
	}
	// the building, the entrance and the flat: ", корп. 2, кв. 112"
	for k := 0; k < 3; k++ {
		u := -1
		for _, w := range cyrUnitWords {
			if strings.HasPrefix(s[h:], w) {
				u = h + len(w)
				break
			}
		}
		if u < 0 {
			break
		}
		f := houseNumber(s, u)
		if f == 0 {
			break
		}
		h = f
	}
	return sc.streetRun(i, h)
}

// cyrUnitWords name the parts after the house: building, structure,
// entrance, flat, office.
var cyrUnitWords = []string{", кв. ", ", кв.", ", корп. ", ", к. ", ", стр. ", ", под. ", ", оф. ", ", квартира ", ", кв ",
	" кв. ", ", корп.", ", офис "}
