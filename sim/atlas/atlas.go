package atlas

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
	// Start is the beginning of the span. The incident script is placed at
	// fixed offsets from it and was laid out for a Monday 00:00 UTC start;
	// the traffic rhythm follows each shop's local clock. Zero means
	// DefaultStart.
	Start time.Time
	// Duration is the span. Incidents and traps past its end are left out
	// of the ground truth. Zero means DefaultDuration.
	Duration time.Duration
	// Rate multiplies the arrival rate of all ordinary traffic (not of
	// scheduled lines: jobs, deploys, the incidents' own lines). Zero means
	// 1 (about 2.6 events/s on average).
	Rate float64
}

// Defaults.
var (
	DefaultStart    = time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC) // a Monday
	DefaultDuration = 60 * time.Hour
)

// DefaultConfig is the 60-hour run the ground truth is written for.
func DefaultConfig() Config {
	return Config{Seed: 20260302, Start: DefaultStart, Duration: DefaultDuration, Rate: 1}
}

func (c Config) withDefaults() Config {
	if c.Start.IsZero() {
		c.Start = DefaultStart
	}
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
	return newPlan(c.Start, c.Duration).truth()
}

// stream is one Poisson arrival process: a kind of line of one service,
// for one shop or for the whole store.
type stream struct {
	svc   *service
	shop  *shop
	rate  float64   // lines per minute where the curve is 1
	curve []float32 // per-minute multiplier
	kind  int
	emit  func(g *gen, st *stream, r *rec)
}

// entry is one encoded line of the current minute.
type entry struct {
	ts       int64
	seq      int32
	off, end int32
	svc      *service
}

type gen struct {
	cfg     Config
	rng     *rand.Rand
	p       *plan
	minutes int

	shops    []*shop
	shopByID map[string]*shop
	svcs     map[string]*service
	streams  []*stream
	sched    []rec // lines at planned times, sorted by ts
	buyers   map[string][]*buyer
	orderSeq int64

	qOMS, qPay, qCatalog, qBurst quota

	w       jw
	tsBuf   []byte
	arena   []byte
	entries []entry
	seq     int32
}

// Generate writes the stream of cfg to w as NDJSON, in event-time order,
// and returns its ground truth.
func Generate(cfg Config, w io.Writer) (Truth, error) {
	cfg = cfg.withDefaults()
	g, err := newGen(cfg)
	if err != nil {
		return Truth{}, err
	}
	truth := g.p.truth()
	st, err := g.run(w)
	truth.Stats = st
	return truth, err
}

func newGen(cfg Config) (*gen, error) {
	seed := uint64(cfg.Seed)
	g := &gen{
		cfg:      cfg,
		rng:      rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		p:        newPlan(cfg.Start, cfg.Duration),
		minutes:  int((cfg.Duration + time.Minute - 1) / time.Minute),
		shops:    shopTable(),
		shopByID: map[string]*shop{},
		svcs:     map[string]*service{},
		arena:    make([]byte, 0, 1<<20),
		tsBuf:    make([]byte, 0, 40),
	}
	for _, s := range serviceTable() {
		g.svcs[s.name] = s
	}
	for _, sh := range g.shops {
		loc, err := time.LoadLocation(sh.tz)
		if err != nil {
			return nil, fmt.Errorf("atlas: time zone of shop %s: %w", sh.id, err)
		}
		sh.loc = loc
		sh.curve = make([]float32, g.minutes)
		for m := range sh.curve {
			sh.curve[m] = float32(localCurve(time.Unix(0, g.p.start+int64(m)*minuteNs), loc))
		}
		g.shopByID[sh.id] = sh
	}
	for _, q := range []*quota{&g.qOMS, &g.qPay, &g.qCatalog, &g.qBurst} {
		q.acc = g.rng.Float64()
	}
	g.buildDeploys()
	g.buildBuyers(seed)
	g.buildStreams()
	g.buildSchedule()
	return g, nil
}

func (g *gen) buildDeploys() {
	for _, d := range benignDeploys {
		s := g.svcs[d.svc]
		s.deploys = append(s.deploys, deployAt{at: g.p.start + int64(d.off), version: d.version})
	}
	oms := g.svcs[svcOMS]
	oms.deploys = append(oms.deploys,
		deployAt{at: g.p.deployBad.from, version: badVersion},
		deployAt{at: g.p.deployBad.to, version: goodOMSVersion, rollback: true})
	for _, s := range g.svcs {
		slices.SortFunc(s.deploys, func(a, b deployAt) int { return cmp.Compare(a.at, b.at) })
	}
}

// storeCurve is the traffic-weighted mean of the shop curves; flat mixes it
// with a constant for services whose load is partly machine-driven.
func (g *gen) storeCurve(flat float64) []float32 {
	c := make([]float32, g.minutes)
	tot := 0.0
	for _, sh := range g.shops {
		tot += sh.weight
	}
	for m := range c {
		v := 0.0
		for _, sh := range g.shops {
			v += sh.weight * float64(sh.curve[m])
		}
		c[m] = float32(flat + (1-flat)*v/tot)
	}
	return c
}

func (g *gen) hqCurve(flat float64) []float32 {
	loc, _ := time.LoadLocation("Asia/Singapore")
	c := make([]float32, g.minutes)
	for m := range c {
		c[m] = float32(flat + (1-flat)*localCurve(time.Unix(0, g.p.start+int64(m)*minuteNs), loc))
	}
	return c
}

func (g *gen) buildStreams() {
	ones := make([]float32, g.minutes)
	for i := range ones {
		ones[i] = 1
	}
	add := func(svc string, sh *shop, rate float64, curve []float32, kind int, emit func(*gen, *stream, *rec)) {
		g.streams = append(g.streams, &stream{svc: g.svcs[svc], shop: sh, rate: rate, curve: curve, kind: kind, emit: emit})
	}
	for _, sh := range g.shops {
		w := sh.weight
		add(svcOMS, sh, 4.0*w, sh.curve, 0, emitOMS)
		add(svcStock, sh, 1.5*w, sh.curve, kindInventory, emitStock)
		add(svcStock, sh, 0.45*w, sh.curve, kindPrice, emitStock)
		add(svcWMS, sh, 0.7*w, sh.curve, 0, emitWMS)
		if sh.platform != "amazon" {
			add(svcPay, sh, 1.1*w, sh.curve, 0, emitPay)
		}
		switch sh.platform {
		case "amazon":
			add(svcSPAPI, sh, 1.6*w, sh.curve, 0, emitSPAPI)
		case "shopify":
			add(svcStorefront, sh, 2.5*w, sh.curve, 0, emitStorefront)
		case "shopee":
			add(svcShopee, sh, 3.5*w, sh.curve, 0, emitShopee)
		case "lazada":
			add(svcLazada, sh, 2.5*w, sh.curve, 0, emitLazada)
		case "tiktok":
			add(svcTikTok, sh, 3.0*w, sh.curve, 0, emitTikTok)
		}
	}
	add(svcCatalog, nil, 30, g.storeCurve(0.7), 0, emitCatalog)
	add(svcERP, nil, 6, g.hqCurve(0.45), 0, emitERP)
	add(svcSPAPI, g.shopByID["AMZ-DE-01"], 1.5, ones, kindSteady, emitSPAPI)
}

// poisson draws a Poisson variate of mean lam.
func (g *gen) poisson(lam float64) int {
	if lam <= 0 {
		return 0
	}
	if lam < 30 {
		l := math.Exp(-lam)
		k, p := 0, g.rng.Float64()
		for p > l {
			k++
			p *= g.rng.Float64()
		}
		return k
	}
	n := math.Round(lam + math.Sqrt(lam)*g.rng.NormFloat64())
	return int(max(n, 0))
}

// push encodes r into the current minute.
func (g *gen) push(r *rec) {
	prec := r.svc.schema.precision()
	r.ts -= r.ts % prec
	g.w.b = g.arena
	off := len(g.w.b)
	g.encode(&g.w, r)
	g.arena = g.w.b
	g.entries = append(g.entries, entry{ts: r.ts, seq: g.seq, off: int32(off), end: int32(len(g.arena)), svc: r.svc})
	g.seq++
}

func (g *gen) run(out io.Writer) (Stats, error) {
	bw := bufio.NewWriterSize(out, 1<<20)
	st := Stats{ByService: map[string]int{}}
	var r rec
	si := 0
	malformed := map[int]bool{}
	for _, off := range malformedAt {
		malformed[int(off/time.Minute)] = true
	}
	for m := 0; m < g.minutes; m++ {
		t0 := g.p.start + int64(m)*minuteNs
		t1 := min(t0+minuteNs, g.p.end)
		g.arena, g.entries, g.seq = g.arena[:0], g.entries[:0], 0
		mult := g.cfg.Rate
		if g.p.flash.has(t0) {
			mult *= 3
		}
		for _, s := range g.streams {
			if s.svc.name == svcWMS && g.p.maintDark.has(t0) {
				continue
			}
			n := g.poisson(s.rate * float64(s.curve[m]) * mult * float64(t1-t0) / float64(minuteNs))
			for range n {
				r = rec{ts: t0 + g.rng.Int64N(t1-t0), svc: s.svc, shop: s.shop}
				r.host = s.svc.host(g, r.ts)
				s.emit(g, s, &r)
				g.push(&r)
			}
		}
		for ; si < len(g.sched) && g.sched[si].ts < t1; si++ {
			r = g.sched[si]
			g.push(&r)
		}
		slices.SortFunc(g.entries, func(a, b entry) int {
			if c := cmp.Compare(a.ts, b.ts); c != 0 {
				return c
			}
			return cmp.Compare(a.seq, b.seq)
		})
		cut := -1
		if malformed[m] && len(g.entries) > 0 {
			cut = len(g.entries) / 2
		}
		for i, e := range g.entries {
			line := g.arena[e.off:e.end]
			if i == cut {
				line = line[:len(line)*3/5]
				st.Malformed++
			} else {
				st.ByService[e.svc.name]++
			}
			if st.Lines == 0 {
				st.First = utc(e.ts)
			}
			st.Last = utc(e.ts)
			st.Lines++
			st.Bytes += int64(len(line)) + 1
			bw.Write(line)
			if err := bw.WriteByte('\n'); err != nil {
				return st, fmt.Errorf("atlas: writing line %d: %w", st.Lines, err)
			}
		}
	}
	if err := bw.Flush(); err != nil {
		return st, fmt.Errorf("atlas: writing: %w", err)
	}
	return st, nil
}
