package redact

import "strings"

// SMTP authentication in protocol transcripts (RFC 4954). A client logs in
// with `AUTH PLAIN <base64>` (the initial response holds the password), or
// answers the server's `334 <challenge>` lines with base64 on the next
// line (`AUTH LOGIN`: user name, then password; `CRAM-MD5`: the digest;
// `XOAUTH2`: the token). The challenges themselves (`334 VXNlcm5hbWU6`,
// "Username:") are no secret and are kept, and so is every other reply,
// command and message id of the session.

// mayHoldSMTPAuth reports whether s may hold an SMTP AUTH exchange.
func mayHoldSMTPAuth(s string, tp *textPairs) bool {
	if len(s) < 8 {
		return false
	}
	if tp.contains("AUTH") || tp.contains("auth ") || tp.contains("334") {
		return true
	}
	_, _, ok := recordAnswer(s) // smtp_record.go
	return ok
}

// smtpMechanisms are the SASL mechanisms whose initial response, written
// after the mechanism on the AUTH line, carries a credential.
var smtpMechanisms = []string{"PLAIN", "LOGIN", "XOAUTH2", "OAUTHBEARER", "XOAUTH", "NTLM", "GSSAPI", "SCRAM-SHA-1", "SCRAM-SHA-256", "EXTERNAL"}

// smtpAuthSpans returns the credentials of the SMTP AUTH exchanges in s.
func smtpAuthSpans(s string) []span {
	var out []span
	if a, b, ok := recordAnswer(s); ok {
		out = append(out, span{start: a, end: b, kind: KindCredential}) // one record per line (smtp_record.go)
	}
	// AUTH <mechanism> <initial response>
	for i := 0; i+5 < len(s); {
		j := strings.Index(s[i:], "AUTH ")
		if l := strings.Index(s[i:], "auth "); l >= 0 && (j < 0 || l < j) {
			j = l
		}
		if j < 0 {
			break
		}
		at := i + j
		i = at + 4
		if at > 0 && (isWord(s[at-1]) || s[at-1] == '-') || at+5 > len(s) || s[at+4] != ' ' {
			continue
		}
		k := at + 5
		mech := -1
		for m, name := range smtpMechanisms {
			if len(s)-k >= len(name) && strings.EqualFold(s[k:k+len(name)], name) && (k+len(name) == len(s) || !isWord(s[k+len(name)]) && s[k+len(name)] != '-') {
				mech = m
				k += len(name)
				break
			}
		}
		if mech < 0 || k >= len(s) || s[k] != ' ' {
			continue
		}
		for k < len(s) && s[k] == ' ' {
			k++
		}
		if e := base64Run(s, k); e-k >= 4 && tokenEnds(s, e) {
			out = append(out, span{start: k, end: e, kind: KindCredential})
			i = e
		}
	}
	// 334 <challenge>, then the client's answer on the next line.
	for i := 0; i+4 < len(s); {
		j := strings.Index(s[i:], "334")
		if j < 0 {
			break
		}
		at := i + j
		i = at + 3
		if at > 0 && isWord(s[at-1]) || at+3 < len(s) && s[at+3] != ' ' && s[at+3] != '-' && s[at+3] != '\\' && s[at+3] != '\'' && s[at+3] != '\n' && s[at+3] != '\r' {
			continue
		}
		// the challenge: base64 or nothing, to the end of the line
		k := at + 3
		if k < len(s) && (s[k] == ' ' || s[k] == '-') {
			k++
		}
		e := base64Run(s, k)
		if !lineRestEmpty(s, e) {
			continue
		}
		nl := strings.IndexByte(s[e:], '\n')
		if nl < 0 {
			continue
		}
		line := e + nl + 1
		for tries := 0; tries < 3 && line < len(s); tries++ {
			end := strings.IndexByte(s[line:], '\n')
			if end < 0 {
				end = len(s)
			} else {
				end += line
			}
			ln := s[line:end]
			if strings.Contains(ln, "334") || strings.Contains(ln, "retcode") || strings.TrimSpace(ln) == "" {
				line = end + 1
				continue
			}
			if a, b, ok := clientAnswer(s, line, end); ok {
				out = append(out, span{start: a, end: b, kind: KindCredential})
				i = b
			}
			break
		}
	}
	return out
}

// clientAnswer finds the base64 answer on the transcript line s[start:end]:
// its last token, alone after a direction mark or label (`C: `, `>>> `,
// ` ~> `, `send: '…\r\n'`) or alone on the line.
func clientAnswer(s string, start, end int) (int, int, bool) {
	e := end
	for e > start && (s[e-1] == ' ' || s[e-1] == '\r' || s[e-1] == '\'' || s[e-1] == '"' || s[e-1] == ',') {
		e--
	}
	for e-start >= 2 && (s[e-2:e] == `\n` || s[e-2:e] == `\r`) {
		e -= 2
	}
	b := e
	for b > start && isBase64Byte(s[b-1]) {
		b--
	}
	if e-b < 4 || base64Run(s, b) != e {
		return 0, 0, false
	}
	tok := s[b:e]
	if isSMTPWord(tok) {
		return 0, 0, false
	}
	// what stands before the answer: nothing, or a mark ending in ':', '>'
	// or a quote, with no reply code or command in it
	p := b
	if p > start && (s[p-1] == '\'' || s[p-1] == '"') {
		p--
		if p > start && s[p-1] == 'b' {
			p--
		}
	}
	for p > start && s[p-1] == ' ' {
		p--
	}
	if p == start {
		return b, e, true
	}
	if c := s[p-1]; c != ':' && c != '>' {
		return 0, 0, false
	}
	pre := s[start:p]
	for _, f := range strings.Fields(pre) {
		if len(f) == 3 && isDigit(f[0]) && isDigit(f[1]) && isDigit(f[2]) || isSMTPWord(strings.TrimRight(f, ":")) {
			return 0, 0, false
		}
	}
	return b, e, true
}

// isSMTPWord reports the commands and words of a session that a line may
// end with and that are no answer to a challenge.
func isSMTPWord(t string) bool {
	switch strings.ToUpper(t) {
	case "AUTH", "LOGIN", "PLAIN", "DATA", "QUIT", "RSET", "NOOP", "STARTTLS", "EHLO", "HELO", "MAIL", "RCPT", "OK", "ESMTP", "SMTP", "SUCCESSFUL", "ACCEPTED", "CRAM-MD5", "XOAUTH2":
		return true
	}
	return false
}

func isBase64Byte(c byte) bool { return isAlnum(c) || c == '+' || c == '/' || c == '=' }

// base64Run returns the end of the base64 text from i ('=' only at its end).
func base64Run(s string, i int) int {
	for i < len(s) && (isAlnum(s[i]) || s[i] == '+' || s[i] == '/') {
		i++
	}
	for n := 0; n < 2 && i < len(s) && s[i] == '='; n++ {
		i++
	}
	return i
}

// tokenEnds reports whether a token ends at i: the end of the text, a
// space, a line break (real or escaped) or a closing quote.
func tokenEnds(s string, i int) bool {
	return i == len(s) || s[i] == ' ' || s[i] == '\r' || s[i] == '\n' || s[i] == '\\' || s[i] == '\'' || s[i] == '"' || s[i] == '\t'
}

// lineRestEmpty reports whether only spaces, quotes and line-break escapes
// follow i on its line.
func lineRestEmpty(s string, i int) bool {
	for i < len(s) && s[i] != '\n' {
		switch {
		case s[i] == ' ' || s[i] == '\r' || s[i] == '\'' || s[i] == '"':
			i++
		case s[i] == '\\' && i+1 < len(s) && (s[i+1] == 'r' || s[i+1] == 'n'):
			i += 2
		default:
			return false
		}
	}
	return true
}
