package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Export rows read by their cells' evidence. A back office logs a record
// of an order, a payout, a dispute or a contact list as one delimited row,
// with a header line or without one, separated by ',', ';', a tab or '|':
//
//	export row 4471: INV-2026-0042,2c1f…-…,ธนพล ปลอมทอง,"€ 12,40"
//	created,commenter,timestamp_ms
//	1796356603433,Given Family,1796343218212
//
// The readers before this one take a cell by its column's name (csv.go),
// or by its shape in a row that holds other PII of the record already
// (rows.go, names_rows.go, names18_rows.go). A row of ids, times and
// amounts holds the buyer's name alone as often. A cell there is a
// person's name on evidence beyond its shape (bareItemName17): a script
// other than Latin, "Family, Given", an initial, a given name of the
// names' lexicon first and a known name last; and a person's name by
// roleName (no firm, product, team, warehouse or place). A message before
// a header-less row ("export row 8213: ") is not part of its first cell.
// The cell after an address is its town.
//
// Under a header, a column that names no PII (plainColumn: an id, a
// product, a company, a store) is not read, and a column that names one is
// csvColumns's. A column named for a person with a word the key tables do
// not read (personHeader19: "commenter", "reviewer", "username_display",
// "denominazione", "购买方名称") holds names: its cells shaped as one
// (roleName) are taken.
//
// In a block of rows of one table (consecutive rows of one separator and
// number of cells), a column where one row's cell is a name (found here,
// by another reader, or marked by an earlier pass) holds names in the
// other rows too: their cells shaped as one (roleName) are taken.
//
// In a row that holds other PII of the record, a cell written as a phone
// number in groups after its trunk '0', a '+' or a bracket
// ("0345.8747052", "080.88304.492") is one, as rows.go reads the rows of
// other separators.

// mayHoldRows19 is the cheap test before rowSpans19: a separator written
// twice in the text.
func mayHoldRows19(s string, sig uint32) bool {
	if sig&(sigComma|sigSemi|sigTab|sigPipe) == 0 {
		return false
	}
	return strings.Count(s, ",") >= 2 || manySeps(s)
}

// rowSpans19 returns the name and phone cells of the delimited rows of s.
func rowSpans19(s string, have []span) []span {
	if sqlStatement(s) {
		return nil
	}
	var cols []byte // each header column: colRead19, colSkip19 or colPerson19
	hsep := byte(0)
	hend := -1
	if strings.IndexByte(s, '\n') >= 0 {
		if h, ok := findHeader(s); ok {
			hsep, hend = h.sep, h.end
			for _, f := range strings.Split(strings.TrimRight(s[h.start:h.end], "\r"), string(h.sep)) {
				f = strings.Trim(strings.TrimSpace(f), `"`)
				cols = append(cols, headerColumn19(f))
			}
		}
	}
	var out []span
	var blk rowBlock19
	for ls := 0; ls < len(s); {
		le := ls + csvRowLen(s[ls:])
		if hend >= 0 && ls <= hend {
			ls = le + 1 // the header and what comes before it
			continue
		}
		sep := hsep
		if sep == 0 {
			sep = rowSep19(s[ls:le])
		}
		if sep == 0 || strings.Count(s[ls:le], string(sep)) < 2 || strings.IndexByte(s[ls:le], '{') >= 0 || strings.Contains(s[ls:le], `":`) ||
			sep == '|' && strings.HasPrefix(strings.TrimLeft(s[ls:le], " "), "|") {
			// (a JSON object is no row; a Markdown table's line is tables.go's)
			out = blk.flush(s, have, out)
			ls = le + 1
			continue
		}
		out = blk.add(s, ls, le, sep, cols, have, out)
		ls = le + 1
	}
	return blk.flush(s, have, out)
}

// rowSep19 returns the separator of a header-less row: a tab, ';' or '|'
// written twice or more, or ',' with no space after any outside quotes.
func rowSep19(line string) byte {
	for _, c := range []byte{'\t', '|', ';'} {
		if strings.Count(line, string(c)) >= 2 {
			return c
		}
	}
	if strings.Count(line, ",") >= 2 && !unquotedCommaSpace(line) {
		return ','
	}
	return 0
}

// cell19 is a row's cell: its extent and what it holds.
type cell19 struct {
	a, b int
	kind Kind // of a span of have or an earlier pass's marker; 255 for none
}

// rowBlock19 gathers the rows of one table (consecutive rows of one
// separator and number of cells).
type rowBlock19 struct {
	sep  byte
	rows [][]cell19
}

func (blk *rowBlock19) add(s string, ls, le int, sep byte, cols []byte, have, out []span) []span {
	if cols == nil {
		if c := strings.Index(s[ls:le], ": "); c >= 0 && strings.IndexByte(s[ls:ls+c], sep) < 0 && strings.IndexByte(s[ls:ls+c], '"') < 0 {
			ls += c + 2 // the message before a header-less row ("export row 8213: …")
		}
	}
	var cells []cell19
	for cs := ls; cs <= le; {
		ce := csvCellEnd(s, cs, le, sep)
		if ce < 0 {
			ce = le
		} else {
			ce += cs
		}
		a, b := cs, ce
		for a < b && (s[a] == ' ' || s[a] == '\\') {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '\r' || s[b-1] == '\\') {
			b--
		}
		if b-a >= 2 && s[a] == '"' && s[b-1] == '"' {
			a, b = a+1, b-1
		}
		cells = append(cells, cell19{a, b, rowCellKind18(s, argItem{a, b}, have)})
		cs = ce + 1
	}
	if len(blk.rows) > 0 && (blk.sep != sep || len(blk.rows[0]) != len(cells)) {
		out = blk.flush(s, have, out)
	}
	blk.sep = sep
	held := false // the row holds other PII of the record
	for _, c := range cells {
		held = held || c.kind != 255
	}
	for k := range cells {
		c := &cells[k]
		col := byte(colRead19)
		if k < len(cols) {
			col = cols[k]
		}
		if c.kind != 255 || col == colSkip19 {
			continue
		}
		v := s[c.a:c.b]
		switch {
		case col == colPerson19 && c.b-c.a <= 96 && roleName(v) && !goodsTitle18(v) || evidenceName19(s, cells, k, held):
			c.kind = KindName
			out = append(out, span{start: c.a, end: c.b, kind: KindName})
		}
	}
	pii := false
	for _, c := range cells {
		pii = pii || c.kind != 255
	}
	for k := range cells {
		c := &cells[k]
		if pii && c.kind == 255 && !(k < len(cols) && cols[k] == colSkip19) && trunkPhoneCell19(s[c.a:c.b]) && !trackingGroups21(s[c.a:c.b]) { // (4-4-4: ids21_values.go)
			c.kind = KindPhone
			out = append(out, span{start: c.a, end: c.b, kind: KindPhone})
		}
	}
	for k := range cells {
		if k < len(cols) && cols[k] == colSkip19 {
			cells[k].kind = 254 // under a header a column's kind is its name's
		}
	}
	blk.rows = append(blk.rows, cells)
	return out
}

// evidenceName19 reports the k-th cell of a row as a person's name by its
// own evidence. In a row that holds no other PII (held false), "Family,
// Given" and an initial are no evidence ("Lyon, France", "Austin, Texas"
// are written so): a script other than Latin or the names' lexicon is.
func evidenceName19(s string, cells []cell19, k int, held bool) bool {
	c := cells[k]
	if c.b-c.a < 2 || c.b-c.a > 96 {
		return false
	}
	v := s[c.a:c.b]
	if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || hasKana(v) || !roleName(v) || !(bareItemName17(v) || rowFamilyShaped27(v)) || goodsTitle18(v) {
		return false // (kana: "セール 商品" is goods; names are written in kanji)
	}
	if !held && !scriptOrLexiconName19(v) && !rowFamilyShaped27(v) { // ("Saana Nieminen": names27_evidence.go)
		return false
	}
	if len(strings.Fields(v)) < 2 && !strings.ContainsFunc(v, hanOrHangul17) {
		return false // one word of a script with spaces: a town ("চট্টগ্রাম") as often as a name
	}
	if strings.IndexByte(v, ' ') < 0 && strings.ContainsFunc(v, hanOrHangul17) && placeSuffix17(v) {
		return false // "名古屋市中区", "마포구": a city or a district
	}
	if k > 0 && cells[k-1].kind == KindAddress {
		return false // the address's town
	}
	return true
}

// scriptOrLexiconName19 reports a name by its script (other than Latin) or
// by the names' lexicon (a given name first and a known name last).
func scriptOrLexiconName19(v string) bool {
	for _, w := range strings.Fields(v) {
		if r, _ := utf8.DecodeRuneInString(w); r >= 0x80 && !unicode.Is(unicode.Latin, r) {
			return true
		}
	}
	ws := strings.Fields(v)
	return len(ws) >= 2 && lexClass(ws[0])&lexGiven != 0 && lexClass(ws[len(ws)-1]) != 0
}

// flush reads the columns of the gathered block: in a block of two rows
// or more, a column with a name in one row takes the cells of the other
// rows that are shaped like one.
func (blk *rowBlock19) flush(s string, have, out []span) []span {
	rows := blk.rows
	blk.rows = blk.rows[:0]
	if len(rows) < 2 {
		return out
	}
	for col := range rows[0] {
		named := false
		for _, r := range rows {
			if r[col].kind == KindName {
				named = true
				break
			}
		}
		if !named {
			continue
		}
		for _, r := range rows {
			c := r[col]
			if c.kind != 255 || c.b-c.a < 2 {
				continue
			}
			v := s[c.a:c.b]
			if roleName(v) && !goodsTitle18(v) && !overlaps(have, c.a, c.b) && !overlaps(out, c.a, c.b) {
				out = append(out, span{start: c.a, end: c.b, kind: KindName})
			}
		}
	}
	return out
}

// The readings of a header's column.
const (
	colRead19   = iota // read by its cells' evidence
	colSkip19          // named plain (an id, a product, a company) or read by csvColumns
	colPerson19        // named for a person that columnKind does not read
)

// headerColumn19 returns the reading of a header's column h.
func headerColumn19(h string) byte {
	if k, _ := columnKind(h); k != 255 || personColumn18(h) || plainColumn(h) {
		return colSkip19
	}
	if personHeader19(h) {
		return colPerson19
	}
	return colRead19
}

// personHeader19 reports a column name for a person that the key tables
// do not read: one who wrote or asked ("commenter", "review_author",
// "requester"), a display name ("username_display"), the buyer of an
// Italian or a Chinese e-invoice ("denominazione", "nominativo",
// "购买方名称").
func personHeader19(h string) bool {
	if strings.Contains(h, "购买方") || strings.Contains(h, "购方") || strings.Contains(h, "买方") {
		return strings.Contains(h, "名称") || strings.Contains(h, "姓名")
	}
	var ws [8]string
	words := ws[:0]
	st := -1
	for i := 0; i <= len(h); i++ {
		letter := i < len(h) && (h[i] >= 'a' && h[i] <= 'z' || h[i] >= 'A' && h[i] <= 'Z')
		camel := letter && st >= 0 && isUpper(h[i]) && !isUpper(h[i-1])
		if st >= 0 && (!letter || camel) {
			if len(words) == len(ws) {
				return false
			}
			words = append(words, strings.ToLower(h[st:i]))
			st = -1
		}
		if letter && st < 0 {
			st = i
		}
	}
	display, named := false, false
	for _, w := range words {
		switch w {
		case "commenter", "commentator", "reviewer", "author", "requester", "requestor", "submitter", "denominazione", "nominativo":
			return true
		case "display":
			display = true
		case "name", "username", "user":
			named = true
		}
	}
	return display && named
}

// trunkPhoneCell19 reports a cell shaped as a phone number (phoneShaped)
// written in groups of digits, after a trunk '0', a '+' or a bracket.
func trunkPhoneCell19(v string) bool {
	if len(v) < 9 || !(v[0] == '0' && isDigit(v[1]) || v[0] == '+' || v[0] == '(') || !strings.ContainsAny(v, ". -") || !phoneShaped(v) {
		return false
	}
	// Groups of two to five digits, the subscriber's last of up to eight:
	// not an id of a long number and a short suffix ("05123456-0001-1").
	groups, n := 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isDigit(v[i]) {
			n++
			continue
		}
		if n > 0 {
			groups++
			if n < 2 || n > 5 && (groups == 1 || i < len(v)) || n > 8 {
				return false
			}
		}
		n = 0
	}
	return groups >= 2
}
