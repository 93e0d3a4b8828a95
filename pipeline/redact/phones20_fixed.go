package redact

import "strings"

// Phones in fixed-width rows. An ERP's or a marketplace's report written
// as columns padded with spaces (order, buyer, e-mail, phone, amount,
// date) names no column in the row; names_fixedwidth.go reads the name
// cells of a row that holds other PII of the record. The phone cell of
// such a row is read by its shape as a label's is (labelPhone20): the
// digits as the buyer typed them, in groups or dotted, with 7 to 15
// digits, or 9 to 11 in one piece (eight digits alone are as often a
// customer's or an account's number); never the row's first cell (the
// record's key), a date, an amount in dotted thousands or an IPv4
// address. A number that fills its column runs into the next one
// ("+54 (0) 11 5256-4742R$ 2150,20"): a number led by '+' is read up to
// the letter or symbol that begins the next column.

// fixedWidthPhoneSpans20 returns the phone cells of the fixed-width rows of
// s that hold other PII (a span of have or a marker).
func fixedWidthPhoneSpans20(s string, have []span) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls) // a raw or an escaped line break (otp14_turns.go)
		out = fixedWidthPhoneRow20(s, ls, le, have, out)
		ls = next
	}
	return out
}

// fixedWidthPhoneRow20 appends the phone cells of the row s[ls:le].
func fixedWidthPhoneRow20(s string, ls, le int, have, out []span) []span {
	var cb [12]wideSpan
	cells := wideCells(s, ls, le, cb[:0]) // names_fixedwidth.go
	if len(cells) < 3 || firstPIICell(s, cells, have) < 0 {
		return out
	}
	for _, c := range cells[1:] {
		if overlapsAny(have, c.a, c.b) {
			continue
		}
		v := s[c.a:c.b]
		switch {
		case fixedPhoneCell20(v):
			out = append(out, span{start: c.a, end: c.b, kind: KindPhone})
		case v[0] == '+':
			if e := overflowPhone20(v); e > 0 {
				out = append(out, span{start: c.a, end: c.a + e, kind: KindPhone})
			}
		}
	}
	return out
}

// rowPhone20 reports a cell of a header-less row (rows.go) shaped as a
// phone in groups that phoneShaped leaves: 7 or 8 digits in groups
// ("23 538 258", "5742 3171"), dotted groups ("605.747.69").
func rowPhone20(v string) bool {
	return len(v) >= 7 && strings.IndexAny(v, " .-") > 0 && fixedPhoneCell20(v)
}

// fixedPhoneCell20 reports a cell shaped as a phone (see above).
func fixedPhoneCell20(v string) bool {
	if v != "" && v[0] == '+' {
		return phoneChars20(v, 8, 15) // written as a phone: "+819046799182"
	}
	if !labelPhone20(v) {
		return false
	}
	groups, first, rest3, dots := 0, 0, true, 0
	in := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			if !in {
				groups++
				in = true
				if groups > 1 {
					k := i
					for k < len(v) && isDigit(v[k]) {
						k++
					}
					rest3 = rest3 && k-i == 3
				}
			}
			if groups == 1 {
				first++
			}
		default:
			in = false
			if c == '.' {
				dots++
			}
		}
	}
	if groups == 1 {
		return first >= 9
	}
	return !(dots == groups-1 && first <= 3 && rest3) // 12.345.678: an amount's thousands
}

// overflowPhone20 returns the end of a number led by '+' at the start of v
// that runs into the next column's text (a letter, a currency sign), or 0.
func overflowPhone20(v string) int {
	e := 1
	for e < len(v) && (isDigit(v[e]) || v[e] == ' ' || v[e] == '-' || v[e] == '.' || v[e] == '(' || v[e] == ')') {
		e++
	}
	for e > 1 && !isDigit(v[e-1]) {
		e--
	}
	if e >= len(v) || isDigit(v[e]) || !(isAlpha(v[e]) || v[e] >= 0x80 || v[e] == '$') {
		return 0
	}
	if !phoneChars20(v[:e], 8, 15) {
		return 0
	}
	return e
}
