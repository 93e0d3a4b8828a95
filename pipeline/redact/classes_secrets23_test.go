package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Credentials in security telemetry: combo lists, security daemons' own
// key spellings, OAuth callbacks, nginx's \xHH escapes, codes a key says
// were sent, SMS codes after a qualifier (secrets23_*.go). Every value
// below is made up.

func checkSecrets23(t *testing.T, in string, secrets, keep []string) {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	out := r.String(in)
	for _, s := range secrets {
		if strings.Contains(out, s) {
			t.Errorf("secret %q survived:\n in: %s\nout: %s", s, in, out)
		}
	}
	for _, k := range keep {
		if !strings.Contains(out, k) {
			t.Errorf("%q was damaged:\n in: %s\nout: %s", k, in, out)
		}
	}
	if twice := r.String(out); twice != out {
		t.Errorf("not idempotent:\nonce:  %s\ntwice: %s", out, twice)
	}
}

// Class: the second field of a "login:password" pair whose login is an
// e-mail address, a line of a combo list or a pair inside a line.
func TestSecrets23ComboList(t *testing.T) {
	checkSecrets23(t, "credential stuffing report 0b1c tried=3 source_asn=AS64500\n"+
		"fake.buyer01@example.com:walnut_42!\nfake.buyer02@example.net:Qz7fakeKp\nfake.buyer03@example.org:password\n",
		[]string{"walnut_42!", "Qz7fakeKp", ":password"}, []string{"AS64500", "tried=3"})
	checkSecrets23(t, "login attempt from 198.51.100.7 with fake.buyer04@example.com:Fake#Pass2026 blocked",
		[]string{"Fake#Pass2026"}, []string{"198.51.100.7", "blocked"})
	// a port after a host-like address, a label's colon
	checkSecrets23(t, "relay fake.buyer05@mail.example.com:587 ok", nil, []string{":587 ok"})
	checkSecrets23(t, "owner fake.buyer06@example.com: locked", nil, []string{": locked"})
}

// Class: a secret under a key spelled as the security daemon spells it
// (OpenLDAP "bindpw", strongSwan "psk"), and a bare "key" after the
// previous pair's value ends in a word that could qualify it.
func TestSecrets23DaemonKeys(t *testing.T) {
	checkSecrets23(t, "Nov 10 13:41:27 ldap1 slapd[3030]: conn=6052 op=1 debug bindpw=fakeorchid_56!",
		[]string{"fakeorchid_56!"}, []string{"conn=6052", "op=1"})
	checkSecrets23(t, "charon[5887]: 09[IKE] IKE_SA vpn-partner[98] established psk=Fake-Tiger-500-gcKGVe group=edge",
		[]string{"Fake-Tiger-500-gcKGVe"}, []string{"group=edge", "vpn-partner[98]"})
	checkSecrets23(t, `level=warning msg="invalid key" api_name=shop-public key=fAk3I24DT6Rfd5R3QGzkQiuD33t3vvv0 org_id=d8393a2a846c052d`,
		[]string{"fAk3I24DT6Rfd5R3QGzkQiuD33t3vvv0"}, []string{"org_id=d8393a2a846c052d", "api_name=shop-public"})
	// a key named as no secret by the word before it stays
	checkSecrets23(t, "retrying with idempotency key=5f0c2a9e-fake-4e1b-9d3c-7a8b9c0d1e2f",
		nil, []string{"5f0c2a9e-fake-4e1b-9d3c-7a8b9c0d1e2f"})
}

// Class: an authorization code in an OAuth callback's query, wherever the
// URL stands (here in a journald MESSAGE= access line).
func TestSecrets23OAuthCallbackCode(t *testing.T) {
	checkSecrets23(t, `MESSAGE=203.0.113.9 - - [17/Nov/2026:20:49:37 +0100] GET - "/oauth2/callback?code=fAkE2X07F1.xPeWzn.8JOQHc-_W0XuTxqe" HTTP/1.1 302 24`,
		[]string{"fAkE2X07F1.xPeWzn.8JOQHc-_W0XuTxqe"}, []string{"HTTP/1.1 302 24", "/oauth2/callback?code="})
	checkSecrets23(t, `GET /return?code=Fk93jdKq0LmZpX71vBn2&state=af0ifjsldkj HTTP/1.1`,
		[]string{"Fk93jdKq0LmZpX71vBn2"}, []string{"state=af0ifjsldkj"})
	// status and error codes, and codes on paths that are no callback, stay
	checkSecrets23(t, `GET /api/v1/orders?code=ERR_TIMEOUT&page=2 HTTP/1.1`, nil, []string{"ERR_TIMEOUT"})
	checkSecrets23(t, `GET /api/v1/regions?code=NSW01&state=active HTTP/1.1`, nil, []string{"NSW01"})
}

// Class: a JSON body nginx logged with its quotes escaped as \x22 is read
// decoded.
func TestSecrets23NginxHexEscapes(t *testing.T) {
	checkSecrets23(t, `10.0.0.1 - - [04/Nov/2026:04:39:58 +0200] "POST /login HTTP/1.1" 200 512 req_id=42fa0112877b3684 body="{\x22login\x22:\x22fake.user\x22,\x22pass\x22:\x22Fake.Mango96\x22,\x22captcha\x22:\x22ok\x22}"`,
		[]string{"Fake.Mango96"}, []string{"req_id=42fa0112877b3684", `\x22captcha\x22:\x22ok\x22`})
}

// Class: a one-time code under a key that says it was sent ("otp_sent"),
// in text and in an event's field; a flag under such a key stays.
func TestSecrets23SentCodeKey(t *testing.T) {
	checkSecrets23(t, `{"verified_by":"email_otp","otp_sent":"969067","status":"open"}`,
		[]string{"969067"}, []string{`"status":"open"`})
	checkSecrets23(t, `dsar verified_by=sms otp_sent=424601 status=open`, []string{"424601"}, []string{"status=open"})
	checkSecrets23(t, `dsar otp_sent=true otp_sent_count=3`, nil, []string{"otp_sent=true", "otp_sent_count=3"})

	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(`{"@timestamp":"2026-11-26T10:20:45Z","request_id":"DSAR-0001","verified_by":"email_otp","otp_sent":"507032","iban_present":false}`), &ev); err != nil {
		t.Fatal(err)
	}
	r.Event(&ev)
	if out := string(ev.JSON()); strings.Contains(out, "507032") || !strings.Contains(out, "DSAR-0001") {
		t.Errorf("event: %s", out)
	}
}

// Class: an SMS's one-time code after the word for "code" that a
// qualifier ("verification", "security") opens the clause for.
func TestSecrets23SMSQualifiedCode(t *testing.T) {
	checkSecrets23(t, `sms-gw INFO submit_sm id=1 to=+10000000000 sender=SHOP text="Doğrulama kodunuz 683187. Do not share it." status=DELIVRD`,
		[]string{"683187"}, []string{"status=DELIVRD"})
	checkSecrets23(t, `text="Az ellenőrző kódod 948101. Do not share it."`, []string{"948101"}, nil)
	// a code word after another qualifier keeps its digits
	checkSecrets23(t, `posta kodu 34710 ürün kodu 12345`, nil, []string{"34710", "12345"})
}
