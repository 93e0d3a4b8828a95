package redact

import "strings"

// secrets23 runs the credential passes of security telemetry: combo lists'
// passwords after their login, OAuth authorization codes in a callback's
// query. Each pass is gated on its own evidence.
func (sc *scanner) secrets23(sig uint32, depth int, tp *textPairs, marked bool) {
	s := sc.s
	if depth == 0 && sig&sigColon != 0 && (marked || strings.IndexByte(s, '@') >= 0) {
		sc.mergeSpans(comboSpans23(s, sc.spans)) // "[REDACTED:email]:granite_31!" (secrets23_combo.go)
	}
	if depth < 3 && (depth > 0 || sig&sigEq != 0) && mayHoldOAuthCode23(s, depth, tp) {
		sc.mergeSpans(oauthCodeSpans23(s)) // "/oauth2/callback?code=…" (secrets23_oauth.go)
	}
}
