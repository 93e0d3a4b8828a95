package cluster

import (
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/alerting"
	"github.com/vigilops/vigil/pipeline/kafka"
)

// Step is one minute that stage two advanced a partials partition to, with
// the alert transitions (firing, resolved) of that minute.
type Step struct {
	At     time.Time     `json:"at"`
	Alerts []alert.Alert `json:"alerts,omitempty"`
}

// steps is a record of the alerts topic: the steps one stage-two instance
// advanced a partials partition through, in order.
type steps struct {
	Partition int    `json:"partition"`
	Instance  string `json:"instance"`
	Steps     []Step `json:"steps"`
}

const prefixSteps = "steps/"

// stepsRecord is the alerts-topic record of partials partition q's steps
// (always on the topic's partition 0: one instance dispatches).
func stepsRecord(q int, instance string, ss []Step) kafkago.Message {
	v, _ := json.Marshal(steps{Partition: q, Instance: instance, Steps: ss})
	return kafkago.Message{Key: []byte(prefixSteps + strconv.Itoa(q)), Value: v,
		Headers: []kafkago.Header{{Key: headerPartition, Value: []byte("0")}}}
}

// maxStepsRecord bounds the value of an alerts-topic record, well below
// the brokers' default message.max.bytes (1 MiB).
const maxStepsRecord = 512 << 10

// stepsRecords packs partials partition q's steps into records of at most
// maxStepsRecord bytes (a step with more alerts than fit is split into
// steps of the same minute), and returns, for each record, how many of
// ss are complete once it and those before it are written.
func stepsRecords(q int, instance string, ss []Step) ([]kafkago.Message, []int) {
	var recs []kafkago.Message
	var counts []int
	var cur []Step
	size, complete := 0, 0
	flush := func() {
		if len(cur) > 0 {
			recs = append(recs, stepsRecord(q, instance, cur))
			counts = append(counts, complete)
			cur, size = nil, 0
		}
	}
	for i, st := range ss {
		parts := splitStep(st)
		for j, part := range parts {
			n := jsonSize(part)
			if size+n > maxStepsRecord {
				flush()
			}
			cur = append(cur, part)
			size += n
			if j == len(parts)-1 {
				complete = i + 1
			}
		}
	}
	flush()
	return recs, counts
}

// splitStep splits a step whose alerts do not fit in one record into
// steps of the same minute that do.
func splitStep(st Step) []Step {
	if jsonSize(st) <= maxStepsRecord {
		return []Step{st}
	}
	var out []Step
	cur := Step{At: st.At}
	size := jsonSize(cur)
	for _, a := range st.Alerts {
		n := jsonSize(a) + 1
		if len(cur.Alerts) > 0 && size+n > maxStepsRecord {
			out = append(out, cur)
			cur = Step{At: st.At}
			size = jsonSize(cur)
		}
		cur.Alerts = append(cur.Alerts, a)
		size += n
	}
	return append(out, cur)
}

func jsonSize(v any) int {
	b, _ := json.Marshal(v)
	return len(b) + 1
}

func decodeSteps(v []byte) (steps, error) {
	var s steps
	if err := json.Unmarshal(v, &s); err != nil {
		return s, fmt.Errorf("cluster: alerts record: %w", err)
	}
	if s.Partition < 0 {
		return s, fmt.Errorf("cluster: alerts record names partials partition %d", s.Partition)
	}
	return s, nil
}

// Dispatcher is what Dispatch hands the cluster's alerts to
// (*alerting.Dispatcher): grouping, the notification log, silences,
// escalation and delivery, with its state checkpointed.
type Dispatcher interface {
	Submit(alert.Alert)
	Tick(now time.Time)
	Snapshot() ([]byte, error)
	Restore(data []byte) error
	Close(ctx context.Context) error
}

// DispatchOptions are the parts of a Dispatch.
type DispatchOptions struct {
	// New builds the dispatcher when this instance takes the alerts
	// topic's partition.
	New func() (Dispatcher, error)
	// Every is how often its state is checkpointed (default 1m).
	Every time.Duration
	// Silences, when set, are the cluster's silences added at run time
	// (Ops.Silences), given to a dispatcher as it is taken up.
	Silences func() []alerting.SilenceInfo
}

// silenceApplier is a Dispatcher that takes the silences added at run
// time on other instances (*alerting.Dispatcher).
type silenceApplier interface {
	RestoreSilences([]alerting.SilenceInfo) error
	ApplySilence(alerting.SilenceInfo) error
}

// logOpener is a Dispatcher that keeps a notification log
// (*alerting.Dispatcher): opened when it is taken up, compacted after each
// checkpoint.
type logOpener interface {
	OpenLogStore(alerting.LogStore) (alerting.LogReplay, error)
	CompactLog() error
}

// acker is a Dispatcher that acknowledges alerts (*alerting.Dispatcher).
type acker interface {
	Ack(fingerprint, by, comment string) (alert.Alert, error)
	AckWithLink(fingerprint, token, by, comment string) (alert.Alert, error)
}

// dispatchPartition is the state-topic "partition" of the dispatcher's
// state: its records are keyed "-1" and "-1/<seq>/<i>", beside stage
// two's.
const dispatchPartition = -1

// Dispatch is the one dispatcher of a cluster: every instance runs it in
// the consumer group DispatchGroup on the alerts topic, and the owner of
// its partition 0 merges the steps of every partials partition in event
// time — a minute's alerts are submitted, then the dispatcher's clock
// ticks to that minute, once every partition has been advanced to it — so
// that what is told, grouped, repeated, escalated and resolved is what one
// process evaluating every series would tell. Its state (the dispatcher's
// snapshot, the steps received and not yet released, the offset covered)
// is checkpointed to the state topic every Every and as the group
// rebalances; the next owner restores it and reads on from there. The
// dispatcher's notification log is kept on the state topic too (nflog.go):
// the next owner replays what was told after that checkpoint, and tells it
// again only what was delivered and not yet logged when the owner died.
type Dispatch struct {
	cfg   Config
	log   zerolog.Logger
	cl    *client
	src   PartialsSource
	newD  func() (Dispatcher, error)
	every time.Duration
	state *kafkago.Writer
	// silences are the cluster's silences added at run time (nil: none).
	silences func() []alerting.SilenceInfo

	mu     sync.Mutex
	nParts int
	own    *owner
	// fence: from a source generation's end until the next one starts,
	// no state is written (GenerationEnded).
	fence fence
	ckMu  sync.Mutex // one checkpoint at a time (the Run loop's, the rebalance hook's)

	stats struct {
		records, steps, alerts, skipped, refused, restored, checkpoints, taken, released, acks atomic.Int64
	}
}

// owner is the dispatch state of the instance owning the alerts
// partition.
type owner struct {
	d       Dispatcher
	covered int64 // restored: records below are in the state
	next    int64
	// queues hold each partials partition's steps received and not yet
	// released; heard is the last step received per partition.
	queues map[int][]Step
	heard  map[int]time.Time
	clock  time.Time // the dispatcher's clock: the last step released
	saved  *state
}

// dispatchState is what a checkpoint of the dispatch holds.
type dispatchState struct {
	Dispatcher []byte            `json:"dispatcher"`
	Queues     map[int][]Step    `json:"queues,omitempty"`
	Heard      map[int]time.Time `json:"heard,omitempty"`
	Clock      time.Time         `json:"clock,omitzero"`
}

// NewDispatch prepares the dispatch on src (the Kafka source in
// DispatchGroup on cfg.AlertsTopic); cfg must have its defaults.
func NewDispatch(cfg Config, kc kafka.Config, src PartialsSource, o DispatchOptions, log zerolog.Logger) (*Dispatch, error) {
	log = log.With().Str("component", "cluster-dispatch").Logger()
	if o.New == nil {
		return nil, errors.New("cluster: the dispatch needs a dispatcher")
	}
	cl, err := newClient(kc, log)
	if err != nil {
		return nil, err
	}
	if o.Every <= 0 {
		o.Every = time.Minute
	}
	return &Dispatch{cfg: cfg, log: log, cl: cl, src: src, newD: o.New, every: o.Every, silences: o.Silences,
		state: cl.writer(cfg.StateTopic)}, nil
}

// Run consumes the alerts topic until ctx ends; then, when this instance
// owns it, closes the dispatcher (flushing what it holds) and checkpoints
// its state. The caller closes the source after Run returns.
func (d *Dispatch) Run(ctx context.Context) error {
	d.src.HoldCommits()
	n, err := d.cl.partitions(ctx, d.cfg.PartialsTopic)
	if err != nil {
		return err
	}
	d.mu.Lock()
	d.nParts = n
	d.mu.Unlock()
	return consumer{src: d.src, log: d.log, topic: d.cfg.AlertsTopic, every: d.every, take: d.take,
		release: d.release, checkpoint: d.Checkpoint,
		finish: func() error {
			d.drain()
			return d.finish()
		}}.run(ctx)
}

// drain takes what is left on the alerts topic as the dispatch stops
// (stage two's last steps, written as it stopped first), until a fetch
// finds nothing for half a second, for at most ten seconds.
func (d *Dispatch) drain() {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		ctx, cancel := context.WithTimeout(context.Background(), 500*time.Millisecond)
		m, err := d.src.Fetch(ctx)
		cancel()
		if err != nil || d.take(context.Background(), m) != nil {
			return
		}
	}
}

// finish closes the dispatcher owned (it flushes its groups, as a single
// instance does at shutdown), then checkpoints what it told.
func (d *Dispatch) finish() error {
	d.mu.Lock()
	o := d.own
	d.mu.Unlock()
	if o == nil {
		return nil
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	cerr := o.d.Close(ctx)
	if err := d.Checkpoint(); err != nil {
		d.log.Error().Err(err).Msg("final checkpoint of the dispatcher failed")
		return errors.Join(err, cerr)
	}
	return cerr
}

// take handles one record of the alerts topic.
func (d *Dispatch) take(ctx context.Context, m kafka.Message) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	defer d.src.Ack(m)
	if m.Partition != 0 {
		return nil // the topic's other partitions are not used
	}
	o := d.own
	if o != nil && m.Offset < o.next && m.Offset >= o.covered {
		// Taken away and given back between two looks: the source starts
		// again at the committed offset, so does the state.
		d.log.Info().Msg("alerts partition reassigned; restoring the dispatcher's state")
		d.drop(o)
		o = nil
	}
	if o == nil {
		var err error
		if o, err = d.assign(ctx); err != nil {
			return err
		}
	}
	if m.Offset < o.covered {
		d.stats.skipped.Add(1)
		return nil
	}
	o.next = m.Offset + 1
	d.stats.records.Add(1)
	if string(m.Key) == keyAck {
		d.ack(o, m)
		return nil
	}
	s, err := decodeSteps(m.Value)
	if err != nil {
		if d.stats.refused.Add(1) <= 10 {
			d.log.Warn().Err(err).Int64("offset", m.Offset).Msg("skipping a bad alerts record")
		}
		return nil
	}
	o.queues[s.Partition] = append(o.queues[s.Partition], s.Steps...)
	for _, st := range s.Steps {
		if st.At.After(o.heard[s.Partition]) {
			o.heard[s.Partition] = st.At
		}
	}
	d.releaseSteps(o)
	return nil
}

// releaseSteps hands the dispatcher, in event time, every step received
// up to the earliest of the partitions' last steps: per minute, the alerts
// of every partition's step of that minute, then the tick. Until every
// partials partition has been heard of, nothing is released (one still
// unheard may yet tell of an earlier minute). Called with d.mu held.
func (d *Dispatch) releaseSteps(o *owner) {
	if len(o.heard) < d.nParts {
		return
	}
	var upTo time.Time
	for _, t := range o.heard {
		if upTo.IsZero() || t.Before(upTo) {
			upTo = t
		}
	}
	type held struct {
		q  int
		st Step
	}
	var out []held
	for q, ss := range o.queues {
		i := 0
		for i < len(ss) && !ss[i].At.After(upTo) {
			out = append(out, held{q, ss[i]})
			i++
		}
		if i == len(ss) {
			delete(o.queues, q)
		} else {
			o.queues[q] = ss[i:]
		}
	}
	slices.SortStableFunc(out, func(a, b held) int { return cmp.Or(a.st.At.Compare(b.st.At), cmp.Compare(a.q, b.q)) })
	for i, h := range out {
		for _, a := range h.st.Alerts {
			o.d.Submit(a)
			d.stats.alerts.Add(1)
		}
		d.stats.steps.Add(1)
		if last := i == len(out)-1 || !out[i+1].st.At.Equal(h.st.At); last && h.st.At.After(o.clock) {
			o.d.Tick(h.st.At)
			o.clock = h.st.At
		}
	}
	if upTo.After(o.clock) {
		o.d.Tick(upTo)
		o.clock = upTo
	}
}

// assign builds the dispatcher and restores the last checkpoint. Called
// with d.mu held.
func (d *Dispatch) assign(ctx context.Context) (*owner, error) {
	disp, err := d.newD()
	if err != nil {
		return nil, fmt.Errorf("cluster: building the dispatcher: %w", err)
	}
	o := &owner{d: disp, queues: map[int][]Step{}, heard: map[int]time.Time{}}
	st, ok, err := d.readState(ctx)
	if err == nil && ok {
		var ds dispatchState
		if err = json.Unmarshal(st.Rules, &ds); err == nil {
			err = disp.Restore(ds.Dispatcher)
		}
		if err == nil {
			o.covered, o.next = st.Covered, st.Covered
			if ds.Queues != nil {
				o.queues = ds.Queues
			}
			if ds.Heard != nil {
				o.heard = ds.Heard
			}
			o.clock = ds.Clock
			st.Rules = nil
			o.saved = &st
			d.stats.restored.Add(1)
		}
	}
	if err != nil {
		cctx, cancel := context.WithCancel(context.Background())
		cancel()
		_ = disp.Close(cctx)
		return nil, fmt.Errorf("cluster: restoring the dispatcher: %w", err)
	}
	if lo, ok := disp.(logOpener); ok {
		// What the last owner told after its last checkpoint is not told
		// again: its notification log is replayed.
		if _, err := lo.OpenLogStore(newNflogStore(d.cl, d.state, d.cfg.StateTopic)); err != nil {
			d.log.Warn().Err(err).Msg("the cluster dispatcher's notification log could not be opened; notifications sent after the last checkpoint may be sent again")
		}
	}
	if sa, ok := disp.(silenceApplier); ok && d.silences != nil {
		if err := sa.RestoreSilences(d.silences()); err != nil {
			d.log.Warn().Err(err).Msg("some of the cluster's silences were not given to its dispatcher")
		}
	}
	d.own = o
	d.stats.taken.Add(1)
	d.log.Info().Bool("restored", ok).Int64("covered", o.covered).Msg("alerts partition assigned: this instance dispatches the cluster's alerts")
	if !o.clock.IsZero() {
		// What the last owner had decided and not yet told (a group
		// waiting, a delivery it abandoned) is told now.
		disp.Tick(o.clock)
	}
	return o, nil
}

// ack applies an acknowledgement sent by an instance's API to the
// dispatcher owned. Called with d.mu held.
func (d *Dispatch) ack(o *owner, m kafka.Message) {
	a, err := decodeAck(m.Value)
	if err != nil {
		d.log.Warn().Err(err).Int64("offset", m.Offset).Msg("skipping a bad acknowledgement record")
		return
	}
	ak, ok := o.d.(acker)
	if !ok {
		return
	}
	var al alert.Alert
	if a.Token != "" {
		al, err = ak.AckWithLink(a.Fingerprint, a.Token, a.By, a.Comment)
	} else {
		al, err = ak.Ack(a.Fingerprint, a.By, a.Comment)
	}
	if err != nil {
		d.log.Warn().Err(err).Str("fingerprint", a.Fingerprint).Str("from", a.Instance).Msg("an acknowledgement sent by another instance was not applied")
		return
	}
	d.stats.acks.Add(1)
	d.log.Info().Str("fingerprint", a.Fingerprint).Str("rule", al.Rule).Str("by", a.By).Str("from", a.Instance).
		Msg("alert acknowledged through another instance")
}

// ApplySilence gives a silence added or expired on some instance to the
// cluster's dispatcher, when this instance runs it (Ops.OnSilence).
func (d *Dispatch) ApplySilence(info alerting.SilenceInfo) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.own == nil {
		return
	}
	if sa, ok := d.own.d.(silenceApplier); ok {
		if err := sa.ApplySilence(info); err != nil {
			d.log.Warn().Err(err).Str("silence", info.ID).Msg("a silence of the cluster was not given to its dispatcher")
		}
	}
}

// drop abandons the dispatcher owned (another instance restores its last
// checkpoint): its deliveries in progress are cancelled, nothing more is
// flushed. Called with d.mu held.
func (d *Dispatch) drop(o *owner) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_ = o.d.Close(ctx)
	d.own = nil
	d.stats.released.Add(1)
}

// readState returns the dispatcher's last checkpoint.
func (d *Dispatch) readState(ctx context.Context) (state, bool, error) {
	return d.cl.readState(ctx, d.cfg.StateTopic, dispatchPartition)
}

// release drops the dispatcher when the source no longer owns the alerts
// partition, and takes the partition up as soon as the source owns it:
// the last owner's dispatcher state may hold notifications still to tell
// (a group waiting, a delivery abandoned as the partition moved) when no
// record follows to wake this instance.
func (d *Dispatch) release() {
	owned := false
	for _, ps := range d.src.Stats().Partitions {
		if ps.Topic == d.cfg.AlertsTopic && ps.Partition == 0 {
			owned = true
		}
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	switch {
	case !owned && d.own != nil:
		d.drop(d.own)
		d.log.Info().Msg("alerts partition released; its next owner restores the dispatcher's last checkpoint")
	case owned && d.own == nil:
		ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
		defer cancel()
		if _, err := d.assign(ctx); err != nil {
			d.log.Warn().Err(err).Msg("taking up the alerts partition failed; tried again")
		}
	}
}

// Checkpoint writes the dispatcher's state with the alerts offset it
// covers, then lets the source commit up to it.
func (d *Dispatch) Checkpoint() error {
	d.ckMu.Lock()
	defer d.ckMu.Unlock()
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	if holding, lifted := d.fence.holding(func() int32 { return d.src.Stats().Generation }); holding {
		return nil // the generation ended: its last checkpoint is written
	} else if lifted {
		d.release() // drops the dispatcher when the partition moved
	}
	n, err := d.cl.partitions(ctx, d.cfg.StateTopic)
	if err != nil {
		return err
	}
	d.mu.Lock()
	o := d.own
	if o == nil {
		d.mu.Unlock()
		return nil
	}
	snap, err := o.d.Snapshot()
	if err != nil {
		d.mu.Unlock()
		return fmt.Errorf("cluster: dispatcher snapshot: %w", err)
	}
	payload, err := json.Marshal(dispatchState{Dispatcher: snap, Queues: o.queues, Heard: o.heard, Clock: o.clock})
	if err != nil {
		d.mu.Unlock()
		return fmt.Errorf("cluster: dispatcher state: %w", err)
	}
	now := time.Now().UTC()
	st := state{Partition: dispatchPartition, Covered: o.next, Seq: now.UnixNano(), Rules: payload, Instance: d.cfg.InstanceID, At: now}
	if o.saved != nil && st.Seq <= o.saved.Seq {
		st.Seq = o.saved.Seq + 1
	}
	recs := stateRecords(st, o.saved, PartitionOf(stateKey(dispatchPartition), n))
	next := o.next
	d.mu.Unlock()
	if err := d.state.WriteMessages(ctx, recs...); err != nil {
		return fmt.Errorf("cluster: writing the dispatcher's state: %w", err)
	}
	st.Rules, st.Chunks = nil, chunks(len(payload))
	d.mu.Lock()
	if d.own == o {
		o.saved = &st
	}
	d.mu.Unlock()
	d.stats.checkpoints.Add(1)
	d.src.AllowCommits(d.cfg.AlertsTopic, map[int]int64{0: next})
	if lo, ok := o.d.(logOpener); ok {
		if err := lo.CompactLog(); err != nil {
			d.log.Warn().Err(err).Msg("compacting the cluster dispatcher's notification log; it keeps its records")
		}
	}
	return nil
}

// GenerationEnded is the source's OnGenerationEnd hook: the dispatcher's
// state is checkpointed before the partition may move, and until the next
// generation starts no more is written.
func (d *Dispatch) GenerationEnded(generation int32) {
	if err := d.Checkpoint(); err != nil {
		d.log.Warn().Err(err).Msg("checkpointing the dispatcher as the group rebalances failed; its next owner may tell some alerts again")
	}
	d.fence.end(generation)
}

// Close closes the state producer.
func (d *Dispatch) Close() error { return d.state.Close() }

// DispatchStats are the dispatch's counters.
type DispatchStats struct {
	// Owned says whether this instance dispatches the cluster's alerts
	// now; Clock is its dispatcher's clock and Held the steps received
	// and not yet released (a partials partition not advanced holds them).
	Owned bool
	Clock time.Time
	Held  int
	// Records, Steps and Alerts count what was read and released; Skipped
	// records below a restored checkpoint, Refused bad records.
	Records, Steps, Alerts, Skipped, Refused int64
	// Taken, Released and Restored count ownership changes, Checkpoints
	// the states written.
	Taken, Released, Restored, Checkpoints int64
	// Acks counts acknowledgements sent by instances' APIs and applied.
	Acks int64
}

// Stats returns the dispatch's counters.
func (d *Dispatch) Stats() DispatchStats {
	st := DispatchStats{Records: d.stats.records.Load(), Steps: d.stats.steps.Load(), Alerts: d.stats.alerts.Load(),
		Skipped: d.stats.skipped.Load(), Refused: d.stats.refused.Load(), Taken: d.stats.taken.Load(),
		Released: d.stats.released.Load(), Restored: d.stats.restored.Load(), Checkpoints: d.stats.checkpoints.Load(),
		Acks: d.stats.acks.Load()}
	d.mu.Lock()
	defer d.mu.Unlock()
	if o := d.own; o != nil {
		st.Owned, st.Clock = true, o.clock
		for _, q := range o.queues {
			st.Held += len(q)
		}
	}
	return st
}

// PartitionSteps are the steps of one record of the alerts topic: what a
// stage-two instance advanced a partials partition through.
type PartitionSteps struct {
	Partition int
	Instance  string
	Steps     []Step
}

// ReadSteps returns every record of the alerts topic in order, for
// inspection (and for the tests: the alert transitions a cluster raised,
// whatever its dispatcher told).
func ReadSteps(ctx context.Context, kc kafka.Config, cfg Config) ([]PartitionSteps, error) {
	c, err := newClient(kc, zerolog.Nop())
	if err != nil {
		return nil, err
	}
	var out []PartitionSteps
	err = c.readPartition(ctx, cfg.AlertsTopic, 0, func(m kafkago.Message) error {
		s, err := decodeSteps(m.Value)
		if err != nil {
			return err
		}
		out = append(out, PartitionSteps{Partition: s.Partition, Instance: s.Instance, Steps: s.Steps})
		return nil
	})
	return out, err
}

// Current returns the dispatcher this instance runs for the cluster now
// (nil: it does not own the alerts partition).
func (d *Dispatch) Current() Dispatcher {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.own == nil {
		return nil
	}
	return d.own.d
}
