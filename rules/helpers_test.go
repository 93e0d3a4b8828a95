package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// t0 is a fixed start of event time for tests.
var t0 = time.Date(2026, 11, 25, 8, 0, 0, 0, time.UTC)

// ev builds an event at t0+offset from path/value pairs.
func ev(offset time.Duration, kv ...any) *event.Event {
	e := &event.Event{Time: t0.Add(offset)}
	e.Set(event.TimestampPath, event.StringValue(e.Time.Format(time.RFC3339Nano)))
	for i := 0; i+1 < len(kv); i += 2 {
		path := kv[i].(string)
		switch v := kv[i+1].(type) {
		case string:
			e.Set(path, event.StringValue(v))
		case int:
			e.Set(path, event.NumberValue(float64(v)))
		case float64:
			e.Set(path, event.NumberValue(v))
		case bool:
			e.Set(path, event.BoolValue(v))
		default:
			panic(fmt.Sprintf("ev: %T", v))
		}
	}
	return e
}

// mustRules parses rules from YAML or fails the test.
func mustRules(t testing.TB, src string) *RuleSet {
	t.Helper()
	rs, err := Parse("test.yaml", []byte(src))
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	return rs
}

// step is one input of a scripted run: an event, or a watermark move.
type step struct {
	ev *event.Event
	wm time.Duration // watermark at t0+wm when ev is nil
}

// run feeds steps to a fresh engine and returns the transitions as short
// strings "+MMm status rule {labels}", in order.
func run(t testing.TB, rs *RuleSet, steps []step) []string {
	t.Helper()
	e := NewEngine(rs, Options{Logger: zerolog.Nop()})
	var out []string
	for _, s := range steps {
		if s.ev != nil {
			e.Observe(s.ev)
			continue
		}
		for _, a := range e.Advance(t0.Add(s.wm)) {
			out = append(out, brief(a))
		}
	}
	return out
}

func brief(a alert.Alert) string {
	at := a.StartsAt
	if a.Status == alert.Resolved {
		at = *a.EndsAt
	}
	var ls []string
	for _, k := range sortedKeys(a.Labels) {
		if k == "team" {
			continue
		}
		ls = append(ls, k+"="+a.Labels[k])
	}
	return fmt.Sprintf("+%s %s %s {%s}", at.Sub(t0), a.Status, a.Rule, strings.Join(ls, ","))
}

// feed returns steps for events then watermark moves each minute to end.
func feed(evs []*event.Event, end time.Duration) []step {
	var steps []step
	i := 0
	for m := time.Duration(0); m <= end; m += time.Minute {
		for i < len(evs) && evs[i].Time.Before(t0.Add(m)) {
			steps = append(steps, step{ev: evs[i]})
			i++
		}
		steps = append(steps, step{wm: m})
	}
	return steps
}

// playWithCuts feeds evs to a new engine minute by minute up to end and
// returns the alerts. At each minute in cuts (after the Advance) and in
// midCuts (after the minute's events, before the Advance that judges
// them) the engine is snapshotted and a fresh one restored from it;
// queued tells how many events a watcher holds, and pending counts the
// mid-cuts that found some.
func playWithCuts(t *testing.T, rs *RuleSet, opt Options, evs []*event.Event, end int, cuts, midCuts map[int]bool,
	queued func(*Engine) int) (out []alert.Alert, pending int) {
	t.Helper()
	e := NewEngine(rs, opt)
	restore := func() {
		data, err := e.Snapshot()
		if err != nil {
			t.Fatal(err)
		}
		e = NewEngine(rs, opt)
		if err := e.Restore(data); err != nil {
			t.Fatal(err)
		}
	}
	i := 0
	for m := 0; m <= end; m++ {
		wm := t0.Add(time.Duration(m) * time.Minute)
		for i < len(evs) && evs[i].Time.Before(wm) {
			e.Observe(evs[i])
			i++
		}
		if midCuts[m] {
			if queued(e) > 0 {
				pending++
			}
			restore()
		}
		out = append(out, e.Advance(wm)...)
		if cuts[m] {
			restore()
		}
	}
	return out, pending
}
