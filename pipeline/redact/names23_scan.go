package redact

// mayHoldNames23 is the cheap test before names23Spans: the passes of
// names23_*.go each need one of these bytes or words.
func mayHoldNames23(sig uint32, tp *textPairs) bool {
	return mayHoldUserKeys23(sig, tp) || mayHoldLDAPNames23(sig, tp) || mayHoldDisplayNames23(sig, tp) ||
		mayHoldSubjects23(sig, tp) || mayHoldForVia23(tp)
}

// names23Spans runs the passes of names23_*.go whose own tests s passes.
func names23Spans(s string, sig uint32, tp *textPairs, have []span) []span {
	var out []span
	if mayHoldUserKeys23(sig, tp) {
		out = userKeySpans23(s, out) // "duser=Price, Angharad cs1Label=…", [meta user="nina horvat"] (names23_userkeys.go)
	}
	if mayHoldLDAPNames23(sig, tp) {
		out = ldapNameSpans23(s, out) // "(cn=sanaa lahlou)", "cn=Family\, Given,ou=…" (names23_ldap.go)
	}
	if mayHoldDisplayNames23(sig, tp) {
		out = displayNameSpans23(s, out) // "From: margrét einarsson <…>" (names23_display.go)
	}
	if mayHoldSubjects23(sig, tp) {
		out = subjectNameSpans23(s, have, out) // T="Bestellung #78291 Given Family", "… - Given Family +44 …" (names23_subject.go)
	}
	if mayHoldForVia23(tp) {
		out = forViaSpans23(s, have, out) // "reset requested for WIJAYA Nur via SMS" (names23_forvia.go)
	}
	return out
}
