package redact

import (
	"strings"
	"unicode"
)

// A column of a table written as rows of text (CSV with ',' or ';', tab or
// '|' rows, with or without a header): when a reader found a phone, or a
// name, as the whole of one row's cell, the other rows' cells in that
// column are read as the same kind when they are shaped as one — a phone
// as people type it (phoneShaped24, two dotted groups), a name as a CJK
// name written whole (cjkNameR27). A column that holds a
// found value of another kind is not read; names are read so only when
// written in Chinese, Japanese or Korean (columnNameR27). Rows are consecutive lines with
// the same separator and the same number of cells, three or more.

// mayHoldColumnsR27 is the cheap test before columnSpansR27.
func mayHoldColumnsR27(sig uint32, have []span, marked bool) bool {
	return sig&sigNL != 0 && sig&(sigComma|sigSemi|sigTab|sigPipe) != 0 && (len(have) > 0 || marked)
}

// cellR27 is a cell of a row: s[a:b], its quotes left out.
type cellR27 struct{ a, b int }

// columnSpansR27 returns the phones and names of the tables' columns in s.
func columnSpansR27(s string, have []span) []span {
	var out []span
	var rows [][]cellR27
	var sep byte
	flush := func() {
		if len(rows) >= 2 {
			out = columnBlockR27(s, rows, have, out)
		}
		rows = rows[:0]
	}
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := s[ls:le]
		c := rowSepR27(line)
		if c == 0 || c != sep && len(rows) > 0 {
			flush()
		}
		if c != 0 {
			cells := splitRowR27(s, ls, le, c)
			if len(rows) > 0 && len(cells) != len(rows[0]) {
				flush()
			}
			if len(cells) >= 3 {
				rows = append(rows, cells)
				sep = c
			}
		}
		ls = le + 1
	}
	flush()
	return out
}

// rowSepR27 returns the separator of a row: the first of '\t', '|', ';', ','
// that the line holds twice or more outside quotes, or 0.
func rowSepR27(line string) byte {
	if len(line) < 5 || len(line) > 2000 {
		return 0
	}
	for _, c := range []byte{'\t', '|', ';', ','} {
		if strings.Count(line, string(c)) >= 2 {
			return c
		}
	}
	return 0
}

// splitRowR27 returns the cells of the row s[ls:le] split at sep outside
// double quotes.
func splitRowR27(s string, ls, le int, sep byte) []cellR27 {
	var cells []cellR27
	a := ls
	inQ := false
	for i := ls; i <= le; i++ {
		if i < le && s[i] == '"' {
			inQ = !inQ
			continue
		}
		if i == le || s[i] == sep && !inQ {
			x, y := a, i
			for x < y && s[x] == ' ' {
				x++
			}
			for y > x && (s[y-1] == ' ' || s[y-1] == '\r') {
				y--
			}
			if y-x >= 2 && s[x] == '"' && s[y-1] == '"' {
				x, y = x+1, y-1
			}
			cells = append(cells, cellR27{x, y})
			a = i + 1
		}
	}
	return cells
}

// cellKindR27 returns the kind a reader found in the cell and how much of
// it: 2 the whole cell (a span or a marker, a "tel:" before it allowed), 1
// a part of it, 0 nothing.
func cellKindR27(s string, c cellR27, have []span) (Kind, int) {
	a := c.a
	if strings.HasPrefix(s[a:c.b], "tel:") {
		a += 4
	}
	for _, x := range have {
		if x.start <= a && x.end >= c.b {
			return x.kind, 2
		}
		if x.start < c.b && x.end > c.a {
			return x.kind, 1
		}
	}
	if strings.HasPrefix(s[a:c.b], "[REDACTED:") && markerEnd(s, a) == c.b {
		v := s[a+10 : c.b]
		for _, k := range []Kind{KindPhone, KindName, KindEmail, KindAddress, KindCard, KindIBAN, KindCredential, KindCNID} {
			if strings.HasPrefix(v, k.String()) {
				return k, 2
			}
		}
		return KindCustom, 2
	}
	if strings.Contains(s[c.a:c.b], "[REDACTED:") {
		return KindCustom, 1
	}
	return 0, 0
}

// columnBlockR27 reads the columns of one table: a first row of labels
// (letters, no digit, nothing found in it) is its header and is left out;
// every other cell of a column read so is the kind a reader found or
// shaped as it, or empty (a table of fields and values, "| waybill | … |",
// "| telefono | … |", mixes its kinds in one column and is not read).
func columnBlockR27(s string, rows [][]cellR27, have, out []span) []span {
	if headerRowR27(s, rows[0], have) {
		rows = rows[1:]
	}
	if len(rows) < 2 {
		return out
	}
	for col := range rows[0] {
		phones, names, other := 0, 0, false
		for _, r := range rows {
			c := r[col]
			k, held := cellKindR27(s, c, have)
			switch {
			case held == 0:
				if c.b > c.a && !phoneCellR27(s[c.a:c.b]) && !columnNameR27(s, c) {
					other = true // a cell of no kind this pass reads
				}
			case held == 1:
				other = true // a part of a cell: no column of one kind
			case k == KindPhone:
				phones++
			case k == KindName:
				names++
			default:
				other = true
			}
		}
		if other || phones > 0 && names > 0 || phones+names == 0 {
			continue
		}
		for _, r := range rows {
			c := r[col]
			if _, held := cellKindR27(s, c, have); held > 0 || c.b <= c.a {
				continue
			}
			v := s[c.a:c.b]
			switch {
			case phones > 0 && phoneCellR27(v):
				out = append(out, span{start: c.a, end: c.b, kind: KindPhone})
			case names > 0 && columnNameR27(s, c):
				out = append(out, span{start: c.a, end: c.b, kind: KindName})
			}
		}
	}
	return out
}

// phoneCellR27 reports a cell shaped as a phone as people type it.
func phoneCellR27(v string) bool {
	return v != "" && (isDigit(v[0]) || v[0] == '+') && (phoneShaped24(v) || twoDotPhoneR27(v))
}

// headerRowR27 reports a row of labels: each cell letters, '_', '-', '.'
// or spaces (no digit), none found by a reader.
func headerRowR27(s string, row []cellR27, have []span) bool {
	for _, c := range row {
		if _, held := cellKindR27(s, c, have); held > 0 {
			return false
		}
		v := s[c.a:c.b]
		if len(v) > 40 {
			return false
		}
		for _, r := range v {
			if !unicode.IsLetter(r) && r != '_' && r != '-' && r != '.' && r != ' ' {
				return false
			}
		}
	}
	return true
}

// columnNameR27 reports a cell shaped as a person's name the row readers do
// not take alone: a CJK name written whole ("加藤さくら", "佐々木翔太").
// (Latin names in a column are read by their words; a shop's "Sklep Pod
// Lipą" beside a masked one stays.)
func columnNameR27(s string, c cellR27) bool {
	return cjkNameR27(s[c.a:c.b])
}
