package redact

import "strings"

// LDAP attributes that hold a person's name: "cn", "sn", "givenName",
// "displayName", "gecos" in a search filter ("(&(mail=…)(cn=sanaa
// lahlou))", up to its closing bracket) or a distinguished name
// ("cn=Family\, Given,ou=customers,dc=…", up to the next unescaped comma).
// Directories store what the person typed, in any case and script; a
// value of two to four words that reads as a name (personName23 in any
// case) is redacted, while groups and system entries ("cn=Directory
// Manager", "CN=Domain Admins", "cn=config") stay, and so does any cn of a
// DN whose containers hold groups, roles or services ("cn=Night
// Shift,ou=groups,…": names_dir.go's dirContainers).

// ldapNameAttrs23 are the attributes, lower case.
var ldapNameAttrs23 = setOf("cn", "sn", "givenname", "displayname", "gecos", "commonname", "surname")

// mayHoldLDAPNames23 is the cheap test before ldapNameSpans23.
func mayHoldLDAPNames23(sig uint32, tp *textPairs) bool {
	return sig&sigEq != 0 && (tp.contains("cn=") || tp.contains("CN=") || tp.contains("sn=") || tp.contains("Name=") || tp.contains("gecos="))
}

// ldapNameSpans23 returns the names under LDAP name attributes in s.
func ldapNameSpans23(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '=')
		if i < 0 {
			break
		}
		eq := off + i
		off = eq + 1
		ks := eq
		for ks > 0 && eq-ks < 12 && isAlpha(s[ks-1]) {
			ks--
		}
		if eq-ks < 2 || ks == 0 {
			continue
		}
		var buf [12]byte
		if !ldapNameAttrs23[string(lower(buf[:0], s[ks:eq]))] {
			continue
		}
		filter := s[ks-1] == '('
		if !filter && s[ks-1] != ',' && s[ks-1] != '"' && s[ks-1] != ' ' && s[ks-1] != '=' {
			continue
		}
		a := eq + 1
		e := ldapValueEnd23(s, a, filter)
		if e <= a {
			continue
		}
		raw := s[a:e]
		v := raw
		if strings.IndexByte(v, '\\') >= 0 {
			v = strings.ReplaceAll(strings.ReplaceAll(v, `\\,`, ","), `\,`, ",")
		}
		if strings.IndexByte(v, ' ') < 0 || hasMarker(v) || !filter && !dnOfPeople23(s, e) || dirWords23(v) {
			continue
		}
		if personName23(v, true) {
			out = append(out, span{start: a, end: e, kind: KindName})
		}
		off = e
	}
	return out
}

// ldapValueEnd23 returns the end of an attribute's value at a: a filter's
// closing bracket, or a DN's unescaped comma or plus; a quote, a line's
// end or 96 bytes end both.
func ldapValueEnd23(s string, a int, filter bool) int {
	e := a
	for e < len(s) && e-a < 96 {
		c := s[e]
		switch {
		case c == '\\' && e+1 < len(s) && (s[e+1] == ',' || s[e+1] == '+'):
			e += 2
			continue
		case c == '\\' && e+2 < len(s) && s[e+1] == '\\' && s[e+2] == ',':
			e += 3 // "\\," in JSON
			continue
		case c == ')' || c == '"' || c == '\n' || c == '\r' || c == '\\' || c == '(':
			return e
		case !filter && (c == ',' || c == '+'):
			return e
		}
		e++
	}
	if e-a >= 96 {
		return a
	}
	return e
}

// dnOfPeople23 reports a DN that goes on after its first value's end e
// with more components, none a container of groups, roles, hosts or
// services (dirContainers).
func dnOfPeople23(s string, e int) bool {
	if e >= len(s) || s[e] != ',' {
		return false
	}
	de := e + 1
	for de < len(s) && de-e < 256 && s[de] != '"' && s[de] != '\n' && s[de] != '\'' && s[de] != ')' && s[de] != '>' && s[de] != '\\' && s[de] != ' ' {
		de++
	}
	rest := strings.ToLower(s[e+1 : de])
	if !strings.Contains(rest, "=") {
		return false
	}
	for _, comp := range strings.Split(rest, ",") {
		if k, val, ok := strings.Cut(comp, "="); ok && (k == "ou" || k == "cn") && dirContainers[val] {
			return false
		}
	}
	return true
}

// dirWords23 reports a word of a group's, a role's or an authority's
// common name in v (dirNotNames).
func dirWords23(v string) bool {
	for _, w := range strings.Fields(strings.ReplaceAll(v, ",", " ")) {
		var buf [24]byte
		if len(w) <= len(buf) && dirNotNames[string(lower(buf[:0], w))] {
			return true
		}
	}
	return false
}
