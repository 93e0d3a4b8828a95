package redact

import "strings"

// signedInteger26 reports a group that is one run of 13 to 19 digits
// written with a minus sign: a signed 64-bit integer (a query's
// fingerprint, "queryid: -4217361852809583738"; a hash code), which no card
// or phone number is written with. The sign counts only where a value
// starts: at the text's start or after a space, a quote, '=', ':', '(',
// '[' or ','; "ref-4111…" is an id's part and keeps its reading.
func signedInteger26(s string, ch []chunk) bool {
	if len(ch) != 1 {
		return false
	}
	st, n := ch[0].start, ch[0].end-ch[0].start
	if n < 13 || n > 19 || st < 1 || s[st-1] != '-' || ch[0].end < len(s) && (s[ch[0].end] == '-' || isAlnum(s[ch[0].end])) {
		return false
	}
	if st == 1 {
		return true
	}
	return strings.IndexByte(" \t\"'=:([,", s[st-2]) >= 0
}

// latLong26 reports a value that is a latitude and a longitude: two
// decimals of four to eight places, in range, split by a comma (and a
// space). An address always has words; a key such as "location" or
// "coords" may hold a point instead.
func latLong26(v string) bool {
	v = strings.TrimSpace(v)
	c := strings.IndexByte(v, ',')
	if c < 0 || len(v) > 40 {
		return false
	}
	return degrees26(v[:c], 90) && degrees26(strings.TrimPrefix(v[c+1:], " "), 180)
}

// degrees26 reports a signed decimal of four to eight places whose whole
// part is at most max.
func degrees26(d string, max int) bool {
	d = strings.TrimPrefix(d, "-")
	dot := strings.IndexByte(d, '.')
	if dot < 1 || dot > 3 || len(d)-dot-1 < 4 || len(d)-dot-1 > 8 {
		return false
	}
	whole := 0
	for i := 0; i < len(d); i++ {
		if i == dot {
			continue
		}
		if !isDigit(d[i]) {
			return false
		}
		if i < dot {
			whole = whole*10 + int(d[i]-'0')
		}
	}
	return whole <= max
}
