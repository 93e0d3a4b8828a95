package redact

import "strings"

// CSV and TSV text (batch imports, exports logged whole) puts a value's key
// in a header line and the value in a column of every later line:
//
//	Name,Email,Billing Street,Billing Phone
//	Ana Lima,ana@example.com,Rua Augusta 15,+55 11 91234-5678
//
// csvSpans reads the header's keys as key would and returns the cells of the
// columns that hold names, addresses, secrets, phone numbers and cards.

// csvSeps are the separators a header line may use, most likely first.
const csvSeps = ",\t;|"

func csvSpans(s string) []span {
	h, ok := findHeader(s)
	if !ok {
		return nil
	}
	return csvColumns(s, h.start, h.end, h.sep)
}

// csvHeader is where a CSV header line is in a text, and its separator.
type csvHeader struct {
	start, end int
	sep        byte
}

// findHeader finds the header of CSV text: the first line, or the line
// after a short preamble ("import file: x.csv\nName,Email,…"), or the part
// of either after a message's colon.
func findHeader(s string) (csvHeader, bool) {
	nl := strings.IndexByte(s, '\n')
	if nl < 0 {
		return csvHeader{}, false
	}
	hs := 0
	for try := 0; try < 2 && nl >= 0; try++ {
		header := s[hs : hs+nl]
		next := s[hs+nl+1:]
		if e := strings.IndexByte(next, '\n'); e >= 0 {
			next = next[:e]
		}
		if sep := csvSep(header, next); sep != 0 && csvFirstRow22(next, sep) { // (people22_csv.go)
			return csvHeader{hs, hs + nl, sep}, true
		}
		// A header after a message's colon ("rejected rows in x.csv:
		// id,name,phone\n…") counts when the next line has as many fields.
		if c := strings.LastIndex(header, ": "); c > 0 {
			if sep := csvSep(header[c+2:], next); sep != 0 {
				if fieldCount(next, sep) == fieldCount(header[c+2:], sep) {
					return csvHeader{hs + c + 2, hs + nl, sep}, true
				}
			}
		}
		if c, sep := prefixedHeader20(header, next); c > 0 {
			return csvHeader{hs + c, hs + nl, sep}, true // after a log prefix (tables20_match.go)
		}
		if c, sep := keyedHeader32(header, next); c > 0 {
			return csvHeader{hs + c, hs + nl, sep}, true // a field's value: "content=\ufeffhost\t…" (cr32_keys.go)
		}

		hs += nl + 1
		nl = strings.IndexByte(s[hs:], '\n')
	}
	return csvHeader{}, false
}

// fieldCount counts the fields of a CSV line, separators inside quotes
// not splitting.
func fieldCount(line string, sep byte) int {
	n, inq := 1, false
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '"':
			inq = !inq
		case sep:
			if !inq {
				n++
			}
		}
	}
	return n
}

// csvSep returns the separator of a header line: one that splits it into
// three fields or more, all short words; or two such fields when the next
// line has two fields too ("order_id,api_key\n5791…,3c14…"); or 0.
func csvSep(h, next string) byte {
	h = strings.TrimRight(h, "\r")
	if len(h) > 2048 || strings.Contains(h, "[REDACTED:") || strings.Contains(h, "[HASH:") {
		return 0 // a header holds no values (an earlier pass's marker says it held one)
	}
	for i := 0; i < len(csvSeps); i++ {
		sep := csvSeps[i]
		if c := strings.Count(h, string(sep)); c < 1 || c == 1 && (fieldCount(next, sep) != 2 || strings.IndexByte(h, ' ') >= 0) {
			continue
		}
		ok := true
		for _, f := range strings.Split(h, string(sep)) {
			f = strings.Trim(strings.TrimSpace(f), `"`)
			if len(f) == 0 || len(f) > 40 || strings.ContainsAny(f, "@0123456789") && !isHeaderWithDigit(f) ||
				strings.ContainsAny(f, "?=") || strings.Count(f, "(") != strings.Count(f, ")") {
				// A column name, not a piece of a statement ("(sms_to, x) values (?, ?)").
				ok = false
				break
			}
		}
		if ok {
			return sep
		}
	}
	return 0
}

// isHeaderWithDigit allows "Address 1", "line2", "tel1", "Isbn13",
// "sha256" and "2fa_code": digits (up to three) at one end of a name.
func isHeaderWithDigit(f string) bool {
	d := 0
	for i := 0; i < len(f); i++ {
		if isDigit(f[i]) {
			d++
		}
	}
	if d == 0 || d > 3 || strings.Contains(f, "@") {
		return false
	}
	t := strings.TrimRight(f, "0123456789")
	if len(f)-len(t) == d {
		return len(t) >= 2 && isAlpha(t[0])
	}
	h := strings.TrimLeft(f, "0123456789")
	return len(f)-len(h) == d && len(h) >= 3 && isAlpha(h[0])
}

func csvColumns(s string, hs, he int, sep byte) []span {
	var kinds []Kind
	var ctxs []int
	var roles []bool
	var codes []int
	var streets []bool
	any := false
	for _, f := range strings.Split(strings.TrimRight(s[hs:he], "\r"), string(sep)) {
		f = strings.Trim(strings.TrimSpace(f), `"`)
		k, c := columnKind(f)
		role := k == 255 && personColumn18(f) // "importer_of_record", "deliver_to", "客户" (names18_labels.go)
		if role {
			k = KindName
		}
		code := notAccessKey20
		if k == 255 {
			code = accessCodeKey20(f) // "pickup_code": its 4 to 8 digits (codekeys20_keys.go)
		}
		if code != notAccessKey20 {
			k = KindCredential
		}
		street := k == 255 && streetColumn20(f) // "adr", "location": a street address by its parts (names20_fields.go)
		if street {
			k = KindAddress
		}
		streets = append(streets, street)
		codes = append(codes, code)
		roles = append(roles, role)
		if k != 255 {
			any = true
		}
		kinds = append(kinds, k)
		ctxs = append(ctxs, c)
	}
	if !any {
		return nil
	}
	var out []span
	for p := he + 1; p < len(s); {
		le := csvRowLen(s[p:]) // a quoted cell may hold line breaks (damage_csv.go)
		line := s[p : p+le]
		col, cs := 0, 0
		inq := false
		for q := 0; q <= len(line); q++ {
			if q < len(line) && line[q] == '"' {
				inq = !inq
			}
			if q < len(line) && (inq || line[q] != sep) {
				continue
			}
			if col < len(kinds) && kinds[col] != 255 {
				a, b := cs, q
				for a < b && (line[a] == ' ' || line[a] == '"') {
					a++
				}
				for b > a && (line[b-1] == ' ' || line[b-1] == '"' || line[b-1] == '\r') {
					b--
				}
				cell := line[a:b]
				if kinds[col] == KindAddress && networkAddress(cell) {
					cell = "" // "remote addr", "peer address": a host, not a street
				}
				if codes[col] != notAccessKey20 && !accessCodeOf20(codes[col], cell) {
					cell = "" // a code column's cell that is no code
				}
				if streets[col] && !fieldStreet20(cell) {
					cell = "" // a dock, a zone or a city under "location"
				}
				if roles[col] && !roleName(cell) {
					cell = "" // a company, a warehouse or a job title under a role's column
				}
				if notKindValue(kinds[col], cell) {
					cell = "" // a port's code or a warehouse under "ship_to", a firm under "contact" (damage17_traps.go)
				}
				if cell != "" && !strings.Contains(cell, "[REDACTED:") && !strings.Contains(cell, "[HASH:") && !isLiteral(cell) &&
					(ctxs[col] == ctxNone || countDigits(cell) >= 6) && !(kinds[col] == KindName && isSlug(cell)) {
					out = append(out, span{start: p + a, end: p + b, kind: kinds[col]})
				}
			}
			col++
			cs = q + 1
		}
		p += le + 1
	}
	return out
}

// plainColumn reports a column whose name says it holds no PII: an id, a
// time, an amount, a network address, or a description of goods, sellers
// and places ("Item Title", "warehouse_city", "Seller Company", "remote
// addr"). Under a header, such a column's cells are not judged by their
// shape (a product's name is not a person's).
func plainColumn(h string) bool {
	var buf [64]byte
	nk := normKey(buf[:0], strings.ReplaceAll(h, " ", ""))
	switch headerClass(nk, h) {
	case keyID:
		return true
	case keyNone:
	default:
		return false
	}
	k := string(nk)
	if strings.Contains(k, "addr") {
		return true // a key that names an address and holds none is a network one
	}
	for _, w := range plainWords {
		if len(w) >= 4 && strings.Contains(k, w) || strings.HasSuffix(k, w) {
			return true
		}
	}
	return false
}

// plainWords are the parts of column names of what is not personal: goods,
// sellers, places of the business, carriers, hosts, times and amounts.
var plainWords = []string{"title", "product", "item", "sku", "company", "merchant", "seller", "shop", "store",
	"vendor", "supplier", "brand", "city", "warehouse", "hub", "origin", "carrier", "courier", "status",
	"version", "host", "node", "pod", "commit", "sha", "hash", "currency", "amount", "price", "total", "qty",
	"quantity", "date", "time", "tracking", "waybill", "invoice", "order", "uuid", "country", "region",
	"category", "ip", "jwt", "trace", "span", "revision", "digest", "etag", "gtin", "ean", "upc", "isbn",
	"asin", "model", "variant", "colour", "color", "size", "weight", "service", "channel", "platform"}

// columnKind is the kind of the values under a header or column name, and
// the context their digits are read in; 255 for none.
func columnKind(h string) (Kind, int) {
	var buf [64]byte
	switch headerClass(normKey(buf[:0], strings.ReplaceAll(h, " ", "")), h) {
	case keyName:
		return KindName, ctxNone
	case keyAddress:
		return KindAddress, ctxNone
	case keyCred, keyAuth:
		return KindCredential, ctxNone
	case keyCard:
		return KindCard, ctxNone
	case keyPhone:
		return KindPhone, ctxPhone
	case keyCardCtx:
		return KindCard, ctxCard
	}
	return 255, ctxNone
}

// headerClass classifies a header: as a key, else by the words of other
// languages that name a value ("收货地址", "Empfänger", "địa chỉ").
func headerClass(nk []byte, f string) int {
	if c := keyClass(nk); c != keyNone {
		return c
	}
	for _, t := range cjkTriggers {
		if strings.HasPrefix(f, t.w) {
			return t.cls
		}
	}
	lf := strings.ToLower(f)
	// An identifier ("order_name", "product_name") is the key classes' to
	// judge; words found inside are for headers written for people
	// ("Customer Name", "Tên khách hàng", "Empfänger").
	ident := strings.IndexFunc(f, func(r rune) bool { return r == ' ' || r >= 0x80 }) < 0
	for _, t := range colonTriggers {
		if lf == t.w || strings.Contains(lf, t.w) && (t.w[0] >= 0x80 || len(t.w) >= 4 && !ident) {
			return t.cls
		}
	}
	return keyNone
}

// sqlSpans reads INSERT statements the same way: the column list names
// each value of the VALUES list ("(order_id, recipient, line1) VALUES
// (5274, 'Chloé Dupont', '3 rue du Faubourg')"); the quoted values of
// columns that hold names, addresses, secrets and phones are returned.
func sqlSpans(s string) []span {
	var out []span
	for off := 0; off < len(s); {
		v := indexFold(s[off:], "values")
		if v < 0 {
			break
		}
		v += off
		off = v + 6
		cols := statement{s: s[:v+6]}.columnList()
		if cols == nil {
			continue
		}
		kinds := make([]Kind, len(cols))
		cardCol := make([]bool, len(cols))
		for i, c := range cols {
			if kinds[i], _ = columnKind(c); kinds[i] == KindCard {
				kinds[i] = 255 // a card in a VALUES list is the scanner's to find
				cardCol[i] = true
			}
		}
		codeCol := sqlCodeColumn27(s, v, cols, kinds) // a bare "code" beside a buyer's columns (cred27_codes.go)
		roleCol := nk29RoleColumns(cols, kinds)       // "reviewer", "author" (nk29_sql.go)
		p := v + 6
		for p < len(s) && s[p] == ' ' {
			p++
		}
		for p < len(s) && s[p] == '(' {
			p++
			col := 0
			for p < len(s) && s[p] != ')' && col < 256 {
				for p < len(s) && s[p] == ' ' {
					p++
				}
				if a, e, next, ok := sqlLiteral20(s, p); ok { // 'v', N'v', N''v'' (tables20_sql.go)
					if v := s[a:e]; col < len(kinds) && kinds[col] != 255 && v != "" && !strings.Contains(v, "[REDACTED:") && boundValueFits(kinds[col], v) {
						out = append(out, span{start: a, end: e, kind: kinds[col]})
					} else if col < len(cardCol) && cardCol[col] && cardColumnValue(v) {
						out = append(out, span{start: a, end: e, kind: KindCard}) // (sqlrows.go)
					} else if col == codeCol && sqlCodeValue27(v) {
						out = append(out, span{start: a, end: e, kind: KindCredential})
					} else if col < len(roleCol) && roleCol[col] && v != "" && !strings.Contains(v, "[REDACTED:") && nk29RoleCell(v) {
						out = append(out, span{start: a, end: e, kind: KindName})
					}
					p = next
				} else {
					for p < len(s) && s[p] != ',' && s[p] != ')' {
						p++
					}
				}
				for p < len(s) && s[p] == ' ' {
					p++
				}
				if p < len(s) && s[p] == ',' {
					p++
				}
				col++
			}
			p++
			for p < len(s) && (s[p] == ',' || s[p] == ' ') {
				p++
			}
		}
	}
	return out
}

// indexFold is strings.Index for an ASCII lower-case word, any case.
func indexFold(s, w string) int {
	for i := 0; i+len(w) <= len(s); i++ {
		if s[i]|0x20 == w[0] && strings.EqualFold(s[i:i+len(w)], w) {
			return i
		}
	}
	return -1
}
