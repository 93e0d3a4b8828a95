package redact

import "strings"

// Pairs whose key is a value of its own, in the shapes other stacks log.
//
//	- name: SMTP_PASSWORD           Kubernetes env lists, any YAML list of
//	  value: '…'                    name/value (or key/value) pairs
//	cs3=… cs3Label=mysqlPwd         CEF custom fields: the label names the value
//	Exception.Data: [Passwd, …]     .NET's exception data, "[Key, Value]" pairs
//
// The key is never redacted itself (an env var's name is no person's
// name); the value is read as that key's value.

// yamlPair29 reads a YAML pair from its name at k (after "name: " or
// "key: "): the name, unquoted or quoted, alone on its line, and the next
// line's "value: " (a line break real or escaped). It returns where
// scanning resumes, and false when the name has no such value line.
func (sc *scanner) yamlPair29(k int) (int, bool) {
	s := sc.s
	a := k
	for a < len(s) && a-k < 3 && s[a] == ' ' {
		a++
	}
	var q byte
	if a < len(s) && (s[a] == '"' || s[a] == '\'') {
		q = s[a]
		a++
	}
	e := a
	for e < len(s) && e-a <= 64 && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == '.') {
		e++
	}
	if e == a || e-a > 64 {
		return 0, false
	}
	p := e
	if q != 0 {
		if p >= len(s) || s[p] != q {
			return 0, false
		}
		p++
	}
	for p < len(s) && (s[p] == ' ' || s[p] == '\r') {
		p++
	}
	switch {
	case p < len(s) && s[p] == '\n':
		p++
	case strings.HasPrefix(s[p:], `\n`):
		p += 2
	case strings.HasPrefix(s[p:], `\r\n`):
		p += 4
	default:
		return 0, false
	}
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if !strings.HasPrefix(s[p:], "value:") && !strings.HasPrefix(s[p:], "Value:") {
		return 0, false
	}
	p += len("value:")
	for p < len(s) && s[p] == ' ' {
		p++
	}
	name := s[a:e]
	cls := pairClass(name)
	if cls == keyNone && isUpper(name[0]) && allLowerAfter29(name) {
		return 0, false // "- name: Olga": a record's own name, read as usual
	}
	return sc.classValue(cls, name, p), true
}

// allLowerAfter29 reports a word whose letters after its first are all
// lower case.
func allLowerAfter29(w string) bool {
	for i := 1; i < len(w); i++ {
		if !(w[i] >= 'a' && w[i] <= 'z') {
			return false
		}
	}
	return len(w) > 1
}

// cefLabelled29 reads a CEF custom field's value at k ("cs3=…") by the key
// its label gives ("cs3Label=mysqlPwd", before or after it): the whole
// value, up to the next key, as cellKind takes it, or else as classValue
// reads it. It reports false for a key with no label or a label of no
// interest.
func (sc *scanner) cefLabelled29(ks, j, k int) (int, bool) {
	s := sc.s
	if j-ks < 3 || j-ks > 20 || !isDigit(s[j-1]) || k == 0 || s[k-1] != '=' || !isAlpha(s[ks]) {
		return 0, false
	}
	key := s[ks:j]
	l := -1
	for off := 0; off < len(s); {
		p := strings.Index(s[off:], "Label=")
		if p < 0 {
			break
		}
		p += off
		off = p + len("Label=")
		if q := p - len(key); q >= 0 && s[q:p] == key && (q == 0 || userKeyBoundary23(s[q-1])) {
			l = q
			break
		}
	}
	if l < 0 {
		return 0, false
	}
	la, le := cefValue23(s, l+len(key)+len("Label="))
	if le <= la || le-la > 48 {
		return 0, false
	}
	label := s[la:le]
	cls := pairClass(label)
	switch cls {
	case keyNone:
		return 0, false
	case keyCred, keyCard, keyName, keyAddress, keyPhone:
		a, e := cefValue23(s, k)
		if e <= a {
			return k, true
		}
		if kind, ok := cellKind(cls, s[a:e]); ok && sc.emit(a, e, kind, 0) {
			return e, true
		}
		return e, true
	}
	return sc.classValue(cls, label, k), true
}

// bracketPair29 reads a bracketed pair "[Key, Value]" from its key at i
// (ending at j, at the comma): a key of one word in a run of such pairs
// (".NET's Exception.Data: [Key, Value] [Key, Value]"). The value runs to
// the pair's closing bracket (markers inside it skipped). It returns where
// scanning resumes, or 0.
func (sc *scanner) bracketPair29(i, j int) int {
	s := sc.s
	if j+2 >= len(s) || s[j+1] != ' ' || i < 2 || j-i > 40 {
		return 0
	}
	// A run of pairs: after ": " or another pair's "] ".
	if s[i-2] != ' ' || i < 3 || s[i-3] != ':' && s[i-3] != ']' {
		return 0
	}
	v := j + 2
	e := v
	for e < len(s) && e-v < 160 && s[e] != ']' && s[e] != '\n' {
		if s[e] == '[' {
			m := markerEnd(s, e)
			if m == 0 {
				return 0
			}
			e = m
			continue
		}
		e++
	}
	if e >= len(s) || s[e] != ']' || e == v || e+1 < len(s) && s[e+1] != ' ' && s[e+1] != '\n' && s[e+1] != '\r' && s[e+1] != '"' && s[e+1] != '\\' {
		return 0
	}
	var buf [48]byte
	cls := keyClass(normKey(buf[:0], s[i:j]))
	switch cls {
	case keyCred, keyCard, keyName, keyAddress, keyPhone:
		if kind, ok := cellKind(cls, s[v:e]); ok && sc.emit(v, e, kind, 0) {
			return e + 1
		}
		return v
	}
	return sc.classValue(cls, s[i:j], v)
}

// escapeSep29 reports a JSON escape's letter at i ("\t", "\n", "\r" in raw
// text: a dead letter's JSON cut off before it could be parsed): the
// escape separates what is on either side of it.
func escapeSep29(s string, i int) bool {
	if i == 0 || s[i-1] != '\\' || s[i] != 't' && s[i] != 'n' && s[i] != 'r' {
		return false
	}
	if i+2 < len(s) && isUpper(s[i+1]) && (s[i+2] >= 'a' && s[i+2] <= 'z' || s[i+2] >= 0x80) {
		return false // "\nGiven Family": a capitalised word, left to the readers of escaped lines
	}
	b := 1
	for i-1-b >= 0 && s[i-1-b] == '\\' {
		b++
	}
	return b%2 == 1
}
