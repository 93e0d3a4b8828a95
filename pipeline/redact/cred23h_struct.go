package redact

import (
	"strings"
	"unicode/utf8"
)

// Secrets in a Go value printed with %+v ("&{Name:… Password:… Qty:4}"),
// whose key the scanner cannot read:
//
//   - a key cut in the middle of a character: a log line truncated or
//     re-encoded byte-wise leaves U+FFFD where the first bytes of a
//     multi-byte key were ("\uFFFD\uFFFDароль:…", "\uFFFD\uFFFD\uFFFD码:…").
//     What is left is the tail of a password word ("ароль" of "пароль",
//     "スワード" of "パスワード", "码" of "密码"); the value is taken
//     when it is one token of a password's shape, or, after a tail of
//     three letters or more, any token of four bytes or more;
//   - a key swallowed by the value before it: %+v quotes nothing, so a
//     name or an address of several words may run on over the next key
//     ("Fullname:Family, Given \uFFFD…ワード:N7r…", "Address:…, Lyon
//     ApiKey:mA0G…"), leaving its span, or on a later pass its marker,
//     right before the colon ("[REDACTED:name]:N7r…"). The value there
//     has lost its key and is read as a positional argument is: by its
//     shape (a random key, a password a person chose).
//
// structSecretSpans23 runs only on text holding a '{' and a ':' and either
// U+FFFD or a name or address span or marker.

// mayHoldStructSecret23 is structSecretSpans23's cheap test.
func mayHoldStructSecret23(s string, sig uint32, have []span, marked bool) bool {
	if sig&sigLBrace == 0 || sig&sigColon == 0 {
		return false
	}
	if sig&sigHigh != 0 && strings.Contains(s, "\uFFFD") {
		return true
	}
	if marked && strings.Contains(s, "]:") {
		return true
	}
	for _, sp := range have {
		if (sp.kind == KindName || sp.kind == KindAddress) && sp.end < len(s) && s[sp.end] == ':' {
			return true
		}
	}
	return false
}

// structSecretSpans23 returns the values of a %+v dump whose keys were cut
// or swallowed, when they are shaped as secrets.
func structSecretSpans23(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		c := strings.IndexByte(s[off:], ':')
		if c < 0 {
			break
		}
		c += off
		off = c + 1
		if !insideBraces23(s, c) {
			continue
		}
		e := c + 1
		for e < len(s) && s[e] != ' ' && s[e] != '}' && s[e] != '\n' {
			e++
		}
		v := s[c+1 : e]
		if len(v) < 4 || isMarkerAt(s, c+1) || overlapsAny(have, c+1, e) {
			continue
		}
		switch tail := cutKeyTail23(s, c); {
		case tail >= 3 && !strings.Contains(v, "[REDACTED:"):
			out = append(out, span{start: c + 1, end: e, kind: KindCredential})
		case (tail > 0 || swallowedKey23(s, c, have)) && positionalSecret23(v):
			out = append(out, span{start: c + 1, end: e, kind: KindCredential})
		}
	}
	return out
}

// insideBraces23 reports whether s[c] stands after a '{' with no '}' or
// line break between: inside a printed struct.
func insideBraces23(s string, c int) bool {
	for k := c - 1; k >= 0 && c-k < 2048; k-- {
		switch s[k] {
		case '{':
			return true
		case '}', '\n':
			return false
		}
	}
	return false
}

// cutKeyTail23 reads the key that ends at the colon s[c]: when it is one
// or more U+FFFD and the tail of a password word, it returns the tail's
// length in runes, else 0.
func cutKeyTail23(s string, c int) int {
	k := c
	for k > 0 && s[k-1] != ' ' && s[k-1] != '{' && s[k-1] != ',' && c-k < 64 {
		k--
	}
	key := s[k:c]
	if !strings.HasPrefix(key, "\uFFFD") {
		return 0
	}
	tail := strings.TrimLeft(key, "\uFFFD")
	if tail == "" {
		return 0
	}
	var buf [64]byte
	nt := string(normKey(buf[:0], tail))
	if nt == "" {
		return 0
	}
	n := utf8.RuneCountInString(nt)
	first, _ := utf8.DecodeRuneInString(nt)
	if n < 3 && !(first >= 0x2E80 && first < 0xD7B0) { // (one Han, Kana or Hangul character is a word's tail)
		return 0
	}
	for _, w := range credTails {
		if len(w) > len(nt) && strings.HasSuffix(w, nt) && w[0] >= 0x80 && !strings.Contains(w, "key") {
			return n
		}
	}
	return 0
}

// swallowedKey23 reports whether a name or an address ends right at the
// colon s[c]: a span of this pass, or a marker of an earlier one.
func swallowedKey23(s string, c int, have []span) bool {
	for _, sp := range have {
		if sp.end == c && (sp.kind == KindName || sp.kind == KindAddress) {
			return true
		}
	}
	return strings.HasSuffix(s[:c], "[REDACTED:name]") || strings.HasSuffix(s[:c], "[REDACTED:address]")
}

// positionalSecret23 reports a value shaped as a secret with no key to
// name it: a random key or a password a person chose.
func positionalSecret23(v string) bool {
	if coordinate(v) || zplCommands(v) {
		return false
	}
	return secretShaped(v) || lowerRandomKey(v) || boundPassword(v) || wordAndTail(v) || randomPassword21(v)
}
