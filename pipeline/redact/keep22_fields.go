package redact

// In a line of key=value fields (logfmt, a query string written out, a
// key=value audit line) a field's value may be a word that names a
// credential ("reason=bad_credentials", "error=invalid_token"), and the
// next field follows it after a space: "reason=bad_password ip=10.1.2.3".
// The next field is no secret written after its key word: a token that
// opens with a field's name and '=' is a field of its own.

// nextField22 reports a field that opens at k: a name (a letter or '_',
// then letters, digits, '_', '.' or '-', 32 bytes at most), '=' and a
// value that is no second '=' (base64's padding ends a key, it opens no
// value).
func nextField22(s string, k int) bool {
	if k >= len(s) || !isAlpha(s[k]) && s[k] != '_' {
		return false
	}
	e := k + 1
	for e < len(s) && e-k <= 32 && (isWord(s[e]) || s[e] == '.' || s[e] == '-') {
		e++
	}
	return e < len(s) && e-k <= 32 && s[e] == '=' && e+1 < len(s) && s[e+1] != '=' && s[e+1] != ' '
}
