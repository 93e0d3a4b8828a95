package deploy

import (
	"encoding/json"
	"fmt"
	"math"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/internal/racefree"
)

func mustVerdict(t *testing.T, r Report, want Verdict, signal string) {
	t.Helper()
	if r.Verdict != want {
		t.Fatalf("verdict %s (%s), want %s\n%s", r.Verdict, r.Reason, want, r.Markdown())
	}
	if signal != "" && !slices.Contains(r.Degraded(), signal) {
		t.Fatalf("degraded signals %v, want %s among them\n%s", r.Degraded(), signal, r.Markdown())
	}
	if signal != "" && !strings.Contains(r.Reason, signal) {
		t.Errorf("reason %q does not name %s", r.Reason, signal)
	}
}

func TestScenarios(t *testing.T) {
	base := checkout()
	with := func(f func(*svc)) svc {
		s := base
		f(&s)
		return s
	}
	quiet := with(func(s *svc) { s.rate = 0.3 })
	for _, c := range []struct {
		name   string
		sc     scenario
		want   Verdict
		signal string
	}{
		{"regression: error ratio ×3 at 2 %", scenario{seed: 1, before: base, after: with(func(s *svc) { s.errRatio *= 3 })}, Degraded, SignalErrorRatio},
		{"benign deploy", scenario{seed: 1, before: base, after: base}, Healthy, ""},
		{"latency p95 ×2", scenario{seed: 1, before: base, after: with(func(s *svc) { s.latMedMs *= 2 })}, Degraded, SignalLatencyP95},
		{"5xx ratio 0.5 % → 10 %", scenario{seed: 1, before: base, after: with(func(s *svc) { s.r5xx = 0.1 })}, Degraded, Signal5xxRatio},
		{"sync delay ×3", scenario{seed: 1, before: base, after: with(func(s *svc) { s.delayMed *= 3 })}, Degraded, SignalDelayP95},
		{"new error code ×20", scenario{seed: 1, before: base, after: base, extra: func(g *gen, a *Window) {
			g.inject(a, 20, "PAYMENT_GATEWAY_TIMEOUT", "warn", a.Start().Add(2*time.Minute), a.End())
		}}, Degraded, SignalNewCodes},
		{"one new error line", scenario{seed: 1, before: base, after: base, extra: func(g *gen, a *Window) {
			g.inject(a, 1, "PAYMENT_GATEWAY_TIMEOUT", "error", a.Start().Add(2*time.Minute), a.End())
		}}, Healthy, ""},
		{"low traffic: 3 events", scenario{seed: 1, before: quiet, after: with(func(s *svc) { s.rate = 0 }), extra: func(g *gen, a *Window) {
			g.inject(a, 3, "DB_TIMEOUT", "info", a.Start(), a.End())
		}}, Inconclusive, ""},
		{"no events after", scenario{seed: 1, before: base, after: with(func(s *svc) { s.rate = 0 })}, Inconclusive, ""},
		{"no events at all", scenario{seed: 1, noBaselines: true, after: with(func(s *svc) { s.rate = 0 })}, Inconclusive, ""},
		{"no baseline", scenario{seed: 1, noBaselines: true, after: base}, Inconclusive, ""},
		{"traffic surge ×3", scenario{seed: 1, before: base, after: with(func(s *svc) { s.rate *= 3 })}, Healthy, ""},
		{"traffic collapse to 10 %", scenario{seed: 1, before: base, after: with(func(s *svc) { s.rate *= 0.1 })}, Degraded, SignalEventRate},
		{"bursty errors, benign", scenario{seed: 3, before: with(func(s *svc) { s.burst = 3 }), after: with(func(s *svc) { s.burst = 3 })}, Healthy, ""},
		{"power: error ratio ×3 at 0.4 %", scenario{seed: 1, before: with(func(s *svc) { s.errRatio = 0.004 }), after: with(func(s *svc) { s.errRatio = 0.012 })}, Inconclusive, ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			mustVerdict(t, c.sc.run(), c.want, c.signal)
		})
	}
}

func TestNewCodeReport(t *testing.T) {
	sc := scenario{seed: 1, before: checkout(), after: checkout(), extra: func(g *gen, a *Window) {
		g.inject(a, 20, "PAYMENT_GATEWAY_TIMEOUT", "warn", a.Start().Add(2*time.Minute), a.End())
	}}
	r := sc.run()
	if len(r.NewCodes) != 1 {
		t.Fatalf("new codes %+v", r.NewCodes)
	}
	nc := r.NewCodes[0]
	wantFirst := t0.Add(2*time.Minute + 8*time.Minute/40)
	if nc.Code != "PAYMENT_GATEWAY_TIMEOUT" || nc.Count != 20 || !nc.FirstSeen.Equal(wantFirst) || len(nc.TraceIDs) != 3 || !nc.Degrading {
		t.Errorf("new code %+v, want 20 since %s with 3 traces", nc, wantFirst)
	}
	if nc.Message != "gateway <q> timed out after <n> ms" {
		t.Errorf("message %q", nc.Message)
	}
	if len(r.NewMessages) != 1 || r.NewMessages[0].Count != 20 {
		t.Errorf("new messages %+v", r.NewMessages)
	}
	// Error ratio is untouched: the new code came on warn lines.
	if s := r.Signal(SignalErrorRatio); s.Verdict != Healthy {
		t.Errorf("error_ratio %s", s.Verdict)
	}
}

// TestNewCodeBurst: one failure logged four times with one trace id is one
// new error, not four.
func TestNewCodeBurst(t *testing.T) {
	sc := scenario{seed: 1, before: checkout(), after: checkout(), extra: func(g *gen, a *Window) {
		g.traces[0] = "4bf92f3577b34da6a3ce929d0e0e4736"
		for i := range 4 {
			g.traces[i] = g.traces[0]
		}
		g.inject(a, 4, "PAYMENT_GATEWAY_TIMEOUT", "error", a.Start().Add(5*time.Minute), a.Start().Add(5*time.Minute+time.Second))
	}}
	r := sc.run()
	mustVerdict(t, r, Healthy, "")
	if len(r.NewCodes) != 1 || r.NewCodes[0].Count != 4 || r.NewCodes[0].PValue < 0.01 {
		t.Errorf("new codes %+v", r.NewCodes)
	}
}

// TestDailyRhythm: errors that come back every day at this hour (a nightly
// batch) are in yesterday's baseline, so they are not blamed on the deploy;
// with only the 2 hours before as baseline they are.
func TestDailyRhythm(t *testing.T) {
	calm := checkout()
	calm.errRatio = 0.01
	batch := calm
	batch.errRatio = 0.05
	sc := scenario{seed: 5, before: calm, after: batch, dayBefore: &batch}
	r := sc.run()
	mustVerdict(t, r, Healthy, "")
	if s := r.Signal(SignalErrorRatio); s.Baseline != "1 day before" {
		t.Errorf("error_ratio judged against %q, want the day before", s.Baseline)
	}
	sc.dayBefore = nil
	mustVerdict(t, sc.run(), Degraded, SignalErrorRatio)
}

// TestPower measures, for a 30 lines/min service and a 10-minute window
// after a 2-hour baseline, how deploys are judged at several baseline
// error ratios: unchanged (×1) and with a ×3 error regression.
func TestPower(t *testing.T) {
	racefree.Only(t)
	n := 200
	if testing.Short() {
		n = 40
	}
	pct := func(k int) float64 { return 100 * float64(k) / float64(n) }
	var lines []string
	for _, ratio := range []float64{0.004, 0.01, 0.02, 0.05} {
		for _, factor := range []float64{1, 3} {
			m := map[Verdict]int{}
			for seed := range n {
				s := checkout()
				s.errRatio = ratio
				after := s
				after.errRatio = factor * ratio
				m[scenario{seed: uint64(seed) + 7000, before: s, after: after}.run().Verdict]++
			}
			lines = append(lines, fmt.Sprintf("baseline %.1f %% ×%.0f: degraded %5.1f %%, inconclusive %5.1f %%, healthy %5.1f %%",
				100*ratio, factor, pct(m[Degraded]), pct(m[Inconclusive]), pct(m[Healthy])))
			switch {
			case factor == 1 && m[Degraded]*100 > n:
				t.Errorf("%.1f %% unchanged: %d of %d degraded", 100*ratio, m[Degraded], n)
			case factor == 3 && ratio == 0.004 && m[Degraded]*5 > n:
				t.Errorf("0.4 %% ×3: %d of %d degraded: more power than expected", m[Degraded], n)
			case factor == 3 && ratio == 0.02 && (m[Degraded]*2 < n || m[Healthy]*10 > n):
				t.Errorf("2 %% ×3: %d of %d degraded, %d healthy", m[Degraded], n, m[Healthy])
			case factor == 3 && ratio == 0.05 && m[Degraded]*100 < 95*n:
				t.Errorf("5 %% ×3: only %d of %d degraded", m[Degraded], n)
			}
		}
	}
	t.Log("error ratio ×1 and ×3, 30 lines/min, 10 min after, 2 h before:\n" + strings.Join(lines, "\n"))
}

func TestWindowRangeAndMarkers(t *testing.T) {
	g := newGen(1)
	w := NewWindow(t0, t0.Add(10*time.Minute))
	ev := &g.ev
	for _, c := range []struct {
		at     time.Duration
		action string
	}{{-time.Second, ""}, {0, ""}, {5 * time.Minute, "deploy"}, {10*time.Minute - 1, ""}, {10 * time.Minute, ""}} {
		ev.Time = t0.Add(c.at)
		ev.Fields = append(ev.Fields[:0], str("log.level", "INFO"), str("service.version", "2.0.0"), str("event.action", c.action))
		w.Add(ev)
	}
	s := w.Summary()
	if s.Events != 2 || s.Skipped != 2 || s.Markers != 1 || s.Version != "2.0.0" {
		t.Errorf("summary %+v", s)
	}
}

func TestErrorLevels(t *testing.T) {
	for l, want := range map[string]bool{
		"error": true, "ERROR": true, "Err": true, "fatal": true, "CRITICAL": true, "crit": true, "panic": true,
		"emergency": true, "alert": true, "severe": true,
		"warn": false, "warning": false, "info": false, "": false, "errors": false, "debug": false, "criticality": false,
	} {
		if got := isErrorLevel(l); got != want {
			t.Errorf("isErrorLevel(%q) = %v", l, got)
		}
	}
}

// TestMerge: per-minute partial windows summed into one give the same
// report as one window fed directly.
func TestMerge(t *testing.T) {
	s := checkout()
	s.burst = 1
	direct := NewWindow(t0, t0.Add(10*time.Minute))
	newGen(9).feed(direct, &s, direct.Start(), direct.End())

	merged := NewWindow(t0, t0.Add(10*time.Minute))
	g := newGen(9)
	// The same events, minute by minute.
	parts := make([]*Window, 10)
	for i := range parts {
		parts[i] = NewWindow(t0.Add(time.Duration(i)*time.Minute), t0.Add(time.Duration(i+1)*time.Minute))
	}
	g.feed(&fanout{parts: parts}, &s, t0, t0.Add(10*time.Minute))
	for _, p := range parts {
		if err := merged.Merge(p); err != nil {
			t.Fatal(err)
		}
	}
	if direct.Summary() != merged.Summary() {
		t.Errorf("summaries differ:\n%+v\n%+v", direct.Summary(), merged.Summary())
	}
	if !slices.Equal(direct.bins, merged.bins) {
		t.Error("bins differ")
	}
	q1, _ := direct.LatencyQuantile(0.95)
	q2, _ := merged.LatencyQuantile(0.95)
	if q1 != q2 {
		t.Errorf("p95 %v vs %v", q1, q2)
	}
	bases := func() []*Window {
		b := NewWindow(t0.Add(-2*time.Hour), t0)
		newGen(10).feed(b, &s, b.Start(), b.End())
		return []*Window{b}
	}
	r1, r2 := Compare(direct, bases(), Options{}), Compare(merged, bases(), Options{})
	j1, _ := json.Marshal(r1)
	j2, _ := json.Marshal(r2)
	if string(j1) != string(j2) {
		t.Errorf("reports differ:\n%s\n%s", j1, j2)
	}
	if err := parts[0].Merge(direct); err == nil {
		t.Error("merging a wider window into a narrower one succeeded")
	}
}

// fanout sends each event to the window of its minute.
type fanout struct{ parts []*Window }

func (f *fanout) Add(ev *eventT) {
	for _, p := range f.parts {
		if !ev.Time.Before(p.Start()) && ev.Time.Before(p.End()) {
			p.Add(ev)
		}
	}
}

func TestReportJSON(t *testing.T) {
	for _, sc := range []scenario{
		{seed: 1, before: checkout(), after: checkout()},
		{seed: 1, noBaselines: true, after: svc{}},
		{seed: 1, before: checkout(), after: svc{}},
	} {
		r := sc.run()
		b, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		var back Report
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if back.Verdict != r.Verdict || len(back.Signals) != len(r.Signals) || back.Markdown() != r.Markdown() {
			t.Errorf("round trip changed the report:\n%s", b)
		}
		for _, s := range r.Signals {
			for _, v := range []float64{s.Before, s.After, s.Change, s.Factor, s.PValue, s.Power} {
				if math.IsNaN(v) || math.IsInf(v, 0) {
					t.Errorf("%s has a non-finite value: %+v", s.Name, s)
				}
			}
		}
		for _, key := range []string{`"verdict":`, `"signals":[`, `"new_codes":[`, `"baselines":[`} {
			if !strings.Contains(string(b), key) {
				t.Errorf("JSON lacks %s: %s", key, b)
			}
		}
	}
}

func TestExitCodes(t *testing.T) {
	if Healthy.ExitCode() != 0 || Degraded.ExitCode() != 1 || Inconclusive.ExitCode() != 2 {
		t.Error("exit codes")
	}
}

func TestOptionsDefaults(t *testing.T) {
	if got := (Options{}).withDefaults(); !reflectEqual(got, DefaultOptions()) {
		t.Errorf("zero options give %+v", got)
	}
	o := Options{Alpha: 0.01, RequirePower: []string{}}.withDefaults()
	if o.Alpha != 0.01 || o.RequirePower == nil || len(o.RequirePower) != 0 || o.MinEvents != 100 {
		t.Errorf("explicit options lost: %+v", o)
	}
}

func reflectEqual(a, b Options) bool {
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) == string(jb)
}

// TestCompareConcurrent: Compare only reads its windows, so comparisons
// may share baselines across goroutines; and deploys drawn and judged on
// several goroutines at once, as the simulations (sim_test.go, run without
// the race detector) do, judge as each does alone.
func TestCompareConcurrent(t *testing.T) {
	a, bases := scenario{seed: 2, before: checkout(), after: checkout()}.windows()
	want, _ := json.Marshal(Compare(a, bases, Options{}))
	done := make(chan string)
	for range 4 {
		go func() {
			got, _ := json.Marshal(Compare(a, bases, Options{}))
			done <- string(got)
		}()
	}
	for range 4 {
		if got := <-done; got != string(want) {
			t.Error("concurrent comparisons differ")
		}
	}

	// simulate's own path under the detector: its workers, each deploy's
	// baselines shared by two after-windows. Deploys 9 to 11 are services
	// of 34 to 72 lines/min, one with a day-earlier baseline: quick under
	// -race.
	const from, n = 9, 3
	regs := []regression{benign, errorsX3}
	outs := simulateFrom(from, n, regs...)
	for k, reg := range regs {
		for j := range n {
			sc := randomDeploy(from+j, reg)
			r := sc.run()
			alone := outcome{verdict: r.Verdict, reason: r.Reason, degraded: r.Degraded(), rate: sc.before.rate, before: sc.before.errRatio}
			if !reflect.DeepEqual(outs[k][j], alone) {
				t.Errorf("deploy %d, %s: simulated %+v, alone %+v", from+j, reg, outs[k][j], alone)
			}
		}
	}
}

// TestDegenerateWindows: odd inputs give a report that encodes, never a
// panic or a NaN.
func TestDegenerateWindows(t *testing.T) {
	g := newGen(3)
	one := func(level string, status, dur float64) *Window {
		w := NewWindow(t0, t0.Add(time.Minute))
		g.ev.Time = t0
		g.ev.Fields = append(g.ev.Fields[:0], str("log.level", level), num("http.response.status_code", status), num("event.duration", dur))
		w.Add(&g.ev)
		return w
	}
	allErrors := NewWindow(t0.Add(-2*time.Hour), t0)
	for i := range 500 {
		g.ev.Time = t0.Add(-2*time.Hour + time.Duration(i)*time.Second)
		g.ev.Fields = append(g.ev.Fields[:0], str("log.level", "error"), num("http.response.status_code", 500), num("event.duration", 0))
		allErrors.Add(&g.ev)
	}
	unbounded := NewWindow(time.Time{}, time.Time{})
	unbounded.Add(&g.ev)
	for i, c := range []struct {
		after *Window
		bases []*Window
	}{
		{nil, nil},
		{one("error", 500, 0), nil},
		{one("error", 500, -5), []*Window{nil, allErrors}},
		{one("info", 200, 1e18), []*Window{allErrors, allErrors}},
		{unbounded, []*Window{unbounded}},
		{allErrors, []*Window{allErrors}},
		{one("info", 99, 1), []*Window{NewWindow(t0, t0)}},
	} {
		r := Compare(c.after, c.bases, Options{})
		if _, err := json.Marshal(r); err != nil {
			t.Errorf("case %d: %v", i, err)
		}
		_ = r.Markdown()
		if c.after == nil || c.after.Events() < 100 {
			if r.Verdict == Healthy {
				t.Errorf("case %d: healthy on %d events", i, r.After.Events)
			}
		}
	}
}
