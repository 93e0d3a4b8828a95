package redact

import (
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// span is a found value: s[start:end] gets replaced.
type span struct {
	start, end int
	kind       Kind
	custom     int // index into Redactor.custom when kind is KindCustom
}

// Byte classes of the scanner's dispatch table.
const (
	cNone = iota
	cLetter
	cDigit
	cPlus
	cParen
	cAt
	cPercent
	cBracket
	cHigh
	cClause
	cDot
	cColon
)

var class [256]uint8

func init() {
	for c := 'a'; c <= 'z'; c++ {
		class[c] = cLetter
		class[c-'a'+'A'] = cLetter
	}
	class['_'] = cLetter
	for c := '0'; c <= '9'; c++ {
		class[c] = cDigit
	}
	class['+'] = cPlus
	class['('] = cParen
	class['@'] = cAt
	class['%'] = cPercent
	class['['] = cBracket
	class[';'] = cClause
	class['|'] = cClause
	class['\n'] = cClause
	class['.'] = cDot
	class[':'] = cColon
	class['!'] = cDot
	class['?'] = cDot
	for c := 0x80; c < 0x100; c++ {
		class[c] = cHigh
	}
	for c := range class {
		wordByte[c] = class[c] == cLetter || class[c] == cDigit
	}
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlpha(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool { return isDigit(c) || isAlpha(c) }

// isWord reports letters, digits and '_'.
func isWord(c byte) bool { return class[c] == cLetter || class[c] == cDigit }

// isTokenChar reports the bytes credentials are made of.
func isTokenChar(c byte) bool {
	return isWord(c) || c == '-' || c == '.' || c == '|' || c == '+' || c == '/' || c == '=' || c == '%' || c == '~'
}

// Contexts set by a preceding word and consumed by the next digit group.
const (
	ctxNone = iota
	ctxPhone
	ctxID
	ctxCard
	ctxOrder // ctxID after an order's word or key ("order_id", "pedido")
)

type scanner struct {
	r       *Redactor
	s       string
	off     uint32
	spans   []span
	lastEnd int // end of the last span or marker: a boundary
	ctx     int
	noQuote [9]int  // see closing
	chunks  []chunk // number's buffer
	// ship is set by a shipping verb ("shipped", "deliver") and makes the
	// next "to" introduce an address; ';', '|', newlines and ". " end it.
	// The scanner never reads those inside a value it later redacts, so a
	// second pass agrees.
	ship    bool
	sms     int8 // whether the text is about SMS messages: 0 not known yet, 1 yes, 2 no
	sawHigh bool // whether run met a byte >= 0x80 (native digits are looked for only then)
	sawDest bool // whether a word starts a destPhrases phrase (destinationSpans reads them only then)
	sawCard bool // whether a word names a payment card (splitCardSpans32 reads the text only then)
	// house is houseAt's last answer: its position + 1 and houseNumber's
	// end there (prefilters.go).
	house [2]int
	// rescanned is set on a scanner that reads a cut-off tail again
	// (rescan, depth 3): its own cuts are read once more, at depth 4.
	rescanned bool
}

var scanners = sync.Pool{New: func() any { return &scanner{spans: make([]span, 0, 16), chunks: make([]chunk, 0, 16)} }}

// find returns a pooled scanner holding the spans to replace in s, in order
// and without overlaps. Give it back with release.
func (r *Redactor) find(s string, off uint32) *scanner {
	return r.findDepth(s, off, 0)
}

// findDepth is find at a depth of URL decoding.
func (r *Redactor) findDepth(s string, off uint32, depth int) *scanner {
	// depth -1: a URL-decoded view (urlEncoded) read by every reader of
	// plain text, as depth 0 is; only its own URL decoding is a second one
	// (depth 2). enc29_echo.go.
	urlView := depth < 0
	if urlView {
		depth = 0
	}
	sc := scanners.Get().(*scanner)
	*sc = scanner{r: r, s: s, off: off, spans: sc.spans[:0], chunks: sc.chunks[:0], lastEnd: -1, rescanned: depth >= 3}
	sc.run()
	if len(sc.spans) > 0 {
		sc.trimAmountTails()    // amounts.go
		sc.trimPhoneAmounts20() // "(+52) 99 4787 6548  21 616,77 kr": a grid's next cell (secrets20_amounts.go)
	}
	if len(sc.spans) > 0 {
		sc.shiftLabelSecrets()      // amounts.go
		sc.extendTitleNames()       // amounts.go
		sc.extendInitialNames()     // names_initial.go
		sc.extendKeyedGiven18()     // "customer=van der Meulen, Julia" (names18_tails.go)
		sc.trimAtBreaks(depth <= 3) // amounts.go (depth 3: a rescan's tail, read once more)
	}
	var sig uint32
	tp := textPairs{s: s} // its byte pairs, for the gates that search it (prefilters.go)
	if depth == 0 {
		sig = sigPairs28(s, &tp) // sigOf(s) (sig.go), tp's pairs filled in the same walk (sp28_gates.go)
	}
	if urlView {
		if mayBeURLEncoded(s) {
			sc.urlEncoded(1) // encoded twice
		}
	} else if depth < 2 && (depth > 0 || sig&(sigPercent|sigPlus) != 0) && mayBeURLEncoded(s) {
		sc.urlEncoded(depth)
	}
	if (depth > 0 || urlView) && strings.IndexByte(s, '=') >= 0 {
		sc.mergeSpans(searchAddressSpans(s)) // "autocomplete q=Husova+27%2F9%2C+…" decoded (address14_search.go)
	}
	if (depth > 0 || urlView || sig&(sigHigh|sigBackslash|sigPercent) != 0) && (hasFullwidthDigit(s) || sc.sawHigh && hasNativeDigit(s) || depth < 2 && hasSpaceLike(s)) {
		// (at every depth: "%EF%BC%90…" and "\uff10…" decode to full-width digits too)
		sc.fullwidth(true) // (a no-break space may come URL-encoded: %C2%A0)
	} else if sc.sawHigh && hasCompat31(s) {
		sc.fullwidth(false) // full-width letters and signs, invisible characters (enc31_views.go)
	}
	if (depth == 0 || urlView) && mayHoldObfEmail32(&tp) {
		sc.mergeSpans(obfEmailSpans32(s)) // "maria.lopez [at] gmail [dot] com" (obf32_email.go)
	}
	if sig&sigDigit != 0 && mayHoldOTPTemplate33(&tp) {
		sc.mergeSpans(otpTemplateSpans33(s)) // "template_id":"otp_login","vars":{"code":"3898"} (l33b_otpkeys.go)
	}
	if depth <= 2 && mayHoldCallAfter33(&tp) {
		sc.mergeSpans(callAfterSpans33(s)) // "bitte 0171 2345678 anrufen" (nb33_phones.go)
	}
	if sig&sigDigit != 0 && !hasKind21(sc.spans, KindCard) && (mayHoldSplitCard32(sc.sawCard, sc.sawHigh, &tp) || mayHoldPaySplit33(&tp)) {
		sc.mergeSpans(splitCardSpans32(s)) // "card 41935133 + 76299344" (split32_cards.go)
	}
	if depth == 0 && !urlView {
		if mayHoldBase64Text31(&tp) {
			sc.base64View31() // "payload_b64=eyJ…" read decoded (enc31_views.go)
		}
		if strings.IndexByte(s, '/') >= 0 {
			sc.pathSegments31()    // "/search/<a card>/…": a path's segment read alone (enc31_views.go)
			sc.searchPathNames32() // "/search/Given%20Family/…": a name searched for (nm32_search.go)
		}
	}
	if depth == 0 && sig&sigBackslash != 0 { // (sig: strings.IndexByte(s, '\\') >= 0 at depth 0)
		if tp.contains(`:\/\/`) || digitEscapedSlash(s) {
			sc.escapedSlashes()
		}
		if hasUnicodeEscape(s) { // email_idn.go
			sc.unicodeEscapes()
		}
		if tp.contains(`\,`) {
			sc.escapedCommas() // address_escaped.go
		}
		if mayHoldHexEscapes23(sig, &tp) {
			sc.hexEscapes23() // nginx's "{\x22pass\x22:\x22…\x22}" read decoded (secrets23_hex.go)
		}
		if mayHoldEscapedQuery26(&tp) {
			sc.cefEscapedQuery26() // CEF's "login?phone\=0065+8133+2460" read unescaped (ctx26_cef.go)
		}
	}
	if depth == 0 && mayHoldHTML18(s, sig) {
		sc.htmlView18() // an HTML mail body read rendered: entities decoded, cells and breaks as lines (html18_view.go)
	}
	if depth == 0 && sig&sigNL != 0 {
		sc.mergeSpans(csvSpans(s))
		if mayHoldMatchCSV20(s) {
			sc.mergeSpans(matchCSVSpans20(s)) // an audience export's "fn" and "ln" columns (tables20_match.go)
		}
		sc.dropPhonesIn(csvIDRanges(s)) // damage_csvids.go
		if mayHoldCopyRows(s, sig) {
			sc.mergeSpans(copyRowSpans(s)) // sqlrows.go
		}
		if mayHoldIDocFlat(s) {
			sc.mergeSpans(idocFlatSpans(s)) // fixedwidth.go
		}
		if sig&(sigTab|sigSemi|sigPipe) != 0 {
			sc.mergeSpans(laterTableSpans(s)) // csv_later.go
		}
		if hasMarkdownTable(s) {
			spans, ids := markdownSpans(s) // tables.go
			sc.dropPhonesIn(ids)
			sc.mergeSpans(spans)
		}
		if mayHoldProfileTable20(s) {
			sc.mergeSpans(profileTableSpans20(s)) // a profile's sample cells read by the column each row names (tables20_profile.go)
		}
		if hasYAMLBlock(s) {
			sc.mergeSpans(yamlBlockSpans(s)) // tables.go
		}
	}
	if depth == 0 && sig&sigLT != 0 && tp.contains(`" <`) {
		sc.mergeSpans(mailNameSpans(s)) // pairs.go
	}
	if depth == 0 && sig&(sigEq|sigNL) != 0 && mayHoldDirectory(s, sig) {
		sc.mergeSpans(directorySpans(s)) // names_dir.go
	}
	if depth == 0 && sig&sigColon != 0 && sig&sigQuote != 0 && tp.contains(`: "`) {
		sc.mergeSpans(scriptKeySpans(s)) // pairs.go
	}
	if depth == 0 && sig&sigLBrace != 0 && mayDescribeFields(s) {
		sc.mergeSpans(describedSpans(s)) // names_described.go
	}
	if depth == 0 && sig&sigLParen != 0 && tp.contains(pgKey) {
		spans, ids := pgKeySpans(s) // sqlkey.go
		sc.dropPhonesIn(ids)
		sc.mergeSpans(spans)
		sc.clipAtIDs(ids)
	}
	if depth == 0 && sig&sigColon != 0 {
		sc.mergeSpans(otpColonSpans(s)) // otp.go
	}
	if depth == 0 && sig&sigEq != 0 && mayHoldEnvDump(s) {
		sc.mergeSpans(envSecretSpans(s)) // "DB_PASS=over there-trip-company85 REGION=…" (creds16_envdump.go)
	}
	if depth == 0 && sig&sigLParen != 0 && len(sc.spans) > 0 {
		sc.mergeSpans(holderSpans(s, sc.spans)) // an account's holder in brackets (names_holder.go)
	}
	if depth == 0 && mayHoldTranscript(s, sig) {
		sc.mergeSpans(speakerSpans(s)) // a transcript's speakers (names_speaker.go)
	}
	if depth == 0 && mayHoldOTPTurn(s, sig) {
		sc.mergeSpans(otpTurnSpans(s)) // a code answered in a conversation (otp14_turns.go)
	}
	var sp spaceFacts
	if depth == 0 {
		sp = spaceFactsOf(s) // mayHoldSpokenDigits, mayHoldSpacedSecret and changeFromSpace in one walk of the spaces (speed27_spaces.go)
	}
	spoken := depth == 0 && sp.spoken // (read once for both passes)
	if spoken {
		sc.mergeSpans(spokenDigitSpans(s)) // "4 5 3 2 9 1 …" read aloud (turns17_spoken.go)
	}
	if spoken && spokenPlusWord20(s) { // mayHoldSpokenPlus20 without its first test
		sc.mergeSpans(spokenPlusSpans20(s, sc.spans)) // "plus 3 7 1 2 9 3 4 3 8 5 8" (codetext20_spoken.go)
	}
	asr30 := sp.asr30Gate()
	if depth == 0 && (asr30 || sp.asrFrame && asr32Filler(s)) {
		sc.mergeSpans(sc.asr30Spans()) // "four nine one one 24 …", "name dot surname at gmail dot com" (asr30_spoken.go)
	}
	if depth == 0 && (asr30 || sp.asrFrame || asr32AtStart(s)) {
		sc.mergeSpans(asr32Spans(s)) // "its under jane testperson um", "i live at 12 example street …" (asr32_frames.go)
	}
	if depth == 0 && mayHoldProseSecret(s, sig) {
		sc.mergeSpans(proseSecretSpans(s)) // prose_secrets.go
	}
	if depth == 0 && sp.spaced {
		sc.mergeSpans(spacedSecretSpans(s)) // "x-api-key GTVp…", "otp '0882'" (creds18_spaced.go)
	}
	if depth == 0 && mayHoldUnicodePw32(s, sc.sawHigh) {
		sc.mergeSpans(unicodePwSpans32(s)) // "smtp_pass ελπίδα6615!" (cr32_pw.go)
	}
	if depth == 0 && mayHoldSpokenAuth31(&tp) {
		sc.mergeSpans(spokenAuthSpans31(s)) // "authorization basic  dXNl…" (cc31_creds.go)
	}
	if depth == 0 && mayHoldDecodedSecret20(s, sig) {
		sc.mergeSpans(decodedSecretSpans20(s)) // "… get secret … | base64 -d" then the secret alone on its line (secrets20_decoded.go)
	}
	if depth == 0 && sig&(sigNL|sigColon) != 0 && mayHoldSMTPAuth(s, &tp) {
		sc.mergeSpans(smtpAuthSpans(s)) // smtp_auth.go
	}
	if depth == 0 && strings.IndexByte(s, '-') >= 0 {
		sc.mergeSpans(recoveryRunSpans(s)) // recovery_codes.go
	}
	if depth == 0 && sig&sigLBrack != 0 && sig&sigNL != 0 && tp.contains(ciEvaluating) {
		sc.mergeSpans(ciDebugSpans(s)) // ci_debug.go
	}
	if depth == 0 && sig&sigApos != 0 && sig&sigPlus != 0 && mayHoldEDIFACT(s) {
		sc.mergeSpans(edifactSpans(s))         // edifact.go
		sc.dropPhonesIn(edifactRefRanges31(s)) // "RFF+AAK:046696393'": a reference (dm31_ids.go)
	}
	if depth == 0 && sc.sawHigh && mayHoldEnclosedIntro(s) {
		sc.mergeSpans(enclosedIntroSpans(s)) // intro_enclosed.go
	}
	if depth == 0 && sc.sawHigh && mayHoldCaselessRole(s) {
		sc.mergeSpans(caselessRoleSpans(s)) // names_caseless_role.go
	}
	if depth == 0 && sig&(sigNL|sigCaret) != 0 && mayHoldBlock(s) {
		sc.mergeSpans(blockSpans(s)) // block.go
		// an address under "… is on its way to:" (address_headings.go)
		sc.mergeSpans(shipPhraseSpans(s))
	}
	if depth == 0 && mayHoldSplitCard(sig) {
		sc.mergeSpans(splitCardSpans(s, sig, sc.spans)) // "card 4123 4567\n 8901 2345" (cards15_split.go)
	}
	if depth == 0 && sig&sigLParen != 0 || depth > 0 && strings.IndexByte(s, '(') >= 0 {
		sc.mergeSpans(parenPhoneSpans(s, depth == 0)) // "080(4372)4221", "0(532) 123 45 67" (phone14_shapes.go)
	}
	if depth == 0 && mayHoldTwiceEscapedSlash(s, sig) {
		sc.twiceEscapedSlashes() // "0173\\/7476685" (phone15_slash.go)
	}
	if depth == 0 && sig&sigBackslash != 0 && mayHoldEscapedBlock(s) {
		sc.mergeSpans(escapedBlockSpans(s)) // "Destinataire:\n174 rue …\n31090 Toulouse" (address14_block.go)
	}
	if depth == 0 && sig&sigColon != 0 && sig&(sigApos|sigQuote) != 0 {
		// "address validation failed for order #1: '…'" (address_quoted.go)
		sc.mergeSpans(quotedAddressSpans(s))
	}
	if depth == 0 && len(s) >= 24 {
		// "… debe enviarse a C/ Gran Vía, 16 …", "… adresine gönderin" (address_dest.go)
		sc.mergeSpans(destinationSpans(s, sig, sc.sawDest, &tp))
		sc.mergeSpans(dest14Spans(s, sc.sawDest || sig&sigBackslash != 0, sc.spans)) // "proszę dostarczyć na al. …", "entregar en Rivadavia 96" (address14_dest.go)
		// "… / dirección Rivadavia 194, …, C7724OKA Córdoba, hub: …" (address18_labels.go)
		sc.mergeSpans(addressLabelSpans(s, sc.sawDest, sc.spans))
		if sig&sigHigh != 0 {
			sc.mergeSpans(spacedAddressKeySpans(s)) // "địa chỉ giao hàng=…" (address_dest.go)
		}
	}
	if depth == 2 && sc.sawDest && len(s) >= 24 {
		sc.mergeSpans(addressLabelSpans(s, true, sc.spans)) // read again with iCalendar's "\," undone (address18_labels.go)
	}
	if depth == 0 && sig&sigQuote != 0 && mayHoldRedisCommand(s) {
		sc.mergeSpans(redisSpans(s)) // redis.go
	}
	if depth == 0 && sig&sigApos != 0 && tp.contains(esPreview) {
		sc.mergeSpans(esPreviewSpans(s)) // tables.go
	}
	if depth == 0 && mayHoldRecipientLine(s, sig) {
		spans, ids := recipientLineSpans(s, sc.spans) // label_recipient.go
		sc.dropPhonesIn(ids)
		sc.mergeSpans(spans)
	}
	if depth == 0 && sc.sawHigh && hasNativeDigit(s) {
		sc.mergeSpans(nativePhoneSpans(s)) // native_phones.go
	}
	if depth == 0 && mayHoldOracleRow(s, sig) {
		sc.mergeSpans(oracleRowSpans(s)) // oracle_binds.go
	}
	if depth == 0 && mayHoldEventData(s, sig) {
		spans, names := eventDataSpans(s) // winevent.go
		sc.keepNames(names)
		sc.mergeSpans(spans)
		if mayHoldWinAudit20(s) {
			sc.mergeSpans(winAuditPhoneSpans20(s)) // <Data Name="Field">phone</Data><Data Name="After">…</Data> (phones20_audit.go)
		}
	}
	if depth == 0 && mayHoldRPCPassword(s, sig, &tp) {
		sc.mergeSpans(rpcPasswordSpans(s)) // jsonrpc.go
	}
	if depth == 0 && sig&sigLParen != 0 && sig&sigV != 0 && (tp.contains("alues") && (tp.contains("values") || tp.contains("Values")) || tp.contains("VALUES")) {
		sc.mergeSpans(sqlSpans(s))
		sc.dropPhonesIn(sqlIDRanges(s)) // ids_dashed.go
	}
	if depth == 0 && sig&sigLParen != 0 && mayHoldSQLIn20(s, &tp) {
		sc.mergeSpans(sqlInSpans20(s)) // "WHERE phone IN ('…', '…')" (tables20_sql.go)
	}
	if depth == 0 && sig&(sigLBrack|sigLParen|sigDollar) != 0 && hasBindList(s, &tp) {
		sc.mergeSpans(bindSpans(s))
	}
	if depth == 0 && sig&(sigLParen|sigApos|sigLBrack) != 0 && mayHoldRowTuple(s, sig, &tp) {
		sc.mergeSpans(rowTupleSpans(s, sc.spans)) // names_tuple.go
		// Hibernate's bound addresses (tables20_binds.go)
		sc.mergeSpans(bindAddressSpans20(s, sc.spans))
	}
	rows := depth == 0 && sig&(sigSemi|sigTab|sigPipe) != 0 && manySeps(s)
	if rows {
		sc.mergeSpans(rowSpans(s, sc.spans))
	}
	if depth == 0 && (rows || sig&sigComma != 0 && mayHoldCells(s)) {
		sc.mergeSpans(addressCellSpans(s, sc.spans)) // street.go
	}
	if depth == 0 && mayHoldQuotedAddress18(s, sig) {
		sc.mergeSpans(quotedAddressSpans18(s, sc.spans)) // "…,\"Palackého 24, 180 50 Praha\",…", ('49, Brigade Road, Chennai 600589', …) (address18_cells.go)
	}
	if depth == 0 && mayHoldAddr22Any(s, sig, &tp) {
		sc.mergeSpans(addr22AllSpans(s, sig, &tp, sc.spans)) // "Wiedner 149, 8235 Klagenfurt" as a whole value, validators' and binds' values (addr22_scan.go)
	}
	if depth == 0 && mayHoldEastAddress26(s, sig, &tp) {
		sc.mergeSpans(eastAddressSpans26(s, sc.spans)) // "神奈川県横浜市西区神宮前2-2-11", "6-11-16 Ginza, Kita-ku, Fukuoka 333-1813" (addr26_east.go)
	}
	if depth < 2 && tp.containsAt("ocation", 1) {
		sc.mergeSpans(locationSpans18(s, sc.spans)) // "location=Husova 117, 816 97 Ostrava", "LOCATION:…" (address18_cells.go)
	}
	if depth < 2 && mayHoldStreetKey20(s, &tp) {
		sc.mergeSpans(streetKeySpans20(s, sc.spans)) // "adr":"Fakeles iela 12-3, …", "LOCATION:فيلا 30، شارع …" (names20_fields.go)
	}
	marked := sig&sigLBrack != 0 && hasMarker(s) // an earlier pass's markers: evidence of PII as spans are
	// mayHoldCodeItem18 (at depth 0) and mayHoldProseCode20 in one walk (prefilters.go)
	codeWord, proseCode := mayHoldCodes(s, sig, depth == 0)
	if codeWord {
		sc.mergeSpans(codeItemSpans18(s, sig, sc.spans)) // "kode: 18108", "PIN 3846" as a message's item (chat18_codes.go)
	}
	codeWord21 := depth == 0 && mayHoldCodeWord21(s, sig, &tp)
	if codeWord21 || (depth == 1 || urlView) && mayHoldDecodedCodePC29(s, &tp) { // (a query's value decoded: pc29_codes.go)
		sc.mergeSpans(codeWordSpans21(s, sc.spans)) // "kodas  484643", "- குறியீடு …": the word for "code" in a buyer's language (cred21_codeword.go)
	}
	if sig20 := sig | sigHigh*uint32(min(depth, 1)); proseCode {
		sc.mergeSpans(proseCodeSpans20(s, sig20, sc.spans)) // "pickup code 959531", "取件码 708894", "482913 is your locker code" (codetext20_access.go)
	}
	if depth == 0 && mayHoldColumnSecret20(s, sig) {
		sc.mergeSpans(columnSecretSpans20(s, sc.spans)) // "Broker password" over its value in text laid out in columns (codetext20_ocr.go)
	}
	if depth == 0 && mayHoldCodeCell19(s, sig) {
		sc.mergeSpans(codeCellSpans19(s, sc.spans)) // <td>Code</td><td>48213907</td> (codes19_cells.go)
	}
	if depth == 0 && mayHoldVendorKey19(s, &tp) {
		sc.mergeSpans(vendorKeySpans19(s, sc.spans)) // HubSpot "pat-na1-…", Mailchimp "…-us21", Klaviyo "pk_…" (codes19_vendor.go)
	}
	if depth == 0 && mayHoldRecoveryCell19(s, sig) {
		sc.mergeSpans(recoveryCellSpans19(s, sc.spans)) // "…,#24449,kqmk5-9xyg2,Zalando" (codes19_rows.go)
	}
	if depth == 0 && mayHoldCodeColumn19(s, sig) {
		sc.mergeSpans(codeColumnSpans19(s, sc.spans)) // "ts,code,order_id\n…,40917736,…" (codes19_rows.go)
	}
	if depth == 0 && mayHoldDashArea20(s, &tp) {
		sc.mergeSpans(dashAreaSpans20(s, sc.spans)) // "030 - 735 354 43": the area code apart (phones20_dash.go)
	}
	if depth == 0 && mayHoldTrunkGap19(s, sig) || depth > 0 && tp.contains(" () ") { // (decoded from a query or a form body too: phones20_keys.go)
		sc.mergeSpans(trunkGapSpans19(s, sc.spans)) // "+354 () 622 5907": an empty trunk bracket (damage19_trunk.go)
	}
	if mayHoldAuditSecret20(s, sig, &tp) {
		sc.mergeSpans(auditSecretSpans20(s, sc.spans)) // "rotated=\"carrier_api_key\" new_value=\"…\"" (codekeys20_audit.go)
	}
	if depth == 0 && mayHoldAuditPhone19(s, sig, &tp) {
		sc.mergeSpans(auditPhoneSpans19(s, sc.spans)) // "field=phone before=… after=…" (damage19_audit.go)
	}
	if depth == 0 && mayHoldLabelItems18(s, len(sc.spans) > 0 || marked) {
		sc.mergeSpans(labelItemNames18(s, sc.spans)) // "…; nombre Abril Arriaga; …" in a buyer's message (chat18_labels.go)
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && mayHoldFixedWidth(s, &tp) {
		sc.mergeSpans(fixedWidthNameSpans(s, sc.spans, false)) // names_fixedwidth.go
		sc.mergeSpans(fixedWidthPhoneSpans20(s, sc.spans))     // phones20_fixed.go
		sc.mergeSpans(fixedSecretSpans32(s, sc.spans))         // a password's or a key's column (cr32_fixed.go)
	} else if depth == 0 && (len(sc.spans) > 0 || marked) && mayHoldRecord31(s, &tp) {
		sc.mergeSpans(fixedWidthNameSpans(s, sc.spans, true)) // names in capitals of rows padded with three spaces (doc31_layout.go)
	}
	if depth == 0 && mayHoldDoc31(sig) {
		sc.mergeSpans(doc31Spans(s, sig)) // "4199—8894—…" read by OCR, an IBAN wrapped onto the next line (doc31_layout.go)
	}
	if depth == 0 && mayHoldNoticeName19(s, sig, len(sc.spans) > 0 || marked, &tp) {
		sc.mergeSpans(noticeNameSpans19(s, sc.spans)) // "SMS to …: code … JT… (Given Family)" (names19_sms.go)
	}
	if depth == 0 && mayHoldFromAsk19(s, len(sc.spans) > 0 || marked) {
		sc.mergeSpans(fromAskNameSpans19(s)) // "Given Family from Acme asks for …" (names19_from.go)
	}
	if depth < 2 && mayHoldPhrases21(s) {
		sc.mergeSpans(phraseSpans21(s, depth, sc.spans)) // "my name is jane roe", "please send it to 8 rivonia road …": any case or script (names21_phrases.go)
	}
	if depth == 0 && mayHoldAddrTo21(&tp) {
		sc.mergeSpans(addrToSpans21(s, sc.spans)) // "changed the delivery address of order … to <address>" (names21_addrto.go)
	}
	if depth == 0 && mayHoldSender21(s, len(sc.spans) > 0 || marked) {
		sc.mergeSpans(senderNameSpans21(s)) // "Ticket 4021 from Given Family: …" (names21_sender.go)
	}
	if depth == 0 && mayHoldEntryRecord19(s) {
		sc.mergeSpans(entryRecordNameSpans19(s)) // an ACH entry record's receiver (names19_nacha.go)
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && mayHoldMixedArgs(s, &tp) {
		sc.mergeSpans(mixedArgSpans(s, sc.spans)) // names_argsmixed.go
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && mayHoldArgs(s) {
		sc.mergeSpans(argNameSpans(s, sc.spans))  // names_args.go
		sc.mergeSpans(argPhoneSpans(s, sc.spans)) // phone_words.go
	}
	if depth == 0 && mayHoldArgs27(s, sig) {
		sc.mergeSpans(argNameSpans27(s, sc.spans)) // a name with evidence among ids and amounts (names27_args.go)
	}
	if depth == 0 && mayHoldSpacedLabel27(s, sig, &tp) {
		sc.mergeSpans(spacedLabelSpans27(s, sc.spans)) // "importer of record: …", "N1 ST: …" (names27_labels.go)
	}
	if depth == 0 && mayHoldTitle27(s, sig, &tp) {
		sc.mergeSpans(titleNameSpans27(s, sc.spans)) // "dna. Given Family", "Daw ဇော်လင်း" (names27_titles.go)
	}
	if depth == 0 && mayHoldBy27(&tp) {
		sc.mergeSpans(byNameSpans27(s, sc.spans)) // "payment by Given Family declined" (names27_by.go)
	}
	if depth == 0 && mayHoldPGParams(s, sig) && (len(sc.spans) > 0 || marked) {
		sc.mergeSpans(pgParamSpans(s, sc.spans)) // pg_params.go
	}
	if rows && (len(sc.spans) > 0 || marked) {
		sc.mergeSpans(rowCellSpans(s, sc.spans)) // row_cells.go
	}
	if depth == 0 && (tp.contains("for ") || strings.HasPrefix(s, "For ")) {
		sc.mergeSpans(forNameSpans(s, sc.spans)) // names_for.go
	}
	if depth == 0 && sig&sigComma != 0 && mayHoldCommaName18(s) {
		sc.mergeSpans(commaNameSpans18(s, sc.spans)) // "label printed for Family, Given" (names18_comma.go)
	}
	if depth == 0 && mayHoldLabelName(s, sig, &tp) {
		sc.mergeSpans(labelNameSpans(s)) // names_label.go
	}
	if depth == 0 && mayHoldFreeNames(s, sig) {
		sc.mergeSpans(freeNameSpans(s, sig)) // names_free.go
	}
	if depth == 0 && (rows || mayHoldNames15(s, sig)) {
		sc.mergeSpans(names15Spans(s, sig, rows, sc.spans)) // names15_lines.go
	}
	if depth == 0 && mayHoldAnswerTurn(s, sig) {
		sc.mergeSpans(answerTurnSpans(s)) // "AGENT: door code?" then "CUSTOMER: 4471", names, phones… (turns17_answers.go)
	}
	if depth == 0 && mayHoldMatchKeys(s, sig) {
		sc.mergeSpans(matchKeySpans(s)) // {"em":…,"ph":…,"ln":"Family"} (names16_keys.go)
	}
	if depth == 0 && sc.sawHigh && mayHoldHanPhraseName(s) {
		sc.mergeSpans(hanPhraseNameSpans(s)) // "实名认证通过 Given Family" (names16_phrases.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&(sigColon|sigHigh) != 0 {
		sc.mergeSpans(contactNameSpans(s, sc.spans)) // "Kontakt: Given Family, Tel. …" (names16_phrases.go)
	}
	if depth == 0 && mayHoldItemNames17(s, len(sc.spans) > 0 || marked, &tp) {
		sc.mergeSpans(itemNameSpans17(s, sc.spans)) // "… / Given Family / iban: …", "contact name FAMILY Given" (names17_items.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&sigComma != 0 && sig&sigQuote != 0 {
		sc.mergeSpans(csvNameBeforeMailSpans(s, sc.spans)) // `…,"Given Family",given@…` (names16_keys.go)
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && mayHoldAccountBy(s, sc.spans, &tp) {
		sc.mergeSpans(accountBySpans(s, sc.spans)) // names_after.go
	}
	if depth == 0 && mayHoldReplyHeader(s, sig) {
		sc.mergeSpans(sc.allowedSpans(replyHeaderSpans(s))) // names_reply.go
	}
	if depth == 0 && mayHoldGreet14(sig) {
		sc.mergeSpans(greet14Spans(s)) // names14_greet.go
	}
	if depth == 0 && mayHoldHonorSuffix14(s, sig) {
		sc.mergeSpans(honorSuffix14Spans(s)) // names14_greet.go
	}
	if depth == 0 && mayHoldMailName14(sig) {
		sc.mergeSpans(mailName14Spans(s)) // names14_mail.go
	}
	if depth == 0 && mayHoldSearch14(sig) {
		sc.mergeSpans(search14Spans(s)) // names14_search.go
	}
	if depth == 0 && mayHoldIdentName(s, &tp) {
		sc.mergeSpans(identNameSpans(s)) // names_ident.go
	}
	if depth == 0 && mayHoldDuplicateEntry(s, sig) {
		sc.mergeSpans(duplicateEntrySpans(s)) // names_sql.go
	}
	if depth == 0 && (rows || sig&(sigComma|sigTab) != 0) && (len(sc.spans) > 0 || marked) && !sqlStatement(s) {
		sc.mergeSpans(rowNameSpans(s, sc.spans)) // names_rows.go
	}
	if depth == 0 && mayHoldRows19(s, sig) {
		sc.mergeSpans(rowSpans19(s, sc.spans)) // export rows: names and phones by their cells' evidence, header and column (csv19_rows.go)
	}
	if depth == 0 && sig&sigNL != 0 && mayHoldGrid20(s) {
		sc.mergeSpans(gridSpans20(s, sc.spans)) // result grids aligned by spaces, read by their header (tables20_grid.go)
	}
	if depth == 0 && sig&sigRBrace != 0 && tp.contains("}=") {
		sc.mergeSpans(indexedArgSpans(s, sc.spans)) // address_parts.go
	}
	if depth == 0 && sig&(sigGT|sigHigh) != 0 && mayHoldRefArrow(s, sig) {
		sc.mergeSpans(refArrowSpans(s)) // "260628NV6G → No. 360, Persiaran …" (address15_arrow.go)
	}
	if depth == 0 && len(sc.spans) > 0 && len(s) >= 24 && mayHoldAddressList(s, sc.sawHigh, &tp) {
		sc.mergeSpans(addressListSpans(s, sc.spans)) // "3 addresses incl. ул. …;" (address15_cells.go)
	}
	if depth == 0 && len(sc.spans) > 0 && mayHoldStreetCells(s, sig, &tp) {
		sc.mergeSpans(streetCellSpans(s, sc.spans)) // "…   Jan Fake   ul. Fakowa 26/35   …" (address15_cells.go)
	}
	if depth == 0 && sig&sigNL != 0 && len(sc.spans) > 0 && mayHoldGrid20(s) {
		sc.dropGridPlain20() // a grid's product column holds no street (tables20_grid.go)
	}
	if depth == 0 && sig&(sigNL|sigBackslash) != 0 && len(sc.spans) > 0 {
		sc.mergeSpans(labelBlockSpans(s, sc.spans)) // "Attn: …\nFake Ltd\n12 Fake St, …" (address15_block.go)
	}
	if depth == 0 && mayHoldReceiptBlock20(sig, sc.spans) {
		sc.mergeSpans(receiptBlockSpans20(s, sc.spans)) // "received by …\nTērbatas iela 152-36, …" (names20_receipt.go)
	}
	if depth == 0 && hasAddressSpan(sc.spans) {
		extendAddressBack(s, sc.spans)                        // street.go
		extendAddressForward(s, sc.spans)                     // address_parts.go
		for _, c := range trimAddressSentences(s, sc.spans) { // address_sentence.go
			sc.rescan(c[0], lineEnd(s, c[0], c[1]))
		}
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && len(s) >= 24 {
		sc.mergeSpans(ibanOffLength20Spans(s, sc.spans)) // an IBAN off its country's length (phones20_iban.go)
	}
	if depth == 0 && len(sc.spans) == 0 && len(s) >= 17 && len(s) <= 42 && s[0] >= 'A' && s[0] <= 'Z' {
		sc.mergeSpans(wholeIBAN24(s)) // a field that is an IBAN off its country's length alone (sec24_platform.go)
	}
	if depth == 0 {
		sc.segments17(sig) // X12, ZPL labels, SAML, raw e-mail, OCR label lines (segments17_scan.go)
	}
	if depth == 0 && mayHoldPeople21(s, sig, sc.spans, &tp) {
		sc.mergeSpans(people21Spans(s, sig, sc.spans, &tp)) // LDIF persons, EMV 5F20, SWIFT parties, callers, cell dumps (people21_scan.go)
	}
	if depth == 0 && mayHoldViberSender22(s, sig) {
		sc.mergeSpans(viberSenderSpans22(s, nil)) // a Viber callback's sender, at any escaping (people22_chat.go)
	}
	if depth == 0 && mayHoldNameFormatted22(s, sig) {
		sc.mergeSpans(nameFormattedSpans22(s, nil)) // a SCIM name's "formatted", at any escaping (people22_scim.go)
	}
	if depth == 0 && sig&sigNL != 0 && (tp.contains(`f"`) || tp.contains(`f'`)) {
		sc.fstrings()
	}
	if depth == 0 && mayHoldViberSender22(s, sig) {
		sc.mergeSpans(viberSenderSpans22(s, nil)) // a Viber callback's sender, at any escaping (people22_chat.go)
	}
	if depth == 0 && mayHoldNameFormatted22(s, sig) {
		sc.mergeSpans(nameFormattedSpans22(s, nil)) // a SCIM name's "formatted", at any escaping (people22_scim.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&(sigGT|sigHigh) != 0 && hasArrow(s) {
		sc.mergeSpans(arrowSpans(s, sc.spans)) // arrows.go
	}
	if depth == 0 && len(sc.spans) > 0 && mayHoldChangedPhone(sc.spans) {
		sc.mergeSpans(changedPhoneSpans(s, sc.spans)) // "phone changed from +39… to 348 6731394" (phone15_change.go)
	}
	changeFrom := -1 // the first space before a word of "from", for both passes below (change17.go)
	if depth == 0 {
		changeFrom = sp.from
	}
	if depth == 0 {
		if cs := credChangeSpansAt(s, sc.spans, changeFrom); len(cs) > 0 {
			sc.mergeSpans(cs) // "smtp pass of customer C-1 from … to …" (change17.go)
		}
	}
	if depth == 0 && mayHoldNameChange18(s) {
		if ns := nameChangeSpansAt18(s, sc.spans, changeFrom); len(ns) > 0 {
			sc.mergeSpans(ns) // "contact name of customer C-1 from … to …" (names18_change.go)
		}
	}
	if depth == 0 && mayHoldEscapedLineNumber(sig) {
		sc.escapedLineNumbers() // "…\nJane Roe\n+60165762514" (phone15_escaped.go)
	}
	if (depth == 1 || urlView) && mayHoldDecodedClausePC29(s, &tp) {
		sc.mergeSpans(decodedClauseSpansPC29(s, sc.spans, len(sc.spans) > 0 || marked)) // "…+your+code+is+558649&v=…" decoded (pc29_codes.go)
	}
	if depth == 0 && mayHoldCodeClause20(s, sig, codeWord, &tp) {
		sc.mergeSpans(codeClauseSpans20(s, sc.spans, len(sc.spans) > 0 || marked)) // "…, the code is 752538", "koden er …" in a buyer's message (secrets20_codes.go)
	}
	if depth == 0 {
		sc.secrets21(sig, &tp) // password flags, ISA04, voicemail PINs, track-2 PANs, SIP numbers, SMPP (secrets21_scan.go)
		sc.secrets22(sig, &tp) // session-store keys, reset-link paths, "enter code", Redis AUTH, unquoted INSERT values (secrets22_scan.go)
	}
	sc.secrets23(sig, depth, &tp, marked) // combo lists' passwords, OAuth callbacks' codes (secrets23_scan.go)
	if depth == 0 {
		if m := mayHoldPlatform24(s, &tp); m != 0 {
			sc.mergeSpans(platformSpans24(s, m, sc.spans)) // registry logins, store keys and replies, job codes, plan values, add-mask (sec24_platform.go)
		}
	}
	if codeWord21 && len(sc.spans) > 0 {
		sc.mergeSpans(codeWordSpans21(s, sc.spans)) // again, after a name or an address found since: "[name] код …" (cred21_codeword.go)
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && sig&(sigComma|sigSemi|sigTab|sigPipe) != 0 {
		// (last: the row's PII, whichever pass found it, is the evidence)
		sc.mergeSpans(rowPasswordSpans(s, sc.spans)) // "Statistician,!29X5WdLp-4,[REDACTED:phone],…" (creds18_rows.go)
	}
	if depth == 0 && mayHoldIndexedArgs21(s, sig, len(sc.spans) > 0 || marked) {
		sc.mergeSpans(indexedPasswordSpans21(s, sc.spans)) // "{1}=tundra-willow-205 {2}=[REDACTED:address]" (cred21_labels.go)
	}
	if depth == 0 && mayHoldMisc24(s, sig, sc.spans, marked) {
		sc.mergeSpans(misc24Spans(s, sc.spans)) // "Given Family <…@…>" after a label, SMS keys' and OTP tasks' phones (misc24_platform.go)
	}
	if depth == 0 && mayHoldFieldValue25(s) {
		sc.mergeSpans(fieldValueSpans25(s)) // "cannot map field recipient.name value 'Jane Roe'" (leak25_fieldvalue.go)
	}
	if depth == 0 && mayHoldFieldValue28(s, sig) {
		sc.mergeSpans(fieldValueSpans28(s, sig)) // "字段 buyer.name 的值「…」", `Invalid value of "…" provided for the street field` (na28_fieldvalue.go)
	}
	if depth == 0 && len(sc.spans) > 0 {
		sc.keep21Spans() // Message-IDs, service principals and accounts, role names (keep21_filter.go)
		sc.keep22Spans() // password hashes, named digests, values masked before (keep22_values.go)
		sc.keep23Spans() // epoch fractions, access-log numbers, registry ids after an address, public cookies (keep23_spans.go)
		sc.keep24Spans() // secret references, named digests, bot and system logins, country codes and host names (keep24_spans.go)
	}
	if depth == 0 && mayHoldNeighbourPhone22(s, sc.spans, marked) {
		sc.mergeSpans(neighbourPhoneSpans22(s, sc.spans)) // "LOYALTY: [name]  212621277582", "…;[email];447700900123" (phones22_neighbours.go)
	}
	if depth == 0 && mayHoldZPL22(sig, &tp) {
		sc.mergeSpans(zplPhoneSpans22(s)) // "^FDTel 37123598438^FS" (phones22_zpl.go)
	}
	if depth == 0 && mayHoldNumberWordAfter24(s, sig, &tp) {
		sc.mergeSpans(numberWordAfterSpans24(s, sc.spans)) // "998… raqamiga qo'ng'iroq qiling", "… নম্বরে কল করুন" (phaddr24_after.go)
	}
	if depth == 0 && mayHoldRustSome23(sig, &tp) {
		sc.mergeSpans(rustSomePhoneSpans23(s)) // "phone: Some(\"5550001122\")" (phones23_rust.go)
	}
	if depth == 0 && len(sc.spans) > 0 {
		sc.extendNameTails14() // names14_tail.go
		sc.echoes()
	}
	if depth == 0 && mayHoldStructSecret23(s, sig, sc.spans, marked) {
		sc.mergeSpans(structSecretSpans23(s, sc.spans)) // a %+v value whose key was cut or swallowed (cred23h_struct.go)
	}
	if depth == 0 && len(sc.spans) > 0 {
		sc.trimIDPrefixTails20() // "… ORD-54792963": an id's prefix is no name's last word (secrets20_amounts.go)
	}
	if depth == 0 && mayHoldNames22(s, sig, len(sc.spans) > 0 || marked, &tp) {
		sc.mergeSpans(names22Spans(s, sig, len(sc.spans) > 0 || marked, &tp, sc.spans)) // patch values, replayed inputs, salutations, snapshot diffs, searches (names22_scan.go)
	}
	if depth == 0 && mayHoldNames23(sig, &tp) {
		sc.mergeSpans(names23Spans(s, sig, &tp, sc.spans)) // CEF user keys, LDAP names, display names in any case, subjects' tails (names23_scan.go)
	}
	if depth == 0 && mayHoldPeople23b(sig, &tp, sc.spans, marked) {
		sc.mergeSpans(people23bSpans(s, sig, &tp, sc.spans, marked)) // certificates' CN, an IBAN's holder, an incident's victim column (people23b_scan.go)
	}
	if depth == 0 && mayHoldSignOff24(s, sc.spans, marked) {
		sc.mergeSpans(signOffSpans24(s, sc.spans)) // "e-mail: <email> — Given Family": a message signed after its contact (names24_signoff.go)
	}
	if depth == 0 && mayHoldFrames33(s, &tp) {
		sc.mergeSpans(frameSpans33(s, &tp)) // "… - Gonçalo", "from aoi with love", "giorgos asked to …" (nm33_frames.go)
	}
	if depth == 0 && mayHoldDesu24(s, sig) {
		sc.mergeSpans(desuSpans24(s, nil)) // "渡辺 翔太です。": a Japanese writer's self-introduction (names24_desu.go)
	}
	if depth == 0 && mayHoldNam24(s, sig, &tp, sc.spans, marked) {
		sc.mergeSpans(nam24Spans(s, sig, &tp, sc.spans, marked)) // INSERT rows by column, HCL quoted keys, gdb pointers (nam24_scan.go)
	}
	if depth == 0 && mayHoldRes27(s, sig, &tp, sc.spans, marked) {
		sc.mergeSpans(res27Spans(s, sig, &tp, sc.spans, marked)) // contact clauses, label lines, header-less columns (res27_scan.go)
	}
	if m := mayHoldPhonePC29(s, sig, depth, namedPC29(sc.spans, marked), &tp); m != 0 {
		sc.mergeSpans(phoneSpansPC29(s, m, &tp, sc.spans)) // "caller id 081-754-2399", "030 / 487 80 21", "+49 170 und dann 1779710" (pc29_phones.go)
	}
	if depth == 0 && mayHoldPlacedPhone22(s, sig, len(sc.spans) > 0 || marked, &tp) {
		sc.mergeSpans(placedPhoneSpans22(s, sig, &tp, sc.spans)) // a row's phone cell, a number after its owner's name, a customer search's term (addr22_phones.go)
	}
	if depth == 0 && mayHoldSearchTerms21(s, sig, len(sc.spans) > 0 || marked) {
		sc.mergeSpans(searchTermSpans21(s)) // "term,count\n…\nmanon goossens,1,…": a name typed as a search (names21_terms.go; last: no other pass reads these spans)
	}
	if depth == 0 && (marked || len(sc.spans) > 0) {
		// "'[REDACTED:name] Zuluaga Castaño'": a quoted value's other names (names26_marked.go),
		// beside this pass's names as beside an earlier pass's markers (idem26_marked.go)
		sc.mergeSpans(sc.markedValueOwn26(marked))
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) {
		sc.extendGlued25(marked) // "to [name] Ádám for …": the other half of a one-word name (names25_glued.go)
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) && sig&sigDigit != 0 {
		sc.extendPinTail26() // "…, Pune, Maharashtra - 861997": India's PIN after its town (addr26_labels.go)
	}
	if depth == 0 && (len(sc.spans) > 0 || marked) {
		sc.extendAddrTail28() // "[address], d. 24, kv. 177, Novosibirsk, 630331": the same address's later parts (na28_tails.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&sigLT != 0 && htmlTagIn18(s) {
		sc.clipMarkup18() // no value inside an HTML tag's markup (html18_view.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&sigTab != 0 && tp.contains(cfHostTab21) {
		sc.dropEdgeRequestIDs21() // a CloudFront log row's x-edge-request-id, whichever pass took it (ids21_values.go)
	}
	if depth == 0 && len(sc.spans) > 0 && mayHoldCEFHeader26(sig, &tp) {
		sc.dropCEFHeader26() // a CEF header's vendor, product, version and id (ctx26_cef.go)
		sc.leefClip29()      // a value ends at LEEF 2.0's declared delimiter (x29_leef.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&sigColon != 0 {
		sc.dropLookalikes26() // a serial's hex pairs, a time's seconds, an "Account:" id (ctx26_keep.go)
	}
	if depth == 0 && len(sc.spans) > 0 && sig&sigNL != 0 {
		sc.dropBusinessCells26() // a CSV column of sellers or brand owners holds businesses' names (dmg26_business.go)
	}
	if depth == 0 && sig&sigDigit != 0 && hasAddressSpan(sc.spans) {
		sc.splitAddressIDs28() // "… 100号 350203 20041201 8394": a grouped resident id ends the address (zr28_ids.go)
	}
	if mayHoldStreetA26(s, sig) || depth > 0 && !isASCII(s) { // (ad29: decoded forms and queries, whose sig is not taken)
		sc.mergeSpans(streetSpansA26(s)) // a street's word of its script beside a house number (a26_streets.go)
	}
	if mayHoldUSAddressAd30(s, sig, depth) {
		sc.mergeSpans(usAddressSpansAd30(s)) // "4411 Fakeberry furt, Testville, IL 60601": a street line told by its US tail (ad30_usaddr.go)
	}
	if depth == 0 && hasAddressSpan(sc.spans) && mayHoldFixedWidth(s, &tp) {
		sc.mergeSpans(overflowNameSpans31(s, sc.spans)) // "…, OH 42004 GIVEN FAMILY": an address run into the name's column (dm31_ids.go)
	}
	if depth == 0 && mayHoldSuffixName26(sig) {
		sc.mergeSpans(suffixNameSpans26(s)) // "Xinyi Liu先生", "Tanaka Yui様": a romanised name before its honorific (n26_suffix.go)
	}
	if depth < 2 && mayHoldProse29(s, sig, depth, &tp) {
		sc.mergeSpans(proseNameSpans29(s)) // "Оператор: olga sokolov просит …", "— Given Family, Town": names framed in prose (nm29_prose.go)
	}
	if len(sc.spans) > 0 {
		sc.keepA26Spans() // products under an item key, brands before their goods, shops, status-only "addresses"; decoded forms too (a26_keep.go)
	}
	if depth == 0 && len(sc.spans) > 0 {
		sc.echoNameWords26() // "noted Jihoon, …" after "Kim Jihoon": a found name's words again, in any case (n26_echo.go)
		if sig&(sigPercent|sigPlus) != 0 && mayBeURLEncoded(s) {
			sc.encodedEchoes29() // the same values and words again in URL-encoded text, read decoded (enc29_echo.go)
		}
	}
	if len(sc.spans) > 0 {
		sc.dropLetterlessNames28() // "?[REDACTED:phone]" is no name (fix28_letterless.go)
		sc.dm33TrimOpeners()       // "Obrigado", "4/5 Update, leave at …": a message's opener is no part of a name or an address (dm33_openers.go)
	}

	if len(r.regexOnly) > 0 {
		added := false
		for _, ci := range r.regexOnly {
			c := &r.custom[ci]
			if c.action == ActionOff {
				continue
			}
			for _, loc := range c.re.FindAllStringIndex(s, -1) {
				if loc[1] > loc[0] && !isMarkerAt(s, loc[0]) && !r.allowed(s[loc[0]:loc[1]]) {
					sc.spans = append(sc.spans, span{loc[0], loc[1], KindCustom, ci})
					added = true
				}
			}
		}
		if added {
			sc.spans = sortSpans(sc.spans)
		}
	}
	return sc
}

func (sc *scanner) release() {
	if cap(sc.spans) > 1024 {
		sc.spans = nil
	}
	if cap(sc.chunks) > 1024 {
		sc.chunks = nil
	}
	sc.r, sc.s = nil, ""
	scanners.Put(sc)
}

// emit records a span unless its kind is off, it overlaps the previous
// one, or the allow-list exempts it; it reports whether it did.
func (sc *scanner) emit(start, end int, k Kind, custom int) bool {
	if start >= end || sc.off&(1<<k) != 0 {
		return false
	}
	if k < KindCustom && sc.r.kindAction[k] == ActionOff {
		return false
	}
	if n := len(sc.spans); n > 0 && sc.spans[n-1].end > start {
		return false
	}
	if k == KindCredential && strings.IndexFunc(sc.s[start:end], func(r rune) bool { return r < 0x80 && isAlnum(byte(r)) || r >= 0x80 }) < 0 {
		return false // "auth:&…": punctuation alone is no secret
	}
	if sc.r.allowed(sc.s[start:end]) {
		return false
	}
	sc.spans = append(sc.spans, span{start, end, k, custom})
	sc.lastEnd = end
	return true
}

func (sc *scanner) run() {
	s := sc.s
	n := len(s)
	var greet []span // names after greetings, merged at the end (greetings.go)
	for i := 0; i < n; {
		if (i == 0 || startByte[s[i-1]]) && i+1 < n && greetingPair[s[i]][s[i+1]] && messageStart(s, i) {
			if a, b, ok := greetingAt(s, i); ok {
				greet = append(greet, span{start: a, end: b, kind: KindName})
			} else if a, b, ok := greetingThenName(s, i); ok {
				greet = append(greet, span{start: a, end: b, kind: KindName}) // names_greetpunct.go
			}
		}
		switch class[s[i]] {
		case cNone:
			if s[i] == '/' && i > 0 && strings.IndexByte(",;\t|", s[i-1]) >= 0 || symbolLead27(s, i) { // (".rUZ0*…": cred27_shapes.go)
				if e := sc.loneSecret(i); e > 0 {
					i = e // a cell that starts with '/': "…,/ityODjK65np1v…"
					continue
				}
			}
			if s[i] == '=' && i >= 3 && s[i-3] == '%' && s[i-2] == '5' && s[i-1]|0x20 == 'd' {
				sc.encodedBracketKey(i) // "checkout%5Bawb%5D=0088836268" (ids.go)
			}
			i++
		case cLetter:
			if i > 0 && s[i-1] == '\\' && escapeSep29(s, i) {
				i++ // "\t4403…": a JSON escape in raw text separates (x29_pairs.go)
				sc.lastEnd = i
				continue
			}
			if s[i]|0x20 == 'i' && i > 0 && s[i-1] == ' ' && i+3 < n && s[i+1] == 's' && s[i+2] == ' ' && isDigit(s[i+3]) {
				if e := sc.otpAt(i, i+3); e > 0 {
					i = e // "Your one-time passcode is 4471" (otp.go)
					continue
				}
			}
			i = sc.word(i)
		case cDigit:
			if i > 2 && i+3 < n && isDigit(s[i+3]) && otpBracketBefore(s, i) {
				if e := sc.otpBracketAt(i); e > 0 {
					i = e // "인증번호는 [500619] 입니다", "验证码是【482913】" (otp16_bracket.go)
					continue
				}
			}
			if i > 2 && s[i-1] == ' ' && (s[i-2] >= 0x80 || isAlpha(s[i-2])) && i+3 < n && isDigit(s[i+3]) {
				if e := sc.otpAfterWord(i); e > 0 {
					i = e // "verification code 1992", "OTP 498575" (otp.go)
					continue
				}
			}
			if i > 2 && (s[i-1] == ' ' && (s[i-2] >= 0x80 || isAlpha(s[i-2])) || s[i-1] >= 0x80) && i+3 < n && isDigit(s[i+3]) {
				if e := sc.otpBeforeDigits(i); e > 0 {
					i = e // "codice di verifica è 123456", "验证码是872811" (otp_copula.go)
					continue
				}
				if e := sc.otpUse(i); e > 0 {
					i = e // "use 482913 to sign in", "ログインには 482913" (otp_use.go)
					continue
				}
			}
			if (sc.ctx == ctxPhone || sc.ctx == ctxNone) && i > 9 && s[i-1] == ' ' && callbackLast[s[i-2]] && callbackIDAt(s, i) {
				sc.ctx = ctxOrder // "payment callback 5565…": a webhook's order, not a phone (damage_callback.go)
			}
			if sc.ctx == ctxPhone && i > 3 && s[i-1] == ' ' && ((s[i-2] == 't' || s[i-2] == 's' || s[i-2] == 'e' || s[i-2] == 'p' || s[i-2] == '@') && epochAfterAt(s, i) || isAlpha(s[i-2]) && orderWordBefore(s, i)) {
				sc.ctx = ctxOrder // "callback at 1732122095", "callback order 6956…": a time, an order (damage_times.go)
			}
			if s[i] == '2' && i+3 < n && s[i+1]|0x20 == 'f' {
				if e := sc.digitKey(i); e > 0 {
					i = e // "2fa_code = '…'", <ns2:2faCode> (creds_keys9.go)
					continue
				}
			}
			if i > 4 && s[i-1] == ' ' && s[i-2]|0x20 == 'y' && sc.ctx == ctxNone && recordKeyDigits(s, i) {
				sc.ctx = ctxOrder // "… at offset 493347: key 5734…:" (ids.go)
			}
			if sc.ctx == ctxNone && i > 4 && s[i-1] == ' ' && s[i-2] == ',' && orderListAt(s, i) {
				sc.ctx = ctxOrder // "orders: 702-9324123-9674259, 91-75710-71835" (damage16_orders.go)
			}
			if sc.ctx == ctxPhone {
				if e := sc.splitPhone33(i); e > 0 {
					sc.ctx, i = ctxNone, e // "call 0612 and 345678" (nb33_phones.go)
					continue
				}
			}
			i = sc.number(i)
		case cPlus, cParen:
			if s[i] == '(' && i > 1 && i+4 < n && isDigit(s[i+1]) && isDigit(s[i+4]) {
				if e := sc.otpBracketAt(i + 1); e > 0 {
					i = e // "Mã xác minh của bạn là (482913)" (otp16_bracket.go)
					continue
				}
			}
			if i+1 < n && (isDigit(s[i+1]) || s[i+1] == '(' && s[i] == '+' || s[i+1] == '+' && s[i] == '(') {
				i = sc.number(i)
			} else {
				i++
			}
		case cAt:
			if i > 0 && strings.IndexByte(",;\t|", s[i-1]) >= 0 {
				if e := sc.loneSecret(i); e > 0 {
					i = e // a cell that starts with '@': "…\t@9v8eWqsn9uPu"
					continue
				}
			}
			i = sc.email(i, 1)
		case cPercent:
			if i+2 < n && s[i+1] == '4' && s[i+2] == '0' {
				i = sc.email(i, 3)
			} else {
				i++
			}
		case cBracket:
			if e := markerEnd(s, i); e > 0 {
				if i > 0 && s[i-1] == '<' && (strings.HasPrefix(s[i:], "[REDACTED:email") || strings.HasPrefix(s[i:], "[HASH:email")) {
					sc.displayName(i - 1) // "Stefan Schröder" <[REDACTED:email]>
				}
				sc.lastEnd = e
				sc.ctx = ctxNone
				if strings.HasPrefix(s[i:], "[REDACTED:iban") || strings.HasPrefix(s[i:], "[REDACTED:card") {
					i = sc.holderInParens(e) // an earlier pass's account, then its holder
				} else {
					i = e
				}
			} else {
				i++
			}
		case cHigh:
			sc.sawHigh = true
			if s[i] == 0xEF && strings.HasPrefix(s[i:], "：") {
				if e := sc.otpAt(i, i+len("：")); e > 0 {
					i = e // "認証コード：493021" (otp.go)
					continue
				}
			}
			i = sc.high(i)
		case cClause:
			sc.ship = false
			i++
		case cColon:
			if i+2 < n && s[i+1] == '/' && s[i+2] == '/' {
				i = sc.userinfo(i + 3)
			} else if e := sc.otpAt(i, i+1); e > 0 {
				i = e // "doğrulama kodunuz: 744832" (otp.go)
			} else if e := sc.spacedCredKey(i); e > 0 {
				i = e // "otp seed: …", "SECRET KEY BASE: …" (creds_keys9.go)
			} else {
				i = sc.colon(i, i+1)
			}
		case cDot: // a full stop ends a shipping clause; "v1.2" does not
			if symbolLead27(s, i) { // (".rUZ0*…": cred27_shapes.go)
				if e := sc.loneSecret(i); e > 0 {
					i = e
					continue
				}
			}
			if i+1 == len(s) || s[i+1] == ' ' {
				sc.ship = false
			}
			i++
		}
	}
	if greet != nil {
		sc.mergeSpans(sc.allowedSpans(greet))
	}
}

// markerEnd returns the end of a well-formed marker at s[i:], or 0. Only
// exact marker shapes are skipped, so text dressed up as a marker is still
// scanned.
func markerEnd(s string, i int) int {
	rest := s[i:]
	var j int
	hashed := false
	switch {
	case strings.HasPrefix(rest, "[REDACTED:"):
		j = 10
	case strings.HasPrefix(rest, "[HASH:"):
		j, hashed = 6, true
	default:
		return 0
	}
	ls := j
	for j < len(rest) && j-ls < 32 && (rest[j] >= 'a' && rest[j] <= 'z' || isDigit(rest[j]) || rest[j] == '_') {
		j++
	}
	if j == ls || j >= len(rest) {
		return 0
	}
	if rest[j] == ']' && !hashed {
		return i + j + 1
	}
	if rest[j] != ':' {
		return 0
	}
	j++
	t := rest[j:]
	switch {
	case hashed:
		if len(t) < 17 || t[16] != ']' {
			return 0
		}
		for k := 0; k < 16; k++ {
			if !(isDigit(t[k]) || t[k] >= 'a' && t[k] <= 'f') {
				return 0
			}
		}
		return i + j + 17
	case strings.HasPrefix(t, "****"): // card: last four
		if len(t) < 9 || t[8] != ']' || !isDigit(t[4]) || !isDigit(t[5]) || !isDigit(t[6]) || !isDigit(t[7]) {
			return 0
		}
		return i + j + 9
	case len(t) > 2 && t[0] == '+': // phone: country code
		k := 1
		for k < len(t) && k <= 3 && isDigit(t[k]) {
			k++
		}
		if k == 1 || k >= len(t) || t[k] != ']' {
			return 0
		}
		return i + j + k + 1
	case len(t) >= 3 && isUpper(t[0]) && isUpper(t[1]) && t[2] == ']': // iban: country
		return i + j + 3
	}
	return 0
}

func isMarkerAt(s string, i int) bool { return markerEnd(s, i) > 0 }

// markerEndsAt reports whether a well-formed marker ends just before s[i]:
// a reader that refuses a word glued to the letters before it must refuse it
// glued to the marker that replaced them, or redacting twice would differ.
func markerEndsAt(s string, i int) bool {
	if i == 0 || s[i-1] != ']' {
		return false
	}
	lb := strings.LastIndexByte(s[:i], '[')
	return lb >= 0 && markerEnd(s, lb) == i
}

// leftOK reports whether a value may start at i: not glued to a word, an
// id ("SKU-123", "v1.2"), an order number ("#1001") or an amount ("$12").
func (sc *scanner) leftOK(i int) bool {
	if i == 0 {
		return true
	}
	p := sc.s[i-1]
	if sc.s[i] == '+' && (isWord(p) || p == ']' && i == sc.lastEnd) {
		// A '+' glued to a value joins it ("NAD+…+00+1000000'", "Rua 5+0100…"),
		// whether a span of this pass ends there or the marker of an
		// earlier pass's: both passes read the digits alike.
		return false
	}
	if i == sc.lastEnd {
		return true
	}
	if isWord(p) || p == '#' || p == '$' {
		return false
	}
	if (p == '-' || p == '.' || p == '/' || p == '_' || p == '\\') && i >= 2 && i-1 != sc.lastEnd && isWord(sc.s[i-2]) {
		return false
	}
	return true
}

// skipRun skips the letters, digits and '_' at i (and a leading '+' or '(').
func (sc *scanner) skipRun(i int) int {
	s := sc.s
	if i < len(s) && (s[i] == '+' || s[i] == '(') {
		i++
	}
	return sc.skipTail(i)
}

// email validates an address around the '@' at s[at:at+w] ("@" or "%40").
func (sc *scanner) email(at, w int) int {
	s := sc.s
	n := len(s)
	floor := sc.lastEnd
	if floor < 0 {
		floor = 0
	}
	lim := at - 64
	if lim < floor {
		lim = floor
	}
	ls := at
	for ls > lim && (isLocal(s[ls-1]) || s[ls-1] >= 0x80) {
		// Local parts may be in any script (RFC 6531): "王欣怡@…", "पूजा.गुप्ता@…".
		if s[ls-1] >= 0x80 {
			r, size := utf8.DecodeLastRuneInString(s[:ls])
			if !unicode.IsLetter(r) && !unicode.IsMark(r) && !unicode.IsDigit(r) {
				break
			}
			if ls < at && s[ls] < 0x80 && isAlnum(s[ls]) && (unicode.Is(unicode.Han, r) || unicode.In(r, unicode.Hiragana, unicode.Katakana, unicode.Hangul)) {
				break // "領収書をkenta612@…": the sentence, then an ASCII address ("淑芬.huang@…" is one local part)
			}
			ls -= size
			continue
		}
		ls--
	}
	if ls == lim && ls > floor && isLocal(s[ls-1]) {
		return at + w // local part longer than 64 bytes
	}
	for ls < at && (s[ls] == '.' || s[ls] == '+' || s[ls] == '-') {
		ls++
	}
	if ls == at || s[at-1] == '.' {
		return at + w
	}
	j := emailDomainEnd(s, at+w)
	if j < 0 {
		return at + w
	}
	if j < n && s[j] == ':' && scpRemote(s[ls:at], s[j+1:]) {
		return j // git@github.com:org/repo.git (email_idn.go)
	}
	if messageID(s[ls:at]) && !relayDomain25(s[at+w:j]) {
		return j // <5b2c…-…@mail.example.com>: a message id, not a mailbox
	}
	if roleMailbox(s[ls:at]) {
		return j // noreply@…, MAILER-DAEMON@…: a role mailbox, not a person's (damage19_mailboxes.go)
	}
	if ls > 0 && s[ls-1] == '*' && maskedLocal25(s, ls, at) {
		return j // "j***n@…": masked by the platform before (keep25_signed.go)
	}
	if ls > 0 && (s[ls-1] == '<' || s[ls-1] == '(') {
		sc.displayName(ls - 1)
	}
	sc.emit(ls, j, KindEmail, 0)
	if j+2 < n && s[j] == ' ' && s[j+1] == '(' {
		// "mailed to ana@example.com (Ana Lima)": the name after it.
		if e := strings.IndexByte(s[j+2:min(n, j+2+96)], ')'); e > 0 {
			if v := s[j+2 : j+2+e]; hasLowerOrHigh(v) && !isSlug(v) && (isUpper(v[0]) || v[0] >= 0x80) {
				sc.emit(j+2, j+2+e, KindName, 0)
				return j + 2 + e
			}
		}
	}
	return j
}

func isLocal(c byte) bool {
	return isWord(c) || c == '.' || c == '+' || c == '-'
}

// asciiDomainEnds reports an ASCII domain that already ends in a top-level
// domain of two letters or more ("gmail.com").
func asciiDomainEnds(d string) bool {
	dot := strings.LastIndexByte(d, '.')
	if dot <= 0 || len(d)-dot-1 < 2 {
		return false
	}
	for i := 0; i < len(d); i++ {
		if d[i] >= 0x80 {
			return false
		}
	}
	return allAlpha(d[dot+1:])
}

// letterTLD reports an internationalised top-level domain in letters of
// any script: "рф", "中国".
func letterTLD(t string) bool {
	n := 0
	for _, r := range t {
		if !unicode.IsLetter(r) && (n == 0 || !unicode.IsMark(r)) {
			return false // vowel signs count: "भारत", "ไทย"
		}
		n++
	}
	return n >= 2 || n >= 1 && t[0] >= 0x80
}

func allAlpha(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlpha(s[i]) {
			return false
		}
	}
	return true
}

// mayBeURLEncoded is the cheap test before urlEncoded: a '%', or a '+'
// and a '=' (a form body that writes spaces as '+').
func mayBeURLEncoded(s string) bool {
	if strings.IndexByte(s, '%') >= 0 {
		return true
	}
	return strings.IndexByte(s, '+') >= 0 && strings.IndexByte(s, '=') >= 0
}

// isURLByte reports the bytes a URL or form body token is made of: anything
// but white space, quotes, backslashes and the brackets that end a token in
// JSON and logfmt text. Markers ('[', ']') stay inside a token, so a second
// pass sees the same tokens.
func isURLByte(c byte) bool {
	return c > ' ' && c != '"' && c != '\'' && c != '\\' && c != '<' && c != '>' && c != '{' && c != '}' && c != '|' && c != '`'
}

// urlEncoded decodes every token that holds %XX escapes (or, with a '=',
// '+' for spaces), scans the decoded text with the same detectors, and maps
// what they find back onto the encoded bytes, so that
// "email=thomas.davis%2Bshop%40example.com" loses the whole address and
// "phone=%28020%29+2708+7505" the whole number. Spans found in both views
// are merged.
func (sc *scanner) urlEncoded(depth int) {
	var extra []span
	eachEncoded(sc.s, func(st, en int) {
		extra = decoded(extra, sc.s, st, en, func(dec string) []span {
			d := depth + 1
			if depth == 0 {
				d = -1 // read as plain text is (findDepth)
			}
			sub := sc.r.findDepth(dec, sc.off, d)
			out := append([]span(nil), sub.spans...)
			sub.release()
			return out
		})
	})
	plusLocalParts(sc.s, extra) // email_idn.go
	sc.mergeSpans(extra)
	escapeStarts29(sc.s, sc.spans) // "to%20ana%40…" read raw gave "20ana%40…" (enc29_echo.go)
}

// eachEncoded calls f with the bounds of every token of s that holds %XX
// escapes, or '+' for spaces next to a '='.
func eachEncoded(s string, f func(st, en int)) {
	for i := 0; i < len(s); {
		if !isURLByte(s[i]) {
			i++
			continue
		}
		st := i
		for i < len(s) && isURLByte(s[i]) {
			i++
		}
		if encodedToken(s[st:i]) {
			f(st, i)
		}
	}
}

// encodedToken reports a token (of URL bytes) that holds %XX escapes, or
// '+' for spaces next to a '='. A token of words joined by '+'
// ("customs+ID+510107+19651226+5000") is a piece of a form body whose
// spaces were '+' (the caller saw a '=' elsewhere in the text).
func encodedToken(t string) bool {
	eq, plus, words := false, false, 0
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '%':
			if i+2 < len(t) && isHex(t[i+1]) && isHex(t[i+2]) {
				return true
			}
		case '=':
			eq = true
		case '+':
			plus = true
			if i > 0 && isAlnum(t[i-1]) && i+1 < len(t) && isAlnum(t[i+1]) {
				words++
			}
		}
	}
	return plus && (eq || words >= 2)
}

// manySeps is the cheap test before rowSpans: three ';', tabs or '|'.
func manySeps(s string) bool {
	// Counted a separator at a time: each count is a vectorised pass,
	// cheaper than one loop over the bytes.
	n := strings.Count(s, ";")
	if n >= 3 {
		return true
	}
	if n += strings.Count(s, "\t"); n >= 3 {
		return true
	}
	return n+strings.Count(s, "|") >= 3
}

func sortByStart(sp []span) {
	sort.Slice(sp, func(a, b int) bool { return sp[a].start < sp[b].start })
}

// decoded URL-decodes s[st:en], passes the result to find, and appends
// what find returns, mapped back onto the encoded bytes of s, to dst.
func decoded(dst []span, s string, st, en int, find func(string) []span) []span {
	return folded(dst, s, st, en, func(s string, p int) (byte, int) { return urlFold(s, p, en) }, find)
}

// urlFold is decoded's fold: the byte a %XX escape or a '+' for a space at
// s[p:] (in a token ending at en) stands for, and its length; 0 for a byte
// kept.
func urlFold(s string, p, en int) (byte, int) {
	switch {
	case s[p] == '%' && p+2 < en && isHex(s[p+1]) && isHex(s[p+2]):
		return unhex(s[p+1])<<4 | unhex(s[p+2]), 3
	case s[p] == '+':
		if p+1 < en && isDigit(s[p+1]) && p > 0 && (s[p-1] == '=' || s[p-1] == '(' || p >= 3 && s[p-3:p] == "%28") {
			return 0, 0 // "phone=+7%28727%29…", "%28+855%29": a country code's plus left unescaped
		}
		return ' ', 1
	}
	return 0, 0
}

// folded passes find a view of s[st:en] in which fold rewrote what it
// reads (fold returns a byte and the length it stands for, or 0 to keep
// the byte), and appends what find returns, mapped back onto the bytes of
// s, to dst.
func folded(dst []span, s string, st, en int, fold func(s string, p int) (byte, int), find func(string) []span) []span {
	dec, pos := foldedView(s, st, en, fold)
	for _, x := range find(dec) {
		dst = append(dst, span{start: pos[x.start], end: pos[x.end], kind: x.kind, custom: x.custom})
	}
	return dst
}

// foldedView returns s[st:en] as fold rewrites it, and for each of its
// bytes (and its end) the position in s it was read from.
func foldedView(s string, st, en int, fold func(s string, p int) (byte, int)) (string, []int) {
	dec := make([]byte, 0, en-st)
	pos := make([]int, 0, en-st+1)
	for p := st; p < en; {
		c, n := fold(s, p)
		if c == dropByte && n > 0 {
			p += n // a character the view leaves out (foldCompat31)
			continue
		}
		pos = append(pos, p)
		if n > 0 {
			dec = append(dec, c)
			p += n
			continue
		}
		dec = append(dec, s[p])
		p++
	}
	return string(dec), append(pos, en)
}

func unhex(c byte) byte {
	switch {
	case c >= '0' && c <= '9':
		return c - '0'
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10
	}
	return c - 'A' + 10
}

// userinfo redacts the password of a URL's user information, as
// connection strings carry it: postgres://oms:Winter2022@db:5432/oms. k is
// just after "://".
func (sc *scanner) userinfo(k int) int {
	s := sc.s
	if e := sc.webhookURL(k); e > 0 {
		return e
	}
	end := min(len(s), k+256)
	colon, at := -1, -1
	query := false
	for p := k; p < end; p++ {
		c := s[p]
		if c == '?' && colon >= 0 && p > colon+1 && countDigits(s[colon+1:p]) < p-colon-1 {
			// A '?' inside a password ("app:Kangaroo1999?@db"): the password
			// runs to the '@', unless a query's '=' or '&' comes first; after
			// a port ("host:8080?") it starts the query.
			query = true
			continue
		}
		if query && (c == '=' || c == '&') {
			at = -1
			break
		}
		if c == '/' || c == ' ' || c == '"' || c == '\'' || c == '\\' || c == '?' || c == '#' && colon < 0 {
			break
		}
		if c == ':' && colon < 0 {
			colon = p
		}
		if c == '@' {
			at = p // the last '@' before the host ends the password
		}
	}
	if colon >= 0 && at >= colon+2 && (strings.HasPrefix(s[colon+1:at], "[REDACTED:") || strings.HasPrefix(s[colon+1:at], "[HASH:")) &&
		markerEnd(s, colon+1) == at {
		return at // an earlier pass's password: its user was not read then either
	}
	if colon < 0 || at < colon+2 || strings.Contains(s[k:at], "[REDACTED:") || strings.Contains(s[k:at], "[HASH:") {
		return k // no userinfo, or an earlier pass's
	}
	if sc.emit(colon+1, at, KindCredential, 0) {
		return at
	}
	return k
}

// messageID reports a local part that is an id: a UUID or a long run of hex
// with digits, as mail servers write Message-IDs.
func messageID(local string) bool {
	if len(local) < 16 {
		return false
	}
	digits := 0
	for i := 0; i < len(local); i++ {
		c := local[i]
		switch {
		case isDigit(c):
			digits++
		case isHex(c) || c == '-' || c == '.':
		default:
			return false
		}
	}
	return digits >= 4
}

// Japanese and Chinese forms write numbers in full-width digits:
// "０９０－９１６８－４１８６". fullwidth scans a copy of the text with
// those digits, and the signs written around them, folded to ASCII, and
// maps what it finds back onto the original bytes.

// hasFullwidthDigit reports a full-width digit (U+FF10–U+FF19) in s.
func hasFullwidthDigit(s string) bool {
	for i := strings.IndexByte(s, 0xEF); i >= 0 && i+2 < len(s); {
		if s[i+1] == 0xBC && s[i+2] >= 0x90 && s[i+2] <= 0x99 {
			return true
		}
		j := strings.IndexByte(s[i+1:], 0xEF)
		if j < 0 {
			return false
		}
		i += 1 + j
	}
	return false
}

// isSpaceLike reports the spaces that keep digit groups together: the
// no-break space (U+00A0, French and Russian typography, and what a
// form's "1 234" thousands grouping types), the narrow no-break, figure
// and thin spaces.
func isSpaceLike(r rune) bool {
	return r == 0x00A0 || r == 0x202F || r == 0x2007 || r == 0x2009
}

// hasSpaceLike reports a space-like character (isSpaceLike) in s.
func hasSpaceLike(s string) bool {
	if strings.IndexByte(s, 0xC2) < 0 && strings.IndexByte(s, 0xE2) < 0 {
		return false // (the common case: no lead byte of them)
	}
	return strings.Contains(s, "\u00a0") || strings.Contains(s, "\u202f") || strings.Contains(s, "\u2009") || strings.Contains(s, "\u2007")
}

func (sc *scanner) fullwidth(digits bool) {
	dec, pos := foldedView(sc.s, 0, len(sc.s), func(s string, p int) (byte, int) {
		if s[p] < 0x80 {
			return 0, 0
		}
		return foldCompat31(s, p) // enc31_views.go
	})
	if len(dec) == len(sc.s) && dec == sc.s {
		return // nothing folded (a byte that only looked like a full-width form's lead): no view to read
	}
	sub := sc.r.findDepth(dec, sc.off, 2)
	var out []span
	for _, x := range sub.spans {
		st, en := pos[x.start], pos[x.end]
		// Phones, cards and resident ids as the view reads them (when the
		// text holds digits the view folds); the other kinds, and all kinds
		// in a text whose digits are ASCII, only where the view changed the value's own bytes (every
		// character it folds or leaves out is longer than the byte it
		// becomes); elsewhere the text's plain reading stands.
		if digits && (x.kind == KindPhone || x.kind == KindCard || x.kind == KindCNID) || x.kind != KindCustom && en-st != x.end-x.start && foldedInside31(sc.s[st:en]) {
			out = append(out, span{start: st, end: en, kind: x.kind, custom: x.custom})
		}
	}
	sub.release()
	sc.mergeSpans(out)
}

// escapedSlashes reads the URLs of JSON that escapes its slashes (PHP's
// json_encode writes "redis:\/\/:pw@host:6379\/0" and
// "https:\/\/hooks.slack.com\/services\/…"): the text is scanned once
// more with "\/" read as "/", and the secrets found there (a URL's
// password, a webhook's path) are redacted in the escaped text.
func (sc *scanner) escapedSlashes() {
	fold := func(s string, p int) (byte, int) {
		if s[p] == '\\' && p+1 < len(s) && s[p+1] == '/' {
			return '/', 2
		}
		return 0, 0
	}
	sc.foldedRescan(fold, func(x span, _ string) bool {
		return x.kind == KindCredential || x.kind == KindPhone // (phones: "0476\/46.95.13", "06 20\/073 5638")
	})
}

// foldedRescan reads the text again with fold's escapes undone (folded)
// and merges the spans found there that keep accepts, mapped back onto
// the escaped text.
func (sc *scanner) foldedRescan(fold func(string, int) (byte, int), keep func(x span, dec string) bool) {
	sc.mergeSpans(folded(nil, sc.s, 0, len(sc.s), fold, func(dec string) []span {
		sub := sc.r.findDepth(dec, sc.off, 2)
		defer sub.release()
		var out []span
		for _, x := range sub.spans {
			if keep(x, dec) {
				out = append(out, x)
			}
		}
		return out
	}))
}

// digitEscapedSlash reports "\/" between two digits: a phone number's area
// code written by JSON that escapes its slashes.
func digitEscapedSlash(s string) bool {
	for i := strings.Index(s, `\/`); i >= 0; {
		if i > 0 && isDigit(s[i-1]) && i+2 < len(s) && isDigit(s[i+2]) {
			return true
		}
		j := strings.Index(s[i+2:], `\/`)
		if j < 0 {
			return false
		}
		i += 2 + j
	}
	return false
}

// unicodeEscapes reads JSON that writes every non-ASCII letter as \uXXXX
// (PHP's json_encode, Python's json.dumps by default): keys and values in
// other scripts ("\u043f\u0430\u0440\u043e\u043b\u044c":"…") are
// scanned once more decoded, and what is found there is redacted in the
// escaped text.
func (sc *scanner) unicodeEscapes() {
	s := sc.s
	dec := make([]byte, 0, len(s))
	pos := make([]int, 0, len(s)+1)
	decodedAny := false
	for p := 0; p < len(s); {
		if s[p] == '\\' && p+5 < len(s) && s[p+1] == 'u' && isHex(s[p+2]) && isHex(s[p+3]) && isHex(s[p+4]) && isHex(s[p+5]) {
			r := rune(unhex(s[p+2]))<<12 | rune(unhex(s[p+3]))<<8 | rune(unhex(s[p+4]))<<4 | rune(unhex(s[p+5]))
			n := 6
			if r >= 0xD800 && r < 0xDC00 && p+11 < len(s) && s[p+6] == '\\' && s[p+7] == 'u' &&
				isHex(s[p+8]) && isHex(s[p+9]) && isHex(s[p+10]) && isHex(s[p+11]) {
				lo := rune(unhex(s[p+8]))<<12 | rune(unhex(s[p+9]))<<8 | rune(unhex(s[p+10]))<<4 | rune(unhex(s[p+11]))
				r, n = utf16.DecodeRune(r, lo), 12
			}
			if isSpaceLike(r) {
				r = ' ' // a no-break space is a space: digit groups read across it
				// Escaped once more (JSON in a JSON string: "2202\\u00a00006"):
				// the backslashes before it belong to the space too.
				for len(dec) > 0 && dec[len(dec)-1] == '\\' {
					dec, pos = dec[:len(dec)-1], pos[:len(pos)-1]
				}
			}
			if r == ' ' {
				pos = append(pos, p)
				dec = append(dec, ' ')
				p += n
				decodedAny = true
				continue
			}
			if r >= 0x80 {
				// Escaped once more ("@\\u0438\\u043d…" in JSON held in a
				// JSON string): the backslashes before it belong to the letter.
				at := p
				for len(dec) > 0 && dec[len(dec)-1] == '\\' {
					at = pos[len(pos)-1]
					dec, pos = dec[:len(dec)-1], pos[:len(pos)-1]
				}
				var b [4]byte
				w := utf8.EncodeRune(b[:], r)
				for q := 0; q < w; q++ {
					pos = append(pos, at)
				}
				dec = append(dec, b[:w]...)
				p += n
				decodedAny = true
				continue
			}
		}
		pos = append(pos, p)
		dec = append(dec, s[p])
		p++
	}
	if !decodedAny {
		return
	}
	pos = append(pos, len(s))
	sub := sc.r.findDepth(string(dec), sc.off, 2)
	var extra []span
	for _, x := range sub.spans {
		if x.end < len(pos) {
			extra = append(extra, span{start: pos[x.start], end: pos[x.end], kind: x.kind, custom: x.custom})
		}
	}
	sub.release()
	sc.mergeSpans(extra)
}

// fstrings reads a Python traceback as a message template and its
// rendering: the source line that raised ("raise IdMismatch(f\"{id_no} !=
// {real_name}\")") names the values of the exception's message on a later
// line ("kyc.errors.IdMismatch: 1101… != 欧阳伟强"); a placeholder named like
// a PII key makes its value PII, as {CustomerName} does in @mt.
func (sc *scanner) fstrings() {
	s := sc.s
	var extra []span
	for off := 0; off < len(s); {
		p := strings.IndexByte(s[off:], 'f')
		if p < 0 {
			break
		}
		p += off
		off = p + 1
		if p+2 >= len(s) || s[p+1] != '"' && s[p+1] != '\'' || p > 0 && isWord(s[p-1]) {
			continue
		}
		q := s[p+1]
		e := strings.IndexByte(s[p+2:min(len(s), p+2+512)], q)
		if e <= 0 {
			continue
		}
		tmpl := s[p+2 : p+2+e]
		if strings.IndexByte(tmpl, '{') < 0 || strings.IndexByte(tmpl, '\n') >= 0 {
			continue
		}
		ls := strings.IndexByte(s[p+2+e:], '\n')
		if ls < 0 {
			continue
		}
		ls += p + 2 + e + 1
		for lines := 0; lines < 8 && ls < len(s); lines++ {
			le := strings.IndexByte(s[ls:], '\n')
			if le < 0 {
				le = len(s) - ls
			}
			line := s[ls : ls+le]
			found := false
			if c := strings.Index(line, ": "); c > 0 {
				base := ls + c + 2
				rendered := s[base : ls+le]
				cur := 0
				alignTemplate(tmpl, rendered, func(name, value string) {
					k, _ := columnKind(name)
					if k == 255 || !plausible(k, value) || strings.Contains(value, "[REDACTED:") || strings.Contains(value, "[HASH:") {
						return
					}
					if i := strings.Index(rendered[cur:], value); i >= 0 {
						extra = append(extra, span{start: base + cur + i, end: base + cur + i + len(value), kind: k})
						cur += i + len(value)
						found = true
					}
				})
			}
			if found {
				break
			}
			ls += le + 1
		}
	}
	sc.mergeSpans(extra)
}

// echoes redacts the other occurrences, in the same text, of a value found
// once by its context: a statement and its bound values ("… \"given_name\"
// = 'Li Ting' …; args=(…, 'Li Ting', …)"), a message that names the buyer
// twice. Only whole words of five bytes or more are chased.
//
// Each distinct value is chased once: a text that repeats one value n times
// ("password=\"password=\"…") would otherwise add n echoes for each of its
// n spans, n² spans to sort (64 KiB of it took 35 s).
func (sc *scanner) echoes() {
	s := sc.s
	var extra []span
	var chased map[string]bool // the values chased so far, once there are many
	for i, x := range sc.spans {
		if !chaseable(x) {
			continue
		}
		v := s[x.start:x.end]
		if i >= 8 {
			if chased == nil {
				chased = make(map[string]bool, len(sc.spans))
				for _, y := range sc.spans[:i] {
					if chaseable(y) {
						chased[s[y.start:y.end]] = true
					}
				}
			}
			if chased[v] {
				continue
			}
			chased[v] = true
		} else if sc.chasedBefore(i) {
			continue
		}
		for off := 0; off < len(s); {
			p := strings.Index(s[off:], v)
			if p < 0 {
				break
			}
			p += off
			off = p + len(v)
			if p == x.start || p > 0 && (isWord(s[p-1]) || s[p-1] >= 0x80 && v[0] >= 0x80 || strings.IndexByte("/.-:", s[p-1]) >= 0) ||
				off < len(s) && (isWord(s[off]) || strings.IndexByte("/-", s[off]) >= 0) {
				continue // a whole value, not a piece of a path or an id ("gid://shopify/Customer/…")
			}
			if inEncodedToken29(s, p, off) {
				continue // read decoded there, where "%E6%9D%8E%E5%A8%9C" may be a piece of a word (enc29_echo.go)
			}
			extra = append(extra, span{start: p, end: off, kind: x.kind, custom: x.custom})
		}
	}
	sc.mergeSpans(extra)
}

// lineEnd is where what was cut off a span at from (it ran to to) is read
// to: the end of its line, as the value cut off may run on past the old
// span, but no further than maxValue.
func lineEnd(s string, from, to int) int {
	e := len(s)
	if nl := strings.IndexByte(s[from:], '\n'); nl >= 0 {
		e = from + nl
	}
	return max(to, min(e, from+maxValue))
}

// rescan reads s[from:to] again on its own (depth 3: no decoding, no
// rescan of its own) and merges what it finds: a value cut off a span.
func (sc *scanner) rescan(from, to int) {
	d := 3
	if sc.rescanned {
		d = 4 // a tail cut off a rescan's span: the last reading (trimAtBreaks)
	}
	rest := sc.r.findDepth(sc.s[from:to], sc.off, d)
	extra := make([]span, 0, len(rest.spans))
	for _, y := range rest.spans {
		y.start += from
		y.end += from
		extra = append(extra, y)
	}
	rest.release()
	sc.mergeSpans(extra)
}

// chaseable reports whether echoes chases the span's value: whole values of
// five to 256 bytes, not a custom kind's.
func chaseable(x span) bool {
	return x.kind != KindCustom && x.end-x.start >= 5 && x.end-x.start <= 256
}

// chasedBefore reports whether a chased span before the i-th holds the same
// text.
func (sc *scanner) chasedBefore(i int) bool {
	x := sc.spans[i]
	for _, y := range sc.spans[:i] {
		if chaseable(y) && y.end-y.start == x.end-x.start && sc.s[y.start:y.end] == sc.s[x.start:x.end] {
			return true
		}
	}
	return false
}

// secretPaths are chat webhooks whose URL path is their secret: whoever
// holds it can post to the channel.
var secretPaths = []string{"hooks.slack.com/services/", "hooks.slack.com/workflows/", "discord.com/api/webhooks/",
	"discordapp.com/api/webhooks/", "open.feishu.cn/open-apis/bot/v2/hook/", "open.larksuite.com/open-apis/bot/v2/hook/",
	"webhook.office.com/webhookb2/", "outlook.office.com/webhook/"}

// webhookURL redacts the path of a chat webhook's URL after "://" at k
// ("https://hooks.slack.com/services/[REDACTED:credential]"); it returns
// its end, or 0.
func (sc *scanner) webhookURL(k int) int {
	s := sc.s
	for _, p := range secretPaths {
		if !strings.HasPrefix(s[k:], p) {
			continue
		}
		st := k + len(p)
		e := st
		for e < len(s) && s[e] > ' ' && s[e] < 0x7f && strings.IndexByte("\"'<>`\\?#&,;)]}|", s[e]) < 0 {
			e++ // (a webhook's path is ASCII without '|': "…/uLI8…|₸ 259 860|…" in a row ends at the '|')
		}
		if e-st >= 8 && !isMarkerAt(s, st) && sc.emit(st, e, KindCredential, 0) {
			return e
		}
		return 0
	}
	return 0
}
