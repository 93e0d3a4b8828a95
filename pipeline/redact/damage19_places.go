package redact

import "strings"

// Places and roles of the business under keys that read like PII keys.
// Warehouse, yard and dispatch systems name their own premises and staff
// roles under the same short keys a buyer's record uses:
//
//	name="Kolkata Sort Facility"        a site of the business: a facility word, a unit number at most
//	address="Dock 7 Gate B"             a spot on the premises: a dock, ramp, bay or door and its number
//	ORGANIZER;CN=Warehouse Lead         a role: an occupation, no name the lexicon knows before it
//
// None of them is a person or a postal address: a site has no street
// number, a spot on the premises no street type or postcode, a role no
// given name.

// siteWords19 name a site of a seller or a carrier beyond facilityWords
// ("Sort Facility", "Returns Centre", "Parcel Center"): they mark a site
// only after another word of the site's name.
var siteWords19 = setOf("facility", "facilities", "centre", "center", "sortation", "crossdock", "cross-dock",
	"sortierzentrum", "paketzentrum", "zustellbasis", "centro", "centrum", "magasin")

// siteName19 reports a site's name: two to six words without a comma, one
// of them a facility word (facilityWords, or siteWords19 after the first
// word), the last at most a unit number or letter ("Bratislava Hub 2",
// "Venlo DC North"), the first no street type written before the name and
// the last none written after it, and no word the name lexicon knows as a
// given name.
func siteName19(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 5 || len(v) > 80 || strings.IndexByte(v, ',') >= 0 {
		return false
	}
	var wb [8]string
	ws := fields8(v, &wb)
	if len(ws) < 2 || len(ws) > 6 {
		return false
	}
	if unitToken19(ws[len(ws)-1]) {
		ws = ws[:len(ws)-1] // "Hub 2", "DC B"
		if len(ws) < 2 {
			return false
		}
	}
	var buf [32]byte
	found := false
	for i, w := range ws {
		if len(w) > len(buf) || !startsWithLetter(w) || strings.IndexAny(w, "0123456789@") >= 0 {
			return false
		}
		lw := string(lower(buf[:0], strings.TrimSuffix(w, ".")))
		if i == 0 && streetBefore[lw] || i == len(ws)-1 && streetAfter[lw] && lw != "park" {
			return false
		}
		if lexClass(w)&lexGiven != 0 {
			return false // "Center" after a given name is a family name
		}
		if facilityWords[lw] || i > 0 && siteWords19[lw] {
			found = true
		}
	}
	return found
}

// unitToken19 reports a unit's number or letter after a site's name: up to
// three digits, or one capital letter.
func unitToken19(w string) bool {
	if len(w) == 1 && isUpper(w[0]) {
		return true
	}
	if len(w) == 0 || len(w) > 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if !isDigit(w[i]) {
			return false
		}
	}
	return true
}

// spotWords19 name a spot on a site where goods or vehicles stand: a dock,
// a ramp, a bay, a door, a gate, a yard slot, in the languages of the
// shops' warehouses.
var spotWords19 = setOf("dock", "docks", "ramp", "bay", "door", "gate", "yard", "slot", "berth", "stall",
	"rampe", "laderampe", "tor", "ladetor", "ladebucht", "dok", "laadperron", "muelle", "andén", "banchina",
	"baia", "portão", "doca", "rampa", "brama", "kapı", "rampası")

// siteSpot19 reports a spot on a site under an address key: two to eight
// words, the first a spot word followed by its number or code ("Dock 7 Gate
// B", "Bay 3 / Door 12", "Yard slot Y-22", "Ramp 14 north side"), no comma,
// no word the street tables know, no number of four digits or more (a
// postcode, a house number's block).
func siteSpot19(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > 64 || strings.IndexByte(v, ',') >= 0 {
		return false
	}
	var wb [8]string
	ws := fields8(v, &wb)
	if len(ws) < 2 {
		return false
	}
	var buf [32]byte
	if len(ws[0]) > len(buf) || !spotWords19[string(lower(buf[:0], ws[0]))] {
		return false
	}
	coded := false
	for i, w := range ws {
		if len(w) > len(buf) {
			return false
		}
		lw := string(lower(buf[:0], strings.TrimSuffix(w, ".")))
		if i > 0 && (streetAfter[lw] || streetBefore[lw]) {
			return false
		}
		run := 0
		for k := 0; k < len(w); k++ {
			if isDigit(w[k]) {
				if run++; run >= 4 {
					return false
				}
				coded = coded || i <= 2
			} else {
				run = 0
			}
		}
		if i > 0 && i <= 2 && len(w) == 1 && isUpper(w[0]) {
			coded = true // "Gate B"
		}
	}
	return coded
}

// roleCN19 reports a calendar user's common name that is a role, not a
// person: one word that is an occupation ("Driver", "Dispatcher"), or a job
// title (jobTitle: "Warehouse Lead", "Shift Supervisor").
func roleCN19(v string) bool {
	v = strings.TrimSpace(strings.Trim(v, `"`))
	if v == "" || len(v) > 64 {
		return false
	}
	if strings.IndexByte(v, ' ') < 0 {
		var buf [32]byte
		return len(v) <= len(buf) && occupationHeads[string(lower(buf[:0], v))]
	}
	return jobTitle(v)
}
