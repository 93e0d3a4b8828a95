package redact

import "strings"

// spaceFacts are the answers of three gates that each walk a text's spaces
// one strings.IndexByte at a time, found in one walk (speed27): the text's
// spaces are searched once, and each gate's own test runs at the spaces it
// would have reached, in the same order.
type spaceFacts struct {
	spoken bool // mayHoldSpokenDigits
	spaced bool // mayHoldSpacedSecret
	from   int  // changeFromSpace
	// asr30SpaceGate's answers (asr30_spoken.go): digit words seen (up to
	// 2), and its other bits
	asrDigits, asrBits uint8
	asrFrame           bool // a frame of asr32's (asr32FrameAt at a word of bit 8)
}

// spaceFactsOf returns s's spaceFacts. The walk stops when each gate has
// its answer: the spoken digits' at their first match or at the first
// space six bytes or fewer from the end; the spaced secrets' at their
// first match or after the first space at or past len(s)-9 (its walk
// starts at 3 and goes on while the byte after the last space is before
// len(s)-8); the change's at its first match or at the first space two
// bytes or fewer from the end.
func spaceFactsOf(s string) spaceFacts {
	f := spaceFacts{from: -1}
	n := len(s)
	spoken, spaced, from := true, 3 < n-8, true // which gates still walk
	asr := true
	for i := strings.IndexByte(s, ' '); i >= 0; {
		if asr {
			if i+5 > n {
				asr = false
			} else if v := asr30SpaceGate(s, i); v != 0 {
				if v&1 != 0 {
					f.asrDigits++
				}
				f.asrBits |= v
				if v&8 != 0 && !f.asrFrame {
					f.asrFrame = asr32FrameAt(s, i+1)
				}
				asr = f.asrDigits < 2 && f.asrBits&6 == 0
			}
		}
		if spoken {
			if i+6 >= n {
				spoken = false
			} else if i > 0 && isDigit(s[i-1]) && isDigit(s[i+1]) && s[i+2] == ' ' && isDigit(s[i+3]) && s[i+4] == ' ' && isDigit(s[i+5]) {
				f.spoken, spoken = true, false
			}
		}
		if spaced && i >= 3 {
			if c := s[i-1]; spacedKeyLast[c] && spacedKeyEnd(s, i) || c == ':' && spacedKeyLast[s[i-2]] && spacedKeyEnd(s, i-1) {
				f.spaced, spaced = true, false
			} else if i+1 >= n-8 {
				spaced = false
			}
		}
		if from {
			if i+2 >= n {
				from = false
			} else if p := i + 1; credChangeFirst[s[p]] && credChangeWordAt(s, p, credChangeFromBy[s[p]]) > 0 {
				f.from, from = i, false
			}
		}
		if !spoken && !spaced && !from && !asr || i+1 >= n {
			break
		}
		k := strings.IndexByte(s[i+1:], ' ')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return f
}
