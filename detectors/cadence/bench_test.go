package cadence

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

// benchJobs returns a detector with n jobs learned over two days (hourly,
// every 20m, every 10m at various offsets) and the time it is at.
func benchJobs(b *testing.B, n int) (*Detector, time.Time) {
	b.Helper()
	d := mustNew(b, Config{MaxJobs: n})
	rng := rand.New(rand.NewPCG(1, 2))
	end := t0.Add(48 * time.Hour)
	var evs []obs
	for i := range n {
		every := []time.Duration{time.Hour, 20 * time.Minute, 10 * time.Minute}[i%3]
		off := time.Duration(rng.Int64N(int64(every/time.Minute))) * time.Minute
		starts := slotTimes(t0, end, every, off)
		if every < time.Hour {
			starts = starts[len(starts)-64:] // enough to learn
		}
		evs = append(evs, runsAt(rng, fmt.Sprintf("job-%05d", i), jittered(rng, starts, 30*time.Second), runSpec{dur: time.Minute, spread: 0.5})...)
	}
	observeAll(d, evs)
	return d, end
}

// BenchmarkObserve measures one job.status event (a started one relearns
// the job's schedule from its 64 last starts) on 1000 learned jobs.
func BenchmarkObserve(b *testing.B) {
	d, at := benchJobs(b, 1000)
	names := make([]string, 1000)
	for i := range names {
		names[i] = fmt.Sprintf("job-%05d", i)
	}
	for _, status := range []string{"started", "succeeded"} {
		b.Run(status, func(b *testing.B) {
			b.ReportAllocs()
			t := at
			for i := 0; b.Loop(); i++ {
				if i%1000 == 0 {
					t = t.Add(time.Hour)
				}
				d.Observe(names[i%1000], status, t, 50*time.Second)
			}
		})
	}
}

// BenchmarkAdvance measures one Advance by a minute over 10000 learned
// jobs, of which those due are evaluated (and go overdue, then count
// missed slots, as no run is observed).
func BenchmarkAdvance(b *testing.B) {
	d, at := benchJobs(b, 10000)
	d.Advance(at)
	b.ReportAllocs()
	for b.Loop() {
		at = at.Add(time.Minute)
		d.Advance(at)
	}
}

// BenchmarkLearn measures fitting a schedule to 64 run starts.
func BenchmarkLearn(b *testing.B) {
	rng := rand.New(rand.NewPCG(3, 4))
	cases := map[string][]time.Time{
		"hourly":    slotTimes(t0, t0.Add(64*time.Hour), time.Hour, 5*time.Minute),
		"daily":     slotTimes(t0, t0.Add(64*24*time.Hour), 24*time.Hour, 2*time.Hour+37*time.Minute),
		"irregular": nil,
	}
	at := t0
	for range 64 {
		at = at.Add(time.Duration(rng.ExpFloat64() * float64(time.Hour)))
		cases["irregular"] = append(cases["irregular"], at)
	}
	for _, name := range []string{"hourly", "daily", "irregular"} {
		var ns []int64
		for _, s := range jittered(rng, cases[name], time.Minute) {
			ns = append(ns, s.UnixNano())
		}
		b.Run(name, func(b *testing.B) {
			cfg, _ := Config{}.withDefaults()
			l := learner{cfg: &cfg}
			b.ReportAllocs()
			for b.Loop() {
				l.learn(ns)
			}
		})
	}
}
