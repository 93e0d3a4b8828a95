// Package pipeline wires vigil's stages: a source of raw log lines, decoding,
// redaction, indexing, dead-lettering and evaluation, with acknowledgements
// flowing back to the source only once an event is safely indexed or
// dead-lettered (docs/architecture.md §1).
//
// Stages are joined by bounded channels, so a slow index slows fetching
// instead of filling memory. Interfaces here are the small ones the pipeline
// consumes, over the values of package record; the Kafka, Elasticsearch,
// rules and alerting packages satisfy them directly.
//
// Pipeline.Run is one run over a source. Service (service.go) is the
// long-running service around it: it restores the checkpoint, checkpoints
// the evaluator's state with the coverage it reflects and lets the source
// commit only that far (Checkpointer, CommitGate), and shuts down in the
// order that keeps the guarantees.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline/record"
)

// Message is one raw log line and where it came from (package record).
type Message = record.Message

// Source yields messages. Fetch returns io.EOF when a finite source is done.
// Ack tells the source that a message is safely indexed or dead-lettered;
// it may be called from any goroutine and in any order.
type Source interface {
	Fetch(ctx context.Context) (Message, error)
	Ack(m Message)
}

// Health is what a live source can say about itself: whether it has read
// everything there is to read (connected, no lag on what it owns), and when
// not, why. While a source is not caught up the quiet clock does not move
// event time on: a missing heartbeat may be a message still in Kafka.
type Health interface {
	CaughtUp() (ok bool, why string)
}

// Document is one event to index. Done is called exactly once with nil when
// it is indexed, a *RejectedError when the index refuses it for good, or
// another error when indexing was abandoned (shutdown): then the message is
// not acknowledged and will be delivered again.
type Document = record.Document

// Indexer accepts documents; Add blocks while the indexer is full.
type Indexer interface {
	Add(ctx context.Context, doc Document) error
}

// RejectedError is a document the index refused for good (a mapping
// conflict, a 400). Its Code names the problem, not the content.
type RejectedError = record.RejectedError

// DeadLetter is a message that could not be processed, already redacted.
type DeadLetter = record.DeadLetter

// DeadLetters stores dead letters durably; Send returns only once stored.
type DeadLetters interface {
	Send(ctx context.Context, dl DeadLetter) error
}

// Redactor removes PII from events and from raw text.
type Redactor interface {
	RedactEvent(ev *event.Event)
	RedactText(s string) string
}

// Evaluator sees every event in event time and, as the watermark moves,
// returns alert state transitions. One goroutine drives it.
type Evaluator interface {
	Observe(ev *event.Event)
	Advance(watermark time.Time) []alert.Alert
}

// AssignmentScoped is an evaluator whose state of a source partition lasts
// as long as the source's assignment of it (Source.Assignment): what it
// observed and had not checkpointed when the partition was taken away is
// dropped, for the partition's next owner to evaluate (cluster mode's
// stage one). When the next owner is this process again, the pipeline
// hands the evaluator again what the source redelivers, instead of
// treating it as already counted, and a checkpoint's coverage of a
// partition holds only what its current assignment delivered. It needs a
// source with Assignments.
type AssignmentScoped interface {
	Evaluator
	ScopedToAssignment() bool
}

// Assignments is a source whose partitions are assigned to this process
// for a while (a Kafka consumer group): Assignment is the number of its
// current assignment of a partition (0: not owned), as messages carry in
// Source.Assignment.
type Assignments interface {
	Assignment(topic string, partition int) int64
}

// AlertSink receives alert transitions and the advancing clock.
type AlertSink interface {
	Submit(a alert.Alert)
	Tick(now time.Time)
}

// Config tunes a pipeline.
type Config struct {
	// Workers decode, redact and index in parallel; 1 keeps event order
	// (replay uses 1 so its output is deterministic).
	Workers int
	// QueueSize bounds each channel between stages.
	QueueSize int
	// Mapping renames input fields to ECS paths.
	Mapping event.Mapping
	// IndexName names the index of an event.
	IndexName func(ev *event.Event) string
	// Lateness is how far behind the newest event time an event may arrive
	// and still count; the watermark trails the newest event time by it.
	Lateness time.Duration
	// AdvanceEvery is the event-time step at which the evaluator is advanced.
	AdvanceEvery time.Duration
	// Clock, when set (live mode), advances the watermark while the stream is
	// quiet, so that a missing heartbeat is noticed. Replay leaves it nil.
	Clock func() time.Time
	// PerPartition makes the watermark the oldest of the partitions' newest
	// event times, as Kafka partitions are consumed at different paces: a
	// partition fetched in a large batch must not make the others' events
	// late. A partition that delivers nothing for IdleAfter (wall time,
	// default DefaultIdleAfter) stops holding the watermark back until it
	// delivers again; a source that aligns its partitions (IdleAware) is
	// given the same IdleAfter.
	PerPartition bool
	IdleAfter    time.Duration
	// TickInterval is how often, in wall time, silent partitions are marked
	// idle and the quiet clock is checked.
	TickInterval time.Duration
	// Covered is the coverage of the restored state (see Coverage): events
	// at the offsets it covers are indexed again but not evaluated again.
	Covered Coverage
	// Checkpoint, when set, is called every CheckpointEvery (wall time) from
	// the evaluating goroutine, so no event is evaluated while it runs, with
	// the offsets the evaluator's state then covers. It saves that state
	// together with the coverage; a source that holds its commits may then
	// commit up to each partition's Below.
	Checkpoint      func(Coverage) error
	CheckpointEvery time.Duration
	// DrainTimeout bounds how long a stop waits for the messages already
	// fetched to be indexed or dead-lettered (default 10s); the rest is
	// not acknowledged and is delivered again.
	DrainTimeout time.Duration
	// SelfAlertAfter is how long (wall time) the source may be cut off or
	// behind, or the indexer blocked, before vigil raises its own alert
	// about it (vigil-source-unavailable, vigil-index-unavailable; live
	// mode only). Default 1m.
	SelfAlertAfter time.Duration
	// Retry is the backoff for dead-letter writes.
	RetryMin, RetryMax time.Duration
	Log                zerolog.Logger
}

func (c *Config) defaults() {
	if c.Workers <= 0 {
		c.Workers = runtime.GOMAXPROCS(0)
	}
	if c.QueueSize <= 0 {
		c.QueueSize = 1024
	}
	if c.AdvanceEvery <= 0 {
		c.AdvanceEvery = 10 * time.Second
	}
	if c.TickInterval <= 0 {
		c.TickInterval = 200 * time.Millisecond
	}
	if c.IdleAfter <= 0 {
		c.IdleAfter = DefaultIdleAfter
	}
	if c.RetryMin <= 0 {
		c.RetryMin = 100 * time.Millisecond
	}
	if c.RetryMax <= 0 {
		c.RetryMax = 10 * time.Second
	}
	if c.CheckpointEvery <= 0 {
		c.CheckpointEvery = time.Minute
	}
	if c.SelfAlertAfter <= 0 {
		c.SelfAlertAfter = time.Minute
	}
	if c.DrainTimeout <= 0 {
		c.DrainTimeout = 10 * time.Second
	}
}

// Stages are a pipeline's parts. Index, DLQ, Eval and Alerts may be nil.
type Stages struct {
	Source Source
	Redact Redactor
	Index  Indexer
	DLQ    DeadLetters
	Eval   Evaluator
	Alerts AlertSink
}

// Pipeline runs the stages.
type Pipeline struct {
	cfg Config
	st  Stages
	log zerolog.Logger

	stats    counters
	reasonMu sync.Mutex
	reasons  map[string]int64
	wmNanos  atomic.Int64
	eof      atomic.Bool    // the source is exhausted (not merely stopped)
	pending  sync.WaitGroup // documents handed to the indexer and not yet done
	cov      *coverage      // nil unless state is checkpointed or restored
	// inAdd holds, per worker, when it entered Index.Add (unix nanoseconds;
	// 0 when it is not in it): a worker in Add for long means the indexer
	// pushes back.
	inAdd []atomic.Int64
	self  selfState // vigil's own alerts (live mode)
}

// New returns a pipeline. Source and Redact are required.
func New(cfg Config, st Stages) (*Pipeline, error) {
	if st.Source == nil {
		return nil, errors.New("pipeline: no source")
	}
	if st.Redact == nil {
		return nil, errors.New("pipeline: no redactor: nothing may leave unredacted")
	}
	cfg.defaults()
	if ia, ok := st.Source.(IdleAware); ok {
		ia.SetIdleAfter(cfg.IdleAfter) // one idleness for the source and the watermark
	}
	p := &Pipeline{cfg: cfg, st: st, log: cfg.Log, reasons: map[string]int64{}, inAdd: make([]atomic.Int64, cfg.Workers)}
	if st.Eval != nil && (cfg.Checkpoint != nil || len(cfg.Covered) > 0) {
		p.cov = newCoverage(cfg.Covered)
		if sc, ok := st.Eval.(AssignmentScoped); ok && sc.ScopedToAssignment() {
			as, ok := st.Source.(Assignments)
			if !ok {
				return nil, errors.New("pipeline: the evaluator keeps its state per assignment of a partition, and the source has no assignments")
			}
			p.cov.current = as.Assignment
		}
	}
	return p, nil
}

// Run processes messages until the source is exhausted (io.EOF) or ctx is
// cancelled. On return every fetched message has been decoded and handed on;
// documents still with the indexer finish (or are abandoned) when the caller
// closes it. After io.EOF (not after a cancel) the evaluator is advanced to
// the newest event time, so the alerts the input implies are all out.
func (p *Pipeline) Run(ctx context.Context) error {
	msgs := make(chan fetched, p.cfg.QueueSize)
	evs := make(chan evalItem, p.cfg.QueueSize)
	fetchErr := make(chan error, 1)

	go func() {
		defer close(msgs)
		fails := 0
		for {
			m, err := p.st.Source.Fetch(ctx)
			if err != nil {
				if errors.Is(err, io.EOF) {
					p.eof.Store(true)
					fetchErr <- nil
				} else if ctx.Err() != nil {
					fetchErr <- nil
				} else if p.cfg.Clock != nil && p.stats.fetched.Load() > 0 {
					// A live source that has delivered is cut off, not
					// misconfigured: keep fetching. Event time holds and
					// vigil-source-unavailable follows (the source says
					// it is not caught up); ending the run here would
					// take vigil down with the broker, before its own
					// alert. An error before the first message (a wrong
					// address or password) still ends the run.
					fails++
					wait := backoff.Exp(p.cfg.RetryMin, p.cfg.RetryMax, fails)
					if fails == 1 || fails%10 == 0 {
						p.log.Warn().Err(err).Int("attempt", fails).Dur("backoff", wait).Msg("fetching failed; retrying")
					}
					if !backoff.Sleep(ctx, wait) {
						fetchErr <- nil
						return
					}
					continue
				} else {
					fetchErr <- fmt.Errorf("fetch: %w", err)
				}
				return
			}
			fails = 0
			p.stats.fetched.Add(1)
			f := fetched{m: m}
			if p.cov != nil {
				f.covered = p.cov.deliver(m.Source)
			}
			select {
			case msgs <- f:
			case <-ctx.Done():
				fetchErr <- nil
				return
			}
		}
	}()

	// A stop (ctx cancelled) ends fetching at once, but what was fetched is
	// still indexed and dead-lettered, for up to DrainTimeout: the workers
	// run on their own context, cancelled only when the drain takes longer.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopped := make(chan struct{})
	defer close(stopped)
	go func() {
		select {
		case <-ctx.Done():
		case <-stopped:
			return
		}
		t := time.NewTimer(p.cfg.DrainTimeout)
		defer t.Stop()
		select {
		case <-t.C:
			p.log.Warn().Dur("drain_timeout", p.cfg.DrainTimeout).Msg("stopping: fetched messages not drained in time; they are delivered again")
			cancelWork()
		case <-stopped:
		}
	}()
	var workers sync.WaitGroup
	for i := 0; i < p.cfg.Workers; i++ {
		workers.Add(1)
		go func() {
			defer workers.Done()
			w := worker{p: p, dec: event.NewDecoder(p.cfg.Mapping), inAdd: &p.inAdd[i]}
			for m := range msgs {
				w.handle(work, m, evs)
			}
		}()
	}
	evalDone := make(chan struct{})
	go func() {
		defer close(evalDone)
		p.evaluate(evs)
	}()

	workers.Wait()
	close(evs)
	<-evalDone
	return <-fetchErr
}

// Coverage is the offsets the evaluator's state covers (nil unless state is
// checkpointed or restored). After Run returns it is final: save the state
// with it before committing the source's offsets.
func (p *Pipeline) Coverage() Coverage {
	if p.cov == nil {
		return nil
	}
	return p.cov.snapshot()
}

// Wait blocks until every document handed to the indexer is done. Call it
// after closing (flushing) the indexer.
func (p *Pipeline) Wait() { p.pending.Wait() }

type worker struct {
	p     *Pipeline
	dec   *event.Decoder
	inAdd *atomic.Int64
}

// evalItem is an event on its way to the evaluator, and what to call once
// it is evaluated.
type evalItem struct {
	ev   *event.Event
	done func()
}

// fetched is a message as the source gave it, and whether the restored
// checkpoint has counted it already (then it is indexed, not evaluated).
type fetched struct {
	m       Message
	covered bool
}

// acker acknowledges a message once every stage that must finish with it
// has (indexed or dead-lettered, and evaluated).
type acker struct {
	src  Source
	m    Message
	left atomic.Int32
}

func newAcker(src Source, m Message, stages int32) *acker {
	a := &acker{src: src, m: m}
	a.left.Store(stages)
	return a
}

// done marks one stage finished; the last one acknowledges.
func (a *acker) done() {
	if a.left.Add(-1) == 0 {
		a.src.Ack(a.m)
	}
}

// handle decodes, redacts, and hands an event to the evaluator and the
// indexer, the two branches of docs/architecture.md §1: the evaluator first, so that an
// indexer that pushes back never holds events away from it (and event time
// never moves on without them); the message is acknowledged when both are
// done with it.
func (w *worker) handle(ctx context.Context, f fetched, evs chan<- evalItem) {
	m := f.m
	p := w.p
	ev := &event.Event{}
	if err := w.dec.Decode(m.Value, ev); err != nil {
		reason := event.ReasonOf(err)
		if reason == "" {
			reason = "decode_error"
		}
		p.deadLetter(ctx, m, reason, []byte(p.st.Redact.RedactText(string(m.Value))), time.Time{}, func() { p.st.Source.Ack(m) })
		if p.cov != nil {
			p.cov.settle(m.Source) // nothing to count
		}
		return
	}
	ev.Source = m.Source
	p.stats.decoded.Add(1)
	p.st.Redact.RedactEvent(ev)

	evaluate := p.st.Eval != nil && !f.covered
	if p.st.Eval != nil && f.covered {
		p.stats.replayed.Add(1)
	}
	stages := int32(1)
	if evaluate {
		stages++
	}
	var body []byte
	if p.st.Index != nil {
		body = ev.AppendJSON(make([]byte, 0, len(m.Value)+64))
	}
	// From here on m stands for its coordinates: the acknowledgement and a
	// dead letter of the index need no more. Dropping the raw line keeps a
	// document waiting for the indexer at the size max_bytes_in_flight
	// counts (its bulk body), not twice that.
	m.Value = nil
	ack := newAcker(p.st.Source, m, stages)
	if evaluate {
		evs <- evalItem{ev: ev, done: ack.done}
	}
	if p.st.Index == nil {
		ack.done()
		return
	}
	index := ""
	if p.cfg.IndexName != nil {
		index = p.cfg.IndexName(ev)
	}
	at := ev.Time
	p.pending.Add(1)
	doc := Document{Index: index, ID: m.Source.ID(), Body: body}
	doc.Done = func(err error) {
		defer p.pending.Done()
		var rej *RejectedError
		switch {
		case err == nil:
			p.stats.indexed.Add(1)
			ack.done()
		case errors.As(err, &rej):
			p.deadLetter(context.WithoutCancel(ctx), m, "index_rejected: "+rej.Code(), body, at, ack.done)
		default:
			// Abandoned: not acknowledged, so it is delivered again.
			p.stats.abandoned.Add(1)
		}
	}
	w.inAdd.Store(time.Now().UnixNano())
	err := p.st.Index.Add(ctx, doc)
	w.inAdd.Store(0)
	if err != nil {
		// The indexer did not take it; it will not call Done.
		p.pending.Done()
		p.stats.abandoned.Add(1)
	}
}

// deadLetter stores a message on the DLQ, retrying with backoff until it is
// stored or ctx ends, and calls ack only once stored.
func (p *Pipeline) deadLetter(ctx context.Context, m Message, reason string, redacted []byte, at time.Time, ack func()) {
	stored := func() { // counted once stored, not when abandoned
		p.reasonMu.Lock()
		p.reasons[reason]++
		p.reasonMu.Unlock()
		p.stats.deadLettered.Add(1)
		ack()
	}
	if p.st.DLQ == nil {
		p.log.Warn().Str("reason", reason).Str("source", m.Source.ID()).Msg("dead letter counted (no dead-letter queue configured)")
		stored()
		return
	}
	dl := DeadLetter{Reason: reason, Source: m.Source, Original: redacted, At: at}
	for retry := 1; ; retry++ {
		err := p.st.DLQ.Send(ctx, dl)
		if err == nil {
			stored()
			return
		}
		p.stats.dlqRetries.Add(1)
		wait := backoff.Exp(p.cfg.RetryMin, p.cfg.RetryMax, retry)
		p.log.Warn().Err(err).Str("reason", reason).Str("source", m.Source.ID()).Dur("backoff", wait).Msg("dead-letter write failed, retrying")
		if !backoff.Sleep(ctx, wait) {
			p.stats.abandoned.Add(1)
			return
		}
	}
}

// evaluate feeds events to the evaluator in arrival order and advances it
// with the watermark: the newest event time less the allowed lateness (per
// partition when so configured), or, in live mode while the stream is quiet,
// the clock less the lateness.
func (p *Pipeline) evaluate(evs <-chan evalItem) {
	var advanced time.Time
	clocks := newEventClocks(p.cfg.PerPartition, p.cfg.IdleAfter)
	// The tick marks silent partitions idle (wall time, with or without a
	// clock: a partition that stopped delivering must not hold event time
	// back for ever) and, in live mode, runs the quiet clock.
	var tick <-chan time.Time
	if p.cfg.Clock != nil || p.cfg.PerPartition {
		t := time.NewTicker(p.cfg.TickInterval)
		defer t.Stop()
		tick = t.C
	}
	var checkpoint <-chan time.Time
	if p.cfg.Checkpoint != nil && p.cov != nil {
		t := time.NewTicker(p.cfg.CheckpointEvery)
		defer t.Stop()
		checkpoint = t.C
	}
	// active is set by events; lastActive is the clock's time at the last
	// tick that had seen some.
	active, lastActive := false, time.Time{}
	advance := func(wm time.Time, force bool) {
		if !wm.After(advanced) {
			return
		}
		if !force && wm.Sub(advanced) < p.cfg.AdvanceEvery && !advanced.IsZero() {
			return
		}
		advanced = wm
		p.wmNanos.Store(wm.UnixNano())
		if p.st.Eval != nil {
			for _, a := range p.st.Eval.Advance(wm) {
				p.stats.alerts.Add(1)
				if p.st.Alerts != nil {
					p.st.Alerts.Submit(a)
				}
			}
		}
		if p.st.Alerts != nil {
			p.st.Alerts.Tick(wm)
		}
	}
	for {
		select {
		case it, ok := <-evs:
			if !ok {
				// At the end of the input nothing later can come: advance to
				// the newest event. A stopped live stream keeps its lateness.
				if newest := clocks.newest(); p.eof.Load() && !newest.IsZero() {
					advance(newest, true)
				}
				return
			}
			ev := it.ev
			active = true
			p.stats.evaluated.Add(1)
			if !advanced.IsZero() && ev.Time.Before(advanced) {
				p.stats.late.Add(1)
			}
			p.st.Eval.Observe(ev)
			if p.cov != nil {
				p.cov.settle(ev.Source)
			}
			it.done()
			if wm, moved := clocks.observe(ev.Source, ev.Time, time.Now()); moved {
				advance(wm.Add(-p.cfg.Lateness), false)
			}
		case <-checkpoint:
			if err := p.cfg.Checkpoint(p.cov.snapshot()); err != nil {
				p.log.Error().Err(err).Msg("checkpointing state failed; offsets stay uncommitted until a checkpoint succeeds")
			}
		case now := <-tick:
			// Partitions gone idle stop holding the watermark back.
			if wm, moved := clocks.expire(now); moved {
				advance(wm.Add(-p.cfg.Lateness), false)
			}
			if p.cfg.Clock == nil {
				continue
			}
			// A stream quiet for longer than the allowed lateness, on the
			// clock, lets the clock move event time on, so that a missing
			// heartbeat is noticed. A briefly stalled consumer does not:
			// its events are still on their way.
			// So does a source that is cut off or behind, or an indexer
			// that holds the workers: the watermark holds (absence rules
			// wait), vigil says what it cannot do, and the dispatcher's
			// clock goes on so that its own alerts are delivered.
			clock := p.cfg.Clock()
			why := p.held(now)
			p.selfAlerts(now, clock.Add(-p.cfg.Lateness), why) // on the dispatcher's clock, which trails by the lateness
			if active || lastActive.IsZero() {
				active, lastActive = false, clock
			} else if clock.Sub(lastActive) >= max(p.cfg.Lateness, 2*p.cfg.TickInterval) {
				if why.source == "" && why.index == "" {
					advance(clock.Add(-p.cfg.Lateness), false)
				} else {
					p.stats.held.Add(1)
					if p.st.Alerts != nil {
						p.st.Alerts.Tick(clock.Add(-p.cfg.Lateness))
					}
				}
			}
		}
	}
}

type counters struct {
	fetched, decoded, indexed, deadLettered, abandoned, dlqRetries, evaluated, late, alerts, replayed, held atomic.Int64
}

// Stats are a pipeline's counters.
type Stats struct {
	Fetched, Decoded, Indexed, DeadLettered, Abandoned, DLQRetries, Evaluated, Late, Alerts int64
	// Replayed counts events the restored state had counted: indexed again,
	// not evaluated again.
	Replayed int64
	// Held counts quiet-clock ticks that did not move event time on
	// because the source was cut off or behind, or the indexer blocked.
	Held int64
	// SourceUnavailable and IndexUnavailable say what vigil cannot do now
	// (empty when it can): the reasons of its own alerts.
	SourceUnavailable, IndexUnavailable string
	// DeadLetterReasons counts dead letters by reason.
	DeadLetterReasons map[string]int64
	// Watermark is the event time the evaluator has been advanced to.
	Watermark time.Time
}

// Stats returns a snapshot of the counters.
func (p *Pipeline) Stats() Stats {
	s := Stats{
		Fetched: p.stats.fetched.Load(), Decoded: p.stats.decoded.Load(), Indexed: p.stats.indexed.Load(),
		DeadLettered: p.stats.deadLettered.Load(), Abandoned: p.stats.abandoned.Load(),
		DLQRetries: p.stats.dlqRetries.Load(), Evaluated: p.stats.evaluated.Load(), Late: p.stats.late.Load(),
		Alerts: p.stats.alerts.Load(), Replayed: p.stats.replayed.Load(), Held: p.stats.held.Load(), DeadLetterReasons: map[string]int64{},
	}
	p.reasonMu.Lock()
	for k, v := range p.reasons {
		s.DeadLetterReasons[k] = v
	}
	p.reasonMu.Unlock()
	if n := p.wmNanos.Load(); n != 0 {
		s.Watermark = time.Unix(0, n).UTC()
	}
	s.SourceUnavailable, s.IndexUnavailable = p.self.reasons()
	return s
}
