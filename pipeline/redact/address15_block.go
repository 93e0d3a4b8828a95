package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A party's block is as often opened by a labelled name line as by a
// heading of its own (block.go): a quote's "Attn: Bram Fake\nFake Packages
// Inc\nLaan van Fakevoort 112-A, 5612 SU Eindhoven\nTel: …", a label's
// "recipient: Gökhan Fake\nFake Sokak No:48 D:31\nÇankaya, İstanbul\n
// contents: …", a customs form's "Consignee: …", "z. Hd. …", "À l'attention
// de …". Once the name on such a line has been found, the lines under it
// are the party's address when the first of them reads as one by its
// parts; a company's line may stand between the name and the street. The
// block ends, as a heading's does, at an empty, labelled or reference line
// or after four lines.

// labelBlockSpans returns the address lines under labelled name lines whose
// names are among have.
func labelBlockSpans(s string, have []span) []span {
	var lines []blockLine
	var out []span
	for _, sp := range have {
		if sp.kind != KindName || !colonBefore(s, sp.start) {
			continue
		}
		if lines == nil {
			lines = labelBlockLines(s)
		}
		i := lineOf(lines, sp.start)
		if i < 0 || !labelledNameLine(s, lines[i], sp) {
			continue
		}
		out = append(out, labelBlockBelow(s, lines, i)...)
	}
	return out
}

// colonBefore is labelBlockSpans's cheap test of a name: a colon within
// the 26 bytes before it ("Attn: ", "recipient: ", "收件人：").
func colonBefore(s string, a int) bool {
	seg := s[max(0, a-26):a]
	return strings.IndexByte(seg, ':') >= 0 || strings.Contains(seg, "：")
}

// labelBlockLines splits s into lines, at escaped line breaks too when a
// JSON string holds the block ("Attn: …\nFake Ltd\n12 Fake St…").
func labelBlockLines(s string) []blockLine {
	if strings.Contains(s, `\n`) {
		return escapedLines(s)
	}
	return blockLines(s)
}

// lineOf returns the index of the line that holds byte p, or -1.
func lineOf(lines []blockLine, p int) int {
	for i, l := range lines {
		if p >= l.a && p < l.b {
			return i
		}
	}
	return -1
}

// labelledNameLine reports a line that is a label and the name sp alone:
// "Attn: …", "recipient: …", "Empfänger: …", "收件人：…".
func labelledNameLine(s string, l blockLine, sp span) bool {
	if strings.TrimRight(s[min(sp.end, l.b):l.b], " .") != "" {
		return false // the name does not end the line: a sentence
	}
	label := strings.TrimRight(s[l.a:sp.start], " ")
	if !strings.HasSuffix(label, ":") && !strings.HasSuffix(label, "：") {
		return false
	}
	return labelled(label)
}

// labelBlockBelow returns the address lines under the name line i.
func labelBlockBelow(s string, lines []blockLine, i int) []span {
	var out []span
	skipped := false // a company's line between the name and the street
	for k := i + 1; k <= i+4 && k < len(lines); k++ {
		l := lines[k]
		v := s[l.a:l.b]
		if l.b <= l.a || labelled(v) || isBlockHeading(v) || referenceLine(v) || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
			break
		}
		if companyName(v) { // "48 Fakeing Inc.": a company's line, whatever its words
			if len(out) > 0 || skipped {
				break
			}
			skipped = true
			continue
		}
		if len(out) == 0 {
			if labelBlockStreet(v) || k+1 < len(lines) && splitStreet(v, s[lines[k+1].a:lines[k+1].b]) {
				out = append(out, span{start: l.a, end: l.b, kind: KindAddress})
				continue
			}
			if skipped || countDigits(v) > 0 || len(strings.Fields(v)) > 6 {
				break
			}
			skipped = true
			continue
		}
		if !addressLine(v) || !escapedBlockLine(v) || idLine(v) {
			break
		}
		out = append(out, span{start: l.a, end: l.b, kind: KindAddress})
	}
	return out
}

// labelBlockStreet reports the first line of a block's address: it reads as
// one by its parts, or begins as one (recipientAddress, or dest14Reads: a
// capitalised word or a house number, a number within six words) and holds
// a street's word or a postcode beside its place. A product's line ("Galaxy
// S24 Ultra 256GB") and a date ("Nov 7, 2025") hold neither.
func labelBlockStreet(v string) bool {
	if len(v) > 120 || len(v) < 5 || amountFirst(v) {
		return false
	}
	if v[0] == '#' && isDigit(v[1]) {
		v = v[1:] // "#443, Fake Marg, …": India's and others' sign of the house number
	}
	if addressByParts(v) {
		return true
	}
	return (recipientAddress(v) || dest14Reads(v)) && streetEvidence(v)
}

// streetEvidence reports a street's word, a Turkish house number ("No:48")
// or a postcode written beside its place ("…, 5612 SU Eindhoven").
func streetEvidence(v string) bool {
	for _, p := range strings.Split(v, ", ") {
		if postcodePart(p) && strings.IndexByte(p, ' ') > 0 {
			return true
		}
	}
	for _, f := range strings.Fields(v) {
		t := strings.TrimRight(f, ",")
		if addrToken(t) || streetTypeToken(strings.TrimRight(t, ".")) || streetWordToken(strings.TrimRight(t, ".")) || strings.HasPrefix(t, "No:") {
			return true
		}
	}
	return false
}

// idLine reports a line that is one token holding a digit and no postcode:
// an id, a hash or a UUID written under the address ("fd1fc5ce-…").
func idLine(v string) bool {
	return strings.IndexByte(v, ' ') < 0 && countDigits(v) > 0 && !postcodePart(v)
}

// splitStreet reports a street written over two lines: its name alone
// ("Calle de Fakeá", "Avenida Fakeonal", "ул. Фейкова") above the house
// number and the town ("209, 19º, 76488 Bilbao", "367 - apto 37, Botafogo,
// …"), or the number and the name ("269 Cách Fake Tám") above a line of
// districts that reads as an address ("Phường 7, Quận 3, TP.HCM").
func splitStreet(v, next string) bool {
	if len(next) == 0 || len(next) > 120 || labelled(next) || referenceLine(next) {
		return false
	}
	if countDigits(v) == 0 {
		// (a next line with a street of its own makes v a company's name:
		// "Way Fake Patents\nNo. 247, Lorong Fake, 50964 Kuala Lumpur")
		return streetNameLine(v) && houseFirst(next) && addressLine(next) && strings.ContainsAny(next, ",-") && !streetTypeIn(next)
	}
	return dest14Reads(v) && !strings.Contains(next, "[REDACTED:") && labelBlockStreet(next)
}

// streetNameLine reports a street's name without its number: a street
// word and capitalised words (particles such as "de", "da", "van" in lower
// case allowed), six words at most.
func streetNameLine(v string) bool {
	fs := strings.Fields(v)
	if len(fs) < 2 || len(fs) > 6 || countDigits(v) > 0 || moneyNext(v, 0) {
		return false // (an amount: "kr 1 385,47")
	}
	street, named := false, false
	for _, f := range fs {
		t := strings.TrimRight(f, ".,")
		if addrToken(f) || streetTypeToken(t) || streetWordToken(t) || lowerStreetTypes[t] {
			street = true
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		switch {
		case unicode.IsUpper(r), r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r): // (scripts without case)
			named = true
		case !particles[f]:
			return false
		}
	}
	return street && named
}

// houseFirst reports a line that begins with the house's number, bare or
// after its word: "209, 19º, …", "д. 12, кв. 3, …", "No. 7, …", "nr 12, …".
func houseFirst(v string) bool {
	if isDigit(v[0]) {
		return true
	}
	fs := strings.Fields(v)
	if len(fs) < 2 {
		return false
	}
	if nextIsNo(fs, -1) {
		return true
	}
	n := strings.TrimPrefix(fs[1], "#")
	return addrToken(fs[0]) && n != "" && isDigit(n[0])
}

// amountFirst reports a value that begins with a currency and a number
// ("Ksh 680", "kr 1 385,47"): an amount, whatever follows.
func amountFirst(v string) bool {
	w, rest, ok := strings.Cut(v, " ")
	return ok && rest != "" && isDigit(rest[0]) && currencyWord(w)
}

// streetTypeIn reports a street's type word in v ("Lorong", "Road", "ul.",
// "Fakestraße"); unit and house words ("д.", "кв.", "apt") are not.
func streetTypeIn(v string) bool {
	for _, f := range strings.Fields(v) {
		t := strings.TrimRight(f, ",")
		if streetTypeToken(t) || streetWordToken(strings.TrimRight(t, ".")) {
			return true
		}
	}
	return false
}
