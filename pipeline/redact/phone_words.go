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
	"foonu", "fóònù", "nọmbafoonu", "nombafoonu", "ekwentị", "ekwenti", "wayar", "lambarwaya",
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
	"утас", "Утас", "тел.", "Тел.", "моб.", "Моб.", "ទូរស័ព្ទ", "ስልክ", "ტელ", "ტელეფონი", "მობ", "հեռ", "հեռախոս", "Հեռ", "Հեռախոս", "ұялы",
	"sími", "Sími", "símanúmer", "farsími", "telefonas", "tālrunis", "ucingo", "inombolo",
	"foonu", "दूरभाष", "फोन नंबर", "मोबाइल नंबर", "फ़ोन नंबर", "தொலைபேசி", "ဖုန်း",
	// Sinhala, Urdu, Bengali
	"දුරකථන", "فون", "موبائل", "ফোন"}

func init() {
	phoneWordsNonASCII = append(phoneWordsNonASCII, phoneWordsMore[asciiPhonePhrases:]...)
	for _, w := range phoneWordsMore[asciiPhonePhrases:] {
		triggerFirst[w[0]] = true
		if w[0] >= 'a' && w[0] <= 'z' {
			triggerFirst[w[0]-'a'+'A'] = true
		}
	}
}

// phonePhraseAt reports an ASCII phone phrase of phoneWordsMore whose
// first word is s[i:j] ("reach me at", "my number is"): the word scanner
// reads each word alone, and the phrase as a whole says a number follows.
// It returns the phrase's end, or 0. The first word's length is the cheap
// test: most words have none of these lengths and letters.
func phonePhraseAt(s string, i, j int) int {
	if e := phonePhrase14At(s, i, j); e > 0 {
		return e // "mi número es …", "numaram …" (phone14_phrases.go)
	}
	var first string
	switch j - i {
	case 2:
		first = "my"
	case 4:
		first = "call"
		if s[i]|0x20 == 't' {
			first = "text"
		}
	case 5:
		first = "reach"
	case 7:
		first = "contact"
	case 8:
		first = "whatsapp"
	default:
		return 0
	}
	if s[i]|0x20 != first[0] || foldDiffers(s[i:j], first) || !strings.EqualFold(s[i:j], first) || j >= len(s) || s[j] != ' ' {
		return 0
	}
	for _, w := range phoneWordsMore[:asciiPhonePhrases] {
		if len(w) > j-i && w[j-i] == ' ' && w[:j-i] == first && prefixFold1(s[i:], w) && (i+len(w) == len(s) || !isWord(s[i+len(w)])) {
			return i + len(w)
		}
	}
	return 0
}

// asciiPhonePhrases is how many of phoneWordsMore are English phrases read
// by phonePhraseAt; the rest join phoneWordsNonASCII.
const asciiPhonePhrases = 15

// argPhoneSpans returns the positional arguments of lists in s that hold
// other PII of the same record (see names_args.go) and are a phone number
// written without a country code or a key: digits alone, in groups joined
// by spaces or dashes ("373 5861", "585 89 85 29", "8 746 217-04-47").
// An argument that is an id, an amount, a date, a time or a
// product code stays (argPhone).
func argPhoneSpans(s string, have []span) []span {
	var out []span
	var items []argItem
	for p := 0; p < len(s); {
		var next int
		items, next = argListAt(s, p, items[:0])
		if len(items) >= 2 && listHoldsPII(s, items, have) {
			for _, it := range items {
				a, b := it.trimmed(s) // names_args.go
				if b-a >= 7 && !overlaps(have, a, b) && !overlaps(out, a, b) && argPhone(s[a:b]) {
					out = append(out, span{start: a, end: b, kind: KindPhone})
				}
			}
		}
		if next <= p {
			next = p + 1
		}
		p = next
	}
	return out
}

// listHoldsPII reports a list one of whose items is PII found already.
func listHoldsPII(s string, items []argItem, have []span) bool {
	for _, it := range items {
		v := s[it.a:it.b]
		if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || overlaps(have, it.a, it.b) {
			return true
		}
	}
	return false
}

// argPhone reports an argument that is a phone number by its shape: 7 to
// 12 digits in two to five groups joined by single spaces or dashes, the
// first group of one to four digits; not an amount, a date,
// epoch seconds, a 3-7-7 order id or a product code (cellLookAlike).
func argPhone(v string) bool {
	v = withoutExtension(v)
	if len(v) > 20 || len(v) < 7 || !isDigit(v[0]) || !isDigit(v[len(v)-1]) {
		return false
	}
	var d [20]byte
	n, groups, first, seps := 0, 1, 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			if n == len(d) {
				return false
			}
			d[n] = c
			n++
			if groups == 1 {
				first++
			}
		case (c == ' ' || c == '-') && i+1 < len(v) && isDigit(v[i+1]) && isDigit(v[i-1]):
			groups++
			seps++
		default:
			return false
		}
	}
	if n < 7 || n > 12 || groups > 5 || groups > 1 && first > 4 {
		return false
	}
	if groups == 1 {
		// Digits in one piece are as often a tracking number, a date or an
		// id; a mobile of a national plan with its trunk 8 is a phone:
		// Lithuania 86xxxxxxx, Kazakhstan 87xxxxxxxxx, Russia 89xxxxxxxxx.
		return n == 9 && d[0] == '8' && d[1] == '6' || n == 11 && d[0] == '8' && (d[1] == '7' || d[1] == '9')
	}
	if groups == 3 && (first == 4 && n == 8 || first == 2 && n == 8 && len(v) == 10 && v[len(v)-5] != ' ') {
		return false // a date: 2026-11-14, 14-11-2026
	}
	if groups == 2 && first == 3 && n == 7 && strings.IndexByte(v, '-') > 0 {
		return false // 150-0031: a Japanese postcode
	}
	if groups == 3 && first == 4 && n == 12 {
		return false // 5083-2295-6147: a tracking number's fours
	}
	if ebayOrderShaped(v) {
		return false // 12-34567-89012: an eBay order (ids_dashed.go)
	}
	return !cellLookAlike(v, d[:n], seps, 0)
}

// phoneExtensions are the words for a phone's extension ("2441 7758 int.
// 446", "toestel 07", "poste 049", "доб. 317").
var phoneExtensions = []string{" ext. ", " ext ", " x ", " int. ", " int ", " toestel ", " poste ", " доб. ", " вн. ",
	" Durchwahl ", " anexo ", " interno ", " ramal ", " wewn. "}

// withoutExtension returns v without an extension written after the number.
func withoutExtension(v string) string {
	if strings.IndexByte(v, ' ') < 0 {
		return v
	}
	for _, x := range phoneExtensions {
		if k := strings.LastIndex(v, x); k > 0 {
			e := v[k+len(x):]
			if len(e) >= 1 && len(e) <= 5 && strings.Trim(e, "0123456789") == "" {
				return v[:k]
			}
		}
	}
	return v
}
