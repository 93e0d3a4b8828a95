package redact

import "strings"

// Mapping and validation errors in any language (after leak25_fieldvalue.go):
// a sync job that cannot map a value names the field by its path and quotes
// the value, in the words of whatever language its messages are in —
// `字段 receiver_address.street_name 的值「…」`, `поле buyer.name со
// значением «…»`, `shipping_address.address1 alanı '…'`, `フィールド
// buyer.name の値 "…"`, `field=buyer.name value=… order=…`. A path (a
// token with '.' or '_') whose last part names a name, an address or a
// phone, then at most three words and no punctuation, then a quoted value:
// the value is what the path names. Magento's validator puts the field after
// the value (`Invalid value of "…" provided for the street field.`): a
// quoted value followed on its line by `<key> field`.

// mayHoldFieldValue28 is the cheap test: a quote after a space, "value=",
// or (with bytes beyond ASCII) a guillemet, a corner bracket or a curly
// quote.
func mayHoldFieldValue28(s string, sig uint32) bool {
	if len(s) < 16 || sig&(sigQuote|sigApos|sigEq|sigHigh) == 0 {
		return false
	}
	if sig&sigQuote != 0 && afterSpace28(s, '"') || sig&sigApos != 0 && afterSpace28(s, '\'') ||
		sig&sigEq != 0 && strings.Contains(s, "value=") {
		return true
	}
	return sig&sigHigh != 0 && (strings.Contains(s, "«") || strings.Contains(s, "「") || strings.Contains(s, "“"))
}

// afterSpace28 reports a byte q right after a space: the byte is looked
// for, being rarer than spaces.
func afterSpace28(s string, q byte) bool {
	for i := 1; i < len(s); {
		j := strings.IndexByte(s[i:], q)
		if j < 0 {
			return false
		}
		i += j
		if s[i-1] == ' ' {
			return true
		}
		i++
	}
	return false
}

// fieldQuotes28 are the openings of a quoted value and their closings; a
// straight quote opens one after a space.
var fieldQuotes28 = [...][2]string{{" \"", "\""}, {" '", "'"}, {"«", "»"}, {"「", "」"}, {"“", "”"}}

func fieldValueSpans28(s string, sig uint32) []span {
	var out []span
	for n, fq := range fieldQuotes28 {
		if n >= 2 && sig&sigHigh == 0 {
			break
		}
		for i := 0; i < len(s); {
			j := strings.Index(s[i:], fq[0])
			if j < 0 {
				break
			}
			i += j
			q := i
			if n < 2 {
				q++ // the quote after the space
			}
			if sp, ok := quotedFieldValue28(s, q, len(fq[0])-(q-i), fq[1]); ok {
				out = append(out, sp)
				i = sp.end + len(fq[1])
				continue
			}
			i = q + 1
		}
	}
	for i := 0; i < len(s); {
		j := strings.Index(s[i:], " value=")
		if j < 0 {
			break
		}
		i += j
		if sp, ok := unquotedFieldValue28(s, i); ok {
			out = append(out, sp)
			i = sp.end
			continue
		}
		i += len(" value=")
	}
	return out
}

// quotedFieldValue28 reads the value whose opening quote (of ql bytes) is
// at i and closes with close, named by a path before it, a field after it
// or the path that opens its clause.
func quotedFieldValue28(s string, i, ql int, close string) (span, bool) {
	v := i + ql
	e := strings.Index(s[v:min(len(s), v+160)], close)
	if e <= 0 {
		return span{}, false
	}
	e += v
	val := s[v:e]
	if strings.IndexByte(val, '\n') >= 0 || strings.Contains(val, "[REDACTED:") {
		return span{}, false
	}
	kind, ok := fieldBefore28(s, i)
	if !ok {
		kind, ok = fieldAfter28(s, e+len(close))
	}
	if !ok {
		kind, ok = clauseField28(s, i)
	}
	if !ok || kind == KindPhone && !phoneChars20(val, 7, 16) {
		return span{}, false
	}
	return span{start: v, end: e, kind: kind}, true
}

// fieldBefore28 reads back from a value's opening quote at q over at most
// three words to a field's path and returns the kind it names.
func fieldBefore28(s string, q int) (Kind, bool) {
	p := q
	lo := max(0, q-72)
	for w := 0; w <= 3; w++ {
		for p > lo && s[p-1] == ' ' {
			p--
		}
		e := p
		for p > lo && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '.' || s[p-1] == '[' || s[p-1] == ']' || s[p-1] == '-' || s[p-1] >= 0x80) {
			p--
		}
		if p == e {
			return 0, false
		}
		tok := s[p:e]
		if p > lo && s[p-1] != ' ' && s[p-1] != '=' && s[p-1] != '\t' {
			return 0, false // "(order.name …", a quoted key: no bare path
		}
		if strings.IndexByte(tok, '.') > 0 || strings.IndexByte(tok, '_') > 0 {
			return pathKind28(strings.TrimRight(tok, "."))
		}
		if hasDigit28(tok) {
			return 0, false
		}
	}
	return 0, false
}

// fieldAfter28 reads "… provided for the <key> field" after a value's
// closing quote at c: the word before " field" on the same line names it.
func fieldAfter28(s string, c int) (Kind, bool) {
	w := s[c:min(len(s), c+56)]
	if nl := strings.IndexByte(w, '\n'); nl >= 0 {
		w = w[:nl]
	}
	f := strings.Index(w, " field")
	if f <= 0 || f+6 < len(w) && isAlnum(w[f+6]) || strings.ContainsAny(w[:f], `"'«「`) {
		return 0, false
	}
	b := f
	for b > 0 && (isAlnum(w[b-1]) || w[b-1] == '_' || w[b-1] == '.') {
		b--
	}
	if b == f || b == 0 || w[b-1] != ' ' {
		return 0, false
	}
	return pathKind28(w[b:f])
}

// unquotedFieldValue28 reads "field=<path> value=<value> <key>=…" at the
// space before "value=": the value runs to the next key or the line's end.
func unquotedFieldValue28(s string, sp int) (span, bool) {
	v := sp + 7
	if v >= len(s) || s[v] == '"' || s[v] == '\'' || s[v] == ' ' {
		return span{}, false
	}
	k, ok := fieldBefore28(s, sp+1)
	if !ok || sp == 0 {
		return span{}, false
	}
	if p := strings.LastIndexByte(s[max(0, sp-72):sp], '='); p < 0 || strings.ContainsAny(s[max(0, sp-72)+p:sp], ` "'`) {
		return span{}, false // the path itself is a key's value: "field=<path>"
	}
	e := v
	for e < len(s) && s[e] != '\n' && e-v < 160 {
		if s[e] == ' ' {
			t := e + 1
			for t < len(s) && (isAlnum(s[t]) || s[t] == '_' || s[t] == '.') {
				t++
			}
			if t > e+1 && t < len(s) && s[t] == '=' {
				break
			}
		}
		e++
	}
	for e > v && s[e-1] == ' ' {
		e--
	}
	val := s[v:e]
	if e == v || strings.Contains(val, "[REDACTED:") || k == KindPhone && !phoneChars20(val, 7, 16) {
		return span{}, false
	}
	return span{start: v, end: e, kind: k}, true
}

// pathKind28 names what a field's path holds by its last part, then whole.
func pathKind28(path string) (Kind, bool) {
	if len(path) < 3 || len(path) > 64 {
		return 0, false
	}
	last := path[strings.LastIndexByte(path, '.')+1:]
	var cls int
	if strings.EqualFold(last, "name") {
		if len(last) == len(path) {
			return 0, false // a bare "name": a product's or a file's as often as a person's
		}
		cls = pairClass(path) // "buyer.name", not "product.name"
	} else if cls = pairClass(last); cls == keyNone {
		cls = pairClass(path)
	}
	switch cls {
	case keyName:
		return KindName, true
	case keyAddress:
		return KindAddress, true
	case keyPhone:
		return KindPhone, true
	}
	return 0, false
}

func hasDigit28(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// clauseField28 reads a GraphQL or form error's "<path>: <message> (value
// "…")": the quoted value after the word "value" belongs to the path that
// opens the clause on the same line.
func clauseField28(s string, q int) (Kind, bool) {
	b := strings.TrimSuffix(s[max(0, q-120):q], " ")
	if !strings.HasSuffix(b, "value") {
		return 0, false
	}
	if nl := strings.LastIndexByte(b, '\n'); nl >= 0 {
		b = b[nl+1:]
	}
	for c := strings.LastIndex(b, ": "); c > 0; c = strings.LastIndex(b[:c], ": ") {
		p := c
		for p > 0 && (isAlnum(b[p-1]) || b[p-1] == '_' || b[p-1] == '.' || b[p-1] == '[' || b[p-1] == ']') {
			p--
		}
		if tok := b[p:c]; p < c && (strings.IndexByte(tok, '.') > 0 || strings.IndexByte(tok, '_') > 0) {
			return pathKind28(tok)
		}
	}
	return 0, false
}
