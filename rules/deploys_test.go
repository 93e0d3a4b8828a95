package rules

import (
	"bytes"
	"encoding/gob"
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/racefree"
)

// traffic describes a simulated service: its lines per minute and error
// ratio at each offset from t0.
type traffic struct {
	name     string
	rate     func(at time.Duration) float64
	errRatio func(at time.Duration) float64
	version  func(at time.Duration) string
}

func constant(v float64) func(time.Duration) float64 { return func(time.Duration) float64 { return v } }

// from returns before until at, after from then on.
func from(at time.Duration, before, after float64) func(time.Duration) float64 {
	return func(t time.Duration) float64 {
		if t < at {
			return before
		}
		return after
	}
}

// stream generates a service's lines in [start, end): Poisson arrivals,
// 60 % of them HTTP calls with a status and a duration, errors carrying one
// of three codes and a trace id.
func (tr traffic) stream(seed uint64, start, end time.Duration) []*event.Event {
	rng := rand.New(rand.NewPCG(seed, 77))
	var out []*event.Event
	codes := []string{"DB_TIMEOUT", "SHOP_API_ERROR", "VALIDATION_FAILED"}
	for t := start; ; {
		rate := tr.rate(t)
		if rate <= 0 {
			t += time.Minute
			if t >= end {
				break
			}
			continue
		}
		t += time.Duration(rng.ExpFloat64() / rate * float64(time.Minute))
		if t >= end {
			break
		}
		ver := "4.1.3"
		if tr.version != nil {
			ver = tr.version(t)
		}
		kv := []any{"service.name", tr.name, "service.version", ver}
		isErr := rng.Float64() < tr.errRatio(t)
		if isErr {
			code := codes[rng.IntN(len(codes))]
			kv = append(kv, "log.level", "ERROR", "error.code", code, "message", fmt.Sprintf("order %d failed: %s", rng.IntN(100000), code),
				"trace.id", fmt.Sprintf("%016x", rng.Uint64()))
		} else {
			kv = append(kv, "log.level", "INFO", "message", "ok")
		}
		if rng.Float64() < 0.6 {
			status := 200
			if isErr && rng.IntN(2) == 0 {
				status = 502
			}
			kv = append(kv, "http.response.status_code", status, "event.duration", int(math.Round(120e6*math.Exp(0.5*rng.NormFloat64()))))
		}
		out = append(out, ev(t, kv...))
	}
	return out
}

func marker(at time.Duration, service, version string) *event.Event {
	return ev(at, "service.name", service, "service.version", version, "event.action", "deploy", "log.level", "INFO",
		"message", "deployed "+service+" "+version)
}

// playDeploys feeds events in time order to a fresh engine with no rules and
// opt's deploy watcher, moving the watermark every minute up to end.
func playDeploys(t *testing.T, opt *DeploysOptions, evs []*event.Event, end time.Duration) []emitted {
	t.Helper()
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Deploys: opt})
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

const (
	deployAt   = 3 * time.Hour
	rollbackAt = deployAt + 30*time.Minute
)

// regression is oms-core at ~30 lines/min with 2 % errors for 3 hours, a
// deploy of 4.2.0 that triples the error ratio for 30 minutes, then a
// rollback to 4.1.3, and an hour more.
func regression(seed uint64) []*event.Event {
	ver := func(t time.Duration) string {
		if t >= deployAt && t < rollbackAt {
			return "4.2.0"
		}
		return "4.1.3"
	}
	tr := traffic{name: "oms-core", rate: constant(30), version: ver, errRatio: func(t time.Duration) float64 {
		if t >= deployAt && t < rollbackAt {
			return 0.06
		}
		return 0.02
	}}
	return merge(tr.stream(seed, 0, rollbackAt+time.Hour),
		[]*event.Event{marker(5*time.Minute, "oms-core", "4.1.3"), marker(deployAt, "oms-core", "4.2.0"), marker(rollbackAt, "oms-core", "4.1.3")})
}

func deployAlerts(out []emitted) []emitted {
	var d []emitted
	for _, x := range out {
		if x.a.Rule == DeployRegressionRule {
			d = append(d, x)
		}
	}
	return d
}

func TestDeployRegression(t *testing.T) {
	out := deployAlerts(playDeploys(t, &DeploysOptions{}, regression(1), rollbackAt+time.Hour+time.Minute))
	if len(out) != 2 || out[0].a.Status != alert.Firing || out[1].a.Status != alert.Resolved {
		for _, x := range out {
			t.Log(brief(x.a), x.a.Annotations["summary"])
		}
		t.Fatalf("%d deploy alerts, want one firing then resolved", len(out))
	}
	a, r := out[0].a, out[1].a
	at := t0.Add(deployAt)
	want := map[string]string{"service.name": "oms-core", "service.version": "4.2.0"}
	if fmt.Sprint(a.Labels) != fmt.Sprint(want) || a.Kind != alert.KindDetector || a.Severity != alert.P1 || a.Fingerprint != alert.Fingerprint(DeployRegressionRule, want) {
		t.Errorf("alert %+v", a)
	}
	if a.StartsAt.Before(at.Add(10*time.Minute)) || a.StartsAt.After(at.Add(15*time.Minute)) {
		t.Errorf("fired at %s, want 10–15 minutes after the deploy at %s", a.StartsAt, at)
	}
	if !out[0].wm.Equal(a.StartsAt) {
		t.Errorf("reported at watermark %s, fired at %s", out[0].wm, a.StartsAt)
	}
	sum := a.Annotations["summary"]
	if !strings.HasPrefix(sum, "oms-core 4.2.0: error ratio 1.9% → 6.9% (×3.6)") || !strings.Contains(sum, "since the deploy at 11:00 UTC") || !strings.Contains(sum, "(×") {
		t.Errorf("summary %q", sum)
	}
	desc := a.Annotations["description"]
	for _, s := range []string{"| error_ratio |", "**degraded**", "2 h before", "replacing 4.1.3"} {
		if !strings.Contains(desc, s) {
			t.Errorf("description lacks %q:\n%s", s, desc)
		}
	}
	if a.Annotations["previous_version"] != "4.1.3" || a.Annotations["deployed_at"] != "2026-11-25T11:00:00Z" ||
		!strings.Contains(a.Annotations["degraded_signals"], "error_ratio") {
		t.Errorf("annotations %v", a.Annotations)
	}
	if a.Value < 0.045 || a.Baseline == nil || *a.Baseline < 0.015 || *a.Baseline > 0.025 {
		t.Errorf("value %v baseline %v", a.Value, a.Baseline)
	}
	if len(a.Samples) == 0 || len(a.TraceIDs) == 0 || !strings.Contains(a.Samples[0], `"ERROR"`) {
		t.Errorf("samples %v traces %v", a.Samples, a.TraceIDs)
	}
	if r.EndsAt == nil || !r.EndsAt.Equal(t0.Add(rollbackAt)) || r.Fingerprint != a.Fingerprint {
		t.Errorf("resolved %+v, want at the rollback %s", r, t0.Add(rollbackAt))
	}
	if s := r.Annotations["summary"]; !strings.HasPrefix(s, "oms-core 4.2.0: rolled back to 4.1.3 at 11:30 UTC (was: error ratio") {
		t.Errorf("resolved summary %q", s)
	}
	t.Logf("%s\n%s", sum, desc)
}

// Over several random streams, the regression is caught (within 15
// minutes in most), and resolved at the rollback.
func TestDeployRegressionSeeds(t *testing.T) {
	var ttd []time.Duration
	for seed := uint64(1); seed <= 10; seed++ {
		out := deployAlerts(playDeploys(t, &DeploysOptions{}, regression(seed), rollbackAt+time.Hour+time.Minute))
		if len(out) != 2 || out[1].a.EndsAt == nil || !out[1].a.EndsAt.Equal(t0.Add(rollbackAt)) {
			t.Errorf("seed %d: %d alerts", seed, len(out))
			continue
		}
		ttd = append(ttd, out[0].a.StartsAt.Sub(t0.Add(deployAt)))
	}
	within := 0
	for _, d := range ttd {
		if d <= 15*time.Minute {
			within++
		}
	}
	t.Logf("time to detect: %v", ttd)
	if within < 8 {
		t.Errorf("caught within 15 minutes in %d of 10 streams", within)
	}
}

func TestDeployQuiet(t *testing.T) {
	racefree.Only(t)
	oms := func(rate, after func(time.Duration) float64) traffic {
		return traffic{name: "oms-core", rate: rate, errRatio: after}
	}
	cases := map[string]struct {
		tr   traffic
		opt  *DeploysOptions
		seed uint64
	}{
		// The same service, the deploy changes nothing.
		"benign deploy": {tr: oms(constant(30), constant(0.02))},
		// 1 line a minute: the error ratio triples, but too few lines to tell.
		"low traffic": {tr: oms(constant(1), from(deployAt, 0.02, 0.06))},
		// The deploy brings three times the traffic, at the same ratios.
		"traffic surge": {tr: oms(from(deployAt, 30, 90), constant(0.02))},
		// A regression, with the watcher off.
		"watcher off": {tr: oms(constant(30), from(deployAt, 0.02, 0.06))},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			opt := &DeploysOptions{}
			if name == "watcher off" {
				opt = nil
			}
			for seed := uint64(1); seed <= 10; seed++ {
				evs := merge(c.tr.stream(seed, 0, deployAt+2*time.Hour), []*event.Event{marker(deployAt, "oms-core", "4.2.0")})
				if out := deployAlerts(playDeploys(t, opt, evs, deployAt+2*time.Hour)); len(out) > 0 {
					t.Errorf("seed %d: %s %s", seed, brief(out[0].a), out[0].a.Annotations["summary"])
				}
			}
		})
	}
}

// Benign deploys on services of 10 to 300 lines a minute with 0.5–5 %
// errors: at most one false alert in all of them. (Over 1,200 benign
// deploys of 30 and 100 lines a minute the watcher raised one.)
func TestDeployBenignDeploys(t *testing.T) {
	racefree.Only(t)
	if testing.Short() {
		t.Skip("simulation")
	}
	n, alerts := 0, 0
	for _, rate := range []float64{10, 30, 100, 300} {
		for _, ratio := range []float64{0.005, 0.02, 0.05} {
			for seed := uint64(500); seed < 503; seed++ {
				tr := traffic{name: "svc", rate: constant(rate), errRatio: constant(ratio)}
				evs := merge(tr.stream(seed, 0, deployAt+65*time.Minute), []*event.Event{marker(deployAt, "svc", "2.0.0")})
				n++
				for _, x := range deployAlerts(playDeploys(t, &DeploysOptions{}, evs, deployAt+65*time.Minute)) {
					if x.a.Status == alert.Firing {
						alerts++
						t.Logf("%.0f lines/min, %.1f %% errors, seed %d: %s", rate, 100*ratio, seed, x.a.Annotations["summary"])
					}
				}
			}
		}
	}
	t.Logf("%d benign deploys, %d false alerts", n, alerts)
	if alerts > 1 {
		t.Errorf("%d false alerts in %d benign deploys", alerts, n)
	}
}

// A service whose errors triple every day from 09:00 to 10:00 (a batch)
// is deployed at 09:00. Against the 2 hours before, the batch's errors
// look like a regression; the same hours a day earlier show they are not.
// Without a day of history, the deploy is blamed.
func TestDeployDayEarlierBaseline(t *testing.T) {
	batch := func(t time.Duration) float64 {
		if h := (t / time.Hour) % 24; h == 1 {
			return 0.06
		}
		return 0.02
	}
	tr := traffic{name: "night-batch", rate: constant(30), errRatio: batch}
	at := 25 * time.Hour
	for _, c := range []struct {
		history time.Duration // the stream starts at at − history
		alerts  int
	}{{at, 0}, {5 * time.Hour, 2}} {
		evs := merge(tr.stream(3, at-c.history, at+time.Hour+10*time.Minute), []*event.Event{marker(at, "night-batch", "2.0.0")})
		out := deployAlerts(playDeploys(t, &DeploysOptions{}, evs, at+time.Hour+10*time.Minute))
		if len(out) != c.alerts {
			t.Errorf("history %s: %d alerts, want %d", c.history, len(out), c.alerts)
		}
		for _, x := range out {
			t.Logf("history %s: %s %s", c.history, brief(x.a), x.a.Annotations["summary"])
		}
		if len(out) == 2 && !strings.Contains(out[1].a.Annotations["summary"], "watch ended 1h after the deploy") &&
			!strings.Contains(out[1].a.Annotations["summary"], "healthy again") {
			t.Errorf("resolved %q", out[1].a.Annotations["summary"])
		}
	}
}

// Markers: another replica's marker of the version being watched changes
// nothing; a marker without a version opens no watch and is not traffic;
// the watch ends after Watch, resolving its alert; and a marker of a new
// version replaces the watch.
func TestDeployMarkers(t *testing.T) {
	tr := traffic{name: "oms-core", rate: constant(30), errRatio: from(deployAt, 0.02, 0.08)}
	base := tr.stream(5, 0, deployAt+2*time.Hour)
	evs := merge(base, []*event.Event{
		marker(deployAt, "oms-core", "4.2.0"),
		marker(deployAt+7*time.Minute, "oms-core", "4.2.0"),
		ev(deployAt+8*time.Minute, "service.name", "oms-core", "event.action", "deploy"),
	})
	opt := &DeploysOptions{Watch: 30 * time.Minute, MinAfter: 10 * time.Minute}
	out := deployAlerts(playDeploys(t, opt, evs, deployAt+2*time.Hour))
	if len(out) != 2 || !out[0].a.StartsAt.Equal(t0.Add(deployAt+10*time.Minute)) || !out[1].a.EndsAt.Equal(t0.Add(deployAt+30*time.Minute)) {
		for _, x := range out {
			t.Log(brief(x.a))
		}
		t.Fatalf("want one alert at the first check, resolved when the 30-minute watch ends")
	}
	if s := out[1].a.Annotations["summary"]; !strings.Contains(s, "the watch ended 30m after the deploy") {
		t.Errorf("resolved summary %q", s)
	}
	// A fix (4.2.1) replaces the watch: the alert resolves at its marker,
	// and the fix's own watch (against a baseline with the bad period)
	// says nothing.
	fixed := merge(traffic{name: "oms-core", rate: constant(30), errRatio: func(t time.Duration) float64 {
		if t >= deployAt && t < deployAt+20*time.Minute {
			return 0.08
		}
		return 0.02
	}}.stream(5, 0, deployAt+2*time.Hour), []*event.Event{marker(deployAt, "oms-core", "4.2.0"), marker(deployAt+20*time.Minute, "oms-core", "4.2.1")})
	out = deployAlerts(playDeploys(t, &DeploysOptions{}, fixed, deployAt+2*time.Hour))
	if len(out) != 2 || !out[1].a.EndsAt.Equal(t0.Add(deployAt+20*time.Minute)) || !strings.Contains(out[1].a.Annotations["summary"], "replaced by 4.2.1 at 11:20 UTC") {
		for _, x := range out {
			t.Log(brief(x.a), x.a.Annotations["summary"])
		}
		t.Fatal("want the alert resolved by the fix")
	}
}

// Options: severity, and a longer min_after delays the first comparison.
func TestDeployOptions(t *testing.T) {
	evs := regression(1)
	out := deployAlerts(playDeploys(t, &DeploysOptions{Severity: "P0", MinAfter: 20 * time.Minute}, evs, rollbackAt+time.Hour))
	if len(out) != 2 || out[0].a.Severity != alert.P0 || out[0].a.StartsAt.Before(t0.Add(deployAt+20*time.Minute)) {
		t.Fatalf("alerts %v", out)
	}
}

func TestDeploysOptionsValidate(t *testing.T) {
	tests := []struct {
		opt  DeploysOptions
		want string
	}{
		{DeploysOptions{}, ""},
		{DeploysOptions{Severity: "P2", Watch: 2 * time.Hour, MinAfter: 15 * time.Minute, MaxServices: 10}, ""},
		{DeploysOptions{Severity: "P7"}, `severity "P7"`},
		{DeploysOptions{Watch: 7 * time.Hour}, "longer than 6h"},
		{DeploysOptions{Watch: 5 * time.Minute}, "longer than the watch"},
		{DeploysOptions{MinAfter: time.Second}, "shorter than 1m"},
		{DeploysOptions{Watch: -time.Minute}, "negative"},
		{DeploysOptions{MaxServices: -1}, "negative"},
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

// deployStream is three services over 30 hours: oms-core deployed twice
// (a regression rolled back, then a benign deploy), stock-bridge once
// (benign), and a quiet service; with job events and rule matches among
// them.
func deployStream() []*event.Event {
	day := 24 * time.Hour
	oms := traffic{name: "oms-core", rate: constant(30), errRatio: func(t time.Duration) float64 {
		if t >= day+deployAt && t < day+rollbackAt {
			return 0.07
		}
		return 0.02
	}}
	stock := traffic{name: "stock-bridge", rate: constant(50), errRatio: constant(0.01)}
	quiet := traffic{name: "quiet", rate: constant(0.5), errRatio: constant(0.05)}
	end := day + 6*time.Hour
	return merge(oms.stream(21, 0, end), stock.stream(22, 0, end), quiet.stream(23, 0, end),
		jobEvents("label-batch", hourlyRuns(12, 15, 30, nil, nil)),
		[]*event.Event{
			marker(day+deployAt, "oms-core", "4.2.0"), marker(day+rollbackAt, "oms-core", "4.1.3"),
			marker(day+4*time.Hour, "stock-bridge", "2.9.0"), marker(day+5*time.Hour, "oms-core", "4.2.1"),
			marker(day+5*time.Hour+2*time.Minute, "quiet", "1.0.1"),
		})
}

// TestDeploySnapshotRestore interrupts a run at several points — in the
// middle of a watch, between events and the Advance that judges them —
// snapshots the engine, restores a new one and continues: the alerts are
// those of the uninterrupted run.
func TestDeploySnapshotRestore(t *testing.T) {
	racefree.Only(t)
	rs := mustRules(t, `
rules:
  - name: errors
    severity: P2
    filter: log.level == "ERROR"
    group_by: [service.name]
    condition: count >= 5
`)
	evs := deployStream()
	end := int((30*time.Hour + time.Minute) / time.Minute)
	opt := Options{Logger: zerolog.Nop(), Jobs: &JobsOptions{}, Deploys: &DeploysOptions{}}
	queued := func(e *Engine) int { return len(e.deploys.queue) }
	want, _ := playWithCuts(t, rs, opt, evs, end, nil, nil, queued)
	n := 0
	for _, a := range want {
		if a.Rule == DeployRegressionRule {
			n++
		}
	}
	if n != 2 {
		t.Fatalf("the stream should fire and resolve one deploy-regression, got %d transitions", n)
	}
	cuts, midCuts := map[int]bool{}, map[int]bool{}
	for _, m := range []int{7, 300, 1500, 1621, 1630, 1651, 1700, 1745} {
		cuts[m] = true
	}
	for _, m := range []int{1, 180, 1620, 1625, 1626, 1650, 1651, 1681, 1740, 1802} {
		midCuts[m] = true
	}
	got, pendingCuts := playWithCuts(t, rs, opt, evs, end, cuts, midCuts, queued)
	if pendingCuts < 5 {
		t.Errorf("only %d cuts with events not yet fed", pendingCuts)
	}
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

// TestDeployWatermarkPatternsAgree feeds the same stream with the
// watermark moved after every event, every few events and once a minute,
// always 40 s behind the newest event: the deploy alerts are the same,
// samples included.
func TestDeployWatermarkPatternsAgree(t *testing.T) {
	evs := regression(2)
	const lateness = 40 * time.Second
	play := func(every int) []byte {
		e := NewEngine(nil, Options{Logger: zerolog.Nop(), Deploys: &DeploysOptions{}})
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
	if n := strings.Count(string(want), `"rule":"deploy-regression"`); n != 2 {
		t.Fatalf("%d deploy alerts", n)
	}
	for _, every := range []int{13, 500, -1} {
		if got := play(every); string(got) != string(want) {
			t.Errorf("watermark every %d events: alerts differ\nwant %s\ngot  %s", every, want, got)
		}
	}
}

// A checkpoint from before deploy alerts (or taken with them off)
// restores into an engine with them; one with an open deploy alert,
// restored with them off, resolves it.
func TestDeployRestoreOldCheckpointAndOff(t *testing.T) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(oldSnapEngine{Version: snapshotVersion, Watermark: t0, HasWM: true, EvalMin: minuteOf(t0) - 1}); err != nil {
		t.Fatal(err)
	}
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Deploys: &DeploysOptions{}})
	if err := e.Restore(b.Bytes()); err != nil {
		t.Fatal(err)
	}
	evs := regression(1)
	var firing alert.Alert
	var data []byte
	for m := time.Duration(0); m <= rollbackAt-5*time.Minute; m += time.Minute {
		for len(evs) > 0 && evs[0].Time.Before(t0.Add(m)) {
			e.Observe(evs[0])
			evs = evs[1:]
		}
		for _, a := range e.Advance(t0.Add(m)) {
			firing = a
		}
	}
	if firing.Status != alert.Firing || firing.Rule != DeployRegressionRule {
		t.Fatalf("no deploy alert after an old checkpoint: %+v", firing)
	}
	data, err := e.Snapshot()
	if err != nil {
		t.Fatal(err)
	}
	off := NewEngine(nil, Options{Logger: zerolog.Nop()})
	if err := off.Restore(data); err != nil {
		t.Fatal(err)
	}
	out := off.Advance(t0.Add(rollbackAt))
	if len(out) != 1 || out[0].Status != alert.Resolved || out[0].Fingerprint != firing.Fingerprint {
		t.Fatalf("alerts %v", out)
	}
}

// The service cap: events of services beyond it are not watched, until a
// service falls silent for a day and frees its place.
func TestDeployServiceCap(t *testing.T) {
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Deploys: &DeploysOptions{MaxServices: 2}})
	for i, name := range []string{"a", "b", "c"} {
		e.Observe(ev(time.Duration(i)*time.Minute, "service.name", name, "log.level", "info"))
	}
	e.Advance(t0.Add(5 * time.Minute))
	if n := len(e.deploys.services); n != 2 || e.deploys.dropped != 1 {
		t.Fatalf("%d services, %d dropped", n, e.deploys.dropped)
	}
	e.Observe(ev(27*time.Hour, "service.name", "c", "log.level", "info"))
	e.Advance(t0.Add(28 * time.Hour))
	if _, ok := e.deploys.services["c"]; !ok || len(e.deploys.services) > 2 {
		t.Fatalf("services %v", e.deploys.services)
	}
}

// A service's history stays bounded: after 30 hours it holds about 20
// ten-minute and 24 hourly windows. The test logs what a service costs
// (heap and checkpoint) at 30 and 300 lines a minute.
func TestDeployHistoryBounded(t *testing.T) {
	racefree.Only(t)
	for _, rate := range []float64{30, 300} {
		tr := traffic{name: "oms-core", rate: constant(rate), errRatio: constant(0.02)}
		runtime.GC()
		var before, with, after runtime.MemStats
		runtime.ReadMemStats(&before)
		e := NewEngine(nil, Options{Logger: zerolog.Nop(), Deploys: &DeploysOptions{}})
		for h := time.Duration(0); h < 30*time.Hour; h += time.Hour {
			evs := tr.stream(uint64(h), h, h+time.Hour)
			for m := h; m < h+time.Hour; m += time.Minute {
				for len(evs) > 0 && evs[0].Time.Before(t0.Add(m)) {
					e.Observe(evs[0])
					evs = evs[1:]
				}
				e.Advance(t0.Add(m))
			}
		}
		e.Advance(t0.Add(30 * time.Hour))
		runtime.GC()
		runtime.ReadMemStats(&with)
		s := e.deploys.services["oms-core"]
		if s == nil || len(s.tens) > 21 || len(s.hours) > 26 {
			t.Fatalf("history of %d ten-minute and %d hourly windows", len(s.tens), len(s.hours))
		}
		tens, hours := len(s.tens), len(s.hours)
		data, err := e.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		e = nil
		runtime.GC()
		runtime.ReadMemStats(&after)
		t.Logf("one service at %.0f lines/min: %d ten-minute + %d hourly windows, %d KB of heap, %d KB in a checkpoint",
			rate, tens, hours, (int64(with.HeapAlloc)-int64(after.HeapAlloc))/1024, len(data)/1024)
	}
}

func BenchmarkDeployObserve(b *testing.B) {
	tr := traffic{name: "oms-core", rate: constant(3000), errRatio: constant(0.02)}
	evs := tr.stream(1, 0, 10*time.Minute)
	e := NewEngine(nil, Options{Logger: zerolog.Nop(), Deploys: &DeploysOptions{}})
	b.ReportAllocs()
	b.ResetTimer()
	var base time.Duration
	for i := 0; i < b.N; i++ {
		x := evs[i%len(evs)]
		if i > 0 && i%len(evs) == 0 {
			base += 10 * time.Minute
		}
		y := *x
		y.Time = x.Time.Add(base)
		e.Observe(&y)
		if i%100 == 0 {
			e.Advance(y.Time.Add(-30 * time.Second))
		}
	}
}
