package redact

import "strings"

// An OAuth 2.0 / OpenID Connect authorization code comes back to the
// client in its redirect URI's query ("/oauth2/callback?code=…&state=…",
// RFC 6749 §4.1.2), and proxies, CDNs and journald print that URL whole.
// The code is exchanged for tokens: it is a credential until it is used.
// "code=" also carries status and error codes, so the URL must say it is a
// callback: its path names one (callback, oauth, authorize, redirect,
// signin, sso, oidc, openid, login, "/cb") or its query holds the
// flow's "state=" beside a code of 16 characters or more. The value must
// be shaped as a code: 8 characters or more of letters, digits and
// "-._~/%", with a digit or both cases; six digits or more alone count too.

// mayHoldOAuthCode23 is oauthCodeSpans23's gate.
func mayHoldOAuthCode23(s string, depth int, tp *textPairs) bool {
	if depth == 0 {
		return tp.contains("code=")
	}
	return strings.Contains(s, "code=")
}

// oauthPathWords23 name a URL as an authorization flow's redirect target.
var oauthPathWords23 = []string{"callback", "oauth", "authorize", "redirect", "signin", "sign-in", "sign_in",
	"sso", "oidc", "openid", "login", "/cb", "authcode", "auth/"}

// oauthCodeSpans23 returns the authorization codes of the callback URLs
// in s.
func oauthCodeSpans23(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "code=")
		if i < 0 {
			break
		}
		i += off
		off = i + 5
		if i == 0 {
			continue
		}
		// the parameter starts the query or follows '&' (also "&amp;", "\u0026")
		switch {
		case s[i-1] == '?' || s[i-1] == '&':
		case i >= 5 && s[i-5:i] == "&amp;":
		case i >= 6 && s[i-6:i] == `\u0026`:
		default:
			continue
		}
		v := i + 5
		if isMarkerAt(s, v) {
			continue
		}
		e := v
		for e < len(s) && oauthCodeByte23(s[e]) {
			e++
		}
		if !oauthCodeShaped23(s[v:e]) || e < len(s) && (isAlnum(s[e]) || s[e] >= 0x80) {
			continue
		}
		if !oauthURL23(s, i, e) {
			continue
		}
		out = append(out, span{start: v, end: e, kind: KindCredential})
	}
	return out
}

// oauthCodeByte23 reports a byte an authorization code is written with.
func oauthCodeByte23(c byte) bool {
	return isAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/' || c == '%' || c == '+' || c == '*' || c == '!'
}

// oauthCodeShaped23 reports a value shaped as an authorization code.
func oauthCodeShaped23(v string) bool {
	if len(v) < 6 || len(v) > 2048 {
		return false
	}
	digits, upper, lower := 0, 0, 0
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			digits++
		case c >= 'A' && c <= 'Z':
			upper++
		case c >= 'a' && c <= 'z':
			lower++
		}
	}
	if digits == len(v) {
		return true // six digits or more
	}
	return len(v) >= 8 && (digits > 0 && upper+lower > 0 || upper > 0 && lower > 0)
}

// oauthURL23 reports that the query holding the parameter at i (its value
// ending at e) belongs to a URL whose path names a callback, or whose query
// holds "state=".
func oauthURL23(s string, i, e int) bool {
	// the URL's start: back to a space, a quote or a bracket
	a := i
	for a > 0 && i-a < 2048 {
		c := s[a-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '<' || c == '(' || c == '[' || c == '\\' && a < i && s[a] == '"' {
			break
		}
		a--
	}
	q := strings.LastIndexByte(s[a:i], '?')
	if q < 0 {
		return false
	}
	q += a
	// the query's end: as the start, forward
	z := e
	for z < len(s) && z-e < 2048 {
		c := s[z]
		if c == ' ' || c == '\t' || c == '\n' || c == '"' || c == '\'' || c == '>' || c == '\\' {
			break
		}
		z++
	}
	query := s[q+1 : z]
	if e-i-5 >= 16 && (strings.HasPrefix(query, "state=") || strings.Contains(query, "&state=") || strings.Contains(query, "&amp;state=") || strings.Contains(query, `\u0026state=`)) {
		return true // (a short code beside "state=" may be a region's: "?code=NSW01&state=…")
	}
	path := strings.ToLower(s[a:q])
	for _, w := range oauthPathWords23 {
		if strings.Contains(path, w) {
			return true
		}
	}
	return false
}
