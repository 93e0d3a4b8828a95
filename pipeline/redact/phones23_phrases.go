package redact

// "Call me on …" in still more of the buyers' languages, and the forms a
// language uses besides the one phones20_phrases.go lists: the polite
// plural ("comuníquense al", "დამირეკოთ"), the separable verb without its
// particle ("rufen Sie mich unter … an"), the request to ring a number
// ("bu nömrəyə zəng edin", "menga qo'ng'iroq qiling", "pokličite me na").
// As there, the phrase puts the digits after it in a phone's context;
// phrases whose first word is ASCII join the index of phonePhrases14 (read
// by the word scanner), the others join phoneWordsNonASCII.

// callPhrases23 begin with an ASCII letter: Spanish, German, Slovene,
// Croatian, Serbian and Bosnian, Uzbek, Azerbaijani, Turkish, Yoruba,
// Hausa, Swahili, Afrikaans, Romanian, Hungarian, Albanian, Portuguese,
// French. A longer phrase comes before its prefix.
var callPhrases23 = []string{"comuníquense al", "comuniquense al", "comuníquese al", "comuniquese al",
	"comunícate al", "comunicate al", "contáctennos al", "llámennos al", "llamen al", "marquen al", "márquenme al",
	"rufen Sie mich unter", "rufen sie mich unter", "ruf mich unter", "erreichen Sie mich unter",
	"erreichen sie mich unter", "bitte zurückrufen unter",
	"pokličite me na", "pokličite na", "pokliči me na", "nazovite me na", "nazovi me na", "pozovite me na",
	"pozovi me na", "zovite me na",
	"qo'ng'iroq qiling", "qoʻngʻiroq qiling", "qo‘ng‘iroq qiling", "qongiroq qiling", "telefon qiling",
	"zəng edin", "zəng et", "zeng edin", "lütfen arayın", "beni arayin",
	"ẹ pè mí sí", "e pe mi si", "pè mí sí", "pe mi si", "a kira ni a", "ku kira ni a",
	"nipigie simu kwa", "nipigie simu", "nipigie kwa", "nipigie",
	"bel my by", "bel my op", "skakel my by",
	"sunați-mă la", "sunati-ma la", "sunați la", "sunati la",
	"hívjon a", "hívjon fel a", "hívjanak a", "hívjanak fel a", "hívjon ezen a számon",
	"më telefononi në", "me telefononi ne",
	"contactem-me pelo", "liguem-me no", "ligue-me no",
	"me rappeler au", "rappeler au", "rappelez-nous au", "rappelez au"}

// callPhrasesHigh23 begin with a letter beyond ASCII: Georgian, Russian,
// Ukrainian, Bulgarian, Greek, Nepali and Hindi, Amharic, Sinhala, Thai,
// Arabic, Chinese.
var callPhrasesHigh23 = []string{"დამირეკოთ", "დამირეკეთ", "დარეკეთ", "დამიკავშირდით",
	"позвоните мне на", "позвоните по номеру", "звоните по номеру", "подзвоніть мені на", "подзвоніть мені",
	"подзвоніть на", "обадете ми се на", "обадете ми се", "καλέστε με στο", "καλέστε με",
	"फोन गर्नुहोस्", "सम्पर्क गर्नुहोस्", "कॉल करें", "फ़ोन करें", "फोन करें",
	"ይደውሉልኝ", "ደውሉልኝ", "මට කතා කරන්න", "අමතන්න", "กรุณาโทร", "โทรกลับที่",
	"اتصل على", "اتصلوا بي على", "请拨打", "请致电", "请联系"}

func init() {
	// indexed as callPhrases20 are (phones20_phrases.go's init ran first:
	// its name sorts first)
	indexCallPhrases(callPhrases23)
	for _, w := range callPhrasesHigh23 {
		if !containsString23(phoneWordsNonASCII, w) {
			phoneWordsNonASCII = append(phoneWordsNonASCII, w)
		}
		triggerFirst[w[0]] = true
	}
}

func containsString23(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}
