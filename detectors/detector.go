package detectors

import (
	"fmt"
	"sort"
	"time"
)

// Result is a detector's verdict on one observation.
type Result struct {
	// Score is the anomaly score in [0, 1): how far the point's surprise
	// (its own, or that of the recent run of points) stands above the
	// largest surprises this series produced recently. Points that do not
	// start an anomalous episode (see Anomalous) keep a tenth of it, so an
	// incident's onset stands out and the rest of it scores low. The onset
	// of a rare episode (Standout auto) that does not stand out scores
	// below EnterScore, by how rare its surprise is. It is 0 for most
	// points, orders the rest and never reaches 1, so a threshold can be
	// swept over it.
	Score float64
	// EpisodeScore is the largest Score of the run of points that started
	// the current anomalous episode (or is building towards one), 0 when
	// calm: the score an alert reports, where Score itself is the point's.
	EpisodeScore float64
	// Surprise is how unusual the point is, in spreads of the baseline
	// (the larger of its own and the recent run's, along Direction).
	Surprise float64
	// Anomalous is the decision. An episode starts when a point stands out
	// (Score >= Config.EnterScore), or is rare (Standout auto: a surprise
	// the series produces less than once in three days), with a surprise
	// of at least EnterZ and EnterPoints points in a row are that
	// surprising; it ends after ExitPoints calm points (own surprise below
	// ExitZ). Warm-up, the guards and Direction apply.
	Anomalous bool
	// Direction is the way the value deviates from the baseline (Up or
	// Down; Both only when it equals the baseline).
	Direction Direction
	// Value is the observed value.
	Value float64
	// Baseline is the expected value.
	Baseline float64
	// Lower and Upper bound the expected range: a value outside it has a
	// surprise of at least Config.EnterZ.
	Lower, Upper float64
	// Warm is false during warm-up.
	Warm bool
}

// Detector scores one series, one observation at a time, in event time.
// It is not safe for concurrent use.
type Detector interface {
	// Observe scores v observed at t and then learns from it.
	Observe(t time.Time, v float64) Result
	// MarshalBinary checkpoints the learned state (not the configuration).
	MarshalBinary() ([]byte, error)
	// UnmarshalBinary restores a checkpoint taken by a detector of the same
	// name and configuration.
	UnmarshalBinary([]byte) error
}

// RatioObserver is implemented by every detector New returns: it scores a
// ratio together with its volume, e.g. failed/total requests. The surprise
// is the smaller of the ratio's surprise against its own history and the
// Poisson tail probability of seeing num events when baseline*den were
// expected, so one failure out of three requests on a quiet shop is not an
// anomaly while a burst is. Config.MinVolume then applies to den.
type RatioObserver interface {
	ObserveRatio(t time.Time, num, den float64) Result
	// PooledRate is the failure rate learnt so far, and whether the
	// detector is warm enough to judge with it (see ScanRatio).
	PooledRate() (float64, bool)
}

// variant is what a detector name selects.
type variant struct {
	doc   string
	apply func(*Config)
	plain bool // non-robust EWMA mean and variance
}

var variants = map[string]variant{
	"default": {doc: "robust local level and spread with a floor, online day and week seasonal profiles used while they predict better, level-shift adoption", apply: func(*Config) {}},
	"robust":  {doc: "robust local level and spread with a floor, no seasonality", apply: func(c *Config) { c.Seasonality = SeasonOff }},
	"ewma":    {doc: "plain EWMA mean and variance z-score", apply: func(c *Config) { c.Seasonality = SeasonOff }, plain: true},
	"seasonal": {doc: "seasonal profiles (day, week) always used once learned, robust local level before", apply: func(c *Config) {
		c.Seasonality = seasonAlways
	}},
	"poisson": {doc: "count model: Poisson tail probabilities widened by over-dispersion, with seasonality", apply: func(c *Config) { c.Model = ModelPoisson }},
}

// seasonAlways is internal: the "seasonal" detector always uses its profile.
const seasonAlways Seasonality = "always"

// Names lists the detector names New accepts, sorted.
func Names() []string {
	out := make([]string, 0, len(variants))
	for n := range variants {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// Describe returns a one-line description of the named detector.
func Describe(name string) string { return variants[name].doc }

// New returns the named detector (see Names) configured by cfg; zero fields
// of cfg take their defaults. The name decides the model where they
// conflict (e.g. "robust" never uses seasonality).
func New(name string, cfg Config) (Detector, error) {
	v, ok := variants[name]
	if !ok {
		return nil, fmt.Errorf("detectors: unknown detector %q (known: %v)", name, Names())
	}
	if err := cfg.Validate(); err != nil {
		return nil, err
	}
	cfg = cfg.withDefaults()
	v.apply(&cfg)
	return newCore(cfg, v.plain, defaultTuning), nil
}
