package redact

import "testing"

// A value answered to a question that asks for it, on the next turn of
// another speaker, in call-center transcripts, agent notes and bots'
// logs: door and gate codes, passwords, API keys, an Authorization
// header's credentials, phones, names asked by the buyer's role, initials
// and family names, addresses asked by a key's words, a place asked for
// that reads as an address. What stays: an id's question, a thing's name,
// a model number after a phone question, a company, a job title, a policy
// label, a dock of the business, an answer that is no value.
func TestClassAnswerTurns17(t *testing.T) {
	checkClasses(t, []classCase{
		{"door code", "[10:02:11] AGENT: what's the door code?\n[10:02:15] CUSTOMER: 4471\n[10:02:20] AGENT: thanks, see you at 3", "4471", []string{"AGENT: thanks, see you at 3"}},
		{"gate code, spanish", "[09:14:02] Agente: ¿cuál es el código del portal?\n[09:14:09] Cliente: 2580#\n[09:14:12] Agente: gracias", "2580", []string{"gracias"}},
		{"smtp password", "[00:01:27] AGENT: smtp password?\n[00:01:37] CUSTOMER: Fk9.zqWv2Lm\n[00:01:40] AGENT: ok", "Fk9.zqWv2Lm", []string{"AGENT: ok"}},
		{"password, german", "Agent: Wie lautet Ihr Passwort?\nKunde: Xq7!fakePw\nAgent: Danke", "Xq7!fakePw", []string{"Agent: Danke"}},
		{"api key, in JSON", `{"transcript.text":"[00:00:31] AGENT: easypost api key?\n[00:00:40] CUSTOMER: EZAKfake0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a\n[00:00:48] AGENT: duration?\n[00:00:58] CUSTOMER: 4094µs\n"}`, "EZAKfake0d9c8b7a6f5e4d3c2b1a0f9e8d7c6b5a", []string{"4094µs"}},
		{"authorization", "[00:01:49] AGENT: Authorization?\n[00:02:01] CUSTOMER: ZmFrZXVzZXI6ZmFrZXB3MTIz\n[00:02:05] AGENT: ok", "ZmFrZXVzZXI6ZmFrZXB3MTIz", []string{"AGENT: ok"}},
		{"phone, portuguese", "[00:00:36] AGENT: telefone?\n[00:00:51] CUSTOMER: 11 900000001\n[00:01:01] AGENT: product?", "900000001", []string{"AGENT: product?"}},
		{"phone spoken", "[00:00:38] AGENT: téléphone?\n[00:00:51] CUSTOMER: 0 0 3 3 6 0 0 0 0 0 0 1 2\n[00:00:58] AGENT: merci", "6 0 0 0 0 0 0 1 2", []string{"AGENT: merci"}},
		{"customer, polish", "[00:01:55] AGENT: klient?\n[00:02:07] CUSTOMER: Fakowska, Julia\n", "Fakowska", nil},
		{"customer, vietnamese", "[00:00:40] AGENT: khách hàng?\n[00:00:54] CUSTOMER: PHAN Thanh Fakehương\n[00:01:09] AGENT: model?", "Fakehương", []string{"AGENT: model?"}},
		{"customer, greek", "[00:00:30] AGENT: πελάτης?\n[00:00:41] CUSTOMER: Κώστας Ψευδόπουλος\n", "Ψευδόπουλος", nil},
		{"customer, japanese", "[00:01:39] AGENT: お客様?\n[00:01:45] CUSTOMER: 高橋偽子\n", "高橋偽子", nil},
		{"initial and family name", "[00:00:53] AGENT: name?\n[00:01:04] CUSTOMER: P. Fakeiyer\n[00:01:14] AGENT: product?", "Fakeiyer", []string{"AGENT: product?"}},
		{"address line key", "[00:01:18] AGENT: address1?\n[00:01:29] CUSTOMER: C/ Fakemayor 145, 3º B, 08451 Zaragoza\n[00:01:35] AGENT: ok", "Fakemayor", []string{"AGENT: ok"}},
		{"address, greek", "[00:01:48] AGENT: διεύθυνση?\n[00:01:52] CUSTOMER: Λεωφ. Ψευδών 159, 747 59 Αθήνα\n", "Ψευδών", nil},
		{"place read as an address", "[00:01:15] AGENT: location?\n[00:01:25] CUSTOMER: Fakeská 210, 159 54 Brno\n[00:01:40] AGENT: staff id?", "Fakeská", []string{"AGENT: staff id?"}},
		// look-alikes that stay
		{"model after a phone question", "[00:00:37] AGENT: phone model?\n[00:00:51] CUSTOMER: WH-1000XM5\n", "", []string{"WH-1000XM5"}},
		{"vendor name", "[00:00:58] AGENT: vendor name?\n[00:01:02] CUSTOMER: Fakersk Line\n", "", []string{"Fakersk Line"}},
		{"customer account", "[00:01:47] AGENT: customer account?\n[00:01:51] CUSTOMER: Nordfake Logistik GmbH\n", "", []string{"Nordfake Logistik GmbH"}},
		{"contact holding a job title", "[00:00:41] AGENT: contact?\n[00:00:50] CUSTOMER: Police Officer\n", "", []string{"Police Officer"}},
		{"numbered product name", "[00:00:41] AGENT: product name 2?\n[00:00:56] CUSTOMER: Rocking Chair Vector\n", "", []string{"Rocking Chair Vector"}},
		{"serial number", "[00:01:09] AGENT: serial number?\n[00:01:17] CUSTOMER: CG3CBSYXBFA7\n", "", []string{"CG3CBSYXBFA7"}},
		{"password policy", "[00:01:18] AGENT: password policy?\n[00:01:31] CUSTOMER: min12-upper-digit\n", "", []string{"min12-upper-digit"}},
		{"a dock of the business", "[00:01:15] AGENT: location?\n[00:01:25] CUSTOMER: Dock 4, Building 2\n", "", []string{"Dock 4, Building 2"}},
		{"no value answered", "[10:02:11] AGENT: what's the door code?\n[10:02:15] CUSTOMER: I don't know it\n", "", []string{"I don't know it"}},
		{"'?' inside a password is no question", "order ref: 1 - sap password Q5fakeVw2?afj?k - event id 3572=\n58f2-c79f - sha256 sha256:9d040c58886ea3fd311affb782=\n", "", []string{"9d040c58886ea3fd311affb782"}},
	})
}

// Digits spoken one by one in a transcript: a card (Luhn and an issuer's
// prefix and length), a Chinese resident id (its check 'x' said last), a
// phone after a spoken '+', a mobile with its country code. Runs that are
// none of those stay: ratings, digits that fail Luhn or the id's check.
func TestClassSpokenDigits17(t *testing.T) {
	checkClasses(t, []classCase{
		{"card", "IVR: caller keyed 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 then hung up", "4 1 1 1 1 1 1 1", []string{"then hung up"}},
		{"card, mastercard, spanish", "el cliente dictó 5 5 5 5 5 5 5 5 5 5 5 5 4 4 4 4 y colgó", "5 5 5 5 5 5 5 5", []string{"y colgó"}},
		{"resident id with x", "[00:01:33] AGENT: документ?\n[00:01:37] CUSTOMER: 1 1 0 1 0 1 1 9 9 0 0 3 0 7 1 0 9 x\n", "1 1 0 1 0 1 1 9", nil},
		{"resident id", "CUSTOMER: 1 1 0 1 0 1 1 9 9 0 0 3 0 7 7 7 5 8 (read twice)", "1 1 0 1 0 1 1 9", []string{"(read twice)"}},
		{"phone after a spoken plus", "caller said + 4 4 7 7 0 0 9 0 0 1 2 3 for a callback", "7 7 0 0 9 0 0 1 2 3", []string{"for a callback"}},
		{"mobile with its country code", "[00:00:16] AGENT: numero?\n[00:00:23] CUSTOMER: 6 3 9 1 7 0 0 0 0 0 0 1\n", "9 1 7 0 0 0 0 0 0 1", nil},
		// look-alikes that stay
		{"ratings", "survey ratings: 5 4 5 3 4 5 5 4 5 5 done", "", []string{"5 4 5 3 4 5 5 4 5 5"}},
		{"fails Luhn", "IVR: caller keyed 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2 then hung up", "", []string{"4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 2"}},
		{"id that fails its check", "CUSTOMER: 1 1 0 1 0 1 1 9 9 0 0 3 0 7 7 7 5 1 ok", "", []string{"1 1 0 1 0 1 1 9 9 0 0 3 0 7 7 7 5 1"}},
		{"version parts", "firmware 1 2 0 3 4 5 6 7 8 9 0 1 2 3 4 5 flashed", "", []string{"1 2 0 3 4 5 6 7 8 9 0 1 2 3 4 5"}},
	})
}
