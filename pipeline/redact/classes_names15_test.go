package redact

import (
	"strings"
	"testing"
)

// checkNames15Events redacts each event and holds it to its fragment, as
// checkNames14 does for text.
func checkNames15Events(t *testing.T, catch [][2]string, keep [][2]string) {
	t.Helper()
	r := newDefault(t)
	run := func(line string) string {
		ev := decode(t, `{"@timestamp":"2026-11-14T09:12:33Z",`+line[1:])
		r.Event(ev)
		return string(ev.AppendJSON(nil))
	}
	for _, c := range catch {
		out := run(c[0])
		if strings.Contains(out, c[1]) || !strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("name word %q kept in %q", c[1], out)
		}
	}
	for _, c := range keep {
		out := run(c[0])
		if !strings.Contains(out, c[1]) {
			t.Errorf("look-alike %q damaged: %q", c[1], out)
		}
	}
}

// People under keys of their part in a screening, a referral or a
// redemption, and a bare "name" under a parent that is a person
// (names15_keys.go).
func TestNames15PersonKeys(t *testing.T) {
	checkNames14(t, [][2]string{
		{`sanctions screening result=POTENTIAL_MATCH applicant="Odalys Ventrelli" matched="Corvin Abelard" list=OFAC-SDN-11111`, "Ventrelli"},
		{`sanctions screening result=POTENTIAL_MATCH applicant="Odalys Ventrelli" matched="Corvin Abelard" list=OFAC-SDN-11111`, "Abelard"},
		{`referral reward credited referrer=someone@example.com referee="Brisa Okonkwo-Lamb" code=ABC123`, "Okonkwo-Lamb"},
		{`2026-11-14T09:12:33Z  INFO kyc::verify{applicant="Tomasz Wierzbowski" phone="0"}: document accepted`, "Wierzbowski"},
		{`time=2026-11-14T09:12:33Z level=INFO msg="bank account added" seller.name="Ilse van Dormaal" iban=x`, "Dormaal"},
		{`antragsteller="Henrike Mollbach" status=offen`, "Mollbach"},
		{`{"solicitante":"Jacinta Urquiza Peralbo","estado":"pendiente"}`, "Peralbo"},
		{`invite accepted inviter="Rafaela Quintaneiro" invitee="정하늘"`, "정하늘"},
		{`giftcard.redeemed_by.name="Auberon Pelletrie" balance=12.00`, "Pelletrie"},
	}, [][2]string{
		{`reconciliation run=7 matched=412 unmatched=3 payout po_1`, "matched=412"},
		{`page_view referrer="https://shop.example.com/sale" path=/cart`, "https://shop.example.com/sale"},
		{`screening applicant=APP-2026-000183 matched=false`, "APP-2026-000183"},
		{`seller.name="Kowloon Trading Ltd" onboarded`, "Kowloon Trading Ltd"},
		{`seller.name="Payments Team" notified`, "Payments Team"},
		{`sorted_by.name="Created Date" page=2`, "Created Date"},
		{`referee="Customer Success Manager" approved`, "Customer Success Manager"},
	})
	checkNames15Events(t, [][2]string{
		{`{"segment.type":"identify","segment.traits.name":"Wendeline Aucoin","segment.traits.plan":"seller_pro"}`, "Aucoin"},
		{`{"segment":{"traits":{"name":"ณัฐธิดา ศรีวงศ์ทอง"}}}`, "ศรีวงศ์ทอง"},
		{`{"giftcard.serial":"GC-ABCD-EFGH","giftcard.redeemed_by.name":"Oisín Tarrant-Keogh"}`, "Tarrant-Keogh"},
		{`{"refund":{"approved_by":{"name":"Gaspard Lemoisne","id":4}}}`, "Lemoisne"},
		{`{"kyc":{"applicant":"Rustam Nazarbekov","status":"ok"}}`, "Nazarbekov"},
		{`{"referral":{"referee":"小林 遥","code":"XYZ1"}}`, "小林"},
	}, [][2]string{
		{`{"segment.traits.name":"seller_pro"}`, "seller_pro"},
		{`{"segment.traits.plan":"Gold Member"}`, "Gold Member"},
		{`{"job":{"created_by":{"name":"Release Bot"}}}`, "Release Bot"},
		{`{"seller":{"name":"Acme Outdoor GmbH"}}`, "Acme Outdoor GmbH"},
		{`{"page":{"referrer":"https://example.com/a?b=c"}}`, "https://example.com/a?b=c"},
		{`{"rule":{"sorted_by":{"name":"Updated At"}}}`, "Updated At"},
	})
}

// A name after a role noun in prose: "selfie matched document for
// applicant …" (the intros of word.go).
func TestNames15RoleNounInProse(t *testing.T) {
	checkNames14(t, [][2]string{
		{"selfie matched document for applicant Margarethe Vollrath, similarity 0.91, reviewer Senior Risk Analyst", "Vollrath"},
		{"selfie matched document for applicant 정다온, similarity 0.88", "정다온"},
		{"bonus paid to referee Tomás Echeverri for code QWE123", "Echeverri"},
	}, [][2]string{
		{"selfie matched document for applicant 정다온, similarity 0.88, reviewer Trust & Safety Specialist", "Trust & Safety Specialist"},
		{"selfie matched document for applicant 정다온, similarity 0.88, reviewer KYC Operations Lead", "KYC Operations Lead"},
		{"applicant ID 4411 approved", "applicant ID 4411"},
	})
}

// Parties of a bank statement's ":86:" field by their subfield codes
// (names15_lines.go).
func TestNames15StatementParties(t *testing.T) {
	checkNames14(t, [][2]string{
		{":61:2611141114C105,01NTRFNONREF\n:86:/BENM/MAREIKE OSTERWALD/IBAN/NL00TEST0000000000/REMI/Order 1", "OSTERWALD"},
		{":61:2611141114C105,01NTRFNONREF\n:86:/ORDP//NAME/Joost van Almelo/ADDR/Main 1/REMI/Invoice 77", "Almelo"},
		{":86:/BENM/田中 美咲/IBAN/GB00TEST00000000000000/REMI/Order 2", "美咲"},
		{":86:166?00SEPA-GUTSCHRIFT?20Rechnung 4711?32WILHELMINE KORTHAUS?33?34000", "KORTHAUS"},
	}, [][2]string{
		{":86:/BENM/AMAZON PAYMENTS EUROPE/IBAN/LU00TEST0000000000/REMI/Settlement", "AMAZON PAYMENTS EUROPE"},
		{":86:/BENM/ACME TRADING BV/REMI/Order 3", "ACME TRADING BV"},
		{":86:/NAME/Payroll Batch 12/REMI/x", "Payroll Batch 12"},
		{":86:/ORDP/NOTPROVIDED/REMI/refund", "NOTPROVIDED"},
	})
}

// The word for "name" opening a clause of a transcript, the name after it
// (names15_lines.go).
func TestNames15SpokenName(t *testing.T) {
	checkNames14(t, [][2]string{
		{"Hello po, name Maricel Dimaandal, cp number 0000, order 1, salamat po", "Dimaandal"},
		{"Bonjour, nom Gaëlle Rousseaux, téléphone 0000, order 1, merci", "Rousseaux"},
		{"Hola, nombre Itziar Olabarrieta, móvil 000, order 1, gracias", "Olabarrieta"},
		{"Hoi, naam Femke Brouwerstraat, telefoon 0, order 1, bedankt", "Brouwerstraat"},
		{"Merhaba, ad soyad Elif Karasulu, telefon 0, teşekkürler", "Karasulu"},
		{"Dzień dobry, imię i nazwisko Bożena Kwiatkowska, telefon 0, dziękuję", "Kwiatkowska"},
		{"こんにちは, 氏名 松岡 美咲, 電話番号 0, ありがとうございます", "美咲"},
		{"안녕하세요, 이름 윤서아, 전화 0, 감사합니다", "윤서아"},
		{"مرحبا, الاسم ريم القحطاني, الجوال 0, شكرا", "القحطاني"},
	}, [][2]string{
		{"job finished, name Nightly Backup Job, took 3s", "Nightly Backup Job"},
		{"rule updated, name Payments Team, owner x", "Payments Team"},
		{"created bucket, name Media Assets 2026, region eu", "Media Assets 2026"},
		{"index ready, name Product Catalog, shards 3", "Product Catalog"},
	})
}

// A holder's name wrapped onto the next line (names15_lines.go).
func TestNames15WrappedHolder(t *testing.T) {
	checkNames14(t, [][2]string{
		{"Chargeback evidence, card 5555 5555\n 5555 4444 holder Rosalind\nFairweather amount £10.00 case CB-1", "Fairweather"},
		{"Chargeback evidence, card 5555 5555\n 5555 4444 holder Lieke\nvan den Hoogeveen amount €10.00 case CB-1", "Hoogeveen"},
		{"Chargeback evidence, card 5555 5555\n 5555 4444 holder Ирина\nСоловьёва amount 10 ₽ case CB-1", "Соловьёва"},
	}, [][2]string{
		{"received by Annelie Brandt\ncardholder Annelie Brandt\nNintendo Switch OLED x1\nASIN B000000000", "Nintendo Switch OLED"},
		{"Attn: Jorinde Hellwig\nLogistics Partners\nHauptstr. 5, 10115 Berlin", "Logistics Partners"},
		{"holder Rosalind\nRefund approved by bank", "Refund approved"},
	})
}

// The user a report is about under a whole "user" key (names15_keys.go).
func TestNames15UserKey(t *testing.T) {
	checkNames14(t, [][2]string{
		{"Crash in ProfileFragment\nuser: Evangelina Quiroga\nbreadcrumb: edit phone", "Quiroga"},
		{"Crash in ProfileFragment\nuser: 林 美玲\nbreadcrumb: save", "美玲"},
		{"Absturz in CheckoutView\nBenutzer: Gottfried Haselbeck\nVersion: 3.2.1", "Haselbeck"},
		{`level=warn msg="login throttled" user="Hyacinth Oduya" attempts=5`, "Oduya"},
	}, [][2]string{
		{"Crash in ProfileFragment\nuser: admin\nbreadcrumb: save", "user: admin"},
		{"Crash in ProfileFragment\nuser: 88123401\nbreadcrumb: save", "88123401"},
		{`level=info user=svc_checkout action=deploy`, "svc_checkout"},
		{`level=info user="Release Bot" action=deploy`, "Release Bot"},
		{"ssh user: root@10.0.0.5 denied", "root@10.0.0.5"},
	})
}

// A buyer's name beside a VAT number in a tax report's row without a
// header (names15_lines.go).
func TestNames15TaxRows(t *testing.T) {
	checkNames14(t, [][2]string{
		{"OSS;Q4-2026;MX;Xochitl Tzompantzi;FR70022174611;2302.48;EUR;INV-2026-1", "Tzompantzi"},
		{"IOSS\tQ1-2027\tDE\tJörg Wendehals\tDE396806597\t65.10\tEUR\tFA/1/2027", "Wendehals"},
		{"OSS|Q4-2026|KR|윤서아|NL773535932|12.00|EUR|INV-9", "윤서아"},
		{"vat-export;2026-11;FR;Maëlys Garnier-Toussaint;FR12345678901;99.00;EUR", "Toussaint"},
	}, [][2]string{
		{"OSS;Q4-2026;DE;DE396806597;6519.56;EUR;FA/7555/11/2026", "DE396806597"},
		{"vat-export;2026-11;GB;Northwind Trading Ltd;GB123456789;99.00;GBP", "Northwind Trading Ltd"},
		{"vat-export;2026-11;DE;Blue Harbor Logistics;DE123456789;99.00;EUR", "Blue Harbor Logistics"},
		{"sku;SKU-1;Kayak Cotton Diamond;FR12345678901;3;EUR", "Kayak Cotton Diamond"},
	})
}

// Greetings of British and Filipino buyers before a name: "Hiya …",
// "Hello po …" (the intros of word.go).
func TestNames15Greetings(t *testing.T) {
	checkNames14(t, [][2]string{
		{`{"aps":{"alert":{"title":"Hiya Morwenna Tregothnan","body":"Courier will call"}}}`, "Tregothnan"},
		{`push template rendered text="Hiya Fergus Ogilvie-Baird, 260007ZV93KVE9 is on its way"`, "Ogilvie-Baird"},
		{`{"title":"Hello po Rosalinda Dimaandal","body":"Courier will call"}`, "Dimaandal"},
		{`{"title":"Hi po Jhayvee Lumanlan","body":"parcel out for delivery"}`, "Lumanlan"},
	}, [][2]string{
		{`{"title":"Hiya! Your parcel is on its way"}`, "Your parcel"},
		{`{"title":"Hello po, your order has shipped"}`, "your order"},
		{`{"title":"Hiya there","body":"Big Summer Sale starts now"}`, "Big Summer Sale"},
	})
}

// "Holder" inside a capitalised product's name is goods, not a role
// (names15_lines.go); an account's or a card's holder still is.
func TestNames15GoodsHolder(t *testing.T) {
	checkNames14(t, [][2]string{
		{"refund to Account Holder Wendeline Aucoin approved", "Aucoin"},
		{"Card Holder Gaspard Lemoisne, exp 09/29", "Lemoisne"},
		{"payout blocked: holder Rustam Nazarbekov mismatch", "Nazarbekov"},
		{"Holder Evangelina Quiroga, IBAN on file", "Quiroga"},
	}, [][2]string{
		{"model A2849 Toilet Paper Holder Genesis shipped", "Holder Genesis"},
		{"category=Toothbrush+Holder+Optima error=missing_document", "Holder+Optima"},
		{"new seller category Passport Holder Guide from Lisbon", "Holder Guide"},
		{"restock Key Holder Ex x 12", "Key Holder Ex"},
	})
}
