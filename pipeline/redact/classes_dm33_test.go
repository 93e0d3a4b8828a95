package redact

import "testing"

// dm33: look-alikes that must survive: turns of a dialogue under a role's
// label, sentences under a name key. All values are made up.

// A role's label opening a turn of a dialogue holds what was said, not a
// name; the PII said in the turns is still caught, and a role's key on
// its own line of a record still holds a name.
func TestDM33TurnLabels(t *testing.T) {
	for _, c := range []struct{ in, keep, gone string }{
		{"[7pm] buyer: Atenção\n[seller] oi!\n[buyer] cartão 4111 1111 1111 1111", "buyer: Atenção", "4111 1111 1111 1111"},
		{"[월요일] buyer: 참고로\n[buyer] 휴대폰 010-2345-6789\n[seller] 네", "buyer: 참고로", "2345-6789"},
		{"[tiga hari] buyer: kak refund ١٧٩ ر.س kapan ya\n[seller] Tolong kak\n[buyer] email saya testa.fakeroe@example.com", "kak refund ١٧٩ ر.س kapan ya", "testa.fakeroe@example.com"},
		{`{"chat":"[2pm] customer: Infelizmente\n[agent] oi!\n[customer] senha: Xq7!fakePw9"}`, "customer: Infelizmente", "Xq7!fakePw9"},
		{"customer: Merci\nagent: bonjour\ncustomer: mon email testa.fakeroe@example.com", "customer: Merci", "testa.fakeroe@example.com"},
		// a role's key in a record stays a name's key
		{"order=4411 buyer: Testa Fakeroe status=paid", "order=4411", "Testa Fakeroe"},
		{"buyer: Testa Fakeroe\nphone: +44 7700 900123", "", "Testa Fakeroe"},
		{"[7pm] buyer: Testa Fakeroe", "", "Testa Fakeroe"},
	} {
		dm31Check(t, c.in, nonEmpty(c.keep), nonEmpty(c.gone))
	}
}
