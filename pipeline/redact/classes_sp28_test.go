package redact

import (
	"strings"
	"testing"
)

// The sp28 round changes no answer: each test below holds a faster path
// (sp28_gates.go) to the plain code it stands in for, on random texts
// built from the pieces the readers look for (prefilterTexts), and counts
// the cases where the answer is not the trivial one, so that a test that
// no longer reaches them fails.

// TestGreetingCandsSameAsAll holds the greetings filed by their second
// byte (greetingCands28) to the whole list of their first byte: the
// longest greeting that matches at a text's start is the same.
func TestGreetingCandsSameAsAll(t *testing.T) {
	longest := func(s string, cands []string) int {
		g := 0
		for _, w := range cands {
			if len(w) > g && len(s) > len(w) && strings.EqualFold(s[:len(w)], w) {
				g = len(w)
			}
		}
		return g
	}
	greets := append([]string{"hi,", "HELLO", "Hello", "hEy", "dear Ana", "good morning", "Kia ora", "\u212aia ora", "ſalut"}, openingGreetings...)
	found := 0
	for _, s := range prefilterTexts(28, 40000, greets) {
		if s == "" {
			continue
		}
		want := longest(s, greetingFirst[s[0]])
		if got := longest(s, greetingCands28(s, 0)); got != want {
			t.Fatalf("%q: the filed greetings match %d bytes, the whole list %d", s, got, want)
		}
		if want > 0 {
			found++
		}
	}
	if found < 1000 {
		t.Fatalf("only %d greetings matched: the test no longer reaches them", found)
	}
	// A second byte beyond ASCII may fold to an ASCII letter: the whole
	// list is read then.
	for _, s := range []string{"Hello", "HELLO", "hello there", "he\u212allo"} {
		if longest(s, greetingCands28(s, 0)) != longest(s, greetingFirst[s[0]]) {
			t.Fatalf("%q: the filed greetings differ from the whole list", s)
		}
	}
}

// TestSkipWordBytesSameAsByteLoop holds phraseSpans21's walk to the next
// word start, four bytes at a time, to the byte loop it had.
func TestSkipWordBytesSameAsByteLoop(t *testing.T) {
	bits := phraseBits21()
	walk := func(s string, next, limit, from int) int {
		for j := from; j+1 < limit; j++ {
			if b := bits[s[j]]; b&phraseBitStop != 0 {
				if b&phraseBitSep != 0 {
					return j + 1
				}
				if s[j+1] == 'n' {
					return j + 2
				}
			}
		}
		return limit
	}
	n := 0
	for _, s := range prefilterTexts(29, 30000, []string{"my name is", "please send it to", "\\n", "word"}) {
		limit := len(s) - 4
		for next := 0; next < limit; next++ {
			want := walk(s, next, limit, next)
			if got := walk(s, next, limit, skipWordBytes28(s, next, limit, bits)); got != want {
				t.Fatalf("%q from %d: the next word start %d, the byte loop's %d", s, next, got, want)
			}
			n++
		}
	}
	if n < 100000 {
		t.Fatalf("only %d walks compared", n)
	}
	if got := phraseSpans21("please send it to 8 Rivonia Road, Sandton 2196 today", 0, nil); len(got) != 1 {
		t.Fatalf("phraseSpans21 found %v, want the address", got)
	}
}

// TestLabelSignEndSameAsSwitch holds labelSignEnd28 to the switch of
// prefixes labelValueStart18 had.
func TestLabelSignEndSameAsSwitch(t *testing.T) {
	plain := func(s string, e int) int {
		switch {
		case strings.HasPrefix(s[e:], " - "), strings.HasPrefix(s[e:], " – "):
			e += 1 + strings.IndexByte(s[e+1:], ' ') + 1
		case strings.HasPrefix(s[e:], ": "):
			e += 2
		case strings.HasPrefix(s[e:], "："):
			e += len("：")
		case strings.HasPrefix(s[e:], ":"):
			e++
		case strings.HasPrefix(s[e:], " "):
			e++
		default:
			return 0
		}
		return e
	}
	signs := 0
	for _, s := range prefilterTexts(30, 30000, []string{" - ", " – ", ": ", "：", ":", " ", "\xef"}) {
		for e := 0; e <= len(s); e++ {
			want := plain(s, e)
			if got := labelSignEnd28(s, e); got != want {
				t.Fatalf("%q at %d: %d, the switch %d", s, e, got, want)
			}
			if want > 0 {
				signs++
			}
		}
	}
	if signs < 10000 {
		t.Fatalf("only %d signs read", signs)
	}
}

// TestLowerSameAsAppend holds lower, which writes into the room dst has,
// to the append per byte it had, with and without room.
func TestLowerSameAsAppend(t *testing.T) {
	plain := func(dst []byte, s string) []byte {
		for k := 0; k < len(s); k++ {
			c := s[k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			dst = append(dst, c)
		}
		return dst
	}
	for _, s := range prefilterTexts(31, 5000, []string{"ABC", "Zz", "@[`{", "É"}) {
		for _, room := range []int{0, len(s) / 2, len(s), len(s) + 3} {
			a := append(make([]byte, 0, 2+room), "xY"...)
			b := append(make([]byte, 0, 2+room), "xY"...)
			if got, want := string(lower(a, s)), string(plain(b, s)); got != want {
				t.Fatalf("lower(%q) = %q, want %q", s, got, want)
			}
		}
	}
}

// TestSigPairsSameAsSigAndFill holds sigPairs28 to sigOf and a textPairs
// filled on its first use.
func TestSigPairsSameAsSigAndFill(t *testing.T) {
	for _, s := range append(prefilterTexts(32, 5000, []string{"\\", "<", "\t", "|"}), "", "a", "ab") {
		var got textPairs
		got.s = s
		sig := sigPairs28(s, &got)
		want := textPairs{s: s}
		want.fill()
		if sig != sigOf(s) || got.absent != want.absent || !got.done {
			t.Fatalf("%q: sigPairs28 differs from sigOf and fill", s)
		}
	}
}

// TestEnterCodeRunsSkippedWhole: a run of digits too short or too long
// for a code is passed over whole, and the code after it is still read.
func TestEnterCodeRunsSkippedWhole(t *testing.T) {
	for _, c := range []struct {
		s    string
		want int
	}{
		{"order 123 and 123456789, please enter code 364163", 1},
		{"please enter code 364163 then 12345", 1},
		{"error code 504 after 1234 ms", 0},
		{"enter code 12 or 123456789", 0},
	} {
		if got := enterCodeSpans22(c.s); len(got) != c.want {
			t.Fatalf("enterCodeSpans22(%q) = %v, want %d", c.s, got, c.want)
		}
	}
}

// TestRecipientCommaAtEnd: a text that ends with ", " after a found span
// (the fuzzer's "0 A Ct 000, ") is read without a panic, as before the
// recipient reader of res27 indexed the byte after the comma's space.
func TestRecipientCommaAtEnd(t *testing.T) {
	r := newDefault(t)
	for _, s := range []string{"0 A Ct 000, ", "ship to 12 Main St, ", ", "} {
		_ = r.String(s)
	}
}
