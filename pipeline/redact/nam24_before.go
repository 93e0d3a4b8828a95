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
		if a, e, ok := nameBeforePhone24(s, st); ok && !overlapsAny(have, a, e) && !overlapsAny(out, a, e) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	for _, x := range have {
		if x.kind == KindPhone {
			try(x.start)
		}
	}
	for i := 0; ; {
		k := strings.Index(s[i:], "[REDACTED:phone")
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
	if strings.IndexByte(v, ',') >= 0 || !personValue24(s, a, e) || shopWordBefore15(s, a) {
		return 0, 0, false
	}
	return a, e, true
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
	for _, l := range phoneLabels24 {
		if st >= len(l)+1 && strings.EqualFold(s[st-len(l):st], l) && s[st-len(l)-1] == ' ' {
			return st - len(l)
		}
	}
	return st
}
