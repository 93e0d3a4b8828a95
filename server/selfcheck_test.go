package server

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline"
)

// The checks alone, on an injected clock.
func TestStallCheck(t *testing.T) {
	var done, backlog int64
	known := true
	c := StallCheck(func() (int64, int64, bool) { return done, backlog, known }, time.Minute)
	if c.Rule != RuleStalled || c.Severity != alert.P1 || c.After != time.Minute {
		t.Errorf("check %+v", c)
	}
	at := func(s int) time.Time { return t0.Add(time.Duration(s) * time.Second) }
	steps := []struct {
		s             int
		done, backlog int64
		known         bool
		want          string // "" no problem
	}{
		{0, 0, 500, true, ""}, // first look
		{1, 0, 500, true, "no message finished for 1s while 500 records wait"},
		{30, 0, 700, true, "no message finished for 30s while 700 records wait"},
		{31, 10, 700, true, ""}, // progress
		{40, 10, 690, true, "no message finished for 9s while 690 records wait"},
		{41, 10, 0, true, ""}, // idle: nothing waits
		{50, 10, 0, true, ""},
		{51, 10, 5, true, "no message finished for 1s while 5 records wait"},
		{52, 10, 5, false, ""}, // backlog not known
	}
	for _, st := range steps {
		done, backlog, known = st.done, st.backlog, st.known
		ps := c.Check(at(st.s))
		got := ""
		if len(ps) == 1 {
			got = ps[0].Why
		}
		if got != st.want || len(ps) > 1 {
			t.Errorf("at %ds (done %d, backlog %d): %v, want %q", st.s, st.done, st.backlog, ps, st.want)
		}
	}
}

func TestLagCheck(t *testing.T) {
	lag, known := int64(0), false
	c := LagCheck(func() (int64, bool) { return lag, known }, 1000, 5*time.Minute)
	if c.Severity != alert.P2 || c.After != 5*time.Minute {
		t.Errorf("check %+v", c)
	}
	for _, st := range []struct {
		lag   int64
		known bool
		want  string
	}{{5000, false, ""}, {1000, true, ""}, {1001, true, "1001 records behind, more than server.max_lag (1000)"}} {
		lag, known = st.lag, st.known
		ps := c.Check(t0)
		got := ""
		if len(ps) == 1 {
			got = ps[0].Why
		}
		if got != st.want {
			t.Errorf("lag %d: %v, want %q", st.lag, ps, st.want)
		}
	}
}

func TestReceiverCheck(t *testing.T) {
	stats := alerting.Stats{Receivers: map[string]alerting.ReceiverStats{
		"slack": {Notifications: 3}, "pager": {Notifications: 1},
	}}
	c := ReceiverCheck(func() alerting.Stats { return stats }, 10*time.Minute)
	check := func(s int) map[string]string {
		out := map[string]string{}
		for _, p := range c.Check(t0.Add(time.Duration(s) * time.Second)) {
			out[p.Labels["receiver"]] = p.Why
		}
		return out
	}
	if got := check(0); len(got) != 0 {
		t.Errorf("healthy receivers: %v", got)
	}
	stats.Receivers["slack"] = alerting.ReceiverStats{Notifications: 3, FailedAttempts: 2}
	if got := check(10); got["slack"] != "2 delivery attempts to slack failed in 0s, none delivered" || len(got) != 1 {
		t.Errorf("slack failing: %v", got)
	}
	stats.Receivers["slack"] = alerting.ReceiverStats{Notifications: 3, FailedAttempts: 5}
	if got := check(70); got["slack"] != "5 delivery attempts to slack failed in 1m0s, none delivered" {
		t.Errorf("slack still failing: %v", got)
	}
	// No attempt since: still failing (the group tries again at its next
	// flush); a delivery clears it.
	if got := check(80); got["slack"] == "" {
		t.Errorf("slack with no new attempt: %v", got)
	}
	stats.Receivers["slack"] = alerting.ReceiverStats{Notifications: 4, FailedAttempts: 5}
	if got := check(90); len(got) != 0 {
		t.Errorf("after a delivery: %v", got)
	}
	// A receiver that failed before the first look counts as failing.
	c = ReceiverCheck(func() alerting.Stats {
		return alerting.Stats{Receivers: map[string]alerting.ReceiverStats{"hook": {FailedAttempts: 1}}}
	}, time.Minute)
	if ps := c.Check(t0); len(ps) != 1 {
		t.Errorf("failing from the start: %v", ps)
	}
}

// stuckSource delivers what it is given and then blocks, as a consumer
// stuck on a broker that still has records: it reports that backlog.
type stuckSource struct {
	msgs    chan pipeline.Message
	backlog atomic.Int64
	acked   atomic.Int64
}

func (s *stuckSource) Fetch(ctx context.Context) (pipeline.Message, error) {
	select {
	case m := <-s.msgs:
		return m, nil
	case <-ctx.Done():
		return pipeline.Message{}, ctx.Err()
	}
}

func (s *stuckSource) Ack(pipeline.Message) { s.acked.Add(1) }

func (s *stuckSource) send(n int, from int64) {
	for i := range n {
		off := from + int64(i)
		s.msgs <- pipeline.Message{Value: fmt.Appendf(nil, `{"@timestamp":%q,"service.name":"checkout","message":"ok"}`,
			t0.Add(time.Duration(off)*time.Second).Format(time.RFC3339)), Source: event.Source{Topic: "logs", Offset: off}}
	}
}

type nopRedactor struct{}

func (nopRedactor) RedactEvent(*event.Event)   {}
func (nopRedactor) RedactText(s string) string { return s }

// nopIndex indexes at once.
type nopIndex struct{}

func (nopIndex) Add(_ context.Context, d pipeline.Document) error { d.Done(nil); return nil }

// sink keeps the alerts the pipeline submits.
type sink struct {
	mu     sync.Mutex
	alerts []alert.Alert
}

func (s *sink) Submit(a alert.Alert) { s.mu.Lock(); s.alerts = append(s.alerts, a); s.mu.Unlock() }
func (s *sink) Tick(time.Time)       {}
func (s *sink) find(rule string, st alert.Status) (alert.Alert, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var first alert.Alert
	n := 0
	for _, a := range s.alerts {
		if a.Rule == rule && a.Status == st {
			if n == 0 {
				first = a
			}
			n++
		}
	}
	return first, n
}

// The stall alert against a source that stops making progress: a live
// pipeline reads a few messages, then its source delivers nothing more
// while it says records wait. vigil-stalled is raised through the alert
// sink once that has lasted stall_after, and resolved when messages flow
// again.
func TestStallAlertOnASourceThatStopsMakingProgress(t *testing.T) {
	src := &stuckSource{msgs: make(chan pipeline.Message)}
	out := &sink{}
	p, err := pipeline.New(pipeline.Config{Workers: 1, QueueSize: 4, Lateness: time.Minute, TickInterval: 5 * time.Millisecond,
		Clock: func() time.Time { return t0.Add(time.Hour) }, Log: zerolog.Nop()},
		pipeline.Stages{Source: src, Redact: nopRedactor{}, Index: nopIndex{}, Alerts: out})
	if err != nil {
		t.Fatal(err)
	}
	const stallAfter = 200 * time.Millisecond
	p.AddSelfCheck(StallCheck(func() (int64, int64, bool) {
		s := p.Stats()
		return s.Indexed + s.DeadLettered, src.backlog.Load(), true
	}, stallAfter))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- p.Run(ctx) }()
	defer func() { cancel(); <-done }()

	// It flows: ten messages, nothing waits.
	src.send(10, 0)
	await.Until(t, "ten messages acknowledged", 10*time.Second, func() bool { return src.acked.Load() == 10 })
	if _, n := out.find(RuleStalled, alert.Firing); n != 0 {
		t.Fatal("vigil-stalled while messages flowed")
	}
	// The source stops making progress with 300 records waiting.
	stuck := time.Now()
	src.backlog.Store(300)
	await.Until(t, "vigil-stalled raised", 10*time.Second, func() bool {
		_, n := out.find(RuleStalled, alert.Firing)
		return n > 0
	})
	if waited := time.Since(stuck); waited < stallAfter {
		t.Errorf("vigil-stalled after %s, before stall_after (%s)", waited, stallAfter)
	}
	a, n := out.find(RuleStalled, alert.Firing)
	if n != 1 || a.Severity != alert.P1 || a.Labels["service.name"] != "vigil" || a.Labels["component"] != "pipeline" ||
		!strings.Contains(a.Annotations["summary"], "vigil's pipeline is stalled: no message finished for") ||
		!strings.Contains(a.Annotations["summary"], "while 300 records wait") || !a.StartsAt.Equal(t0.Add(time.Hour-time.Minute)) {
		t.Errorf("vigil-stalled %d times: %+v", n, a)
	}
	if firing := p.SelfAlerts(); len(firing) != 1 || firing[0].Rule != RuleStalled {
		t.Errorf("SelfAlerts = %+v", firing)
	}
	// Messages flow again: resolved.
	src.send(5, 10)
	src.backlog.Store(0)
	await.Until(t, "vigil-stalled resolved", 10*time.Second, func() bool {
		_, n := out.find(RuleStalled, alert.Resolved)
		return n == 1
	})
	if firing := p.SelfAlerts(); len(firing) != 0 {
		t.Errorf("SelfAlerts after the recovery = %+v", firing)
	}
}
