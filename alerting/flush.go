package alerting

import (
	"cmp"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Flushing a group: what its receiver is told, deduplicated against what it
// was told before (the notification log, in memory here; nflog.go keeps it
// on disk), and what is remembered once it was told.

// logEntry is what a group's receiver was last told, and when: the
// firing alerts with the start of the episode it was told of (zero when
// not known, from an older snapshot), and the resolved ones.
type logEntry struct {
	firing   map[string]time.Time
	resolved map[string]struct{}
	at       time.Time
}

// flush decides what group g tells its receiver at now, under d.mu: its
// alerts that mute does not hold back, deduplicated against what the
// receiver was told (the notification log). It returns a job to deliver, or
// nil when there is nothing to say (resolved alerts that need no
// notification are dropped at once).
func (d *Dispatcher) flush(g *group, now time.Time, mute Muter) *job {
	g.dirty = false
	g.epoch = d.epoch
	prev := d.nflog[g.key]
	entries := make([]*entry, 0, len(g.alerts))
	for _, e := range g.alerts {
		entries = append(entries, e)
	}
	slices.SortFunc(entries, func(a, b *entry) int {
		return cmp.Or(a.a.StartsAt.Compare(b.a.StartsAt), cmp.Compare(a.a.Rule, b.a.Rule),
			cmp.Compare(a.a.Fingerprint, b.a.Fingerprint))
	})
	var firing, resolved []string
	var send, told []alert.Alert
	starts := map[string]time.Time{}
	versions := map[string]uint64{}
	for _, e := range entries {
		fp := e.a.Fingerprint
		if e.a.Status == alert.Resolved {
			versions[fp] = e.version
		}
		_, reason := mute.Mutes(&e.a, now)
		if reason != "" && e.a.Status == alert.Resolved && prev != nil {
			if _, told := prev.firing[fp]; told {
				reason = "" // the receiver heard it start: let it hear the end
			}
		}
		d.countMuted(e, reason)
		if reason != "" {
			continue
		}
		told = append(told, e.a)
		if e.a.Status == alert.Firing {
			firing = append(firing, fp)
			starts[fp] = e.a.StartsAt
			send = append(send, d.withAckURL(e.a, now))
		} else {
			resolved = append(resolved, fp)
			if g.recv.sendResolved {
				send = append(send, e.a)
			}
		}
	}
	g.visible = len(firing)+len(resolved) > 0
	j := &job{g: g, firing: firing, resolved: resolved, told: told, versions: versions, at: now}
	if len(firing)+len(resolved) == 0 || !needsUpdate(prev, firing, starts, resolved, g.recv.sendResolved, now, g.route.repeatInterval) {
		if len(firing)+len(resolved) > 0 {
			d.stats.Deduplicated++
		}
		d.dropResolved(g, versions)
		return nil
	}
	if len(send) == 0 { // only resolved alerts, and the receiver does not want them
		d.record(j)
		return nil
	}
	j.alerts = send
	j.done = make(chan struct{})
	g.inflight = true
	d.inflight[j] = struct{}{}
	return j
}

// countMuted counts an alert once each time it becomes suppressed.
func (d *Dispatcher) countMuted(e *entry, reason string) {
	if reason == e.muted {
		return
	}
	e.muted = reason
	switch reason {
	case mutedBySilence:
		d.stats.Silenced++
	case mutedByMaintenance:
		d.stats.Maintenance++
	case mutedByInhibition:
		d.stats.Inhibited++
	}
}

// needsUpdate reports whether a group's receiver must be notified: new
// firing alerts (or a new episode of one: another starts_at), newly
// resolved alerts it wants, all of its alerts resolved, or repeat_interval
// passed since the last notification.
func needsUpdate(prev *logEntry, firing []string, starts map[string]time.Time, resolved []string, sendResolved bool, now time.Time, repeat time.Duration) bool {
	if prev == nil {
		return len(firing) > 0
	}
	for _, fp := range firing {
		was, ok := prev.firing[fp]
		if !ok || (!was.IsZero() && !was.Equal(starts[fp])) {
			return true
		}
	}
	if len(firing) == 0 {
		return len(prev.firing) > 0
	}
	if sendResolved && !subset(resolved, prev.resolved) {
		return true
	}
	return !now.Before(prev.at.Add(repeat))
}

func subset[V any](fps []string, set map[string]V) bool {
	for _, fp := range fps {
		if _, ok := set[fp]; !ok {
			return false
		}
	}
	return true
}

// record notes in the notification log what j told its receiver and drops
// the resolved alerts it carried, under d.mu.
func (d *Dispatcher) record(j *job) {
	if len(j.firing) == 0 {
		delete(d.nflog, j.g.key) // nothing left to remember
	} else {
		le := &logEntry{firing: map[string]time.Time{}, resolved: map[string]struct{}{}, at: j.at}
		starts := map[string]time.Time{}
		for i := range j.told {
			starts[j.told[i].Fingerprint] = j.told[i].StartsAt
		}
		for _, fp := range j.firing {
			le.firing[fp] = starts[fp]
		}
		for _, fp := range j.resolved {
			le.resolved[fp] = struct{}{}
		}
		d.nflog[j.g.key] = le
	}
	d.dropResolved(j.g, j.versions)
}

// dropResolved removes from g the resolved alerts that have not changed
// since versions was taken; an alert in no group is forgotten, and an empty
// group is removed.
func (d *Dispatcher) dropResolved(g *group, versions map[string]uint64) {
	for fp, v := range versions {
		e, ok := g.alerts[fp]
		if !ok || e.version != v || e.a.Status != alert.Resolved {
			continue
		}
		delete(g.alerts, fp)
		e.groups = slices.DeleteFunc(e.groups, func(x *group) bool { return x == g })
		if len(e.groups) == 0 {
			delete(d.alerts, fp)
			delete(d.orphans, fp)
			d.silencer.forget(fp)
		}
	}
	if len(g.alerts) == 0 && !g.inflight {
		d.deleteGroup(g)
	}
}

// deleteGroup forgets an empty group and what its receiver was told: it
// holds no alert any more, so a later alert with the same key is news.
func (d *Dispatcher) deleteGroup(g *group) {
	if d.groups[g.key] == g {
		delete(d.groups, g.key)
		delete(d.nflog, g.key)
	}
}
