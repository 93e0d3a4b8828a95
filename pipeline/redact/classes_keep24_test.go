package redact

import "testing"

// Platform configuration's clean values (keep24_spans.go, keep24_pem.go).
// The values are made up: hex and base64 from no key, names from no
// person.

func keep24Redactor(t *testing.T) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Class: a reference to a secret (a file path under a `_FILE` key or a
// secrets directory, a variable, template or command substitution) is not
// the secret; the secret itself beside it is still masked.
func TestKeep24SecretReferenceIsNoCredential(t *testing.T) {
	r := keep24Redactor(t)
	for _, c := range []struct{ line, keep, gone string }{
		{"REDIS_PASSWORD_FILE=/run/secrets/redis-pass\nMYSQL_ROOT_PASSWORD=Qx7#fakeVal!9zz", "/run/secrets/redis-pass", "Qx7#fakeVal!9zz"},
		{`"DB_PASSWORD_FILE=/run/secrets/db", "SMTP_PASSWORD=j4Bfake0WHNFQYgv$u"`, "/run/secrets/db", "j4Bfake0WHNFQYgv$u"},
		{"- api_key: \"${STRIPE_API_KEY}\"\n+ password: Tundra0857!!", "${STRIPE_API_KEY}", "Tundra0857!!"},
		{"  password: \"{{ lookup('env', 'DB_PASS') }}\"\n  token: Zq9fakeTokenVal42x", "{{ lookup('env', 'DB_PASS') }}", "Zq9fakeTokenVal42x"},
		{"    PGPASSWORD=$(cat /run/secrets/pg)", "$(cat /run/secrets/pg)", ""},
		{"+ docker login -u gitlab-ci-token -p $CI_REGISTRY_PASSWORD registry.example.test", "$CI_REGISTRY_PASSWORD", ""},
	} {
		var gone []string
		if c.gone != "" {
			gone = []string{c.gone}
		}
		keep23Check(t, r, c.line, []string{c.keep}, gone)
	}
}

// Class: the name and key of a Kubernetes secretKeyRef name a Secret and
// its entry, not a person or a password.
func TestKeep24SecretKeyRefNamesNoSecret(t *testing.T) {
	r := keep24Redactor(t)
	keep23Check(t, r, `denied the request: key SLACK_BOT_TOKEN holds a literal credential; use a Secret with secretKeyRef: {name: payments-db, key: password}. request uid 0a39a9bf`,
		[]string{"secretKeyRef: {name: payments-db, key: password}"}, nil)
	keep23Check(t, r, `use a Secret with valueFrom: secretKeyRef: name=smtp key=api-key. request uid 1b588eac`,
		[]string{"secretKeyRef: name=smtp key=api-key"}, nil)
}

// Class: a digest after a hash algorithm's label (Vault's HMAC'd audit
// values) is a digest, not a key.
func TestKeep24NamedDigestIsNoCredential(t *testing.T) {
	r := keep24Redactor(t)
	d := "6dad1b4f6d24b2cffe3e34784ef81480645f0d876bf2860aa4efd08710424887"
	keep23Check(t, r, `{"time":"2026-11-18T20:22:10.753Z","type":"response","auth":{"accessor":"hmac-sha256:`+d+`"},"request":{"path":"secret/data/payments/psp"}}`,
		[]string{d}, nil)
}

// Class: an unterminated PEM key's mask ends where its base64 body ends,
// not at the end of the line.
func TestKeep24UnterminatedPEMEndsWithItsBody(t *testing.T) {
	r := keep24Redactor(t)
	body := "MIIEpAIBAAKCAQEAmEJuMPbuokbGh3w92phBVSsZJxG0SBFHNjDgQ+/c"
	line := `node[90177]: heap snapshot string @670834: "-----BEGIN PRIVATE KEY-----\n` + body + `\n..."` + "\nsignal SIGSEGV at 2026-11-13T03:29:50.320Z"
	keep23Check(t, r, line, []string{"SIGSEGV", "2026-11-13T03:29:50.320Z"}, []string{body[len(body)/2:]})
	full := "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7fakeFAKEfake"
	keep23Check(t, r, "key dump: -----BEGIN RSA PRIVATE KEY-----\n"+full+"\n"+full+"\nQ+/cAB==\nexit status 2",
		[]string{"exit status 2"}, []string{full[32:], "Q+/cAB=="})
}

// Class: a bot account, a service's name and what follows it, and a
// provider's literal login (SendGrid's "apikey") are no person.
func TestKeep24AccountsAreNoNames(t *testing.T) {
	r := keep24Redactor(t)
	keep23Check(t, r, "# name: checkout-worker dependabot[bot] limits.memory=1Gi", []string{"checkout-worker", "dependabot[bot]"}, nil)
	keep23Check(t, r, "# name: checkout-worker USER nobody limits.memory=1Gi", []string{"checkout-worker USER nobody"}, nil)
	keep23Check(t, r, "smtp:\n  host: email-smtp.eu-west-1.amazonaws.com\n  smtp_username: apikey\n  from: shop@example.test", []string{"smtp_username: apikey"}, nil)
}

// Class: a country code alone and a DNS name alone are no postal address.
func TestKeep24CodesAndHostsAreNoAddresses(t *testing.T) {
	r := keep24Redactor(t)
	keep23Check(t, r, "config diff 41eb62e..b6ebb36\n  payment_provider: adyen\n  address_country: KE\n  address: 0.0.0.0:8080", []string{"address_country: KE"}, nil)
	keep23Check(t, r, "{\n  \"attributes\": {\n    \"auth_token\": \"Zq9fakeTokenVal42xYw\",\n    \"primary_endpoint_address\": \"vault-1.internal.example.test\",\n    \"port\": 6379\n  }\n}",
		[]string{"vault-1.internal.example.test"}, []string{"Zq9fakeTokenVal42xYw"})
}

// Class: a shop's name opened by a word for "shop" names a business.
func TestKeep24ShopNamesAreNoPersons(t *testing.T) {
	r := keep24Redactor(t)
	keep23Check(t, r, "seller_name,contact_email,store\nAmina Yusuf,amina.fake@example.test,Kedai Pak Mat\nJan Kowalski,jan.fake@example.test,Sklep Pod Lipą",
		[]string{"Kedai Pak Mat", "Sklep Pod Lipą"}, []string{"Yusuf", "Kowalski"})
}
