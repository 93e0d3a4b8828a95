package redact

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Back-office systems print a buyer's address after the bare noun that
// names it, with no colon, inside a line of other fields: "… / dirección
// Rivadavia 194, piso 4 dto B, C7724OKA Córdoba, hub: …", "… address1 111,
// Linking Road, Bengaluru 574602. card: …", "adresa Lidická 145 / amazon
// order id …", "cím 9059 Budapest, Béke út 130. 2/5 / mac …", "διεύθυνση
// Σταδίου 45, 963 89 Πάτρα, τηλέφωνο …", "כתובת רחוב הרצל 142, ירושלים
// 7708074. posting …", "お届け先 東京都渋谷区神宮前1-23-15 / …". The noun
// (or a shipping phrase: "wysyłka do", "αποστολή σε", "משלוח אל") is the
// evidence; what follows is taken when it begins as an address does and
// holds a house number, and it ends at the field's end: a list separator
// (" / ", " - ", ";", "|"), a bracket, a sentence's stop after a number or
// a town, an amount, an id, or the first comma-separated part that is no
// part of an address (a field's label with a colon, a word in lower case
// that is no street or unit word). Once a street with its number and then
// a postcode with its town have been read, the address is complete.

// addressLabels18 are the nouns and phrases, lower case and followed by a
// space, that print an address in a line of fields.
var addressLabels18 = []string{
	// English keys written as words, and the street line's names
	"address ", "address1 ", "address2 ", "address line 1 ", "address line ", "addr ", "addr1 ", "line1 ",
	"street ", "location ", "shipping address ", "shipping addr ", "ship-to ",
	// Spanish, Portuguese, French, Italian, German, Dutch, Romanian
	"dirección ", "direccion ", "dirección de envío ", "endereço ", "morada ", "adresse ", "indirizzo ",
	"anschrift ", "lieferanschrift ", "adres ", "adresă ", "envío a ", "envio para ", "livraison ",
	// Polish, Czech, Slovak, Hungarian, Turkish
	"wysyłka do ", "dostawa do ", "adresa ", "doručit na ", "doručiť na ", "cím ", "szállítás ",
	"szállítási cím ", "teslimat ", "adresi ",
	// Greek, Russian, Ukrainian, Bulgarian, Serbian
	"διεύθυνση ", "αποστολή σε ", "αποστολή στη ", "адрес ", "адреса ", "адреса доставки ", "адрес доставки ",
	// Hebrew, Arabic, Persian, Urdu
	"כתובת ", "משלוח אל ", "משלוח ל ", "العنوان ", "عنوان ", "عنوان الشحن ", "الشحن إلى ", "آدرس ", "پتہ ",
	// Hindi, Thai, Burmese, Khmer, Vietnamese, Malay and Indonesian, Filipino, Swahili
	"पता ", "ที่อยู่ ", "จัดส่งที่ ", "လိပ်စာ ", "អាសយដ្ឋាន ", "địa chỉ ", "alamat ", "tirahan ", "anwani ",
	"peleka kwa ",
	// Japanese, Chinese, Korean
	"お届け先 ", "住所 ", "配送先 ", "送付先 ", "地址 ", "收货地址 ", "收件地址 ", "配送地址 ", "주소 ", "배송지 ",
	// Baltic, Nordic, Slovene, Icelandic, Welsh, Irish, Basque, Catalan, Galician (addr26_labels.go)
	"adresas ", "adrese ", "aadress ", "osoite ", "toimitusosoite ", "adress ", "leveransadress ", "naslov ",
	"heimilisfang ", "cyfeiriad ", "seoladh ", "helbidea ", "adreça ", "enderezo ",
}

// label18Own are the labels of addressLabels18 (and their capitalised
// forms) that destinationSpans and dest14Spans leave to addressLabelSpans.
var label18Own = map[string]bool{}

var label18Index *phraseIndex

func init() {
	dest14Abbrevs["λεωφ"] = true // "Λεωφ. Τσιμισκή 123": Greek's avenue, abbreviated
	dest14Stops["by"] = true     // "address changed to … by buyer …": who changed it follows
	have := setOf(destPhrases...)
	for _, w := range addressLabels18 {
		label18Own[w] = true
		if r, n := utf8.DecodeRuneInString(w); r >= 0x80 && unicode.IsLower(r) {
			label18Own[string(unicode.ToUpper(r))+w[n:]] = true
		}
		if !have[w] {
			// The word scanner notes these (lead.go) as it does a
			// delivery phrase, so only a text that holds one is read.
			destPhrases = append(destPhrases, w)
			dest14Own[w] = true
		}
	}
	destIndex = newPhraseIndex(destPhrases)
	// The index tries a lead's phrases in order: the longer first
	// ("address line " before "address ").
	byLen := slices.Clone(addressLabels18)
	slices.SortStableFunc(byLen, func(a, b string) int { return len(b) - len(a) })
	label18Index = newPhraseIndex(byLen)
}

// addressLabelSpans returns the addresses printed after a label of
// addressLabels18 in s. phrases is the word scanner's note that a word of
// s starts a delivery phrase (these labels among them); without it s is
// not read.
func addressLabelSpans(s string, phrases bool, have []span) []span {
	if !phrases {
		return nil
	}
	var out []span
	for i := 0; i+1 < len(s); i++ {
		if i > 0 && !label18Start(s, i) || !label18Index.first[s[i]] {
			continue
		}
		for _, w := range label18Index.candidates(s, i) {
			if len(s)-i < len(w) || s[i+len(w)-1] != w[len(w)-1] || !prefixFold1(s[i:], w) {
				continue
			}
			if networkWordBefore(s, i) {
				break // "remote addr 10.1.2.3", "IP address …"
			}
			k := label26Dash(s, i+len(w)) // "adresse - chaussée …" (addr26_labels.go)
			if a, b, c, d := addressChange18(s, k, have); b > a || d > c {
				// "adres zmieniono z … na …", "changed addr of customer C-1 from … to …"
				if b > a {
					out = append(out, span{start: a, end: b, kind: KindAddress})
				}
				if d > c {
					out = append(out, span{start: c, end: d, kind: KindAddress})
				}
				i = max(b, d) - 1
				break
			}
			e := label18End(s, k, have)
			if e > k && label18Reads(s[k:e]) && label18Free(have, k, e) {
				out = append(out, span{start: k, end: e, kind: KindAddress})
				i = e - 1
			}
			break
		}
	}
	return out
}

// label18Start reports a word that starts at i > 0: after a space, a
// quote, a bracket, a line break (escaped in JSON too) or a tab.
func label18Start(s string, i int) bool {
	return s[i-1] == '\t' || dest14WordStart(s, i)
}

// networkWordBefore reports a network word right before the label at i
// ("remote addr", "mac address").
func networkWordBefore(s string, i int) bool {
	if i < 2 || s[i-1] != ' ' {
		return false
	}
	b := i - 1
	for b > 0 && isAlpha(s[b-1]) {
		b--
	}
	if i-1-b == 0 || i-1-b > 12 {
		return false
	}
	var buf [12]byte
	w := string(lower(buf[:0], s[b:i-1]))
	for _, n := range networkBefore {
		if n == w {
			return true
		}
	}
	return false
}

// label18Free reports an address s[k:e] that no reader has taken but as
// an address or a name (a reader that took part of it as such is
// joined, a reader that took any of it as something else knew better).
func label18Free(have []span, k, e int) bool {
	for _, x := range have {
		if x.start < e && x.end > k && x.kind != KindAddress && x.kind != KindName {
			return false
		}
	}
	return true
}

// label18End returns where the address that starts at k ends: where
// dest14End ends it (a line, a bracket, a quote, an amount, an id, a
// sentence's stop), at a list separator between spaces (" / ", " · "),
// and after the parts (split at commas) that read as an address's.
func label18End(s string, k int, have []span) int {
	return postcodeTail18(s, k, label18Parts(s, k, have))
}

// postcodeTail18 extends the address [k, e) over a postcode of five to
// seven digits that follows its town ("… ירושלים 7708074."): dest14End
// ends an address before seven digits, an id's length elsewhere.
func postcodeTail18(s string, k, e int) int {
	if e <= k || e+6 > len(s) || s[e] != ' ' {
		return e
	}
	q := e + 1
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	if n := q - e - 1; n < 5 || n > 7 || q < len(s) && (isAlnum(s[q]) || s[q] >= 0x80) {
		return e
	}
	last := s[k:e]
	if c := strings.LastIndexAny(last, ",،"); c >= 0 {
		last = last[c:]
	}
	if hasDigitByte(last) {
		return e // the town's part holds a postcode already
	}
	return q
}

// label18Parts ends the address that starts at k (see label18End).
func label18Parts(s string, k int, have []span) int {
	e := dest14End(s, k, 0)
	if e <= k {
		return k
	}
	if p := strings.Index(s[k:e], " / "); p >= 0 {
		e = trimAddrEnd(s, k, k+p)
	}
	if p := strings.Index(s[k:e], " · "); p >= 0 {
		e = trimAddrEnd(s, k, k+p)
	}
	// The parts of the address, split at commas (Latin, Arabic, Burmese).
	street, post := false, false
	p := k
	for n := 0; p < e; n++ {
		q, next := partEnd(s, p, e)
		part := strings.TrimSpace(s[p:q])
		if part == "" || !label18Part(part, n == 0) || !label18Free(have, p, q) {
			if n == 0 {
				return k
			}
			return trimAddrEnd(s, k, p)
		}
		digit := hasDigitByte(part)
		if post && street && n > 0 {
			return trimAddrEnd(s, k, p) // street and number, postcode and town: complete
		}
		if digit && label18Postcode(part) && n > 0 {
			post = true
		} else if digit {
			street = true
		}
		if next >= e {
			return trimAddrEnd(s, k, q)
		}
		p = next
	}
	return trimAddrEnd(s, k, e)
}

// partEnd returns the end of the comma-separated part at p (before e) and
// where the next part begins.
func partEnd(s string, p, e int) (int, int) {
	for q := p; q < e; q++ {
		switch {
		case s[q] == ',':
			return q, q + 1
		case strings.HasPrefix(s[q:], "،"), strings.HasPrefix(s[q:], "၊"), strings.HasPrefix(s[q:], "，"), strings.HasPrefix(s[q:], "、"):
			_, n := utf8.DecodeRuneInString(s[q:])
			return q, q + n
		}
	}
	return e, e
}

// label18Part reports a comma-separated part that an address holds: a
// number with its words ("Rivadavia 194", "piso 4 dto B", "C7724OKA
// Córdoba", "963 89 Πάτρα"), or a few words ("Linking Road", "avenue des
// Lilas", "Sanchaung Township", "תל אביב"); after the first part, its
// first word begins with a digit, a capital or a caseless script, or is a
// street or unit word ("piso", "bl.", "avenue"). No label with a colon,
// no '=', '@', bracket or marker, no date or amount, at most six words.
func label18Part(part string, first bool) bool {
	if strings.ContainsAny(part, ":=@[]()") || strings.Contains(part, "://") || strings.ContainsAny(part, "年月日") {
		return false
	}
	fs := strings.Fields(part)
	if len(fs) == 0 || len(fs) > 6 {
		return false
	}
	for i := range fs {
		if moneyNext(part, strings.Index(part, fs[i])) {
			return false // an amount ("227 202,85 Kč", "MMK 1,887.63") is no part of an address
		}
	}
	for _, f := range fs {
		if strings.Count(f, ".") >= 2 && hasDigitByte(f) || strings.Count(f, "/") >= 2 {
			return false // a date ("06.07.2024", "05/02/2024"), a version
		}
	}
	digit := hasDigitByte(part)
	w := strings.TrimRight(fs[0], ".")
	if first {
		// The first part holds the house number (or the postcode), or
		// begins with a street word whose number comes in a later part
		// ("شارع العليا، مبنى 17").
		return digit || addrToken(fs[0]) || streetHeadWord(w) || streetTypeToken(w)
	}
	r, _ := utf8.DecodeRuneInString(w)
	if isDigit(fs[0][0]) {
		return true
	}
	var buf [16]byte
	return unicode.IsUpper(r) || r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r) || addrToken(fs[0]) ||
		streetHeadWord(w) || streetTypeToken(w) || len(w) <= 12 && unitWords18[string(lower(buf[:0], w))]
}

// unitWords18 are the unit, floor and door words an address's later parts
// begin with in lower case ("piso 4 dto B", "bl. A2", "ap. 14", "kat 3").
var unitWords18 = setOf("piso", "dto", "dpto", "depto", "bl", "ap", "apto", "sc", "et", "kat", "daire", "suite",
	"no", "nr", "m", "esc", "puerta", "andar", "floor", "apt", "unit", "flat", "room", "rm", "bldg", "building",
	"block", "blk", "lot", "lote", "casa", "int", "interior", "of", "oficina", "piętro", "lok", "door", "tower",
	"torre", "ground", "etaj", "scara", "bloc", "sector", "em", "ajtó", "emelet", "ház", "lépcsőház", "кв", "буд",
	"корп", "д", "под", "этаж", "eta", "stiege", "stock", "top", "whg", "bus", "boîte", "étage", "bte", "esc",
	"planta", "portal", "bajo", "izq", "dcha", "der", "pta")

// label18Postcode reports a part that holds a postcode with its town:
// a group of four to seven digits ("574602", "C7724OKA" holds one), or a
// postcode written in two groups ("963 89", "15-558", "180 50").
func label18Postcode(part string) bool {
	fs := strings.Fields(part)
	for i, f := range fs {
		f = strings.TrimRight(f, ".")
		d, l := 0, 0
		for j := 0; j < len(f); j++ {
			switch {
			case isDigit(f[j]):
				d++
			case isAlpha(f[j]):
				l++
			case f[j] == '-':
			default:
				d = -100
			}
		}
		switch {
		case d >= 4 && d <= 7 && l <= 4 && len(fs) > 1:
			return true
		case d == 3 && l == 0 && i+2 < len(fs) && len(fs[i+1]) == 2 && isDigit(fs[i+1][0]) && isDigit(fs[i+1][1]) && !hasDigitByte(fs[i+2]):
			return true // "963 89 Πάτρα", "180 50 Praha"
		case d == 2 && l == 0 && i+2 < len(fs) && len(fs[i+1]) == 3 && isDigit(fs[i+1][0]) && !hasDigitByte(fs[i+2]):
			return true // "91 234 Κόρινθος"
		}
	}
	return false
}

// label18Reads reports a value after an address label that reads as an
// address: it begins as one (a capital, another script, a house number
// before a word, a street abbreviation) and holds a house number within
// its first words (dest14Reads), or it is an address of Japan, China or
// Korea written without spaces that holds a number ("東京都渋谷区神宮前1-23-15").
func label18Reads(v string) bool {
	if len(v) < 5 {
		return false
	}
	if dest14Reads(strings.NewReplacer("،", ",", "၊", ",").Replace(v)) || lowerStreet26(v) || dest33Lower(v) { // "chaussée Lebeau 151, …" (addr26_labels.go); typed in lower case (lead33_dest.go)
		return true
	}
	r, _ := utf8.DecodeRuneInString(v)
	if !(unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r)) {
		return false
	}
	first, _, _ := strings.Cut(v, " ")
	return hasDigitByte(first) && utf8.RuneCountInString(first) >= 5
}

// An address's change written as a sentence names the address before its
// old and new values, in the staff's languages: "adres zmieniono z al.
// Mickiewicza 170, 15-038 Warszawa na ul. Piotrkowska 229/12, 33-131
// Gdańsk role=…", "user ops changed addr of customer C-83023 from Gazi
// Caddesi No 215, 58612 İzmir to … grand_total=…", "διεύθυνση άλλαξε από
// … σε …", "العنوان تم تغيير من … إلى …". The word of "from" stands within
// five words after the label; the old value runs to the first word of
// "to" after which an address (or a marker) begins, the new one to the
// record's next key=value pair, a quote, a bracket or the line's end. Each
// side is taken when it reads as an address (label18Reads); a side a
// reader already masked stays as it is.

var (
	addrChangeFrom = []string{"from", "de", "z", "από", "з", "с", "من", "van", "von", "da", "desde", "od", "depuis", "dari", "từ", "din"}
	addrChangeTo   = []string{"to", "a", "à", "na", "σε", "на", "إلى", "naar", "auf", "zu", "para", "em", "în", "in", "do", "ke",
		"thành", "nach", "en", "into"}
)

// addressChange18 returns the old value [a, b) (empty when a reader took
// it) and the new value [c, d) of an address's change whose label ends at
// k; d <= c when there is none.
func addressChange18(s string, k int, have []span) (a, b, c, d int) {
	f := 0
	p := k
	for n := 0; n < 6 && p < len(s); n++ {
		if q := credChangeWordAt(s, p, addrChangeFrom); q > 0 {
			f = q
			break
		}
		e := p
		for e < len(s) && s[e] != ' ' {
			if strings.IndexByte(":=\"'[]{}();|/", s[e]) >= 0 {
				return 0, 0, 0, 0 // the clause ends before any "from"
			}
			e++
		}
		if e >= len(s) {
			return 0, 0, 0, 0
		}
		p = e + 1
	}
	if f == 0 || f >= len(s) {
		return 0, 0, 0, 0
	}
	// The old value: to a word of "to" that an address or a marker follows.
	lim := min(len(s), f+200)
	for t := f + 1; t < lim; t++ {
		if s[t] != ' ' {
			if strings.IndexByte("\"\n=|;", s[t]) >= 0 {
				return 0, 0, 0, 0
			}
			continue
		}
		n := credChangeWordAt(s, t+1, addrChangeTo)
		if n == 0 || n >= len(s) {
			continue
		}
		oldMarked := isMarkerAt(s, f) && markerEnd(s, f) >= t
		if !oldMarked && !label18Reads(s[f:t]) {
			continue
		}
		if isMarkerAt(s, n) {
			if oldMarked || !label18Free(have, f, t) {
				return 0, 0, 0, 0
			}
			return f, trimAddrEnd(s, f, t), n, n // the new side a reader took
		}
		d := changeValueEnd18(s, n)
		if d <= n {
			return 0, 0, 0, 0
		}
		if !label18Reads(s[n:d]) || !label18Free(have, n, d) {
			return 0, 0, 0, 0
		}
		if oldMarked || !label18Free(have, f, t) {
			return 0, 0, n, d
		}
		return f, trimAddrEnd(s, f, t), n, d
	}
	return 0, 0, 0, 0
}

// changeValueEnd18 returns where the new value of an address's change
// that starts at n ends: before the record's next key=value pair, a
// quote, a bracket, a line's end, a list separator or an amount.
func changeValueEnd18(s string, n int) int {
	lim := min(len(s), n+200)
	for p := n; p < lim; p++ {
		switch s[p] {
		case '"', '\'', '\n', '\r', '\\', '(', ')', '[', ']', '{', '}', ';', '|', '\t', '<', '>':
			return trimAddrEnd(s, n, p)
		case ' ':
			if p+1 < len(s) && (pairAfter(s, p+1) || s[p+1] == '/' || s[p+1] == '-' && p+2 < len(s) && s[p+2] == ' ' || moneyNext(s, p+1)) {
				return trimAddrEnd(s, n, p)
			}
		}
	}
	return trimAddrEnd(s, n, lim)
}
