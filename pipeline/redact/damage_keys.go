package redact

import "strings"

// A messaging record's key is the id of the entity the record is about,
// and marketplaces write their order numbers in capitals and digits:
// Shopee's order SN (the date, then eight letters and digits:
// "2605106QKZ4B1M"), Flipkart's "OD…", Noon's "NAE…". Under a record's key
// (`kafka.key`, `ConsumerRecord(key = …)`) such a value is an id, not a
// secret: secrets mix cases, or are long, or wear a vendor's prefix.

// orderCodeShaped reports an upper-case order code: 8 to 24 capitals and
// digits (dashes allowed between them) with a run of four digits or more
// at its start, or digits for two thirds of it; not an AWS access key id.
func orderCodeShaped(v string) bool {
	if len(v) < 8 || len(v) > 24 || strings.HasPrefix(v, "AKIA") || strings.HasPrefix(v, "ASIA") {
		return false
	}
	digits, letters, lead := 0, 0, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			digits++
			if letters == 0 && digits == i+1 {
				lead++
			}
		case c >= 'A' && c <= 'Z':
			letters++
		case c == '-' && i > 0 && i < len(v)-1 && v[i-1] != '-':
		default:
			return false
		}
	}
	return letters > 0 && (lead >= 4 || 3*digits >= 2*(digits+letters))
}

// tiktokOrderShaped reports nineteen digits in one piece that begin with
// 56 to 58: TikTok Shop's order ids ("5760…", as often Luhn-valid as not),
// which fall in the old Maestro range. Maestro cards are issued in 50, 58
// and 6 (5018, 5020, 5038, 5893, 6304, 6759, 676x), of 12 to 19 digits and
// rarely of nineteen; a nineteen-digit card there is read as one only
// after a card's key or word, or written in groups.
func tiktokOrderShaped[T string | []byte](d T) bool {
	return len(d) == 19 && d[0] == '5' && d[1] >= '6' && d[1] <= '7'
}

// orderCodeRefAt reports an order code at the start of d, after " #": the
// capitals and digits of a marketplace's order number ("#220319P9GEWTA6",
// "#OD4312…"), ending at a non-alphanumeric byte. An address's unit
// ("#16-019", "#92E40") is shorter or shaped otherwise.
func orderCodeRefAt(d string) bool {
	e := 0
	for e < len(d) && e <= 24 && (isDigit(d[e]) || d[e] >= 'A' && d[e] <= 'Z') {
		e++
	}
	return e >= 10 && (e == len(d) || !isAlnum(d[e])) && orderCodeShaped(d[:e])
}
