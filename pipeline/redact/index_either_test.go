package redact

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// TestIndexEitherSameAsIndexAny checks indexEither against strings.IndexAny.
func TestIndexEitherSameAsIndexAny(t *testing.T) {
	pieces := []string{"(", "[", " ", "x", "é", "\xff", "ab", "order #1043 ", "(("}
	rng := rand.New(rand.NewPCG(19, 2))
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(12); k > 0; k-- {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, set := range []string{"([", "[(", "!,"} {
			if got, want := indexEither(s, set[0], set[1]), strings.IndexAny(s, set); got != want {
				t.Fatalf("indexEither(%q, %q) = %d, strings.IndexAny %d", s, set, got, want)
			}
		}
	}
}

// TestContainsAtSameAsContains checks containsAt and indexAt at every k
// against strings.Contains and strings.Index over texts built of the phrases' own pieces.
func TestContainsAtSameAsContains(t *testing.T) {
	subs := []string{" (", " [", "execute", "authenticate", "common", " / ", "; ", ":1=", "xx", "x(x", "(", "", "é("}
	pieces := []string{" ", "(", "[", "x", "e", "execut", "authenticat", "commo", "n", "/", ";", ":1", "=", "é",
		"xxxxxxxxxxxx", "((((((((((", "the order was shipped "}
	rng := rand.New(rand.NewPCG(19, 3))
	hits, misses := 0, 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for b.Len() < rng.IntN(300) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		for _, sub := range subs {
			want := strings.Contains(s, sub)
			for k := 0; k <= len(sub); k++ {
				if got := containsAt(s, sub, k); got != want {
					t.Fatalf("containsAt(%q, %q, %d) = %v, strings.Contains %v", s, sub, k, got, want)
				}
				if got, want := indexAt(s, sub, k), strings.Index(s, sub); got != want {
					t.Fatalf("indexAt(%q, %q, %d) = %d, strings.Index %d", s, sub, k, got, want)
				}
			}
			if want {
				hits++
			} else {
				misses++
			}
		}
	}
	if hits == 0 || misses == 0 {
		t.Fatalf("%d found, %d not: the texts test one side only", hits, misses)
	}
}

// TestMayHoldCodeItem18SameAsContains checks mayHoldCodeItem18's one
// pass against a strings.Contains of each anchor.
func TestMayHoldCodeItem18SameAsContains(t *testing.T) {
	pieces := append([]string{" ", "o", "d", "p", "i", "n", "x", "é", "Код", "12345", "the order was shipped "}, codeAnchorsHigh18...)
	pieces = append(pieces, codeAnchors18...)
	rng := rand.New(rand.NewPCG(19, 4))
	hits, misses := 0, 0
	for n := 0; n < 20000; n++ {
		var b strings.Builder
		for k := rng.IntN(8); k > 0; k-- {
			p := pieces[rng.IntN(len(pieces))]
			if c := rng.IntN(4); c == 0 && len(p) > 1 {
				p = p[1:] // an anchor's tail alone
			}
			b.WriteString(p)
		}
		s := b.String()
		sig := sigOf(s)
		want := false
		if len(s) >= 8 {
			for _, a := range codeAnchors18 {
				want = want || strings.Contains(s, a)
			}
			for _, a := range codeAnchorsHigh18 {
				want = want || sig&sigHigh != 0 && strings.Contains(s, a)
			}
		}
		if got := mayHoldCodeItem18(s, sig); got != want {
			t.Fatalf("mayHoldCodeItem18(%q) = %v, want %v", s, got, want)
		}
		if want {
			hits++
		} else {
			misses++
		}
	}
	if hits == 0 || misses == 0 {
		t.Fatalf("%d found, %d not: the texts test one side only", hits, misses)
	}
}
