package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phone numbers written without a key, read from where they stand:
//
//	identity resolved: ana@example.com ~ 89001234567 (rule email_phone_exact)
//	keyword STOP received from 9812345678, subscriber … unsubscribed
//	Kontak: Nurul Fake, 6281200000000           Contato: Caio Fake, 85900000000
//	Llegó roto, contáctenme al 611 22 33 44.    WA 628100000000
//
// An identity graph links the identifiers of one person with "~": digits
// linked to an e-mail address are its owner's phone. An SMS keyword (STOP,
// BAJA, UNSUBSCRIBE) is "received from" the subscriber's number. A contact
// label ("Contact:", "Kontak:", "Contato:", "Contacto:", "Kontakt:",
// "Contatto:", "Liên hệ:") opens a clause that names the buyer and then
// gives the number. "WA", "zap" and "whats" are WhatsApp in chats. And a
// Spanish number is written in groups 3-2-2-2 from 6, 7, 8 or 9
// ("611 22 33 44"), a shape no id or amount takes.
//
// The digits must make a phone's length: 9 to 15 in one piece or in groups
// of a space or a dash. What stays: an order or a reference number after
// the same words ("received from order 1234567890" has a word between),
// digits after "~" with no e-mail before it, a contact label's clause that
// ends (a full stop, a line break) before the digits, a Spanish-shaped
// group glued to more digits ("611 22 33 44 55").

// phoneContactLabels16 open a clause that gives a buyer's contact, lower case
// with their colon.
var phoneContactLabels16 = []string{"contact:", "kontak:", "contato:", "contacto:", "kontakt:", "contatto:", "liên hệ:",
	"contacte:", "contact :", "iletişim:", "kontakta:"}

// chatPhoneWords16 name WhatsApp in chats, before the number.
var chatPhoneWords16 = []string{"WA ", "wa ", "zap é ", "zap: ", "zap ", "whats é ", "whats: ", "whats "}

// phoneRun16 returns the end of a run of digits at i in one piece or in
// groups joined by one space or dash, and the number of digits.
func phoneRun16(s string, i int) (end, digits int) {
	e := i
	for e < len(s) {
		if isDigit(s[e]) {
			e++
			digits++
			continue
		}
		if (s[e] == ' ' || s[e] == '-') && e+1 < len(s) && isDigit(s[e+1]) && e > i && isDigit(s[e-1]) {
			e++
			continue
		}
		break
	}
	return e, digits
}

// phone16 is called at a digit at i that the number reader met with no
// context: it redacts a phone number of the shapes above and returns its
// end, or 0.
func (sc *scanner) phone16(i int) int {
	s := sc.s
	if i > 0 && (isWord(s[i-1]) || s[i-1] == '.' || s[i-1] == '/' || s[i-1] == '#' || s[i-1] == '-') {
		return 0
	}
	e, n := phoneRun16(s, i)
	if n < 9 || n > 15 || e < len(s) && (isWord(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return 0
	}
	ok := spanishGroups16(s[i:e]) || i >= 2 && (linkedToEmail16(s, i) || listAfterEmail16(s, i, e) || smsSender16(s, i) ||
		chatPhoneWord16(s, i) || contactPhrase16(s, i) || cjkPhoneLabel16(s, i) || contactClause16(s, i) && !idWordBefore16(s, i))
	if !ok || !sc.emit(i, e, KindPhone, 0) {
		return 0
	}
	return e
}

// spanishGroups16 reports "611 22 33 44": nine digits in groups 3-2-2-2
// from 6, 7, 8 or 9.
func spanishGroups16(v string) bool {
	return len(v) == 12 && v[0] >= '6' && v[3] == ' ' && v[6] == ' ' && v[9] == ' ' &&
		isDigit(v[1]) && isDigit(v[2]) && isDigit(v[4]) && isDigit(v[5]) && isDigit(v[7]) && isDigit(v[8]) &&
		isDigit(v[10]) && isDigit(v[11])
}

// linkedToEmail16 reports digits after "~ " (an identity graph's link)
// that follows an e-mail address (or its marker). (A comma is no link: the
// cells of a row or a tuple follow each other so.)
func linkedToEmail16(s string, i int) bool {
	if !strings.HasSuffix(s[:i], " ~ ") && !strings.HasSuffix(s[:i], "~") {
		return false
	}
	p := strings.LastIndexByte(s[:i], '~')
	q := p
	for q > 0 && s[q-1] == ' ' {
		q--
	}
	b := q
	for b > 0 && s[b-1] != ' ' && s[b-1] != '"' && s[b-1] != '=' && q-b < 254 {
		b--
	}
	t := s[b:q]
	return strings.IndexByte(t, '@') > 0 && strings.IndexByte(t, '.') > 0 || strings.HasPrefix(t, "[REDACTED:email]")
}

// smsSender16 reports digits after "received from " in a text about an
// SMS keyword or a subscriber.
func smsSender16(s string, i int) bool {
	if !strings.HasSuffix(s[:i], "received from ") && !strings.HasSuffix(s[:i], "inbound from ") {
		return false
	}
	return strings.Contains(s, "keyword") || strings.Contains(s, "subscriber") || strings.Contains(s, "opt-out") ||
		strings.Contains(s, "opted out")
}

// chatPhoneWord16 reports digits right after "WA", "zap é", "whats".
func chatPhoneWord16(s string, i int) bool {
	for _, w := range chatPhoneWords16 {
		if strings.HasSuffix(s[:i], w) {
			b := i - len(w)
			return b == 0 || !isWord(s[b-1]) && s[b-1] < 0x80
		}
	}
	return false
}

// contactClause16 reports digits in the clause a contact label opens: the
// label at most 80 bytes before, no full stop, line break, quote or
// bracket between.
func contactClause16(s string, i int) bool {
	b := max(0, i-80)
	t := s[b:i]
	c := strings.LastIndexAny(t, ".!?;|~=\n\"{}()[]")
	if c >= 0 {
		t = t[c+1:]
	}
	if strings.IndexByte(t, ':') < 0 {
		return false
	}
	l := strings.ToLower(t)
	for _, w := range phoneContactLabels16 {
		if k := strings.Index(l, w); k >= 0 && (k == 0 || !isWordRune16(l[:k])) {
			return true
		}
	}
	return false
}

// isWordRune16 reports a letter or digit as the last rune of t.
func isWordRune16(t string) bool {
	r, _ := utf8.DecodeLastRuneInString(t)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// idWordBefore16 reports an id's word right before the digits ("order
// 1234567890", "ref: 123456789").
func idWordBefore16(s string, i int) bool {
	p := i
	for p > 0 && (s[p-1] == ' ' || s[p-1] == ':' || s[p-1] == '#') {
		p--
	}
	b := p
	for b > 0 && isAlpha(s[b-1]) {
		b--
	}
	switch strings.ToLower(s[b:p]) {
	case "order", "id", "ref", "no", "nr", "sku", "invoice", "tracking", "awb", "pedido", "bestellung", "pesanan", "ticket":
		return true
	}
	return false
}

// contactPhrases16 ask to be contacted at a number, with the preposition
// before it, in the buyers' languages.
var contactPhrases16 = []string{"contact me at ", "contact me on ", "call me at ", "call me on ", "text me at ",
	"text me on ", "whatsapp me at ", "whatsapp me on ", "contáctenme al ", "contácteme al ", "contáctame al ",
	"llámame al ", "llámenme al ", "escríbeme al ", "falar comigo no ", "fale comigo no ", "me liga no ",
	"me ligue no ", "ligue para ", "contattatemi al ", "chiamatemi al ", "appelez-moi au ", "contactez-moi au ",
	"erreichbar unter ", "ruf mich an unter ", "rufen sie mich an unter ", "bel me op ", "bel mij op ",
	"hubungi saya di ", "hubungi saya ke ", "hubungi ke ", "tawagan ako sa ", "gọi cho mình số ", "gọi mình số ",
	"تواصلوا على ", "اتصلوا على ", "تواصل معي على ", "اتصل بي على ", "позвоните мне по ", "свяжитесь со мной по ",
	"bana şu numaradan ulaşın ", "beni arayın ", "pa-text na lang sa ", "pa-text sa ", "i-text mo ako sa ",
	"text mo ako sa ", "tawagan mo ako sa "}

// contactPhrasesBy16 files contactPhrases16 by the byte before their
// closing space.
var contactPhrasesBy16 = foldTailIndex(contactPhrases16, 2)

// contactPhrase16 reports digits right after a phrase of contactPhrases16.
func contactPhrase16(s string, i int) bool {
	if s[i-1] != ' ' {
		return false
	}
	ws := contactPhrases16
	if i >= 2 {
		ws = contactPhrasesBy16[s[i-2]] // (those, in order, that may end at s[i-2] before their space: speed27_gates.go)
	}
	for _, w := range ws {
		if len(w) <= i && strings.EqualFold(s[i-len(w):i], w) {
			return true
		}
	}
	return false
}

// cjkPhoneLabels16 are phone labels of Chinese, Japanese and Korean records
// with their colon: the number follows at once ("电话:11232977189"), even
// where a reader of the field before ran over the label.
var cjkPhoneLabels16 = []string{"电话:", "电话：", "手机:", "手机：", "手机号:", "手机号：", "電話:", "電話：", "联系电话:",
	"联系电话：", "聯絡電話:", "電話番号:", "携帯:", "전화:", "전화번호:", "휴대폰:"}

// cjkPhoneLabel16 reports digits right after a label of cjkPhoneLabels16.
func cjkPhoneLabel16(s string, i int) bool {
	if s[i-1] != ':' && s[i-1] < 0x80 {
		return false
	}
	for _, w := range cjkPhoneLabels16 {
		if strings.HasSuffix(s[:i], w) {
			return true
		}
	}
	return false
}

// listAfterEmail16 reports digits that close a list of one person's
// identifiers after their e-mail address ("…: Sneha Fake, sneha@example.com,
// 7000059235" at the end of a message). Inside a bracket (a tuple's values:
// "(5623…, null, a@b.se, 9539…, …)") the cells are a record's columns, ids
// among them, and read elsewhere.
func listAfterEmail16(s string, i, e int) bool {
	if !strings.HasSuffix(s[:i], ", ") || e < len(s) && s[e] != '"' && s[e] != '\n' && s[e] != '\\' {
		return false
	}
	q := i - 2
	b := q
	for b > 0 && s[b-1] != ' ' && s[b-1] != '"' && s[b-1] != ',' && q-b < 254 {
		b--
	}
	t := s[b:q]
	if !(strings.IndexByte(t, '@') > 0 && strings.IndexByte(t, '.') > 0 || t == "[REDACTED:email]") {
		return false
	}
	return !inOpenBracket(s, i)
}
