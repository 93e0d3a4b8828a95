package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names after a label in a person's message. A buyer who writes to a shop
// lists what it asked for as items of one message, each a label in their
// language and the value, with a space, a dash or a colon between them and
// a separator between the items:
//
//	Hola, http_status=202; nombre Abril Arriaga; dirección …! gracias
//	Bok! mobitel: … / ime - ANTONIO KNEŽEVIĆ / (span_id …)! hvala
//	Chào shop, tên: Lương Văn Hùng, webhook_address=…
//	Hej, … navn Mikkelsen, Anders; kode …
//
// labelItemNames18 reads, in a text written as a person's message (opened
// by a greeting or an @mention, or holding an emoji: personMessage18) or
// one that holds a buyer's data already (a span found, a marker), an
// item that opens with a word for a person's name — one the key tables
// read as a name's key ("nombre", "nom", "navn", "vardas", "ime", "nama",
// "이름", "氏名", "ឈ្មោះ", "الاسم", "नाम") or Vietnamese "tên", "họ tên" —
// and whose value, up to the item's end, is shaped as a person's name
// (roleName: two words or more, "Family, Given", a script without case).
// A label inside a longer phrase ("product name …", "store name: …") does
// not open its item and is not read.

// nameLabels18 are labels of a person's name the key tables do not hold,
// normalised (lower case, no spaces).
var nameLabels18 = setOf("tên", "họtên", "hotên", "hoten", "họvàtên", "hovaten", "tênkháchhàng", "tenkhachhang")

// nameLabelFirst18 holds the first bytes of nameLabels18's labels: a key
// that starts with none of them is not looked up.
var nameLabelFirst18 = func() (t [256]bool) {
	for l := range nameLabels18 {
		if l != "" {
			t[l[0]] = true
		}
	}
	return t
}()

// mayHoldLabelItems18 is labelItemNames18's cheap test: a person's
// message, or a text that holds a buyer's data already (found).
func mayHoldLabelItems18(s string, found bool) bool {
	return len(s) >= 12 && (found || personMessage18(s))
}

// labelItemNames18 returns the names of s's items under a name's label;
// have are the spans found so far.
func labelItemNames18(s string, have []span) []span {
	var out []span
	start := greetingEnd18(s)
	// p: 0, the greeting's end + 1, and where itemStartAt18 lets an item
	// start, in order (itemCand18, speed27_gates.go)
	for p := itemCand18(s, 0, start); p < len(s); {
		a, b, next := labelItemName18(s, p)
		if b <= a {
			p = itemCand18(s, p+1, start)
			continue
		}
		if !overlaps(have, a, b) && !overlaps(out, a, b) {
			out = append(out, span{start: a, end: b, kind: KindName})
		}
		p = itemCand18(s, next, start)
	}
	return out
}

// itemStartAfter18 are the bytes an item's start may follow: the cases of
// itemStartAt18's switch, which tests it first.
var itemStartAfter18 = [256]bool{'\n': true, '(': true, 'n': true, ' ': true, 0x8C: true, 0x82: true}

// itemStartAt18 reports an item that may start at p: after a line break,
// an opening bracket, or a separator and a space.
func itemStartAt18(s string, p int) bool {
	if p == 0 || s[p] == ' ' || !itemStartAfter18[s[p-1]] {
		return false
	}
	switch s[p-1] {
	case '\n', '(':
		return true
	case 'n':
		return p >= 2 && s[p-2] == '\\'
	case ' ':
		if p < 2 {
			return false
		}
		switch s[p-2] {
		case ';', ',', '.', '/', '!', '?', '|', ')':
			return true
		case '-':
			return p >= 3 && s[p-3] == ' '
		}
	case 0x8C, 0x82:
		return strings.HasSuffix(s[:p], "，") || strings.HasSuffix(s[:p], "。")
	}
	return false
}

// labelItemName18 reads a name's label at p and the name after it: it
// returns the name's extent and where the item ends, or b <= a.
func labelItemName18(s string, p int) (a, b, next int) {
	// the label: one to three words up to ' - ', ':' or a space before
	// the value
	q := p
	for words := 0; words < 3 && q < len(s); words++ {
		e := q
		for e < len(s) {
			if c := s[e]; c < 0x80 {
				// wordRune18's ASCII letters, without decoding
				if !isAlpha(c) && c != '.' && c != '-' {
					break
				}
				e++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[e:])
			if !wordRune18(r) && r != '.' && r != '-' {
				break
			}
			e += n
		}
		if e == q || e-p > 40 {
			return 0, 0, 0
		}
		if v := labelValueStart18(s, e); v > 0 && mayNameValue18(s, v) && nameLabel18(s[p:e]) {
			// (the value's start first: it costs less than the label's look-up)
			a, b, next = itemNameValue18(s, v)
			if b > a {
				return a, b, next
			}
		}
		if e >= len(s) || s[e] != ' ' {
			return 0, 0, 0
		}
		q = e + 1
	}
	return 0, 0, 0
}

// nameLabel18 reports a label of a person's name: one the key tables read
// as a name's key, or a label of nameLabels18.
func nameLabel18(l string) bool {
	var buf [48]byte
	nk := buf[:0]
	high := false
	for i := 0; i < len(l) && len(nk) < cap(nk); i++ {
		// normKey of each byte but the spaces, in one loop
		c := l[i]
		switch {
		case c == ' ' || c == '_' || c == '-' || c == '.':
			continue
		case c >= 'A' && c <= 'Z':
			c += 'a' - 'A'
		case c >= 0x80:
			high = true
		}
		nk = append(nk, c)
	}
	if high {
		nk = lowerHigh(nk)
	}
	if len(nk) < 2 {
		return false
	}
	if nameLabelFirst18[nk[0]] && nameLabels18[string(nk)] {
		return true
	}
	return keyClass(nk) == keyName
}

// labelValueStart18 returns where the value starts after a label that
// ends at e: after ': ', ':', '：', ' - ' or one space; 0 for anything else.
func labelValueStart18(s string, e int) int {
	if e = labelSignEnd28(s, e); e == 0 {
		return 0
	}
	if e >= len(s) || s[e] == ' ' || isMarkerAt(s, e) {
		return 0
	}
	return e
}

// itemNameValue18 reads the value at v up to its item's end and returns
// it when it is a person's name; "Family, Given" runs over its comma.
func itemNameValue18(s string, v int) (a, b, next int) {
	e := itemValueEnd18(s, v)
	val := strings.TrimRight(s[v:e], " ")
	if e < len(s) && s[e] == ',' && strings.IndexByte(val, ' ') < 0 {
		// "navn Mikkelsen, Anders; …": a family name first, the given
		// name after the comma
		e2 := itemValueEnd18(s, e+1)
		if e2 > e+2 && s[e+1] == ' ' {
			if both := strings.TrimRight(s[v:e2], " "); roleName(both) {
				return v, v + len(both), e2
			}
		}
	}
	if !startsCapOrCaseless18(val) {
		return 0, 0, 0
	}
	if !roleName(val) {
		// "nom CÉDRIC LEJEUNE merci": the name ends before a word in
		// lower case that closes the message
		cut := lowerWordAt18(val)
		if cut <= 0 || !roleName(strings.TrimRight(val[:cut], " ")) {
			return 0, 0, 0
		}
		val = strings.TrimRight(val[:cut], " ")
	}
	return v, v + len(val), e
}

// itemValueEnd18 returns the end of an item's value at v: a separator, a
// bracket, a quote, a line break or the text's end.
func itemValueEnd18(s string, v int) int {
	lim := min(len(s), v+96)
	for p := v; p < lim; p++ {
		switch s[p] {
		case ';', ',', '!', '?', '(', ')', '|', '\n', '\r', '"', '\\', '\t', '=':
			return p
		case '.':
			if p+1 >= len(s) || s[p+1] == ' ' || s[p+1] == '\n' {
				if p-v >= 2 && s[p-2] != ' ' {
					return p // a sentence's full stop, not an initial's ("J. Family")
				}
			}
		case '/':
			if p > v && s[p-1] == ' ' {
				return p
			}
		case '-':
			if p > v && s[p-1] == ' ' && p+1 < len(s) && s[p+1] == ' ' {
				return p
			}
		case 0xE3, 0xEF:
			if strings.HasPrefix(s[p:], "。") || strings.HasPrefix(s[p:], "，") || strings.HasPrefix(s[p:], "；") {
				return p
			}
		}
	}
	return lim
}

// startsCapOrCaseless18 reports a value that starts with a capital or a
// letter of a script without case.
func startsCapOrCaseless18(v string) bool {
	r, _ := utf8.DecodeRuneInString(v)
	return unicode.IsUpper(r) || r >= 0x80 && unicode.IsLetter(r) && !unicode.IsLower(r)
}

// lowerWordAt18 returns where the first word after the first that starts
// with a lower-case letter stands in v, or 0.
func lowerWordAt18(v string) int {
	for i := 1; i < len(v); i++ {
		if v[i-1] != ' ' {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(v[i:]); unicode.IsLower(r) && !particleWord(strings.ToLower(strings.Fields(v[i:])[0])) {
			return i
		}
	}
	return 0
}
