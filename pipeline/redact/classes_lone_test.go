package redact

import "testing"

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
