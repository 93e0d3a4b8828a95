package redact

import (
	"strings"
	"testing"
)

// The sp29 round changes no answer: each test below holds a faster path
// (sp29_*.go) to the plain code it stands in for, on random texts built
// from the pieces the readers look for (prefilterTexts), and counts the
// cases where the answer is not the trivial one, so that a test that no
// longer reaches them fails.

// TestIndexRareSameAsIndex holds indexRare and indexRareAt to
// strings.Index for every needle the readers search by them, at every
// byte of the needle.
func TestIndexRareSameAsIndex(t *testing.T) {
	subs := []string{"[REDACTED:", "[REDACTED:name]", "[REDACTED:email]", "[REDACTED:card]", "[REDACTED:iban]",
		"[REDACTED:address]", "[REDACTED:address] - ", "[REDACTED:phone", ", ", " / ", "：", "args=(", ":59", "ab", "a"}
	found := 0
	for _, s := range prefilterTexts(29, 30000, subs, []string{"[", "]", "/", "[REDACTED:name", "REDACTED:"}) {
		for _, sub := range subs {
			want := strings.Index(s, sub)
			for k := range len(sub) {
				if got := indexRareAt(s, sub, k); got != want {
					t.Fatalf("indexRareAt(%q, %q, %d) = %d, strings.Index %d", s, sub, k, got, want)
				}
			}
			if got := indexRare(s, sub); got != want {
				t.Fatalf("indexRare(%q, %q) = %d, strings.Index %d", s, sub, got, want)
			}
			if containsRare(s, sub) != (want >= 0) {
				t.Fatalf("containsRare(%q, %q) = %v", s, sub, !(want >= 0))
			}
			if want > 0 {
				found++
			}
		}
	}
	if found < 1000 {
		t.Fatalf("only %d texts hold a needle past their start: the test no longer reaches the search", found)
	}
}
