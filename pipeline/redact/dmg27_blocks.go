package redact

import "strings"

// Lines of a party's block (block.go) and of OCR's label lines
// (segments17_ocr.go) that are no part of a name or an address (dmg27):
//
//   - "key: value" with a key of one token that holds digits
//     ("isbn13: 978…", "content_sha256: c795…", "address_line1: …") is a
//     labelled line, as one of letters only is: it ends a block, and its
//     value is read by its key.
//   - An invoice's item line, laid out in columns: a description, a
//     quantity and an amount ("Nike Air Max 270      1  SEK 189,865.07",
//     "Phone Case Clear  1   95570.88"). It ends a block, and its
//     description is no label of OCR's.
//   - The other column's field run into a block's line with one space
//     ("…, Fitzroy VIC 2436 Order: 389-…"): the line ends before a
//     capitalised reference word and its colon.

// keyedLabel27 reports a label v[:c] of one token, a letter first, that
// holds digits and letters (two or more) and is followed by ": ".
func keyedLabel27(v string, c int) bool {
	if c < 3 || c+1 >= len(v) || v[c] != ':' || v[c+1] != ' ' || !isAlpha(v[0]) {
		return false
	}
	letters, digits := 0, 0
	for i := 0; i < c; i++ {
		switch b := v[i]; {
		case isAlpha(b):
			letters++
		case isDigit(b):
			digits++
		case b == '_' || b == '-' || b == '.':
		default:
			return false
		}
	}
	return digits > 0 && letters >= 2
}

// itemLine27 reports an item line s[a:b] (see above): a description that
// opens with a letter, a gap of two spaces or more, a quantity of one to
// four digits, a gap, and an amount with two decimals, a currency's code
// or sign beside it, ending the line.
func itemLine27(s string, a, b int) bool {
	if b-a < 12 || !isDigit(s[b-1]) && !isAlpha(s[b-1]) && s[b-1] < 0x80 {
		return false
	}
	if s[a] < 0x80 && !isAlpha(s[a]) {
		return false
	}
	g := strings.Index(s[a:b], "  ")
	if g < 3 {
		return false
	}
	p := a + g
	for p < b && s[p] == ' ' {
		p++
	}
	q := p
	for q < b && isDigit(s[q]) {
		q++
	}
	if q == p || q-p > 4 || q+2 >= b || s[q] != ' ' || s[q+1] != ' ' {
		return false
	}
	for q < b && s[q] == ' ' {
		q++
	}
	return amountCell27(s[q:b])
}

// amountCell27 reports an amount with two decimals and at most a
// currency's code or sign (four letters) beside it: "SEK 189,865.07",
// "₱15,159.52", "78,619.26 Ks", "95570.88".
func amountCell27(v string) bool {
	letters, digits, dec := 0, 0, false
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digits++
			if i >= 3 && (v[i-2] == '.' || v[i-2] == ',') && isDigit(v[i-1]) && isDigit(v[i-3]) && (i+1 == len(v) || !isDigit(v[i+1])) {
				dec = true
			}
		case isAlpha(c):
			letters++
		case c == '.' || c == ',' || c == ' ' || c == '\'' || c >= 0x80:
		default:
			return false
		}
	}
	return dec && digits >= 3 && letters <= 4
}

// rightLabelCut27 returns where the line s[a:b] ends before a capitalised
// reference word and its colon run into it with one space ("… 2436 Order:
// 389-…"), or b.
func rightLabelCut27(s string, a, b int) int {
	for p := a + 8; p+4 < b; p++ {
		if s[p] != ' ' || !isUpper(s[p+1]) || s[p-1] == ' ' {
			continue
		}
		q := p + 1
		for q < b && isAlpha(s[q]) {
			q++
		}
		if q+1 >= b || s[q] != ':' || s[q+1] != ' ' || q-p-1 > 9 {
			continue
		}
		var buf [12]byte
		if referenceWords[string(lower(buf[:0], s[p+1:q]))] {
			return p
		}
	}
	return b
}
