package redact

import "unicode/utf8"

// Names of three words on a signature's line (names14_free.go), two ways
// the third word is still the name's:
//   - a particle written with a capital inside the name, as Arabic, Berber,
//     Māori and Romance names are written ("Mehdi El Amrani", "Salma Ait
//     Taleb", "Tane Te Whata", "Ana De Souza"): between two capitalised
//     words it joins them as "el", "van" and "de" do;
//   - the third word stands right before a number's hash or a bracket
//     ("-- \nGiven Middle Family #27853", "… Family (4199…)", "… Family
//     [sha256:…]"): what stands after it is no name's. A word, a number, a
//     slash or a bar after it ("Family Votre code …", "FAMILY Given Town
//     3220", "… Town /JS", "… Town | IP") leaves the third word out, as
//     before: a sentence, goods or a town may stand there.

// capParticles28 are name particles as written with a capital inside a
// name.
var capParticles28 = setOf("El", "Al", "Ait", "Aït", "Ben", "Te", "De", "Da", "Di", "Del", "Dos", "Das", "Van", "Von",
	"Bin", "Binti", "Ibn", "Abu", "Ould")

// capParticle28 reports the particle w = s[a:b] between two capitalised
// words.
func capParticle28(s string, a, b int) bool {
	if a < 2 || b+1 >= len(s) || s[a-1] != ' ' || s[b] != ' ' || !capParticles28[s[a:b]] {
		return false
	}
	if c := s[b+1]; !isUpper(c) && c < 0x80 {
		return false
	}
	p := a - 1 // the word before: capitalised
	for p > 0 && s[p-1] != ' ' && s[p-1] != '\n' && !(s[p-1] == 'n' && p >= 2 && s[p-2] == '\\') {
		p--
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	return p < a-1 && (isUpper(s[p]) || r >= 0x80 && r != utf8.RuneError)
}

// sigTail28 reports that the word of a signature's name ending at b stands
// before a number's hash or a bracket (one space between).
func sigTail28(s string, b int) bool {
	if b+1 >= len(s) || s[b] != ' ' {
		return false
	}
	c := s[b+1]
	return c == '#' || c == '(' || c == '['
}
