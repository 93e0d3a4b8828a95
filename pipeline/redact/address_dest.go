package redact

import (
	"strings"
	"unicode/utf8"
)

// Buyers write where to send an order in their own words, and the
// address-by-parts readers need the phrase that opens it: "El pedido debe
// enviarse a C/ Gran Vía, 16, 4º A, 08466 Zaragoza.", "Necesito que me
// entreguen en Calz. …", "Giao hàng giúp mình tới 424 Lê Lợi, …", "נא
// לשלוח לרחוב …" (the preposition fused to the street word). Languages
// that put the preposition after the noun close the address instead:
// Turkish "Siparişimi Kızılay Mah. … Çankaya/Ankara adresine gönderin",
// Hindi "कृपया House No. 706, MG Road, … पर डिलीवरी करें". What the phrase
// opens (or closes) is taken when it reads as an address by its parts,
// to the end of its sentence.

// destPhrases open an address, lower case.
var destPhrases = []string{"enviarse a ", "entreguen en ", "entregue en ", "envíen a ", "envíenlo a ", "mándenlo a ",
	"enviem para ", "entreguem em ", "envie para ", "mandem para ", "send it to ", "deliver it to ", "ship it to ",
	"please send to ", "please deliver to ", "please ship to ", "envoyez-le à ", "envoyez à ", "livrez à ", "livrer au ", "inviate a ",
	"spedite a ", "mandate a ", "schicken sie an ", "bitte liefern an ", "stuur naar ", "proszę wysłać na ",
	"dostawę na adres ", "prosím doručit na ", "pošlete na ", "küldjék ide: ", "giúp mình tới ", "giúp tôi tới ",
	"giao tới ", "giao đến ", "gửi tới ", "gửi về ", "tolong kirim ke ", "kirimkan ke ", "pakihatid sa ",
	"paki-deliver sa ", "отправьте на ", "доставьте по адресу ", "надішліть на ", "доставте за адресою ",
	"ส่งไปที่ ", "จัดส่งไปที่ ", "أرسلوه إلى ", "يرجى الإرسال إلى ", "لطفا به ", "לשלוח ל", "למשלוח ל", "שלחו ל"}

// destPostpositions close an address that comes before them.
var destPostpositions = []string{" adresine ", " adresime ", " adresimize ", " पर डिलीवरी", " पर भेज", " पर पहुँचा",
	" पर पहुंचा", " 로 배송", "으로 배송", " 로 보내", "으로 보내", "に届けて", "に送って", "までお届け", " ঠিকানায় ", " முகவரிக்கு "}

var destIndex = newPhraseIndex(destPhrases)

// destinationSpans returns the addresses opened by destPhrases or closed
// by destPostpositions in s: one pass over its word starts, a table
// lookup each.
func destinationSpans(s string, sig uint32, phrases bool, tp *textPairs) []span {
	var out []span
	if !phrases {
		goto post // no word of s starts a phrase (the word scanner looked, lead.go)
	}
	// Word starts: the text's, and each after a space (found a space at a
	// time, not a byte at a time).
	for i := 0; i+1 < len(s); {
		next := i + 1
		for _, w := range destIndex.candidates(s, i) {
			if len(s)-i < len(w) || s[i+len(w)-1] != w[len(w)-1] || !prefixFold1(s[i:], w) || dest14Own[w] {
				continue // (dest14Own: read by dest14Spans, address14_dest.go)
			}
			k := i + len(w)
			e := destClauseEnd(s, k, destSentenceEnd(s, k))
			if v := strings.TrimRight(s[k:e], " .,"); len(v) >= 8 && quotedReadsAsAddress(v) {
				out = append(out, span{start: k, end: k + len(v), kind: KindAddress})
				next = k + len(v)
			}
			break
		}
		sp := strings.IndexByte(s[next-1:], ' ')
		if sp < 0 {
			break
		}
		i = next + sp
	}
post:
	if !tp.containsAt(" adres", 2) && (sig&sigHigh == 0 || !postpositionScript(s)) {
		return out // the postpositions are Turkish (" adres…") or of the scripts below
	}
	for _, p := range destPostpositions {
		for off := 0; ; {
			i := strings.Index(s[off:], p)
			if i < 0 {
				break
			}
			e := off + i
			off = e + len(p)
			if a := addressBefore(s, e); a >= 0 {
				out = append(out, span{start: a, end: e, kind: KindAddress})
			}
		}
	}
	return out
}

// destSentenceEnd returns where the sentence that goes on at k ends: a line
// break, a bracket, a quote, ';' or '|', or a full stop after a word of
// five letters or more, or a postcode of four digits or more, and before a
// capital ("… 15-426 Wrocław. Mój …"; not "os. Floriańska", "Blvd.
// Insurgentes").
func destSentenceEnd(s string, k int) int {
	lim := min(len(s), k+200)
	for e := k; e < lim; e++ {
		switch s[e] {
		case '\n', '(', ')', '"', ';', '|', '\\':
			return e
		case '.', '!', '?':
			if e+2 < len(s) && s[e+1] == ' ' && (isUpper(s[e+2]) || s[e+2] >= 0x80) && (longWordBefore(s, e) || digitsBefore(s, e) >= 4) {
				return e
			}
			if f := stopEnd(s, e); f < len(s) && e > k+6 && (lettersBefore(s, e) >= 4 || digitsBefore(s, e) > 0) && refAfterStop(s[f:lim], ordinalBefore(s, k, e)) {
				return e // "… Lagos State. 5789…", "… Block 19. v6.29.3", "… 3051.. 5783…": a reference follows (address_sentence.go)
			}
		}
	}
	return lim
}

// digitsBefore returns the number of digits right before e (a postcode
// that ends a sentence: "… ירושלים 9232458. טלפון …").
func digitsBefore(s string, e int) int {
	n := 0
	for p := e; p > 0 && isDigit(s[p-1]); p-- {
		n++
	}
	return n
}

// longWordBefore reports a word right before e that is no abbreviation:
// five letters or more, or three or more with one beyond ASCII ("Nội",
// "Lợi"; abbreviations such as "Mah.", "Col.", "Int." are ASCII).
func longWordBefore(s string, e int) bool {
	n, high := 0, false
	for p := e; p > 0 && n < 5; {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if r < 0x80 && !isAlpha(byte(r)) || r == utf8.RuneError {
			break
		}
		n++
		high = high || r >= 0x80
		p -= w
	}
	return n >= 5 || n >= 3 && high
}

// addressBefore returns where an address that ends at e begins: the
// earliest word of its sentence from which the text up to e reads as an
// address by its parts; -1 when none does.
func addressBefore(s string, e int) int {
	b := max(0, e-200)
	for p := e - 1; p > b; p-- {
		if strings.HasSuffix(s[:p+1], "।") || strings.HasSuffix(s[:p+1], "。") || s[p] >= 0x80 && fullStop33(s[:p+1]) {
			b = p + 1
			break
		}
		if s[p] == '\n' || s[p] == '"' || s[p] == '(' || s[p] == ';' || s[p] == '|' ||
			(s[p] == '.' || s[p] == '!' || s[p] == '?') && p+2 < e && s[p+1] == ' ' && longWordBefore(s, p) {
			b = p + 1
			break
		}
	}
	for a := b; a < e; a++ {
		if a > b && s[a-1] != ' ' || s[a] == ' ' {
			continue
		}
		if v := strings.TrimRight(s[a:e], " ,"); len(v) >= 8 && quotedReadsAsAddress(v) {
			return a
		}
	}
	return -1
}

// destStops are the words after which an address written in a sentence
// does not go on: an order, a tracking number, a payment, the writer
// speaking again.
var destStops = setOf("order", "orden", "pedido", "commande", "bestellung", "zamówienie", "sipariş", "đơn", "tracking",
	"paid", "pagado", "pago", "pagué", "total", "ref", "sku", "i", "my", "mi", "mein", "mon", "ma", "meu", "minha")

// destClauseEnd cuts the address that starts at k, before e, at a word of
// destStops, an amount or a phone word's key ("order 5774…", "paid Rs.
// 8,462", "I paid with card …").
func destClauseEnd(s string, k, e int) int {
	for p := k; p < e; p++ {
		if p > k && s[p-1] != ' ' {
			continue
		}
		q := p
		for q < e && (isAlpha(s[q]) || s[q] >= 0x80) && s[q] != ' ' {
			q++
		}
		if q > p && q-p <= 16 {
			var buf [32]byte
			if destStops[string(lower(buf[:0], s[p:q]))] && p > k {
				return p
			}
		}
		if p > k && moneyNext(s, p) {
			return p
		}
	}
	return e
}

// Vietnamese writes its address keys as words with spaces ("địa chỉ giao
// hàng=…", `"địa chỉ nhận hàng":"…"`): the key reader sees only the last
// word. spacedAddressKeySpans reads the value after "địa chỉ" and up to
// three more words, a '=' or a ':' (quotes around the key allowed), to a
// quote, a line's end or the next "key=", when it reads as an address by
// its parts ("địa chỉ IP: 10.0.0.1" does not).
func spacedAddressKeySpans(s string) []span {
	var out []span
	for off := 0; ; {
		i := strings.Index(s[off:], "ịa chỉ")
		if i < 0 {
			return out
		}
		i += off
		off = i + len("ịa chỉ")
		k := off
		for w := 0; w < 3 && k < len(s) && s[k] == ' '; w++ {
			e := k + 1
			for e < len(s) && (isAlpha(s[e]) || s[e] >= 0x80) {
				e++
			}
			if e == k+1 {
				break
			}
			k = e
		}
		for k < len(s) && (s[k] == '"' || s[k] == '\\') {
			k++
		}
		if k >= len(s) || s[k] != '=' && s[k] != ':' {
			continue
		}
		k++
		for k < len(s) && (s[k] == ' ' || s[k] == '"' || s[k] == '\\') {
			k++
		}
		e := k
		for e < len(s) && e-k < 200 && strings.IndexByte("\"\\\n|;", s[e]) < 0 {
			if s[e] == ',' && keyAfterComma(s, e) {
				break
			}
			e++
		}
		e = destClauseEnd(s, k, e)
		if d := strings.Index(s[k:e], " - "); d > 0 {
			e = k + d // "… Hà Nội - € 13.042,80": an amount after a dash
		}
		if v := strings.TrimRight(s[k:e], " ,"); len(v) >= 6 && quotedReadsAsAddress(v) {
			out = append(out, span{start: k, end: k + len(v), kind: KindAddress})
		}
		off = e
	}
}

// keyAfterComma reports ", key=" at the comma at c.
func keyAfterComma(s string, c int) bool {
	k := c + 1
	for k < len(s) && s[k] == ' ' {
		k++
	}
	e := k
	for e < len(s) && (isWord(s[e]) || s[e] == '.' || s[e] == '-') {
		e++
	}
	return e > k && e < len(s) && s[e] == '='
}

// postpositionScript reports a letter of the scripts destPostpositions
// other than Turkish are written in: Devanagari, Bengali and Tamil (UTF-8
// lead byte 0xE0), kana (0xE3) and Hangul (0xEA–0xED). Latin letters with
// diacritics, the common case, are none of them.
func postpositionScript(s string) bool {
	for _, b := range []byte{0xE0, 0xE3, 0xEA, 0xEB, 0xEC, 0xED} {
		if strings.IndexByte(s, b) >= 0 {
			return true
		}
	}
	return false
}
