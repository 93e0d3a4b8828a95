package redact

// iCalendar and vCard escape the commas and semicolons of a value (RFC
// 5545 §3.3.11: "TEXT"), so an address in an event's DESCRIPTION or a
// card's NOTE is written "deliver to 5497\, Debrecen Andrássy utca 99.",
// "address changed to Husova 656/226\, 841 06 Praha 2 by …". The readers
// of addresses stop at the backslash; the text is read once more with
// "\," and "\;" as the commas and semicolons they stand for, and the
// addresses and phones found there are redacted in the escaped text.

// escapedCommas rescans a text that holds "\," with the escapes undone.
func (sc *scanner) escapedCommas() {
	fold := func(s string, p int) (byte, int) {
		if s[p] == '\\' && p+1 < len(s) && (s[p+1] == ',' || s[p+1] == ';') {
			return s[p+1], 2
		}
		return 0, 0
	}
	sc.foldedRescan(fold, func(x span, _ string) bool { return x.kind == KindAddress || x.kind == KindPhone })
}
