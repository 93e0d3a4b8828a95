package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Corrections to the spans the scanner found, before the other passes:
// amounts after a dash, breaks a value must not run over, password labels
// of two words.

// An SMS or a push body often ends with the order's total after a dash:
// "Recipient: Jana Nováková - R 69 419.54", "Delivery address: … 2196 -
// 8.205.700 ₫". A name or an address found before it must not take the
// dash and the amount with it (the amount is no PII, and a currency letter
// read as an initial or digits read as a house number would eat it).
// trimAmountTails cuts such spans before the dash.
func (sc *scanner) trimAmountTails() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName && x.kind != KindAddress {
			continue
		}
		v := s[x.start:x.end]
		if strings.IndexByte(v, '-') < 0 && !strings.Contains(v, "–") {
			continue
		}
		d := strings.LastIndex(v, " - ")
		w := 3
		if e := strings.LastIndex(v, " – "); e > d {
			d, w = e, len(" – ")
		}
		if d <= 0 {
			continue
		}
		// The amount may run past the span ("R" taken as an initial, the
		// digits left): read it to the end of its clause.
		tail := s[x.start+d+w:]
		if e := strings.IndexAny(tail, "\n;|)\"'"); e >= 0 {
			tail = tail[:e]
		}
		if amountText(strings.TrimSpace(strings.TrimRight(tail, ".,"))) {
			x.end = x.start + d
		}
	}
}

// amountText reports text that is an amount and nothing else: a number
// (groups of digits joined by spaces, dots or commas) with a currency
// before or after it ("₹47715.87", "R 69 419.54", "SAR 37344.29",
// "75 025 Kč", "3.279.500 ₫", "NT$42,300"), or a number with two decimals.
func amountText(t string) bool {
	if t == "" || len(t) > 40 {
		return false
	}
	cur, num := 0, 0
	decimals := false
	for _, f := range strings.Fields(t) {
		// A sign may be glued to the number: "₹47715.87", "NT$42,300", "42,30€".
		lead := strings.TrimLeftFunc(f, func(r rune) bool { return !unicode.IsDigit(r) })
		body := strings.TrimRightFunc(lead, func(r rune) bool { return !unicode.IsDigit(r) })
		pre, post := f[:len(f)-len(lead)], lead[len(body):]
		if body != "" {
			if strings.Trim(body, "0123456789.,") != "" {
				return false
			}
			if pre != "" {
				if !currencyWord(pre) {
					return false
				}
				cur++
			}
			if post != "" {
				if !currencyWord(post) {
					return false
				}
				cur++
			}
			num++
			if l := len(body); l >= 3 && (body[l-3] == '.' || body[l-3] == ',') {
				decimals = true
			}
			continue
		}
		if !currencyWord(f) {
			return false
		}
		cur++
	}
	return num > 0 && num <= 4 && cur <= 2 && (cur > 0 || decimals)
}

// currencyWord reports a currency sign or code: a symbol (₹, NT$, ₫, €),
// three capital letters (SAR, EUR), or a local abbreviation.
func currencyWord(w string) bool {
	for _, r := range w {
		if unicode.Is(unicode.Sc, r) {
			return utf8.RuneCountInString(w) <= 4
		}
	}
	if len(w) == 3 && isUpper(w[0]) && isUpper(w[1]) && isUpper(w[2]) {
		return true
	}
	switch strings.ToLower(w) {
	case "r", "rs", "rs.", "kč", "zł", "kr", "kr.", "ft", "rp", "rp.", "rm", "tl", "lei", "лв", "лв.", "руб", "руб.", "р.",
		"₽", "грн", "din", "kn", "sfr", "chf", "fr.", "s/", "bs", "q", "l", "ksh", "tsh", "ush":
		return true
	}
	return false
}

// A chat message strings its parts together with full-width commas
// ("…，smtp_pass=…，#2504259JYVMVQ4，gracias") or ends a sentence with an
// order reference ("… 1140 Wien #919-8911923-9670284 danke"); a query
// string's next parameter starts at "&key=". A secret, a name or an
// address found without a closing quote ends there: what follows is read
// again on its own (unless rescan is false: when this is a rescan).
func (sc *scanner) trimAtBreaks(rescan bool) {
	s := sc.s
	var again [][2]int // what was cut off, read again once the spans are settled
	drop := false
	for i := range sc.spans {
		x := sc.spans[i]
		if x.kind != KindName && x.kind != KindAddress && x.kind != KindCredential {
			continue
		}
		v := s[x.start:x.end]
		if x.kind != KindCredential && (columnGap(v) == 0 || wordAcrossGap(s, x.start)) || strings.HasPrefix(v, "^FS") {
			// The value starts in a column's gap or at the end of a label
			// printer's field: what follows is the next column's or field's
			// ("BILL TO          INVOICE INV-…", "^FDShip to:^FS^FO…"),
			// read on its own.
			drop = true
			sc.spans[i].kind = kindDropped
			from := x.start
			for from < x.end && (s[from] == ' ' || s[from] == '\t') {
				from++
			}
			if strings.HasPrefix(s[from:x.end], "^FS") {
				from += 3
			}
			if rescan && from < x.end {
				again = append(again, [2]int{from, x.end})
			}
			continue
		}
		cut := strings.Index(v, "，")
		if r := strings.Index(v, "^FS"); r > 0 && (cut < 0 || r < cut) {
			cut = r // a label printer's field ends a value (ZPL "^FD…^FS")
		}
		if r := orderRefAt(v); r > 0 && (cut < 0 || r < cut) {
			cut = r
		}
		if x.kind != KindCredential {
			// A column's gap: text laid out in columns (pdftotext -layout,
			// fixed-width reports) puts three spaces or a tab between a
			// value and the next column's.
			if r := layoutGap(s, v); r > 0 && (cut < 0 || r < cut) { // damage_layout.go
				cut = r
			}
		}
		if x.kind == KindCredential {
			if r := queryParamAt(v); r > 0 && (cut < 0 || r < cut) {
				cut = r // "pw=Ankara2012%40&%E5%8D%A1%E8%99%9F=…": the next parameter
			}
		}
		if cut <= 0 {
			continue
		}
		e := x.start + cut
		for e > x.start && s[e-1] == ' ' {
			e--
		}
		sc.spans[i].end = e
		if !rescan {
			continue
		}
		// What followed the break is read again, to the end of its line:
		// the value cut off may run on past the old span ("&卡號=3439 …").
		from := x.start + cut
		again = append(again, [2]int{from, lineEnd(s, from, from)})
	}
	if drop {
		out := sc.spans[:0]
		for _, x := range sc.spans {
			if x.kind != kindDropped {
				out = append(out, x)
			}
		}
		sc.spans = out
	}
	for _, r := range again {
		sc.rescan(r[0], r[1]) // scan.go
	}
}

// kindDropped marks a span trimAtBreaks removes.
const kindDropped Kind = 255

// queryParamAt returns where "&" and the next query parameter ("&key=",
// the key percent-encoded too) start in v, or -1: a raw '&' ends a value
// in a query string.
func queryParamAt(v string) int {
	for off := 0; ; {
		a := strings.IndexByte(v[off:], '&')
		if a < 0 {
			return -1
		}
		a += off
		e := a + 1
		for e < len(v) && e-a <= 64 && (isWord(v[e]) || v[e] >= 0x80 || v[e] == '%' || v[e] == '-' || v[e] == '.' || v[e] == '[' || v[e] == ']') {
			e++
		}
		if e > a+1 && e < len(v) && v[e] == '=' {
			return a
		}
		off = a + 1
	}
}

// orderRefAt returns where " #" and an Amazon order id (3-7-7 digits)
// start in v, or -1.
func orderRefAt(v string) int {
	for off := 0; ; {
		h := strings.Index(v[off:], " #")
		if h < 0 {
			return -1
		}
		h += off
		d := v[h+2:]
		if len(d) >= 19 && d[3] == '-' && d[11] == '-' && countDigits(d[:19]) == 17 && (len(d) == 19 || !isAlnum(d[19])) || orderCodeRefAt(d) { // damage_keys.go
			return h
		}
		off = h + 2
	}
}

// A password label of two words ("κωδικός πρόσβασης: …", "mot de passe :
// …") can be read as a key and its value: the second word is then what was
// redacted, and the secret after the colon was not. shiftLabelSecrets moves
// such a span, a word of letters alone right before ": ", to the token
// after the colon.
func (sc *scanner) shiftLabelSecrets() {
	s := sc.s
	drop := false
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindCredential || x.end+2 >= len(s) || s[x.end] != ':' || s[x.end+1] != ' ' {
			continue
		}
		if x.start < 2 || s[x.start-1] != ' ' || !isLetterBefore(s, x.start-1) ||
			strings.IndexFunc(s[x.start:x.end], func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
			continue // "password: Sunshine: …" keeps its span: the label ended at its colon
		}
		k := x.end + 2
		if isMarkerAt(s, k) {
			// Redacted on an earlier pass, after this word was moved off
			// it: the word stays, as it did then.
			x.end = x.start
			drop = true
			continue
		}
		if i+1 < len(sc.spans) && sc.spans[i+1].start < k+1 {
			continue
		}
		e := unquotedEnd(s, k, modeToken, maxValue)
		for e > k && strings.IndexByte(".,;:)", s[e-1]) >= 0 {
			e--
		}
		if e-k < 4 || i+1 < len(sc.spans) && sc.spans[i+1].start < e {
			continue
		}
		x.start, x.end = k, e
	}
	if drop {
		out := sc.spans[:0]
		for _, x := range sc.spans {
			if x.end > x.start {
				out = append(out, x)
			}
		}
		sc.spans = out
	}
}

// isLetterBefore reports a letter (of any script) right before p.
func isLetterBefore(s string, p int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:p])
	return unicode.IsLetter(r)
}

// A title read as the name it precedes ("jmenuji se Ing. Tomáš Dvořák",
// "recipient Ing. Eva Novák": the name ended at the title's full stop)
// takes the capitalised words after it, up to four.
func (sc *scanner) extendTitleNames() {
	s := sc.s
	for i := range sc.spans {
		x := &sc.spans[i]
		if x.kind != KindName || x.end+2 >= len(s) {
			continue
		}
		t := strings.ToLower(s[x.start:x.end])
		p := x.end
		if s[p] == '.' {
			t += "."
			p++
		}
		if !honorificSet[t] || !strings.HasSuffix(t, ".") || p >= len(s) || s[p] != ' ' {
			continue
		}
		p++
		e, words := p, 0
		for words < 4 {
			q := e
			for q < len(s) {
				r, w := utf8.DecodeRuneInString(s[q:])
				if !unicode.IsLetter(r) && r != '-' && r != '\'' {
					break
				}
				q += w
			}
			if q == e || !nameWords([]string{s[e:q]}) {
				break
			}
			words++
			e = q
			if e+1 < len(s) && s[e] == ' ' {
				if r, _ := utf8.DecodeRuneInString(s[e+1:]); unicode.IsUpper(r) {
					e++
					continue
				}
			}
			break
		}
		if words == 0 || i+1 < len(sc.spans) && sc.spans[i+1].start < e {
			continue
		}
		for e > p && s[e-1] == ' ' {
			e--
		}
		x.end = e
	}
}

// columnGap returns where three spaces or a tab first stand in v, or -1.
func columnGap(v string) int {
	g := strings.Index(v, "   ")
	if t := strings.IndexByte(v, '\t'); t >= 0 && (g < 0 || t < g) {
		g = t
	}
	return g
}

// wordAcrossGap reports a value at i that a heading or role word reached
// across a column's gap: three spaces or more right before it, and a word
// (not a key's ':' or '=') before those ("收件人           INVOICE …").
// Aligned "Name:      …" stays its key's.
func wordAcrossGap(s string, i int) bool {
	if i < 4 || s[i-1] != ' ' || s[i-2] != ' ' || s[i-3] != ' ' {
		return false
	}
	p := i - 1
	for p >= 0 && s[p] == ' ' {
		p--
	}
	return p >= 0 && s[p] != ':' && s[p] != '=' && s[p] != '\n' && !strings.HasSuffix(s[:p+1], "：")
}
