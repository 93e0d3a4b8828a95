package redact

import "strings"

// Log lines written by hand put a secret right after its key's name with
// only a space between them, as they do ids ("order 1234"):
//
//	status=sent: x-api-key GTVpERdLfgILIhgxzWwe / etag …
//	callback scheduled: api secret 788b653ac7ebf0bf4f6ad22b2d618fed - pickup …
//	invalid consignee: appSecret 'ddTq…=', otp '0882', e_mail '…'
//
// spacedSecretSpans reads such a value when the word or two words before
// the space name a credential (keyClass: "x-api-key", "appSecret",
// "api secret", "client secret", "otp"; not "idempotency key", "cache
// key"), and the value is
//
//   - quoted ('…' or "…", the way exception messages list a record's
//     fields): any value but a literal, four bytes or more; or
//   - unquoted and shaped as an issued secret, sixteen bytes or more: hex
//     (a key named so is no file's digest), or a random key (secretShaped,
//     lowerRandomKey, letters whose case changes every few letters).
//
// A word ("api key missing", "access token expired"), a host, a path or a
// slug after the key's name is no value; nor is anything after a bare
// "key", "pass" or "sig" unless the word before makes a credential's key of
// it ("api key", "sftp pass").

// spacedKeyEnd reports whether the word that ends at the space p ends as
// one of the keys read: …key(s), …secret, …token, otp, …password,
// …passwd, …pwd, …passphrase, …cookie, …pass, …wort (its last three letters,
// compared byte by byte: the gate runs on every text).
func spacedKeyEnd(s string, p int) bool {
	if p < 3 {
		return false
	}
	c, b, a := s[p-1]|0x20, s[p-2]|0x20, s[p-3]|0x20
	switch c {
	case 'y':
		return b == 'e' && a == 'k'
	case 's':
		return b == 'y' && a == 'e' || b == 's' && a == 'a'
	case 't':
		return b == 'e' && a == 'r' || b == 'r' && a == 'o' // "…secret", "passwort" (cc31_creds.go)
	case 'n':
		return b == 'e' && a == 'k'
	case 'p':
		return b == 't' && a == 'o'
	case 'd':
		return b == 'r' && a == 'o' || b == 'w' && (a == 's' || a == 'p')
	case 'e':
		return b == 's' && a == 'a' || b == 'i' && a == 'k'
	}
	return false
}

// mayHoldSpacedSecret is the cheap gate: a space after a word that ends as
// one of the keys read.
func mayHoldSpacedSecret(s string) bool {
	for off := 3; off < len(s)-8; {
		p := strings.IndexByte(s[off:], ' ')
		if p < 0 {
			return false
		}
		p += off
		off = p + 1
		if c := s[p-1]; spacedKeyLast[c] && spacedKeyEnd(s, p) || c == ':' && spacedKeyLast[s[p-2]] && spacedKeyEnd(s, p-1) {
			return true
		}
	}
	return false
}

// spacedKeyLast marks the bytes spacedKeyEnd's switch takes as a key's
// last (either case), so that mayHoldSpacedSecret calls it only after
// one of them.
var spacedKeyLast = func() (t [256]bool) {
	for _, c := range "ysntpdeYSNTPDE" {
		t[c] = true
	}
	return t
}()

// bareKeyWords are the key words that name no credential on their own.
var bareKeyWords = map[string]bool{"key": true, "keys": true, "pass": true, "pwd": true, "sig": true, "sign": true, "pin": true}

// spacedSecretSpans returns the values of s written after a credential's
// key and a space (or a colon a clause before took from the key reader).
func spacedSecretSpans(s string) []span {
	var out []span
	for off := 3; off < len(s)-4; {
		p := strings.IndexByte(s[off:], ' ')
		if p < 0 {
			break
		}
		p += off
		off = p + 1
		ke := p
		if s[p-1] == ':' {
			ke-- // "api secret: …" where a clause before took the colon's key
		}
		if !spacedKeyEnd(s, ke) {
			continue
		}
		v := p
		for v < len(s) && v-p < 3 && s[v] == ' ' {
			v++
		}
		if v >= len(s) || v-p > 2 {
			continue
		}
		ks, ok := spacedKeyStart(s, ke)
		if !ok || ke < p && (s[v] == '"' || s[v] == '\'') {
			continue // ("access_key: \"…\"": a quoted value after a colon is the key reader's)
		}
		if x, ok := spacedValue(s, ks, ke, v); ok {
			out = append(out, x)
			off = x.end
		} else if x, ok := spacedPassword31(s, ks, ke, v); ok {
			out = append(out, x) // "passwd  Xk8!…", "client_secret  Qm3~…" (cc31_creds.go)
			off = x.end
		}
	}
	return out
}

// spacedKeyStart returns where the credential's key that ends at p starts:
// one token ("x-api-key", "appSecret", "otp"), or two words whose second is
// a key word ("api secret", "sftp pass", "client  secret").
func spacedKeyStart(s string, p int) (int, bool) {
	kb := p
	for kb > 0 && p-kb < 48 && (isWord(s[kb-1]) || s[kb-1] == '-' || s[kb-1] == '.') {
		kb--
	}
	if p-kb < 3 || kb > 0 && (s[kb-1] >= 0x80 || s[kb-1] == '/' || s[kb-1] == '$' || s[kb-1] == '@') {
		return 0, false // (a path's or a variable's tail: "/v1/token abc", "$token")
	}
	var buf [64]byte
	last := normKey(buf[:0], s[kb:p])
	cls := keyClass(last)
	bare := bareKeyWords[string(last)]
	if cls == keyCred && !bare {
		// "idempotency token", "partition key": the word before may name
		// something that is no secret.
		if kb > 1 && s[kb-1] == ' ' {
			if w := spacedWordBefore(s, kb-1); w >= 0 && notSecretWord(s[w:kb-1]) {
				return 0, false
			}
		}
		return kb, true
	}
	if !bare {
		return 0, false
	}
	// Two words: "api key", "sftp pass", "client  secret".
	q := kb
	for q > 0 && kb-q < 3 && s[q-1] == ' ' {
		q--
	}
	if q == kb || q == 0 {
		return 0, false
	}
	w := spacedWordBefore(s, q)
	if w < 0 || q-w < 2 {
		return 0, false
	}
	two := normKey(buf[:0], s[w:q]+s[kb:p])
	if keyClass(two) != keyCred {
		return 0, false
	}
	return w, true
}

// spacedWordBefore returns the start of the ASCII word (letters, digits, '_',
// '-') that ends at e, or -1.
func spacedWordBefore(s string, e int) int {
	w := e
	for w > 0 && e-w < 24 && (isAlnum(s[w-1]) || s[w-1] == '_' || s[w-1] == '-') {
		w--
	}
	if w == e || w > 0 && (s[w-1] >= 0x80 || isWord(s[w-1])) {
		return -1
	}
	return w
}

// notSecretWord reports a word that, before "key" or "token", names no
// secret ("partition", "idempotency", "cache").
func notSecretWord(w string) bool {
	var buf [32]byte
	return endsWithAny(string(normKey(buf[:0], w)), notSecretSet)
}

// spacedValue reads the value at v after the key at ks..p.
func spacedValue(s string, ks, p, v int) (span, bool) {
	if isMarkerAt(s, v) {
		return span{}, false
	}
	if q := s[v]; q == '\'' || q == '"' {
		if v > 0 && s[v-1] == '\\' {
			return span{}, false
		}
		a := v + 1
		e := strings.IndexByte(s[a:min(len(s), a+256)], q)
		if e < 4 {
			return span{}, false
		}
		b := a + e
		t := s[a:b]
		if strings.IndexByte(t, '\n') >= 0 || s[b-1] == '\\' || isLiteral(t) || strings.Contains(t, "[REDACTED") || strings.Contains(t, "[HASH:") {
			return span{}, false
		}
		if b+1 < len(s) && strings.IndexByte(" ,;)]}|\n\r\t", s[b+1]) < 0 && !(s[b+1] == '.' && (b+2 == len(s) || s[b+2] == ' ')) {
			return span{}, false // (the quote closes the value: "… 'abc' …", "…', …")
		}
		if d := countDigits(t); d == len(t) && d > 8 {
			return span{}, false // a long number is an id ("access_key '3326…'": an NF-e's key)
		}
		if strings.Contains(t, " ") && !strings.Contains(strings.ToLower(s[ks:p]), "pass") {
			return span{}, false // a sentence in quotes; a passphrase only after a password's key
		}
		return span{start: a, end: b, kind: KindCredential}, true
	}
	e := v
	for e < len(s) && e-v <= 256 && isTokenChar(s[e]) {
		e++
	}
	if e < len(s) && strings.IndexByte(" ,;)]}|\n\r\t'\"\\", s[e]) < 0 {
		return span{}, false // ("token https://…", "key a:b": a URL, a pair)
	}
	for e > v && (s[e-1] == '.' || s[e-1] == '-') {
		e-- // a sentence's full stop, a dash before the next clause
	}
	t := s[v:e]
	if len(t) < 16 || t[0] == '/' || t[0] == '.' || t[0] == '-' || !issuedSecret(t) {
		return span{}, false
	}
	return span{start: v, end: e, kind: KindCredential}, true
}

// issuedSecret reports a value shaped as a secret a service issues: hex of
// sixteen digits or more, a random key (secretShaped, lowerRandomKey), or
// letters whose case changes every few letters ("GTVpERdLfgILIhgxzWwe").
// Hosts, versions and slugs ("vault.example.com", "header-missing") are
// none.
func issuedSecret(t string) bool {
	hex := true
	for i := 0; i < len(t) && hex; i++ {
		hex = isHex(t[i])
	}
	if hex {
		return countDigits(t) > 0 && countDigits(t) < len(t)
	}
	if secretShaped(t) || lowerRandomKey(t) {
		return true
	}
	sh := shapeOfToken(t)
	return sh.upper >= 3 && sh.lower >= 3 && sh.maxLowRun <= 5 && caseSwitches(t)*4 >= len(t) && strings.IndexByte(t, '.') < 0
}
