package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// People under the keys of back-office documents. Shipping labels, pick
// lists, customs filings, payroll files and vendor records name a person
// under keys that say what part the person plays in the document, not that
// they hold a name:
//
//	"to_name":"Given Family"                    a label's addressee
//	deliver_to="FAMILY Given"                   a pick list's or a wave's
//	"bill_to":"Family, Given"                   an invoice's party
//	importer_of_record="Given Family"           a customs entry's importer
//	"legal_representative":"Given Family"       a vendor's signatory
//	employee_name="Given bin Family"            a payroll or HR record
//	"givenName_sn":"Given Family"               a directory's joined attributes
//	"N1_ST":"Given Family"                      an X12 party (ship-to, bill-to, buyer) flattened to a key
//	"cn":"Family, Given", "partner_name":"Given Family", "extracted.name"
//
// The same keys hold a company, a warehouse, a port or a job title as
// often ("bill_to":"Kestrel Parts Inc.", "importer_of_record":"Lopez Customs
// Brokers LLC"), so they are read as role keys are (roleName): only a value
// shaped like a person's name is taken.

// personKeys17 are normalised whole keys read as role keys.
var personKeys17 = setOf(
	// whom a label, a pick or an invoice is for
	"toname", "deliverto", "delivertoname", "billto", "soldto", "soldtoname",
	// a customs entry's parties
	"importerofrecord", "importer", "importername", "declarant", "declarantname", "exporterofrecord",
	// a vendor's signatory
	"legalrepresentative", "legalrep", "representative", "authorizedrepresentative", "authorisedrepresentative",
	"signatory", "authorizedsignatory", "authorisedsignatory",
	// payroll and HR records
	"employee", "employeename", "staffname", "workername", "drivername", "techname", "technicianname",
	// X12 N1 parties that are buyers: ship-to, bill-to, buying party
	"n1st", "n1bt", "n1by",
	// an ERP's business partner, the name an OCR read off an ID or a
	// delivery note, a directory's common name ("sender" is a shop's or a
	// brand's as often: "sender=Fake Brand")
	"partnername", "extractedname", "cn",
)

// nameParts17 are the parts of a directory's joined name attributes
// ("givenName_sn", "firstName_lastName").
var nameParts17 = []string{"givenname", "given", "firstname", "first", "surname", "sn", "lastname", "last",
	"familyname", "family"}

// personKey17 reports a normalised key read as a role key.
func personKey17(k string) bool {
	if personKeys17[k] {
		return true
	}
	return joinedNameKey17(k)
}

// joinedNameKey17 reports a key made of two name parts, the first a given
// name's ("givennamesn", "firstnamelastname").
func joinedNameKey17(k string) bool {
	if len(k) < 7 || (k[0] != 'g' && k[0] != 'f') {
		return false
	}
	for _, a := range nameParts17[:4] {
		rest, ok := strings.CutPrefix(k, a)
		if !ok {
			continue
		}
		for _, b := range nameParts17[4:10] {
			if rest == b {
				return true
			}
		}
	}
	return false
}

// A flattened event names its record's person under a bare "name" beside
// the record's other fields ("wms.name", "audit.name", "label.name" next
// to "wms.phone_number", "label.recipient_address"). A bare "name" is a
// product's, a warehouse's or a service's as often, so the value is taken
// only when a sibling of the same parent holds a person's data (a phone,
// an e-mail, an address, a card or an IBAN by its key) and the value reads
// as a person's name as a bare list item does (roleName, bareItemName17).

// siblingNameValue17 reports the value of fs[k], a bare "name" of the
// flattened event's fields fs, that is a person's name by that evidence.
func siblingNameValue17(path string, fs []event.Field, k int) bool {
	if !siblingNamePath17(path) || fs[k].Value.Kind != event.String {
		return false
	}
	return siblingPersonName(path[:strings.LastIndexByte(path, '.')+1], fs, k)
}

// siblingNamePath17 reports a path siblingNameValue17 may read: a bare
// "name" under a parent.
func siblingNamePath17(path string) bool {
	dot := strings.LastIndexByte(path, '.')
	return dot > 0 && strings.EqualFold(path[dot+1:], "name")
}

// siblingPersonName reports whether fs[k], a field of the record whose
// fields' paths begin with parent, holds a string read as a person's name
// as a bare list item is (roleName, bareItemName17, no campaign's title)
// while a sibling of the same parent holds a person's data by its key (a
// phone, an e-mail, an address, a card or an IBAN).
func siblingPersonName(parent string, fs []event.Field, k int) bool {
	v := fs[k].Value.Str
	if len(v) < 2 || len(v) > 96 || strings.Contains(v, "[REDACTED:") || !roleName(v) || !slotNameEvidence27(v) || thingTitle18(v) { // (a campaign's title: keys18_parts.go)
		return false
	}
	for i := range fs {
		p := fs[i].Path
		if i == k || len(p) <= len(parent) || !strings.HasPrefix(p, parent) || strings.IndexByte(p[len(parent):], '.') >= 0 {
			continue
		}
		switch pathClass(p) {
		case keyPhone, keyAddress, keyCard, keyCardCtx, keyIBAN:
			return true
		}
		if seg := strings.ToLower(p[len(parent):]); strings.Contains(seg, "email") || strings.HasSuffix(seg, "mail") || siblingValuePII27(&fs[i].Value) { // (names27_fields.go)
			return true
		}
	}
	return false
}

// dnKey17 reports a "cn" key whose value at s[k:] is the first part of an
// LDAP distinguished name ("cn=Night Shift,ou=groups,dc=…"): the
// directory's reader (names_dir.go) tells its people from its groups.
func dnKey17(nk []byte, s string, k int) bool {
	if len(nk) != 2 || nk[0] != 'c' || nk[1] != 'n' {
		return false
	}
	t := s[k:min(len(s), k+160)]
	if e := strings.IndexByte(t, '\n'); e >= 0 {
		t = t[:e]
	}
	t = strings.ToLower(t)
	return strings.Contains(t, ",ou=") || strings.Contains(t, ",dc=") || strings.Contains(t, ",o=") ||
		strings.Contains(t, ", ou=") || strings.Contains(t, ", dc=")
}
