package redact

import "strings"

// A number followed by the word for "number" or "phone" in the case that
// says "to" or "on" it. Languages that put postpositions after the noun
// (Uzbek, Kazakh, Kyrgyz, Azerbaijani, Turkish, Mongolian, Nepali, Hindi,
// Marathi, Bengali, Sinhala, Tamil, Georgian, Armenian, Korean, Japanese)
// write "please call 998… to-number": "998942946999 raqamiga qo'ng'iroq
// qiling", "87306765163 нөміріне хабарласыңыз", "9830337806 मा फोन
// गर्नुहोस्", "8801914060970 নম্বরে কল করুন", "09012345678に電話". The
// number before such a word is a phone: 7 to 15 digits in one piece or in
// groups joined by single spaces, dashes or dots, not a date, a time or an
// IPv4 address. The words are the inflected forms alone ("raqamli", "with
// the number", or the bare noun as in "order number" stay).

// numberWordsAfter24 are those words, longest first where one is another's
// prefix.
var numberWordsAfter24 = []string{
	// Uzbek (Latin, Cyrillic), Azerbaijani, Turkish
	"raqamimga", "raqamiga", "raqamga", "raqamidan", "рақамимга", "рақамига", "рақамга",
	"nömrəmə", "nömrəyə", "nömrəsinə", "nömrədən", "numarasından", "numarasına", "numaramdan", "numarama", "numaraya", "numaradan",
	// Kazakh, Kyrgyz, Mongolian
	"нөміріме", "нөміріне", "нөмірге", "нөмірімізге", "номериме", "номерине", "номерге", "дугаараар", "дугаарт", "дугаар луу", "дугаар руу",
	// Nepali, Hindi, Marathi, Bengali, Sinhala, Tamil, Telugu
	"मा फोन", "मा फ़ोन", "मा कल", "नम्बरमा", "नंबरमा", "पर कॉल", "पर फोन", "पर फ़ोन", "नंबर पर", "नम्बर पर", "नंबरवर", "ला फोन", "वर फोन", "वर कॉल",
	"নম্বরে", "নাম্বারে", "এ কল", "অংකයට", "අංකයට", "எண்ணுக்கு", "எண்ணில்", "என்ற எண்ணுக்கு", "నంబర్‌కు", "నంబరుకు", "నెంబర్‌కి",
	// Georgian, Armenian, Korean, Japanese
	"ნომერზე", "ნომერზეც", "համարին", "համարով", "번호로", "번으로", "に電話", "にお電話", "までお電話", "までご連絡", "に連絡", "へ電話",
}

// afterFirst24 holds the first bytes of numberWordsAfter24.
var afterFirst24 = func() (t [256]bool) {
	for _, w := range numberWordsAfter24 {
		t[w[0]] = true
	}
	return t
}()

// mayHoldNumberWordAfter24 is numberWordAfterSpans24's cheap test: a byte
// beyond ASCII (every word but the Latin ones holds one), or the Latin
// stems.
func mayHoldNumberWordAfter24(s string, sig uint32, tp *textPairs) bool {
	return sig&sigHigh != 0 || tp.contains("raqam") || tp.contains("numara")
}

// numberWordAfterSpans24 returns the numbers of s that stand right before
// a word of numberWordsAfter24 (after one space, or none), and that no
// span of have covers.
func numberWordAfterSpans24(s string, have []span) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		if !afterFirst24[s[i]] || i == 0 || !isDigit(s[i-1]) && !(i > 1 && s[i-1] == ' ' && isDigit(s[i-2])) {
			continue // (the number comes first: the words are tried only after a digit)
		}
		w := numberWordAt24(s, i)
		if w == 0 {
			continue
		}
		e := i
		if e > 0 && s[e-1] == ' ' {
			e--
		}
		a, ok := phoneRunBefore24(s, e)
		if ok && !overlaps(have, a, e) && !overlaps(out, a, e) {
			out = append(out, span{start: a, end: e, kind: KindPhone})
		}
		i += w - 1
	}
	return out
}

// numberWordAt24 returns the length of the word of numberWordsAfter24 at
// s[i:], or 0; a Latin or Cyrillic word must end there.
func numberWordAt24(s string, i int) int {
	for _, w := range numberWordsAfter24 {
		if strings.HasPrefix(s[i:], w) {
			if k := i + len(w); k < len(s) && (isAlpha(s[k]) || isDigit(s[k])) {
				continue
			}
			return len(w)
		}
	}
	return 0
}

// phoneRunBefore24 reads the digits that end at e backwards: 7 to 15 of
// them, in one piece or in groups joined by single spaces, dashes or dots,
// an optional '+' first; not glued to a word before, not a date, a time
// or an IPv4 address. It returns the run's start.
func phoneRunBefore24(s string, e int) (int, bool) {
	if e == 0 || !isDigit(s[e-1]) {
		return 0, false
	}
	a, digits, groups, dots, dashes := e, 0, 1, 0, 0
	for a > 0 {
		c := s[a-1]
		switch {
		case isDigit(c):
			digits++
			a--
			continue
		case (c == ' ' || c == '-' || c == '.') && a >= 2 && isDigit(s[a-2]) && isDigit(s[a]):
			if digits >= 7 && c == ' ' {
				break // a number before, apart: "order 5521 998…"
			}
			groups++
			if c == '.' {
				dots++
			}
			if c == '-' {
				dashes++
			}
			a--
			continue
		}
		break
	}
	if a < e && !isDigit(s[a]) {
		a++
	}
	if a > 0 && s[a-1] == '+' {
		a--
	}
	if digits < 7 || digits > 15 {
		return 0, false
	}
	if a > 0 && (isAlpha(s[a-1]) || s[a-1] == '_' || s[a-1] == '/' || s[a-1] == ':' || s[a-1] == '#' || s[a-1] == '.' || s[a-1] == '-') {
		return 0, false // glued to a word, an id's prefix, a path or a time
	}
	v := s[a:e]
	if dots == 3 && groups == 4 && ipv4(v) {
		return 0, false
	}
	if groups == 3 && (dots == 2 || dashes == 2) {
		var lens [3]int
		k := 0
		for j := 0; j < len(v) && k < 3; j++ {
			if isDigit(v[j]) {
				lens[k]++
			} else if v[j] != '+' {
				k++
			}
		}
		if lens[0] == 4 && lens[1] <= 2 && lens[2] <= 2 || lens[0] <= 2 && lens[1] <= 2 && lens[2] == 4 {
			return 0, false // a date
		}
	}
	return a, true
}
