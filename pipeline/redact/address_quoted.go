package redact

import "strings"

// Application logs quote the address they failed on after a message that
// names it: "address validation failed for order #12901: 'Jln. Gatot
// Subroto No. 52, RT 004/RW 012, Kec. Genteng, Surabaya 18647' -> 404",
// "could not geocode address: \"12 Main Street, Springfield\"". The
// quoted value after ": " is read as an address when the clause before it
// names an address and the value reads as one by its parts. An apostrophe
// between two letters inside it ("ז'בוטינסקי", "Rue de l'Église") does not
// close the quote.

// addressMentions name an address in the clause before the quoted value,
// lower case.
var addressMentions = []string{"address", "adres", "adresse", "dirección", "direccion", "endereço", "endereco",
	"indirizzo", "адрес", "alamat", "địa chỉ", "ที่อยู่", "地址", "住所", "주소", "כתובת", "عنوان", "geocode", "geocoding"}

// quotedAddressSpans returns the quoted addresses in s after ": " in a
// clause that names an address, or right after an address word
// ("geocode address '…'").
func quotedAddressSpans(s string) []span {
	var out []span
	for p := 1; p < len(s); {
		r := strings.IndexAny(s[p:], `'"`)
		if r < 0 {
			return out
		}
		p += r
		if s[p-1] != ' ' || p < 3 {
			p++
			continue
		}
		keyed := false
		switch {
		case s[p-2] == ':' && (s[p-3] == '"' || s[p-3] == '\''):
			// a key's value: read here only when an apostrophe inside it
			// would end it early ('address': 'רחוב ז'בוטינסקי 69…')
			keyed = s[p] == '\'' && addressKeyBefore(s, p-3)
		case s[p-2] == ':' && mentionsAddress(s, p-2):
		case s[p-2] != ':' && mentionWordBefore(s, p-1):
		default:
			p++
			continue
		}
		if s[p-2] == ':' && (s[p-3] == '"' || s[p-3] == '\'') && !keyed {
			p++
			continue
		}
		e := closingQuote(s, p+1, s[p])
		if e < 0 {
			p++
			continue
		}
		v := s[p+1 : e]
		if keyed {
			if strings.IndexByte(v, '\'') > 0 && !strings.Contains(v, "[REDACTED:") {
				out = append(out, span{start: p + 1, end: e, kind: KindAddress})
			}
		} else if len(v) >= 8 && len(v) <= 200 && !strings.Contains(v, "[REDACTED:") && quotedReadsAsAddress(v) {
			out = append(out, span{start: p + 1, end: e, kind: KindAddress})
		}
		p = e + 1
	}
	return out
}

// mentionWordBefore reports an address word ending at the space at sp
// ("address '…'", "Adresse \"…\"").
func mentionWordBefore(s string, sp int) bool {
	b := sp
	for b > 0 && sp-b < 24 && (isAlpha(s[b-1]) || s[b-1] >= 0x80) {
		b--
	}
	if b == sp {
		return false
	}
	w := strings.ToLower(s[b:sp])
	for _, m := range addressMentions {
		if strings.HasSuffix(w, m) && strings.IndexByte(m, ' ') < 0 {
			return true
		}
	}
	return false
}

// mentionsAddress reports an address word in the clause that ends at c:
// at most 100 bytes back, not across a line break or a sentence's end.
func mentionsAddress(s string, c int) bool {
	b := max(0, c-100)
	w := s[b:c]
	if nl := strings.LastIndexAny(w, "\n;|"); nl >= 0 {
		w = w[nl+1:]
	}
	if d := strings.LastIndex(w, ". "); d >= 0 {
		w = w[d+2:]
	}
	l := strings.ToLower(w)
	for _, m := range addressMentions {
		if strings.Contains(l, m) {
			return true
		}
	}
	return false
}

// closingQuote returns the index of the quote q that closes a value opened
// before i, on the same line: an apostrophe between two letters is part
// of the value.
func closingQuote(s string, i int, q byte) int {
	for k := i; k < len(s) && k-i <= 200; k++ {
		switch s[k] {
		case '\n':
			return -1
		case q:
			if q == '\'' && k > i && k+1 < len(s) && letterEndsAt(s, k) && letterStartsAt(s, k+1) {
				continue
			}
			return k
		}
	}
	return -1
}

// letterEndsAt reports a letter (of any script) right before k.
func letterEndsAt(s string, k int) bool {
	if k == 0 {
		return false
	}
	if s[k-1] < 0x80 {
		return isAlpha(s[k-1])
	}
	return true
}

// letterStartsAt reports a letter (of any script) at k.
func letterStartsAt(s string, k int) bool {
	return k < len(s) && (isAlpha(s[k]) || s[k] >= 0x80)
}

// quotedReadsAsAddress reports a quoted value shaped like an address: a
// street, unit or district word and a house number by its parts, or a cell
// address; Turkish "No: 12 D: 4" is read as "No. 12 D. 4".
func quotedReadsAsAddress(v string) bool {
	if strings.Contains(v, ": ") {
		v = strings.NewReplacer("No: ", "No. ", "D: ", "D. ", "Kat: ", "Kat. ", "Daire: ", "Daire. ").Replace(v)
	}
	return addressByParts(v) || cellAddress(v) || locationAddress(v)
}

// addressKeyBefore reports a quoted key of the address class whose closing
// quote is at q ('address': …, "shipping_address": …).
func addressKeyBefore(s string, q int) bool {
	b := q
	for b > 0 && q-b <= 48 && s[b-1] != s[q] {
		b--
	}
	if b == 0 || b == q || q-b > 48 {
		return false
	}
	var buf [64]byte
	return keyClass(normKey(buf[:0], s[b:q])) == keyAddress
}
