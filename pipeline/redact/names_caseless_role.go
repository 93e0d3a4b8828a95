package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A buyer named after a role word in a script without case. An order's
// line in Sinhala, Burmese, Lao or an Indian language reads
// "<order> #51637 <customer> <Given Family>, <phone> …"; nothing shows by
// its capitals where the name ends, so it is read only when a word of
// contact (a phone's, an address's, an e-mail's) or a comma follows it:
// one to three words of letters and their marks.

// caselessRoleWords are "customer", "buyer" and "recipient" in scripts
// without case that the role readers of keys.go and names_vocab.go lack
// (Thai's and Bengali's are theirs).
var caselessRoleWords = []string{
	"පාරිභෝගික", "පාරිභෝගිකයා", "ගැනුම්කරු", // Sinhala
	"ဝယ်သူ", "ဖောက်သည်", // Burmese
	"ລູກຄ້າ", "ຜູ້ຊື້", // Lao
	"కస్టమర్", "వినియోగదారు", "ಗ್ರಾಹಕ", "ഉപഭോക്താവ്", "ગ્રાહક", "ਗਾਹਕ", // Indian scripts
}

// contactWords end a name read after a caseless role word: the words for
// phone, mobile, address and e-mail in those scripts and a few others.
var contactWords = []string{"ဖုန်း", "လိပ်စာ", "දුරකථන", "ලිපිනය", "ໂທ", "ທີ່ຢູ່", "โทร", "เบอร์", "ที่อยู่",
	"ఫోన్", "చిరునామా", "ಫೋನ್", "ವಿಳಾಸ", "ഫോൺ", "വിലാസം", "ફોન", "સરનામું", "ਫ਼ੋਨ", "ਫੋਨ", "ਪਤਾ", "ফোন", "ঠিকানা",
	"फोन", "फ़ोन", "पता", "ទូរស័ព្ទ", "អាសយដ្ឋាន", "ስልክ", "አድራሻ", "email", "e-mail", "tel"}

// mayHoldCaselessRole is the cheap test before caselessRoleSpans: letters
// of the scripts between U+0800 and U+1FFF.
func mayHoldCaselessRole(s string) bool {
	return strings.IndexByte(s, 0xE0) >= 0 || strings.IndexByte(s, 0xE1) >= 0
}

// caselessRoleSpans returns the names after caseless role words in s.
func caselessRoleSpans(s string) []span {
	var out []span
	for _, w := range caselessRoleWords {
		for p := 0; p < len(s); {
			i := strings.Index(s[p:], w)
			if i < 0 {
				break
			}
			i += p
			p = i + len(w)
			if i > 0 {
				if r, _ := utf8.DecodeLastRuneInString(s[:i]); unicode.IsLetter(r) || unicode.IsMark(r) {
					continue // inside a longer word
				}
			}
			if p >= len(s) || s[p] != ' ' {
				continue
			}
			a := p + 1
			e := caselessNameAfter(s, a)
			if e == a {
				e = romanNameAfterRole26(s, a) // "<customer> Kasun Perera, …", "… රණසිංහ\, …" (names26_role.go)
			}
			if e > a {
				out = append(out, span{a, e, KindName, 0})
				p = e
			}
		}
	}
	if len(out) > 1 {
		sortByStart(out)
	}
	return out
}

// caselessNameAfter returns the end of one to three caseless words at a
// that end before a contact word or a comma; a otherwise.
func caselessNameAfter(s string, a int) int {
	e, words := a, 0
	for p := a; p < len(s); {
		q := p
		for q < len(s) {
			r, w := utf8.DecodeRuneInString(s[q:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
			if r < 0x80 || unicode.IsUpper(r) || unicode.IsLower(r) || unicode.Is(unicode.Han, r) {
				return a // a cased or a Han letter: other readers' names
			}
			q += w
		}
		if q == p {
			break
		}
		for _, c := range contactWords {
			if s[p:q] == c {
				return nameEnd(a, e, words)
			}
		}
		words++
		if words > 3 {
			return a
		}
		e = q
		if q+1 < len(s) && s[q] == ' ' {
			p = q + 1
			continue
		}
		break
	}
	// Without a contact word after it, the name must end at a comma: "…
	// <customer> service centre" at a text's end is a phrase.
	if e < len(s) {
		if r, _ := utf8.DecodeRuneInString(s[e:]); r == ',' || r == '،' || r == '၊' || r == '，' {
			return nameEnd(a, e, words)
		}
	}
	return a
}

func nameEnd(a, e, words int) int {
	if words == 0 {
		return a
	}
	return e
}
