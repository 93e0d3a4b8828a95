package redact

import "strings"

// A business's name under a label that names a business.
//
// Fashion and consumer brands are often named after a person ("Ralph
// Lauren", "Dr. Martens", "Michael Kors"), and the name passes read their
// known given names or the honorific as a person's. Back-office systems log
// the business that sold or made the goods under a label of its own: a
// seller, a merchant's or a store's name, a brand's owner. The value of such
// a label is a business's name whatever its words, in every way a label is
// written: `seller="…"`, `"merchant_name":"…"`, `X-Seller: …`,
// `map[X-Merchant-Name:[…]]`, `<BrandOwner>…</BrandOwner>`, an HTML table's
// `<td>merchant_name</td><td>…</td>` (or its rendered view, the label on
// the line before), `MerchantName = …`, a field name in an operator's sentence
// (`vendor_name Ralph Lauren`), and a CSV column so named.
//
// A buyer's name is never logged under these labels; a person's key under
// them (`seller.name`, `seller_contact`) is another key and keeps its
// reading. Store and shop labels are left out: a store's contact fields
// (`store_name` beside `store_phone` and `store_email`) name the person
// behind a small store as often as a brand.

// businessKeys26 are the labels (normalised: lower case, no '_' or '-')
// whose value is a business's name; brandKeys (damage14_titles.go) are the
// makers'.
var businessKeys26 = setOf("seller", "merchant", "merchantname",
	"vendor", "vendorname", "retailer", "brandowner")

// businessKey26 reports a label (as written) naming a business: its last
// dotted part, a trailing counter ("merchant_name_2") and an HTTP header's
// "X-" aside.
func businessKey26(k string) bool {
	if d := strings.LastIndexByte(k, '.'); d >= 0 {
		k = k[d+1:]
	}
	if d := strings.LastIndexByte(k, ':'); d >= 0 {
		k = k[d+1:] // an XML namespace: "cfdi:StoreName"
	}
	for len(k) > 0 && (isDigit(k[len(k)-1]) || k[len(k)-1] == '_') {
		k = k[:len(k)-1]
	}
	if len(k) > 2 && (k[0] == 'X' || k[0] == 'x') && k[1] == '-' {
		k = k[2:]
	}
	if len(k) < 4 || len(k) > 24 {
		return false
	}
	var buf [24]byte
	b := buf[:0]
	for i := 0; i < len(k); i++ {
		c := k[i]
		switch {
		case c == '_' || c == '-':
			continue
		case isUpper(c):
			c += 'a' - 'A'
		case !isAlnum(c):
			return false
		}
		b = append(b, c)
	}
	return businessKeys26[string(b)] || brandKeys[string(b)]
}

// keyBackFrom returns the label that ends at e: letters, digits, '_', '-',
// '.' and an XML namespace's ':'.
func keyBackFrom(s string, e int) string {
	a := e
	for a > 0 && e-a < 40 {
		c := s[a-1]
		if !isAlnum(c) && c != '_' && c != '-' && c != '.' {
			break
		}
		a--
	}
	return s[a:e]
}

// businessLabelBefore26 reports a run starting at a that is the value of a
// label naming a business (see above).
func businessLabelBefore26(s string, a int) bool {
	if a <= 0 || a > len(s) {
		return false
	}
	e := a
	for n := 0; e > 0 && n < 8; n++ {
		c := s[e-1]
		if c != ' ' && c != '"' && c != '\'' && c != '\\' && c != '[' && c != '\t' {
			break
		}
		e--
	}
	if e == 0 {
		return false
	}
	switch c := s[e-1]; c {
	case '=', ':':
		e--
		for n := 0; e > 0 && n < 8 && (s[e-1] == ' ' || s[e-1] == '"' || s[e-1] == '\'' || s[e-1] == '\\'); n++ {
			e--
		}
		if e > 0 && s[e-1] == ']' {
			e-- // a form's "data[merchant_name]=…"
		}
		return businessKey26(keyBackFrom(s, e))
	case '>':
		lt := strings.LastIndexByte(s[max(0, e-48):e-1], '<')
		if lt < 0 {
			return false
		}
		lt += max(0, e-48)
		tag := s[lt+1 : e-1]
		if sp := strings.IndexAny(tag, " \t"); sp >= 0 {
			tag = tag[:sp]
		}
		if !strings.EqualFold(tag, "td") && !strings.EqualFold(tag, "th") {
			return businessKey26(tag) // <StoreName>…, <cfdi:Seller>…
		}
		// a table's cell: the label is the text of the cell before it
		p := lt
		for p > 0 && (s[p-1] == ' ' || s[p-1] == '\n' || s[p-1] == '\t') {
			p--
		}
		if p < 5 || !strings.EqualFold(s[p-5:p], "</td>") && !strings.EqualFold(s[p-5:p], "</th>") {
			return false
		}
		p -= 5
		return businessKey26(keyBackFrom(s, p)) && p > 0 && (p-len(keyBackFrom(s, p)) == 0 || s[p-len(keyBackFrom(s, p))-1] == '>')
	case '\n':
		// a rendered table: the label alone on the line before
		p := e - 1
		if p > 0 && s[p-1] == '\r' {
			p--
		}
		k := keyBackFrom(s, p)
		st := p - len(k)
		return k != "" && (st == 0 || s[st-1] == '\n') && businessKey26(k)
	}
	// a field's name in an operator's sentence ("vendor_name Ralph Lauren"),
	// or a quoted argument before its value (Redis's HSET "seller" "…")
	if e < a && (s[e] == ' ' || s[e] == '"' && e+1 < a && s[e+1] == ' ') {
		k := keyBackFrom(s, e)
		st := e - len(k)
		quoted := s[e] == '"' && st > 0 && s[st-1] == '"'
		return (quoted || strings.IndexByte(k, '_') > 0) && businessKey26(k)
	}
	return false
}

// dropBusinessCells26 drops the names found inside the cells of a CSV
// column whose header names a business (seller, merchant_name,
// brand_owner); the table's header is found as csvSpans finds it.
func (sc *scanner) dropBusinessCells26() {
	s := sc.s
	named := false
	for _, x := range sc.spans {
		if x.kind == KindName {
			named = true
			break
		}
	}
	if !named {
		return
	}
	h, ok := findHeader(s)
	if !ok {
		return
	}
	var cols []bool
	any := false
	for _, f := range strings.Split(strings.TrimRight(s[h.start:h.end], "\r"), string(h.sep)) {
		f = strings.Trim(strings.TrimSpace(f), `"`)
		b := businessKey26(f)
		cols = append(cols, b)
		any = any || b
	}
	if !any {
		return
	}
	var cells []idRange
	for p := h.end + 1; p < len(s); {
		le := csvRowLen(s[p:])
		if le == 0 || strings.IndexByte(s[p:p+le], h.sep) < 0 {
			break
		}
		for col, cs := 0, p; cs <= p+le && col < len(cols); col++ {
			ce := csvCellEnd(s, cs, p+le, h.sep)
			if ce < 0 {
				ce = p + le
			} else {
				ce += cs
			}
			if cols[col] {
				cells = append(cells, idRange{a: cs, b: ce})
			}
			cs = ce + 1
		}
		p += le + 1
	}
	if len(cells) == 0 {
		return
	}
	out := sc.spans[:0]
	for _, x := range sc.spans {
		drop := false
		if x.kind == KindName {
			for _, c := range cells {
				if x.start >= c.a && x.end <= c.b {
					drop = true
					break
				}
			}
		}
		if !drop {
			out = append(out, x)
		}
	}
	sc.spans = out
}

// businessPath26 reports a field whose path's last part names a business
// ("order.seller", "payload.merchant_name"); "seller.name" is a name's path.
func businessPath26(p string) bool {
	k := p[strings.LastIndexByte(p, '.')+1:]
	if len(k) < 4 {
		return false
	}
	switch k[0] | 0x20 {
	case 's', 'm', 'v', 'r', 'b', 'x':
	default:
		return false // most paths are ruled out by their first letter
	}
	return businessKey26(k)
}
