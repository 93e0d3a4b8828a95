package redact

import (
	"strings"
	"unicode/utf8"
)

// Address blocks. Shipping labels, invoices, packing slips and the e-mails
// that confirm an order write a party as a block under a heading, one part
// per line (or per field of a label printer's ZPL, "^FD…^FS"):
//
//	Ship to:                 BILL TO            ^FDShip To:^FS
//	Jana Nováková            Jan Kowalski       ^FDJana Nováková^FS
//	Lipová 12                ul. Długa 5 m. 3   ^FDLipová 12, Praha^FS
//	110 00 Praha 1           00-238 Warszawa
//	Phone: …
//
// The first line after the heading is the party's name (when it holds no
// digit), the next lines its address, up to an empty line, a line that is
// itself "label: value", or four lines. Text laid out in columns is read by
// its left column: the right one (three spaces or a tab away) is another
// block's.

// blockHeadings are the headings of a party's block, lower case, without
// their colon.
var blockHeadings = setOf(
	"ship to", "bill to", "sold to", "deliver to", "deliver to:", "send to", "shipping address", "billing address",
	"delivery address", "shipping to", "delivering to", "recipient", "consignee", "addressee", "customer", "buyer",
	"receiver", "invoice to", "invoice address", "postal address", "mailing address", "return to", "to",
	// German, Dutch, Scandinavian
	"lieferadresse", "rechnungsadresse", "empfänger", "lieferung an", "versand an", "rechnung an", "afleveradres",
	"factuuradres", "ontvanger", "verzenden naar", "leveransadress", "mottagare", "leveringsadresse", "modtager",
	"mottaker", "toimitusosoite", "vastaanottaja",
	// French, Spanish, Portuguese, Italian, Romanian
	"livrer à", "adresse de livraison", "adresse de facturation", "destinataire", "facturer à", "expédier à",
	"enviar a", "dirección de envío", "dirección de entrega", "destinatario", "facturar a", "entregar a",
	"endereço de entrega", "morada de entrega", "destinatário", "faturar para", "spedire a", "indirizzo di spedizione",
	"indirizzo di consegna", "adresa de livrare", "destinatar", "livrare către",
	// Central and Eastern Europe, Turkish, Greek
	"adres dostawy", "odbiorca", "wysyłka do", "doručovací adresa", "příjemce", "dodací adresa", "szállítási cím",
	"címzett", "teslimat adresi", "alıcı", "gönderilecek adres", "διεύθυνση αποστολής", "παραλήπτης",
	"получатель", "адрес доставки", "одержувач", "адреса доставки", "доставка до",
	// Asia, Middle East, Africa
	"kirim ke", "alamat pengiriman", "penerima", "ipadala kay", "ipadala sa", "hantar ke", "alamat penghantaran",
	"giao đến", "người nhận", "địa chỉ giao hàng", "ผู้รับ", "ที่อยู่จัดส่ง", "收件人", "收货人", "收货地址",
	"寄送至", "配送地址", "お届け先", "送り先", "配送先", "받는 분", "받는분", "수령인", "배송지", "المستلم",
	"عنوان الشحن", "شحن إلى", "المرسل إليه", "נמען", "כתובת למשלוח", "گیرنده", "آدرس ارسال",
	"وصول کنندہ", "پتہ", "प्राप्तकर्ता", "डिलीवरी पता", "பெறுநர்", "ලබන්නා", "mpokeaji", "anwani ya kupeleka",
	"လက်ခံသူ",
)

// mayHoldBlock gates blockSpans: text with lines, or ZPL fields.
func mayHoldBlock(s string) bool {
	return strings.IndexByte(s, '\n') >= 0 || strings.Contains(s, "^FD")
}

// blockLine is one line (or ZPL field) of s: its left column, trimmed.
type blockLine struct{ a, b int }

// blockLines splits s into lines, or into ZPL fields when s holds them.
func blockLines(s string) []blockLine {
	var out []blockLine
	if strings.Contains(s, "^FD") && strings.Contains(s, "^FS") {
		for p := 0; ; {
			i := strings.Index(s[p:], "^FD")
			if i < 0 {
				break
			}
			a := p + i + 3
			e := strings.Index(s[a:], "^FS")
			if e < 0 {
				break
			}
			// a barcode's data (^BC…^FD…^FS) is no line of the block
			if !zplBarcodeBefore(s, p+i) {
				out = append(out, trimLine(s, a, a+e))
			} else {
				out = append(out, blockLine{a, a}) // ends a block
			}
			p = a + e + 3
		}
		return out
	}
	for p := 0; p <= len(s); {
		e := strings.IndexByte(s[p:], '\n')
		if e < 0 {
			e = len(s) - p
		}
		out = append(out, trimLine(s, p, p+e))
		p += e + 1
	}
	return out
}

// zplBarcodeBefore reports a barcode command (^B…) between the previous
// field's end and the "^FD" at i.
func zplBarcodeBefore(s string, i int) bool {
	prev := strings.LastIndex(s[:i], "^FS")
	seg := s[max(0, prev):i]
	for k := 0; k+2 < len(seg); k++ {
		if seg[k] == '^' && seg[k+1] == 'B' && seg[k+2] >= 'A' && seg[k+2] <= 'Z' && seg[k+2] != 'Y' {
			return true // ^BC, ^BQ, ^B3…; ^BY only sets the bar width
		}
	}
	return false
}

// trimLine trims a line's spaces and keeps its left column.
func trimLine(s string, a, b int) blockLine {
	for a < b && (s[a] == ' ' || s[a] == '\t' || s[a] == '\r') {
		a++
	}
	if itemLine27(s, a, b) {
		return blockLine{a, a} // an invoice's item line ends a block (dmg27_blocks.go)
	}
	b = rightLabelCut27(s, a, b) // "…, Fitzroy VIC 2436 Order: 389-…" (dmg27_blocks.go)
	// in a block the columns may stand two spaces apart when the left one
	// is long ("…, Kadıköy/Ankara  Order: …")
	if g := strings.Index(s[a:b], "  "); g >= 0 {
		b = a + g
	}
	if g := strings.IndexByte(s[a:b], '\t'); g >= 0 {
		b = a + g
	}
	for b > a && (s[b-1] == ' ' || s[b-1] == '\t' || s[b-1] == '\r') {
		b--
	}
	return blockLine{a, b}
}

// isBlockHeading reports a line that is only a party's heading.
func isBlockHeading(v string) bool {
	v = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(v), ":："))
	if len(v) < 2 || len(v) > 48 {
		return false
	}
	return blockHeadings[strings.ToLower(v)]
}

// labelled reports a "label: value" line: a colon within its first 24
// bytes after letters only.
func labelled(v string) bool {
	c := strings.IndexAny(v, ":：")
	if c <= 0 || c > 24 || houseNoColon(v, c) { // "… Cad. No: 87" (address_words9.go)
		return false
	}
	if keyedLabel27(v, c) {
		return true // "isbn13: …", "content_sha256: …" (dmg27_blocks.go)
	}
	for _, r := range v[:c] {
		if r != ' ' && r != '-' && r != '_' && r != '.' && !isLetterRune(r) {
			return false
		}
	}
	return true
}

func isLetterRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isAlpha(byte(r))
	}
	return r != utf8.RuneError
}

// blockSpans returns the names and addresses of the blocks under party
// headings in s.
func blockSpans(s string) []span {
	lines := blockLines(s)
	var out []span
	for i := 0; i < len(lines); i++ {
		h := lines[i]
		if h.b <= h.a || !isBlockHeading(s[h.a:h.b]) {
			continue
		}
		skipped := 0 // the document's fields read past (dm31_labels.go)
		for k := 1; k <= 4+skipped && i+k < len(lines); k++ {
			l := lines[i+k]
			v := s[l.a:l.b]
			if l.b > l.a && skipped < 2 && labelValueLine31(v) {
				skipped++
				continue
			}
			if l.b <= l.a || labelled(v) || isBlockHeading(v) || referenceLine(v) || strings.Contains(v, "[REDACTED:") || strings.Contains(v, "[HASH:") {
				break
			}
			kind := KindAddress
			if k-skipped == 1 && countDigits(v) == 0 {
				kind = KindName
			}
			if kind == KindAddress && k-skipped > 1 && !addressLine(v) {
				break
			}
			out = append(out, span{start: l.a, end: l.b, kind: kind})
		}
	}
	return out
}

// addressLine reports a line that may continue an address: it holds a
// digit or a comma, or is a few capitalised words (a district, a city:
// "Kamaryut Township", "Bogotá D.C."), not a sentence ("Thank you").
func addressLine(v string) bool {
	if countDigits(v) > 0 || strings.ContainsAny(v, ",،，") {
		return true
	}
	ws := strings.Fields(v)
	if len(ws) > 4 {
		return false
	}
	for _, w := range ws {
		if isAlpha(w[0]) && !isUpper(w[0]) && !particles[w] { // "Calle de Alcalá", "Rua Voluntários da Pátria"
			return false
		}
	}
	return true
}

// referenceWords begin a line of references rather than of an address:
// "Ref 402-…", "Order #1042", "Tracking 1Z…", "Weight 2.5 kg".
var referenceWords = setOf("ref", "ref.", "reference", "order", "order#", "invoice", "inv", "tracking", "awb",
	"sku", "weight", "wt", "date", "total", "qty", "pcs", "tel", "tel.", "phone", "mobile", "email", "e-mail", "fax",
	"pedido", "bestellung", "commande", "ordine", "zamówienie", "objednávka", "sipariş", "rendelés", "comanda",
	"заказ", "замовлення", "pesanan", "đơn", "订单", "注文", "주문", "رقم", "طلب", "سفارش")

// referenceLine reports a line that starts with a reference's word.
func referenceLine(v string) bool {
	w, _, _ := strings.Cut(v, " ")
	w = strings.TrimRight(w, ":：#")
	return referenceWords[strings.ToLower(w)] || idValueLine30(v) || // "TRACE ID b821…" (doc30_ids.go)
		labelValueLine31(v) // "AMOUNT 1.050,59 €", "PRODUCT Linen Throw" (dm31_labels.go)
}
