package redact

// Mobiles written with dots in their national groups: Swedish and
// Ukrainian `0XX.XXX.XX.XX` (Sweden's 07x mobiles, Ukraine's 0xx
// operators), and the Philippines' `09XX.XXX.XXXX`. Four dotted groups of
// at most three digits are read as an IPv4 address only when every group
// is an octet (0–255) written without a leading zero: `063.882.75.69`
// is no address, `10.32.140.230` stays one.

// dottedPhoneNotIP reports four dotted groups that cannot be an IPv4
// address: a group above 255, or a first group with a leading zero.
func dottedPhoneNotIP(s string, ch []chunk) bool {
	for k := 0; k < 4; k++ {
		g := s[ch[k].start:ch[k].end]
		v := 0
		for i := 0; i < len(g); i++ {
			v = v*10 + int(g[i]-'0')
		}
		if v > 255 || k == 0 && len(g) > 1 && g[0] == '0' {
			return true
		}
	}
	return false
}

// dottedNational reports the national dotted shapes of mobiles: a trunk
// 0, then 3-3-2-2 or 4-3-4 digits.
func dottedNational(d []byte, lens []int) bool {
	if len(d) < 2 || d[0] != '0' || d[1] == '0' {
		return false
	}
	switch len(lens) {
	case 4:
		return lens[0] == 3 && lens[1] == 3 && lens[2] == 2 && lens[3] == 2
	case 3:
		return lens[0] == 4 && lens[1] == 3 && lens[2] == 4 && d[1] == '9'
	}
	return false
}
