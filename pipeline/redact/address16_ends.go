package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Where an address ends, when what follows it is no part of it.
//
//	GET /reco?sku=…&ship_to=Av.+Insurgentes+4550%2C+CDMX 502
//	地址:2701 Sycamore Drive, Raleigh, NC 27601 商品:Galaxy S24 金额:2.902.000 ₫
//
// A form-encoded value has no raw space: its spaces are '+' or %20, so
// the first raw space ends it (an access log's status follows). And a
// label of a script without spaces (Han, kana, Hangul) glued to its colon
// opens the record's next field: the product or the amount is no part of
// the address before it.

// formEncodedRun reports that s[k:e], a value that ends at a raw space at
// e, is written form-encoded: no raw space in it, and a '+' between two
// characters of words or a %XX escape.
func formEncodedRun(s string, k, e int) bool {
	enc := false
	for p := e - 1; p >= k; p-- {
		switch c := s[p]; {
		case c == ' ':
			return false
		case c == '+':
			if p > k && p+1 < e && isAlnum(s[p-1]) && (isAlnum(s[p+1]) || s[p+1] == '%') {
				enc = true
			}
		case c == '%':
			if p+2 < e && isHex(s[p+1]) && isHex(s[p+2]) {
				enc = true
			}
		}
	}
	return enc
}

// cjkLabelAt reports a label at p of one to six characters of a script
// written without spaces, glued to a colon ("商品:", "金额：", "주소:").
func cjkLabelAt(s string, p int) bool {
	n := 0
	for q := p; q < len(s) && n <= 6; n++ {
		r, w := utf8.DecodeRuneInString(s[q:])
		if r == ':' || r == '：' {
			return n > 0
		}
		if !unicode.In(r, unicode.Han, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			return false
		}
		q += w
	}
	return false
}

// addressFieldEnds reports that an address value read from k ends at the
// space at e: it was form-encoded, or a label of a script without spaces
// follows.
func addressFieldEnds(s string, k, e int) bool {
	if e+1 < len(s) && s[e+1] >= 0x80 && cjkLabelAt(s, e+1) {
		return true
	}
	return formEncodedRun(s, k, e)
}

// streetRunStops reports a part at p, a non-ASCII byte, that a street
// address read from st to e does not run into: a label of a script without
// spaces, or a word of another script after an address in Latin letters
// ("… Al Khalidiya, Dubai ورقمي …": the sentence goes on in Arabic).
func streetRunStops(s string, st, e, p int) bool {
	if cjkLabelAt(s, p) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	return unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r) && latinOnly(s[st:e])
}

// particleBeforeCap returns where the capitalised word after a name
// particle at p starts ("bin Mohammed", "de Janeiro"), or 0: a street's or
// a town's name goes on over it.
func particleBeforeCap(s string, p int) int {
	if !particleAt(s, p) {
		return 0
	}
	q := p
	for s[q] != ' ' {
		q++
	}
	q++
	if q < len(s) && (isUpper(s[q]) || s[q] >= 0x80 && capWord(s, q) > q) {
		return q
	}
	return 0
}

// inOpenBracket reports a position inside a bracket opened on its line and
// not closed before it (a tuple, a row's values: "Failing row contains (…,
// …)", "Key (…)=(…)"): the readers of tuples take such cells one by one,
// and a street read by its shape would run over the cells after it.
func inOpenBracket(s string, i int) bool {
	if strings.IndexByte(s[max(0, i-599):i], '(') < 0 {
		return false // no bracket opened within the bytes the loop reads
	}
	for p := i - 1; p >= 0 && i-p < 600; p-- {
		switch s[p] {
		case ')':
			return false
		case '(':
			return true
		case '\n':
			return false
		}
	}
	return false
}
