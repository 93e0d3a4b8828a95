package redact

import "strings"

// Thirteen-digit Visa numbers in a column of cards. A headerless CSV
// fixture or export writes one payment method a row, the card in the same
// column of every row; the look-alike rule (cards_visa13.go) reads a bare
// thirteen-digit number as a card only with a card's word or an expiry on
// its line. The column is that evidence: a Luhn-valid thirteen-digit
// number from 4 alone in its cell, in a comma-separated row whose cell at
// the same position (counted from the row's start) holds a card in another
// row of the same text (a card found, or its marker), is a card.

// mayHoldCardColumn22 is cardColumnSpans22's cheap test: rows of cells and
// a card found or marked.
func mayHoldCardColumn22(s string, sig uint32, spans []span) bool {
	if sig&sigNL == 0 || sig&sigComma == 0 {
		return false
	}
	for _, sp := range spans {
		if sp.kind == KindCard {
			return true
		}
	}
	return sig&sigLBrack != 0 && strings.Contains(s, "[REDACTED:card]")
}

// cardColumnSpans22 returns the thirteen-digit Visa numbers of s in a
// column that holds cards in other rows.
func cardColumnSpans22(s string, spans []span) []span {
	cols := map[int]bool{} // cells' positions holding a card
	type cell struct{ a, e, col int }
	var cand []cell
	k := 0 // the next span to place
	for ls := 0; ls < len(s); {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := s[ls:le]
		if strings.Count(line, ",") >= 2 {
			col := 0
			for a := ls; a <= le; col++ {
				e := strings.IndexByte(s[a:le], ',')
				if e < 0 {
					e = le
				} else {
					e += a
				}
				for k < len(spans) && spans[k].start < a {
					k++
				}
				v := s[a:e]
				if v == "[REDACTED:card]" || k < len(spans) && spans[k].kind == KindCard && spans[k].start == a && spans[k].end == e {
					cols[col] = true
				} else if len(v) == 13 && v[0] == '4' && allDigits22(v) && luhn([]byte(v)) {
					cand = append(cand, cell{a, e, col})
				}
				a = e + 1
			}
		}
		ls = le + 1
	}
	var out []span
	for _, c := range cand {
		if cols[c.col] {
			out = append(out, span{start: c.a, end: c.e, kind: KindCard})
		}
	}
	return out
}

// allDigits22 reports a non-empty run of ASCII digits.
func allDigits22(v string) bool {
	for k := 0; k < len(v); k++ {
		if !isDigit(v[k]) {
			return false
		}
	}
	return v != ""
}
