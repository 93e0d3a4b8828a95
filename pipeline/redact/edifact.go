package redact

import "strings"

// UN/EDIFACT messages (IFTMIN, DESADV, ORDERS, INVOIC…) that carriers and
// marketplaces exchange, and that integrations log as they send them, put
// a party's name, street and contacts in fixed places of fixed segments:
//
//	NAD+CN+++Given Family+Street 1, unit 2+City++Postcode+CC'
//	COM+0048 594 088 747:TE'   COM+name?+tag@example.com:EM'
//	CTA+IC+:Given Family'      FII+BF+IBAN:Holder Name'
//
// Segments end at an unreleased "'", data elements at '+', components at
// ':', and '?' releases the next character ("?+" is a plus sign). The
// values are read by their place, whatever script or shape they take.

// edifactParties are NAD party qualifiers of businesses (supplier, seller,
// carrier, forwarder, manufacturer, ship-from, warehouse, consignor,
// invoice issuer, message sender and recipient): their names and streets
// are not a buyer's.
var edifactParties = map[string]bool{"SU": true, "SE": true, "CA": true, "FW": true, "MF": true, "SF": true,
	"WH": true, "CZ": true, "II": true, "MS": true, "MR": true, "PW": true}

// mayHoldEDIFACT reports text with a segment tag after a segment
// terminator: "'NAD+", "'COM+".
func mayHoldEDIFACT(s string) bool {
	for i := 0; i+5 < len(s); i++ {
		j := strings.IndexByte(s[i:], '\'')
		if j < 0 || i+j+5 >= len(s) {
			return false
		}
		j += i
		if isUpper(s[j+1]) && isUpper(s[j+2]) && isUpper(s[j+3]) && s[j+4] == '+' {
			return true
		}
		i = j
	}
	return false
}

// edifactSpans returns the names, streets, phones and e-mail addresses of
// the NAD, COM, CTA and FII segments in s.
func edifactSpans(s string) []span {
	var out []span
	for p := 0; p < len(s); {
		// a segment starts at the text's start or after a terminator
		e := edifactEnd(s, p)
		if e-p >= 5 && isUpper(s[p]) && isUpper(s[p+1]) && isUpper(s[p+2]) && s[p+3] == '+' {
			out = edifactSegment(out, s, p, e)
		}
		p = e + 1
		for p < len(s) && (s[p] == '\n' || s[p] == '\r' || s[p] == ' ') {
			p++
		}
	}
	return out
}

// edifactEnd is the index of the unreleased "'" that ends the segment
// starting at p, or len(s).
func edifactEnd(s string, p int) int {
	for i := p; i < len(s); i++ {
		switch s[i] {
		case '?':
			i++
		case '\'':
			return i
		case '\n', '"':
			return i // the line or the quoted value around it ends
		}
	}
	return len(s)
}

// edifactSegment reads one segment [p, e) and appends its spans.
func edifactSegment(out []span, s string, p, e int) []span {
	tag := s[p : p+3]
	switch tag {
	case "NAD", "COM", "CTA", "FII":
	default:
		return out
	}
	var el [10][2]int // data elements after the tag
	n := 0
	start := p + 4
	for i := start; i <= e && n < len(el); i++ {
		if i < e && s[i] == '?' {
			i++
			continue
		}
		if i == e || s[i] == '+' {
			el[n] = [2]int{start, min(i, e)}
			n++
			start = i + 1
		}
	}
	// An element that holds a marker of an earlier pass may stand for
	// several (a value read across a '+', "0++0@0.AA"): its components and
	// the elements after it are no longer where their position says, and
	// are not read.
	for k := 0; k < n; k++ {
		if a, b := el[k][0], el[k][1]; strings.Contains(s[a:b], "[REDACTED:") || strings.Contains(s[a:b], "[HASH:") {
			n = k
			break
		}
	}
	comp := func(k, c int) (int, int) { // component c of element k
		if k >= n {
			return 0, 0
		}
		a, b := el[k][0], el[k][1]
		for i, at := a, 0; i <= b; i++ {
			if i < b && s[i] == '?' {
				i++
				continue
			}
			if i < b && s[i] == '[' && isMarkerAt(s, i) {
				i = markerEnd(s, i) - 1 // a marker's ':' splits nothing
				continue
			}
			if i == b || s[i] == ':' {
				if at == c {
					return a, i
				}
				at++
				a = i + 1
			}
		}
		return 0, 0
	}
	add := func(a, b int, k Kind) {
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && s[b-1] == ' ' {
			b--
		}
		if b-a >= 2 && !strings.Contains(s[a:b], "[REDACTED:") && !strings.Contains(s[a:b], "[HASH:") {
			out = append(out, span{a, b, k, 0})
		}
	}
	switch tag {
	case "NAD":
		if n == 0 || edifactParties[s[el[0][0]:el[0][1]]] {
			return out
		}
		if n > 2 { // C058: name and address in free lines
			add(el[2][0], el[2][1], KindAddress)
		}
		for c := 0; c < 5; c++ { // C080: party name
			if a, b := comp(3, c); b > a {
				add(a, b, KindName)
			}
		}
		for c := 0; c < 4; c++ { // C059: street and number, or PO box
			if a, b := comp(4, c); b > a {
				add(a, b, KindAddress)
			}
		}
	case "COM":
		a, b := comp(0, 0)
		qa, qb := comp(0, 1)
		switch s[qa:qb] {
		case "TE", "AL", "FX", "AJ", "AK": // telephone, cellular, fax, other phones
			add(a, b, KindPhone)
		case "EM":
			add(a, b, KindEmail)
		}
	case "CTA":
		if a, b := comp(1, 1); b > a {
			add(a, b, KindName) // C056: department or employee id : name
		}
	case "FII":
		if a, b := comp(1, 1); b > a {
			add(a, b, KindName) // C078: account holder id : account holder name
		}
	}
	return out
}
