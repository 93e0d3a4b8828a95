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
package rules
