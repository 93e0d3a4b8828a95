package redact

import (
	"slices"

	"github.com/vigilops/vigil/event"
)

// A one-time code of four or five digits that the detectors find in one
// string of an event ("verification code 1992", "OTP 3285", a request's
// "code":"9930") is often repeated whole by a later field of the same
// event that holds nothing else and names it only as a code: a GraphQL
// error's "extensions.invalidArgs.code", a validation error's "otp", a
// retry's copy of the request. knownSet.add does not chase codes this
// short through text (a year or a quantity is written the same way), so
// Event records them apart (knownSet.codes) and redacts a later field's
// value only when it is that same code whole and the field's own key
// names a secret code (code, otp, pin, passcode, verification_code, …).
// Error, status, postal and promo codes have keys of their own and a
// value the event never read as a secret; they stay.

// shortCode23n reports a code knownSet.add leaves: four or five digits.
func shortCode23n(v string) bool {
	if len(v) < 4 || len(v) > 5 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// addShortCode23n records a short code the detectors redacted in a string.
func (ks *knownSet) addShortCode23n(v string) {
	if shortCode23n(v) && !slices.Contains(ks.codes, v) {
		ks.codes = append(ks.codes, v)
	}
}

// codeKeys23n are the keys, normalised (normKey), that name a secret code
// by themselves.
var codeKeys23n = setOf("code", "otp", "otpcode", "pin", "passcode", "smscode", "2facode", "mfacode",
	"verificationcode", "verifycode", "confirmationcode", "securitycode", "authcode", "onetimecode",
	"onetimepassword", "totp", "totpcode", "otpvalue", "codevalue")

// echoCode23n masks v, a field's string or number, when it is whole one of
// the event's short codes and the field's key names a secret code.
func (r *Redactor) echoCode23n(path string, v *event.Value, c *Counts, ks *knownSet) bool {
	if ks == nil || len(ks.codes) == 0 || !shortCode23n(v.Str) || !slices.Contains(ks.codes, v.Str) {
		return false
	}
	if !lastSegmentIs(path, 3, func(k []byte) bool { return codeKeys23n[string(k)] }) {
		return false
	}
	r.maskValue(v, r.kindAction[KindCredential], KindCredential.String(), KindCredential, c)
	return true
}
