package redact

import "testing"

// An address answered to a bot's or an agent's question for it: the whole
// next turn of the other speaker, in any country's layout. A turn with no
// digit, a turn after a question for something else, and a turn after a
// line that gives an address itself stay.
func TestClassAddressTurn16(t *testing.T) {
	checkClasses(t, []classCase{
		{"emirati, bot transcript", "transcript 0f00\nbot> and the delivery address?\nuser> Villa 12, Street 40, Al Fakeh Road, Umm Fake 3, Dubai\nbot> anything else?",
			"Fakeh", []string{"bot> anything else?"}},
		{"vietnamese", "bot> and the delivery address?\nuser> 12 Fakeđường, Phường Fake, Quận 3, TP.HCM\nbot> ok", "Fakeđường", []string{"bot> ok"}},
		{"spanish agent", "[10:02] Agente: ¿Cuál es tu dirección de envío?\n[10:03] Cliente: Fakera 123, 3º B\n[10:04] Agente: gracias",
			"Fakera", []string{"gracias"}},
		{"dutch, escaped in JSON", `{"t":"bot> adres voor de levering?\nuser> Fakegracht 12hs, 1016 GV Amsterdam\nbot> dank je"}`, "Fakegracht", []string{`bot> dank je`}},
		// look-alikes that stay
		{"answer without a digit", "bot> and the delivery address?\nuser> same as before\nbot> ok", "", []string{"user> same as before"}},
		{"question for an order", "bot> which order is it?\nuser> 4001 Fake item\nbot> ok", "", []string{"user> 4001 Fake item"}},
		{"an address given, the agent's answer", "[14:20] Fake Buyer: hoi, kunnen jullie naar Fakegracht 12 sturen? \n[14:21] Shop CS: ok! order 29892ME433GA4", "",
			[]string{"ok! order 29892ME433GA4"}},
		{"same speaker", "bot> and the delivery address?\nbot> order 4001 shipped", "", []string{"order 4001 shipped"}},
		{"code, not a dialogue", "Hibernate: insert into addresses (street, ref) values (?, ?)\nbinding parameter (2:VARCHAR) <- [INV/20260107/MPL/3787732387]", "",
			[]string{"binding parameter (2:VARCHAR) <- [INV/20260107/MPL/3787732387]"}},
	})
}

// Turkish streets: the name, its type, "No:" and the house number, "D:"
// and the flat, then the district and the province; the amount in brackets
// after them stays.
func TestClassTurkishStreet16(t *testing.T) {
	checkClasses(t, []classCase{
		{"tax form", "taxform submitted: permanent residence Fakeargazi Cad. No: 142 D: 37, Şişli/İstanbul, email [REDACTED:email], form W-9, status 401",
			"Fakeargazi", []string{"form W-9, status 401"}},
		{"review reply, amount after", "we will send a replacement to Fakeargazi Cad. No: 38 D: 1, Konak/İzmir (total Rp 833.972)", "Fakeargazi", []string{"(total Rp 833.972)"}},
		{"two-word name, sokak", "adresim Abdi Fakeçi Sok. No:7 D:2, Kadıköy/İstanbul", "Fakeçi", nil},
		{"quarter before", "teslimat Fakelay Mah. Bağdat Cad. No: 61 D: 25, Çankaya/Ankara", "Fakelay", nil},
		// look-alikes that stay
		{"no number", "the Cad. column lists Fake Cad. names", "", []string{"Fake Cad. names"}},
		{"lower case before", "see cad. No: 12 in the manual", "", []string{"cad. No: 12"}},
	})
}

// Streets without a type, read by what stands around their number: the
// Vietnamese ward and district after them, a German or Dutch postcode and
// town after the comma, an Emirati villa and numbered street.
func TestClassStreetShapes16(t *testing.T) {
	checkClasses(t, []classCase{
		{"vietnamese ward", "permanent residence 290 Fakeur, Phường Tràng Tiền, Quận Hoàn Kiếm, Hà Nội, email [REDACTED:email]", "Fakeur", []string{"email"}},
		{"vietnamese, amount after", "we will send a replacement to 358 Cách Mạng Fake, Phường 6, Quận 3, TP.HCM (total $1899.51)", "Mạng Fake", []string{"(total $1899.51)"}},
		{"german postcode", "Katalog bitte an Fakehof 92a, 10435 Berlin", "Fakehof", nil},
		{"dutch postcode", "hoi, kunnen jullie naar Fakertoom 197 A, 3011 AB Rotterdam sturen?", "Fakertoom", []string{"sturen?"}},
		{"dutch, hs glued", "permanent residence Fakegracht 371hs, 1016 GV Amsterdam, email [REDACTED:email]", "Fakegracht", []string{"email"}},
		{"emirati", "permanent residence Villa 88, Street 36, Al Fakeroor Road, Al Barsha 2, Sharjah, email [REDACTED:email]", "Fakeroor", []string{"email"}},
		{"emirati, particle in the road's name", "to Villa 14, Street 20, Hamdan bin Fakemed Road, Umm Suqeim 3, Dubai (total ฿3044.76)", "Fakemed", []string{"(total ฿3044.76)"}},
		{"emirati, arabic around", "مرحبا، أرسلوا الطلب إلى Villa 99, Street 5, Fakeirah Beach Road, Dubai ورقمي", "Fakeirah", []string{"ورقمي"}},
		{"form-encoded", "POST /contact form=message=Catalogus+naar+Fakedaan+143hs%2C+3011+AB+Rotterdam&utm_campaign=flow_1", "Fakedaan", []string{"&utm_campaign=flow_1"}},
		// look-alikes that stay
		{"numbered things and a count", "Order 12, 10435 units shipped; Version 2, 10000 Users", "", []string{"Order 12, 10435 units", "Version 2, 10000 Users"}},
		{"capitals", "SKU 12, 10435 Berlin", "", []string{"SKU 12"}},
		{"a unit alone", "Villa 12 booked for 3 nights", "", []string{"Villa 12 booked"}},
		{"a product and a ward word elsewhere", "12 Galaxy S24, 3 Pro", "", []string{"12 Galaxy S24, 3 Pro"}},
	})
}

// Cyrillic streets: the type first, in lower case, the name, the house
// after "д." and the flat after "кв.".
func TestClassCyrillicStreet16(t *testing.T) {
	checkClasses(t, []classCase{
		{"russian", "Запрос доступа к данным: [REDACTED:email], адрес ул. Фейковая, д. 9, кв. 112, Санкт-Петербург, 191025", "Фейковая", nil},
		{"russian prospekt", "доставка на пр-т Фейкова 15, кв. 4, Москва", "Фейкова", nil},
		// look-alikes that stay
		{"no number", "ул. Фейковая закрыта на ремонт 5 дней", "", []string{"ул. Фейковая закрыта"}},
	})
}

// Where an address ends: a raw space after a form-encoded value (the
// status of an access log follows), a label of a script without spaces
// (the record's next field).
func TestClassAddressEnds16(t *testing.T) {
	checkClasses(t, []classCase{
		{"query value, status after", "GET /v1/reco?sku=MUG-AXP-46378&ship_to=Av.+Fakeentes+4550%2C+Col.+Del+Valle%2C+03100+Ciudad+de+M%C3%A9xico%2C+CDMX 502",
			"Fakeentes", []string{" 502", "sku=MUG-AXP-46378"}},
		{"chinese labels after", "收件人:Fake 电话:0(524) 219 10 52 地址:Fakedat Cad. No: 61 D: 25, Çankaya/Ankara 商品:iPhone 15 Pro Max 金额:1252.75 USD",
			"Fakedat", []string{"商品:iPhone 15 Pro Max", "金额:1252.75 USD"}},
		{"chinese labels after a us address", "地址:2701 Fakemore Drive, Raleigh, NC 27601 商品:Galaxy S24 Ultra 金额:2.902.000 ₫", "Fakemore", []string{"商品:Galaxy S24 Ultra", "2.902.000 ₫"}},
		{"chinese labels after a vietnamese address", "地址:175 Nam Kỳ Fake, Phường Bến Thành, Quận 1, TP. Hồ Chí Minh 商品:AirPods Pro 2 金额:Rp 606.453", "Kỳ Fake", []string{"商品:AirPods Pro 2", "Rp 606.453"}},
	})
}
