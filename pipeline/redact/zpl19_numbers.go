package redact

// A label's field data is glued to its command ("^FD440305…^FS"), so the
// number reader, which wants a number standing on its own, never sees a
// card or a resident id printed on a label: zplNumberSpans reads each
// field's whole data instead. A field that is, all of it, a checksummed
// resident id, or a card number (issuer prefix, length, Luhn; spaces or
// dashes between groups allowed) in a text field, is one. Barcodes carry
// parcels' and goods' numbers, which may pass Luhn with an issuer's
// prefix, so only a resident id is taken from a barcode's data.
func zplNumberSpans(s string, fields []zplField, out []span) []span {
	var buf [24]byte
	for _, f := range fields {
		v := s[f.a:f.b]
		if len(v) < 13 || len(v) > 23 {
			continue
		}
		d := buf[:0]
		ok := true
		for i := 0; i < len(v) && ok; i++ {
			switch c := v[i]; {
			case isDigit(c):
				d = append(d, c)
			case (c == 'X' || c == 'x') && i == len(v)-1:
				d = append(d, 'X')
			case (c == ' ' || c == '-') && i > 0 && isDigit(v[i-1]):
			default:
				ok = false
			}
			if len(d) > 19 {
				ok = false
			}
		}
		if !ok {
			continue
		}
		switch {
		case len(d) == 18 && validCNID(d):
			out = append(out, span{start: f.a, end: f.b, kind: KindCNID})
		case !f.barcode && len(d) >= 13 && d[len(d)-1] != 'X' && validCard(d, len(d) == len(v)) && !tiktokOrderShaped(d):
			out = append(out, span{start: f.a, end: f.b, kind: KindCard})
		}
	}
	return out
}
