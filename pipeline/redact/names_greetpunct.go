package redact

import (
	"strings"
	"unicode/utf8"
)

// A name after a greeting and its punctuation. Chat messages and tickets
// open with a greeting, a comma or a full stop, and then the writer's or
// the reader's name as a sentence of its own:
//
//	안녕하세요, Given Family. 주문 …
//	お世話になっております。 Family Given. …
//	Goedendag, met Given Family. …      (Dutch "met": this is)
//	السلام عليكم، معك Given Family. …    (Arabic "معك": with you is)
//
// greetingAt reads a name between a greeting and its comma; this reads the
// name after the punctuation when the name is the whole sentence: one to
// four words shaped as a person's name (names_roles.go), ended by a full
// stop, a comma, an exclamation mark or the line's end. Prose after a
// greeting ("Hello, thanks for …", "Hi, Order 1234 is late.") has words in
// lower case or digits and is no name.

// greetPunct are the marks that may close a greeting before the name.
var greetPunct = []string{",", "，", "、", "。", "!", "！", "،"}

// greetIntro are the words that introduce the writer after a greeting's
// comma, in the languages whose introduction is not a phrase of introAt.
var greetIntro = []string{"met ", "معك ", "معاك ", "hier ist ", "hier is ", "c'est ", "aquí ", "tässä ",
	"hier schreibt ", "hier spricht ", "es schreibt ", "qui scrive ", "aqui escreve ", "escribe ", "מדבר/ת ", "מדברת ",
	"מדבר ", "כאן ", "मैं ", "میں ", "ako si ", "saya "}

// copulaTails close a self-introduction in the languages that put the verb
// after the name ("मैं … हूँ", "میں … ہوں").
var copulaTails = []string{" हूँ", " हूं", " है", " ہوں", " ہے"}

// greetingThenName reads a greeting at i, its punctuation, and a name that
// makes the next sentence; it returns the name's extent.
func greetingThenName(s string, i int) (int, int, bool) {
	g := ""
	for _, w := range greetingCands28(s, i) {
		if len(w) > len(g) && len(s)-i > len(w) && !foldDiffers(s[i:i+len(w)], w) && strings.EqualFold(s[i:i+len(w)], w) {
			g = w
		}
	}
	if g == "" {
		return 0, 0, false
	}
	p := i + len(g)
	punct := false
	for _, m := range greetPunct {
		if strings.HasPrefix(s[p:], m) {
			p += len(m)
			punct = true
			break
		}
	}
	if !punct {
		return 0, 0, false
	}
	for p < len(s) && (s[p] == ' ' || strings.HasPrefix(s[p:], "　")) {
		if s[p] == ' ' {
			p++
		} else {
			p += len("　")
		}
	}
	for _, w := range greetIntro {
		if len(s)-p > len(w) && strings.EqualFold(s[p:p+len(w)], w) {
			p += len(w)
			break
		}
	}
	a := p
	e := a
	for e < len(s) && e-a < 80 {
		r, w := utf8.DecodeRuneInString(s[e:])
		if r == '.' || r == '。' || r == ',' || r == '，' || r == '!' || r == '！' || r == '\n' || r == '"' || r == '\\' || r == '،' || r == '।' || r == '۔' {
			break
		}
		e += w
	}
	if e >= len(s) && e-a >= 80 || e < len(s) && s[e] == '.' && e-a < 3 {
		return 0, 0, false // no end in sight, or an initial's full stop
	}
	for e > a && s[e-1] == ' ' {
		e--
	}
	for _, c := range copulaTails {
		if strings.HasSuffix(s[a:e], c) && e-len(c) > a {
			e -= len(c)
			break
		}
	}
	if e <= a {
		return 0, 0, false
	}
	v := s[a:e]
	if introAt(s, a) > 0 || !greetedSentenceName(v, p > a || a > 0 && intro(s[:a])) {
		return 0, 0, false // ("你好，我是 …": the introduction's reader takes the name)
	}
	return a, e, true
}

// intro reports a text that ends with one of greetIntro.
func intro(s string) bool {
	for _, w := range greetIntro {
		if len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w) {
			return true
		}
	}
	return false
}

// greetedSentenceName reports a sentence after a greeting that is a name
// alone. Scripts without case cannot show a name by its capitals, so their
// sentence must look like one: a Han name with a family name first
// (hanSurnames) or written apart from the given name; Hangul as one word of
// two to four syllables or a one-syllable family name and a given name, no
// verb's ending ("…니다", "…요"); other scripts without case only after an
// introducing word (introduced), as a sentence there is as often prose.
// Kana are words more often than names.
func greetedSentenceName(v string, introduced bool) bool {
	if hasKana(v) || strings.ContainsAny(v, "我是叫的了吗呢您你请請") {
		return false // kana, or Chinese words of a sentence ("我是 …": an introduction, read by its own reader)
	}
	if hanName(v) {
		return strings.ContainsRune(hanSurnames, []rune(v)[0])
	}
	if spacedHanName(v) {
		return true
	}
	if hangulOnly(v) {
		f, g, two := strings.Cut(v, " ")
		if strings.Contains(g, " ") || hangulVerbEnd(f) || hangulVerbEnd(g) {
			return false
		}
		if !two {
			n := utf8.RuneCountInString(f)
			return n >= 2 && n <= 4
		}
		return utf8.RuneCountInString(f) == 1 && utf8.RuneCountInString(g) >= 1 && utf8.RuneCountInString(g) <= 3
	}
	if caselessWords(v) {
		return introduced && (roleName(v) || strings.Count(v, " ") < 4)
	}
	return strings.IndexByte(v, ' ') > 0 && roleName(v) // one Latin word: "Hello, Thanks."
}

// hangulOnly reports words of Hangul syllables alone.
func hangulOnly(v string) bool {
	if v == "" {
		return false
	}
	for _, r := range v {
		if r != ' ' && (r < 0xAC00 || r > 0xD7A3) {
			return false
		}
	}
	return true
}

// hangulVerbEnd reports a Korean word ending as a verb or a sentence does.
func hangulVerbEnd(w string) bool {
	for _, t := range []string{"니다", "요", "다", "까", "죠", "네", "데"} {
		if strings.HasSuffix(w, t) {
			return true
		}
	}
	return false
}
