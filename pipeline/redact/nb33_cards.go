package redact

import "strings"

// A card split in two (split32_cards.go) named not by a card's word right
// before it but by a verb of paying ("paid with 4193… + 7629…", "pls use
// 5018… / second half 6108…", "pagué con …", "bezahlt mit …"), by a
// card's word a word further ("carte bancaire …", "kartu saya …",
// "Kreditkarte …", "\nCard No: …" in a JSON string), or by a verb of
// charging after it ("bitte 4921… + 8156… belasten"). The pair must still
// be a card (an issuer's prefix and length, and Luhn); "paid" alone, an
// order's word or a quantity's does not name one ("paid 12345678 and
// 87654321": two orders).

// payPhrases33 end right before a card's number, lower case.
var payPhrases33 = []string{"paid with", "pay with", "paying with", "paid using", "paid by card", "pay by card",
	"pls use", "please use", "plz use",
	"pagué con", "pague con", "pagado con", "pagar con", "pago con", "pagué con la", "paguei com", "pago com",
	"pagar com", "paguei no", "payé avec", "payé par", "réglé avec", "payer avec", "bezahlt mit", "gezahlt mit",
	"zahle mit", "zahlen mit", "bitte abbuchen von", "pagato con", "pagare con", "betaald met", "bayar pakai",
	"bayar dengan", "bayar pake", "dibayar dengan", "zapłaciłem kartą", "zapłaciłam kartą", "оплатил с", "оплатила с",
	"оплата с", "оплатил картой", "ile ödedim", "付款卡", "用卡", "刷卡", "支払いカード", "결제 카드"}

// chargeVerbs33 follow a card's number: "bitte … belasten".
var chargeVerbs33 = []string{"belasten", "abbuchen", "debitar", "débiter", "cobrar", "addebitare"}

// cardQualifiers33 stand between a card's word and its number: "carte
// bancaire", "kartu saya", "tarjeta de crédito".
var cardQualifiers33 = []string{"bancaire", "bleue", "saya", "ku", "anda", "kredit", "debit", "de crédito", "de credito",
	"de débito", "de debito", "de crédit", "di credito", "my", "mein", "meine", "mi", "ma", "mon", "minha", "meu"}

// mayHoldPaySplit33 is the cheap test before payWordNear33's readers.
func mayHoldPaySplit33(tp *textPairs) bool {
	// (few strings: each test costs a call on most texts; a card's word
	// beyond ASCII is mayHoldSplitCard32's)
	return tp.contains("ls use") || tp.contains("gué") || tp.contains("guei") || tp.contains("gado c") || tp.contains("yé ") ||
		tp.contains("zahl") || tp.contains("bayar") || tp.contains("оплат") || tp.contains("belast") || tp.contains("ebit") ||
		tp.contains("Card")
}

// payWordNear33 reports a verb of paying or a card's word before the first
// half at a1, or a verb of charging after the second, ending at e2.
func payWordNear33(s string, a1, e2 int) bool {
	// the clause before a1: back to a break, at most 48 bytes
	b := a1
	for b > 0 && a1-b < 48 {
		c := s[b-1]
		if c == '\n' || c == '.' || c == ';' || c == ',' || c == '"' || c == '(' || c == '>' || c == '=' || c == '!' || c == '?' {
			break
		}
		b--
	}
	seg := s[b:a1]
	if i := strings.LastIndex(seg, `\n`); i >= 0 { // "\nCard No: …" in a JSON string: the escape is a break
		seg = seg[i+2:]
	}
	// only spaces and one mark (':', '#', '=') between the words and the digits
	t := strings.TrimRight(seg, " ")
	t = strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(t, ":"), "："), "#"), " ")
	if strings.ContainsAny(t, ":#") && !strings.HasSuffix(t, "no") {
		if k := strings.LastIndexAny(t, ":#"); k >= 0 {
			t = t[k+1:]
		}
	}
	var buf [64]byte
	lt := string(lower(buf[:0], strings.TrimLeft(t, " ")))
	for _, p := range payPhrases33 {
		if strings.HasSuffix(lt, p) && (len(lt) == len(p) || lt[len(lt)-len(p)-1] == ' ') {
			return true
		}
	}
	// a card's word, then a qualifier or a number's word: "carte bancaire", "Kreditkarte", "card no"
	words := strings.Fields(lt)
	for k := len(words) - 1; k >= 0 && k >= len(words)-3; k-- {
		w := words[k]
		for _, c := range cardWords {
			if strings.HasPrefix(w, c) && (c[0] >= 0x80 || cardWordEnds(w, len(c))) || len(c) >= 5 && c[0] < 0x80 && strings.HasSuffix(w, c) {
				return k == len(words)-1 || qualifiersOnly33(words[k+1:])
			}
		}
	}
	// a verb of charging after e2
	p := e2
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if p == e2 {
		return false
	}
	for _, v := range chargeVerbs33 {
		if len(s)-p >= len(v) && strings.EqualFold(s[p:p+len(v)], v) && (p+len(v) == len(s) || !isAlpha(s[p+len(v)])) {
			return true
		}
	}
	return false
}

// qualifiersOnly33 reports words between a card's word and its number
// that are a qualifier or a number's word.
func qualifiersOnly33(ws []string) bool {
	j := strings.Join(ws, " ")
	switch j {
	case "number", "no", "no.", "nr", "nr.", "num", "nº", "n°", "número", "numero", "numéro", "nummer", "nomor", "номер", "is", "es", "ist", "est", "é":
		return true
	}
	for _, q := range cardQualifiers33 {
		if j == q {
			return true
		}
	}
	return false
}
