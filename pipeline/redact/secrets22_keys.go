package redact

import "strings"

// Keys that name a one-time code or an anti-forgery token without ending
// in a word of credTails. A session store's record, a framework's debug
// dump and an MFA flow's state hold the code the user was sent under a
// key that says which factor it is for and that it is a code, with a
// state word between ("mfa_pending_code", "otp_sent_code",
// "twoFactorLoginCode"); the code is a second factor like "otp_code". An
// anti-forgery token is stored under "csrf" or "xsrf" alone (express's and
// Koa's session objects, Rails' "_csrf_token" already ends in "token").

// factorWords22 name a second factor or a one-time code inside a key.
var factorWords22 = []string{"mfa", "2fa", "otp", "totp", "twofactor", "twofa", "2step", "twostep", "onetime"}

// factorCodeKey22 reports a normalised key (lower case, no separators)
// that ends in "code" or "codes" and holds a word of factorWords22 before
// it.
func factorCodeKey22(k string) bool {
	var before string
	switch {
	case strings.HasSuffix(k, "code"):
		before = k[:len(k)-4]
	case strings.HasSuffix(k, "codes"):
		before = k[:len(k)-5]
	default:
		return false
	}
	if len(before) < 3 {
		return false
	}
	for _, w := range factorWords22 {
		if strings.Contains(before, w) {
			return true
		}
	}
	return false
}

// keepIndexNames22 drops the credentials found in the index's name of
// MySQL's duplicate-entry error ("Duplicate entry 'x' for key
// 'users_email_unique'", "… for key 'users.PRIMARY'"): the key word
// before it names a unique index, not a secret.
func (sc *scanner) keepIndexNames22() {
	s := sc.s
	const kw = " for key '"
	out := sc.spans[:0]
	for _, x := range sc.spans {
		if x.kind == KindCredential && x.start >= len(kw) && s[x.start-len(kw):x.start] == kw && x.end < len(s) && s[x.end] == '\'' {
			if l := strings.LastIndexByte(s[:x.start], '\n'); strings.Contains(s[l+1:x.start], "Duplicate entry '") {
				continue
			}
		}
		out = append(out, x)
	}
	sc.spans = out
}
