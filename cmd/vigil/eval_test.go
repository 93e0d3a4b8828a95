package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The sample's one alert: marketplace-429-burst for shop S12 fires at
// 08:05 (labels shop.id, shop.platform, component, team; no service.name)
// and resolves at 08:34.
var evalSample = filepath.Join("..", "..", "testdata", "amazon-429-burst.ndjson")

const evalS12 = `incidents:
  - id: amazon-s12-throttled
    start: 2026-11-24T08:03:00Z
    end: 2026-11-24T08:30:00Z
    labels: {shop.id: S12, shop.platform: amazon}
    description: SP-API throttles shop S12
quiet:
  - id: before-the-burst
    start: 2026-11-24T07:30:00Z
    end: 2026-11-24T08:00:00Z
    labels: {}
`

func writeTruth(t *testing.T, yaml string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "truth.yaml")
	if err := os.WriteFile(p, []byte(yaml), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func runEval(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var stdout, stderr bytes.Buffer
	code := run(ecommerce(t, append([]string{"eval"}, args...)...), strings.NewReader(""), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

var allThresholds = []string{"--min-recall", "1.0", "--min-precision", "0.95", "--max-median-ttd", "2m", "--max-trap-alerts", "0"}

func TestEvalMeetsThresholds(t *testing.T) {
	truth := writeTruth(t, evalS12)
	args := append([]string{"--incidents", truth}, allThresholds...)
	code, out, errs := runEval(t, append(args, evalSample)...)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{
		"amazon-s12-throttled  yes       1m   2026-11-24T08:04:00Z  marketplace-429-burst, rate-limit-anomaly",
		"recall        1.000",
		"precision     1.000",
		"median TTD    1m",
		"ok    recall 1.000 meets minimum 1.000",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q:\n%s", want, out)
		}
	}
	// The replay summary goes to stderr, as with vigil replay.
	if !strings.Contains(errs, "1987 lines") || !strings.Contains(errs, "4 alert transitions") {
		t.Errorf("stderr: %s", errs)
	}

	code, out, errs = runEval(t, append(append(args, "--json"), evalSample)...)
	if code != 0 {
		t.Fatalf("--json: exit %d: %s", code, errs)
	}
	var rep struct {
		Summary struct {
			Recall, Precision float64
			MedianTTD         *float64 `json:"median_ttd_seconds"`
			TrapAlerts        int      `json:"trap_alerts"`
		}
		Incidents []struct {
			ID       string
			Detected bool
			TTD      *float64 `json:"ttd_seconds"`
			Rules    []string
		}
		Checks []struct{ OK bool }
		Pass   bool
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil {
		t.Fatalf("%v:\n%s", err, out)
	}
	if rep.Summary.Recall != 1 || rep.Summary.Precision != 1 || rep.Summary.MedianTTD == nil || *rep.Summary.MedianTTD != 60 ||
		!rep.Pass || len(rep.Checks) != 4 || len(rep.Incidents) != 1 || rep.Incidents[0].Rules[0] != "marketplace-429-burst" {
		t.Errorf("json report: %+v", rep)
	}
}

func TestEvalBelowThresholds(t *testing.T) {
	for _, tc := range []struct {
		name, truth, stderr string
	}{
		{"a missed incident (recall)", strings.Replace(evalS12, "quiet:", `  - id: checkout-outage
    start: 2026-11-24T07:40:00Z
    end: 2026-11-24T07:50:00Z
    labels: {service.name: checkout}
quiet:`, 1), "recall 0.500 is below minimum 1.000"},
		{"a label mismatch (recall, precision)", strings.Replace(evalS12, "shop.id: S12,", "shop.id: S13,", 1), "precision 0.000 is below minimum 0.950"},
		{"late, outside the tolerance", strings.NewReplacer("start: 2026-11-24T08:03:00Z", "start: 2026-11-24T07:40:00Z",
			"end: 2026-11-24T08:30:00Z", "end: 2026-11-24T07:53:59Z").Replace(evalS12), "recall 0.000"},
		// The silence mutes the burst while replaying: nothing detected.
		{"the truth's silence applies", evalS12 + `silences:
  - matchers: ["shop.id=S12"]
    starts_at: 2026-11-24T08:00:00Z
    ends_at: 2026-11-24T09:00:00Z
    comment: S12 re-onboarding
`, "median TTD undefined: no incident detected"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			truth := writeTruth(t, tc.truth)
			args := append([]string{"--incidents", truth}, allThresholds...)
			code, out, errs := runEval(t, append(args, evalSample)...)
			if code != 1 {
				t.Fatalf("exit %d, want 1\n%s\n%s", code, out, errs)
			}
			if !strings.Contains(errs, "vigil: eval: below thresholds: ") || !strings.Contains(errs, tc.stderr) {
				t.Errorf("stderr lacks %q:\n%s", tc.stderr, errs)
			}
			if !strings.Contains(out, "FAIL  ") {
				t.Errorf("report without a failed check:\n%s", out)
			}
			// Without thresholds, the same scoring exits 0.
			if code, _, errs := runEval(t, "--incidents", truth, evalSample); code != 0 {
				t.Errorf("without thresholds: exit %d: %s", code, errs)
			}
		})
	}
}

// TestEvalTrapAndSilence checks a trap violation's report, and that the
// truth file's silence reached the dispatcher.
func TestEvalTrapAndSilence(t *testing.T) {
	truth := writeTruth(t, `incidents:
  - id: s13
    start: 2026-11-24T08:00:00Z
    end: 2026-11-24T08:30:00Z
    labels: {shop.id: S13}
quiet:
  - id: integrations-quiet
    start: 2026-11-24T08:00:00Z
    end: 2026-11-24T08:10:00Z
    labels: {team: integrations}
`)
	code, out, errs := runEval(t, "--incidents", truth, "--max-trap-alerts", "0", "--json", evalSample)
	if code != 1 || !strings.Contains(errs, "2 trap alerts, above maximum 0") {
		t.Fatalf("exit %d\n%s", code, errs)
	}
	if !strings.Contains(out, `"trap_alerts": 2`) || !strings.Contains(out, `"marketplace-429-burst": 1`) || !strings.Contains(out, `"rate-limit-anomaly": 1`) {
		t.Errorf("json:\n%s", out)
	}

	truth = writeTruth(t, evalS12+`silences:
  - matchers: ["shop.id=S12"]
    starts_at: 2026-11-24T08:00:00Z
    ends_at: 2026-11-24T09:00:00Z
`)
	if code, out, errs := runEval(t, "--incidents", truth, evalSample); code != 0 || !strings.Contains(errs, "2 silenced") || !strings.Contains(out, "INCIDENTS (0 of 1 detected)") {
		t.Errorf("exit %d\n%s\n%s", code, out, errs)
	}
}

func TestEvalUsageErrors(t *testing.T) {
	good := writeTruth(t, evalS12)
	bad := writeTruth(t, evalS12+"  - id: q2\n    start: 2026-11-24T07:30:00Z\n    end: 2026-11-24T07:00:00Z\n    lables: {}\n")
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{evalSample}, "--incidents FILE is required"},
		{[]string{"--incidents", good}, "requires at least 1 arg"},
		{[]string{"--incidents", filepath.Join(t.TempDir(), "none.yaml"), evalSample}, "no such file"},
		{[]string{"--incidents", bad, evalSample}, `truth.yaml:15: unknown key "lables"`},
		{[]string{"--incidents", good, "--min-recall", "1.5", evalSample}, "--min-recall 1.5: want a number from 0 to 1"},
		{[]string{"--incidents", good, "--min-precision", "high", evalSample}, "invalid argument"},
		{[]string{"--incidents", good, "--max-trap-alerts", "-1", evalSample}, "must not be negative"},
		{[]string{"--incidents", good, "--late-tolerance", "-1m", evalSample}, "--late-tolerance -1m0s: must not be negative"},
	} {
		code, _, errs := runEval(t, tc.args...)
		if code != 2 || !strings.Contains(errs, tc.want) {
			t.Errorf("%v: exit %d, want 2 with %q:\n%s", tc.args, code, tc.want, errs)
		}
	}
	// A validation error names the file, the line and the key.
	bad = writeTruth(t, "incidents:\n  - id: a\n    start: 2026-11-24T08:03:00Z\n    end: 2026-11-24T08:00:00Z\n")
	if code, _, errs := runEval(t, "--incidents", bad, evalSample); code != 2 || !strings.Contains(errs, "truth.yaml:4: incidents.0.end: is before start") {
		t.Errorf("exit %d: %s", code, errs)
	}
}

// ecommerce returns args with "-c" and a config that loads the e-commerce
// starter pack (examples/ecommerce/rules) instead of the built-in generic
// pack, for the tests written against the starter pack's rules.
func ecommerce(t *testing.T, args ...string) []string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", "examples", "ecommerce", "rules"))
	if err != nil {
		t.Fatal(err)
	}
	cfg := filepath.Join(t.TempDir(), "ecommerce.yaml")
	if err := os.WriteFile(cfg, []byte("rules:\n  dir: "+dir+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return append([]string{args[0], "-c", cfg}, args[1:]...)
}
