package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names in the prose of notes, chats, reviews and transcripts, where no
// key or capital shows them. A name there is framed by the words around
// it, and the frame is read the same way in every language:
//
//   - a clause that opens with the name and goes on with a verb of a
//     buyer's request or absence ("Оператор: olga sokolov просит …",
//     "נציג: איתי מזרחי מבקש …", "COD failed: Given Family not home at …",
//     "客服备注：陈梓涵要求退款", "CSメモ：渡辺 悠真より返品希望", "COD: राहुल
//     मिश्रा जी ने …", "สวัสดีค่ะ พิมพ์ชนก ศรีสุข นะคะ"): the words between the
//     clause's start (a colon, a comma, a quote, a line) and the verb,
//     once the greetings, honorifics and role words that open it are
//     stepped over ("khách Anh …", "العميل السيدة …");
//   - an honorific or a self-introduction and the words after it up to a
//     punctuation mark or such a verb ("Dear Miss alfie threlfall, …",
//     "mimi ni achieng mutua, …", "κ. Κατερίνα Γεωργίου ζητά …");
//   - a review's signature, the last dash of the text and a name before
//     the comma and the writer's town ("… — Given Family, Town");
//   - the name a record is compared with ("… does not match name Given
//     Family, HTTP 502") and the payer cash was collected from ("COD
//     collected … for … from Given Family; …").
//
// The words must read as a person's name by their shape (roleName:
// capitalised, in capitals, of a script without case, two to four Han
// characters, full-width Latin) or, written in lower case, be two or three
// words none of which is a word of the sentence around a name, with a
// given or family name of the lexicon among them unless an honorific
// precedes them. A frame without an honorific or an introduction needs two
// words (one of Han or Hangul).

// anchor29 is a word or phrase of a frame; kind says which.
type anchor29 struct {
	kind  uint8
	glued bool // written glued to the name (CJK: "…より", "…要求")
}

const (
	a29Close uint8 = iota + 1 // a verb or particle after the name
	a29Open                   // an honorific or an introduction before it
	a29Sig                    // a review's signature dash
	a29Match                  // "match name …"
	a29From                   // "… from" after "collected"
	a29Role                   // a role word: "holder …", "payer …"
	a29Ask                    // a question for a name, answered in the next turn
	a29Intro                  // a self-introduction
)

// closers29 follow the name, a space before them (glued29 without).
var closers29 = []string{
	// English, Spanish, Portuguese, German, Dutch, Indonesian, romanised Hindi
	" not home", " not in,", " not in ", " asks for ", " llamó ", " ausente", " nicht angetroffen", " wil ",
	" minta ", " bol raha ", " bol rahi ",
	// Vietnamese, Russian, Ukrainian, Greek, Hebrew, Arabic, Persian, Hindi
	" muốn ", " yêu cầu ", " просит ", " хочет ", " хоче ", " просить ", " ζητά ", " ζητάει ", " מבקש ", " מבקשת ",
	" يطلب ", " تطلب ", " هستم", " जी ने ", " जी ", " हूँ", " हूं",
	// Thai polite particles and "already" after "delivered to …", Korean "customer"
	" นะคะ", " นะครับ", " แล้ว", " 고객",
	// Turkish honorifics after the name
	" bey ", " hanım ",
}

// glued29 follow the name glued to it: Japanese "from", Chinese "asks",
// Japanese copula.
var glued29 = []string{"より", "要求", "です"}

// openers29 precede the name: honorifics and introductions whose name may be
// written in lower case or in a script without case (each ends with a space
// unless glued).
var openers29 = []string{
	"miss ", "mme ", "mme. ", "mlle ", "mrs ", "mrs. ", "mr ", "mr. ", "ms ", "ms. ", "mevr. ", "mevrouw ", "dhr. ",
	"ibu ", "bapak ", "shri ", "smt. ", "sra. ", "sr. ", "srta. ", "frau ", "herr ", "pani ",
	"κ. ", "κα ", "السيد ", "السيدة ", "الأستاذ ", "آقای ", "خانم ", "श्री ", "श्रीमती ", "คุณ ", "khun ",
}

// intros29 are self-introductions ("I am", "this is"): a name after them
// written in lower case or in a script without case needs a word the
// lexicon knows (a predicate follows them as often).
var intros29 = []string{"mimi ni ", "salam ana ", "jina langu ni ", "זו ", "זה ", "це ", "это ", "მე ვარ ", "நான் ",
	"আমি ", "मैं "}

// roles29 precede a name as a role word does; the name after them needs
// the evidence a frame without an honorific needs.
var roles29 = []string{"holder ", "payer ", "buyer ", "cardholder "}

// trail29 are honorifics and courtesies written between a name and its
// verb ("bhai Given Family madam bol raha hu", "… ji ne").
var trail29 = setOf("sir", "madam", "ji", "bey", "hanım")

// lead29 are the words that open a clause before the name: greetings,
// honorifics, role words, "delivered to" (lower case).
var lead29 = setOf("khách", "anh", "chị", "em", "ông", "bà", "العميل", "السيد", "السيدة", "الأستاذ", "آقای", "خانم",
	"κ.", "κα", "श्री", "श्रीमती", "सुश्री", "คุณ", "สวัสดีค่ะ", "สวัสดีครับ", "ส่งของให้", "bhai", "seu", "dona",
	"sr.", "sra.", "srta.", "mevr.", "dhr.", "mme", "mme.", "mlle", "mr.", "mrs.", "ms.", "miss", "ibu", "bapak", "pak",
	"shri", "smt.", "pani", "pan", "herr", "frau", "salam", "من", "سلام،", "أنا", "אני", "நான்",
	"আমি", "मैं", "khun", "customer", "cliente", "klant", "kund", "клиент", "клієнт", "πελάτης", "לקוח", "הלקוח")

// stop29 are words of the sentence around a name, never a name's.
var stop29 = setOf("the", "a", "an", "my", "your", "our", "his", "her", "their", "this", "that", "customer", "buyer",
	"client", "parcel", "package", "order", "card", "left", "nobody", "someone", "recipient", "delivery", "courier",
	"rider", "agent", "user", "he", "she", "they", "we", "i", "you", "it", "is", "am", "are", "was", "not", "no", "and",
	"or", "please", "sir", "madam", "here", "there", "home", "at", "in", "on", "to", "for", "of", "from", "with",
	"el", "la", "los", "las", "un", "una", "der", "die", "das", "het", "een", "le", "les", "une", "o", "os", "um",
	"uma", "yang", "ini", "itu", "muy", "very", "so", "too", "good", "ok", "okay", "yes", "sure", "thanks", "thank")

var anchorIndex29, anchorKinds29 = func() (*phraseIndex, map[string]anchor29) {
	m := map[string]anchor29{}
	var all []string
	add := func(ps []string, a anchor29) {
		for _, p := range ps {
			m[p] = a
			all = append(all, p)
		}
	}
	add(closers29, anchor29{kind: a29Close})
	add(glued29, anchor29{kind: a29Close, glued: true})
	add(openers29, anchor29{kind: a29Open})
	add([]string{" — ", " – "}, anchor29{kind: a29Sig})
	add([]string{"match name ", "matches name ", "mismatch name "}, anchor29{kind: a29Match})
	add([]string{" from "}, anchor29{kind: a29From})
	add(roles29, anchor29{kind: a29Role})
	add(intros29, anchor29{kind: a29Intro})
	add([]string{"? ", "?\n"}, anchor29{kind: a29Ask})
	x := newPhraseIndex(all)
	for _, p := range all { // the capitalised forms newPhraseIndex adds
		if r, n := utf8.DecodeRuneInString(p); r >= 0x80 && unicode.IsLower(r) {
			m[string(unicode.ToUpper(r))+p[n:]] = m[p]
		}
	}
	return x, m
}()

// mayHoldProse29 is the cheap test before proseNameSpans29: a text beyond
// ASCII, or one of the ASCII anchors.
func mayHoldProse29(s string, sig uint32, depth int, tp *textPairs) bool {
	if len(s) < 12 {
		return false
	}
	if depth > 0 {
		for i := 0; i < len(s); i++ {
			if s[i] >= 0x80 {
				return true
			}
		}
	} else if sig&sigHigh != 0 {
		return true
	}
	return tp.contains(" not home") || tp.contains(" not in") || tp.contains("collected ") || tp.contains("match name ") || tp.contains(" bol ra") ||
		tp.contains(" minta ") || tp.contains(" wil ") || tp.contains("s ") && (tp.contains("Miss ") || tp.contains("Mrs")) ||
		tp.contains("Mme ") || tp.contains("mevr. ") || tp.contains("Ibu ") || tp.contains("Shri ") || tp.contains("mimi ni ") ||
		tp.contains("salam ana ") || tp.contains("older ") || tp.contains("ayer ") || tp.contains("uyer ") ||
		tp.contains("? ") || tp.contains("?\n")
}

// proseNameSpans29 returns the names its frames hold.
func proseNameSpans29(s string) []span {
	var out []span
	for i := 0; i+1 < len(s); i++ {
		cands := anchorIndex29.candidates(s, i)
		if cands == nil {
			continue
		}
		for _, p := range cands {
			if len(s)-i < len(p) || !strings.EqualFold(s[i:i+len(p)], p) {
				continue
			}
			a, ok := anchorKinds29[s[i:i+len(p)]]
			if !ok {
				a, ok = anchorKinds29[strings.ToLower(s[i:i+len(p)])]
			}
			if !ok {
				continue
			}
			if p[0] != ' ' && p[0] != '?' && !a.glued && i > 0 && !boundary29Before(s, i) {
				continue // inside a word
			}
			var sp span
			switch a.kind {
			case a29Close:
				sp, ok = nameBefore29(s, i, a.glued)
			case a29Open:
				sp, ok = nameAfter29(s, i+len(p), true, true, false)
			case a29Role: // a lower-case name after a role word written in lower case (capitalised ones are read elsewhere)
				if r, _ := utf8.DecodeRuneInString(s[min(len(s), i+len(p)):]); isLowerASCII(s[i]) && unicode.IsLower(r) {
					sp, ok = nameAfter29(s, i+len(p), false, false, false)
				} else {
					ok = false
				}
			case a29Intro:
				sp, ok = nameAfter29(s, i+len(p), false, false, false)
			case a29Sig:
				sp, ok = signature29(s, i+len(p))
			case a29Match:
				sp, ok = nameAfter29(s, i+len(p), true, true, true)
			case a29Ask:
				sp, ok = answer29(s, i)
			case a29From:
				if collectedBefore29(s, i) {
					sp, ok = nameAfter29(s, i+len(p), false, true, true)
				} else {
					ok = false
				}
			}
			if ok {
				out = append(out, sp)
			}
			break
		}
	}
	return out
}

// boundary29Before reports that s[i] starts a word.
func boundary29Before(s string, i int) bool {
	c := s[i-1]
	if c < 0x80 {
		return !isWord(c)
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return !unicode.IsLetter(r) && !unicode.Is(unicode.M, r)
}

// clauseStop29 returns the width of a clause's boundary ending at s[:i]
// (a punctuation mark, a quote, a bracket, a line break), or 0.
func clauseStop29(s string, i int) int {
	c := s[i-1]
	if c < 0x80 {
		switch c {
		case ':', ',', ';', '"', '(', '[', ']', '>', '=', '|', '\n', '\t', '.', '!', '?', '{', '}', '<', '&', '\\':
			return 1
		case '\'':
			if i < 2 || !isAlpha(s[i-2]) {
				return 1
			}
		}
		return 0
	}
	r, n := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '：', '，', '、', '。', '،', '؛', '—', '–', '「', '」', '【', '】', '（', '）', '；', '।', '॥':
		return n
	}
	return 0
}

// nameBefore29 reads the name of the clause that ends at the closer s[c:].
func nameBefore29(s string, c int, glued bool) (span, bool) {
	e := c
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	b := e
	for b > 0 && e-b < 120 && clauseStop29(s, b) == 0 {
		b--
	}
	if e-b >= 120 {
		return span{}, false
	}
	for b < e && s[b] == ' ' {
		b++
	}
	strong, pron := false, false
	keep := -1 // a capitalised Vietnamese honorific, also a given name, stays with the name
	for {
		sp := strings.IndexByte(s[b:e], ' ')
		if sp < 0 {
			break
		}
		w := strings.ToLower(s[b : b+sp])
		if !lead29[w] {
			break
		}
		if keep < 0 && isUpper(s[b]) && vnHonorifics29[w] {
			keep = b
		}
		b += sp + 1
		strong = strong || !pronouns29[w]
		pron = pron || pronouns29[w]
	}
	if b >= e || glued && !gluedNameEnd29(s, e) {
		return span{}, false
	}
	e = trimHonor29(s, b, e)
	if glued && tradeEnd24(s[b:e]) {
		return span{}, false // a firm's or a place's name: "佐藤商事です"
	}
	if b > 2 && s[b-2] == ',' && s[b-1] == ' ' && strings.IndexByte(s[b:e], ' ') < 0 {
		if f := familyBefore29(s, b-2); f >= 0 && argName(s[f:e]) {
			return span{f, e, KindName, 0}, true // "Ashworth, Poppy not in"
		}
	}
	if !name29(s[b:e], strong, strong || !pron) { // after "I" alone, a caseless name needs the lexicon
		return span{}, false
	}
	if keep >= 0 {
		b = keep
	}
	return span{b, e, KindName, 0}, true
}

// pronouns29 are the lead words that say "I" or "hello": the words after
// them before a copula are a predicate as often as a name ("من منتظر
// سفارشم هستم", I am waiting for my order), so they give no evidence.
var pronouns29 = setOf("من", "أنا", "אני", "நான்", "আমি", "मैं", "salam", "سلام،")

// vnHonorifics29 are the Vietnamese words of address, given names too.
var vnHonorifics29 = setOf("anh", "chị", "em", "ông", "bà")

// trimHonor29 returns the end of the name s[b:e] without the honorific
// glued after it (先生, 女士…) or written after it (sir, madam, ji, bey).
func trimHonor29(s string, b, e int) int {
	for _, h := range hanHonorifics {
		if e-b > len(h) && strings.HasSuffix(s[b:e], h) {
			return e - len(h)
		}
	}
	if sp := strings.LastIndexByte(s[b:e], ' '); sp > 0 && trail29[strings.ToLower(s[b+sp+1:e])] {
		return b + sp
	}
	return e
}

// familyBefore29 returns the start of one capitalised word that ends at
// the comma s[c] and opens its clause ("…, Ashworth, Poppy"), or -1.
func familyBefore29(s string, c int) int {
	f := c
	for f > 0 && (isAlpha(s[f-1]) || s[f-1] >= 0x80 || s[f-1] == '-' || s[f-1] == '\'') {
		f--
	}
	if f == c || !isUpper(s[f]) && s[f] < 0x80 {
		return -1
	}
	if f > 1 && s[f-1] == ' ' {
		g := f - 1
		for g > 0 && s[g-1] != ' ' && clauseStop29(s, g) == 0 {
			g--
		}
		if clauseStop29(s, f-1) == 0 && !lead29[strings.ToLower(s[g:f-1])] {
			return -1
		}
	}
	return f
}

// gluedNameEnd29 reports that the rune before s[e] is a letter of a name
// glued to its particle (Latin, Han, kana beside a Han name).
func gluedNameEnd29(s string, e int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:e])
	return unicode.IsLetter(r) && !unicode.In(r, unicode.Hiragana, unicode.Katakana)
}

// nameAfter29 reads a name that starts at k and ends at a punctuation mark,
// a closer or, written capitalised, before a word in lower case.
func nameAfter29(s string, k int, strong, caselessOK, clauseEnd bool) (span, bool) {
	for k < len(s) && s[k] == ' ' {
		k++
	}
	if k >= len(s) || s[k] == '[' {
		return span{}, false
	}
	if fw := fullwidthName29(s, k); fw > k {
		return span{k, fw, KindName, 0}, true
	}
	e, words := k, 0
	cased := false // the words so far are capitalised or of a script without case
	ended := false
	for p := k; p < len(s) && words < 5; {
		we := nameWordEnd(s, p)
		if we == p {
			ended = clauseStop29(s, p+1) > 0 || s[p] == '\'' || s[p] == ')'
			if !ended && s[p] >= 0x80 {
				_, n := utf8.DecodeRuneInString(s[p:])
				ended = clauseStop29(s, p+n) > 0
			}
			break
		}
		w := s[p:we]
		up := firstUpperOrCaseless29(w)
		if words == 0 {
			cased = up
		} else if cased && !up && !particles[w] {
			ended = true // "κ. Κατερίνα Γεωργίου ζητά": the lower-case verb
			break
		}
		words++
		e = we
		if we >= len(s) {
			ended = true
			break
		}
		if s[we] != ' ' {
			ended = clauseStop29(s, we+1) > 0 || s[we] == '\''
			if !ended && s[we] >= 0x80 {
				_, n := utf8.DecodeRuneInString(s[we:])
				ended = clauseStop29(s, we+n) > 0
			}
			break
		}
		if closerAt29(s, we) {
			ended = true
			break
		}
		p = we + 1
	}
	if !ended || e <= k || clauseEnd && !cased && e < len(s) && !strings.ContainsRune(",;.", rune(s[e])) {
		return span{}, false
	}
	e = trimHonor29(s, k, e)
	if words == 1 && e+2 < len(s) && s[e] == ',' && s[e+1] == ' ' && cased {
		// "FAMILY, Given": the given name after the comma ends the clause
		g := nameWordEnd(s, e+2)
		if g > e+2 && (g == len(s) || clauseStop29(s, g+1) > 0 || s[g] == ' ' && closerAt29(s, g)) && argName(s[k:g]) {
			return span{k, g, KindName, 0}, true
		}
	}
	if !name29(s[k:e], strong, caselessOK) {
		return span{}, false
	}
	return span{k, e, KindName, 0}, true
}

// closerAt29 reports a closer at s[i:] (a space first).
func closerAt29(s string, i int) bool {
	for _, p := range anchorIndex29.candidates(s, i) {
		if len(s)-i >= len(p) && strings.EqualFold(s[i:i+len(p)], p) {
			a := anchorKinds29[p]
			return a.kind == a29Close && !a.glued
		}
	}
	return false
}

// firstUpperOrCaseless29 reports a word that starts with a capital or with
// a letter of a script without case.
func firstUpperOrCaseless29(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r) || r >= 0x80 && !unicode.IsLower(r)
}

// fullwidthName29 returns the end of two or three full-width Latin words
// at k joined by ideographic spaces ("Ｌｉ　Ｚｉｘｕａｎ"), or k.
func fullwidthName29(s string, k int) int {
	e, words, inWord := k, 0, false
	for p := k; p < len(s); {
		r, n := utf8.DecodeRuneInString(s[p:])
		switch {
		case r >= 'Ａ' && r <= 'Ｚ' || r >= 'ａ' && r <= 'ｚ':
			if !inWord {
				words++
				if r > 'Ｚ' {
					return k // a word starts with a capital
				}
			}
			inWord = true
			e = p + n
		case r == '\u3000' && inWord:
			inWord = false
		default:
			p = len(s)
			continue
		}
		p += n
	}
	if words < 2 || words > 3 {
		return k
	}
	return e
}

// signature29 reads "Given Family, Town" after a dash: the name, its
// comma, and a place of one to four words that ends the text, its line or
// its clause.
func signature29(s string, k int) (span, bool) {
	c := strings.IndexByte(s[k:min(len(s), k+100)], ',')
	if c <= 0 {
		return span{}, false
	}
	c += k
	if c+2 >= len(s) || s[c+1] != ' ' || strings.Contains(s[k:c], "—") {
		return span{}, false
	}
	if r, _ := utf8.DecodeRuneInString(s[c+2:]); !(unicode.IsUpper(r) || r >= 0x80 && unicode.IsLetter(r)) {
		return span{}, false
	}
	b := k
	strong := false
	for {
		sp := strings.IndexByte(s[b:c], ' ')
		if sp < 0 || !lead29[strings.ToLower(s[b:b+sp])] {
			break
		}
		b += sp + 1
		strong = true
	}
	e := c
	v := s[b:e]
	for _, h := range hanHonorifics {
		if t, ok := strings.CutSuffix(v, h); ok && t != "" {
			v = t
			e = b + len(t)
			break
		}
	}
	if !name29(v, strong, true) || !placeEnds29(s, c+2) {
		return span{}, false
	}
	return span{b, e, KindName, 0}, true
}

// collectedBefore29 reports "collected" or "received" earlier in the
// clause that s[i:] (" from ") continues.
func collectedBefore29(s string, i int) bool {
	a := max(0, i-80)
	seg := s[a:i]
	if j := strings.LastIndexAny(seg, ";.\n"); j >= 0 && j < len(seg)-1 && seg[j+1] == ' ' {
		seg = seg[j+1:]
	}
	return strings.Contains(seg, "collected ") || strings.Contains(seg, "received ")
}

// placeEnds29 reports one to four words of a place at k that end the
// text, its line or its clause (a bracket, a quote, a dash, "via").
func placeEnds29(s string, k int) bool {
	p := k
	for n := 0; n < 4; n++ {
		e := nameWordEnd(s, p)
		if e == p {
			break
		}
		if e < len(s) && s[e] == '.' {
			e++ // "TP.HCM"
			if f := nameWordEnd(s, e); f > e {
				e = f
			}
		}
		p = e
		if p+1 >= len(s) || s[p] != ' ' {
			break
		}
		if r, _ := utf8.DecodeRuneInString(s[p+1:]); !(unicode.IsUpper(r) || r >= 0x80 && unicode.IsLetter(r)) {
			break // "— zone …": a dash or a word in lower case is no place's
		}
		p++
	}
	if p == k {
		return false
	}
	if p >= len(s) {
		return true
	}
	rest := s[p:]
	for _, t := range []string{"\n", "\"", "'", "<", "&", " [", " (", " —", " #", " via ", "\r"} {
		if strings.HasPrefix(rest, t) {
			return true
		}
	}
	return false
}

// name29 reports words that read as a person's name in a frame; strong
// says an honorific stands before them, caselessOK that words of a script
// without case need no word of the lexicon.
func name29(v string, strong, caselessOK bool) bool {
	if len(v) < 2 || len(v) > 96 || strings.ContainsAny(v, "[]{}()<>@#\\=:;|\"0123456789") {
		return false
	}
	if fullwidthName29(v, 0) == len(v) {
		return true
	}
	ws := strings.Fields(v)
	n := 0
	for _, w := range ws {
		if !particles[w] {
			n++
		}
	}
	if n == 0 || n > 4 {
		return false
	}
	if n == 1 && !hanName(v) && !hangulName29(v) && !strings.Contains(v, ", ") {
		return false
	}
	if !caselessOK && caselessWords(v) {
		return lexKnown29(ws)
	}
	if roleName(v) {
		return true
	}
	// lower case: two or three words, none of the sentence's
	if n < 2 || n > 3 {
		return false
	}
	for _, w := range ws {
		if particles[w] {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsLower(r) || len(w) < 2 {
			return false
		}
		if stop29[w] || notNames[w] {
			return false
		}
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return false
			}
		}
	}
	return strong || lexKnown29(ws)
}

// lexKnown29 reports a word of ws the lexicon knows.
func lexKnown29(ws []string) bool {
	for _, w := range ws {
		if lexClass(w) != 0 {
			return true
		}
	}
	return false
}

// hangulName29 reports two to four Hangul syllables.
func hangulName29(v string) bool {
	n := 0
	for _, r := range v {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// askWords29 are the words of a question for a person's name.
var askWords29 = []string{"your name", "full name", "the name on", "name on the card", "holder", "payer", "reviewer",
	"recipient", "consignee"}

// answer29 reads the answer to a question for a name that ends at s[q]
// ("may I have the name on the card? caller: Given Family.", "bot:
// cardholder?\n[09:43] buyer: given family"): the next turn, after its
// speaker's label, up to its full stop or line end.
func answer29(s string, q int) (span, bool) {
	a := max(0, q-60)
	if j := strings.LastIndexAny(s[a:q], "?\n"); j >= 0 {
		a += j + 1
	}
	t := strings.ToLower(s[a:q])
	ok := false
	for _, w := range askWords29 {
		if strings.Contains(t, w) {
			ok = true
			break
		}
	}
	if !ok {
		return span{}, false
	}
	k := q + 1
	for k < len(s) && (s[k] == ' ' || s[k] == '\n') {
		k++
	}
	if k < len(s) && s[k] == '[' { // a turn's time: "[09:43] "
		c := strings.IndexByte(s[k:min(len(s), k+24)], ']')
		if c < 0 {
			return span{}, false
		}
		k += c + 1
		for k < len(s) && s[k] == ' ' {
			k++
		}
	}
	l := k
	for l < len(s) && l-k < 16 && isAlpha(s[l]) {
		l++
	}
	if l == k || l+2 >= len(s) || s[l] != ':' || s[l+1] != ' ' {
		return span{}, false
	}
	return nameAfter29(s, l+2, false, true, false)
}
