package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names as items of a back-office message's list. Label printers, pick
// lists, customs brokers, helpdesks and audit trails write a record as a
// list of items joined by " / ", " - ", "; ", ", " or ". ", and the buyer's,
// employee's or importer's name stands among them as an item of its own,
// bare or after a label without a colon:
//
//	label rendered: Given Family; telephone [REDACTED:phone]; site …
//	… IBAN [REDACTED:iban]. Κώστας Μακρής. eventTimeMs 1766788544257
//	W-8BEN received: port of loading NLRTM / Ionescu, Ștefan / remit to iban: …
//	… / contact name FONSECA Rodrigo / buyer name 이하준 / klient: Given Family
//
// A bare item is taken only in a list that holds other PII (a span found
// on this pass or a marker of an earlier one), when it is the whole item
// and reads as a person's name by roleName (two to five capitalised words,
// "FAMILY Given", "Family, Given", an initial, a name of a script without
// case; not a company, a facility, a job title, a team) with evidence
// beyond its shape (bareItemName17): products, brands and places are
// capitalised pairs too. Items that are a place's as often are left: one
// word of Arabic, Hebrew or Thai, a Han or Hangul word ending as a
// district does ("마포구"), the item after a name or an address (its
// town), after a house number ("…, apt 39, Tel Aviv"), a line of its own
// (a company under "Attn:"), a text's first words (a greeting), a quoted
// value, a cell of a row, an item inside parentheses (a tuple). After a
// person's label ("contact name", "buyer name", "customer", "klient") the
// label is the evidence. An item after a colon is taken only when the
// colon ends a person's label or a message's verb ("label printed on
// zebra-03: Given Family."), never a thing's label ("supplier: …") nor a
// speaker's tag ("CUSTOMER:").

// mayHoldItemNames17 is the cheap test before itemNameSpans17: a list's
// separator and evidence of PII.
func mayHoldItemNames17(s string, evidence bool, tp *textPairs) bool {
	return evidence && len(s) >= 12 && (tp.containsAt(" / ", 1) || tp.containsAt(" - ", 1) ||
		tp.contains("; ") || tp.contains(". ") || tp.contains(", "))
}

// itemSep17 is a separator between items: [start, end) of its bytes.
type itemSep17 struct{ a, b int }

// itemSeps17 returns the separators of s's items, the string's bounds
// included as empty separators.
func itemSeps17(s string, seps []itemSep17) []itemSep17 {
	seps = append(seps, itemSep17{0, 0})
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !itemSepFirst17[c] {
			continue // (no case below starts with this byte: speed27_gates.go)
		}
		switch {
		case c == '\n' || c == '"' || c == '\t' || c == '|':
			seps = append(seps, itemSep17{i, i + 1})
		case c == '\\' && i+1 < len(s) && (s[i+1] == 'n' || s[i+1] == '"' || s[i+1] == 't'):
			seps = append(seps, itemSep17{i, i + 2})
			i++
		case c == ' ' && i+2 < len(s) && (s[i+1] == '/' || s[i+1] == '-' || s[i+1] == '|') && s[i+2] == ' ':
			seps = append(seps, itemSep17{i, i + 3})
			i += 2
		case (c == ';' || c == ',' || c == ':') && i+1 < len(s) && s[i+1] == ' ':
			seps = append(seps, itemSep17{i, i + 2})
			i++
		case c == '.' && i+2 < len(s) && s[i+1] == ' ' && !initialBefore17(s, i) && (sentenceStop17(s, i) || numberStop27(s, i)):
			seps = append(seps, itemSep17{i, i + 2})
			i++
		}
	}
	return append(seps, itemSep17{len(s), len(s)})
}

// initialBefore17 reports a full stop at i after a one-letter word (an
// initial: "H. Waters", "Ν. Οικονόμου").
func initialBefore17(s string, i int) bool {
	r, n := utf8.DecodeLastRuneInString(s[:i])
	if n == 0 || !unicode.IsUpper(r) {
		return false
	}
	return i-n == 0 || s[i-n-1] == ' ' || s[i-n-1] == '"'
}

// sentenceStop17 reports a full stop at i that ends an item: after a word
// of three letters or more that is no abbreviation or legal form ("Sp. z
// o.o.", "Co., Ltd.", "Inc.").
func sentenceStop17(s string, i int) bool {
	w := i
	for w > 0 && strings.IndexByte(" \"':,;(/[\\", s[w-1]) < 0 {
		w--
	}
	if i-w < 3 && !strings.ContainsAny(s[w:i], "0123456789]") || strings.IndexByte(s[w:i], '.') >= 0 {
		return false // "Sp.", "Co.", "Dr.": an abbreviation
	}
	var buf [16]byte
	if i-w <= len(buf) && (legalForms[string(lower(buf[:0], s[w:i]))] || legalForms[string(lower(buf[:0], s[w:i+1]))]) {
		return false
	}
	return true
}

// itemNameSpans17 returns the names that stand as items of s's lists.
func itemNameSpans17(s string, have []span) []span {
	var buf [48]itemSep17
	seps := itemStops18(s, itemSeps17(s, buf[:0]), have) // after a value or a unit (names18_items.go)
	var out []span
	for k := 0; k+1 < len(seps); k++ {
		a, b := seps[k].b, seps[k+1].a
		if b-a < 2 || b-a > 96 {
			continue
		}
		// "Family, Given": two items joined by ", " read as one
		if seps[k+1].b-seps[k+1].a == 2 && s[seps[k+1].a] == ',' && k+2 < len(seps) {
			if b2 := seps[k+2].a; b2-a <= 96 && !strings.Contains(s[seps[k+1].b:b2], " ") &&
				!strings.Contains(s[a:b], " ") && sep17Ends(s, seps[k+2]) && s[a] != '[' {
				if sp, ok := itemName17(s, seps[k], a, b2, have, out); ok {
					out = append(out, sp)
					k++
					continue
				}
			}
		}
		if sp, ok := itemName17(s, seps[k], a, b, have, out); ok {
			out = append(out, sp)
		}
	}
	return out
}

// sep17Ends reports a separator that ends an item for certain (not a
// colon, after which a label's value follows).
func sep17Ends(s string, sp itemSep17) bool {
	return sp.b == sp.a || s[sp.a] != ':'
}

// itemName17 reads the item s[a:b] after the separator before.
func itemName17(s string, before itemSep17, a, b int, have, found []span) (span, bool) {
	v := s[a:b]
	if c := v[0]; c >= 'a' && c <= 'z' && !labelWord17(v) || c < 'A' || c > 'Z' && c < 0x80 && !(c >= 'a' && c <= 'z') {
		return span{}, false // an item of a thing ("order id …", "#123", "[REDACTED:…]"): no person's name or label opens it
	}
	if overlaps(have, a, b) || strings.Contains(v, "[REDACTED:") || v[0] == '\'' || v[len(v)-1] == '\'' {
		return span{}, false
	}
	// a person's label and the name: "contact name Given Family", "klient Given"
	if la, ok := personLabel17(v); ok {
		if n := v[la:]; roleName(n) {
			return span{start: a + la, end: b, kind: KindName}, true
		}
		return span{}, false
	}
	if before.b > before.a && (s[before.a] == '"' || s[before.a] == '\\' && s[before.a+1] == '"') {
		return span{}, false // a quoted value: a key's ("hub": "…") or a label's (item "…"), read by their rules
	}
	if b < len(s) && s[b] == '"' && b+1 < len(s) && s[b+1] == ',' || before.b > before.a && s[before.a] == '"' && before.a > 0 && s[before.a-1] == ',' {
		return span{}, false // a quoted cell of a row: the rows' passes read it by its header
	}
	labelled := false
	if before.b-before.a == 2 && s[before.a] == ':' {
		ok, label := colonHead17(s[:before.a])
		if !ok {
			return span{}, false // "supplier: …", "port of loading: …": a thing's label
		}
		labelled = label
	}
	if !labelled && (lineSep17(s, before) || b < len(s) && (s[b] == '\n' || s[b] == '\\' && b+1 < len(s) && s[b+1] == 'n')) {
		return span{}, false // a line of its own: a block's, read by the blocks' passes (a company under "Attn:")
	}
	if !labelled && personOrPlaceBefore17(s, before.a, have, found) {
		return span{}, false // "Given Family, Mombasa", "[REDACTED:address], Khalifa City": the person's town
	}
	if !labelled && b+1 < len(s) && s[b] == ':' && s[b+1] == ' ' {
		return span{}, false // "해운대구 Next: resend …": a label, not a value
	}
	if !labelled && before.b == before.a {
		return span{}, false // a text's first words: a greeting's or a sentence's as often ("Hallo Given Family, …")
	}
	if !labelled && insideTuple17(s, a) {
		return span{}, false // "failing row contains (…, Given Family, …)": the tuples' passes read it
	}
	if !labelled && before.b-before.a == 2 && s[before.a] == ',' && houseNumberBefore17(s, before.a) {
		return span{}, false // "…, apt 39, Tel Aviv": an address's town after its number
	}
	if !labelled && strings.IndexByte(v, ' ') < 0 && (!strings.ContainsFunc(v, hanOrHangul17) || placeSuffix17(v)) {
		return span{}, false // one word of Arabic, Hebrew, Thai…, or "마포구", "名古屋市中区": a city's or a district's as often
	}
	if !roleName(v) || !labelled && !slotNameEvidence27(v) {
		return span{}, false
	}
	return span{start: a, end: b, kind: KindName}, true
}

// personLabels17 are the labels, written without a colon or before one, of
// a person's name in a list's item (lower case).
var personLabels17 = []string{
	"contact name", "buyer name", "full name", "display name", "requester name", "to name", "consignee name",
	"partner name", "from name", "primary contact", "customer name", "caller name", "sender name", "recipient name", "employee name",
	"account holder", "holder name", "contact person", "legal representative", "importer of record",
	"customer", "client", "klient", "cliente", "kunde", "klant", "pelanggan", "pembeli", "sender", "requester",
	"consignee", "recipient", "buyer", "müşteri", "zákazník", "клиент", "клієнт", "πελάτης", "לקוח", "العميل",
	"khách hàng", "ลูกค้า", "고객", "客户", "顧客",
}

// labelFirst17 are the first words of personLabels17 written in ASCII.
var labelFirst17 = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range personLabels17 {
		w, _, _ := strings.Cut(l, " ")
		if w[0] < 0x80 {
			m[w] = true
		}
	}
	return m
}()

// labelWord17 reports an item in lower case whose first word opens a
// person's label.
func labelWord17(v string) bool {
	e := strings.IndexAny(v, " :")
	if e < 0 || e > 12 {
		return false
	}
	var buf [12]byte
	return labelFirst17[string(lower(buf[:0], v[:e]))]
}

// personLabel17 returns where the name starts after a person's label that
// opens the item v ("contact name ", "klient: ").
func personLabel17(v string) (int, bool) {
	if len(v) < 6 || !(v[0] >= 'a' && v[0] <= 'z' || v[0] >= 0x80) {
		return 0, false
	}
	for _, l := range personLabels17 {
		if len(v) <= len(l)+1 || !strings.EqualFold(v[:len(l)], l) {
			continue
		}
		p := len(l)
		if v[p] == ':' {
			p++
		}
		if p < len(v) && v[p] == ' ' {
			return p + 1, true
		}
	}
	return 0, false
}

// colonHead17 reports the text before an item's colon that opens a
// person's name: a person's label ("klient") or a message's verb ("label
// printed on zebra-03", "call transcribed"); label says which.
func colonHead17(h string) (ok, label bool) {
	if i := strings.LastIndexAny(h, "\"/;,|\n"); i >= 0 {
		h = h[i+1:]
	}
	ws := strings.Fields(h)
	if len(ws) == 0 {
		return false, false
	}
	last := ws[len(ws)-1]
	if strings.ToLower(last) != last {
		return false, false // "CUSTOMER:", "Name:": a speaker's tag or a form's field, left to their passes
	}
	if _, ok := personLabel17(last + " x"); ok {
		return true, true
	}
	if len(ws) >= 2 {
		if _, ok := personLabel17(strings.ToLower(ws[len(ws)-2]) + " " + last + " x"); ok {
			return true, true
		}
	}
	for i := len(ws) - 1; i >= 0 && i >= len(ws)-4; i-- {
		if w := strings.ToLower(ws[i]); len(w) > 4 && strings.HasSuffix(w, "ed") || w == "sent" || w == "done" {
			return true, false
		}
	}
	return false, false
}

// bareItemName17 reports a bare item that holds evidence of a person's
// name beyond its shape: a script other than Latin, "Family, Given", an
// initial beside a capitalised name, or a given name of the names' lexicon
// first and a known name last (in any case: "RODRIGO Fonseca"); "Nintendo
// Switch OLED", "São Paulo" and "Quezon City" have none.
func bareItemName17(v string) bool {
	if strings.IndexByte(v, ',') > 0 {
		return true
	}
	capd, initial := false, false
	for _, w := range strings.Fields(v) {
		r, n := utf8.DecodeRuneInString(w)
		if r >= 0x80 && !unicode.Is(unicode.Latin, r) {
			return true // Cyrillic, Greek, Hebrew, Arabic, Thai, Han, Hangul…
		}
		switch {
		case n == len(w)-1 && w[n] == '.':
			initial = true
		case unicode.IsUpper(r):
			capd = true
		}
	}
	// A given name first and a known name last ("Donna Fakefield" is not:
	// "Abu Dhabi", "São Paulo", "Quezon City" are places).
	ws := strings.Fields(v)
	if len(ws) >= 2 && lexClass(ws[0])&lexGiven != 0 && lexClass(ws[len(ws)-1]) != 0 {
		return true
	}
	return initial && capd
}

// hanOrHangul17 reports a letter of the scripts whose names are written
// without spaces.
func hanOrHangul17(r rune) bool {
	return unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hangul, r)
}

// insideTuple17 reports a position inside a parenthesis opened on its line.
func insideTuple17(s string, a int) bool {
	depth := 0
	for i := a - 1; i >= 0 && s[i] != '\n'; i-- {
		switch s[i] {
		case ')':
			depth--
		case '(':
			depth++
			if depth > 0 {
				return true
			}
		}
	}
	return false
}

// houseNumberBefore17 reports a short item ending at e in a number of one
// to five digits, with no key or label in it ("דירה 39", "Pueyrredón 237"):
// the part of an address before its town.
func houseNumberBefore17(s string, e int) bool {
	d := e
	for d > 0 && isDigit(s[d-1]) {
		d--
	}
	if e-d < 1 || e-d > 5 || d == 0 || s[d-1] != ' ' {
		return false
	}
	// 32 bytes back from e, an earlier pass's marker counted as one: a
	// value is one byte or more, so the window reaches at least as far
	// once its values are redacted, and the item reads the same
	st, n := d, e-d
	for st > 0 && n < 32 {
		if s[st-1] == ']' {
			if m := strings.LastIndex(s[max(0, st-40):st], "[REDACTED:"); m >= 0 && markerEnd(s, max(0, st-40)+m) == st {
				st = max(0, st-40) + m
				n++
				continue
			}
		}
		st--
		n++
	}
	if i := strings.LastIndexAny(s[st:d], ",;/|\n\"\t"); i >= 0 { // (the item's own bounds, as itemSeps17 parts them)
		st += i + 1
	} else if st > 0 {
		return false
	}
	return !labelSignIn17(s[st:d])
}

// labelSignIn17 reports a key's or a label's sign (":" or "=") in t; the
// colon of an earlier pass's marker is none, so that the item reads the
// same before and after its name is redacted.
func labelSignIn17(t string) bool {
	for i := 0; i < len(t); i++ {
		switch t[i] {
		case '=':
			return true
		case ':':
			if !strings.HasSuffix(t[:i], "[REDACTED") {
				return true
			}
		}
	}
	return false
}

// lineSep17 reports a separator that is a line break, raw or escaped.
func lineSep17(s string, sp itemSep17) bool {
	return sp.b > sp.a && (s[sp.a] == '\n' || s[sp.a] == '\\' && s[sp.a+1] == 'n')
}

// personOrPlaceBefore17 reports a name or an address (a span, or an
// earlier pass's marker) that ends at e, the item before.
func personOrPlaceBefore17(s string, e int, spans ...[]span) bool {
	if strings.HasSuffix(s[:e], "[REDACTED:name]") || strings.HasSuffix(s[:e], "[REDACTED:address]") {
		return true
	}
	for _, sp := range spans {
		for _, x := range sp {
			if x.end == e && (x.kind == KindName || x.kind == KindAddress) {
				return true
			}
		}
	}
	return false
}

// placeSuffixes17 end the names of cities, districts and streets in the
// scripts without spaces (Korean 구/시/군/동, Chinese and Japanese 区/市/県…).
var placeSuffixes17 = []string{"구", "시", "군", "동", "읍", "면", "도", "로", "길", "区", "區", "市", "県", "縣", "町", "村", "省", "州", "路", "街", "道", "镇", "鎮"}

// placeSuffix17 reports a word of Han or Hangul that ends as a place's name.
func placeSuffix17(v string) bool {
	for _, x := range placeSuffixes17 {
		if strings.HasSuffix(v, x) {
			return true
		}
	}
	return false
}
