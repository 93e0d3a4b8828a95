package redact

import "strings"

// A phone's change written as a sentence: "phone changed from +39 398
// 8175359 to 348 6731394", "Telefon geändert von 0171 2345678 auf 0151
// 23456789", "teléfono cambiado de 612 345 678 a 712 345 678". One side is
// written with its country code or a trunk prefix and was read as a phone;
// the other, a national number with neither ("348 6731394", "7123456789"),
// is the same field's value but no digit reader can tell it from an id.
// arrows.go reads the change written with an arrow; this reads it written
// with the words "from … to …" of the buyers' languages: the digits across
// the word from a phone are a phone when they are a number of seven to
// fifteen digits standing alone.

// changeFrom are the words before a changed value's old side; changeTo
// the words before its new side, any of them after any "from".
var (
	changeFrom = []string{"from", "von", "de", "da", "van", "z", "desde", "dari", "từ", "с", "з", "od"}
	changeTo   = []string{"to", "auf", "zu", "a", "à", "para", "in", "naar", "na", "en", "ke", "menjadi", "thành", "sang", "на", "hasta", "do"}

	// changeFrom and changeTo filed by the bytes their words may end at
	// (speed27_gates.go)
	changeFromByLast = foldTailIndex(changeFrom, 1)
	changeToByLast   = foldTailIndex(changeTo, 1)
)

// changedPhoneSpans returns the numbers across a change's words from the
// phones found (have).
func changedPhoneSpans(s string, have []span) []span {
	var out []span
	for _, x := range have {
		if x.kind != KindPhone {
			continue
		}
		// "from <phone> to <digits>"
		if changeWordBefore(s, x.start, changeFromByLast) >= 0 {
			if p := changeWordAfter(s, x.end, changeTo); p > 0 {
				if a, b, ok := changedNumberAt(s, p); ok && !changeSpanOver(have, a, b) {
					out = append(out, span{start: a, end: b, kind: KindPhone})
				}
			}
		}
		// "from <digits> to <phone>"
		if t := changeWordBefore(s, x.start, changeToByLast); t >= 0 {
			if a, b, ok := changedNumberBefore(s, t); ok && changeWordBefore(s, a, changeFromByLast) >= 0 && !changeSpanOver(have, a, b) {
				out = append(out, span{start: a, end: b, kind: KindPhone})
			}
		}
	}
	return out
}

// changeWordBefore returns where one of words ends a word right before a (a
// quote and one space between them), or -1: where that word starts. The
// words are filed by the bytes they may end at (foldTailIndex): only those
// that may end at the byte before the space are compared, in their order.
func changeWordBefore(s string, a int, byLast *[256][]string) int {
	p := a
	if p > 0 && (s[p-1] == '"' || s[p-1] == '\'') {
		p--
	}
	if p == 0 || s[p-1] != ' ' {
		return -1
	}
	p--
	if p == 0 {
		return -1
	}
	for _, w := range byLast[s[p-1]] {
		st := p - len(w)
		if st >= 0 && strings.EqualFold(s[st:p], w) && (st == 0 || !isWord(s[st-1]) && s[st-1] < 0x80) {
			return st
		}
	}
	return -1
}

// changeWordAfter returns where the value after one of words starts, right
// after e (a closing quote and one space between them), or 0.
func changeWordAfter(s string, e int, words []string) int {
	p := e
	if p < len(s) && (s[p] == '"' || s[p] == '\'') {
		p++
	}
	if p >= len(s) || s[p] != ' ' {
		return 0
	}
	p++
	for _, w := range words {
		q := p + len(w)
		if q < len(s) && s[q] == ' ' && strings.EqualFold(s[p:q], w) {
			q++
			if q < len(s) && (s[q] == '"' || s[q] == '\'') {
				q++
			}
			return q
		}
	}
	return 0
}

// changedNumberAt reads a number starting at p: an optional '+', digits
// in groups joined by single spaces, hyphens, dots or slashes, a bracketed
// area code among them; seven to fifteen digits, nothing glued after.
func changedNumberAt(s string, p int) (int, int, bool) {
	a := p
	q := p
	digits, e := 0, q
	var lens []int
	if q < len(s) && s[q] == '+' {
		q++
	} else if strings.HasPrefix(s[q:], "(+") {
		// "(+49) 175/0092314": the country code in brackets
		g := q + 2
		for g < len(s) && isDigit(s[g]) && g-q < 5 {
			g++
		}
		if g == q+2 || g+2 >= len(s) || s[g] != ')' || s[g+1] != ' ' || !isDigit(s[g+2]) {
			return 0, 0, false
		}
		digits, lens = g-q-2, append(lens, g-q-2)
		q = g + 2
	}
	for q < len(s) {
		paren := s[q] == '('
		if paren {
			q++
		}
		g := q
		for g < len(s) && isDigit(s[g]) {
			g++
		}
		if g == q || paren && (g >= len(s) || s[g] != ')') {
			break
		}
		digits += g - q
		lens = append(lens, g-q)
		if paren {
			g++
		}
		e, q = g, g
		if q+1 < len(s) && isSep(s[q]) && (isDigit(s[q+1]) || s[q+1] == '(') {
			q++
			continue
		}
		if q+1 < len(s) && s[q] == ' ' && (isDigit(s[q+1]) || s[q+1] == '(') {
			q++ // "(11) 91234-5678": a space after the bracket
			continue
		}
		break
	}
	if digits < 7 || digits > 15 || !changedNumberEnds(s, e) || dateGroups(lens, s[p] == '+' || s[p] == '(') {
		return 0, 0, false
	}
	return a, e, true
}

// changedNumberBefore reads the number that ends right before the word at
// t (a closing quote and one space between them).
func changedNumberBefore(s string, t int) (int, int, bool) {
	e := t - 1
	if e <= 0 || s[e] != ' ' {
		return 0, 0, false
	}
	if s[e-1] == '"' || s[e-1] == '\'' {
		e--
	}
	a := e
	for a > 0 && (isDigit(s[a-1]) || a >= 2 && (isSep(s[a-1]) || s[a-1] == '(' || s[a-1] == ')') && (isDigit(s[a-2]) || s[a-2] == ')' || s[a-2] == '(')) {
		a--
	}
	if a > 0 && s[a-1] == '+' {
		a--
	}
	if a > 0 && s[a-1] == '(' && s[a] == '+' {
		a-- // "(+49) 175/0092314"
	}
	for a < e && !isDigit(s[a]) && s[a] != '+' && s[a] != '(' {
		a++
	}
	if a == e || a > 0 && (isWord(s[a-1]) || s[a-1] == '#') {
		return 0, 0, false
	}
	x, y, ok := changedNumberAt(s, a)
	if !ok || x != a || y != e {
		return 0, 0, false
	}
	return a, e, true
}

// changedNumberEnds reports that nothing glued follows a number ending at
// e: no word, decimal part or date's next field.
func changedNumberEnds(s string, e int) bool {
	if e >= len(s) {
		return true
	}
	c := s[e]
	if isWord(c) {
		return false
	}
	return !((c == '.' || c == ',' || c == '/' || c == ':' || c == '-') && e+1 < len(s) && isDigit(s[e+1]))
}

// changeSpanOver reports a span over s[a:b].
func changeSpanOver(have []span, a, b int) bool {
	for _, x := range have {
		if x.start < b && a < x.end {
			return true
		}
	}
	return false
}

// mayHoldChangedPhone gates changedPhoneSpans: a phone found, and a space
// for the words around it.
func mayHoldChangedPhone(have []span) bool {
	for _, x := range have {
		if x.kind == KindPhone {
			return true
		}
	}
	return false
}

// dateGroups reports a date's groups: 4-2-2 or 2-2-4 ("2026-01-05",
// "05.01.2026"), with no '+' before them.
func dateGroups(lens []int, plus bool) bool {
	return !plus && len(lens) == 3 && lens[1] == 2 && (lens[0] == 4 && lens[2] == 2 || lens[0] == 2 && lens[2] == 4)
}
