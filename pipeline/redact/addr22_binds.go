package redact

import "strings"

// Sequelize logs a statement with "?" placeholders and its bound values
// after it as a JSON array, escaped as the log line is:
//
//	Executing (default): UPDATE `customers` SET `phone`=?,`address`=?,`updatedAt`=? WHERE `id` = ?; "[\"612 …\",\"…\",\"2026-…\",172918]"
//
// The n-th value is bound to the n-th placeholder, so it is the column's:
// a value bound to a phone column is a phone (six digits or more), to an
// address column an address (a digit and a space). Columns of other
// names, and values that are not strings, are left to the other readers.

// mayHoldBindArray22 is the cheap test before bindArraySpans22.
func mayHoldBindArray22(sig uint32, tp *textPairs) bool {
	return sig&sigLBrack != 0 && (tp.contains("=?") || tp.contains("= ?"))
}

// bindArraySpans22 returns the phone and address values bound to the
// placeholders of the statements in s.
func bindArraySpans22(s string) []span {
	var out []span
	var cols []int
	for off := 0; off < len(s); {
		semi := strings.Index(s[off:], "?;")
		if semi < 0 {
			break
		}
		end := off + semi + 1
		// the statement: back to its line's start
		st := strings.LastIndexByte(s[off:end], '\n')
		if st < 0 {
			st = off
		} else {
			st += off
		}
		cols = placeholderColumns22(s[st:end], cols[:0])
		off = end + 1
		if len(cols) == 0 {
			continue
		}
		b := off
		for b < len(s) && b-off < 8 && s[b] != '[' {
			b++
		}
		if b >= len(s) || s[b] != '[' {
			continue
		}
		out = bindItems22(s, b+1, s[st:end], cols, out)
	}
	return out
}

// placeholderColumns22 returns, in order, the start in stmt of each
// column name a placeholder is bound to ("`phone`=?", "\"phone\" = ?"),
// -1 for a placeholder with no column before it.
func placeholderColumns22(stmt string, cols []int) []int {
	for i := 0; i < len(stmt); i++ {
		if stmt[i] != '?' {
			continue
		}
		j := i - 1
		for j >= 0 && stmt[j] == ' ' {
			j--
		}
		if j < 1 || stmt[j] != '=' {
			cols = append(cols, -1)
			continue
		}
		j--
		for j >= 0 && stmt[j] == ' ' {
			j--
		}
		if j < 1 || stmt[j] != '`' && stmt[j] != '"' {
			cols = append(cols, -1)
			continue
		}
		q := stmt[j]
		a := strings.LastIndexByte(stmt[:j], q)
		if a < 0 || j-a < 2 {
			cols = append(cols, -1)
			continue
		}
		cols = append(cols, a+1)
	}
	return cols
}

// bindItems22 reads the array items from p (just after "[") and adds the
// spans of those bound to phone and address columns.
func bindItems22(s string, p int, stmt string, cols []int, out []span) []span {
	for n := 0; n < len(cols) && p < len(s); n++ {
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) || s[p] == ']' {
			break
		}
		if s[p] == '"' || s[p] == '\\' {
			q := p
			for q < len(s) && s[q] == '\\' {
				q++
			}
			if q >= len(s) || s[q] != '"' {
				return out
			}
			tok := s[p : q+1] // the quote as escaped here: `"`, `\"`, `\\\"`
			a := q + 1
			e := strings.Index(s[a:], tok)
			if e < 0 || e > 300 {
				return out
			}
			e += a
			if c := cols[n]; c >= 0 {
				name := stmt[c:]
				name = name[:strings.IndexAny(name, "`\"")]
				v := s[a:e]
				switch pathClass(name) {
				case keyPhone:
					if countDigits(v) >= 6 && !strings.Contains(v, "[REDACTED:") {
						out = append(out, span{start: a, end: e, kind: KindPhone})
					}
				case keyAddress:
					if len(v) >= 8 && hasDigitByte(v) && strings.Contains(v, " ") && !strings.Contains(v, "[REDACTED:") {
						out = append(out, span{start: a, end: e, kind: KindAddress})
					}
				}
			}
			p = e + len(tok)
		} else {
			for p < len(s) && s[p] != ',' && s[p] != ']' {
				p++
			}
		}
		if p >= len(s) || s[p] != ',' {
			break
		}
		p++
	}
	return out
}

// A form-analytics collect names the field an event is about in one
// parameter and carries what was typed in another: GA4's event
// parameters ("en=form_abandon&ep.field=phone&ep.value=30549067"), a
// tracker's "field=phone&value=…". The value parameter beside a field
// parameter that names a phone is a phone (six digits or more, read
// decoded elsewhere when encoded).

// mayHoldFieldParam22 is the cheap test before fieldParamSpans22.
func mayHoldFieldParam22(tp *textPairs) bool {
	return tp.contains("field=") && tp.contains("value=")
}

// fieldParamSpans22 returns the values of the query pairs whose field
// parameter names a phone.
func fieldParamSpans22(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "field=")
		if i < 0 {
			break
		}
		i += off
		off = i + 6
		pre := i // the parameter's prefix: "ep.", "" …
		for pre > 0 && (isAlnum(s[pre-1]) || s[pre-1] == '.' || s[pre-1] == '_') {
			pre--
		}
		if pre == 0 || s[pre-1] != '&' && s[pre-1] != '?' || i-pre > 8 {
			continue
		}
		ve := off
		for ve < len(s) && s[ve] != '&' && s[ve] != ' ' && s[ve] != '"' && s[ve] != '\\' {
			ve++
		}
		if ve-off < 3 || ve-off > 40 || pathClass(s[off:ve]) != keyPhone {
			continue
		}
		// the query: to its first space or quote
		qe := ve
		for qe < len(s) && s[qe] != ' ' && s[qe] != '"' && s[qe] != '\\' && s[qe] != '\n' {
			qe++
		}
		qs := strings.LastIndexAny(s[:pre], " \"?\n")
		if qs < 0 {
			qs = 0
		}
		key := "&" + s[pre:i] + "value="
		k := strings.Index(s[qs:qe], key)
		if k < 0 {
			continue
		}
		a := qs + k + len(key)
		e := a
		for e < qe && s[e] != '&' {
			e++
		}
		if v := s[a:e]; countDigits(v) >= 6 && !strings.Contains(v, "[REDACTED:") {
			out = append(out, span{start: a, end: e, kind: KindPhone})
		}
	}
	return out
}
