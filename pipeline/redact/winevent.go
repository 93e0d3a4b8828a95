package redact

import "strings"

// Windows Event Log's XML (wevtutil, Get-WinEvent's ToXml, forwarded
// events) names an application's fields by an attribute, not by the
// element: <EventData><Data Name='CustomerName'>…</Data>…</EventData>. The
// text of a Data element is read as its Name attribute names it, as a
// key's value is; the attribute itself, and a Provider's Name, name a
// field or a program and are no person's name.

// mayHoldEventData is eventDataSpans's cheap test.
func mayHoldEventData(s string, sig uint32) bool {
	return sig&sigLT != 0 && (strings.Contains(s, "<Data Name=") || strings.Contains(s, "<Provider Name="))
}

// eventDataSpans returns the PII texts of the Data elements in s, and the
// ranges of the Name attributes (to keep).
func eventDataSpans(s string) (spans []span, names [][2]int) {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], " Name=")
		if i < 0 {
			break
		}
		i += off
		off = i + 6
		lt := strings.LastIndexByte(s[max(0, i-10):i], '<')
		if lt < 0 {
			continue
		}
		tag := s[max(0, i-10)+lt+1 : i]
		if tag != "Data" && tag != "Provider" {
			continue
		}
		if off >= len(s) || s[off] != '\'' && s[off] != '"' {
			continue
		}
		q := s[off]
		e := strings.IndexByte(s[off+1:min(len(s), off+1+128)], q)
		if e < 0 {
			continue
		}
		a, b := off+1, off+1+e
		names = append(names, [2]int{a, b})
		off = b + 1
		if tag != "Data" {
			continue
		}
		gt := b + 1
		for gt < len(s) && s[gt] == ' ' {
			gt++
		}
		if gt >= len(s) || s[gt] != '>' {
			continue // <Data Name='…'/>: empty
		}
		vs := gt + 1
		ve := strings.Index(s[vs:min(len(s), vs+maxValue)], "</Data>")
		if ve <= 0 {
			continue
		}
		ve += vs
		k, _ := columnKind(s[a:b])
		if k == 255 && accessCodeText20(s[a:b], s[vs:ve]) {
			k = KindCredential // <Data Name="PickupCode">4711</Data> (codekeys20_keys.go)
		}
		if k == KindCard || k == 255 || isMarkerAt(s, vs) {
			continue // cards are the scanner's (Luhn and issuer decide)
		}
		if v := strings.TrimSpace(s[vs:ve]); copyCellFits(k, v) && !(k == KindName && companyName(v)) && !notKindValue(k, v) { // a site, a dock (damage19_places.go)
			spans = append(spans, span{start: vs, end: ve, kind: k})
		}
		off = ve + 7
	}
	return spans, names
}

// keepNames drops the name spans that lie inside the ranges of keep
// (attributes that name a field, not a person).
func (sc *scanner) keepNames(keep [][2]int) {
	if len(keep) == 0 {
		return
	}
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		if x.kind == KindName {
			for _, r := range keep {
				if x.start >= r[0] && x.end <= r[1] && !strings.ContainsRune(sc.s[r[0]:r[1]], ' ') {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}
