package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A contact clause that closes a value: the word for "contact" (contact,
// contacto, contato, contatto, kontakt, kontak, контакт…) after a comma or
// at a value's start, then a person's name and nothing after it but the
// value's end (a quote, a line break, a bracket, `;`, a full stop at the
// end): "description: \"pickup point …, contact Given Family\"",
// "…, contact FAMILY, Given", "…, contact 김하준". The name is shaped like
// a person's (two to five capitalised words, "FAMILY, Given", a run of a
// script without case, a CJK name written whole), and no team, desk,
// firm or goods: "contact Customer Care" and "contact support" stay.
//
// The part of the value before such a clause, after its opening words in
// lower case ("pickup point", "drop-off at"), is the place where the
// person is reached: it is an address when it reads as one by its parts
// (res27Address: a house number in a part, a postcode in a later part),
// or when an address reader took part of it already; then the whole part
// is masked (the reader's span grows over a unit's number, a town and a
// postcode it stopped before: "[…], app. 4, Laval (QC) H7X 3G8").

// contactWordsR27 are the words for "contact" that open the clause, lower case.
var contactWordsR27 = []string{"contact", "contacto", "contato", "contatto", "kontakt", "kontak", "kontaktperson",
	"kontaktperson:", "yhteyshenkilö", "контакт", "контактна особа", "контактное лицо", "lien hệ", "ansprechpartner",
	"persona de contacto", "pessoa de contato", "interlocuteur", "contactpersoon"}

// mayHoldContactR27 is the cheap test before contactSpansR27.
func mayHoldContactR27(sig uint32, tp *textPairs) bool {
	if sig&(sigComma|sigQuote|sigColon) == 0 {
		return false
	}
	return tp.contains("ontac") || tp.contains("ontat") || tp.contains("ontak") || tp.contains("ONTAC") ||
		sig&sigHigh != 0 && (tp.contains("онтакт") || tp.contains("hteyshenkil") || tp.contains("ên hệ")) ||
		tp.contains("nsprechpartner") || tp.contains("nterlocuteur")
}

// contactSpansR27 returns the names (and the addresses before them) of the
// contact clauses in s.
func contactSpansR27(s string, have []span) []span {
	var out []span
	for off, seen := 0, 0; off < len(s) && seen < 16; seen++ {
		w, k := nextContactWordR27(s, off)
		if k < 0 {
			break
		}
		off = k + len(w)
		// the word stands alone: after a comma, a quote, a colon or a line's start
		if !contactWordStartR27(s, k) {
			continue
		}
		p := k + len(w)
		if p < len(s) && s[p] == ':' {
			p++
		}
		if p >= len(s) || s[p] != ' ' {
			continue
		}
		p++
		a, e, ok := contactNameR27(s, p)
		if !ok || overlapsAny(have, a, e) && !onlyKindR27(have, a, e, KindName) {
			continue
		}
		if !overlapsAny(have, a, e) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
		off = e
		if x, ok := contactAddressR27(s, k, have); ok {
			out = append(out, x)
		}
	}
	return out
}

// nextContactWordR27 returns the next word for "contact" at or after off,
// and where it starts, or "", -1.
func nextContactWordR27(s string, off int) (string, int) {
	best, bw := -1, ""
	for _, w := range contactWordsR27 {
		lim := len(s)
		if best >= 0 {
			lim = min(len(s), best+len(w))
		}
		if off >= lim {
			continue
		}
		k := indexFoldASCIIR27(s[off:lim], w)
		if k < 0 {
			continue
		}
		k += off
		if best < 0 || k < best || k == best && len(w) > len(bw) {
			best, bw = k, w
		}
	}
	if best < 0 {
		return "", -1
	}
	return s[best : best+len(bw)], best
}

// indexFoldASCIIR27 is strings.Index of a lower-case word w in s whose
// ASCII letters may be in either case.
func indexFoldASCIIR27(s, w string) int {
	if len(w) == 0 || len(s) < len(w) {
		return -1
	}
	c0 := w[0]
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 != c0 && s[i] != c0 {
			j := strings.IndexByte(s[i:], c0)
			u := -1
			if c0 >= 'a' && c0 <= 'z' {
				u = strings.IndexByte(s[i:], c0-0x20)
			}
			if j < 0 || u >= 0 && u < j {
				j = u
			}
			if j < 0 {
				return -1
			}
			i += j
			if i+len(w) > len(s) {
				return -1
			}
		}
		ok := true
		for t := 0; t < len(w); t++ {
			c := s[i+t]
			if c >= 'A' && c <= 'Z' {
				c += 0x20
			}
			if c != w[t] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// contactWordStartR27 reports a contact word at k that opens a clause: after
// ", ", a quote, ": " or a line's start, or after a separator of a list.
func contactWordStartR27(s string, k int) bool {
	if k == 0 {
		return true
	}
	switch s[k-1] {
	case '"', '\'', '\n', '(', '[', '|', ';':
		return true
	case ' ':
		if k >= 2 && strings.IndexByte(",:;|-", s[k-2]) >= 0 {
			return true
		}
		return k >= 3 && s[k-2] == '"' && s[k-3] == '\\' // `\"contact …`
	case 'n', 't':
		return k >= 2 && s[k-2] == '\\' // an escaped line break or tab
	}
	return false
}

// contactNameR27 returns the name that starts at p and ends the clause.
func contactNameR27(s string, p int) (a, e int, ok bool) {
	e = p
	for e < len(s) && e-p < 100 && strings.IndexByte("\"\n;)|<>[]{}\\=\t", s[e]) < 0 {
		e++
	}
	// the name ends the clause: a quote, a line break, a bracket or the end
	if e < len(s) && strings.IndexByte("\"\n;)|\\\t", s[e]) < 0 {
		return 0, 0, false
	}
	v := strings.TrimRight(s[p:e], " .")
	e = p + len(v)
	if v == "" || strings.ContainsAny(v, "0123456789@") {
		return 0, 0, false
	}
	if !contactPersonR27(s, p, e) {
		return 0, 0, false
	}
	return p, e, true
}

// contactPersonR27 reports s[a:e] shaped as a person's name: personValue24,
// or a CJK name written whole (cjkNameR27), or "FAMILY, Given".
func contactPersonR27(s string, a, e int) bool {
	v := s[a:e]
	if cjkNameR27(v) {
		return true
	}
	if c := strings.Index(v, ", "); c > 0 {
		// "FAMILY, Given": the family name in capitals
		f := v[:c]
		if strings.IndexByte(v[c+2:], ',') >= 0 || !capsWordsR27(f) || !argName(v) {
			return false
		}
		return roleName(v) && !goodsTitle18(v)
	}
	return personValue24(s, a, e)
}

// capsWordsR27 reports one to three words in capitals (particles and
// letters beyond ASCII allowed): "OSPINA MOSQUERA", "GRGIĆ".
func capsWordsR27(f string) bool {
	ws := strings.Fields(f)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		if particles[strings.ToLower(w)] {
			continue
		}
		n, up := 0, 0
		for _, r := range w {
			if !unicode.IsLetter(r) && r != '-' && r != '\'' {
				return false
			}
			if unicode.IsLower(r) {
				return false
			}
			if unicode.IsUpper(r) {
				up++
			}
			n++
		}
		if n < 2 || up < 2 {
			return false // (a word of a script without case has no capitals)
		}
	}
	return true
}

// contactAddressR27 returns the address before the contact clause at k
// (", contact …"): the part of the value before the comma, after its
// opening words in lower case.
func contactAddressR27(s string, k int, have []span) (span, bool) {
	if k < 3 || s[k-1] != ' ' || s[k-2] != ',' {
		return span{}, false
	}
	c := k - 2
	st := c
	for st > 0 && c-st < 200 && strings.IndexByte("\"\n:;|=\t", s[st-1]) < 0 {
		if s[st-1] == 'n' && st >= 2 && s[st-2] == '\\' {
			break
		}
		if s[st-1] == '(' && strings.IndexByte(s[st:c], ')') < 0 {
			break // an opening bracket, not a province's "(QC)"
		}
		st--
	}
	if c-st >= 200 {
		return span{}, false
	}
	// the opening words in lower case ("pickup point ")
	for st < c && s[st] == ' ' {
		st++
	}
	for words := 0; words < 4; words++ {
		q := st
		for q < c && s[q] >= 'a' && s[q] <= 'z' || q < c && s[q] == '-' && q > st {
			q++
		}
		if q == st || q >= c || s[q] != ' ' {
			break
		}
		st = q + 1
	}
	if st >= c {
		return span{}, false
	}
	v := s[st:c]
	if strings.ContainsAny(v, "@") {
		return span{}, false
	}
	// the readers took part of it already, or it reads as an address by its parts
	seen := false
	for _, x := range have {
		if x.start < c && x.end > st {
			if x.kind != KindAddress && x.kind != KindName && x.kind != KindPhone {
				return span{}, false
			}
			if x.kind == KindAddress {
				seen = true
			}
			if x.start < st || x.end > c {
				return span{}, false
			}
		}
	}
	if !seen {
		if strings.Contains(v, "[REDACTED:") {
			seen = strings.Contains(v, "[REDACTED:address")
		}
	}
	if !seen && !res27Address(v) && !addressByParts(v) && !recipientAddress(v) {
		return span{}, false
	}
	return span{start: st, end: c, kind: KindAddress}, true
}

// onlyKindR27 reports that the spans of sp overlapping [a, b) are all of kind k.
func onlyKindR27(sp []span, a, b int, k Kind) bool {
	for _, x := range sp {
		if x.start < b && x.end > a && x.kind != k {
			return false
		}
	}
	return true
}

// cjkNameR27 reports a name of Chinese, Japanese or Korean written whole:
// Hangul of three syllables whose first is a common family name, or of
// three or four after a family name of two (two or four syllables are as
// often a word: "주문", "송장번호");
// Han (with the iteration mark) of two to five characters, or Han and a
// given name in kana, that begins with a common Chinese or Japanese family
// name (n14HanOrHangulName, jaSurnames) and ends in no place's or firm's
// character.
func cjkNameR27(v string) bool {
	if v == "" || v[0] < 0x80 {
		return false
	}
	n, han, kana, hangul := 0, 0, 0, 0
	var last rune
	for _, r := range v {
		switch {
		case unicode.Is(unicode.Hangul, r):
			hangul++
		case unicode.Is(unicode.Han, r):
			if kana > 0 {
				return false
			}
			han++
		case unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r) && r != 'ー' && r != '・':
			kana++
		default:
			return false
		}
		n++
		last = r
	}
	if hangul > 0 {
		if hangul != n || n < 3 || n > 4 || hangulVerbEnd(v) {
			return false
		}
		f, _ := utf8.DecodeRuneInString(v)
		if strings.HasPrefix(v, "남궁") || strings.HasPrefix(v, "제갈") || strings.HasPrefix(v, "선우") || strings.HasPrefix(v, "황보") || strings.HasPrefix(v, "독고") {
			return true
		}
		return n == 3 && strings.ContainsRune(koSurnamesR27, f) // (four syllables are a compound word as often: "송장번호")
	}
	if han == 0 || n < 2 || n > 6 {
		return false
	}
	if kana == 0 && (n > 5 || strings.ContainsRune("市省区區县縣州都道府町村镇鎮街路店司行局部厂廠园園馆館院站港湾灣山河湖号號室楼樓", last)) {
		return false
	}
	if kana > 0 && (kana < 2 || kana > 4 || han > 3) {
		return false
	}
	if n14HanOrHangulName(v) {
		return true
	}
	for _, f := range jaSurnames {
		if strings.HasPrefix(v, f) && len(v) > len(f) {
			return true
		}
	}
	f, _ := utf8.DecodeRuneInString(v)
	return n <= 4 && kana == 0 && strings.ContainsRune(hanSurnames, f)
}

// koSurnamesR27 are the commonest Korean family names of one syllable.
const koSurnamesR27 = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"
