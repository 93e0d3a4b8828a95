package redact

import "strings"

// quotedAfterArrow reads the new value of a change record whose old value
// is written bare and whose new one is quoted (`sftp_pass: *RoVh… ->
// "d21z…"`, `name: Ana -> 'Ana Souza'`): the text inside the quote of
// length k at p, up to its closing quote on the same line.
func quotedAfterArrow(s string, p, k int) (int, int, bool) {
	q := s[p : p+k]
	a := p + k
	b := strings.Index(s[a:min(len(s), a+200)], q)
	if b <= 0 || strings.IndexByte(s[a:a+b], '\n') >= 0 {
		return 0, 0, false
	}
	return arrowValue(s, a, a+b)
}
