package redact

// A person's name holds a letter. A reader that takes a value by its key
// ("name \"…\"") can meet, on a second pass, only the marker of another
// kind with a stray byte before it ("?[REDACTED:phone]"): taking that as a
// name would make twice differ from once. Such spans are dropped here,
// whichever reader found them: a name span whose bytes, markers left out,
// hold no letter of any script (bytes of 0x80 and up count as letters).

// dropLetterlessNames28 removes name spans with no letter outside markers.
func (sc *scanner) dropLetterlessNames28() {
	out := sc.spans[:0]
	for _, sp := range sc.spans {
		if sp.kind != KindName || hasLetterOutsideMarkers28(sc.s, sp.start, sp.end) {
			out = append(out, sp)
		}
	}
	sc.spans = out
}

// hasLetterOutsideMarkers28 reports a letter in s[a:b] outside markers.
func hasLetterOutsideMarkers28(s string, a, b int) bool {
	for i := a; i < b; i++ {
		c := s[i]
		if c == '[' {
			if e := markerEnd(s, i); e > 0 {
				i = e - 1
				continue
			}
		}
		if c >= 0x80 || c|0x20 >= 'a' && c|0x20 <= 'z' {
			return true
		}
	}
	return false
}
