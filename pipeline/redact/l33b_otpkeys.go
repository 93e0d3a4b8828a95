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

// An SMS or chat-app template's variables name a code by the bare key
// "code", and the template's own name or type says it is a one-time code
// ("template_id":"otp_login_v2", "type":"verification"): mayHoldOTPTemplate33
// is the cheap test (a key of a template and "otp" or "verif" in the
// text), otpTemplateSpans33 reads each quoted "code" of 4 to 8 digits. A
// "code" in any other JSON (an HTTP status's, a product's), or in an
// error's object inside the template's, is left.
func mayHoldOTPTemplate33(tp *textPairs) bool {
	return (tp.contains("template") || tp.contains("Template")) &&
		(tp.contains("otp") || tp.contains("OTP") || tp.contains("verif") || tp.contains("Verif"))
}

func otpTemplateSpans33(s string) []span {
	var out []span
	for off := 0; ; {
		i := strings.Index(s[off:], `code\":`)
		j := strings.Index(s[off:], `code":`)
		switch {
		case i < 0 && j < 0:
			return out
		case i < 0 || j >= 0 && j < i:
			i = j
		}
		p := off + i
		off = p + 5
		if p < 1 || s[p-1] != '"' && s[p-1] != '\\' {
			continue // "error_code", "zipcode": another key
		}
		k := p + 4
		for k < len(s) && k-p < 9 && (s[k] == '\\' || s[k] == '"' || s[k] == ':' || s[k] == ' ') {
			k++
		}
		if k == p+4 || s[k-1] != '"' {
			continue // a bare number ("code": 404) is a status's
		}
		e := k
		for e < len(s) && isDigit(s[e]) {
			e++
		}
		if n := e - k; n >= 4 && n <= 8 && e < len(s) && (s[e] == '"' || s[e] == '\\') && !errorObject33(s, p) {
			out = append(out, span{start: k, end: e, kind: KindCredential})
			off = e
		}
	}
}

// errorObject33 reports a key at p inside an object whose own key names an
// error or a status ("error":{"code":"4001", …}).
func errorObject33(s string, p int) bool {
	b := strings.LastIndexByte(s[max(0, p-120):p], '{')
	if b < 0 {
		return false
	}
	b += max(0, p-120)
	q := b
	for q > 0 && (s[q-1] == ':' || s[q-1] == '"' || s[q-1] == '\\' || s[q-1] == ' ') {
		q--
	}
	a := q
	for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '_') {
		a--
	}
	var buf [24]byte
	if q-a == 0 || q-a > len(buf) {
		return false
	}
	k := string(lower(buf[:0], s[a:q]))
	return strings.Contains(k, "err") || strings.Contains(k, "status") || strings.Contains(k, "fault") || strings.Contains(k, "exception")
}
