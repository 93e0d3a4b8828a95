package redact

import "strings"

// Quoted positional arguments of a call that carries a buyer's record
// (names_args.go: the list holds other PII a reader found), in the shapes
// the list readers leave: a CJK name written whole ("권은지", "佐藤真由美":
// cjkNameR27), an address read by its parts in any script when another
// argument is the person's name ("Karl Johans gate 357, 2044 Stavanger":
// res27Address), and a phone set apart by dots ("915.58.462",
// "0721.696579"). Digits in one piece stay: an id's shape as often.

// argSpansR27 returns the arguments read so in the lists of s.
func argSpansR27(s string, have []span) []span {
	var out []span
	eachArgList(s, func(items []argItem) {
		if len(items) >= 3 && (listHoldsPII(s, items, have) || nameAndAddressR27(s, items)) {
			out = argItemsR27(s, items, have, out)
		}
	})
	return out
}

// nameAndAddressR27 reports a list whose items hold both a person's name
// and an address by its parts, each the other's evidence.
func nameAndAddressR27(s string, items []argItem) bool {
	name, addr := false, false
	for _, it := range items {
		a, b := it.trimmed(s)
		if b-a < 4 {
			continue
		}
		v := s[a:b]
		switch {
		case strings.Contains(v, ", ") && res27Address(v):
			addr = true
		case cjkNameR27(v) || argName(v) && roleName(v):
			name = true
		}
	}
	return name && addr
}

// argItemsR27 appends the items of one list read so.
func argItemsR27(s string, items []argItem, have, out []span) []span {
	listed := listHoldsPII(s, items, have) // (else a name and an address by their shapes: both go)
	named := false
	for _, it := range items {
		a, b := it.trimmed(s)
		if b-a < 2 {
			continue
		}
		v := s[a:b]
		if strings.HasPrefix(v, "[REDACTED:name") || spanKindIsR27(have, a, b, KindName) || cjkNameR27(v) || argName(v) && roleName(v) {
			named = true
		}
	}
	for _, it := range items {
		a, b := it.trimmed(s)
		if b-a < 2 || overlapsAny(have, a, b) || overlapsAny(out, a, b) || strings.Contains(s[a:b], "[REDACTED:") {
			continue
		}
		v := s[a:b]
		switch {
		case cjkNameR27(v) || !listed && argName(v) && roleName(v):
			out = append(out, span{start: a, end: b, kind: KindName})
		case named && strings.Contains(v, ", ") && res27Address(v):
			out = append(out, span{start: a, end: b, kind: KindAddress})
		case isDigit(v[0]) && strings.IndexByte(v, '.') > 0 && (phoneShaped24(v) || twoDotPhoneR27(v)):
			out = append(out, span{start: a, end: b, kind: KindPhone})
		}
	}
	return out
}

// spanKindIsR27 reports a span of kind k of sp covering [a, b).
func spanKindIsR27(sp []span, a, b int, k Kind) bool {
	for _, x := range sp {
		if x.start <= a && x.end >= b && x.kind == k {
			return true
		}
	}
	return false
}

// The rows of a multi-row INSERT (nam24_tuples.go) whose name column is
// written in Chinese, Japanese or Korean: a column whose quoted cells are
// each a CJK name written whole (cjkNameR27) or a name's marker, in two
// rows or more of a statement that holds other PII of its rows, is a
// column of names ("VALUES (9283,'田中大翔','[…iban]',…),(5831,'鈴木真由美',…)").

// insertCJKSpansR27 returns the CJK name cells of the multi-row INSERTs of s.
func insertCJKSpansR27(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		p := indexValues24(s, off)
		if p < 0 {
			break
		}
		var rows [][]cell24
		q := p
		for q < len(s) && s[q] == '(' && len(rows) < 256 {
			row, e := tupleCells24(s, q+1)
			if e < 0 {
				break
			}
			rows = append(rows, row)
			q = e + 1
			if q < len(s) && s[q] == ',' {
				q++
			}
			for q < len(s) && (s[q] == ' ' || s[q] == '\n') {
				q++
			}
		}
		if q <= p {
			q = p + 1
		}
		off = q
		if len(rows) >= 2 {
			out = insertCJKColumnsR27(s, rows, have, out)
		}
	}
	return out
}

// insertCJKColumnsR27 appends the CJK name cells of rows, read by column.
func insertCJKColumnsR27(s string, rows [][]cell24, have, out []span) []span {
	width := len(rows[0])
	pii := false
	for _, r := range rows {
		if len(r) != width {
			return out
		}
		for _, c := range r {
			if k := markerKind24(s[c.a:c.b]); c.quoted && (k != "" && k != "name" || overlapsOtherKind24(have, c.a, c.b, KindName)) {
				pii = true
			}
		}
	}
	if !pii {
		return out
	}
	for col := 0; col < width; col++ {
		names := 0
		for _, r := range rows {
			c := r[col]
			v := s[c.a:c.b]
			if !c.quoted || !(cjkNameR27(v) || markerKind24(v) == "name" || spanKindIsR27(have, c.a, c.b, KindName)) {
				names = -1
				break
			}
			names++
		}
		if names < 2 {
			continue
		}
		for _, r := range rows {
			if c := r[col]; !overlapsAny(have, c.a, c.b) && cjkNameR27(s[c.a:c.b]) {
				out = append(out, span{start: c.a, end: c.b, kind: KindName})
			}
		}
	}
	return out
}
