package cluster

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/rules"
)

// SourceView is what stage one reads of its source: the partitions it owns
// now and whether it has read everything there is to read. The Kafka
// source implements it.
type SourceView interface {
	CaughtUp() (ok bool, why string)
	Stats() kafka.SourceStats
}

// Stage1 is the evaluator of an instance in cluster mode: it implements
// pipeline.Evaluator (Observe folds each event into its partials; Advance
// hands over the closed minutes and raises no alert) and
// pipeline.Checkpointer, so that pipeline.Service's protocol gives
// exactly-once into the partials:
//
//   - Save(cov) flushes every partial still open and writes them to the
//     partials topic (synchronously, acknowledged by all in-sync
//     replicas), then writes cov to the progress topic, one record per
//     source partition it owns; only then does the Service let the source
//     commit. Its watermark records then announce the watermark as of
//     that Save: every partial of an earlier minute has been written.
//   - Restore reads the progress topic: events at covered offsets are
//     indexed again after a crash, not evaluated again.
//
// Each source partition has its own rules.Stage1, so that a partition
// taken away on a rebalance drops exactly the partials of its events not
// yet written (the next owner reads them again from the committed offset,
// which is what the progress topic says was written).
//
// A crash between writing the partials and writing the progress record
// sends those partials again (at least once for that window; it lasts one
// synchronous write of the progress records).
type Stage1 struct {
	cfg Config
	log zerolog.Logger
	cl  *client
	src SourceView
	opt rules.Options

	partials, progress *kafkago.Writer

	mu    sync.Mutex
	rs    *rules.RuleSet
	parts map[tp]*srcPart
	// done is, per partition taken over, what its progress record says
	// is already in the partials (until the partition's events pass it).
	done map[tp]*pipeline.PartitionCoverage
	// newest is the newest event time seen per partition; behind holds
	// the partitions taken over whose events trail this instance's
	// watermark (with how many Saves in a row found them without lag):
	// the watermark announced is held back to them until they catch up.
	newest map[tp]time.Time
	behind map[tp]int
	// written is, per partition, the coverage of the last progress record
	// this instance wrote.
	written map[tp]pipeline.PartitionCoverage
	pending map[tp][]kafkago.Message // flushed, not yet written
	wm      time.Time                // last Advance

	saveMu sync.Mutex // one Save at a time
	// unfinished are commit records of a Save that could not all be
	// written (under saveMu).
	unfinished []kafkago.Message
	seq        atomic.Int64 // the last Save's number (from the start time: unique across restarts)
	// commitStart is when the last Save began writing its commit records.
	commitStart atomic.Int64
	// fence: from a source generation's end until the next one starts,
	// Save writes nothing (GenerationEnded).
	fence  fence
	saved  atomic.Pointer[time.Time]
	claims atomic.Pointer[[]string] // the source partitions owned at the Save that set saved
	beat   chan struct{}

	stats struct {
		partials, bytes, progress, heartbeats, dropped, skipped, stale, encodeErrors, writeErrors atomic.Int64
		saves, partialsNanos, windowNanos                                                         atomic.Int64
	}
}

type tp struct {
	topic     string
	partition int
}

// NewStage1 prepares stage one running rs with opt (as rules.NewStage1),
// writing with kc's brokers and security; cfg must have its defaults
// (Config.WithDefaults). src may be nil (every partition counts as owned,
// always caught up).
func NewStage1(cfg Config, kc kafka.Config, rs *rules.RuleSet, opt rules.Options, src SourceView, log zerolog.Logger) (*Stage1, error) {
	log = log.With().Str("component", "cluster-stage1").Logger()
	cl, err := newClient(kc, log)
	if err != nil {
		return nil, err
	}
	s := &Stage1{cfg: cfg, log: log, cl: cl, src: src, opt: opt, rs: rs,
		parts: map[tp]*srcPart{}, pending: map[tp][]kafkago.Message{}, beat: make(chan struct{}, 1),
		newest: map[tp]time.Time{}, behind: map[tp]int{}, written: map[tp]pipeline.PartitionCoverage{}}
	s.seq.Store(time.Now().UnixNano())
	s.partials = cl.writer(cfg.PartialsTopic)
	s.progress = cl.writer(cfg.ProgressTopic)
	return s, nil
}

// Observe folds one event into the partials of its source partition. The
// first event of a partition this instance did not own reads the
// partition's progress record: events another instance already put in
// its partials (written by it, not yet committed when it stopped) are
// not folded again.
func (s *Stage1) Observe(ev *event.Event) {
	k := tp{ev.Source.Topic, ev.Source.Partition}
	off := ev.Source.Offset
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.parts[k]
	if st == nil {
		a := ev.Source.Assignment
		if a == 0 {
			a = s.assignmentOf(k)
		}
		st = &srcPart{Stage1: rules.NewStage1(s.rs, s.opt), assignment: a, lo: -1, hi: -1, last: -1}
		s.parts[k] = st
		if s.src != nil {
			s.loadDone(k)
		}
	} else if a := ev.Source.Assignment; a != 0 {
		switch {
		case a < st.assignment:
			// Fetched under an assignment that has ended: the source
			// delivers it again under the new one (or to the next owner).
			s.stats.stale.Add(1)
			return
		case a > st.assignment:
			s.reassigned(k, st, a)
		}
	} else if (st.last < 0 || off != st.last+1) && s.src != nil {
		// A source that does not stamp its assignments: asked at the
		// first event that does not follow the last one observed (not
		// since the last Save: events of the new assignment that another
		// instance's progress covers are skipped from the first).
		if a := s.assignmentOf(k); a != st.assignment {
			s.reassigned(k, st, a)
		}
	}
	if ev.Time.After(s.newest[k]) {
		s.newest[k] = ev.Time
	}
	// What another instance's progress covers is skipped for as long as
	// this assignment lasts: the pipeline's workers hand events over
	// slightly out of offset order, so one past the coverage does not mean
	// that none inside it is still to come.
	if d := s.done[k]; d != nil && covers(d, off) {
		s.stats.skipped.Add(1)
		return
	}
	if st.lo < 0 || off < st.lo {
		st.lo = off
	}
	st.hi = max(st.hi, off)
	st.since = append(st.since, off)
	st.last = off
	st.Observe(ev)
}

// ScopedToAssignment says that stage one's state of a source partition
// lasts as long as the source's assignment of it
// (pipeline.AssignmentScoped): a partition given back is evaluated again
// from where the source resumes, its progress record saying what is in
// the partials already.
func (s *Stage1) ScopedToAssignment() bool { return s.src != nil }

// srcPart is stage one's state of one source partition: its open
// partials, the source's assignment they were observed under, and the
// offsets observed since the last Save (-1: none).
type srcPart struct {
	*rules.Stage1
	assignment int64
	lo, hi     int64
	// last is the last offset observed (-1: none), kept across Saves.
	last int64
	// since are the offsets observed since the last flush.
	since []int64
}

// assignmentOf returns the source's assignment number of partition k (0:
// not owned, or no source).
func (s *Stage1) assignmentOf(k tp) int64 {
	if s.src == nil {
		return 0
	}
	if a, ok := s.src.(interface{ Assignment(string, int) int64 }); ok {
		return a.Assignment(k.topic, k.partition) // cheap: asked at each event out of offset order
	}
	for _, p := range s.src.Stats().Partitions {
		if p.Topic == k.topic && p.Partition == k.partition {
			return p.Assignment
		}
	}
	return 0
}

// reassigned handles a partition taken away and given back (assignment a)
// since its open partials were observed. The source delivers its events
// again from the last offset committed, which no written partial goes
// past, and the pipeline hands them over again (ScopedToAssignment): the
// partials not yet written are dropped, and the partition's progress
// record, read again (another instance may have read the same events
// meanwhile), says which events are in the partials already. Called with
// s.mu held.
func (s *Stage1) reassigned(k tp, st *srcPart, a int64) {
	n := st.Open() + len(s.pending[k])
	if n > 0 {
		// The events read again are older than the newest observed: the
		// partition's newest event time is its progress record's again,
		// and the watermark announced is held back to it (loadDone)
		// until the partition has caught up.
		delete(s.newest, k)
	}
	delete(s.done, k)
	s.loadDone(k)
	if n > 0 && s.newest[k].IsZero() && !s.wm.IsZero() {
		s.behind[k] = 0 // no progress: held where it was announced
	}
	st.assignment = a
	st.last = -1
	if n == 0 {
		return
	}
	st.Stage1 = rules.NewStage1(s.rs, s.opt)
	delete(s.pending, k)
	st.lo, st.hi, st.since = -1, -1, nil
	s.stats.dropped.Add(int64(n))
	s.log.Info().Str("topic", k.topic).Int("partition", k.partition).Int("partials", n).
		Msg("partition given back; its partials not yet written are dropped, their events are read again")
}

// loadDone reads the progress record of partition k.
func (s *Stage1) loadDone(k tp) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	key := progressKey(k.topic, k.partition)
	n, err := s.cl.partitions(ctx, s.cfg.ProgressTopic)
	var last []byte
	if err == nil {
		err = s.cl.readPartition(ctx, s.cfg.ProgressTopic, PartitionOf(key, n), func(m kafkago.Message) error {
			if string(m.Key) == string(key) {
				last = m.Value
			}
			return nil
		})
	}
	if err != nil {
		s.log.Warn().Err(err).Str("topic", k.topic).Int("partition", k.partition).
			Msg("reading the progress of a partition taken over failed; events another instance evaluated may count twice")
		return
	}
	if last == nil {
		return
	}
	pr, err := decodeProgress(key, last)
	if err != nil {
		s.log.Warn().Err(err).Msg("bad progress record")
		return
	}
	if s.done == nil {
		s.done = map[tp]*pipeline.PartitionCoverage{}
	}
	pc := pr.PartitionCoverage
	slices.Sort(pc.Above)
	s.done[k] = &pc
	s.written[k] = pc
	if pr.Newest.After(s.newest[k]) {
		s.newest[k] = pr.Newest
	}
	if !s.wm.IsZero() && s.newest[k].Add(-s.opt.AllowedLateness).Before(s.wm) {
		s.behind[k] = 0
	}
}

// covers reports whether pc covers offset.
func covers(pc *pipeline.PartitionCoverage, off int64) bool {
	if off < pc.Below {
		return true
	}
	_, ok := slices.BinarySearch(pc.Above, off)
	return ok
}

// Advance hands the partials of the minutes ended by watermark over to
// the next Save; stage two raises the alerts.
func (s *Stage1) Advance(watermark time.Time) []alert.Alert {
	s.mu.Lock()
	defer s.mu.Unlock()
	if watermark.After(s.wm) {
		s.wm = watermark
	}
	for k, st := range s.parts {
		s.pending[k] = s.encode(s.pending[k], st.Flush(watermark))
	}
	return nil
}

// Reload switches to another rule set; the partials open under the old
// rules are written with the next Save (stage two merges those of
// unchanged rules).
func (s *Stage1) Reload(rs *rules.RuleSet) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.rs = rs
	for k, st := range s.parts {
		s.pending[k] = s.encode(s.pending[k], st.Reload(rs))
	}
}

func (s *Stage1) encode(out []kafkago.Message, ps []*rules.Partial) []kafkago.Message {
	for _, p := range ps {
		v, err := p.MarshalBinary()
		if err != nil {
			if s.stats.encodeErrors.Add(1) == 1 {
				s.log.Error().Err(err).Str("rule", p.Rule).Msg("encoding a partial failed; its events are not evaluated")
			}
			continue
		}
		out = append(out, kafkago.Message{Key: PartialKey(p), Value: v})
	}
	return out
}

// owned returns the source partitions the source owns now (nil: no
// source, every partition counts) and those known to have no lag.
func (s *Stage1) owned() (owned, noLag map[tp]bool) {
	if s.src == nil {
		return nil, nil
	}
	owned, noLag = map[tp]bool{}, map[tp]bool{}
	for _, p := range s.src.Stats().Partitions {
		owned[tp{p.Topic, p.Partition}] = true
		if p.Lag == 0 {
			noLag[tp{p.Topic, p.Partition}] = true
		}
	}
	return owned, noLag
}

// Restore returns the coverage on the progress topic: what every
// instance's partials already hold.
func (s *Stage1) Restore() (pipeline.Coverage, bool, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	keys, vals, err := s.cl.readLatest(ctx, s.cfg.ProgressTopic)
	if err != nil {
		return nil, false, fmt.Errorf("cluster: restoring progress: %w", err)
	}
	var cov pipeline.Coverage
	for _, k := range keys {
		pr, err := decodeProgress([]byte(k), vals[k])
		if err != nil {
			return nil, false, err
		}
		cov = append(cov, pr.PartitionCoverage)
	}
	return cov, len(cov) > 0, nil
}

// Save writes every partial not yet written, then the progress records of
// cov's partitions that the source still owns. The pipeline calls it
// while no event is evaluated.
func (s *Stage1) Save(cov pipeline.Coverage) error {
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	if s.src != nil {
		if holding, _ := s.fence.holding(s.generation); holding {
			s.mu.Lock()
			idle := len(s.pending) == 0
			for _, st := range s.parts {
				idle = idle && st.Open() == 0
			}
			s.mu.Unlock()
			if idle {
				return nil // everything observed is written: cov is announced already
			}
			return errRebalancing
		}
	}
	owned, noLag := s.owned()
	s.mu.Lock()
	var msgs []kafkago.Message
	for k := range owned {
		if s.parts[k] == nil {
			// Assigned, nothing read yet: its progress says where its
			// events stand, so that the watermark announced below is held
			// back to them (another instance's, stopped, may trail far).
			s.parts[k] = &srcPart{Stage1: rules.NewStage1(s.rs, s.opt), assignment: s.assignmentOf(k), lo: -1, hi: -1, last: -1}
			s.loadDone(k)
			if s.newest[k].IsZero() && !noLag[k] {
				s.behind[k] = 0 // nobody's progress: held until its first events are read
			}
		}
	}
	for k, st := range s.parts {
		if owned != nil && owned[k] {
			if a := s.assignmentOf(k); a != st.assignment {
				s.reassigned(k, st, a)
			}
		}
		if owned != nil && !owned[k] {
			// Taken away: the next owner reads these events again.
			n := st.Open() + len(s.pending[k])
			delete(s.parts, k)
			delete(s.pending, k)
			delete(s.done, k)
			delete(s.newest, k)
			delete(s.behind, k)
			delete(s.written, k)
			s.stats.dropped.Add(int64(n))
			s.log.Info().Str("topic", k.topic).Int("partition", k.partition).Int("partials", n).
				Msg("partition released; its partials not yet written are dropped, its next owner evaluates those events")
			continue
		}
		s.pending[k] = s.encode(s.pending[k], st.Flush(time.Unix(math.MaxInt64/4, 0)))
		if st.lo >= 0 && s.log.Debug().Enabled() {
			s.log.Debug().Str("topic", k.topic).Int("partition", k.partition).Int64("from", st.lo).Int64("to", st.hi).
				Int("events", len(st.since)).Msg("checkpoint: partials of these offsets")
		}
		st.lo, st.hi, st.since = -1, -1, st.since[:0]
	}
	for k, p := range s.pending {
		if owned != nil && k.partition >= 0 && !owned[k] { // (partition -1: retried from an earlier Save)
			delete(s.pending, k)
			continue
		}
		msgs = append(msgs, p...)
		delete(s.pending, k)
	}
	wm := s.announced(owned, noLag)
	newest := maps.Clone(s.newest)
	var claims []string
	for k := range owned {
		claims = append(claims, k.topic+"/"+strconv.Itoa(k.partition))
	}
	slices.Sort(claims)
	s.mu.Unlock()

	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if len(msgs) > 0 && s.stats.heartbeats.Load() == 0 {
		// Stage two hears of this instance (at its watermark so far)
		// before its first partials: until then, another instance's
		// watermark alone could take stage two past them.
		n, err := s.cl.partitions(ctx, s.cfg.PartialsTopic)
		if err == nil {
			err = s.heartbeat(ctx, n)
		}
		if err != nil {
			s.mu.Lock()
			s.pending[tp{"", -1}] = append(s.pending[tp{"", -1}], msgs...)
			s.mu.Unlock()
			return fmt.Errorf("cluster: announcing this instance: %w", err)
		}
	}
	if len(msgs) > 0 {
		if err := s.writeSave(ctx, msgs); err != nil {
			// Keep them all for the next Save, under its number: those of
			// this one that were written are never committed, and stage two
			// drops them. Nothing of cov is announced. (Unless some commit
			// records were written: then stage two merges them there, and
			// the events are read again after a restart, at least once.)
			if !errors.Is(err, errCommitUnfinished) {
				s.mu.Lock()
				s.pending[tp{"", -1}] = append(s.pending[tp{"", -1}], msgs...)
				s.mu.Unlock()
			}
			return err
		}
	}
	for _, m := range msgs {
		s.stats.bytes.Add(int64(len(m.Value)))
	}
	s.stats.partials.Add(int64(len(msgs)))
	var prog []kafkago.Message
	now := time.Now().UTC()
	s.mu.Lock()
	var wrote []pipeline.PartitionCoverage
	for _, pc := range cov {
		k := tp{pc.Topic, pc.Partition}
		if owned != nil && !owned[k] {
			continue
		}
		// What an earlier owner's progress said is in the partials stays
		// in this one's.
		if w, ok := s.written[k]; ok && (w.Below > pc.Below || len(w.Above) > 0) {
			pc.Above = pipeline.NormalizeAbove(&pc.Below, append(slices.Clone(pc.Above), w.Above...))
			if w.Below > pc.Below {
				pc.Below = w.Below
				pc.Above = pipeline.NormalizeAbove(&pc.Below, pc.Above)
			}
		}
		wrote = append(wrote, pc)
		prog = append(prog, progressRecord(pc, newest[k], s.cfg.InstanceID, now))
	}
	s.mu.Unlock()
	if _, err := s.write(ctx, s.progress, prog); err != nil {
		return fmt.Errorf("cluster: writing progress: %w", err)
	}
	if len(msgs) > 0 {
		s.stats.windowNanos.Add(time.Now().UnixNano() - s.commitStart.Load())
	}
	s.mu.Lock()
	for _, pc := range wrote {
		s.written[tp{pc.Topic, pc.Partition}] = pc
	}
	s.mu.Unlock()
	s.stats.progress.Add(int64(len(prog)))
	if owned != nil {
		s.claims.Store(&claims)
	}
	s.saved.Store(&wm)
	select {
	case s.beat <- struct{}{}:
	default:
	}
	return nil
}

// announced is the watermark the watermark records may announce after
// this Save: the last Advance's, held back to the newest event time (less
// the allowed lateness) of partitions taken over that trail it, until
// they catch up or two Saves in a row find them without lag. Stage two
// would otherwise take this instance's watermark past the events still
// to be read from them. Called with s.mu held.
func (s *Stage1) announced(owned, noLag map[tp]bool) time.Time {
	wm := s.wm
	for k, n := range s.behind {
		at := s.newest[k].Add(-s.opt.AllowedLateness)
		if s.newest[k].IsZero() {
			// Nothing known of its events yet: the watermark stays where
			// it was last announced.
			at = time.Time{}
			if p := s.saved.Load(); p != nil {
				at = *p
			}
			if owned != nil && !owned[k] {
				delete(s.behind, k)
				continue
			}
			if noLag[k] {
				if n+1 >= 2 {
					delete(s.behind, k)
					continue
				}
				s.behind[k] = n + 1
			}
			if at.Before(wm) {
				wm = at
			}
			continue
		}
		switch {
		case owned != nil && !owned[k], !at.Before(s.wm):
			delete(s.behind, k)
			continue
		case noLag[k]:
			if n+1 >= 2 {
				delete(s.behind, k)
				continue
			}
			s.behind[k] = n + 1
		default:
			s.behind[k] = 0
		}
		if at.Before(wm) {
			wm = at
		}
	}
	return wm
}

// writeSave writes the partials of one Save, marked with its number,
// then its commit record to every partials partition: stage two merges
// the partials of a Save only once its commit record follows them, so a
// Save cut short (a crash, a failed write) counts for nothing.
func (s *Stage1) writeSave(ctx context.Context, msgs []kafkago.Message) error {
	n, err := s.cl.partitions(ctx, s.cfg.PartialsTopic)
	if err != nil {
		return err
	}
	if len(s.unfinished) > 0 {
		// An earlier Save's commit records first: on each partition they
		// must come before this Save's records (stage two drops a Save's
		// partials once it reads a later commit record of the instance).
		failed, err := s.write(ctx, s.partials, s.unfinished)
		if err != nil {
			s.unfinished = failed
			return fmt.Errorf("cluster: completing an earlier checkpoint's commit records: %w", err)
		}
		s.unfinished = nil
	}
	seq := s.seq.Add(1)
	tagged := make([]kafkago.Message, len(msgs))
	for i, m := range msgs {
		m.Value = tagPartial(s.cfg.InstanceID, seq, m.Value)
		tagged[i] = m
	}
	start := time.Now()
	if _, err := s.write(ctx, s.partials, tagged); err != nil {
		return fmt.Errorf("cluster: writing %d partials: %w", len(msgs), err)
	}
	s.stats.partialsNanos.Add(int64(time.Since(start)))
	commits := make([]kafkago.Message, n)
	for q := range n {
		commits[q] = commitRecord(s.cfg.InstanceID, seq, q)
	}
	s.commitStart.Store(time.Now().UnixNano())
	// Once one commit record is written, stage two merges this Save's
	// partials on its partition: sending them again under another number
	// would count them twice there. So the commit records that failed are
	// written again, under this number, until every partition has one.
	for attempt := 0; ; attempt++ {
		failed, err := s.write(ctx, s.partials, commits)
		if err == nil {
			break
		}
		if len(failed) < len(commits) || attempt > 0 {
			s.log.Warn().Err(err).Int("failed", len(failed)).Int("partitions", n).Msg("writing commit records failed; writing those again")
		}
		commits = failed
		if !backoff.Sleep(ctx, backoff.Exp(50*time.Millisecond, time.Second, attempt+1)) {
			s.unfinished = commits // written first by the next Save
			return fmt.Errorf("cluster: committing %d partials: %w", len(msgs), errors.Join(err, errCommitUnfinished))
		}
	}
	s.stats.saves.Add(1)
	return nil
}

// errCommitUnfinished marks a Save whose commit records were not all
// written: its partials must not be sent again under another number.
var errCommitUnfinished = errors.New("some commit records of the checkpoint were not written")

// generation is the source's current group generation.
func (s *Stage1) generation() int32 { return s.src.Stats().Generation }

// errRebalancing postpones a checkpoint while the source's consumer group
// rebalances.
var errRebalancing = errors.New("cluster: the source's consumer group is rebalancing; checkpoint postponed")

// GenerationEnded is the source's OnGenerationEnd hook, run before the
// generation's last commit: it writes every partial open (a Save in
// progress finishing first), with the progress of exactly the events
// observed, and lets the source commit that far, so that the partitions'
// next owners start after the last event this instance evaluated. Until
// the source's next generation, Saves then write nothing: the partitions
// owned then decide what of the events observed meanwhile (fetched
// before the rebalance) is written and what is dropped.
func (s *Stage1) GenerationEnded(generation int32) {
	s.fence.end(generation)
	s.saveMu.Lock()
	defer s.saveMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	s.mu.Lock()
	var msgs []kafkago.Message
	var prog []pipeline.PartitionCoverage
	for k, st := range s.parts {
		if st.lo < 0 && len(s.pending[k]) == 0 {
			continue
		}
		s.pending[k] = s.encode(s.pending[k], st.Flush(time.Unix(math.MaxInt64/4, 0)))
		pc := s.written[k]
		pc.Topic, pc.Partition = k.topic, k.partition
		above := append(slices.Clone(pc.Above), st.since...)
		pc.Above = pipeline.NormalizeAbove(&pc.Below, above)
		prog = append(prog, pc)
		if st.lo >= 0 && s.log.Debug().Enabled() {
			s.log.Debug().Str("topic", k.topic).Int("partition", k.partition).Int64("from", st.lo).Int64("to", st.hi).
				Int("events", len(st.since)).Msg("generation end: partials of these offsets")
		}
		st.lo, st.hi, st.since = -1, -1, st.since[:0]
	}
	for k, p := range s.pending {
		msgs = append(msgs, p...)
		delete(s.pending, k)
	}
	wm := s.announced(nil, nil)
	newest := maps.Clone(s.newest)
	s.mu.Unlock()
	if len(msgs) > 0 {
		if err := s.writeSave(ctx, msgs); err != nil {
			if !errors.Is(err, errCommitUnfinished) {
				s.mu.Lock()
				s.pending[tp{"", -1}] = append(s.pending[tp{"", -1}], msgs...)
				s.mu.Unlock()
			}
			s.log.Warn().Err(err).Msg("writing the partials as the group rebalances failed; the next owners may count those events again")
			return
		}
		s.stats.partials.Add(int64(len(msgs)))
	}
	now := time.Now().UTC()
	recs := make([]kafkago.Message, 0, len(prog))
	for _, pc := range prog {
		recs = append(recs, progressRecord(pc, newest[tp{pc.Topic, pc.Partition}], s.cfg.InstanceID, now))
	}
	if _, err := s.write(ctx, s.progress, recs); err != nil {
		s.log.Warn().Err(err).Msg("writing the progress as the group rebalances failed; the next owners may count those events again")
		return
	}
	s.stats.progress.Add(int64(len(recs)))
	s.mu.Lock()
	for _, pc := range prog {
		s.written[tp{pc.Topic, pc.Partition}] = pc
	}
	s.mu.Unlock()
	s.saved.Store(&wm)
	if gate, ok := s.src.(interface {
		AllowCommits(topic string, ceilings map[int]int64)
	}); ok {
		for _, pc := range prog {
			gate.AllowCommits(pc.Topic, map[int]int64{pc.Partition: pc.Below})
		}
	}
}

// write writes msgs synchronously; on failure it returns those not
// written.
func (s *Stage1) write(ctx context.Context, w *kafkago.Writer, msgs []kafkago.Message) ([]kafkago.Message, error) {
	if len(msgs) == 0 {
		return nil, nil
	}
	err := w.WriteMessages(ctx, msgs...)
	if err == nil {
		return nil, nil
	}
	s.stats.writeErrors.Add(1)
	var we kafkago.WriteErrors
	if errors.As(err, &we) && len(we) == len(msgs) {
		var failed []kafkago.Message
		for i, e := range we {
			if e != nil {
				failed = append(failed, msgs[i])
			}
		}
		return failed, err
	}
	return msgs, err
}

// Run writes this instance's watermark record to every partials partition
// every HeartbeatEvery, and after each Save, until ctx ends.
func (s *Stage1) Run(ctx context.Context) {
	t := time.NewTicker(HeartbeatEvery)
	defer t.Stop()
	n, looked := 0, time.Time{}
	last := time.Time{}
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		case <-s.beat:
			if time.Since(last) < HeartbeatEvery/2 {
				continue
			}
		}
		if n == 0 || time.Since(looked) > 30*time.Second {
			c, err := s.cl.partitions(ctx, s.cfg.PartialsTopic)
			if err != nil {
				s.log.Warn().Err(err).Msg("partials topic not found; watermark not sent")
				continue
			}
			n, looked = c, time.Now()
		}
		if err := s.heartbeat(ctx, n); err != nil && ctx.Err() == nil {
			s.log.Warn().Err(err).Msg("writing the watermark failed")
		}
		last = time.Now()
	}
}

// Watermark is the record this instance writes now.
func (s *Stage1) Watermark() Watermark {
	w := Watermark{Instance: s.cfg.InstanceID, CaughtUp: true, At: time.Now().UTC()}
	if p := s.saved.Load(); p != nil {
		w.Watermark = *p
	}
	if c := s.claims.Load(); c != nil {
		w.Partitions = *c
	}
	if s.src != nil {
		w.CaughtUp, w.Why = s.src.CaughtUp()
	}
	return w
}

func (s *Stage1) heartbeat(ctx context.Context, partitions int) error {
	w := s.Watermark()
	msgs := make([]kafkago.Message, partitions)
	for q := range partitions {
		msgs[q] = watermarkRecord(w, q)
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if _, err := s.write(ctx, s.partials, msgs); err != nil {
		return err
	}
	s.stats.heartbeats.Add(1)
	return nil
}

// Close closes the producers.
func (s *Stage1) Close() error {
	return errors.Join(s.partials.Close(), s.progress.Close())
}

// Stage1Stats are stage one's counters.
type Stage1Stats struct {
	// Partials and Bytes are the partials written and their size.
	Partials, Bytes int64
	// Progress counts progress records written, Heartbeats watermark
	// rounds (one record per partials partition each).
	Progress, Heartbeats int64
	// Dropped counts partials of partitions taken away before they were
	// written (their events are evaluated by the next owner).
	Dropped int64
	// Skipped counts events of partitions taken over that their progress
	// record said were in the partials already.
	Skipped int64
	// Stale counts events fetched under an assignment of their partition
	// that had ended when they reached stage one (delivered again under
	// the next).
	Stale int64
	// EncodeErrors and WriteErrors count failures.
	EncodeErrors, WriteErrors int64
	// Saves counts the Saves that wrote partials; PartialsTime is the time
	// spent writing their partials, Window the time from the start of
	// their commit records to the end of their progress records (a crash
	// within it sends that Save's events again).
	Saves                int64
	PartialsTime, Window time.Duration
}

// Stats returns stage one's counters.
func (s *Stage1) Stats() Stage1Stats {
	return Stage1Stats{Partials: s.stats.partials.Load(), Bytes: s.stats.bytes.Load(), Progress: s.stats.progress.Load(),
		Heartbeats: s.stats.heartbeats.Load(), Dropped: s.stats.dropped.Load(), Skipped: s.stats.skipped.Load(), Stale: s.stats.stale.Load(),
		EncodeErrors: s.stats.encodeErrors.Load(), WriteErrors: s.stats.writeErrors.Load(),
		Saves: s.stats.saves.Load(), PartialsTime: time.Duration(s.stats.partialsNanos.Load()), Window: time.Duration(s.stats.windowNanos.Load())}
}
