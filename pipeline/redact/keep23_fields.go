package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Clean values of edge and security telemetry that a key or a neighbour
// tells apart from the PII they resemble (fields; the text passes are in
// keep23_spans.go):
//
//   - a Message-ID (RFC 5322 §3.6.4) logged under its own key — Suricata's
//     `email.message_id`, a message trace's `MessageId`, `In-Reply-To` — is
//     an id in the shape of an address: `<…@mail.example>`, or written
//     without brackets when its local part is an id's shape;
//   - a session counter: a short number (one to four digits) under a bare
//     "session" key, as Splunk HEC and many SIEM shippers log a session's
//     sequence number, is no secret; a session token is long and random.

// messageIDField23 reports a string field whose last key names message ids
// and whose value is one or more `<local@domain>` ids (a References list),
// or one bare id-shaped `local@domain`.
func messageIDField23(path, v string) bool {
	if len(v) < 5 || len(path) < 5 || !idKeyEnd23[path[len(path)-1]] || strings.IndexByte(v, '@') < 0 || !messageIDKey23(path) {
		return false
	}
	if v[0] != '<' {
		at := strings.IndexByte(v, '@')
		return strings.IndexAny(v, " <>,\t") < 0 && strings.IndexByte(v[at+1:], '.') > 0 &&
			(messageID(v[:at]) || digitRun(v[:at]) >= 6)
	}
	n := 0
	for i := 0; i < len(v); {
		switch v[i] {
		case ' ', '\t', '\n', '\r', ',':
			i++
			continue
		case '<':
		default:
			return false
		}
		e := strings.IndexByte(v[i:], '>')
		if e < 0 {
			return false
		}
		id := v[i+1 : i+e]
		at := strings.IndexByte(id, '@')
		if at <= 0 || at == len(id)-1 || strings.IndexAny(id, " <\t") >= 0 {
			return false
		}
		n++
		i += e + 1
	}
	return n > 0
}

// idKeyEnd23 are the last bytes of the keys of message ids ("…id",
// "references", "in-reply-to"): a cheap gate before messageIDKey23.
var idKeyEnd23 = [256]bool{'d': true, 'D': true, 's': true, 'S': true, 'o': true, 'O': true}

// messageIDKey23 reports a path whose last part, lower-cased, ends with a
// key of message ids (messageIDKeys21: "message_id", "MessageId",
// "In-Reply-To", "references").
func messageIDKey23(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	if len(seg) < 5 || len(seg) > 40 {
		return false
	}
	var buf [40]byte
	key := string(lower(buf[:0], seg))
	for _, t := range messageIDKeys21 {
		if strings.HasSuffix(key, t) {
			return true
		}
	}
	return false
}

// sessionCounter23 reports one to four ASCII digits under a key whose last
// part is "session" or "sessions": a session's number, not its token.
func sessionCounter23(path, v string) bool {
	if len(v) == 0 || len(v) > 4 || countDigits(v) != len(v) {
		return false
	}
	seg := path[strings.LastIndexByte(path, '.')+1:]
	return strings.EqualFold(seg, "session") || strings.EqualFold(seg, "sessions")
}

// cookieField23 masks a Cookie header logged as a field ("request_Cookie",
// "http.request.headers.cookie") cookie by cookie when it holds one of the
// analytics or consent cookies of known formats (publicCookieValue23):
// those stay, every other cookie's value becomes a credential marker and
// the names stay. It reports whether it did; a header without such a
// cookie is left to the key's rule (the whole value masked).
func (r *Redactor) cookieField23(path string, v *event.Value, c *Counts) bool {
	if v.Kind != event.String || len(v.Str) < 8 || strings.IndexByte(v.Str, '=') < 0 || !cookieKey23(path) {
		return false
	}
	s := v.Str
	public := false
	for _, p := range strings.Split(s, ";") {
		p = strings.TrimSpace(p)
		eq := strings.IndexByte(p, '=')
		if eq <= 0 || !cookieName23(p[:eq]) {
			return false
		}
		if publicCookieValue23(p[:eq], p[eq+1:]) {
			public = true
		}
	}
	if !public {
		return false
	}
	b := make([]byte, 0, len(s)+32)
	n := 0
	for i, p := range strings.Split(s, ";") {
		if i > 0 {
			b = append(b, ';')
		}
		lead := len(p) - len(strings.TrimLeft(p, " "))
		b = append(b, p[:lead]...)
		p = p[lead:]
		eq := strings.IndexByte(p, '=')
		name, val := p[:eq], strings.TrimRight(p[eq+1:], " ")
		b = append(b, p[:eq+1]...)
		if val == "" || isWholeMarker(val) || publicCookieValue23(name, val) {
			b = append(b, p[eq+1:]...)
			continue
		}
		b = r.mark(b, ActionMask, KindCredential, KindCredential.String(), val)
		b = append(b, p[eq+1+len(val):]...)
		n++
	}
	*v = event.StringValue(string(b))
	c[KindCredential] += n
	return true
}

// cookieKey23 reports a path whose last part ends with "cookie" or
// "cookies" (any case): a captured Cookie header.
func cookieKey23(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	n := len(seg)
	return n >= 6 && strings.EqualFold(seg[n-6:], "cookie") || n >= 7 && strings.EqualFold(seg[n-7:], "cookies")
}

// cookieName23 reports a cookie's name: RFC 6265 token characters.
func cookieName23(n string) bool {
	if len(n) == 0 || len(n) > 64 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if c := n[i]; !(isWord(c) || c == '-' || c == '.' || c == '$' || c == '!' || c == '~') {
			return false
		}
	}
	return true
}

// idpSessionField23 reports the top-level field fs[k] of an identity
// provider's event that names the user session by its UUID: Keycloak's
// login and admin events (`"realmId":…,"clientId":…,"sessionId":"<UUID>"`)
// record which session an event belongs to, as they record userId; the
// session's secret is the signed identity cookie, which the event never
// holds. Any other "sessionId" stays a credential.
func idpSessionField23(path string, fs []event.Field, k int) bool {
	if !equalFoldASCII(path, "sessionId") && !equalFoldASCII(path, "session_id") {
		return false
	}
	if v := &fs[k].Value; v.Kind != event.String || !canonicalUUID(v.Str) {
		return false
	}
	realm, client := false, false
	for x := range fs {
		switch strings.ToLower(fs[x].Path) {
		case "realmid", "realm_id", "realm":
			realm = true
		case "clientid", "client_id":
			client = true
		}
	}
	return realm && client
}
