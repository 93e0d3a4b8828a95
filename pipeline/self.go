package pipeline

import (
	"cmp"
	"fmt"
	"slices"
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
// summary says why. Their times are wall time. The program that wires the
// pipeline adds more of them with AddSelfCheck (vigil run: a stalled
// pipeline, lag beyond a bound, a failing receiver; package server).

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
	checks        []*selfCheckState // AddSelfCheck's
}

// SelfCheck is one more of vigil's own alerts, judged at every tick of the
// quiet clock as the two above are (live mode only): raised once a problem
// has lasted After, resolved when it clears, submitted to the alert sink
// with the same labels (service.name=vigil, component) and clock. A check
// may report several problems at once, one alert each, told apart by their
// labels (a failing receiver each, say).
type SelfCheck struct {
	Rule      string
	Severity  alert.Severity // default P1
	Component string
	// After is how long a problem must last before its alert fires
	// (default Config.SelfAlertAfter).
	After time.Duration
	// Summary begins the alert's summary; ": " and the problem's why
	// follow.
	Summary     string
	Description string
	// Check reports the problems at wall time now (none: all is well). It
	// runs on the evaluating goroutine every tick and must be quick; it may
	// call the pipeline's Stats and SelfAlerts.
	Check func(now time.Time) []SelfProblem
}

// SelfProblem is a problem a SelfCheck sees now.
type SelfProblem struct {
	// Labels are added to the alert's (service.name and component).
	Labels map[string]string
	Why    string
}

// selfCheckState follows one SelfCheck's alerts, by fingerprint.
type selfCheckState struct {
	check  SelfCheck
	alerts map[string]*selfAlert
}

// AddSelfCheck adds one of vigil's own alerts (see SelfCheck). Call it
// before Run.
func (p *Pipeline) AddSelfCheck(c SelfCheck) {
	if c.Severity == "" {
		c.Severity = alert.P1
	}
	p.self.mu.Lock()
	p.self.checks = append(p.self.checks, &selfCheckState{check: c, alerts: map[string]*selfAlert{}})
	p.self.mu.Unlock()
}

// SelfAlerts returns vigil's own alerts firing now, by rule and
// fingerprint (for a readiness probe).
func (p *Pipeline) SelfAlerts() []alert.Alert {
	p.self.mu.Lock()
	defer p.self.mu.Unlock()
	var out []alert.Alert
	for _, s := range []*selfAlert{&p.self.source, &p.self.index} {
		if s.firing != nil {
			out = append(out, *s.firing)
		}
	}
	for _, cs := range p.self.checks {
		for _, s := range cs.alerts {
			if s.firing != nil {
				out = append(out, *s.firing)
			}
		}
	}
	slices.SortFunc(out, func(a, b alert.Alert) int {
		return cmp.Or(cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Fingerprint, b.Fingerprint))
	})
	return out
}

// steps moves a check's alerts on at now: each problem reported, and the
// end of those no longer reported.
func (cs *selfCheckState) steps(problems []SelfProblem, now, clock time.Time, after time.Duration) []alert.Alert {
	c := &cs.check
	if c.After > 0 {
		after = c.After
	}
	var out []alert.Alert
	seen := map[string]bool{}
	for _, pr := range problems {
		labels := map[string]string{"service.name": "vigil", "component": c.Component}
		for k, v := range pr.Labels {
			labels[k] = v
		}
		fp := alert.Fingerprint(c.Rule, labels)
		seen[fp] = true
		s := cs.alerts[fp]
		if s == nil {
			s = &selfAlert{}
			cs.alerts[fp] = s
		}
		out = append(out, s.stepWith(selfSpec{rule: c.Rule, severity: c.Severity, labels: labels,
			summary: c.Summary + ": " + pr.Why, description: c.Description}, pr.Why, now, clock, after)...)
	}
	for fp, s := range cs.alerts {
		if seen[fp] {
			continue
		}
		out = append(out, s.stepWith(selfSpec{}, "", now, clock, after)...)
		delete(cs.alerts, fp)
	}
	return out
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
	// The checks run unlocked: they may read the pipeline's Stats.
	p.self.mu.Lock()
	checks := slices.Clone(p.self.checks)
	p.self.mu.Unlock()
	problems := make([][]SelfProblem, len(checks))
	for i, cs := range checks {
		problems[i] = cs.check.Check(now)
	}
	p.self.mu.Lock()
	out := p.self.source.step(RuleSourceUnavailable, "source", why.source, now, clock, p.cfg.SelfAlertAfter)
	out = append(out, p.self.index.step(RuleIndexUnavailable, "index", why.index, now, clock, p.cfg.SelfAlertAfter)...)
	for i, cs := range checks {
		out = append(out, cs.steps(problems[i], now, clock, p.cfg.SelfAlertAfter)...)
	}
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
	return s.stepWith(selfSpec{
		rule: rule, severity: alert.P1,
		labels:      map[string]string{"service.name": "vigil", "component": component},
		summary:     fmt.Sprintf("vigil cannot %s: %s", map[string]string{"source": "read its source", "index": "write to the index"}[component], why),
		description: "While this fires, event time does not move on by the clock: rules about silence (heartbeats, absences) wait instead of paging about a gap vigil caused.",
	}, why, now, clock, after)
}

// selfSpec is what one of vigil's own alerts says.
type selfSpec struct {
	rule                 string
	severity             alert.Severity
	labels               map[string]string
	summary, description string
}

// stepWith is step for the alert sp describes.
func (s *selfAlert) stepWith(sp selfSpec, why string, now, clock time.Time, after time.Duration) []alert.Alert {
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
	a := alert.Alert{
		Fingerprint: alert.Fingerprint(sp.rule, sp.labels),
		Status:      alert.Firing,
		Rule:        sp.rule,
		Kind:        alert.KindRule,
		Severity:    sp.severity,
		Labels:      sp.labels,
		Annotations: map[string]string{"summary": sp.summary, "description": sp.description},
		StartsAt:    clock,
	}
	s.firing = &a
	return []alert.Alert{a}
}
