package redact

// A Chinese resident id written in its groups (region, birth date,
// sequence and check: "350203 20041201 8394") right after an address is
// read by the address's readers as the address's postal code and the
// numbers after it: the first group is six digits, a postcode's length in
// China, India and elsewhere, and the span ends there, leaving the rest
// of the id behind it. No postcode is followed by an eight-digit date and
// a four-character group that, with it, pass the id's check character:
// such an address span ends before the id, and the id is an id (its
// holder's name after it is read as after any resident id).

// cnID684At reports a resident id grouped 6-8-4 (one separator, ' ' or
// '-'; the check character may be X) starting at p, and returns its end.
func cnID684At(s string, p int) (int, bool) {
	if p+20 > len(s) || p > 0 && (isWord(s[p-1]) || s[p-1] == '-') {
		return 0, false
	}
	sep := s[p+6]
	if sep != ' ' && sep != '-' || s[p+15] != sep {
		return 0, false
	}
	var d [18]byte
	n := 0
	for k := p; k < p+20; k++ {
		if k == p+6 || k == p+15 {
			continue
		}
		c := s[k]
		if !isDigit(c) && !(k == p+19 && (c == 'X' || c == 'x')) {
			return 0, false
		}
		d[n] = c
		n++
	}
	if e := p + 20; e < len(s) && (isWord(s[e]) || s[e] == '-') {
		return 0, false
	}
	if d[17] == 'x' {
		d[17] = 'X'
	}
	return p + 20, validCNID(d[:])
}

// splitAddressIDs28 ends each address span that took the first group (or
// more) of a grouped resident id before the id, and reads the id as one.
func (sc *scanner) splitAddressIDs28() {
	s := sc.s
	var ids []span
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindAddress || x.end-x.start < 12 {
			continue
		}
		// The id's first group ends the span or lies inside its last
		// twenty bytes: try each digit that opens a number there.
		for p := max(x.start+1, x.end-20); p <= x.end-6; p++ {
			if !isDigit(s[p]) || s[p-1] != ' ' && s[p-1] != ',' {
				continue
			}
			e, ok := cnID684At(s, p)
			if !ok || e < x.end {
				continue
			}
			a := p
			for a > x.start && (s[a-1] == ' ' || s[a-1] == ',') {
				a--
			}
			if a-x.start < 6 {
				break
			}
			if i+1 < len(sc.spans) && sc.spans[i+1].start < e {
				break // another reader's span in the id: leave both
			}
			x.end = a
			ids = append(ids, span{start: p, end: e, kind: KindCNID})
			break
		}
	}
	if len(ids) > 0 {
		sc.mergeSpans(ids)
		var holders []span
		for _, x := range ids {
			holders = idHolderAt23b(s, x.end, holders) // "… 8394 张伟": the id's holder, as after a redacted id (people23b_holder.go)
		}
		sc.mergeSpans(holders)
	}
}
