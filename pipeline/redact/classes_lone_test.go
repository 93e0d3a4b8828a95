package redact

import (
	"strings"
	"testing"
)

// Secrets with nothing but their position to name them: word-and-number
// passwords in header-less rows (a year, digits joined by '_' or '.'),
// short words with symbols and digits, long random keys whose case changes
// every few letters, and PostgreSQL bound values whose column is unknown
// (after an unquoted number too). Look-alikes in the same positions stay.
func TestClassLoneSecretShapes(t *testing.T) {
	checkClasses(t, []classCase{
		{"word and a year in a quoted tsv row", "import export.tsv line 12: \"300000000000017\"\t\"Lantern1994\"\t\"4006381333931\"", "Lantern1994", []string{"300000000000017", "4006381333931"}},
		{"lower-case word and a year in a comma row", "line 8: 7,500000000000004,quokka2031,Dec 24 04:34:54", "quokka2031", []string{"500000000000004", "Dec 24 04:34:54"}},
		{"word, digits, underscore, digits", "import ok line 3: 5|4006381333931|marlin071_38|249-0000000-0000000", "marlin071_38", []string{"4006381333931", "249-0000000-0000000"}},
		{"word, year, trailing underscore", "line 4: 4|RR000000000XX|walrus2027_|ok", "walrus2027_", []string{"RR000000000XX"}},
		{"capitalised word, full stop, digits", "skipped row 7: 7,10.0.0.9,\"Apr 29, 2025\",Quokka.64", "Quokka.64", []string{"10.0.0.9"}},
		{"four-letter word, symbols and digits", "import line 7: 7,Yeti!!48,572000000000000000,1ZFAKE0000000000", "Yeti!!48", []string{"572000000000000000", "1ZFAKE0000000000"}},
		{"long random key in a row", "parsed row 5: 4;po_3Fake000Fake;Jun 26 17:56:35;k7fmqGpaRDXKqHJtMeewzLYNkVDHpJSU;1ZFAKE0000000000", "k7fmqGpaRDXKqHJtMeewzLYNkVDHpJSU", []string{"po_3Fake000Fake", "Jun 26 17:56:35"}},
		{"postgres value after an unquoted number", "DETAIL:  parameters: $1 = '400', $2 = 2000000000000001, $3 = 'Qm7vFakeKeyX/rC//ct6bFcb9/VI6C8EXab='", "Qm7vFakeKeyX", []string{"$1 = '400'", "$2 = 2000000000000001"}},
		{"postgres value of an unnamed column", "INSERT INTO t (a, b) VALUES ($1, $2)\nDETAIL:  parameters: $1 = 'INV/2024/7', $2 = 'Wombat*!'", "Wombat*!", []string{"INV/2024/7"}},
	})
	checkClasses(t, []classCase{
		{"host names in a row", "line 3: 2;server01;node12;web-12;python3.11", "", []string{"server01", "node12", "web-12", "python3.11"}},
		{"identifiers in a row", "line 3: 2;batch_2024;build.12;Mango.7;SUMMER2024", "", []string{"batch_2024", "build.12", "Mango.7", "SUMMER2024"}},
		{"a year that is no one's birth", "line 3: 2;Lantern1850;Lantern2091;ok", "", []string{"Lantern1850", "Lantern2091"}},
		{"camel-case names in a row", "line 3: 2;ProductVariantCreateInputMutation2;OrderFulfilledWebhookHandler7;ok", "", []string{"ProductVariantCreateInputMutation2", "OrderFulfilledWebhookHandler7"}},
		{"hex digests in a row", "line 3: 2;9e107d9d372bb6826bd81d3542a419d6;2fd4e1c67a2d28fced849ee1bb76e7391b93eb12;ok", "", []string{"9e107d9d372bb6826bd81d3542a419d6", "2fd4e1c67a2d28fced849ee1bb76e7391b93eb12"}},
		{"postgres values that are no secrets", "DETAIL:  parameters: $1 = 'ThinkPad X1 Carbon Gen 12', $2 = 'shop-prod-3', $3 = 'v2.4.1'", "", []string{"ThinkPad X1 Carbon Gen 12", "shop-prod-3", "v2.4.1"}},
	})
}

// Password keys the scanner did not reach: XML elements named in another
// script or with diacritics, a digit-led key in JSON held in a string,
// a password label opening a bracket or a line or with an apostrophe in it,
// and a secret that ends in '!' after "password".
func TestClassPasswordKeysMore(t *testing.T) {
	checkClasses(t, []classCase{
		{"xml element with a diacritic", "<Receiver><contraseña>Quokka2031!!48</contraseña><city>Lyon</city></Receiver>", "Quokka2031", []string{"<city>Lyon</city>"}},
		{"xml element in hangul with a namespace", "<ns2:Receiver><ns2:비밀번호>Xq7..f*K.FakeR@Zo81Pq</ns2:비밀번호></ns2:Receiver>", "FakeR", []string{"</ns2:Receiver>"}},
		{"digit-led key in escaped JSON", `{"Message":"{\"delivery\":{\"2faCode\":\"470011\",\"qty\":3}}"}`, "470011", []string{`\"qty\":3`}},
		{"digit-led snake key in escaped JSON", `{"Message":"{\"klant\":{\"2fa_code\":\"470011\"}}"}`, "470011", nil},
		{"label in brackets", "Pedido actualizado (Clave acceso: Wombat!!42 - WhatsApp)", "Wombat", []string{"Pedido actualizado", "- WhatsApp)"}},
		{"label at a line's start", "Content-Transfer-Encoding: 8bit\n\nOla,\nSenha acesso: Rk82mQzLFake1p\nentregar amanha", "Rk82mQzLFake1p", []string{"entregar amanha"}},
		{"label with an apostrophe", "Sincronizzazione fallita. Parola d'ordine: Yeti84!!. nominativo", "Yeti84", []string{"nominativo"}},
		{"exclamation marks that are the secret's", "login failed with password wombat!! | trace=1", "wombat!!", []string{"| trace=1"}},
	})
	checkClasses(t, []classCase{
		{"a sentence's exclamation mark", "password reset requested!", "", []string{"password reset requested!"}},
		{"an xml element that names no secret", "<Receiver><código_postal>28001</código_postal></Receiver>", "", []string{"28001"}},
		{"a bracket that is no label", "(ver acceso: abierto)", "", []string{"abierto"}},
	})
}

// A given and a family name as two cells side by side in a header-less
// row; under a header the header names the columns.
func TestClassCellNamePair(t *testing.T) {
	checkClasses(t, []classCase{
		{"semicolon row", "OD600000000000000001;Maëlle;Fakeboucher", "Fakeboucher", []string{"OD600000000000000001;"}},
		{"comma row, then more cells", "csv row rejected: #10001,Wiktor,Fakowski,SKU-0000-RED,4006381333931", "Fakowski", []string{"#10001,", ",SKU-0000-RED,4006381333931"}},
		{"quoted tab row", "import returns.csv line 9: \"#10002\"\t\"Thandiwe\"\t\"Fakezulu\"\t\"R12 000.00\"", "Fakezulu", []string{"\"#10002\"", "\"R12 000.00\""}},
		{"pipe row in another script", "9|Ярослава|Фейкова|ok", "Фейкова", []string{"|ok"}},
	})
	checkClasses(t, []classCase{
		{"a header of name columns", "Vorname;Nachname\nAnna;Fakemann", "", []string{"Vorname;Nachname"}},
		{"under a header naming places", "id;origin_city;dest_city\n7;Lyon;Nantes", "", []string{"7;Lyon;Nantes"}},
		{"words in capitals", "7;DHL;UPS;ok", "", []string{"7;DHL;UPS;ok"}},
		{"a company after a word", "7;Fakeland;GmbH;ok", "", []string{"Fakeland;GmbH"}},
		{"one word alone", "7;Lyon;4006381333931", "", []string{"7;Lyon;4006381333931"}},
	})
}

// Keys in another script before " = ", " => " (SQL SET, toString, Ruby and
// PHP hashes), and a key's value that ends before the next key written in
// another script.
func TestClassKeysInOtherScripts(t *testing.T) {
	checkClasses(t, []classCase{
		{"sql set, cyrillic keys", "UPDATE orders SET order_id = '500000000000000001', имя = 'Adaeze', фамилия = 'Fakeoye' WHERE id = 1", "Fakeoye", []string{"order_id = '500000000000000001'", "WHERE id = 1"}},
		{"sql set, cjk keys", "UPDATE c SET 名 = '美玲', 姓 = '假', trace_id = 'abc'", "美玲", []string{"trace_id = 'abc'"}},
		{"tostring", "UserDto { OrderId = 570000000000000001, Имя = Ramya, Фамилия = Fakenair, Tracking = SF0000000000001 }", "Fakenair", []string{"Tracking = SF0000000000001"}},
		{"ruby hash, arabic key", "audit: id => 5291619025663, الاسم => فاطمة فيك, AmazonOrderId => 113-0000000-0000000", "فيك", []string{"AmazonOrderId => 113-0000000-0000000"}},
		{"logfmt, the next key in another script", "amazon_order_id=420-0000000-0000000 имя=Noa фамилия=Fakeson lazada_order_id=378000000000001", "Fakeson", []string{"lazada_order_id=378000000000001"}},
		{"env, cjk keys", "env: ORDER_ID=5835037266987 名=Geneviève 姓=Fakegagné X=1", "Fakegagné", []string{"X=1"}},
	})
	checkClasses(t, []classCase{
		{"a city before a colon goes with the address", "entrega fallida en Calle Fake 12, 28057 Málaga: el repartidor llamó", "Málaga", []string{"repartidor llamó"}},
		{"a comparison in another script", "если значение = 5, то", "", []string{"значение = 5"}},
	})
}

// Role words and greetings of more languages: Chinese greetings, Swedish,
// Romanian (with the article), Swahili, Czech and Hebrew customers and
// recipients, and "name" in Swedish as a key.
func TestClassRoleWordsMore(t *testing.T) {
	checkClasses(t, []classCase{
		{"chinese greeting", "尊敬的欧阳假名，您的订单573000000000000001已发货", "欧阳假名", []string{"您的订单573000000000000001已发货"}},
		{"traditional chinese greeting, latin name", "親愛的Wai Fake Cheung，您的訂單#42932已出貨", "Cheung", []string{"您的訂單#42932已出貨"}},
		{"swedish customer", "notify: Kund Elsa Fakeström begärde återbetalning (SEK 27 334,72)", "Fakeström", []string{"begärde återbetalning", "(SEK 27 334,72)"}},
		{"romanian customer with its article", "Clientul Ionuț Fakescu a cerut rambursare", "Fakescu", []string{"a cerut rambursare"}},
		{"romanian recipient", "Colet nelivrat, destinatarul Ioana Fakeanu nu a răspuns", "Fakeanu", []string{"nu a răspuns"}},
		{"swahili recipient with a colon", "Agizo OD150000000000000001, mpokeaji: Wanjiru Fakekamau", "Fakekamau", []string{"Agizo OD150000000000000001"}},
		{"czech recipient", "Zásilka pro příjemce Jan Fakeník nebyla doručena", "Fakeník", []string{"nebyla doručena"}},
		{"hebrew recipient", "הזמנה OD520000000000000001, נמען: נועה פייק", "פייק", []string{"OD520000000000000001"}},
		{"swedish name header", "curl -H 'X-Namn: Lars Fakesson' -H 'X-Request-Id: 87d1'", "Fakesson", []string{"X-Request-Id: 87d1"}},
	})
	checkClasses(t, []classCase{
		{"a greeting to customers at large", "尊敬的客户，您好", "", []string{"尊敬的客户，您好"}},
		{"a greeting to users at large", "亲爱的用户，欢迎回来", "", []string{"亲爱的用户，欢迎回来"}},
	})
}

// Phone numbers a few words after a verb of calling or a phone word of
// another script ("звонил на номер …", "התקשר ל-…", "Telemóvel do cliente
// alterado para …", "callback requested: …"); a Latin phone word is a whole
// word ("Phương" holds no "ph").
func TestClassPhoneAfterCalling(t *testing.T) {
	checkClasses(t, []classCase{
		{"russian, called on the number", "Курьер звонил на номер 89000000017, нет ответа", "89000000017", []string{"нет ответа"}},
		{"russian, call back on the number", "перезвоните мне по номеру 89000000025", "89000000025", nil},
		{"hebrew, called to", "השליח התקשר ל-972500000001 ולא נענה", "972500000001", []string{"ולא נענה"}},
		{"portuguese mobile changed to", "Telemóvel do cliente alterado para 21 000 0001", "21 000 0001", nil},
		{"greek phone changed to", "Το τηλέφωνο του πελάτη άλλαξε σε 6900000001", "6900000001", nil},
		{"callback with a colon", "Customer callback requested: 600000001", "600000001", []string{"Customer callback requested:"}},
	})
	checkClasses(t, []classCase{
		{"a name with diacritics before an order", `body="Trần Minh Phương called about order 904000000000001 and asked"`, "Phương", []string{"904000000000001"}},
		{"a callback without a number", "callback registered: handler-7", "", []string{"handler-7"}},
		{"a phone word, then a capitalised word", "phone changed by Admin 2024", "", []string{"Admin 2024"}},
	})
}

// A role word that goes on as a longer word is a key, not the role word:
// the XML element <گاہککانام> holds the name, its tag is no name.
func TestClassRoleWordInsideKey(t *testing.T) {
	checkClasses(t, []classCase{
		{"urdu key as an element", "<ns2:Receiver><ns2:گاہککانام>Mahnoor Fakemirza</ns2:گاہککانام></ns2:Receiver>", "Fakemirza", []string{"<ns2:گاہککانام>", "</ns2:گاہککانام>"}},
		{"the role word on its own", "Клиент Иван Фейков позвонил", "Фейков", []string{"позвонил"}},
	})
}

// Japan's postal mark begins an address wherever it stands, and a district
// whose name reads as a phone word in another language ("Namba") does not
// end the address it is in.
func TestClassPostalMarkAndDistricts(t *testing.T) {
	checkClasses(t, []classCase{
		{"postal mark in a positional argument", `Refund issued "2000000000000001", "〒400-0001 山梨県甲府市架空町4-9-6 メゾン架空838", "1753458326140"`, "架空町", []string{`"2000000000000001"`, `"1753458326140"`}},
		{"postal mark in a sentence", "Address validation failed for 〒800-0001 福岡県福岡市中央区架空6-18-15 架空荘831: unknown postcode", "架空荘", []string{": unknown postcode"}},
		{"romanised district after a key", "address: 2-11-5 Namba, Naka-ku, Nagoya 836-0000", "Naka-ku", nil},
		{"romanised district after a CJK trigger", "お届け先住所: 4-10-5 Namba, Kita-ku, Fukuoka 045-0000", "Kita-ku", nil},
	})
	checkClasses(t, []classCase{
		{"a postal mark without a postcode", "〒 記号", "", []string{"〒 記号"}},
		{"a phone word that goes on to a number still ends an address", "ship to 1 Main St, Springfield phone +1 555 0100", "Springfield", []string{"phone"}},
	})
}

// National phone formats: Hungary's trunk and area code in one bracket
// ("(06 1) 390 4355") or before a slash ("06 30/557 5254"), Belgium's
// slashes and dotted pairs ("0476/46.95.13", "02/294.05.63",
// "0489.36.61.06"), Korea's dotted mobiles ("010.3385.6927").
func TestClassNationalPhoneShapes(t *testing.T) {
	checkClasses(t, []classCase{
		{"hungarian landline in a header", "-H 'X-Phone: (06 1) 000 4355' -H 'X-Id: 7'", "000 4355", []string{"X-Id: 7"}},
		{"hungarian landline after tel", "tel: (06 1) 000 4578\nIBAN", "000 4578", []string{"IBAN"}},
		{"hungarian mobile with a slash", "kézbesítés: 06 30/000 5254 ok", "000 5254", []string{"ok"}},
		{"belgian mobile with a slash", "client 0476/00.95.13 ok", "0476/00.95.13", []string{"ok"}},
		{"belgian mobile dotted", "gsm 0489.00.61.06 ok", "0489.00.61.06", nil},
		{"belgian landline", "bureau 02/000.05.63 ok", "02/000.05.63", nil},
		{"korean mobile dotted", "휴대폰 010.0000.6927 ok", "010.0000.6927", nil},
	})
	checkClasses(t, []classCase{
		{"versions and addresses", "version 1.2.3.4 build 2024.01.05.12 v0.12.34.56 host 10.0.0.1", "", []string{"1.2.3.4", "2024.01.05.12", "0.12.34.56", "10.0.0.1"}},
		{"small numbers in brackets", "items (12 3) x, ratio (1 2) 3", "", []string{"(12 3) x", "(1 2) 3"}},
		{"a date with a slash", "date 05/12.2024 ok", "", []string{"05/12.2024"}},
	})
}

// Keys that begin with a role word ("주문자명", "vevő-neve", "고객명") are
// keys, not the role word and a name; a key numbered to tell it from its
// sibling ("nome2", "name_2") is that key; "contact person" in Ukrainian
// and Russian introduces a name.
func TestClassKeysAfterRoleWords(t *testing.T) {
	checkClasses(t, []classCase{
		{"korean key in logfmt", `level=warn msg="x" order_id=23583998650724 주문자명="Moon Fakewoo" amazon_order=249-0000000-0000000`, "Fakewoo", []string{"amazon_order=249-0000000-0000000"}},
		{"korean key in a python repr", "Customer(asin='B0FAKE0000', 고객명='Lee Fake-yeon', order_date='09/04/2026')", "Fake-yeon", []string{"order_date='09/04/2026'"}},
		{"hungarian key with a dash", "{ host: 'api.shop.example', 'x-vevő-neve': 'Fakené Lakatos Zsuzsanna', 'x-id': '4' }", "Lakatos", []string{"'x-id': '4'"}},
		{"numbered key", `{"nome":"Ana Fakelima","nome2":"Arthur Fakemoreira","id":1}`, "Fakemoreira", []string{`"id":1`}},
		{"numbered key with an underscore", `{"name":"#21458","name_2":"Katarzyna Fakowalczyk"}`, "Fakowalczyk", []string{`"name":"#21458"`}},
		{"ukrainian contact person", "charge cus_1Fake, контактна особа Дмитро Фейкчук)", "Фейкчук", []string{"charge cus_1Fake"}},
		{"korean honorific after a role word", "반품 요청 - 신페이크 고객님 | smtp", "신페이크", []string{"| smtp"}},
	})
	checkClasses(t, []classCase{
		{"numbered keys that name nothing", `{"sha256":"abc","md5":"x","step2":"ok","v2":"Ana"}`, "", []string{`"step2":"ok"`, `"v2":"Ana"`, `"sha256":"abc"`}},
	})
}

// A role word used as a key (Go's %#v "Empfänger:\"…\"", PHP's
// "[destinatário] => …") is read as the key; single-syllable Korean name
// keys; a name in capitals written family name first after an honorific or
// a role word ("Sir GARCIA, ROMMEL D.").
func TestClassRoleWordKeysAndCapitals(t *testing.T) {
	checkClasses(t, []classCase{
		{"go struct, role word as a key", `&sync.Order{Waybill:"577000000000", Recipient:sync.Recipient{Empfänger:"Mia Fakemüller", Id:1}}`, "Fakemüller", []string{`Waybill:"577000000000"`, "Id:1"}},
		{"go struct, bengali key", `Contact:sync.Order{গ্রাহকেরনাম:"Sohel Fakeakter"}`, "Fakeakter", nil},
		{"go struct, unquoted", "failed to push {OriginPostcode:1213 Recipient:{প্রাপক:Rashed Fakehossain}}", "Fakehossain", []string{"OriginPostcode:1213"}},
		{"php print_r, role word as a key", "Array\n(\n    [ordersn] => 2506056FAKE00\n    [destinatário] => Thiago Fakesilva\n    [lazada_order_id] => 983000000000001\n)", "Fakesilva", []string{"[lazada_order_id] => 983000000000001"}},
		{"php print_r, korean family name key", "Array\n(\n    [성] => Fakeshin\n    [version] => build\n)", "Fakeshin", []string{"[version] => build"}},
		{"capitals after an honorific", "Fraud check passed. Sir FAKEGARCIA, ROMMEL D., cc=x", "FAKEGARCIA", []string{", cc=x"}},
		{"capitals with two family words", "- Ate DEL FAKEROSARIO, PRINCESS R.. app build 2024.10.26", "FAKEROSARIO", []string{"app build 2024.10.26"}},
		{"capitals after received by", "received by FAKEBAUTISTA, JESSA M.; order 965000000000001", "FAKEBAUTISTA", []string{"; order 965000000000001"}},
	})
	checkClasses(t, []classCase{
		{"carriers after a role word", "recipient DHL, UPS and FEDEX", "", []string{"DHL, UPS and FEDEX"}},
		{"a role word before a label", "Empfänger: bitte prüfen", "", []string{"bitte prüfen"}},
	})
}

// An address logged without a key as a cell of a header-less row or a
// quoted positional argument, read by its shape: a street type before or
// after a capitalised name, and a house number (or more parts).
func TestClassAddressCells(t *testing.T) {
	checkClasses(t, []classCase{
		{"comma row, type after the name", "row: 2000000000000001,9710 Prince Fakemohammed bin Fakeaziz Road,Riyadh,17572,SM-A546B", "Fakeaziz", []string{"2000000000000001,", ",SM-A546B"}},
		{"positional, type first", `Order placed "OD1", "ul. Fakelenina, d. 98, kv. 94", "x"`, "Fakelenina", []string{`"OD1"`, `"x"`}},
		{"semicolon row, quoted", `"250506FAKE0000";"ul. Fakelenina, d. 98, kv. 94";"Yekaterinburg";"187722"`, "Fakelenina", []string{`"250506FAKE0000"`, `"187722"`}},
		{"positional, postcode first", `Payment failed 5172957215660, "480, rue Fakewellington, app. 32", "x"`, "Fakewellington", []string{"5172957215660"}},
		{"positional, cyrillic type after a city", `Order placed "#40863", "138809, Санкт-Петербург, пр-т Фейковая, д. 78, кв. 251", "81 227,84 руб."`, "Фейковая", []string{`"#40863"`, `"81 227,84 руб."`}},
		{"quoted cell without a number", `"5214878154694","Riverside Gardens, Fakimathi Street","x"`, "Fakimathi", []string{`"5214878154694"`}},
	})
	checkClasses(t, []classCase{
		{"a park with no number", `Order placed "OD1", "Central Park", "x"`, "", []string{"Central Park"}},
		{"a product in a row", "row: 7,Road Bike Pro,Mountain Trail,4006381333931", "", []string{"Road Bike Pro", "Mountain Trail"}},
		{"a sentence with commas", "Order placed, shipped, delivered", "", []string{"Order placed, shipped, delivered"}},
	})
}

// A whole name of three or four capitalised words with letters beyond
// ASCII, as a cell of a header-less row or a positional argument.
func TestClassCellNames(t *testing.T) {
	checkClasses(t, []classCase{
		{"cyrillic name with a patronymic in a tab row", "import line 14: 444-0000000-0000001\tФейкова Юлия Петровна\tFAT-2025-86647\t278-0000000-0000002", "Фейкова", []string{"444-0000000-0000001", "FAT-2025-86647"}},
		{"latin name with diacritics as an argument", `Refund issued "OD1", "Maximiliano Fakéz Valenzuela", "x"`, "Fakéz", []string{`"OD1"`}},
	})
	checkClasses(t, []classCase{
		{"a city of two words", `Shipment created "9785935270742", "Hà Nội"`, "", []string{"Hà Nội"}},
		{"a city with a particle", `x "1", "Viña del Mar", "2"`, "", []string{"Viña del Mar"}},
		{"a company with a legal form", `x "1", "ТОВ «Сонячний Край»", "2"`, "", []string{"ТОВ «Сонячний Край»"}},
		{"a phrase in a script without capitals", "অর্ডার আপডেট হয়েছে | Universal Target Extreme | ok", "", []string{"অর্ডার আপডেট হয়েছে", "Universal Target Extreme"}},
		{"an ascii product", `x "1", "Universal Target Extreme", "2"`, "", []string{"Universal Target Extreme"}},
	})
}

// The number of an SMS gateway's recipient is a phone number: a bare
// "number" key read with its parent ("Recipients":[{"number":…}]).
func TestClassRecipientNumber(t *testing.T) {
	r := newDefault(t)
	for _, line := range []string{
		`{"SMSMessageData":{"Recipients":[{"statusCode":101,"number":"+254700000001","status":"Success"}]}}`,
		`{"SMSMessageData.Recipients":[{"statusCode":101,"number":254700000001,"status":"Success"}]}`,
		`{"recipient_number":"0700000001","x":1}`,
	} {
		out, _ := r.AppendJSON(nil, []byte(line))
		if strings.Contains(string(out), "0000001") {
			t.Errorf("%s -> %s", line, out)
		}
	}
	for _, line := range []string{
		`{"order":{"number":"1001","customer_number":"C-20931"}}`,
		`{"invoice":{"number":"0700000001"}}`,
	} {
		out, _ := r.AppendJSON(nil, []byte(line))
		if string(out) != line {
			t.Errorf("an id changed: %s -> %s", line, out)
		}
	}
}

// A header's "X-" before a whole "address" names an address
// ("X-Address-Line"); "shipped to" and "delivered to" in more languages;
// an address ends before a currency's short sign and an amount ("kr.
// 6.044,06").
func TestClassAddressHeadersAndPhrases(t *testing.T) {
	checkClasses(t, []classCase{
		{"curl header", "-H 'X-Address-Line: Place Saint-Fake 346, 5000 Namur' -H 'X-Commit: fab16ec'", "Saint-Fake", []string{"X-Commit: fab16ec"}},
		{"js object header", "{ 'x-address-line': 'D-22-9, Pangsapuri Fake Pelangi, Jalan Telawi, 50450 Kuala Lumpur', 'x-iban': 'x' }", "Pangsapuri", []string{"'x-iban'"}},
		{"dutch shipped to", "verzenden naar Laan van Fakevoort 314 II, 2011 HV Haarlem, pack_id=2000380566403681", "Fakevoort", []string{"pack_id=2000380566403681"}},
		{"portuguese sent to", "pedido enviado a Rua Fake 12, 1100-001 Lisboa; ok", "Rua Fake", []string{"; ok"}},
		{"an amount after the address", "-H 'X-Address-Line: Fakegade 97, 1620 København V kr. 6.044,06' -H 'X-Commit: 505e19d'", "Fakegade", []string{"kr. 6.044,06"}},
	})
	checkClasses(t, []classCase{
		{"forwarded-for", "X-Forwarded-For: 10.0.0.1", "", []string{"10.0.0.1"}},
		{"a code sent to a number is no address", "enviado a todos: 3 pedidos", "", []string{"3 pedidos"}},
	})
}

// Name keys written head first ("nazwisko_klienta", "имя_получателя"), a
// role word before " => " read as a key, Hindi "नाम" as a key, a profile's
// name, and the Czech addressee and Greek greetings as role words.
func TestClassNameKeysHeadFirst(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish key, head first", "shop --from-literal=NAZWISKO_KLIENTA=Katarzyna Fakowska (applied to kafka-1)", "Fakowska", []string{"(applied to kafka-1)"}},
		{"russian key, head first", `order.update orderId="578000000000000001", имя_получателя="Ekaterina Fakeova", invoice_no="FV/2025/10/9241"`, "Fakeova", []string{`invoice_no="FV/2025/10/9241"`}},
		{"role word before =>", "audit: lazada_order_id => 137000000000001, получатель => Dmitry Fakeov", "Fakeov", []string{"137000000000001"}},
		{"hindi key", "--from-literal=नाम=Rohit Fakejee --from-literal=SKU=MLB0000000001", "Fakejee", []string{"SKU=MLB0000000001"}},
		{"a profile's name", `{"profile.id":"5991686464956","profile.name":"Radek Fakeová"}`, "Fakeová", []string{`"profile.id":"5991686464956"`}},
		{"czech addressee", "Zásilku nepřevzal adresát Petr M. Fakeová", "Fakeová", []string{"Zásilku nepřevzal"}},
		{"greek greeting", "Αγαπητή Γιάννα Φέικου, η παραγγελία σας 2509201FAKE02", "Φέικου", []string{"η παραγγελία σας 2509201FAKE02"}},
	})
	checkClasses(t, []classCase{
		{"a name word with no person after it", "nombre_producto=Lámpara Fake 3000", "", []string{"Lámpara Fake 3000"}},
	})
}

// Malay and Arabic patronymic abbreviations inside a name ("bt.", "b."),
// Ukrainian and Russian honorifics ("пан", "пані"), name words as the tail
// of a person's key ("sender.nom"), given and family names and contact
// persons of the Nordic languages and Ukrainian as keys.
func TestClassPatronymicsAndHonorifics(t *testing.T) {
	checkClasses(t, []classCase{
		{"bt. inside a name", "customer Siti Aminah bt. Fakerazak, MercadoLibre order 2000715061946917", "Fakerazak", []string{"MercadoLibre order 2000715061946917"}},
		{"b. inside a name", "untuk Ahmad Faiz b. Fakeaziz. version build 2024.08.03", "Fakeaziz", []string{"version build 2024.08.03"}},
		{"ukrainian honorific, capitals", `text="Запит на повернення. пан FAKECHUK Oleh; замовлення 2000536199041789"`, "FAKECHUK", []string{"2000536199041789"}},
		{"ukrainian honorific", "Помилка синхронізації: пан Богдан Фейкенко | SKU 10297-5KB3", "Фейкенко", []string{"SKU 10297-5KB3"}},
		{"contact person key", `[order@32473 контактна_особа="FAKENKO Yurii" paid_at="2025-02-24"]`, "FAKENKO", []string{`paid_at="2025-02-24"`}},
		{"french name tail", `msg="x" sender.nom="FAKELEMS Louis" orderId=22522228538145`, "FAKELEMS", []string{"orderId=22522228538145"}},
		{"danish surname key", "commit=1d184b0 order.efternavn=Fakesen upsTracking=1Z4D4TPW0241000229", "Fakesen", []string{"upsTracking=1Z4D4TPW0241000229"}},
	})
	checkClasses(t, []classCase{
		{"an order's name is no person's", `msg="x" order.nom="Lampe 3000" sku=7`, "", []string{"Lampe 3000"}},
		{"a lone b. is no name", "section b. Terms apply", "", []string{"section b. Terms apply"}},
	})
}

// Phone numbers in the digits of their script (Arabic-Indic, Extended
// Arabic-Indic, Devanagari, Bengali), area codes behind a slash that JSON
// escaped ("04\/521.31.19"), and more phone words ("fono", "tlf.nr.").
func TestClassNativeDigitsAndEscapedSlashes(t *testing.T) {
	checkClasses(t, []classCase{
		{"arabic-indic digits", "تم رفض الدفع: تليفون: ٠١٠-٠٠٠٠-٦١٨٥ شكرا", "٦١٨٥", []string{"شكرا"}},
		{"extended arabic-indic digits", "موبائل ۰۳۲۱ ۰۰۰۰۹۱۹ ok", "۰۰۰۰۹۱۹", []string{"ok"}},
		{"bengali digits", "ফোন ০১৭৭৭ ০০০০৪৮ ok", "০০০০৪৮", []string{"ok"}},
		{"escaped slash, belgian", `payload = {"livraison":{"tel":"04\/000.31.19","x":1}}`, "000.31.19", []string{`"x":1`}},
		{"escaped slash, hungarian", `{"mobil":"0650\/000-0085"}`, "000-0085", nil},
		{"tlf.nr.", "HTTP 503; tlf.nr. 38 00 01 75; e-mail", "38 00 01 75", []string{"e-mail"}},
		{"fono", "cliente Ana; fono 313 0000138, pedido OD656182133620707035", "0000138", []string{"OD656182133620707035"}},
	})
	checkClasses(t, []classCase{
		{"an order number in arabic-indic digits", "طلب رقم ١٢٣٤", "", []string{"١٢٣٤"}},
		{"escaped slashes of a date and a path", `{"date":"12\/05\/2024","path":"a\/b"}`, "", []string{`12\/05\/2024`}},
		{"a sentence after a phone word", "phone. Order 12345678 shipped", "", []string{"12345678"}},
	})
}

// What an address lookup is asked for is an address: the query parameter
// of a URL whose path names an autocomplete, geocoding, place or address
// endpoint ("GET /address/autocomplete?q=Damrak+143A").
func TestClassAddressSearchQuery(t *testing.T) {
	checkClasses(t, []classCase{
		{"address autocomplete", `"GET /address/autocomplete?q=Fakerak+143A&country=NL&correlation_id=6834a832 HTTP/1.1" 409`, "Fakerak", []string{"&country=NL", "HTTP/1.1"}},
		{"places input", `"GET /maps/api/place/autocomplete/json?input=12%20Fake%20Street&language=en"`, "Fake%20Street", []string{"&language=en"}},
		{"query after another parameter", `"GET /geocode/search?country=NL&q=Fakestraat+12 HTTP/1.1"`, "Fakestraat", []string{"country=NL", "HTTP/1.1"}},
	})
	checkClasses(t, []classCase{
		{"a product search", `"GET /search?q=red+shoes&page=2 HTTP/1.1"`, "", []string{"q=red+shoes"}},
	})
}

// The parts written before an address's street — a unit code ("C-24-10",
// "#30-149") and a building's name ("Residensi Mutiara") — belong to it.
func TestClassAddressUnitAndBuilding(t *testing.T) {
	checkClasses(t, []classCase{
		{"unit and building in a tab row", "line 449 skipped:\t514000000000001\tC-24-10, Residensi Fakemutiara, Jalan Gasing, 47300 Petaling Jaya\tRM4873.21", "C-24-10", []string{"\tRM4873.21", "514000000000001"}},
		{"after a key", `{"alamatSuratMenyurat":"D-1-9, Residensi Fakevista, Jalan SS 2/24, 88000 Kota Kinabalu","x":1}`, "Fakevista", []string{`"x":1`}},
		{"in a positional argument", "args=('6883136025311', 'C-2-11, Residensi Fakeputramas, Jalan Ampang, 47300 Petaling Jaya', 'x')", "Fakeputramas", []string{"'6883136025311'", "'x'"}},
	})
	checkClasses(t, []classCase{
		{"an order reference before an address stays", "order 12-3456, shipped to 5 Jalan Ampang, 50450 Kuala Lumpur", "", []string{"order 12-3456,"}},
	})
}
