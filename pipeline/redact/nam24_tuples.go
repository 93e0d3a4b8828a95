package redact

import "strings"

// The rows of a multi-row INSERT, as mysqldump writes them: "INSERT INTO
// `t` VALUES (1,'Given Family','…'),(2,'Given Family','…');". Every
// tuple is a row of the same table, so a column is the same column in
// each: when one tuple's cell at a place is a person's name (found by
// this scan, or a name marker left by an earlier pass), the other
// tuples' cells at that place are names too when they are shaped like a
// person's (personRun22). When no pass took any of them, a place whose
// quoted cells are person-shaped in two tuples or more, and differ, is a
// name column when the statement holds other PII of its rows (an IBAN,
// an e-mail, a phone, a card): a statement of products or stores keeps
// its cells.

// mayHoldInsertRows24 is the cheap test before insertRowSpans24.
func mayHoldInsertRows24(sig uint32, tp *textPairs) bool {
	return sig&sigLParen != 0 && sig&sigApos != 0 && (tp.contains("),(") || tp.contains("), (")) &&
		(tp.contains("VALUES") || tp.contains("values"))
}

// cell24 is one item of a tuple: [a, b) its text inside the quotes.
type cell24 struct {
	a, b   int
	quoted bool
}

// insertRowSpans24 returns the name cells of the multi-row INSERTs of s.
func insertRowSpans24(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		p := indexValues24(s, off)
		if p < 0 {
			break
		}
		var rows [][]cell24
		q := p
		for q < len(s) && s[q] == '(' {
			row, e := tupleCells24(s, q+1)
			if e < 0 {
				break
			}
			rows = append(rows, row)
			q = e + 1 // after ')'
			if q < len(s) && s[q] == ',' {
				q++
			}
			for q < len(s) && (s[q] == ' ' || s[q] == '\n') {
				q++
			}
		}
		if q <= p {
			q = p + 1
		}
		off = q
		if len(rows) < 2 {
			continue
		}
		out = insertColumns24(s, rows, have, out)
	}
	return out
}

// indexValues24 returns the '(' that opens the first tuple after a
// "VALUES" keyword at or after off, or -1.
func indexValues24(s string, off int) int {
	for off < len(s) {
		k := strings.Index(s[off:], "VALUES")
		if j := strings.Index(s[off:], "values"); j >= 0 && (k < 0 || j < k) {
			k = j
		}
		if k < 0 {
			return -1
		}
		k += off + 6
		off = k
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if k < len(s) && s[k] == '(' {
			return k
		}
	}
	return -1
}

// tupleCells24 reads the cells of a tuple whose first cell starts at p and
// returns them with the index of its closing ')', or -1.
func tupleCells24(s string, p int) ([]cell24, int) {
	var row []cell24
	for p < len(s) && len(row) < 64 {
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) {
			return nil, -1
		}
		if s[p] == '\'' {
			a := p + 1
			e := a
			for e < len(s) {
				if s[e] == '\\' {
					e += 2
					continue
				}
				if s[e] == '\'' {
					if e+1 < len(s) && s[e+1] == '\'' {
						e += 2
						continue
					}
					break
				}
				if s[e] == '\n' {
					return nil, -1
				}
				e++
			}
			if e >= len(s) {
				return nil, -1
			}
			row = append(row, cell24{a, e, true})
			p = e + 1
		} else {
			a := p
			for p < len(s) && s[p] != ',' && s[p] != ')' && s[p] != '\n' {
				p++
			}
			row = append(row, cell24{a, p, false})
		}
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) {
			return nil, -1
		}
		switch s[p] {
		case ',':
			p++
		case ')':
			return row, p
		default:
			return nil, -1
		}
	}
	return nil, -1
}

// insertColumns24 appends the name cells of rows, read by column.
func insertColumns24(s string, rows [][]cell24, have, out []span) []span {
	width := len(rows[0])
	for _, r := range rows {
		if len(r) != width {
			return out
		}
	}
	pii := false // the rows hold other PII, found or marked
	for _, r := range rows {
		for _, c := range r {
			if !c.quoted {
				continue
			}
			v := s[c.a:c.b]
			if markerKind24(v) != "" && markerKind24(v) != "name" || overlapsOtherKind24(have, c.a, c.b, KindName) {
				pii = true
			}
		}
	}
	for col := 0; col < width; col++ {
		named, shaped, distinct := false, 0, false
		first := ""
		for _, r := range rows {
			c := r[col]
			if !c.quoted {
				continue
			}
			v := s[c.a:c.b]
			if markerKind24(v) == "name" || overlapsKind(have, c.a, c.b, KindName) {
				named = true
				continue
			}
			if personCell24(s, c.a, c.b) {
				shaped++
				if first == "" {
					first = v
				} else if v != first {
					distinct = true
				}
			}
		}
		if shaped == 0 || !named && !(pii && shaped >= 2 && distinct && shaped == len(rows)) {
			continue
		}
		for _, r := range rows {
			c := r[col]
			if c.quoted && !overlapsAny(have, c.a, c.b) && personCell24(s, c.a, c.b) {
				out = append(out, span{start: c.a, end: c.b, kind: KindName})
			}
		}
	}
	return out
}

// personCell24 reports a cell shaped like a person's name (personValue24).
func personCell24(s string, a, b int) bool {
	return personValue24(s, a, b)
}

// markerKind24 returns the kind of a value that is one redaction marker
// as a whole ("[REDACTED:name]" → "name"), else "".
func markerKind24(v string) string {
	if len(v) < 12 || !strings.HasPrefix(v, "[REDACTED:") || v[len(v)-1] != ']' || markerEnd(v, 0) != len(v) {
		return ""
	}
	k := v[10 : len(v)-1]
	if c := strings.IndexByte(k, ':'); c >= 0 {
		k = k[:c]
	}
	return k
}

// overlapsOtherKind24 reports a span of have, not of kind k nor custom,
// that overlaps [a, b).
func overlapsOtherKind24(have []span, a, b int, k Kind) bool {
	for _, x := range have {
		if x.start < b && x.end > a && x.kind != k && x.kind != KindCustom {
			return true
		}
	}
	return false
}
