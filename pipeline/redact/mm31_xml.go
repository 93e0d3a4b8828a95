package redact

import "strings"

// Partner XML names a phone number two more ways (mm31):
//
//   - by a communication-means code, UN/EDIFACT's code list 3155 that WCO
//     declarations and UBL reuse: <Communication><ID schemeID="TE">…</ID>,
//     where TE is a telephone, AL a mobile, FX a fax. The element's text
//     is that number, however it is grouped (a bare run of digits with
//     the country code in front, too);
//   - by the element's name with its text in a CDATA section
//     (<ns2:Phone><![CDATA[380671234567]]></ns2:Phone>): a bare run of 8 to
//     15 digits is the number, as it is without the section.

// mayHoldCommXML31 is commXMLSpans31's cheap test.
func mayHoldCommXML31(s string) bool {
	return strings.Contains(s, `schemeID=`) || strings.Contains(s, cdataOpen30)
}

// phoneMeans31 are the communication-means codes (UN/EDIFACT 3155) of a
// number one calls.
var phoneMeans31 = []string{"TE", "AL", "FX", "AJ", "AV"}

// commXMLSpans31 returns the phone numbers of s that XML names by a
// communication-means code or by a phone element around a CDATA section,
// where no span of have lies.
func commXMLSpans31(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], `schemeID=`)
		if i < 0 {
			break
		}
		i += off
		off = i + 9
		q := off
		if q < len(s) && s[q] == '\\' {
			q++
		}
		if q+4 > len(s) || s[q] != '"' && s[q] != '\'' {
			continue
		}
		code := s[q+1 : q+3]
		if s[q+3] != s[q] && s[q+3] != '\\' || !sameText29(phoneMeans31, code) {
			continue
		}
		gt := strings.IndexByte(s[q:min(len(s), q+80)], '>')
		if gt < 0 {
			continue
		}
		a := q + gt + 1
		a, e := cdataText30(s, a)
		if e == 0 {
			e = strings.IndexByte(s[a:min(len(s), a+maxValue)], '<')
		}
		if e <= 0 {
			continue
		}
		if v := strings.TrimSpace(s[a : a+e]); phoneText31(v, 7) && !overlapsAny(have, a, a+e) {
			st := a + strings.Index(s[a:a+e], v)
			out = append(out, span{start: st, end: st + len(v), kind: KindPhone})
		}
	}
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], cdataOpen30)
		if i < 0 {
			break
		}
		i += off
		off = i + len(cdataOpen30)
		a, e := cdataText30(s, i)
		if e < 8 || e > 16 || i == 0 || s[i-1] != '>' || !phoneText31(s[a:a+e], 8) || strings.IndexByte(s[a:a+e], ' ') >= 0 {
			continue
		}
		lt := strings.LastIndexByte(s[max(0, i-64):i], '<')
		if lt < 0 {
			continue
		}
		tag := s[max(0, i-64)+lt+1 : i-1]
		if c := strings.LastIndexByte(tag, ':'); c >= 0 {
			tag = tag[c+1:]
		}
		var buf [64]byte
		if tag == "" || tag[0] == '/' || strings.IndexByte(tag, ' ') >= 0 || keyClass(normKey(buf[:0], tag)) != keyPhone || overlapsAny(have, a, a+e) {
			continue
		}
		out = append(out, span{start: a, end: a + e, kind: KindPhone})
	}
	return out
}

// phoneText31 reports a phone number's characters only (digits, blanks,
// '+', '-', '.', '/', brackets) with least to 15 digits.
func phoneText31(v string, least int) bool {
	n := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			n++
		case c == '+' && i == 0, c == ' ', c == '-', c == '.', c == '/', c == '(', c == ')':
		default:
			return false
		}
	}
	return n >= least && n <= 15
}

// An address written in lines (UBL's <cac:AddressLine><cbc:Line>, WCO's
// <Address><Line>) gives each line an element named for its place in the
// address, not for what it holds: <Line>, <Line1>, <Line2>. Such an
// element right inside an element that names an address is an address
// line.

// addressLineSpans31 returns the text of each <Line>, <Line1>… element of
// s right inside an address's element, where no span of have lies.
func addressLineSpans31(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "Line")
		if i < 0 {
			break
		}
		i += off
		off = i + 4
		j := off
		for j < len(s) && isDigit(s[j]) && j-off < 2 {
			j++
		}
		if j >= len(s) || s[j] != '>' {
			continue
		}
		t := i // the tag's start, after its namespace prefix
		if t > 0 && s[t-1] == ':' {
			t--
			for t > 0 && isWord(s[t-1]) {
				t--
			}
		}
		if t == 0 || s[t-1] != '<' || !addressParent31(s, t-1) {
			continue
		}
		a := j + 1
		a, e := cdataText30(s, a)
		if e == 0 {
			e = strings.IndexByte(s[a:min(len(s), a+maxValue)], '<')
		}
		if e <= 0 {
			continue
		}
		v := strings.TrimSpace(s[a : a+e])
		if len(v) < 3 || !hasLetter(v) && !hasDigitByte(v) || isMarkerAt(s, a) || overlapsAny(have, a, a+e) {
			continue
		}
		st := a + strings.Index(s[a:a+e], v)
		out = append(out, span{start: st, end: st + len(v), kind: KindAddress})
	}
	return out
}

// addressParent31 reports the element that opens just before lt (blanks
// and escaped line breaks between) as an address's: its name, without
// its namespace prefix, is a key of addresses or ends in "Address".
func addressParent31(s string, lt int) bool {
	p := lt
	for p > 0 && (s[p-1] == ' ' || s[p-1] == '\n' || s[p-1] == '\r' || s[p-1] == '\t') {
		p--
	}
	if p == 0 || s[p-1] != '>' {
		return false
	}
	q := strings.LastIndexByte(s[max(0, p-64):p-1], '<')
	if q < 0 {
		return false
	}
	tag := s[max(0, p-64)+q+1 : p-1]
	if sp := strings.IndexByte(tag, ' '); sp >= 0 {
		tag = tag[:sp]
	}
	if c := strings.LastIndexByte(tag, ':'); c >= 0 {
		tag = tag[c+1:]
	}
	if tag == "" || tag[0] == '/' {
		return false
	}
	var buf [64]byte
	return strings.HasSuffix(tag, "Address") || strings.HasSuffix(tag, "AddressLine") || keyClass(normKey(buf[:0], tag)) == keyAddress
}
