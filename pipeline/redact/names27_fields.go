package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// A flattened event's bare "<ns>.name" with no person's data beside it.
// siblingNameValue17 takes a bare "name" under a namespace ("rma.name",
// "labels.name") when a sibling holds the record's phone, e-mail, address,
// card or IBAN. Without one, the value is still taken when it holds strong
// evidence of a person's name (bareItemName17: a script without case, with
// a Han name opening with a family name's character, "Family, Given", an
// initial beside a name, a known given name and a known family name) and
// the namespace is none of the technical conventions' or the things'
// (pairNameKey27: service, host, k8s, product, store, campaign, city…); a
// sibling holding an identity document's number also points to a person.

// nsNameField27 reports the value of fs[k], a top-level field at path,
// that is a person's name by these rules.
func nsNameField27(path string, fs []event.Field, k int) bool {
	if fs[k].Value.Kind != event.String || !pairNameKey27(path) {
		return false
	}
	v := fs[k].Value.Str
	if len(v) < 2 || len(v) > 96 || strings.Contains(v, "[REDACTED:") || isSlug(v) || !roleName(v) || thingTitle18(v) {
		return false
	}
	if strongNameEvidence27(v) {
		return true
	}
	if !slotNameEvidence27(v) {
		return false
	}
	rel := fs[k].Path // (siblings' paths are relative to the object that holds them)
	parent := rel[:strings.LastIndexByte(rel, '.')+1]
	var buf [32]byte
	for i := range fs {
		p := fs[i].Path
		if i == k || len(p) <= len(parent) || !strings.HasPrefix(p, parent) || strings.IndexByte(p[len(parent):], '.') >= 0 || len(p)-len(parent) > len(buf) {
			continue
		}
		if idDocKeys20[string(normKey(buf[:0], p[len(parent):]))] {
			return true // "applog.idNo" beside "applog.name"
		}
	}
	return false
}

// strongNameEvidence27 is bareItemName17's evidence, with a Han name only
// when it opens with a family name's character and a caseless one only of
// two words or more or of Hangul.
func strongNameEvidence27(v string) bool {
	if hanName(v) {
		return strings.ContainsRune(hanSurnames, []rune(v)[0])
	}
	if strings.IndexByte(v, ' ') < 0 && strings.IndexByte(v, ',') < 0 {
		return spacedHangulName16(v) || hangulName27(v)
	}
	return bareItemName17(v)
}

// hangulName27 reports two to four Hangul syllables opening with a common
// family name's syllable (a Korean name written whole: "정지우").
func hangulName27(v string) bool {
	n := 0
	for i, r := range v {
		if r < 0xAC00 || r > 0xD7A3 || i == 0 && !strings.ContainsRune(koSurnames27, r) {
			return false
		}
		n++
	}
	return n >= 2 && n <= 4
}

// koSurnames27 are the syllables of the common Korean family names.
const koSurnames27 = "김이박최정강조윤장임한오서신권황안송류유전홍고문양손배백허남심노하곽성차주우구민나진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉"

// siblingValuePII27 reports a sibling whose value is a person's data by
// itself, whatever its key ("mail.reply_to": an e-mail address): an e-mail
// address, or a marker an earlier rule left for a phone, an e-mail, an
// address, a card, an IBAN or a resident id.
func siblingValuePII27(v *event.Value) bool {
	if v.Kind != event.String || len(v.Str) < 6 || len(v.Str) > 254 {
		return false
	}
	s := v.Str
	if at := strings.IndexByte(s, '@'); at > 0 && strings.IndexByte(s, ' ') < 0 && strings.IndexByte(s[at:], '.') > 1 && strings.Count(s, "@") == 1 {
		return s[0] != '@' && !strings.Contains(s, "://") // an e-mail address, not a URL or a package@version
	}
	if !strings.HasPrefix(s, "[REDACTED:") {
		return false
	}
	for _, k := range [...]string{"phone", "email", "address", "card", "iban", "cn_id"} {
		if strings.HasPrefix(s[10:], k) {
			return true
		}
	}
	return false
}

// nestedNameField27 is siblingNameValue17 and nsNameField27 for the fields
// of an object nested in the event, an array's item above all
// (alertmanager's "alerts[].labels.name" beside "labels.phone"): siblings
// are read by their paths inside that object.
func nestedNameField27(path string, fs []event.Field, k int) bool {
	return siblingNameValue17(fs[k].Path, fs, k) || nsNameField27(path, fs, k)
}
