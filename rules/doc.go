// Package rules is vigil's expression rule engine: rule files in YAML
// (several rules per file, a directory tree), compiled once with a typed
// expression environment, evaluated per event and per series over
// per-minute windows in event time, with an alert state machine (pending,
// firing, resolved) per series.
//
// A rule selects events with a filter, splits them into series with
// group_by, and fires when a condition over the window's aggregates —
// count, rate, ratio, sum/avg/min/max, quantile, distinct, consecutive,
// absent, new_value, changed, previous — has held for its `for` duration.
// A detector rule instead scores a per-minute value against a learned
// baseline (package detectors).
//
// LoadDir, LoadFS and LoadFiles load and check rules (every error as
// file:line:col); Check serves `vigil rules check`; RunTests runs rule unit
// tests for `vigil rules test`; Engine evaluates; Watcher reloads on SIGHUP
// and on file changes. README.md is the rule-writing guide and the
// aggregate reference.
//
// The evaluation splits into two stages for several processes: Stage1
// folds each event into per-minute Partial aggregates keyed by (rule,
// series, minute), which encode (MarshalBinary, DecodePartial) and merge
// (Partial.Merge: counts and sums add, minima and maxima combine, quantile
// sketches and HyperLogLogs merge, order-dependent evidence merges by event
// time); Stage2 merges the partials of a series, folds them into its minute
// ring once the watermark passes their minute, and evaluates as
// Engine.Advance does. Through the stages a rule gives the alerts an Engine
// gives when it observes each minute's events in event-time order before
// the Advance past the minute; README.md "Two stages" says what is exact
// and what is approximate. Engine is both stages joined
// in one process: Observe folds straight into the series' minute bucket.
package rules
