package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// "FAMILY, Given": a family name written in capitals before the given
// name, as passports, airline manifests and many shops' exports write it
// ("DE BACKER, Griet", "NÍ BHRIAIN, Órla", "RAJPUT, Ayesha").

// capsFamily reports a family name of one to three words in capitals
// (letters of any cased script, apostrophes and hyphens inside), one of
// them of three letters or more.
func capsFamily(v string) bool {
	// (the words as strings.Fields splits them, read in place: this runs
	// on every comma after "for" and must not allocate)
	words, long := 0, false
	n, i := 0, -1 // capitals in the word, the rune's index in it (-1: between words)
	for _, r := range v {
		if unicode.IsSpace(r) {
			if i >= 0 {
				long = long || n >= 3
			}
			n, i = 0, -1
			continue
		}
		if i < 0 {
			words++
			if words > 3 {
				return false
			}
		}
		i++
		switch {
		case unicode.IsUpper(r):
			n++
		case (r == '\'' || r == '’' || r == '-') && i > 0, unicode.IsMark(r) && i > 0:
		default:
			return false
		}
	}
	if i >= 0 {
		long = long || n >= 3
	}
	return words > 0 && long
}

// givenEnd returns the end of the given name at g after a family name and
// its comma: one to three words, each capitalised, ending the text or
// before a punctuation mark, a dash or a word in lower case. It returns g
// when there is none.
func givenEnd(s string, g int) int {
	if g < 0 {
		return g
	}
	end, p := g, g
	for words := 0; words < 3 && p < len(s); words++ {
		r, _ := utf8.DecodeRuneInString(s[p:])
		if !(unicode.IsUpper(r) || r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r)) {
			break
		}
		e := nameWordEnd(s, p)
		if e <= p {
			break
		}
		var buf [16]byte
		if e-p <= len(buf) && (notNames[string(lower(buf[:0], s[p:e]))] || legalForms[string(lower(buf[:0], s[p:e]))]) {
			break // "Thompson, Isla Order 123": the name ends before the order
		}
		end = e
		if e+1 < len(s) && s[e] == ' ' {
			p = e + 1
			continue
		}
		break
	}
	return end
}

// quotedPersonName redacts a name quoted right after a role word or an
// honorific (`buyer "Jane Roe"`, `recipient 'ROE, Jane'`, `buyer \"李建国\"`)
// when the quoted text is shaped like a person's name; it returns the end
// of the quoted text, or 0.
func (sc *scanner) quotedPersonName(k int) int {
	s := sc.s
	if k >= len(s) {
		return 0
	}
	q := ""
	switch {
	case s[k] == '"' || s[k] == '\'':
		q = s[k : k+1]
	case s[k] == '\\' && k+1 < len(s) && s[k+1] == '"':
		q = `\"`
	default:
		return 0
	}
	a := k + len(q)
	e := strings.Index(s[a:min(len(s), a+96)], q)
	if e <= 0 {
		return 0
	}
	b := a + e
	if !argName(s[a:b]) || !sc.emit(a, b, KindName, 0) {
		return 0
	}
	return b
}
