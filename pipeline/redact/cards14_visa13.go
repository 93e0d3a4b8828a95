package redact

import "strings"

// Thirteen-digit Visa numbers the look-alike rule (cards_visa13.go) gave to
// barcodes or left without a key.
//
// A valid EAN-13 check digit makes a compact thirteen-digit number a
// barcode, and one in ten Visa numbers passes it. A barcode is written
// after its own word ("barcode 4006…", "EAN: 4006…"), never right after a
// card's word with an expiry date beside it: "Karte 4945… exp 05/27",
// "card 4…, expires 11/28" is a card whatever its check digit says.
//
// An event's field named a bare "Number" (a .NET or Java object logged by
// its properties: {"@mt":"…","Number":"4…"}) is the event's form of
// `Number='4…'` in a toString, which the scanner reads as a card's number:
// the field holds nothing else the key before it could tell.

// cardWordRightBefore reports a card's word (cardWords) as the word right
// before a, with only spaces, ':' or '=' between them.
func cardWordRightBefore(s string, a int) bool {
	p := a
	for p > 0 && a-p < 4 && (s[p-1] == ' ' || s[p-1] == ':' || s[p-1] == '=') {
		p--
	}
	if p == a {
		return false
	}
	q := p
	for q > 0 && p-q < 24 && (isAlpha(s[q-1]) || s[q-1] >= 0x80) {
		q--
	}
	if q == p || q > 0 && isWord(s[q-1]) {
		return false
	}
	w := s[q:p]
	for _, cw := range cardWords {
		if strings.EqualFold(w, cw) {
			return true
		}
	}
	return false
}

// visa13CardBeforeExpiry reports a thirteen-digit number at a that stands
// right after a card's word with an expiry date on its line: a card even
// when its check digit is a barcode's.
func visa13CardBeforeExpiry(s string, a int) bool {
	return cardWordRightBefore(s, a) && expiryNear(s, a)
}

// bareNumberField reports an event's path whose last part is a bare
// "number", "no", "nr" or "num" and that names nothing else (pathClass
// gave it no class: a top-level "Number", not "order.number").
func bareNumberField(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) < 2 || len(seg) > 6 || seg[0]|0x20 != 'n' {
		return false // most fields: one length and one byte test
	}
	return strings.EqualFold(seg, "number") || strings.EqualFold(seg, "no") || strings.EqualFold(seg, "nr") || strings.EqualFold(seg, "num")
}

// visa13Value reports a field's whole value that is a thirteen-digit Visa
// number in one piece, read as visa13Lone reads one after a bare number
// key: Luhn, not a barcode, not a German mobile without its '+'.
func visa13Value(v string) bool {
	if len(v) != 13 || v[0] != '4' || countDigits(v) != 13 {
		return false
	}
	dg := []byte(v)
	if !luhn(dg) || upcValid(dg) {
		return false
	}
	return !(dg[1] == '9' && dg[2] == '1' && dg[3] >= '5' && dg[3] <= '7')
}
