package redact

import "strings"

// A one-time code's key names the code by "otp" and says which of it the
// value is: what the buyer typed ("otp_input", "otpValue", "entered_otp",
// "user_otp"), or through which channel it went ("sms_otp", "email_otp",
// "wa_otp"). A key that says something about the code rather than holding
// it ("otp_sent_at", "otp_attempts", "otp_expiry", "otp_status",
// "otp_length", "otp_channel") holds no code and stays: only the
// qualifiers below read a key.
var otpHolds33 = []string{"input", "value", "entered", "typed", "text", "digits", "field", "val", "str"}

var otpChannels33 = []string{"sms", "email", "mail", "wa", "whatsapp", "user", "entered", "typed", "input", "login",
	"signin", "verify", "current", "last", "received", "mobile", "pending"}

// otpKey33 reports a normalised key (lower case, no separators) that holds
// a one-time code by the rule above.
func otpKey33(k string) bool {
	if len(k) < 6 || len(k) > 24 {
		return false
	}
	if strings.HasPrefix(k, "otp") {
		q := k[3:]
		for _, w := range otpHolds33 {
			if q == w {
				return true
			}
		}
		return false
	}
	if strings.HasSuffix(k, "otp") {
		q := k[:len(k)-3]
		for _, w := range otpChannels33 {
			if q == w {
				return true
			}
		}
	}
	return false
}

// The phrases of otpPhrases are matched with their first letter folded
// only; the acronym inside them is as often written in capitals ("Kode
// OTP kamu 4614", "mã OTP của bạn", "OTP code: 4614"): each phrase that
// holds "otp" is also indexed with it so.
func init() {
	have := setOf(otpPhrases...)
	for _, w := range otpPhrases {
		if v := strings.ReplaceAll(w, "otp", "OTP"); v != w && !have[v] {
			have[v] = true
			otpPhrases = append(otpPhrases, v)
		}
	}
	otpIndex = newPhraseIndex(joinedPhrases32(otpPhrases))
}
