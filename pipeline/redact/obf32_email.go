package redact

import "strings"

// E-mail addresses written so that a crawler or a spam filter does not see
// them, as buyers and agents type them in notes, reviews and chats:
// "maria.lopez at gmail dot com", "maria.lopez [at] gmail [dot] com",
// "kenji_t(at)yahoo(dot)co(dot)jp", "ana arroba hotmail punto com".
//
// The '@' is an "at" (or "arroba") between brackets, or between spaces;
// the dots are '.' or a "dot" ("punto", "ponto") between brackets or
// spaces. The domain has two labels or more and ends in a top-level domain
// of two letters or a common generic one (not "local", "internal", "svc":
// a host of a network is no mailbox). An "at" between spaces is a word of
// prose far more often than an address, so there the mailbox part must
// look like one (a '.', '_', '-', '+' or a digit in it: "maria.lopez"),
// or the domain be a mail provider's; "the meeting is at noon dot com",
// "look at example dot com" and a stack trace's "… at com.shop.Order.place"
// stay.

// mayHoldObfEmail32 is the cheap test: "at" in brackets, or a dot word
// and "at" between spaces or "arroba".
func mayHoldObfEmail32(tp *textPairs) bool {
	if tp.contains("[at]") || tp.contains("(at)") || tp.contains("[AT]") || tp.contains("(AT)") || tp.contains("{at}") ||
		tp.contains("<at>") || tp.contains("{AT}") || tp.contains("<AT>") {
		return true
	}
	return (tp.contains(" dot ") || tp.contains(" DOT ") || tp.contains(" punto ") || tp.contains(" ponto ")) &&
		(tp.contains(" at ") || tp.contains(" AT ") || tp.contains("arroba") || tp.contains("ARROBA"))
}

// obfEmailSpans32 returns the spans of the addresses written so.
func obfEmailSpans32(s string) []span {
	var out []span
	for _, w := range [...]string{"at", "AT", "arroba", "ARROBA"} {
		for i := 0; ; {
			k := strings.Index(s[i:], w)
			if k < 0 {
				break
			}
			p := i + k
			i = p + len(w)
			if a, e, ok := obfEmailAt32(s, p, len(w)); ok {
				out = append(out, span{start: a, end: e, kind: KindEmail})
				i = e
			}
		}
	}
	return out
}

// obfEmailAt32 reads an address around the marker word s[p:p+n].
func obfEmailAt32(s string, p, n int) (int, int, bool) {
	if p == 0 || p+n >= len(s) {
		return 0, 0, false
	}
	open, close := s[p-1], s[p+n]
	bracketed := false
	switch {
	case open == ' ' && close == ' ':
	case open == '[' && close == ']', open == '(' && close == ')', open == '{' && close == '}', open == '<' && close == '>':
		bracketed = true
	default:
		return 0, 0, false
	}
	ls := p - 1 // the local part ends here
	if bracketed && ls > 0 && s[ls-1] == ' ' {
		ls--
	}
	a := ls
	for a > 0 && obfLocalByte32(s[a-1]) {
		a--
	}
	for a < ls && s[a] == '.' {
		a++
	}
	local := s[a:ls]
	if len(local) < 2 || local[len(local)-1] == '.' || !hasLetterByte32(local) {
		return 0, 0, false
	}
	ds := p + n + 1
	if bracketed && ds < len(s) && s[ds] == ' ' {
		ds++
	}
	e, labels, first, tld := obfDomain32(s, ds)
	if labels < 2 || !obfTLD32(tld) {
		return 0, 0, false
	}
	if !bracketed && n == 2 && !strings.ContainsAny(local, "._-+0123456789") && !mailProvider32(first) {
		return 0, 0, false
	}
	return a, e, true
}

// obfDomain32 reads a domain from ds: labels joined by '.' or a dot word.
// It returns its end, the number of labels, the first and the last.
func obfDomain32(s string, ds int) (end, labels int, first, last string) {
	p := ds
	for {
		q := p
		for q < len(s) && (isAlnum(s[q]) || s[q] == '-') {
			q++
		}
		if q == p || s[q-1] == '-' {
			return end, labels, first, last
		}
		if labels == 0 {
			first = s[p:q]
		}
		labels++
		last, end = s[p:q], q
		if q < len(s) && s[q] == '.' && q+1 < len(s) && isAlnum(s[q+1]) {
			p = q + 1
			continue
		}
		if m := obfDotAt32(s, q); m > 0 {
			p = q + m
			continue
		}
		return end, labels, first, last
	}
}

// obfDotAt32 returns the length of a dot word at q (" dot ", "[dot]",
// "(dot)", "{dot}", "<dot>", " punto ", " ponto ", in either case), or 0.
func obfDotAt32(s string, q int) int {
	if q+5 > len(s) {
		return 0
	}
	switch s[q] {
	case ' ':
		for _, w := range [...]string{"dot", "DOT", "punto", "PUNTO", "ponto", "PONTO"} {
			if strings.HasPrefix(s[q+1:], w) && q+1+len(w) < len(s) && s[q+1+len(w)] == ' ' {
				return len(w) + 2
			}
		}
		if s[q+1] == '[' || s[q+1] == '(' || s[q+1] == '{' || s[q+1] == '<' {
			if m := obfDotAt32(s, q+1); m > 0 && q+1+m < len(s) && s[q+1+m] == ' ' {
				return m + 2
			}
		}
	case '[', '(', '{', '<':
		if s[q+1]|0x20 == 'd' && s[q+2]|0x20 == 'o' && s[q+3]|0x20 == 't' && (s[q+4] == ']' || s[q+4] == ')' || s[q+4] == '}' || s[q+4] == '>') {
			return 5
		}
	}
	return 0
}

func obfLocalByte32(c byte) bool {
	return isAlnum(c) || c == '.' || c == '_' || c == '-' || c == '+' || c == '%'
}

func hasLetterByte32(w string) bool {
	for i := 0; i < len(w); i++ {
		if isAlpha(w[i]) {
			return true
		}
	}
	return false
}

// obfTLD32 accepts two letters (a country's domain) or a common generic
// top-level domain.
func obfTLD32(t string) bool {
	if len(t) == 2 {
		return isAlpha(t[0]) && isAlpha(t[1])
	}
	switch strings.ToLower(t) {
	case "com", "net", "org", "edu", "gov", "info", "biz", "mail", "email", "online", "shop", "store":
		return true
	}
	return false
}

// mailProvider32 reports the first label of a large mail provider's domain
// (not one that is also a word: "me", "live", "web", "mail", "free").
func mailProvider32(l string) bool {
	switch strings.ToLower(l) {
	case "gmail", "googlemail", "yahoo", "ymail", "hotmail", "outlook", "icloud", "aol", "proton", "protonmail", "gmx",
		"yandex", "qq", "163", "126", "sina", "naver", "daum", "hanmail", "rediffmail", "zoho", "libero", "laposte",
		"seznam", "rambler":
		return true
	}
	return false
}
