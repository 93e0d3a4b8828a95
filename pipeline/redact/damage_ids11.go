package redact

import "strings"

// Look-alikes that readers of addresses, phones and secrets took for PII:
// a delivery's endpoint after "to", a GTIN-14 after a qualifier, a
// message's numeric id under a "…_token" key.

// urlSchemeAt reports a URL's scheme at k ("https://", "http://",
// "ftp://", "s3://", "amqp://"…): letters, digits, '+', '-' or '.', then
// "://". A value that begins so is an endpoint, never a postal address: a
// webhook's "delivery (order.created) #905920 to https://erp.example/hooks
// responded 504 in 6223ms" names where the request went.
func urlSchemeAt(s string, k int) bool {
	if k >= len(s) || !isAlpha(s[k]) {
		return false
	}
	e := k + 1
	for e < len(s) && e-k < 16 && (isAlnum(s[e]) || s[e] == '+' || s[e] == '-' || s[e] == '.') {
		e++
	}
	return strings.HasPrefix(s[e:], "://")
}

// intlPrefixCCShort reports digits written "00" and a country code as
// their first group when that group is too short for the code: after the
// international prefix 00, a code of one digit is 1 or 7 and every other
// zone's code has two or three digits, so "002 12616242637239" (an IDoc
// segment's qualifier and a GTIN-14) or "009 1234 5678" is no phone, while
// "001 415 555 2671", "007 912 …", "0049 30 …" and "00420 602 …" are.
// lens are the group lengths of dg, a run of two groups or more.
func intlPrefixCCShort(dg []byte, lens []int) bool {
	if len(lens) < 2 || len(dg) < 5 || dg[0] != '0' || dg[1] != '0' {
		return false
	}
	switch lens[0] {
	case 3:
		return dg[2] != '1' && dg[2] != '7'
	case 4:
		return dg[2] != '1' && dg[2] != '7' && ccLen(dg[2:]) == 3
	}
	return false
}

// numericTokenID reports a JSON number of 13 digits or more under a key
// whose secret word is "token" ("message_token", "event_token"): a
// messenger's message id (Viber's message_token, Snowflake ids), not a
// secret. Secrets are strings; one-time codes and PINs written as numbers
// are short and stay masked, as does any number under a password, PIN,
// OTP, secret or key name.
func numericTokenID(path, lit string) bool {
	if len(lit) < 13 || len(lit) > 20 || countDigits(lit) != len(lit) {
		return false
	}
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) < 6 {
		return false // a bare "token" names nothing else the number could be
	}
	l := strings.ToLower(seg)
	if !strings.HasSuffix(l, "token") && !strings.HasSuffix(l, "tokens") {
		return false
	}
	for _, w := range []string{"pass", "pwd", "secret", "otp", "pin", "auth", "access", "refresh", "session", "api", "bearer", "csrf", "xsrf"} {
		if strings.Contains(l, w) {
			return false
		}
	}
	return true
}
