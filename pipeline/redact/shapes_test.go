package redact

import (
	"strings"
	"testing"

	"github.com/vigilops/vigil/event"
)

// topFieldEvents returns flat events built to reach the predicates fields
// runs on top-level fields: each holds a path of one of their shapes (and
// of none), a value of a kind they read, and siblings of the kinds they ask
// for under the same parent. The values are made up.
func topFieldEvents() [][]event.Field {
	paths := []string{"session", "Session", "audit.old_value", "audit.new_value", "change.before", "after", "To", "to", "FROM",
		"from", "wms.name", "order.billing.Name", "mail.sender", "email.sender_name", "msg.FromDisplayName", "name", "Name",
		"subject.name", "data_subject.full_name", "dsr_subject.displayName", "request.subject.name", "data.denominazione",
		"invoice.buyer_name", "registration_name", "query", "data.input", "searchText", "q", "geo.text", "adr", "shipping.location",
		"Location", "message", "log.level", "user.name", "order.id", "event.action", "code", "notes", "contact.adr.x"}
	values := []string{"0f8e6f6c-1b2a-4c3d-8e9f-a0b1c2d3e4f5", "+44 7700 900123", "Jane Roe", "Anna Quastow", "Fakeova, Zlatka",
		"Husova 27, 110 00 Praha", "Fakeles iela 12-3, Rīga, LV-1010", "Elmstraße 12, 10115 Berlin", "phone", "Звездана Фейкович"}
	siblings := [][2]string{{"intent", "track_order"}, {"field", "phone"}, {"field", "shipping_address"}, {"MessageSid", "SM71cd"},
		{"phone_number", "+44 7700 900456"}, {"email", "jane.roe@example.com"}, {"dni", "X1234567L"}, {"status", "sent via sms"}}
	var out [][]event.Field
	for _, p := range paths {
		parent := p[:strings.LastIndexByte(p, '.')+1]
		for _, v := range values {
			for m := range 1 << 3 {
				fs := []event.Field{{Path: "@timestamp", Value: event.StringValue("2026-12-06T21:00:00Z")}, {Path: p, Value: event.StringValue(v)}}
				for j := range 3 {
					if m&(1<<j) != 0 {
						sib := siblings[(j*3+len(v)+len(p))%len(siblings)]
						fs = append(fs, event.Field{Path: parent + sib[0], Value: event.StringValue(sib[1])})
					}
				}
				out = append(out, fs)
			}
			for _, sib := range siblings {
				out = append(out, []event.Field{{Path: p, Value: event.StringValue(v)}, {Path: parent + sib[0], Value: event.StringValue(sib[1])}})
			}
		}
	}
	return out
}

// An event whose shape (its top-level paths) the cache serves is redacted
// exactly as by a redactor that never saw its shape, event after event.
func TestShapeCacheRedactsAlike(t *testing.T) {
	lines := realisticLines(48)
	for k, fs := range topFieldEvents() {
		if k%7 != 0 {
			continue
		}
		if fs[0].Path != "@timestamp" {
			fs = append([]event.Field{{Path: "@timestamp", Value: event.StringValue("2026-12-06T21:00:02Z")}}, fs...)
		}
		ev := event.Event{Fields: fs}
		lines = append(lines, ev.JSON())
	}
	// keys that hold PII themselves, and a key that is scanned clean
	lines = append(lines, []byte(`{"@timestamp":"2026-12-06T21:00:00Z","message":"x","jane.roe@example.com":"ok","http.response.status_code":200}`),
		[]byte(`{"@timestamp":"2026-12-06T21:00:01Z","message":"y","+447700900123":"ok","http.response.status_code":404}`))
	want := make([]string, len(lines))
	for i, l := range lines {
		want[i] = redactLines(t, newDefault(t), [][]byte{l})[0]
	}
	r := newDefault(t)
	for round := range 3 {
		got := redactLines(t, r, lines)
		for i := range got {
			if got[i] != want[i] {
				t.Fatalf("round %d, event %d:\n got %s\nwant %s", round, i, got[i], want[i])
			}
		}
	}
	n := 0
	for i := range r.shapes.hot {
		if r.shapes.hot[i].Load() != nil {
			n++
		}
	}
	if n < 8 {
		t.Fatalf("only %d shapes cached: the test no longer reaches the cache", n)
	}
}

// The cache's answer is the paths' facts as Redactor.path gives them, and
// an event whose paths differ from a cached shape's in any byte is not
// served by it.
func TestShapeCacheExact(t *testing.T) {
	r := newDefault(t)
	fs := []event.Field{{Path: "@timestamp"}, {Path: "message"}, {Path: "log.level"}, {Path: "customer.email"}}
	for range 2 {
		r.shapes.offer(fs, topPaths(r, fs))
	}
	sh := r.shapes.get(fs)
	if sh == nil {
		t.Fatal("a shape seen twice is not cached")
	}
	for k := range fs {
		if sh.top[k].path != fs[k].Path || sh.top[k].pi != r.path(fs[k].Path) {
			t.Fatalf("field %d: cached %q %+v, path gives %+v", k, sh.top[k].path, sh.top[k].pi, r.path(fs[k].Path))
		}
	}
	for k := range fs {
		for _, p := range []string{fs[k].Path + "x", strings.ToUpper(fs[k].Path), fs[k].Path[1:] + "_"} {
			other := append([]event.Field(nil), fs...)
			other[k].Path = p
			if r.shapes.get(other) != nil {
				t.Fatalf("path %d changed to %q: served by the cached shape", k, p)
			}
		}
	}
	if r.shapes.get(fs[:3]) != nil || r.shapes.get(append(append([]event.Field(nil), fs...), event.Field{Path: "x"})) != nil {
		t.Fatal("a shape with fewer or more fields is served by the cached shape")
	}
}

func topPaths(r *Redactor, fs []event.Field) []topPath {
	var top []topPath
	for k := range fs {
		top = append(top, topPath{fs[k].Path, r.path(fs[k].Path)})
	}
	return top
}

// topFieldPredicates runs each predicate fields runs on the top-level
// field fs[k] and returns the names of those that take it.
func topFieldPredicates(r *Redactor, fs []event.Field, k int) []string {
	p := fs[k].Path
	v := &fs[k].Value
	var took []string
	add := func(name string, ok bool) {
		if ok {
			took = append(took, name)
		}
	}
	add("sessionTurnField", sessionTurnField(p, fs, k))
	_, ok := r.flatAuditValue(p, fs, k)
	add("flatAuditValue", ok)
	add("smsRecipientField20", smsRecipientField20(p, fs, k))
	add("siblingNameValue17", siblingNameValue17(p, fs, k))
	add("senderSiblingName18", senderSiblingName18(p, fs, k))
	add("topNameField20", topNameField20(p, fs, k))
	add("subjectNameField21", subjectNameField21(p, fs, k))
	add("partyField19", partyField19(p, v))
	add("searchAddressField19", searchAddressField19(p, v))
	add("addressField20", addressField20(p, v))
	return took
}
