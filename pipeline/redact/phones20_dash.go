package redact

import "strings"

// An area code set apart by a spaced dash. German, Austrian and Swiss
// numbers are often written with a dash between the area code (after the
// trunk 0) and the subscriber's number, spaces around it: "030 - 735 354
// 43", "0221 - 12 34 56", "089 - 1234567". The number reader joins digit
// groups by single separators only, so it reads "030" alone and leaves the
// rest. The shape is the rule, in any context: a trunk 0 and one to four
// more digits (not the international prefix 00), " - ", then the
// subscriber's number in one to four groups joined by single spaces, nine
// to twelve digits in all, standing as a word of its own. Page and number
// ranges ("010 - 020"), dates and times are shorter or have no trunk.
//
// A German mobile's prefix is set apart by a dash too, the rest in two
// groups of four: "0176-5080 8356". Four digits in three groups are
// otherwise read as a tracking number (number.go); a dash then a space,
// after a trunk 0 and a mobile's 1, are a mobile's.

// mayHoldDashArea20 is dashAreaSpans20's cheap test.
func mayHoldDashArea20(s string, tp *textPairs) bool {
	return len(s) >= 14 && tp.containsAt(" - ", 1)
}

// dashAreaSpans20 returns the numbers of s written "0AA - NNN NNN NN".
func dashAreaSpans20(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		k := strings.Index(s[p:], " - ")
		if k < 0 {
			break
		}
		k += p
		p = k + 3
		a := k
		for a > 0 && k-a <= 5 && isDigit(s[a-1]) {
			a--
		}
		if k-a < 2 || k-a > 5 || s[a] != '0' || s[a+1] == '0' || a > 0 && (isWord(s[a-1]) || s[a-1] == '-' || s[a-1] == '.' || s[a-1] == '/' || s[a-1] == '+') {
			continue
		}
		d, groups, e := k-a, 0, k+3
		for g := k + 3; g < len(s) && isDigit(s[g]); {
			h := g
			for h < len(s) && isDigit(s[h]) {
				h++
			}
			if h-g > 8 || groups == 4 {
				d = 0
				break
			}
			d += h - g
			groups++
			e = h
			if h+1 < len(s) && s[h] == ' ' && isDigit(s[h+1]) {
				g = h + 1
				continue
			}
			break
		}
		if groups == 0 || d < 9 || d > 12 || e < len(s) && (isWord(s[e]) || s[e] == '-' || s[e] == '/' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
			continue
		}
		if overlapsAny(have, a, e) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindPhone})
		p = e
	}
	return out
}
