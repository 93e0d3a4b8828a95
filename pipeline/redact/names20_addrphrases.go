package redact

import "strings"

// Buyers and carriers write "delivery address" before the address without
// a colon, as a noun phrase that runs straight into it ("piegādes adrese
// Stabu iela 72-10, …", "adresa de livrare Aleea …", "διεύθυνση παράδοσης
// Ερμού 58, …", "leveradres Vlaamselei 82 bus 1, …", "deliver at 151,
// Cunningham Road, …"). addressPhrases20 are that phrase in the languages
// of the shops' buyers that the lists of word.go, address_parts.go and
// phrases_more.go hold only with a colon or not at all. Without a colon
// the phrase may end a sentence about something else ("the delivery
// address was wrong"), so what follows must begin as an address does
// (addressEvents); where it begins with a letter beyond ASCII, which that
// test does not read, a number must stand within its first six words
// (phraseNumber20).
var addressPhrases20 = []string{
	// English, Dutch, Flemish, Icelandic
	"deliver at ", "delivery at ", "deliver to address ", "leveradres ", "leveringsadres ", "afleveradres: ",
	"afhendingarstaður ", "afhendingarstaður: ", "sendingarstaður ",
	// Baltic
	"piegādes adrese ", "piegādes adrese: ", "tarneaadress ", "tarneaadress: ", "kohaletoimetamise aadress ",
	"pristatymo adresas ",
	// Romanian, Czech, Slovak, Polish, Hungarian, Slovenian, Croatian, Serbian
	"adresa de livrare ", "adresa de livrare: ", "adresă de livrare ", "doručovací adresa ", "adresa doručenia ",
	"adresa doručenia: ", "adres dostawy ", "adres do doręczenia ", "szállítási cím: ", "naslov za dostavo ",
	"adresa za dostavu ", "adresa dostave ",
	// Greek, Ukrainian, Russian, Bulgarian
	"διεύθυνση παράδοσης ", "διεύθυνση παράδοσης: ", "διεύθυνση αποστολής ", "адреса доставки ", "адрес доставки ",
	"адрес за доставка ", "адрес за доставка: ",
	// Georgian, Armenian
	"მიწოდების მისამართი ", "առաքման հասցե ",
	// Nepali, Hindi, Bengali
	"डेलिभरी ठेगाना ", "डेलिभरी ठेगाना: ", "डिलीवरी का पता ", "ডেলিভারি ঠিকানা ",
	// Turkish, Indonesian, Malay, Vietnamese, Portuguese, Spanish, Italian, French
	"alamat pengiriman ", "alamat pengiriman: ", "alamat penghantaran ", "địa chỉ giao hàng ",
	"morada de entrega ", "morada de entrega: ", "direccion de entrega ", "indirizzo di spedizione ",
	"adresse de livraison ", "adresse de livraison: ",
	// Arabic, Hebrew, Persian
	"عنوان التوصيل ", "عنوان التسليم ", "عنوان التسليم: ", "כתובת למשלוח ", "כתובת משלוח ", "آدرس تحویل ",
	// Zulu, Yoruba, Swahili
	"ikheli lokulethwa ", "ikheli lokulethwa: ", "àdírẹ́sì ìfijíṣẹ́ ", "anwani ya kufikisha ",
}

// These phrases go before the lists' shorter ones that begin them
// ("adresa de livrare " before "adresa "), so the index, which takes the
// first phrase that matches, reads the whole phrase; every one of them
// without a colon asks for an address's beginning after it.
func init() {
	have := make(map[string]bool, len(addressPhrases))
	for _, w := range addressPhrases {
		have[w] = true
	}
	var add, colon []string
	for _, w := range addressPhrases20 {
		if !have[w] {
			have[w] = true
			add = append(add, w)
		}
		if !strings.HasSuffix(w, ": ") {
			addressEvents[w] = true
			needsNumber20[w] = true
		}
	}
	addressPhrases = append(add, addressPhrases...)
	// A system's "deliver to" is as often a label, its colon after it
	// ("deliver at: 15, …", "doručit na: …", "livrer à: …"): the colon
	// form of every such phrase, still asking for an address's beginning.
	for _, w := range addressPhrases {
		if !addressEvents[w] || !strings.HasSuffix(w, " ") || strings.HasSuffix(w, ": ") {
			continue
		}
		c := w[:len(w)-1] + ": "
		if !have[c] {
			have[c] = true
			addressEvents[c] = true
			needsNumber20[c] = needsNumber20[w]
			colon = append(colon, c)
		}
	}
	addressPhrases = append(addressPhrases, colon...)
	addrIndex = newPhraseIndex(addressPhrases)
}

// needsNumber20 are the phrases of addressPhrases20 without a colon.
var needsNumber20 = map[string]bool{}

// phraseNumber20 reports whether the phrase w, whose address would start
// at k, may be followed by one there: a phrase of needsNumber20 only when
// a house number or a postcode (a digit) stands within the next six
// words, before a clause's end ("διεύθυνση παράδοσης Ερμού 58, …"; not
// "διεύθυνση παράδοσης άλλαξε σήμερα").
func phraseNumber20(s string, k int, w string) bool {
	if !needsNumber20[w] {
		return true
	}
	words := 0
	for p := k; p < len(s) && p-k < 96; p++ {
		switch c := s[p]; {
		case isDigit(c):
			return true
		case c == ' ':
			if words++; words >= 6 {
				return false
			}
		case c == ';' || c == '\n' || c == '"' || c == '!' || c == '?' || c == '\\':
			return false
		}
	}
	return false
}
