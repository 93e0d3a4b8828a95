package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// SAP IDocs written as flat files (the port of type "file", WE19, the
// status monitor's dumps) put each field in fixed columns with no key:
//
//	E2EDKA1003…0000000992873543 WE <NAME1>     <STRAS>     <PSTLZ> <ORT01>     <TELF1>
//	E2EDK28000…0000000830945936 HU <ACNUM>…<ACNAM>
//
// The partner segment (E1EDKA1/E2EDKA1, and E1EDPA1/E2EDPA1 for an item)
// of a buyer's party function (AG sold-to, WE ship-to, RE bill-to, RG
// payer; not the vendor LF or the forwarding agent SP) holds the buyer's
// name, street and phone; the bank segment (E1EDK28/E2EDK28) an account
// number and its holder. Columns are padded with spaces, so a field ends
// at two spaces; a column that overflows runs into the next one
// ("…9940Balogh Máté"). The XML form (<TELF1>, <STRAS>, <ACNAM>) is read
// by its element names (sapFieldKeys).

// sapFieldKeys are the SAP field names of a partner's phone, fax, street
// and an account holder, as XML elements and JSON keys name them.
var sapFieldKeys = map[string]int{"telf1": keyPhone, "telf2": keyPhone, "telfx": keyPhone, "telbx": keyPhone,
	"stras": keyAddress, "strs2": keyAddress, "street1": keyAddress, "acnam": keyName, "koinh": keyName}

// mayHoldIDocFlat is idocFlatSpans's cheap test.
func mayHoldIDocFlat(s string) bool {
	return strings.Contains(s, "EDKA1") || strings.Contains(s, "EDPA1") || strings.Contains(s, "EDK28")
}

// idocFlatSpans returns the buyer's fields of the flat IDoc segments in s.
func idocFlatSpans(s string) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := s[ls:le]
		if len(line) > 8 && line[0] == 'E' && (line[1] == '1' || line[1] == '2') {
			switch line[2:7] {
			case "EDKA1", "EDPA1":
				out = idocPartner(s, ls, le, out)
			case "EDK28":
				out = idocBank(s, ls, le, out)
			}
		}
		ls = le + 1
	}
	return out
}

// idocHeader returns where the data of a flat segment line starts (after
// the segment name and control digits, and one space) and its first
// two or three letters (the qualifier), or -1.
func idocHeader(s string, ls, le int) (int, string) {
	p := ls + 7
	for p < le && isAlnum(s[p]) {
		p++
	}
	if p >= le || s[p] != ' ' {
		return -1, ""
	}
	p++
	q := p
	for q < le && isUpper(s[q]) {
		q++
	}
	if q-p < 2 || q-p > 3 || q >= le || s[q] != ' ' {
		return -1, ""
	}
	return q + 1, s[p:q]
}

// idocPartner reads a partner segment's fields: the name, the street after
// it, and phone numbers.
func idocPartner(s string, ls, le int, out []span) []span {
	p, q := idocHeader22(s, ls, le) // (people22_idoc.go)
	switch q {
	case "AG", "WE", "RE", "RG":
	default:
		return out
	}
	field := 0 // 0 before the name, 1 after it, 2 after the street
	postcode := false
	for p < le {
		for p < le && s[p] == ' ' {
			p++
		}
		e := p
		for e < le && !(s[e] == ' ' && (e+1 >= le || s[e+1] == ' ')) {
			e++
		}
		if e == p {
			break
		}
		v := s[p:e]
		switch {
		case isMarkerAt(s, p):
			if field < 2 {
				field++
			}
		case field == 2 && !postcode && len(v) <= 10 && idocPostcode(v):
			postcode = true // PSTLZ: the first short number after the street ("65000224", "702 00")
		case idocPhone(v):
			out = append(out, span{start: p, end: e, kind: KindPhone})
		case field == 0 && countDigits(v) == len(v):
			// the partner's number (PARTN): an id
		case field == 0 && hasLetter(v) && strings.IndexFunc(v, unicode.IsDigit) < 0 && !companyName(v):
			out = append(out, span{start: p, end: e, kind: KindName})
			field = 1
		case field == 0:
			field = 1 // a company, or a field that is no name: the street may still follow
		case field == 1 && hasLetter(v):
			out = append(out, span{start: p, end: e, kind: KindAddress})
			field = 2
		}
		p = e
	}
	return out
}

// idocPhone reports a field made of a phone's characters with 8 to 15
// digits of any script (a postcode has fewer, Japan's "104-9398" seven; an
// amount has a decimal comma or point).
func idocPhone(v string) bool {
	d := 0
	for _, r := range v {
		switch {
		case unicode.IsDigit(r):
			d++
		case r == ' ' || r == '+' || r == '(' || r == ')' || r == '-' || r == '/':
		default:
			return false
		}
	}
	return d >= 8 && d <= 15
}

// idocBank reads a bank segment: an IBAN, grouped or not, and the account
// holder written after it, in the next column or run into it.
func idocBank(s string, ls, le int, out []span) []span {
	p, _ := idocHeader(s, ls, le)
	if p < 0 {
		return out
	}
	for p < le && s[p] == ' ' {
		p++
	}
	if p+4 > le || !isUpper(s[p]) || !isUpper(s[p+1]) || !isDigit(s[p+2]) || !isDigit(s[p+3]) {
		return out
	}
	// The longest run of capitals, digits and single spaces that passes mod 97.
	var buf [34]byte
	n, end := 0, -1
	for q := p; q < le && n < len(buf); q++ {
		c := s[q]
		if c == ' ' {
			if q+1 < le && s[q+1] == ' ' {
				break
			}
			continue
		}
		if !isUpperNum(c) {
			break
		}
		buf[n] = c
		n++
		if n >= 15 && mod97(buf[:n]) {
			end = q + 1
		}
	}
	if end < 0 {
		return out
	}
	out = append(out, span{start: p, end: end, kind: KindIBAN})
	h := end
	for h < le && s[h] == ' ' {
		h++
	}
	e := h
	for e < le && !(s[e] == ' ' && (e+1 >= le || s[e+1] == ' ')) {
		e++
	}
	if v := s[h:e]; e > h && hasLetter(v) && strings.IndexFunc(v, unicode.IsDigit) < 0 && !companyName(v) {
		if r, _ := utf8.DecodeRuneInString(v); unicode.IsUpper(r) || r >= 0x80 && !unicode.IsLower(r) {
			out = append(out, span{start: h, end: e, kind: KindName})
		}
	}
	return out
}

// idocPostcode reports a postcode's shape: digits, with a space or a dash
// between groups.
func idocPostcode(v string) bool {
	d := 0
	for i := 0; i < len(v); i++ {
		switch {
		case isDigit(v[i]):
			d++
		case v[i] == ' ' || v[i] == '-':
		default:
			return false
		}
	}
	return d >= 3
}
