package deploy

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"
)

// Verdict is the outcome of a comparison, and of each signal in it.
type Verdict string

// The verdicts.
const (
	Healthy      Verdict = "healthy"
	Degraded     Verdict = "degraded"
	Inconclusive Verdict = "inconclusive"
)

// ExitCode is the `vigil deploy check` exit status for v: 0 healthy,
// 1 degraded (roll back), 2 inconclusive.
func (v Verdict) ExitCode() int {
	switch v {
	case Healthy:
		return 0
	case Degraded:
		return 1
	}
	return 2
}

// Signal names, in the order a Report lists them.
const (
	SignalErrorRatio = "error_ratio"
	Signal5xxRatio   = "http_5xx_ratio"
	Signal429Ratio   = "http_429_ratio"
	SignalLatencyP95 = "latency_p95"
	SignalDelayP95   = "sync_delay_p95"
	SignalEventRate  = "event_rate"
	SignalNewCodes   = "new_error_codes"
)

// Units of Signal.Before and Signal.After.
const (
	UnitRatio   = "ratio"   // a fraction, 0–1
	UnitMs      = "ms"      // milliseconds (event.duration is in ns)
	UnitSeconds = "s"       // seconds
	UnitPerMin  = "per_min" // events per minute
	UnitCodes   = "codes"   // distinct new error codes
)

// Increase is a minimum effect size: a rise counts only when after ≥
// Factor × before and after − before ≥ Delta. Delta is in the unit the
// Report uses for the signal (a fraction for ratios, ms for latency,
// seconds for sync delay).
type Increase struct {
	Factor float64 `json:"factor"`
	Delta  float64 `json:"delta"`
}

func (inc Increase) met(before, after float64) bool {
	return after >= inc.Factor*before && after-before >= inc.Delta
}

// least is the smallest after-value that meets inc.
func (inc Increase) least(before float64) float64 {
	return max(inc.Factor*before, before+inc.Delta)
}

// Options tune Compare. A zero field takes its default (DefaultOptions).
type Options struct {
	// Alpha is the significance level of each signal's test (default
	// 0.001). Over the m tested signals the chance that a deploy that
	// changed nothing is called degraded is at most m × Alpha (Bonferroni);
	// Holm's step-down at that family level decides which further signals
	// are flagged significant.
	Alpha float64 `json:"alpha"`
	// MinRatioIncrease is the effect size for the error, 5xx and 429
	// ratios (default ×2 and +0.5 percentage points: 0.005).
	MinRatioIncrease Increase `json:"min_ratio_increase"`
	// MinLatencyIncrease is the effect size for latency p95 (default ×1.5
	// and +50 ms).
	MinLatencyIncrease Increase `json:"min_latency_increase"`
	// MinDelayIncrease is the effect size for sync delay p95 (default ×1.5
	// and +60 s).
	MinDelayIncrease Increase `json:"min_delay_increase"`
	// MinRateFraction: the event rate has collapsed when it falls below
	// this fraction of the baseline's (default 0.3) and the baseline
	// predicts at least MinEvents events. A surge is never a regression.
	MinRateFraction float64 `json:"min_rate_fraction"`
	// MinEvents is how many after-events a healthy verdict needs (default
	// 100). A clear regression is reported degraded with fewer.
	MinEvents int64 `json:"min_events"`
	// MinBaselineEvents is how many events (HTTP responses, durations,
	// delays for those signals) a baseline needs to serve a signal
	// (default 100).
	MinBaselineEvents int64 `json:"min_baseline_events"`
	// NewCodeMinCount and NewCodeMinShare: a new error code degrades the
	// deploy with at least NewCodeMinCount occurrences (default 3), or with
	// at least 2 making NewCodeMinShare of the after-events (default 0.01).
	// A single line never does.
	NewCodeMinCount int64   `json:"new_code_min_count"`
	NewCodeMinShare float64 `json:"new_code_min_share"`
	// PowerFactor, PowerExceedance and MinPower define "could have been
	// caught": a ratio signal is powered when a rise to PowerFactor × its
	// baseline (default 3, and at least PowerFactor × MinRatioIncrease.Delta)
	// would be detected with probability ≥ MinPower (default 0.5); a p95
	// signal when a shift pushing PowerExceedance (default 0.25) of the
	// after-values past the baseline p95 would be.
	PowerFactor     float64 `json:"power_factor"`
	PowerExceedance float64 `json:"power_exceedance"`
	MinPower        float64 `json:"min_power"`
	// SuspectAlpha: a signal that meets its effect size with a p-value at
	// most SuspectAlpha (default 0.05) but is not significant is
	// "suspicious" and makes the verdict inconclusive rather than healthy:
	// a real regression the test is too weak to confirm should be looked
	// at again with a longer window, not waved through.
	SuspectAlpha float64 `json:"suspect_alpha"`
	// RequirePower lists the signals whose lack of power makes the verdict
	// inconclusive rather than healthy (default: error_ratio, the one
	// signal every event carries). Other underpowered signals are only
	// reported. Set a non-nil empty slice to require none.
	RequirePower []string `json:"require_power"`
	// MaxListed bounds the new codes and new messages a Report lists
	// (default 20); the rest are counted.
	MaxListed int `json:"max_listed"`
}

// DefaultOptions returns the defaults documented on Options.
func DefaultOptions() Options {
	return Options{
		Alpha:              0.001,
		MinRatioIncrease:   Increase{Factor: 2, Delta: 0.005},
		MinLatencyIncrease: Increase{Factor: 1.5, Delta: 50},
		MinDelayIncrease:   Increase{Factor: 1.5, Delta: 60},
		MinRateFraction:    0.3,
		MinEvents:          100,
		MinBaselineEvents:  100,
		NewCodeMinCount:    3,
		NewCodeMinShare:    0.01,
		PowerFactor:        3,
		PowerExceedance:    0.25,
		MinPower:           0.5,
		SuspectAlpha:       0.05,
		RequirePower:       []string{SignalErrorRatio},
		MaxListed:          20,
	}
}

func (o Options) withDefaults() Options {
	d := DefaultOptions()
	def := func(v *float64, dv float64) {
		if *v == 0 {
			*v = dv
		}
	}
	def(&o.Alpha, d.Alpha)
	def(&o.MinRatioIncrease.Factor, d.MinRatioIncrease.Factor)
	def(&o.MinRatioIncrease.Delta, d.MinRatioIncrease.Delta)
	def(&o.MinLatencyIncrease.Factor, d.MinLatencyIncrease.Factor)
	def(&o.MinLatencyIncrease.Delta, d.MinLatencyIncrease.Delta)
	def(&o.MinDelayIncrease.Factor, d.MinDelayIncrease.Factor)
	def(&o.MinDelayIncrease.Delta, d.MinDelayIncrease.Delta)
	def(&o.MinRateFraction, d.MinRateFraction)
	def(&o.NewCodeMinShare, d.NewCodeMinShare)
	def(&o.PowerFactor, d.PowerFactor)
	def(&o.PowerExceedance, d.PowerExceedance)
	def(&o.MinPower, d.MinPower)
	def(&o.SuspectAlpha, d.SuspectAlpha)
	if o.MinEvents == 0 {
		o.MinEvents = d.MinEvents
	}
	if o.MinBaselineEvents == 0 {
		o.MinBaselineEvents = d.MinBaselineEvents
	}
	if o.NewCodeMinCount == 0 {
		o.NewCodeMinCount = d.NewCodeMinCount
	}
	if o.RequirePower == nil {
		o.RequirePower = d.RequirePower
	}
	if o.MaxListed == 0 {
		o.MaxListed = d.MaxListed
	}
	return o
}

// Signal is one compared signal.
type Signal struct {
	Name string `json:"name"`
	Unit string `json:"unit"`
	// Before is the baseline value the after-value is judged against: with
	// several baselines, the most lenient one (the highest ratio or p95,
	// the lowest event rate), named by Baseline.
	Before   float64 `json:"before"`
	After    float64 `json:"after"`
	Baseline string  `json:"baseline,omitempty"`
	// Change is After − Before; Factor is After / Before (absent when
	// Before is 0).
	Change float64 `json:"change"`
	Factor float64 `json:"factor,omitempty"`
	// BeforeN and AfterN are the sample sizes: events, HTTP responses,
	// durations or delays.
	BeforeN int64 `json:"before_n"`
	AfterN  int64 `json:"after_n"`
	// PValue is the one-sided p-value of "no worse than the baseline"
	// (with several baselines, the largest); 1 when untested.
	PValue float64 `json:"p_value"`
	// Significant: PValue passes Holm's step-down. EffectOK: the change
	// meets the minimum effect size against every baseline.
	Significant bool `json:"significant"`
	EffectOK    bool `json:"effect_ok"`
	// Power is the estimated probability of catching a rise of
	// Options.PowerFactor (ratios) or Options.PowerExceedance (p95s);
	// absent for signals without a power estimate.
	Power float64 `json:"power,omitempty"`
	// NeedN, for an underpowered ratio signal, is roughly the AfterN at
	// which it would be powered: how long to wait before checking again.
	NeedN   int64   `json:"need_n,omitempty"`
	Verdict Verdict `json:"verdict"`
	// Note says why the signal is inconclusive; Detail gives the counts.
	Note   string `json:"note,omitempty"`
	Detail string `json:"detail,omitempty"`

	tested, hasPower bool
}

// NewCode is an error code (error.code, else error.type) seen after the
// deploy and in no baseline.
type NewCode struct {
	Code      string    `json:"code"`
	Count     int64     `json:"count"`
	FirstSeen time.Time `json:"first_seen"`
	TraceIDs  []string  `json:"trace_ids"`
	// Message is the first error message seen with the code, normalised.
	Message string `json:"message,omitempty"`
	// PValue is the chance of Count or more occurrences after the deploy
	// and none before if the code were as frequent before as after.
	PValue float64 `json:"p_value"`
	// Degrading: the code meets the count rule (Options.NewCodeMinCount).
	Degrading bool `json:"degrading"`
}

// NewMessage is a normalised error message (error.message, else the
// message of an error-level event) seen after the deploy and in no
// baseline. New messages are reported, never judged.
type NewMessage struct {
	Message   string    `json:"message"`
	Count     int64     `json:"count"`
	FirstSeen time.Time `json:"first_seen"`
	TraceIDs  []string  `json:"trace_ids"`
}

// Report is the result of Compare: the body of `vigil deploy check
// --report json` and of the HTTP API.
type Report struct {
	Verdict Verdict `json:"verdict"`
	Reason  string  `json:"reason"`
	// Service and Version are the after-window's most frequent
	// service.name (a baseline's when it has none) and service.version
	// (deploy markers included).
	Service   string          `json:"service,omitempty"`
	Version   string          `json:"version,omitempty"`
	After     WindowSummary   `json:"after"`
	Baselines []WindowSummary `json:"baselines"`
	Signals   []Signal        `json:"signals"`
	// NewCodes are sorted by count, highest first; NewCodesOmitted counts
	// those past Options.MaxListed. Likewise for messages.
	NewCodes           []NewCode    `json:"new_codes"`
	NewCodesOmitted    int          `json:"new_codes_omitted,omitempty"`
	NewMessages        []NewMessage `json:"new_messages"`
	NewMessagesOmitted int          `json:"new_messages_omitted,omitempty"`
	Options            Options      `json:"options"`

	// The caller's context, which Compare leaves empty: DeployedAt is the
	// deploy's time, Notes say how the windows were chosen (a baseline
	// skipped or shortened, a window not over yet), and KibanaURL links to
	// the service's logs around the deploy. Markdown renders them.
	DeployedAt time.Time `json:"deployed_at,omitzero"`
	Notes      []string  `json:"notes,omitempty"`
	KibanaURL  string    `json:"kibana_url,omitempty"`
}

// Signal returns the named signal, or nil when the report has none (no
// data on either side).
func (r *Report) Signal(name string) *Signal {
	for i := range r.Signals {
		if r.Signals[i].Name == name {
			return &r.Signals[i]
		}
	}
	return nil
}

// Degraded returns the names of the degraded signals.
func (r *Report) Degraded() []string {
	var names []string
	for _, s := range r.Signals {
		if s.Verdict == Degraded {
			names = append(names, s.Name)
		}
	}
	return names
}

// Compare judges after (the events since a deploy) against baselines (the
// same service before it: e.g. the 2 hours before, and the same hours a
// day and a week earlier). A signal is judged against every baseline that
// has enough data for it and is degraded only when it is significantly
// worse than each of them (an intersection–union test), so a daily pattern
// that one baseline shows is not blamed on the deploy. Nil windows are
// ignored. Compare does not modify the windows.
func Compare(after *Window, baselines []*Window, opt Options) Report {
	opt = opt.withDefaults()
	if after == nil {
		after = NewWindow(time.Time{}, time.Time{})
	}
	c := &comparer{after: after, opt: opt}
	r := Report{
		After:       after.Summary(),
		Service:     after.services.first(),
		Version:     after.versions.first(),
		Baselines:   []WindowSummary{},
		Signals:     []Signal{},
		NewCodes:    []NewCode{},
		NewMessages: []NewMessage{},
		Options:     opt,
	}
	for _, b := range baselines {
		if b == nil {
			continue
		}
		label := b.Label
		if label == "" {
			label = fmt.Sprintf("baseline %d", len(c.bases)+1)
		}
		c.bases = append(c.bases, b)
		c.labels = append(c.labels, label)
		sum := b.Summary()
		sum.Label = label
		r.Baselines = append(r.Baselines, sum)
		if r.Service == "" {
			r.Service = sum.Service // an after-window with no events
		}
	}

	add := func(s Signal, ok bool) {
		if ok {
			r.Signals = append(r.Signals, s)
		}
	}
	add(c.ratio(SignalErrorRatio, errorsOfEvents, "events"))
	add(c.ratio(Signal5xxRatio, http5xxOfHTTP, "HTTP responses"))
	add(c.ratio(Signal429Ratio, http429OfHTTP, "HTTP responses"))
	add(c.quantile(SignalLatencyP95, UnitMs, func(w *Window) *sketch { return &w.durations }, 1e-6, opt.MinLatencyIncrease, "durations"))
	add(c.quantile(SignalDelayP95, UnitSeconds, func(w *Window) *sketch { return &w.delays }, 1, opt.MinDelayIncrease, "sync delays"))
	add(c.rate())
	codes, ok := c.newCodes(&r)
	add(codes, ok)
	c.newMessages(&r)

	holm(r.Signals, opt.Alpha)
	for i := range r.Signals {
		s := &r.Signals[i]
		switch {
		case s.Verdict != "":
		case s.Significant && s.EffectOK:
			s.Verdict = Degraded
		case c.suspect(s):
			s.Verdict = Inconclusive
			s.Note = fmt.Sprintf("worse, but not significantly (p %s): check again with a longer window", formatP(s.PValue))
		case s.hasPower && s.Power < opt.MinPower:
			s.Verdict, s.Note = Inconclusive, c.powerNote(s)
		default:
			s.Verdict = Healthy
		}
	}
	c.verdict(&r)
	return r
}

type comparer struct {
	after  *Window
	bases  []*Window
	labels []string
	opt    Options
}

func joinDetail(a, b string) string {
	if a == "" {
		return b
	}
	return a + "; " + b
}

func (c *comparer) powerNote(s *Signal) string {
	what := fmt.Sprintf("a ×%g rise", c.opt.PowerFactor)
	if s.Unit != UnitRatio {
		what = fmt.Sprintf("%.0f %% of values past the old p95", 100*c.opt.PowerExceedance)
	}
	note := fmt.Sprintf("too little data to catch %s (power %.0f %%", what, 100*s.Power)
	if s.NeedN > 0 {
		noun := "events"
		if s.Name == Signal5xxRatio || s.Name == Signal429Ratio {
			noun = "HTTP responses"
		}
		note += fmt.Sprintf("; about %s %s needed", formatCount(s.NeedN), noun)
		if m := c.after.minutes(); m > 0 && s.AfterN > 0 {
			note += fmt.Sprintf(", %.0f min at this rate", float64(s.NeedN)/float64(s.AfterN)*m)
		}
	}
	return note + ")"
}

// ratio compares errors/events, 5xx/HTTP or 429/HTTP. The test is the
// conditional binomial test of two counts: given the x_a + x_b numerator
// events of both windows, x_a is Binomial(x_a + x_b, n_a / (n_a + n_b))
// when the ratio has not changed, and the one-sided p-value is its upper
// tail (mid-p). It is exact for Poisson counts and conservative for
// binomial ones, and accounts for the baseline's own sampling error.
// Counts are first divided by their over-dispersion: the larger of the
// baseline's minute-to-minute dispersion and the design effect of lines
// clustered by trace.id in both windows (one failure logged five times).
func (c *comparer) ratio(name string, k ratioKind, noun string) (Signal, bool) {
	xa, na := c.after.ratio(k)
	s := Signal{Name: name, Unit: UnitRatio, PValue: 1, AfterN: na}
	present := na > 0
	for _, b := range c.bases {
		if _, n := b.ratio(k); n > 0 {
			present = true
		}
	}
	if !present {
		return s, false
	}
	if na > 0 {
		s.After = float64(xa) / float64(na)
	}
	var usable []int
	for i, b := range c.bases {
		if _, n := b.ratio(k); n >= c.opt.MinBaselineEvents {
			usable = append(usable, i)
		}
	}
	switch {
	case na == 0:
		s.Verdict, s.Note = Inconclusive, "no "+noun+" after the deploy"
		return s, true
	case len(usable) == 0:
		s.Verdict = Inconclusive
		s.Note = fmt.Sprintf("no baseline with %d %s or more", c.opt.MinBaselineEvents, noun)
		return s, true
	}
	s.tested, s.hasPower = true, true
	s.Before, s.PValue, s.EffectOK, s.Power = -1, 0, true, 1
	var bindX int64
	var bindPhi float64
	bind := -1
	for _, i := range usable {
		xb, nb := c.bases[i].ratio(k)
		if rb := float64(xb) / float64(nb); rb > s.Before {
			s.Before, s.BeforeN, s.Baseline, bindX, bind = rb, nb, c.labels[i], xb, i
		}
	}
	// The rise the gate promises to catch, judged against every baseline.
	alt := min(1, c.opt.PowerFactor*max(s.Before, c.opt.MinRatioIncrease.Delta))
	for _, i := range usable {
		b := c.bases[i]
		xb, nb := b.ratio(k)
		rb := float64(xb) / float64(nb)
		phi := max(b.ratioDispersion(k), designEffect(&c.after.clusters[k], &b.clusters[k]))
		pi0 := float64(na) / float64(na+nb)
		p := midUpper(float64(xa)/phi, float64(xa+xb)/phi, pi0)
		s.PValue = max(s.PValue, p)
		s.EffectOK = s.EffectOK && c.opt.MinRatioIncrease.met(rb, s.After)
		s.Power = min(s.Power, c.ratioPower(xb, nb, na, phi, alt))
		if s.Power < c.opt.MinPower {
			s.NeedN = max(s.NeedN, c.ratioNeed(xb, nb, na, phi, alt))
		}
		if i == bind {
			bindPhi = phi
		}
	}
	s.setChange()
	s.Detail = fmt.Sprintf("%d of %d %s after, %d of %d before", xa, na, noun, bindX, s.BeforeN)
	if bindPhi > 1.5 {
		s.Detail += fmt.Sprintf(" (bursty: counts deflated ×%.1f)", bindPhi)
	}
	return s, true
}

// ratioPower estimates the chance that the ratio test against one
// baseline (with its effect size) flags an after-ratio of alt: PowerFactor
// × max(highest baseline ratio, MinRatioIncrease.Delta).
func (c *comparer) ratioPower(xb, nb, na int64, phi, alt float64) float64 {
	rb := float64(xb) / float64(nb)
	pi0 := float64(na) / float64(na+nb)
	pv := func(k int64) float64 {
		return midUpper(float64(k)/phi, float64(k+xb)/phi, pi0)
	}
	lo := int64(math.Ceil(c.opt.MinRatioIncrease.least(rb)*float64(na) - 1e-9))
	k, ok := smallest(max(lo, 1), na, func(k int64) bool { return pv(k) <= c.opt.Alpha })
	if !ok {
		return 0
	}
	return binomUpper(float64(k)/phi, float64(na)/phi, alt)
}

// ratioNeed returns about how many after-events would give the ratio test
// against one baseline the power MinPower (0 when no size up to 10⁷ would).
func (c *comparer) ratioNeed(xb, nb, na int64, phi, alt float64) int64 {
	hi := max(na, 1)
	for c.ratioPower(xb, nb, hi, phi, alt) < c.opt.MinPower {
		if hi >= 1e7 {
			return 0
		}
		hi *= 2
	}
	n, _ := smallest(max(na, 1), hi, func(n int64) bool { return c.ratioPower(xb, nb, n, phi, alt) >= c.opt.MinPower })
	return n
}

// smallest returns the smallest k in [lo, hi] with f(k), f monotone.
func smallest(lo, hi int64, f func(int64) bool) (int64, bool) {
	if lo > hi || !f(hi) {
		return 0, false
	}
	for lo < hi {
		mid := lo + (hi-lo)/2
		if f(mid) {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, true
}

// quantile compares a p95. The test is a two-sample quantile test (Mood's
// median test at the 95th percentile): take the threshold at the pooled
// sample's p95 and count the values of each window above it. Under "no
// change" both windows' values are exchangeable, so the after-window's
// share of the exceedances is hypergeometric whatever the distribution:
// the p-value is its upper tail (mid-p). Values are compared by sketch
// bucket (1 % wide), the same rule for both windows, which keeps the null
// distribution exact.
func (c *comparer) quantile(name, unit string, get func(*Window) *sketch, scale float64, inc Increase, noun string) (Signal, bool) {
	sa := get(c.after)
	na := sa.n
	s := Signal{Name: name, Unit: unit, PValue: 1, AfterN: na}
	present := na > 0
	for _, b := range c.bases {
		if get(b).n > 0 {
			present = true
		}
	}
	if !present {
		return s, false
	}
	s.After = sa.quantile(0.95) * scale
	var usable []int
	for i, b := range c.bases {
		if get(b).n >= c.opt.MinBaselineEvents {
			usable = append(usable, i)
		}
	}
	switch {
	case na == 0:
		s.Verdict, s.Note = Inconclusive, "no "+noun+" after the deploy"
		return s, true
	case len(usable) == 0:
		s.Verdict = Inconclusive
		s.Note = fmt.Sprintf("no baseline with %d %s or more", c.opt.MinBaselineEvents, noun)
		return s, true
	}
	s.tested, s.hasPower = true, true
	s.Before, s.PValue, s.EffectOK, s.Power = -1, 0, true, 1
	var bindKa, bindKb int64
	for _, i := range usable {
		sb := get(c.bases[i])
		nb := sb.n
		total := na + nb
		bk := pooledBucketAtRank(rank(0.95, total), sa, sb)
		ka, kb := sa.countAbove(bk), sb.countAbove(bk)
		p := midHyperUpper(ka, total, ka+kb, na)
		qb := sb.quantile(0.95) * scale
		s.PValue = max(s.PValue, p)
		s.EffectOK = s.EffectOK && inc.met(qb, s.After)
		s.Power = min(s.Power, c.quantilePower(na, nb))
		if qb > s.Before {
			s.Before, s.BeforeN, s.Baseline = qb, nb, c.labels[i]
			bindKa, bindKb = ka, kb
		}
	}
	s.setChange()
	s.Detail = fmt.Sprintf("%d of %d %s after above the pooled p95, %d of %d before", bindKa, na, noun, bindKb, s.BeforeN)
	return s, true
}

// quantilePower estimates the chance that the quantile test flags a shift
// that puts PowerExceedance of the after-values above the baseline p95.
func (c *comparer) quantilePower(na, nb int64) float64 {
	kb := int64(math.Round(0.05 * float64(nb)))
	k, ok := smallest(1, na, func(k int64) bool {
		return midHyperUpper(k, na+nb, k+kb, na) <= c.opt.Alpha
	})
	if !ok {
		return 0
	}
	return binomUpper(float64(k), float64(na), c.opt.PowerExceedance)
}

// rate compares events per minute. Only a collapse is a regression: the
// one-sided test is the conditional binomial test of the two counts with
// the windows' durations as exposures (lower tail), with counts divided by
// the baseline's per-minute over-dispersion.
func (c *comparer) rate() (Signal, bool) {
	if !c.after.bounded {
		return Signal{}, false
	}
	ta, na := c.after.minutes(), c.after.events
	s := Signal{Name: SignalEventRate, Unit: UnitPerMin, PValue: 1, AfterN: na, After: float64(na) / ta}
	var usable []int
	for i, b := range c.bases {
		if b.bounded {
			usable = append(usable, i)
		}
	}
	if len(usable) == 0 {
		s.Verdict, s.Note = Inconclusive, "no baseline with a time range"
		return s, true
	}
	s.tested = true
	s.Before, s.PValue, s.EffectOK = math.Inf(1), 0, true
	var expected float64
	for _, i := range usable {
		b := c.bases[i]
		tb, nb := b.minutes(), b.events
		phi := b.countDispersion()
		p := midLower(float64(na)/phi, float64(na+nb)/phi, ta/(ta+tb))
		rb := float64(nb) / tb
		exp := rb * ta
		s.PValue = max(s.PValue, p)
		s.EffectOK = s.EffectOK && exp >= float64(c.opt.MinEvents) && float64(na) < c.opt.MinRateFraction*exp
		if rb < s.Before {
			s.Before, s.BeforeN, s.Baseline, expected = rb, nb, c.labels[i], exp
		}
	}
	s.setChange()
	switch {
	case s.Before > 0 && s.After > s.Before:
		s.Detail = fmt.Sprintf("%d events where %.0f were expected: a surge is not a regression", na, expected)
	default:
		s.Detail = fmt.Sprintf("%d events where %.0f were expected", na, expected)
	}
	return s, true
}

// baseCodes returns the union of the baselines' keys of one tally, the
// events they hold and whether any of them overflowed.
func (c *comparer) baseKeys(get func(*Window) *tally) (keys map[string]bool, events int64, withEvents int, overflow bool) {
	keys = make(map[string]bool)
	for _, b := range c.bases {
		if b.events == 0 {
			continue
		}
		withEvents++
		events += b.events
		t := get(b)
		overflow = overflow || t.overflow > 0
		for k := range t.m {
			keys[k] = true
		}
	}
	return keys, events, withEvents, overflow
}

// newCodes finds the error codes in no baseline. A code seen x times after
// and never in baselines holding n_b events is tested like a ratio with
// x_b = 0: p = (n_a / (n_a + n_b))^(x/φ), the chance that all occurrences
// fall after the deploy if its rate had not changed, with φ the code's
// design effect (occurrences sharing a trace are one failure).
func (c *comparer) newCodes(r *Report) (Signal, bool) {
	s := Signal{Name: SignalNewCodes, Unit: UnitCodes, PValue: 1, AfterN: c.after.events}
	known, nb, withEvents, overflow := c.baseKeys(func(w *Window) *tally { return &w.codes })
	if len(c.after.codes.m) == 0 && len(known) == 0 {
		return s, false
	}
	s.BeforeN = nb
	na := c.after.events
	switch {
	case withEvents == 0:
		s.Verdict, s.Note = Inconclusive, "no baseline with events"
		return s, true
	case overflow:
		s.Verdict, s.Note = Inconclusive, fmt.Sprintf("a baseline has more than %d distinct error codes", maxKeys)
		return s, true
	}
	pi0 := float64(na) / float64(na+nb)
	var all []NewCode
	minAll := 1.0
	for code, o := range c.after.codes.m {
		if known[code] {
			continue
		}
		// Occurrences in one trace are one failure: deflate the count by
		// the code's design effect.
		phi := min(max(float64(o.sum2+c.after.codeClusters.openSum2(o))/float64(o.count), 1), maxDispersion)
		nc := NewCode{
			Code: code, Count: o.count, FirstSeen: o.first, Message: o.message,
			TraceIDs:  append([]string{}, o.traces...),
			PValue:    math.Pow(pi0, float64(o.count)/phi),
			Degrading: o.count >= c.opt.NewCodeMinCount || o.count >= 2 && float64(o.count) >= c.opt.NewCodeMinShare*float64(na),
		}
		minAll = min(minAll, nc.PValue)
		if nc.Degrading {
			s.EffectOK = true
			s.PValue = min(s.PValue, nc.PValue)
		}
		all = append(all, nc)
	}
	if !s.EffectOK {
		s.PValue = minAll
	}
	slices.SortFunc(all, func(a, b NewCode) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), a.FirstSeen.Compare(b.FirstSeen), cmp.Compare(a.Code, b.Code))
	})
	s.tested = true
	s.After = float64(len(all))
	s.setChange()
	var parts []string
	for i, nc := range all {
		if i == 3 {
			parts = append(parts, fmt.Sprintf("%d more", len(all)-3))
			break
		}
		parts = append(parts, fmt.Sprintf("%s ×%d", nc.Code, nc.Count))
	}
	s.Detail = strings.Join(parts, ", ")
	if c.after.codes.overflow > 0 {
		s.Detail = joinDetail(s.Detail, fmt.Sprintf("%d occurrences of further codes not kept", c.after.codes.overflow))
	}
	if len(all) > c.opt.MaxListed {
		r.NewCodesOmitted = len(all) - c.opt.MaxListed
		all = all[:c.opt.MaxListed]
	}
	r.NewCodes = append(r.NewCodes, all...)
	return s, true
}

// newMessages lists the normalised error messages in no baseline.
func (c *comparer) newMessages(r *Report) {
	known, _, withEvents, overflow := c.baseKeys(func(w *Window) *tally { return &w.messages })
	if withEvents == 0 || overflow {
		return
	}
	var all []NewMessage
	for msg, o := range c.after.messages.m {
		if !known[msg] {
			all = append(all, NewMessage{Message: msg, Count: o.count, FirstSeen: o.first, TraceIDs: append([]string{}, o.traces...)})
		}
	}
	slices.SortFunc(all, func(a, b NewMessage) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), a.FirstSeen.Compare(b.FirstSeen), cmp.Compare(a.Message, b.Message))
	})
	if len(all) > c.opt.MaxListed {
		r.NewMessagesOmitted = len(all) - c.opt.MaxListed
		all = all[:c.opt.MaxListed]
	}
	r.NewMessages = append(r.NewMessages, all...)
}

func (s *Signal) setChange() {
	if math.IsInf(s.Before, 0) || s.Before < 0 {
		s.Before = 0
	}
	s.Change = s.After - s.Before
	if s.Before > 0 {
		s.Factor = s.After / s.Before
	}
}

// holm marks the signals whose p-values pass Holm's step-down procedure at
// family level m × alpha: the smallest p-value is compared with alpha, the
// next with m·alpha/(m−1), and so on until one fails.
func holm(sigs []Signal, alpha float64) {
	var idx []int
	for i := range sigs {
		if sigs[i].tested {
			idx = append(idx, i)
		}
	}
	slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(sigs[a].PValue, sigs[b].PValue) })
	m := float64(len(idx))
	for rank, i := range idx {
		if sigs[i].PValue > alpha*m/(m-float64(rank)) {
			break
		}
		sigs[i].Significant = true
	}
}

// suspect reports whether a signal meets its effect size and is nearly,
// but not, significant.
func (c *comparer) suspect(s *Signal) bool {
	return s.tested && s.EffectOK && !s.Significant && s.PValue <= c.opt.SuspectAlpha
}

// verdict decides the report's verdict and reason from its signals.
func (c *comparer) verdict(r *Report) {
	var degraded, suspects, weak []string
	var required *Signal
	for i := range r.Signals {
		s := &r.Signals[i]
		switch {
		case s.Verdict == Degraded:
			degraded = append(degraded, describe(s, r))
		case c.suspect(s):
			suspects = append(suspects, describe(s, r))
		case s.Verdict == Inconclusive:
			weak = append(weak, s.Name)
			if required == nil && slices.Contains(c.opt.RequirePower, s.Name) {
				required = s
			}
		}
	}
	anyBase := false
	for _, b := range c.bases {
		anyBase = anyBase || b.events > 0
	}
	switch {
	case c.after.events == 0:
		r.Verdict = Inconclusive
		r.Reason = "No events after the deploy"
		if s := r.Signal(SignalEventRate); s != nil && s.Before > 0 {
			r.Reason += fmt.Sprintf(" where about %.0f were expected: the service may be down or its logs not arriving", s.Before*c.after.minutes())
			if s.Verdict == Degraded {
				s.Verdict, s.Note = Inconclusive, "no events at all: down, or logs not arriving"
			}
		}
	case len(degraded) > 0:
		r.Verdict = Degraded
		r.Reason = strings.Join(degraded, "; ")
	case !anyBase:
		r.Verdict = Inconclusive
		r.Reason = "No baseline events to compare with"
	case len(suspects) > 0:
		r.Verdict = Inconclusive
		r.Reason = "Worse, but not significantly yet: " + strings.Join(suspects, "; ") + ". Check again with a longer window"
	case c.after.events < c.opt.MinEvents:
		r.Verdict = Inconclusive
		r.Reason = fmt.Sprintf("Only %d events after the deploy; %d are needed to call it healthy", c.after.events, c.opt.MinEvents)
	case required != nil:
		r.Verdict = Inconclusive
		r.Reason = required.Name + ": " + required.Note
	default:
		r.Verdict = Healthy
		tested := 0
		for _, s := range r.Signals {
			if s.tested {
				tested++
			}
		}
		r.Reason = fmt.Sprintf("No signal worse than the baselines (%d signals against %d baselines)", tested, len(c.bases))
		if len(c.bases) == 1 {
			r.Reason = fmt.Sprintf("No signal worse than the baseline (%d signals)", tested)
		}
		if len(weak) > 0 {
			r.Reason += "; too little data to judge " + strings.Join(weak, ", ")
		}
	}
}

// describe is one degraded signal in a sentence.
func describe(s *Signal, r *Report) string {
	if s.Name == SignalNewCodes {
		var parts []string
		for _, nc := range r.NewCodes {
			if nc.Degrading && len(parts) < 3 {
				parts = append(parts, fmt.Sprintf("%s ×%d since %s", nc.Code, nc.Count, nc.FirstSeen.UTC().Format("15:04:05Z")))
			}
		}
		return SignalNewCodes + ": " + strings.Join(parts, ", ")
	}
	change := formatDelta(s)
	if s.Factor > 0 {
		change += fmt.Sprintf(", ×%.2f", s.Factor)
	}
	return fmt.Sprintf("%s %s → %s (%s, p %s)", s.Name, formatValue(s.Unit, s.Before), formatValue(s.Unit, s.After), change, formatP(s.PValue))
}
