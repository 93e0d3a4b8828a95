package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A key of a name in one script before a name in another. Logs of shops
// that sell abroad label a buyer's name in the language of the code or of
// the seller and write the name as the buyer typed it: "фио：Ali Karimi",
// "الاسم：佐藤大翔", "όνομα محمد النعيمي", "שם ali rezaei", "name خالد
// الهاشمي", "氏名 佐藤大翔、…". Two shapes were not read as a key and its
// value:
//
//   - a key written in a script other than Latin, then a full-width colon
//     ("：", as Chinese and Japanese forms write it): read as after ':';
//   - a key of a name, then one space and a value that opens with a
//     letter of another script than the key's (Latin key, Arabic name;
//     Greek key, Arabic name; Hebrew key, Latin name; Hangul key, Han
//     name): the space is the separator, as no sentence goes on from such
//     a key in another script. A value in the key's own script ("name
//     change", "имя файла", "氏名 変更") is prose, and is left (kana and
//     Han count as one script).
//
// The value is read as every key's value of a name is (keys.go: value).

// nameKeyWord32 reports whether s[i:e] is a key of a name.
func nameKeyWord32(s string, i, e int) bool {
	if e-i > 48 {
		return false
	}
	var buf [48]byte
	nk := normKey(buf[:0], s[i:e])
	for _, c := range nk {
		if c >= 0x80 {
			nk = lowerHigh(nk)
			break
		}
	}
	return keyClass(nk) == keyName
}

// script32 returns a coarse script of r: the Unicode script tables that
// names are written in, 0 for others.
func script32(r rune) int {
	switch {
	case r < 0x250:
		return 1 // Latin
	case r < 0x370:
		return 0
	case r < 0x400:
		return 2 // Greek
	case r < 0x530:
		return 3 // Cyrillic
	case r >= 0x590 && r < 0x600:
		return 4 // Hebrew
	case r >= 0x600 && r < 0x780 || r >= 0xFB50 && r < 0xFF00 && r != 0xFEFF:
		return 5 // Arabic
	case r >= 0x900 && r < 0xE00:
		return 6 // the Indic scripts
	case r >= 0xE00 && r < 0xF00:
		return 7 // Thai, Lao
	case r >= 0x1E00 && r < 0x1F00:
		return 1 // Latin Extended Additional (Vietnamese)
	case r >= 0x3040 && r < 0x3100 || r >= 0x31F0 && r < 0x3200:
		return 8 // kana
	case unicode.Is(unicode.Han, r):
		return 9
	case r >= 0xAC00 && r < 0xD7B0 || r >= 0x1100 && r < 0x1200 || r >= 0x3130 && r < 0x3190:
		return 10 // Hangul
	}
	return 0
}

// spacedNameValue32 reads the name after the key of a name s[i:e] and one
// space (and emoji before it), when the name is written in another script
// than the key; it returns where scanning resumes, or 0.
func (sc *scanner) spacedNameValue32(i, e int) int {
	s := sc.s
	if e+1 >= len(s) || s[e] != ' ' || s[e+1] == ' ' {
		return 0
	}
	v := nameEmojiSkip32(s, e+1) // "氏名 👩‍💻 佐藤さくら"
	kr, _ := utf8.DecodeRuneInString(s[i:])
	vr, _ := utf8.DecodeRuneInString(s[v:])
	ks, vs := script32(kr), script32(vr)
	if ks == 0 || vs == 0 || !unicode.IsLetter(vr) {
		return 0
	}
	if ks == 8 {
		ks = 9 // Japanese: kana and Han are one script here
	}
	if vs == 8 {
		vs = 9
	}
	if ks == vs && v == e+1 {
		return 0 // "name change", "имя файла", "氏名 変更": prose in the key's script
	}
	if !nameKeyWord32(s, i, e) || thingLabelBefore(s, i) || placeParent(s, i) || businessParent(s, i) {
		return 0 // "product name 抹茶ラテ": a thing's name (damage_parties.go)
	}
	return sc.value(v, KindName, modeName)
}

// fullwidthColonKey32 reports a full-width colon at s[e:] after the key of
// a name s[i:e] written in another script than Latin.
func fullwidthColonKey32(s string, i, e int) bool {
	return strings.HasPrefix(s[e:], "：") && nameKeyWord32(s, i, e)
}

// punctBefore32 reports a punctuation mark of another script before s[i]
// ("、", "，", "،", "؛"): a clause's end, before which a key starts a
// word ("…、фио：…").
func punctBefore32(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r >= 0x80 && (unicode.IsPunct(r) || unicode.IsSpace(r))
}
