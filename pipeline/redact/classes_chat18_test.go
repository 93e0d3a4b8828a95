package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Codes and PINs as the items of a person's message, names under keys that
// name a person by what they did or hold, names after a label in the
// buyer's language, Authorization values after a doubled separator, and
// "Family, Given" under a role key. All values are made up.

// chat18Check redacts each input, wants its secret gone, and wants the
// text redacted once to be redacted twice the same.
func chat18Check(t *testing.T, r *Redactor, in, secret string) {
	t.Helper()
	got := r.String(in)
	if strings.Contains(got, secret) {
		t.Errorf("kept %q:\n in:  %s\n out: %s", secret, in, got)
	}
	if again := r.String(got); again != got {
		t.Errorf("not idempotent:\n once:  %s\n twice: %s", got, again)
	}
}

// chat18Keep wants each input left as it is.
func chat18Keep(t *testing.T, r *Redactor, ins ...string) {
	t.Helper()
	for _, s := range ins {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

// Class: the word for "code" in the buyer's language (or PIN, OTP) opening
// an item of a person's message, with 4 to 8 digits as the item's value.
func TestChat18CodeItems(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"Halo kak 🙏\nkode: 18108\npoints_balance=55456 pts 🙂\ntolong 🔥 terima kasih", "18108"},
		{"@seller Здравейте 🙂\n(seller_sku MUG-RED-42-0000) ❤️\nкод: 14510589\nмоля ❤️ благодаря", "14510589"},
		{"Sveiki! sku: CAS-WHT-OS-0000; kodas: 4652; (total 268,72 €); marketplace=Fakeplace! ačiū", "4652"},
		{"Hola, brand=UnionPay. card_bin=3716590. código 934122. price: 2362.03. gracias", "934122"},
		{"Halo kak kode - 66599 / (waybill JNT000000000000) / timestamp_ms 1796529489355. terima kasih", "66599"},
		{"សួស្តី 🔥\nលេខកូដ: 722335\nproduct_name=Payday Sale Oct\nសូម 😊 អរគុណ", "722335"},
		{"@cs_team أهلاً ✨\nالكود: 763385\nstore_location=Fake Mall\nمن فضلك 🔥 شكراً", "763385"},
		{"rewards-wallet: points credited - PIN 3846 callback number [REDACTED:phone]", "3846"},
		{"reviews-api: review submitted - review_id rv_fake00000000000 PIN 49922 occurred_at: 2026-12-04T18:00:44Z", "49922"},
		{"shopee-live: comment matched - tel: [REDACTED:phone] code 1045723 seller_sku: SNK-ROS-XL-0000", "1045723"},
	} {
		chat18Check(t, r, c.in, c.secret)
	}
	chat18Keep(t, r,
		"mysql error, code 1062, duplicate entry",
		"order shipped, code 4821, carrier UPS",
		"upstream returned code: 5003, retrying in 2s",
		"@seller Halo kak!\nkode pos: 12345\nterima kasih",
		"@seller Hi!\npromo code: 2026\nthanks",
		"delivery area Koramangala, Karnataka, PIN 560034",
		"@seller Hola!\ncódigo: 1.500\ngracias",
	)
}

// Class: a person under a key whose parts name them by what they did or
// hold ("commenter", "screened_name", "username_display", "document_name",
// "billing_details_name", "titular", "持卡人"), in any syntax.
func TestChat18PersonRoleKeys(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{`live comment order commenter="Fakey Testerson" platform=Noon`, "Testerson"},
		{`{"screened_name":"Abril Fakename","grand_total":"₱2,443.03"}`, "Fakename"},
		{`mutation { customerUpdate(input: {documentName: "Oskar Placeholder", requestId: "r-1"}) { id } }`, "Placeholder"},
		{"request: riskcontext {\n  document_name: \"Justine Fakeface\"\n  geo_hash: \"nh7dzq7qv\"\n}", "Fakeface"},
		{`{"usernameDisplay":"שירה בדויה"}`, "שירה בדויה"},
		{`payout created titular="Corinne Fakesson" iban_country=DK`, "Fakesson"},
		{`{"持卡人":"测试名","tax_rate":"7%"}`, "测试名"},
		{`charge failed billing_details_name="Сауле Тестова" receipt=none`, "Тестова"},
	} {
		chat18Check(t, r, c.in, c.secret)
	}
	chat18Keep(t, r,
		`{"document_name":"Driver License","status":"uploaded"}`,
		`{"document_name":"Residence Permit"}`,
		`commenter="Payday Sale Oct" platform=Noon`,
		"发票号码: 00000000000000000000\n购买方名称: Credit Fakery\n价税合计: ¥1,570",
		`{"screened_name":"acme_corp_7"}`,
	)
	// a structured event's field under such a key
	ev := event.Event{Fields: []event.Field{
		{Path: "message", Value: event.StringValue("creator affiliate order")},
		{Path: "payload.commenter", Value: event.StringValue("Fakey Testerson")},
		{Path: "payload.coupon", Value: event.StringValue("BDAY10")},
	}}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, "Testerson") || !strings.Contains(out, "BDAY10") {
		t.Errorf("payload.commenter: %s", out)
	}
}

// Class: a word for a person's name opening an item of a person's message
// ("nombre Abril Arriaga;", "ime - FAKE NAME /", "tên: …,", "navn Family,
// Given;"), the value up to the item's end shaped as a person's name.
func TestChat18LabelItems(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"Hola, http_status=202; grand_total 489.98 USD; nombre Abril Fakename; (user_agent Mozilla/5.0)! gracias", "Fakename"},
		{"Hej quantity: 7; namn Oskar Testström; (ts 2026-12-04T09:18:22Z); tack", "Testström"},
		{"안녕하세요, (total 1.792,07 €) / 이름 - 가짜이름 / (tracking_number JP0000000000). 감사합니다", "가짜이름"},
		{"Chào shop, geo_hash x0u16903h, tên: Lương Văn Giả, webhook_address=https://hooks.example/v1/x", "Lương Văn Giả"},
		{"Hej, segment: Fake Mall; navn Fakesen, Anders; kode 81495968! tak", "Fakesen"},
		{"Bonjour timestamp_ms=1796240128993. GSM: [REDACTED:phone]. nom CÉDRIC FAUXNOM merci", "FAUXNOM"},
		{"Bok 🙂 mobitel: [REDACTED:phone] / ime - ANTONIO LAŽNIĆ / (span_id 46ef5d442b85da61)! hvala", "LAŽNIĆ"},
	} {
		chat18Check(t, r, c.in, c.secret)
	}
	chat18Keep(t, r,
		"Hi! name Payday Sale Oct. store name Westfield Sydney. thanks",
		"Hola! product name Linen Shirt Relaxed Fit; nombre de usuario fake_user_1! gracias",
		"deploy ok, name checkout-api, version 3.1.59",
	)
}

// Class: an Authorization value after a doubled separator (": - ", ":：",
// "::"): the credential after the scheme, not the scheme.
func TestChat18AuthDoubledSeparator(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"Halo kak! invoice_no F2026728430; Authorization: - Basic ZmFrZTpmYWtlZmFrZWZha2VmYWtl! terima kasih", "ZmFrZTpmYWtlZmFrZWZha2VmYWtl"},
		{"Hola, amount=₹124.03, Authorization: - Basic ZmFrZTpGYWtlUGFzc3dvcmQxMjM0==, x-b3-traceid=cb63a773a20e97b08419c6707b167212! gracias", "ZmFrZTpGYWtlUGFzc3dvcmQxMjM0"},
		{"你好! Authorization::Basic ZmFrZTpOb3RBUmVhbFNlY3JldDAw。谢谢", "ZmFrZTpOb3RBUmVhbFNlY3JldDAw"},
		{"こんにちは, Authorization:：Bearer FakeFAKEfake0000FakeFAKEfake0000 ありがとう", "FakeFAKEfake0000FakeFAKEfake0000"},
	} {
		chat18Check(t, r, c.in, c.secret)
	}
}

// Class: "Family, Given" as the unquoted value of a role key, running to
// the value's end.
func TestChat18RoleCommaTail(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"GET /unsubscribe?coupon=VIP-15&username_display=Fakeface%2C+Agus&amount=Rp", "Agus"},
		{"POST /v1/config HTTP/1.1\r\nX-Approved-By: Fakevik, Mathilde\r\nX-Idempotency-Key: abc", "Mathilde"},
		{"commenter=Sjöfake, Alva&buyer_email=x", "Alva"},
	} {
		chat18Check(t, r, c.in, c.secret)
	}
	chat18Keep(t, r, "owner=Payments, Platform team=core")
}
