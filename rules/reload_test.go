package rules

import (
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

func TestReloadKeepsUnchangedState(t *testing.T) {
	const keep = `
  - name: keep
    severity: P2
    filter: log.level == "error"
    window: 10m
    condition: count >= 5
`
	v1 := mustRules(t, "rules:"+keep+`
  - name: change
    severity: P2
    filter: log.level == "error"
    window: 10m
    condition: count >= 5
  - name: drop
    severity: P3
    filter: log.level == "error"
    window: 10m
`)
	v2 := mustRules(t, "rules:"+keep+`
  - name: change
    severity: P2
    filter: log.level == "error"
    window: 10m
    condition: count >= 6
  - name: added
    severity: P3
    filter: log.level == "error"
    window: 10m
    condition: count >= 1
`)
	e := NewEngine(v1, Options{Logger: zerolog.Nop()})
	e.Advance(t0)
	for i := 0; i < 4; i++ {
		e.Observe(ev(time.Duration(i)*time.Second, "log.level", "error"))
	}
	first := e.Advance(t0.Add(time.Minute))
	if len(first) != 1 || first[0].Rule != "drop" {
		t.Fatalf("before reload: %+v", first)
	}
	e.Reload(v2)
	if got := e.Rules(); len(got) != 3 || got[0] != "keep" || got[2] != "added" {
		t.Fatalf("rules after reload: %v", got)
	}
	e.Observe(ev(90*time.Second, "log.level", "error"))
	out := e.Advance(t0.Add(2 * time.Minute))
	status := map[string]alert.Status{}
	for _, a := range out {
		status[a.Rule] = a.Status
	}
	want := map[string]alert.Status{
		"keep":  alert.Firing,   // 4 before + 1 after: its window survived
		"drop":  alert.Resolved, // its rule is gone
		"added": alert.Firing,   // new rule, sees the new event
	}
	for r, s := range want {
		if status[r] != s {
			t.Errorf("%s: got %q, want %q (all: %v)", r, status[r], s, status)
		}
	}
	if _, ok := status["change"]; ok {
		t.Errorf("changed rule should start from an empty window: %v", status)
	}
	if st := e.Stats().Rules; st[0].Matched != 5 || st[1].Matched != 1 {
		t.Errorf("matched counters: %+v", st)
	}
}
