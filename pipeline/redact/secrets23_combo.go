package redact

import "strings"

// Credential-stuffing and breach reports list the pairs an attacker tried
// as "login:password", one a line (a "combo list"), and fraud and SIEM
// tools quote single pairs the same way. The login is an e-mail address
// (found by the e-mail detector, or masked before: "[REDACTED:email]:…")
// and the password is the rest of the token after the colon.
//
// The pair must stand as a token of its own (a line's start or a space
// before the login, a space or the line's end after the password); a
// port after a host-like address ("…@mail.example.com:587") is no
// password, and a pair inside a line must be shaped as a secret (a
// digit, a symbol or both cases), since "user@host:word" may be a label.
// A whole line that is nothing but the pair is a combo list's, whatever the
// password's shape.

// comboSpans23 returns the passwords after the e-mails of s (spans holds
// the e-mails found).
func comboSpans23(s string, spans []span) []span {
	var out []span
	try := func(start, end int) {
		if end+1 >= len(s) || s[end] != ':' {
			return
		}
		if start > 0 {
			switch s[start-1] {
			case ' ', '\t', '\n', '\r', '"', '\'', '>':
			default:
				return
			}
		}
		v := end + 1
		if isMarkerAt(s, v) {
			return
		}
		e := v
		for e < len(s) && s[e] > ' ' && s[e] != '"' && s[e] != '\'' && s[e] != '\\' {
			e++
		}
		if e == v || e-v > 128 {
			return
		}
		if e < len(s) && s[e] != ' ' && s[e] != '\n' && s[e] != '\r' && s[e] != '\t' && s[e] != '"' && s[e] != '\'' && !escapedBreak23(s, e) {
			return
		}
		val := s[v:e]
		if isAllDigits23(val) && len(val) <= 5 || strings.HasPrefix(val, "//") {
			return // a port: "…@mail.example.com:587"
		}
		whole := lineStartAt23(s, start) && lineEndAt23(s, e)
		if !whole && !secretShaped23(val) {
			return
		}
		out = append(out, span{start: v, end: e, kind: KindCredential})
	}
	for _, x := range spans {
		if x.kind == KindEmail {
			try(x.start, x.end)
		}
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "[REDACTED:email]:")
		if i < 0 {
			break
		}
		i += off
		off = i + 17
		try(i, i+16)
	}
	return out
}

// escapedBreak23 reports a line break escaped in JSON at e ("\n", "\r").
func escapedBreak23(s string, e int) bool {
	return e+1 < len(s) && s[e] == '\\' && (s[e+1] == 'n' || s[e+1] == 'r')
}

// lineStartAt23 reports that only spaces stand between the line's start
// and p.
func lineStartAt23(s string, p int) bool {
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\t') {
		p--
	}
	return p == 0 || s[p-1] == '\n' || s[p-1] == '\r' || p >= 2 && s[p-2] == '\\' && (s[p-1] == 'n' || s[p-1] == 'r')
}

// lineEndAt23 reports that only spaces stand between e and the line's end.
func lineEndAt23(s string, e int) bool {
	for e < len(s) && (s[e] == ' ' || s[e] == '\t') {
		e++
	}
	return e == len(s) || s[e] == '\n' || s[e] == '\r' || escapedBreak23(s, e)
}

// isAllDigits23 reports a non-empty run of ASCII digits.
func isAllDigits23(v string) bool {
	if v == "" {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// secretShaped23 reports a token shaped as a password: 6 to 128 bytes with
// a digit and a letter, a symbol and a letter, or both cases.
func secretShaped23(v string) bool {
	if len(v) < 6 || len(v) > 128 {
		return false
	}
	digits, upper, lower, sym := 0, 0, 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		default:
			sym++
		}
	}
	letters := upper + lower
	return letters > 0 && (digits > 0 || sym > 0 || upper > 0 && lower > 0)
}
