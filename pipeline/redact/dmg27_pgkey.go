package redact

import "strings"

// PostgreSQL's DETAIL "Key (cols)=(values)" with more ", " pieces than
// columns (sqlkey.go): the addresses among the values hold commas. When
// the key has address columns, the pieces go to the columns by their
// shape (dmg27): each address column takes a run of one piece or more,
// none of them shaped as an id (digits in one piece of eight or more,
// hex, a tracking number, an ASIN, a SKU: lookAlikeNext, idPieceNext27),
// every other column one piece; of the ways to do so, the one whose
// single pieces are most often one token (an id, a code) wins, the first
// address column taking the most on a tie. "Key (addr1, id, fedex_tracking,
// addr1_2)=(Unit 5/97 Fake Street, Fremantle WA 1899, 5064663657695,
// 922310511884, Unit 37/85 Fake Road, Fitzroy WA 7666)" gives each
// address its two pieces and each id its own.

// pgKeyRanges27 returns each column's range of s between vs and ve, or nil
// when the key has no address column, no extra piece, or no way to place
// the pieces so.
func pgKeyRanges27(s string, vs, ve int, cls []int) [][2]int {
	var ps [][2]int
	for a := vs; ; {
		e := strings.Index(s[a:ve], ", ")
		if e < 0 {
			ps = append(ps, [2]int{a, ve})
			break
		}
		ps = append(ps, [2]int{a, a + e})
		a += e + 2
	}
	extra := len(ps) - len(cls)
	var addr []int
	for k, c := range cls {
		if c == keyAddress {
			addr = append(addr, k)
		}
	}
	if extra <= 0 || len(addr) == 0 || len(addr) > 4 || len(ps) > 64 {
		return nil
	}
	idShaped := make([]bool, len(ps))
	oneToken := make([]bool, len(ps))
	for i, p := range ps {
		idShaped[i] = lookAlikeNext(s, p[0]) || idPieceNext27(s, p[0])
		oneToken[i] = p[1] > p[0] && strings.IndexByte(s[p[0]:p[1]], ' ') < 0
	}
	take := make([]int, len(cls)) // pieces each column takes
	best, bestScore := [][2]int(nil), -1
	tries := 0
	var place func(ai, left int)
	place = func(ai, left int) {
		if tries > 4096 {
			return
		}
		if ai == len(addr)-1 {
			take[addr[ai]] = 1 + left
			tries++
			if r, score, ok := pgKeyFit27(ps, cls, take, idShaped, oneToken); ok && score > bestScore {
				best, bestScore = r, score
			}
			return
		}
		for x := left; x >= 0; x-- { // the first address column the most first: ties keep it
			take[addr[ai]] = 1 + x
			place(ai+1, left-x)
		}
	}
	for k := range take {
		take[k] = 1
	}
	place(0, extra)
	return best
}

// pgKeyFit27 lays the pieces out as take says: the columns' ranges, the
// number of one-token pieces under columns that are no address, and
// whether no address took a piece shaped as an id.
func pgKeyFit27(ps [][2]int, cls, take []int, idShaped, oneToken []bool) ([][2]int, int, bool) {
	r := make([][2]int, len(cls))
	score := 0
	p := 0
	for k, n := range take {
		if cls[k] == keyAddress {
			for q := p; q < p+n; q++ {
				if idShaped[q] {
					return nil, 0, false
				}
			}
		} else if oneToken[p] {
			score++
		}
		r[k] = [2]int{ps[p][0], ps[p+n-1][1]}
		p += n
	}
	return r, score, true
}

// pgKeyEmit27 returns the spans and id ranges of the columns laid out in r,
// as pgKeyValues does for its own layout.
func pgKeyEmit27(out []span, ids []idRange, s string, cols []string, cls []int, r [][2]int) ([]span, []idRange) {
	for k := range cols {
		a, b := r[k][0], r[k][1]
		if kind, ok := cellKind(cls[k], s[a:b]); ok {
			out = append(out, span{start: a, end: b, kind: kind})
		} else if cls[k] == keyID {
			ids = append(ids, newIDRange(a, b, cols[k]))
		}
	}
	return out, ids
}
