package redact

import (
	"slices"
	"strings"
)

// plusSpaced reads "kortnummer+4953760253465205" and "ID+440305198210022475":
// a '+' between a word and a compact card number or resident id is a space
// of a form-encoded text that was not decoded as a whole (a form body
// pasted into a message, a value with literal spaces). Only a valid card
// or cn_id counts: "+" before other digits stays a country code's.
func (sc *scanner) plusSpaced(i int) int {
	s := sc.s
	if s[i] != '+' || i == 0 || !isWord(s[i-1]) && s[i-1] != ']' {
		return 0
	}
	e := i + 1
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	d := s[i+1 : e]
	if (e < len(s) && isWord(s[e])) || len(d) < 13 || !(validCard(d, true) || len(d) == 18 && validCNID(d)) {
		return 0
	}
	return sc.number(i + 1)
}

// chunk is one run of digits in a digit group: s[start:end], optionally in
// parentheses, followed by the separator sep (0 when none).
type chunk struct {
	start, end int
	paren      bool
	sep        byte
}

const maxChunks = 16

func isSep(c byte) bool { return c == ' ' || c == '-' || c == '.' || c == '/' }

// number reads a digit group at i (digits joined by single separators, an
// optional leading '+', parenthesised area codes) and redacts the phone
// numbers, cards and Chinese resident ids in it.
func (sc *scanner) number(i int) int {
	s := sc.s
	n := len(s)
	ctx := sc.ctx
	sc.ctx = ctxNone
	if ctx == ctxNone && i > 2 && (s[i-1] == '=' || s[i-1] == ':' || s[i-1] == '"') && partyIDAt(s, i) || ctx == ctxNone && (i == 0 || s[i-1] == '\n') && recordKeyAt(s, i) {
		ctx = ctxID // customer=1982…, HSET buyer:7994…, a padded record's first field: an id (damage14_ids.go)
	}
	if ctx == ctxNone && i > 4 && isDigit(s[i]) && invoiceCodeBefore18(s, i) {
		ctx = ctxID // "fapiao_code 0404…", "<FapiaoCode>0973…": an invoice's code (keys18_parts.go)
	}
	if ctx == ctxNone && i > 3 && isDigit(s[i]) && idLabelBefore27(s, i) {
		ctx = ctxID // "사업자등록번호 051-…", "<ns2:TrackingNumber>0859-…": a business's number, a parcel's (dmg27_ids.go)
	}
	if ctx == ctxNone && i > 3 && s[i] == '0' && s[i-1] != '+' && digitRun32(s, i, 9) && orderLabelBefore32(s, i) {
		ctx = ctxID // "注文番号=0428…": an order's number after its label (dm32_orders.go)
	}
	if ctx == ctxNone && i > 3 && isDigit(s[i]) && (s[i-1] == '=' || s[i-1] == ':' || s[i-1] == ' ') && emvTagBefore21(s, i) {
		ctx = ctxID // "95=0800800000": an EMV tag's data, read by its tag (ids21_values.go)
	}
	if (i == 0 || s[i-1] == '\n') && s[i] == '0' {
		if e := paddedKeyAt21(s, i); e > 0 {
			return e // "0054220928Արամ …": a fixed-width record's key run into the name (ids21_values.go)
		}
	}
	if i > 2 && (s[i-1] == 'D' && s[i-2] == 'F' || s[i-1] == ' ' && isDigit(s[i-2])) {
		if e := zplBarcodeData21(s, i); e > 0 {
			return e // "^BCN,100^FD2341 8753 5956^FS": a barcode's payload (ids21_values.go)
		}
	}
	if i+18 <= len(s) && i > 4 && isDigit(s[i+17]) && (s[i-1] == ' ' || s[i-1] == '+' || s[i-1] == '=' || s[i-1] == ':' || s[i-1] == ')') {
		if e := ssccAt21(s, i); e > 0 {
			return e // "SSCC 3…", "GIN+BJ+…": a pallet's code (ids21_values.go)
		}
	}
	if i > 5 && s[i-1] == '/' && s[i-2] == '/' {
		if e := mt940RefAt21(s, i); e > 0 {
			return e // ":61:…//4968…": the bank's reference of a statement line (ids21_values.go)
		}
	}
	if i >= 60 && s[i-1] == ' ' && i+15 <= len(s) && isDigit(s[i+14]) {
		if e := nachaTraceAt21(s, i); e > 0 {
			return e // an ACH entry record's trace number (ids21_values.go)
		}
	}
	if ctx == ctxNone && i > 4 && isDigit(s[i]) && waybillBefore19(s, i) {
		ctx = ctxID // "mawb 020-5780…", "Awb number" above a column: a waybill's number (damage19_waybills.go)
	}
	if isDigit(s[i]) {
		if e := sc.customAt(i); e > 0 {
			return e
		}
	}
	if i > 0 && s[i-1] == '%' && i+1 < n && isDigit(s[i]) && isHex(s[i+1]) {
		// "%E3%80%92957-5023": the digits begin a URL escape; the text is
		// read decoded too ("〒957-5023").
		return sc.skipRun(i)
	}
	if !sc.leftOK(i) {
		if e := sc.plusSpaced(i); e > 0 {
			return e
		}
		return sc.skipRun(i)
	}
	if isDigit(s[i]) {
		if e := telegramToken(s, i); e > 0 && sc.emit(i, e, KindCredential, 0) {
			return e // a Telegram bot token: <bot id>:AA…
		}
		if e := sc.loneSecret(i); e > 0 {
			return e
		}
	}
	if (ctx == ctxNone || ctx == ctxID || ctx == ctxOrder) && isDigit(s[i]) {
		if e := sc.numberStreet(i); e > 0 {
			return e
		}
		if e := sc.numberStreet16(i); e > 0 {
			return e // "220 Lý Tự Trọng, Phường …", "Lindenhof 92a, 10435 Berlin" (address16_shapes.go)
		}
	}
	if ctx == ctxNone && isDigit(s[i]) {
		if e := sc.phone16(i); e > 0 {
			return e // "… ~ 89001234567", "Kontak: …, 628…", "611 22 33 44" (phone16_context.go)
		}
	}
	plus := s[i] == '+'
	j := i
	if plus {
		j++
	}
	ch := sc.chunks[:0]
	if s[i] == '(' && i+2 < n && s[i+1] == '+' && isDigit(s[i+2]) {
		// "(+62) 818 4316 953": a country code in brackets.
		k := i + 2
		for k < n && isDigit(s[k]) && k-i < 6 {
			k++
		}
		if k < n && s[k] == ')' && k-(i+2) <= 3 {
			plus = true
			ch = append(ch, chunk{start: i + 2, end: k})
			j = k + 1
			if j+1 < n && s[j] == ' ' && (isDigit(s[j+1]) || s[j+1] == '(') {
				ch[0].sep = ' '
				j++
			}
		} else if k+2 < n && s[k] == ' ' && isDigit(s[k+1]) && k-(i+2) <= 3 {
			// "(+374 10) 72 86 64": the country code and the area code in
			// one bracket.
			q := k + 1
			for q < n && isDigit(s[q]) && q-k <= 4 {
				q++
			}
			if q+2 < n && s[q] == ')' && s[q+1] == ' ' && isDigit(s[q+2]) {
				plus = true
				ch = append(ch, chunk{start: i + 2, end: k, sep: ' '}, chunk{start: k + 1, end: q, sep: ' '})
				j = q + 2
			}
		}
	}
	for {
		k := j
		paren := false
		if k < n && s[k] == '(' {
			paren = true
			k++
		}
		st := k
		for k < n && isDigit(s[k]) {
			k++
		}
		if paren && k > st && k-st <= 3 && k+2 < n && s[k] == ' ' && isDigit(s[k+1]) {
			// A trunk prefix and an area code in one bracket: "(06 1) 390
			// 4355", "(06 30) 557 5254".
			q := k + 1
			for q < n && isDigit(s[q]) && q-k <= 3 {
				q++
			}
			if q < n && s[q] == ')' && q-k-1 <= 2 {
				ch = append(ch, chunk{start: st, end: k, sep: ' ', paren: true})
				st, k = k+1, q
			}
		}
		if k == st || paren && (k >= n || s[k] != ')') {
			break
		}
		ch = append(ch, chunk{start: st, end: k, paren: paren})
		if paren {
			k++
		}
		j = k
		if j+1 < n && isSep(s[j]) && (isDigit(s[j+1]) || s[j+1] == '(') {
			ch[len(ch)-1].sep = s[j]
			j++
			continue
		}
		if j+2 < n && s[j] == ' ' && s[j+1] == ' ' && isDigit(s[j+2]) && k-st >= 4 && k-st <= 6 && !paren {
			ch[len(ch)-1].sep = ' ' // "4284  8900  0248  1011": a card typed with double spaces
			j += 2
			continue
		}
		if paren && j < n && isDigit(s[j]) {
			continue
		}
		if plus && len(ch) == 1 && j+1 < n && s[j] == '(' && isDigit(s[j+1]) {
			continue // "+7(955)6684070": the area code in brackets right after the country's
		}
		break
	}
	sc.chunks = ch
	nc := len(ch)
	if nc == 0 {
		if s[i] == '(' {
			return i + 1 // "(0918 …": the parenthesis only opens a remark
		}
		return sc.skipRun(i)
	}
	last := &ch[nc-1]
	end := last.end
	if last.paren {
		end++
	}
	// A Chinese resident id may end in X; it is a value of its own, the
	// chunks before it a group of their own.
	xStart, xEnd := -1, -1
	if !last.paren && end-last.start == 17 && end < n && (s[end] == 'X' || s[end] == 'x') &&
		(end+1 == n || !glued(s, end+1)) && (nc > 1 && ch[nc-2].sep == ' ' || nc == 1 && !plus) &&
		validCNID(s[last.start:end+1]) {
		xStart, xEnd = last.start, end+1
		nc--
		if nc == 0 {
			sc.emit(xStart, xEnd, KindCNID, 0)
			return xEnd
		}
		ch[nc-1].sep = 0
		end = ch[nc-1].end
		if ch[nc-1].paren {
			end++
		}
	}
	if xEnd < 0 && nc == 3 && !last.paren && end < n && (s[end] == 'X' || s[end] == 'x') && (end+1 == n || !glued(s, end+1)) {
		// "330106 19750701 675X": a resident id grouped 6-8-4 whose check
		// character is X.
		a, b, c := ch[nc-3], ch[nc-2], ch[nc-1]
		if a.end-a.start == 6 && b.end-b.start == 8 && c.end-c.start == 3 && a.sep == b.sep && (a.sep == ' ' || a.sep == '-') &&
			validCNID(s[a.start:a.end]+s[b.start:b.end]+s[c.start:c.end]+"X") {
			if nc == 3 && sc.emit(a.start, end+1, KindCNID, 0) {
				return end + 1
			}
		}
	}
	resume := end
	if glued(s, end) {
		// The last chunk belongs to a word ("12ab", "2026-11-25T…",
		// "123.json"), and so do the chunks joined to it by anything but a
		// space ("12-34-56ab" is one id).
		resume = sc.skipTail(end)
		nc--
		for nc > 0 && ch[nc-1].sep != ' ' {
			nc--
		}
		if nc == 0 {
			return resume
		}
		ch[nc-1].sep = 0
		end = ch[nc-1].end
		if ch[nc-1].paren {
			end++
		}
	}
	digits := 0
	for _, c := range ch[:nc] {
		digits += c.end - c.start
	}
	if nc > maxChunks || digits > 40 {
		// A table of numbers, not a value: skipped whole, whatever follows.
		if xEnd > 0 {
			sc.emit(xStart, xEnd, KindCNID, 0)
			return xEnd
		}
		return resume
	}
	if nc == 1 && ch[0].paren {
		ch[0].paren = false // "(5518…)": brackets around one number, not an area code
	}
	if nc > 1 && !plus && strings.IndexByte(s[i:end], ' ') >= 0 && accessLogFields(s, i, end) {
		return resume // an access log's timings, status codes and sizes (damage_access.go)
	}
	sc.segment(ch[:nc], 0, nc, plus, ctx, i)
	if xEnd > 0 {
		sc.emit(xStart, xEnd, KindCNID, 0)
		return xEnd
	}
	return resume
}

// segment finds the values in chunks [lo, hi) of a group, trying the
// longest run first from each chunk. Runs of chunks left over between two
// values are then searched again as groups of their own — exactly what a
// second pass would see once the values are markers — so redacting twice
// gives the same result as redacting once.
func (sc *scanner) segment(ch []chunk, lo, hi int, plus bool, ctx int, i int) {
	if lookAlike(sc.s, ch[lo:hi]) && !(ctx == ctxPhone && lo == 0 && dottedPairsPhone24(sc.s, ch[lo:hi])) {
		return // a phone key's dotted pairs are its number (phaddr24_pairs.go)
	}
	var found [maxChunks][2]int
	nf := 0
	for a := lo; a < hi; a++ {
		if a > lo && ch[a-1].sep != ' ' {
			continue
		}
		for b := hi; b > a; b-- {
			if b < hi && ch[b-1].sep != ' ' {
				continue
			}
			whole := a == lo && b == hi
			c := ctxNone
			if a == 0 {
				c = ctx
			}
			k, ok := sc.classify(ch[a:b], plus && a == 0, c, whole)
			if !ok {
				continue
			}
			st := ch[a].start
			if ch[a].paren && b-a > 1 {
				st--
			}
			if plus && a == 0 {
				st = i
			}
			en := ch[b-1].end
			if ch[b-1].paren && b-a > 1 {
				en++
			}
			before := len(sc.spans)
			sc.emit(st, en, k, 0)
			if len(sc.spans) > before {
				found[nf] = [2]int{a, b}
				nf++
			}
			a = b - 1
			break
		}
	}
	if nf == 0 {
		return
	}
	// Search the leftovers as their own groups, in order.
	spans := append([]span(nil), sc.spans[len(sc.spans)-nf:]...)
	sc.spans = sc.spans[:len(sc.spans)-nf]
	prev := lo
	for f := 0; f <= nf; f++ {
		next := hi
		if f < nf {
			next = found[f][0]
		}
		if next > prev {
			sc.segment(ch, prev, next, plus, ctx, i)
		}
		if f < nf {
			sc.spans = append(sc.spans, spans[f])
			sc.lastEnd = spans[f].end
			prev = found[f][1]
		}
	}
}

// glued reports whether the digits ending at end continue into a word.
func glued(s string, end int) bool {
	if end >= len(s) {
		return false
	}
	c := s[end]
	if (c == 'x' || c == 'X') && end+1 < len(s) && isDigit(s[end+1]) {
		k := end + 1
		for k < len(s) && isDigit(s[k]) {
			k++
		}
		if k-end <= 6 && (k == len(s) || !isWord(s[k]) && s[k] != '@') {
			return false // a phone extension: "…-2671x23"
		}
	}
	if isWord(c) || c == '@' {
		return true
	}
	if (c >= 0x80 || c == '+' || c == '.' || c == '-') && localPartFrom(s, end) {
		return true // the local part of an e-mail address takes the digits: "0+x@…", "12.x@…", "00ʯ@…" (glued_local.go)
	}
	if (c == '-' || c == '.' || c == '/' || c == '_' || c == ':') && end+1 < len(s) && (isWord(s[end+1]) || isMarkerAt(s, end+1)) {
		// "user:pass", "host:port": a marker stands where a word was
		// redacted, so a second pass gives the same verdict.
		return true
	}
	return false
}

// skipTail skips the rest of the word that continues at i. What follows a
// separator is scanned again: leftOK and the compound-id rule keep it from
// being taken for a value of its own, and keys and emails there still count.
func (sc *scanner) skipTail(i int) int {
	s := sc.s
	st := i
	for i < len(s) && isWord(s[i]) {
		i++
	}
	if i < len(s) && (strings.IndexByte("=:\"'`]|", s[i]) >= 0 || s[i] == '\\' && i+1 < len(s) && s[i+1] == '"') {
		// A key that starts with digits ("2faCode=", "2fa_code": …, escaped
		// in JSON held in a string: \"2fa_code\":\"…\") is read
		// as a key from its first letter; key takes in the digits before it.
		t := st
		for t > 0 && t > sc.lastEnd && isWord(s[t-1]) {
			t--
		}
		if i-t < 3 || !isDigit(s[t]) {
			return i
		}
		for p := t; p < i; p++ {
			if isAlpha(s[p]) {
				var buf [64]byte
				if keyClass(normKey(buf[:0], s[t:i])) != keyNone {
					return p // the scan resumes at the key's first letter (after the digits before it are judged)
				}
				break
			}
		}
	}
	return i
}

// lookAlike recognises whole digit groups that are ids, dates or addresses
// and must not be touched: Amazon order ids (3-7-7), dates, IPv4 addresses.
func lookAlike(s string, ch []chunk) bool {
	l := func(k int) int { return ch[k].end - ch[k].start }
	if signedInteger26(s, ch) {
		return true // "queryid: -4217361852809583738" (dmg26_numbers.go)
	}
	switch len(ch) {
	case 3:
		if ch[0].sep == '-' && ch[1].sep == '-' && l(0) == 3 && l(1) == 7 && l(2) == 7 {
			return true // Amazon order id
		}
		if ebayOrder(s, ch[0].start, ch[0].sep, ch[1].sep, l(0), l(1), l(2)) {
			return true // eBay order number, "04-89984-28297" (damage17_ids.go)
		}
		if ch[0].sep == ch[1].sep && ch[0].sep != ' ' && (l(0) == 4 && l(1) <= 2 && l(2) <= 2 || l(0) <= 2 && l(1) <= 2 && l(2) == 4) {
			return true // date
		}
	case 4:
		if ch[0].sep == '.' && ch[1].sep == '.' && ch[2].sep == '.' && l(0) <= 3 && l(1) <= 3 && l(2) <= 3 && l(3) <= 3 &&
			!dottedPhoneNotIP(s, ch) {
			return true // IPv4
		}
	}
	if len(ch) >= 5 {
		// Twenty digits or more in fours: a parcel's tracking number
		// ("9400 1118 9922 3397 4288 51"); no card or phone is that long.
		digits := 0
		for k := range ch {
			if k < len(ch)-1 && (l(k) != 4 || ch[k].sep != ch[0].sep) || l(k) > 4 || ch[k].paren {
				return false
			}
			digits += l(k)
		}
		return digits >= 20
	}
	return false
}

// classify decides what the chunks are. Strong shapes (international
// format, parenthesised area code, Luhn-valid card, resident id) count in
// any part of a group; weak ones (national shapes) only when they are the
// whole group or are held together by dashes and dots.
func (sc *scanner) classify(ch []chunk, plus bool, ctx int, whole bool) (Kind, bool) {
	order := ctx == ctxOrder
	if order {
		ctx = ctxID
	}
	var d [40]byte
	nd := 0
	var lens [maxChunks]int
	seps := 0 // bit 0 space, 1 dash, 2 dot, 3 slash
	trunk := -1
	for k, c := range ch {
		if plus && c.paren && c.end-c.start == 1 && c.start < len(sc.s) && sc.s[c.start] == '0' {
			trunk = k // "+44 (0)20 …"
			lens[k] = 0
			continue
		}
		nd += copy(d[nd:], sc.s[c.start:c.end])
		lens[k] = c.end - c.start
		if k < len(ch)-1 {
			switch c.sep {
			case ' ':
				seps |= 1
			case '-':
				seps |= 2
			case '.':
				seps |= 4
			case '/':
				seps |= 8
			}
		}
	}
	dg := d[:nd]
	if nd < 6 {
		return 0, false
	}
	nc := len(ch)
	parenFirst := ch[0].paren && nc > 1 // one number in brackets is just bracketed
	anyParen := parenFirst
	for _, c := range ch[1:] {
		if c.paren {
			anyParen = true
		}
	}
	// Resident id: 18 digits in one piece, or grouped 6-8-4 (region,
	// birth date, sequence and check).
	if nd == 18 && !plus && (nc == 1 || nc == 3 && lens[0] == 6 && lens[1] == 8 && lens[2] == 4) && validCNID(dg) {
		return KindCNID, true
	}
	// Card: 13–19 digits (12 after a card key: short Maestro numbers), one
	// separator kind, groups starting with four. A number with an issuer's
	// prefix and length that passes Luhn is a card wherever it stands, after
	// an id word or key ("number", "order") too: only the look-alike shapes
	// (3-7-7 order ids, dates, epoch times) are refused before this.
	// Groups start with four, or six in the two-group UnionPay style
	// "623240 124772645195".
	cardShape := !plus && !anyParen && nd <= 19 && (seps == 0 || seps == 1 || seps == 2 || seps == 4 && dottedCard(lens[:nc])) &&
		(nc == 1 || lens[0] == 4 || nc == 2 && lens[0] == 6)
	// Fourteen and fifteen digits in one piece right after an order or id
	// word or key are the order ids of marketplaces (Coupang, Lazada), not
	// a Diners or Amex card, which nobody logs under an order's name.
	orderID := order && nc == 1 && (nd == 14 || nd == 15)
	orderID = orderID || order && nc == 1 && nd >= 17 // and 17 to 19: TikTok Shop's order ids
	// A parcel's number right after a tracking word or key (tracking_before.go).
	orderID = orderID || ctx == ctxID && nc == 1 && nd >= 11 && trackingBefore(sc.s, ch[0].start)
	orderID = orderID || ctx == ctxID && nc == 1 && nd == 14 && upcValid(dg) && gtinKeyBefore25(sc.s, ch[0].start) // a GTIN-14 under its key (keep25_signed.go)
	if cardShape && nd >= 13 && !orderID && validCard(dg, nc == 1) && !(nc == 1 && ctx != ctxCard && tiktokOrderShaped(dg)) {
		return KindCard, true
	}
	if cardShape && visa13(dg) && (ctx == ctxCard || nc > 1 && !order) {
		return KindCard, true
	}
	if cardShape && nd == 13 && dg[0] == '4' && luhn(dg) && (ctx == ctxCard || nc == 4 && lens[3] == 1 && !order) {
		return KindCard, true // grouped 4-4-4-1 or after a card's key: no barcode is written so (cards_visa13.go)
	}
	if cardShape && nc == 1 && nd == 13 && !order && sc.visa13Lone(dg, ch[0].start, ctx) {
		return KindCard, true // a thirteen-digit Visa in one piece (cards_visa13.go)
	}
	if ctx == ctxID {
		// After "order", "id", "tracking"…: digits are an id unless they are
		// a card (above) or unmistakably a phone number (+CC, or a
		// bracketed area code).
		if plus && nd >= 7 && nd <= 15 && dg[0] != '0' && seps&8 == 0 ||
			parenFirst && lens[0] >= 1 && lens[0] <= 4 && nd >= 8 && nd <= 12 {
			return KindPhone, true
		}
		return 0, false
	}
	if cardShape && (nd >= 13 || nd == 12 && ctx == ctxCard) && ctx == ctxCard && luhn(dg) {
		return KindCard, true // after "card", "PAN", "卡号": Luhn alone
	}
	if ctx == ctxPhone && seps&8 != 0 && slashes(ch) == 1 && nd >= 8 && nd <= 13 && !anyParen {
		// After a phone key or word, one slash is the area code's:
		// "gsm=0497/48.86.67", "X-Mobil: 06 70/473 5583".
		return KindPhone, true
	}
	if ctx == ctxPhone && seps == 8 && nc >= 3 && nc <= 4 && nd >= 9 && nd <= 13 && !anyParen && slices.Min(lens[:nc]) >= 3 {
		// After a phone key or word, slashes between every group (a phone
		// keyboard's "／" read as '/'): "0987/010/5980". No date has nine
		// digits or groups of three and more.
		return KindPhone, true
	}
	if seps&8 != 0 && !(nc == 2 && dg[0] == '0' && seps == 8) &&
		!(dg[0] == '0' && dg[1] == '0' && dg[2] != '0' && nd >= 11 && nd <= 14 && slashes(ch) == 1 && ch[0].sep == ' ') && // 0032 467/01.90.15
		!(dg[0] == '0' && dg[1] != '0' && nd >= 9 && nd <= 12 && seps&3 != 0 && slashes(ch) == 1) &&
		!(dg[0] == '0' && dg[1] != '0' && seps == 8|4 && slashes(ch) == 1 && ch[0].sep == '/') {
		// slashes: only "030/1234567", "06 20/123-4567", "06 30/557 5254", "0630/123-4567" (an area
		// code before the slash), and Belgium's "0476/46.95.13", "02/294.05.63"
		return 0, false
	}
	if trunk >= 0 && !plus {
		return 0, false
	}
	// International: +CC …, 00CC …
	if plus {
		if nd >= 7 && nd <= 15 && dg[0] != '0' {
			return KindPhone, true
		}
		return 0, false
	}
	if nc == 3 && lens[0] == 4 && lens[1] == 4 && lens[2] == 4 && dg[0] == '0' && dg[1] != '8' && ctx != ctxPhone &&
		!(dg[1] == '1' && ch[0].sep == '-' && ch[1].sep == ' ') { // (a German mobile's prefix apart: "0176-5080 8356", phones20_dash.go)
		return 0, false // 4-4-4 is a tracking number unless it is an Indonesian mobile (08xx)
	}
	// The international prefix 00 is written in one piece: "0.01 0.000 422 429 312"
	// are a load balancer's timings and status codes.
	if nd >= 10 && nd <= 17 && dg[0] == '0' && dg[1] == '0' && dg[2] != '0' && lens[0] >= 2 && (nc > 1 || whole) && !(nc == 1 && (nd == 12 || nd == 13) && upcValid(dg)) &&
		!intlPrefixCCShort(dg, lens[:nc]) { // "002 12616242637239": no country code is "2" (damage_ids11.go)
		return KindPhone, true
	}
	if parenFirst && lens[0] >= 1 && lens[0] <= 4 && nd >= 8 && nd <= 12 && nc >= 2 {
		return KindPhone, true
	}
	// A national shape with spaces must be the whole group, unless a phone
	// word or key stands before it: "call 06 7450 6778 744940371468".
	weakOK := whole || seps&1 == 0 || ctx == ctxPhone
	if !weakOK {
		return 0, false
	}
	if ctx == ctxPhone && nd >= 6 && nd <= 15 {
		return KindPhone, true
	}
	if seps&4 != 0 {
		// Dotted numbers are versions and amounts unless shaped like a phone.
		ok := nc == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4 ||
			nc == 3 && dg[0] == '0' && dg[1] != '0' && lens[0] == 4 && lens[1] == 3 && lens[2] == 3 || // VN 0988.084.964
			nc == 4 && lens[0] == 1 && dg[0] == '1' && lens[1] == 3 && lens[2] == 3 && lens[3] == 4 ||
			nc == 5 && dg[0] == '0' && lens[0] == 2 && lens[1] == 2 && lens[2] == 2 && lens[3] == 2 && lens[4] == 2 ||
			// BE 0476/46.95.13, 0489.36.61.06, 02/294.05.63, 04/478.72.08
			nc == 4 && dg[0] == '0' && dg[1] != '0' && (lens[0] == 4 || lens[0] <= 2 && lens[1] == 3) && lens[2] == 2 && lens[3] == 2 && (nd == 9 || nd == 10) ||
			nc == 3 && dg[0] == '0' && dg[1] == '1' && lens[0] == 3 && lens[1] == 4 && lens[2] == 4 || // KR 010.3385.6927
			dottedNational(dg, lens[:nc]) // SE/UA 073.508.02.89, PH 0999.152.8342 (phone_dots.go)
		if ok {
			return KindPhone, true
		}
		return 0, false
	}
	switch {
	case nd == 11 && dg[0] == '1' && dg[1] >= '3' && dg[1] <= '9' && (nc == 1 || nc == 3 && lens[0] == 3 && lens[1] == 4):
		return KindPhone, true // CN mobile
	case nd == 12 && nc == 1 && dg[0] == '0' && dg[1] != '8' && upcValid(dg):
		return 0, false // a UPC-A barcode; 08… stays an Indonesian mobile
	case nd == 12 && nc == 1 && dg[0] == '0' && !trunk12Mobile27(dg):
		return 0, false // a fapiao's code, a UPC-A, a FedEx number (dmg27_ids.go)
	case nc == 3 && seps == 2 && lens[0] == 3 && lens[1] == 2 && lens[2] == 5:
		return 0, false // 012-34-56789: a Korean business's number (dm32_orders.go)
	case dg[0] == '0' && dg[1] != '0' && nd >= 9 && nd <= 12:
		return KindPhone, true // national format with trunk 0
	case nc == 1 && intlMobile(dg) && !(nd == 12 && upcValid(dg)):
		return KindPhone, true // 6581457843, 84773028455: +CC mobile without the '+'
	case nc >= 2 && nc <= 5 && seps&^3 == 0 && lens[0] == ccLen(dg) && (intlMobile(dg) || intlMobileGrouped(dg)):
		return KindPhone, true // "351 917 230 029", "852-6633-7426": the country code as the first group
	case brazilCCAreaMobile(dg, lens[:nc]):
		return KindPhone, true // BR 5511 94248 8712: the country and area codes in one group (phone_br.go)
	case nc == 5 && dg[0] == '8' && (dg[1] == '9' || dg[1] == '7') && lens[0] == 1 && lens[1] == 3 && lens[2] == 3 && lens[3] == 2 && lens[4] == 2:
		return KindPhone, true // RU 8 912 345 67 89, 8-912-345-67-89, KZ 8 701 217-04-47
	case nc == 3 && dg[0] == '8' && dg[1] == '6' && lens[0] == 1 && lens[1] == 3 && lens[2] == 5 && seps == 1:
		return KindPhone, true // LT 8 612 34567
	case nc == 1:
		return 0, false
	case nc == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 4:
		return KindPhone, true // US 415-555-2671 (also numbers typed with an impossible area code)
	case nc == 4 && lens[0] == 1 && dg[0] == '1' && lens[1] == 3 && lens[2] == 3 && lens[3] == 4:
		return KindPhone, true // US 1-415-555-2671
	case nc == 3 && lens[0] == 2 && (lens[1] == 4 || lens[1] == 5 && dg[2] == '9') && lens[2] == 4 && dg[0] != '0':
		return KindPhone, true // MX 55 1234 5678, BR 11 91234-5678
	case nc == 2 && lens[0] == 4 && lens[1] == 4 && (dg[0] == '6' || dg[0] == '8' || dg[0] == '9') && seps&^3 == 0:
		return KindPhone, true // SG 9123 4567
	case nc == 2 && lens[0] == 5 && lens[1] == 4 && dg[0] == '9' && seps == 2:
		return KindPhone, true // BR mobile without area code 91234-5678
	case nc == 3 && lens[0] == 3 && lens[1] == 3 && lens[2] == 3 && dg[0] >= '6' && dg[0] <= '9':
		return KindPhone, true // ES 612 345 678
	case nc == 2 && lens[0] == 5 && lens[1] == 5 && dg[0] >= '6' && dg[0] <= '9':
		return KindPhone, true // IN 98765 43210
	}
	return 0, false
}

// dottedCard reports card groups joined by dots ("4178.2360.3552.9856",
// a 19-digit "6250.4390.7499.1209.405", Amex "3787.344936.71000", Diners
// "3056.930902.5904"): three groups or more, in fours but the last, or
// 4-6-5 and 4-6-4. Versions, amounts and
// addresses are not grouped so (and a card must still pass its issuer's
// prefix, length and Luhn).
func dottedCard(lens []int) bool {
	if len(lens) == 3 && lens[0] == 4 && lens[1] == 6 && (lens[2] == 5 || lens[2] == 4) {
		return true // Amex 4-6-5, Diners 4-6-4
	}
	if len(lens) < 3 {
		return false
	}
	for _, l := range lens[:len(lens)-1] {
		if l != 4 {
			return false
		}
	}
	return lens[len(lens)-1] >= 1 && lens[len(lens)-1] <= 4
}

// ccLen is the length of the country code intlMobile reads at the start
// of d: one digit for Russia, three for the 35x, 42x, 85x, 88x, 96x, 97x,
// 25x and 234 codes, two otherwise.
func ccLen(d []byte) int {
	if d[0] == '7' {
		return 1
	}
	if len(d) <= 2 {
		return 2
	}
	// ITU-T E.164 zones: the two-digit codes of each zone; the rest of the
	// zone's codes have three digits (zone 1 is read as two, as before).
	switch c := d[1]; d[0] {
	case '2':
		if c != '0' && c != '7' {
			return 3 // 2[1-69]x: Africa
		}
	case '3':
		if c == '5' || c == '7' || c == '8' {
			return 3
		}
	case '4':
		if c == '2' {
			return 3
		}
	case '5':
		if c == '0' || c == '9' {
			return 3
		}
	case '6':
		if c >= '7' {
			return 3
		}
	case '8':
		if c != '1' && c != '2' && c != '4' && c != '6' {
			return 3
		}
	case '9':
		if c == '6' || c == '7' || c == '9' {
			return 3
		}
	}
	return 2
}

// luhn reports whether the digits pass the Luhn check.
func luhn[T string | []byte](d T) bool {
	sum := 0
	dbl := false
	for k := len(d) - 1; k >= 0; k-- {
		v := int(d[k] - '0')
		if dbl {
			v *= 2
			if v > 9 {
				v -= 9
			}
		}
		sum += v
		dbl = !dbl
	}
	return sum%10 == 0
}

func prefixNum[T string | []byte](d T, n int) int {
	v := 0
	for k := 0; k < n && k < len(d); k++ {
		v = v*10 + int(d[k]-'0')
	}
	return v
}

// validCard checks issuer prefix, the lengths that issuer uses, and Luhn.
// Compact digits that read as a timestamp in micro- or nanoseconds are
// refused even when Luhn-valid (nobody groups a timestamp in fours).
func validCard[T string | []byte](d T, compact bool) bool {
	n := len(d)
	p1, p2, p3, p4 := prefixNum(d, 1), prefixNum(d, 2), prefixNum(d, 3), prefixNum(d, 4)
	ok := false
	switch p1 {
	case 1: // JCB 1800
		ok = p4 == 1800 && n >= 15 && !(compact && epochLike(d))
	case 2:
		ok = p4 == 2131 && n >= 15 || // JCB
			p4 >= 2200 && p4 <= 2204 && n >= 16 || // Mir
			p4 >= 2221 && p4 <= 2720 && n == 16 // Mastercard
	case 3:
		ok = (p2 == 34 || p2 == 37) && n == 15 || // Amex
			(p3 >= 300 && p3 <= 305 || p2 == 36 || p2 == 38 || p2 == 39) && (n == 14 || n == 16 || n == 19) || // Diners
			p2 == 35 && n >= 16 // JCB
	case 4:
		ok = n == 16 || n == 19 // Visa (13-digit numbers are retired and collide with order ids)
	case 5:
		ok = p2 >= 51 && p2 <= 55 && n == 16 || // Mastercard
			(p2 == 50 || p2 >= 56) && (n == 16 || n == 19) // Maestro, Elo
	case 6:
		ok = n >= 16 // Discover, UnionPay, Maestro, Elo, Hiper
	case 8:
		ok = p3 >= 810 && p3 <= 817 && n >= 16 || // UnionPay
			(p2 == 81 || p2 == 82) && n == 16 || // RuPay
			p4 == 8600 && n == 16 // UzCard
	case 9:
		ok = (p4 == 9792 || p4 == 9682) && n == 16 || // Troy, mada
			(p4 == 9804 || p4 == 9860 || p4 == 9112 || p4 == 9051) && n == 16 || // PROSTIR, Humo, BelCard, ArCa
			p4 == 9704 && (n == 16 || n == 19) // NAPAS
	}
	return ok && luhn(d)
}

// visa13 reports a thirteen-digit Visa number: retired from issuing but
// still on cards and in test data. Thirteen digits are also EAN-13
// barcodes and marketplaces' ids (Shopify's orders and fulfillments among
// them; epoch milliseconds start with 1), so a valid EAN-13 check digit
// claims the number first, and classify counts it only after a card's key
// or word (`"card":{"number":…}`, "cc=") or grouped ("4556 7375 8689 9"),
// as nobody groups an id.
func visa13(d []byte) bool {
	return len(d) == 13 && d[0] == '4' && luhn(d) && !upcValid(d) // epoch ms from 4 are after 2096
}

// epochLike reports digits that read as a time since 1970 in ms, µs or ns
// between the years 2000 and 2100.
func epochLike[T string | []byte](d T) bool {
	var div uint64
	switch len(d) {
	case 13:
		div = 1e3
	case 16:
		div = 1e6
	case 19:
		div = 1e9
	default:
		return false
	}
	var v uint64
	for k := 0; k < len(d); k++ {
		v = v*10 + uint64(d[k]-'0')
	}
	sec := v / div
	return sec >= 946684800 && sec < 4102444800
}

var cnWeights = [17]int{7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2}

// validCNID checks an 18-character Chinese resident id: region, birth date
// and the ISO 7064 MOD 11-2 check character.
func validCNID[T string | []byte](s T) bool {
	if len(s) != 18 || s[0] < '1' || s[0] > '8' {
		return false
	}
	for k := 0; k < 17; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	y := prefixNum(s[6:10], 4)
	m := prefixNum(s[10:12], 2)
	dd := prefixNum(s[12:14], 2)
	if y < 1900 || y > 2099 || m < 1 || m > 12 || dd < 1 || dd > 31 {
		return false
	}
	sum := 0
	for k := 0; k < 17; k++ {
		sum += int(s[k]-'0') * cnWeights[k]
	}
	want := "10X98765432"[sum%11]
	c := s[17]
	if c == 'x' {
		c = 'X'
	}
	return c == want
}

// upcValid checks a UPC-A (or EAN-13) check digit.
func upcValid(d []byte) bool {
	sum := 0
	n := len(d)
	for k := 0; k < n-1; k++ {
		v := int(d[k] - '0')
		if (n-1-k)%2 == 1 {
			v *= 3
		}
		sum += v
	}
	return (10-sum%10)%10 == int(d[n-1]-'0')
}

// intlMobile reports a mobile number in international form written
// without its '+', by the numbering plans of the markets the sellers ship
// to: the country code, the mobile prefix and the exact length. Ten to
// twelve digits only: thirteen are EAN-13 codes and epoch milliseconds.
func intlMobile(d []byte) bool {
	n := len(d)
	if n < 10 || n > 13 {
		return false
	}
	if n == 13 {
		switch string(d[:2]) {
		case "86": // China 1[3-9] + 9
			return d[2] == '1' && d[3] >= '3' && d[3] <= '9'
		case "23": // Nigeria 234 7/8/9 + 9
			return d[2] == '4' && (d[3] == '7' || d[3] == '8' || d[3] == '9')
		}
		return false
	}
	at := func(k int, set string) bool { return strings.IndexByte(set, d[k]) >= 0 }
	switch string(d[:2]) {
	case "65": // Singapore 6/8/9 + 7
		return n == 10 && at(2, "689")
	case "60": // Malaysia 1 + 8–9
		return (n == 11 || n == 12) && d[2] == '1'
	case "63": // Philippines 9 + 9
		return n == 12 && d[2] == '9'
	case "62": // Indonesia 8 + 8–10
		return n >= 11 && d[2] == '8'
	case "66": // Thailand 6/8/9 + 8
		return n == 11 && at(2, "689")
	case "84": // Vietnam 3/5/7/8/9 + 8
		return n == 11 && at(2, "35789")
	case "82": // Korea 10 + 8
		return n == 12 && d[2] == '1' && d[3] == '0'
	case "81": // Japan 70/80/90 + 8
		return n == 12 && at(2, "789") && d[3] == '0'
	case "44": // United Kingdom 7 + 9
		return n == 12 && d[2] == '7'
	case "33", "34": // France, Spain 6/7 + 8
		return n == 11 && at(2, "67")
	case "39": // Italy 3 + 8–9
		return (n == 11 || n == 12) && d[2] == '3'
	case "31": // Netherlands 6 + 8
		return n == 11 && d[2] == '6'
	case "61": // Australia 4 + 8
		return n == 11 && d[2] == '4'
	case "49": // Germany 15/16/17 + 8–9
		return (n == 12) && d[2] == '1' && at(3, "567")
	case "30": // Greece 69 + 8
		return n == 12 && d[2] == '6' && d[3] == '9'
	case "48": // Poland 4–8 + 8
		return n == 11 && at(2, "45678")
	case "40": // Romania 7 + 8
		return n == 11 && d[2] == '7'
	case "90": // Turkey 5 + 9
		return n == 12 && d[2] == '5'
	case "91": // India 6–9 + 9
		return n == 12 && at(2, "6789")
	case "27": // South Africa 6–8 + 8
		return n == 11 && at(2, "678")
	case "35": // Portugal 351 9 + 8
		return n == 12 && d[2] == '1' && d[3] == '9'
	case "42": // Czechia 420 6/7 + 8
		return n == 12 && d[2] == '0' && at(3, "67")
	case "85": // Hong Kong 852 5/6/9 + 7
		return n == 11 && d[2] == '2' && at(3, "569")
	case "88": // Taiwan 886 9 + 8
		return n == 12 && d[2] == '6' && d[3] == '9'
	case "96": // Saudi Arabia 966 5 + 8
		return n == 12 && d[2] == '6' && d[3] == '5'
	case "97": // UAE 971 5, Israel 972 5 + 8
		return n == 12 && (d[2] == '1' || d[2] == '2') && d[3] == '5'
	case "25": // Kenya 254 7/1 + 8
		return n == 12 && d[2] == '4' && at(3, "71")
	case "79": // Russia 7 9xx + 7
		return n == 11
	case "56": // Chile 9 + 8
		return n == 11 && d[2] == '9'
	case "51": // Peru 9 + 8
		return n == 11 && d[2] == '9'
	case "46": // Sweden 7 + 8
		return n == 11 && d[2] == '7' && at(3, "02369")
	case "41": // Switzerland 7[5-9] + 7
		return n == 11 && d[2] == '7' && at(3, "56789")
	case "32": // Belgium 4[5-9] + 7
		return n == 11 && d[2] == '4' && at(3, "56789")
	}
	return false
}

// slashes counts the chunks followed by a '/'.
func slashes(ch []chunk) int {
	n := 0
	for _, c := range ch[:len(ch)-1] {
		if c.sep == '/' {
			n++
		}
	}
	return n
}

// intlMobileGrouped reports more countries' mobiles written with their
// country code and no '+', for numbers whose first group is the country
// code ("374 95 946184", "251-916-084647", "92 328 283 9124"): the code
// written apart says what the number is, where the same digits in one
// piece are as often an id.
func intlMobileGrouped(d []byte) bool {
	n := len(d)
	at := func(k int, set string) bool { return k < n && strings.IndexByte(set, d[k]) >= 0 }
	if n < 10 || n > 12 {
		return false
	}
	switch string(d[:3]) {
	case "374": // Armenia [3-59] + 7
		return n == 11 && at(3, "34579")
	case "370": // Lithuania 6 + 7
		return n == 11 && d[3] == '6'
	case "855": // Cambodia [1-9] + 7–8
		return (n == 11 || n == 12) && d[3] != '0'
	case "976": // Mongolia [5689] + 7
		return n == 11 && at(3, "5689")
	case "995": // Georgia 5 + 8
		return n == 12 && d[3] == '5'
	case "251": // Ethiopia 7/9 + 8
		return n == 12 && at(3, "79")
	case "244": // Angola 9 + 8
		return n == 12 && d[3] == '9'
	case "598": // Uruguay 9 + 7
		return n == 11 && d[3] == '9'
	case "354": // Iceland [6-8] + 6
		return n == 10 && at(3, "678")
	case "353": // Ireland 8 + 8
		return n == 12 && d[3] == '8'
	}
	switch string(d[:2]) {
	case "92": // Pakistan 3 + 9
		return n == 12 && d[2] == '3'
	case "77": // Kazakhstan 7 7xx + 7
		return n == 11
	}
	return false
}
