package redact

// Digits spoken one by one. A speech-to-text transcript (an IVR, a call
// center's recording, a voice bot) writes a number the caller read aloud
// as single digits, or digits in small groups, between spaces; the
// readers of numbers see only short numbers there:
//
//	CUSTOMER: 4 5 3 2 9 1 5 7 0 3 4 4 8 1 2 6
//	CUSTOMER: + 4 4 7 9 1 1 1 2 3 4 5 6
//	CUSTOMER: 1 1 0 1 0 5 1 9 9 0 0 3 0 7 7 7 5 x
//
// A run of eight or more such groups (most of them single digits, each of
// one or two) is joined and read by what the joined digits are: a card
// when they pass Luhn with an issuer's prefix and length (validCard), a
// Chinese resident id when they pass its region, date and check
// (validCNID, the check 'x' said as the last group), a phone when a '+'
// was said before them (8 to 15 digits) or when they are a mobile written
// with its country code (intlMobile). A run that is none of those stays:
// a product's rating list ("5 4 5 3 4 5 5 4"), a version's parts, a
// score, digits that fail their check.

// mayHoldSpokenDigits is the cheap test: four single digits, each after a
// space, somewhere in s.
func mayHoldSpokenDigits(s string) bool {
	for p := 0; p+6 < len(s); {
		i := indexByteFrom(s, p, ' ') // damage14_ids.go
		if i < 0 || i+6 >= len(s) {
			return false
		}
		if i > 0 && isDigit(s[i-1]) && isDigit(s[i+1]) && s[i+2] == ' ' && isDigit(s[i+3]) && s[i+4] == ' ' && isDigit(s[i+5]) {
			return true
		}
		p = i + 1
	}
	return false
}

// spokenDigitSpans returns the cards, resident ids and phones spoken digit
// by digit in s.
func spokenDigitSpans(s string) []span {
	var out []span
	var db [24]byte
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) || i > 0 && (isWordByte(s[i-1]) || s[i-1] == '.' || s[i-1] == '-' || s[i-1] == '/') {
			continue
		}
		// a '+' said before the digits: "+ 4 4 …", "+4 4 …"
		start, plus := i, false
		if i >= 1 && s[i-1] == '+' {
			start, plus = i-1, true
		} else if i >= 2 && s[i-1] == ' ' && s[i-2] == '+' && (i == 2 || !isWordByte(s[i-3])) {
			start, plus = i-2, true
		}
		d := db[:0]
		groups, singles, p, end := 0, 0, i, i
		for {
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q-p > 2 || len(d)+q-p > len(db) {
				break
			}
			d = append(d, s[p:q]...)
			groups++
			if q-p == 1 {
				singles++
			}
			end = q
			if q+1 < len(s) && s[q] == ' ' && isDigit(s[q+1]) {
				p = q + 1
				continue
			}
			break
		}
		if groups < 8 || singles*3 < groups*2 {
			i = end
			continue
		}
		if end < len(s) && (isWordByte(s[end]) || s[end] == '.' && end+1 < len(s) && isDigit(s[end+1])) {
			i = end // the digits go on into a word or a decimal
			continue
		}
		kind, ok := Kind(0), false
		switch {
		case len(d) == 17 && end+1 < len(s) && s[end] == ' ' && s[end+1]|0x20 == 'x' && (end+2 == len(s) || !isWordByte(s[end+2])):
			if x := append(d, 'X'); validCNID(x) {
				kind, ok, end = KindCNID, true, end+2
			}
		case len(d) == 18 && validCNID(d):
			kind, ok = KindCNID, true
		case !plus && len(d) >= 14 && validCard(d, false):
			kind, ok = KindCard, true
		case plus && len(d) >= 8 && len(d) <= 15, !plus && intlMobile(d):
			kind, ok = KindPhone, true
		}
		if ok {
			out = append(out, span{start: start, end: end, kind: kind})
		}
		i = end
	}
	return out
}
