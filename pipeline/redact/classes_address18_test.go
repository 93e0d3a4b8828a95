package redact

import "testing"

// An address printed after the bare noun that names it, with no colon,
// inside a line of fields, in many languages: the noun is the evidence,
// the address ends at the field's end (a list separator, a stop after its
// number or town, an amount, an id, a part that is no address's), and what
// follows stays.
func TestClassAddressLabelNoColon18(t *testing.T) {
	checkClasses(t, []classCase{
		{"spanish, unit and CPA, label after", "return authorised: dirección Fakedavia 194, piso 4 dto B, C7724OKA Córdoba, hub: Da Vinci Logistics Park, slot 06:30-19:00",
			"Fakedavia", []string{"hub: Da Vinci Logistics Park", "slot 06:30-19:00"}},
		{"english key as a word", "staff id E966157. address1 111, Fakeing Road, Bengaluru 574602. card: none. ebay order: 09-51204-64053",
			"Fakeing", []string{"staff id E966157", "09-51204-64053"}},
		{"czech, slash separator", "label printed on zebra-03: adresa Fakecká 145 / amazon order id: 108-3865143-4418978 / awb: JJD0063101452",
			"Fakecká", []string{"108-3865143-4418978", "JJD0063101452"}},
		{"hungarian, postcode first", "sshd accepted publickey: cím 9059 Fakepest, Béke út 130. 2/5 / mac da:d3:7d:6d:6c:86 / duration 3591s",
			"Fakepest", []string{"da:d3:7d:6d:6c:86", "duration 3591s"}},
		{"greek, avenue abbreviated", "pick list printed: διεύθυνση Λεωφ. Fakeμισκή 123 / contact name x / gtin 4530010178391",
			"Fakeμισκή", []string{"gtin 4530010178391"}},
		{"greek, postcode in two groups", "return authorised: διεύθυνση Fakeδίου 45, 963 89 Πάτρα, serial SN-94B9-MDX9-ETWA",
			"Fakeδίου", []string{"serial SN-94B9-MDX9-ETWA"}},
		{"hebrew, seven-digit postcode", "call transcribed: net pay $18,539.66. כתובת רחוב Fakeצל 142, ירושלים 7708074. posting date: 06.07.2024.",
			"Fakeצל", []string{"$18,539.66", "posting date: 06.07.2024"}},
		{"hebrew postcode taken with its town", "כתובת רחוב Fakeצל 142, ירושלים 7708074. posting date: 06.07.2024", "7708074", nil},
		{"arabic commas, number in the second part", "tax id 27CPQMZ0671L1Z8 - العنوان شارع Fakeيا، مبنى 17 - recipient group MASTERCARD",
			"Fakeيا", []string{"27CPQMZ0671L1Z8", "recipient group MASTERCARD"}},
		{"burmese, amount in brackets after", "Payout failed: လိပ်စာ No. 43, Fakeyoke Aung San Road, Sanchaung Township, Yangon (စုစုပေါင်း MMK 1,887.63)",
			"Fakeyoke", []string{"(စုစုပေါင်း MMK 1,887.63)"}},
		{"japanese, block number", "お届け先 東京都渋谷区Fake前1-23-15 / http status E_TIMEOUT", "Fake前", []string{"http status E_TIMEOUT"}},
		{"polish shipping phrase", "carrier label created: dimensions 80x36x33 mm. wysyłka do ul. Fakeuga 212, 94-186 Warszawa. gross weight 423.5 kg.",
			"Fakeuga", []string{"gross weight 423.5 kg", "80x36x33 mm"}},
		{"street line, next field a name", "short pick reported: szállítás 1850 Fakepest, Váci tér 175, ügyfél x, pallet label 2 00350023134634165747",
			"Fakepest", []string{"00350023134634165747"}},
		{"longest label first", "label rendered: address line Bd. Fakecani nr. 203, bl. A2, ap. 14, 024547 București - tracking 1Z653PQ671978229",
			"Fakecani", []string{"tracking 1Z653PQ671978229"}},
		// look-alikes that stay
		{"a bin under location", "short pick reported: location Z04-35-64 / pallet 00350023134634165747", "", []string{"Z04-35-64"}},
		{"a warehouse under location", "hub moved: location Kepler Fulfilment Centre, Bay 4 / ok", "", []string{"Kepler Fulfilment Centre", "Bay 4"}},
		{"a network address", "sshd: remote addr 81.218.132.98 / addr 10.0.0.1", "", []string{"81.218.132.98", "10.0.0.1"}},
		{"a count after a label", "address 2 items pending / street closed", "", []string{"address 2 items pending"}},
		{"a date after the part", "label rendered: address line 115/12 Fakeyothin, due date 2028年3月26日, awb JJD0052524789", "", []string{"2028年3月26日", "JJD0052524789"}},
	})
}

// An address's change written as a sentence: the label, a few words, the
// word of "from" and the old value, the word of "to" and the new value,
// then the record's other fields, in the staff's languages; both values
// go, the record's fields stay.
func TestClassAddressChangeSentence18(t *testing.T) {
	checkClasses(t, []classCase{
		{"polish", "adres zmieniono z al. Fakewicza 170, 15-038 Warszawa na ul. Fakekowska 229/12, 33-131 Gdańsk role=Analyst order_id=6216529547703",
			"Fakewicza", []string{"role=Analyst", "order_id=6216529547703"}},
		{"polish, new side", "adres zmieniono z al. Fakewicza 170, 15-038 Warszawa na ul. Fakekowska 229/12, 33-131 Gdańsk role=Analyst", "Fakekowska", nil},
		{"english, customer between", "user cs-agent-76 changed addr of customer C-83023 from Fakezi Caddesi No 215, 58612 İzmir to Fake Caddesi No 2, 34000 İstanbul grand_total=\"97 092,59 zł\"",
			"Fakezi", []string{"C-83023", `grand_total="97 092,59 zł"`}},
		{"greek", "διεύθυνση άλλαξε από Οδός Fakeισκή 130, 202 45 Θεσσαλονίκη σε Fakeατίας 82, 107 90 Πάτρα employee_id=E034358 warehouse=\"Kepler Fulfilment Centre\"",
			"Fakeισκή", []string{"employee_id=E034358", "Kepler Fulfilment Centre"}},
		{"arabic", "odoo_rpc العنوان تم تغيير من طريق Fakeيا 168، الرياض 79509 إلى طريق العليا 7، جدة 58299 ship_to=CNNGB sku=XN-69360-BLK",
			"Fakeيا", []string{"ship_to=CNNGB", "sku=XN-69360-BLK"}},
		{"old side, new one masked already", "adresse modifié de 28, avenue Fakeeur, 84357 Toulouse à [REDACTED:address] ticket_id=FD-711427", "Fakeeur", []string{"ticket_id=FD-711427"}},
		// look-alikes that stay
		{"a status's change", "address status changed from PENDING to VERIFIED ticket=1", "", []string{"PENDING", "VERIFIED"}},
		{"a count's change", "street count changed from 12 to 14 ok", "", []string{"from 12 to 14"}},
	})
}

// An address logged as one quoted item, with its commas inside the quotes,
// in a CSV row, a task's arguments, a bind list or a JSON string under a
// key that does not say "address": a street with its number, then a
// postcode and town or a unit. Amounts, products, companies and dates in
// quotes stay.
func TestClassQuotedAddressItem18(t *testing.T) {
	checkClasses(t, []classCase{
		{"csv cell, postcode in two groups", `"790,51 zł","Blue Harbor Customs Brokers",x@example.com,"Fakeckého 24, 180 50 Praha"`,
			"Fakeckého", []string{`"790,51 zł"`, "Blue Harbor Customs Brokers"}},
		{"tab row, hebrew unit", "\"Fakeנבי 113, דירה 4, תל אביב 7478204\"\t\"71x27x60 cm\"\t\"Pacific Rim Freight Ltd\"\t#7827",
			"Fakeנבי", []string{"71x27x60 cm", "Pacific Rim Freight Ltd", "#7827"}},
		{"korean floor", `[REDACTED:phone],"Fake대로 187, 12층",v7.15.24,141-0334937-6056846`, "Fake대로", []string{"v7.15.24", "141-0334937-6056846"}},
		{"oracle bind", "binds: :1='821581924925', :5='eb7ff19', :6='Fakeova 345/36, 348 47 Plzeň'", "Fakeova", []string{"821581924925", "eb7ff19"}},
		{"python args", "raised unexpected: ValueError: args=('49, Fakeiyar Street, Mylapore, Chennai 600589', '1766843056613518838')",
			"Fakeiyar", []string{"1766843056613518838"}},
		{"json under location", `{"manufacturer":"Casio","location":"Fakeova 181/12, 156 68 Praha","pickup_time":"09:45-13:00"}`,
			"Fakeova", []string{"09:45-13:00", "Casio"}},
		{"json in a string", `{"payload":"{\"location\":\"ul. Fakeuga 158/12, 56-245 Łódź\",\"telephone\":\"x\"}"}`, "Fakeuga", nil},
		{"postcode and town first", `{"location":"6751 Fakeged, Andrássy utca 20.","slot":"08:45-13:45"}`, "Fakeged", []string{"08:45-13:45"}},
		{"urdu, no postcode", "args=('3c27d545-7939', 'مکان نمبر 440، گلی 22، Fakeبرگ، لاہور', 'Cluj-Napoca')", "Fakeبرگ", []string{"3c27d545-7939", "Cluj-Napoca"}},
		// look-alikes that stay
		{"amount with a decimal comma", `{"total":"ARS 10 169,69","bin":"WH2-R-14-11-01"}`, "", []string{"ARS 10 169,69"}},
		{"amount in indian grouping", `{"text":"total 1,04,035.40 Ks"}`, "", []string{"1,04,035.40"}},
		{"product and colour", `"Kindle Paperwhite 16GB, Black","Samsonite Proxis 55cm, Blue"`, "", []string{"Kindle Paperwhite 16GB, Black", "Samsonite Proxis 55cm, Blue"}},
		{"company", `"Hoffmann & Söhne GmbH, Lager 4","Kestrel Parts Inc., Dock 12"`, "", []string{"Hoffmann & Söhne GmbH", "Kestrel Parts Inc., Dock 12"}},
		{"family, given", `"Fakeowska, Anna","Fakeler, Jan"`, "", nil},
		{"dates", `"Mon, 05 Jan 2026","12.01.2026, 14:00"`, "", []string{"Mon, 05 Jan 2026", "12.01.2026, 14:00"}},
		{"an order's sentence", `{"body":"Order 158-8168754-6357667 delivered to Fakestr 12, 10115 Berlin"}`, "Fakestr", []string{"158-8168754-6357667"}},
		{"amount in brackets", `{"text":"لိပ်စာ No. 284, Fake Road, Pabedan Township, Yangon (total 1,04,035.40 Ks)"}`, "", []string{"(total 1,04,035.40 Ks)"}},
	})
}

// X12's N3 segment holds a party's address lines; flattened to a key
// ("edi.N3", "N3:") it is an address key.
func TestClassX12AddressKey18(t *testing.T) {
	checkClasses(t, []classCase{
		{"key in a block", "810 INVOICE SENT\nN3: שדרות Fakeנגוף 166, תל אביב 5739431\notel trace id: eb108202a1f1e5ec58fe73e1bccbb812",
			"Fakeנגוף", []string{"eb108202a1f1e5ec58fe73e1bccbb812"}},
	})
	checkEventCases14(t, []classCase{
		{"event field", `{"@timestamp":"2026-12-01T00:00:00Z","message":"810 invoice sent","edi.N3":"ul. Fakewa 92/12","edi.item_upc":"059576402312"}`,
			"Fakewa", []string{"059576402312"}},
	})
}
