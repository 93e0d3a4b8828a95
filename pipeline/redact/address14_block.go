package redact

import "strings"

// A notification's body is often logged as a JSON string inside a text
// line or inside another JSON string, its line breaks escaped once or
// twice: `text="Destinataire:\n174 rue Gambetta\n31090 Toulouse\nOTP …"`,
// `"body":"…\\nПолучатель:\\nул. Тверская, д. 67, кв. 21\\nМосква\\n…"`.
// The block under a party's heading (block.go) is the same block; only
// its line breaks are written as `\n`. escapedBlockSpans splits the text
// at escaped line breaks (and at real ones and the quotes that close the
// string) and reads the block as blockSpans does: the line after the
// heading is the name when it holds no digit, the lines after it the
// address, up to an empty, labelled or reference line or four lines.

// mayHoldEscapedBlock is the cheap test: an escaped line break followed,
// somewhere, by a heading's colon and another escaped break.
func mayHoldEscapedBlock(s string) bool {
	return strings.Contains(s, `:\n`) || strings.Contains(s, `:\\n`) || strings.Contains(s, `：\n`)
}

// escapedLines splits s at escaped line breaks (`\n` after any number of
// backslashes), real line breaks and double quotes, each piece trimmed as
// a block's line is (trimLine).
func escapedLines(s string) []blockLine {
	var out []blockLine
	a := 0
	for p := 0; p < len(s); p++ {
		switch s[p] {
		case '\n', '"':
			e := p
			for e > a && s[e-1] == '\\' {
				e-- // the backslashes that escape a quote
			}
			out = append(out, trimLine(s, a, e))
			a = p + 1
		case '\\':
			q := p
			for q < len(s) && s[q] == '\\' {
				q++
			}
			if q < len(s) && (s[q] == 'n' || s[q] == 'r') {
				out = append(out, trimLine(s, a, p))
				a = q + 1
			}
			p = q - 1
		}
	}
	return append(out, trimLine(s, a, len(s)))
}

// escapedBlockSpans returns the names and addresses of blocks under party
// headings whose line breaks are escaped.
func escapedBlockSpans(s string) []span {
	lines := escapedLines(s)
	var out []span
	for i := 0; i+1 < len(lines); i++ {
		h := lines[i]
		if h.b <= h.a || !isBlockHeading(s[h.a:h.b]) || !strings.ContainsAny(s[h.a:h.b], ":：") {
			continue // a heading of the block ends with its colon here: "Destinataire:"
		}
		for k := 1; k <= 4 && i+k < len(lines); k++ {
			l := lines[i+k]
			v := s[l.a:l.b]
			if l.b <= l.a || labelled(v) || isBlockHeading(v) || referenceLine(v) || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || !escapedBlockLine(v) {
				break
			}
			kind := KindAddress
			if k == 1 && countDigits(v) == 0 {
				if i+2 >= len(lines) || countDigits(s[lines[i+2].a:lines[i+2].b]) == 0 {
					break // "Destinataire:\nService client": no address follows
				}
				kind = KindName
			}
			if kind == KindAddress && k > 1 && !addressLine(v) {
				break
			}
			out = append(out, span{start: l.a, end: l.b, kind: kind})
		}
	}
	return out
}

// escapedBlockLine reports a line short enough to be one part of a block
// and no sentence of the message after it ("OTP SMS sent to …", "card …
// tokenised"): an address's line has no word in lower case before its
// first digit or comma unless it is a street or unit word ("ul.", "rue",
// "apto").
func escapedBlockLine(v string) bool {
	if len(v) > 96 {
		return false
	}
	for _, w := range strings.Fields(v) {
		if countDigits(w) > 0 || strings.ContainsAny(w, ",،，") {
			return true
		}
		t := strings.TrimRight(w, ".")
		if len(t) >= 2 && isAlpha(t[0]) && !isUpper(t[0]) && !addrToken(t) && !streetTypeToken(t) && !lowerStreetTypes[t] {
			return false
		}
	}
	return true
}
