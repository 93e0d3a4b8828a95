package redact

import "strings"

// Text laid out in columns (pdftotext -layout, fixed-width reports) puts
// three spaces or more between a value and the next column's, but only two
// when the value is long enough to reach the column: "address: Storgatan
// 87, 814 04 Stockholm  VAT reg. …". In such a text two spaces before a
// capital end a name or an address too; elsewhere two spaces are a typing
// slip inside a value and are read across.

// layoutGap returns where a value v found in the text s ends at a column's
// gap: columnGap's three spaces or a tab, or, in a text that has a
// three-space gap elsewhere, two spaces before an upper-case letter.
func layoutGap(s, v string) int {
	g := columnGap(v)
	t := strings.Index(v, "  ")
	if t <= 0 || g >= 0 && g <= t {
		return g
	}
	for t > 0 {
		if t+2 < len(v) && v[t+2] >= 'A' && v[t+2] <= 'Z' && strings.Contains(s, "   ") {
			return t
		}
		n := strings.Index(v[t+2:], "  ")
		if n < 0 {
			break
		}
		t += 2 + n
		if g >= 0 && t >= g {
			break
		}
	}
	return g
}
