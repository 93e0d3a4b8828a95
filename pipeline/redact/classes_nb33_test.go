package redact

import "testing"

// A phone split in two by a connector after a phone word, in the buyers'
// languages, or before a verb of calling; two ids, ports, quantities,
// years or codes joined the same way stay (nb33_phones.go).
func TestNB33SplitPhones(t *testing.T) {
	catch := []struct{ in, secret string }{
		{`customer call 7561 / 75055 on arrival`, "75055"},
		{`tel 02008 and 75756`, "02008"},
		{`my number is 09122 and 980124`, "980124"},
		{`ring 01769 - 17563 if no answer`, "17563"},
		{`cell: 0918 then 221861`, "221861"},
		{`whatsapp 0811 dan 2345678 ya`, "2345678"},
		{`llamar al 5512 y 345678, compra directo`, "345678"},
		{`appeler le 0612 puis 345678`, "345678"},
		{`ligar no 9645 e 91498`, "91498"},
		{`meine Nummer ist 0171 und 2345678`, "2345678"},
		{`мой номер 8912 и 3033340`, "3033340"},
		{`电话 02529 and 91398`, "91398"},
		{"[buyer] 联系方式 13812 / 345678，退货", "345678"},
		{`携帯：090 / 12345678`, "12345678"},
		{`전화 010 / 23456789`, "23456789"},
		{`q=ligar+no+9645+and+91498+devolu%C3%A7%C3%A3o`, "91498"},
		{`bitte 0171 / 2345678 anrufen`, "2345678"},
		{`bitte 3341239916 anrufen`, "3341239916"},
		{`着いたら0612 and 345678に電話`, "345678"},
	}
	keep := []struct{ in, value string }{
		{`orders 12345 and 67890 shipped`, "12345 and 67890"},
		{`ports 8080 / 8443 open`, "8080 / 8443"},
		{`qty 3 / 5`, "3 / 5"},
		{`call 1234 / 5678 items`, "1234 / 5678"},
		{`rating 4/5, call 0800 later`, "4/5"},
		{`ring 2024 / 2025 season`, "2024 / 2025"},
		{`callback 4821 then 7712 queued`, "4821 then 7712"},
		{`call about orders 12345678 and 87654321`, "12345678 and 87654321"},
		{`phone 1.2.3 then 4.5.6`, "1.2.3 then 4.5.6"},
		{`bitte Auftrag 12345678 anrufen`, "12345678"}, // a word between: no phone
		{`bitte 1234 anrufen`, "1234"},
	}
	cred27Check(t, catch, keep)
}

// Phone words of more languages put the number after them in a phone's
// context: "tél", "portable", "meine Nummer ist", "meu número é", "zap",
// "联系方式", "携帯", "到了打"; an order's number after "नंबर" stays.
func TestNB33PhoneWords(t *testing.T) {
	catch := []struct{ in, secret string }{
		{`tél 541702995, digicode sur la porte`, "541702995"},
		{`Attention, portable 914943554, retour`, "914943554"},
		{`mon numéro : 06 12 34 56 78`, "06 12 34 56 78"},
		{`Leider, meine Nummer ist 541702995`, "541702995"},
		{`Infelizmente, zap 21 98765 4321`, "98765 4321"},
		{`meu número é 21920112102`, "21920112102"},
		{`您好，联系方式 3691038078`, "3691038078"},
		{`携帯：89123033340、SKU-1`, "89123033340"},
		{`到了打339 3353577，放快递柜`, "3353577"},
		{`Terima kasih, no hp 0812 3456 7890`, "3456 7890"},
	}
	keep := []struct{ in, value string }{
		{`आपका ऑर्डर नंबर है 123456`, "123456"},
		{`portable charger 20000 mAh`, "20000"},
		{`télécharger la version 12345678`, "12345678"},
		{`zapato 41 talla`, "41"},
	}
	cred27Check(t, catch, keep)
}

// A clause that ends in a phone word before a phone is no caller's name:
// "안녕하세요 전화 010…" keeps its greeting (names22_tails.go, nam24_before.go).
func TestNB33PhoneWordNoName(t *testing.T) {
	keep := []struct{ in, value string }{
		{`buyer note synced trace=notes.go:693: 안녕하세요 전화 07225 / 26185 5/5`, "안녕하세요"},
		{`buyer note synced order=#6547 trace=moderate.rb:465: 죄송하지만 휴대폰 69751 then 59038 5/5`, "죄송하지만"},
	}
	catch := []struct{ in, secret string }{
		{`buyer note synced trace=notes.go:693: 안녕하세요 전화 07225 / 26185 5/5`, "26185"},
	}
	cred27Check(t, catch, keep)
}

// A card split in two after a verb of paying, a card's word a word further
// ("carte bancaire", "kartu saya", "Kreditkarte") or a JSON string's
// escaped line break, or before a verb of charging, across "+", "|", "/",
// "...", "rest:", "second half" and a chat's next line. Two orders after
// "paid", a declined card's transaction and numbers whose digits pass Luhn
// with no card or payment named stay.
func TestNB33SplitCards(t *testing.T) {
	catch := []struct{ in, secret string }{
		{`pls use 49234788 + 29858772`, "29858772"},
		{`paid with 51414648 ... rest: 70964589 exp 09/29`, "51414648"},
		{`paid with 37310543 / second half 1515382 exp 09/29`, "1515382"},
		{"[buyer] great paid with 60114505\n[buyer] 84866215 exp 09/29", "84866215"},
		{`paid with 36058112 | 115007`, "115007"},
		{`bitte 35645336 + 79759870 belasten`, "35645336"},
		{`Kreditkarte 44710766 ... rest: 51308753`, "51308753"},
		{`carte bancaire 55279701 + 94746860, retour`, "94746860"},
		{`kartu saya 49234788 / second half 29858772 ya`, "29858772"},
		{`{"d":"Hello,\ncard number 51414648 / second half 70964589\nOrder"}`, "70964589"},
		{`{"t":"RETURN FORM\nCard No: 60114505 ... rest: 84866215\n"}`, "60114505"},
		{`q=pls+use+37310543+%2F+second+half+1515382+delivery`, "1515382"},
		{`pagué con 49234788 + 29858772`, "49234788"},
		{`bezahlt mit 51414648 / 70964589`, "70964589"},
	}
	keep := []struct{ in, value string }{
		{`paid 44797606 and 55212598`, "44797606 and 55212598"},
		{`orders 44797606 and 55212598`, "44797606 and 55212598"},
		{`card declined: txn 44797606 / 55212598`, "44797606 / 55212598"},
		{`pls use 1234 / 5678 items`, "1234 / 5678"},
		{`paid with 2 / 5 coupons`, "2 / 5"},
		{`ref 44797606 + 55212598 ok`, "44797606 + 55212598"},
	}
	cred27Check(t, catch, keep)
}

// Digits spelled in words after a phone word glued by a full-width colon
// or by kana ("手机：five five …", "着いたらzero …に電話"), a run that starts
// with an ambiguous digit word ("null eins …"), spelled digits before a
// verb of calling, and a phone phrase after a JSON string's escaped line
// break; an article before digit words and a run of "null" stay.
func TestNB33SpelledPhones(t *testing.T) {
	catch := []struct{ in, secret string }{
		{"[buyer] 手机：five five four seven six five one two one two，退货", "five five four seven six"},
		{`Tel: null eins sieben sechs neun neun zwei acht eins eins eins`, "sieben sechs neun neun"},
		{`bitte null eins sechs null neun eins null acht drei zwei anrufen`, "sechs null neun eins"},
		{`なお 着いたらzero four nine zero five three three nine seven zeroに電話`, "nine zero five three"},
		{`携帯：zero six three zero nine five six five two two two。`, "nine five six five"},
		{`{"description":"Please,\ntext me at 7131 / 56645\nOrder #50298 placed"}`, "56645"},
		{`Tolong, wa 03909 / 82650 ya, kurir`, "82650"},
	}
	keep := []struct{ in, value string }{
		{`comprei um dois três quatro cinco seis sete`, "um dois três quatro cinco seis sete"},
		{`null null null null null null null`, "null null null null null null null"},
		{`手机：one two three`, "one two three"},
		{`{"d":"Order 7131 / 56645\ntext me later"}`, "7131 / 56645"},
	}
	cred27Check(t, catch, keep)
}
