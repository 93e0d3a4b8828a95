package redact

// An address read without quotes runs to the end of its clause, and a
// rendered message often goes on with when the parcel comes: "… will be
// delivered to 12 Fake Street, Springfield 4000 on 14.11.2026", "… an
// Musterweg 5, 12345 Berlin am 14.11.", "… à 3 rue Fictive, Lyon le
// 14/11/2026", "…送至…于2026年11月14日". The date is a look-alike the
// address must not take: dateAhead finds it after the address's words.

// datePreps are the words that put a date or a time after a place, in
// the shops' languages, lower case.
var datePreps = setOf(
	"on", "at", "by", "before", "after", "until", "till", "from", "between", "around", "approx", "est", "eta",
	"am", "um", "bis", "ab", "vom", "zum", "ca",
	"le", "du", "au", "avant", "après", "apres", "vers", "dès", "des",
	"el", "del", "al", "antes", "hasta", "desde", "em", "no", "na", "até", "ate", "dia",
	"il", "dal", "entro", "op", "om", "voor", "tot", "vanaf", "per",
	"den", "på", "innan", "till", "før", "innen", "fra", "mellem", "ennen", "klo",
	"w", "dnia", "dne", "do", "od", "v", "ve", "dňa", "pe", "la", "până", "pana", "tarihinde", "saat",
	"в", "до", "с", "к", "на", "о", "у", "від",
	"tanggal", "tgl", "pada", "jam", "pukul", "sebelum", "sa", "noong", "bago",
	"vào", "ngày", "lúc", "trước", "trong",
	"στις", "έως", "ως", "מ", "עד", "ב", "في", "بتاريخ", "قبل", "حتى", "در", "تا",
)

// dateAhead reports a date or a time at p, after at most one of
// datePreps: "on 14.11.2026", "am 14.11.", "2026-07-28", "于2026年",
// "at 14:30", "at 1754107150881". Without a preposition only a whole date with its year
// counts, so a house number "12/3" is no date.
func dateAhead(s string, p int) bool {
	if p >= len(s) {
		return false
	}
	prep := false
	if !isDigit(s[p]) {
		q := p
		for q < len(s) && q-p < 24 && s[q] != ' ' {
			q++
		}
		if q == p || q >= len(s) || q-p >= 24 {
			return cjkDateAt(s, p)
		}
		w := s[p:q]
		if !datePreps[w] {
			if w[0] < 'A' || w[0] > 'Z' {
				return false
			}
			var buf [24]byte
			lw := append(buf[:0], w...)
			lw[0] += 'a' - 'A' // "On 14.11.2026", "Am 14.11."
			if !datePreps[string(lw)] {
				return false
			}
		}
		prep = true
		p = q + 1
		if p < len(s) && (s[p] == '~' || s[p] == '(') {
			p++
		}
	}
	return numericDateAt(s, p, prep) || prep && epochAt(s, p) || cjkDateAt(s, p)
}

// epochAt reads an epoch time in seconds, milliseconds, microseconds or
// nanoseconds at p ("… Soweto at 1754107150881"): 10, 13, 16 or 19 digits
// from 2001 on (a leading 1) standing alone.
func epochAt(s string, p int) bool {
	if p >= len(s) || s[p] != '1' {
		return false
	}
	q := p
	for q < len(s) && isDigit(s[q]) {
		q++
	}
	switch q - p {
	case 10, 13, 16, 19:
		return q == len(s) || !isAlnum(s[q])
	}
	return false
}

// numericDateAt reads d.m.yyyy, d/m/yyyy, d-m-yyyy, yyyy-mm-dd at p (and,
// after a preposition, d.m. and hh:mm).
func numericDateAt(s string, p int, prep bool) bool {
	a, q := digitsAt(s, p, 4)
	if q == p || q >= len(s) {
		return false
	}
	sep := s[q]
	if sep == ':' && prep && q-p <= 2 {
		m, r := digitsAt(s, q+1, 2)
		return r-q-1 == 2 && a < 24 && m < 60 && (r == len(s) || !isDigit(s[r]))
	}
	if sep != '.' && sep != '/' && sep != '-' {
		return false
	}
	b, r := digitsAt(s, q+1, 2)
	if r == q+1 {
		return false
	}
	if q-p == 4 { // yyyy-mm-dd
		c, t := digitsAt(s, r+1, 2)
		return r < len(s) && s[r] == sep && t > r+1 && b >= 1 && b <= 12 && c >= 1 && c <= 31 && a >= 1900 && a <= 2200 &&
			(t == len(s) || !isDigit(s[t]))
	}
	if q-p > 2 || a < 1 || a > 31 || b < 1 || b > 12 && (a > 12 || b > 31) {
		return false
	}
	if r < len(s) && s[r] == sep {
		y, t := digitsAt(s, r+1, 4)
		if t-r-1 == 4 && y >= 1900 && y <= 2200 || prep && t-r-1 == 2 {
			return t == len(s) || !isDigit(s[t])
		}
		return prep && t == r+1 && sep == '.' // "am 14.11."
	}
	return false
}

// cjkDateAt reads "于2026年", "2026年11月", "11月14日" at p, with the
// preposition glued to it.
func cjkDateAt(s string, p int) bool {
	for _, pre := range []string{"于", "於", "在", "将于", "預計", "预计"} {
		if len(s)-p > len(pre) && s[p:p+len(pre)] == pre {
			p += len(pre)
			break
		}
	}
	_, q := digitsAt(s, p, 4)
	if q == p || q >= len(s) {
		return false
	}
	rest := s[q:]
	return len(rest) >= 3 && (rest[:3] == "年" || rest[:3] == "月" || rest[:3] == "日")
}

// digitsAt reads up to max digits at p: their value and where they end.
func digitsAt(s string, p, max int) (int, int) {
	v, q := 0, p
	for q < len(s) && q-p < max && isDigit(s[q]) {
		v = v*10 + int(s[q]-'0')
		q++
	}
	if q < len(s) && q-p == max && isDigit(s[q]) {
		return 0, p // longer than a date's part
	}
	return v, q
}
