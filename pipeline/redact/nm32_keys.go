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
// The name is the run of words of its script after the key (a word of
// another script, a digit or a sign ends it), not a company's name.

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
	if ks == vs {
		return sc.value(v, KindName, modeName) // after emoji: read as a keyed value is ("name 🔥 Flash Sale" stays)
	}
	if startsWithKey(s, v) {
		return 0 // "имя email: …": the next key
	}
	end := scriptRunEnd32(s, v, vs)
	if end == v || companyName(s[v:end]) || !sc.emit(v, end, KindName, 0) {
		return 0
	}
	return end
}

// scriptRunEnd32 returns the end of the name at v: up to five words of
// letters of the script vs (Han and kana as one), joined by single
// spaces (and one comma after a family name written first: "Family,
// Given"); a word of another script, a digit, a sign or a key ("port=")
// ends it ("… Given Family هاتف +20 …": the phone's word is not the
// name's).
func scriptRunEnd32(s string, v, vs int) int {
	e := v
	comma := false
	for p, words := v, 0; p < len(s) && words < 5; words++ {
		q := p
		for q < len(s) {
			r, n := utf8.DecodeRuneInString(s[q:])
			if unicode.IsLetter(r) {
				if sr := script32(r); sr != vs && !(vs == 9 && sr == 8) {
					return e
				}
			} else if !unicode.IsMark(r) && r != 0x200C && r != 0x200D && !((r == '\'' || r == '-') && q > p) {
				break
			}
			q += n
		}
		if q == p || q < len(s) && (s[q] == '=' || s[q] == ':') {
			return e // no word, or the next key's
		}
		if q < len(s) && s[q] >= 0x80 {
			if r, _ := utf8.DecodeRuneInString(s[q:]); !unicode.IsPunct(r) && !unicode.IsSpace(r) {
				return e // a word glued to a sign or an emoji
			}
		}
		e = q
		if q+2 < len(s) && s[q] == ',' && s[q+1] == ' ' && !comma && commaGiven32(s, q+2, vs) {
			comma = true // "Family, Given": the family name first, then a comma
			p = q + 2
			continue
		}
		if q+1 >= len(s) || s[q] != ' ' {
			break
		}
		p = q + 1
	}
	return e
}

// commaGiven32 reports a given name at p after "Family, ": a word of the
// script vs, in capitals first where the script has case.
func commaGiven32(s string, p, vs int) bool {
	r, _ := utf8.DecodeRuneInString(s[p:])
	return unicode.IsLetter(r) && script32(r) == vs && (unicode.IsUpper(r) || !unicode.IsLower(r))
}

// fullwidthColonKey32 reports a full-width colon at s[e:] after the key of
// a name s[i:e] written in another script than Latin.
func fullwidthColonKey32(s string, i, e int) bool {
	return strings.HasPrefix(s[e:], "：") && nameKeyWord32(s, i, e)
}
