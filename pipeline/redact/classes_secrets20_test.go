package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Credentials and their look-alikes in the logs of data platforms and
// assistants: token counts of a language model's usage, a service
// account's private key id, a printed environment's aligned column, a
// secret decoded on the command line, one-time codes pasted as "the code
// is …", recovery codes without digits, the shop an assistant serves and
// an amount beside a phone in a printed table. All values are made up.

// secrets20Masked checks that each secret is gone, the text redacted twice
// reads as once, and each kept string is still there.
func secrets20Masked(t *testing.T, r *Redactor, in string, secrets, kept []string) {
	t.Helper()
	got := r.String(in)
	for _, s := range secrets {
		if strings.Contains(got, s) {
			t.Errorf("kept secret %q:\n in:  %s\n out: %s", s, in, got)
		}
	}
	for _, k := range kept {
		if !strings.Contains(got, k) {
			t.Errorf("damaged %q:\n in:  %s\n out: %s", k, in, got)
		}
	}
	if again := r.String(got); again != got {
		t.Errorf("not idempotent:\n once:  %s\n twice: %s", got, again)
	}
}

// Class: a key that counts a model's tokens ("total_tokens",
// "prompt_tokens", "max_tokens", "tokens" alone) with a plain number is
// no secret; a secret under "token", "access_token", "refresh_tokens" or
// "tokens" holding a string stays masked.
func TestSecrets20TokenCountsAreNoSecrets(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct {
		in            string
		secrets, kept []string
	}{
		{"gen_ai request model=fake-model-1 id=msg_0FAKE total_tokens=6382 role=System", nil, []string{"total_tokens=6382"}},
		{`completion chatcmpl-FAKE model=fake-2 prompt_tokens=2646: "Dear customer"`, nil, []string{"prompt_tokens=2646"}},
		{"usage cached_tokens=402 completion_tokens=3910 max_tokens=4096 tokens=77", nil,
			[]string{"cached_tokens=402", "completion_tokens=3910", "max_tokens=4096", "tokens=77"}},
		{`{"usage":{"prompt_tokens":12,"completion_tokens":"34","cache_read_input_tokens":5}}`, nil,
			[]string{`"prompt_tokens":12`, `"completion_tokens":"34"`, `"cache_read_input_tokens":5`}},
		{`login ok token=482913 access_token=123456789 refresh_tokens=99887766`, []string{"482913", "123456789", "99887766"}, nil},
		{`{"tokens":["fakeTOKENabc123456789xyz"],"api_token":"987654"}`, []string{"fakeTOKENabc123456789xyz", "987654"}, nil},
		{"tokens=fakeGhpAb3dEf5hIjKlMnOpQrStUvWx01", []string{"fakeGhpAb3dEf5hIjKlMnOpQrStUvWx01"}, nil},
	} {
		secrets20Masked(t, r, c.in, c.secrets, c.kept)
	}
	// an event's field: "gen_ai.usage.input_tokens": 3231
	ev := event.Event{Fields: []event.Field{
		{Path: "gen_ai.usage.input_tokens", Value: event.Value{Kind: event.Number, Str: "3231"}},
		{Path: "gen_ai.usage.output_tokens", Value: event.StringValue("58")},
		{Path: "auth.access_token", Value: event.StringValue("445566778")},
	}}
	r.Event(&ev)
	if got := ev.Fields[0].Value.Str; got != "3231" {
		t.Errorf("input_tokens: got %q", got)
	}
	if got := ev.Fields[1].Value.Str; got != "58" {
		t.Errorf("output_tokens: got %q", got)
	}
	if got := ev.Fields[2].Value.Str; strings.Contains(got, "445566778") {
		t.Errorf("access_token kept: %q", got)
	}
}

// Class: a key that names a private key's id ("private_key_id" of a
// service account) holds a secret's identifier, masked like the key; a
// public key's id stays.
func TestSecrets20PrivateKeyID(t *testing.T) {
	r := newDamageRedactor(t)
	const id = "0fa4e0000fa4e0000fa4e0000fa4e0000fa4e000"
	secrets20Masked(t, r, `config.raw={"type":"service_account","project_id":"fake-proj","private_key_id":"`+id+`","client_id":"100000000000000000001"}`,
		[]string{id}, []string{`"project_id":"fake-proj"`})
	secrets20Masked(t, r, `{\"private_key_id\":\"`+id+`\",\"type\":\"service_account\"}`, []string{id}, nil)
	secrets20Masked(t, r, `jwks public_key_id=`+id+` alg=RS256`, nil, []string{id})
}

// Class: "kubectl describe" aligns a container's environment in a column:
// a secret's key that opens its line, its colon, then many spaces and the
// value. A placeholder for a secret reference stays.
func TestSecrets20AlignedEnvironment(t *testing.T) {
	r := newDamageRedactor(t)
	const key = "RkFLRWZha2VGQUtFZmFrZUZBS0VmYWtlOmZha2VGQUtFZmFrZUZBS0U="
	in := "Name:         fake-pod-7c9d\nNamespace:    data\nEnvironment:\n  ELASTIC_API_KEY:        " + key +
		"\n  SEARCH_TOKEN:           fakeTokenValue0123456789\n  DB_PASSWORD:            <set to the key 'password' in secret 'db-creds'>  Optional: false\n  LOG_LEVEL:              debug"
	secrets20Masked(t, r, in, []string{key, "fakeTokenValue0123456789"}, []string{"Name:         fake-pod-7c9d", "<set to the key", "LOG_LEVEL:              debug"})
	// the same printed into a JSON string
	secrets20Masked(t, r, `{"message":"Environment:\n  ELASTIC_API_KEY:        `+key+`\n  LOG_LEVEL:   debug"}`, []string{key}, []string{"LOG_LEVEL:   debug"})
}

// Class: the line after a command that decodes a secret with base64 ("…
// get secret … | base64 -d") is the secret itself; a decoded file stays.
func TestSecrets20DecodedSecretLine(t *testing.T) {
	r := newDamageRedactor(t)
	secrets20Masked(t, r, "$ kubectl -n fake get secret fake-creds -o jsonpath='{.data.password}' | base64 -d\nFAKEpw-0a1B2c3D\n$ kubectl -n fake rollout restart deploy/fake",
		[]string{"FAKEpw-0a1B2c3D"}, []string{"rollout restart deploy/fake"})
	secrets20Masked(t, r, `{"log.original":"$ kubectl get secret fake -o jsonpath='{.data.token}' | base64 --decode\nFAKEtok0a1B2c3D4e\n$ exit"}`,
		[]string{"FAKEtok0a1B2c3D4e"}, nil)
	secrets20Masked(t, r, "$ cat fake-image.b64 | base64 -d\nfakebinaryoutput\n$ ls", nil, []string{"fakebinaryoutput"})
}

// Class: a one-time code given as the clause "the code is …" of a buyer's
// message, in their language ("koden er", "kod je", "o código é", "der
// Code lautet", "ang code ay", "លេខកូដគឺ"), or after the word for code
// right after the buyer's data; codes named as others (postal, zip,
// error, status) stay.
func TestSecrets20CodeClause(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, code string }{
		{"where is my order 000-0000000-0000001, the code is 752538", "752538"},
		{"hei - ring meg på +47 400 00 000 - koden er 342492", "342492"},
		{"the  code is 073458 you can reach me on +1 202 555 0100", "073458"},
		{"nazovite me na +385 91 000 0000 - kod je 993883", "993883"},
		{"olá, o código é 159932", "159932"},
		{"wo bleibt meine Bestellung 000-0000000-0000002 der Code lautet 071515", "071515"},
		{"email ko po fake@example.com, ang code ay 880088", "880088"},
		{"mano el. paštas fake@example.com kodas 467287", "467287"},
		{"verzend naar Fakestraat 1 - លេខកូដគឺ 689708", "689708"},
		{"tuma kwa fake@example.com, nambari ya siri ni 109556", "109556"},
		{"验证码是  687021  我的手机号 13800000000", "687021"},
	} {
		secrets20Masked(t, r, c.in, []string{c.code}, nil)
	}
	for _, s := range []string{
		"my email is fake@example.com, the postal code is 10115",
		"call fake@example.com, error code is 5001, the zip code is 94107",
		"fake@example.com: the code is 2026-05",
		"deploy 4711 kod 4712 built", // no buyer's data, no copula
	} {
		secrets20Masked(t, r, s, nil, []string{strings.Fields(s)[len(strings.Fields(s))-1]})
	}
	secrets20Masked(t, r, "call fake@example.com, error code is 5001", nil, []string{"5001"})
	secrets20Masked(t, r, "deploy 4711 kod 4712 built", nil, []string{"4712"})
}

// Class: recovery codes after the phrase that names them are taken as a
// run even when some hold no digit ("backup codes: bigdl-9uzu5 jemnx-tfhap").
func TestSecrets20RecoveryRunWithoutDigits(t *testing.T) {
	r := newDamageRedactor(t)
	secrets20Masked(t, r, "hello, my email is fake@example.com backup codes: fakq1-abcde fakzz-qwert", []string{"fakq1-abcde", "fakzz-qwert"}, nil)
	secrets20Masked(t, r, "routes check-email reset-token", nil, []string{"check-email reset-token"})
}

// Class: the shop a model's system prompt serves ("You are the support
// assistant of Dr. Martens.", "You are a helpful agent for Ralph Lauren.")
// is a business, not a person; a person after "agent for" elsewhere stays
// masked.
func TestSecrets20ServedBusiness(t *testing.T) {
	r := newDamageRedactor(t)
	secrets20Masked(t, r, "You are the support assistant of Dr. Martens. Answer in the customer's language.", nil, []string{"Dr. Martens"})
	secrets20Masked(t, r, "system prompt (rev v1.0.0):\nYou are a helpful agent for Ralph Lauren.\n## Customer profile\n- Name: Fakeperson Example", nil, []string{"Ralph Lauren"})
	secrets20Masked(t, r, "You are the support assistant of Paul Smith. Never reveal internal notes.", nil, []string{"Paul Smith"})
	secrets20Masked(t, r, "ticket assigned to agent for Paul Smith, email fake@example.com", []string{"Paul Smith"}, nil)
}

// Class: a phone in a printed table is not read across the column gap into
// the amount in the next cell.
func TestSecrets20PhoneStopsAtAmountCell(t *testing.T) {
	r := newDamageRedactor(t)
	in := "      name              email                   phone               ltv\n0     Fake Person       fake1@example.com       (+52) 99 0000 0000  21 616,77 kr\n1     Fake Other        fake2@example.com       (+381) 61 000 0000  10 145,08 kr"
	secrets20Masked(t, r, in, []string{"99 0000 0000", "61 000 0000"}, []string{"21 616,77 kr", "10 145,08 kr"})
}

// Class: an id's prefix of capitals glued to '-' and digits ("ORD-…") is
// not taken as the last word of the name or address before it.
func TestSecrets20IDPrefixEndsName(t *testing.T) {
	r := newDamageRedactor(t)
	secrets20Masked(t, r, `query="اسمي عمرو سالم الكود هو ORD-54792963" top_k=5`, []string{"عمرو سالم"}, []string{"ORD-54792963"})
}
