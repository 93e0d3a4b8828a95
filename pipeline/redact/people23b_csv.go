package redact

import "strings"

// A column that names the person a record is about ("victim" of an IOC
// export, "reporter", "complainant", "data_subject", or any column the key
// tables read as a name) holds whatever identifies that person: an e-mail
// address in one row, a name in the next, a phone number in a third. Under
// such a header a cell shaped as a person's name, in any case, is a name; a cell shaped
// as a phone number (seven to fifteen digits in the groups people type, a
// "+", "tel:"; not an IP address or a date) is a phone when another cell
// of the column holds an e-mail address or a name — the column is one of
// people, not of accounts' numbers.

// personColumnWords23b are the headers, normalised, that name the person
// a security or privacy record is about.
var personColumnWords23b = setOf("victim", "victims", "affecteduser", "affectedperson", "affectedcustomer",
	"reporter", "reportedby", "complainant", "datasubject", "targetperson", "impersonated")

// mayHoldPersonColumn23b is the cheap test before personColumnSpans23b.
func mayHoldPersonColumn23b(sig uint32, tp *textPairs) bool {
	return sig&sigNL != 0 && sig&(sigComma|sigTab|sigSemi|sigPipe) != 0 &&
		(tp.contains("ictim") || tp.contains("eport") || tp.contains("omplain") || tp.contains("ubject") ||
			tp.contains("ffected") || tp.contains("mpersonat"))
}

// personColumnSpans23b returns the names and phones under person columns.
func personColumnSpans23b(s string, have []span, out []span) []span {
	h, ok := findHeader(s)
	if !ok {
		return out
	}
	cols := splitRow23b(s[h.start:h.end], h.sep, nil)
	var person []bool
	anyCol := false
	for _, c := range cols {
		f := strings.Trim(strings.TrimSpace(c.text), `"`)
		var buf [64]byte
		nk := string(normKey(buf[:0], strings.ReplaceAll(f, " ", "")))
		k, _ := columnKind(f)
		on := personColumnWords23b[nk] || k == KindName
		person = append(person, on)
		anyCol = anyCol || on
	}
	if !anyCol {
		return out
	}
	type cell struct {
		a, b int
		col  int
	}
	var cells []cell
	for p := h.end + 1; p < len(s); {
		le := csvRowLen(s[p:])
		for i, c := range splitRow23b(s[p:p+le], h.sep, nil) {
			if i < len(person) && person[i] {
				a, b := p+c.a, p+c.a+len(c.text)
				for a < b && (s[a] == ' ' || s[a] == '"') {
					a++
				}
				for b > a && (s[b-1] == ' ' || s[b-1] == '"' || s[b-1] == '\r') {
					b--
				}
				if b > a {
					cells = append(cells, cell{a, b, i})
				}
			}
		}
		p += le + 1
	}
	// evidence: a column holding an e-mail address or a name
	people := make([]bool, len(person))
	for _, c := range cells {
		v := s[c.a:c.b]
		if strings.HasPrefix(v, "[REDACTED:email]") || strings.HasPrefix(v, "[REDACTED:name]") || strings.IndexByte(v, '@') > 0 ||
			spanKindIn23b(have, c.a, c.b, KindEmail) || spanKindIn23b(have, c.a, c.b, KindName) || personName23(v, false) {
			people[c.col] = true
		}
	}
	for _, c := range cells {
		v := s[c.a:c.b]
		if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || strings.IndexByte(v, '@') >= 0 {
			continue
		}
		var buf [64]byte
		f := strings.Trim(strings.TrimSpace(cols[c.col].text), `"`)
		mine := personColumnWords23b[string(normKey(buf[:0], strings.ReplaceAll(f, " ", "")))]
		switch {
		case mine && personName23(v, true): // the header names the person: any case
			out = append(out, span{start: c.a, end: c.b, kind: KindName})
		case people[c.col] && phoneCell23b(v):
			a := c.a
			if strings.HasPrefix(v, "tel:") {
				a += 4
			}
			out = append(out, span{start: a, end: c.b, kind: KindPhone})
		}
	}
	return out
}

// rowCell23b is one cell of a row: its offset in the row and its text.
type rowCell23b struct {
	a    int
	text string
}

// splitRow23b splits a row at sep outside quotes.
func splitRow23b(row string, sep byte, dst []rowCell23b) []rowCell23b {
	inq, cs := false, 0
	for q := 0; q <= len(row); q++ {
		if q < len(row) && row[q] == '"' {
			inq = !inq
		}
		if q < len(row) && (inq || row[q] != sep) {
			continue
		}
		dst = append(dst, rowCell23b{cs, row[cs:q]})
		cs = q + 1
	}
	return dst
}

// spanKindIn23b reports a span of kind k inside [a, b).
func spanKindIn23b(have []span, a, b int, k Kind) bool {
	for _, sp := range have {
		if sp.kind == k && sp.start >= a && sp.end <= b {
			return true
		}
	}
	return false
}

// phoneCell23b reports a cell shaped as a phone number: "tel:" or "+"
// allowed first, seven to fifteen digits in groups of spaces, dashes, dots,
// slashes or brackets; not an IPv4 address, a date or a time.
func phoneCell23b(v string) bool {
	v = strings.TrimPrefix(v, "tel:")
	d, dots := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			d++
		case c == '.':
			dots++
		case c == '+' && (i == 0 || i == 1 && v[0] == '('), c == '(' && i <= 1, c == ')', c == ' ', c == '-', c == '/':
		default:
			return false
		}
	}
	if d < 7 || d > 15 || dots == 3 && strings.Count(v, ".") == 3 && ipv4Like23b(v) {
		return false
	}
	return !(len(v) == 10 && v[4] == '-' && v[7] == '-')
}

// ipv4Like23b reports four dotted groups of one to three digits.
func ipv4Like23b(v string) bool {
	for _, g := range strings.Split(v, ".") {
		if len(g) == 0 || len(g) > 3 || strings.Trim(g, "0123456789") != "" {
			return false
		}
	}
	return true
}
