package redact

import "strings"

// Keys of the twenty-fifth round (hooked from keyByParts).
//
// A marketplace that hides a buyer's number gives the seller a virtual
// one that rings the buyer for the order's life (Coupang's "safeNumber",
// "virtual_number", "proxy_number", "relay_number"): a phone number all
// the same. A SOAP API's "TokenId" (Cdiscount's <Security><TokenId>) is
// the session token itself, not an id.
var relayPhoneHeads25 = []string{"safe", "virtual", "proxy", "relay", "masked", "privacy"}

// keyClass25 returns the class of such a key, or -1.
func keyClass25(k string) int {
	n := len(k)
	if n < 7 || k[n-1] != 'r' && k[n-1] != 'd' && k[n-1] != 'e' {
		return -1 // cheap: "…number", "…phone", "…tokenid" only
	}
	if k == "tokenid" || k == "securitytokenid" {
		return keyCred
	}
	for _, t := range []string{"number", "phone", "phonenumber", "phoneno"} {
		if strings.HasSuffix(k, t) {
			h := k[:n-len(t)]
			for _, p := range relayPhoneHeads25 {
				if strings.HasSuffix(h, p) {
					return keyPhone
				}
			}
		}
	}
	return -1
}

// relayDomain25 reports a marketplace's relay host: a domain with a label
// "relay", "marketplace" or "members" (Walmart's "…@relay.walmart.com",
// Amazon's "…@marketplace.amazon.de", eBay's "…@members.ebay.com"). Mail
// sent there reaches the buyer, so a local part of hex, however like a
// message id, is the buyer's address.
func relayDomain25(d string) bool {
	if len(d) < 9 {
		return false
	}
	for len(d) > 0 {
		l := d
		if p := strings.IndexByte(d, '.'); p >= 0 {
			l, d = d[:p], d[p+1:]
		} else {
			d = ""
		}
		if len(l) >= 5 && (strings.EqualFold(l, "relay") || strings.EqualFold(l, "marketplace") || strings.EqualFold(l, "members")) {
			return true
		}
	}
	return false
}
