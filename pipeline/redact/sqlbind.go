package redact

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Bound parameters: a driver logs a statement with placeholders, then the
// values bound to them, and a value takes the kind of the column its
// placeholder stands for ("… SET full_name = $1" or "INSERT INTO t
// (recipient_name, …) VALUES (?, …)"). The value lists read here:
//
//   - PostgreSQL: DETAIL:  parameters: $1 = 'Ana Lima', $2 = '…'
//   - Hibernate: binding parameter [1] as [VARCHAR] - [Ana Lima]; Hibernate 6:
//     binding parameter (1:VARCHAR) <- [Ana Lima]
//   - lists after the statement: args=["…",…], args=('…',…), Params: […],
//     bind: […], parameters: […] (the n-th item is parameter n)
//
// Cards are left to the scanner, which checks them; a value already
// redacted is left alone.

// bindMarkers start the value lists; hasBindList reports whether s may hold one.
var bindMarkers = []string{"parameters: $", "binding parameter ", "args=[", "args=(", "Params: [", "params: [",
	"bind: [", "parameters: [", `"bind":[`, "replacements: [", `"replacements":[`} // (Sequelize: {"bind":[…]}, replacements: […])

func hasBindList(s string, tp *textPairs) bool {
	// Every marker holds "aram", "args=" or "bind: [": most texts are ruled
	// out by these three searches.
	if !tp.containsAt("aram", 3) && !(strings.IndexByte(s, '=') >= 0 && tp.contains("args=")) &&
		!(strings.IndexByte(s, '[') >= 0 && (tp.contains("bind: [") || tp.contains(`bind":[`) || tp.contains("replacements"))) {
		return false
	}
	for _, m := range bindMarkers {
		if strings.Contains(s, m) {
			return true
		}
	}
	return false
}

// bindSpans returns the spans of the bound values in s whose columns hold
// PII.
func bindSpans(s string) []span {
	d := len(s)
	for _, m := range bindMarkers {
		if p := strings.Index(s, m); p >= 0 && p < d {
			d = p
		}
	}
	if d == len(s) {
		return nil
	}
	st := statement{s: s[:d]}
	var out []span
	var secretCols secretColumns23
	add := func(n, a, e int) {
		if e <= a || e > len(s) || strings.Contains(s[a:e], "[REDACTED:") || strings.Contains(s[a:e], "[HASH:") {
			return
		}
		if k := st.kindOf(n); k != 255 && k != KindCard && boundValueFits(k, s[a:e]) {
			out = append(out, span{start: a, end: e, kind: k})
		} else if k == 255 && loneToken(s[a:e]) && secretShaped(s[a:e]) && !coordinate(s[a:e]) {
			// A value whose column is not named (the statement was not
			// logged, or binds it to no PII column) is read as a lone
			// positional argument is: by its shape.
			out = append(out, span{start: a, end: e, kind: KindCredential})
		} else if (k == 255 || k == KindCard || !boundValueFits(k, s[a:e])) && secretColumnBound23(st, n, s[a:e], &secretCols) {
			out = append(out, span{start: a, end: e, kind: KindCredential}) // a statement naming a secret column (cred23h_binds.go)
		}
	}
	// PostgreSQL: $n = '…', …
	if p := strings.Index(s, "parameters: $"); p >= 0 {
		for p += len("parameters: "); p+1 < len(s) && s[p] == '$'; {
			q := p + 1
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			n, _ := strconv.Atoi(s[p+1 : q])
			if !strings.HasPrefix(s[q:], " = ") {
				break
			}
			a := q + 3
			var e int
			if a < len(s) && s[a] == '\'' {
				a++
				e = quoted(s, a, '\'')
				add(n, a, e)
			} else {
				// An unquoted value (a number, NULL): the list goes on after it.
				e = a
				for e < len(s) && s[e] != ',' && s[e] != '\n' {
					e++
				}
			}
			p = e + 1
			for p < len(s) && (s[p] == ',' || s[p] == ' ') {
				p++
			}
		}
	}
	// Hibernate: binding parameter [n] as [TYPE] - [value]
	for off := 0; ; {
		p := strings.Index(s[off:], "binding parameter [")
		if p < 0 {
			break
		}
		p += off + len("binding parameter [")
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		off = q
		n, err := strconv.Atoi(s[p:q])
		if err != nil || !strings.HasPrefix(s[q:], "] as [") {
			continue
		}
		r := strings.Index(s[q:], "] - [")
		nl := strings.IndexByte(s[q:], '\n')
		if r < 0 || nl >= 0 && r > nl {
			continue
		}
		a := q + r + len("] - [")
		e := strings.IndexByte(s[a:], '\n')
		if e < 0 {
			e = len(s) - a
		}
		e += a
		for e > a && (s[e-1] == '\r' || s[e-1] == ' ') {
			e--
		}
		if e > a && s[e-1] == ']' {
			add(n, a, e-1)
		}
	}
	// Hibernate 6: binding parameter (n:TYPE) <- [value]
	for off := 0; ; {
		p := strings.Index(s[off:], "binding parameter (")
		if p < 0 {
			break
		}
		p += off + len("binding parameter (")
		q := p
		for q < len(s) && isDigit(s[q]) {
			q++
		}
		off = q
		n, err := strconv.Atoi(s[p:q])
		if err != nil || q >= len(s) || s[q] != ':' {
			continue
		}
		r := strings.Index(s[q:], ") <- [")
		nl := strings.IndexByte(s[q:], '\n')
		if r < 0 || r > 40 || nl >= 0 && r > nl {
			continue
		}
		a := q + r + len(") <- [")
		e := strings.IndexByte(s[a:], '\n')
		if e < 0 {
			e = len(s) - a
		}
		e += a
		for e > a && (s[e-1] == '\r' || s[e-1] == ' ') {
			e--
		}
		if e > a && s[e-1] == ']' {
			add(n, a, e-1)
		}
	}
	// Lists: the n-th item is parameter n.
	for _, m := range []string{"args=[", "args=(", "Params: [", "params: [", "bind: [", "parameters: [", `"bind":[`, "replacements: [", `"replacements":[`} {
		p := strings.Index(s, m)
		if p < 0 {
			continue
		}
		closer := byte(']')
		if m[len(m)-1] == '(' {
			closer = ')'
		}
		for p, n := p+len(m), 1; p < len(s) && s[p] != closer && n <= 64; n++ {
			for p < len(s) && (s[p] == ' ' || s[p] == ',') {
				p++
			}
			if p >= len(s) || s[p] == closer {
				break
			}
			if q := s[p]; q == '"' || q == '\'' {
				e := quoted(s, p+1, q)
				add(n, p+1, e)
				p = e + 1
				continue
			}
			for p < len(s) && s[p] != ',' && s[p] != closer {
				p++ // a number or null
			}
		}
	}
	return out
}

// quoted returns the end of a value quoted by q that starts at a (where
// the closing quote is), skipping doubled and backslash-escaped quotes.
func quoted(s string, a int, q byte) int {
	e := a
	for e < len(s) {
		switch {
		case s[e] == '\\' && e+1 < len(s):
			e += 2
			continue
		case s[e] == q && e+1 < len(s) && s[e+1] == q && q == '\'':
			e += 2
			continue
		case s[e] == q:
			return e
		}
		e++
	}
	return e
}

// statement is a logged SQL statement with placeholders.
type statement struct{ s string }

// boundValueFits reports whether a value can be of the kind its column
// says: a column named "name" may hold an order's name ("#36570"), and a
// phone column an empty or masked value.
func boundValueFits(k Kind, v string) bool {
	switch k {
	case KindName:
		r, _ := utf8.DecodeRuneInString(v)
		return unicode.IsLetter(r) && strings.IndexFunc(v, unicode.IsDigit) < 0 && !thingTitle18(v) // (a campaign's title: keys18_parts.go)
	case KindPhone:
		d := 0
		for i := 0; i < len(v); i++ {
			if isDigit(v[i]) {
				d++
			}
		}
		return d >= 6
	}
	return true
}

// kindOf is the kind of the column that parameter n is bound to, or 255.
// A statement logged with its values in place and its arguments after it
// ("INSERT … (a, b) VALUES ('…', '…'); args=('…', '…')") has no
// placeholders: the n-th argument is then the n-th column of the INSERT.
func (st statement) kindOf(n int) Kind {
	ps := st.placeholders(n)
	for _, p := range ps {
		if k, _ := columnKind(st.column(p)); k != 255 {
			return k
		}
	}
	if len(ps) == 0 {
		if cols := st.insertColumns(); n >= 1 && n <= len(cols) {
			k, _ := columnKind(cols[n-1])
			return k
		}
	}
	return 255
}

// insertColumns returns the column list of the statement's INSERT, if any.
func (st statement) insertColumns() []string {
	v := strings.Index(strings.ToUpper(st.s), "VALUES")
	if v < 0 {
		return nil
	}
	return statement{s: st.s[:v+len("VALUES")]}.columnList()
}

// columnList reads "(c1, c2, …) VALUES" at the end of the statement.
func (st statement) columnList() []string {
	head := strings.TrimRight(st.s, " ")
	if len(head) < 6 || !strings.EqualFold(head[len(head)-6:], "values") {
		return nil
	}
	cols := strings.TrimRight(head[:len(head)-6], " \n")
	if !strings.HasSuffix(cols, ")") {
		return nil
	}
	co := strings.LastIndexByte(cols, '(')
	if co < 0 {
		return nil
	}
	names := strings.Split(cols[co+1:len(cols)-1], ",")
	for i := range names {
		names[i] = strings.Trim(names[i], " \"`[]")
	}
	return names
}

// placeholders returns where parameter n stands in the statement: every
// "$n", or else the n-th '?' or "%s" outside quotes.
func (st statement) placeholders(n int) []int {
	s := st.s
	var out []int
	ref := "$" + strconv.Itoa(n)
	for off := 0; off < len(s); {
		p := strings.Index(s[off:], ref)
		if p < 0 {
			break
		}
		p += off
		off = p + len(ref)
		if off < len(s) && isDigit(s[off]) {
			continue // $1 inside $12
		}
		out = append(out, p)
	}
	if len(out) > 0 {
		return out
	}
	k := 0
	var quote byte
	for p := 0; p < len(s); p++ {
		c := s[p]
		switch {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '\'' || c == '"' || c == '`':
			quote = c
		case c == '?' || c == '%' && p+1 < len(s) && s[p+1] == 's':
			if k++; k == n {
				return []int{p} // "?" (JDBC, ODBC) or "%s" (Python's DB-API)
			}
		}
	}
	return nil
}

// column names the column a placeholder at p stands for: "col = ?" (or
// "col=$1"), or its place in an INSERT's VALUES list.
func (st statement) column(p int) string {
	s := st.s
	q := p
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	if q > 0 && s[q-1] == '=' {
		q--
		for q > 0 && s[q-1] == ' ' {
			q--
		}
		return ident(s, q)
	}
	// In "(c1, c2) VALUES (…, ?, …)": the index of p in the values list.
	open := strings.LastIndexByte(s[:p], '(')
	if open < 0 {
		return ""
	}
	idx := strings.Count(s[open:p], ",")
	names := statement{s: s[:open]}.columnList()
	if idx >= len(names) {
		return ""
	}
	return names[idx]
}

// ident reads the column name that ends at e ("t.full_name", `"imię"`).
func ident(s string, e int) string {
	c := e
	for c > 0 && (isWord(s[c-1]) || s[c-1] >= 0x80 || s[c-1] == '.' || s[c-1] == '"' || s[c-1] == '`' || s[c-1] == '[' || s[c-1] == ']') {
		c--
	}
	name := strings.Trim(s[c:e], "\"`[]")
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		name = strings.Trim(name[i+1:], "\"`[]")
	}
	return name
}
