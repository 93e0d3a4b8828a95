package rules

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/detectors"
)

func TestDetectorRule(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: error-ratio-anomaly
    severity: P2
    filter: service.name != ""
    group_by: [service.name]
    value: ratio(log.level == "error")
    detector: {preset: error_ratio, direction: up}
    keep_firing_for: 10m
    annotations:
      summary: '{{ .Label "service.name" }} error ratio {{ percent .Value }}, expected {{ percent .Baseline }}'
      score: '{{ printf "%.2f" .Score }} {{ printf "%.4f" .Upper }}'
`)
	fired, resolved := playErrorRatio(rs, func(m int) bool { return m >= 240 && m < 260 })
	if len(fired) != 1 || len(resolved) != 1 {
		t.Fatalf("want one firing and one resolved alert, got %d and %d: %+v", len(fired), len(resolved), fired)
	}
	a := fired[0]
	if at := a.StartsAt.Sub(t0); at < 241*time.Minute || at > 245*time.Minute {
		t.Errorf("fired at +%s, want shortly after +4h", at)
	}
	if a.Kind != alert.KindDetector || a.Baseline == nil || a.Threshold == nil {
		t.Fatalf("detector fields: %+v", a)
	}
	if a.Value < 0.2 || *a.Baseline > 0.05 || *a.Threshold <= *a.Baseline || *a.Threshold >= a.Value {
		t.Errorf("value %.3f baseline %.3f threshold %.3f", a.Value, *a.Baseline, *a.Threshold)
	}
	if !strings.HasPrefix(a.Annotations["summary"], "orders error ratio 30.00%, expected ") {
		t.Errorf("summary %q", a.Annotations["summary"])
	}
	// It explains itself: the range the baseline allowed (the crossed
	// bound, as the threshold, is its top) and the score.
	rng := a.Annotations["expected_range"]
	lo, hi, ok := strings.Cut(strings.ReplaceAll(rng, "%", ""), "–")
	low, err1 := strconv.ParseFloat(lo, 64)
	high, err2 := strconv.ParseFloat(hi, 64)
	if !ok || err1 != nil || err2 != nil || low > *a.Baseline*100 || math.Abs(high-*a.Threshold*100) > 0.006 {
		t.Errorf("expected_range %q, baseline %.4f, threshold %.4f", rng, *a.Baseline, *a.Threshold)
	}
	score, err := strconv.ParseFloat(a.Annotations["anomaly_score"], 64)
	if err != nil || score <= 0 || score >= 1 {
		t.Errorf("anomaly_score %q", a.Annotations["anomaly_score"])
	}
	if dev := a.Annotations["deviation"]; !strings.HasSuffix(dev, " spreads above the baseline") {
		t.Errorf("deviation %q", dev)
	} else if n, err := strconv.ParseFloat(strings.Fields(dev)[0], 64); err != nil || n < 3 {
		t.Errorf("deviation %q: want at least the 3 spreads that enter an episode", dev)
	}
	if want := fmt.Sprintf("%.2f %.4f", score, *a.Threshold); a.Annotations["score"] != want {
		t.Errorf("template .Score .Upper = %q, want %q", a.Annotations["score"], want)
	}
	// The detector may adopt a lasting level shift before the incident
	// ends; it must resolve after firing and once the series is normal.
	if end := resolved[0].EndsAt; !end.After(a.StartsAt) || end.Sub(t0) > 285*time.Minute {
		t.Errorf("resolved at +%s", end)
	}
}

func TestDetectorRuleErrors(t *testing.T) {
	for _, src := range []string{
		"detector: {preset: nope}\n    value: count",
		"detector: {preset: error_ratio, direction: sideways}\n    value: count",
		"detector: {preset: error_ratio, model: magic}\n    value: count",
		"detector: {preset: error_ratio}",
		"detector: {preset: error_ratio}\n    value: count\n    condition: count > 1",
	} {
		_, err := Parse("d.yaml", []byte("rules:\n  - name: d\n    severity: P1\n    "+src+"\n"))
		if err == nil || !strings.Contains(err.Error(), "d.yaml:") {
			t.Errorf("%q: want a positioned error, got %v", src, err)
		}
	}
}

// A preset configured in vigil.yaml is available to rules loaded with it,
// and only to those.
func TestDetectorRuleConfiguredPreset(t *testing.T) {
	src := []byte(`rules:
  - name: checkout-latency
    severity: P2
    group_by: [service.name]
    value: quantile(event.duration, 0.95)
    detector: {preset: checkout_latency}
`)
	if _, err := Parse("d.yaml", src); err == nil || !strings.Contains(err.Error(), `d.yaml:6:`) || !strings.Contains(err.Error(), "checkout_latency") {
		t.Fatalf("without the configured preset: want a positioned error naming it, got %v", err)
	}
	presets, err := detectors.ResolvePresets(map[string]detectors.PresetOverride{
		"checkout_latency": {Base: "sync_delay", Config: detectors.Config{EnterZ: 4}},
	})
	if err != nil {
		t.Fatal(err)
	}
	rs, err := Parse("d.yaml", src, WithPresets(presets))
	if err != nil {
		t.Fatal(err)
	}
	base, _ := detectors.Preset("sync_delay")
	spec := rs.Rule("checkout-latency").c.det
	if spec == nil || spec.cfg.EnterZ != 4 || spec.cfg.Direction != detectors.Up || spec.cfg.MinChange != base.MinChange {
		t.Fatalf("resolved detector %+v", spec)
	}
}

// A detector episode holds through a minute that dips below the baseline:
// the rule does not resolve and fire again in the middle of an incident.
func TestDetectorRuleHoldsThroughADip(t *testing.T) {
	rs := mustRules(t, `
rules:
  - name: error-ratio-anomaly
    severity: P2
    group_by: [service.name]
    value: ratio(log.level == "error")
    detector: {preset: error_ratio}
`)
	// two calm minutes inside the incident
	fired, _ := playErrorRatio(rs, func(m int) bool { return m >= 240 && m < 260 && m != 250 && m != 251 })
	if len(fired) != 1 {
		t.Fatalf("the incident fired %d times, want once", len(fired))
	}
}

// playErrorRatio plays 5 hours of the orders service, 20 lines a minute:
// about 1 % errors (one every 5 minutes), 30 % in the minutes incident
// names. It returns the firing and resolved transitions.
func playErrorRatio(rs *RuleSet, incident func(m int) bool) (fired, resolved []alert.Alert) {
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	e.Advance(t0)
	for m := 0; m < 300; m++ {
		for k := 0; k < 20; k++ {
			level := "info"
			if in := incident(m); (in && k%10 < 3) || (!in && k == 0 && m%5 == 0) {
				level = "error"
			}
			e.Observe(ev(time.Duration(m)*time.Minute+time.Duration(k)*3*time.Second,
				"service.name", "orders", "log.level", level))
		}
		for _, a := range e.Advance(t0.Add(time.Duration(m+1) * time.Minute)) {
			if a.Status == alert.Firing {
				fired = append(fired, a)
			} else {
				resolved = append(resolved, a)
			}
		}
	}
	return fired, resolved
}
