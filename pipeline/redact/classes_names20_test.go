package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of names20_*.go. The people, streets and numbers
// are made up ("Fake…", "Test…") and drawn from a seeded generator.

var n20Given = []string{"Jana", "Ilze", "Kadri", "Nikos", "Harriet", "Mateo", "Zuzana", "Tomás", "Aigerim", "Leonor"}
var n20Family = []string{"Fakeová", "Testere", "Fakeberg", "Mockley", "Placeholt", "Dummer", "Fakeworth", "Sampleton"}

func n20Name(rng *rand.Rand) string {
	return n20Given[rng.Intn(len(n20Given))] + " " + n20Family[rng.Intn(len(n20Family))]
}

func n20Check(t *testing.T, in, out string, gone, kept []string) {
	t.Helper()
	for _, g := range gone {
		if strings.Contains(out, g) {
			t.Errorf("%q survives in\n  %q\n→ %q", g, in, out)
		}
	}
	for _, k := range kept {
		if !strings.Contains(out, k) {
			t.Errorf("%q damaged in\n  %q\n→ %q", k, in, out)
		}
	}
}

// Class: "delivery address" written without a colon (or a system's
// "deliver at" with one) in the buyers' languages, the address after it.
func TestNames20DeliveryAddressPhrase(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2001))
	for i := 0; i < 20; i++ {
		n, pc := 10+rng.Intn(180), 10000+rng.Intn(89999)
		street := []string{
			fmt.Sprintf("piegādes adrese Fakeles iela %d-%d, Testpils, LV-%04d", n, 1+rng.Intn(40), pc%10000),
			fmt.Sprintf("adresa de livrare Aleea Fakeanu nr. %d, Testești %06d", n, pc*7%1000000),
			fmt.Sprintf("διεύθυνση παράδοσης Ψεύτικη %d, %03d %02d Τεστούπολη", n, pc%1000, pc%100),
			fmt.Sprintf("tarneaadress Fakemäe pst %d-%d, %05d Testlinn", n, 1+rng.Intn(40), pc),
			fmt.Sprintf("deliver at: %d, Fake Marg, Testpur - %06d", n, pc*3%1000000),
			fmt.Sprintf("leveradres Fakelei %d bus 1, %04d Teststad", n, pc%10000),
		}[i%6]
		in := fmt.Sprintf("Return RMA-2026-%06d for order 987-%07d-%07d: %s, call me later", rng.Intn(999999), rng.Intn(9999999), rng.Intn(9999999), street)
		out := r.String(in)
		gone := []string{"Fakeles", "Fakeanu", "Ψεύτικη", "Fakemäe", "Fake Marg", "Fakelei"}[i%6]
		n20Check(t, in, out, []string{gone}, []string{"RMA-2026-", "for order 987-"})
		if r.String(out) != out {
			t.Errorf("not idempotent: %q", out)
		}
	}
	// The phrase alone, no address after it: nothing to take.
	for _, in := range []string{
		"Return RMA-2026-000417: διεύθυνση παράδοσης άλλαξε σήμερα το πρωί, καλέστε με",
		"deliver at: 14:30 tomorrow, gate B",
		"piegādes adrese nav pareiza, lūdzu zvaniet",
	} {
		if out := r.String(in); out != in {
			t.Errorf("damaged: %q → %q", in, out)
		}
	}
}

// Class: a delivery receipt printed as text names who took the parcel on a
// line of its own after "received by" (any language, no colon) and the
// address on the line under it; the date line after it stays.
func TestNames20ReceiptBlock(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2002))
	words := []string{"received by ", "převzal(a) ", "saņēma ", "kätte saanud Dr ", "átvette ", "predat lui "}
	for i := 0; i < 24; i++ {
		n := 10 + rng.Intn(170)
		addr := []string{
			fmt.Sprintf("Fakeles iela %d-%d, Testpils, LV-%04d", n, 1+rng.Intn(40), rng.Intn(9999)),
			fmt.Sprintf("Falešná %d/%d, %03d %02d Praha 3", n, 1+rng.Intn(30), 100+rng.Intn(800), rng.Intn(99)),
			fmt.Sprintf("%d, Fake Marg, Testpur - %06d", n, 100000+rng.Intn(899999)),
			fmt.Sprintf("%04d Testvár, Hamis utca %d.", 1000+rng.Intn(8999), n),
			fmt.Sprintf("荃灣測試街%d號%d樓B室", n, 1+rng.Intn(9)),
		}[i%5]
		date := []string{"2026-07-18  18:24:12", "6 Dec 2026  18:44:58", "20260428  20:35:21"}[i%3]
		in := fmt.Sprintf("DELIVERY RECEIPT 1Z%016d\n%s%s\n%s\n%s", rng.Int63n(1e16), words[i%len(words)], n20Name(rng), addr, date)
		var out string
		if i%2 == 1 { // an event's message
			in = fmt.Sprintf(`{"@timestamp":"2026-10-28T12:12:54.747Z","event.dataset":"documents.receipt_text","message":%q}`, in)
			out = t12Event(t, r, in)
		} else {
			out = r.String(in)
		}
		gone := []string{"Fakeles", "Falešná", "Fake Marg", "Hamis utca", "測試街"}[i%5]
		n20Check(t, in, out, []string{gone}, []string{"DELIVERY RECEIPT 1Z", date[:8]})
		if i%2 == 0 && r.String(out) != out {
			t.Errorf("not idempotent: %q", out)
		}
	}
	// What stands under the name is no address: a firm and its town, a
	// count, a note.
	for _, below := range []string{"Kühne + Nagel, Hamburg 20457", "2 items, 3.5 kg", "Left at front door, photo 3"} {
		in := "DELIVERY RECEIPT 1Z0000000000000417\nreceived by Jana Fakeová\n" + below + "\n2026-07-18  18:24:12"
		n20Check(t, in, r.String(in), nil, []string{below, "2026-07-18"})
	}
}

// Class (damage): a post that signs for a parcel ("signed by SECURITY
// GUARD", "received by Front Office") is no person's name.
func TestNames20ReceiptRoles(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	for _, role := range []string{"SECURITY GUARD", "Front Office", "Reception", "Front Desk", "Concierge"} {
		for _, f := range []string{"POD 1Z0000000000000417 signed by %s at 10:02", "parcel received by %s, no signature"} {
			in := fmt.Sprintf(f, role)
			n20Check(t, in, r.String(in), nil, []string{role})
		}
	}
	in := "parcel signed by Ellis Fakeworth at 10:02"
	n20Check(t, in, r.String(in), []string{"Fakeworth"}, nil)
}

// Class: street types of Latvian and Estonian (and Greek, Ukrainian,
// Czech) addresses, read where an address is read by its parts.
func TestNames20StreetTypes(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2003))
	for i := 0; i < 12; i++ {
		n := 10 + rng.Intn(170)
		addr := []string{
			fmt.Sprintf("Fakeles gatve %d-%d, Testpils, LV-%04d", n, 1+rng.Intn(40), rng.Intn(9999)),
			fmt.Sprintf("Fakeles bulvāris %d-%d, Testpils, LV-%04d", n, 1+rng.Intn(40), rng.Intn(9999)),
			fmt.Sprintf("Fakemäe pst %d-%d, %05d Testlinn", n, 1+rng.Intn(40), rng.Intn(99999)),
		}[i%3]
		in := fmt.Sprintf(`{"@timestamp":"2026-05-08T12:24:15.016Z","message":"record saved","adr":%q,"request_id":"r-%d"}`, addr, i)
		out := t12Event(t, r, in)
		n20Check(t, in, out, []string{"Fakeles", "Fakemäe"}, []string{fmt.Sprintf("r-%d", i)})
	}
	// A firm named before such an address, its legal form first, stays.
	for _, firm := range []string{"PT Sinar Testindo", "CV Maju Fakejaya"} {
		in := "Order supplier " + firm + ", ship to Fakeles iela 12-3, Testpils, LV-1010 (total 73.28 EUR)"
		n20Check(t, in, r.String(in), []string{"Fakeles"}, []string{firm})
	}
}

// Class: an address under vCard's "adr" or an appointment's "location"
// field of an event, taken when it reads as a street address; a dock, a
// zone or a dangerous-goods code under the same keys stays.
func TestNames20AddressFields(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2004))
	for i := 0; i < 12; i++ {
		n := 10 + rng.Intn(170)
		key := []string{"adr", "location"}[i%2]
		addr := []string{
			fmt.Sprintf("فيلا %d، شارع الاختبار، الشارقة", n),
			fmt.Sprintf("九龍測試街%d號%d樓A室", n, 1+rng.Intn(9)),
			fmt.Sprintf("Fakeles iela %d-%d, Testpils, LV-%04d", n, 1+rng.Intn(40), rng.Intn(9999)),
		}[i%3]
		in := fmt.Sprintf(`{"@timestamp":"2026-05-08T12:24:15.016Z","message":"state changed","%s":%q,"dtstart":"20261203"}`, key, addr)
		out := t12Event(t, r, in)
		n20Check(t, in, out, []string{"الاختبار", "測試街", "Fakeles"}, []string{"20261203"})
	}
	// The same keys in text: JSON held in a string, iCalendar, key=value.
	for i := 0; i < 9; i++ {
		n := 10 + rng.Intn(170)
		addr := []string{
			fmt.Sprintf("فيلا %d، شارع الاختبار، الشارقة", n),
			fmt.Sprintf("沙田測試街%d號%d樓A室", n, 1+rng.Intn(9)),
			fmt.Sprintf("Fakeles bulvāris %d-%d, Testpils, LV-%04d", n, 1+rng.Intn(40), rng.Intn(9999)),
		}[i%3]
		in := []string{
			fmt.Sprintf(`{"message":"payload received","body":"{\"fn\":\"[REDACTED:name]\",\"adr\":\"%s\",\"v\":\"v1.2.%d\"}"}`, addr, i),
			fmt.Sprintf("BEGIN:VEVENT\nUID:%d@fake.example\nLOCATION:%s\nEND:VEVENT", i, addr),
			fmt.Sprintf("appointment saved location=%s attendee=[REDACTED:email] v=v1.2.%d", strings.ReplaceAll(addr, " ", "+"), i),
		}[i/3]
		out := r.String(in)
		n20Check(t, in, out, []string{"الاختبار", "測試街", "Fakeles"}, nil)
		if r.String(out) != out {
			t.Errorf("not idempotent: %q", out)
		}
	}
	for _, in := range []string{`{"body":"{\"location\":\"Warehouse 5, Zone B\",\"adr\":\"UN1203 3 II\"}"}`, "LOCATION:Dock 4, Gate 2", "location=Hall 3, Bay 12"} {
		if out := r.String(in); out != in {
			t.Errorf("damaged: %q → %q", in, out)
		}
	}
	for _, kv := range [][2]string{{"location", "Warehouse 5, Zone B"}, {"location", "Dock 4, Gate 2"}, {"adr", "UN1203 3 II"},
		{"location", "Yard slot Y-22"}, {"location", "Frankfurt, DE"}} {
		in := fmt.Sprintf(`{"@timestamp":"2026-05-08T12:24:15.016Z","message":"state changed","%s":%q}`, kv[0], kv[1])
		n20Check(t, in, t12Event(t, r, in), nil, []string{kv[1]})
	}
}

// Class: an event's top-level "name" beside an identity document's number
// (an ID card's OCR result) is its holder's; a warehouse's "name" beside
// its address or phone stays.
func TestNames20TopLevelName(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2005))
	for i := 0; i < 12; i++ {
		name := n20Name(rng)
		if i%3 == 2 {
			f := strings.Fields(name)
			name = f[1] + ", " + f[0]
		}
		key := []string{"id_number", "passport_no", "national_id"}[i%3]
		in := fmt.Sprintf(`{"@timestamp":"2026-06-01T22:13:02.820Z","message":"sync done","name":%q,%q:"X%08d","issued":"7 Jul 2026"}`, name, key, rng.Intn(1e8))
		out := t12Event(t, r, in)
		n20Check(t, in, out, []string{strings.Trim(strings.Fields(name)[1], ",")}, []string{"7 Jul 2026"})
	}
	for _, name := range []string{"Bratislava Hub 2", "Venlo DC North", "Rotterdam Cross-Dock"} {
		in := fmt.Sprintf(`{"@timestamp":"2026-06-01T22:13:02.820Z","message":"sync done","name":%q,"address":"Dock 4","phone":"+421 900 000 417"}`, name)
		n20Check(t, in, t12Event(t, r, in), nil, []string{name})
	}
}

// Class: a role key of a Go %+v dump ("&{Admin:… OldAddress:…}",
// "Packer:", "Approver:"), whose unquoted value runs up to the next field.
func TestNames20DumpRoleKeys(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2006))
	for i := 0; i < 12; i++ {
		name := n20Name(rng)
		key := []string{"Admin", "Packer", "Approver"}[i%3]
		in := fmt.Sprintf("saving: &{%s:%s OldAddress:[REDACTED:address] ClientIp:10.1.2.%d SlotTime:03:28:31}", key, name, i)
		if i%2 == 1 { // the record's other values as logged, before any redaction
			in = fmt.Sprintf("got: &{%s:%s OldAddress:Fakeles iela %d-3, Testpils, LV-1010 NewAddress:Falešná 12/3, 110 00 Praha 1 ClientIp:10.1.2.%d SlotTime:03:28:31}", key, name, 10+i, i)
		}
		out := r.String(in)
		n20Check(t, in, out, []string{strings.Fields(name)[1]}, []string{fmt.Sprintf("10.1.2.%d", i), "03:28:31"})
		if r.String(out) != out {
			t.Errorf("not idempotent: %q", out)
		}
	}
	for _, v := range []string{"root", "svc-batch", "Warehouse Lead", "Front Office"} {
		in := "saving: &{Admin:" + v + " OldAddress:[REDACTED:address] SlotTime:03:28:31}"
		n20Check(t, in, r.String(in), nil, []string{"Admin:" + v + " "})
	}
}

// Class: a key naming the owner of a seller's business or account
// ("SellerOwner" in a Windows event's data, "beneficial_owner",
// "account_owner") holds that person's name; a firm or a team under it
// stays.
func TestNames20OwnerKeys(t *testing.T) {
	r, err := New(DefaultConfig())
	if err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewSource(2007))
	for i := 0; i < 9; i++ {
		name := n20Name(rng)
		key := []string{"SellerOwner", "BeneficialOwner", "AccountOwner"}[i%3]
		in := []string{
			fmt.Sprintf(`<EventData><Data Name="%s">%s</Data><Data Name="RequestId">req-%d</Data></EventData>`, key, name, i),
			fmt.Sprintf(`{"@timestamp":"2026-06-01T22:13:02.820Z","message":"payout account changed","%s":%q,"request_id":"req-%d"}`, key, name, i),
			fmt.Sprintf("level=info msg=\"kyc review\" %s=%q request_id=req-%d", key, name, i),
		}[i/3]
		var out string
		if strings.HasPrefix(in, "{") {
			out = t12Event(t, r, in)
		} else {
			out = r.String(in)
		}
		n20Check(t, in, out, []string{strings.Fields(name)[1]}, []string{fmt.Sprintf("req-%d", i)})
	}
	for _, v := range []string{"Acme Trading Ltd", "payments-team"} {
		in := fmt.Sprintf(`{"@timestamp":"2026-06-01T22:13:02.820Z","message":"x","account_owner":%q}`, v)
		n20Check(t, in, t12Event(t, r, in), nil, []string{v})
	}
}
