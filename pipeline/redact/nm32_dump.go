package redact

import (
	"strings"
	"unicode/utf8"
)

// A PHP dump's type word is no key's value. var_dump writes a type before
// each value (`["nombre"]=> string(15) "…"`, `["buyer"]=> array(2) {…}`,
// `["name"]=> NULL`, `bool(false)`, `object(Buyer)#3 (1) {…}`) and print_r
// an array's or an object's ("[buyer] => Array (", "stdClass Object (").
// Read as the value of a key of a name, an address or a secret, the type
// word was redacted and then chased wherever it recurred in the text
// (echoes, scan.go): every "string" of the dump. A string's type is
// skipped to its quoted value (varDumpValue, keys.go); the other types
// hold no value of their own, so the key is left to what its nested keys
// say.

// phpDumpType32 reports whether s[k:] (after "=>" and at most one space)
// opens a PHP dump's type word that holds no value of its own.
func phpDumpType32(s string, k int) bool {
	if k < len(s) && s[k] == ' ' {
		k++
	}
	if k+4 > len(s) {
		return false
	}
	t := s[k:]
	switch t[0] {
	case 'N':
		return strings.HasPrefix(t, "NULL") && (len(t) == 4 || !isWord(t[4]))
	case 'A':
		return strings.HasPrefix(t, "Array") && (len(t) == 5 || t[5] == '\n' || t[5] == '\r' || strings.HasPrefix(t[5:], " ("))
	case 'a':
		return strings.HasPrefix(t, "array(")
	case 'o':
		return strings.HasPrefix(t, "object(")
	case 'b':
		return strings.HasPrefix(t, "bool(")
	case 'i':
		return strings.HasPrefix(t, "int(")
	case 'f':
		return strings.HasPrefix(t, "float(")
	case 'e':
		return strings.HasPrefix(t, "enum(")
	case 'r':
		return strings.HasPrefix(t, "resource(")
	case 's':
		return strings.HasPrefix(t, "stdClass Object")
	}
	return false
}

// A display name decorated with an emoji. Profiles and forms let a buyer
// put an emoji, a flag or a pictograph before the name they display
// ("🌸 Given Family", "👩‍💻 佐藤さくら", "✨ رضا کریمی"); logged unquoted
// after a key of a name ("buyer_name=🐱+Given+Family", "收件人=💜 …",
// "display_name: ✨ …") the value opened with no letter and was no name.
// After a key of a name, one to four emoji (with their joiners, selectors
// and skin tones) and one space are skipped, and the name is read from
// its first letter as it would be without them. A title's value is read
// by names_title.go; a quoted value holds its emoji already.

// nameEmojiSkip32 returns where the name after the emoji opening s[k:]
// starts, or k when s[k:] opens with no emoji followed by one space and a
// letter.
func nameEmojiSkip32(s string, k int) int {
	if k >= len(s) || s[k] < 0xE2 {
		return k // every emoji's first byte is 0xE2 or above
	}
	p, syms := k, 0
	for p < len(s) && p-k < 28 {
		r, w := utf8.DecodeRuneInString(s[p:])
		if r == 0x200D || r == 0xFE0F || r >= 0x1F3FB && r <= 0x1F3FF {
			p += w
			continue
		}
		if !(r >= 0x2600 && r <= 0x27BF || r >= 0x1F000 && r <= 0x1FAFF || r == 0x2B50 || r == 0x2B55 || r >= 0x2190 && r <= 0x21FF || r >= 0x1F1E6 && r <= 0x1F1FF) {
			break
		}
		syms++
		p += w
	}
	if syms == 0 || syms > 4 || p+1 >= len(s) || s[p] != ' ' || !startsWithLetter(s[p+1:]) {
		return k
	}
	return p + 1
}

// dumpValue32 is varDumpValue after the key s[i:j], except that a title's
// value in a dump printed on one line is not read (the title reader reads
// goods' titles with emoji as names, and a dump's titles were never read).
func dumpValue32(s string, k, i, j int) int {
	v := varDumpValue(s, k)
	if v == k || k >= len(s) || s[k] != ' ' || j-i > 24 {
		return v
	}
	var buf [24]byte
	if titleKey(normKey(buf[:0], s[i:j])) {
		return k
	}
	return v
}
