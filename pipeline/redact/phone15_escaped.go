package redact

import "strings"

// A number that opens a line of text held in a JSON string: an e-mail's
// or a chat message's signature ("…\n-- \nJane Roe\n+60 16-576 2514",
// "…\nJane Roe\n050 431 0759\"}"). The break is escaped, "\n", and its "n"
// is a letter glued to the number, so the digit reader refuses it as a
// piece of a word ("n050…"). With a raw line break the same number is read
// at the start of its line; so it is here: the line after an escaped
// break ("\n", "\r", "\t", escaped once or twice) that opens with a digit,
// '+' or '(' is read on its own up to the next escape or quote, and a card
// or a phone that starts it is kept: a phone with its country code, or a
// national one under a line that is a name (a signature). A national
// number alone on its line may be a tracking number or an id whose key
// is on a line above ("name=\"tracking_number\"\r\n\r\n0961…"), which
// reading the line alone would not see.

// escapedLineNumbers merges the phones and cards that open a line after an
// escaped break.
func (sc *scanner) escapedLineNumbers() {
	s := sc.s
	var extra []span
	for off := 0; off < len(s); {
		p := strings.IndexByte(s[off:], '\\')
		if p < 0 {
			break
		}
		p += off
		off = p + 1
		if p+2 >= len(s) || s[p+1] != 'n' && s[p+1] != 'r' && s[p+1] != 't' {
			continue
		}
		q := p + 2
		if !numberOpens(s, q) || sc.covered(q) {
			continue
		}
		intl := s[q] == '+' || s[q] == '(' && s[q+1] == '+'
		if n := leadingDigits(s, q); n < 7 || !intl && n < 13 && !sc.nameLineBefore(p) {
			continue // too short; or a national number alone, perhaps a tracking number or an id under a key above
		}
		e := q + strings.IndexAny(s[q:min(len(s), q+maxValue)], `\"`)
		if e < q {
			e = min(len(s), q+maxValue)
		}
		sub := sc.r.findDepth(s[q:e], sc.off, 3)
		for _, y := range sub.spans {
			if y.start != 0 || y.kind != KindPhone && y.kind != KindCard || y.kind == KindPhone && !intl && !sc.nameLineBefore(p) {
				continue
			}
			extra = append(extra, span{start: q, end: q + y.end, kind: y.kind})
		}
		sub.release()
		off = e
	}
	sc.mergeSpans(extra)
}

// nameLineBefore reports that the line ending at the escaped break at p
// is a name found (a signature: the name, then the number): a name span
// runs from the previous break, or the text's start, to p.
func (sc *scanner) nameLineBefore(p int) bool {
	for _, x := range sc.spans {
		if x.kind != KindName || x.end > p || p-x.end > 2 {
			continue
		}
		st := x.start
		for st > 0 && sc.s[st-1] == ' ' {
			st--
		}
		return st == 0 || st >= 2 && sc.s[st-2] == '\\' && (sc.s[st-1] == 'n' || sc.s[st-1] == 'r') || sc.s[st-1] == '"'
	}
	return false
}

// leadingDigits counts the digits of the number-shaped run at q: digits,
// a '+' and brackets, joined by single separators.
func leadingDigits(s string, q int) int {
	n := 0
	for p := q; p < len(s) && p-q < 32; p++ {
		switch c := s[p]; {
		case isDigit(c):
			n++
		case c == '+' && p == q, c == '(', c == ')':
		case isSep(c) && p+1 < len(s) && (isDigit(s[p+1]) || s[p+1] == '('):
		default:
			return n
		}
	}
	return n
}

// numberOpens reports a digit, or a '+' or '(' before one, at q.
func numberOpens(s string, q int) bool {
	if q >= len(s) {
		return false
	}
	if isDigit(s[q]) {
		return true
	}
	return (s[q] == '+' || s[q] == '(') && q+1 < len(s) && (isDigit(s[q+1]) || s[q+1] == '+')
}

// covered reports a span found over s[q].
func (sc *scanner) covered(q int) bool {
	for _, x := range sc.spans {
		if x.start <= q && q < x.end {
			return true
		}
	}
	return false
}

// mayHoldEscapedLineNumber gates escapedLineNumbers: an escape.
func mayHoldEscapedLineNumber(sig uint32) bool { return sig&sigBackslash != 0 }
