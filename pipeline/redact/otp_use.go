package redact

import "strings"

// One-time codes in a sign-in message that names no code: a verb of using
// or entering, the digits, and what they are for ("Use 482913 to sign in",
// "Enter 482913 to verify your phone", "Usa 482913 para iniciar sesión",
// "Gunakan 482913 untuk masuk"), or, in Japanese, a sign-in or verifying
// stem and the particle には before the digits ("ログインには 482913 を入力").
// A verb alone ("use 2 boxes"), a purpose alone ("482913 to sign in" after
// an order's word) or digits of another length are kept.

// otpUseVerbs are the verbs of using or entering a code, lower case.
var otpUseVerbs = map[string]bool{"use": true, "enter": true, "type": true, "input": true, "usa": true, "use:": true,
	"utilisez": true, "utilise": true, "saisissez": true, "entrez": true, "introduce": true, "ingresa": true, "ingrese": true,
	"utiliza": true, "usá": true, "digite": true, "insira": true, "utilize": true, "verwende": true, "verwenden": true,
	"nutze": true, "gib": true, "gebruik": true, "voer": true, "usa:": true, "inserisci": true, "utilizza": true,
	"gunakan": true, "masukkan": true, "użyj": true, "wpisz": true, "kullan": true, "kullanın": true, "girin": true,
	"gamitin": true, "ilagay": true, "dùng": true, "nhập": true, "tumia": true, "weka": true}

// otpUsePurposes begin what a used code is for, lower case, after the
// digits and one space.
var otpUsePurposes = []string{"to sign in", "to sign-in", "to log in", "to login", "to log-in", "to verify", "to confirm",
	"to complete", "to activate", "to reset", "to access", "to continue", "as your code", "as your verification",
	"as your login", "as your one-time", "as your otp", "as your security code", "as your passcode",
	"para iniciar", "para entrar", "para acceder", "para confirmar", "para verificar", "para validar", "para ativar",
	"para activar", "pour vous connecter", "pour confirmer", "pour valider", "pour vérifier", "pour activer",
	"zum anmelden", "zur anmeldung", "zur bestätigung", "zum bestätigen", "zur verifizierung", "om in te loggen",
	"om te bevestigen", "per accedere", "per confermare", "per verificare", "untuk masuk", "untuk verifikasi",
	"untuk login", "do logowania", "aby się zalogować", "aby potwierdzić", "ile giriş", "para mag-login",
	"để đăng nhập", "để xác minh", "kuingia", "kuthibitisha"}

// otpJaStems are the Japanese stems that may stand before には and a code.
var otpJaStems = []string{"ログイン", "サインイン", "認証", "本人確認", "確認"}

// otpUse redacts a one-time code at i (its first digit) by the verb before
// it and the purpose after it; it returns where scanning resumes, or 0.
func (sc *scanner) otpUse(i int) int {
	s := sc.s
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i < 4 || e-i > 8 || e < len(s) && (isAlpha(s[e]) || s[e] == '-' || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return 0
	}
	if s[i-1] == ' ' && i >= 3 {
		b := i - 1
		a := b
		for a > 0 && b-a < 12 && s[a-1] != ' ' && s[a-1] != '\n' && s[a-1] != '"' && s[a-1] != '\'' && s[a-1] != '>' {
			a--
		}
		var buf [16]byte
		if a < b && b-a <= 12 && otpUseVerbs[string(lowerASCII(buf[:0], s[a:b]))] && e+1 < len(s) && s[e] == ' ' {
			after := s[e+1 : min(len(s), e+1+32)]
			for _, p := range otpUsePurposes {
				if len(after) >= len(p) && strings.EqualFold(after[:len(p)], p) && sc.emit(i, e, KindCredential, 0) {
					return e
				}
			}
		}
	}
	// ログインには 482913 を入力してください
	b := i
	if s[b-1] == ' ' {
		b--
	}
	const niwa = "には"
	if b < len(niwa) || s[b-len(niwa):b] != niwa {
		return 0
	}
	before := s[max(0, b-len(niwa)-24) : b-len(niwa)]
	ok := false
	for _, st := range otpJaStems {
		if strings.HasSuffix(before, st) {
			ok = true
			break
		}
	}
	rest := strings.TrimPrefix(s[e:], " ")
	if !ok || !(strings.HasPrefix(rest, "を") || strings.HasPrefix(rest, "と") || rest == "" || strings.HasPrefix(rest, "。")) {
		return 0
	}
	if sc.emit(i, e, KindCredential, 0) {
		return e
	}
	return 0
}

// otpLinkWords may stand between an OTP phrase and its code: a possessive
// and a copula, in the scripts whose phrases otpPhrase reads ("รหัส otp
// ของคุณคือ 6283", "mã xác minh của bạn là 6283").
var otpLinkWords = []string{"ของคุณ", "ของท่าน", "คือ", "của bạn", "là"}

// otpPhraseWord returns the otpPhrases phrase at i ("": none), Thai's
// "รหัส OTP" in capitals too.
func (sc *scanner) otpPhraseWord(i int) string {
	s := sc.s
	w := sc.phraseAt(otpIndex, i)
	if w == "" && strings.HasPrefix(s[i:], "รหัส ") && len(s) >= i+len("รหัส otp") && strings.EqualFold(s[i+len("รหัส "):i+len("รหัส otp")], "otp") {
		w = "รหัส OTP" // Thai messages write OTP in capitals
	}
	return w
}

// otpPhraseLinked redacts the code after the otpPhrases phrase w at i and
// the possessive and copula after it; it returns the code's end, or 0.
func (sc *scanner) otpPhraseLinked(i int, w string) int {
	s := sc.s
	k := i + len(w)
	linked := false
	for n := 0; n < 3; n++ {
		for k < len(s) && s[k] == ' ' {
			k++
		}
		hit := false
		for _, l := range otpLinkWords {
			if strings.HasPrefix(s[k:], l) {
				k += len(l)
				hit, linked = true, true
				break
			}
		}
		if !hit {
			break
		}
	}
	if !linked {
		return 0
	}
	for k < len(s) && (s[k] == ' ' || s[k] == ':') {
		k++
	}
	e := k
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-k < 4 || e-k > 8 || e < len(s) && (isAlnum(s[e]) || s[e] == '-') || !sc.emit(k, e, KindCredential, 0) {
		return 0
	}
	return e
}
