package harbor

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"slices"
	"time"
)

const minuteNs = int64(time.Minute)

// Config shapes a generated stream.
type Config struct {
	// Seed fixes every random draw: the same Config gives byte-identical
	// output. Every seed, 0 included, is deterministic.
	Seed int64
	// Start is the beginning of the span. The incident script sits at fixed
	// offsets from it and was laid out for a Monday 00:00 UTC start; each
	// shop's traffic follows its own local clock (fixed offsets, see doc).
	// Zero means DefaultStart.
	Start time.Time
	// Duration is the span. Incidents and traps starting after its end are
	// left out of the ground truth. Zero means DefaultDuration.
	Duration time.Duration
	// Rate is a scale factor on ordinary traffic (requests, orders,
	// callbacks, polls), not on scheduled lines (jobs, deploys, the script's
	// own lines). Zero means 1: about 3.2 lines/s on average, 200 lines/min
	// at the busiest service's peak.
	Rate float64
}

// Defaults.
var (
	DefaultStart    = time.Date(2026, 4, 20, 0, 0, 0, 0, time.UTC) // a Monday
	DefaultDuration = 60 * time.Hour
)

// DefaultConfig is the 60-hour run the ground truth is written for.
func DefaultConfig() Config {
	return Config{Seed: 20260420, Start: DefaultStart, Duration: DefaultDuration, Rate: 1}
}

func (c Config) withDefaults() Config {
	if c.Start.IsZero() {
		c.Start = DefaultStart
	}
	c.Start = c.Start.UTC()
	if c.Duration <= 0 {
		c.Duration = DefaultDuration
	}
	if c.Rate <= 0 || math.IsNaN(c.Rate) || math.IsInf(c.Rate, 0) {
		c.Rate = 1
	}
	return c
}

// Truth returns the ground truth of cfg without generating the stream.
func (c Config) Truth() Truth {
	c = c.withDefaults()
	return buildTruth(c.Start, c.Duration)
}

// Generate writes the stream of cfg to w as NDJSON, in event-time order,
// and returns its ground truth (with the stream's Stats).
func Generate(cfg Config, w io.Writer) (Truth, error) {
	cfg = cfg.withDefaults()
	t := buildTruth(cfg.Start, cfg.Duration)
	g := newGen(cfg)
	st, err := g.run(w)
	t.Stats = st
	return t, err
}

// entry is one encoded line waiting for its time to be written.
type entry struct {
	ts  int64
	seq uint64
	b   []byte
	svc *service // nil for a raw (malformed) line
}

// action is something that happens at a planned time.
type action struct {
	ts int64
	fn func(g *gen, ts int64)
}

// stream is a Poisson arrival process of one kind of line.
type stream struct {
	rate  float64   // arrivals per minute where curve is 1
	curve []float64 // per-minute multiplier; nil = 1
	shop  *shop
	fn    func(g *gen, sh *shop, ts int64)
}

type gen struct {
	cfg     Config
	rng     *rand.Rand
	t0, end int64
	minutes int

	shops   []*shop
	shopBy  map[string]*shop
	svc     map[string]*service
	global  []float64 // per-minute activity of the whole store (order-weighted)
	streams []*stream
	tickers []func(g *gen, lo int64)
	actions []action
	ai      int

	pending []entry
	seq     uint64
	fs      []field
	scratch []byte
	chunk   []byte
	cur     *service
	curTS   int64
	curLv   int

	// state of the world
	orderSeq   int
	stuck      []stuckOrder
	forceStuck bool
	whQueued   []int64
	inMaint    bool
	schedDown  bool
}

func (g *gen) off(d time.Duration) int64 { return g.t0 + int64(d) }

func (g *gen) minuteOf(ts int64) int {
	m := int((ts - g.t0) / minuteNs)
	return min(max(m, 0), g.minutes-1)
}

func (g *gen) in(ts int64, from, to time.Duration) bool {
	return ts >= g.off(from) && ts < g.off(to)
}

func (g *gen) at(ts int64, fn func(g *gen, ts int64)) {
	if ts < g.t0 || ts >= g.end {
		return
	}
	g.actions = append(g.actions, action{ts: ts, fn: fn})
}

func (g *gen) run(w io.Writer) (Stats, error) {
	slices.SortStableFunc(g.actions, func(a, b action) int { return cmp.Compare(a.ts, b.ts) })
	bw := bufio.NewWriterSize(w, 1<<18)
	st := Stats{ByService: map[string]int{}}
	for m := 0; m < g.minutes; m++ {
		lo := g.t0 + int64(m)*minuteNs
		hi := min(lo+minuteNs, g.end)
		for g.ai < len(g.actions) && g.actions[g.ai].ts < hi {
			a := g.actions[g.ai]
			g.ai++
			a.fn(g, a.ts)
		}
		for _, t := range g.tickers {
			t(g, lo)
		}
		for _, s := range g.streams {
			lam := s.rate * g.cfg.Rate
			if s.curve != nil {
				lam *= s.curve[m]
			}
			for n := g.poisson(lam); n > 0; n-- {
				ts := lo + g.rng.Int64N(hi-lo)
				s.fn(g, s.shop, ts)
			}
		}
		if err := g.flush(bw, hi, &st); err != nil {
			return st, err
		}
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("harbor: writing stream: %w", err)
	}
	return st, nil
}

// malformedP is the chance that a line reaches the stream truncated.
const malformedP = 1.0 / 90000

// flush writes the pending lines before hi, in time order.
func (g *gen) flush(w *bufio.Writer, hi int64, st *Stats) error {
	slices.SortFunc(g.pending, func(a, b entry) int {
		if c := cmp.Compare(a.ts, b.ts); c != 0 {
			return c
		}
		return cmp.Compare(a.seq, b.seq)
	})
	n := 0
	for n < len(g.pending) && g.pending[n].ts < hi {
		e := g.pending[n]
		n++
		b := e.b
		if e.svc != nil && g.rng.Float64() < malformedP {
			b = b[:len(b)/3+g.rng.IntN(len(b)/2)]
			st.Malformed++
		} else if e.svc == nil {
			st.Malformed++
		} else {
			st.ByService[e.svc.name]++
		}
		if st.Lines == 0 {
			st.First = time.Unix(0, e.ts).UTC()
		}
		st.Last = time.Unix(0, e.ts).UTC()
		st.Lines++
		st.Bytes += int64(len(b)) + 1
		w.Write(b)
		if err := w.WriteByte('\n'); err != nil {
			return fmt.Errorf("harbor: writing stream: %w", err)
		}
	}
	rest := copy(g.pending, g.pending[n:])
	clear(g.pending[rest:])
	g.pending = g.pending[:rest]
	return nil
}

// push queues an encoded line.
func (g *gen) push(ts int64, b []byte, svc *service) {
	if ts >= g.end || ts < g.t0 {
		return
	}
	if len(g.chunk)+len(b) > cap(g.chunk) {
		g.chunk = make([]byte, 0, max(1<<20, len(b)))
	}
	off := len(g.chunk)
	g.chunk = append(g.chunk, b...)
	g.seq++
	g.pending = append(g.pending, entry{ts: ts, seq: g.seq, b: g.chunk[off:len(g.chunk):len(g.chunk)], svc: svc})
}

// begin starts a line of svc: the fields every line has.
func (g *gen) begin(svc *service, ts int64, lv int, msg string) {
	ts -= ts % svc.st.resolution() // the line says no more, and keeps its place
	g.cur, g.curTS, g.curLv = svc, ts, lv
	g.fs = g.fs[:0]
	g.s("log.level", svc.st.levels[lv])
	if svc.logger != "" {
		g.s("log.logger", svc.logger)
	}
	g.s("message", msg)
	version, hosts := svc.version, svc.hosts
	if ts < svc.switchAt {
		version, hosts = svc.prevVersion, svc.prevHosts
	}
	g.s("service.name", svc.name)
	g.s("service.version", version)
	g.s("host.name", hosts[g.rng.IntN(len(hosts))])
}

// emit encodes the current line and queues it.
func (g *gen) emit() {
	svc := g.cur
	if svc.fileOffset {
		g.i("log.offset", svc.offset)
	}
	g.scratch = svc.st.encode(g.scratch[:0], g.curTS, g.fs)
	svc.offset += int64(len(g.scratch)) + 1
	g.push(g.curTS, g.scratch, svc)
}

func (g *gen) s(k, v string) { g.fs = append(g.fs, field{k: k, kind: 's', s: v}) }
func (g *gen) i(k string, v int64) {
	g.fs = append(g.fs, field{k: k, kind: 'i', n: v})
}
func (g *gen) f(k string, v float64, prec int) {
	g.fs = append(g.fs, field{k: k, kind: 'f', x: v, prec: prec})
}

// raw queues a line as is (not JSON).
func (g *gen) raw(ts int64, line string) { g.push(ts, []byte(line), nil) }

func (g *gen) poisson(lam float64) int {
	if lam <= 0 {
		return 0
	}
	if lam < 30 {
		l := math.Exp(-lam)
		k, p := 0, 1.0
		for {
			p *= g.rng.Float64()
			if p <= l {
				return k
			}
			k++
		}
	}
	return max(0, int(math.Round(lam+math.Sqrt(lam)*g.rng.NormFloat64())))
}

// lognorm draws a log-normal value with the given median.
func (g *gen) lognorm(median, sigma float64) float64 {
	return median * math.Exp(sigma*g.rng.NormFloat64())
}

func (g *gen) chance(p float64) bool { return g.rng.Float64() < p }

func (g *gen) hex(n int) string {
	b := make([]byte, n)
	for i := 0; i < n; i += 16 {
		x := g.rng.Uint64()
		for j := i; j < min(n, i+16); j++ {
			b[j] = hexDigits[x&0xf]
			x >>= 4
		}
	}
	return string(b)
}

func (g *gen) digits(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = byte('0' + g.rng.IntN(10))
	}
	return string(b)
}

const alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"

func (g *gen) code(n int) string {
	b := make([]byte, n)
	for i := range b {
		b[i] = alnum[g.rng.IntN(len(alnum))]
	}
	return string(b)
}

// pick returns an index drawn with the given weights.
func (g *gen) pick(ws []float64) int {
	var sum float64
	for _, w := range ws {
		sum += w
	}
	r := g.rng.Float64() * sum
	for i, w := range ws {
		if r < w {
			return i
		}
		r -= w
	}
	return len(ws) - 1
}

func ms(d float64) int64 { return int64(d * float64(time.Millisecond)) }
