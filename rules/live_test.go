package rules

import (
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
)

// A Live engine is fed by one goroutine while others reload it, read its
// counters and snapshot it (run with -race); every reload reaches the
// functions given to AlsoReload, and no event is lost to a reload.
func TestLiveSharesTheEngine(t *testing.T) {
	const rule = `
rules:
  - name: errors
    severity: P2
    filter: log.level == "error"
    window: 10m
    condition: count >= %d
`
	set := func(n int) *RuleSet { return mustRules(t, fmt.Sprintf(rule, n)) }
	l := NewLive(NewEngine(set(5), Options{Logger: zerolog.Nop()}))
	var mu sync.Mutex
	var told []*RuleSet
	l.AlsoReload(func(rs *RuleSet) { mu.Lock(); told = append(told, rs); mu.Unlock() })

	const events = 2000
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := range events {
			l.Observe(ev(time.Duration(i)*time.Millisecond, "log.level", "error"))
		}
	}()
	var reloads []*RuleSet
	for range 20 {
		rs := set(5) // the same rules: their state carries over
		reloads = append(reloads, rs)
		l.Reload(rs)
		_ = l.Stats()
		if _, err := l.Snapshot(); err != nil {
			t.Fatal(err)
		}
	}
	<-done
	mu.Lock()
	if len(told) != len(reloads) || told[len(told)-1] != reloads[len(reloads)-1] {
		t.Fatalf("AlsoReload was given %d rule sets, want the %d reloaded in order", len(told), len(reloads))
	}
	mu.Unlock()
	var matched uint64
	for _, r := range l.Stats().Rules {
		matched += r.Matched
	}
	if matched != events {
		t.Fatalf("matched %d events across the reloads, want %d", matched, events)
	}
	snap, err := l.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	other := NewLive(NewEngine(set(5), Options{Logger: zerolog.Nop()}))
	if err := other.Restore(snap); err != nil {
		t.Fatal(err)
	}
	at := t0.Add(5 * time.Minute)
	want, got := l.Advance(at), other.Advance(at)
	if len(want) == 0 || len(got) != len(want) || got[0].Rule != want[0].Rule || got[0].Status != want[0].Status {
		t.Fatalf("the restored engine raised %v, the original %v", got, want)
	}
	if l.Early() != 0 {
		t.Fatalf("%d events refused as early: the stream was in order", l.Early())
	}
}
