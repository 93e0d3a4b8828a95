package redact

import "testing"

// dm32: look-alikes taken for names and phones: products' titles with
// emoji, orders' numbers in a script's digits. All values are made up.

// A product's title decorated with emoji keeps its words; a push title
// still loses the buyer's name.
func TestDM32GoodsTitles(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"refund issued title=🎁 Gift Box 礼盒 ×3 total=¥1,200", "🎁 Gift Box 礼盒 ×3", ""},
		{"refund issued title=💄 립스틱 세트 ✨", "💄 립스틱 세트 ✨", ""},
		{"refund issued title=🇹🇭 ชาไทย 🧋 x2", "🇹🇭 ชาไทย 🧋 x2", ""},
		{"refund issued title=🇹🇭 ชาไทย 🧋 x2、合計 ๓๖", "🇹🇭 ชาไทย 🧋 x2", ""},
		{"refund issued title=🌙 رمضان مبارك Gift Set", "رمضان مبارك Gift Set", ""},
		{"push title=📦 Flash Deal ⚡ #7 sent", "📦 Flash Deal ⚡ #7", ""},
		{`{"title":"🎁 Tea Sampler Kit","body":"x"}`, "Tea Sampler Kit", ""},
		// push titles naming the buyer
		{`{"notification":{"title":"📦 Testa","body":"Order delivered"}}`, "Order delivered", "Testa"},
		{`{"aps":{"alert":{"title":"🎉 Testa Fakeroe, your order has shipped!"}}}`, "your order has shipped!", "Fakeroe"},
		{`{"title":"📦 지호"}`, "", "지호"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

// An order's or an invoice's number after its label, in any script's
// digits, is no phone; a phone after a phone's label still is.
func TestDM32OrderNumbersNative(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"refund issued 注文番号=٠٤٢٨٥٢٨٠٩٧ ok", "٠٤٢٨٥٢٨٠٩٧", ""},
		{"refund issued 注文番号 ०६२९७७९१४३ ok", "०६२९७७९१४३", ""},
		{"refund issued 注文番号=๐๒๕๕๖๗๖๔๖๘, kart_no", "๐๒๕๕๖๗๖๔๖๘", ""},
		{"refund issued 注文番号=００３１９８９８７８ gtin", "００３１９８９８７８", ""},
		{"refund issued 注文番号=0428528097 ok", "0428528097", ""},
		{`payload={"注文番号":"٠١٥٠٤٧٨٤٣٦","x":1} ok`, "٠١٥٠٤٧٨٤٣٦", ""},
		{"<tr><td>注文番号</td><td>০৬২৯৭৭৯১৪৩</td></tr>", "০৬২৯৭৭৯১৪৩", ""},
		{"رقم الطلب: ٠٤٢٨٥٢٨٠٩٧ تم", "٠٤٢٨٥٢٨٠٩٧", ""},
		{"invoice_no=0428528097 ok", "0428528097", ""},
		// phones stay phones
		{"注文者電話=٠٤٢٨٥٢٨٠٩٧ ok", "", "٠٤٢٨٥٢٨٠٩٧"},
		{"order_phone=0428528097 ok", "", "0428528097"},
		{"電話番号 ९८४४५९५७२८ ok", "", "९८४४५९५७२८"},
		{"call ०६२९७७९१४३ now", "", "०६२९७७९१४३"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}

// A Korean business's registration number, grouped 3-2-5, is no phone,
// under its label or in a cell; phones grouped otherwise stay phones.
func TestDM32KoreanBusinessNumber(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"사업자등록번호: 012-34-56789、sku: RRD-1111-AA", "012-34-56789", ""},
		{"X-Field-c0ac: 034-36-31480\r\nX-gtin: 8058058812283", "034-36-31480", ""},
		{"a\tb\n\"x\"\t\"595-40-81010\"\n", "595-40-81010", ""},
		{"biz=070-73-89900&amazon_order_id=488-4253145-4755974", "070-73-89900", ""},
		{"tel: 010-1234-5678 ok", "", "010-1234-5678"},
		{"phone: 012-34-56789 ok", "", "012-34-56789"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}

// A CSV export logged as a field's value has its header right after the
// key (behind a byte-order mark): its columns are read by their names, and
// a shop's cell beside an e-mail stays.
func TestDM32FieldCSVHeader(t *testing.T) {
	in := "export rows=1 file=orders.csv content=\ufeffshop\tcaller\tclient_ip\temail\tport\trecipient\n" +
		"\"Maple Leaf Outfitters\"\t\"app.payments.client:charge\"\t\"10.2.3.4\"\t\"testa.fakeroe@example.com\"\t\"22400\"\t\"Testa Fakeroe\""
	dm31Check(t, in, []string{"Maple Leaf Outfitters", "app.payments.client:charge", "10.2.3.4", "22400"},
		[]string{"testa.fakeroe@example.com", "Testa Fakeroe"})
}
