package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The other half of a name one word long. A reader that vouches for one
// word of a person's name (the lexicon knows it, a key names it) leaves
// the word beside it: "refund issued to [name] Ádám for order …",
// "synced for Ngozi [name] <[email]>", "atas nama Hendra [name], no hp",
// "till Viktor [name], mobil …". A person's name is rarely one word in a
// log, and the word written against it, in its case, is its other half.
// names14_tail.go takes such a word when the lexicon knows it; here the
// span's own length is the evidence, so the word needs only its shape:
//
//   - after a span of one word, a capitalised word (not a word of prose,
//     a legal form, a carrier, an honorific or a role) followed by the
//     clause's end or by a word in lower case;
//   - before a name's span or a name's marker, the same shape after a
//     word in lower case (the clause runs on into the name).
//
// A second capitalised word beside it ("[name] Return Label", "Order
// Desk [name]") is a title, not a name's other half, and stays.

// extendGlued25 extends the scanner's name spans in place, and adds the
// other half of the names redacted before ("Hendra [REDACTED:name]").
func (sc *scanner) extendGlued25(marked bool) {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName || x.end-x.start < 2 {
			continue
		}
		limit := len(s)
		if i+1 < len(sc.spans) {
			limit = sc.spans[i+1].start
		}
		lo := 0
		if i > 0 {
			lo = sc.spans[i-1].end
		}
		if strings.IndexByte(s[x.start:x.end], ' ') < 0 {
			if e := gluedTail25(s, x.end, limit); e > x.end {
				x.end = e
			}
		}
		if a := gluedHead25(s, x.start, lo); a < x.start {
			x.start = a
		}
	}
	if !marked {
		return
	}
	var out []span
	j := 0 // sc.spans[j] is the first span that ends after the marker
	for i := 0; ; {
		k := strings.Index(s[i:], "[REDACTED:name")
		if k < 0 {
			break
		}
		k += i
		e := markerEnd(s, k)
		if e == 0 {
			i = k + 1
			continue
		}
		i = e
		for j < len(sc.spans) && sc.spans[j].end <= k {
			j++
		}
		if j < len(sc.spans) && sc.spans[j].start < e {
			continue // inside a span of this scan
		}
		lo := 0
		if j > 0 {
			lo = sc.spans[j-1].end
		}
		if a := gluedHead25(s, k, lo); a < k {
			out = append(out, span{start: a, end: k - 1, kind: KindName})
		}
	}
	sc.mergeSpans(out)
}

// gluedTail25 returns the end of a capitalised word after the span of one
// word that ends at e (before limit), or e. After a whole name or a
// marker the word is left: "[name] Montréal card …", "[name] Return
// reason: …" are a place and a label as often as a name's half.
func gluedTail25(s string, e, limit int) int {
	if e+3 >= limit || s[e] != ' ' {
		return e
	}
	w := n14WordAt(s, e+1)
	if w.k != n14Cap || w.b > limit || !gluedWord25(s, w) {
		return e
	}
	if w.b == len(s) || clauseEndsAt(s, w.b) {
		return w.b
	}
	if p := w.b; p+1 >= len(s) || s[p] != ' ' || !isLowerASCII(s[p+1]) && s[p+1] != '<' && s[p+1] != '(' && s[p+1] != '[' {
		return e
	}
	return w.b
}

// gluedHead25 returns the start of a capitalised word before the span at
// a (after lo), or a.
func gluedHead25(s string, a, lo int) int {
	if a-3 <= lo || s[a-1] != ' ' {
		return a
	}
	q := a - 1
	g := q
	for g > lo && s[g-1] != ' ' && s[g-1] != '\n' && s[g-1] != '"' && s[g-1] != '>' && s[g-1] != '(' && !escapedNL14(s, g-1) {
		g--
	}
	w := n14WordAt(s, g)
	if g == q || w.b != q || w.k != n14Cap || !gluedWord25(s, w) || !lowerWordBefore25(s, g) {
		return a
	}
	return g
}

// lowerWordBefore25 reports a word in lower case before the space before
// g: the clause runs on into the name ("for Ngozi [name]"), where a word
// opening the text or a line is as often a greeting ("Für …", "Howzit …").
func lowerWordBefore25(s string, g int) bool {
	if g < 2 || s[g-1] != ' ' {
		return false
	}
	p := g - 1
	for p > 0 && s[p-1] != ' ' && s[p-1] != '\n' {
		p--
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	return p < g-1 && unicode.IsLower(r)
}

// gluedWord25 reports a capitalised word that may be half of a name: not
// a word of prose, a legal form or a carrier (n14Plain), an honorific, a
// greeting, a role or a firm's word.
func gluedWord25(s string, w n14Word) bool {
	v := s[w.a:w.b]
	if w.b-w.a < 2 || w.b-w.a > 30 || n14Plain(s, w) || honorific17(v) || greetWord22(v) {
		return false
	}
	var buf [32]byte
	lw := string(lower(buf[:0], v))
	return !gluedRoles25[lw] && !businessWords[lw] && !occupationHeads[lw] && !teamWords[lw]
}

// gluedRoles25 are the words that stand before or after a person's name
// as its role or its salutation, in the languages of the buyers.
var gluedRoles25 = setOf("customer", "customers", "buyer", "buyers", "recipient", "receiver", "sender", "shipper",
	"consignee", "client", "cliente", "clientes", "kunde", "kundin", "klant", "klient", "klientka", "müşteri",
	"contact", "contacto", "kontakt", "user", "member", "seller", "vendor", "merchant", "courier", "driver",
	"agent", "operator", "admin", "owner", "holder", "payer", "payee", "guest", "dear", "hi", "hello", "hey",
	"attn", "to", "from", "by", "for", "cc", "bcc", "re", "fw", "fwd", "name", "nombre", "nome", "nom",
	"destinatario", "destinatário", "destinataire", "empfänger", "ontvanger", "odbiorca", "alıcı",
	"comprador", "acheteur", "käufer", "koper", "kupujący", "señor", "señora", "senhor", "senhora",
	"monsieur", "madame", "signor", "signora", "bapak", "ibu", "pak", "bu", "kak", "tuan", "puan", "encik",
	"team", "support", "order", "orders", "ticket", "invoice", "refund", "payment", "delivery", "shipment",
	"account", "store", "shop")
