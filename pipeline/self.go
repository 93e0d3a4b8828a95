package pipeline

import (
	"fmt"
	"sync"
	"time"

	"github.com/vigilops/vigil/alert"
)

// A monitor must not lie about the world when it is the one that is broken.
// When vigil cannot read (the source is cut off or behind) or cannot write
// (the indexer holds every worker), event time does not move on by the
// clock, so no absence rule pages about a silence vigil caused; and after
// SelfAlertAfter vigil raises its own alert, resolved when it recovers:
//
//	vigil-source-unavailable  P1  the source is cut off or behind
//	vigil-index-unavailable   P1  the indexer has held a worker that long
//
// Their labels are service.name=vigil and component=source or index; the
// summary says why. Their times are wall time.

// Names of vigil's own alerts.
const (
	RuleSourceUnavailable = "vigil-source-unavailable"
	RuleIndexUnavailable  = "vigil-index-unavailable"
)

// heldWhy says what holds event time back: a reason per side, empty when
// that side is fine.
type heldWhy struct{ source, index string }

// held reports whether the source is behind or cut off, or a worker has been
// in Index.Add for longer than a tick and a half (the indexer pushes back:
// a quiet clock must not move event time on past events stuck there),
// at wall time now.
func (p *Pipeline) held(now time.Time) heldWhy {
	var w heldWhy
	if h, ok := p.st.Source.(Health); ok {
		if up, why := h.CaughtUp(); !up {
			w.source = why
		}
	}
	limit := 3 * p.cfg.TickInterval / 2
	for i := range p.inAdd {
		if since := p.inAdd[i].Load(); since != 0 && now.Sub(time.Unix(0, since)) > limit {
			w.index = fmt.Sprintf("a document has waited %s for the indexer", now.Sub(time.Unix(0, since)).Round(time.Second))
			break
		}
	}
	return w
}

// selfState follows vigil's own alerts.
type selfState struct {
	mu            sync.Mutex
	source, index selfAlert
}

type selfAlert struct {
	since  time.Time    // wall time the problem was first seen (zero: fine)
	firing *alert.Alert // the notification, once raised
	why    string
}

func (s *selfState) reasons() (source, index string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.source.why, s.index.why
}

// selfAlerts raises and resolves vigil's own alerts at wall time now.
// clock is the pipeline's clock (the time the alerts carry).
func (p *Pipeline) selfAlerts(now, clock time.Time, why heldWhy) {
	p.self.mu.Lock()
	out := p.self.source.step(RuleSourceUnavailable, "source", why.source, now, clock, p.cfg.SelfAlertAfter)
	out = append(out, p.self.index.step(RuleIndexUnavailable, "index", why.index, now, clock, p.cfg.SelfAlertAfter)...)
	p.self.mu.Unlock()
	for _, a := range out {
		p.log.Warn().Str("alert", a.Rule).Str("status", string(a.Status)).Str("why", a.Annotations["summary"]).Msg("vigil's own alert")
		p.stats.alerts.Add(1)
		if p.st.Alerts != nil {
			p.st.Alerts.Submit(a)
		}
	}
}

// step moves one of vigil's own alerts on: the problem why (empty: none)
// seen at now. It returns the transitions to notify.
func (s *selfAlert) step(rule, component, why string, now, clock time.Time, after time.Duration) []alert.Alert {
	s.why = why
	if why == "" {
		s.since = time.Time{}
		if s.firing == nil {
			return nil
		}
		a := *s.firing
		s.firing = nil
		end := clock
		a.Status, a.EndsAt = alert.Resolved, &end
		return []alert.Alert{a}
	}
	if s.since.IsZero() {
		s.since = now
	}
	if s.firing != nil || now.Sub(s.since) < after {
		return nil
	}
	labels := map[string]string{"service.name": "vigil", "component": component}
	a := alert.Alert{
		Fingerprint: alert.Fingerprint(rule, labels),
		Status:      alert.Firing,
		Rule:        rule,
		Kind:        alert.KindRule,
		Severity:    alert.P1,
		Labels:      labels,
		Annotations: map[string]string{
			"summary":     fmt.Sprintf("vigil cannot %s: %s", map[string]string{"source": "read its source", "index": "write to the index"}[component], why),
			"description": "While this fires, event time does not move on by the clock: rules about silence (heartbeats, absences) wait instead of paging about a gap vigil caused.",
		},
		StartsAt: clock,
	}
	s.firing = &a
	return []alert.Alert{a}
}
