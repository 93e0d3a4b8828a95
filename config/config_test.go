package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func env(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

func TestInvalidConfigsNameFileAndLine(t *testing.T) {
	cases := map[string]string{
		"unknown_key.bad.yaml":    `testdata/unknown_key.bad.yaml:3: unknown key "queue_sise"`,
		"bad_type.bad.yaml":       `testdata/bad_type.bad.yaml:2: cannot unmarshal !!str value into int`,
		"bad_value.bad.yaml":      `testdata/bad_value.bad.yaml:4: log.level: want debug, info, warn or error, got "loud"`,
		"missing_env.bad.yaml":    `testdata/missing_env.bad.yaml:3: environment variable VIGIL_TEST_UNSET_LEVEL is not set`,
		"syntax.bad.yaml":         `testdata/syntax.bad.yaml:2: found a tab character that violates indentation`,
		"bad_preset.bad.yaml":     `testdata/bad_preset.bad.yaml:5: detectors.presets.checkout_latency: not a built-in preset, so it needs base: one of`,
		"bad_preset_key.bad.yaml": `testdata/bad_preset_key.bad.yaml:4: unknown key "min_volum"`,
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
