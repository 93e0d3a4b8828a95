package redact

import "strings"

// One pass over the word starts of a text for the phrases of
// names21_intro.go ("my name is …") and names21_sendto.go ("please send it
// to …"): a byte is looked at only where a word starts (after a space, a
// quote, a bracket, a line break) and begins a phrase of either list.

// phraseSep21 marks the bytes after which a word starts.
var phraseSep21 = func() (t [256]bool) {
	for _, c := range []byte(" \"'([>\n\t=,:") {
		t[c] = true
	}
	return t
}()

// mayHoldPhrases21 is the cheap test before phraseSpans21: every phrase
// holds a space, and ids, codes and other one-token values hold none.
func mayHoldPhrases21(s string) bool {
	return len(s) > 12 && strings.IndexByte(s, ' ') > 0
}

// phraseSpans21 returns the names after "my name is" phrases (at depth 0
// only: a URL's query is no one's introduction) and the addresses after
// delivery requests that no reader has taken (have).
func phraseSpans21(s string, depth int, have []span) []span {
	var out []span
	for i := 0; i+4 < len(s); i++ {
		if i > 0 && !phraseSep21[s[i-1]] && !(s[i-1] == 'n' && i >= 2 && s[i-2] == '\\') {
			continue // (a line break escaped in JSON starts a word too)
		}
		c := s[i]
		if depth == 0 && introFirst21[c] {
			if sp, ok := introAt21(s, i); ok {
				out = append(out, sp)
				i = sp.end - 1
				continue
			}
		}
		if sendToIndex21.first[c] && (i == 0 || dest14WordStart(s, i)) {
			if sp, ok := sendToAt21(s, i, have); ok {
				out = append(out, sp)
				i = sp.end - 1
			}
		}
	}
	return out
}
