package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Result grids printed with columns aligned by spaces: a pandas
// DataFrame's repr (rows numbered from 0, the index its own column), an R
// tibble (a type row of "<chr>" under the header, rows numbered from 1
// with one space before the first cell), a notebook's or a SQL client's
// text output:
//
//	      customer_id  name             street          last_item
//	0     1999566517…  Given Family     Hovedgaden 36b  Noise Cance...
//	  name                 email               phone
//	  <chr>                <chr>               <chr>
//	1 Given Family         [REDACTED:email]    0065 9239 8797
//
// A cell holds no key; its column's header names it. Columns are split at
// two spaces or more (a name's words at one), so a row's cells are
// matched to the header's words by count. A column named for a person's
// name, an address or a phone (columnKind) holds them in every row; a
// column named only "name" holds a person's when the grid holds other
// PII columns (an e-mail, a phone, an address) or a row's cell in it is a
// name already, not in a grid of products or jobs. A column with no such
// name whose cell is a name in one row (found by another pass, or marked
// by an earlier one) holds names in the other rows. A cell cut with "..."
// is judged without the dots and masked whole.

// mayHoldGrid20 is gridSpans20's cheap test: a line that starts with a
// row number, and a run of spaces that aligns columns.
func mayHoldGrid20(s string) bool {
	return (strings.Contains(s, "\n0 ") || strings.Contains(s, "\n1 ")) && strings.Contains(s, "   ")
}

// gridChunks splits line at runs of two spaces or more; it returns the
// chunks' offsets in line.
func gridChunks(line string) [][2]int {
	var out [][2]int
	st := -1
	for i := 0; i <= len(line); i++ {
		gap := i == len(line) || line[i] == ' ' && i+1 < len(line) && line[i+1] == ' ' || line[i] == '\r' || line[i] == '\t'
		if i < len(line) && line[i] == ' ' && st >= 0 && i+1 == len(line) {
			gap = true
		}
		if gap {
			if st >= 0 {
				out = append(out, [2]int{st, i})
				st = -1
			}
			continue
		}
		if st < 0 && line[i] != ' ' {
			st = i
		}
	}
	return out
}

// gridHeaderWord reports a column name as a grid prints it: letters,
// digits and '_', '.', '-' with a letter, no spaces.
func gridHeaderWord(w string) bool {
	if len(w) == 0 || len(w) > 48 || strings.HasPrefix(w, "[REDACTED") {
		return false
	}
	letter := false
	for _, r := range w {
		switch {
		case unicode.IsLetter(r):
			letter = true
		case r >= '0' && r <= '9' || r == '_' || r == '.' || r == '-':
		default:
			return false
		}
	}
	return letter
}

// gridTypeRow reports a tibble's row of column types ("<chr>  <dbl>").
func gridTypeRow(line string, ch [][2]int) bool {
	for _, c := range ch {
		w := line[c[0]:c[1]]
		if len(w) < 3 || w[0] != '<' || w[len(w)-1] != '>' {
			return false
		}
	}
	return len(ch) > 0
}

// gridRowCells returns a row's cells matched to the header's columns:
// the row starts with its number, as its own chunk (pandas) or before the
// first cell after one space (a tibble); nil when the row does not fit.
// With as many chunks as columns a row's cells are its chunks; with fewer
// (a value wider than its column runs into the next after one space),
// and when the header's columns are known (hcols: their first and last
// characters, counted in characters), each chunk goes to the column it
// starts (left-aligned) or ends (right-aligned) at, and a column without
// one is empty ({-1, -1}).
func gridRowCells(line string, h int, hcols [][2]int) [][2]int {
	t := strings.TrimLeft(line, " ")
	lead := len(line) - len(t)
	n := 0
	for n < len(t) && isDigit(t[n]) {
		n++
	}
	if n == 0 || n > 9 || n >= len(t) || t[n] != ' ' {
		return nil
	}
	ch := gridChunks(line)
	switch {
	case len(ch) == h+1 && ch[0][1]-ch[0][0] == n:
		ch = ch[1:]
	case ch[0][1]-ch[0][0] > n+1 && line[lead+n+1] != ' ':
		ch[0][0] = lead + n + 1
	case ch[0][1]-ch[0][0] == n:
		ch = ch[1:]
	default:
		return nil
	}
	if len(ch) == h {
		return ch
	}
	if hcols == nil || len(ch) > h || len(ch) < 2 {
		return nil
	}
	out := make([][2]int, h)
	for i := range out {
		out[i] = [2]int{-1, -1}
	}
	last := -1
	for _, c := range ch {
		a, b := utf8.RuneCountInString(line[:c[0]]), utf8.RuneCountInString(line[:c[1]])
		col := -1
		for k, hc := range hcols {
			if hc[0] == a || hc[1] == b {
				col = k
				break
			}
		}
		if col < 0 {
			// Shifted right by a wider value before it: the last column
			// that starts before it.
			for k, hc := range hcols {
				if hc[0] < a {
					col = k
				}
			}
		}
		if col <= last {
			return nil
		}
		out[col], last = c, col
	}
	// A value wider than its column runs into the next, empty one after a
	// single space: split it at the first space at or past that column's
	// start.
	for k := 0; k+1 < h; k++ {
		c := out[k]
		if c[0] < 0 || out[k+1][0] >= 0 || utf8.RuneCountInString(line[:c[1]]) <= hcols[k+1][0] {
			continue
		}
		for q := c[0]; q < c[1]; q++ {
			if line[q] == ' ' && utf8.RuneCountInString(line[:q]) >= hcols[k+1][0]-1 {
				out[k], out[k+1] = [2]int{c[0], q}, [2]int{q + 1, c[1]}
				break
			}
		}
	}
	return out
}

// gridSpans20 returns the name, address and phone cells of the grids in s.
func gridSpans20(s string, have []span) []span {
	var out []span
	gridWalk20(s, func(hl string, hch [][2]int, rows [][][2]int, starts []int) {
		out = gridColumns20(s, hl, hch, rows, starts, have, out)
	})
	return out
}

// gridWalk20 calls f with each grid of s: its header line, the header's
// columns in it, and its rows' cells with where each row starts.
func gridWalk20(s string, f func(hl string, hch [][2]int, rows [][][2]int, starts []int)) {
	lines := splitLines20(s)
	for i := 0; i+1 < len(lines); i++ {
		hl := s[lines[i][0]:lines[i][1]]
		hch := gridChunks(hl)
		// The header: the trailing run of column names (a log prefix may
		// stand before it on its line).
		k := len(hch)
		for k > 0 && gridHeaderWord(hl[hch[k-1][0]:hch[k-1][1]]) {
			k--
		}
		hch = hch[k:]
		if len(hch) < 2 {
			continue
		}
		var hcols [][2]int // the columns' extents in characters, when the header has no prefix
		if k == 0 {
			for _, c := range hch {
				hcols = append(hcols, [2]int{utf8.RuneCountInString(hl[:c[0]]), utf8.RuneCountInString(hl[:c[1]])})
			}
		}
		j := i + 1
		if tl := s[lines[j][0]:lines[j][1]]; gridTypeRow(tl, gridChunks(tl)) {
			j++
		}
		var rows [][][2]int
		var starts []int
		for ; j < len(lines); j++ {
			l := s[lines[j][0]:lines[j][1]]
			c := gridRowCells(l, len(hch), hcols)
			if c == nil {
				break
			}
			rows = append(rows, c)
			starts = append(starts, lines[j][0])
		}
		if len(rows) == 0 {
			continue
		}
		f(hl, hch, rows, starts)
		i = j - 1
	}
}

// dropGridPlain20 drops the names and addresses that later passes found
// inside cells of a grid's columns named for goods, ids, places of the
// business or times (plainColumn: "last_item", "product", "city"): a
// product's name cut with "..." is no street.
func (sc *scanner) dropGridPlain20() {
	var keep [][2]int
	gridWalk20(sc.s, func(hl string, hch [][2]int, rows [][][2]int, starts []int) {
		for c, h := range hch {
			if !plainColumn(hl[h[0]:h[1]]) {
				continue
			}
			for r := range rows {
				if rows[r][c][0] >= 0 {
					keep = append(keep, [2]int{starts[r] + rows[r][c][0], starts[r] + rows[r][c][1]})
				}
			}
		}
	})
	if len(keep) == 0 {
		return
	}
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		if x.kind == KindName || x.kind == KindAddress {
			for _, r := range keep {
				if x.start >= r[0] && x.end <= r[1] {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// splitLines20 returns the extents of s's lines.
func splitLines20(s string) [][2]int {
	var out [][2]int
	for p := 0; p <= len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			out = append(out, [2]int{p, len(s)})
			break
		}
		out = append(out, [2]int{p, p + e})
		p += e + 1
	}
	return out
}

// gridColumns20 reads one grid's columns.
func gridColumns20(s, hl string, hch [][2]int, rows [][][2]int, starts []int, have, out []span) []span {
	kinds := make([]Kind, len(hch))
	bare := make([]bool, len(hch)) // named only "name"
	pii := false                   // the grid names another PII column
	for c, h := range hch {
		name := hl[h[0]:h[1]]
		kinds[c] = 255
		if plainColumn(name) {
			continue
		}
		k, _ := columnKind(name)
		switch k {
		case KindName, KindAddress, KindPhone:
			kinds[c] = k
		}
		lw := strings.ToLower(name)
		bare[c] = k == KindName && (lw == "name" || lw == "names")
		if k != 255 && !bare[c] || strings.Contains(lw, "email") || strings.Contains(lw, "e-mail") || strings.Contains(lw, "mail") && len(lw) <= 6 {
			pii = true
		}
	}
	cell := func(r, c int) (int, int, string) {
		if rows[r][c][0] < 0 {
			return 0, 0, ""
		}
		a, b := starts[r]+rows[r][c][0], starts[r]+rows[r][c][1]
		return a, b, s[a:b]
	}
	for c := range hch {
		named := false // a row's cell in the column is a name already
		for r := range rows {
			a, b, v := cell(r, c)
			if strings.HasPrefix(v, "[REDACTED:name]") || spanKindIn(have, a, b, KindName) {
				named = true
				break
			}
		}
		k := kinds[c]
		switch {
		case k == 255 && named && !plainColumn(hl[hch[c][0]:hch[c][1]]):
			k = KindName
		case bare[c] && !pii && !named:
			k = 255
		}
		if k == 255 {
			continue
		}
		for r := range rows {
			a, b, v := cell(r, c)
			if overlaps(have, a, b) || overlaps(out, a, b) {
				continue
			}
			if gridCellFits20(k, v, kinds[c] == 255) {
				out = append(out, span{start: a, end: b, kind: k})
			}
		}
	}
	return out
}

// spanKindIn reports a span of kind k over [a, b).
func spanKindIn(sp []span, a, b int, k Kind) bool {
	for _, x := range sp {
		if x.start < b && x.end > a && x.kind == k {
			return true
		}
	}
	return false
}

// gridCellFits20 reports a cell that holds a value of kind k; byShape
// when the column's name does not say so (the cell must be shaped as a
// person's name).
func gridCellFits20(k Kind, v string, byShape bool) bool {
	v = strings.TrimSuffix(strings.TrimSuffix(v, "..."), "…")
	switch v {
	case "", "NaN", "None", "NA", "<NA>", "NaT", "null", "NULL":
		return false
	}
	switch k {
	case KindName:
		if byShape {
			return roleName(v) && !goodsTitle18(v)
		}
		_, ok := cellKind(keyName, v)
		return ok && !goodsTitle18(v)
	case KindAddress:
		_, ok := cellKind(keyAddress, v)
		return ok && hasLetter(v)
	case KindPhone:
		if strings.IndexFunc(v, unicode.IsLetter) >= 0 {
			return false
		}
		_, ok := cellKind(keyPhone, v)
		return ok
	}
	return false
}
