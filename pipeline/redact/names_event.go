package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The buyer named by an event of commerce: an application logs what
// happened and to whom ("checkout completed for Jane Roe", "payment by
// Jane Roe declined", "order #78236 pentru Jane Roe, telefon …",
// "Bestellung 4711 für Jane Roe", "pesanan 872-… atas nama Jane Roe").
// The phrase is an event's participle or noun and "for" or "by", "in the
// name of", or an order's number and "for" in one of the buyers'
// languages; the name after it is two to five words, each
// capitalised or of a script without case (particles and an initial
// inside), and ends its clause (forNameEnd). Payment methods, shops,
// carriers and goods ("paid by Credit Card", "completed for Fakeshop
// Logistik", "pour Black Friday") are no name; a single word ("paid by
// PayPal") is not read.

// eventPhrases end in the space before the name.
var eventPhrases = []string{
	"completed for ", "confirmed for ", "created for ", "placed for ", "processed for ", "approved for ",
	"declined for ", "failed for ", "succeeded for ", "initiated for ", "issued for ", "generated for ",
	"submitted for ", "received for ", "refunded for ", "cancelled for ", "canceled for ", "shipped for ",
	"dispatched for ", "booked for ", "reserved for ", "registered for ", "verified for ", "authorized for ",
	"authorised for ", "captured for ", "rendered for ", "queued for ", "sent for ",
	// the nouns of payment events (Adyen's AUTHORISATION, CAPTURE, REFUND, CHARGEBACK)
	"authorisation for ", "authorization for ", "capture for ", "refund for ", "chargeback for ", "dispute for ",
	"payment for ", "payout for ", "invoice for ", "receipt for ", "cancellation for ", "preauthorisation for ",
	"preauthorization for ",
	// what a warehouse does for an order's buyer
	"printed for ", "packed for ", "picked for ", "prepared for ", "labelled for ", "labeled for ", "consolidated for ",
	"synced for ", "synchronised for ", "synchronized for ",
	// and as Adyen writes its event codes, in capitals (capsLead)
	capsLead("AUTHORISATION for "), capsLead("CAPTURE for "), capsLead("REFUND for "), capsLead("CHARGEBACK for "),
	capsLead("CANCELLATION for "), capsLead("PAYOUT for "),
	"payment by ", "paid by ", "cancelled by ", "canceled by ", "declined by ", "authorized by ", "authorised by ",
	"initiated by ", "returned by ", "refund requested by ", "return requested by ", "checkout by ",
	// who used a card or placed, bought or received an order (fraud and returns notes)
	"used by ", "card by ", "placed by ", "ordered by ", "purchased by ", "bought by ", "received by ", "signed by ",
	"collected by ", "picked up by ", "requested by ", "submitted by ",
	// who wrote, sent or attached something in a conversation with the shop
	"attachment from ", "attachments from ", "message from ", "new message from ", "reply from ", "photo from ",
	"photos from ", "image from ", "file from ", "voice note from ", "voice message from ", "comment from ",
	"email from ", "e-mail from ", "call from ", "missed call from ", "voicemail from ", "sms from ", "text from ",
	"complaint from ", "inquiry from ", "enquiry from ", "question from ", "mensaje de ", "mensagem de ",
	"nachricht von ", "nouveau message de ", "messaggio da ", "bericht van ", "wiadomość od ", "pesan dari ",
	"pago por ", "pagado por ", "pagamento por ", "pago realizado por ", "paiement par ", "payé par ", "commande passée par ",
	"zahlung von ", "bezahlt von ", "bestellt von ", "dibayar oleh ", "pembayaran oleh ", "dibuat oleh ",
	"betaald door ", "besteld door ", "betald av ", "beställd av ", "zapłacone przez ", "zamówione przez ",
	"plătit de ", "plasată de ", "thanh toán bởi ", "đặt bởi ",
	// "in the name of", after an order or a booking
	"atas nama ", "sa pangalan ni ", "na jméno ", "na meno ", "na imię ", "pe numele ", "op naam van ",
	"auf den namen ", "auf den namen von ", "a nome de ", "em nome de ", "in nome di ", "au nom de "}

// orderFor are "for" in the buyers' languages, read after an order's
// number ("comanda #78236 pentru …").
var orderFor = []string{"for ", "pentru ", "für ", "pour ", "para ", "per ", "voor ", "för ", "dla ", "pro ",
	"untuk ", "cho ", "kwa ", "fyrir ", "számára ", "za ",
	// "to" in the Nordic languages, "for (a person)" in Filipino
	"till ", "til ", "para kay ", "kay ", "para sa "}

var eventIndex = newPhraseIndex(append(append([]string(nil), eventPhrases...), orderFor...))

// eventShape marks the shapes (shapeOf) of the phrases' first words, as
// word reads them: the first two letters and the length of the run of
// word bytes. Most words are ruled out by this one look-up.
var eventShape = func() (t [1024]bool) {
	for _, p := range append(append([]string(nil), eventPhrases...), orderFor...) {
		j := 0
		for j < len(p) && p[j] < 0x80 && (isAlnum(p[j]) || p[j] == '_') {
			j++
		}
		t[shapeOf(p[0]|0x20, p[1]|0x20, j)] = true
	}
	return t
}()

// eventNameIn returns the end of an event's phrase at i (a word's start;
// the word's bytes end at j; cands are the phrases that may start at i)
// after which a name may follow, or 0. longest is the length of the
// longest of cands.
func eventNameIn(s string, i, j int, cands []string, longest int) int {
	if j >= len(s) || s[j] != ' ' && s[j] < 0x80 || i+1 >= len(s) || !eventShape[shapeOf(s[i]|0x20, s[i+1]|0x20, j-i)] {
		return 0
	}
	if i > 0 && (isWord(s[i-1]) || s[i-1] == '\'') {
		return 0
	}
	if !upperOrHighIn(s[i+1 : min(len(s), i+1+longest)]) {
		return 0 // no phrase of cands ends before a capital or a byte beyond ASCII (below)
	}
	for _, p := range cands {
		if len(s)-i <= len(p) {
			continue
		}
		if c := s[i+len(p)]; !isUpper(c) && c < 0x80 || !strings.EqualFold(s[i:i+len(p)], p) {
			continue // a name starts with a capital or a letter beyond ASCII
		}
		if isOrderFor(p) && !(i >= 2 && isDigit(s[i-2]) && orderNumberBefore(s, i)) {
			return 0
		}
		return i + len(p)
	}
	return 0
}

// isOrderFor reports a phrase of orderFor.
func isOrderFor(p string) bool {
	for _, q := range orderFor {
		if p == q {
			return true
		}
	}
	return false
}

// orderNumberBefore reports an order's number right before the word at
// i: "#78236 ", "2000702270580664 ", "353-8792699-8915038 " (three digits
// or more, or a '#').
func orderNumberBefore(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	a := i - 1
	for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && i-a < 40 {
		a--
	}
	t := s[a : i-1]
	if t == "" {
		return false
	}
	d := 0
	for k := 0; k < len(t); k++ {
		switch c := t[k]; {
		case isDigit(c):
			d++
		case c == '#' || c == '-' || isAlpha(c):
		default:
			return false
		}
	}
	return d >= 3 && (t[0] == '#' || isDigit(t[0]) || d*2 >= len(t))
}

// eventName redacts the name at k after an event's phrase; it returns its
// end, or 0.
func (sc *scanner) eventName(k int) int {
	k, e := eventNameAt(sc.s, k)
	if e == 0 || receiptRole20(sc.s[k:e]) || !sc.emit(k, e, KindName, 0) { // "signed by SECURITY GUARD": a post (names20_receipt.go)
		return 0
	}
	return e
}

// eventNameAt reads the name at k after an event's phrase: it returns the
// name's start (after a title) and end, or an end of 0.
func eventNameAt(s string, k int) (int, int) {
	if k >= len(s) || isMarkerAt(s, k) {
		return k, 0
	}
	if h := honorificAbbrevAt(s, k); h > k {
		k = h // "payment by Bw. Given Family": the title is no part of the name (names_initial.go)
	}
	e := forNameEnd(s, k)
	if e <= k && k+3 < len(s) && isUpper(s[k]) && s[k+1] == '.' && s[k+2] == ' ' && isUpper(s[k+3]) {
		// An initial first: "B. Santoso", "J. Roe Fake".
		if e = forNameEnd(s, k+3); e <= k+3 {
			e = k
			if we := nameWordEnd(s, k+3); we > k+4 && clauseEnds(s, we) && argWords([]string{s[k+3 : we]}) {
				e = we
			}
		}
	}
	if e <= k && s[k] >= 0x80 {
		// A Chinese or Japanese name, written without spaces: "… for 李志明".
		h := k
		for h < len(s) && s[h] >= 0x80 {
			r, w := utf8.DecodeRuneInString(s[h:])
			if !unicode.Is(unicode.Han, r) {
				break
			}
			h += w
		}
		if h > k && hanName(s[k:h]) && clauseEnds(s, h) {
			e = h
		}
	}
	if e <= k && s[k] >= 0x80 {
		e = caselessNameEnd(s, k) // "… for 이민준", "… for สมชาย ใจดี" (names_ident.go)
	}
	if e <= k {
		return k, 0
	}
	v := s[k:e]
	if tradingName(v) && !(capsName(v) && !tradeWordIn(v)) || agentWordName(v) || measureAfter(s, e) || goodsAfter(s, e) { // ("for Hugo Boss products": damage15_brands.go)
		// (a name in capitals has words of three capitals, "PHẠM THU TRANG",
		// which tradingName reads as an acronym's)
		return k, 0
	}
	for rest := v; rest != "" && !capsName(v); {
		var w string
		w, rest = nextField(rest)
		if innerCapital(w) {
			return k, 0 // "FedEx Ground", "PayPal Checkout"
		}
	}
	return k, e
}

// agentWordName reports words of a way to pay ("Credit Card", "Bank
// Transfer", "Apple Pay") or of an agent that is no person ("System
// Admin", "Support Team").
func agentWordName(v string) bool {
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		var buf [16]byte
		if len(w) <= len(buf) && agentNotNames[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}

var agentNotNames = setOf("card", "credit", "debit", "transfer", "wallet", "visa", "mastercard", "amex", "paypal",
	"klarna", "afterpay", "installment", "installments", "instalment", "cod", "gift", "giftcard", "apple", "google",
	"samsung", "alipay", "wechat", "gcash", "dana", "ovo", "gopay", "shopeepay", "paytm", "upi", "ideal", "sofort",
	"giropay", "bancontact", "blik", "pix", "boleto", "oxxo", "mpesa", "m-pesa", "tarjeta", "cartão", "carte",
	"karte", "kartu", "virement", "überweisung", "lastschrift", "transferencia", "transferência", "tunai", "efectivo",
	"dinheiro", "espèces", "bargeld", "account", "direct", "sepa", "swift", "wire", "check", "cheque", "points",
	"coupon", "voucher", "invoice", "team", "system", "admin", "administrator", "support", "bot", "scheduler",
	"cron", "job", "user", "customer", "client", "api", "webhook", "automation", "rule", "policy", "buyer", "seller",
	"guest", "anonymous", "unknown", "verified", "caller", "sender", "number", "private", "shop", "store")

// nextField returns the first word of v (split at spaces) and the rest
// after it, without allocating.
func nextField(v string) (string, string) {
	for v != "" && v[0] == ' ' {
		v = v[1:]
	}
	e := strings.IndexByte(v, ' ')
	if e < 0 {
		return v, ""
	}
	return v[:e], v[e+1:]
}

// capsLead writes a phrase in capitals as the phrase indexes key it: the
// first byte folded to lower case, the second as written ("aUTHORISATION
// for " finds "AUTHORISATION for "; the phrase is compared folded).
func capsLead(p string) string {
	return strings.ToLower(p[:1]) + p[1:]
}
