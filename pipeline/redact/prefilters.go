package redact

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

// houseAt returns houseNumber(sc.s, i), read once for the readers of
// addresses that start at a number (numberStreet, numberStreet16) at the
// same digit.
func (sc *scanner) houseAt(i int) int {
	if sc.house[0] != i+1 {
		sc.house = [2]int{i + 1, houseNumber(sc.s, i)}
	}
	return sc.house[1]
}
