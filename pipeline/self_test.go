package pipeline

import (
	"context"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	awaitpkg "github.com/vigilops/vigil/internal/await"
)

// healthSource is a sliceSource that says whether it is caught up.
type healthSource struct {
	*sliceSource
	up atomic.Bool
}

func (h *healthSource) CaughtUp() (bool, string) {
	if h.up.Load() {
		return true, ""
	}
	return false, "fetching logs/0 failed 3 times in a row"
}

// tallyEval counts what it observes; safe to read from the test.
type tallyEval struct{ seen atomic.Int64 }

func (c *tallyEval) Observe(*event.Event)                  { c.seen.Add(1) }
func (c *tallyEval) Advance(time.Time) (out []alert.Alert) { return nil }

// lockedSink records alerts for the test to read while the pipeline runs.
type lockedSink struct {
	mu     sync.Mutex
	alerts []alert.Alert
}

func (s *lockedSink) Submit(a alert.Alert) {
	s.mu.Lock()
	s.alerts = append(s.alerts, a)
	s.mu.Unlock()
}
func (s *lockedSink) Tick(time.Time) {}
func (s *lockedSink) has(rule string, st alert.Status) bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	for _, a := range s.alerts {
		if a.Rule == rule && a.Status == st {
			return true
		}
	}
	return false
}

// await polls cond until it holds (see internal/await).
func await(t *testing.T, what string, cond func() bool) {
	t.Helper()
	awaitpkg.Until(t, what, 10*time.Second, cond)
}

// startLive runs a pipeline in live mode whose clock runs ten seconds of
// event time per call, from three hours after t0.
func startLive(t *testing.T, src Source, st Stages) (*Pipeline, func()) {
	t.Helper()
	var calls atomic.Int64
	clock := func() time.Time { return t0.Add(3*time.Hour + time.Duration(calls.Add(1))*10*time.Second) }
	st.Source, st.Redact = src, fakeRedactor{}
	p, err := New(Config{Workers: 1, QueueSize: 1, Lateness: time.Minute, TickInterval: time.Millisecond,
		SelfAlertAfter: 30 * time.Millisecond, Log: zerolog.Nop(), Clock: clock}, st)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- p.Run(ctx) }()
	return p, func() { cancel(); <-done }
}

// A source that is cut off holds event time where its events left it (no
// heartbeat rule may page about the silence), and vigil raises its own
// alert; once the source is back the clock moves event time on again and
// the alert resolves.
func TestSourceCutOffHoldsEventTime(t *testing.T) {
	src := &healthSource{sliceSource: newSliceSource(line(t0, "only one"))}
	src.block = make(chan struct{})
	sink := &lockedSink{}
	p, stop := startLive(t, src, Stages{Eval: &tallyEval{}, Alerts: sink})
	defer stop()
	await(t, "vigil-source-unavailable fires", func() bool { return sink.has(RuleSourceUnavailable, alert.Firing) })
	st := p.Stats()
	if !st.Watermark.Equal(t0.Add(-time.Minute)) || st.Held == 0 || st.SourceUnavailable == "" {
		t.Fatalf("while cut off: watermark %v (want %v), held %d ticks, reason %q", st.Watermark, t0.Add(-time.Minute), st.Held, st.SourceUnavailable)
	}
	src.up.Store(true)
	await(t, "the clock moves event time on", func() bool { return p.Stats().Watermark.After(t0.Add(3 * time.Hour)) })
	await(t, "vigil-source-unavailable resolves", func() bool { return sink.has(RuleSourceUnavailable, alert.Resolved) })
	if r := p.Stats().SourceUnavailable; r != "" {
		t.Errorf("recovered source still reported: %q", r)
	}
}

// An indexer that holds the workers does not hold events away from the
// evaluator; event time holds while it blocks, vigil says so, and messages
// are acknowledged only once indexed too.
func TestBlockedIndexerDoesNotStarveTheEvaluator(t *testing.T) {
	src := newSliceSource(line(t0, "a"), line(t0.Add(time.Second), "b"), line(t0.Add(2*time.Second), "c"))
	src.block = make(chan struct{})
	ix := &fakeIndexer{gate: make(chan struct{})}
	eval := &tallyEval{}
	sink := &lockedSink{}
	p, stop := startLive(t, src, Stages{Index: ix, Eval: eval, Alerts: sink})
	defer stop()
	// The single worker is stuck in Add with the first event: that event
	// has been evaluated all the same.
	await(t, "the first event is evaluated", func() bool { return eval.seen.Load() >= 1 })
	await(t, "vigil-index-unavailable fires", func() bool { return sink.has(RuleIndexUnavailable, alert.Firing) })
	st := p.Stats()
	if !st.Watermark.Equal(t0.Add(-time.Minute)) || st.IndexUnavailable == "" {
		t.Fatalf("while the indexer blocks: watermark %v, reason %q", st.Watermark, st.IndexUnavailable)
	}
	src.mu.Lock()
	acked := len(src.acked)
	src.mu.Unlock()
	if acked != 0 {
		t.Fatalf("%d messages acknowledged before they were indexed", acked)
	}
	close(ix.gate)
	await(t, "every message is acknowledged once indexed and evaluated", func() bool {
		src.mu.Lock()
		defer src.mu.Unlock()
		return len(src.acked) == 3
	})
	await(t, "vigil-index-unavailable resolves", func() bool { return sink.has(RuleIndexUnavailable, alert.Resolved) })
	if n := eval.seen.Load(); n != 3 {
		t.Errorf("evaluated %d events, want 3", n)
	}
	src.mu.Lock()
	for off, n := range src.acked {
		if n != 1 {
			t.Errorf("offset %d acknowledged %d times", off, n)
		}
	}
	src.mu.Unlock()
}
