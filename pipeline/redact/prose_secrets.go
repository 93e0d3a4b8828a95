package redact

import "strings"

// Services that rotate a secret log the old or the new value in a sentence
// after the secret's own identifier, with no '=' or ':' between them:
//
//	rotating partner_key (old value 4f1c…)
//	x-webhook-secret set to whsec_…
//	signing_secret rotated to Zm9v…; client_secret changed to …
//
// proseSecretSpans reads such a value: the word before the connecting
// phrase is a credential's key (keyClass), and the value after it is shaped
// as a secret (secretLooking, sixteen bytes or more). "timeout set to 30s"
// (no credential's key) and "api_key set to read-only" (no secret's shape)
// stay.

// proseSecretParens open an aside that holds a previous value.
var proseSecretParens = []string{"(old value ", "(old value: ", "(old: ", "(was ", "(was: ", "(previous ", "(previous value ",
	"(prev ", "(formerly ", "(ancienne valeur ", "(valeur précédente ", "(alter Wert ", "(valor anterior ", "(vecchio valore ",
	"(oude waarde "}

// proseSecretVerbs end the verbs that come before " to " and a new value.
var proseSecretVerbs = []string{"set", "rotated", "changed", "updated", "reset", "rolled", "switched", "regenerated"}

// mayHoldProseSecret is the cheap gate: an aside or " to ".
func mayHoldProseSecret(s string, sig uint32) bool {
	// (proseSecretSpans looks at each '(' once: cheaper than searching the
	// text for each phrase first.)
	return sig&sigLParen != 0 || containsAt(s, " to ", 2)
}

func proseSecretSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		p := strings.IndexByte(s[off:], '(')
		if p < 0 {
			break
		}
		p += off
		off = p + 1
		for _, w := range proseParensAt(s, p) {
			if strings.HasPrefix(s[p:], w) {
				if x, ok := proseSecretAt(s, p, p+len(w)); ok {
					out = append(out, x)
				}
				break
			}
		}
	}
	for off := 0; off < len(s); {
		p := indexAt(s[off:], " to ", 2)
		if p < 0 {
			break
		}
		p += off
		off = p + 4
		vb := p
		for vb > 0 && isAlpha(s[vb-1]) {
			vb--
		}
		verb := s[vb:p]
		for _, w := range proseSecretVerbs {
			if strings.EqualFold(verb, w) && vb > 1 && s[vb-1] == ' ' {
				if x, ok := proseSecretAt(s, vb-1, p+4); ok {
					out = append(out, x)
				}
				break
			}
		}
	}
	return out
}

// proseSecretAt reads the value at v when the word that ends at c (before
// spaces) is a credential's key.
func proseSecretAt(s string, c, v int) (span, bool) {
	ke := c
	for ke > 0 && s[ke-1] == ' ' {
		ke--
	}
	kb := ke
	for kb > 0 && ke-kb < 64 && (isWord(s[kb-1]) || s[kb-1] == '-' || s[kb-1] == '.') {
		kb--
	}
	if ke-kb < 3 {
		return span{}, false
	}
	var buf [64]byte
	if cls := keyClass(normKey(buf[:0], s[kb:ke])); cls != keyCred && cls != keyAuth {
		return span{}, false
	}
	e := v
	for e < len(s) && isTokenChar(s[e]) {
		e++
	}
	for e > v && s[e-1] == '.' {
		e-- // a sentence's full stop
	}
	t := s[v:e]
	if len(t) < 16 || !secretLooking(t) || strings.Contains(t, "[REDACTED") {
		return span{}, false
	}
	return span{start: v, end: e, kind: KindCredential}, true
}
