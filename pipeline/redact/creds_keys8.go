package redact

import "strings"

// passQualifiers are the words that follow "pass" in a key that names a
// password written head first, in the languages of the shops' staff:
// "pass_nueva", "passNew", "pass_confirm", "pass_actual". "passport",
// "passenger" and "passthrough" stay keys of their own.
var passQualifiers = map[string]bool{
	"new": true, "old": true, "current": true, "confirm": true, "confirmation": true, "repeat": true, "again": true, "verify": true,
	"nueva": true, "nuevo": true, "actual": true, "anterior": true, "antigua": true, "vieja": true, "confirmacion": true, "confirmación": true, "repetir": true,
	"nova": true, "novo": true, "atual": true, "antiga": true, "confirmacao": true, "confirmação": true,
	"nouveau": true, "nouvelle": true, "ancien": true, "ancienne": true,
	"neu": true, "neues": true, "alt": true, "altes": true, "bestaetigung": true, "bestätigung": true,
	"nuova": true, "nuovo": true, "vecchia": true, "conferma": true,
	"baru": true, "lama": true, "moi": true, "cu": true, "yeni": true, "eski": true, "nowe": true, "stare": true,
}

// passQualifier reports a qualifier after "pass" in a normalised key.
func passQualifier(q string) bool { return passQualifiers[q] }

// xmlValueAttr returns where the value of an XML element's `value`
// attribute starts (at its quote) when it follows the `name` attribute at
// p, one space or more apart (`<Attr name="jelszó" value="…"/>`,
// `<property name="db.password" value="…"/>`), or 0.
func xmlValueAttr(s string, p int, q string) int {
	if q != `"` && q != "'" || p >= len(s) || s[p] != ' ' {
		return 0
	}
	for p < len(s) && s[p] == ' ' {
		p++
	}
	if !strings.HasPrefix(s[p:], "value=") && !strings.HasPrefix(s[p:], "Value=") {
		return 0
	}
	p += len("value=")
	if !strings.HasPrefix(s[p:], q) {
		return 0
	}
	return p
}
