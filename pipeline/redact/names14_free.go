package redact

import (
	"strings"
)

// Names in free text that carry no key, no role word and no word the
// lexicon knows, read by their place and their shape (names14_shape.go):
//   - before an order's reference in brackets ("R. Henare (order 454-…)",
//     "GAGNON Liam (commande …)", "山本翔太 (注文 …)", "Aroha Ngata (order
//     …)"): names_free.go reads the names the lexicon knows there, this
//     reader the rest;
//   - on a signature's first line ("-- \nN. Chebet", "-- \n山本翔太",
//     "> -- \n> Harriet Ashworth" in a quoted reply, "-- \nÅsa Bergström
//     690 42 …" with a postcode after it).
// A run of more than five name-shaped words is a proper noun of something
// else ("to=Booz Allen Hamilton …"), and a word of teams, places, goods or
// statuses, a legal form or a carrier ends the run as no person's.
// freeNameSpans (names_free.go) walks the text once for both readers.

// bracketName14 returns the name that ends at q (the space before the
// bracket), read back word by word.
func bracketName14(s string, q int) (int, int) {
	var ws [8]n14Word
	n := 0
	e := q
	for n < len(ws) && q > 0 {
		a := q
		for a > 0 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '\t' && s[a-1] != '"' && s[a-1] != '>' && s[a-1] != '(' && s[a-1] != ':' && !escapedNL14(s, a-1) {
			a--
		}
		if a == q {
			break
		}
		w := n14WordAt(s, a)
		if w.k == 0 || w.b != q {
			break
		}
		if n > 0 && n14Plain(s, ws[n-1]) && w.k != n14Part {
			n-- // a plain word ends the run unless a particle makes it a name's ("van 't Hof")
			break
		}
		if !n14Joins(s, ws[:n], w) && !joinsAfterCode28(s, ws[:n], w) {
			break // "Göteborg LINDQVIST Linnéa (…": a place before the name
		}
		ws[n] = w
		n++
		q = a
		if q > 0 && s[q-1] == ' ' && (q < 2 || s[q-2] != ' ') {
			q--
			continue
		}
		break
	}
	if n > 0 && n14Plain(s, ws[n-1]) {
		n--
	}
	if n == 0 || n == len(ws) {
		return 0, 0
	}
	// ws holds the words last first; drop leading particles and read them in order
	run := make([]n14Word, 0, n)
	for i := n - 1; i >= 0; i-- {
		run = append(run, ws[i])
	}
	for len(run) > 0 && run[0].k == n14Part {
		run = run[1:]
	}
	st := n14Strength(s, run)
	if st == 0 || st == 1 && !clauseOpens14(s, run[0].a, false) && !afterCode28(s, run[0].a) || st == 2 && !clauseOpens14(s, run[0].a, true) {
		return 0, 0
	}
	return run[0].a, e
}

// clauseOpens14 reports that a name starting at a opens its clause: the
// text's or a line's start, punctuation, a dash, a word in lower case or a
// script without case before it; with loose, a number or a code too ("…
// tracking 1Z… R. Henare (order …)").
func clauseOpens14(s string, a int, loose bool) bool {
	p := a - 1
	for p >= 0 && s[p] == ' ' {
		p--
	}
	if p < 0 {
		return true
	}
	c := s[p]
	switch {
	case strings.IndexByte(".,:;\n\"'>|()!?]=", c) >= 0:
		return true
	case c == 'n' && p > 0 && s[p-1] == '\\':
		return true
	case c >= 0x80 || isLowerASCII(c):
		q := p // the word before: in lower case or a script without case, not a capitalised one
		for q > 0 && s[q-1] != ' ' {
			q--
		}
		return !capOrCaseless(s[q:]) || !caseOf(s[q:]) && s[q] >= 0x80
	case isDigit(c) || isUpper(c):
		return loose
	}
	return false
}

// sigLine14 returns where a signature's first line starts after the
// delimiter at d, also in a quoted reply ("> -- \n> Name"), or 0.
func sigLine14(s string, d int) int {
	if k := sigLineStart(s, d); k > 0 {
		return k
	}
	// "> -- ", the reply's quote mark before the delimiter and the line
	q := d
	if q >= 1 && s[q-1] == ' ' {
		q--
	}
	if q < 1 || s[q-1] != '>' {
		return 0
	}
	if !(q >= 2 && s[q-2] == '\n' || q >= 3 && s[q-3] == '\\' && s[q-2] == 'n' || q == 1) {
		return 0
	}
	k := d + 2
	if k < len(s) && s[k] == ' ' {
		k++
	}
	switch {
	case k < len(s) && s[k] == '\n':
		k++
	case k+1 < len(s) && s[k] == '\\' && s[k+1] == 'n':
		k += 2
	default:
		return 0
	}
	if k+1 < len(s) && s[k] == '>' {
		k++
		for k < len(s) && s[k] == ' ' {
			k++
		}
		return k
	}
	return 0
}

// sigName14 returns the end of a name on a signature's line at k, or k.
func sigName14(s string, k int) int {
	var run []n14Word
	p := k
	for len(run) < 7 && p < len(s) {
		w := n14WordAt(s, p)
		if w.k == 0 || w.b < len(s) && !sigWordEnds14(s, w.b) || n14Plain(s, w) && (len(run) == 0 || run[len(run)-1].k != n14Part) {
			break
		}
		if len(run) == 0 && signOffs[strings.ToLower(s[w.a:w.b])] {
			return k
		}
		if !n14Joins(s, run, w) && !(w.k == n14Cap && (clauseEndsAt(s, w.b) || sigTail28(s, w.b))) {
			break // "JANSEN Willemijn Nike Air Max …": goods or a place after the name
		}
		run = append(run, w)
		if w.b+1 < len(s) && s[w.b] == ' ' && s[w.b+1] != ' ' {
			p = w.b + 1
			continue
		}
		break
	}
	for len(run) > 0 && run[len(run)-1].k == n14Part {
		run = run[:len(run)-1]
	}
	if len(run) == 0 || len(run) == 7 {
		return k
	}
	st := n14Strength(s, run)
	if e := run[len(run)-1].b; st == 2 || st == 1 && (e >= len(s) || s[e] != ' ' || e+1 < len(s) && !capOrCaseless(s[e+1:])) {
		return e // (the weak shape only when no capitalised word goes on after it)
	}
	return k
}

// sigWordEnds14 reports what may follow a word of a name: a space, the
// line's end, punctuation.
func sigWordEnds14(s string, b int) bool {
	return strings.IndexByte(" \n\r\\,;.|\"(<=#[", s[b]) >= 0 || strings.HasPrefix(s[b:], "，") || strings.HasPrefix(s[b:], "。")
}

// n14Joins reports whether the word w may join the run have (read in
// either direction): the first two words always; a further one when the
// lexicon knows it, it is a particle or an initial, or it is in capitals
// beside capitals ("FERNÁNDEZ DE CÓRDOBA Montserrat", "MOHAMMED AL
// HASHIMI"). An unknown capitalised third word is as often a place or
// goods written after the name.
func n14Joins(s string, have []n14Word, w n14Word) bool {
	words := 0
	for _, h := range have {
		if h.k != n14Part && h.k != n14Init {
			words++
		}
	}
	if words < 2 || w.k == n14Part || w.k == n14Init || w.k == n14Caseless {
		return true
	}
	if w.k == n14Caps && have[len(have)-1].k == n14Caps {
		return true
	}
	return lexClass(s[w.a:w.b]) != 0
}

// escapedNL14 reports the letter of an escaped newline at i ("\\n").
func escapedNL14(s string, i int) bool {
	return s[i] == 'n' && i > 0 && s[i-1] == '\\'
}
