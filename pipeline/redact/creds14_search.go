package redact

import "strings"

// Secrets typed into a search box. Staff paste what a buyer sent them into
// the shop's search (`autocomplete q=…`, `/search?query=…`), and now and
// then that is a password, an API key or a TOTP seed the buyer should not
// have sent: `q=kgK5WG3ViGuT`, `q=KRQEJ3XQRCKZY4XYAZGOTZW6Z3OL7FYQ`,
// `q=TP%2F2YSanjoIqSP1P2qOmbvhkZsYtrUwoYGUNIJmFMOk%3D`. A search key names
// nothing, so the value is read by its shape, decoded, as one whole
// value: a positional secret's shapes (secretShaped, a word and a tail of
// digits and symbols, a lower-case random key, a base32 seed) or padded
// base64 of a key's length. What people search for (products, order ids,
// SKUs, names, e-mail addresses, tracking numbers) has none of these shapes;
// lower-case hex alone is kept, as a commit, a digest or a trace id is
// searched for as often as a key.

// searchSecret reads the value at k of a search key nk (normalised) and
// redacts it when it is shaped as a secret. It returns the value's end, or
// 0 when it did nothing.
func (sc *scanner) searchSecret(nk []byte, k int) int {
	switch string(nk) {
	case "q", "query", "search", "searchquery", "searchterm", "term", "keyword", "keywords", "kw":
	default:
		return 0
	}
	s := sc.s
	e := k
	for e < len(s) && e-k <= 160 {
		c := s[e]
		if c <= ' ' || c == '&' || c == '"' || c == '\'' || c == '\\' || c == '#' || c == ',' || c == ';' || c == ')' || c == ']' || c == '}' {
			break
		}
		e++
	}
	if e-k < 8 || e-k > 160 {
		return 0
	}
	var buf [160]byte
	t, ok := percentDecoded(buf[:0], s[k:e])
	if !ok || !searchSecretShaped(t) || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// searchSecretShaped reports a decoded search value shaped as a secret.
func searchSecretShaped(t string) bool {
	if len(t) < 8 || strings.IndexByte(t, ' ') >= 0 || strings.IndexByte(t, '@') >= 0 {
		return false // words, or an e-mail address (read as one)
	}
	if coordinate(t) {
		return false
	}
	return secretShaped(t) || wordAndTail(t) || lowerRandomKey(t) || base32Seed(t) || paddedBase64Key(t) || wordDigitsSymbolTail(t)
}

// wordDigitsSymbolTail matches a password made of a word, '_' or '.', two to
// four digits, a symbol and a few letters: "cerveza_23&fsy",
// "kirschbaum_34.vgw". A version ("release_2024.rc") has no digits before
// its dot's letters in this order with a symbol of '&', '!', '#', '$', '%',
// '*', '?' or '@', and a host's dotted name has a dot before its digits.
func wordDigitsSymbolTail(t string) bool {
	i := 0
	for i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
		i++
	}
	if i < 4 || i >= len(t) || t[i] != '_' && t[i] != '.' {
		return false
	}
	i++
	d := i
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i-d < 2 || i-d > 4 || i >= len(t) || strings.IndexByte("&!#$%*?@", t[i]) < 0 {
		return false
	}
	i++
	l := i
	for i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
		i++
	}
	return i == len(t) && i-l >= 2 && i-l <= 5
}

// paddedBase64Key reports a key written in base64 with its padding: 24 to
// 88 characters, a multiple of four, ending in '=', of both cases and
// digits (a 16- to 64-byte key: "CNy7xW/YjA/…/HjqQ=").
func paddedBase64Key(t string) bool {
	if len(t) < 24 || len(t) > 88 || len(t)%4 != 0 || t[len(t)-1] != '=' {
		return false
	}
	up, low, dig := false, false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isUpper(c):
			up = true
		case c >= 'a' && c <= 'z':
			low = true
		case isDigit(c):
			dig = true
		case c == '+' || c == '/' || c == '=' && i >= len(t)-2:
		default:
			return false
		}
	}
	return up && low && dig
}

// percentDecoded appends t to dst with its %XX escapes decoded and '+' as
// a space; ok is false for a malformed escape or a byte beyond ASCII.
func percentDecoded(dst []byte, t string) (string, bool) {
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c == '%':
			if i+2 >= len(t) || !isHex(t[i+1]) || !isHex(t[i+2]) {
				return "", false
			}
			c = unhex(t[i+1])<<4 | unhex(t[i+2])
			i += 2
		case c == '+':
			c = ' '
		}
		if c >= 0x80 {
			return "", false
		}
		dst = append(dst, c)
	}
	return string(dst), true
}
