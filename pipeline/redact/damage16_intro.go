package redact

// A one-word introduction written as a proper noun. Turkish "ben" (I),
// Malay and Indonesian "saya", Spanish "soy", Hindi "main" and the like
// introduce a name ("ben Tuğba Şahin", "Saya Nurul Huda"), at a
// sentence's start or after a greeting. Capitalised right after an English
// preposition, the same word is a given name or the first word of a place
// or a brand: "best seller at Ben Thanh Market", "ranked first for Ben
// Thanh Market", "bundle with Soy Sauce Set". The run after it is then no
// name introduced by it (the name readers that know given names still
// read "Ben Carter" on their own).

// introPrepositions are English prepositions a place, a brand or a
// person's full name follows, never a pronoun.
var introPrepositions = setOf("at", "for", "from", "to", "with", "by", "near", "in", "of", "on", "via", "around", "outside")

// properIntro reports that the one-word intro s[i:intro] (ending in its
// space) is capitalised after an English preposition.
func properIntro(s string, i, intro int) bool {
	if i < 3 || intro <= i+1 || !isUpper(s[i]) || s[i-1] != ' ' {
		return false
	}
	for p := i + 1; p < intro-1; p++ {
		if !(s[p] >= 'a' && s[p] <= 'z') {
			return false // "It's", "My name is": more than one lower-case word
		}
	}
	b := i - 1
	for b > 0 && s[b-1] >= 'a' && s[b-1] <= 'z' {
		b--
	}
	if b == i-1 || b > 0 && (isWord(s[b-1]) || s[b-1] >= 0x80) {
		return false
	}
	return introPrepositions[s[b:i-1]]
}
