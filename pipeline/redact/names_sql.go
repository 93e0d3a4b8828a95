package redact

import "strings"

// SQL and ORM shapes around names: the pairs of ActiveRecord's binds
// against a statement's column list, a model's action in ActiveRecord's
// log line, and MySQL's duplicate entry, whose index names the column.

// pairCloses reports whether the quoted value at q closes its pair:
// ActiveRecord's [["first_name", "Given"], …] and Python's ("name", "…")
// are pairs, a statement's column list ("first_name", "last_name",
// "email") is not: its second item is followed by a third.
func pairCloses(s string, q int) bool {
	if q >= len(s) {
		return false
	}
	e := quoted(s, q+1, s[q]) // sqlbind.go
	if e < 0 || e >= len(s) {
		return false
	}
	v := s[q+1 : e]
	e++
	for e < len(s) && s[e] == ' ' {
		e++
	}
	if e < len(s) && s[e] == ')' && sqlIdent(v) {
		// ("full_name", "email") VALUES (…): a column list of two
		if t := strings.TrimLeft(s[e+1:], " "); len(t) >= 6 && (strings.EqualFold(t[:6], "values") || strings.EqualFold(t[:6], "select")) {
			return false
		}
	}
	return e >= len(s) || s[e] == ']' || s[e] == ')'
}

// sqlIdent reports a column's name as statements write it: lower-case
// letters, digits and '_'.
func sqlIdent(v string) bool {
	if len(v) < 2 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !(c >= 'a' && c <= 'z' || isDigit(c) || c == '_') {
			return false
		}
	}
	return true
}

func init() {
	// A model's action in ActiveRecord's log ("Customer Create (0.4ms)",
	// "Buyer Load (0.2ms)") follows a role word without naming a person
	// (word.go's notNames).
	for _, w := range []string{"create", "load", "destroy", "exists", "count", "pluck", "insert", "delete", "upsert",
		"exists?", "sum", "average", "maximum", "minimum", "bulk"} {
		notNames[w] = true
	}
}

// mayHoldDuplicateEntry is the cheap test before duplicateEntrySpans.
func mayHoldDuplicateEntry(s string, sig uint32) bool {
	return sig&sigApos != 0 && strings.Contains(s, "Duplicate entry '")
}

// duplicateEntrySpans returns the values of MySQL's "Duplicate entry
// '<value>' for key '<index>'" whose index names a column of people's
// names ("customers.uniq_full_name", "recipient_name_date"): the entry is
// that column's value (a composite index's values joined by '-': the name
// is the part before the first '-' that no name holds, read as a whole).
func duplicateEntrySpans(s string) []span {
	var out []span
	for p := 0; p < len(s); {
		i := strings.Index(s[p:], "Duplicate entry '")
		if i < 0 {
			break
		}
		a := p + i + len("Duplicate entry '")
		e := quoted(s, a, '\'')
		p = a
		if e < 0 || e >= len(s) || e-a > 200 {
			continue
		}
		p = e + 1
		rest := s[e+1:]
		if !strings.HasPrefix(rest, " for key '") {
			continue
		}
		ka := e + 1 + len(" for key '")
		ke := strings.IndexByte(s[ka:], '\'')
		if ke < 0 || ke > 120 {
			continue
		}
		if !indexOfNames(s[ka : ka+ke]) {
			continue
		}
		v := s[a:e]
		if roleName(v) || argName(v) {
			out = append(out, span{a, e, KindName, 0})
			continue
		}
		// A composite key: "Given Family-2026-12-05", "Given Family-42".
		if d := strings.IndexByte(v, '-'); d > 0 && (roleName(v[:d]) || argName(v[:d])) {
			out = append(out, span{a, a + d, KindName, 0})
		}
	}
	return out
}

// indexOfNames reports an index whose name names a column of people's
// names: a part of it ("uniq_full_name", "customers.recipient_name_date")
// is a name key.
func indexOfNames(idx string) bool {
	idx = idx[strings.LastIndexByte(idx, '.')+1:]
	parts := strings.FieldsFunc(idx, func(r rune) bool { return r == '_' || r == '-' })
	var buf [64]byte
	for i := range parts {
		for j := i + 1; j <= len(parts) && j <= i+3; j++ {
			k := strings.Join(parts[i:j], "_")
			if len(k) > 48 {
				break
			}
			if c := keyClass(normKey(buf[:0], k)); c == keyName {
				return true
			}
		}
	}
	return false
}
