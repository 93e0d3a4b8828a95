package redact

import (
	"unicode"
	"unicode/utf8"
)

func utf8DecodeRune21(s string) (rune, int) { return utf8.DecodeRuneInString(s) }

func unicodeIsMark21(r rune) bool { return unicode.IsMark(r) }

// caselessLetter21 reports a letter of a script without case (Unicode's
// "other letter", Lo) outside Latin and the scripts with case.
func caselessLetter21(r rune) bool {
	return r >= 0x0590 && unicode.Is(unicode.Lo, r)
}

// hasHan21 reports a Han character in v.
func hasHan21(v string) bool {
	for _, r := range v {
		if unicode.Is(unicode.Han, r) {
			return true
		}
	}
	return false
}
