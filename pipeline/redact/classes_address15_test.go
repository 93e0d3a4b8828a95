package redact

import "testing"

// A labelled name line opens a party's block: the lines under it that read
// as an address are the party's, a company's line between them kept; the
// block ends at an empty, labelled or reference line. Lines under a name
// that are goods, notes or a sentence stay.
func TestClassLabelBlock15(t *testing.T) {
	checkClasses(t, []classCase{
		{"quote, company between", "Quote Q-2026-10001\nAttn: Bram de Fake\nFakeline Packages Inc\nLaan van Fakevoort 112-A, 5612 SU Eindhoven\nTel: 06 38150000\nItems: PH-CFSE-XL x 200 @ USD 29.18",
			"Fakevoort", []string{"Fakeline Packages Inc", "Items: PH-CFSE-XL x 200 @ USD 29.18", "Q-2026-10001"}},
		{"quote, vietnamese wards", "Quote Q-2026-10002\nAttn: Đặng Khánh Fake\nFakestar Infosystems\n221 Cách Mạng Tháng Tám, Phường 10, Quận Fakeều, Cần Thơ\nTel: 0957 845 000",
			"Fakeều", []string{"Fakestar Infosystems"}},
		{"label, two lines", "awb 1234567890\nsender: Chronopost, Victoria Station\nrecipient: Gökhan Fakeoğlu\nFakeşe Sokak No:48 D:31\nÇankaya, İstanbul\ncontents: Dyson V15 Detect HS 851830",
			"Fakeşe", []string{"contents: Dyson V15 Detect HS 851830", "sender: Chronopost"}},
		{"label, town line", "recipient: Gökhan Fakeoğlu\nFakeşe Sokak No:48 D:31\nFakeköy, İstanbul\ncontents: books", "Fakeköy", []string{"contents: books"}},
		{"indian house sign", "Quote Q-2026-10003\nAttn: Harpreet Fake\nHousefax\n#443, Fakemohar Marg, Koregaon Park, Bengaluru, Karnataka 560488\nTel: 0000000000", "Fakemohar", []string{"Housefax"}},
		{"mexican over two lines", "recipient: Ana Fakez\nCalzada de Fakepan 278\nCol. Roma Norte, 25775 CDMX\ncontents: Tefal Ingenio 10 pcs", "Fakepan", []string{"contents: Tefal Ingenio 10 pcs"}},
		{"german z. Hd.", "Angebot 4471\nz. Hd.: Jana Fakemann\nFakestraße 12\n10115 Berlin\nGültig bis 30.11.2026", "Fakestraße", []string{"Gültig bis 30.11.2026"}},
		{"escaped in JSON", `{"body":"Consignee: Marta Fakeska\nul. Fakowa 17/3, 00-950 Warszawa\nOrder 77812"}`, "Fakowa", []string{"Order 77812"}},
		// look-alikes that stay
		{"company with a number", "Quote Q-2026-10004\nAttn: Siobhan Fakeby\n48 Fakeoring Inc.\n406 Fakeborough Crescent, Norwich NR5 1FG\nTel: +44 7000 576914", "Fakeborough", []string{"48 Fakeoring Inc."}},
		{"company named with a street word", "Quote Q-2026-10005\nAttn: Hakimi binti Fake\nWay Better Fakents\nNo. 247, Lorong Fake Raya, 50964 Kuala Lumpur\nTel: 012-000 9967", "Lorong Fake", []string{"Way Better Fakents"}},
		{"a request under the address", "ПІБ: Oleksandr Fakenko\ndelivery address prosp. Fakemohy 71, apt. 57\nLviv 79005\nrequest fd1fc5ce-8376-4a89-89a7-f69d2d7b03ee\nЩиро дякую", "Fakemohy", []string{"request fd1fc5ce-8376-4a89-89a7-f69d2d7b03ee"}},
		{"an id under the address", "ПІБ: Оксана Фейкова\nвул. Фейкова 12, кв. 3\nКиїв 01001\nfd1fc5ce-8376-4a89-89a7-f69d2d7b03ee\nЩиро дякую", "Фейкова 12", []string{"fd1fc5ce-8376-4a89-89a7-f69d2d7b03ee"}},
		{"goods under a name", "Attn: Bram de Fake\nGalaxy S24 Ultra 256GB x 2\nTel: 06 38150000", "", []string{"Galaxy S24 Ultra 256GB x 2"}},
		{"a sentence under a name", "Attn: Bram de Fake\nplease confirm 12 units by Friday", "", []string{"please confirm 12 units by Friday"}},
		{"a reference under a name", "recipient: Gökhan Fakeoğlu\nOrder 1234-5678, 2 items", "", []string{"Order 1234-5678, 2 items"}},
		{"name inside a sentence", "note: call Bram de Fake tomorrow\nLaan 4, Gate 12 for pickup", "", []string{"Laan 4, Gate 12 for pickup"}},
	})
}

// labelBlockStreet is the test of a block's first address line.
func TestLabelBlockStreet15(t *testing.T) {
	for _, v := range []string{"Laan van Fakevoort 112-A, 5612 SU Eindhoven", "Fakeşe Sokak No:48 D:31", "ul. Fakowa 17/3, 00-950 Warszawa",
		"221 Cách Mạng Tháng Tám, Phường 10, Quận 3", "Fakestraße 12", "12 Fake Street", "No. 360, Persiaran Fakey, 80987 Johor Bahru"} {
		if !labelBlockStreet(v) {
			t.Errorf("labelBlockStreet(%q) = false", v)
		}
	}
	for _, v := range []string{"Fakeline Packages Inc", "Galaxy S24 Ultra 256GB x 2", "Invoice 2026-11", "Room 4", "please confirm 12 units", "PH-CFSE-XL x 200"} {
		if labelBlockStreet(v) {
			t.Errorf("labelBlockStreet(%q) = true", v)
		}
	}
}

// A rendered shipping notice's arrow from the parcel's reference to its
// destination: the address after it, in any country's layout, up to the
// bracket of the amount; statuses, routes and the reference itself stay.
func TestClassReferenceArrow15(t *testing.T) {
	checkClasses(t, []classCase{
		{"malaysian", `text="Salam Farah Fake, 260628NV6GDMDB → No. 360, Persiaran Fakey, 80987 Johor Bahru, Johor (MYR 812.89)"`, "Fakey", []string{"260628NV6GDMDB", "(MYR 812.89)"}},
		{"mexican", `text="Hola Ana Fakez, 260628NV6GDMDB → Privada Fake Sur 123 Int. 33, Col. Condesa, C.P. 06100, Ciudad de México, CDMX (MXN 812.89)"`, "Privada Fake", []string{"260628NV6GDMDB", "(MXN 812.89)"}},
		{"indian house sign", `260715DJ763ZC7 → #97, Fakemohar Marg, Malviya Nagar, Lucknow, Uttar Pradesh 226167 (263,77 zł)`, "Fakemohar", []string{"260715DJ763ZC7", "(263,77 zł)"}},
		{"russian, postcode first", `text="Здравствуйте Сергей, 260523M28V7LV7 → 183612, Москва, ул. Фейкова, д. 313 (123,91 zł)"`, "Фейкова", []string{"260523M28V7LV7", "(123,91 zł)"}},
		{"indian", `260204K3QHNNVZ → House No. 308, Fake Krupa Apartments, 14th Cross, Indiranagar, Kolkata, West Bengal 700395 (₹6,655.00)`, "Fake Krupa", []string{"260204K3QHNNVZ", "(₹6,655.00)"}},
		{"ascii arrow", `parcel=1Z999AA10123456784 -> ul. Fakowa 17/3, 00-950 Warszawa; eta=2d`, "Fakowa", []string{"1Z999AA10123456784", "eta=2d"}},
		// look-alikes that stay
		{"status", `order 260628NV6GDMDB → shipped (2 items)`, "", []string{"shipped (2 items)"}},
		{"route between hubs", `parcel 1Z999AA10123456784 -> Hub 4 Leipzig (sort 12)`, "", []string{"Hub 4 Leipzig"}},
		{"version change", `build 20261104a → 4.12.0, rollout 25 %`, "", []string{"4.12.0, rollout 25 %"}},
		{"product after an id", `SKU-440012 → Galaxy S24 Ultra 256GB, Black (x2)`, "", []string{"Galaxy S24 Ultra 256GB, Black"}},
	})
}

// A street written over two lines under a labelled name or a heading: the
// street's name alone above the number and town, or the number and name
// above a line of districts. A name line above goods stays a name's.
func TestClassSplitStreet15(t *testing.T) {
	checkClasses(t, []classCase{
		{"catalan", "recipient: Marta Fakeñez\nCarrer de Fakets\n104, 35º, 28280 Bilbao\ncontents: Clapper HS 851830", "Fakets", []string{"contents: Clapper HS 851830"}},
		{"vietnamese", "recipient: Nguyễn Văn Fake\n269 Cách Mạng Tháng Fake\nPhường Tân Định, Quận 3, TP.HCM\ncontents: Sony WH-1000XM5", "Tháng Fake", []string{"contents: Sony WH-1000XM5"}},
		{"russian", "recipient: Ольга Фейкова\nул. Фейковая\nд. 12, кв. 3, Москва 123456\ncontents: Dyson V15", "Фейковая", []string{"contents: Dyson V15"}},
		{"brazilian, under a heading", "Shipping to:\nLucía Fakerez\nRua Fakeários da Pátria\n367 - apto 37, Botafogo, Belo Horizonte - MG - 57960-119\n\nMacBook Air 13 M3 x1", "Fakeários", []string{"MacBook Air 13 M3 x1"}},
		// look-alikes that stay
		{"goods in two lines", "recipient: Ольга Фейкова\nDyson Supersonic Set\n2 pcs, 1 box\nTel: 0951234567", "", []string{"Dyson Supersonic Set"}},
		{"a sentence after the street's name", "recipient: Ольга Фейкова\nCalle de Fakelá\nplease call before, 2 floors", "", []string{"please call before, 2 floors"}},
	})
}

func TestSplitStreet15(t *testing.T) {
	for _, c := range [][2]string{{"Calle de Fakelá", "175, 4º, 83686 Barcelona"}, {"ул. Фейковая", "д. 12, кв. 3, Москва"}, {"269 Cách Mạng Fake", "Phường 7, Quận 3, TP.HCM"}, {"Avenida Fakeonal", "209, 19º, 76488 Bilbao"}} {
		if !splitStreet(c[0], c[1]) {
			t.Errorf("splitStreet(%q, %q) = false", c[0], c[1])
		}
	}
	for _, c := range [][2]string{{"Dyson Supersonic Set", "2 pcs, 1 box"}, {"Fakeline Packages Inc", "12 units, 3 boxes"}, {"Galaxy S24 Ultra", "256GB, Black"}, {"Calle de Fakelá", "please call, 2 floors"}} {
		if splitStreet(c[0], c[1]) {
			t.Errorf("splitStreet(%q, %q) = true", c[0], c[1])
		}
	}
}

// More of the buyers' requests to send a parcel to an address, and the
// contact words after which the address ends; a request without a house
// number (an office, a count) stays.
func TestClassDestPhrases15(t *testing.T) {
	checkClasses(t, []classCase{
		{"turkish", "[08:34] Gökhan Fake: Merhaba! Şu adrese gönderin: Fakeürk Caddesi No:203 D:17, Çankaya, İstanbul, telefonum 0532 000 45 67. Teşekkürler", "Fakeürk", []string{"telefonum", "Teşekkürler"}},
		{"dutch", "hoi, graag bezorgen op: Laan van Fakevoort 45, 2770 FD Amsterdam. call me 06 12345678.", "Fakevoort", []string{"call me"}},
		{"german with colon", "hallo, bitte liefern an: Am Fakenteich 230, 62294 Freiburg im Breisgau. call me", "Fakenteich", []string{"call me"}},
		{"vietnamese", "chào shop! giao về 363 Cách Mạng Tháng Fake, sđt của mình là 0912 000 678. cảm ơn shop", "Tháng Fake", []string{"sđt của mình", "cảm ơn shop"}},
		{"spanish", "hola! envíalo a Calzada de Fakepan 217, Col. Roma Norte, 99444 Monterrey, mi cel es 81 0000 5678", "Fakepan", []string{"mi cel es"}},
		// look-alikes that stay
		{"an office", "please send it to my office tomorrow, thanks", "", []string{"send it to my office tomorrow"}},
		{"a count", "pode enviar para 2 endereços? obrigado", "", []string{"2 endereços"}},
		{"a warehouse", "bitte liefern an: Lager 4 am Montag", "", []string{"Lager 4 am Montag"}},
	})
}

// A street alone in a column of a person's record (fixed-width or tab
// separated), with or without its number; the same words in a row without a
// person, and other cells (ids, amounts, dates, goods), stay.
func TestClassStreetCells15(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish fixed width", "361276693731        Jan Fakowski           ul. Fakewaldzka 26/35                   514 166 465     jan.fake@example.com   10/14/2026", "Fakewaldzka", []string{"361276693731", "10/14/2026"}},
		{"spanish street name", "145460016           Álvaro Fakeetxea             Calle de Fakelá                         695 18 90 01    alvaro_fake4370@example.com", "Fakelá", []string{"145460016"}},
		{"russian street name", "78828395273         Ковалёв Фейк               ул. Малая Фейковая                    8 (916) 123-45-67  fake@example.com            02/15/2026", "Фейковая", []string{"78828395273", "02/15/2026"}},
		{"turkish tab row", "810396388938543\t4706608484421\tAyşe Fakeoğlu\t+90 532 000 45 67\tFakeşe Sokak No:56 D:38, Kadıköy, İstanbul\t2026-11-01", "Fakeşe", []string{"810396388938543", "4706608484421", "2026-11-01"}},
		// look-alikes that stay
		{"goods row", "SKU-4411-BLK   Park Avenue Tote Bag   2 pcs   EUR 45.00", "", []string{"Park Avenue Tote Bag"}},
		{"log columns", "2026-11-01 12:00:01   INFO   order-api   handler=/v1/orders   status=200", "", []string{"order-api"}},
		{"product beside a person", "Jan Fakowski   jan.fake@example.com   Galaxy S24 Ultra 256GB   EUR 999.00", "", []string{"Galaxy S24 Ultra 256GB", "EUR 999.00"}},
	})
}

// The addresses an account used, listed after "addresses incl." and its
// kin; network and e-mail addresses there are not read as streets.
func TestClassAddressList15(t *testing.T) {
	checkClasses(t, []classCase{
		{"russian street", "coupon used by Jan Fakowski from 172.20.3.42 with 3 addresses incl. ул. Фейковая-Кудринская; phone +7 916 000 45 67", "Фейковая", []string{"; phone"}},
		{"turkish", "used by Ayşe Fake from 192.0.2.14 with 3 addresses incl. Fakeat Caddesi No:252 D:9; phone +90 532 000 45 67", "Fakeat", []string{"; phone"}},
		{"vietnamese number first", "used by Lan Fake from 192.0.2.1 with 3 addresses incl. 65 Cách Mạng Tháng Fake; phone 0912 000 678", "Tháng Fake", []string{"; phone"}},
		{"german", "used by Kai Fake from 10.0.0.1 with 3 addresses incl. Am Fakenteich 65; phone 0151 0000000", "Fakenteich", []string{"; phone"}},
		// look-alikes that stay
		{"network addresses", "rate limiter: 3 addresses incl. 10.0.0.1; blocked", "", []string{"10.0.0.1; blocked"}},
		{"a count", "checked 5 addresses incl. 2 warehouses; ok", "", []string{"2 warehouses; ok"}},
	})
}

func TestStreetCell15(t *testing.T) {
	for _, v := range []string{"ul. Fakewaldzka 26/35", "Calle de Fakelá", "ул. Малая Фейковая", "Fakeşe Sokak No:56 D:38, Kadıköy, İstanbul", "Laan van Fakevoort 260, 3363 GN Utrecht"} {
		if !streetCell(v) {
			t.Errorf("streetCell(%q) = false", v)
		}
	}
	for _, v := range []string{"Nov 7, 2025", "Jan 8, 2026", "Park Avenue Tote Bag x2, 1 box", "EUR 1.234,56", "Jan Fakowski", "Galaxy S24 Ultra 256GB", "Order 7, 2 items", "8 345,66 kr", "kr 1 385,47", "Ksh 680", "Rs 1,200"} {
		if streetCell(v) {
			t.Errorf("streetCell(%q) = true", v)
		}
	}
}

// The bare word for "address" and the address after it in a buyer's
// message; a network address or a sentence about addresses stays.
func TestClassBareAddressWord15(t *testing.T) {
	checkClasses(t, []classCase{
		{"russian", `sms from +79916700000: "Здравствуйте, адрес 630053, Новосибирск, ул. Фейковая, д. 78, корп. 2, кв. 7 pls deliver besok ya, order 1d7124ce-dca1-11f0-523d-7a189b429115"`, "кв. 7", []string{"pls deliver", "1d7124ce-dca1-11f0-523d-7a189b429115"}},
		{"polish", `sms from +48748900000: "Dzień dobry, adres os. Fakeczne 86 m. 36, 30-160 Kraków pls deliver besok ya, order e3ddf75a-7296-11f0-e5cc-19f9f069fb34"`, "Fakeczne", []string{"pls deliver", "e3ddf75a-7296-11f0-e5cc-19f9f069fb34"}},
		// look-alikes that stay
		{"network address", "listener bound to address 10.0.0.1 port 8080, peer +48748900000", "", []string{"10.0.0.1 port 8080"}},
		{"a sentence", "customer +48748900000 said address validation failed for order 12", "", []string{"validation failed for order 12"}},
		{"a reference after a taken address", `message = Order exported: delivery address Flat 3B, Plot 175-F, Fake-e-Faisal, F-7/2, Islamabad 44000, rid 4f59a202-670a-f2fe, refund to IBAN`, "Fake-e-Faisal", []string{"rid 4f59a202-670a-f2fe"}},
		{"a key's part", "peer +48748900000 ip_address 10.0.0.7, Port 22", "", []string{"10.0.0.7, Port 22"}},
	})
}
