package redact

import (
	"sync"
	"unicode"
	"unicode/utf8"
)

// triggerWords31 files the phone and role words of latinTrigger's lists
// (phoneWordsNonASCII, roleWordsNonASCII) by the byte a text must start
// with to match one (wordsByFirst: a word's own first byte and the ASCII
// letters that fold to it), each bucket in its list's order, so the first
// word a bucket matches is the first the whole list matches. The lists
// are completed by init functions of several files, so the buckets are
// built on first use.
var triggerWords31 = sync.OnceValue(func() *[2][256][]string {
	return &[2][256][]string{wordsByFirst(phoneWordsNonASCII), wordsByFirst(roleWordsNonASCII)}
})

// prefixFold2 is prefixFold1 with the second byte compared first: the
// buckets of triggerWords31 hold many words of one lead byte (Cyrillic's
// 0xD0), which their second byte tells apart without a call.
func prefixFold2(s, w string) bool {
	if len(w) > 1 && (len(s) < 2 || s[1] != w[1]) {
		return false
	}
	return prefixFold1(s, w)
}

// lowerRuneDiffers31 reports that strings.ToLower of any prefix of x of
// four bytes or more (or of x whole) cannot start with p: the first rune
// ToLower writes, unicode.ToLower of x's first rune (U+FFFD for an invalid
// byte), is not p's first rune, or p starts inside a rune (ToLower writes
// valid UTF-8: an invalid byte becomes U+FFFD, so its result starts with
// no continuation byte). introMatch21 asks it before lower-casing a window
// of the text: most bytes beyond ASCII start no phrase, and a phrase
// matched up to the middle of a letter goes on with none.
func lowerRuneDiffers31(x, p string) bool {
	if len(x) == 0 || len(p) == 0 {
		return false
	}
	if !utf8.RuneStart(p[0]) {
		return true
	}
	q, _ := utf8.DecodeRuneInString(p)
	if q == utf8.RuneError {
		return false
	}
	r, _ := utf8.DecodeRuneInString(x)
	return unicode.ToLower(r) != q
}
