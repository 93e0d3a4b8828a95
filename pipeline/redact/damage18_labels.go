package redact

import "strings"

// Messages that open with an event about a record of the buyer's data:
//
//	address book entry edited: job title Judge / src ip: …
//	customer profile changed: brand Logitech, ship to …
//	customer master synced: cost center CC-4175. ship date: …
//	order contact updated: shopify order id 6044886371269 / …
//	customer not at home: part number XPS-65-9916. email …
//	address book entry edited position: Barista, remote_addr: …
//
// The PII word in front ("address", "customer", "contact") names the record
// the event is about; the words after it up to the colon are the event
// ("edited", "synced", "not at home"), and what follows the colon is a list
// of fields, each with its own label. Such a colon is a message's header,
// not a key: the word gives no kind to what follows, and each field is read
// by its own label (a phone after "telefon", a name after "klant").
//
// A value written right after such a header without a label of its own
// keeps the header as its key: "address updated: 12 High St", "customer
// changed: Ana Lima", "address changed: flat 3, …" (a street type or a
// known name opens it).

// eventWords are the words of an event after a record's PII word: the
// participles of editing and syncing, and "not" ("customer not at home",
// "customer not reachable").
var eventWords = setOf("edited", "changed", "updated", "synced", "synchronised", "synchronized", "created",
	"deleted", "removed", "added", "saved", "modified", "imported", "exported", "merged", "archived", "restored",
	"migrated", "not")

// eventTails are words after an event that open a phrase about it, not a
// field's key: "address rejected by geocoder: 6734 szeged, …" (the value is
// the address).
var eventTails = setOf("by", "to", "for", "from", "in", "at", "on", "with", "via", "as", "because", "due", "after",
	"before", "the", "a", "an", "and", "or", "of", "since", "into", "per")

// eventHeader18 reports a colon's label (lower case, from its trigger word
// to the colon) that heads an event's message, with the value starting at k
// in s: an event word after the trigger, then either the words of the
// field's own key before the colon ("… edited position:") or a value that
// opens with a label of its own in lower case ("job title Judge").
func eventHeader18(label, s string, k int) bool {
	var wb [8]string
	ws := fields8(strings.TrimSpace(label), &wb)
	if len(ws) < 2 {
		return false
	}
	ev := -1
	for i := 1; i < len(ws); i++ {
		if eventWords[ws[i]] {
			ev = i
			break
		}
	}
	if ev < 0 {
		return false
	}
	if ev < len(ws)-1 && ws[ev] != "not" && !eventTails[ws[ev+1]] {
		return true // "address book entry edited position:": the field's own key after the event
	}
	return fieldLabelAt(s, k) && !streetInClause18(s, k)
}

// streetInClause18 reports a street's type among the words of the clause
// that starts at k, up to a separator: "wellington close 12, leeds" in a
// text written in lower case is an address, no field's label and value.
func streetInClause18(s string, k int) bool {
	e := k
	for e < len(s) && e-k < 80 && strings.IndexByte(",;/|\n\"", s[e]) < 0 && !(s[e] == '.' && (e+1 == len(s) || s[e+1] == ' ')) {
		e++
	}
	var buf [24]byte
	for _, w := range strings.Fields(s[k:e]) {
		if len(w) <= len(buf) {
			lw := string(lower(buf[:0], w))
			if streetAfter[lw] || streetBefore[lw] {
				return true
			}
		}
	}
	return false
}

// fieldLabelAt reports a field's label in lower case at k: a word of ASCII
// letters followed by a space or a colon, that opens no street ("ul.",
// "rue", "flat"), is no particle of a name ("van", "de") and no name the
// lexicon knows ("maria").
func fieldLabelAt(s string, k int) bool {
	e := k
	for e < len(s) && s[e] >= 'a' && s[e] <= 'z' {
		e++
	}
	if e-k < 2 || e >= len(s) || s[e] != ' ' && s[e] != ':' {
		return false
	}
	w := s[k:e]
	if cls, ok := asciiColonTriggers[w]; ok && cls == keyName {
		// The field's label is a name's ("name สมหญิง …"): the header's
		// reading of it as a name stands, unless it names a thing
		// ("name template …").
		n := e + 1
		for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
			n++
		}
		return s[e] == ' ' && thingHeads[s[e+1:n]]
	}
	return !streetBefore[w] && !particles[w] && lexClass(w) == 0
}

// idWordsBefore name the number right after them as an id, whatever phone
// word stands a few words earlier: "order contact updated: shopify order
// id 6044886371269", "contact us about invoice 44817321".
var idWordsBefore = setOf("id", "ids", "order", "orders", "invoice", "tracking", "waybill", "awb", "shipment",
	"parcel", "sku", "txn", "transaction", "upc", "ean", "gtin", "isbn", "barcode", "listing", "batch", "ticket",
	"case", "rma", "date", "code",
	// an amount's words: "callback scheduled: refund amount 64891.28",
	// "call transcribed: net pay 67166.29 USD"
	"amount", "total", "pay", "price", "sum", "balance", "fee", "cost", "subtotal")

// idWordBefore18 reports an id word ending right before the digits at p,
// among the words the phone reader passed over from k.
func idWordBefore18(s string, k, p int) bool {
	e := p
	for e > k && s[e-1] == ' ' {
		e--
	}
	if e > k && s[e-1] == ':' {
		e-- // "item upc: 0744…"
	}
	b := e
	for b > k && s[b-1] >= 'a' && s[b-1] <= 'z' {
		b--
	}
	if b == e || b > k && s[b-1] != ' ' {
		return false
	}
	w := s[b:e]
	if idWordsBefore[w] {
		return true
	}
	_, ok := orderWordSet.get([]byte(w))
	return ok
}
