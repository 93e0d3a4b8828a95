package redact

import "strings"

// A quoted-printable soft line break inside an id. An encoder breaks its
// lines wherever the 76th byte falls, inside an order number as well
// ("AmazonOrderId 124-547=\r\n6207-3745030"). Read as written, the digits
// after the break look like a phone of their own; read decoded, they are
// the end of one id. A phone the raw text holds inside such a token is
// dropped unless the decoded body found a phone there too.

// qpSplitIDs18 returns the tokens of digits, letters, '-' and '.' that a
// soft line break of s[a:e] (cuts: qpCuts18) splits, with a digit on one side of the break
// at least, where the decoded spans (extra, mapped onto s) hold no phone.
func qpSplitIDs18(s string, a, e int, cuts []qpCut18, extra []span) []idRange {
	var ids []idRange
	tokByte := func(c byte) bool { return isAlnum(c) || c == '-' || c == '.' }
	for _, c := range cuts {
		p, q := c.p, c.q
		if p == a || q >= e || !tokByte(s[p-1]) || !tokByte(s[q]) || !isDigit(s[p-1]) && !isDigit(s[q]) {
			continue
		}
		st := p
		for st > a && tokByte(s[st-1]) {
			st--
		}
		en := q
		for en < e && tokByte(s[en]) {
			en++
		}
		phone := false
		for _, x := range extra {
			if x.kind == KindPhone && x.start < en && x.end > st {
				phone = true
			}
		}
		if !phone {
			ids = append(ids, idRange{a: st, b: en})
		}
	}
	return ids
}

// qpCut18 is a soft line break at [p, q) ('=' to the line's start).
type qpCut18 struct{ p, q int }

// qpCuts18 returns the soft line breaks of s[a:e].
func qpCuts18(s string, a, e int) []qpCut18 {
	var out []qpCut18
	for p := a; p < e; p++ {
		if s[p] != '=' {
			continue
		}
		q := p + 1
		if q < e && s[q] == '\r' {
			q++
		}
		if q >= e || s[q] != '\n' {
			continue
		}
		out = append(out, qpCut18{p, q + 1})
	}
	return out
}

// dropCutValues18 drops the names and addresses that the text as written
// ends at a soft line break, its last words cut ("contact: Blue Harbor
// =\r\nCustoms Brokers", "ship to Da Vinci Logisti=\r\ncs Park"), where
// the decoded body (extra, mapped onto the text) found nothing: read whole,
// the value was no PII.
func (sc *scanner) dropCutValues18(cuts []qpCut18, extra []span) {
	if len(cuts) == 0 {
		return
	}
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		if (x.kind == KindName || x.kind == KindAddress && (countDigits(s[x.start:x.end]) == 0 || !hasLetter18(s[x.start:x.end]))) &&
			!overlaps(extra, x.start, x.end) { // (an address with a number and words is a street: it stays)
			for _, c := range cuts {
				if x.end <= c.p && x.end >= c.p-24 && x.start < c.p && wordsOnly18(s[x.end:c.p]) &&
					(strings.TrimSpace(s[x.end:c.p]) != "" || c.q < len(s) && (isUpper(s[c.q]) || x.end == c.p && !strings.HasSuffix(s[:c.p], " ") && (isAlnum(s[c.q]) || s[c.q] == '.'))) {
					drop = true // cut inside its words or a token ("remote addr: 10=\r\n.229…"), or before more capitalised ones
				}
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// wordsOnly18 reports text of ASCII letters, digits and spaces, with '.'
// and '-' only inside a token: the rest of a value's words up to a soft
// line break, no separator before the next field.
func wordsOnly18(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; {
		case isAlnum(c) || c == ' ':
		case c == '.' || c == '-':
			if i > 0 && t[i-1] == ' ' || i+1 < len(t) && t[i+1] == ' ' {
				return false // "… Zaragoza - order re=", "… Ave. tracking =": a separator, the next field
			}
		default:
			return false
		}
	}
	return true
}

// hasLetter18 reports an ASCII letter in t, or a byte beyond ASCII.
func hasLetter18(t string) bool {
	for i := 0; i < len(t); i++ {
		if isAlpha(t[i]) || t[i] >= 0x80 {
			return true
		}
	}
	return false
}
