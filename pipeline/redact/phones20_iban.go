package redact

import "strings"

// IBANs a digit longer or shorter than their country's. A payout file, a
// refund export or a buyer's message may hold an IBAN whose length is not
// the registry's (a system that pads the account number, a national
// format copied in whole): the check digits still make it one. ibanNamed
// (word.go) takes such an IBAN after an "iban" word; without the word it
// is taken here when it is unmistakable: a country's code and check
// digits followed by digits only (compact or in groups of four), within
// two characters of the country's length, passing mod 97, on a line of a
// record that holds other PII (a span found or a marker). Ids that start
// with a country's code (VAT ids, EORI numbers) are shorter, or hold
// letters after the code, or fail mod 97.

// ibanOffLength20Spans returns those IBANs in s; have are the spans found
// so far.
func ibanOffLength20Spans(s string, have []span) []span {
	var out []span
	for i := 0; i+15 <= len(s); i++ {
		if !isUpper(s[i]) || !isUpper(s[i+1]) || !isDigit(s[i+2]) || !isDigit(s[i+3]) || i > 0 && isAlnum(s[i-1]) {
			continue
		}
		want, ok := ibanLen[s[i:i+2]]
		if !ok {
			continue
		}
		if e := gluedIBAN20(s, i, want); e > 0 {
			if !overlapsAny(have, i, e) && linePII20(s, i, e, have) {
				out = append(out, span{start: i, end: e, kind: KindIBAN})
			}
			i = e - 1
			continue
		}
		var buf [36]byte
		copy(buf[:4], s[i:i+4])
		nb, k, group := 4, i+4, 0
		for k < len(s) && nb < len(buf) {
			c := s[k]
			switch {
			case isDigit(c):
				buf[nb] = c
				nb++
				group++
				k++
				continue
			case c == ' ' && k+1 < len(s) && isDigit(s[k+1]) && (group == 4 || k == i+4):
				group = 0
				k++
				continue
			}
			break
		}
		if nb == want || nb < want-2 || nb > want+2 || nb < 15 || nb > 34 || k < len(s) && isWord(s[k]) || !mod97(buf[:nb]) {
			i = k - 1
			continue
		}
		if overlapsAny(have, i, k) || !linePII20(s, i, k, have) {
			i = k - 1
			continue
		}
		out = append(out, span{start: i, end: k, kind: KindIBAN})
		i = k - 1
	}
	return out
}

// linePII20 reports a span of have or a marker on the line of s[a:b]
// (raw or escaped line breaks end it), outside a:b.
func linePII20(s string, a, b int, have []span) bool {
	ls := strings.LastIndexByte(s[:a], '\n') + 1
	if e := strings.LastIndex(s[ls:a], `\n`); e >= 0 {
		ls += e + 2
	}
	le, _ := otpLineEnd(s, b)
	for _, x := range have {
		if x.start < le && x.end > ls && (x.end <= a || x.start >= b) {
			return true
		}
	}
	return hasMarker(s[ls:a]) || hasMarker(s[b:le])
}

// gluedIBAN20 returns the end of an IBAN of its country's length want at i
// that fills its column and runs into the next one, an amount's digits
// ("UA32 2608 2115 00V6 B095 C86V 433K J4917,18 €" in a fixed-width
// payment record), or 0.
func gluedIBAN20(s string, i, want int) int {
	var buf [34]byte
	nb, k := ibanChars(s, i, want, false, &buf) // (word.go)
	if nb < 0 {
		return 0
	}
	if nb != want || k >= len(s) || !isDigit(s[k]) {
		return 0
	}
	d := k
	for d < len(s) && isDigit(s[d]) {
		d++
	}
	if d+3 > len(s) || s[d] != ',' && s[d] != '.' || !isDigit(s[d+1]) || !isDigit(s[d+2]) || d+3 < len(s) && isDigit(s[d+3]) {
		return 0 // not an amount's digits after it
	}
	if !mod97(buf[:nb]) {
		return 0
	}
	return k
}
