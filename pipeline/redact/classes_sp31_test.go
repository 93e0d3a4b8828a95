package redact

import (
	"math/rand"
	"strings"
	"testing"
)

// sp31Texts returns texts that start with every word of the trigger lists,
// in either case and cut short, and random mixtures of their bytes: the
// inputs the prefilters below are held to the plain loops with.
func sp31Texts() []string {
	var out []string
	lists := [][]string{phoneWordsNonASCII, roleWordsNonASCII, introPhrasesForTest31()}
	rng := rand.New(rand.NewSource(31))
	for _, l := range lists {
		for _, w := range l {
			out = append(out, w, w+" x", strings.ToUpper(w)+" Ab", strings.Title(w), w[:len(w)/2], w[1:], "\xff"+w)
			if len(w) > 2 {
				b := []byte(w)
				b[rng.Intn(len(b))] ^= 0x20
				out = append(out, string(b))
			}
		}
	}
	for n := 0; n < 4000; n++ {
		l := lists[rng.Intn(len(lists))]
		a, b := l[rng.Intn(len(l))], l[rng.Intn(len(l))]
		s := a + b
		i, j := rng.Intn(len(s)+1), rng.Intn(len(s)+1)
		if i > j {
			i, j = j, i
		}
		u := strings.ToUpper(s)
		out = append(out, s[i:j], u[min(i, len(u)):])
	}
	return out
}

func introPhrasesForTest31() []string {
	return []string{"меня зовут", "МЕНЯ ЗОВУТ", "meu nome é", "MEU NOME É", "je m'appelle", "ich heiße", "ΛΈΓΟΜΑΙ", "λέγομαι", "私の名前は"}
}

// TestTriggerWordsSameAsLists holds latinTrigger's buckets to its lists:
// at every start of every text, the first word a bucket matches is the
// first the whole list matches (prefixFold1), and roleWordAt's bucket
// finds what the list finds.
func TestTriggerWordsSameAsLists(t *testing.T) {
	tw := triggerWords31()
	first := func(l []string, s string, f func(s, w string) bool) string {
		for _, w := range l {
			if f(s, w) {
				return w
			}
		}
		return "\x00none"
	}
	n := 0
	for _, s := range sp31Texts() {
		for i := 0; i < len(s); i++ {
			for li, l := range [][]string{phoneWordsNonASCII, roleWordsNonASCII} {
				want := first(l, s[i:], prefixFold1)
				got := first(tw[li][s[i]], s[i:], prefixFold2)
				if got != want {
					t.Fatalf("list %d at %q: bucket %q, list %q", li, s[i:], got, want)
				}
				if want != "\x00none" {
					n++
				}
			}
			if s[i] >= 0x80 {
				want, got := false, false
				for _, w := range roleWordsNonASCII {
					want = want || w[0] >= 0x80 && strings.HasPrefix(s[i:], w)
				}
				for _, w := range tw[1][s[i]] {
					got = got || w[0] >= 0x80 && strings.HasPrefix(s[i:], w)
				}
				if got != want {
					t.Fatalf("roleWordAt's bucket at %q: %v, list %v", s[i:], got, want)
				}
			}
		}
	}
	if n < 500 {
		t.Fatalf("only %d matches: the texts do not exercise the lists", n)
	}
}

// TestLowerRuneDiffersSameAsToLower holds introMatch21's prefilter to the
// test it comes before: whenever it says the lower-cased window cannot
// start with the phrase's rest, it does not.
func TestLowerRuneDiffersSameAsToLower(t *testing.T) {
	phrases := introPhrasesForTest31()
	for i := 0; i < len(roleWordsNonASCII); i += 5 {
		phrases = append(phrases, roleWordsNonASCII[i])
	}
	texts := sp31Texts()
	ruled := 0
	for ti, s := range texts {
		if ti%41 != 0 {
			continue
		}
		for _, p := range phrases {
			for k := 0; k < len(p); k++ {
				for i := 0; i < len(s) && i < 6; i++ {
					if !lowerRuneDiffers31(s[i:], p[k:]) {
						continue
					}
					ruled++
					w := s[i:min(len(s), i+len(p)-k+4)]
					if strings.HasPrefix(strings.ToLower(w), p[k:]) {
						t.Fatalf("ruled out %q at %q, but ToLower(%q) starts with it", p[k:], s[i:], w)
					}
				}
			}
		}
	}
	if ruled < 1000 {
		t.Fatalf("only %d ruled out", ruled)
	}
}
