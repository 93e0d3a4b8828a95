package redact

import (
	"strings"
	"unicode/utf8"
)

// Chinese, Japanese and Korean write a person's honorific after the name,
// glued to it, and do so for a romanised name too: "does not match name
// Xinyi Liu先生", "Tanaka Yui様", "KIM JIHOON님", "chih-ming chen小姐",
// "Ｊｕｎｊｉｅ　Ｚｈｕｇｅ女士". The suffix is the evidence: the one or two
// Latin words glued before it (in any case, ASCII or full-width) are the
// name. honorSuffix14Spans (names14_greet.go) reads such names at a line's
// start; suffixNameSpans26 reads them anywhere.
//
// Not read: a word of fewer than two letters, a word notNames lists
// ("name Liu先生" takes "Liu"), a lower-case word before a capitalised one
// ("dear Liu先生"), a one-character suffix that starts a longer word (様式,
// 様々, 殿堂), 氏 (also the first character of 氏名, "full name").

// nameSuffixes26 are the honorifics written after a name.
var nameSuffixes26 = []string{"先生", "女士", "小姐", "太太", "老师", "老師", "様", "さま", "さん", "くん", "ちゃん", "殿", "선생님", "님", "씨"}

// mayHoldSuffixName26 is the cheap test before suffixNameSpans26.
func mayHoldSuffixName26(sig uint32) bool {
	return sig&sigHigh != 0
}

// suffixNameSpans26 returns the Latin names glued before an honorific
// suffix.
func suffixNameSpans26(s string) []span {
	var out []span
	for i := 1; i+3 <= len(s); i++ {
		c := s[i]
		if c < 0xE3 || c > 0xEC {
			continue
		}
		if !latinLetterBefore26(s, i) || !suffixAt26(s, i) {
			continue
		}
		a := suffixNameStart26(s, i)
		if a < 0 {
			continue
		}
		out = append(out, span{start: a, end: i, kind: KindName})
	}
	return out
}

// suffixAt26 reports whether a name suffix starts at s[i].
func suffixAt26(s string, i int) bool {
	for _, f := range nameSuffixes26 {
		if strings.HasPrefix(s[i:], f) {
			// a word that starts with the suffix's character: 様式, 様々, 様子, 殿堂
			r, _ := utf8.DecodeRuneInString(s[i+len(f):])
			return !(r == '々' || r >= 0x4E00 && r <= 0x9FFF && utf8.RuneCountInString(f) == 1)
		}
	}
	return false
}

// latinLetterBefore26 reports whether s[:i] ends with a Latin letter, ASCII
// or full-width.
func latinLetterBefore26(s string, i int) bool {
	if isAlpha(s[i-1]) {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return latinRune26(r)
}

// latinRune26 reports a Latin letter: ASCII, Latin-1 and Latin Extended-A
// letters, full-width letters.
func latinRune26(r rune) bool {
	return r < 0x80 && isAlpha(byte(r)) || r >= 0xC0 && r <= 0x17F && r != 0xD7 && r != 0xF7 || r >= 0xFF21 && r <= 0xFF3A || r >= 0xFF41 && r <= 0xFF5A
}

// latinWordBefore26 returns the start of the Latin word (letters, inner
// hyphens and apostrophes) ending at e, and its letter count.
func latinWordBefore26(s string, e int) (int, int) {
	a, n := e, 0
	for a > 0 {
		r, sz := utf8.DecodeLastRuneInString(s[:a])
		if latinRune26(r) {
			a -= sz
			n++
			continue
		}
		if (r == '-' || r == '\'') && a-1 > 0 && a < e {
			if q, _ := utf8.DecodeLastRuneInString(s[:a-1]); latinRune26(q) {
				a--
				continue
			}
		}
		break
	}
	return a, n
}

// suffixNameStart26 returns the start of the name of one or two words that
// ends at the suffix at e, or -1.
func suffixNameStart26(s string, e int) int {
	a, n := latinWordBefore26(s, e)
	if n < 2 || a > 0 && (isDigit(s[a-1]) || s[a-1] == '_' || s[a-1] == '@' || s[a-1] == '.' || s[a-1] == '/') {
		return -1
	}
	last := s[a:e]
	if notNames[strings.ToLower(last)] || honorific26[strings.ToLower(last)] {
		return -1
	}
	// a space (ASCII or ideographic) and one more word
	g := a
	switch {
	case g > 0 && s[g-1] == ' ':
		g--
	case g >= 3 && s[g-3:g] == "\u3000":
		g -= 3
	default:
		return a
	}
	b, m := latinWordBefore26(s, g)
	if m < 2 || b > 0 && (isAlnum(s[b-1]) || s[b-1] == '_') {
		return a
	}
	w := strings.ToLower(s[b:g])
	if notNames[w] || particles[w] || honorific26[w] {
		return a
	}
	if isLowerLatin26(s[b:g]) && !isLowerLatin26(last) {
		return a // "dear Liu先生"
	}
	return b
}

// isLowerLatin26 reports whether w starts with a lower-case ASCII or
// full-width letter.
func isLowerLatin26(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return r >= 'a' && r <= 'z' || r >= 0xFF41 && r <= 0xFF5A || r >= 0xDF && r <= 0xFF
}
