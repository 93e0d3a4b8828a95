package redact

import "strings"

// A ZPL label spool prints each text field between `^FD` (field data) and
// `^FS` (field separator): "^FO50,160^A0N,24,24^FDTel 37123598438^FS". The
// field is a line of the label, so a phone label word at its start reads
// as it does at a line's start, whatever command is glued before `^FD`.
// zplPhoneSpans22 takes the number after such a label when it has a
// phone's characters and 8 to 15 digits: the label says what it is.

// mayHoldZPL22 is the cheap test: a '^' and the pair "FD".
func mayHoldZPL22(sig uint32, tp *textPairs) bool {
	return sig&sigCaret != 0 && tp.contains("^F")
}

func zplPhoneSpans22(s string) []span {
	var out []span
	for i := 0; ; {
		k := strings.Index(s[i:], "^FD")
		if k < 0 {
			return out
		}
		a := i + k + 3
		i = a
		e := strings.Index(s[a:], "^FS")
		if e < 0 {
			e = len(s) - a
		}
		f := s[a : a+e]
		w := 0
		for w < len(f) && w < 12 && f[w] != ' ' && f[w] != ':' {
			w++
		}
		if w == 0 || w == len(f) || !phoneWords16[strings.ToLower(f[:w])] && !phoneWords16[strings.ToLower(f[:w])+"."] {
			continue
		}
		q := w
		for q < len(f) && (f[q] == ' ' || f[q] == ':' || f[q] == '.') {
			q++
		}
		if q == len(f) || !(isDigit(f[q]) || f[q] == '+' || f[q] == '(') {
			continue
		}
		v := strings.TrimRight(f[q:], " ")
		if neighbourPhoneValue22(v, true) || phoneChars20(v, 8, 15) && v[0] != '(' || local7Phone23(v) {
			out = append(out, span{start: a + q, end: a + q + len(v), kind: KindPhone})
		}
	}
}
