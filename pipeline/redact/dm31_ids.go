package redact

import "strings"

// A D-U-N-S number is nine digits grouped 2-3-4 by dashes ("27-478-6573").
// A phone written in those groups is a national number with its trunk 0
// (Israel's, Thailand's, Korea's "02-123-4567"); without the 0 the groups
// are the company's number, wherever it stands without a label (a
// fixed-width row's cell, a label's field, a header-less row).

// dunsShaped31 reports v grouped 2-3-4 by dashes, not led by a 0.
func dunsShaped31(v string) bool {
	if len(v) != 11 || v[2] != '-' || v[6] != '-' || v[0] == '0' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i != 2 && i != 6 && !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// ordinal31 reports a street's ordinal number: "34TH", "5th", "2nd", "101st".
func ordinal31(w string) bool {
	d := 0
	for d < len(w) && isDigit(w[d]) {
		d++
	}
	if d == 0 || d > 4 || len(w) != d+2 {
		return false
	}
	switch strings.ToLower(w[d:]) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// buyerAccount31 reports a kind of value only a buyer's record holds
// beside the buyer's name and address: an IBAN, a card, a resident id.
// A row that holds one is a person's as a row with a phone is
// (personInRow).
func buyerAccount31(k Kind) bool {
	return k == KindIBAN || k == KindCard || k == KindCNID
}

// idCellsBefore31 returns where the street of the cell s[a:b] starts: a
// fixed-width row parts its cells by two spaces, so a cell read at three
// ("4006381333931  Národní 12") may begin with other cells that are ids:
// parts whose every word holds a digit or '_', one of seven bytes or
// more. Those are skipped while the rest still reads as a street.
func idCellsBefore31(s string, a, b int) int {
	for {
		g := strings.Index(s[a:b], "  ")
		if g < 0 || !idCell31(s[a:a+g]) {
			return a
		}
		n := a + g
		for n < b && s[n] == ' ' {
			n++
		}
		if n >= b || !streetCell(s[n:b]) {
			return a
		}
		a = n
	}
}

// idCell31 reports a cell of ids: every word holds a digit or '_', one
// of seven bytes or more.
func idCell31(v string) bool {
	long := false
	for _, w := range strings.Fields(v) {
		if countDigits(w) == 0 && strings.IndexByte(w, '_') < 0 {
			return false
		}
		long = long || len(w) >= 7
	}
	return long
}

// overflowNameSpans31 returns the names after an address in the
// fixed-width rows of s (overflowNames31); have are the spans found.
func overflowNameSpans31(s string, have []span) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		var cb [12]wideSpan
		if cells := wideCells(s, ls, le, cb[:0]); len(cells) >= 3 {
			out = overflowNames31(s, cells, have, out)
		}
		ls = next
	}
	return out
}

// overflowNames31 appends the names that follow an address in its cell of
// a fixed-width row: an address that fills its column runs into the next
// one with a single space ("…, DAYTON, OH 42004 GIVEN FAMILY"), and what
// follows it in the cell is read as a cell of its own, a name in capitals
// as fixedWidthCapsNames30 reads one.
func overflowNames31(s string, cells []wideSpan, have, out []span) []span {
	for _, c := range cells {
		for _, x := range have {
			if x.kind != KindAddress || x.start < c.a || x.end >= c.b-7 || x.end <= c.a || s[x.end] != ' ' || s[x.end+1] == ' ' {
				continue
			}
			if v := s[x.end+1 : c.b]; capsName(v) && !plainRun(v) && !incoterm30(v) && !overlapsAny(have, x.end+1, c.b) {
				out = append(out, span{start: x.end + 1, end: c.b, kind: KindName})
			}
		}
	}
	return out
}

// edifactRefRanges31 returns the data of the RFF segments of an EDIFACT
// message ("RFF+ON:…'", "RFF+AAK:…'"): a reference's qualifier and its
// number, an order's, a delivery note's, a consignment's, never a phone
// (a party's phone is a COM segment's, read by edifact.go).
func edifactRefRanges31(s string) []idRange {
	var out []idRange
	for off := 0; ; {
		i := strings.Index(s[off:], "RFF+")
		if i < 0 {
			return out
		}
		p := off + i
		off = p + 4
		if p > 0 && s[p-1] != '\'' && s[p-1] != '\n' && s[p-1] != '\r' && s[p-1] != ' ' {
			continue
		}
		c := strings.IndexByte(s[off:min(len(s), off+5)], ':') // the qualifier: "ON", "AAK"
		if c < 0 {
			continue
		}
		a := off + c + 1
		if e := edifactEnd(s, a); e > a {
			out = append(out, idRange{a: a, b: e})
		}
	}
}
