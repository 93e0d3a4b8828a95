package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Values that sit under a credential's or a person's key and are neither,
// told by their own format:
//
//   - a password hash in a format a library writes (`$2b$12$…` bcrypt,
//     `$argon2id$v=19$m=…,t=…,p=…$salt$hash`, Django's
//     `pbkdf2_sha256$600000$salt$hash`, passlib's `$pbkdf2-sha256$…`,
//     Werkzeug's `pbkdf2:sha256:…$salt$hash` and `scrypt:…`, crypt(3)'s
//     `$1$`/`$5$`/`$6$`/`$y$`, LDAP's `{SSHA}…`): the hash is what a system
//     stores instead of the password; the password, the hash's input, is
//     the secret and stays a credential wherever it is written;
//   - a message digest written with its algorithm's name, `sha256=<64 hex>`
//     (GitHub's X-Hub-Signature-256 and the webhook senders that copy it),
//     `hmac-sha256:<64 hex>` (Vault's audit log HMACs every secret it
//     writes), `sha256:<64 hex>`: a MAC over one body, not the key that
//     made it (a signing secret, `whsec_…`, stays a credential; a digest
//     without its algorithm's name, or not of its length, is read as
//     before);
//   - a value the application masked before it logged it, with asterisks
//     over most of it: a number whose visible runs are too short to be a
//     phone or a card (`138****1234`), a name whose words show one or two
//     letters each (`李**`, `王*明`, `J*** S****`).

// keep22Value reports a field's value that is one of the values above.
func keep22Value(v string) bool {
	if len(v) < 2 || len(v) > 256 {
		return false
	}
	switch c := v[0]; {
	case c == '$' || c == '{' || c == 'p' || c == 's' || c == 'b' || c == 'a':
		if passwordHash22(v) {
			return true
		}
	}
	if algDigest22(v) {
		return true
	}
	return strings.IndexByte(v, '*') >= 0 && maskedValue22(v)
}

// passwordHash22 reports a password hash in one of the formats above.
func passwordHash22(v string) bool {
	switch {
	case v[0] == '$':
		return cryptHash22(v)
	case v[0] == '{':
		return ldapHash22(v)
	case strings.HasPrefix(v, "pbkdf2_sha"), strings.HasPrefix(v, "argon2$"), strings.HasPrefix(v, "bcrypt$"),
		strings.HasPrefix(v, "bcrypt_sha256$"), strings.HasPrefix(v, "scrypt$"):
		return djangoHash22(v)
	case strings.HasPrefix(v, "pbkdf2:sha"), strings.HasPrefix(v, "scrypt:"):
		return werkzeugHash22(v)
	}
	return false
}

// cryptHash22 reports a modular crypt format hash: `$id$[params$]salt$hash`
// with the id of bcrypt (2a, 2b, 2x, 2y), the SHA and MD5 crypts (1, 5, 6),
// yescrypt (y), scrypt (7, scrypt), argon2 (argon2i, argon2d, argon2id) or
// passlib's pbkdf2-sha1/256/512, the hash being the last field.
func cryptHash22(v string) bool {
	f := strings.Split(v[1:], "$")
	if len(f) < 3 {
		return false
	}
	id := f[0]
	switch id {
	case "2a", "2b", "2x", "2y":
		// $2b$12$<22 salt><31 hash>: 60 bytes in all
		return len(v) == 60 && len(f) == 3 && len(f[1]) == 2 && isDigit(f[1][0]) && isDigit(f[1][1]) && cryptChars22(f[2])
	case "1", "5", "6", "7", "y", "gy", "scrypt", "sha1", "md5", "argon2i", "argon2d", "argon2id", "pbkdf2", "pbkdf2-sha1",
		"pbkdf2-sha256", "pbkdf2-sha512":
	default:
		return false
	}
	hash := f[len(f)-1]
	if len(hash) < 16 || !cryptChars22(hash) {
		return false
	}
	params := false
	for _, p := range f[1 : len(f)-1] {
		if p == "" || len(p) > 96 {
			return false
		}
		if strings.IndexByte(p, '=') > 0 || countDigits(p) == len(p) {
			params = true // "v=19", "m=65536,t=3,p=4", "rounds=5000", "29000"
			continue
		}
		if !cryptChars22(p) {
			return false
		}
	}
	switch id {
	case "1", "5", "6":
		return len(hash) >= 22
	case "argon2i", "argon2d", "argon2id", "pbkdf2", "pbkdf2-sha1", "pbkdf2-sha256", "pbkdf2-sha512", "scrypt", "7":
		return params && len(f) >= 4
	}
	return len(f) >= 4
}

// cryptChars22 reports a field of crypt's alphabet or base64: letters,
// digits, '.', '/', '+', '=', '-', '_'.
func cryptChars22(t string) bool {
	if t == "" {
		return false
	}
	for i := 0; i < len(t); i++ {
		c := t[i]
		if !isAlnum(c) && c != '.' && c != '/' && c != '+' && c != '=' && c != '-' && c != '_' {
			return false
		}
	}
	return true
}

// djangoHash22 reports Django's `algorithm$iterations$salt$hash` (and its
// argon2, bcrypt and scrypt wrappers, which hold a crypt hash after the
// algorithm's name).
func djangoHash22(v string) bool {
	d := strings.IndexByte(v, '$')
	alg, rest := v[:d], v[d+1:]
	switch alg {
	case "argon2", "bcrypt", "bcrypt_sha256":
		if strings.HasPrefix(rest, "$") {
			return cryptHash22(rest) // bcrypt_sha256$$2b$12$…
		}
		return cryptHash22("$" + rest) // argon2$argon2id$v=19$…
	}
	f := strings.Split(rest, "$")
	if len(f) < 3 {
		return false
	}
	for i, p := range f {
		if p == "" || !cryptChars22(p) && strings.IndexByte(p, '=') < 0 {
			return false
		}
		if i == 0 && alg != "scrypt" && countDigits(p) != len(p) {
			return false // the iterations
		}
	}
	return len(f[len(f)-1]) >= 16
}

// werkzeugHash22 reports Werkzeug's `pbkdf2:sha256:600000$salt$hexhash`
// and `scrypt:32768:8:1$salt$hexhash`.
func werkzeugHash22(v string) bool {
	f := strings.Split(v, "$")
	if len(f) != 3 || f[1] == "" || !cryptChars22(f[1]) || len(f[2]) < 32 {
		return false
	}
	for i := 0; i < len(f[2]); i++ {
		if !isHex(f[2][i]) {
			return false
		}
	}
	for _, p := range strings.Split(f[0], ":")[1:] {
		if p == "" || !cryptChars22(p) {
			return false
		}
	}
	return true
}

// ldapHash22 reports an LDAP userPassword hash, `{SSHA}` and its kin
// followed by base64 (`{CRYPT}` by a crypt hash).
func ldapHash22(v string) bool {
	e := strings.IndexByte(v, '}')
	if e < 0 {
		return false
	}
	switch strings.ToUpper(v[1:e]) {
	case "CRYPT":
		return e+1 < len(v) && v[e+1] == '$' && cryptHash22(v[e+1:])
	case "SHA", "SSHA", "SHA256", "SSHA256", "SHA384", "SSHA384", "SHA512", "SSHA512", "MD5", "SMD5", "PBKDF2",
		"PBKDF2-SHA256", "PBKDF2-SHA512", "ARGON2", "BCRYPT":
	default:
		return false
	}
	b := v[e+1:]
	return len(b) >= 20 && cryptChars22(strings.ReplaceAll(b, "$", ""))
}

// digestLen22 are the hex lengths of the digests named by their
// algorithm; an HMAC's is its hash's.
var digestLen22 = map[string]int{"md5": 32, "sha1": 40, "sha224": 56, "sha256": 64, "sha384": 96, "sha512": 128,
	"sha3-256": 64, "blake2b": 128, "blake3": 64}

// digestLabel22 returns the hex length of the digest a label names, or 0:
// an algorithm's name in any case, alone, glued to "hmac" or as the last
// part of a key after '-' or '_' ("sha256", "HMAC-SHA256", "hmacsha1",
// "hmac_sha512", "signature_sha256").
func digestLabel22(l string) int {
	if len(l) < 3 || len(l) > 32 {
		return 0
	}
	var buf [32]byte
	b := buf[:len(l)]
	for i := 0; i < len(l); i++ {
		c := l[i]
		if !isAlnum(c) && c != '-' && c != '_' {
			return 0
		}
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	for p := 0; p+3 <= len(b); p++ {
		if p == 0 || b[p-1] == '-' || b[p-1] == '_' || p == 4 && string(b[:4]) == "hmac" {
			if n := digestLen22[string(b[p:])]; n > 0 {
				return n
			}
		}
	}
	return 0
}

// algDigest22 reports `<label>=<hex>` or `<label>:<hex>` whose label names
// a digest's algorithm (digestLabel22) and whose hex is exactly that
// digest's length, in one case: `sha256=9f86d0…`, `hmac-sha256:6dad1b…`.
func algDigest22(v string) bool {
	if len(v) < 3+1+32 || len(v) > 32+1+128 {
		return false
	}
	sep := -1
	for i := 3; i < len(v) && i <= 32; i++ {
		if v[i] == '=' || v[i] == ':' {
			sep = i
			break
		}
	}
	if sep < 0 {
		return false
	}
	switch n := len(v) - sep - 1; n {
	case 32, 40, 56, 64, 96, 128: // (the lengths digestLen22 holds: a cheap test first)
		if digestLabel22(v[:sep]) != n {
			return false
		}
	default:
		return false
	}
	h := v[sep+1:]
	lowerHex, upperHex := false, false
	for i := 0; i < len(h); i++ {
		c := h[i]
		switch {
		case isDigit(c):
		case c >= 'a' && c <= 'f':
			lowerHex = true
		case c >= 'A' && c <= 'F':
			upperHex = true
		default:
			return false
		}
	}
	return !(lowerHex && upperHex) // one case, as a digest is printed
}

// labelledDigest22 reports a span s[a:e] that is the hex of an
// algDigest22 value whose label stands right before it as a word of its
// own ("X-Hub-Signature-256: sha256=" + the span, "hmac-sha256:" + the
// span), the span's hex not going on past e.
func labelledDigest22(s string, a, e int) bool {
	if a < 4 || e-a < 32 || e-a > 128 || s[a-1] != '=' && s[a-1] != ':' || e < len(s) && isAlnum(s[e]) {
		return false
	}
	b := a - 1
	for b > 0 && a-1-b < 32 && (isAlnum(s[b-1]) || s[b-1] == '-' || s[b-1] == '_') {
		b--
	}
	if b > 0 && (isAlnum(s[b-1]) || s[b-1] == '-' || s[b-1] == '_') {
		return false // a longer word than a label
	}
	return algDigest22(s[b:e])
}

// maskedValue22 reports a value masked with asterisks that leaves too
// little to be PII: each run of digits (with the separators people type)
// between the asterisks holds six digits at most, or each word shows two
// letters at most beside its asterisks.
func maskedValue22(v string) bool {
	stars, digits, run, letters := 0, 0, 0, 0
	for i := 0; i < len(v); {
		c := v[i]
		switch {
		case c == '*':
			stars++
			run = 0
			i++
		case isDigit(c):
			digits++
			run++
			if run > 6 {
				return false
			}
			i++
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/':
			i++
		case c == '@':
			return false // an e-mail address: maskedValue21's
		default:
			r, n := utf8.DecodeRuneInString(v[i:])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) {
				return false
			}
			letters++
			i += n
		}
	}
	if stars == 0 {
		return false
	}
	if letters == 0 {
		return digits > 0 && stars >= 2 && strings.Contains(v, "**")
	}
	if digits > 0 {
		return false
	}
	// letters: each word of one or two letters and its asterisks
	for _, w := range strings.Fields(v) {
		ws, wl := 0, 0
		for _, r := range w {
			switch {
			case r == '*':
				ws++
			case unicode.IsMark(r):
			case r == '-' || r == '.':
			default:
				wl++
			}
		}
		if wl > 2 || ws == 0 && wl > 0 {
			return false
		}
	}
	return true
}

// keep22Spans drops the spans of a text that hold one of the values above:
// a credential's span that is a password hash or a named digest, a name's
// or a phone's span whose value (the token around it) was masked before.
func (sc *scanner) keep22Spans() {
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		switch x.kind {
		case KindCredential:
			drop = keep22Secret(s, x.start, x.end)
		case KindName, KindPhone:
			drop = keep22Masked(s, x.start, x.end)
		case KindAddress:
			drop = keep22NoPlace(strings.TrimSpace(s[x.start:x.end]))
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// keep22Secret reports a credential's span s[a:e] that is a password hash
// or a digest named by its algorithm (the name may stand before the span:
// "sha256=" + the hex).
func keep22Secret(s string, a, e int) bool {
	if e-a < 16 {
		return false
	}
	t := s[a:e]
	if algDigest22(t) || labelledDigest22(s, a, e) {
		return true
	}
	switch t[0] {
	case '$', '{', 'p', 's', 'b', 'a':
		if passwordHash22(t) {
			return true
		}
		z := e // an unquoted value the reader ended at argon2's ',': "…$m=65536,t=3,p=4$…"
		for z < len(s) && z-a < 256 && (cryptChars22(s[z:z+1]) || s[z] == '$' || s[z] == ',') {
			z++
		}
		if z > e && passwordHash22(s[a:z]) {
			return true
		}
	}
	return false
}

// keep22Masked reports a name's or a phone's span s[a:e] inside a token
// that was masked before ("李**", "138****1234"): the span and the
// asterisks and letters or digits glued to it.
func keep22Masked(s string, a, e int) bool {
	if strings.IndexByte(s[max(0, a-16):min(len(s), e+16)], '*') < 0 {
		return false
	}
	for a > 0 && keep22MaskedByte(s[a-1]) {
		a--
	}
	for e < len(s) && keep22MaskedByte(s[e]) {
		e++
	}
	t := strings.TrimSpace(s[a:e])
	return len(t) <= 64 && (maskedValue22(t) || maskedValue21(t))
}

// keep22MaskedByte reports the bytes of a masked value's token: asterisks,
// letters and digits of any script, and the separators inside a number.
func keep22MaskedByte(c byte) bool {
	return c == '*' || isAlnum(c) || c >= 0x80 || c == '-' || c == '.' || c == '(' || c == ')' || c == '+'
}

// keep22NoPlace reports an address's span that holds no place: an amount
// with its currency ("€66380,46", "R$", "38900,37 kr"), which a phrase
// about changing an address ("change my address …") runs into when the
// buyer's message puts it there.
func keep22NoPlace(t string) bool {
	return t != "" && len(t) <= 32 && amount22(t)
}

// currencies22 are the symbols and codes written before or after an
// amount.
var currencies22 = []string{"R$", "US$", "A$", "C$", "€", "¥", "£", "$", "₩", "₹", "₽", "₺", "₱", "₫", "฿", "zł", "kr", "Kč",
	"Ft", "lei", "RM", "Rp", "CHF", "KRW", "JPY", "EUR", "USD", "GBP", "BRL", "MXN", "SEK", "NOK", "DKK", "PLN", "CZK"}

// amount22 reports an amount with its currency: a symbol or code, a
// number with two decimals after ',' or '.', in either order; or a
// currency's symbol or code alone.
func amount22(t string) bool {
	rest, cur := t, false
	for _, c := range currencies22 {
		if strings.HasPrefix(rest, c) {
			rest, cur = strings.TrimSpace(rest[len(c):]), true
			break
		}
	}
	if !cur {
		for _, c := range currencies22 {
			if strings.HasSuffix(rest, c) {
				rest, cur = strings.TrimSpace(rest[:len(rest)-len(c)]), true
				break
			}
		}
	}
	if !cur {
		return false
	}
	if rest == "" {
		return true
	}
	n := len(rest)
	if countDigits(rest) == n {
		return n <= 9
	}
	if n < 4 || rest[n-3] != ',' && rest[n-3] != '.' || !isDigit(rest[n-1]) || !isDigit(rest[n-2]) {
		return false
	}
	for i := 0; i < n-3; i++ {
		if c := rest[i]; !isDigit(c) && c != '.' && c != ',' && c != ' ' {
			return false
		}
	}
	return true
}
