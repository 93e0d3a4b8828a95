package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A shipping label's recipient line, as carriers' and 3PL bridges' log
// messages write it in the buyer's language: a person's name, a comma and
// the address ("waybill created for Jane Roe, 12 Main St, Springfield
// [1Z…]", "Versandetikett erstellt für …, …", "AWB generat pentru …, Str.
// … nr. 5, …", "товарителница за …, ул. …", "ढुवानी लेबल: …, House 12, …").
// The name stands right after a lower-case word (the preposition of any
// language) or a colon, is shaped like a name (two to five capitalised or
// caseless words), and what follows its comma reads as an address by its
// parts (or was redacted as one): both are masked.

// mayHoldRecipientLine is recipientLineSpans's cheap test.
func mayHoldRecipientLine(s string, sig uint32) bool {
	return sig&sigComma != 0 && strings.Contains(s, ", ")
}

// recipientLineSpans returns the names (and the addresses after them) of
// the recipient lines in s.
func recipientLineSpans(s string, have []span) (out []span, ids []idRange) {
	seen := 0
	for off := 0; off < len(s) && seen < 8; {
		c := indexRare(s[off:], ", ")
		if c < 0 {
			break
		}
		c += off
		off = c + 2
		seen++
		if c == 0 || isMarkerAt(s, c+2) && !strings.HasPrefix(s[c+2:], "[REDACTED:address") || c > 0 && s[c-1] == ']' {
			continue
		}
		if legalFormAt(s, c+2) {
			if x, ok := companyAddressAfter(s, c+2, have); ok {
				out = append(out, x) // "Fakezion Apps, Inc., Unit 12, Fake Park": the address only
				off = x.end
			}
			continue // "partner Fuzion Apps, Inc., best seller at …": a company (damage16_brands.go)
		}
		if fieldKeyAt(s, c+2) {
			continue // "X-Ship-To: Kepler Fulfilment Centre, X-Manufacturer: …": the next field (damage18_fields.go)
		}
		if !digitWithin(s, c+2, 100) && !strings.HasPrefix(s[c+2:], "[REDACTED:address") && !addressSpanAt(have, c+2) {
			continue // an address line holds a number: the cheap test first
		}
		st := recipientNameStart(s, c)
		if st < 0 || overlapsKind(have, st, c, KindAddress) {
			continue // (a name inside an address a reader found: "…: Lane Plaza, Ngong Road, …")
		}
		addrEnd := -1
		if strings.HasPrefix(s[c+2:], "[REDACTED:address") || addressSpanAt(have, c+2) {
			addrEnd = c + 2
		} else if e := clauseEnd(s, c+2); addressAhead(s, c+2) || recipientAddress(strings.TrimRight(s[c+2:e], " .,")) {
			e = fieldKeyAfterComma(s, c+2, e) // "…, Leeds, X-Host: …": the next field ends it (damage18_fields.go)
			if e < len(s) && s[e] == '=' {
				// "…, 7370 тоот, x-order=…": the next key is no part of it
				if k := strings.LastIndex(s[c+2:e], ", "); k > 0 {
					e = c + 2 + k
				}
			}
			for e > c+2 && strings.IndexByte(" .,", s[e-1]) >= 0 {
				e--
			}
			addrEnd = e
		}
		if addrEnd < 0 {
			continue
		}
		if !overlapsAny(have, st, c) {
			out = append(out, span{start: st, end: c, kind: KindName})
		}
		if addrEnd > c+2 && !overlapsAny(have, c+2, addrEnd) {
			out = append(out, span{start: c + 2, end: addrEnd, kind: KindAddress})
			off = addrEnd
		}
		if addrEnd == c+2 {
			for _, x := range have {
				if x.start == c+2 {
					addrEnd = x.end
				}
			}
		}
		if r, ok := labelReference(s, addrEnd); ok {
			ids = append(ids, r) // "… [011643901617]": the label's tracking number, no phone
		}
	}
	return out, ids
}

// labelReference returns the bracketed reference after a recipient line's
// address at e (" [1Z…]", " [011643901617]"): letters and digits only.
func labelReference(s string, e int) (idRange, bool) {
	if e < len(s) && s[e] == '.' {
		e++ // "…, 7612 Pécs, Kossuth Lajos utca 162. 2. em. 6. [JD…]"
	}
	if e+3 >= len(s) || s[e] != ' ' || s[e+1] != '[' {
		return idRange{}, false
	}
	a := e + 2
	b := a
	for b < len(s) && b-a <= 40 && isAlnum(s[b]) {
		b++
	}
	if b == a || b >= len(s) || s[b] != ']' {
		return idRange{}, false
	}
	return idRange{a: a, b: b}, true
}

// recipientNameStart returns where the name that ends at c starts: two to
// five words back, after a lower-case word and a space, a colon and a
// space, or a title's full stop ("dr. …"), shaped like a name; or -1.
func recipientNameStart(s string, c int) int {
	p := c
	for w := 0; w < 5; w++ {
		// one word back
		q := p
		for q > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:q])
			if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '\'' || r == '-' || r == '.' || r == 'ʻ' || r == '’') {
				break
			}
			q -= n
		}
		if q == p || q == 0 || s[q-1] != ' ' {
			return -1
		}
		p = q
		if w == 0 {
			p = q - 1
			continue
		}
		// the word before the candidate [q, c)
		b := q - 1
		if b >= 1 && (s[b-1] == ':' || s[b-1] == '-' && b >= 2 && s[b-2] == ' ') {
			if recipientName(s[q:c]) {
				return q
			}
			return -1
		}
		k := b
		for k > 0 {
			r, n := utf8.DecodeLastRuneInString(s[:k])
			if !(unicode.IsLetter(r) || unicode.IsMark(r)) {
				break
			}
			k -= n
		}
		if k < b {
			r, _ := utf8.DecodeRuneInString(s[k:b])
			if unicode.IsLower(r) && b-k <= 16 && (k == 0 || s[k-1] == ' ' || s[k-1] == '"') {
				if recipientName(s[q:c]) {
					return q
				}
			}
		}
		p = q - 1
	}
	return -1
}

// recipientName reports a name's shape whose first and last words do not
// begin in lower case (caseless scripts pass): "Ilka Varga", "Ахметов
// Ержан ұлы" (a particle inside or last), not "гүний өргөн чөлөө".
func recipientName(v string) bool {
	if companyName(v) {
		return false
	}
	if !nameShaped(v) && !nameShaped(strings.NewReplacer("'", "", "ʻ", "", "’", "").Replace(v)) {
		return false // (an apostrophe inside a word: "Xo'jayev", "O'Brien")
	}
	r, _ := utf8.DecodeRuneInString(v)
	return !unicode.IsLower(r)
}

// overlapsAny reports a span of sp that overlaps [a, b).
func overlapsAny(sp []span, a, b int) bool {
	for _, x := range sp {
		if x.start < b && x.end > a {
			return true
		}
	}
	return false
}

// addressSpanAt reports an address span of sp that starts at k.
func addressSpanAt(sp []span, k int) bool {
	for _, x := range sp {
		if x.start == k && x.kind == KindAddress {
			return true
		}
	}
	return false
}

// overlapsKind reports a span of sp of kind k that overlaps [a, b).
func overlapsKind(sp []span, a, b int, k Kind) bool {
	for _, x := range sp {
		if x.start < b && x.end > a && x.kind == k {
			return true
		}
	}
	return false
}

// clauseEnd returns where the clause that starts at k ends: at a
// separator, a bracket, a quote, a key's '=' or a '#', within 160 bytes.
func clauseEnd(s string, k int) int {
	e := k
	for e < len(s) && e-k < 160 && (strings.IndexByte(";|\"'()[]{}<>\n\\=#", s[e]) < 0 ||
		s[e] == '\'' && e > k && isAlpha(s[e-1]) && e+1 < len(s) && isAlpha(s[e+1])) { // (an apostrophe inside a word: "ko'chasi")
		e++
	}
	return e
}

// recipientAddress reports an address line after a recipient's name that
// addressByParts does not know the words of: capitalised, a house number
// ("Plzeňská 24/95", "Ακαδημίας 53", "Str. Dorobanților nr. 218", a city
// first: "Samarqand sh., Amir Temur ko'chasi, 194-uy"), and a later part
// that is a postcode, alone or beside its place ("301 00 Plzeň",
// "Cluj-Napoca 400455", "140996").
func recipientAddress(v string) bool {
	parts := strings.Split(v, ", ")
	if len(parts) < 2 || len(parts) > 8 || len(v) > 160 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(parts[0])
	if unicode.IsDigit(r) {
		// the house number first ("180 Ovalview", "12 rue …"): a word must follow
		if strings.IndexFunc(parts[0], unicode.IsLetter) < 0 {
			return false
		}
	} else if !unicode.IsLetter(r) || unicode.IsLower(r) {
		return false
	}
	house := false // a part with a house number before the postcode ("Samarqand sh., Amir Temur ko'chasi, 194-uy, …")
	for _, p := range parts {
		if len(strings.Fields(p)) > 6 {
			return false
		}
		if house && postcodePart(p) {
			return true
		}
		house = house || strings.IndexFunc(p, unicode.IsDigit) >= 0
	}
	return false
}

// postcodePart reports a part of an address that is a postcode (3 to 6
// digits, or two groups of them: "301 00", "548 14"), alone or with one
// to three words of its place before or after it, each not in lower case.
func postcodePart(p string) bool {
	fs := strings.Fields(p)
	if len(fs) == 0 || len(fs) > 5 {
		return false
	}
	digits, words := 0, 0
	for i, f := range fs {
		if alnumPostcode(f) {
			digits += 5 // "M002012", "A15": a letter and digits, as Kazakhstan's and others' postcodes
			continue
		}
		if countDigits(f) == len(f) {
			if len(f) < 2 || len(f) > 6 || digits > 0 && (i == 0 || countDigits(fs[i-1]) != len(fs[i-1])) {
				return false
			}
			digits += len(f)
			continue
		}
		r, _ := utf8.DecodeRuneInString(f)
		if !unicode.IsLetter(r) || unicode.IsLower(r) || strings.IndexFunc(f, unicode.IsDigit) >= 0 ||
			len(f) == 3 && isUpper(f[0]) && isUpper(f[1]) && isUpper(f[2]) {
			return false // (a currency's code and an amount: "EUR 45000")
		}
		words++
	}
	return digits >= 3 && digits <= 7 && words <= 3
}

// digitWithin reports an ASCII digit in s[k:k+n].
func digitWithin(s string, k, n int) bool {
	for i := k; i < len(s) && i < k+n; i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// alnumPostcode reports a postcode of one or two capitals and four to
// seven digits ("M002012", "A0110").
func alnumPostcode(f string) bool {
	l := 0
	for l < len(f) && l < 3 && isUpper(f[l]) {
		l++
	}
	d := len(f) - l
	return l >= 1 && l <= 2 && d >= 4 && d <= 7 && countDigits(f[l:]) == d
}
