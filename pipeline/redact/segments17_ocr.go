package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text that OCR read off a scanned label, invoice or ID comes as lines of
// "label value", the label's letters as the scanner saw them: a space
// inside ("Nam e", "te lefon"), digits for look-alike letters ("cust0mer",
// "1ine", "5hip"), 'c' for 'e' ("Kundc", "addrcss"), and the value after a
// colon with no space, a spaced full stop or a column gap:
//
//	c 1icntc  Given Family
//	te lefon:502 000 000
//	adres . ul. Fakowa 153/12, 00-000 Fakowo
//	contact phone: OO39 000 0000000
//
// A line's label is read with the scanner's confusions undone (spaces
// dropped, 0 1 5 read as o l s, each 'c' as 'c' or 'e', each 'l' as 'l' or
// 'i') and its value taken as the kind the label names when it has that
// kind's shape: a person's name, a phone's digits (an 'O' among them read
// as 0), an address with a number, a secret of one token. Labels of ids,
// goods, companies and places name no PII kind and their lines stay.

// mayHoldOCRLines is ocrLineSpans's cheap test: three lines or more, one
// with a separator of OCR's label lines.
func mayHoldOCRLines(s string) bool {
	return strings.Count(s, "\n") >= 2 && (strings.Contains(s, " . ") || strings.Contains(s, "  ") || strings.IndexByte(s, ':') >= 0)
}

// ocrLineSpans returns the values of the label lines of s whose labels
// name a kind, read as OCR garbles them.
func ocrLineSpans(s string, have []span) []span {
	var out []span
	for p := 0; p < len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			e = len(s) - p
		}
		a, b := p, p+e
		p = b + 1
		if b > a && s[b-1] == '\r' {
			b--
		}
		va, kind := ocrLabel(s, a, b)
		if kind == 255 || overlapsAny(have, va, b) || itemLine27(s, a, b) { // an item line (dmg27_blocks.go)
			continue
		}
		vb := b
		for vb > va && s[vb-1] == ' ' {
			vb--
		}
		if v := s[va:vb]; ocrValueFits(kind, v) {
			out = append(out, span{start: va, end: vb, kind: kind})
		}
	}
	return out
}

// ocrLabel reads the label of the line s[a:b]: it returns where the value
// starts and the kind the label names, or 255.
func ocrLabel(s string, a, b int) (int, Kind) {
	line := s[a:b]
	if len(line) < 4 {
		return 0, 255
	}
	lim := min(len(line), 48)
	sep, sl := -1, 0
	if i := strings.IndexAny(line[:lim], ":："); i > 0 {
		sep, sl = i, 1
		if line[i] != ':' {
			sl = len("：")
		}
	}
	// a colon ends the label even after a gap that OCR put inside it
	// ("fu11  namc:…"), when only the label's letters stand before it
	colon := sep > 0 && strings.IndexFunc(line[:sep], func(r rune) bool {
		return r != ' ' && r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}) < 0
	for _, t := range []string{" . ", "  "} {
		if i := strings.Index(line[:lim], t); i > 0 && (sep < 0 || i < sep && !colon) {
			sep, sl = i, len(t)
		}
	}
	if sep <= 0 {
		return 0, 255
	}
	label := line[:sep]
	var buf [64]byte
	nk := buf[:0]
	letters := 0
	for _, r := range label {
		switch {
		case r == ' ' || r == '-' || r == '_' || r == '.':
		case r == '0':
			nk = append(nk, 'o')
		case r == '1':
			nk = append(nk, 'l')
		case r == '5':
			nk = append(nk, 's')
		case r < 0x80 && isAlpha(byte(r)):
			nk = append(nk, byte(r)|0x20)
			letters++
		case r >= 0x80 && (unicode.IsLetter(r) || unicode.Is(unicode.Mn, r)): // (a Thai or Hebrew vowel sign too: "ลูกค้า")
			if len(nk)+4 > cap(buf) {
				return 0, 255
			}
			nk = append(nk, string(unicode.ToLower(r))...)
			letters++
		default:
			return 0, 255 // a digit of an id, a bracket, a quote: no label
		}
	}
	if letters < 2 || len(nk) > 40 {
		return 0, 255
	}
	va := a + sep + sl
	for va < b && s[va] == ' ' {
		va++
	}
	if va >= b {
		return 0, 255
	}
	// the label goes on past the gap ("addrcss  id: …", "address  id . …"):
	// a label of more words than the gap shows, not this one
	if w := strings.IndexFunc(s[va:b], func(r rune) bool { return !unicode.IsLetter(r) && r != '0' && r != '1' && r != '5' }); w > 0 && w <= 12 &&
		(strings.HasPrefix(s[va+w:b], ":") || strings.HasPrefix(s[va+w:b], " . ") || strings.HasPrefix(s[va+w:b], " :")) {
		return 0, 255
	}
	// a label as written, and a value after ": ", is the key scanner's to
	// read: the reader takes the lines OCR garbled (a label that reads as
	// a key only with its confusions undone) or laid out (a value after a
	// spaced full stop, a column gap or a colon with no space)
	// (a phone's digits with an 'O' for a 0 are OCR's under any label)
	clean := strings.ContainsRune(":：", rune(line[sep])) && va > a+sep+sl && !garbledLabel(label)
	if ocrPersonLine18(string(nk), clean, s[va:b]) {
		return va, KindName // "k1icnt:…", "client: …", "客户:…" (names18_labels.go)
	}
	if ocrSecretLabel23(label, string(nk)) && ocrValueFits(KindCredential, s[va:b]) {
		return va, KindCredential // "client se cret: …", "idp sccrct: …" (cred23h_ocr.go)
	}
	if clean && !letterODigits(s[va:b]) {
		return 0, 255
	}
	if k := ocrKeyKind(string(nk)); k != 255 && (!clean || k == KindPhone) {
		return va, k
	}
	return 0, 255
}

// letterODigits reports an 'O' beside a digit or another such 'O'
// ("OO39 …", "(O11) …").
func letterODigits(v string) bool {
	for i := 0; i+1 < len(v); i++ {
		if v[i] == 'O' && (isDigit(v[i+1]) || v[i+1] == 'O') || isDigit(v[i]) && v[i+1] == 'O' {
			return true
		}
	}
	return false
}

// garbledLabel reports a label with OCR's marks: a digit among its
// letters ("te1ef0n", "cust0mer"), or a letter standing alone after a
// word, broken off it ("Nam e").
func garbledLabel(l string) bool {
	for i := 0; i < len(l); i++ {
		if (l[i] == '0' || l[i] == '1' || l[i] == '5') && (i > 0 && isAlpha(l[i-1]) || i+1 < len(l) && isAlpha(l[i+1])) {
			return true
		}
	}
	fs := strings.Fields(l)
	for i, f := range fs {
		if i > 0 && len(f) == 1 && isAlpha(f[0]) {
			return true
		}
	}
	return false
}

// ocrStems are the words of a kind's keys. A label that holds one as
// written and is no key of the kind ("password policy", "address id",
// "phone model") was ruled out by the key rules; another reading of its
// letters does not make it one.
var ocrStems = map[Kind][]string{
	KindName:       {"name", "nome", "nombre"},
	KindPhone:      {"phone", "tel", "mobile"},
	KindAddress:    {"addr", "adres", "street"},
	KindCredential: {"pass", "secret", "token", "key", "pwd", "sign"},
}

// ocrKeyKind classifies a normalised label, trying each 'c' as 'e' and each
// 'l' as 'i' (at most 2^6 readings).
func ocrKeyKind(k string) Kind {
	if kd, _ := columnKind(k); kd != 255 {
		switch kd {
		case KindName, KindPhone, KindAddress, KindCredential:
			return kd
		}
		return 255
	}
	kind := Kind(255)
	garbledReading(k, func(b string) bool {
		switch kd, _ := columnKind(b); kd {
		case KindName, KindPhone, KindAddress, KindCredential:
			kind = kd
			for _, st := range ocrStems[kd] {
				if strings.Contains(k, st) {
					kind = 255 // k spells the stem as written: not a misreading of this kind
				}
			}
			return true
		}
		return false
	})
	return kind
}

// garbledReading reports a reading of k, each 'c' as 'c' or 'e' and each
// 'l' as 'l' or 'i' (the first six, one at least changed), that ok accepts:
// the letters OCR most often misreads in a label.
func garbledReading(k string, ok func(string) bool) bool {
	var pos []int
	for i := 0; i < len(k) && len(pos) < 6; i++ {
		if k[i] == 'c' || k[i] == 'l' {
			pos = append(pos, i)
		}
	}
	if len(pos) == 0 {
		return false
	}
	var buf [48]byte
	b := append(buf[:0], k...)
	for m := 1; m < 1<<len(pos); m++ {
		for j, i := range pos {
			switch {
			case m&(1<<j) == 0:
				b[i] = k[i]
			case k[i] == 'c':
				b[i] = 'e'
			default:
				b[i] = 'i'
			}
		}
		if ok(string(b)) {
			return true
		}
	}
	return false
}

// ocrValueFits reports a value of kind's shape.
func ocrValueFits(kind Kind, v string) bool {
	if len(v) < 3 || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
		return false
	}
	switch kind {
	case KindName:
		return mailboxName(v, true) // the label names a person: the words need not be known
	case KindPhone:
		d := 0
		for i := 0; i < len(v); i++ {
			switch c := v[i]; {
			case isDigit(c):
				d++
			case c == 'O' || c == 'o':
				// a 0 read as a letter, among digits
				if !(i > 0 && (isDigit(v[i-1]) || v[i-1] == 'O' || v[i-1] == '(') || i+1 < len(v) && (isDigit(v[i+1]) || v[i+1] == 'O')) {
					return false
				}
				d++
			case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '+' || c == '/':
			default:
				return false
			}
		}
		return d >= 7 && d <= 15
	case KindAddress:
		// words and a number: not an address book's id ("ADR-0048213")
		return addressAnswer(v) && strings.IndexByte(v, ' ') > 0
	case KindCredential:
		return len(v) >= 8 && strings.IndexByte(v, ' ') < 0 && countDigits(v) > 0 && !ocrSlug(v)
	}
	return false
}

// ocrSlug reports lower-case words joined by '_' or '-' ("password_reset_v3",
// "min12-upper-digit"): a template's or a policy's name, no secret.
func ocrSlug(v string) bool {
	joined := false
	for i := 0; i < len(v); i++ {
		switch c := v[i]; {
		case c == '_' || c == '-':
			joined = true
		case c >= 'a' && c <= 'z' || isDigit(c):
		default:
			return false
		}
	}
	return joined
}

// addressAnswer reports a turn's text that can be an address: a digit, a
// letter, no marker, not digits alone, not too long for one.
func addressAnswer(v string) bool {
	if len(v) < 6 || len(v) > 240 || strings.Contains(v, "[REDACTED") || strings.Contains(v, "[HASH") {
		return false
	}
	digit, letters := false, 0
	for _, r := range v {
		switch {
		case r >= '0' && r <= '9' || unicode.IsDigit(r):
			digit = true
		case unicode.IsLetter(r):
			letters++
		}
	}
	if !digit || letters < 3 {
		return false
	}
	r, _ := utf8.DecodeRuneInString(v)
	return r != '#' // "#1042 please": an order
}
