package redact

import (
	"bytes"
	"encoding/json"
	"testing"
	"unicode/utf8"

	"github.com/vigilops/vigil/event"
)

var fuzzSeeds = []string{
	"",
	"plain text without anything",
	"call +1 (415) 555-2671 or 020 7946 0958, card 4111 1111 1111 1111",
	"email jane.doe@example.com, url ?email=jane%40example.com&x=1",
	"Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl",
	`{"password":"p@ss w0rd","name":"Jane Roe","address":"1 Main St, Springfield"}`,
	"收货人：张三，收货地址：某某市某某区某某路1号，手机13812345678",
	"IBAN GB82 WEST 1234 5698 7654 32 and id 11000019900101003X",
	"order 114-3941689-8772232 trace 4bf92f3577b34da6a3ce929d0e0e4736 at 2026-11-25T08:03:00.123Z",
	"[REDACTED:email] [HASH:email:0123456789abcdef] [REDACTED:card:****1111] [REDACTED:phone:+44]",
	"[REDACTED:4111111111111111] ((((((1 1 1 1 1 1 1 1 1 1 1 1 1 1",
	"a@b.c@d.ee@f.gg x-api-key: k shpat_0123456789abcdef0123456789abcdef",
	"ship to 12 Main St. Apt 4, St. Louis, MO 63101 via UPS",
	"+44 (0)20 7946 0958 (5555555555554444) 0041 44 668 18 00",
}

func FuzzRedactString(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	r, err := New(DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, s string) {
		once := r.String(s)
		if twice := r.String(once); twice != once {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", s, once, twice)
		}
		if utf8.ValidString(s) && !utf8.ValidString(once) {
			t.Fatalf("valid UTF-8 became invalid: %q → %q", s, once)
		}
		if got := string(r.AppendRedacted(nil, []byte(s))); got != once {
			t.Fatalf("AppendRedacted %q != String %q", got, once)
		}
	})
}

func FuzzRedactJSON(f *testing.F) {
	for _, s := range fuzzSeeds {
		b, _ := json.Marshal(map[string]any{"@timestamp": "2026-11-25T08:03:00Z", "message": s, "buyer": map[string]string{"name": s}, "n": 4111111111111111, "list": []any{s, 1.5, nil, true}})
		f.Add(b)
	}
	f.Add([]byte(`{"a":{"b":[{"c":"x@y.zz"},[]]},"d":-0.5e10,"e":"\u0040\ud83d\ude00"}`))
	f.Add([]byte(`[[[[[]]]]]`))
	r, err := New(DefaultConfig())
	if err != nil {
		f.Fatal(err)
	}
	dec := event.NewDecoder(nil)
	f.Fuzz(func(t *testing.T, in []byte) {
		out, _ := r.AppendJSON(nil, in)
		if json.Valid(in) && !json.Valid(out) {
			t.Fatalf("valid JSON in, invalid out:\n in  %q\n out %q", in, out)
		}
		again, _ := r.AppendJSON(nil, out)
		if json.Valid(in) && !bytes.Equal(again, out) {
			t.Fatalf("not idempotent:\n in    %q\n once  %q\n twice %q", in, out, again)
		}
		var ev event.Event
		if dec.Decode(in, &ev) != nil {
			return
		}
		r.Event(&ev)
		first := ev.AppendJSON(nil)
		if !json.Valid(first) {
			t.Fatalf("event JSON invalid: %q", first)
		}
		var ev2 event.Event
		if err := dec.Decode(first, &ev2); err != nil {
			t.Fatalf("redacted event does not decode: %v\n%q", err, first)
		}
		r.Event(&ev2)
		if second := ev2.AppendJSON(nil); !bytes.Equal(first, second) {
			t.Fatalf("event not idempotent:\n in    %q\n once  %q\n twice %q", in, first, second)
		}
	})
}
