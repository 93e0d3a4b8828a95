package redact

// An address of South Asia opens with its house's or flat's number behind
// "No." ("House No. 418, Fake Road, …", "Flat No. 12B, Sector 5, …"):
// the word, "No." (or "No:", "#"), the number, then a comma and a
// capitalised part. The address runs from the word over its parts as any
// other (streetRun). The word and a number alone ("House No. 5 in the
// series") stay.

// houseNoWordsAd30 are the heads, lower case.
var houseNoWordsAd30 = setOf("house", "hse", "flat", "plot")

// houseNoAd30 is called at a capitalised word s[i:j] that streetBefore
// knows; it returns the end of the number when "No." and a number follow
// and a comma and a capitalised part come after it, or 0.
func houseNoAd30(s string, i, j int, w string) int {
	if !houseNoWordsAd30[w] || j+5 >= len(s) || s[j] != ' ' {
		return 0
	}
	p := j + 1
	switch {
	case s[p] == 'N' && s[p+1] == 'o' && (s[p+2] == '.' || s[p+2] == ':'):
		p += 3
	case s[p] == '#':
		p++
	default:
		return 0
	}
	if p < len(s) && s[p] == ' ' {
		p++
	}
	e := houseNumber(s, p)
	if e == 0 || e+2 >= len(s) || s[e] != ',' || s[e+1] != ' ' || !(isUpper(s[e+2]) || isDigit(s[e+2]) || s[e+2] >= 0x80) {
		return 0
	}
	return e
}
