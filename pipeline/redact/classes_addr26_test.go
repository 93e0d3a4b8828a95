package redact

import "testing"

// Class: an address written in Japanese opens with its prefecture, names
// its city or ward and ends in the chōme, block and house numbers (a
// building and room after them), with no label before it; a prefecture
// without the numbers (a warehouse's region) stays.
func TestAddr26JapaneseAddressByPrefecture(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "DEBUG shipping label for 山田花子, 神奈川県横浜市西区テスト町2-2-11 メゾン試験302, weight 3.2 kg",
			gone: []string{"テスト町2-2-11", "メゾン試験302"}, stays: []string{"3.2 kg"}},
		{in: "こちらに送ってください 愛知県名古屋市中区試験町4-30-14\n\nよろしくお願いします", gone: []string{"試験町4-30-14"}},
		{in: "注文 SO-1001 の配送先は 北海道札幌市北区架空3丁目4番5号 です", gone: []string{"架空3丁目4番5号"}, stays: []string{"SO-1001"}},
		// stays: a region with no street numbers, a product code
		{in: "warehouse 東京都江東区 stock 120 units, 大阪府 lead time 2-3 weeks", stays: []string{"東京都江東区", "2-3"}},
	})
}

// Class: a romanised Japanese or Korean address names its ward with its
// suffix ("-ku", "-gu") between the house's part and the city with its
// postcode; it is taken whole wherever it stands, while a lone word with
// such a suffix and no numbered part before it stays.
func TestAddr26RomanisedWardSuffix(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "注文5000000000001をMaison Testa 302, 6-11-16 Fakecho, Kita-ku, Testoka 333-1813へ発送",
			gone: []string{"6-11-16 Fakecho", "Kita-ku", "333-1813", "Maison Testa 302"}, stays: []string{"5000000000001"}},
		{in: "ticket 4411: please deliver to 200 Testsa-ro, Mockan-gu, Fakeseong-si 56017 thanks",
			gone: []string{"200 Testsa-ro", "Mockan-gu", "56017"}, stays: []string{"4411"}},
		{in: "version 2.3.1, Build-gu, release 4", stays: []string{"Build-gu", "2.3.1"}},
	})
}

// Class: an address label and its value separated by a spaced dash
// ("adresse - …", "Adresse - …", "पता - …") read as after the bare label,
// with address nouns of more languages ("adresas", "osoite"); a value that
// does not read as an address stays.
func TestAddr26LabelDashValue(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "Bonjour! adresse - chaussée Testlaan 151, 6464 Fakeville / user_agent=Stripe/v1",
			gone: []string{"Testlaan 151", "6464 Fakeville"}, stays: []string{"user_agent=Stripe/v1"}},
		{in: "Grüezi sdk_version 15.7.19 / Adresse - Teststrasse 108, 8455 Mockdorf. merci",
			gone: []string{"Teststrasse 108", "8455 Mockdorf"}, stays: []string{"15.7.19"}},
		{in: "fx_rate: 15.2966, adresas Testo g. 100, LT-46364 Fakiai, request_id: a9b0aa20",
			gone: []string{"Testo g. 100", "LT-46364"}, stays: []string{"15.2966", "a9b0aa20"}},
		{in: "Moi; osoite - Testikatu 28, 34526 Valetown; (invoice_no F2026/976880)",
			gone: []string{"Testikatu 28", "34526"}, stays: []string{"F2026/976880"}},
		{in: "address - none / status - ok", stays: []string{"none", "status - ok"}},
		{in: "adresse - 12 items, total 45.00 EUR", stays: []string{"12 items", "45.00 EUR"}},
	})
}

// Class: India writes the PIN code after the town or state with a spaced
// dash; it belongs to the address read before it, not a bare number pair.
func TestAddr26IndianPinAfterDash(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "mcc: 5699 / पता - 63, Testpur Marg, Mockpur, Fakeshtra - 861997. धन्यवाद",
			gone: []string{"Testpur Marg", "861997"}, stays: []string{"5699"}},
		{in: "order 123456 - 654321 shipped", stays: []string{"123456", "654321"}},
	})
}

// Class: a Thai lane's number glued to its word ("ซอย7") does not end the
// street: the road, district and postcode after it are the address's.
func TestAddr26ThaiSoiNumber(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "ส่งมาที่ 10 ซอย7 ถ.ทดสอบ หาดใหญ่ 90638\n\nขอบคุณค่ะ", gone: []string{"ถ.ทดสอบ", "90638"}},
		{in: `{"ticket.requester.address":"2 ซอย12 ถ.ทดสอบ ภูเก็ต 92405","ticket.id":"276058"}`, gone: []string{"ถ.ทดสอบ", "92405"}, stays: []string{"276058"}},
	})
}

// Class: Oracle's positional binds of a people table: an apostrophe inside
// a word does not close the bind ("… ko'chasi, 45-uy"), and a street line
// with its number first, a house number with its word's suffix or a name in
// typographic quotes is a street; a short count with a word stays.
func TestAddr26OracleBindStreets(t *testing.T) {
	pre := `ORA-12899: value too large for column "ERP"."CUSTOMER"."STREET" (actual: 61, maximum: 60) binds: `
	checkPhones22(t, []phones22Case{
		{in: pre + `[:1='Jane Roe', :2='Testov ko'chasi, 45-uy', :3='998900000001']`, gone: []string{"Testov ko'chasi", "45-uy"}},
		{in: pre + `[:1='Jane Roe', :2='32744 New Testchester', :3='+1 555 201 0000']`, gone: []string{"Testchester"}},
		{in: pre + `[:1='Ivan Testov', :2='ул. „Тестова“ № 34', :3='359880000001']`, gone: []string{"Тестова"}},
		{in: pre + `[:1='Jane Roe', :2='100 Units', :3='2026 Q4', :4='12345']`, stays: []string{"100 Units", "2026 Q4", "12345"}},
	})
}

// Class: a Hebrew geresh (an apostrophe after a Hebrew letter, "רח'" for
// "street") inside an address value does not close it.
func TestAddr26HebrewGeresh(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "X-Properties-Shipping-Address: רח' בדיקה 173, עיר בדיקה 6772890\nX-Total: 17.74",
			gone: []string{"בדיקה 173", "6772890"}, stays: []string{"17.74"}},
		{in: "shipping_address: רח' בדיקה 12, תל אביב", gone: []string{"בדיקה 12"}},
	})
}
