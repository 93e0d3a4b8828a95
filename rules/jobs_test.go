package rules

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/detectors/cadence"
	"github.com/vigilops/vigil/event"
)

func cadenceFailAfter(n int) cadence.Config { return cadence.Config{FailAfter: n} }

// jobRun is one run of a job: a start event at at, then a finish event
// with status after dur (carrying event.duration). An empty start or
// finish status leaves that event out.
type jobRun struct {
	at            time.Duration
	start, status string
	dur           time.Duration
}

// jobEvents turns runs into events, with extra fields on every event.
func jobEvents(job string, runs []jobRun, extra ...any) []*event.Event {
	var evs []*event.Event
	for _, r := range runs {
		if r.start != "" {
			evs = append(evs, ev(r.at, append([]any{"job.name", job, "job.status", r.start}, extra...)...))
		}
		if r.status != "" {
			kv := append([]any{"job.name", job, "job.status", r.status, "event.duration", int(r.dur)}, extra...)
			evs = append(evs, ev(r.at+r.dur, kv...))
		}
	}
	return merge(evs)
}

// hourlyRuns are runs at minute past each hour from t0, for hours hours,
// starting up to 45 s early or late and taking 2–3 minutes; skip leaves hours out,
// and status (when set) gives each hour's finish status.
func hourlyRuns(seed uint64, minute, hours int, skip map[int]bool, status func(h int) string) []jobRun {
	rng := rand.New(rand.NewPCG(seed, 1))
	var runs []jobRun
	for h := 0; h < hours; h++ {
		at := time.Duration(h)*time.Hour + time.Duration(minute)*time.Minute + time.Duration(rng.IntN(91)-45)*time.Second
		dur := 2*time.Minute + time.Duration(rng.IntN(60))*time.Second
		if skip[h] {
			continue
		}
		st := "succeeded"
		if status != nil {
			st = status(h)
		}
		runs = append(runs, jobRun{at: at, start: "started", status: st, dur: dur})
	}
	return runs
}

// emitted is an alert and the watermark of the Advance that returned it.
type emitted struct {
	a  alert.Alert
	wm time.Time
}

// playJobs feeds events in time order to a fresh engine with no rules and
// opt's job watcher, moving the watermark every minute up to end.
func playJobs(t *testing.T, opt *JobsOptions, evs []*event.Event, end time.Duration) []emitted {
	t.Helper()
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Jobs: opt})
	var out []emitted
	i := 0
	for m := time.Duration(0); m <= end; m += time.Minute {
		wm := t0.Add(m)
		for i < len(evs) && evs[i].Time.Before(wm) {
			e.Observe(evs[i])
			i++
		}
		for _, a := range e.Advance(wm) {
			out = append(out, emitted{a, wm})
		}
	}
	checkTransitions(t, out)
	return out
}

// checkTransitions asserts that each alert fires once, then resolves
// once, and so on: never twice in the same state.
func checkTransitions(t *testing.T, out []emitted) {
	t.Helper()
	state := map[string]alert.Status{}
	for _, x := range out {
		a := x.a
		prev, seen := state[a.Fingerprint]
		switch {
		case a.Status == alert.Firing && seen && prev == alert.Firing:
			t.Errorf("%s fired twice: %s", a.Rule, a.Annotations["summary"])
		case a.Status == alert.Resolved && (!seen || prev != alert.Firing):
			t.Errorf("%s resolved without firing: %s", a.Rule, a.Annotations["summary"])
		case a.Status == alert.Resolved && (a.EndsAt == nil || a.EndsAt.Before(a.StartsAt)):
			t.Errorf("%s resolved with ends_at %v before starts_at %v", a.Rule, a.EndsAt, a.StartsAt)
		}
		state[a.Fingerprint] = a.Status
	}
}

// wantJob is an expected transition: its time (starts_at when firing,
// ends_at when resolved) lies in [from, to] after t0, and when by is set it
// is returned by an Advance no later than t0+by.
type wantJob struct {
	status   alert.Status
	rule     string
	labels   map[string]string
	from, to time.Duration
	by       time.Duration
	expected time.Duration // overdue firing: the expected_at annotation, t0+expected
}

func TestJobAlerts(t *testing.T) {
	const job = "orders-export"
	hour := time.Hour
	// The hourly job at :41 runs two days, misses hours 48 and 49 and
	// runs again at hour 50.
	outage := hourlyRuns(1, 41, 53, map[int]bool{48: true, 49: true}, nil)
	var back jobRun // the first run after the outage
	for _, r := range outage {
		if r.at >= 50*hour {
			back = r
			break
		}
	}
	missed := 48*hour + 41*time.Minute
	overdue := []wantJob{
		{status: alert.Firing, rule: JobOverdueRule, labels: map[string]string{"job.name": job},
			from: missed, to: missed + 10*time.Minute, by: missed + 10*time.Minute, expected: missed},
		{status: alert.Resolved, rule: JobOverdueRule, labels: map[string]string{"job.name": job},
			from: back.at + back.dur, to: back.at + back.dur},
	}
	// Three failures in a row (hours 6–8), then a success at hour 9.
	failRuns := hourlyRuns(2, 41, 53, nil, func(h int) string {
		if h >= 6 && h <= 8 {
			return "failed"
		}
		return "succeeded"
	})
	third, recovered := failRuns[8], failRuns[9]
	failing := []wantJob{
		{status: alert.Firing, rule: JobFailingRule, labels: map[string]string{"job.name": job},
			from: third.at + third.dur, to: third.at + third.dur},
		{status: alert.Resolved, rule: JobFailingRule, labels: map[string]string{"job.name": job},
			from: recovered.at + recovered.dur, to: recovered.at + recovered.dur},
	}
	// The same runs with other spellings of job.status, in any case.
	spell := func(runs []jobRun, starts, oks, fails []string) []jobRun {
		out := make([]jobRun, len(runs))
		for i, r := range runs {
			r.start = starts[i%len(starts)]
			if r.status == "failed" {
				r.status = fails[i%len(fails)]
			} else {
				r.status = oks[i%len(oks)]
			}
			out[i] = r
		}
		return out
	}
	// A slow run: 2–3 minutes usually, 20 minutes at hour 10: slow while
	// still running, at its start + the slow threshold.
	slowRuns := hourlyRuns(3, 41, 14, nil, nil)
	slowRuns[10].dur = 20 * time.Minute
	slow, normal := slowRuns[10], slowRuns[11]

	tests := []struct {
		name  string
		opt   *JobsOptions
		evs   []*event.Event
		end   time.Duration
		want  []wantJob
		check func(t *testing.T, out []emitted)
	}{
		{name: "hourly job misses two runs: one overdue alert, resolved by the next success",
			opt: &JobsOptions{}, evs: jobEvents(job, outage), end: 53 * hour, want: overdue,
			check: func(t *testing.T, out []emitted) {
				a := out[0].a
				if a.Kind != alert.KindDetector || a.Severity != alert.P2 || a.Value != 1 {
					t.Errorf("kind %s severity %s value %v", a.Kind, a.Severity, a.Value)
				}
				if a.Fingerprint != alert.Fingerprint(JobOverdueRule, map[string]string{"job.name": job}) {
					t.Errorf("fingerprint %s", a.Fingerprint)
				}
				for _, s := range []string{`job "orders-export" (hourly at :41) is overdue`, "1 run(s) missed"} {
					if !strings.Contains(a.Annotations["summary"], s) {
						t.Errorf("summary %q lacks %q", a.Annotations["summary"], s)
					}
				}
				for _, s := range []string{"Schedule: hourly at :41 (learned from its runs).", "Expected a run at 2026-11-27T08:41:00Z, with a grace of", "Last success: 2026-11-27T07:4", "Typical duration: 2m"} {
					if !strings.Contains(a.Annotations["description"], s) {
						t.Errorf("description %q lacks %q", a.Annotations["description"], s)
					}
				}
				r := out[1].a
				if r.Value != 2 || !strings.Contains(r.Annotations["summary"], "ran again; 2 run(s) missed") || r.StartsAt != a.StartsAt {
					t.Errorf("resolved: value %v summary %q starts_at %v", r.Value, r.Annotations["summary"], r.StartsAt)
				}
			}},
		{name: "the job's service.name becomes a label",
			opt: &JobsOptions{Severity: alert.P1}, evs: jobEvents(job, outage, "service.name", "exporter"), end: 53 * hour,
			want: []wantJob{
				{status: alert.Firing, rule: JobOverdueRule, labels: map[string]string{"job.name": job, "service.name": "exporter"}, from: missed, to: missed + 10*time.Minute},
				{status: alert.Resolved, rule: JobOverdueRule, labels: map[string]string{"job.name": job, "service.name": "exporter"}, from: back.at + back.dur, to: back.at + back.dur},
			},
			check: func(t *testing.T, out []emitted) {
				want := map[string]string{"job.name": job, "service.name": "exporter"}
				for _, x := range out {
					if fmt.Sprint(x.a.Labels) != fmt.Sprint(want) || x.a.Severity != alert.P1 || x.a.Fingerprint != alert.Fingerprint(JobOverdueRule, want) {
						t.Errorf("labels %v severity %s", x.a.Labels, x.a.Severity)
					}
				}
			}},
		{name: "three failures in a row: failing, resolved by a success",
			opt: &JobsOptions{}, evs: jobEvents(job, failRuns), end: 53 * hour, want: failing,
			check: func(t *testing.T, out []emitted) {
				a := out[0].a
				if a.Value != 3 || a.Threshold == nil || *a.Threshold != 3 || !strings.Contains(a.Annotations["description"], "Failures in a row: 3.") {
					t.Errorf("value %v threshold %v description %q", a.Value, a.Threshold, a.Annotations["description"])
				}
			}},
		{name: "fail_after 4: three failures are not enough",
			opt: &JobsOptions{Cadence: cadenceFailAfter(4)}, evs: jobEvents(job, failRuns), end: 53 * hour},
		{name: "job.status is compared case-insensitively, in its usual spellings",
			opt: &JobsOptions{},
			evs: merge(
				jobEvents(job, spell(failRuns, []string{"STARTED", "Start", "running"}, []string{"Succeeded", "SUCCESS", "ok", "Completed", "DONE"}, []string{"FAILED", "Failure", "error"})),
				jobEvents("nightly", spell(outage, []string{"Running"}, []string{"Done", "OK"}, []string{"ERROR"})),
			),
			end: 53 * hour,
			want: append(append([]wantJob{}, failing...),
				wantJob{status: alert.Firing, rule: JobOverdueRule, labels: map[string]string{"job.name": "nightly"}, from: missed, to: missed + 10*time.Minute, by: missed + 10*time.Minute, expected: missed},
				wantJob{status: alert.Resolved, rule: JobOverdueRule, labels: map[string]string{"job.name": "nightly"}, from: back.at + back.dur, to: back.at + back.dur}),
		},
		{name: "a slow run: slow, resolved by a normal one",
			opt: &JobsOptions{}, evs: jobEvents(job, slowRuns), end: 14 * hour,
			want: []wantJob{
				{status: alert.Firing, rule: JobSlowRule, labels: map[string]string{"job.name": job}, from: slow.at + 6*time.Minute, to: slow.at + 10*time.Minute},
				{status: alert.Resolved, rule: JobSlowRule, labels: map[string]string{"job.name": job}, from: normal.at + normal.dur, to: normal.at + normal.dur},
			}},
		{name: "a declared cron is judged from the start, with no run seen",
			opt: &JobsOptions{Declared: []DeclaredJob{{Name: "ledger-close", Cron: "30 * * * *", Grace: 2 * time.Minute}}},
			end: 40 * time.Minute,
			want: []wantJob{{status: alert.Firing, rule: JobOverdueRule, labels: map[string]string{"job.name": "ledger-close"},
				from: 32 * time.Minute, to: 32 * time.Minute, by: 32 * time.Minute, expected: 30 * time.Minute}},
			check: func(t *testing.T, out []emitted) {
				if d := out[0].a.Annotations["description"]; !strings.Contains(d, `(declared)`) || !strings.Contains(d, "Last success: none seen.") {
					t.Errorf("description %q", d)
				}
			}},
		{name: "a declared cron overrides the learned schedule",
			// Daily at 16:41 Asia/Singapore = 08:41 UTC: the runs of hours
			// 48 and 49 (08:41 and 09:41 on day three) are missed, and only
			// the first was due.
			opt: &JobsOptions{Declared: []DeclaredJob{{Name: job, Cron: "41 16 * * *", TZ: "Asia/Singapore"}}},
			evs: jobEvents(job, outage), end: 53 * hour,
			want: []wantJob{
				{status: alert.Firing, rule: JobOverdueRule, labels: map[string]string{"job.name": job}, from: missed + 5*time.Minute, to: missed + 5*time.Minute, expected: missed},
				{status: alert.Resolved, rule: JobOverdueRule, labels: map[string]string{"job.name": job}, from: back.at + back.dur, to: back.at + back.dur},
			},
			check: func(t *testing.T, out []emitted) {
				if s := out[0].a.Annotations["summary"]; !strings.Contains(s, `cron "41 16 * * *" in Asia/Singapore`) {
					t.Errorf("summary %q", s)
				}
			}},
		{name: "a declared daily cron: the missed hourly runs are not due",
			opt: &JobsOptions{Declared: []DeclaredJob{{Name: job, Cron: "41 3 * * *"}}},
			evs: jobEvents(job, outage), end: 53 * hour},
		{name: "job alerts off: nothing",
			evs: merge(jobEvents(job, outage), jobEvents("billing", failRuns)), end: 53 * hour},
		{name: "a job with four runs: nothing",
			opt: &JobsOptions{}, evs: jobEvents(job, hourlyRuns(4, 41, 4, nil, nil)), end: 30 * hour},
		{name: "events without job.name or job.status, or with another status: nothing",
			opt: &JobsOptions{},
			evs: merge(
				jobEvents("", outage),
				jobEvents(job, spell(failRuns, []string{"queued"}, []string{"skipped"}, []string{"aborted"})),
			),
			end: 53 * hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := playJobs(t, tt.opt, tt.evs, tt.end)
			if len(out) != len(tt.want) {
				for _, x := range out {
					t.Logf("%s %s %v at %s: %s", x.a.Status, x.a.Rule, x.a.Labels, x.a.StartsAt.Sub(t0), x.a.Annotations["summary"])
				}
				t.Fatalf("%d alerts, want %d", len(out), len(tt.want))
			}
			for i, w := range tt.want {
				a, wm := out[i].a, out[i].wm
				at := a.StartsAt
				if a.Status == alert.Resolved {
					at = *a.EndsAt
				}
				if a.Status != w.status || a.Rule != w.rule || fmt.Sprint(a.Labels) != fmt.Sprint(w.labels) {
					t.Errorf("alert %d: %s %s %v, want %s %s %v", i, a.Status, a.Rule, a.Labels, w.status, w.rule, w.labels)
				}
				if at.Before(t0.Add(w.from)) || at.After(t0.Add(w.to)) {
					t.Errorf("alert %d (%s %s) at +%s, want within [+%s, +%s]", i, a.Status, a.Rule, at.Sub(t0), w.from, w.to)
				}
				if w.by > 0 && wm.After(t0.Add(w.by)) {
					t.Errorf("alert %d (%s %s) returned at watermark +%s, want by +%s", i, a.Status, a.Rule, wm.Sub(t0), w.by)
				}
				if w.expected > 0 && a.Annotations["expected_at"] != t0.Add(w.expected).Format(time.RFC3339) {
					t.Errorf("alert %d: expected_at %q, want %s", i, a.Annotations["expected_at"], t0.Add(w.expected).Format(time.RFC3339))
				}
				if a.Kind != alert.KindDetector || a.Annotations["summary"] == "" || a.Annotations["description"] == "" || len(a.Samples) == 0 && w.rule != JobOverdueRule {
					t.Errorf("alert %d: kind %s, annotations %v, %d samples", i, a.Kind, a.Annotations, len(a.Samples))
				}
			}
			if tt.check != nil && len(out) > 0 {
				tt.check(t, out)
			}
		})
	}
}

func TestJobAlertsCarrySamplesAndKibanaLink(t *testing.T) {
	runs := hourlyRuns(2, 41, 9, nil, func(h int) string {
		if h >= 6 {
			return "failed"
		}
		return "succeeded"
	})
	evs := jobEvents("label-batch", runs, "trace.id", "abc123")
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}, MaxSamples: 2,
		KibanaURL: func(a *alert.Alert, _ alert.LogQuery) string { return "kibana?job=" + a.Labels["job.name"] }})
	var out []alert.Alert
	for _, x := range evs {
		e.Observe(x)
	}
	out = append(out, e.Advance(t0.Add(9*time.Hour))...)
	if len(out) != 1 || out[0].Rule != JobFailingRule {
		t.Fatalf("alerts %v", out)
	}
	a := out[0]
	if len(a.Samples) != 2 || !strings.Contains(a.Samples[1], `"job.status":"failed"`) || !strings.Contains(a.Samples[0], `"job.status":"started"`) {
		t.Errorf("samples %q", a.Samples)
	}
	if len(a.TraceIDs) != 1 || a.TraceIDs[0] != "abc123" || a.KibanaURL != "kibana?job=label-batch" {
		t.Errorf("trace ids %v, kibana %q", a.TraceIDs, a.KibanaURL)
	}
}

// jobStream is a few jobs with outages, failures and slow runs over three
// days, with other events among them.
func jobStream() []*event.Event {
	fails := func(from, to int) func(int) string {
		return func(h int) string {
			if h >= from && h <= to {
				return "failed"
			}
			return "succeeded"
		}
	}
	slowRuns := hourlyRuns(13, 7, 72, map[int]bool{60: true}, nil)
	slowRuns[40].dur = 30 * time.Minute
	slowRuns[41].dur = 25 * time.Minute
	// Every 20 minutes, logging only finishes; four runs missed.
	var every20 []jobRun
	for i := 0; i < 72*3; i++ {
		if i >= 100 && i < 104 {
			continue
		}
		every20 = append(every20, jobRun{at: time.Duration(i)*20*time.Minute + 5*time.Minute, status: "succeeded", dur: 30 * time.Second})
	}
	var other []*event.Event
	for m := 0; m < 72*60; m += 7 {
		other = append(other, ev(time.Duration(m)*time.Minute, "service.name", "orders", "log.level", "error", "job.name", "not-a-run"))
	}
	return merge(
		jobEvents("orders-export", hourlyRuns(11, 41, 72, map[int]bool{48: true, 49: true, 60: true}, nil), "service.name", "exporter"),
		jobEvents("label-batch", hourlyRuns(12, 15, 72, nil, fails(30, 35))),
		jobEvents("feed-refresh", slowRuns),
		jobEvents("stock-push", every20),
		jobEvents("ledger-close", hourlyRuns(14, 50, 72, map[int]bool{20: true, 21: true, 22: true}, nil)),
		other,
	)
}

var streamJobs = &JobsOptions{Declared: []DeclaredJob{{Name: "ledger-close", Cron: "50 * * * *", Grace: 10 * time.Minute}}}

// TestJobSnapshotRestore interrupts a run at several points — some between
// events and the next Advance — snapshots the engine, restores a new one
// and continues: the alerts are those of the uninterrupted run.
func TestJobSnapshotRestore(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: errors
    severity: P2
    filter: log.level == "error"
    group_by: [service.name]
    condition: count >= 1
`)
	evs := jobStream()
	const end = 73 * 60
	opt := Options{Logger: zerolog.Nop(), Jobs: streamJobs}
	queued := func(e *Engine) int { return len(e.jobs.queue) }
	want, _ := playWithCuts(t, rs, opt, evs, end, nil, nil, queued)
	var cuts, midCuts = map[int]bool{}, map[int]bool{}
	for _, m := range []int{5, 400, 1500, 2000, 2900, 3000, 3601, 4000} {
		cuts[m] = true
	}
	// Cut also right after each job event that changed an alert, before
	// the Advance that reports the change.
	for _, a := range want {
		at := a.StartsAt
		if a.EndsAt != nil {
			at = *a.EndsAt
		}
		if strings.HasPrefix(a.Rule, "job-") {
			midCuts[int(at.Sub(t0)/time.Minute)+1] = true
		}
	}
	got, pendingCuts := playWithCuts(t, rs, opt, evs, end, cuts, midCuts, queued)
	if pendingCuts < 5 {
		t.Errorf("only %d cuts with job events not yet reported", pendingCuts)
	}
	byRule := map[string]int{}
	for _, a := range want {
		byRule[a.Rule+" "+string(a.Status)]++
	}
	t.Logf("uninterrupted: %v", byRule)
	for _, r := range []string{JobOverdueRule, JobFailingRule, JobSlowRule} {
		if byRule[r+" firing"] == 0 || byRule[r+" resolved"] == 0 {
			t.Errorf("the stream should fire and resolve %s: %v", r, byRule)
		}
	}
	checkTransitions(t, func() (out []emitted) {
		for _, a := range want {
			out = append(out, emitted{a: a})
		}
		return out
	}())
	for i := range max(len(want), len(got)) {
		var wj, gj []byte
		if i < len(want) {
			wj, _ = json.Marshal(want[i])
		}
		if i < len(got) {
			gj, _ = json.Marshal(got[i])
		}
		if !bytes.Equal(wj, gj) {
			t.Fatalf("restored run differs at alert %d of %d:\nwant %s\ngot  %s", i, len(want), wj, gj)
		}
	}
}

// TestJobWatermarkPatternsAgree feeds the same job events with the
// watermark moved after every event, every few events and once a minute,
// always 40 s behind the newest event: the job alerts are the same, samples
// included, because the watcher judges the job events in event time.
func TestJobWatermarkPatternsAgree(t *testing.T) {
	evs := jobStream()
	const lateness = 40 * time.Second
	play := func(every int) []byte {
		e := NewEngine(nil, Options{Logger: zerolog.Nop(), Jobs: streamJobs})
		var out []alert.Alert
		var newest time.Time
		e.Advance(t0)
		for i, x := range evs {
			e.Observe(x)
			newest = x.Time
			switch {
			case every > 0 && i%every == 0:
				out = append(out, e.Advance(newest.Add(-lateness))...)
			case every < 0 && x.Time.Minute() != newest.Add(-lateness).Minute():
				out = append(out, e.Advance(newest.Add(-lateness).Truncate(time.Minute))...)
			}
		}
		out = append(out, e.Advance(newest.Add(5*time.Hour))...)
		b, err := json.Marshal(out)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	want := play(1)
	if n := strings.Count(string(want), `"rule":"job-`); n < 15 {
		t.Fatalf("only %d job alerts", n)
	}
	for _, every := range []int{7, 200, -1} {
		if got := play(every); string(got) != string(want) {
			t.Errorf("watermark every %d events: alerts differ\nwant %s\ngot  %s", every, want, got)
		}
	}
}

// A late job event (older than the watermark) is judged at once; what it
// changes is reported at the next Advance, across a checkpoint too.
func TestJobLateEvents(t *testing.T) {
	play := func(cut bool) []alert.Alert {
		opt := Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}}
		e := NewEngine(nil, opt)
		e.Advance(t0.Add(10 * time.Hour))
		for h := 1; h <= 3; h++ {
			e.Observe(ev(time.Duration(h)*time.Hour, "job.name", "late-batch", "job.status", "failed"))
		}
		if cut {
			data, err := e.Snapshot()
			if err != nil {
				t.Fatal(err)
			}
			e = NewEngine(nil, opt)
			if err := e.Restore(data); err != nil {
				t.Fatal(err)
			}
		}
		return e.Advance(t0.Add(10*time.Hour + time.Minute))
	}
	want := play(false)
	if len(want) != 1 || want[0].Rule != JobFailingRule || !want[0].StartsAt.Equal(t0.Add(3*time.Hour)) {
		t.Fatalf("alerts %+v", want)
	}
	wj, _ := json.Marshal(want)
	gj, _ := json.Marshal(play(true))
	if !bytes.Equal(wj, gj) {
		t.Errorf("restored:\n got %s\nwant %s", gj, wj)
	}
}

// oldSnapEngine is the checkpoint layout from before job alerts.
type oldSnapEngine struct {
	Version   int
	Watermark time.Time
	HasWM     bool
	EvalMin   int64
	Late      uint64
	Orphans   []alert.Alert
	Rules     []snapRule
}

// A checkpoint from before job alerts (or taken with them off) restores
// into an engine with them: the jobs are learned from then on.
func TestJobRestoreOldCheckpoint(t *testing.T) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(oldSnapEngine{Version: snapshotVersion, Watermark: t0, HasWM: true, EvalMin: minuteOf(t0) - 1}); err != nil {
		t.Fatal(err)
	}
	off := NewEngine(nil, Options{Logger: zerolog.Nop()})
	off.Advance(t0)
	offData, err := off.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string][]byte{"old layout": b.Bytes(), "job alerts off": offData} {
		t.Run(name, func(t *testing.T) {
			e := NewEngine(nil, Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}})
			if err := e.Restore(data); err != nil {
				t.Fatal(err)
			}
			var out []alert.Alert
			for _, x := range jobEvents("orders-export", hourlyRuns(1, 41, 53, map[int]bool{48: true, 49: true}, nil)) {
				out = append(out, e.Advance(x.Time)...)
				e.Observe(x)
			}
			if len(out) != 2 || out[0].Rule != JobOverdueRule || out[1].Status != alert.Resolved {
				t.Fatalf("alerts after restore: %v", out)
			}
		})
	}
}

// A checkpoint with an open job alert, restored with job alerts turned
// off, resolves it at the next Advance instead of leaving it open.
func TestJobRestoreWithJobAlertsOff(t *testing.T) {
	opt := &JobsOptions{Declared: []DeclaredJob{{Name: "ledger-close", Cron: "30 * * * *", Grace: 2 * time.Minute}}}
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Jobs: opt})
	e.Advance(t0)
	if out := e.Advance(t0.Add(40 * time.Minute)); len(out) != 1 || out[0].Status != alert.Firing {
		t.Fatalf("alerts %v", out)
	}
	data, err := e.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	off := NewEngine(nil, Options{Logger: zerolog.Nop()})
	if err := off.Restore(data); err != nil {
		t.Fatal(err)
	}
	out := off.Advance(t0.Add(41 * time.Minute))
	if len(out) != 1 || out[0].Status != alert.Resolved || out[0].Rule != JobOverdueRule {
		t.Fatalf("alerts %v", out)
	}
	// Restored with the declaration dropped, the job is learned again: no
	// alert for its next slot.
	learn := NewEngine(nil, Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}})
	if err := learn.Restore(data); err != nil {
		t.Fatal(err)
	}
	if out := learn.Advance(t0.Add(3 * time.Hour)); len(out) != 0 {
		t.Fatalf("undeclared job still judged: %v", out)
	}
}

func TestJobsOptionsValidate(t *testing.T) {
	tests := []struct {
		opt  JobsOptions
		want string
	}{
		{JobsOptions{}, ""},
		{JobsOptions{Severity: "P1", Declared: []DeclaredJob{{Name: "a", Cron: "@hourly"}, {Name: "b", Cron: "0 3 * * 1-5", TZ: "Europe/Berlin", Grace: time.Minute}}}, ""},
		{JobsOptions{Severity: "P9"}, `severity "P9"`},
		{JobsOptions{Cadence: cadenceFailAfter(-1)}, "FailAfter"},
		{JobsOptions{Declared: []DeclaredJob{{Name: "a", Cron: "61 * * * *"}}}, `job "a"`},
		{JobsOptions{Declared: []DeclaredJob{{Name: "a", Cron: "@hourly", TZ: "Mars/Olympus"}}}, `time zone "Mars/Olympus"`},
		{JobsOptions{Declared: []DeclaredJob{{Name: "a", Cron: "@hourly"}, {Name: "a", Cron: "@daily"}}}, "declared twice"},
		{JobsOptions{Declared: []DeclaredJob{{Name: "", Cron: "@hourly"}}}, "empty job name"},
	}
	for _, tt := range tests {
		err := tt.opt.Validate()
		switch {
		case tt.want == "" && err != nil:
			t.Errorf("%+v: %v", tt.opt, err)
		case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
			t.Errorf("%+v: error %v, want %q", tt.opt, err, tt.want)
		}
	}
}

// BenchmarkStarterPackWithJobs is BenchmarkStarterPack with the job
// watcher on (one event in 50 is a job event; the watermark stays, so the
// job events fill the queue and then go to the detector one by one).
func BenchmarkStarterPackWithJobs(b *testing.B) {
	rs, err := LoadDir("../examples/ecommerce/rules")
	if err != nil {
		b.Fatal(err)
	}
	e := NewEngine(rs, Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}})
	evs := make([]*event.Event, 1024)
	for i := range evs {
		evs[i] = benchEvent(i)
		if i%50 == 0 {
			evs[i].Set("job.name", event.StringValue(fmt.Sprintf("job-%d", i%7)))
			evs[i].Set("job.status", event.StringValue("succeeded"))
		}
	}
	e.Advance(t0)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		e.Observe(evs[i%len(evs)])
	}
}
