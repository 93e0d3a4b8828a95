package redact

import "testing"

// Unicode spaces and dashes inside a value: no-break, narrow and thin
// spaces between an IBAN's or a card's groups (as typed, URL-encoded,
// quoted-printable, and as Python's and PHP's escapes), a non-breaking
// hyphen in a phone, and slashes between every group of a phone under its
// key. Amounts, dates, ranges and ids written with the same characters stay.
func TestLead32UnicodeSeparators(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`{"refund_iban":"DE89` + "\u00a0" + `3704` + "\u00a0" + `0044` + "\u00a0" + `0532` + "\u00a0" + `0130` + "\u00a0" + `00","awb":"055633885493"}`, "0532"},
		{"iban GB82\u202fWEST\u202f1234\u202f5698\u202f7654\u202f32 qty x12", "5698"},
		{"iban=NL91%C2%A0ABNA%C2%A00417%C2%A01643%C2%A000&at=Invoice.java%3A81", "1643"},
		{"X-Refund-Iban: =?UTF-8?Q?FR14=C2=A02004=C2=A01010=C2=A00505=C2=A00001=C2=A03M02=C2=A0606?=", "0505"},
		{`DEBUG {u'iban': u'BE68\xa05390\xa00754\xa07034', u'caller': u'Checkout#create'}`, "0754"},
		{`var_dump: array(2) { ["iban"]=> string(27) "BE68\xc2\xa05390\xc2\xa00754\xc2\xa07034" ["qty"]=> string(1) "2" }`, "0754"},
		{`{u'card': u'4111\xa01111\xa01111\xa01111', u'took': u'1s'}`, `1111\xa01111`},
		{`var_dump: array(1) { ["card"]=> string(21) "3782\xe2\x80\x89822463\xe2\x80\x8910005" }`, "822463"},
		{"buyer note: call 015\u20111926\u20110834 after six", "1926"},
		{`{"contact_number":"0987／010／5980","status":"422"}`, "5980"},
		{"mobile: 0612/345/678 (evenings)", "345/678"},
		{`{u'name': u'Marta\xa0Kowalska', u'qty': 3}`, "Kowalska"},
		{`var_dump: array(1) { ["mail"]=> string(30) "marta.k\xef\xbc\xa0example\xef\xbc\x8ecom" }`, "marta.k"}, // a full-width '＠' ends in the byte a no-break space's escape is
	}, []struct{ in, value string }{
		{"Total\u00a0: 1\u00a0234,50\u00a0€ TTC", "1\u00a0234,50"},
		{"commande\u00a0n°\u00a04412345678 expédiée", "4412345678"},
		{"shipped 2026\u201112\u201105, window 10:00\u201312:00", "2026\u201112\u201105"},
		{"pages 120\u2013135 of the catalogue, SKU 4006381\u2013333931", "4006381\u2013333931"},
		{`log: {u'total': u'1\xa0234,00\xa0\u20bd', u'order': u'4412345678'}`, "4412345678"},
		{"order_id=5926517745908 ts=1716251913190 span=00f067aa0ba902b7\u00a0ok", "5926517745908"},
		{"contact_number updated on 2026/12/05 by agent 12", "2026/12/05"},
		{"phone batch 120/240/360 done", "120/240/360"},
		{"tracking\u00a0no. 1Z999AA10123456784 delivered", "1Z999AA10123456784"},
	})
}

// E-mail addresses written to hide them from crawlers: "at" and "dot" in
// brackets or between spaces, "arroba" and "punto". Prose with "at", a host
// of a network and a stack trace stay.
func TestLead32ObfuscatedEmail(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"please reply to maria.lopez at gmail dot com thanks", "maria.lopez"},
		{"contact: maria.lopez [at] gmail [dot] com", "maria.lopez"},
		{"mail me kenji_t(at)yahoo(dot)co(dot)jp", "kenji_t"},
		{"write to oskar AT gmail DOT com", "oskar"},
		{`{"note":"send the invoice to bea.k (at) example (dot) de"}`, "bea.k"},
		{"q=anna%20arroba%20hotmail%20punto%20com&page=1", "anna"},
		{"reach me: li.wei{at}qq{dot}com", "li.wei"},
		{"reach me: li.wei<at>qq<dot>com", "li.wei"},
	}, []struct{ in, value string }{
		{"the meeting is at noon dot com bubble", "noon dot com"},
		{"look at example dot com for details", "look at example"},
		{"java.lang.IllegalStateException at com.shop.order.OrderService.place(OrderService.java:42)", "IllegalStateException at com.shop"},
		{"logged in at app.example.com from 10.0.0.1", "app.example.com"},
		{"user_42 at db01.internal restarted", "user_42 at db01.internal"},
		{"svc.account at cluster.local", "svc.account"},
		{"order 4412345 shipped at 10:42 at warehouse.de gate 3", "order 4412345"},
		{"retry 3 at api.shop.com failed", "api.shop.com"},
	})
}

// A card's number split in two, after a card's word in any of the shops'
// languages: both halves go when their digits together are a card (an
// issuer's prefix and length, Luhn). Ids, amounts and a card's last four
// digits beside other numbers stay.
func TestLead32SplitCard(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"charge card 41111111 + 11111111 instead, shelf G-03", "41111111"},
		{"charge card 41111111 + 11111111 instead, shelf G-03", "+ 11111111"},
		{`note="cobren a la tarjeta 55555555 / second half 55554444. verificar"`, "55554444"},
		{"用这张卡 37828224 / 6310005，放快递柜", "37828224"},
		{"cobrar no cartão 60110009 ... rest: 90139424 me chama", "90139424"},
		{"[buyer] card number 40128888\n[buyer] 88881881", "88881881"},
	}, []struct{ in, value string }{
		{"card ending 4242, order 5254005618828 shipped 2026-03-01", "5254005618828"},
		{"gift card 1234 5678 balance 120.00, order 4412 3456", "4412 3456"},
		{"my card: total 4242.00 / 1234567 refund", "1234567"},
		{"order 41111111 + 11111111 items in stock", "41111111 + 11111111"},
		{"card declined: txn 40128888 retry 88881881", "40128888"},
	})
}
