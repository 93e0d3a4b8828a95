package redact

import "strings"

// A phone read across a column gap into the amount beside it. A printed
// table (a pandas DataFrame, a psql grid) sets its columns apart with two
// spaces or more, and the phone reader joins digit groups across spaces:
// "(+52) 99 4787 6548  21 616,77 kr" was read as one number ending in
// "21 616". A phone's groups are set apart by one space; after a gap of
// two or more, what runs to the next gap or the line's end is the next
// cell. When that cell is an amount (amountText), the phone ends before
// the gap, provided what is left still holds a phone's seven digits.

// trimPhoneAmounts20 ends such phone spans before the gap.
func (sc *scanner) trimPhoneAmounts20() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindPhone || x.end-x.start < 10 {
			continue
		}
		g := strings.LastIndex(s[x.start:x.end], "  ")
		if g <= 0 {
			continue
		}
		g += x.start
		a := g
		for a < x.end && s[a] == ' ' {
			a++
		}
		t := a
		for t < len(s) && s[t] != '\n' && s[t] != '\t' && s[t] != '|' && !(s[t] == ' ' && t+1 < len(s) && s[t+1] == ' ') &&
			!(s[t] == '\\' && t+1 < len(s) && s[t+1] == 'n') {
			t++
		}
		if t <= x.end || !amountText(strings.TrimRight(s[a:t], " .,")) || countDigits(s[x.start:g]) < 7 {
			continue
		}
		x.end = g
	}
}

// An order id's prefix taken as a name's last word: "اسمي عمرو سالم الكود
// هو ORD-54792963" was read as a name up to "ORD", leaving "-54792963". A
// word of two to five capitals that the text goes on from with '-' and a
// digit is an id's prefix ("ORD-", "INV-", "PO-"): a name or an address
// ends before it.

// trimIDPrefixTails20 ends name and address spans before such a prefix.
func (sc *scanner) trimIDPrefixTails20() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName && x.kind != KindAddress || x.end+1 >= len(s) || s[x.end] != '-' || !isDigit(s[x.end+1]) {
			continue
		}
		w := x.end
		for w > x.start && isUpper(s[w-1]) {
			w--
		}
		if x.end-w < 2 || x.end-w > 5 || w == x.start || s[w-1] != ' ' {
			continue
		}
		e := w
		for e > x.start && s[e-1] == ' ' {
			e--
		}
		if e > x.start {
			x.end = e
		}
	}
}
