package redact

import "strings"

// SQL literals as a statement logs them: 'text', with the national or
// escape prefix (N'…' in SQL Server, E'…' in PostgreSQL), and inside a
// dynamic statement that is itself a string (sp_executesql N'INSERT …
// VALUES (N''Given Family'', N''…'')', EXEC('…')) with doubled quotes. A
// VALUES list's literal is read by the column it is bound to either way.

// sqlLiteral20 reads the literal at p: its content [a, b) and where the
// text after it starts; ok false when no literal starts at p.
func sqlLiteral20(s string, p int) (a, b, next int, ok bool) {
	if p+1 < len(s) && (s[p] == 'N' || s[p] == 'n' || s[p] == 'E' || s[p] == 'e') && s[p+1] == '\'' {
		p++
	}
	if p >= len(s) || s[p] != '\'' {
		return 0, 0, 0, false
	}
	if p+2 < len(s) && s[p+1] == '\'' && s[p+2] != '\'' && s[p+2] != ',' && s[p+2] != ')' && s[p+2] != ' ' {
		// ''…'': a literal inside a quoted dynamic statement; it ends at
		// the next doubled quote.
		for e := p + 2; e+1 < len(s); e++ {
			if s[e] == '\'' {
				if s[e+1] != '\'' {
					return 0, 0, 0, false // a lone quote: not this form
				}
				return p + 2, e, e + 2, true
			}
		}
		return 0, 0, 0, false
	}
	e := quoted(s, p+1, '\'')
	return p + 1, e, e + 1, true
}

// A column compared to a list of literals ("WHERE phone IN ('…', '…')",
// "email NOT IN (…)") holds each of them: the literals of a column named
// for a name, an address or a phone are those values.

// mayHoldSQLIn20 is sqlInSpans20's cheap test.
func mayHoldSQLIn20(s string, tp *textPairs) bool {
	return tp.containsAt(" IN (", 4) || tp.containsAt(" in (", 4) // ('(' is rarer than ' ': index_either.go)
}

// sqlInSpans20 returns the literals of IN lists whose column names a kind.
func sqlInSpans20(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := indexFold(s[off:], " in (")
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		col := ident(s, i)
		if col == "" {
			continue
		}
		if d := strings.LastIndexByte(col, '.'); d >= 0 {
			col = col[d+1:] // "c.phone", "customers.email"
		}
		k, _ := columnKind(strings.Trim(col, "`\"[]"))
		if k != KindName && k != KindAddress && k != KindPhone {
			continue
		}
		p := i + 5
		for n := 0; p < len(s) && n < 256; n++ {
			for p < len(s) && s[p] == ' ' {
				p++
			}
			a, b, next, ok := sqlLiteral20(s, p)
			if !ok {
				break
			}
			if v := s[a:b]; b > a && !strings.Contains(v, "[REDACTED:") && boundValueFits(k, v) && (k != KindPhone || countDigits(v) >= 6 && !hasLetter(v)) {
				out = append(out, span{start: a, end: b, kind: k})
			}
			p = next
			for p < len(s) && s[p] == ' ' {
				p++
			}
			if p >= len(s) || s[p] != ',' {
				break
			}
			p++
		}
		off = max(off, p)
	}
	return out
}
