package redact

// Mobiles written in dotted national groups without a trunk: Uzbekistan's
// 9-digit numbers as 2-3-2-2 ("93.052.79.48"), Georgia's as 3-2-2-2. A
// dotted value whose first group has one or two digits reads as a version
// (phones20_labels.go); but four groups of 9 or 10 digits in a phone's
// layout that cannot be an IPv4 address (a group above 255, or a group
// with a leading zero) are neither a version (whose parts carry no
// leading zeros and rarely reach three digits in the middle) nor an
// address.

// dottedNational23 reports such a value; lens are its groups' lengths.
func dottedNational23(v string, lens []int) bool {
	if len(lens) != 4 || !(lens[0] == 2 && lens[1] == 3 && lens[2] == 2 && lens[3] == 2 ||
		lens[0] == 3 && lens[1] == 2 && lens[2] == 2 && lens[3] == 2) {
		return false
	}
	g, start := 0, true
	for i := 0; i <= len(v); i++ {
		if i < len(v) && isDigit(v[i]) {
			if start && v[i] == '0' {
				return true // a group with a leading zero
			}
			g = g*10 + int(v[i]-'0')
			start = false
			continue
		}
		if i < len(v) && v[i] != '.' {
			return false
		}
		if g > 255 {
			return true
		}
		g, start = 0, true
	}
	return false
}

// local7Phone23 reports a subscriber number of seven digits as written
// where the numbering plan has no area codes (Iceland: "613 0522",
// "655.6242", "7217461"): in one piece or as 3-4 with one space or dot,
// not after a trunk '0'. Only a label's word makes it a phone.
func local7Phone23(v string) bool {
	if len(v) == 7 {
		return v[0] != '0' && allDigits(v)
	}
	return len(v) == 8 && v[0] != '0' && (v[3] == ' ' || v[3] == '.') && allDigits(v[:3]) && allDigits(v[4:])
}
