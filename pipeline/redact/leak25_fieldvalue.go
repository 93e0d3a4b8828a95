package redact

import "strings"

// A mapping error quotes the field it could not map and the value it
// read: "cannot map field recipient_address.name value 'Jane Roe'",
// "invalid field shipping.phone value \"…\"". The field's path names what
// the value is, as a key would: a path naming a name, an address or a
// phone masks the quoted value after "value".

// mayHoldFieldValue25 is the cheap test: the word "field " in the text.
func mayHoldFieldValue25(s string) bool {
	return len(s) > 24 && strings.Contains(s, "field ")
}

func fieldValueSpans25(s string) []span {
	var out []span
	for i := 0; ; {
		f := strings.Index(s[i:], "field ")
		if f < 0 {
			return out
		}
		ps := i + f + 6
		i = ps
		pe := ps
		for pe < len(s) && pe-ps < 64 && (isAlnum(s[pe]) || s[pe] == '_' || s[pe] == '.' || s[pe] == '-' || s[pe] == '[' || s[pe] == ']') {
			pe++
		}
		if pe == ps || !strings.HasPrefix(s[pe:], " value ") {
			continue
		}
		v := pe + 7
		if v >= len(s) || s[v] != '\'' && s[v] != '"' {
			continue
		}
		q := s[v]
		v++
		e := v
		for e < len(s) && e-v < 120 && s[e] != q && s[e] != '\n' {
			e++
		}
		if e >= len(s) || s[e] != q || e == v || strings.Contains(s[v:e], "[REDACTED:") {
			continue
		}
		var kind Kind
		path := s[ps:pe]
		cls := pairClass(path[strings.LastIndexByte(path, '.')+1:]) // the last part first: "recipient_address.name" is a name
		if cls == keyNone {
			cls = pairClass(path)
		}
		switch cls {
		case keyName:
			kind = KindName
		case keyAddress:
			kind = KindAddress
		case keyPhone:
			if !phoneChars20(s[v:e], 7, 16) {
				continue
			}
			kind = KindPhone
		default:
			continue
		}
		out = append(out, span{start: v, end: e, kind: kind})
		i = e
	}
}
