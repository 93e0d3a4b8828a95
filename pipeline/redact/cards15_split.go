package redact

import "strings"

// Card numbers cut in two by a line break.
//
// A statement printed by pdftotext, a column a terminal or a mail client
// wrapped, or a JSON string holding such text breaks a card's number where
// the line ended: "card 4123 4567\n 8901 2345 holder …", "4123-4567-\n
// 8901-2345", Amex "3782 8224\n63 10005", and in a JSON string the break is
// an escaped "\n" ("\\n" once more when the string is nested). The digit
// reader stops at the break, so each half is too short to be a card.
//
// The halves are joined when both stand alone (no word, id or amount is
// glued to them), the joined digits are a card by issuer prefix, length
// and Luhn, and either a card's word is on one of the two lines or the
// groups, read across the break, are grouped as cards are (4-4-4-4, 4-6-5,
// 4-6-4). Compact halves ("41234567\n89012345") need the word: a column
// of eight-digit ids joins into a valid card one time in twenty-five.
//
// The number is masked as one value, the break inside it: two markers
// would keep the last four digits of each half under the `partial`
// action, eight digits in all.

// maxSplitIndent is how far the second half may be indented (a column
// wrapped under its label).
const maxSplitIndent = 48

// splitCardSpans returns the card numbers of s that a line break cuts.
// have are the spans found so far: a half inside another kind's value
// (an address, a name) is left to it.
func splitCardSpans(s string, sig uint32, have []span) []span {
	var out []span
	try := func(b, e int) int {
		if b == 0 || e >= len(s) || !splitHalfEnds(s[b-1]) || !splitHalfStarts(s, e) {
			return e // one byte test each side: most breaks end here
		}
		if a, z, ok := splitCardAt(s, b, e); ok && !splitOverlapsOther(have, a, z) {
			out = append(out, span{start: a, end: z, kind: KindCard})
			return z
		}
		return e
	}
	if sig&sigNL != 0 {
		for off := 0; off < len(s); {
			p := strings.IndexByte(s[off:], '\n')
			if p < 0 {
				break
			}
			b := off + p
			if b > off && s[b-1] == '\r' {
				b--
			}
			off = try(b, off+p+1)
		}
	}
	if sig&sigBackslash != 0 {
		n := len(out)
		for off := 0; off < len(s); {
			p := strings.Index(s[off:], `\n`)
			if p < 0 {
				break
			}
			b := escapedBreakStart(s, off+p)
			off = try(b, off+p+2)
		}
		if n > 0 && len(out) > n {
			sortByStart(out)
		}
	}
	return out
}

// escapedBreakStart returns where an escaped line break whose "\n" is at
// p begins: more backslashes when the string was escaped twice ("\\n"),
// and an escaped "\r" before it.
func escapedBreakStart(s string, p int) int {
	for k := 0; k < 3 && p > 0 && s[p-1] == '\\'; k++ {
		p--
	}
	if p >= 2 && s[p-1] == 'r' && s[p-2] == '\\' {
		p -= 2
		for k := 0; k < 3 && p > 0 && s[p-1] == '\\'; k++ {
			p--
		}
	}
	return p
}

// splitHalfEnds reports a byte a card's first half may end a line with:
// a digit, the hyphen of a wrapped dashed number, or trailing spaces.
func splitHalfEnds(c byte) bool { return isDigit(c) || c == '-' || c == ' ' || c == '\t' }

// splitHalfStarts reports whether the line after a break at e opens with
// a digit, after its indentation.
func splitHalfStarts(s string, e int) bool {
	p := e
	for p < len(s) && (s[p] == ' ' || s[p] == '\t' || s[p] == '\f') && p-e < maxSplitIndent {
		p++
	}
	return p < len(s) && isDigit(s[p])
}

// splitCardAt reads the halves around the break s[b:e] and returns the
// card's extent.
func splitCardAt(s string, b, e int) (int, int, bool) {
	// the first half, read backwards: trailing spaces, a wrap's hyphen,
	// then digit groups joined by single spaces or hyphens
	p := b
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') && b-p < 8 {
		p--
	}
	hyphen := false
	if p > 0 && s[p-1] == '-' {
		hyphen = true
		p--
	}
	var left [8]int // group lengths, last group first
	nl, ld := 0, 0
	a := p
	for nl < len(left) {
		q := a
		for q > 0 && isDigit(s[q-1]) {
			q--
		}
		if q == a {
			return 0, 0, false
		}
		left[nl] = a - q
		nl++
		ld += a - q
		a = q
		if a >= 2 && (s[a-1] == ' ' || s[a-1] == '-') && isDigit(s[a-2]) {
			a--
			continue
		}
		break
	}
	if ld < 2 || ld > 17 || !splitLeftBoundary(s, a) {
		return 0, 0, false
	}
	// the second half, read forwards after the indentation
	q := e
	for q < len(s) && (s[q] == ' ' || s[q] == '\t' || s[q] == '\f') && q-e < maxSplitIndent {
		q++
	}
	var right [8]int
	var ends [8]int
	nr := 0
	for z := q; nr < len(right); {
		y := z
		for y < len(s) && isDigit(s[y]) {
			y++
		}
		if y == z {
			break
		}
		right[nr], ends[nr] = y-z, y
		nr++
		if y+1 < len(s) && (s[y] == ' ' || s[y] == '-') && isDigit(s[y+1]) {
			z = y + 1
			continue
		}
		break
	}
	// the longest second half that ends cleanly and makes a card
	for k := nr; k > 0; k-- {
		z := ends[k-1]
		if !splitRightBoundary(s, z, k == nr) {
			continue
		}
		rd := 0
		for _, l := range right[:k] {
			rd += l
		}
		if rd < 2 || ld+rd < 14 || ld+rd > 19 {
			continue
		}
		d := splitDigits(s[a:p], s[q:z])
		compact := nl == 1 && k == 1
		if !validCard(d, compact) {
			continue
		}
		if splitGroupsCardShaped(left[:nl], right[:k], hyphen) || cardWordNear(s, a) || cardWordNear(s, q) {
			return a, z, true
		}
	}
	return 0, 0, false
}

// splitLeftBoundary reports whether a card may start at a: not glued to a
// word, an id ("SKU-4123"), a version, an order's "#" or an amount.
func splitLeftBoundary(s string, a int) bool {
	if a == 0 {
		return true
	}
	switch c := s[a-1]; c {
	case ' ', '\t', '\n', ':', '=', '"', '\'', '(', '[', '{', '>', '|', ';':
		return true
	case 'n':
		return a >= 2 && s[a-2] == '\\' // after an escaped line break
	default:
		return c >= 0x80 // a script without spaces: "卡号4123 …"
	}
}

// splitRightBoundary reports whether a card may end at z: not glued to a
// word, nor followed by a decimal part, a date's or a time's next field;
// last tells that the digit reader stopped there by itself.
func splitRightBoundary(s string, z int, last bool) bool {
	if z >= len(s) {
		return true
	}
	c := s[z]
	if !last {
		return c == ' ' // a group dropped from the end: "… 2345 100.00"
	}
	if isWord(c) || c >= 0x80 {
		return false
	}
	if (c == '.' || c == ',' || c == '/' || c == ':' || c == '-') && z+1 < len(s) && isDigit(s[z+1]) {
		return false
	}
	return true
}

// splitDigits joins the digits of the two halves.
func splitDigits(l, r string) []byte {
	d := make([]byte, 0, 19)
	for _, h := range [2]string{l, r} {
		for i := 0; i < len(h); i++ {
			if isDigit(h[i]) {
				d = append(d, h[i])
			}
		}
	}
	return d
}

// splitGroupsCardShaped reports groups that read as a card's across the
// break, the break either between two groups or inside one; left holds
// the first half's groups last first. A hyphen before the break says it
// falls between groups.
func splitGroupsCardShaped(left, right []int, hyphen bool) bool {
	lens := make([]int, 0, len(left)+len(right))
	for i := len(left) - 1; i >= 0; i-- {
		lens = append(lens, left[i])
	}
	lens = append(lens, right...)
	if len(lens) >= 3 && dottedCard(lens) {
		return true // "4123 4567\n8901 2345", "3782 822463\n10005"
	}
	if hyphen {
		return false
	}
	n := len(left)
	joined := append(append(lens[:n-1:n-1], lens[n-1]+lens[n]), lens[n+1:]...)
	return len(joined) >= 3 && dottedCard(joined) // "4123-456\n7-8901-2345"
}

// splitOverlapsOther reports a span of another kind than a phone or a card over
// s[a:z].
func splitOverlapsOther(have []span, a, z int) bool {
	for _, x := range have {
		if x.start < z && a < x.end && x.kind != KindPhone && x.kind != KindCard {
			return true
		}
	}
	return false
}

// mayHoldSplitCard gates splitCardSpans: a line break, raw or escaped.
func mayHoldSplitCard(sig uint32) bool { return sig&(sigNL|sigBackslash) != 0 }
