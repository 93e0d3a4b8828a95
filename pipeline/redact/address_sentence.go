package redact

import (
	"strings"
	"unicode/utf8"
)

// In free text an address is a clause of a sentence: "please deliver to
// 82 Example Rd, Springfield VIC 2501. Springfield return reason: …". A
// full stop after the address's postcode or number ends the sentence, and
// what follows (a city named for a route, a hub, a bin, a version, the
// next request) is read on its own. A full stop after an abbreviation
// ("Rd.", "No. 5", "ul.", "Brgy.") or after an ordinal ("2. tv", "3. OG",
// floors and storeys in Nordic and Central European addresses) is part of
// the address.

// trimAddressSentences ends the address spans of sp at the first full
// stop that ends a sentence inside them.
//
// It returns the ranges cut off, to be read again: a second pass would read
// them on their own ("ship to 000000. A 0 via A": the next sentence's
// "0 via A" is an address too).
func trimAddressSentences(s string, sp []span) (cut [][2]int) {
	for i := range sp {
		if sp[i].kind != KindAddress {
			continue
		}
		if k := addressSentenceEnd(s, sp[i].start, sp[i].end); k > 0 {
			cut = append(cut, [2]int{k, sp[i].end})
			sp[i].end = k
		}
	}
	return cut
}

// addressSentenceEnd returns where the address s[a:b] ends at a full stop
// that closes a sentence, or 0.
func addressSentenceEnd(s string, a, b int) int {
	for k := a + 6; k+2 < b; k++ {
		if s[k] != '.' || s[k+1] != ' ' {
			continue
		}
		if (longWordBefore(s, k) || digitsBefore(s, k) > 0) && refAfterStop(s[k+2:b], ordinalBefore(s, a, k)) && plainTail(s[k:b]) && !tailAddressPhrase(s[k:b]) {
			return k // "Block 19. v6.29.3", "44. #49510", "Sharjah. card …": a reference or a sentence in lower case follows
		}
		// The word after the stop begins with a letter.
		r, _ := utf8.DecodeRuneInString(s[k+2:])
		if r < 0x80 && !isASCIILetter(byte(r)) || r == utf8.RuneError {
			continue
		}
		// The token before the stop holds a digit and is no ordinal.
		t := k
		for t > a && (isWordByte(s[t-1]) || s[t-1] >= 0x80 || s[t-1] == '-' || s[t-1] == '/') {
			t--
		}
		tok := s[t:k]
		d := 0
		allDigits := true
		for j := 0; j < len(tok); j++ {
			if isASCIIDigit(tok[j]) {
				d++
			} else {
				allDigits = false
			}
		}
		if d == 0 && !postcodeFirst(s[a:k]) || allDigits && d <= 2 {
			continue
		}
		// The readers that ran before took what the address spanned as
		// part of it: a tail that may hold a value of its own (an e-mail,
		// a long number) stays in the address.
		if !plainTail(s[k:b]) || tailAddressPhrase(s[k:b]) {
			return 0
		}
		return k
	}
	return 0
}

// postcodeFirst reports an address whose last part, up to the word before
// the stop, opens with a postcode ("…, 02188 Köln", "…, 00-590 Warszawa"):
// the town after it is the address's last word.
func postcodeFirst(v string) bool {
	if c := strings.LastIndex(v, ", "); c >= 0 {
		v = v[c+2:]
	} else {
		return false
	}
	sp := strings.IndexByte(v, ' ')
	if sp < 0 || sp == len(v)-1 {
		return false
	}
	tok := v[:sp]
	d := 0
	for j := 0; j < len(tok); j++ {
		switch {
		case isASCIIDigit(tok[j]):
			d++
		case tok[j] != '-':
			return false
		}
	}
	return d >= 4
}

// plainTail reports a tail that holds no '@' and no run of 6 or more
// digits (spaces, dashes, dots and slashes people type inside numbers
// aside): a one-time code, a phone or a card there stays inside.
func plainTail(v string) bool {
	run := 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case c == '@':
			return false
		case isASCIIDigit(c) && run == 0 && referenceBefore(v, i):
			// A number after its reference word ("barcode 8714…",
			// "tracking 0037…") is an id: it is skipped.
			for i+1 < len(v) && (isASCIIDigit(v[i+1]) || isWordByte(v[i+1]) || v[i+1] == '-') {
				i++
			}
		case isASCIIDigit(c):
			run++
			if run >= 6 {
				return false
			}
		case c == ' ' || c == '-' || c == '.' || c == '/':
		default:
			run = 0
		}
	}
	return true
}

// tailAddressPhrase reports a tail that holds a phrase introducing an
// address ("… 5QC.. please deliver to 59 …"): the span holds a second
// address, and stays whole.
func tailAddressPhrase(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if i > 0 && v[i-1] != ' ' {
			continue
		}
		for _, w := range addrIndex.candidates(v, i) {
			if len(v)-i >= len(w) && strings.EqualFold(v[i:i+len(w)], w) {
				return true
			}
		}
	}
	return false
}

// tailRefWords name the ids a message gives after an address.
var tailRefWords = map[string]bool{
	"barcode": true, "ean": true, "upc": true, "gtin": true, "isbn": true, "sku": true, "tracking": true,
	"awb": true, "waybill": true, "parcel": true, "shipment": true, "order": true, "invoice": true, "ref": true,
	"reference": true, "bin": true, "hub": true, "batch": true, "lot": true, "asin": true, "item": true,
}

// referenceBefore reports a reference word right before v[i] ("barcode ",
// "tracking: ", "order #").
func referenceBefore(v string, i int) bool {
	e := i
	for e > 0 && (v[e-1] == ' ' || v[e-1] == ':' || v[e-1] == '#') && i-e < 3 {
		e--
	}
	st := e
	for st > 0 && isASCIILetter(v[st-1]) {
		st--
	}
	return e > st && tailRefWords[strings.ToLower(v[st:e])]
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// refAfterStop reports a text after a full stop that no address goes on
// with: a reference (`#` and digits, five digits or more, a version
// `v1.2`) or a word in lower case (a new sentence, a clause of a log),
// unless an ordinal stands before the stop.
func refAfterStop(t string, ordinal bool) bool {
	switch {
	case len(t) >= 2 && t[0] == '#' && isASCIIDigit(t[1]):
		return true
	case len(t) >= 3 && (t[0] == 'v' || t[0] == 'V') && isASCIIDigit(t[1]) && t[2] == '.':
		return true
	case !ordinal && len(t) >= 2 && isLowerASCII(t[0]) && isLowerASCII(t[1]):
		return true // (not after a floor's ordinal: "2. tv")
	}
	n := 0
	for n < len(t) && isASCIIDigit(t[n]) {
		n++
	}
	return n >= 5
}

// ordinalBefore reports one or two digits alone before the stop at k: a
// floor or storey ("2. tv", "3. OG").
func ordinalBefore(s string, a, k int) bool {
	t := k
	for t > a && isASCIIDigit(s[t-1]) {
		t--
	}
	return k-t >= 1 && k-t <= 2 && (t == a || !isWordByte(s[t-1]))
}

// stopEnd returns where the text after the full stop at e goes on: past
// the stop, stray stops and commas after it ("State., 5777…", "3051..
// 5783…") and one space; len(s) when no space follows.
func stopEnd(s string, e int) int {
	f := e + 1
	for f < len(s) && f-e < 4 && (s[f] == '.' || s[f] == ',') {
		f++
	}
	if f+1 >= len(s) || s[f] != ' ' {
		return len(s)
	}
	return f + 1
}

// lettersBefore counts the ASCII letters right before e.
func lettersBefore(s string, e int) int {
	n := 0
	for p := e; p > 0 && isAlpha(s[p-1]); p-- {
		n++
	}
	return n
}
