package redact

import "strings"

// Exact gates and tables of the sp32 speed round: each answers as the code
// it stands in front of, and is held to it by classes_sp32_test.go.

// eventLowerCand32 is a phrase eventLowerIn30 may return: the phrase and
// the length of its first run of ASCII word bytes.
type eventLowerCand32 struct {
	p  string
	wp int
}

// eventLower32 is eventByShape30 without the phrases eventLowerIn30 passes
// over whatever the text (those that do not end in a space, and orderFor's),
// in the same order; built after names16_phrases.go's init has made
// eventIndex (files' init functions run in their names' order).
var eventLower32 *[1024][]eventLowerCand32

func init() { eventLower32 = buildEventLower32() }

func buildEventLower32() *[1024][]eventLowerCand32 {
	t := new([1024][]eventLowerCand32)
	for k, l := range eventByShape30() {
		for _, p := range l {
			if p[len(p)-1] != ' ' || isOrderFor(p) {
				continue
			}
			wp := 0
			for wp < len(p) && p[wp] < 0x80 && (isAlnum(p[wp]) || p[wp] == '_') {
				wp++
			}
			t[k] = append(t[k], eventLowerCand32{p: p, wp: wp})
		}
	}
	return t
}

// eventLowerAt32 is eventLowerIn30's loop over the phrases of the word at
// i (w bytes of word bytes). Before strings.EqualFold it asks the byte at
// the phrase's end: the phrase ends in a space, which folds to nothing else,
// so the text's byte there must be a space too.
func eventLowerAt32(s string, i, w int) int {
	for _, c := range eventLower32[shapeOf(s[i]|0x20, s[i+1]|0x20, w)] {
		p := c.p
		if len(s)-i <= len(p)+1 || w < c.wp || len(p) <= w || p[w] < 0x80 && (isAlnum(p[w]) || p[w] == '_') {
			continue // (a phrase whose first word is not as long as this word's run of word bytes)
		}
		if s[i+len(p)-1] != ' ' {
			continue
		}
		if b := s[i+len(p)]; !isLowerASCII(b) && !(b >= 0x80 && lowerLatinAt30(s, i+len(p))) || !strings.EqualFold(s[i:i+len(p)], p) {
			continue
		}
		return i + len(p)
	}
	return 0
}

// frameReadsLower32 reports whether frameName30 at k reads its lower
// argument (a name in lower case starts there): the caller may then leave
// the intro's test (lowerIntro30) unasked.
func frameReadsLower32(s string, k int) bool {
	for k < len(s) && s[k] == ' ' {
		k++
	}
	return k < len(s) && s[k] != '[' && (isLowerASCII(s[k]) || s[k] >= 0x80 && lowerLatinAt30(s, k))
}

// asr30Pairs32 holds the first two bytes of asr30Keys' keys, five low bits
// each (a key's bytes are or'ed with 0x20, which those bits do not see):
// bit b&31 of row a&31. A word whose pair is not set has no key, and
// asr30KeyAt answers 0 without hashing it.
var asr30Pairs32 [32]uint32

func init() { asr30Pairs32 = buildAsr30Pairs32() } // (after asr30_spoken.go's init, which fills asr30Keys)

func buildAsr30Pairs32() (t [32]uint32) {
	for _, k := range asr30Keys {
		if k != 0 {
			t[k>>24&31] |= 1 << (k >> 16 & 31)
		}
	}
	return t
}

// lowerIntroLen32 files intros30 and intros19 by length (the last row holds
// every intro of that length or longer): lowerIntro30 compares an intro only
// with those of its own length.
var lowerIntroLen32 = func() (t [48][]string) {
	for _, l := range [][]string{intros30, intros19} {
		for _, q := range l {
			k := min(len(q), len(t)-1)
			t[k] = append(t[k], q)
		}
	}
	return t
}()

// lowerIntroIn32 reports p, under strings.EqualFold, among intros30 and
// intros19 of its length.
func lowerIntroIn32(p string) bool {
	for _, q := range lowerIntroLen32[min(len(p), len(lowerIntroLen32)-1)] {
		if len(q) == len(p) && strings.EqualFold(q, p) {
			return true
		}
	}
	return false
}

// stopAll32 is the union of stop29, stop30, notNames and agentNotNames:
// stopWord30 asks one map where it asked four. Built in init, after
// names_sql.go's init has added its words to notNames.
var stopAll32 map[string]bool

func init() { stopAll32 = buildStopAll32() }

func buildStopAll32() map[string]bool {
	m := map[string]bool{}
	for _, set := range []map[string]bool{stop29, stop30, notNames, agentNotNames} {
		for w, ok := range set {
			if ok {
				m[w] = true
			}
		}
	}
	return m
}
