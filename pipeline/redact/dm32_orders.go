package redact

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// An order's or an invoice's number written in a script's digits after its
// label ("注文番号=٠٤٢٨٥٢٨٠٩٧", "رقم الطلب: ०६२९७७९१४३", "<td>請求書番号</td><td>…")
// is that number, not a phone, even when it opens with a trunk '0' or as an
// Indic mobile does (native_phones.go): localised templates print the
// numbers of orders and invoices in the buyer's digits. The label is the
// word just before the run, past '=', ':', quotes, spaces and table tags;
// it names an order or an invoice in one of the shops' languages and no
// phone.

// orderLabelBefore32 reports an order's or an invoice's label ending just
// before s[a].
func orderLabelBefore32(s string, a int) bool {
	p := a
	for tags := 0; p > 0; {
		c := s[p-1]
		switch {
		case c == ' ' || c == '=' || c == ':' || c == '"' || c == '\'' || c == '\t' || c == '#':
			p--
			continue
		case c == '>' && tags < 2:
			lt := strings.LastIndexByte(s[max(0, p-8):p], '<')
			if lt < 0 {
				return false
			}
			p = max(0, p-8) + lt
			tags++
			continue
		case c >= 0x80:
			r, w := utf8.DecodeLastRuneInString(s[:p])
			if r == '：' || r == '\u200b' || r == '\u00a0' || r == '№' {
				p -= w
				continue
			}
		}
		break
	}
	e := p
	for p > 0 && e-p < 48 {
		r, w := utf8.DecodeLastRuneInString(s[:p])
		if !(unicode.IsLetter(r) || unicode.IsMark(r) || r == '_' || r == '.' || r == '-') {
			break
		}
		p -= w
	}
	if p == e {
		return false
	}
	var buf [64]byte
	w := string(lower(buf[:0], s[p:e]))
	for _, n := range orderLabelPhones32 {
		if strings.Contains(w, n) {
			return false
		}
	}
	for _, n := range orderLabelStems32 {
		if strings.Contains(w, n) {
			return true
		}
	}
	return false
}

// orderLabelStems32 name an order or an invoice.
var orderLabelStems32 = []string{"order", "注文", "订单", "訂單", "주문", "заказ", "замовлен", "sipariş", "siparis", "pedido",
	"encomenda", "commande", "bestell", "ordine", "zamówien", "objednávk", "rendelés", "طلب", "سفارش", "ऑर्डर", "คำสั่งซื้อ",
	"đơn", "pesanan", "invoice", "請求書", "请求书", "发票", "發票", "فاتورة", "factura", "fattura", "rechnung", "facture",
	"fatura", "счет", "счёт", "청구서", "인보이스", "ใบแจ้งหนี้", "चालान", "faktur"}

// orderLabelPhones32 name a phone in a label that also names an order
// ("order_phone", "注文者電話").
var orderLabelPhones32 = []string{"phone", "tel", "mobile", "電話", "电话", "手机", "携帯", "전화", "휴대", "телеф", "هاتف",
	"جوال", "फोन", "โทร", "whatsapp", "celular", "telefon"}

// A Korean business registration number (사업자등록번호) is written in three
// dashed groups of three, two and five digits ("123-45-67890"); no
// numbering plan groups a phone so. krBRNShaped32 reports v so written.
func krBRNShaped32(v string) bool {
	if len(v) != 12 || v[3] != '-' || v[6] != '-' {
		return false
	}
	for i := 0; i < len(v); i++ {
		if i != 3 && i != 6 && !isDigit(v[i]) {
			return false
		}
	}
	return true
}

// digitRun32 reports n digits in one piece at s[i] (the least an order's
// number taken for a phone holds).
func digitRun32(s string, i, n int) bool {
	if i+n > len(s) {
		return false
	}
	for k := i; k < i+n; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return true
}
