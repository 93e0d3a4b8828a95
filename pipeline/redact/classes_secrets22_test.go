package redact

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
)

// Credentials and cards in what application frameworks, session stores,
// mailers and databases print: session ids inside session stores' keys,
// tokens in the paths of one-time links, codes a mail asks to enter,
// Redis commands that carry a password, Laravel's unquoted bindings,
// bracketed recovery codes, anti-forgery tokens and pending MFA codes
// under their keys, and a 13-digit Visa in a column of cards. Every value
// is generated or obviously fake.

// fakeToken22 returns n random token characters from alphabet a, with a
// digit and letters of both cases.
func fakeToken22(rng *rand.Rand, n int, a string) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = a[rng.IntN(len(a))]
	}
	b[0], b[1], b[2] = 'q', 'Z', '7'
	return string(b)
}

const (
	alnum22 = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
	url22   = alnum22 + "-_"
	hex22   = "0123456789abcdef"
)

// secrets22Check redacts each line and checks what must go and stay, and
// that a second pass changes nothing.
func secrets22Check(t *testing.T, in string, secrets, kept []string) {
	t.Helper()
	secrets20Masked(t, newDamageRedactor(t), in, secrets, kept)
}

// Class: the id after a session store's key prefix ("sess:", "session:",
// "sessions:", "PHPREDIS_SESSION:", "memc.sess.key.", Django's cache
// prefixes), past short namespaces ("spring:session:sessions:expires:"),
// printed by redis-cli, MONITOR or a cache dump, is a session's bearer
// credential; a short word after the prefix ("session:user:42") or a
// prefix glued to a word before it is none.
func TestSecrets22SessionStoreKeyIDs(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 1))
	for n := 0; n < 12; n++ {
		sid := fakeToken22(rng, 32, alnum22)
		uuid := fmt.Sprintf("%s-%s-4%s-8%s-%s", fakeToken22(rng, 8, hex22)[3:]+"a1b", fakeToken22(rng, 4, hex22)[3:]+"c1d", fakeToken22(rng, 3, hex22)[3:]+"e1f", fakeToken22(rng, 3, hex22)[3:]+"a2b", "0f1e2d3c4b5a")
		secrets22Check(t, "redis-cli GET sess:"+sid, []string{sid}, []string{"redis-cli GET sess:"})
		secrets22Check(t, `1764940064.069209 [0 10.0.0.7:51234] "DEL" "spring:session:sessions:expires:`+uuid+`"`, []string{uuid}, []string{`"DEL" "spring:session:`})
		secrets22Check(t, "memcached get memc.sess.key."+sid+" miss", []string{sid}, []string{"memc.sess.key.", "miss"})
		secrets22Check(t, `"GET" "PHPREDIS_SESSION:`+sid+`"`, []string{sid}, []string{"PHPREDIS_SESSION:"})
		secrets22Check(t, "cache get :1:django.contrib.sessions.cache"+strings.ToLower(sid)+" hit", []string{strings.ToLower(sid)}, []string{"django.contrib.sessions.cache", "hit"})
	}
	in := "HGETALL cart:9f2c1e7a-0b3d-4c5e-8f6a-7b8c9d0e1f2a"
	secrets22Check(t, in, nil, []string{in})
	if got := sessionKeySpans22("Obsession:abc123def456ghi789jkl and mysess:abc123def456ghi789jkl, session:user:42:cart"); len(got) != 0 {
		t.Errorf("a prefix glued to a word read as a session key: %v", got)
	}
}

// Class: an anti-forgery token under "csrf"/"xsrf" alone, and a one-time
// code under a key naming a second factor and ending in "code"
// ("mfa_pending_code", "otpSentCode"), including inside a JSON string
// escaped in a log's text; a country's or an error's code is none.
func TestSecrets22CSRFAndFactorCodeKeys(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 2))
	for n := 0; n < 12; n++ {
		tok := fakeToken22(rng, 43, url22)
		code := fmt.Sprintf("%06d", 100000+rng.IntN(899999))
		secrets22Check(t, fmt.Sprintf(`{"user":{"id":%d},"csrf":"%s","mfa_pending_code":"%s","country_code":"DE"}`, 1000+n, tok, code),
			[]string{tok, code}, []string{`"country_code":"DE"`, `"user":{"id":`})
		secrets22Check(t, fmt.Sprintf(`redis-cli GET cart:42\n"{\"xsrf\":\"%s\",\"otpSentCode\":\"%s\",\"error_code\":\"E4021\"}"`, tok, code),
			[]string{tok, code}, []string{`\"error_code\":\"E4021\"`})
	}
	for _, k := range []string{"mfapendingcode", "otpsentcode", "twofactorlogincode", "2facodes"} {
		if !factorCodeKey22(k) {
			t.Errorf("%s: not read as a one-time code's key", k)
		}
	}
	for _, k := range []string{"countrycode", "errorcode", "promocode", "postalcode", "code", "mfamethod"} {
		if factorCodeKey22(k) {
			t.Errorf("%s: read as a one-time code's key", k)
		}
	}
}

// Class: the token of a one-time link as the path segment after its
// route's word (password reset, magic link, invitation, activation,
// verification), also after a short user id segment (Django's
// "/reset/<uidb64>/<token>/"); a segment before the word, a short one or a
// file's name after it is none.
func TestSecrets22OneTimeLinkPathTokens(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 3))
	for n := 0; n < 12; n++ {
		tok := fakeToken22(rng, 32, url22)
		secrets22Check(t, `<a href="https://shop.example.test/password/reset/`+tok+`?email=x">reset</a>`, []string{tok}, []string{"https://shop.example.test/password/reset/", `">reset</a>`})
		secrets22Check(t, "GET /auth/magic-link/"+tok+" 302 12ms", []string{tok}, []string{"GET /auth/magic-link/", "302 12ms"})
		secrets22Check(t, "GET /reset/MQ/"+strings.ToLower(tok[:6])+"-"+fakeToken22(rng, 24, hex22)+"/ 200", nil, []string{"GET /reset/MQ/", "/ 200"})
		secrets22Check(t, "invite sent: https://shop.example.test/invitations/"+tok+"/accept", []string{tok}, []string{"/accept"})
	}
	// letters alone, drawn at random: still a token
	secrets22Check(t, "https://shop.example.test/password/reset/fHqnXtiBba_BhFEWkYmKlgbsdoSDJJWT?e=1", []string{"fHqnXtiBba_BhFEWkYmKlgbsdoSDJJWT"}, nil)
	for _, in := range []string{"POST /orders/ORD-2026-00012345678/confirm 200", "GET /verify/email 200",
		"GET /docs/reset/reset-instructions-2024.html 200", "GET /help/reset/ResetYourPasswordNowPlease 200"} {
		secrets22Check(t, in, nil, []string{in})
	}
}

// Class: 4 to 8 digits right after a word for "code" that a verb of
// entering or using stands at most three words before ("or enter code …",
// "Enter the verification code: …", "Saisissez le code …", "wpisz kod
// …"); "error code 504", "code 1006" and numbers without the verb are
// kept.
func TestSecrets22EnterCodeRequests(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 4))
	for n := 0; n < 12; n++ {
		code := fmt.Sprintf("%06d", 100000+rng.IntN(899999))
		tok := fakeToken22(rng, 40, url22)
		for _, f := range []string{"https://shop.example.test/auth/magic?token=%s&redirect=/orders\nor enter code %s",
			"Sign in to Shop %s\nEnter the verification code: %s", "Connexion %s — saisissez le code %s pour continuer",
			"Logowanie %s: wpisz kod %s", "magic link %s or use this one-time code %s"} {
			secrets22Check(t, fmt.Sprintf(f, tok, code), []string{code}, nil)
		}
	}
	for _, in := range []string{"upstream returned error code 504123 after 3 retries", "websocket closed with code 1006 (abnormal)",
		"enter the number of boxes 1234", "please enter shipping code A-1"} {
		secrets22Check(t, in, nil, []string{in})
	}
}

// Class: the password among a Redis command's quoted arguments as MONITOR
// prints them: AUTH's last argument (its user name kept), HELLO's and
// MIGRATE's after AUTH, CONFIG SET's requirepass and masterauth, ACL
// SETUSER's ">password" rules; other commands' arguments are kept.
func TestSecrets22RedisMonitorPasswords(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 5))
	for n := 0; n < 12; n++ {
		pw := fakeToken22(rng, 25, alnum22)
		pre := fmt.Sprintf("1762925451.%06d [0 10.0.%d.7:44336] ", rng.IntN(999999), n)
		secrets22Check(t, pre+`"AUTH" "`+pw+`"`+"\n"+pre+`"HSET" "cart:42" "sku" "SNK-NKI-38"`, []string{pw}, []string{`"AUTH" "`, `"SNK-NKI-38"`})
		secrets22Check(t, pre+`"AUTH" "default" "`+pw+`"`, []string{pw}, []string{`"AUTH" "default" "`})
		secrets22Check(t, pre+`"HELLO" "3" "AUTH" "app" "`+pw+`"`, []string{pw}, []string{`"HELLO" "3" "AUTH"`})
		secrets22Check(t, pre+`"CONFIG" "SET" "requirepass" "`+pw+`"`, []string{pw}, []string{`"requirepass"`})
		secrets22Check(t, pre+`"ACL" "SETUSER" "app" "on" ">`+pw+`" "~cart:*"`, []string{pw}, []string{`"~cart:*"`})
	}
	in := `1762925451.496716 [0 10.0.0.7:44336] "GET" "cart:9f2c1e7a0b3d4c5e8f6a7b8c9d0e1f2a"`
	secrets22Check(t, in, nil, []string{in})
}

// Class: the value under a password column of an INSERT whose bindings a
// framework printed unquoted (Laravel's QueryException "(SQL: insert …
// values (…))"), when the values match the columns one to one; a hash, a
// list whose values hold commas, and the other columns are kept.
func TestSecrets22UnquotedInsertPasswords(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 6))
	for n := 0; n < 12; n++ {
		pw := fmt.Sprintf("fake.pass%02d", rng.IntN(99))
		in := fmt.Sprintf("production.ERROR: SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'x%d' for key 'users_email_unique' (SQL: insert into `users` (`email`, `password`, `updated_at`) values (x%d, %s, 2026-04-13))", n, n, pw)
		secrets22Check(t, in, []string{pw}, []string{"2026-04-13", "for key 'users_email_unique'"})
	}
	hash := "$2y$10$abcdefghijklmnopqrstuuLQ0bC1dE2fG3hI4jK5lM6nO7pQ8rS9t"
	if got := unquotedInsertSecrets22("(SQL: insert into `users` (`email`, `password`, `updated_at`) values (x1, " + hash + ", 2026-04-13))"); len(got) != 0 {
		t.Errorf("a password's hash was read as the password: %v", got)
	}
	in := "(SQL: insert into `orders` (`id`, `sku`, `total`) values (1001, SKU-FAKE-1, 12.50))"
	secrets22Check(t, in, nil, []string{in})
	// a value holding a comma shifts the list: nothing is read by column
	if got := unquotedInsertSecrets22("insert into t (`name`, `street`, `password`) values (Jo, Fake St 5, Town, fake.pass01)"); len(got) != 0 {
		t.Errorf("a shifted list was read: %v", got)
	}
}

// Class: two or more same-shaped recovery codes in brackets right after a
// recovery phrase or key ("recovery=[… …]", "backup_codes: [..., ...]"),
// letters alone included; such codes without the phrase are
// recoveryRunSpans' to judge.
func TestSecrets22BracketedRecoveryCodes(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 7))
	low := "abcdefghijkmnpqrstuvwxyz"
	for n := 0; n < 12; n++ {
		c1 := fakeToken22(rng, 5, low)[3:] + "xk-" + fakeToken22(rng, 5, low)[3:] + "pq"
		c2 := fakeToken22(rng, 5, low)[3:] + "mz-" + fakeToken22(rng, 5, low)[3:] + "tw"
		c1, c2 = strings.ToLower(c1), strings.ToLower(c2)
		secrets22Check(t, "mfa enrol: otpauth://totp/Shop:x?issuer=Shop&digits=6 recovery=["+c1+" "+c2+"]", []string{c1, c2}, []string{"mfa enrol:", "&digits=6"})
		secrets22Check(t, `backup_codes: ["`+c1+`", "`+c2+`"] issued`, []string{c1, c2}, []string{"issued"})
	}
	in := "labels=[check-email reset-token] sent"
	secrets22Check(t, in, nil, []string{in})
}

// Class: a Luhn-valid 13-digit number from 4 alone in a cell of a
// headerless comma-separated row, at the position where another row of the
// same text holds a card; the same number in a column without cards is
// kept.
func TestSecrets22Visa13InCardColumn(t *testing.T) {
	rng := rand.New(rand.NewPCG(22, 8))
	for n := 0; n < 12; n++ {
		visa := luhnComplete("4" + fakeDigits21(rng, 11))
		card := luhnComplete("5" + fmt.Sprint(1+rng.IntN(5)) + fakeDigits21(rng, 13))
		in := fmt.Sprintf("fixtures/payment_methods.csv differs after seeding:\nrow-a%d,fake.a%d@example.test,%s,12.50 EUR\nrow-b%d,fake.b%d@example.test,%s,7.25 EUR", n, n, card, n, n, visa)
		secrets22Check(t, in, []string{visa, card}, []string{"12.50 EUR", "7.25 EUR"})
		other := fmt.Sprintf("ids:\nrow-a%d,%s,x\nrow-b%d,y,%s", n, card, n, visa)
		if got := newDamageRedactor(t).String(other); !strings.Contains(got, visa) {
			t.Errorf("a 13-digit number outside the cards' column taken:\n in:  %s\n out: %s", other, got)
		}
	}
}

// Class: the index named after "for key" in MySQL's duplicate-entry
// error is no secret.
func TestSecrets22DuplicateKeyIndexIsNoSecret(t *testing.T) {
	in := "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry 'fake-1' for key 'users_email_unique'"
	secrets22Check(t, in, nil, []string{"for key 'users_email_unique'"})
}
