package redact

import (
	"net/url"
	"strings"
)

// Keys that hold a person's name without a word the key tables knew.
//
//   - vCard's formatted name "FN", carried as a JSON or CSV field ("fn"),
//     as jCard and contact-sync APIs write it.
//   - iCalendar's attendees and participants ("attendee_name",
//     "participant_name").
//   - Company officers in KYC records ("director_name", "officer_name",
//     "shareholder_name"), drivers and couriers ("X-Driver-Name",
//     "courier_name"), who approved a purchase order ("approver"), who
//     claims a warranty ("claimant"), who packed a parcel ("packer") and
//     the administrator an audit record names ("admin").
//
// Keys that name a role as often as a person ("fn", "admin", "approver",
// "packer", "claimant") read their value as a bare "name" does (modeBare):
// a slug, a number or a system's word ("auto", "root", "svc-batch") stays.

// nameExact19 are whole keys holding a person's name: vCard's "FN" and
// "N" are matched only whole ("callback_fn" is a function).
var nameExact19 = map[string]bool{"fn": true, "vcardfn": true, "formattedname": true}

// personBefore19 are parts before "name" of keys holding a person's name.
var personBefore19 = []string{"attendee", "attendees", "participant", "participants", "invitee", "director",
	"directors", "officer", "shareholder", "driver", "courier", "rider", "approver", "claimant", "packer", "picker",
	"admin", "organizer", "organiser"}

// personTails19 are keys (by their end) that hold a person's name alone.
var personTails19 = []string{"claimant", "claimants", "approver", "approvedby", "packer", "packedby", "admin",
	"attendeename", "signedby"}

// bareNameKey19 reports a normalised key whose value is a person's name
// only when it is shaped like one.
func bareNameKey19(k string) bool {
	switch k {
	case "fn", "admin", "xadmin", "approver", "packer", "claimant", "claimants", "packedby", "approvedby":
		return true
	}
	return false
}

// personValue19 reports a value at k (after its key's separator, quoted or
// not, percent- or plus-encoded in a query) shaped as a person's name as
// roleName reads one.
func (sc *scanner) personValue19(k int) bool {
	s := sc.s
	for k < len(s) && (s[k] == ' ' || s[k] == '"' || s[k] == '\'' || s[k] == '\\' || s[k] == '=' || s[k] == ':' || s[k] == '>') {
		k++
	}
	e := k
	cut := dumpFieldEnd20(s, k) // "Zuzana Fake OldAddress:…" of a Go %+v dump (names20_fields.go)
	for e < len(s) && e-k < 120 && e < cut {
		c := s[e]
		if c == '"' || c == '\'' || c == '\\' || c == '&' || c == '\n' || c == '\r' || c == ';' || c == '}' || c == '<' || c == ']' ||
			c == ',' && !(e+2 < len(s) && s[e+1] == ' ' && s[e+2] != ' ' && s[e+2] != '"') {
			break
		}
		e++
	}
	if e <= k || e-k >= 120 {
		return false
	}
	v := s[k:e]
	if strings.IndexByte(v, '%') >= 0 {
		if u, err := url.QueryUnescape(v); err == nil {
			v = u
		}
	} else if strings.IndexByte(v, '+') >= 0 && strings.IndexByte(v, ' ') < 0 {
		v = strings.ReplaceAll(v, "+", " ")
	}
	v = strings.TrimSpace(v)
	return roleName(v) && !plainRun(v) || caselessOneName(v)
}
