package redact

import "strings"

// "Call me on …" in more of the buyers' languages. A buyer's message or a
// driver's note gives the number after a request to be called, and writes
// it as dialled at home: eight digits in one piece (Estonia, Latvia), a
// trunk and dotted groups ("bel mij op 0645.408.66.8"), groups the digit
// reader does not claim alone ("liguem para o 472 079 422"). The phrase,
// like "call me on" (phone_words.go), puts the digits after it in a
// phone's context. Phrases whose first word is ASCII join the index of
// phonePhrases14 (read by the word scanner); the others join
// phoneWordsNonASCII.

// callPhrases20 begin with an ASCII letter: Spanish, Portuguese, French,
// Italian, German, Dutch, Czech and Slovak, Estonian, Latvian, Lithuanian,
// Icelandic, Zulu, Swedish, Norwegian, Danish, Finnish, Polish. A longer
// phrase comes before its prefix.
var callPhrases20 = []string{"llamame al", "llamenme al", "llameme al", "llámame al",
	"liguem-me para o", "liguem para o", "liguem para", "ligue-me para o", "ligue para o", "ligue para",
	"appelez-moi au", "appelez-moi sur", "appelez-moi", "appelle-moi au", "appelle-moi", "appelez au", "rappelez-moi au",
	"chiamatemi al", "chiamatemi", "chiamami al", "chiamami", "richiamatemi al",
	"rufen Sie mich an unter", "rufen sie mich an unter", "ruf mich an unter", "ruft mich an unter",
	"bel mij op", "bel me op", "bel mij terug op", "bel me terug op",
	"volejte mi na", "volejte na", "zavolejte mi na", "zavolejte na", "volajte mi na", "volajte na",
	"helistage mulle", "helista mulle",
	"zvaniet man uz", "zvaniet uz", "zvani man uz",
	"skambinkite man", "paskambinkite man",
	"hringið í mig í", "hringdu í mig í", "hringið í",
	"ngishayele ku", "ngishayele", "ngifonele ku", "ngifonele",
	"ring mig på", "ring meg på", "ring til mig på",
	"soita minulle numeroon", "soita minulle",
	"zadzwoń do mnie pod", "zadzwon do mnie pod", "proszę dzwonić pod", "prosze dzwonic pod"}

// callPhrasesHigh20 begin with a letter beyond ASCII: Georgian, Armenian,
// Korean, Serbian and Macedonian, Greek.
var callPhrasesHigh20 = []string{"დამირეკეთ", "დამირეკე", "զանգահարեք ինձ", "զանգահարեք", "զանգեք ինձ",
	"연락주세요", "연락 주세요", "전화주세요", "전화 주세요", "이 번호로", "позовите ме на", "позовите ме",
	"τηλεφωνήστε μου στο"}

func init() {
	// indexed as phonePhrases14 are (phone14_phrases.go's init ran first:
	// its name sorts first), by the first word's length, counted to the
	// first space and to the first byte that is no letter ("appelez-moi"
	// is read as "appelez" too), and the lower-cased first byte
	indexCallPhrases(callPhrases20)
	phoneWordsNonASCII = append(phoneWordsNonASCII, callPhrasesHigh20...)
	for _, w := range callPhrasesHigh20 {
		triggerFirst[w[0]] = true
	}
}

// indexCallPhrases adds ws to phonePhrases14's index, by the first word's
// length, counted to the first space and to the first byte that is no
// letter, and the lower-cased first byte.
func indexCallPhrases(ws []string) {
	for _, w := range ws {
		n1 := strings.IndexByte(w, ' ')
		if n1 < 0 {
			n1 = len(w)
		}
		n2 := 0
		for n2 < len(w) && isAlpha(w[n2]) {
			n2++
		}
		for _, n := range []int{n1, n2} {
			if n >= len(phrase14At) {
				continue
			}
			c := w[0] | 0x20
			if phrase14At[n][c] == 0 {
				phrase14Lists = append(phrase14Lists, nil)
				phrase14At[n][c] = uint8(len(phrase14Lists))
			}
			k := phrase14At[n][c] - 1
			if len(phrase14Lists[k]) == 0 || phrase14Lists[k][len(phrase14Lists[k])-1] != w {
				phrase14Lists[k] = append(phrase14Lists[k], w)
			}
			if n1 == n2 {
				break
			}
		}
	}
}
