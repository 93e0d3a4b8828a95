package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestReplayGolden replays the sample through the built-in config and
// starter rules: its alerts must equal the golden file, line for line.
func TestReplayGolden(t *testing.T) {
	in := filepath.Join("..", "..", "testdata", "amazon-429-burst.ndjson")
	golden := filepath.Join("..", "..", "testdata", "amazon-429-burst.alerts.ndjson")
	dlq := filepath.Join(t.TempDir(), "dlq.ndjson")
	var stdout, stderr bytes.Buffer
	if code := run(ecommerce(t, "replay", "--dlq", dlq, in), strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if *update {
		if err := os.WriteFile(golden, stdout.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(stdout.Bytes(), want) {
		t.Fatalf("replay output differs from %s (run with -update after checking):\n%s", golden, stdout.String())
	}
	// Every line is a docs/architecture.md §4 alert; the burst fires and resolves.
	var statuses []string
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		var a alert.Alert
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("not an alert: %v: %s", err, l)
		}
		if a.Fingerprint == "" || a.Severity == "" || a.StartsAt.IsZero() || a.KibanaURL == "" {
			t.Errorf("incomplete alert: %s", l)
		}
		if a.Rule == "marketplace-429-burst" && a.Labels["shop.id"] == "S12" {
			statuses = append(statuses, string(a.Status))
			if len(a.TraceIDs) == 0 || len(a.Samples) == 0 {
				t.Errorf("burst alert without trace ids or samples: %s", l)
			}
		}
	}
	if strings.Join(statuses, ",") != "firing,resolved" {
		t.Errorf("S12 burst statuses %v, want firing then resolved", statuses)
	}
	// The three malformed lines were dead-lettered with their reasons.
	dl, err := os.ReadFile(dlq)
	if err != nil {
		t.Fatal(err)
	}
	for _, reason := range []string{`"reason":"invalid_json"`, `"reason":"missing_timestamp"`} {
		if !bytes.Contains(dl, []byte(reason)) {
			t.Errorf("dead letters lack %s:\n%s", reason, dl)
		}
	}
	if n := bytes.Count(dl, []byte("\n")); n != 3 {
		t.Errorf("%d dead letters, want 3", n)
	}
	if !strings.Contains(stderr.String(), "3 dead-lettered") {
		t.Errorf("summary: %s", stderr.String())
	}
}

// TestReplayIsDeterministic runs the same input twice.
func TestReplayIsDeterministic(t *testing.T) {
	in := filepath.Join("..", "..", "testdata", "amazon-429-burst.ndjson")
	var a, b, errs bytes.Buffer
	if run(ecommerce(t, "replay", in), nil, &a, &errs) != 0 || run(ecommerce(t, "replay", in), nil, &b, &errs) != 0 {
		t.Fatal(errs.String())
	}
	if a.Len() == 0 || !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("two replays of one input differ")
	}
}

func TestUsageErrorsExitTwo(t *testing.T) {
	for _, args := range [][]string{{"nope"}, {"replay"}, {"score", "-detector", "no-such-detector"}, {"demo", "--speed", "-1"}} {
		var out, errs bytes.Buffer
		if code := run(args, strings.NewReader(""), &out, &errs); code != 2 {
			t.Errorf("%v: exit %d (%s), want 2", args, code, errs.String())
		}
	}
}

// TestReplayJobOverdue replays an hourly job that runs at :41 for two days,
// then misses two runs: with no job named in any config, replay reports one
// job-overdue alert for it, resolved when it runs again.
func TestReplayJobOverdue(t *testing.T) {
	start := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	var in bytes.Buffer
	for h := 0; h < 52; h++ {
		if h == 48 || h == 49 {
			continue
		}
		at := start.Add(time.Duration(h)*time.Hour + 41*time.Minute + time.Duration(h%5)*7*time.Second)
		dur := 2*time.Minute + time.Duration(h%3)*10*time.Second
		fmt.Fprintf(&in, `{"@timestamp":%q,"service.name":"erp-adapter","job.name":"ledger-reconcile","job.status":"started","message":"run started"}`+"\n",
			at.Format(time.RFC3339Nano))
		fmt.Fprintf(&in, `{"@timestamp":%q,"service.name":"erp-adapter","job":{"name":"ledger-reconcile","status":"Succeeded"},"event":{"duration":%d}}`+"\n",
			at.Add(dur).Format(time.RFC3339Nano), dur.Nanoseconds())
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "jobs.ndjson")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	replay := func(config string) ([]alert.Alert, string) {
		t.Helper()
		return replayAlerts(t, dir, path, config, func(a alert.Alert) bool { return strings.HasPrefix(a.Rule, "job-") })
	}
	// vigil.yaml's jobs section reaches the engine.
	if got, _ := replay("jobs: {severity: P1}\n"); len(got) != 2 || got[0].Severity != alert.P1 {
		t.Errorf("severity P1: job alerts %+v", got)
	}
	if got, _ := replay("jobs: {enabled: false}\n"); len(got) != 0 {
		t.Errorf("job alerts off: %+v", got)
	}
	got, stdout := replay("")
	missed := start.Add(48*time.Hour + 41*time.Minute)
	if len(got) != 2 || got[0].Rule != "job-overdue" || got[0].Status != alert.Firing || got[1].Status != alert.Resolved {
		t.Fatalf("job alerts %+v, want one job-overdue firing then resolved:\n%s", got, stdout)
	}
	a := got[0]
	want := map[string]string{"job.name": "ledger-reconcile", "service.name": "erp-adapter"}
	if fmt.Sprint(a.Labels) != fmt.Sprint(want) || a.Kind != "detector" || a.Severity != alert.P2 || a.KibanaURL == "" {
		t.Errorf("alert %+v", a)
	}
	if a.StartsAt.Before(missed) || a.StartsAt.After(missed.Add(10*time.Minute)) {
		t.Errorf("starts_at %s, want within 10 minutes of the missed slot %s", a.StartsAt, missed)
	}
	if !strings.Contains(a.Annotations["summary"], `job "ledger-reconcile" (hourly at :41) is overdue`) {
		t.Errorf("summary %q", a.Annotations["summary"])
	}
	if back := start.Add(50*time.Hour + 41*time.Minute); got[1].EndsAt == nil || got[1].EndsAt.Before(back) || got[1].EndsAt.After(back.Add(5*time.Minute)) {
		t.Errorf("resolved at %v, want the run after %s", got[1].EndsAt, back)
	}
}

// TestReplayDeployRegression replays oms-core at ~30 lines/min with 2 %
// errors for 3 hours, a deploy of 4.2.0 that triples the error ratio, and
// a rollback to 4.1.3 after 30 minutes: with no service named in any
// config, replay reports one deploy-regression alert for 4.2.0 within 15
// minutes of the deploy, resolved at the rollback.
func TestReplayDeployRegression(t *testing.T) {
	start := time.Date(2026, 3, 3, 5, 0, 0, 0, time.UTC)
	deployAt, rollbackAt := start.Add(3*time.Hour), start.Add(3*time.Hour+30*time.Minute)
	rng := rand.New(rand.NewPCG(42, 1))
	var in bytes.Buffer
	line := func(at time.Time, version, level, extra string) {
		fmt.Fprintf(&in, `{"@timestamp":%q,"log.level":%q,"service.name":"oms-core","service.version":%q,"message":"order processed"%s}`+"\n",
			at.Format(time.RFC3339Nano), level, version, extra)
	}
	markers := []struct {
		at      time.Time
		version string
	}{{deployAt, "4.2.0"}, {rollbackAt, "4.1.3"}}
	for at := start; at.Before(rollbackAt.Add(time.Hour)); at = at.Add(time.Duration(rng.ExpFloat64() * 2 * float64(time.Second))) {
		for len(markers) > 0 && !markers[0].at.After(at) {
			line(markers[0].at, markers[0].version, "INFO", `,"event.action":"deploy"`)
			markers = markers[1:]
		}
		version, ratio := "4.1.3", 0.02
		if !at.Before(deployAt) && at.Before(rollbackAt) {
			version, ratio = "4.2.0", 0.06
		}
		level, extra := "INFO", fmt.Sprintf(`,"http.response.status_code":200,"event.duration":%d`, 80_000_000+rng.IntN(60_000_000))
		if rng.Float64() < ratio {
			level, extra = "ERROR", fmt.Sprintf(`,"error.code":"DB_TIMEOUT","trace.id":"%016x"`, rng.Uint64())
		}
		line(at, version, level, extra)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "deploys.ndjson")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	replay := func(config string) ([]alert.Alert, string) {
		t.Helper()
		return replayAlerts(t, dir, path, config, func(a alert.Alert) bool { return a.Rule == "deploy-regression" })
	}
	// vigil.yaml's deploys section reaches the engine.
	if got, _ := replay("deploys: {severity: P2}\n"); len(got) != 2 || got[0].Severity != alert.P2 {
		t.Errorf("severity P2: deploy alerts %+v", got)
	}
	if got, _ := replay("deploys: {enabled: false}\n"); len(got) != 0 {
		t.Errorf("deploy alerts off: %+v", got)
	}
	got, stdout := replay("")
	if len(got) != 2 || got[0].Status != alert.Firing || got[1].Status != alert.Resolved {
		t.Fatalf("deploy alerts %+v, want one deploy-regression firing then resolved:\n%s", got, stdout)
	}
	a := got[0]
	want := map[string]string{"service.name": "oms-core", "service.version": "4.2.0"}
	if fmt.Sprint(a.Labels) != fmt.Sprint(want) || a.Kind != "detector" || a.Severity != alert.P1 || a.KibanaURL == "" {
		t.Errorf("alert %+v", a)
	}
	if a.StartsAt.Before(deployAt.Add(10*time.Minute)) || a.StartsAt.After(deployAt.Add(15*time.Minute)) {
		t.Errorf("starts_at %s, want within 10–15 minutes of the deploy at %s", a.StartsAt, deployAt)
	}
	if s := a.Annotations["summary"]; !strings.HasPrefix(s, "oms-core 4.2.0: error ratio ") || !strings.HasSuffix(s, "since the deploy at 08:00 UTC") {
		t.Errorf("summary %q", s)
	}
	if len(a.TraceIDs) == 0 || len(a.Samples) == 0 || !strings.Contains(a.Annotations["description"], "| error_ratio |") {
		t.Errorf("traces %v, samples %d, description %q", a.TraceIDs, len(a.Samples), a.Annotations["description"])
	}
	if e := got[1].EndsAt; e == nil || !e.Equal(rollbackAt) || !strings.Contains(got[1].Annotations["summary"], "rolled back to 4.1.3") {
		t.Errorf("resolved at %v (%q), want at the rollback %s", e, got[1].Annotations["summary"], rollbackAt)
	}
}

// replayAlerts runs vigil replay on path (with config as vigil.yaml in dir
// when it is not empty) and returns the alerts keep selects, and stdout.
func replayAlerts(t *testing.T, dir, path, config string, keep func(alert.Alert) bool) (got []alert.Alert, out string) {
	t.Helper()
	args := []string{"replay", path}
	if config != "" {
		cfg := filepath.Join(dir, "vigil.yaml")
		if err := os.WriteFile(cfg, []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
		args = []string{"replay", "-c", cfg, path}
	}
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	for _, l := range strings.Split(strings.TrimSpace(stdout.String()), "\n") {
		if l == "" {
			continue
		}
		var a alert.Alert
		if err := json.Unmarshal([]byte(l), &a); err != nil {
			t.Fatalf("not an alert: %v: %s", err, l)
		}
		if keep(a) {
			got = append(got, a)
		}
	}
	return got, stdout.String()
}
