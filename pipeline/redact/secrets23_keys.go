package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Keys of security systems that name a secret in their own spelling are in
// credTails (keys.go): OpenLDAP's and nss-ldap's "bindpw"/"rootpw" ("pw"),
// strongSwan's, hostapd's and IKE daemons' pre-shared keys ("psk",
// "wpa_psk"), SSSD's "ldap_default_authtok" ("authtok").

// sentCodeVerbs23 end a key that says a code was sent to someone
// ("otp_sent", "code_issued"): what the key holds is the code itself.
var sentCodeVerbs23 = []string{"sent", "resent", "issued", "delivered", "generated", "dispatched"}

// sentCodeHeads23 are the words for a one-time code before such a verb.
var sentCodeHeads23 = []string{"otp", "code", "pin", "passcode", "totp", "2fa", "mfa", "smscode", "emailcode",
	"verificationcode", "verifycode", "otpcode", "mfacode", "2facode", "onetimecode"}

// sentCodeKey23 reports a normalised key (lower case, no separators) that
// names a one-time code as sent: "otp_sent", "smsCodeSent", "mfa_code_issued"
// (not "otp_sent_at", "code_sent_count": those end in another word).
func sentCodeKey23(nk []byte) bool {
	if len(nk) < 7 || len(nk) > 40 {
		return false
	}
	k := bytesToString(nk)
	if i := strings.LastIndexByte(k, '.'); i >= 0 {
		k = k[i+1:]
	}
	for _, v := range sentCodeVerbs23 {
		if !strings.HasSuffix(k, v) {
			continue
		}
		before := k[:len(k)-len(v)]
		for _, h := range sentCodeHeads23 {
			if strings.HasSuffix(before, h) {
				return true
			}
		}
	}
	return false
}

// sentCodeDigits23 reports 4 to 8 ASCII digits as a whole value.
func sentCodeDigits23(v string) bool {
	if len(v) < 4 || len(v) > 8 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// sentCodeField23 reports an event's field whose key says a one-time code
// was sent and whose value is that code: 4 to 8 digits, as a string or a
// number ("otp_sent":"969067"); a flag ("otp_sent":true) or a time stays.
func sentCodeField23(path string, v event.Value) bool {
	if v.Kind != event.String && v.Kind != event.Number {
		return false
	}
	if len(path) < 7 || !mayBeSentKey23(path) {
		return false // (the last segment's last byte is the path's: asked before the segment is found)
	}
	last := path
	if i := strings.LastIndexByte(path, '.'); i >= 0 {
		last = path[i+1:]
	}
	if len(last) < 7 {
		return false
	}
	var buf [48]byte
	return sentCodeKey23(normKey(buf[:0], last)) && sentCodeDigits23(v.Str)
}

// mayBeSentKey23 is sentCodeKey23's cheap test on a key as written: it ends
// in one of the verbs' last letters ('t', 'd').
func mayBeSentKey23(k string) bool {
	c := k[len(k)-1] | 0x20
	return c == 't' || c == 'd'
}

// openQuote steps over a value's opening quote at p: a double or a single
// quote, or a JSON-escaped double quote. It returns where the value starts
// and the quote (the backslash for an escaped one), or p and 0 when the
// value is bare.
func openQuote(s string, p int) (int, byte) {
	switch {
	case p < len(s) && (s[p] == '"' || s[p] == '\''):
		return p + 1, s[p]
	case p+1 < len(s) && s[p] == '\\' && s[p+1] == '"':
		return p + 2, '\\'
	}
	return p, 0
}

// sentCodeValue23 redacts the value at k of a key that names a code as
// sent, when it is 4 to 8 digits standing alone (quoted or not); it
// returns where scanning resumes, or 0.
func (sc *scanner) sentCodeValue23(k int) int {
	s := sc.s
	p, q := openQuote(s, k)
	e := p
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if !sentCodeDigits23(s[p:e]) {
		return 0
	}
	if e < len(s) {
		switch c := s[e]; {
		case q != 0 && c == q:
		case q == 0 && (c == ' ' || c == ',' || c == ';' || c == '&' || c == '}' || c == '\n' || c == '\t' || c == '"'):
		default:
			return 0
		}
	}
	if sc.emit(p, e, KindCredential, 0) {
		return e
	}
	return 0
}

// valueWordBefore23 reports that the word ending at p-1 (before the space
// at p) is the tail of the previous pair's value in key=value output
// ("api_name=shop-public key=…"), not a word qualifying the key after it
// as "idempotency key" does: a '=' or ':' joins its token to a key.
func valueWordBefore23(s string, p int) bool {
	for q := p - 1; q >= 0 && p-q < 128; q-- {
		switch s[q] {
		case ' ', '\t', '\n', '"', '\'', '(', '[', '{', ',':
			return false
		case '=':
			return true
		}
	}
	return false
}
