package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Addresses in prose, told by a street's or a unit's word of the writer's
// script beside a house number, whichever order the language puts them
// in: the word before the name and the number after it (Persian "بلوار
// کشاورز، پلاک 45", Greek "Λεωφ. Κηφισίας 29", Hebrew "רחוב אלנבי 1",
// Polish "al. Jerozolimskie 12a/8", Mexican "Av. Revolución #3140 int.
// 45"), the word after the name (Georgian "აღმაშენებლის გამზ. 48"), the
// house's word before its number (Bengali "বাড়ি 11", Arabic "عمارة 120"),
// or the number first (Tamil "42, பெரியார் நகர்", Hindi "114, स्टेशन रोड",
// Thai "15/5/44 ถนนสุขุมวิท"). The span runs from the street's name to the
// number (and a unit after it: "…, ბინა 59", "…, דירה 50"); the city and
// the prose around stay.

// streetWordsA26 are the street's and the unit's words, and
// streetPrefixesA26 the Thai words written glued to the street's name.
var streetWordsA26 = setOf(
	"خیابان", "بلوار", "کوچه", "میدان", "بزرگراه", "پلاک", "واحد", // Persian
	"شارع", "طريق", "كورنيش", "عمارة", "شقة", "الدور", // Arabic
	"Οδός", "οδός", "Οδ.", "Λεωφ.", "Λεωφόρος", "Πλατεία", // Greek
	"ქ.", "ქუჩა", "გამზ.", "გამზირი", "ბინა", // Georgian
	"רחוב", "רח'", "שדרות", "דירה", // Hebrew
	"বাড়ি", "রোড", "সড়ক", "এভিনিউ", "লেন", // Bengali
	"நகர்", "தெரு", "சாலை", // Tamil
	"मार्ग", "रोड", "चौक", "गली", // Hindi
	"ul.", "al.", "os.", // Polish
	"Av.", "Avda.", "Calle", "Avenida", "Col.", // Spanish
	"Calz.", "Calzada", "Blvd.", "Bulevar", "Paseo", "Carretera", "Camino", "Privada", "Cerrada", "Prol.", "Ronda", "Glorieta", // (ad29)
	"Rua", "Travessa", // Portuguese
	"ул.", "пр-т", "просп.", "пер.", "д.", "кв.", // Russian, Ukrainian
	"пр.", "вул.", "бул.", "пров.", "ш.") // (ad29)

var streetPrefixesA26 = []string{"ถนน", "ซอย"}

// unitWordsA26 name a flat or a floor after the house's number.
var unitWordsA26 = setOf("ბინა", "דירה", "واحد", "پلاک", "الدور", "شقة", "int.", "m.", "lgh", "кв.", "apto", "depto")

// mayHoldStreetA26 is the cheap gate: a byte of a non-Latin script, or
// one of the Latin street words followed by a space.
func mayHoldStreetA26(s string, sig uint32) bool {
	return sig&sigHigh != 0
}

// streetSpansA26 returns the street-and-number spans of s.
func streetSpansA26(s string) []span {
	var out []span
	for i := 0; i < len(s); {
		// a word: up to a space, a comma or a delimiter
		if streetSep(s, i) > 0 {
			i += streetSep(s, i)
			continue
		}
		a := i
		for i < len(s) && streetSep(s, i) == 0 {
			i++
		}
		w := s[a:i]
		if len(w) > 64 || !streetWordA26(w) { // (a Thai street fused with its name runs past 30 bytes)
			continue
		}
		if sp, ok := streetSpanAt(s, a, i); ok {
			if n := len(out); n == 0 || out[n-1].end <= sp.start {
				out = append(out, sp)
			}
			if sp.end > i {
				i = sp.end
			}
		}
	}
	return out
}

// streetWordA26 reports a street's word: a whole word of streetWordsA26 or
// a Thai word that opens with one.
func streetWordA26(w string) bool {
	if streetWordsA26[w] {
		return true
	}
	if w[0] >= 0x80 {
		for _, p := range streetPrefixesA26 {
			if len(w) > len(p) && strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}

// streetSep returns the width of a separator at i (0: none): a space, a
// comma (also "،" and "，"), a delimiter of a log's structure.
func streetSep(s string, i int) int {
	switch c := s[i]; c {
	case ' ', ',', '\n', '\r', '\t', '"', '\'', ';', '(', ')', '<', '>', '=', '&', '|', '\\', '[', ']', '{', '}':
		if c == '\'' && (strings.HasSuffix(s[:i], "רח") || gereshAd29(s, i)) {
			return 0
		}
		return 1
	case 0xD8:
		if i+1 < len(s) && s[i+1] == 0x8C { // "،"
			return 2
		}
	case 0xEF:
		if strings.HasPrefix(s[i:], "，") {
			return 3
		}
	}
	return 0
}

// houseNumberA26 reports a house's number: digits with letters, '/' or
// '-' after them ("12a/8", "15/5/44"); six digits at most ("#305" is as
// often an order's number: not one).
func houseNumberA26(w string) bool {
	if w == "" || !isDigit(w[0]) || len(w) > 10 {
		return false
	}
	d := 0
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case isDigit(c):
			d++
		case isAlpha(c) || c == '/' || c == '-':
		case c >= 0x80 && d > 0:
			n := houseLetterAd29(w[i:]) // "31к2": a building's letter of the script
			if n == 0 {
				return false
			}
			i += n - 1
		default:
			return false
		}
	}
	return d <= 6
}

// streetTok is one word of s around a street's word, with whether a comma
// came before it.
type streetTok struct {
	a, e  int
	comma bool
}

// streetSpanAt returns the span of the street whose word is s[a:e].
func streetSpanAt(s string, a, e int) (span, bool) {
	// forward: the house's number within three words, across one comma
	if bw := streetToks(s, a, 1, false); len(bw) == 1 && !bw[0].comma && strings.IndexByte(s[bw[0].a:bw[0].e], '/') > 0 && houseNumberA26(s[bw[0].a:bw[0].e]) {
		return span{bw[0].a, e, KindAddress, 0}, true // "15/5/44 ถนนสุขุมวิท"
	}
	fw := streetToks(s, e, 3, true)
	crossed := false
	for _, t := range fw {
		w := s[t.a:t.e]
		if t.comma {
			if !unitWordsA26[w] && !streetWordsA26[w] && !houseNumberA26(w) {
				break // a city after the comma: its number is a postcode
			}
			crossed = true
		}
		if houseNumberA26(w) {
			if crossed && t.comma {
				break // ", 122 44 …": a postcode after the street's name
			}
			return span{streetNameBefore(s, a), unitAfter(s, t.e), KindAddress, 0}, true
		}
	}
	if sp, ok := streetForwardAd29(s, a, e); ok {
		return sp, true // "Calle de Alcalá nº 69", "Calle Tonalá #305", "вул. Січових Стрільців, 5, кв. 21" (ad29_streets.go)
	}
	// backward: "42, பெரியார் நகர்", "15/5/44 ถนนสุขุมวิท"
	bw := streetToks(s, a, 3, false)
	for _, t := range bw {
		if houseNumberA26(s[t.a:t.e]) {
			if aWordLower(s[a:e]) {
				return span{}, false
			}
			return span{t.a, e, KindAddress, 0}, true
		}
	}
	return span{}, false
}

// aWordLower reports a Latin word in lower case ("ul.", "al."): it needs
// its number after it.
func aWordLower(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// streetToks returns up to n words after e (fwd) or before e, crossing at
// most one comma and no line's end.
func streetToks(s string, e, n int, fwd bool) []streetTok {
	var out []streetTok
	commas := 0
	i := e
	for len(out) < n {
		comma := false
		if fwd {
			for i < len(s) && streetSep(s, i) > 0 {
				c := s[i]
				if c == '\n' || c == '"' || c == '<' || c == '=' || c == '&' || c == '\\' || c == '(' || c == ';' || c == '|' {
					return out
				}
				if c != ' ' {
					comma = true
				} else if i+1 < len(s) && s[i+1] == ' ' {
					return out // a fixed-width record's gap: another field
				}
				i += streetSep(s, i)
			}
			if i >= len(s) {
				return out
			}
			a := i
			for i < len(s) && streetSep(s, i) == 0 {
				i++
			}
			if comma {
				commas++
				if commas > 1 {
					return out
				}
			}
			out = append(out, streetTok{a, i, comma})
			continue
		}
		for i > 0 && streetSepBefore(s, i) > 0 {
			c := s[i-1]
			if c == '\n' || c == '"' || c == '>' || c == '=' || c == '&' || c == '\\' || c == ')' || c == ';' || c == '|' {
				return out
			}
			if c != ' ' {
				comma = true
			} else if i >= 2 && s[i-2] == ' ' {
				return out // a fixed-width record's gap: another field
			}
			i -= streetSepBefore(s, i)
		}
		if i <= 0 {
			return out
		}
		if comma {
			commas++
			if commas > 1 {
				return out
			}
		}
		b := i
		for i > 0 && streetSepBefore(s, i) == 0 {
			i--
		}
		out = append(out, streetTok{i, b, comma})
	}
	return out
}

// streetSepBefore returns the width of a separator that ends at i.
func streetSepBefore(s string, i int) int {
	if i >= 2 && s[i-2] == 0xD8 && s[i-1] == 0x8C {
		return 2
	}
	if i >= 3 && s[i-3:i] == "，" {
		return 3
	}
	return streetSep(s, i-1) & 1
}

// streetNameBefore returns where the street's name starts when its word
// is at a: up to two words of a non-Latin script (or capitalised) before
// the word in the same clause ("აღმაშენებლის გამზ.", "সাত মসজিদ রোড").
func streetNameBefore(s string, a int) int {
	st := a
	if e := a + streetWordLen(s, a); !postfixStreetA26[s[a:e]] {
		return a // "רחוב אלנבי 1": the name follows the word; what is before it is prose
	}
	for n := 0; n < 2 && st > 1 && s[st-1] == ' '; n++ {
		b := st - 1
		for b > 0 && streetSep(s, b-1) == 0 {
			b--
		}
		w := s[b : st-1]
		if w == "" || streetWordA26(w) {
			break
		}
		r, _ := utf8.DecodeRuneInString(w)
		if r < 0x80 && !unicode.IsUpper(r) || r >= 0x80 && !unicode.IsLetter(r) || commonWordA26[w] {
			break
		}
		st = b
	}
	return st
}

// commonWordA26 are words before a street's name that are prose: "to",
// "at" in the scripts of streetWordsA26.
var commonWordA26 = setOf("به", "در", "إلى", "في", "στο", "στην", "אל", "ב", "ל", "को", "में", "এ", "থেকে")

// unitAfter extends a street's number over a unit after it: "…, ბინა 59",
// "… int. 45", "…, דירה 50", "… m. 02".
func unitAfter(s string, e int) int {
	t := streetToks(s, e, 2, true)
	if len(t) == 2 && unitWordsA26[s[t[0].a:t[0].e]] && (houseNumberA26(s[t[1].a:t[1].e]) || t[1].e-t[1].a == 1) {
		return t[1].e
	}
	return e
}

// postfixStreetA26 are street words written after the street's name
// ("აღმაშენებლის გამზ.", "সাত মসজিদ রোড", "பெரியார் நகர்").
var postfixStreetA26 = setOf("ქ.", "ქუჩა", "გამზ.", "გამზირი", "রোড", "সড়ক", "এভিনিউ", "লেন", "நகர்", "தெரு", "சாலை",
	"मार्ग", "रोड", "चौक", "गली", "пр.") // "Невский пр. 31к2" (ad29)

// streetWordLen returns the length of the word at a.
func streetWordLen(s string, a int) int {
	e := a
	for e < len(s) && streetSep(s, e) == 0 {
		e++
	}
	return e - a
}
