package redact

import (
	"strings"
	"unicode/utf8"
)

// One-time codes that a buyer pastes into a chat, a search box or an
// assistant's prompt as the clause "the code is …" of their message:
//
//	where is my order 196-2365246-6251444, the code is 752538
//	ring på +45 82 43 95 72 - koden er 714538
//	… 4706070421256811 kod je 442181
//	o código é 159932 / der Code lautet 071515 / הקוד הוא 858786
//	mano el. paštas …@inbox.lt kodas 467287 / … លេខកូដគឺ 689708
//
// codeClauseSpans20 reads 4 to 8 digits standing alone after a word for
// "code" and a copula ("is", "er", "je", "é", "lautet", a topic marker
// glued on), spaces doubled or not, when the word opens the clause (the
// text's or an item's start, after an article or a possessive that does)
// or follows the buyer's data itself (a value found, an earlier pass's
// marker, a number). Without the copula ("kodas 467287") the text must
// also hold a buyer's data. A code named as another (postal, promo, error,
// status, zip) has that word before it and opens no clause, so it stays;
// so do codes in texts that hold no buyer's data.

// codeClauseLabels20 are the words for "code" read besides codeLabels18
// (chat18_codes.go): definite forms and the words of more scripts.
var codeClauseLabels20 = setOf("koden", "kodet", "kodi", "kodun", "kodo", "codigo", "kodeks", "кода", "кодот", "кодът",
	"குறியீடு", "ကုဒ်", "কোডটি", "കോഡ്", "కోడ్", "ಕೋಡ್", "कोड", "लेखकोड")

// codeGluedCopulas20 are copulas and topic markers written onto the word
// for "code" in scripts without spaces ("លេខកូដគឺ", "รหัสคือ", "验证码是").
var codeGluedCopulas20 = []string{"គឺ", "คือ", "是", "は", "는", "은", "မှာ"}

// codeCopulas20 are copulas besides otpCopulas (otp_copula.go): Serbian
// Cyrillic "је", German "lautet".
var codeCopulas20 = setOf("је", "lautet", "ni", "ndi")

// codeClauseOpeners20 are the articles and possessives that may open the
// clause before the word for "code": "the code is", "le code est", "o
// código é", "ang code ay", "min kode er".
var codeClauseOpeners20 = setOf("the", "my", "your", "le", "la", "el", "il", "lo", "o", "der", "die", "das", "den",
	"mein", "meine", "mon", "ma", "mi", "meu", "minha", "mio", "mijn", "de", "het", "ang", "min", "mitt", "moj", "moja",
	"mój", "мој", "мой", "моят", "ο", "το")

// secretNumberPhrases20 name a secret number by themselves: Swahili's
// "nambari ya siri" (PIN, "secret number").
var secretNumberPhrases20 = []string{"nambari ya siri", "namba ya siri"}

// mayHoldCodeClause20 is codeClauseSpans20's cheap test: a word for
// "code" (codeWord: chat18_codes.go's anchors, mayHoldCodeItem18) or one
// of the labels those anchors miss.
func mayHoldCodeClause20(s string, sig uint32, codeWord bool, tp *textPairs) bool {
	if len(s) < 12 {
		return false
	}
	if codeWord {
		return true
	}
	if tp.containsAt(" ya siri", 1) {
		return true
	}
	return sig&sigHigh != 0 && (tp.contains("குறியீடு") || tp.contains("ကုဒ်") || tp.contains("码") ||
		tp.contains("碼") || tp.contains("번호"))
}

// codeClauseSpans20 returns the codes of s written as the clause "the code
// is …" (see above); have are the spans found so far.
func codeClauseSpans20(s string, have []span, evidence bool) []span {
	var out []span
	for p := 0; p < len(s); p++ {
		if !isDigit(s[p]) || p > 0 && isDigit(s[p-1]) {
			continue
		}
		e := otpDigitsEnd(s, p)
		if e == 0 {
			for p+1 < len(s) && isDigit(s[p+1]) {
				p++
			}
			continue
		}
		if overlaps(have, p, e) {
			p = e - 1
			continue
		}
		if (e >= len(s) || itemEnds18(s, e) || s[e] == ' ') && codeClauseBefore20(s, p, have, evidence) && !errorBefore18(s, p) {
			out = append(out, span{start: p, end: e, kind: KindCredential})
		}
		p = e - 1
	}
	return out
}

// codeClauseBefore20 reports the clause before the digits at p: a word
// for "code" (and a copula) that opens it or follows the buyer's data.
func codeClauseBefore20(s string, p int, have []span, evidence bool) bool {
	q := spacesBack20(s, p)
	w0, w1 := wordBefore20(s, q)
	if w0 < 0 || q == p && s[w1-1] < 0x80 {
		return false // (digits written onto a word: only in scripts without spaces)
	}
	var buf [48]byte
	w := bytesToString(lowerWord18(buf[:0], s[w0:w1]))
	copula := false
	if q < p && (otpCopulaSet[w] || codeCopulas20[w]) {
		copula = true
		q = spacesBack20(s, w0)
		if q == w0 {
			return false
		}
		if w0, w1 = wordBefore20(s, q); w0 < 0 {
			return false
		}
		w = bytesToString(lowerWord18(buf[:0], s[w0:w1]))
	} else if w[len(w)-1] >= 0x80 {
		for _, g := range codeGluedCopulas20 {
			if len(w) > len(g) && strings.HasSuffix(w, g) {
				w, copula = w[:len(w)-len(g)], true
				break
			}
		}
	}
	if !copula && !evidence {
		return false // "kod 4711" alone: read only beside a buyer's data
	}
	ws := w0
	switch {
	case codeLabels18[w] || codeClauseLabels20[w] || secretCodeLabels18[w] || otpCodeWordWithStem18(w):
	case w == "siri":
		ws = -1
		for _, ph := range secretNumberPhrases20 {
			if w0 >= len(ph)-len("siri") && strings.EqualFold(s[w1-len(ph):w1], ph) {
				ws = w1 - len(ph)
			}
		}
		if ws < 0 {
			return false
		}
	default:
		return false
	}
	if itemOpens18(s, ws) || afterData20(s, ws, have) || copula && clauseOpens33(s, ws) { // (cr33_codes.go)
		return true
	}
	// an article or a possessive that opens the clause: "…, the code is"
	q = spacesBack20(s, ws)
	if q == ws {
		return false
	}
	a0, a1 := wordBefore20(s, q)
	if a0 < 0 || a1-a0 > 8 {
		return false
	}
	var ab [8]byte
	if !codeClauseOpeners20[bytesToString(lowerWord18(ab[:0], s[a0:a1]))] {
		return false
	}
	return itemOpens18(s, a0) || afterData20(s, a0, have) || copula && clauseOpens33(s, a0)
}

// afterData20 reports a word at ws right after the buyer's data: a value
// found, an earlier pass's marker, or a number ("…@inbox.lt kodas …",
// "… 4706070421256811 kod je …").
func afterData20(s string, ws int, have []span) bool {
	q := spacesBack20(s, ws)
	if q == ws || q == 0 {
		return false
	}
	if isDigit(s[q-1]) || s[q-1] == ']' && strings.LastIndex(s[max(0, q-32):q], "[REDACTED:") >= 0 {
		return true
	}
	for _, x := range have {
		if x.end == q {
			return true
		}
	}
	return false
}

// spacesBack20 returns where the spaces (at most three) before p start.
func spacesBack20(s string, p int) int {
	q := p
	for q > 0 && p-q < 3 && s[q-1] == ' ' {
		q--
	}
	return q
}

// wordBefore20 returns the word of letters and marks that ends at q (at
// most 32 bytes), or -1.
func wordBefore20(s string, q int) (int, int) {
	w := q
	for w > 0 && q-w < 40 {
		r, n := utf8.DecodeLastRuneInString(s[:w])
		if !wordRune18(r) {
			break
		}
		w -= n
	}
	if w == q || q-w >= 40 {
		return -1, -1
	}
	return w, q
}
