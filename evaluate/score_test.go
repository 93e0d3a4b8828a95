package evaluate

import (
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/vigilops/vigil/alert"
)

var t0 = time.Date(2026, 3, 3, 14, 0, 0, 0, time.UTC)

// at is t0 plus d.
func at(d string) time.Time {
	neg := strings.HasPrefix(d, "-")
	x, err := time.ParseDuration(strings.TrimPrefix(d, "-"))
	if err != nil {
		panic(err)
	}
	if neg {
		x = -x
	}
	return t0.Add(x)
}

func firing(rule string, labels map[string]string, start time.Time) alert.Alert {
	return alert.Alert{Fingerprint: alert.Fingerprint(rule, labels), Status: alert.Firing, Rule: rule, Kind: alert.KindRule,
		Severity: alert.P2, Labels: labels, StartsAt: start}
}

func resolved(rule string, labels map[string]string, start, end time.Time) alert.Alert {
	a := firing(rule, labels, start)
	a.Status = alert.Resolved
	a.EndsAt = &end
	return a
}

func svc(name string) map[string]string {
	return map[string]string{"service.name": name, "team": "core"}
}

func incident(id string, start, end time.Time, labels map[string]string) Period {
	return Period{ID: id, Start: start, End: end, Labels: labels}
}

func TestEpisodes(t *testing.T) {
	a := firing("error-ratio", svc("oms-core"), at("3m"))
	b := firing("error-ratio", svc("oms-core"), at("50m")) // the same series fires again
	c := firing("job-missed", map[string]string{"job.name": "export"}, at("1m"))
	eps := Episodes([]alert.Alert{
		a,
		c,
		a, // repeat notification of the same episode
		resolved("error-ratio", svc("oms-core"), at("3m"), at("20m")),
		b,
	})
	if len(eps) != 3 {
		t.Fatalf("%d episodes, want 3: %+v", len(eps), eps)
	}
	if eps[0].Rule != "job-missed" || eps[1].StartsAt != at("3m") || eps[2].StartsAt != at("50m") {
		t.Errorf("episodes out of start order: %+v", eps)
	}
	if eps[1].EndsAt == nil || !eps[1].EndsAt.Equal(at("20m")) || eps[2].EndsAt != nil {
		t.Errorf("ends: %v %v", eps[1].EndsAt, eps[2].EndsAt)
	}
	if eps[0].Subject() != "export" || eps[1].Subject() != "oms-core" {
		t.Errorf("subjects %q %q", eps[0].Subject(), eps[1].Subject())
	}
	// A resolved notification alone is no episode.
	if eps := Episodes([]alert.Alert{resolved("r", nil, at("0s"), at("1m"))}); len(eps) != 0 {
		t.Errorf("resolved-only: %+v", eps)
	}
}

// TestMatching covers one incident against one alert at a time: the
// tolerances, their bounds, and the labels.
func TestMatching(t *testing.T) {
	inc := incident("deploy-regression-oms-core", t0, at("30m"), map[string]string{"service.name": "oms-core"})
	for _, tc := range []struct {
		name     string
		alert    alert.Alert
		detected bool
		ttd      time.Duration
	}{
		{"detection", firing("error-ratio", svc("oms-core"), at("3m")), true, 3 * time.Minute},
		{"early, within tolerance: TTD clipped at 0", firing("error-ratio", svc("oms-core"), at("-90s")), true, 0},
		{"early bound included", firing("error-ratio", svc("oms-core"), at("-2m")), true, 0},
		{"too early", firing("error-ratio", svc("oms-core"), at("-2m1s")), false, 0},
		{"late bound included", firing("error-ratio", svc("oms-core"), at("40m")), true, 40 * time.Minute},
		{"late detection outside tolerance", firing("error-ratio", svc("oms-core"), at("41m")), false, 0},
		{"label mismatch", firing("error-ratio", svc("wms-bridge"), at("3m")), false, 0},
		{"label missing", firing("job-missed", map[string]string{"job.name": "export"}, at("3m")), false, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := Score([]alert.Alert{tc.alert}, &Truth{Incidents: []Period{inc}}, DefaultOptions())
			ir := r.Incidents[0]
			if ir.Detected != tc.detected {
				t.Fatalf("detected %v, want %v", ir.Detected, tc.detected)
			}
			if !tc.detected {
				if ir.TTD != nil || r.Summary.Recall != 0 || r.Summary.FalseGroups != 1 || r.Summary.Precision != 0 || r.Summary.MedianTTD != nil {
					t.Errorf("undetected: %+v %+v", ir, r.Summary)
				}
				return
			}
			if *ir.TTD != tc.ttd || !ir.FirstAlert.Equal(tc.alert.StartsAt) {
				t.Errorf("TTD %v first %v, want %v", *ir.TTD, ir.FirstAlert, tc.ttd)
			}
			if s := r.Summary; s.Recall != 1 || s.Precision != 1 || s.FalseGroups != 0 || *s.MedianTTD != tc.ttd {
				t.Errorf("summary %+v", s)
			}
			if !reflect.DeepEqual(ir.Rules, []string{tc.alert.Rule}) {
				t.Errorf("rules %v", ir.Rules)
			}
		})
	}
}

func TestTolerancesAreOptions(t *testing.T) {
	inc := incident("i", t0, at("30m"), nil)
	truth := &Truth{Incidents: []Period{inc}}
	alerts := []alert.Alert{firing("r", svc("a"), at("45m"))}
	if Score(alerts, truth, DefaultOptions()).Incidents[0].Detected {
		t.Fatal("15m late detected with the default tolerance")
	}
	opt := DefaultOptions()
	opt.LateTolerance = 15 * time.Minute
	if !Score(alerts, truth, opt).Incidents[0].Detected {
		t.Error("15m late not detected with a 15m tolerance")
	}
}

// TestTrueGroups: every episode matching one incident is one true group,
// whatever the rules and series; an episode may match two incidents.
func TestTrueGroups(t *testing.T) {
	truth := &Truth{Incidents: []Period{
		incident("oms", t0, at("30m"), map[string]string{"service.name": "oms-core"}),
		incident("core-team", at("10m"), at("20m"), map[string]string{"team": "core"}),
	}}
	alerts := []alert.Alert{
		firing("error-ratio", svc("oms-core"), at("1m")),
		firing("latency", svc("oms-core"), at("4m")),
		firing("error-ratio", svc("oms-core"), at("15m")), // same series, again: also core-team
	}
	alerts[2].Fingerprint = alerts[0].Fingerprint
	r := Score(alerts, truth, DefaultOptions())
	if got := r.Incidents[0]; !got.Detected || len(got.Episodes) != 3 || !reflect.DeepEqual(got.Rules, []string{"error-ratio", "latency"}) || *got.TTD != time.Minute {
		t.Errorf("oms: %+v", got)
	}
	// Every alert carries team=core, but only those from 8m to 30m fall in
	// core-team's window: the one at 15m.
	if got := r.Incidents[1]; !got.Detected || len(got.Episodes) != 1 || *got.TTD != 5*time.Minute {
		t.Errorf("core-team: %+v", got)
	}
	if s := r.Summary; s.TrueGroups != 2 || s.FalseGroups != 0 || s.Precision != 1 || s.Episodes != 3 {
		t.Errorf("summary %+v", s)
	}
}

func TestFalseGroupsClustering(t *testing.T) {
	job := map[string]string{"job.name": "nightly-export", "team": "data"}
	alerts := []alert.Alert{
		// oms-core: 0, 20m, 45m chain into one group (each < 30m after the
		// previous), over two rules; 1h15m is exactly 30m later: a new group.
		firing("error-ratio", svc("oms-core"), at("0s")),
		firing("latency", map[string]string{"service.name": "oms-core", "team": "core", "url.path": "/orders"}, at("20m")),
		firing("error-ratio", svc("oms-core"), at("45m")),
		firing("error-ratio", svc("oms-core"), at("1h15m")),
		// Another service at the same time is another group.
		firing("error-ratio", svc("wms-bridge"), at("5m")),
		// No service.name: the job is the subject.
		firing("job-missed", job, at("10m")),
		firing("job-failed", job, at("12m")),
		// Neither: the rule is.
		firing("disk-full", map[string]string{"host.name": "db-1"}, at("11m")),
		firing("disk-full", map[string]string{"host.name": "db-2"}, at("13m")),
	}
	r := Score(alerts, &Truth{}, DefaultOptions())
	type row struct {
		subject     string
		first, last time.Time
		n           int
		rules       string
		labels      map[string]string
	}
	var got []row
	for _, g := range r.FalseGroups {
		got = append(got, row{g.Subject, g.First, g.Last, len(g.Episodes), strings.Join(g.Rules, ","), g.Labels})
	}
	want := []row{
		{"oms-core", at("0s"), at("45m"), 3, "error-ratio,latency", svc("oms-core")},
		{"wms-bridge", at("5m"), at("5m"), 1, "error-ratio", svc("wms-bridge")},
		{"nightly-export", at("10m"), at("12m"), 2, "job-failed,job-missed", job},
		{"disk-full", at("11m"), at("13m"), 2, "disk-full", map[string]string{}},
		{"oms-core", at("1h15m"), at("1h15m"), 1, "error-ratio", svc("oms-core")},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("false groups:\n got %+v\nwant %+v", got, want)
	}
	wantPerRule := map[string]int{"error-ratio": 3, "latency": 1, "job-missed": 1, "job-failed": 1, "disk-full": 1}
	if !reflect.DeepEqual(r.FalseGroupsPerRule, wantPerRule) {
		t.Errorf("per rule %v, want %v", r.FalseGroupsPerRule, wantPerRule)
	}
	// No incidents: recall is 1 (nothing to find), precision 0.
	if s := r.Summary; s.FalseGroups != 5 || s.FalseEpisodes != 9 || s.Precision != 0 || s.Recall != 1 || s.TrapAlerts != 0 {
		t.Errorf("summary %+v", s)
	}

	opt := DefaultOptions()
	opt.FalseGroupGap = time.Hour
	if n := Score(alerts, &Truth{}, opt).Summary.FalseGroups; n != 4 {
		t.Errorf("with a 1h gap: %d false groups, want 4", n)
	}
}

func TestTrapViolations(t *testing.T) {
	truth := &Truth{
		Incidents: []Period{incident("wms-down", at("1h"), at("1h10m"), map[string]string{"service.name": "wms-bridge"})},
		Quiet: []Period{
			{ID: "flash-sale", Start: t0, End: at("2h"), Labels: map[string]string{}},
			{ID: "oms-migration", Start: at("30m"), End: at("40m"), Labels: map[string]string{"service.name": "oms-core"}},
		},
	}
	alerts := []alert.Alert{
		firing("error-ratio", svc("oms-core"), at("35m")),    // violates both
		firing("latency", svc("checkout"), at("2h")),         // the end is included: flash-sale
		firing("error-ratio", svc("checkout"), at("2h1s")),   // after: false, no trap
		firing("error-ratio", svc("wms-bridge"), at("1h2m")), // matches the incident: never false
		firing("error-ratio", svc("checkout"), at("-1s")),    // before: false, no trap
		firing("sync-lag", svc("oms-core"), at("40m30s")),    // flash-sale only
	}
	r := Score(alerts, truth, DefaultOptions())
	fs, mig := r.Quiet[0], r.Quiet[1]
	if fs.Alerts != 3 || !reflect.DeepEqual(fs.Rules, []string{"error-ratio", "latency", "sync-lag"}) {
		t.Errorf("flash-sale: %d %v", fs.Alerts, fs.Rules)
	}
	if mig.Alerts != 1 || mig.Episodes[0].StartsAt != at("35m") {
		t.Errorf("oms-migration: %+v", mig)
	}
	s := r.Summary
	if s.TrapAlerts != 3 || s.Detected != 1 || s.FalseEpisodes != 5 {
		t.Errorf("summary %+v", s)
	}
	// False groups: oms-core (35m, 40m30s), checkout (-1s; 2h, 2h1s).
	if s.FalseGroups != 3 || s.TrueGroups != 1 || s.Precision != 0.25 {
		t.Errorf("groups: %+v", s)
	}
}

func TestMedianTTD(t *testing.T) {
	lbl := func(s string) map[string]string { return map[string]string{"service.name": s} }
	truth := &Truth{Incidents: []Period{
		incident("a", t0, at("10m"), lbl("a")),
		incident("b", t0, at("10m"), lbl("b")),
		incident("c", t0, at("10m"), lbl("c")),
		incident("d", t0, at("10m"), lbl("d")),
	}}
	for _, tc := range []struct {
		name   string
		starts map[string]string // service -> alert start
		want   string            // "" = undefined
	}{
		{"none detected", nil, ""},
		{"one", map[string]string{"a": "4m"}, "4m"},
		{"odd count", map[string]string{"a": "1m", "b": "10m", "c": "3m"}, "3m"},
		{"even count: mean of the middle two", map[string]string{"a": "1m", "b": "4m", "c": "-1m", "d": "20m"}, "2m30s"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var alerts []alert.Alert
			for s, st := range tc.starts {
				alerts = append(alerts, firing("r", lbl(s), at(st)))
			}
			m := Score(alerts, truth, DefaultOptions()).Summary.MedianTTD
			switch {
			case tc.want == "" && m != nil:
				t.Errorf("median %v, want undefined", *m)
			case tc.want != "" && (m == nil || Dur(*m) != tc.want):
				t.Errorf("median %v, want %s", m, tc.want)
			}
		})
	}
}

func TestCheck(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	d := func(s string) *time.Duration { x, _ := time.ParseDuration(s); return &x }
	n := func(v int) *int { return &v }
	ttd := 90 * time.Second
	base := Summary{Incidents: 20, Detected: 19, Recall: 19.0 / 20, TrueGroups: 19, FalseGroups: 1, Precision: 19.0 / 20, MedianTTD: &ttd, TrapAlerts: 1}
	for _, tc := range []struct {
		name   string
		sum    Summary
		th     Thresholds
		pass   bool
		failed []string
	}{
		{"nothing checked", base, Thresholds{}, true, nil},
		{"all met (19/20 meets 0.95)", base, Thresholds{MinRecall: f(0.95), MinPrecision: f(0.95), MaxMedianTTD: d("90s"), MaxTrapAlerts: n(1)}, true, nil},
		{"recall below", base, Thresholds{MinRecall: f(1)}, false, []string{"min_recall"}},
		{"precision below", base, Thresholds{MinPrecision: f(0.96)}, false, []string{"min_precision"}},
		{"median TTD above", base, Thresholds{MaxMedianTTD: d("1m")}, false, []string{"max_median_ttd"}},
		{"trap alerts above", base, Thresholds{MaxTrapAlerts: n(0)}, false, []string{"max_trap_alerts"}},
		{"several fail", base, Thresholds{MinRecall: f(1), MinPrecision: f(0.5), MaxTrapAlerts: n(0)}, false, []string{"min_recall", "max_trap_alerts"}},
		{"median TTD undefined fails", Summary{Incidents: 2}, Thresholds{MaxMedianTTD: d("2m")}, false, []string{"max_median_ttd"}},
		{"median TTD with no incidents passes", Summary{Recall: 1, Precision: 1}, Thresholds{MaxMedianTTD: d("2m"), MinRecall: f(1)}, true, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := &Report{Summary: tc.sum, Pass: true}
			if got := r.Check(tc.th); got != tc.pass || r.Pass != tc.pass {
				t.Errorf("pass %v, want %v: %+v", got, tc.pass, r.Checks)
			}
			var failed []string
			for _, c := range r.Checks {
				if !c.OK {
					failed = append(failed, c.Name)
				}
			}
			if !reflect.DeepEqual(failed, tc.failed) {
				t.Errorf("failed %v, want %v", failed, tc.failed)
			}
			if len(r.Failures()) != len(tc.failed) {
				t.Errorf("failures %v", r.Failures())
			}
		})
	}
}

func TestDur(t *testing.T) {
	for d, want := range map[time.Duration]string{0: "0s", 2 * time.Minute: "2m", 90 * time.Second: "1m30s", time.Hour: "1h", 65 * time.Minute: "1h5m", 1500 * time.Millisecond: "1.5s"} {
		if got := Dur(d); got != want {
			t.Errorf("Dur(%v) = %q, want %q", d, got, want)
		}
	}
}
