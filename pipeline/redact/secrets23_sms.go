package redact

// SMS gateways log the one-time code's message as sent, in the buyer's
// language, where the word for "code" often follows a word saying what
// the code is for: Turkish "Doğrulama kodunuz 189786", Hungarian "Az
// ellenőrző kódod 948101", Azerbaijani "Təsdiq kodunuz …". The word for
// "code" then does not open its clause (cred21_codeword.go): the
// qualifier before it does.

// otpQualifiers23 are the words that name a code as a one-time or
// verification code when they stand right before the word for "code",
// lower case.
var otpQualifiers23 = setOf("doğrulama", "dogrulama", "güvenlik", "guvenlik", "giriş", "giris",
	"ellenőrző", "ellenorzo", "megerősítő", "megerosito", "biztonsági", "biztonsagi", "belépési", "belepesi", "egyszeri",
	"təsdiq", "tasdiq", "tasdiqlash", "patvirtinimo", "prisijungimo", "apstiprinājuma", "apstiprinajuma",
	"verifikācijas", "verifikacijas", "kinnitus", "vahvistus", "potvrzovací", "potvrzovaci", "overovací", "overovaci",
	"ověřovací", "weryfikacyjny", "jednorazowy", "potvrdni", "sigurnosni", "varnostna", "potrditveno",
	"verificare", "confirmare", "verifikasi", "mfa", "2fa", "sms", "otp")

// otpQualifierOpens23 reports a qualifier (otpQualifiers23) right before
// the word for "code" at ws that itself opens its clause.
func otpQualifierOpens23(s string, ws int, have []span) bool {
	q := ws
	for q > 0 && s[q-1] == ' ' && ws-q < 3 {
		q--
	}
	if q == ws {
		return false
	}
	qs, qe := wordBefore21(s, q)
	if qs < 0 {
		return false
	}
	var buf [48]byte
	if !otpQualifiers23[bytesToString(lowerWord18(buf[:0], s[qs:qe]))] {
		return false
	}
	return codeClauseOpens21(s, qs, have)
}
