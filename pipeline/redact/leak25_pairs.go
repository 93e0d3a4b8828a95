package redact

import "github.com/vigilops/vigil/event"

// Typed pairs. Marketplace APIs list a buyer's details as typed pairs
// ({"type":"FIRST_NAME","value":"…"}, {"type":"STREET_NAME","value":"…"}):
// the type field names what the value is, as a key would. A type that
// names a name, an address, a phone or an e-mail classifies the value;
// any other type ("primary", "BUSINESS_NAME", "DOC_NUMBER") leaves it to
// the other readers.
func (sc *scanner) typedPair25(k int) (int, bool) {
	s := sc.s
	if k >= len(s) || s[k] != '"' && s[k] != '\'' && s[k] != '\\' {
		return 0, false // cheap: a quoted type only
	}
	name, ne, q := quotedAt(s, k)
	if q == "" || len(name) < 3 || !pairName(name) {
		return 0, false
	}
	v, ok := pairValueAt(s, ne, q)
	if !ok {
		return 0, false
	}
	switch cls := pairClass(name); cls {
	case keyName, keyAddress, keyPhone:
		return sc.classValue(cls, name, v), true
	}
	return 0, false
}

// typedPairField25 reports a structured pair's "type" field whose value
// names a name, an address or a phone (typedPair25's rule for an event's
// fields).
func typedPairField25(v *event.Value) bool {
	if v.Kind != event.String || len(v.Str) < 3 || !pairName(v.Str) {
		return false
	}
	switch pairClass(v.Str) {
	case keyName, keyAddress, keyPhone:
		return true
	}
	return false
}
