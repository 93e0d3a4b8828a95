package redact

import (
	"strings"
	"testing"
)

// sec24Case is a text and the made-up secrets it holds.
type sec24Case struct {
	in      string
	secrets []string
}

// checkSec24 runs r over the cases (also as an escaped JSON string where
// the text has line breaks) and reports any secret kept, then checks that
// the kept texts come out unchanged.
func checkSec24(t *testing.T, cases []sec24Case, keep []string) {
	t.Helper()
	r := newDefault(t)
	for _, c := range cases {
		out := r.String(c.in)
		for _, v := range c.secrets {
			if strings.Contains(out, v) {
				t.Errorf("secret %q kept: %q", v, out)
			}
		}
		if again := r.String(out); again != out {
			t.Errorf("not idempotent: %q then %q", out, again)
		}
		if strings.Contains(c.in, "\n") {
			esc := `{"message":"` + strings.ReplaceAll(strings.ReplaceAll(c.in, `"`, `\"`), "\n", `\n`) + `"}`
			out := r.String(esc)
			for _, v := range c.secrets {
				if strings.Contains(out, v) {
					t.Errorf("secret %q kept in JSON: %q", v, out)
				}
			}
		}
	}
	for _, in := range keep {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// A registry or cluster client's "login" subcommand takes the password in
// -p or --password: its value is the secret, a variable or "-" (standard
// input) is not.
func TestSec24LoginSubcommandPasswordFlag(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"+ docker login -u ci-bot -p Fake~7~XY$QzFakePw registry.example.test", []string{"Fake~7~XY$QzFakePw"}},
		{"[Pipeline] sh\n+ podman login --username bot --password 'fake!Pw%2x' quay.example.test\nLogin Succeeded", []string{"fake!Pw%2x"}},
		{"$ helm registry login reg.example.test -u bot --password=FakeHelmPw99", []string{"FakeHelmPw99"}},
	}, []string{
		"+ docker login -u ci-bot -p $CI_REGISTRY_PASSWORD",
		"+ docker login -u ci-bot --password-stdin registry.example.test",
		"+ docker run -p 8080:80 nginx:1.27",
		"+ kubectl port-forward svc/api -p 9090",
	})
}

// A key-value store's key under a "sessions/" or "tokens/" directory
// holds the session's or token's id: the id is a bearer credential. UUIDs
// (records named by id) and short segments stay.
func TestSec24SessionDirectoryKeys(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"$ etcdctl get --prefix /shop/sessions/ --limit 1\n/shop/sessions/FaKe9zwx3V5JB8e7xdx2x2DmyVrk6VQ\n{\"exp\":1794954689}", []string{"FaKe9zwx3V5JB8e7xdx2x2DmyVrk6VQ"}},
		{"consul kv get app/tokens/fk_4f2a9c0d1e8b7a6c5d4e3f21", []string{"fk_4f2a9c0d1e8b7a6c5d4e3f21"}},
	}, []string{
		"$ etcdctl get --prefix /shop/sessions/ --limit 1",
		"GET /api/v1/sessions/3f9a1c2e-7b4d-4e8f-9a0b-1c2d3e4f5a6b 200",
		"GET /api/v1/sessions/new 200",
		"possessions/abcdefgh12345678ijkl",
	})
}

// A store's reply to a read of a key that names a one-time code, a token
// or a session is that secret, quoted on the next line.
func TestSec24StoreReplyToSecretKey(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"127.0.0.1:6379> GET otp:login:[REDACTED:phone]\n\"93130\"\n127.0.0.1:6379> TTL otp:login:[REDACTED:phone]\n(integer) 189", []string{"93130"}},
		{"cache:6379> GET reset_token:user:4412\n\"fk7Qx2LmN9pR4sT6vW8yZ0\"", []string{"fk7Qx2LmN9pR4sT6vW8yZ0"}},
	}, []string{
		"127.0.0.1:6379> GET stock:sku:86220\n\"14\"",
		"127.0.0.1:6379> GET shipping:zone:postcode:MX\n\"zone-b\"",
		"127.0.0.1:6379> GET otp_length\n\"6\"",
	})
}

// A job's or task's positional arguments hold a one-time code when its
// name says it sends or checks one: a quoted argument of 4 to 8 digits.
func TestSec24JobArgumentsOfACodeJob(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"Task shop.tasks.send_login_otp[83cad94a-d022-4325-acd3-0146cd7a1c35] received: args=('[REDACTED:phone]', '640123') kwargs={'ttl': 300}", []string{"640123"}},
		{`{"class":"SendSmsOtpJob","args":["[REDACTED:phone]","4417"],"jid":"d5da67dcb2b005b643706113"}`, []string{"4417"}},
	}, []string{
		"Task shop.tasks.send_receipt[83cad94a-d022-4325-acd3-0146cd7a1c35] received: args=('ORD-1', '640123')",
		"Task shop.tasks.verify_address[83cad94a-d022-4325-acd3-0146cd7a1c35] received: args=('[REDACTED:address]', '80331')",
		`{"class":"SendSmsOtpJob","args":[12345,"MX"],"jid":"d5da67dcb2b005b643706113"}`,
	})
}

// A Terraform plan prints a secret-named resource's value in clear when
// the provider does not mark it sensitive: the quoted value of such a
// resource's "value" attribute is the secret; references stay.
func TestSec24TerraformValueOfSecretResource(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"  # aws_ssm_parameter.smtp_password will be created\n  + resource \"aws_ssm_parameter\" \"smtp_password\" {\n      + type  = \"String\"\n      + value = \"Fk!sP~!2cB*TUJ=aU\"\n      + arn   = (known after apply)\n    }", []string{"Fk!sP~!2cB*TUJ=aU"}},
	}, []string{
		"  + resource \"aws_ssm_parameter\" \"smtp_password\" {\n      + type  = \"String\"\n      + value = (sensitive value)\n    }",
		"  + resource \"aws_ssm_parameter\" \"feature_flag\" {\n      + type  = \"String\"\n      + value = \"cart.free-shipping\"\n    }",
	})
}

// GitHub Actions' "::add-mask::" command names the value the runner must
// hide: the runner prints it.
func TestSec24AddMaskValue(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"2026-11-19T11:36:44.809Z ::add-mask::fake-4SLk1kOzX6fSDJaDq0ub\n2026-11-19T11:36:44.809Z + curl -sS https://staging.example.test", []string{"fake-4SLk1kOzX6fSDJaDq0ub"}},
	}, []string{
		"::add-mask::${{ steps.token.outputs.value }}",
		"::add-mask::$NPM_TOKEN",
	})
}

// A policy engine's or linter's refusal quotes the value it found after the
// word "value" in a sentence that calls it a credential or a secret.
func TestSec24QuotedValueCalledASecret(t *testing.T) {
	checkSec24(t, []sec24Case{
		{`admission webhook "no-literal-secrets.example.test" denied the request: ConfigMap shop/payments-env key API_KEY holds a literal credential (value "9f3e1a2b4c5d6e7f8091a2b3c4d5e6f7"); use a Secret`, []string{"9f3e1a2b4c5d6e7f8091a2b3c4d5e6f7"}},
	}, []string{
		`ConfigMap shop/payments-env holds a literal credential (value "${API_KEY}")`,
		`field token_ttl has an invalid value "3600s"`,
		`token audience does not match value "shop-checkout-api"`,
	})
}

// Twilio API key SIDs ("SK" and 32 lower-case hex digits) are keys.
func TestSec24TwilioKeySID(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"TWILIO_API_KEY_SID=SK0a1b2c3d4e5f60718293a4b5c6d7e8f9", []string{"SK0a1b2c3d4e5f60718293a4b5c6d7e8f9"}},
		{"Secret:      SK0a1b2c3d4e5f60718293a4b5c6d7e8f0", []string{"SK0a1b2c3d4e5f60718293a4b5c6d7e8f0"}},
	}, []string{
		"SKU SK-1042 restocked",
		"digest SKa0b1c2",
	})
}

// Every item of an array of codes named recovery or backup codes is a
// code, letters alone too ("glpjn-yhenk"); an array of error codes stays.
func TestSec24RecoveryCodeArrayItems(t *testing.T) {
	checkSec24(t, []sec24Case{
		{`[BullMQ] job 13188 (sendRecoveryCodes) failed after 4 attempts; data={"userEmail":"[REDACTED:email]","codes":["fakeq-yhenk","[REDACTED:credential]","fakez-qwert"],"requestedAt":1795366719447}`, []string{"fakeq-yhenk", "fakez-qwert"}},
		{`user 4412 backup_codes: ['fakeab-cdefg', 'fakehi-jklmn']`, []string{"fakeab-cdefg", "fakehi-jklmn"}},
	}, []string{
		`{"job":"sync","codes":["E1001","TIMEOUT-RETRY"]}`,
	})
}

// An environment assignment of a secret-named variable whose value starts
// with '=' ("NAME==…") holds the value after the first '='; a comparison
// and a variable without a secret's name stay.
func TestSec24SecretValueStartingWithEquals(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"MYSQL_ROOT_PASSWORD==Fk37B~2qRcOL_%W", []string{"Fk37B~2qRcOL_%W"}},
		{`"Env": ["SMTP_PASSWORD==fkH#dOjp$7geBBWHMZ", "PORT=8080"]`, []string{"fkH#dOjp$7geBBWHMZ"}},
		{"+ docker login -u ci-bot -p $fkLjA4oiqVDl!8W registry.example.test", []string{"$fkLjA4oiqVDl!8W"}},
	}, []string{
		"if [ \"$MODE\" == \"prod\" ]; then",
		"BUILD_ID==4412",
		"PAD==abcdefghijk",
	})
}

// A field or argument that is alone an IBAN a digit or two off its
// country's length (mod 97 valid) is an IBAN; an id that starts with a
// country's code and fails mod 97 stays.
func TestSec24WholeFieldOffLengthIBAN(t *testing.T) {
	r := newDefault(t)
	for _, v := range []string{"AE65268838573144995892417", "SA04 2305 3023 3481 5464 6226 55"} {
		if out := r.String(v); out == v {
			t.Errorf("IBAN kept: %q", out)
		}
	}
	for _, v := range []string{"AE65268838573144995892418", "DE20261104120000123"} {
		if out := r.String(v); out != v {
			t.Errorf("changed %q into %q", v, out)
		}
	}
}
