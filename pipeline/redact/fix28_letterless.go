package redact

// A person's name holds a letter. A reader that takes a value by its key
// ("name \"…\"") can meet, on a second pass, only the marker of another
// kind with a stray byte before it ("?[REDACTED:phone]"): taking that as a
// name would make twice differ from once. Such spans are dropped here,
// whichever reader found them: a name span whose bytes, markers left out,
// hold no letter of any script (bytes of 0x80 and up count as letters) and
// that hold a marker. A letterless span without a marker stays: the digits
// a name reader took are masked either way, and are often a phone.

// dropLetterlessNames28 removes name spans with no letter outside markers.
func (sc *scanner) dropLetterlessNames28() {
	out := sc.spans[:0]
	for _, sp := range sc.spans {
		if sp.kind != KindName || !onlyMarkersAndSigns28(sc.s, sp.start, sp.end) {
			out = append(out, sp)
		}
	}
	sc.spans = out
}

// onlyMarkersAndSigns28 reports that s[a:b] holds a marker and, outside
// its markers, no letter.
func onlyMarkersAndSigns28(s string, a, b int) bool {
	marker := false
	for i := a; i < b; i++ {
		c := s[i]
		if c == '[' {
			if e := markerEnd(s, i); e > 0 {
				i = e - 1
				marker = true
				continue
			}
		}
		if c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return false
		}
	}
	return marker
}
