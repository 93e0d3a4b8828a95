package redact

import "strings"

// The passes findDepth runs after the word scanner, in their order, each
// behind a mask of the text's features (sp30).
//
// A text's features are its signature (sig.go: which of a few bytes it holds)
// and a few facts of the scan (the depth of decoding, bytes beyond ASCII met
// by the word scanner, a length of 24 bytes or more, spans found so far).
// Each pass names the features its own gate cannot do without: every bit of
// all, and at least one bit of any (fAlways when none is needed). runPasses
// tests the masks in one small loop, so a pass whose features are absent is
// never called: its code, and its gate's, are not fetched at all. A pass
// whose mask passes runs its own gate unchanged, so a mask may only leave out
// a condition, never add one (TestPassMasksAreNecessary holds each mask to its
// gate on the unit tests' texts).
//
// A new reader registers by writing its hook as a function here (the gate and
// the call, as findDepth used to hold them: read c.s, c.sig, &c.tp, c.depth,
// c.marked…) and adding it to passTable where it must run, with the features
// its gate needs (all: every one, any: one of them; a bit whose need is not
// certain is left out).

// Features of a text beyond its signature's bits (sig.go, bits 0–31).
const (
	fDepth0   uint64 = 1 << (32 + iota) // depth == 0 (not a decoded view of a value)
	fDepthLt2                           // depth < 2
	fHigh                               // the word scanner met a byte >= 0x80 (scanner.sawHigh)
	fLen24                              // len(s) >= 24
	fSpans                              // a span found so far (dynamic)
	fEvid                               // a span found so far or an earlier pass's marker (dynamic: c.marked)
	fAlways                             // set in every text: "any" for a pass with no alternatives
)

// fdCtx is what findDepth's passes share about one text: the scanner holds it.
type fdCtx struct {
	s          string
	depth      int
	urlView    bool
	sig        uint32
	tp         textPairs // its byte pairs, for the gates that search it (prefilters.go)
	sp         spaceFacts
	spoken     bool
	rows       bool
	marked     bool // an earlier pass's markers: evidence of PII as spans are
	codeWord   bool
	proseCode  bool
	codeWord21 bool
	changeFrom int
}

type fdPass struct {
	all, any uint64
	run      func(sc *scanner)
}

// passTable is findDepth's passes in order (set in init: the passes call
// findDepth again through rescan).
var passTable []fdPass

func init() {
	passTable = []fdPass{
		{all: 0, any: fAlways, run: passMayBeURLEncoded},
		{all: 0, any: fAlways, run: passSearchAddressSpans},
		{all: 0, any: fAlways, run: passFullwidth},
		{all: fDepth0 | uint64(sigBackslash), any: fAlways, run: passDigitEscapedSlash},
		{all: fDepth0, any: fAlways, run: passHtmlView18},
		{all: fDepth0 | uint64(sigNL), any: fAlways, run: passCsvSpans},
		{all: fDepth0 | uint64(sigLT), any: fAlways, run: passMailNameSpans},
		{all: fDepth0, any: uint64(sigEq | sigNL), run: passDirectorySpans},
		{all: fDepth0 | uint64(sigColon|sigQuote), any: fAlways, run: passScriptKeySpans},
		{all: fDepth0 | uint64(sigLBrace), any: fAlways, run: passDescribedSpans},
		{all: fDepth0 | uint64(sigLParen), any: fAlways, run: passPgKeySpans},
		{all: fDepth0 | uint64(sigColon), any: fAlways, run: passOtpColonSpans},
		{all: fDepth0 | uint64(sigEq), any: fAlways, run: passEnvSecretSpans},
		{all: fDepth0 | fSpans | uint64(sigLParen), any: fAlways, run: passHolderSpans},
		{all: fDepth0 | uint64(sigColon), any: uint64(sigNL | sigBackslash), run: passSpeakerSpans},
		{all: fDepth0, any: uint64(sigNL | sigBackslash), run: passOtpTurnSpans},
		{all: fDepth0, any: fAlways, run: passSpaceFactsOf},
		{all: 0, any: fAlways, run: passVars2},
		{all: 0, any: fAlways, run: passSpokenDigitSpans},
		{all: 0, any: fAlways, run: passSpokenPlusSpans20},
		{all: fDepth0, any: fAlways, run: passProseSecretSpans},
		{all: fDepth0, any: fAlways, run: passSpacedSecretSpans},
		{all: fDepth0, any: fAlways, run: passDecodedSecretSpans20},
		{all: fDepth0, any: uint64(sigNL | sigColon), run: passSmtpAuthSpans},
		{all: fDepth0, any: fAlways, run: passRecoveryRunSpans},
		{all: fDepth0 | uint64(sigLBrack|sigNL), any: fAlways, run: passCiDebugSpans},
		{all: fDepth0 | uint64(sigApos|sigPlus), any: fAlways, run: passEdifactSpans},
		{all: fDepth0 | fHigh, any: fAlways, run: passEnclosedIntroSpans},
		{all: fDepth0 | fHigh, any: fAlways, run: passCaselessRoleSpans},
		{all: fDepth0, any: uint64(sigNL | sigCaret), run: passBlockSpans},
		{all: fDepth0, any: fAlways, run: passSplitCardSpans},
		{all: 0, any: fAlways, run: passParenPhoneSpans},
		{all: fDepth0 | uint64(sigBackslash), any: fAlways, run: passTwiceEscapedSlashes},
		{all: fDepth0 | uint64(sigBackslash), any: fAlways, run: passEscapedBlockSpans},
		{all: fDepth0 | uint64(sigColon), any: uint64(sigApos | sigQuote), run: passQuotedAddressSpans},
		{all: fDepth0 | fLen24, any: fAlways, run: passDestinationSpans},
		{all: fLen24, any: fAlways, run: passAddressLabelSpans},
		{all: fDepth0 | uint64(sigQuote), any: fAlways, run: passRedisSpans},
		{all: fDepth0 | uint64(sigApos), any: fAlways, run: passEsPreviewSpans},
		{all: fDepth0, any: fAlways, run: passRecipientLineSpans},
		{all: fDepth0 | fHigh, any: fAlways, run: passNativePhoneSpans},
		{all: fDepth0 | uint64(sigApos|sigQuote), any: fAlways, run: passOracleRowSpans},
		{all: fDepth0 | uint64(sigLT), any: fAlways, run: passEventDataSpans},
		{all: fDepth0, any: uint64(sigLBrack | sigLParen), run: passRpcPasswordSpans},
		{all: fDepth0 | uint64(sigLParen|sigV), any: fAlways, run: passSqlSpans},
		{all: fDepth0 | uint64(sigLParen), any: fAlways, run: passSqlInSpans20},
		{all: fDepth0, any: uint64(sigLBrack | sigLParen | sigDollar), run: passBindSpans},
		{all: fDepth0, any: uint64(sigLParen | sigApos | sigLBrack), run: passRowTupleSpans},
		{all: 0, any: fAlways, run: passManySeps},
		{all: 0, any: fAlways, run: passRowSpans},
		{all: fDepth0, any: fAlways, run: passAddressCellSpans},
		{all: fDepth0, any: uint64(sigQuote | sigApos), run: passQuotedAddressSpans18},
		{all: fDepth0, any: fAlways, run: passAddr22AllSpans},
		{all: fDepth0 | uint64(sigDigit), any: fAlways, run: passEastAddressSpans26},
		{all: fDepthLt2, any: fAlways, run: passLocationSpans18},
		{all: fDepthLt2, any: fAlways, run: passStreetKeySpans20},
		{all: 0, any: fAlways, run: passHasMarker},
		{all: 0, any: fAlways, run: passMayHoldCodes},
		{all: 0, any: fAlways, run: passCodeItemSpans18},
		{all: 0, any: fAlways, run: passMayHoldCodeWord21},
		{all: 0, any: fAlways, run: passCodeWordSpans21},
		{all: 0, any: fAlways, run: passProseCodeSpans20},
		{all: fDepth0 | uint64(sigNL), any: fAlways, run: passColumnSecretSpans20},
		{all: fDepth0 | uint64(sigLT), any: fAlways, run: passCodeCellSpans19},
		{all: fDepth0, any: fAlways, run: passVendorKeySpans19},
		{all: fDepth0, any: uint64(sigComma | sigSemi | sigTab | sigPipe), run: passRecoveryCellSpans19},
		{all: fDepth0, any: fAlways, run: passCodeColumnSpans19},
		{all: fDepth0, any: fAlways, run: passDashAreaSpans20},
		{all: 0, any: fAlways, run: passTrunkGapSpans19},
		{all: 0, any: uint64(sigEq | sigColon | sigGT), run: passAuditSecretSpans20},
		{all: fDepth0, any: uint64(sigEq | sigColon), run: passAuditPhoneSpans19},
		{all: fDepth0, any: fAlways, run: passLabelItemNames18},
		{all: fDepth0 | fEvid, any: fAlways, run: passFixedWidthNameSpans},
		{all: fDepth0 | fEvid | uint64(sigLParen), any: fAlways, run: passNoticeNameSpans19},
		{all: fDepth0, any: fAlways, run: passFromAskNameSpans19},
		{all: fDepthLt2, any: fAlways, run: passPhraseSpans21},
		{all: fDepth0, any: fAlways, run: passAddrToSpans21},
		{all: fDepth0, any: fAlways, run: passSenderNameSpans21},
		{all: fDepth0, any: fAlways, run: passEntryRecordNameSpans19},
		{all: fDepth0 | fEvid, any: fAlways, run: passMixedArgSpans},
		{all: fDepth0 | fEvid, any: fAlways, run: passArgNameSpans},
		{all: fDepth0, any: uint64(sigQuote | sigApos | sigRBrace), run: passArgNameSpans27},
		{all: fDepth0 | uint64(sigColon), any: fAlways, run: passSpacedLabelSpans27},
		{all: fDepth0, any: fAlways, run: passTitleNameSpans27},
		{all: fDepth0, any: fAlways, run: passByNameSpans27},
		{all: fDepth0 | fEvid | uint64(sigApos|sigDollar), any: fAlways, run: passPgParamSpans},
		{all: fEvid, any: fAlways, run: passRowCellSpans},
		{all: fDepth0, any: fAlways, run: passForNameSpans},
		{all: fDepth0 | uint64(sigComma), any: fAlways, run: passCommaNameSpans18},
		{all: fDepth0, any: uint64(sigLParen | sigLBrack), run: passLabelNameSpans},
		{all: fDepth0, any: uint64(sigLParen | sigNL | sigBackslash), run: passFreeNameSpans},
		{all: fDepth0, any: fAlways, run: passNames15Spans},
		{all: fDepth0, any: uint64(sigNL | sigBackslash), run: passAnswerTurnSpans},
		{all: fDepth0 | uint64(sigQuote), any: fAlways, run: passMatchKeySpans},
		{all: fDepth0 | fHigh, any: fAlways, run: passHanPhraseNameSpans},
		{all: fDepth0 | fSpans, any: uint64(sigColon | sigHigh), run: passContactNameSpans},
		{all: fDepth0 | fEvid, any: fAlways, run: passItemNameSpans17},
		{all: fDepth0 | fSpans | uint64(sigComma|sigQuote), any: fAlways, run: passCsvNameBeforeMailSpans},
		{all: fDepth0 | fEvid, any: fAlways, run: passAccountBySpans},
		{all: fDepth0, any: fAlways, run: passAllowedSpans},
		{all: fDepth0, any: fAlways, run: passGreet14Spans},
		{all: fDepth0 | uint64(sigHigh), any: fAlways, run: passHonorSuffix14Spans},
		{all: fDepth0, any: fAlways, run: passMailName14Spans},
		{all: fDepth0, any: fAlways, run: passSearch14Spans},
		{all: fDepth0, any: fAlways, run: passIdentNameSpans},
		{all: fDepth0, any: fAlways, run: passDuplicateEntrySpans},
		{all: fDepth0 | fEvid, any: fAlways, run: passRowNameSpans},
		{all: fDepth0, any: uint64(sigComma | sigSemi | sigTab | sigPipe), run: passRowSpans19},
		{all: fDepth0 | uint64(sigNL), any: fAlways, run: passGridSpans20},
		{all: fDepth0 | uint64(sigRBrace), any: fAlways, run: passIndexedArgSpans},
		{all: fDepth0, any: uint64(sigGT | sigHigh), run: passRefArrowSpans},
		{all: fDepth0 | fLen24 | fSpans, any: fAlways, run: passAddressListSpans},
		{all: fDepth0 | fSpans, any: fAlways, run: passStreetCellSpans},
		{all: fDepth0 | fSpans | uint64(sigNL), any: fAlways, run: passDropGridPlain20},
		{all: fDepth0 | fSpans, any: uint64(sigNL | sigBackslash), run: passLabelBlockSpans},
		{all: fDepth0, any: fAlways, run: passReceiptBlockSpans20},
		{all: fDepth0, any: fAlways, run: passExtendAddressBack},
		{all: fDepth0 | fEvid | fLen24, any: fAlways, run: passIbanOffLength20Spans},
		{all: fDepth0, any: fAlways, run: passWholeIBAN24},
		{all: fDepth0, any: fAlways, run: passSegments17},
		{all: fDepth0, any: fAlways, run: passPeople21Spans},
		{all: fDepth0 | uint64(sigLBrace), any: fAlways, run: passViberSenderSpans22},
		{all: fDepth0, any: fAlways, run: passNameFormattedSpans22},
		{all: fDepth0 | uint64(sigNL), any: fAlways, run: passFstrings},
		{all: fDepth0 | uint64(sigLBrace), any: fAlways, run: passViberSenderSpans222},
		{all: fDepth0, any: fAlways, run: passNameFormattedSpans222},
		{all: fDepth0 | fSpans, any: uint64(sigGT | sigHigh), run: passArrowSpans},
		{all: fDepth0 | fSpans, any: fAlways, run: passChangedPhoneSpans},
		{all: 0, any: fAlways, run: passVars3},
		{all: fDepth0, any: fAlways, run: passVars4},
		{all: fDepth0, any: fAlways, run: passCredChangeSpansAt},
		{all: fDepth0, any: fAlways, run: passNameChangeSpansAt18},
		{all: fDepth0, any: fAlways, run: passEscapedLineNumbers},
		{all: 0, any: fAlways, run: passDecodedClauseSpansPC29},
		{all: fDepth0, any: fAlways, run: passCodeClauseSpans20},
		{all: fDepth0, any: fAlways, run: passSecrets21},
		{all: 0, any: fAlways, run: passSecrets23},
		{all: fDepth0, any: fAlways, run: passMayHoldPlatform24},
		{all: fSpans, any: fAlways, run: passCodeWordSpans212},
		{all: fDepth0 | fEvid, any: uint64(sigComma | sigSemi | sigTab | sigPipe), run: passRowPasswordSpans},
		{all: fDepth0 | fEvid | uint64(sigRBrace), any: fAlways, run: passIndexedPasswordSpans21},
		{all: fDepth0, any: fAlways, run: passMisc24Spans},
		{all: fDepth0, any: fAlways, run: passFieldValueSpans25},
		{all: fDepth0, any: uint64(sigQuote | sigApos | sigEq | sigHigh), run: passFieldValueSpans28},
		{all: fDepth0 | fSpans, any: fAlways, run: passKeep21Spans},
		{all: fDepth0, any: fAlways, run: passNeighbourPhoneSpans22},
		{all: fDepth0 | uint64(sigCaret), any: fAlways, run: passZplPhoneSpans22},
		{all: fDepth0, any: fAlways, run: passNumberWordAfterSpans24},
		{all: fDepth0 | uint64(sigColon), any: fAlways, run: passRustSomePhoneSpans23},
		{all: fDepth0 | fSpans, any: fAlways, run: passExtendNameTails14},
		{all: fDepth0 | uint64(sigColon|sigLBrace), any: fAlways, run: passStructSecretSpans23},
		{all: fDepth0 | fSpans, any: fAlways, run: passTrimIDPrefixTails20},
		{all: fDepth0, any: fAlways, run: passNames22Spans},
		{all: fDepth0, any: fAlways, run: passNames23Spans},
		{all: fDepth0, any: fAlways, run: passPeople23bSpans},
		{all: fDepth0, any: fAlways, run: passSignOffSpans24},
		{all: fDepth0 | uint64(sigHigh), any: fAlways, run: passDesuSpans24},
		{all: fDepth0, any: fAlways, run: passNam24Spans},
		{all: fDepth0, any: fAlways, run: passRes27Spans},
		{all: 0, any: fAlways, run: passPhoneSpansPC29},
		{all: fDepth0 | uint64(sigDigit), any: fAlways, run: passPlacedPhoneSpans22},
		{all: fDepth0 | fEvid | uint64(sigComma), any: fAlways, run: passSearchTermSpans21},
		{all: fDepth0, any: fAlways, run: passMarkedValueOwn26},
		{all: fDepth0 | fEvid, any: fAlways, run: passExtendGlued25},
		{all: fDepth0 | fEvid | uint64(sigDigit), any: fAlways, run: passExtendPinTail26},
		{all: fDepth0 | fEvid, any: fAlways, run: passExtendAddrTail28},
		{all: fDepth0 | fSpans | uint64(sigLT), any: fAlways, run: passClipMarkup18},
		{all: fDepth0 | fSpans | uint64(sigTab), any: fAlways, run: passDropEdgeRequestIDs21},
		{all: fDepth0 | fSpans, any: fAlways, run: passDropCEFHeader26},
		{all: fDepth0 | fSpans | uint64(sigColon), any: fAlways, run: passDropLookalikes26},
		{all: fDepth0 | fSpans | uint64(sigNL), any: fAlways, run: passDropBusinessCells26},
		{all: fDepth0 | uint64(sigDigit), any: fAlways, run: passSplitAddressIDs28},
		{all: 0, any: fAlways, run: passStreetSpansA26},
		{all: fDepth0, any: fAlways, run: passSuffixNameSpans26},
		{all: fDepthLt2, any: fAlways, run: passProseNameSpans29},
		{all: fSpans, any: fAlways, run: passKeepA26Spans},
		{all: fDepth0 | fSpans, any: fAlways, run: passEchoNameWords26},
		{all: fSpans, any: fAlways, run: passDropLetterlessNames28},
	}
}

// runPasses runs the passes of passTable whose features s has.
func (sc *scanner) runPasses() {
	c := &sc.fd
	st := uint64(c.sig) | fAlways
	if c.depth == 0 {
		st |= fDepth0
	}
	if c.depth < 2 {
		st |= fDepthLt2
	}
	if sc.sawHigh {
		st |= fHigh
	}
	if len(c.s) >= 24 {
		st |= fLen24
	}
	for i := range passTable {
		p := &passTable[i]
		f := st
		if len(sc.spans) > 0 {
			f |= fSpans | fEvid
		} else if c.marked {
			f |= fEvid
		}
		if f&p.all != p.all || f&p.any == 0 {
			continue
		}
		p.run(sc)
	}
}

func passMayBeURLEncoded(sc *scanner) {
	c := &sc.fd
	if c.urlView {
		if mayBeURLEncoded(c.s) {
			sc.urlEncoded(1) // encoded twice
		}
	} else if c.depth < 2 && (c.depth > 0 || c.sig&(sigPercent|sigPlus) != 0) && mayBeURLEncoded(c.s) {
		sc.urlEncoded(c.depth)
	}
}

func passSearchAddressSpans(sc *scanner) {
	c := &sc.fd
	if (c.depth > 0 || c.urlView) && strings.IndexByte(c.s, '=') >= 0 {
		sc.mergeSpans(searchAddressSpans(c.s)) // "autocomplete q=Husova+27%2F9%2C+…" decoded (address14_search.go)
	}
}

func passFullwidth(sc *scanner) {
	c := &sc.fd
	if (c.depth > 0 || c.urlView || c.sig&(sigHigh|sigBackslash|sigPercent) != 0) && (hasFullwidthDigit(c.s) || sc.sawHigh && hasNativeDigit(c.s) || c.depth < 2 && hasSpaceLike(c.s)) {
		// (at every depth: "%EF%BC%90…" and "\uff10…" decode to full-width digits too)
		sc.fullwidth() // (a no-break space may come URL-encoded: %C2%A0)
	}
}

func passDigitEscapedSlash(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigBackslash != 0 { // (sig: strings.IndexByte(s, '\\') >= 0 at depth 0)
		if c.tp.contains(`:\/\/`) || digitEscapedSlash(c.s) {
			sc.escapedSlashes()
		}
		if hasUnicodeEscape(c.s) { // email_idn.go
			sc.unicodeEscapes()
		}
		if c.tp.contains(`\,`) {
			sc.escapedCommas() // address_escaped.go
		}
		if mayHoldHexEscapes23(c.sig, &c.tp) {
			sc.hexEscapes23() // nginx's "{\x22pass\x22:\x22…\x22}" read decoded (secrets23_hex.go)
		}
		if mayHoldEscapedQuery26(&c.tp) {
			sc.cefEscapedQuery26() // CEF's "login?phone\=0065+8133+2460" read unescaped (ctx26_cef.go)
		}
	}
}

func passHtmlView18(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldHTML18(c.s, c.sig) {
		sc.htmlView18() // an HTML mail body read rendered: entities decoded, cells and breaks as lines (html18_view.go)
	}
}

func passCsvSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigNL != 0 {
		sc.mergeSpans(csvSpans(c.s))
		if mayHoldMatchCSV20(c.s) {
			sc.mergeSpans(matchCSVSpans20(c.s)) // an audience export's "fn" and "ln" columns (tables20_match.go)
		}
		sc.dropPhonesIn(csvIDRanges(c.s)) // damage_csvids.go
		if mayHoldCopyRows(c.s, c.sig) {
			sc.mergeSpans(copyRowSpans(c.s)) // sqlrows.go
		}
		if mayHoldIDocFlat(c.s) {
			sc.mergeSpans(idocFlatSpans(c.s)) // fixedwidth.go
		}
		if c.sig&(sigTab|sigSemi|sigPipe) != 0 {
			sc.mergeSpans(laterTableSpans(c.s)) // csv_later.go
		}
		if hasMarkdownTable(c.s) {
			spans, ids := markdownSpans(c.s) // tables.go
			sc.dropPhonesIn(ids)
			sc.mergeSpans(spans)
		}
		if mayHoldProfileTable20(c.s) {
			sc.mergeSpans(profileTableSpans20(c.s)) // a profile's sample cells read by the column each row names (tables20_profile.go)
		}
		if hasYAMLBlock(c.s) {
			sc.mergeSpans(yamlBlockSpans(c.s)) // tables.go
		}
	}
}

func passMailNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLT != 0 && c.tp.contains(`" <`) {
		sc.mergeSpans(mailNameSpans(c.s)) // pairs.go
	}
}

func passDirectorySpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigEq|sigNL) != 0 && mayHoldDirectory(c.s, c.sig) {
		sc.mergeSpans(directorySpans(c.s)) // names_dir.go
	}
}

func passScriptKeySpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigColon != 0 && c.sig&sigQuote != 0 && c.tp.contains(`: "`) {
		sc.mergeSpans(scriptKeySpans(c.s)) // pairs.go
	}
}

func passDescribedSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLBrace != 0 && mayDescribeFields(c.s) {
		sc.mergeSpans(describedSpans(c.s)) // names_described.go
	}
}

func passPgKeySpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLParen != 0 && c.tp.contains(pgKey) {
		spans, ids := pgKeySpans(c.s) // sqlkey.go
		sc.dropPhonesIn(ids)
		sc.mergeSpans(spans)
		sc.clipAtIDs(ids)
	}
}

func passOtpColonSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigColon != 0 {
		sc.mergeSpans(otpColonSpans(c.s)) // otp.go
	}
}

func passEnvSecretSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigEq != 0 && mayHoldEnvDump(c.s) {
		sc.mergeSpans(envSecretSpans(c.s)) // "DB_PASS=over there-trip-company85 REGION=…" (creds16_envdump.go)
	}
}

func passHolderSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLParen != 0 && len(sc.spans) > 0 {
		sc.mergeSpans(holderSpans(c.s, sc.spans)) // an account's holder in brackets (names_holder.go)
	}
}

func passSpeakerSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldTranscript(c.s, c.sig) {
		sc.mergeSpans(speakerSpans(c.s)) // a transcript's speakers (names_speaker.go)
	}
}

func passOtpTurnSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldOTPTurn(c.s, c.sig) {
		sc.mergeSpans(otpTurnSpans(c.s)) // a code answered in a conversation (otp14_turns.go)
	}
}

func passSpaceFactsOf(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 {
		c.sp = spaceFactsOf(c.s) // mayHoldSpokenDigits, mayHoldSpacedSecret and changeFromSpace in one walk of the spaces (speed27_spaces.go)
	}
}

func passVars2(sc *scanner) {
	c := &sc.fd
	c.spoken = c.depth == 0 && c.sp.spoken // (read once for both passes)
}

func passSpokenDigitSpans(sc *scanner) {
	c := &sc.fd
	if c.spoken {
		sc.mergeSpans(spokenDigitSpans(c.s)) // "4 5 3 2 9 1 …" read aloud (turns17_spoken.go)
	}
}

func passSpokenPlusSpans20(sc *scanner) {
	c := &sc.fd
	if c.spoken && spokenPlusWord20(c.s) { // mayHoldSpokenPlus20 without its first test
		sc.mergeSpans(spokenPlusSpans20(c.s, sc.spans)) // "plus 3 7 1 2 9 3 4 3 8 5 8" (codetext20_spoken.go)
	}
}

func passProseSecretSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldProseSecret(c.s, c.sig) {
		sc.mergeSpans(proseSecretSpans(c.s)) // prose_secrets.go
	}
}

func passSpacedSecretSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sp.spaced {
		sc.mergeSpans(spacedSecretSpans(c.s)) // "x-api-key GTVp…", "otp '0882'" (creds18_spaced.go)
	}
}

func passDecodedSecretSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldDecodedSecret20(c.s, c.sig) {
		sc.mergeSpans(decodedSecretSpans20(c.s)) // "… get secret … | base64 -d" then the secret alone on its line (secrets20_decoded.go)
	}
}

func passSmtpAuthSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigNL|sigColon) != 0 && mayHoldSMTPAuth(c.s, &c.tp) {
		sc.mergeSpans(smtpAuthSpans(c.s)) // smtp_auth.go
	}
}

func passRecoveryRunSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && strings.IndexByte(c.s, '-') >= 0 {
		sc.mergeSpans(recoveryRunSpans(c.s)) // recovery_codes.go
	}
}

func passCiDebugSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLBrack != 0 && c.sig&sigNL != 0 && c.tp.contains(ciEvaluating) {
		sc.mergeSpans(ciDebugSpans(c.s)) // ci_debug.go
	}
}

func passEdifactSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigApos != 0 && c.sig&sigPlus != 0 && mayHoldEDIFACT(c.s) {
		sc.mergeSpans(edifactSpans(c.s)) // edifact.go
	}
}

func passEnclosedIntroSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && sc.sawHigh && mayHoldEnclosedIntro(c.s) {
		sc.mergeSpans(enclosedIntroSpans(c.s)) // intro_enclosed.go
	}
}

func passCaselessRoleSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && sc.sawHigh && mayHoldCaselessRole(c.s) {
		sc.mergeSpans(caselessRoleSpans(c.s)) // names_caseless_role.go
	}
}

func passBlockSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigNL|sigCaret) != 0 && mayHoldBlock(c.s) {
		sc.mergeSpans(blockSpans(c.s)) // block.go
		// an address under "… is on its way to:" (address_headings.go)
		sc.mergeSpans(shipPhraseSpans(c.s))
	}
}

func passSplitCardSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSplitCard(c.sig) {
		sc.mergeSpans(splitCardSpans(c.s, c.sig, sc.spans)) // "card 4123 4567\n 8901 2345" (cards15_split.go)
	}
}

func passParenPhoneSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLParen != 0 || c.depth > 0 && strings.IndexByte(c.s, '(') >= 0 {
		sc.mergeSpans(parenPhoneSpans(c.s, c.depth == 0)) // "080(4372)4221", "0(532) 123 45 67" (phone14_shapes.go)
	}
}

func passTwiceEscapedSlashes(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldTwiceEscapedSlash(c.s, c.sig) {
		sc.twiceEscapedSlashes() // "0173\\/7476685" (phone15_slash.go)
	}
}

func passEscapedBlockSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigBackslash != 0 && mayHoldEscapedBlock(c.s) {
		sc.mergeSpans(escapedBlockSpans(c.s)) // "Destinataire:\n174 rue …\n31090 Toulouse" (address14_block.go)
	}
}

func passQuotedAddressSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigColon != 0 && c.sig&(sigApos|sigQuote) != 0 {
		// "address validation failed for order #1: '…'" (address_quoted.go)
		sc.mergeSpans(quotedAddressSpans(c.s))
	}
}

func passDestinationSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(c.s) >= 24 {
		// "… debe enviarse a C/ Gran Vía, 16 …", "… adresine gönderin" (address_dest.go)
		sc.mergeSpans(destinationSpans(c.s, c.sig, sc.sawDest, &c.tp))
		sc.mergeSpans(dest14Spans(c.s, sc.sawDest || c.sig&sigBackslash != 0, sc.spans)) // "proszę dostarczyć na al. …", "entregar en Rivadavia 96" (address14_dest.go)
		// "… / dirección Rivadavia 194, …, C7724OKA Córdoba, hub: …" (address18_labels.go)
		sc.mergeSpans(addressLabelSpans(c.s, sc.sawDest, sc.spans))
		if c.sig&sigHigh != 0 {
			sc.mergeSpans(spacedAddressKeySpans(c.s)) // "địa chỉ giao hàng=…" (address_dest.go)
		}
	}
}

func passAddressLabelSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 2 && sc.sawDest && len(c.s) >= 24 {
		sc.mergeSpans(addressLabelSpans(c.s, true, sc.spans)) // read again with iCalendar's "\," undone (address18_labels.go)
	}
}

func passRedisSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigQuote != 0 && mayHoldRedisCommand(c.s) {
		sc.mergeSpans(redisSpans(c.s)) // redis.go
	}
}

func passEsPreviewSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigApos != 0 && c.tp.contains(esPreview) {
		sc.mergeSpans(esPreviewSpans(c.s)) // tables.go
	}
}

func passRecipientLineSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldRecipientLine(c.s, c.sig) {
		spans, ids := recipientLineSpans(c.s, sc.spans) // label_recipient.go
		sc.dropPhonesIn(ids)
		sc.mergeSpans(spans)
	}
}

func passNativePhoneSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && sc.sawHigh && hasNativeDigit(c.s) {
		sc.mergeSpans(nativePhoneSpans(c.s)) // native_phones.go
	}
}

func passOracleRowSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldOracleRow(c.s, c.sig) {
		sc.mergeSpans(oracleRowSpans(c.s)) // oracle_binds.go
	}
}

func passEventDataSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldEventData(c.s, c.sig) {
		spans, names := eventDataSpans(c.s) // winevent.go
		sc.keepNames(names)
		sc.mergeSpans(spans)
		if mayHoldWinAudit20(c.s) {
			sc.mergeSpans(winAuditPhoneSpans20(c.s)) // <Data Name="Field">phone</Data><Data Name="After">…</Data> (phones20_audit.go)
		}
	}
}

func passRpcPasswordSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldRPCPassword(c.s, c.sig, &c.tp) {
		sc.mergeSpans(rpcPasswordSpans(c.s)) // jsonrpc.go
	}
}

func passSqlSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLParen != 0 && c.sig&sigV != 0 && (c.tp.contains("alues") && (c.tp.contains("values") || c.tp.contains("Values")) || c.tp.contains("VALUES")) {
		sc.mergeSpans(sqlSpans(c.s))
		sc.dropPhonesIn(sqlIDRanges(c.s)) // ids_dashed.go
	}
}

func passSqlInSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigLParen != 0 && mayHoldSQLIn20(c.s, &c.tp) {
		sc.mergeSpans(sqlInSpans20(c.s)) // "WHERE phone IN ('…', '…')" (tables20_sql.go)
	}
}

func passBindSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigLBrack|sigLParen|sigDollar) != 0 && hasBindList(c.s, &c.tp) {
		sc.mergeSpans(bindSpans(c.s))
	}
}

func passRowTupleSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigLParen|sigApos|sigLBrack) != 0 && mayHoldRowTuple(c.s, c.sig, &c.tp) {
		sc.mergeSpans(rowTupleSpans(c.s, sc.spans)) // names_tuple.go
		// Hibernate's bound addresses (tables20_binds.go)
		sc.mergeSpans(bindAddressSpans20(c.s, sc.spans))
	}
}

func passManySeps(sc *scanner) {
	c := &sc.fd
	c.rows = c.depth == 0 && c.sig&(sigSemi|sigTab|sigPipe) != 0 && manySeps(c.s)
}

func passRowSpans(sc *scanner) {
	c := &sc.fd
	if c.rows {
		sc.mergeSpans(rowSpans(c.s, sc.spans))
	}
}

func passAddressCellSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (c.rows || c.sig&sigComma != 0 && mayHoldCells(c.s)) {
		sc.mergeSpans(addressCellSpans(c.s, sc.spans)) // street.go
	}
}

func passQuotedAddressSpans18(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldQuotedAddress18(c.s, c.sig) {
		sc.mergeSpans(quotedAddressSpans18(c.s, sc.spans)) // "…,\"Palackého 24, 180 50 Praha\",…", ('49, Brigade Road, Chennai 600589', …) (address18_cells.go)
	}
}

func passAddr22AllSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldAddr22Any(c.s, c.sig, &c.tp) {
		sc.mergeSpans(addr22AllSpans(c.s, c.sig, &c.tp, sc.spans)) // "Wiedner 149, 8235 Klagenfurt" as a whole value, validators' and binds' values (addr22_scan.go)
	}
}

func passEastAddressSpans26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldEastAddress26(c.s, c.sig, &c.tp) {
		sc.mergeSpans(eastAddressSpans26(c.s, sc.spans)) // "神奈川県横浜市西区神宮前2-2-11", "6-11-16 Ginza, Kita-ku, Fukuoka 333-1813" (addr26_east.go)
	}
}

func passLocationSpans18(sc *scanner) {
	c := &sc.fd
	if c.depth < 2 && c.tp.containsAt("ocation", 1) {
		sc.mergeSpans(locationSpans18(c.s, sc.spans)) // "location=Husova 117, 816 97 Ostrava", "LOCATION:…" (address18_cells.go)
	}
}

func passStreetKeySpans20(sc *scanner) {
	c := &sc.fd
	if c.depth < 2 && mayHoldStreetKey20(c.s, &c.tp) {
		sc.mergeSpans(streetKeySpans20(c.s, sc.spans)) // "adr":"Fakeles iela 12-3, …", "LOCATION:فيلا 30، شارع …" (names20_fields.go)
	}
}

func passHasMarker(sc *scanner) {
	c := &sc.fd
	c.marked = c.sig&sigLBrack != 0 && hasMarker(c.s) // an earlier pass's markers: evidence of PII as spans are
}

// mayHoldCodeItem18 (at depth 0) and mayHoldProseCode20 in one walk (prefilters.go)
func passMayHoldCodes(sc *scanner) {
	c := &sc.fd
	c.codeWord, c.proseCode = mayHoldCodes(c.s, c.sig, c.depth == 0)
}

func passCodeItemSpans18(sc *scanner) {
	c := &sc.fd
	if c.codeWord {
		sc.mergeSpans(codeItemSpans18(c.s, c.sig, sc.spans)) // "kode: 18108", "PIN 3846" as a message's item (chat18_codes.go)
	}
}

func passMayHoldCodeWord21(sc *scanner) {
	c := &sc.fd
	c.codeWord21 = c.depth == 0 && mayHoldCodeWord21(c.s, c.sig, &c.tp)
}

func passCodeWordSpans21(sc *scanner) {
	c := &sc.fd
	if c.codeWord21 || (c.depth == 1 || c.urlView) && mayHoldDecodedCodePC29(c.s, &c.tp) { // (a query's value decoded: pc29_codes.go)
		sc.mergeSpans(codeWordSpans21(c.s, sc.spans)) // "kodas  484643", "- குறியீடு …": the word for "code" in a buyer's language (cred21_codeword.go)
	}
}

func passProseCodeSpans20(sc *scanner) {
	c := &sc.fd
	if sig20 := c.sig | sigHigh*uint32(min(c.depth, 1)); c.proseCode {
		sc.mergeSpans(proseCodeSpans20(c.s, sig20, sc.spans)) // "pickup code 959531", "取件码 708894", "482913 is your locker code" (codetext20_access.go)
	}
}

func passColumnSecretSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldColumnSecret20(c.s, c.sig) {
		sc.mergeSpans(columnSecretSpans20(c.s, sc.spans)) // "Broker password" over its value in text laid out in columns (codetext20_ocr.go)
	}
}

func passCodeCellSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldCodeCell19(c.s, c.sig) {
		sc.mergeSpans(codeCellSpans19(c.s, sc.spans)) // <td>Code</td><td>48213907</td> (codes19_cells.go)
	}
}

func passVendorKeySpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldVendorKey19(c.s, &c.tp) {
		sc.mergeSpans(vendorKeySpans19(c.s, sc.spans)) // HubSpot "pat-na1-…", Mailchimp "…-us21", Klaviyo "pk_…" (codes19_vendor.go)
	}
}

func passRecoveryCellSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldRecoveryCell19(c.s, c.sig) {
		sc.mergeSpans(recoveryCellSpans19(c.s, sc.spans)) // "…,#24449,kqmk5-9xyg2,Zalando" (codes19_rows.go)
	}
}

func passCodeColumnSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldCodeColumn19(c.s, c.sig) {
		sc.mergeSpans(codeColumnSpans19(c.s, sc.spans)) // "ts,code,order_id\n…,40917736,…" (codes19_rows.go)
	}
}

func passDashAreaSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldDashArea20(c.s, &c.tp) {
		sc.mergeSpans(dashAreaSpans20(c.s, sc.spans)) // "030 - 735 354 43": the area code apart (phones20_dash.go)
	}
}

func passTrunkGapSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldTrunkGap19(c.s, c.sig) || c.depth > 0 && c.tp.contains(" () ") { // (decoded from a query or a form body too: phones20_keys.go)
		sc.mergeSpans(trunkGapSpans19(c.s, sc.spans)) // "+354 () 622 5907": an empty trunk bracket (damage19_trunk.go)
	}
}

func passAuditSecretSpans20(sc *scanner) {
	c := &sc.fd
	if mayHoldAuditSecret20(c.s, c.sig, &c.tp) {
		sc.mergeSpans(auditSecretSpans20(c.s, sc.spans)) // "rotated=\"carrier_api_key\" new_value=\"…\"" (codekeys20_audit.go)
	}
}

func passAuditPhoneSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldAuditPhone19(c.s, c.sig, &c.tp) {
		sc.mergeSpans(auditPhoneSpans19(c.s, sc.spans)) // "field=phone before=… after=…" (damage19_audit.go)
	}
}

func passLabelItemNames18(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldLabelItems18(c.s, len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(labelItemNames18(c.s, sc.spans)) // "…; nombre Abril Arriaga; …" in a buyer's message (chat18_labels.go)
	}
}

func passFixedWidthNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && mayHoldFixedWidth(c.s, &c.tp) {
		sc.mergeSpans(fixedWidthNameSpans(c.s, sc.spans))    // names_fixedwidth.go
		sc.mergeSpans(fixedWidthPhoneSpans20(c.s, sc.spans)) // phones20_fixed.go
	}
}

func passNoticeNameSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNoticeName19(c.s, c.sig, len(sc.spans) > 0 || c.marked, &c.tp) {
		sc.mergeSpans(noticeNameSpans19(c.s, sc.spans)) // "SMS to …: code … JT… (Given Family)" (names19_sms.go)
	}
}

func passFromAskNameSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldFromAsk19(c.s, len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(fromAskNameSpans19(c.s)) // "Given Family from Acme asks for …" (names19_from.go)
	}
}

func passPhraseSpans21(sc *scanner) {
	c := &sc.fd
	if c.depth < 2 && mayHoldPhrases21(c.s) {
		sc.mergeSpans(phraseSpans21(c.s, c.depth, sc.spans)) // "my name is jane roe", "please send it to 8 rivonia road …": any case or script (names21_phrases.go)
	}
}

func passAddrToSpans21(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldAddrTo21(&c.tp) {
		sc.mergeSpans(addrToSpans21(c.s, sc.spans)) // "changed the delivery address of order … to <address>" (names21_addrto.go)
	}
}

func passSenderNameSpans21(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSender21(c.s, len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(senderNameSpans21(c.s)) // "Ticket 4021 from Given Family: …" (names21_sender.go)
	}
}

func passEntryRecordNameSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldEntryRecord19(c.s) {
		sc.mergeSpans(entryRecordNameSpans19(c.s)) // an ACH entry record's receiver (names19_nacha.go)
	}
}

func passMixedArgSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && mayHoldMixedArgs(c.s, &c.tp) {
		sc.mergeSpans(mixedArgSpans(c.s, sc.spans)) // names_argsmixed.go
	}
}

func passArgNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && mayHoldArgs(c.s) {
		sc.mergeSpans(argNameSpans(c.s, sc.spans))  // names_args.go
		sc.mergeSpans(argPhoneSpans(c.s, sc.spans)) // phone_words.go
	}
}

func passArgNameSpans27(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldArgs27(c.s, c.sig) {
		sc.mergeSpans(argNameSpans27(c.s, sc.spans)) // a name with evidence among ids and amounts (names27_args.go)
	}
}

func passSpacedLabelSpans27(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSpacedLabel27(c.s, c.sig, &c.tp) {
		sc.mergeSpans(spacedLabelSpans27(c.s, sc.spans)) // "importer of record: …", "N1 ST: …" (names27_labels.go)
	}
}

func passTitleNameSpans27(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldTitle27(c.s, c.sig, &c.tp) {
		sc.mergeSpans(titleNameSpans27(c.s, sc.spans)) // "dna. Given Family", "Daw ဇော်လင်း" (names27_titles.go)
	}
}

func passByNameSpans27(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldBy27(&c.tp) {
		sc.mergeSpans(byNameSpans27(c.s, sc.spans)) // "payment by Given Family declined" (names27_by.go)
	}
}

func passPgParamSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldPGParams(c.s, c.sig) && (len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(pgParamSpans(c.s, sc.spans)) // pg_params.go
	}
}

func passRowCellSpans(sc *scanner) {
	c := &sc.fd
	if c.rows && (len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(rowCellSpans(c.s, sc.spans)) // row_cells.go
	}
}

func passForNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (c.tp.contains("for ") || strings.HasPrefix(c.s, "For ")) {
		sc.mergeSpans(forNameSpans(c.s, sc.spans)) // names_for.go
	}
}

func passCommaNameSpans18(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigComma != 0 && mayHoldCommaName18(c.s) {
		sc.mergeSpans(commaNameSpans18(c.s, sc.spans)) // "label printed for Family, Given" (names18_comma.go)
	}
}

func passLabelNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldLabelName(c.s, c.sig, &c.tp) {
		sc.mergeSpans(labelNameSpans(c.s)) // names_label.go
	}
}

func passFreeNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldFreeNames(c.s, c.sig) {
		sc.mergeSpans(freeNameSpans(c.s, c.sig)) // names_free.go
	}
}

func passNames15Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (c.rows || mayHoldNames15(c.s, c.sig)) {
		sc.mergeSpans(names15Spans(c.s, c.sig, c.rows, sc.spans)) // names15_lines.go
	}
}

func passAnswerTurnSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldAnswerTurn(c.s, c.sig) {
		sc.mergeSpans(answerTurnSpans(c.s)) // "AGENT: door code?" then "CUSTOMER: 4471", names, phones… (turns17_answers.go)
	}
}

func passMatchKeySpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldMatchKeys(c.s, c.sig) {
		sc.mergeSpans(matchKeySpans(c.s)) // {"em":…,"ph":…,"ln":"Family"} (names16_keys.go)
	}
}

func passHanPhraseNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && sc.sawHigh && mayHoldHanPhraseName(c.s) {
		sc.mergeSpans(hanPhraseNameSpans(c.s)) // "实名认证通过 Given Family" (names16_phrases.go)
	}
}

func passContactNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&(sigColon|sigHigh) != 0 {
		sc.mergeSpans(contactNameSpans(c.s, sc.spans)) // "Kontakt: Given Family, Tel. …" (names16_phrases.go)
	}
}

func passItemNameSpans17(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldItemNames17(c.s, len(sc.spans) > 0 || c.marked, &c.tp) {
		sc.mergeSpans(itemNameSpans17(c.s, sc.spans)) // "… / Given Family / iban: …", "contact name FAMILY Given" (names17_items.go)
	}
}

func passCsvNameBeforeMailSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&sigComma != 0 && c.sig&sigQuote != 0 {
		sc.mergeSpans(csvNameBeforeMailSpans(c.s, sc.spans)) // `…,"Given Family",given@…` (names16_keys.go)
	}
}

func passAccountBySpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && mayHoldAccountBy(c.s, sc.spans, &c.tp) {
		sc.mergeSpans(accountBySpans(c.s, sc.spans)) // names_after.go
	}
}

func passAllowedSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldReplyHeader(c.s, c.sig) {
		sc.mergeSpans(sc.allowedSpans(replyHeaderSpans(c.s))) // names_reply.go
	}
}

func passGreet14Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldGreet14(c.sig) {
		sc.mergeSpans(greet14Spans(c.s)) // names14_greet.go
	}
}

func passHonorSuffix14Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldHonorSuffix14(c.s, c.sig) {
		sc.mergeSpans(honorSuffix14Spans(c.s)) // names14_greet.go
	}
}

func passMailName14Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldMailName14(c.sig) {
		sc.mergeSpans(mailName14Spans(c.s)) // names14_mail.go
	}
}

func passSearch14Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSearch14(c.sig) {
		sc.mergeSpans(search14Spans(c.s)) // names14_search.go
	}
}

func passIdentNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldIdentName(c.s, &c.tp) {
		sc.mergeSpans(identNameSpans(c.s)) // names_ident.go
	}
}

func passDuplicateEntrySpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldDuplicateEntry(c.s, c.sig) {
		sc.mergeSpans(duplicateEntrySpans(c.s)) // names_sql.go
	}
}

func passRowNameSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (c.rows || c.sig&(sigComma|sigTab) != 0) && (len(sc.spans) > 0 || c.marked) && !sqlStatement(c.s) {
		sc.mergeSpans(rowNameSpans(c.s, sc.spans)) // names_rows.go
	}
}

func passRowSpans19(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldRows19(c.s, c.sig) {
		sc.mergeSpans(rowSpans19(c.s, sc.spans)) // export rows: names and phones by their cells' evidence, header and column (csv19_rows.go)
	}
}

func passGridSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigNL != 0 && mayHoldGrid20(c.s) {
		sc.mergeSpans(gridSpans20(c.s, sc.spans)) // result grids aligned by spaces, read by their header (tables20_grid.go)
	}
}

func passIndexedArgSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigRBrace != 0 && c.tp.contains("}=") {
		sc.mergeSpans(indexedArgSpans(c.s, sc.spans)) // address_parts.go
	}
}

func passRefArrowSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigGT|sigHigh) != 0 && mayHoldRefArrow(c.s, c.sig) {
		sc.mergeSpans(refArrowSpans(c.s)) // "260628NV6G → No. 360, Persiaran …" (address15_arrow.go)
	}
}

func passAddressListSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && len(c.s) >= 24 && mayHoldAddressList(c.s, sc.sawHigh, &c.tp) {
		sc.mergeSpans(addressListSpans(c.s, sc.spans)) // "3 addresses incl. ул. …;" (address15_cells.go)
	}
}

func passStreetCellSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && mayHoldStreetCells(c.s, c.sig, &c.tp) {
		sc.mergeSpans(streetCellSpans(c.s, sc.spans)) // "…   Jan Fake   ul. Fakowa 26/35   …" (address15_cells.go)
	}
}

func passDropGridPlain20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigNL != 0 && len(sc.spans) > 0 && mayHoldGrid20(c.s) {
		sc.dropGridPlain20() // a grid's product column holds no street (tables20_grid.go)
	}
}

func passLabelBlockSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&(sigNL|sigBackslash) != 0 && len(sc.spans) > 0 {
		sc.mergeSpans(labelBlockSpans(c.s, sc.spans)) // "Attn: …\nFake Ltd\n12 Fake St, …" (address15_block.go)
	}
}

func passReceiptBlockSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldReceiptBlock20(c.sig, sc.spans) {
		sc.mergeSpans(receiptBlockSpans20(c.s, sc.spans)) // "received by …\nTērbatas iela 152-36, …" (names20_receipt.go)
	}
}

func passExtendAddressBack(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && hasAddressSpan(sc.spans) {
		extendAddressBack(c.s, sc.spans)                          // street.go
		extendAddressForward(c.s, sc.spans)                       // address_parts.go
		for _, cut := range trimAddressSentences(c.s, sc.spans) { // address_sentence.go
			sc.rescan(cut[0], lineEnd(c.s, cut[0], cut[1]))
		}
	}
}

func passIbanOffLength20Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && len(c.s) >= 24 {
		sc.mergeSpans(ibanOffLength20Spans(c.s, sc.spans)) // an IBAN off its country's length (phones20_iban.go)
	}
}

func passWholeIBAN24(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) == 0 && len(c.s) >= 17 && len(c.s) <= 42 && c.s[0] >= 'A' && c.s[0] <= 'Z' {
		sc.mergeSpans(wholeIBAN24(c.s)) // a field that is an IBAN off its country's length alone (sec24_platform.go)
	}
}

func passSegments17(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 {
		sc.segments17(c.sig) // X12, ZPL labels, SAML, raw e-mail, OCR label lines (segments17_scan.go)
	}
}

func passPeople21Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldPeople21(c.s, c.sig, sc.spans, &c.tp) {
		sc.mergeSpans(people21Spans(c.s, c.sig, sc.spans, &c.tp)) // LDIF persons, EMV 5F20, SWIFT parties, callers, cell dumps (people21_scan.go)
	}
}

func passViberSenderSpans22(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldViberSender22(c.s, c.sig) {
		sc.mergeSpans(viberSenderSpans22(c.s, nil)) // a Viber callback's sender, at any escaping (people22_chat.go)
	}
}

func passNameFormattedSpans22(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNameFormatted22(c.s, c.sig) {
		sc.mergeSpans(nameFormattedSpans22(c.s, nil)) // a SCIM name's "formatted", at any escaping (people22_scim.go)
	}
}

func passFstrings(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigNL != 0 && (c.tp.contains(`f"`) || c.tp.contains(`f'`)) {
		sc.fstrings()
	}
}

func passViberSenderSpans222(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldViberSender22(c.s, c.sig) {
		sc.mergeSpans(viberSenderSpans22(c.s, nil)) // a Viber callback's sender, at any escaping (people22_chat.go)
	}
}

func passNameFormattedSpans222(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNameFormatted22(c.s, c.sig) {
		sc.mergeSpans(nameFormattedSpans22(c.s, nil)) // a SCIM name's "formatted", at any escaping (people22_scim.go)
	}
}

func passArrowSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&(sigGT|sigHigh) != 0 && hasArrow(c.s) {
		sc.mergeSpans(arrowSpans(c.s, sc.spans)) // arrows.go
	}
}

func passChangedPhoneSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && mayHoldChangedPhone(sc.spans) {
		sc.mergeSpans(changedPhoneSpans(c.s, sc.spans)) // "phone changed from +39… to 348 6731394" (phone15_change.go)
	}
}

func passVars3(sc *scanner) {
	c := &sc.fd
	c.changeFrom = -1 // the first space before a word of "from", for both passes below (change17.go)
}

func passVars4(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 {
		c.changeFrom = c.sp.from
	}
}

func passCredChangeSpansAt(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 {
		if cs := credChangeSpansAt(c.s, sc.spans, c.changeFrom); len(cs) > 0 {
			sc.mergeSpans(cs) // "smtp pass of customer C-1 from … to …" (change17.go)
		}
	}
}

func passNameChangeSpansAt18(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNameChange18(c.s) {
		if ns := nameChangeSpansAt18(c.s, sc.spans, c.changeFrom); len(ns) > 0 {
			sc.mergeSpans(ns) // "contact name of customer C-1 from … to …" (names18_change.go)
		}
	}
}

func passEscapedLineNumbers(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldEscapedLineNumber(c.sig) {
		sc.escapedLineNumbers() // "…\nJane Roe\n+60165762514" (phone15_escaped.go)
	}
}

func passDecodedClauseSpansPC29(sc *scanner) {
	c := &sc.fd
	if (c.depth == 1 || c.urlView) && mayHoldDecodedClausePC29(c.s, &c.tp) {
		sc.mergeSpans(decodedClauseSpansPC29(c.s, sc.spans, len(sc.spans) > 0 || c.marked)) // "…+your+code+is+558649&v=…" decoded (pc29_codes.go)
	}
}

func passCodeClauseSpans20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldCodeClause20(c.s, c.sig, c.codeWord, &c.tp) {
		sc.mergeSpans(codeClauseSpans20(c.s, sc.spans, len(sc.spans) > 0 || c.marked)) // "…, the code is 752538", "koden er …" in a buyer's message (secrets20_codes.go)
	}
}

func passSecrets21(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 {
		sc.secrets21(c.sig, &c.tp) // password flags, ISA04, voicemail PINs, track-2 PANs, SIP numbers, SMPP (secrets21_scan.go)
		sc.secrets22(c.sig, &c.tp) // session-store keys, reset-link paths, "enter code", Redis AUTH, unquoted INSERT values (secrets22_scan.go)
	}
}

func passSecrets23(sc *scanner) {
	c := &sc.fd
	sc.secrets23(c.sig, c.depth, &c.tp, c.marked) // combo lists' passwords, OAuth callbacks' codes (secrets23_scan.go)
}

func passMayHoldPlatform24(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 {
		if m := mayHoldPlatform24(c.s, &c.tp); m != 0 {
			sc.mergeSpans(platformSpans24(c.s, m, sc.spans)) // registry logins, store keys and replies, job codes, plan values, add-mask (sec24_platform.go)
		}
	}
}

func passCodeWordSpans212(sc *scanner) {
	c := &sc.fd
	if c.codeWord21 && len(sc.spans) > 0 {
		sc.mergeSpans(codeWordSpans21(c.s, sc.spans)) // again, after a name or an address found since: "[name] код …" (cred21_codeword.go)
	}
}

func passRowPasswordSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && c.sig&(sigComma|sigSemi|sigTab|sigPipe) != 0 {
		// (last: the row's PII, whichever pass found it, is the evidence)
		sc.mergeSpans(rowPasswordSpans(c.s, sc.spans)) // "Statistician,!29X5WdLp-4,[REDACTED:phone],…" (creds18_rows.go)
	}
}

func passIndexedPasswordSpans21(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldIndexedArgs21(c.s, c.sig, len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(indexedPasswordSpans21(c.s, sc.spans)) // "{1}=tundra-willow-205 {2}=[REDACTED:address]" (cred21_labels.go)
	}
}

func passMisc24Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldMisc24(c.s, c.sig, sc.spans, c.marked) {
		sc.mergeSpans(misc24Spans(c.s, sc.spans)) // "Given Family <…@…>" after a label, SMS keys' and OTP tasks' phones (misc24_platform.go)
	}
}

func passFieldValueSpans25(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldFieldValue25(c.s) {
		sc.mergeSpans(fieldValueSpans25(c.s)) // "cannot map field recipient.name value 'Jane Roe'" (leak25_fieldvalue.go)
	}
}

func passFieldValueSpans28(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldFieldValue28(c.s, c.sig) {
		sc.mergeSpans(fieldValueSpans28(c.s, c.sig)) // "字段 buyer.name 的值「…」", `Invalid value of "…" provided for the street field` (na28_fieldvalue.go)
	}
}

func passKeep21Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 {
		sc.keep21Spans() // Message-IDs, service principals and accounts, role names (keep21_filter.go)
		sc.keep22Spans() // password hashes, named digests, values masked before (keep22_values.go)
		sc.keep23Spans() // epoch fractions, access-log numbers, registry ids after an address, public cookies (keep23_spans.go)
		sc.keep24Spans() // secret references, named digests, bot and system logins, country codes and host names (keep24_spans.go)
	}
}

func passNeighbourPhoneSpans22(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNeighbourPhone22(c.s, sc.spans, c.marked) {
		sc.mergeSpans(neighbourPhoneSpans22(c.s, sc.spans)) // "LOYALTY: [name]  212621277582", "…;[email];447700900123" (phones22_neighbours.go)
	}
}

func passZplPhoneSpans22(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldZPL22(c.sig, &c.tp) {
		sc.mergeSpans(zplPhoneSpans22(c.s)) // "^FDTel 37123598438^FS" (phones22_zpl.go)
	}
}

func passNumberWordAfterSpans24(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNumberWordAfter24(c.s, c.sig, &c.tp) {
		sc.mergeSpans(numberWordAfterSpans24(c.s, sc.spans)) // "998… raqamiga qo'ng'iroq qiling", "… নম্বরে কল করুন" (phaddr24_after.go)
	}
}

func passRustSomePhoneSpans23(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldRustSome23(c.sig, &c.tp) {
		sc.mergeSpans(rustSomePhoneSpans23(c.s)) // "phone: Some(\"5550001122\")" (phones23_rust.go)
	}
}

func passExtendNameTails14(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 {
		sc.extendNameTails14() // names14_tail.go
		sc.echoes()
	}
}

func passStructSecretSpans23(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldStructSecret23(c.s, c.sig, sc.spans, c.marked) {
		sc.mergeSpans(structSecretSpans23(c.s, sc.spans)) // a %+v value whose key was cut or swallowed (cred23h_struct.go)
	}
}

func passTrimIDPrefixTails20(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 {
		sc.trimIDPrefixTails20() // "… ORD-54792963": an id's prefix is no name's last word (secrets20_amounts.go)
	}
}

func passNames22Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNames22(c.s, c.sig, len(sc.spans) > 0 || c.marked, &c.tp) {
		sc.mergeSpans(names22Spans(c.s, c.sig, len(sc.spans) > 0 || c.marked, &c.tp, sc.spans)) // patch values, replayed inputs, salutations, snapshot diffs, searches (names22_scan.go)
	}
}

func passNames23Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNames23(c.sig, &c.tp) {
		sc.mergeSpans(names23Spans(c.s, c.sig, &c.tp, sc.spans)) // CEF user keys, LDAP names, display names in any case, subjects' tails (names23_scan.go)
	}
}

func passPeople23bSpans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldPeople23b(c.sig, &c.tp, sc.spans, c.marked) {
		sc.mergeSpans(people23bSpans(c.s, c.sig, &c.tp, sc.spans, c.marked)) // certificates' CN, an IBAN's holder, an incident's victim column (people23b_scan.go)
	}
}

func passSignOffSpans24(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSignOff24(c.s, sc.spans, c.marked) {
		sc.mergeSpans(signOffSpans24(c.s, sc.spans)) // "e-mail: <email> — Given Family": a message signed after its contact (names24_signoff.go)
	}
}

func passDesuSpans24(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldDesu24(c.s, c.sig) {
		sc.mergeSpans(desuSpans24(c.s, nil)) // "渡辺 翔太です。": a Japanese writer's self-introduction (names24_desu.go)
	}
}

func passNam24Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldNam24(c.s, c.sig, &c.tp, sc.spans, c.marked) {
		sc.mergeSpans(nam24Spans(c.s, c.sig, &c.tp, sc.spans, c.marked)) // INSERT rows by column, HCL quoted keys, gdb pointers (nam24_scan.go)
	}
}

func passRes27Spans(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldRes27(c.s, c.sig, &c.tp, sc.spans, c.marked) {
		sc.mergeSpans(res27Spans(c.s, c.sig, &c.tp, sc.spans, c.marked)) // contact clauses, label lines, header-less columns (res27_scan.go)
	}
}

func passPhoneSpansPC29(sc *scanner) {
	c := &sc.fd
	if m := mayHoldPhonePC29(c.s, c.sig, c.depth, namedPC29(sc.spans, c.marked), &c.tp); m != 0 {
		sc.mergeSpans(phoneSpansPC29(c.s, m, &c.tp, sc.spans)) // "caller id 081-754-2399", "030 / 487 80 21", "+49 170 und dann 1779710" (pc29_phones.go)
	}
}

func passPlacedPhoneSpans22(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldPlacedPhone22(c.s, c.sig, len(sc.spans) > 0 || c.marked, &c.tp) {
		sc.mergeSpans(placedPhoneSpans22(c.s, c.sig, &c.tp, sc.spans)) // a row's phone cell, a number after its owner's name, a customer search's term (addr22_phones.go)
	}
}

func passSearchTermSpans21(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSearchTerms21(c.s, c.sig, len(sc.spans) > 0 || c.marked) {
		sc.mergeSpans(searchTermSpans21(c.s)) // "term,count\n…\nmanon goossens,1,…": a name typed as a search (names21_terms.go; last: no other pass reads these spans)
	}
}

func passMarkedValueOwn26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (c.marked || len(sc.spans) > 0) {
		// "'[REDACTED:name] Zuluaga Castaño'": a quoted value's other names (names26_marked.go),
		// beside this pass's names as beside an earlier pass's markers (idem26_marked.go)
		sc.mergeSpans(sc.markedValueOwn26(c.marked))
	}
}

func passExtendGlued25(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) {
		sc.extendGlued25(c.marked) // "to [name] Ádám for …": the other half of a one-word name (names25_glued.go)
	}
}

func passExtendPinTail26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) && c.sig&sigDigit != 0 {
		sc.extendPinTail26() // "…, Pune, Maharashtra - 861997": India's PIN after its town (addr26_labels.go)
	}
}

func passExtendAddrTail28(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && (len(sc.spans) > 0 || c.marked) {
		sc.extendAddrTail28() // "[address], d. 24, kv. 177, Novosibirsk, 630331": the same address's later parts (na28_tails.go)
	}
}

func passClipMarkup18(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&sigLT != 0 && htmlTagIn18(c.s) {
		sc.clipMarkup18() // no value inside an HTML tag's markup (html18_view.go)
	}
}

func passDropEdgeRequestIDs21(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&sigTab != 0 && c.tp.contains(cfHostTab21) {
		sc.dropEdgeRequestIDs21() // a CloudFront log row's x-edge-request-id, whichever pass took it (ids21_values.go)
	}
}

func passDropCEFHeader26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && mayHoldCEFHeader26(c.sig, &c.tp) {
		sc.dropCEFHeader26() // a CEF header's vendor, product, version and id (ctx26_cef.go)
		sc.leefClip29()      // a value ends at LEEF 2.0's declared delimiter (x29_leef.go)
	}
}

func passDropLookalikes26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&sigColon != 0 {
		sc.dropLookalikes26() // a serial's hex pairs, a time's seconds, an "Account:" id (ctx26_keep.go)
	}
}

func passDropBusinessCells26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 && c.sig&sigNL != 0 {
		sc.dropBusinessCells26() // a CSV column of sellers or brand owners holds businesses' names (dmg26_business.go)
	}
}

func passSplitAddressIDs28(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && c.sig&sigDigit != 0 && hasAddressSpan(sc.spans) {
		sc.splitAddressIDs28() // "… 100号 350203 20041201 8394": a grouped resident id ends the address (zr28_ids.go)
	}
}

func passStreetSpansA26(sc *scanner) {
	c := &sc.fd
	if mayHoldStreetA26(c.s, c.sig) || c.depth > 0 && !isASCII(c.s) { // (ad29: decoded forms and queries, whose sig is not taken)
		sc.mergeSpans(streetSpansA26(c.s)) // a street's word of its script beside a house number (a26_streets.go)
	}
}

func passSuffixNameSpans26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && mayHoldSuffixName26(c.sig) {
		sc.mergeSpans(suffixNameSpans26(c.s)) // "Xinyi Liu先生", "Tanaka Yui様": a romanised name before its honorific (n26_suffix.go)
	}
}

func passProseNameSpans29(sc *scanner) {
	c := &sc.fd
	if c.depth < 2 && mayHoldProse29(c.s, c.sig, c.depth, &c.tp) {
		sc.mergeSpans(proseNameSpans29(c.s)) // "Оператор: olga sokolov просит …", "— Given Family, Town": names framed in prose (nm29_prose.go)
	}
}

func passKeepA26Spans(sc *scanner) {
	if len(sc.spans) > 0 {
		sc.keepA26Spans() // products under an item key, brands before their goods, shops, status-only "addresses"; decoded forms too (a26_keep.go)
	}
}

func passEchoNameWords26(sc *scanner) {
	c := &sc.fd
	if c.depth == 0 && len(sc.spans) > 0 {
		sc.echoNameWords26() // "noted Jihoon, …" after "Kim Jihoon": a found name's words again, in any case (n26_echo.go)
		if c.sig&(sigPercent|sigPlus) != 0 && mayBeURLEncoded(c.s) {
			sc.encodedEchoes29() // the same values and words again in URL-encoded text, read decoded (enc29_echo.go)
		}
	}
}

func passDropLetterlessNames28(sc *scanner) {
	if len(sc.spans) > 0 {
		sc.dropLetterlessNames28() // "?[REDACTED:phone]" is no name (fix28_letterless.go)
	}
}
