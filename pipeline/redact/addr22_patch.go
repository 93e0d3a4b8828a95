package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// A JSON Patch operation (RFC 6902) and a schema validator's error name
// the field by a pointer and hold its value in a bare member:
//
//	{"op":"replace","path":"/shipping/address","value":"…"}                  JSON Patch
//	{"instancePath":"/customer/phone","message":"must match …","data":"…"}   Ajv (dataPath before v7)
//	{"type":"field","path":"phone","msg":"Invalid value","value":"…"}        express-validator
//	{"property":"phone","value":"…","constraints":{…}}                       class-validator
//
// The bare member ("value", "data", "input") is read as the field the
// pointer names (audit_trail.go), as an audit change's "new_value" is. It
// is that field's value only beside a member that says the object is an
// operation or a validation error (an "op", a "message", a "keyword", a
// "constraints"…): elsewhere {"path":…,"data":…} is as often a request and
// its body.

// auditBareValues22 are the bare members that hold the named field's value.
var auditBareValues22 = map[string]bool{"value": true, "data": true, "input": true}

// auditOpMarks22 are the members of a patch operation or a validation error.
var auditOpMarks22 = map[string]bool{"op": true, "message": true, "msg": true, "keyword": true, "schemapath": true,
	"constraints": true, "rule": true, "validator": true}

// auditValue22 reports that fs[i] holds the value of the field its object
// names, as a bare member of a patch operation or a validation error.
func auditValue22(fs []event.Field, i int) bool {
	if !inLower(auditBareValues22, fs[i].Path) || fs[i].Value.Kind != event.String && fs[i].Value.Kind != event.Number {
		return false
	}
	for k := range fs {
		if k != i && inLower(auditOpMarks22, fs[k].Path) {
			return true
		}
	}
	return false
}

// auditValueAt reports an audit change's value member: a named one
// (auditValueKeys) or a bare one of a patch or a validation error.
func auditValueAt(fs []event.Field, i int) bool {
	return inLower(auditValueKeys, fs[i].Path) || auditValue22(fs, i)
}

// A validator's errors are as often logged as JSON text inside a string
// ("error.details":"[{\"instancePath\":\"/customer/phone\",…,\"data\":\"…\"}]").
// There the "data" member after an "instancePath" (Ajv 7 and later) or a
// "dataPath" (Ajv 6, dotted: ".customer.phone"), before the next error's
// pointer, is read as the field the pointer names: a phone with six digits
// or more, an address with a digit and a space (pairValueOK22). Ajv writes
// its "params" object between them, so the error is not cut at a brace.

// mayHoldValidation22 is the cheap test before validationSpans22.
func mayHoldValidation22(tp *textPairs) bool {
	return tp.contains("nstancePath") || tp.contains("dataPath")
}

// validationSpans22 returns the values a validator's errors in s echo
// for the phone and address fields they name.
func validationSpans22(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "Path")
		if i < 0 {
			break
		}
		p := off + i
		off = p + 4
		var key string
		switch {
		case p >= 8 && s[p-8:p] == "instance":
			key = s[p-8 : p+4]
		case p >= 4 && s[p-4:p] == "data":
			key = s[p-4 : p+4]
		default:
			continue
		}
		ks := p + 4 - len(key)
		if ks == 0 || s[ks-1] != '"' || off >= len(s) || !jsonQuote22(s[off]) {
			continue
		}
		end := len(s)
		if n := strings.Index(s[off:], key); n >= 0 {
			end = off + n // the next error
		}
		if end-ks > 800 {
			end = ks + 800
		}
		obj := s[ks-1 : end]
		rs, re, ok := jsonTextValue22(obj, key)
		if !ok {
			continue
		}
		ref := strings.TrimLeft(obj[rs:re], "./")
		ref = strings.ReplaceAll(ref, "/", ".")
		k := KindPhone
		switch pathClass(ref) {
		case keyPhone:
		case keyAddress:
			k = KindAddress
		default:
			continue
		}
		vs, ve, ok := jsonTextValue22(obj, "data")
		if !ok {
			continue
		}
		ve = jsonUnescapedEnd22(obj, vs)
		v := obj[vs:ve]
		if strings.Contains(v, "[REDACTED:") {
			continue
		}
		if k == KindPhone && countDigits(v) < 6 || k == KindAddress && (len(v) < 8 || countDigits(v) == 0 || !strings.Contains(v, " ")) {
			continue
		}
		out = append(out, span{start: ks - 1 + vs, end: ks - 1 + ve, kind: k})
	}
	return out
}
