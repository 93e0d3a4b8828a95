package redact

import "strings"

// A code sent by SMS and quoted in a query's or a form body's value
// ("note=…%3A+tu+c%C3%B3digo+es+228131+%28sent+to+…%29", "…+your+code+is+
// 558649"): the decoded view (depth 1) is read by the readers of
// cred21_codeword.go and secrets20_codes.go as the text at depth 0 is
// ("your code is …", "tu código es …", "Ihr Bestätigungscode lautet …"),
// with the same gates over the decoded bytes.

// mayHoldDecodedCodePC29 is mayHoldCodeWord21's gate for a decoded view,
// whose signature the scanner does not take.
func mayHoldDecodedCodePC29(s string, tp *textPairs) bool {
	if len(s) < 12 {
		return false
	}
	sig := sigOf(s)
	return sig&sigDigit != 0 && mayHoldCodeWord21(s, sig, tp)
}

// mayHoldDecodedClausePC29 is mayHoldCodeClause20's gate for a decoded
// view.
func mayHoldDecodedClausePC29(s string, tp *textPairs) bool {
	if len(s) < 12 {
		return false
	}
	sig := sigOf(s)
	if sig&sigDigit == 0 {
		return false
	}
	codeWord, _ := mayHoldCodes(s, sig, true)
	return mayHoldCodeClause20(s, sig, codeWord, tp)
}

// decodedClauseSpansPC29 returns codeClauseSpans20's codes of each value of
// a decoded query or form body (the text between '&'s: a code that closes
// one is followed by the next parameter).
func decodedClauseSpansPC29(s string, have []span, evidence bool) []span {
	var out []span
	for a := 0; a < len(s); {
		b := strings.IndexByte(s[a:], '&')
		if b < 0 {
			b = len(s)
		} else {
			b += a
		}
		for _, x := range codeClauseSpans20(s[a:b], nil, evidence) {
			if x.start, x.end = x.start+a, x.end+a; !overlapsAny(have, x.start, x.end) {
				out = append(out, x)
			}
		}
		a = b + 1
	}
	return out
}
