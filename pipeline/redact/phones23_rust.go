package redact

import "strings"

// Rust's Debug output of a struct wraps an optional field's value in
// `Some(…)`: `Customer { id: 4829, phone: Some("5550001122"), fax: None }`.
// The key reader takes the value after `phone: ` and finds a constructor,
// not a number. rustSomePhoneSpans23 reads the key before `: Some(` as a
// column name (columnKind) and, when it names a phone, takes the value
// inside the brackets, quoted (also with escaped quotes, inside a JSON
// string) or bare, when it has a phone's characters and 7 to 15 digits.

// mayHoldRustSome23 is the cheap test: a colon and ": Some(".
func mayHoldRustSome23(sig uint32, tp *textPairs) bool {
	return sig&sigColon != 0 && tp.contains(": Some(")
}

func rustSomePhoneSpans23(s string) []span {
	var out []span
	for i := 0; ; {
		k := strings.Index(s[i:], ": Some(")
		if k < 0 {
			return out
		}
		k += i
		i = k + 7
		b := k
		for b > 0 && k-b < 40 && (isAlpha(s[b-1]) || isDigit(s[b-1]) || s[b-1] == '_') {
			b--
		}
		if b == k {
			continue
		}
		if kd, _ := columnKind(s[b:k]); kd != KindPhone {
			continue
		}
		v, q := i, ""
		switch {
		case strings.HasPrefix(s[v:], `\"`):
			v, q = v+2, `\"`
		case v < len(s) && s[v] == '"':
			v, q = v+1, `"`
		}
		e := v
		for e < len(s) && e-v < 32 && (isDigit(s[e]) || strings.IndexByte("+ .-()/", s[e]) >= 0) {
			if s[e] == ')' && q == "" {
				break
			}
			e++
		}
		if q != "" && !strings.HasPrefix(s[e:], q) || q == "" && (e >= len(s) || s[e] != ')') {
			continue
		}
		if e > v && phoneChars20(s[v:e], 7, 15) {
			out = append(out, span{start: v, end: e, kind: KindPhone})
		}
	}
}
