package redact

// A list of order numbers after an order's label. A DSAR export or a
// support note lists a buyer's orders of several marketplaces in one
// line ("orders: 702-9324123-9674259, 91-75710-71835"): the label makes
// the first item an order, and the items after it, one comma apart, are
// orders too, whatever their shape (eBay's 2-5-5 numbers look like an
// Indian mobile written with its country code). A phone in such a list
// would follow its own word ("orders: …, phone 98765 43210"), which ends
// the list.

// orderListAt reports that the digits at i (after ", ") are an item of a
// comma-separated list of ids that an order's word or label opens.
func orderListAt(s string, i int) bool {
	p := i - 2 // the comma
	for items := 0; items < 8 && p > 0 && s[p] == ','; items++ {
		e := p
		b := e
		digits := 0
		for b > 0 && e-b < 32 && (isAlnum(s[b-1]) || s[b-1] == '-' || s[b-1] == '#') {
			if isDigit(s[b-1]) {
				digits++
			}
			b--
		}
		if digits < 4 || b == e || b < 2 || s[b-1] != ' ' {
			return false // each item an id: digits, maybe letters and dashes
		}
		if s[b-2] == ',' {
			p = b - 2
			continue
		}
		q := b - 1
		if s[q-1] == ':' || s[q-1] == '=' {
			q--
		}
		w := q
		for w > 0 && q-w < 16 && (isAlpha(s[w-1]) || s[w-1] == '_') {
			w--
		}
		if w == q || q-w >= 16 || w > 0 && isDigit(s[w-1]) {
			return false
		}
		var buf [16]byte
		return orderWord(string(lower(buf[:0], s[w:q])))
	}
	return false
}
