package redact

import "strings"

// Passwords written in prose, by hand: the credential's noun, a copula or
// a topic marker, then the value ("the pw is …", "la clave es …", "a senha
// é …", "das PW ist …", "le mdp c'est …", "パスワードは…", "비번은 …"), and a
// verb of signing in with its preposition ("login with …", "anmelden mit
// …", "entrar com …"). After a copula the value must be shaped as a
// secret (pwProseShaped33), so "the password is wrong", "la contraseña es
// incorrecta", "password: ********" and "login with Google" stay.

// pwCopulas33 link a password's noun to its value, per language (each
// followed by a space; the value comes next).
var pwCopulas33 = []string{"is now ", "is: ", "is ", "was ", "ist ", "lautet ", "es ", "era ", "é ", "è ", "est ", "c'est ",
	"c’est ", "c&#39;est ", "c&#039;est ", "c&apos;est ", "adalah ", "ialah ", "är ", "er ", "je ", "jest ",
	"είναι ", "это ", "это: ", "— ", "- ", "ni ", "ay ", "là ", "là: ", "nya ", "nya: "}

// pwParticles33 are the topic markers and copulas glued to a noun of a
// script without spaces ("パスワードは…", "비번은 …", "密码是…").
var pwParticles33 = []string{"は、", "は", "が", "은", "는", "是", "为", "為"}

// pwCopula33 skips a copula at k; it reports whether it skipped one.
func pwCopula33(s string, k int) (int, bool) {
	if k >= len(s) {
		return k, false
	}
	for _, w := range pwCopulas33 {
		if len(s)-k > len(w) && prefixFold33(s[k:], w) && s[k+len(w)] != ' ' {
			return k + len(w), true
		}
	}
	return k, false
}

// prefixFold33 reports w at the start of t, its ASCII letters in either case.
func prefixFold33(t, w string) bool {
	if len(t) < len(w) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if t[i] != w[i] && !(t[i]|0x20 == w[i] && isLowerASCII(w[i])) {
			return false
		}
	}
	return true
}

// pwParticle33 skips a glued topic marker (and the spaces after it) at k.
func pwParticle33(s string, k int) (int, bool) {
	if k >= len(s) || s[k] < 0xe3 || s[k] > 0xec {
		return k, false
	}
	for _, w := range pwParticles33 {
		if strings.HasPrefix(s[k:], w) {
			k += len(w)
			for k < len(s) && s[k] == ' ' {
				k++
			}
			return k, true
		}
	}
	return k, false
}

// pwProseEnd33 returns the end of a value written in prose at k: it runs to
// a space, a quote, a markup bracket, a character of another script or a
// separator followed by a space; a sentence's full stop, comma or
// semicolon after it is dropped, and its last '!', '?' or other symbol is
// kept (a password's trailing sign: "Marmalade2004?", "Hurricane1997*").
func pwProseEnd33(s string, k int) int {
	e := k
	for e < len(s) && e-k < 512 {
		c := s[e]
		if c <= ' ' || c >= 0x80 || c == '"' || c == '\\' || c == '<' || c == '>' || c == '\'' || c == '`' || c == '(' || c == ')' ||
			c == '[' || c == ']' || c == '{' || c == '}' {
			break
		}
		if c == '&' && e+1 < len(s) && (isAlpha(s[e+1]) || s[e+1] == '#') {
			break // "&lt;i&gt;", "&page=2": an entity or the next parameter
		}
		if (c == ',' || c == ';') && (e+1 == len(s) || s[e+1] == ' ' || s[e+1] == '\\' || s[e+1] == '"') {
			break
		}
		e++
	}
	// a sentence's full stop: one '.' after the value's last sign ("…108.",
	// "…Kangaroo2004!.", "…papillon_9124.." keeps the first)
	if e-k >= 2 && s[e-1] == '.' && (e == len(s) || s[e] <= ' ' || s[e] >= 0x80 || s[e] == '"' || s[e] == '\\' || s[e] == '<') {
		e--
	}
	for e > k && (s[e-1] == ',' || s[e-1] == ';' || s[e-1] == ':') {
		e--
	}
	return e
}

// pwProseShaped33 reports a value shaped as a password: eight bytes or
// more, letters with digits or symbols; not a mask, a link, an e-mail
// address, a version or an id of capitals and digits (INC3775096).
func pwProseShaped33(t string) bool {
	if len(t) < 8 || len(t) >= 512 || !secretLooking(t) || strings.Contains(t, "REDACTED") || strings.Contains(t, "://") {
		return false
	}
	var lowerC, other, mixed bool
	at := -1
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= 'a' && c <= 'z':
			lowerC = true
		case c == '@':
			at = i
			other = true
		case isUpper(c) || isDigit(c):
			mixed = true
		case c == '-' || c == '_' || c == '.':
		default:
			other = true
		}
	}
	if !lowerC && !other {
		return false // an id or a tracking number: "INC3775096", "ORD-2024-55821", "EE076336804PT"
	}
	if !mixed && !other {
		return false // words joined: "rotated-yesterday", "read-only"
	}
	if at >= 0 {
		if d := strings.LastIndexByte(t[at:], '.'); d > 0 && len(t)-(at+d+1) >= 2 && isAlphaRun(t[at+d+1:]) {
			return false // an e-mail address
		}
	}
	if t[0]|0x20 == 'v' && len(t) > 1 && isDigit(t[1]) || strings.HasPrefix(t, "www.") {
		return false
	}
	return true
}

func isAlphaRun(t string) bool {
	for i := 0; i < len(t); i++ {
		if !isAlpha(t[i]) {
			return false
		}
	}
	return t != ""
}

// pwProseValue33 redacts a password written in prose at k, when shaped as
// one; it returns where scanning resumes, or 0.
func (sc *scanner) pwProseValue33(k int) int {
	s := sc.s
	if k+1 < len(s) && (s[k] == '"' || s[k] == '\'' || s[k] == '`') {
		k++ // quoted: "the password is 'Tr0ub4dor!'"
	} else if k+2 < len(s) && s[k] == '\\' && s[k+1] == '"' {
		k += 2
	}
	if k >= len(s) || isMarkerAt(s, k) {
		return 0
	}
	e := pwProseEnd33(s, k)
	if !pwProseShaped33(s[k:e]) || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}

// pwNoun2 is the cheap test for a two-letter password noun: "pw", "PW".
func pwNoun2(s string, i, j int) bool {
	return j-i == 2 && s[i]|0x20 == 'p' && s[i+1]|0x20 == 'w'
}

// loginVerbs33 sign in, before a preposition: "login with …", "log in with
// …", "sign in with …", "anmelden mit …", "entrar com …", "entra con …",
// "connecte-toi avec …", "masuk dengan …".
var loginVerbs33 = map[string][]string{
	"with":   {"login", "log in", "logon", "log on", "signin", "sign in", "sign on"},
	"mit":    {"login", "einloggen", "anmelden", "melde dich an", "einlogen"},
	"com":    {"login", "entrar", "entre", "entra", "logar", "acessar", "acesse", "acessa"},
	"con":    {"login", "entrar", "entra", "entre", "accede", "acceder", "inicia sesión", "iniciar sesión", "ingresa", "ingresar", "accedi"},
	"avec":   {"login", "connecte-toi", "connectez-vous", "connexion", "se connecter"},
	"dengan": {"login", "masuk", "log masuk"},
	"met":    {"login", "inloggen", "log in"},
}

// loginWith33 redacts the password after a verb of signing in and its
// preposition at i..j ("customer login with tigerlily_6396"); it returns
// where scanning resumes, or 0.
func (sc *scanner) loginWith33(i, j int) int {
	s := sc.s
	if i < 4 || s[i-1] != ' ' || j+1 >= len(s) || s[j] != ' ' {
		return 0
	}
	var verbs []string
	for _, p := range [...]string{"with", "mit", "com", "con", "avec", "dengan", "met"} {
		if len(p) == j-i && prefixFold33(s[i:j], p) {
			verbs = loginVerbs33[p]
			break
		}
	}
	if verbs == nil {
		return 0
	}
	for _, v := range verbs {
		p := i - 1 - len(v)
		if p >= 0 && prefixFold33(s[p:], v) && (p == 0 || !isAlnum(s[p-1]) && s[p-1] < 0x80 || lineStart33(s, p)) {
			return sc.pwProseValue33(j + 1)
		}
	}
	return 0
}

// loginPrep33 holds, by the first letter of loginVerbs33's prepositions,
// the set of their second letters (bit c-'a').
var loginPrep33 = func() (t [256]uint32) {
	for w := range loginVerbs33 {
		t[w[0]] |= 1 << (w[1] - 'a')
	}
	return t
}()

// loginPrepAt33 is the cheap test for a preposition of loginVerbs33 at i.
func loginPrepAt33(s string, i int) bool {
	return loginPrep33[s[i]|0x20]>>((s[i+1]|0x20)-'a')&1 != 0
}

// prosePw33 redacts a password after a verb of signing in (loginWith33),
// or after a password's label that opens a line and a column's gap of
// spaces, as a scanned form prints it ("PW  sheaf-each-873", "Password
// Tr0ub4dor!"); it returns where scanning resumes, or 0.
func (sc *scanner) prosePw33(i, j int) int {
	s := sc.s
	if j+1 < len(s) && s[j+1] != ' ' {
		return sc.loginWith33(i, j)
	}
	if i > 0 && !lineStart33(s, i) || !(pwNoun2(s, i, j) || j-i >= 3 && credEnding(s[j-3:j])) {
		return 0
	}
	var buf [64]byte
	if j-i > len(buf) || keyClass(normKey(buf[:0], s[i:j])) != keyCred {
		return 0
	}
	k := j
	for k < len(s) && k-j < 6 && s[k] == ' ' {
		k++
	}
	return sc.pwProseValue33(k)
}
