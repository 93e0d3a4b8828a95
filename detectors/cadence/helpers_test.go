package cadence

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

var t0 = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday

// obs is one job.status event.
type obs struct {
	at     time.Time
	job    string
	status string
	dur    time.Duration
}

// emitted is an event and the time of the call (Observe or Advance) that
// returned it.
type emitted struct {
	Event
	when time.Time
}

func mustNew(t testing.TB, cfg Config) *Detector {
	t.Helper()
	d, err := New(cfg)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// slotTimes returns the slots t0 + off + k·cycle in [from, to).
func slotTimes(from, to time.Time, cycle time.Duration, offs ...time.Duration) []time.Time {
	var out []time.Time
	for base := t0; base.Before(to); base = base.Add(cycle) {
		for _, o := range offs {
			if s := base.Add(o); !s.Before(from) && s.Before(to) {
				out = append(out, s)
			}
		}
	}
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

// jitter returns a uniform jitter in [-j, j], whole seconds.
func jitter(rng *rand.Rand, j time.Duration) time.Duration {
	if j <= 0 {
		return 0
	}
	s := int64(j / time.Second)
	return time.Duration(rng.Int64N(2*s+1)-s) * time.Second
}

// runSpec describes how runs are logged.
type runSpec struct {
	dur      time.Duration // median duration
	spread   float64       // durations uniform in dur×[1-spread, 1+spread]
	noStart  bool          // the job logs only succeeded/failed
	noFinish bool          // the job logs only started
	fail     func(i int) bool
	durOf    func(i int, d time.Duration) time.Duration // override
}

// runsAt turns run start times into events.
func runsAt(rng *rand.Rand, job string, starts []time.Time, rs runSpec) []obs {
	var out []obs
	if rs.dur == 0 {
		rs.dur = 30 * time.Second
	}
	for i, s := range starts {
		d := rs.dur
		if rs.spread > 0 {
			d = time.Duration(float64(rs.dur) * (1 - rs.spread + 2*rs.spread*rng.Float64()))
		}
		if rs.durOf != nil {
			d = rs.durOf(i, d)
		}
		if !rs.noStart {
			out = append(out, obs{s, job, "started", 0})
		}
		if rs.noFinish || d < 0 {
			continue
		}
		st := "succeeded"
		if rs.fail != nil && rs.fail(i) {
			st = "failed"
		}
		out = append(out, obs{s.Add(d), job, st, d})
	}
	return out
}

// jittered returns slots shifted by a uniform jitter of ±j.
func jittered(rng *rand.Rand, slots []time.Time, j time.Duration) []time.Time {
	out := make([]time.Time, len(slots))
	for i, s := range slots {
		out[i] = s.Add(jitter(rng, j))
	}
	return out
}

// drive feeds events in time order and advances the watermark every step
// from from to to (inclusive), returning every event with the time of the
// call that emitted it.
func drive(d *Detector, evs []obs, from, to time.Time, step time.Duration) []emitted {
	evs = slices.Clone(evs)
	slices.SortStableFunc(evs, func(a, b obs) int { return a.at.Compare(b.at) })
	var out []emitted
	i := 0
	for now := from; !now.After(to); now = now.Add(step) {
		for ; i < len(evs) && !evs[i].at.After(now); i++ {
			for _, e := range d.Observe(evs[i].job, evs[i].status, evs[i].at, evs[i].dur) {
				out = append(out, emitted{e, evs[i].at})
			}
		}
		for _, e := range d.Advance(now) {
			out = append(out, emitted{e, now})
		}
	}
	return out
}

// observeAll feeds events without advancing the watermark.
func observeAll(d *Detector, evs []obs) {
	evs = slices.Clone(evs)
	slices.SortStableFunc(evs, func(a, b obs) int { return a.at.Compare(b.at) })
	for _, e := range evs {
		d.Observe(e.job, e.status, e.at, e.dur)
	}
}

func eventsOf(evs []emitted, kind Kind) []emitted {
	var out []emitted
	for _, e := range evs {
		if e.Kind == kind {
			out = append(out, e)
		}
	}
	return out
}

func logEvents(t *testing.T, evs []emitted) {
	t.Helper()
	for _, e := range evs {
		t.Logf("%s %s %s at %s (emitted %s): %s", e.Job, e.Kind, e.Status,
			e.At.Format(time.RFC3339), e.when.Format(time.RFC3339), e.Summary())
	}
}
