package redact

import (
	"strings"
	"testing"
)

// Tests for the classes of nm32_*.go. The names are made up
// ("Testovici", "Fakeberg"); the given names are common ones.

// Class: a PHP dump's type word is no key's value. var_dump printed on
// one line ("=> string(15) \"…\"") has the quoted string read as the
// value; the types that hold no value ("array(2) {", "NULL",
// "bool(false)", "object(…)") are no value at all, and the word "string"
// is never redacted, nor chased through the rest of the dump.
func TestNM32DumpTypes(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ line, name string }{
		{`var_dump: array(3) { ["sku"]=> string(11) "LDM-0136-CN" ["nombre"]=> string(16) "Mateo Testovici" ["ordersn"]=> string(14) "2305745YQPCY1F" }`, "Testovici"},
		{`array(2) { ["buyer"]=> array(1) { ["full_name"]=> string(12) "Ana Fakeberg" } ["sku"]=> string(5) "A-100" }`, "Fakeberg"},
		{`array(2) { ["name"]=> NULL ["buyer_name"]=> string(12) "Ana Fakeberg" }`, "Fakeberg"},
		{`array(1) { ["street"]=> string(21) "Testovici Strasse 12" }`, "Testovici"},
	} {
		out := r.String(tc.line)
		if strings.Contains(out, tc.name) {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
		if !strings.Contains(out, "string(") || strings.Contains(out, "](1") || strings.Contains(out, "](2") {
			t.Errorf("type word redacted: %s\n→ %s", tc.line, out)
		}
		n21Idem(t, r, out)
	}
	// traps: dumps of no person's values, the types kept; a title in a
	// dump is left to be
	for _, line := range []string{
		`var_dump: array(2) { ["title"]=> string(26) "🇹🇭 ชาไทย 🧋 x2" ["sku"]=> string(5) "A-100" }`,
		`var_dump: array(2) { ["nombre"]=> NULL ["sku"]=> string(11) "LDM-0136-CN" }`,
		`array(2) { ["name"]=> bool(false) ["total"]=> float(1.5) }`,
		`array(2) { ["buyer"]=> object(Buyer)#3 (1) { ["id"]=> int(1) } ["sku"]=> object(Item)#4 (0) {} }`,
		`Array ( [customer] => Array ( [id] => 42 ) [status] => 200 )`,
		`var_dump: array(2) { ["status"]=> string(3) "200" ["app_version"]=> string(7) "9.0.295" }`,
	} {
		if out := r.String(line); out != line {
			t.Errorf("damaged: %s\n→ %s", line, out)
		}
	}
}

// Class: a display name with an emoji before it, unquoted after a key of
// a name, in any script and URL-encoded.
func TestNM32EmojiNames(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ line, name string }{
		{"took=22.938s&buyer_name=%F0%9F%90%B1+Mateo+Testovici&span_id=0724f58237ff720b", "Testovici"},
		{"ts=1784906402076&nome=%F0%9F%91%A9%E2%80%8D%F0%9F%92%BB+Ph%E1%BA%A1m+Testminh&sku=A-1", "Testminh"},
		{"buyer_name=🐱 Ana Fakeberg&span_id=0724f58237ff720b", "Fakeberg"},
		{"enviado: took 2.226s | order_id 5021495819697、收件人=💜 حسین تستی", "تستی"},
		{"recovery: client_ip 10.0.0.1; display_name: 👩‍💻 رضا تستی، total：€52.737,33", "تستی"},
		{"https://shop.example.com/api/v2/checkout?zip=1234&nome=%E2%9C%A8+Ph%E1%BA%A1m+Testan", "Testan"},
		{"recipient: 🇯🇵 Yui Testovici, qty 2", "Testovici"},
	} {
		out := r.String(tc.line)
		if strings.Contains(out, tc.name) {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
		n21Idem(t, r, out)
	}
	// traps: titles and goods with emoji, emoji alone
	for _, line := range []string{
		"title: 🔥 Flash Sale, sku=A-1",
		"product_name: 🔥 Flash Sale, sku=A-1",
		"name: 🔥 Flash Sale, sku=A-1",
		"buyer_name=🐱&sku=A-1",
		"status: ✅ Paid, order 4711",
	} {
		if out := r.String(line); out != line {
			t.Errorf("damaged: %s\n→ %s", line, out)
		}
	}
}

// Class: the key of a name in one script before a name in another, after
// a full-width colon or one space, and after a clause's "、" or "،".
func TestNM32ScriptKeys(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ line, name string }{
		{"refund ok: trace_id c3ab0e7d2987a049ba804edf37bd8822; qty=8個、фио：Ali Testovici, invoice：INV-3371", "Testovici"},
		{"x; фио：Ali Testovici, y", "Testovici"},
		{"注文: title=sale、الاسم：佐藤大翔, date=2021年1月19日", "佐藤大翔"},
		{"account recovery: client_ip=99.214.63.39, όνομα محمد تستی, cuenta：AE21", "تستی"},
		{"support: order #37662; שם ali testovici, port=7896, ts: 1741826115691", "testovici"},
		{"shipped: at refund_handler.rb:841, name خالد تستی、app_version：1.25.125", "تستی"},
		{"paid: client_ip：113.37.161.34、ts: 1718157842002、שם=佐藤結衣; caller：Shop", "佐藤結衣"},
		{"solicitada: ts：1716251913190、이름 田中結衣، 請求書番号: INV-1", "田中結衣"},
		{"返金: status=502 | 氏名 👩‍💻 佐藤さくら、合計 ٦٠ ₺", "佐藤さくら"},
		{"x; nombre محمد تستی, y", "تستی"},
		{"x; الاسم Mostafa Testovici هاتف +20 10.1234.5678", "Testovici"},
		{"x; الاسم Testovici, Mostafa هاتف +20 10.1234.5678", "Mostafa"}, // the family name first, a comma, the given name
	} {
		out := r.String(tc.line)
		if strings.Contains(out, tc.name) {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
		n21Idem(t, r, out)
	}
	// traps: prose in the key's script, things' names, other keys after "、"
	for _, line := range []string{
		"x; name change requested, y",
		"x; имя файла не задано",
		"x; 氏名 変更、y",
		"x; 이름 변경 완료",
		"x; product name 抹茶ラテ 12本入り、y",
		"x; shop name 東京ストア、y",
		"x; city name 東京、y",
		"x; name 🔥 Flash Sale, y",
		"注文、版本：v1.2.3、状态：ok",
	} {
		if out := r.String(line); out != line {
			t.Errorf("damaged: %s\n→ %s", line, out)
		}
	}
	// the name ends at a word of another script: the phone after it is read whole
	for _, line := range []string{
		`{"description":"Payout failed: الطلب 123456 للعميل Mostafa Testovici هاتف +20 10.1234.5678"}`,
		"x; الاسم Mostafa Testovici هاتف +20 10.1234.5678",
	} {
		if out := r.String(line); !strings.Contains(out, "هاتف [REDACTED:phone]") {
			t.Errorf("%s\n→ %s", line, out)
		}
	}
}

// Class: a name searched for, logged as a segment of the search's path.
func TestNM32SearchPath(t *testing.T) {
	r := n21Redactor(t)
	for _, tc := range []struct{ line, name string }{
		{"/search/a@b.com/Testovici%20MISAKI?tiktok_order_id=579814933519607975&date=11.09.2025", "Testovici"},
		{"/search/%D9%85%D8%B1%DB%8C%D9%85%20%DA%A9%D8%B1%DB%8C%D9%85%DB%8C/a@b.com?x=1", "%D9%85%D8%B1%DB%8C%D9%85"},
		{"/search/Khalid%20Al%20TESTOVICI?build=58ea63ab", "TESTOVICI"},
		{"/search/%F0%9F%8C%B8%20%D9%85%D8%B1%DB%8C%D9%85%20%D8%AD%D8%B3%DB%8C%D9%86%DB%8C/a@b.com?order=%2372001", "%D9%85%D8%B1%DB%8C%D9%85"},
		{"GET /api/customers/find/FAKEBERG%20Ren HTTP/1.1", "FAKEBERG"},
	} {
		out := r.String(tc.line)
		if strings.Contains(out, tc.name) {
			t.Errorf("%s\n→ %s", tc.line, out)
		}
		n21Idem(t, r, out)
	}
	// traps: goods, shops and words searched for
	for _, line := range []string{
		"/search/Victoria%20Rose%20Gold%20Watch?build=58ea63ab",
		"/search/Harbin%20Tea%20House?x=1",
		"/search/%E6%8A%B9%E8%8C%B6%E3%83%A9%E3%83%86?x=1",
		"GET /api/search/Grace%20Kelly%20Silk%20Scarf HTTP/1.1",
		"/search/gold%20watch/page/2",
		"/search/%F0%9F%94%A5%20Flash%20Sale?x=1",
	} {
		if out := r.String(line); out != line {
			t.Errorf("damaged: %s\n→ %s", line, out)
		}
	}
}
