package redact

import (
	"bytes"
	"strings"
)

// A shipping label's or an order's sending party is most often the shop
// itself, a marketplace's warehouse or a carrier: `"sender":{"name":
// "Ninja Van","postCode":"…"}`, `"shipper":{"name":"Correios"}`,
// `"merchant":{"name":"…","id":…}`. Its bare "name" is then a business's,
// though it reads like a person's (one or two capitalised words). A
// private seller (C2C marketplaces) or a person under "from" comes with a
// phone, an e-mail or a street of their own in the same object, and their
// name is still read as a person's.

// businessParties are the keys of the objects of a sending or selling
// party, lower case without separators.
var businessParties = setOf("sender", "shipper", "shipfrom", "origin", "merchant", "seller", "store", "shop",
	"vendor", "supplier", "warehouse", "carrier", "courier", "from", "consignor", "remitente", "expediteur",
	"expéditeur", "absender", "mittente", "remetente", "nadawca", "gonderici", "gönderici", "pengirim", "寄件人",
	"发件人", "差出人", "보내는사람", "ผู้ส่ง", "отправитель")

// businessParent reports a bare "name" whose key starts at ks in an object
// of a sending or selling party that holds no phone, e-mail or street.
func businessParent(s string, ks int) bool {
	p := enclosingKey(s, ks)
	if p == "" {
		return false
	}
	var buf [64]byte
	if !businessParties[string(lowerHigh(normKey(buf[:0], p)))] {
		return false
	}
	ob, oe := objectAround(s, ks)
	if ob < 0 {
		return false
	}
	return !personalMembers(s[ob:oe])
}

// objectAround returns the bounds of the innermost JSON object around ks
// (its braces included), looking at most 400 bytes each way; -1 when it
// is not closed there.
func objectAround(s string, ks int) (int, int) {
	ob, depth := -1, 0
	for i := ks - 1; i >= 0 && ks-i < 400; i-- {
		switch s[i] {
		case '}', ']':
			depth++
		case '{', '[':
			if depth == 0 {
				if s[i] == '[' {
					return -1, -1
				}
				ob = i
			}
			depth--
		}
		if ob >= 0 {
			break
		}
	}
	if ob < 0 {
		return -1, -1
	}
	depth = 0
	for i := ks; i < len(s) && i-ks < 400; i++ {
		switch s[i] {
		case '{', '[':
			depth++
		case '}', ']':
			if depth == 0 {
				return ob, i + 1
			}
			depth--
		}
	}
	return -1, -1
}

// personalMembers reports an object (its text, escaped quotes allowed)
// with a member whose key holds a phone, an e-mail or an address, or a
// value with an '@'.
func personalMembers(obj string) bool {
	if strings.IndexByte(obj, '@') >= 0 {
		return true
	}
	for i := 0; i < len(obj); {
		q := strings.IndexByte(obj[i:], '"')
		if q < 0 {
			return false
		}
		st := i + q + 1
		e := strings.IndexByte(obj[st:], '"')
		if e < 0 {
			return false
		}
		k := obj[st : st+e]
		k = strings.TrimSuffix(k, `\`)
		after := st + e + 1
		for after < len(obj) && (obj[after] == ' ' || obj[after] == '\\') {
			after++
		}
		if after < len(obj) && obj[after] == ':' && len(k) <= 64 {
			var buf [64]byte
			nk := normKey(buf[:0], k)
			switch keyClass(nk) {
			case keyPhone, keyAddress:
				return true
			}
			if bytes.Contains(nk, []byte("mail")) || bytes.Contains(nk, []byte("phone")) || bytes.Contains(nk, []byte("street")) {
				return true
			}
			if partyRoleKeys[string(nk)] && personRoleValue(obj[after+1:]) {
				return true // a messaging API's sender: {"role":"buyer","name":…}
			}
		}
		i = after
	}
	return false
}

// partyRoleKeys name a party's role or type inside its object.
var partyRoleKeys = setOf("role", "type", "kind", "usertype", "sendertype", "fromtype", "party", "partytype")

// personRoles are the values of partyRoleKeys that make the party a person.
var personRoles = setOf("buyer", "customer", "user", "member", "guest", "client", "shopper", "consumer", "recipient",
	"individual", "person", "private", "comprador", "cliente", "acheteur", "kunde", "klant", "pembeli", "pelanggan",
	"người mua", "khách hàng", "买家", "顾客", "客户", "購入者", "구매자", "고객", "ผู้ซื้อ", "ลูกค้า", "покупатель", "клиент")

// personRoleValue reports a JSON string value at the start of v (after
// spaces and escapes) that names a person's role.
func personRoleValue(v string) bool {
	i := 0
	for i < len(v) && (v[i] == ' ' || v[i] == '\\') {
		i++
	}
	if i >= len(v) || v[i] != '"' {
		return false
	}
	i++
	e := strings.IndexByte(v[i:min(len(v), i+32)], '"')
	if e < 0 {
		return false
	}
	w := strings.TrimSuffix(v[i:i+e], `\`)
	var buf [32]byte
	return len(w) <= len(buf) && personRoles[string(lowerHigh(lower(buf[:0], w)))]
}

// thingLabelBefore reports a bare "name" key at ks that ends a label of two
// words naming a thing ("product name: Galaxy A55", "carrier name: Ninja
// Van", "item name: …", "store name: …"): the word before it is a column
// name of goods, sellers, carriers or places (plainColumn), not a person's
// role ("customer name", "full name", "your name").
func thingLabelBefore(s string, ks int) bool {
	if ks < 3 || s[ks-1] != ' ' {
		return false
	}
	e := ks - 1
	b := e
	for b > 0 && isAlpha(s[b-1]) {
		b--
	}
	if e-b < 3 || e-b > 16 || b > 0 && (isWord(s[b-1]) || s[b-1] == '-') {
		return false
	}
	if participleBefore18(s[b:e]) {
		return false // "record updated name=…": a verb, not a thing (names18_fields.go)
	}
	return plainColumn(s[b:e])
}
