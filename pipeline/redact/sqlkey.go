package redact

import "strings"

// PostgreSQL names the values of a violated key in its DETAIL line:
//
//	DETAIL:  Key (order_id, passwd, ship_to_name)=(2000…, …, Jana Nováková) already exists.
//
// The column list is the values' keys. pgKeySpans returns the values of
// columns that hold names, addresses, secrets, phones and cards. Values
// are not quoted and may hold ", " (an address): when there are more
// pieces than columns, the first address column (else the first name
// column) takes the pieces the columns after it do not.

const pgKey = "Key ("

func pgKeySpans(s string) (out []span, ids []idRange) {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], pgKey)
		if i < 0 {
			break
		}
		cs := off + i + len(pgKey)
		off = cs
		m := strings.Index(s[cs:min(len(s), cs+1024)], ")=(")
		if m <= 0 {
			continue
		}
		cols := strings.Split(s[cs:cs+m], ", ")
		vs := cs + m + 3
		ve := pgValuesEnd(s, vs)
		if ve <= vs || len(cols) > 64 {
			continue
		}
		out, ids = pgKeyValues(out, ids, s, vs, ve, cols)
		off = ve
	}
	return out, ids
}

// pgValuesEnd finds the ')' that closes the values: before the message's
// rest ("already exists", "is not present in table", "is still
// referenced"), else the line's last ')'.
func pgValuesEnd(s string, vs int) int {
	le := strings.IndexByte(s[vs:], '\n')
	if le < 0 {
		le = len(s) - vs
	}
	line := s[vs : vs+le]
	for _, t := range []string{") already exists", ") is not present", ") is still referenced", ") conflicts with", ") is duplicated"} {
		if e := strings.Index(line, t); e >= 0 {
			return vs + e
		}
	}
	if e := strings.LastIndexByte(line, ')'); e >= 0 {
		return vs + e
	}
	return 0
}

// pgKeyValues maps the values between vs and ve to the columns; the
// values of id columns (order ids, product codes, tracking numbers) are
// returned in ids.
func pgKeyValues(out []span, ids []idRange, s string, vs, ve int, cols []string) ([]span, []idRange) {
	type piece struct{ a, b int }
	var ps []piece
	for a := vs; ; {
		e := strings.Index(s[a:ve], ", ")
		if e < 0 {
			ps = append(ps, piece{a, ve})
			break
		}
		ps = append(ps, piece{a, a + e})
		a += e + 2
	}
	cls := make([]int, len(cols))
	wide := -1 // the column that takes the extra pieces
	for k, c := range cols {
		c = strings.Trim(strings.TrimSpace(c), `"`)
		if pairName(strings.ReplaceAll(c, " ", "_")) {
			cls[k] = pairClass(c)
		}
		if wide < 0 && cls[k] == keyAddress {
			wide = k // an address has commas far more often than a name
		}
	}
	for k := range cols {
		if wide < 0 && cls[k] == keyName {
			wide = k
		}
	}
	if r := pgKeyRanges27(s, vs, ve, cls); r != nil {
		return pgKeyEmit27(out, ids, s, cols, cls, r) // the pieces placed by their shapes (dmg27_pgkey.go)
	}
	if len(ps) < len(cols) || len(ps) > len(cols) && wide < 0 {
		return out, ids
	}
	extra := len(ps) - len(cols)
	for k := range cols {
		var a, b int
		switch {
		case wide < 0 || k < wide:
			a, b = ps[k].a, ps[k].b
		case k == wide:
			a, b = ps[k].a, ps[k+extra].b
		default:
			a, b = ps[k+extra].a, ps[k+extra].b
		}
		if kind, ok := cellKind(cls[k], s[a:b]); ok {
			out = append(out, span{start: a, end: b, kind: kind})
		} else if cls[k] == keyID {
			ids = append(ids, newIDRange(a, b, cols[k]))
		}
	}
	return out, ids
}
