package redact

import "testing"

// Class: a name said after its frame in a transcript ("its under …", "this
// is … um", "my name is …", "me llamo …") or written after it on a chat
// line ("order is under …"), in any case and script, is masked; prose
// after the same frames stays.
func TestClassAsr32FramedNames(t *testing.T) {
	r := keep22Redactor(t)
	for _, c := range []struct{ line, name string }{
		{"agent how can i help customer order id 5265237226 um its under zorvan testquill okay amount 12,50 zł", "zorvan testquill"},
		{"voicemail hi this is about my order its under mr quillon brackwater um latency 231ms", "quillon brackwater"},
		{"voicemail hi this is about my order sku AB-1234-XL uh yes this is peltra vostrand um trace id 9f2c", "peltra vostrand"},
		{"agent how can i help customer this is dr orvel quintaine okay order name #18820", "orvel quintaine"},
		{"voicemail hola me llamo yanira testoval fuentes um pedido 5512", "yanira testoval fuentes"},
		{"agent how can i help customer its under κωνσταντίνα τεστοπούλου um sku ZX-11", "κωνσταντίνα τεστοπούλου"},
		{"agent how can i help customer its under テスト花子 okay", "テスト花子"},
		{"[15:31:02] customer: order is under ZORVAN TESTQUILL\n[15:31:09] customer: ref sku AB-1234-XL", "ZORVAN TESTQUILL"},
		{"<p class=\"customer\">order is under Testquill, Zorvan</p><p class=\"customer\">ref hs code 6048.13.95</p>", "Testquill, Zorvan"},
		{"**Customer:** order is under `orvel quintaine`\n- my sku HB-1867-RED", "orvel quintaine"},
		{"its under zorvan testquill um order id 5265237226", "zorvan testquill"}, // a frame opening the text
		{"customer: the name is Quillon Brackwater\nagent: thanks", "Quillon Brackwater"},
	} {
		keep23Check(t, r, c.line, nil, []string{c.name})
	}
	// prose after the same frames
	for _, line := range []string{
		"this is broken again um can someone look",
		"ticket 4411: its under review okay",
		"voicemail hi this is about my order 5512 um",
		"the name is missing on the label uh yes",
		"order is under investigation",
		"order is under review and will ship soon",
		"this is still pending okay",
		"[10:00:01] customer: it's taking too long\n[10:00:02] agent: sorry",
		"deploy v1.2.3: this is fine",
		"this is totally unacceptable",
	} {
		keep23Check(t, r, line, []string{line}, nil)
	}
}

// Class: a street address said in one breath after its frame in a
// transcript ("the address is", "i live at", "deliver it to", "vivo en"),
// up to a filler or "and", is masked when it holds a number or opens with
// a street's word; an address frame before anything else stays.
func TestClassAsr32FramedAddresses(t *testing.T) {
	r := keep22Redactor(t)
	for _, c := range []struct{ line, addr string }{
		{"voicemail hi this is about my order and the address is 48 quillfeather lane testbury tb4 9zz okay amount 52,10 zł", "48 quillfeather lane testbury tb4 9zz"},
		{"agent how can i help customer i live at calle de prueba 77 28999 villatest and sku XL-12-RED", "calle de prueba 77 28999 villatest"},
		{"agent how can i help customer deliver it to jl testing raya no 12 rt 003/rw 004 kota uji 40111 um duns 12-345-6789", "jl testing raya no 12 rt 003/rw 004 kota uji 40111"},
		{"voicemail hi i live at вул тестова uh yes order name #1182", "вул тестова"},
		{"agent how can i help customer vivo en avenida del ensayo 310 col prueba 06000 cdmx", "avenida del ensayo 310 col prueba 06000 cdmx"},
	} {
		keep23Check(t, r, c.line, nil, []string{c.addr})
	}
	for _, line := range []string{
		"the address is wrong on the label um",
		"please send it to warehouse 4, dock 2",
		"My IP address is 10.0.0.1 today",
		"the address is in the ticket, 3 fields changed",
		"i live at home um",
	} {
		keep23Check(t, r, line, []string{line}, nil)
	}
}

// Class: a card or a resident id said as digit groups alone, in irregular
// sizes, after a card's or a number's word in a transcript, is masked;
// an order id or a tracking number said in groups stays.
func TestClassAsr32CuedGroups(t *testing.T) {
	r := keep22Redactor(t)
	card := luhnComplete("453914880343646")
	spoken := card[:2] + " " + card[2:5] + " " + card[5:9] + " " + card[9:11] + " " + card[11:15] + " " + card[15:]
	line := "voicemail hi this is about my order uh yes card " + spoken + " um latency 231ms"
	keep23Check(t, r, line, []string{"latency 231ms"}, []string{spoken})
	id := asr30CNID("11010119900307123")
	spoken = id[:3] + " " + id[3:6] + " " + id[6:10] + " " + id[10:14] + " " + id[14:17] + " " + id[17:]
	line = "agent how can i help customer this is about my id uh my id number is " + spoken + " okay"
	keep23Check(t, r, line, nil, []string{spoken})
	for _, keep := range []string{
		"this is about my order um order id 5512 3344 9921 0 okay",
		"this is about my card um the card number is 12 34 56 78 90 12 34 okay", // fails Luhn
		"this is about my order uh tracking 1234 5678 9012 okay",
	} {
		keep23Check(t, r, keep, []string{keep}, nil)
	}
}
