package alerting

import (
	"cmp"
	"slices"
	"time"
)

// Groups and their timers: a group is flushed group_wait after it was
// created and then every group_interval; Tick finds the groups that are due
// and skips those that certainly have nothing new to say.

// group is an aggregation group: the alerts of one route with the same
// group-by label values, notified together.
type group struct {
	key      string
	route    *route
	recv     *receiver
	alerts   map[string]*entry
	next     time.Time // next flush
	inflight bool
	failed   bool   // the last delivery was given up on
	dirty    bool   // an alert changed since the last flush
	visible  bool   // the last flush had alerts that were not muted
	epoch    uint64 // d.epoch at the last flush
	sig      string // suppressionSignature at the last flush
	closing  bool   // flushed by Close already
}

// Tick advances the dispatcher's clock to now (a clock never goes back) and
// flushes every group that is due: group_wait after a group was created,
// then every group_interval. Still-firing alerts are notified again once
// repeat_interval has passed. With SyncDelivery the notifications are
// delivered before Tick returns; otherwise they are queued per receiver.
func (d *Dispatcher) Tick(now time.Time) {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return
	}
	if now.After(d.now) {
		d.now = now
	}
	now = d.now
	if len(d.orphans) > 0 {
		d.resolveOrphans(now)
	}
	var due []*group
	for _, g := range d.groups {
		if !g.inflight && !g.next.After(now) {
			due = append(due, g)
		}
	}
	slices.SortFunc(due, func(a, b *group) int {
		return cmp.Or(a.next.Compare(b.next), cmp.Compare(a.key, b.key))
	})
	// Escalations before the flushes, while resolved alerts are held.
	jobs := d.escalate(now)
	var mute muteChain // built for the first group flushed
	sig := d.suppressionSignature(now)
	for _, g := range due {
		g.next = nextFlush(g.next, now, g.route.groupInterval)
		if d.unchanged(g, now, sig) {
			if g.visible {
				d.stats.Deduplicated++
			}
			continue
		}
		if mute == nil {
			mute = d.muters()
		}
		g.sig = sig
		if j := d.flush(g, now, mute); j != nil {
			jobs = append(jobs, j)
		}
	}
	jobs = d.rateLimit(jobs, now, false) // held ones wait for a digest (ratelimit.go)
	if !d.opts.sync {
		// Queued under d.mu so that Close cannot close a queue meanwhile.
		d.enqueue(jobs)
		d.mu.Unlock()
		return
	}
	d.mu.Unlock()
	for _, j := range jobs {
		d.deliver(d.ctx, j)
	}
}

// unchanged reports whether flushing g at now would certainly say nothing
// new, so the flush can be skipped: no alert of g changed since its last
// flush, that flush's notification (if any) was delivered, suppression can
// only have changed through other alerts and none changed, no silence or
// maintenance window opened or closed, and no repeat is due.
func (d *Dispatcher) unchanged(g *group, now time.Time, sig string) bool {
	if g.dirty || g.sig != sig {
		return false
	}
	if len(d.inhibit) > 0 && g.epoch != d.epoch {
		return false
	}
	if prev := d.nflog[g.key]; prev != nil && !now.Before(prev.at.Add(g.route.repeatInterval)) {
		return false
	}
	return true
}

// suppressionSignature says which silences and maintenance windows are in
// force at now, one byte each (see silencer.signature and
// maintenance.signature).
func (d *Dispatcher) suppressionSignature(now time.Time) string {
	n := len(d.silencer.silences) + len(d.windows)
	if n == 0 {
		return ""
	}
	b := d.silencer.signature(make([]byte, 0, n), now)
	return string(d.windows.signature(b, now))
}

// nextFlush is the first point of the grid next + k·interval after now;
// with a zero interval, any later Tick.
func nextFlush(next, now time.Time, interval time.Duration) time.Time {
	if interval <= 0 {
		return now.Add(time.Nanosecond)
	}
	if n := now.Sub(next)/interval + 1; n > 0 {
		next = next.Add(n * interval)
	}
	return next
}
