package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Passwords of letters beyond ASCII. People choose a word of their own
// language for a password as often as an English one, and a log writes
// it after its key with only a space, or a full-width colon, between them:
//
//	smtp_pass ελπίδα6615!, port=…
//	mot_de_passe さくら5397!
//	كلمة_المرور：şifrem7854! | …
//
// unicodePwSpans32 reads such a value: a word of letters of any script
// (two or more, one beyond ASCII at least), two to six digits and one to
// three symbols ("!@#$%^&*?"), right after a credential's key (keyClass:
// "smtp_pass", "mot_de_passe", "كلمة_المرور") and a space, ':', '=' or
// '：'. ASCII words of that shape after a key are the key readers' and
// the positional readers' (humanPassword, wordAndTail).

// mayHoldUnicodePw32 is unicodePwSpans32's gate: letters beyond ASCII
// (high) and a symbol right after a digit.
func mayHoldUnicodePw32(s string, high bool) bool {
	if !high {
		return false
	}
	for i := 1; i < len(s); i++ {
		if pwSymbol32(s[i]) && isDigit(s[i-1]) {
			return true
		}
	}
	return false
}

// pwSymbol32 reports the symbols a person's password ends with.
func pwSymbol32(c byte) bool { return strings.IndexByte("!@#$%^&*?", c) >= 0 }

// unicodePwSpans32 returns the passwords of s (see above).
func unicodePwSpans32(s string) []span {
	var out []span
	for i := 1; i < len(s); i++ {
		if !pwSymbol32(s[i]) || !isDigit(s[i-1]) {
			continue
		}
		e := i
		for e < len(s) && e-i < 3 && pwSymbol32(s[e]) {
			e++
		}
		if e < len(s) && !pwValueEnd32(s, e) {
			continue
		}
		d := i
		for d > 0 && isDigit(s[d-1]) {
			d--
		}
		if i-d < 2 || i-d > 6 {
			continue
		}
		a, runes, high := d, 0, false
		for a > 0 && runes < 24 {
			r, n := utf8.DecodeLastRuneInString(s[:a])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				break
			}
			high = high || r >= 0x80
			a -= n
			runes++
		}
		if runes < 2 || !high || !credKeyBefore32(s, a) {
			continue
		}
		out = append(out, span{start: a, end: e, kind: KindCredential})
		i = e
	}
	return out
}

// pwValueEnd32 reports a value ended at e: a space, a separator, a quote,
// a bracket, a line break (escaped too) or a comma of another script.
func pwValueEnd32(s string, e int) bool {
	if strings.IndexByte(" \t\r\n,;|)]}\"'\\", s[e]) >= 0 {
		return true
	}
	return otpCodeEnds32(s, e) || strings.HasPrefix(s[e:], "。")
}

// credKeyBefore32 reports a credential's key before the value at a, with a
// space (or two), ':', '=' or '：' between them.
func credKeyBefore32(s string, a int) bool {
	p := a
	switch {
	case p > 0 && (s[p-1] == ':' || s[p-1] == '='):
		p--
	case strings.HasSuffix(s[:p], "："):
		p -= len("：")
	case p > 0 && s[p-1] == ' ':
		p--
		if p > 0 && s[p-1] == ' ' {
			p--
		}
		if p > 0 && (s[p-1] == ':' || s[p-1] == '=') {
			p--
		}
	default:
		return false
	}
	k := p
	for k > 0 && p-k < 48 {
		r, n := utf8.DecodeLastRuneInString(s[:k])
		if r != '_' && r != '-' && r != '.' && !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
			break
		}
		k -= n
	}
	if k == p || p-k > 48 {
		return false
	}
	var buf [64]byte
	nk := normKey(buf[:0], s[k:p])
	if hasHighByte32(nk) {
		nk = lowerHigh(nk)
	}
	return keyClass(nk) == keyCred
}

// hasHighByte32 reports a byte beyond ASCII in b.
func hasHighByte32(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return true
		}
	}
	return false
}

// punctBefore32 reports a punctuation mark beyond ASCII right before i
// ("、", "，", "،", "；"): a key of letters beyond ASCII may start there.
func punctBefore32(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r != utf8.RuneError && (unicode.IsPunct(r) || unicode.IsSpace(r))
}

// credHighKey32 reads the key of letters beyond ASCII at i..e that highKey
// would not: one after a punctuation mark of another script (punct), or
// before a full-width colon. Only a credential's key is read so; it
// returns where scanning resumes, or 0.
func (sc *scanner) credHighKey32(i, e int, punct bool) int {
	s := sc.s
	if e >= len(s) || punct && !(strings.HasPrefix(s[e:], "：") || strings.IndexByte("\"'=:", s[e]) >= 0) {
		return 0
	}
	var buf [64]byte
	nk := lowerHigh(normKey(buf[:0], s[i:e]))
	if keyClass(nk) != keyCred {
		return 0
	}
	if r := sc.key(i, e, ctxNone); r != e {
		return r
	}
	return 0
}
