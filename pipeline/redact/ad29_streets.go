package redact

import (
	"unicode"
	"unicode/utf8"
)

// Streets in prose, read further than a26's three words after the street's
// word: the connecting particles of a street's name ("Calle de Alcalá",
// "Avenida de la Constitución") are not counted, a number's mark stands
// between the name and the number ("nº 69", "n.º 5", "Nr. 12", "#305"),
// and a number after the name's comma is the house's when a unit follows
// it ("вул. Січових Стрільців, 5, кв. 21").

// streetParticlesAd29 join the words of a street's name.
var streetParticlesAd29 = setOf("de", "la", "del", "las", "los", "el", "da", "do", "das", "dos", "di", "della", "delle",
	"du", "des", "van", "von", "der", "den", "y", "e")

// numberMarksAd29 stand before a house's number.
var numberMarksAd29 = setOf("nº", "n°", "Nº", "N°", "n.º", "N.º", "no.", "No.", "núm.", "Núm.", "num.", "nr.", "Nr.", "#", "№")

// streetForwardAd29 reads the street whose word is s[a:e] forward: up to
// three words of its name, particles and a number's mark not counted, then
// the house's number.
func streetForwardAd29(s string, a, e int) (span, bool) {
	fw := streetToks(s, e, 8, true)
	words := 0
	for _, t := range fw {
		w := s[t.a:t.e]
		num := w
		if len(w) > 1 && w[0] == '#' {
			num = w[1:] // "#305": a house's number after its street
		}
		if houseNumberA26(num) {
			if words == 0 {
				return span{}, false
			}
			if t.comma && !unitFollowsAd29(s, t.e) {
				return span{}, false // ", 122 44 …": a postcode after the street's name
			}
			return span{streetNameBefore(s, a), unitAfter(s, t.e), KindAddress, 0}, true
		}
		if t.comma {
			return span{}, false
		}
		switch {
		case streetParticlesAd29[w] || numberMarksAd29[w]:
		case words < 3 && nameWordAd29(w):
			words++
		default:
			return span{}, false
		}
	}
	return span{}, false
}

// nameWordAd29 reports a word of a street's name: capitalised, or of a
// script without case.
func nameWordAd29(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r)
}

// unitFollowsAd29 reports a unit's word right after the number ending at
// e, across a comma ("5, кв. 21").
func unitFollowsAd29(s string, e int) bool {
	t := streetToks(s, e, 1, true)
	return len(t) == 1 && unitWordsA26[s[t[0].a:t[0].e]]
}

// gereshAd29 reports an apostrophe at i between two Hebrew letters: a
// geresh inside a name ("ז'בוטינסקי"), also doubled in SQL ("ז”בוטינסקי").
func gereshAd29(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '\'' && i >= 1 && s[i-1] != '\'' {
		j++
	} else if i >= 1 && s[i-1] == '\'' {
		i--
	}
	return i >= 2 && j+1 < len(s) && hebrewLetterAd29(s[i-2:]) && hebrewLetterAd29(s[j:])
}

// hebrewLetterAd29 reports a Hebrew letter (U+05D0–U+05EA) at the start of s.
func hebrewLetterAd29(s string) bool {
	return len(s) >= 2 && s[0] == 0xD7 && s[1] >= 0x90 && s[1] <= 0xAA
}

// houseLetterAd29 returns the width of one letter of a script beyond ASCII
// at the start of s, as a building's letter after a house's digits ("31к2",
// "12א"), or 0.
func houseLetterAd29(s string) int {
	r, n := utf8.DecodeRuneInString(s)
	if !unicode.IsLetter(r) {
		return 0
	}
	if len(s) > n && s[n] >= 0x80 {
		return 0 // one letter only: "12км" is a distance
	}
	return n
}
