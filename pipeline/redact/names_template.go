package redact

import "strings"

// The parameters of a message template sent to a recipient. A WhatsApp,
// SMS or e-mail gateway logs the template, the recipient's number or
// address, then the values that fill the template's placeholders, the
// first of which greets the recipient by name:
//
//	send template delivery_update to +66 81 234 5678 params=["Given Family", "CP643505395GB", "2026-09-03"]
//
// The list itself holds no other PII (a tracking number, a date), so the
// positional reader (names_args.go) keeps it; but the recipient found right
// before it makes it a record of that person. recipientBefore reports a
// phone number or an e-mail address (a span of have, or a marker) that
// ends at most a few words before the list's opening bracket on the same
// line.

// recipientBefore reports a phone or an e-mail address ending shortly
// before the list that starts at a (its first item).
func recipientBefore(s string, a int, have []span) bool {
	open := a - 1
	for open > 0 && (s[open] == '"' || s[open] == '\'' || s[open] == '\\') {
		open--
	}
	if open < 0 || s[open] != '[' && s[open] != '(' {
		return false
	}
	lo := max(0, open-40)
	if nl := strings.LastIndexByte(s[lo:open], '\n'); nl >= 0 {
		lo += nl + 1
	}
	end := -1
	gap := s[lo:open]
	for _, m := range []string{"[REDACTED:phone]", "[REDACTED:email]"} {
		if k := strings.LastIndex(gap, m); k >= 0 && lo+k+len(m) > end {
			end = lo + k + len(m)
		}
	}
	for _, x := range have {
		if (x.kind == KindPhone || x.kind == KindEmail) && x.end > lo && x.end <= open && x.end > end {
			end = x.end
		}
	}
	// (no sentence or clause ends between the recipient and the list)
	return end >= 0 && !strings.ContainsAny(s[end:open], ".;|\n")
}
