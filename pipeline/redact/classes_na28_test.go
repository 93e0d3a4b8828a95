package redact

import "testing"

// Class: a mapping or validation error names the field by its path and
// quotes the value, in the words of any language (`字段 <path> 的值「…」`,
// `поле <path> со значением «…»`, `<path> alanı '…'`, `field=<path>
// value=… order=…`), or after the value (`Invalid value of "…" provided
// for the street field`); a path naming no person, address or phone, a
// product's bare name and a phone field's value not shaped as a phone stay.
func TestNa28FieldValueAnyLanguage(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "字段 receiver_address.street_name 的值「No. 9, Testmock Way, Fake Island, Abuja 900001」无法映射（订单 27746074138696）",
			gone: []string{"Testmock Way", "900001"}, stays: []string{"27746074138696"}},
		{in: "не удалось сопоставить поле buyer.name со значением «Jane Testova» (заказ NAEH9412771105)",
			gone: []string{"Jane Testova"}, stays: []string{"NAEH9412771105"}},
		{in: "shipping_address.address1 alanı 'Bd. Testului nr. 157' değeriyle eşlenemedi (sipariş 577467396824995527)",
			gone: []string{"Testului"}, stays: []string{"577467396824995527"}},
		{in: "mapping failed: field=shipping_address.address1 value=H.No. 182, Mock Residency order=25469605-0995-1",
			gone: []string{"Mock Residency"}, stays: []string{"order=25469605-0995-1"}},
		{in: "フィールド buyer.name の値 \"Jane Roe\" をマッピングできません（注文 #7943）", gone: []string{"Jane Roe"}, stays: []string{"#7943"}},
		{in: "no se pudo mapear el campo buyer.name con valor \"Juan Prueba\" del pedido 338946570", gone: []string{"Juan Prueba"}, stays: []string{"338946570"}},
		{in: `main.CRITICAL: Invalid value of "Str. Testescu nr. 207" provided for the street field.`, gone: []string{"Testescu"}},
		{in: `Invalid value of "Jane Roe" provided for the lastname field.`, gone: []string{"Jane Roe"}},
		// stays: a product's name, a bare name field, an id path, a phone field's value that is no phone
		{in: `cannot map product.name "Blue Shirt Large" to category`, stays: []string{"Blue Shirt Large"}},
		{in: `Invalid value of "Blue Shirt" provided for the name field.`, stays: []string{"Blue Shirt"}},
		{in: `字段 order.status 的值「Pending Review」无法映射`, stays: []string{"Pending Review"}},
		{in: `set shipping.phone "n/a" failed`, stays: []string{"n/a"}},
	})
}

// Class: a street line under a key that says "line" by its place or a
// carrier's short "add" is an address when its object also holds a city or
// a postal code; Brazil's "logradouro" is a street. The same keys in an
// object without a city or postcode stay.
func TestNa28LineKeysBesidePostal(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: `{"receipt_id":3783633382,"first_line":"Testgracht 208hs","second_line":"2. Etage links","city":"Mockdam","zip":"1234 AB"}`,
			gone: []string{"Testgracht", "2. Etage links"}, stays: []string{"3783633382"}},
		{in: `payload={"shipments":[{"add":"House No. 322, Gali No. 7, Mock Nagar","pin":"226010","city":"Testpur","order":"OD681463458861817662"}]}`,
			gone: []string{"Mock Nagar"}, stays: []string{"OD681463458861817662"}},
		{in: `{"endereco":{"cep":"90395458","logradouro":"Rua Teste de Novembro","numero":"1151"}}`, gone: []string{"Rua Teste"}},
		// stays: a file's first line, a patch's "add" list, an operation named "add"
		{in: `{"first_line":"Traceback (most recent call last):","file":"x.py"}`, stays: []string{"Traceback (most recent call last):"}},
		{in: `{"add":"feature-flag-7","remove":"old-flag"}`, stays: []string{"feature-flag-7"}},
	})
}

// Class: an SMS or chat API's message travels as a form field (`Body=`,
// `text=`, `message=`): its value is a message's start, where a greeting
// names the reader, URL-encoded or not; Arabic's comma closes the name. A
// greeting word after another key's '=' stays a value.
func TestNa28GreetingInFormField(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "To=%2B15550000001&Body=Habari+Testkazi%2C+oda+yako+661131791282613+imetumwa.&StatusCallback=https%3A%2F%2Fhooks.example%2Fs",
			gone: []string{"Testkazi"}, stays: []string{"661131791282613"}},
		{in: "To=%2B15550000001&Body=Dzie%C5%84+dobry+Testoslaw%2C+zam%C3%B3wienie+503-5283346-7427483+zosta%C5%82o+wys%C5%82ane.",
			gone: []string{"Testoslaw"}, stays: []string{"503-5283346-7427483"}},
		{in: `{"text":"مرحباً تجربة، تم شحن طلبك #EU13682.","attachments":[]}`, gone: []string{"تجربة"}, stays: []string{"#EU13682"}},
		// stays: a greeting word as another key's value
		{in: "lang=sw&greeting=Habari+Yako%2C+ok&page=2", stays: []string{"Yako"}},
	})
}

// Class: a bracketed key quoted for the shell (curl's `-d
// "billing_details[name]"="…"`) is read as the bracketed key unquoted.
func TestNa28QuotedBracketKey(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: `curl https://api.stripe.com/v1/payment_methods -u sk_test_x: -d type=card -d "card[exp_month]"=8 -d "billing_details[name]"="Testa binti Contoh"`,
			gone: []string{"Testa binti Contoh"}, stays: []string{`"card[exp_month]"=8`}},
		{in: `curl -d "metadata[order_id]"="4411" -d "shipping[address][line1]"="12 Test Street"`, gone: []string{"12 Test Street"}, stays: []string{`"4411"`}},
	})
}

// Class: Sentry's positional params are read in the sentence of their
// format string: an item the formatted message shows to be a name or a
// phone is masked whole; the order id and the error phrase stay.
func TestNa28SentryParams(t *testing.T) {
	checkEventClasses(t, []classCase{
		{"name param", `{"@timestamp":"2026-01-01T00:00:00Z","message":"order %s could not be shipped to %s (%s): %s","logentry":{"message":"order %s could not be shipped to %s (%s): %s","params":["NAEH4713594276","Testenko Mockovych","+380 63 625 7407","e-mail address is missing"]}}`,
			"Mockovych", []string{"NAEH4713594276", "e-mail address is missing"}},
		{"no template", `{"@timestamp":"2026-01-01T00:00:00Z","logentry":{"params":["NAEH4713594276","Testenko Mockovych"]}}`,
			"", []string{"NAEH4713594276"}},
	})
}

// Class: an address's later parts that follow the part a reader took —
// house and flat parts, a bracketed neighbourhood, a postcode, and the
// town or province in capitalised words that end the line — join it; an
// amount with its currency, a count of items and a date after an address
// stay.
func TestNa28AddressTail(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: "Заказ NAEH2440261053: получатель Тест Тестов, адрес доставки: ul. Testova, d. 24, kv. 177, Mockosibirsk, 630331",
			gone: []string{"kv. 177", "Mockosibirsk", "630331"}, stays: []string{"NAEH2440261053"}},
		{in: "Pedido 20681137-8011-2 sincronizado: envío a Testmán 5617, Piso 5 Dpto A, Caballito, B1269KFB La Prueba, Buenos Testes",
			gone: []string{"Buenos Testes"}, stays: []string{"20681137-8011-2"}},
		// stays: an amount, a count and a date after an address
		{in: "shipped to 12 Test Street, Testville, total 1500 EUR, status Paid", stays: []string{"1500 EUR"}},
		{in: "shipped to 12 Test Street, Testville 2026-01-05 10:00", stays: []string{"2026-01-05 10:00"}},
	})
}

// Class: a GraphQL or form error's clause "<path>: <message> (value "…")"
// names the quoted value by the path that opens it; a mobile number under
// an abbreviated key ("mob=") is a phone. A title's value stays.
func TestNa28ClausePathAndMobKey(t *testing.T) {
	checkPhones22(t, []phones22Case{
		{in: `customerUpdate userErrors for gid://shopify/LineItem/6796519710027: input.phone: Phone is invalid (value "311 9060111")`,
			gone: []string{"9060111"}, stays: []string{"6796519710027"}},
		{in: `msg="label generated" orderId=OD756703763768503876 mob=6696540797 awb=1260322781373`,
			gone: []string{"6696540797"}, stays: []string{"OD756703763768503876", "1260322781373"}},
		{in: `productUpdate userErrors: input.title: Title is too long (value "Blue Shirt Extra Large")`, stays: []string{"Blue Shirt Extra Large"}},
	})
}
