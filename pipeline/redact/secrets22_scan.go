package redact

// secrets22 runs the readers of secrets22_*.go, each behind its cheap
// test: session ids in session stores' keys, tokens in the paths of
// password-reset, magic-link and invitation links, one-time codes after a
// request to enter them, Redis commands whose arguments are passwords,
// passwords in the unquoted values lists of framework SQL errors, recovery
// codes in a bracketed list, and 13-digit Visa numbers in a column of
// cards; sig and tp are the text's signature and pairs.
func (sc *scanner) secrets22(sig uint32, tp *textPairs) {
	s := sc.s
	if len(s) < 12 {
		return // none of these fits in fewer bytes
	}
	if mayHoldSessionKey22(s, tp) {
		sc.mergeSpans(sessionKeySpans22(s)) // "GET sess:<id>", "spring:session:sessions:<id>" (secrets22_session.go)
	}
	if mayHoldRouteToken22(s, tp) {
		sc.mergeSpans(routeTokenSpans22(s)) // "/password/reset/<token>", "/auth/magic-link/<token>" (secrets22_routes.go)
	}
	if mayHoldEnterCode22(s, sig) {
		sc.mergeSpans(enterCodeSpans22(s)) // "or enter code 364163", "saisissez le code 718293" (secrets22_codes.go)
	}
	if sig&sigQuote != 0 && mayHoldRedisAuth22(tp) {
		sc.mergeSpans(redisAuthSpans22(s)) // "AUTH" "…", "CONFIG" "SET" "requirepass" "…" (secrets22_redis.go)
	}
	if mayHoldUnquotedInsert22(sig, tp) {
		sc.mergeSpans(unquotedInsertSecrets22(s)) // Laravel's "(SQL: insert … values (…, Tulipan1981%, …))" (secrets22_insert.go)
	}
	if mayHoldRecoveryList22(sig, tp) {
		sc.mergeSpans(recoveryListSpans22(s)) // "recovery=[izkom-iapzq vllpb-e8c2k]" (secrets22_recovery.go)
	}
	if sig&sigApos != 0 && len(sc.spans) > 0 && tp.contains("Duplicate entry '") {
		sc.keepIndexNames22() // "… for key 'users_email_unique'": an index's name (secrets22_keys.go)
	}
	if mayHoldCardColumn22(s, sig, sc.spans) {
		sc.mergeSpans(cardColumnSpans22(s, sc.spans)) // a 13-digit Visa under other rows' cards (secrets22_cards.go)
	}
}
