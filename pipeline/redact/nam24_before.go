package redact

import "strings"

// A person's name written right before their phone number, as a buyer
// signs a report or an agent quotes a caller: "…, the parcel never came,
// Given Family +27 82 …: …". The clause that holds the name opens after a
// separator (a comma, a semicolon, a colon, a bracket, a quote, a line
// break) and ends at the phone, one space before it; the whole clause
// must be shaped like a person's name (personRun22: capitalised words,
// "FAMILY, Given" excepted, or words of a script without case) of two to
// four words, so a sentence or a label before a number stays.

// mayHoldBeforePhone24 is the cheap test before beforePhoneSpans24.
func mayHoldBeforePhone24(have []span, marked bool) bool {
	if marked {
		return true
	}
	for _, x := range have {
		if x.kind == KindPhone {
			return true
		}
	}
	return false
}

// beforePhoneSpans24 returns the names right before the phones of have and
// the phone markers of s.
func beforePhoneSpans24(s string, have []span) []span {
	var out []span
	try := func(st int) {
		a, e, ok := nameBeforePhone24(s, st)
		if ok && overlapsAny(have, a, e) {
			// the family word before the comma is found already: the
			// given name after it is still this reader's
			if k := indexRare(s[a:e], ", "); k >= 0 {
				a += k + 2
			}
		}
		if ok && !overlapsAny(have, a, e) && !overlapsAny(out, a, e) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	for _, x := range have {
		if x.kind == KindPhone {
			try(x.start)
		}
	}
	for i := 0; ; {
		k := indexRare(s[i:], "[REDACTED:phone")
		if k < 0 {
			break
		}
		k += i
		i = k + 1
		try(k)
	}
	return out
}

// nameBeforePhone24 returns the name clause that ends one space before the
// phone at st.
func nameBeforePhone24(s string, st int) (a, e int, ok bool) {
	st = phoneLabelBefore24(s, st)
	if st < 3 || s[st-1] != ' ' {
		return 0, 0, false
	}
	e = st - 1
	a = e
	words := 1
	for a > 0 && e-a < 80 {
		c := s[a-1]
		if c == ',' || c == ';' || c == ':' || c == '(' || c == '"' || c == '\n' || c == '\t' || c == '|' || c == '>' {
			break
		}
		if c == ' ' {
			words++
		}
		a--
	}
	if e-a >= 80 || words > 4 {
		return 0, 0, false
	}
	for a < e && s[a] == ' ' {
		a++
	}
	if a >= e {
		return 0, 0, false
	}
	v := s[a:e]
	if strings.IndexByte(v, ' ') < 0 && !caselessRun24(v) {
		return 0, 0, false
	}
	if strings.IndexByte(v, ',') >= 0 || !personValue24(s, a, e) || shopWordBefore15(s, a) || phonePhraseIn24(v) || phoneWordLast33(v) {
		return 0, 0, false
	}
	return familyCommaBefore24(s, a), e, true
}

// familyCommaBefore24 returns where a caseless clause at a starts its
// "FAMILY, Given" name: the one word (at most 60 bytes) of a script without
// case glued to the comma before it ("อินทรประเสริฐ, ชัยวัฒน์") is the family name and joins
// the span, which the comma would otherwise cut in two.
func familyCommaBefore24(s string, a int) int {
	if a < 3 || s[a-1] != ' ' || s[a-2] != ',' || !caselessRun24(s[a:]) {
		return a
	}
	q := a - 2
	for q > 0 && s[q-1] != ' ' && s[q-1] != ',' && s[q-1] != '"' && s[q-1] != ':' && s[q-1] != '\n' && s[q-1] != '(' {
		q--
	}
	if q == a-2 || a-2-q > 60 || !caselessRun24(s[q:a-2]) {
		return a // no word, or a caseless sentence rather than a family name
	}
	return q
}

// phonePhrasesLower24 are phone14_phrases.go's phrases in lower case,
// folded once.
var phonePhrasesLower24 = func() []string {
	var out []string
	for _, ps := range [][]string{phonePhrasesHigh14, phonePhrases14} {
		for _, p := range ps {
			out = append(out, strings.ToLower(p))
		}
	}
	return out
}()

// phonePhraseIn24 reports a buyer's "my number (is)" phrase (phone14_phrases.go)
// among the clause's words: "המספר שלי 052…" introduces the number, it is no name.
func phonePhraseIn24(v string) bool {
	lv := strings.ToLower(v)
	for _, p := range phonePhrasesLower24 {
		for i := 0; ; {
			k := strings.Index(lv[i:], p)
			if k < 0 {
				break
			}
			k += i
			i = k + 1
			if end := k + len(p); (k == 0 || lv[k-1] == ' ') && (end == len(lv) || lv[end] == ' ' || lv[end] == ':') {
				return true
			}
		}
	}
	return false
}

// caselessRun24 reports a run of a script written without spaces (Han,
// Hangul, Thai, Khmer, Burmese…): its first byte is not ASCII.
func caselessRun24(v string) bool {
	return v != "" && v[0] >= 0x80
}

// phoneLabels24 are the short labels written glued to a number after a
// name ("Given Family tel:+46…").
var phoneLabels24 = []string{"tel:", "tel.", "tel.:", "tél:", "tlf:", "ph:", "phone:", "mob:", "mobile:", "cel:", "cell:", "hp:", "tfn:", "тел:", "тел.", "电话:", "電話:"}

// phoneLabelBefore24 returns where a phone label glued to the phone at st
// starts, or st.
func phoneLabelBefore24(s string, st int) int {
	if st < 1 || !phoneLabelLast24[s[st-1]] {
		return st // (no label ends with this byte: speed27_gates.go)
	}
	for _, l := range phoneLabels24 {
		if st >= len(l)+1 && strings.EqualFold(s[st-len(l):st], l) && s[st-len(l)-1] == ' ' {
			return st - len(l)
		}
	}
	return st
}
