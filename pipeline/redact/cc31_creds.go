package redact

import "strings"

// Credentials written where the usual readers miss their key or their
// value (cc31):
//
//   - An EDIFACT free-text element releases the colon after a key's name
//     ("FTX+AAI+++db_pass?: …'"): '?' is the release character, and the
//     key is read as if written "db_pass: …". Only a key that opens a data
//     element (after '+') is read so; TypeScript's optional member
//     ("password?: string") stands after a space.
//   - A key's name, a space or two and its value, where the value is no
//     issued key of sixteen bytes (creds18_spaced.go) but a password under
//     a password's key ("passwd  Xk8!vRw2qLz", "pwd Falcon1987*": a word
//     with a year and a symbol, a generated one), or a client secret with
//     dots or tildes between random letters under a secret's key
//     ("client_secret  Qm3~xY7.pLw…"). A value ends at a space, at the
//     release-free EDIFACT terminator and at an X12 segment's terminator
//     before the next segment's tag ("MSG*x-api-key 5d39…~REF*…").
//   - "authorization", a scheme and the scheme's token written without the
//     header's colon, as a transcript or a lower-cased log writes them
//     ("authorization basic  dXNlcjpw…"), or with the colon where the
//     token runs into an X12 segment's terminator.
//   - "otp" is a phone's word too ("send otp to …"), but as an XML
//     element's name it names a one-time code: <ns2:otp><![CDATA[…]]> is
//     read as a credential's element (word.go's wordPhone case).

// releasedColon31 returns 1 when k holds an EDIFACT release character
// before the colon that ends a key that opens a data element (w0 after a
// '+'), else 0.
func releasedColon31(s string, w0, k int) int {
	if k+1 < len(s) && s[k] == '?' && s[k+1] == ':' && w0 > 0 && s[w0-1] == '+' {
		return 1
	}
	return 0
}

// x12SegmentEnd31 reports a '~' at i that ends an X12 segment: the next
// segment's tag (two or three capitals or digits, a capital first) and an
// element separator follow it.
func x12SegmentEnd31(s string, i int) bool {
	if i+3 >= len(s) || s[i] != '~' || !isUpper(s[i+1]) {
		return false
	}
	k := i + 2
	for k < len(s) && k-i <= 3 && (isUpper(s[k]) || isDigit(s[k])) {
		k++
	}
	return k-i >= 3 && k < len(s) && x12Separator(s[k])
}

// spacedToken31 returns the end of the unquoted token at v: it runs to a
// space, a control byte, a quote, a bracket or a list's separator, and to
// an X12 segment's terminator; a full stop or a dash ending it is the
// sentence's.
func spacedToken31(s string, v int) int {
	e := v
	for e < len(s) && e-v <= 128 {
		c := s[e]
		if c <= ' ' || c >= 0x7f || strings.IndexByte(`"'\,;()[]{}<>|`, c) >= 0 || c == '~' && x12SegmentEnd31(s, e) {
			break
		}
		e++
	}
	for e > v && (s[e-1] == '.' || s[e-1] == '-') {
		e--
	}
	return e
}

// spacedPassword31 reads the value at v after the credential's key at
// ks..p when spacedValue refused it: a password under a password's key, an
// issued key or a dotted client secret under any credential's key.
func spacedPassword31(s string, ks, p, v int) (span, bool) {
	if v >= len(s) || s[v] == '"' || s[v] == '\'' || s[v] == '/' || s[v] == '$' || isMarkerAt(s, v) {
		return span{}, false
	}
	e := spacedToken31(s, v)
	t := s[v:e]
	if len(t) < 8 || strings.Contains(t, "://") || strings.Contains(t, "[REDACTED") || strings.Contains(t, "[HASH:") {
		return span{}, false
	}
	var buf [64]byte
	k := normKey(buf[:0], s[ks:p])
	pass := false
	for i := 0; i+2 < len(k); i++ {
		if k[i] == 'p' && (k[i+1] == 'a' && k[i+2] == 's' || k[i+1] == 'w' && k[i+2] == 'd') {
			pass = true // "password", "passwd", "Passwort", "db_pass", "pwd"
			break
		}
	}
	ok := pass && (secretShaped(t) || randomPassword21(t) || generatedPassword(t)) ||
		len(t) >= 16 && (issuedSecret(t) || dottedSecret31(t))
	if !ok {
		return span{}, false
	}
	return span{start: v, end: e, kind: KindCredential}, true
}

// dottedSecret31 matches a client secret an identity provider issues:
// twenty to 64 letters and digits with dots, tildes, dashes or
// underscores between them, letters of both cases, a digit, and no
// lower-case run of a word's length ("Qm3~xY7.pLwR2vKd9sTeHu"). A class's
// or a host's dotted name has words; a version has no letters.
func dottedSecret31(t string) bool {
	if len(t) < 20 || len(t) > 64 {
		return false
	}
	marks := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isAlpha(c) || isDigit(c):
		case c == '.' || c == '~' || c == '-' || c == '_':
			marks++
		default:
			return false
		}
	}
	sh := shapeOfToken(t)
	return marks > 0 && sh.upper >= 3 && sh.lower >= 3 && sh.digitRuns >= 1 && sh.maxLowRun <= 7 && caseSwitches(t) >= 6
}

// mayHoldSpokenAuth31 is the gate of spokenAuthSpans31.
func mayHoldSpokenAuth31(tp *textPairs) bool {
	return tp.contains("uthorization ") || tp.contains("UTHORIZATION ") || tp.contains("uthorization: ")
}

// spokenAuthSpans31 returns the tokens written after "authorization" and a
// scheme without the header's colon ("authorization basic  dXNl…"), or
// with it when the token ends at an X12 segment's terminator.
func spokenAuthSpans31(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := indexFold31(s[off:], "authorization")
		if i < 0 {
			break
		}
		i += off
		off = i + len("authorization")
		if i > 0 && isAlnum(s[i-1]) {
			continue
		}
		k := off
		colon := k < len(s) && s[k] == ':'
		if colon {
			k++
		}
		sp := k
		for k < len(s) && k-sp < 3 && s[k] == ' ' {
			k++
		}
		if k == sp || k-sp > 2 {
			continue
		}
		w := k
		for k < len(s) && isAlpha(s[k]) {
			k++
		}
		switch strings.ToLower(s[w:k]) {
		case "basic", "bearer", "digest", "token":
		default:
			continue
		}
		sp = k
		for k < len(s) && k-sp < 3 && s[k] == ' ' {
			k++
		}
		if k == sp || k-sp > 2 || isMarkerAt(s, k) {
			continue
		}
		e := spacedToken31(s, k)
		t := s[k:e]
		if len(t) < 8 || !base64ish31(t) {
			continue
		}
		if colon && !(e < len(s) && x12SegmentEnd31(s, e)) {
			continue // the header's own reader takes "Authorization: Basic …"
		}
		out = append(out, span{start: k, end: e, kind: KindCredential})
		off = e
	}
	return out
}

// base64ish31 reports a token of base64 or base64url characters that holds
// a digit or letters of both cases (no word).
func base64ish31(t string) bool {
	up, low, dig := false, false, false
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'A' && c <= 'Z':
			up = true
		case c >= 'a' && c <= 'z':
			low = true
		case isDigit(c):
			dig = true
		case c == '+' || c == '/' || c == '-' || c == '_' || c == '.':
		case c == '=' && i >= len(t)-2:
		default:
			return false
		}
	}
	return dig || up && low
}

// indexFold31 is strings.Index for an ASCII word in lower case, either
// case in s.
func indexFold31(s, w string) int {
	for off := 0; off+len(w) <= len(s); {
		i := strings.IndexByte(s[off:], w[0]&^0x20)
		j := strings.IndexByte(s[off:], w[0])
		if i < 0 || j >= 0 && j < i {
			i = j
		}
		if i < 0 {
			return -1
		}
		i += off
		if i+len(w) <= len(s) && strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
		off = i + 1
	}
	return -1
}
