package redact

import "strings"

// A secret logged without its key: a positional argument ("Payment failed
// \"2000…\", \"Sunshine1975*\""), a bound SQL parameter ("[VARCHAR] -
// [qL0p6x…]"), a cell of a header-less CSV row. Nothing names it, so only
// its shape can: a whole cell or quoted argument that reads as a password
// or a random key, never as an id, a word, a version or a name.

// loneSecret redacts a secret-shaped token at i that stands alone between
// delimiters in a list; it returns its end, or 0.
func (sc *scanner) loneSecret(i int) int {
	s := sc.s
	if i == 0 || i == sc.lastEnd {
		return 0
	}
	var closer byte
	p := i - 1 // the opener
	switch s[p] {
	case '"', '\'':
		closer = s[p]
		if p > 0 && s[p-1] == '\\' {
			p-- // JSON inside a string: \"…\"
		}
	case '[':
		closer = ']'
	case ',', ';', '\t':
		closer = s[p]
	default:
		return 0
	}
	if s[p] != ',' && s[p] != ';' && s[p] != '\t' && !positional(s, p) {
		return 0
	}
	e := i
	for e < len(s) && e-i <= 128 && s[e] > ' ' && s[e] < 0x7f && !loneStop[s[e]] {
		e++
	}
	if e-i < 10 || e-i > 128 {
		return 0
	}
	switch {
	case e == len(s):
		if closer != ',' && closer != ';' && closer != '\t' {
			return 0
		}
	case s[e] == closer, s[e] == '\\' && e+1 < len(s) && s[e+1] == closer:
	case (closer == ',' || closer == ';' || closer == '\t') && (s[e] == '\n' || s[e] == '\r' || s[e] == '"' || s[e] == '\\'):
	default:
		return 0
	}
	if closer == ',' || closer == ';' || closer == '\t' {
		// A cell of a row: the line has two separators or more.
		ls := strings.LastIndexByte(s[:i], '\n') + 1
		le := strings.IndexByte(s[i:], '\n')
		if le < 0 {
			le = len(s) - i
		}
		if strings.Count(s[ls:i+le], string(closer)) < 2 {
			return 0
		}
	}
	if !secretShaped(s[i:e]) || !sc.emit(i, e, KindCredential, 0) {
		return 0
	}
	return e
}

// loneStop are the bytes that end a lone token.
var loneStop = func() (t [256]bool) {
	for _, c := range []byte("\"'\\,;[](){}<>`") {
		t[c] = true
	}
	return t
}()

// positional reports whether the quote or bracket at p opens a list item,
// not a key's value: what precedes it is the start, a newline, '[', '(',
// ',', ';', a tab or " - " (Hibernate's "[VARCHAR] - [value]").
func positional(s string, p int) bool {
	q := p - 1
	for q >= 0 && s[q] == ' ' {
		q--
	}
	if q < 0 {
		return p > 0 // a quoted line start, not the value itself
	}
	switch s[q] {
	case '[', '(', ',', ';', '\t', '\n':
		return true
	case '-':
		return q > 0 && s[q-1] == ' ' && q+1 < p
	}
	return false
}

// secretShaped reports a token that reads as a password or a random key:
// a word with a year and a symbol ("Winter1974#"), or letters of both cases
// with digits in two runs or more and no long lower-case run ("4yiRufj893GC2DC0",
// not "iPhone15ProMax"). Object ids with a lower-case prefix ("pi_3DUV…",
// "cus_Ucs…"), versions, hosts and addresses (a '.', ':' or '@') are no
// secrets.
func secretShaped(t string) bool {
	var upper, lowerN, digit, sym, digitRuns, lowRun, maxLowRun int
	prev := byte(0) // class of the previous byte
	for i := 0; i < len(t); i++ {
		c := t[i]
		var cls byte
		switch {
		case c >= 'a' && c <= 'z':
			cls = 'l'
			lowerN++
			lowRun++
			maxLowRun = max(maxLowRun, lowRun)
		case isUpper(c):
			cls = 'U'
			upper++
		case isDigit(c):
			cls = 'd'
			digit++
			if prev != 'd' {
				digitRuns++
			}
		case c == '.' || c == ':' || c == '@' || c == '%' || c == '&' || c == '=' && i < len(t)-2:
			return false // no host, version, address, URL encoding or query
		default:
			cls = 's'
			sym++
		}
		if cls != 'l' {
			lowRun = 0
		}
		prev = cls
	}
	if lowerN > 0 && t[0] >= 'a' && t[0] <= 'z' {
		for k := 1; k < len(t) && k <= 9; k++ {
			if t[k] == '_' {
				if allLower(t[:k]) && k >= 2 {
					return false // "pi_3DUV…", "cus_Ucs…": an object id
				}
				break
			}
		}
	}
	if humanPassword(t) {
		return true
	}
	return upper > 0 && lowerN > 0 && digit > 0 && digitRuns >= 2 && maxLowRun <= 6 && upper >= 2
}

func allLower(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// humanPassword matches a word, digits and a symbol: "Sunshine1975*".
func humanPassword(t string) bool {
	i := 0
	if i < len(t) && isUpper(t[i]) {
		i++
	}
	a := i
	for i < len(t) && t[i] >= 'a' && t[i] <= 'z' {
		i++
	}
	if i-a < 3 {
		return false
	}
	d := i
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i-d < 2 || i-d > 4 || i != len(t)-1 {
		return false
	}
	return strings.IndexByte("!@#$%^&*?", t[i]) >= 0
}
