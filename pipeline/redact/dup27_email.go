package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// emailDomainEnd returns where the domain of an e-mail address ends, ds
// being just after its '@' (or "%40"), or -1 where no address's domain
// starts there: labels with a dot and a top-level domain of letters, not
// glued to a word, another '@' or a marker after it (a date a padded
// column ran into it is cut off). The e-mail reader asks it, and so does
// a number run into a local part (localPartFrom).
func emailDomainEnd(s string, ds int) int {
	n := len(s)
	j := ds
	for j < n && j-ds < 253 && (isAlnum(s[j]) || s[j] == '-' || s[j] == '.' || s[j] >= 0x80) {
		if s[j] >= 0x80 { // internationalised domains: "sklep-łódź.pl", "例え.jp"
			if asciiDomainEnds(s[ds:j]) {
				break // "kenta@gmail.comに送信": the text goes on in another script
			}
			r, size := utf8.DecodeRuneInString(s[j:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
				break
			}
			j += size
			continue
		}
		j++
	}
	for j > ds && (s[j-1] == '.' || s[j-1] == '-') {
		j--
	}
	glued := false
	if isDigit(s[j-1]) {
		j, glued = gluedDateDomain(s, ds, j) // "…@GMAIL.COM2026-10-15": a padded column ran out (email_glued.go)
	}
	dot := strings.LastIndexByte(s[ds:j], '.')
	if dot <= 0 {
		return -1
	}
	tld := s[ds+dot+1 : j]
	if len(tld) < 2 || !(allAlpha(tld) || strings.HasPrefix(tld, "xn--") || letterTLD(tld)) {
		return -1
	}
	if j < n && !glued && (s[j] == '@' || isWord(s[j]) || isMarkerAt(s, j)) {
		return -1 // (a marker glued to the domain stands for what went on: "0@0.큒[REDACTED:…]")
	}
	return j
}
