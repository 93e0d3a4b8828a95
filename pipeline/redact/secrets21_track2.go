package redact

import "strings"

// EMV track-2 equivalent data (tag 57 of a chip card's records, printed by
// terminals' TLV dumps: "57=4111111111111111D25122011234567890F") is the
// card's magnetic track 2 in hexadecimal: the PAN (up to 19 digits, padded
// with an F to a whole byte), the separator D, the expiry YYMM, the
// service code and discretionary data. The PAN is glued to the separator,
// so the number reader, which wants a card to stand alone, never sees it.
//
// track2Spans21 reads every D that follows 12 to 19 digits (an F
// pad allowed) and precedes a YYMM expiry: when the digits pass the Luhn
// check, the whole track is a card, discretionary data included (PCI DSS
// forbids keeping any of it). A masked PAN ("411111******1111D2512…") has
// no run of digits long enough and stays.

// The Application PAN itself (tag 5A) is written in BCD too: a PAN of odd
// length ends in the pad F ("5A=343105823606390F"). paddedPANSpans21 reads
// 13 to 19 digits standing at a token's start, glued to one F and then
// the token's end, as a card when issuer, length and Luhn agree; a hex id
// or cryptogram has letters among its digits and stays.

// mayHoldTrack21 is track2Spans21's cheap test: a D right after a
// digit (or an F pad) and before four digits, or a digit's F pad that
// ends a token.
func mayHoldTrack21(s string) bool {
	return track2At21(s, 0) >= 0 || padAt21(s, 0) >= 0
}

// padAt21 returns the next F at or after from that follows a digit and
// ends a token, or -1.
func padAt21(s string, from int) int {
	for p := from; p < len(s); {
		i := strings.IndexByte(s[p:], 'F')
		if i < 0 {
			return -1
		}
		i += p
		if i >= 13 && isDigit(s[i-1]) && (i+1 == len(s) || !isAlnum(s[i+1])) {
			return i
		}
		p = i + 1
	}
	return -1
}

// paddedPANSpans21 returns the F-padded PANs of s (see above).
func paddedPANSpans21(s string) []span {
	var out []span
	for p := 0; ; {
		i := padAt21(s, p)
		if i < 0 {
			return out
		}
		p = i + 1
		a := i
		for a > 0 && isDigit(s[a-1]) && i-a <= 19 {
			a--
		}
		if i-a < 13 || i-a > 19 || a > 0 && (isAlnum(s[a-1]) || s[a-1] == '.' || s[a-1] == '-') || !validCard(s[a:i], true) {
			continue
		}
		out = append(out, span{start: a, end: i + 1, kind: KindCard})
	}
}

// track2At21 returns the next separator at or after from that sits
// between a digit (or F) and four digits, or -1.
func track2At21(s string, from int) int {
	for p := from; p < len(s); {
		i := strings.IndexByte(s[p:], 'D')
		if i < 0 {
			return -1
		}
		i += p
		if i >= 13 && i+4 < len(s) && (isDigit(s[i-1]) || s[i-1] == 'F' || s[i-1] == 'f') &&
			isDigit(s[i+1]) && isDigit(s[i+2]) && isDigit(s[i+3]) && isDigit(s[i+4]) {
			return i
		}
		p = i + 1
	}
	return -1
}

// track2Spans21 returns the track-2 data of s whose PAN is a card's, and
// its F-padded PANs.
func track2Spans21(s string) []span {
	out := paddedPANSpans21(s)
	for p := 0; ; {
		i := track2At21(s, p)
		if i < 0 {
			return out
		}
		p = i + 1
		pe := i
		if s[pe-1] == 'F' || s[pe-1] == 'f' {
			pe-- // the pad of an odd-length PAN
		}
		a := pe
		for a > 0 && isDigit(s[a-1]) && pe-a <= 19 {
			a--
		}
		if pe-a < 12 || pe-a > 19 || a > 0 && (isAlnum(s[a-1]) && !(a >= 2 && s[a-1] == 'B' && s[a-2] == '%')) {
			continue // not a PAN's length, or the tail of a longer token
		}
		if mm := int(s[i+3]-'0')*10 + int(s[i+4]-'0'); mm < 1 || mm > 12 || !luhn(s[a:pe]) {
			continue // no YYMM expiry, no card number
		}
		e := i + 5
		for e < len(s) && e-i <= 48 && (isDigit(s[e]) || s[e] >= 'A' && s[e] <= 'F' || s[e] >= 'a' && s[e] <= 'f') {
			e++
		}
		if e < len(s) && isAlnum(s[e]) {
			e = i + 5 // runs into a word: only what is sure to be the track's
			for e < len(s) && isDigit(s[e]) && e-i <= 40 {
				e++
			}
		}
		out = append(out, span{start: a, end: e, kind: KindCard})
		p = e
	}
}
