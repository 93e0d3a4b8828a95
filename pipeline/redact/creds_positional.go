package redact

import "strings"

// Message formats that number their arguments log them as "{0}=…, {1}=…"
// (Java's MessageFormat indices, printed by a label or mapping service
// that lists what it could not handle): "Label for order {0}=… failed:
// {1}=Vd37…ebQ {2}=…". Such an argument has no key to name it; like a
// quoted positional argument it is a credential when it is shaped like
// one (secretShaped, or a word with a tail of digits and symbols).

// indexedArg redacts a secret-shaped argument at i after "{N}=" and
// returns where scanning resumes, or 0.
func (sc *scanner) indexedArg(i int) int {
	s := sc.s
	p := i - 1 // '='
	if p < 3 || s[p] != '=' || s[p-1] != '}' {
		return 0
	}
	q := p - 2
	for q >= 0 && p-2-q < 3 && isDigit(s[q]) {
		q--
	}
	if q < 0 || q == p-2 || s[q] != '{' || q > 0 && s[q-1] != ' ' && s[q-1] != ',' && s[q-1] != '\t' {
		return 0
	}
	e := i
	for e < len(s) && e-i <= 128 && s[e] > ' ' && s[e] < 0x7f {
		e++
	}
	if e-i < 8 || e-i > 128 || e < len(s) && s[e] != ' ' && s[e] != '\n' && s[e] != '\r' {
		return 0
	}
	t := s[i:e]
	if t[len(t)-1] == ',' || t[len(t)-1] == ';' {
		t = t[:len(t)-1]
		e--
	}
	if !(secretShaped(t) || wordAndTail(t) || wordAndNumber(t) || lowerRandomKey(t) || base32Seed(t) || recoveryCodeShaped(t)) || coordinate(t) || !sc.emit(i, e, KindCredential, 0) {
		return 0
	}
	return e
}

// lowerRandomKey reports a long random key in one case, lower-case
// letters and digits ("e1ny15yvuma8iv5ihc5vecsfx0zy8bi2m5"), as API keys
// and app secrets are issued: 30 to 64 of them with no separator, letters
// beyond hex (so no digest or trace id), and digits scattered in four
// runs or more (so no word or slug).
func lowerRandomKey(t string) bool {
	if len(t) < 30 || len(t) > 64 {
		return false
	}
	runs, digits, beyondHex := 0, 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case isDigit(c):
			digits++
			if i == 0 || !isDigit(t[i-1]) {
				runs++
			}
		case c >= 'g' && c <= 'z':
			beyondHex++
		case c >= 'a' && c <= 'f':
		default:
			return false
		}
	}
	return runs >= 4 && digits >= 5 && beyondHex >= 6
}

// digestAnywhere redacts an HTTP Digest credential logged without its
// Authorization header ("{1}=Digest username=\"svc\", realm=…, nonce=…,
// response=\"1a3e…\""): the scheme's word before the "username" at ks and
// a parameter list that holds the response hash. It returns where
// scanning resumes, or 0.
func (sc *scanner) digestAnywhere(ks int) int {
	s := sc.s
	if !strings.EqualFold(s[ks-7:ks], "Digest ") || ks > 7 && isWord(s[ks-8]) {
		return 0
	}
	end := authParams(s, ks)
	if end == 0 || !strings.Contains(s[ks:end], "response=") {
		return 0
	}
	if sc.emit(ks, end, KindCredential, 0) {
		return end
	}
	return 0
}

// base32Seed reports a TOTP seed written on its own: 32 characters of
// RFC 4648 base32 (A–Z and 2–7, the alphabet authenticator apps show),
// with digits and letters mixed. A ULID (26, Crockford's alphabet, with 0,
// 1, 8, 9) or an order id in capitals does not fit; 16-character seeds are
// left alone, as payment references (Adyen's PSP reference) share their
// shape.
func base32Seed(t string) bool {
	if len(t) != 32 {
		return false
	}
	digits := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '2' && c <= '7':
			digits++
		case c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return (digits >= 2 || seedOneDigit27(t, digits)) && digits <= len(t)/2 // (one digit: cred27_shapes.go)
}

// recoveryCodeShaped reports a two-factor recovery code written on its own:
// two groups of five lower-case letters and digits joined by a dash
// ("30cwb-fsb91"), as GitHub, GitLab and others print them, with letters
// and digits mixed in the whole.
func recoveryCodeShaped(t string) bool {
	if len(t) != 11 || t[5] != '-' {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case i == 5:
		case isDigit(c):
			digits++
		case c >= 'a' && c <= 'z':
			letters++
		default:
			return false
		}
	}
	return digits >= 2 && letters >= 2 || digits == 1 && recoveryOneDigit23(t) // (cred23h_recovery.go)
}
