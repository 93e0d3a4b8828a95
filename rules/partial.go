package rules

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"
)

// PartialKind says what a Partial carries.
type PartialKind uint8

const (
	// PartialSeries is one series of one rule over one minute: the
	// minute's aggregates, the order-dependent evidence, samples.
	PartialSeries PartialKind = iota + 1
	// PartialJobs holds the job events (job.name and job.status) of one
	// job in one minute, for the job watcher.
	PartialJobs
	// PartialDeploys holds what the deploy watcher reads of the events of
	// one service in one minute.
	PartialDeploys
)

func (k PartialKind) String() string {
	switch k {
	case PartialSeries:
		return "series"
	case PartialJobs:
		return "jobs"
	case PartialDeploys:
		return "deploys"
	}
	return fmt.Sprintf("kind(%d)", uint8(k))
}

// Partial is what stage one makes of the events of one key and minute,
// and what stage two merges: a PartialSeries is keyed by (Rule, Series,
// Minute), a PartialJobs by (job name, Minute), a PartialDeploys by
// (service name, Minute). Two partials of one key merge (Merge) into the
// partial of the union of their events; MarshalBinary and DecodePartial
// carry one between processes. README.md "Two stages" describes what a
// partial holds and which aggregates merge exactly.
type Partial struct {
	Kind PartialKind
	// Rule is the rule's name (PartialSeries).
	Rule string
	// Series is the series key (the group_by values joined by NUL) for a
	// PartialSeries, the job or service name for the watchers' partials:
	// the key a Kafka topic of partials is partitioned by.
	Series string
	// Labels are the group_by values, in group_by order.
	Labels []string
	// Minute is the start of the minute the events fell in (UTC).
	Minute time.Time
	// Newest is the newest event time folded in: the partial's
	// contribution to the event-time watermark.
	Newest time.Time
	// Events is how many events were folded in.
	Events int
	// Source is an opaque position (offsets of the input the events came
	// from) the caller may set; it is carried and merged by nobody.
	Source []byte

	hash    string // the rule's definition (PartialSeries)
	agg     *partialAgg
	jobs    []jobObs
	deploys []deployObs
}

// partialAgg is a series-minute's aggregates. The commutative ones live in
// b, the bucket the engine's minute ring holds (counts and sums add,
// min/max combine, sketches and HyperLogLogs merge, narrowing counts add);
// ops says how each of b.f's numbers merges. The order-dependent evidence
// is kept as event-time sequences, replayed in time order when stage two
// folds the minute into the series: runs for consecutive(), values for
// changed(), first and last sightings of each value for new_value().
type partialAgg struct {
	b          bucket
	ops        []byte
	first      int64 // earliest event, unix seconds
	streaks    [][]seqBool
	changes    [][]seqText
	news       [][]newSpan
	newIdx     []map[string]int // stage one: value → index in news
	samples    []partialSample  // earliest first
	maxSamples int
}

// seqBool is one event of a consecutive() sequence: its time and whether
// the predicate held.
type seqBool struct {
	t   int64 // unix nanoseconds
	hit bool
}

// seqText is one event of a changed() sequence: its time and value.
type seqText struct {
	t int64
	v string
}

// newSpan is a value of a new_value() aggregate and its first and last
// sighting in the minute (unix seconds).
type newSpan struct {
	v           string
	first, last int64
}

// partialSample is a sample event: its time, JSON and trace id.
type partialSample struct {
	t     int64
	json  []byte
	trace []byte
}

// How a bucket number merges.
const (
	opNone   byte = iota // replayed from a sequence (consecutive, changed)
	opAdd                // counts and sums
	opMin                // a minimum; the next number is its count
	opMax                // a maximum; the next number is its count
	opCount              // the count of a minimum or maximum
	opsLimit             // first invalid op
)

// partialNarrowSlots is how many values of a narrowing field a partial
// counts (stage two's bucket keeps narrowSlots): more than the bucket, so
// that merging the partials of one shard in the order they were flushed
// gives the bucket the engine would have counted.
const partialNarrowSlots = 64

// mergeOps returns how each number of the rule's buckets merges.
func (c *compiledRule) mergeOps() []byte {
	ops := make([]byte, c.nf)
	for _, a := range c.aggs {
		if a.prev {
			continue
		}
		switch a.kind {
		case aggRatio:
			ops[a.off] = opAdd
		case aggSum, aggAvg:
			ops[a.off], ops[a.off+1] = opAdd, opAdd
		case aggMin:
			ops[a.off], ops[a.off+1] = opMin, opCount
		case aggMax:
			ops[a.off], ops[a.off+1] = opMax, opCount
		case aggConsecutive, aggChanged:
			ops[a.off] = opNone
		}
	}
	return ops
}

func newPartialAgg(c *compiledRule, maxSamples int) *partialAgg {
	p := &partialAgg{ops: c.fops, maxSamples: maxSamples}
	p.b.f = make([]float64, c.nf)
	if c.nStreak > 0 {
		p.streaks = make([][]seqBool, c.nStreak)
	}
	if c.nLast > 0 {
		p.changes = make([][]seqText, c.nLast)
	}
	if c.nNew > 0 {
		p.news = make([][]newSpan, c.nNew)
		p.newIdx = make([]map[string]int, c.nNew)
	}
	return p
}

// key identifies what a partial merges with.
type partialKey struct {
	kind   PartialKind
	rule   string
	series string
	minute int64
}

func (p *Partial) key() partialKey {
	return partialKey{kind: p.Kind, rule: p.Rule, series: p.Series, minute: minuteOf(p.Minute)}
}

// Merge adds o's events to p: afterwards p is the partial of the union of
// both partials' events. The partials must have the same key (kind, rule
// and its definition, series, minute). Counts and sums add, minima and
// maxima combine, quantile sketches and HyperLogLogs merge; the
// order-dependent sequences merge by event time (equal times: p's first);
// the samples kept are the earliest. Source is left as it is.
func (p *Partial) Merge(o *Partial) error {
	if p.key() != o.key() || p.hash != o.hash {
		return fmt.Errorf("rules: merge of partials with different keys (%s %s %q %s and %s %s %q %s)",
			p.Kind, p.Rule, p.Series, p.Minute.Format(time.RFC3339), o.Kind, o.Rule, o.Series, o.Minute.Format(time.RFC3339))
	}
	if p.Kind == PartialSeries {
		if p.agg == nil || o.agg == nil {
			return errors.New("rules: merge of a series partial without aggregates")
		}
		if err := p.agg.merge(o.agg); err != nil {
			return fmt.Errorf("rules: merge of partials of rule %s: %w", p.Rule, err)
		}
	}
	p.jobs = append(p.jobs, o.jobs...)
	p.deploys = append(p.deploys, o.deploys...)
	if o.Newest.After(p.Newest) {
		p.Newest = o.Newest
	}
	p.Events += o.Events
	return nil
}

// compatible reports whether o has p's layout.
func (p *partialAgg) compatible(o *partialAgg) error {
	switch {
	case !slices.Equal(p.ops, o.ops):
		return errors.New("the aggregates differ")
	case len(p.streaks) != len(o.streaks), len(p.changes) != len(o.changes), len(p.news) != len(o.news):
		return errors.New("the order-dependent aggregates differ")
	}
	return nil
}

func (p *partialAgg) merge(o *partialAgg) error {
	if err := p.compatible(o); err != nil {
		return err
	}
	if o.b.n == 0 {
		return nil
	}
	if p.b.n == 0 || o.first < p.first {
		p.first = o.first
	}
	p.b.n += o.b.n
	p.b.last = max(p.b.last, o.b.last)
	mergeNumbers(p.b.f, o.b.f, p.ops)
	for i, s := range o.b.sk {
		if s != nil {
			p.b.sketch(i).MergeWith(s)
		}
	}
	for i, h := range o.b.hll {
		if h != nil {
			if err := p.b.hllAt(i).Merge(h); err != nil {
				return err
			}
		}
	}
	if len(o.b.nar) > 0 {
		if len(p.b.nar) < len(o.b.nar) {
			p.b.nar = append(p.b.nar, make([]narrowCount, len(o.b.nar)-len(p.b.nar))...)
		}
		for i := range o.b.nar {
			p.b.nar[i].mergeFrom(&o.b.nar[i], partialNarrowSlots)
		}
	}
	for i := range o.streaks {
		p.streaks[i] = mergeByTime(p.streaks[i], o.streaks[i], func(x seqBool) int64 { return x.t })
	}
	for i := range o.changes {
		p.changes[i] = mergeByTime(p.changes[i], o.changes[i], func(x seqText) int64 { return x.t })
	}
	for i := range o.news {
		p.news[i] = mergeNews(p.news[i], o.news[i])
	}
	p.samples = mergeSamples(p.samples, o.samples, max(p.maxSamples, o.maxSamples))
	p.maxSamples = max(p.maxSamples, o.maxSamples)
	return nil
}

// mergeNumbers merges a bucket's numbers (o into p) by their ops.
func mergeNumbers(p, o []float64, ops []byte) {
	for i := 0; i < len(ops); i++ {
		switch ops[i] {
		case opAdd:
			p[i] += o[i]
		case opMin, opMax:
			if o[i+1] > 0 && (p[i+1] == 0 || (ops[i] == opMin && o[i] < p[i]) || (ops[i] == opMax && o[i] > p[i])) {
				p[i] = o[i]
			}
			p[i+1] += o[i+1]
			i++
		}
	}
}

// mergeByTime merges two sequences sorted by time; on equal times a's
// elements come first.
func mergeByTime[T any](a, b []T, at func(T) int64) []T {
	if len(b) == 0 {
		return a
	}
	if len(a) == 0 || at(a[len(a)-1]) <= at(b[0]) {
		return append(a, b...)
	}
	out := make([]T, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if at(b[j]) < at(a[i]) {
			out = append(out, b[j])
			j++
		} else {
			out = append(out, a[i])
			i++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// mergeNews merges two new_value sightings lists (each ordered by first
// sighting): a value in both spans both.
func mergeNews(a, b []newSpan) []newSpan {
	if len(b) == 0 {
		return a
	}
	idx := make(map[string]int, len(a))
	for i, s := range a {
		idx[s.v] = i
	}
	for _, s := range b {
		if i, ok := idx[s.v]; ok {
			a[i].first = min(a[i].first, s.first)
			a[i].last = max(a[i].last, s.last)
			continue
		}
		if len(a) >= maxNewValues {
			continue
		}
		idx[s.v] = len(a)
		a = append(a, s)
	}
	slices.SortStableFunc(a, func(x, y newSpan) int { return cmp.Compare(x.first, y.first) })
	return a
}

// mergeSamples keeps the n earliest samples of both lists (each earliest
// first); on equal times a's come first.
func mergeSamples(a, b []partialSample, n int) []partialSample {
	out := mergeByTime(a, b, func(s partialSample) int64 { return s.t })
	if len(out) > n {
		clear(out[n:])
		out = out[:n]
	}
	return out
}

// mergeFrom adds o's counts, giving new values a slot while fewer than
// limit are taken.
func (nc *narrowCount) mergeFrom(o *narrowCount, limit int) {
	for j, v := range o.vals {
		nc.addN(v, o.n[j], limit)
	}
	nc.other += o.other
}

// observeTime counts one event at sec (unix seconds) in the partial.
func (p *partialAgg) observeTime(sec int64) {
	if p.b.n == 0 || sec < p.first {
		p.first = sec
	}
	p.b.n++
	if sec > p.b.last {
		p.b.last = sec
	}
}

// wantsSample reports whether an event at t would be among the earliest
// samples.
func (p *partialAgg) wantsSample(t int64) bool {
	return p.maxSamples > 0 && (len(p.samples) < p.maxSamples || t < p.samples[len(p.samples)-1].t)
}

// addSample keeps an event among the earliest samples (equal times: in
// arrival order).
func (p *partialAgg) addSample(t int64, json []byte, trace string) {
	i := len(p.samples)
	for i > 0 && p.samples[i-1].t > t {
		i--
	}
	s := partialSample{t: t, json: json, trace: []byte(trace)}
	p.samples = slices.Insert(p.samples, i, s)
	if len(p.samples) > p.maxSamples {
		p.samples[len(p.samples)-1] = partialSample{}
		p.samples = p.samples[:p.maxSamples]
	}
}

// sealSequences sorts the sequences by event time (stage one appends them
// in arrival order); equal times keep their arrival order.
func (p *partialAgg) sealSequences() {
	for i := range p.streaks {
		slices.SortStableFunc(p.streaks[i], func(a, b seqBool) int { return cmp.Compare(a.t, b.t) })
	}
	for i := range p.changes {
		slices.SortStableFunc(p.changes[i], func(a, b seqText) int { return cmp.Compare(a.t, b.t) })
	}
	for i := range p.news {
		slices.SortStableFunc(p.news[i], func(a, b newSpan) int { return cmp.Compare(a.first, b.first) })
	}
	p.newIdx = nil
}

// observeNew records a sighting of a new_value() value (stage one).
func (p *partialAgg) observeNew(i int, v string, sec int64) {
	if p.newIdx[i] == nil {
		p.newIdx[i] = map[string]int{}
	}
	if j, ok := p.newIdx[i][v]; ok {
		s := &p.news[i][j]
		s.first, s.last = min(s.first, sec), max(s.last, sec)
		return
	}
	if len(p.news[i]) >= maxNewValues {
		return
	}
	v = strings.Clone(v)
	p.newIdx[i][v] = len(p.news[i])
	p.news[i] = append(p.news[i], newSpan{v: v, first: sec, last: sec})
}
