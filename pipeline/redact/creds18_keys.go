package redact

import "strings"

// A PIN is logged under a key that names what it unlocks — a wallet, a
// card, an ATM, a gift card, a user's login, a UPI app ("wallet_pin",
// "card_pin", "atmPin", "mpin", "upi_pin") — or as "pin_code"/"PinCode".
// These keys hold the PIN, a secret of four to eight digits. India's
// addresses call the postcode a "PIN code" too: a six-digit value that
// starts with 1 to 8 under "pin_code" stays when an address stands beside
// it (postalPinAt) or the key is an address's part ("shipping.pincode").

// pinOwners are the words before "pin" that name what the PIN unlocks.
var pinOwners = []string{"wallet", "card", "cards", "atm", "giftcard", "gift", "debitcard", "debit", "creditcard", "account",
	"user", "login", "security", "secure", "app", "upi", "m", "transaction", "txn", "payment", "member", "loyalty",
	"voucher", "sim", "device", "phone", "parental", "access", "customer", "buyer"}

// pinKey18 reports a normalised key (lower case, no separators) that holds
// a PIN: "pincode", or "pin" after a word of pinOwners.
func pinKey18(k string) bool {
	if k == "pincode" || k == "pinnumber" || k == "pinno" || k == "xpincode" { // ("X-Pin-Code", a header)
		return true
	}
	if !strings.HasSuffix(k, "pin") || len(k) < 4 {
		return false
	}
	owner := k[:len(k)-3]
	for _, w := range pinOwners {
		if owner == w || len(owner) > len(w) && strings.HasSuffix(owner, w) && (w != "m" && w != "sim" && w != "app") {
			return true
		}
	}
	return false
}

// postalPinField reports a six-digit Indian PIN code under a "pin_code" or
// "pin" key that is an address's part ("shipping_address.pincode",
// "billing.pin") or a flat record's field, where an address's fields stand
// beside it.
func postalPinField(path, v string) bool {
	if len(v) != 6 || v[0] < '1' || v[0] > '8' || countDigits(v) != 6 {
		return false
	}
	low := strings.ToLower(path)
	d := strings.LastIndexByte(low, '.')
	var buf [32]byte
	if k := string(normKey(buf[:0], low[d+1:])); k != "pincode" && k != "pin" {
		return false
	}
	if d < 0 {
		return true // a flat record's "pincode", as an address's fields are written beside it
	}
	parent := low[:d]
	for _, w := range []string{"addr", "shipping", "billing", "delivery", "ship_to", "shipto", "location", "pickup"} {
		if strings.Contains(parent, w) {
			return true
		}
	}
	return false
}
