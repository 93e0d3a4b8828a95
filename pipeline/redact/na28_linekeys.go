package redact

import "strings"

// Street lines under keys that say "line" by their place, not "address":
// Etsy's `first_line`/`second_line`, `line_one`, a carrier's short `add`
// (Delhivery's shipment `"add"`, with `add2`). Alone such a key may hold a
// file's first line or a flag, so it reads as an address only when its
// object also holds a city or a postal code (`"city"`, `"zip"`, `"pin"`,
// `"postal_code"`, `"cep"`…): then it is one line of a postal address.

// lineKey28 reports a normalised key that is a street line by its place.
func lineKey28(nk []byte) bool {
	n := len(nk)
	if n > 3 && isDigit(nk[n-1]) {
		n-- // "add2", "first_line_1"
	}
	switch string(nk[:n]) {
	case "firstline", "secondline", "thirdline", "lineone", "linetwo", "linethree", "add", "addline":
		return true
	}
	return false
}

// postalSiblingWords are the keys of a city or a postal code, as they end
// a quoted key or stand before '=' in the object around a line key.
var postalSiblingWords = []string{"city\"", "zip\"", "zipcode\"", "postcode\"", "postalcode\"", "postal_code\"", "pin\"",
	"pincode\"", "cep\"", "plz\"", "town\"", "city=", "zip=", "postcode=", "postal_code=", "pin="}

// postalSibling28 reports a city's or a postal code's key in the object
// around the key at ks (the braces around it, at most 600 bytes each way).
func postalSibling28(s string, ks int) bool {
	lo := max(0, ks-600)
	if b := strings.LastIndexByte(s[lo:ks], '{'); b >= 0 {
		lo += b
	}
	hi := min(len(s), ks+600)
	if b := strings.IndexByte(s[ks:hi], '}'); b >= 0 {
		hi = ks + b
	}
	w := s[lo:hi]
	for _, p := range postalSiblingWords {
		if strings.Contains(w, p) {
			return true
		}
	}
	lw := strings.ToLower(w) // "City", "postalCode"
	for _, p := range postalSiblingWords[:10] {
		if strings.Contains(lw, p) {
			return true
		}
	}
	return false
}

// addressTails28 end more keys of a street: Brazil's "logradouro" (the
// street's type and name in Correios', ViaCEP's and marketplaces' address
// objects) and its unaccented plural.
var addressTails28 = []string{"logradouro", "logradouros"}

// phoneTails28 end keys of a mobile number abbreviated as Indian and
// British forms write it ("mob=…", "mob_no", "cust_mob").
var phoneTails28 = []string{"mob", "mobno", "mobnum"}
