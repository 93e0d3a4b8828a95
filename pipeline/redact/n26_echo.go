package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A person named once with evidence is named again, in the same text, by
// one word of the name and in whatever case the writer typed: the seller's
// reply "noted Jihoon, order … updated" after the record's
// "buyer_name":"Kim Jihoon", the chat turn "jericho santos" or "SANTOS,
// Jericho" after the form's "Jericho Santos", the machine translation's
// "Mousavi" after the original's "Fatemeh Mousavi". echoes (scan.go)
// chases a found value whole and as written; echoNameWords26 chases each
// word of every name found in the text, case-insensitively, as a whole
// word: the earlier span is the evidence that this word is a person's
// name here.
//
// Not chased: particles, honorifics and the words notNames lists, words
// of two or three Latin letters ("Li", "Hoa": ordinary words of other
// languages too) unless one space from a name span ("[name] liu,"), and a word glued to a capitalised Latin word
// after it that is not itself a word of a found name ("Laura Mercier powder" beside
// a buyer "Laura Kim": a brand named after a person keeps its own name).

// maxEchoWords26 bounds the words chased in one text.
const maxEchoWords26 = 24

// echoNameWords26 adds a span for each other occurrence in sc.s of a word
// of a name span.
func (sc *scanner) echoNameWords26() {
	s := sc.s
	var w echoWords26
	for _, x := range sc.spans {
		if x.kind == KindName && x.end-x.start <= 96 {
			w.add(s[x.start:x.end])
		}
	}
	if w.n == 0 && w.ns == 0 {
		return
	}
	sc.mergeSpans(sc.chaseWords26(&w, nil, mayBeURLEncoded(s)))
}

// echoWords26 holds the words of found names that are chased: words, and
// short words chased only beside a name span.
type echoWords26 struct {
	words, short [maxEchoWords26]string
	n, ns        int
}

// add takes the chased words of the name v.
func (ew *echoWords26) add(v string) {
	for len(v) > 0 && ew.n < maxEchoWords26 {
		a := wordStart26(v)
		if a < 0 {
			break
		}
		e := wordEnd26(v, a)
		w := v[a:e]
		v = v[e:]
		if !echoWord26(w) {
			if shortEchoWord26(w) && ew.ns < maxEchoWords26 && !knownWord26(w, ew.short[:ew.ns]) {
				ew.short[ew.ns] = w
				ew.ns++
			}
			continue
		}
		if !knownWord26(w, ew.words[:ew.n]) {
			ew.words[ew.n] = w
			ew.n++
		}
	}
}

// chaseWords26 appends to extra a name span for each occurrence in sc.s of
// a word of ew, and returns it. With enc, an occurrence inside a
// URL-encoded token is left to encodedEchoes29, which reads it decoded
// ("Laura+Mercier" is "Laura Mercier").
func (sc *scanner) chaseWords26(ew *echoWords26, extra []span, enc bool) []span {
	s := sc.s
	words := ew.words[:ew.n]
	low := lowerSameLen26(s)
	first := len(extra)
	for _, w := range words {
		sc.echoOccurrences26(low, w, func(st, en int) {
			if capNeighbour26(s, st, en, words) || enc && inEncodedToken29(s, st, en) {
				return // a brand or a place named after a person: "Laura Mercier", "Sesame Street"
			}
			extra = append(extra, span{start: st, end: en, kind: KindName})
		})
	}
	// short words ("Liu", "Thu", "Ana") only beside a name span: "[name]
	// liu,", "[name] thu [name]"
	for _, w := range ew.short[:ew.ns] {
		sc.echoOccurrences26(low, w, func(st, en int) {
			if (besideName26(sc.spans, st, en) || besideName26(extra[first:], st, en)) && !(enc && inEncodedToken29(s, st, en)) {
				extra = append(extra, span{start: st, end: en, kind: KindName})
			}
		})
	}
	return extra
}

// echoOccurrences26 calls fn for each whole-word occurrence of w in the
// text (low is the text in lower case, byte for byte) that no span covers
// and that is no marker's word, key, or part glued into a host, path or id.
func (sc *scanner) echoOccurrences26(low, w string, fn func(st, en int)) {
	s := sc.s
	lw := lowerSameLen26(w)
	for off := 0; off+len(lw) <= len(low); {
		i := strings.Index(low[off:], lw)
		if i < 0 {
			break
		}
		st, en := off+i, off+i+len(lw)
		off = en
		if !boundary(s, st, en, true) || inSpans26(sc.spans, st, en) || isMarkerWord26(s, st) || keyAt26(s, st, en) || gluedPart26(s, st, en) {
			continue
		}
		fn(st, en)
	}
}

// shortEchoWord26 reports a word of two or three ASCII letters of a found
// name that is chased beside another name span only.
func shortEchoWord26(w string) bool {
	if len(w) < 2 || len(w) > 3 || !isAlpha(w[0]) || !isAlpha(w[len(w)-1]) || (len(w) == 3 && !isAlpha(w[1])) {
		return false
	}
	var buf [3]byte
	l := string(lower(buf[:0], w))
	return !particles[l] && !notNames[l] && !honorific26[l]
}

// besideName26 reports whether a name span of sp ends one space before st
// or starts one space after en.
func besideName26(sp []span, st, en int) bool {
	for _, x := range sp {
		if x.kind == KindName && (x.end == st-1 || x.start == en+1) {
			return true
		}
	}
	return false
}

// wordStart26 returns the index of the first letter of v, or -1.
func wordStart26(v string) int {
	for i := 0; i < len(v); {
		c := v[i]
		if c < 0x80 {
			if isAlpha(c) {
				return i
			}
			i++
			continue
		}
		r, sz := utf8.DecodeRuneInString(v[i:])
		if unicode.IsLetter(r) {
			return i
		}
		i += sz
	}
	return -1
}

// wordEnd26 returns the end of the word of v starting at a: letters, marks,
// apostrophes and hyphens inside it.
func wordEnd26(v string, a int) int {
	i := a
	for i < len(v) {
		c := v[i]
		if c < 0x80 {
			if isAlpha(c) || (c == '\'' || c == '-') && i+1 < len(v) && isAlpha(v[i+1]) {
				i++
				continue
			}
			return i
		}
		r, sz := utf8.DecodeRuneInString(v[i:])
		if r == '\u3000' || r == '\u00b7' || r == '\u30fb' || !(unicode.IsLetter(r) || unicode.IsMark(r)) {
			return i
		}
		i += sz
	}
	return i
}

// echoWord26 reports whether the word w of a found name is chased.
func echoWord26(w string) bool {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if ascii && len(w) < 4 || !ascii && utf8.RuneCountInString(w) < 2 || len(w) > 48 {
		return false
	}
	l := strings.ToLower(w)
	return !particles[l] && !notNames[l] && !honorific26[l] && l != "redacted"
}

// honorific26 holds the honorifics of greetings.go, lower case, without
// their dot.
var honorific26 = func() map[string]bool {
	m := make(map[string]bool, len(honorifics))
	for _, h := range honorifics {
		m[strings.TrimSuffix(h, ".")] = true
	}
	return m
}()

// lowerSameLen26 lower-cases s without changing its byte offsets: every
// rune when that keeps the length, else ASCII letters only.
func lowerSameLen26(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			if l := strings.ToLower(s); len(l) == len(s) {
				return l
			}
			return bytesToString(lower(nil, s))
		}
	}
	return bytesToString(lower(nil, s))
}

// inSpans26 reports whether s[st:en] overlaps a span of sp (sorted).
func inSpans26(sp []span, st, en int) bool {
	for _, x := range sp {
		if x.start >= en {
			return false
		}
		if x.end > st {
			return true
		}
	}
	return false
}

// isMarkerWord26 reports whether the word at st is inside a marker
// ("[REDACTED:name]").
func isMarkerWord26(s string, st int) bool {
	for i := st - 1; i >= 0 && st-i <= 16; i-- {
		switch s[i] {
		case '[':
			return isMarkerAt(s, i)
		case ' ', ']', '\n':
			return false
		}
	}
	return false
}

// capNeighbour26 reports whether the word s[st:en] is followed, after one
// space, by a capitalised Latin word that is no word of words, or stands
// between such a word and a number (a model: "Redmi Note 13").
func capNeighbour26(s string, st, en int, words []string) bool {
	if en+1 < len(s) && s[en] == ' ' && isUpper(s[en+1]) {
		e := en + 1
		for e < len(s) && (isAlpha(s[e]) || s[e] >= 0x80) {
			e++
		}
		if !knownWord26(s[en+1:e], words) {
			return true
		}
	}
	if en+1 < len(s) && s[en] == ' ' && isDigit(s[en+1]) && st >= 3 && s[st-1] == ' ' && isAlpha(s[st-2]) {
		a := st - 1
		for a > 0 && isAlpha(s[a-1]) {
			a--
		}
		if isUpper(s[a]) && !knownWord26(s[a:st-1], words) {
			return true // a model's name: "Redmi Note 13"
		}
	}
	return false
}

// gluedPart26 reports a word that is part of a host name, a path, an
// address or an id: glued by '.', '-', '_', '/' or '@' to a letter or a digit.
func gluedPart26(s string, st, en int) bool {
	if st >= 2 && strings.IndexByte(".-_/@", s[st-1]) >= 0 && isAlnum(s[st-2]) {
		return true
	}
	return en+1 < len(s) && strings.IndexByte(".-_/@", s[en]) >= 0 && isAlnum(s[en+1])
}

// keyAt26 reports whether the word s[st:en] is a key or a tag's name:
// "note=", "note":, \"note\":, <note>, </note>.
func keyAt26(s string, st, en int) bool {
	if st > 0 && (s[st-1] == '<' || s[st-1] == '/' && st > 1 && s[st-2] == '<') {
		return true
	}
	if en >= len(s) {
		return false
	}
	switch s[en] {
	case '=':
		return true
	case '"', '\\':
		i := en
		for i < len(s) && (s[i] == '"' || s[i] == '\\') {
			i++
		}
		return i < len(s) && s[i] == ':'
	}
	return false
}

func knownWord26(w string, words []string) bool {
	for _, o := range words {
		if strings.EqualFold(o, w) {
			return true
		}
	}
	return false
}
