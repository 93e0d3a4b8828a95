package redact

// mayHoldPeople23b is the cheap test before people23bSpans: each pass of
// people23b_*.go needs one of these words or an earlier finding.
func mayHoldPeople23b(sig uint32, tp *textPairs, have []span, marked bool) bool {
	return mayHoldCertCN23b(sig, tp) || mayHoldIDHolder23b(tp, have, marked) || mayHoldPersonColumn23b(sig, tp) ||
		mayHoldLowerNames23b(tp, have, marked)
}

// people23bSpans runs the passes of people23b_*.go whose own tests s passes.
func people23bSpans(s string, sig uint32, tp *textPairs, have []span, marked bool) []span {
	var out []span
	if mayHoldCertCN23b(sig, tp) {
		out = certCNSpans23b(s, out) // "CN=Family, Given, O=…", "CN = given family, emailAddress = …" (people23b_cert.go)
	}
	if mayHoldIDHolder23b(tp, have, marked) {
		out = idHolderSpans23b(s, have, out) // "IBAN [REDACTED:iban] Given Family" (people23b_holder.go)
	}
	if mayHoldPersonColumn23b(sig, tp) {
		out = personColumnSpans23b(s, have, out) // "…,victim\n…,\"FAMILY Given\"\n…,37061371835" (people23b_csv.go)
	}
	if mayHoldLowerNames23b(tp, have, marked) {
		out = lowerNameSpans23b(s, have, out) // "…: oisín murphy (o.murphy@…) logged in", "customer kurt vella reported:" (people23b_lower.go)
	}
	return out
}
