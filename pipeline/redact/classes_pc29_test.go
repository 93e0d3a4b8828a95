package redact

import "testing"

// Phones after a caller's, a call-back's or a contact's label, "confirm
// number", "sent to", in the shapes the number reader leaves (a German area
// code set apart by " / ", three groups of three, a connector word between
// two groups read aloud), and a number between commas after a person's
// name; dates, amounts, an IPv4 address, epoch milliseconds and ids stay.
func TestPC29Phones(t *testing.T) {
	catch := []struct{ in, secret string }{
		{`IVR 7c1e: caller said "hello"; caller id 081-555-0142; intent=payment_issue conf=0.92`, "081-555-0142"},
		{`caller id 07.55.01.42.19; intent=refund`, "07.55.01.42.19"},
		{`caller id 8 900 555 01 42; intent=refund`, "8 900 555 01 42"},
		{`caller id 0355501428; intent=refund`, "0355501428"},
		{`seller: hi there, Fake Shop here, confirm number 520 555 371? buyer: yes`, "520 555 371"},
		{`voicebot: caller 556 555 232 asked about order 9921; said their name is Jan`, "556 555 232"},
		{`seller-app v5: tu código es 310552 (sent to 044 55 5180 8264) via Fake Store`, "044 55 5180 8264"},
		{`Erreichbar unter 030 / 555 80 21.`, "555 80 21"},
		{`<telefon>030 / 555 93 24</telefon>`, "555 93 24"},
		{`order_id=1&payer_phone=030+%2F+555+21+53&addr=x`, "555+21+53"},
		{`{"payload":"{\"caller\":\"030 / 555 80 21\",\"x\":1}"}`, "555 80 21"},
		{`callback +49 170 und dann 5559710; tracking 1Z2UD6C20821905614`, "5559710"},
		{`confirm number 11 9 5550 e 6402?`, "5550 e 6402"},
		{`rider note: tel +1 (635) then 555-3890 (postcode 84023 outside COD zone)`, "555-3890"},
		{`contact 030 / 555 73 57 (sync HTTP/1.1 201 Created)`, "555 73 57"},
		{"[09:48] bot: no hp?\n[09:48] buyer: 0821 5550 lalu 3650\n", "5550 lalu 3650"},
		{`note=IVR+x%3A+caller+id+081-555-2399%3B+intent%3Dx&v=1`, "555-2399"},
		{`cash on delivery 87,29 zł — payer Anna Fakewska, 539 55 92 44, phone case order 4362759160717`, "539 55 92 44"},
	}
	keep := []struct{ in, value string }{
		{`caller id 2026-12-07; intent=refund`, "2026-12-07"},
		{`caller id 1799551477850; intent=x`, "1799551477850"},
		{`contact 10.20.30.40 for the proxy`, "10.20.30.40"},
		{`sent to 12345 recipients`, "12345"},
		{`Refund for Anna Fakewska, 18 054,76 zł, ok`, "18 054,76"},
		{`phone case order 8863293009095 shipped`, "8863293009095"},
		{`between 2 and 3 items, build 1.2.3 then 4.5.6`, "1.2.3 then 4.5.6"},
		{`sent to 12.345.678 users`, "12.345.678"},
		{`paid 1 250 000 e 300 000 in two parts`, "1 250 000 e 300 000"},
		{`callback 4821 then 7712 queued`, "4821 then 7712"},
	}
	cred27Check(t, catch, keep)
}

// A code quoted in a query's or a form body's value is read decoded as in
// text: "your code is …", "tu código es …"; an order number and a version
// in the next parameters stay.
func TestPC29DecodedCodes(t *testing.T) {
	catch := []struct{ in, secret string }{
		{`note=SMS+to+customer%3A+your+code+is+558301&v=3.17.77`, "558301"},
		{`note=seller-app%20android-5.4.3%3A%20tu%20c%C3%B3digo%20es%20865102%20%28sent%29&v=6.1.85`, "865102"},
		{`note=seller-app+app+9.24.21%3A+tu+c%C3%B3digo+es+228417+%28sent%29&v=1.0.75`, "228417"},
		// after other values of the same note (a phone, a secret), read in the decoded view
		{`note=password+reset+for+a.tester%40example.com%3B+temp+password%3DBearer+Qx7Lm2Np9Rt4Vw8Yz3Ab6Cd1Ef5Gh0%3B+SMS+to+%2B44+7700+900123%3A+your+code+is+558302&v=3.17.77`, "558302"},
	}
	keep := []struct{ in, value string }{
		{`note=order+558301+shipped&v=3.17.77`, "558301"},
		{`note=your+code+is+ready&order=77120&v=3.17.77`, "77120"},
	}
	cred27Check(t, catch, keep)
}
