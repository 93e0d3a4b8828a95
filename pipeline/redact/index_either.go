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
