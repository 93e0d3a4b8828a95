package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// Look-alikes of the sellers' marketing, review, bot and privacy logs: a
// bot turn's session UUID, a place after an English preposition that
// starts with a word of self-introduction, brands and trading partners
// named like people, a company's legal form after a comma, order numbers
// listed after an order's label, a numbered Thai lane named as a place.
// All values are made up.

func TestDamage16TextSurvives(t *testing.T) {
	r := newDamageRedactor(t)
	for _, s := range []string{
		// a session's UUID named in a sentence or in a bot turn's JSON
		"live-checkout DEBUG payment attempt for session 3f6b2c1d-8e4a-4b7c-9d2e-1a0f5c6b7d8e",
		"chat widget closed session 0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f after 300s",
		`bot turn {"intent":"track_order","slots.order":"112-0000000-0000000","session":"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"}`,
		// a capitalised word of self-introduction after an English preposition
		"model FK-1000X ranked Fakephone 3 first for Ben Fakethanh Market",
		"review summary: rated 4.1 stars, best seller at Ben Fakethanh Market",
		"deploy v1.2.3 commit=a1b2c3d by Referee Manager team",
		// brands and trading partners named like people, beside a brand
		"review summary: Fake Mask rated 4.0 stars (12 reviews), brand Fakeskin, partner Dr. Martens, best seller at Fake Plaza",
		"catalogue feed: brand Fakewear, partner Ralph Lauren, stockist Fakeshop",
		"listing synced: brand Ralph Lauren, 3 variants",
		// a company's legal form after the comma that ends its name
		"review summary: rated 2.8 stars, brand Fakewear, partner Fakezion Apps, Inc., best seller at Fakevit Soi 11",
		// order numbers listed after an order's label
		"  orders: 702-0000000-0000001, 91-75710-71835",
		"orders: 114-0000000-0000002, 91-98590-43674, 12-34567-89012",
		// a numbered lane named as a place
		"best seller at Sukhumvit Soi 11",
		"ranked first for Silom Soi 4 this week",
	} {
		if got := r.String(s); got != s {
			t.Errorf("look-alike damaged:\n in:  %s\n out: %s", s, got)
		}
	}
}

func TestDamage16FieldsSurvive(t *testing.T) {
	r := newDamageRedactor(t)
	var ev event.Event
	for _, kv := range [][2]string{
		{"service", "voicebot"},
		{"intent", "change_contact"},
		{"transcript", "please call me back"},
		{"session", "eba4da40-c02a-4646-94f7-0522e0c65c72"},
	} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	for _, f := range ev.Fields {
		if strings.Contains(f.Value.Str, "[REDACTED") {
			t.Errorf("field %s damaged: %s", f.Path, f.Value.Str)
		}
	}
}

// The same words, keys and shapes still hold secrets, people and phones.
func TestDamage16StillCaught(t *testing.T) {
	r := newDamageRedactor(t)
	for _, c := range []struct{ in, secret string }{
		// a session cookie, a session token of another shape, a record with no turn
		{"Cookie: session=3f6b2c1d-8e4a-4b7c-9d2e-1a0f5c6b7d8e; lang=en", "3f6b2c1d-8e4a-4b7c-9d2e-1a0f5c6b7d8e"},
		{"session=3f6b2c1d-8e4a-4b7c-9d2e-1a0f5c6b7d8e", "3f6b2c1d-8e4a-4b7c-9d2e-1a0f5c6b7d8e"},
		{"for session Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi", "Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MGFi"},
		{`req {"user":"u1","session":"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"}`, "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"},
		{`turn {"intent":"x","cookies":{"session":"7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"}}`, "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d"},
		// a Turkish introduction, a name after a preposition that no intro reads
		{"Merhaba, ben Tuğba Fakeşahin, siparişim nerede?", "Fakeşahin"},
		{"Ben Tuğba Fakeşahin, siparişim gelmedi", "Fakeşahin"},
		{"refund for Ben Fakecarter processed", "Fakecarter"},
		{"order for Ben Carter shipped", "Carter"},
		// a partner with no brand on the line, a person after a role
		{"payout sent to partner Ralph Lauren, iban on file", "Ralph Lauren"},
		{"affiliate partner Maria Lopez joined", "Lopez"},
		// a recipient line whose address follows the comma
		{"waybill created for Jane Fakeroe, 12 Main St, Springfield", "Fakeroe"},
		// a phone after a comma with no order label, or after its own word
		{"customer called back, 91-98765-43210", "98765-43210"},
		{"order 702-0000000-0000001, phone 91-98765-43210", "98765-43210"},
		// a lane with its house number or its district
		{"ship to 99/12 Sukhumvit Soi 11, Khlong Toei, Bangkok 10110", "Soi 11"},
		{"deliver to Sukhumvit Soi 11, Khlong Toei, Bangkok 10110", "Khlong Toei"},
	} {
		if got := r.String(c.in); strings.Contains(got, c.secret) {
			t.Errorf("kept %q:\n in:  %s\n out: %s", c.secret, c.in, got)
		}
	}
	// a company's legal form: the company stays, the address after it goes
	for _, c := range []struct{ in, keep, secret string }{
		{"synced with Fakezion Apps, Inc., Unit 12, Fake Park", "Fakezion Apps, Inc.", "Fake Park"},
		{"catalogue from Fakezion Trading, Ltd., Block 5, Fake Estate", "Fakezion Trading, Ltd.", "Fake Estate"},
	} {
		if got := r.String(c.in); !strings.Contains(got, c.keep) || strings.Contains(got, c.secret) {
			t.Errorf("want %q kept and %q masked:\n in:  %s\n out: %s", c.keep, c.secret, c.in, got)
		}
	}
	var ev event.Event
	for _, kv := range [][2]string{{"service", "web"}, {"user", "u1"}, {"session", "eba4da40-c02a-4646-94f7-0522e0c65c72"}} {
		ev.Fields = append(ev.Fields, event.Field{Path: kv[0], Value: event.StringValue(kv[1])})
	}
	r.Event(&ev)
	if v := ev.Fields[2].Value.Str; !strings.Contains(v, "[REDACTED") {
		t.Errorf("session field with no conversation turn kept: %s", v)
	}
}

func TestDamage16Readers(t *testing.T) {
	for _, c := range []struct {
		s    string
		at   int
		want bool
	}{
		{"brand X, partner Fakezion Apps, Inc., best", len("brand X, partner Fakezion Apps, "), true},
		{"Fakewave Trading, Ltda.", len("Fakewave Trading, "), true},
		{"Aoife Fakebyrne, Co. Cork", len("Aoife Fakebyrne, "), false},
		{"Jane Fakeroe, Sa Pobla", len("Jane Fakeroe, "), false},
		{"Jane Fakeroe, 12 Main St", len("Jane Fakeroe, "), false},
	} {
		if got := legalFormAt(c.s, c.at); got != c.want {
			t.Errorf("legalFormAt(%q, %d) = %v, want %v", c.s, c.at, got, c.want)
		}
	}
	for _, c := range []struct {
		path string
		want bool
	}{
		{"intent", true}, {"slots.phone", true}, {"queryResult.queryText", true}, {"lex.inputTranscript", true},
		{"user.name", false}, {"http.request.cookies", false}, {"contents", false},
	} {
		if got := turnField(c.path); got != c.want {
			t.Errorf("turnField(%q) = %v, want %v", c.path, got, c.want)
		}
	}
}
