package redact

import "strings"

// The twenty-fourth round's name passes, for what the platform under a
// shop prints (dumps, infrastructure diffs, debuggers, sync tools,
// incident payloads), called from findDepth through mayHoldNam24.

// mayHoldNam24 is the cheap test before nam24Spans.
func mayHoldNam24(s string, sig uint32, tp *textPairs, have []span, marked bool) bool {
	return mayHoldBeforePhone24(have, marked) || mayHoldInsertRows24(sig, tp) || mayHoldQuotedKeys24(sig, tp) || mayHoldPathNames24(sig, tp)
}

// nam24Spans returns the names the passes of this round find in s.
func nam24Spans(s string, sig uint32, tp *textPairs, have []span, marked bool) []span {
	var out []span
	if mayHoldInsertRows24(sig, tp) {
		out = append(out, insertRowSpans24(s, have)...)
	}
	if mayHoldQuotedKeys24(sig, tp) {
		out = append(out, quotedKeySpans24(s, have)...)
	}
	if mayHoldBeforePhone24(have, marked) {
		out = append(out, beforePhoneSpans24(s, have)...)
	}
	if mayHoldPathNames24(sig, tp) {
		out = append(out, pathNameSpans24(s, have)...)
	}
	return out
}

// personValue24 reports s[a:e] shaped like a person's name for the passes
// of this round: a person's run in its script (personRun22) that reads as
// a name under a role key (roleName: no team, facility, firm or document
// word), not a title of goods, no digit or '@', and not a place, product
// or firm by what stands around it (notPersonRun14).
func personValue24(s string, a, e int) bool {
	v := s[a:e]
	if strings.ContainsAny(v, "0123456789@[]/") || !personRun22(v) || !roleName(v) || goodsTitle18(v) {
		return false
	}
	return !notPersonRun14(s, a, e)
}
