package redact

// One-time codes after a phrase that names whose code it is: Malay and
// Indonesian put "your" after the noun ("kod pengesahan anda 005218",
// "kode OTP kamu 4471"), as do Tagalog ("code mo"), Swahili ("msimbo
// wako") and others; the code follows the possessive.

// otpOwnersA26 are the possessives and copulas that stand between a phrase
// for "verification code" and its digits.
var otpOwnersA26 = setOf("anda", "kamu", "awak", "kau", "mu", "mo", "ninyo", "nyo", "wako", "yako", "ako", "is", "ay",
	"lautet", "est", "es", "är", "er", "je", "to", "é", "è", "ist", "your")

// otpOwnerA26 skips a possessive or a copula and the spaces after it at k
// (the digits' start when there is none).
func otpOwnerA26(s string, k int) int {
	e := k
	for e < len(s) && e-k < 8 && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 0x80) {
		e++
	}
	if e == k || e >= len(s) || s[e] != ' ' && s[e] != ':' {
		return k
	}
	if !otpOwnersA26[s[k:e]] {
		return k
	}
	for e < len(s) && (s[e] == ' ' || s[e] == ':') {
		e++
	}
	return e
}
