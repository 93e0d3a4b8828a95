package redact

import "strings"

// Speed (sp28): the same answers as the readers they stand in for, found
// with fewer instructions. Nothing here finds or keeps a value of its own.

// skipWordBytes28 returns the first j >= from at which phraseSpans21's walk
// to the next word start may stop: four bytes at a time are passed over
// while none of them is a stop of bits (phraseBitStop) and the fourth's
// next byte is still before limit, so the byte loop after it reads the
// same bytes from j on as it would have from from.
func skipWordBytes28(s string, from, limit int, bits *[256]uint8) int {
	j := from
	for j+4 < limit && (bits[s[j]]|bits[s[j+1]]|bits[s[j+2]]|bits[s[j+3]])&phraseBitStop == 0 {
		j += 4
	}
	return j
}

// greetBucket28 files the greetings of greetingFirst[c], for one ASCII
// first byte c, by their second byte folded to lower case: lists[idx[b]]
// holds, in greetingFirst's order, the greetings whose second byte folds
// to b's (b an ASCII byte), and those whose second byte lies beyond ASCII
// or that have none (one of those may still match: a rune beyond ASCII
// can fold to an ASCII letter).
type greetBucket28 struct {
	idx   [128]uint8
	lists [][]string
}

// greetBuckets28 holds greetingFirst's buckets by first byte (nil for a
// byte beyond ASCII or one no greeting starts with).
var greetBuckets28 = func() (t [256]*greetBucket28) {
	lowerASCII := func(c byte) byte {
		if c >= 'A' && c <= 'Z' {
			return c + 'a' - 'A'
		}
		return c
	}
	for c := 0; c < 0x80; c++ {
		ws := greetingFirst[c]
		if len(ws) == 0 {
			continue
		}
		b := &greetBucket28{}
		byFold := map[byte]uint8{}
		for sb := 0; sb < 0x80; sb++ {
			f := lowerASCII(byte(sb))
			k, ok := byFold[f]
			if !ok {
				var l []string
				for _, w := range ws {
					if len(w) < 2 || w[1] >= 0x80 || lowerASCII(w[1]) == f {
						l = append(l, w)
					}
				}
				k = uint8(len(b.lists))
				b.lists = append(b.lists, l)
				byFold[f] = k
			}
			b.idx[sb] = k
		}
		t[c] = b
	}
	return t
}()

// greetingCands28 returns the greetings of greetingFirst[s[i]] that may
// match s at i under strings.EqualFold: where s[i] and s[i+1] are ASCII
// (then they are s's first two runes there), those of s[i+1]'s bucket;
// else all of them.
func greetingCands28(s string, i int) []string {
	if b := greetBuckets28[s[i]]; b != nil && i+1 < len(s) && s[i+1] < 0x80 {
		return b.lists[b.idx[s[i+1]]]
	}
	return greetingFirst[s[i]]
}

// digitRunEnd28 returns the end of the run of ASCII digits at p (p itself
// when s[p] is none).
func digitRunEnd28(s string, p int) int {
	for p < len(s) && isDigit(s[p]) {
		p++
	}
	return p
}

// labelSignEnd28 returns where the value after a label that ends at e
// starts, past " - " or " – " and the word after the dash (as written: up
// to the next space), ": ", "：", ":" or " ", tried in that order; 0 when
// none of them is at e. It reads s[e] once to choose among them.
func labelSignEnd28(s string, e int) int {
	if e >= len(s) {
		return 0
	}
	switch s[e] {
	case ' ':
		if strings.HasPrefix(s[e:], " - ") || strings.HasPrefix(s[e:], " – ") {
			return e + 1 + strings.IndexByte(s[e+1:], ' ') + 1
		}
		return e + 1
	case ':':
		if e+1 < len(s) && s[e+1] == ' ' {
			return e + 2
		}
		return e + 1
	case 0xEF:
		if strings.HasPrefix(s[e:], "：") {
			return e + len("：")
		}
	}
	return 0
}

// lowerInto28 writes s in lower case (ASCII) into d[n:], which holds
// exactly len(s) bytes, and returns d: what lower appends, without an
// append per byte.
func lowerInto28(d []byte, n int, s string) []byte {
	w := d[n:]
	for k := range w {
		c := s[k]
		if c-'A' < 26 {
			c += 'a' - 'A'
		}
		w[k] = c
	}
	return d
}

// sigPairs28 returns sigOf(s) and fills t, a textPairs of s, as its
// first use would (fill), in one walk of s: at depth 0 the gates read
// both, and every text reaches a gate that reads its pairs.
func sigPairs28(s string, t *textPairs) uint32 {
	t.done = true
	t.absent = allAbsent
	if len(s) == 0 {
		return 0
	}
	m := sigTable[s[0]]
	prev := uint32(s[0]) << 3
	for i := 1; i < len(s); i++ {
		c := s[i]
		m |= sigTable[c]
		t.absent[uint8(prev^uint32(c))] = false
		prev = uint32(c) << 3
	}
	return m
}
