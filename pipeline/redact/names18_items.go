package redact

// The items of a back-office message's list (names17_items.go) are read
// on the text before anything in it is redacted, where a value's own full
// stops and a unit's abbreviation hide the full stop that ends an item:
//
//	e-mail given.family@example.com. Family, Given. remote addr …
//	gross weight 272.1 lb. G. Family
//
// A full stop and a space right after a value found on this pass (an
// e-mail, a phone, an address), or after a unit of one or two lower-case
// letters that follows a number, end an item as they would after a word.

// itemStops18 adds to seps (sorted, the string's bounds included) the
// separators of s's items that end a value of have or a number's unit.
func itemStops18(s string, seps []itemSep17, have []span) []itemSep17 {
	n := len(seps)
	for _, x := range have {
		if e := x.end; e+2 < len(s) && s[e] == '.' && s[e+1] == ' ' {
			seps = append(seps, itemSep17{e, e + 2})
		}
	}
	for i := 2; i+2 < len(s); i++ {
		if s[i] != '.' || s[i+1] != ' ' || !unitBefore18(s, i) {
			continue
		}
		seps = append(seps, itemSep17{i, i + 2})
	}
	if len(seps) == n {
		return seps
	}
	for i := n; i < len(seps); i++ { // (an insertion sort: no closure, no escape)
		for j := i; j > 0 && seps[j].a < seps[j-1].a; j-- {
			seps[j], seps[j-1] = seps[j-1], seps[j]
		}
	}
	out := seps[:0]
	for _, sp := range seps {
		if k := len(out); k > 0 && sp.a < out[k-1].b {
			continue // a separator already there
		}
		out = append(out, sp)
	}
	return out
}

// unitBefore18 reports a unit of one or two lower-case letters before the
// full stop at i, after a number and a space ("272.1 lb.", "40 kg.").
func unitBefore18(s string, i int) bool {
	w := i
	for w > 0 && i-w < 3 && s[w-1] >= 'a' && s[w-1] <= 'z' {
		w--
	}
	if w == i || i-w > 2 || w < 2 || s[w-1] != ' ' || !isDigit(s[w-2]) {
		return false
	}
	return true
}
