package cadence

import (
	"math/rand/v2"
	"slices"
	"testing"
	"time"
)

// skipAndExtra drops one recent slot and adds one manual run between two
// other recent slots, both inside the History window.
func skipAndExtra(starts []time.Time) []time.Time {
	n := len(starts)
	out := slices.Clone(starts)
	gap := out[n-9].Sub(out[n-10])
	extra := out[n-10].Add(gap * 2 / 5)
	out = slices.Delete(out, n-20, n-19)
	out = append(out, extra)
	slices.SortFunc(out, func(a, b time.Time) int { return a.Compare(b) })
	return out
}

type learnCase struct {
	name   string
	slots  func() []time.Time
	want   string
	jitter time.Duration // default ±90s
}

func learnCases(t testing.TB) []learnCase {
	sgt, err := time.LoadLocation("Asia/Singapore")
	if err != nil {
		t.Fatal(err)
	}
	weekdays := []time.Duration{9 * time.Hour, 33 * time.Hour, 57 * time.Hour, 81 * time.Hour, 105 * time.Hour}
	return []learnCase{
		{"every 20m from :07", func() []time.Time {
			return slotTimes(t0, t0.Add(72*time.Hour), 20*time.Minute, 7*time.Minute)
		}, "every 20m from :07", 0},
		{"hourly at :05", func() []time.Time {
			return slotTimes(t0, t0.Add(72*time.Hour), time.Hour, 5*time.Minute)
		}, "hourly at :05", 0},
		{"hourly at :41", func() []time.Time {
			return slotTimes(t0, t0.Add(72*time.Hour), time.Hour, 41*time.Minute)
		}, "hourly at :41", 0},
		{"every 10m from :03", func() []time.Time {
			return slotTimes(t0, t0.Add(24*time.Hour), 10*time.Minute, 3*time.Minute)
		}, "every 10m from :03", 0},
		{"every 30m", func() []time.Time {
			return slotTimes(t0, t0.Add(48*time.Hour), 30*time.Minute, 12*time.Minute)
		}, "every 30m from :12", 0},
		{"daily at 02:37", func() []time.Time {
			return slotTimes(t0, t0.Add(30*24*time.Hour), 24*time.Hour, 2*time.Hour+37*time.Minute)
		}, "daily at 02:37 UTC", 0},
		{"daily at 02:37 Singapore time", func() []time.Time {
			var out []time.Time
			for d := 0; d < 30; d++ {
				out = append(out, time.Date(2026, 3, 2+d, 2, 37, 0, 0, sgt))
			}
			return out
		}, "daily at 18:37 UTC", 0},
		{"twice a day", func() []time.Time {
			return slotTimes(t0, t0.Add(20*24*time.Hour), 24*time.Hour, 9*time.Hour+5*time.Minute, 17*time.Hour+5*time.Minute)
		}, "daily at 09:05, 17:05 UTC", 0},
		{"every 6h", func() []time.Time {
			return slotTimes(t0, t0.Add(8*24*time.Hour), 6*time.Hour, 3*time.Hour+15*time.Minute)
		}, "every 6h from 03:15 UTC", 0},
		{"every 2h", func() []time.Time {
			return slotTimes(t0, t0.Add(5*24*time.Hour), 2*time.Hour, 50*time.Minute)
		}, "every 2h from 00:50 UTC", 0},
		{"weekly", func() []time.Time {
			return slotTimes(t0, t0.Add(40*7*24*time.Hour), 7*24*time.Hour, 9*time.Hour)
		}, "weekly on Mon at 09:00 UTC", 0},
		{"weekly on Thursday", func() []time.Time {
			return slotTimes(t0, t0.Add(30*7*24*time.Hour), 7*24*time.Hour, 3*24*time.Hour+22*time.Hour+30*time.Minute)
		}, "weekly on Thu at 22:30 UTC", 0},
		{"weekdays", func() []time.Time {
			return slotTimes(t0, t0.Add(8*7*24*time.Hour), 7*24*time.Hour, weekdays...)
		}, "weekly on Mon, Tue, Wed, Thu, Fri at 09:00 UTC", 0},
		{"every 25m after the previous run", func() []time.Time {
			rng := rand.New(rand.NewPCG(9, 9))
			var out []time.Time
			at := t0.Add(3 * time.Minute)
			for at.Before(t0.Add(48 * time.Hour)) {
				out = append(out, at)
				at = at.Add(25*time.Minute + time.Duration(rng.IntN(30))*time.Second) // sleep 25m after a run of 0-30s
			}
			return out
		}, "every 25m", 5 * time.Second},
		{"every 7m after the previous run", func() []time.Time {
			var out []time.Time
			for at := t0.Add(time.Minute); at.Before(t0.Add(12 * time.Hour)); at = at.Add(7*time.Minute + 4*time.Second) {
				out = append(out, at)
			}
			return out
		}, "every 7m", 2 * time.Second},
	}
}

// learnCase runs one case with a seed; it returns the job's status.
func (tc learnCase) run(t testing.TB, seed uint64) JobStatus {
	rng := rand.New(rand.NewPCG(seed, 42))
	j := tc.jitter
	if j == 0 {
		j = 90 * time.Second
	}
	starts := jittered(rng, skipAndExtra(tc.slots()), j)
	d := mustNew(t, Config{})
	observeAll(d, runsAt(rng, "job", starts, runSpec{dur: 40 * time.Second, spread: 0.5}))
	st, ok := d.Status("job")
	if !ok {
		t.Fatal("job not tracked")
	}
	return st
}

func TestLearnSchedules(t *testing.T) {
	for i, tc := range learnCases(t) {
		t.Run(tc.name, func(t *testing.T) {
			st := tc.run(t, uint64(i))
			if st.State != StateLearned || st.Schedule != tc.want {
				t.Fatalf("state %s schedule %q, want learned %q", st.State, st.Schedule, tc.want)
			}
			if st.Grace < time.Minute || st.Grace > 30*time.Minute {
				t.Errorf("grace %v outside [1m, 30m]", st.Grace)
			}
			t.Logf("%s: grace %v, next %s", st.Schedule, st.Grace, st.Next.Format(time.RFC3339))
		})
	}
}

// A job that logs only succeeded/failed is learned from finish − duration.
func TestLearnFromFinishesOnly(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 3))
	starts := jittered(rng, slotTimes(t0, t0.Add(48*time.Hour), time.Hour, 5*time.Minute), 30*time.Second)
	d := mustNew(t, Config{})
	observeAll(d, runsAt(rng, "fin", starts, runSpec{dur: 8 * time.Minute, spread: 0.5, noStart: true}))
	st, _ := d.Status("fin")
	if st.State != StateLearned || st.Schedule != "hourly at :05" {
		t.Fatalf("got %s %q", st.State, st.Schedule)
	}
}

func TestNotJudged(t *testing.T) {
	tests := []struct {
		name   string
		starts func(rng *rand.Rand) []time.Time
		states []string
	}{
		{"five runs", func(*rand.Rand) []time.Time {
			return slotTimes(t0, t0.Add(5*time.Hour), time.Hour, 5*time.Minute)
		}, []string{StateLearning}},
		{"five daily runs", func(*rand.Rand) []time.Time {
			return slotTimes(t0, t0.Add(5*24*time.Hour), 24*time.Hour, 3*time.Hour)
		}, []string{StateLearning}},
		{"random gaps", func(rng *rand.Rand) []time.Time {
			var out []time.Time
			for at := t0; at.Before(t0.Add(6 * 24 * time.Hour)); at = at.Add(5*time.Minute + time.Duration(rng.Int64N(int64(3*time.Hour)))) {
				out = append(out, at)
			}
			return out
		}, []string{StateIrregular, StateLearning}},
		{"exponential gaps", func(rng *rand.Rand) []time.Time {
			var out []time.Time
			for at := t0; at.Before(t0.Add(3 * 24 * time.Hour)); at = at.Add(time.Duration(rng.ExpFloat64() * float64(20*time.Minute))) {
				out = append(out, at)
			}
			return out
		}, []string{StateIrregular, StateLearning}},
		{"weekdays only, second week", func(*rand.Rand) []time.Time {
			return slotTimes(t0, t0.Add(10*24*time.Hour), 7*24*time.Hour,
				9*time.Hour, 33*time.Hour, 57*time.Hour, 81*time.Hour, 105*time.Hour)
		}, []string{StateLearning}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(i), 7))
			starts := tc.starts(rng)
			d := mustNew(t, Config{})
			evs := runsAt(rng, "j", starts, runSpec{dur: time.Minute, spread: 0.3})
			last := starts[len(starts)-1]
			// Then silence for three days: nothing may be raised.
			got := drive(d, evs, t0, last.Add(72*time.Hour), time.Minute)
			if len(got) != 0 {
				logEvents(t, got)
				t.Fatalf("%d events, want none", len(got))
			}
			st, _ := d.Status("j")
			if !slices.Contains(tc.states, st.State) {
				t.Fatalf("state %s (%q), want one of %v", st.State, st.Schedule, tc.states)
			}
		})
	}
}
