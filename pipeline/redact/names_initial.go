package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names with an initial inside. Many buyers' names carry a middle or a
// patronymic initial, in any script ("Given K. Family", "Ş. Family",
// "อภิชาติ ก. วงศ์สวัสดิ์", "نوف ت. الغامدي", "Anastasia Д. Family"), or a
// title abbreviated around a full stop ("Dott.ssa Given Family"). Readers
// that end a name at a full stop stop at the initial's; extendInitialNames
// carries such a name span over the full stop to the words after it: one
// to three words, each capitalised or of a script without case.

func init() {
	// Particles of family names that word.go's list lacks: German "zu",
	// "zur", "vom"; Scandinavian "af", "av"; Welsh "ap"; Italian "degli",
	// "dei", "dal", "dalla"; Dutch "op"; Arabic and Mongolian "ben", "bat";
	// Mauritanian "ould"; Spanish and Filipino "de los", "de las".
	for _, w := range []string{"zu", "zur", "vom", "af", "av", "ap", "degli", "dei", "dal", "dalla", "op", "ben", "bat", "ould", "los", "las"} {
		particles[w] = true
	}
}

// extendInitialNames extends the name spans that end at an initial or a
// title's inner full stop.
func (sc *scanner) extendInitialNames() {
	for i := range sc.spans {
		for range 2 { // "Engr. Ma. Given Family": a title, then "Ma."
			if !sc.extendInitialName(i) {
				break
			}
		}
	}
}

// extendInitialName extends the i-th span once; it reports whether it did.
func (sc *scanner) extendInitialName(i int) bool {
	s := sc.s
	x := &sc.spans[i]
	if x.kind != KindName || x.end+2 >= len(s) || s[x.end] != '.' {
		return false
	}
	last := x.start + strings.LastIndexByte(s[x.start:x.end], ' ') + 1 // the span's last word
	p := x.end + 1
	switch {
	case s[p] == ' ' && initialEnds(s[x.start:x.end]):
		p++
	case titleInside(s, last, x.end):
		// "Dott.ssa …", "Ma. …": the rest of the title, then the name
		for p < len(s) && s[p] != ' ' {
			p++
		}
		p++
	default:
		return false
	}
	e := nameWordsAt(s, p, 3)
	if e <= p || i+1 < len(sc.spans) && sc.spans[i+1].start < e {
		return false
	}
	x.end = e
	return true
}

// initialEnds reports a name whose last word is one letter: an initial
// whose full stop follows.
func initialEnds(v string) bool {
	w := v[strings.LastIndexByte(v, ' ')+1:]
	r, n := utf8.DecodeRuneInString(w)
	return n == len(w) && unicode.IsLetter(r) && (unicode.IsUpper(r) || !unicode.IsLower(r))
}

// titleInside reports a name span that is the head of a title written
// around a full stop ("Dott" of "Dott.ssa", "Sig" of "Sig.ra").
func titleInside(s string, a, e int) bool {
	end := e + 1
	for end < len(s) && end-e < 8 && s[end] != ' ' {
		end++
	}
	if end >= len(s) || s[end] != ' ' {
		return false
	}
	var buf [16]byte
	t := s[a:end]
	return len(t) <= len(buf) && (honorificSet[string(lower(buf[:0], t))] || titleAbbrevs[string(lower(buf[:0], t))] ||
		innerDotTitles[string(lower(buf[:0], t))])
}

// innerDotTitles are titles written with a full stop inside.
var innerDotTitles = setOf("dott.ssa", "sig.ra", "sig.na", "sig.", "gent.mo", "gent.ma", "egr.", "avv.to", "prof.ssa",
	"ing.", "arch.", "dr.med.", "dipl.-ing.", "mag.a")

// nameWordsAt returns the end of up to max name words at p: each starting
// with a capital or a letter of a script without case; p when none.
func nameWordsAt(s string, p, max int) int {
	e := p
	for words := 0; words < max && e < len(s); {
		q := e
		for q < len(s) {
			r, w := utf8.DecodeRuneInString(s[q:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !(q > e && (r == '-' || r == '\'')) {
				break
			}
			q += w
		}
		if q == e || !nameWords([]string{s[e:q]}) {
			break
		}
		var buf [24]byte
		if q-e <= len(buf) && (argNotNames[string(lower(buf[:0], s[e:q]))] || notNames[string(lower(buf[:0], s[e:q]))]) {
			break
		}
		words++
		p = q
		if q+1 < len(s) && s[q] == ' ' {
			e = q + 1
			continue
		}
		break
	}
	return p
}

// honorificAbbrevAt returns where the name starts after an abbreviated
// title at k ("Bw. ", "Dl. ", "Engr. "), or k.
func honorificAbbrevAt(s string, k int) int {
	e := k
	for e < len(s) && e-k < 8 && isAlpha(s[e]) {
		e++
	}
	if e == k || e+2 >= len(s) || s[e] != '.' || s[e+1] != ' ' {
		return k
	}
	var buf [16]byte
	t := string(lower(buf[:0], s[k:e+1]))
	if e-k == 1 || !honorificSet[t] && !titleAbbrevs[t] {
		return k // (one letter and a full stop is an initial, part of the name)
	}
	return e + 2
}
