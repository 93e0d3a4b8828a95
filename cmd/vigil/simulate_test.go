package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The simulated stores write their stream and their ground truth, and
// vigil eval scores the built-in pack's alerts on them: over their first
// fifteen hours and a half, no false group and no alert in a trap (the full
// figures, over 60 hours, are in rules/README.md).
func TestSimulateWorldsAndEval(t *testing.T) {
	dir := t.TempDir()
	truth := filepath.Join(dir, "truth.yaml")
	var stdout, stderr bytes.Buffer
	code := run([]string{"simulate", "--world", "atlas", "--sim-duration", "15h30m", "--out", "-", "--truth", truth},
		strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("simulate exit %d: %s", code, stderr.String())
	}
	if n := bytes.Count(stdout.Bytes(), []byte("\n")); n < 50000 {
		t.Fatalf("atlas wrote %d lines in 15h30m, want tens of thousands", n)
	}
	logs := filepath.Join(dir, "atlas.ndjson")
	if err := os.WriteFile(logs, stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	// The built-in pack, as a new user runs it.
	evalBuiltin := func(args ...string) (int, string, string) {
		var o, e bytes.Buffer
		c := run(append([]string{"eval"}, args...), strings.NewReader(""), &o, &e)
		return c, o.String(), e.String()
	}
	code, out, errs := evalBuiltin("--incidents", truth, "--min-precision", "1", "--max-trap-alerts", "0", logs)
	if code != 0 {
		t.Fatalf("eval exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"marketplace-429-burst-SHP-ID-02", "payment-callback-failures-shopee", "peak-apac", "recall", "precision"} {
		if !strings.Contains(out, want) {
			t.Errorf("the eval report lacks %q:\n%s", want, out)
		}
	}
	// The third store, written without reading the rules: its first
	// incident (a marketplace's 429s for one shop) is found, and nothing
	// else fires.
	stdout.Reset()
	harborTruth := filepath.Join(dir, "harbor-truth.yaml")
	if code := run([]string{"simulate", "--world", "harbor", "--sim-duration", "15h40m", "--out", "-", "--truth", harborTruth},
		strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("simulate (harbor) exit %d: %s", code, stderr.String())
	}
	harborLogs := filepath.Join(dir, "harbor.ndjson")
	if err := os.WriteFile(harborLogs, stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = evalBuiltin("--incidents", harborTruth, "--min-recall", "1", "--min-precision", "1", "--max-trap-alerts", "0", harborLogs)
	if code != 0 || !strings.Contains(out, "shopee-vn-rate-limit") {
		t.Fatalf("eval on harbor: exit %d\n%s\n%s", code, out, errs)
	}
	// The demo world writes its scripted incidents as a ground truth too.
	stdout.Reset()
	demoTruth := filepath.Join(dir, "demo-truth.yaml")
	if code := run([]string{"simulate", "--sim-duration", "8h30m", "--rate", "5", "--out", "-", "--truth", demoTruth},
		strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("simulate (demo) exit %d: %s", code, stderr.String())
	}
	demoLogs := filepath.Join(dir, "demo.ndjson")
	if err := os.WriteFile(demoLogs, stdout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errs = evalBuiltin("--incidents", demoTruth, demoLogs)
	if code != 0 || !strings.Contains(out, "amazon-429-burst") {
		t.Fatalf("eval on the demo world: exit %d\n%s\n%s", code, out, errs)
	}
	if code := run([]string{"simulate", "--world", "nowhere", "--out", "-"}, strings.NewReader(""), &stdout, &stderr); code != exitUsage {
		t.Errorf("an unknown world: exit %d, want %d", code, exitUsage)
	}
}
