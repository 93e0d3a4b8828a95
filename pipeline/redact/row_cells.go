package redact

import "strings"

// Exports and batch jobs log a record as one delimited row without a
// header ("export batch … row 2960: 1612…<TAB>…<TAB>…"): the columns are
// named nowhere. rowCellSpans reads such a row as the positional arguments
// of names_args.go are read: when the row holds other PII of the same
// record (found already), a cell shaped like a random key is a credential
// (pgParamSecret). Cells are split at the row's separator: a tab, ';' or
// '|' written three times or more on the line (commas join the clauses of
// messages and push bodies as often as cells). Hex digits alone are not read as a key there (trace ids,
// SHA-1 and SHA-256 digests are logged so as often), and names are left to
// the row readers of names_rows.go (a product or a city is written like a
// name as often).

// rowCellSpans returns the key cells of the delimited rows in s.
func rowCellSpans(s string, have []span) []span {
	if sqlStatement(s) {
		return nil
	}
	var out []span
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		out = rowLineCells(s, ls, le, have, out)
		ls = le + 1
	}
	return out
}

func rowLineCells(s string, ls, le int, have, out []span) []span {
	line := s[ls:le]
	var sep byte
	for _, c := range []byte{'\t', ';', '|'} {
		if strings.Count(line, string(c)) >= 3 {
			sep = c
			break
		}
	}
	if sep == 0 || !rowHoldsPII(s, ls, le, have) {
		return out
	}
	rowCells(s, ls, le, sep, false, func(ca, cb int) {
		if cb > ca && !overlaps(have, ca, cb) && !overlaps(out, ca, cb) {
			v := s[ca:cb]
			if pgParamSecret(v) && !hexOnly(v) {
				out = append(out, span{start: ca, end: cb, kind: KindCredential})
			}
		}
	})
	return out
}

// rowCells calls f with the extent of each cell of the row s[ls:le] split
// at sep: spaces (and with cr a carriage return) trimmed, one pair of
// double quotes taken off.
func rowCells(s string, ls, le int, sep byte, cr bool, f func(a, b int)) {
	for a := ls; a <= le; {
		b := strings.IndexByte(s[a:le], sep)
		if b < 0 {
			b = le
		} else {
			b += a
		}
		x, y := a, b
		for x < y && s[x] == ' ' {
			x++
		}
		for y > x && (s[y-1] == ' ' || cr && s[y-1] == '\r') {
			y--
		}
		if y-x >= 2 && s[x] == '"' && s[y-1] == '"' {
			x, y = x+1, y-1
		}
		f(x, y)
		a = b + 1
	}
}

// rowHoldsPII reports a span of have or a marker between ls and le.
func rowHoldsPII(s string, ls, le int, have []span) bool {
	return overlaps(have, ls, le) || strings.Contains(s[ls:le], "[REDACTED:") || strings.Contains(s[ls:le], "[HASH:")
}

// hexOnly reports hex digits alone.
func hexOnly(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && (c < 'a' || c > 'f') && (c < 'A' || c > 'F') {
			return false
		}
	}
	return true
}
