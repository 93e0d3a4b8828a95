package redact

// Brazilians write a mobile with the country code and the area code run
// together in the first group and the subscriber's nine digits in two
// ("5511 94248 8712", "5521-99876-5432"): 55, a two-digit area code (11
// to 99, no 0 in it), then 9 and eight digits, grouped 4-5-4. No id or
// amount is grouped so.

// brazilCCAreaMobile reports digits d grouped by lens as such a mobile.
func brazilCCAreaMobile(d []byte, lens []int) bool {
	return len(lens) == 3 && lens[0] == 4 && lens[1] == 5 && lens[2] == 4 && d[0] == '5' && d[1] == '5' &&
		d[2] >= '1' && d[2] <= '9' && d[3] >= '1' && d[3] <= '9' && d[4] == '9'
}
