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
