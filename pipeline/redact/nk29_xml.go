package redact

import "strings"

// An apostrophe escaped as a character reference. XML writers escape the
// apostrophe of "O'Brien", "D'Souza" or the Filipino "Ma'am" in an
// element's text as "&apos;" ("&#39;", "&#x27;" in HTML's manner), and the
// value reads as a name only with it undone: roleName reads "O&apos;Brien"
// as "O'Brien", and what it takes is replaced as written.

// nk29Apos returns v with its apostrophes' references undone.
func nk29Apos(v string) string {
	if strings.IndexByte(v, '&') < 0 {
		return v
	}
	if !strings.Contains(v, "&apos;") && !strings.Contains(v, "&#39;") && !strings.Contains(v, "&#x27;") {
		return v
	}
	return nk29AposReplacer.Replace(v)
}

var nk29AposReplacer = strings.NewReplacer("&apos;", "'", "&#39;", "'", "&#x27;", "'")
