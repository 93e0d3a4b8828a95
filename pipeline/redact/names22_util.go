package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// personRun22 reports a value shaped as a person's name in any script:
// argName's words (two to five, capitalised or of a script without case),
// one word of two to five Han or Hangul characters, or one word of a script
// written without spaces between a person's names (Burmese, Thai, Khmer,
// Lao) — and no word of goods or a product's title.
func personRun22(v string) bool {
	if v == "" || len(v) > 80 || strings.Contains(v, "[REDACTED:") {
		return false
	}
	if argName(v) {
		return !thingTitle18(v) && !greetWord22(v) && oneScript22(v)
	}
	if strings.IndexByte(v, ' ') >= 0 {
		return false
	}
	n, han, unspaced := 0, 0, 0
	for _, r := range v {
		switch {
		case unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r):
			han++
		case unicode.In(r, unicode.Myanmar, unicode.Thai, unicode.Khmer, unicode.Lao):
			unspaced++
		case unicode.IsMark(r) || r == 0x200C || r == 0x200D:
			continue
		default:
			return false
		}
		n++
	}
	if han > 0 && unspaced > 0 {
		return false
	}
	if han > 0 {
		return han >= 2 && han <= 4 && (hanName(v) || !unicode.Is(unicode.Han, firstRune22(v)))
	}
	return unspaced >= 2 && n <= 24
}

// personValue22 is personRun22 for a value that a key or a field's
// place already names as a person's: five Han characters too, as
// Japanese names often have ("佐藤真由美"), when both four-character halves
// read as a name.
func personValue22(v string) bool {
	if personRun22(v) {
		return true
	}
	if utf8.RuneCountInString(v) != 5 {
		return false
	}
	return hanName(v[:len(v)-utf8.RuneLen(lastRune22(v))]) && hanName(v[utf8.RuneLen(firstRune22(v)):]) && !strings.ContainsAny(v, "好様")
}

// scripts22 are the scripts a person's name is written in; a name keeps to
// one (Han, kana and Hangul count as one, as Japanese names mix them).
var scripts22 = []*unicode.RangeTable{unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Arabic, unicode.Hebrew,
	unicode.Han, unicode.Thai, unicode.Khmer, unicode.Myanmar, unicode.Bengali, unicode.Tamil, unicode.Devanagari,
	unicode.Georgian, unicode.Armenian, unicode.Ethiopic, unicode.Telugu, unicode.Gujarati, unicode.Sinhala, unicode.Lao}

// oneScript22 reports a run whose letters are all of one script.
func oneScript22(v string) bool {
	cur := -1
	for _, r := range v {
		if !unicode.IsLetter(r) {
			continue
		}
		k := len(scripts22)
		if unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul) {
			k = 5 // with Han
		} else {
			for i, t := range scripts22 {
				if unicode.Is(t, r) {
					k = i
					break
				}
			}
		}
		if cur >= 0 && k != cur {
			return false
		}
		cur = k
	}
	return true
}

func lastRune22(v string) rune {
	r, _ := utf8.DecodeLastRuneInString(v)
	return r
}

func firstRune22(v string) rune {
	r, _ := utf8.DecodeRuneInString(v)
	return r
}

// greetWord22 reports a run that opens with a greeting, a word of
// courtesy or of a business: "Hello Team", "Dear Customer", "Outlet
// Parndorf" are no one's name.
func greetWord22(v string) bool {
	w := v
	if i := strings.IndexByte(w, ' '); i > 0 {
		w = w[:i]
	}
	if len(w) <= 32 && greetWords22[strings.ToLower(w)] {
		return true
	}
	for _, x := range strings.Fields(v) {
		if len(x) <= 16 && businessWords22[strings.ToLower(x)] {
			return true
		}
	}
	return false
}

// businessWords22 are words of a business's or a service's name that no
// person's name holds ("Konga Online", "Acme Support").
var businessWords22 = setOf("online", "outlet", "team", "support", "service", "services", "enterprise", "enterprises",
	"postal", "group", "holdings", "solutions", "international", "global", "systems", "digital", "trading", "agency",
	"company", "corporation", "ventures", "partners", "studio", "labs", "foods", "motors")

var greetWords22 = setOf("hi", "hello", "hey", "dear", "good", "thanks", "thank", "welcome", "greetings", "hola",
	"bonjour", "hallo", "hej", "hei", "ciao", "olá", "ola", "salut", "привет", "здравствуйте", "уважаемый", "уважаемая",
	"sehr", "liebe", "lieber", "estimado", "estimada", "cher", "chère", "caro", "cara", "beste", "kære", "kära", "hyvä",
	"szanowny", "szanowna", "dobrý", "poštovani", "поштовани", "уважаеми", "сәлеметсіз", "сайн", "selamat", "halo",
	"habari", "sannu", "kumusta", "magandang", "order", "your", "you", "we", "our", "the", "new", "delivery", "today",
	"outlet", "online", "team", "customer", "customers", "support", "service", "admin", "system", "dept", "department", "club")

// jsonUnescapedEnd22 returns where a JSON string's text that starts at a
// ends, at any escaping: the first quote, or a backslash that is not a
// \uXXXX escape.
func jsonUnescapedEnd22(s string, a int) int {
	e := a
	for e < len(s) {
		if s[e] == '"' {
			return e
		}
		if s[e] == '\\' {
			if e+5 < len(s) && s[e+1] == 'u' && isHex(s[e+2]) && isHex(s[e+3]) && isHex(s[e+4]) && isHex(s[e+5]) {
				e += 6
				continue
			}
			return e
		}
		e++
	}
	return e
}

// unescapeU22 undoes \uXXXX escapes (the zero-width non-joiner Persian
// names hold) so the text can be read by its shape.
func unescapeU22(v string) string {
	if !strings.Contains(v, `\u`) {
		return v
	}
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] == '\\' && i+5 < len(v) && v[i+1] == 'u' {
			var r rune
			for _, c := range []byte(v[i+2 : i+6]) {
				r = r<<4 | rune(unhex(c))
			}
			b.WriteRune(r)
			i += 5
			continue
		}
		b.WriteByte(v[i])
	}
	return b.String()
}
