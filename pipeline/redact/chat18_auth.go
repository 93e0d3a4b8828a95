package redact

import "strings"

// A person pasting a header into a message, or a template that prints a
// label before a value that carries its own, doubles the separator
// between an Authorization key and its value: "Authorization: - Basic …",
// "Authorization:：Bearer …" (a full-width colon after the ASCII one),
// "Authorization::Basic …". The scheme and the credential come after the
// second separator; read at the first, the scheme word was taken for the
// credential and the credential kept.

// authSeparators18 returns where an Authorization value starts at k,
// past a second separator (a dash between spaces, a colon, a full-width
// colon) and the spaces around it, when a scheme follows it; k otherwise.
func authSeparators18(s string, k int) int {
	p := k
	for p < len(s) && p-k < 3 && s[p] == ' ' {
		p++
	}
	switch {
	case p < len(s) && (s[p] == '-' || s[p] == ':') && p+1 < len(s) && (s[p+1] == ' ' || isAlpha(s[p+1])):
		p++
	case strings.HasPrefix(s[p:], "："):
		p += len("：")
	default:
		return k
	}
	for p < len(s) && p-k < 6 && s[p] == ' ' {
		p++
	}
	if !schemeAt(s, p) {
		return k
	}
	return p
}
