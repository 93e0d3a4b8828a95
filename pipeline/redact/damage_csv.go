package redact

import "strings"

// csvRowLen returns the length of the CSV row at the start of s: up to
// its first line break outside quotes, so a quoted cell written over
// several lines (a PEM key exported whole) stays one cell and the cells
// after it keep their columns. A quote left open falls back to the line.
func csvRowLen(s string) int {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return len(s)
	}
	if strings.IndexByte(s[:nl], '"') < 0 {
		return nl // the common row: no quote before its line break
	}
	inq := false
	q := 0
	for ; q < len(s) && q < 1<<16; q++ {
		switch s[q] {
		case '"':
			inq = !inq
		case '\n':
			if !inq {
				return q
			}
		}
	}
	if q == len(s) && !inq {
		return q // the last row
	}
	return nl
}

// csvCellEnd returns where the cell that starts at cs ends in s[:le] (the
// index of its separator, relative to cs, as strings.IndexByte returns
// it; -1 for the row's last cell): a quoted cell ends after its closing
// quote, so a separator inside it ("a=1; b=2" in a ';' row) does not
// split it.
func csvCellEnd(s string, cs, le int, sep byte) int {
	p := cs
	for p < le && s[p] == ' ' {
		p++
	}
	if p < le && s[p] == '"' {
		if c := strings.IndexByte(s[p+1:le], '"'); c >= 0 {
			if e := strings.IndexByte(s[p+1+c:le], sep); e >= 0 {
				return p + 1 + c + e - cs
			}
			return -1
		}
	}
	return strings.IndexByte(s[cs:le], sep)
}
