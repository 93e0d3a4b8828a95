package redact

import "strings"

// phoneTailsMore end more keys whose values are phone numbers (see
// phoneTails in keys.go): "phone" and "mobile" in the languages of the
// Caucasus, Central Asia, Mongolia, Ethiopia, Cambodia, Africa, Iceland and
// the Baltics, in their own scripts and romanised as developers write them
// ("herakhos", "utas", "tourasap", "silk", "simi", "shouji"), and a
// person's "tel" ("buyer.tel").
var phoneTailsMore = withTitleCase([]string{
	// Armenian, Georgian, Azerbaijani
	"հեռախոս", "herakhos", "heraxos", "heŕakhos", "bjjayin", "ტელეფონი", "telefoni", "მობილური", "mobiluri",
	"ტელ", "mobilnomre", "telefonnomresi",
	// Kazakh, Kyrgyz, Uzbek, Mongolian
	"ұялы", "uyaly", "телефоннөмірі", "утас", "utas", "утасныйдугаар", "utasnydugaar", "garutas",
	// Amharic and Tigrinya, Somali, Zulu and Xhosa, Yoruba, Igbo, Hausa
	"ስልክ", "ስልክቁጥር", "silk", "silkkutir", "telefoonka", "ucingo", "inombolo", "inomboloyocingo",
	"foonu", "nọmbafoonu", "nombafoonu", "ekwentị", "ekwenti", "wayar", "lambarwaya",
	// Khmer, Burmese, Lao, Sinhala, Nepali, Hindi, Tamil, Telugu
	"ទូរស័ព្ទ", "tourasap", "toursap", "turasap", "លេខទូរស័ព្ទ", "ဖုန်း", "ဖုန်းနံပါတ်", "ເບີໂທ", "ໂທລະສັບ",
	"දුරකථන", "फोन", "फ़ोन", "मोबाइल", "दूरभाष", "फोननंबर", "मोबाइलनंबर", "தொலைபேசி", "கைபேசி", "ఫోన్",
	// Icelandic, Lithuanian, Latvian, Estonian, Dutch and Flemish
	"sími", "simi", "símanúmer", "simanumer", "farsími", "farsimi", "telefonas", "mobilusis", "tālrunis",
	"talrunis", "mobilais", "telefoninumber", "telefoon", "gsmnummer",
	// Chinese romanised, a person's "tel"
	"shouji", "shoujihao", "dianhua", "lianxidianhua", "buyertel", "customertel", "contacttel", "receivertel",
	"recipienttel", "recvtel", "shippingtel", "billingtel", "usertel", "hometel", "worktel", "officetel",
})

// phoneWordsMore are phone words and phrases of more languages written
// before a number in prose ("утас 976 …", "ទូរស័ព្ទ 855 …", "(ტელ 032 …)",
// "(sími 815 …)", "reach me at …"): the number after them is read as a
// phone's, a few words on (phoneAhead).
var phoneWordsMore = []string{"reach me at", "reach me on", "my number is", "my phone number is", "my mobile is",
	"my mobile number is", "my cell is", "call me on", "call me at", "text me at", "text me on", "whatsapp me at",
	"contact me at", "contact me on", "contact number",
	"утас", "Утас", "ទូរស័ព្ទ", "ስልክ", "ტელ", "ტელეფონი", "მობ", "հեռ", "հեռախոս", "Հեռ", "Հեռախոս", "ұялы",
	"sími", "Sími", "símanúmer", "farsími", "telefonas", "tālrunis", "ucingo", "inombolo",
	"foonu", "दूरभाष", "फोन नंबर", "मोबाइल नंबर", "फ़ोन नंबर", "தொலைபேசி", "ဖုန်း"}

func init() {
	phoneWordsNonASCII = append(phoneWordsNonASCII, phoneWordsMore[asciiPhonePhrases:]...)
	for _, w := range phoneWordsMore[asciiPhonePhrases:] {
		triggerFirst[w[0]] = true
		if w[0] >= 'a' && w[0] <= 'z' {
			triggerFirst[w[0]-'a'+'A'] = true
		}
	}
}

// phonePhraseAt reports an ASCII phone phrase of phoneWordsMore at i ("reach
// me at", "my number is"): the word scanner reads each word alone, and the
// phrase as a whole says a number follows. It returns the phrase's end, or 0.
func phonePhraseAt(s string, i int) int {
	switch s[i] | 0x20 {
	case 'r', 'm', 'c', 't', 'w':
	default:
		return 0
	}
	for _, w := range phoneWordsMore[:asciiPhonePhrases] {
		if prefixFold1(s[i:], w) && (i+len(w) == len(s) || !isWord(s[i+len(w)])) {
			return i + len(w)
		}
	}
	return 0
}

// asciiPhonePhrases is how many of phoneWordsMore are English phrases read
// by phonePhraseAt; the rest join phoneWordsNonASCII.
const asciiPhonePhrases = 15

// webhookCallback reports the word "callback" at s[i:j] naming a webhook's
// call to a service, not a call back to a buyer: after "payment",
// "webhook", "order", "API" or a verb of retrying ("payment callback
// 882080705122080 verified", "retrying callback for 5718891542003"), or
// before "for", "url", "id". The digits after it are the order's.
func webhookCallback(s string, i, j int) bool {
	if j-i != 8 || !strings.EqualFold(s[i:j], "callback") {
		return false
	}
	if j+1 < len(s) && s[j] == ' ' {
		rest := s[j+1:]
		for _, w := range []string{"for ", "url", "id ", "id=", "id:", "from ", "of "} {
			if prefixFold1(rest, w) {
				return true
			}
		}
	}
	p := i - 1
	for p > 0 && s[p] == ' ' {
		p--
	}
	q := p + 1
	for p >= 0 && isAlpha(s[p]) {
		p--
	}
	prev := strings.ToLower(s[p+1 : q])
	switch prev {
	case "payment", "payments", "webhook", "order", "orders", "api", "http", "https", "async", "retrying", "retry",
		"retried", "oauth", "stripe", "paypal", "razorpay", "midtrans", "xendit", "shopee", "lazada", "tiktok":
		return true
	}
	return false
}
