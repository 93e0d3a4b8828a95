package redact

import (
	"bytes"
	"math/bits"
	"strings"
	"unicode/utf8"
)

// Prefilters that rule positions or texts out before a gate's own loop
// reads them. Each is built from the gate's own list, so it is
// conservative by construction, and prefilters_test.go holds each gated
// function to the plain loop it replaces.

// pairFilter holds, for a list of phrases of two bytes or more, a bit per
// phrase (its index modulo 8) under its first byte in first and under its
// second byte in second: a phrase may start at i only where
// first[s[i]]&second[s[i+1]] != 0.
type pairFilter struct {
	first, second [256]uint8
}

// newPairFilter returns the filter of the phrases of lists; a phrase
// shorter than two bytes lets every pair through after its first byte.
func newPairFilter(lists ...[]string) *pairFilter {
	f := &pairFilter{}
	k := 0
	for _, l := range lists {
		for _, p := range l {
			bit := uint8(1) << (k & 7)
			k++
			if p == "" {
				for c := range f.first {
					f.first[c] |= bit
				}
			} else {
				f.first[p[0]] |= bit
			}
			if len(p) < 2 {
				for c := range f.second {
					f.second[c] |= bit
				}
			} else {
				f.second[p[1]] |= bit
			}
		}
	}
	return f
}

// mayAt reports whether a phrase of f may start at i, for i+1 < len(s).
func (f *pairFilter) mayAt(s string, i int) bool {
	return f.first[s[i]]&f.second[s[i+1]] != 0
}

// next returns the first position from i on where a phrase of f may
// start (at the last byte: one whose first byte it is), or len(s).
func (f *pairFilter) next(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	m := f.first[s[i]]
	for ; i+1 < len(s); i++ {
		c := s[i+1]
		if m&f.second[c] != 0 {
			return i
		}
		m = f.first[c]
	}
	if m != 0 {
		return i
	}
	return len(s)
}

// houseAt returns houseNumber(sc.s, i), read once for the readers of
// addresses that start at a number (numberStreet, numberStreet16) at the
// same digit.
func (sc *scanner) houseAt(i int) int {
	if sc.house[0] != i+1 {
		sc.house = [2]int{i + 1, houseNumber(sc.s, i)}
	}
	return sc.house[1]
}

// foldDiffers reports that strings.EqualFold(x, w) is false, for x and w
// of the same length, by bytes where the answer cannot depend on runes
// beyond ASCII: the first bytes when both are ASCII, then the second when
// the first and second are, and the last bytes when both are ASCII (an
// ASCII byte is a rune of its own, the first rune of each string is
// compared with the other's first, and the last with the last). It never
// reports a pair that EqualFold matches; a pair it lets through is still
// compared.
func foldDiffers(x, w string) bool {
	n := len(w)
	if n == 0 || len(x) != n {
		return false
	}
	if a, b := x[n-1], w[n-1]; a|b < 0x80 && a|0x20 != b|0x20 {
		return true
	}
	a, b := x[0], w[0]
	if a|b >= 0x80 {
		return false
	}
	if a|0x20 != b|0x20 {
		return true
	}
	if n < 2 {
		return false
	}
	a, b = x[1], w[1]
	return a|b < 0x80 && a|0x20 != b|0x20
}

// The lists of a leadLists, by their index in its third.
const (
	leadOTP = iota
	leadAddr
	leadIntro
	leadEvent
	leadDest
	leadKinds
)

// fillThird sets l.third from l's lists: for each list, the third byte of
// each phrase, folded to lower case; a phrase shorter than three bytes,
// or with a byte beyond ASCII among its first three, lets every byte
// through.
func (l *leadLists) fillThird() {
	for k, list := range [leadKinds][]string{leadOTP: l.otp, leadAddr: l.addr, leadIntro: l.intro, leadEvent: l.event, leadDest: l.dest} {
		for _, p := range list {
			if len(p) < 3 || p[0]|p[1]|p[2] >= 0x80 {
				l.third[k] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
				continue
			}
			c := p[2] | 0x20
			l.third[k][c>>6] |= 1 << (c & 63)
		}
		for _, p := range list {
			l.longest[k] = max(l.longest[k], len(p))
		}
		for _, p := range list {
			n := 0
			for n < len(p) && wordByte[p[n]] {
				n++
			}
			if n == len(p) || n >= 64 || !isASCII(p[:n]) { // (a first word in ASCII has its length whatever follows: "con cariño,")
				l.lens[k] = ^uint64(0)
				break
			}
			l.lens[k] |= 1 << n
		}
	}
}

// isASCII reports whether s is all ASCII.
func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// mayLen reports whether a phrase of l's list k may start with a word of
// n bytes (the word scanner's word: wordByte's bytes). A phrase of ASCII
// bytes matches only text of ASCII bytes that are its own but for case,
// with prefixFold1 or strings.EqualFold alike (an ASCII byte is a rune of
// its own, and a rune beyond ASCII has more than one byte), so its first
// word is the text's: a phrase beyond ASCII, or one word to its end, lets
// every length through.
func (l *leadLists) mayLen(k, n int) bool {
	return n >= 64 || l.lens[k]&(1<<n) != 0
}

// may3 reports whether a phrase of l's list k may start at i, where the
// list's lead (leadAt) matched s[i] and s[i+1]: the lists are read with
// prefixFold1 (the bytes after the first compared exactly) or with
// strings.EqualFold, and where the phrase's first three bytes are ASCII
// both need the text's third byte equal to the phrase's but for case. A
// byte beyond ASCII there may be a rune that folds to an ASCII letter
// (the Kelvin sign), and is let through.
func (l *leadLists) may3(k int, s string, i int) bool {
	if i+2 >= len(s) {
		return true
	}
	c := s[i+2]
	if c >= 0x80 {
		return true
	}
	c |= 0x20
	return l.third[k][c>>6]&(1<<(c&63)) != 0
}

// textPairs is a text's byte pairs, hashed to 256 slots, for the gates
// that search the text for fixed strings: a string with a pair the text
// lacks is not in it, and is not searched for. The set is built when a
// gate first asks (findDepth makes one per text), in one pass; each
// answer is strings.Contains's (or containsAt's) on the text, the pairs
// being those of the searched string itself. A slot is a byte rather
// than a bit: filling and testing it take a store and a load. The pair
// (a, b) hashes to slot uint8(a<<3 ^ b), the previous byte's shift
// carried along the string. The table marks the slots no pair of the text
// hashes to (absent), so that before the fill it rules nothing out: the
// first test of contains and containsAt then needs no test of done, and
// is small enough to be inlined where the gates call them.
type textPairs struct {
	s      string
	absent [256]bool
	done   bool
}

// allAbsent is textPairs.absent before a text's pairs are cleared.
var allAbsent = func() (t [256]bool) {
	for i := range t {
		t[i] = true
	}
	return t
}()

// may reports whether sub may be in the text: false when one of its byte
// pairs is not.
func (t *textPairs) may(sub string) bool {
	if len(sub) < 2 {
		return true
	}
	if !t.done {
		t.fill()
	}
	prev := uint32(sub[0]) << 3
	for k := 1; k < len(sub); k++ {
		c := uint32(sub[k])
		if t.absent[uint8(prev^c)] {
			return false
		}
		prev = c << 3
	}
	return true
}

// fill clears the slots of the text's pairs.
func (t *textPairs) fill() {
	t.done = true
	t.absent = allAbsent
	s := t.s
	if len(s) < 2 {
		return
	}
	prev := uint32(s[0]) << 3
	for i := 1; i < len(s); i++ {
		c := uint32(s[i])
		t.absent[uint8(prev^c)] = false
		prev = c << 3
	}
}

// contains reports strings.Contains(t.s, sub): t.may(sub) and the search,
// may's loop written out (the gates call it some forty times a text). Its
// first pair is tested where a gate calls it (the call is inlined, and for
// a literal the pair's slot is a constant); the rest in containsAll.
func (t *textPairs) contains(sub string) bool {
	return (len(sub) < 2 || !t.absent[sub[0]<<3^sub[1]]) && t.containsAll(sub)
}

// containsAll is contains after its first test.
func (t *textPairs) containsAll(sub string) bool {
	if len(sub) >= 2 {
		if !t.done {
			t.fill()
		}
		prev := uint32(sub[0]) << 3
		for k := 1; k < len(sub); k++ {
			c := uint32(sub[k])
			if t.absent[uint8(prev^c)] {
				return false
			}
			prev = c << 3
		}
	}
	return strings.Contains(t.s, sub)
}

// containsAt reports containsAt(t.s, sub, k) (index_either.go): t.may(sub)
// and the search, as contains (its first pair tested inline too).
func (t *textPairs) containsAt(sub string, k int) bool {
	return (len(sub) < 2 || !t.absent[sub[0]<<3^sub[1]]) && t.containsAtAll(sub, k)
}

// containsAtAll is containsAt after its first test.
func (t *textPairs) containsAtAll(sub string, k int) bool {
	if len(sub) >= 2 {
		if !t.done {
			t.fill()
		}
		prev := uint32(sub[0]) << 3
		for j := 1; j < len(sub); j++ {
			c := uint32(sub[j])
			if t.absent[uint8(prev^c)] {
				return false
			}
			prev = c << 3
		}
	}
	return containsAt(t.s, sub, k)
}

// runeSet answers strings.ContainsAny(s, set) for a set of runes mostly
// beyond ASCII: a rune of the set is in s only where the first byte of
// its encoding is, so s is searched for those bytes (vectorised) before
// ContainsAny decodes it rune by rune.
type runeSet struct {
	set   string
	leads string // the distinct first bytes of the set's runes
	open  bool   // the set holds utf8.RuneError, which s's invalid bytes match: no filter
}

// newRuneSet returns the runeSet of set.
func newRuneSet(set string) runeSet {
	rs := runeSet{set: set}
	var b []byte
	for _, r := range set {
		if r == utf8.RuneError {
			rs.open = true
		}
		var enc [utf8.UTFMax]byte
		utf8.EncodeRune(enc[:], r)
		if !bytes.Contains(b, enc[:1]) {
			b = append(b, enc[0])
		}
	}
	rs.leads = string(b)
	return rs
}

// in reports strings.ContainsAny(s, rs.set).
func (rs *runeSet) in(s string) bool {
	if rs.open {
		return strings.ContainsAny(s, rs.set)
	}
	for i := 0; i < len(rs.leads); i++ {
		if strings.IndexByte(s, rs.leads[i]) >= 0 {
			return strings.ContainsAny(s, rs.set)
		}
	}
	return false
}

// lastColonSpace returns strings.LastIndex(s, ": "), looking for the
// colon byte (vectorised) before reading s backwards for the pair.
func lastColonSpace(s string) int {
	if strings.IndexByte(s, ':') < 0 {
		return -1
	}
	for e := len(s); ; {
		c := strings.LastIndexByte(s[:e], ':')
		if c < 0 {
			return -1
		}
		if c+1 < len(s) && s[c+1] == ' ' {
			return c
		}
		e = c
	}
}

// addr22Stops marks the bytes at which addr22Spans' separator switch cuts
// or skips; at every other byte it does neither.
var addr22Stops = func() (t [256]bool) {
	for _, c := range []byte("\n\r;|\t\"<>='\\&") {
		t[c] = true
	}
	return t
}()

// upperOrHighIn reports whether t holds an ASCII capital or a byte beyond
// ASCII.
func upperOrHighIn(t string) bool {
	for k := 0; k < len(t); k++ {
		if c := t[k]; c-'A' < 26 || c >= 0x80 {
			return true
		}
	}
	return false
}

// codeGatePairs holds the pair filters of the code-item and prose-code
// gates in one table: codeAnchorPairs18's bits in the low byte,
// proseAnchorPairs20's in the high byte, so that one walk of a text finds
// the positions of both (mayHoldCodes).
var codeGatePairs = func() (t struct{ first, second [256]uint16 }) {
	for c := range t.first {
		t.first[c] = uint16(codeAnchorPairs18.first[c]) | uint16(proseAnchorPairs20.first[c])<<8
		t.second[c] = uint16(codeAnchorPairs18.second[c]) | uint16(proseAnchorPairs20.second[c])<<8
	}
	return t
}()

// mayHoldCodes returns mayHoldCodeItem18(s, sig) when item is set (else
// false) and mayHoldProseCode20 of s, reading s once for both: the two
// gates' filters share a walk (codeGatePairs), and each gate's own test
// runs where its half of the pair mask lets an anchor start.
func mayHoldCodes(s string, sig uint32, item bool) (bool, bool) {
	itemWant := item && len(s) >= 8
	proseWant := len(s) >= 9
	if !itemWant && !proseWant {
		return false, false
	}
	itemGot, proseGot := false, false
	high := sig&sigHigh != 0
	m := codeGatePairs.first[s[0]]
	for i := 0; i < len(s); i++ {
		var pm uint16
		if i+1 < len(s) {
			pm = m & codeGatePairs.second[s[i+1]]
			m = codeGatePairs.first[s[i+1]]
		} else {
			pm = m & 0xff // (the last byte: an anchor of the code items may start there, as pairFilter.next lets it)
		}
		if pm == 0 {
			continue
		}
		if itemWant && pm&0xff != 0 {
			if codeItemAt18(s, i, high) {
				itemGot, itemWant = true, false
			}
		}
		if proseWant && pm>>8 != 0 && i < len(s)-1 {
			if proseAnchorAt20(s, i) {
				proseGot, proseWant = strings.ContainsAny(s, "0123456789"), false
			}
		}
		if !itemWant && !proseWant {
			break
		}
	}
	return itemGot, proseGot
}

// nextDigit returns the index of the first ASCII digit of s at p or
// after, or len(s): what a loop testing isDigit at each byte finds, eight
// bytes at a time. A byte's lane of
//
//	(0x7f+0x3a - x&0x7f) &^ x & (x&0x7f + 0x7f-0x2f) & 0x80
//
// is set exactly when the byte lies between 0x2f and 0x3a (a digit): each
// sum and difference stays within its lane, and "&^ x" rules out bytes
// beyond ASCII.
func nextDigit(s string, p int) int {
	const (
		ones = 0x0101010101010101
		low7 = 0x7f * ones
	)
	for ; p+8 <= len(s); p += 8 {
		w := s[p : p+8]
		x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
			uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
		if m := ((0x7f+0x3a)*ones - x&low7) &^ x & (x&low7 + (0x7f-0x2f)*ones) & (0x80 * ones); m != 0 {
			return p + bits.TrailingZeros64(m)>>3
		}
	}
	for ; p < len(s); p++ {
		if isDigit(s[p]) {
			return p
		}
	}
	return p
}

// nonLatinStreetFirst files nonLatinStreet by first byte, in its order:
// numberStreet tries only the types its word can start with.
var nonLatinStreetFirst = wordsByFirst(nonLatinStreet)

// proseParensBySecond files proseSecretParens by their second bytes, in
// their order (all open with '(').
// (A word shorter than two bytes is filed under every byte.)
var proseParensBySecond = func() (t [256][]string) {
	for _, w := range proseSecretParens {
		for c := range t {
			if len(w) < 2 || w[1] == byte(c) {
				t[c] = append(t[c], w)
			}
		}
	}
	return t
}()

// proseParensAt returns the asides of proseSecretParens that may open at
// the '(' at p, in their order: those whose second byte is s[p+1] (all of
// them at the text's end).
func proseParensAt(s string, p int) []string {
	if p+1 >= len(s) {
		return proseSecretParens
	}
	return proseParensBySecond[s[p+1]]
}

// byteTable marks a set of ASCII bytes: in answers
// strings.ContainsAny(s, chars) for the set's chars with one table load a
// byte, where ContainsAny builds its set on each call (a rune of s beyond
// ASCII is none of them, and its bytes are all 0x80 or more).
type byteTable [256]bool

// newByteTable returns the table of chars, which must be ASCII.
func newByteTable(chars string) (t byteTable) {
	for i := 0; i < len(chars); i++ {
		if chars[i] >= 0x80 {
			panic("redact: newByteTable of a byte beyond ASCII")
		}
		t[chars[i]] = true
	}
	return t
}

// in reports whether s holds a byte of t.
func (t *byteTable) in(s string) bool {
	for i := 0; i < len(s); i++ {
		if t[s[i]] {
			return true
		}
	}
	return false
}

// mayNameValue18 is itemNameValue18's own first test, read without the
// item: a name is found at v only when the value starts with a capital or
// a letter of a script without case (startsCapOrCaseless18), or when its
// first word runs into a comma ("navn Mikkelsen, Anders"). labelItemName18
// asks it before the label's look-up (nameLabel18), which costs more.
func mayNameValue18(s string, v int) bool {
	if c := s[v]; c < 0x80 {
		if c-'A' < 26 {
			return true
		}
	} else if startsCapOrCaseless18(s[v:]) {
		return true
	}
	i := v
	for i < len(s) && s[i] != ' ' && s[i] != ',' {
		i++
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	return i < len(s) && s[i] == ','
}

// greetingFold2 holds, for each first byte of a greeting, the second bytes
// a text may have where one of greetingFirst's greetings matches under
// greetingEnd18's comparison (strings.EqualFold): the greeting's own second
// byte in either case, and every byte beyond ASCII (a rune such as the
// Kelvin sign folds to an ASCII letter). A greeting of one byte, or whose
// first or second byte lies beyond ASCII, lets every second byte through.
var greetingFold2 = func() (t [256][4]uint64) {
	for c := range greetingFirst {
		for _, g := range greetingFirst[c] {
			if len(g) < 2 || g[0] >= 0x80 || g[1] >= 0x80 {
				t[c] = [4]uint64{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
				continue
			}
			for _, b := range [2]byte{g[1], g[1] ^ 0x20} {
				if b == g[1] || isAlpha(b) {
					t[c][b>>6] |= 1 << (b & 63)
				}
			}
			t[c][2], t[c][3] = ^uint64(0), ^uint64(0)
		}
	}
	return t
}()
