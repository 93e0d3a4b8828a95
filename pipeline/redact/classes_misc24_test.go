package redact

import (
	"strings"
	"testing"
)

func misc24Redact(t *testing.T, in string) string {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	out := r.String(in)
	if again := r.String(out); again != out {
		t.Errorf("redacting twice differs:\n%s\n%s", out, again)
	}
	return out
}

// Class: a mailbox "Given Family <local@domain.tld>" after a label (a diff's
// "> OWNER: …" line too): the address in angle brackets is an e-mail address.
func TestMisc24MailboxAfterLabel(t *testing.T) {
	for _, in := range []string{
		">   ESCALATION_OWNER: Testa Fakename <testa.fake77@example.org>",
		"contact: Testa Fakename <testa.fake77@example.org>",
		"owner=Testa Fakename <t.fake@mail.example.net>",
	} {
		out := misc24Redact(t, in)
		if strings.Contains(out, "@example") {
			t.Errorf("%q -> %q: e-mail left", in, out)
		}
	}
	// a Message-ID keeps its shape
	in := "Message-ID: <5b2c9e1f0a7d4c3e8b6a1f2d3c4b5a69@mail.example.com>"
	if out := misc24Redact(t, in); out != in {
		t.Errorf("%q -> %q", in, out)
	}
}

// Class: a phone-shaped value under a key one of whose parts is "SMS".
func TestMisc24SMSKeyPhone(t *testing.T) {
	for _, in := range []string{
		"SMS_SENDER_FALLBACK=0733.280724\nREGION=eu",
		"SMS_SENDER_FALLBACK=453 86 585\nREGION=eu",
		`{"APP_SMS_FALLBACK":{"value":"9-0728-3926"},"SERVER_PORT":{"value":"8080"}}`,
	} {
		out := misc24Redact(t, in)
		if !strings.Contains(out, "[REDACTED:phone]") {
			t.Errorf("%q -> %q: phone left", in, out)
		}
	}
	for _, in := range []string{"SMS_TIMEOUT_MS=30000000", "SMS_RATE_LIMIT=1200000", "SMS_SENT=2026-11-04"} {
		if out := misc24Redact(t, in); out != in {
			t.Errorf("%q -> %q: damaged", in, out)
		}
	}
}

// Class: the phone-shaped first argument of a task named for sending an OTP or SMS.
func TestMisc24OTPTaskArg(t *testing.T) {
	in := "Task shop.tasks.send_login_otp[369d725a-b005-4756-82e8-fe7e4991e20e] received: args=('9-1162-7673', '000000') kwargs={'ttl': 300}"
	if out := misc24Redact(t, in); strings.Contains(out, "9-1162-7673") {
		t.Errorf("%q -> %q: phone left", in, out)
	}
}

// Class: a phone-shaped value right after a person's name or e-mail address
// (a middle dot, a comma, a quoted list's separator between them).
func TestMisc24NeighbourPhone(t *testing.T) {
	for _, in := range []string{
		"buyer: [REDACTED:name] · [REDACTED:email] · 973.10.596",
		`Render("[REDACTED:name]", "[REDACTED:address]", "11.91482.6032", 1, "1Z5Z4NCG4368132788")`,
	} {
		out := misc24Redact(t, in)
		if !strings.Contains(out, "[REDACTED:phone]") {
			t.Errorf("%q -> %q: phone left", in, out)
		}
		if strings.Contains(in, "1Z5Z") && !strings.Contains(out, "1Z5Z4NCG4368132788") {
			t.Errorf("%q -> %q: tracking number damaged", in, out)
		}
	}
	for _, in := range []string{"buyer: [REDACTED:name] · 3 043 kr", "[REDACTED:name] 2026-11-04", "[REDACTED:email] · 10.27.125.167"} {
		if out := misc24Redact(t, in); out != in {
			t.Errorf("%q -> %q: damaged", in, out)
		}
	}
}
