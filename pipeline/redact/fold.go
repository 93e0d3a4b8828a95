package redact

import (
	"strings"
	"unicode/utf8"
)

// People's names are often written without their diacritics where a
// system only takes ASCII (a carrier's label, a bank's payee field):
// "Rémi" becomes "Remi", "Nguyễn Thu Hà" "Nguyen Thu Ha". foldLatin gives
// that spelling, so a known name is found in it too.

// latinFolds lists, for each ASCII letter, the Latin letters with
// diacritics that fold to it (Latin-1, Latin Extended-A and the Vietnamese
// letters of Latin Extended Additional).
var latinFolds = map[byte]string{
	'a': "àáâãäåāăąạảấầẩẫậắằẳẵặ", 'A': "ÀÁÂÃÄÅĀĂĄẠẢẤẦẨẪẬẮẰẲẴẶ",
	'c': "çćĉċč", 'C': "ÇĆĈĊČ",
	'd': "ďđ", 'D': "ĎĐ",
	'e': "èéêëēĕėęěẹẻẽếềểễệ", 'E': "ÈÉÊËĒĔĖĘĚẸẺẼẾỀỂỄỆ",
	'g': "ĝğġģ", 'G': "ĜĞĠĢ",
	'h': "ĥħ", 'H': "ĤĦ",
	'i': "ìíîïĩīĭįıỉị", 'I': "ÌÍÎÏĨĪĬĮİỈỊ",
	'j': "ĵ", 'J': "Ĵ",
	'k': "ķ", 'K': "Ķ",
	'l': "ĺļľŀł", 'L': "ĹĻĽĿŁ",
	'n': "ñńņňŉ", 'N': "ÑŃŅŇ",
	'o': "òóôõöøōŏőơọỏốồổỗộớờởỡợ", 'O': "ÒÓÔÕÖØŌŎŐƠỌỎỐỒỔỖỘỚỜỞỠỢ",
	'r': "ŕŗř", 'R': "ŔŖŘ",
	's': "śŝşšș", 'S': "ŚŜŞŠȘ",
	't': "ţťŧț", 'T': "ŢŤŦȚ",
	'u': "ùúûüũūŭůűųưụủứừửữự", 'U': "ÙÚÛÜŨŪŬŮŰŲƯỤỦỨỪỬỮỰ",
	'w': "ŵ", 'W': "Ŵ",
	'y': "ýÿŷỳỵỷỹ", 'Y': "ÝŸŶỲỴỶỸ",
	'z': "źżž", 'Z': "ŹŻŽ",
}

var foldTable = func() map[rune]byte {
	m := map[rune]byte{'ß': 's'}
	for b, rs := range latinFolds {
		for _, r := range rs {
			m[r] = b
		}
	}
	return m
}()

// foldLatin returns s with its Latin diacritics removed, and whether
// anything changed. Other scripts are kept as they are.
func foldLatin(s string) (string, bool) {
	i := 0
	for i < len(s) && s[i] < 0x80 {
		i++
	}
	if i == len(s) {
		return s, false
	}
	var b strings.Builder
	b.Grow(len(s))
	b.WriteString(s[:i])
	changed := false
	for _, r := range s[i:] {
		if a, ok := foldTable[r]; ok {
			b.WriteByte(a)
			if r == 'ß' {
				b.WriteByte('s')
			}
			changed = true
			continue
		}
		if r < utf8.RuneSelf {
			b.WriteByte(byte(r))
		} else {
			b.WriteRune(r)
		}
	}
	return b.String(), changed
}

// Phone numbers are written in the digits of their script too: Arabic-Indic
// "٠١٠-٠٨٢٧-٦١٨٥" (Egypt), Extended Arabic-Indic "۰۳۲۱ ۸۶۰۰۹۱۹" (Pakistan, Iran),
// Devanagari and Bengali "০১৭৭৭ ৮২৮০৪৮", Thai, Khmer "០១២ ៣៤៥ ៦៧៨" and the
// other scripts of digitZeros. They are read as the full-width
// digits are: folded to ASCII, scanned, and redacted in the original text.

// digitZeros are the zeros of the scripts whose digits nativeDigit folds:
// Arabic-Indic and Extended Arabic-Indic, then the Brahmic scripts of
// India and Sri Lanka (Devanagari, Bengali, Gurmukhi, Gujarati, Oriya,
// Tamil, Telugu, Kannada, Malayalam, Sinhala), Thai, Lao, Tibetan, Myanmar,
// Khmer and Mongolian.
var digitZeros = [...]rune{0x0660, 0x06F0, 0x0966, 0x09E6, 0x0A66, 0x0AE6, 0x0B66, 0x0BE6, 0x0C66, 0x0CE6,
	0x0D66, 0x0DE6, 0x0E50, 0x0ED0, 0x0F20, 0x1040, 0x17E0, 0x1810}

// nativeDigitValue is r's value when it is one of those digits, else -1.
func nativeDigitValue(r rune) int {
	for _, z := range digitZeros {
		if r >= z && r <= z+9 {
			return int(r - z)
		}
	}
	return -1
}

// hasNativeDigit reports a native digit nativeDigit folds; most text has
// none.
func hasNativeDigit(s string) bool {
	for _, lead := range [...]byte{0xD9, 0xDB, 0xE0, 0xE1} {
		for i := strings.IndexByte(s, lead); i >= 0 && i+1 < len(s); {
			switch c := s[i+1]; lead {
			case 0xD9: // U+0660–0669
				if c >= 0xA0 && c <= 0xA9 {
					return true
				}
			case 0xDB: // U+06F0–06F9
				if c >= 0xB0 && c <= 0xB9 {
					return true
				}
			default: // the three-byte scripts
				if r, _ := utf8.DecodeRuneInString(s[i:]); nativeDigitValue(r) >= 0 {
					return true
				}
			}
			j := strings.IndexByte(s[i+1:], lead)
			if j < 0 {
				break
			}
			i += 1 + j
		}
	}
	return false
}

// nativeDigit returns the ASCII digit a native digit at s[i:] folds to, and
// its length; 0 when there is none.
func nativeDigit(s string, i int) (byte, int) {
	r, n := utf8.DecodeRuneInString(s[i:])
	if v := nativeDigitValue(r); v >= 0 {
		return byte('0' + v), n
	}
	return 0, 0
}
