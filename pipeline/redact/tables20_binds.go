package redact

import "strings"

// Hibernate's binds logged without their statement ("binding parameter
// [3] as [VARCHAR] - [Avenida Suba # 89-89, Bucaramanga, Santander]") are
// the values of one row; rowTupleSpans takes its name-shaped values when
// the row holds other PII. In such a row, a character value that reads as
// a street address by its parts (a street type and a name with a house
// number, and the town after a comma: cellAddress, cellAddress18) is the
// row's address; a street's shape alone is not enough ("NF-e 482913" is an
// invoice's number).

// bindAddressSpans20 returns the addresses among Hibernate's bound values
// of a row that holds other PII.
func bindAddressSpans20(s string, have []span) []span {
	if !strings.Contains(s, hibernateBind) {
		return nil
	}
	var items []argItem
	for off := 0; len(items) < 64; {
		p := strings.Index(s[off:], hibernateBind)
		if p < 0 {
			break
		}
		p += off + len(hibernateBind)
		off = p
		r := strings.Index(s[p:min(len(s), p+48)], "] - [")
		if r < 0 || !strings.Contains(s[p:p+r], "CHAR") && !strings.Contains(s[p:p+r], "STRING") && !strings.Contains(s[p:p+r], "CLOB") {
			continue // a number's, a date's or a flag's bind
		}
		a := p + r + len("] - [")
		e := strings.IndexByte(s[a:], '\n')
		if e < 0 {
			e = len(s)
		} else {
			e += a
		}
		for e > a && (s[e-1] == '\r' || s[e-1] == ' ') {
			e--
		}
		if e > a && s[e-1] == ']' {
			items = append(items, argItem{a, e - 1})
			off = e
		}
	}
	if len(items) < 2 || !pairHasPII(s, items[0].a, items[len(items)-1].b, have) {
		return nil
	}
	var out []span
	for _, it := range items {
		v := s[it.a:it.b]
		if v == "" || strings.Contains(v, "[REDACTED:") || overlaps(have, it.a, it.b) {
			continue
		}
		if cellAddress(v) || cellAddress18(v) {
			out = append(out, span{start: it.a, end: it.b, kind: KindAddress})
		}
	}
	return out
}
