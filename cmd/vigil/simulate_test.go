package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/vigilops/vigil/internal/racefree"
)

// The simulated stores write their stream and their ground truth, and
// vigil eval scores the built-in pack's alerts on them: over their first
// fifteen hours and a half, no false group and no alert in a trap (the full
// figures, over 60 hours, are in rules/README.md).
//
// The stores are generated on one goroutine and replayed through one
// pipeline worker, as in the Kibana link tests: the test runs without the
// race detector (racefree). The replay's and eval's concurrency stays
// under it in replay_test.go and eval_test.go.
func TestSimulateWorldsAndEval(t *testing.T) {
	racefree.Only(t)
	dir := t.TempDir()
	// simulate writes a world's stream and truth into dir; it returns the
	// two paths and the number of lines.
	simulate := func(name string, args ...string) (logs, truth string, lines int) {
		t.Helper()
		truth = filepath.Join(dir, name+"-truth.yaml")
		var stdout, stderr bytes.Buffer
		if code := run(append(append([]string{"simulate"}, args...), "--out", "-", "--truth", truth),
			strings.NewReader(""), &stdout, &stderr); code != 0 {
			t.Fatalf("simulate %s: exit %d: %s", name, code, stderr.String())
		}
		logs = filepath.Join(dir, name+".ndjson")
		if err := os.WriteFile(logs, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		return logs, truth, bytes.Count(stdout.Bytes(), []byte("\n"))
	}
	// eval scores the built-in pack, as a new user runs it.
	eval := func(name, truth, logs string, thresholds ...string) string {
		t.Helper()
		var o, e bytes.Buffer
		if code := run(append(append([]string{"eval", "--incidents", truth}, thresholds...), logs), strings.NewReader(""), &o, &e); code != 0 {
			t.Fatalf("eval on %s: exit %d\n%s\n%s", name, code, o.String(), e.String())
		}
		return o.String()
	}

	logs, truth, n := simulate("atlas", "--world", "atlas", "--sim-duration", "15h30m")
	if n < 50000 {
		t.Fatalf("atlas wrote %d lines in 15h30m, want tens of thousands", n)
	}
	out := eval("atlas", truth, logs, "--min-precision", "1", "--max-trap-alerts", "0")
	for _, want := range []string{"marketplace-429-burst-SHP-ID-02", "payment-callback-failures-shopee", "peak-apac", "recall", "precision"} {
		if !strings.Contains(out, want) {
			t.Errorf("the eval report lacks %q:\n%s", want, out)
		}
	}
	// The third store, written without reading the rules: its first
	// incident (a marketplace's 429s for one shop) is found, and nothing
	// else fires.
	logs, truth, _ = simulate("harbor", "--world", "harbor", "--sim-duration", "15h40m")
	if out := eval("harbor", truth, logs, "--min-recall", "1", "--min-precision", "1", "--max-trap-alerts", "0"); !strings.Contains(out, "shopee-vn-rate-limit") {
		t.Errorf("the harbor report lacks its incident:\n%s", out)
	}
	// The demo world writes its scripted incidents as a ground truth too.
	logs, truth, _ = simulate("demo", "--sim-duration", "8h30m", "--rate", "5")
	if out := eval("demo", truth, logs); !strings.Contains(out, "amazon-429-burst") {
		t.Errorf("the demo report lacks its incident:\n%s", out)
	}
	var stdout, stderr bytes.Buffer
	if code := run([]string{"simulate", "--world", "nowhere", "--out", "-"}, strings.NewReader(""), &stdout, &stderr); code != exitUsage {
		t.Errorf("an unknown world: exit %d, want %d", code, exitUsage)
	}
}
