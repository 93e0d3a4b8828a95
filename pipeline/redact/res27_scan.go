package redact

// The res27 round's passes, for the platform tooling's and the security
// telemetry's residue, called from findDepth after the name and address
// readers (each pass reads the spans found before it, its own round's too):
//
//   - contact clauses closing a value ("…, contact Given Family") and the
//     address before them (res27_contact.go);
//   - a label's recipient line with a CJK or "FAMILY, Given" name, and its
//     address by its parts in any script (res27_recipient.go);
//   - a name and a phone written together ("Given Family 996 65 396:")
//     (res27_pair.go), a quoted phone a few words after its label
//     (res27_quoted.go), a name before a possessive phone phrase and the
//     number after one (res27_phrase.go);
//   - the columns of text tables (res27_columns.go), positional arguments
//     and INSERT rows (res27_args.go), objects named "FAMILY, Given"
//     (res27_paths.go), Redis commands printed one argument a line
//     (res27_redis.go), an address after the bare word for one
//     (res27_label.go).

// mayHoldRes27 is the cheap test before res27Spans: a text of twelve bytes
// or more with a digit, a byte beyond ASCII or a separator (each pass has
// its own test).
func mayHoldRes27(s string, sig uint32, tp *textPairs, have []span, marked bool) bool {
	return len(s) >= 12 && sig&(sigDigit|sigHigh|sigComma|sigSemi|sigColon|sigQuote|sigNL) != 0
}

// res27Spans returns what the passes of this round find in s.
func res27Spans(s string, sig uint32, tp *textPairs, have []span, marked bool) []span {
	var out []span
	seen := func() []span { // have and what this round found so far
		if len(out) == 0 {
			return have
		}
		return append(have[:len(have):len(have)], out...)
	}
	if mayHoldContactR27(sig, tp) {
		out = append(out, contactSpansR27(s, have)...)
	}
	if mayHoldRecipientR27(sig, tp, seen(), marked) {
		out = append(out, recipientSpansR27(s, seen())...)
	}
	if mayHoldPairR27(sig, seen(), marked) {
		out = append(out, pairSpansR27(s, seen())...)
	}
	if mayHoldQuotedPhoneR27(sig, tp) {
		out = append(out, quotedPhoneSpansR27(s, seen())...)
	}
	if mayHoldPhrasePhoneR27(sig, tp) {
		out = append(out, phrasePhoneAfterR27(s, seen())...)
	}
	if sp := seen(); marked || mayHoldBeforePhone24(sp, false) {
		out = append(out, phrasePhoneSpansR27(s, sp)...)
	}
	if mayHoldColumnsR27(sig, seen(), marked) {
		out = append(out, columnSpansR27(s, seen())...)
	}
	if sig&sigDigit != 0 && sig&(sigQuote|sigApos|sigRBrace) != 0 && mayHoldArgs(s) {
		out = append(out, argSpansR27(s, seen())...)
	}
	if sig&sigHigh != 0 && mayHoldInsertRows24(sig, tp) {
		out = append(out, insertCJKSpansR27(s, seen())...)
	}
	if mayHoldPathNames24(sig, tp) {
		out = append(out, pathFamilyNamesR27(s, seen())...)
	}
	if mayHoldRedisReplyR27(sig, tp) {
		out = append(out, redisReplySpansR27(s)...)
	}
	if mayHoldAddressWordR27(sig, tp) {
		out = append(out, addressWordSpansR27(s, seen())...)
	}
	return out
}
