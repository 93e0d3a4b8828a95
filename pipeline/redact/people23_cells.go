package redact

import "strings"

// A customer master file written as fixed-width records (an AS/400 or a
// mainframe export) lays a customer out as its address forms do: the
// customer number and the name, then the street, the town and the
// postcode, each padded to its column. In a record whose name cell holds
// a name (found, or redacted already), the cell right after it is the
// street when the two cells after that are a town (words) and a postcode
// (a short code with a digit): "0053548527NAME   वडा नं. ४, पुतलीसडक   भक्तपुर
// 65326 …", "…NAME   Chilonzor ko'chasi   Qarshi   371577 …". The town
// alone stays.

// fixedStreetSpans23 adds the street cells of the fixed-width records of
// s (found: the spans found so far, have and the pass's own).
func fixedStreetSpans23(s string, have, found []span, out []span) []span {
	for ls := 0; ls < len(s); {
		le, next := otpLineEnd(s, ls)
		var cb [12]wideSpan
		cells := wideCells(s, ls, le, cb[:0])
		ls = next
		if len(cells) < 5 {
			continue
		}
		for i := 1; i+2 < len(cells); i++ {
			n, st, town, pc := cells[i-1], cells[i], cells[i+1], cells[i+2]
			if !fixedNameCell23(s, n, have, found) {
				continue
			}
			w := s[st.a:st.b]
			if hasMarker(w) || overlapsAny(have, st.a, st.b) || overlapsAny(found, st.a, st.b) || !zplLineWords23(w) {
				break
			}
			if !fixedTownCell23(s[town.a:town.b]) || !fixedPostcodeCell23(s[pc.a:pc.b]) {
				break
			}
			out = append(out, span{start: st.a, end: st.b, kind: KindAddress})
			break
		}
	}
	return out
}

// fixedNameCell23 reports a cell that ends with a name: a name span of
// have or found that ends it, or a name's marker.
func fixedNameCell23(s string, c wideSpan, have, found []span) bool {
	if strings.HasSuffix(s[c.a:c.b], "[REDACTED:name]") {
		return true
	}
	for _, sp := range [2][]span{have, found} {
		for _, x := range sp {
			if x.kind == KindName && x.end == c.b && x.start >= c.a {
				return true
			}
		}
	}
	return false
}

// fixedTownCell23 reports a town's cell: one to four words of letters, or
// a marker (a town read as a name).
func fixedTownCell23(v string) bool {
	if v == "[REDACTED:name]" || v == "[REDACTED:address]" {
		return true
	}
	if len(v) > 48 || countDigits(v) > 0 || strings.ContainsAny(v, "@[]=:/") || len(strings.Fields(v)) > 4 {
		return false
	}
	return true
}

// fixedPostcodeCell23 reports a postcode's cell: three to ten letters,
// digits, spaces and dashes, a digit among them.
func fixedPostcodeCell23(v string) bool {
	if len(v) < 3 || len(v) > 10 || countDigits(v) == 0 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(isAlnum(c) || c == ' ' || c == '-') {
			return false
		}
	}
	return true
}

// sheetAddress23 reports a spreadsheet cell that reads as an address
// written in parts, in a row of a person's cells (sheetCellSpans21): two
// to five parts parted by commas (Latin, Arabic or Ethiopic), a number
// among them, each part a few words, no amount, quantity or id ("85
// Street Name, Town", "#208, 3rd Cross, Layout, Town - 902651", "वडा नं.
// ४, Tole, Town"); or a Chinese address of a road and a number
// ("…公路18號").
func sheetAddress23(v string) bool {
	if cjkBlockAddress18(v) || hanRoadNumber23(v) {
		return true
	}
	if len(v) < 8 || len(v) > 120 || !zplLineWords23(v) || !dest23HasNumber(v) {
		return false
	}
	n := strings.NewReplacer("،", ",", "፣", ",").Replace(v)
	parts := strings.Split(n, ",")
	if len(parts) < 2 || len(parts) > 5 {
		return false
	}
	for _, p := range parts {
		f := strings.Fields(p)
		if len(f) == 0 || len(f) > 6 {
			return false
		}
	}
	return true
}

// dest23HasNumber reports a digit of any script in v.
func dest23HasNumber(v string) bool {
	return countDigits(v) > 0 || dest23Native(v)
}

// hanRoadNumber23 reports a Chinese address written without spaces: a
// road's sign (路, 道, 街) before a number and the sign of a house number
// (号, 號).
func hanRoadNumber23(v string) bool {
	d := strings.IndexAny(v, "0123456789")
	if d <= 0 || len(v) > 120 || !strings.ContainsAny(v[:d], "路道街") {
		return false
	}
	return strings.ContainsAny(v[d:], "号號")
}
