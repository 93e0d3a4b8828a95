package redact

import "strings"

// A name bracketed after an order's or a ticket's label. Shops, help desks
// and marketplaces write the buyer after the reference of what they bought
// or asked, in parentheses or square brackets:
//
//	webhook orders/create received for #14419 (Given Family)
//	Order #1234 [Given Family] paid
//	ticket 48213 (Given Family) reopened, pedido 4711 (FAMILY, Given)
//
// The reference is a Shopify-style "#" and digits, or a token with digits
// right after an order's or a ticket's word; the bracket holds a person's
// name as a role key's value does (names_roles.go): two to five
// capitalised or caseless words, "FAMILY, Given", a Han name, one word of a
// script without case. Statuses, carriers, shops, amounts and counts
// ("(Paid)", "(Shopee Express)", "(3 items)") stay, and so do places
// written with a place's first word ("(New York)", "(São Paulo)").

// mayHoldLabelName is the cheap test before labelNameSpans.
func mayHoldLabelName(s string, sig uint32, tp *textPairs) bool {
	return sig&(sigLParen|sigLBrack) != 0 && (tp.containsAt(" (", 1) || tp.containsAt(" [", 1))
}

// labelNameSpans returns the names bracketed after an order's or a
// ticket's reference in s.
func labelNameSpans(s string) []span {
	var out []span
	for i := 2; i < len(s); i++ {
		k := indexEither(s[i:], '(', '[')
		if k < 0 {
			break
		}
		i += k
		c := s[i]
		if s[i-1] != ' ' {
			continue
		}
		if !labelBefore(s, i-1) {
			continue
		}
		closer := byte(')')
		if c == '[' {
			closer = ']'
		}
		lim := min(len(s), i+1+100)
		e := strings.IndexByte(s[i+1:lim], closer)
		if e <= 0 {
			continue
		}
		vs, ve := i+1, i+1+e
		v := s[vs:ve]
		if strings.IndexByte(v, '(') >= 0 || strings.IndexByte(v, '[') >= 0 || isMarkerAt(s, vs) {
			continue
		}
		for vs < ve && s[vs] == ' ' {
			vs++
		}
		for ve > vs && s[ve-1] == ' ' {
			ve--
		}
		if ve > vs && labelName(s[vs:ve]) {
			out = append(out, span{vs, ve, KindName, 0})
			i = ve
		}
	}
	return out
}

// labelBefore reports an order's or a ticket's reference ending at e (the
// space before the bracket): "#14419", or a token with three digits or
// more after a word of orders or tickets ("order 123-4567890-1234567",
// "Ticket No. 48213", "pedido nº 4711").
func labelBefore(s string, e int) bool {
	ts := e
	for ts > 0 && e-ts < 40 && s[ts-1] != ' ' && s[ts-1] != '\n' && s[ts-1] != '"' && s[ts-1] != '(' {
		ts--
	}
	t := s[ts:e]
	if len(t) < 2 {
		return false
	}
	digits, letters := 0, 0
	for k := 0; k < len(t); k++ {
		switch {
		case isDigit(t[k]):
			digits++
		case isAlpha(t[k]) || t[k] >= 0x80:
			letters++
		}
	}
	if t[0] == '#' && digits > 0 && letters <= 2 {
		return true // Shopify's "#1001", a ticket's "#48213"
	}
	if at := strings.IndexByte(t, '@'); at > 0 && strings.IndexByte(t[at:], '.') > 0 || strings.HasSuffix(t, "[REDACTED:email]") {
		return true // the person's e-mail address: "… for given@example.com (Given Family)"
	}
	if digits < 3 || letters > digits {
		return false
	}
	// The label: up to two words back, past "no.", "nr.", "nº", "#".
	p := ts
	for w := 0; w < 3 && p > 1; w++ {
		we := p - 1
		if s[we] != ' ' {
			return false
		}
		ws := we
		for ws > 0 && we-ws < 24 && s[ws-1] != ' ' && s[ws-1] != '\n' && s[ws-1] != '"' {
			ws--
		}
		word := strings.ToLower(strings.TrimRight(s[ws:we], ":"))
		if labelWord(word) {
			return true
		}
		switch word {
		case "no", "no.", "nr", "nr.", "nº", "n°", "#", "id", "number", "num", "num.":
			p = ws
			continue
		}
		return false
	}
	return false
}

// labelWord reports a word of orders, tickets and what a buyer asks about.
func labelWord(w string) bool {
	if orderWord(w) {
		return true
	}
	switch w {
	case "ticket", "tickets", "case", "invoice", "shipment", "parcel", "package", "return", "refund", "booking",
		"reservation", "claim", "dispute", "chargeback", "rma", "po", "so", "subscription", "cart", "checkout",
		"ticketnr", "ticketnummer", "fall", "rechnung", "sendung", "paket", "retoure", "facture", "colis", "remboursement",
		"factura", "envío", "envio", "devolución", "devolucion", "reembolso", "fattura", "spedizione", "reso", "rimborso",
		"fatura", "encomenda", "devolução", "chamado", "zgłoszenie", "zgloszenie", "faktura", "przesyłka", "zwrot",
		"talep", "iade", "заказ", "заявка", "обращение", "посылка", "возврат", "tiket", "pengembalian",
		"đơn", "đơnhàng", "注文", "订单", "訂單", "工单", "工單", "주문", "문의", "คำสั่งซื้อ", "طلب", "الطلب", "הזמנה":
		return true
	}
	return false
}

// labelName reports a bracket's content that is a person's name.
func labelName(v string) bool {
	if !roleName(v) {
		return false
	}
	f, _ := nextField(v)
	var buf [16]byte
	if len(f) <= len(buf) && placeFirst[string(lower(buf[:0], f))] {
		return false // "(New York)", "(São Paulo)", "(Kuala Lumpur)"
	}
	return true
}

// placeFirst are the first words of places' names in the shops' markets
// ("New York", "São Paulo", "Kuala Lumpur", "Ho Chi Minh", "Bad Homburg").
var placeFirst = setOf("new", "nueva", "nuevo", "nova", "novo", "san", "santa", "santo", "são", "sao", "los", "las",
	"saint", "st", "st.", "ste", "sainte", "sankt", "port", "puerto", "porto", "cape", "cabo", "fort", "mount", "mont",
	"lake", "bad", "kuala", "bandar", "kota", "ho", "hong", "abu", "ras", "rio", "río", "ciudad", "villa", "gran",
	"grand", "great", "north", "south", "east", "west", "upper", "lower", "nord", "süd", "sud", "ost", "nizhny",
	"nizhniy", "veliky", "velikiy", "petaling", "johor", "shah", "george", "golden", "palm", "buenos", "costa",
	"mexico", "méxico", "tel", "hai", "da", "phnom", "addis", "dar", "kota", "pulau", "tanjung", "sungai", "batu")
