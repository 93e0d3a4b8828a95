package redact

import (
	"strings"
	"testing"
)

// Signatures, cursors and references that are no secret, and what stays
// masked beside them (keep25_signed.go). Every value here is made up: the
// digests are base64 or hex of no key, the tokens of no account.

type keep25Case struct {
	name, in string
	keep     []string // must survive verbatim
	gone     []string // must not survive
}

func keep25Run(t *testing.T, cases []keep25Case) {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		out := r.String(c.in)
		for _, k := range c.keep {
			if !strings.Contains(out, k) {
				t.Errorf("%s: %q lost\n in: %s\nout: %s", c.name, k, c.in, out)
			}
		}
		for _, g := range c.gone {
			if strings.Contains(out, g) {
				t.Errorf("%s: %q kept\n in: %s\nout: %s", c.name, g, c.in, out)
			}
		}
		if twice := r.String(out); twice != out {
			t.Errorf("%s: twice differs from once\nonce:  %s\ntwice: %s", c.name, out, twice)
		}
	}
}

const (
	keep25B64a = "ZmFrZS1kaWdlc3QtZm9yLXRlc3RzLTAxMjM0NTY3ODk="                     // 44: a SHA-256 in base64
	keep25B64b = "bm90LWEtcmVhbC1zaWduYXR1cmUtanVzdC10ZXN0LWJ5dGVzLTQy"             // 52
	keep25Hex  = "5f1d0c2b3a49e8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3" // 64
	keep25Tok  = "Atza|IwEBIFakeAccessTokenValue0123456789abcdefXYZ"
	keep25Sec  = "Qx7fakeSecretVal9zzLmN2"
)

// Class: a pagination cursor under a key whose word before "token" names a
// page's position is opaque state, no credential; a token of any other
// name beside it is still masked.
func TestKeep25CursorKeysHoldNoCredential(t *testing.T) {
	cur := "Q3Vyc29yRmFrZVZhbHVlRm9yVGVzdHNPbmx5MDEyMzQ1Njc4OWFiY2RlZg=="
	keep25Run(t, []keep25Case{
		{"logfmt next_token", "fetched page 3/9 next_token=" + cur + " took=412ms", []string{cur, "took=412ms"}, nil},
		{"query NextToken", "GET https://api.example.test/orders/v0/orders?MarketplaceIds=A1FAKE&NextToken=" + cur[:40] + "%3D%3D", []string{cur[:40] + "%3D%3D"}, nil},
		{"json cursors", `{"nextPageToken":"` + cur + `","page_token":"CiAKGmZha2VjdXJzb3I","continuationToken":"eyJvZmZzZXQiOjQwfQ"}`,
			[]string{cur, "CiAKGmZha2VjdXJzb3I", "eyJvZmZzZXQiOjQwfQ"}, nil},
		{"refresh token beside", `{"next_token":"` + cur + `","refresh_token":"` + keep25Tok + `"}`, []string{cur}, []string{"IwEBIFakeAccess"}},
		{"access token beside", "next_token=" + cur + " access_token=" + keep25Sec, []string{cur}, []string{keep25Sec}},
		{"session token", `{"session_token":"` + keep25Sec + `"}`, nil, []string{keep25Sec}},
	})
}

// Class: a shipment's or a document's "key" ("cargoKey", "invoice_key")
// holds its reference; an order's key and an API key stay secrets.
func TestKeep25DocumentKeysHoldReferences(t *testing.T) {
	keep25Run(t, []keep25Case{
		{"cargo and invoice keys", `payload={"cargoKey":"20481234567","invoiceKey":"FT2026-000123","cityName":"Ankara"}`,
			[]string{"20481234567", "FT2026-000123"}, nil},
		{"shipment key", "shipment_key=SHP-77120-A status=created", []string{"SHP-77120-A"}, nil},
		{"api key", `{"cargoKey":"20481234567","apiKey":"` + keep25Sec + `"}`, []string{"20481234567"}, []string{keep25Sec}},
		{"order key", `{"order_key":"wc_order_` + keep25Sec + `"}`, nil, []string{keep25Sec}},
	})
}

// Class: an SNS message's Signature is a public-key signature that its
// SigningCertURL verifies; a "Signature" without it stays masked.
func TestKeep25SNSSignatureIsPublic(t *testing.T) {
	sig := strings.Repeat(keep25B64b, 3) + "AB=="
	env := `{"Type":"Notification","MessageId":"6f0c2a7e-0000-4000-8000-000000000001","Message":"{\"order\":\"171-0000000-0000001\"}","Timestamp":"2026-11-28T08:15:11Z","SignatureVersion":"1","Signature":"` + sig + `","SigningCertURL":"https://sns.eu-west-1.amazonaws.com/SimpleNotificationService-fake.pem"}`
	keep25Run(t, []keep25Case{
		{"sns envelope", env, []string{sig}, nil},
		{"sns in a string", `body="` + strings.ReplaceAll(env, `"`, `\"`) + `"`, []string{sig}, nil},
		{"signature elsewhere", `{"event":"charge","Signature":"` + sig + `"}`, nil, []string{sig[:40]}},
	})
}

// Class: the signature of a signed API request (a query with its Timestamp
// and no expiry; an Authorization list naming its algorithm and signing
// time) is a digest of that request and stays; the access token, user and
// key beside it stay masked. A pre-signed link's signature and a webhook's
// HMAC header stay masked.
func TestKeep25RequestSignaturesStay(t *testing.T) {
	keep25Run(t, []keep25Case{
		{"signed query", "https://mws.example.test/Orders/2013-09-01?AWSAccessKeyId=AKIAFAKEFAKE0000&Action=ListOrders&MWSAuthToken=" + keep25Sec +
			"&SignatureVersion=2&SignatureMethod=HmacSHA256&Timestamp=2026-11-20T15%3A35%3A28Z&Version=2013-09-01&Signature=" + keep25B64a[:43] + "%3D",
			[]string{keep25B64a[:43] + "%3D"}, []string{keep25Sec}},
		{"signed query, hex", "https://sellercenter.example.test/?Action=GetOrders&Timestamp=2026-12-11T03%3A50%3A23%2B01%3A00&UserID=seller%40example.com&Version=1.0&Signature=" + keep25Hex,
			[]string{keep25Hex}, []string{"seller%40example.com"}},
		{"signed query, access token", "GET /api/v2/orders?partner_id=1000001&timestamp=1732122095&access_token=" + keep25Sec + "&Signature=" + keep25Hex,
			[]string{keep25Hex}, []string{keep25Sec}},
		{"presigned link", "https://exports.example.test/r.csv?GoogleAccessId=svc%40fake.iam.example&Expires=1797158941&Signature=" + keep25B64b,
			nil, []string{keep25B64b[:20]}},
		{"query without a timestamp", "https://api.example.test/hook?id=7&Signature=" + keep25Hex, nil, []string{keep25Hex[:20]}},
		{"signed params", "Authorization: CEA algorithm=HmacSHA256, access-key=0e1c5c32-8d6e-4f1a-9d3b-3f1b2b8c9a10, signed-date=261201T164509Z, signature=" + keep25Hex + "\nX-Requested-By: A00000001",
			[]string{keep25Hex, "signed-date=261201T164509Z"}, []string{"0e1c5c32-8d6e"}},
		{"params without a signing time", "Authorization: XYZ algorithm=HmacSHA256, access-key=k1, signature=" + keep25Hex, nil, []string{keep25Hex[:20]}},
		{"AWS v4 list", "authorization: AWS4-HMAC-SHA256 Credential=AKIDFAKE/20261205/eu-west-1/s3/aws4_request, SignedHeaders=host, Signature=" + keep25Hex,
			nil, []string{keep25Hex[:20]}},
		{"webhook hmac header", "X-Shopify-Hmac-Sha256: " + keep25B64a + "\nX-Shopify-Topic: orders/create", nil, []string{keep25B64a[:20]}},
	})
}

// Class: "<scheme> <key id>:<digest>" of a request-signing scheme, with
// the request's nonce or date in a header beside it: the key id is masked,
// the digest stays. Bearer schemes and values of other shapes stay masked
// whole.
func TestKeep25KeyedSignatureHeader(t *testing.T) {
	sha1 := "ZmFrZWRpZ2VzdGZha2VkaWdlc3Q="
	keep25Run(t, []keep25Case{
		{"iyzico-style", "Authorization: IYZWS sandbox-" + keep25Sec + ":" + keep25B64a + "\nx-iyzi-rnd: 976300000001", []string{keep25B64a}, []string{keep25Sec}},
		{"aws v2", "Authorization: AWS AKIAFAKEFAKE00001111:" + sha1 + "\nDate: Tue, 01 Dec 2026 10:00:00 GMT", []string{sha1}, []string{"AKIAFAKEFAKE00001111"}},
		{"no nonce or date", "Authorization: IYZWS sandbox-" + keep25Sec + ":" + keep25B64a, nil, []string{keep25Sec, keep25B64a[:20]}},
		{"bearer", "Authorization: Bearer sandbox-" + keep25Sec + ":" + keep25B64a + "\nx-iyzi-rnd: 1", nil, []string{keep25Sec, keep25B64a[:20]}},
		{"not a digest's length", "Authorization: Custom client-app:" + keep25B64b + "\nDate: Tue", nil, []string{keep25B64b[:20]}},
	})
}

// Class: an e-mail address whose local part a platform masked ("j***n@…")
// stays; an address with more visible than masked stays masked.
func TestKeep25MaskedEmailStays(t *testing.T) {
	keep25Run(t, []keep25Case{
		{"masked local part", `{"orderer":{"email":"x***z@example.com"}}`, []string{"x***z@example.com"}, nil},
		{"longer mask", "buyer j*****n@example.org confirmed", []string{"j*****n@example.org"}, nil},
		{"more visible than masked", "buyer jonathan.f***k@example.org confirmed", nil, []string{"k@example.org"}},
		{"plain", "buyer fake.person@example.org confirmed", nil, []string{"fake.person"}},
	})
}

// Class: a firm with a legal form written in spaced parts ("Sp. z o.o.",
// "spol. s r.o.") under a name key is a business.
func TestKeep25SpacedLegalForms(t *testing.T) {
	keep25Run(t, []keep25Case{
		{"polish", `VIES checkVat PL0000000000 -> valid=true name="Nowacki i Wspólnicy Sp. z o.o." requestDate=16/12/2026`, []string{"Nowacki i Wspólnicy Sp. z o.o."}, nil},
		{"czech", `{"CompanyLegalName":"Dvořák a syn spol. s r.o."}`, []string{"Dvořák a syn spol. s r.o."}, nil},
		{"person", `{"BuyerName":"Jan Nowacki"}`, nil, []string{"Nowacki"}},
	})
}

// Class: fourteen digits that pass GS1's check under a product code's key
// are a GTIN-14, not a Diners card; a card under a card's key stays masked.
func TestKeep25GTIN14UnderItsKey(t *testing.T) {
	keep25Run(t, []keep25Case{
		{"json gtin", `{"items":[{"sku":"AB-1","gtin":"38507529170342","fulfillable":5}]}`, []string{"38507529170342"}, nil},
		{"gtin14 key", "gtin14=38253888539336 qty=3", []string{"38253888539336"}, nil},
		{"card key", `{"card_number":"38507529170342"}`, nil, []string{"38507529170342"}},
		{"a Diners card failing GS1 check", `{"gtin":"38793834701746"}`, nil, []string{"38793834701746"}},
	})
}

// Class: a number right after "report" or "feed" is the document's id,
// not a phone; a phone with its '+' there is still one.
func TestKeep25ReportAndFeedIDs(t *testing.T) {
	keep25Run(t, []keep25Case{
		{"report", "settlement report 56940073122 parsed (6 rows)", []string{"56940073122"}, nil},
		{"feed", "feed 51974163547 POST_ORDER_FULFILLMENT_DATA processed", []string{"51974163547"}, nil},
		{"phone after report", "report sent to +56 9 4007 3122", nil, []string{"4007 3122"}},
	})
}
