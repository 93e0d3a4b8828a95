package redact

import "strings"

// A secret's rotation in an audit trail. Admin tools log the change of a
// setting with a member that names the setting changed and members that
// hold its value before and after; when the setting is a secret, those
// values are the secret, in whatever syntax the record is written:
//
//	[audit@32473 actor="…" rotated="carrier_api_key" new_value="zGMh9Hg…"]   syslog structured data
//	X-Rotated: carrier_api_key\nX-New-Value: Ie4fcJ6l…                        HTTP headers
//	<Data Name="Rotated">carrier_api_key</Data><Data Name="NewValue">…</Data> Windows events
//	SecretRotation{rotated='webhook_secret', newValue='whsec_…'}              Java toString
//	{\"field\":\"sftp_password\",\"old_value\":\"…\",\"new_value\":\"…\"}    JSON held in a string
//
// The naming member is one of the audit trail's (field, attribute, column,
// property, path; audit_trail.go), a verb of rotation whose value names
// what was rotated (rotated, changed, updated, reset, regenerated…) or a
// member that names the secret (key, name, secret_name); its
// value must classify as a secret's key ("carrier_api_key",
// "sftp_password", "webhook_secret"; not "password_policy" or
// "secret_ref"). The value members are the old and new values ("new_value",
// "oldValue", "X-New-Value", "previous_value", "current_value"), read to
// their quote or, unquoted, to the record's next separator. The event form
// of the same record is read by flatAuditValue (change17.go), whose naming
// members include the verbs of rotation (auditNameKeys).

// auditRotationKeys20 are the verbs whose member names the setting
// rotated or changed, normalised (lower case, no separators).
var auditRotationKeys20 = setOf("rotated", "changed", "updated", "reset", "regenerated", "renewed", "replaced",
	"rolled", "rekeyed", "rotatedkey", "rotatedsecret", "changedfield", "updatedfield", "settingchanged", "setting",
	// members that name the secret itself: {"secret_name":"SMTP_PASSWORD","new_value":…}
	"key", "keyname", "secret", "secretname", "credential", "credentialname", "name")

// auditSecretValueKeys20 are the value members, normalised.
var auditSecretValueKeys20 = setOf("newvalue", "oldvalue", "previousvalue", "currentvalue", "valuebefore", "valueafter",
	"newval", "oldval", "priorvalue")

// mayHoldAuditSecret20 is auditSecretSpans20's cheap test: a separator
// and a value member's "value" (or "Value", "VALUE").
func mayHoldAuditSecret20(s string, sig uint32, tp *textPairs) bool {
	return sig&(sigEq|sigColon|sigGT) != 0 && len(s) >= 32 &&
		(tp.contains("alue") || tp.contains("ALUE") || tp.contains("_val"))
}

// auditSecretSpans20 returns the values of a secret's change (see above);
// have are the spans found so far.
func auditSecretSpans20(s string, have []span) []span {
	var out []span
	named, scopeAt := 0, -1 // named: a naming member of the record at scopeAt names a secret
	var next [3]int         // where each anchor is next found at or after off (-1: nowhere)
	anchors := [3]string{"alue", "ALUE", "_val"}
	for x := range next {
		next[x] = -2
	}
	for off := 0; off < len(s); {
		i := -1
		for x, a := range anchors {
			if next[x] == -2 || next[x] >= 0 && next[x] < off {
				next[x] = -1
				if n := strings.Index(s[off:], a); n >= 0 {
					next[x] = off + n
				}
			}
			if next[x] >= 0 && (i < 0 || next[x] < i) {
				i = next[x]
			}
		}
		if i < 0 {
			break
		}
		off = i + 4
		ks := i
		for ks > 0 && i-ks < 32 && (isAlnum(s[ks-1]) || s[ks-1] == '_' || s[ks-1] == '-' || s[ks-1] == '.') {
			ks--
		}
		ke := i + 4
		for ke < len(s) && ke-i < 12 && isAlpha(s[ke]) {
			ke++
		}
		if ks < len(s) && (s[ks] == 'x' || s[ks] == 'X') && ks+1 < len(s) && s[ks+1] == '-' {
			ks += 2 // a header's "X-"
		}
		var buf [48]byte
		if ke-ks > 40 || !auditSecretValueKeys20[string(normKey(buf[:0], s[ks:ke]))] {
			continue
		}
		vs, ve := auditMemberText20(s, ke)
		if vs < 0 || ve-vs < 4 || isMarkerAt(s, vs) || overlaps(have, vs, ve) || overlaps(out, vs, ve) {
			continue
		}
		if v := strings.ToLower(s[vs:ve]); v == "null" || v == "none" || v == "true" || v == "false" || v == "redacted" {
			continue
		}
		a, b := auditRecord20(s, ks, ve)
		if a != scopeAt {
			scopeAt, named = a, 0
			if auditNamesSecret20(s, a, b) {
				named = 1
			}
		}
		if named == 1 {
			out = append(out, span{start: vs, end: ve, kind: KindCredential})
			off = ve
		}
	}
	return out
}

// auditRecord20 returns the record around a value member at ks..ve: from
// the bracket before it ('[', '{', '(' opening it, or ']', '}', ')' closing
// the record before) to the bracket after it, within 480 bytes either way
// (a header block or a Windows event's data has none).
func auditRecord20(s string, ks, ve int) (int, int) {
	a := ks
	for a > 0 && ks-a < 480 {
		if strings.IndexByte("[]{}()", s[a-1]) >= 0 {
			if o := strings.LastIndexByte(s[:a], '['); s[a-1] == ']' && o >= 0 && markerEnd(s, o) == a {
				a = o // a marker of an earlier pass is a value, no bracket
				continue
			}
			break
		}
		a--
	}
	b := ve
	for b < len(s) && b-ve < 480 {
		if strings.IndexByte("[]{}()", s[b]) >= 0 {
			if e := markerEnd(s, b); s[b] == '[' && e > 0 {
				b = e
				continue
			}
			break
		}
		b++
	}
	return a, b
}

// auditMemberText20 reads a member's value after its key ending at e: up
// to eight quotes or backslashes (JSON escaped once or twice), a '=', ':'
// or an element's '>' (one space around it), the same quoting, then the
// value up to its quote or, unquoted, up to a space, a line break (real
// or escaped), '<', '&', ',', ';' or a closing bracket. It returns -1, -1
// when there is none.
func auditMemberText20(s string, e int) (int, int) {
	i := e
	for q := 0; i < len(s) && q < 8 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\'); q++ {
		i++
	}
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i >= len(s) || s[i] != '=' && s[i] != ':' && s[i] != '>' {
		return -1, -1
	}
	i++
	quoted := false
	for q := 0; i < len(s) && q < 8 && (s[i] == '"' || s[i] == '\'' || s[i] == '\\' || s[i] == ' '); q++ {
		if s[i] != ' ' {
			quoted = true
		}
		i++
	}
	j := i
	for j < len(s) && j-i < 512 {
		c := s[j]
		if c == '"' || c == '\'' && quoted || c == '\\' || c == '<' || c == '\n' || c == '\r' || c == '\t' {
			break
		}
		if !quoted && strings.IndexByte(" &,;}])", c) >= 0 {
			break
		}
		j++
	}
	if j == i || j-i >= 512 {
		return -1, -1
	}
	return i, j
}

// auditNamesSecret20 reports a naming member between a and b whose value
// is a secret's key.
func auditNamesSecret20(s string, a, b int) bool {
	for p := a; p < b; {
		for p < b && !isAlpha(s[p]) {
			p++
		}
		q := p
		for q < b && (isAlnum(s[q]) || s[q] == '_' || s[q] == '-') {
			q++
		}
		if q == p {
			break
		}
		w := s[p:q]
		p = q
		if len(w) > 2 && (w[0] == 'x' || w[0] == 'X') && w[1] == '-' {
			w = w[2:]
		}
		if len(w) < 3 || len(w) > 24 {
			continue
		}
		var buf [32]byte
		nk := string(normKey(buf[:0], w))
		if !auditRotationKeys20[nk] && !inLower(auditNameKeys, nk) {
			continue
		}
		vs, ve := auditMemberText20(s, q)
		if vs < 0 || ve-vs > 64 {
			continue
		}
		var kb [64]byte
		if c := keyClass(normKey(kb[:0], s[vs:ve])); c == keyCred || c == keyAuth {
			return true
		}
	}
	return false
}
