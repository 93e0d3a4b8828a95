package redact

import "strings"

// Codes and secrets in the cells of an export's rows.
//
// A two-factor recovery code ("30cwb-fsb91": five lower-case letters and
// digits, a dash, five more) is caught as a positional argument
// (creds_positional.go); a row's cell of that shape is the same code
// ("export row 5666: #24449,Coupang,kqmk5-9xyg2,Zalando,…"):
// recoveryCellSpans19 reads a cell that is that shape and nothing else in
// a row of three cells or more.
//
// A column's header names what its cells hold: under a header cell that is
// a word for "code", PIN, OTP or a verification phrase (cellLabel19),
// codeColumnSpans19 reads a cell of 4 to 8 digits of the rows below as a
// one-time code:
//
//	ts,buyer_email,event_time,code,order_id
//	2026-12-02T18:50:04Z,…,1796267565515,40917736,579391695920368717

// mayHoldRecoveryCell19 is recoveryCellSpans19's cheap test.
func mayHoldRecoveryCell19(s string, sig uint32) bool {
	return sig&(sigComma|sigSemi|sigTab|sigPipe) != 0 && len(s) >= 24 && strings.IndexByte(s, '-') >= 0
}

// recoveryCellSpans19 returns the recovery codes standing as row cells.
func recoveryCellSpans19(s string, have []span) []span {
	var out []span
	for off := 5; off < len(s); {
		i := strings.IndexByte(s[off:], '-')
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		a, b := i-5, i+6
		if a < 0 || b > len(s) || !recoveryCodeShaped(s[a:b]) {
			continue
		}
		sep := cellSep19(s, a, b)
		if sep == 0 || overlaps(have, a, b) {
			continue
		}
		ls := strings.LastIndexByte(s[:a], '\n') + 1
		le := strings.IndexByte(s[b:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += b
		}
		if strings.Count(s[ls:le], string(sep)) < 2 {
			continue
		}
		out = append(out, span{start: a, end: b, kind: KindCredential})
		off = b
	}
	return out
}

// cellSep19 returns the separator of the row cell s[a:b] (between two
// separators, a separator and the line's end or start, its quotes
// aside), or 0 when s[a:b] is not a whole cell.
func cellSep19(s string, a, b int) byte {
	if a > 0 && s[a-1] == '"' && b < len(s) && s[b] == '"' {
		a, b = a-1, b+1
	}
	var l, r byte
	if a > 0 {
		l = s[a-1]
	}
	if b < len(s) {
		r = s[b]
	}
	isSep := func(c byte) bool { return c == ',' || c == ';' || c == '\t' || c == '|' }
	switch {
	case isSep(l) && isSep(r) && l == r:
		return l
	case isSep(l) && (r == 0 || r == '\n' || r == '\r'):
		return l
	case isSep(r) && (l == 0 || l == '\n' || l == ' '):
		return r
	}
	return 0
}

// mayHoldCodeColumn19 is codeColumnSpans19's cheap test: rows under a
// header.
func mayHoldCodeColumn19(s string, sig uint32) bool {
	return sig&sigNL != 0 && sig&(sigComma|sigSemi|sigTab|sigPipe) != 0 && mayHoldCodeItem18(s, sig)
}

// codeColumnSpans19 returns the codes in the columns of s that a header
// names a code's (see above).
func codeColumnSpans19(s string, have []span) []span {
	var out []span
	for ls := 0; ls < len(s); {
		le := lineEnd19(s, ls)
		sep, col, n := codeHeader19(s, ls, le)
		ls = le + 1
		if col < 0 {
			continue
		}
		for ls < len(s) {
			re := lineEnd19(s, ls)
			if re == ls || strings.Count(s[ls:re], string(sep)) != n-1 {
				break
			}
			k := 0
			rowCells(s, ls, re, sep, true, func(x, y int) {
				if k == col && y-x >= 4 && y-x <= 8 && countDigits(s[x:y]) == y-x && !overlaps(have, x, y) {
					out = append(out, span{start: x, end: y, kind: KindCredential})
				}
				k++
			})
			ls = re + 1
		}
	}
	return out
}

// lineEnd19 returns the end of the line that starts at ls.
func lineEnd19(s string, ls int) int {
	if e := strings.IndexByte(s[ls:], '\n'); e >= 0 {
		return ls + e
	}
	return len(s)
}

// codeHeader19 reads s[ls:le] as a header row: its separator, the index
// of the column a code's label heads (-1 when none does) and its number of
// cells. A header's cells are names: no digits alone, no marker.
func codeHeader19(s string, ls, le int) (sep byte, col, n int) {
	col = -1
	line := s[ls:le]
	if len(line) < 6 || len(line) > 1024 || strings.Contains(line, "[REDACTED:") {
		return 0, -1, 0
	}
	best := 1
	for _, c := range []byte{',', ';', '\t', '|'} {
		if k := strings.Count(line, string(c)); k > best {
			sep, best = c, k
		}
	}
	if sep == 0 {
		return 0, -1, 0
	}
	// The line may open with a message's words up to a colon ("export: ts,code,…").
	if c := strings.LastIndex(line, ": "); c >= 0 && strings.IndexByte(line[:c], sep) < 0 {
		ls += c + 2
	}
	ok := true
	rowCells(s, ls, le, sep, true, func(x, y int) {
		if !ok {
			return
		}
		t := s[x:y]
		if t == "" || len(t) > 48 || countDigits(t) == len(t) || strings.ContainsAny(t, "@:/[]{}\"'") {
			ok = false
			return
		}
		if code, _ := cellLabel19(t); code && col < 0 {
			col = n
		}
		n++
	})
	if !ok {
		return 0, -1, 0
	}
	return sep, col, n
}
