package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names under keys that do not say "name" of a buyer.
//
// Ad platforms' audience and conversion APIs take a person's data under
// short match keys (Meta's "em", "ph", "fn", "ln", "ct", "st", "zp"; TikTok's
// and Pinterest's copies of them). They are meant to be hashed, but
// exports, samples and debug logs write them in plain text:
//
//	sample={"em":"…","ph":"+33…","fn":"Given","ln":"Family"}
//
// "fn" and "ln" are a function's or a line's key elsewhere, so a value is
// read as a name only in an object that also holds "em" or "ph" (the
// e-mail or phone match key: this is a person's record), and only when it
// is a name's shape: letters of any script (lower case too, as Meta
// normalises them), spaces, particles, apostrophes, hyphens, no digits.
//
// Chat apps' webhooks and bridges log the sender of an inbound message as
// "from_name" ("inbound channel=line from_name=Given Family from_phone=…"),
// and review tools the reviewer as "user_name": keys that hold a shop's
// or a login's name as often (a newsletter's "from_name=Fake Store"), so
// they are read as role keys are (roleName).

// personKeys16 are normalised whole keys read as role keys.
var personKeys16 = setOf("fromname", "username")

// personKey16 reports a normalised key read as a role key.
func personKey16(k string) bool {
	return personKeys16[k]
}

// matchKeyNames are the match keys of a given and a family name.
var matchKeyNames = []string{"fn", "ln"}

// mayHoldMatchKeys is the cheap test before matchKeySpans.
func mayHoldMatchKeys(s string, sig uint32) bool {
	return sig&sigQuote != 0 && (strings.Contains(s, `"fn`) || strings.Contains(s, `"ln`))
}

// matchKeySpans returns the plain names under match keys of s.
func matchKeySpans(s string) []span {
	var out []span
	for _, key := range matchKeyNames {
		for off := 0; off < len(s); {
			i := strings.Index(s[off:], `"`+key)
			if i < 0 {
				break
			}
			i += off
			off = i + 3
			a, b := matchKeyValue(s, i, len(key))
			if b <= a || !matchKeyName(s[a:b]) || !matchKeyRecord(s, i, b) {
				continue
			}
			out = append(out, span{start: a, end: b, kind: KindName})
			off = b
		}
	}
	return out
}

// matchKeyValue reads the string value of the key whose opening quote is
// at q (the key is n bytes): the key closes with a quote (escaped or not),
// a colon follows, then the value's quote. It returns the value's bounds,
// or b == 0.
func matchKeyValue(s string, q, n int) (a, b int) {
	if q > 0 {
		switch s[q-1] {
		case '{', ',', ' ', '\\':
		default:
			return 0, 0
		}
	}
	p := q + 1 + n
	for p < len(s) && s[p] == '\\' {
		p++
	}
	if p >= len(s) || s[p] != '"' {
		return 0, 0
	}
	p++
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if p >= len(s) || s[p] != ':' {
		return 0, 0
	}
	p++
	for p < len(s) && s[p] == ' ' {
		p++
	}
	for p < len(s) && s[p] == '\\' {
		p++
	}
	if p >= len(s) || s[p] != '"' {
		return 0, 0
	}
	a = p + 1
	e := strings.IndexByte(s[a:min(len(s), a+96)], '"')
	if e <= 0 {
		return 0, 0
	}
	b = a + e
	for b > a && s[b-1] == '\\' {
		b--
	}
	return a, b
}

// matchKeyName reports a match key's value shaped as a name: letters of
// any script, spaces between words (at most four), particles' slashes
// ("a/p"), apostrophes, hyphens and full stops; no digits, no marker.
func matchKeyName(v string) bool {
	if len(v) < 2 || len(v) > 80 || strings.IndexByte(v, '[') >= 0 {
		return false
	}
	words, letters := 1, 0
	for _, r := range v {
		switch {
		case r == ' ':
			words++
		case r == '\'' || r == '-' || r == '.' || r == '/' || r == '’':
		case r < 0x80 && isAlpha(byte(r)):
			letters++
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.IsMark(r)):
			letters++
		default:
			return false
		}
	}
	return letters >= 2 && words <= 5
}

// matchKeyRecord reports "em" or "ph" among the keys of the object that
// holds the key at q, whose value ends at b.
func matchKeyRecord(s string, q, b int) bool {
	lo := strings.LastIndexByte(s[max(0, q-2048):q], '{')
	if lo < 0 {
		return false
	}
	lo += max(0, q-2048)
	hi := strings.IndexByte(s[b:min(len(s), b+2048)], '}')
	if hi < 0 {
		hi = min(len(s), b+2048)
	} else {
		hi += b
	}
	obj := s[lo:hi]
	for _, k := range []string{`"em"`, `"ph"`, `"em\"`, `"ph\"`, `"em\\\"`, `"ph\\\"`} {
		if strings.Contains(obj, k) {
			return true
		}
	}
	return false
}

// A reviewer's or a respondent's name in the quoted cell before an e-mail
// cell of a header-less CSV row (a review app's export: `…,"Given
// Family",given@example.com,…`): the quoted cell is taken when it is a
// person's name as a role key's value is (roleName), a Han name, or a
// Japanese family name and a given name in kana.
func csvNameBeforeMailSpans(s string, have []span) []span {
	var out []span
	for _, x := range have {
		if x.kind != KindEmail || x.start < 4 || s[x.start-1] != ',' || s[x.start-2] != '"' {
			continue
		}
		q := x.start - 2
		o := strings.LastIndexByte(s[max(0, q-100):q], '"')
		if o < 0 {
			continue
		}
		o += max(0, q-100)
		if o > 0 && s[o-1] != ',' && s[o-1] != '\n' {
			continue
		}
		a, b := o+1, q
		if b-a < 2 || overlaps(have, a, b) {
			continue
		}
		if v := s[a:b]; roleName(v) || hanName(v) || kanaGivenName16(v) {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
	}
	return out
}

// slashParticle16 writes the Malay and Tamil particles written with a
// slash ("a/p", "a/l", "s/o", "d/o": "son of", "daughter of") inside a name
// as the particle "bin", so that a role key's reader takes "Given a/p
// Family" as it takes "Given bin Family"; any other slash stays.
func slashParticle16(v string) string {
	for _, p := range []string{" a/p ", " a/l ", " s/o ", " d/o ", " A/P ", " A/L ", " S/O ", " D/O "} {
		if i := strings.Index(v, p); i > 0 {
			return v[:i] + " bin " + v[i+len(p):]
		}
	}
	return v
}

// spacedHangulName16 reports a Korean name written with a space between
// the family name and the given name ("김 도윤", "남궁 민수"): one or two
// Hangul syllables, a space, two syllables.
func spacedHangulName16(v string) bool {
	f, g, ok := strings.Cut(v, " ")
	if !ok {
		return false
	}
	nf, ng := utf8.RuneCountInString(f), utf8.RuneCountInString(g)
	if nf < 1 || nf > 2 || ng != 2 {
		return false
	}
	for _, r := range f + g {
		if r < 0xAC00 || r > 0xD7A3 {
			return false
		}
	}
	return true
}
