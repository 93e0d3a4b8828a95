package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The buyer as the agent of a payment's or an order's outcome: "payment by
// Given Family declined", "order by Given Family cancelled", "refund
// request by … approved". A buyer's act (payment, order, purchase, refund,
// return, booking, checkout, charge, claim, dispute, subscription) done
// "by" someone and closed by a participle of its outcome (declined,
// failed, approved, cancelled, placed…) names the person who acted: the
// words between, two to four capitalised words shaped as a person's name
// (roleName; no payment method: "payment by Credit Card declined", "by
// Apple Pay") or words of a script without case, are a name.

// byActs27 are the acts whose agent is the buyer, lower case, each
// followed by " by ".
var byActs27 = []string{"payment by ", "order by ", "purchase by ", "refund by ", "refund request by ",
	"return by ", "return request by ", "booking by ", "checkout by ", "charge by ", "claim by ", "dispute by ",
	"subscription by ", "cancellation by ", "transfer by "}

// byOutcomes27 are the participles that close the clause.
var byOutcomes27 = setOf("declined", "failed", "approved", "accepted", "rejected", "refunded", "cancelled",
	"canceled", "placed", "completed", "received", "captured", "authorized", "authorised", "reversed", "disputed",
	"confirmed", "submitted", "created", "flagged", "blocked", "held", "voided", "settled", "processed", "denied")

// paymentMethods27 are words of payment methods and instruments, which
// stand after "payment by" as often as a payer.
var paymentMethods27 = setOf("card", "credit", "debit", "visa", "mastercard", "amex", "paypal", "klarna", "wallet",
	"transfer", "cheque", "check", "cod", "boleto", "pix", "upi", "gcash", "alipay", "wechat", "afterpay", "affirm",
	"bnpl", "installment", "installments", "gift", "voucher", "points", "account", "direct", "wire", "sepa", "ideal")

// mayHoldBy27 is the cheap test before byNameSpans27.
func mayHoldBy27(tp *textPairs) bool {
	return tp.contains(" by ") && (tp.contains("ed") || tp.contains("eld"))
}

// byNameSpans27 returns the agents' names of s's acts.
func byNameSpans27(s string, have []span) []span {
	var out []span
	for off, seen := 0, 0; off < len(s) && seen < 16; seen++ {
		k := strings.Index(s[off:], " by ")
		if k < 0 {
			break
		}
		k += off
		off = k + 4
		if !byActBefore27(s, k+4) {
			continue
		}
		a := k + 4
		e, words, caseless := byNameEnd27(s, a)
		if e <= a || words == 0 {
			continue
		}
		if overlapsOther27(have, a, e, KindName) || overlaps(out, a, e) {
			continue
		}
		v := s[a:e]
		if !caseless && (words < 2 || !roleName(v) || paymentWords27(v)) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindName})
	}
	return out
}

// byActBefore27 reports one of byActs27 ending at p (any case): the word
// before " by " is looked up first, and the word before it for "refund
// request by", "return request by".
func byActBefore27(s string, p int) bool {
	e := p - len(" by ")
	w := e
	for w > 0 && isAlpha(s[w-1]) && e-w <= 12 {
		w--
	}
	if e-w < 4 || e-w > 12 || w > 0 && isAlnum(s[w-1]) {
		return false
	}
	var buf [12]byte
	lw := string(lower(buf[:0], s[w:e]))
	if lw == "request" {
		return w >= 7 && (strings.EqualFold(s[w-7:w], "refund ") || strings.EqualFold(s[w-7:w], "return "))
	}
	return byActWords27[lw]
}

// byActWords27 are byActs27's words.
var byActWords27 = func() map[string]bool {
	m := map[string]bool{}
	for _, a := range byActs27 {
		f := strings.Fields(a)
		if len(f) == 2 {
			m[f[0]] = true
		}
	}
	return m
}()

// byNameEnd27 returns the end of the name at a and its number of words,
// when an outcome's participle follows it; caseless reports words of a
// script without case.
func byNameEnd27(s string, a int) (end, words int, caseless bool) {
	p := a
	for words < 6 && p < len(s) {
		w := p
		for p < len(s) && s[p] != ' ' && s[p] != ',' && s[p] != '\n' && s[p] != '"' && s[p] != '\'' {
			p++
		}
		word := s[w:p]
		if word == "" {
			return 0, 0, false
		}
		if byOutcomes27[strings.ToLower(word)] {
			if words == 0 || w == 0 || s[w-1] != ' ' {
				return 0, 0, false
			}
			return w - 1, words, caseless
		}
		r, _ := utf8.DecodeRuneInString(word)
		switch {
		case r >= 0x80 && !unicode.Is(unicode.Latin, r) && unicode.IsLetter(r):
			caseless = true
		case unicode.IsUpper(r), words > 0 && particles[word]:
		default:
			return 0, 0, false
		}
		words++
		if p >= len(s) || s[p] != ' ' {
			return 0, 0, false
		}
		p++
	}
	return 0, 0, false
}

// paymentWords27 reports a word of a payment method in v.
func paymentWords27(v string) bool {
	for _, w := range strings.Fields(v) {
		var buf [16]byte
		if len(w) <= len(buf) && paymentMethods27[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}
