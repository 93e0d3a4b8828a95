package redact

import (
	"fmt"
	"math/rand"
	"net/url"
	"strings"
	"testing"
)

// Tests for the classes of names24_*.go. The names are made up: family
// names such as "Fakeberg" and "Testcruz", and in other scripts words that
// read "fake" or "test" (가짜, Giả, 仮名), with common given names.

var n24Names = []string{"Lieke Fakeberg", "Lieke van der Fakeberg", "Rodel Dela Testcruz", "ĐẶNG MINH GIẢ", "Đặng Minh Giả",
	"예준 가짜", "Amir bin Testman", "Alessandro De Fakeluca"}

// Class: a buyer signs a message right after their own contact details,
// set apart by a dash or a full stop, the name ending the text or value.
func TestNames24SignOffAfterContact(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2401))
	for _, n := range n24Names {
		order := fmt.Sprintf("26%04dSVJWXQ%d", rng.Intn(9999), rng.Intn(9))
		mail := fmt.Sprintf("buyer%d@example.com", rng.Intn(999))
		phone := fmt.Sprintf("+31 6 %08d", rng.Intn(99999999))
		n22Run(t, r, fmt.Sprintf("Hallo, order %s pls. Mijn e-mail: %s — %s", order, mail, n), []string{n22Family(n)}, []string{order})
		n22Run(t, r, fmt.Sprintf(`{"message":"order %s pls. email: %s – %s","order_sn":"%s"}`, order, mail, n, order), []string{n22Family(n)}, []string{order})
		n22Run(t, r, fmt.Sprintf("Graag bezorgen op: Kerkstraat 12, 1012 AB Amsterdam. Call me %s. %s", phone, n), []string{n22Family(n)}, nil)
		body := "Body=" + url.QueryEscape(fmt.Sprintf("Order %s pls. Email: %s — %s", order, mail, n)) + "&MessageSid=SM" + strings.Repeat("ab12", 8)
		n22Run(t, r, body, []string{url.QueryEscape(n22Family(n))}, []string{order, "MessageSid"})
	}
	// what is no signature: a heading after a hyphen, a firm, a team, a
	// run that goes on as prose
	for _, tc := range []struct{ in, kept string }{
		{"Contact: buyer7@example.com - Password Reset", "Password Reset"},
		{`{"msg":"mail to ops3@example.com — Acme Trading Ltd"}`, "Acme Trading Ltd"},
		{"reply sent to buyer5@example.com — Customer Service Team", "Customer Service Team"},
		{"Call me +31 6 12345678. Order Shipped", "Order Shipped"},
		{"mail: buyer9@example.com — Lieke Fakeberg will pick it up at the store", "Lieke Fakeberg will pick it up"},
	} {
		n22Run(t, r, tc.in, nil, []string{tc.kept})
	}
}

// Class: a signature after a dash that a comma and the writer's phone
// number follow ("Salamat po — Given Family, <phone>").
func TestNames24SignOffBeforePhone(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2402))
	for _, n := range n24Names {
		phone := fmt.Sprintf("+63 917 %03d %04d", rng.Intn(999), rng.Intn(9999))
		n22Run(t, r, fmt.Sprintf("Size wrong, exchange pls. Salamat po — %s, %s", n, phone), []string{n22Family(n)}, []string{"Size wrong"})
		n22Run(t, r, fmt.Sprintf(`{"message":"bought the tote in your sale. Thanks - %s, %s","order_sn":"2611Q1XR1HYN"}`, n, phone), []string{n22Family(n)}, []string{"2611Q1XR1HYN"})
	}
}

// Class: the first line of a signature after its RFC 3676 delimiter in a
// form-encoded body ("%0A--+%0AGiven+Family%0A…").
func TestNames24FormSignature(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2403))
	for _, n := range n24Names {
		text := fmt.Sprintf("Hi, parcel to the back door please. Email: buyer%d@example.com\n-- \n%s\n+44 7700 %06d", rng.Intn(999), n, rng.Intn(999999))
		body := "From=%2B447700900123&To=%2B15005550006&Body=" + url.QueryEscape(text) + "&MessageSid=SM" + strings.Repeat("cd34", 8)
		n22Run(t, r, `{"message":"inbound SMS","http.request.body.content":"`+body+`"}`, []string{url.QueryEscape(n22Family(n))}, []string{"MessageSid", "back+door"})
	}
	n22Run(t, r, "Body="+url.QueryEscape("Email: buyer1@example.com\n-- \nCustomer Service Team\n")+"&MessageSid=SM1", nil, []string{"Customer+Service+Team"})
}

// Class: a Japanese writer introduces themself with "<name>です" as a
// message or sentence opens, or signs after the last sentence; the name
// begins with a common family name.
func TestNames24JapaneseSelfIntroduction(t *testing.T) {
	r := n21Redactor(t)
	for _, n := range []string{"渡辺 仮名", "鈴木仮太", "髙橋仮真", "佐藤 かめい"} {
		given := n[len(n)-6:]
		n22Run(t, r, "chat transcript: [buyer] お世話になっております。"+n+"です。お届け先の変更をお願いします。", []string{given}, []string{"お世話になっております", "お届け先の変更"})
		n22Run(t, r, `{"transcript":"`+n+`です。注文311052878783149の件でご連絡ください","ses":"s-1"}`, []string{given}, []string{"311052878783149"})
		n22Run(t, r, `Jul 10, 2026,2,"とても良かったです！また買います。`+n+`",TSH-CVY-75400,web`, []string{given}, []string{"TSH-CVY-75400", "また買います"})
	}
	for _, kept := range []string{"確認です。", "以上です。", "佐藤商事です。", "お問い合わせの件です", "また買います。田中工業"} {
		n22Run(t, r, `{"message":"`+kept+`注文#45194","x":"y"}`, nil, []string{kept})
	}
}
