package rules

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestStarterPackRuleTests(t *testing.T) {
	paths, err := filepath.Glob("../examples/ecommerce/tests/*.yaml")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no starter pack tests: %v", err)
	}
	var out bytes.Buffer
	failed, err := RunTests(paths, &out)
	if err != nil || failed != 0 {
		t.Fatalf("starter pack tests: %d failed, err %v\n%s", failed, err, out.String())
	}
	// Every rule of the pack is exercised by at least one expected alert.
	rs, err := LoadDir("../examples/ecommerce/rules")
	if err != nil {
		t.Fatal(err)
	}
	var tests strings.Builder
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		tests.Write(b)
	}
	for _, r := range rs.Rules {
		if !strings.Contains(tests.String(), "rule: "+r.Name) {
			t.Errorf("rule %s has no expected alert in the starter pack tests", r.Name)
		}
	}
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestRunTestsReportsDifferences(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "r.yaml", `
rules:
  - name: errors
    severity: P2
    filter: log.level == "error"
    group_by: [service.name]
    window: 2m
    condition: count >= 3
    annotations: {summary: '{{ .Value }} errors in {{ .Label "service.name" }}'}
`)
	writeFile(t, dir, "events.ndjson", `{"@timestamp":"2026-01-01T00:00:10Z","log":{"level":"error"},"service":{"name":"orders"}}
{"@timestamp":"+20s","log.level":"error","service.name":"orders"}
`)
	p := writeFile(t, dir, "r_test.yaml", `
rule_files: [r.yaml]
tests:
  - name: passes
    events_file: events.ndjson
    events:
      - {at: +30s, fields: {log: {level: error}, service.name: orders}}
    expect:
      - {at: +1m, status: firing, rule: errors, labels: {service.name: orders}, annotations: {summary: 3 errors in orders}, value: 3}
      - {at: +3m, status: resolved, rule: errors}
  - name: fails three ways
    events:
      - {at: +30s, every: 1s, repeat: 3, fields: {log.level: error, service.name: orders}}
      - {at: +30s, every: 1s, repeat: 3, fields: {log.level: error, service.name: billing}}
    expect:
      - {at: +1m, status: firing, rule: errors, labels: {service.name: orders}, annotations: {summary: 4 errors in orders}}
      - {at: +5m, status: firing, rule: errors, labels: {service.name: search}}
      - {at: +3m, status: resolved, rule: errors, labels: {service.name: orders}}
      - {at: +3m, status: resolved, rule: errors, labels: {service.name: billing}}
`)
	var out bytes.Buffer
	failed, err := RunTests([]string{p}, &out)
	if err != nil {
		t.Fatal(err)
	}
	if failed != 1 {
		t.Fatalf("want 1 failed test, got %d:\n%s", failed, out.String())
	}
	for _, want := range []string{
		"ok    " + p + ": passes",
		"FAIL  " + p + ": fails three ways",
		`annotation summary:`,
		`want "4 errors in orders"`,
		`got  "3 errors in orders"`,
		"missing     +5m0s     firing   errors {service.name=search}",
		"unexpected  +1m0s     firing   errors {service.name=billing}",
		"1 passed, 1 failed",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, out.String())
		}
	}
}

func TestRunTestsBadFiles(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "bad.yaml", "rules:\n  - name: x\n    severity: P1\n    filter: nope ==\n")
	cases := map[string]string{
		"unknown key": "rule_files: [bad.yaml]\ntests:\n  - name: x\n    evnts: []\n",
		"bad rules":   "rule_files: [bad.yaml]\ntests:\n  - name: x\n",
		"no rules":    "rule_files: [missing.yaml]\ntests:\n  - name: x\n",
	}
	for name, body := range cases {
		t.Run(name, func(t *testing.T) {
			p := writeFile(t, dir, "t.yaml", body)
			var out bytes.Buffer
			if _, err := RunTests([]string{p}, &out); err == nil {
				t.Fatalf("want an error, report:\n%s", out.String())
			}
		})
	}
}
