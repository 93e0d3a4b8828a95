package redact

import (
	"strings"
)

// Capitalised runs that are no person, told by their last word or by what
// stands around them. The name readers that take capitalised words after a
// trigger ("customer", "Dr.") or by their known words ("Ralph", "Lauren")
// ask notPersonRun14 before they redact a run:
//
//   - a job title or a team: the last word is a title's head noun
//     ("owner Customer Success Manager", "assigned to Gerente de Cuentas",
//     "closed by Support Team"). Head nouns that are also family names in
//     the lexicon ("Marshall") are not heads, so such a name still goes.
//   - a brand: goods are named after an article ("bought the Ralph Lauren
//     Oxford shirt", "the Dr. Martens boots") or after a campaign's noun and
//     a preposition ("promo for Calvin Klein starts …", "sale on Ted Baker");
//     in a search box, a run followed only by a model code is a brand and
//     its model (q="Ralph Lauren MX3S-B").

// titleHeads are head nouns of job titles and teams, in the languages of
// the markets vigil's sellers serve, lower case.
var titleHeads = setOf(
	// English
	"manager", "managers", "director", "officer", "engineer", "specialist", "lead", "associate", "coordinator",
	"supervisor", "analyst", "agent", "representative", "rep", "executive", "administrator", "admin", "consultant",
	"assistant", "advisor", "adviser", "architect", "developer", "intern", "technician", "operator", "team",
	"desk", "department", "dept", "squad", "president", "vp", "ceo", "cto", "cfo", "coo", "owner", "partner",
	"strategist", "planner", "buyer", "merchandiser", "recruiter", "accountant", "auditor", "controller",
	"investigator", "handler", "dispatcher", "picker", "packer", "courier", "driver", "clerk", "steward",
	// Spanish, Portuguese, Italian, French
	"gerente", "directora", "jefe", "jefa", "responsable", "coordinador", "coordinadora", "coordenador",
	"coordenadora", "especialista", "analista", "supervisora", "ejecutivo", "ejecutiva", "asesor", "asesora",
	"atendente", "responsabile", "direttore", "direttrice", "gestionnaire", "directeur", "directrice",
	"conseiller", "conseillère", "chargé", "chargée", "ingeniero", "ingeniera", "engenheiro", "ingénieur",
	"equipo", "equipe", "équipe", "squadra",
	// German, Dutch, Polish, Turkish, Indonesian
	"leiter", "leiterin", "berater", "beraterin", "sachbearbeiter", "sachbearbeiterin", "ingenieur",
	"mitarbeiter", "mitarbeiterin", "beheerder", "medewerker", "kierownik", "specjalista", "konsultant",
	"uzmanı", "uzmani", "müdürü", "muduru", "sorumlusu", "staf", "petugas",
)

// notPersonRun14 reports whether the capitalised run s[st:end], about to be
// redacted as a name, is a job title or a brand by its shape or its place.
func notPersonRun14(s string, st, end int) bool {
	if st < 0 || end > len(s) || st >= end {
		return false
	}
	if titleRun14(s[st:end]) || brandKeyBefore14(s, st) {
		return true
	}
	// a run read from its second word ("Lauren Stanley" of "the Ralph
	// Lauren Stanley Quencher") is judged from the run's first word
	a := st
	for k := 0; k < 3; k++ {
		w, b := wordBefore14(s, a)
		if len(w) < 2 || !isUpper(w[0]) || w[len(w)-1] == '.' && w != "Dr." && w != "Mr." {
			break
		}
		a = b
	}
	return brandBefore14(s, a) || modelAfter14(s, a, end) || brandRoleBefore(s, a) || // "partner Dr. Martens" (damage16_brands.go)
		servedBusinessBefore20(s, a) || // "You are the support assistant of Dr. Martens." (secrets20_brands.go)
		businessLabelBefore26(s, a) // "seller=\"Dr. Martens\"", <StoreName>Ralph Lauren</StoreName> (dmg26_business.go)
}

// brandKeys are keys whose value is a maker of goods, never a person
// (normalised: lower case, no '_', '-' or '.').
var brandKeys = setOf("brand", "brandname", "brands", "manufacturer", "manufacturername", "make", "marca",
	"marke", "merk", "hersteller", "fabricante", "fabricant", "marque", "produttore", "producent",
	// a brand's owner and a merchant's name: a business's (a seller or a
	// store may be a person's, a sole trader's shop named after them)
	"brandowner", "merchantname")

// brandKeyBefore14 reports a run that is the value of a brand key in text:
// brand=Ralph Lauren, "brand":"Calvin Klein", brand: Hugo Boss.
func brandKeyBefore14(s string, st int) bool {
	e := st
	if e > 0 && (s[e-1] == '"' || s[e-1] == '\'') {
		e--
	}
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	if e == 0 || s[e-1] != '=' && s[e-1] != ':' {
		return false
	}
	e--
	if e > 0 && (s[e-1] == '"' || s[e-1] == '\'') {
		e--
	}
	a := e
	for a > 0 && e-a < 24 && (isAlpha(s[a-1]) || s[a-1] == '_' || s[a-1] == '-') {
		a--
	}
	return a < e && brandKey14(s[a:e])
}

// brandKey14 reports a key (its last segment) that names a brand.
func brandKey14(k string) bool {
	if d := strings.LastIndexByte(k, '.'); d >= 0 {
		k = k[d+1:]
	}
	if len(k) < 4 || len(k) > 24 {
		return false
	}
	// most keys are ruled out by their first two letters: this runs on
	// every string field of an event
	switch k[0] | 0x20 {
	case 'b', 'm', 'h', 'f', 'p':
	default:
		return false
	}
	switch k[1] | 0x20 {
	case 'r', 'a', 'e':
	default:
		return false
	}
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < len(k); i++ {
		c := k[i]
		if c == '_' || c == '-' {
			continue
		}
		if isUpper(c) {
			c += 'a' - 'A'
		}
		b = append(b, c)
	}
	return brandKeys[string(b)]
}

// titleRun14 reports a run whose last word is a title's head noun and no
// earlier word a known given name ("Success Manager", not "Grace Lead").
func titleRun14(run string) bool {
	run = strings.TrimRight(run, " .,")
	k := strings.LastIndexByte(run, ' ')
	if k < 0 {
		return false // one word: "Agent" alone is a trigger's business, not ours
	}
	last := run[k+1:]
	var buf [24]byte
	if len(last) < 2 || len(last) > len(buf) || !titleHeads[string(lowerAny(buf[:0], last))] {
		return false
	}
	if lexClass(last)&lexFamily != 0 {
		return false // "Anna Marshall": the head is a family name too
	}
	for _, w := range strings.Fields(run[:k]) {
		if lexClass(w)&lexGiven != 0 {
			return false // "Grace Lead", "Maria Agent": a given name makes it a person
		}
	}
	return true
}

// lowerAny folds ASCII and the Latin letters with diacritics the heads use.
func lowerAny(dst []byte, s string) []byte {
	for _, r := range s {
		switch {
		case r >= 'A' && r <= 'Z':
			dst = append(dst, byte(r+'a'-'A'))
		case r >= 0xC0 && r <= 0xDE && r != 0xD7:
			dst = append(dst, string(r+0x20)...)
		default:
			dst = append(dst, string(r)...)
		}
	}
	return dst
}

// campaignNouns name a promotion; "<noun> for/on/by <Run>" names a brand.
var campaignNouns = setOf("promo", "promos", "promotion", "promotions", "campaign", "campaigns", "sale", "sales",
	"deal", "deals", "discount", "discounts", "collection", "collab", "launch", "drop", "clearance", "markdown")

// brandBefore14 reports a run that stands after the article "the" or after
// a campaign's noun and a preposition; an honorific between them is part
// of the brand ("the Dr. Martens boots", "promo for Dr. Martens").
func brandBefore14(s string, st int) bool {
	p := st
	w, a := wordBefore14(s, p)
	if w == "Dr." || w == "Dr" || w == "Mr." || w == "Mr" {
		p = a
		w, a = wordBefore14(s, p)
	}
	switch w {
	case "the", "The", "THE":
		return true
	case "for", "on", "by", "from":
		n, _ := wordBefore14(s, a)
		var buf [16]byte
		return len(n) <= len(buf) && campaignNouns[string(lower(buf[:0], n))]
	}
	return false
}

// wordBefore14 returns the word that ends one space before p and its start.
func wordBefore14(s string, p int) (string, int) {
	if p < 2 || s[p-1] != ' ' {
		return "", p
	}
	e := p - 1
	a := e
	for a > 0 && (isAlpha(s[a-1]) || s[a-1] == '.' && a == e) {
		a--
	}
	return s[a:e], a
}

// modelAfter14 reports a run that opens a quoted search value whose
// other words name a model: q="Ralph Lauren MX3S-B", q="Dr. Martens RTX
// 4070 Ti". A model is a word mixing capitals and digits (SM-S938B,
// WH-1000XM5, R50) or an acronym (DJI, RTX) with a number in the value;
// an order number's or a phone's long digit run does not count, nor does
// a house number in an address ("12 Main St").
func modelAfter14(s string, st, end int) bool {
	if st == 0 || s[st-1] != '"' && s[st-1] != '\'' {
		return false
	}
	q := s[st-1]
	if w := nameWordEnd(s, st); s[st:w] == "Dr" || s[st:w] == "Mr" {
		st = w // the honorific of "Dr. Martens"
		if st < end && s[st] == '.' {
			st++
		}
		if st < end && s[st] == ' ' {
			st++
		}
	}
	from := nameWordEnd(s, st) // the run's first word is the brand's
	e := strings.IndexByte(s[from:], q)
	if from <= st || e < 0 || e > 64 || from > end {
		return false
	}
	rest := s[from : from+e]
	if len(rest) < 2 || rest[0] != ' ' && rest[0] != '-' {
		return false
	}
	model, acronym, digit := false, false, false
	for _, w := range strings.Fields(rest) {
		up, dg, run, low := 0, 0, 0, 0
		for i := 0; i < len(w); i++ {
			c := w[i]
			switch {
			case isDigit(c):
				dg++
				if run++; run > 5 {
					return false
				}
				continue
			case isUpper(c):
				up++
			case c >= 'a' && c <= 'z':
				low++
			case c == '-' || c == '/' || c == '.':
			default:
				return false
			}
			run = 0
		}
		digit = digit || dg > 0
		model = model || up > 0 && dg > 0
		acronym = acronym || up >= 2 && low == 0 && dg == 0
	}
	return digit && (model || acronym)
}
