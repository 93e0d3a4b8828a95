package redact

import "strings"

// A US street line without a street type the tables know ("1600
// Broadway", "4411 Fakeberry furt"), told by the city, state and ZIP code
// after it: a house's number and a capitalised word, then ", City, ST
// 12345" (also ", ST, 12345" and ZIP+4). The span runs from the house's
// number to the ZIP code.

// usStatesAd30 are the USPS codes of the states, DC, the territories and
// the armed forces' post.
var usStatesAd30 = setOf("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS",
	"KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
	"OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC", "PR", "GU", "VI",
	"AS", "MP", "AA", "AE", "AP")

// mayHoldUSAddressAd30 is the cheap gate: a digit and a comma.
func mayHoldUSAddressAd30(s string, sig uint32, depth int) bool {
	if depth > 0 {
		return len(s) >= 20 && strings.IndexByte(s, ',') >= 0
	}
	return sig&sigDigit != 0 && sig&sigComma != 0 && len(s) >= 20
}

// usAddressSpansAd30 returns the US street lines of s found by their tail.
func usAddressSpansAd30(s string) []span {
	var out []span
	for p := 0; ; {
		k := strings.IndexByte(s[p:], ',')
		if k < 0 {
			return out
		}
		c := p + k // ", ST 12345" or ", ST, 12345"
		p = c + 1
		if c+8 > len(s) || s[c+1] != ' ' || !isUpperASCII(s[c+2]) || !isUpperASCII(s[c+3]) || !usStatesAd30[s[c+2:c+4]] {
			continue
		}
		z := c + 4
		if s[z] == ',' {
			z++
		}
		if z >= len(s) || s[z] != ' ' {
			continue
		}
		ze := zipEndAd30(s, z+1)
		if ze < 0 {
			continue
		}
		st := usStreetBeforeAd30(s, c)
		if st < 0 {
			continue
		}
		if n := len(out); n == 0 || out[n-1].end <= st {
			out = append(out, span{st, ze, KindAddress, 0})
		}
		p = ze
	}
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

// zipEndAd30 returns the end of a ZIP code (5 digits, "-" and 4 more) at
// i, or -1.
func zipEndAd30(s string, i int) int {
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i != 5 {
		return -1
	}
	if e+5 <= len(s) && s[e] == '-' && isDigit(s[e+1]) && isDigit(s[e+2]) && isDigit(s[e+3]) && isDigit(s[e+4]) {
		e += 5
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '/') {
		return -1
	}
	return e
}

// usStreetBeforeAd30 reads back from the comma at c before the state: the
// city (one to four capitalised words), a comma, and the street (a house's
// number, a capitalised word, up to four more words or a unit). It returns
// where the house's number starts, or -1.
func usStreetBeforeAd30(s string, c int) int {
	b := c
	words := 0
	for {
		e := b
		for b > 0 && s[b-1] != ' ' && s[b-1] != ',' {
			b--
		}
		w := s[b:e]
		if w == "" || !isUpperASCII(w[0]) || !cityWordAd30(w) {
			return -1
		}
		words++
		if b < 2 || words > 4 {
			return -1
		}
		if s[b-1] == ',' {
			return -1 // "…, ST": no city
		}
		b-- // the space
		if s[b-1] == ',' {
			b--
			break
		}
	}
	// the street: tokens back from the comma at b
	st := -1
	e := b
	for n := 0; n < 7 && e > 0; n++ {
		a := e
		for a > 0 && s[a-1] != ' ' {
			a--
		}
		w := s[a:e]
		if w == "" {
			break
		}
		switch {
		case houseDigitsAd30(w):
			if e+1 < len(s) && isUpperASCII(s[e+1]) {
				st = a // a number before a capitalised word
			}
		case letterWordAd30(w) || allDigitsAd30(w) || ordinal31(w): // "W 34TH ST" (dm31_ids.go)
		default:
			n = 7
			continue
		}
		if a == 0 || s[a-1] != ' ' {
			break
		}
		e = a - 1
	}
	return st
}

// houseDigitsAd30 reports a house's number: 1–6 digits, not led by 0, a
// letter after them allowed ("12B").
func houseDigitsAd30(w string) bool {
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	return d >= 1 && d <= 6 && w[0] != '0' && (d == len(w) || d == len(w)-1 && isAlpha(w[d]))
}

// letterWordAd30 reports a word of ASCII letters (a final '.' allowed).
func letterWordAd30(w string) bool {
	w = strings.TrimSuffix(w, ".")
	if w == "" || len(w) > 20 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isAlpha(w[i]) {
			return false
		}
	}
	return true
}

// cityWordAd30 reports a word of a city's name: letters, '-', '.', '\”.
func cityWordAd30(w string) bool {
	if len(w) > 24 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if c := w[i]; !isAlpha(c) && c != '-' && c != '.' && c != '\'' {
			return false
		}
	}
	return true
}

// allDigitsAd30 reports 1–6 digits: a unit's number in a street line.
func allDigitsAd30(w string) bool {
	if len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return w != ""
}
