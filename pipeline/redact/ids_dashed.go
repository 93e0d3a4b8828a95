package redact

import "strings"

// Marketplaces write some order numbers as digit groups joined by dashes:
// eBay's "12-34567-89012", Amazon's "123-1234567-1234567", many shops'
// "2026-000123". Under a field whose key names an order or an id
// ("order_id", "order.id", "OrderId", "payload.orderNumber"), such a value
// is that id, however much its groups look like a national phone number
// with a trunk prefix. A card written in dashed groups under such a key
// (Luhn-valid, 13 to 19 digits) is still read as a card.

// dashedIDValue reports a value of two to six groups of digits joined by
// single dashes, 8 to 24 digits in all, beginning and ending with a digit.
func dashedIDValue(v string) bool {
	if len(v) < 9 || len(v) > 30 || !isDigit(v[0]) || !isDigit(v[len(v)-1]) {
		return false
	}
	digits, groups := 0, 1
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c == '-' && v[i-1] != '-':
			groups++
		default:
			return false
		}
	}
	return groups >= 2 && groups <= 6 && digits >= 8 && digits <= 24
}

// dashedIDField reports a field holding an id written in dashed digit
// groups: the path's class is an id's, its last part names an order or
// ends in "id"/"ids", and the value is no card.
func dashedIDField(path, v string) bool {
	if !dashedIDValue(v) || !orderPath(path) && !idSegment(path) {
		return false
	}
	var buf [32]byte
	d := buf[:0]
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			d = append(d, v[i])
		}
	}
	return !(len(d) >= 13 && len(d) <= 19 && validCard(d, true))
}

// idSegment reports a path whose last part ends in "id" or "ids" as a word
// of its own ("order_id", "OrderId", "parcelID"), not a word that merely
// ends so ("paid", "android").
func idSegment(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	n := len(seg)
	if n > 0 && (seg[n-1] == 's' || seg[n-1] == 'S') {
		n--
	}
	if n < 2 || !strings.EqualFold(seg[n-2:n], "id") {
		return false
	}
	if n == 2 {
		return true
	}
	b := seg[n-3]
	return b == '_' || b == '-' || seg[n-2] == 'I' || n == len(seg) && strings.HasSuffix(seg, "ID")
}

// sqlIDRanges returns the quoted values of an INSERT's id columns
// ("INSERT INTO orders (order_id, buyer_email) VALUES ('12-34567-89012',
// …)"): an order number or another id there is the row's id, not a phone,
// however its digits are grouped (dropPhonesIn). Columns are matched to
// values as sqlSpans does.
func sqlIDRanges(s string) []idRange {
	var out []idRange
	for off := 0; off < len(s); {
		v := indexFold(s[off:], "values")
		if v < 0 {
			break
		}
		v += off
		off = v + 6
		cols := statement{s: s[:v+6]}.columnList()
		if cols == nil {
			continue
		}
		idCol := make([]bool, len(cols))
		any := false
		for i, c := range cols {
			var buf [64]byte
			if keyClass(normKey(buf[:0], strings.ReplaceAll(c, " ", ""))) == keyID {
				idCol[i], any = true, true
			}
		}
		if !any {
			continue
		}
		p := v + 6
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) || s[p] != '(' {
			continue
		}
		p++
		for col := 0; p < len(s) && s[p] != ')' && col < 256; col++ {
			for p < len(s) && s[p] == ' ' {
				p++
			}
			if p < len(s) && s[p] == '\'' {
				e := quoted(s, p+1, '\'')
				if col < len(cols) && idCol[col] && e > p+1 {
					out = append(out, newIDRange(p+1, e, cols[col]))
				}
				p = e + 1
			} else {
				for p < len(s) && s[p] != ',' && s[p] != ')' {
					p++
				}
			}
			for p < len(s) && s[p] == ' ' {
				p++
			}
			if p < len(s) && s[p] == ',' {
				p++
			}
		}
	}
	return out
}

// ebayOrderShaped reports eBay's order number: two, five and five digits
// joined by dashes ("12-34567-89012"). No numbering plan writes a phone
// so; as a positional argument it is the record's order, not a phone.
func ebayOrderShaped(v string) bool {
	if len(v) != 14 || v[2] != '-' || v[8] != '-' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i != 2 && i != 8 && !isDigit(v[i]) {
			return false
		}
	}
	return true
}
