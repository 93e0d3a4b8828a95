package redact

import "strings"

// SMTP sessions logged one record per line: a library or a relay that
// logs each command and reply as its own event splits the AUTH exchange,
// so the server's "334 UGFzc3dvcmQ6" and the client's answer reach the
// redactor apart. A client's line that carries nothing but a base64 token
// after its direction mark ("C: ", ">>> ", " ~> ", "send: '…\r\n'",
// Postfix's "> host[addr]:port: ") is such an answer: every other client
// line starts with a command (EHLO, MAIL, RCPT, DATA, QUIT…), and message
// text is sent inside DATA, which such logs write as one record or not at
// all. The token must read as base64 (a length of four's multiple, and
// padding, digits or '+' '/' in it, or both cases), so "C: thanks" stays.

// recordAnswer finds a client's base64 answer ending a one-line record.
func recordAnswer(s string) (int, int, bool) {
	e := len(s)
	for e > 0 && (s[e-1] == ' ' || s[e-1] == '\r' || s[e-1] == '\'' || s[e-1] == '"') {
		e--
	}
	for e >= 2 && (s[e-2:e] == `\n` || s[e-2:e] == `\r`) {
		e -= 2
	}
	b := e
	for b > 0 && e-b <= 512 && isBase64Byte(s[b-1]) {
		b--
	}
	if e-b < 8 || (e-b)%4 != 0 || b == 0 || base64Run(s, b) != e || !base64Strong(s[b:e]) || isSMTPWord(s[b:e]) ||
		e-b < 12 && s[e-1] != '=' {
		return 0, 0, false // (under twelve bytes only when padded: "dXNlcg==", not a chat's "SKU12345")
	}
	if strings.IndexByte(s[:b], '\n') >= 0 {
		return 0, 0, false // a record of one line only: transcripts are read by smtpAuthSpans
	}
	p := b
	if s[p-1] == '\'' || s[p-1] == '"' {
		p--
		if p > 0 && s[p-1] == 'b' {
			p-- // Python's bytes: b'…'
		}
	}
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	pre := s[:p]
	switch {
	case strings.HasSuffix(pre, "C:"), strings.HasSuffix(pre, ">>>"), strings.HasSuffix(pre, "~>"), strings.HasSuffix(pre, "send:"),
		strings.HasSuffix(pre, "SMTP>>"), strings.HasSuffix(pre, "CLIENT:"), strings.HasSuffix(pre, "Client:"):
	case strings.HasSuffix(pre, ":") && strings.Contains(pre, "]: > ") && strings.Contains(pre, "smtp"):
		// Postfix's smtp client: "postfix/smtp[4301]: > mx.example[192.0.2.7]:587: …"
	default:
		return 0, 0, false
	}
	return b, e, true
}

// base64Strong reports a token that reads as base64 rather than a word:
// padding, a digit, '+' or '/', or letters of both cases; not lower-case
// hex alone (a commit, a hash).
func base64Strong(t string) bool {
	hex := true
	for k := 0; k < len(t) && hex; k++ {
		hex = isDigit(t[k]) || t[k] >= 'a' && t[k] <= 'f'
	}
	if hex {
		return false // a hash, a commit, an id
	}
	if strings.ContainsAny(t, "=+/0123456789") {
		return true
	}
	up, low := false, false
	for k := 0; k < len(t); k++ {
		up = up || isUpper(t[k])
		low = low || t[k] >= 'a' && t[k] <= 'z'
	}
	return up && low && len(t) >= 12
}
