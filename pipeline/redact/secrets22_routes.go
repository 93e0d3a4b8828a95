package redact

import "strings"

// Tokens in the paths of one-time links. Password-reset, magic-link,
// e-mail-verification and invitation links carry their token as a path
// segment after the route's word, and a mailer's preview, a mail catcher
// or an access log prints the link whole:
//
//	https://shop.example/password/reset/AT02eJPgp9Q-HU6PzxKEA3NV1dV6hadF?email=…
//	GET /auth/magic-link/3q2K…  /reset/MQ/5ud-8f2b7a3c1e4d5f6a7b8c9d0e/ (Django: uid, then token)
//
// A key reader never sees these (no key names them). routeTokenSpans22
// reads the segment after a segment of routeWords22: token-shaped (20 to
// 512 letters, digits, '-', '_', '.', '~', with a letter and a digit, see
// routeTokenShape22), or, after a short segment (Django's base64 user id,
// Laravel's numeric user id), the segment after that. A segment before the
// route's word ("/orders/ORD-…/confirm") and a short one after it
// ("/verify/email") are kept.

// routeWords22 are the route segments of one-time links, lower case.
var routeWords22 = setOf("reset", "password-reset", "reset-password", "password_reset", "reset_password", "passwordreset",
	"resetpassword", "forgot-password", "magic", "magic-link", "magic_link", "magiclink", "magic-login", "login-link",
	"loginlink", "signin-link", "sign-in-link", "invite", "invites", "invitation", "invitations", "accept-invite",
	"accept-invitation", "activate", "activation", "verify", "verify-email", "email-verification", "verification",
	"confirm", "confirm-email", "confirmation", "unlock", "passwordless")

// mayHoldRouteToken22 is routeTokenSpans22's cheap test: a slash and a
// route word's stem.
func mayHoldRouteToken22(s string, tp *textPairs) bool {
	if !tp.contains("/") {
		return false
	}
	return tp.contains("eset") || tp.contains("agic") || tp.contains("nvit") || tp.contains("ctivat") ||
		tp.contains("erif") || tp.contains("onfirm") || tp.contains("nlock") || tp.contains("ink/") || tp.contains("less/") ||
		tp.contains("ESET") || tp.contains("AGIC") || tp.contains("NVIT")
}

// routeTokenSpans22 returns the tokens after one-time links' route words.
func routeTokenSpans22(s string) []span {
	var out []span
	var buf [32]byte
	for p := 0; p < len(s); {
		j := strings.IndexByte(s[p:], '/')
		if j < 0 {
			break
		}
		a := p + j + 1
		e := a
		for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_') {
			e++
		}
		p = e
		if e == a || e-a > 24 || e >= len(s) || s[e] != '/' || !routeWords22[string(lowerASCII(buf[:0], s[a:e]))] {
			continue
		}
		b := e + 1
		te := routeSegmentEnd22(s, b)
		if te-b < 20 && te < len(s) && s[te] == '/' && te-b >= 1 && te-b <= 12 {
			// a short segment first: a user's id, then the token
			if b2, e2 := te+1, routeSegmentEnd22(s, te+1); routeTokenShape22(s[b2:e2]) {
				b, te = b2, e2
			}
		}
		if routeTokenShape22(s[b:te]) {
			out = append(out, span{start: b, end: te, kind: KindCredential})
			p = te
		}
	}
	return out
}

// routeSegmentEnd22 returns the end of a path segment's token characters
// from b, without a trailing '.'.
func routeSegmentEnd22(s string, b int) int {
	e := b
	for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.' || s[e] == '~') {
		e++
	}
	for e > b && s[e-1] == '.' {
		e--
	}
	return e
}

// routeTokenShape22 reports a token: 20 to 512 characters holding a letter
// and a digit (or 24 and more of letters in both cases that change case
// as randomly drawn letters do, see mixedCaseRandom22), not a file's name
// ("….html").
func routeTokenShape22(v string) bool {
	if len(v) < 20 || len(v) > 512 || !sessionIDShape22(v) && !(len(v) >= 24 && mixedCaseRandom22(v)) {
		return false
	}
	if d := strings.LastIndexByte(v, '.'); d >= 0 && len(v)-d <= 5 {
		return false // "reset-instructions-2024.html"
	}
	return true
}

// mixedCaseRandom22 reports letters whose case changes as randomly drawn
// letters' does: capitals side by side at least twice, and a capital after
// a small letter at least once in six letters. Words written in CamelCase
// ("ResetYourPasswordNowPlease") have no capitals side by side.
func mixedCaseRandom22(v string) bool {
	letters, upUp, lowUp := 0, 0, 0
	var prev byte
	for k := 0; k < len(v); k++ {
		c := v[k]
		if !isAlpha(c) {
			prev = 0
			continue
		}
		letters++
		if isUpper(c) && prev != 0 {
			if isUpper(prev) {
				upUp++
			} else {
				lowUp++
			}
		}
		prev = c
	}
	return letters >= 24 && upUp >= 2 && lowUp*6 >= letters
}
