package redact

import (
	"strings"
)

// A mail header that names its recipient or sender by a quoted display
// name alone, the address logged elsewhere or cut off: a transcript's or a
// notifier's dump of the message it sent ("To: \"Kovalenko Andrii
// Petrovych\"\nX-Mailer-Id: …", "From: \"Nguyen, Noah\"", "Cc: \"田中
// 美咲\""). mailNameSpans (pairs.go) reads the name before "<address>";
// this reader the quoted name that ends the header's value. The value is
// read as a role key's (roleName): a team or a shop ("To: \"Customer
// Care\"", "From: \"Acme Store\"") stays.

// mayHoldMailName14 is the cheap test before mailName14Spans.
func mayHoldMailName14(sig uint32) bool {
	return sig&sigQuote != 0 && sig&sigColon != 0 && sig&(sigNL|sigBackslash) != 0 // a header starts a line
}

// mailName14Spans returns the quoted display names of mail headers.
func mailName14Spans(s string) []span {
	var out []span
	for p := 0; p < len(s); {
		i := strings.Index(s[p:], ": ")
		if i < 0 {
			break
		}
		i += p
		p = i + 2
		if p >= len(s) || s[p] != '"' && s[p] != '\\' || i < 2 || !isAlpha(s[i-1]) {
			continue
		}
		h := i
		for h > 0 && i-h < 9 && (isAlpha(s[h-1]) || s[h-1] == '-') {
			h--
		}
		if h > 0 && s[h-1] == '\\' && s[h] == 'n' {
			h++ // "\nTo: ": the escaped newline's letter is no header's
		}
		if !mailHeader14(s[h:i]) || !(h == 0 || s[h-1] == '\n' || h >= 2 && s[h-2] == '\\' && s[h-1] == 'n' || h >= 2 && s[h-2] == '>' && s[h-1] == ' ') {
			continue // a header of people, at its line's start
		}
		if a, e, ok := mailQuoted14(s, p); ok {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	return out
}

// mailHeader14 reports a header of the message's people.
func mailHeader14(h string) bool {
	switch h {
	case "To", "From", "Cc", "CC", "Bcc", "Reply-To", "Sender":
		return true
	}
	return false
}

// mailQuoted14 reads the quoted value at k (escaped in JSON or not) that
// ends its line and is a person's name; it returns the name's bounds.
func mailQuoted14(s string, k int) (int, int, bool) {
	esc := false
	if strings.HasPrefix(s[k:], `\"`) {
		k += 2
		esc = true
	} else if s[k] == '"' {
		k++
	} else {
		return 0, 0, false
	}
	e := strings.IndexByte(s[k:], '"')
	if e < 0 || e > 96 {
		return 0, 0, false
	}
	e += k
	if esc {
		if s[e-1] != '\\' {
			return 0, 0, false
		}
		e--
	}
	v := s[k:e]
	if v == "" || strings.ContainsAny(v, "@<>") || !roleName(v) {
		return 0, 0, false
	}
	// what follows is the line's end, not an address
	q := e + 1
	if esc {
		q++
	}
	if q < len(s) && s[q] != '\n' && s[q] != '\r' && !(s[q] == '\\' && q+1 < len(s) && (s[q+1] == 'n' || s[q+1] == 'r')) && s[q] != ',' && s[q] != '"' {
		return 0, 0, false
	}
	return k, e, true
}
