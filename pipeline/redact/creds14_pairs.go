package redact

import "strings"

// Custom fields named by a title. Helpdesks and form builders (Zendesk's and
// Freshdesk's ticket fields, Jira's and Typeform's answers, a CMS's settings)
// export a field as an object whose "title" or "label" names it and whose
// "value" holds it:
//
//	{"id":360000402989,"title":"mot_de_passe","value":"…"}
//	{"label":"API key","value":"…"}  (spaces: not read, see pairName)
//	{"title":"ShipToName","value":"…"}
//
// The title is the value's key, as a pair's "name" is (pairs.go): it is
// read only when it classifies as a key, so a product's or a page's title
// ({"title":"Sneakers","value":"29.99"}) and a title of words stay titles.

// titledPairKey reports a field name that may name a pair's value.
func titledPairKey(p string) bool {
	return strings.EqualFold(p, "title") || strings.EqualFold(p, "label")
}

// titledPair reads a "title" or "label" key's value at k as the name of the
// "value" that follows it. It returns where scanning resumes and whether
// the pair was read; a title that names no key is left to the title's own
// readers.
func (sc *scanner) titledPair(k int) (int, bool) {
	s := sc.s
	name, ne, q := quotedAt(s, k)
	if q == "" || !pairName(name) {
		return 0, false
	}
	v, ok := pairValueAt(s, ne, q)
	if !ok {
		return 0, false
	}
	cls := pairClass(name)
	if cls == keyNone {
		return 0, false
	}
	return sc.classValue(cls, name, v), true
}

// Values wrapped under their key. Form builders, settings stores and SDKs
// wrap a field's value in an object or a list of typed objects, so the key
// that names it is the parent's and the value's own key says nothing:
//
//	"app_secret":{"value":"…"}
//	"auth.db_passwords":[{"type":"primary","value":"…"}]
//	"psp.request.ccs":[{"type":"primary","value":"4…"}]
//
// A list is named in the plural (`secrets`, `contraseñas`, `otps`, `ccs`),
// so a parent that names nothing is read again without its final "s".

// wrappedValueClass classifies a path whose last part (nk, after dot) is a
// bare "value" by its parent's key. ok is false for any other last part.
func wrappedValueClass(path string, dot int, nk []byte) (cls int, ok bool) {
	if dot <= 0 || string(nk) != "value" && string(nk) != "values" {
		return keyNone, false
	}
	parent := path[:dot]
	if c := pathClass(parent); c != keyNone {
		return c, true
	}
	last := parent[strings.LastIndexByte(parent, '.')+1:]
	if len(last) > 2 && last[len(last)-1] == 's' {
		return pathClass(parent[:len(parent)-1]), true
	}
	return keyNone, true
}
