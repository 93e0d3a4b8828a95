package redact

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// Tests for the classes of people22_*.go. The people and streets are made
// up ("Fake…", "Test…") and drawn from a seeded generator.

var p22Given = []string{"Arif", "Siim", "Zarina", "Jana", "Mateo", "Leonor", "Aigerim", "Nikos"}
var p22Family = []string{"Fakeyanto", "Testkukk", "Mockova", "Placeholt", "Dummerov", "Sampleton"}
var p22Streets = []string{"Jalan Fakeroad", "Teststraat", "Mock Avenue", "Dummy ko'chasi", "Placeholder mnt"}

func p22Person(rng *rand.Rand) string {
	return p22Given[rng.Intn(len(p22Given))] + " " + p22Family[rng.Intn(len(p22Family))]
}

// jsonEscape22 escapes s as the inside of a JSON string.
func jsonEscape22(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// Class: a line of prose that holds commas (an address written in a
// sentence) above an empty line or a line of prose is no CSV header; the
// lines below it are no address column, and an address ends at its block.
func TestClassPeople22_CommaLineIsNoCSVHeader(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(22))
	for i := 0; i < 20; i++ {
		name := p22Person(rng)
		street := fmt.Sprintf("%s %d", p22Streets[rng.Intn(len(p22Streets))], 1+rng.Intn(300))
		role := []string{"Billing Department", "Customer Service", "Returns Team"}[rng.Intn(3)]
		order := fmt.Sprintf("%03d-%07d-%07d", rng.Intn(1000), rng.Intn(10000000), rng.Intn(10000000))
		in := fmt.Sprintf("halo kak\nkirim ke alamat %s, Kel. Testdistrict, Mockcity\n\n%s\n\n-----Original Message-----\nFrom: %s <support@shop.example>\nSent: Sat, 8 Aug 2026 00:28:15 +0900\nSubject: Ticket #%d\n\n> Dear Customer,\n> order %s.\n> -- \n> %s | Fakecorp Logistics",
			street, name, role, 100000+rng.Intn(900000), order, role)
		out := r.String(in)
		for _, k := range []string{role, "Sat, 8 Aug 2026 00:28:15 +0900", order, "Fakecorp Logistics", "-----Original Message-----", "Dear Customer"} {
			if !strings.Contains(out, k) {
				t.Errorf("%q damaged in\n  %q\n→ %q", k, in, out)
			}
		}
		if strings.Contains(out, street) {
			t.Errorf("%q survives in %q", street, out)
		}
	}
}

// Class: a Viber callback's "sender" object names the user who wrote,
// whether the callback is logged as JSON or as JSON text escaped once or
// twice inside a JSON string.
func TestClassPeople22_ViberSenderAtAnyEscaping(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(221))
	for i := 0; i < 12; i++ {
		name := p22Person(rng)
		cb := fmt.Sprintf(`{"event":"message","timestamp":1700000000%03d,"sender":{"id":"FakeUser%04d==","name":"%s","country":"EE"},"message":{"type":"text","text":"hello"},"message_token":%d}`,
			rng.Intn(1000), rng.Intn(10000), name, 1e17+rng.Int63n(1e17))
		payload := cb
		for n := 0; n <= i%2; n++ {
			payload = `"` + jsonEscape22(payload) + `"`
		}
		line := `{"service":"chat-hub","channel":"viber","payload":` + payload + `}`
		out, _ := r.AppendJSON(nil, []byte(line))
		if strings.Contains(string(out), name) {
			t.Errorf("sender %q survives in %s", name, out)
		}
		if !strings.Contains(string(out), "FakeUser") {
			t.Errorf("sender id damaged in %s", out)
		}
	}
	// a shipment's sender is a business: no Viber callback, not read
	ship := `{"payload":"{\"sender\":{\"id\":\"S1\",\"name\":\"Fakecorp Logistics\"},\"parcel\":\"P-1\"}"}`
	if out, _ := r.AppendJSON(nil, []byte(ship)); !strings.Contains(string(out), "Fakecorp Logistics") {
		t.Errorf("shipper damaged: %s", out)
	}
}

// Class: the "formatted" of a SCIM "name" object is the full name, also in
// a request body logged as JSON text inside a message.
func TestClassPeople22_SCIMNameFormatted(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(222))
	for i := 0; i < 10; i++ {
		given := p22Given[rng.Intn(len(p22Given))]
		family := p22Family[rng.Intn(len(p22Family))]
		body := fmt.Sprintf(`{"schemas":["urn:ietf:params:scim:schemas:core:2.0:User"],"id":"u-%d","name":{"givenName":"%s","familyName":"%s","formatted":"%s %s"},"active":true}`,
			rng.Intn(100000), given, family, strings.ToUpper(given[:1])+given[1:], family)
		line := `{"service":"directory","message":"SCIM PUT /scim/v2/Users/x body=` + jsonEscape22(body) + `"}`
		out, _ := r.AppendJSON(nil, []byte(line))
		if !strings.Contains(string(out), `\"formatted\":\"[REDACTED:name]\"`) {
			t.Errorf("formatted name survives (in part) in %s", out) // echoes of the parts leave the rest
		}
		if !strings.Contains(string(out), "urn:ietf:params:scim:schemas:core:2.0:User") {
			t.Errorf("schema damaged in %s", out)
		}
	}
	// "formatted" under another object than "name" is not read
	other := `{"message":"price={\"amount\":{\"formatted\":\"12.50 EUR\"}}"}`
	if out, _ := r.AppendJSON(nil, []byte(other)); !strings.Contains(string(out), "12.50 EUR") {
		t.Errorf("formatted amount damaged: %s", out)
	}
}

// Class: a flat IDoc written fixed-width, the partner function run into
// the partner number after the padded segment name ("E1EDKA1   WE0044…"):
// the ship-to's name and street are read; the partner number stays, and a
// party named without an address (the marketplace as sold-to) stays.
func TestClassPeople22_IDocFixedWidthPartner(t *testing.T) {
	r := newDefault(t)
	rng := rand.New(rand.NewSource(223))
	for i := 0; i < 10; i++ {
		name := strings.ToUpper(p22Person(rng))
		street := fmt.Sprintf("%s %d", p22Streets[rng.Intn(len(p22Streets))], 1+rng.Intn(300))
		partn := fmt.Sprintf("00%08d", rng.Intn(100000000))
		ag := fmt.Sprintf("00%08d", rng.Intn(100000000))
		in := fmt.Sprintf("EDI_DC40  0000000096841872 ORDERS05 ORDERS SAPPRD LS  SHOPOPS\nE1EDK01   THB 4922779779\nE1EDKA1   AG%s        Fakemarket Online                  \nE1EDKA1   WE%s        %-35s%-35sMockcity            %06d\nE1EDP01   000010 000000000008279208 4 EA",
			ag, partn, name, street, rng.Intn(1000000))
		out := r.String(in)
		for _, g := range []string{name, street} {
			if strings.Contains(out, g) {
				t.Errorf("%q survives in %q", g, out)
			}
		}
		for _, k := range []string{partn, ag, "Fakemarket Online"} {
			if !strings.Contains(out, k) {
				t.Errorf("%q damaged in %q", k, out)
			}
		}
	}
}
