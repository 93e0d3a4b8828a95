package redact

// mayHoldAddr22Any is the cheap test before addr22AllSpans: one of the
// passes of addr22_*.go would run.
func mayHoldAddr22Any(s string, sig uint32, tp *textPairs) bool {
	return mayHoldAddr22(sig) || mayHoldValidation22(tp) || mayHoldBindArray22(sig, tp) || mayHoldFieldParam22(tp)
}

// addr22AllSpans runs the passes of addr22_*.go whose own tests s passes.
func addr22AllSpans(s string, sig uint32, tp *textPairs, have []span) []span {
	var out []span
	if mayHoldAddr22(sig) {
		out = append(out, addr22Spans(s, have)...) // a whole value in its locale's format (addr22_cells.go)
	}
	if mayHoldValidation22(tp) {
		out = append(out, validationSpans22(s)...) // {"instancePath":"/customer/phone",…,"data":"…"} as text (addr22_patch.go)
	}
	if mayHoldBindArray22(sig, tp) {
		out = append(out, bindArraySpans22(s)...) // "SET `phone`=?, …; [\"…\", …]" (addr22_binds.go)
	}
	if mayHoldFieldParam22(tp) {
		out = append(out, fieldParamSpans22(s)...) // "ep.field=phone&ep.value=…" (addr22_binds.go)
	}
	return out
}
