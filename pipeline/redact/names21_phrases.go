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
	// i walks the word starts: 0, and each byte after a separator or an
	// escaped line break ("\\n" in JSON starts a word too); at each, a
	// phrase is tried when one of either list starts with its byte.
	// phraseBits21 (speed27_gates.go) holds phraseFirst21's rows and
	// phraseSep21, and marks '\\', so the walk between word starts reads one
	// table per byte.
	bits := phraseBits21()
	want := uint8(phraseBitFirst1)
	if depth == 0 {
		want = phraseBitFirst0
	}
	limit := len(s) - 4 // (no phrase is tried at len(s)-4 or after)
	for i := 0; i < limit; {
		next := i // the byte after which the next word start is looked for
		if c := s[i]; bits[c]&want != 0 {
			found := false
			if depth == 0 && introFirst21[c] {
				if sp, ok := introAt21(s, i); ok {
					out = append(out, sp)
					next, found = sp.end-1, true
				}
			}
			if !found && sendToIndex21.first[c] && (i == 0 || dest14WordStart(s, i)) {
				if sp, ok := sendToAt21(s, i, have); ok {
					out = append(out, sp)
					next = sp.end - 1
				}
			}
		}
		// the next word start: after a separator at next or later, or
		// after the 'n' of an escaped line break ("\\n", whose '\\' the
		// walk stops at; one whose 'n' is at next starts a word at next+1)
		k := limit
		if s[next] == 'n' && next > 0 && s[next-1] == '\\' {
			k = next + 1
		} else {
			for j := skipWordBytes28(s, next, limit, bits); j+1 < limit; j++ {
				if b := bits[s[j]]; b&phraseBitStop != 0 {
					if b&phraseBitSep != 0 {
						k = j + 1
						break
					}
					if s[j+1] == 'n' {
						k = j + 2
						break
					}
				}
			}
		}
		i = k
	}
	return out
}
