package redact

import (
	"encoding/base64"
	"strings"
	"testing"
	"unicode/utf8"
)

// Base64 of text is read decoded: a run that holds PII goes whole (padded or
// not, standard or URL-safe, cut short by a line limit); base64 of text
// without PII, of binary data, hex and words stay.
func TestEnc31Base64Text(t *testing.T) {
	std := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	raw := func(s string) string { return base64.RawURLEncoding.EncodeToString([]byte(s)) }
	pii := std(`{"event":"refund","email":"jane.roe@example.com"}`)
	card := raw(`{"card_number":"4111 1111 1111 1111","exp":"08/30"}`)
	cut := std(`{"resident_id":"11010519491231002X","note":"Übergabe an Nachbarn"}`)
	cut = cut[:len(cut)-7]
	addr := std("Ship to: 14 Rue des Lilas, 75011 Paris, phone +33 6 12 34 56 78.")
	quiet := std(`{"event":"stock.updated","sku":"MUG-1","qty":3}`)
	digest := base64.StdEncoding.EncodeToString([]byte{0x9f, 0x01, 0xc3, 0x7e, 0x00, 0x44, 0xfe, 0x10, 0x88, 0x21, 0x35, 0x90, 0xab, 0xcd, 0xef, 0x01, 0x02, 0x03, 0x04, 0x05, 0x06})
	cred27Check(t, []struct{ in, secret string }{
		{"relay forwarded webhook payload_b64=" + pii, pii[:30]},
		{`{"body":"` + card + `","status":200}`, card[:30]},
		{"queue message " + cut + " (truncated)", cut[:30]},
		{"X-Original-Body: " + addr, addr[:30]}, // (padded: base64 without a JSON or XML prefix, padding or a base64 key is not read)
	}, []struct{ in, value string }{
		{"relay forwarded webhook payload_b64=" + quiet, quiet},
		{"X-Digest: sha-256=" + digest, digest},
		{"commit 9f2c4e1d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e deployed", "9f2c4e1d8b7a6f5e4d3c2b1a0f9e8d7c6b5a4f3e"},
		{"GET /api/v1/catalog/products/summer-collection-2026/items 200", "/api/v1/catalog/products/summer-collection-2026/items"},
		{"trace=4bf92f3577b34da6a3ce929d0e0e4736 span=00f067aa0ba902b7", "4bf92f3577b34da6a3ce929d0e0e4736"},
	})
}

// A URL path's segment is read alone: a card, an IBAN, a resident id, an
// e-mail or a phone that is the whole segment goes (percent-encoded too);
// digits alone are taken only as what their check digits vouch for, so an
// order's number, a timestamp and a bank's reference after "//" stay, and a
// service principal is no URL.
func TestEnc31PathSegments(t *testing.T) {
	cred27Check(t, []struct{ in, secret string }{
		{"url.original=/search/4111 1111 1111 1111?page=2", "1111 1111"},
		{"GET /search/4111%201111%201111%201111 200", "4111%20"},
		{"GET /customers/jane.roe%40example.com/orders 200", "jane.roe"},
		{`{"url":"/v2/payouts/GB82WEST12345698765432/status"}`, "GB82WEST12345698765432"},
		{"GET https://shop.example/search/+44%2020%207946%200958?q=1 200", "7946"},
		{"url.original=/verify/11010519491231002X", "11010519491231002X"},
	}, []struct{ in, value string }{
		{"GET /api/v1/orders/5926517745908/items 200", "5926517745908"},
		{"GET /api/v1/orders/1716251913190 200", "1716251913190"},
		{"GET /api/v1/shipments/2026-03-14/2041598862 200", "2041598862"},
		{":61:2610140222C8901,32NTRFNONREF//4000056655665556", "4000056655665556"},
		{"ktpass /princ HTTP/erp.corp.example.test@CORP.EXAMPLE.TEST /mapuser svc", "CORP.EXAMPLE.TEST"},
		{"GET /static/app.3f9a0c1d2b4e5f60.js 200", "app.3f9a0c1d2b4e5f60.js"},
	})
}

// A base64 run cut by a line limit inside a multi-byte character is still
// read: the partial character is dropped, whatever the cut's length.
func TestEnc31Base64CutInsideCharacter(t *testing.T) {
	full := base64.StdEncoding.EncodeToString([]byte(`{"email":"jane.roe@example.com","note":"配達は午後にお願いします"}`))
	var catch []struct{ in, secret string }
	midChar := 0
	for k := 1; k <= 12; k++ {
		cut := full[:len(full)-k]
		n := len(cut) - len(cut)%4
		if len(cut)%4 > 1 {
			n = len(cut)
		}
		if dec, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(cut[:n], "=")); err == nil && !utf8.Valid(dec) {
			midChar++
		}
		catch = append(catch, struct{ in, secret string }{"relay payload_b64=" + cut + " (truncated)", cut[:30]})
	}
	if midChar == 0 {
		t.Fatal("no cut falls inside a character: the test checks nothing")
	}
	cred27Check(t, catch, nil)
}
