package redact

// "callback at 1732122095", "callback ts 1771957297000": after a phone
// word, "at" (or "ts", "time", "@") and a number that is a Unix time in seconds or milliseconds (2000
// to 2099) say when, not where to call. No numbering plan gives a
// national number of ten digits that begins with 1, and a mobile written
// with its country code "1" has eleven digits.

// epochAfterAt reports digits at i, after "at ", "ts ", "time " or "@ ", that are a Unix
// time of 10 digits (seconds) or 13 (milliseconds) ending the number.
func epochAfterAt(s string, i int) bool {
	if i < 3 || s[i-1] != ' ' {
		return false
	}
	switch wordBefore(s, i-1) {
	case "at", "ts", "time", "timestamp":
	default:
		if s[i-2] != '@' {
			return false
		}
	}
	e := i
	for e < len(s) && isDigit(s[e]) {
		e++
	}
	if e < len(s) && (isWord(s[e]) || s[e] == '.' && e+1 < len(s) && isDigit(s[e+1])) {
		return false
	}
	d := s[i:e]
	switch len(d) {
	case 10:
		return d[0] == '1' && d >= "1000000000"
	case 13:
		return epochLike(d)
	}
	return false
}

// orderWordBefore reports an order's word right before the digits at i
// ("callback order 6956…", "call about pedido 2000…"): the phone word
// before it called about the order, whose number follows.
func orderWordBefore(s string, i int) bool {
	w := wordBefore(s, i-1)
	if len(w) < 5 || len(w) > 12 {
		return false
	}
	var buf [16]byte
	return orderWord(string(lower(buf[:0], w)))
}
