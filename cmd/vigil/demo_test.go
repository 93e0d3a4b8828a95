package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/sim"
)

// TestDemoAlertsAndLeaksNoPII runs the demo for ten simulated hours (the
// embedded Kafka broker, the simulated store, the real pipeline into local
// index files) and then scans everything it wrote, the index, the dead
// letters, the alerts and vigil's own log output, for every PII value the
// simulator emitted: none may appear. The same run records the alert
// history, which a subtest holds to what the terminal was told.
func TestDemoAlertsAndLeaksNoPII(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the demo over ten simulated hours")
	}
	const span = 10 * time.Hour
	dir := t.TempDir()
	var stdout, stderr bytes.Buffer
	// Ten simulated hours in about ten seconds: the store stops after the
	// span (however long the machine takes to write it) and the demo drains
	// and exits. The consumer keeps pace, so partitions stay close in event
	// time (a backlog read at full speed lets one partition run past the
	// rules' lateness).
	// The starter pack's fixed-threshold rules see the burst at this low
	// rate; the built-in pack's detectors are measured by vigil eval.
	// The drain waits for every line however slow the machine is (a
	// loaded one processes a few hundred a second under -race): its
	// bound is a safety net, scaled by internal/await.
	// The same run records the alert history (checked at the end), so
	// the ten hours are played once for both.
	args := ecommerce(t, "demo", "--listen", "127.0.0.1:0", "--sim-duration", span.String(), "--speed", "3600", "--rate", "4", "--data-dir", dir,
		"--drain", await.Within(t, 5*time.Minute).String(), "--log-format", "json")
	f, err := os.OpenFile(args[2], os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteString("alerting:\n  history: {enabled: true}\n"); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	code := run(args, strings.NewReader(""), &stdout, &stderr)
	if code != 0 {
		t.Fatalf("demo exit %d: %s", code, stderr.String())
	}
	checkAPIPort(t, stderr.String())

	// The same seed and config give the same traffic: the simulator's PII
	// over the span the demo could have played.
	cfg := sim.DefaultConfig()
	cfg.Seed, cfg.Rate = 1, 4
	cfg.Duration = span
	s := sim.New(cfg)
	for {
		if _, _, ok := s.Next(); !ok {
			break
		}
	}
	pii := s.PII()
	if len(pii) < 100 {
		t.Fatalf("only %d PII values generated", len(pii))
	}

	var outputs = map[string][]byte{"alerts (stdout)": stdout.Bytes(), "vigil's log (stderr)": stderr.Bytes()}
	indexed := 0
	err = filepath.Walk(dir, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if strings.Contains(path, "index") {
			indexed += bytes.Count(b, []byte("\n"))
		}
		outputs[path] = b
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if indexed < 1000 {
		t.Fatalf("only %d documents indexed", indexed)
	}
	if _, ok := outputs[filepath.Join(dir, "dlq.ndjson")]; !ok {
		t.Error("no dead-letter file")
	}

	// One pass per output: a replacer finds any of the values at once.
	var pairs []string
	for _, v := range pii {
		if len(v.Value) >= 6 { // shorter values (a bare given name) also occur in innocent text
			pairs = append(pairs, v.Value, "\x00LEAK\x00")
		}
	}
	find := strings.NewReplacer(pairs...)
	for name, b := range outputs {
		out := find.Replace(string(b))
		if out == string(b) {
			continue
		}
		for _, line := range strings.Split(out, "\n") {
			if strings.Contains(line, "\x00LEAK\x00") {
				for _, v := range pii {
					if len(v.Value) >= 6 && bytes.Contains(b, []byte(v.Value)) {
						t.Errorf("%s leaks a %s value", name, v.Kind) // the value itself is not printed
						break
					}
				}
				break
			}
		}
	}

	summary := ""
	for _, l := range strings.Split(stderr.String(), "\n") {
		if strings.HasPrefix(l, "vigil") { // vigil's own summary lines, already redacted
			summary += l + "\n"
		}
	}
	t.Logf("demo summary:\n%s", summary)
	if !strings.Contains(stdout.String(), "marketplace-429-burst") || !strings.Contains(stdout.String(), "shop.id=S12") {
		t.Errorf("the Amazon 429 burst on shop S12 raised no alert\nalerts:\n%s", stdout.String())
	}
	if !strings.Contains(stdout.String(), "kibana: http") {
		t.Error("alerts carry no Kibana link")
	}
	t.Run("alert history", func(t *testing.T) { checkDemoAlertHistory(t, dir, &stdout, &stderr) })
}
