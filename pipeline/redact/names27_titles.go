package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A personal title before a name. An abbreviated title of address (Sra.,
// Lic., Ing., dl., dna., Gng., Bb., ifj., özv. — honorificSet's and
// titleAbbrevs' words that end in a full stop) is written before a
// person's name only: two to four capitalised words (or words of a script
// without case, or "Family, Given") after it are a person's name wherever
// they stand — a tuple's item, a bind, a bare "name", a sentence — and the
// title goes with the name ("Failing row contains (…, dna. Given Family,
// …)", "binds: :2='Gng. Given Middle Family'"). "Dr." is left out (a brand
// as often: "Dr. Martens"), and one word after a title is a brand's or a
// shop's as often ("Mr. Price"). Burmese names carry their honorific (U,
// Daw, Ko, Ma, Maung, Saw) in Latin letters before the name in Burmese
// script: the two are one name ("ဝယ်သူ Daw ဇော်လင်း").

// mayHoldTitle27 is the cheap test before titleNameSpans27: a full stop
// and a space, or Burmese letters.
func mayHoldTitle27(s string, sig uint32, tp *textPairs) bool {
	return len(s) >= 8 && (tp.contains(". ") || sig&sigHigh != 0 && tp.contains("\xe1\x80"))
}

// titleNameSpans27 returns the names after personal titles in s.
func titleNameSpans27(s string, have []span) []span {
	var out []span
	for off, seen := 0, 0; off < len(s) && seen < 64; seen++ {
		d := strings.Index(s[off:], ". ")
		if d < 0 {
			break
		}
		d += off
		off = d + 2
		w := d
		for w > 0 && s[w-1] != ' ' && s[w-1] != '(' && s[w-1] != '\'' && s[w-1] != '"' && s[w-1] != '=' && s[w-1] != ',' && s[w-1] != '\n' && s[w-1] != ':' && d-w <= 6 {
			w--
		}
		if d-w < 1 || d-w > 5 || !titleWord27(s[w:d+1]) || addressBefore27(s, w) {
			continue
		}
		e := titleNameEnd27(s, d+2)
		if e <= d+2 || overlapsOther27(have, w, e, KindName) || overlaps(out, w, e) {
			continue // (a name found in part already grows to the whole: mergeSpans)
		}
		v := s[d+2 : e]
		if n := len(strings.Fields(v)); (n >= 2 || strings.IndexByte(v, ',') > 0 || caselessRun24(v)) && roleName(v) && !thingTitle18(v) {
			out = append(out, span{start: d + 2, end: e, kind: KindName}) // (the title stays: "Dobrý den Ing. […]")
		}
	}
	return burmeseTitleSpans27(s, have, out)
}

// titleWord27 reports an abbreviated personal title (with its full stop),
// any case, but "Dr.".
func titleWord27(t string) bool {
	var buf [8]byte
	if len(t) > len(buf) {
		return false
	}
	lt := string(lower(buf[:0], t))
	switch lt {
	case "dr.", "st.", "no.", "nr.", "col.", "gen.", "gral.", "capt.", "lt.", "sgt.", "pres.", "prof.", "fr.", "hon.":
		return false // a brand's ("Dr. Martens"), or a street's and a district's ("Col. Del Valle", "Av. Gen. Paz")
	}
	return honorificSet[lt] || titleAbbrevs[lt]
}

// addressBefore27 reports a title at w inside an address: after a house
// number's item ("…, 999, Lic. …") or a street's word in its own item
// ("Calle Lic. …", "Av. Ing. …").
func addressBefore27(s string, w int) bool {
	p := w
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if p > 0 && s[p-1] == ',' {
		p--
		for p > 0 && s[p-1] == ' ' {
			p--
		}
		return p > 0 && isDigit(s[p-1])
	}
	if p == w {
		return false
	}
	q := p
	for q > 0 && s[q-1] != ' ' && s[q-1] != ',' && s[q-1] != '(' && s[q-1] != '"' {
		q--
	}
	var buf [16]byte
	if p-q < 2 || p-q > len(buf) {
		return false
	}
	lw := string(lower(buf[:0], strings.TrimSuffix(s[q:p], ".")))
	return streetTypes27[lw]
}

// streetTypes27 are street words that titles follow in street names.
var streetTypes27 = setOf("av", "avenida", "calle", "c", "cl", "rua", "r", "blvd", "bulevar", "calz", "calzada",
	"paseo", "carrera", "cra", "kr", "diagonal", "transversal", "prolongación", "prol", "plaza", "pza", "jl", "jalan",
	"strada", "via", "viale", "piazza", "ulica", "ul", "str", "strada", "bd", "bulevardul", "aleea", "soseaua")

// titleNameEnd27 returns the end of the name after a title at a: its
// capitalised words (particles inside), up to an item's separator, a word
// in lower case or the text's end; a "Family, Given" comma is kept.
func titleNameEnd27(s string, a int) int {
	e := a
	for p := a; p < len(s) && p-a <= 80; {
		w := p
		for p < len(s) && s[p] != ' ' && s[p] != ',' && s[p] != ')' && s[p] != '\'' && s[p] != '"' && s[p] != ';' && s[p] != '\n' && s[p] != '\\' && s[p] != '|' {
			p++
		}
		word := s[w:p]
		if word == "" {
			break
		}
		r, _ := utf8.DecodeRuneInString(word)
		if !unicode.IsUpper(r) && !(r >= 0x80 && !unicode.Is(unicode.Latin, r)) && !(p > w && e > a && particles[word]) {
			break
		}
		e = p
		if p+1 < len(s) && s[p] == ' ' {
			p++
			continue
		}
		if p+2 < len(s) && s[p] == ',' && s[p+1] == ' ' && e > a && strings.IndexByte(s[a:e], ' ') < 0 && strings.IndexByte(s[a:e], ',') < 0 {
			p += 2 // "FAMILY, Given"
			continue
		}
		break
	}
	return e
}

// burmeseTitles27 are the Burmese honorifics written in Latin letters.
var burmeseTitles27 = []string{"U", "Daw", "Ko", "Ma", "Maung", "Saw", "Nang", "Naw"}

// burmeseTitleSpans27 appends the Burmese names after an honorific in
// Latin letters.
func burmeseTitleSpans27(s string, have, out []span) []span {
	if !strings.Contains(s, "\xe1\x80") {
		return out
	}
	for _, t := range burmeseTitles27 {
		for off := 0; off < len(s); {
			k := strings.Index(s[off:], t+" \xe1\x80")
			if k < 0 {
				break
			}
			k += off
			off = k + len(t) + 1
			if k > 0 && s[k-1] != ' ' && s[k-1] != '"' && s[k-1] != '(' && s[k-1] != ':' && s[k-1] != ',' {
				continue // inside a Latin word
			}
			e := k + len(t) + 1
			for e < len(s) {
				r, n := utf8.DecodeRuneInString(s[e:])
				if r < 0x1000 || r > 0x109F {
					break
				}
				e += n
			}
			if a := k + len(t) + 1; e-a >= 6 && !overlapsOther27(have, a, e, KindName) && !overlaps(out, a, e) {
				out = append(out, span{start: a, end: e, kind: KindName}) // (the honorific stays)
			}
		}
	}
	return out
}

// overlapsOther27 reports a span of have over [a, e) of a kind other than k.
func overlapsOther27(have []span, a, e int, k Kind) bool {
	for _, x := range have {
		if x.start < e && a < x.end && x.kind != k {
			return true
		}
	}
	return false
}
