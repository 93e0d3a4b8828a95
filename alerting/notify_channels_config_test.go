package alerting_test

import (
	"os"
	"strings"
	"testing"

	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/config"
)

func TestEmailAndSMSReceiversValid(t *testing.T) {
	c := decode(t, `
route: {receiver: mail, routes: [{receiver: sms, matchers: [severity=P0], continue: true}, {receiver: tw, matchers: [severity=P0]}]}
receivers:
  - name: mail
    email:
      host: smtp.example.com
      tls: implicit
      username: vigil@example.com
      password: pw
      auth: login
      from: "vigil <vigil@example.com>"
      to: [oncall@example.com]
      cc: [lead@example.com]
  - name: sms
    aliyun_sms:
      access_key_id: id
      access_key_secret: sk
      sign_name: vigil
      template_code: SMS_000000001
      phone_numbers: ["+15550100001"]
    rate_limit: {burst: 3, every: 2m}
  - name: tw
    twilio: {account_sid: AC1, auth_token: tok, messaging_service_sid: MG1, to: ["+15550100001"], max_length: 320}
  - name: relay
    email: {host: 127.0.0.1, tls: none, from: vigil@example.com, to: [oncall@example.com]}
`)
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	for i, want := range []string{"email", "aliyun_sms", "twilio", "email"} {
		if got := c.Receivers[i].Type(); got != want {
			t.Errorf("receiver %d: Type = %q, want %q", i, got, want)
		}
	}
}

func TestEmailAndSMSReceiversInvalid(t *testing.T) {
	y := `
route: {receiver: mail}
receivers:
  - name: mail
    email: {host: smtp.example.com, tls: none, auth: cram-md5, password: pw, from: "not an address", to: [ok@example.com, "bad"], port: 70000}
  - name: sms
    aliyun_sms: {phone_numbers: ["+1555-0100-001"], rate_limit: {burst: -1}}
  - name: tw
    twilio: {account_sid: AC1, auth_token: tok, max_length: 2000}
`
	var c alerting.Config
	err := config.Decode("test.yaml", []byte(y), &c, func(string) (string, bool) { return "", false })
	if err == nil {
		t.Fatal("accepted")
	}
	msg := err.Error()
	for _, want := range []string{
		"receivers.0.email.tls: none sends the password and alerts in clear: allowed only to a loopback host",
		"receivers.0.email.auth: must be plain or login",
		"receivers.0.email.username: is required with password",
		"receivers.0.email.from: must be an email address",
		"receivers.0.email.to.1: must be an email address",
		"receivers.0.email.port: must be a TCP port",
		"receivers.1.aliyun_sms.access_key_id: is required",
		"receivers.1.aliyun_sms.template_code: is required",
		"receivers.1.aliyun_sms.phone_numbers.0: must be a phone number",
		"receivers.1.aliyun_sms.rate_limit: has moved to receivers.1.rate_limit",
		"receivers.2.twilio.from: is required unless messaging_service_sid is set",
		"receivers.2.twilio.to: at least one phone number is required",
		"receivers.2.twilio.max_length: must be between 0",
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("no %q in\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "0100-001") {
		t.Errorf("a phone number is quoted in\n%s", msg)
	}
}

// The README's email and SMS example loads and validates.
func TestREADMEEmailAndSMSExample(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	s := string(readme)
	i := strings.Index(s, "Email and SMS receivers, with SMS kept for P0")
	if i < 0 {
		t.Fatal("no email and SMS example in the README")
	}
	start := strings.Index(s[i:], "```yaml\n") + i + len("```yaml\n")
	end := strings.Index(s[start:], "```") + start
	env := func(k string) (string, bool) { return "value-of-" + strings.ToLower(k), true }
	cfg, err := config.Parse("README.md", []byte(s[start:end]), env)
	if err != nil {
		t.Fatalf("the README's example does not load:\n%v", err)
	}
	var types []string
	for _, r := range cfg.Alerting.Receivers {
		types = append(types, r.Type())
	}
	if strings.Join(types, ",") != "email,aliyun_sms,twilio" {
		t.Errorf("receivers %v", types)
	}
}
