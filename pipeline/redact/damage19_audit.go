package redact

import "strings"

// A phone change in an audit trail written as one line of keys. Admin
// tools log a change to a contact field with a member that names the field
// and members that hold its values before and after, in whatever syntax
// the line is written:
//
//	field=phone before="+995 () 538 41 14 99" after=707872175        logfmt
//	[audit@32473 field="phone" before="5954 1438" after="50923452"]    syslog structured data
//	X-Field: phone\nX-Before: 55075905\nX-After: 517.017.21            HTTP headers
//	PhoneChange(field='phone', before='224466416', after='…')         printed objects
//
// The values are the buyer's numbers whatever their shape (national
// digits in one piece, groups split by dots), since the naming member says
// what they are; the structured form of the same record is read by
// auditFields (audit_trail.go). A value is taken when it is made of digits
// and a phone number's separators only, with 6 to 15 digits.

// mayHoldAuditPhone19 is auditPhoneSpans19's cheap test: a "field" member
// and a key-value separator.
func mayHoldAuditPhone19(s string, sig uint32, tp *textPairs) bool {
	return sig&(sigEq|sigColon) != 0 && len(s) >= 24 && (tp.contains("field") || tp.contains("Field"))
}

// auditPhoneSpans19 returns the values before and after a change of a phone
// field (see above); have are the spans found so far.
func auditPhoneSpans19(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		k := strings.Index(s[p:], "ield")
		if k < 0 {
			break
		}
		k += p
		p = k + 4
		if k == 0 || s[k-1]|0x20 != 'f' || k >= 2 && isAlnum(s[k-2]) {
			continue // "field" as a word of its own, or "X-Field"
		}
		vs, ve := auditMemberValue19(s, k+4)
		if vs < 0 || ve-vs > 40 {
			continue
		}
		var buf [48]byte
		if keyClass(normKey(buf[:0], s[vs:ve])) != keyPhone {
			continue
		}
		end := min(len(s), ve+320)
		if n := strings.Index(s[ve:end], "ield"); n >= 0 {
			end = ve + n // the next change's naming member
		}
		out = auditPhoneValues19(s, ve, end, have, out)
		p = ve
	}
	return out
}

// auditMemberValue19 reads a member's value after its key ending at e: up
// to three quotes or backslashes, a '=' or ':' (one space around it
// allowed), the same quoting, then a field's name of letters, digits, '_',
// '.', '-' and '/'. It returns -1, -1 when there is none.
func auditMemberValue19(s string, e int) (int, int) {
	i := e
	for q := 0; i < len(s) && q < 3 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\'); q++ {
		i++
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != '=' && s[i] != ':' {
		return -1, -1
	}
	i++
	for q := 0; i < len(s) && q < 4 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\' || s[i] == ' '); q++ {
		i++
	}
	j := i
	for j < len(s) && (isAlnum(s[j]) || s[j] == '_' || s[j] == '.' || s[j] == '-' || s[j] == '/') {
		j++
	}
	if j == i {
		return -1, -1
	}
	return i, j
}

// auditPhoneValues19 appends the phone values of the before and after
// members between a and e.
func auditPhoneValues19(s string, a, e int, have, out []span) []span {
	for p := a; p < e; {
		i := p
		for i < e && !isAlpha(s[i]) {
			i++
		}
		j := i
		for j < e && (isAlpha(s[j]) || s[j] == '_') {
			j++
		}
		if j == i {
			break
		}
		p = j
		if i > 0 && (isDigit(s[i-1]) || s[i-1] == '_') || j-i > 16 {
			continue
		}
		if !inLower(auditValueKeys, s[i:j]) {
			continue
		}
		vs, ve := auditPhoneValue19(s, j, e)
		if vs < 0 || isMarkerAt(s, vs) || overlaps(have, vs, ve) {
			continue
		}
		out = append(out, span{start: vs, end: ve, kind: KindPhone})
		p = ve
	}
	return out
}

// auditPhoneValue19 reads a phone number as a member's value after its key
// ending at k: the separator as auditMemberValue19 reads it, then digits,
// spaces, '+', '(', ')', '.', '-' and '/' up to the value's end, with 6 to
// 15 digits and a digit at its end.
func auditPhoneValue19(s string, k, e int) (int, int) {
	i := k
	for q := 0; i < e && q < 3 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\'); q++ {
		i++
	}
	if i < e && s[i] == ' ' {
		i++
	}
	if i >= e || s[i] != '=' && s[i] != ':' {
		return -1, -1
	}
	i++
	for q := 0; i < e && q < 4 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\' || s[i] == ' '); q++ {
		i++
	}
	j, d := i, 0
	for j < e && (isDigit(s[j]) || strings.IndexByte(" +().-/", s[j]) >= 0) {
		if isDigit(s[j]) {
			d++
		}
		j++
	}
	for j > i && !isDigit(s[j-1]) {
		j--
	}
	if d < 6 || d > 15 || j < e && (isAlpha(s[j]) || s[j] == '_') {
		return -1, -1
	}
	return i, j
}
