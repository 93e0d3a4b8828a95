package redact

import "strings"

// Markdown tables (support tickets, chat-ops messages) put a value in a
// cell: under a header that names its column, or, in a two-column table of
// fields and values, right of the cell that names it:
//
//	| field         | value            |
//	|---------------|------------------|
//	| recipientName | Jana Nováková    |
//	| passwd        | …                |
//
// markdownSpans returns the cells that hold names, addresses, secrets,
// phone numbers and cards, read as csvSpans reads a CSV file's columns.

// hasMarkdownTable reports text that may hold a table: a line starting
// with '|' and a delimiter row.
func hasMarkdownTable(s string) bool {
	return strings.Contains(s, "\n|") && (strings.Contains(s, "|---") || strings.Contains(s, "| ---") || strings.Contains(s, "|:--") || strings.Contains(s, "| :--"))
}

func markdownSpans(s string) (out []span, ids []idRange) {
	var header []int   // the classes of the current table's columns
	var names []string // and their names
	inTable := false
	for p := 0; p < len(s); {
		le := strings.IndexByte(s[p:], '\n')
		if le < 0 {
			le = len(s) - p
		}
		line := s[p : p+le]
		cells := tableCells(line)
		switch {
		case cells == nil:
			inTable, header, names = false, nil, nil
		case !inTable:
			// A header only counts when the delimiter row follows it.
			next := s[min(len(s), p+le+1):]
			if e := strings.IndexByte(next, '\n'); e >= 0 {
				next = next[:e]
			}
			if delimiterRow(next) {
				inTable = true
				header, names = header[:0], names[:0]
				for _, c := range cells {
					names = append(names, strings.TrimSpace(line[c[0]:c[1]]))
					header = append(header, pairClass(names[len(names)-1]))
				}
				p += le + 1 + len(next) + 1
				continue
			}
		default:
			out, ids = tableRow(out, ids, s, p, line, cells, header, names)
		}
		p += le + 1
	}
	return out, ids
}

// tableRow adds the spans of one data row: a two-column row's second cell
// under the key its first cell names, else each cell under its column's
// header. The cells under id keys are added to ids.
func tableRow(out []span, ids []idRange, s string, p int, line string, cells [][2]int, header []int, names []string) ([]span, []idRange) {
	cell := func(i int) (int, int) {
		a, b := cells[i][0], cells[i][1]
		for a < b && line[a] == ' ' {
			a++
		}
		for b > a && (line[b-1] == ' ' || line[b-1] == '\r') {
			b--
		}
		return a, b
	}
	if len(cells) == 2 {
		ka, kb := cell(0)
		if k := line[ka:kb]; pairName(strings.ReplaceAll(k, " ", "_")) {
			if cls := pairClass(k); cls != keyNone {
				va, vb := cell(1)
				if kind, ok := cellKind(cls, strings.ReplaceAll(line[va:vb], `\|`, "|")); ok {
					out = append(out, span{start: p + va, end: p + vb, kind: kind})
				} else if cls == keyID && vb > va {
					ids = append(ids, newIDRange(p+va, p+vb, k))
				}
				return out, ids
			}
		}
	}
	for i := range cells {
		if i >= len(header) {
			break
		}
		a, b := cell(i)
		if kind, ok := cellKind(header[i], strings.ReplaceAll(line[a:b], `\|`, "|")); ok {
			out = append(out, span{start: p + a, end: p + b, kind: kind})
		} else if header[i] == keyID && b > a {
			ids = append(ids, newIDRange(p+a, p+b, names[i]))
		}
	}
	return out, ids
}

// tableCells returns the cells of a table row ("| a | b |"), as offsets in
// line; nil when line is no row. An escaped "\|" does not split a cell.
func tableCells(line string) [][2]int {
	t := strings.TrimRight(line, " \r")
	lead := 0
	for lead < len(t) && lead < 4 && t[lead] == ' ' {
		lead++
	}
	if lead >= len(t) || t[lead] != '|' || len(t)-lead < 3 || t[len(t)-1] != '|' {
		return nil
	}
	var cells [][2]int
	st := lead + 1
	for i := lead + 1; i < len(t); i++ {
		if t[i] == '|' && t[i-1] != '\\' {
			cells = append(cells, [2]int{st, i})
			st = i + 1
		}
	}
	if len(cells) < 2 || len(cells) > 32 {
		return nil
	}
	return cells
}

// delimiterRow reports a table's delimiter row: "|---|:---:|".
func delimiterRow(line string) bool {
	cells := tableCells(line)
	if cells == nil {
		return false
	}
	for _, c := range cells {
		f := strings.TrimSpace(line[c[0]:c[1]])
		if len(strings.Trim(f, ":")) < 1 || strings.Trim(f, ":-") != "" {
			return false
		}
	}
	return true
}

// Elasticsearch's mapping errors quote the value that failed ("failed to
// parse field [shipping.address.buyer_name] of type [long] in document with
// id '…'. Preview of field's value: '…'"): the field is the value's key.
const esPreview = "Preview of field's value: '"

// esPreviewSpans returns the previews whose field names a kind.
func esPreviewSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], esPreview)
		if i < 0 {
			break
		}
		i += off
		vs := i + len(esPreview)
		off = vs
		before := s[max(0, i-400):i]
		f := strings.LastIndex(before, "field [")
		if f < 0 {
			continue
		}
		fe := strings.IndexByte(before[f+7:], ']')
		if fe <= 0 {
			continue
		}
		field := before[f+7 : f+7+fe]
		ve := previewEnd(s, vs)
		if ve <= vs || !pairName(field) {
			continue
		}
		if kind, ok := cellKind(pairClass(field), s[vs:ve]); ok {
			out = append(out, span{start: vs, end: ve, kind: kind})
		}
		off = ve
	}
	return out
}

// previewEnd finds the quote that closes a preview: a "'" not followed by
// a letter or digit ("King's Road" goes on), or the end of the line.
func previewEnd(s string, vs int) int {
	lim := min(len(s), vs+512)
	for e := vs; e < lim; e++ {
		switch s[e] {
		case '\n':
			return 0
		case '\'':
			if e+1 >= len(s) || !isAlnum(s[e+1]) {
				return e
			}
		}
	}
	return 0
}

// YAML block scalars ("street: |" and the indented lines under it) hold a
// key's value over several lines; yamlBlockSpans returns each line of the
// blocks whose key names a kind.
func hasYAMLBlock(s string) bool {
	return strings.Contains(s, ": |") || strings.Contains(s, ": >")
}

func yamlBlockSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		le := strings.IndexByte(s[off:], '\n')
		if le < 0 {
			break
		}
		line := strings.TrimRight(s[off:off+le], " \r")
		next := off + le + 1
		ind := 0
		for ind < len(line) && line[ind] == ' ' {
			ind++
		}
		c := strings.Index(line, ": ")
		ind0 := ind
		if ind < len(line) && line[ind] == '-' && ind+1 < len(line) && line[ind+1] == ' ' {
			ind += 2 // "- street: |" in a list
		}
		if c <= ind || !yamlBlockIndicator(line[c+2:]) {
			off = next
			continue
		}
		key := strings.Trim(line[ind:c], `"'`)
		cls := keyNone
		if pairName(strings.ReplaceAll(key, " ", "_")) {
			cls = pairClass(key)
		}
		switch cls {
		case keyCred, keyAuth, keyCard, keyName, keyAddress, keyPhone:
		default:
			off = next
			continue
		}
		// The block: the following lines indented deeper than the key.
		p := next
		for p < len(s) {
			e := strings.IndexByte(s[p:], '\n')
			if e < 0 {
				e = len(s) - p
			}
			l := s[p : p+e]
			a := 0
			for a < len(l) && l[a] == ' ' {
				a++
			}
			if strings.TrimSpace(l) != "" && a <= ind0 {
				break
			}
			b := len(l)
			for b > a && (l[b-1] == ' ' || l[b-1] == '\r') {
				b--
			}
			if b > a {
				if k, ok := cellKind(cls, l[a:b]); ok {
					out = append(out, span{start: p + a, end: p + b, kind: k})
				}
			}
			p += e + 1
		}
		off = max(next, p)
	}
	return out
}

// yamlBlockIndicator reports a block scalar's header: "|", ">", with a
// chomping or indentation indicator ("|-", ">+", "|2").
func yamlBlockIndicator(t string) bool {
	t = strings.TrimSpace(t)
	if t == "" || t[0] != '|' && t[0] != '>' {
		return false
	}
	return strings.Trim(t[1:], "+-0123456789") == "" && len(t) <= 3
}
