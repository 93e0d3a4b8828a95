package redact

// A shop writes the card it already masks beside the full number when it
// logs a change or a buyer's correction: `**** **** **** 1234 → 4…`,
// `411111******1234 => 4…`, `XXXX-1234 -> 4…`. A masked copy is no card:
// it keeps the last four (and at most the first six) digits that every
// receipt shows, and so does the text before it. When a card span reaches
// across an arrow (arrows.go), the value on the other side is a card only
// where it holds a card number of its own, and only that number is the card.

// cardAcross narrows the value s[a:b] read across an arrow from a card to
// the card number it holds: a run of 12 to 19 digits, grouped by single
// spaces, dashes or dots, and not joined to a mask (`*`, `•`, `X`, `#`).
// afterArrow says the value follows the arrow, so the number nearest the
// arrow is its first one; before the arrow, its last one.
func cardAcross(s string, a, b int, afterArrow bool) (int, int, bool) {
	best, bestEnd := -1, -1
	i := a
	for i < b {
		if !isASCIIDigit(s[i]) {
			i++
			continue
		}
		st, e, n := i, i, 0
		for e < b {
			if isASCIIDigit(s[e]) {
				n++
				e++
				continue
			}
			if (s[e] == ' ' || s[e] == '-' || s[e] == '.') && e+1 < b && isASCIIDigit(s[e+1]) {
				e++
				continue
			}
			break
		}
		i = e
		if n < 12 || n > 19 || !cardGroups(s[st:e]) || cardMaskNear(s, a, b, st, e) {
			continue
		}
		if st > a && isWordByte(s[st-1]) || e < b && isWordByte(s[e]) {
			continue
		}
		if afterArrow && hasDigitByte(s[a:st]) || !afterArrow && hasDigitByte(s[e:b]) {
			continue // the card is the number nearest the arrow, not one further off ("[1764…] card XXXX-5915 → …")
		}
		best, bestEnd = st, e
		if afterArrow {
			break
		}
	}
	if best < 0 {
		return 0, 0, false
	}
	return best, bestEnd, true
}

// cardMaskNear tells whether the digit run s[st:e] (within s[a:b]) is
// joined to a mask: a masked card's digits are part of no card number.
func cardMaskNear(s string, a, b, st, e int) bool {
	isMask := func(c byte) bool { return c == '*' || c == 'X' || c == 'x' || c == '#' }
	if st > a && isMask(s[st-1]) || st-1 > a && s[st-1] == '-' && isMask(s[st-2]) {
		return true
	}
	if e < b && isMask(s[e]) || e+1 < b && s[e] == '-' && isMask(s[e+1]) {
		return true
	}
	// U+2022 BULLET, the other mask shops print.
	const bullet = "\u2022"
	if st-len(bullet) >= a && s[st-len(bullet):st] == bullet || e+len(bullet) <= b && s[e:e+len(bullet)] == bullet {
		return true
	}
	return false
}

// cardGroups tells whether a digit run is grouped as cards are written:
// compact, or in groups of 4 to 6 digits after a first group of 4 (4-4-4-4,
// 4-6-5, 4-4-4-4-3). Order numbers grouped 3-7-7 are no card.
func cardGroups(v string) bool {
	g, first := 0, true
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isASCIIDigit(v[i]) {
			g++
			continue
		}
		if g == len(v) {
			return true
		}
		if first && g != 4 || !first && (g < 2 || g > 6) {
			return false
		}
		first, g = false, 0
	}
	return true
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// isWordByte: an ASCII letter, digit or underscore joined to a number
// makes it part of a word or an id. Scripts written without spaces join
// their words to numbers, so other letters do not.
func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}
