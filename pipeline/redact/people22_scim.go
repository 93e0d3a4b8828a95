package redact

import "strings"

// SCIM (RFC 7643 §4.1.1), Google's People API and the directories built on
// them write a person's name as an object of parts and their whole:
// "name":{"givenName":…,"familyName":…,"formatted":"Given Family"}. The
// "formatted" of a "name" object is the full name, whatever it looks like;
// provisioning logs print the request body as JSON text inside a message,
// escaped once or more, where the structural pass never sees the object.

// mayHoldNameFormatted22 is the cheap test before nameFormattedSpans22.
func mayHoldNameFormatted22(s string, sig uint32) bool {
	return sig&sigLBrace != 0 && strings.Contains(s, "formatted")
}

// nameFormattedSpans22 returns the "formatted" value of each "name" object
// of s.
func nameFormattedSpans22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "name")
		if i < 0 {
			break
		}
		p := off + i
		off = p + len("name")
		if p == 0 || s[p-1] != '"' {
			continue // the whole key "name", quoted
		}
		a, obj, ok := objectAfterKey22(s, off)
		if !ok {
			continue
		}
		vs, ve, ok := jsonTextValue22(obj, "formatted")
		if !ok || !viberName22(obj[vs:ve]) {
			continue
		}
		out = append(out, span{start: a + vs, end: a + ve, kind: KindName})
	}
	return out
}
