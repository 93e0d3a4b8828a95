package redact

import "strings"

// A CSV header is followed by its rows: every row of a real export splits
// into several fields by the header's separator (empty trailing cells keep
// theirs). A line that merely holds commas — an address written in a
// sentence, "Jalan Diponegoro 172, Kel. Menteng, Surabaya" — above an
// empty line or a line of prose is no header, and the lines below it are
// no address column.

// csvFirstRow22 reports whether next, the line after a candidate header,
// can follow a header: two fields or more by sep, a quoted cell that goes
// on past the line's break, or a rule under the header (psql's
// "----+----", Markdown's "---|---").
func csvFirstRow22(next string, sep byte) bool {
	if fieldCount(next, sep) >= 2 || strings.Count(next, `"`)%2 == 1 {
		return true
	}
	t := strings.TrimSpace(next)
	return t != "" && strings.Trim(t, "-+=|: ") == ""
}
