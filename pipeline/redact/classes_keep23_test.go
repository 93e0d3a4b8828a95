package redact

import (
	"strings"
	"testing"
)

// keep23Check redacts each line (an NDJSON event when it starts with '{'
// and has "@timestamp", else text), wants every keep to survive and every
// gone to vanish, and wants text redacted twice to equal redacted once.
func keep23Check(t *testing.T, r *Redactor, line string, keep, gone []string) {
	t.Helper()
	var out string
	if strings.HasPrefix(line, `{"@timestamp"`) {
		out = keep22Event(t, r, line)
	} else {
		out = r.String(line)
		if twice := r.String(out); twice != out {
			t.Errorf("not idempotent:\n once  %s\n twice %s", out, twice)
		}
	}
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q damaged:\n in  %s\n out %s", k, line, out)
		}
	}
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q leaked:\n in  %s\n out %s", g, line, out)
		}
	}
}

// Class: a Message-ID logged under its own key (Suricata's
// email.message_id, a message trace's MessageId, In-Reply-To) is an id in
// an address's shape, not a mailbox; a mailbox in the same event's From
// or To still goes.
func TestClassKeep23MessageIDFieldsStay(t *testing.T) {
	r := keep22Redactor(t)
	id1 := "<Qx7fAkeId0000zz.1760000001@mail.shop.example>"
	id2 := "<20260101.fake.4242@relay.example.test>"
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","email":{"from":"Jo Fakename <jo.fakename@example.com>","message_id":"`+id1+`"}}`,
		[]string{id1}, []string{"jo.fakename@example.com"})
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","SenderAddress":"fake.buyer77@example.net","MessageId":"`+id1+`","In-Reply-To":"`+id2+`"}`,
		[]string{id1, id2}, []string{"fake.buyer77@example.net"})
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","References":"`+id1+` `+id2+`","To":"<fake.buyer77@example.net>"}`,
		[]string{id1, id2}, []string{"fake.buyer77@example.net"})
}

// Class: a short number (one to four digits) under a bare "session" key
// is a session's number, not its token; a session token there still goes.
func TestClassKeep23SessionCounterStays(t *testing.T) {
	r := keep22Redactor(t)
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","event":{"src_ip":"10.0.0.1","session":"139"}}`, []string{`"event.session":"139"`}, nil)
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","event":{"session":4242}}`, []string{`"event.session":4242`}, nil)
	keep23Check(t, r, `user=u-17 session=139 status=ok`, []string{"session=139"}, nil)
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","message":"{\"session\":\"262\",\"src\":\"x\"}"}`, []string{`\"session\":\"262\"`}, nil)
	tok := "Zq8fAkeSess10nT0kenXy42Lm"
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","event":{"session":"`+tok+`"}}`, nil, []string{tok})
	keep23Check(t, r, `user=u-17 session=`+tok+` status=ok`, nil, []string{tok})
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","audit":{"after":"{\"session\":\"212531\"}"}}`, nil, []string{"212531"}) // six digits: a code
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","event":{"session":"212531"}}`, nil, []string{"212531"})
}

// Class: a Unix time with a fraction of a second (Zeek's and Suricata's
// ts column, time.time()) is a time, not a phone; a phone in the row
// still goes.
func TestClassKeep23EpochFractionIsNoPhone(t *testing.T) {
	r := keep22Redactor(t)
	for _, ts := range []string{"1782784678.0", "1790000123.482913", "1699999999.25"} {
		keep23Check(t, r, "#fields\tts\tuid\tid.orig_h\tsubject\n"+ts+"\tCfAkeUid0001\t10.1.2.3\tcall me +36 70 947 1527",
			[]string{ts}, []string{"947 1527"})
		keep23Check(t, r, ts+" smtp 10.1.2.3 250 ok", []string{ts}, nil)
	}
}

// Class: a run of numbers separated by single spaces outside quotes in an
// access log line (status, bytes received and sent, duration, upstream
// time) is several fields, not a spaced phone; a phone in the request's
// query string or after a phone label still goes.
func TestClassKeep23AccessLogNumbersAreFields(t *testing.T) {
	r := keep22Redactor(t)
	line := `[2026-01-01T09:11:14.000Z] "PATCH /api/v1/customers?phone=%2B36709471527 HTTP/2" 400 - via_upstream - "-" 0 78546 311 379 "10.9.8.7" "curl/8.5.0" "req-1" "api.shop.example"`
	keep23Check(t, r, line, []string{"0 78546 311 379"}, []string{"36709471527", "709471527"})
	keep23Check(t, r, `10.1.2.3 - - [01/Jan/2026:10:00:00 +0000] "GET /x HTTP/1.1" 200 5120 12 408 "-" "curl/8.5.0"`, []string{"200 5120 12 408"}, nil)
	keep23Check(t, r, `10.1.2.3 - - [01/Jan/2026:10:00:00 +0000] "GET /x HTTP/1.1" 200 512 call back tel: 020 7946 0958`, nil, []string{"7946 0958"})
}

// Class: an address ends before an identifier with its own registry
// prefix (CVE, CWE, CAPEC, GHSA, and ATT&CK techniques beside one): the
// ids survive, the address still goes.
func TestClassKeep23AddressEndsBeforeRegistryIDs(t *testing.T) {
	r := keep22Redactor(t)
	keep23Check(t, r, `SEC-1 analyst note: evidence pasted: ship to 7 Fakeview Road, Hamilton 3770. Related T1190 CVE-2024-43052`,
		[]string{"T1190", "CVE-2024-43052"}, []string{"Fakeview"})
	keep23Check(t, r, `SEC-2 evidence pasted: phone +371 2735 4220, ship to Fakeciema iela 8, Rīga, LV-1060. Related T1059.007 CWE-79`,
		[]string{"T1059.007", "CWE-79"}, []string{"Fakeciema", "2735 4220"})
}

// Class: cookies of known analytics and consent formats (`_ga=GA1.2.…`,
// `consent_id=<UUID>`) are ids the browser sends to every page, not
// sessions; the session cookie beside them still goes, in text and in a
// captured Cookie header field.
func TestClassKeep23PublicCookiesStay(t *testing.T) {
	r := keep22Redactor(t)
	uuid := "c0b4f61e-bdc1-4771-9371-8097bd82f032"
	keep23Check(t, r, "HTTP/1.1 302 Found\nSet-Cookie: shop_session=Zq8fAkeSess10nT0kenXy42LmNo; Path=/; Secure\nSet-Cookie: consent_id="+uuid+"; Path=/\n",
		[]string{"consent_id=" + uuid}, []string{"Zq8fAkeSess10nT0kenXy42LmNo"})
	keep23Check(t, r, "Cookie: _ga=GA1.2.1805076660.1712345678; sid=Zq8fAkeSess10nT0kenXy42LmNo",
		[]string{"_ga=GA1.2.1805076660.1712345678"}, []string{"Zq8fAkeSess10nT0kenXy42LmNo"})
	keep23Check(t, r, "Cookie: _ga=GA1.2.1234567890; PHPSESSID=abcdefghijklmnopqrstuv0123; lang=lv",
		[]string{"_ga=GA1.2.1234567890", "lang=lv"}, []string{"abcdefghijklmnopqrstuv0123"})
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","request_Cookie":"_shop_sess=Zq8fAkeSess10nT0kenXy42LmNo; consent=1; _ga=GA1.2.1805076660"}`,
		[]string{"_ga=GA1.2.1805076660", "consent=1", "_shop_sess="}, []string{"Zq8fAkeSess10nT0kenXy42LmNo"})
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","request_Cookie":"_shop_sess=Zq8fAkeSess10nT0kenXy42LmNo; theme=dark"}`,
		nil, []string{"Zq8fAkeSess10nT0kenXy42LmNo"})
}

// Class: an identity provider's event (Keycloak's: realmId, clientId)
// names its user session by a UUID under sessionId, a reference like
// userId; a sessionId elsewhere stays a credential.
func TestClassKeep23IdPSessionReferenceStays(t *testing.T) {
	r := keep22Redactor(t)
	uuid := "07b00475-c5d2-4850-bc73-881a23593ccf"
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","type":"LOGIN_ERROR","realmId":"shop","clientId":"storefront","error":"invalid_user_credentials","sessionId":"`+uuid+`"}`,
		[]string{uuid}, nil)
	keep23Check(t, r, `{"@timestamp":"2026-01-01T00:00:00Z","type":"LOGIN","app":"storefront","sessionId":"`+uuid+`"}`, nil, []string{uuid})
}

// Class: accounts of the system — Windows' well-known principals, Unix
// service accounts after a resource's slug — are no persons; an address
// family is no postal address; the word after `token_type=Bearer` is not a
// bearer token. A person's name and a real bearer token still go.
func TestClassKeep23SystemAccountsAreNoPersons(t *testing.T) {
	r := keep22Redactor(t)
	pre := `10.1.2.3 - $remote_user [01/Jan/2026:10:00:00 +0000] "GET /x?sku=SKU-1-RD HTTP/1.1" 200 512 "-" "curl/8.5.0" rt=0.2 order=570000000000000017 track=LX000000017CN ts=1790000000017 amount=12.30 `
	keep23Check(t, r, pre+`TargetUserName=SYSTEM LOCAL SERVICE`, []string{"TargetUserName=SYSTEM LOCAL SERVICE"}, nil)
	keep23Check(t, r, pre+`name=edge-waf-policy NT AUTHORITY\SYSTEM`, []string{`name=edge-waf-policy NT AUTHORITY\SYSTEM`}, nil)
	keep23Check(t, r, pre+`name=edge-waf-policy www-data`, []string{`name=edge-waf-policy www-data`}, nil)
	keep23Check(t, r, pre+`address_family=ipv6 Administrator`, []string{"address_family=ipv6 Administrator"}, nil)
	keep23Check(t, r, pre+`token_type=Bearer Administrator`, []string{"token_type=Bearer Administrator"}, nil)
	keep23Check(t, r, `Authorization: Bearer Zq8fAkeBearerT0kenXy42LmNo99`, nil, []string{"Zq8fAkeBearerT0kenXy42LmNo99"})
	keep23Check(t, r, `TargetUserName=Fakeena Fakeson logon failed`, nil, []string{"Fakeena Fakeson"})
}
