package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// A quoted reply's header names its writer, in any language and script;
// a team, a shop or a job that "wrote" stays. All names are made up.
func TestReplyHeaderWriter(t *testing.T) {
	r := newDefault(t)
	caught := []struct{ in, name string }{
		{"gracias!\n\n> El 2026-10-17, Ng Wei Ling escribió:\n> hola", "Wei Ling"},
		{`{"body":"ok\n\n> El 09/13/2026, 최지우 escribió:\n> 안녕하세요"}`, "최지우"},
		{"Le 3 mars 2026 à 10:14, Aurore Lefebvre a écrit :\n> bonjour", "Lefebvre"},
		{"Am 03.03.2026 um 10:14 schrieb Jörg Reinholdt <[REDACTED:email]>:", "Reinholdt"},
		{"Op 3 mrt. 2026 om 10:14 schreef Sanne van der Berg:", "van der Berg"},
		{"W dniu 3.03.2026 o 10:14 Zofia Wiśniewska pisze:", "Wiśniewska"},
		{"2026年3月3日 10:14，李雨桐 写道：", "李雨桐"},
		{"On Tue, 3 Mar 2026 at 10:14, Trần Thu Trang wrote:", "Trần"},
	}
	for _, c := range caught {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("writer kept: %q", out)
		}
	}
	kept := []string{
		"On 2026-03-03, Shopee Support wrote:", // a team
		"On 2026-03-03, Acme Store wrote:",     // a shop
		"At 10:14 the exporter wrote: 5 rows",  // no name before the verb
		"2026-03-03 10:00:01 ERROR Payment Service: timeout",
		"Customer wrote: where is my parcel 4711", // no date: a label, not a header
	}
	for _, in := range kept {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// Who did something is named under "<participle>_by": the key is a role's,
// and the value is taken when shaped like a person's name; keys of data
// structure and of carriers name no one.
func TestByParticipleKeys(t *testing.T) {
	r := newDefault(t)
	dec := event.NewDecoder(nil)
	for _, c := range []struct {
		line, value string
		keep        bool
	}{
		{`{"@timestamp":"2026-12-05T10:00:00Z","attachment":{"uploaded_by":"Nerea Puigdemont"}}`, "Puigdemont", false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","refund":{"cancelled_by":"Kofi Mensah"}}`, "Mensah", false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","note":{"sent_by":"Ilse Vermeulen"}}`, "Vermeulen", false},
		{`{"@timestamp":"2026-12-05T10:00:00Z","report":{"sorted_by":"Created At"}}`, "Created At", true},
		{`{"@timestamp":"2026-12-05T10:00:00Z","parcel":{"shipped_by":"Royal Mail"}}`, "Royal Mail", true},
		{`{"@timestamp":"2026-12-05T10:00:00Z","page":{"powered_by":"Acme Commerce"}}`, "Acme Commerce", true},
	} {
		var ev event.Event
		if err := dec.Decode([]byte(c.line), &ev); err != nil {
			t.Fatal(err)
		}
		r.Event(&ev)
		out := string(ev.AppendJSON(nil))
		if kept := strings.Contains(out, c.value); kept != c.keep {
			t.Errorf("%s: kept=%v, want %v: %s", c.line, kept, c.keep, out)
		}
	}
}

// The writer of a message, an attachment or a call "from" whom is a person
// when shaped like a name; services, teams and a buyer's role are not.
func TestMessageFromWriter(t *testing.T) {
	r := newDefault(t)
	for _, c := range []struct{ in, name string }{
		{`attachment from Nerea Puigdemont: {"file_name":"IMG_1.jpg"}`, "Puigdemont"},
		{`attachment from 伊藤 蓮: {"file_name":"IMG_2.jpg"}`, "伊藤"},
		{"new message from Maximilian Reinholdt: is it shipped?", "Reinholdt"},
	} {
		if out := r.String(c.in); strings.Contains(out, c.name) {
			t.Errorf("writer kept: %q", out)
		}
	}
	for _, in := range []string{
		"message from Payment Service: timeout after 30s",
		"email from Shopee Support: your order has shipped",
		"new message from Verified Buyer: where is it",
		"refund for Order Number: 123",
	} {
		if out := r.String(in); out != in {
			t.Errorf("changed %q into %q", in, out)
		}
	}
}

// "Main" before a street's type is a street's word, not the Hindi "main"
// (I) that introduces a name; the introduction still reads.
func TestMainStreetIsNoIntroduction(t *testing.T) {
	r := newDefault(t)
	for _, in := range []string{"delivered at Main Ave, ok", "12 Main St, ok"} {
		if out := r.String(in); strings.Contains(out, "[REDACTED:name]") {
			t.Errorf("a street's word read as a name: %q", out)
		}
	}
	if out := r.String("main Rahul Sharma hoon, order 4711"); strings.Contains(out, "Sharma") {
		t.Errorf("name kept: %q", out)
	}
}
