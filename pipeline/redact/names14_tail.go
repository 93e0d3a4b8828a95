package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The rest of a name that a reader stopped short of. Readers end a name at
// the first word they cannot vouch for, and a name's particles, initials,
// patronymic and second family name are such words: "[name] de Córdoba",
// "[name] i Serra", "[name] M. Reyes", "[name] Богданівна", "Santiago
// [name] Ramírez" each leave half a person's name in the text. After the
// readers, a name's span takes in:
//   - particles and the capitalised word they lead to ("de la Cruz", "van
//     't Hof", "i Serra", "El Amrani", "Al Shamsi");
//   - an initial and a capitalised word ("M. Reyes");
//   - an East Slavic patronymic ("Олександрович", "Petrovna");
//   - a word the lexicon knows as a family name, ending the clause;
//   - before it, a family name in capitals ("LÓPEZ [name]") or a given
//     name the lexicon knows ("Santiago [name]"), when the clause opens
//     there.
// A capitalised word alone after a name is left: "[name] Return reason",
// "[name] Next: …" are the sentence going on.

// extendNameTails14 extends the scanner's name spans in place.
func (sc *scanner) extendNameTails14() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName || x.end >= len(s) {
			continue
		}
		limit := len(s)
		if i+1 < len(sc.spans) {
			limit = sc.spans[i+1].start
		}
		if e := nameTail14(s, x.start, x.end, limit); e > x.end {
			x.end = e
		}
		lo := 0
		if i > 0 {
			lo = sc.spans[i-1].end
		}
		if a := nameHead14(s, x.start, lo); a < x.start {
			x.start = a
		}
	}
}

// nameTail14 returns the end of the rest of the name at [a, e) that
// starts with a space or a comma at e (before limit), or e.
func nameTail14(s string, a, e, limit int) int {
	if e+3 < limit && s[e] == ',' && s[e+1] == ' ' {
		if strings.IndexByte(s[a:e], ',') >= 0 {
			return e // the span holds its comma already
		}
		return givenAfterComma14(s, e, limit)
	}
	if e+2 >= limit || s[e] != ' ' {
		return e
	}
	p := e + 1
	w := n14WordAt(s, p)
	if w.k == 0 || w.b > limit {
		return e
	}
	switch w.k {
	case n14Part, n14Init:
		// particles or an initial, then a capitalised word
		end := e
		for n := 0; n < 4 && w.k != 0 && w.b <= limit; n++ {
			if w.k == n14Cap || w.k == n14Caps || w.k == n14Caseless {
				end = w.b
				break
			}
			if w.b+1 >= limit || s[w.b] != ' ' {
				break
			}
			w = n14WordAt(s, w.b+1)
		}
		return end
	case n14Cap:
		v := s[w.a:w.b]
		if patronymic14(v) {
			return w.b
		}
		if lexClass(v)&lexFamily != 0 && clauseEndsAt(s, w.b) {
			return w.b // "[name] Taleb." : a known family name ends the clause
		}
		if (v == "El" || v == "Al" || v == "Ait" || v == "Abdel" || v == "Abu" || v == "Ben" || v == "Bin") && w.b+1 < limit && s[w.b] == ' ' {
			// Arabic and Berber particles written capitalised: "El Amrani", "Ait Taleb"
			if n := n14WordAt(s, w.b+1); n.k == n14Cap && n.b <= limit {
				return n.b
			}
		}
	case n14Caseless:
		// a name in a script without case that a reader cut after its
		// first words ("[name] فاروق'"): the next word of the same script
		// when the clause ends with it
		r0, _ := utf8.DecodeLastRuneInString(s[:e])
		r1, _ := utf8.DecodeRuneInString(s[w.a:])
		if sameScript14(r0, r1) && clauseEndsAt(s, w.b) && !unicode.Is(unicode.Han, r1) {
			return w.b
		}
	}
	return e
}

// givenAfterComma14 returns the end of a given name written after the
// family name and a comma ("[name], Sebastián requested a refund",
// "[name], Luz Marina", "[name], Jose Rizal S."), or e: one or two given
// names the lexicon knows, or an initial after one, where the clause goes
// on in lower case or ends.
func givenAfterComma14(s string, e, limit int) int {
	end := e
	p := e + 2
	for n := 0; n < 3 && p < limit; n++ {
		w := n14WordAt(s, p)
		if w.b > limit || w.k == 0 {
			break
		}
		v := s[w.a:w.b]
		switch {
		case (w.k == n14Cap || w.k == n14Caps) && lexClass(v)&lexGiven != 0:
		case w.k == n14Init && end > e:
		default:
			n = 3
			continue
		}
		end = w.b
		if w.b+1 >= limit || s[w.b] != ' ' {
			break
		}
		p = w.b + 1
	}
	if end == e || end < len(s) && !clauseEndsAt(s, end) && !(s[end] == ' ' && end+1 < len(s) && (isLowerASCII(s[end+1]) || s[end+1] >= 0x80 && !capOrCaseless(s[end+1:]))) {
		return e
	}
	return end
}

// nameHead14 returns the start of a name's first words that a reader left
// before the span at a (after lo), or a.
func nameHead14(s string, a, lo int) int {
	if a-2 <= lo || s[a-1] != ' ' {
		return a
	}
	q := a - 1
	g := q
	for g > lo && s[g-1] != ' ' && s[g-1] != '\n' && s[g-1] != '"' && s[g-1] != '>' && s[g-1] != '(' && !escapedNL14(s, g-1) {
		g--
	}
	if g == q {
		return a
	}
	w := n14WordAt(s, g)
	if w.b != q {
		return a
	}
	v := s[g:q]
	switch {
	case w.k == n14Caps && n14CapsName(v) && !n14Plain(s, w) && clauseOpens14(s, g, false):
		return g // "LÓPEZ [name]"
	case w.k == n14Cap && lexClass(v)&lexGiven != 0 && !n14Plain(s, w) && clauseOpens14(s, g, true):
		return g // "Santiago [name] …", "Mark [name]"
	case w.k == n14Part && g > lo+1 && s[g-1] == ' ':
		// "Guadalupe de la [name]": particles and the given name before them
		h := g - 1
		for n := 0; n < 3; n++ {
			k := h
			for k > lo && s[k-1] != ' ' && s[k-1] != '\n' && s[k-1] != '"' && s[k-1] != '>' {
				k--
			}
			pw := n14WordAt(s, k)
			if pw.b != h {
				return a
			}
			if pw.k == n14Cap || pw.k == n14Caps {
				if lexClass(s[k:h]) != 0 && clauseOpens14(s, k, true) {
					return k
				}
				return a
			}
			if pw.k != n14Part || k <= lo+1 || s[k-1] != ' ' {
				return a
			}
			h = k - 1
		}
	case w.k == n14Caseless && utf8.RuneCountInString(v) <= 2:
		// "鈴木 [name]様": a Han family name written apart
		r, _ := utf8.DecodeRuneInString(v)
		r1, _ := utf8.DecodeRuneInString(s[a:])
		if unicode.Is(unicode.Han, r) && (unicode.Is(unicode.Han, r1) || unicode.In(r1, unicode.Hiragana, unicode.Katakana)) && clauseOpens14(s, g, true) {
			return g
		}
	}
	return a
}

// patronymic14 reports an East Slavic patronymic, in Cyrillic or
// romanised: "Олександрович", "Богданівна", "Petrovna", "Ivanovich".
func patronymic14(w string) bool {
	for _, t := range []string{"ович", "евич", "івна", "ївна", "овна", "евна", "ьевич", "ична", "ovich", "evich", "ovna", "evna", "ivna", "yivna", "ovych", "ovych", "ich"} {
		if strings.HasSuffix(w, t) && len(w) > len(t)+3 {
			return t != "ich" || strings.HasSuffix(w, "vich") || strings.HasSuffix(w, "ovich")
		}
	}
	return false
}

// sameScript14 reports two letters of the same script without case.
func sameScript14(a, b rune) bool {
	for _, t := range []*unicode.RangeTable{unicode.Arabic, unicode.Thai, unicode.Devanagari, unicode.Hebrew, unicode.Bengali, unicode.Hangul, unicode.Ethiopic, unicode.Khmer, unicode.Georgian} {
		if unicode.Is(t, a) {
			return unicode.Is(t, b)
		}
	}
	return false
}
