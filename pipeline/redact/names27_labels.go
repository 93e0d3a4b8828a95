package redact

import "strings"

// Role keys written as labels of words. A record printed as a block of
// "label: value" lines, or as items of a message, often writes its keys
// with spaces for underscores ("importer of record: …", "legal
// representative: …", "N1 ST: …", "employee name: …"). Such a label of two
// to four words that is a role key when its words are joined (roleKey, as
// "importer_of_record" is) holds a person's name, read as a role key's
// value is: only a value shaped like a person's name (roleName) is taken,
// up to the line's or the item's end. A label of one word is the scanner's
// key already; a label that names a place ("deliver to", "ship to", "bill
// to": addresses as often) is left to the address readers.

// mayHoldSpacedLabel27 is the cheap test before spacedLabelSpans27.
func mayHoldSpacedLabel27(s string, sig uint32, tp *textPairs) bool {
	return len(s) >= 12 && sig&sigColon != 0 && tp.contains(": ")
}

// spacedLabelSpans27 returns the names after spaced role labels in s.
func spacedLabelSpans27(s string, have []span) []span {
	var out []span
	for off, seen := 0, 0; off < len(s) && seen < 64; seen++ {
		c := strings.Index(s[off:], ": ")
		if c < 0 {
			break
		}
		c += off
		off = c + 2
		la, ok := spacedLabelStart27(s, c)
		if !ok {
			continue
		}
		var lb, buf [48]byte
		if c-la > len(lb) {
			continue
		}
		label := lb[:0]
		for q := la; q < c; q++ {
			if s[q] != ' ' {
				label = append(label, s[q])
			}
		}
		nk := normKey(buf[:0], bytesToString(label))
		if len(nk) < 4 || !roleKey(nk) || placeLabel27(string(nk)) || brandKey14(s[la:c]) || businessPath26(s[la:c]) {
			continue // ("brand_owner", "merchant_name": a business's: damage14_titles.go, dmg26_business.go)
		}
		vs := c + 2
		ve := labelValueEnd27(s, vs)
		for ve > vs && s[ve-1] == ' ' {
			ve--
		}
		if ve-vs < 2 || overlaps(have, vs, ve) || overlaps(out, vs, ve) {
			continue
		}
		if v := s[vs:ve]; roleName(v) && !strings.Contains(v, "[REDACTED:") {
			out = append(out, span{start: vs, end: ve, kind: KindName})
		}
	}
	return out
}

// spacedLabelStart27 returns where the label of two to four words before
// the colon at c starts: after a line's start, an escaped line break, a
// quote or an item's separator; ok false when the words before the colon
// are no such label (one word, a sentence, digits).
func spacedLabelStart27(s string, c int) (int, bool) {
	w := c
	for w > 0 && (isAlnum(s[w-1]) || s[w-1] == '_') {
		w--
	}
	if w < c && strings.IndexByte(s[w:c], '_') > 0 && (w == 0 || s[w-1] == ' ' || s[w-1] == '\n' || s[w-1] == '"') {
		return w, true // a key joined by '_' ("N1_ST", "importer_of_record"): its value may hold "Family, Given"
	}
	a := c
	words := 1
	for a > 0 {
		ch := s[a-1]
		switch {
		case ch == ' ':
			if a-2 < 0 || s[a-2] == ' ' {
				return 0, false
			}
			words++
			if words > 4 {
				return 0, false
			}
		case ch == '\n' || ch == '"' || ch == '\t' || ch == '|' || ch == ';' || ch == '/' || ch == ',':
			goto done
		case ch == 'n' && a >= 2 && s[a-2] == '\\':
			goto done
		case isAlnum(ch) || ch == '_' || ch == '-' || ch >= 0x80:
		default:
			return 0, false
		}
		a--
	}
done:
	for a < c && s[a] == ' ' {
		a++
	}
	if words < 2 && strings.IndexByte(s[a:c], '_') < 0 || a >= c || a > 0 && s[a-1] == ' ' && !(a >= 2 && strings.IndexByte(";,/|", s[a-2]) >= 0) {
		return 0, false // (one word: the scanner's key, unless joined by '_' and holding "Family, Given")
	}
	return a, true
}

// placeLabel27 reports a role key that names a place as often as a person.
func placeLabel27(nk string) bool {
	switch nk {
	case "deliverto", "shipto", "billto", "soldto", "sendto", "returnto":
		return true
	}
	return false
}

// labelValueEnd27 returns the end of a label's value at vs: the line's
// end, an escaped line break, a quote, or an item's separator.
func labelValueEnd27(s string, vs int) int {
	lim := min(len(s), vs+96)
	for p := vs; p < lim; p++ {
		switch s[p] {
		case '\n', '\r', '\t', '"', '|', ';', '<', '(', '[', '{':
			return p
		case '\\':
			if p+1 < len(s) && (s[p+1] == 'n' || s[p+1] == 'r' || s[p+1] == 't' || s[p+1] == '"') {
				return p
			}
		case ',':
			if p+1 < len(s) && s[p+1] == ' ' && keyAhead27(s, p+2) {
				return p // "…, item_code: …": the next item
			}
		case '/', '-':
			if p > vs && s[p-1] == ' ' && p+1 < len(s) && s[p+1] == ' ' {
				return p - 1
			}
		}
	}
	if lim < len(s) {
		return vs // longer than a name
	}
	return lim
}

// keyAhead27 reports a key and its colon or equals sign at p ("item_code:",
// "mobile=").
func keyAhead27(s string, p int) bool {
	for q := p; q < len(s) && q-p < 32; q++ {
		switch c := s[q]; {
		case c == ':' || c == '=':
			return q > p
		case isAlnum(c) || c == '_' || c == '-' || c == ' ' || c == '.':
		default:
			return false
		}
	}
	return false
}
