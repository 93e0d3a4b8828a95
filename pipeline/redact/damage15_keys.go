package redact

import "strings"

// Keys that end like a person's key without holding one. Keys are matched
// by their tails with the separators gone, so "model_name" ends in
// "lname" (a last name) and GST's "LglNm" in "nm" (ISO 20022's name); what
// they hold is a product's model, a channel's or hotel's name, a taxpayer
// business's legal or trade name.

// notPersonTail reports a normalised key that a person's tail matched only
// by accident:
//   - a word ending in a vowel and "l" before "name" ("modelname",
//     "channelname", "hotelname", "labelname", "portalname"): not "lname",
//     which follows a consonant or stands alone ("buyerlname", "lname");
//     "realname" and "personalname" stay a person's;
//   - India's GST e-invoice (and e-way bill) party names, "LglNm" and
//     "TrdNm": the legal and trade name of a GST-registered business.
func notPersonTail(k string) bool {
	switch k {
	case "lglnm", "trdnm":
		return true
	}
	n := len(k)
	if n < 7 || !strings.HasSuffix(k, "lname") || strings.HasSuffix(k, "realname") || strings.HasSuffix(k, "personalname") {
		return false
	}
	switch k[n-6] {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// India's addresses, and the GST e-invoice's party objects ("Addr1",
// "Loc", "Pin", "Stcd"), name the postcode "PIN" (Postal Index Number):
// six digits, the first 1 to 8. Under a bare "pin" key beside an
// address's keys it is a postcode, not a secret; a PIN of a card or a
// gift card (4 to 6 digits) stands beside no street or locality.

// postalPinAt reports a value at s[k:] (a quote allowed) that is a
// six-digit Indian PIN code under the key starting at ks, with an address
// key among the 240 bytes before the key.
func postalPinAt(s string, ks, k int) bool {
	if k < len(s) && s[k] == '"' {
		k++
	}
	if k+6 > len(s) || s[k] < '1' || s[k] > '8' || k+6 < len(s) && (isWord(s[k+6]) || s[k+6] == '.') {
		return false
	}
	for i := k + 1; i < k+6; i++ {
		if !isDigit(s[i]) {
			return false
		}
	}
	w := s[max(0, ks-240):ks]
	for _, key := range [...]string{`addr`, `"loc"`, `\"loc\"`, `city`, `district`, `locality`} {
		if indexFold(w, key) >= 0 {
			return !otherPostcode27(w, s[k:k+6]) // (an address with its own postcode: cred27_codes.go)
		}
	}
	return false
}

// Analytics tools log an event with its properties and a person with
// traits: Segment's "track" call carries "properties.name" (the product
// viewed, the page, the plan), Amplitude its "event_properties", Mixpanel
// and RudderStack their "properties"; a person's name goes in "traits"
// or "user_properties". HubSpot's "properties.name" is a company's. So a
// bare "name" under such a parent is a thing's.

// propertiesName reports a field path ending in "properties.name" or
// "event_properties.name" (any case, any separator).
func propertiesName(path string) bool {
	var buf [32]byte
	p := string(nameParent(buf[:0], path, 5, 24))
	return p == "properties" || p == "eventproperties"
}
