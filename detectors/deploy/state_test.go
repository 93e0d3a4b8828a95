package deploy

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"math"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/event"
)

// split sends each event to both windows: the one kept, and the one
// snapshotted and restored halfway.
type split []adder

func (s split) Add(ev *event.Event) {
	for _, w := range s {
		w.Add(ev)
	}
}

func reportJSON(t *testing.T, after *Window, bases []*Window) string {
	t.Helper()
	r := Compare(after, bases, Options{})
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b) + "\n" + r.Markdown()
}

func roundTrip(t *testing.T, w *Window) *Window {
	t.Helper()
	var buf bytes.Buffer
	if err := gob.NewEncoder(&buf).Encode(w.Snapshot()); err != nil {
		t.Fatal(err)
	}
	var s WindowSnapshot
	if err := gob.NewDecoder(&buf).Decode(&s); err != nil {
		t.Fatal(err)
	}
	r, err := RestoreWindow(s)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// A window snapshotted (through gob) and restored halfway through its
// events counts, merges and compares exactly as the original: bursty
// errors with traces, codes and their open clusters, sketches past their
// exact cap.
func TestWindowSnapshotRestore(t *testing.T) {
	s := checkout()
	s.burst = 2
	s.rate = 300 // > 4096 durations in 2 h: the baseline's sketch is lossy
	g := newGen(7)
	before := NewWindow(t0.Add(-2*time.Hour), t0)
	before.Label = "2 h before"
	after := NewWindow(t0, t0.Add(20*time.Minute))
	g.feed(split{before, after}, &s, t0.Add(-2*time.Hour), t0.Add(-time.Hour))
	b2, a2 := roundTrip(t, before), roundTrip(t, after)
	// The rest of the stream goes to the originals and the restored copies.
	bad := s
	bad.errRatio *= 3
	g.feed(split{before, after, b2, a2}, &s, t0.Add(-time.Hour), t0)
	g.feed(split{before, after, b2, a2}, &bad, t0, t0.Add(20*time.Minute))
	g.inject(after, 12, "PAYMENT_GATEWAY_TIMEOUT", "error", t0, t0.Add(10*time.Minute))
	g.inject(a2, 12, "PAYMENT_GATEWAY_TIMEOUT", "error", t0, t0.Add(10*time.Minute))

	want := reportJSON(t, after, []*Window{before})
	if got := reportJSON(t, a2, []*Window{b2}); got != want {
		t.Fatalf("restored windows compare differently:\n got %s\nwant %s", got, want)
	}
	if !strings.Contains(want, `"verdict":"degraded"`) || !before.durations.lossy {
		t.Fatalf("the scenario should be degraded with a lossy baseline sketch: %s", want)
	}
	// Restoring again gives the same state, and merges agree.
	if a, b := after.Snapshot(), roundTrip(t, a2).Snapshot(); !snapEqual(t, a, b) {
		t.Error("a second round trip changed the state")
	}
	m1, m2 := NewWindow(t0.Add(-3*time.Hour), t0.Add(time.Hour)), NewWindow(t0.Add(-3*time.Hour), t0.Add(time.Hour))
	for _, p := range [][2]*Window{{m1, before}, {m1, after}, {m2, b2}, {m2, a2}} {
		if err := p[0].Merge(p[1]); err != nil {
			t.Fatal(err)
		}
	}
	if !snapEqual(t, m1.Snapshot(), m2.Snapshot()) {
		t.Error("merges of restored windows differ")
	}
}

func snapEqual(t *testing.T, a, b WindowSnapshot) bool {
	t.Helper()
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return bytes.Equal(ja, jb)
}

// Inconsistent snapshots are refused, not restored into a window that
// would panic or miscount later.
func TestRestoreWindowRefusesInconsistentState(t *testing.T) {
	g := newGen(3)
	s := checkout()
	s.burst = 1
	w := NewWindow(t0, t0.Add(time.Hour))
	g.feed(w, &s, t0, t0.Add(time.Hour))
	good := w.Snapshot()
	if len(good.CodeClusters.Keys) == 0 {
		t.Fatal("the window should have open code clusters")
	}
	breakers := map[string]func(s *WindowSnapshot){
		"version":       func(s *WindowSnapshot) { s.Version = 99 },
		"bins":          func(s *WindowSnapshot) { s.Bins = s.Bins[:5] },
		"bin width":     func(s *WindowSnapshot) { s.BinWidth = time.Hour },
		"sketch count":  func(s *WindowSnapshot) { s.Durations.N++ },
		"sketch values": func(s *WindowSnapshot) { s.Durations.Exact = s.Durations.Exact[1:] },
		"tally":         func(s *WindowSnapshot) { s.Codes.Entries = s.Codes.Entries[1:] },
		"tally entry":   func(s *WindowSnapshot) { s.Codes.Entries[0].Count = 0 },
		"ring":          func(s *WindowSnapshot) { s.Clusters[0].Next = 40 },
		"ring code":     func(s *WindowSnapshot) { s.CodeClusters.Codes[0] = len(s.Codes.Keys) },
		"ring sizes":    func(s *WindowSnapshot) { s.CodeClusters.Sizes = nil },
		"top":           func(s *WindowSnapshot) { s.Services.Counts = nil },
	}
	for name, f := range breakers {
		var c WindowSnapshot
		b, _ := json.Marshal(good)
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatal(err)
		}
		f(&c)
		if _, err := RestoreWindow(c); err == nil {
			t.Errorf("%s: restored", name)
		}
	}
	if _, err := RestoreWindow(good); err != nil {
		t.Errorf("good snapshot: %v", err)
	}
}

// A compacted window keeps its counts and codes, and its quantiles within
// 1 %; comparisons against it reach the same verdicts.
func TestCompact(t *testing.T) {
	g := newGen(11)
	s := checkout()
	before := NewWindow(t0.Add(-2*time.Hour), t0)
	g.feed(before, &s, before.Start(), before.End())
	slow := s
	slow.latMedMs *= 2
	after := NewWindow(t0, t0.Add(10*time.Minute))
	g.feed(after, &slow, after.Start(), after.End())

	exact := Compare(after, []*Window{before}, Options{})
	p95, _ := before.LatencyQuantile(0.95)
	n := before.Summary()
	before.Compact()
	if before.durations.exact != nil || before.delays.exact != nil {
		t.Fatal("exact values kept")
	}
	if before.Summary() != n {
		t.Errorf("counts changed: %+v, want %+v", before.Summary(), n)
	}
	q, _ := before.LatencyQuantile(0.95)
	if math.Abs(float64(q-p95))/float64(p95) > 0.01 {
		t.Errorf("p95 %s after Compact, %s before", q, p95)
	}
	compact := Compare(after, []*Window{before}, Options{})
	if compact.Verdict != exact.Verdict || strings.Join(compact.Degraded(), ",") != strings.Join(exact.Degraded(), ",") {
		t.Errorf("compacted baseline: %s %v, exact: %s %v", compact.Verdict, compact.Degraded(), exact.Verdict, exact.Degraded())
	}
	if lat := compact.Signal(SignalLatencyP95); lat == nil || lat.PValue != exact.Signal(SignalLatencyP95).PValue {
		t.Errorf("latency test changed: %+v", lat)
	}
	// Merged into an exact window, a compacted one makes it lossy.
	m := NewWindow(before.Start(), before.End())
	if err := m.Merge(before); err != nil {
		t.Fatal(err)
	}
	if !m.durations.lossy {
		t.Error("a merge with a compacted window kept exact values")
	}
	if _, err := RestoreWindow(before.Snapshot()); err != nil {
		t.Errorf("compacted window's snapshot: %v", err)
	}
}
