package redact

import "strings"

// A secret with spaces in an environment dump. A function runtime, a
// container's entrypoint or a crash reporter prints its environment as
// `NAME=value` pairs on one line, the names in capitals ("ENV dump:
// KLAVIYO_PRIVATE_KEY=… DB_PASS=over there-trip-company85 REGION=eu-west-1
// RELEASE=v9.33.48"). Nothing quotes the values, so a password of words
// runs to the next name: under a secret's name (read by its parts, as any
// key), the value is everything up to the next ` NAME=` of the dump. The
// dump must hold three names or more, and the value at most four spaces
// and no '=' of its own.

// envNameBefore returns the start of an environment variable's name that
// ends at eq (the '=' after it): capitals, digits and '_', starting with a
// capital, at a line's start or after a space; or -1.
func envNameBefore(s string, eq int) int {
	b := eq
	for b > 0 && eq-b < 48 && (isUpper(s[b-1]) || isDigit(s[b-1]) || s[b-1] == '_') {
		b--
	}
	if eq-b < 2 || !isUpper(s[b]) || b > 0 && s[b-1] != ' ' && s[b-1] != '\n' && s[b-1] != '\t' {
		return -1
	}
	return b
}

// mayHoldEnvDump reports three environment names or more in s (the lines
// are told apart later).
func mayHoldEnvDump(s string) bool {
	names := 0
	for i := 1; i < len(s); {
		q := strings.IndexByte(s[i:], '=')
		if q < 0 {
			return false
		}
		i += q
		if c := s[i-1]; (isUpper(c) || isDigit(c) || c == '_') && envNameBefore(s, i) >= 0 {
			if names++; names >= 3 {
				return true
			}
		}
		i++
	}
	return false
}

// envSecretSpans returns the values with spaces of the secrets' names in
// the environment dumps of s.
func envSecretSpans(s string) []span {
	var out []span
	ls := 0
	for ls < len(s) {
		le := ls
		for le < len(s) && s[le] != '\n' {
			le++
		}
		out = envLineSecrets(s, ls, le, out)
		ls = le + 1
	}
	return out
}

// envLineSecrets adds the secrets' values with spaces on the line s[ls:le]
// when it is an environment dump.
func envLineSecrets(s string, ls, le int, out []span) []span {
	var eqs [32]int // the '=' of each name, in order
	n := 0
	for i := ls + 1; i < le && n < len(eqs); i++ {
		if s[i] == '=' && envNameBefore(s, i) >= ls {
			eqs[n] = i
			n++
		}
	}
	if n < 3 {
		return out
	}
	var buf [48]byte
	for x := 0; x+1 < n; x++ {
		b := envNameBefore(s, eqs[x])
		if c := keyClass(normKey(buf[:0], s[b:eqs[x]])); c != keyCred && c != keyAuth {
			continue
		}
		v := eqs[x] + 1
		e := envNameBefore(s, eqs[x+1]) - 1 // the space before the next name
		if e <= v || e-v > 96 || s[e] != ' ' {
			continue
		}
		spaces := 0
		clean := true
		for p := v; p < e; p++ {
			switch s[p] {
			case ' ':
				spaces++
			case '=', '"', '\'', '\t':
				clean = false
			}
		}
		if spaces == 0 || spaces > 4 || !clean || s[v] == ' ' || isMarkerAt(s, v) {
			continue // one word: the key's own rule reads it
		}
		out = append(out, span{start: v, end: e, kind: KindCredential})
	}
	return out
}
