package redact

import "strings"

// A delimited row under its header names each cell: the neighbour-phone
// rule (phones22_neighbours.go) reads the value after a name or an e-mail
// as a phone by its shape, but a header that names that column for
// something else ("…|buyer_name|awb|postcode", "name;email;order_no")
// says it is an id, a waybill, a number of the shop's. cellNamedOther23
// reports that the cell at q sits in a row of the text's header (its
// separator) whose column is named, and named for no phone.
func cellNamedOther23(s string, q int) bool {
	ls := strings.LastIndexByte(s[:q], '\n') + 1
	if ls == 0 {
		return false // the header is a line before the row
	}
	h, ok := findHeader(s)
	if !ok || h.end >= ls {
		return false
	}
	col, inq := 0, false
	for i := ls; i < q; i++ {
		switch s[i] {
		case '"':
			inq = !inq
		case h.sep:
			if !inq {
				col++
			}
		}
	}
	if col == 0 {
		return false // not a cell of the header's row (a preamble, another shape)
	}
	header := strings.TrimRight(s[h.start:h.end], "\r")
	fields := strings.Split(header, string(h.sep))
	if col >= len(fields) || fieldCount(strings.TrimRight(lineAt23(s, ls), "\r"), h.sep) != len(fields) {
		return false
	}
	f := strings.Trim(strings.TrimSpace(fields[col]), `"`)
	if k, _ := columnKind(f); k == KindPhone {
		return false
	} else if k != 255 {
		return true
	}
	return plainColumn(f)
}

// lineAt23 returns the line that starts at ls.
func lineAt23(s string, ls int) string {
	if e := strings.IndexByte(s[ls:], '\n'); e >= 0 {
		return s[ls : ls+e]
	}
	return s[ls:]
}

// intlStrict23 reports a mobile with its country code by a plan that fixes
// the code, the mobile prefix and the exact length (intlMobile22's of 12
// digits, Ireland's, Nepal's): next to its owner's name or e-mail such a
// value is the owner's mobile even when its last digit happens to make a
// valid UPC-A or EAN-13 check (one value in ten does). Other 13-digit
// mobiles share their first digits with product codes' GS1 prefixes
// (Germany's 4915–4917 with Japan's 49, Indonesia's 628 with 628) and
// keep the check.
func intlStrict23(d []byte) bool {
	n := len(d)
	if n == 12 && intlMobile22(d) {
		return true
	}
	switch {
	case n == 13 && d[0] == '9' && d[1] == '7' && d[2] == '7':
		return d[3] == '9' && (d[4] == '7' || d[4] == '8') // Nepal 97x/98x + 8
	case n == 12 && d[0] == '3' && d[1] == '5' && d[2] == '3':
		return d[3] == '8' && strings.IndexByte("35679", d[4]) >= 0 // Ireland 83/85/86/87/89 + 7
	}
	return false
}
