package redact

import "strings"

// A phone change in a Windows event's data. Admin tools that log to the
// Windows event log write the change of a contact field as named data
// items: one names the field, others hold its values before and after
// (auditPhoneSpans19 reads the same record as keys and values):
//
//	<Data Name="Field">phone</Data><Data Name="Before">0114.959.88.08</Data>
//	<Data Name="After">+51 () 221 931 103</Data>
//
// When the field's name is a phone key, the values of the items named for
// a change's sides (before, after, old, new, previous, current, and their
// "…Value" forms) are the buyer's numbers, whatever their shape: digits
// and a phone's separators with 6 to 15 digits.

// mayHoldWinAudit20 is winAuditPhoneSpans20's cheap test.
func mayHoldWinAudit20(s string) bool {
	return strings.Contains(s, "Field") && strings.Contains(s, "<Data")
}

// winAuditPhoneSpans20 returns the values before and after a phone field's
// change in the event data of s.
func winAuditPhoneSpans20(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "Field")
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		vs, ve, ok := winDataValue20(s, i-1, i+5)
		if !ok || ve-vs > 40 {
			continue
		}
		var buf [48]byte
		if keyClass(normKey(buf[:0], s[vs:ve])) != keyPhone {
			continue
		}
		end := len(s)
		if n := strings.Index(s[ve:], "</EventData>"); n >= 0 {
			end = ve + n
		}
		for p := ve; p < end; {
			j := strings.Index(s[p:end], "Name=")
			if j < 0 {
				break
			}
			j += p
			p = j + 5
			q := j + 5
			for q < end && (s[q] == '"' || s[q] == '\'' || s[q] == '\\') {
				q++
			}
			ns := q
			for q < end && isAlpha(s[q]) {
				q++
			}
			if !changeSide20(s[ns:q]) {
				continue
			}
			a, b, ok := winDataValue20(s, ns-1, q)
			if !ok || isMarkerAt(s, a) || !phoneChars20(s[a:b], 6, 15) {
				continue
			}
			out = append(out, span{start: a, end: b, kind: KindPhone})
			p = b
		}
		off = end
	}
	return out
}

// winDataValue20 reads the value of a Data item whose name ends at e (the
// name's quote, escaped or not, follows): the text up to "</Data>".
func winDataValue20(s string, b, e int) (int, int, bool) {
	if b < 0 || s[b] != '"' && s[b] != '\'' {
		return 0, 0, false
	}
	k := e
	for k < len(s) && k-e < 3 && (s[k] == '"' || s[k] == '\'' || s[k] == '\\') {
		k++
	}
	if k >= len(s) || s[k] != '>' {
		return 0, 0, false
	}
	a := k + 1
	n := strings.Index(s[a:min(len(s), a+64)], "</Data>")
	if n <= 0 {
		return 0, 0, false
	}
	return a, a + n, true
}

// changeSide20 reports a data item's name for a side of a change.
func changeSide20(n string) bool {
	switch strings.ToLower(n) {
	case "before", "after", "old", "new", "oldvalue", "newvalue", "previous", "current", "previousvalue", "currentvalue":
		return true
	}
	return false
}
