package redact

import (
	"bytes"
	"strings"
)

// A phone written as an object of its parts: marketplaces and chat
// platforms nest the number under a phone key (`"phone":{"area_code":"11",
// "number":"…"}`, `"mobile":{"country_code":"62","national_number":…}`),
// so the digits stand under a bare "number" that is read as an id. The
// object's own key names them a phone's, as `"card":{"number":…}` names a
// card's (cardparent.go).

// phoneParent reports an id-like key for a number (`number`,
// `national_number`, `e164`…) directly under a key that holds a phone.
func (sc *scanner) phoneParent(ks int, nk []byte) bool {
	switch string(nk) {
	case "number", "no", "nr", "num", "nationalnumber", "e164", "full", "fullnumber", "localnumber", "subscribernumber", "formatted", "international":
	default:
		return false
	}
	p := enclosingKey(sc.s, ks)
	if p == "" {
		return false
	}
	var buf [64]byte
	pk := normKey(buf[:0], p)
	return keyClass(pk) == keyPhone || bytes.Contains(pk, []byte("phone"))
}

// enclosingKey returns the key of the object that holds the member whose
// key starts at ks, siblings before it included (`"phone":{"area_code":
// "11","number":…}` gives "phone"), looking back at most 200 bytes; or "".
func enclosingKey(s string, ks int) string {
	depth := 0
	i := ks - 1
	for ; i >= 0 && ks-i < 200; i-- {
		switch s[i] {
		case '}', ']':
			depth++
		case '[':
			if depth == 0 {
				return keyBeforeBracket(s, i) // "phones":[{"type":"home","number":…}]
			}
			depth--
		case '{':
			if depth == 0 {
				if p := parentKey(s, i+1); p != "" {
					return p
				}
				b := i - 1
				for b >= 0 && s[b] == ' ' {
					b--
				}
				if b < 0 || s[b] != ',' && s[b] != '[' {
					return ""
				}
				continue // an element of an array: the array's key names it
			}
			depth--
		}
	}
	return ""
}

// keyBeforeBracket returns the key written before the '[' at i, or "".
func keyBeforeBracket(s string, i int) string {
	i--
	for i >= 0 && (s[i] == ' ' || s[i] == ':' || s[i] == '=' || s[i] == '"' || s[i] == '\'' || s[i] == '\\') {
		i--
	}
	e := i + 1
	for i >= 0 && (isWord(s[i]) || s[i] == '-' || s[i] == '.' || s[i] >= 0x80) {
		i--
	}
	if e-(i+1) < 2 || e-(i+1) > 64 {
		return ""
	}
	if i >= 0 && s[i] == ']' {
		// A key glued to a marker ("[REDACTED:name].name(") lost its head
		// to redaction: what is left is not the key that was read the
		// first time, so it says nothing (redacting twice equals once).
		if lb := strings.LastIndexByte(s[:i], '['); lb >= 0 && markerEnd(s, lb) == i+1 {
			return ""
		}
	}
	return s[i+1 : e]
}
