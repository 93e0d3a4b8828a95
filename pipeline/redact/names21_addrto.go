package redact

import "strings"

// The new address of an order after "to". Assistants, support macros and
// order services confirm a change with the order between the address word
// and its new value: "I have changed the delivery address of order
// 271-3202155-3815648 to Vytauto pr. 25, LT-60693 Alytus.", "updated the
// shipping address for order #1041 to …". The phrase readers know
// "address changed to …", where "to" follows the address word; here the
// order's reference stands between. After "address of", "for" or "on" an
// order, a parcel or a shipment, its reference (one token) and "to", what
// follows is read as a delivery request's address is (dest14End,
// dest14Reads): it begins as a place's name does and holds a house number.

// addrOrderHeads21 are the phrases up to the order's reference, lower case.
var addrOrderHeads21 = []string{"address of order ", "address for order ", "address on order ", "address of your order ",
	"address of the order ", "address for your order ", "address of parcel ", "address of shipment ",
	"address for parcel ", "address for shipment ", "address of your parcel ", "address of your shipment "}

// mayHoldAddrTo21 is the cheap test before addrToSpans21 (tp: the text's
// pairs).
func mayHoldAddrTo21(tp *textPairs) bool {
	return tp.contains("ddress ") && tp.contains(" to ")
}

// addrToSpans21 returns the new addresses after an order's reference and
// "to" in s, where no reader has taken them (have).
func addrToSpans21(s string, have []span) []span {
	var out []span
	for off := 0; off < len(s); {
		i := strings.Index(s[off:], "ddress ")
		if i < 0 {
			break
		}
		p := off + i - 1
		off = p + 8
		if p < 0 || s[p]|0x20 != 'a' {
			continue
		}
		k := -1
		for _, h := range addrOrderHeads21 {
			if len(s)-p >= len(h) && strings.EqualFold(s[p+1:p+len(h)], h[1:]) {
				k = p + len(h)
				break
			}
		}
		if k < 0 {
			continue
		}
		r := strings.IndexByte(s[k:min(len(s), k+48)], ' ') // the reference: one token
		if r <= 0 || !strings.HasPrefix(s[k+r:], " to ") {
			continue
		}
		a := k + r + 4
		if e := dest14End(s, a, 0); e > a && dest14Reads(s[a:e]) && !hasMarker(s[a:e]) {
			if end, ok := sendToFree21(have, a, e); ok {
				out = append(out, span{start: a, end: end, kind: KindAddress})
				off = end
			}
		}
	}
	return out
}
