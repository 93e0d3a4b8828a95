package event

import (
	"encoding/json"
	"errors"
	"reflect"
	"testing"
	"time"
)

func decode(t *testing.T, d *Decoder, line string) *Event {
	t.Helper()
	var ev Event
	if err := d.Decode([]byte(line), &ev); err != nil {
		t.Fatalf("Decode(%s): %v", line, err)
	}
	return &ev
}

func TestDecodeNestedAndDottedAgree(t *testing.T) {
	d := NewDecoder(nil)
	nested := decode(t, d, `{"@timestamp":"2026-11-25T08:03:00.123Z","service":{"name":"order-sync","version":"1.2.3"},"http":{"response":{"status_code":429}},"log":{"level":"error"}}`)
	dotted := decode(t, d, `{"@timestamp":"2026-11-25T08:03:00.123Z","service.name":"order-sync","service.version":"1.2.3","http.response.status_code":429,"log.level":"error"}`)
	if !reflect.DeepEqual(nested.Fields, dotted.Fields) {
		t.Fatalf("nested and dotted differ:\n%v\n%v", nested.Fields, dotted.Fields)
	}
	want := time.Date(2026, 11, 25, 8, 3, 0, 123e6, time.UTC)
	if !nested.Time.Equal(want) {
		t.Errorf("Time = %v, want %v", nested.Time, want)
	}
	if got := nested.Text("service.name"); got != "order-sync" {
		t.Errorf("service.name = %q", got)
	}
	if f, ok := nested.Float("http.response.status_code"); !ok || f != 429 {
		t.Errorf("status = %v %v", f, ok)
	}
	if got := nested.Text("http.response.status_code"); got != "429" {
		t.Errorf("status text = %q", got)
	}
}

func TestDecodeKinds(t *testing.T) {
	d := NewDecoder(nil)
	ev := decode(t, d, `{"@timestamp":1764057780000,"a":true,"b":false,"c":null,"n":1.5e3,"s":"x\"y\u00e9","arr":[1,"two",{"k":{"v":3}}],"empty":{}}`)
	cases := []struct {
		path string
		kind Kind
		text string
	}{
		{"a", Bool, "true"}, {"b", Bool, "false"}, {"c", Null, ""}, {"n", Number, "1.5e3"},
		{"s", String, "x\"yé"}, {"arr", Array, `[1,"two",{"k.v":3}]`}, {"empty", Object, "{}"},
	}
	for _, c := range cases {
		v, ok := ev.Get(c.path)
		if !ok {
			t.Errorf("%s missing", c.path)
			continue
		}
		if v.Kind != c.kind || v.Text() != c.text {
			t.Errorf("%s = %v %q, want %v %q", c.path, v.Kind, v.Text(), c.kind, c.text)
		}
	}
	if want := time.UnixMilli(1764057780000).UTC(); !ev.Time.Equal(want) {
		t.Errorf("epoch-ms time = %v, want %v", ev.Time, want)
	}
}

func TestDuplicatePathKeepsLater(t *testing.T) {
	d := NewDecoder(nil)
	ev := decode(t, d, `{"@timestamp":"2026-11-25T00:00:00Z","service":{"name":"a"},"service.name":"b","x":1,"x":2}`)
	if got := ev.Text("service.name"); got != "b" {
		t.Errorf("service.name = %q, want b", got)
	}
	if got := ev.Text("x"); got != "2" {
		t.Errorf("x = %q, want 2", got)
	}
	n := 0
	for _, f := range ev.Fields {
		if f.Path == "service.name" || f.Path == "x" {
			n++
		}
	}
	if n != 2 {
		t.Errorf("%d fields for two paths: %v", n, ev.Fields)
	}
	// The next line must not inherit this line's duplicate marks.
	ev2 := decode(t, d, `{"@timestamp":"2026-11-25T00:00:00Z","x":7}`)
	if got := ev2.Text("x"); got != "7" {
		t.Errorf("next line x = %q", got)
	}
}

func TestMapping(t *testing.T) {
	d := NewDecoder(Mapping{"@timestamp": "ts", "service.name": "app.id", "message": "msg"})
	ev := decode(t, d, `{"ts":"2026-11-25T00:00:00Z","app":{"id":"billing"},"msg":"hello","other":1}`)
	for path, want := range map[string]string{"@timestamp": "2026-11-25T00:00:00Z", "service.name": "billing", "message": "hello", "other": "1"} {
		if got := ev.Text(path); got != want {
			t.Errorf("%s = %q, want %q", path, got, want)
		}
	}
	if _, ok := ev.Get("ts"); ok {
		t.Error("source path ts survived the mapping")
	}
}

func TestDecodeErrors(t *testing.T) {
	d := NewDecoder(nil)
	cases := map[string]string{
		"":                                     ReasonEmpty,
		"   \n":                                ReasonEmpty,
		`{"@timestamp":"2026-11-25T00:00:00Z"`: ReasonInvalidJSON,
		`[1,2]`:                                ReasonNotObject,
		`"s"`:                                  ReasonNotObject,
		`{"message":"no time"}`:                ReasonMissingTimestamp,
		`{"@timestamp":"yesterday"}`:           ReasonBadTimestamp,
		`{"@timestamp":true}`:                  ReasonBadTimestamp,
		`{"@timestamp":-5}`:                    ReasonBadTimestamp,
	}
	for line, reason := range cases {
		var ev Event
		err := d.Decode([]byte(line), &ev)
		var de *DecodeError
		if !errors.As(err, &de) || de.Reason != reason {
			t.Errorf("Decode(%q) = %v, want reason %s", line, err, reason)
		}
		if ReasonOf(err) != reason {
			t.Errorf("ReasonOf = %q", ReasonOf(err))
		}
		if len(ev.Fields) != 0 {
			t.Errorf("Decode(%q) left fields %v", line, ev.Fields)
		}
	}
}

func TestErrorCarriesNoContent(t *testing.T) {
	d := NewDecoder(nil)
	var ev Event
	err := d.Decode([]byte(`{"@timestamp":"2026-11-25T00:00:00Z","email":"someone@`), &ev)
	if err == nil || err.Error() != "decode: invalid_json" {
		t.Fatalf("err = %v", err)
	}
}

func TestAppendJSONRoundTrip(t *testing.T) {
	d := NewDecoder(nil)
	line := `{"@timestamp":"2026-11-25T08:03:00Z","service":{"name":"amazon-api"},"message":"tab\there \"q\" \u0001 ünï","n":12,"ok":true,"arr":[{"a":1}],"z":null}`
	ev := decode(t, d, line)
	out := ev.JSON()
	var got, want map[string]any
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, out)
	}
	_ = json.Unmarshal([]byte(`{"@timestamp":"2026-11-25T08:03:00Z","service.name":"amazon-api","message":"tab\there \"q\" \u0001 ünï","n":12,"ok":true,"arr":[{"a":1}],"z":null}`), &want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip:\n got %v\nwant %v", got, want)
	}
	// Decoding the output again gives the same fields.
	ev2 := decode(t, d, string(out))
	if !reflect.DeepEqual(ev.Fields, ev2.Fields) {
		t.Errorf("re-decode differs:\n%v\n%v", ev.Fields, ev2.Fields)
	}
}

func TestAppendStringInvalidUTF8(t *testing.T) {
	out := AppendString(nil, "a\xffb")
	var s string
	if err := json.Unmarshal(out, &s); err != nil || s != "a\ufffdb" {
		t.Errorf("AppendString(invalid) = %s (%v)", out, err)
	}
}

func TestSetDelete(t *testing.T) {
	d := NewDecoder(nil)
	ev := decode(t, d, `{"@timestamp":"2026-11-25T00:00:00Z","a":"1"}`)
	ev.Set("a", StringValue("2"))
	ev.Set("b", NumberValue(3))
	if ev.Text("a") != "2" || ev.Text("b") != "3" || len(ev.Fields) != 3 {
		t.Errorf("after Set: %v", ev.Fields)
	}
	if !ev.Delete("a") || ev.Delete("a") {
		t.Error("Delete reports wrongly")
	}
	if _, ok := ev.Get("a"); ok {
		t.Error("a still there")
	}
}

func TestSourceID(t *testing.T) {
	s := Source{Topic: "logs.app", Partition: 3, Offset: 12345}
	if got := s.ID(); got != "logs.app-3-12345" {
		t.Errorf("ID = %q", got)
	}
}

func TestInternTableBounded(t *testing.T) {
	d := NewDecoder(nil)
	var ev Event
	for i := 0; i < maxInterned+100; i++ {
		line := `{"@timestamp":"2026-11-25T00:00:00Z","k` + itoa(i) + `":1,"k` + itoa(i) + `":2}`
		if err := d.Decode([]byte(line), &ev); err != nil {
			t.Fatal(err)
		}
		if len(ev.Fields) != 2 || ev.Fields[1].Value.Str != "2" {
			t.Fatalf("line %d: %v", i, ev.Fields)
		}
	}
	if len(d.paths) > maxInterned {
		t.Errorf("intern table grew to %d", len(d.paths))
	}
}

func itoa(i int) string { return string(NumberValue(float64(i)).Str) }

func TestScalar(t *testing.T) {
	for _, c := range []struct {
		v    Value
		want string
	}{
		{StringValue("x"), "x"}, {NumberValue(3), "3"}, {BoolValue(true), "true"}, {BoolValue(false), "false"},
		{Value{}, ""}, {Value{Kind: Array, Items: []Value{StringValue("a")}}, ""}, {Value{Kind: Object}, ""},
	} {
		if got := c.v.Scalar(); got != c.want {
			t.Errorf("%+v.Scalar() = %q, want %q", c.v, got, c.want)
		}
	}
}
