package redact

import "strings"

// Codes and secrets in an HTML table's value cell. A shop's or a bank's
// mail lays its fields out as a two-column table, the label in one cell
// and the value in the next:
//
//	<tr><td>Code</td><td>48213907</td></tr>
//	<tr><th>验证码</th><td>5521</td></tr>
//	<tr><td>api_key=</td><td>…</td></tr>
//	<tr><td>Authorization: [REDACTED:credential]</td><td>…</td></tr>
//
// The rendered view (html18_view.go) reads such a row as "Code: 48213907",
// but a bare "code" there is read only in a person's message. In a table
// the label cell holds the label and nothing else, which is evidence
// enough: codeCellSpans19 reads a value cell of 4 to 8 digits as a code
// when the cell before it in the row is a word for "code" (codeLabels18),
// names a secret code (PIN, OTP, passcode) or is a verification phrase (an
// OTP stem and a word for "code": "Verification code", "mã xác nhận"); and
// a value cell of one token of 8 or more characters as a secret when the
// cell before it is a credential key or holds a credential already
// redacted. Labels of other codes ("Postal code", "Discount code", "Error
// code", "Pincode") are none of these and their cells stay.

// mayHoldCodeCell19 is codeCellSpans19's cheap test: a table cell.
func mayHoldCodeCell19(s string, sig uint32) bool {
	return sig&sigLT != 0 && (strings.Contains(s, "<td") || strings.Contains(s, "<th") ||
		strings.Contains(s, "<TD") || strings.Contains(s, "<TH"))
}

// codeCellSpans19 returns the codes and secrets of s's value cells (see
// above); have are the spans found so far.
func codeCellSpans19(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		cs, ce, next := htmlCell19(s, p)
		if cs < 0 {
			break
		}
		p = next
		ls, le, ok := cellText19(s, cs, ce)
		if !ok || le-ls > 64 {
			continue
		}
		code, secret := cellLabel19(s[ls:le])
		if !code && !secret {
			continue
		}
		vs, ve, vnext := htmlCell19(s, next)
		if vs < 0 || !onlySpace19(s[next:cellOpen19(s, next, vs)]) {
			continue
		}
		a, b, ok := cellText19(s, vs, ve)
		if !ok || isMarkerAt(s, a) || overlaps(have, a, b) {
			continue
		}
		v := s[a:b]
		switch {
		case code && len(v) >= 4 && len(v) <= 8 && countDigits(v) == len(v):
		case secret && len(v) >= 8 && len(v) <= 512 && !strings.ContainsAny(v, " \t\n<>") && !strings.HasPrefix(v, "arn:"):
		default:
			continue
		}
		out = append(out, span{start: a, end: b, kind: KindCredential})
		p = vnext
	}
	return out
}

// htmlCell19 finds the next <td> or <th> cell at or after p: its content
// cs..ce and where the search goes on; cs is -1 when there is none.
func htmlCell19(s string, p int) (cs, ce, next int) {
	for p < len(s) {
		i := strings.IndexByte(s[p:], '<')
		if i < 0 {
			return -1, -1, len(s)
		}
		i += p
		p = i + 1
		if i+3 >= len(s) || s[i+1]|0x20 != 't' || s[i+2]|0x20 != 'd' && s[i+2]|0x20 != 'h' || s[i+3] != '>' && s[i+3] != ' ' {
			continue
		}
		gt := strings.IndexByte(s[i:min(len(s), i+256)], '>')
		if gt < 0 {
			continue
		}
		cs = i + gt + 1
		ce = cellClose19(s, cs)
		if ce < 0 {
			return -1, -1, len(s)
		}
		next = ce
		if c := strings.IndexByte(s[ce:], '>'); c >= 0 {
			next = ce + c + 1
		}
		return cs, ce, next
	}
	return -1, -1, len(s)
}

// cellClose19 returns where the cell whose content starts at cs ends: its
// closing tag, or the next cell or row that opens; -1 when neither comes
// within 1 KiB.
func cellClose19(s string, cs int) int {
	lim := min(len(s), cs+1024)
	for q := cs; q < lim; {
		i := strings.IndexByte(s[q:lim], '<')
		if i < 0 {
			return -1
		}
		i += q
		q = i + 1
		r := i + 1
		if r < len(s) && s[r] == '/' {
			r++
		}
		if r+1 < len(s) && s[r]|0x20 == 't' && (s[r+1]|0x20 == 'd' || s[r+1]|0x20 == 'h' || s[r+1]|0x20 == 'r') &&
			(r+2 >= len(s) || s[r+2] == '>' || s[r+2] == ' ') {
			return i
		}
		if strings.HasPrefix(s[r:], "table") || strings.HasPrefix(s[r:], "TABLE") {
			return i
		}
	}
	return -1
}

// cellOpen19 returns where the tag of the cell whose content starts at cs
// opens, searching from p.
func cellOpen19(s string, p, cs int) int {
	if i := strings.LastIndexByte(s[p:cs], '<'); i >= 0 {
		return p + i
	}
	return cs
}

// onlySpace19 reports whether t holds nothing but white space and the
// closing tags of cells: the next cell of the same row.
func onlySpace19(t string) bool {
	for i := 0; i < len(t); i++ {
		switch c := t[i]; c {
		case ' ', '\t', '\n', '\r':
		case '<':
			if !strings.HasPrefix(t[i:], "</td>") && !strings.HasPrefix(t[i:], "</th>") &&
				!strings.HasPrefix(t[i:], "</TD>") && !strings.HasPrefix(t[i:], "</TH>") {
				return false
			}
			i += 4
		case '\\':
			if i+1 < len(t) && (t[i+1] == 'n' || t[i+1] == 't' || t[i+1] == 'r') {
				i++
				continue
			}
			return false
		default:
			return false
		}
	}
	return true
}

// cellText19 returns the one text node of the cell content cs..ce (inline
// tags around it skipped), trimmed; ok is false when the cell holds no
// text or more than one piece of it.
func cellText19(s string, cs, ce int) (a, b int, ok bool) {
	a = -1
	for p := cs; p < ce; {
		if s[p] == '<' {
			e := strings.IndexByte(s[p:ce], '>')
			if e < 0 {
				return 0, 0, false
			}
			p += e + 1
			continue
		}
		q := p
		for q < ce && s[q] != '<' {
			q++
		}
		x, y := p, q
		for x < y && cellSpace19(s[x]) {
			x++
		}
		for y > x && cellSpace19(s[y-1]) {
			y--
		}
		if y > x {
			if a >= 0 {
				return 0, 0, false
			}
			a, b = x, y
		}
		p = q
	}
	return a, b, a >= 0
}

func cellSpace19(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

// cellLabel19 reads a label cell: a code's label, or a secret's.
func cellLabel19(label string) (code, secret bool) {
	l := strings.TrimRight(label, " :=*")
	l = strings.TrimSuffix(l, "：")
	if l == "" {
		return false, false
	}
	if strings.Contains(l, "[REDACTED:credential]") {
		return false, true
	}
	if strings.IndexByte(l, '[') >= 0 {
		return false, false // another value's marker: not a label
	}
	var buf [64]byte
	low := l
	if len(l) <= len(buf) {
		low = bytesToString(lowerWord18(buf[:0], l))
	} else {
		return false, false
	}
	if codeLabels18[low] || secretCodeLabels18[low] || otpCodeWordWithStem18(low) {
		return true, false
	}
	if strings.IndexByte(low, ' ') > 0 && strings.Count(low, " ") <= 3 && containsAnyOf(low, otpStems) && containsAnyOf(low, otpCodeWords) {
		return true, false // "Verification code", "código de verificación", "mã xác nhận"
	}
	if strings.ContainsAny(l, " \t") {
		return false, false
	}
	var kb [48]byte
	switch keyClass(normKey(kb[:0], l)) {
	case keyCred:
		return false, true
	}
	return false, false
}
