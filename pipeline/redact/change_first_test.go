package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestWordsByFirstSameAsAll checks that credChangeWordAt finds with the
// words filed under a text's byte what it finds with all of them.
func TestWordsByFirstSameAsAll(t *testing.T) {
	pieces := []string{" ", "  ", "x", "K", "\u212a", "ſ", "s", "S", "ı", "İ", "é", "ß"}
	for _, w := range credChangeFrom {
		pieces = append(pieces, w, strings.ToUpper(w), strings.ToUpper(w[:1])+w[1:])
	}
	words := append(append([]string{}, credChangeFrom...), "kilo", "\u212aelvin", "ſon", "")
	byFirst := wordsByFirst(words)
	rng := rand.New(rand.NewPCG(19, 19))
	found := 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(6) + 1; k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
			if rng.IntN(2) == 0 {
				b.WriteByte(' ')
			}
		}
		s := b.String()
		for p := 0; p < len(s); p++ {
			all := credChangeWordAt(s, p, credChangeFrom)
			if got := credChangeWordAt(s, p, credChangeFromBy[s[p]]); got != all {
				t.Fatalf("credChangeWordAt(%q, %d): %d by first byte, %d with all", s, p, got, all)
			}
			all = credChangeWordAt(s, p, words)
			if got := credChangeWordAt(s, p, byFirst[s[p]]); got != all {
				t.Fatalf("credChangeWordAt(%q, %d) over %q: %d by first byte, %d with all", s, p, words, got, all)
			}
			if all > 0 {
				found++
			}
		}
	}
	if found == 0 {
		t.Fatal("no word found: the test reads nothing")
	}
}
