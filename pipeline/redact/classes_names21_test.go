package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of names21_*.go. The family names and streets are
// made up ("Fake…", "Test…"); the given names are common ones the names'
// lexicon knows, and the numbers come from a seeded generator.

var n21Given = []string{"paolo", "emil", "camila", "manon", "lukas", "jana", "nikos", "mateo"}
var n21Family = []string{"fakeberg", "testere", "mockley", "placeholt", "dummerova", "fakeworth"}

func n21Name(rng *rand.Rand) string {
	return n21Given[rng.Intn(len(n21Given))] + " " + n21Family[rng.Intn(len(n21Family))]
}

func n21Redactor(t *testing.T) *Redactor {
	t.Helper()
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func n21Idem(t *testing.T, r *Redactor, out string) {
	t.Helper()
	if again := r.String(out); again != out {
		t.Errorf("not idempotent:\n  %q\n→ %q", out, again)
	}
}

// Class: a name after a phrase that can only mean "my name is", typed in
// lower case or written in a script without case, with no other PII in
// the text to lean on.
func TestNames21IntroAnyCase(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2101))
	phrases := []string{"my name is %s", "me llamo %s", "jina langu ni %s", "mit navn er %s", "nimeni on %s",
		"volám sa %s", "zovem se %s", "mano vardas %s", "je m'appelle %s", "nazywam się %s", "ako po si %s",
		"mein  name ist %s"}
	for i, p := range phrases {
		name := n21Name(rng)
		in := fmt.Sprintf(`query="%s, kod %d" top_k=5 best=chunk_%x`, fmt.Sprintf(p, name), 100000+rng.Intn(899999), rng.Int63())
		out := r.String(in)
		n20Check(t, in, out, []string{strings.Fields(name)[1]}, []string{"top_k=5", "best=chunk_"})
		n21Idem(t, r, out)
		_ = i
	}
	// Scripts without case: the name up to the comma or the closing copula.
	for _, c := range []struct{ in, gone string }{
		{"query=\"என் பெயர் டெஸ்ட் போலிநாதன், குறியீடு 11\"", "போலிநாதன்"},
		{"[10:00:01] Customer: اسم  من تست ساختگی است - ممنون", "ساختگی"},
		{"[10:00:01] Customer: намайг тест хуурамч гэдэг", "хуурамч"},
		{"[10:00:01] Customer: माझे नाव टेस्ट बनावट आहे", "बनावट"},
		{"[10:00:01] Customer: зовем се тест лажни, хвала", "лажни"},
	} {
		out := r.String(c.in)
		n20Check(t, c.in, out, []string{c.gone}, nil)
		n21Idem(t, r, out)
	}
	// What follows no such phrase, or is no name, stays.
	for _, in := range []string{
		"The table name is orders_2026 and the job name is nightly_sync",
		"my name is not on the list, see ticket 4471",
		"намайг холбоо барина уу 4471",
		"file name is report final.csv",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed: %q → %q", in, out)
		}
	}
	// A lower-case run that does not end at a mark is cut to two words.
	in := "[10:00:01] Customer: my name is " + n21Name(rng) + " simu 0712 345 678"
	if out := r.String(in); !strings.Contains(out, "[REDACTED:name] simu") {
		t.Errorf("run not cut before the next clause: %q", out)
	}
}

// Class: the sender of a message, ticket or call between "from" and a
// colon, in a text that holds other PII.
func TestNames21MessageSender(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2102))
	for i := 0; i < 12; i++ {
		fam := []string{"Fakeberg", "Testere", "Mockley", "Placeholt"}[i%4]
		given := []string{"Annelie", "Tomás", "Harriet", "Zuzana"}[i%4]
		head := []string{"Ticket %d from %s", "New message from %s", "Email from %s", "Call %d from %s"}[i%4]
		var h string
		if strings.Count(head, "%") == 2 {
			h = fmt.Sprintf(head, 40000000+rng.Intn(9999999), given+" "+fam)
		} else {
			h = fmt.Sprintf(head, given+" "+fam)
		}
		in := fmt.Sprintf(`{"@timestamp":"2026-05-01T10:00:00Z","chunk.text":"%s: parcel EE%09dSE not delivered. Contact: %s.%s@example.com","chunk.id":"chunk_%x"}`,
			h, rng.Intn(999999999), strings.ToLower(given[:1]), strings.ToLower(fam), rng.Int63())
		out := t12Event(t, r, in)
		n20Check(t, in, out, []string{fam}, []string{"chunk_", "not delivered", "SE not"})
	}
	// Companies and teams after "from" stay, and a colon alone is no sender.
	for _, in := range []string{
		`{"@timestamp":"2026-05-01T10:00:00Z","msg":"Ticket 4471 from DHL Express: parcel delayed. Contact: ops@example.com"}`,
		`{"@timestamp":"2026-05-01T10:00:00Z","msg":"New message from Acme Logistics: pickup moved. Contact: ops@example.com"}`,
		`{"@timestamp":"2026-05-01T10:00:00Z","msg":"Ticket 4471 from Customer Care Team: closed. Contact: ops@example.com"}`,
		`{"@timestamp":"2026-05-01T10:00:00Z","msg":"Export from Jane Fakeberg: done. Contact: ops@example.com"}`,
	} {
		out := t12Event(t, r, in)
		for _, k := range []string{"DHL Express", "Acme Logistics", "Customer Care Team", "Jane Fakeberg"} {
			if strings.Contains(in, k) && !strings.Contains(out, k) {
				t.Errorf("%q damaged: %q", k, out)
			}
		}
	}
}

// Class: a privacy request's data subject ("subject.name" beside
// "subject.email"), a plain Latin name with no known name's word.
func TestNames21SubjectName(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2103))
	for i := 0; i < 10; i++ {
		name := strings.Title(n21Name(rng)) //nolint:staticcheck // ASCII names
		in := fmt.Sprintf(`{"@timestamp":"2026-05-01T10:00:00Z","dsr.id":"gdpr-2026-%06d","dsr.type":"access","subject.name":%q,"subject.email":"s%d@example.com","verification.method":"email_otp"}`,
			rng.Intn(999999), name, rng.Intn(9999))
		out := t12Event(t, r, in)
		n20Check(t, in, out, []string{name}, []string{"gdpr-2026-", "email_otp"})
	}
	// A mail's or a certificate's subject, with no person's data beside it.
	for _, in := range []string{
		`{"@timestamp":"2026-05-01T10:00:00Z","subject.name":"Quarterly Report","subject.id":"doc-4471","mail.from":"reports@example.com"}`,
		`{"@timestamp":"2026-05-01T10:00:00Z","cert.subject.name":"Shop Gateway","cert.subject.org":"Acme Retail"}`,
	} {
		out := t12Event(t, r, in)
		for _, k := range []string{"Quarterly Report", "Shop Gateway"} {
			if strings.Contains(in, k) && !strings.Contains(out, k) {
				t.Errorf("%q damaged: %q", k, out)
			}
		}
	}
}

// Class: a customer's name typed in lower case among the search terms of a
// search-term report that also lists an e-mail or a phone typed as a
// search.
func TestNames21SearchTermNames(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2104))
	for i := 0; i < 10; i++ {
		name := n21Name(rng)
		msg := fmt.Sprintf(`zero-result search terms\nterm,count,last_seen\nKids Rain Jacket,%d,2026-05-09\nt%d@example.com,1,2026-05-10\n%s,1,2026-05-11\nred dress,3,2026-05-12\nralph lauren polo,2,2026-05-12\nmary jane shoes,1,2026-05-13`,
			10+rng.Intn(80), rng.Intn(999), name)
		in := fmt.Sprintf(`{"@timestamp":"2026-05-01T10:00:00Z","service.name":"search-analytics","message":"%s"}`, msg)
		out := t12Event(t, r, in)
		n20Check(t, in, out, []string{name}, []string{"Kids Rain Jacket", "red dress", "ralph lauren polo", "mary jane shoes"})
	}
	// Without other PII in the list, a term is only a term.
	in := `{"@timestamp":"2026-05-01T10:00:00Z","message":"top search terms\nterm,count\nemil fakeberg,4\nred dress,3"}`
	if out := t12Event(t, r, in); !strings.Contains(out, "emil fakeberg") {
		t.Errorf("term taken without evidence: %q", out)
	}
}

// Class: the new address of an order after "address of order <ref> to".
func TestNames21AddressOfOrderTo(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2105))
	for i := 0; i < 10; i++ {
		street := []string{
			fmt.Sprintf("Fakeles pr. %d, LT-%05d Testai", 1+rng.Intn(200), rng.Intn(99999)),
			fmt.Sprintf("ul. Testowa %d/%d, %02d-%03d Fakowo", 1+rng.Intn(99), 1+rng.Intn(40), rng.Intn(99), rng.Intn(999)),
		}[i%2]
		order := fmt.Sprintf("%03d-%07d-%07d", rng.Intn(999), rng.Intn(9999999), rng.Intn(9999999))
		in := fmt.Sprintf(`completion cmpl-%x: "I have changed the delivery address of order %s to %s. You will get an SMS when the courier is on the way."`, rng.Int63(), order, street)
		out := r.String(in)
		n20Check(t, in, out, []string{strings.Fields(street)[0] + " " + strings.Fields(street)[1]}, []string{order, "You will get an SMS"})
		n21Idem(t, r, out)
	}
	in := "updated the address of order 123-4567890-1234567 to Warehouse 4, dock 2"
	if out := r.String(in); !strings.Contains(out, "Warehouse 4") {
		t.Errorf("a site taken as an address: %q", out)
	}
}

// Class: a delivery request's address typed in lower case or in a script
// without case, after a phrase that asks to send it there.
func TestNames21SendToAnyCase(t *testing.T) {
	r := n21Redactor(t)
	rng := rand.New(rand.NewSource(2106))
	for i := 0; i < 12; i++ {
		n, pc := 1+rng.Intn(180), 1000+rng.Intn(8999)
		c := []struct{ in, gone string }{
			{fmt.Sprintf("GET /api/search?q=please+send+it+to+%d+fakeley+road+testville+%d&lang=en", n, pc), "fakeley"},
			{fmt.Sprintf(`query=\"bitte liefern an fakestrasse %d, %d testdorf. meine nummer folgt\"`, n, pc), "fakestrasse"},
			{fmt.Sprintf("Customer: tuma kwa fakeyatta avenue %d, testakos %d", n, pc*10), "fakeyatta"},
			{fmt.Sprintf("Customer: இந்த முகவரிக்கு அனுப்பவும் %d, போலி தெரு, சோதனை - %d", n, pc*100), "போலி"},
			{fmt.Sprintf("Customer: пошаљите на адресу Лажна улица %d, %d Тестград", n, pc*10), "Лажна"},
			{fmt.Sprintf("Customer: сайн байна уу, энэ хаяг руу илгээнэ үү тест дүүрэг, хуурамч гудамж %d, %d", n, pc*10), "хуурамч"},
		}[i%6]
		out := r.String(c.in)
		n20Check(t, c.in, out, []string{c.gone}, nil)
		n21Idem(t, r, out)
	}
	// Typed with no punctuation, the address ends before the next clause.
	in := "[10:00:01] Customer: please send it to 71a fakeley street testville wa 1626 the code is #4671"
	out := r.String(in)
	n20Check(t, in, out, []string{"fakeley"}, []string{"the code is #4671"})
	// A business's own place, a phone, an order: no address.
	for _, in := range []string{
		"please send it to warehouse 4, dock 2",
		"send it to 0712345678 please",
		"please send it to order 123-4567890-1234567",
	} {
		if out := r.String(in); strings.Contains(out, "[REDACTED:address]") {
			t.Errorf("taken as an address: %q → %q", in, out)
		}
	}
}
