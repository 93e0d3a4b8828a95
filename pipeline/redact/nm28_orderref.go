package redact

import (
	"unicode"
	"unicode/utf8"
)

// A name written before its order's reference in brackets (names_free.go,
// names14_free.go), two more ways people and systems write it:
//   - the order's word is a phrase of two words, the second in lower case
//     or a script without case ("đơn hàng 579-…", "numer zamówienia 12…",
//     "pedido nº 12…", "order no 12…"): the reference opens with a word of
//     orderRefWords, then at most one more word before its number;
//   - the name stands right after a code or a number written before it
//     ("… 261205MTUOVPNF Given Family (order …)", "tracking 1Z… Given
//     Family (order …)", "+44 7700 900123 Given Family (order …)"): a log
//     writer joins its values with spaces, so a code of six characters or
//     more holding four digits or more ends the clause before the name as
//     punctuation does. A model number ("LEGO 42115 …", "256GB") is shorter
//     and opens nothing; a run of goods or statuses is still no name
//     (n14Plain, statusWord14).

// orderRefNext28 returns where the number of a reference whose order word
// ends at e starts, reading one more word of letters in lower case (or of a
// script without case) and its space: "đơn hàng 579", "numer zamówienia
// 12"; e when there is none.
func orderRefNext28(s string, e int) int {
	if e+2 >= len(s) || s[e] != ' ' {
		return e
	}
	k := e + 1
	for k < len(s) && k-e <= 24 {
		r, n := utf8.DecodeRuneInString(s[k:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != 'º' && r != '°' && r != '.' {
			break
		}
		if unicode.IsUpper(r) {
			return e // "(order Given Family …)": no word of the reference's
		}
		k += n
	}
	if k == e+1 || k-e > 24 || k+1 >= len(s) || s[k] != ' ' {
		return e
	}
	j := k + 1
	if s[j] == '#' {
		j++
	}
	if j < len(s) && isDigit(s[j]) {
		return k
	}
	return e
}

// afterCode28 reports that the word before a (one space between) is a code
// or a number of six characters or more, four of them digits: a tracking
// number, an order's number, a phone's last group, a barcode.
func afterCode28(s string, a int) bool {
	p := a - 1
	if p < 1 || s[p] != ' ' {
		return false
	}
	q := p
	digits := 0
	for q > 0 && p-q < 40 {
		c := s[q-1]
		if !isDigit(c) && !isAlpha(c) && c != '-' && c != '/' && c != '.' && c != ':' {
			break
		}
		if isDigit(c) {
			digits++
		}
		q--
	}
	if q > 0 && s[q-1] != ' ' && s[q-1] != '\n' && s[q-1] != '+' && s[q-1] != '=' {
		return false // inside a word of another script, a bracket, a quote
	}
	return p-q >= 6 && digits >= 4
}

// joinsAfterCode28 reports a capitalised word that joins a name read back
// from its order's reference although the lexicon does not know it: the
// word before a particle ("Guadalupe de la Cruz Ramírez"), or a word right
// after a code ("261205FNBEOHGF Mark Anthony Santos (order …)"), where no
// place or goods stands between the code and the name.
func joinsAfterCode28(s string, have []n14Word, w n14Word) bool {
	if w.k != n14Cap || len(have) == 0 {
		return false
	}
	return have[len(have)-1].k == n14Part || afterCode28(s, w.a)
}
