package redact

import "strings"

// Whom a notice was sent to, and by which channel: "password reset
// requested for WIJAYA Nur via SMS to …", "code sent for ბერიძე, სალომე
// via email". A participle, "for", the person and "via" bound the name on
// both sides, so a family name in capitals, a family name first with a
// comma, or a name in lower case (when the text holds other PII: the
// phone or address the notice went to) is read too, which the readers
// of capitalised runs after "for" (names_after.go) refuse.

// mayHoldForVia23 is the cheap test before forViaSpans23.
func mayHoldForVia23(tp *textPairs) bool {
	return tp.contains(" via ") && tp.contains("ed for ")
}

// forViaSpans23 returns the names between a participle's "for" and "via".
func forViaSpans23(s string, have []span, out []span) []span {
	evidence := len(have) > 0 || hasMarker(s)
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "ed for ")
		if i < 0 {
			break
		}
		a := off + i + len("ed for ")
		off = a
		w := off - len(" for ") - 2
		for w > 0 && isAlpha(s[w-1]) {
			w--
		}
		var buf [24]byte
		if a-len(" for ")-w > len(buf) || purposeParticiples[string(lower(buf[:0], s[w:a-len(" for ")]))] {
			continue
		}
		v := strings.Index(s[a:min(len(s), a+96)], " via ")
		if v < 3 {
			continue
		}
		name := s[a : a+v]
		if hasMarker(name) || overlaps(have, a, a+v) {
			continue
		}
		if personName23(name, evidence) {
			out = append(out, span{start: a, end: a + v, kind: KindName})
		}
	}
	return out
}
