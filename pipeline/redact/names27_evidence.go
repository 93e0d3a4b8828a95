package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Evidence of a person's name in a slot that already points to a person.
//
// A bare item's shape (two capitalised words) is a product's, a place's or
// a brand's as often, so the passes that read names by their place ask for
// evidence beyond it (bareItemName17: a script without case, "Family,
// Given", an initial, a known given name first and a known family name
// last). Where the slot itself already points to a person — a bare "name"
// beside the record's phone or address, an item of a list that holds the
// buyer's other data — one known word in its place is enough: a known given
// name opening the value ("Oliver Hargreaves"), a known family name closing
// it ("Santiago Acosta"), or a family name in capitals before a known
// given name ("HARGREAVES Imogen"), the value being shaped as a person's
// name (roleName: no goods, places, firms, teams or job titles) with every
// word capitalised and none a word of commerce or of places.

// slotNameEvidence27 reports a value that reads as a person's name in a
// slot that points to a person: bareItemName17's evidence, or one known
// word of the names' lexicon in its place.
func slotNameEvidence27(v string) bool {
	if bareItemName17(v) {
		return true
	}
	return knownWordName27(v)
}

// knownWordName27 reports two to four capitalised Latin words (particles
// between them) whose first word is a known given name, or whose last is a
// known family name, or whose first, written in capitals, is a known
// family name before a known given name.
func knownWordName27(v string) bool {
	if len(v) < 5 || len(v) > 64 {
		return false
	}
	var wb [6]string
	ws := wb[:0]
	for _, w := range strings.Fields(v) {
		if len(ws) == len(wb) {
			return false
		}
		ws = append(ws, w)
	}
	if len(ws) < 2 {
		return false
	}
	n := 0
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && particles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.Is(unicode.Latin, r) || !unicode.IsUpper(r) {
			return false
		}
		if e := nameWordEnd(w, 0); e != len(w) {
			return false // digits, dots, symbols: an id, an initial (bareItemName17's), a code
		}
		if len(w) <= 3 && allUpperWord27(w) && !particles[strings.ToLower(w)] {
			return false // "JJ Keller", "DC Lincoln": an acronym is a firm's or a place's
		}
		var buf [24]byte
		if len(w) > len(buf) {
			return false
		}
		lw := string(lower(buf[:0], w))
		if notNames[lw] || legalForms[lw] || argNotNames[lw] || stopNouns[lw] || i == 0 && (placeFirst[lw] || lw == "hồ") {
			return false // "Santa Cruz", "Lincoln Park", "Hồ Hoàn Kiếm": a place's words
		}
		n++
	}
	if n < 2 || n > 4 || !roleName(v) || thingTitle18(v) {
		return false
	}
	first, last := lexClass(ws[0]), lexClass(ws[len(ws)-1])
	if vietLetters27(v) {
		return first&lexFamily != 0 // Vietnamese names open with the family's ("Hải Phòng" is a city)
	}
	switch {
	case first&lexGiven != 0:
		return true
	case last&lexFamily != 0 && first != lexFamily:
		return true // (not two family names: "Morgan Stanley")
	case familyShaped27(ws[len(ws)-1]) || patronymicParticle27(ws):
		return true
	case allUpperWord27(ws[0]) && len(ws[0]) >= 4 && (first&lexFamily != 0 || last&lexGiven != 0 || familyShaped27(ws[0])):
		return true // "FAMILY Given": "DAVIES Siobhan", "VILLANUEVA Angelica"
	case first == lexFamily && last&lexFamily == 0 && len(ws) == 3:
		return true // a family name first and a given name of two words, as East Asian names are written: "Wong Ka Ming"
	case len(ws) >= 3 && knownWords27(ws) >= 2:
		return true // "Martim Carolina Ribeiro Jesus"
	}
	return false
}

// allUpperWord27 reports a word of two letters or more written in capitals.
func allUpperWord27(w string) bool {
	n := 0
	for _, r := range w {
		if !unicode.IsUpper(r) {
			return false
		}
		n++
	}
	return n >= 2
}

// vietLetters27 reports a letter only Vietnamese writes (ơ, ư, đ, and the
// vowels with a tone mark below or a hook above).
func vietLetters27(v string) bool {
	for _, r := range v {
		if r >= 0x1EA0 && r <= 0x1EF9 || r == 'ơ' || r == 'ư' || r == 'đ' || r == 'Ơ' || r == 'Ư' || r == 'Đ' {
			return true
		}
	}
	return false
}

// familyEndings27 are endings that make a family name in the buyers'
// languages, written in Latin letters: Lithuanian (-ienė, -aitė, -ytė,
// -ūtė, -auskas, -evičius), Icelandic (-dóttir, -sson), Danish and
// Norwegian (-sen), South Slavic (-ović, -ević, -ić), Polish and Czech
// (-ski, -ska, -cki, -cka, -wicz, -czyk, -czak, -ová, -ský, -ská),
// Ukrainian (-enko, -chuk, -czuk), Romanian (-escu, -eanu), Georgian
// (-shvili, -dze), Armenian (-yan), Greek (-poulos, -poulou, -akis, -idis,
// -idou), Turkish (-oğlu), Finnish (-nen), Kazakh (-uly, -kyzy), Russian
// feminine forms (-ova, -eva) and Spanish patronymics (-ez), each with a
// stem long enough that a place's or a brand's word rarely ends so.
var familyEndings27 = []struct {
	end string
	min int // the word's least length in bytes
}{
	{"ienė", 7}, {"aitė", 7}, {"ytė", 6}, {"ūtė", 6}, {"auskas", 8}, {"evičius", 9}, {"avičius", 9},
	{"dóttir", 8}, {"dottir", 8}, {"sson", 6}, {"sen", 6},
	{"ović", 6}, {"ević", 6}, {"ić", 5},
	{"ski", 6}, {"ska", 6}, {"cki", 6}, {"cka", 6}, {"wicz", 7}, {"czyk", 7}, {"czak", 7}, {"ová", 6}, {"ský", 6}, {"ská", 6},
	{"enko", 6}, {"chuk", 6}, {"czuk", 6},
	{"escu", 6}, {"eanu", 6},
	{"shvili", 8}, {"dze", 6},
	{"yan", 6},
	{"poulos", 8}, {"poulou", 8}, {"akis", 6}, {"idis", 6}, {"idou", 6},
	{"oğlu", 6}, {"oglu", 6},
	{"nen", 6},
	{"uly", 5}, {"kyzy", 6},
	{"ova", 7}, {"eva", 7},
	{"ez", 6},
}

// familyShaped27 reports a capitalised word that ends as a family name of
// the buyers' languages does, or opens as Irish, Scottish and Dutch family
// names do ("O'Rourke", "McAllister", "Vandenbroucke").
func familyShaped27(w string) bool {
	if len(w) < 5 || len(w) > 32 {
		return false
	}
	var buf [32]byte
	lw := buf[:0]
	for _, r := range w {
		lw = utf8.AppendRune(lw, unicode.ToLower(r))
		if len(lw) > 28 {
			return false
		}
	}
	l := string(lw)
	for _, e := range familyEndings27 {
		if len(l) >= e.min && strings.HasSuffix(l, e.end) {
			return true
		}
	}
	switch {
	case len(w) >= 5 && (w[0] == 'O' && (w[1] == '\'' || strings.HasPrefix(w[1:], "’")) || w[0] == 'M' && w[1] == 'c') && isUpperRuneAt27(w, strings.IndexFunc(w[1:], unicode.IsUpper)+1):
		return true // "O'Rourke", "McAllister"
	case len(l) >= 8 && (strings.HasPrefix(l, "vanden") || strings.HasPrefix(l, "vander")):
		return true // "Vandenbroucke", "Vandermeulen"
	}
	return false
}

// isUpperRuneAt27 reports an upper-case letter at byte i of w (i > 1).
func isUpperRuneAt27(w string, i int) bool {
	if i < 2 || i >= len(w) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w[i:])
	return unicode.IsUpper(r)
}

// patronymicParticle27 reports words joined by a particle only a person's
// name holds: Malay and Arabic "bin", "binti", "binte", "bint", "ibn" in
// any case, first or inside ("BIN YUSOF Aisyah", "Amir bin Osman"), and,
// inside and in lower case, Dutch "van", "van der", "van den", German
// "von", Filipino "dela", "delos" ("Finn van den Berg"); "de", "da", "del"
// name places as often.
func patronymicParticle27(ws []string) bool {
	for i := 0; i < len(ws)-1; i++ {
		var buf [8]byte
		if len(ws[i]) > len(buf) {
			continue
		}
		switch string(lower(buf[:0], ws[i])) {
		case "bin", "binti", "binte", "bint", "ibn":
			return true
		}
		if i > 0 {
			switch ws[i] {
			case "van", "von", "vanden", "dela", "delos":
				return true
			}
		}
	}
	return false
}

// particleLead27 returns a family name's words without the particles that
// open it ("bin Osman", "dela Cruz", "van der Merwe" written "Family,
// Given"), when a capitalised word remains.
func particleLead27(f []string) []string {
	i := 0
	for i < len(f)-1 && particles[f[i]] {
		i++
	}
	return f[i:]
}

// knownWords27 counts the words of ws the names' lexicon knows.
func knownWords27(ws []string) int {
	n := 0
	for _, w := range ws {
		if lexClass(w) != 0 {
			n++
		}
	}
	return n
}

// initialNotTitle27 reports an abbreviated title of one letter ("M." for
// Monsieur, "P." for Lithuanian ponas) before one word only: there it is
// the given name's initial ("M. Krüger", "P. Pratama"), kept with the name.
func initialNotTitle27(h, rest string) bool {
	return len(h) == 2 && h[1] == '.' && rest != "" && strings.IndexByte(rest, ' ') < 0
}

// particleShaped27 is roleShaped for a name whose family name opens with
// a particle in lower case ("bin Yusof, Amir", "dela Cruz, Jose", "van der
// Merwe, Bongani"): the particle, then a capitalised word.
func particleShaped27(v string) bool {
	sp := strings.IndexByte(v, ' ')
	if sp < 2 || sp > 6 || sp+1 >= len(v) || !particles[v[:sp]] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v[sp+1:])
	return unicode.IsUpper(r) || particles[v[sp+1:min(len(v), sp+1+strings.IndexByte(v[sp+1:]+" ", ' '))]]
}

// numberStop27 reports a full stop at i that ends an item after a token
// holding digits ("v5.15.21. ", "10.09.2025. ", "2430ms. "): no
// abbreviation, whatever dots the token holds.
func numberStop27(s string, i int) bool {
	w := i
	for w > 0 && strings.IndexByte(" \"':,;(/[\\", s[w-1]) < 0 {
		w--
	}
	return i > w && strings.ContainsAny(s[w:i], "0123456789")
}

// rowFamilyShaped27 reports a row's cell that is a name by its family
// name's form: two or three capitalised Latin words (or in capitals) whose
// last ends as a family name does (familyShaped27: "Kovačević",
// "Nieminen", "Navickaitė") or joined by a Malay or Arabic patronymic
// ("Azlan bin Abdullah"), or "Family, Given" whose family part does; the
// first word no particle ("Van Heusen" is a brand as often) and no word of
// places, goods or firms.
func rowFamilyShaped27(v string) bool {
	if c := strings.IndexByte(v, ','); c > 0 {
		if strings.Count(v, ",") != 1 || c+2 >= len(v) || v[c+1] != ' ' || strings.IndexByte(v[:c], ' ') >= 0 {
			return false
		}
		return familyShaped27(v[:c]) && knownWordShape27(v[:c]+" "+v[c+2:])
	}
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 4 || particles[strings.ToLower(ws[0])] || !knownWordShape27(v) {
		return false
	}
	return familyShaped27(ws[len(ws)-1]) || patronymicParticle27(ws)
}

// knownWordShape27 reports knownWordName27's shape, whatever the lexicon
// says: capitalised Latin words, particles inside, none of places, goods,
// firms or commerce, and a person's name by roleName.
func knownWordShape27(v string) bool {
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 4 {
		return false
	}
	for i, w := range ws {
		if i > 0 && i < len(ws)-1 && particles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.Is(unicode.Latin, r) || !unicode.IsUpper(r) || nameWordEnd(w, 0) != len(w) || len(w) > 24 {
			return false
		}
		if len(w) <= 3 && allUpperWord27(w) {
			return false
		}
		var buf [24]byte
		lw := string(lower(buf[:0], w))
		if notNames[lw] || legalForms[lw] || argNotNames[lw] || stopNouns[lw] || i == 0 && placeFirst[lw] {
			return false
		}
	}
	return roleName(v) && !thingTitle18(v)
}
