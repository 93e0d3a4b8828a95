package redact

import "strings"

// A phone after its owner's name is written in brackets as often as after
// a space or a column: "atas nama Siti Rahma (6281234567890)", "para Ana
// Souza (5511987654321)". neighbourPhoneAfter22 reads the number inside
// the brackets by the same shapes as one after a space: a '+', a country
// code with a mobile prefix and the plan's length, a trunk '0'; a bare
// national number in brackets stays (a customer's id is bracketed after
// the name as often).

// bracketed28 reports a run that is one bracketed group: "(…)" with no
// other bracket inside.
func bracketed28(v string) bool {
	return len(v) > 2 && v[0] == '(' && v[len(v)-1] == ')' && strings.IndexAny(v[1:len(v)-1], "()") < 0
}

// bracketIntl28 reports a mobile with its country code and no '+' by the
// plans, in one piece, whatever its check digit: in brackets after a name
// an EAN-13 is no likelier than the phone whose digits happen to pass
// one's check. A card's Luhn number stays out.
func bracketIntl28(v string) bool {
	if len(v) < 10 || len(v) > 13 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	d := []byte(v)
	if len(d) == 13 && luhn(d) {
		return false
	}
	return intlStrict23(d) || intlMobile(d) || intlMobileGrouped(d) || intlMobile22(d) || intlMobile28(d)
}

// intlMobile28 reports the mobiles of Brazil (55, a two-digit area code,
// 9 and eight digits: thirteen in all) and Colombia (57, 3 and nine
// digits) written with the country code and no '+'.
func intlMobile28(d []byte) bool {
	n := len(d)
	switch {
	case n == 13 && d[0] == '5' && d[1] == '5':
		return d[2] >= '1' && d[3] >= '1' && d[4] == '9'
	case n == 12 && d[0] == '5' && d[1] == '7':
		return d[2] == '3'
	}
	return false
}
