package elasticsearch

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestBackoffBounds(t *testing.T) {
	ix := &Indexer{cfg: Config{BackoffMin: 10 * time.Millisecond, BackoffMax: 200 * time.Millisecond}}
	tests := []struct {
		retry    int
		min, max time.Duration
	}{
		{1, 5 * time.Millisecond, 10 * time.Millisecond},
		{2, 10 * time.Millisecond, 20 * time.Millisecond},
		{4, 40 * time.Millisecond, 80 * time.Millisecond},
		{5, 80 * time.Millisecond, 160 * time.Millisecond},
		{6, 100 * time.Millisecond, 200 * time.Millisecond}, // capped
		{100, 100 * time.Millisecond, 200 * time.Millisecond},
	}
	for _, tc := range tests {
		for range 200 {
			d := ix.backoff(tc.retry)
			if d < tc.min || d > tc.max {
				t.Fatalf("backoff(%d) = %s, want in [%s, %s]", tc.retry, d, tc.min, tc.max)
			}
		}
	}
}

func TestAppendAction(t *testing.T) {
	tests := []struct {
		doc  Document
		want string
	}{
		{Document{Index: "logs-a", ID: "orders/3/42", Body: []byte(`{"a":1}`)},
			`{"index":{"_index":"logs-a","_id":"orders/3/42"}}` + "\n" + `{"a":1}` + "\n"},
		{Document{Index: "logs-a", Body: []byte(`{}`)},
			`{"index":{"_index":"logs-a"}}` + "\n{}\n"},
		{Document{Index: "logs-a", ID: "q\"b\\s\n\x01é", Body: []byte(`{}`)},
			`{"index":{"_index":"logs-a","_id":"q\"b\\s\n\u0001é"}}` + "\n{}\n"},
	}
	for _, tc := range tests {
		var buf bytes.Buffer
		appendAction(&buf, &tc.doc)
		if buf.String() != tc.want {
			t.Errorf("appendAction = %q, want %q", buf.String(), tc.want)
		}
		line, _, _ := strings.Cut(buf.String(), "\n")
		var meta map[string]map[string]string
		if err := json.Unmarshal([]byte(line), &meta); err != nil || meta["index"]["_id"] != tc.doc.ID {
			t.Errorf("action line %q does not round-trip the id: %v", line, err)
		}
	}
}

func TestSanitizeReason(t *testing.T) {
	tests := []struct{ in, want string }{
		{"failed to parse field [a] of type [long] in document with id '1'. Preview of field's value: 'secret@example.com'",
			"failed to parse field [a] of type [long] in document with id '1'."},
		{"rejected execution", "rejected execution"},
		{strings.Repeat("é", 400), strings.Repeat("é", 150) + "…"},
	}
	for _, tc := range tests {
		if got := sanitizeReason(tc.in); got != tc.want {
			t.Errorf("sanitizeReason(%.40q…) = %.60q, want %.60q", tc.in, got, tc.want)
		}
	}
}

func TestVersionAtLeast(t *testing.T) {
	tests := []struct {
		v    string
		want bool
	}{
		{"8.19.7", true}, {"8.18.0", true}, {"8.17.9", false}, {"9.0.0", true}, {"7.17.1", false}, {"", false}, {"x.y", false},
	}
	for _, tc := range tests {
		if got := versionAtLeast(tc.v, 8, 18); got != tc.want {
			t.Errorf("versionAtLeast(%q) = %v", tc.v, got)
		}
	}
}

func TestIndexTemplateMappings(t *testing.T) {
	body, err := IndexTemplate(Config{})
	if err != nil {
		t.Fatal(err)
	}
	var tpl struct {
		Template struct {
			Mappings struct {
				Properties map[string]json.RawMessage `json:"properties"`
			} `json:"mappings"`
		} `json:"template"`
	}
	if err := json.Unmarshal(body, &tpl); err != nil {
		t.Fatal(err)
	}
	// Walk the nested properties and compare with the flat field list.
	got := map[string]string{}
	var walk func(prefix string, props map[string]json.RawMessage)
	walk = func(prefix string, props map[string]json.RawMessage) {
		for name, raw := range props {
			var def struct {
				Type       string                     `json:"type"`
				Properties map[string]json.RawMessage `json:"properties"`
			}
			if err := json.Unmarshal(raw, &def); err != nil {
				t.Fatal(err)
			}
			if def.Type != "" {
				got[prefix+name] = def.Type
			}
			walk(prefix+name+".", def.Properties)
		}
	}
	walk("", tpl.Template.Mappings.Properties)
	for field, typ := range FieldTypes() {
		if got[field] != typ {
			t.Errorf("%s: %q, want %q", field, got[field], typ)
		}
	}
	if len(got) != len(fieldTypes) {
		t.Errorf("template maps %d fields, want %d", len(got), len(fieldTypes))
	}
}
