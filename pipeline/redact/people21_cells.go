package redact

import "strings"

// Cells of a person's record that no header names (see people21_scan.go).

// sheetCell21 is one cell of a spreadsheet dump: its row and its value.
type sheetCell21 struct {
	row    string
	a, b   int
	quoted bool
}

// sheetCellSpans21 adds the quoted cells of a spreadsheet cell dump
// ("A2=… B2='Given Family' C2='…' F2='12 Main St, Town'") shaped as a
// person's name or reading as an address, in a row whose other cells
// hold PII (a span of have or a marker).
func sheetCellSpans21(s string, have []span, out []span) []span {
	var cells []sheetCell21
	for p := 0; p < len(s); {
		i := strings.IndexByte(s[p:], '=')
		if i < 0 {
			break
		}
		i += p
		p = i + 1
		// the reference before '=': one to three capitals, then digits
		d := i
		for d > 0 && i-d < 7 && isDigit(s[d-1]) {
			d--
		}
		if d == i {
			continue
		}
		l := d
		for l > 0 && d-l < 3 && isUpper(s[l-1]) {
			l--
		}
		if l == d || l > 0 && (isAlnum(s[l-1]) || s[l-1] == '_' || s[l-1] == '.') {
			continue
		}
		a := i + 1
		var e int
		quoted := a < len(s) && s[a] == '\''
		if quoted {
			a++
			k := strings.IndexByte(s[a:], '\'')
			if k < 0 || k > 200 {
				continue
			}
			e = a + k
		} else {
			e = a
			for e < len(s) && s[e] != ' ' && s[e] != '\n' && s[e] != '"' && s[e] != '\\' {
				e++
			}
		}
		cells = append(cells, sheetCell21{row: s[d:i], a: a, b: e, quoted: quoted})
		p = e
	}
	if len(cells) < 3 {
		return out
	}
	for i, c := range cells {
		if !c.quoted || c.b <= c.a {
			continue
		}
		v := s[c.a:c.b]
		if hasMarker(v) || overlapsAny(have, c.a, c.b) {
			continue
		}
		var kind Kind = 255
		switch {
		case countDigits(v) == 0 && (personName21(v) || caselessOneName(v)):
			kind = KindName
		case zplAddress(v) || sheetAddress23(v): // (people23_cells.go)
			kind = KindAddress
		}
		if kind == 255 {
			continue
		}
		pii := false
		for j, o := range cells {
			if j != i && o.row == c.row && (hasMarker(s[o.a:o.b]) || overlapsAny(have, o.a, o.b)) {
				pii = true
				break
			}
		}
		if pii {
			out = append(out, span{start: c.a, end: c.b, kind: kind})
		}
	}
	return out
}

// gluedFixedNameSpans21 adds the name of a fixed-width record whose first
// column (a record number padded to its width, or a value redacted
// already) runs into it: "0073563819NJERI WANJIKU      …", in a row whose
// other cells hold PII.
func gluedFixedNameSpans21(s string, have []span, out []span) []span {
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		var cb [12]wideSpan
		cells := wideCells(s, ls, le, cb[:0])
		ls = next
		if len(cells) < 3 {
			continue
		}
		for i, c := range cells {
			if i > 0 {
				break // the first column only
			}
			v := s[c.a:c.b]
			k := gluedLead21(v)
			if k <= 0 || k >= len(v) {
				continue
			}
			rest := v[k:]
			if countDigits(rest) > 0 || overlapsAny(have, c.a+k, c.b) || !(personName21(rest) || caselessOneName(rest)) {
				continue
			}
			pii := false
			for j, o := range cells {
				if j != i && (hasMarker(s[o.a:o.b]) || overlapsAny(have, o.a, o.b)) {
					pii = true
					break
				}
			}
			if pii {
				out = append(out, span{start: c.a + k, end: c.b, kind: KindName})
			}
		}
	}
	return out
}

// gluedLead21 returns the length of a record number (six digits or more)
// or a marker that opens v right before a letter, or 0.
func gluedLead21(v string) int {
	k := 0
	if strings.HasPrefix(v, "[REDACTED:") || strings.HasPrefix(v, "[HASH:") {
		e := strings.IndexByte(v, ']')
		if e < 0 {
			return 0
		}
		k = e + 1
	} else {
		for k < len(v) && isDigit(v[k]) {
			k++
		}
		if k < 6 {
			return 0
		}
	}
	if k >= len(v) || v[k] == ' ' || isDigit(v[k]) || v[k] == '[' || v[k] < 0x80 && !isAlpha(v[k]) {
		return 0
	}
	return k
}

// mayHoldSortCodeRow21 is sortCodeRowSpans21's cheap test.
func mayHoldSortCodeRow21(s string, sig uint32) bool {
	if sig&sigComma == 0 || len(s) < 20 {
		return false
	}
	for p := 0; ; {
		i := strings.IndexByte(s[p:], '-')
		if i < 0 {
			return false
		}
		i += p
		p = i + 1
		if a := i - 2; a >= 0 && (a == 0 || s[a-1] == '\n' || s[a-1] == '"' || a >= 2 && s[a-1] == 'n' && s[a-2] == '\\') && sortCodeAt21(s, a) {
			return true
		}
	}
}

// sortCodeRowSpans21 adds the account name of a UK payment file's row (a
// BACS or Faster Payments bulk file written as CSV without a header): a
// sort code ("20-00-00"), an account number of six to twelve digits, then
// the account's name in a cell shaped as a person's.
func sortCodeRowSpans21(s string, out []span) []span {
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		a := ls
		ls = next
		if le-a < 20 {
			continue
		}
		if s[a] == '"' {
			a++
		}
		if !sortCodeAt21(s, a) || a+8 >= le || s[a+8] != ',' {
			continue
		}
		p := a + 9
		d := p
		for d < le && isDigit(s[d]) {
			d++
		}
		if d-p < 6 || d-p > 12 || d >= le || s[d] != ',' { // (an account of up to twelve digits: a building society's roll number runs on)
			continue
		}
		n := d + 1
		e := n
		for e < le && s[e] != ',' {
			e++
		}
		if v := s[n:e]; v != "" && countDigits(v) == 0 && !hasMarker(v) && personName21(v) {
			out = append(out, span{start: n, end: e, kind: KindName})
		}
	}
	return out
}

// sortCodeAt21 reports a sort code "NN-NN-NN" at a.
func sortCodeAt21(s string, a int) bool {
	if a+8 > len(s) {
		return false
	}
	for k := 0; k < 8; k++ {
		c := s[a+k]
		if k == 2 || k == 5 {
			if c != '-' {
				return false
			}
		} else if !isDigit(c) {
			return false
		}
	}
	return true
}
