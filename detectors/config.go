package detectors

import (
	"fmt"
	"maps"
	"math"
	"slices"
)

// Model selects the noise model a detector uses to turn a deviation into a
// surprise.
type Model string

const (
	// ModelGauss scores deviations against a robust spread (a scaled mean
	// absolute deviation with a floor). It suits continuous signals.
	ModelGauss Model = "gauss"
	// ModelPoisson scores counts with Poisson tail probabilities widened by
	// the observed over-dispersion, so a single event on a quiet series is
	// not an anomaly while a real burst is.
	ModelPoisson Model = "poisson"
)

// Seasonality selects the seasonal profile.
type Seasonality string

const (
	// SeasonAuto learns two seasonal profiles online, a quarter-hour-of-day
	// one and an hour-of-week one, and predicts with whichever of them and
	// the plain local baseline has had the smallest recent squared error (a
	// profile is used only once it has seen a full day, respectively week).
	SeasonAuto Seasonality = "auto"
	// SeasonOff disables the seasonal profile.
	SeasonOff Seasonality = "off"
)

// Standout selects whether a new episode must stand out from the series'
// recent surprises.
type Standout string

const (
	// StandoutAuto: the first point of an episode must either reach
	// EnterScore, i.e. stand out from the largest surprises the series
	// produced recently, or be rare: a surprise this series produces less
	// than once in three days (judged in time, from its own history of
	// surprises, once it has been seen for a day). Routine spikes of a
	// spiky series do not alarm; a smaller incident days after a larger
	// one does, as a rare episode, whose Score ranks below every standout
	// onset.
	StandoutAuto Standout = "auto"
	// StandoutOff: every run of surprising points that passes the guards
	// starts an episode, however large the series' recent surprises were,
	// and the end of an episode clears the sustained surprise that built
	// it. For signals whose guards (minimum change and volume) already say
	// what an incident is: a second incident hours after a larger one
	// still alarms, and the first one's aftermath does not.
	StandoutOff Standout = "off"
)

// Config parameterises a detector. The zero value is usable: every zero
// field takes the default documented on it.
type Config struct {
	// Direction selects which deviations may be anomalous (default both).
	Direction Direction `yaml:"direction"`
	// Model is the noise model: "gauss" (default) or "poisson".
	Model Model `yaml:"model"`
	// Seasonality is "auto" (default) or "off".
	Seasonality Seasonality `yaml:"seasonality"`
	// Alpha is the smoothing factor of the local level (default 0.03).
	Alpha float64 `yaml:"alpha"`
	// SpreadAlpha is the smoothing factor of the spread (default 0.01).
	SpreadAlpha float64 `yaml:"spread_alpha"`
	// SeasonalAlpha is the weight of each visit to a seasonal slot
	// (default 0.3).
	SeasonalAlpha float64 `yaml:"seasonal_alpha"`
	// WarmUp is the number of observations before a decision can be made
	// (default 30).
	WarmUp int `yaml:"warm_up"`
	// EnterZ is the surprise (in standard-deviation equivalents) a point,
	// or the recent run of points, must reach to count towards entering
	// the anomalous state (default 3; EnterScore keeps routine surprises
	// out).
	EnterZ float64 `yaml:"enter_z"`
	// EnterScore is the Score the first point of a run must reach: the
	// run must start with a point that stands out from the series' recent
	// past, so routine spikes of a spiky series do not alarm (default
	// 0.02), unless it is rare (see StandoutAuto).
	EnterScore float64 `yaml:"enter_score"`
	// Standout is "auto" (default: EnterScore, or rarity, gates the start
	// of an episode) or "off" (nothing does).
	Standout Standout `yaml:"standout"`
	// ExitZ is the surprise below which a point counts towards leaving the
	// anomalous state (default 1.5, never above EnterZ).
	ExitZ float64 `yaml:"exit_z"`
	// EnterPoints is the number of consecutive points needed to enter the
	// anomalous state (default 1).
	EnterPoints int `yaml:"enter_points"`
	// ExitPoints is the number of consecutive calm points needed to leave
	// it (default 10).
	ExitPoints int `yaml:"exit_points"`
	// ShiftPoints is the number of consecutive same-side deviations after
	// which the detector adopts the new level instead of alarming on
	// (default 12).
	ShiftPoints int `yaml:"shift_points"`
	// MinVolume: a point is never anomalous while both the value and the
	// baseline are below it, or, for a ratio given to ObserveRatio, while
	// its denominator is below it (default 0: no guard).
	MinVolume float64 `yaml:"min_volume"`
	// MinChange: a point is never anomalous unless |value-baseline| is at
	// least this (default 0).
	MinChange float64 `yaml:"min_change"`
	// MinRelChange: a point is never anomalous unless |value-baseline| is
	// at least this fraction of |baseline| (default 0).
	MinRelChange float64 `yaml:"min_rel_change"`
	// SpreadFloor is an absolute lower bound on the spread (default 0).
	SpreadFloor float64 `yaml:"spread_floor"`
	// RelSpreadFloor is a lower bound on the spread as a fraction of
	// |level| (default 0.001).
	RelSpreadFloor float64 `yaml:"rel_spread_floor"`
	// UTCOffsetMinutes shifts timestamps before seasonal slots are
	// computed, so hours and weekdays follow the business's local time.
	UTCOffsetMinutes int `yaml:"utc_offset_minutes"`
}

// Default returns the default configuration with every field filled in.
func Default() Config { return Config{}.withDefaults() }

func (c Config) withDefaults() Config {
	if c.Model == "" {
		c.Model = ModelGauss
	}
	if c.Seasonality == "" {
		c.Seasonality = SeasonAuto
	}
	if c.Standout == "" {
		c.Standout = StandoutAuto
	}
	def := func(p *float64, v float64) {
		if *p == 0 {
			*p = v
		}
	}
	defInt := func(p *int, v int) {
		if *p == 0 {
			*p = v
		}
	}
	def(&c.Alpha, 0.03)
	def(&c.SpreadAlpha, 0.01)
	def(&c.SeasonalAlpha, 0.3)
	def(&c.EnterZ, 3)
	def(&c.EnterScore, 0.02)
	def(&c.ExitZ, 1.5)
	def(&c.RelSpreadFloor, 0.001)
	defInt(&c.WarmUp, 30)
	defInt(&c.EnterPoints, 1)
	defInt(&c.ExitPoints, 10)
	defInt(&c.ShiftPoints, 12)
	if c.ExitZ > c.EnterZ {
		c.ExitZ = c.EnterZ
	}
	return c
}

// Validate reports the first invalid field of c (after defaults).
func (c Config) Validate() error {
	c = c.withDefaults()
	in01 := func(name string, v float64) error {
		if !(v > 0 && v <= 1) {
			return fmt.Errorf("detectors: %s must be in (0, 1], got %v", name, v)
		}
		return nil
	}
	if err := in01("alpha", c.Alpha); err != nil {
		return err
	}
	if err := in01("spread_alpha", c.SpreadAlpha); err != nil {
		return err
	}
	if err := in01("seasonal_alpha", c.SeasonalAlpha); err != nil {
		return err
	}
	switch c.Model {
	case ModelGauss, ModelPoisson:
	default:
		return fmt.Errorf("detectors: unknown model %q (want gauss or poisson)", c.Model)
	}
	switch c.Seasonality {
	case SeasonAuto, SeasonOff:
	default:
		return fmt.Errorf("detectors: unknown seasonality %q (want auto or off)", c.Seasonality)
	}
	switch c.Standout {
	case StandoutAuto, StandoutOff:
	default:
		return fmt.Errorf("detectors: unknown standout %q (want auto or off)", c.Standout)
	}
	if c.EnterScore >= 1 {
		return fmt.Errorf("detectors: enter_score must be below 1, got %v", c.EnterScore)
	}
	if c.Direction < Both || c.Direction > Down {
		return fmt.Errorf("detectors: invalid direction %d", int(c.Direction))
	}
	for _, f := range []struct {
		name string
		v    float64
	}{{"enter_z", c.EnterZ}, {"enter_score", c.EnterScore}, {"exit_z", c.ExitZ}, {"min_volume", c.MinVolume},
		{"min_change", c.MinChange}, {"min_rel_change", c.MinRelChange},
		{"spread_floor", c.SpreadFloor}, {"rel_spread_floor", c.RelSpreadFloor}} {
		if f.v < 0 || math.IsNaN(f.v) || math.IsInf(f.v, 0) {
			return fmt.Errorf("detectors: %s must be a finite number >= 0, got %v", f.name, f.v)
		}
	}
	for _, f := range []struct {
		name string
		v    int
	}{{"warm_up", c.WarmUp}, {"enter_points", c.EnterPoints}, {"exit_points", c.ExitPoints}, {"shift_points", c.ShiftPoints}} {
		if f.v < 0 {
			return fmt.Errorf("detectors: %s must be >= 0, got %d", f.name, f.v)
		}
	}
	if c.UTCOffsetMinutes < -24*60 || c.UTCOffsetMinutes > 24*60 {
		return fmt.Errorf("detectors: utc_offset_minutes out of range: %d", c.UTCOffsetMinutes)
	}
	return nil
}

// presets are ready-made configurations for common e-commerce signals.
// Their guards say what an incident is, so a new episode need not stand
// out from earlier ones (Standout off): a second incident hours after a
// larger one still alarms.
// The ratio presets are meant for ObserveRatio (failures, total), which
// adds a count test so that a handful of failures at low volume is not an
// anomaly; with plain Observe they still apply their minimum-change guards.
var presets = map[string]Config{
	// Every preset takes an hour of sustained change (60 one-minute points)
	// for a new normal: incidents often last longer than a quarter hour.
	// Share of requests that failed: only rises matter, and a change of
	// less than one percentage point (or 50% relative), or one judged on
	// fewer than 10 requests, is never an incident.
	"error_ratio": {Direction: Up, MinChange: 0.01, MinRelChange: 0.5, MinVolume: 10, SpreadFloor: 0.002, EnterPoints: 2, ExitPoints: 5, ShiftPoints: 60, Standout: StandoutOff},
	// Share of marketplace API calls answered 429: bursts are normal near
	// quota resets, so require a sustained, sizeable rise.
	"rate_limit_ratio": {Direction: Up, MinChange: 0.02, MinRelChange: 0.5, MinVolume: 10, SpreadFloor: 0.005, EnterPoints: 3, ExitPoints: 5, ShiftPoints: 60, Standout: StandoutOff},
	// p95 sync delay in seconds: only rises matter, and less than two
	// minutes more, or less than twice the usual, never pages anyone.
	"sync_delay": {Direction: Up, MinChange: 120, MinRelChange: 1, SpreadFloor: 5, EnterPoints: 2, ExitPoints: 5, ShiftPoints: 60, Standout: StandoutOff},
	// Events per interval (orders, syncs, callbacks): drops and surges
	// both matter; counts are scored with a Poisson tail, and a change of
	// less than half is never an incident (traffic varies that much from
	// day to day). A day and an hour of points (minutes) are learnt before
	// judging: the daily rhythm, then a check that it predicts. Backfill
	// history to judge from the start.
	"event_rate": {Direction: Both, Model: ModelPoisson, MinRelChange: 0.5, EnterZ: 5, EnterPoints: 2, ExitPoints: 5, WarmUp: 1500, ShiftPoints: 60, Standout: StandoutOff},
	// Share of payments that failed: rises only, sensitive, but never on
	// fewer than 10 payments.
	"payment_failure_ratio": {Direction: Up, MinChange: 0.005, MinRelChange: 0.3, MinVolume: 10, SpreadFloor: 0.001, EnterPoints: 1, ExitPoints: 5, ShiftPoints: 60, Standout: StandoutOff},
}

// PresetOverride is a preset as vigil.yaml configures it: under the name
// of a built-in preset it changes that preset; under a new name it defines
// a preset from Base (a built-in preset's name). Only the keys given change
// the base: a zero value (or direction both) keeps the base's value. A
// rule's own direction still overrides the preset's.
type PresetOverride struct {
	Base   string `yaml:"base"`
	Config `yaml:",inline"`
}

// Presets are the presets rules can name: the built-in ones as configured.
// The zero value is the built-in presets.
type Presets map[string]Config

// ResolvePresets applies configured overrides to the built-in presets.
// Errors name the preset.
func ResolvePresets(over map[string]PresetOverride) (Presets, error) {
	out := Presets{}
	for _, name := range slices.Sorted(maps.Keys(over)) {
		c, err := ResolvePreset(name, over[name])
		if err != nil {
			return nil, fmt.Errorf("preset %s: %w", name, err)
		}
		out[name] = c
	}
	return out, nil
}

// ResolvePreset applies one configured override (see PresetOverride).
func ResolvePreset(name string, o PresetOverride) (Config, error) {
	base := o.Base
	if base == "" {
		base = name
	}
	b, ok := presets[base]
	if !ok {
		if o.Base == "" {
			return Config{}, fmt.Errorf("not a built-in preset, so it needs base: one of %v", PresetNames())
		}
		return Config{}, fmt.Errorf("base %q is not a built-in preset (want one of %v)", base, PresetNames())
	}
	c := b.overlay(o.Config)
	if err := c.Validate(); err != nil {
		return Config{}, err
	}
	return c, nil
}

// Lookup returns the named preset with defaults filled in.
func (p Presets) Lookup(name string) (Config, error) {
	if c, ok := p[name]; ok {
		return c.withDefaults(), nil
	}
	return Preset(name)
}

// Names lists the built-in and configured preset names, sorted.
func (p Presets) Names() []string {
	names := PresetNames()
	for n := range p {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	return names
}

// overlay returns c with every non-zero field of o.
func (c Config) overlay(o Config) Config {
	set := func(dst *float64, v float64) {
		if v != 0 {
			*dst = v
		}
	}
	setInt := func(dst *int, v int) {
		if v != 0 {
			*dst = v
		}
	}
	if o.Direction != Both {
		c.Direction = o.Direction
	}
	if o.Model != "" {
		c.Model = o.Model
	}
	if o.Seasonality != "" {
		c.Seasonality = o.Seasonality
	}
	if o.Standout != "" {
		c.Standout = o.Standout
	}
	set(&c.Alpha, o.Alpha)
	set(&c.SpreadAlpha, o.SpreadAlpha)
	set(&c.SeasonalAlpha, o.SeasonalAlpha)
	setInt(&c.WarmUp, o.WarmUp)
	set(&c.EnterZ, o.EnterZ)
	set(&c.EnterScore, o.EnterScore)
	set(&c.ExitZ, o.ExitZ)
	setInt(&c.EnterPoints, o.EnterPoints)
	setInt(&c.ExitPoints, o.ExitPoints)
	setInt(&c.ShiftPoints, o.ShiftPoints)
	set(&c.MinVolume, o.MinVolume)
	set(&c.MinChange, o.MinChange)
	set(&c.MinRelChange, o.MinRelChange)
	set(&c.SpreadFloor, o.SpreadFloor)
	set(&c.RelSpreadFloor, o.RelSpreadFloor)
	setInt(&c.UTCOffsetMinutes, o.UTCOffsetMinutes)
	return c
}

// PresetNames lists the preset names in a stable order.
func PresetNames() []string {
	return []string{"error_ratio", "event_rate", "payment_failure_ratio", "rate_limit_ratio", "sync_delay"}
}

// Preset returns the named preset configuration, with defaults filled in:
// "error_ratio", "rate_limit_ratio" (share of 429 answers), "sync_delay"
// (p95 seconds, rises only), "event_rate" (counts, drops and surges) or
// "payment_failure_ratio". Use it with New("default", cfg).
func Preset(name string) (Config, error) {
	c, ok := presets[name]
	if !ok {
		return Config{}, fmt.Errorf("detectors: unknown preset %q", name)
	}
	return c.withDefaults(), nil
}
