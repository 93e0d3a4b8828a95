package redact

import "strings"

// The addressee at a notice's end. An SMS or push notice sent to a buyer's
// phone or mailbox often closes with the buyer's name in brackets after
// the code or the tracking number it announces ("SMS to +44 …: collection
// code 959531 JT1742749634782 (Ciara Donnelly)", "取件码 708894 JT… (孙俊杰)").
// In a text that addresses a phone or a mailbox (a phone or e-mail the
// scan found, or its marker, before the bracket), a bracket that closes
// the text or its line, follows a token with digits (a code, a tracking
// number) and holds a name shaped as roleName reads one (no company, team
// or goods word; "Family, Given"; a Han or Hangul name) is the addressee.

// mayHoldNoticeName19 is the cheap test before noticeNameSpans19.
func mayHoldNoticeName19(s string, sig uint32, found bool, tp *textPairs) bool {
	return sig&sigLParen != 0 && found && tp.contains(" (")
}

// noticeNameSpans19 returns the bracketed addressees' names of s.
func noticeNameSpans19(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " (")
		if i < 0 {
			break
		}
		p := off + i // the space before the bracket
		off = p + 2
		c := strings.IndexByte(s[p+2:min(len(s), p+2+96)], ')')
		if c < 2 {
			continue
		}
		a, b := p+2, p+2+c
		if b+1 < len(s) && !noticeEnd19(s, b+1) {
			continue
		}
		t := strings.LastIndexByte(s[:p], ' ') + 1 // the token before the bracket
		if !strings.ContainsAny(s[t:p], "0123456789") && !strings.HasSuffix(s[:p], "]") {
			continue
		}
		if !addressedBefore19(s, p, have) {
			continue
		}
		v := s[a:b]
		if hasMarker(v) || !(roleName(v) && !plainRun(v) || caselessOneName(v)) {
			continue
		}
		out = append(out, span{start: a, end: b, kind: KindName})
		off = b
	}
	return out
}

// noticeEnd19 reports the end of a text or of its line at e (after the
// closing bracket): nothing, a line break (raw or escaped), a quote, or a
// full stop before one of them.
func noticeEnd19(s string, e int) bool {
	if e < len(s) && s[e] == '.' {
		e++
	}
	return e >= len(s) || s[e] == '\n' || s[e] == '\r' || s[e] == '"' || s[e] == '\\'
}

// addressedBefore19 reports a phone or an e-mail before p on its line: a
// span of the scan or a marker.
func addressedBefore19(s string, p int, have []span) bool {
	ls := strings.LastIndexByte(s[:p], '\n') + 1
	for _, x := range have {
		if x.start >= ls && x.end <= p && (x.kind == KindPhone || x.kind == KindEmail) {
			return true
		}
	}
	line := s[ls:p]
	return strings.Contains(line, "[REDACTED:phone]") || strings.Contains(line, "[REDACTED:email]")
}
