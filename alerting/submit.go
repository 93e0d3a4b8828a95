package alerting

import (
	"maps"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Submitting and routing: the alerts the dispatcher holds, and the groups
// each one's routes put it in.

// entry is one alert held by the dispatcher.
type entry struct {
	a       alert.Alert
	arrived time.Time // dispatcher clock when first submitted
	version uint64    // bumped by every Submit
	sev     alert.Severity
	groups  []*group
	muted   string // mute verdict of the last flush, for counting
}

// Submit hands the dispatcher an alert transition: firing when an alert
// starts (or is re-sent), resolved, with EndsAt, when it ends. It only
// updates in-memory state and never waits for a delivery. An alert without
// a fingerprint gets alert.Fingerprint(rule, labels); one without a Kibana
// link gets one when Config.KibanaURL is set. The alert's maps and slices
// are copied.
func (d *Dispatcher) Submit(a alert.Alert) {
	a.Labels = maps.Clone(a.Labels)
	a.Annotations = maps.Clone(a.Annotations)
	a.TraceIDs = slices.Clone(a.TraceIDs)
	a.Samples = slices.Clone(a.Samples)
	if a.Fingerprint == "" {
		a.Fingerprint = alert.Fingerprint(a.Rule, a.Labels)
	}
	if a.Status != alert.Resolved {
		a.Status = alert.Firing
		a.EndsAt = nil
	}

	d.mu.Lock()
	defer d.mu.Unlock()
	if d.closed {
		d.stats.DroppedAfterClose++
		d.log.Warn().Str("rule", a.Rule).Str("fingerprint", a.Fingerprint).Msg("alert submitted after the dispatcher closed; dropped")
		return
	}
	d.stats.Received++
	delete(d.orphans, a.Fingerprint) // the engine speaks for it again
	if start, ok := d.ended[a.Fingerprint]; ok {
		if start.Equal(a.StartsAt) {
			// An episode the receiver already heard start and end.
			d.stats.Deduplicated++
			if a.Status == alert.Resolved {
				delete(d.ended, a.Fingerprint)
			}
			return
		}
		delete(d.ended, a.Fingerprint) // a new episode
	}
	if a.Status == alert.Resolved && a.EndsAt == nil {
		t := d.now
		if t.IsZero() {
			t = a.StartsAt
		}
		a.EndsAt = &t
	}
	if a.KibanaURL == "" && d.cfg.KibanaURL != "" {
		a.KibanaURL = alertLink(d.cfg.KibanaURL, d.cfg.DataView, d.lookback, &a)
	}
	d.insert(a, time.Time{})
}

// insert adds or updates an alert under d.mu. arrived is the arrival time
// to record for a new entry (zero: the dispatcher clock).
func (d *Dispatcher) insert(a alert.Alert, arrived time.Time) {
	e, ok := d.alerts[a.Fingerprint]
	if !ok {
		if arrived.IsZero() {
			arrived = arrival(d.now, &a)
		}
		e = &entry{arrived: arrived}
		d.alerts[a.Fingerprint] = e
	}
	if !ok || !e.a.StartsAt.Equal(a.StartsAt) {
		d.silencer.forget(a.Fingerprint) // a new episode: no silence's aftermath
	}
	e.a = a
	e.version++
	d.epoch++
	for _, g := range e.groups {
		g.dirty = true
	}
	if ok && e.sev == a.Severity && len(e.groups) > 0 {
		return // same labels, same severity: same routes
	}
	e.sev = a.Severity
	routes := d.root.match(&a)
	keep := e.groups[:0]
	want := map[string]*route{}
	for _, r := range routes {
		want[r.groupKey(&a)] = r
	}
	for _, g := range e.groups {
		if _, ok := want[g.key]; ok {
			keep = append(keep, g)
			delete(want, g.key)
			continue
		}
		// The severity changed the route. A receiver that was told the
		// alert fires keeps it, so that it hears the end too.
		if le := d.nflog[g.key]; le != nil {
			if _, told := le.firing[a.Fingerprint]; told {
				keep = append(keep, g)
				continue
			}
		}
		delete(g.alerts, a.Fingerprint)
	}
	e.groups = keep
	for _, r := range routes { // in route order, for determinism
		key := r.groupKey(&a)
		if _, ok := want[key]; !ok {
			continue
		}
		delete(want, key)
		g, ok := d.groups[key]
		if !ok {
			g = &group{
				key:    key,
				route:  r,
				recv:   d.receivers[r.receiver],
				alerts: map[string]*entry{},
				next:   e.arrived.Add(r.groupWait),
			}
			d.groups[key] = g
		}
		g.alerts[a.Fingerprint] = e
		g.dirty = true
		e.groups = append(e.groups, g)
	}
}

// maxAhead is how far ahead of the dispatcher clock an alert's own time is
// trusted as its arrival time; beyond that a producer's clock is suspect.
const maxAhead = 5 * time.Minute

// arrival is when a new alert counts as arrived: its event time (start, or
// end when resolved), or the dispatcher clock when that is later, so that
// group_wait runs from the transition whether the caller ticks before or
// after submitting.
func arrival(clock time.Time, a *alert.Alert) time.Time {
	t := a.StartsAt
	if a.EndsAt != nil {
		t = *a.EndsAt
	}
	switch {
	case clock.IsZero() || (t.After(clock) && !t.After(clock.Add(maxAhead))):
		return t
	}
	return clock
}
