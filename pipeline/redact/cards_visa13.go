package redact

import "strings"

// Thirteen-digit Visa numbers in one piece.
//
// A Luhn-valid number with an issuer's prefix and length is a card wherever
// it stands. Thirteen digits from 4 are Visa's oldest length, and they are
// also the length of other numbers a shop logs; the look-alike rule below
// names which, and every one of them is told by its context, not its value:
//
//   - EAN-13 barcodes (GS1 prefixes 400–440 are Germany's): a valid EAN-13
//     check digit claims the number (visa13), unless it is grouped 4-4-4-1
//     or stands after a card's key, as nobody writes a barcode so;
//   - a marketplace's ids (Shopify's orders, fulfillments and line items
//     are thirteen digits, some from 4): after an id or order key or word
//     (ctxID, ctxOrder) the number is an id, unless the key is a bare
//     "number", "no", "nr" or "num" (a card's number in a card's object or
//     a mapper's dump: Number='4…'); in a path ("gid://shopify/Order/4…",
//     "/orders/4…/fulfillments") or after '#', it is an id;
//   - German mobile numbers written without their '+' (49 15x, 16x, 17x):
//     a phone;
//   - with no key before it (prose, a cell of a headerless row, a
//     database's tuple, an ORM's bound parameter "[BIGINT] - [4…]"), the
//     number is read as a card only when a card's word ("card", "visa",
//     "tarjeta", "卡"…) or an expiry date (MM/YY) stands on its line: rows
//     and sentences of ids are common, and what a bare number is is said
//     only by what stands around it;
//   - epoch milliseconds from 4 fall after the year 2096.
//
// A key that names a payment card by a word before "card" ("payment_card",
// "creditCard") is a card's key like "card" itself (paymentCardKey), so its
// value is read after it even on the next line (PHP's var_dump).

// visa13Lone reports whether the thirteen-digit Visa number dg (one chunk,
// starting at a) is a card in the context ctx it was read in.
func (sc *scanner) visa13Lone(dg []byte, a, ctx int) bool {
	if len(dg) != 13 || dg[0] != '4' || !luhn(dg) {
		return false
	}
	s := sc.s
	if a > 0 {
		switch c := s[a-1]; {
		case c == '/' || c == '#' || c == '+' || c == '$' || c == '.' || c == '_' || c == '-' && a >= 2 && isWord(s[a-2]):
			return false // a path's id ("gid://shopify/Order/4…"), an anchor's, "+49…", "$4…", a compound id's part
		case c == ':' && a >= 2 && isDigit(s[a-2]):
			return false // after a clock's or an address's digits
		}
	}
	if dg[1] == '9' && dg[2] == '1' && dg[3] >= '5' && dg[3] <= '7' {
		return false // 49 15x / 16x / 17x: a German mobile number without its '+'
	}
	if upcValid(dg) && !visa13CardBeforeExpiry(s, a) {
		return false // an EAN-13 barcode (not "Karte 4… exp 05/27": cards14_visa13.go)
	}
	switch ctx {
	case ctxNone:
		// With no key before it, a card's word or an expiry date on its
		// line says card; without them, in a row, a list or prose, the
		// number is read as the id it more often is.
		return bareNumberKey(s, a) || cardWordNear(s, a) || expiryNear(s, a)
	case ctxID:
		return bareNumberKey(s, a)
	}
	return false
}

// bareNumberKey reports that the key just before a is a bare "number",
// "no", "nr" or "num" (its quotes, an XML tag's '>', '=' or ':' between):
// Number='…', <ns2:Number>…, "number":"…", number=….
func bareNumberKey(s string, a int) bool {
	p := a
	for p > 0 && a-p < 6 {
		c := s[p-1]
		if c != ' ' && c != ':' && c != '=' && c != '"' && c != '\'' && c != '>' && c != '\\' {
			break
		}
		p--
	}
	q := p
	for q > 0 && p-q < 8 && isWord(s[q-1]) {
		q--
	}
	if q > 0 && (isWord(s[q-1]) || s[q-1] == '_' || s[q-1] == '-' || s[q-1] == '.') {
		return false // "order_number", "order.number": an order's
	}
	if q > 1 && s[q-1] == ' ' && isAlpha(s[q-2]) {
		return false // "tracking number …", "invoice no …": a word says whose number
	}
	var buf [8]byte
	switch string(normKey(buf[:0], s[q:p])) {
	case "number", "no", "nr", "num":
		return true
	}
	return false
}

// cardWords name a payment card in the languages of the shops' logs.
var cardWords = []string{"card", "carte", "karte", "tarjeta", "cartão", "cartao", "carta", "kart", "karta", "kaart",
	"visa", "卡", "カード", "카드", "บัตร", "карт", "thẻ", "kartu", "بطاقة", "כרטיס", "kortet"}

// cardWordNear reports a card's word on the line around a (within 240
// bytes either side).
func cardWordNear(s string, a int) bool {
	lo, hi := max(0, a-240), min(len(s), a+240)
	if nl := strings.LastIndexByte(s[lo:a], '\n'); nl >= 0 {
		lo += nl + 1
	}
	if nl := strings.IndexByte(s[a:hi], '\n'); nl >= 0 {
		hi = a + nl
	}
	line := s[lo:hi]
	for _, w := range cardWords {
		if w[0] >= 0x80 {
			if strings.Contains(line, w) {
				return true
			}
			continue
		}
		for off := 0; off < len(line); {
			k := indexFold(line[off:], w)
			if k < 0 {
				break
			}
			k += off
			if (k == 0 || !isAlpha(line[k-1])) && cardWordEnds(line, k+len(w)) {
				return true
			}
			off = k + 1
		}
	}
	return false
}

// cardWordEnds reports that a card's word ends at e: no letter follows, or
// a capital (camel case: "cardNumber") or "s", "no", "num", "number",
// "holder" (not "cardboard", "cardinal").
func cardWordEnds(line string, e int) bool {
	if e >= len(line) || !isAlpha(line[e]) || isUpper(line[e]) {
		return true
	}
	r := line[e:]
	for _, t := range []string{"number", "num", "no", "holder", "s"} {
		if len(r) >= len(t) && strings.EqualFold(r[:len(t)], t) && (len(r) == len(t) || !isAlpha(r[len(t)]) || isUpper(r[len(t)])) {
			return true
		}
	}
	return false
}

// expiryNear reports an expiry date (MM/YY or MM/YYYY, the month 01–12)
// on the line around a, within 80 bytes either side.
func expiryNear(s string, a int) bool {
	lo, hi := max(0, a-80), min(len(s), a+13+80)
	if nl := strings.LastIndexByte(s[lo:a], '\n'); nl >= 0 {
		lo += nl + 1
	}
	if nl := strings.IndexByte(s[a:hi], '\n'); nl >= 0 {
		hi = a + nl
	}
	for p := lo; p+3 <= hi; p++ {
		if s[p] != '/' || p < lo+2 || p+2 >= hi {
			continue
		}
		m1, m2 := s[p-2], s[p-1]
		if !isDigit(m1) || !isDigit(m2) || !isDigit(s[p+1]) || !isDigit(s[p+2]) {
			continue
		}
		if m := int(m1-'0')*10 + int(m2-'0'); m < 1 || m > 12 {
			continue
		}
		if p >= lo+3 && (isDigit(s[p-3]) || s[p-3] == '/') {
			continue // a date's day and month: "05/12/2026"
		}
		e := p + 3
		if e+1 < hi && isDigit(s[e]) && isDigit(s[e+1]) && s[p+1] == '2' && s[p+2] == '0' {
			e += 2 // MM/YYYY
		}
		if e < len(s) && (isDigit(s[e]) || s[e] == '/') {
			continue
		}
		return true
	}
	return false
}

// paymentCardKey reports a key that names a payment card by a word before
// "card" ("payment_card", "creditCard", "debit_card", "bank_card"): its
// value is a card's number. An "id_card", "sim_card" or "gift_card" is not.
func paymentCardKey(k string) bool {
	if !strings.HasSuffix(k, "card") {
		return false
	}
	switch k[:len(k)-4] {
	case "payment", "credit", "debit", "bank", "billing", "buyer", "customer", "stored", "saved", "paying", "prepaid",
		"corporate", "company", "virtual":
		return true
	}
	return false
}
