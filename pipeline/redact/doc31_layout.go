package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Document layouts (doc31): the shapes that text extracted from scans,
// PDFs and legacy fixed-width exports gives a card, an IBAN or a name.
//
//   - OCR reads a hyphen between digit groups as a dash: "4199—8894—8968—0552"
//     (em or en dash). Three groups or more of digits parted by dashes alone
//     are a card when they pass validCard; after a country code
//     ("+82 10—5990—6007", "(+62) 812—1915—1776") they are a phone.
//   - A PDF's text wraps an IBAN written in groups onto the next line
//     ("IBAN: FR76 3000 6000\n0112 3456 7890 189", the break raw or
//     escaped): the groups before the break and those that open the next
//     line make the country's length and pass mod-97. Each line's part is
//     masked and the line break kept.
//   - A fixed-width row's name in capitals run into the next cell with one
//     space ("… MARIA OLIVEIRA 3f0b…-…", "ROE, JANE 050-…"): see
//     fixedWidthGlued31.

// mayHoldDoc31 is the cheap test before doc31Spans: a dash of three bytes
// (beyond ASCII) or a line break, and digits.
func mayHoldDoc31(sig uint32) bool {
	return sig&sigDigit != 0 && sig&(sigHigh|sigNL|sigBackslash) != 0
}

// doc31Spans returns the OCR dash-grouped cards and phones and the wrapped
// IBANs of s.
func doc31Spans(s string, sig uint32) []span {
	var out []span
	if sig&sigHigh != 0 {
		out = dashDigitSpans31(s, out)
	}
	if sig&(sigNL|sigBackslash) != 0 {
		out = wrappedIBANSpans31(s, out)
	}
	return out
}

// ocrDash31 reports an em or en dash at k.
func ocrDash31(s string, k int) bool {
	return k+2 < len(s) && s[k] == 0xE2 && s[k+1] == 0x80 && (s[k+2] == 0x94 || s[k+2] == 0x93)
}

// dashDigitSpans31 appends the cards and phones of s whose digit groups
// are parted by em or en dashes.
func dashDigitSpans31(s string, out []span) []span {
	for k := 0; k < len(s); {
		d := strings.Index(s[k:], "\xE2\x80")
		if d < 0 {
			break
		}
		p := k + d
		k = p + 3
		if !ocrDash31(s, p) || p == 0 || !isDigit(s[p-1]) || p+3 >= len(s) || !isDigit(s[p+3]) {
			continue
		}
		a := p
		for a > 0 && isDigit(s[a-1]) {
			a--
		}
		if a > 0 && (isWord(s[a-1]) || s[a-1] == '.' || s[a-1] == '-') || a > 2 && ocrDash31(s, a-3) {
			continue // a piece of a longer token, or a run read already
		}
		var buf [19]byte
		nb, groups, e := 0, 0, a
		for e < len(s) {
			g := e
			for e < len(s) && isDigit(s[e]) && nb < len(buf) {
				buf[nb] = s[e]
				nb++
				e++
			}
			if e == g || nb == len(buf) && e < len(s) && isDigit(s[e]) {
				nb = -1
				break
			}
			groups++
			if !ocrDash31(s, e) || e+3 >= len(s) || !isDigit(s[e+3]) {
				break
			}
			e += 3
		}
		if nb < 0 || e < len(s) && (isWord(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
			continue
		}
		k = e
		if cc := ccBefore31(s, a); cc > 0 {
			if groups >= 2 && nb >= 6 && nb <= 13 {
				out = append(out, span{start: cc, end: e, kind: KindPhone})
			}
			continue
		}
		if groups >= 3 && nb >= 13 && validCard(buf[:nb], false) {
			out = append(out, span{start: a, end: e, kind: KindCard})
		}
	}
	return out
}

// ccBefore31 returns where a country code that stands before the digits
// at a opens ("+82 " or "(+62) "), or 0.
func ccBefore31(s string, a int) int {
	p := a
	if p > 0 && s[p-1] == ' ' {
		p--
	}
	if p > 0 && s[p-1] == ')' {
		p--
	}
	e := p
	for p > 0 && isDigit(s[p-1]) && e-p < 3 {
		p--
	}
	if p == e || p == 0 || s[p-1] != '+' {
		return 0
	}
	p--
	if e < a && s[e] == ')' {
		if p == 0 || s[p-1] != '(' {
			return 0
		}
		p--
	}
	if p > 0 && isWord(s[p-1]) {
		return 0
	}
	return p
}

// lineBreak31 returns the length of a line break at k: a raw "\n" (after
// an optional "\r") or one escaped in a string ("\\n"), or 0.
func lineBreak31(s string, k int) int {
	switch {
	case k < len(s) && s[k] == '\n':
		return 1
	case k+1 < len(s) && s[k] == '\r' && s[k+1] == '\n':
		return 2
	case k+1 < len(s) && s[k] == '\\' && s[k+1] == 'n':
		return 2
	}
	return 0
}

// wrappedIBANSpans31 appends the IBANs of s wrapped onto a second line.
func wrappedIBANSpans31(s string, out []span) []span {
	for b := 0; b < len(s); b++ {
		n := lineBreak31(s, b)
		if n == 0 {
			continue
		}
		out = wrappedIBAN31(s, b, n, out)
		b += n - 1
	}
	return out
}

// wrappedIBAN31 appends the IBAN whose first groups end the line before
// the break s[b:b+n] and whose last groups open the next line.
func wrappedIBAN31(s string, b, n int, out []span) []span {
	e1 := b
	for e1 > 0 && s[e1-1] == ' ' {
		e1--
	}
	lo := e1
	for lo > 0 && e1-lo < 40 && (isUpperNum(s[lo-1]) || s[lo-1] == ' ') {
		lo--
	}
	i := -1
	for p := lo; p+4 <= e1; p++ {
		if isUpperLetter31(s[p]) && isUpperLetter31(s[p+1]) && isDigit(s[p+2]) && isDigit(s[p+3]) && (p == 0 || !isWord(s[p-1])) {
			i = p
			break
		}
	}
	if i < 0 {
		return out
	}
	want, ok := ibanLen[s[i:i+2]]
	if !ok {
		return out
	}
	var buf [34]byte
	nb, k, group := 0, i, 0
	for k < e1 && nb < want {
		switch c := s[k]; {
		case isUpperNum(c):
			buf[nb] = c
			nb++
			group++
		case c == ' ' && group == 4 && k+1 < e1 && isUpperNum(s[k+1]):
			group = 0
		default:
			return out
		}
		k++
	}
	if k != e1 || group != 4 || nb >= want || nb < 8 {
		return out
	}
	a2 := b + n
	k, group = a2, 0
	for k < len(s) && nb < want {
		switch c := s[k]; {
		case isUpperNum(c) && group < 4:
			buf[nb] = c
			nb++
			group++
		case c == ' ' && group == 4 && k+1 < len(s) && isUpperNum(s[k+1]):
			group = 0
		default:
			return out
		}
		k++
	}
	if nb != want || k < len(s) && isWord(s[k]) || !mod97(buf[:nb]) {
		return out
	}
	return append(out, span{start: i, end: e1, kind: KindIBAN}, span{start: a2, end: k, kind: KindIBAN})
}

func isUpperLetter31(c byte) bool { return c >= 'A' && c <= 'Z' }

// mayHoldRecord31 is the cheap test for fixed-width rows padded with
// three spaces (mayHoldFixedWidth asks for four).
func mayHoldRecord31(s string, tp *textPairs) bool {
	return len(s) >= 32 && tp.contains("   ")
}

// fixedWidthGlued31 appends the names in capitals of a fixed-width row's
// cells, whole or beside other values parted by one space: a run of two
// to four words of capital letters (any script; particles inside;
// "FAMILY, GIVEN" with its comma) between values that are no words
// ("…-3a5f… MARIA OLIVEIRA 3f0b…", "LX1501…SG ROE, JANE 050-…"), or a Han
// name of two to four characters alone between them, taken as
// names_fixedwidth.go takes a whole cell: capsName, no word of goods,
// statuses, teams or places; an Incoterm ends a run ("… KIPROP DAP
// Rotterdam"), and a run after a comma in its cell is an address's town.
// A row that holds no other PII stays.
func fixedWidthGlued31(s string, cells []wideSpan, have, out []span) []span {
	for _, c := range cells {
		if overlapsAny(out, c.a, c.b) {
			continue
		}
		ra, rn, comma := -1, 0, -1
		flush := func(re int) {
			if ra >= 0 && !overlapsAny(have, ra, re) && !strings.Contains(s[c.a:ra], ", ") {
				if v := s[ra:re]; capsRun31(v, rn, comma-ra) {
					out = append(out, span{start: ra, end: re, kind: KindName})
				}
			}
			ra, rn, comma = -1, 0, -1
		}
		for p := c.a; p < c.b; {
			q := p
			for q < c.b && s[q] != ' ' {
				q++
			}
			w := s[p:q]
			cw := capsWord31(w)
			if !cw && len(w) > 1 && w[len(w)-1] == ',' && comma < 0 && capsWord31(w[:len(w)-1]) {
				cw, comma = true, q-1
				w = w[:len(w)-1]
			}
			switch {
			case cw:
				if ra < 0 {
					ra = p
				}
				rn++
			default:
				flush(p - 1)
				if caselessOneName(w) && (p > c.a || q < c.b) && !overlapsAny(have, p, q) {
					out = append(out, span{start: p, end: q, kind: KindName})
				}
			}
			p = q + 1
		}
		flush(c.b)
	}
	return out
}

// capsWord31 reports a word of capital letters (and marks, inner hyphens
// and apostrophes) of any script with case.
func capsWord31(w string) bool {
	if w == "" || w[0] < 0x80 && (w[0] < 'A' || w[0] > 'Z') || len(w) == 3 && incoterm30(w) {
		return false
	}
	for k := 0; k < len(w); {
		r, n := utf8.DecodeRuneInString(w[k:])
		switch {
		case r >= 'A' && r <= 'Z':
		case r >= 0x80 && unicode.IsUpper(r):
		case r >= 0x80 && unicode.IsMark(r) && k > 0:
		case (r == '-' || r == '\'') && k > 0 && k+n < len(w):
		default:
			return false
		}
		k += n
	}
	return true
}

// capsRun31 reports a run of rn capital words that makes a name; comma is
// the offset of the comma after its family name, or negative.
func capsRun31(v string, rn, comma int) bool {
	if rn < 2 || rn > 5 || len(v) < 7 || plainRun(v) || incoterm30(v) {
		return false
	}
	if comma < 0 {
		return capsName(v)
	}
	if comma+2 >= len(v) || strings.IndexByte(v[comma+2:], ',') >= 0 {
		return false
	}
	var b [64]byte
	if len(v) > len(b) {
		return false
	}
	j := copy(b[:], v[:comma])
	j += copy(b[j:], v[comma+1:])
	return capsName(string(b[:j]))
}
