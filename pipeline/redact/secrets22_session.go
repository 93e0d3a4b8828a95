package redact

import "strings"

// Session ids inside a session store's keys. Session stores keep a
// session under a key made of a fixed prefix and the session's id, and
// whoever inspects the store (redis-cli, MONITOR, a memcached dump, a
// framework's debug log) prints the key whole:
//
//	redis-cli GET sess:cc93951e5df9826f3eb9d374d7da4809Te7o058M
//	"DEL" "spring:session:sessions:expires:1f0c…"
//	get memc.sess.key.k3v9…   :1:django.contrib.sessions.cache8x2l…
//
// The id is the session's bearer credential. sessionKeySpans22 reads the
// id after a prefix that names a session (express's and Koa's "sess:",
// Flask's, Rack's and Spring's "session:"/"sessions:", PHP's
// "PHPREDIS_SESSION:" and "memc.sess.key.", Django's cache backends), at
// the start of a key (not glued to a word before it), skipping the short
// namespaces some stores add after it ("sessions:expires:"); the id must
// be token-shaped: 16 to 256 characters of letters, digits, '-', '_', '.',
// holding a letter and a digit. A session's word before a colon and a
// space ("session: started") or before a short word ("session:user:42")
// names no id.

// sessionPrefixes22 are the session stores' key prefixes, lower case.
var sessionPrefixes22 = []string{"sess:", "session:", "sessions:", "phpredis_session:", "memc.sess.key.",
	"django.contrib.sessions.cached_db", "django.contrib.sessions.cache"}

// mayHoldSessionKey22 is sessionKeySpans22's cheap test: a prefix's tail.
func mayHoldSessionKey22(s string, tp *textPairs) bool {
	if len(s) < 21 || !tp.may("ss") && !tp.may("SS") {
		return false
	}
	return tp.contains("ss:") || tp.contains("ssion") || tp.contains("SSION") || tp.contains(".sess")
}

// sessionKeySpans22 returns the session ids of s's session-store keys.
func sessionKeySpans22(s string) []span {
	var out []span
	for p := 0; p+3 <= len(s); {
		i := indexFold(s[p:], "ess")
		if i < 0 {
			break
		}
		i += p
		p = i + 3
		a, pre := -1, ""
		for _, w := range sessionPrefixes22 {
			o := strings.Index(w, "ess") // where the first "ess" stands in the prefix
			if k := i - o; k >= 0 && len(s)-k >= len(w) && strings.EqualFold(s[k:k+len(w)], w) {
				a, pre = k, w
				break
			}
		}
		if pre == "" || a > 0 && isAlnum(s[a-1]) {
			continue // "mysess:", "Obsession:"
		}
		b := a + len(pre)
		// short namespaces after the prefix: "sessions:expires:", "session:2::"
		for hop := 0; hop < 3; hop++ {
			e := sessionTokenEnd22(s, b)
			if e < len(s) && s[e] == ':' && e-b < 16 {
				b = e + 1
				for b < len(s) && s[b] == ':' {
					b++
				}
				continue
			}
			break
		}
		e := sessionTokenEnd22(s, b)
		for e > b && s[e-1] == '.' {
			e--
		}
		if e-b >= 16 && e-b <= 256 && sessionIDShape22(s[b:e]) {
			out = append(out, span{start: b, end: e, kind: KindCredential})
		}
		p = max(p, e)
	}
	return out
}

// sessionTokenEnd22 returns the end of the id's characters from b.
func sessionTokenEnd22(s string, b int) int {
	e := b
	for e < len(s) && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '.') {
		e++
	}
	return e
}

// sessionIDShape22 reports an id holding a letter and a digit.
func sessionIDShape22(v string) bool {
	var letter, digit bool
	for k := 0; k < len(v); k++ {
		if isDigit(v[k]) {
			digit = true
		} else if isAlpha(v[k]) {
			letter = true
		}
	}
	return letter && digit
}
