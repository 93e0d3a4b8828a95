package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Objects that name a field in one member and hold its value in another:
// a JSON Patch operation (RFC 6902: {"op":"replace","path":"/shipping/name",
// "value":…}) and a session replay's or a form tracker's input event
// ({"type":"input","target":"#cardholder","value":…}). The value is what
// the named field holds: the path's last named segment or the selector's
// field name is read as a key is ("/contacts/-" adds a contact, a person;
// "#cardholder", "input[name=full_name]"). Audit trails and replay
// uploads log these arrays as they are, structured or as JSON text inside
// a string, escaped once or more.

// personCollections22 are the lists whose items are people: a patch that
// adds to them ("/contacts/-", "/recipients/0") adds a person.
var personCollections22 = setOf("contacts", "recipients", "owners", "members", "guests", "passengers", "travellers",
	"travelers", "attendees", "people", "persons", "signers", "signatories", "beneficiaries", "dependents",
	"authorizedusers", "customers", "buyers", "consignees", "addressees", "cardholders", "holders")

// pairFieldKind22 returns the kind of PII the field that a patch's path or
// an input's selector names holds: KindName, KindAddress, or noKind22.
func pairFieldKind22(ref string) Kind {
	ref = strings.TrimSpace(ref)
	if ref == "" || len(ref) > 120 {
		return noKind22
	}
	if ref[0] == '/' {
		// a JSON Pointer: its last named segment, with the one before
		segs := strings.Split(ref[1:], "/")
		for len(segs) > 0 {
			l := segs[len(segs)-1]
			if l == "-" || l == "" || countDigits(l) == len(l) {
				segs = segs[:len(segs)-1]
				continue
			}
			break
		}
		if len(segs) == 0 {
			return noKind22
		}
		last := segs[len(segs)-1]
		var buf [48]byte
		if personCollections22[string(normKey(buf[:0], last))] && len(segs) < len(strings.Split(ref[1:], "/")) {
			return KindName // "/contacts/-", "/recipients/0": an item of a list of people
		}
		p := last
		if len(segs) >= 2 {
			p = segs[len(segs)-2] + "." + last
		}
		return kindOfClass22(pathClass(p))
	}
	// a selector: "#cardholder", ".full-name", "input[name=\"first_name\"]"
	if i := strings.Index(ref, "name="); i >= 0 {
		ref = strings.Trim(ref[i+5:], `"'\] `)
	} else {
		if j := strings.LastIndexAny(ref, " >"); j >= 0 {
			ref = ref[j+1:]
		}
		ref = strings.TrimLeft(ref, "#.")
	}
	if ref == "" || len(ref) > 48 {
		return noKind22
	}
	var buf [48]byte
	nk := normKey(buf[:0], ref)
	if string(nk) == "cardholder" || string(nk) == "holder" {
		return KindName // the name on a card
	}
	return kindOfClass22(keyClass(nk))
}

// noKind22 is no kind: the field names none this reads.
const noKind22 = NumKinds

func kindOfClass22(c int) Kind {
	switch c {
	case keyName:
		return KindName
	case keyAddress:
		return KindAddress
	}
	return noKind22
}

// pairValueOK22 reports a value that has the shape of the kind its field
// names.
func pairValueOK22(k Kind, v string) bool {
	if v == "" || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") || keep21Value(keyNone, v) {
		return false
	}
	switch k {
	case KindName:
		return personValue22(unescapeU22(v))
	case KindAddress:
		return len(v) >= 8 && countDigits(v) > 0 && countDigits(v) < len(v)/2 && !networkAddress(v) && !notAddressValue(v) && strings.ContainsAny(v, " ,")
	}
	return false
}

// mayHoldPairs22 is the cheap test before pairSpans22.
func mayHoldPairs22(s string, tp *textPairs) bool {
	return strings.Contains(s, `value`) && (tp.contains(`"path`) || tp.contains(`"target`) || tp.contains(`"selector`) || tp.contains(`path\`) || tp.contains(`target\`))
}

// pairSpans22 returns the values of patch operations and input events in
// s, JSON text at any escaping.
func pairSpans22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "value")
		if i < 0 {
			break
		}
		p := off + i
		off = p + len("value")
		if p == 0 || s[p-1] != '"' || off >= len(s) || !jsonQuote22(s[off]) {
			continue
		}
		a := strings.LastIndexByte(s[:p], '{')
		if a < 0 || strings.IndexByte(s[a:p], '}') >= 0 {
			continue
		}
		e := strings.IndexByte(s[p:], '}')
		if e < 0 {
			continue
		}
		obj := s[a : p+e]
		k := noKind22
		for _, key := range [...]string{"path", "target", "selector"} {
			if rs, re, ok := jsonTextValue22(obj, key); ok {
				k = pairFieldKind22(obj[rs:re])
				break
			}
		}
		if k == noKind22 {
			continue
		}
		vs, ve, ok := jsonTextValue22(obj, "value")
		if !ok {
			continue
		}
		ve = jsonUnescapedEnd22(obj, vs)
		if !pairValueOK22(k, obj[vs:ve]) {
			continue
		}
		out = append(out, span{start: a + vs, end: a + ve, kind: k})
	}
	return out
}

// pairFields22 masks the value of a structured patch operation or input
// event ({"op":…,"path":…,"value":…}) when its path or target names a
// person's or an address's field.
func (r *Redactor) pairFields22(fs []event.Field, c *Counts) {
	if len(fs) < 2 || len(fs) > 6 {
		return
	}
	ref, val := -1, -1
	for i := range fs {
		switch fs[i].Path {
		case "path", "target", "selector":
			if fs[i].Value.Kind == event.String {
				ref = i
			}
		case "value":
			if fs[i].Value.Kind == event.String {
				val = i
			}
		}
	}
	if ref < 0 || val < 0 {
		return
	}
	k := pairFieldKind22(fs[ref].Value.Str)
	if k == noKind22 || r.kindAction[k] == ActionOff || !pairValueOK22(k, fs[val].Value.Str) {
		return
	}
	r.maskValue(&fs[val].Value, ActionMask, k.String(), k, c)
}
