package redact

import "strings"

// Under a CSV header, a column named for an id (`upc`, `tracking_number`,
// `barcode`, `isbn13`, `waybill`, `ref`) holds ids: its cells are not
// phones, however their digits read (a UPC-A "0843…" reads as a national
// number with its trunk 0, a tracking number as a mobile). The general
// scanner reads every cell as text; the phones it found inside such a
// column's cells are dropped, as they are under a markdown table's or a
// PostgreSQL key's id columns (dropPhonesIn). A cell written as a phone
// ("+81-80-…", "(02) …") keeps its reading.

// csvIDRanges returns the cells of the id columns of the CSV text s (its
// header found as csvSpans finds it), up to the first line that is no row.
func csvIDRanges(s string) []idRange {
	h, ok := findHeader(s)
	if !ok {
		return nil
	}
	var names []string
	idCols := 0
	for _, f := range strings.Split(strings.TrimRight(s[h.start:h.end], "\r"), string(h.sep)) {
		f = strings.Trim(strings.TrimSpace(f), `"`)
		if strings.ContainsAny(f, "=()[]{}:'\"") {
			return nil // a line of code or a call's arguments, not a header: "create(order_id=…, phone=…)"
		}
		if plainColumn(f) {
			names = append(names, f)
			idCols++
		} else {
			names = append(names, "")
		}
	}
	if idCols == 0 {
		return nil
	}
	var ids []idRange
	for p := h.end + 1; p < len(s); {
		le := csvRowLen(s[p:])
		if le == 0 || strings.IndexByte(s[p:p+le], h.sep) < 0 {
			break // the table ends at an empty line or a line of another kind
		}
		for col, cs := 0, p; cs <= p+le && col < len(names); col++ {
			ce := csvCellEnd(s, cs, p+le, h.sep)
			if ce < 0 {
				ce = p + le
			} else {
				ce += cs
			}
			if names[col] != "" {
				a, b := cs, ce
				for a < b && (s[a] == ' ' || s[a] == '"') {
					a++
				}
				for b > a && (s[b-1] == ' ' || s[b-1] == '"' || s[b-1] == '\r') {
					b--
				}
				if b > a {
					ids = append(ids, newIDRange(a, b, names[col]))
				}
			}
			cs = ce + 1
		}
		p += le + 1
	}
	return ids
}
