package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
	"unicode"
	"unicode/utf8"
)

// The parties of invoices and registrations. An e-invoice names its buyer
// (and a registry its registrant) under a key that holds a firm or a
// person alike: FatturaPA's "Denominazione", Brazil's "razão social",
// Mexico's and Spain's "denominación", UBL's "RegistrationName", France's
// "raison sociale", a fapiao's buyer "购买方名称" and its title "发票抬头",
// Poland's buyer "nabywca". A sole trader or a private buyer is written
// there by name, but a firm by its registered name more often, and many
// firms are named like people ("Morgan Stanley", "Urban Airship"). So a
// value under such a key is a person's only when it is shaped like a name
// (roleName: no legal form, trade, team or firm word, also none just after
// it: "Aunt Fakeley, Inc.", "Dow Fakes & Co.") and one more sign says so:
// a script other than Latin, "Family, Given", a given name first that the
// lexicon knows (a family name is a firm's as often: "Fakeman Keller"), an
// initial or a particle, or letters beyond ASCII.

// partyTails19 are the last parts (normalised: lower case, no '_', '-',
// '.') of keys that name an invoice's or a registration's party.
var partyTails19 = newTailSet([]string{
	"denominazione", "denominacion", "denominación", "denominacao", "denominação", "denominacionsocial",
	"razaosocial", "razãosocial", "raisonsociale", "registrationname", "registeredname", "registrantname",
	"partyname", "partylegalname", "nabywca", "nazwanabywcy", "odberatel", "odběratel",
	// a fapiao's buyer and its title, in simplified and traditional script
	"购买方名称", "購買方名稱", "购方名称", "購方名稱", "买方名称", "買方名稱", "受票方名称", "受票方名稱",
	"发票抬头", "發票抬頭", "抬头", "抬頭", "买受人", "買受人",
})

// partyKey19 reports a normalised key that names an invoice's party.
func partyKey19(k string) bool {
	if len(k) < 6 || len(k) > 48 {
		return false
	}
	before, ok := endsWithPart(k, partyTails19)
	if !ok {
		return false
	}
	switch k[len(before):] {
	case "partyname", "抬头", "抬頭":
		// "partyname" alone is an event's party as often ("third_party_name"
		// a vendor's); "抬头" alone a letter's heading: only as the key's
		// whole or after a buyer's word.
		return before == "" || strings.HasSuffix(before, "buyer") || strings.HasSuffix(before, "customer") ||
			strings.HasSuffix(before, "accountingcustomer") || strings.HasSuffix(before, "发票") || strings.HasSuffix(before, "發票")
	}
	return !strings.HasSuffix(before, "seller") && !strings.HasSuffix(before, "supplier") && !strings.HasSuffix(before, "emitente") &&
		!strings.HasSuffix(before, "emisor") && !strings.HasSuffix(before, "cedente") && !strings.HasSuffix(before, "merchant")
}

// ideoSpacedName19 reports a name of a script without spaces whose family
// and given names an ideographic space (U+3000) parts, as Japanese systems
// write them ("鈴木　美咲", "佐藤　ゆうき"): one to four characters of Han or
// kana on each side.
func ideoSpacedName19(v string) bool {
	f, g, ok := strings.Cut(v, "\u3000")
	if !ok {
		return false
	}
	return cjkNamePart19(f) && cjkNamePart19(g)
}

// cjkNamePart19 reports one to four Han or kana characters.
func cjkNamePart19(w string) bool {
	n := utf8.RuneCountInString(w)
	if n < 1 || n > 4 {
		return false
	}
	for _, r := range w {
		if !unicode.Is(unicode.Han, r) && !unicode.Is(unicode.Hiragana, r) && !unicode.Is(unicode.Katakana, r) {
			return false
		}
	}
	return true
}

// xmlRoleElement19 redacts the text s[k:e] of an XML element whose tag
// s[i:j] is a role or a party key (<Denominazione>, <购买方名称>, <Owner>),
// when it is a person's name by roleName; a firm's name stays. It returns
// where the scan resumes, or 0.
func (sc *scanner) xmlRoleElement19(i, j, k, e int) int {
	s := sc.s
	var buf [64]byte
	if j-i > len(buf) || j-i < 2 {
		return 0
	}
	nk := normKey(buf[:0], s[i:j])
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	party := partyKey19(bytesToString(nk))
	if !party && !roleKey(nk) || businessKey18(nk) {
		return 0 // (<BrandOwner>: a business's name, keys18_parts.go)
	}
	v := strings.TrimSpace(s[k:e])
	if v == "" || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || !roleName(v) || party && !partyName19(v) {
		return 0
	}
	a := k + strings.Index(s[k:e], v)
	if !sc.emit(a, a+len(v), KindName, 0) {
		return 0
	}
	return e
}

// goMapValue19 reports a value that Go's fmt prints for a map of slices,
// an http.Header above all ("map[X-Approved-By:[Given Family] X-Id:[…]]"):
// the '[' at k opens the value of the key before its ':', on a line that
// opened a "map[".
func goMapValue19(s string, k int) bool {
	if k < 2 || s[k] != '[' || s[k-1] != ':' || !isWord(s[k-2]) {
		return false
	}
	line := s[max(0, k-2048):k]
	if nl := strings.LastIndexByte(line, '\n'); nl >= 0 {
		line = line[nl+1:]
	}
	return strings.Contains(line, "map[")
}

// returnPostal19 reports a key whose "addr" at i is the whole word
// "address" after "return" ("return_address", "ReturnAddress"): where a
// parcel goes back to, a postal address, though "return" before "addr"
// ("return_addr", "retaddr") names a code address in a crash dump. A
// pointer's value under it is no street (notAddressValue).
func returnPostal19(k string, i int) bool {
	return strings.HasSuffix(k[:i], "return") && strings.HasPrefix(k[i:], "address") && !strings.HasPrefix(k[i:], "addresses")
}

// searchAddressField19 reports an event's field named as a search box or a
// geocoder's input ("query", "input", "text", "q", "searchText",
// "data.input") whose whole value reads as an address by its parts
// (cellAddress18: a street with its house number, then a postcode with its
// town or a unit): what an address lookup was asked for. A product's or a
// place's search ("Dubai Mall", "iPhone 15, 256GB") has no such parts.
func searchAddressField19(path string, v *event.Value) bool {
	if v.Kind != event.String || len(v.Str) < 8 || len(v.Str) > 160 ||
		strings.IndexByte(v.Str, ',') < 0 && !strings.Contains(v.Str, "،") && !strings.Contains(v.Str, "၊") {
		return false // (an address's parts are parted by commas)
	}
	return searchPath19(path) && cellAddress18(v.Str)
}

// searchPath19 reports a path searchAddressField19 may read: its last
// segment names a search box or a geocoder's input.
func searchPath19(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) == 0 || len(seg) > 12 {
		return false
	}
	var buf [16]byte
	return searchKeys[string(normKey(buf[:0], seg))]
}

// roleCell19 reports a value paired with its name as a cell of a record
// (a Redis hash's "field" "value") where the name is a role or a party key
// and the value a person's name by roleName.
func roleCell19(name, v string) bool {
	if len(name) < 2 || len(name) > 40 || v == "" || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
		return false
	}
	var buf [64]byte
	nk := normKey(buf[:0], name)
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	if partyKey19(bytesToString(nk)) {
		return partyName19(v)
	}
	return roleKey(nk) && !businessKey18(nk) && roleName(v)
}

// partyName19 reports a value under a party key that is a person's name
// (see above).
func partyName19(v string) bool {
	v = strings.TrimSpace(v)
	if !roleName(v) {
		return false
	}
	if c := strings.LastIndexByte(v, ','); c > 0 {
		tail := strings.TrimSpace(v[c+1:])
		var buf [16]byte
		if len(tail) <= len(buf) && (legalForms[string(lower(buf[:0], tail))] || legalForms[strings.TrimSuffix(string(lower(buf[:0], tail)), ".")]) {
			return false // "Urban Fakeing, Inc"
		}
		return true // "Family, Given"
	}
	latin, beyond := true, false
	for _, r := range v {
		if r >= 0x80 && unicode.IsLetter(r) {
			beyond = true
			if !unicode.Is(unicode.Latin, r) {
				latin = false
			}
		}
	}
	if !latin || beyond {
		return true // another script, or letters beyond ASCII ("Blažević")
	}
	words := strings.Fields(v)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i > 0 && i < len(words)-1 && (particles[lw] || particleWord(lw)) {
			return true // "Tobrin van Fakedal", "Faiz bin Fakar"
		}
		if len(w) == 2 && w[1] == '.' {
			return true // an initial: "J. Fakeley"
		}
	}
	return lexClass(words[0])&lexGiven != 0 // a given name first: "Maria Fakeley"
}

// partyField19 reports an event's field under a party key whose value is a
// person's name by partyName19.
func partyField19(path string, v *event.Value) bool {
	if v.Kind != event.String || len(v.Str) < 2 || len(v.Str) > 96 || strings.Contains(v.Str, "[REDACTED:") || !roleShaped(v.Str) {
		return false
	}
	return partyPath19(path) && partyName19(v.Str)
}

// partyPath19 reports a path partyField19 may read: its last segment is a
// party key.
func partyPath19(path string) bool {
	return lastSegmentIs(path, 4, func(nk []byte) bool { return partyKey19(bytesToString(nk)) })
}

// partyValue19 reads the value at k of a party key in text (quoted as
// written or up to its clause's end) and redacts it when it is a person's
// name (partyName19) and no firm's legal form follows it on its line
// (companyAhead). It returns where the scan resumes, or 0.
func (sc *scanner) partyValue19(k int) int {
	vs, ve, end := sc.keyedValue(k)
	if ve <= vs {
		return 0
	}
	s := sc.s
	ve, end = roleCommaTail18(s, vs, ve, end)
	for ve > vs && (s[ve-1] == ' ' || s[ve-1] == ',') {
		ve--
	}
	if ve <= vs || companyAhead(s, vs) || !partyName19(s[vs:ve]) || !sc.emit(vs, ve, KindName, 0) {
		return 0
	}
	return max(end, ve)
}

// firmWords19 are words of a firm's line of business that stand among
// capitalised words instead of a person's names ("Credit Fakery", "Banco
// Norte", "Quastow Consulting", "Lumen Studio"): under a role or a party
// key such a value is a firm's, with or without its legal form.
var firmWords19 = setOf("bank", "banco", "banque", "banca", "credit", "crédit", "credito", "crédito", "kredit", "capital",
	"finance", "financial", "finanz", "finanzas", "insurance", "assurance", "seguros", "versicherung", "partners",
	"associates", "consulting", "consultants", "consultancy", "advisors", "advisory", "studio", "studios", "lab", "labs",
	"media", "systems", "software", "technologies", "technology", "agency", "agencia", "agentur", "industries",
	"manufacturing", "motors", "foods", "textiles", "pharma", "clinic", "hospital", "hotel", "hotels", "restaurant",
	"bakery", "academy", "university", "institute", "foundation", "association", "society", "trust", "investments",
	"properties", "realty", "construction", "energy", "telecom", "airlines", "airways", "travel", "tours", "supplies",
	"wholesale", "distribution", "brands", "cooperative", "imports", "exports")

// firmValue19 reports a value that holds a firm's word (firmWords19).
func firmValue19(v string) bool {
	var buf [24]byte
	for rest := v; rest != ""; {
		var w string
		w, rest = nextField(rest)
		w = strings.Trim(w, ".,()&")
		if len(w) < 3 || len(w) > len(buf) || w[0] >= 0x80 {
			continue
		}
		if firmWords19[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}
