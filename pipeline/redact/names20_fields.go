package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Two fields of a flattened event that hold a person's data under a key
// the key tables do not read as such.
//
//   - A person's record at the event's top level: an identity card's or a
//     KYC check's OCR result logs its holder as a bare "name" beside the
//     document's number ({"name":…,"id_number":…,"address":…,"issued":…}).
//     A top-level "name" is a service's, a warehouse's or a job's as often,
//     and a warehouse has an address too, so the value is taken only when
//     a sibling at the top level is an identity document's number (by its
//     key, or a resident id by its check) and the value is shaped as a
//     person's name, or a sibling is a phone, an e-mail, a card or an IBAN
//     by its key and the value reads as a person's name as a bare list item
//     does (siblingPersonName's test).
//   - An address under vCard's "ADR" or an appointment's "location"
//     (contact-sync and calendar APIs write them as JSON fields: "adr",
//     "location"): "location" names a dock, a bin or a city as often, and
//     ADR is also the road transport agreement for dangerous goods, so the
//     value is taken only when it reads as a street address
//     (fieldStreet20).

// personTails20 are key ends that name the person who owns a seller's
// business or account, as KYC and payout records and their audit events
// write them ("SellerOwner", "beneficial_owner", "account_owner"); a bare
// "owner" names a team or a service as often and is left out.
var personTails20 = []string{"sellerowner", "businessowner", "beneficialowner", "beneficialowners", "accountowner",
	"shopowner", "storeowner", "merchantowner"}

// idDocKeys20 are keys (normalised) of an identity document's number.
var idDocKeys20 = setOf("idnumber", "idno", "idnr", "idcard", "idcardno", "idcardnumber", "nationalid",
	"nationalidnumber", "nationalidno", "passport", "passportno", "passportnumber", "documentnumber", "documentno",
	"docnumber", "docno", "residentid", "residentidnumber", "personalcode", "personalid", "personalnumber", "nric",
	"cnic", "dni", "nie", "pesel", "aadhaar", "aadhar", "ssn", "dateofbirth", "dob", "birthdate", "idcode",
	"isikukood", "personaskods", "身份证号", "身份证号码", "公民身份号码", "证件号码")

// topNameField20 reports the value of fs[k], an event's top-level "name",
// that is a person's by a sibling at the top level: beside an identity
// document's number the value need only be shaped as a person's name
// (roleName); beside a phone, an e-mail, a card or an IBAN, which a
// business has too, it must also hold a name's evidence (bareItemName17).
func topNameField20(path string, fs []event.Field, k int) bool {
	if !topNamePath20(path) || fs[k].Value.Kind != event.String {
		return false
	}
	v := fs[k].Value.Str
	if len(v) < 2 || len(v) > 96 || strings.Contains(v, "[REDACTED:") || !roleName(v) || thingTitle18(v) {
		return false
	}
	evidence := slotNameEvidence27(v) // (names27_evidence.go)
	var buf [32]byte
	for i := range fs {
		p := fs[i].Path
		if i == k || strings.IndexByte(p, '.') >= 0 || len(p) > len(buf) {
			continue
		}
		if idDocKeys20[string(normKey(buf[:0], p))] {
			return true
		}
		if sv := fs[i].Value.Str; fs[i].Value.Kind == event.String && len(sv) == 18 && validCNID(sv) {
			return true
		}
		if !evidence {
			continue
		}
		switch pathClass(p) {
		case keyPhone, keyCard, keyCardCtx, keyIBAN:
			return true
		}
		if l := strings.ToLower(p); strings.Contains(l, "email") || strings.HasSuffix(l, "mail") {
			return true
		}
	}
	return false
}

// topNamePath20 reports a path topNameField20 may read: "name" at the top.
func topNamePath20(path string) bool { return strings.EqualFold(path, "name") }

// addressField20 reports a field under "adr" or "location" (the path's
// last segment) whose value reads as a street address.
func addressField20(path string, v *event.Value) bool {
	if v.Kind != event.String || len(v.Str) < 8 || len(v.Str) > 160 || !addressPath20(path) {
		return false
	}
	return fieldStreet20(v.Str)
}

// addressPath20 reports a path addressField20 may read: one whose last
// segment is "adr" or "location".
func addressPath20(path string) bool {
	seg := path[strings.LastIndexByte(path, '.')+1:]
	return strings.EqualFold(seg, "adr") || strings.EqualFold(seg, "location")
}

// fieldStreet20 reports a whole value that is a street address: one whose
// parts say so (cellAddress18: a street with its house number, then a
// postcode with its town or a unit), an address of China, Japan or Korea
// with its block or house number (cjkBlockAddress18, hanStreetLine20), or
// one read by its parts (addressByParts) that names a street by its type
// or by a street word of a script without capitals ("Elizabetes iela
// 145-26, Liepāja", "فيلا 30، شارع الكرامة، العين"), which "Warehouse 5,
// Zone B" does not.
func fieldStreet20(v string) bool {
	if strings.Contains(v, "[REDACTED:") || networkAddress(v) {
		return false
	}
	if strings.IndexByte(v, '\n') >= 0 || strings.Contains(v, `\n`) {
		// a CSV cell's lines ("Miera gatve 180-18\nRīga, LV-6480"), read
		// as one line's parts
		v = strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(v, `\n`, "\n"), "\\", ""), "\n", ", ")
	}
	if cellAddress18(v) || cjkBlockAddress18(v) || hanStreetLine20(v) {
		return true
	}
	if !addressByParts(v) && !(countDigits(v) > 0 && strings.Contains(v, "،")) {
		return false
	}
	for _, f := range strings.Fields(v) {
		t := strings.TrimRight(f, ".,،")
		if streetTypeToken(t) || t != "" && t[0] >= 0x80 && addrToken(t) && !isLatinWord20(t) {
			return true
		}
	}
	return false
}

// isLatinWord20 reports a word whose first letter is Latin.
func isLatinWord20(t string) bool {
	for _, r := range t {
		return r < 0x250
	}
	return false
}

// dumpFieldEnd20 returns where the unquoted value at k ends before the
// next field of a Go %+v dump or a key=value list (dumpFieldCut20), within
// 240 bytes; len(s) when no field follows.
func dumpFieldEnd20(s string, k int) int {
	v := s[k:min(len(s), k+240)]
	if c := dumpFieldCut20(v); len(c) < len(v) {
		return k + len(c)
	}
	return len(s)
}

// dumpFieldCut20 cuts an unquoted value read up to a quote or a bracket
// before the next field of a Go %+v dump or a key=value list: a word
// that holds a key's colon or equals sign ("Zuzana Fake OldAddress:[…"
// of "&{Admin:Zuzana Fake OldAddress:[…] …}" is "Zuzana Fake").
func dumpFieldCut20(v string) string {
	for p := 1; p < len(v); p++ {
		if v[p-1] != ' ' || !isAlpha(v[p]) {
			continue
		}
		q := p
		for q < len(v) && (isAlnum(v[q]) || v[q] == '_' || v[q] == '-' || v[q] == '.') {
			q++
		}
		if q < len(v) && (v[q] == ':' || v[q] == '=') {
			return strings.TrimRight(v[:p-1], " ")
		}
	}
	return v
}

// streetColumn20 reports a CSV column named "adr" or "location" (vCard's
// and iCalendar's names in a contact or appointment export): its cells
// are addresses when they read as street addresses (fieldStreet20).
func streetColumn20(h string) bool {
	return strings.EqualFold(h, "adr") || strings.EqualFold(h, "location")
}

// mayHoldStreetKey20 is streetKeySpans20's cheap test: the key's letters.
func mayHoldStreetKey20(s string, tp *textPairs) bool {
	if tp.containsAt("ocation", 1) || tp.containsAt("OCATION", 1) {
		return true
	}
	if !tp.may("adr") {
		return false // (what the loop below would find)
	}
	for off := 0; ; {
		i := strings.Index(s[off:], "adr")
		if i < 0 {
			return false
		}
		off += i + 3
		if off < len(s) && strings.IndexByte("\"\\=:'", s[off]) >= 0 {
			return true // "adr": a key, not "address"
		}
	}
}

// streetKeySpans20 returns the values of s under an "adr" or "location"
// key (JSON, escaped JSON in a string, key=value, iCalendar's "LOCATION:")
// that read as a street address (fieldStreet20), leaving out what a reader
// has taken.
func streetKeySpans20(s string, have []span) []span {
	var out []span
	for _, key := range []string{"adr", "location", "LOCATION"} {
		for off := 0; ; {
			i := strings.Index(s[off:], key)
			if i < 0 {
				break
			}
			i += off
			off = i + len(key)
			if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '_' || s[i-1] == '-' || s[i-1] == '.') {
				continue // "shipping_adr", "geo.location": another key's part
			}
			k := off
			for k < len(s) && k-off < 12 && strings.IndexByte("\\\"':= ", s[k]) >= 0 {
				k++
			}
			if k == off || k >= len(s) || !strings.ContainsAny(s[off:k], ":=") {
				continue // no key's separator: a word of a sentence
			}
			e := k
			for e < len(s) && e-k <= 160 && strings.IndexByte("\"'&\n\r\\", s[e]) < 0 {
				e++
			}
			v := s[k:e]
			if !strings.ContainsAny(s[off:k], "\"'") {
				v = dumpFieldCut20(v) // unquoted: up to the next "key=" ("location=… attendee=…")
			}
			v = strings.TrimRight(v, " .")
			if len(v) < 8 || !label18Free(have, k, k+len(v)) || !fieldStreet20(v) {
				continue
			}
			out = append(out, span{start: k, end: k + len(v), kind: KindAddress})
		}
	}
	return out
}

// prefixLegalForm20 reports a legal form written before the firm's name,
// in capitals as registries write it: Indonesian "PT"/"CV" ("PT Sinar Jaya
// Abadi"), Russian, Ukrainian and Kazakh "ООО", "АО", "ТОВ", "ТОО".
func prefixLegalForm20(w string) bool {
	switch strings.TrimRight(w, ".") {
	case "PT", "CV", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ТОВ", "ТОО":
		return true
	}
	return false
}
