package redact

import (
	"strings"
)

// Rows without a header: a line of an import that failed ("csv: line 558:
// wrong number of fields: 241006X;Giovanni Rossi;328 0264065;…"), a TSV
// record echoed in a message. Nothing names the columns, but a row that
// already holds PII (a redacted address, an email) is a buyer's record: its
// other cells are read by their shape, a person's name or a phone number.

// rowSeps are the separators of a header-less row.
const rowSeps = ";\t|"

// rowSpans returns the cells of header-less rows of s that look like names
// or phone numbers, in rows where another cell is PII (found already: a
// span in have, or a marker of an earlier pass).
//
// Under a CSV header the lines are rows with names: a column whose name
// says it holds no PII (plainColumn) is not read by shape.
func rowSpans(s string, have []span) []span {
	var out []span
	var plain []bool
	var hsep byte
	h, ok := findHeader(s)
	if ok {
		hsep = h.sep
		for _, f := range strings.Split(strings.TrimRight(s[h.start:h.end], "\r"), string(h.sep)) {
			plain = append(plain, plainColumn(strings.Trim(strings.TrimSpace(f), `"`)))
		}
	}
	for ls := 0; ls < len(s); {
		le := csvRowLen(s[ls:]) // a quoted cell may hold line breaks (damage_csv.go)
		var pl []bool
		if ok && ls > h.end {
			pl = plain
		}
		out = rowLine(out, s, ls, ls+le, have, pl, hsep)
		ls += le + 1
	}
	return out
}

func rowLine(out []span, s string, ls, le int, have []span, plain []bool, hsep byte) []span {
	line := s[ls:le]
	var sep byte
	for i := 0; i < len(rowSeps); i++ {
		if strings.Count(line, rowSeps[i:i+1]) >= 3 {
			sep = rowSeps[i]
			break
		}
	}
	if sep == 0 {
		return out
	}
	if sep != hsep {
		plain = nil
	}
	type cell struct{ a, b int }
	var cells []cell
	pii, phone := false, false
	for col, cs := 0, ls; cs <= le; col++ {
		ce := csvCellEnd(s, cs, le, sep) // a quoted cell keeps its separators
		if ce < 0 {
			ce = le
		} else {
			ce += cs
		}
		a, b := cs, ce
		for a < b && (s[a] == ' ' || s[a] == '"' || s[a] == '\\') {
			a++
		}
		for b > a && (s[b-1] == ' ' || s[b-1] == '"' || s[b-1] == '\r' || s[b-1] == '\\') {
			b--
		}
		if strings.Contains(s[a:b], "[REDACTED:") || strings.Contains(s[a:b], "[HASH:") || overlaps(have, a, b) {
			pii = true
			phone = phone || rowPhoneCell(s, a, b, have) // damage_rows.go
		} else if col >= len(plain) || !plain[col] {
			cells = append(cells, cell{a, b})
		}
		cs = ce + 1
	}
	if !pii {
		return out
	}
	for _, c := range cells {
		v := s[c.a:c.b]
		switch {
		case nameShaped(v) && !notPersonValue(v) && !facilityValue(v) && !goodsTitle18(v) && !keep22RowPlace(s, ls, c.a, sep, have): // (a firm, a job title, a warehouse: damage17_traps.go; goods: damage18_goods.go; the row's store after its amount: keep22_rows.go)
			out = append(out, span{start: c.a, end: c.b, kind: KindName})
		case (phoneShaped(v) || rowPhone20(v)) && !(phone && compactIDCell(v)) && !trackingGroups21(v): // (7–8 digits in groups, dotted groups: phones20_fixed.go; 4-4-4: ids21_values.go)
			out = append(out, span{start: c.a, end: c.b, kind: KindPhone})
		}
	}
	return out
}

func overlaps(sp []span, a, b int) bool {
	for _, x := range sp {
		if x.start < b && x.end > a && x.kind != KindCustom {
			return true
		}
	}
	return false
}

// nameShaped reports a cell that reads as a person's name: two to five
// words of letters, the first capitalised (or of a script without case),
// particles allowed inside ("Suresh a/l Nair", "Ma. Theresa Villanueva").
func nameShaped(v string) bool {
	if len(v) < 4 || len(v) > 80 {
		return false
	}
	words := strings.Fields(v)
	if len(words) < 2 || len(words) > 5 {
		return false
	}
	for n, w := range words {
		if n > 0 && legalForm(w, 0, len(w)) {
			return false // "Tisza Zrt.", "Andina Ltda.": a company
		}
		if n > 0 && particles[w] {
			continue
		}
		if !(isUpper(w[0]) || w[0] >= 0x80) {
			return false
		}
		if e := nameWordEnd(w, 0); e != len(w) && !(e == len(w)-1 && w[e] == '.') {
			return false
		}
		var buf [16]byte
		if len(w) <= len(buf) && notNames[string(lower(buf[:0], w))] {
			return false
		}
	}
	return hasLowerOrHigh(v)
}

// phoneShaped reports a cell that is a phone number without a key: nine
// to twelve digits, or up to thirteen when written in groups, with an
// optional '+' and brackets.
func phoneShaped(v string) bool {
	digits, seps, dots := 0, 0, 0
	var d [16]byte
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			if digits < len(d) {
				d[digits] = c
			}
			digits++
		case c == '.':
			dots++
			seps++
		case c == ' ' || c == '-' || c == '(' || c == ')':
			seps++
		case c == '+' && i == 0:
		default:
			return false
		}
	}
	if digits < 9 || digits > 13 || digits > 12 && seps == 0 {
		return false
	}
	if isDigit(v[0]) && strings.Trim(v, v[:1]) == "" { // 000000000
		return false
	}
	return !cellLookAlike(v, d[:digits], seps, dots)
}

// cellLookAlike reports a cell of digits that is something else than a
// phone even in a row that holds PII: an IPv4 address, an amount, epoch
// seconds, a product code (UPC, EAN/ISBN) or a long compact id that no
// numbering plan makes a mobile.
func cellLookAlike(v string, d []byte, seps, dots int) bool {
	if v[0] == '+' || v[0] == '(' {
		return false // written as a phone
	}
	if dots == 3 && seps == 3 && ipv4(v) {
		return true
	}
	if seps == 1 && dots == 1 && len(v) > 3 && v[len(v)-3] == '.' {
		return true // 1234567.89
	}
	if seps > 0 {
		n := len(d)
		return n == 13 && (d[0] == '9' && d[1] == '7' && (d[2] == '8' || d[2] == '9')) && upcValid(d) || ebayOrder15(v) || // ISBN-13; eBay's order (damage15_ids.go)
			krBRNShaped32(v) // a Korean business's number, 3-2-5 (dm32_orders.go)
	}
	switch n := len(d); {
	case n == 10 && d[0] == '1':
		return true // epoch seconds: no national number of ten digits begins with 1
	case n >= 12:
		return !intlMobile(d) && !(d[0] == '0' && d[1] == '0')
	}
	return false
}

// ipv4 reports a dotted quad of numbers up to 255 without leading zeros.
func ipv4(v string) bool {
	parts := strings.Split(v, ".")
	if len(parts) != 4 {
		return false
	}
	for _, p := range parts {
		if len(p) == 0 || len(p) > 3 || len(p) > 1 && p[0] == '0' {
			return false
		}
		n := 0
		for i := 0; i < len(p); i++ {
			if !isDigit(p[i]) {
				return false
			}
			n = n*10 + int(p[i]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}
