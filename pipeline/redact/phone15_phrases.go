package redact

// Filipino buyers call a mobile their "cellphone", written "cp" in chats
// and e-mails: "cp number ko po 0927 114 4096", "CP no. 0917 372 1678",
// "cp# 0998 996 6615", "cellphone number ko 0918…". The number is a
// national mobile (09xx xxx xxxx) that the digit reader does not claim
// alone, and "po" (a particle of politeness) after the phrase reads as a
// purchase order's word. The phrases join those of "my number is"
// (phone14_phrases.go), which put the digits after them in a phone's
// context; "cp" alone (a copy command, a code page) is no phrase.

var phonePhrases15 = []string{"cp number ko po", "cp number ko ay", "cp number ko", "cp number po", "cp number",
	"cp no. ko po", "cp no. ko", "cp no.", "cp no", "cp num", "cp#", "cp #",
	"cellphone number ko po", "cellphone number ko", "cellphone number", "cellphone no.", "cellphone no",
	"cell number ko po", "cell number ko", "cel number ko", "cel no. ko", "cel no.",
	// the first byte is folded, the rest compared as written
	"CP number ko po", "CP number ko", "CP number", "CP no.", "CP No.", "CP#", "CP #", "Cp no."}

func init() {
	// indexed as phonePhrases14 are (that file's init ran first: its name
	// sorts first), by the first word's length and lower-cased first
	// byte; a longer phrase comes before its prefix ("cp number ko po",
	// then "cp number")
	for _, w := range phonePhrases15 {
		n := 0
		for n < len(w) && isAlpha(w[n]) {
			n++
		}
		c := w[0] | 0x20
		if phrase14At[n][c] == 0 {
			phrase14Lists = append(phrase14Lists, nil)
			phrase14At[n][c] = uint8(len(phrase14Lists))
		}
		k := phrase14At[n][c] - 1
		phrase14Lists[k] = append(phrase14Lists[k], w)
	}
}
