package kafka

import (
	"context"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/backoff"
	"github.com/vigilops/vigil/pipeline/offsets"
	"github.com/vigilops/vigil/pipeline/record"
)

// Message is one record fetched from a source topic (package record):
// its topic, partition and offset are its Source.
type Message = record.Message

// Source consumes the configured topics as a member of a consumer group and
// commits, per partition, only the contiguous prefix of acknowledged
// messages: if offsets 10, 11 and 13 are acknowledged and 12 is not, the
// committed offset is 12 (Kafka commits name the next offset to consume),
// and a restart redelivers 12 and 13. Delivery is at-least-once.
//
// The group is run with kafka-go's ConsumerGroup, which exposes the
// generations, and one kafka-go Reader per assigned partition (fetched
// with FetchMessage; nothing is committed behind the Source's back).
// Rebalances:
//
//   - A generation commits only while it is current: every CommitInterval,
//     and once more when it ends (before the member rejoins), so a revoked
//     partition hands over at its acknowledged prefix.
//   - A partition kept across a rebalance, whose committed offset at the
//     broker is still the one this process committed, keeps its pending
//     state: in-flight messages stay in flight and fetching resumes after
//     the last delivered offset, so nothing is redelivered.
//   - A partition that moved away is forgotten: its unacknowledged messages
//     are delivered again by the new owner, starting at the committed
//     offset. Late acknowledgements for it are ignored (counted as stale)
//     and it is never committed by this process again, so a former owner
//     never moves another member's offset.
//   - A partition that comes back after someone else committed it starts
//     afresh at the broker's offset. An acknowledgement names a record by
//     topic, partition and offset, so a late acknowledgement of an earlier
//     copy of a redelivered record counts for it: the record was processed.
//
// Fetch blocks once Config.MaxPending messages are delivered but not yet
// committable, so memory stays bounded whatever the acknowledgement order.
//
// After a crash, records acknowledged since the last background commit (at
// most one CommitInterval) are delivered again. A topic deleted and
// recreated under the same name while the Source runs is not detected.
type Source struct {
	cfg    Config
	log    zerolog.Logger
	dialer *kafkago.Dialer
	cg     *kafkago.ConsumerGroup

	msgs     chan fetched  // partition pumps → Fetch, unbuffered
	slots    chan struct{} // one token per pending message (MaxPending)
	groupErr chan error    // persistent join failures, offered to Fetch
	closing  chan struct{}
	runDone  chan struct{}
	once     sync.Once

	mu         sync.Mutex
	parts      map[tpKey]*partState
	generation int32
	joinFails  int // consecutive failures to join the group (0: joined)
	// held, once set by HoldCommits, caps each partition's commits at its
	// ceiling (absent: nothing may be committed).
	held     bool
	ceilings map[tpKey]int64
	closeErr error // last commit error seen while closing

	// changed is closed (and replaced) whenever a partition's alignment
	// state moves while pumps wait for the others to catch up (waiters).
	changed chan struct{}
	waiters int
	// idleAfter is how long a partition that delivers nothing may hold the
	// others back (SetIdleAfter); 0 until set: no limit.
	idleAfter time.Duration
	// genEnd, when set, is called as a generation ends (OnGenerationEnd).
	genEnd func(generation int32)
	// assignments numbers the partitions' assignments (PartitionStats.Assignment).
	assignments int64

	rebalances, staleAcks, fetchErrors, groupErrors, commitErrors, skewWaits atomic.Int64
}

type tpKey struct {
	topic     string
	partition int
}

// partState is one owned partition: its tracker and current reader.
type partState struct {
	key    tpKey
	tr     *offsets.Tracker
	reader *kafkago.Reader
	// committed is the last offset committed by this process for the
	// partition (Kafka convention: the next offset to consume), -1 if none.
	committed int64
	// assignment numbers this assignment of the partition (a partition
	// kept across a rebalance keeps its number).
	assignment int64

	// Alignment by record timestamp (Config.MaxSkew). head is the
	// timestamp of the record the pump holds, or else of the last one
	// handed out; behind says the partition holds or is known to have
	// records not yet handed out; since is when it last handed one out;
	// ready says the pump holds a record cleared to go, waiting for Fetch.
	head   time.Time
	behind bool
	since  time.Time
	ready  bool
	// probing says the pump is asking the broker how many records wait
	// from where it starts; backlog that some do (its first record then
	// holds the others back as a slow partition's next one does).
	probing, backlog bool
	// fails counts the pump's consecutive failed fetches (0 when the last
	// one worked).
	fails int
}

type fetched struct {
	m  kafkago.Message
	st *partState
}

// NewSource validates cfg, joins the consumer group in the background and
// returns at once; Fetch blocks until partitions are assigned.
func NewSource(cfg Config, log zerolog.Logger) (*Source, error) {
	cfg = cfg.WithDefaults()
	if err := cfg.validateSource(); err != nil {
		return nil, fmt.Errorf("kafka source: %w", err)
	}
	dialer, err := cfg.Dialer()
	if err != nil {
		return nil, fmt.Errorf("kafka source: %w", err)
	}
	log = log.With().Str("component", "kafka-source").Str("group", cfg.GroupID).Logger()
	if strings.EqualFold(cfg.SASL.Mechanism, "PLAIN") && !cfg.TLS.Enabled {
		log.Warn().Msg("SASL PLAIN without TLS sends the password in clear text")
	}
	watch := cfg.Group.PartitionWatchInterval > 0
	cg, err := kafkago.NewConsumerGroup(kafkago.ConsumerGroupConfig{
		ID:                     cfg.GroupID,
		Brokers:                cfg.Brokers,
		Dialer:                 dialer,
		Topics:                 slices.Clone(cfg.Topics),
		GroupBalancers:         []kafkago.GroupBalancer{kafkago.RangeGroupBalancer{}, kafkago.RoundRobinGroupBalancer{}},
		HeartbeatInterval:      cfg.Group.HeartbeatInterval,
		SessionTimeout:         cfg.Group.SessionTimeout,
		RebalanceTimeout:       cfg.Group.RebalanceTimeout,
		JoinGroupBackoff:       cfg.Group.JoinGroupBackoff,
		WatchPartitionChanges:  watch,
		PartitionWatchInterval: max(cfg.Group.PartitionWatchInterval, time.Second),
		StartOffset:            cfg.startOffset(),
		Timeout:                cfg.Group.DialTimeout,
		Logger:                 traceLogger(log),
		ErrorLogger:            warnLogger(log),
	})
	if err != nil {
		return nil, fmt.Errorf("kafka source: consumer group: %w", err)
	}
	s := &Source{
		cfg:        cfg,
		log:        log,
		dialer:     dialer,
		cg:         cg,
		msgs:       make(chan fetched),
		slots:      make(chan struct{}, cfg.MaxPending),
		groupErr:   make(chan error),
		closing:    make(chan struct{}),
		runDone:    make(chan struct{}),
		parts:      make(map[tpKey]*partState),
		generation: -1,
		changed:    make(chan struct{}),
	}
	go s.run()
	return s, nil
}

// run follows the group's generations until the group is closed.
func (s *Source) run() {
	defer close(s.runDone)
	fails := 0
	for {
		gen, err := s.cg.Next(context.Background())
		if err != nil {
			if errors.Is(err, kafkago.ErrGroupClosed) {
				return
			}
			s.groupErrors.Add(1)
			if errors.Is(err, kafkago.RebalanceInProgress) {
				// Part of a normal rebalance: the coordinator paces the rejoin.
				s.log.Debug().Err(err).Msg("group is rebalancing; rejoining")
				continue
			}
			fails++
			s.mu.Lock()
			s.joinFails = fails
			s.mu.Unlock()
			ev := s.log.Debug()
			if fails == 1 || fails%10 == 0 {
				ev = s.log.Warn()
			}
			ev.Err(err).Int("attempt", fails).Msg("joining the consumer group failed; retrying")
			if fails >= s.cfg.Group.MaxAttempts {
				select { // offer the error to a waiting Fetch, never block
				case s.groupErr <- fmt.Errorf("kafka source: joining group %q failed %d times: %w", s.cfg.GroupID, fails, err):
				default:
				}
			}
			continue
		}
		fails = 0
		s.mu.Lock()
		s.joinFails = 0
		s.mu.Unlock()
		s.startGeneration(gen)
	}
}

// testHookAssigned, when set by a test, runs after a generation's
// partitions are published and before their pumps start.
var testHookAssigned func(*Source)

// startGeneration reconciles partition state with gen's assignment and
// starts one pump per partition plus the generation's commit loop.
func (s *Source) startGeneration(gen *kafkago.Generation) {
	type start struct {
		st  *partState
		rd  *kafkago.Reader
		off int64
	}
	var starts []start
	assigned := make(map[tpKey]int64)
	for topic, pas := range gen.Assignments {
		for _, pa := range pas {
			assigned[tpKey{topic, pa.ID}] = pa.Offset
		}
	}

	s.mu.Lock()
	s.generation = gen.ID
	for k, st := range s.parts {
		if _, ok := assigned[k]; !ok {
			s.dropLocked(st, "revoked")
		}
	}
	for k, brokerOff := range assigned {
		st := s.parts[k]
		if st != nil && !st.canContinue(brokerOff) {
			s.dropLocked(st, "committed elsewhere")
			st = nil
		}
		off := brokerOff
		if st == nil {
			s.assignments++
			st = &partState{key: k, tr: offsets.New(), committed: -1, assignment: s.assignments}
			s.parts[k] = st
		} else if st.tr.Next() >= 0 {
			off = st.tr.Next() // kept: resume after the last delivery
		}
		st.reader = kafkago.NewReader(kafkago.ReaderConfig{
			Brokers:         s.cfg.Brokers,
			Topic:           k.topic,
			Partition:       k.partition,
			Dialer:          s.dialer,
			MinBytes:        s.cfg.MinBytes,
			MaxBytes:        s.cfg.MaxBytes,
			MaxWait:         s.cfg.MaxWait,
			ReadLagInterval: -1,
			IsolationLevel:  kafkago.ReadCommitted,
			Logger:          traceLogger(s.log),
			ErrorLogger:     warnLogger(s.log),
		})
		// Until its first record arrives (or a couple of fetch waits pass),
		// a starting partition holds the others back: it may be far behind
		// them. One kept across a rebalance starts again too: were it
		// judged by its last record's time, a quiet one would hold the
		// others back for the whole idle time. Set here, under the lock
		// that publishes the reader, not when the pump starts: in between,
		// CaughtUp would see an owned partition with nothing waiting, and
		// the quiet clock could move event time past its backlog.
		st.head, st.behind, st.since, st.ready = time.Time{}, true, time.Now(), false
		st.probing, st.backlog = s.cfg.MaxSkew >= 0, false
		starts = append(starts, start{st, st.reader, off})
	}
	s.notifyLocked()
	s.mu.Unlock()
	if testHookAssigned != nil {
		testHookAssigned(s)
	}

	s.rebalances.Add(1)
	parts := make([]string, 0, len(starts))
	for _, x := range starts {
		if err := x.rd.SetOffset(x.off); err != nil {
			s.log.Error().Err(err).Str("topic", x.st.key.topic).Int("partition", x.st.key.partition).Msg("seek failed")
		}
		parts = append(parts, fmt.Sprintf("%s/%d@%s", x.st.key.topic, x.st.key.partition, humanOffset(x.off)))
		gen.Start(func(ctx context.Context) { s.pump(ctx, x.st, x.rd) })
	}
	slices.Sort(parts)
	s.log.Info().Int32("generation", gen.ID).Str("member", gen.MemberID).
		Str("partitions", strings.Join(parts, ",")).Msg("partitions assigned")
	gen.Start(func(ctx context.Context) { s.commitLoop(ctx, gen) })
}

// canContinue says whether a tracker may carry over into a new generation
// whose committed offset at the broker is brokerOff: only if nobody else
// committed the partition since this process did.
func (st *partState) canContinue(brokerOff int64) bool {
	if st.committed >= 0 {
		return brokerOff == st.committed
	}
	return brokerOff < 0
}

// dropLocked forgets a partition and frees its pending slots.
func (s *Source) dropLocked(st *partState, why string) {
	n := st.tr.Pending()
	for range n {
		<-s.slots
	}
	delete(s.parts, st.key)
	s.notifyLocked()
	ev := s.log.Info()
	if n > 0 {
		ev = s.log.Warn()
	}
	ev.Str("topic", st.key.topic).Int("partition", st.key.partition).Str("why", why).
		Int("unacknowledged", n).Int64("committed", st.committed).
		Msg("partition released; unacknowledged messages will be delivered again by its next owner")
}

// pump moves one partition's messages to Fetch until the generation ends.
func (s *Source) pump(ctx context.Context, st *partState, rd *kafkago.Reader) {
	defer rd.Close()
	if s.cfg.MaxSkew >= 0 {
		// Whether records wait decides how long the partition may hold the
		// others back before its first one arrives: a large first fetch
		// on a loaded machine can take far longer than a fetch wait, and
		// the others would race past its backlog.
		lag := s.probeBacklog(ctx, rd)
		s.mu.Lock()
		st.probing = false
		switch {
		case lag == 0 && st.head.IsZero():
			st.behind = false // nothing to wait for until a record comes
		case lag > 0:
			st.backlog = true
		}
		s.notifyLocked()
		s.mu.Unlock()
	}
	fails := 0
	for {
		m, err := rd.FetchMessage(ctx)
		if err != nil {
			if ctx.Err() != nil {
				return
			}
			fails++
			s.mu.Lock()
			st.fails = fails
			s.mu.Unlock()
			s.fetchErrors.Add(1)
			if fails == 1 || fails%100 == 0 {
				s.log.Warn().Err(err).Str("topic", st.key.topic).Int("partition", st.key.partition).
					Int("failures", fails).Msg("fetch failed; retrying")
			}
			if !backoff.Sleep(ctx, backoff.Exp(50*time.Millisecond, 5*time.Second, fails)) {
				return
			}
			continue
		}
		if fails > 0 {
			fails = 0
			s.mu.Lock()
			st.fails = 0
			s.mu.Unlock()
		}
		if !s.align(ctx, st, m.Time) {
			return
		}
		select {
		case s.msgs <- fetched{m: m, st: st}:
		case <-ctx.Done():
			return
		}
		// Handed out: the partition is behind while records follow this
		// one. Recorded here, before this pump fetches its next record,
		// and not in Fetch, which could overwrite the next record's head
		// and readiness with this one's.
		s.mu.Lock()
		st.head, st.behind, st.since, st.ready = m.Time, m.HighWaterMark > m.Offset+1, time.Now(), false
		s.notifyLocked()
		s.mu.Unlock()
	}
}

// align holds a record with timestamp ts back while it runs more than
// MaxSkew ahead of another partition that still has records to deliver
// (see Config.MaxSkew). It returns false when ctx ends.
func (s *Source) align(ctx context.Context, st *partState, ts time.Time) bool {
	if s.cfg.MaxSkew < 0 || ts.IsZero() {
		s.mu.Lock()
		st.ready = true
		s.mu.Unlock()
		return true
	}
	s.mu.Lock()
	st.head, st.behind, st.ready = ts, true, false
	s.notifyLocked()
	counted := false
	for {
		now := time.Now()
		floor, wake := time.Time{}, s.idleAfter // wake 0: only a change wakes it
		blocked := false
		for _, o := range s.parts {
			if o == st || !o.behind {
				continue
			}
			if o.head.IsZero() { // starting: its first record is on its way
				patience := s.startPatience()
				switch {
				case o.probing: // asking the broker (bounded by probeTimeout)
					patience = probeTimeout
				case o.backlog: // records wait: held like a slow partition
					patience = s.idleAfter
					if patience == 0 {
						blocked = true
						continue
					}
				}
				if wait := patience - now.Sub(o.since); wait > 0 {
					blocked = true
					wake = sooner(wake, wait)
				}
				continue
			}
			if !o.ready && !o.since.IsZero() && s.idleAfter > 0 {
				silent := now.Sub(o.since)
				if silent >= s.idleAfter {
					continue // idle: it no longer holds the others back
				}
				wake = sooner(wake, s.idleAfter-silent)
			}
			if floor.IsZero() || o.head.Before(floor) {
				floor = o.head
			}
		}
		if !blocked && (floor.IsZero() || !ts.After(floor.Add(s.cfg.MaxSkew))) {
			st.ready = true
			s.mu.Unlock()
			return true
		}
		if !counted {
			s.skewWaits.Add(1)
			counted = true
		}
		ch := s.changed
		s.waiters++
		s.mu.Unlock()
		var t *time.Timer
		var timeout <-chan time.Time
		if wake > 0 {
			t = time.NewTimer(wake)
			timeout = t.C
		}
		cancelled := false
		select {
		case <-ch:
		case <-timeout:
		case <-ctx.Done():
			cancelled = true
		}
		if t != nil {
			t.Stop()
		}
		s.mu.Lock()
		s.waiters--
		if cancelled {
			s.mu.Unlock()
			return false
		}
	}
}

// sooner is the shorter of two waits, 0 standing for none.
func sooner(wake, d time.Duration) time.Duration {
	if wake == 0 {
		return d
	}
	return min(wake, d)
}

// SetIdleAfter sets how long a partition that delivers nothing may hold
// the others back while they are aligned by record time (Config.MaxSkew):
// once it has handed out nothing for d it is idle, and the others go on
// until it delivers again. The rule belongs to the pipeline's event clock
// (pipeline.Config.IdleAfter, default pipeline.DefaultIdleAfter), after
// which such a partition stops holding the watermark back too; the
// pipeline hands its value to the source it runs, so that the two give up
// on a silent partition together. A Source that is never told (outside a
// pipeline) puts no limit on the wait: a partition with records still to
// deliver holds the others back until it delivers them.
func (s *Source) SetIdleAfter(d time.Duration) {
	s.mu.Lock()
	s.idleAfter = max(d, 0)
	s.notifyLocked()
	s.mu.Unlock()
}

// probeTimeout bounds the question a starting partition's pump asks the
// broker (probeBacklog), and how long it holds the others back meanwhile.
const probeTimeout = 5 * time.Second

// probeBacklog asks the broker how many records wait on rd's partition
// from the offset it starts at: -1 when that is unknown (the question
// failed or timed out).
func (s *Source) probeBacklog(ctx context.Context, rd *kafkago.Reader) int64 {
	if rd.Offset() == kafkago.LastOffset {
		return 0 // starting at the end (start_offset: latest): nothing waits
	}
	ctx, cancel := context.WithTimeout(ctx, probeTimeout)
	defer cancel()
	lag, err := rd.ReadLag(ctx)
	if err != nil || lag < 0 {
		if ctx.Err() == nil || errors.Is(ctx.Err(), context.DeadlineExceeded) {
			s.log.Debug().Err(err).Msg("asking how many records wait on a partition failed")
		}
		return -1
	}
	return lag
}

// startPatience is how long a starting partition with no record yet holds
// the others back when it is not known whether records wait on it: a
// couple of broker fetch waits.
func (s *Source) startPatience() time.Duration { return 2*s.cfg.MaxWait + 200*time.Millisecond }

// notifyLocked wakes the pumps waiting in align.
func (s *Source) notifyLocked() {
	if s.waiters == 0 {
		return
	}
	close(s.changed)
	s.changed = make(chan struct{})
}

// Fetch returns the next message. It blocks while no partition is assigned,
// while no message is available, and while MaxPending messages await
// acknowledgement. It returns io.EOF after Close, ctx.Err() when ctx ends,
// and an error when joining the group keeps failing (the Source keeps
// trying; a later Fetch may succeed).
func (s *Source) Fetch(ctx context.Context) (Message, error) {
	for {
		select {
		case s.slots <- struct{}{}:
		case <-ctx.Done():
			return Message{}, ctx.Err()
		case <-s.closing:
			return Message{}, io.EOF
		}
		select {
		case f := <-s.msgs:
			s.mu.Lock()
			ok := s.parts[f.st.key] == f.st && f.st.tr.Deliver(f.m.Offset)
			s.mu.Unlock()
			if !ok { // partition moved on, or a redelivery of a delivered offset
				<-s.slots
				continue
			}
			return Message{
				Source: event.Source{Topic: f.m.Topic, Partition: f.m.Partition, Offset: f.m.Offset, Assignment: f.st.assignment},
				Key:    f.m.Key,
				Value:  f.m.Value,
				Time:   f.m.Time,
			}, nil
		case err := <-s.groupErr:
			<-s.slots
			return Message{}, err
		case <-ctx.Done():
			<-s.slots
			return Message{}, ctx.Err()
		case <-s.closing:
			<-s.slots
			return Message{}, io.EOF
		}
	}
}

// Ack acknowledges m: it is indexed or dead-lettered. Safe from any
// goroutine, in any order; acknowledging twice, or a message whose
// partition has moved to another member, has no effect.
func (s *Source) Ack(m Message) { s.ack(m.Topic, m.Partition, m.Offset, m.Source.Assignment) }

// AckOffset acknowledges the record at topic/partition/offset, for callers
// that keep only the coordinates.
func (s *Source) AckOffset(topic string, partition int, offset int64) {
	s.ack(topic, partition, offset, 0)
}

// ack acknowledges an offset fetched under assignment (0: any). One
// fetched under an assignment that has ended is stale: the partition given
// back delivers that offset again, and the new delivery is the one to
// acknowledge.
func (s *Source) ack(topic string, partition int, offset, assignment int64) {
	s.mu.Lock()
	st := s.parts[tpKey{topic, partition}]
	var released int
	ok := false
	if st != nil && (assignment == 0 || st.assignment == assignment) {
		released, ok = st.tr.Ack(offset)
	}
	s.mu.Unlock()
	if !ok {
		s.staleAcks.Add(1)
	}
	for range released {
		<-s.slots
	}
}

// commitLoop commits the acknowledged prefixes every CommitInterval while
// gen is current, and once more as it ends.
func (s *Source) commitLoop(ctx context.Context, gen *kafkago.Generation) {
	t := time.NewTicker(s.cfg.CommitInterval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			s.mu.Lock()
			hook := s.genEnd
			s.mu.Unlock()
			if hook != nil {
				hook(gen.ID)
			}
			err := s.commit(gen, 3)
			select {
			case <-s.closing:
				s.mu.Lock()
				s.closeErr = err
				s.mu.Unlock()
			default:
			}
			return
		case <-t.C:
			_ = s.commit(gen, 1)
		}
	}
}

// commit sends every partition's commit point that moved since its last
// commit. Offsets only ever reflect acknowledged messages.
func (s *Source) commit(gen *kafkago.Generation, attempts int) error {
	type pending struct {
		st  *partState
		off int64
	}
	var todo []pending
	offsets := make(map[string]map[int]int64)
	s.mu.Lock()
	for _, st := range s.parts {
		if cp := s.commitPointLocked(st); cp > st.committed {
			todo = append(todo, pending{st, cp})
			if offsets[st.key.topic] == nil {
				offsets[st.key.topic] = make(map[int]int64)
			}
			offsets[st.key.topic][st.key.partition] = cp
		}
	}
	s.mu.Unlock()
	if len(todo) == 0 {
		return nil
	}
	var err error
	for a := 0; a < attempts; a++ {
		if a > 0 {
			time.Sleep(backoff.Exp(50*time.Millisecond, 500*time.Millisecond, a))
		}
		if err = gen.CommitOffsets(offsets); err == nil {
			break
		}
	}
	if err != nil {
		s.commitErrors.Add(1)
		s.log.Warn().Err(err).Int32("generation", gen.ID).Int("partitions", len(todo)).Msg("committing offsets failed")
		return fmt.Errorf("kafka source: commit for group %q, generation %d: %w", s.cfg.GroupID, gen.ID, err)
	}
	s.mu.Lock()
	for _, p := range todo {
		if s.parts[p.st.key] == p.st && p.off > p.st.committed {
			p.st.committed = p.off
		}
	}
	s.mu.Unlock()
	return nil
}

// OnGenerationEnd sets f, which the source calls as each group generation
// ends (a rebalance, or Close) before that generation's last commit; the
// partitions' next owners are assigned only after it returns. A caller
// that writes what it derived from the partitions (cluster mode's stage
// one) finishes the write in progress there and writes nothing more for
// them until the next generation starts. f must return promptly: the
// rebalance waits for it.
func (s *Source) OnGenerationEnd(f func(generation int32)) {
	s.mu.Lock()
	s.genEnd = f
	s.mu.Unlock()
}

// HoldCommits makes the source commit a partition only as far as the
// ceiling AllowCommits last gave it, however far its acknowledgements reach.
// A caller that checkpoints state derived from the messages (baselines,
// windows) holds commits to what its last checkpoint covers, so that after a
// crash every message the checkpoint does not cover is delivered again.
// Call it before the first Fetch.
func (s *Source) HoldCommits() {
	s.mu.Lock()
	s.held = true
	if s.ceilings == nil {
		s.ceilings = make(map[tpKey]int64)
	}
	s.mu.Unlock()
}

// AllowCommits raises the commit ceilings of the given partitions (Kafka
// convention: the next offset to consume). Lower values than a partition's
// current ceiling are ignored.
func (s *Source) AllowCommits(topic string, ceilings map[int]int64) {
	s.mu.Lock()
	if s.ceilings == nil {
		s.ceilings = make(map[tpKey]int64)
	}
	for p, off := range ceilings {
		k := tpKey{topic, p}
		if cur, ok := s.ceilings[k]; !ok || off > cur {
			s.ceilings[k] = off
		}
	}
	s.mu.Unlock()
}

// commitPointLocked is the offset st may be committed to: its acknowledged
// prefix, capped by its ceiling while commits are held.
func (s *Source) commitPointLocked(st *partState) int64 {
	cp := st.tr.CommitPoint()
	if !s.held {
		return cp
	}
	c, ok := s.ceilings[st.key]
	if !ok {
		return -1
	}
	return min(cp, c)
}

// Close stops fetching, commits the acknowledged prefix of every owned
// partition in the current generation, leaves the group and releases the
// connections. Call it after the last Ack; messages still unacknowledged
// are simply not committed. It returns an error when acknowledged offsets
// could not be committed (they will be delivered again on the next start).
// Fetch returns io.EOF once Close has begun. With the broker unreachable,
// Close can take a few Group.DialTimeout periods.
func (s *Source) Close() error {
	var err error
	s.once.Do(func() {
		close(s.closing)
		_ = s.cg.Close() // ends the generation: its final commit runs, then the member leaves
		<-s.runDone

		s.mu.Lock()
		defer s.mu.Unlock()
		uncommitted := 0
		for _, st := range s.parts {
			if s.commitPointLocked(st) > st.committed {
				uncommitted++
			}
		}
		if uncommitted > 0 {
			err = fmt.Errorf("kafka source: %d partitions closed with acknowledged offsets not committed: %w",
				uncommitted, cmpErr(s.closeErr, errors.New("no active group generation")))
		}
		s.log.Info().Err(err).Msg("source closed")
	})
	return err
}

func cmpErr(err, fallback error) error {
	if err != nil {
		return err
	}
	return fallback
}

// CaughtUp reports whether the source has read everything there is to
// read: it is in a group generation and every partition it owns fetches
// without errors and has no lag (records written to Kafka and not yet
// handed to Fetch, prefetched ones included). When not, it says why. The
// pipeline moves event time on by the clock only while this holds.
func (s *Source) CaughtUp() (bool, string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.joinFails > 0 {
		return false, fmt.Sprintf("joining consumer group %q failed %d times in a row", s.cfg.GroupID, s.joinFails)
	}
	if s.generation < 0 {
		// Not joined yet: nothing is owned, but what waits in Kafka is
		// not read either. A join can take a session timeout (a killed
		// member's place held until it expires).
		return false, fmt.Sprintf("not yet in consumer group %q", s.cfg.GroupID)
	}
	for _, p := range s.parts {
		if p.fails > 0 {
			return false, fmt.Sprintf("fetching %s/%d failed %d times in a row", p.key.topic, p.key.partition, p.fails)
		}
		if p.reader != nil && p.behind {
			switch {
			case !p.head.IsZero():
				// The pump holds a record, or the last one handed out said
				// more follow.
				return false, fmt.Sprintf("records waiting on %s/%d", p.key.topic, p.key.partition)
			case s.idleAfter > 0 && time.Since(p.since) < s.idleAfter:
				// Nothing read since the partition started: its first fetch
				// may bring a backlog (until the idle time says it is empty).
				return false, fmt.Sprintf("nothing read yet from %s/%d", p.key.topic, p.key.partition)
			}
		}
		if p.reader != nil && p.tr.Next() >= 0 {
			if lag := p.reader.Lag(); lag > 0 {
				return false, fmt.Sprintf("%d records behind on %s/%d", lag, p.key.topic, p.key.partition)
			}
		}
	}
	return true, ""
}

// Assignment returns the number of this process's current assignment of
// a partition (PartitionStats.Assignment; 0: not owned), without building
// the whole Stats.
func (s *Source) Assignment(topic string, partition int) int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if p := s.parts[tpKey{topic, partition}]; p != nil {
		return p.assignment
	}
	return 0
}

// SourceStats is a snapshot of a Source.
type SourceStats struct {
	Generation   int32 // current group generation, -1 before the first
	Rebalances   int64 // generations started
	Pending      int   // messages delivered but not yet committable
	StaleAcks    int64 // acknowledgements that matched no pending message
	FetchErrors  int64
	GroupErrors  int64
	CommitErrors int64
	// SkewWaits counts records held back to keep partitions aligned in
	// time (Config.MaxSkew).
	SkewWaits  int64
	Partitions []PartitionStats // owned partitions, by topic then partition
}

// PartitionStats describes one owned partition. Offsets follow Kafka's
// convention (the next offset to consume); -1 means unknown.
type PartitionStats struct {
	Topic       string
	Partition   int
	Fetched     int64 // messages delivered since the partition was assigned
	Acked       int64 // of which acknowledged
	Next        int64 // offset after the last delivered message
	Committable int64 // commit point: every delivered message below it is acknowledged
	Committed   int64 // last offset committed by this process
	Pending     int   // delivered, not yet below the commit point
	// Lag is the high watermark minus the partition reader's position at
	// its last fetch; the reader prefetches (up to ~100 messages), so Lag
	// may undercount by that much.
	Lag int64
	// Assignment identifies this process's assignment of the partition: it
	// stays the same while the partition is kept across rebalances, and
	// changes when the partition was taken away (or committed by another
	// member) and given back.
	Assignment int64
}

// Stats returns a snapshot; cheap enough to call every few seconds.
func (s *Source) Stats() SourceStats {
	st := SourceStats{
		Rebalances:   s.rebalances.Load(),
		StaleAcks:    s.staleAcks.Load(),
		FetchErrors:  s.fetchErrors.Load(),
		GroupErrors:  s.groupErrors.Load(),
		CommitErrors: s.commitErrors.Load(),
		SkewWaits:    s.skewWaits.Load(),
	}
	s.mu.Lock()
	st.Generation = s.generation
	for _, p := range s.parts {
		ps := PartitionStats{
			Topic:       p.key.topic,
			Partition:   p.key.partition,
			Fetched:     p.tr.Delivered,
			Acked:       p.tr.Acked,
			Next:        p.tr.Next(),
			Committable: p.tr.CommitPoint(),
			Committed:   p.committed,
			Pending:     p.tr.Pending(),
			Lag:         -1,
			Assignment:  p.assignment,
		}
		if p.reader != nil && p.tr.Next() >= 0 {
			ps.Lag = max(p.reader.Lag(), 0)
		}
		st.Pending += ps.Pending
		st.Partitions = append(st.Partitions, ps)
	}
	s.mu.Unlock()
	slices.SortFunc(st.Partitions, func(a, b PartitionStats) int {
		if c := strings.Compare(a.Topic, b.Topic); c != 0 {
			return c
		}
		return a.Partition - b.Partition
	})
	return st
}

func humanOffset(off int64) string {
	switch off {
	case kafkago.FirstOffset:
		return "earliest"
	case kafkago.LastOffset:
		return "latest"
	}
	return fmt.Sprint(off)
}

// traceLogger and warnLogger adapt zerolog to kafka-go's Logger, formatting
// only when the level is enabled.
func traceLogger(log zerolog.Logger) kafkago.Logger {
	return kafkago.LoggerFunc(func(msg string, args ...any) {
		if e := log.Trace(); e.Enabled() {
			e.Msgf(msg, args...)
		}
	})
}

func warnLogger(log zerolog.Logger) kafkago.Logger {
	return kafkago.LoggerFunc(func(msg string, args ...any) {
		if e := log.Warn(); e.Enabled() {
			e.Msgf(msg, args...)
		}
	})
}
