package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A shipping label sent to a Zebra printer is ZPL: a format opened by
// "^XA" and closed by "^XZ", one field of text per "^FO…^A…^FD…^FS":
//
//	^XA^CI28^FO40,40^A0N,28,28^FDGiven Family^FS
//	^FO40,80^A0N,28,28^FDStreet 12, 12345 Town^FS
//	^FO40,120^BCN,80,Y,N,N^FD1Z999AA10123456784^FS
//	^FO40,160^A0N,28,28^FDTel: +00 000 000 000^FS^XZ
//
// A label that carries a recipient's phone or address (a field the
// scanner found, a field labelled as a phone, a field that reads as a
// street) is a recipient's label, and its other text fields are read on
// their own, as the lines of an address block are: a field shaped as a
// person's name (a known name's word, initials, "Family, Given", a name
// of a script without case) is the name; a field that reads as a street
// or a CJK address is the address; a number written as phones are, with a
// trunk 0, a '+' or a bracket and groups, is the phone. Barcodes' data
// (^B…), and fields of companies, warehouses, goods, statuses, weights,
// dates and references are no person's and stay.

// mayHoldZPL is zplLabels's cheap test.
func mayHoldZPL(s string) bool {
	return strings.Contains(s, "^FD")
}

// zplLabels reads the labels of the scanner's text.
func (sc *scanner) zplLabels() {
	s := sc.s
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "^XA")
		if i < 0 {
			break
		}
		a := off + i
		e := strings.Index(s[a:], "^XZ")
		if e < 0 {
			e = len(s)
		} else {
			e += a
		}
		out = sc.zplLabel(a, e, out)
		off = e + 1
	}
	sc.mergeSpans(out)
}

// zplField is the data of one text field.
type zplField struct {
	a, b    int
	barcode bool
}

// zplLabel reads the label s[a:e].
func (sc *scanner) zplLabel(a, e int, out []span) []span {
	s := sc.s
	var fields []zplField
	for p := a; p < e; {
		i := strings.Index(s[p:e], "^FD")
		if i < 0 {
			break
		}
		fa := p + i + 3
		j := strings.Index(s[fa:e], "^FS")
		if j < 0 {
			break
		}
		fb := fa + j
		fields = append(fields, zplField{fa, fb, zplBarcodeBefore(s, p+i)})
		p = fb + 3
	}
	return sc.labelFields(a, e, fields, out)
}

// labelFields reads the text fields of the label s[a:e] (a ZPL format, an
// EPL label: phones20_labels.go).
func (sc *scanner) labelFields(a, e int, fields []zplField, out []span) []span {
	s := sc.s
	out = zplNumberSpans(s, fields, out) // cards and resident ids in a field's whole data (zpl19_numbers.go)
	if len(fields) < 2 {
		return out
	}
	evidence := false
	for _, x := range sc.spans {
		if x.start >= a && x.end <= e && labelEvidence31(x.kind) { // (dm31_labels.go)
			evidence = true
			break
		}
	}
	kinds := make([]Kind, len(fields))
	phone, name := false, false
	for k, f := range fields {
		kinds[k] = 255
		if f.barcode || f.b-f.a < 2 {
			continue
		}
		v := s[f.a:f.b]
		if strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
			evidence = true
			continue
		}
		switch {
		case zplPhoneLabelled(v) || partyField31(v): // "SHIP TO: …" (dm31_labels.go)
			evidence = true
		case zplAddress(v):
			kinds[k] = KindAddress
			evidence = true
		case zplPhone(v) || sc.recipientPhone20(fields, k, kinds): // (the field after the recipient's name or address: phones20_labels.go)
			kinds[k] = KindPhone
			phone = true
		case zplName(v) || sc.zplAddressee19(fields, k): // the addressee's line (names19_zpl.go)
			kinds[k] = KindName
			name = true
		}
	}
	// a password, a key or a token in a field (codetext20_zpl.go)
	out = zplSecretSpans20(s, fields, evidence || phone && name, out)
	// a delivery PIN between the addressee and the address (cred21_labels.go)
	out = sc.zplPinSpans21(s, fields, kinds, out)
	if !evidence && !(phone && name) { // a name beside a phone: the recipient
		return out
	}
	for k, f := range fields {
		if kinds[k] == 255 {
			continue
		}
		covered := false
		for _, x := range sc.spans {
			if x.start <= f.a && x.end >= f.b {
				covered = true
				break
			}
		}
		if !covered {
			out = append(out, span{start: f.a, end: f.b, kind: kinds[k]})
		}
	}
	return out
}

// zplPhoneWords label a phone on a label.
var zplPhoneWords = setOf("tel", "tel.", "ph", "ph.", "phone", "mobile", "mob", "mob.", "tél", "tél.", "telefon",
	"telefone", "teléfono", "telefono", "тел", "тел.", "телефон", "電話", "电话", "手机", "전화", "โทร", "هاتف", "טלפון")

// zplPhoneLabelled reports a field that opens with a phone's label.
func zplPhoneLabelled(v string) bool {
	w, _, ok := strings.Cut(v, " ")
	if !ok {
		w, _, ok = strings.Cut(v, ":")
	}
	return ok && zplPhoneWords[strings.ToLower(strings.TrimRight(w, ":："))]
}

// zplPhone reports a field that is a phone number alone, written as
// people write one: a '+', a bracket or a trunk 0 first, 8 to 15 digits
// in two groups or more.
func zplPhone(v string) bool {
	if v[0] != '+' && v[0] != '(' && v[0] != '0' {
		return false
	}
	d, groups, in := 0, 0, false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case isDigit(c):
			d++
			if !in {
				groups++
				in = true
			}
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+':
			in = false
		default:
			return false
		}
	}
	if groups == 3 && d == 8 && strings.Count(v, ".") == 2 {
		return false // "04.11.2026": a date
	}
	if groups == 1 && v[0] == '0' {
		// compact, a trunk 0 and an area or mobile prefix: ten or eleven
		// digits (a UPC-A has twelve, an SSCC eighteen)
		return (d == 10 || d == 11) && v[1] != '0'
	}
	return d >= 8 && d <= 15 && (groups >= 2 || v[0] == '+')
}

// zplAddress reports a field that reads as a street address: by its parts
// and a house number, or a CJK address of divisions and numbers.
func zplAddress(v string) bool {
	if len(v) < 6 || len(v) > 160 || countDigits(v) == 0 || strings.ContainsAny(v, "@=<>{}[]|\\") {
		return false
	}
	if w, rest, ok := strings.Cut(v, " "); ok && len(w) >= 2 && strings.ToUpper(w) == w && countDigits(rest) == len(strings.TrimSpace(rest)) {
		return false // "HTTP 502", "RC 8": a status and its code
	}
	if quantityIn(v) || amountFirst(v) || labelValueLine31(v) { // "UPSTREAM STATUS: HTTP 404" (dm31_labels.go)
		return false
	}
	if labelBlockStreet(v) || cellAddress(v) {
		return true
	}
	return cjkFieldAddress(v)
}

// cjkFieldAddress reports a whole value that is a CJK address: Han, kana
// or Hangul with an administrative division after a name ("東京都新宿区…",
// "北京市朝阳区…") or a Korean road ("…로 201", "…길 12"), and a number.
func cjkFieldAddress(v string) bool {
	cjk := 0
	for _, r := range v {
		if unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r) || unicode.Is(unicode.Katakana, r) || unicode.Is(unicode.Hiragana, r) {
			cjk++
		}
	}
	if cjk < 3 || !strings.ContainsAny(v, "0123456789") {
		return false
	}
	for _, a := range cjkAdmin {
		if p := strings.Index(v, a); p >= 3 && p < 36 {
			return true
		}
	}
	for _, f := range strings.Fields(v) {
		f = strings.TrimRight(f, ",")
		if (strings.HasSuffix(f, "로") || strings.HasSuffix(f, "길")) && utf8.RuneCountInString(f) >= 2 {
			return true
		}
	}
	return false
}

// zplNotNames are words of trade, transport and places that make a
// capitalised run a business's or a site's name ("Wong Brothers
// Packaging", "Magellan Cross-Dock"), besides stopNouns and argNotNames.
var zplNotNames = setOf("bros", "brothers", "import", "export", "packaging", "transport", "freight", "cargo",
	"trading", "distribution", "fulfilment", "fulfillment", "dock", "cross-dock", "depot", "customs", "brokers",
	"broker", "line", "lines", "dc", "forwarding", "courier", "parcel", "parts", "supply", "supplies")

// zplName reports a field that is a person's name: name-shaped words, and
// a word the name lists know, initials ("M. Family"), the order "Family,
// Given", or a script without case; no word of a business or a place.
func zplName(v string) bool {
	ok, caseless := fieldNameShape(v)
	return ok && (caseless || zplNameEvidence(v))
}

// fieldNameShape reports a field shaped as a person's name: a Han or
// Hangul name (caseless), or name-shaped words none of which names a
// business, a place or goods.
func fieldNameShape(v string) (ok, caseless bool) {
	if n14HanOrHangulName(v) {
		return true, true
	}
	if !argName(v) {
		return false, false
	}
	for _, w := range strings.Fields(v) {
		lw := strings.ToLower(strings.TrimRight(w, ".,"))
		if stopNouns[lw] || zplNotNames[lw] || argNotNames[lw] {
			return false, false
		}
	}
	return true, false
}

// zplNameEvidence reports name-shaped words that are a person's: a word
// the name lists know, the order "Family, Given", or an initial.
func zplNameEvidence(v string) bool {
	if nameEvidence15(v) || strings.IndexByte(v, ',') > 0 {
		return true
	}
	w, _, _ := strings.Cut(v, " ")
	return len(w) == 2 && w[1] == '.' && isUpper(w[0]) // "M. Family"
}
