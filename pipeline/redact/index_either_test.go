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
