package redact

import "strings"

// eBay writes its order numbers as two, five and five digits joined by
// hyphens ("04-89984-28297", the "sales record" of its order reports and
// of the Sell APIs' legacyOrderId). No national numbering plan writes a
// phone in those groups (national formats group in threes and fours, or
// 2-4-4 and 2-5-4 with an area code), so without a country code the shape
// is an id wherever it stands, as the Amazon 3-7-7 shape is (lookAlike).

// ebayOrder reports the groups of an eBay order number: 2, 5 and 5 digits,
// hyphens between them, the first group at st in s. A '+' before them
// makes the first group a country code and the number a phone
// ("+91-96934-18931": an Indian mobile written 5-5 after its code), and
// so do the digits 91 before a mobile's first digit, with or without it.
func ebayOrder(s string, st int, sep0, sep1 byte, l0, l1, l2 int) bool {
	if sep0 != '-' || sep1 != '-' || l0 != 2 || l1 != 5 || l2 != 5 {
		return false
	}
	p := st
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '(') {
		p--
	}
	if p > 0 && s[p-1] == '+' || p >= 3 && strings.EqualFold(s[p-3:p], "%2B") {
		return false
	}
	// India's code written without its '+' before a mobile (6–9 first):
	// "91-98765-43210" is a phone.
	return !(s[st] == '9' && s[st+1] == '1' && s[st+3] >= '6' && s[st+3] <= '9')
}
