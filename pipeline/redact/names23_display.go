package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The display name of an RFC 5322 address in any case. Mail headers,
// DMARC forensic reports, IDS records of SMTP sessions and sign-up logs
// write "Name <local@domain>" as the sender typed it, often in lower case
// ("From: margrét einarsson <…>", "from":"kiss dániel <…>", "signup of
// nina krajnc <…>") or family first ("mabaso, sibongile <…>"), where the
// capitalised run displayName (word.go) reads is missing. The words right
// before " <address>" (found, or masked before) up to the value's start
// (a quote, a header's colon, "=", a line's start, an address list's
// comma) or a word of the sentence around it ("of", "for", "from") are the
// display name when they read as a person's name in any case
// (personName23): two to four words of letters, no word of a mailbox or a
// team ("shop support <…>", "mail delivery subsystem <…>").

// mayHoldDisplayNames23 is the cheap test before displayNameSpans23.
func mayHoldDisplayNames23(sig uint32, tp *textPairs) bool {
	return sig&sigLT != 0 && tp.contains(" <")
}

// displayStops23 are words of the sentence that may precede a display
// name, lower case.
var displayStops23 = setOf("of", "for", "from", "by", "to", "and", "or", "via", "with", "the", "sender", "recipient",
	"rcpt", "user", "customer", "reply", "cc", "bcc", "de", "von", "por", "par", "para")

// displayNameSpans23 returns the display names before addresses in s.
func displayNameSpans23(s string, out []span) []span {
	for off := 0; ; {
		i, next := nextMailAddr(s, off, " <")
		if i < 0 {
			break
		}
		off = next
		a, comma, ok := displayStart23(s, i)
		if !ok && comma > 0 {
			a, ok = comma, true // "…, Given Family <…>": an address list's member after all
		}
		if !ok {
			continue
		}
		if v := s[a:i]; strings.IndexByte(v, ' ') > 0 && personName23(v, true) {
			out = append(out, span{start: a, end: i, kind: KindName})
		} else if comma > a {
			if v := s[comma:i]; strings.IndexByte(v, ' ') > 0 && personName23(v, true) {
				out = append(out, span{start: comma, end: i, kind: KindName})
			}
		}
	}
	return out
}

// displayStart23 walks back from e over up to four words (one comma after
// a family name allowed) and returns where the display name starts, when
// it starts a value or follows a word of displayStops23, and where the
// words after a comma start (0: no comma), should the words before it
// not be the family name.
func displayStart23(s string, e int) (int, int, bool) {
	p := e
	words, comma := 0, 0
	for words < 5 {
		ws := p
		for ws > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:ws])
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '’' || r == '-') {
				break
			}
			ws -= n
		}
		if ws == p {
			return 0, comma, false
		}
		var buf [16]byte
		if p-ws <= len(buf) && displayStops23[string(lower(buf[:0], s[ws:p]))] {
			if words == 0 {
				return 0, comma, false
			}
			return p + 1, comma, true // the run starts after the stop word's space
		}
		words++
		if words > 4 {
			return 0, comma, false
		}
		switch {
		case ws == 0:
			return 0, comma, true
		case s[ws-1] == ' ' && ws >= 2 && s[ws-2] == ',' && words <= 2 && comma == 0 && ws >= 3 && s[ws-3] != ' ':
			p, comma = ws-2, ws // "mabaso, sibongile": the family name before the comma
			continue
		case s[ws-1] == ' ' && ws >= 2 && s[ws-2] != ' ':
			if ws >= 3 && s[ws-2] == ':' {
				return ws, comma, true // "From: "
			}
			if ws >= 2 && s[ws-2] == ',' {
				return ws, comma, true // an address list's next member
			}
			p = ws - 1
			continue
		}
		switch c := s[ws-1]; c {
		case '"', '=', '\n', '\'', '(', '[', '>':
			return ws, comma, true
		case 'n', 'r', 't':
			if ws >= 2 && s[ws-2] == '\\' {
				return ws, comma, true // an escaped line break
			}
		}
		return 0, comma, false
	}
	return 0, comma, false
}
