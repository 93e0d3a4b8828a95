package redact

import "strings"

// Fixed-width rows. An ERP or a warehouse exports its records as columns
// padded with spaces (`3927492867          MAAIKE KUIPERS      Jl. …
// +62 …   …@…   2026-11-21`). Nothing names the columns in the row, but a
// row that holds other PII of the record (an address, a phone, an e-mail:
// a span of this pass or a marker) is a buyer's record, and a cell shaped
// like a person's name before the first of them is the buyer's name: as
// argName reads an argument (two to five capitalised or capital words,
// "FAMILY, Given", a Han name), or one word of a caseless script of two to
// four syllables (`이수아`). Cells after the first PII cell are the rest
// of the address (a city, a region) and stay.

// mayHoldFixedWidth is the cheap test before fixedWidthNameSpans.
func mayHoldFixedWidth(s string, tp *textPairs) bool {
	return len(s) >= 32 && tp.contains("    ")
}

// fixedWidthNameSpans returns the name-shaped cells of fixed-width rows in
// s that hold other PII; with capsOnly (rows padded with fewer spaces),
// only the names in capitals of fixedWidthGlued31.
func fixedWidthNameSpans(s string, have []span, capsOnly bool) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls) // a raw or an escaped line break (otp14_turns.go)
		out = fixedWidthRow(s, ls, le, have, out, capsOnly)
		ls = next
	}
	return out
}

// fixedWidthRow appends the name cells of the row s[ls:le].
func fixedWidthRow(s string, ls, le int, have, out []span, capsOnly bool) []span {
	var cb [12]wideSpan
	cells := wideCells(s, ls, le, cb[:0])
	if len(cells) < 3 {
		return out
	}
	first := firstPIICell(s, cells, have)
	if first < 0 {
		return out
	}
	if first == 0 || capsOnly {
		return fixedWidthGlued31(s, cells, have, out) // "… ROE, JANE 050-…": names in capitals glued to their neighbours (doc31_layout.go)
	}
	for _, c := range cells[:first] {
		v := s[c.a:c.b]
		if argName(v) && !plainRun(v) || caselessOneName(v) {
			out = append(out, span{start: c.a, end: c.b, kind: KindName})
		}
	}
	out = fixedWidthCapsNames30(s, cells, first, have, out) // "… +40 …   MUNTEANU ALEXANDRA" (doc30_docs.go)
	return fixedWidthGlued31(s, cells, have, out)
}

// plainRun reports a run with a word of goods, statuses, teams or places.
func plainRun(v string) bool {
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		var buf [24]byte
		if len(w) <= len(buf) {
			if lw := string(lower(buf[:0], w)); statusWords14[lw] || teamWords[lw] || shopWords[lw] || plainWord(w) {
				return true
			}
		}
	}
	return false
}

// caselessOneName reports one word of Hangul of two to four syllables, or
// two to four Han characters beginning with a family name.
func caselessOneName(v string) bool {
	return strings.IndexByte(v, ' ') < 0 && v != "" && v[0] >= 0x80 && n14HanOrHangulName(v)
}

// wideSpan is a cell of a fixed-width record: s[a:b].
type wideSpan struct{ a, b int }

// wideCells appends to cells (up to its capacity) the cells of the
// fixed-width record s[ls:le].
func wideCells(s string, ls, le int, cells []wideSpan) []wideSpan {
	for p := ls; len(cells) < cap(cells); {
		a, e, ok := wideCell(s, p, le)
		if !ok {
			break
		}
		cells = append(cells, wideSpan{a, e})
		p = e
	}
	return cells
}

// firstPIICell returns the index of the first cell that holds PII (a span
// of have or a marker), or -1.
func firstPIICell(s string, cells []wideSpan, have []span) int {
	for i, c := range cells {
		if overlapsAny(have, c.a, c.b) || hasMarker(s[c.a:c.b]) {
			return i
		}
	}
	return -1
}

// wideCell returns the next cell of a fixed-width record s[:le] from p:
// cells are parted by two spaces or more (one space stays inside a cell).
func wideCell(s string, p, le int) (start, end int, ok bool) {
	for p < le && s[p] == ' ' {
		p++
	}
	if p >= le {
		return p, p, false
	}
	e := p
	for e < le && !(s[e] == ' ' && e+1 < le && s[e+1] == ' ') {
		e++
	}
	return p, e, true
}
