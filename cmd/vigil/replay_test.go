package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	if code := run([]string{"replay", "--dlq", dlq, in}, strings.NewReader(""), &stdout, &stderr); code != 0 {
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
	// Every line is a DESIGN §4 alert; the burst fires and resolves.
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
	if run([]string{"replay", in}, nil, &a, &errs) != 0 || run([]string{"replay", in}, nil, &b, &errs) != 0 {
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
