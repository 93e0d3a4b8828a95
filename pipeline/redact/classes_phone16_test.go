package redact

import "testing"

// Phone numbers read from where they stand: linked to an e-mail in an
// identity graph or a list, the sender of an SMS keyword, in a contact
// label's clause, after WhatsApp's names in chats, after a phrase asking to
// be contacted, after a phone label of Chinese records, and the Spanish
// 3-2-2-2 groups. Ids after the same words stay.
func TestClassPhoneContext16(t *testing.T) {
	checkClasses(t, []classCase{
		{"identity link", "identity resolved: fake.user@example.com ~ 89000000028 (rule email_phone_exact) -> profile 01HGNPSQXZYF1TZ6WTZNDBMCPB",
			"89000000028", []string{"01HGNPSQXZYF1TZ6WTZNDBMCPB"}},
		{"identity link, grouped", "identity resolved: fake@example.pl ~ 550-000-494 (rule email_phone_exact)", "550-000-494", []string{"(rule email_phone_exact)"}},
		{"sms keyword", "attentive: keyword BAJA received from 9800042467, subscriber Fake unsubscribed from exp_GZNCJ2ESCR", "9800042467", []string{"exp_GZNCJ2ESCR"}},
		{"indonesian contact label", `"Kontak: Nurul Fake, 6281200008458"`, "6281200008458", nil},
		{"portuguese contact label", `"Contato: Caio Fake, 85900005215"`, "85900005215", nil},
		{"spanish contact label, groups", `"Contacto: Íñigo Fake, 675 00 90 65"`, "675 00 90 65", nil},
		{"brazilian zap", "oi, pode mandar? meu zap é 11900007812", "11900007812", nil},
		{"spanish groups in a review", "Llegó roto, contáctenme al 779 00 64 83. Fake", "779 00 64 83", nil},
		{"portuguese phrase", "Veio com defeito, falar comigo no 21900011739. Fake", "21900011739", nil},
		{"chinese label after a name", "收件人:Fake Name 电话:11200077189 地址:x", "11200077189", nil},
		{"list closed by the number after an e-mail", `{"request.text":"DPDP ke under mera data delete karein: Fake Name, fake@example.co.in, 7000059235"}`, "7000059235", nil},
		// look-alikes that stay
		{"a tuple's cells after an e-mail", "DETAIL:  Failing row contains (5623112256807, null, fake@example.se, 953966128427)", "", []string{"953966128427)"}},
		{"order in a contact clause", "Contact: Fake Name, order 4567890123 shipped", "", []string{"order 4567890123"}},
		{"session link", "session ~ 123456789012 rotated", "", []string{"123456789012"}},
		{"webhook received from", "webhook received from 1234567890", "", []string{"1234567890"}},
		{"more digits after spanish groups", "batch 611 22 33 44 55 done", "", []string{"611 22 33 44 55"}},
	})
}
