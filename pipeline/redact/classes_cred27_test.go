package redact

import (
	"strings"
	"testing"
)

// cred27Check runs text (String) or NDJSON (Event) cases: each secret must
// be gone from the output, and each keep input must come out as it went in
// (its values all present).
func cred27Check(t *testing.T, catch []struct{ in, secret string }, keep []struct{ in, value string }) {
	t.Helper()
	r := newDefault(t)
	out := func(in string) string {
		if strings.HasPrefix(in, "{\"@timestamp\"") {
			return keep22Event(t, r, in)
		}
		return r.String(in)
	}
	for _, c := range catch {
		o := out(c.in)
		if strings.Contains(o, c.secret) {
			t.Errorf("secret %q kept: %s", c.secret, o)
		}
		if o2 := out(o); o2 != o {
			t.Errorf("twice differs from once:\n%s\n%s", o, o2)
		}
	}
	for _, c := range keep {
		if o := out(c.in); !strings.Contains(o, c.value) {
			t.Errorf("%q changed: %s", c.value, o)
		}
	}
}

// A base32 TOTP seed with a single digit among its 32 characters, and a
// generated password with a dot among other symbols (or opening with a
// symbol), are read as the shapes they are; capitals with few letters, an
// enum, a host and a version stay.
func TestCred27Shapes(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"binding parameter [2] as [VARCHAR] - [QWERTZUIOPLKJHGFDSAYXCVBNM4QWERT]\nbinding parameter [3] as [VARCHAR] - [+34 611 22 33 44]", "QWERTZUIOPLKJHGFDSAYXCVBNM4QWERT"},
		{`could not normalise args=["113-0000000-0000001", "MNBVCXYLKJHGFDSAPOIUZTREWQ5MNBVC", "+65-9000-0001"]`, "MNBVCXYLKJHGFDSAPOIUZTREWQ5MNBVC"},
		{"insert into buyer_mfa (buyer_ref, email, totp_secret) values (?, ?, ?)\nbinding parameter [1] as [VARCHAR] - [ana.lima@example.com]\nbinding parameter [2] as [VARCHAR] - [ZXCVBNMASDFGHJKLQWERTYUIOP3ZXCVB]", "ZXCVBNMASDFGHJKLQWERTYUIOP3ZXCVB"},
		{"Label for order {0}=110000-20260101-0000000001 failed: {1}=ana.lima@example.com {2}=.qWE7*RtY!u*Io (ean 4000000000002)", "qWE7*RtY!u*Io"},
		{"Label for order {0}=110000-20260101-0000000001 failed: {1}=Kv.8m!Pq*Lw.Zt", "Kv.8m!Pq*Lw.Zt"},
		{"import line 7: 4000000000002,ana.lima@example.com,!Hx5k*Vb~Qn2", "Hx5k*Vb~Qn2"},
	}, []struct{ in, value string }{
		{`args=["x", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2A"]`, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA2A"},
		{`args=["x", "ORDERSTATUSPENDINGPAYMENTREVIEW2"]`, "ORDERSTATUSPENDINGPAYMENTREVIEW2"},
		{"failed: {1}=api.v2.shop-example.com {2}=release-4.2.1", "api.v2.shop-example.com"},
		{"failed: {1}=Report.2024.Q3.final", "Report.2024.Q3.final"},
		{"row 3: 4000000000002,.gitignore,...done", ".gitignore"},
		{"failed: {1}=*.Log.2024!", "*.Log.2024!"},
	})
}

// A bare "code" whose record the readers did not see: a PHP dump's block,
// an INSERT's column beside a buyer's columns, a request's headers,
// ActiveRecord's bind pairs; and a bare "pin" with no address in its
// event, or after an address that has its own postcode. Codes of a
// response, an error's record, a table of places or promotions, and
// India's postcode beside its address stay.
func TestCred27Codes(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"array(3) {\n  [\"id\"]=>\n  string(4) \"1001\"\n  [\"code\"]=>\n  string(6) \"604812\"\n  [\"buyer_phone\"]=>\n  string(13) \"+44 7700 900123\"\n}", "604812"},
		{"Array\n(\n    [code] => 77310\n    [email] => ana.lima@example.com\n)", "77310"},
		{"INSERT INTO rewards (code, sku, buyer_phone, buyer_name) VALUES ('881204', 'TSH-RED-M', '+44 7700 900123', 'Ana Lima');", "881204"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","msg":"request errored","req":{"method":"POST","headers":{"host":"shop.example","code":"7734"}},"res":{"statusCode":401}}`, "7734"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"verify","http.request.headers.code":"30917"}`, "30917"},
		{`POST /verify failed: {"req":{"headers":{"host":"shop.example","code":"5521"}}}`, "5521"},
		{`Orders Load (1.2ms)  SELECT "orders".* FROM "orders" WHERE code = $1 LIMIT $2  [["code", "4408123"], ["LIMIT", 1]]`, "4408123"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"wallet PIN reset","buyer_phone":"+44 7700 900123","pin":"530118"}`, "530118"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"x","body":"{\"shipping_address\":\"12 MG Road, Bengaluru - 560001\",\"PIN\":\"418820\"}"}`, "418820"},
	}, []struct{ in, value string }{
		{"array(2) {\n  [\"code\"]=>\n  string(4) \"4001\"\n  [\"message\"]=>\n  string(6) \"failed\"\n  [\"email\"]=>\n  string(20) \"ana.lima@example.com\"\n}", "4001"},
		{"array(2) {\n  [\"code\"]=>\n  string(4) \"4001\"\n  [\"sku\"]=>\n  string(9) \"TSH-RED-M\"\n}", "4001"},
		{"INSERT INTO postal_codes (code, city, phone) VALUES ('560001', 'Bengaluru', '+91 80 4000 0000');", "560001"},
		{"INSERT INTO promo_codes (code, buyer_email) VALUES ('2024', 'ana.lima@example.com');", "'2024'"},
		{"INSERT INTO error_log (code, message, buyer_phone) VALUES ('5003', 'timeout', '+44 7700 900123');", "5003"},
		{"INSERT INTO items (code, sku, price) VALUES ('4411', 'TSH-RED-M', '19.90');", "4411"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"proxied","res":{"headers":{"code":"2001"}}}`, "2001"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"proxied","http.response.headers.code":"2001"}`, "2001"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"buyer","pin":"560001","city":"Bengaluru"}`, "560001"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"buyer","address_line1":"12 MG Road","pin":"560001"}`, "560001"},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"x","body":"{\"shipping_address\":\"12 MG Road, Bengaluru - 560001\",\"pin\":\"560001\"}"}`, `pin\":\"560001`},
		{`{"@timestamp":"2026-12-01T00:00:00Z","message":"x","body":"{\"shipping_address\":\"12 MG Road, Bengaluru\",\"pin\":\"560001\"}"}`, `pin\":\"560001`},
	})
}

// A quoted cell of a pipe-delimited row is read as a quoted cell of a
// comma row is: a password there is redacted; ids, amounts and words in
// quotes stay.
func TestCred27QuotedPipeCells(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{`export row 12: 1001|"Ana Lima"|"harbor482_17"|+44 7700 900123`, "harbor482_17"},
		{`export row 13: 1002|ana.lima@example.com|"Vq8mLx2RtZ7p"|GBP 12.50`, "Vq8mLx2RtZ7p"},
	}, []struct{ in, value string }{
		{`export row 14: 1003|"Ana Lima"|"TSH-RED-M-0042"|"GBP 12.50"|"2026-12-01"`, "TSH-RED-M-0042"},
		{`export row 15: 1004|"Ana Lima"|"server01"|"release_2024"`, "release_2024"},
	})
}
