package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// errLines writes order-sync error lines with one error code, a minute
// apart, from start.
func errLines(start time.Time, n int, code string) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `{"@timestamp":%q,"service":{"name":"order-sync"},"log":{"level":"error"},"error":{"code":%q}}`+"\n",
			start.Add(time.Duration(i)*time.Minute).Format(time.RFC3339), code)
	}
	return b.String()
}

// TestBackfillTeachesTheEngine: an error code that the history holds is not
// "unseen" once the engine starts from the backfilled state; without the
// state the same input raises the unseen-error-code alert.
func TestBackfillTeachesTheEngine(t *testing.T) {
	dir := t.TempDir()
	day := time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)
	history := filepath.Join(dir, "history.ndjson")
	if err := os.WriteFile(history, []byte(errLines(day, 180, "SHOP_TOKEN_EXPIRED")), 0o644); err != nil {
		t.Fatal(err)
	}
	// Live: two hours of another code (learnt during the warm-up), then the
	// history's code again.
	live := filepath.Join(dir, "live.ndjson")
	later := day.Add(24 * time.Hour)
	content := errLines(later, 120, "UPSTREAM_TIMEOUT") + errLines(later.Add(120*time.Minute), 10, "SHOP_TOKEN_EXPIRED")
	if err := os.WriteFile(live, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	state := filepath.Join(dir, "state.json")
	var out, errs bytes.Buffer
	if code := run([]string{"backfill", "--state", state, history}, nil, &out, &errs); code != 0 {
		t.Fatalf("backfill exit %d: %s", code, errs.String())
	}
	var sf stateFile
	b, err := os.ReadFile(state)
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &sf); err != nil || sf.Version != stateVersion || len(sf.Rules) == 0 || len(sf.Alerting) != 0 {
		t.Fatalf("state file: version %d, %d rule bytes, %d alerting bytes, %v", sf.Version, len(sf.Rules), len(sf.Alerting), err)
	}

	unseen := func(args ...string) bool {
		var out, errs bytes.Buffer
		if code := run(append([]string{"replay"}, args...), nil, &out, &errs); code != 0 {
			t.Fatalf("replay exit %d: %s", code, errs.String())
		}
		return strings.Contains(out.String(), `"rule":"unseen-error-code"`) && strings.Contains(out.String(), "SHOP_TOKEN_EXPIRED")
	}
	if !unseen(live) {
		t.Fatal("without history the returning code should be unseen; the test proves nothing")
	}
	if unseen("--state", state, live) {
		t.Error("with the backfilled state the code is still reported as unseen")
	}
}
