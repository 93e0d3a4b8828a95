package redact

import "strings"

// A quoted name among unquoted arguments. A stack trace or a debugger
// prints a call's arguments as they are: numbers and markers bare,
// strings quoted (`charge(…) [args: 4111…, "Maaike Dijkstra", € 1581.28]`,
// `refund(card=…, 'Burak Karaca', 302.88)`). A quoted item between the
// commas of such a bracket is an argument; it is a name when shaped like
// one (argName) and the bracket holds other PII of the call (a span of
// this pass or an earlier pass's marker). All-quoted lists are read by
// argNameSpans.

// mayHoldMixedArgs is the cheap test before mixedArgSpans.
func mayHoldMixedArgs(s string, tp *textPairs) bool {
	return tp.contains(`, "`) || tp.contains(`, '`)
}

// mixedArgSpans returns the name-shaped quoted arguments of brackets in s
// that hold other PII.
func mixedArgSpans(s string, have []span) []span {
	if sqlStatement(s) {
		return nil // an INSERT's values are read by their columns (sql.go)
	}
	var out []span
	for p := 0; p < len(s); {
		c := strings.Index(s[p:], ", ")
		if c < 0 {
			break
		}
		q := p + c + 2
		p = q
		if q >= len(s) || s[q] != '"' && s[q] != '\'' {
			continue
		}
		e := strings.IndexByte(s[q+1:min(len(s), q+82)], s[q])
		if e <= 0 {
			continue
		}
		b := q + 1 + e
		if b+1 >= len(s) || s[b+1] != ',' && s[b+1] != ']' && s[b+1] != ')' {
			continue
		}
		lo, hi, ok := argBracket(s, q, b+1)
		if !ok || !(overlapsAny(have, lo, hi) || hasMarker(s[lo:hi])) {
			continue
		}
		if v := s[q+1 : b]; argName(v) && !overlapsAny(have, q+1, b) {
			out = append(out, span{start: q + 1, end: b, kind: KindName})
		}
		p = b + 1
	}
	return out
}

// argBracket returns the extent of the bracket around the item from a to
// b: the nearest '[' or '(' before a and ']' or ')' from b, on one line,
// 240 bytes at most either way.
func argBracket(s string, a, b int) (int, int, bool) {
	lo := a - 1
	for lo >= 0 && a-lo < 240 && (s[lo] != '[' && s[lo] != '(' || isMarkerAt(s, lo)) && s[lo] != '\n' {
		lo-- // (a marker's bracket is an item's, not the call's)
	}
	if lo < 0 || a-lo >= 240 || s[lo] == '\n' {
		return 0, 0, false
	}
	hi := b
	for hi < len(s) && hi-b < 240 && s[hi] != ']' && s[hi] != ')' && s[hi] != '\n' {
		hi++
	}
	if hi >= len(s) || hi-b >= 240 || s[hi] == '\n' {
		return 0, 0, false
	}
	return lo, hi + 1, true
}
