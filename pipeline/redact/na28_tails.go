package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An address's later parts after the part a reader took: a reader ends a
// street at its first comma or unit word, and the message goes on with
// the rest of the same address — house and flat parts (`, d. 24, kv.
// 177`, `, bud. 94`, `, 105동 412호`), a neighbourhood in brackets
// (`(역삼동)`), a postcode (`630331`, `06236`, `B1269KFB`) and the town or
// province in capitalised words (`, Novosibirsk`, `, Buenos Aires`). They
// join the address when they follow it directly: numbered parts and
// postcodes wherever the run stops, capitalised words only when a numbered
// part or the line's end comes after them. An amount with its currency,
// a date or a time is no postcode.

// extendAddrTail28 grows every address span (and marker of one) over the
// parts of the same address that follow it.
func (sc *scanner) extendAddrTail28() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind == KindAddress {
			if e := addrTail28(s, x.end); e > x.end && (i+1 == len(sc.spans) || sc.spans[i+1].start >= e) {
				x.end = e
			}
		}
	}
	const m = "[REDACTED:address]"
	for k := indexRare(s, m); k >= 0; {
		e0 := k + len(m)
		if e := addrTail28(s, e0); e > e0 && !overlapsAny(sc.spans, e0, e) {
			st := e0
			for st < e && (s[st] == ',' || s[st] == ' ') {
				st++
			}
			sc.mergeSpans([]span{{start: st, end: e, kind: KindAddress}})
		}
		n := indexRare(s[e0:], m)
		if n < 0 {
			break
		}
		k = e0 + n
	}
}

const (
	tailNone28 = iota
	tailNumbered28
	tailCaps28
)

// addrTail28 returns the end of the address parts that follow e, or e.
func addrTail28(s string, e int) int {
	best, p := e, e
	for n := 0; n < 8 && p < len(s); n++ {
		q, comma := p, false
		if s[q] == ',' || strings.HasPrefix(s[q:], "、") {
			comma = true
			if s[q] == ',' {
				q++
			} else {
				q += len("、")
			}
		}
		if q >= len(s) || s[q] != ' ' {
			if !comma {
				break
			}
		} else {
			q++
		}
		pe, typ := tailPart28(s, q, comma)
		if typ == tailNone28 {
			break
		}
		p = pe
		if typ == tailNumbered28 {
			best = p
		}
	}
	if p > best && (p == len(s) || s[p] == '\n' || s[p] == '"' || s[p] == '\\') {
		best = p // capitalised words that end the line: the town, the province
	}
	return best
}

// tailPart28 reads one part of an address at q: a numbered part, a postcode
// or a bracketed neighbourhood of one capitalised or caseless word (tailNumbered28), or capitalised words after
// a comma (tailCaps28).
func tailPart28(s string, q int, comma bool) (int, int) {
	if q >= len(s) {
		return q, tailNone28
	}
	c := s[q]
	switch {
	case c == '(' || strings.HasPrefix(s[q:], "（"):
		o := 1
		if c != '(' {
			o = len("（")
		}
		r := q + o
		first, _ := utf8.DecodeRuneInString(s[q+o:])
		if !unicode.IsUpper(first) && (first < 0x80 || unicode.IsLower(first)) {
			return q, tailNone28 // "(see note)": a remark, no place
		}
		for r < len(s) && r-q < 32 && s[r] != ')' && !strings.HasPrefix(s[r:], "）") {
			ch, w := utf8.DecodeRuneInString(s[r:])
			if !unicode.IsLetter(ch) && ch != '-' {
				return q, tailNone28 // one word: a neighbourhood, a province's letters
			}
			r += w
		}
		if r >= len(s) || r == q+o || r-q >= 32 {
			return q, tailNone28
		}
		if s[r] == ')' {
			r++
		} else {
			r += len("）")
		}
		return r, tailNumbered28
	case isDigit(c):
		r := q
		for r < len(s) && isDigit(s[r]) {
			r++
		}
		d := r - q
		if r < len(s) && s[r] >= 0x80 {
			ch, w := utf8.DecodeRuneInString(s[r:])
			if d <= 5 && (ch == '동' || ch == '호' || ch == '층' || ch == '号' || ch == '室' || ch == '棟' || ch == '階') {
				return r + w, tailNumbered28 // "105동 412호": a Korean block and flat
			}
			return q, tailNone28
		}
		if r+4 < len(s) && s[r] == '-' && d == 3 && isDigit(s[r+1]) {
			t := r + 1
			for t < len(s) && isDigit(s[t]) {
				t++
			}
			if t-r-1 == 4 && (t == len(s) || !isAlnum(s[t])) {
				return t, tailNumbered28 // "530-0001"
			}
			return q, tailNone28
		}
		if d < 4 || d > 6 || r < len(s) && (isAlpha(s[r]) || s[r] == '-' || s[r] == ':' || s[r] == '/' || (s[r] == '.' || s[r] == ',') && r+1 < len(s) && isDigit(s[r+1])) {
			return q, tailNone28
		}
		if r+4 <= len(s) && s[r] == ' ' && isUpper(s[r+1]) && isUpper(s[r+2]) && isUpper(s[r+3]) && (r+4 == len(s) || !isAlnum(s[r+4])) {
			return q, tailNone28 // "1500 EUR": an amount
		}
		return r, tailNumbered28
	case isUpper(c) && q+8 <= len(s) && isDigit(s[q+1]) && isDigit(s[q+4]) && isUpper(s[q+5]) && isUpper(s[q+7]):
		if isDigit(s[q+2]) && isDigit(s[q+3]) && isUpper(s[q+6]) && (q+8 == len(s) || !isAlnum(s[q+8])) {
			return q + 8, tailNumbered28 // Argentina's CPA: "B1269KFB"
		}
		return q, tailNone28
	case isAlpha(c):
		// a unit's word and its number: "d. 24", "kv. 177", "bud. 94", "Piso 5"
		r := q
		for r < len(s) && isAlpha(s[r]) && r-q <= 5 {
			r++
		}
		w := r - q
		if lw := strings.ToLower(s[q:r]); w >= 1 && w <= 5 && r+2 < len(s) && (unitWords[lw] || unitWords18[lw] || unitWords28[lw]) {
			t := r
			if s[t] == '.' {
				t++
			}
			if t < len(s) && s[t] == ' ' && t+1 < len(s) && isDigit(s[t+1]) {
				u := t + 1
				for u < len(s) && isDigit(s[u]) && u-t <= 5 {
					u++
				}
				if u-t-1 <= 4 && (u == len(s) || !isAlnum(s[u]) && s[u] != '.' && s[u] != ':' && s[u] != '-') {
					return u, tailNumbered28
				}
			}
		}
	}
	if !comma {
		return q, tailNone28
	}
	// capitalised words: the town, the district, the province
	r, words := q, 0
	for words < 4 {
		t := r
		ch, w := utf8.DecodeRuneInString(s[t:])
		if !unicode.IsUpper(ch) {
			for _, pt := range []string{"de ", "del ", "la ", "do ", "da "} {
				if strings.HasPrefix(s[t:], pt) && words > 0 {
					t += len(pt)
					ch, w = utf8.DecodeRuneInString(s[t:])
					break
				}
			}
			if !unicode.IsUpper(ch) {
				break
			}
		}
		t += w
		for t < len(s) {
			ch, w = utf8.DecodeRuneInString(s[t:])
			if !unicode.IsLetter(ch) && ch != '-' && ch != '\'' {
				break
			}
			t += w
		}
		words++
		r = t
		if r < len(s) && s[r] == ' ' && r+1 < len(s) {
			if ch, _ := utf8.DecodeRuneInString(s[r+1:]); unicode.IsUpper(ch) || strings.HasPrefix(s[r+1:], "de ") || strings.HasPrefix(s[r+1:], "del ") {
				r++
				continue
			}
		}
		break
	}
	if words == 0 || r < len(s) && s[r] != ',' && s[r] != '\n' && s[r] != '"' && s[r] != '\\' && s[r] != ' ' {
		return q, tailNone28
	}
	for r > q && s[r-1] == ' ' {
		r--
	}
	return r, tailCaps28
}

// unitWords28 are house and flat words of addresses written in Latin
// letters from Cyrillic ("d. 24, kv. 177", "bud. 94", "korp. 2") beyond
// unitWords and unitWords18.
var unitWords28 = setOf("d", "dom", "kv", "bud", "korp", "k", "str", "kw", "lok", "hs")
