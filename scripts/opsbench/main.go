// Command opsbench writes "opsbench", an evaluation corpus of synthetic but
// realistic operations-monitoring time series with labelled incidents, in
// the layout of the Numenta Anomaly Benchmark (NAB):
//
//	DIR/data/<category>/<file>.csv        timestamp,value
//	DIR/labels/combined_windows.json      NAB anomaly windows (what nabscore reads)
//	DIR/labels/combined_labels.json       incident start timestamps (NAB's label file)
//	DIR/labels/opsbench_incidents.json    every incident and unlabelled event, described
//
// The corpus is written for scoring a detector on data it was never tuned on.
// Its generator knows nothing about any detector. Output is a pure function
// of -seed: the same seed always gives byte-identical files.
//
// Usage:
//
//	go run ./scripts/opsbench -out DIR [-seed N] [-force] [-list]
//
// See README.md for the series families and their incidents.
package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

const (
	minute = time.Minute
	hour   = time.Hour
	day    = 24 * time.Hour
	week   = 7 * day

	tsLayout     = "2006-01-02 15:04:05"
	windowLayout = "2006-01-02 15:04:05.000000"

	// NAB conventions (NAB v1.1 labeler and scorer).
	windowFraction    = 0.10 // all windows of a file together span 10% of its rows
	probationFraction = 0.15 // the first 15% of rows (at most 750) are not scored
	probationCap      = 750
)

// ---------------------------------------------------------------------------
// Random variates (math/rand/v2 only; deterministic for a given seed).

type gen struct{ r *rand.Rand }

// u is uniform in [a, b).
func (g *gen) u(a, b float64) float64 { return a + (b-a)*g.r.Float64() }

// n is a uniform integer in [a, b].
func (g *gen) n(a, b int) int { return a + g.r.IntN(b-a+1) }

// d is a duration uniform in [a, b], rounded to the minute.
func (g *gen) d(a, b time.Duration) time.Duration {
	return time.Duration(g.u(float64(a), float64(b))).Round(minute)
}

// gamma draws Gamma(shape a, scale 1) (Marsaglia and Tsang).
func gamma(r *rand.Rand, a float64) float64 {
	if a < 1 {
		return gamma(r, a+1) * math.Pow(r.Float64(), 1/a)
	}
	d := a - 1.0/3
	c := 1 / math.Sqrt(9*d)
	for {
		x := r.NormFloat64()
		v := 1 + c*x
		if v <= 0 {
			continue
		}
		v = v * v * v
		u := r.Float64()
		if u < 1-0.0331*x*x*x*x || math.Log(u) < 0.5*x*x+d*(1-v+math.Log(v)) {
			return d * v
		}
	}
}

// poisson draws a Poisson count: multiplication for small means, Hörmann's
// transformed rejection (PTRS) otherwise.
func poisson(r *rand.Rand, lam float64) int {
	if lam <= 0 {
		return 0
	}
	if lam < 30 {
		l, k, p := math.Exp(-lam), 0, r.Float64()
		for p > l {
			k++
			p *= r.Float64()
		}
		return k
	}
	slam, loglam := math.Sqrt(lam), math.Log(lam)
	b := 0.931 + 2.53*slam
	a := -0.059 + 0.02483*b
	invalpha := 1.1239 + 1.1328/(b-3.4)
	vr := 0.9277 - 3.6224/(b-2)
	for {
		u := r.Float64() - 0.5
		v := r.Float64()
		us := 0.5 - math.Abs(u)
		k := math.Floor((2*a/us+b)*u + lam + 0.43)
		if us >= 0.07 && v <= vr {
			return int(k)
		}
		if k < 0 || (us < 0.013 && v > us) {
			continue
		}
		lg, _ := math.Lgamma(k + 1)
		if math.Log(v)+math.Log(invalpha)-math.Log(a/(us*us)+b) <= -lam+k*loglam-lg {
			return int(k)
		}
	}
}

// negbin draws a count with mean m: Poisson when disp is 0, otherwise a
// gamma-Poisson mixture with shape disp (variance m + m^2/disp).
func negbin(r *rand.Rand, m, disp float64) int {
	if m <= 0 {
		return 0
	}
	if disp > 0 {
		m *= gamma(r, disp) / disp
	}
	return poisson(r, m)
}

// student draws a Student-t variate scaled to unit variance (df > 2), or a
// standard normal when df is 0.
func student(r *rand.Rand, df float64) float64 {
	z := r.NormFloat64()
	if df <= 0 {
		return z
	}
	chi2 := 2 * gamma(r, df/2)
	return z / math.Sqrt(chi2/df) * math.Sqrt((df-2)/df)
}

// ---------------------------------------------------------------------------
// Observation noise

type noiseKind int

const (
	counts   noiseKind = iota // integer counts: negative binomial around the mean
	relative                  // m * (1 + cv*T): rates, gauges
	skewed                    // m * exp(cv*T - cv^2/2): latencies (log-normal-ish)
	ratio                     // scale * NB(m*den/scale) / den: error/crash rates
)

type noise struct {
	kind  noiseKind
	disp  float64 // counts, ratio: negative-binomial shape (0 = Poisson)
	cv    float64 // relative, skewed: coefficient of variation of one point
	df    float64 // Student-t degrees of freedom of T (0 = Gaussian)
	arSD  float64 // slow multiplicative AR(1) drift: stationary sd (log scale)
	arPhi float64 // ... and its lag-1 correlation
	scale float64 // ratio: units of the rate (100 = percent, 1e4 = per 10k)
	// den is the ratio's denominator per point (sessions, requests).
	den func(t time.Time) float64
	// cvMul, if set, scales cv over time (latency is noisier at low traffic).
	cvMul func(t time.Time) float64
}

func (n *noise) curCV(t time.Time) float64 {
	if n.cvMul != nil {
		return n.cv * n.cvMul(t)
	}
	return n.cv
}

// sigma is the standard deviation of one observation whose mean is m.
func (n *noise) sigma(m float64, t time.Time) float64 {
	ar2 := n.arSD * n.arSD
	switch n.kind {
	case counts:
		v := m + m*m*ar2
		if n.disp > 0 {
			v += m * m / n.disp
		}
		return math.Sqrt(v)
	case ratio:
		den := n.den(t)
		lam := m * den / n.scale
		v := lam
		if n.disp > 0 {
			v += lam * lam / n.disp
		}
		s := n.scale * math.Sqrt(v) / den
		return math.Sqrt(s*s + m*m*ar2)
	default:
		cv := n.curCV(t)
		return m * math.Sqrt(cv*cv+ar2)
	}
}

// shift moves mean m by z standard deviations (multiplicatively for skewed
// series, where a sigma is a log-scale step).
func (n *noise) shift(m, z float64, t time.Time) float64 {
	if z == 0 {
		return m
	}
	if n.kind == skewed {
		cv := n.curCV(t)
		return m * math.Exp(z*math.Sqrt(cv*cv+n.arSD*n.arSD))
	}
	return math.Max(m+z*n.sigma(m, t), 0.02*m)
}

// sample draws one observation with mean m; ar carries the drift state.
func (n *noise) sample(r *rand.Rand, m float64, t time.Time, ar *float64) float64 {
	if n.arSD > 0 {
		*ar = n.arPhi**ar + n.arSD*math.Sqrt(1-n.arPhi*n.arPhi)*r.NormFloat64()
		m *= math.Exp(*ar - n.arSD*n.arSD/2)
	}
	switch n.kind {
	case counts:
		return float64(negbin(r, m, n.disp))
	case ratio:
		den := n.den(t)
		return n.scale * float64(negbin(r, m*den/n.scale, n.disp)) / den
	case relative:
		return math.Max(0, m*(1+n.curCV(t)*student(r, n.df)))
	default: // skewed
		cv := n.curCV(t)
		return m * math.Exp(cv*student(r, n.df)-cv*cv/2)
	}
}

// ---------------------------------------------------------------------------
// Seasonal profiles

// Daily shapes, one value per hour of day (00:00 ... 23:00), peak 1.
var (
	// consumer apps and sites: night trough, evening peak.
	dayConsumer = [24]float64{0.45, 0.33, 0.26, 0.22, 0.21, 0.24, 0.33, 0.48, 0.62, 0.70, 0.74, 0.78, 0.82, 0.80, 0.78, 0.78, 0.80, 0.85, 0.92, 0.98, 1.00, 0.96, 0.82, 0.62}
	// business software: office hours with a lunch dip, quiet nights.
	dayBusiness = [24]float64{0.12, 0.10, 0.09, 0.09, 0.10, 0.13, 0.22, 0.45, 0.78, 0.95, 1.00, 0.97, 0.85, 0.92, 0.98, 0.96, 0.88, 0.70, 0.48, 0.35, 0.28, 0.22, 0.18, 0.14}
	// online shopping: a lunch shoulder and a long evening peak.
	dayShopping = [24]float64{0.30, 0.18, 0.11, 0.08, 0.07, 0.09, 0.16, 0.30, 0.45, 0.55, 0.62, 0.68, 0.74, 0.70, 0.66, 0.66, 0.70, 0.78, 0.88, 0.97, 1.00, 0.95, 0.78, 0.52}
	// food and grocery delivery: lunch and dinner peaks, almost nothing at night.
	dayMeals = [24]float64{0.06, 0.03, 0.02, 0.01, 0.01, 0.02, 0.05, 0.12, 0.22, 0.30, 0.42, 0.65, 0.80, 0.62, 0.40, 0.35, 0.45, 0.70, 0.92, 1.00, 0.78, 0.48, 0.25, 0.12}
	// infrastructure: a mild daily swing.
	dayInfra = [24]float64{0.82, 0.79, 0.77, 0.76, 0.76, 0.78, 0.82, 0.87, 0.92, 0.95, 0.97, 0.98, 0.99, 0.99, 0.98, 0.98, 0.99, 1.00, 1.00, 0.99, 0.97, 0.94, 0.90, 0.86}
	// flat: no daily pattern.
	dayFlat = [24]float64{1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1}
)

// Weekly factors, Monday first.
var (
	weekConsumer = [7]float64{0.96, 0.95, 0.97, 0.98, 1.03, 1.12, 1.10}
	weekBusiness = [7]float64{1.00, 1.02, 1.00, 0.98, 0.90, 0.32, 0.27}
	weekShopping = [7]float64{0.93, 0.92, 0.94, 0.97, 1.04, 1.16, 1.22}
	weekGrocery  = [7]float64{1.00, 0.95, 0.96, 1.02, 1.12, 1.28, 0.14} // closed on Sundays
	weekFlat     = [7]float64{1, 1, 1, 1, 1, 1, 1}
)

func hourOf(t time.Time) float64 {
	return float64(t.Hour()) + float64(t.Minute())/60 + float64(t.Second())/3600
}

// daily interpolates an hourly shape smoothly (cosine between hours).
func daily(s *[24]float64, t time.Time) float64 {
	h := hourOf(t)
	i := int(h)
	w := (1 - math.Cos(math.Pi*(h-float64(i)))) / 2
	return s[i]*(1-w) + s[(i+1)%24]*w
}

// weekly blends the weekday factors over the six hours around midnight.
func weekly(f *[7]float64, t time.Time) float64 {
	d := (int(t.Weekday()) + 6) % 7
	h := hourOf(t)
	switch {
	case h < 3:
		w := (3 - h) / 6
		return f[d]*(1-w) + f[(d+6)%7]*w
	case h > 21:
		w := (h - 21) / 6
		return f[d]*(1-w) + f[(d+1)%7]*w
	}
	return f[d]
}

// window returns a smooth 0..1 bump that is 1 between hours a and b of each
// day (b may pass midnight) with edge ramps of e hours.
func window(t time.Time, a, b, e float64) float64 {
	h := hourOf(t)
	if b < a {
		b += 24
		if h < a-e {
			h += 24
		}
	}
	switch {
	case h < a-e || h > b+e:
		return 0
	case h < a:
		return (h - (a - e)) / e
	case h > b:
		return ((b + e) - h) / e
	}
	return 1
}

// profile is a traffic shape: daily x weekly x slow trend x day-to-day jitter.
type profile struct {
	day    *[24]float64
	week   *[7]float64
	start  time.Time
	span   time.Duration
	trend  float64   // relative growth over the whole span
	jitter []float64 // one multiplicative factor per day, interpolated at noon
}

func (g *gen) profile(d *[24]float64, w *[7]float64, start time.Time, span time.Duration, trend, jitterSD float64) *profile {
	p := &profile{day: d, week: w, start: start, span: span, trend: trend}
	for i := 0; i <= int(span/day)+2; i++ {
		p.jitter = append(p.jitter, math.Exp(jitterSD*g.r.NormFloat64()))
	}
	return p
}

func (p *profile) at(t time.Time) float64 {
	el := t.Sub(p.start)
	x := el.Hours()/24 - 0.5
	i := int(math.Floor(x))
	f := x - float64(i)
	j0, j1 := p.jitter[max(i, 0)], p.jitter[max(i+1, 0)]
	return daily(p.day, t) * weekly(p.week, t) * (1 + p.trend*float64(el)/float64(p.span)) * (j0*(1-f) + j1*f)
}

// ---------------------------------------------------------------------------
// Series specifications

type shape int

const (
	flat  shape = iota // full strength for the whole duration
	decay              // sharp onset, decays towards normal
	ramp               // grows from nothing to full strength, then stops abruptly
	tri                // rises to full strength halfway, then falls
)

var shapeNames = [...]string{"flat", "decaying", "ramping", "triangular"}

func (s shape) weight(k, d int) float64 {
	switch s {
	case decay:
		return math.Exp(-2.5 * float64(k) / float64(d))
	case ramp:
		return float64(k+1) / float64(d)
	case tri:
		x := (float64(k) + 0.5) / float64(d)
		return 1 - math.Abs(2*x-1)
	}
	return 1
}

// incident is one labelled anomaly. At full strength the mean becomes
// shift(mean*mul + add, z): mul is a multiplier, add an absolute amount, z a
// shift in standard deviations of the series' noise.
type incident struct {
	kind  string
	dur   time.Duration
	mul   float64 // multiplier at full strength (0 = down to nothing)
	add   float64
	z     float64
	shape shape
	then  *incident     // a second phase right after this one (e.g. backlog catch-up)
	gap   time.Duration // in a group: start offset from the previous incident's start
	note  string
	at    func(time.Time) bool // if set, the incident starts at such a time
}

func (i incident) after(d time.Duration) incident { i.gap = d; return i }
func (i incident) why(s string) incident          { i.note = s; return i }
func (i incident) andThen(n incident) incident    { i.then = &n; return i }

// when restricts the start of an incident (or, below, of a benign event).
func (i incident) when(f func(time.Time) bool) incident { i.at = f; return i }

// hours is true from hour a (inclusive) to hour b (exclusive), passing
// midnight if b < a.
func hours(a, b int) func(time.Time) bool {
	return func(t time.Time) bool {
		h := t.Hour()
		if a <= b {
			return h >= a && h < b
		}
		return h >= a || h < b
	}
}

// weekdayHours is hours(a, b) from Monday to Friday.
func weekdayHours(a, b int) func(time.Time) bool {
	return func(t time.Time) bool {
		return t.Weekday() != time.Saturday && t.Weekday() != time.Sunday && hours(a, b)(t)
	}
}

// weekendHours is hours(a, b) on Saturdays and Sundays.
func weekendHours(a, b int) func(time.Time) bool {
	return func(t time.Time) bool {
		return (t.Weekday() == time.Saturday || t.Weekday() == time.Sunday) && hours(a, b)(t)
	}
}

func mulInc(kind string, dur time.Duration, mul float64, s shape) incident {
	return incident{kind: kind, dur: dur, mul: mul, shape: s}
}
func sdInc(kind string, dur time.Duration, z float64, s shape) incident {
	return incident{kind: kind, dur: dur, mul: 1, z: z, shape: s}
}
func addInc(kind string, dur time.Duration, add float64, s shape) incident {
	return incident{kind: kind, dur: dur, mul: 1, add: add, shape: s}
}

func (i incident) size() string {
	var parts []string
	if i.mul != 1 {
		parts = append(parts, fmt.Sprintf("x%.3g", i.mul))
	}
	if i.add != 0 {
		parts = append(parts, fmt.Sprintf("%+.3g per point", i.add))
	}
	if i.z != 0 {
		parts = append(parts, fmt.Sprintf("%+.2g sd", i.z))
	}
	s := strings.Join(parts, " ") + " " + shapeNames[i.shape]
	if i.then != nil {
		s += ", then " + i.then.size() + " for " + fmtDur(i.then.dur)
	}
	return s
}

// benign is an unlabelled event: a permanent level shift (deploy, migration)
// or a planned campaign with a gradual ramp. A good detector adapts to it.
type benign struct {
	kind string        // "level-shift" or "campaign"
	mul  float64       // new level / old level, or the campaign's peak factor
	up   time.Duration // rollout or ramp-up time
	hold time.Duration // campaign plateau
	down time.Duration // campaign decay
	note string
	at   func(time.Time) bool
}

func levelShift(mul float64, rollout time.Duration, note string) item {
	return item{ben: &benign{kind: "level-shift", mul: mul, up: rollout, note: note}}
}

func campaign(mul float64, up, hold, down time.Duration, at func(time.Time) bool, note string) item {
	return item{ben: &benign{kind: "campaign", mul: mul, up: up, hold: hold, down: down, at: at, note: note}}
}

// item is a group of incidents (placed together: the second one a set time
// after the first, ...) or one benign event.
type item struct {
	incs []incident
	ben  *benign
}

// when is the start-time restriction of the item, if any.
func (it item) when() func(time.Time) bool {
	if it.ben != nil {
		return it.ben.at
	}
	return it.incs[0].at
}

func one(i incident) item { return item{incs: []incident{i}} }
func group(first incident, rest ...incident) item {
	return item{incs: append([]incident{first}, rest...)}
}

type spec struct {
	name     string
	desc     string
	start    time.Time
	step     time.Duration
	span     time.Duration
	quiet    time.Duration // nothing labelled or benign happens before start+quiet
	decimals int           // <0: integer values
	max      float64       // if > 0, values are capped (percentages)
	noise    noise
	base     func(t time.Time) float64
	gaps     int // collection gaps (missing timestamps) ...
	gapMax   int // ... of 1..gapMax points each
	items    []item
	ordered  bool // keep items in the given order instead of shuffling them
}

func date(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// ---------------------------------------------------------------------------
// The corpus

type entry struct {
	name string
	fn   func(g *gen) *spec
}

type family struct {
	cat   string
	title string
	specs []entry
}

// families is the whole corpus. Names end in the sampling interval.
var families = []family{
	{"opsCrashRates", "hourly crash and error rates", crashSpecs},
	{"opsApiTraffic", "per-minute API request and error rates", trafficSpecs},
	{"opsApiLatency", "API and backend latencies (ms)", latencySpecs},
	{"opsPurchases", "purchase and order counts", purchaseSpecs},
	{"opsLowCounts", "counts near zero", lowCountSpecs},
	{"opsLevelShifts", "series with benign level switches", levelSpecs},
}

// ---- hourly crash and error rates -----------------------------------------

var crashSpecs = []entry{
	{"ios_app_crashes_hourly", func(g *gen) *spec {
		start, span := date("2024-02-07"), 6*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.08, 0.04)
		return &spec{
			desc: "crashes per hour reported by an iOS app (~180k sessions/h at peak)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 40, arSD: 0.08, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 4 + 110*p.at(t) },
			gaps:  3, gapMax: 1,
			items: []item{
				group(mulInc("spike", g.d(6*hour, 10*hour), g.u(6, 9), decay).why("bad release: crash on launch until the hotfix"),
					mulInc("spike", g.d(2*hour, 3*hour), g.u(1.5, 1.8), flat).after(g.d(2*day, 4*day)).why("small regression days after the big one")),
				group(mulInc("spike", hour, g.u(2.3, 2.8), flat).why("feature flag flipped on, then off"),
					mulInc("spike", 2*hour, g.u(2.6, 3.2), flat).after(g.d(13*hour, 18*hour)).why("same flag flipped on again hours later")),
				one(sdInc("spike", hour, g.u(8, 10), flat).why("one-hour crash burst")),
				one(sdInc("subtle", g.d(4*hour, 6*hour), g.u(3.2, 3.8), flat).why("slight rise from one device model")),
				one(mulInc("spike", 3*hour, g.u(2, 2.4), flat)),
				one(mulInc("degradation", 8*hour, g.u(2.3, 2.8), ramp).why("memory leak, crash rate grows until restart")),
				one(mulInc("spike", hour, g.u(12, 16), flat).why("crash loop from a corrupt remote config")),
			},
		}
	}},
	{"android_crash_rate_per_10k_sessions_hourly", func(g *gen) *spec {
		start, span := date("2023-09-13"), 8*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.05, 0.05)
		sess := func(t time.Time) float64 { return 250000 * p.at(t) }
		return &spec{
			desc: "Android crashes per 10k sessions per hour; the rate is noisier at night (fewer sessions)",
			step: hour, start: start, span: span, quiet: week, decimals: 2,
			noise: noise{kind: ratio, scale: 1e4, den: sess, disp: 30, arSD: 0.06, arPhi: 0.92},
			base:  func(t time.Time) float64 { return 8.5 * (1 + 0.18*(1-daily(&dayConsumer, t))) },
			items: []item{
				group(mulInc("spike", g.d(10*hour, 14*hour), g.u(3.5, 4.5), decay).why("crash in new app version, fixed by staged rollback"),
					mulInc("spike", g.d(2*hour, 4*hour), g.u(1.5, 1.7), flat).after(g.d(3*day, 5*day)).why("small, days after the big one")),
				group(mulInc("spike", g.d(3*hour, 5*hour), g.u(2.8, 3.4), flat).why("OEM system update breaks the webview"),
					sdInc("spike", 2*hour, g.u(5, 6), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(sdInc("spike", hour, g.u(9, 11), flat)),
				one(sdInc("subtle", 6*hour, g.u(3.2, 3.6), flat).why("slow rise on one Android version")),
				one(mulInc("drop", 4*hour, 0.04, flat).why("crash reporting pipeline down: rate drops to ~0")),
				group(mulInc("spike", 2*hour, g.u(2.2, 2.6), flat),
					mulInc("spike", hour, g.u(2.5, 3), flat).after(g.d(14*hour, 20*hour)).why("second spike hours later")),
				one(mulInc("spike", 5*hour, g.u(1.9, 2.2), tri)),
			},
		}
	}},
	{"backend_5xx_errors_hourly", func(g *gen) *spec {
		start, span := date("2024-05-02"), 5*week
		p := g.profile(&dayBusiness, &weekBusiness, start, span, 0.04, 0.06)
		return &spec{
			desc: "HTTP 5xx responses per hour of a B2B backend (~15-30 at night, ~300 at weekday peaks, under 100 at weekends)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 15, arSD: 0.15, arPhi: 0.85},
			base:  func(t time.Time) float64 { return 6 + 290*p.at(t) },
			gaps:  2, gapMax: 2,
			items: []item{
				one(mulInc("spike", hour, g.u(7, 9), flat).why("bad deploy, rolled back within the hour")),
				group(mulInc("spike", g.d(3*hour, 4*hour), g.u(18, 24), decay).why("database failover"),
					mulInc("spike", 2*hour, g.u(1.8, 2.2), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				group(mulInc("spike", hour, g.u(3, 4), flat),
					mulInc("spike", hour, g.u(3, 4), flat).after(g.d(13*hour, 16*hour)).why("the same cron job fails again hours later")),
				one(mulInc("spike", 4*hour, g.u(4, 6), flat).when(weekendHours(10, 16)).why("errors on a weekend, when the level is low anyway")),
				one(sdInc("subtle", 5*hour, g.u(3.5, 4), flat)),
				one(sdInc("spike", hour, g.u(10, 12), flat).why("single-hour burst")),
			},
		}
	}},
	{"checkout_exceptions_hourly", func(g *gen) *spec {
		start, span := date("2024-01-10"), 6*week
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.0, 0.07)
		return &spec{
			desc: "unhandled exceptions per hour in a checkout service; heavy-tailed, overdispersed",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 8, arSD: 0.2, arPhi: 0.8},
			base:  func(t time.Time) float64 { return 12 + 48*p.at(t) },
			gaps:  6, gapMax: 3,
			items: []item{
				group(mulInc("spike", g.d(5*hour, 7*hour), g.u(8, 11), decay).why("payment SDK upgrade throws on one card type"),
					mulInc("spike", 2*hour, g.u(2.2, 2.6), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("spike", hour, g.u(6, 8), flat)),
				one(mulInc("spike", 2*hour, g.u(3, 3.5), flat)),
				one(sdInc("subtle", 6*hour, g.u(3.4, 4), flat)),
				group(mulInc("spike", 3*hour, g.u(3, 4), flat),
					mulInc("spike", 2*hour, g.u(4, 5), flat).after(g.d(16*hour, 22*hour)).why("recurs the next day")),
				one(mulInc("degradation", 6*hour, g.u(3, 4), ramp)),
			},
		}
	}},
	{"web_js_error_rate_pct_hourly", func(g *gen) *spec {
		start, span := date("2024-06-05"), 4*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.03, 0.04)
		views := func(t time.Time) float64 { return 400000 * p.at(t) }
		return &spec{
			desc: "percent of page views with a JavaScript error, per hour",
			step: hour, start: start, span: span, quiet: week, decimals: 3, max: 100,
			noise: noise{kind: ratio, scale: 100, den: views, disp: 50, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 0.9 },
			items: []item{
				one(mulInc("spike", g.d(2*hour, 5*hour), g.u(2.6, 3.4), flat).why("bad frontend deploy until rollback")),
				one(mulInc("spike", 6*hour, g.u(1.7, 2), flat).why("third-party script fails to load")),
				one(sdInc("subtle", 8*hour, g.u(3.2, 3.8), flat)),
				group(mulInc("spike", 3*hour, g.u(5, 7), decay).why("CDN serves a stale bundle"),
					mulInc("spike", 2*hour, g.u(1.5, 1.8), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(mulInc("spike", hour, g.u(4, 5), flat)),
				levelShift(0.72, 2*hour, "error filter deployed: known browser-extension errors dropped (permanent, unlabelled)"),
			},
		}
	}},
	{"payment_decline_rate_pct_hourly", func(g *gen) *spec {
		start, span := date("2024-03-06"), 6*week
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.05, 0.05)
		attempts := func(t time.Time) float64 { return 12000 * p.at(t) }
		return &spec{
			desc: "percent of card payments declined per hour (~5.5%, a little higher at weekends)",
			step: hour, start: start, span: span, quiet: week, decimals: 2, max: 100,
			noise: noise{kind: ratio, scale: 100, den: attempts, disp: 80, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 5.5 * (0.95 + 0.05*weekly(&weekShopping, t)) },
			gaps:  2, gapMax: 1,
			items: []item{
				group(mulInc("spike", 2*hour, g.u(4, 5), flat).why("card issuer outage"),
					mulInc("spike", 2*hour, g.u(1.6, 1.9), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("spike", 12*hour, g.u(1.8, 2.1), flat).why("misconfigured fraud rule")),
				one(mulInc("spike", hour, g.u(5, 7), flat).why("payment provider timeouts")),
				one(sdInc("subtle", 5*hour, g.u(3.3, 3.8), flat)),
				group(mulInc("spike", hour, g.u(2.5, 3), flat),
					mulInc("spike", 2*hour, g.u(2.5, 3), flat).after(g.d(14*hour, 20*hour)).why("hours later")),
				one(mulInc("drop", 3*hour, 0.15, flat).why("declines not recorded: provider webhook broken")),
			},
		}
	}},
	{"batch_job_failures_hourly", func(g *gen) *spec {
		start, span := date("2024-04-03"), 5*week
		p := g.profile(&dayBusiness, &weekBusiness, start, span, 0, 0.1)
		return &spec{
			desc: "failed background jobs per hour; a nightly batch at 02:00 on weekdays fails ~25 jobs every night (normal)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 12, arSD: 0.1, arPhi: 0.7},
			base: func(t time.Time) float64 {
				m := 0.6 + 1.4*p.at(t)
				if wd := t.Weekday(); wd != time.Saturday && wd != time.Sunday {
					m += 25*window(t, 2, 2, 1) + 8*window(t, 3, 3, 1)
				}
				return m
			},
			items: []item{
				one(addInc("burst", 2*hour, g.u(14, 18), flat).when(hours(13, 17)).why("queue consumer crash-loops in the afternoon")),
				group(addInc("burst", hour, g.u(40, 60), flat).why("expired credentials for a downstream API"),
					addInc("burst", hour, g.u(9, 12), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(addInc("burst", 3*hour, g.u(6, 8), flat)),
				one(sdInc("subtle", 6*hour, g.u(3.5, 4), flat)),
				one(addInc("burst", hour, g.u(20, 25), flat)),
				one(addInc("burst", 4*hour, g.u(10, 14), decay)),
			},
		}
	}},
	{"mobile_anr_per_1k_sessions_hourly", func(g *gen) *spec {
		start, span := date("2024-08-14"), 7*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.06, 0.05)
		sess := func(t time.Time) float64 { return 90000 * p.at(t) }
		return &spec{
			desc: "app-not-responding events per 1k sessions per hour, with ingestion gaps of up to 5 hours",
			step: hour, start: start, span: span, quiet: week, decimals: 3,
			noise: noise{kind: ratio, scale: 1000, den: sess, disp: 40, arSD: 0.07, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 2.4 },
			gaps:  10, gapMax: 5,
			items: []item{
				group(mulInc("spike", g.d(6*hour, 9*hour), g.u(3.5, 4.5), decay).why("main-thread database migration in new version"),
					mulInc("spike", 3*hour, g.u(1.5, 1.7), flat).after(g.d(3*day, 5*day)).why("small, days after the big one")),
				group(mulInc("spike", 4*hour, g.u(2.5, 3), flat),
					sdInc("spike", 2*hour, g.u(5, 6), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(sdInc("spike", hour, g.u(9, 11), flat)),
				one(sdInc("subtle", 6*hour, g.u(3.2, 3.8), flat)),
				one(mulInc("spike", 2*hour, g.u(2, 2.4), flat)),
				group(mulInc("spike", hour, g.u(3, 3.5), flat),
					mulInc("spike", hour, g.u(2.5, 3), flat).after(g.d(12*hour, 18*hour)).why("hours later")),
			},
		}
	}},
}

// ---- per-minute API request and error rates -------------------------------

var trafficSpecs = []entry{
	{"api_gateway_requests_1min", func(g *gen) *spec {
		start, span := date("2024-03-13"), 14*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.04, 0.03)
		return &spec{
			desc: "requests per minute at the API gateway (2k at night, 9k at peak)",
			step: minute, start: start, span: span, quiet: 5 * day, decimals: -1,
			noise: noise{kind: counts, disp: 3000, arSD: 0.03, arPhi: 0.98},
			base:  func(t time.Time) float64 { return 9000 * p.at(t) },
			gaps:  8, gapMax: 15,
			items: []item{
				group(mulInc("outage", g.d(20*minute, 30*minute), g.u(0.01, 0.03), flat).why("load balancer misconfiguration: traffic to near zero"),
					mulInc("drop", g.d(8*minute, 12*minute), g.u(0.75, 0.82), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				group(mulInc("outage", g.d(4*minute, 8*minute), g.u(0.02, 0.05), flat).why("certificate rotation breaks TLS"),
					mulInc("outage", g.d(4*minute, 8*minute), g.u(0.02, 0.05), flat).after(g.d(3*hour, 5*hour)).why("the same outage again hours later")),
				one(mulInc("drop", g.d(20*minute, 45*minute), g.u(0.55, 0.7), flat).why("one region unreachable")),
				one(mulInc("surge", g.d(8*minute, 15*minute), g.u(2.5, 3.5), decay).why("client retry storm")),
				one(sdInc("subtle", 30*minute, -g.u(3.5, 4), flat).why("a small partner integration stops calling")),
				one(mulInc("drop", minute, 0.3, flat).why("one-minute blip: every connection reset")),
				one(mulInc("surge", g.d(40*minute, 60*minute), g.u(1.6, 1.9), flat).why("scraper bot")),
				one(mulInc("outage", g.d(10*minute, 15*minute), 0.0, flat).when(hours(1, 5)).why("DNS outage at night")),
				one(mulInc("drop", 2*hour, g.u(0.7, 0.78), flat)),
			},
		}
	}},
	{"search_api_requests_1min", func(g *gen) *spec {
		start, span := date("2024-07-04"), 7*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.04)
		return &spec{
			desc: "search API requests per minute over one week that starts on a Thursday",
			step: minute, start: start, span: span, quiet: 3 * day, decimals: -1,
			noise: noise{kind: counts, disp: 800, arSD: 0.04, arPhi: 0.97},
			base:  func(t time.Time) float64 { return 2600 * p.at(t) },
			gaps:  4, gapMax: 10,
			items: []item{
				one(mulInc("outage", g.d(10*minute, 25*minute), g.u(0.02, 0.06), flat).why("search cluster red")),
				group(mulInc("drop", 30*minute, g.u(0.5, 0.6), flat),
					mulInc("drop", 20*minute, g.u(0.55, 0.65), flat).after(g.d(2*hour, 4*hour)).why("hours later")),
				one(mulInc("surge", g.d(5*minute, 10*minute), g.u(3, 4), decay).why("retry storm after a timeout")),
				one(sdInc("subtle", 40*minute, -g.u(3.5, 4), flat)),
				one(mulInc("surge", 2*minute, g.u(5, 7), flat).why("crawler burst")),
				one(mulInc("drop", 90*minute, g.u(0.75, 0.8), flat).why("autocomplete disabled by a bad flag")),
			},
		}
	}},
	{"auth_login_requests_5min", func(g *gen) *spec {
		start, span := date("2024-01-17"), 14*day
		p := g.profile(&dayBusiness, &weekBusiness, start, span, 0.02, 0.05)
		return &spec{
			desc: "SSO logins per 5 minutes of a workplace app: sharp 9am peak, quiet weekends",
			step: 5 * minute, start: start, span: span, quiet: 5 * day, decimals: -1,
			noise: noise{kind: counts, disp: 200, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 3 + 420*p.at(t) },
			gaps:  3, gapMax: 4,
			items: []item{
				group(mulInc("outage", g.d(40*minute, 90*minute), g.u(0.01, 0.04), flat).
					andThen(mulInc("", 30*minute, g.u(1.8, 2.3), decay)).why("identity provider outage, then a catch-up surge"),
					mulInc("drop", 30*minute, g.u(0.6, 0.7), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(mulInc("surge", g.d(60*minute, 3*hour), g.u(4, 8), flat).when(hours(0, 4)).why("credential-stuffing attack at night")),
				one(mulInc("drop", 45*minute, g.u(0.4, 0.55), flat).why("MFA provider slow, users give up")),
				one(sdInc("subtle", 90*minute, -g.u(3.5, 4), flat)),
				group(mulInc("surge", 20*minute, g.u(2.5, 3), flat),
					mulInc("surge", 20*minute, g.u(2.5, 3), flat).after(g.d(5*hour, 8*hour)).why("forced re-login, twice")),
				one(mulInc("outage", 10*minute, 0.02, flat)),
			},
		}
	}},
	{"api_5xx_errors_1min", func(g *gen) *spec {
		start, span := date("2024-09-18"), 7*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.05)
		return &spec{
			desc: "HTTP 5xx responses per minute (1.5/min at night, 6/min at peak)",
			step: minute, start: start, span: span, quiet: 2 * day, decimals: -1,
			noise: noise{kind: counts, disp: 10, arSD: 0.1, arPhi: 0.95},
			base:  func(t time.Time) float64 { return 0.3 + 6*p.at(t) },
			gaps:  5, gapMax: 6,
			items: []item{
				group(mulInc("errors", g.d(3*minute, 5*minute), g.u(25, 35), flat).why("upstream cache cluster restart"),
					mulInc("errors", 3*minute, g.u(4, 5), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(mulInc("errors", 20*minute, g.u(7, 9), flat).why("bad deploy until rollback")),
				one(addInc("errors", minute, g.u(55, 70), flat).why("single-minute burst")),
				one(sdInc("subtle", 15*minute, g.u(3.6, 4), flat)),
				group(mulInc("errors", 5*minute, g.u(10, 14), decay),
					mulInc("errors", 5*minute, g.u(8, 10), decay).after(g.d(2*hour, 4*hour)).why("hours later")),
				one(mulInc("errors", g.d(40*minute, 60*minute), g.u(2.6, 3.2), flat).why("slow disk on one node")),
				one(mulInc("errors", 2*minute, g.u(15, 20), flat)),
			},
		}
	}},
	{"mobile_backend_rps_1min", func(g *gen) *spec {
		start, span := date("2024-05-22"), 3*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.03)
		return &spec{
			desc: "requests per second (1-minute average) of a mobile backend over three days",
			step: minute, start: start, span: span, quiet: 20 * hour, decimals: 1,
			noise: noise{kind: relative, cv: 0.025, df: 4, arSD: 0.04, arPhi: 0.97},
			base:  func(t time.Time) float64 { return 350 * p.at(t) },
			items: []item{
				one(mulInc("outage", g.d(6*minute, 12*minute), g.u(0.02, 0.05), flat).why("push-notification service outage, app cannot refresh")),
				one(mulInc("drop", 25*minute, g.u(0.6, 0.7), flat)),
				one(mulInc("surge", 10*minute, g.u(2, 2.5), decay).why("app retries after a timeout")),
				one(sdInc("subtle", 45*minute, -g.u(3.5, 4), flat)),
				one(mulInc("surge", minute, g.u(2.5, 3), flat)),
				one(mulInc("drop", 60*minute, g.u(0.75, 0.82), flat)),
			},
		}
	}},
	{"webhook_deliveries_5min", func(g *gen) *spec {
		start, span := date("2024-10-02"), 10*day
		p := g.profile(&dayInfra, &weekBusiness, start, span, 0.03, 0.05)
		return &spec{
			desc: "outgoing webhook deliveries per 5 minutes",
			step: 5 * minute, start: start, span: span, quiet: 3 * day, decimals: -1,
			noise: noise{kind: counts, disp: 150, arSD: 0.06, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 900 * p.at(t) },
			gaps:  2, gapMax: 3,
			items: []item{
				one(mulInc("outage", g.d(60*minute, 3*hour), 0.0, flat).
					andThen(mulInc("", g.d(30*minute, 60*minute), g.u(2.5, 4), decay)).why("delivery worker stuck, then the backlog flushes")),
				group(mulInc("drop", 40*minute, g.u(0.45, 0.55), flat).why("one partner endpoint down, retries back off"),
					mulInc("drop", 30*minute, g.u(0.45, 0.55), flat).after(g.d(4*hour, 7*hour)).why("hours later")),
				one(sdInc("subtle", 2*hour, -g.u(3.5, 4), flat)),
				one(mulInc("surge", 15*minute, g.u(3, 4), flat).why("bulk import triggers duplicate events")),
				one(mulInc("outage", 15*minute, 0.02, flat)),
				one(mulInc("drop", 3*hour, g.u(0.7, 0.78), flat)),
			},
		}
	}},
}

// ---- latencies --------------------------------------------------------------

var latencySpecs = []entry{
	{"api_p99_latency_ms_1min", func(g *gen) *spec {
		start, span := date("2024-02-21"), 7*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.03)
		return &spec{
			desc: "p99 API latency per minute (~250-350 ms; heavy right tail, noisier at night)",
			step: minute, start: start, span: span, quiet: 2 * day, decimals: 1,
			noise: noise{kind: skewed, cv: 0.14, df: 4, arSD: 0.06, arPhi: 0.95,
				cvMul: func(t time.Time) float64 { return 1 + 0.8*(1-daily(&dayConsumer, t)) }},
			base: func(t time.Time) float64 { return 220 + 120*p.at(t) },
			gaps: 6, gapMax: 8,
			items: []item{
				group(mulInc("latency", g.d(10*minute, 15*minute), g.u(7, 10), decay).why("database connection pool exhausted"),
					mulInc("latency", 5*minute, g.u(1.8, 2.2), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(mulInc("latency", g.d(2*minute, 4*minute), g.u(4, 6), flat)),
				one(sdInc("subtle", g.d(30*minute, 60*minute), g.u(3.2, 3.8), flat).why("slower dependency after a config change")),
				one(mulInc("latency", minute, g.u(8, 10), flat).why("stop-the-world GC pause")),
				one(mulInc("timeout", 5*minute, g.u(28, 32), flat).why("requests hang until the 10 s timeout")),
				group(mulInc("latency", 8*minute, g.u(3, 4), flat),
					mulInc("latency", 8*minute, g.u(3, 4), flat).after(g.d(3*hour, 5*hour)).why("hours later")),
				one(mulInc("degradation", 40*minute, g.u(3, 4), ramp).why("thread leak; latency climbs until restart")),
			},
		}
	}},
	{"checkout_p95_latency_ms_5min", func(g *gen) *spec {
		start, span := date("2024-04-10"), 14*day
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.0, 0.04)
		return &spec{
			desc: "p95 checkout latency per 5 minutes (~190-280 ms)",
			step: 5 * minute, start: start, span: span, quiet: 5 * day, decimals: 1,
			noise: noise{kind: skewed, cv: 0.09, df: 5, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 180 + 80*p.at(t) },
			gaps:  4, gapMax: 3,
			items: []item{
				group(mulInc("latency", g.d(45*minute, 90*minute), g.u(4, 6), decay).why("payment provider degraded"),
					mulInc("latency", 15*minute, g.u(1.5, 1.7), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("latency", 10*minute, g.u(3, 4), flat)),
				one(sdInc("subtle", 2*hour, g.u(3.2, 3.8), flat)),
				one(mulInc("latency", 5*minute, g.u(6, 8), flat).why("one slow batch of requests")),
				group(mulInc("latency", 30*minute, g.u(2, 2.5), flat),
					mulInc("latency", 20*minute, g.u(2, 2.5), flat).after(g.d(5*hour, 8*hour)).why("hours later")),
				one(mulInc("degradation", 3*hour, g.u(2.2, 2.8), ramp)),
			},
		}
	}},
	{"search_p50_latency_ms_1min", func(g *gen) *spec {
		start, span := date("2024-06-12"), 2*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.02)
		return &spec{
			desc: "median search latency per minute in whole ms (~38-48 ms), two days",
			step: minute, start: start, span: span, quiet: 15 * hour, decimals: -1,
			noise: noise{kind: skewed, cv: 0.06, df: 5, arSD: 0.03, arPhi: 0.95},
			base:  func(t time.Time) float64 { return 36 + 12*p.at(t) },
			items: []item{
				one(mulInc("latency", g.d(10*minute, 20*minute), g.u(2.5, 3.5), flat).why("index merge saturates disks")),
				one(sdInc("subtle", 40*minute, g.u(3.5, 4), flat)),
				one(mulInc("latency", minute, g.u(3, 4), flat)),
				group(mulInc("latency", 5*minute, g.u(1.8, 2.2), flat),
					mulInc("latency", 5*minute, g.u(1.8, 2.2), flat).after(g.d(3*hour, 5*hour)).why("hours later")),
			},
		}
	}},
	{"db_query_latency_ms_5min", func(g *gen) *spec {
		start, span := date("2024-11-06"), 10*day
		p := g.profile(&dayInfra, &weekFlat, start, span, 0.0, 0.03)
		return &spec{
			desc: "mean database query latency per 5 minutes (~12 ms); the nightly backup (01:00-02:00) doubles it every night (normal)",
			step: 5 * minute, start: start, span: span, quiet: 3 * day, decimals: 2,
			noise: noise{kind: skewed, cv: 0.08, df: 4, arSD: 0.05, arPhi: 0.9},
			base: func(t time.Time) float64 {
				m := 9 + 4*p.at(t)
				m *= 1 + 1.2*window(t, 1, 2, 0.25)
				if t.Weekday() == time.Sunday {
					m *= 1 + 0.6*window(t, 3, 5, 0.5) // weekly vacuum
				}
				return m
			},
			gaps: 3, gapMax: 6,
			items: []item{
				one(mulInc("latency", g.d(20*minute, 40*minute), g.u(4, 6), flat).why("lock contention from a migration")),
				group(mulInc("latency", 3*hour, g.u(2, 2.4), flat).why("bad query plan after statistics refresh"),
					mulInc("latency", 30*minute, g.u(1.5, 1.7), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(sdInc("subtle", 90*minute, g.u(3.3, 3.8), flat)),
				one(mulInc("latency", 5*minute, g.u(6, 9), flat)),
				one(mulInc("latency", 60*minute, g.u(2.5, 3), decay).why("replica lag; reads fall back to the primary")),
				one(mulInc("degradation", 4*hour, g.u(2, 2.5), ramp).why("table bloat until manual vacuum")),
			},
		}
	}},
	{"cdn_origin_latency_ms_1min", func(g *gen) *spec {
		start, span := date("2024-12-04"), 5*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.03)
		return &spec{
			desc: "CDN-to-origin fetch latency per minute (~75-95 ms, very heavy tail)",
			step: minute, start: start, span: span, quiet: 36 * hour, decimals: 1,
			noise: noise{kind: skewed, cv: 0.12, df: 3, arSD: 0.05, arPhi: 0.95},
			base:  func(t time.Time) float64 { return 70 + 25*p.at(t) },
			gaps:  10, gapMax: 20,
			items: []item{
				group(mulInc("latency", g.d(15*minute, 25*minute), g.u(6, 8), flat).why("origin region failover"),
					mulInc("latency", 5*minute, g.u(1.8, 2), flat).after(g.d(1*day, 2*day)).why("small, a day after the big one")),
				one(mulInc("latency", 3*minute, g.u(4, 5), flat)),
				one(sdInc("subtle", 60*minute, g.u(3.4, 3.9), flat).why("TLS session cache disabled")),
				one(mulInc("latency", minute, g.u(10, 14), flat)),
				group(mulInc("latency", 10*minute, g.u(2.5, 3), flat),
					mulInc("latency", 10*minute, g.u(2.5, 3), flat).after(g.d(2*hour, 3*hour)).why("hours later")),
				one(mulInc("latency", 30*minute, g.u(2, 2.4), tri)),
			},
		}
	}},
	{"auth_token_p99_latency_ms_1min", func(g *gen) *spec {
		start, span := date("2024-07-17"), day
		p := g.profile(&dayBusiness, &weekBusiness, start, span, 0.0, 0.0)
		return &spec{
			desc: "p99 latency of token issuance per minute over a single day (~45-70 ms)",
			step: minute, start: start, span: span, quiet: 7 * hour, decimals: 1,
			noise: noise{kind: skewed, cv: 0.15, df: 5, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 45 + 25*p.at(t) },
			items: []item{
				one(mulInc("latency", 4*minute, g.u(5, 7), flat).why("key service slow")),
				one(sdInc("subtle", 20*minute, g.u(3.5, 4), flat)),
				one(mulInc("latency", minute, g.u(10, 14), flat)),
			},
		}
	}},
}

// ---- purchases and orders ---------------------------------------------------

var purchaseSpecs = []entry{
	{"web_orders_5min", func(g *gen) *spec {
		start, span := date("2024-05-01"), 28*day
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.06, 0.06)
		return &spec{
			desc: "web shop orders per 5 minutes (~4 at night, ~70 at the evening peak); one planned flash sale",
			step: 5 * minute, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 30, arSD: 0.06, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 0.5 + 60*p.at(t) },
			gaps:  4, gapMax: 4,
			items: []item{
				group(mulInc("outage", g.d(40*minute, 90*minute), g.u(0.0, 0.05), flat).why("checkout down"),
					mulInc("drop", 30*minute, g.u(0.55, 0.65), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("drop", g.d(60*minute, 2*hour), g.u(0.45, 0.55), flat).why("one payment provider failing")),
				one(sdInc("subtle", g.d(2*hour, 3*hour), -g.u(3.5, 4), flat).why("promo code validation rejects valid codes")),
				group(mulInc("outage", 20*minute, 0.03, flat),
					mulInc("outage", 15*minute, 0.03, flat).after(g.d(4*hour, 7*hour)).why("hours later")),
				one(mulInc("surge", 45*minute, g.u(3.5, 4.5), flat).why("pricing bug: an item listed at 1% of its price")),
				one(mulInc("outage", 2*hour, 0.0, flat).when(hours(1, 4)).why("orders stop at night (already near zero)")),
				one(mulInc("drop", 4*hour, g.u(0.65, 0.72), flat)),
				one(mulInc("outage", 5*minute, 0.0, flat).why("five-minute checkout outage")),
				campaign(2.6, g.d(60*minute, 90*minute), g.d(4*hour, 6*hour), 3*hour, hours(9, 11), "planned flash sale announced by email: gradual ramp (unlabelled)"),
			},
		}
	}},
	{"app_purchases_hourly", func(g *gen) *spec {
		start, span := date("2023-10-04"), 8*week
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.1, 0.05)
		return &spec{
			desc: "in-app purchases per hour (~30-500); a two-day seasonal sale and a feature launch",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 60, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 8 + 380*p.at(t) },
			gaps:  3, gapMax: 2,
			items: []item{
				group(mulInc("outage", g.d(3*hour, 5*hour), g.u(0.02, 0.06), flat).why("store billing API outage"),
					mulInc("drop", 2*hour, g.u(0.55, 0.65), flat).after(g.d(3*day, 5*day)).why("small, days after the big one")),
				one(mulInc("drop", 6*hour, g.u(0.5, 0.6), flat).why("purchase button hidden by a layout bug")),
				one(sdInc("subtle", 8*hour, -g.u(3.4, 3.8), flat)),
				group(mulInc("drop", 2*hour, g.u(0.35, 0.45), flat),
					mulInc("drop", 2*hour, g.u(0.35, 0.45), flat).after(g.d(14*hour, 20*hour)).why("hours later")),
				one(mulInc("outage", hour, 0.05, flat)),
				one(mulInc("surge", 3*hour, g.u(2.5, 3), flat).why("price shown without VAT: abrupt buying surge")),
				one(mulInc("drop", 12*hour, g.u(0.7, 0.78), flat).why("one payment method missing for half a day")),
				campaign(1.8, 12*hour, 36*hour, 12*hour, hours(0, 1), "seasonal two-day sale, announced and ramped (unlabelled)"),
				campaign(1.4, 6*hour, 10*hour, 24*hour, hours(8, 10), "feature launch press coverage (unlabelled)"),
			},
		}
	}},
	{"subscription_signups_hourly", func(g *gen) *spec {
		start, span := date("2024-01-24"), 6*week
		p := g.profile(&dayBusiness, &weekBusiness, start, span, 0.05, 0.08)
		return &spec{
			desc: "new paid subscriptions per hour of a B2B product (0-25 per hour)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 20, arSD: 0.05, arPhi: 0.85},
			base:  func(t time.Time) float64 { return 0.3 + 22*p.at(t) },
			items: []item{
				group(mulInc("outage", g.d(4*hour, 8*hour), 0.0, flat).why("signup form broken after a deploy"),
					mulInc("drop", 3*hour, g.u(0.4, 0.5), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("drop", 5*hour, g.u(0.3, 0.4), flat).why("email verification mails delayed")),
				one(mulInc("surge", 2*hour, g.u(5, 7), flat).why("spam sign-ups with stolen cards")),
				one(sdInc("subtle", 6*hour, -g.u(3.3, 3.8), flat)),
				one(mulInc("outage", 3*hour, 0.0, flat).when(weekendHours(9, 15)).why("payments page down on a weekend (quiet anyway)")),
				one(mulInc("drop", hour, 0.1, flat)),
				campaign(2.0, 2*hour, 3*hour, 4*hour, weekdayHours(13, 15), "marketing webinar: sign-ups ramp up (unlabelled)"),
			},
		}
	}},
	{"marketplace_gmv_eur_hourly", func(g *gen) *spec {
		start, span := date("2024-02-28"), 6*week
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.05, 0.06)
		return &spec{
			desc: "gross merchandise value in EUR per hour (up to ~55k; occasional very large orders)",
			step: hour, start: start, span: span, quiet: week, decimals: 2,
			noise: noise{kind: relative, cv: 0.16, df: 3, arSD: 0.06, arPhi: 0.85},
			base:  func(t time.Time) float64 { return 1500 + 42000*p.at(t) },
			gaps:  2, gapMax: 1,
			items: []item{
				group(mulInc("outage", g.d(2*hour, 4*hour), g.u(0.02, 0.06), flat).why("search returns no listings"),
					mulInc("drop", 2*hour, g.u(0.45, 0.55), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("drop", 5*hour, g.u(0.45, 0.55), flat).why("currency conversion service down: EUR-only")),
				one(mulInc("surge", 2*hour, g.u(3, 4), flat).why("pricing bug: a category discounted 90%")),
				one(sdInc("subtle", 8*hour, -g.u(3.5, 4), flat)),
				group(mulInc("drop", 3*hour, g.u(0.3, 0.4), flat),
					mulInc("drop", 2*hour, g.u(0.3, 0.4), flat).after(g.d(14*hour, 20*hour)).why("hours later")),
				one(mulInc("outage", hour, 0.03, flat)),
				campaign(1.7, 8*hour, 24*hour, 12*hour, hours(0, 2), "planned spring promotion (unlabelled)"),
			},
		}
	}},
	{"grocery_orders_5min", func(g *gen) *spec {
		start, span := date("2024-03-20"), 14*day
		p := g.profile(&dayMeals, &weekGrocery, start, span, 0.03, 0.06)
		return &spec{
			desc: "grocery delivery orders per 5 minutes: lunch and dinner peaks, ~0 at night, closed-ish on Sundays",
			step: 5 * minute, start: start, span: span, quiet: 5 * day, decimals: -1,
			noise: noise{kind: counts, disp: 25, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 0.1 + 45*p.at(t) },
			gaps:  3, gapMax: 3,
			items: []item{
				group(mulInc("outage", g.d(45*minute, 75*minute), 0.02, flat).why("app cannot load the catalogue"),
					mulInc("drop", 30*minute, g.u(0.5, 0.6), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(mulInc("drop", 90*minute, g.u(0.4, 0.5), flat).why("delivery slots all shown as full")),
				one(sdInc("subtle", 2*hour, -g.u(3.5, 4), flat)),
				one(mulInc("surge", 30*minute, g.u(3, 4), flat).why("free-delivery bug exploited")),
				group(mulInc("outage", 20*minute, 0.0, flat),
					mulInc("outage", 20*minute, 0.0, flat).after(g.d(4*hour, 6*hour)).why("hours later")),
				one(mulInc("drop", 3*hour, g.u(0.65, 0.72), flat)),
				campaign(1.6, 60*minute, 3*hour, 2*hour, hours(16, 18), "free-delivery promotion at dinner time (unlabelled)"),
			},
		}
	}},
	{"ticket_sales_hourly", func(g *gen) *spec {
		start, span := date("2024-09-04"), 5*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.1)
		return &spec{
			desc: "tickets sold per hour (~40-230) with two planned on-sale events",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 15, arSD: 0.1, arPhi: 0.85},
			base:  func(t time.Time) float64 { return 10 + 190*p.at(t) },
			items: []item{
				group(mulInc("outage", g.d(2*hour, 3*hour), g.u(0.02, 0.08), flat).why("queue system overloaded"),
					mulInc("drop", 2*hour, g.u(0.4, 0.5), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(mulInc("drop", 4*hour, g.u(0.45, 0.55), flat)),
				one(sdInc("subtle", 6*hour, -g.u(3.5, 4), flat)),
				one(mulInc("surge", hour, g.u(4, 5), flat).why("scalper bots")),
				one(mulInc("outage", hour, 0.0, flat)),
				campaign(5, 2*hour, 3*hour, 12*hour, hours(8, 9), "announced on-sale of a big tour (unlabelled)"),
				campaign(2.5, 3*hour, 4*hour, 10*hour, hours(8, 9), "announced festival on-sale (unlabelled)"),
			},
		}
	}},
}

// ---- counts near zero -------------------------------------------------------

var lowCountSpecs = []entry{
	{"payment_refund_errors_hourly", func(g *gen) *spec {
		start, span := date("2024-02-14"), 6*week
		return &spec{
			desc: "refund API errors per hour (Poisson, mean 0.2-0.6)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts},
			base:  func(t time.Time) float64 { return 0.2 + 0.4*daily(&dayBusiness, t)*weekly(&weekBusiness, t) },
			items: []item{
				group(addInc("burst", hour, g.u(35, 50), flat).why("refund provider rejects all requests"),
					addInc("burst", hour, g.u(4, 6), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(addInc("burst", hour, g.u(8, 12), flat)),
				one(addInc("burst", 3*hour, g.u(2.5, 3), flat).why("subtle: ~3 per hour for three hours")),
				group(addInc("burst", hour, g.u(10, 14), flat),
					addInc("burst", hour, g.u(8, 12), flat).after(g.d(10*hour, 16*hour)).why("hours later")),
				one(addInc("burst", 2*hour, g.u(15, 25), decay)),
				one(addInc("burst", hour, g.u(6, 8), flat)),
			},
		}
	}},
	{"oom_kills_5min", func(g *gen) *spec {
		start, span := date("2024-04-17"), 14*day
		return &spec{
			desc: "container OOM kills per 5 minutes across a cluster (Poisson, mean 0.2)",
			step: 5 * minute, start: start, span: span, quiet: 4 * day, decimals: -1,
			noise: noise{kind: counts},
			base:  func(t time.Time) float64 { return 0.2 },
			gaps:  3, gapMax: 2,
			items: []item{
				group(addInc("burst", 60*minute, g.u(2.5, 3.5), flat).why("crash-looping pod with too small a memory limit"),
					addInc("burst", 5*minute, g.u(4, 5), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(addInc("burst", 5*minute, g.u(8, 12), flat).why("node memory pressure evicts everything at once")),
				one(addInc("burst", 10*minute, g.u(4, 6), flat)),
				one(addInc("burst", 30*minute, g.u(1.2, 1.6), flat).why("subtle: one extra kill every few minutes")),
				group(addInc("burst", 5*minute, g.u(6, 8), flat),
					addInc("burst", 5*minute, g.u(6, 8), flat).after(g.d(3*hour, 6*hour)).why("hours later")),
				one(addInc("burst", 2*hour, g.u(1.5, 2), ramp).why("memory leak in a sidecar")),
			},
		}
	}},
	{"disk_io_errors_hourly", func(g *gen) *spec {
		start, span := date("2023-11-08"), 8*week
		return &spec{
			desc: "disk I/O errors per hour across a storage fleet (Poisson, mean 0.3)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts},
			base:  func(t time.Time) float64 { return 0.3 },
			gaps:  4, gapMax: 2,
			items: []item{
				one(addInc("burst", 10*hour, g.u(7, 9), ramp).why("failing disk: errors grow until it is replaced")),
				group(addInc("burst", hour, g.u(25, 35), flat).why("controller firmware bug"),
					addInc("burst", hour, g.u(4, 5), flat).after(g.d(3*day, 5*day)).why("small, days after the big one")),
				one(addInc("burst", hour, g.u(6, 8), flat)),
				one(addInc("burst", 4*hour, g.u(1.8, 2.2), flat).why("subtle: ~2 per hour for four hours")),
				one(addInc("burst", 2*hour, g.u(10, 14), decay)),
				one(addInc("burst", hour, g.u(12, 16), flat)),
			},
		}
	}},
	{"fraud_alerts_hourly", func(g *gen) *spec {
		start, span := date("2024-05-15"), 6*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.05, 0.08)
		return &spec{
			desc: "fraud alerts per hour (mean ~0.8 at night to ~3 in the evening, overdispersed)",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 10, arSD: 0.1, arPhi: 0.8},
			base:  func(t time.Time) float64 { return 0.3 + 2.7*p.at(t) },
			items: []item{
				group(addInc("burst", g.d(2*hour, 4*hour), g.u(20, 30), flat).why("card-testing attack"),
					addInc("burst", hour, g.u(7, 9), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(sdInc("subtle", 6*hour, g.u(3.5, 4), flat)),
				one(addInc("burst", hour, g.u(12, 16), flat)),
				group(addInc("burst", 2*hour, g.u(8, 10), flat),
					addInc("burst", hour, g.u(10, 12), flat).after(g.d(12*hour, 18*hour)).why("attack resumes hours later")),
				one(addInc("burst", 3*hour, g.u(5, 7), decay)),
				one(addInc("burst", hour, g.u(9, 11), flat).when(hours(1, 5)).why("burst at night")),
			},
		}
	}},
	{"dead_letter_messages_5min", func(g *gen) *spec {
		start, span := date("2024-08-07"), 10*day
		p := g.profile(&dayBusiness, &weekBusiness, start, span, 0.0, 0.1)
		return &spec{
			desc: "messages dead-lettered per 5 minutes (mean 0.3 at night to 1.5 on weekday afternoons)",
			step: 5 * minute, start: start, span: span, quiet: 3 * day, decimals: -1,
			noise: noise{kind: counts, disp: 5},
			base:  func(t time.Time) float64 { return 0.25 + 1.3*p.at(t) },
			gaps:  2, gapMax: 3,
			items: []item{
				group(addInc("burst", 30*minute, g.u(25, 35), decay).why("consumer deployed with a schema mismatch"),
					addInc("burst", 10*minute, g.u(5, 6), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(addInc("burst", 5*minute, g.u(12, 16), flat)),
				one(addInc("burst", 40*minute, g.u(2.5, 3), flat).why("subtle: a few extra per interval")),
				group(addInc("burst", 15*minute, g.u(8, 10), flat),
					addInc("burst", 15*minute, g.u(8, 10), flat).after(g.d(3*hour, 6*hour)).why("hours later")),
				one(addInc("burst", 20*minute, g.u(6, 8), flat).when(hours(0, 5)).why("burst at night")),
			},
		}
	}},
	{"tls_handshake_failures_1min", func(g *gen) *spec {
		start, span := date("2024-10-16"), 3*day
		return &spec{
			desc: "TLS handshake failures per minute (Poisson, mean 0.5)",
			step: minute, start: start, span: span, quiet: 20 * hour, decimals: -1,
			noise: noise{kind: counts},
			base:  func(t time.Time) float64 { return 0.35 + 0.3*daily(&dayConsumer, t) },
			gaps:  4, gapMax: 10,
			items: []item{
				one(addInc("burst", 40*minute, g.u(4, 6), flat).why("expired certificate on one backend")),
				one(addInc("burst", 10*minute, g.u(3, 4), flat).why("scanner probing old cipher suites")),
				one(addInc("burst", minute, g.u(12, 16), flat)),
				one(addInc("burst", 30*minute, g.u(1.6, 2), flat).why("subtle: client library regression")),
				group(addInc("burst", 5*minute, g.u(6, 8), flat),
					addInc("burst", 5*minute, g.u(6, 8), flat).after(g.d(3*hour, 5*hour)).why("hours later")),
			},
		}
	}},
}

// ---- benign level switches mixed with incidents ----------------------------

var levelSpecs = []entry{
	{"api_requests_region_migration_1min", func(g *gen) *spec {
		start, span := date("2024-06-19"), 10*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.03)
		return &spec{
			desc: "requests per minute in one region; traffic is permanently moved away and partly rebalanced back",
			step: minute, start: start, span: span, quiet: 3 * day, decimals: -1,
			noise: noise{kind: counts, disp: 2000, arSD: 0.03, arPhi: 0.98},
			base:  func(t time.Time) float64 { return 6000 * p.at(t) },
			gaps:  4, gapMax: 10,
			items: []item{
				levelShift(0.6, 30*minute, "40% of traffic migrated to a new region (permanent, unlabelled)"),
				levelShift(1.25, 20*minute, "partial rebalancing back (permanent, unlabelled)"),
				group(mulInc("outage", g.d(10*minute, 20*minute), g.u(0.01, 0.04), flat).why("regional outage"),
					mulInc("drop", 10*minute, g.u(0.7, 0.78), flat).after(g.d(1*day, 2*day)).why("small, a day after the big one")),
				one(mulInc("drop", 30*minute, g.u(0.5, 0.6), flat)),
				one(mulInc("surge", 10*minute, g.u(2.2, 2.8), decay).why("retry storm")),
				one(sdInc("subtle", 30*minute, -g.u(3.5, 4), flat)),
				group(mulInc("outage", 5*minute, 0.03, flat),
					mulInc("outage", 5*minute, 0.03, flat).after(g.d(3*hour, 5*hour)).why("hours later")),
			},
		}
	}},
	{"checkout_p95_latency_after_deploys_5min", func(g *gen) *spec {
		start, span := date("2024-09-11"), 21*day
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.0, 0.04)
		return &spec{
			desc: "p95 checkout latency per 5 minutes; three deploys permanently change its level",
			step: 5 * minute, start: start, span: span, quiet: week, decimals: 1,
			noise: noise{kind: skewed, cv: 0.08, df: 5, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 190 + 70*p.at(t) },
			gaps:  4, gapMax: 4,
			items: []item{
				levelShift(1.2, 30*minute, "new fraud check adds ~20% (permanent, unlabelled)"),
				levelShift(0.72, 20*minute, "response cache enabled (permanent, unlabelled)"),
				levelShift(1.12, 60*minute, "new payment SDK (permanent, unlabelled)"),
				group(mulInc("latency", g.d(30*minute, 60*minute), g.u(4, 6), decay).why("database failover"),
					mulInc("latency", 15*minute, g.u(1.5, 1.7), flat).after(g.d(2*day, 3*day)).why("small, days after the big one")),
				one(mulInc("latency", 10*minute, g.u(2.5, 3.5), flat)),
				one(sdInc("subtle", 2*hour, g.u(3.3, 3.8), flat)),
				one(mulInc("latency", 5*minute, g.u(6, 8), flat)),
				group(mulInc("latency", 20*minute, g.u(2, 2.5), flat),
					mulInc("latency", 20*minute, g.u(2, 2.5), flat).after(g.d(5*hour, 8*hour)).why("hours later")),
				one(mulInc("degradation", 2*hour, g.u(2, 2.5), ramp)),
			},
		}
	}},
	{"crash_rate_after_sdk_upgrade_hourly", func(g *gen) *spec {
		start, span := date("2024-03-27"), 7*week
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.05, 0.05)
		sess := func(t time.Time) float64 { return 150000 * p.at(t) }
		return &spec{
			desc: "crashes per 10k sessions per hour; a fix rolls out (rate down ~40%), later a new SDK raises it ~15%",
			step: hour, start: start, span: span, quiet: week, decimals: 2,
			noise: noise{kind: ratio, scale: 1e4, den: sess, disp: 30, arSD: 0.06, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 11 },
			gaps:  3, gapMax: 2,
			items: []item{
				levelShift(0.6, 24*hour, "crash fix rolled out over a day (permanent, unlabelled)"),
				levelShift(1.15, 12*hour, "new analytics SDK (permanent, unlabelled)"),
				group(mulInc("spike", g.d(6*hour, 10*hour), g.u(3.5, 4.5), decay).why("server-driven UI payload crashes old clients"),
					mulInc("spike", 2*hour, g.u(1.6, 1.8), flat).after(g.d(2*day, 4*day)).why("small, days after the big one")),
				one(sdInc("spike", hour, g.u(9, 11), flat)),
				one(sdInc("subtle", 6*hour, g.u(3.3, 3.8), flat)),
				one(mulInc("spike", 3*hour, g.u(2.2, 2.6), flat)),
				group(mulInc("spike", hour, g.u(2.5, 3), flat),
					mulInc("spike", 2*hour, g.u(2.5, 3), flat).after(g.d(12*hour, 18*hour)).why("hours later")),
				one(mulInc("drop", 3*hour, 0.05, flat).why("crash reporting broken")),
			},
		}
	}},
	{"cpu_utilization_pct_5min", func(g *gen) *spec {
		start, span := date("2024-01-31"), 14*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.05, 0.03)
		return &spec{
			desc: "mean CPU utilisation (%) of a service's hosts per 5 minutes; autoscaling and instance changes move its level",
			step: 5 * minute, start: start, span: span, quiet: 4 * day, decimals: 1, max: 100,
			noise: noise{kind: relative, cv: 0.03, df: 5, arSD: 0.04, arPhi: 0.95},
			base:  func(t time.Time) float64 { return 15 + 45*p.at(t) },
			gaps:  5, gapMax: 6,
			items: []item{
				levelShift(0.65, 60*minute, "autoscaler minimum raised: more hosts, lower CPU each (permanent, unlabelled)"),
				levelShift(1.3, 30*minute, "cheaper instance type (permanent, unlabelled)"),
				group(mulInc("saturation", g.d(30*minute, 60*minute), g.u(1.7, 2), flat).why("runaway regex after a deploy"),
					mulInc("saturation", 15*minute, g.u(1.25, 1.35), flat).after(g.d(1*day, 2*day)).why("small, a day after the big one")),
				one(mulInc("degradation", 2*hour, g.u(1.6, 1.9), ramp).why("goroutine leak until restart")),
				one(sdInc("subtle", 90*minute, g.u(3.5, 4), flat)),
				one(mulInc("saturation", 10*minute, g.u(1.8, 2.2), flat)),
				one(mulInc("drop", 30*minute, g.u(0.15, 0.3), flat).why("hosts idle: upstream stopped sending work")),
				one(mulInc("saturation", 5*minute, g.u(1.8, 2.2), flat)),
			},
		}
	}},
	{"dc_east_requests_failover_5min", func(g *gen) *spec {
		start, span := date("2024-11-13"), 14*day
		p := g.profile(&dayConsumer, &weekConsumer, start, span, 0.0, 0.03)
		return &spec{
			desc: "requests per 5 minutes served by one of two data centres; traffic is switched between them several times (benign level switches)",
			step: 5 * minute, start: start, span: span, quiet: 4 * day, decimals: -1,
			noise: noise{kind: counts, disp: 1500, arSD: 0.03, arPhi: 0.95},
			base:  func(t time.Time) float64 { return 30000 * p.at(t) },
			gaps:  3, gapMax: 4,
			ordered: true,
			items: []item{
				one(mulInc("outage", g.d(20*minute, 40*minute), g.u(0.01, 0.04), flat).why("data-centre network partition")),
				levelShift(0.55, 15*minute, "planned switch: most traffic moved to the other DC (unlabelled)"),
				one(sdInc("subtle", 60*minute, -g.u(3.5, 4), flat)),
				levelShift(1/0.55, 15*minute, "planned switch back (unlabelled)"),
				group(mulInc("drop", 30*minute, g.u(0.45, 0.55), flat),
					mulInc("drop", 20*minute, g.u(0.45, 0.55), flat).after(g.d(4*hour, 7*hour)).why("hours later")),
				levelShift(0.7, 15*minute, "maintenance drains 30% (unlabelled)"),
				one(mulInc("surge", 15*minute, g.u(1.8, 2.2), flat).why("the other DC fails over here by mistake")),
				levelShift(1/0.7, 15*minute, "maintenance over (unlabelled)"),
				one(mulInc("outage", 10*minute, 0.02, flat)),
				one(mulInc("drop", 2*hour, g.u(0.72, 0.8), flat)),
			},
		}
	}},
	{"orders_after_market_launch_hourly", func(g *gen) *spec {
		start, span := date("2024-02-07"), 8*week
		p := g.profile(&dayShopping, &weekShopping, start, span, 0.05, 0.05)
		return &spec{
			desc: "orders per hour (~50-750); launching a new market raises the level for good, a price change lowers it",
			step: hour, start: start, span: span, quiet: week, decimals: -1,
			noise: noise{kind: counts, disp: 60, arSD: 0.05, arPhi: 0.9},
			base:  func(t time.Time) float64 { return 20 + 560*p.at(t) },
			gaps:  2, gapMax: 1,
			items: []item{
				levelShift(1.35, 6*hour, "new market launched (permanent, unlabelled)"),
				levelShift(0.88, 2*hour, "price increase (permanent, unlabelled)"),
				group(mulInc("outage", g.d(2*hour, 4*hour), g.u(0.02, 0.06), flat).why("payment gateway outage"),
					mulInc("drop", 2*hour, g.u(0.55, 0.65), flat).after(g.d(3*day, 5*day)).why("small, days after the big one")),
				one(mulInc("drop", 4*hour, g.u(0.45, 0.55), flat)),
				one(sdInc("subtle", 6*hour, -g.u(3.5, 4), flat)),
				one(mulInc("surge", 2*hour, g.u(2.5, 3), flat).why("coupon leaked to a deals site")),
				group(mulInc("drop", 2*hour, g.u(0.35, 0.45), flat),
					mulInc("drop", hour, g.u(0.35, 0.45), flat).after(g.d(12*hour, 18*hour)).why("hours later")),
				one(mulInc("outage", hour, 0.03, flat)),
			},
		}
	}},
}

// ---------------------------------------------------------------------------
// Generation

// placedIncident is an incident at a row of the written file.
type placedIncident struct {
	inc        incident
	row        int // row of its first point
	lastRow    int // last row it affects
	front, end int // its NAB window, as rows
}

type placedBenign struct {
	ben          *benign
	row, lastRow int
}

// series is one generated file.
type series struct {
	cat, name, desc string
	step            time.Duration
	times           []time.Time
	values          []string
	incidents       []placedIncident
	benign          []placedBenign
	windowLen       int // NAB windowLength: int(0.1 * rows / incidents)
}

func (s *series) rel() string { return s.cat + "/" + s.name + ".csv" }

// probationRows is NAB's probationary period: min(floor(0.15*n), 750).
func probationRows(n int) int {
	return int(math.Min(math.Floor(probationFraction*float64(n)), probationCap))
}

func seriesSeed(seed uint64, rel string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(rel))
	return h.Sum64() ^ seed*0x9e3779b97f4a7c15
}

func fmtDur(d time.Duration) string {
	switch {
	case d >= day && d%day == 0:
		return fmt.Sprintf("%dd", d/day)
	case d >= hour && d%hour == 0:
		return fmt.Sprintf("%dh", d/hour)
	case d >= hour:
		return fmt.Sprintf("%dh%02dm", d/hour, (d%hour)/minute)
	}
	return fmt.Sprintf("%dm", d/minute)
}

// generate builds one series from its spec.
func generate(seed uint64, cat string, e entry) (*series, error) {
	rel := cat + "/" + e.name + ".csv"
	g := &gen{r: rand.New(rand.NewPCG(seed, seriesSeed(seed, rel)))}
	sp := e.fn(g)
	sp.name = e.name
	s := &series{cat: cat, name: sp.name, desc: sp.desc, step: sp.step}
	nGrid := int(sp.span / sp.step)
	pts := func(d time.Duration) int { return max(1, int(math.Round(float64(d)/float64(sp.step)))) }

	// Collection gaps: missing timestamps.
	present := make([]bool, nGrid)
	for i := range present {
		present[i] = true
	}
	for k := 0; k < sp.gaps; k++ {
		at, n := g.n(nGrid/20, nGrid-2), g.n(1, sp.gapMax)
		for i := at; i < at+n && i < nGrid-1; i++ {
			present[i] = false
		}
	}
	var rows []int // grid index of each written row
	for i, ok := range present {
		if ok {
			rows = append(rows, i)
		}
	}
	nRows := len(rows)

	// NAB window length for this file.
	k := 0
	for _, it := range sp.items {
		k += len(it.incs)
	}
	if k == 0 {
		return nil, fmt.Errorf("%s: no incidents", rel)
	}
	W := int(windowFraction * float64(nRows) / float64(k))
	half := W / 2
	if half < 1 {
		return nil, fmt.Errorf("%s: window of %d rows is too short", rel, W)
	}
	s.windowLen = W

	items, anchors, offs, err := layout(g, sp, rows, W)
	if err != nil {
		return nil, fmt.Errorf("%s: %v", rel, err)
	}

	// Effects on the grid.
	lvl := make([]float64, nGrid)
	imul := make([]float64, nGrid)
	iadd := make([]float64, nGrid)
	iz := make([]float64, nGrid)
	for i := range lvl {
		lvl[i], imul[i] = 1, 1
	}
	lastRowOf := func(gridEnd int) int { // last written row at or before grid index gridEnd
		return sort.SearchInts(rows, gridEnd+1) - 1
	}
	applyInc := func(in incident, g0 int) int {
		d := pts(in.dur)
		for q := 0; q < d && g0+q < nGrid; q++ {
			w := in.shape.weight(q, d)
			imul[g0+q] = 1 + (in.mul-1)*w
			iadd[g0+q] = in.add * w
			iz[g0+q] = in.z * w
		}
		return g0 + d
	}
	for j, it := range items {
		a := anchors[j]
		if it.ben != nil {
			b := it.ben
			g0 := rows[a]
			up := pts(b.up)
			hold, down := 0, 0
			if b.kind == "campaign" {
				hold, down = pts(b.hold), pts(b.down)
			}
			for i := g0; i < nGrid; i++ {
				q := i - g0
				switch b.kind {
				case "level-shift":
					lvl[i] *= 1 + (b.mul-1)*math.Min(1, float64(q+1)/float64(up))
				case "campaign":
					var w float64
					switch {
					case q < up:
						x := float64(q+1) / float64(up)
						w = x * x * (3 - 2*x)
					case q < up+hold:
						w = 1
					case q < up+hold+down:
						w = 1 - float64(q-up-hold+1)/float64(down)
					}
					lvl[i] *= 1 + (b.mul-1)*w
				}
			}
			end := g0 + up + hold + down - 1
			s.benign = append(s.benign, placedBenign{ben: b, row: a, lastRow: lastRowOf(min(end, nGrid-1))})
			continue
		}
		for q, in := range it.incs {
			r := a + offs[j][q]
			g0 := rows[r]
			end := applyInc(in, g0)
			if in.then != nil {
				end = applyInc(*in.then, end)
			}
			s.incidents = append(s.incidents, placedIncident{
				inc: in, row: r, lastRow: lastRowOf(min(end-1, nGrid-1)),
				front: r - half, end: r + half,
			})
		}
	}
	sort.Slice(s.incidents, func(a, b int) bool { return s.incidents[a].row < s.incidents[b].row })
	sort.Slice(s.benign, func(a, b int) bool { return s.benign[a].row < s.benign[b].row })

	// Sample every grid point (keeps the drift continuous across gaps) and
	// keep the present ones.
	var ar float64
	for i := 0; i < nGrid; i++ {
		t := sp.start.Add(time.Duration(i) * sp.step)
		m := sp.base(t) * lvl[i]
		m = sp.noise.shift(m*imul[i]+iadd[i], iz[i], t)
		y := sp.noise.sample(g.r, math.Max(m, 0), t, &ar)
		if sp.max > 0 {
			y = math.Min(y, sp.max)
		}
		if !present[i] {
			continue
		}
		s.times = append(s.times, t)
		if sp.decimals < 0 {
			s.values = append(s.values, strconv.FormatInt(int64(math.Round(y)), 10))
		} else {
			s.values = append(s.values, strconv.FormatFloat(y, 'f', sp.decimals, 64))
		}
	}
	return s, s.check()
}

// layout places the items of a spec on the rows of its file, after the quiet
// period and NAB's probation, in random order with random spacing, so that
// every incident's NAB window (W rows, centred on its first row) is free of
// other windows and every benign event is more than W rows from any window.
// It returns the items in time order, the anchor row of each and, for
// incident groups, each incident's row offset from the anchor.
func layout(g *gen, sp *spec, rows []int, W int) ([]item, []int, [][]int, error) {
	half, nRows := W/2, len(rows)
	pts := func(d time.Duration) int { return max(1, int(math.Round(float64(d)/float64(sp.step)))) }
	timeOf := func(r int) time.Time { return sp.start.Add(time.Duration(rows[r]) * sp.step) }
	durRows := func(in incident) int {
		d := pts(in.dur)
		if in.then != nil {
			d += pts(in.then.dur)
		}
		return d
	}
	recov := func(in incident) int { return max(2, durRows(in)/2) }
	quietRow := sort.Search(nRows, func(r int) bool { return !timeOf(r).Before(sp.start.Add(sp.quiet)) })
	lo := max(quietRow, probationRows(nRows)+1)
	hi := nRows - 1 - max(half, 2)

	items := append([]item(nil), sp.items...)
	for attempt := 0; attempt < 100; attempt++ {
		if !sp.ordered {
			g.r.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		}
		// Footprint of item j: rows [a-L[j], a+R[j]] around its anchor a.
		L, R := make([]int, len(items)), make([]int, len(items))
		offs := make([][]int, len(items))
		for j, it := range items {
			if it.ben != nil {
				R[j] = max(1, pts(it.ben.up+it.ben.hold+it.ben.down))
				continue
			}
			o := []int{0}
			for q := 1; q < len(it.incs); q++ {
				prev := it.incs[q-1]
				o = append(o, o[q-1]+max(pts(it.incs[q].gap), 2*half+1, durRows(prev)+recov(prev)))
			}
			last, end := it.incs[len(it.incs)-1], o[len(o)-1]
			L[j], R[j], offs[j] = half, max(end+half, end+durRows(last)+recov(last)), o
		}
		sep := func(j int) int { // empty rows required between footprints j-1 and j
			if items[j-1].ben != nil || items[j].ben != nil {
				return W
			}
			return 1
		}
		need := 0
		for j := range items {
			need += L[j] + R[j] + 1
			if j > 0 {
				need += sep(j)
			}
		}
		slack := hi - lo + 1 - need
		if slack < 0 {
			return nil, nil, nil, fmt.Errorf("the incidents need %d rows but only %d are free", need, hi-lo+1)
		}
		// Spread the slack over the len(items)+1 gaps (a Dirichlet(2,...,2)
		// split: random, but rarely piles everything into one stretch).
		// An item that must start at certain times (at night, at a weekend)
		// moves forward to the next such row, using up slack.
		parts := make([]float64, len(items)+1)
		rest := 0.0
		for j := range parts {
			parts[j] = g.r.ExpFloat64() + g.r.ExpFloat64()
			rest += parts[j]
		}
		anchors := make([]int, len(items))
		pos, rem, ok := lo, slack, true
		for j, it := range items {
			if j > 0 {
				pos += sep(j)
			}
			take := int(float64(rem) * parts[j] / rest)
			rest -= parts[j]
			rem -= take
			a := pos + take + L[j]
			if when := it.when(); when != nil {
				d := 0
				for d <= rem && !when(timeOf(a+d)) {
					d++
				}
				if d > rem {
					ok = false
					break
				}
				// Anywhere in the run of matching rows, not just its first.
				m := 1
				for d+m <= rem && when(timeOf(a+d+m)) {
					m++
				}
				d += g.r.IntN(m)
				a += d
				rem -= d
			}
			anchors[j] = a
			pos = a + R[j] + 1
		}
		if ok {
			return items, anchors, offs, nil
		}
	}
	return nil, nil, nil, errors.New("no layout meets the time-of-day constraints")
}

// check verifies the NAB constraints on the windows of one series.
func (s *series) check() error {
	n := len(s.times)
	prob := probationRows(n)
	prevEnd := -1
	for i, pi := range s.incidents {
		switch {
		case pi.front <= prob:
			return fmt.Errorf("%s: window %d starts in the probationary period", s.rel(), i+1)
		case pi.end >= n:
			return fmt.Errorf("%s: window %d passes the end", s.rel(), i+1)
		case pi.front <= prevEnd:
			return fmt.Errorf("%s: window %d overlaps the one before", s.rel(), i+1)
		case pi.end-pi.front+1 < 2:
			return fmt.Errorf("%s: window %d is shorter than 2 rows", s.rel(), i+1)
		}
		prevEnd = pi.end
		for _, b := range s.benign {
			if b.lastRow >= pi.front-s.windowLen && b.row <= pi.end+s.windowLen {
				return fmt.Errorf("%s: benign event at rows %d-%d is within a window length (%d) of window %d (rows %d-%d)", s.rel(), b.row, b.lastRow, s.windowLen, i+1, pi.front, pi.end)
			}
		}
	}
	return nil
}

// Build generates the whole corpus for a seed.
func Build(seed uint64) ([]*series, error) {
	var out []*series
	for _, f := range families {
		for _, e := range f.specs {
			s, err := generate(seed, f.cat, e)
			if err != nil {
				return nil, err
			}
			out = append(out, s)
		}
	}
	return out, nil
}

// ---------------------------------------------------------------------------
// Output

type incidentJSON struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Kind  string `json:"kind"`
	Size  string `json:"size"`
	Note  string `json:"note,omitempty"`
}

type benignJSON struct {
	Start string `json:"start"`
	End   string `json:"end"`
	Kind  string `json:"kind"`
	Size  string `json:"size"`
	Note  string `json:"note"`
}

type fileJSON struct {
	Description  string         `json:"description"`
	Step         string         `json:"step"`
	Rows         int            `json:"rows"`
	MissingRows  int            `json:"missing_rows"`
	WindowLength int            `json:"window_length"`
	Incidents    []incidentJSON `json:"incidents"`
	Benign       []benignJSON   `json:"unlabelled_events"`
}

// Files renders the corpus: relative path -> contents.
func Files(ss []*series) (map[string][]byte, error) {
	files := map[string][]byte{}
	windows := map[string][][2]string{}
	labels := map[string][]string{}
	details := map[string]fileJSON{}
	for _, s := range ss {
		var b bytes.Buffer
		b.WriteString("timestamp,value\n")
		for i, t := range s.times {
			b.WriteString(t.Format(tsLayout))
			b.WriteByte(',')
			b.WriteString(s.values[i])
			b.WriteByte('\n')
		}
		rel := s.rel()
		files["data/"+rel] = b.Bytes()
		fj := fileJSON{
			Description: s.desc, Step: fmtDur(s.step), Rows: len(s.times),
			WindowLength: s.windowLen, Incidents: []incidentJSON{}, Benign: []benignJSON{},
		}
		span := int(s.times[len(s.times)-1].Sub(s.times[0])/s.step) + 1
		fj.MissingRows = span - len(s.times)
		windows[rel] = [][2]string{}
		labels[rel] = []string{}
		for _, pi := range s.incidents {
			windows[rel] = append(windows[rel], [2]string{s.times[pi.front].Format(windowLayout), s.times[pi.end].Format(windowLayout)})
			labels[rel] = append(labels[rel], s.times[pi.row].Format(tsLayout))
			fj.Incidents = append(fj.Incidents, incidentJSON{
				Start: s.times[pi.row].Format(tsLayout), End: s.times[pi.lastRow].Format(tsLayout),
				Kind: pi.inc.kind, Size: pi.inc.size() + " for " + fmtDur(pi.inc.dur), Note: pi.inc.note,
			})
		}
		for _, pb := range s.benign {
			size := fmt.Sprintf("x%.3g over %s", pb.ben.mul, fmtDur(pb.ben.up))
			if pb.ben.kind == "campaign" {
				size = fmt.Sprintf("up to x%.3g: %s ramp, %s plateau, %s decay", pb.ben.mul, fmtDur(pb.ben.up), fmtDur(pb.ben.hold), fmtDur(pb.ben.down))
			}
			fj.Benign = append(fj.Benign, benignJSON{
				Start: s.times[pb.row].Format(tsLayout), End: s.times[pb.lastRow].Format(tsLayout),
				Kind: pb.ben.kind, Size: size, Note: pb.ben.note,
			})
		}
		details[rel] = fj
	}
	for name, v := range map[string]any{
		"labels/combined_windows.json":   windows,
		"labels/combined_labels.json":    labels,
		"labels/opsbench_incidents.json": details,
	} {
		js, err := json.MarshalIndent(v, "", "    ")
		if err != nil {
			return nil, err
		}
		files[name] = append(js, '\n')
	}
	return files, nil
}

// listing prints a Markdown table of the corpus.
func listing(w io.Writer, ss []*series) {
	fmt.Fprintln(w, "| file | step | rows | missing | window rows | incidents | unlabelled events |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|---|")
	var rows, inc, ben int
	for _, s := range ss {
		span := int(s.times[len(s.times)-1].Sub(s.times[0])/s.step) + 1
		wl := s.incidents[0].end - s.incidents[0].front + 1
		fmt.Fprintf(w, "| %s | %s | %d | %d | %d | %d | %d |\n", s.rel(), fmtDur(s.step), len(s.times), span-len(s.times), wl, len(s.incidents), len(s.benign))
		rows += len(s.times)
		inc += len(s.incidents)
		ben += len(s.benign)
	}
	fmt.Fprintf(w, "| **total: %d files** | | %d | | | %d | %d |\n", len(ss), rows, inc, ben)
}

func run(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("opsbench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	out := fl.String("out", "", "corpus directory to write (data/ and labels/ are created in it)")
	seed := fl.Uint64("seed", 1, "random seed; the same seed gives identical files")
	force := fl.Bool("force", false, "replace existing DIR/data and DIR/labels")
	list := fl.Bool("list", false, "print a Markdown table of the corpus to stdout")
	if err := fl.Parse(args); err != nil {
		return 2
	}
	if fl.NArg() > 0 || (*out == "" && !*list) {
		fmt.Fprintln(stderr, "usage: opsbench -out DIR [-seed N] [-force] [-list]")
		return 2
	}
	t0 := time.Now()
	ss, err := Build(*seed)
	if err != nil {
		fmt.Fprintln(stderr, "opsbench:", err)
		return 1
	}
	if *list {
		listing(stdout, ss)
	}
	if *out == "" {
		return 0
	}
	files, err := Files(ss)
	if err != nil {
		fmt.Fprintln(stderr, "opsbench:", err)
		return 1
	}
	if err := write(*out, files, *force); err != nil {
		fmt.Fprintln(stderr, "opsbench:", err)
		return 1
	}
	total, inc := 0, 0
	for _, b := range files {
		total += len(b)
	}
	for _, s := range ss {
		inc += len(s.incidents)
	}
	fmt.Fprintf(stderr, "opsbench: wrote %d series with %d labelled incidents (%.1f MB) to %s in %v\n",
		len(ss), inc, float64(total)/1e6, *out, time.Since(t0).Round(time.Millisecond))
	return 0
}

// write puts files under dir, refusing to mix with an existing corpus unless
// force is set (then DIR/data and DIR/labels are removed first).
func write(dir string, files map[string][]byte, force bool) error {
	for _, sub := range []string{"data", "labels"} {
		p := filepath.Join(dir, sub)
		if _, err := os.Stat(p); err == nil {
			if !force {
				return fmt.Errorf("%s exists; use -force to replace it", p)
			}
			if err := os.RemoveAll(p); err != nil {
				return err
			}
		} else if !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	names := make([]string, 0, len(files))
	for name := range files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}
