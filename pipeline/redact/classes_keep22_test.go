package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// keep22Event redacts a one-line NDJSON event as the pipeline does and
// returns its JSON.
func keep22Event(t *testing.T, r *Redactor, line string) string {
	t.Helper()
	var ev event.Event
	if err := event.NewDecoder(nil).Decode([]byte(line), &ev); err != nil {
		t.Fatalf("decode %s: %v", line, err)
	}
	r.Event(&ev)
	return string(ev.JSON())
}

// Class: a password hash in a library's own format (bcrypt, argon2,
// Django's and passlib's pbkdf2, Werkzeug's, crypt(3)'s SHA crypts, LDAP's
// {SSHA}) is what a system stores instead of the password: it stays under
// password_hash and password_digest keys, in fields and in printed objects,
// while the password itself is still masked.
func TestClassKeep22PasswordHashesStay(t *testing.T) {
	r := keep22Redactor(t)
	hashes := []string{
		"$2b$12$" + strings.Repeat("Ab3./", 10) + "xyz", // bcrypt: 22 + 31 characters after the cost
		"$2y$10$" + strings.Repeat("Qz9/k", 10) + "Mn0",
		"$argon2id$v=19$m=65536,t=3,p=4$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2hoYXNo",
		"pbkdf2_sha256$600000$FakeSalt1234$ZmFrZWhhc2hmYWtlaGFzaGZha2VoYXNoZmFrZWhh=",
		"$pbkdf2-sha256$29000$N2bMmZPyHqPU$Ym9ndXNkZXJpdmVka2V5Ym9ndXNkZXJpdg",
		"pbkdf2:sha256:600000$fakesalt$" + strings.Repeat("0a1b2c3d", 8),
		"$6$rounds=5000$fakesalt$" + strings.Repeat("Xy7./Ab", 12),
		"{SSHA}ZmFrZXNzaGFoYXNoZmFrZXNhbHQ=",
	}
	for _, h := range hashes {
		if !keep22Value(h) {
			t.Errorf("keep22Value(%q) = false, want a password hash", h)
		}
		for _, line := range []string{
			`{"@timestamp":"2026-01-01T00:00:00Z","user.id":"u-1","user.password_hash":"` + h + `"}`,
			`{"@timestamp":"2026-01-01T00:00:00Z","user":{"password_digest":"` + h + `"}}`,
		} {
			if out := keep22Event(t, r, line); !strings.Contains(out, h) {
				t.Errorf("event: hash masked:\n in  %s\n out %s", line, out)
			}
		}
		for _, line := range []string{
			`#<Customer id: 41, password_digest: "` + h + `", created_at: "2026-01-01">`,
			`user=u-1 password_hash=` + h + ` status=ok`,
			`{"user":{"id":41,"password_hash":"` + h + `"}}`,
		} {
			if out := r.String(line); !strings.Contains(out, h) {
				t.Errorf("text: hash masked:\n in  %s\n out %s", line, out)
			}
		}
	}
	// the password, the hash's input, stays a credential
	for _, line := range []string{
		`user=u-1 password=Fake-Pass-2026! password_hash=$2b$12$` + strings.Repeat("Ab3./", 10) + `xyz`,
		`{"@timestamp":"2026-01-01T00:00:00Z","user.password":"Fake-Pass-2026!"}`,
	} {
		var out string
		if strings.HasPrefix(line, "{") {
			out = keep22Event(t, r, line)
		} else {
			out = r.String(line)
		}
		if strings.Contains(out, "Fake-Pass-2026!") {
			t.Errorf("password kept:\n in  %s\n out %s", line, out)
		}
	}
	// look-alikes of the formats are not hashes
	for _, v := range []string{"$2b$12$short", "$argon2id$v=19$abc", "pbkdf2_sha256$abc$salt$hash", "{SSHA}abc", "$5$x"} {
		if passwordHash22(v) {
			t.Errorf("passwordHash22(%q) = true", v)
		}
	}
}

// Class: a message digest written with its algorithm's name
// ("sha256=<64 hex>", GitHub's X-Hub-Signature-256 and the webhook senders
// that copy it) is a MAC over one body, not a key; the signing secret beside
// it stays a credential.
func TestClassKeep22NamedDigestStays(t *testing.T) {
	r := keep22Redactor(t)
	d256 := "sha256=" + strings.Repeat("3f9a0c1d", 8)
	d1 := "sha1=" + strings.Repeat("a1b2c3d4e5", 4)
	secret := "whsec_" + strings.Repeat("FakeSecret", 3)
	for _, line := range []string{
		"POST /hooks/orders HTTP/1.1\nX-Hub-Signature-256: " + d256 + "\nX-Shop-Webhook-Secret: " + secret + "\n",
		"POST /hooks/orders HTTP/1.1\\nX-Shop-Hmac-Sha256: " + d256 + "\\nX-Webhook-Secret: " + secret + "\\n",
		`{"headers":{"X-Hub-Signature":"` + d1 + `","X-Hub-Signature-256":"` + d256 + `"},"webhook_secret":"` + secret + `"}`,
		`delivery=41 hmac_signature=` + d256 + ` signing_secret=` + secret,
	} {
		out := r.String(line)
		if !strings.Contains(line, d1) && !strings.Contains(out, d256) || strings.Contains(line, d1) && !strings.Contains(out, d1) {
			t.Errorf("digest masked:\n in  %s\n out %s", line, out)
		}
		if strings.Contains(out, secret) {
			t.Errorf("signing secret kept:\n in  %s\n out %s", line, out)
		}
	}
	line := `{"@timestamp":"2026-01-01T00:00:00Z","labels.hmac_signature":"` + d256 + `","webhook.secret":"` + secret + `"}`
	out := keep22Event(t, r, line)
	if !strings.Contains(out, d256) || strings.Contains(out, secret) {
		t.Errorf("event:\n in  %s\n out %s", line, out)
	}
	// a digest of the wrong length, or hex without its algorithm's name, is read as before
	for _, v := range []string{"sha256=" + strings.Repeat("ab", 20), strings.Repeat("3f9a0c1d", 8), "sha256=" + strings.Repeat("3F9a0c1d", 8)} {
		if algDigest22(v) {
			t.Errorf("algDigest22(%q) = true", v)
		}
	}
}

// Class: a value the application masked before logging it (asterisks over
// most of it: "138****1234", "李**", "王*明") is no longer a phone or a
// name and stays as written, under its key and in text.
func TestClassKeep22MaskedValuesStay(t *testing.T) {
	r := keep22Redactor(t)
	for _, v := range []string{"李**", "王*明", "陈*", "138****1234", "+86 138****0000", "J*** D**"} {
		if !keep22Value(v) {
			t.Errorf("keep22Value(%q) = false, want masked", v)
		}
		for _, line := range []string{
			`{"@timestamp":"2026-01-01T00:00:00Z","verify.request":{"real_name":"` + v + `","mobile":"` + v + `","biz_no":"1813062827021055563"}}`,
		} {
			if out := keep22Event(t, r, line); !strings.Contains(out, v) {
				t.Errorf("event: masked value masked again:\n in  %s\n out %s", line, out)
			}
		}
		for _, line := range []string{
			`real_name=` + v + ` mobile=138****1234 status=ok`,
			`{"real_name":"` + v + `","mobile":"138****1234"}`,
		} {
			if out := r.String(line); !strings.Contains(out, v) {
				t.Errorf("text: masked value masked again:\n in  %s\n out %s", line, out)
			}
		}
	}
	// what is left visible may still be PII: the value is read as before
	for _, v := range []string{"Jo** Smithfield", "138123456**", "+86 13812345678 **"} {
		if maskedValue22(v) {
			t.Errorf("maskedValue22(%q) = true", v)
		}
	}
	if out := r.String(`{"real_name":"Marta Fakeová","mobile":"+420 601 234 567"}`); strings.Contains(out, "601 234 567") {
		t.Errorf("unmasked phone kept: %s", out)
	}
}

// Class: in a line of key=value fields, a field whose value names a
// credential ("reason=bad_password") is followed by the next field; that
// field ("ip=10.1.2.3") is no secret written after a key word.
func TestClassKeep22NextFieldIsNoSecret(t *testing.T) {
	r := keep22Redactor(t)
	for _, line := range []string{
		`event=login_failed reason=bad_credentials ip=10.15.134.199 ua="FakeAgent/1.0"`,
		`event=login_failed reason=bad_password ip=10.1.2.3 port=22`,
		`error=invalid_token client_ip=192.0.2.44 attempt=3`,
	} {
		out := r.String(line)
		if out != line {
			t.Errorf("damaged:\n in  %s\n out %s", line, out)
		}
	}
	// a secret after its key word is still one
	for _, line := range []string{"password Fake-Pass-2026!", "client_secret Pv9glFRA5t0zFake"} {
		if out := r.String(line); !strings.Contains(out, "[REDACTED:credential]") {
			t.Errorf("secret kept: %s", out)
		}
	}
}

// Class: a till's or an ERP's stand-in for an unnamed buyer ("Walk-in
// Customer", "Cash Customer") and a server daemon's account ("postgres",
// "nginx") under a name key are no person.
func TestClassKeep22StandInNamesStay(t *testing.T) {
	r := keep22Redactor(t)
	for _, v := range []string{"Walk-in Customer", "Cash Customer", "postgres", "nginx"} {
		for _, line := range []string{
			`{"@timestamp":"2026-01-01T00:00:00Z","sentry.extra.customer_name":"` + v + `","user.name":"` + v + `"}`,
		} {
			if out := keep22Event(t, r, line); strings.Contains(out, "[REDACTED") {
				t.Errorf("event:\n in  %s\n out %s", line, out)
			}
		}
	}
	for _, line := range []string{`customer_name="Walk-in Customer" address_type="billing"`, `cart synced qty=2 customer_name: Walk-in Customer`} {
		if out := r.String(line); out != line {
			t.Errorf("text:\n in  %s\n out %s", line, out)
		}
	}
	if out := r.String(`customer_name="Fakey Walkerson"`); !strings.Contains(out, "[REDACTED:name]") {
		t.Errorf("a person's name kept: %s", out)
	}
}

// Class: an address phrase ("change my address …") that runs into an
// amount with its currency takes no place: the amount
// and the number stay.
func TestClassKeep22AmountIsNoAddress(t *testing.T) {
	for _, v := range []string{"€66380,46", "R$", "38900,37 kr", "12681.17 KRW", "¥746190"} {
		if !keep22NoPlace(v) {
			t.Errorf("keep22NoPlace(%q) = false", v)
		}
	}
	for _, v := range []string{"111 boul. Fakeville", "Rua Falsa 228", "12 Main St", "北京市朝阳区建国路88号", "EG380019000500000000263180002"} {
		if keep22NoPlace(v) {
			t.Errorf("keep22NoPlace(%q) = true", v)
		}
	}
	r := keep22Redactor(t)
	line := `Camille,\npouvez vous changer mon adresse €66380,46\n111 boul. Masson, Trois-Rivières QC A3Q 3K4`
	out := r.String(line)
	if !strings.Contains(out, "€66380,46") {
		t.Errorf("amount taken:\n in  %s\n out %s", line, out)
	}
}

func keep22Redactor(t *testing.T) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}
