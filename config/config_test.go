package config

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestInvalidConfigsNameFileAndLine(t *testing.T) {
	cases := map[string]string{
		"unknown_key.bad.yaml":          `testdata/unknown_key.bad.yaml:3: unknown key "queue_sise"`,
		"bad_type.bad.yaml":             `testdata/bad_type.bad.yaml:2: cannot unmarshal !!str value into int`,
		"bad_value.bad.yaml":            `testdata/bad_value.bad.yaml:4: log.level: want debug, info, warn or error, got "loud"`,
		"missing_env.bad.yaml":          `testdata/missing_env.bad.yaml:3: environment variable VIGIL_TEST_UNSET_LEVEL is not set`,
		"syntax.bad.yaml":               `testdata/syntax.bad.yaml:2: found a tab character that violates indentation`,
		"bad_preset.bad.yaml":           `testdata/bad_preset.bad.yaml:5: detectors.presets.checkout_latency: not a built-in preset, so it needs base: one of`,
		"bad_preset_key.bad.yaml":       `testdata/bad_preset_key.bad.yaml:4: unknown key "min_volum"`,
		"bad_job_cron.bad.yaml":         `testdata/bad_job_cron.bad.yaml:6: jobs.declared.1.cron: cron "61 * * * *": end of range (61) above maximum (59)`,
		"bad_job_timezone.bad.yaml":     `testdata/bad_job_timezone.bad.yaml:5: jobs.declared.0.timezone: unknown time zone "Mars/Olympus"`,
		"bad_job_severity.bad.yaml":     `testdata/bad_job_severity.bad.yaml:3: jobs.severity: want P0, P1, P2 or P3, got "P5"`,
		"bad_job_duplicate.bad.yaml":    `testdata/bad_job_duplicate.bad.yaml:4: jobs.declared.1.name: job "ledger-close" is already declared at jobs.declared.0`,
		"bad_job_key.bad.yaml":          `testdata/bad_job_key.bad.yaml:5: unknown key "grase"`,
		"bad_job_fail_after.bad.yaml":   `testdata/bad_job_fail_after.bad.yaml:2: jobs.fail_after: must be at least 1, got 0`,
		"bad_deploy_min_after.bad.yaml": `testdata/bad_deploy_min_after.bad.yaml:4: deploys.min_after: must not be longer than watch (30m0s), got 45m0s`,
		"bad_deploy_severity.bad.yaml":  `testdata/bad_deploy_severity.bad.yaml:5: deploys.severity: want P0, P1, P2 or P3, got "P9"`,
		"bad_deploy_watch.bad.yaml":     `testdata/bad_deploy_watch.bad.yaml:2: deploys.watch: must be at most 6h, got 8h0m0s`,
		"bad_deploy_key.bad.yaml":       `testdata/bad_deploy_key.bad.yaml:3: unknown key "min_afer"`,
		"bad_es_bytes.bad.yaml":         `testdata/bad_es_bytes.bad.yaml:4: elasticsearch.max_bytes_in_flight: must be at least flush_bytes (1048576), got 65536`,
	}
	for file, want := range cases {
		path := filepath.Join("testdata", file)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		_, err = Parse(path, data, env(nil))
		if err == nil {
			t.Errorf("%s: accepted", file)
			continue
		}
		if !strings.Contains(err.Error(), want) {
			t.Errorf("%s:\n got %v\nwant %s", file, err, want)
		}
	}
}

func TestGoodConfigExpandsEnvAndKeepsDefaults(t *testing.T) {
	data, err := os.ReadFile("testdata/good.yaml")
	if err != nil {
		t.Fatal(err)
	}
	c, err := Parse("good.yaml", data, env(map[string]string{"VIGIL_TEST_LEVEL": "warn"}))
	if err != nil {
		t.Fatal(err)
	}
	if c.Pipeline.Workers != 3 || c.Pipeline.AllowedLateness != time.Minute || c.Pipeline.DataDir != "/var/lib/vigil" {
		t.Errorf("pipeline %+v", c.Pipeline)
	}
	if c.Pipeline.QueueSize != 1024 {
		t.Errorf("default queue size lost: %d", c.Pipeline.QueueSize)
	}
	if c.Log.Level != "warn" || c.Fields["@timestamp"] != "ts" || c.Fields["service.name"] != "app" {
		t.Errorf("log %+v fields %v", c.Log, c.Fields)
	}
	want := Jobs{Enabled: true, Severity: "P1", FailAfter: 5, Declared: []DeclaredJob{
		{Name: "ledger-close", Cron: "30 2 * * *", Timezone: "Asia/Singapore", Grace: 15 * time.Minute},
		{Name: "stock-push", Cron: "@every 20m"},
	}}
	if !reflect.DeepEqual(c.Jobs, want) {
		t.Errorf("jobs %+v\nwant %+v", c.Jobs, want)
	}
	if d := (Deploys{Enabled: true, Severity: "P2", Watch: 45 * time.Minute, MinAfter: 15 * time.Minute, MaxServices: 500}); c.Deploys != d {
		t.Errorf("deploys %+v\nwant %+v", c.Deploys, d)
	}
}

// Deploy alerts are on by default, and stay on when only some keys are
// given.
func TestDeploysDefaults(t *testing.T) {
	for _, src := range []string{"", "deploys:\n", "deploys: {severity: P2}\n"} {
		c, err := Parse("f.yaml", []byte(src), env(nil))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		d := c.Deploys
		if !d.Enabled || d.Watch != time.Hour || d.MinAfter != 5*time.Minute || d.MaxServices != 500 || (d.Severity != "P1" && d.Severity != "P2") {
			t.Errorf("%q: deploys %+v", src, d)
		}
	}
	c, err := Parse("f.yaml", []byte("deploys: {enabled: false}\n"), env(nil))
	if err != nil || c.Deploys.Enabled {
		t.Errorf("enabled: false: %+v, %v", c, err)
	}
	// watch alone: min_after keeps its default, and must fit.
	if _, err := Parse("f.yaml", []byte("deploys: {watch: 4m}\n"), env(nil)); err == nil || !strings.Contains(err.Error(), "f.yaml:1: deploys.min_after: must not be longer than watch (4m0s)") {
		t.Errorf("watch 4m: %v", err)
	}
}

// Job alerts are on by default, and stay on when only some keys are given.
func TestJobsDefaults(t *testing.T) {
	for _, src := range []string{"", "jobs:\n", "jobs: {fail_after: 4}\n"} {
		c, err := Parse("f.yaml", []byte(src), env(nil))
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		if !c.Jobs.Enabled || c.Jobs.Severity != "P2" || (c.Jobs.FailAfter != 2 && c.Jobs.FailAfter != 4) {
			t.Errorf("%q: jobs %+v", src, c.Jobs)
		}
	}
	c, err := Parse("f.yaml", []byte("jobs: {enabled: false}\n"), env(nil))
	if err != nil || c.Jobs.Enabled {
		t.Errorf("enabled: false: %+v, %v", c, err)
	}
}

func TestExpandEnv(t *testing.T) {
	lookup := env(map[string]string{"A": "x", "EMPTY": ""})
	cases := map[string]string{
		"v: ${A}":            "v: x",
		"v: ${B:-dflt}":      "v: dflt",
		"v: ${EMPTY:-dflt}":  "v: dflt",
		"v: ${EMPTY}":        "v: ",
		"v: $$HOME and $A":   "v: $HOME and $A",
		"# ${UNSET} comment": "# ${UNSET} comment",
	}
	for in, want := range cases {
		out, err := ExpandEnv("f", []byte(in), lookup)
		if err != nil || string(out) != want {
			t.Errorf("ExpandEnv(%q) = %q, %v; want %q", in, out, err, want)
		}
	}
}

func TestTypeErrorsDoNotEchoValues(t *testing.T) {
	_, err := Parse("f.yaml", []byte("pipeline:\n  workers: hunter2-secret\n"), env(nil))
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Errorf("error %v echoes the value", err)
	}
}

func TestLoadEmptyPathGivesDefaults(t *testing.T) {
	c, err := Load("")
	if err != nil || c.Pipeline.AllowedLateness != 30*time.Second {
		t.Errorf("Load(\"\") = %+v, %v", c, err)
	}
}
