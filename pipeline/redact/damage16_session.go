package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// A conversation's session, named by a UUID. "session" is a cookie's
// secret (`Cookie: session=…`, `"cookies":{"session":…}`, an event's bare
// "session" field), but a voice bot or a chat agent logs each turn with
// the session its platform gave the conversation (Dialogflow's, Lex's,
// Rasa's session ids) beside the turn's intent, slots and transcript, and
// a checkout or a chat widget names the session it serves in a sentence
// ("payment attempt for session 0f8e…"); support staff search the logs
// by it. A canonical UUID is then an id: printed in a sentence, or under
// "session" in a record that holds a turn of a conversation (an intent,
// slots, a transcript or an utterance) and names no cookie. Any other
// shape of value (base64, long hex, a signed token), and a UUID in any
// other record, stays a credential.

// sessionWord reports a key or word that is "session" itself.
func sessionWord(w string) bool {
	return len(w) == 7 && strings.EqualFold(w, "session")
}

// cookieNear reports "cookie" (any case) in s: a Cookie or Set-Cookie
// header, a cookie jar's object.
func cookieNear(s string) bool {
	for i := 0; i+6 <= len(s); i++ {
		if s[i]|0x20 == 'c' && s[i+1]|0x20 == 'o' && s[i+2]|0x20 == 'o' && s[i+3]|0x20 == 'k' && s[i+4]|0x20 == 'i' && s[i+5]|0x20 == 'e' {
			return true
		}
	}
	return false
}

// turnParts are the path parts, lower case without '_', of a
// conversation turn's fields.
var turnParts = setOf("intent", "intentname", "slots", "slot", "transcript", "utterance", "querytext", "inputtranscript")

// turnField reports a field's path with a part that names a turn of a
// conversation ("intent", "slots.phone", "queryResult.queryText").
func turnField(path string) bool {
	var buf [24]byte
	for _, part := range strings.Split(path, ".") {
		if len(part) >= 4 && len(part) <= len(buf) {
			b := buf[:0]
			for i := 0; i < len(part); i++ {
				if c := part[i]; c != '_' && c != '-' {
					b = append(b, c|0x20)
				}
			}
			if turnParts[string(b)] {
				return true
			}
		}
	}
	return false
}

// sessionTurnField reports that the field fs[k], under a bare "session"
// path, is a canonical UUID beside a conversation turn's fields.
func sessionTurnField(path string, fs []event.Field, k int) bool {
	v := &fs[k].Value
	if !sessionWord(path) || v.Kind != event.String || !canonicalUUID(v.Str) {
		return false
	}
	for x := range fs {
		if x != k && turnField(fs[x].Path) {
			return true
		}
		if x != k && cookieNear(fs[x].Path) {
			return false
		}
	}
	return false
}

// turnText reports a conversation turn's keys in text: "intent",
// "slots", "transcript", "utterance".
func turnText(s string) bool {
	return strings.Contains(s, "intent") || strings.Contains(s, "slots") || strings.Contains(s, "transcript") || strings.Contains(s, "utterance")
}

// sessionIDAt reports, for the key or word s[ks:j] and its value at s[k:],
// a session's UUID that is an id: after the word in a sentence
// ("for session 6c9d…", the word followed by a space), or under a quoted
// JSON key (`"session":"6c9d…"`) in a text that holds a conversation
// turn's keys and names no cookie.
func sessionIDAt(s string, ks, j, k int) bool {
	if ks < 0 || j > len(s) || !sessionWord(s[ks:j]) {
		return false
	}
	v := k
	for v < len(s) && v-k < 3 && (s[v] == '"' || s[v] == '\\') {
		v++ // `"…"`, `\"…\"` in JSON held in a string
	}
	if v+36 > len(s) || v+36 < len(s) && (isWord(s[v+36]) || s[v+36] == '-') || !canonicalUUID(s[v:v+36]) {
		return false
	}
	if j < len(s) && s[j] == ' ' && v == j+1 {
		// prose: a word before the key ("for session", "chat session"), no '=' or ':'
		return ks > 0 && (s[ks-1] == ' ' || s[ks-1] == '"') && !cookieNear(s)
	}
	quoted := ks > 0 && s[ks-1] == '"' && j < len(s) && (s[j] == '"' || s[j] == '\\') && v > k
	return quoted && turnText(s) && !cookieNear(s)
}
