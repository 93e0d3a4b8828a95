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
// sub whose byte at k is rarer in log text than its first (indexAt).
func containsAt(s, sub string, k int) bool {
	return indexAt(s, sub, k) >= 0
}

// indexAt returns the index of sub's first instance in s, or -1, as
// strings.Index, for a sub whose byte at k is rarer in log text than its
// first: it looks for that byte, and strings.Index for the first stops at
// every space or 'e' of a message. (Where the byte at k proves common in
// s, it hands the rest of s to strings.Index.)
func indexAt(s, sub string, k int) int {
	n := len(sub)
	if k <= 0 || k >= n || len(s) <= 64 {
		return strings.Index(s, sub) // (a text this short it compares at once)
	}
	c := sub[k]
	end := len(s) - (n - 1 - k) // sub[k] of a match stands before end
	fails := 0
	for i := k; i < end; {
		o := strings.IndexByte(s[i:end], c)
		if o < 0 {
			return -1
		}
		i += o
		if s[i-k:i-k+n] == sub {
			return i - k
		}
		i++
		if fails++; fails > 4+i>>3 {
			if j := strings.Index(s[i-k:], sub); j >= 0 { // no match starts before i-k
				return i - k + j
			}
			return -1
		}
	}
	return -1
}
