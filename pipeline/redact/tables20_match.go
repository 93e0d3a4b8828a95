package redact

import "strings"

// An audience export to an ad platform written as CSV carries the match
// keys as its header (Meta's and TikTok's "email,phone,fn,ln,zip,country",
// Google's customer match "Email,Phone,First Name,Last Name"): the family
// name under "ln" is a person's in a file that also matches by e-mail or
// phone and by "fn", as matchKeySpans reads the keys in JSON. Its cells are
// read as match keys' values are (matchKeyName: letters of any script,
// lower case too, no digits).

// mayHoldMatchCSV20 is matchCSVSpans20's cheap test.
func mayHoldMatchCSV20(s string) bool {
	return strings.Contains(s, "ln") && strings.Contains(s, "fn")
}

// matchCSVSpans20 returns the names under the "fn" and "ln" columns of an
// audience export.
func matchCSVSpans20(s string) []span {
	h, ok := findHeader(s)
	if !ok {
		return nil
	}
	fn, ln, contact := -1, -1, false
	for i, f := range strings.Split(strings.TrimRight(s[h.start:h.end], "\r"), string(h.sep)) {
		switch strings.ToLower(strings.Trim(strings.TrimSpace(f), `"`)) {
		case "fn", "f_name":
			fn = i
		case "ln", "l_name":
			ln = i
		case "em", "email", "ph", "phone":
			contact = true
		}
	}
	if fn < 0 || ln < 0 || !contact {
		return nil
	}
	var out []span
	for p := h.end + 1; p < len(s); {
		le := p + csvRowLen(s[p:])
		col := 0
		for cs := p; cs <= le && col <= max(fn, ln); col++ {
			ce := csvCellEnd(s, cs, le, h.sep)
			if ce < 0 {
				ce = le
			} else {
				ce += cs
			}
			if col == fn || col == ln {
				a, b := cs, ce
				for a < b && (s[a] == ' ' || s[a] == '"') {
					a++
				}
				for b > a && (s[b-1] == ' ' || s[b-1] == '"' || s[b-1] == '\r') {
					b--
				}
				if v := s[a:b]; b > a && !isMarkerAt(s, a) && matchKeyName(v) {
					out = append(out, span{start: a, end: b, kind: KindName})
				}
			}
			cs = ce + 1
		}
		p = le + 1
	}
	return out
}

// prefixedHeader20 finds a header written after a log line's prefix on its
// line ("[pod/sql-client-7d9f] 2026-…Z id\tfull_name\tphone", as kubectl
// logs --prefix --timestamps prints a file's first line): the part after
// the last space before the first separator, when the line starts with a
// bracket or a digit (a prefix's or a timestamp's) and the next line has as
// many fields. It returns the part's offset in h and its separator, or 0.
func prefixedHeader20(h, next string) (int, byte) {
	if h == "" || !(h[0] == '[' || isDigit(h[0])) {
		return 0, 0
	}
	for _, sep := range []byte{'\t', ',', ';', '|'} {
		f := strings.IndexByte(h, sep)
		if f <= 0 {
			continue
		}
		c := strings.LastIndexByte(h[:f], ' ')
		if c <= 0 || c+1 >= f {
			continue
		}
		part := h[c+1:]
		if csvSep(part, next) == sep && fieldCount(part, sep) == fieldCount(next, sep) && fieldCount(part, sep) >= 3 {
			return c + 1, sep
		}
	}
	return 0, 0
}
