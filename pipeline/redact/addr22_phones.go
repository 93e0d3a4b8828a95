package redact

import "strings"

// Phones known by where they stand rather than by a key:
//
//	6343;[REDACTED:name];30277463;[REDACTED:address];invalid postcode     a row's cell between its person's cells
//	Error: ugyldigt telefonnummer: Jeppe Fake 40714828⏎                   the number that closes a clause right after its owner's name
//	GET /admin/customers/search?q=0660.5439333                            the term of a customer search
//	ValidationError: …: 0703.672.0792                                     a national number dotted after its trunk 0
//
// A row of a file import or a fixed list (";", "|" or tab between cells)
// that holds a person's name and another of the person's cells (an
// address, a phone, an e-mail found by the other readers) holds the
// phone as a cell of digits alone (phoneCell22). After a person's name,
// a number of a phone's length that ends its line or string is the
// person's. A customer search's "q" (or "query", "term", "search") of a
// phone's digits is a buyer's number: admins look buyers up by it. A
// number with its trunk 0 and three groups or four, dotted, is the way
// Austria, Nigeria, Japan and more print a phone; no version or date
// begins with a group of three digits or more after a 0.
//
// What stays: IPv4 addresses (four octets), dates, times, amounts with
// decimals, numbers of seven digits or fewer or of thirteen or more
// (barcodes, epoch milliseconds), a row's cells anywhere but between its
// person's name and address, a number after a name that opens no clause,
// and dotted codes whose second group is short (customs codes "0403.10.5000").

// phoneCell22 reports a value that is a phone's digits alone: 7 to 15
// digits, a "+" first at most, grouped by spaces, dashes, dots or
// brackets, and no IPv4 address, date or decimal amount.
func phoneCell22(v string) bool {
	if len(v) < 7 || len(v) > 24 {
		return false
	}
	d, groups, dots := 0, 1, 0
	for i := 0; i < len(v); i++ {
		c := v[i]
		switch {
		case isDigit(c):
			d++
		case c == '+' && i == 0:
		case c == ' ' || c == '-' || c == '.' || c == '(' || c == ')':
			if c == '.' {
				dots++
			}
			if i > 0 && isDigit(v[i-1]) {
				groups++
			}
		default:
			return false
		}
	}
	if d < 7 || d > 15 || !isDigit(v[len(v)-1]) {
		return false
	}
	if dots == 3 && groups == 4 && ipv4Octets22(v) {
		return false // 10.15.134.199
	}
	if groups == 2 && dots == 1 || groups == 3 && (v[4] == '-' || v[2] == '.' && len(v) == 10 && dots == 2) {
		return false // "1234.56", "2026-08-15", "15.08.2026"
	}
	return true
}

// ipv4Octets22 reports four dotted numbers of 0–255 without leading zeros.
func ipv4Octets22(v string) bool {
	for _, g := range strings.Split(v, ".") {
		if len(g) == 0 || len(g) > 3 || len(g) > 1 && g[0] == '0' {
			return false
		}
		n := 0
		for k := 0; k < len(g); k++ {
			if !isDigit(g[k]) {
				return false
			}
			n = n*10 + int(g[k]-'0')
		}
		if n > 255 {
			return false
		}
	}
	return true
}

// mayHoldPlacedPhone22 is the cheap test before placedPhoneSpans22.
func mayHoldPlacedPhone22(s string, sig uint32, evidence bool, tp *textPairs) bool {
	return sig&sigDigit != 0 && (evidence || tp.contains("?q=") || tp.contains("&q=") || strings.IndexByte(s, '.') >= 0)
}

// placedPhoneSpans22 returns the phones of s known by their place.
func placedPhoneSpans22(s string, sig uint32, tp *textPairs, have []span) []span {
	var out []span
	if len(have) > 0 || strings.Contains(s, "[REDACTED:") {
		if sig&(sigSemi|sigPipe|sigTab) != 0 {
			out = rowPhoneCells22(s, have, out)
		}
		out = namePhones22(s, have, out)
	}
	if tp.contains("q=") || tp.contains("query=") || tp.contains("term=") || tp.contains("search=") {
		out = customerSearchPhones22(s, out)
	}
	if strings.IndexByte(s, '.') >= 0 {
		out = trunkDottedPhones22(s, have, out)
	}
	return out
}

// nameAt22 reports a person's name in s[a:e]: a name span or a marker.
func nameAt22(s string, have []span, a, e int) bool {
	for _, x := range have {
		if x.kind == KindName && x.start < e && x.end > a {
			return true
		}
	}
	return strings.Contains(s[a:e], "[REDACTED:name]")
}

// rowPhoneCells22 adds the phone cells of the rows of s that hold a
// person's name and another of the person's values.
func rowPhoneCells22(s string, have []span, out []span) []span {
	pa, pe := 0, 0 // the line before: a header row names its columns
	for a := 0; a < len(s); {
		e, next := lineEnd22(s, a)
		line := s[a:e]
		sep := byte(0)
		for _, c := range []byte{';', '|', '\t'} {
			if strings.Count(line, string(c)) >= 3 {
				sep = c
				break
			}
		}
		if sep != 0 && nameAt22(s, have, a, e) && (strings.Count(line, "[REDACTED:") >= 2 || spansIn22(have, a, e) >= 2) {
			var cells [][2]int
			for p := a; p <= e; {
				q := strings.IndexByte(s[p:e], sep)
				if q < 0 {
					q = e
				} else {
					q += p
				}
				b, f := p, q
				for b < f && s[b] == ' ' {
					b++
				}
				for f > b && s[f-1] == ' ' {
					f--
				}
				cells = append(cells, [2]int{b, f})
				p = q + 1
			}
			for k := 1; k+1 < len(cells); k++ {
				b, f := cells[k][0], cells[k][1]
				pb, pf, nb, nf := cells[k-1][0], cells[k-1][1], cells[k+1][0], cells[k+1][1]
				if !nameAt22(s, have, pb, pf) || !addressAt22(s, have, nb, nf) {
					continue // the phone stands between its person's name and address
				}
				if headerNamesOther22(s[pa:pe], sep, k, len(cells)) {
					continue // a column headed "fedex_tracking", "upc" or "shopId" holds no phone
				}
				if d := countDigits(s[b:f]); d >= 8 && d <= 12 && phoneCell22(s[b:f]) && !overlapsAny(have, b, f) {
					out = append(out, span{start: b, end: f, kind: KindPhone})
				}
			}
		}
		pa, pe, a = a, e, next
	}
	return out
}

// headerNamesOther22 reports a header row of n cells split by sep whose
// k-th cell is a key of another kind than a phone's (an id, a carrier's
// tracking number, a barcode).
func headerNamesOther22(h string, sep byte, k, n int) bool {
	cells := strings.Split(h, string(sep))
	if len(cells) != n {
		return false
	}
	var buf [48]byte
	c := keyClass(normKey(buf[:0], strings.Trim(cells[k], ` "`)))
	return c != keyNone && c != keyPhone
}

// addressAt22 reports an address in s[a:e]: a span or a marker.
func addressAt22(s string, have []span, a, e int) bool {
	for _, x := range have {
		if x.kind == KindAddress && x.start < e && x.end > a {
			return true
		}
	}
	return strings.Contains(s[a:e], "[REDACTED:address]")
}

// spansIn22 counts the spans of have in s[a:e].
func spansIn22(have []span, a, e int) int {
	n := 0
	for _, x := range have {
		if x.start < e && x.end > a {
			n++
		}
	}
	return n
}

// lineEnd22 returns where the line from a ends (a raw or an escaped line
// break) and where the next begins.
func lineEnd22(s string, a int) (int, int) {
	for i := a; i < len(s); i++ {
		if s[i] == '\n' {
			return i, i + 1
		}
		if s[i] == '\\' && i+1 < len(s) && s[i+1] == 'n' {
			return i, i + 2
		}
	}
	return len(s), len(s)
}

// namePhones22 adds the numbers of a phone's shape that close a line or a
// string right after a person's name.
func namePhones22(s string, have []span, out []span) []span {
	add := func(n, p int) {
		if n < 2 || s[n-2] != ':' || s[n-1] != ' ' {
			return // the name is the item of a clause: "…: Given Family 4071…"
		}
		if p+1 >= len(s) || s[p] != ' ' || !(isDigit(s[p+1]) || s[p+1] == '+') {
			return
		}
		if w := strings.LastIndexByte(s[n:p], ' '); w >= 0 && numberLabels22[strings.ToLower(s[n+w+1:p])] {
			return // "고객: 안녕하세요 송장 4199…": the name's last word names the number, an order's or a parcel's
		}
		e := p + 1
		for e < len(s) && (isDigit(s[e]) || s[e] == ' ' && e+1 < len(s) && isDigit(s[e+1]) || (s[e] == '-' || s[e] == '.') && e+1 < len(s) && isDigit(s[e+1]) || s[e] == '+' && e == p+1) {
			e++
		}
		if e < len(s) && !(s[e] == '\n' || s[e] == '"' || s[e] == '\\' || s[e] == '\r') {
			return
		}
		if v := s[p+1 : e]; countDigits(v) >= 8 && countDigits(v) <= 12 && phoneCell22(v) && !overlapsAny(have, p+1, e) {
			out = append(out, span{start: p + 1, end: e, kind: KindPhone})
		}
	}
	for _, x := range have {
		if x.kind == KindName {
			add(x.start, x.end)
		}
	}
	for off := 0; ; {
		i := indexRare(s[off:], "[REDACTED:name]")
		if i < 0 {
			break
		}
		add(off+i, off+i+len("[REDACTED:name]"))
		off += i + len("[REDACTED:name]")
	}
	return out
}

// numberLabels22 are words that name the number after them as an order's
// or a parcel's; read as a name's last word, they make it no owner's phone.
var numberLabels22 = setOf("송장", "운송장", "주문", "order", "tracking", "waybill", "awb", "运单", "订单", "注文", "追跡",
	"трек", "заказ", "resi", "pedido", "rastreio", "sendung")

// customerSearchWords22 are the path words of a customer lookup.
var customerSearchWords22 = []string{"/customers", "/customer/", "/users", "/buyers", "/members", "/contacts", "/clients"}

// customerSearchPhones22 adds the search term of a customer lookup's URL
// when it is a phone's digits.
func customerSearchPhones22(s string, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '?')
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		ps := strings.LastIndexAny(s[:i], " \"")
		path := s[ps+1 : i]
		hit := false
		for _, w := range customerSearchWords22 {
			if strings.Contains(path, w) {
				hit = true
				break
			}
		}
		if !hit {
			continue
		}
		for p := i; p < len(s) && (s[p] == '?' || s[p] == '&'); {
			k := p + 1
			eq := k
			for eq < len(s) && s[eq] != '=' && s[eq] != '&' && s[eq] != ' ' && s[eq] != '"' {
				eq++
			}
			v := eq + 1
			e := v
			for e < len(s) && s[e] != '&' && s[e] != ' ' && s[e] != '"' && s[e] != '\\' {
				e++
			}
			if eq < len(s) && s[eq] == '=' {
				switch s[k:eq] {
				case "q", "query", "term", "search", "keyword":
					val := strings.ReplaceAll(strings.ReplaceAll(s[v:e], "+", " "), "%2B", "+")
					if countDigits(val) >= 8 && phoneCell22(val) {
						out = append(out, span{start: v, end: e, kind: KindPhone})
					}
				}
			}
			p = e
		}
	}
	return out
}

// trunkDottedPhones22 adds the national numbers dotted after their trunk
// 0: "0703.672.0792", "080.5333.2728", "0660.5439.333".
func trunkDottedPhones22(s string, have []span, out []span) []span {
	for off := 0; off < len(s); {
		i := strings.IndexByte(s[off:], '0')
		if i < 0 {
			break
		}
		i += off
		off = i + 1
		if i > 0 && (isAlnum(s[i-1]) || s[i-1] == '.' || s[i-1] == '-' || s[i-1] == '/' || s[i-1] == '_') {
			continue
		}
		g, p, d, first, second, last := 0, i, 0, 0, 0, 0
		for {
			q := p
			for q < len(s) && isDigit(s[q]) {
				q++
			}
			if q-p < 2 || q-p > 4 {
				break
			}
			if g == 0 {
				first = q - p
			} else if g == 1 {
				second = q - p
			}
			d += q - p
			last = q - p
			g++
			p = q
			if p+1 < len(s) && s[p] == '.' && isDigit(s[p+1]) {
				p++
				continue
			}
			break
		}
		if first < 3 || second < 3 || last < 3 || g == 4 && d == 12 || g < 3 || g > 4 || d < 9 || d > 12 || p < len(s) && (isAlnum(s[p]) || s[p] == '.' && p+1 < len(s) && isDigit(s[p+1])) {
			continue
		}
		if !overlapsAny(have, i, p) {
			out = append(out, span{start: i, end: p, kind: KindPhone})
		}
		off = p
	}
	return out
}
