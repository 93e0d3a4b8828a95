package alerting

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/vigilops/vigil/alert"
)

// Delivery: the jobs a flush produces go to each receiver's retry stage,
// through a bounded queue and a worker per receiver (or at once with
// SyncDelivery), and are settled when it is done; Close drains them.

// job is one notification on its way to a receiver.
type job struct {
	g        *group
	alerts   []alert.Alert
	firing   []string
	resolved []string
	told     []alert.Alert     // the alerts of firing and resolved, for the notification log
	versions map[string]uint64 // resolved entries to drop once delivered
	at       time.Time
	done     chan struct{}
	esc      *escJob // an escalation step's notification (escalation.go)
	// A digest of notifications held by a receiver's rate limit
	// (ratelimit.go) has no group of its own: recv is its receiver and
	// parts the held notifications it carries, each settled on its own
	// with the digest's outcome; a part points back to its digest.
	recv   *receiver
	parts  []*job
	digest *job
}

// receiver is the receiver j goes to.
func (j *job) receiver() *receiver {
	if j.recv != nil {
		return j.recv
	}
	return j.g.recv
}

// each returns the notifications j carries: a digest's parts, or j.
func (j *job) each() []*job {
	if j.parts != nil {
		return j.parts
	}
	return []*job{j}
}

// enqueue hands jobs to their receivers' workers without waiting, under
// d.mu. A full queue defers the notification to the group's next flush
// (nothing is recorded as told, so nothing is lost) and counts an overflow.
func (d *Dispatcher) enqueue(jobs []*job) {
	for _, j := range jobs {
		r := j.receiver()
		select {
		case r.queue <- j:
		default:
			d.stats.Overflows++
			r.stats.Overflows++
			if r.limit != nil && j.esc == nil {
				r.limit.bucket.give() // the token was not used
			}
			for _, p := range j.each() {
				p.g.inflight = false
				p.g.dirty = true
				delete(d.inflight, p)
				close(p.done)
			}
			d.log.Warn().Str("receiver", r.name).Int("alerts", len(j.alerts)).
				Strs("fingerprints", fingerprints(j.alerts)).
				Msg("receiver queue full; notification deferred to the group's next flush")
		}
	}
}

// worker delivers a receiver's queued notifications one at a time.
func (d *Dispatcher) worker(r *receiver) {
	defer d.wg.Done()
	for j := range r.queue {
		d.deliver(d.ctx, j)
	}
}

// deliver hands j to its receiver's retry stage and settles it: a
// delivered notification is logged (when a notification log is open) and
// recorded as told; one given up on leaves its group to try again at its
// next flush.
func (d *Dispatcher) deliver(ctx context.Context, j *job) {
	if j.parts != nil {
		d.deliverDigest(ctx, j)
		return
	}
	attempts, err := j.g.recv.retry.Deliver(ctx, j.alerts)
	if err == nil {
		d.mu.Lock()
		l := d.nf
		d.mu.Unlock()
		if l != nil {
			// Logged and synced before the delivery counts as done (record).
			// A crash between the receiver's answer and the sync is the
			// remaining window in which a restart may send it again.
			d.logRecord(l, j, func() { d.delivered(j, true, attempts, nil) })
			return
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.delivered(j, err == nil, attempts, err)
}

// delivered settles a job, under d.mu: on success it records what the
// receiver was told.
func (d *Dispatcher) delivered(j *job, ok bool, attempt int, err error) {
	if j.esc != nil {
		d.escalationDelivered(j, ok, attempt, err)
		return
	}
	r := j.g.recv
	j.g.inflight = false
	delete(d.inflight, j)
	j.g.failed = !ok
	j.g.dirty = j.g.dirty || !ok // flush again next time
	if ok {
		if j.digest == nil { // a digest is counted once (deliverDigest)
			d.countDelivered(r, j.alerts)
		}
		d.recordHistory(j, statusKind)
		d.record(j)
	} else { // counted by the retry stage
		if j.digest == nil { // a digest is logged once (deliverDigest)
			d.log.Error().Str("receiver", r.name).Str("notifier", r.retry.Name()).Int("attempts", attempt).
				Strs("rules", rules(j.alerts)).Strs("fingerprints", fingerprints(j.alerts)).Err(err).
				Msg("notification given up; the group will try again at its next flush")
		}
		if len(j.g.alerts) == 0 {
			d.deleteGroup(j.g)
		}
	}
	close(j.done)
}

// countDelivered counts a delivered notification of alerts to r, under
// d.mu.
func (d *Dispatcher) countDelivered(r *receiver, alerts []alert.Alert) {
	d.stats.Notifications++
	d.stats.AlertsNotified += int64(len(alerts))
	r.stats.Notifications++
	r.stats.AlertsNotified += int64(len(alerts))
}

// deliverDigest hands a digest to its receiver's retry stage and settles
// every notification it carries with its outcome: delivered, each is
// logged and recorded as told like a notification of its own; given up
// on, each group tries again at its next flush.
func (d *Dispatcher) deliverDigest(ctx context.Context, dj *job) {
	r := dj.recv
	attempts, err := r.retry.Deliver(ctx, dj.alerts)
	d.mu.Lock()
	l := d.nf
	if err == nil {
		d.countDelivered(r, dj.alerts)
		r.stats.Digests++
		d.log.Info().Str("receiver", r.name).Int("notifications", len(dj.parts)).Int("alerts", len(dj.alerts)).
			Msg("digest of the notifications held by the rate limit delivered")
	} else {
		d.log.Error().Str("receiver", r.name).Str("notifier", r.retry.Name()).Int("attempts", attempts).
			Int("notifications", len(dj.parts)).Strs("rules", rules(dj.alerts)).Strs("fingerprints", fingerprints(dj.alerts)).Err(err).
			Msg("digest given up; its groups will try again at their next flush")
	}
	d.mu.Unlock()
	for _, p := range dj.parts {
		if err == nil && l != nil {
			d.logRecord(l, p, func() { d.delivered(p, true, attempts, nil) })
			continue
		}
		d.mu.Lock()
		d.delivered(p, err == nil, attempts, err)
		d.mu.Unlock()
	}
}

func rules(as []alert.Alert) []string {
	var out []string
	for _, a := range as {
		if !slices.Contains(out, a.Rule) {
			out = append(out, a.Rule)
		}
	}
	return out
}

func fingerprints(as []alert.Alert) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Fingerprint
	}
	return out
}

// Close flushes every group at once (ignoring group_wait), except groups
// whose last delivery was given up on, sends what the receivers' rate
// limits hold as digests without waiting for tokens (the clock does not
// move any more), waits for the deliveries in progress and those flushes,
// and stops the receivers' workers. When ctx ends first, deliveries are
// abandoned and ctx's error is returned. Alerts submitted after Close are
// counted and dropped.
func (d *Dispatcher) Close(ctx context.Context) error {
	d.mu.Lock()
	if d.closed {
		d.mu.Unlock()
		return errors.New("alerting: dispatcher already closed")
	}
	d.closed = true
	d.mu.Unlock()

	stop := context.AfterFunc(ctx, d.cancel)
	defer stop()
	var err error
	for {
		d.mu.Lock()
		now := d.now
		var gs []*group
		for _, g := range d.groups {
			// A group whose delivery was just given up on is not tried again.
			if !g.inflight && !g.closing && !g.failed {
				gs = append(gs, g)
			}
		}
		slices.SortFunc(gs, func(a, b *group) int {
			return cmp.Or(a.next.Compare(b.next), cmp.Compare(a.key, b.key))
		})
		var jobs []*job
		mute := d.muters()
		for _, g := range gs {
			g.closing = true
			if j := d.flush(g, now, mute); j != nil {
				jobs = append(jobs, j)
			}
		}
		// Held notifications go out now, without waiting for tokens.
		jobs = d.rateLimit(jobs, now, true)
		var waits []chan struct{}
		for j := range d.inflight { // those in progress, the new ones and the digests' parts
			waits = append(waits, j.done)
		}
		d.mu.Unlock()
		if len(waits) == 0 {
			break
		}
		if d.opts.sync {
			for _, j := range jobs {
				d.deliver(d.ctx, j)
			}
		} else {
			for _, j := range jobs {
				select {
				case j.receiver().queue <- j:
				case <-ctx.Done():
				}
			}
		}
		for _, w := range waits {
			select {
			case <-w:
			case <-ctx.Done():
			}
		}
		if ctx.Err() != nil {
			err = fmt.Errorf("alerting: close: %w", ctx.Err())
			break
		}
	}
	if err == nil && ctx.Err() != nil { // deliveries may have been cut short
		err = fmt.Errorf("alerting: close: %w", ctx.Err())
	}
	for _, r := range d.receivers {
		if r.queue != nil {
			close(r.queue)
		}
	}
	d.cancel()
	d.wg.Wait()
	d.mu.Lock()
	l, st := d.nf, d.stats
	d.mu.Unlock()
	if l != nil {
		if cerr := l.close(); cerr != nil && err == nil {
			err = fmt.Errorf("alerting: close: %w", cerr)
		}
		d.log.Info().Str("nflog", l.path).Int64("written", st.LogWritten).Int64("replayed", st.LogReplayed).
			Int64("compactions", st.LogCompactions).Int64("errors", st.LogErrors).
			Int64("orphans_resolved", st.LogOrphansResolved).Msg("notification log closed")
	}
	return err
}
