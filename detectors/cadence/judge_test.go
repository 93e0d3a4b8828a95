package cadence

import (
	"math"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"time"
)

// hourlyWithOutage is an hourly job at :05 (±90s) for three days, with the
// slots in [outFrom, outTo) missing.
func hourlyWithOutage(rng *rand.Rand, outFrom, outTo time.Time, end time.Time) []obs {
	var starts []time.Time
	for _, s := range slotTimes(t0, end, time.Hour, 5*time.Minute) {
		if s.Before(outFrom) || !s.Before(outTo) {
			starts = append(starts, s)
		}
	}
	return runsAt(rng, "orders-export", jittered(rng, starts, 90*time.Second), runSpec{dur: 2 * time.Minute, spread: 0.5})
}

func TestOverdueOneAlertPerOutage(t *testing.T) {
	day3 := t0.Add(72 * time.Hour)
	tests := []struct {
		name       string
		out        time.Duration // outage length from 10:00 on day 3
		wantMissed int
	}{
		{"2h outage", 2 * time.Hour, 2},
		{"1 missed run", time.Hour, 1},
		{"10h outage", 10 * time.Hour, 10},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(i), 1))
			outFrom := day3.Add(10 * time.Hour)
			evs := hourlyWithOutage(rng, outFrom, outFrom.Add(tc.out), day3.Add(24*time.Hour))
			d := mustNew(t, Config{})
			got := drive(d, evs, t0, day3.Add(24*time.Hour), time.Minute)
			if len(got) != 2 {
				logEvents(t, got)
				t.Fatalf("%d events, want overdue firing and resolved", len(got))
			}
			fire, res := got[0], got[1]
			firstSlot := outFrom.Add(5 * time.Minute)
			deadline := firstSlot.Add(fire.Details.Grace)
			if fire.Kind != KindOverdue || fire.Status != Firing || !fire.Details.Expected.Equal(firstSlot) {
				t.Fatalf("first event %+v, want overdue firing for the %s slot", fire.Event, firstSlot)
			}
			if fire.Details.Grace < time.Minute || fire.Details.Grace > 10*time.Minute {
				t.Errorf("grace %v, want a few minutes", fire.Details.Grace)
			}
			if fire.when.Before(deadline) || fire.when.After(deadline.Add(10*time.Minute)) {
				t.Errorf("raised at %s, want within 10 minutes after %s", fire.when, deadline)
			}
			if fire.Details.Schedule != "hourly at :05" || fire.Details.LastSuccess.IsZero() {
				t.Errorf("details %+v", fire.Details)
			}
			// Resolved by the first successful run after the outage.
			var success time.Time
			for _, e := range evs {
				if e.status == "succeeded" && e.at.After(outFrom.Add(tc.out)) {
					success = e.at
					break
				}
			}
			if res.Kind != KindOverdue || res.Status != Resolved || !res.At.Equal(success) {
				t.Fatalf("second event %+v, want overdue resolved at %s", res.Event, success)
			}
			if res.Details.Missed != tc.wantMissed {
				t.Errorf("missed %d, want %d", res.Details.Missed, tc.wantMissed)
			}
			t.Log(fire.Summary())
			t.Log(res.Summary())
		})
	}
}

// A job that logs only started is resolved by its next start; a job that
// stops for good stays overdue with the count of missed runs growing.
func TestOverdueStartedOnlyAndDead(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 5))
	day2 := t0.Add(48 * time.Hour)
	var starts []time.Time
	for _, s := range slotTimes(t0, day2.Add(24*time.Hour), 20*time.Minute, 7*time.Minute) {
		if s.Before(day2) || !s.Before(day2.Add(time.Hour)) {
			starts = append(starts, s)
		}
	}
	evs := runsAt(rng, "heartbeat", jittered(rng, starts, 30*time.Second), runSpec{noFinish: true})
	// A second job dies at day2 and never comes back.
	dead := slotTimes(t0, day2, 20*time.Minute, 7*time.Minute)
	evs = append(evs, runsAt(rng, "dead", jittered(rng, dead, 30*time.Second), runSpec{dur: time.Minute})...)
	d := mustNew(t, Config{})
	got := drive(d, evs, t0, day2.Add(24*time.Hour), time.Minute)
	hb := slices.DeleteFunc(slices.Clone(got), func(e emitted) bool { return e.Job != "heartbeat" })
	if len(hb) != 2 || hb[0].Status != Firing || hb[1].Status != Resolved || hb[1].Details.Missed != 3 {
		logEvents(t, got)
		t.Fatalf("heartbeat: want one overdue firing then resolved with 3 missed")
	}
	dj := slices.DeleteFunc(slices.Clone(got), func(e emitted) bool { return e.Job != "dead" })
	if len(dj) != 1 || dj[0].Kind != KindOverdue || dj[0].Status != Firing {
		logEvents(t, got)
		t.Fatalf("dead: want exactly one overdue firing")
	}
	st, _ := d.Status("dead")
	if !st.Overdue || st.Missed < 70 {
		t.Fatalf("dead: status %+v, want overdue with ~72 missed", st)
	}
}

func TestFailing(t *testing.T) {
	tests := []struct {
		name  string
		fails int
		want  []Status
	}{
		{"2 failures", 2, nil},
		{"3 failures", 3, []Status{Firing, Resolved}},
		{"6 failures", 6, []Status{Firing, Resolved}},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(i), 2))
			starts := jittered(rng, slotTimes(t0, t0.Add(48*time.Hour), time.Hour, 41*time.Minute), 60*time.Second)
			failFrom := 30
			evs := runsAt(rng, "payouts", starts, runSpec{dur: 3 * time.Minute, spread: 0.3,
				fail: func(i int) bool { return i >= failFrom && i < failFrom+tc.fails }})
			d := mustNew(t, Config{})
			got := drive(d, evs, t0, t0.Add(48*time.Hour), time.Minute)
			var sts []Status
			for _, e := range got {
				if e.Kind != KindFailing {
					t.Errorf("unexpected %s %s", e.Kind, e.Status)
				}
				sts = append(sts, e.Status)
			}
			if !slices.Equal(sts, tc.want) {
				logEvents(t, got)
				t.Fatalf("statuses %v, want %v", sts, tc.want)
			}
			if len(got) == 2 {
				fire, res := got[0], got[1]
				thirdFail := starts[failFrom+2]
				if fire.At.Before(thirdFail) || fire.At.After(thirdFail.Add(10*time.Minute)) || fire.Details.FailuresInARow != 3 {
					t.Errorf("firing %+v, want at the 3rd failure", fire.Event)
				}
				if !res.At.After(starts[failFrom+tc.fails]) || res.At.After(starts[failFrom+tc.fails].Add(10*time.Minute)) {
					t.Errorf("resolved at %s, want at the first success after %s", res.At, starts[failFrom+tc.fails])
				}
				t.Log(fire.Summary())
			}
		})
	}
}

func TestSlow(t *testing.T) {
	const typical = 4 * time.Minute
	times := func(i int, f float64) func(int, time.Duration) time.Duration {
		return func(j int, d time.Duration) time.Duration {
			if j == i {
				return time.Duration(f * float64(typical))
			}
			return d
		}
	}
	tests := []struct {
		name    string
		durOf   func(i int, d time.Duration) time.Duration
		noStart bool // the job logs only its finishes
		want    []Status
		unfin   bool // found while still running
	}{
		{"normal variation", nil, false, nil, false},
		{"normal variation, finishes only", nil, true, nil, false},
		{"5x longer, finishes only", times(40, 5), true, []Status{Firing, Resolved}, false},
		{"5x longer, found while running", times(40, 5), false, []Status{Firing, Resolved}, true},
		{"never finishes", times(40, -1), false, []Status{Firing, Resolved}, true},
		{"2x longer", times(40, 2), false, nil, false},
	}
	for i, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			rng := rand.New(rand.NewPCG(uint64(i), 3))
			starts := jittered(rng, slotTimes(t0, t0.Add(72*time.Hour), time.Hour, 12*time.Minute), 60*time.Second)
			evs := runsAt(rng, "catalog-sync", starts, runSpec{dur: typical, spread: 0.5, durOf: tc.durOf, noStart: tc.noStart})
			d := mustNew(t, Config{})
			got := drive(d, evs, t0, t0.Add(72*time.Hour), time.Minute)
			if tc.noStart && tc.want != nil {
				// Nothing is known of a run that logs only its end until it
				// ends: the slow run is also overdue until then.
				if ov := eventsOf(got, KindOverdue); len(ov) != 2 || ov[1].At.Before(starts[40].Add(5*typical)) {
					logEvents(t, got)
					t.Fatalf("want the slow run overdue until it ends")
				}
				got = eventsOf(got, KindSlow)
			}
			var sts []Status
			for _, e := range got {
				if e.Kind != KindSlow {
					t.Errorf("unexpected %s %s", e.Kind, e.Status)
				}
				sts = append(sts, e.Status)
			}
			if !slices.Equal(sts, tc.want) {
				logEvents(t, got)
				t.Fatalf("statuses %v, want %v", sts, tc.want)
			}
			if len(got) == 2 {
				fire := got[0]
				if fire.Details.Unfinished != tc.unfin || fire.Details.TypicalDuration < typical/2 ||
					fire.Details.TypicalDuration > typical*3/2 || fire.Details.Threshold < 2*typical {
					t.Errorf("firing details %+v", fire.Details)
				}
				if tc.unfin {
					dl := starts[40].Add(fire.Details.Threshold)
					if fire.when.Before(dl) || fire.when.After(dl.Add(2*time.Minute)) {
						t.Errorf("unfinished run raised at %s, want just after %s", fire.when, dl)
					}
				}
				if !got[1].At.After(starts[41]) || got[1].At.After(starts[41].Add(10*time.Minute)) {
					t.Errorf("resolved at %s, want with the next run", got[1].At)
				}
				t.Log(fire.Summary())
			}
		})
	}
}

func TestDeclared(t *testing.T) {
	sgt, err := time.LoadLocation("Asia/Singapore")
	if err != nil {
		t.Fatal(err)
	}
	t.Run("judged from the start", func(t *testing.T) {
		d := mustNew(t, Config{})
		if err := d.Declare("settlement", "37 2 * * *", sgt, 10*time.Minute); err != nil {
			t.Fatal(err)
		}
		// 02:37 in Singapore is 18:37 UTC the day before. No run on Monday
		// or Tuesday, one on Wednesday.
		wed := time.Date(2026, 3, 5, 2, 38, 0, 0, sgt)
		evs := []obs{{wed, "settlement", "started", 0}, {wed.Add(3 * time.Minute), "settlement", "succeeded", 3 * time.Minute}}
		got := drive(d, evs, t0, t0.Add(84*time.Hour), time.Minute)
		if len(got) != 2 {
			logEvents(t, got)
			t.Fatalf("%d events, want overdue firing and resolved", len(got))
		}
		firstSlot := time.Date(2026, 3, 2, 18, 37, 0, 0, time.UTC)
		if got[0].Status != Firing || !got[0].At.Equal(firstSlot.Add(10*time.Minute)) ||
			got[0].Details.Schedule != `cron "37 2 * * *" in Asia/Singapore` || !got[0].Details.Declared {
			t.Fatalf("firing %+v", got[0].Event)
		}
		if got[1].Status != Resolved || got[1].Details.Missed != 2 {
			t.Fatalf("resolved %+v, want 2 missed", got[1].Event)
		}
		st, _ := d.Status("settlement")
		if st.State != StateDeclared || !st.Next.Equal(time.Date(2026, 3, 5, 18, 37, 0, 0, time.UTC)) {
			t.Fatalf("status %+v", st)
		}
	})
	t.Run("overrides learning", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 1))
		// Runs every hour, but only the 18:37 UTC run matters.
		starts := jittered(rng, slotTimes(t0, t0.Add(72*time.Hour), time.Hour, 37*time.Minute), 30*time.Second)
		var keep []time.Time
		for _, s := range starts {
			if s.Before(t0.Add(36*time.Hour)) || s.Hour() == 18 {
				keep = append(keep, s)
			}
		}
		evs := runsAt(rng, "recon", keep, runSpec{dur: time.Minute})
		d := mustNew(t, Config{})
		got := drive(d, evs, t0, t0.Add(30*time.Hour), time.Minute)
		if st, _ := d.Status("recon"); st.Schedule != "hourly at :37" || len(got) != 0 {
			t.Fatalf("before declaring: %+v, %d events", st, len(got))
		}
		if err := d.Declare("recon", "CRON_TZ=Asia/Singapore 37 2 * * *", nil, 0); err != nil {
			t.Fatal(err)
		}
		got = drive(d, evs, t0.Add(30*time.Hour), t0.Add(72*time.Hour), time.Minute)
		if len(got) != 0 {
			logEvents(t, got)
			t.Fatalf("%d events, want none", len(got))
		}
		st, _ := d.Status("recon")
		if st.State != StateDeclared || st.Grace != 5*time.Minute {
			t.Fatalf("status %+v", st)
		}
		d.Undeclare("recon")
		if st, _ := d.Status("recon"); st.State == StateDeclared {
			t.Fatalf("still declared: %+v", st)
		}
	})
	t.Run("errors", func(t *testing.T) {
		tests := []struct {
			job, expr string
			tz        *time.Location
			grace     time.Duration
			want      string
		}{
			{"", "0 * * * *", nil, 0, "empty job name"},
			{"j", "", nil, 0, "empty cron expression"},
			{"j", "61 * * * *", nil, 0, "above maximum (59)"},
			{"j", "0 25 * * *", nil, 0, "above maximum (23)"},
			{"j", "0 0 * * * *", nil, 0, "expected exactly 5 fields"},
			{"j", "every hour", nil, 0, "expected exactly 5 fields"},
			{"j", "@fortnightly", nil, 0, "unrecognized descriptor"},
			{"j", "0 0 30 2 *", nil, 0, "never fires"},
			{"j", "0 * * * *", nil, -time.Minute, "grace -1m0s is negative"},
			{"j", "CRON_TZ=Mars/Olympus 0 * * * *", nil, 0, `time zone "Mars/Olympus"`},
			{"j", "CRON_TZ=UTC", nil, 0, "time zone prefix without a schedule"},
			{"j", "CRON_TZ=UTC 0 * * * *", sgt, 0, "conflicts with tz"},
		}
		d := mustNew(t, Config{})
		for _, tc := range tests {
			err := d.Declare(tc.job, tc.expr, tc.tz, tc.grace)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Declare(%q, %q): error %v, want it to mention %q", tc.job, tc.expr, err, tc.want)
			} else if tc.job != "" && !strings.Contains(err.Error(), `job "j"`) {
				t.Errorf("error %q does not name the job", err)
			}
		}
		for _, ok := range []string{"@hourly", "@daily", "@weekly", "@every 15m", "*/20 * * * *", "5 9-17 * * 1-5"} {
			if err := d.Declare("ok", ok, nil, 0); err != nil {
				t.Errorf("Declare(%q): %v", ok, err)
			}
		}
	})
}

// A gap the caller reports (Pause … Resume) raises no overdue alert for
// the slots whose runs fell in it; without Pause the same gap does.
func TestPauseResume(t *testing.T) {
	rng := rand.New(rand.NewPCG(8, 8))
	gapFrom, gapTo := t0.Add(50*time.Hour), t0.Add(53*time.Hour)
	starts := jittered(rng, slotTimes(t0, t0.Add(72*time.Hour), time.Hour, 5*time.Minute), 60*time.Second)
	all := runsAt(rng, "feed", starts, runSpec{dur: 2 * time.Minute, spread: 0.3})
	var seen []obs // the log lines that fell in the gap are lost
	for _, e := range all {
		if e.at.Before(gapFrom) || !e.at.Before(gapTo) {
			seen = append(seen, e)
		}
	}
	run := func(pause bool) []emitted {
		d := mustNew(t, Config{})
		got := drive(d, seen, t0, gapFrom, time.Minute)
		if pause {
			d.Pause()
		}
		got = append(got, drive(d, nil, gapFrom.Add(time.Minute), gapTo, time.Minute)...)
		if pause {
			d.Resume(gapTo)
		}
		return append(got, drive(d, seen, gapTo.Add(time.Minute), t0.Add(72*time.Hour), time.Minute)...)
	}
	if got := run(true); len(got) != 0 {
		logEvents(t, got)
		t.Fatalf("paused: %d events, want none", len(got))
	}
	if got := eventsOf(run(false), KindOverdue); len(got) != 2 {
		logEvents(t, got)
		t.Fatalf("not paused: %d overdue events, want firing and resolved", len(got))
	}
}

func TestBoundedMemory(t *testing.T) {
	d := mustNew(t, Config{MaxJobs: 100})
	for i := range 150 {
		d.Observe("job-"+string(rune('A'+i/26))+string(rune('a'+i%26)), "started", t0, 0)
	}
	if st := d.Stats(); st.Jobs != 100 || st.DroppedObservations != 50 {
		t.Fatalf("stats %+v, want 100 jobs and 50 dropped", st)
	}
	d.Observe("x", "running", t0, 0)
	d.Observe("", "started", t0, 0)
	if st := d.Stats(); st.IgnoredObservations != 2 {
		t.Fatalf("stats %+v, want 2 ignored", st)
	}

	d = mustNew(t, Config{})
	if d.cfg.MaxJobs != 10000 || d.cfg.History != 64 {
		t.Fatalf("defaults %+v", d.cfg)
	}
	at := t0
	for i := range 2000 {
		at = at.Add(10 * time.Minute)
		d.Observe("busy", "started", at, 0)
		d.Observe("busy", "succeeded", at.Add(time.Minute), time.Duration(i%7+1)*time.Minute)
	}
	snap := d.Snapshot()
	js := snap.Jobs[0]
	if len(js.Starts) != 64 || len(js.Durations) != 64 || cap(d.jobs["busy"].starts) != 64 || cap(d.jobs["busy"].durs) != 64 {
		t.Fatalf("kept %d starts and %d durations, want 64", len(js.Starts), len(js.Durations))
	}
	if js.Starts[63] != at.UnixNano() || js.Durations[63] != int64((1999%7+1))*int64(time.Minute) {
		t.Fatalf("not the newest runs kept")
	}
}

func TestConfigErrors(t *testing.T) {
	tests := []struct {
		cfg  Config
		want string
	}{
		{Config{MaxJobs: -1}, "MaxJobs -1 is negative"},
		{Config{History: 4}, "History 4 is outside"},
		{Config{MinRuns: 100}, "MinRuns 100 exceeds History 64"},
		{Config{MinGrace: -time.Second}, "MinGrace -1s is negative"},
		{Config{SlowFactor: -2}, "SlowFactor"},
	}
	for _, tc := range tests {
		if _, err := New(tc.cfg); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("New(%+v): %v, want %q", tc.cfg, err, tc.want)
		}
	}
}

// A run that hangs and blocks the runner: slow while it runs, then overdue
// while nothing else starts; both resolve with the first success after.
func TestHungRun(t *testing.T) {
	rng := rand.New(rand.NewPCG(12, 45))
	end := t0.Add(24 * time.Hour)
	hang := t0.Add(12*time.Hour + 45*time.Minute)
	restart := t0.Add(15*time.Hour + 30*time.Minute)
	var evs []obs
	for _, s := range slotTimes(t0, end, 15*time.Minute, 0) {
		if s.After(hang) && s.Before(restart) {
			continue
		}
		at := s.Add(2*time.Second + time.Duration(rng.Int64N(int64(12*time.Second))))
		evs = append(evs, obs{at, "inventory-full-sync", "started", 0})
		if s.Equal(hang) {
			continue
		}
		d := time.Duration(float64(3*time.Minute) * math.Exp(0.3*rng.NormFloat64()))
		st := "succeeded"
		if rng.Float64() < 0.02 {
			st = "failed"
		}
		evs = append(evs, obs{at.Add(d), "inventory-full-sync", st, d})
	}
	d := mustNew(t, Config{})
	got := drive(d, evs, t0, end, time.Minute)
	var kinds []string
	for _, e := range got {
		kinds = append(kinds, string(e.Kind)+" "+string(e.Status))
	}
	want := []string{"slow firing", "overdue firing", "slow resolved", "overdue resolved"}
	if !slices.Equal(kinds, want) {
		logEvents(t, got)
		t.Fatalf("events %v, want %v", kinds, want)
	}
	slow, over := got[0], got[1]
	if !slow.Details.Unfinished || slow.when.After(hang.Add(slow.Details.Threshold+2*time.Minute)) {
		t.Errorf("slow raised at %s, threshold %v", slow.when, slow.Details.Threshold)
	}
	if !over.Details.Expected.Equal(hang.Add(15*time.Minute)) || over.when.After(hang.Add(15*time.Minute+over.Details.Grace+10*time.Minute)) {
		t.Errorf("overdue %+v raised at %s", over.Details, over.when)
	}
	if got[3].Details.Missed != 10 || got[3].At.Before(restart) {
		t.Errorf("resolved %+v", got[3].Event)
	}
	for _, e := range got {
		t.Log(e.Summary())
	}
}
