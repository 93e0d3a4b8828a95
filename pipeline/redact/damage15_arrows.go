package redact

// An arrow also routes a thing to a place, not only an old value to a new
// one: a push template's "Hi Jane Roe, 260621J7SCPYLE → 470 Sycamore Lane,
// …" sends an order to an address, a tracking line "1Z999AA10123456784 →
// 12 Rue de Rivoli, Paris" a parcel. A person's name or an address is
// written in words; one token of letters and digits on the other side is
// the order's, parcel's or item's id and stays.

// arrowIDSide reports a value v across an arrow from a name or an address
// that is a single id-shaped token: ASCII letters and digits (dashes and
// underscores allowed) with at least two digits and a letter. Digits alone
// are left to the arrow's reader (an old postcode, a house number).
func arrowIDSide(v string, k Kind) bool {
	if k != KindName && k != KindAddress || len(v) < 6 || len(v) > 40 {
		return false
	}
	digits, letters := 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digits++
		case c|0x20 >= 'a' && c|0x20 <= 'z':
			letters++
		case c == '-' || c == '_':
		default:
			return false
		}
	}
	return digits >= 2 && letters >= 1
}
