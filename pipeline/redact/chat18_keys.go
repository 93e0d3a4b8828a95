package redact

import (
	"strings"
	"unicode/utf8"
)

// People under keys that name them by what they did or what they are in a
// record the key tables were not written for: a live stream's comment
// ("commenter"), a social profile's shown name ("username_display"), a
// sanctions screen's subject ("screened_name"), the person named on an
// identity document in a KYC check ("document_name"), Stripe's
// "billing_details.name" once flattened ("billing_details_name"), an
// Italian record's person ("nominativo", "intestatario"), an account's or
// a card's holder, a payer or a payee in the buyers' languages ("titular",
// "titulaire", "Kontoinhaber", "收款人", "持卡人", "예금주", "口座名義").
// The keys are read by their parts, so "cardTitular" and
// "kyc.screened_full_name" are read alike.
//
// Such keys hold a company, a file or a product as often (a document's
// name is a file's in a document store), so they are role keys (roleKey):
// only a value shaped like a person's name is taken (roleName), and one
// that names a kind of document ("Driver License", "Residence Permit") is
// no one's name wherever it stands (documentKindValue18). The parties of
// invoices ("denominazione", "ragione_sociale", a fapiao's "购买方名称")
// are firms more often than people and are not read here.

// personNouns18 are the last parts of keys that are a person by what they
// did or hold, in the languages sellers' systems are written in.
var personNouns18 = newTailSet([]string{
	"commenter", "commentor", "commentator", "commenters",
	// an account's or a card's holder; a party of an invoice
	"titular", "titulaire", "inhaber", "kontoinhaber", "karteninhaber", "intestatario", "intestataria", "titolare",
	"nominativo", "收款人", "付款人", "持卡人", "名義人", "口座名義", "예금주", "구매자", "주문자",
})

// nameQualifiers18 are the parts before a name's key ("name", "fullname")
// that make it a person's: the subject of a screening or a check, the
// person an identity document names.
var nameQualifiers18 = newTailSet([]string{
	"screened", "sanctioned", "watchlist", "flagged", "verified", "kyc", "document", "doc", "iddocument", "passport",
})

// nameTails18 are the name keys a qualifier stands before.
var nameTails18 = newTailSet([]string{"name", "fullname", "names"})

// detailWrappers18 are the words of an object that holds a party's
// details ("billing_details", "customer_info"): the name under it is the
// party's.
var detailWrappers18 = []string{"details", "detail", "info", "information", "data"}

// shownNames18 are head-first keys of a profile's shown name
// ("username_display", "name_display").
var shownNames18 = []string{"usernamedisplay", "usernameshown", "usernamepublic", "namedisplay", "nameshown",
	"displayedname", "shownname", "publicname"}

// personKeyChat18 reports a normalised key that holds a person by the
// parts above.
func personKeyChat18(k string) bool {
	if len(k) < 4 || len(k) > 48 {
		return false
	}
	if endsWithAny(k, personNouns18) {
		return true
	}
	for _, w := range shownNames18 {
		if strings.HasSuffix(k, w) {
			return true
		}
	}
	before, ok := endsWithPart(k, nameTails18)
	if !ok || before == "" {
		return false
	}
	if endsWithAny(before, nameQualifiers18) {
		return true
	}
	for _, w := range detailWrappers18 {
		if b, ok := strings.CutSuffix(before, w); ok && b != "" && endsWithAny(b, personBeforeSet) {
			return true // "billingdetailsname", "customerinfoname"
		}
	}
	return false
}

// documentKindWords18 are words of a kind of document, not of a person's
// name ("Driver License", "Bank Statement", "Passport Front").
var documentKindWords18 = setOf("passport", "license", "licence", "licencia", "card", "id", "identity", "permit",
	"certificate", "statement", "invoice", "contract", "agreement", "receipt", "form", "letter", "report",
	"scan", "copy", "front", "back", "selfie", "photo", "document", "documents", "visa", "residence", "national",
	"drivers", "driver's", "utility", "bank", "tax", "proof", "address", "registration", "voter", "birth")

// documentKindValue18 reports a value that names a kind of document.
func documentKindValue18(v string) bool {
	var buf [16]byte
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		w = strings.Trim(w, ".,()")
		if len(w) < 2 || len(w) > len(buf) || w[0] >= 0x80 {
			continue
		}
		if documentKindWords18[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}

// roleCommaTail18 extends an unquoted role key's value that stops at a
// comma over the given name written after it, when the value is
// "Family, Given" as records write a person family name first and runs to
// the value's end ("commenter=Sjöberg, Alva&…", "X-Approved-By: Kvamme,
// Mathilde\r\n", "author=Eze, Obinna HTTP/1.1"): one to three capitalised
// words or initials after ", ", then the line's or the text's end, a quote,
// a bracket, a separator or the next key=value pair. It returns the value's
// new end and where the scan resumes, or ve and end unchanged.
func roleCommaTail18(s string, vs, ve, end int) (int, int) {
	if ve <= vs || ve+3 >= len(s) || s[ve] != ',' || s[ve+1] != ' ' || !startsCapOrCaseless18(s[vs:ve]) {
		return ve, end
	}
	p := ve + 2
	for words := 0; words < 3; words++ {
		if !startsCapOrCaseless18(s[p:]) {
			return ve, end
		}
		q := p
		for q < len(s) {
			r, n := utf8.DecodeRuneInString(s[q:])
			if !wordRune18(r) && r != '.' && r != '-' && r != '\'' {
				break
			}
			q += n
		}
		if q == p {
			return ve, end
		}
		if q >= len(s) || strings.IndexByte("&\"'\r\n]);|\\", s[q]) >= 0 || strings.HasPrefix(s[q:], " HTTP/") || nextKeyAt18(s, q) {
			if v := s[vs:q]; roleName(v) && roleWords(strings.Fields(strings.Replace(v, ",", "", 1))) {
				return q, q // (roleWords: no team's, trade's or legal form's word: "Payments, Platform")
			}
			return ve, end
		}
		if s[q] != ' ' {
			return ve, end
		}
		p = q + 1
	}
	return ve, end
}

// nextKeyAt18 reports a space at q and a key=value pair after it.
func nextKeyAt18(s string, q int) bool {
	if q >= len(s) || s[q] != ' ' {
		return false
	}
	p := q + 1
	for p < len(s) && (isAlnum(s[p]) || s[p] == '_' || s[p] == '.' || s[p] == '-') {
		p++
	}
	return p > q+1 && p < len(s) && (s[p] == '=' || s[p] == ':')
}
