package cadence

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// randomJob simulates one healthy job of a random cadence for the period
// [from, to): realistic start lateness, durations that vary, isolated
// failures, occasional manual runs, and different logging habits.
func randomJob(rng *rand.Rand, name string, from, to time.Time) (simJob, []obs) {
	var slots []time.Time
	var desc string
	var period time.Duration
	m := func(n int) time.Duration { return time.Duration(rng.IntN(n)) * time.Minute }
	drift := time.Duration(0) // > 0: sleeps drift after each run ends
	k := rng.IntN(10)
	switch k {
	case 0:
		period = []time.Duration{10, 15, 20, 30}[rng.IntN(4)] * time.Minute
		off := m(int(period / time.Minute))
		slots, desc = slotTimes(from, to, period, off), fmt.Sprintf("every %v +%v", period, off)
	case 1, 2:
		off := m(60)
		period, slots, desc = time.Hour, slotTimes(from, to, time.Hour, off), fmt.Sprintf("hourly :%02d", int(off.Minutes()))
	case 3:
		period = []time.Duration{2, 3, 4, 6, 8, 12}[rng.IntN(6)] * time.Hour
		off := m(int(period / time.Minute))
		slots, desc = slotTimes(from, to, period, off), fmt.Sprintf("every %v +%v", period, off)
	case 4:
		off := m(24 * 60)
		period, slots, desc = 24*time.Hour, slotTimes(from, to, 24*time.Hour, off), fmt.Sprintf("daily %v", off)
	case 5:
		a, b := m(12*60), 12*time.Hour+m(12*60)
		period, slots, desc = 12*time.Hour, slotTimes(from, to, 24*time.Hour, a, b), fmt.Sprintf("twice daily %v %v", a, b)
	case 6:
		off := m(7 * 24 * 60)
		period, slots, desc = 7*24*time.Hour, slotTimes(from, to, 7*24*time.Hour, off), fmt.Sprintf("weekly %v", off)
	case 7:
		drift = []time.Duration{5, 7, 25, 45, 90}[rng.IntN(5)] * time.Minute
		period, desc = drift, fmt.Sprintf("sleeps %v between runs", drift)
	case 8:
		desc = "irregular"
		for at := from.Add(m(60)); at.Before(to); at = at.Add(time.Duration(rng.ExpFloat64() * float64(45*time.Minute))) {
			slots = append(slots, at)
		}
	case 9:
		off := m(24 * 60)
		slots, desc = slotTimes(from, to, 7*24*time.Hour, off, 24*time.Hour+off, 48*time.Hour+off, 72*time.Hour+off, 96*time.Hour+off), fmt.Sprintf("weekdays %v", off)
		period = 24 * time.Hour
	}
	// How late runs start: seconds; ±90s; or seconds with 5% of runs up
	// to two minutes late.
	profile := rng.IntN(3)
	late := func() time.Duration {
		switch profile {
		case 0:
			return 2*time.Second + time.Duration(rng.Int64N(int64(12*time.Second)))
		case 1:
			return jitter(rng, 90*time.Second)
		}
		d := time.Duration(rng.ExpFloat64() * float64(8*time.Second))
		if rng.Float64() < 0.05 {
			d += time.Duration(rng.Int64N(int64(2 * time.Minute)))
		}
		return d
	}
	median := time.Duration(math.Exp(math.Log(5)+rng.Float64()*math.Log(120))) * time.Second // 5s … 10m
	if drift > 0 {
		median = min(median, drift/2)
		period += median
	}
	dur := func() time.Duration {
		if rng.IntN(2) == 0 {
			return time.Duration(float64(median) * (0.5 + rng.Float64()))
		}
		return time.Duration(float64(median) * math.Exp(0.2*rng.NormFloat64()))
	}
	logs := rng.IntN(4) // 0, 1: started and finished; 2: finishes only; 3: starts only
	var evs []obs
	fails := 0
	emit := func(at time.Time) time.Time {
		d := dur()
		if logs != 2 {
			evs = append(evs, obs{at, name, "started", 0})
		}
		st := "succeeded"
		if fails < 2 && rng.Float64() < 0.04 { // isolated failures, never 3 in a row
			st, fails = "failed", fails+1
		} else {
			fails = 0
		}
		if logs != 3 {
			evs = append(evs, obs{at.Add(d), name, st, d})
		}
		return at.Add(d)
	}
	if drift > 0 {
		for at := from.Add(m(30)); at.Before(to); {
			end := emit(at)
			at = end.Add(drift + time.Duration(rng.Int64N(int64(3*time.Second))))
		}
	}
	for i, s := range slots {
		at := s.Add(late())
		emit(at)
		if i+1 < len(slots) && rng.Float64() < 0.01 { // a manual run
			gap := slots[i+1].Sub(s)
			emit(s.Add(gap/4 + time.Duration(rng.Int64N(int64(gap/2)))))
		}
	}
	return simJob{desc: desc, period: period, judged: k != 6 && k != 8 && k != 9}, evs
}

// simJob describes a simulated job.
type simJob struct {
	desc   string
	period time.Duration // typical time between runs (0: irregular)
	judged bool          // learnable within a week (not weekly, weekdays-only or irregular)
}

// Twenty healthy jobs of random cadences over a week raise no alert.
func TestNoFalseAlarms(t *testing.T) {
	for _, seed := range []uint64{1, 2, 3} {
		t.Run(fmt.Sprint("seed ", seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 2026))
			end := t0.Add(7 * 24 * time.Hour)
			var evs []obs
			descs := map[string]string{}
			for i := range 20 {
				name := fmt.Sprintf("job-%02d", i)
				sj, e := randomJob(rng, name, t0, end)
				descs[name] = sj.desc
				evs = append(evs, e...)
			}
			d := mustNew(t, Config{})
			got := drive(d, evs, t0, end, time.Minute)
			names := make([]string, 0, len(descs))
			for n := range descs {
				names = append(names, n)
			}
			slices.Sort(names)
			for _, n := range names {
				st, _ := d.Status(n)
				t.Logf("%s %-28s → %-9s %-26q grace %-6v typical %v", n, descs[n], st.State, st.Schedule, st.Grace, st.TypicalDuration.Round(time.Second))
			}
			if len(got) != 0 {
				logEvents(t, got)
				t.Fatalf("%d events, want none", len(got))
			}
		})
	}
}

// An outage of three runs of a healthy job of random cadence raises one
// overdue alert, resolved when the job runs again.
func TestDetectsOutagesOfRandomCadences(t *testing.T) {
	n := 0
	for seed := uint64(1); n < 60; seed++ {
		rng := rand.New(rand.NewPCG(seed, 77))
		end := t0.Add(7 * 24 * time.Hour)
		sj, evs := randomJob(rng, "j", t0, end)
		if !sj.judged || sj.period > 6*time.Hour {
			continue // not learned in five days, or an outage too long to end in time
		}
		n++
		cut := t0.Add(5 * 24 * time.Hour)
		resume := cut.Add(3*sj.period + sj.period/2)
		evs = slices.DeleteFunc(evs, func(e obs) bool { return !e.at.Before(cut) && e.at.Before(resume) })
		if e := resume.Add(3 * sj.period); e.After(end) {
			end = e
		}
		d := mustNew(t, Config{})
		got := eventsOf(drive(d, evs, t0, end, time.Minute), KindOverdue)
		if len(got) != 2 || got[0].Status != Firing || got[1].Status != Resolved || got[1].Details.Missed < 2 ||
			got[0].when.After(cut.Add(sj.period+got[0].Details.Grace+10*time.Minute)) {
			st, _ := d.Status("j")
			logEvents(t, got)
			t.Errorf("seed %d, %s (%s %q): want one overdue alert for the 3 missed runs", seed, sj.desc, st.State, st.Schedule)
		}
	}
}
