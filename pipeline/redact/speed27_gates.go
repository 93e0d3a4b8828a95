package redact

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Exact filters in front of a few searches and comparisons of the passes
// (speed27): each answers what the search or comparison it guards answers,
// and only saves its work where the answer is already known.

// phoneLabelLast24 marks the last bytes of phoneLabels24's labels:
// phoneLabelBefore24 compares no label whose last byte the text's byte
// before the phone is not (each label's last byte is ASCII, ':' or '.',
// which strings.EqualFold matches only to itself).
var phoneLabelLast24 = func() (t [256]bool) {
	for _, l := range phoneLabels24 {
		c := l[len(l)-1]
		if c >= 0x80 || isAlpha(c) {
			for b := range t { // a letter or a byte beyond ASCII: no filter
				t[b] = true
			}
			return t
		}
		t[c] = true
	}
	return t
}()

// equalFoldASCII is strings.EqualFold(x, w) for an ASCII w, with its first
// bytes compared first: an ASCII byte of x folds only to its own letter's
// cases, and a byte beyond ASCII (a Kelvin sign, a long s) is let through
// to EqualFold.
func equalFoldASCII(x, w string) bool {
	if x != "" && w != "" {
		if a, b := x[0], w[0]; a < 0x80 && a|0x20 != b|0x20 {
			return false
		}
	}
	return strings.EqualFold(x, w)
}

// letterRank ranks the lower-case ASCII letters by how often English text
// holds them, 1 for the most frequent ("etaoin…"), 0 for any other byte.
var letterRank = func() (t [256]uint8) {
	for i, c := range []byte("etaoinshrdlcumwfgypbvkjxqz") {
		t[c] = uint8(i + 1)
	}
	return t
}()

// fold3Anchor returns which of the three lower-case letters a, b, c is the
// rarest in text (by letterRank), or -1 when one is no lower-case letter.
func fold3Anchor(a, b, c byte) int {
	ra, rb, rc := letterRank[a], letterRank[b], letterRank[c]
	switch {
	case ra == 0 || rb == 0 || rc == 0:
		return -1
	case ra >= rb && ra >= rc:
		return 0
	case rb >= rc:
		return 1
	}
	return 2
}

// indexFold3At returns the first i with s[i]|0x20 == a, s[i+1]|0x20 == b
// and s[i+2]|0x20 == c (indexFold3's answer), looking only where the k-th
// of the three letters stands in either case: a byte x has x|0x20 equal to
// a lower-case letter l exactly when x is l or its upper case, and the
// positions are tried in order.
func indexFold3At(s string, a, b, c byte, k int) int {
	l := [3]byte{a, b, c}[k]
	u := l - 0x20
	nl, nu := indexByteAfter(s, l, k), indexByteAfter(s, u, k)
	for nl >= 0 || nu >= 0 {
		q := nl
		if q < 0 || nu >= 0 && nu < q {
			q = nu
		}
		if i := q - k; i+2 < len(s) && s[i]|0x20 == a && s[i+1]|0x20 == b && s[i+2]|0x20 == c {
			return i
		}
		if q == nl {
			nl = indexByteAfter(s, l, q+1)
		} else {
			nu = indexByteAfter(s, u, q+1)
		}
	}
	return -1
}

// indexByteAfter returns the first index of c in s at p or after, or -1.
func indexByteAfter(s string, c byte, p int) int {
	if p >= len(s) {
		return -1
	}
	if i := strings.IndexByte(s[p:], c); i >= 0 {
		return p + i
	}
	return -1
}

// asciiSpace27 marks the bytes strings.Fields splits ASCII text at.
var asciiSpace27 = [256]bool{'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true}

// fieldsUpTo returns strings.Fields(v) in buf's storage when it has at most
// cap(buf) fields; more reports that it has more (ws then holds the
// first cap(buf)). Text beyond ASCII is split by strings.Fields itself
// (its spaces are Unicode's).
func fieldsUpTo(buf []string, v string) (ws []string, more bool) {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			ws = strings.Fields(v)
			if len(ws) > cap(buf) {
				return ws[:cap(buf)], true
			}
			return ws, false
		}
	}
	ws = buf[:0]
	for i := 0; i < len(v); {
		for i < len(v) && asciiSpace27[v[i]] {
			i++
		}
		if i == len(v) {
			break
		}
		j := i
		for j < len(v) && !asciiSpace27[v[j]] {
			j++
		}
		if len(ws) == cap(buf) {
			return ws, true
		}
		ws = append(ws, v[i:j])
		i = j
	}
	return ws, false
}

// The bits of phraseBits21.
const (
	phraseBitFirst0 = 1 << iota // phraseFirst21's row 0 (depth 0)
	phraseBitFirst1             // its row 1 (below)
	phraseBitSep                // phraseSep21
	phraseBitStop               // phraseSep21 and '\\' (of an escaped "\n"): where phraseSpans21's walk stops
)

// phraseBits21 holds phraseFirst21's two rows and phraseSep21 as the bits
// of one byte per byte value, so phraseSpans21 reads one table per byte.
// Built on first use, after phraseFirst21.
var phraseBits21 = sync.OnceValue(func() *[256]uint8 {
	var t [256]uint8
	f := phraseFirst21()
	for c := range 256 {
		if f[0][c] {
			t[c] |= phraseBitFirst0
		}
		if f[1][c] {
			t[c] |= phraseBitFirst1
		}
		if phraseSep21[c] {
			t[c] |= phraseBitSep | phraseBitStop
		}
		if c == '\\' {
			t[c] |= phraseBitStop
		}
	}
	return &t
})

// itemKey18 marks the bytes an item of itemStartAt18 is keyed by, with
// how far after them it starts: 1 after '\n', '(' and the last bytes of
// '，' and '。'; 2 after a separator followed by a space (";", ",", ".",
// "/", "!", "?", "|", ")", " - ") and after the '\\' of an escaped "\n".
var itemKey18 = func() (t [256]uint8) {
	for _, c := range []byte{'\n', '(', 0x8C, 0x82} {
		t[c] = 1
	}
	for _, c := range []byte(`;,./!?|)-\`) {
		t[c] = 2
	}
	return t
}()

// itemCand18 returns the first p' >= p that labelItemNames18 reads an item
// at (0; start+1 after a greeting that ends at start > 0; a p' where
// itemStartAt18 holds), or len(s). Each p' where itemStartAt18 holds has
// its key byte (itemKey18) one or two bytes before it, so only those
// bytes are looked at; the p' they give grow with the key's position.
func itemCand18(s string, p, start int) int {
	if p == 0 && len(s) > 0 {
		return 0
	}
	q := len(s)
	for t := max(p-2, 0); t < len(s); t++ {
		k := itemKey18[s[t]]
		if k == 0 {
			continue
		}
		c := t + int(k)
		if c >= len(s) {
			break // (every later key gives a later p')
		}
		if c >= p && itemStartAt18(s, c) {
			q = c
			break
		}
	}
	if start > 0 && start+1 >= p && start+1 < q {
		return start + 1
	}
	return q
}

// foldTailIndex files words by the byte back bytes from their end (1: the
// last), in their order, for strings.EqualFold(x, w) with x as long as w:
// a word is listed under every byte that x's byte there may be when they
// match. Where w's bytes after that one are ASCII, the byte ends a rune r
// of w, and x's byte there, when ASCII, is a rune of its own (an ASCII
// byte never belongs to a longer rune) that must fold to r: it is listed
// under the ASCII runes of r's case orbit (r and its other case for an
// ASCII letter; 'k' and 'K' for the Kelvin sign, 's' and 'S' for the long
// s; none for most runes beyond ASCII). A byte of x beyond ASCII may
// belong to any rune, so every word is listed under those. A word whose
// bytes after that one are not all ASCII, or shorter than back, is listed
// under every byte.
func foldTailIndex(words []string, back int) *[256][]string {
	var t [256][]string
	for _, w := range words {
		ok := len(w) >= back
		for k := len(w) - back + 1; ok && k < len(w); k++ {
			ok = w[k] < 0x80
		}
		var at [256]bool
		if ok {
			r, _ := utf8.DecodeLastRuneInString(w[:len(w)-back+1])
			for f := r; ; {
				if f < utf8.RuneSelf {
					at[f] = true
				}
				if f = unicode.SimpleFold(f); f == r {
					break
				}
			}
		}
		for c := range t {
			if !ok || c >= 0x80 || at[c] {
				t[c] = append(t[c], w)
			}
		}
	}
	return &t
}

// phoneLead marks, by a word's length and its first byte folded (|0x20),
// the words phonePhraseAt may find a phrase at: phrase14At's entries and
// the first words of its own English phrases ("my", "call", "text",
// "reach", "contact", "whatsapp"). Built by the init below, which runs
// after those of phone14_phrases.go, phone15_phrases.go and
// phones20_phrases.go that fill phrase14At (a package's init functions run
// in the order of their files' names; TestPhoneLeadSameAsPhonePhraseAt
// compares the two tables).
var phoneLead [len(phrase14At)][256]bool

func init() {
	for n := range phrase14At {
		for c := range phrase14At[n] {
			phoneLead[n][c] = phrase14At[n][c] != 0
		}
	}
	for _, w := range []string{"my", "call", "text", "reach", "contact", "whatsapp"} {
		phoneLead[len(w)][w[0]] = true
	}
}

// phoneLeadMay reports whether phonePhraseAt(s, i, j) may find a phrase:
// where it does not, the word scanner does not call it (most words cost
// one table load).
func phoneLeadMay(s string, i, j int) bool {
	n := j - i
	return n < len(phoneLead) && phoneLead[n][s[i]|0x20]
}

// streetTypeLead marks, by length and first byte, the words of
// streetBefore, trStreetTypes and streetAfter of up to 16 bytes (those
// street reads). Built by the init below, after names20_streets.go's adds
// its words to streetBefore and streetAfter (inits run in the order of
// their files' names; TestStreetTypeLeadSameAsSets compares them).
var streetTypeLead [17][256]bool

func init() {
	for _, set := range []map[string]bool{streetBefore, trStreetTypes, streetAfter} {
		for w, ok := range set {
			if ok && w != "" && len(w) < len(streetTypeLead) {
				streetTypeLead[len(w)][w[0]] = true
			}
		}
	}
}

// streetTypeMay reports whether s[i:j] lowered (as street lowers it: ASCII
// capitals only) may be a word of streetBefore, trStreetTypes or
// streetAfter; j-i is at most 16.
func streetTypeMay(s string, i, j int) bool {
	c := s[i]
	if c >= 'A' && c <= 'Z' {
		c += 'a' - 'A'
	}
	return streetTypeLead[j-i][c]
}

// itemSepFirst17 marks the bytes itemSeps17's cases start with.
var itemSepFirst17 = newByteTable("\n\"\t|\\ ;,:.")
