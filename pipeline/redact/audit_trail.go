package redact

import (
	"strings"

	"github.com/vigilops/vigil/event"
)

// Audit trails and change feeds log a change as an object whose member
// names the field changed and whose other members hold its values before
// and after:
//
//	{"field":"shipping_address","old_value":"…","new_value":"…"}    Magento, Shopware, custom admin logs
//	{"attribute":"telephone","from":"…","to":"…"}                    Rails' audited, PaperTrail-style diffs
//	{"path":"/customer/phone","before":"…","after":"…"}              JSON Patch-like diffs
//	{"column":"email","oldValue":"…","newValue":"…"}                  database audit triggers
//
// The values are read as that field's: as if logged under
// path.shipping_address. The naming member is only scanned.

// auditNameKeys are the members that name the changed field.
var auditNameKeys = map[string]bool{
	"field": true, "fieldname": true, "field_name": true, "attribute": true, "attr": true, "attributename": true,
	"attribute_name": true, "path": true, "column": true, "columnname": true, "column_name": true, "property": true,
	"propertyname": true, "property_name": true, "prop": true,
	"instancepath": true, "instance_path": true, // a validator's error (addr22_patch.go)
	// the verbs of a rotation, whose member names the setting rotated:
	// {"rotated":"carrier_api_key","new_value":"…"} (codekeys20_audit.go)
	"rotated": true, "changed": true, "updated": true, "reset": true, "regenerated": true, "renewed": true, "replaced": true,
}

// ("key" and "name" with a "value" are attribute pairs, pairs.go; a "name"
// beside "from" and "to" is as often a person's.)

// auditValueKeys are the members that hold the field's values.
var auditValueKeys = map[string]bool{
	"old_value": true, "new_value": true, "oldvalue": true, "newvalue": true, "old": true, "new": true,
	"from": true, "to": true, "before": true, "after": true, "previous": true, "current": true,
	"previous_value": true, "previousvalue": true, "current_value": true, "currentvalue": true,
	"old_val": true, "new_val": true, "value_before": true, "value_after": true, "was": true, "now": true,
}

// auditIndex finds an audit change's naming member and the field path it
// names, or ok false. The object has 2 to 6 members, one naming member
// whose value is a field's name, and at least one value member.
func auditIndex(fs []event.Field) (nf int, name string, ok bool) {
	if len(fs) < 2 || len(fs) > 6 {
		return 0, "", false
	}
	nf = -1
	values := 0
	for i := range fs {
		switch p := fs[i].Path; {
		case inLower(auditNameKeys, p):
			if nf >= 0 {
				return 0, "", false
			}
			nf = i
		case auditValueAt(fs, i):
			values++
		}
	}
	if nf < 0 || values == 0 || fs[nf].Value.Kind != event.String {
		return 0, "", false
	}
	name = auditFieldPath(fs[nf].Value.Str)
	if !pairName(name) {
		return 0, "", false
	}
	return nf, name, true
}

// auditFieldPath turns a JSON pointer or a slashed path into a dotted one
// ("/customer/phone" → "customer.phone").
func auditFieldPath(n string) string {
	n = strings.TrimPrefix(n, "/")
	if strings.IndexByte(n, '/') >= 0 {
		n = strings.ReplaceAll(n, "/", ".")
	}
	return n
}

// auditFields redacts an event's object that is an audit change: its value
// members are read as the field it names. It reports false, doing nothing,
// when the object is no such change.
func (r *Redactor) auditFields(path string, fs []event.Field, off uint32, c *Counts, ks *knownSet) bool {
	nf, name, ok := auditIndex(fs)
	if !ok {
		return false
	}
	for i := range fs {
		switch {
		case i == nf:
			r.scanValue(path+"."+fs[i].Path, &fs[i].Value, off, c, ks)
		case auditValueAt(fs, i):
			if !r.field(path+"."+name, &fs[i].Value, off, c, ks) {
				fs[i].Value = event.Value{}
			}
		default:
			if !r.field(path+"."+fs[i].Path, &fs[i].Value, off, c, ks) {
				fs[i].Value = event.Value{}
			}
		}
	}
	return true
}

// collectAudit is collect for an audit change: its values are known PII
// when the field it names would be masked.
func (r *Redactor) collectAudit(path string, fs []event.Field, ks *knownSet) bool {
	_, name, ok := auditIndex(fs)
	if !ok {
		return false
	}
	np := path + "." + name
	ru := r.path(np).ru
	for i := range fs {
		if !auditValueAt(fs, i) {
			continue
		}
		v := &fs[i].Value
		switch {
		case ru == nil:
			if k, ok := r.implicit(np, v); ok {
				ks.add(k, v.Str)
			}
		case ru.Action == ActionMask || ru.Action == ActionHash || ru.Action == ActionPartial || ru.Action == ActionDrop:
			_, kind := labelFor(ru, np)
			ks.addValue(kind, v)
		}
	}
	return true
}

// inLower reports whether key, lower-cased (ASCII), is in m, without
// allocating: auditIndex runs on every object of every event.
func inLower(m map[string]bool, key string) bool {
	if len(key) < 2 || len(key) > 20 {
		return false
	}
	var buf [20]byte
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return m[string(buf[:len(key)])]
}
