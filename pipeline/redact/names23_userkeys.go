package redact

import "strings"

// The user a security record names. CEF writes its extension as
// "key=value" pairs whose values run, spaces included, up to the next
// key ("duser=Price, Angharad cs1Label=…", "=" escaped as "\="); LEEF
// the same between its delimiters; RFC 5424 structured data quotes them
// ([meta@… user="nina horvat" mail=…]). An account's login has no space,
// so a value of two to four words under a key that names a user
// (suser, duser, user, usrName, sourceUserName, destinationUserName, a
// CEF custom string whose label names a person: "cs1Label=CustomerName
// cs1=…") is the person's display name, whatever its case or script.
// Accounts of a system or a service ("suser=system", "NT AUTHORITY\SYSTEM",
// "LOCAL SERVICE") are one word, hold a backslash or a service's word
// (personName23) and stay.

// userKeys23 are the normalised keys that name a user's account.
var userKeys23 = setOf("suser", "duser", "user", "username", "usrname", "sourceusername", "destinationusername",
	"srcuser", "dstuser", "targetusername", "subjectusername", "accountname", "displayname")

// mayHoldUserKeys23 is the cheap test before userKeySpans23.
func mayHoldUserKeys23(sig uint32, tp *textPairs) bool {
	return sig&sigEq != 0 && (tp.contains("ser=") || tp.contains("serName=") || tp.contains("srName=") ||
		tp.contains("Label=") || tp.contains("ayName="))
}

// userKeySpans23 returns the names under user keys in s.
func userKeySpans23(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '=')
		if i < 0 {
			break
		}
		eq := off + i
		off = eq + 1
		ks := eq
		for ks > 0 && eq-ks < 24 && (isAlnum(s[ks-1]) || s[ks-1] == '_') {
			ks--
		}
		if ks == eq || eq-ks < 3 || ks > 0 && !userKeyBoundary23(s[ks-1]) {
			continue
		}
		var buf [24]byte
		k := string(lower(buf[:0], s[ks:eq]))
		if !userKeys23[k] && !personLabelled23(s, k) {
			continue
		}
		a, e := cefValue23(s, eq+1)
		if e <= a {
			continue
		}
		v := s[a:e]
		if strings.IndexByte(v, ' ') < 0 && !hanName(v) || hasMarker(v) {
			continue // a login, or masked before ("鄭志明": a name of Han characters has no space)
		}
		if personName23(v, true) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
	}
	return out
}

// userKeyBoundary23 reports a byte that may precede a key: a space, a
// delimiter of CEF, LEEF or structured data, or a quote.
func userKeyBoundary23(c byte) bool {
	switch c {
	case ' ', '|', '^', '\t', '[', '"', ',', ';', '{', '(':
		return true
	}
	return false
}

// personLabelled23 reports a CEF custom string ("cs1".."cs6") whose label
// ("cs1Label=CustomerName") is a key of a person's name.
func personLabelled23(s, k string) bool {
	if len(k) != 3 || k[0] != 'c' || k[1] != 's' || k[2] < '1' || k[2] > '6' {
		return false
	}
	l := strings.Index(s, "cs"+k[2:]+"Label=")
	if l < 0 {
		return false
	}
	l += len("csNLabel=")
	e := l
	for e < len(s) && e-l < 40 && (isAlnum(s[e]) || s[e] == '_' || s[e] == '-' || s[e] == ' ' && e+1 < len(s) && isUpper(s[e+1]) && !nextIsKey23(s, e+1)) {
		e++
	}
	if e == l || e-l > 39 {
		return false
	}
	var buf [48]byte
	return keyClass(normKey(buf[:0], s[l:e])) == keyName
}

// cefValue23 returns the bounds of the value that starts at a: quoted
// (raw or escaped in JSON) up to its closing quote, or else up to the
// next " key=", a delimiter, a quote or the line's end, trailing spaces
// left out.
func cefValue23(s string, a int) (int, int) {
	if a >= len(s) {
		return a, a
	}
	if s[a] == '"' || s[a] == '\\' && a+1 < len(s) && s[a+1] == '"' {
		q := a + 1
		if s[a] == '\\' {
			q++
		}
		for e := q; e < len(s) && e-q < 96; e++ {
			if s[e] == '"' {
				if e > q && s[e-1] == '\\' {
					return q, e - 1
				}
				return q, e
			}
		}
		return a, a
	}
	e := a
	for e < len(s) && e-a < 96 {
		c := s[e]
		if c == '\\' && e+1 < len(s) && s[e+1] == '=' {
			e += 2 // CEF's escaped "="
			continue
		}
		if c == '"' || c == '\n' || c == '\r' || c == '\t' || c == '|' || c == '^' || c == '\\' {
			break
		}
		if c == ' ' && nextIsKey23(s, e+1) {
			break
		}
		e++
	}
	for e > a && s[e-1] == ' ' {
		e--
	}
	return a, e
}

// nextIsKey23 reports a key and its "=" at k ("cs1Label=", "request=").
func nextIsKey23(s string, k int) bool {
	j := k
	for j < len(s) && j-k < 40 && (isAlnum(s[j]) || s[j] == '_' || s[j] == '.' || s[j] == '-') {
		j++
	}
	return j > k && j < len(s) && s[j] == '='
}
