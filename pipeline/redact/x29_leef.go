package redact

import "strings"

// LEEF 2.0's declared delimiter. A LEEF 2.0 header names the byte that
// separates its attributes in its sixth field: the character itself
// ("LEEF:2.0|Vendor|Product|1.0|Event|^|k=v^k=v") or its code in hex
// ("x5E", "0x5e"); LEEF 1.0 and a header without the field use a tab.
// A value ends at the delimiter before the next "key=": a secret, a name
// or an address found there is cut at it, and what followed is read on
// its own.

// leefDelim29 returns the delimiter a LEEF 2.0 header in s declares, or 0.
func leefDelim29(s string) byte {
	h := strings.Index(s, "LEEF:2.0|")
	if h < 0 {
		return 0
	}
	p := h + len("LEEF:2.0|")
	for n := 0; n < 4; n++ {
		j := strings.IndexByte(s[p:min(len(s), p+200)], '|')
		if j < 0 {
			return 0
		}
		p += j + 1
	}
	e := strings.IndexByte(s[p:min(len(s), p+8)], '|')
	if e <= 0 {
		return 0
	}
	f := s[p : p+e]
	if len(f) == 1 {
		return f[0]
	}
	if f[0] == '0' && len(f) > 2 {
		f = f[1:]
	}
	if len(f) == 3 && f[0]|0x20 == 'x' {
		hi, lo := unhex(f[1]), unhex(f[2])
		if hi < 16 && lo < 16 && hi<<4|lo != 0 {
			return hi<<4 | lo
		}
	}
	return 0
}

// leefCut29 returns where the delimiter d and the next attribute's
// "key=" start in v, or -1.
func leefCut29(v string, d byte) int {
	for off := 0; off < len(v); {
		a := strings.IndexByte(v[off:], d)
		if a < 0 {
			return -1
		}
		a += off
		e := a + 1
		for e < len(v) && e-a <= 48 && (isAlnum(v[e]) || v[e] == '_' || v[e] == '-' || v[e] == '.') {
			e++
		}
		if e > a+1 && e < len(v) && v[e] == '=' {
			return a
		}
		off = a + 1
	}
	return -1
}

// leefClip29 cuts each span of a LEEF 2.0 record at its declared
// delimiter before the next "key=", whichever pass found it, and reads what
// was cut off again on its own, to its line's end.
func (sc *scanner) leefClip29() {
	s := sc.s
	d := leefDelim29(s)
	if d == 0 {
		return
	}
	var again [][2]int
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind == KindEmail || x.kind == KindCustom {
			continue
		}
		r := leefCut29(s[x.start:x.end], d)
		if r <= 0 {
			continue
		}
		from := x.start + r
		again = append(again, [2]int{from, lineEnd(s, from, x.end)})
		x.end = from
	}
	for _, r := range again {
		sc.rescan(r[0], r[1])
	}
}
