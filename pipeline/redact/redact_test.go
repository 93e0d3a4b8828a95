package redact

import (
	"strings"
	"testing"
)

func newDefault(t testing.TB) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Each case names a kind and text holding one value of it: the value must
// disappear and exactly that marker appear.
func TestDetectors(t *testing.T) {
	r := newDefault(t)
	cases := []struct {
		kind, in, secret string
	}{
		{"email", "contact jane.doe+shop@example.co.uk please", "jane.doe+shop@example.co.uk"},
		{"email", "GET /api/users?email=jane%40example.com&x=1", "jane%40example.com"},
		{"email", `{"buyer":{"email":"a.b@mail.example.org"}}`, "a.b@mail.example.org"},
		{"phone", "call +1 (415) 555-2671 now", "+1 (415) 555-2671"},
		{"phone", "US (415) 555-2671", "(415) 555-2671"},
		{"phone", "US 415-555-2671.", "415-555-2671"},
		{"phone", "US 415.555.2671", "415.555.2671"},
		{"phone", "US 1-415-555-2671", "1-415-555-2671"},
		{"phone", "E164 +14155552671", "+14155552671"},
		{"phone", "UK 020 7946 0958", "020 7946 0958"},
		{"phone", "UK +44 20 7946 0958", "+44 20 7946 0958"},
		{"phone", "UK +44 (0)20 7946 0958", "+44 (0)20 7946 0958"},
		{"phone", "UK 07700 900123", "07700 900123"},
		{"phone", "DE 030 12345678", "030 12345678"},
		{"phone", "DE 030/1234567", "030/1234567"},
		{"phone", "DE +49 151 23456789", "+49 151 23456789"},
		{"phone", "FR 06 12 34 56 78", "06 12 34 56 78"},
		{"phone", "FR 06.12.34.56.78", "06.12.34.56.78"},
		{"phone", "FR +33 6 12 34 56 78", "+33 6 12 34 56 78"},
		{"phone", "JP 090-1234-5678", "090-1234-5678"},
		{"phone", "JP 03-1234-5678", "03-1234-5678"},
		{"phone", "CN 13812345678", "13812345678"},
		{"phone", "CN 138 1234 5678", "138 1234 5678"},
		{"phone", "CN +86 138 1234 5678", "+86 138 1234 5678"},
		{"phone", "SG 9123 4567", "9123 4567"},
		{"phone", "SG +65 9123 4567", "+65 9123 4567"},
		{"phone", "MY 012-345 6789", "012-345 6789"},
		{"phone", "TH 02 123 4567", "02 123 4567"},
		{"phone", "Indonesia 0812-3456-7890", "0812-3456-7890"},
		{"phone", "PH 0917 123 4567", "0917 123 4567"},
		{"phone", "VN 091 234 56 78", "091 234 56 78"},
		{"phone", "BR (11) 91234-5678", "(11) 91234-5678"},
		{"phone", "BR 11 91234-5678", "11 91234-5678"},
		{"phone", "MX 55 1234 5678", "55 1234 5678"},
		{"phone", "AU 0412 345 678", "0412 345 678"},
		{"phone", "AU (02) 1234 5678", "(02) 1234 5678"},
		{"phone", "phone: 5551234", "5551234"},
		{"phone", "tel=4155552671&x=1", "4155552671"},
		{"phone", "手机：13812345678", "13812345678"},
		{"card", "paid with 4111 1111 1111 1111 ok", "4111 1111 1111 1111"},
		{"card", "card 4111-1111-1111-1111", "4111-1111-1111-1111"},
		{"card", "amex 378282246310005", "378282246310005"},
		{"card", "amex 3782 822463 10005", "3782 822463 10005"},
		{"card", "mc 5555555555554444", "5555555555554444"},
		{"iban", "iban DE89370400440532013000 ok", "DE89370400440532013000"},
		{"iban", "IBAN: GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32"},
		{"cn_id", "身份证 11000019900101003X", "11000019900101003X"},
		{"credential", "Authorization: Bearer abcdef0123456789xyz", "abcdef0123456789xyz"},
		{"credential", "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0In0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"},
		{"credential", "key AKIAIOSFODNN7EXAMPLE used", "AKIAIOSFODNN7EXAMPLE"},
		{"credential", "shopify shpat_0123456789abcdef0123456789abcdef", "shpat_0123456789abcdef0123456789abcdef"},
		{"credential", "lwa Atzr|IwEBIJ3xxxxxxxxxxxxxxxxxxxxxx_yyyy", "Atzr|IwEBIJ3xxxxxxxxxxxxxxxxxxxxxx_yyyy"},
		{"credential", "stripe sk_live_51Habcdefghijklmnop", "sk_live_51Habcdefghijklmnop"},
		{"credential", "gh ghp_abcdefghijklmnopqrstuvwxyz0123456789", "ghp_abcdefghijklmnopqrstuvwxyz0123456789"},
		{"credential", "login password=hunter2 ok", "hunter2"},
		{"credential", "key -----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY----- loaded", "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA\n-----END RSA PRIVATE KEY-----"},
		{"credential", `{"client_secret": "s3cr3t value"}`, "s3cr3t value"},
		{"credential", "X-Api-Key: abc123xyz", "abc123xyz"},
		{"credential", `payload "{\"access_token\":\"tok-123\"}"`, "tok-123"},
		{"name", "name=John Smith&x=1", "John Smith"},
		{"name", "name=jane roe", "jane roe"},
		{"phone", "call +1 415-555-2671x23 today", "+1 415-555-2671"},
		{"address", "shipped order 114-3941689-8772232 to Jane Roe, 9 Elm Rd, Leeds LS1 4AB via DHL 1234567890", "Jane Roe, 9 Elm Rd, Leeds LS1 4AB"},
		{"credential", "path /v1/12ab/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl ok", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl"},
		{"credential", "ref=123-password=hunter2", "hunter2"},
		{"address", "label created, ship to: 9 Elm Rd, Leeds; done", "9 Elm Rd, Leeds"},
		{"phone", "order +1 415 555 2671", "+1 415 555 2671"},
		{"phone", "order 12345 415-555-2671", "415-555-2671"},
		{"name", "收货人：张三，电话", "张三"},
		{"name", `"recipient_name": "Ana María"`, "Ana María"},
		{"address", "ship to 12 Main St, Springfield, IL 62704; tracking 1Z999AA10123456784", "12 Main St, Springfield, IL 62704"},
		{"address", "收货地址：某某市某某区某某路1号 电话", "某某市某某区某某路1号"},
		{"address", "address: 4 Rue de Rivoli, 75001 Paris | ok", "4 Rue de Rivoli, 75001 Paris"},
	}
	for _, c := range cases {
		got := r.String(c.in)
		want := strings.Replace(c.in, c.secret, "[REDACTED:"+c.kind+"]", 1)
		if got != want {
			t.Errorf("%s: %q\n got %q\nwant %q", c.kind, c.in, got, want)
		}
	}
}

// Look-alikes must come through untouched.
func TestLookAlikes(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{
		"order 114-3941689-8772232 shipped",
		"amazon order id 114-3941689-8772232",
		"shopify order #1001 and #10234",
		"order_id=5467891234567",
		"trace 4bf92f3577b34da6a3ce929d0e0e4736 span 00f067aa0ba902b7",
		"uuid 550e8400-e29b-41d4-a716-446655440000",
		"at 2026-11-25T08:03:00.123Z took 1764062580123 ms",
		"epoch 1764062580 and 1764062580123 and 1800000000000004",
		"sku SKU-4111111111111111 and AB-1234-XL and 12345-BLK",
		"tracking 1Z999AA10123456784 and 9400 1000 0000 0000 0000 00 and LK123456789CN",
		"amount $1,234.56 EUR 99.90 status 429 took 1234567 ns",
		"version 1.2.3 and v10.4.12 build 2026.11.25",
		"ip 192.168.100.200 port 8080",
		"date 2026-11-25 and 11/25/2026 and 25.11.2026",
		"GET https://example.com/orders?page=2&limit=50",
		"service amazon-api retries 3 of 5",
		"sent request to api.example.com; shipped 40 units. retry to 3 times",
		"at 2026-11-25 08:03:00,123 and 25/11/2026 08:03 and 20261125T080300Z and 1764062580.123",
		"total 1 234 567,89 EUR and 12 345 678 units",
		"asin B07XJ8C8F5 listing 1234567890 marketplace ATVPDKIKX0DER",
		"tiktok order 576461413038785752 and lazada 345678901234567",
		"GET /orders/v0/orders?CreatedAfter=2026-11-25T07:00:00Z&MarketplaceIds=ATVPDKIKX0DER",
		"span.id=00f067aa0ba902b7 parent 0000000000000001",
		"ES bulk took 1234 ms, 500 docs, 0 errors, seq_no 98765432101",
		"pid 12345 thread 140234567890123",
		`job payload {"name":"order-sync","host":"worker-3"} name=amazon-api`,
	} {
		if got := r.String(in); got != in {
			t.Errorf("damaged: %q\n    → %q", in, got)
		}
	}
}

func TestIdempotent(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{
		"name=Jane Roe phone +1 415 555 2671 card 4111111111111111 email j@x.io password=pw ship to 1 Main St",
		// Digits glued by '+' to a value read alike whether the value or
		// its marker stands before them.
		"Rua das Flores 20+0100000000 x",
		"NAD+DP++Rua das Flores 20+010000000'",
		"NAD+++++00+010000000'AAA+0",
		"Rua das Flores 20+4953760253465205 x",
		// A trunk-bracketed number glued by a bracket to more digits: one
		// run, read alike by both passes.
		"0100(0)00000(0100000000",
		"call 0100(0)00000(0100000000 now",
	} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("second pass changed %q\n to %q", once, twice)
		}
	}
}

func TestNoAllocWhenClean(t *testing.T) {
	if raceEnabled {
		t.Skip("the race detector makes sync.Pool drop items, so it allocates")
	}
	r := newDefault(t)
	s := "order sync completed for shop S12 in 340 ms"
	if n := testing.AllocsPerRun(100, func() { _ = r.String(s) }); n != 0 {
		t.Errorf("String allocated %v times on clean text", n)
	}
}

func TestKeyClass(t *testing.T) {
	for _, suf := range credSuffix {
		for _, k := range []string{suf, "db" + suf, "shopify" + suf} {
			if got := keyClass([]byte(k)); got != keyCred {
				t.Errorf("keyClass(%q) = %d, want credential", k, got)
			}
		}
	}
	for k, want := range map[string]int{"authorization": keyAuth, "proxyauthorization": keyAuth, "name": keyName,
		"buyername": keyName, "jobname": keyNone, "shippingaddress": keyAddress, "buyerphone": keyPhone,
		"orderid": keyID, "trackingnumber": keyID, "cvv": keyCard, "cardnumber": keyCardCtx, "tokentype": keyNone, "servicename": keyNone} {
		if got := keyClass([]byte(k)); got != want {
			t.Errorf("keyClass(%q) = %d, want %d", k, got, want)
		}
	}
}
