package redact

import "strings"

// Later tables of one text. A job's log of an export or an import often
// writes more than one table in a message: the rejected rows of a CSV,
// then a payout export in TSV with a header of its own:
//
//	import orders.csv: 3 rows rejected
//	line,order_id,buyer_name,phone,…
//	…
//	payout export<TAB>holder<TAB>iban
//	RE-2026-…<TAB>Given Family<TAB>DE89…
//
// csvSpans reads the first header only; laterTableSpans finds the headers
// after it that use another separator (a header line that the first
// table's separator would not split as its own header is split) and reads
// their columns as csvSpans does.

// maxTableLines bounds how many lines are looked at for later headers.
const maxTableLines = 400

// laterTableSpans returns the cells of the PII columns of the tables after
// the first one in s.
func laterTableSpans(s string) []span {
	h, ok := findHeader(s)
	if !ok {
		return nil
	}
	var out []span
	seps := []byte{h.sep}
	p := h.end + 1
	for n := 0; p < len(s) && n < maxTableLines; n++ {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			break
		}
		line := s[p : p+e]
		next := s[p+e+1:]
		if k := strings.IndexByte(next, '\n'); k >= 0 {
			next = next[:k]
		}
		if sep := csvSep(line, next); sep != 0 && strings.IndexByte(string(seps), sep) < 0 &&
			fieldCount(next, sep) == fieldCount(line, sep) {
			seps = append(seps, sep)
			out = append(out, csvColumns(s, p, p+e, sep)...)
		}
		p += e + 1
	}
	return out
}
