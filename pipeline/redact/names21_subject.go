package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// The name of a privacy request's data subject. Data-subject request
// (DSR) tools and consent platforms log the person a GDPR, CCPA or PIPL
// request is about as "subject" ("subject.name", "data_subject.full_name"
// beside "subject.email"). "subject" is a mail's or a certificate's as
// often, so the name is taken only when a sibling under the same parent
// holds a person's phone, e-mail, address, card or IBAN by its key and the
// value is shaped as a person's name (roleName): the siblings make the
// subject a person, where the plain name alone (siblingPersonName) asks
// for a known name's word.

// subjectParents21 are the normalised last parts of a data subject's
// parent key.
var subjectParents21 = setOf("subject", "datasubject", "requestsubject", "dsrsubject")

// subjectNameKeys21 are the normalised keys of the subject's name.
var subjectNameKeys21 = setOf("name", "fullname", "displayname")

// subjectNamePath21 reports a path subjectNameField21 may read: a data
// subject's name key under its parent.
func subjectNamePath21(path string) bool {
	if n := len(path); n < 12 || path[n-4]|0x20 != 'n' || path[n-1]|0x20 != 'e' {
		return false // "subject.name" at least, ending in "name"
	}
	dot := strings.LastIndexByte(path, '.')
	if dot <= 0 {
		return false
	}
	var buf [32]byte
	if len(path)-dot-1 > len(buf) || !subjectNameKeys21[string(normKey(buf[:0], path[dot+1:]))] {
		return false
	}
	parent := path[:dot]
	if pd := strings.LastIndexByte(parent, '.'); pd >= 0 {
		parent = parent[pd+1:]
	}
	return len(parent) <= len(buf) && subjectParents21[string(normKey(buf[:0], parent))]
}

// subjectNameField21 reports fs[k], a data subject's name by its key and
// its siblings.
func subjectNameField21(path string, fs []event.Field, k int) bool {
	if fs[k].Value.Kind != event.String || !subjectNamePath21(path) {
		return false
	}
	v := fs[k].Value.Str
	if len(v) < 2 || len(v) > 96 || strings.Contains(v, "[REDACTED:") || !(roleName(v) || lowerSubjectName26(v)) || thingTitle18(v) { // (lower case: ctx26_subject.go)
		return false
	}
	prefix := path[:strings.LastIndexByte(path, '.')+1]
	for i := range fs {
		p := fs[i].Path
		if i == k || len(p) <= len(prefix) || !strings.HasPrefix(p, prefix) || strings.IndexByte(p[len(prefix):], '.') >= 0 {
			continue
		}
		switch pathClass(p) {
		case keyPhone, keyAddress, keyCard, keyCardCtx, keyIBAN:
			return true
		}
		if seg := strings.ToLower(p[len(prefix):]); strings.Contains(seg, "email") || strings.HasSuffix(seg, "mail") {
			return true
		}
	}
	return false
}
