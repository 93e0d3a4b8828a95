package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A buyer who asks for delivery writes the verb and its preposition in
// their own language and the address right after it, often no more than a
// street and a number: "proszę dostarczyć na al. Świętokrzyska 62 m. 8",
// "доставте на адресу просп. Шевченка, буд. 17", "entregar en Rivadavia
// 96", "leverera till Björkbacken 86", "doručit na adresu Sokolovská
// 86/2", "teslimat adresi Kocatepe Mah. … No:72 D:3", "livrer au
// Résidence Moulay Youssef, Imm 39", "bitte liefern an Am Mühlbach 16".
// The verb asks for delivery, so what follows needs less evidence than a
// bare cell does (addressByParts wants a street word or two parts): it is
// an address when it begins as a place's name does (a capital, a number,
// a street abbreviation) and holds a house number within its first words.
// It ends where the clause does, before an amount, an id, a reference word
// or the full stop after its number or town.

// destPhrases14 extend destPhrases (address_dest.go) with the requests of
// delivery the buyers' languages write that it lacks; the word scanner
// notes them (lead.go) and dest14Spans reads what follows.
var destPhrases14 = []string{"proszę dostarczyć na ", "prosze dostarczyc na ", "dostarczyć na adres ", "dostarczyć na ",
	"доставте на адресу ", "доставте на ", "доставьте на адрес ", "доставьте на ", "доставить на адрес ",
	"doručit na adresu ", "doručte na adresu ", "doručte na ", "dodajte na ", "leverera till ", "levere til ",
	"lever til ", "levér til ", "bezorgen naar ", "bezorg op ", "entregar en ", "entréguenlo en ", "entregar no ",
	"entregue no ", "entregue na ", "livrer au ", "livrer à ", "livrez au ", "liefern an ", "liefern sie an ",
	"teslimat adresi ", "teslim edin: ", "giao đến ", "giao tới ", "giao hàng đến ", "التوصيل إلى ", "وصلوه إلى ",
	"deliver to ", "pls deliver to ", "kindly deliver to ", "consegnare a ", "consegnate a ", "kirim ke ",
	"hantar ke ", "toimittakaa osoitteeseen ", "szállítsák ide: ", "livrați la ", "παράδοση στη ",
	// what a shop's system writes before the address it failed on or changed to
	"delivery attempt failed at ", "geocoding failed for ", "address updated to ", "address changed to ",
	"ship to ", "shipping to ", "redirected to ", "rerouted to ",
	// requests of more buyers' languages, as typed (lower case, no accents)
	"stuur dit asseblief na ", "stuur asseblief na ", "pošljite na naslov ", "pošljite na ", "shu manzilga yuboring ",
	"manzilga yuboring ", "saatke palun aadressile ", "saatke aadressile ", "gelieve te leveren op ", "leveren op ",
	"erre a címre szállítsák ", "címre szállítsák ", "mandenlo a ", "adrese gönderin ", "ünvana göndərin ",
	"ուղարկեք այս հասցեով ", "ወደዚህ አድራሻ ይላኩ ", "यो ठेगानामा पठाउनुहोस् ", "ठेगानामा पठाउनुहोस् ",
	"mema lipinayata yawanna ", "lipinayata yawanna ", "გამოგზავნეთ მისამართზე ", "sūtiet uz adresi ",
	"gửi đến địa chỉ ", "kirimkan ke alamat ", "ส่งมาที่ที่อยู่ ",
	"こちらに送ってください ", "こちらへ送ってください ", "ここに送ってください ", "下記に送ってください ", "이 주소로 보내주세요 ",
	"请寄到", "請寄到", "请送到", "請送到",
	// the word "address" in the case that says "to it" (Estonian, Armenian,
	// Georgian, Nepali, Hungarian, Azerbaijani, Uzbek), the request's verb
	// typed apart from it or mangled
	"aadressile ", "այս հասցեով ", "հասցեով ", "მისამართზე ", "ठेगानामा ", "címre ", "ünvana ", "manzilga ",
	// the word "address" before one, as a note writes it without a colon
	"aadress ", "ünvan ", "naslov ", "lipinaya ", "àdírẹ́sì ", "հասցե ", "ठेगाना ", "მისამართი ", "አድራሻ ",
	"adrese ", "adresi ", "cím ", "dirección "}

// dest14Own are the phrases of destPhrases14 that destPhrases did not hold:
// destinationSpans leaves them to dest14Spans, whose reading ends where a
// sentence of a buyer or a system goes on to other things.
var dest14Own = map[string]bool{}

func init() {
	have := setOf(destPhrases...)
	for _, w := range destPhrases14 {
		if !have[w] {
			dest14Own[w] = true
			if r, n := utf8.DecodeRuneInString(w); r >= 0x80 && unicode.IsLower(r) {
				dest14Own[string(unicode.ToUpper(r))+w[n:]] = true // indexed capitalised too (newPhraseIndex)
			}
			destPhrases = append(destPhrases, w)
		}
	}
	destIndex = newPhraseIndex(destPhrases)
}

// dest14Spans returns the addresses that follow a delivery phrase of
// destIndex when they read as one by dest14Reads and no reader has taken
// any of them (have: the spans found so far; where one has, its reader
// knew where the address ends). phrases is the word scanner's note that a
// word of s starts such a phrase: without it the text is not searched.
func dest14Spans(s string, phrases bool, have []span) []span {
	if !phrases {
		return nil
	}
	var out []span
	for i := 0; i+1 < len(s); i++ {
		if i > 0 && !dest14WordStart(s, i) || !destIndex.first[s[i]] {
			continue
		}
		for _, w := range destIndex.candidates(s, i) {
			if len(s)-i < len(w) || s[i+len(w)-1] != w[len(w)-1] || !prefixFold1(s[i:], w) || label18Own[w] {
				continue // (label18Own: read by addressLabelSpans, address18_labels.go)
			}
			k := i + len(w)
			quote := byte(0)
			if k+1 < len(s) && (s[k] == '\'' || s[k] == '"') {
				quote, k = s[k], k+1 // "geocoding failed for '…'"
			} else if k+2 < len(s) && s[k] == '\\' && s[k+1] == '"' {
				quote, k = '"', k+2 // the same in a JSON string
			}
			if e := dest23End(s, k, dest14End(s, k, quote)); e > k && (dest14Reads(s[k:e]) || dest23Reads(s[k:e]) || dest33Lower(s[k:e])) && dest14Free(s, have, k, e) && (!siteHead18(s[k:e]) || dest33LowerHead(s[k:e])) { // (dest23Reads: native digits; people23_dest.go)
				out = append(out, span{start: k, end: e, kind: KindAddress})
				i = e - 1
			}
			break
		}
	}
	return out
}

// dest14WordStart reports a word that starts at i > 0: after a space, a
// quote, a bracket, a line break, or a line break escaped in JSON
// ("\nlivrer au …").
func dest14WordStart(s string, i int) bool {
	switch s[i-1] {
	case ' ', '\n', '"', '\'', '(', '[', '>':
		return true
	case 'n':
		return i >= 2 && s[i-2] == '\\'
	}
	return false
}

// dest14Free reports an address s[k:e] that no reader has taken, or whose
// start an address reader took and left at a street or lane word in lower
// case ("giao đến Số 99 ngõ 5 Trần Hưng Đạo": "ngõ" stopped it). Where
// another reader took any of it otherwise, that reader knew where the
// address ends.
func dest14Free(s string, have []span, k, e int) bool {
	n, last := 0, -1
	for _, x := range have {
		if x.start < e && x.end > k {
			if x.kind != KindAddress || n == 0 && x.start != k {
				return false
			}
			n++
			last = x.end
		}
	}
	if n == 0 {
		return true
	}
	if last < e && dest33UnitThenStreet(s[last:e]) {
		return true // "flat 605, 195 park street, …": a reader took the unit, the street follows (lead33_dest.go)
	}
	if last >= e || last+1 >= len(s) || s[last] != ' ' {
		return false
	}
	w, _, _ := strings.Cut(s[last+1:e], " ")
	return dest14Lanes[w] || addrToken(w)
}

// dest14Lanes are the lane and alley words of Vietnamese addresses, written
// in lower case inside the address ("Số 17 ngõ 8 Lý Thường Kiệt").
var dest14Lanes = setOf("ngõ", "ngách", "hẻm", "kiệt", "kiet", "ngo", "hem")

// dest14Abbrevs are the street, unit and district abbreviations of four
// letters or more whose full stop does not end the address ("просп.
// Шевченка", "Avda. Gran Vía", "Prosp. Mira").
var dest14Abbrevs = setOf("просп", "пров", "вулиця", "avda", "blvd", "prosp", "bulv", "calz", "carr", "prol",
	"resid", "mahal", "sokak", "block", "bldg", "apto", "depto", "route", "nagar", "გამზ", "boul")

// dest14End returns where the address that starts at k ends: a line break
// (escaped too), a bracket, a quote, ';' or '|', a dash between spaces,
// two spaces, an amount, a word of destStops or tailRefWords, a run of
// seven digits or more or a code of letters and digits (an id), or a full
// stop after a number or a word that is no abbreviation; at most 160
// bytes on.
func dest14End(s string, k int, quote byte) int {
	lim := min(len(s), k+160)
	e := k
	for p := k; p < lim; p++ {
		c := s[p]
		if c == quote && (p+1 >= len(s) || !isLetterByteOrHigh(s[p+1])) {
			return trimAddrEnd(s, k, p) // the closing quote ("Lang'ata" keeps its apostrophe)
		}
		if c == '(' && dest33Province(s, k, p) {
			p += 3
			e = p + 1
			continue // "… 57810 bologna (bo)" (lead33_dest.go)
		}
		switch c {
		case '\n', '\r', '\t', '(', ')', '[', ']', '"', ';', '|', '\\', '<', '>', '=', '{', '}':
			return trimAddrEnd(s, k, p)
		case ' ':
			if p+1 < len(s) && s[p+1] == ' ' {
				return trimAddrEnd(s, k, p)
			}
			if p+2 < len(s) && (s[p+1] == '-' || strings.HasPrefix(s[p+1:], "—") || strings.HasPrefix(s[p+1:], "–")) && (s[p+2] == ' ' || s[p+1] >= 0x80) {
				if s[p+1] != '-' || s[p+2] == ' ' {
					return trimAddrEnd(s, k, p)
				}
			}
		case '.', '!', '?':
			if p+1 >= len(s) || s[p+1] == ' ' || s[p+1] == '.' || s[p+1] == '\n' || s[p+1] == '\\' || s[p+1] == ',' {
				if dest14StopEnds(s, k, p) {
					return trimAddrEnd(s, k, p)
				}
			}
		}
		if p > k && s[p-1] == ' ' || p == k {
			if p > k && dest14TokenStops(s, p) {
				return trimAddrEnd(s, k, p)
			}
		}
		e = p + 1
	}
	return trimAddrEnd(s, k, e)
}

func isLetterByteOrHigh(c byte) bool { return isAlpha(c) || c >= 0x80 }

// trimAddrEnd drops the spaces, commas and stops before e.
func trimAddrEnd(s string, k, e int) int {
	for e > k && (s[e-1] == ' ' || s[e-1] == ',' || s[e-1] == '.' || s[e-1] == ':') {
		e--
	}
	return e
}

// dest14StopEnds reports a full stop at p that ends the address begun at
// k: the token before it holds a digit (a house number, a postcode) or is
// a word of four letters or more that is no abbreviation (a town: "…
// Warszawa. tracking …").
func dest14StopEnds(s string, k, p int) bool {
	b := p
	for b > k && s[b-1] != ' ' && s[b-1] != ',' {
		b--
	}
	t := s[b:p]
	if t == "" || p+1 < len(s) && s[p+1] == '.' {
		return true // ". ." after a comma, "Rd.. iPhone …"
	}
	if hasDigitByte(t) {
		return !dest33FloorAfter(s, p) // (not "… 90, 3. og links", "… út 88. 0. em.": lead33_dest.go)
	}
	if strings.ContainsAny(t, "./") {
		return false // "P.O.", "H.No.", "C/"
	}
	if dest33FloorEnd(s, k, b, t) {
		return true // "… út 88. 0. em. about …" (lead33_dest.go)
	}
	if len(t) >= 5 && (strings.HasSuffix(t, "str") || strings.HasSuffix(t, "Str")) {
		return false // "Bahnhofstr. 72": a street's type abbreviated
	}
	if utf8.RuneCountInString(t) < 4 {
		return false // "ul.", "Mah.", "Sok.", "Cad.", "буд."
	}
	return !dest14Abbrevs[strings.ToLower(t)]
}

// dest14TokenStops reports a word at p that no address goes on into: a
// reference or order word, the writer speaking again, an amount, an
// e-mail, an id (seven digits or more in a row, or nine characters or
// more mixing letters and digits: "JJD2759…", "UA762617154GB").
func dest14TokenStops(s string, p int) bool {
	q := p
	for q < len(s) && s[q] != ' ' && s[q] != ',' && s[q] != '\n' && s[q] != '\\' && s[q] != ')' && s[q] != '(' && s[q] != ';' {
		q++
	}
	t := strings.TrimRight(s[p:q], ".:")
	if t == "" {
		return false
	}
	if moneyNext(s, p) || strings.IndexByte(t, '@') >= 0 || dest23TokenStops(t) || dest33SentenceOn(s, p, t) { // (dest23TokenStops: "please", "call me", a phone; people23_dest.go)
		return true
	}
	var buf [32]byte
	if len(t) <= 16 {
		w := string(lower(buf[:0], t))
		if (destStops[w] || tailRefWords[w] || dest14Stops[w]) && !(w == "lot" && dest33BlockLot(s, p)) {
			return true
		}
	}
	digits, run, maxRun, letters := 0, 0, 0, 0
	for i := 0; i < len(t); i++ {
		switch {
		case isDigit(t[i]):
			digits++
			run++
			maxRun = max(maxRun, run)
			continue
		case isASCIILetter(t[i]):
			letters++
		}
		run = 0
	}
	return maxRun >= 7 || len(t) >= 9 && digits >= 3 && letters >= 2 && !strings.ContainsAny(t, "/-")
}

// dest14Stops are more words after which an address does not go on:
// what a message gives next in the buyers' languages.
var dest14Stops = setOf("barcode", "invoice", "card", "karta", "kart", "carte", "tarjeta", "iban", "whatsapp",
	"email", "e-mail", "next", "thanks", "tracking", "please", "refund", "numer", "nummer", "номер", "telefon",
	"mój", "mitt", "moje", "мій", "numaram", "gracias", "merci", "danke", "dziękuję", "дякую", "tack", "děkuji",
	"teşekkürler", "cảm", "and", "et", "und", "och", "ve", "và", "та", "или", "or")

// dest14Reads reports a value after a delivery phrase that reads as an
// address: it begins as one (a capitalised word, a word of another script,
// a house number, a street abbreviation or word) and a house number stands
// within its first six words, and it is not a time or a date.
func dest14Reads(v string) bool {
	if len(v) < 5 || strings.Contains(v, "://") {
		return false
	}
	fs := strings.Fields(v)
	if len(fs) == 0 {
		return false
	}
	first := strings.TrimRight(fs[0], ",")
	if first == "" {
		return false // ", 00…": a comma, not a word
	}
	var buf [32]byte
	if len(first) <= 24 && dest14Places[string(lower(buf[:0], strings.TrimRight(first, ".")))] {
		return false // "liefern an Lager 4 am Montag": the business's own place
	}
	r, _ := utf8.DecodeRuneInString(first)
	switch {
	case unicode.IsUpper(r), r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r):
	case isDigit(first[0]):
		// "98, rue …", "60/5 Trần …": a street, a capital or another
		// script next, not "2 días", "3 pm"
		if len(fs) < 2 {
			return false
		}
		n := strings.TrimRight(fs[1], ",.")
		r2, _ := utf8.DecodeRuneInString(n)
		if !(unicode.IsUpper(r2) || r2 >= 0x80 && !unicode.IsLower(r2) || addrToken(n) || streetTypeToken(n)) {
			return false
		}
	case strings.HasSuffix(first, ".") || strings.Contains(first, "/") || addrToken(first):
		// "ul.", "os.", "вул.", "nám.", "C/": a street abbreviation
		if !(addrToken(first) || streetHeadWord(first) || len(first) <= 6) {
			return false
		}
	default:
		return false
	}
	for i, f := range fs {
		if i >= 7 {
			break
		}
		f = strings.TrimRight(f, ",.")
		if f == "" {
			continue // "." alone: punctuation, no number
		}
		if i > 0 || isDigit(f[0]) {
			if n := strings.TrimPrefix(strings.TrimPrefix(f, "No:"), "#"); n != "" && isDigit(n[0]) && numberToken(n) && !dest14Clock(n) {
				// "ship to Germany 2 items", "entregar en 3 días": a count
				return i+1 >= len(fs) || !dest14Units[strings.ToLower(strings.TrimRight(fs[i+1], ",."))]
			}
		}
	}
	return false
}

// dest14Places are the places of a seller's or a carrier's business that a
// delivery goes to by their number: a warehouse, a dock, a gate, a hub, a
// store, in the languages of the shops' staff.
var dest14Places = setOf("lager", "warehouse", "wh", "dock", "gate", "tor", "rampe", "hub", "halle", "hall", "filiale",
	"store", "shop", "branch", "bay", "depot", "dépôt", "depó", "depo", "magazyn", "almacén", "almacen", "bodega",
	"entrepôt", "entrepot", "magazzino", "lagret", "склад", "kho", "gudang", "counter", "locker", "zone",
	"platform", "line", "station", "terminal", "room", "desk", "level", "pallet", "bin", "aisle", "rack", "slot")

// dest14Units are the words a count goes with, not a house number.
var dest14Units = setOf("days", "day", "días", "dias", "jours", "tage", "dni", "дня", "днів", "items", "item", "pcs",
	"units", "weeks", "hours", "h", "kg", "business", "parcels", "boxes", "orders", "x", "pallets", "colis", "pakete",
	"paket", "pakker", "paczki", "paquetes", "stuks", "stück", "kusů", "adet")

// dest14Clock reports a time or a date written where a number stands
// ("14:30", "12.05", "2026-11-14").
func dest14Clock(t string) bool {
	return strings.ContainsAny(t, ":") || strings.Count(t, ".") > 0 || strings.Count(t, "-") >= 2
}
