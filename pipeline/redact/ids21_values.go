package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Ids and codes that payment terminals, CDNs, SMS providers and fiscal
// documents print under keys or in cells that otherwise hold PII or
// secrets. Each is read by the field or tag that names it, never by its
// shape alone.

// barePostcode21 reports an address key's value that is a postal code and
// nothing else: four to six digits. A postcode names no street and no
// house; CFDI's "DomicilioFiscalReceptor" and "LugarExpedicion", a
// checkout's "address_zip" hold only that.
func barePostcode21(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) < 4 || len(v) > 6 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// providerSID21 reports a messaging provider's resource id: two capitals
// naming the resource and 32 lower-case hex digits (Twilio's "SM…" message,
// "MM…" media, "CA…" call and "AC…" account SIDs). A SID names a record;
// the account's secret is a separate token.
func providerSID21(v string) bool {
	v = strings.TrimSpace(v)
	if len(v) != 34 || !isUpper(v[0]) || !isUpper(v[1]) {
		return false
	}
	for i := 2; i < len(v); i++ {
		if c := v[i]; !isDigit(c) && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// edgeResults are CloudFront's x-edge-result-type values.
var edgeResults = setOf("Hit", "RefreshHit", "Miss", "LimitExceeded", "CapacityExceeded", "Error", "Redirect", "OriginShieldHit")

// cfRequestIDCell21 reports the cell s[i:e] of a CloudFront access-log row
// (tab-separated, its host a "….cloudfront.net") that follows the edge's
// result type: x-edge-request-id, base64 that names one request.
func cfRequestIDCell21(s string, i, e int) bool {
	if i < 2 || s[i-1] != '\t' || e < len(s) && s[e] != '\t' && s[e] != '\n' && s[e] != '"' && s[e] != '\\' {
		return false
	}
	p := strings.LastIndexByte(s[:i-1], '\t')
	if p < 0 || !edgeResults[s[p+1:i-1]] {
		return false
	}
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	le := strings.IndexByte(s[i:], '\n')
	if le < 0 {
		le = len(s)
	} else {
		le += i
	}
	return strings.Contains(s[ls:le], cfHostTab21)
}

// emvPIITags are the EMV tags whose data is the card or its holder: the
// PAN (5A), track 2 and track 1 data (57, 56, 9F6B, their discretionary
// data 9F1F and 9F20), the cardholder's name (5F20, 9F0B).
var emvPIITags = setOf("5A", "57", "56", "5F20", "9F0B", "9F1F", "9F20", "9F6B")

// emvShortTags are one-byte EMV tags of terminal and transaction data: the
// AID (4F, 84), application label (50), AIP (82), response code (8A),
// TVR (95), date (9A), TSI (9B) and transaction type (9C).
var emvShortTags = setOf("4F", "50", "82", "84", "8A", "95", "9A", "9B", "9C")

// emvTagBefore21 reports digits at i that are the data of an EMV tag that
// holds no PII, written "tag=value" or "tag: value" in a terminal's TLV
// dump ("95=0800800000", "9F36=0B4E", "9F02=000000525413"): a two-byte
// tag of the 5F, 9F, BF or DF classes other than the PAN's, tracks' and
// name's, or a one-byte tag of terminal data in a text that writes a
// two-byte one too.
func emvTagBefore21(s string, i int) bool {
	p := i - 1
	if s[p] == ' ' && p > 0 && s[p-1] == ':' {
		p--
	}
	if s[p] != '=' && s[p] != ':' {
		return false
	}
	e := p
	for p > 0 && e-p < 4 && isUpperHex(s[p-1]) {
		p--
	}
	if e-p != 2 && e-p != 4 || p > 0 && (isAlnum(s[p-1]) || s[p-1] == '_' || s[p-1] == '-' || s[p-1] == '.') {
		return false
	}
	tag := s[p:e]
	if emvPIITags[tag] {
		return false
	}
	if len(tag) == 4 {
		switch tag[:2] {
		case "5F", "9F", "BF", "DF":
			return true
		}
		return false
	}
	return emvShortTags[tag] && hasEMVLongTag(s)
}

// hasEMVLongTag reports a "9Fxx=" or "9Fxx:" in s: the text is an EMV dump.
func hasEMVLongTag(s string) bool {
	for k := 0; k+5 <= len(s); {
		n := strings.Index(s[k:], "9F")
		if n < 0 {
			return false
		}
		k += n
		if k+5 <= len(s) && isUpperHex(s[k+2]) && isUpperHex(s[k+3]) && (s[k+4] == '=' || s[k+4] == ':') && (k == 0 || !isAlnum(s[k-1])) {
			return true
		}
		k += 2
	}
	return false
}

func isUpperHex(c byte) bool { return isDigit(c) || c >= 'A' && c <= 'F' }

// paymentEvidence21 are the keys of a card payment's record beside its
// approval code: the retrieval reference number, the system trace audit
// number, the terminal and EMV application.
var paymentEvidence21 = [...]string{"rrn=", "stan=", "RRN ", "STAN ", "9F26=", "rrn\":", "stan\":"}

// paymentAuthAt21 reports a card network's approval code (ISO 8583 field
// 38: six capitals and digits) at k under the bare key "auth" (nk, the
// normalised key) in a record that shows a card payment's reference
// numbers: a terminal's "auth=EPU0BU" beside "rrn=" and "stan=".
func paymentAuthAt21(s string, k int, nk string) bool {
	if nk != "auth" && nk != "authno" && nk != "authnum" {
		return false
	}
	for k < len(s) && (s[k] == '"' || s[k] == '\'' || s[k] == '\\') {
		k++
	}
	if k+6 > len(s) || k+6 < len(s) && (isAlnum(s[k+6]) || s[k+6] == '_' || s[k+6] == '-') {
		return false
	}
	letter := false
	for p := k; p < k+6; p++ {
		if !isUpper(s[p]) && !isDigit(s[p]) {
			return false
		}
		letter = letter || isUpper(s[p])
	}
	if !letter {
		return false // six digits under "auth" may be a one-time code
	}
	for _, w := range paymentEvidence21 {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// routingKeys21 are the normalised names of the fields of a US bank's
// routing (transit) number: ISO 20022's "RtgNb", "routing_number", "aba".
var routingKeys21 = setOf("rtgnb", "routingnumber", "routingno", "routingnum", "aba", "abanumber", "abarouting",
	"abaroutingnumber", "routingtransitnumber", "rtn", "transitrouting")

// routingElement21 reports an element named as a routing number's field
// whose text is an ABA routing number: nine digits whose weighted sum
// (3, 7, 1) is a multiple of ten.
func routingElement21(name, v string) bool {
	if len(name) > 32 || len(v) != 9 {
		return false
	}
	var buf [32]byte
	if !routingKeys21[string(normKey(buf[:0], name))] {
		return false
	}
	return abaCheck21(v)
}

// abaCheck21 reports nine digits passing the ABA routing number's check.
func abaCheck21(v string) bool {
	if len(v) != 9 {
		return false
	}
	w := [3]int{3, 7, 1}
	sum := 0
	for i := 0; i < 9; i++ {
		if !isDigit(v[i]) {
			return false
		}
		sum += int(v[i]-'0') * w[i%3]
	}
	return sum%10 == 0
}

// cfHostTab21 ends the host cell of every CloudFront access-log row.
const cfHostTab21 = ".cloudfront.net\t"

// dropEdgeRequestIDs21 drops the credentials found in the request-id cells
// of CloudFront log rows.
func (sc *scanner) dropEdgeRequestIDs21() {
	out := sc.spans[:0]
	for _, x := range sc.spans {
		if x.kind == KindCredential && cfRequestIDCell21(sc.s, x.start, x.end) {
			continue
		}
		out = append(out, x)
	}
	sc.spans = out
}

// zplBarcodeData21 returns the end of a ZPL field's data at i ("^FD" just
// before it) when the field is a barcode's (a "^B…" command such as
// "^BCN,100,Y,N,N" since the field's "^FO"): a barcode encodes a parcel's,
// a pallet's or an item's number, never a phone. It returns 0 otherwise.
func zplBarcodeData21(s string, i int) int {
	p := i
	for p > 3 && i-p < 40 && (isAlnum(s[p-1]) && s[p-1] != 'D' || s[p-1] == ' ' || s[p-1] == 'D' && s[p-2] != 'F') {
		p-- // back to the field's "^FD": "^FD4474 6028 6451", the number read from "6028"
	}
	if p < 3 || s[p-1] != 'D' || s[p-2] != 'F' || s[p-3] != '^' {
		return 0
	}
	i = p
	fo := strings.LastIndex(s[max(0, i-200):i-3], "^FO")
	if fo < 0 {
		return 0
	}
	field := s[max(0, i-200)+fo : i-3]
	barcode := false
	for k := strings.IndexByte(field, '^'); k >= 0 && k+2 < len(field); {
		if field[k+1] == 'B' && isUpper(field[k+2]) || field[k+1] == 'B' && isDigit(field[k+2]) {
			barcode = true
			break
		}
		n := strings.IndexByte(field[k+1:], '^')
		if n < 0 {
			break
		}
		k += 1 + n
	}
	if !barcode {
		return 0
	}
	e := strings.Index(s[i:min(len(s), i+64)], "^FS")
	if e <= 0 {
		return 0
	}
	for p := i; p < i+e; p++ {
		if c := s[p]; !isAlnum(c) && c != ' ' && c != '-' && c != '>' && c != ';' && c != ':' {
			return 0 // a barcode's payload: digits, capitals and a subset's switch (">;")
		}
	}
	return i + e
}

// paddedKeyAt21 returns the end of a fixed-width record's first field at
// i: zero-padded digits at the start of a line that run straight into the
// next column's letters, of any script ("0054220928Արամ …", an AS/400
// customer master's number before the name; ASCII letters glue the digits
// into a word already), or into a marker the name became, in a line padded
// into columns. It returns 0 otherwise.
func paddedKeyAt21(s string, i int) int {
	if i > 0 && s[i-1] != '\n' || s[i] != '0' {
		return 0
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i < 6 || e-i > 13 || e >= len(s) {
		return 0
	}
	if s[e] == '[' {
		if !isMarkerAt(s, e) {
			return 0 // (the name redacted on a first pass reads the same)
		}
	} else if r, _ := utf8.DecodeRuneInString(s[e:]); s[e] < 0x80 || !unicode.IsLetter(r) {
		return 0
	}
	le := strings.IndexByte(s[e:], '\n')
	if le < 0 {
		le = len(s)
	} else {
		le += e
	}
	if strings.Count(s[e:le], "   ") < 3 {
		return 0 // not a padded record
	}
	return e
}

// nachaTraceAt21 returns the end of the digits at i when they close an
// ACH entry detail record (a line opening with '6' and a transaction code):
// the addenda indicator and the fifteen-digit trace number. It returns 0
// otherwise.
func nachaTraceAt21(s string, i int) int {
	if i < 60 || s[i-1] != ' ' {
		return 0
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e-i != 15 && e-i != 16 || e < len(s) && s[e] != '\n' && s[e] != '\r' && s[e] != '\\' && s[e] != '"' {
		return 0
	}
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	if ls > 0 && ls < i {
		// (a raw line break; an escaped one, "\n", is read the same way)
	} else if k := strings.LastIndex(s[:i], `\n`); k >= 0 {
		ls = k + 2
	}
	if i-ls < 60 || !entryRecordStart19(s, ls) {
		return 0
	}
	return e
}

// addressOfIDTo21 returns where an address starts after an address phrase
// at k: past "of <id> to " when the phrase names the order first ("change
// the delivery address of ORD-271864 to …"); k otherwise.
func addressOfIDTo21(s string, k int) int {
	if !strings.HasPrefix(s[k:], "of ") && !strings.HasPrefix(s[k:], "for ") {
		return k
	}
	p := k + strings.IndexByte(s[k:], ' ') + 1
	e := p
	digit := false
	for e < len(s) && e-p <= 40 && (isAlnum(s[e]) || s[e] == '-' || s[e] == '_' || s[e] == '#' || s[e] == '/') {
		digit = digit || isDigit(s[e])
		e++
	}
	if !digit || e == p || !strings.HasPrefix(s[e:], " to ") {
		return k
	}
	return e + 4
}

// trackingGroups21 reports a cell of three groups of four digits parted by
// single spaces ("0619 5111 5688"): a carrier's twelve-digit tracking
// number as exports print it, unless it opens as an Indonesian mobile
// (08xx), the one numbering plan written 4-4-4.
func trackingGroups21(v string) bool {
	if len(v) != 14 || v[4] != ' ' || v[9] != ' ' || v[0] == '0' && v[1] == '8' {
		return false
	}
	for i := 0; i < 14; i++ {
		if i != 4 && i != 9 && !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// edifactCountryTail21 returns the end of an address s[st:e] read through
// an EDIFACT NAD segment, before the segment's last element when that is a
// country code ("+IE'"): two capitals, an ISO 3166 code, are no part of
// the street, and the code stays to route the parcel.
func edifactCountryTail21(s string, st, e int) int {
	if e-st < 8 || s[e-3] != '+' || !isUpper(s[e-2]) || !isUpper(s[e-1]) {
		return e
	}
	if e < len(s) && s[e] != '\'' && s[e] != ':' {
		return e
	}
	return e - 3
}

// ssccAt21 returns the end of an SSCC at i: eighteen digits passing the
// GS1 check after the code's name ("SSCC 3…", "sscc=…"), its EDIFACT
// qualifier ("GIN+BJ+…") or its application identifier ("(00)"). A
// pallet's serial code is no card, whatever its digits. It returns 0
// otherwise.
func ssccAt21(s string, i int) int {
	e := i + 18
	if e > len(s) || e < len(s) && isAlnum(s[e]) {
		return 0
	}
	for p := i; p < e; p++ {
		if !isDigit(s[p]) {
			return 0
		}
	}
	b := s[max(0, i-8):i]
	ok := strings.HasSuffix(b, "GIN+BJ+") || strings.HasSuffix(b, "(00)") || strings.HasSuffix(b, "(00) ")
	if !ok {
		w := strings.TrimRight(b, " :=\"'")
		ok = len(w) < len(b) && len(w) >= 4 && strings.EqualFold(w[len(w)-4:], "sscc") &&
			(len(w) == 4 || !isAlnum(w[len(w)-5]) || strings.HasSuffix(w[:len(w)-4], "^FD")) // (a label's field: "^FDSSCC 3…")
	}
	if !ok || !upcValid([]byte(s[i:e])) {
		return 0
	}
	return e
}

// mt940RefAt21 returns the end of the servicing bank's reference at i in a
// SWIFT MT940/942 statement line (":61:…//<reference>"): the bank's own
// id of the entry. It returns 0 otherwise.
func mt940RefAt21(s string, i int) int {
	if i < 6 || s[i-1] != '/' || s[i-2] != '/' {
		return 0
	}
	ls := strings.LastIndexByte(s[:i], '\n') + 1
	if k := strings.LastIndex(s[ls:i], `\n`); k >= 0 {
		ls += k + 2 // an escaped line break
	}
	if !strings.HasPrefix(s[ls:i], ":61:") {
		return 0
	}
	e := i
	for e < len(s) && e-i < 16 && isAlnum(s[e]) {
		e++
	}
	return e
}
