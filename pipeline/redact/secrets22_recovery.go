package redact

// Recovery codes in a bracketed list under a recovery phrase. An MFA
// enrolment log writes the codes it issued as a list in brackets after
// the key or phrase that names them:
//
//	recovery=[izkom-iapzq vllpb-e8c2k]  ·  backup_codes: [4kd9e-x0p2m, 7qw3r-l1v8n]
//
// recoveryRunSpans takes a run of codes only with a phrase in their own
// clause, and a bracket ends that clause. recoveryListSpans22 reads the
// codes (recoveryCode: groups of 4 to 6 letters or digits joined by '-',
// one case) after a '[' that a recovery phrase (recoveryPhraseBefore)
// stands right before, up to its ']', separated by spaces or commas; two
// codes or more of one shape, closed by the ']', are taken as one span.

// mayHoldRecoveryList22 is recoveryListSpans22's cheap test.
func mayHoldRecoveryList22(sig uint32, tp *textPairs) bool {
	return sig&sigLBrack != 0 && tp.contains("-") && (tp.contains("ecover") || tp.contains("ackup") || tp.contains("ECOVER") ||
		tp.contains("ACKUP") || sig&sigHigh != 0 || tp.contains("ecuper") || tp.contains("erstel") || tp.contains("ack-up"))
}

// recoveryListSpans22 returns the bracketed lists of recovery codes in s.
func recoveryListSpans22(s string) []span {
	var out []span
	for i := 0; i < len(s); i++ {
		if s[i] != '[' || isMarkerAt(s, i) || !recoveryPhraseBefore(s, max(0, i-1)) && !recoveryPhraseBefore(s, i) {
			continue
		}
		a := i + 1
		for a < len(s) && (s[a] == ' ' || s[a] == '"' || s[a] == '\'') {
			a++
		}
		n, end := 0, a
		var shape0 uint32
		for end < len(s) {
			e, shape, ok := recoveryCode(s, end)
			if !ok || n > 0 && shape != shape0 {
				break
			}
			shape0 = shape
			n++
			q := e
			for q < len(s) && (s[q] == ' ' || s[q] == ',' || s[q] == '"' || s[q] == '\'') {
				q++
			}
			if q < len(s) && s[q] == ']' {
				end = e
				if n >= 2 {
					out = append(out, span{start: a, end: end, kind: KindCredential})
				}
				break
			}
			if q == e {
				break
			}
			end = q
		}
		i = max(i, end)
	}
	return out
}
