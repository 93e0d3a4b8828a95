package redact

import "strings"

// A card's number split in two to get it past a filter or a chat's line
// length: "card 41935133 + 76299344", "tarjeta 50417546 / second half
// 96930603", "card number 41935133\n[buyer] 76299344". Two runs of 4 to
// 12 digits, close to each other with no digit between them, whose digits
// together are a card (an issuer's prefix and length, and Luhn), go when a
// card's word, or its number's word after it, stands right before the
// first run ("card 4193…", "tarjeta número 4193…", "卡号 4193…"), not an
// id's ("card declined: txn 4012…"). The check digit and the
// issuer's prefix vouch for the pair; the card's word keeps two ids that
// happen to pass (Luhn alone lets one pair in ten through) where no card
// is spoken of.

// mayHoldSplitCard32 is the cheap test: a card's word (in English the
// scanner met one: sawCard).
func mayHoldSplitCard32(sawCard, sawHigh bool, tp *textPairs) bool {
	return sawCard || tp.contains("tarjeta") || tp.contains("Tarjeta") || tp.contains("cartão") || tp.contains("cartao") ||
		tp.contains("carte") || tp.contains("karte") || tp.contains("Karte") || tp.contains("kart") ||
		sawHigh && (tp.contains("卡") || tp.contains("カード") || tp.contains("카드") || tp.contains("карт") || tp.contains("บัตร") ||
			tp.contains("بطاقة") || tp.contains("כרטיס") || tp.contains("thẻ"))
}

// splitCardSpans32 returns the spans of the two runs of each split card.
func splitCardSpans32(s string) []span {
	var out []span
	a1, e1 := nextDigitRun32(s, 0)
	for a1 >= 0 {
		a2, e2 := nextDigitRun32(s, e1)
		if a2 < 0 {
			break
		}
		n1, n2 := e1-a1, e2-a2
		if n1 >= 4 && n1 <= 12 && n2 >= 4 && n2 <= 12 && n1+n2 >= 13 && n1+n2 <= 19 && a2-e1 >= 2 && a2-e1 <= 28 &&
			splitGap32(s[e1:a2]) {
			var d [19]byte
			copy(d[:], s[a1:e1])
			copy(d[n1:], s[a2:e2])
			if validCard(d[:n1+n2], true) && (cardWordBefore32(s, a1) || payWordNear33(s, a1, e2)) {
				out = append(out, span{start: a1, end: e1, kind: KindCard}, span{start: a2, end: e2, kind: KindCard})
				a1, e1 = nextDigitRun32(s, e2)
				continue
			}
		}
		a1, e1 = a2, e2
	}
	return out
}

// nextDigitRun32 returns the next run of ASCII digits from i that no
// letter, '-', '_' or '#' touches, nor a '.' or ',' before another digit
// (not a piece of a decimal, an id or a word), or -1.
func nextDigitRun32(s string, i int) (int, int) {
	for i < len(s) {
		if !isDigit(s[i]) {
			i++
			continue
		}
		a := i
		for i < len(s) && isDigit(s[i]) {
			i++
		}
		if (a == 0 || !glued32(s[a-1]) && !(a >= 2 && (s[a-1] == '.' || s[a-1] == ',') && isDigit(s[a-2]))) &&
			(i == len(s) || !glued32(s[i]) && !(i+1 < len(s) && (s[i] == '.' || s[i] == ',') && isDigit(s[i+1]))) {
			return a, i
		}
	}
	return -1, -1
}

// glued32 reports a byte that makes the digits beside it part of a word,
// an id or a code.
func glued32(c byte) bool {
	return isAlnum(c) || c == '-' || c == '_' || c == '#'
}

// splitGap32 reports a gap between a card's two halves: no digit, one line
// break at most, and something between them other than a lone space (a
// number grouped by spaces is the scanner's to read as a whole).
func splitGap32(g string) bool {
	nl := 0
	for i := 0; i < len(g); i++ {
		switch c := g[i]; {
		case isDigit(c):
			return false
		case c == '\n':
			nl++
		}
	}
	return nl <= 1 && g != " "
}

// cardWordBefore32 reports a card's word as the word before a, or the word
// before a number's word there ("card number", "tarjeta nº").
func cardWordBefore32(s string, a int) bool {
	for k := 0; k < 2; k++ {
		e := a
		for e > 0 && (s[e-1] == ' ' || s[e-1] == ':' || s[e-1] == '#' || s[e-1] == '=') {
			e--
		}
		b := e
		for b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && s[b-1] != '"' && s[b-1] != '=' && e-b < 48 {
			b--
		}
		w := s[b:e]
		if w == "" {
			return false
		}
		for _, c := range cardWords {
			if c[0] >= 0x80 && strings.Contains(w, c) || c[0] < 0x80 && len(w) >= len(c) && strings.EqualFold(w[:len(c)], c) && cardWordEnds(w, len(c)) {
				return true
			}
		}
		var buf [16]byte
		if len(w) > 12 {
			return false
		}
		switch string(lower(buf[:0], w)) {
		case "number", "no", "no.", "nr", "nr.", "num", "nº", "n°", "número", "numero", "numéro", "nummer", "nomor", "номер", "is", "es", "é", "ist", "est":
			a = b
			continue
		}
		return false
	}
	return false
}
