package deploy

import (
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"time"

	"github.com/vigilops/vigil/event"
)

// adder is a Window or anything that spreads events over windows.
type adder interface{ Add(*event.Event) }

type eventT = event.Event

// t0 is the deploy time of the test scenarios.
var t0 = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)

// svc describes a simulated service's traffic.
type svc struct {
	name, version string
	rate          float64 // events per minute (at rhythm 1)
	rhythm, phase float64 // daily volume rhythm: 1 + rhythm·sin(2π(h−phase)/24)
	errRatio      float64
	burst         float64 // mean extra copies of an error line (bursty logging)
	httpShare     float64 // events with a status code and a duration
	r5xx, r429    float64 // among HTTP events
	latMedMs      float64 // lognormal latency median and sigma
	latSigma      float64
	syncShare     float64 // events with a sync delay
	delayMed      float64 // lognormal delay (s)
	delaySigma    float64
	codes         []string // error codes, drawn with weights 1, 1/2, 1/3…
	rareCode      string   // an occasional code, rareShare of errors
	rareShare     float64
}

// checkout is the reference service of the scenario tests: ~30 lines/min,
// 2 % errors.
func checkout() svc {
	return svc{
		name: "checkout", version: "1.8.0", rate: 30,
		errRatio: 0.02, httpShare: 0.6, r5xx: 0.005, r429: 0.01,
		latMedMs: 120, latSigma: 0.5,
		syncShare: 0.2, delayMed: 20, delaySigma: 0.6,
		codes: []string{"DB_TIMEOUT", "SHOP_API_ERROR", "VALIDATION_FAILED"},
	}
}

type gen struct {
	src    *rand.PCG
	rng    *rand.Rand
	ev     event.Event
	traces []string
}

func newGen(seed uint64) *gen {
	src := rand.NewPCG(seed, 0x9e3779b97f4a7c15)
	g := &gen{src: src, rng: rand.New(src)}
	for range 256 {
		g.traces = append(g.traces, strconv.FormatUint(g.rng.Uint64(), 16)+strconv.FormatUint(g.rng.Uint64(), 16))
	}
	return g
}

// fork returns a generator that goes on exactly as g would from here (the
// same random stream and trace ids), leaving g where it is.
func (g *gen) fork() *gen {
	src := *g.src
	return &gen{src: &src, rng: rand.New(&src), traces: slices.Clone(g.traces)}
}

func str(path, v string) event.Field {
	return event.Field{Path: path, Value: event.Value{Kind: event.String, Str: v}}
}

func num(path string, v float64) event.Field {
	return event.Field{Path: path, Value: event.Value{Kind: event.Number, Num: v}}
}

func (s *svc) mult(t time.Time) float64 {
	h := float64(t.Hour()) + float64(t.Minute())/60
	return 1 + s.rhythm*math.Sin(2*math.Pi*(h-s.phase)/24)
}

// feed adds the service's events in [from, to) to w: a Poisson stream
// whose rate follows the daily rhythm (by thinning).
func (g *gen) feed(w adder, s *svc, from, to time.Time) {
	if s.rate <= 0 {
		return
	}
	peak := s.rate * (1 + s.rhythm)
	t := from
	for {
		t = t.Add(time.Duration(g.rng.ExpFloat64() / peak * float64(time.Minute)))
		if !t.Before(to) {
			return
		}
		if s.rhythm > 0 && g.rng.Float64()*(1+s.rhythm) > s.mult(t) {
			continue
		}
		g.emit(w, s, t)
	}
}

func (g *gen) lognormal(median, sigma float64) float64 {
	return median * math.Exp(sigma*g.rng.NormFloat64())
}

func (g *gen) code(s *svc) string {
	if s.rareCode != "" && g.rng.Float64() < s.rareShare {
		return s.rareCode
	}
	var total float64
	for i := range s.codes {
		total += 1 / float64(i+1)
	}
	u := g.rng.Float64() * total
	for i, c := range s.codes {
		u -= 1 / float64(i+1)
		if u <= 0 {
			return c
		}
	}
	return s.codes[len(s.codes)-1]
}

// emit adds one event at t (and, for a bursty error, its repeats).
func (g *gen) emit(w adder, s *svc, t time.Time) {
	ev := &g.ev
	ev.Time = t
	isErr := g.rng.Float64() < s.errRatio
	level := "info"
	if isErr {
		level = "error"
	}
	f := append(ev.Fields[:0], str("service.name", s.name), str("service.version", s.version), str("log.level", level))
	if g.rng.Float64() < s.httpShare {
		status := 200.0
		switch u := g.rng.Float64(); {
		case u < s.r5xx:
			status = 503
		case u < s.r5xx+s.r429:
			status = 429
		}
		f = append(f, num("http.response.status_code", status), num("event.duration", math.Round(g.lognormal(s.latMedMs, s.latSigma)*1e6)))
	}
	if g.rng.Float64() < s.syncShare {
		f = append(f, num("sync.delay_seconds", math.Round(g.lognormal(s.delayMed, s.delaySigma)*10)/10))
	}
	if isErr && len(s.codes) > 0 {
		code := g.code(s)
		msg := code + ": call to shop S" + strconv.Itoa(g.rng.IntN(40)) + " failed after " + strconv.Itoa(100+g.rng.IntN(5000)) + " ms"
		f = append(f, str("error.code", code), str("error.message", msg), str("trace.id", g.traces[g.rng.IntN(len(g.traces))]))
	}
	ev.Fields = f
	w.Add(ev)
	if isErr && s.burst > 0 {
		for range g.poisson(s.burst) {
			ev.Time = ev.Time.Add(time.Duration(g.rng.IntN(500)) * time.Millisecond)
			w.Add(ev)
		}
	}
}

func (g *gen) poisson(mean float64) int {
	l, k, p := math.Exp(-mean), 0, 1.0
	for {
		p *= g.rng.Float64()
		if p <= l {
			return k
		}
		k++
	}
}

// inject adds n events carrying a new error code, spread over [from, to).
func (g *gen) inject(w *Window, n int, code, level string, from, to time.Time) {
	for i := range n {
		ev := &g.ev
		ev.Time = from.Add(time.Duration(float64(to.Sub(from)) * (float64(i) + 0.5) / float64(n)))
		ev.Fields = append(ev.Fields[:0], str("service.name", "checkout"), str("log.level", level),
			str("error.code", code), str("error.message", "gateway 'pay-eu-1' timed out after "+strconv.Itoa(3000+i)+" ms"),
			str("trace.id", g.traces[i%len(g.traces)]))
		w.Add(ev)
	}
}

// scenario is a deploy at t0: a baseline of the 2 hours before, an
// after-window of 10 minutes.
type scenario struct {
	seed        uint64
	before      svc
	after       svc
	afterLen    time.Duration // default 10 min
	dayBefore   *svc          // also a baseline of the same hours a day earlier
	extra       func(g *gen, after *Window)
	opt         Options
	noBaselines bool
}

func (sc scenario) windows() (*Window, []*Window) {
	g := newGen(sc.seed)
	bases := sc.baselines(g)
	return sc.afterWindow(g), bases
}

// baselines are the scenario's baseline windows, drawn from g: they do not
// depend on sc.after, sc.afterLen or sc.extra.
func (sc scenario) baselines(g *gen) []*Window {
	var bases []*Window
	if !sc.noBaselines {
		b := NewWindow(t0.Add(-2*time.Hour), t0)
		b.Label = "2 h before"
		g.feed(b, &sc.before, b.Start(), b.End())
		bases = append(bases, b)
		if sc.dayBefore != nil {
			d := NewWindow(t0.Add(-24*time.Hour-time.Hour), t0.Add(-24*time.Hour+time.Hour))
			d.Label = "1 day before"
			g.feed(d, sc.dayBefore, d.Start(), d.End())
			bases = append(bases, d)
		}
	}
	return bases
}

// afterWindow is the scenario's after-window, drawn from g once the
// baselines have been.
func (sc scenario) afterWindow(g *gen) *Window {
	al := sc.afterLen
	if al == 0 {
		al = 10 * time.Minute
	}
	a := NewWindow(t0, t0.Add(al))
	a.Label = "after"
	g.feed(a, &sc.after, a.Start(), a.End())
	if sc.extra != nil {
		sc.extra(g, a)
	}
	return a
}

func (sc scenario) run() Report {
	a, bases := sc.windows()
	return Compare(a, bases, sc.opt)
}
