package redact

// Phone words of Indian languages in the spellings buyers type: Marathi's
// "मोबाईल" (Hindi writes "मोबाइल"), Tamil's "கைபேசி" and "மொபைல்",
// Telugu, Kannada, Malayalam, Gujarati and Punjabi "phone" and "mobile".
// Like the other words of phoneWordsNonASCII, they put the number a few
// words after them in a phone's context ("माझा मोबाईल नंबर 80310.89840",
// "என் கைபேசி எண் 7175594128").
var phoneWordsIndic24 = []string{"मोबाईल नंबर", "मोबाईल", "भ्रमणध्वनी", "கைபேசி எண்", "கைபேசி", "மொபைல் எண்", "மொபைல்", "அலைபேசி",
	"ఫోన్ నంబర్", "ఫోన్", "మొబైల్", "ಫೋನ್", "ಮೊಬೈಲ್", "ഫോൺ", "മൊബൈൽ", "ફોન", "મોબાઇલ", "ਫ਼ੋਨ", "ਫੋਨ", "ਮੋਬਾਈਲ"}

func init() {
	phoneWordsNonASCII = append(phoneWordsNonASCII, phoneWordsIndic24...)
	for _, w := range phoneWordsIndic24 {
		triggerFirst[w[0]] = true
	}
}
