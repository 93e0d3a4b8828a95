package server

import (
	"fmt"
	"slices"
	"sync"
	"time"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline"
)

// vigil's watch on itself, beyond what the pipeline raises on its own
// (vigil-source-unavailable, vigil-index-unavailable): checks the pipeline
// runs at every tick of its clock (pipeline.AddSelfCheck), raised through
// the receivers once a problem lasts, resolved when it clears.
//
//	vigil-stalled           P1  no message finished while records wait
//	vigil-lagging           P2  more than server.max_lag records behind
//	vigil-receiver-failing  P1  every delivery to a receiver failed (label receiver)

// Names of the checks' alerts.
const (
	RuleStalled         = "vigil-stalled"
	RuleLagging         = "vigil-lagging"
	RuleReceiverFailing = "vigil-receiver-failing"
)

// Progress is what the stall check reads: how many messages the pipeline
// has finished (indexed or dead-lettered), and how many records wait for
// it (in Kafka beyond what was fetched, and fetched but not finished).
// known is false while the backlog is not known.
type Progress func() (done, backlog int64, known bool)

// StallCheck raises vigil-stalled when the pipeline finishes no message
// for after while records wait: a stuck consumer, a wedged stage. Any
// message finished clears it.
func StallCheck(progress Progress, after time.Duration) pipeline.SelfCheck {
	var mu sync.Mutex
	var last int64
	var lastAt time.Time
	return pipeline.SelfCheck{
		Rule: RuleStalled, Severity: alert.P1, Component: "pipeline", After: after,
		Summary:     "vigil's pipeline is stalled",
		Description: "vigil finished no message while records wait in its topics: alerts are not evaluated on what happens now. Look at vigil's log and its other own alerts (source, index).",
		Check: func(now time.Time) []pipeline.SelfProblem {
			mu.Lock()
			defer mu.Unlock()
			done, backlog, known := progress()
			if lastAt.IsZero() || done != last {
				last, lastAt = done, now
				return nil
			}
			if !known || backlog <= 0 {
				lastAt = now // idle: nothing to finish
				return nil
			}
			return []pipeline.SelfProblem{{Why: fmt.Sprintf("no message finished for %s while %d records wait", now.Sub(lastAt).Round(time.Second), backlog)}}
		},
	}
}

// LagCheck raises vigil-lagging when the consumer stays more than max
// records behind for after.
func LagCheck(lag func() (int64, bool), max int64, after time.Duration) pipeline.SelfCheck {
	return pipeline.SelfCheck{
		Rule: RuleLagging, Severity: alert.P2, Component: "source", After: after,
		Summary:     "vigil is behind on its topics",
		Description: "vigil reads its topics slower than they are written: alerts come late. Add partitions and vigil processes to the group, or look at what slows the pipeline (Elasticsearch's bulk latency on /metrics).",
		Check: func(time.Time) []pipeline.SelfProblem {
			n, ok := lag()
			if !ok || n <= max {
				return nil
			}
			return []pipeline.SelfProblem{{Why: fmt.Sprintf("%d records behind, more than server.max_lag (%d)", n, max)}}
		},
	}
}

// ReceiverCheck raises vigil-receiver-failing for each receiver whose
// delivery attempts all failed for after: a receiver fails from its first
// failed attempt after a success (or the start) until its next delivered
// notification. The alert is routed like any other: route it to another
// receiver (matchers [rule=vigil-receiver-failing]) or it may share the
// failing one's fate.
func ReceiverCheck(stats func() alerting.Stats, after time.Duration) pipeline.SelfCheck {
	type recv struct {
		sent, failed int64
		failingSince time.Time
		failures     int64
	}
	var mu sync.Mutex
	seen := map[string]*recv{}
	return pipeline.SelfCheck{
		Rule: RuleReceiverFailing, Severity: alert.P1, Component: "receiver", After: after,
		Summary:     "vigil cannot deliver to a receiver",
		Description: "Every notification vigil tried to deliver to this receiver failed: alerts routed only to it reach nobody. vigil's log says why (the receiver's answer).",
		Check: func(now time.Time) []pipeline.SelfProblem {
			mu.Lock()
			defer mu.Unlock()
			st := stats()
			var out []pipeline.SelfProblem
			names := make([]string, 0, len(st.Receivers))
			for name := range st.Receivers {
				names = append(names, name)
			}
			slices.Sort(names)
			for _, name := range names {
				rs := st.Receivers[name]
				r := seen[name]
				if r == nil {
					r = &recv{sent: rs.Notifications, failed: rs.FailedAttempts}
					if rs.FailedAttempts > 0 && rs.Notifications == 0 {
						r.failingSince, r.failures = now, rs.FailedAttempts
					}
					seen[name] = r
				}
				switch {
				case rs.Notifications > r.sent:
					r.failingSince, r.failures = time.Time{}, 0
				case rs.FailedAttempts > r.failed:
					if r.failingSince.IsZero() {
						r.failingSince = now
					}
					r.failures += rs.FailedAttempts - r.failed
				}
				r.sent, r.failed = rs.Notifications, rs.FailedAttempts
				if !r.failingSince.IsZero() {
					out = append(out, pipeline.SelfProblem{Labels: map[string]string{"receiver": name},
						Why: fmt.Sprintf("%d delivery attempts to %s failed in %s, none delivered", r.failures, name, now.Sub(r.failingSince).Round(time.Second))})
				}
			}
			return out
		},
	}
}
