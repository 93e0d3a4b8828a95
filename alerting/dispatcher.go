// Package alerting turns alert state transitions into notifications.
//
// The rules engine and the detectors submit one alert.Alert when an alert
// starts firing and one when it resolves. The Dispatcher routes each alert
// through a tree of matchers to receivers, batches alerts into groups by
// label values, deduplicates against what each receiver was already told,
// and re-notifies still-firing alerts every repeat interval. It composes
// two kinds of stage, in the manner of Alertmanager's notify pipeline:
//
//   - Muters hold alerts back: silences (silence.go), maintenance windows
//     (maintenance.go) and inhibition by a more severe alert (inhibit.go)
//     each implement Muter, and are asked in that order.
//   - A rate limit per receiver (ratelimit.go), a token bucket on the
//     dispatcher clock with defaults from the chat vendors' documented
//     limits, holds the notifications beyond it and sends what waited as
//     one digest at the next token: nothing is dropped, nothing is sent to
//     be refused.
//   - A RetryStage per receiver (retry.go) delivers a notification to its
//     Notifier (implemented in sinks/notify/…: terminal, ndjson, webhook,
//     the chat robots, PagerDuty, Alertmanager, email, SMS in
//     sinks/notify/sms and phone calls in sinks/notify/voice), retrying
//     with exponential backoff. Voice receivers (twilio_voice,
//     aliyun_voice) are never sent resolved notifications.
//
// The dispatcher itself keeps routing and grouping (submit.go, group.go),
// the dedup of each flush against the notification log (flush.go) and the
// receivers' queues and draining (deliver.go).
//
// Escalation and acknowledgement (escalation.go, ack.go): a route's
// escalate steps (not inherited by child routes) tell more receivers, once
// each, about a firing alert of the route that nobody acknowledged (Ack)
// some time after its first notification; time muted does not count, and
// every receiver a step told hears the resolution. With
// Config.ExternalURL set, every firing alert handed to a receiver carries
// an ack_url, signed with Config.AckSecret so that the link alone
// acknowledges that episode until it expires (AckWithLink).
//
// What each group's receiver was told is checkpointed with Snapshot and,
// between checkpoints, kept in a notification log file (OpenLog): a record
// is appended and synced for every delivered notification, so a restart
// neither pages again nor forgets a firing alert (see README.md).
//
// Time is the caller's: Tick advances the dispatcher's clock (the event-time
// watermark in replay, the wall clock in live mode) and nothing in the
// package reads the system clock for its decisions. Only the retry stage's
// waits between attempts are real time (WithSleep replaces them).
package alerting

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"sync"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
)

// Notifier delivers one notification (a batch of alerts of one group) to a
// channel. It reports whether a failure is worth retrying; the retry stage
// does the backoff. Notify must honour ctx.
type Notifier interface {
	Name() string
	Notify(ctx context.Context, alerts []alert.Alert) (retry bool, err error)
}

// Option tunes a Dispatcher, or a RetryStage, beyond its Config.
type Option func(*options)

type options struct {
	sync    bool
	sleep   func(ctx context.Context, d time.Duration) error
	jitter  func() float64
	now     func() time.Time
	history History
}

// SyncDelivery makes Tick and Close deliver notifications themselves, in a
// stable order, before returning (retries included). `vigil replay` uses it
// so that its output is deterministic. A RetryStage ignores it.
func SyncDelivery() Option { return func(o *options) { o.sync = true } }

// WithSleep replaces the wait between retries (tests pass one that returns
// at once and records the delays). It returns ctx's error when ctx ends
// first.
func WithSleep(sleep func(ctx context.Context, d time.Duration) error) Option {
	return func(o *options) { o.sleep = sleep }
}

// WithJitter replaces the random source of the backoff jitter; f returns a
// number in [0, 1).
func WithJitter(f func() float64) Option { return func(o *options) { o.jitter = f } }

// WithRetryClock replaces the clock the retry stage reads to keep its waits
// within a context's deadline (the dispatcher's own clock is Tick's).
func WithRetryClock(now func() time.Time) Option { return func(o *options) { o.now = now } }

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
	Escalations       int64 // alerts told to an escalation step's receiver
	// The notification log (OpenLog).
	LogWritten         int64 // records appended and synced
	LogReplayed        int64 // records replayed after a restart
	LogCompactions     int64 // compactions
	LogCorrupt         int64 // corrupt or torn records skipped when replaying
	LogErrors          int64 // failed appends or compactions
	LogOrphansResolved int64 // alerts restored from the log, resolved because the rules engine did not raise them again
	Receivers          map[string]ReceiverStats
}

// Add returns the sum of s and o, receiver by receiver: the counters of
// two dispatchers sending to the same receivers (cluster mode's, beside
// an instance's own).
func (s Stats) Add(o Stats) Stats {
	out := s
	out.Received += o.Received
	out.Active += o.Active
	out.Groups += o.Groups
	out.Notifications += o.Notifications
	out.AlertsNotified += o.AlertsNotified
	out.Deduplicated += o.Deduplicated
	out.Silenced += o.Silenced
	out.Maintenance += o.Maintenance
	out.Inhibited += o.Inhibited
	out.FailedAttempts += o.FailedAttempts
	out.Retries += o.Retries
	out.FinalFailures += o.FinalFailures
	out.Overflows += o.Overflows
	out.DroppedAfterClose += o.DroppedAfterClose
	out.Escalations += o.Escalations
	out.LogWritten += o.LogWritten
	out.LogReplayed += o.LogReplayed
	out.LogCompactions += o.LogCompactions
	out.LogCorrupt += o.LogCorrupt
	out.LogErrors += o.LogErrors
	out.LogOrphansResolved += o.LogOrphansResolved
	out.Receivers = make(map[string]ReceiverStats, len(s.Receivers)+len(o.Receivers))
	for name, r := range s.Receivers {
		out.Receivers[name] = r
	}
	for name, r := range o.Receivers {
		x := out.Receivers[name]
		x.Notifications += r.Notifications
		x.AlertsNotified += r.AlertsNotified
		x.FailedAttempts += r.FailedAttempts
		x.FinalFailures += r.FinalFailures
		x.Overflows += r.Overflows
		x.Queued += r.Queued
		x.RateLimited += r.RateLimited
		x.Digests += r.Digests
		x.Held += r.Held
		out.Receivers[name] = x
	}
	return out
}

// ReceiverStats are one receiver's counters.
type ReceiverStats struct {
	Notifications  int64
	AlertsNotified int64
	FailedAttempts int64
	FinalFailures  int64
	Overflows      int64
	Queued         int   // notifications waiting in the queue now
	RateLimited    int64 // notifications held by the receiver's rate limit
	Digests        int64 // digests delivered (each counted in Notifications too)
	Held           int   // notifications held for the next digest now
}

// Dispatcher routes, groups, deduplicates, mutes and delivers alerts.
// Its methods are safe for concurrent use.
type Dispatcher struct {
	cfg       Config
	opts      options
	log       zerolog.Logger
	root      *route
	receivers map[string]*receiver
	lookback  time.Duration

	ctx    context.Context // cancelled when Close gives up
	cancel context.CancelFunc
	wg     sync.WaitGroup // receiver workers

	mu  sync.Mutex
	now time.Time
	// The muters (mute.go), replaced by UpdateSuppressions.
	silencer *silencer
	windows  maintenance
	inhibit  inhibitRules
	alerts   map[string]*entry // by fingerprint
	groups   map[string]*group // by group key
	nflog    map[string]*logEntry
	inflight map[*job]struct{}
	epoch    uint64 // bumped by every alert update (inhibition may change)
	closed   bool
	stats    Stats // the retry stages keep their own (Stats adds them)

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
	// esc is escalation and acknowledgement state (escalation.go, ack.go).
	esc escalations
}

// receiver is one receiver: its retry stage (around its notifier) and,
// without SyncDelivery, the queue its worker drains.
type receiver struct {
	name         string
	retry        *RetryStage
	sendResolved bool
	queue        chan *job
	limit        *rateLimiter  // nil: no rate limit (ratelimit.go)
	stats        ReceiverStats // the dispatcher's; the retry stage counts failures
}

// NewDispatcher checks cfg and returns a dispatcher delivering to
// receivers, keyed by receiver name; every receiver in cfg needs one. A
// receiver in cfg may leave its channel unset when its notifier is built in
// code. Each notifier is wrapped in a RetryStage bounded by cfg.Retry.
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
	}
	for _, o := range opts {
		o(&d.opts)
	}
	root, err := compileRoute(&cfg.Route, nil, "0")
	if err != nil {
		return nil, err
	}
	d.root = root
	d.esc = newEscalations(&cfg)
	d.retention = cfg.NflogRetention
	if d.retention <= 0 {
		d.retention = 2 * root.maxRepeat()
	}
	if d.silencer, d.windows, d.inhibit, err = compileSuppressions(&cfg); err != nil {
		return nil, err
	}
	qsize := cmp.Or(cfg.QueueSize, DefaultQueueSize)
	for _, rc := range cfg.Receivers {
		n, ok := receivers[rc.Name]
		if !ok || n == nil {
			return nil, fmt.Errorf("alerting: receiver %q has no notifier", rc.Name)
		}
		r := &receiver{name: rc.Name, retry: newRetryStage(rc.Name, n, cfg.Retry, log, d.opts), sendResolved: rc.WantsResolved(),
			limit: newRateLimiter(rc)}
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
		rt := r.retry.Stats()
		rs.FailedAttempts, rs.FinalFailures = rt.FailedAttempts, rt.FinalFailures
		s.FailedAttempts += rt.FailedAttempts
		s.Retries += rt.Retries
		s.FinalFailures += rt.FinalFailures
		rs.Queued = len(r.queue)
		if r.limit != nil {
			rs.Held = len(r.limit.held)
		}
		s.Receivers[name] = rs
	}
	return s
}
