package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of people23b_*.go. The people are made up
// ("Testa", "Fakeson", …) and drawn from a seeded generator; numbers are
// random digits, IBANs and cards test values.

var (
	p23bGiven  = []string{"Testa", "Mocko", "Fakira", "Dummo", "Sampla"}
	p23bFamily = []string{"Fakeson", "Testerova", "Mockridge", "Dummyfield", "Samplewood"}
)

func p23bName(rng *rand.Rand) (string, string) {
	return p23bGiven[rng.Intn(len(p23bGiven))], p23bFamily[rng.Intn(len(p23bFamily))]
}

func p23bCheck(t *testing.T, in, out string, gone, kept []string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q survived:\n in: %s\nout: %s", g, in, out)
		}
	}
	for _, k := range kept {
		if !strings.Contains(out, k) {
			t.Errorf("%q was damaged:\n in: %s\nout: %s", k, in, out)
		}
	}
}

// Class: a key whose part before "name" names the person a security record
// is about — an incident's victim ("victim_name", "victimName") or a card
// form's "cc_name" — holds a person's name, in JSON and in a form body.
func TestClassPeople23b_VictimAndCardholderKeys(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(231))
	for i := 0; i < 10; i++ {
		g, f := p23bName(rng)
		ip := fmt.Sprintf("10.%d.%d.%d", rng.Intn(255), rng.Intn(255), rng.Intn(255))
		in := fmt.Sprintf(`{"playbook":"ato-containment","inputs":{"victim_name":"%s %s","ioc_ip":"%s","technique":"T1557"},"ticket":"SEC-%d"}`, g, f, ip, 1000+i)
		out := r.String(in)
		p23bCheck(t, in, out, []string{f}, []string{ip, "T1557", "ato-containment", fmt.Sprintf("SEC-%d", 1000+i)})
		in = fmt.Sprintf("POST /checkout HTTP/1.1\r\nHost: www.shop.example\r\n\r\ncc_name=%s+%s&cc_exp=0929&sku=BT-%d", strings.ToUpper(f), g, 100+i)
		out = r.String(in)
		p23bCheck(t, in, out, []string{g}, []string{"cc_exp=0929", fmt.Sprintf("sku=BT-%d", 100+i)})
	}
}

// Class: a certificate subject's common name that reads as a person's name
// ("CN=Family, Given, O=…" with its comma unescaped, or "CN = given family"
// in any case beside the holder's emailAddress) is a name; host names,
// issuers and organisations stay.
func TestClassPeople23b_CertificateCN(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(232))
	for i := 0; i < 10; i++ {
		g, f := p23bName(rng)
		in := fmt.Sprintf("acme-client: CSR subject: CN=%s, %s, O=Example_Widgets, L=Testville; SANs: DNS:api.shop.example; issuer CN=R11,O=Let's Encrypt,C=US", f, g)
		out := r.String(in)
		p23bCheck(t, in, out, []string{f, g}, []string{"O=Example_Widgets", "CN=R11", "DNS:api.shop.example"})
		in = fmt.Sprintf("Certificate:\n    Subject: C = RO, CN = %s %s, emailAddress = %s@example.com\n    Issuer: CN = api.shop.example, O = Example Widgets", strings.ToLower(g), strings.ToLower(f), strings.ToLower(f))
		out = r.String(in)
		p23bCheck(t, in, out, []string{strings.ToLower(g) + " " + strings.ToLower(f)}, []string{"CN = api.shop.example", "O = Example Widgets"})
	}
}

// Class: a run shaped as a person's name that follows an IBAN or a
// resident id and closes its clause ("IBAN … Given Family", a DLP tool's
// matched excerpt) is the holder's name; a bank or a status there stays.
func TestClassPeople23b_HolderAfterID(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(233))
	for i := 0; i < 10; i++ {
		g, f := p23bName(rng)
		in := fmt.Sprintf(`{"incident_id":"INC-%d","matched_excerpt":"IBAN DE89 3704 0044 0532 0130 00 %s %s","user":"svc_backup"}`, 100000+i, g, f)
		out := r.String(in)
		p23bCheck(t, in, out, []string{g + " " + f}, []string{fmt.Sprintf("INC-%d", 100000+i), "svc_backup"})
		in = fmt.Sprintf(`{"matched_excerpt":"IBAN [REDACTED:iban] %s, %s"}`, strings.ToUpper(f), g)
		out = r.String(in)
		p23bCheck(t, in, out, []string{g}, nil)
		if r.String(out) != out {
			t.Errorf("not idempotent: %s", out)
		}
	}
	for _, keep := range []string{"Deutsche Bank", "Payout Hold", "Pending Review"} {
		in := `{"matched_excerpt":"IBAN DE89 3704 0044 0532 0130 00 ` + keep + `"}`
		p23bCheck(t, in, r.String(in), nil, []string{keep})
	}
}

// Class: a CSV column whose header names the person a record is about
// ("victim") holds names (any case) and, when another of its cells is an
// e-mail address or a name, phone numbers; IOC values and IPs stay.
func TestClassPeople23b_PersonColumn(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(234))
	for i := 0; i < 10; i++ {
		g, f := p23bName(rng)
		ph := fmt.Sprintf("370%08d", rng.Intn(100000000))
		in := fmt.Sprintf("indicator,type,first_seen,confidence,tags,victim\n"+
			"10.58.19.%d,ipv4,2026-11-14T04:01:45.000Z,8,credential-stuffing,%s@example.com\n"+
			"64675b7875aa8eddab38ce9950ed82cca78d3c507cc495e8a2d83a032ff2319%d,sha256,2026-11-05T01:48:37.000Z,67,T1539,\"%s %s\"\n"+
			"login-test%d.example,domain,2026-11-25T05:54:41.000Z,80,phishing,%s\n"+
			"10.9.8.%d,ipv4,2026-11-25T05:54:41.000Z,80,scan,10.1.2.3", i, strings.ToLower(f), i, strings.ToLower(g), strings.ToLower(f), i, ph, i)
		out := r.String(in)
		p23bCheck(t, in, out, []string{strings.ToLower(f), ph}, []string{fmt.Sprintf("login-test%d.example", i), "T1539", "10.1.2.3", fmt.Sprintf("10.58.19.%d", i)})
	}
}

// Class: a name in any case before its owner's e-mail address in brackets
// that opens a clause ("…: given family (g.f@…) logged in"), and a name
// between a buyer's role word and a verb of reporting or a datum's label
// ("customer given family reported:", "buyer given family iban …").
func TestClassPeople23b_LowerCaseNamesInPlace(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(235))
	for i := 0; i < 10; i++ {
		g, f := p23bName(rng)
		lg, lf := strings.ToLower(g), strings.ToLower(f)
		in := fmt.Sprintf("[ATO] 2026-11-21T15:20:20.000Z: %s %s (%s.%s@example.com) logged in from 10.1.2.%d Testville/AS16509", lg, lf, lg, lf, i)
		out := r.String(in)
		p23bCheck(t, in, out, []string{lg + " " + lf}, []string{"AS16509", fmt.Sprintf("10.1.2.%d", i)})
		in = fmt.Sprintf(`SEC-%d [low] analyst note — customer %s %s reported: "parcel missing" Related T1110.003 CVE-2026-%d`, 1000+i, lg, lf, 3000+i)
		out = r.String(in)
		p23bCheck(t, in, out, []string{lg + " " + lf}, []string{"T1110.003", fmt.Sprintf("CVE-2026-%d", 3000+i), "parcel missing"})
	}
	for _, keep := range []string{"customer support team reported: outage", "the customer service desk said nothing", "customer master synced: cost center CC-0001",
		"Customer callback requested: call later", "svc backup (ops@shop.example) logged in"} {
		out := r.String(keep)
		p23bCheck(t, keep, out, nil, []string{strings.Fields(keep)[0] + " " + strings.Fields(keep)[1]})
	}
}
