package redact

import "strings"

// The recipient's phone on a label. A shipping or pickup label prints the
// recipient's block in order: the name, the address, then the phone, each
// a text field of its own, and a phone there is written as the buyer gave
// it: national digits without a trunk ("584735090", "22869501"), groups
// of the national plan ("564 12 55 85", "1170 4845"), dotted groups. So a
// text field right after the recipient's name or address field (found,
// shaped as one, or a marker) that is made of a phone's characters with 7
// to 15 digits is the recipient's phone, unless it reads as a date, an
// IPv4 address, an HS code, epoch seconds, a barcode's number (twelve
// digits or more in one piece: UPC, EAN, SSCC, FedEx), a tracking number
// in fours (Yamato's 4-4-4), an air waybill (3-8), a postcode of two
// dashed groups (150-0031, 1000-001, 01310-100) or a version (10.12.345,
// dotted after a group of one or two digits); ten digits or more in
// one piece count only after the name (after the address they are as
// often the carrier's waybill). The rest of the label's evidence rule
// (zplLabel) still holds.
//
// Labels for Eltron/Zebra EPL printers write a text field as an "A"
// command and a barcode as a "B" command, the data quoted last:
//
//	N
//	A50,40,0,3,1,1,N,"Given Family"
//	A50,80,0,3,1,1,N,"0065 2123 2327"
//	B50,160,0,1,2,2,100,B,"1Z999AA10123456784"
//	P1
//
// eplLabels20 reads those fields as a ZPL label's are read.

// recipientPhone20 reports the text field k of a label (kinds holds the
// kinds read for the fields before it) that stands right after the
// recipient's name or address and is shaped as a phone.
func (sc *scanner) recipientPhone20(fields []zplField, k int, kinds []Kind) bool {
	if k == 0 || fields[k].barcode || fields[k-1].barcode {
		return false
	}
	s := sc.s
	if !labelPhone20(s[fields[k].a:fields[k].b]) {
		return false
	}
	p := fields[k-1]
	prev := kinds[k-1]
	if prev != KindName && prev != KindAddress {
		pv := s[p.a:p.b]
		switch {
		case strings.Contains(pv, "[REDACTED:name]") || strings.Contains(pv, "[HASH:name:"):
			prev = KindName
		case strings.Contains(pv, "[REDACTED:address]") || strings.Contains(pv, "[HASH:address:"):
			prev = KindAddress
		}
		for _, x := range sc.spans {
			if x.start < p.b && x.end > p.a && (x.kind == KindName || x.kind == KindAddress) {
				prev = x.kind
			}
		}
	}
	if prev == KindAddress && compactDigits20(s[fields[k].a:fields[k].b]) >= 10 {
		return false // ten digits in one piece after the address: as often the carrier's waybill (DHL)
	}
	return prev == KindName || prev == KindAddress
}

// compactDigits20 returns the length of v when it is digits in one piece,
// else 0.
func compactDigits20(v string) int {
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return 0
		}
	}
	return len(v)
}

// labelPhone20 reports a field's data shaped as a phone written without a
// label: digits in one piece (8 to 11) or in groups joined by spaces,
// dashes, dots or slashes (7 to 15 digits), an optional '+' and brackets;
// not a date, an IPv4 address, an HS code, epoch seconds or what a
// header-less row's cell is instead of a phone (cellLookAlike).
func labelPhone20(v string) bool {
	if len(v) < 7 || len(v) > 24 || !phoneChars20(v, 7, 15) {
		return false
	}
	var lens [16]int
	var dg [16]byte
	n, d, dots, slashes, seps := 0, 0, 0, 0, 0
	in := false
	for i := 0; i < len(v); i++ {
		c := v[i]
		if isDigit(c) {
			dg[d] = c
			d++
			if !in {
				if n == len(lens) {
					return false
				}
				n++
				in = true
			}
			lens[n-1]++
			continue
		}
		in = false
		switch c {
		case '.':
			dots++
		case '/':
			slashes++
		}
		if c != '+' {
			seps++
		}
	}
	if ebayOrderShaped(v) || cellLookAlike(v, dg[:d], seps, dots) || dunsShaped31(v) { // (a D-U-N-S number: dm31_ids.go)
		return false // an eBay order (12-34567-89012), an ISBN, an amount, epoch seconds (rows.go)
	}
	if n == 1 {
		// in one piece: no barcode's length, no epoch seconds, no date
		return d >= 8 && d <= 11 && !(d == 10 && v[0] == '1') && !(d == 8 && compactDate20(v))
	}
	if n == 3 && (lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4 || lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2) {
		return false // a date: 07/09/2026, 2026-10-05, 11.11.2026
	}
	if n == 3 && lens[0] == 4 && lens[1] == 4 && lens[2] == 4 && !(v[0] == '0' && v[1] == '8') {
		return false // 4-4-4: a tracking number (Yamato), unless an Indonesian mobile (08xx)
	}
	if n == 2 && lens[0] == 3 && lens[1] == 8 && v[3] == '-' {
		return false // an air waybill: 176-48524806
	}
	if n == 2 && dots == 0 && v[lens[0]] == '-' && (lens[0] == 3 && lens[1] == 4 || lens[0] == 4 && lens[1] == 3 || lens[0] == 5 && lens[1] == 3) {
		return false // a postcode: Japan's 150-0031, Portugal's 1000-001, Brazil's 01310-100
	}
	if dots > 0 && lens[0] <= 2 && v[0] != '0' && !dottedNational23(v, lens[:n]) {
		return false // a version: 10.12.345 (dotted phones open with a trunk 0 or a longer group)
	}
	if slashes > 0 && dots > 0 {
		return false // dots and a slash: a tax id (Brazil's CNPJ 12.345.678/0001-90), not a phone
	}
	if slashes > 0 && v[0] != '+' && v[0] != '0' {
		return false // a slash: an area code's after a trunk, else a reference
	}
	if dots > 0 {
		if n == 4 && ipv4(v) {
			return false
		}
		if lens[0] == 4 && lens[1] == 2 && (n == 3 && lens[2] == 2 || n == 4 && lens[2] == 2 && lens[3] == 2) && dots == n-1 {
			return false // an HS code: 8471.30.00, 8471.30.00.10
		}
	}
	return true
}

// compactDate20 reports eight digits that read as a date, YYYYMMDD.
func compactDate20(v string) bool {
	y := prefixNum(v, 4)
	m := prefixNum(v[4:], 2)
	dd := prefixNum(v[6:], 2)
	return y >= 1900 && y <= 2099 && m >= 1 && m <= 12 && dd >= 1 && dd <= 31
}

// mayHoldEPL20 is eplLabels20's cheap test: a quoted field after EPL's
// reverse-image flag.
func mayHoldEPL20(s string) bool {
	return strings.Contains(s, ",N,\"") || strings.Contains(s, ",N,\\\"") || strings.Contains(s, ",R,\"")
}

// eplLabels20 reads the EPL labels of the scanner's text: each run of
// "A"/"B" commands (with the other commands between them) is one label.
func (sc *scanner) eplLabels20() {
	s := sc.s
	var out []span
	var fields []zplField
	la := -1
	flush := func(e int) {
		if len(fields) >= 2 {
			out = sc.labelFields(la, e, fields, out)
		}
		fields, la = fields[:0], -1
	}
	for p := 0; p < len(s); {
		le, next := otpLineEnd(s, p) // a raw or an escaped line break (otp14_turns.go)
		if f, ok := eplField20(s, p, le); ok {
			if la < 0 {
				la = p
			}
			fields = append(fields, f)
		} else if la >= 0 && !eplCommand20(s[p:le]) {
			flush(p)
		}
		p = next
	}
	flush(len(s))
	sc.mergeSpans(out)
}

// eplField20 reads an "A" (text) or "B" (barcode) command on the line
// s[p:le]: its quoted data, the last parameter.
func eplField20(s string, p, le int) (zplField, bool) {
	if le-p < 12 || s[p] != 'A' && s[p] != 'B' || !isDigit(s[p+1]) {
		return zplField{}, false
	}
	q := strings.IndexByte(s[p:le], '"')
	if q < 0 {
		return zplField{}, false
	}
	a := p + q + 1
	b := strings.IndexByte(s[a:le], '"')
	if b < 0 {
		return zplField{}, false
	}
	b += a
	if b > a && s[b-1] == '\\' {
		b-- // a quote escaped in JSON
		for b > a && s[b-1] == '\\' {
			b--
		}
	}
	if b <= a {
		return zplField{}, false
	}
	return zplField{a: a, b: b, barcode: s[p] == 'B'}, true
}

// eplCommand20 reports an EPL command line with no field data ("N",
// "P1", "q812", "Q1218,24", "ZT"), which a label holds between its fields.
func eplCommand20(line string) bool {
	if line == "" || len(line) > 24 || !isUpper(line[0]) && line[0] != 'q' {
		return false
	}
	return strings.IndexAny(line, " \"") < 0
}
