package redact

import "strings"

// Passwords in the unquoted values list of an INSERT that a framework
// prints with its bindings filled in. Laravel's QueryException (and other
// query builders' error messages) write the statement with each binding in
// place of its '?', unquoted:
//
//	(SQL: insert into `users` (`name`, `email`, `password`, `updated_at`) values (Mia Keller, mia@…, Tulipan1981%, 2026-11-16))
//
// sqlSpans reads only quoted values. unquotedInsertSecrets22 splits such
// a list at its commas and, when it has as many values as the column list
// has columns (a value holding a comma would shift the rest: the list is
// then left alone), returns the value under each column that names a
// secret (columnKind). A value that is a password's hash ("$2y$10$…",
// "pbkdf2_sha256$…", hex digits alone), NULL, a placeholder or a marker is
// kept.

// mayHoldUnquotedInsert22 is unquotedInsertSecrets22's cheap test: a
// parenthesis, a "values" and a column word of a secret.
func mayHoldUnquotedInsert22(sig uint32, tp *textPairs) bool {
	if sig&sigLParen == 0 || sig&sigV == 0 || !(tp.contains("alues") || tp.contains("ALUES")) {
		return false
	}
	return tp.contains("ass") || tp.contains("ASS") || tp.contains("wd") || tp.contains("WD") || tp.contains("ecret") ||
		tp.contains("oken") || tp.contains("ECRET") || tp.contains("OKEN") || sig&sigHigh != 0
}

// unquotedInsertSecrets22 returns the secrets of s's unquoted INSERT
// values lists.
func unquotedInsertSecrets22(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		v := indexFold(s[off:], "values")
		if v < 0 {
			break
		}
		v += off
		off = v + 6
		cols := statement{s: s[:v+6]}.columnList()
		if len(cols) < 2 {
			continue
		}
		secret := -1
		for i, c := range cols {
			if k, _ := columnKind(c); k == KindCredential {
				secret = i
				break
			}
		}
		if secret < 0 {
			continue
		}
		p := v + 6
		for p < len(s) && s[p] == ' ' {
			p++
		}
		if p >= len(s) || s[p] != '(' {
			continue
		}
		// the list's values, split at ", " and at commas, up to its ')'
		var vals [][2]int
		a, depth, ok := p+1, 0, false
		for q := p + 1; q < len(s) && q-p < 4096; q++ {
			c := s[q]
			if c == '\'' || c == '"' || c == '\n' || c == '?' && q > 0 && (s[q-1] == '(' || s[q-1] == ' ') {
				break // quoted values are sqlSpans'; placeholders bind nothing here
			}
			if c == '(' {
				depth++
			} else if c == ')' && depth > 0 {
				depth--
			} else if c == ',' && depth == 0 || c == ')' {
				vals = append(vals, [2]int{a, q})
				a = q + 1
				if c == ')' {
					ok = true
					break
				}
			}
		}
		if !ok || len(vals) != len(cols) {
			continue
		}
		for i, c := range cols {
			if i != secret {
				if k, _ := columnKind(c); k != KindCredential {
					continue
				}
			}
			b, e := vals[i][0], vals[i][1]
			for b < e && s[b] == ' ' {
				b++
			}
			for e > b && s[e-1] == ' ' {
				e--
			}
			if val := s[b:e]; val != "" && !strings.EqualFold(val, "null") && !strings.Contains(val, "[REDACTED:") && !boundHash22(val) {
				out = append(out, span{start: b, end: e, kind: KindCredential})
			}
		}
	}
	return out
}

// boundHash22 reports a stored password's hash: a crypt string
// ("$2y$10$…", "$argon2id$…", "$6$…"), Django's "algorithm$…", or hex
// digits alone of a digest's length.
func boundHash22(v string) bool {
	if len(v) >= 20 && v[0] == '$' && strings.Count(v, "$") >= 3 {
		return true
	}
	if d := strings.IndexByte(v, '$'); d > 0 && strings.Count(v, "$") >= 2 {
		switch strings.ToLower(v[:d]) {
		case "pbkdf2_sha256", "pbkdf2_sha1", "argon2", "bcrypt", "bcrypt_sha256", "scrypt", "sha1", "md5":
			return true
		}
	}
	if n := len(v); n == 32 || n == 40 || n == 64 || n == 128 {
		for k := 0; k < n; k++ {
			if !isDigit(v[k]) && (v[k]|0x20 < 'a' || v[k]|0x20 > 'f') {
				return false
			}
		}
		return true
	}
	return false
}
