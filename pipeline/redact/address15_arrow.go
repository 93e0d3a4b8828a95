package redact

import "strings"

// A rendered shipping notice points from the parcel's reference to where
// it goes: `Hola Ana, 260628NV6GDMDB → Privada Fake 123 Int. 33, Col.
// Condesa, … (MXN 812.89)`, `1Z999AA10123456784 -> No. 360, Persiaran
// Fakey, 80987 Johor Bahru`, `shipment 77812 ⇒ 183612, Москва, ул. Фейкова,
// д. 313`. The text after the arrow, up to a bracket, a quote or the line's
// end, is the address when it reads as one by its parts. Arrows between two
// values of a field are arrows.go's; a status or a route after a reference
// ("→ shipped", "→ Hub 4") does not read as an address.

// refArrows are the arrows templates write between a reference and a place.
var refArrows = []string{"->", "=>", "→"}

// mayHoldRefArrow is the cheap test: "→", or "->"/"=>" when the scanner saw
// a '>' (templates write these; "⇒" and "⟶" are arrows.go's).
func mayHoldRefArrow(s string, sig uint32) bool {
	return sig&sigHigh != 0 && strings.Contains(s, "→") || sig&sigGT != 0 && (strings.Contains(s, "->") || strings.Contains(s, "=>"))
}

// refArrowSpans returns the addresses after arrows that follow a reference.
func refArrowSpans(s string) []span {
	var out []span
	for _, ar := range refArrows {
		for p := 0; p < len(s); {
			i := strings.Index(s[p:], ar)
			if i < 0 {
				break
			}
			i += p
			p = i + len(ar)
			if !refTokenBefore(s, i) {
				continue
			}
			a, b := arrowAddressAt(s, p)
			if b > a {
				out = append(out, span{start: a, end: b, kind: KindAddress})
			}
		}
	}
	return sortSpans(out)
}

// refTokenBefore reports a reference right before the arrow at i: one
// token of six bytes or more that holds a digit and no space ("260628NV6G",
// "1Z999AA1…", "#100234").
func refTokenBefore(s string, i int) bool {
	e := i
	for e > 0 && s[e-1] == ' ' {
		e--
	}
	a := e
	for a > 0 && (isAlnum(s[a-1]) || s[a-1] == '-' || s[a-1] == '#' || s[a-1] == '_') {
		a--
	}
	if e-a < 6 || countDigits(s[a:e]) == 0 || keyCounterToken27(s[a:e]) { // "AddressLine1 =>": a key (dmg27_ids.go)
		return false
	}
	return a == 0 || strings.IndexByte(" ,:=(\t", s[a-1]) >= 0
}

// arrowAddressAt reads the value after an arrow ending at p: up to a
// bracket, a quote, an escape, a line's end, ';' or '|', within 200 bytes,
// and returns it when it reads as an address.
func arrowAddressAt(s string, p int) (int, int) {
	for p < len(s) && s[p] == ' ' {
		p++
	}
	e := p
	for e < len(s) && e-p < 200 && strings.IndexByte("()\"\\\n;|[]{}", s[e]) < 0 {
		e++
	}
	for e > p && strings.IndexByte(" ,.", s[e-1]) >= 0 {
		e--
	}
	v := s[p:e]
	if e-p < 8 || strings.Contains(v, "://") {
		return 0, 0
	}
	if addressByParts(v) || recipientAddress(v) || labelBlockStreet(v) {
		return p, e
	}
	return 0, 0
}
