package redact

import "testing"

// Class: eight-digit numbers in dotted pairs (Danish, Norwegian
// "NN.NN.NN.NN") after a phone key or word are the phone, though the
// shape is an IPv4 address's; dotted quads elsewhere, and quads that are
// not all pairs after the key, stay addresses.
func TestPhaddr24DottedPairsAfterPhoneKey(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: `customer { email: "x@example.com" phone: "21.00.11.22" city: "Testby" }`, gone: []string{"21.00.11.22"}, stays: []string{"Testby"}},
		{in: `{'full_name': 'n/a', 'phone': '86.00.44.11', 'sku': 'SKU-1'}`, gone: []string{"86.00.44.11"}, stays: []string{"SKU-1"}},
		{in: `Customer{Id:"c-1", Phone:"67.00.20.11", CreatedAt:1752777738}`, gone: []string{"67.00.20.11"}, stays: []string{"1752777738"}},
		{in: `phone=20.00.09.11 status=ok`, gone: []string{"20.00.09.11"}},
		// addresses stay: no phone key, or not all pairs
		{in: `upstream 10.20.30.40:8080 failed`, stays: []string{"10.20.30.40"}},
		{in: `client_ip=21.96.86.38 phone_model=Pixel`, stays: []string{"21.96.86.38"}},
		{in: `phone-gw 10.42.149.28 down`, stays: []string{"10.42.149.28"}},
		{in: `SIP call from 10.20.30.40 rejected`, stays: []string{"10.20.30.40"}},
	})
}

// Class: a number followed by the word for "number" or "phone" inflected
// for "to/on it" in a language that writes postpositions after the noun
// (Uzbek, Kazakh, Turkish, Nepali, Bengali, Japanese…) is a phone; the
// bare or adjectival noun ("raqamli", "numbered") and dates stay.
func TestPhaddr24NumberThenInflectedNumberWord(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "buyurtmam kelmadi, iltimos 998900001122 raqamiga qo'ng'iroq qiling", gone: []string{"998900001122"}},
		{in: "сәлем, маған 87000001122 нөміріне хабарласыңыз", gone: []string{"87000001122"}},
		{in: "कृपया मलाई 9800001122 मा फोन गर्नुहोस्", gone: []string{"9800001122"}},
		{in: "অনুগ্রহ করে 8801700001122 নম্বরে কল করুন", gone: []string{"8801700001122"}},
		{in: "至急09000001122に電話してください", gone: []string{"09000001122"}},
		{in: "iltimos 90 000-11-22 raqamiga yozing", gone: []string{"90 000-11-22"}},
		// stays: an order numbered so, a date, a short number
		{in: "buyurtma 12345678 raqamli jo'natildi", stays: []string{"12345678"}},
		{in: "yetkazish 2026-05-01 raqamiga", stays: []string{"2026-05-01"}},
		{in: "qutini 4711 raqamiga qo'ying", stays: []string{"4711"}},
	})
}

// Class: phone words of Indian languages in the spellings buyers type
// (Marathi "मोबाईल", Tamil "கைபேசி") put the number after them in a
// phone's context, dotted or in one piece.
func TestPhaddr24IndicPhoneWords(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "नमस्कार, माझा मोबाईल नंबर 9800011122, कोड ORD-00011122 आहे", gone: []string{"9800011122"}, stays: []string{"ORD-00011122"}},
		{in: "என் கைபேசி எண் 7100011122 தான்", gone: []string{"7100011122"}},
		{in: "माझा मोबाईल नंबर 80000.11122", gone: []string{"80000.11122"}},
	})
}

// Class: a Chinese or Japanese street line among the binds of a people
// table's row (ORA-12899) has no street-type word before its number: a
// street ending in 路/街/道 with its 号, or a district's name with the
// chōme, block and house joined by dashes. A warehouse or a product code
// in the same list stays.
func TestPhaddr24CJKStreetInOracleBinds(t *testing.T) {
	const pre = `ORA-12899: value too large for column "SHOP"."CUSTOMERS"."ADDRESS_LINE1" (actual: 61, maximum: 60) binds: [:1='[REDACTED:name]', `
	checkPhones22(t, []phones22Case{
		{in: pre + `:2='テスト西8-1-63', :3='[REDACTED:phone]']`, gone: []string{"テスト西8-1-63"}},
		{in: pre + `:2='测试路183号1栋505室', :3='[REDACTED:phone]']`, gone: []string{"测试路183号1栋505室"}},
		{in: pre + `:2='SKU-8-1-63', :3='商品A-1', :4='2026-01-02']`, stays: []string{"SKU-8-1-63", "商品A-1", "2026-01-02"}},
	})
}
