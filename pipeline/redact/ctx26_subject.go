package redact

import (
	"strings"
	"unicode"
)

// A data subject's name typed in lower case. The person a privacy request
// is about is logged as the request form received it, and buyers type
// their own names in lower case as often as not ("subject.name":"petr
// beneš", "gendre, léa"). Under a data subject's key with a person's
// phone, e-mail or address beside it (subjectNameField21) the siblings
// already make the subject a person, so a value in lower case is read as
// the same value with each word capitalised: it is a name when that is.

// lowerSubjectName26 reports v, written with no capital letter, shaped as
// a person's name once each word is capitalised.
func lowerSubjectName26(v string) bool {
	if len(v) < 3 || len(v) > 96 || strings.IndexFunc(v, unicode.IsUpper) >= 0 {
		return false
	}
	return roleName(titleWords26(v))
}

// titleWords26 returns s with the first letter of each word (after a
// space, a comma, a hyphen or an apostrophe) in upper case.
func titleWords26(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	start := true
	for _, r := range s {
		if start && unicode.IsLower(r) {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(r)
		}
		start = r == ' ' || r == ',' || r == '-' || r == '\''
	}
	return b.String()
}
