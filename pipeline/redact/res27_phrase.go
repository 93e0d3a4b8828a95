package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person's name right before a possessive phone phrase that a found phone
// closes, as a buyer writes a request in their language: "… Magnús
// Gunnarsson símanúmerið mitt 00354 …", "… Carolina Correia o meu
// telemóvel 351…", "… ᲜᲝᲖᲐᲫᲔ ირაკლი ჩემი ტელეფონი +995 …", "… अश्विनी
// देशपांडे माझा मोबाईल नंबर 09…". The phrase is one to five words of a
// phone word (a stem of "phone", "mobile", "telephone" in the buyers'
// languages), a word for "number", a possessive or an article; the name is
// the two or three words before it, capitalised (or a family name in
// capitals), or two words of a script without case. A name in lower case
// is not read (a verb's words, "call me", stand there as often).

// phoneStemsR27 are parts of the words for a phone (lower case).
var phoneStemsR27 = []string{"phone", "fono", "fone", "foon", "telefon", "téléphone", "telefoon", "mobil", "mobile",
	"telemóvel", "telemovel", "celular", "tālrun", "talrun", "síma", "simanumer", "puhelin", "handy", "hp", "tel",
	"тэлефон", "телефон", "мобил", "ტელეფონ", "მობილურ", "मोबाईल", "मोबाइल", "फोन", "फ़ोन", "موبايل", "هاتف", "جوال",
	"ເບີໂທ", "โทรศัพท์", "เบอร์", "電話", "电话", "手机", "手機", "휴대폰", "전화", "טלפון", "נייד", "հեռախոս", "утас",
	"ስልክ", "ទូរស័ព្ទ", "ফোন", "மொபைல்", "தொலைபேசி", "ఫోన్"}

// phraseWordsR27 are the other words of a phone phrase: "number",
// possessives, articles and prepositions (lower case).
var phraseWordsR27 = setOf("my", "mi", "mio", "mia", "meu", "minha", "o", "a", "mon", "ma", "mein", "meine", "min", "mitt",
	"mine", "mans", "mana", "mano", "minu", "mój", "moj", "můj", "mé", "moje", "mij", "saya", "ku", "ko", "de", "do", "da",
	"di", "del", "number", "no", "nr", "nomor", "número", "numero", "numéro", "numer", "numri", "nummer", "nummeret",
	"in-numru", "tal-mobile", "tiegħi", "nọmba", "raqam", "raqamim", "rẹ", "wangu", "yangu", "nire", "minun", "mwen",
	"رقم", "رقمي", "نंबर", "नंबर", "номер", "нумар", "мой", "мае", "мій", "моят", "ჩემი", "ნომერი", "माझा", "मेरा",
	"मेरी", "ของฉัน", "ຂອງຂ້ອຍ", "tôi", "của", "số", "điện", "thoại")

// phraseBeforeR27 returns where the phone phrase that ends one space before
// p starts, and whether it holds a phone's word.
func phraseBeforeR27(s string, p int) (int, bool) {
	if p < 2 || s[p-1] != ' ' {
		return p, false
	}
	e := p - 1
	stem := false
	words := 0
phrase:
	for words < 5 {
		for e > 0 && s[e-1] == ' ' {
			e--
		}
		a := e
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '"' && s[a-1] != ',' && s[a-1] != ':' {
			a--
		}
		if a == e || e-a > 48 {
			break
		}
		w := s[a:e]
		if w[0] < 0x80 && !isAlpha(w[0]) {
			break // a marker, a key, a number: no word of a phrase
		}
		if !lowerASCIIWordR27(w) {
			if w = strings.ToLower(w); !lettersOnlyR27(w) {
				break
			}
		}
		switch {
		case phoneStemInR27(w):
			stem = true
		case phraseWordsR27[w]:
		default:
			break phrase
		}
		words++
		e = a
	}
	// a phrase of two words or more ("my phone", "nomor hp saya"), or one
	// word of a script without case that holds its possessive
	// ("ເບີໂທຂອງຂ້ອຍ"): a bare "phone" is a label, not a buyer's phrase
	return e, stem && (words >= 2 || words == 1 && s[e+1] >= 0x80 && p-e-1 > 12)
}

// lettersOnlyR27 reports a word of letters and marks (a hyphen and an apostrophe inside).
func lettersOnlyR27(w string) bool {
	if w == "" {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != 0x200C && r != 0x200D {
			return false
		}
	}
	return true
}

// nameBeforePhraseR27 returns the name before a phone phrase that ends one
// space before the phone at p.
func nameBeforePhraseR27(s string, p int) (int, int, bool) {
	e, ok := phraseBeforeR27(s, p)
	if !ok {
		return 0, 0, false
	}
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	// the name: two or three words before the phrase
	end := e
	var starts [3]int
	n := 0
	for n < 3 {
		a := e
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '"' && s[a-1] != ',' && s[a-1] != ':' && s[a-1] != '(' {
			a--
		}
		if a == e || !nameWordR27(s[a:e]) {
			break
		}
		starts[n] = a
		n++
		if a == 0 || s[a-1] != ' ' {
			break
		}
		e = a - 1
	}
	if n >= 2 && s[starts[0]] >= 0x80 && caselessNameR27(s[starts[1]:end]) {
		return starts[1], end, true // a script without case: two words
	}
	for ; n >= 2; n-- {
		a := starts[n-1]
		v := s[a:end]
		if s[a] < 0x80 || unicode.In(firstRune22(v), unicode.Latin, unicode.Cyrillic, unicode.Greek) {
			if personValue24(s, a, end) || capsGivenR27(v) {
				return a, end, true
			}
		}
	}
	return 0, 0, false
}

// phoneStemInR27 reports a word holding a stem of a phone's word ("hp" and
// "tel" only as the whole word or its head).
func phoneStemInR27(w string) bool {
	if asciiWordR27(w) {
		return asciiPhoneStemR27(w)
	}
	for _, st := range phoneStemsR27 {
		k := strings.Index(w, st)
		if k < 0 {
			continue
		}
		if (st == "hp" || st == "tel") && (k != 0 || len(w) > len(st) && isAlpha(w[len(st)])) && !(st == "tel" && strings.HasPrefix(w, "tele")) {
			continue
		}
		return true
	}
	return false
}

// asciiWordR27 reports a word of ASCII bytes only.
func asciiWordR27(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			return false
		}
	}
	return true
}

// asciiPhoneStemR27 is phoneStemInR27 for a word in ASCII, in one walk:
// phone, fon(o/e), foon, mobil, cel(l/ular), talrun, simanumer, puhelin,
// handy; "hp", "tel" and "tele…" as the word's head.
func asciiPhoneStemR27(w string) bool {
	if w == "hp" || w == "tel" || w == "tlf" || strings.HasPrefix(w, "tele") || strings.HasPrefix(w, "tel.") {
		return true
	}
	at := func(i int, st string) bool { return len(w)-i >= len(st) && w[i:i+len(st)] == st }
	for i := 0; i+2 < len(w); i++ {
		switch w[i] {
		case 'p':
			if at(i, "phone") || at(i, "puhelin") {
				return true
			}
		case 'f':
			if at(i, "fon") || at(i, "foon") {
				return true
			}
		case 'm':
			if at(i, "mobil") {
				return true
			}
		case 'c':
			if at(i, "cell") || at(i, "celular") {
				return true
			}
		case 't':
			if at(i, "talrun") {
				return true
			}
		case 's':
			if at(i, "simanumer") {
				return true
			}
		case 'h':
			if at(i, "handy") {
				return true
			}
		}
	}
	return false
}

// nameWordR27 reports a word that may be a name's: letters (marks inside),
// no digit, not a phrase's word.
func nameWordR27(w string) bool {
	if w == "" || len(w) > 40 || phraseWordsR27[strings.ToLower(w)] {
		return false
	}
	for _, r := range w {
		if !unicode.IsLetter(r) && !unicode.IsMark(r) && r != '-' && r != '\'' && r != '’' && r != 0x200C && r != 0x200D {
			return false
		}
	}
	return true
}

// caselessNameR27 reports two words of a script written without case
// (Georgian's Mkhedruli counted as such, its capitals too).
func caselessNameR27(v string) bool {
	ws := strings.Fields(v)
	if len(ws) != 2 {
		return false
	}
	for _, w := range ws {
		r, _ := utf8.DecodeRuneInString(w)
		if r < 0x80 || unicode.In(r, unicode.Latin, unicode.Cyrillic, unicode.Greek, unicode.Armenian) {
			return false
		}
		if utf8.RuneCountInString(w) < 2 || phoneStemInR27(strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// capsGivenR27 reports a family name in capitals and a capitalised given
// name ("ТКАЧУК Віктар", "NISTOR Mihai").
func capsGivenR27(v string) bool {
	ws := strings.Fields(v)
	if len(ws) != 2 || !capsWordsR27(ws[0]) || !startsUpperR27(ws[1]) {
		return false
	}
	for _, r := range ws[1][1:] {
		if unicode.IsUpper(r) {
			return false
		}
	}
	return roleName(v)
}

// phrasePhoneSpansR27 returns the names before the phone phrases of the
// found phones of s (spans and markers).
func phrasePhoneSpansR27(s string, have []span) []span {
	var out []span
	try := func(p int) {
		if a, e, ok := nameBeforePhraseR27(s, p); ok && !overlapsAny(have, a, e) && !overlapsAny(out, a, e) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	for _, x := range have {
		if x.kind == KindPhone {
			p := x.start
			if p >= 4 && s[p-4:p] == "tel:" {
				p -= 4
			}
			try(p)
		}
	}
	for i := 0; ; {
		k := indexRare(s[i:], "[REDACTED:phone")
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		p := k
		if p >= 4 && s[p-4:p] == "tel:" {
			p -= 4
		}
		try(p)
	}
	return out
}

// A number right after such a phrase is the phone it names when it is
// shaped as one and holds eight digits or more ("mon tālrunis …", "in-numru
// tal-mobile tiegħi 99790486", "мой тэлефон 80292684379").

// mayHoldPhrasePhoneR27 is the cheap test before phrasePhoneAfterR27.
func mayHoldPhrasePhoneR27(sig uint32, tp *textPairs) bool {
	return sig&sigDigit != 0 && (sig&sigHigh != 0 || tp.contains("hone") || tp.contains("obil") || tp.contains("fon") ||
		tp.contains("foon") || tp.contains("hp "))
}

// phrasePhoneAfterR27 returns the phone-shaped numbers right after a phone
// phrase, and the names before the phrase.
func phrasePhoneAfterR27(s string, have []span) []span {
	var out []span
	for i := 2; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '+' || s[i-1] != ' ' || isDigit(s[i-2]) || s[i-2] == ' ' && i >= 3 && isDigit(s[i-3]) {
			continue
		}
		j := i
		if s[j] == '+' {
			j++
		}
		for j < len(s) && (isDigit(s[j]) || (s[j] == ' ' || s[j] == '-' || s[j] == '.') && j+1 < len(s) && isDigit(s[j+1])) && j-i < 24 {
			j++
		}
		if j < len(s) && (isAlpha(s[j]) || isDigit(s[j])) {
			i = j
			continue
		}
		v := s[i:j]
		if countDigits(v) < 8 || !phoneShaped24(v) || overlapsAny(have, i, j) {
			i = j
			continue
		}
		if _, ok := phraseBeforeR27(s, i); ok {
			out = append(out, span{start: i, end: j, kind: KindPhone})
			if a, e, ok := nameBeforePhraseR27(s, i); ok && !overlapsAny(have, a, e) {
				out = append(out, span{start: a, end: e, kind: KindName})
			}
		}
		i = j
	}
	return out
}
