package redact

// A Thai lane is numbered more often than named, and the number is glued
// to the word ("10 ซอย7 ถ.งามวงศ์วาน หาดใหญ่ 90638", "ซอย 12/1"): the
// street that starts at the house number runs over it, so the road, the
// district and the postcode after it are read with the rest.

// soiNumber26 returns the end of the street word that ends at we, over a
// number glued to it ("ซอย7", "ซอย12/1").
func soiNumber26(s string, we int) int {
	e := we
	for e < len(s) && e-we < 8 && (isDigit(s[e]) || s[e] == '/' && e > we && e+1 < len(s) && isDigit(s[e+1])) {
		e++
	}
	if e < len(s) && isAlpha(s[e]) {
		return we // "ซอย7a…": not a lane's number
	}
	return e
}
