package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// spacedHighKey reads the further words of a quoted key written in words of
// a non-Latin script ("κωδικός πρόσβασης", "كلمة المرور", "رمز عبور") from
// the space at e: one or two words of letters and marks, then the key's
// closing quote and ':' or '=' ("…": "…", '…': '…', "…"=…). It returns the
// end of the last word, or 0.
func spacedHighKey(s string, e int) int {
	end := 0
	for w := 0; w < 2 && e < len(s) && s[e] == ' '; w++ {
		p := e + 1
		q := p
		for q < len(s) && q-p < 48 {
			r, n := utf8.DecodeRuneInString(s[q:])
			if r < 0x80 || !unicode.IsLetter(r) && !unicode.IsMark(r) && r != 0x200C && r != 0x200D {
				break
			}
			q += n
		}
		if q == p {
			break
		}
		end, e = q, q
	}
	if end == 0 || end+1 >= len(s) {
		return 0
	}
	if s[end] == '\\' && end+2 < len(s) && s[end+1] == '"' && s[end+2] == ':' {
		return end // "{\"κωδικός πρόσβασης\":…" in JSON held in a string
	}
	switch s[end] {
	case '"', '\'':
		if c := s[end+1]; c == ':' || c == '=' {
			return end
		}
		if c := s[end+1]; c == '\\' || c == ' ' {
			return end // "…\":" in JSON held in a string; "…" : …
		}
	}
	return 0
}

// elidedAt reports an apostrophe at p that elides a vowel inside a key
// of words written together: Italian and French "ParolaD'ordine",
// "Mot_d'accès", "code_d'accès" ("…d'…", "…l'…" after a letter of the
// same key, a letter after it).
func elidedAt(s string, p, floor int) bool {
	if s[p] != '\'' || p-2 < floor || p+1 >= len(s) || !isAlpha(s[p+1]) {
		return false
	}
	if c := s[p-1] | 0x20; c != 'd' && c != 'l' {
		return false
	}
	return isAlpha(s[p-2]) || s[p-2] == '_'
}

// digitKey reads a key that begins with a digit at i: "2FA" ("2fa_code",
// "2faSecret", <ns2:2faCode>) is the one word of a credential's key that
// does, and the number reader would otherwise take its digit and skip the
// rest. It returns where scanning resumes, or 0.
func (sc *scanner) digitKey(i int) int {
	s := sc.s
	if i+3 >= len(s) || s[i] != '2' || s[i+1]|0x20 != 'f' || s[i+2]|0x20 != 'a' || i > 0 && (isWord(s[i-1]) || s[i-1] == '-') {
		return 0
	}
	j := i + 3
	for j < len(s) && j-i < 48 && (isWord(s[j]) || s[j] == '_' || s[j] == '-') {
		j++
	}
	if j >= len(s) {
		return 0
	}
	if s[j] == '>' {
		if i > 0 && (s[i-1] == '<' || s[i-1] == ':') {
			return max(sc.xmlElement(i, j), 0) // <ns2:2faCode>…</ns2:2faCode>
		}
		return 0
	}
	if e := sc.key(i, j, ctxNone); e != j {
		return e
	}
	return 0
}

// authSchemes are the HTTP authentication schemes a secret is written
// after (RFC 7235 and vendors'), as a credential's key's value carries
// them: "userPassword: Basic dXNl…", "X-Secret: Bearer eyJ…".
var authSchemes = []string{"Basic ", "Bearer ", "Digest ", "Token ", "Negotiate ", "NTLM ", "OAuth ", "ApiKey ", "AWS4-HMAC-SHA256 "}

// schemeAt reports an authentication scheme, then a space and more, at k
// (after the value's opening quote, if any).
func schemeAt(s string, k int) bool {
	if k < len(s) && (s[k] == '"' || s[k] == '\'') {
		k++
	}
	if k >= len(s) || !(s[k] >= 'A' && s[k] <= 'Z' || s[k] >= 'a' && s[k] <= 'z') {
		return false
	}
	for _, w := range authSchemes {
		if len(s) > k+len(w) && strings.EqualFold(s[k:k+len(w)], w) && s[k+len(w)] != ' ' {
			return true
		}
	}
	return false
}

// spacedSecret reads an unquoted secret of words (a passphrase) in an
// object's dump, where the key's '=' is written with spaces and the next
// member or the object's end closes the value: C#'s anonymous types and
// records ("{ Heslo = Old age1979*, TsNs = … }"), Kotlin's and Lombok's
// toString ("(password = two words, id = 7)"). It returns the end of the
// value when the value holds a space, or 0 for the ordinary token reader.
func (sc *scanner) spacedSecret(k int) int {
	s := sc.s
	if k < 3 || s[k-1] != ' ' || s[k-2] != '=' || s[k-3] != ' ' || k >= len(s) || s[k] == '"' || s[k] == '\'' {
		return 0
	}
	sp := false
	for e := k; e < len(s) && e-k < 96; e++ {
		switch c := s[e]; c {
		case '\n', '\r', '"', '=', '{', '[', '(':
			return 0
		case ' ':
			if e+1 < len(s) && (s[e+1] == '}' || s[e+1] == ')' || s[e+1] == ']') {
				return sc.emitSpaced(k, e, sp)
			}
			sp = true
		case ',':
			if e+1 < len(s) && s[e+1] == ' ' && memberNext(s, e+2) {
				return sc.emitSpaced(k, e, sp)
			}
		case '}', ')', ']':
			return sc.emitSpaced(k, e, sp)
		}
	}
	return 0
}

// emitSpaced redacts [k, e) when it holds a space.
func (sc *scanner) emitSpaced(k, e int, sp bool) int {
	if !sp || e <= k || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// memberNext reports an object's member at p: a word, then " = " or "=".
func memberNext(s string, p int) bool {
	q := p
	for q < len(s) && q-p < 48 && (isWord(s[q]) || s[q] == '_' || s[q] >= 0x80) {
		q++
	}
	if q == p {
		return false
	}
	if q < len(s) && s[q] == ' ' {
		q++
	}
	return q < len(s) && s[q] == '='
}

// spacedTails are the last words of credential keys written as words
// ("otp seed:", "SECRET KEY BASE:", "recovery codes:", "smtp pass:"):
// only a colon after one of them is read back over the words before it.
var spacedTails = map[string]bool{"seed": true, "base": true, "pass": true, "password": true, "passwd": true, "key": true,
	"secret": true, "token": true, "codes": true, "code": true, "phrase": true, "passphrase": true, "pin": true, "pwd": true,
	// the last words of "mot de passe", "palavra passe", "kata sandi", "kata laluan", "clave de acceso", "parola d'ordine"
	"passe": true, "sandi": true, "laluan": true, "acceso": true, "acesso": true, "ordine": true}

// spacedKeyDrop are words that begin a clause, not a key: "the key: …".
var spacedKeyDrop = map[string]bool{"the": true, "a": true, "an": true, "this": true, "that": true, "which": true, "no": true,
	"any": true, "each": true, "every": true, "is": true, "was": true, "of": true, "for": true, "with": true, "and": true, "or": true}

// spacedCredKey reads the value after a colon at c whose key is two or
// three ASCII words, read together as one key ("otp seed" → "otpseed",
// "SECRET KEY BASE" → "secretkeybase"): a transcript's or a mail body's
// label. It returns where scanning resumes, or 0.
func (sc *scanner) spacedCredKey(c int) int {
	s := sc.s
	if c < 5 || c+2 >= len(s) || s[c+1] != ' ' || !isAlpha(s[c-1]) {
		return 0
	}
	var starts [3]int
	p, n := c, 0
	for n < 3 {
		q := p
		for q > 0 && p-q < 24 && (isAlnum(s[q-1]) || s[q-1] == '_' || s[q-1] == '-') {
			q--
		}
		if q == p || q < sc.lastEnd {
			break
		}
		if n == 0 {
			var b [24]byte
			if !spacedTails[string(lowerASCII(b[:0], s[q:p]))] {
				return 0
			}
		}
		starts[n] = q
		n++
		if q < 2 || s[q-1] != ' ' || !isAlnum(s[q-2]) {
			break
		}
		p = q - 1
	}
	for w := n - 1; w >= 1; w-- {
		ks := starts[w]
		var b [24]byte
		if spacedKeyDrop[string(lowerASCII(b[:0], s[ks:starts[w-1]-1]))] {
			continue
		}
		var buf [64]byte
		nk := buf[:0]
		for q := ks; q < c && len(nk) < len(buf); q++ {
			switch ch := s[q]; {
			case ch == ' ' || ch == '_' || ch == '-':
			case ch >= 'A' && ch <= 'Z':
				nk = append(nk, ch+'a'-'A')
			default:
				nk = append(nk, ch)
			}
		}
		if keyClass(nk) != keyCred {
			continue
		}
		k := c + 1
		for k < len(s) && s[k] == ' ' && k-c < 4 {
			k++
		}
		if e := sc.value(k, KindCredential, modeToken); e > 0 {
			return e
		}
		return 0
	}
	return 0
}

// lowerASCII appends w to dst in lower case (ASCII letters only).
func lowerASCII(dst []byte, w string) []byte {
	for q := 0; q < len(w) && len(dst) < cap(dst); q++ {
		ch := w[q]
		if ch >= 'A' && ch <= 'Z' {
			ch += 'a' - 'A'
		}
		dst = append(dst, ch)
	}
	return dst
}

// captureBlock reports that the cell at i is inside HAProxy's block of
// captured request headers, "{shop.example|Mozilla/5.0|…}": a '{' opens
// it on the same line with no space nor '}' between, and '|' separates
// its cells. Headers captured so (Authorization, Cookie, X-Api-Key) carry
// secrets without their names.
func captureBlock(s string, i int) bool {
	lo := max(0, i-256)
	o := strings.LastIndexByte(s[lo:i], '{')
	if o < 0 {
		return false
	}
	o += lo
	in := s[o+1 : i]
	return strings.IndexByte(in, '|') >= 0 && strings.IndexAny(in, " }\n\"") < 0
}

// constraintSecret redacts the value of SQL Server's duplicate key when
// the violated constraint names a credential's column ("Violation of
// UNIQUE KEY constraint 'UQ_Buyers_Contraseña'. … The duplicate key value
// is (…)."): the first value in the brackets is that column's, whatever
// its shape. i is the value's start, right after the '('. It returns the
// value's end, or 0.
func (sc *scanner) constraintSecret(i int) int {
	s := sc.s
	const lead = "duplicate key value is ("
	if i < len(lead) || s[i-len(lead):i] != lead {
		return 0
	}
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	c := strings.Index(s[ls:i], "constraint '")
	if c < 0 {
		return 0
	}
	n := ls + c + len("constraint '")
	q := strings.IndexByte(s[n:i], '\'')
	if q <= 0 {
		return 0
	}
	name := s[n : n+q]
	if !constraintNamesSecret(name) {
		return 0
	}
	e := i
	for e < len(s) && e-i < 256 && s[e] != ',' && s[e] != ')' && s[e] != '\n' {
		e++
	}
	if e == i || e >= len(s) || s[e] == '\n' || !sc.emit(i, e, KindCredential, 0) {
		return 0
	}
	return e
}

// constraintNamesSecret reports a constraint whose last one or two parts
// name a credential's column: "UQ_Buyers_Password", "UQ_Buyers_Api_Token",
// "UQ_Buyers_Contraseña"; not "UQ_Buyers_Email" nor "PK_Buyers".
func constraintNamesSecret(name string) bool {
	for parts, k := 0, len(name); parts < 2 && k > 0; parts++ {
		u := strings.LastIndexByte(name[:k], '_')
		if u < 0 {
			return false
		}
		var buf [64]byte
		nk := normKey(buf[:0], name[u+1:])
		for _, ch := range nk {
			if ch >= 0x80 {
				nk = lowerHigh(nk)
				break
			}
		}
		if len(nk) > 0 && keyClass(nk) == keyCred {
			return true
		}
		k = u
	}
	return false
}

// urlEncoded reports a '%' and two hex digits in t: URL encoding, not a
// password's symbol ("tundra_080%" is a password, "a%2Fb" a path).
func urlEncoded(t string) bool {
	for k := strings.IndexByte(t, '%'); k >= 0; {
		if k+2 < len(t) && isHex(t[k+1]) && isHex(t[k+2]) {
			return true
		}
		n := strings.IndexByte(t[k+1:], '%')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	return false
}

// quotedKeyClose returns where a quoted key that opens before i and whose
// words end at k closes ("…": "…", '…': …, \"…\":), ready for its ':' or
// '='; or k when the key is not quoted so.
func quotedKeyClose(s string, i, k int) int {
	if i == 0 || s[i-1] != '"' && s[i-1] != '\'' || k >= len(s) {
		return k
	}
	q := k
	for q < len(s) && q-k < 4 && s[q] == '\\' {
		q++
	}
	if q >= len(s) || s[q] != s[i-1] {
		return k
	}
	q++
	for q < len(s) && s[q] == ' ' && q-k < 6 {
		q++
	}
	if q < len(s) && (s[q] == ':' || s[q] == '=') {
		return q
	}
	return k
}

// credKeyWord reports a key, in any script, that names a secret
// ("Contraseña", "暗証番号", "Lösenord").
func credKeyWord(w string) bool {
	if len(w) == 0 || len(w) > 48 {
		return false
	}
	var buf [64]byte
	nk := normKey(buf[:0], w)
	nk = lowerHigh(nk)
	c := keyClass(nk)
	return c == keyCred || c == keyAuth
}
