package redact

import (
	"strings"
	"testing"
)

// One reader of a digest named by its algorithm (keep22's algDigest22 and
// labelledDigest22, asked by keep22Spans and keep24Spans): the label is an
// algorithm's name, alone, glued to "hmac" or a key's last part, written
// before '=' or ':'; the hex is exactly that algorithm's digest, in one
// case.
func TestDup27NamedDigestOneReader(t *testing.T) {
	h := func(n int, c string) string { return strings.Repeat(c, n/len(c)) }
	for _, v := range []string{
		"sha256=" + h(64, "3f9a0c1d"),
		"sha256:" + h(64, "3f9a0c1d"),
		"hmac-sha256:" + h(64, "6dad1b4f"),
		"HMAC-SHA256=" + h(64, "6DAD1B4F"),
		"hmacsha1=" + h(40, "a1b2c3d4e5"),
		"hmac_sha512:" + h(128, "0f1e2d3c"),
		"md5:" + h(32, "9e107d9d"),
		"sha3-256:" + h(64, "a7ffc6f8"),
		"hmac-sha3-256=" + h(64, "a7ffc6f8"),
		"blake3:" + h(64, "af1349b9"),
		"signature_sha256=" + h(64, "3f9a0c1d"),
	} {
		if !algDigest22(v) {
			t.Errorf("algDigest22(%q) = false", v)
		}
	}
	for _, v := range []string{
		"sha256:" + h(40, "ab"),              // the wrong length for its name
		"sha256=" + h(64, "3F9a0c1d"),        // both cases
		"sha255:" + h(64, "3f9a0c1d"),        // no algorithm's name
		"token:" + h(64, "3f9a0c1d"),         // a key that names no algorithm
		"my sha256:" + h(64, "3f9a0c1d"),     // a label is one word
		"xsha256=" + h(64, "3f9a0c1d"),       // a longer word than the name
		h(64, "3f9a0c1d"),                    // no label
		"sha256:" + h(62, "3f9a0c1d") + "zz", // not hex
	} {
		if algDigest22(v) {
			t.Errorf("algDigest22(%q) = true", v)
		}
	}
	d := h(64, "6dad1b4f")
	for _, c := range []struct {
		s    string
		want bool
	}{
		{`"accessor":"hmac-sha256:` + d + `"`, true},
		{`X-Hub-Signature-256: sha256=` + d, true},
		{`hub.sha256=` + d + ` next`, true},
		{`sha256=` + d + `g`, false},                                 // the hex goes on
		{`averyveryverylongkeynamewithmorewords_sha256=` + d, false}, // longer than a label
		{`password:` + d, false},
	} {
		a := strings.Index(c.s, d)
		if got := labelledDigest22(c.s, a, a+len(d)); got != c.want {
			t.Errorf("labelledDigest22(%q) = %v", c.s, got)
		}
	}
	r := newDefault(t)
	keep23Check(t, r, `{"type":"request","auth":{"client_token":"hmac-sha256:`+d+`"},"request":{"path":"secret/data/shop"}}`, []string{d}, nil)
	keep23Check(t, r, `webhook delivered signature=sha256:`+d+` secret=whsec_FakeSecret9xQ2Lm7`, []string{d}, []string{"whsec_FakeSecret9xQ2Lm7"})
	keep23Check(t, r, `api_secret=`+d, nil, []string{d})
}

// A client whose "login" subcommand takes the password in -p or
// --password is a row of the command table (cmdFlags21): the value is the
// next word whatever it starts with, a reference to a secret held
// elsewhere is kept, and the flag of another subcommand is no password.
func TestDup27LoginRowsOfTheCommandTable(t *testing.T) {
	checkSec24(t, []sec24Case{
		{"+ docker login -u ci-bot -p -Fk9*x%Pw!2 registry.example.test", []string{"-Fk9*x%Pw!2"}},
		{"+ /usr/local/bin/oras login -u bot --password Fk7~Orbs2 reg.example.test", []string{"Fk7~Orbs2"}},
		{"$ az login -u ops@example.test -p 'Fk Pass 44'", []string{"Fk Pass 44"}},
		{"+ kubectl oidc-login login --password=$Fk!8pw -u ops", []string{"$Fk!8pw"}},
		{"ldapsearch -x -D cn=svc -w '$Fk!ldap9' -b dc=example", []string{"$Fk!ldap9"}},
	}, []string{
		"+ docker login -u ci-bot -p ${REGISTRY_PASSWORD} registry.example.test",
		"+ docker login -u ci-bot --password-stdin registry.example.test",
		"+ helm install shop ./chart -p 8443",
		"+ docker push -p registry.example.test/shop:1.2",
		"ldapsearch -x -D cn=svc -w $LDAP_PW -b dc=example",
	})
}

// Twice equals once where a phone's refusal rests on a neighbour that the
// same pass may mask: digits run into an e-mail's local part ("…+x@…",
// "…ʯ@…") are the address's only when a domain follows the '@' (the e-mail
// reader then takes them whole); before an '@' with no domain they are
// read on their own, as a second pass reads them once another reader has
// masked what stood after them.
func TestDup27PhoneBeforeAtWithoutDomain(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{
		"'NAD+!00100000000++0@",
		"'NAD+!00100000000++0@x",
		"'NAD+!00100000000++x@'",
		"'NAD+!00100000000..x@",
		"ref 0912345678+ab@ done",
		"'NAD+!00100000000ʯ@x",
		"'NAD+!00100000000+é@",
	} {
		once := r.String(in)
		if twice := r.String(once); twice != once {
			t.Errorf("not idempotent:\n in    %q\n once  %q\n twice %q", in, once, twice)
		}
	}
	// an e-mail's local part that starts with digits stays the e-mail's
	for _, in := range []string{"write to 0912345678+shop@example.test today", "0912345678.lee@mail.example.test", "0000 00ʯ@example.test"} {
		out := r.String(in)
		if !strings.Contains(out, "[REDACTED:email]") || strings.Contains(out, "phone") {
			t.Errorf("%q → %q", in, out)
		}
	}
}
