package redact

import (
	"strings"
	"testing"
)

// One-time codes set apart in brackets or quotes after their phrase, in
// the languages of the SMS templates, and secrets of several words in an
// environment dump. All values are made up.

func TestOTP16BracketedCodes(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, code string }{
		{`sms.outbound to=01000000000 text="인증번호는 [500619] 입니다" provider=fake`, "500619"},
		{"【淘宝】您的验证码是【482913】，5分钟内有效", "482913"},
		{"認証コードは「730154」です", "730154"},
		{"Ihr Bestätigungscode lautet [318842]", "318842"},
		{"Mã xác minh của bạn là (604417)", "604417"},
		{"Код подтверждения: (271930)", "271930"},
		{"Kode verifikasi Anda: [850326]", "850326"},
		{"Tu código de verificación es [913370]", "913370"},
		{"Your verification code is [482913].", "482913"},
	} {
		got := r.String(c.in)
		if strings.Contains(got, c.code) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.code, c.in, got)
		}
		if !strings.Contains(got, "[REDACTED:credential]") {
			t.Errorf("no credential marker:\n in:  %s\n out: %s", c.in, got)
		}
	}
	// bracketed numbers that no code's phrase names
	for _, s := range []string{
		"order [482913] shipped",
		"status is [4001]",
		"total is (1200) items",
		"[2026] verification code sent",
		"verification code sent (4821) times",
		"pedido 【482913】 enviado",
	} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestCreds16EnvDump(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		{"START RequestId: 0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5 Version: $LATEST\nENV dump: FAKE_PRIVATE_KEY=whsec_FakeFakeFakeFake0000 DB_PASS=over there-trip-fake85 REGION=eu-west-1 RELEASE=v9.33.48\nEND RequestId", "there-trip-fake85"},
		{"env: APP_SECRET=two words fake77 LOG_LEVEL=debug PORT=8080", "words fake77"},
		{"entrypoint env SMTP_PASSWORD=so few-fake-problem54 SMTP_HOST=mail.example.com SMTP_PORT=587", "few-fake-problem54"},
	} {
		if got := r.String(c.in); strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
	}
	// values of other names, and a dump of fewer than three names
	for _, c := range []struct{ in, keep string }{
		{"env: APP_NAME=Fake Shop Europe LOG_LEVEL=debug PORT=8080", "Fake Shop Europe"},
		{"env: DB_PASS=hunter2fake REGION=eu-west-1 RELEASE=v1.2.3", "REGION=eu-west-1 RELEASE=v1.2.3"},
		{"DB_PASS=two words and more REGION=eu-west-1", "REGION=eu-west-1"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.keep) {
			t.Errorf("damaged %q:\n in:  %s\n out: %s", c.keep, c.in, got)
		}
	}
}
