package redact

import (
	"strings"
	"testing"
)

// Credentials without a '=' or ':' between key and value, in the cells of
// a row that holds PII, in an X12 REF, on the new side of a change record,
// and repeated by another field of the event. All values are made up.

// A credential's key, one token or two words, then a space and the value:
// quoted as exception messages list fields, or bare and shaped as an issued
// secret.
func TestCreds18SpacedKeyValue(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"status=sent: x-api-key FAKEvpERdLfgILIhgxzW / etag 0000deadbeef", "FAKEvpERdLfgILIhgxzW"},
		{"attachment stored: AmazonOrderId 199-0000000-0000000, X-Api-Key 00fa4e0000fa4e0000fa4e0000fa4e0000fa4e0000fa4e0000fa4e0000fa4e00, status SHIPPED", "00fa4e0000fa4e0000fa4e0000fa4e0000fa4e0000fa4e0000fa4e0000fa4e00"},
		{"invoice posted: X-Api-Key 0fa4e0000fa4e0000fa4e0000fa4e000. batch LOT 70R0000", "0fa4e0000fa4e0000fa4e0000fa4e000"},
		{"callback scheduled: api secret 0fa4e0000fa4e0000fa4e0000fa4e000 - pickup time 06:15-14:45", "0fa4e0000fa4e0000fa4e0000fa4e000"},
		{"callback scheduled: api secret: 0fa4e0000fa4e0000fa4e0000fa4e000; event id 1", "0fa4e0000fa4e0000fa4e0000fa4e000"},
		{"emp no: E000000\nclient  secret  FakeT2OHVfmLIIyTxiOfckCek2MjtFyEC\nwarehouse: Fake DC", "FakeT2OHVfmLIIyTxiOfckCek2MjtFyEC"},
		{"invalid consignee: handynummer '(000) 000-0000', otp '0882', e_mail 'nobody@example.com'", "0882"},
		{"upsert buyer (otp '6407', client_secret 'FAKEhtiFqY4Eav9sA9r+F1eowXLn1Z//CEd6NK3m=')", "6407"},
		{"invalid consignee: appSecret 'FAKEfNOLwo3Mk+C945TGqHobmGy/n1tiy0GNL+qS=', numero_tarjeta 'none'", "FAKEfNOLwo3Mk"},
		{"invalid consignee: Cookie 'PHPSESSID=fake0R69NYHMkco9mVUCjJMZk9Rw3pHpf', kontonummer 'none'", "fake0R69NYHMkco9mVUCjJMZk9Rw3pHpf"},
	} {
		got := r.String(c.in)
		if strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
		if again := r.String(got); again != got {
			t.Errorf("not idempotent:\n once:  %s\n twice: %s", got, again)
		}
	}
	// keys of other things, and words, hosts, slugs and digests after a key
	for _, s := range []string{
		"idempotency key 8f14e45fceea167a5a36dedd4bea2543 reused",
		"partition key a1b2c3d4e5f6a7b8c9d0 and cache key Ab3dE5fG7hI9jK1lM",
		"api key missing for merchant M-1; x-api-key header-missing-in-request",
		"sha256 08eddf03bf98e5e67b35bf4469b10d3a1449910ddb89740ef7c9b5f3b26370da commit 54fdc077ee24b5d2f888148befcdce93db3868de",
		"token bucket refill 0001 every 30s",
		"secret rotation scheduled for 2026-12-01",
	} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

// A generated password or an issued key as a cell of a row that holds
// other PII, wherever it stands: first, last, or starting or ending with a
// symbol.
func TestCreds18RowPasswordCells(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{`Statistician,!29X5FkLp-4,"+86 134 0000 0000",rma_approved_v2,WH-STAFF-0000,Bellhop`, "!29X5FkLp-4"},
		{`"Fake Cross-Dock";fake.person@example.com;-kx2VfGw#Y2;"422 Unprocessable Entity"`, "-kx2VfGw#Y2"},
		{`F7N?faxHiZCq%Vjnb9,20240907,"Fake Freight Ltd",fake.person@example.com,FR0000000000`, "F7N?faxHiZCq%Vjnb9"},
		{`"Fake Ricambi S.r.l.";fake.person@example.com;7trQZfZ7BfnBq7E4.`, "7trQZfZ7BfnBq7E4"},
		{`Xfake0pbc9aRYumklPMsOb5u8waWaXzTSBYwnYCoi,PO00000000,fake.person@example.com,MX-0000-GN,"25 Sep 2025"`, "Xfake0pbc9aRYumklPMsOb5u8waWaXzTSBYwnYCoi"},
	} {
		got := r.String(c.in)
		if strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
		if again := r.String(got); again != got {
			t.Errorf("not idempotent:\n once:  %s\n twice: %s", got, again)
		}
	}
	// ids, versions, model numbers, trace headers, hex digests and label
	// printer commands in rows that hold PII
	for _, c := range []struct{ in, keep string }{
		{`SM-G991B,fake.person@example.com,v2.10.3-rc1b,Root=1-53e3aba4-fb5671555e6108a4eeb15985`, "Root=1-53e3aba4-fb5671555e6108a4eeb15985"},
		{`req_Qx6Mpi5b4Mx4vj,fake.person@example.com,WH-STAFF-0000,returns-queue-2`, "req_Qx6Mpi5b4Mx4vj"},
		{`fake.person@example.com,75f8ed594c4ae7b51d3cf290290ee630,1762902518392`, "75f8ed594c4ae7b51d3cf290290ee630"},
		{`^FO40,80^A0N,28,28^FDFake Person^FS^FO40,120^A0N,28,28^FDMC-2024-Ab9x^FS`, "^FO40,120^A0N,28,28^FDMC-2024-Ab9x^FS"},
		{`Lidl-Shop-24,fake.person@example.com,Build-2024.x`, "Lidl-Shop-24"},
		{`MacBook-Pro-16,fake.person@example.com,1`, "MacBook-Pro-16"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.keep) {
			t.Errorf("damaged %q:\n in:  %s\n out: %s", c.keep, c.in, got)
		}
	}
}

// A random key in an X12 REF segment: X12 ids are capitals and digits.
func TestCreds18X12RefSecret(t *testing.T) {
	r := newDamageRedactor(t)
	in := "ISA*00*          *00*          *ZZ*SELLEREDI      *ZZ*FAKEBUYER *261206*0412*U*00401*000000001*0*P*>~ST*850*0001~N1*ST*Fake Person~REF*ZZ*dj4MCREMsdMRlvHdAoIbOJOCtD6K6vFake~REF*PO*SO000001~REF*ZZ*56utJ!a7d9fM3DYHp#~REF*BM*0000000212313883~SE*9*0001~"
	got := r.String(in)
	for _, secret := range []string{"dj4MCREMsdMRlvHdAoIbOJOCtD6K6vFake", "56utJ!a7d9fM3DYHp#"} {
		if strings.Contains(got, secret) {
			t.Errorf("kept %q:\n out: %s", secret, got)
		}
	}
	for _, id := range []string{"SO000001", "0000000212313883", "REF*PO*"} {
		if !strings.Contains(got, id) {
			t.Errorf("damaged %q:\n out: %s", id, got)
		}
	}
}

// The new value of a change record, quoted after a bare old value.
func TestCreds18ArrowQuotedNewValue(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{`config diff: sftp_pass: *FakeuJ4uz? -> "ZmFrZTpmYWtlLXBhc3N3b3JkLTA=" case_id=CASE-0000-000`, "ZmFrZTpmYWtlLXBhc3N3b3JkLTA="},
		{`config diff: smtp_pass: Kd9fLq2mZx7Pw -> 'Zx8Lq2mKd9fPw' actor=admin`, "Zx8Lq2mKd9fPw"},
	} {
		got := r.String(c.in)
		if strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
	}
}

// A secret found in one field is redacted where a later field of the same
// event repeats it whole; a four-digit value is not chased.
func TestCreds18EventEcho(t *testing.T) {
	r := newDamageRedactor(t)
	lines := [][]byte{
		[]byte(`{"@timestamp":"2026-12-01T00:00:00Z","message":"graphql error","graphql.variables":"{\"input\":{\"code\":\"014380\",\"address\":\"12 Fake Street, Faketown 00000\"}}","graphql.errors":[{"message":"invalid","extensions":{"code":"BAD_USER_INPUT","invalidArgs":{"code":"014380"}}}]}`),
		[]byte(`{"@timestamp":"2026-12-01T00:00:00Z","message":"login failed: password=Fake7Pass9Word! for user","retry.body":"Fake7Pass9Word!","year":"2026"}`),
	}
	out := redactLines(t, r, lines)
	for i, secret := range []string{"014380", "Fake7Pass9Word!"} {
		if strings.Contains(out[i], secret) {
			t.Errorf("kept %q:\n out: %s", secret, out[i])
		}
	}
	if !strings.Contains(out[1], `"2026"`) {
		t.Errorf("damaged the year:\n out: %s", out[1])
	}
}

// A PIN under a key that names what it unlocks, or "pin_code"; India's
// postcode under "pincode" beside an address stays.
func TestCreds18PinKeys(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{`rewards: store_location="Fake Center" pin_code=578957 seller_sku_2=X`, "578957"},
		{`{"payload":{"review_id":"rv_fake","pin_code":"941363"}}`, "941363"},
		{"GET /api/v2/loyalty/lookup?discount_code=BDAY50&card_pin=64786&order=1", "64786"},
		{"invalid payload: &{PinCode:7610 SmsOptIn:true}", "7610"},
		{`{"member":"M-1","wallet_pin":"74245"}`, "74245"},
	} {
		if got := r.RedactText(c.in); strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
	}
	for _, c := range []struct{ in, keep string }{
		{`{"address":"12 Fake Road, Bengaluru","pincode":"560094"}`, "560094"},
		{`{"shipping_address":{"line1":"12 Fake Road","pincode":"560094"}}`, "560094"},
		{"spin=3 pushpin=4 mapping=5", "pushpin=4"},
	} {
		if got := r.RedactText(c.in); !strings.Contains(got, c.keep) {
			t.Errorf("damaged %q:\n in:  %s\n out: %s", c.keep, c.in, got)
		}
	}
}

// A live-streaming platform's stream key, whatever key it is logged under.
func TestCreds18StreamKey(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"msg=\"comment matched\" streamKey=live_868574513_FAKE6R6AVdGu5GwYqB3lp9QnhRi4hB", "FAKE6R6AVdGu5GwYqB3lp9QnhRi4hB"},
		{`{"stream_key":"live_614966183_GnvM9x7ZhQyfsU0ZTnfRfaOgPeFake","x":1}`, "GnvM9x7ZhQyfsU0ZTnfRfaOgPeFake"},
	} {
		if got := r.RedactText(c.in); strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
	}
	for _, s := range []string{"live_stream_status=ok live_2024_summer", "stream live_123456789_abcdefghijklmnopqrstuvwxyz ended"} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}
