// Package alerting turns alert state transitions into notifications.
//
// The rules engine and the detectors submit one alert.Alert when an alert
// starts firing and one when it resolves. The Dispatcher routes each alert
// through a tree of matchers to receivers, batches alerts into groups by
// label values, deduplicates against what each receiver was already told,
// re-notifies still-firing alerts every repeat interval, suppresses alerts
// that are silenced, inside a maintenance window or inhibited by a more
// severe alert, and delivers notifications through a retry stage with
// exponential backoff to Notifiers (implemented in sinks/notify/…).
//
// What each group's receiver was told is checkpointed with Snapshot and,
// between checkpoints, kept in a notification log file (OpenLog): a record
// is appended and synced for every delivered notification, so a restart
// neither pages again nor forgets a firing alert (see README.md).
//
// Time is the caller's: Tick advances the dispatcher's clock (the event-time
// watermark in replay, the wall clock in live mode) and nothing in the
// package reads the system clock for its decisions.
package alerting

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"slices"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// Notifier delivers one notification (a batch of alerts of one group) to a
// channel. It reports whether a failure is worth retrying; the dispatcher's
// retry stage does the backoff. Notify must honour ctx.
type Notifier interface {
	Name() string
	Notify(ctx context.Context, alerts []alert.Alert) (retry bool, err error)
}

// Option tunes a Dispatcher beyond its Config.
type Option func(*options)

type options struct {
	sync   bool
	sleep  func(ctx context.Context, d time.Duration) error
	jitter func() float64
}

// SyncDelivery makes Tick and Close deliver notifications themselves, in a
// stable order, before returning (retries included). `vigil replay` uses it
// so that its output is deterministic.
func SyncDelivery() Option { return func(o *options) { o.sync = true } }

// WithSleep replaces the wait between retries (tests pass one that returns
// at once and records the delays).
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(o *options) { o.sleep = sleep }
}

// WithJitter replaces the random source of the backoff jitter; f returns a
// number in [0, 1).
func WithJitter(f func() float64) Option { return func(o *options) { o.jitter = f } }

// Stats are the dispatcher's counters since it was created.
type Stats struct {
	Received          int64 // alerts submitted
	Active            int   // alerts held (firing, or resolved and not yet notified)
	Groups            int   // aggregation groups
	Notifications     int64 // notifications delivered
	AlertsNotified    int64 // alerts in delivered notifications
	Deduplicated      int64 // group flushes with nothing new to say
	Silenced          int64 // alerts that became muted by a silence
	Maintenance       int64 // alerts that became muted by a maintenance window
	Inhibited         int64 // alerts that became muted by an inhibition rule
	FailedAttempts    int64 // delivery attempts that failed
	Retries           int64 // delivery attempts that were retries
	FinalFailures     int64 // notifications given up on (logged; retried at the group's next flush)
	Overflows         int64 // notifications deferred because a receiver's queue was full
	DroppedAfterClose int64 // alerts submitted after Close
	// The notification log (OpenLog).
	LogWritten         int64 // records appended and synced
	LogReplayed        int64 // records replayed after a restart
	LogCompactions     int64 // compactions
	LogCorrupt         int64 // corrupt or torn records skipped when replaying
	LogErrors          int64 // failed appends or compactions
	LogOrphansResolved int64 // alerts restored from the log, resolved because the rules engine did not raise them again
	Receivers          map[string]ReceiverStats
}

// ReceiverStats are one receiver's counters.
type ReceiverStats struct {
	Notifications  int64
	AlertsNotified int64
	FailedAttempts int64
	FinalFailures  int64
	Overflows      int64
	Queued         int // notifications waiting in the queue now
}

// Dispatcher routes, groups, deduplicates, suppresses and delivers alerts.
// Its methods are safe for concurrent use.
type Dispatcher struct {
	cfg       Config
	opts      options
	log       zerolog.Logger
	root      *route
	receivers map[string]*receiver
	silences  []silence
	windows   []*window
	inhibit   []inhibitRule
	lookback  time.Duration
	retry     RetryConfig

	ctx    context.Context // cancelled when Close gives up
	cancel context.CancelFunc
	wg     sync.WaitGroup // receiver workers

	mu       sync.Mutex
	now      time.Time
	alerts   map[string]*entry // by fingerprint
	groups   map[string]*group // by group key
	nflog    map[string]*logEntry
	inflight map[*job]struct{}
	epoch    uint64 // bumped by every alert update (inhibition may change)
	closed   bool
	stats    Stats

	// The notification log file (OpenLog) and its record numbers: nfSeq is
	// the last one applied to nflog, snapSeq nfSeq at the last Snapshot.
	nf             *notificationLog
	nfSeq, snapSeq uint64
	retention      time.Duration // of the log's records, on the dispatcher clock
	// orphans are alerts restored from the log, not (yet) raised again by
	// the rules engine, with when they are resolved if it does not.
	orphans map[string]time.Time
	// ended are the episodes (fingerprint → starts_at) the log says a
	// receiver heard start and end: raised again by a rules engine restored
	// from an older state, they are not notified again.
	ended map[string]time.Time
}

type receiver struct {
	name         string
	n            Notifier
	sendResolved bool
	queue        chan *job
	stats        ReceiverStats
}

type silence struct {
	matchers Matchers
	from, to time.Time
}

type inhibitRule struct {
	source, target Matchers
	equal          []string
}

// entry is one alert held by the dispatcher.
type entry struct {
	a       alert.Alert
	arrived time.Time // dispatcher clock when first submitted
	version uint64    // bumped by every Submit
	sev     alert.Severity
	groups  []*group
	muted   string // suppression verdict of the last flush, for counting
	// silencedTo is the end of the latest silence that muted this firing
	// episode (zero when none did): see silenceAftermath.
	silencedTo time.Time
}

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

// logEntry is what a group's receiver was last told, and when: the
// firing alerts with the start of the episode it was told of (zero when
// not known, from an older snapshot), and the resolved ones.
type logEntry struct {
	firing   map[string]time.Time
	resolved map[string]struct{}
	at       time.Time
}

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

// NewDispatcher checks cfg and returns a dispatcher delivering to
// receivers, keyed by receiver name; every receiver in cfg needs one. A
// receiver in cfg may leave its channel unset when its notifier is built in
// code.
// Without SyncDelivery each receiver gets a worker goroutine and a bounded
// queue; Close stops them.
func NewDispatcher(cfg Config, receivers map[string]Notifier, log zerolog.Logger, opts ...Option) (*Dispatcher, error) {
	if err := cfg.validate("", false); err != nil {
		return nil, fmt.Errorf("alerting config: %w", err)
	}
	if cfg.Route.Receiver == "" {
		return nil, errors.New("alerting config: route.receiver: is required: the root route names the default receiver")
	}
	d := &Dispatcher{
		cfg:       cfg,
		log:       log,
		receivers: map[string]*receiver{},
		alerts:    map[string]*entry{},
		groups:    map[string]*group{},
		nflog:     map[string]*logEntry{},
		inflight:  map[*job]struct{}{},
		orphans:   map[string]time.Time{},
		ended:     map[string]time.Time{},
		lookback:  cmp.Or(cfg.KibanaLookback, DefaultKibanaLookback),
		retry: RetryConfig{
			Initial:  cmp.Or(cfg.Retry.Initial, DefaultRetryInitial),
			Max:      cmp.Or(cfg.Retry.Max, DefaultRetryMax),
			Attempts: cmp.Or(cfg.Retry.Attempts, DefaultRetryAttempts),
		},
	}
	if d.retry.Max < d.retry.Initial {
		d.retry.Max = d.retry.Initial
	}
	d.opts = options{sleep: sleepCtx, jitter: rand.Float64}
	for _, o := range opts {
		o(&d.opts)
	}
	root, err := compileRoute(&cfg.Route, nil, "0")
	if err != nil {
		return nil, err
	}
	d.root = root
	d.retention = cfg.NflogRetention
	if d.retention <= 0 {
		d.retention = 2 * root.maxRepeat()
	}
	if d.silences, d.windows, d.inhibit, err = compileSuppressions(&cfg); err != nil {
		return nil, err
	}
	qsize := cmp.Or(cfg.QueueSize, DefaultQueueSize)
	for _, rc := range cfg.Receivers {
		n, ok := receivers[rc.Name]
		if !ok || n == nil {
			return nil, fmt.Errorf("alerting: receiver %q has no notifier", rc.Name)
		}
		r := &receiver{name: rc.Name, n: n, sendResolved: rc.WantsResolved()}
		if !d.opts.sync {
			r.queue = make(chan *job, qsize)
		}
		d.receivers[rc.Name] = r
	}
	d.ctx, d.cancel = context.WithCancel(context.Background())
	if !d.opts.sync {
		for _, r := range d.receivers {
			d.wg.Add(1)
			go d.worker(r)
		}
	}
	return d, nil
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
	if !e.a.StartsAt.Equal(a.StartsAt) {
		e.silencedTo = time.Time{} // a new episode
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
	var jobs []*job
	var inh inhibitionIndex
	built := false
	sig := d.suppressionSignature(now)
	for _, g := range due {
		g.next = nextFlush(g.next, now, g.route.groupInterval)
		if d.unchanged(g, now, sig) {
			if g.visible {
				d.stats.Deduplicated++
			}
			continue
		}
		if !built {
			inh, built = d.inhibitionIndex(), true
		}
		g.sig = sig
		if j := d.flush(g, now, inh); j != nil {
			jobs = append(jobs, j)
		}
	}
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
// force at now, one byte each.
func (d *Dispatcher) suppressionSignature(now time.Time) string {
	if len(d.silences)+len(d.windows) == 0 {
		return ""
	}
	b := make([]byte, 0, len(d.silences)+len(d.windows))
	for _, s := range d.silences {
		switch {
		case (s.from.IsZero() || !now.Before(s.from)) && now.Before(s.to):
			b = append(b, '1')
		case !now.Before(s.to) && now.Before(s.to.Add(silenceAftermath)):
			b = append(b, '2') // its episodes' aftermath
		default:
			b = append(b, '0')
		}
	}
	for _, w := range d.windows {
		if w.open(now) {
			b = append(b, '1')
		} else {
			b = append(b, '0')
		}
	}
	return string(b)
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

// inhibitionIndex maps, per inhibition rule, the equal-label values of the
// firing source alerts to the number of sources and one of their
// fingerprints (an alert does not inhibit itself).
type inhibitionIndex []map[string]inhibitSources

type inhibitSources struct {
	n  int
	fp string
}

func (d *Dispatcher) inhibitionIndex() inhibitionIndex {
	if len(d.inhibit) == 0 {
		return nil
	}
	idx := make(inhibitionIndex, len(d.inhibit))
	for i := range d.inhibit {
		idx[i] = map[string]inhibitSources{}
	}
	for fp, e := range d.alerts {
		if e.a.Status != alert.Firing {
			continue
		}
		for i, r := range d.inhibit {
			if r.source.Matches(&e.a) {
				k := equalKey(&e.a, r.equal)
				s := idx[i][k]
				s.n++
				s.fp = fp
				idx[i][k] = s
			}
		}
	}
	return idx
}

func equalKey(a *alert.Alert, labels []string) string {
	var b []byte
	for _, l := range labels {
		b = append(b, labelValue(a, l)...)
		b = append(b, 0xff)
	}
	return string(b)
}

// mutedBy returns why an alert is suppressed at now ("silence",
// "maintenance", "inhibit") or "".
func (d *Dispatcher) mutedBy(e *entry, now time.Time, idx inhibitionIndex) string {
	a := &e.a
	for _, s := range d.silences {
		if (s.from.IsZero() || !now.Before(s.from)) && now.Before(s.to) && s.matchers.Matches(a) {
			if a.Status == alert.Firing && s.to.After(e.silencedTo) {
				e.silencedTo = s.to
			}
			return "silence"
		}
	}
	if a.Status == alert.Firing && !e.silencedTo.IsZero() && now.Before(e.silencedTo.Add(silenceAftermath)) {
		return "silence"
	}
	for _, w := range d.windows {
		if w.matchers.Matches(a) && w.open(now) {
			return "maintenance"
		}
	}
	for i, r := range d.inhibit {
		if !r.target.Matches(a) {
			continue
		}
		s := idx[i][equalKey(a, r.equal)]
		if s.n > 1 || (s.n == 1 && s.fp != a.Fingerprint) {
			return "inhibit"
		}
	}
	return ""
}

// silenceAftermath is how long an episode that began under a silence stays
// muted after the silence ends: a maintenance's errors and the catch-up
// after it end inside the silence, but an alert's hysteresis
// (keep_firing_for, the detector's calm points) outlives it by minutes, and
// the on-call would be paged at the silence's end about what already
// stopped. A problem that lasts past the aftermath is notified then.
const silenceAftermath = 30 * time.Minute

// flush decides what group g tells its receiver at now, under d.mu. It
// returns a job to deliver, or nil when there is nothing to say (resolved
// alerts that need no notification are dropped at once).
func (d *Dispatcher) flush(g *group, now time.Time, idx inhibitionIndex) *job {
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
		reason := d.mutedBy(e, now, idx)
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
			send = append(send, e.a)
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
	case "silence":
		d.stats.Silenced++
	case "maintenance":
		d.stats.Maintenance++
	case "inhibit":
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

// worker delivers a receiver's queued notifications one at a time.
func (d *Dispatcher) worker(r *receiver) {
	defer d.wg.Done()
	for j := range r.queue {
		d.deliver(d.ctx, j)
	}
}

// deliver is the retry stage: it calls the notifier until it succeeds, says
// the error is not worth retrying, or the attempts run out, backing off
// exponentially with jitter between attempts.
func (d *Dispatcher) deliver(ctx context.Context, j *job) {
	r := j.g.recv
	var err error
	ok := false
	attempt := 0
	for attempt = 1; ; attempt++ {
		var retry bool
		retry, err = r.n.Notify(ctx, j.alerts)
		if err == nil {
			ok = true
			break
		}
		d.mu.Lock()
		d.stats.FailedAttempts++
		r.stats.FailedAttempts++
		d.mu.Unlock()
		last := !retry || attempt >= d.retry.Attempts || ctx.Err() != nil
		d.log.Warn().Str("receiver", r.name).Str("notifier", r.n.Name()).Int("attempt", attempt).
			Bool("retryable", retry).Bool("giving_up", last).Strs("rules", rules(j.alerts)).
			Strs("fingerprints", fingerprints(j.alerts)).Err(err).Msg("notification failed")
		if last {
			break
		}
		if serr := d.opts.sleep(ctx, d.backoff(attempt)); serr != nil {
			err = fmt.Errorf("%w (retry abandoned: %w)", err, serr)
			break
		}
		d.mu.Lock()
		d.stats.Retries++
		d.mu.Unlock()
	}

	if ok {
		d.mu.Lock()
		l := d.nf
		d.mu.Unlock()
		if l != nil {
			// Logged and synced before the delivery counts as done (record).
			// A crash between the receiver's answer and the sync is the
			// remaining window in which a restart may send it again.
			d.logRecord(l, j, func() { d.delivered(j, true, attempt, nil) })
			return
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.delivered(j, ok, attempt, err)
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
		d.record(j)
	} else {
		d.stats.FinalFailures++
		r.stats.FinalFailures++
		d.log.Error().Str("receiver", r.name).Str("notifier", r.n.Name()).Int("attempts", attempt).
			Strs("rules", rules(j.alerts)).Strs("fingerprints", fingerprints(j.alerts)).Err(err).
			Msg("notification given up; the group will try again at its next flush")
		if len(j.g.alerts) == 0 {
			d.deleteGroup(j.g)
		}
	}
	close(j.done)
}

// backoff is the wait after the attempt-th failure: Initial doubled per
// attempt, capped at Max, the upper half jittered.
func (d *Dispatcher) backoff(attempt int) time.Duration {
	b := d.retry.Initial
	for i := 1; i < attempt && b < d.retry.Max; i++ {
		b *= 2
	}
	b = min(b, d.retry.Max)
	half := b / 2
	return half + time.Duration(d.opts.jitter()*float64(b-half))
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return nil
	case <-ctx.Done():
		return ctx.Err()
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
// whose last delivery was given up on, waits for the deliveries in progress
// and those flushes, and stops the receivers' workers. When ctx ends first, deliveries are abandoned and ctx's error is
// returned. Alerts submitted after Close are counted and dropped.
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
		inh := d.inhibitionIndex()
		for _, g := range gs {
			g.closing = true
			if j := d.flush(g, now, inh); j != nil {
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

// Stats returns a copy of the counters.
func (d *Dispatcher) Stats() Stats {
	d.mu.Lock()
	defer d.mu.Unlock()
	s := d.stats
	s.Active = len(d.alerts)
	s.Groups = len(d.groups)
	s.Receivers = make(map[string]ReceiverStats, len(d.receivers))
	for name, r := range d.receivers {
		rs := r.stats
		rs.Queued = len(r.queue)
		s.Receivers[name] = rs
	}
	return s
}
