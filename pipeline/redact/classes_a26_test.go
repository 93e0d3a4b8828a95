package redact

import "testing"

// The twenty-sixth corpus's classes (a26): look-alikes in a shop's own
// languages (products named after people, shops' names, statuses read as
// addresses, currencies read as names), romanised password keys and
// one-time codes after a possessive, and streets of many scripts beside a
// house number. Every value is made up; cases are checked by checkIDs21
// (kept, gone, twice equals once).

// Class: a value under a key that names a product, an item, a shop or a
// store is no buyer's name; a person-named brand before its goods' noun.
func TestA26Products(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: `{"product":"Laura Fakename setting powder","gtin":"8995442947759","buyer_name":"Anna Kowalczyk"}`,
			keep: []string{"Laura Fakename setting powder"}, gone: []string{"Kowalczyk"}},
		{in: "item=Ralph+Fakeren+cap+%28SKU-BNL-7742-38%29&holder=Maria+Souza", keep: []string{"Ralph+Fakeren+cap"}, gone: []string{"Souza"}},
		{in: "X-Buyer-item: Jean Paul Fakier Le Male\r\nX-Buyer-payer: Jonas Schneider\r\n", keep: []string{"Jean Paul Fakier Le Male"}, gone: []string{"Schneider"}},
		{in: "[09:43] bot: item?\n[09:43] buyer: Ralph Fakeren cap\n", keep: []string{"Ralph Fakeren cap"}},
		{in: "★★★★☆ Jean Paul Fakier Le Male — fast shipping", keep: []string{"Jean Paul Fakier"}},
		// traps: a German verb after a name is no goods' noun
		{in: "rider msg: Kundin Lea Müller hat angerufen wegen Bestellung 5221255501053", gone: []string{"Müller"}},
	})
}

// Class: a business's name: a legal form, "& Sons" in a language, a
// trade's noun, a shop's word after a greeting's comma, a shop's suffix.
func TestA26Shops(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "seller: hi Rohit, Fake Brothers Enterprise Sdn Bhd here, confirm number +91-7121734456?",
			keep: []string{"Fake Brothers Enterprise Sdn Bhd"}, gone: []string{"Rohit", "7121734456"}},
		{in: "seller: hi Farhana, Tienda Doña Fakea here, confirm", keep: []string{"Tienda Doña Fakea"}, gone: []string{"Farhana"}},
		{in: "seller: hi Hugo, Mama Fakezi Fabrics here, confirm", keep: []string{"Mama Fakezi Fabrics"}},
		{in: "parcel 4749884985-44 via Fakeqvist & Söner AB, parcel 1", keep: []string{"Fakeqvist & Söner AB"}},
		{in: "seller: hi Indah, 山田商店 here, confirm", keep: []string{"山田商店"}},
	})
}

// Class: an "address" of statuses, zones and amounts, a number after
// "HTTP", "via" after a number; a name's currency before its amount.
func TestA26Statuses(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "refund to card failed, holder Олена Шевченко, 80 544 грн — zone 06339, 422", keep: []string{"80 544 грн", "06339", "422"}, gone: []string{"Шевченко"}},
		{in: "does not match name Junjie Wang, HTTP/1.1 201 Created — zone 100551, status 429", keep: []string{"201 Created", "100551", "429"}},
		{in: "order 888590848505695, HTTP 200 via Boutique Chez Fakeanne, parcel 4742741931-19", keep: []string{"HTTP 200", "Boutique Chez Fakeanne"}},
		{in: "العميل هيفاء الحربي يطلب استرداد ر.س 3,618.00 للطلب 595526731074322", keep: []string{"ر.س 3,618.00"}, gone: []string{"الحربي"}},
		{in: "holder Bapak Dewi Hidayat, Rp 24.920.800 (postcode 49485)", keep: []string{"Rp 24.920.800"}, gone: []string{"Hidayat"}},
		// traps: an IBAN whose country reads like a currency stays masked
		{in: "payout to RS74 5962 0181 3290 6287 52. your parcel", gone: []string{"5962 0181"}},
	})
}

// Class: "password" romanised as local developers write it; one-time codes
// after a possessive ("kod pengesahan anda …") or a login's "token".
func TestA26Credentials(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "user_email=a@example.com&mima=611752&device=ios", gone: []string{"611752"}},
		{in: "password reset for a@example.com; temp bimilbeonho=Fakepass2006*; SMS to", gone: []string{"Fakepass2006"}},
		{in: `{"rahat_phan":"fakepw_37$","device":"app 1.2.3"}`, gone: []string{"fakepw_37"}},
		{in: "X-Buyer-ramz: Oc0gFakeD2\r\nX-Buyer-paroli: fakesaray_80\r\n", gone: []string{"Oc0gFakeD2", "fakesaray_80"}},
		{in: "<pasuwado>wdZ4#FAKE5clp</pasuwado>", gone: []string{"wdZ4#FAKE5clp"}},
		{in: `{"sisma":"Fakehari2005!","kodikos":"fake_pw_1"}`, gone: []string{"Fakehari2005", "fake_pw_1"}},
		{in: "seller-app android-2.29.132: kod pengesahan anda 005218 (sent to you)", gone: []string{"005218"}},
		{in: "login ok for a@example.com from ios/4.13.46; token 720512", gone: []string{"720512"}},
		// traps: a UUID given as an idempotency key is a request's id
		{in: "[09:44] bot: idempotency key?\n[09:44] buyer: 8ed46b3b-8423-4324-a125-8d0bf6da0871\n", keep: []string{"8ed46b3b-8423-4324-a125-8d0bf6da0871"}},
	})
}

// Class: a street's or a unit's word of its script beside a house number.
func TestA26Streets(t *testing.T) {
	checkIDs21(t, []ids21Case{
		{in: "لطفاً بسته را به تهران، بلوار کشاورز، پلاک 45، واحد 4 بفرستید", gone: []string{"کشاورز، پلاک 45"}},
		{in: "deliver to Λεωφ. Κηφισίας 29, 122 44 Θεσσαλονίκη please", gone: []string{"Κηφισίας 29"}},
		{in: "ბათუმი, აღმაშენებლის გამზ. 48, ბინა 34", gone: []string{"გამზ. 48"}},
		{in: "pickup from 42, பெரியார் நகர், மதுரை 625087 today", gone: []string{"42, பெரியார்"}},
		{in: "משלוח ל רחוב אלנבי 15, דירה 4, חיפה", gone: []string{"אלנבי 15"}},
		{in: "পার্সেলটি বাড়ি 363, কাজী নজরুল ইসলাম এভিনিউ, ঢাকা 1269 এ দিন", gone: []string{"বাড়ি 363"}},
		{in: "dostawa: al. Jerozolimskie 12a/8, 89-510 Poznań", gone: []string{"Jerozolimskie 12a/8"}},
		// traps: a shop's Thai word without a number, a price after a word
		{in: "ร้านค้า ถนนคนเดิน เปิดทุกวัน", keep: []string{"ถนนคนเดิน"}},
		{in: "total 45 € für Bestellung 12345", keep: []string{"45 €", "12345"}},
	})
}
