package redact

// secrets21 runs the readers of secrets21_*.go, each behind its cheap
// test: command lines' password flags, X12 ISA security fields,
// voicemail.conf PINs, EMV track-2 PANs, the numbers of SIP and tel URIs
// and caller ids, callers' numbers after "from", and SMPP's addresses
// and codes; sig and tp are the text's signature and pairs.
func (sc *scanner) secrets21(sig uint32, tp *textPairs) {
	s := sc.s
	if len(s) < 12 {
		return // none of these fits in fewer bytes
	}
	if (tp.may(" -") || tp.may(" /")) && mayHoldCmdFlag21(s) { // (a flag follows a space: the pairs first)
		sc.mergeSpans(cmdFlagSpans21(s))   // "ldapsearch … -w 'S3cret!'" (secrets21_flags.go)
		sc.mergeSpans(slashFlagSpans21(s)) // "ktpass … /pass S3cret"
	}
	if len(s) >= 106 && mayHoldX12(s) { // (an ISA header is 106 bytes)
		sc.mergeSpans(isaSecretSpans21(s)) // ISA04 (secrets21_edi.go)
	}
	if sig&sigEq != 0 && sig&sigGT != 0 && mayHoldVoicemail21(s) {
		sc.mergeSpans(voicemailPinSpans21(s)) // "1001 => 4242,Given Family,…" (secrets21_voicemail.go)
	}
	if len(s) >= 18 && mayHoldTrack21(s) {
		sc.mergeSpans(track2Spans21(s)) // "57=4111…1111D2512…" (secrets21_track2.go)
	}
	if sig&(sigColon|sigLT) != 0 && mayHoldTelURI21(s, sig) {
		sc.mergeSpans(telURISpans21(s, sc.spans)) // "sip:+84989899032@…", "\"Given Family\" <729672851>" (secrets21_phones.go)
	}
	if mayHoldCallFrom21(tp) {
		sc.mergeSpans(callFromSpans21(s, sc.spans)) // "New voicemail from 5519.7968", "called us from …" (secrets21_calls.go)
	}
	if mayHoldSMPP21(s, sig) {
		sc.mergeSpans(smppSpans21(s, sc.spans)) // "source_addr=…", "text:Your code is …" (secrets21_phones.go, secrets21_sms.go)
	}
}
