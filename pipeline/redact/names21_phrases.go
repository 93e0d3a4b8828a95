package redact

import (
	"strings"
	"sync"
)

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

// phraseFirst21 marks, at depth 0 (row 0) and below it (row 1), the bytes
// that phraseSpans21 tries a phrase at: introFirst21's (depth 0 only) and
// sendToIndex21's first bytes, the same tables its tests read. Built on
// first use, after the init that fills introFirst21.
var phraseFirst21 = sync.OnceValue(func() *[2][256]bool {
	var t [2][256]bool
	for c := range 256 {
		t[0][c] = introFirst21[c] || sendToIndex21.first[c]
		t[1][c] = sendToIndex21.first[c]
	}
	return &t
})

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
	first := &phraseFirst21()[1]
	if depth == 0 {
		first = &phraseFirst21()[0]
	}
	for i := 0; i+4 < len(s); i++ {
		if !first[s[i]] {
			continue // no phrase of either list starts with this byte
		}
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
