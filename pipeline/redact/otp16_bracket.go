package redact

import (
	"strings"
	"unicode/utf8"
)

// One-time codes in brackets. SMS templates set the code apart in
// brackets or quotes after the same phrases that name it elsewhere:
// "인증번호는 [500619] 입니다", "【淘宝】您的验证码是【482913】，5分钟内有效",
// "認証コードは「482913」です", "Ihr Bestätigungscode lautet [482913]",
// "Mã xác minh của bạn là (482913)". The phrase is read exactly as
// without the brackets: the code is looked at as if they were not there,
// so "order [482913] shipped" and "status is [4001]" stay.

// otpBrackets pairs an opening bracket or quote (ASCII or CJK) with its
// closing one.
var otpBrackets = [][2]string{{"[", "]"}, {"(", ")"}, {"【", "】"}, {"「", "」"}, {"『", "』"}, {"（", "）"},
	{"〔", "〕"}, {"《", "》"}, {"«", "»"}, {"〈", "〉"}}

// otpBracketAt redacts a code of 4 to 8 digits at i enclosed in brackets
// (the opening one right before i) when the phrase before the brackets
// names a one-time code. It returns where scanning resumes, or 0.
func (sc *scanner) otpBracketAt(i int) int {
	s := sc.s
	var open, closing string
	for _, b := range otpBrackets {
		if strings.HasSuffix(s[:i], b[0]) {
			open, closing = b[0], b[1]
			break
		}
	}
	if open == "" {
		return 0
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i < 4 || e-i > 8 || !strings.HasPrefix(s[e:], closing) {
		return 0
	}
	ob := i - len(open)
	if ob < 2 {
		return 0
	}
	// The text as it reads without the brackets; the code at ob.
	t := s[:ob] + s[i:e] + " " + s[e+len(closing):]
	tmp := scanner{r: sc.r, s: t, off: sc.off, lastEnd: -1}
	found := false
	switch c := t[ob-1]; {
	case c == ' ' && ob >= 4 && strings.EqualFold(t[ob-3:ob-1], "is") && (ob == 4 || t[ob-4] == ' '):
		found = tmp.otpAt(ob-3, ob) > 0 // "code is [4471]"
	case c == ':' || c == ' ' && t[ob-2] == ':':
		p := ob - 1
		if c == ' ' {
			p--
		}
		found = tmp.otpAt(p, p+1) > 0 // "verification code: [482913]"
	case strings.HasSuffix(t[:ob], "：") || strings.HasSuffix(t[:ob], "： "):
		p := strings.LastIndex(t[:ob], "：")
		found = tmp.otpAt(p, p+len("：")) > 0 // "验证码：【482913】"
	}
	if c := t[ob-1]; !found && (c == ' ' && (t[ob-2] >= 0x80 || isAlpha(t[ob-2])) || c >= 0x80) {
		found = tmp.otpBeforeDigits(ob) > 0 || c == ' ' && tmp.otpAfterWord(ob) > 0
	}
	if !found || !sc.emit(i, e, KindCredential, 0) {
		return 0
	}
	return e + len(closing)
}

// otpBracketBefore reports that the byte or rune before the digits at i
// may open a bracket around a code (a cheap test before otpBracketAt).
func otpBracketBefore(s string, i int) bool {
	c := s[i-1]
	if c == '[' || c == '(' {
		return true
	}
	if c < 0x80 {
		return false
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	switch r {
	case '【', '「', '『', '（', '〔', '《', '«', '〈':
		return true
	}
	return false
}
