package redact

import "strings"

// Keys that name a card's number in the shops' languages.
//
// "card_number", "cc", "cardno" and "PAN" are read as a card's key (the
// exact-key table), and a card's number of 14 to 19 digits is a card after
// any key. A thirteen-digit Visa is read as a card only after a card's key
// (cards_visa13.go), so a key that names the card in another language
// (`kartennummer`, `numero_tarjeta`, `numéro_carte`, `kortnummer`,
// `номер_карты`) or a card's key behind an object's name (`req.cardNo`,
// `Recipient.Kartennummer`, whose normalised form ends in "no", an id's
// tail) left it to be read as an id. Such a key is a card word and a word
// for "number" in either order: the tail-first languages write
// `kartennummer`, `kortnummer`, `kartno`, the head-first ones
// `numerotarjeta`, `numerodecarte`, `nomorkartu`, `номеркарты`.
//
// A card that is not a payment card is excluded by the word before it: an
// identity card's, a SIM's (an ICCID passes Luhn), a gift, loyalty or
// customer card's, a health insurance card's.

// cardNumberWords are the words for "number" of a card's number key, as a
// normalised key writes them (lower case, no separators).
var cardNumberWords = []string{"number", "num", "no", "nr", "nro", "nummer", "numero", "número", "numer", "numara",
	"numarasi", "numarası", "cislo", "číslo", "szam", "szám", "nomor", "nombor", "so", "số", "номер", "رقم"}

// cardStems are the words for a payment card.
var cardStems = []string{"card", "karte", "karten", "tarjeta", "carte", "cartao", "cartão", "carta", "kaart", "kort",
	"kortti", "karty", "kart", "kartya", "kártya", "kartu", "карты", "карта", "картки", "thẻ", "the", "البطاقة"}

// cardLinks join a head-first number word to the card word: "numero de
// tarjeta", "número do cartão", "numéro di carta".
var cardLinks = []string{"", "de", "do", "da", "di", "du", "del"}

// notPaymentCard are the words before a card word that name another card.
var notPaymentCard = []string{"id", "identity", "sim", "gift", "loyalty", "member", "membership", "kunden", "bonus", "reward",
	"rewards", "student", "health", "insurance", "versicherten", "library", "access", "key", "boarding", "bord", "club",
	"fidelite", "fidelidad", "fidelidade", "sd", "memory", "graphics", "video", "sound", "network", "business", "visit",
	"identidad", "identite", "identidade", "ausweis", "personal"}

// cardNumberKey reports a normalised key that names a card's number.
func cardNumberKey(k string) bool {
	if len(k) < 5 {
		return false
	}
	for _, st := range cardStems {
		// tail first: "kartennummer", "cardno", "kortnummer"
		for _, nw := range cardNumberWords {
			if len(st)+len(nw) <= len(k) && strings.HasSuffix(k, nw) && strings.HasSuffix(k[:len(k)-len(nw)], st) {
				return st != "the" && paymentCardBefore(k[:len(k)-len(nw)-len(st)])
			}
		}
		// head first: "numerotarjeta", "numerodecarte", "nomorkartu"
		if !strings.HasSuffix(k, st) {
			continue
		}
		head := k[:len(k)-len(st)]
		for _, l := range cardLinks {
			if !strings.HasSuffix(head, l) {
				continue
			}
			h := head[:len(head)-len(l)]
			for _, nw := range cardNumberWords {
				if strings.HasSuffix(h, nw) && (len(nw) > 2 || st == "thẻ" || st == "the" && nw == "so" && h == "so") {
					return paymentCardBefore(h[:len(h)-len(nw)])
				}
			}
		}
	}
	return false
}

// paymentCardBefore reports that what a key holds before its card word
// does not name another card than a payment card.
func paymentCardBefore(pre string) bool {
	return !endsWithAny(pre, notPaymentCardSet)
}

var notPaymentCardSet = newTailSet(notPaymentCard)
