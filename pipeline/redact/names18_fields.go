package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// People under an event's flattened fields that name them by two segments
// or by a role of mail:
//
//	"ocr.extracted.name":"Family, Given"        the name an OCR engine read off an ID
//	"mail.sender":"Given Family"                beside "mail.phone", "mail.sender_email"
//
// A bare "name" under a parent that is a person's role ("extracted",
// "partner", "employee": a role key once joined, "extractedname") is read
// as that role key is (roleName). A mail's "sender" holds a shop's or a
// brand's name as often as a person's ("sender=Fake Brand"), so it is read
// as a bare "name" beside a person's data is (siblingNameValue17): only
// when a sibling under the same parent holds a phone, an e-mail, an
// address, a card or an IBAN, and the value has evidence of a person's
// name beyond its shape (bareItemName17).

// parentRolePath18 reports a path ending in a bare "name" whose parent
// joined to it is a person's role key ("ocr.extracted.name").
func parentRolePath18(path string) bool {
	var buf [48]byte
	nk := nameParent(buf[:0], path, 2, 36)
	return nk != nil && personKey17(string(nk)+"name")
}

// roleEvidence18 reports whether v, shaped as a person's name under a role
// path, is taken as one: a bare "name" that is a role by its parent alone
// ("ocr.extracted.name", but also "product.extracted.name") needs evidence
// beyond its shape (bareItemName17: "Family, Given", an initial, a script
// other than Latin, a known given and family name).
func roleEvidence18(path, v string) bool {
	return lastSegmentIs(path, 2, roleKey) || parentNamePath15(path) || bareItemName17(v)
}

// senderSegments18 are the last segments (normalised) of a mail's sender.
var senderSegments18 = setOf("sender", "sendername", "fromdisplay", "fromdisplayname", "senderdisplayname")

// senderSiblingName18 reports the value of fs[k], a mail sender's field,
// that is a person's name by its siblings' evidence.
func senderSiblingName18(path string, fs []event.Field, k int) bool {
	if fs[k].Value.Kind != event.String || !senderPath18(path) {
		return false
	}
	return siblingPersonName(path[:strings.LastIndexByte(path, '.')+1], fs, k)
}

// senderPath18 reports a path senderSiblingName18 may read: a mail
// sender's last segment under a parent.
func senderPath18(path string) bool {
	dot := strings.LastIndexByte(path, '.')
	if dot <= 0 || len(path)-dot > 24 {
		return false
	}
	var buf [32]byte
	return senderSegments18[string(normKey(buf[:0], path[dot+1:]))]
}

// participleBefore18 reports a past participle of six letters or more
// ("updated", "changed", "renamed", "verified") before a bare "name" key: a
// message's verb ("employee record updated Name=…"), not a thing whose
// name follows, though it may hold a thing's word ("upDATEd").
func participleBefore18(w string) bool {
	return len(w) >= 6 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ED"))
}
