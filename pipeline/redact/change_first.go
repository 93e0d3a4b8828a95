package redact

import (
	"unicode"
	"unicode/utf8"
)

// credChangeFromBy holds the words of credChangeFrom by the byte a text's
// word must start with to be one of them, in credChangeFrom's order:
// credChangeWordAt tries only these, and finds what it finds with all.
var credChangeFromBy = wordsByFirst(credChangeFrom)

// wordsByFirst files each of words under every byte that may start a
// match of it in credChangeWordAt: its own first byte, and each ASCII
// letter that case-folds to its first letter (EqualFold's matches).
func wordsByFirst(words []string) (t [256][]string) {
	for _, w := range words {
		if w == "" {
			for c := range t {
				t[c] = append(t[c], w)
			}
			continue
		}
		var at [256]bool
		at[w[0]] = true
		r, _ := utf8.DecodeRuneInString(w)
		for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
			if f < utf8.RuneSelf {
				at[f] = true
			}
		}
		for c, ok := range at {
			if ok {
				t[c] = append(t[c], w)
			}
		}
	}
	return t
}
