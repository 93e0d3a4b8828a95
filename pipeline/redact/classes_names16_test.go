package redact

import "testing"

// The answer to a bot's or an agent's question for a name, on the next turn
// of another speaker: Latin, Han, Arabic and Korean names, in several
// transcript layouts. A company's name asked for, a turn of the same
// speaker, and answers that are no name stay.
func TestClassNameTurns16(t *testing.T) {
	checkClasses(t, []classCase{
		{"bot transcript", "transcript 1\nbot> what name is the order under?\nuser> Rodel Fakenueva\nbot> and the delivery address?", "Fakenueva", []string{"bot> and the delivery address?"}},
		{"bot transcript, han", "transcript 2\nbot> what name is the order under?\nuser> 周志强\nbot> thanks", "周志强", []string{"bot> thanks"}},
		{"bot transcript, arabic", "bot> what name is the order under?\nuser> خالد الفيكي\nbot> ok", "الفيكي", []string{"bot> ok"}},
		{"bot transcript, korean spaced", "bot> 성함을 알려주세요\nuser> 김 도윤\nbot> 감사합니다", "도윤", nil},
		{"escaped in JSON", `{"transcript":"bot> ¿A nombre de quién está el pedido?\nuser> Marta Fakintana\nbot> gracias"}`, "Fakintana", []string{"gracias"}},
		{"agent and customer labels", "[10:02] Agent: Darf ich Ihren Namen haben? Wie heißen Sie?\n[10:03] Kunde: Jürgen Fakenel\n[10:03] Agent: Danke", "Fakenel", []string{"[10:03] Agent: Danke"}},
		{"japanese kana given name", "bot> お名前を教えてください\nuser> 山本美咲\nbot> ありがとうございます", "山本美咲", nil},
		// look-alikes that stay
		{"company name asked", "bot> what is your company name?\nuser> Fakewidget Logistics\nbot> ok", "", []string{"Fakewidget Logistics"}},
		{"same speaker", "bot> what name is the order under?\nbot> Order Status\nuser> ok", "", []string{"Order Status"}},
		{"no name asked", "bot> which product do you want?\nuser> Galaxy Buds\nbot> ok", "", []string{"Galaxy Buds"}},
		{"answer is a word of status", "bot> what name is the order under?\nuser> Unknown\nbot> ok", "", []string{"user> Unknown"}},
	})
}

// Plain names under an ad platform's match keys "fn" and "ln" in an object
// that holds the e-mail or phone match key; the same keys elsewhere stay.
func TestClassMatchKeys16(t *testing.T) {
	checkClasses(t, []classCase{
		{"meta sample", `audience-sync exported seg_1 to meta sample={"em":"5c2e17cea9f0e63787add585922a88f6af2dd05ee8501705f8a3277df45c6263","ph":"+33600000000","ln":"Fakessard"}`, "Fakessard", []string{"seg_1"}},
		{"given name, lower case", `{"ph":"+33600000000","fn":"camille","ln":"fakefoy"}`, "fakefoy", nil},
		{"particle", `{"em":"x@example.com","ln":"a/p Fakeramaniam"}`, "Fakeramaniam", nil},
		{"thai", `{"em":"x@example.com","ln":"ศรีฟาค"}`, "ศรีฟาค", nil},
		{"escaped", `{"msg":"{\"em\":\"x@example.com\",\"fn\":\"Fakeline\"}"}`, "Fakeline", nil},
		// look-alikes that stay
		{"function key", `{"fn":"handleOrder","ln":"42","file":"order.go"}`, "", []string{"handleOrder"}},
		{"no person's record", `{"fn":"Fakeline","step":"render"}`, "", []string{"Fakeline"}},
		{"hash", `{"em":"a@b.co","ln":"e45acb4347ce18cfb3c7d0f5e905df387beb6a33065878c2e65c0ffa40064581"}`, "", []string{"e45acb4347ce18cfb3c7d0f5e905df387beb6a33065878c2e65c0ffa40064581"}},
	})
}

// Names after phrases of tax forms, STOP answers and replies to reviews, in
// several languages and scripts, and after a Chinese real-name check.
func TestClassNamePhrases16(t *testing.T) {
	checkClasses(t, []classCase{
		{"legal name", "taxform submitted: legal name Sergio Fakentana, permanent residence [REDACTED:address], form W-9, status 200", "Fakentana", []string{"form W-9, status 200"}},
		{"legal name, han", "taxform submitted: legal name 佐藤結衣, form W-8BEN", "佐藤結衣", []string{"form W-8BEN"}},
		{"beneficial owner", "kyc: beneficial owner Aisha Al Fakerouei, status verified", "Fakerouei", []string{"status verified"}},
		{"nombre completo", "formulario fiscal: nombre completo Nerea Fakebarrieta Moreno, estado 200", "Fakebarrieta", []string{"estado 200"}},
		{"subscriber", "keyword STOP received from [REDACTED:phone], subscriber Hugo Fakensson unsubscribed from flow_JDJ681A9G6", "Fakensson", []string{"flow_JDJ681A9G6"}},
		{"subscriber, han", "keyword ARRET received, subscriber 蔡家豪 unsubscribed from exp_1", "蔡家豪", []string{"exp_1"}},
		{"abonné", "mot-clé ARRET reçu, abonné Camille Fakefoy désinscrit de cmp_2", "Fakefoy", []string{"cmp_2"}},
		{"review by", "seller reply posted to review by Tuğba Fakirci: we will send a replacement", "Fakirci", []string{"we will send a replacement"}},
		{"review by, han", "seller reply posted to review by 杨欣怡: thanks", "杨欣怡", []string{"thanks"}},
		{"bewertung von", "Antwort auf Bewertung von Jürgen Fakenel: danke", "Fakenel", []string{"danke"}},
		{"real-name check, latin", `{"message":"实名认证通过 Priya Fakepande","order.id":"340892744921509"}`, "Fakepande", []string{"340892744921509"}},
		{"real-name check, devanagari", "实名认证通过 अमित फ़ेकमा", "फ़ेकमा", nil},
		// look-alikes that stay
		{"review by a shop", "review by Fakeshop Store: 5 stars", "", []string{"Fakeshop Store"}},
		{"subscriber count", "subscriber count 1200 updated", "", []string{"subscriber count 1200 updated"}},
		{"real-name check of a shop", "实名认证成功：店铺 Fakeline Fashion", "", []string{"店铺 Fakeline Fashion"}},
		{"legal name of a company", "legal name Fakeline Logistics GmbH, VAT DE123456789", "", []string{"Fakeline Logistics GmbH"}},
	})
}

// A name between a contact label and a phone, and a quoted name cell before
// an e-mail cell of a header-less row.
func TestClassContactNames16(t *testing.T) {
	checkClasses(t, []classCase{
		{"kontakt, tel.", `93a58df1,2026-06-01,"Kontakt: Sabine Fakemann, Tel. +49 171 2345678",1,Apple Watch Series 10`, "Fakemann", []string{"Apple Watch Series 10"}},
		{"japanese", `{"answers.a1":"連絡先：鈴木 陽菜 090-1234-5678","answers.nps":1}`, "陽菜", nil},
		{"japanese kana given name", `{"answers.a1":"連絡先：佐藤さくら 090-1234-5678"}`, "佐藤さくら", nil},
		{"vietnamese", `{"answers.a1":"Liên hệ: Huỳnh Thanh Fakeánh, 0912 345 678"}`, "Fakeánh", nil},
		{"arabic", `"للتواصل: فاطمة الفيكي +971501234567",0,Nintendo Switch OLED`, "الفيكي", []string{"Nintendo Switch OLED"}},
		{"csv reviewer cell", `Jul 13, 2026,4,"great","Omar Al Fakewaidi",omar@example.com,5288466862615,MUG-WAX-37410,web`, "Fakewaidi", []string{"5288466862615", "MUG-WAX-37410"}},
		// look-alikes that stay
		{"team before a phone", "Contact: Support Desk, Tel. +49 171 2345678", "", []string{"Support Desk"}},
		{"status before a phone", "status: Payments Team, tel +49 171 2345678", "", []string{"Payments Team"}},
		{"product cell before a mail", `2026-01-02,"Galaxy S24 Ultra",x@example.com,3`, "", []string{"Galaxy S24 Ultra"}},
	})
}

// Role keys that hold a person: a chat app's "from_name", a review tool's
// "user_name", a Malay name with "a/p", a Korean name with a space.
func TestClassRoleKeys16(t *testing.T) {
	checkClasses(t, []classCase{
		{"from_name", "inbound channel=line from_name=Sem Fakeper from_phone=+31612345678 text=\"hoi\"", "Fakeper", []string{"channel=line"}},
		{"from_name, han", "inbound channel=line from_name=陈志强 from_phone=+31612345678", "陈志强", nil},
		{"a/p under a role key", "reply failed for reviewer=Kavitha a/p Fakeramaniam email=x@example.com reviewId=4c8d", "Fakeramaniam", []string{"reviewId=4c8d"}},
		{"korean spaced under a role key", "reply failed for reviewer=조 수아 email=x@example.com", "수아", nil},
		// look-alikes that stay
		{"from_name of a shop", "mail sent from_name=Fakeshop Store subject=\"Hi\"", "", []string{"Fakeshop Store"}},
		{"user_name of a login", "review created user_name=fake_user88 score=5", "", []string{"fake_user88"}},
		{"a path under a role key", "owner=team/payments-core status=ok", "", []string{"team/payments-core"}},
	})
}
