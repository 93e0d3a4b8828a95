package redact

import (
	"unicode"
	"unicode/utf8"
)

// localPartFrom reports a local part of an e-mail address in any script
// (RFC 6531) that runs from end, where a digit group ended, to an '@' and
// a domain (emailDomainEnd): the address takes the digits ("0+x@…",
// "12.x@…", "…0000 00ʯ@…"), as scanner.email reads it walking back from
// the '@'. That walk stops before a non-letter and where a Han, kana or
// Hangul letter comes before ASCII letters or digits (a sentence, then an
// ASCII address); so does this one, so that a phone before such an
// address reads the same before and after the address is masked. An '@'
// with no domain after it makes no address, and another reader may mask
// it before a second pass reads the digits ("…++0@" in an EDIFACT
// element): they are read on their own, by both passes alike.
func localPartFrom(s string, end int) bool {
	k := end
	for k < len(s) && k-end < 64 {
		c := s[k]
		if c < 0x80 {
			if c == '@' {
				return k > end && emailDomainEnd(s, k+1) >= 0
			}
			if !isLocal(c) {
				return false
			}
			k++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			return false
		}
		k += size
		if k < len(s) && s[k] < 0x80 && isAlnum(s[k]) && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
			return false
		}
	}
	return false
}
