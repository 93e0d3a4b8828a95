package redact

import (
	"fmt"
	"testing"
)

// Class: a data subject's name typed in lower case ("petr beneš",
// "gendre, léa") under a privacy request's subject object whose siblings
// hold the person's e-mail or phone is a name; a product's lower-case name
// beside a SKU stays.
func TestClassCtx26LowerCaseSubjectName(t *testing.T) {
	r := keep22Redactor(t)
	for i, name := range []string{"zdenko fakeovič", "fakeman, léonie", "ruta testaitė"} {
		line := fmt.Sprintf(`{"@timestamp":"2026-11-04T04:26:41Z","request_id":"DSAR-%d","type":"erasure","subject":{"name":%q,"email":"subject%d@example.com","phone":"+420 600 000 00%d"},"status":"open"}`, i, name, i, i)
		keep23Check(t, r, line, []string{`DSAR-`, `"erasure"`}, []string{name})
	}
	keep23Check(t, r, `{"@timestamp":"2026-11-04T04:26:41Z","product":{"name":"blue widget","sku":"AB-1200"},"status":"open"}`,
		[]string{"blue widget", "AB-1200"}, nil)
}

// Class: CEF escapes '=' in an extension's value as "\=", so a URL query
// logged in "request=" reads "?phone\=…": the parameter is read with the
// escape undone, its phone goes and the rest of the URL stays.
func TestClassCtx26CEFEscapedQueryPhone(t *testing.T) {
	r := keep22Redactor(t)
	for _, ph := range []string{"545+62+29+03", "8+0+33+625-28-60", "%2B32+460%2F14.47.61", "0065+8133+2460"} {
		line := "Nov  4 04:46:43 relay CEF:0|Fakevendor Inc.|Edge Shield|3.12.18|2029409|Credential stuffing|8|rt=1795716175074 src=10.40.45.64 spt=50881 request=https://m.shop.example/account/login?phone\\=" + ph + " cs2Label=Rule cs2=932160"
		keep23Check(t, r, line, []string{"https://m.shop.example/account/login?phone\\=", "cs2=932160", "2029409"}, []string{ph})
	}
}

// Class: a CEF header's vendor, product, version and signature id name
// the product that wrote the record, never a person, whatever PII the
// extension after it holds.
func TestClassCtx26CEFHeaderStays(t *testing.T) {
	r := keep22Redactor(t)
	line := "Nov  4 04:46:43 relay CEF:0|Imperva Inc.|Attack Analytics|3.12.18|2029409|Credential stuffing|8|rt=1795716175074 src=10.40.45.64 suser=fake.user@example.com duser=Zdenko Fakeovič request=https://m.shop.example/account/login?phone\\=545+62+29+03"
	keep23Check(t, r, line, []string{"|Imperva Inc.|Attack Analytics|3.12.18|2029409|"}, []string{"fake.user@example.com", "545+62+29+03"})
}

// Class: a run of hexadecimal byte pairs joined by colons (a certificate's
// serial, a fingerprint) holds no name: a pair such as "AD" stays.
func TestClassCtx26HexPairsStay(t *testing.T) {
	r := keep22Redactor(t)
	for _, serial := range []string{"4A:31:D2:AC:C0:9D:B5:95:94:88:42:77:CA:AD:BF:74", "93:8B:0A:AD:DB:A1:AA:99:D3:3C:98:E7:A2:16:9B:98"} {
		line := "2026-11-04T09:28:32.000Z acme-client: CSR subject: CN=Fakeman, Hendrik, emailAddress=hendrik.fakeman@example.net; serial " + serial + "; issuer CN=R11"
		keep23Check(t, r, line, []string{serial}, []string{"hendrik.fakeman@example.net"})
		line = "istio-proxy mTLS peer=spiffe://cluster.local/ns/payments/sa/checkout user=zdenko.fakeovic@example.com issuer_serial=" + serial + " status=302"
		keep23Check(t, r, line, []string{serial}, []string{"zdenko.fakeovic@example.com"})
	}
}

// Class: a W3C log row's time, then the server's address ("23:51:00
// 24.239.205.49"): no phone starts at a clock time's seconds.
func TestClassCtx26ClockSecondsStay(t *testing.T) {
	r := keep22Redactor(t)
	line := "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip sc-status\n2026-11-25 23:51:00 24.239.205.49 POST /checkout/confirm.aspx email=fake244%40example.lv&tel=22094074 8080 - 88.72.198.26 400"
	keep23Check(t, r, line, []string{"2026-11-25 23:51:00 24.239.205.49 POST"}, []string{"22094074", "fake244"})
}

// Class: the digits of an "Account:" label are a cloud account's id, not
// a phone (TruffleHog's verified AWS result).
func TestClassCtx26AccountLabelStays(t *testing.T) {
	r := keep22Redactor(t)
	line := "Found verified result\nDetector Type: AWS\nDecoder Type: PLAIN\nRaw result: AKIAFAKEFAKEFAKEFAKE\nResource_type: Access key\nAccount: 917328983912\nFile: infra/edge/terraform.tfvars\nLine: 12"
	keep23Check(t, r, line, []string{"Account: 917328983912"}, []string{"AKIAFAKEFAKEFAKEFAKE"})
}
