package event

import (
	"encoding/json"
	"testing"
)

func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		`{"@timestamp":"2026-11-25T08:03:00Z","service":{"name":"a"},"message":"m"}`,
		`{"@timestamp":1764057780000,"a":[1,{"b":null}],"a.b":"x"}`,
		`{"@timestamp":"2026-11-25T08:03:00Z","s":"\ud83d\ude00 \u0000"}`,
		`{"@timestamp":"bad"}`, `[]`, `{`, ``,
	} {
		f.Add([]byte(s))
	}
	d := NewDecoder(Mapping{"message": "msg"})
	f.Fuzz(func(t *testing.T, line []byte) {
		var ev Event
		err := d.Decode(line, &ev)
		if err != nil {
			if ReasonOf(err) == "" {
				t.Fatalf("error without reason: %v", err)
			}
			return
		}
		out := ev.JSON()
		if !json.Valid(out) {
			t.Fatalf("invalid JSON out: %q", out)
		}
		var again Event
		if err := d.Decode(out, &again); err != nil {
			t.Fatalf("re-decode of own output: %v (%q)", err, out)
		}
		if len(again.Fields) != len(ev.Fields) {
			t.Fatalf("re-decode has %d fields, want %d", len(again.Fields), len(ev.Fields))
		}
	})
}
