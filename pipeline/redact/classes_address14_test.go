package redact

import (
	"strings"
	"testing"
)

// A request of delivery in the buyer's language opens an address that may
// be no more than a street and a number; it ends before an amount, an id,
// a reference word, or the full stop after its number or town. A count,
// a time, a business's own place or a word in lower case after the same
// verbs is no address.
func TestClassDeliveryRequest14(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish", `Call 91ms. proszę dostarczyć na al. Fakowska 62 m. 8 (49 871,17 zł). barcode 5906079261142`, "Fakowska", []string{"49 871,17 zł", "5906079261142"}},
		{"polish with town", `proszę dostarczyć na os. Fakowska 54, 79-004 Gdańsk.\n[10:56] agent: ok`, "Gdańsk", []string{"[10:56] agent"}},
		{"ukrainian", `review: доставте на адресу просп. Фейкова, буд. 17. ІПН 123`, "Фейкова", []string{"ІПН 123"}},
		{"ukrainian with flat", `доставте на адресу вул. Фейкова, 30, кв. 5, Київ 08979. x-api-key=abc`, "Фейкова", []string{"x-api-key="}},
		{"argentine street and number", `La clienta llamó — entregar en Fakedavia 96. Next: resend JJD275888936740828689`, "Fakedavia", []string{"JJD275888936740828689", "Next: resend"}},
		{"czech", `Dobrý den. doručit na adresu Fakovská 86/2. (ending in 3333)`, "Fakovská", []string{"ending in 3333"}},
		{"swedish", `Kunden ringde — leverera till Lilla Fakegatan 29, 548 75 Malmö (CHF 7'016.92). 579966624892033924`, "Fakegatan", []string{"CHF 7'016.92", "579966624892033924"}},
		{"turkish", `teslimat adresi Fakeli Mah. Atatürk Sok. No:72 D:3 (R$ 32321.48) /tier2`, "Fakeli", []string{"R$ 32321.48"}},
		{"french residence", `review. livrer au Résidence Fakouni, Imm 39. barcode 7898621410192`, "Fakouni", []string{"7898621410192"}},
		{"german", `Paket bitte beim Nachbarn abgeben: bitte liefern an Am Fakebach 16 (CHF 17'226.24); barcode 586658044882`, "Fakebach", []string{"586658044882"}},
		{"vietnamese lane word", `chat: giao đến Số 99 ngõ 5 Trần Fake Đạo, Hà Nội 705455 (70.922,68 EUR)`, "Fake", []string{"70.922,68 EUR"}},
		{"arabic phrase", `مرحبا التوصيل إلى Villa 66, Fake Street 1, Jumeirah (52.425,96 EUR)`, "Fake", []string{"52.425,96 EUR"}},
		{"escaped line break", `text="Hola,\nentregar en C/ Fakería Soria, 75, 3º izq., 71999 Madrid (Madrid).\nDyson V15 Detect"`, "Fakería", []string{"Dyson V15 Detect"}},
		{"system phrase, quoted", `geocoding failed for 'Apartment 37, Fakethi Avenue, P.O. Box 221-00733, Nairobi' | card ok`, "Fakethi", []string{"| card ok"}},
		{"system phrase", `[01:36] customer: address updated to Fakeó György út 26., 6741 Szeged\n[01:36] agent: ok`, "Fakeó", []string{"agent: ok"}},
		{"stops at an id", `delivery attempt failed at ul. Fakowa 177/7, 89-401 Gdańsk UA762617154GB`, "Fakowa", []string{"UA762617154GB"}},
		// look-alikes that stay
		{"warehouse", `Bitte liefern an Lager 4 am Montag.`, "", []string{"Lager 4"}},
		{"a count of days", `entregar en 2 días hábiles por favor`, "", []string{"2 días"}},
		{"lower-case words", `leverera till kunden imorgon, livrer au client 12 colis`, "", []string{"kunden imorgon", "client 12 colis"}},
		{"a count after a country", `entregar en Alemania 2 días hoy, leverera till Tyskland 3 paket`, "", []string{"Alemania 2 días", "Tyskland 3 paket"}},
		{"time", `entregar en Mayo 14:30 sin falta`, "", []string{"14:30"}},
	})
}

// dest14Reads is the test of what follows a delivery phrase.
func TestDest14Reads(t *testing.T) {
	for _, v := range []string{"Fakedavia 96", "al. Fakowska 62 m. 8", "98, rue Fakebrooke", "60/5 Trần Fake", "Villa 66, Street 1",
		"Số 48 ngõ 8 Trần Fake", "Résidence Fakouni, Imm 39", "C/ Fakería Soria, 75", "테헤란길 17-6"} {
		if !dest14Reads(v) {
			t.Errorf("dest14Reads(%q) = false", v)
		}
	}
	for _, v := range []string{"2 días", "kunden imorgon", "Lager", "Germany 2 items", "Mayo 14:30", "https://x.example/1", "3 pm", "Q"} {
		if dest14Reads(v) {
			t.Errorf("dest14Reads(%q) = true", v)
		}
	}
}

// A search box's query, URL-encoded in a request log, holding a whole
// address; products, names and codes searched for stay.
func TestClassSearchQueryAddress14(t *testing.T) {
	checkClasses(t, []classCase{
		{"czech", `autocomplete q=Fakova+27%2F9%2C+078+00+Olomouc results=3`, "Fakova", []string{"results=3"}},
		{"indonesian", `autocomplete q=Perum+Fake+Putih+Blok+C7+No.+24%2C+Bandung+12717 results=5`, "Fake", []string{"results=5"}},
		{"turkish", `GET /search?query=Fake%C4%9Fdat+Mah.+Bah%C3%A7e+Sok.+No%3A76+D%3A7%2C+34874+Ankara&limit=5 HTTP/1.1`, "Bah", []string{"limit=5"}},
		{"argentine postcode", `autocomplete q=Fakerientes+65%2C+Rosario+%28H3670OMT%29 results=2`, "Fakerientes", []string{"results=2"}},
		{"mexican colonia", `autocomplete q=Fakecalco+59%2C+Col.+Roma+Norte results=7`, "Fakecalco", []string{"results=7"}},
		{"korean road", `autocomplete q=%ED%85%8C%ED%97%A4%EB%9E%80%EA%B8%B8+17-6 results=3`, "%ED%85%8C", []string{"results=3"}},
		{"chinese", `autocomplete q=%E5%8D%97%E4%BA%AC%E8%A5%BF%E8%B7%AF48%E5%8F%B73%E5%AE%A4 results=1`, "%E5%8D%97", []string{"results=1"}},
		{"vietnamese lane", `autocomplete q=S%E1%BB%91+29+ng%C3%B5+1+L%C3%BD+Fake+Ki%E1%BB%87t results=1`, "Fake", []string{"results=1"}},
		// look-alikes that stay
		{"product", `autocomplete q=Nike+Air+Max+270+size+42 results=6`, "", []string{"Nike+Air+Max+270+size+42"}},
		{"product with comma", `autocomplete q=Samsung+65+inch+TV%2C+black results=6`, "", []string{"Samsung+65+inch+TV%2C+black"}},
		{"set number", `autocomplete q=LEGO+42115+Lamborghini results=2`, "", []string{"LEGO+42115+Lamborghini"}},
		{"model", `autocomplete q=Philips+55PUS8808%2F12 results=2`, "", []string{"Philips+55PUS8808%2F12"}},
		{"faq key", `GET /help?faq=Fakova+27%2F9%2C+078+00+Olomouc`, "", []string{"faq="}},
	})
}

func TestSearchAddress(t *testing.T) {
	for _, v := range []string{"Fakova 27/9, 078 00 Olomouc", "Xfake 59, Col. Roma Norte", "Fakerientes 90, CABA (L5112ATF)",
		"Résidence Fakouni, Imm 47", "广州市天河区 200130南京西路48号3室", "Fakeówka 23, 38-757 Warszawa"} {
		if !searchAddress(v) {
			t.Errorf("searchAddress(%q) = false", v)
		}
	}
	for _, v := range []string{"Nike Air Max 270 size 42", "Galaxy S24 Ultra 512 GB", "Xiaomi Redmi Note 13 Pro+", "Samsung 65 inch TV, black",
		"Rangi Parata", "Order 2024, Fakeville", "email: a@b.example", "Model 3, 2020"} {
		if searchAddress(v) {
			t.Errorf("searchAddress(%q) = true", v)
		}
	}
}

// A party's block whose line breaks are escaped in a JSON string logged
// in a text line or in another JSON string.
func TestClassEscapedBlock14(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish", `[notify-sms] text="SMS queued\nOdbiorca:\nal. Fakowskiego 117 m. 26\n80-567 Gdańsk\nrecovery ok"`, "Fakowskiego", []string{"recovery ok"}},
		{"french", `text="Destinataire:\n174 rue Fakebetta\n31090 Toulouse\nOTP SMS sent to a customer\n"`, "Fakebetta", []string{"OTP SMS sent"}},
		{"swahili, twice escaped", `{"payload":"{\"body\":\"Mpokeaji:\\nApartment 30, Fakeyatta Avenue\\nP.O. Box 134-20740\\nNakuru\\nOrder 342557487\"}"}`, "Fakeyatta", []string{"Order 342557487"}},
		{"russian", `"body":"Получатель:\\nул. Фейковая, д. 67, кв. 21\\nМосква\\n186929\\nOrder 5765593656118"`, "Фейковая", []string{"Order 5765593656118"}},
		{"name line first", `text="Ship to:\nJane Fakeroe\n12 Fake Street\nSpringfield\nTracking: 1Z999"`, "Fakeroe", []string{"Tracking: 1Z999"}},
		// look-alikes that stay
		{"heading and a sentence", `text="Destinataire:\nService client\nMerci"`, "", []string{"Service client"}},
		{"no heading colon", `text="recipient\n12 items\nshipped"`, "", []string{"12 items"}},
	})
	if got := escapedLines(`a\nb\\nc"d`); len(got) != 4 {
		t.Errorf("escapedLines: %d lines, want 4", len(got))
	}
}

// The readers ask nothing of text without their trigger.
func TestAddress14Gates(t *testing.T) {
	if dest14Spans("entregar en Fakedavia 96", false, nil) != nil {
		t.Error("dest14Spans read a text the word scanner did not mark")
	}
	if mayHoldEscapedBlock("Destinataire:\n12 rue Fake") {
		t.Error("mayHoldEscapedBlock: real line breaks are blockSpans'")
	}
	if s := searchAddressSpans("q=Nike Air Max 270"); len(s) != 0 {
		t.Errorf("searchAddressSpans: %v", s)
	}
	if !strings.Contains(newDefault(t).String("q=x"), "q=x") {
		t.Error("a short query changed")
	}
}

// "My number is" in the buyers' languages puts the number after it in a
// phone's context, whatever its national shape; the area code in brackets
// after a trunk prefix (Japan, Ukraine, Russia) is one number.
func TestClassPhonePhrases14(t *testing.T) {
	checkClasses(t, []classCase{
		{"spanish", `Hola, pedido 261205ZENGFOSR mi número es 670865679 gracias`, "670865679", []string{"261205ZENGFOSR"}},
		{"spanish, argentine mobile", `mi número es: (0351) 15 834-2142. | iPhone 15 Pro Max 256GB`, "834-2142", []string{"iPhone 15 Pro Max 256GB"}},
		{"mexican prefix", `mi número es 044 55 5619 1509 Next: resend JJD658037888579079275`, "5619", []string{"JJD658037888579079275"}},
		{"polish", `mój numer to 541 246 407","trace.id":"63b6590d9af0ff7349d36cb384881151"`, "541 246 407", []string{"63b6590d9af0ff7349d36cb384881151"}},
		{"ukrainian, country code without plus", `мій номер: 380 66 870 3055. Причина повернення`, "870 3055", []string{"Причина"}},
		{"turkish", `tracking 9400092121859331989683 numaram 5205691599 /mk`, "5205691599", []string{"9400092121859331989683"}},
		{"hindi romanised", `mera number hai 9617533463 barcode 5908988443718`, "9617533463", []string{"5908988443718"}},
		{"filipino", `ang number ko ay 6394590675592 | IP 10.1.2.3`, "6394590675592", []string{"10.1.2.3"}},
		{"indonesian", `no HP saya: 6288789434393. v4.11.192`, "6288789434393", []string{"v4.11.192"}},
		{"japanese brackets", `"PhoneNumber"=>"080(5786)5172", "sku"=>"SKU-JI00-32GB"`, "5786", []string{"SKU-JI00-32GB"}},
		{"japanese glued", `電話080(2121)8176です`, "2121", nil},
		{"ukrainian brackets", `kwargs={'phone': '0(93)683-27-58', 'ean': '7897694257857'}`, "683-27", []string{"7897694257857"}},
		{"russian brackets", `WhatsApp 8(912)345-67-89 Next`, "345-67", []string{"Next"}},
		// look-alikes that stay
		{"phrase without a number", `mi número es importante para el pedido 4521`, "", []string{"importante"}},
		{"function call", `f0(12)3456789 and v2(1234)5678`, "", []string{"f0(12)3456789", "v2(1234)5678"}},
		{"international prefix in brackets", `ratio 00(12)3456789`, "", []string{"00(12)3456789"}},
		{"version", `release 1.080(4372)4221`, "", []string{"1.080(4372)4221"}},
		{"short", `code 0(93)12-34 ok`, "", []string{"0(93)12-34"}},
	})
}

func TestParenPhoneAt(t *testing.T) {
	for _, c := range []struct {
		s    string
		want string
	}{{"x 080(4372)4221 y", "080(4372)4221"}, {"0(93)707-88-74", "0(93)707-88-74"}, {"(03(1234)5678)", "03(1234)5678"},
		{"a080(4372)4221", ""}, {"080(4372)42211", ""}, {"080(4372)4221-", ""}, {"5(93)707-88-74", ""}} {
		got := ""
		if sp := parenPhoneSpans(c.s, true); len(sp) == 1 {
			got = c.s[sp[0].start:sp[0].end]
		}
		if got != c.want {
			t.Errorf("parenPhoneSpans(%q) = %q, want %q", c.s, got, c.want)
		}
	}
}
