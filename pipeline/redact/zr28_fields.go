package redact

// A struct printed by its fields (Go's %+v: `&{Id:… Flag:one_tap_otp
// PayoutIban:FI11 …}`) holds values that are words of a credential's
// key: a feature flag "one_tap_otp", a mode "api_key", a reason
// "invalid_token". Such a word is the value of the field before it (it
// stands glued after "Flag:"), and what follows its space opens the
// struct's next field, a name and a ':' glued to its value: no secret
// written after its key's word, but the next field, read by its own key.

// structFieldNext28 reports a key word at i that is itself a field's
// value (`Name:word`) and a token at k that opens the next field
// (`Name:value`, not a URL's "scheme://").
func structFieldNext28(s string, i, k int) bool {
	if i < 2 || s[i-1] != ':' || !isWord(s[i-2]) {
		return false
	}
	if k >= len(s) || !isAlpha(s[k]) {
		return false
	}
	e := k + 1
	for e < len(s) && e-k <= 32 && (isWord(s[e]) || s[e] == '.') {
		e++
	}
	return e < len(s) && e-k <= 32 && s[e] == ':' && e+1 < len(s) && s[e+1] != ' ' && s[e+1] != '/' && s[e+1] != ':'
}
