package redact

import (
	"strings"
	"unicode/utf8"
)

// One-time codes are sent in sentences that inflect the phrase for
// "verification code" ("doğrulama kodunuz: 744832", "codul de verificare:
// 318726", "Your verification code is: 076672", "קוד האימות שלך: 558197",
// "nambari ya uthibitisho: 051736"), so a fixed phrase list misses them.
// The scanner reads 4 to 8 digits after a colon, a full-width colon or
// "is" (otpAt) and redacts them at the end of a clause that holds, within
// a few words before the colon, the stem of "verify", "confirm" or
// "one-time" and a word for "code" in one of the shops' languages.

// otpStems are the stems, lower case; ASCII ones match any case.
var otpStems = []string{"verif", "confirm", "one-time", "one time", "otp", "2fa", "mfa", "passcode",
	"doğrulama", "dogrulama", "onay kod", "weryfik", "ověř", "overov", "bestätig", "bestatig", "bevestig",
	"bekräft", "bekræft", "bekreft", "engångskod", "engangskode", "vahvist", "ellenőrz", "megerősít",
	"xác thực", "xác minh", "xác nhận", "xac thuc", "xac minh", "xac nhan", "uthibitisho", "thibitisha",
	"pengesahan", "επαλήθευσ", "επιβεβαίωσ", "подтвержд", "провероч", "верифика", "підтвердж", "перевіроч",
	"אימות", "האימות", "التحقق", "التأكيد", "تحقق", "تصدیق", "验证", "驗證", "校验", "認証", "確認コード",
	"인증", "ยืนยัน", "सत्यापन", "যাচাই", "kod sms", "sms kod", "sms-kod", "sms code", "sms-code"}

// otpAt redacts a one-time code at p, after the colon or "is" at i; it
// returns where scanning resumes, or 0.
func (sc *scanner) otpAt(i, p int) int {
	s := sc.s
	if p < len(s) && s[p] == ' ' {
		p++
	}
	if p+4 > len(s) || !isDigit(s[p]) || !isDigit(s[p+3]) {
		return 0
	}
	e := otpDigitsEnd(s, p)
	if e > 0 && otpClauseBefore(s, i) && sc.emit(p, e, KindCredential, 0) {
		return e
	}
	return 0
}

// otpDigitsEnd returns the end of 4 to 8 digits at p that stand alone, or 0.
func otpDigitsEnd(s string, p int) int {
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-p < 4 || e-p > 8 || p > 0 && isDigit(s[p-1]) {
		return 0
	}
	if e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '/' || s[e] == ':' ||
		(s[e] == '.' || s[e] == ',') && e+1 < len(s) && isDigit(s[e+1])) {
		return 0 // part of a longer token: "2024-05", "12:30", "1.500"
	}
	return e
}

// otpClauseBefore reports an OTP stem and a word for "code" in the last
// five words of the clause that ends at i (no digits, no sentence break in
// between).
func otpClauseBefore(s string, i int) bool {
	st := max(0, i-64)
	for st > 0 && st < i && s[st]&0xC0 == 0x80 {
		st++ // start on a rune
	}
	w := s[st:i]
	if b := strings.LastIndexAny(w, ".;|,\n\t=[]{}()\"0123456789，。"); b >= 0 {
		_, n := utf8.DecodeRuneInString(w[b:])
		w = w[b+n:]
	}
	// The phrase is the clause's last words: "שלום Jana קוד האימות שלך:".
	if f := strings.Fields(w); len(f) > 5 {
		w = strings.Join(f[len(f)-5:], " ")
	}
	low := strings.ToLower(w)
	stem := false
	for _, st := range otpStems {
		if strings.Contains(low, st) {
			stem = true
			break
		}
	}
	if !stem {
		return false
	}
	for _, c := range otpCodeWords {
		if strings.Contains(low, c) {
			return true
		}
	}
	return false
}

// otpCodeWords are the words for "code" (or "number", "PIN") that the
// clause must hold besides the stem: "verification failed for order: 1234"
// names no code.
var otpCodeWords = []string{"code", "cod", "cód", "kod", "kód", "otp", "pin", "passcode", "2fa", "mfa", "token", "tan",
	"nambari", "numer", "número", "numero", "номер", "код", "κωδικ", "קוד", "رمز", "كود", "کوڈ", "کد", "mã", "ma ",
	"코드", "번호", "码", "碼", "コード", "番号", "รหัส", "कोड", "কোড"}

// otpColonSpans finds the codes the scanner did not reach at their colon
// (another reading took the colon: "…，código de verificación: 905844").
func otpColonSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		c := strings.IndexByte(s[off:], ':')
		if c < 0 {
			break
		}
		c += off
		off = c + 1
		p := c + 1
		if p < len(s) && s[p] == ' ' {
			p++
		}
		if p+4 > len(s) || !isDigit(s[p]) || !isDigit(s[p+3]) {
			continue
		}
		if e := otpDigitsEnd(s, p); e > 0 && otpClauseBefore(s, c) {
			out = append(out, span{start: p, end: e, kind: KindCredential})
			off = e
		}
	}
	return out
}
