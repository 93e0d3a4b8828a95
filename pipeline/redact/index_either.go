package redact

import "strings"

// indexEither returns the index of the first a or b in s, or -1: what
// strings.IndexAny(s, string(a)+string(b)) returns for two ASCII bytes,
// with two vectorised searches instead of a set built on each call.
func indexEither(s string, a, b byte) int {
	i := strings.IndexByte(s, a)
	if i < 0 {
		return strings.IndexByte(s, b)
	}
	if j := strings.IndexByte(s[:i], b); j >= 0 {
		return j
	}
	return i
}

// containsAt reports whether sub is within s, as strings.Contains, for a
// sub whose byte at k is rarer in log text than its first: it looks for
// that byte, and strings.Contains for the first stops at every space or
// 'e' of a message. (Where the byte at k proves common in s, it hands
// the rest of s to strings.Contains.)
func containsAt(s, sub string, k int) bool {
	n := len(sub)
	if k <= 0 || k >= n {
		return strings.Contains(s, sub)
	}
	c := sub[k]
	end := len(s) - (n - 1 - k) // sub[k] of a match stands before end
	fails := 0
	for i := k; i < end; {
		o := strings.IndexByte(s[i:end], c)
		if o < 0 {
			return false
		}
		i += o
		if s[i-k:i-k+n] == sub {
			return true
		}
		i++
		if fails++; fails > 4+i>>3 {
			return strings.Contains(s[i-k:], sub) // no match starts before i-k
		}
	}
	return false
}
