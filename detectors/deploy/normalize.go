package deploy

import "unicode/utf8"

// maxMessageLen bounds a normalised message, in bytes (before the "…").
const maxMessageLen = 200

// NormalizeMessage returns msg with its variable parts replaced by
// placeholders, so that messages differing only in ids and values count as
// one: quoted values become <q>, UUIDs <uuid>, hex ids (8+ hex digits with
// at least one digit, or 0x…) <hex>, and every other run of digits <n>.
// "order 4711 for 'ACME GmbH' failed (trace 4bf92f3577b34da6)" becomes
// "order <n> for <q> failed (trace <hex>)". Output longer than 200 bytes is
// cut and ends in "…". NormalizeMessage is idempotent.
func NormalizeMessage(msg string) string {
	return string(appendNormalized(nil, msg))
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// isWordish is a letter, a digit or a placeholder's bracket: quotes and
// UUIDs must stand apart from these, before and after normalisation alike.
func isWordish(c byte) bool { return isAlnum(c) || c == '<' || c == '>' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isHex(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

func isUUID(s string) bool {
	if len(s) < 36 {
		return false
	}
	for i := range 36 {
		switch i {
		case 8, 13, 18, 23:
			if s[i] != '-' {
				return false
			}
		default:
			if !isHex(s[i]) {
				return false
			}
		}
	}
	return len(s) == 36 || !isWordish(s[36])
}

func appendNormalized(dst []byte, msg string) []byte {
	start := len(dst)
	for i := 0; i < len(msg); {
		if len(dst)-start > maxMessageLen {
			break
		}
		c := msg[i]
		wordStart := i == 0 || !isWordish(msg[i-1])
		switch {
		case (c == '"' || c == '`' || c == '\'') && wordStart:
			// A quoted value: up to the same quote followed by a non-word
			// character. An apostrophe inside a word ("can't") opens nothing.
			if j := closingQuote(msg, i); j > 0 {
				dst = append(dst, "<q>"...)
				i = j + 1
				continue
			}
			dst = append(dst, c)
			i++
		case wordStart && isHex(c) && isUUID(msg[i:]):
			dst = append(dst, "<uuid>"...)
			i += 36
		case isAlnum(c):
			j := i
			for j < len(msg) && isAlnum(msg[j]) {
				j++
			}
			dst = appendToken(dst, msg[i:j])
			i = j
		default:
			dst = append(dst, c)
			i++
		}
	}
	if len(dst)-start > maxMessageLen {
		cut := start + maxMessageLen
		for cut > start && !utf8.RuneStart(dst[cut]) {
			cut--
		}
		dst = append(dst[:cut], "…"...)
	}
	return dst
}

func closingQuote(msg string, i int) int {
	q := msg[i]
	for j := i + 1; j < len(msg); j++ {
		if msg[j] == q && (j+1 == len(msg) || !isWordish(msg[j+1])) {
			return j
		}
	}
	return -1
}

// appendToken appends one run of ASCII letters and digits, normalised.
func appendToken(dst []byte, tok string) []byte {
	digits, hex := 0, true
	for k := 0; k < len(tok); k++ {
		if isDigit(tok[k]) {
			digits++
		} else if !isHex(tok[k]) {
			hex = false
		}
	}
	switch {
	case digits == 0:
		return append(dst, tok...)
	case digits == len(tok):
		return append(dst, "<n>"...)
	case len(tok) > 2 && tok[0] == '0' && (tok[1] == 'x' || tok[1] == 'X') && allHex(tok[2:]):
		return append(dst, "<hex>"...)
	case hex && len(tok) >= 8:
		return append(dst, "<hex>"...)
	}
	for k := 0; k < len(tok); {
		if !isDigit(tok[k]) {
			dst = append(dst, tok[k])
			k++
			continue
		}
		for k < len(tok) && isDigit(tok[k]) {
			k++
		}
		dst = append(dst, "<n>"...)
	}
	return dst
}

func allHex(s string) bool {
	for k := 0; k < len(s); k++ {
		if !isHex(s[k]) {
			return false
		}
	}
	return true
}
