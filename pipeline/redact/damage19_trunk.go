package redact

import "strings"

// An international number with an empty trunk bracket. Formatters that
// write a number as "+CC (trunk) subscriber" print the bracket empty for
// the countries that dial no trunk prefix (Iceland, Portugal, Estonia,
// Latvia, Peru, Hong Kong…): "+354 () 622 5907", "+51 () 142 270 357".
// The country code led by '+' makes it a phone whatever follows; the empty
// bracket only breaks the digit groups apart.

// mayHoldTrunkGap19 is trunkGapSpans19's cheap test: a '+' and an empty
// bracket between spaces.
func mayHoldTrunkGap19(s string, sig uint32) bool {
	return sig&sigPlus != 0 && sig&sigLParen != 0 && strings.Contains(s, " () ")
}

// trunkGapSpans19 returns the numbers "+CC () groups…" of s: a '+' and one
// to three digits before the bracket (the '+' not glued to a word), digit
// groups of one to five digits joined by single spaces, dashes or dots
// after it, six to fourteen digits in all after the bracket.
func trunkGapSpans19(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		k := strings.Index(s[p:], " () ")
		if k < 0 {
			break
		}
		k += p
		p = k + 4
		b := k
		for b > 0 && k-b < 3 && isDigit(s[b-1]) {
			b--
		}
		if b == k || b == 0 || s[b-1] != '+' || b >= 2 && isWord(s[b-2]) {
			continue
		}
		e, d := k+4, 0
		for g := k + 4; g < len(s) && isDigit(s[g]); {
			h := g
			for h < len(s) && isDigit(s[h]) {
				h++
			}
			if h-g > 5 {
				d = 0
				break
			}
			d += h - g
			e = h
			if h+1 < len(s) && (s[h] == ' ' || s[h] == '-' || s[h] == '.') && isDigit(s[h+1]) {
				g = h + 1
				continue
			}
			break
		}
		if d < 6 || d > 14 || e < len(s) && isWord(s[e]) || overlaps(have, b-1, e) {
			continue
		}
		out = append(out, span{start: b - 1, end: e, kind: KindPhone})
		p = e
	}
	return out
}
