package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Job titles, teams and brands are capitalised runs that look like names;
// they must survive, while the names beside them still go. All values are
// made up.

func TestDamage14TitlesSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		"ticket 4411 assigned to Customer Success Manager queue; order 111-2222222-3333333",
		"chat 9f1e closed by Customer Success Manager after 120s",
		"owner Customer Experience Director",
		"escalated to Buyer Support Specialist",
		"customer Returns Coordinator notified",
		"cliente Atención Gerente asignado",
		"Kunde Service Leiter informiert",
	} {
		if got := r.String(s); got != s {
			t.Errorf("title damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestDamage14BrandsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		"Flash Sale promo for Ralph Lauren starts 05/22/2026",
		"campaign for Calvin Klein ends tomorrow",
		"promo for Dr. Martens starts 01.02.2026",
		"Hallo, bought the Ralph Lauren Oxford Shirt in your sale",
		"bought the Dr. Martens boots last week",
		"bought the Ralph Lauren Stanley Quencher 40oz in your sale",
		`search.query user=buyer q="Ralph Lauren MX3S-B" results=3`,
		`search.query user=buyer q="Dr. Martens WH-1000XM5" results=3`,
		`search.query user=buyer q="Dr. Martens RTX 4070 Ti" results=3`,
		"catalog brand=Ralph Lauren price=12.00",
		`{"sku":"TSH-1","brand":"Calvin Klein","price":"12.00"}`,
		`manufacturer: "Hugo Boss"`,
	} {
		if got := r.String(s); got != s {
			t.Errorf("brand damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestDamage14BrandFieldSurvives(t *testing.T) {
	r := newDamageRedactor(t)
	ev := event.Event{Fields: []event.Field{
		{Path: "product.brand", Value: event.StringValue("Calvin Klein")},
		{Path: "brand_name", Value: event.StringValue("Hugo Boss")},
		{Path: "buyer.name", Value: event.StringValue("Ralph Lauren")},
		{Path: "message", Value: event.StringValue("refund approved for Maria Lopez")},
	}}
	r.Event(&ev)
	want := []bool{true, true, false, false} // kept as written?
	for k, f := range ev.Fields {
		kept := !strings.Contains(f.Value.Str, "[REDACTED")
		if kept != want[k] {
			t.Errorf("%s: kept=%v, want %v (%s)", f.Path, kept, want[k], f.Value.Str)
		}
	}
}

// Names in the same places must still go: a given name in the run, a
// person after a trigger, an order number (not a model) after a name.
func TestDamage14NamesStillCaught(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, name string }{
		{"closed by Maria Lopez after 3s", "Maria Lopez"},
		{"customer Maria Lopez Agent asked for a refund", "Maria Lopez"},
		{"refund for Ralph Lauren approved", "Ralph Lauren"},
		{"Dr. Martens called about the parcel", "Martens"},
		{`q="Ralph Lauren ORD-20261234" results=1`, "Ralph Lauren"},
		{`q="Ralph Lauren" results=1`, "Ralph Lauren"},
		{"customer=Ralph Lauren price=12", "Ralph Lauren"},
		{"customer Maria Agent asked for a refund", "Maria"},
	} {
		if got := r.String(c.in); strings.Contains(got, c.name) {
			t.Errorf("name kept:\n in:  %s\n out: %s", c.in, got)
		}
	}
}

func TestDamage14Readers(t *testing.T) {
	for _, c := range []struct {
		run  string
		want bool
	}{
		{"Success Manager", true},
		{"Support Team", true},
		{"Atención Gerente", true},
		{"Manager", false},     // one word: the trigger's business
		{"Maria Lead", false},  // a given name makes it a person
		{"Maria Agent", false}, // likewise
		{"Anna Lopez", false},
	} {
		if got := titleRun14(c.run); got != c.want {
			t.Errorf("titleRun14(%q) = %v, want %v", c.run, got, c.want)
		}
	}
	for _, c := range []struct {
		key  string
		want bool
	}{
		{"brand", true}, {"product.brand", true}, {"brand_name", true}, {"Manufacturer", true}, {"marca", true},
		{"brandon", false}, {"name", false}, {"buyer.name", false}, {"message", false}, {"price", false},
	} {
		if got := brandKey14(c.key); got != c.want {
			t.Errorf("brandKey14(%q) = %v, want %v", c.key, got, c.want)
		}
	}
}

// Numeric ids under a party's key or in a padded record's key column stay;
// phones with their '+', trunk or groups under the same keys still go.
func TestDamage14PartyIDs(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		"audit user=agent-4 customer=19827902561 field=phone: phone changed",
		"audit customer=33723476425 field=email",
		`redis> HSET buyer:79947205740 name "x"`,
		`{"member":"13431710368","tier":"gold"}`,
	} {
		if got := r.String(s); !strings.Contains(got, s[strings.IndexAny(s, "0123456789"):][:8]) {
			t.Errorf("id damaged:\n in:  %s\n out: %s", s, got)
		}
	}
	for _, s := range []string{
		"customer=+79398335087 updated",
		"buyer: 0812-3456-7890",
		"phone=79398335087",
		"customer=4111111111111111 card",
	} {
		if got := r.String(s); !strings.Contains(got, "[REDACTED") {
			t.Errorf("value kept:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestDamage14RecordKey(t *testing.T) {
	r := newDamageRedactor(t)
	rec := "13674829543         ANA LIMA                      Rua Augusta 100                         019-183 0320    ANA.LIMA@EXAMPLE.COM 2026-06-02\n" +
		"34610909961         JOAO SOUSA                    Rua Nova 12                             81 6210 0783    JOAO.SOUSA@EXAMPLE.COM 2026-06-03"
	got := r.String(rec)
	for _, id := range []string{"13674829543", "34610909961"} {
		if !strings.Contains(got, id) {
			t.Errorf("record key %s… damaged: %s", id[:4], got)
		}
	}
	for _, ph := range []string{"019-183 0320", "81 6210 0783"} {
		if strings.Contains(got, ph) {
			t.Errorf("phone column kept: %s", got)
		}
	}
	// no phone column: the first field is not known to be an id
	for _, c := range []struct {
		in   string
		want bool
	}{
		{"13674829543         ANA LIMA      Rua Augusta 100      019-183 0320", true},
		{"13674829543 ANA LIMA 019-183 0320", false},                                   // not padded
		{"13674829543         ANA LIMA      Rua Augusta 100      2026-06-02", false},   // a date is no phone
		{"0367482954          ANA LIMA      Rua Augusta 100      019-183 0320", false}, // a trunk 0
	} {
		if got := recordKeyAt(c.in, 0); got != c.want {
			t.Errorf("recordKeyAt(%.30q…) = %v, want %v", c.in, got, c.want)
		}
	}
}
