package rules

import (
	"github.com/vigilops/vigil/detectors"
	"strings"
	"time"

	"github.com/axiomhq/hyperloglog"

	"github.com/vigilops/vigil/alert"
	"github.com/vigilops/vigil/event"
)

// alertState is a series' place in the alert lifecycle.
type alertState uint8

const (
	stateInactive alertState = iota
	statePending
	stateFiring
)

// group is one series of a rule: its window buckets, per-series state and
// alert state.
type group struct {
	key    string
	labels []string // group_by values, in group_by order

	ring []bucket
	// lastSeen is the newest matching event (unix seconds) in the minutes
	// already evaluated; closedMin the last minute folded into it.
	lastSeen  int64
	closedMin int64
	lastMin   int64 // minute of the newest event observed (any time); -1
	streak    []int64
	last      []lastValue
	news      []newValues
	samples   sampleRing

	bornMin int64           // the minute the series appeared
	det     *seriesDetector // detector rules only

	state      alertState
	activeMin  int64       // boundary at which pending began
	falseSince int64       // first boundary the condition failed while firing; -1
	alert      alert.Alert // the firing notification, while firing
	// linkFrom is where the firing alert's link to its events starts
	// (not checkpointed: after a restore, the window before StartsAt).
	linkFrom time.Time
}

// bucket is one minute of one series.
type bucket struct {
	min  int64 // start minute; -1 when unused
	n    float64
	last int64 // newest event in the bucket, unix seconds
	f    []float64
	sk   []*qsketch
	hll  []*hyperloglog.Sketch
	// nar counts, per narrowing field of the rule, the values of the
	// minute's evidence (see narrow.go).
	nar []narrowCount
}

type lastValue struct {
	set         bool
	value, from string
}

// newGroup makes a series with a ring of ringLen minute buckets.
func newGroup(c *compiledRule, key string, maxSamples int, born, ringLen int64) *group {
	g := &group{key: key, falseSince: -1, bornMin: born, lastMin: -1}
	if c.windowMin > 0 {
		g.ring = make([]bucket, ringLen)
		fs := make([]float64, int(ringLen)*c.nf)
		for i := range g.ring {
			g.ring[i].min = -1
			g.ring[i].f = fs[i*c.nf : (i+1)*c.nf : (i+1)*c.nf]
		}
	}
	if c.nStreak > 0 {
		g.streak = make([]int64, c.nStreak)
	}
	if c.nLast > 0 {
		g.last = make([]lastValue, c.nLast)
	}
	if c.nNew > 0 {
		g.news = make([]newValues, c.nNew)
	}
	g.samples.init(maxSamples)
	return g
}

func mod(a, n int64) int64 {
	r := a % n
	if r < 0 {
		r += n
	}
	return r
}

// span is how many minutes of buckets an evaluation reads.
func (c *compiledRule) span() int64 {
	w := c.windowMin
	if c.needsPrev {
		w = 2 * c.windowMin
	}
	if c.scans() {
		w = max(w, detectors.ScanMinutes) // the scan reads the last half hour
	}
	return w
}

// scans reports a detector rule whose value is a bare ratio watched for
// rises: between its windows, its minutes are scanned (detectors.ScanRatio).
func (c *compiledRule) scans() bool {
	return c.det != nil && c.value != nil && c.value.bareRatio != nil && c.det.cfg.Direction != detectors.Down
}

// bucket returns the bucket of minute m, recycling the slot when its data
// is no longer needed. It returns nil when m is too far ahead of the
// evaluated boundary for the ring to hold it.
func (g *group) bucket(c *compiledRule, m, evalMin int64, started bool) *bucket {
	b := &g.ring[mod(m, int64(len(g.ring)))]
	if b.min == m {
		return b
	}
	if b.min > m {
		return nil
	}
	// The next boundary to evaluate is evalMin+1; it reads minutes from
	// evalMin+1-span on.
	if started && b.min >= 0 && b.min >= evalMin+1-c.span() {
		return nil
	}
	b.reset(m)
	return b
}

func (b *bucket) reset(m int64) {
	b.min = m
	b.n = 0
	b.last = 0
	clear(b.f)
	for i := range b.nar {
		b.nar[i].reset()
	}
	for _, s := range b.sk {
		if s != nil {
			s.Clear()
		}
	}
	for _, h := range b.hll {
		if h != nil {
			h.Reset()
		}
	}
}

func (b *bucket) sketch(i int) *qsketch {
	for len(b.sk) <= i {
		b.sk = append(b.sk, nil)
	}
	if b.sk[i] == nil {
		b.sk[i] = newSketch()
	}
	return b.sk[i]
}

func (b *bucket) hllAt(i int) *hyperloglog.Sketch {
	for len(b.hll) <= i {
		b.hll = append(b.hll, nil)
	}
	if b.hll[i] == nil {
		b.hll[i] = hyperloglog.New14()
	}
	return b.hll[i]
}

// fold moves the newest event time of the minutes before boundary m into
// lastSeen, so heartbeats are judged on event time before the boundary.
func (g *group) fold(c *compiledRule, m int64) {
	n := int64(len(g.ring))
	from := max(g.closedMin+1, m-n)
	for mm := from; mm < m; mm++ {
		b := &g.ring[mod(mm, n)]
		if b.min == mm && b.n > 0 && b.last > g.lastSeen {
			g.lastSeen = b.last
		}
	}
	g.closedMin = m - 1
}

// quiet reports whether no closed minute (before boundary m) holds data a
// later evaluation would read: the series may be dropped. It also returns
// the first minute at or after m that holds data (events ahead of the
// watermark), or -1.
func (g *group) quiet(c *compiledRule, m int64) (bool, int64) {
	lo := m + 1 - c.span()
	ahead := int64(-1)
	for i := range g.ring {
		b := &g.ring[i]
		if b.n == 0 || b.min < lo {
			continue
		}
		if b.min < m {
			return false, -1
		}
		if ahead < 0 || b.min < ahead {
			ahead = b.min
		}
	}
	return true, ahead
}

// reborn makes a quiet series that already holds events ahead of the
// watermark look as it would had it been dropped and created anew by the
// first of them: a replay that moves the watermark differently drops it
// and gets exactly this.
func (g *group) reborn(first int64) {
	g.bornMin = first
	for i := range g.samples.mins {
		if h := &g.samples.mins[i]; h.minute < first {
			h.minute, h.n = -1, 0
		}
	}
}

// maxNewValues bounds the values a new_value aggregate remembers per series.
const maxNewValues = 10000

// newValues remembers when each value was last seen, and the values first
// seen recently.
type newValues struct {
	seen   map[string]int64
	recent []newValue
}

type newValue struct {
	value string
	sec   int64
}

func (n *newValues) observe(s string, sec int64, a *aggSpec, born int64) {
	if n.seen == nil {
		n.seen = map[string]int64{}
	}
	last, ok := n.seen[s]
	lookback := int64(a.dur.Seconds())
	if ok && sec-last <= lookback {
		if sec > last {
			n.seen[s] = sec
		}
		return
	}
	if len(n.seen) >= maxNewValues && !ok {
		return // full: a storm of new values is already alerting
	}
	v := strings.Clone(s)
	n.seen[v] = sec
	if sec >= born+int64(a.warmup.Seconds()) {
		n.recent = append(n.recent, newValue{value: v, sec: sec})
	}
}

// window returns the values first seen in [lo, hi) seconds, and drops
// older ones; it forgets values not seen within the lookback.
func (n *newValues) window(lo, hi int64, a *aggSpec, sweep bool) []newValue {
	keep := n.recent[:0]
	for _, v := range n.recent {
		if v.sec >= lo {
			keep = append(keep, v)
		}
	}
	clear(n.recent[len(keep):])
	n.recent = keep
	if sweep {
		lookback := int64(a.dur.Seconds())
		for k, t := range n.seen {
			if hi-t > lookback {
				delete(n.seen, k)
			}
		}
	}
	out := keep
	for i, v := range keep {
		if v.sec >= hi {
			out = keep[:i]
			break
		}
	}
	return out
}

// sampleRing keeps up to N matching events as JSON, reusing its buffers.
// Encoding every matching event would cost more than evaluating it, so it
// keeps the first N events of a minute, for the newest sampleMinutes
// minutes seen: an alert at a minute boundary takes the newest minute
// before it, so samples depend on event time, not on when the watermark
// moved (as long as events run at most two minutes ahead of it).
type sampleRing struct {
	mins [sampleMinutes]sampleMinute // newest first
	max  int
}

const sampleMinutes = 3

type sampleMinute struct {
	minute int64
	n      int
	bufs   [][]byte
	traces [][]byte
}

func (s *sampleRing) init(n int) {
	s.max = n
	for i := range s.mins {
		s.mins[i] = sampleMinute{minute: -1, bufs: make([][]byte, n), traces: make([][]byte, n)}
	}
}

// slot returns the minute's slot if it has room, or nil. A minute newer
// than all gets the oldest slot (add rotates).
func (s *sampleRing) slot(minute int64) *sampleMinute {
	if minute > s.mins[0].minute {
		return &s.mins[len(s.mins)-1]
	}
	for i := range s.mins {
		if h := &s.mins[i]; h.minute == minute {
			if h.n < s.max {
				return h
			}
			return nil
		}
	}
	return nil
}

// wants reports whether an event of the minute would be kept.
func (s *sampleRing) wants(minute int64) bool { return s.max > 0 && s.slot(minute) != nil }

func (s *sampleRing) add(ev *event.Event, trace string, minute int64) {
	if s.max == 0 {
		return
	}
	if minute > s.mins[0].minute {
		last := s.mins[len(s.mins)-1]
		copy(s.mins[1:], s.mins[:len(s.mins)-1])
		last.minute, last.n = minute, 0
		s.mins[0] = last
	}
	h := s.slot(minute)
	if h == nil {
		return
	}
	h.bufs[h.n] = ev.AppendJSON(h.bufs[h.n][:0])
	h.traces[h.n] = append(h.traces[h.n][:0], trace...)
	h.n++
}

// addJSON keeps an event already encoded (a partial's sample) as add does.
func (s *sampleRing) addJSON(json, trace []byte, minute int64) {
	if s.max == 0 {
		return
	}
	if minute > s.mins[0].minute {
		last := s.mins[len(s.mins)-1]
		copy(s.mins[1:], s.mins[:len(s.mins)-1])
		last.minute, last.n = minute, 0
		s.mins[0] = last
	}
	h := s.slot(minute)
	if h == nil {
		return
	}
	h.bufs[h.n] = append(h.bufs[h.n][:0], json...)
	h.traces[h.n] = append(h.traces[h.n][:0], trace...)
	h.n++
}

// list returns the samples of the newest minute before the boundary
// minute (or, when all are ahead of it, the oldest kept), and their
// distinct trace ids.
func (s *sampleRing) list(before int64) (samples, traces []string) {
	var h *sampleMinute
	for i := range s.mins {
		if c := &s.mins[i]; c.n > 0 {
			if h == nil || c.minute < before || h.minute >= before {
				h = c
			}
			if c.minute < before {
				break
			}
		}
	}
	samples, traces = []string{}, []string{}
	if h == nil {
		return samples, traces
	}
	seen := map[string]bool{}
	for i := 0; i < h.n; i++ {
		samples = append(samples, string(h.bufs[i]))
		if t := string(h.traces[i]); t != "" && !seen[t] {
			seen[t] = true
			traces = append(traces, t)
		}
	}
	return samples, traces
}
