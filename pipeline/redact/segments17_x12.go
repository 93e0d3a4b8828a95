package redact

import "strings"

// ASC X12 interchanges (850 purchase orders, 856 ship notices, 810
// invoices) that EDI gateways log as they send or receive them put a
// party's name, street and contacts in fixed places of fixed segments:
//
//	ISA*00*…*00*…*ZZ*SENDER*ZZ*RECEIVER*…*>~ST*856*0001~
//	N1*ST*Given Family~N2*c/o Other~N3*Street 1*Unit 2~N4*City*ST*12345*US~
//	PER*IC*Given Family*TE*0044 7700 900123*EM*given@example.com~
//	REF*BM*080458186570~
//
// The element separator is the byte after "ISA", the segment terminator
// the byte after ISA16 (the component separator); without an ISA header
// they are '*' and '~'. N1's qualifier names whose party the N1 loop's
// N2 and N3 are: a supplier's, a vendor's, a carrier's or a ship-from
// warehouse's are a business's and stay; a ship-to, bill-to, buyer's or
// consignee's are a person's (N4's city, state and postcode stay, as a
// postcode alone does elsewhere). PER is a contact: its name is a person's,
// its numbers are read by their qualifiers (TE, CP, HP, WP, FX: phones;
// EM: an e-mail address). The other segments (ISA, GS, REF, BEG, LIN,
// DTM, …) hold ids, codes, dates and quantities: digits there are never
// a phone, and no value runs across a segment terminator.

// x12BusinessParties are N1 entity identifier codes of businesses:
// supplier, ship-from, vendor, carrier, selling party, manufacturer,
// remit-to, receiver of the remittance, forwarder, warehouse, invoice
// issuer, shipper, payee, bank.
var x12BusinessParties = setOf("SU", "SF", "VN", "CA", "SE", "MF", "RI", "RE", "FW", "WH", "II", "SH", "PE", "BK")

// x12PhoneQualifiers are PER communication number qualifiers of phones.
var x12PhoneQualifiers = setOf("TE", "CP", "HP", "WP", "FX", "TL", "AP", "BN", "PH")

// mayHoldX12 is x12Spans's cheap test: an ISA header, or a party or
// contact segment after a '~' terminator.
func mayHoldX12(s string) bool {
	if i := strings.Index(s, "ISA"); i >= 0 && i+3 < len(s) && x12Separator(s[i+3]) {
		return true
	}
	return strings.IndexByte(s, '~') >= 0 && (strings.Contains(s, "~N1*") || strings.Contains(s, "~N3*") || strings.Contains(s, "~PER*"))
}

// x12Separator reports a byte that may separate X12 elements.
func x12Separator(c byte) bool {
	return c > ' ' && c < 0x7f && !isAlnum(c) && c != '"' && c != '\\'
}

// x12Delims returns where the interchange starts and its element and
// segment separators.
func x12Delims(s string) (start int, el, seg byte, ok bool) {
	if i := strings.Index(s, "ISA"); i >= 0 && i+3 < len(s) && x12Separator(s[i+3]) && (i == 0 || !isAlnum(s[i-1])) {
		el = s[i+3]
		n := 0
		for p := i + 3; p < len(s) && p < i+200; p++ {
			if s[p] != el {
				continue
			}
			n++
			if n == 16 {
				// ISA16 is one byte, the terminator the next
				if p+2 < len(s) {
					seg = s[p+2]
					if seg == '\r' {
						seg = '\n'
					}
					if seg == el || isAlnum(seg) || seg == ' ' {
						return 0, 0, 0, false
					}
					return i, el, seg, true
				}
				break
			}
		}
		return 0, 0, 0, false
	}
	for _, t := range []string{"~N1*", "~N3*", "~PER*"} {
		if i := strings.Index(s, t); i >= 0 {
			// the text's first segment is the one whose tag opens the run
			// of segments before i
			a := i
			for a > 0 && s[a-1] != '"' && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '\t' && s[a-1] != '=' && s[a-1] != '\'' {
				a--
			}
			if !strings.Contains(s[a:i], "*") && a < i {
				a = i + 1
			}
			return a, '*', '~', true
		}
	}
	return 0, 0, 0, false
}

// x12Spans returns the parties' names and streets, the contacts' names,
// phones and e-mail addresses of the X12 segments in s,
// the ranges of the segments that hold ids (no phone inside), and the
// ends of the segments (no value runs across one).
func x12Spans(s string) (out []span, ids []idRange, ends [][2]int) {
	start, el, seg, ok := x12Delims(s)
	if !ok {
		return nil, nil, nil
	}
	party := "" // the N1 loop's entity identifier code
	var elems [16][2]int
	for p := start; p < len(s); {
		e := strings.IndexByte(s[p:], seg)
		if e < 0 {
			e = len(s) - p
			if q := strings.IndexAny(s[p:], "\"\n"); q >= 0 && q < e {
				e = q
			}
		}
		e += p
		a := p
		for a < e && (s[a] == '\n' || s[a] == '\r' || s[a] == ' ') {
			a++
		}
		// the tag: two or three upper-case letters or digits and the
		// element separator
		t := a
		for t < e && t-a < 4 && (isUpper(s[t]) || isDigit(s[t])) {
			t++
		}
		if t-a < 2 || t-a > 3 || t >= e || s[t] != el {
			if p > start && e > a {
				break // not a segment: the interchange has ended
			}
			p = e + 1
			continue
		}
		ends = append(ends, [2]int{a, e})
		tag := s[a:t]
		n := 0
		for q := t + 1; n < len(elems); {
			r := strings.IndexByte(s[q:e], el)
			if r < 0 {
				elems[n] = [2]int{q, e}
				n++
				break
			}
			elems[n] = [2]int{q, q + r}
			n++
			q += r + 1
		}
		val := func(k int) string {
			if k >= n {
				return ""
			}
			return s[elems[k][0]:elems[k][1]]
		}
		add := func(k int, kind Kind) {
			if k >= n {
				return
			}
			x, y := elems[k][0], elems[k][1]
			for x < y && s[x] == ' ' {
				x++
			}
			for y > x && s[y-1] == ' ' {
				y--
			}
			v := s[x:y]
			if y-x < 2 || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
				return
			}
			switch kind {
			case KindName:
				if companyName(v) || countDigits(v) > 0 {
					return // a store's or a company's name ("WALMART DC 6094")
				}
			case KindPhone:
				if countDigits(v) < 6 {
					return
				}
			case KindEmail:
				if strings.IndexByte(v, '@') < 0 {
					return
				}
			}
			out = append(out, span{start: x, end: y, kind: kind})
		}
		person := party == "" || !x12BusinessParties[party]
		switch tag {
		case "N1":
			party = val(0)
			person = !x12BusinessParties[party]
			if person {
				add(1, KindName)
			}
			if n > 3 {
				ids = append(ids, idRange{a: elems[3][0], b: elems[3][1]})
			}
		case "N2":
			if person {
				add(0, KindName)
				add(1, KindName)
			}
		case "N3":
			if person {
				add(0, KindAddress)
				add(1, KindAddress)
			}
		case "N4":
			// a city, a state and a postcode alone are no one's address
			// (as an IDoc's postcode is kept: fixedwidth.go)
		case "PER":
			add(1, KindName)
			for k := 2; k+1 < n; k += 2 {
				switch q := val(k); {
				case x12PhoneQualifiers[q]:
					add(k+1, KindPhone)
				case q == "EM":
					add(k+1, KindEmail)
				}
			}
		case "NTE", "MSG":
			// free text: the scanner reads it
		default:
			if tag == "ISA" || tag == "GS" || tag == "ST" {
				party = ""
			}
			if tag == "REF" && x12RefSecret(val(1)) {
				add(1, KindCredential) // "REF*ZZ*dj4MCREMsdMR…": a key, no partner's id (creds18_rows.go)
			}
			ids = append(ids, idRange{a: t + 1, b: e})
		}
		p = e + 1
	}
	return out, ids, ends
}

// clipAtSegmentEnds ends every span that starts inside one of the
// segments at that segment's end, and returns the tails cut off. A
// credential is left whole: a token read across a terminator may be a
// secret only as a whole, and its head alone is none.
func (sc *scanner) clipAtSegmentEnds(ends [][2]int) (tails [][2]int) {
	for i := range sc.spans {
		x := &sc.spans[i]
		for k, r := range ends {
			if x.kind == KindCredential && !x12SecretCut31(*x, ends, k) {
				continue // (dm31_x12.go)
			}
			if x.start >= r[0] && x.start < r[1] && x.end > r[1] {
				tails = append(tails, [2]int{r[1], x.end})
				x.end = r[1]
				break
			}
		}
	}
	return tails
}

// x12 reads the X12 segments of the scanner's text. A value that an
// earlier pass ran across a terminator is cut there, and what it hid (a
// card in a REF segment after an N3's street) is read again.
func (sc *scanner) x12() {
	spans, ids, ends := x12Spans(sc.s)
	if len(ends) == 0 {
		return
	}
	for _, t := range sc.clipAtSegmentEnds(ends) {
		sc.rescan(t[0], t[1])
	}
	sc.clipAtSegmentEnds(ends)
	sc.dropPhonesIn(ids)
	sc.mergeSpans(spans)
}
