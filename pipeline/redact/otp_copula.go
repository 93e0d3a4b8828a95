package redact

import (
	"strings"
)

// One-time codes whose phrase ends in a copula or a topic marker rather
// than a colon: "il tuo codice di verifica è 123456", "tu código de
// verificación es …", "Mã xác minh của bạn là …", "Din verifieringskod är
// …", "Ang iyong verification code ay …", "Nambari yako ya uthibitisho ni
// …", "您的验证码是…", "認証コードは…", "인증번호는 …", "…ကုဒ်မှာ …"; and
// the codes for signing in or activating an account, which name no
// verifying ("код для входу 556818", "كود التفعيل …", "tek kullanımlık
// şifreniz …"). The clause before the copula must hold an OTP stem and a
// word for "code" (otpClauseBefore), so "the total is 1200" and "order
// status is 4001" stay.

// otpCopulas are the copulas (and Tagalog's "ay", Swahili's "ni") that
// may end the phrase before the code, lower case.
var otpCopulas = []string{"is", "ist", "est", "es", "este", "er", "on", "je", "jest", "to", "adalah", "ialah", "ay",
	"ni", "ndi", "yra", "ir", "waa", "yw", "e", "era", "was", "lautet", "wynosi", "zní", "znie", "glasi", "гласи", "olan", "reads",
	"é", "è", "är", "là", "la", "คือ", "είναι", "это", "є", "е", "هو", "هي", "הוא", "היא", "הם", "می‌باشد", "हो", "है", "हैं", "आहे", "হল", "হলো", "ہے"}

// otpGlued are the copulas and topic markers written without a space
// after the phrase in scripts without spaces (the code may follow with
// or without one).
var otpGlued = []string{"是", "为", "為", "は", "는", "은", "မှာ", "က", "คือ"}

// otpExtraStems are the stems of signing in and activating, read only
// right before the code or its copula: "код для входу 556818".
var otpExtraStems = []string{"вход", "login", "log-in", "sign-in", "signin", "log in", "sign in", "acceso", "accesso", "anmelde",
	"connexion", "masuk", "giriş", "giris", "logowan", "přihláš", "prihlas", "belépés", "登录", "登入", "登錄", "ログイン",
	"로그인", "đăng nhập", "dang nhap", "เข้าสู่ระบบ", "التفعيل", "تفعيل", "الدخول", "activation", "activación", "ativação",
	"attivazione", "aktivier", "aktivasi", "активац", "激活", "kullanımlık", "kullanimlik", "jednorazow", "einmal", "usa e getta",
	"un solo uso", "uso único", "à usage unique", "eenmalig", "одноразов"}

// otpBeforeDigits redacts a one-time code at i (a digit after a space, or
// right after a non-ASCII letter) whose phrase ends in a copula, a topic
// marker, or a word of signing in. It returns where scanning resumes, or 0.
func (sc *scanner) otpBeforeDigits(i int) int {
	s := sc.s
	if !isDigit(s[i]) || i+3 >= len(s) || !isDigit(s[i+3]) {
		return 0
	}
	e := otpDigitsEnd(s, i)
	if e == 0 {
		return 0
	}
	end := i // end of the word before the code
	if s[i-1] == ' ' {
		end = i - 1
	}
	b := end
	for b > 0 && end-b < 48 && s[b-1] != ' ' && s[b-1] != '"' && s[b-1] != '\'' && s[b-1] != '(' && s[b-1] != '\n' && s[b-1] != '=' && s[b-1] != ':' {
		b--
	}
	if b == end || end-b >= 48 {
		return 0
	}
	w := s[b:end]
	ok := false
	clause := end // where the clause that must name the code ends
	if s[i-1] != ' ' || w[len(w)-1] >= 0x80 {
		for _, g := range otpGlued {
			if strings.HasSuffix(w, g) {
				ok, clause = true, end-len(g)
				break
			}
		}
	}
	if !ok && s[i-1] == ' ' {
		var buf [48]byte
		low := buf[:0]
		high := false
		for p := 0; p < len(w); p++ {
			c := w[p]
			high = high || c >= 0x80
			if isUpper(c) {
				c += 'a' - 'A'
			}
			low = append(low, c)
		}
		if otpCopulaSet[string(low)] {
			ok, clause = true, b
		} else if high || otpExtraWords[string(low)] || otpWordEndsCode(string(low)) {
			from := b // the last two words
			if from > 1 && s[from-1] == ' ' {
				from--
				for from > 0 && b-from < 32 && s[from-1] != ' ' && s[from-1] != '"' && s[from-1] != '\'' && s[from-1] != '(' && s[from-1] != '\n' {
					from--
				}
			}
			near := strings.ToLower(s[from:end])
			for _, st := range otpExtraStems {
				if strings.Contains(near, st) {
					ok = true
					break
				}
			}
		}
	}
	if !ok || clause <= 0 {
		return 0
	}
	for clause > 0 && s[clause-1] == ' ' {
		clause--
	}
	if !otpClauseBefore(s, clause) && !otpExtraClause(s, clause) {
		return 0
	}
	if sc.emit(i, e, KindCredential, 0) {
		return e
	}
	return 0
}

// otpExtraClause reports a clause ending at i that names a code and signing
// in, activating or a single use ("код для входу", "tek kullanımlık
// şifreniz").
func otpExtraClause(s string, i int) bool {
	low := clauseBefore(s, i) // otp.go
	return containsAnyOf(low, otpExtraStems) && (containsAnyOf(low, otpCodeWords) || containsAnyOf(low, otpPasswordWords))
}

// otpPasswordWords name a one-time code as a password ("tek kullanımlık
// şifreniz").
var otpPasswordWords = []string{"şifre", "sifre", "parol", "пароль", "hasło", "haslo", "heslo", "jelszó", "password", "passwort",
	"contraseña", "senha", "mot de passe", "wachtwoord", "密码", "パスワード", "비밀번호", "كلمة"}

var otpCopulaSet = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range otpCopulas {
		m[c] = true
	}
	return m
}()

// otpExtraWords are the ASCII words of signing in, activating or a single
// use that may stand right before a code ("… de acceso 123456").
var otpExtraWords = map[string]bool{"login": true, "log-in": true, "signin": true, "sign-in": true, "acceso": true, "accesso": true,
	"connexion": true, "masuk": true, "activation": true, "aktivierung": true, "aktivasi": true, "logowania": true,
	"prihlaseni": true, "giris": true, "einmalcode": true, "sifreniz": true, "sifre": true}
