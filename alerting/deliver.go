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
}

// enqueue hands jobs to their receivers' workers without waiting, under
// d.mu. A full queue defers the notification to the group's next flush
// (nothing is recorded as told, so nothing is lost) and counts an overflow.
func (d *Dispatcher) enqueue(jobs []*job) {
	for _, j := range jobs {
		select {
		case j.g.recv.queue <- j:
		default:
			d.stats.Overflows++
			j.g.recv.stats.Overflows++
			j.g.inflight = false
			j.g.dirty = true
			delete(d.inflight, j)
			close(j.done)
			d.log.Warn().Str("receiver", j.g.recv.name).Int("alerts", len(j.alerts)).
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
	r := j.g.recv
	j.g.inflight = false
	delete(d.inflight, j)
	j.g.failed = !ok
	j.g.dirty = j.g.dirty || !ok // flush again next time
	if ok {
		d.stats.Notifications++
		d.stats.AlertsNotified += int64(len(j.alerts))
		r.stats.Notifications++
		r.stats.AlertsNotified += int64(len(j.alerts))
		d.recordHistory(j, statusKind)
		d.record(j)
	} else { // counted by the retry stage
		d.log.Error().Str("receiver", r.name).Str("notifier", r.retry.Name()).Int("attempts", attempt).
			Strs("rules", rules(j.alerts)).Strs("fingerprints", fingerprints(j.alerts)).Err(err).
			Msg("notification given up; the group will try again at its next flush")
		if len(j.g.alerts) == 0 {
			d.deleteGroup(j.g)
		}
	}
	close(j.done)
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
// whose last delivery was given up on, waits for the deliveries in progress
// and those flushes, and stops the receivers' workers. When ctx ends first,
// deliveries are abandoned and ctx's error is returned. Alerts submitted
// after Close are counted and dropped.
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
		var waits []chan struct{}
		for j := range d.inflight {
			waits = append(waits, j.done)
		}
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
				waits = append(waits, j.done)
			}
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
				case j.g.recv.queue <- j:
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
