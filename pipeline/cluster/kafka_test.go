package cluster

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"os"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/rs/zerolog"
	kafkago "github.com/segmentio/kafka-go"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
	"github.com/vigilops/vigil/internal/await"
	"github.com/vigilops/vigil/pipeline"
	"github.com/vigilops/vigil/pipeline/kafka"
	"github.com/vigilops/vigil/rules"
	"github.com/vigilops/vigil/rules/builtin"
	"github.com/vigilops/vigil/sim"
)

func testLog(t testing.TB) zerolog.Logger {
	if os.Getenv("VIGIL_TEST_LOG") == "" {
		return zerolog.Nop()
	}
	return zerolog.New(zerolog.NewTestWriter(t)).Level(zerolog.DebugLevel)
}

// simEvents decodes a simulated store's logs, dealt over partitions source
// partitions by service (each partition in time order, as Kafka keeps it).
func simEvents(t testing.TB, rate float64, span time.Duration, partitions int) []*event.Event {
	t.Helper()
	cfg := sim.DefaultConfig()
	cfg.Rate, cfg.Duration = rate, span
	s := sim.New(cfg)
	dec := event.NewDecoder(nil)
	var out []*event.Event
	offs := make([]int64, partitions)
	for {
		line, _, ok := s.Next()
		if !ok {
			break
		}
		ev := new(event.Event)
		if err := dec.Decode(line, ev); err != nil {
			continue
		}
		p := PartitionOf([]byte(ev.Text("service.name")), partitions)
		ev.Source = event.Source{Topic: "logs", Partition: p, Offset: offs[p]}
		offs[p]++
		out = append(out, ev)
	}
	return out
}

func builtinRules(t testing.TB) (*rules.RuleSet, rules.Options) {
	t.Helper()
	rs, err := rules.LoadFS(builtin.FS, builtin.Dir)
	if err != nil {
		t.Fatal(err)
	}
	return rs, rules.Options{Logger: zerolog.Nop(), AllowedLateness: 30 * time.Second,
		Jobs: &rules.JobsOptions{}, Deploys: &rules.DeploysOptions{}}
}

type brokerEnv struct {
	b   *kafka.Embedded
	kc  kafka.Config
	cfg Config
}

func startBroker(t testing.TB, partials int) brokerEnv {
	t.Helper()
	b, err := kafka.StartEmbedded(partials)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(b.Close)
	kc := b.Config("logs")
	kc.GroupID = "g"
	cfg := Config{Mode: ModeKafka, Liveness: 5 * time.Second}.WithDefaults("g")
	if err := EnsureTopics(context.Background(), kc, testLog(t),
		TopicSpec{Name: cfg.PartialsTopic, Partitions: partials},
		TopicSpec{Name: cfg.ProgressTopic, Partitions: 2, Compact: true},
		TopicSpec{Name: cfg.StateTopic, Partitions: 2, Compact: true}); err != nil {
		t.Fatal(err)
	}
	return brokerEnv{b: b, kc: kc, cfg: cfg}
}

// alertSink collects stage two's alerts.
type alertSink struct {
	mu  sync.Mutex
	got []alert.Alert
}

func (s *alertSink) submit(a alert.Alert) {
	s.mu.Lock()
	s.got = append(s.got, a)
	s.mu.Unlock()
}

func (s *alertSink) all() []alert.Alert {
	s.mu.Lock()
	defer s.mu.Unlock()
	return slices.Clone(s.got)
}

// runStage2 starts a stage-two instance in the group on the partials topic.
func runStage2(t testing.TB, env brokerEnv, id string, rs *rules.RuleSet, opt rules.Options, sink *alertSink) (*Stage2, func()) {
	t.Helper()
	src := groupSource(t, env, Stage2Group(env.kc.GroupID), env.cfg.PartialsTopic)
	cfg := env.cfg
	cfg.InstanceID = id
	s2, err := NewStage2(cfg, env.kc, src, Stage2Options{Rules: rs, Options: opt, Lateness: 30 * time.Second,
		Every: 200 * time.Millisecond, Sink: sink.submit}, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s2.Run(ctx) }()
	stopped := false
	stop := func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		if err := <-done; err != nil {
			t.Errorf("stage two %s: %v", id, err)
		}
		_ = src.Close()
		_ = s2.Close()
	}
	t.Cleanup(stop)
	return s2, stop
}

type brief struct {
	Rule, Fingerprint string
	Status            alert.Status
	StartsAt          time.Time
}

func briefs(as []alert.Alert) []brief {
	out := make([]brief, 0, len(as))
	for _, a := range as {
		out = append(out, brief{a.Rule, a.Fingerprint, a.Status, a.StartsAt})
	}
	slices.SortFunc(out, func(a, b brief) int {
		return cmp.Or(a.StartsAt.Compare(b.StartsAt), cmp.Compare(a.Fingerprint, b.Fingerprint), cmp.Compare(a.Status, b.Status))
	})
	return out
}

// feeder drives stage-one instances over events minute by minute, as
// their pipelines would: Advance at each minute boundary, a Save (and its
// watermark record) every saveEvery minutes.
type feeder struct {
	t    testing.TB
	s1   []*Stage1
	of   func(ev *event.Event) int // which instance reads an event
	cov  []map[int]int64           // per instance: partition → next offset
	wmN  int
	evs  []*event.Event
	next int
}

func (f *feeder) save(i int, wm time.Time) {
	f.t.Helper()
	var cov pipeline.Coverage
	for p, below := range f.cov[i] {
		cov = append(cov, pipeline.PartitionCoverage{Topic: "logs", Partition: p, Below: below})
	}
	if err := f.s1[i].Save(cov); err != nil {
		f.t.Fatal(err)
	}
	if err := f.s1[i].heartbeat(context.Background(), f.wmN); err != nil {
		f.t.Fatal(err)
	}
}

func (f *feeder) run(from, to time.Time, saveEvery int) {
	n := 0
	for wm := from; !wm.After(to); wm = wm.Add(time.Minute) {
		for f.next < len(f.evs) && f.evs[f.next].Time.Before(wm) {
			ev := f.evs[f.next]
			i := f.of(ev)
			f.s1[i].Observe(ev)
			f.cov[i][ev.Source.Partition] = ev.Source.Offset + 1
			f.next++
		}
		for i, s := range f.s1 {
			s.Advance(wm)
			if n%saveEvery == 0 || wm.Equal(to) {
				f.save(i, wm)
			}
		}
		n++
	}
}

func newFeeder(t testing.TB, env brokerEnv, evs []*event.Event, instances int, rs *rules.RuleSet, opt rules.Options) *feeder {
	f := &feeder{t: t, evs: evs, wmN: 4, of: func(ev *event.Event) int { return ev.Source.Partition % instances }}
	for i := range instances {
		cfg := env.cfg
		cfg.InstanceID = fmt.Sprintf("s1-%d", i)
		s, err := NewStage1(cfg, env.kc, rs, opt, nil, testLog(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		f.s1 = append(f.s1, s)
		f.cov = append(f.cov, map[int]int64{})
	}
	return f
}

// singleEngine is the reference: one engine, every event, the watermark at
// each minute boundary.
func singleEngine(rs *rules.RuleSet, opt rules.Options, evs []*event.Event, from, to time.Time) (*rules.Engine, []alert.Alert) {
	eng := rules.NewEngine(rs, opt)
	var want []alert.Alert
	i := 0
	for wm := from; !wm.After(to); wm = wm.Add(time.Minute) {
		for i < len(evs) && evs[i].Time.Before(wm) {
			eng.Observe(evs[i])
			i++
		}
		want = append(want, eng.Advance(wm)...)
	}
	return eng, want
}

// stage2Matched sums each rule's matched events over the partitions the
// stage-two instances own.
func stage2Matched(ss ...*Stage2) map[string]uint64 {
	m := map[string]uint64{}
	for _, s := range ss {
		s.mu.Lock()
		for _, p := range s.parts {
			for _, r := range p.s2.Engine().Stats().Rules {
				m[r.Name] += r.Matched
			}
		}
		s.mu.Unlock()
	}
	return m
}

// groupSource is a Kafka source in the consumer group named by group on
// topic, its records in key order (no time alignment).
func groupSource(t testing.TB, env brokerEnv, group, topic string) *kafka.Source {
	t.Helper()
	kc := env.kc
	kc.GroupID = group
	kc.Topics = []string{topic}
	kc.MaxSkew = -1
	src, err := kafka.NewSource(kc, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func matched(e *rules.Engine) map[string]uint64 {
	out := map[string]uint64{}
	for _, r := range e.Stats().Rules {
		out[r.Name] += r.Matched
	}
	return out
}

// The two stages over Kafka — two stage-one instances writing partials,
// two stage-two instances in one group merging them, each partition with
// its own engine and merged watermark — raise the alerts one engine raises
// over the same events, and count every event once.
func TestStagesOverKafkaMatchOneEngine(t *testing.T) {
	// 13.5 hours: detector, job-slow and job-overdue alerts.
	evs := simEvents(t, 2, 13*time.Hour+30*time.Minute, 4)
	rs, opt := builtinRules(t)
	from := evs[0].Time.Truncate(time.Minute)
	to := evs[len(evs)-1].Time.Truncate(time.Minute).Add(2 * time.Minute)
	ref, want := singleEngine(rs, opt, evs, from, to)
	if len(want) < 5 {
		t.Fatalf("the reference raised %d alerts; the stream should raise more", len(want))
	}

	env := startBroker(t, 4)
	sink := &alertSink{}
	x, _ := runStage2(t, env, "x", rs, opt, sink)
	y, _ := runStage2(t, env, "y", rs, opt, sink)
	f := newFeeder(t, env, evs, 2, rs, opt)
	f.run(from, to, 10)
	await.Until(t, "stage two has advanced every partition to the end", 3*time.Minute, func() bool {
		xs, ys := x.Stats(), y.Stats()
		return xs.Partitions+ys.Partitions == 4 && !xs.Watermark.Before(to) && (ys.Partitions == 0 || !ys.Watermark.Before(to)) &&
			(xs.Partitions == 0 || !xs.Watermark.Before(to))
	})
	got := briefs(sink.all())
	if w := briefs(want); !slices.Equal(got, w) {
		t.Fatalf("alerts through Kafka differ from one engine's:\n got %d %v\nwant %d %v", len(got), got, len(w), w)
	}
	// Every event counted once: per rule, the events stage two folded
	// equal the single engine's matches.
	m := stage2Matched(x, y)
	for name, n := range matched(ref) {
		if m[name] != n {
			t.Errorf("rule %s: stage two counted %d events, one engine %d", name, m[name], n)
		}
	}
	t.Logf("%d events, %d alerts, %d partials (%d bytes) from %d stage-one instances", len(evs), len(got),
		f.s1[0].Stats().Partials+f.s1[1].Stats().Partials, f.s1[0].Stats().Bytes+f.s1[1].Stats().Bytes, len(f.s1))
}

// Restore returns the latest coverage written per source partition, by any
// instance; partials are written before their progress.
func TestProgressRestoresLatestCoverage(t *testing.T) {
	env := startBroker(t, 2)
	rs, opt := builtinRules(t)
	newS1 := func(id string) *Stage1 {
		cfg := env.cfg
		cfg.InstanceID = id
		s, err := NewStage1(cfg, env.kc, rs, opt, nil, testLog(t))
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { _ = s.Close() })
		return s
	}
	a := newS1("a")
	if cov, ok, err := a.Restore(); err != nil || ok || len(cov) != 0 {
		t.Fatalf("fresh restore: %v %v %v, want nothing", cov, ok, err)
	}
	ev := &event.Event{Time: t0.Add(30 * time.Second), Source: event.Source{Topic: "logs", Partition: 0, Offset: 9}}
	ev.Set("log.level", event.StringValue("error"))
	ev.Set("service.name", event.StringValue("api"))
	a.Observe(ev)
	if err := a.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 10}, {Topic: "logs", Partition: 1, Below: 4}}); err != nil {
		t.Fatal(err)
	}
	if a.Stats().Partials == 0 {
		t.Fatal("Save wrote no partial for the event observed")
	}
	ends, err := env.b.EndOffsets(env.cfg.PartialsTopic)
	if err != nil {
		t.Fatal(err)
	}
	written := int64(0)
	for _, n := range ends {
		written += n
	}
	// The partials, after the watermark record that announced the instance
	// on each of the 2 partitions, and then the Save's commit record on each.
	if st := a.Stats(); written != st.Partials+2+2 || st.Heartbeats != 1 {
		t.Fatalf("%d records on the partials topic, stage one says %d partials and %d watermark rounds", written, st.Partials, st.Heartbeats)
	}
	b := newS1("b")
	if err := b.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 20, Above: []int64{22, 23}}}); err != nil {
		t.Fatal(err)
	}
	cov, ok, err := newS1("c").Restore()
	if err != nil || !ok {
		t.Fatalf("restore: %v %v", ok, err)
	}
	want := pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 20, Above: []int64{22, 23}}, {Topic: "logs", Partition: 1, Below: 4}}
	if fmt.Sprint(cov) != fmt.Sprint(want) {
		t.Fatalf("restored %v, want %v", cov, want)
	}
}

// ownedView is a source owning a fixed set of partitions.
type ownedView struct {
	mu      sync.Mutex
	parts   []int
	caught  bool
	lag     int64
	gen     int32
	allowed map[int]int64 // AllowCommits' ceilings
	assign  map[int]int64 // the partitions' assignment numbers (absent: 0)
}

func (v *ownedView) AllowCommits(topic string, ceilings map[int]int64) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.allowed == nil {
		v.allowed = map[int]int64{}
	}
	for p, c := range ceilings {
		v.allowed[p] = max(v.allowed[p], c)
	}
}

func (v *ownedView) CaughtUp() (bool, string) {
	v.mu.Lock()
	defer v.mu.Unlock()
	if v.caught {
		return true, ""
	}
	return false, "3 records behind on logs/0"
}

func (v *ownedView) Stats() kafka.SourceStats {
	v.mu.Lock()
	defer v.mu.Unlock()
	st := kafka.SourceStats{Generation: v.gen}
	for _, p := range v.parts {
		st.Partitions = append(st.Partitions, kafka.PartitionStats{Topic: "logs", Partition: p, Lag: v.lag, Assignment: v.assign[p]})
	}
	return st
}

// A partition taken away before a Save drops its partials not yet written
// and writes no progress for it: the next owner evaluates those events
// from the committed offset. The watermark record says whether the source
// is caught up.
func TestStage1DropsPartitionsTakenAway(t *testing.T) {
	env := startBroker(t, 2)
	rs, opt := builtinRules(t)
	view := &ownedView{parts: []int{0, 1}}
	s, err := NewStage1(env.cfg, env.kc, rs, opt, view, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for p := range 2 {
		ev := &event.Event{Time: t0.Add(10 * time.Second), Source: event.Source{Topic: "logs", Partition: p, Offset: 0}}
		ev.Set("log.level", event.StringValue("error"))
		ev.Set("service.name", event.StringValue(fmt.Sprint("svc-", p)))
		s.Observe(ev)
	}
	s.Advance(t0.Add(2 * time.Minute)) // both minutes closed: pending
	view.mu.Lock()
	view.parts = []int{1}
	view.mu.Unlock()
	if err := s.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 1}, {Topic: "logs", Partition: 1, Below: 1}}); err != nil {
		t.Fatal(err)
	}
	st := s.Stats()
	if st.Dropped == 0 || st.Partials == 0 || st.Progress != 1 {
		t.Fatalf("stats %+v: want partition 0's partials dropped, partition 1's written, one progress record", st)
	}
	cov, _, err := s.Restore()
	if err != nil || len(cov) != 1 || cov[0].Partition != 1 {
		t.Fatalf("progress %v (%v): want partition 1's only", cov, err)
	}
	w := s.Watermark()
	if w.CaughtUp || w.Why == "" || !w.Watermark.Equal(t0.Add(2*time.Minute)) {
		t.Fatalf("watermark record %+v: want 08:02, not caught up with a reason", w)
	}
}

// Stage two's state moves with its partitions: an instance that stops
// after checkpointing hands its partitions to another, which restores
// each partition's series and reads on from the offset covered; the alerts
// and counts of the two together are one engine's.
func TestStage2HandsPartitionsOver(t *testing.T) {
	evs := simEvents(t, 2, 12*time.Hour, 4)
	rs, opt := builtinRules(t)
	from := evs[0].Time.Truncate(time.Minute)
	to := evs[len(evs)-1].Time.Truncate(time.Minute).Add(2 * time.Minute)
	ref, want := singleEngine(rs, opt, evs, from, to)

	env := startBroker(t, 4)
	sink := &alertSink{}
	x, stopX := runStage2(t, env, "x", rs, opt, sink)
	f := newFeeder(t, env, evs, 1, rs, opt)
	half := from.Add(to.Sub(from) / 2).Truncate(time.Minute)
	f.run(from, half, 10)
	await.Until(t, "x has advanced every partition to half-time", 3*time.Minute, func() bool {
		st := x.Stats()
		return st.Partitions == 4 && !st.Watermark.Before(half)
	})
	stopX() // final checkpoint, commits, leaves the group
	y, _ := runStage2(t, env, "y", rs, opt, sink)
	f.run(half.Add(time.Minute), to, 10)
	var last Stage2Stats
	defer func() {
		if t.Failed() {
			t.Logf("y's last stats: %+v (want watermark %s)", last, to)
			for _, st := range y.partStats() {
				t.Logf("  %s", st)
			}
		}
	}()
	await.Until(t, "y has advanced every partition to the end", 3*time.Minute, func() bool {
		last = y.Stats()
		return last.Partitions == 4 && !last.Watermark.Before(to)
	})
	if st := y.Stats(); st.Restored != 4 {
		t.Fatalf("y restored %d partitions, want 4", st.Restored)
	}
	if got, w := briefs(sink.all()), briefs(want); !slices.Equal(got, w) {
		t.Fatalf("alerts across the handover differ from one engine's:\n got %d %v\nwant %d %v", len(got), got, len(w), w)
	}
	m := stage2Matched(y)
	for name, n := range matched(ref) {
		if m[name] != n {
			t.Errorf("rule %s: %d events counted across the handover, one engine %d", name, m[name], n)
		}
	}
}

// An instance taking a partition over does not fold again the events the
// partition's progress record says another instance put in its partials
// (written, not yet committed when that instance was killed).
func TestStage1SkipsWhatTheProgressCovers(t *testing.T) {
	env := startBroker(t, 2)
	rs, opt := builtinRules(t)
	a, err := NewStage1(env.cfg, env.kc, rs, opt, nil, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if err := a.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 5, Above: []int64{7}}}); err != nil {
		t.Fatal(err)
	}
	cfg := env.cfg
	cfg.InstanceID = "b"
	b, err := NewStage1(cfg, env.kc, rs, opt, &ownedView{parts: []int{0}, caught: true}, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	// Slightly out of offset order, as the pipeline's workers hand them
	// over: 8 comes before 4 and 7, which the progress covers.
	for _, off := range []int64{3, 8, 4, 9, 5, 7, 6} {
		ev := &event.Event{Time: t0.Add(time.Duration(off) * time.Second), Source: event.Source{Topic: "logs", Partition: 0, Offset: off}}
		ev.Set("log.level", event.StringValue("error"))
		ev.Set("service.name", event.StringValue("api"))
		b.Observe(ev)
	}
	if got := b.Stats().Skipped; got != 3 {
		t.Fatalf("skipped %d events, want 3 (offsets 3, 4 and 7)", got)
	}
	if err := b.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 10}}); err != nil {
		t.Fatal(err)
	}
	var events uint64
	for _, r := range b.parts[tp{"logs", 0}].Stats().Rules {
		events = max(events, r.Matched)
	}
	if events != 4 {
		t.Fatalf("stage one matched at most %d events in a rule, want 4 (offsets 5, 6, 8, 9)", events)
	}
}

// A partition taken over whose events trail the new owner's watermark
// holds the watermark it announces back to them (less the lateness) until
// it has caught up: stage two does not move past events still to come.
func TestStage1HoldsTheWatermarkForAPartitionTakenOver(t *testing.T) {
	env := startBroker(t, 2)
	rs, opt := builtinRules(t)
	a, err := NewStage1(env.cfg, env.kc, rs, opt, &ownedView{parts: []int{0}, caught: true}, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	at := func(off int64, d time.Duration) *event.Event {
		ev := &event.Event{Time: t0.Add(d), Source: event.Source{Topic: "logs", Partition: 0, Offset: off}}
		ev.Set("service.name", event.StringValue("api"))
		return ev
	}
	a.Observe(at(0, time.Minute))
	if err := a.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 1}}); err != nil {
		t.Fatal(err)
	}
	cfg := env.cfg
	cfg.InstanceID = "b"
	view := &ownedView{parts: []int{0, 1}, caught: false, lag: 40}
	b, err := NewStage1(cfg, env.kc, rs, opt, view, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	own := at(0, 10*time.Minute+opt.AllowedLateness)
	own.Source.Partition = 1
	b.Observe(own)                      // b's own partition 1 is ten minutes on
	b.Advance(t0.Add(10 * time.Minute)) //
	b.Observe(at(1, 90*time.Second))    // partition 0 taken over, behind
	cov := pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 2}, {Topic: "logs", Partition: 1, Below: 1}}
	if err := b.Save(cov); err != nil {
		t.Fatal(err)
	}
	if got := b.Watermark().Watermark; !got.Equal(t0.Add(time.Minute)) {
		t.Fatalf("announced %s, want 08:01:00 (partition 0's newest 08:01:30 less the lateness)", got.Format(time.TimeOnly))
	}
	view.mu.Lock()
	view.lag = 0
	view.mu.Unlock()
	if err := b.Save(cov); err != nil {
		t.Fatal(err)
	}
	if got := b.Watermark().Watermark; !got.Equal(t0.Add(time.Minute)) {
		t.Fatalf("after one Save without lag: announced %s, want still 08:01:00", got.Format(time.TimeOnly))
	}
	if err := b.Save(cov); err != nil {
		t.Fatal(err)
	}
	if got := b.Watermark().Watermark; !got.Equal(t0.Add(10 * time.Minute)) {
		t.Fatalf("caught up: announced %s, want its own 08:10:00", got.Format(time.TimeOnly))
	}
}

// A Save cut short — its partials written, its commit record not (a crash,
// a failed write) — counts for nothing: stage two merges a Save's partials
// only once its commit record follows them, and drops them when a later
// Save of the instance commits (their events are in it) or the instance
// stops being live. The next owner of the events counts them once.
func TestStage2MergesOnlyCommittedSaves(t *testing.T) {
	env := startBroker(t, 1)
	rs, opt := builtinRules(t)
	sink := &alertSink{}
	x, _ := runStage2(t, env, "x", rs, opt, sink)
	a, err := NewStage1(env.cfg, env.kc, rs, opt, nil, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ev := func(off int64) *event.Event {
		e := &event.Event{Time: t0.Add(time.Duration(off) * time.Second), Source: event.Source{Topic: "logs", Partition: 0, Offset: off}}
		e.Set("service.name", event.StringValue("api"))
		return e
	}
	// Save 1 is cut short: its partials are written, not its commit.
	a.Observe(ev(0))
	a.mu.Lock()
	var msgs []kafkago.Message
	for _, st := range a.parts {
		msgs = a.encode(msgs, st.Flush(t0.Add(time.Hour)))
	}
	a.mu.Unlock()
	cut := a.seq.Add(1)
	for i := range msgs {
		msgs[i].Value = tagPartial(a.cfg.InstanceID, cut, msgs[i].Value)
	}
	if _, err := a.write(context.Background(), a.partials, msgs); err != nil {
		t.Fatal(err)
	}
	// The events are read again and saved, with one more.
	a.Observe(ev(0))
	a.Observe(ev(1))
	a.Advance(t0.Add(5 * time.Minute))
	if err := a.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 2}}); err != nil {
		t.Fatal(err)
	}
	if err := a.heartbeat(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	await.Until(t, "stage two has merged the committed Save and advanced", 10*time.Second, func() bool {
		st := x.Stats()
		return st.Partitions == 1 && !st.Watermark.Before(t0.Add(5*time.Minute))
	})
	st := x.Stats()
	if st.Abandoned != int64(len(msgs)) {
		t.Fatalf("%d partials abandoned, want the cut Save's %d", st.Abandoned, len(msgs))
	}
	var counted uint64
	x.mu.Lock()
	for _, p := range x.parts {
		for _, r := range p.s2.Engine().Stats().Rules {
			counted = max(counted, r.Matched)
		}
	}
	x.mu.Unlock()
	if counted != 2 {
		t.Fatalf("a rule counted %d events at most, want 2 (the cut Save's event once)", counted)
	}
}

// As the source's group generation ends, stage one writes every open
// partial with the progress of exactly the events observed, and lets the
// source commit that far: the partitions' next owners start after them.
// Until the next generation it writes nothing more.
func TestStage1WritesAsTheGenerationEnds(t *testing.T) {
	env := startBroker(t, 2)
	rs, opt := builtinRules(t)
	view := &ownedView{parts: []int{0}, caught: true, gen: 3}
	s, err := NewStage1(env.cfg, env.kc, rs, opt, view, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	at := func(off int64) *event.Event {
		ev := &event.Event{Time: t0.Add(time.Duration(off) * time.Second), Source: event.Source{Topic: "logs", Partition: 0, Offset: off}}
		ev.Set("service.name", event.StringValue("api"))
		return ev
	}
	for _, off := range []int64{0, 1, 2, 4} { // 3 did not decode
		s.Observe(at(off))
	}
	s.GenerationEnded(3)
	if st := s.Stats(); st.Partials == 0 || st.Progress != 1 {
		t.Fatalf("stats %+v: want the open partials and one progress record written", st)
	}
	cov, _, err := s.Restore()
	if err != nil || len(cov) != 1 || cov[0].Below != 3 || fmt.Sprint(cov[0].Above) != "[4]" {
		t.Fatalf("progress %v (%v): want below 3, above [4]", cov, err)
	}
	if view.allowed[0] != 3 {
		t.Fatalf("commits allowed to %v, want partition 0 to 3", view.allowed)
	}
	// Still generation 3: nothing observed since, nothing to write.
	if err := s.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 5}}); err != nil {
		t.Fatalf("fenced Save with nothing open: %v", err)
	}
	s.Observe(at(5)) // fetched before the rebalance, evaluated after it
	if err := s.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 6}}); err != errRebalancing {
		t.Fatalf("fenced Save with an event open: %v, want errRebalancing", err)
	}
	// Generation 4 keeps partition 0: the event is written.
	view.mu.Lock()
	view.gen = 4
	view.mu.Unlock()
	before := s.Stats().Partials
	if err := s.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 6}}); err != nil {
		t.Fatal(err)
	}
	if s.Stats().Partials == before {
		t.Fatal("the event observed during the rebalance was not written once the partition was kept")
	}
}

// A partition assigned and not read yet holds the watermark an instance
// announces back to where its progress record says its events stand: the
// instance's own partitions may be far ahead, and the partition's former
// owner (stopped) no longer holds stage two's watermark once the new
// owner claims it.
func TestStage1HoldsTheWatermarkForAPartitionNotReadYet(t *testing.T) {
	env := startBroker(t, 2)
	rs, opt := builtinRules(t)
	a, err := NewStage1(env.cfg, env.kc, rs, opt, &ownedView{parts: []int{0}, caught: true}, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	ev := func(p int, off int64, d time.Duration) *event.Event {
		e := &event.Event{Time: t0.Add(d), Source: event.Source{Topic: "logs", Partition: p, Offset: off}}
		e.Set("service.name", event.StringValue("api"))
		return e
	}
	a.Observe(ev(0, 0, time.Minute))
	if err := a.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: 1}}); err != nil {
		t.Fatal(err)
	}
	cfg := env.cfg
	cfg.InstanceID = "b"
	view := &ownedView{parts: []int{1}, caught: true}
	b, err := NewStage1(cfg, env.kc, rs, opt, view, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	b.Observe(ev(1, 0, 10*time.Minute+opt.AllowedLateness))
	b.Advance(t0.Add(10 * time.Minute))
	cov := pipeline.Coverage{{Topic: "logs", Partition: 1, Below: 1}}
	if err := b.Save(cov); err != nil {
		t.Fatal(err)
	}
	if w := b.Watermark(); !w.Watermark.Equal(t0.Add(10*time.Minute)) || !slices.Equal(w.Partitions, []string{"logs/1"}) {
		t.Fatalf("b with its own partition: %+v, want 08:10 claiming logs/1", w)
	}
	// Partition 0 is given to b, with a backlog; no event of it read yet.
	view.mu.Lock()
	view.parts, view.lag = []int{0, 1}, 40
	view.mu.Unlock()
	if err := b.Save(cov); err != nil {
		t.Fatal(err)
	}
	w := b.Watermark()
	if want := t0.Add(time.Minute - opt.AllowedLateness); !w.Watermark.Equal(want) {
		t.Fatalf("partition 0 assigned, not read: announced %s, want a's newest 08:01 less the lateness", w.Watermark.Format(time.TimeOnly))
	}
	if !slices.Equal(w.Partitions, []string{"logs/0", "logs/1"}) {
		t.Fatalf("claims %v, want logs/0 and logs/1", w.Partitions)
	}
}

// A partition taken away and given back to the same instance is read
// again from its last commit (the pipeline hands those events over again
// to stage one, which is scoped to assignments): the partials not written
// under the ended assignment are dropped, an event of that assignment
// still in flight is not counted, and every event ends in the partials
// exactly once.
func TestStage1EvaluatesAGivenBackPartitionAgain(t *testing.T) {
	env := startBroker(t, 1)
	rs, opt := builtinRules(t)
	sink := &alertSink{}
	x, _ := runStage2(t, env, "x", rs, opt, sink)
	view := &ownedView{parts: []int{0}, caught: true, assign: map[int]int64{0: 1}}
	a, err := NewStage1(env.cfg, env.kc, rs, opt, view, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if !a.ScopedToAssignment() {
		t.Fatal("stage one over a source is not scoped to its assignments")
	}
	ev := func(a, off int64) *event.Event { // every 30 s from 08:00
		e := &event.Event{Time: t0.Add(time.Duration(off) * 30 * time.Second), Source: event.Source{Topic: "logs", Partition: 0, Offset: off, Assignment: a}}
		e.Set("service.name", event.StringValue("api"))
		return e
	}
	save := func(below int64) {
		t.Helper()
		if err := a.Save(pipeline.Coverage{{Topic: "logs", Partition: 0, Below: below}}); err != nil {
			t.Fatal(err)
		}
	}
	for off := range int64(6) {
		a.Observe(ev(1, off))
	}
	save(6)
	for off := int64(6); off < 10; off++ { // observed (up to 08:04:30), never written
		a.Observe(ev(1, off))
	}
	a.Advance(t0.Add(4 * time.Minute)) // event time has moved on
	view.mu.Lock()
	view.assign[0] = 2 // taken away and given back
	view.mu.Unlock()
	a.Observe(ev(2, 6)) // read again from the commit, 6 (08:03)
	save(7)
	// The events read again are older than the watermark: the watermark
	// announced is held back to the partition's progress (08:02:30, less
	// the lateness) until it has caught up, so that stage two does not
	// pass them.
	if w := a.Watermark(); !w.Watermark.Before(t0.Add(4 * time.Minute)) {
		t.Fatalf("watermark announced %s after the partition was given back, want it held before 08:04", w.Watermark.Format("15:04:05"))
	}
	for off := int64(7); off < 12; off++ {
		a.Observe(ev(2, off))
		if off == 7 {
			a.Observe(ev(1, 9)) // of the ended assignment, still in flight
		}
	}
	a.Advance(t0.Add(6 * time.Minute))
	for range 3 { // caught up: two Saves without lag let the watermark go
		save(12)
	}
	if err := a.heartbeat(context.Background(), 1); err != nil {
		t.Fatal(err)
	}
	if st := a.Stats(); st.Stale != 1 || st.Dropped == 0 {
		t.Fatalf("stats %+v: want 1 stale event and the ended assignment's partials dropped", st)
	}
	await.Until(t, "stage two has merged both Saves and advanced", 10*time.Second, func() bool {
		st := x.Stats()
		return st.Partitions == 1 && !st.Watermark.Before(t0.Add(5*time.Minute))
	})
	var counted uint64
	for _, n := range stage2Matched(x) {
		counted = max(counted, n)
	}
	if counted != 12 {
		t.Fatalf("a rule counted %d events at most, want 12 (offsets 0 to 11 once)", counted)
	}
}

// EnsureTopics creates missing topics with their own partition counts even
// on brokers that create topics when asked about them (auto-creation, with
// the broker's default partitions): it never asks about one by name
// before creating it.
func TestEnsureTopicsOnAnAutoCreatingBroker(t *testing.T) {
	b, err := kafka.StartEmbedded(6) // auto-creates with 6 partitions
	if err != nil {
		t.Fatal(err)
	}
	defer b.Close()
	kc := b.Config("logs")
	specs := []TopicSpec{{Name: "g.alerts", Partitions: 1}, {Name: "g.partials", Partitions: 3}, {Name: "g.progress", Partitions: 2, Compact: true}}
	for range 2 { // the second time, every topic exists
		if err := EnsureTopics(context.Background(), kc, testLog(t), specs...); err != nil {
			t.Fatal(err)
		}
		for _, s := range specs {
			n, err := Partitions(context.Background(), kc, s.Name)
			if err != nil || n != s.Partitions {
				t.Fatalf("%s: %d partitions (%v), want %d", s.Name, n, err, s.Partitions)
			}
		}
	}
}

// partStats describes each owned partition for a failing test's log.
func (s *Stage2) partStats() []string {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []string
	for _, p := range s.parts {
		mw := p.merger.Merged()
		out = append(out, fmt.Sprintf("partials/%d advanced %s covered %d next %d pending %d merged %+v held %+v",
			p.q, p.advanced.Format(time.TimeOnly), p.covered, p.next, len(p.pending), mw, p.merger.Held()))
	}
	return out
}

// A partition's last checkpoint is found at the end of a long state
// partition, also when other partitions' records came between its chunks
// and its index (more than the first span looked at), and an index's
// tombstone at the end means no state.
func TestReadStateFindsTheLastCheckpointAtTheEnd(t *testing.T) {
	env := startBroker(t, 2)
	cl, err := newClient(env.kc, testLog(t))
	if err != nil {
		t.Fatal(err)
	}
	w := cl.writer(env.cfg.StateTopic)
	defer w.Close()
	ctx := context.Background()
	sp := PartitionOf(stateKey(3), 2)
	write := func(ms []kafkago.Message) {
		t.Helper()
		if err := w.WriteMessages(ctx, ms...); err != nil {
			t.Fatal(err)
		}
	}
	// Many checkpoints of partition 3 and of another partition on the
	// same state partition.
	var prev *state
	var many []kafkago.Message
	for seq := range int64(3 * stateTail) {
		st := state{Partition: 3, Covered: seq, Seq: seq, Rules: []byte(fmt.Sprint("rules ", seq)), At: t0}
		many = append(many, stateRecords(st, prev, sp)...)
		st.Chunks = 1
		prev = &st
		many = append(many, stateRecords(state{Partition: 5, Covered: seq, Seq: seq, Rules: []byte("other"), At: t0}, nil, sp)...)
	}
	write(many)
	st, ok, err := cl.readState(ctx, env.cfg.StateTopic, 3)
	if err != nil || !ok || st.Covered != 3*stateTail-1 || string(st.Rules) != fmt.Sprint("rules ", 3*stateTail-1) {
		t.Fatalf("last of many checkpoints: covered %d %q ok %v (%v)", st.Covered, st.Rules, ok, err)
	}
	// The last checkpoint's chunks, then more than a span of other
	// records, then its index.
	big := state{Partition: 3, Covered: 9999, Seq: 9999, Rules: bytes.Repeat([]byte("r"), stateChunk+10), At: t0}
	recs := stateRecords(big, prev, sp)
	write(recs[:2]) // two chunks
	var others []kafkago.Message
	for i := range stateTail + 10 {
		others = append(others, stateRecords(state{Partition: 5, Covered: int64(i), Seq: int64(10000 + i), Rules: []byte("other"), At: t0}, nil, sp)...)
	}
	write(others)
	write(recs[2:])
	st, ok, err = cl.readState(ctx, env.cfg.StateTopic, 3)
	if err != nil || !ok || st.Covered != 9999 || !bytes.Equal(st.Rules, big.Rules) {
		t.Fatalf("checkpoint with chunks before the span: covered %d, %d bytes, ok %v (%v)", st.Covered, len(st.Rules), ok, err)
	}
	write([]kafkago.Message{{Key: stateKey(3), Value: nil, Headers: []kafkago.Header{{Key: headerPartition, Value: []byte(fmt.Sprint(sp))}}}})
	if _, ok, err := cl.readState(ctx, env.cfg.StateTopic, 3); ok || err != nil {
		t.Fatalf("after the index's tombstone: ok %v (%v)", ok, err)
	}
	// A partition never checkpointed: the whole state partition is read.
	if _, ok, err := cl.readState(ctx, env.cfg.StateTopic, 7); ok || err != nil {
		t.Fatalf("a partition never checkpointed: ok %v (%v)", ok, err)
	}
}
