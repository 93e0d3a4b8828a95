package redact

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A value found once is redacted at its other occurrences in URL-encoded
// text too. A query or a form body names the buyer under a key
// ("buyer_name=Kavitha+Osman", "payer=%D9%81%D8%A7%D8%B7%D9%85%D8%A9…") and
// again in a free-text parameter ("note=seller%3A+noted+Kavitha%2C…"):
// echoes and echoNameWords26 read the raw bytes, where the encoded words
// have no boundaries ("%20Kavitha%2C") and non-ASCII letters are no
// letters at all. encodedEchoes29 decodes each encoded token (as
// urlEncoded does), chases in it every value found in the event (decoded
// too) whole, and every word of a found name as echoNameWords26 does, and
// maps what it finds back onto the encoded bytes.

// maxEncodedValues29 bounds the whole values chased in one text.
const maxEncodedValues29 = 24

// encodedEchoes29 adds a span for each occurrence, in a URL-encoded token
// read decoded, of a found value or of a word of a found name.
func (sc *scanner) encodedEchoes29() {
	s := sc.s
	var ew echoWords26
	var vals [maxEncodedValues29]span // a value's decoded text is vals[i]'s text in views
	var views [maxEncodedValues29]string
	nv := 0
	for _, x := range sc.spans {
		if !chaseable(x) || x.end-x.start > 288 {
			continue
		}
		v := s[x.start:x.end]
		if strings.IndexByte(v, '%') >= 0 || strings.IndexByte(v, '+') >= 0 {
			v, _ = foldedView(v, 0, len(v), func(t string, p int) (byte, int) { return urlFold(t, p, len(t)) })
		}
		v = strings.TrimSpace(v)
		forms := [2]string{v, v}
		if x.kind == KindName {
			forms[1] = trimNameSuffix29(v) // "黃淑芬小姐" is "黃淑芬" again in "…failed: 黃淑芬 not home"
			if len(v) <= 96 {
				ew.add(v)
				ew.add(forms[1])
			}
		}
		for _, f := range forms {
			if nv < maxEncodedValues29 && len(f) >= 5 && !sameText29(views[:nv], f) {
				vals[nv], views[nv] = x, f
				nv++
			}
		}
	}
	if nv == 0 && ew.n == 0 && ew.ns == 0 {
		return
	}
	var out []span
	eachEncoded(s, func(st, en int) {
		dec, pos := foldedView(s, st, en, func(t string, p int) (byte, int) { return urlFold(t, p, en) })
		var mapped []span // the spans inside the token, at their places in dec
		for _, x := range sc.spans {
			if x.end <= st || x.start >= en {
				continue
			}
			a, b := sort.SearchInts(pos, max(x.start, st)), sort.SearchInts(pos, min(x.end, en))
			mapped = append(mapped, span{start: a, end: b, kind: x.kind, custom: x.custom})
		}
		tmp := scanner{r: sc.r, s: dec, spans: mapped}
		var extra []span
		if ew.n > 0 || ew.ns > 0 {
			extra = tmp.chaseWords26(&ew, nil, false)
		}
		for i, v := range views[:nv] {
			extra = wholeEchoes29(extra, dec, v, vals[i], mapped)
		}
		for _, y := range extra {
			out = append(out, span{start: pos[y.start], end: pos[y.end], kind: y.kind, custom: y.custom})
		}
	})
	sc.mergeSpans(out)
}

// wholeEchoes29 appends a span of x's kind for each occurrence of v in s
// that stands as a whole value (as echoes reads one) and that no span of
// sp covers.
func wholeEchoes29(dst []span, s, v string, x span, sp []span) []span {
	for off := 0; off < len(s); {
		p := strings.Index(s[off:], v)
		if p < 0 {
			break
		}
		p += off
		off = p + len(v)
		if p > 0 && (isWord(s[p-1]) || strings.IndexByte("/.-:", s[p-1]) >= 0) ||
			off < len(s) && (isWord(s[off]) || strings.IndexByte("/-", s[off]) >= 0) || inSpans26(sp, p, off) ||
			!unglued29(s, p, off, v) {
			continue
		}
		dst = append(dst, span{start: p, end: off, kind: x.kind, custom: x.custom})
	}
	return dst
}

// sameText29 reports whether vs holds v.
func sameText29(vs []string, v string) bool {
	for _, o := range vs {
		if o == v {
			return true
		}
	}
	return false
}

// trimNameSuffix29 returns the name v without an honorific written after
// it ("黃淑芬小姐", "김지훈님"), when two letters or more stay.
func trimNameSuffix29(v string) string {
	for _, f := range nameSuffixes26 {
		if strings.HasSuffix(v, f) && utf8.RuneCountInString(v)-utf8.RuneCountInString(f) >= 2 {
			return strings.TrimSpace(v[:len(v)-len(f)])
		}
	}
	return v
}

// unglued29 reports whether the value v at s[st:en] stands apart from the
// letters around it. Scripts written without spaces between words (Han,
// kana, Thai, Lao, Khmer, Myanmar) glue a name to the words around it
// ("客服备注：王志强女士要求…"): a value of three letters or more in them
// is whole wherever it stands; Korean glues particles and honorifics after
// a name only ("김지훈님"); an honorific glued after a name in any script
// ("Yutong Zhuge女士") leaves it whole.
func unglued29(s string, st, en int, v string) bool {
	first, _ := utf8.DecodeRuneInString(v)
	last, _ := utf8.DecodeLastRuneInString(v)
	long := utf8.RuneCountInString(v) >= 3
	if st > 0 && s[st-1] >= 0x80 && !(long && spaceless29(first)) {
		if r, _ := utf8.DecodeLastRuneInString(s[:st]); unicode.IsLetter(r) || unicode.IsMark(r) {
			return false
		}
	}
	if en < len(s) && s[en] >= 0x80 && !(long && (spaceless29(last) || unicode.Is(unicode.Hangul, last))) && !suffixAt26(s, en) {
		if r, _ := utf8.DecodeRuneInString(s[en:]); unicode.IsLetter(r) || unicode.IsMark(r) {
			return false
		}
	}
	return true
}

// spaceless29 reports a letter of a script written without spaces between
// words.
func spaceless29(r rune) bool {
	return r >= 0x0E00 && r <= 0x0EFF || r >= 0x1000 && r <= 0x109F || r >= 0x1780 && r <= 0x17FF || // Thai, Lao, Myanmar, Khmer
		r >= 0x3040 && r <= 0x30FF || unicode.Is(unicode.Han, r) // kana, Han
}

// inEncodedToken29 reports whether s[st:en] lies in a URL-encoded token
// (eachEncoded's) of s, where encodedEchoes29 chases values decoded.
func inEncodedToken29(s string, st, en int) bool {
	a, b := st, en
	for a > 0 && isURLByte(s[a-1]) {
		a--
	}
	for b < len(s) && isURLByte(s[b]) {
		b++
	}
	return encodedToken(s[a:b]) && mayBeURLEncoded(s)
}

// escapeStarts29 moves the start of a span that begins inside a %XX escape
// past it: read raw, "invoice+to%20ana%40example.com" and
// "%EF%BC%9Aana%40…" hold an address whose local part starts at the
// escape's hex digits ("20ana", "9Aana"); decoded it starts after the
// escape, and the escape's other bytes are no part of it.
func escapeStarts29(s string, sp []span) {
	for i := range sp {
		p := sp[i].start
		e := -1
		switch {
		case p >= 1 && s[p-1] == '%' && p+1 < len(s) && isHex(s[p]) && isHex(s[p+1]):
			e = p + 2
		case p >= 2 && s[p-2] == '%' && isHex(s[p-1]) && isHex(s[p]):
			e = p + 1
		}
		if e > 0 && e < sp[i].end {
			sp[i].start = e
		}
	}
}
