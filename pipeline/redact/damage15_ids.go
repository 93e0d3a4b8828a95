package redact

import "strings"

// Ids that share a key with a secret. A key names what a value is only
// as far as its shape agrees: "cid" is American Express's four-digit card
// identification number, but also Google Analytics' client id
// (`cid=1234567890.1712345678`), a mail part's Content-ID and many a
// customer or conversation id; "session" is a cookie's secret, but under
// a flow's field (`kyc.session`, `checkout.session`) it is the id a
// verification or checkout vendor gives that flow, a UUID, which support
// staff search the logs by.

// cidNotCode reports a value under a "cid" key (the last part of key)
// that is not shaped like a card security code (3 or 4 digits): an
// analytics client id, a Content-ID, a customer id. Such a value is read
// by the detectors instead, so a card number there is still found.
func cidNotCode(key, v string) bool {
	if !strings.EqualFold(key[strings.LastIndexAny(key, "._-")+1:], "cid") {
		return false
	}
	return !securityCodeShape(v)
}

// securityCodeShape reports 3 or 4 ASCII digits, optionally quoted.
func securityCodeShape(v string) bool {
	v = strings.Trim(v, `"' `)
	if len(v) < 3 || len(v) > 4 {
		return false
	}
	for i := 0; i < len(v); i++ {
		if !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// cidValueAt is cidNotCode for a value in text at s[k:], where the value
// ends at the first byte that cannot be part of a code or an id.
func cidValueAt(key, s string, k int) bool {
	e := k
	for e < len(s) && e-k < 64 && (isWord(s[e]) || s[e] == '.' || s[e] == '-' || s[e] == ':' || s[e] == '@') {
		e++
	}
	return e > k && cidNotCode(key, s[k:e])
}

// flowSession reports a canonical UUID under a dotted key whose last part
// is "session" (`kyc.session`, `checkout.session`): a flow's id. A bare
// "session" key, as a cookie names its secret, and a parent that names a
// cookie or a header stay credentials.
func flowSession(key, v string) bool {
	d := strings.LastIndexByte(key, '.')
	if d <= 0 || !strings.EqualFold(key[d+1:], "session") || !canonicalUUID(strings.Trim(v, `"`)) {
		return false
	}
	parent := strings.ToLower(key[:d])
	parent = parent[strings.LastIndexByte(parent, '.')+1:]
	return !strings.Contains(parent, "cookie") && !strings.Contains(parent, "header") && !strings.Contains(parent, "auth")
}

// canonicalUUID reports the 8-4-4-4-12 hex form, either case.
func canonicalUUID(v string) bool {
	if len(v) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		switch i {
		case 8, 13, 18, 23:
			if v[i] != '-' {
				return false
			}
		default:
			if !isHex(v[i]) {
				return false
			}
		}
	}
	return true
}

// flowSessionAt is flowSession for a value in text at s[k:] (a quote
// allowed before it).
func flowSessionAt(key, s string, k int) bool {
	if k < len(s) && s[k] == '"' {
		k++
	}
	return k+36 <= len(s) && (k+36 == len(s) || !isWord(s[k+36]) && s[k+36] != '-') && flowSession(key, s[k:k+36])
}

// ebayOrder15 reports eBay's order number, "12-34567-89012": two, five and
// five digits joined by dashes, which a row of a payout or a statement
// holds beside the buyer's name and IBAN. India writes a mobile with its
// country code the same way ("91-98765-43210"): 91 and a mobile's first
// digit, 6 to 9, stay a phone.
func ebayOrder15(v string) bool {
	if len(v) != 14 || v[2] != '-' || v[8] != '-' {
		return false
	}
	for i := 0; i < 14; i++ {
		if i != 2 && i != 8 && !isDigit(v[i]) {
			return false
		}
	}
	return !(v[0] == '9' && v[1] == '1' && v[3] >= '6')
}
