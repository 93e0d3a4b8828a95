package rules

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func TestLoadErrors(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string // each must appear in the error text
	}{
		{"type error in filter", `
rules:
  - name: a
    severity: P1
    filter: log.level > 5`, []string{"x.yaml:5:23: rule a: filter: invalid operation: > (mismatched types string and int)"}},
		{"misspelt field", `
rules:
  - name: a
    severity: P1
    filter: log.levle == "error" || http.response.status_code > 500`, []string{`x.yaml:5:13: rule a: filter: unknown field log.levle: did you mean log.level? (write field("log.levle") for a field of your own)`}},
		{"unknown name", `
rules:
  - name: a
    severity: P1
    filter: levle == "error"`, []string{"x.yaml:5:13: rule a: filter: unknown name levle"}},
		{"syntax error in quoted condition", `
rules:
  - name: a
    severity: P1
    condition: "count >> 3"`, []string{"x.yaml:5:", "rule a: condition:"}},
		{"type error on a later line of a block condition", `
rules:
  - name: b
    severity: P2
    condition: |
      count > 1 &&
        max(log.level) > 3`, []string{"x.yaml:7:13: rule b: condition: max: expected float64, but got string"}},
		{"field outside an aggregate", `
rules:
  - name: c
    severity: P2
    condition: sync.delay_seconds > 300`, []string{"x.yaml:5:16: rule c: condition: field sync.delay_seconds outside an aggregate"}},
		{"bad severity and unknown key", `
rules:
  - name: d
    severity: P9
    windw: 5m`, []string{`x.yaml:4:15: rule d: severity "P9"`, `x.yaml:5:5: rule d: unknown key "windw"`}},
		{"bad durations", `
rules:
  - name: e
    severity: P1
    window: 10x
    condition: absent(2h)`, []string{`x.yaml:5:13: rule e: window: "10x" is not a duration`, "x.yaml:6:24: rule e: condition: bad number syntax"}},
		{"quantile needs a constant", `
rules:
  - name: f
    severity: P1
    condition: quantile(event.duration, count) > 1`, []string{"x.yaml:5:41: rule f: condition: quantile: the second argument must be a number between 0 and 1"}},
		{"duplicate names", `
rules:
  - name: g
    severity: P1
  - name: g
    severity: P2`, []string{`x.yaml:5:5: duplicate rule name "g" (first defined at x.yaml:3)`}},
		{"bad template", `
rules:
  - name: h
    severity: P1
    annotations:
      summary: "{{ .Value | humanize "`, []string{"x.yaml:6:16: rule h: annotation summary:"}},
		{"template reading a missing field", `
rules:
  - name: i
    severity: P1
    annotations:
      summary: "{{ .Nope }}"`, []string{"x.yaml:6:16: rule i: annotation summary:", "Nope"}},
		{"previous of a heartbeat", `
rules:
  - name: j
    severity: P1
    condition: previous(absent("1h"))`, []string{"x.yaml:5:25: rule j: condition: previous: absent"}},
		{"not a rule file", `
foo: 1`, []string{`x.yaml:2:1: unknown key "foo"`}},
		{"missing name and severity", `
rules:
  - filter: log.level == "error"`, []string{"x.yaml:3:5: rule without a name", "missing severity"}},
		{"yaml syntax", "rules:\n  - name: [\n", []string{"x.yaml:2:1: did not find expected node content"}},
		{"wall clock", `
rules:
  - name: k
    severity: P1
    filter: now().Hour() > 8`, []string{"x.yaml:5:13: rule k: filter: unknown name now"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("x.yaml", []byte(tt.src))
			if err == nil {
				t.Fatal("want an error")
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q\nlacks %q", err, w)
				}
			}
		})
	}
}

func TestLoadValid(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: all-defaults
    severity: p3
  - name: full
    description: d
    severity: P0
    owner: payments
    filter: has(trace.id) && field("custom-thing") == "x" && custom.flag == true && field("log.levle") == "x"
    group_by: shop.id
    window: 90s
    condition: count >= 2 && shop.id != "S0"
    for: 1m
    keep_firing_for: 2m
    labels: {tier: gold}
    annotations: {summary: "{{ .Label \"shop.id\" }} {{ .Value }} {{ .Threshold }}"}
    runbook_url: https://runbooks.example/x
`)
	if rs.Len() != 2 {
		t.Fatalf("rules: %d", rs.Len())
	}
	r := rs.Rule("all-defaults")
	if r.Condition != "" || r.Window.String() != "5m0s" || r.Severity != "P3" || r.c.cond.src != "count > 0" {
		t.Errorf("defaults: %+v", r)
	}
	f := rs.Rule("full")
	if f.Team != "payments" || len(f.GroupBy) != 1 || f.c.windowMin != 2 {
		t.Errorf("full: team %q group_by %v window %d", f.Team, f.GroupBy, f.c.windowMin)
	}
}

func TestLoadDirAndCheck(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.yaml", "rules:\n  - name: one\n    severity: P1\n")
	write("sub/b.yml", "rules:\n  - name: two\n    severity: P2\n")
	write("sub/b_test.yaml", "rule_files: [b.yml]\ntests: []\n")
	write("README.md", "not yaml")
	rs, err := LoadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := rs.Len(); got != 2 {
		t.Fatalf("want 2 rules, got %d", got)
	}
	if errs := Check(dir); len(errs) != 0 {
		t.Fatalf("check: %v", errs)
	}
	write("c.yaml", "rules:\n  - name: one\n    severity: P1\n    filter: 'x =='\n")
	errs := Check(dir)
	if len(errs) != 2 {
		t.Fatalf("want 2 errors (syntax, duplicate), got %d: %v", len(errs), errs)
	}
	for _, e := range errs {
		if !strings.HasPrefix(e.Error(), filepath.Join(dir, "c.yaml")+":") {
			t.Errorf("error without file:line: %v", e)
		}
	}
	if _, err := LoadDir(dir); err == nil {
		t.Fatal("LoadDir accepted a bad file")
	}
	if errs := Check(t.TempDir()); len(errs) != 1 || !strings.Contains(errs[0].Error(), "no rules found") {
		t.Fatalf("empty dir: %v", errs)
	}
}

func TestLoadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"pack/rules/a.yaml": {Data: []byte("rules:\n  - name: one\n    severity: P1\n")},
		"pack/rules/b.yaml": {Data: []byte("rules:\n  - name: two\n    severity: P1\n    filter: nope(\n")},
	}
	_, err := LoadFS(fsys, "pack/rules")
	if err == nil || !strings.HasPrefix(err.Error(), "pack/rules/b.yaml:4:") {
		t.Fatalf("want an error at pack/rules/b.yaml:4, got %v", err)
	}
	delete(fsys, "pack/rules/b.yaml")
	rs, err := LoadFS(fsys, "pack/rules")
	if err != nil || rs.Len() != 1 || rs.Rules[0].File != "pack/rules/a.yaml" || rs.Rules[0].Line != 2 {
		t.Fatalf("LoadFS: %v %+v", err, rs)
	}
	var joined interface{ Unwrap() []error }
	_, err = LoadFiles([]string{"/nonexistent/x.yaml"})
	if err == nil || !errors.As(err, &joined) {
		t.Fatalf("LoadFiles of a missing file: %v", err)
	}
}

func TestStarterPackLoads(t *testing.T) {
	rs, err := LoadDir("../examples/ecommerce/rules")
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{
		"order-sync-delayed", "inventory-sync-failures", "payment-callback-success-rate",
		"marketplace-429-burst", "marketplace-api-consecutive-failures", "slow-db-statements",
		"crawler-heartbeat", "price-scraper-heartbeat", "inventory-full-sync-heartbeat", "unseen-error-code",
	} {
		if rs.Rule(name) == nil {
			t.Errorf("starter pack lacks %s", name)
		}
	}
}
