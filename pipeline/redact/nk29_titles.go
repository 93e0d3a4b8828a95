package redact

// A title, then a name in lower case. Under a name's key a value that
// opens with a title or its abbreviation ("Smt.", "Dr.", "Mr", "Shri")
// and goes on in lower case ("cardholder: Smt. given family") is one
// name: the words after the title are not a sentence that follows the
// name, as they are after a capitalised name ("Ana Lima called back").

// nk29TitleThenLower reports, for a name's value at s[k:] that a word in
// lower case at p would end, that the value's first word is a title and
// every word after it up to p is in lower case: the name goes on.
func nk29TitleThenLower(s string, k, p int) bool {
	sp := k
	for sp < p && s[sp] != ' ' {
		sp++
	}
	if sp >= p || sp-k < 2 || sp-k > 12 {
		return false
	}
	var buf [16]byte
	w := string(lower(buf[:0], s[k:sp]))
	if w == "shop" || w == "team" || !(honorificSet[w] || titleAbbrevs[w]) {
		return false
	}
	for i := sp; i < p; i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == ' ' || c == '-' || c == '\'' || c >= 0x80) {
			return false
		}
	}
	return true
}
