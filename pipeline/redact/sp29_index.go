package redact

import "strings"

// indexRare is strings.Index(s, sub) for a sub whose first byte is rare in
// the texts searched (a marker's '[', the ',' of ", "): that byte is found
// by one vectorised search and the whole sub compared only from there, so a
// text without it costs one IndexByte instead of strings.Index's
// brute-force compare at every position of a short text (sp29).
func indexRare(s, sub string) int { return indexRareAt(s, sub, 0) }

// indexRareAt is indexRare by sub's byte at k (the '/' of " / "). Exact: a
// match at p has sub[k] at p+k, so none starts before the first sub[k]
// less k.
func indexRareAt(s, sub string, k int) int {
	i := strings.IndexByte(s, sub[k])
	if i < 0 {
		return -1
	}
	i = max(0, i-k)
	j := strings.Index(s[i:], sub)
	if j < 0 {
		return -1
	}
	return i + j
}

// containsRare is strings.Contains(s, sub) by indexRare.
func containsRare(s, sub string) bool { return indexRareAt(s, sub, 0) >= 0 }
