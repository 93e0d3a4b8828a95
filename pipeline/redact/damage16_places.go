package redact

// A numbered lane named as a place. Thai streets are split into numbered
// lanes ("Sukhumvit Soi 11", "Silom Soi 4"), and a lane is also what
// people call the neighbourhood around it: "best seller at Sukhumvit Soi
// 11", "ranked first for Sukhumvit Soi 11". The number after "Soi" is the
// lane's, not a house's; an address has its house number before the
// street ("99/12 Sukhumvit Soi 11") or its district, city or postcode
// after it ("Sukhumvit Soi 11, Khlong Toei"). A lane after a street's
// name, with neither, is a place.

// laneWords are the lane types whose number names the lane.
var laneWords = setOf("soi")

// placeLane reports that the lane word s[i:j] (lower case w), its number
// ending at e, follows a street's capitalised name and carries no house
// number before it nor any part after it.
func placeLane(s string, i, e int, w string) bool {
	if !laneWords[w] {
		return false
	}
	name, a := wordBefore14(s, i)
	if len(name) < 3 || !isUpper(name[0]) || name[len(name)-1] == '.' {
		return false // "Soi 11" alone, or after a number: "99/12 Soi 11"
	}
	if prev, _ := wordBefore14(s, a); prev == "" || !(prev[0] >= 'a' && prev[0] <= 'z') {
		return false // "… 12 Sukhumvit Soi 11", "Thanon Sukhumvit Soi 11": a house number, a street type
	}
	if e < len(s) && s[e] == ',' || e+1 < len(s) && s[e] == ' ' && (isUpper(s[e+1]) || isDigit(s[e+1]) || s[e+1] >= 0x80) {
		return false // "Sukhumvit Soi 11, Khlong Toei", "Soi 11 Bangkok 10110"
	}
	return true
}
