package redact

import "unicode/utf8"

// Numbers written in the digits of a script (Devanagari ९८४४-५९५७२८,
// Bengali, Arabic-Indic ٠١٢٤ ٥٢٣٢ ٥٩٣٧, Extended Arabic-Indic, Khmer…) are
// typed by people, never printed by a system as an id, an amount's minor
// units or a timestamp: a run of 9 to 15 native digits, in one piece or
// grouped by spaces, dashes, dots, slashes or brackets (a '+' before it),
// is a phone number whatever its numbering plan. Amounts keep their
// thousands separators (commas) and stop the run; dates have fewer digits.
// A run in one piece with neither a '+' nor a trunk '0' is read as its ASCII
// digits would be, by its key or label (the compatibility view, fullwidth in
// scan.go): localised templates print an order's or an invoice's number in
// the script's digits too ("رقم الطلب ٥٩١٧…", "注文番号 ۴۵۵…"). Only the
// mobiles of the Indian subcontinent's plans, ten digits from 6 to 9 in an
// Indic script (India's, Nepal's 97/98…), are phones in one piece.

// nativePhoneSpans returns the runs of native digits in s that are phones.
func nativePhoneSpans(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			i++
			continue
		}
		if _, n := nativeDigit(s, i); n == 0 {
			_, w := utf8.DecodeRuneInString(s[i:])
			i += w
			continue
		}
		a, e, d, ascii, seps := i, i, 0, 0, 0
		if a > 0 && s[a-1] == '+' {
			a--
		}
		for p := i; p < len(s); {
			if _, n := nativeDigit(s, p); n > 0 {
				d++
				p += n
				e = p
				continue
			}
			if isDigit(s[p]) {
				ascii++ // mixed with ASCII digits: not a number typed in one script
				p++
				continue
			}
			if (s[p] == ' ' || s[p] == '-' || s[p] == '.' || s[p] == '/' || s[p] == '(' || s[p] == ')') && p+1 < len(s) && s[p+1] >= 0x80 {
				if _, n := nativeDigit(s, p+1); n > 0 || s[p] == ')' || s[p+1] == '(' {
					seps++
					p++
					continue
				}
			}
			break
		}
		first, _ := nativeDigit(s, i)
		if d >= 9 && d <= 15 && ascii == 0 && (seps > 0 || a < i || first == '0' || indicMobile(s, i, d, first)) &&
			!(seps == 0 && a == i && orderLabelBefore32(s, a)) { // an order's number after its label (dm32_orders.go)
			out = append(out, span{start: a, end: e, kind: KindPhone})
		}
		i = max(e, i+1)
	}
	return out
}

// indicMobile reports a run of ten digits of an Indic script (Devanagari to
// Malayalam) starting at s[i] whose first digit is 6 to 9.
func indicMobile(s string, i, digits int, first byte) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return digits == 10 && first >= '6' && r >= 0x0966 && r <= 0x0D6F
}
