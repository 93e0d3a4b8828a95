package redact

import "strings"

// One-time codes after a request to enter them. A sign-in or verification
// mail offers a code beside its link, and asks for it with a verb of
// entering or using, the word for "code" and the digits:
//
//	https://shop.example/auth/magic?token=…
//	or enter code 364163
//	Enter the verification code: 504353 · Saisissez le code 718293 · wpisz kod 123456
//
// enterCodeSpans22 reads 4 to 8 digits standing alone (otpDigitsEnd) right
// after a word for "code" (codeWords22), with at most a colon, a dash or
// "is" between, where a verb of otpUseVerbs or enterVerbs22 stands at most
// three words before the code's word in the same clause ("enter the
// one-time code", "or use this code"). "Error code 504", "code 1006" and
// "enter your order number" have no such verb or word.

// codeWords22 are the words for "code" that such a request uses, lower
// case.
var codeWords22 = setOf("code", "passcode", "otp", "pin", "código", "codigo", "codice", "kode", "koden", "kod", "kodu",
	"kód", "kódot", "koodi", "koodin", "mã", "msimbo", "код", "кода", "kodi", "koda")

// enterVerbs22 are verbs of entering a code that otpUseVerbs lacks, lower
// case.
var enterVerbs22 = setOf("indtast", "ange", "skriv", "syötä", "wprowadź", "введите", "введіть", "въведете", "unesite",
	"zadajte", "zadejte", "vnesite", "sisesta", "ievadiet", "įveskite", "írja", "adja", "introduceți", "introdu",
	"ingresá", "introduzca", "insérez", "tapez", "copy", "paste", "provide", "submit", "inserire", "immetti",
	"digita", "informe")

// mayHoldEnterCode22 is enterCodeSpans22's cheap test: a digit (the
// reader itself looks at the word before each number only).
func mayHoldEnterCode22(s string, sig uint32) bool {
	return sig&sigDigit != 0 && len(s) >= 12
}

// enterCodeSpans22 returns the codes of s asked to be entered.
func enterCodeSpans22(s string) []span {
	var out []span
	for p := 0; p < len(s); p++ {
		if p = nextDigit(s, p); p == len(s) {
			break
		}
		// the run's end, read once: a run that otpDigitsEnd refuses by its
		// length, or whose left side rules it out, is passed over whole
		r := digitRunEnd28(s, p)
		if p > 0 && (isDigit(s[p-1]) || isAlpha(s[p-1]) || s[p-1] >= 0x80) || p < 3 || r-p < 4 || r-p > 8 {
			p = r - 1
			continue
		}
		e := otpDigitsEnd(s, p)
		if e == 0 {
			p = r - 1
			continue
		}
		if enterCodeBefore22(s, p) {
			out = append(out, span{start: p, end: e, kind: KindCredential})
		}
		p = e - 1
	}
	return out
}

// enterCodeBefore22 reports the code's word right before the digits at p
// (a colon, a dash or "is" between) and a verb of entering at most three
// words before that word, in the same clause.
func enterCodeBefore22(s string, p int) bool {
	q := skipBack22(s, p)
	if q > 0 && (s[q-1] == ':' || s[q-1] == '-') {
		q = skipBack22(s, q-1)
	}
	w := wordBefore22(s, q)
	if q-w == 2 && strings.EqualFold(s[w:q], "is") {
		q = skipBack22(s, w)
		w = wordBefore22(s, q)
	}
	if w == q || q-w > 16 || q-w < 2 || !codeWordEnd22(s[q-1]) || !codeWords22[lowerWord22(s[w:q])] {
		return false
	}
	for n := 0; n < 4; n++ {
		q = skipBack22(s, w)
		if q == w && n > 0 || q == 0 {
			return false // (words run together: no clause of words)
		}
		w = wordBefore22(s, q)
		if w == q || q-w > 24 {
			return false // a clause's break, a number, a long token
		}
		if v := lowerWord22(s[w:q]); otpUseVerbs[v] || enterVerbs22[v] {
			return true
		}
	}
	return false
}

// codeWordEnd22 reports a byte that ends a word of codeWords22 ("code",
// "otp", "pin", "kod", "koodi", "código", "mã", "код"…).
func codeWordEnd22(c byte) bool {
	switch c | 0x20 {
	case 'e', 'p', 'n', 'o', 'd', 'i', 'u', 'a', 't':
		return true
	}
	return c >= 0x80
}

// skipBack22 returns the position before the spaces and commas that end
// at p.
func skipBack22(s string, p int) int {
	for p > 0 && (s[p-1] == ' ' || s[p-1] == ',' || s[p-1] == '\t') {
		p--
	}
	return p
}

// wordBefore22 returns the start of the word of letters (and '-') that
// ends at q; q itself when none does.
func wordBefore22(s string, q int) int {
	w := q
	for w > 0 && q-w < 32 && (isAlpha(s[w-1]) || s[w-1] >= 0x80 || s[w-1] == '-' && w-1 > 0 && isAlpha(s[w-2])) {
		w--
	}
	return w
}

// lowerWord22 returns w in lower case.
func lowerWord22(w string) string {
	for k := 0; k < len(w); k++ {
		if c := w[k]; c >= 0x80 || isUpper(c) {
			return strings.ToLower(w)
		}
	}
	return w
}
