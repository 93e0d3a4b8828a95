package redact

import "strings"

// A message signed with the writer's name as its last sentence: "Call me
// +34 612 345 678. Fernanda Zamudio", "danke — Friedrich Brandtner, +49 …",
// an SMS body ending "….+Johanna+Oberh%C3%A4user&MessageSid=…" (read
// decoded). The name is found by its words (lexName: a known given name
// first); the slot is a sentence's start after a full stop, a question or
// exclamation mark or a dash, and the end of the text or its
// value, or a comma before the writer's number; and the text before holds
// other PII of the writer. A line of its own is no such slot: a shop
// signs its mails with its name there, and firms are named like people
// ("…\nOliver Wyman").

// signOffSlot reports whether s[a:e] is such a slot; pii tells whether
// the text before holds other PII (a number after the name's comma is
// the writer's own).
func signOffSlot(s string, a, e int, pii bool) bool {
	if !signOffBefore(s, a) {
		return false
	}
	end, number := signOffAfter(s, e)
	return end && (pii || number)
}

func signOffBefore(s string, a int) bool {
	p := a
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p == 0 {
		return false // a text that is only a name: lexName's other slots
	}
	if p == a {
		return false
	}
	switch s[p-1] {
	case '.', '!', '?':
		return p < 2 || s[p-2] != '.' && !isUpper(s[p-2]) || p >= 3 && isLowerASCII(s[p-3]) // not an initial's "J."
	case '-':
		return p >= 2 && s[p-2] == ' '
	}
	return strings.HasSuffix(s[:p], "—") || strings.HasSuffix(s[:p], "–")
}

// signOffAfter reports whether the name ending at e ends its text or
// value, and whether the writer's number follows its comma.
func signOffAfter(s string, e int) (end, number bool) {
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e >= len(s) {
		return true, false
	}
	switch s[e] {
	case '"', '\\', '&', '\n':
		return true, false
	case ',':
		q := e + 1
		for q < len(s) && s[q] == ' ' {
			q++
		}
		ok := q < len(s) && (s[q] == '+' || isDigit(s[q]) || isMarkerAt(s, q))
		return ok, ok
	}
	return false, false
}
