package redact

import "strings"

// A labelled line of a document read by OCR or printed on a label ("AMOUNT
// 1.050,59 €", "PACKAGE 4.2 kg 30x20x10 cm", "UPSTREAM STATUS: HTTP 404",
// "PRODUCT Linen Throw Blanket", "MESSAGE ID <…@…>") is a field of the
// document, not a line of the party's block above it, however the block's
// lines are cased, and a label printer's field that holds one is no
// address. The label is one to four words of capitals (its last may end
// in a colon) that name no person's field (no name, address, phone, card
// or secret key); the value reads as a status ("HTTP 404"), an amount, a
// weight or a parcel's size, a duration, an Incoterm and its place, a
// MIME boundary or a Message-ID,
// or, under a label whose key names ids or whose last word names goods,
// sellers, times or amounts (keyID, plainWords), anything but an address
// or a run of capitals (a family name in capitals reads as a label:
// "PRICE JOHN").

// labelValueLine31 reports v as such a line.
func labelValueLine31(v string) bool {
	if len(v) < 6 || !isUpper(v[0]) {
		return false
	}
	words, p, last := 0, 0, ""
	colon := false
	for p < len(v) && isUpper(v[p]) && !colon {
		if words > 0 && incoterm30(v[p:]) {
			break // "INCOTERMS FOB Hamburg"
		}
		q := p
		for q < len(v) && (isUpper(v[q]) || v[q] == '_') {
			q++
		}
		if q < len(v) && v[q] != ' ' && v[q] != ':' && words > 0 {
			break // "PRODUCT Linen …": the value's first word
		}
		if q-p < 2 || q == len(v) {
			return false
		}
		w := v[p:q]
		if v[q] == ':' {
			colon = true
			q++
		}
		if q == len(v) || v[q] != ' ' {
			return false
		}
		words++
		if words > 4 {
			return false
		}
		last = w
		p = q + 1
		for p < len(v) && v[p] == ' ' {
			p++
		}
	}
	if words == 0 || p >= len(v) {
		return false
	}
	label, val := strings.TrimRight(v[:p], " :"), v[p:]
	var buf [64]byte
	switch keyClass(normKey(buf[:0], strings.ReplaceAll(label, " ", ""))) {
	case keyID:
		return !labelAddressValue31(val)
	case keyNone:
	default:
		return false // "SHIP TO: …", "TEL …", "NAME …"
	}
	if plainValue31(val) {
		return true
	}
	lw := strings.ToLower(last)
	for _, w := range plainWords {
		if w == lw {
			return !labelAddressValue31(val) && strings.ToUpper(val) != val
		}
	}
	return false
}

// labelAddressValue31 reports a labelled value that reads as an address
// ("HOUSE NO 12, MG ROAD, …").
func labelAddressValue31(val string) bool {
	return countDigits(val) > 0 && (addressByParts(val) || streetTypeIn(val))
}

// plainValue31 reports a value of one of the shapes no person's field
// takes: an HTTP status, an amount, a weight or a parcel's size, a
// duration, an Incoterm and its place, a MIME boundary, a Message-ID.
func plainValue31(v string) bool {
	switch {
	case strings.HasPrefix(v, "HTTP ") && statusTail30(v[5:]):
		return true
	case amountFirst(v) || amountLast31(v) || incoterm30(v):
		return true
	case strings.HasPrefix(v, "--") && strings.Contains(v, "=_"):
		return true // ----=_Part_…
	case v[0] == '<' && v[len(v)-1] == '>' && strings.IndexByte(v, '@') > 0 && strings.IndexByte(v, ' ') < 0:
		return true // <…@…>
	}
	return weightValue31(v) || durationValue31(v)
}

// amountLast31 reports a number and a currency after it ("1.050,59 €",
// "7563.07 EUR"), or a currency's sign glued before it ("€417,77").
func amountLast31(v string) bool {
	n, cur, ok := strings.Cut(v, " ")
	if !ok {
		if i := strings.IndexFunc(v, func(r rune) bool { return r < 0x80 && isDigit(byte(r)) }); i > 0 && currencyWord(v[:i]) {
			return numberRun31(v[i:])
		}
		return false
	}
	if !numberRun31(n) || strings.IndexByte(cur, ' ') >= 0 {
		return false
	}
	if len(cur) == 3 && isUpper(cur[0]) && isUpper(cur[1]) && isUpper(cur[2]) {
		return true // ISO 4217
	}
	return currencyWord(cur)
}

// numberRun31 reports digits with decimal or group marks (".", ",", "'"),
// beginning and ending with a digit.
func numberRun31(v string) bool {
	if v == "" || !isDigit(v[0]) || !isDigit(v[len(v)-1]) {
		return false
	}
	for i := 0; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && c != '.' && c != ',' && c != '\'' {
			return false
		}
	}
	return true
}

// weightValue31 reports a weight, optionally with a parcel's dimensions:
// "19.0 kg", "4.2 kg 30x20x10 cm", "12 lb".
func weightValue31(v string) bool {
	fs := strings.Fields(v)
	if len(fs) != 2 && len(fs) != 4 || !numberRun31(fs[0]) {
		return false
	}
	switch strings.ToLower(fs[1]) {
	case "kg", "g", "lb", "lbs", "oz", "t":
	default:
		return false
	}
	if len(fs) == 2 {
		return true
	}
	u := strings.ToLower(fs[3])
	if u != "cm" && u != "mm" && u != "in" && u != "m" {
		return false
	}
	dims := strings.Split(fs[2], "x")
	if len(dims) < 2 || len(dims) > 3 {
		return false
	}
	for _, d := range dims {
		if !numberRun31(d) {
			return false
		}
	}
	return true
}

// durationValue31 reports a duration: digits (with a decimal point) and
// "ms", "s", "µs", "ns", "m", "h" ("3861ms", "27.062s").
func durationValue31(v string) bool {
	i := 0
	for i < len(v) && (isDigit(v[i]) || v[i] == '.') {
		i++
	}
	if i == 0 || !isDigit(v[0]) || !isDigit(v[i-1]) {
		return false
	}
	switch v[i:] {
	case "ms", "s", "µs", "us", "ns", "m", "h", "sec", "min":
		return true
	}
	return false
}

// A label printer's label is a buyer's when it carries the buyer's phone,
// address or e-mail, or an IBAN, a card or a resident id (a refund's, a
// cash-on-delivery card's), or a field that opens with a party's heading
// ("SHIP TO: …"); its other fields are then read as the recipient's
// block's (labelFields).

// labelEvidence31 reports a kind of value that makes a label a buyer's.
func labelEvidence31(k Kind) bool {
	return k == KindPhone || k == KindAddress || k == KindEmail || buyerAccount31(k)
}

// partyField31 reports a field that opens with a party's heading and a
// colon, and a value after it.
func partyField31(v string) bool {
	c := strings.IndexAny(v, ":：")
	return c > 0 && c <= 32 && strings.TrimSpace(v[c:]) != ":" && isBlockHeading(v[:c])
}
