package redact

import "strings"

// A phone whose area code and number a slash joins ("0173/7476685",
// "06 20/073 5638"), in JSON held in a JSON string: the slash was escaped
// by the inner encoder ("\/") and its backslash by the outer one, so the
// text reads "0173\\/7476685" (or "0173\\\/7476685"). escapedSlashes
// (scan.go) folds "\/" alone. Here "\\/" and "\\\/" between two digits are
// folded to "/" and the text read once more; only the phones found there
// are kept, as escapedSlashes keeps them.

// twiceEscapedSlashes merges the phones read with "\\/" folded.
func (sc *scanner) twiceEscapedSlashes() {
	fold := func(s string, p int) (byte, int) {
		if s[p] != '\\' || p == 0 || !isDigit(s[p-1]) {
			return 0, 0
		}
		q := p
		for q < len(s) && s[q] == '\\' && q-p < 3 {
			q++
		}
		if q-p >= 2 && q+1 < len(s) && s[q] == '/' && isDigit(s[q+1]) {
			return '/', q + 1 - p
		}
		return 0, 0
	}
	sc.foldedRescan(fold, func(x span, dec string) bool {
		return x.kind == KindPhone && strings.IndexByte(dec[x.start:x.end], '/') >= 0
	})
}

// mayHoldTwiceEscapedSlash gates twiceEscapedSlashes: "\\/" between two
// digits.
func mayHoldTwiceEscapedSlash(s string, sig uint32) bool {
	if sig&sigBackslash == 0 {
		return false
	}
	for off := 0; ; {
		i := strings.Index(s[off:], `\\/`)
		if i < 0 {
			return false
		}
		i += off
		j := i
		for j > 0 && s[j-1] == '\\' {
			j--
		}
		if j > 0 && isDigit(s[j-1]) && i+3 < len(s) && isDigit(s[i+3]) {
			return true
		}
		off = i + 3
	}
}
