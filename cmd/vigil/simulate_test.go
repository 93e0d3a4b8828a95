package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// The atlas store writes its stream and its ground truth, and vigil eval
// scores the built-in defaults on them (the figures are not asserted here:
// they are what the detection work is measured by).
func TestSimulateAtlasAndEval(t *testing.T) {
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
	code, out, errs := runEval(t, "--incidents", truth, logs)
	if code != 0 {
		t.Fatalf("eval exit %d\n%s\n%s", code, out, errs)
	}
	for _, want := range []string{"marketplace-429-burst-SHP-ID-02", "payment-callback-failures-shopee", "peak-apac", "recall", "precision"} {
		if !strings.Contains(out, want) {
			t.Errorf("the eval report lacks %q:\n%s", want, out)
		}
	}
	if code := run([]string{"simulate", "--world", "nowhere", "--out", "-"}, strings.NewReader(""), &stdout, &stderr); code != exitUsage {
		t.Errorf("an unknown world: exit %d, want %d", code, exitUsage)
	}
}
