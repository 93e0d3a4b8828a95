package redact

// mayHoldNames22 is the cheap test before names22Spans: the passes of
// names22_*.go each need one of these bytes or words.
func mayHoldNames22(s string, sig uint32, evidence bool, tp *textPairs) bool {
	return mayHoldTails22(s, sig, evidence, tp) || mayHoldTaskArgs22(evidence, tp) || mayHoldDottedNameKey22(sig, tp) ||
		mayHoldInsertNames22(sig, tp) || sig&sigLBrace != 0 && mayHoldPairs22(s, tp) || mayHoldSalutation22(sig, tp) || mayHoldSnapshot22(sig, tp) || mayHoldSearchJSON22(sig, tp)
}

// names22Spans runs the passes of names22_*.go whose own tests s passes.
func names22Spans(s string, sig uint32, evidence bool, tp *textPairs, have []span) []span {
	var out []span
	if mayHoldTails22(s, sig, evidence, tp) {
		out = tailSpans22(s, have, tp, out) // "(for Given Family)", "<address> / Given Family", "owner Given Family -->" (names22_tails.go)
	}
	if sig&sigLBrace != 0 && mayHoldPairs22(s, tp) {
		out = pairSpans22(s, out) // {"op":"add","path":"/contacts/-","value":…}, {"target":"#cardholder","value":…} (names22_pairs.go)
	}
	if mayHoldSalutation22(sig, tp) {
		out = salutationSpans22(s, out) // "<p>Given Family, …", text="Given Family, …" (names22_salute.go)
	}
	if mayHoldSnapshot22(sig, tp) {
		out = snapshotSpans22(s, out) // "<p class=\"recipient\">\n-   Given Family\n+   …" (names22_snapshot.go)
	}
	if mayHoldSearchJSON22(sig, tp) {
		out = searchJSONSpans22(s, out) // {"query":"Given Family","filters":"type:customer"} (names22_search.go)
	}
	if mayHoldTaskArgs22(evidence, tp) {
		out = taskArgSpans22(s, have, out) // "args=('#SO-…', 'Given Family') kwargs={…}" (names22_args.go)
	}
	if mayHoldDottedNameKey22(sig, tp) {
		out = dottedNameKeySpans22(s, out) // "&ep.name=Given+Family&" (names22_args.go)
	}
	if mayHoldInsertNames22(sig, tp) {
		out = insertNameSpans22(s, out) // "(SQL: insert into `users` (`name`, …) values (Given Family, …))" (names22_args.go)
	}
	return out
}
