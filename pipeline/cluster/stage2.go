package cluster

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/rules"
)

// PartialsSource is what stage two consumes the partials topic with: the
// Kafka source in its own consumer group (Stage2Group), commits held to
// what the state topic covers.
type PartialsSource interface {
	Fetch(ctx context.Context) (kafka.Message, error)
	Ack(m kafka.Message)
	HoldCommits()
	AllowCommits(topic string, ceilings map[int]int64)
	Stats() kafka.SourceStats
}

// Stage2 runs stage two on the partials partitions this instance owns:
// each partition has its own rules.Stage2 (the series of its keys, the
// declared jobs whose key it holds) and its own merged watermark. Its
// state is checkpointed to the state topic, one record per partition
// with the partials offset it covers, every Every; only then may the
// source commit up to that offset. A partition assigned to this instance
// is restored from its last state record, and its records below the
// covered offset are skipped; a partition taken away is dropped (its next
// owner restores the last state record and reads on from there).
type Stage2 struct {
	cfg      Config
	log      zerolog.Logger
	cl       *client
	src      PartialsSource
	opt      rules.Options
	lateness time.Duration
	every    time.Duration
	sink     func(alert.Alert)
	tick     func(time.Time)
	state    *kafkago.Writer
	// alerts, when set, receives the steps of every partition's advances
	// (Stage2Options.Publish) instead of sink and tick.
	alerts *kafkago.Writer

	mu     sync.Mutex // parts and rs: Run's goroutine and Reload
	rs     *rules.RuleSet
	parts  map[int]*part
	nParts int
	// fence: from a source generation's end until the next one starts,
	// no state is written (GenerationEnded).
	fence fence
	// ckMu makes checkpoints (the Run loop's, the rebalance hook's) one at
	// a time; pubMu the writes of the alert steps.
	ckMu, pubMu sync.Mutex

	stats struct {
		merged, refused, skipped, watermarks, checkpoints, restored, advances, abandoned atomic.Int64
		published, publishErrors                                                         atomic.Int64
	}
}

type part struct {
	q        int
	s2       *rules.Stage2
	covered  int64 // restored: records below are in the state
	next     int64 // offset after the last record taken
	merger   *Merger
	advanced time.Time
	saved    *state // the last checkpoint written or restored
	// pending holds, by save tag, the partials of Saves whose commit
	// record has not been read yet.
	pending map[string][][]byte
	// out are the steps advanced and not yet written to the alerts topic
	// (Publish): a checkpoint writes them first, so the state never holds
	// an alert transition nobody was told of.
	out []Step
}

// Stage2Options are the parts of a Stage2.
type Stage2Options struct {
	Rules   *rules.RuleSet
	Options rules.Options // as for rules.NewStage2; Jobs.Declared is split by partition
	// Lateness is the allowed lateness (the engine's too).
	Lateness time.Duration
	// Every is how often the state is checkpointed (default 1m).
	Every time.Duration
	// Sink receives the alerts (the dispatcher's Submit).
	Sink func(alert.Alert)
	// Tick, when set, is called with the watermark after each minute's
	// alerts (the dispatcher's Tick).
	Tick func(time.Time)
	// Publish writes each partition's steps (the alerts of each minute
	// advanced, and the minute) to the alerts topic for the instance that
	// dispatches them (Dispatch), instead of Sink and Tick.
	Publish bool
}

// NewStage2 prepares stage two; cfg must have its defaults. Run drives it.
func NewStage2(cfg Config, kc kafka.Config, src PartialsSource, o Stage2Options, log zerolog.Logger) (*Stage2, error) {
	log = log.With().Str("component", "cluster-stage2").Logger()
	cl, err := newClient(kc, log)
	if err != nil {
		return nil, err
	}
	if o.Sink == nil && !o.Publish {
		return nil, errors.New("cluster: stage two needs an alert sink")
	}
	if o.Every <= 0 {
		o.Every = time.Minute
	}
	s := &Stage2{cfg: cfg, log: log, cl: cl, src: src, opt: o.Options, rs: o.Rules, lateness: o.Lateness,
		every: o.Every, sink: o.Sink, tick: o.Tick, state: cl.writer(cfg.StateTopic), parts: map[int]*part{}}
	if o.Publish {
		s.alerts = cl.writer(cfg.AlertsTopic)
	}
	return s, nil
}

// Run consumes the partials until ctx ends, then checkpoints what it owns
// and returns. The caller closes the source after Run returns, so that the
// last commits it makes are those the final checkpoint allows.
func (s *Stage2) Run(ctx context.Context) error {
	s.src.HoldCommits()
	n, err := s.cl.partitions(ctx, s.cfg.PartialsTopic)
	if err != nil {
		return err
	}
	s.mu.Lock()
	s.nParts = n
	s.mu.Unlock()
	return consumer{src: s.src, log: s.log, topic: s.cfg.PartialsTopic, every: s.every,
		take: func(ctx context.Context, m kafka.Message) error {
			if err := s.take(ctx, m); err != nil {
				return err
			}
			if err := s.publish(ctx); err != nil && ctx.Err() == nil {
				s.log.Warn().Err(err).Msg("writing alerts to the alerts topic failed; kept, tried again")
			}
			return nil
		},
		release: s.release, checkpoint: s.Checkpoint, finish: s.finish}.run(ctx)
}

func (s *Stage2) finish() error {
	if err := s.Checkpoint(); err != nil {
		s.log.Error().Err(err).Msg("final checkpoint of stage two failed")
		return err
	}
	return nil
}

// take handles one record of the partials topic.
func (s *Stage2) take(ctx context.Context, m kafka.Message) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	p := s.parts[m.Partition]
	if p != nil && m.Offset < p.next && m.Offset >= p.covered {
		// The partition was taken away and given back between two looks:
		// the source starts again at the committed offset, so does the
		// state.
		s.log.Info().Int("partition", m.Partition).Msg("partials partition reassigned; restoring its state")
		delete(s.parts, m.Partition)
		p = nil
	}
	if p == nil {
		var err error
		if p, err = s.assign(ctx, m.Partition); err != nil {
			return err
		}
		s.parts[m.Partition] = p
	}
	defer s.src.Ack(m)
	if m.Offset < p.covered {
		s.stats.skipped.Add(1)
		return nil
	}
	p.next = m.Offset + 1
	if isWatermark(m.Key) {
		w, err := decodeWatermark(m.Value)
		if err != nil {
			s.log.Warn().Err(err).Int("partition", m.Partition).Int64("offset", m.Offset).Msg("skipping a bad watermark record")
			return nil
		}
		s.stats.watermarks.Add(1)
		p.merger.Observe(w)
		if len(p.pending) > 0 {
			s.dropAbandoned(p)
		}
		s.advance(p)
		return nil
	}
	if inst, ok := strings.CutPrefix(string(m.Key), prefixCommit); ok {
		s.commit(p, inst, string(m.Value))
		return nil
	}
	tag, v, err := untagPartial(m.Value)
	if err != nil {
		s.stats.refused.Add(1)
		return nil
	}
	if tag != "" {
		p.pending[tag] = append(p.pending[tag], v)
		return nil
	}
	s.merge(p, v)
	return nil
}

// merge decodes a partial and merges it into p's engine.
func (s *Stage2) merge(p *part, v []byte) {
	pt, err := rules.DecodePartial(v)
	if err == nil {
		err = p.s2.Merge(pt)
	}
	if err != nil {
		if s.stats.refused.Add(1) <= 10 {
			s.log.Warn().Err(err).Int("partition", p.q).Msg("partial refused")
		}
		return
	}
	s.stats.merged.Add(1)
}

// commit merges the partials of Save seq of instance; those of its
// earlier Saves still pending never completed (the instance failed to
// write them all, or stopped before their commit record) and are dropped:
// their events are in a later Save, or are read again by the next owner
// of their source partitions.
func (s *Stage2) commit(p *part, instance, seq string) {
	want, err := strconv.ParseInt(seq, 10, 64)
	if err != nil {
		s.log.Warn().Str("instance", instance).Msg("skipping a bad commit record")
		return
	}
	prefix := instance + "/"
	for tag, vs := range p.pending {
		rest, ok := strings.CutPrefix(tag, prefix)
		if !ok {
			continue
		}
		n, err := strconv.ParseInt(rest, 10, 64)
		switch {
		case err == nil && n == want:
			for _, v := range vs {
				s.merge(p, v)
			}
			delete(p.pending, tag)
		case err != nil || n < want:
			s.stats.abandoned.Add(int64(len(vs)))
			delete(p.pending, tag)
		}
	}
}

// dropAbandoned forgets the pending partials of instances silent for ten
// times the liveness (the Merger forgot them): their Saves will never
// complete. (An instance merely slow to write keeps its partials.)
func (s *Stage2) dropAbandoned(p *part) {
	for tag, vs := range p.pending {
		inst, _, _ := strings.Cut(tag, "/")
		if !p.merger.Known(inst) {
			s.stats.abandoned.Add(int64(len(vs)))
			delete(p.pending, tag)
		}
	}
}

// advance moves partition p's engine to its merged watermark. While a
// live instance is not caught up, event time moves only as far as the
// events merged: an absence is judged only when every instance reads all
// there is.
func (s *Stage2) advance(p *part) {
	mw := p.merger.Merged()
	wm := mw.Watermark
	if mw.Live == 0 || wm.IsZero() {
		return
	}
	if !mw.CaughtUp {
		if newest := p.s2.Newest(); newest.IsZero() {
			return
		} else if c := newest.Add(-s.lateness); c.Before(wm) {
			wm = c
		}
	}
	if !wm.After(p.advanced) {
		return
	}
	// Minute by minute, as a pipeline advances one engine while it reads:
	// an alert that fires and resolves within a jump is told both ways,
	// the dispatcher ticked after each minute's alerts.
	step := wm
	if p.advanced.IsZero() {
		// A partition starting afresh: from its earliest partial's minute.
		if o := p.s2.Oldest(); !o.IsZero() && o.Before(wm) {
			step = o
			if lo := wm.Add(-maxStepped).Truncate(time.Minute); step.Before(lo) {
				step = lo
			}
		}
	} else {
		step = p.advanced.Truncate(time.Minute).Add(time.Minute)
		if wm.Sub(step) > maxStepped {
			step = wm.Add(-maxStepped).Truncate(time.Minute)
		}
	}
	for {
		if step.After(wm) {
			step = wm
		}
		s.stats.advances.Add(1)
		as := p.s2.Advance(step)
		if s.alerts != nil {
			p.out = append(p.out, Step{At: step, Alerts: as})
		} else {
			for _, a := range as {
				s.sink(a)
			}
			if s.tick != nil {
				s.tick(step)
			}
		}
		if !step.Before(wm) {
			break
		}
		step = step.Add(time.Minute)
	}
	p.advanced = wm
}

// maxStepped bounds the minutes one advance steps through (a day, as the
// engine catches up at most a day).
const maxStepped = 24 * time.Hour

// optionsFor returns the engine options of partition q: the declared jobs
// whose partials go to q.
func (s *Stage2) optionsFor(q int) rules.Options {
	o := s.opt
	if o.Jobs != nil {
		j := *o.Jobs
		j.Declared = nil
		for _, d := range o.Jobs.Declared {
			if PartitionOf(JobKey(d.Name), s.nParts) == q {
				j.Declared = append(j.Declared, d)
			}
		}
		o.Jobs = &j
	}
	return o
}

// assign restores partition q from its last state record.
func (s *Stage2) assign(ctx context.Context, q int) (*part, error) {
	p := &part{q: q, s2: rules.NewStage2(s.rs, s.optionsFor(q)), merger: NewMerger(s.cfg.Liveness), pending: map[string][][]byte{}}
	st, ok, err := s.readState(ctx, q)
	if err != nil {
		return nil, err
	}
	if ok {
		if err := p.s2.Engine().Restore(st.Rules); err != nil {
			return nil, fmt.Errorf("cluster: restoring partials partition %d: %w", q, err)
		}
		p.covered, p.next = st.Covered, st.Covered
		// Minute by minute from where the checkpoint left it, as its last
		// owner would have gone on.
		p.advanced = p.s2.Watermark()
		for _, w := range st.Watermarks {
			p.merger.Observe(w)
		}
		for tag, vs := range st.Pending {
			p.pending[tag] = vs
		}
		st.Rules, st.Watermarks, st.Pending = nil, nil, nil
		p.saved = &st
		s.stats.restored.Add(1)
	}
	s.log.Info().Int("partition", q).Bool("restored", ok).Int64("covered", p.covered).Msg("partials partition assigned")
	return p, nil
}

// readState returns the last state of partials partition q.
func (s *Stage2) readState(ctx context.Context, q int) (state, bool, error) {
	return s.cl.readState(ctx, s.cfg.StateTopic, q)
}

// release drops the partitions the source no longer owns.
func (s *Stage2) release() {
	owned := map[int]bool{}
	for _, ps := range s.src.Stats().Partitions {
		if ps.Topic == s.cfg.PartialsTopic {
			owned[ps.Partition] = true
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	for q := range s.parts {
		if !owned[q] {
			delete(s.parts, q)
			s.log.Info().Int("partition", q).Msg("partials partition released; its next owner restores its last checkpoint")
		}
	}
}

// publish writes the steps advanced since the last call to the alerts
// topic, one record per partition (Publish); on failure they are kept for
// the next call.
func (s *Stage2) publish(ctx context.Context) error {
	if s.alerts == nil {
		return nil
	}
	s.pubMu.Lock()
	defer s.pubMu.Unlock()
	type batch struct {
		p      *part
		recs   []kafkago.Message
		counts []int
	}
	s.mu.Lock()
	var bs []batch
	for _, p := range s.parts {
		if len(p.out) > 0 {
			recs, counts := stepsRecords(p.q, s.cfg.InstanceID, p.out)
			bs = append(bs, batch{p, recs, counts})
		}
	}
	s.mu.Unlock()
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for _, b := range bs {
		done := 0
		for i, r := range b.recs {
			// One record at a time: a partition's steps must arrive in
			// order, and a failed write leaves the rest for the next call.
			if err := s.alerts.WriteMessages(ctx, r); err != nil {
				s.stats.publishErrors.Add(1)
				return fmt.Errorf("cluster: writing the alert steps of partials partition %d: %w", b.p.q, err)
			}
			s.mu.Lock()
			// Only what was written: steps advanced meanwhile stay.
			n := b.counts[i] - done
			b.p.out = b.p.out[min(n, len(b.p.out)):]
			done = b.counts[i]
			s.stats.published.Add(int64(n))
			s.mu.Unlock()
		}
	}
	return nil
}

// GenerationEnded is the source's OnGenerationEnd hook: the state of
// every partition owned is checkpointed before the partitions may move,
// and until the next generation starts no more is written (an instance
// writing the state of a partition another one has restored would
// overwrite the newer owner's).
func (s *Stage2) GenerationEnded(generation int32) {
	if err := s.Checkpoint(); err != nil {
		s.log.Warn().Err(err).Msg("checkpointing stage two as the group rebalances failed; the next owners read on from the last checkpoint")
	}
	s.fence.end(generation)
}

// Checkpoint writes the state of every partition owned, with the offset
// it covers, and then lets the source commit up to it. The steps advanced
// are written to the alerts topic first.
func (s *Stage2) Checkpoint() error {
	s.ckMu.Lock()
	defer s.ckMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if holding, lifted := s.fence.holding(func() int32 { return s.src.Stats().Generation }); holding {
		return nil // the generation ended: its last checkpoint is written
	} else if lifted {
		s.release() // the new generation's partitions only
	}
	if err := s.publish(ctx); err != nil {
		return err
	}
	n, err := s.cl.partitions(ctx, s.cfg.StateTopic)
	if err != nil {
		return err
	}
	s.mu.Lock()
	var msgs []kafkago.Message
	ceilings := map[int]int64{}
	saved := map[int]*state{}
	now := time.Now().UTC()
	qs := make([]int, 0, len(s.parts))
	for q := range s.parts {
		qs = append(qs, q)
	}
	slices.Sort(qs)
	for _, q := range qs {
		p := s.parts[q]
		if len(p.out) > 0 {
			s.mu.Unlock()
			return fmt.Errorf("cluster: partials partition %d advanced while its steps were written; checkpoint postponed", q)
		}
		data, err := p.s2.Engine().Snapshot()
		if err != nil {
			s.mu.Unlock()
			return fmt.Errorf("cluster: snapshot of partials partition %d: %w", q, err)
		}
		st := state{Partition: q, Covered: p.next, Seq: now.UnixNano(), Rules: data, Instance: s.cfg.InstanceID, At: now,
			Watermarks: p.merger.Held(), Pending: p.pending}
		if p.saved != nil && st.Seq <= p.saved.Seq {
			st.Seq = p.saved.Seq + 1
		}
		recs := stateRecords(st, p.saved, PartitionOf(stateKey(q), n))
		msgs = append(msgs, recs...)
		st.Rules, st.Watermarks, st.Pending, st.Chunks = nil, nil, nil, chunks(len(data))
		saved[q] = &st
		ceilings[q] = p.next
	}
	s.mu.Unlock()
	if len(msgs) == 0 {
		return nil
	}
	if err := s.state.WriteMessages(ctx, msgs...); err != nil {
		return fmt.Errorf("cluster: writing stage two's state: %w", err)
	}
	s.mu.Lock()
	for q, st := range saved {
		if p := s.parts[q]; p != nil {
			p.saved = st
		}
	}
	s.mu.Unlock()
	s.stats.checkpoints.Add(1)
	s.src.AllowCommits(s.cfg.PartialsTopic, ceilings)
	return nil
}

// Reload switches every partition's engine to another rule set.
func (s *Stage2) Reload(rs *rules.RuleSet) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rs = rs
	for _, p := range s.parts {
		p.s2.Engine().Reload(rs)
	}
}

// Close closes the producers.
func (s *Stage2) Close() error {
	err := s.state.Close()
	if s.alerts != nil {
		err = errors.Join(err, s.alerts.Close())
	}
	return err
}

// Watermark returns the lowest watermark the partitions owned have been
// advanced to, and whether any is owned (cheap: for every dispatcher tick).
func (s *Stage2) Watermark() (time.Time, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var wm time.Time
	for _, p := range s.parts {
		if wm.IsZero() || p.advanced.Before(wm) {
			wm = p.advanced
		}
	}
	return wm, len(s.parts) > 0
}

// Stage2Stats are stage two's counters.
type Stage2Stats struct {
	// Partitions is how many partials partitions this instance owns.
	Partitions int
	// Merged and Refused count partials; Skipped counts records below a
	// restored state's offset; Watermarks counts watermark records.
	Merged, Refused, Skipped, Watermarks int64
	// Abandoned counts partials of Saves that never completed (dropped:
	// their events are counted from a later Save or another instance).
	Abandoned int64
	// Checkpoints and Restored count state records written and read.
	Checkpoints, Restored, Advances int64
	// Published counts the steps written to the alerts topic
	// (Stage2Options.Publish), PublishErrors the failed writes (retried).
	Published, PublishErrors int64
	// Watermark is the lowest merged watermark of the partitions owned.
	Watermark time.Time
	// Rules sums the engines' counters.
	Late, Series, Matched uint64
}

// Stats returns stage two's counters.
func (s *Stage2) Stats() Stage2Stats {
	st := Stage2Stats{Merged: s.stats.merged.Load(), Refused: s.stats.refused.Load(), Skipped: s.stats.skipped.Load(),
		Watermarks: s.stats.watermarks.Load(), Checkpoints: s.stats.checkpoints.Load(), Restored: s.stats.restored.Load(),
		Advances: s.stats.advances.Load(), Abandoned: s.stats.abandoned.Load(),
		Published: s.stats.published.Load(), PublishErrors: s.stats.publishErrors.Load()}
	s.mu.Lock()
	defer s.mu.Unlock()
	st.Partitions = len(s.parts)
	for _, p := range s.parts {
		if st.Watermark.IsZero() || (!p.advanced.IsZero() && p.advanced.Before(st.Watermark)) {
			st.Watermark = p.advanced
		}
		es := p.s2.Engine().Stats()
		st.Late += es.Late
		for _, r := range es.Rules {
			st.Series += uint64(r.Groups)
			st.Matched += r.Matched
		}
	}
	return st
}
