package cadence

import (
	"encoding/json"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
	"time"
)

// scenario is four days of several jobs with an outage, failures, a slow
// run, a hung run, a declared job and an irregular one.
func scenario() []obs {
	rng := rand.New(rand.NewPCG(11, 11))
	end := t0.Add(96 * time.Hour)
	var evs []obs
	out := t0.Add(60 * time.Hour)
	evs = append(evs, hourlyWithOutage(rng, out, out.Add(3*time.Hour), end)...)
	s20 := jittered(rng, slotTimes(t0, end, 20*time.Minute, 7*time.Minute), 40*time.Second)
	evs = append(evs, runsAt(rng, "stock-sync", s20, runSpec{dur: 90 * time.Second, spread: 0.4,
		fail: func(i int) bool { return i >= 150 && i < 154 },
		durOf: func(i int, d time.Duration) time.Duration {
			switch i {
			case 200:
				return 10 * d
			case 230:
				return -1 // hangs
			}
			return d
		}})...)
	sd := jittered(rng, slotTimes(t0, end, 24*time.Hour, 18*time.Hour+37*time.Minute), 20*time.Second)
	evs = append(evs, runsAt(rng, "settlement", sd[:2], runSpec{dur: 5 * time.Minute})...)
	fin := jittered(rng, slotTimes(t0, end, 6*time.Hour, 45*time.Minute), 30*time.Second)
	evs = append(evs, runsAt(rng, "report", fin, runSpec{dur: 7 * time.Minute, spread: 0.3, noStart: true})...)
	var irr []time.Time
	for at := t0; at.Before(end); at = at.Add(time.Duration(rng.ExpFloat64() * float64(time.Hour))) {
		irr = append(irr, at)
	}
	evs = append(evs, runsAt(rng, "adhoc", irr, runSpec{dur: time.Minute})...)
	slices.SortStableFunc(evs, func(a, b obs) int { return a.at.Compare(b.at) })
	return evs
}

func newScenarioDetector(t testing.TB) *Detector {
	d := mustNew(t, Config{})
	sgt, _ := time.LoadLocation("Asia/Singapore")
	if err := d.Declare("settlement", "37 2 * * *", sgt, 15*time.Minute); err != nil {
		t.Fatal(err)
	}
	return d
}

// Restoring a snapshot (through JSON) and continuing gives the same events
// as not stopping, whatever the moment of the snapshot, paused or not.
func TestSnapshotRestoreEquivalence(t *testing.T) {
	evs := scenario()
	end := t0.Add(96 * time.Hour)
	// Segments of 7h13m; a gap is reported across segments 4 and 5.
	run := func(restart bool) []emitted {
		d := newScenarioDetector(t)
		var got []emitted
		from := t0
		for i := 0; from.Before(end); i++ {
			to := from.Add(7*time.Hour + 13*time.Minute)
			if to.After(end) {
				to = end
			}
			got = append(got, drive(d, eventsIn(evs, from, to, i == 0), from, to, time.Minute)...)
			switch i {
			case 4:
				d.Pause()
			case 5:
				d.Resume(to)
			}
			if restart {
				b, err := json.Marshal(d.Snapshot())
				if err != nil {
					t.Fatal(err)
				}
				var snap Snapshot
				if err := json.Unmarshal(b, &snap); err != nil {
					t.Fatal(err)
				}
				d = mustNew(t, Config{})
				if err := d.Restore(snap); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(d.Snapshot(), snap) {
					t.Fatalf("snapshot of the restored detector differs")
				}
			}
			from = to.Add(time.Minute)
		}
		return got
	}
	want := run(false)
	kinds := map[Kind]int{}
	for _, e := range want {
		kinds[e.Kind]++
	}
	if kinds[KindOverdue] < 3 || kinds[KindFailing] != 2 || kinds[KindSlow] < 4 {
		logEvents(t, want)
		t.Fatalf("scenario too quiet to test anything: %v", kinds)
	}
	got := run(true)
	if !reflect.DeepEqual(got, want) {
		logEvents(t, want)
		t.Log("---")
		logEvents(t, got)
		t.Fatalf("restored run: %d events, uninterrupted: %d", len(got), len(want))
	}
	t.Logf("%d events equal (%v)", len(got), kinds)
}

// eventsIn returns the events drive would observe in steps from..to: those
// after the previous step (from − 1m) up to to.
func eventsIn(evs []obs, from, to time.Time, first bool) []obs {
	var out []obs
	for _, e := range evs {
		if e.at.After(to) || (!first && !e.at.After(from.Add(-time.Minute))) {
			continue
		}
		out = append(out, e)
	}
	return out
}

func TestRestoreErrors(t *testing.T) {
	d := newScenarioDetector(t)
	observeAll(d, scenario())
	good := d.Snapshot()
	tests := []struct {
		name string
		edit func(s *Snapshot)
	}{
		{"version", func(s *Snapshot) { s.Version = 99 }},
		{"duplicate job", func(s *Snapshot) { s.Jobs = append(s.Jobs, s.Jobs[0]) }},
		{"unsorted starts", func(s *Snapshot) { slices.Reverse(s.Jobs[0].Starts) }},
		{"unknown state", func(s *Snapshot) { s.Jobs[0].State = "sleeping" }},
		{"bad zone", func(s *Snapshot) {
			for i := range s.Jobs {
				if s.Jobs[i].Declared != nil {
					s.Jobs[i].Declared.TZ = "Mars/Olympus"
				}
			}
		}},
		{"bad offsets", func(s *Snapshot) {
			for i := range s.Jobs {
				if l := s.Jobs[i].Learned; l != nil && l.Kind == "slots" {
					l.Offsets = []time.Duration{l.Cycle}
				}
			}
		}},
	}
	for _, tc := range tests {
		b, _ := json.Marshal(good)
		var s Snapshot
		_ = json.Unmarshal(b, &s)
		tc.edit(&s)
		r := mustNew(t, Config{})
		if err := r.Restore(s); err == nil {
			t.Errorf("%s: Restore succeeded", tc.name)
		} else if r.Stats().Jobs != 0 {
			t.Errorf("%s: detector changed by a failed Restore", tc.name)
		}
	}
	small := mustNew(t, Config{MaxJobs: 2})
	if err := small.Restore(good); err == nil {
		t.Errorf("Restore of %d jobs into MaxJobs 2 succeeded", len(good.Jobs))
	}
}
