package redact

import "strings"

// A raw e-mail logged inside a JSON string (a dead letter's "email.raw"
// cut off before it parses) has its line breaks escaped: the blank line
// that ends a part's headers is `\r\n\r\n`, a soft line break `=\r\n`, a
// hard one `\r\n`. qpBodies finds a quoted-printable body there too, and
// qpDecoded reads the JSON escapes as what they stand for: a line break,
// a quote, a backslash, a tab (segments17_qp.go).

// escapedBlankLine31 returns the index just after the first escaped blank
// line (`\r\n\r\n` or `\n\n`) of s, or -1.
func escapedBlankLine31(s string) int {
	i := strings.Index(s, `\r\n\r\n`)
	if i >= 0 {
		i += 8
	}
	if j := strings.Index(s, `\n\n`); j >= 0 && (i < 0 || j+4 < i) {
		i = j + 4
	}
	return i
}

// jsonEscapeQP31 reads the JSON escape at s[p] ('\\'), before e: its
// length, the byte it stands for, and whether it is a line break (`\r\n`
// or `\n`, read as one). It returns 0 for no escape it knows.
func jsonEscapeQP31(s string, p, e int) (int, byte, bool) {
	if p+1 >= e || s[p] != '\\' {
		return 0, 0, false
	}
	switch s[p+1] {
	case 'r':
		if p+3 < e && s[p+2] == '\\' && s[p+3] == 'n' {
			return 4, '\n', true
		}
		return 2, '\n', true
	case 'n':
		return 2, '\n', true
	case 't':
		return 2, '\t', false
	case '"', '\\', '/':
		return 2, s[p+1], false
	}
	return 0, 0, false
}
