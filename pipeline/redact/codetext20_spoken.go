package redact

import "strings"

// A country code's plus said as a word. A speech-to-text transcript writes
// the '+' a caller says before a phone number as the word ("plus 3 7 1 2
// 9 3 4 3 8 5 8", "più 3 9 …", "плюс 7 9 …"), and the digits after it one
// by one; turns17_spoken.go reads them after a '+' only.
//
// spokenPlusSpans20 reads, after the word for "plus" (standing alone, in
// the languages of the callers), digits in groups of one to three
// between single spaces, most of them single digits, four groups or more
// and 8 to 15 digits in all, the first not 0 (a country code): the digits
// are a phone. A sum ("plus 3 parcels", "plus 100 200 units") has fewer
// digits, or goes on into a word.

// spokenPlusWords20 are the words for "plus", lower case.
var spokenPlusWords20 = []string{"plus", "più", "piu", "más", "mais", "плюс", "artı", "arti", "plusz", "συν"}

// mayHoldSpokenPlus20 is the cheap test: spoken digits (mayHoldSpokenDigits)
// and a word for "plus".
func mayHoldSpokenPlus20(s string) bool {
	return mayHoldSpokenDigits(s) && spokenPlusWord20(s)
}

// spokenPlusWord20 is mayHoldSpokenPlus20's second test: a word for "plus".
func spokenPlusWord20(s string) bool {
	for _, w := range spokenPlusWords20 {
		if w[0] < 0x80 && indexFold(s, w+" ") >= 0 {
			return true
		}
	}
	for _, w := range spokenPlusTitles20 {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// spokenPlusTitles20 are the words of other scripts as written, in lower
// case and capitalised, with their space ("плюс ", "Плюс ").
var spokenPlusTitles20 = func() (out []string) {
	for _, w := range spokenPlusWords20 {
		if w[0] < 0x80 {
			continue
		}
		r := []rune(w)
		out = append(out, w+" ", strings.ToUpper(string(r[:1]))+string(r[1:])+" ")
	}
	return out
}()

// spokenPlusSpans20 returns the phones read aloud after a spoken plus.
func spokenPlusSpans20(s string, have []span) []span {
	var out []span
	low := strings.ToLower(s)
	if len(low) != len(s) {
		return nil // (case folding changed the bytes: offsets would not match)
	}
	for _, w := range spokenPlusWords20 {
		for off := 0; off < len(low); {
			i := strings.Index(low[off:], w+" ")
			if i < 0 {
				break
			}
			i += off
			off = i + len(w) + 1
			if i > 0 && (isWordByte(s[i-1]) || s[i-1] >= 0x80) {
				continue // inside a word: "surplus 1 …"
			}
			p := i + len(w) + 1
			if p >= len(s) || !isDigit(s[p]) || s[p] == '0' {
				continue
			}
			digits, groups, singles, e := 0, 0, 0, p
			for q := p; ; {
				r := q
				for r < len(s) && isDigit(s[r]) {
					r++
				}
				if r-q > 3 {
					digits = 0 // a long number: no digits read one by one
					break
				}
				digits += r - q
				groups++
				if r-q == 1 {
					singles++
				}
				e = r
				if r+1 < len(s) && s[r] == ' ' && isDigit(s[r+1]) {
					q = r + 1
					continue
				}
				break
			}
			if digits < 8 || digits > 15 || groups < 4 || singles*2 < groups {
				continue
			}
			if e < len(s) && (isWordByte(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
				continue
			}
			if !overlaps(have, p, e) && !overlaps(out, p, e) {
				out = append(out, span{start: p, end: e, kind: KindPhone})
			}
			off = e
		}
	}
	sortByStart(out)
	return out
}
