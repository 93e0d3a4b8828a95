package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Codes and secrets known by their label beside them: an HTML table's
// label cell, a vendor's key prefix. All values are made up.

// Class: a value cell of 4 to 8 digits whose row's label cell is a word
// for "code" (any language), PIN, OTP or a verification phrase.
func TestCodes19TableCodeCell(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ label, code string }{
		{"Code", "40917736"}, {"kod", "5093"}, {"kode", "61840257"}, {"código", "30412"}, {"קוד", "7719024"},
		{"الكود", "90818822"}, {"কোড", "6043"}, {"验证码", "228614"}, {"รหัส", "550193"}, {"Verification code", "804411"},
		{"PIN", "3390"}, {"mã xác nhận", "118260"}, {"<b>OTP</b>", "7714"},
	} {
		in := `mail body (text/html): <html><body><p>Hello,</p><table><tr><td>order</td><td>#4411</td></tr><tr><td>` +
			c.label + `</td><td>` + c.code + `</td></tr><tr><td>total</td><td>12.50</td></tr></table></body></html>`
		chat18Check(t, r, in, c.code)
	}
	chat18Keep(t, r,
		`<table><tr><td>Postal code</td><td>40917</td></tr><tr><td>Discount code</td><td>20261130</td></tr></table>`,
		`<table><tr><td>Error code</td><td>50013</td></tr><tr><td>order</td><td>77410023</td></tr><tr><td>qty</td><td>1200</td></tr></table>`,
		`<table><tr><td>code</td><td>SUMMER50</td></tr><tr><td>points</td><td>60238 pts</td></tr></table>`,
		`<table><tr><th>code</th><th>qty</th></tr><tr><td>SKU-1</td><td>4400</td></tr></table>`,
	)
}

// Class: a value cell holding one token after a label cell that is a
// credential key or holds a credential already redacted.
func TestCodes19TableSecretCell(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ label, secret string }{
		{"stream_key=", "live_000000000_FAKEfakeFAKEfakeFAKEfake00"},
		{"api_key", "zz00FAKE00zz00FAKE00zz00FAKE"},
		{"Authorization: Bearer [REDACTED:credential]", "FAKEtok3n00000000xyz"},
	} {
		in := `<table><tr><td>http_status</td><td>403</td></tr><tr><td>` + c.label + `</td><td>` + c.secret + `</td></tr></table>`
		chat18Check(t, r, in, c.secret)
	}
	chat18Keep(t, r,
		`<table><tr><td>token_type</td><td>refresh_token</td></tr><tr><td>secret_name</td><td>arn:aws:secretsmanager:eu-west-1:000000000000:secret:fake</td></tr></table>`,
	)
}

// Class: a vendor's secret key known by its shape alone (HubSpot "pat-",
// Mailchimp "…-usNN", Klaviyo "pk_" and 34 hex digits), in a cell or value
// with no key to name it.
func TestCodes19VendorKeyShapes(t *testing.T) {
	r := newDamageRedactor(t)
	for _, k := range []string{
		"pat-na1-0f0f0f0f-aaaa-4bbb-8ccc-0d0d0d0d0d0d",
		"pat-eu1-12345678-abcd-ef01-2345-6789abcdef01",
		"0a1b2c3d4e5f60718293a4b5c6d7e8f9-us21",
		"f00dfeed00112233445566778899aabb-us5",
		"pk_0123456789abcdef0123456789abcdef01",
	} {
		chat18Check(t, r, "export row 4412: "+k+",Winback 90d,201", k)
		chat18Check(t, r, `<table><tr><td>note</td><td>`+k+`</td></tr></table>`, k)
	}
	chat18Keep(t, r,
		"export row 4412: 0a1b2c3d4e5f60718293a4b5c6d7e8f9,en-us,201",
		"region=us-east-1 trace=0a1b2c3d4e5f60718293a4b5c6d7e8f9 locale=en-us",
		"stripe publishable pk_live_FAKEpublic00000000000000 ok",
		"pattern pat-123 ok",
	)
}

// Class: a one-time code under a bare "code" key in a record that holds no
// buyer's data and names no other code (no error envelope, no word of
// failing or of a status, no "postal"/"error"/"country" key above it).
func TestCodes19BareCodeKey(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, code string }{
		{`{"message":"return label requested","data":"{\"ts\":\"2026-01-01T00:00:00Z\",\"code\":\"4093311\",\"preferred_contact\":\"email\"}"}`, "4093311"},
		{`time=2026-01-01T00:00:00Z level=warn svc=returns msg="CSAT reply" sku=SKN-ROS-L-0000 code=49880011`, "49880011"},
		{`request: contact {\n  amount: "R$ 10,00"\n  code: "8141"\n}`, "8141"},
		{`outbound request headers=map[X-Sms-Opt-In:[false] X-Code:[3980041] X-Score:[0.025]]`, "3980041"},
		{"POST /v1/risk HTTP/1.1\nHost: api.example.test\nX-Id: 00000000-0000-4000-8000-000000000000\nX-Code: 71070\nX-Ua: axios/1.7.9", "71070"},
		{"+ cat .env\nCOUPON=VIP50\nCODE=62580\nGTIN=8100000000001\nRATING_ID=rv_0000", "62580"},
		{"request: contact {\n  amount: \"R$ 10,00\"\n  line_user_id: \"U0000\"\n  code: \"8140\"\n}", "8140"},
	} {
		chat18Check(t, r, c.in, c.code)
	}
	// a structured event's nested field
	ev := event.Event{Fields: []event.Field{
		{Path: "message", Value: event.StringValue("agent reply sent")},
		{Path: "data.coupon", Value: event.StringValue("SUMMER50")},
		{Path: "data.code", Value: event.StringValue("8420031")},
		{Path: "data.chat_id", Value: event.StringValue("-1000000000001")},
	}}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, "8420031") || !strings.Contains(out, "SUMMER50") {
		t.Errorf("data.code: %s", out)
	}
	ev = event.Event{Fields: []event.Field{
		{Path: "message", Value: event.StringValue("upstream call")},
		{Path: "error.code", Value: event.StringValue("50031")},
		{Path: "resp.status", Value: event.StringValue("failed")},
		{Path: "resp.code", Value: event.StringValue("50032")},
	}}
	r.Event(&ev)
	if out := string(ev.JSON()); !strings.Contains(out, "50031") || !strings.Contains(out, "50032") {
		t.Errorf("error codes damaged: %s", out)
	}
	chat18Keep(t, r,
		"Postal code: 40917 / Zip code 40917",
		`{"error":{"code":"40013","message":"invalid request"}}`,
		`{"status":"failed","data":"{\"code\":\"50031\",\"detail\":\"upstream\"}"}`,
		`{"message":"lookup","postal.code":"10115","country.code":"4401"}`,
		`time=2026-01-01T00:00:00Z level=error msg="payment failed" code=40001`,
		`{"code":40001,"order":"A-1001"}`,
		"error:\n  code: 4001\n  message: upstream timeout\n  retry: 3\n  host: api",
		"HTTP/1.1 400 Bad Request\nContent-Type: application/json\nX-Code: 4001\nX-Request-Id: r-1\nServer: edge",
		`{"message":"ok","code":"1203"}`,
	)
}

// Class: a live stream key ("live_<channel id>_<key>") whose random part
// happens to hold no digit.
func TestCodes19StreamKeyLetters(t *testing.T) {
	r := newDamageRedactor(t)
	k := "live_600000001_QmZxTrWvYpLkJhGfDsAqWeRtYu"
	chat18Check(t, r, "rtmp ingest configured stream "+k+" ok", k)
	chat18Keep(t, r, "rtmp campaign live_20261205_BlackFridayFlashSaleTonight ok")
}

// Class: secrets in export rows known by shape or by their column's
// header: a recovery code as a whole cell, and 4 to 8 digits under a
// "code" header.
func TestCodes19RowCells(t *testing.T) {
	r := newDamageRedactor(t)
	chat18Check(t, r, "export row 5666: #24449,Coupang,kq0k5-9xyg2,Zalando,gid://shopify/Order/5000000000001", "kq0k5-9xyg2")
	chat18Check(t, r, "export row 1: 2026-01-01T00:00:00Z,2026-01-02T00:00:00Z,a1b2c-d3e4f", "a1b2c-d3e4f")
	chat18Check(t, r, "ts,buyer_email,event_time,code,order_id\n2026-01-01T00:00:00Z,x,1796267565515,40917736,579391695920368717", "40917736")
	chat18Keep(t, r,
		"ts,sku,qty,order_id\n2026-01-01T00:00:00Z,SKN-ROS-L-0000,4400,579391695920368717",
		"ts,postal_code,order_id\n2026-01-01T00:00:00Z,40917,579391695920368717",
		"pod geo-validate-kt8j4k85z-rvx6j restarted, reason=OOM, count=3",
		"export row 7: abcde-fghij,Coupang,12345-67890",
	)
}

// Class: an attribute pair (OpenTelemetry, name/value lists) whose key's
// last part is a bare "code", holding 6 to 8 digits.
func TestCodes19CodePair(t *testing.T) {
	r := newDamageRedactor(t)
	in := `{"@timestamp":"2026-01-01T00:00:00Z","message":"span exported","otel.span":{"attributes":[{"key":"http.method","value":{"stringValue":"POST"}},{"key":"app.code","value":{"stringValue":"27400001"}}]}}`
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, "27400001") || !strings.Contains(out, "POST") {
		t.Errorf("app.code: %s", out)
	}
	in = `{"@timestamp":"2026-01-01T00:00:00Z","message":"span exported","otel.span":{"attributes":[{"key":"error.code","value":{"stringValue":"500123"}},{"key":"postal.code","value":{"stringValue":"101150"}}]}}`
	ev = event.Event{}
	if err := event.NewDecoder(nil).Decode([]byte(in), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); !strings.Contains(out, "500123") || !strings.Contains(out, "101150") {
		t.Errorf("other codes damaged: %s", out)
	}
}
