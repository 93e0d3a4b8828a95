package elasticsearch

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// FuzzIndexName checks that any field value yields a valid index name
// covered by the template's pattern.
func FuzzIndexName(f *testing.F) {
	for _, s := range []string{"amazon-api", "", "Ünïcödé", "a/b\\c*d?e\"f<g>h|i j,k#l:m", "..", strings.Repeat("x", 300)} {
		f.Add(s)
	}
	ts := time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)
	f.Fuzz(func(t *testing.T, v string) {
		name := IndexName(DefaultIndex, ts, func(string) string { return v })
		if !strings.HasPrefix(name, "logs-") || !strings.HasSuffix(name, "-2026.11.25") {
			t.Fatalf("IndexName = %q", name)
		}
		for i := 0; i < len(name); i++ {
			c := name[i]
			if !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
				t.Fatalf("IndexName = %q: byte %q not allowed", name, c)
			}
		}
		if len(name) > len("logs--2026.11.25")+maxPlaceholderLen {
			t.Fatalf("IndexName = %q: too long", name)
		}
	})
}

// FuzzAppendAction checks that the action line is valid JSON that carries
// the index and id unchanged.
func FuzzAppendAction(f *testing.F) {
	f.Add("logs-a", "orders/0/1")
	f.Add("logs-\"x\"", "a\\b\n\x00\u2028")
	f.Fuzz(func(t *testing.T, index, id string) {
		if !utf8.ValidString(index) || !utf8.ValidString(id) || index == "" {
			t.Skip()
		}
		var buf bytes.Buffer
		appendAction(&buf, &Document{Index: index, ID: id, Body: []byte(`{}`)})
		line, rest, ok := strings.Cut(buf.String(), "\n")
		if !ok || rest != "{}\n" {
			t.Fatalf("bulk lines %q", buf.String())
		}
		var meta map[string]map[string]string
		if err := json.Unmarshal([]byte(line), &meta); err != nil {
			t.Fatalf("action line %q: %v", line, err)
		}
		if meta["index"]["_index"] != index || id != "" && meta["index"]["_id"] != id {
			t.Fatalf("action line %q does not round-trip (%q, %q)", line, index, id)
		}
	})
}
