package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// PostgreSQL's COPY text format, as pg_dump, pg_restore and psql echo it:
//
//	COPY public.customers (id, full_name, email, phone, street, …) FROM stdin;
//	581681	<name>	<e-mail>	<phone>	<street>	…
//	\.
//
// Each row is tab-separated in the order of the column list; `\N` is NULL.
// A cell is read as its column names it (columnKind: name, address,
// phone, credential keys in any of their languages), as rows under a
// header are.

// mayHoldCopyRows is copyRowSpans's cheap test.
func mayHoldCopyRows(s string, sig uint32) bool {
	return sig&sigTab != 0 && sig&sigLParen != 0 && (strings.Contains(s, "stdin") || strings.Contains(s, "STDIN"))
}

// copyRowSpans returns the cells of COPY … FROM stdin rows whose column
// names a kind of PII.
func copyRowSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		f := indexFold(s[off:], "from stdin")
		if f < 0 {
			break
		}
		f += off
		off = f + 10
		head := s[strings.LastIndexByte(s[:f], '\n')+1 : f]
		c := indexFold(head, "copy ")
		if c < 0 {
			continue
		}
		head = strings.TrimRight(head[c:], " ")
		if !strings.HasSuffix(head, ")") {
			continue
		}
		o := strings.IndexByte(head, '(')
		if o < 0 {
			continue
		}
		cols := strings.Split(head[o+1:len(head)-1], ",")
		kinds := make([]Kind, len(cols))
		any := false
		for i, col := range cols {
			kinds[i], _ = columnKind(strings.Trim(col, " \"`"))
			if kinds[i] == KindCard {
				kinds[i] = 255 // cards are the scanner's: Luhn and issuer decide
			}
			any = any || kinds[i] != 255
		}
		nl := strings.IndexByte(s[off:], '\n')
		if !any || nl < 0 {
			continue
		}
		p := off + nl + 1
		for p < len(s) {
			e := strings.IndexByte(s[p:], '\n')
			if e < 0 {
				e = len(s)
			} else {
				e += p
			}
			row := s[p:e]
			if row == `\.` || strings.HasPrefix(row, `\.`) || strings.IndexByte(row, '\t') < 0 {
				break
			}
			col, cs := 0, p
			for q := p; q <= e && col < len(kinds); q++ {
				if q < e && s[q] != '\t' {
					continue
				}
				if v := s[cs:q]; kinds[col] != 255 && copyCellFits(kinds[col], v) {
					out = append(out, span{start: cs, end: q, kind: kinds[col]})
				}
				col++
				cs = q + 1
			}
			p = e + 1
		}
		off = p
	}
	return out
}

// copyCellFits reports a cell that can hold a value of kind k: not NULL
// (`\N`), not a marker, a name that starts with a letter and holds no
// digit, a phone with six digits or more of any script.
func copyCellFits(k Kind, v string) bool {
	if v == "" || v == `\N` || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
		return false
	}
	if k == KindPhone {
		d := 0
		for _, r := range v {
			if unicode.IsDigit(r) {
				d++
			}
		}
		return d >= 6
	}
	if k == KindName {
		r, _ := utf8.DecodeRuneInString(v)
		return unicode.IsLetter(r) && strings.IndexFunc(v, unicode.IsDigit) < 0 && !thingTitle18(v) // (keys18_parts.go)
	}
	return true
}

// cardColumnValue reports a card number under a column that names one
// (card_number, pan): 12 to 19 digits, compact or grouped by spaces or
// dashes, that pass Luhn, a thirteen-digit Visa included, which the
// scanner leaves alone where nothing names it.
func cardColumnValue(v string) bool {
	var d [19]byte
	n := 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			if n == len(d) {
				return false
			}
			d[n] = c
			n++
		case c == ' ' || c == '-':
		default:
			return false
		}
	}
	return n >= 12 && luhn(d[:n])
}
