package redact

import (
	"strings"
	"unicode"
)

// A payment's free text names the person to call before the number, as a
// bank's operator writes it in capitals: ":72:/ACC/BENEFICIARY CONTACT
// Given Family +30 …", "RECIPIENT CONTACT 渡辺千尋 [phone]". After the word
// CONTACT (or Contact), one to three words right before a phone (a span
// found, a marker, "+digits", "sip:", "tel:") are the contact's name when
// they are shaped as one in any script: capitalised, a script without
// case, a Han or Hangul name, Greek or Cyrillic capitalised words.

// mayHoldContact23 is contactPhoneNameSpans23's cheap test.
func mayHoldContact23(tp *textPairs) bool {
	return tp.contains("CONTACT ") || tp.contains("Contact ")
}

// contactPhoneNameSpans23 adds the names between CONTACT and a phone.
func contactPhoneNameSpans23(s string, have []span, out []span) []span {
	for _, w := range [2]string{"CONTACT ", "Contact "} {
		for p := 0; ; {
			i := strings.Index(s[p:], w)
			if i < 0 {
				break
			}
			a := p + i + len(w)
			p = a
			if i := a - len(w); i > 0 && isAlnum(s[i-1]) {
				continue
			}
			// the phone: up to 80 bytes on, after one to three words
			e := a
			words := 0
			for e < len(s) && e-a < 80 {
				q := e
				for q < len(s) && s[q] != ' ' && s[q] != '\n' && s[q] != '\\' && s[q] != '"' {
					q++
				}
				if q == e || contactPhoneAt23(s, e, have) {
					break
				}
				words++
				e = q
				if e >= len(s) || s[e] != ' ' {
					break
				}
				e++
			}
			v := strings.TrimRight(s[a:min(e, len(s))], " ")
			if words == 0 || words > 3 || v == "" || e >= len(s) || !contactPhoneAt23(s, e, have) {
				continue
			}
			if countDigits(v) > 0 || hasMarker(v) || overlapsAny(have, a, a+len(v)) {
				continue
			}
			if personName21(v) || caselessWords(v) || n14HanOrHangulName(v) || capitalisedWords23(v) {
				out = append(out, span{start: a, end: a + len(v), kind: KindName})
			}
		}
	}
	return out
}

// contactPhoneAt23 reports a phone at k: a phone span of have that starts
// there, its marker, or a number written as one ("+…", "00…", "sip:+",
// "tel:").
func contactPhoneAt23(s string, k int, have []span) bool {
	for _, x := range have {
		if x.kind == KindPhone && x.start == k {
			return true
		}
	}
	t := s[k:]
	return strings.HasPrefix(t, "[REDACTED:phone]") || strings.HasPrefix(t, "sip:") || strings.HasPrefix(t, "tel:") ||
		len(t) > 1 && t[0] == '+' && (isDigit(t[1]) || t[1] == '[') || len(t) > 2 && t[0] == '0' && t[1] == '0' && isDigit(t[2])
}

// capitalisedWords23 reports two or three words of Greek, Cyrillic,
// Armenian or Georgian letters, each capitalised (or of a script whose
// case nobody writes).
func capitalisedWords23(v string) bool {
	ws := strings.Fields(v)
	if len(ws) < 2 || len(ws) > 3 {
		return false
	}
	for _, w := range ws {
		first := true
		for _, r := range w {
			if !(unicode.In(r, unicode.Greek, unicode.Cyrillic, unicode.Armenian, unicode.Georgian) || unicode.Is(unicode.Mn, r)) {
				return false
			}
			if first && unicode.IsLower(r) && !unicode.Is(unicode.Georgian, r) {
				return false
			}
			first = false
		}
	}
	return true
}
