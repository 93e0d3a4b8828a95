package redact

import "strings"

// Rows without a header (CSV import errors, pipe-separated exports, bind
// lists) put a record's fields side by side: "343-…|Given Family|+886 …|…".
// As with positional arguments (names_args.go), a row that holds other PII
// of the record already found is a buyer's. A row holds more than a list
// of arguments (products, cities, carriers), so only the first cell shaped
// like a person's name next to a phone number or an e-mail address is the
// buyer's name. A row without them keeps its cells.

// rowNameSpans returns the name-shaped cells of delimited rows in s that
// hold other PII (a span of have, or a marker of an earlier pass).
func rowNameSpans(s string, have []span) []span {
	if strings.IndexByte(s, '\n') >= 0 {
		if _, ok := findHeader(s); ok {
			return nil // a header names the columns (csv.go)
		}
	}
	var out []span
	var items []argItem
	for p := 0; p < len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			e = len(s) - p
		}
		line := s[p : p+e]
		if sep := rowSeparator(line); sep != 0 {
			items = items[:0]
			a := p
			inq := false
			for k := p; k <= p+e; k++ {
				if k < p+e && s[k] == '"' && sep == ',' {
					inq = !inq // ("GIRARDOT, Given" is one cell of a CSV row)
				}
				if k == p+e || s[k] == sep && !inq {
					b := k
					if b > a && s[a] == '"' && s[b-1] == '"' && b-a >= 2 {
						items = append(items, argItem{a + 1, b - 1})
					} else {
						items = append(items, argItem{a, b})
					}
					a = k + 1
				}
			}
			out = rowNames(s, items, have, out)
			out = rowEvidenceNames18(s, items, have, out) // a name anywhere in the row, with evidence (names18_rows.go)
		}
		p += e + 1
	}
	return out
}

// rowSeparator returns the separator of a row: three or more of '|', ';'
// or a tab, or of ',' with no space after any ("a,b,c"), as a file's rows
// are written; 0 for none.
func rowSeparator(line string) byte {
	for _, c := range []byte{'|', '\t', ';'} {
		if n := strings.Count(line, string(c)); n >= 3 || n == 2 && c == '\t' {
			return c // (three cells of a TSV record: "ref<TAB>Given Family<TAB>IBAN")
		}
	}
	if strings.Count(line, ",") >= 3 && !unquotedCommaSpace(line) {
		return ','
	}
	return 0
}

// rowNames appends the first name-shaped cell beside a phone or e-mail
// cell of a row.
func rowNames(s string, items []argItem, have []span, out []span) []span {
	contact := func(k int) bool {
		if k < 0 || k >= len(items) {
			return false
		}
		a, b := items[k].a, items[k].b
		v := s[a:b]
		if strings.Contains(v, "[REDACTED:phone]") || strings.Contains(v, "[REDACTED:email]") ||
			strings.Contains(v, "[HASH:phone") || strings.Contains(v, "[HASH:email") || strings.Contains(v, "[REDACTED:iban") {
			return true // (a payout's row: the holder beside the IBAN)
		}
		for _, x := range have {
			if x.start < b && x.end > a && (x.kind == KindPhone || x.kind == KindEmail || x.kind == KindIBAN) {
				return true
			}
		}
		return false
	}
	for k, it := range items {
		a, b := it.trimmed(s) // names_args.go
		if b-a < 2 || overlapsOther(have, a, b) || overlaps(out, a, b) || !argName(s[a:b]) && !capsName(s[a:b]) && !caselessCell(s[a:b]) {
			continue
		}
		if notPersonValue(s[a:b]) || facilityValue(s[a:b]) {
			continue // a firm, a job title, a warehouse beside the contact's cells (damage17_traps.go)
		}
		if contact(k-1) || contact(k+1) || numberCell(s, items, k+1) && contact(k+2) {
			// (a mobile no reader claimed, "6285377301183", between the name and the e-mail)
			return append(out, span{start: a, end: b, kind: KindName})
		}
	}
	return out
}

// unquotedCommaSpace reports ", " outside double quotes: prose, not a
// file's row ("…,\"Rua Augusta 15, São Paulo\",…" is a row).
func unquotedCommaSpace(line string) bool {
	inq := false
	for i := 0; i+1 < len(line); i++ {
		switch line[i] {
		case '"':
			inq = !inq
		case ',':
			if !inq && line[i+1] == ' ' {
				return true
			}
		}
	}
	return false
}

// numberCell reports a cell of seven digits or more, spaces, dashes and a
// '+' between: a phone number no reader claimed.
func numberCell(s string, items []argItem, k int) bool {
	if k < 0 || k >= len(items) {
		return false
	}
	v := s[items[k].a:items[k].b]
	d := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
		case c == ' ' || c == '-' || c == '+' || c == '(' || c == ')':
		default:
			return false
		}
	}
	return d >= 7 && d <= 15
}

// caselessCell reports a cell that is a name in a script without case or
// in Han: two to four words of letters and their marks (Devanagari,
// Thai…), a Han name whole or written apart, one Hangul word of two to
// four syllables, an honorific after it ("中村 翔太 さん") left aside.
func caselessCell(v string) bool {
	v = stripHonorifics(v)
	if strings.HasSuffix(v, " さん") || strings.HasSuffix(v, " 様") {
		v = v[:strings.LastIndexByte(v, ' ')]
	}
	switch {
	case spacedHanName(v):
		return true
	case hanName(v):
		return tupleName(v)
	case hangulOnly(v):
		return greetedSentenceName(v, true)
	}
	return strings.IndexByte(v, ' ') > 0 && caselessWords(v) && !hasKana(v)
}

// overlapsOther reports a span of have over [a, b) that is not a name's: a
// cell that a reader took part of as a name ("अमित सुनीता" of three words)
// is taken whole.
func overlapsOther(have []span, a, b int) bool {
	for _, x := range have {
		if x.start < b && x.end > a && (x.kind != KindName || x.start < a || x.end > b) {
			return true
		}
	}
	return false
}
