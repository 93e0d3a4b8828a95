package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Delivery PINs on a proof-of-delivery label. A carrier that hands a
// parcel over against a one-time PIN prints it on the driver's label,
// right under the addressee and above the address, a text field that is
// the number and nothing else:
//
//	^FO40,76^A0N,28,28^FDAna Lima^FS
//	^FO40,112^A0N,28,28^FD719777^FS
//	^FO40,148^A0N,28,28^FDRua Augusta 12, 1100-053 Lisboa^FS
//
// zplPinSpans21 takes a text field of four to six digits in one piece
// that stands between the recipient's name (a field found or redacted as a
// name, or a short run of words in letters alone) and the address (a field
// found or redacted as one); a name read by its shape alone is redacted
// with it. A postcode is printed with its town inside
// the address, a house number with its street, a quantity or a weight with
// its unit, and references (waybills, order ids, dates) are longer or
// dashed, so none of them stands alone in that place.
func (sc *scanner) zplPinSpans21(s string, fields []zplField, kinds []Kind, out []span) []span {
	for k := 1; k+1 < len(fields); k++ {
		f := fields[k]
		if f.barcode || f.b-f.a < 4 || f.b-f.a > 6 || compactDigits20(s[f.a:f.b]) == 0 {
			continue
		}
		p, n := fields[k-1], fields[k+1]
		if p.barcode || n.barcode {
			continue
		}
		if sc.labelFieldIs21(s, p, kinds[k-1], KindName) && sc.labelFieldIs21(s, n, kinds[k+1], KindAddress) && !overlapsAny(sc.spans, f.a, f.b) {
			out = append(out, span{start: f.a, end: f.b, kind: KindCredential})
			if kinds[k-1] != KindName && !overlapsAny(sc.spans, p.a, p.b) && !strings.Contains(s[p.a:p.b], "[") {
				// the addressee's line read by its shape: a name, as the
				// next pass reads it beside this PIN's marker
				out = append(out, span{start: p.a, end: p.b, kind: KindName})
			}
		}
	}
	return out
}

// labelFieldIs21 reports a label's field read as kind: by the label's own
// reading, a marker or a span of that kind, or, for a name, a short run of
// words in letters alone.
func (sc *scanner) labelFieldIs21(s string, f zplField, got, kind Kind) bool {
	if got == kind {
		return true
	}
	v := s[f.a:f.b]
	if strings.Contains(v, "[REDACTED:"+kind.String()+"]") || strings.Contains(v, "[HASH:"+kind.String()+":") {
		return true
	}
	if overlapsKind(sc.spans, f.a, f.b, kind) {
		return true
	}
	return kind == KindName && wordsOnly21(v)
}

// wordsOnly21 reports two to four words of letters (an apostrophe or a
// hyphen inside), each opening with a capital in a cased script: a
// person's name as a label prints it.
func wordsOnly21(v string) bool {
	words := strings.Fields(v)
	if len(words) < 2 || len(words) > 4 || len(v) > 64 {
		return false
	}
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) || unicode.IsLower(r) {
			return false
		}
		for _, c := range w {
			if !unicode.IsLetter(c) && !unicode.Is(unicode.Mn, c) && c != '\'' && c != '-' && c != '.' {
				return false
			}
		}
	}
	return true
}

// cellPassword21 matches a header-less row's cell shaped as a password a
// person or a generator made, which no id, host, file name or amount is:
// two capitalised words joined by a dot with digits ("Orchid.Tamarind93",
// as on a label: codetext20_zpl.go) or a generated one (randomPassword21).
func cellPassword21(v string) bool {
	return wordsDotDigits20(v) || randomPassword21(v)
}

// rowPassword21 matches a cell, in a row that holds PII (rowPasswordSpans),
// shaped as a password a person or a generator made: two capitalised
// words joined by a dot with digits ("Orchid.Tamarind93", as on a label:
// codetext20_zpl.go), a diceware passphrase ("saffron-falcon-288", as
// bound to a statement: creds14_binds.go) or a generated one
// (randomPassword21). A person's record holds no product handle, host or
// file name of these shapes.
func rowPassword21(v string) bool {
	return wordsDotDigits20(v) || dicewarePhrase(v) || randomPassword21(v)
}

// randomPassword21 matches a generated password of ten to 32 characters:
// letters of both cases that change case at least twice, a symbol among
// them and no word-long run of lower-case letters ("Pai9yl&3vYfof",
// "mGRCDO&JILbmb", "Ztrgdj20S@"). Ids, hosts, paths, queries and amounts
// hold no such symbol or hold a '.', '/', ':' or '='.
func randomPassword21(v string) bool {
	if len(v) < 10 || len(v) > 32 {
		return false
	}
	sym := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isAlpha(c) || isDigit(c):
		case strings.IndexByte("!#$%&*?@^~", c) >= 0:
			sym++
		default:
			return false
		}
	}
	if sym == 0 || sym > 3 {
		return false
	}
	sh := shapeOfToken(v)
	return sh.upper >= 1 && sh.lower >= 1 && sh.lower+sh.upper >= 6 && sh.maxLowRun <= 5 && caseSwitches(v) >= 2
}

// mayHoldIndexedArgs21 is indexedPasswordSpans21's cheap test.
func mayHoldIndexedArgs21(s string, sig uint32, evidence bool) bool {
	return evidence && sig&sigRBrace != 0 && strings.Contains(s, "}=")
}

// indexedPasswordSpans21 reads a message format's numbered arguments
// ("failed: {1}=tundra-willow-205 {2}=…"): an argument that is a diceware
// passphrase, on a line that holds PII of the record (a span found or an
// earlier pass's marker), is the password bound with it. Read last, so
// that the evidence is the same whichever pass found it.
func indexedPasswordSpans21(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "}=")
		if i < 0 {
			break
		}
		i += off
		off = i + 2
		d := i
		for d > 0 && isDigit(s[d-1]) {
			d--
		}
		if d == i || d == 0 || s[d-1] != '{' {
			continue
		}
		a := i + 2
		e := a
		for e < len(s) && s[e] > ' ' && s[e] != ',' && s[e] != ';' {
			e++
		}
		if e-a < 8 || !dicewarePhrase(s[a:e]) || overlaps(have, a, e) {
			continue
		}
		ls := strings.LastIndexByte(s[:a], '\n') + 1
		le := strings.IndexByte(s[e:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += e
		}
		if hasMarker(s[ls:le]) || overlapsAny(have, ls, a) || overlapsAny(have, e, le) {
			out = append(out, span{start: a, end: e, kind: KindCredential})
		}
		off = e
	}
	return out
}
