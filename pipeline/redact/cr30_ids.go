package redact

import "strings"

// A request's id where a key or a column names it (cr30): random letters
// and digits ("R" and twenty more, "rid-…", "X-…") read as an issued key
// when they stand alone in a cell or a bound argument (lone.go), but the
// row's own key says what they are. The lone-secret reading keeps a
// token whose key is a request, correlation, trace or span id:
//
//   - a bound pair, as Rails logs its binds: [["request_id", "…"]];
//   - a column of CSV or TSV text whose header line names it;
//   - a value of an SQL INSERT whose column list names it.

// requestIDKey30 reports a key, as written, that names a request's id.
func requestIDKey30(k string) bool {
	if len(k) < 5 || len(k) > 40 {
		return false
	}
	var buf [40]byte
	nk := bytesToString(normKey(buf[:0], k))
	for _, t := range [...]string{"requestid", "reqid", "correlationid", "traceid", "spanid"} {
		if strings.HasSuffix(nk, t) {
			return true
		}
	}
	return false
}

// requestIDCell30 reports that the token at i, opened by s[p] (a quote
// or a row's separator), is the value of a request id's key.
func requestIDCell30(s string, p, i int) bool {
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	if ls > 0 {
		if h, ok := findHeader(s); ok && h.end < ls {
			if k, ok := headerFieldAt30(s, h, ls, i); ok {
				return requestIDKey30(k)
			}
		}
	}
	if s[p] == '"' || s[p] == '\'' {
		// [["request_id", "…"]]
		q := p
		if q >= 2 && s[q-1] == ' ' && s[q-2] == ',' {
			q -= 2
			if q >= 1 && s[q-1] == s[p] {
				e := q - 1
				st := strings.LastIndexByte(s[:e], s[p])
				if st >= 0 && e-st <= 41 && requestIDKey30(s[st+1:e]) {
					return true
				}
			}
		}
		return insertColumnAt30(s, ls, p)
	}
	return false
}

// headerFieldAt30 returns the header's field over the cell at i of the
// row that starts at ls.
func headerFieldAt30(s string, h csvHeader, ls, i int) (string, bool) {
	col := 0
	inq := false
	for k := ls; k < i; k++ {
		switch s[k] {
		case '"':
			inq = !inq
		case h.sep:
			if !inq {
				col++
			}
		}
	}
	for f, a := 0, h.start; a <= h.end; f++ {
		b := strings.IndexByte(s[a:h.end], h.sep)
		if b < 0 {
			b = h.end
		} else {
			b += a
		}
		if f == col {
			return strings.Trim(strings.TrimSpace(s[a:b]), `"`), true
		}
		a = b + 1
	}
	return "", false
}

// insertColumnAt30 reports a value, opened by the quote at p, of an SQL
// INSERT on the line at ls whose column list names a request id there.
func insertColumnAt30(s string, ls, p int) bool {
	line := s[ls:p]
	v := strings.LastIndex(line, "VALUES (")
	if v < 0 {
		v = strings.LastIndex(line, "values (")
	}
	if v < 0 {
		return false
	}
	n := 0
	inq := false
	for k := v + len("VALUES ("); k < len(line); k++ {
		switch line[k] {
		case '\'':
			inq = !inq
		case ',':
			if !inq {
				n++
			}
		}
	}
	ce := strings.LastIndexByte(line[:v], ')')
	cs := strings.LastIndexByte(line[:max(ce, 0)], '(')
	if ce < 0 || cs < 0 {
		return false
	}
	cols := strings.Split(line[cs+1:ce], ",")
	return n < len(cols) && requestIDKey30(strings.Trim(strings.TrimSpace(cols[n]), "`\""))
}
