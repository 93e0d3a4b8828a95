package redact

import (
	"unicode"
	"unicode/utf8"
)

// destPhrases15 are more of the buyers' requests to send a parcel to an
// address, as chats, SMS and support mails write them: Turkish "şu adrese
// gönderin:" (to this address), Dutch "graag bezorgen op:", German "bitte
// liefern an:" with its colon, Vietnamese "giao về", Spanish "envíalo a".
// Each phrase's first two bytes are a lead the word scanner looks up at
// every word (lead.go); phrases whose lead is a common word's ("send",
// "message", "span", "build") are left out, so words pay no new look-up.
// dest14Spans reads what follows them as it reads its own phrases: an
// address when it begins as one and holds a house number within its first
// words (dest14Reads), so "send it to my office tomorrow" stays.
var destPhrases15 = []string{"şu adrese gönderin: ", "şu adrese gönderin ", "adrese gönderin: ", "adresime gönderin: ",
	"bezorgen op: ", "bezorgen op ", "leveren op: ", "liefern an: ", "giao về: ", "giao về ", "gửi về: ", "gửi về ",
	"envíalo a ", "envíelo a ", "mándalo a ", "envoyez à ", "envoyez-le à ", "wyślijcie na ", "wyślij na ",
	"отправьте на ", "отправьте по адресу ", "надішліть на "}

// dest15Stops are the words after the address with which such a message
// goes on to the buyer's phone: "…, İzmir, telefonum 0532 …", "…, sđt của
// mình là 0912 …", "…, mi cel es 81 …", "…, meu whats é …".
var dest15Stops = []string{"telefonum", "telefonumu", "cep", "sđt", "sdt", "mi", "meu", "minha", "call", "bel", "ruf", "pls"}

// dest15Abbrevs are more abbreviations of four letters or more whose full
// stop does not end an address: Russian "корп." (building), Portuguese
// "Trav." (lane) and "Cond." (estate), Spanish "Priv." (close).
var dest15Abbrevs = []string{"корп", "trav", "priv", "cond", "resd"}

func init() {
	for _, w := range dest15Stops {
		dest14Stops[w] = true // (address14_dest.go)
	}
	for _, w := range dest15Abbrevs {
		dest14Abbrevs[w] = true
	}
	have := setOf(destPhrases...)
	added := false
	for _, w := range destPhrases15 {
		if have[w] {
			continue
		}
		dest14Own[w] = true // read by dest14Spans (address14_dest.go)
		if r, n := utf8.DecodeRuneInString(w); r >= 0x80 && unicode.IsLower(r) {
			dest14Own[string(unicode.ToUpper(r))+w[n:]] = true
		}
		destPhrases = append(destPhrases, w)
		added = true
	}
	if added {
		destIndex = newPhraseIndex(destPhrases)
	}
}
