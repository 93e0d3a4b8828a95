package redact

import "strings"

// orderPath reports a field path that names an order's id: its last part
// names an order ("tts_order_id", "orderNumber"), or it is a bare "id"
// of an object that does ("tiktok.data.orders[].id"). Seventeen to
// nineteen digits there are an order id (TikTok Shop's), not a Maestro
// card of that length.
func orderPath(path string) bool {
	dot := strings.LastIndexByte(path, '.')
	seg := strings.ToLower(path[dot+1:])
	if orderWord(seg) {
		return true
	}
	if (seg == "id" || seg == "ids") && dot > 0 {
		parent := path[:dot]
		return orderWord(strings.ToLower(parent[strings.LastIndexByte(parent, '.')+1:]))
	}
	return false
}

// dropPhonesIn removes the phone numbers found inside values known to be
// ids by their column or key (a GTIN, a tracking number under its header):
// the digits are the id. A number written as a phone unmistakably ("+CC",
// "(area)") stays a phone.
func (sc *scanner) dropPhonesIn(ids [][2]int) {
	if len(ids) == 0 {
		return
	}
	s := sc.s
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		if x.kind == KindPhone {
			for _, r := range ids {
				if x.start >= r[0] && x.end <= r[1] && s[r[0]] != '+' && s[r[0]] != '(' {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}
