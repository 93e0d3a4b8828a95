package redact

// Rows of an export hold one phone per buyer. In a header-less row whose
// phone is already found, another cell of nine to twelve digits in one
// piece that no trunk prefix or country code marks as a phone is the
// row's reference, a parcel's tracking number or an id
// ("930-…|Jane Roe|+31 6 …|…|5191083509"); under a header, a column named
// for a reference or a parcel is not read by its shape.

func init() {
	plainWords = append(plainWords, "ref", "reference", "awb", "barcode", "parcel", "consignment")
}

// rowPhoneCell reports a cell that already holds a phone (redacted on an
// earlier pass, or found by a key or shape in this one).
func rowPhoneCell(s string, a, b int, have []span) bool {
	if b-a >= len("[REDACTED:phone]") && containsFold(s[a:b], "[REDACTED:phone]") {
		return true
	}
	for _, x := range have {
		if x.kind == KindPhone && x.start < b && x.end > a {
			return true
		}
	}
	return false
}

// compactIDCell reports digits in one piece, 9 to 12 of them, not led by
// a trunk 0, a '+' or a bracket, and no mobile with its country code, or a
// UPC-A barcode: in a row that holds its phone already, a reference or a
// product's code rather than a second phone.
func compactIDCell(v string) bool {
	if len(v) < 9 || len(v) > 12 {
		return false
	}
	if v[0] == '0' {
		return len(v) == 12 && countDigits(v) == 12 && upcValid([]byte(v)) // a UPC-A barcode ("0878…")
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return !intlMobile([]byte(v))
}

func containsFold(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i] == sub[0] && s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}
