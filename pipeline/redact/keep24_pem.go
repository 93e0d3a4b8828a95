package redact

// pemBodyEnd24 returns where the base64 body of an unterminated PEM block
// ends, the body starting at b (right after the BEGIN line's dashes), or -1
// when it cannot tell (a form-encoded body). A PEM body is lines of base64,
// each but the last full (48 characters or more), separated by real or
// escaped line breaks ("\n", "\\n", "\r\n"); RFC 1421's "Proc-Type:" and
// "DEK-Info:" header lines may open it. The body ends at the first line
// that is not base64 ("...", a quote, the next log line), so a truncated
// key in a heap dump or a core's string masks the key, not the rest of
// the line.
func pemBodyEnd24(s string, b, lim int) int {
	i := b
	end := b
	for lines := 0; i < lim; lines++ {
		// line breaks and indentation between lines
		j := i
		for j < lim {
			switch {
			case s[j] == '\n' || s[j] == '\r' || s[j] == ' ' || s[j] == '\t':
				j++
				continue
			case s[j] == '\\':
				k := j
				for k < lim && s[k] == '\\' {
					k++
				}
				if k < lim && (s[k] == 'n' || s[k] == 'r') {
					j = k + 1
					continue
				}
			case s[j] == '%':
				return -1 // "%0A": percent-encoded, read as a whole
			}
			break
		}
		if j < lim && (hasPrefixAt24(s, j, "Proc-Type:") || hasPrefixAt24(s, j, "DEK-Info:")) {
			for j < lim && s[j] != '\n' && s[j] != '\\' {
				j++
			}
			end, i = j, j
			continue
		}
		k := j
		for k < lim && (isAlnum(s[k]) || s[k] == '+' || s[k] == '/' || s[k] == '=') {
			k++
		}
		if k == j {
			break
		}
		if k < lim && !pemLineEnd24(s[k]) {
			break // "signal …", "abc.def": no base64 line
		}
		end, i = k, k
		if k-j < 48 {
			break // a short line is the last
		}
	}
	return end
}

// pemLineEnd24 reports a byte that may follow a base64 line: a line break,
// an escape, a space or a closing quote or bracket.
func pemLineEnd24(c byte) bool {
	switch c {
	case '\n', '\r', '\\', ' ', '\t', '"', '\'', '`', ',', ';', '}', ']', ')', '<', '|':
		return true
	}
	return false
}

// hasPrefixAt24 reports s[i:] starting with p.
func hasPrefixAt24(s string, i int, p string) bool {
	return len(s)-i >= len(p) && s[i:i+len(p)] == p
}
