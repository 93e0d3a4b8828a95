package redact

import "strings"

// Machine formats that put a value in a fixed place: X12 segments
// (segments17_x12.go), the fields of a ZPL label (segments17_zpl.go), the
// attributes of a SAML assertion (segments17_saml.go), a MIME part's
// quoted-printable body (segments17_qp.go), the display names of a raw
// e-mail's address headers (segments17_mime.go) and the label lines of OCR
// text (segments17_ocr.go). Each reader is gated by a
// byte or a word its format cannot do without, so that other text pays a
// bit test or one search.

// segments17 runs the readers whose formats s may hold.
func (sc *scanner) segments17(sig uint32) {
	s := sc.s
	if mayHoldX12(s) {
		sc.x12()
	}
	if sig&sigCaret != 0 && mayHoldZPL(s) {
		sc.zplLabels()
	}
	if sig&sigQuote != 0 && mayHoldEPL20(s) {
		sc.eplLabels20() // phones20_labels.go
	}
	if sig&sigLT != 0 && mayHoldSAML(s) {
		sc.samlAssertion()
	}
	if sig&sigEq != 0 && mayHoldQP(s) {
		sc.quotedPrintable()
	}
	if sig&sigEq != 0 && mayHoldEncodedWord31(s) {
		sc.encodedWords31() // RFC 2047 "=?UTF-8?B?…?=" read decoded (mm31_words.go)
	}
	if sig&sigLT != 0 && mayHoldCommXML31(s) {
		sc.mergeSpans(commXMLSpans31(s, sc.spans)) // <ID schemeID="TE">…, <Phone><![CDATA[…]]> (mm31_xml.go)
	}
	if sig&sigLT != 0 && strings.Contains(s, "Line") {
		sc.mergeSpans(addressLineSpans31(s, sc.spans)) // <Address><Line>…</Line> (mm31_xml.go)
	}
	if sig&sigColon != 0 && sig&(sigQuote|sigLT) != 0 && mayHoldMailboxHeader(s) {
		sc.mergeSpans(mailboxNameSpans(s, sc.spans)) // segments17_mime.go
	}
	if sig&sigNL != 0 && mayHoldOCRLines(s) {
		sc.mergeSpans(ocrLineSpans(s, sc.spans)) // segments17_ocr.go
	}
}
