package alert

import "strings"

// KQLPhrase quotes s as a KQL phrase: "…" with " and \ escaped. The rules
// engine writes a rule's filter and the link builder its labels with it.
func KQLPhrase(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte('"')
	for i := 0; i < len(s); i++ {
		if s[i] == '"' || s[i] == '\\' {
			b.WriteByte('\\')
		}
		b.WriteByte(s[i])
	}
	b.WriteByte('"')
	return b.String()
}

// kqlSpecial are the characters KQL gives a meaning to in a field name.
const kqlSpecial = `\():<>"* `

// KQLField escapes the characters KQL gives a meaning to in a field name.
func KQLField(path string) string {
	if !strings.ContainsAny(path, kqlSpecial) {
		return path
	}
	var b strings.Builder
	for i := 0; i < len(path); i++ {
		if strings.IndexByte(kqlSpecial, path[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(path[i])
	}
	return b.String()
}
