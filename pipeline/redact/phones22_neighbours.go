package redact

import "strings"

// A phone printed next to its owner's name or e-mail without a label: a
// receipt's loyalty line ("LOYALTY: Jane Roe  447700900123"), an export
// row ("C1;Jane Roe;jane@example.net;447700900123"), a spreadsheet dump
// ("B2='Jane Roe' C2='447700900123'"), a signature under a reply ("Jane
// Roe\n06.31.987.7610"), a fixed-width record whose phone column stands
// before the e-mail column. neighbourPhoneSpans22 reads the value right
// after a name or an e-mail (found by another pass, or a marker of an
// earlier one), and right before an e-mail across a column's spaces, as a
// phone when it has a phone's shape by the numbering plans: a '+' and 8 to
// 15 digits, a mobile with its country code and no '+', a trunk '0' and 9
// to 11 digits, the international prefix '00', or digits in a phone's
// groups (labelPhone20). In one piece without a country code or a trunk,
// the digits are a phone only before an e-mail column or on a signature's
// own line under the name (an id follows a name as often as a phone does).

// mayHoldNeighbourPhone22 is the cheap test: a name or an e-mail found, or
// a marker of one.
func mayHoldNeighbourPhone22(s string, have []span, marked bool) bool {
	for _, x := range have {
		if x.kind == KindName || x.kind == KindEmail {
			return true
		}
	}
	return marked && (strings.Contains(s, "[REDACTED:name]") || strings.Contains(s, "[REDACTED:email]"))
}

func neighbourPhoneSpans22(s string, have []span) []span {
	var out []span
	try := func(a, e int, email bool) {
		if a < 0 {
			return
		}
		if b := neighbourPhoneAfter22(s, e); b > 0 {
			out = append(out, span{start: e + (b >> 16), end: e + (b & 0xffff), kind: KindPhone})
		}
		if email {
			if pa, pe := phoneBeforeColumn22(s, a); pe > pa {
				out = append(out, span{start: pa, end: pe, kind: KindPhone})
			}
		}
	}
	for _, x := range have {
		if x.kind == KindName || x.kind == KindEmail {
			try(x.start, x.end, x.kind == KindEmail)
		}
	}
	for _, m := range [...]string{"[REDACTED:name]", "[REDACTED:email]"} {
		for i := 0; ; {
			k := indexRare(s[i:], m)
			if k < 0 {
				break
			}
			try(i+k, i+k+len(m), m[10] == 'e')
			i += k + len(m)
		}
	}
	return out
}

// neighbourPhoneAfter22 returns the phone that follows the value ending at
// e, past a gap of spaces, one cell separator or one line break, packed as
// start<<16|end relative to e; 0 if none.
func neighbourPhoneAfter22(s string, e int) int {
	p := e
	if p < len(s) && (s[p] == '"' || s[p] == '\'' || s[p] == '>') {
		p++ // the closing quote of a cell
	}
	q, single := p, false
	for q < len(s) && (s[q] == ' ' || s[q] == '\t') {
		q++
	}
	switch {
	case q < len(s) && (s[q] == ';' || s[q] == '|' || s[q] == ','):
		q++
		if q < len(s) && s[q] == ' ' && s[q-1] == ',' {
			return 0 // "Hi Jane, 0402…": a sentence's comma, not a row's
		}
	case q < len(s) && s[q] == '\n':
		q++
	case strings.HasPrefix(s[q:], `\n`):
		q += 2
	case q > p:
		// spaces: a column's, a tab, or one after a name (then only a
		// number written as a phone, in groups, with '+' or a country
		// code: prose runs on with ids after a name)
		single = q-p == 1 && s[p] == ' '
	default:
		if q == p || !cellRef22(s, q) {
			return 0
		}
	}
	if q < len(s) && q > e && cellRef22(s, q) {
		q = cellRefEnd22(s, q) // "B2='…' C2='…'": the next cell of a dump
		single = false
	}
	for q < len(s) && (s[q] == ' ' || s[q] == '\t' || s[q] == '"' || s[q] == '\'') {
		q++
	}
	if q >= len(s) || !(isDigit(s[q]) || s[q] == '+' || s[q] == '(') {
		return 0
	}
	v, ve := phoneRun22(s, q)
	br := bracketed28(v)
	if br {
		q, ve, v = q+1, ve-1, v[1:len(v)-1] // "Jane Roe (6281234567890)": the number in its brackets (ph28_neighbours.go)
		single = single && strings.IndexAny(v, "+ .-/") < 0 && !bracketIntl28(v)
	}
	if single && strings.IndexAny(v, "+ .-/(") < 0 && !intlAny22([]byte(v)) {
		return 0
	}
	own := ve >= 0 && (ve == len(s) || s[ve] == '\n' || s[ve] == '\r' || strings.HasPrefix(s[ve:], `\n`)) &&
		(strings.IndexByte(s[e:q], '\n') >= 0 || strings.Contains(s[e:q], `\n`)) // a signature's line under the name
	if ve < 0 || !neighbourPhoneValue22(v, own) && !(br && bracketIntl28(v)) || q-e > 0xffff || ve-e > 0xffff {
		return 0
	}
	if cellNamedOther23(s, q) {
		return 0 // the header names the column for no phone (phones23_neighbours.go)
	}
	return (q-e)<<16 | (ve - e)
}

// cellRef22 reports a spreadsheet cell reference with '=' at s[q:]:
// "C12=".
func cellRef22(s string, q int) bool { return cellRefEnd22(s, q) > q }

func cellRefEnd22(s string, q int) int {
	i := q
	for i < len(s) && i-q < 3 && isUpper(s[i]) {
		i++
	}
	if i == q {
		return q
	}
	j := i
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	if j == i || j >= len(s) || s[j] != '=' {
		return q
	}
	return j + 1
}

// phoneRun22 returns the run of a phone's characters at q and its end; the
// run must end at a boundary (space, quote, separator, markup, end).
func phoneRun22(s string, q int) (string, int) {
	i := q
	for i < len(s) && (isDigit(s[i]) || strings.IndexByte("+ .-()/", s[i]) >= 0) {
		if s[i] == ' ' && (i+1 >= len(s) || !isDigit(s[i+1])) {
			break
		}
		i++
	}
	for i > q && strings.IndexByte(" .-/(", s[i-1]) >= 0 {
		i--
	}
	if i < len(s) && strings.IndexByte(" \t\n\r\"';,|\\^<]}", s[i]) < 0 {
		return "", -1
	}
	return s[q:i], i
}

// neighbourPhoneValue22 reports a value shaped as a phone (see above);
// column is set for the value before an e-mail column.
func neighbourPhoneValue22(v string, column bool) bool {
	if v == "" {
		return false
	}
	if v[0] == '+' {
		return phoneChars20(v, 8, 15)
	}
	var buf [16]byte
	d := buf[:0]
	grouped := false
	for i := 0; i < len(v); i++ {
		if isDigit(v[i]) {
			if len(d) == len(buf) {
				return false
			}
			d = append(d, v[i])
		} else {
			grouped = true
		}
	}
	if len(d) < 7 {
		return false
	}
	if grouped {
		if len(d) >= 12 && d[0] == '0' && d[1] == '0' && intlAny22(d[2:]) {
			return true // "0065 8345 4511": the international prefix
		}
		last := len(v) - 1 - strings.LastIndexAny(v, " .-/)")
		return last >= 2 && len(d) >= 8 && labelPhone20(v) // (not "05123456-0001-1": an id with a check digit)
	}
	switch {
	case intlAny22(d):
		return true
	case d[0] == '0' && d[1] != '0' && (len(d) == 10 || len(d) == 11):
		return true // a trunk '0': "0612345678", "07700900123"
	case len(d) == 12 && d[0] == '0' && d[1] == '1' && strings.IndexByte("567", d[2]) >= 0 && !upcValid(d):
		return true // a German mobile: "017612345678" (not a UPC-A code)
	case len(d) >= 12 && d[0] == '0' && d[1] == '0' && intlAny22(d[2:]):
		return true // the international prefix: "00447700900123"
	}
	return column && labelPhone20(v)
}

// phoneBeforeColumn22 returns the phone that ends a column's run of spaces
// (two or more) before the e-mail at a: a fixed-width record's phone
// column.
func phoneBeforeColumn22(s string, a int) (int, int) {
	p := a
	for p > 0 && s[p-1] == ' ' {
		p--
	}
	if a-p < 2 {
		return 0, 0
	}
	e := p
	for p > 0 && (isDigit(s[p-1]) || s[p-1] == '+') {
		p--
	}
	if e-p < 7 || p == 0 || s[p-1] != ' ' {
		return 0, 0
	}
	if !neighbourPhoneValue22(s[p:e], true) {
		return 0, 0
	}
	return p, e
}

// intlAny22 reports a mobile with its country code by any of the plans.
func intlAny22(d []byte) bool {
	if len(d) == 13 && luhn(d) {
		return false // a card number
	}
	if intlStrict23(d) {
		return true // a plan's exact mobile, whatever its check digit (phones23_neighbours.go)
	}
	if (len(d) == 12 && upcValid(d)) || len(d) == 13 && upcValid(d) {
		return false // a UPC-A or EAN-13 code
	}
	return intlMobile(d) || intlMobileGrouped(d) || intlMobile22(d)
}

// intlMobile22 reports more markets' mobiles written with their country
// code and no '+' (see intlMobile): the code, the mobile prefix and the
// exact length.
func intlMobile22(d []byte) bool {
	n := len(d)
	if n < 10 || n > 13 {
		return false
	}
	at := func(k int, set string) bool { return k < n && strings.IndexByte(set, d[k]) >= 0 }
	switch string(d[:3]) {
	case "212": // Morocco 6/7 + 8
		return n == 12 && at(3, "67")
	case "371": // Latvia 2 + 7
		return n == 11 && d[3] == '2'
	case "372": // Estonia 5 + 6–7
		return (n == 10 || n == 11) && d[3] == '5'
	case "994": // Azerbaijan 10/50/51/55/60/70/77/99 + 7
		return n == 12 && at(3, "15679")
	case "998": // Uzbekistan 33/5x/7x/88/9x + 7
		return n == 12 && at(3, "35789")
	case "380": // Ukraine 39/50/6x/7x/9x + 7
		return n == 12 && at(3, "35679")
	case "386": // Slovenia 3x/4x/5x/6x/7x + 6
		return n == 11 && at(3, "34567")
	case "593": // Ecuador 9 + 8
		return n == 12 && d[3] == '9'
	}
	switch string(d[:2]) {
	case "36": // Hungary 20/30/31/50/70 + 7
		return n == 11 && at(2, "2357") && d[3] == '0' || n == 11 && d[2] == '3' && d[3] == '1'
	case "94": // Sri Lanka 7 + 8
		return n == 11 && d[2] == '7'
	case "64": // New Zealand 2 + 7–9
		return n >= 10 && n <= 12 && d[2] == '2'
	case "62": // Indonesia 8 + 9–11 (13 digits: intlMobile stops at 12)
		return n == 13 && d[2] == '8'
	case "49": // Germany 15x/16x/17x + 8 (13 digits: intlMobile stops at 12)
		return n == 13 && d[2] == '1' && at(3, "567")
	}
	return false
}
