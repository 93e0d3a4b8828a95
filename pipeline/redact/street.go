package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Street addresses are also found by their shape, without a key or a
// trigger: a house number next to a street name that says it is one.
//
//	69 Queen Street, Brisbane QLD 4000        number, name, street type
//	Rua Augusta, 1594 - Laranjeiras           street type, name, number
//	Mozartstraße 109b, 90402 Nürnberg         a name that ends in a type
//
// The address then runs over the comma-separated parts that follow
// (unit, postcode and city), up to a part that starts in lower case, a
// clause end, a quote or a bracket.

var (
	// streetAfter are street types written after the name (lower case).
	streetAfter = setOf("street", "st", "road", "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard",
		"blvd", "way", "court", "ct", "place", "pl", "terrace", "tce", "crescent", "cres", "close", "parade",
		"highway", "hwy", "grove", "square", "sq", "walk", "row", "mews", "gardens", "park", "hill", "circuit",
		// after the name in Hungarian, Turkish, Indian and romanised Korean
		// addresses: "Bartók Béla út 65", "Menekşe Sok. No: 2", "Gangnam-daero 12"
		"út", "utca", "tér", "körút", "köz", "fasor", "sétány", "rakpart", "cad", "caddesi", "cd", "sok", "sokak",
		"sk", "bulvarı", "yolu", "marg", "nagar", "ro", "gil", "daero")
	// streetBefore are street types written before the name (lower case,
	// a final full stop dropped).
	streetBefore = setOf("rua", "avenida", "av", "avda", "calle", "c/", "plaza", "paseo", "rambla", "via", "viale",
		"piazza", "corso", "vicolo", "largo", "rue", "boulevard", "bd", "chemin", "allée", "impasse", "jalan", "jl",
		"lorong", "lrg", "soi", "thanon", "đường", "phố", "ngõ", "ngách", "block", "blk", "lot", "unit", "travessa",
		"alameda", "estrada", "carrera", "camino", "avenue", "carrer", "quai", "cours", "chaussée", "rua", "travesía", "boul",
		"hẻm", "kiệt", "số", "gg", "gang", "komp", "kompleks", "perum", "jln",
		// more types written first: Latin American, Slavic, Romanian,
		// Greek, Albanian and South Asian ones
		"pasaje", "psje", "jirón", "jr", "cl", "cll", "kr", "cra", "dg", "tv", "transversal", "diagonal", "prosp",
		"prospekt", "vul", "vulytsia", "ul", "aleja", "al", "nám", "náměstí", "bulevardul", "str", "strada", "calea",
		"aleea", "şoseaua", "soseaua", "piața", "cesta", "trg", "ulitsa", "pereulok", "shosse", "bv", "bulevar",
		"bulevard", "rruga", "odos", "leoforos", "holding", "house", "hse", "plot", "flat", "sector", "praça", "largo")
	// streetSuffixes end one-word street names (Mozartstraße, Keizersgracht).
	streetSuffixes = []string{"straße", "strasse", "str.", "weg", "gracht", "laan", "plein", "allee", "platz",
		"gasse", "damm", "kade", "singel", "dijk", "steeg", "markt", "ring", "straat", "dreef", "gatan", "vägen",
		"vej", "gade", "utca", "ulica", "katu", "tie", "kuja", "polku", "väylä", "esplanadi", "gata", "gate", "veien",
		"vegen", "veg", "gaten", "plass", "torg", "väg", "torget", "stræde", "plads", "torv", "ufer", "chaussee",
		"třída", "nábřeží", "-ro", "-gil", "-daero",
		// Dutch canals and quays, Icelandic ways, paths and roads
		"vaart", "kaai", "vegur", "stígur", "stigur", "braut", "gatvė", "plaats", "stræti", "straeti"}
	// streetAdjectives start two-word street names before one that ends in
	// a street type: "Nieuwe Binnenweg 50", "Alte Poststraße 3".
	streetAdjectives = setOf("nieuwe", "oude", "lange", "korte", "grote", "kleine", "hoge", "lage", "eerste",
		"tweede", "alte", "neue", "große", "grosse", "obere", "untere", "hintere", "vordere", "sankt", "st.")
	// nonLatinStreet are street words of scripts without capitals, written
	// after a house number: Thai road, lane and village ("120/59 ถนนรัชดาภิเษก",
	// fused with the name) and Vietnamese street and alley ("92 đường Phan
	// Đình Phùng").
	nonLatinStreet = []string{"ถนน", "ซอย", "หมู่", "อาคาร", "หมู่บ้าน", "đường", "phố", "ngõ", "ngách", "hẻm", "kiệt",
		"شارع", "طريق", "רחוב", "שדרות", "सड़क", "মার্গ", "রোড"}
	// numberPrefixes come before a house number and belong to the address:
	// "Số 159 đường …", "Ngõ 62 đường …".
	numberPrefixes = []string{"Số ", "số ", "Ngõ ", "Hẻm ", "Kiệt ", "Ngách "}
	// unitWords name the unit, floor or delivery point in the parts of an
	// address, also in lower case: "casa 2", "c/o Packstation 112", "Depto. 170".
	unitWords = setOf("apartment", "apt", "flat", "unit", "suite", "ste", "level", "floor", "room", "rm", "casa",
		"apto", "bis", "ter", "hs", "piso", "depto", "dpto", "sala", "bloco", "andar", "lt", "rt", "rw", "no", "kel",
		"kec", "gg", "blok", "lantai", "c/o", "lote", "quadra", "qd", "loja", "bl", "etage", "boîte", "bus", "tầng",
		"phòng", "block", "blk", "lot", "tower", "torre", "int", "ext", "interior", "esc", "puerta", "pta", "planta", "bajo", "ático", "atico", "entlo", "entresuelo", "izq", "izda", "dcha", "dcho",
		"pral", "rdc", "app", "appt", "étage", "bte", "hinterhaus", "vorderhaus", "og", "eg", "dg", "whg", "top", "stiege",
		"sub", "bl", "sc", "et", "ap", "kav", "daire", "kat", "lgt", "mz", "jr")
)

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// houseNumber returns the end of a house number at p (1–5 digits, an
// optional letter or "-II"/"/12"), or 0.
func houseNumber(s string, p int) int {
	e := p
	for e < len(s) && isDigit(s[e]) && e-p < 6 {
		e++
	}
	if e == p || e-p > 5 || e < len(s) && isDigit(s[e]) {
		return 0
	}
	if e < len(s) && isAlpha(s[e]) && (e+1 == len(s) || !isAlnum(s[e+1])) {
		e++ // 109b
	}
	if e+1 < len(s) && (s[e] == '-' || s[e] == '/') && isAlnum(s[e+1]) {
		f := e + 1
		for f < len(s) && isAlnum(s[f]) && f-e < 5 {
			f++
		}
		if f == len(s) || !isAlnum(s[f]) {
			e = f // 43-II, 15/452
		}
	}
	if e < len(s) && isWord(s[e]) {
		return 0
	}
	return e
}

// capWord returns the end of a capitalised (or non-Latin) word at p, or 0.
func capWord(s string, p int) int {
	if p >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[p:])
	if !unicode.IsUpper(r) && !(r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r)) {
		return 0
	}
	e := p
	for e < len(s) {
		r, n := utf8.DecodeRuneInString(s[e:])
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '\'' && r != '-' && r != '.' {
			break
		}
		e += n
	}
	for e > p && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	return e
}

// street is called at a word s[i:j] and redacts the street address it is
// part of; it returns the address's end, or 0.
func (sc *scanner) street(i, j int) int {
	s := sc.s
	if poBoxFirst[s[i]] {
		if e := sc.poBox(i); e > 0 {
			return e // "P.O. Box 1349, …", "Pósthólf 4913, …" (address_parts.go)
		}
	}
	var buf [16]byte
	if j-i > len(buf) || !streetTypeMay(s, i, j) { // (no street type of streetBefore, trStreetTypes or streetAfter has this length and first byte: speed27_gates.go)
		return sc.streetSuffix(i, j)
	}
	w := string(lower(buf[:0], s[i:j]))
	if streetBefore[w] && (isUpper(s[i]) || s[i] >= 0x80) {
		// Rua Augusta, 1594 / Via del Corso 105 / Jalan Gasing / Lot 8157
		if e := houseNoAd30(s, i, j, w); e > 0 {
			return sc.streetRun(i, e) // "House No. 418, Fake Road, …" (ad30_houseno.go)
		}
		k := j
		if k < len(s) && s[k] == '.' {
			k++
		}
		names := 0
		for names < 5 && k+1 < len(s) && s[k] == ' ' {
			if e := houseNumber(s, k+1); e > 0 {
				if names == 0 && placeLane(s, i, e, w) {
					return 0 // "best seller at Sukhumvit Soi 11": a lane named as a place (damage16_places.go)
				}
				return sc.streetRun(i, e)
			}
			e := capWord(s, k+1)
			if e == 0 {
				q := k + 1
				for q < len(s) && isAlpha(s[q]) {
					q++
				}
				if !particles[s[k+1:q]] || q == k+1 {
					break
				}
				e = q
			} else {
				names++
			}
			k = e
			if k+2 < len(s) && s[k] == ',' && s[k+1] == ' ' {
				if e := houseNumber(s, k+2); e > 0 && names > 0 {
					return sc.streetRun(i, e)
				}
			}
		}
		if names > 0 && (w == "jalan" || w == "jl" || w == "lorong" || w == "soi" || w == "thanon" || w == "gg" || w == "gang") {
			return sc.streetRun(i, k) // Jalan Gasing: the type says enough
		}
		if !streetAfter[w] {
			return 0
		}
		// "Avenue", "Boulevard": written before the name or after it.
	}
	if trStreetTypes[w] && isUpper(s[i]) {
		if e := sc.turkishStreet(i, j); e > 0 {
			return e // "Halaskargazi Cad. No: 38 D: 1, Konak/İzmir" (address16_turkish.go)
		}
	}
	if streetAfter[w] && isUpper(s[i]) {
		// 69 Queen Street: a number, then one to four capitalised words.
		p := i
		for words := 0; words < 4; words++ {
			if p < 2 || s[p-1] != ' ' {
				return 0
			}
			q := p - 1
			st := q
			for st > 0 && (isWord(s[st-1]) || s[st-1] >= 0x80 || s[st-1] == '-' || s[st-1] == '/' || s[st-1] == '\'') {
				st--
			}
			for st < q && s[st] == '\'' {
				st++ // "'201 Parramatta Road": a quote opens the value
			}
			if st == q {
				return 0
			}
			if e := houseNumber(s, st); e == q && words > 0 {
				if st > 0 && (isWord(s[st-1]) || s[st-1] == '#' || s[st-1] == '$') {
					return 0
				}
				return sc.streetRun(st, j)
			}
			if capWord(s, st) != q {
				return 0
			}
			p = st
		}
		return 0
	}
	return sc.streetSuffix(i, j)
}

// streetSuffix handles a one-word street name and its number: Mozartstraße
// 109b, Keizersgracht 43-II.
func (sc *scanner) streetSuffix(i, j int) int {
	s := sc.s
	if !isUpper(s[i]) {
		return 0
	}
	e := j
	for e < len(s) && (s[e] >= 0x80 || isAlpha(s[e])) {
		_, n := utf8.DecodeRuneInString(s[e:])
		e += n
	}
	if e < len(s) && s[e] == '.' {
		e++
	}
	if e-i < 6 || e+1 >= len(s) || s[e] != ' ' || !isDigit(s[e+1]) {
		return 0 // a house number follows the street's name at once
	}
	ok := false
	for _, suf := range streetSuffixes {
		if e-i > len(suf)+2 && strings.EqualFold(s[e-len(suf):e], suf) {
			ok = true
			break
		}
	}
	if !ok || e+1 >= len(s) || s[e] != ' ' {
		return 0
	}
	if n := houseNumber(s, e+1); n > 0 {
		st := i
		if p := i - 1; p > 0 && s[p] == ' ' {
			q := p
			for q > 0 && (isAlpha(s[q-1]) || s[q-1] >= 0x80 || s[q-1] == '.') {
				q--
			}
			var buf [16]byte
			if p-q <= len(buf) && q < p && isUpper(s[q]) && streetAdjectives[string(lower(buf[:0], s[q:p]))] {
				st = q
			}
		}
		return sc.streetRun(st, n)
	}
	return 0
}

// numberStreet redacts an address that starts with its house number and a
// street type in lower case or in a script without capitals: "73 quai des
// Chartrons", "93 bis quai …", "Số 92 đường Phan Đình Phùng", "120/59
// ถนนรัชดาภิเษก". It returns the address's end, or 0.
func (sc *scanner) numberStreet(i int) int {
	s := sc.s
	h := sc.houseAt(i)
	if h == 0 || h+2 >= len(s) || s[h] != ' ' {
		return 0
	}
	p := h + 1
	for _, w := range []string{"bis ", "ter "} {
		if strings.HasPrefix(s[p:], w) {
			p += len(w)
		}
	}
	we := p
	for we < len(s) && (isAlpha(s[we]) || s[we] >= 0x80) {
		_, n := utf8.DecodeRuneInString(s[we:])
		we += n
	}
	if we == p {
		return 0
	}
	w := s[p:we]
	fused := false
	for _, t := range nonLatinStreetFirst[w[0]] {
		if strings.HasPrefix(w, t) {
			fused = true // the type is enough in these scripts
			goto typed
		}
	}
	if len(w) > 16 || s[p] < 'a' || s[p] > 'z' || !streetBefore[w] {
		return 0
	}
typed:
	if fused {
		we = soiNumber26(s, we) // "ซอย7": the lane's number glued to its word (addr26_thai.go)
	}
	st := i
	for _, pre := range numberPrefixes {
		if i >= len(pre) && s[i-len(pre):i] == pre {
			st = i - len(pre)
			break
		}
	}
	e := we
	names := 0
	for names < 5 && e+1 < len(s) && s[e] == ' ' {
		k := e + 1
		q := k
		for q < len(s) && (isAlpha(s[q]) || s[q] >= 0x80) {
			_, n := utf8.DecodeRuneInString(s[q:])
			q += n
		}
		if q == k {
			break
		}
		if !particles[s[k:q]] {
			if c := capWord(s, k); c == 0 {
				break
			} else {
				q = c
			}
			names++
		}
		e = q
	}
	if names == 0 && !fused {
		return 0
	}
	return sc.streetRun(st, e)
}

// streetRun emits the address from st, the street ending at e, extended
// over the comma-separated parts that follow it.
func (sc *scanner) streetRun(st, e int) int {
	s := sc.s
	if amountDecimalsAt(s, e) {
		return 0 // "price=STR 223.00": a currency's code and an amount (damage15_brands.go)
	}
	for e+2 < len(s) && e-st < 240 {
		p := e
		switch {
		case s[p] == ',' && s[p+1] == ' ':
			p += 2
		case s[p] == ' ' && (isDigit(s[p+1]) || isUpper(s[p+1]) || s[p+1] == '#' || s[p+1] >= 0x80):
			p++
		case s[p] == ' ' && s[p+1] == '-' && p+2 < len(s) && s[p+2] == ' ':
			p += 3 // "1594 - Laranjeiras"
		case s[p] == ' ' && s[p+1] >= 'a' && s[p+1] <= 'z' && unitWordAt(s, p+1):
			p++ // "Vondelstraat 362 hs"
		case s[p] == ' ' && s[p+1] >= 'a' && s[p+1] <= 'z' && particleBeforeCap(s, p+1) > 0:
			p = particleBeforeCap(s, p+1) // "Hamdan bin Mohammed Road", "Rio de Janeiro" (address16_ends.go)
		case s[p] == '.' && s[p+1] == ' ' && abbrevBefore(s, st, p):
			p += 2 // "Depto. 170"
		default:
			goto done
		}
		if p < len(s) && s[p] >= 'a' && s[p] <= 'z' && unitWordAt(s, p) {
			// "casa 2", "c/o Packstation 112": a unit in lower case
		} else if p >= len(s) || !(isDigit(s[p]) || isUpper(s[p]) || s[p] == '#' || s[p] >= 0x80) ||
			lookAlikeNext(s, p) || idPieceNext27(s, p) || moneyNext(s, p) || nextIsKey(s, p-1) || isMarkerAt(s, p) {
			goto done
		}
		if s[p] >= 0x80 && streetRunStops(s, st, e, p) {
			goto done // "… NC 27601 商品:Galaxy S24", "… Dubai ورقمي …": the next field, another script (address16_ends.go)
		}
		q := p
		for q < len(s) && s[q] > ' ' && s[q] != ',' && s[q] != ';' && s[q] != '|' && s[q] != '"' && s[q] != '\'' && s[q] != '&' && s[q] != '=' &&
			s[q] != ')' && s[q] != '(' && s[q] != '}' && s[q] != ']' && s[q] != '\n' && s[q] != '\\' && s[q] != '<' {
			if s[q] >= 0x80 && (fullwidthStop(s[q:]) || amountAt(s, q)) {
				break // "Hong Kong（合計HK$ …）", "Shanghai，¥14,114.60": full-width punctuation, an amount
			}
			q++
		}
		if q == p {
			goto done
		}
		e = q
		for e > p && s[e-1] == '.' && !(e-p <= 5 && isUpper(s[p])) {
			e--
		}
	}
done:
	st = unitBefore(s, st, sc.lastEnd)
	e = edifactCountryTail21(s, st, e) // "…+Wexford++S72 Q7H5+IE'": the NAD's country code stays (ids21_values.go)
	if !sc.emit(st, e, KindAddress, 0) {
		return 0
	}
	return e
}

// abbrevBefore reports an abbreviation ending at the full stop at p, in an
// address that started at st: a capitalised word of two to six letters
// ("Depto", "Kel", "Col").
func abbrevBefore(s string, st, p int) bool {
	q := p
	for q > st && isAlpha(s[q-1]) {
		q--
	}
	return p-q >= 2 && p-q <= 6 && isUpper(s[q]) && (q == st || s[q-1] == ' ')
}

// unitWordAt reports a unit word at p ("casa", "c/o", "apto") followed by a
// space.
func unitWordAt(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 12 && (isAlpha(s[q]) || s[q] == '/' || s[q] >= 0x80) {
		q++
	}
	if q == p || q < len(s) && (isAlnum(s[q]) || s[q] == '=' || s[q] == ':') {
		return false
	}
	var buf [12]byte
	return q-p <= len(buf) && unitWords[string(lower(buf[:0], s[p:q]))]
}

// streetTypeAt reports a street type written before the name at p,
// followed by a space: "…, rue Wellington", "…, chemin de la Côte".
func streetTypeAt(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 12 && (isAlpha(s[q]) || s[q] >= 0x80) {
		q++
	}
	if q == p || q >= len(s) || s[q] != ' ' {
		return false
	}
	var buf [12]byte
	w := string(lower(buf[:0], s[p:q]))
	return q-p <= len(buf) && (streetBefore[w] || lowerStreetTypes[w])
}

// lowerStreetTypes are more street types written before the name in lower
// case after a comma ("272, place de la Mairie"), too common as words to
// start an address on their own.
var lowerStreetTypes = setOf("place", "route", "passage", "voie", "sentier", "square", "cité", "quartier")

// unitBefore extends an address that starts at st back over a unit part
// written before the street: "Apartment 21, 108A Station Road", "Flat 3,
// …". It never reaches back past floor.
func unitBefore(s string, st, floor int) int {
	if st < 4 || s[st-2] != ',' || s[st-1] != ' ' {
		return st
	}
	p := st - 2
	q := p
	for q > 0 && q > floor && (isAlnum(s[q-1]) || s[q-1] == '-' || s[q-1] == '/' || s[q-1] == '#') {
		q--
	}
	if q == p || q < 2 || s[q-1] != ' ' {
		return st
	}
	ws := q - 1
	for ws > 0 && ws > floor && isAlpha(s[ws-1]) {
		ws--
	}
	var buf [12]byte
	if ws == q-1 || q-1-ws > len(buf) || !unitWords[string(lower(buf[:0], s[ws:q-1]))] {
		return st
	}
	if ws > 0 && isWord(s[ws-1]) {
		return st
	}
	return ws
}

// An address logged without a key as a cell of a header-less row or as a
// quoted positional argument ("Order placed \"OD…\", \"ul. Lenina, d. 98, kv.
// 94\"", "…,9710 Prince Mohammed bin Abdulaziz Road,Riyadh,…") is read by
// its shape: a street type written before a capitalised name, or after one,
// and a house number.

// addressCellSpans returns the cells and positional arguments of s that
// read as street addresses (cellAddress). Text under a CSV header is left
// to the header's names.
func addressCellSpans(s string, have []span) []span {
	var out []span
	hdr := len(s)
	if h, ok := findHeader(s); ok {
		hdr = h.start
	}
	add := func(a, b int) {
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && s[b-1] == ' ' {
			b--
		}
		if b-a < 4 || a >= hdr || overlaps(out, a, b) || lotCode18(s[a:b]) {
			return // (lotCode18: "lot L2026-913", a production lot, damage18_goods.go)
		}
		if overlaps(have, a, b) {
			if onlyInside(have, a, b) && startsSpan(have, a) && !strings.ContainsAny(s[a:b], "'()") && addressByParts(s[a:b]) {
				out = append(out, span{start: a, end: b, kind: KindAddress}) // (address_parts.go)
			}
			return
		}
		if b-a >= 8 && (cellAddress(s[a:b]) || addressByParts(s[a:b])) {
			out = append(out, span{start: a, end: b, kind: KindAddress})
		} else if cellName(s[a:b]) {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
	}
	// Quoted positional arguments.
	for p := 0; p < len(s); {
		q := strings.IndexByte(s[p:], '"')
		if q < 0 {
			break
		}
		q += p
		e := strings.IndexByte(s[q+1:min(len(s), q+1+128)], '"')
		if e < 0 {
			p = q + 1
			continue
		}
		e += q + 1
		if positional(s, q) {
			add(q+1, e)
			p = e + 1
			continue
		}
		p = q + 1
	}
	// Cells of header-less rows: a line with two separators of one kind or more.
	for ls := 0; ls < len(s) && ls < hdr; {
		le := strings.IndexByte(s[ls:], '\n')
		if le < 0 {
			le = len(s)
		} else {
			le += ls
		}
		line := s[ls:le]
		for _, sep := range []byte{';', '\t', '|', ','} {
			if strings.Count(line, string(sep)) < 2 {
				continue
			}
			cs := ls
			if c := strings.LastIndex(s[ls:le], ": "); c >= 0 && strings.IndexByte(s[ls:ls+c], sep) < 0 {
				cs = ls + c + 2 // "import … line 39: …"
			}
			for cs <= le {
				ce := strings.IndexByte(s[cs:le], sep)
				if ce < 0 {
					ce = le
				} else {
					ce += cs
				}
				a, b := cs, ce
				if b-a >= 2 && s[a] == '"' && s[b-1] == '"' {
					a, b = a+1, b-1
				}
				add(a, b)
				cs = ce + 1
			}
			break
		}
		ls = le + 1
	}
	return out
}

// cellAddress reports a whole value that reads as a street address: one of
// its comma-separated parts is a street type and a capitalised name ("ul.
// Lenina", "rue Wellington", "пр-т Тверская") or a capitalised name and a
// street type ("Kimathi Street"), and the value holds a house number (or,
// for a type after the name, more parts: "Riverside Gardens, Kimathi
// Street").
func cellAddress(v string) bool {
	if len(v) < 8 || len(v) > 120 || strings.ContainsAny(v, "=@:\\{}[]<>|\"") {
		return false
	}
	digit := strings.IndexAny(v, "0123456789") >= 0
	parts := strings.Split(v, ", ")
	if len(parts) > 8 {
		return false
	}
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) < 2 {
			continue
		}
		for k := 0; k+1 < len(words); k++ {
			w, next := words[k], words[k+1]
			if len(w) > 12 || !(isUpper(next[0]) || next[0] >= 0x80 && startsWithUpperRune(next)) {
				continue
			}
			var buf [12]byte
			lw := strings.TrimSuffix(string(lower(buf[:0], w)), ".")
			if (k == 0 || isDigit(words[k-1][0])) && (streetBefore[lw] || streetHeadWord(w)) && digit {
				return true // "ul. Lenina, d. 98", "480, rue Wellington, app. 32"
			}
		}
		last := words[len(words)-1]
		prev := words[len(words)-2]
		var buf [12]byte
		if len(last) <= 12 && isUpper(last[0]) && streetAfter[string(lower(buf[:0], last))] &&
			(isUpper(prev[0]) || prev[0] >= 0x80 && startsWithUpperRune(prev)) && (digit || len(parts) >= 2) {
			return true // "9710 Prince … Road", "Riverside Gardens, Kimathi Street"
		}
	}
	return false
}

// streetHeadWord reports a street type of streetHeads written in another
// script ("пр-т", "ул.", "вул.").
func streetHeadWord(w string) bool {
	if w == "" || w[0] < 0x80 {
		return false
	}
	for _, h := range streetHeads {
		if h[0] >= 0x80 && strings.TrimSpace(h) == w {
			return true
		}
	}
	return false
}

func startsWithUpperRune(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// mayHoldCells is the cheap test before addressCellSpans, for text that
// is no row of ';', tab or '|' (manySeps): a quoted positional argument
// after ", ", or two commas with no space after them.
func mayHoldCells(s string) bool {
	if len(s) < 16 {
		return false
	}
	if strings.Contains(s, `", "`) {
		return true
	}
	n := 0
	for i := strings.IndexByte(s, ','); i >= 0 && i+1 < len(s); {
		if s[i+1] != ' ' {
			if n++; n >= 2 {
				return true
			}
		}
		j := strings.IndexByte(s[i+1:], ',')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

// cellName reports a whole value that reads as a person's name written
// with letters beyond ASCII: three or four capitalised words (nameShaped),
// one of them with a diacritic or in another cased script ("Фёдорова Юлия
// Петровна", "Maximiliano Núñez Valenzuela"); two words are as often a city.
func cellName(v string) bool {
	if !nameShaped(v) || asciiOnlyText(v) || strings.Count(v, " ") > 3 || strings.ContainsAny(v, "«»„“”") {
		return false
	}
	ws := strings.Fields(v)
	if len(ws) < 3 {
		return false // two words may be a city ("Hà Nội", "Кривий Ріг")
	}
	for _, w := range ws {
		var buf [16]byte
		if len(w) <= len(buf) && (legalForms[w] || legalForms[string(lower(buf[:0], w))]) {
			return false // "ТОВ …", "Järvi Ab": a company
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			// "Viña del Mar", "Rio de Janeiro": a particle inside is a
			// place's as often as a name's; and in a script without
			// capitals three words are as often a phrase.
			return false
		}
	}
	return true
}

func asciiOnlyText(v string) bool {
	for i := 0; i < len(v); i++ {
		if v[i] >= 0x80 {
			return false
		}
	}
	return true
}

// buildingWords name a building or an estate in the parts of an address
// written before its street ("C-24-10, Residensi Mutiara, Jalan Gasing, …",
// "Flat 3B, Lotte Castle Apt, …").
var buildingWords = setOf("residensi", "pangsapuri", "menara", "kondominium", "apartment", "apartments", "apartemen",
	"condominium", "condo", "tower", "towers", "court", "heights", "mansion", "mansions", "residence", "residences",
	"residency", "plaza", "villa", "villas", "apt", "building", "bldg", "house", "hall", "lodge", "manor", "estate",
	"gedung", "wisma", "taman", "perumahan", "edificio", "edifício", "residencial", "conjunto", "torre", "bloco",
	"immeuble", "résidence", "gebäude", "haus", "アパート", "マンション", "ハイツ", "コーポ", "レジデンス", "빌라", "아파트", "오피스텔")

// extendAddressBack extends each address span of sp back over the parts
// written before its street and separated by ", ": a unit code ("C-24-10",
// "#30-149") and a building's name ("Residensi Mutiara"). sp is sorted by
// start; a span never reaches back into the one before it.
func extendAddressBack(s string, sp []span) {
	for i := range sp {
		if sp[i].kind != KindAddress {
			continue
		}
		floor := 0
		if i > 0 {
			floor = sp[i-1].end
		}
		st := sp[i].start
		for parts := 0; parts < 2 && st-2 > floor && s[st-2] == ',' && s[st-1] == ' '; parts++ {
			p := st - 2
			for p > floor && strings.IndexByte(",\t\"'{([:=\n|;", s[p-1]) < 0 && st-p < 64 {
				p--
			}
			part := strings.TrimSpace(s[p : st-2])
			if part == "" || !(unitCode(part) || buildingName(part)) {
				break
			}
			st = st - 2 - len(part)
			for st > p && s[st-1] != ' ' && strings.IndexByte(",\t\"'{([:=\n|;", s[st-1]) < 0 {
				st-- // (the part's own first bytes: TrimSpace only cut spaces)
			}
		}
		sp[i].start = st
	}
}

// unitCode reports a unit written as block, floor and unit ("C-24-10",
// "B-21-10", "#30-149", "12-3A").
func unitCode(v string) bool {
	if len(v) < 3 || len(v) > 12 {
		return false
	}
	i := 0
	if v[0] == '#' || isUpper(v[0]) && len(v) > 1 && v[1] == '-' {
		i = 1
		if v[i] == '-' {
			i++
		}
	}
	groups, digits := 0, 0
	for i < len(v) {
		st := i
		for i < len(v) && isDigit(v[i]) {
			i++
		}
		if i == st {
			return false
		}
		digits += i - st
		groups++
		if i < len(v) && isUpper(v[i]) && (i+1 == len(v) || v[i+1] == '-') {
			i++ // "12-3A"
		}
		if i < len(v) {
			if v[i] != '-' {
				return false
			}
			i++
		}
	}
	return groups >= 2 && digits <= 8
}

// buildingName reports two to four capitalised words one of which is a
// building word ("Residensi Mutiara", "Lotte Castle Apt").
func buildingName(v string) bool {
	ws := strings.Fields(v)
	if len(ws) < 1 || len(ws) > 4 {
		return false
	}
	found := false
	for _, w := range ws {
		if !(isUpper(w[0]) || w[0] >= 0x80) {
			return false
		}
		var buf [16]byte
		if len(w) <= len(buf) && buildingWords[string(lower(buf[:0], strings.TrimSuffix(w, ".")))] {
			found = true
		}
	}
	return found && (len(ws) >= 2 || len(v) >= 4)
}

func hasAddressSpan(sp []span) bool {
	for _, x := range sp {
		if x.kind == KindAddress {
			return true
		}
	}
	return false
}
