package redact

import "strings"

// A messenger's callback names the person who wrote. Viber's webhook
// ("event":"message", "message_token") carries the subscriber as
// "sender":{"id":…,"name":…,"avatar":…,"language":…,"country":…,
// "api_version":…}: in a Viber callback the sender is always the user
// who wrote to the shop, never a business (a shipment's "sender" is read
// by damage_parties.go). Chat hubs log the callback as it came, often as a
// JSON string inside a JSON string, escaped once, twice or three times,
// where the structural pass never sees the object: the sender's name is
// read in the text, whatever the escaping.

// mayHoldViberSender22 is the cheap test before viberSenderSpans22.
func mayHoldViberSender22(s string, sig uint32) bool {
	return sig&sigLBrace != 0 && strings.Contains(s, "sender") && strings.Contains(s, "message_token")
}

// viberSenderSpans22 returns the name of each "sender" object of s, a
// Viber callback.
func viberSenderSpans22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "sender")
		if i < 0 {
			break
		}
		p := off + i
		off = p + len("sender")
		if p == 0 || !jsonQuote22(s[p-1]) {
			continue
		}
		a, obj, ok := objectAfterKey22(s, off)
		if !ok {
			continue
		}
		vs, ve, ok := jsonTextValue22(obj, "name")
		if !ok {
			continue
		}
		if _, _, ok := jsonTextValue22(obj, "id"); !ok {
			continue // Viber's user object has its id
		}
		v := obj[vs:ve]
		if !viberName22(v) {
			continue
		}
		out = append(out, span{start: a + vs, end: a + ve, kind: KindName})
	}
	return out
}

// jsonQuote22 reports a byte that closes or opens a key in JSON text at
// any level of escaping: a quote or a backslash.
func jsonQuote22(c byte) bool { return c == '"' || c == '\\' }

// skipJSONQuotes22 skips the quotes and backslashes of escaped JSON from i.
func skipJSONQuotes22(s string, i int) int {
	for i < len(s) && jsonQuote22(s[i]) {
		i++
	}
	return i
}

func skipSpaces22(s string, i int) int {
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i
}

// jsonTextValue22 finds key's string value in obj, JSON text escaped any
// number of times ("name":"…", \"name\":\"…\", \\\"name\\\":\\\"…\\\"),
// and returns where its text starts and ends.
func jsonTextValue22(obj, key string) (int, int, bool) {
	for off := 0; off < len(obj); {
		i := strings.Index(obj[off:], key)
		if i < 0 {
			return 0, 0, false
		}
		p := off + i
		off = p + len(key)
		if p == 0 || obj[p-1] != '"' || off >= len(obj) || !jsonQuote22(obj[off]) {
			continue // the whole key, quoted
		}
		a := skipJSONQuotes22(obj, off)
		if a >= len(obj) || obj[a] != ':' {
			continue
		}
		a = skipSpaces22(obj, a+1)
		b := skipJSONQuotes22(obj, a)
		if b == a || obj[b-1] != '"' {
			return 0, 0, false // not a string
		}
		e := b
		for e < len(obj) && !jsonQuote22(obj[e]) {
			e++
		}
		if e == b || e >= len(obj) {
			return 0, 0, false
		}
		return b, e, true
	}
	return 0, 0, false
}

// viberName22 reports a display name to redact: a letter, no marker, no
// address or link, at most 64 bytes.
func viberName22(v string) bool {
	if len(v) > 64 || strings.Contains(v, "[REDACTED:") || strings.ContainsAny(v, "@/=") {
		return false
	}
	for _, r := range v {
		if r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 0x80 {
			return true
		}
	}
	return false
}

// objectAfterKey22 returns the flat object (up to its first '}') that
// follows a quoted key ending at off, at any escaping of its quotes
// ("sender":{…}, \"name\": {…}): where it starts and its text.
func objectAfterKey22(s string, off int) (int, string, bool) {
	a := skipJSONQuotes22(s, off)
	if a == off || a >= len(s) || s[a] != ':' {
		return 0, "", false
	}
	a = skipSpaces22(s, a+1)
	if a >= len(s) || s[a] != '{' {
		return 0, "", false
	}
	e := strings.IndexByte(s[a:], '}')
	if e < 0 {
		return 0, "", false
	}
	return a, s[a : a+e], true
}
