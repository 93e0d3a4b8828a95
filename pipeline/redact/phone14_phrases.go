package redact

import "strings"

// Buyers give their number in their own language, and the number after
// "my number is" is written as they dial it, with no country code or in a
// national shape the digit reader does not claim alone ("mi número es
// 670865679", "numaram 5205691599", "mera number hai 9617533463", "ang
// number ko ay 639…", "no HP saya: 628…", "мій номер: 380 66 …"). The
// phrase, like "my number is" (phone_words.go), puts the digits that follow
// in a phone's context.

// phonePhrases14 are "my (phone) number is" in the buyers' languages whose
// first word is ASCII, lower case; phonePhrase14At reads them.
var phonePhrases14 = []string{"mi número es", "mi numero es", "mi número", "mi celular es", "mi cel es",
	"mi teléfono es", "meine nummer ist", "meine nummer lautet", "meine telefonnummer ist", "meine handynummer ist",
	"mitt nummer är", "mitt nummer er", "mitt telefonnummer är", "mit nummer er", "mijn nummer is",
	"mijn telefoonnummer is", "mon numéro est", "mon numéro", "mon portable est", "meu número é", "meu número",
	"meu celular é", "il mio numero è", "il mio numero", "moje číslo je", "moje číslo", "numaram", "numaramız",
	"telefon numaram", "mera number hai", "mera number", "mera mobile number", "ang number ko ay", "ang number ko",
	"ang numero ko ay", "ang numero ko", "no hp saya", "no HP saya", "no. hp saya", "no. HP saya", "no telp saya",
	"nomor hp saya", "nomor HP saya", "nomor saya",
	"nomor telepon saya", "nombor saya", "nombor telefon saya", "namba yangu ni", "namba yangu", "nambari yangu ni",
	"numărul meu este", "numărul meu"}

// phonePhrasesHigh14 are the same phrases whose first word holds letters
// beyond ASCII; they join the trigger words the scanner reads at such words
// (phoneWordsNonASCII, keys.go).
var phonePhrasesHigh14 = []string{"mój numer to", "mój numer", "mój nr", "мій номер", "мой номер", "мій телефон",
	"мой телефон", "رقمي هو", "رقمي", "رقم جوالي", "המספר שלי", "ο αριθμός μου είναι", "ο αριθμός μου", "제 번호는",
	"제 번호", "เบอร์ของฉัน", "เบอร์ฉัน", "我的电话是", "我的手机号是", "我的电话", "電話番号は"}

// phrase14At indexes phonePhrases14 by their first word's length and
// first byte (1 + an index into phrase14Lists, or 0): a word costs one
// table load, and only the phrases that begin as it does are compared.
var (
	phrase14At    [16][256]uint8
	phrase14Lists [][]string
)

func init() {
	for _, w := range phonePhrases14 {
		n := strings.IndexAny(w, " .")
		if n < 0 {
			n = len(w)
		}
		if n >= len(phrase14At) {
			continue
		}
		if phrase14At[n][w[0]] == 0 {
			phrase14Lists = append(phrase14Lists, nil)
			phrase14At[n][w[0]] = uint8(len(phrase14Lists))
		}
		k := phrase14At[n][w[0]] - 1
		phrase14Lists[k] = append(phrase14Lists[k], w)
	}
	phoneWordsNonASCII = append(phoneWordsNonASCII, phonePhrasesHigh14...)
	for _, w := range phonePhrasesHigh14 {
		triggerFirst[w[0]] = true
	}
}

// phonePhrase14At reports a phrase of phonePhrases14 whose first word is
// s[i:j]; it returns the phrase's end, or 0. (Small enough to be inlined
// into the word scanner's call: most words end at the table load.)
func phonePhrase14At(s string, i, j int) int {
	if j-i >= len(phrase14At) || phrase14At[j-i][s[i]|0x20] == 0 {
		return 0
	}
	return phonePhrase14In(s, i, phrase14Lists[phrase14At[j-i][s[i]|0x20]-1])
}

// phonePhrase14In returns the end of the phrase of ws that starts at i, or 0.
func phonePhrase14In(s string, i int, ws []string) int {
	for _, w := range ws {
		if len(s)-i < len(w) || len(w) > 1 && s[i+len(w)-1] != w[len(w)-1] {
			continue // (prefixFold1 compares the bytes after the first exactly: the last first)
		}
		if prefixFold1(s[i:], w) && (i+len(w) == len(s) || !isWord(s[i+len(w)]) && s[i+len(w)] < 0x80) {
			return i + len(w)
		}
	}
	return 0
}
