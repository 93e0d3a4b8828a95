package rules

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/detectors"
	"github.com/vigilops/vigil/event"
)

// everyAggregate uses each aggregate at least once.
const everyAggregate = `
rules:
  - name: count-rate
    severity: P2
    filter: log.level == "error"
    group_by: [shop.id]
    window: 3m
    condition: count >= 4 || rate > 3
  - name: ratio-quantile
    severity: P2
    group_by: [shop.platform]
    window: 5m
    condition: ratio(http.response.status_code >= 500) > 0.2 || quantile(event.duration, 0.9) > 4e8
  - name: sums
    severity: P3
    window: 2m
    condition: sum(sync.delay_seconds) > 3000 && avg(sync.delay_seconds) > 50 && min(sync.delay_seconds) >= 0 && max(sync.delay_seconds) > 200
  - name: distinct-shops
    severity: P3
    filter: log.level == "error"
    window: 10m
    condition: distinct(shop.id) >= 4
  - name: streak
    severity: P2
    group_by: [shop.platform]
    window: 5m
    condition: consecutive(http.response.status_code >= 500) >= 3
  - name: heartbeat
    severity: P1
    filter: job.status == "succeeded"
    condition: absent("7m")
  - name: new-codes
    severity: P3
    filter: error.code != ""
    window: 2m
    condition: new_value(error.code, "1h", "20m")
  - name: version-changed
    severity: P3
    group_by: [host.name]
    window: 3m
    condition: changed(service.version)
  - name: spike
    severity: P2
    window: 2m
    condition: previous(count) >= 10 && count > 2 * previous(count)
  - name: flat
    severity: P2
    group_by: [shop.platform]
    window: 4m
    condition: count < 3
  - name: anomaly
    severity: P2
    value: ratio(log.level == "error")
    detector: {preset: error_ratio}
`

func randomStream(seed uint64, minutes int) []*event.Event {
	rng := rand.New(rand.NewPCG(seed, 7))
	platforms := []string{"amazon", "shopee", "lazada"}
	var evs []*event.Event
	for m := 0; m < minutes; m++ {
		n := 10 + rng.IntN(20)
		if m > 100 && m < 110 {
			n *= 4 // a burst
		}
		for k := 0; k < n; k++ {
			at := time.Duration(m)*time.Minute + time.Duration(rng.IntN(60000))*time.Millisecond
			status, level := 200, "info"
			if rng.Float64() < 0.1 || (m > 60 && m < 70 && rng.Float64() < 0.5) || (m > 140 && m < 150 && rng.Float64() < 0.95) {
				status, level = 500+rng.IntN(4), "error"
			}
			kv := []any{"shop.platform", platforms[rng.IntN(3)], "shop.id", fmt.Sprintf("S%d", rng.IntN(8)),
				"http.response.status_code", status, "log.level", level, "event.duration", rng.IntN(5e8),
				"host.name", fmt.Sprintf("h%d", rng.IntN(3)), "service.version", fmt.Sprintf("1.%d", m/50),
				"sync.delay_seconds", rng.IntN(300), "trace.id", fmt.Sprintf("%x", rng.Uint64())}
			if level == "error" {
				kv = append(kv, "error.code", fmt.Sprintf("E%d", rng.IntN(3+m/40)))
			}
			if rng.Float64() < 0.02 && (m < 50 || m > 80) {
				kv = append(kv, "job.status", "succeeded")
			}
			evs = append(evs, ev(at, kv...))
		}
	}
	return merge(evs)
}

// TestSnapshotRestore interrupts a run at several minutes, restores a new
// engine from a snapshot, and expects exactly the uninterrupted alerts.
func TestSnapshotRestore(t *testing.T) {
	rs := mustRules(t, everyAggregate)
	evs := randomStream(42, 180)
	play := func(cuts map[int]bool) ([]alert.Alert, int) {
		e := NewEngine(rs, Options{Logger: zerolog.Nop()})
		var out []alert.Alert
		i := 0
		restores := 0
		for m := 0; m <= 181; m++ {
			for i < len(evs) && evs[i].Time.Before(t0.Add(time.Duration(m)*time.Minute)) {
				e.Observe(evs[i])
				i++
			}
			out = append(out, e.Advance(t0.Add(time.Duration(m)*time.Minute))...)
			if cuts[m] {
				data, err := e.Snapshot()
				if err != nil {
					t.Fatal(err)
				}
				e = NewEngine(rs, Options{Logger: zerolog.Nop()})
				if err := e.Restore(data); err != nil {
					t.Fatal(err)
				}
				restores++
			}
		}
		return out, restores
	}
	want, _ := play(nil)
	got, n := play(map[int]bool{3: true, 37: true, 65: true, 104: true, 150: true})
	if n != 5 {
		t.Fatalf("restored %d times", n)
	}
	rules := map[string]bool{}
	for _, a := range want {
		rules[a.Rule] = true
	}
	t.Logf("fired: %v (%d alerts)", rules, len(want))
	if len(rules) < 8 {
		t.Errorf("the stream should exercise most rules, fired: %v", rules)
	}
	wj, _ := json.Marshal(want)
	gj, _ := json.Marshal(got)
	if string(wj) != string(gj) {
		t.Fatalf("restored run differs:\nwant %d alerts %s\ngot  %d alerts %s", len(want), wj, len(got), gj)
	}
}

func TestRestoreRejectsGarbage(t *testing.T) {
	e := NewEngine(mustRules(t, everyAggregate), Options{Logger: zerolog.Nop()})
	if err := e.Restore([]byte("not a snapshot")); err == nil {
		t.Fatal("garbage restored")
	}
}

// TestWatermarkPatternsAgree feeds the same events with the watermark moved
// in different ways — after every event, every few events, once a minute —
// and expects identical alerts, samples included: a replay gives the
// alerts the live run gave. When the watermark lags far behind (every few
// hundred events, ~7 minutes), the transitions still agree; only the
// samples may come from other minutes.
func TestWatermarkPatternsAgree(t *testing.T) {
	rs := mustRules(t, everyAggregate)
	evs := randomStream(7, 150)
	const lateness = 40 * time.Second
	play := func(every int, strip bool) []byte {
		e := NewEngine(rs, Options{Logger: zerolog.Nop()})
		var out []alert.Alert
		var maxT time.Time
		e.Advance(t0)
		for i, ev := range evs {
			e.Observe(ev)
			if ev.Time.After(maxT) {
				maxT = ev.Time
			}
			if every > 0 && i%every == 0 {
				out = append(out, e.Advance(maxT.Add(-lateness))...)
			}
			if every < 0 && ev.Time.Minute() != maxT.Add(-lateness).Minute() {
				out = append(out, e.Advance(maxT.Add(-lateness).Truncate(time.Minute))...)
			}
		}
		out = append(out, e.Advance(maxT.Add(time.Minute))...)
		if e.Stats().Late != 0 {
			t.Fatalf("late events: %d", e.Stats().Late)
		}
		for _, r := range e.Stats().Rules {
			if r.Early != 0 {
				t.Fatalf("every %d: rule %s: %d events too far ahead of the watermark", every, r.Name, r.Early)
			}
		}
		if strip {
			for i := range out {
				out[i].Samples, out[i].TraceIDs, out[i].Annotations = nil, nil, nil
			}
		}
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	want := play(1, false)
	for _, every := range []int{7, -1} {
		if got := play(every, false); string(got) != string(want) {
			t.Errorf("watermark every %d events: alerts differ\nwant %s\ngot  %s", every, want, got)
		}
	}
	if got, want := play(150, true), play(1, true); string(got) != string(want) {
		t.Errorf("watermark every 150 events: transitions differ\nwant %s\ngot  %s", want, got)
	}
	if len(want) < 1000 {
		t.Fatalf("too few alerts to compare: %s", want)
	}
}

// A detector rule whose preset was retuned since the snapshot restores
// afresh (its series relearn), not with baselines learnt under other
// settings, and without failing the restore.
func TestRestoreAfterPresetRetune(t *testing.T) {
	src := []byte(`rules:
  - name: errs
    severity: P2
    group_by: [service.name]
    value: ratio(log.level == "error")
    detector: {preset: error_ratio}
`)
	rs, err := Parse("r.yaml", src)
	if err != nil {
		t.Fatal(err)
	}
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	for m := 0; m < 30; m++ {
		e.Observe(ev(time.Duration(m)*time.Minute, "service.name", "orders", "log.level", "info"))
		e.Advance(t0.Add(time.Duration(m+1) * time.Minute))
	}
	data, err := e.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	groups := func(e *Engine) int { return e.Stats().Rules[0].Groups }
	same := NewEngine(rs, Options{Logger: zerolog.Nop()})
	if err := same.Restore(data); err != nil || groups(same) != 1 {
		t.Fatalf("unchanged preset: restore %v, %d groups", err, groups(same))
	}
	presets, err := detectors.ResolvePresets(map[string]detectors.PresetOverride{"error_ratio": {Config: detectors.Config{MinVolume: 50}}})
	if err != nil {
		t.Fatal(err)
	}
	retuned, err := Parse("r.yaml", src, WithPresets(presets))
	if err != nil {
		t.Fatal(err)
	}
	e2 := NewEngine(retuned, Options{Logger: zerolog.Nop()})
	if err := e2.Restore(data); err != nil {
		t.Fatalf("retuned preset: %v", err)
	}
	if groups(e2) != 0 {
		t.Fatalf("retuned preset: %d groups restored, want a fresh start", groups(e2))
	}
}
