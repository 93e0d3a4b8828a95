package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An address typed after "send it to this address", in any case or
// script. A customer's chat turn, search query or assistant prompt asks
// for delivery in their own language and types the address carelessly:
// in lower case ("please send it to 8 rivonia road cape town 6145",
// "bitte liefern an langstrasse 145, 3907 bern") or in a script without
// case ("இந்த முகவரிக்கு அனுப்பவும் 135, …", "энэ хаяг руу илгээнэ үү
// улаанбаатар, …"), where the delivery phrases' reader (address14_dest.go)
// wants a capital to begin. After a phrase that can only ask for delivery
// to an address (a verb of sending and its preposition, or the word for
// "this address"), what follows to the clause's end is the address when
// it is written as one: two words or more, a house number or a postcode
// (one to six digits, not a time's) among them, no run of seven digits or
// more (a phone, an order), and a comma between its parts or, with none, four
// words or more and two numbers (a house number and a postcode: "2 días
// hábiles" is a count of days). It ends
// where dest14End ends a delivery request (a contact word, an amount, an
// id, a full stop after a number or a town) and goes on over a postcode
// set apart by a dash ("சென்னை - 600017").

// sendToPhrases21 are the phrases, lower case, each ending with a space.
var sendToPhrases21 = []string{"please send it to ", "send it to ", "please send to ", "pls send to ", "please deliver to ",
	"deliver it to ", "send it to this address ", "to this address ", "skicka till ", "send til ", "lever til ",
	"liefern an ", "bitte liefern an ", "bitte senden an ", "consegnare a ", "consegnate a ", "spedite a ",
	"entregar na ", "entregar no ", "entregar en ", "envíenlo a ", "envíelo a ", "enviar a ", "mande para ",
	"envie para ", "livrez au ", "livrez à ", "livrer au ", "livrer à ", "envoyez à ", "envoyez au ",
	"na adresu ", "na adres ", "wysłać na adres ", "proszę wysłać na ", "pristatykite adresu ", "toimitusosoite on ",
	"toimittakaa osoitteeseen ", "bezorgen op ", "bezorgen naar ", "paki-deliver sa ", "pakideliver sa ",
	"padala sa ", "tuma kwa ", "peleka kwa ", "hantar ke ", "tolong hantar ke ", "kirim ke ", "gửi đến ",
	"на адресу ", "на адрес ", "по адресу ", "изпратете на ", "пошаљите на ", "доставете на ",
	"இந்த முகவரிக்கு அனுப்பவும் ", "முகவரிக்கு அனுப்பவும் ", "या पत्त्यावर पाठवा ", "पत्त्यावर पाठवा ",
	"इस पते पर भेजें ", "पते पर भेजें ", "اس پتے پر بھیجیں ", "پتے پر بھیجیں ", "به این آدرس بفرستید ",
	"این آدرس بفرستید ", "به آدرس ", "мына мекенжайға жіберіңіз ", "мекенжайға жіберіңіз ",
	"энэ хаяг руу илгээнэ үү ", "хаяг руу илгээнэ үү ", "хаягаар илгээнэ үү ", "សូមផ្ញើទៅ ", "ផ្ញើទៅ ",
	"ဒီလိပ်စာကို ပို့ပေးပါ ", "လိပ်စာကို ပို့ပေးပါ ", "এই ঠিকানায় পাঠান ", "ঠিকানায় পাঠান ", "يرجى التوصيل إلى ",
	"التوصيل إلى ", "أرسلوه إلى ", "נא לשלוח ל", "לשלוח לכתובת "}

// sendToIndex21 finds the phrases by their first two bytes.
var sendToIndex21 = newPhraseIndex(sendToPhrases21)

// sendToAt21 reads a phrase at the word start i and the address after it.
func sendToAt21(s string, i int, have []span) (span, bool) {
	a := -1
	for _, w := range sendToIndex21.candidates(s, i) {
		if k := introMatch21(s, i, w); k > a {
			a = k // the longest phrase ("please send it to ", not "send it to "), typed spaces doubled or not
		}
	}
	if a < 0 {
		return span{}, false
	}
	for a < len(s) && s[a] == ' ' {
		a++
	}
	t := s
	if q := strings.IndexByte(s[a:min(len(s), a+160)], '&'); q > 0 && queryParamAt21(s, a+q+1) {
		t = s[:a+q] // "…+testville+6145&lang=en": the query's next parameter
	}
	e := sendToClause21(t, a, sendToPostcode21(t, dest14End(t, a, 0)))
	if e <= a || !sendToReads21(t[a:e]) {
		return span{}, false
	}
	end, ok := sendToFree21(have, a, e)
	return span{start: a, end: end, kind: KindAddress}, ok
}

// sendToPostcode21 extends an address that ends at e over a postcode set
// apart by a dash (" - 600017"), and no further.
func sendToPostcode21(s string, e int) int {
	if !strings.HasPrefix(s[e:], " - ") {
		return e
	}
	k := e + 3
	n := 0
	for k+n < len(s) && isDigit(s[k+n]) {
		n++
	}
	if n < 4 || n > 6 || k+n < len(s) && !(s[k+n] == ' ' || s[k+n] == ',' || s[k+n] == '.' || s[k+n] == '"' || s[k+n] == '\\' || s[k+n] == '\n') {
		return e
	}
	return k + n
}

// sendToReads21 reports a value after a delivery phrase that is written
// as an address (see above); a capitalised one as dest14Reads reads it.
func sendToReads21(v string) bool {
	if len(v) < 8 || len(v) > 160 || hasMarker(v) || strings.Contains(v, "://") || strings.IndexByte(v, '@') >= 0 || !utf8.ValidString(v) {
		return false
	}
	fs := strings.Fields(v)
	if len(fs) < 2 {
		return false
	}
	var buf [32]byte
	if first := strings.TrimRight(fs[0], ",.:"); len(first) <= 24 && dest14Places[string(lower(buf[:0], first))] {
		return false // "send to warehouse 4": the business's own place
	}
	nums, run, maxRun := 0, 0, 0
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isDigit(v[i]) {
			run++
			maxRun = max(maxRun, run)
			continue
		}
		if run > 0 && (i == len(v) || v[i] != ':') && (i-run == 0 || v[i-run-1] != ':') {
			nums++ // a house number or a postcode, not a time's "14:30"
		}
		run = 0
	}
	if nums == 0 || maxRun > 6 {
		return false
	}
	if r, _ := utf8.DecodeRuneInString(v); unicode.IsUpper(r) {
		return dest14Reads(v) // capitalised: read as a delivery request's address is ("Alemania 2 días" is none)
	}
	return strings.ContainsAny(v, ",،၊") || nums >= 2 && len(fs) >= 4
}

// sendToFree21 reports an address s[a:e] that no reader has taken, or of
// which an address reader took a later part only ("пошаљите на адресу
// Змај [Јовина 68, …]": a first word it did not know as a street's); the
// end returned covers what that reader took.
func sendToFree21(have []span, a, e int) (int, bool) {
	end := e
	for _, x := range have {
		if x.start < e && x.end > a {
			if x.kind != KindAddress || x.start <= a {
				return 0, false
			}
			end = max(end, x.end)
		}
	}
	return end, true
}

// queryParamAt21 reports a URL query's parameter name and "=" at s[k:].
func queryParamAt21(s string, k int) bool {
	n := 0
	for k+n < len(s) && n < 32 && (isAlpha(s[k+n]) || s[k+n] == '_' || s[k+n] == '-' || isDigit(s[k+n]) && n > 0) {
		n++
	}
	return n > 0 && k+n < len(s) && s[k+n] == '='
}

// sendToStops21 are words that open the next clause of a turn typed with
// no punctuation ("… perth wa 1626 the code is …", "… 3907 bern meine
// nummer …"): the address ends before them.
var sendToStops21 = setOf("the", "my", "mi", "mon", "ma", "mein", "meine", "meu", "minha", "min", "mitt", "mit", "mano",
	"moja", "moje", "mój", "and", "code", "kod", "kode", "koodi", "codice", "código", "codigo", "order", "pedido",
	"commande", "bestellung", "zamówienie", "tilaus", "ordre", "ordine", "agizo", "oda", "nambari", "namba", "simu",
	"numer", "nummer", "numero", "número", "call", "pesa", "refund")

// sendToClause21 cuts the address s[a:e] before a word of sendToStops21
// after its first word.
func sendToClause21(s string, a, e int) int {
	for p := a; p < e; p++ {
		if s[p] != ' ' || p+1 >= e {
			continue
		}
		q := p + 1
		for q < e && s[q] != ' ' && s[q] != ',' && s[q] != '.' {
			q++
		}
		var buf [24]byte
		if q-p-1 <= len(buf) && sendToStops21[string(lower(buf[:0], s[p+1:q]))] {
			return trimAddrEnd(s, a, p)
		}
	}
	return e
}
