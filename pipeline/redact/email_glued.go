package redact

// An e-mail address glued to a date. A fixed-width export whose e-mail
// column is full writes the next column's date right after the address
// (`…@GMAIL.COM2026-10-15`, `…@yandex.com.tr07/19/2026`): the domain's last
// label is its letters, and the date starts the next cell.

// gluedDateDomain returns where the domain s[ds:j] ends when a label of it
// is letters glued to a date, and whether it is so; j otherwise.
func gluedDateDomain(s string, ds, j int) (int, bool) {
	for p := ds; p < j; p++ {
		if s[p] == '.' {
			if k := gluedDateTLD(s[p+1 : min(len(s), p+1+16)]); k > 0 {
				return p + 1 + k, true
			}
		}
	}
	return j, false
}

// gluedDateTLD returns the length of the letters that start label when a
// date follows them (YYYY-MM-DD, DD.MM.YYYY, MM/DD/YYYY and the like), or 0.
func gluedDateTLD(label string) int {
	k := 0
	for k < len(label) && isAlpha(label[k]) {
		k++
	}
	if k < 2 || k > 6 || !dateShaped(label[k:]) {
		return 0
	}
	return k
}

// dateShaped reports a date at the start of s: four digits, a separator,
// two digits, the same separator, two digits; or two, two and four.
func dateShaped(s string) bool {
	digits := func(a, b int) bool {
		if b > len(s) {
			return false
		}
		for i := a; i < b; i++ {
			if !isDigit(s[i]) {
				return false
			}
		}
		return true
	}
	sep := func(i int) bool { return i < len(s) && (s[i] == '-' || s[i] == '.' || s[i] == '/') }
	if digits(0, 4) && sep(4) && digits(5, 7) && sep(7) && s[7] == s[4] && digits(8, 10) {
		return true
	}
	return digits(0, 2) && sep(2) && digits(3, 5) && sep(5) && s[5] == s[2] && digits(6, 10)
}
