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

// commaOrHigh32 reports a comma or a byte beyond ASCII in v: cellAddress22
// finds no address without one (each of its ways to yes needs a comma, an
// Arabic comma or a byte beyond ASCII).
func commaOrHigh32(v string) bool {
	for i := 0; i < len(v); i++ {
		if c := v[i]; c == ',' || c >= 0x80 {
			return true
		}
	}
	return false
}
