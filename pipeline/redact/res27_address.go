package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// res27Address reports a value that reads as an address by its parts in
// any script, for the places whose words already say an address stands
// there (a contact clause's place, a label's recipient line), as a whole:
// res27AddressLen of all of it.
func res27Address(v string) bool {
	return res27AddressLen(v) == len(v)
}

// res27AddressLen returns the length of the address by its parts that
// begins v, or -1: two to seven parts set apart by a comma and a space (an
// Arabic comma, with or without the space), a part with a house number (digits, alone or with '/', '-' or a
// letter: "360/3/14", "# 205-12", "126 үй", "پلاک 307") beside a word, or
// alone before a street's part ("119, Triq …"), after nothing but parts of
// up to three words ("Алматы, Жібек жолы, 126 үй, …"), and a later part with a
// postcode (three to ten digits, "15-122", "LV-1046", "H2V 7B7",
// "L89O2G4", "TB8 8NB", a box's number), or a postcode and its town first
// and the street's part after them ("0848 Győr, Petőfi utca 72."); the
// address goes on over the parts of words (a town, a country) or postcodes
// right after. No amount, no time, no '@', and no part longer than six
// words.
func res27AddressLen(v string) int {
	if len(v) < 8 || len(v) > 200 || strings.ContainsAny(v, "@={}[]<>|\n\t\\") || moneyNext(v, 0) {
		return -1
	}
	for i := 1; i < len(v); i++ {
		if v[i-1] == ' ' && moneyNext(v, i) {
			return -1 // an amount ("… Tk 86,684", "… 1 234,56 EUR")
		}
	}
	var parts [8][2]int
	n := 0
	for a := 0; n < len(parts); {
		b, next := len(v), len(v)
		if k := strings.Index(v[a:], ", "); k >= 0 {
			b, next = a+k, a+k+1
		}
		if k := strings.Index(v[a:], "،"); k >= 0 && a+k < b {
			b, next = a+k, a+k+len("،")
		}
		parts[n] = [2]int{a, b}
		n++
		if b == len(v) {
			break
		}
		if next < len(v) && v[next] == ' ' {
			next++
		}
		a = next
	}
	if n < 2 || n == len(parts) && parts[n-1][1] != len(v) {
		return -1
	}
	part := func(i int) []string { return strings.Fields(strings.TrimRight(v[parts[i][0]:parts[i][1]], ".")) }
	end := -1
	if fs := part(0); len(fs) >= 2 && len(fs) <= 3 && res27PostcodePart(fs) && countDigits(v[parts[0][0]:parts[0][1]]) <= 7 {
		// the postcode and its town first
		for i := 1; i < n; i++ {
			if fs := part(i); len(fs) <= 6 && res27HousePart(fs) {
				end = i
				break
			}
		}
	}
	if end < 0 {
		house := -1
		for i := 0; i < n && end < 0; i++ {
			fs := part(i)
			if len(fs) == 0 || len(fs) > 6 {
				return -1
			}
			switch {
			case house < 0:
				if res27HousePart(fs) || len(fs) == 1 && res27HouseNumber(fs[0]) && i+1 < n && res27Words(v[parts[i+1][0]:parts[i+1][1]]) {
					house = i
				} else if len(fs) > 3 || !res27Words(v[parts[i][0]:parts[i][1]]) {
					return -1 // before the street's part only a town's or a district's words ("Алматы, …")
				}
			case res27PostcodePart(fs):
				end = i
			default:
				for _, f := range fs { // between the street and the postcode: words and unit numbers
					if t := strings.Trim(f, ".,()#"); strings.IndexFunc(t, unicode.IsDigit) >= 0 && !res27HouseNumber(t) {
						return -1
					}
				}
			}
		}
	}
	if end < 0 {
		return -1
	}
	for end+1 < n {
		fs := part(end + 1)
		if len(fs) == 0 || len(fs) > 3 || !(res27Words(v[parts[end+1][0]:parts[end+1][1]]) || res27PostcodePart(fs)) {
			break
		}
		end++
	}
	e := parts[end][1]
	if e < len(v) && v[e] == '.' {
		e++
	}
	return e
}

// res27HousePart reports a part holding a house number and a word of two
// letters or more ("Savska cesta 315", "# 183-12", "ul. Piotrkowska
// 267/7", "126 үй").
func res27HousePart(fs []string) bool {
	num, word := false, false
	for i, f := range fs {
		t := strings.TrimRight(f, ".,")
		if res27HouseNumber(t) {
			num = true
			continue
		}
		if t == "#" && i+1 < len(fs) {
			continue
		}
		if strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			return false // "2026-11-04", "12:30", "v1.2": no street
		}
		if utf8.RuneCountInString(t) >= 2 && strings.IndexFunc(t, unicode.IsLetter) >= 0 {
			word = true
		}
	}
	return num && word
}

// res27HouseNumber reports a house number: one to four digits, then up to
// two groups after '/' or '-' ("360/3/14", "205-12") or one letter ("12a").
func res27HouseNumber(t string) bool {
	if strings.HasPrefix(t, "#") {
		t = t[1:]
	}
	i := 0
	for i < len(t) && isDigit(t[i]) {
		i++
	}
	if i == 0 || i > 4 {
		return false
	}
	for g := 0; g < 2 && i < len(t) && (t[i] == '/' || t[i] == '-'); g++ {
		j := i + 1
		for j < len(t) && isDigit(t[j]) {
			j++
		}
		if j == i+1 || j-i-1 > 4 {
			return false
		}
		i = j
	}
	if i < len(t) && isAlpha(t[i]) && i+1 == len(t) {
		i++
	}
	return i == len(t)
}

// res27Words reports a part of words with no digit ("Triq Merkanti").
func res27Words(p string) bool {
	return p != "" && strings.IndexFunc(p, unicode.IsDigit) < 0 && strings.IndexFunc(p, unicode.IsLetter) >= 0
}

// res27PostcodePart reports a part holding a postcode among up to four
// words of its place ("92802 Guadalajara", "Cali 116543", "Sherbrooke
// (QC) H1H 0Y9", "کد پستی 5147189379", "LV-1046", "L89O2G4"), or a post
// office box's number.
func res27PostcodePart(fs []string) bool {
	code, words := false, 0
	for i := 0; i < len(fs); i++ {
		t := strings.Trim(fs[i], ".,")
		switch {
		case res27PostcodeOf(t, len(fs) > 1):
			if code {
				return false // two numbers: no postcode and its town
			}
			code = true
		case i+1 < len(fs) && res27Half(t) && res27Half(strings.Trim(fs[i+1], ".,")):
			if code {
				return false
			}
			code = true // "H1H 0Y9", "TB8 8NB", "IVN 0276", "884 66"
			i++
		case strings.IndexFunc(t, unicode.IsDigit) >= 0:
			return false
		case lowerASCIIWordR27(t) && !particles[t]:
			return false // a town is no word in lower case ("9999 units")
		default:
			words++
		}
	}
	return code && words <= 4
}

// res27Postcode reports one postcode token: three to ten digits, digits
// with one dash ("15-122", "LV-1046"), or letters and digits mixed in
// five to eight characters ("L89O2G4", "C7724OKA").
func res27Postcode(t string) bool { return res27PostcodeOf(t, true) }

// res27PostcodeOf is res27Postcode; with labelled false (no word beside it),
// eight digits or more are no postcode.
func res27PostcodeOf(t string, labelled bool) bool {
	if len(t) < 3 || len(t) > 10 {
		return false
	}
	d := countDigits(t)
	if d == len(t) {
		return d <= 7 || labelled // eight to ten digits only beside their label ("کد پستی 5147189379")
	}
	if k := strings.IndexByte(t, '-'); k > 0 && strings.Count(t, "-") == 1 {
		a, b := t[:k], t[k+1:]
		if countDigits(b) == len(b) && len(b) >= 3 && len(b) <= 5 && (countDigits(a) == len(a) && len(a) <= 3 || len(a) == 2 && isUpper(a[0]) && isUpper(a[1])) {
			return true
		}
		return false
	}
	if len(t) < 5 || len(t) > 8 || d < 2 {
		return false
	}
	for i := 0; i < len(t); i++ {
		if !isDigit(t[i]) && !isUpper(t[i]) {
			return false
		}
	}
	return d < len(t)
}

// res27Half reports half of a postcode written in two groups: three
// characters of capitals and digits with a digit, or two or three digits.
func res27Half(t string) bool {
	if len(t) < 2 || len(t) > 4 {
		return false
	}
	d := 0
	for i := 0; i < len(t); i++ {
		switch {
		case isDigit(t[i]):
			d++
		case isUpper(t[i]):
		default:
			return false
		}
	}
	return d > 0 && (len(t) == 3 || d == len(t))
}

// lowerASCIIWordR27 reports a word of lower-case ASCII letters.
func lowerASCIIWordR27(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		if t[i] < 'a' || t[i] > 'z' {
			return false
		}
	}
	return true
}
